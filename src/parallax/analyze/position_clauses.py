"""What a clause states by its form, not by a cue word: a demand ("must", "should", "have to", "it's time
to"), a refusal ("won't", "no longer bound", "no X on the table", "there will be no charges"), a denial
("had not bombed", "it's not related to X"; quoted in the first person, only against a charge), a deferral ("it
is too early to speculate on X"), a sanction vowed ("will be held accountable"), a welcome ("We are thrilled to
have X host the show", "It is an honor to welcome back X") or a thing disowned ("X does not reflect our values").

Pure predicates over one parsed clause; who holds the stance is ``positions``' (through the statement
verb the clause is the content of, or the quote's speaker).
"""

from __future__ import annotations

from spacy.tokens import Token

from parallax.analyze.nlp import sentence_of
from parallax.analyze.position_holders import SUBJECT_DEPS, Holder
from parallax.analyze.positions_lexicon import (
    APPROVAL_ADJECTIVES,
    APPROVAL_NOUNS,
    BINDING_VERBS,
    CHARGE_WORDS,
    DECIDED_MEASURES,
    DECIDING_VERBS,
    DECISION_NOUNS,
    DEMAND_MARKERS,
    DEMAND_MODALS,
    DENIED_EVENTS,
    DENIED_LINKS,
    GROUP_NOUNS,
    HARM_VERBS,
    MATCHING_VERBS,
    OPTION_PHRASES,
    REASON_NOUNS,
    REFUSAL_AUX,
    SAID_OR_DECIDED,
    SANCTION_PHRASES,
    SANCTION_VERBS,
    SELF_SUBJECTS,
    SPEAKING_OUT,
    SPEECH_FRAMES,
    SPOKEN_FOR_BODIES,
    STATEMENT_VERBS,
    UNWILLED_VERBS,
    VALUE_NOUNS,
    WRONGING_VERBS,
)
from parallax.model import Stance

_MAXIM_ADVERBS = {"sometimes", "often", "usually", "generally"}
_HEDGES = {"likely", "probably", "possibly", "perhaps", "maybe"}


def negated(tok: Token) -> bool:
    """A "not"/"n't"/"never" on the word, or "no" before it ("no plans")."""
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children)


def clause_stance(clause: Token) -> Stance | None:
    """Demand ("must", "should", "have to", a sanction vowed), refusal ("won't", "no X ... on the table") or
    denial ("had not bombed", "not related to X") in a clause."""
    children = list(clause.children)
    if any(c.dep_ == "aux" and c.lemma_ in DEMAND_MODALS for c in children) and not _no_demand(clause):
        return "demands"
    if _time_for(clause):
        return "demands"
    if too_early(clause) is not None or undecided(clause) is not None:
        return "defers"
    if clause.tag_ != "VBD" and not negated(clause) and not _no_demand(clause) and any(  # "had to": no demand
        (clause.lemma_, a.lower_) in DEMAND_MARKERS
        for c in children if c.dep_ == "xcomp" and c.i > clause.i
        for a in c.children if a.dep_ == "aux"
    ):
        return "demands"
    if _negated_will(clause) or (clause.lemma_ in BINDING_VERBS and _no_longer(clause)) or ruled_out(clause):
        return "rejects"
    if no_reason(clause) is not None:
        return "rejects"
    subj = next((c for c in children if c.dep_ in SUBJECT_DEPS), None)
    if subj is not None and negated(subj):
        for prep in (c for c in children if c.dep_ == "prep"):
            if any((prep.lower_, g.lemma_) in OPTION_PHRASES for g in prep.children):
                return "rejects"
    if vowed_sanction(clause):
        return "demands"
    if disowned(clause) is not None:
        return "rejects"
    if welcomed(clause) is not None:
        return "accepts"
    if denied_deed(clause) or _denied_link(clause) or denied_event(clause) or denied_claim(clause):
        return "denies"
    if wronged(clause) or harmed(clause) is not None:
        return "opposes"
    return "proposes" if stated_intent(clause) else None


def welcomed(clause: Token) -> Token | None:
    """The deed a clause says its subject is glad of ("We are thrilled to have X host the show", "I am so excited
    to be hosting X", "It is an honor to welcome back X"): accepted. Said now (or reported: "said he was
    delighted to join X"); not a story ("I was happy to see him"), a speech frame ("pleased to announce that"),
    nor what the mind does or being ("glad to hear", "proud to be here")."""
    reported = clause.dep_ == "ccomp" and clause.head.lemma_ in STATEMENT_VERBS
    if clause.lemma_ != "be" or negated(clause) or not (clause.tag_ in {"VBZ", "VBP"} or reported):
        return None
    subj = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    for c in clause.children:
        glad = c.dep_ == "acomp" and c.lower_ in APPROVAL_ADJECTIVES and not negated(c)
        honour = c.dep_ == "attr" and c.lemma_.lower() in APPROVAL_NOUNS and subj is not None and subj.lower_ == "it"
        if not (glad or honour):
            continue
        deed = next((v for v in c.children if _infinitive(v)), None)
        framing = STATEMENT_VERBS | SPEECH_FRAMES | SPEAKING_OUT | UNWILLED_VERBS | {"be"}
        if deed is not None and deed.pos_ == "VERB" and (deed.lemma_ == "welcome" or deed.lemma_ not in framing):
            return deed
    return None


def disowned(clause: Token) -> Token | None:
    """What a clause says does not match the values of a body ("the movement does not reflect the values of the
    brand", "X does not represent our principles"): its teller rejects it; returns the thing disowned."""
    if clause.lemma_ not in MATCHING_VERBS or not negated(clause):
        return None
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    objects += [g for c in clause.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
    if not any(o.lemma_.lower() in VALUE_NOUNS for o in objects):
        return None
    return next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)


def charged(clause: Token) -> bool:
    """Whether a deed said not done answers a charge: a word of charging in its sentence or the two before
    ("accused", "the allegations"), or the same deed asserted elsewhere in the text; else "We didn't even meet
    them", "I didn't deserve so much" only tell a story."""
    doc = clause.doc
    sentence = sentence_of(clause)
    before = doc[max(0, sentence.start - 1)].sent if sentence.start else sentence
    earlier = doc[max(0, before.start - 1)].sent if before.start else before
    window = doc[earlier.start : sentence.end]
    if any(t.lemma_.lower() in CHARGE_WORDS for t in window):
        return True
    return any(t.lemma_ == clause.lemma_ and t.i != clause.i and t.pos_ == "VERB" and not negated(t) for t in doc)


def denied_event(clause: Token) -> bool:
    """ "(claimed) the shootings didn't happen": an event said never to have taken place is denied."""
    return clause.lemma_ in DENIED_EVENTS and any(c.dep_ == "neg" for c in clause.children) and any(
        c.dep_ == "aux" and c.lower_ in {"did", "had", "has", "have"} for c in clause.children
    )


def denied_claim(clause: Token) -> bool:
    """ "(said) their defection does not satisfy the provisions of the constitution": what a thing is said not to
    do in the present is a claim denied (not what the mind does, "does not know", nor a refusal to speak, nor
    a speaker's own manner: "I don't take that as a joke")."""
    children = list(clause.children)
    return (
        not any(c.dep_ in SUBJECT_DEPS and c.lower_ in {"i", "we", "you"} for c in children)
        and any(c.dep_ == "neg" for c in children)
        and any(c.dep_ == "aux" and c.lower_ in {"does", "do"} for c in children)
        and clause.pos_ == "VERB" and clause.lemma_ not in UNWILLED_VERBS | SPEAKING_OUT | {"be", "have", "do"}
    )


def wronged(clause: Token) -> bool:
    """ "(argued that) he and his faith were being persecuted", "says she was targeted": a wrong said to be
    suffered is a charge against whoever did it (not one to come: "will be punished" is a sanction vowed)."""
    children = list(clause.children)
    future = any(c.dep_ == "aux" and c.lemma_ in REFUSAL_AUX for c in children)
    return clause.lemma_ in WRONGING_VERBS and any(c.dep_ == "auxpass" for c in children) and not (
        future or negated(clause)
    )


def harmed(clause: Token) -> Token | None:
    """Who a clause charges with harming what is the speaker's own ("They killed my little brother", "The measures
    of the government ... abolish our rights"): a person, a group or a measure, not a thing ("the storm destroyed
    our house"); returns the doer."""
    if clause.lemma_ not in HARM_VERBS or negated(clause) or any(c.dep_ == "auxpass" for c in clause.children):
        return None
    ours = any(
        o.dep_ == "dobj" and any(c.dep_ == "poss" and c.lower_ in {"my", "our"} for c in o.children)
        for o in clause.children
    )
    doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if doer is None and clause.dep_ == "conj":  # "overtake our gains and abolish our rights"
        doer = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if not ours or doer is None:
        return None
    someone = doer.lower_ in {"they", "he", "she"} or doer.pos_ == "PROPN" or doer.lemma_.lower() in GROUP_NOUNS
    return doer if someone or doer.lemma_.lower() in SAID_OR_DECIDED else None


def stated_intent(clause: Token) -> bool:
    """ "(said) the party would challenge the action in court", "we will take legal action": a deed to come,
    done by its subject (whether the subject is the holder is ``holder_is_subject``'s), is an intent declared; not
    a state ("will be"), what the mind or luck does ("will win", "would know"), a passive, a guess ("will likely
    sit out X") or a question."""
    children = list(clause.children)
    future = any(c.dep_ == "aux" and c.lemma_ in REFUSAL_AUX for c in children)
    done_to = any(c.dep_ == "auxpass" for c in children)
    doing = clause.pos_ == "VERB" and clause.lemma_ not in UNWILLED_VERBS | SPEAKING_OUT | {"be", "have"}
    sentence = sentence_of(clause)
    asked = any(t.text == "?" for t in sentence[clause.i - sentence.start + 1 :])
    guessed = any(c.dep_ == "advmod" and c.lower_ in _HEDGES for c in children)
    return future and doing and not (done_to or guessed or asked or negated(clause)) and clause.dep_ != "relcl"


def holder_is_subject(subj: Token | None, own: str | None, holder: Holder) -> bool:
    """Whether a clause's subject is its holder: the holder's name, a person pronoun (the speaker reported: "he
    said he would appeal") or a body the holder speaks for ("the party would challenge X")."""
    if subj is None:
        return False
    spoken_for = subj.lemma_.lower() in SPOKEN_FOR_BODIES and _definite(subj)
    return subj.lower_ in SELF_SUBJECTS or own == holder.actor or spoken_for


def no_reason(clause: Token) -> Token | None:
    """The deed "there is no ground (for us) to X" refuses ("There is no ground for us to get bound to the
    commitment any longer", "there is no reason to change course"), said now; returns the deed."""
    if clause.lemma_ != "be" or clause.tag_ not in {"VBZ", "VBP"} or not any(c.dep_ == "expl" for c in clause.children):
        return None
    for noun in (c for c in clause.children if c.dep_ in {"attr", "nsubj"} and c.lemma_.lower() in REASON_NOUNS):
        if negated(noun) or negated(clause):
            return next((v for v in noun.children if v.dep_ in {"relcl", "acl"} and v.pos_ in {"VERB", "AUX"}), None)
    return None


def ruled_out(clause: Token) -> Token | None:
    """The measure "there will be no X" rules out ("there would not be any charges", "there will be no second
    referendum"), if the clause says so of a measure one decides on (``DECIDED_MEASURES``)."""
    children = list(clause.children)
    future = any(c.dep_ == "aux" and c.lemma_ in REFUSAL_AUX for c in children)
    if clause.lemma_ != "be" or not future or not any(c.dep_ == "expl" for c in children):
        return None
    measure = next((c for c in children if c.dep_ in {"attr", "nsubj"} and c.lemma_.lower() in DECIDED_MEASURES), None)
    if measure is None or not (negated(clause) or negated(measure)):
        return None
    return measure


def _time_for(clause: Token) -> bool:
    """ "it's time for the media to stop listening to X", "it is high time to act": a deed said to be due now
    is demanded (not "it was time to go", a story told, nor "it is not time to")."""
    if clause.lemma_ != "be" or clause.tag_ != "VBZ" or negated(clause):
        return False
    if not any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in clause.children):
        return False
    return any(
        c.dep_ == "attr" and c.lemma_ == "time" and any(_infinitive(g) for g in c.children)
        for c in clause.children
    )


def too_early(clause: Token) -> Token | None:
    """What "it is too early to" (or "premature to") do is put off: "it is too early to speculate on the cause"
    defers the speaking on the cause until later; "it was too early to tell" tells a story."""
    if clause.lemma_ != "be" or clause.tag_ not in {"VBZ", "VBP"} or negated(clause):
        return None
    for adj in (c for c in clause.children if c.dep_ == "acomp"):
        early = adj.lower_ in {"early", "soon"} and any(c.lower_ == "too" for c in adj.children)
        if early or adj.lower_ == "premature":
            return next((v for v in adj.children if _infinitive(v)), None)
    return None


def undecided(clause: Token) -> Token | None:
    """The matter a clause says is not decided yet ("no decision had yet been made on the matter", "it has not
    decided whether to appeal"): put off by whoever says so; returns the matter (a "whether" clause, or what
    the decision is "on"/"about")."""
    children = list(clause.children)
    if clause.lemma_ == "decide" and negated(clause) and clause.tag_ != "VBD":
        noun = None  # "has not (yet) decided whether to X", not "did not decide" (a story)
    elif clause.lemma_ in DECIDING_VERBS and any(c.dep_ == "auxpass" for c in children):
        noun = next((c for c in children if c.dep_ == "nsubjpass" and c.lemma_ in DECISION_NOUNS and negated(c)), None)
        if noun is None:
            return None  # "no decision has been made": the decision itself, negated
    else:
        return None
    for owner in (clause, noun) if noun is not None else (clause,):
        for c in owner.children:
            if c.dep_ == "prep" and c.lower_ in {"on", "about"}:
                return next((g for g in c.children if g.dep_ in {"pobj", "pcomp"}), None)
            if c.dep_ in {"ccomp", "xcomp"} and any(m.lower_ == "whether" for m in c.children):
                return c
    return None


def _infinitive(verb: Token) -> bool:
    return verb.pos_ in {"VERB", "AUX"} and verb.dep_ in {"relcl", "acl", "advcl", "xcomp"} and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children
    )


def vowed_sanction(clause: Token) -> bool:
    """ "the perpetrators will be held accountable", "those responsible will be brought to justice": a
    sanction announced in the passive future is demanded of whoever must impose it (not "would be", a guess)."""
    children = list(clause.children)
    future = any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"} for c in children)
    passive = any(c.dep_ == "auxpass" for c in children)
    if not (future and passive) or negated(clause):
        return False
    return any(
        v.lemma_ in SANCTION_VERBS or any((v.lemma_, t.lower_) in SANCTION_PHRASES for t in v.subtree)
        for v in (clause, *clause.conjuncts)
    )


def _denied_link(clause: Token) -> bool:
    """ "It's not related to Brexit", "he was not involved": a tie to something said not to exist is denied."""
    return negated(clause) and clause.lemma_ == "be" and any(
        c.dep_ in {"acomp", "attr"} and c.lower_ in DENIED_LINKS for c in clause.children
    )


def denied_deed(clause: Token) -> bool:
    """ "(said) Sudan had not bombed X", "we did not order it": a deed said not to have been done is denied;
    not what has "never" been done (a history), a state ("had not been"), a passive ("had not been paid": a
    complaint), what befalls one ("had not received") or a guess ("would not have")."""
    children = list(clause.children)
    aux = [c for c in children if c.dep_ == "aux"]
    return (
        any(c.dep_ == "neg" and c.lower_ in {"not", "n't"} for c in children) and bool(aux)
        and all(a.lower_ in {"had", "has", "have", "did"} for a in aux)
        and not any(c.dep_ == "auxpass" for c in children)
        and clause.lemma_ not in UNWILLED_VERBS | SPEAKING_OUT | {"be", "have", "do"}
    )


def _no_longer(clause: Token) -> bool:
    """ "no longer" (or "not ... any longer") on a clause."""
    return any(
        c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ in ("no", "any") for g in c.children)
        for c in clause.children
    )


def _negated_will(clause: Token) -> bool:
    """ "won't", "would not", "shall not": a negated future or volitional auxiliary on the clause."""
    children = list(clause.children)
    return any(c.dep_ == "neg" for c in children) and any(c.dep_ == "aux" and c.lemma_ in REFUSAL_AUX for c in children)


def _no_demand(clause: Token) -> bool:
    """A modal clause that asks nothing of anyone: "should have raised" looks back (a regret); "must be
    terrible" / "must be under pressure" guess at a state; "should be braking by now" expects; "a load
    which will have to be moved" describes a thing; "I must say", "I need to keep going" bind only the
    speaker; "sometimes you have to gamble" is a maxim; "why does it have to be so?" asks; "he will have to
    spend 45 years in prison" states a term to serve."""
    children = list(clause.children)
    aux = {c.lemma_ for c in children if c.dep_ == "aux"}
    subj = next((c for c in children if c.dep_ in SUBJECT_DEPS), None)
    sentence = sentence_of(clause)
    return (
        "have" in aux
        or (clause.tag_ == "VBG" and "be" in aux)
        or clause.dep_ == "relcl"
        or (clause.lemma_ == "be" and ("must" in aux or any(c.dep_ == "acomp" for c in children)))
        or (subj is not None and (subj.lower_ == "i" or subj.tag_ in {"WDT", "WP"}))  # "... which will have to"
        or any(c.dep_ == "advmod" and c.lower_ in _MAXIM_ADVERBS for c in children)
        or any(t.text == "?" for t in sentence[clause.i - sentence.start + 1 :])
        or _serves_a_term(clause)
    )


def _serves_a_term(clause: Token) -> bool:
    """ "must serve at least 35 years", "will have to spend 45 years in prison": a span of time as the object of
    the clause's verb (or of the verb it must do) is a term one serves, not a deed asked."""
    verbs = [clause, *(c for c in clause.children if c.dep_ == "xcomp")]
    return any(o.dep_ == "dobj" and o.ent_type_ == "DATE" for v in verbs for o in v.children)


def forecast(clause: Token, subj: Token | None, own: str | None, holder: Holder) -> bool:
    """A negated will/would about something other than the holder, about being something, or about what
    the mind does ("I will never forget this day") is a forecast ("the issue would not go away",
    "companies wouldn't be so mindful"), not a refusal."""
    if not _negated_will(clause) or ruled_out(clause):
        return False
    passive = any(c.dep_ == "auxpass" for c in clause.children)  # "will not be featured": done to them
    mind = clause.lemma_ == "be" or clause.lemma_ in UNWILLED_VERBS
    return mind or passive or not holder_is_subject(subj, own, holder)


def _definite(noun: Token) -> bool:
    """ "the government", "its party": one body the sentence has in view, not a kind ("governments")."""
    return noun.tag_ == "NN" and any(
        c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an", "no"} for c in noun.children
    )
