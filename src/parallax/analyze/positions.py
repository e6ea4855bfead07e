"""Who demands, rejects, accepts, proposes or defers what: actors' positions from the parse.

Stance extraction tools (e.g. stance classifiers trained on tweets) label a whole text for a fixed
target; news needs the holder, the object and the exact words, with reported speech kept apart from
the reporter. So these are dependency rules over spaCy's parse with the cue words of
``positions_lexicon``:

* a cue verb ("reject", "call for", "put ... on hold") or noun ("Putin's demands included ...") gives
  the stance; its subject, passive agent or possessor the holder, climbing through ``xcomp``/
  ``ccomp``/``conj`` to the nearest actor (``position_holders``); its complements the object, split
  into one position per list item (on ``;`` or on coordinated phrases);
* a participle with its doer gives the doer the stance toward the thing it describes ("cuts demanded by
  the EU"); an act "in protest against X" opposes X; a negated stance noun flips ("no intention to"); an
  aim noun states a stance by the deed it is said to be ("my priority is to facilitate X");
* a figurative criticism ("blasted", "slammed") is one only of someone or of what someone said or did; the
  grounds a critic gives (", saying X") and the deed an aim is the purpose of ("took to Twitter to quash
  X") are part of the evidence;
* an intent is a position: "plans to X", "vowed to X", "will continue to X" (not "planned to", "continued to": a
  story), and a deed to come reported of the speaker or a body it speaks for ("said the party would challenge
  X"; quoted, "I will talk to him" is a plan of the day);
* a clause reported by an actor with "must"/"should"/"have to"/"it's time for X to" is that actor's demand
  (not a term to serve: "will have to spend 45 years in prison"), one with "won't"/"no ... on the table"/
  "there will be no charges" a rejection, one saying a deed was not done ("had not bombed") or an event did
  not happen a denial, "too early to speculate on X" a deferral, "X was a form of persecution" opposition
  (the clause forms are read by ``position_clauses``; condemning labels by ``position_labels``); "We are thrilled
  to have X host" accepts X hosting, "X does not reflect the values of the brand" rejects X, and an effort made
  ("has made an effort to diversify", "in a bid to X") proposes its deed;
* inside a direct quote first person means the speaker; the quote's speaker holds what it states.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from parallax.analyze.cues import PEOPLE_NOUNS, PERSON_NOUNS, PERSON_PRONOUNS, SPEECH_VERBS
from parallax.analyze.entities import ActorIndex
from parallax.analyze.nlp import doc_text, sentence_of
from parallax.analyze.position_clauses import (
    charged,
    clause_stance,
    denied_claim,
    denied_deed,
    disowned,
    forecast,
    harmed,
    holder_is_subject,
    negated,
    no_reason,
    ruled_out,
    too_early,
    vowed_sanction,
    welcomed,
)
from parallax.analyze.position_holders import (
    SUBJECT_DEPS,
    Context,
    Holder,
    actor_of,
    examples,
    find_holder,
    group_of,
    quote_at,
    reporter_of,
)
from parallax.analyze.position_labels import condemning_label, condemning_predicate
from parallax.analyze.positions_lexicon import (
    AGENT_NOUNS,
    AIM_NOUNS,
    APPEAL_VERBS,
    CONTACT_VERBS,
    CONTENT_VERBS,
    CONTROL_DEMANDS,
    DEMAND_MODALS,
    EFFORT_MAKING_VERBS,
    EFFORT_NOUNS,
    EFFORT_VERBS,
    FAILED_WORDS,
    FAN_CUES,
    FIGURATIVE_CUES,
    FUTURE_INTENT_VERBS,
    GROUNDED_CUES,
    GROUP_NOUNS,
    HOLDING_VERBS,
    HOLDINGS,
    HOSTING_VERBS,
    INDEFINITE_PERSONS,
    INTENT_VERBS,
    NEEDS,
    NOUN_CUE_FRAMES,
    NOUN_CUE_PREPS,
    NOUN_CUE_VERBS,
    NOUN_CUES,
    NOUN_OBJECT_ONLY,
    OFFICE_SEEKING,
    OFFICES,
    PERSON_JUDGED,
    PERSONAL_WISHES,
    PHRASAL_CUES,
    PREP_OBJECT_CUES,
    PROTESTERS,
    PUBLIC_NOUNS,
    RECEIVING_VERBS,
    REFUSAL_AUX,
    SAID_OR_DECIDED,
    SELF_SUBJECTS,
    SPEAKING_OUT,
    SPEAKING_TERMS,
    SPEECH_FRAMES,
    STATEMENT_VERBS,
    TIME_NOUNS,
    UNWILLED_VERBS,
    VERB_CUES,
    WARNING_VERBS,
    WISH_VERBS,
)
from parallax.model import Entity, Position, PositionSource, Quote, Span, Stance

OBJECT_DEPS = {"dobj", "xcomp", "ccomp", "attr", "oprd", "nsubjpass"}
OBJECT_PREPS = {"to", "for", "on", "against", "with"}
_PARTICLE_PREPS = {"from", "at"}  # what a phrasal cue takes after its particle ("hit out at X", "hold off from X")
REJECTING = {"rejects", "opposes", "denies"}
SIDE_DEPS = {"mark", "advcl", "conj", "cc", "parataxis", "punct", "dep", "intj"}
CLAUSE_DEPS = {"ROOT", "ccomp", "conj", "csubj", "advcl"}
MAX_ABOUT_WORDS = 14
FLIP_WHEN_NEGATED: dict[str, Stance] = {"accepts": "rejects", "supports": "rejects", "proposes": "rejects"}
_PERSON_WORDS = PERSON_NOUNS | PEOPLE_NOUNS
_DANGLING_POS = {"ADP", "DET", "CCONJ", "SCONJ", "PART", "AUX"}  # words a cut phrase must not end on
_CRITICISABLE = SAID_OR_DECIDED | set(NOUN_CUES) | _PERSON_WORDS  # what a figurative cue criticises unowned

_NEAR = 6
_ADJUNCT_DEPS = {"advcl", "advmod", "npadvmod"}  # what a long object clause may shed after its verb
_ADJOINING = 2
_TERMS = {"until", "unless", "if"}
_PREP_OBJECT_VERBS = frozenset(verb for verb, _, _ in PREP_OBJECT_CUES)  # only these read the phrase after them


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    text = doc_text(doc)[start:end]
    lead = re.match(r"^(?:[\s,;:\-–—]|and\b|or\b|but\b|so\s|that\b|to\b)+", text, flags=re.I)
    start += lead.end() if lead else 0
    text = doc_text(doc)[start:end]
    return start, start + len(re.sub(r"[\s,;:.\u201d\"'’–—-]+$", "", text))


def _subtree_span(tok: Token, skip: set[int] | None = None) -> tuple[int, int]:
    toks = [t for t in tok.subtree if not skip or t.i not in skip]
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _object_span(obj: Token, skip: set[int] | None = None) -> tuple[int, int]:
    """An object's words without what only comments on it: a relative clause set off by a comma ("his plans,
    which foresee X") and, in an object clause longer than an about may be, the side clauses after its verb
    ("sanctions to be extended over what he called X"; not "recognize X as part of Y")."""
    drop = set(skip or ())
    for t in obj.subtree:
        if t.dep_ == "relcl" and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ",":
            drop |= {u.i for u in t.subtree} | {t.left_edge.i - 1}
    words = [t for t in obj.subtree if t.i not in drop and not (t.is_punct or t.is_space)]
    if obj.pos_ in {"VERB", "AUX"} and len(words) > MAX_ABOUT_WORDS:
        drop |= {u.i for c in obj.children if c.i > obj.i and _side_adjunct(c) for u in c.subtree}
    return _subtree_span(obj, drop)


def _conj_branch(tok: Token) -> set[int]:
    return {t.i for c in tok.children if c.dep_ in {"conj", "cc"} for t in c.subtree}


def _items(doc: Doc, head: Token) -> list[tuple[int, int]]:
    """The object's list items: semicolon-separated parts, else coordinated noun phrases."""
    sent = sentence_of(head)
    start = head.left_edge.idx
    rest = doc_text(doc)[start : sent.end_char]
    if ";" in rest and head.pos_ in {"NOUN", "PROPN"}:
        parts, pos = [], start
        for piece in rest.split(";"):
            parts.append(_trim(doc, pos, pos + len(piece)))
            pos += len(piece) + 1
        return [p for p in parts if p[1] > p[0]]
    if head.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} for c in head.children):
        items, node = [], head
        while node is not None:
            items.append(_trim(doc, *_subtree_span(node, _conj_branch(node))))
            node = next((c for c in node.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}), None)
        return items
    return [_trim(doc, *_subtree_span(head))]


def _verb_objects(verb: Token, extra: Token | None = None) -> list[Token]:
    """The verb's complements after it (a passive subject counts too), incl. a particle's object."""
    objs = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    cue_word = extra.i if extra is not None else None
    preps = OBJECT_PREPS | (_PARTICLE_PREPS if extra is not None and extra.dep_ == "prt" else set())
    objs += [
        g for c in verb.children if c.dep_ in {"prep", "prt"} and (c.lower_ in preps or c.i == cue_word)
        for g in c.children if g.dep_ in {"pobj", "pcomp"} and g.ent_type_ not in {"DATE", "TIME"}
    ]
    marked = extra.head.i if extra is not None and extra.dep_ == "mark" else None  # "call for X to do Y"
    objs += [
        c for c in verb.children
        if c.dep_ == "advcl" and ((c.tag_ == "VBG" and c.i == _next_word(verb, extra)) or c.i == marked)
    ]
    if verb.lemma_ in INTENT_VERBS:  # "plans to expand X", "vowed to fight on", "planning a walkout"; not a state
        objs = [o for o in objs if (o.dep_ == "xcomp" and o.lemma_ not in UNWILLED_VERBS | {"be", "have"})
                or (o.dep_ == "dobj" and verb.lemma_ in NOUN_OBJECT_ONLY)]  # ("will continue to be a priority")
    elif verb.lemma_ in NOUN_OBJECT_ONLY and _controller(verb) is None:  # "requested X to Y" asks Y of X
        objs = [o for o in objs if o.dep_ == "dobj"]
    return [
        o for o in objs
        if (o.i > verb.i or o.dep_ == "nsubjpass" or _relative(o))  # "X, which the church renounced"
        and not (o.tag_ == "VBG" and o.lemma_ in STATEMENT_VERBS)  # "agreed, saying ..." says, not agrees to
    ]


def _relative(obj: Token) -> bool:
    """A relative pronoun standing for the thing ("goals that are opposed by X"): its antecedent is meant."""
    return obj.tag_ in {"WDT", "WP"} and obj.head.dep_ == "relcl"


def _side_adjunct(tok: Token) -> bool:
    """A side clause or a preposition that opens one ("over what he called X"), not an argument ("as X")."""
    return tok.dep_ in _ADJUNCT_DEPS or (tok.dep_ == "prep" and any(c.dep_ == "pcomp" for c in tok.children))


def _described(verb: Token) -> bool:
    """A participle with its doer that describes a thing ("tough cuts demanded by the EU"): the doer holds
    the stance toward the thing described."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)


def _agent_end(verb: Token) -> int:
    """Where the verb's "by ..." agent names end (0 if none): who holds a passive stance is part of its
    evidence, what is said of them ("by Smith, who ...") is not."""
    names = [n for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
             for n in (g, *g.conjuncts)]
    return max((n.idx + len(n) for n in names), default=0)


def _aim_held(verb: Token) -> bool:
    """An effort told as an aim still held ("seeks", "is attempting", "will seek"), not in a past tense
    ("attempted", "was attempting": an event) nor as a gerund after a preposition ("accused X of attempting
    to Y", "without seeking Z")."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return not (verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux) or verb.dep_ == "pcomp")


def _tails_a_report(verb: Token) -> bool:
    """ "A camp was bombed, officials said, threatening to raise tensions": a participle after a report set
    after what it reports describes the reported event, not the speaker."""
    head = verb.head
    return (
        verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > head.i and head.lemma_ in STATEMENT_VERBS
        and any(c.dep_ == "ccomp" and c.i < head.i for c in head.children)
    )


def _antecedent_span(verb: Token) -> tuple[int, int]:
    """The noun phrase a relative clause hangs from, without the clause itself."""
    noun = verb.head
    return noun.left_edge.idx, noun.idx + len(noun)


def _nothing_offered(objects: list[Token]) -> bool:
    """ "offering no evidence", "accepted no blame": an object with "no" states no stance."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in objects[0].children)


def _asks_of_others(obj: Token) -> bool:
    """A wish that asks something of others: a thing ("wants a ceasefire") or a clause with its own
    subject ("wants Ukraine not to mobilise"), not a wh-word or the holder's own doing. A hope asks only
    of someone, for something one can do ("hoping someone will come forward", not "hopes the talks
    succeed" or "hopes he recovers")."""
    if obj.dep_ in {"xcomp", "ccomp"}:
        subjects = [c for c in obj.children if c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ not in {"WP", "WDT"}]
        if obj.head.lemma_ in PERSONAL_WISHES:
            done_to = any(c.dep_ == "auxpass" for c in obj.children)  # "hope they can be found": asks no one
            return not done_to and obj.lemma_ not in UNWILLED_VERBS and any(_someone(c) for c in subjects)
        return bool(subjects)
    return obj.tag_ not in {"WP", "WDT"}


def _someone(tok: Token) -> bool:
    """A word for someone who can act: a name, a pronoun, a group of people or an indefinite person."""
    return (
        tok.tag_ == "PRP" or tok.pos_ == "PROPN" or tok.lower_ in INDEFINITE_PERSONS or bool(group_of(tok))
        or tok.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
    )


def _a_cry(prep: Token) -> bool:
    """ "calling for help": a cry, not a demand (unlike "called for international help")."""
    return any(g.dep_ == "pobj" and g.lower_ == "help" and not list(g.children) for g in prep.children)


def _frames_speech(obj: Token) -> bool:
    """ "I want to emphasize that ...", "we want to thank X": the wish only frames what is said."""
    return obj.dep_ == "xcomp" and obj.lemma_ in STATEMENT_VERBS | SPEECH_FRAMES


def _a_person(obj: Token) -> bool:
    """An object that names people ("welcomed the visitors", "welcomed him"), not a thing or a plan."""
    return (
        obj.ent_type_ in {"PERSON", "NORP"}
        or obj.lower_ in PERSON_PRONOUNS | {"them", "us", "me"}
        or obj.lemma_.lower() in _PERSON_WORDS
    )


def _next_word(verb: Token, extra: Token | None) -> int:
    return (extra.i if extra is not None else verb.i) + 1


def _agentless_passive(verb: Token) -> bool:
    """A passive without "by ...", or a past participle describing a thing: the stance's holder is not
    in the text ("talks were postponed", "the outs required to win")."""
    deps = {c.dep_ for c in verb.children}
    participle = verb.dep_ == "acl" and verb.tag_ == "VBN"  # "four outs required to clinch it"
    return ("auxpass" in deps or participle) and "agent" not in deps


def _under_rejection(verb: Token) -> bool:
    """Whether the verb is the object of a rejecting cue ("ruled out accepting X"): that cue holds it."""
    node = verb
    while (node.dep_ in {"xcomp", "pcomp", "pobj", "prep", "prt"} or node.tag_ == "VBG") and node.head.i != node.i:
        node = node.head
        found = _verb_stance(node)
        if found and found[0] in REJECTING:
            return True
    return False


def _controller(verb: Token) -> Token | None:
    """The object that a verb's infinitive is asked of ("urged Iran to reject X": Iran), if any."""
    if not any(c.dep_ == "xcomp" and c.i > verb.i for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)


def _asked_of_another(verb: Token) -> bool:
    """ "urged Iran to reject X", "urged voters to get out and vote for Y": the rejecting or voting is asked of
    Iran or the voters, a stance neither holds yet."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "xcomp" and _controller(verb.head) is not None


def _own_threat(objects: list[Token], holder: Holder) -> bool:
    """Whether a warning announces the holder's own or a conditional action, not a forecast or a
    caution given to someone ("warned TfL about a crash")."""
    for clause in (o for o in objects if o.dep_ == "ccomp"):
        subj = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        own = subj is not None and (subj.lower_ in SELF_SUBJECTS | {"it"} or subj.i == holder.token.i)
        conditional = any(
            c.dep_ == "advcl" and any(m.lower_ in {"if", "unless"} for m in c.children) for c in clause.children
        )
        if own or conditional:
            return True
    return False


def _verb_stance(verb: Token) -> tuple[Stance, Token | None] | None:
    """The stance a verb states (and the cue token that ends its phrase), from the lexicon."""
    if verb.pos_ not in {"VERB", "AUX"}:  # a noun ("the union's call for X") is read by ``_from_noun``
        return None
    if verb.dep_ == "pobj" or any(c.dep_ in {"det", "compound"} for c in verb.children):
        return None  # a noun the tagger read as a verb ("despite repeated government attempts to ...")
    if verb.lemma_ in CONTROL_DEMANDS and _controller(verb) is not None:
        return "demands", None
    children = list(verb.children)
    taken = any(c.dep_ in {"dobj", "prt"} for c in children)  # "call him in for X" is no "call for X"
    for c in children:
        if c.dep_ == "prep" and _dated(c):
            continue  # "called by neighbours on Saturday": a date, not "call on X"
        if (c.dep_ == "prt" or (c.dep_ == "prep" and not taken)) and (verb.lemma_, c.lower_) in PHRASAL_CUES:
            if c.dep_ == "prep" and _a_cry(c):
                return None
            return PHRASAL_CUES[(verb.lemma_, c.lower_)], c
    for clause in (c for c in children if c.dep_ == "advcl" and c.i > verb.i):
        mark = next((m for m in clause.children if m.dep_ == "mark" and m.i < clause.i), None)
        if mark is not None and (verb.lemma_, mark.lower_) in PHRASAL_CUES:  # "call for the race to be stopped"
            return PHRASAL_CUES[(verb.lemma_, mark.lower_)], mark
    preps = (t for t in verb.subtree if t.dep_ == "prep" and t.i > verb.i) if verb.lemma_ in _PREP_OBJECT_VERBS else ()
    for prep in preps:
        for obj in prep.children:
            key = (verb.lemma_, prep.lower_, obj.lemma_)
            if key in PREP_OBJECT_CUES:
                return PREP_OBJECT_CUES[key], obj
    if verb.lemma_ in FUTURE_INTENT_VERBS and not _future(verb):
        return None  # "prices continued to rise", "continued to talk": a story, not an intent
    if verb.lemma_ in GROUNDED_CUES and not _grounded(verb):
        return None  # "attacked the police": a deed, not a criticism
    if verb.lemma_ in VERB_CUES:
        return VERB_CUES[verb.lemma_], None
    return None


def _future(verb: Token) -> bool:
    """ "will continue to", "would continue to": the holder's deed to come."""
    return any(c.dep_ == "aux" and c.lemma_ in REFUSAL_AUX for c in verb.children) and not negated(verb)


def _grounded(verb: Token) -> bool:
    """Whether a criticism gives its grounds: ", saying X", or "for"/"over" a thing."""
    return bool(_grounds(verb) or _grounds_for(verb))


def _grounds_for(verb: Token) -> list[Token]:
    """The "for"/"over" phrase a criticism gives as its grounds, wherever the parse hangs it in the verb's
    phrase ("attacked X during the debate for a fundraiser"), not a span of time ("for the second time")."""
    inner = {t.i for c in verb.children if c.dep_ in {"ccomp", "advcl", "conj", "relcl"} for t in c.subtree}
    return [
        t for t in verb.subtree
        if t.dep_ == "prep" and t.lower_ in {"for", "over"} and t.i > verb.i and t.i not in inner
        and any(g.dep_ == "pobj" and g.lemma_.lower() not in TIME_NOUNS and g.ent_type_ not in {"DATE", "TIME"}
                for g in t.children)
    ][:1]


def _dated(prep: Token) -> bool:
    """A preposition whose object is a date or time ("on Saturday")."""
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objects) and all(g.ent_type_ in {"DATE", "TIME"} for g in objects)


def _source(ctx: Context, start: int, end: int, reporter: str | None, via_statement: bool) -> PositionSource:
    quote = quote_at(ctx, start, end)
    if quote and quote.kind != "indirect":
        return "quoted"
    return "reported" if reporter or via_statement or quote else "asserted"


def _about(doc: Doc, start: int, end: int) -> str:
    """The phrase a stance is about, without quote marks; a long one is cut after a content word and
    marked as cut ("recognize the four oblasts annexed by" would read as the whole phrase)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span if not (t.is_space or t.is_punct)] if span is not None else []
    if len(words) <= MAX_ABOUT_WORDS:
        return _unquoted(doc_text(doc)[start:end])
    kept = [t for t in span if t.i <= words[MAX_ABOUT_WORDS - 1].i and not t.is_space]
    while len(kept) > 1 and (kept[-1].pos_ in _DANGLING_POS or kept[-1].tag_ in {"PRP$", "WDT"} or kept[-1].is_punct):
        kept.pop()
    return _unquoted(doc_text(doc)[max(start, kept[0].idx) : kept[-1].idx + len(kept[-1])]) + " …"


def _unquoted(text: str) -> str:
    return " ".join(re.sub(r"[“”\"]", "", text).split())


def _make(
    ctx: Context, holder: Holder, stance: Stance, cue: Token, about: tuple[int, int],
    evidence: tuple[int, int], confidence: float, named: str | None = None,
) -> Position:
    reporter, confirmed = reporter_of(ctx, cue, holder.actor)
    return Position(
        actor=holder.actor,
        stance=stance,
        about=named or _about(ctx.doc, *about),
        evidence=Span.of(doc_text(ctx.doc), *evidence),
        source=_source(ctx, evidence[0], evidence[1], reporter, holder.via_statement),
        reporter=reporter,
        confirmed=confirmed,
        confidence=confidence,
    )


def _from_verb(ctx: Context, verb: Token) -> list[Position]:
    found = _verb_stance(verb)
    if (
        found is None
        or verb.dep_ == "amod"
        or _describes_with(verb)
        or any(c.dep_ == "aux" and c.lemma_ in DEMAND_MODALS for c in verb.children)
    ):
        return []
    stance, phrase_end = found
    if _under_rejection(verb) or _agentless_passive(verb) or _asked_of_another(verb) or _tails_a_report(verb):
        return []
    if verb.lemma_ in EFFORT_VERBS and not _aim_held(verb):
        return []
    if _purpose(verb) and negated(verb.head):
        return []  # "never called a donor to ask for money": what was not done states no aim
    if negated(verb):
        if stance not in FLIP_WHEN_NEGATED:
            return []
        stance = FLIP_WHEN_NEGATED[stance]
    objects = _verb_objects(verb, phrase_end)
    described = not objects and _described(verb)
    objects = [verb.head] if described else objects
    if verb.lemma_ in PERSONAL_WISHES:  # a hope asks in a clause ("hoping someone will"), not "for" or "on" a thing
        objects = [o for o in objects if o.dep_ == "ccomp"]
    inner = [
        o for o in objects
        if o.dep_ == "xcomp" and _verb_stance(o) and stance not in REJECTING and _controller(verb) is None
    ]
    if not objects or inner or _nothing_offered(objects) or _conditional(verb):
        return []
    named = _pronoun_actor(ctx, objects)
    if len(objects) == 1 and objects[0].tag_ == "PRP" and named is None:
        return []  # "will continue to support it": what "it" is, no rule here can tell
    if stance == "rejects" and objects[0].dep_ == "xcomp" and objects[0].lemma_ in SPEAKING_OUT:
        return []  # "refused to comment further" declines to speak, not a thing
    if all(o.lemma_.lower() in SPEAKING_TERMS for o in objects):
        return []  # "asked for anonymity", "declined comment": about speaking, not a matter
    if verb.lemma_ in WISH_VERBS and any(c.dep_ == "auxpass" for c in verb.children):
        return []  # "he was wanted by police": sought, not a wish
    if verb.lemma_ in WISH_VERBS and (
        not any(_asks_of_others(o) for o in objects) or any(_frames_speech(c) for c in verb.children)
    ):
        return []
    if verb.lemma_ in HOSTING_VERBS | PERSON_JUDGED and (_a_person(objects[0]) or actor_of(ctx, objects[0])):
        return []
    if stance == "defers" and (_a_person(objects[0]) or objects[0].lemma_.lower() in GROUP_NOUNS):
        return []  # "suspended the employee": a sanction on someone, not a matter put off
    if verb.lemma_ in OFFICE_SEEKING and objects[0].lemma_.lower() in OFFICES:
        return []
    if verb.lemma_ in HOLDING_VERBS and objects[0].lemma_.lower() in HOLDINGS:
        return []
    if verb.lemma_ in EFFORT_VERBS and objects[0].lemma_.lower() in NEEDS:
        return []
    if verb.lemma_ in FIGURATIVE_CUES and not _criticised(ctx, verb, objects):
        return []
    if phrase_end is not None and (verb.lemma_, phrase_end.lower_) in FAN_CUES and objects[0].pos_ != "NOUN":
        return []  # "rooted for the Eagles", "root for Iowa": a fan's cheer, unlike "rooting for his success"
    holder = find_holder(ctx, verb)
    if holder is None or (verb.lemma_ in WARNING_VERBS and not _own_threat(objects, holder)) or named == holder.actor:
        return []  # (a pronoun object that is the holder again: a misread of who "him" is)
    direct = holder.token.head.i == verb.i and holder.token.i < verb.i
    first = holder.token.left_edge.idx if _shows_subject(holder.token, verb, direct) else verb.idx
    confidence = 0.7 if direct else 0.5
    items = _items(ctx.doc, objects[0]) if len(objects) == 1 and not described else []
    if len(items) > 1:
        return [_make(ctx, holder, stance, verb, it, it, confidence - 0.1) for it in items]
    cue_words = {phrase_end.i} if phrase_end is not None and phrase_end.dep_ == "mark" else None  # "for X to Y"
    spans = [_antecedent_span(verb) if _relative(o) or described else _object_span(o, cue_words) for o in objects]
    cue_end = (phrase_end or verb).idx + len(phrase_end or verb)
    said = _terms(verb) + (_grounds(verb) + _grounds_for(verb) if stance == "opposes" else [])
    last = max([e for _, e in spans] + [cue_end, _agent_end(verb)] + [_subtree_span(c)[1] for c in said])
    about = _trim(ctx.doc, min(s for s, _ in spans), max(e for _, e in spans))
    evidence = _trim(ctx.doc, min([first] + [s for s, _ in spans]), last)
    return [_make(ctx, h, stance, verb, about, evidence, confidence, named) for h in _and_examples(ctx, holder)]


def _shows_subject(subj: Token, verb: Token, direct: bool) -> bool:
    """Whether the evidence starts at the holder: its own subject close enough, or one it shares with the verb
    it is coordinated with ("a crowd gathered to mourn his death and protest police treatment") or whose
    purpose it tells ("X took to Twitter to quash any rumours") when that verb only tells what the holder
    did ("admitted X but denied Y": the admission is no part of the denial)."""
    if direct:
        return _near_subject(subj, verb)
    shared = verb.dep_ == "conj" or _purpose(verb)
    if not shared or subj.dep_ not in SUBJECT_DEPS or not 0 < verb.i - subj.i <= 2 * _NEAR:
        return False
    node = verb  # up through the coordination and the clauses it joins ("gathered to mourn X and protest Y")
    while node.dep_ in {"conj", "xcomp", "advcl"} and node.head.i != subj.head.i:
        node = node.head
    said = subj.head.lemma_ in SPEECH_VERBS or _verb_stance(subj.head) is not None
    return node.head.i == subj.head.i and not said


def _purpose(verb: Token) -> bool:
    """An infinitive telling what its head's doer did something for ("took to Twitter to quash X")."""
    return verb.dep_ == "advcl" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _near_subject(subj: Token, verb: Token) -> bool:
    """A subject close enough to its verb to show in the evidence: its head within six words, or the whole
    phrase right before the verb and short ("X's Government of National Accord (GNA) requested")."""
    adjoining = verb.i - subj.right_edge.i <= _ADJOINING and verb.i - subj.left_edge.i <= 2 * _NEAR
    return verb.i - subj.i <= _NEAR or adjoining


def _received(ctx: Context, verb: Token) -> list[Position]:
    """ "X has received support from Russia and Egypt": each giver named after "from" holds the stance the
    object names (here: supports), and X is what it is about."""
    if verb.lemma_ not in RECEIVING_VERBS:
        return []
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.dep_ != "nsubjpass"), None)
    if obj is None or subj is None or obj.lemma_ not in NOUN_CUES:
        return []
    stance = NOUN_CUES[obj.lemma_]
    givers = [
        g for prep in (*verb.children, *obj.children) if prep.dep_ == "prep" and prep.lower_ == "from"
        for p in prep.children if p.dep_ == "pobj" for g in (p, *p.conjuncts)
    ]
    about = _trim(ctx.doc, *_subtree_span(subj))
    evidence = _trim(ctx.doc, subj.left_edge.idx, max(_subtree_span(t)[1] for t in (obj, *givers)))
    holders = {actor_of(ctx, g): g for g in givers}
    return [
        _make(ctx, Holder(actor, g, False), stance, obj, about, evidence, 0.5)
        for actor, g in holders.items() if actor is not None
    ]


def _criticised(ctx: Context, verb: Token, objects: list[Token]) -> bool:
    """Whether a figurative cue ("blasted", "slammed") criticises: someone, what someone owns, said or decided
    ("slammed Smith's plan", "blasted the decision"), or with its grounds given ("for X", "saying X"); not
    "slammed the door" or "blasted the ball into the net"."""
    if _grounds(verb) or any(c.dep_ == "prep" and c.lower_ in {"for", "over"} for c in verb.children):
        return True
    obj = objects[0]
    return (
        _a_person(obj) or actor_of(ctx, obj) is not None or group_of(obj) is not None
        or obj.lemma_.lower() in _CRITICISABLE
        or any(c.dep_ == "poss" for c in obj.children)
    )


def _grounds(verb: Token) -> list[Token]:
    """What a critic says in criticising ("blasted the FBI chief, saying he did not do a thorough probe"):
    the grounds of the stance, so part of its evidence; words quoted after it ("saying: '...'") are the quote's."""
    return [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_ in STATEMENT_VERBS
            and c.i > verb.i and c.i + 1 < len(c.doc) and not c.doc[c.i + 1].is_punct]


def _terms(verb: Token) -> list[Token]:
    """The condition a stance is held on ("refusing to lift sanctions until Pyongyang abandons X"): part
    of what the holder said, so part of the evidence."""
    return [
        c for c in verb.children
        if c.dep_ == "advcl" and c.i > verb.i and any(m.dep_ == "mark" and m.lower_ in _TERMS for m in c.children)
    ]


def _describes_with(verb: Token) -> bool:
    """ "with threatening language" describes; "with Washington refusing to lift sanctions", where the
    participle has its own subject, states that subject's stance."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "with" and not any(c.dep_ == "nsubj" for c in verb.children)


def _conditional(verb: Token) -> bool:
    """A stance put as a condition ("... unless Washington offers concessions") is not taken."""
    return any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in verb.children)


def _pronoun_actor(ctx: Context, objects: list[Token]) -> str | None:
    """The actor a lone pronoun object stands for ("refused to endorse him"), as the article resolved it."""
    if len(objects) != 1 or objects[0].tag_ != "PRP":
        return None
    actor = ctx.actors.at(objects[0].idx, objects[0].idx + len(objects[0]))
    return actor.name if actor is not None else None


def _noun_objects(noun: Token) -> list[Token]:
    listed = [c for c in noun.children if c.dep_ == "appos" and c.i > noun.i]
    if listed and any(t.text == ":" for t in noun.doc[noun.i : listed[0].i]):
        return listed[:1]  # "three conditions for talks: a truce, aid access and ..."
    made = [c for c in noun.head.children if c.dep_ == "dobj" and c.i < noun.i] if noun.head.lemma_ == "make" else []
    if noun.dep_ == "dobj" and made:
        return made  # "made a ceasefire a precondition for talks"
    preps = NOUN_CUE_PREPS.get(noun.lemma_)
    if preps is not None:
        return [g for c in noun.children if c.dep_ == "prep" and c.lower_ in preps
                for g in c.children if g.dep_ == "pobj"]
    if noun.lemma_ in EFFORT_NOUNS:
        deeds = [c for c in noun.children if c.dep_ == "acl" and c.i > noun.i and _purpose_infinitive(c)]
        return deeds if _effort_made(noun) else []
    content = noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lemma_ in CONTENT_VERBS
    if noun.lemma_ in AIM_NOUNS:
        deeds = [c for c in noun.head.children if c.dep_ in {"ccomp", "xcomp"} and c.pos_ in {"VERB", "AUX"}]
        return deeds if content else []
    if content:  # not "his threat took a twist"
        return [c for c in noun.head.children if c.dep_ in {"dobj", "attr", "ccomp", "xcomp"}]
    return [
        g for c in noun.children if c.dep_ == "prep" and c.lower_ in {"including", "for", "like", "on"}
        for g in c.children if g.dep_ == "pobj"
    ] + [c for c in noun.children if c.dep_ in {"acl", "ccomp"}]


def _purpose_infinitive(verb: Token) -> bool:
    return any(a.dep_ == "aux" and a.tag_ == "TO" for a in verb.children)


def _effort_made(noun: Token) -> bool:
    """An effort its holder makes toward a deed ("has made an effort to diversify", "launched a bid to overturn
    X", "in an effort to cut costs"), not one that failed ("a failed bid to") nor one only named ("the effort to
    X was costly": whose, no verb tells)."""
    if any(c.lower_ in FAILED_WORDS for c in noun.children):
        return False
    made = noun.dep_ == "dobj" and noun.head.lemma_ in EFFORT_MAKING_VERBS
    return made or (noun.dep_ == "pobj" and noun.head.lower_ == "in")


def _from_agent_noun(ctx: Context, noun: Token) -> list[Position]:
    """'X, a firm supporter of Y', 'X - who is a staunch Y supporter': the one the noun describes holds the
    stance toward its "of" object or the actor named before it."""
    objects = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    objects += [c for c in noun.children if c.dep_ == "compound" and actor_of(ctx, c)]
    if not objects or noun.dep_ not in {"attr", "appos"}:
        return []
    if noun.dep_ == "attr":
        holder = find_holder(ctx, noun.head)
    else:
        actor = actor_of(ctx, noun.head)
        holder = Holder(actor, noun.head, False) if actor else None
    if holder is None:
        return []
    items = _items(ctx.doc, objects[0])
    same = sentence_of(holder.token).start == sentence_of(noun).start
    first = holder.token if same else noun.left_edge  # from the one described
    evidence = (min(first.idx, noun.left_edge.idx), noun.right_edge.idx + len(noun.right_edge))
    return [_make(ctx, holder, AGENT_NOUNS[noun.lemma_], noun, it, evidence, 0.5) for it in items]


def _from_noun(ctx: Context, noun: Token) -> list[Position]:
    if noun.pos_ == "NOUN" and noun.lemma_ in AGENT_NOUNS:
        return _from_agent_noun(ctx, noun)
    if noun.pos_ != "NOUN" or noun.lemma_ not in NOUN_CUES:
        return []
    framed = noun.dep_ == "pobj" and noun.head.lower_ in NOUN_CUE_FRAMES.get(noun.lemma_, set())
    if noun.lemma_ in NOUN_CUE_VERBS and noun.head.lemma_ not in NOUN_CUE_VERBS[noun.lemma_] and not framed:
        return []
    stance = NOUN_CUES[noun.lemma_]
    if negated(noun) or (noun.dep_ == "dobj" and negated(noun.head)):  # "no plans to", "don't have any intention"
        if stance not in FLIP_WHEN_NEGATED:
            return []
        stance = FLIP_WHEN_NEGATED[stance]
    objects = _noun_objects(noun)
    if not objects:
        return []
    owner = next((c for c in noun.children if c.dep_ == "poss"), None) or next(
        (c for c in noun.children if c.dep_ in {"compound", "amod"} and actor_of(ctx, c)), None
    )
    actor = actor_of(ctx, owner) if owner is not None else None
    if owner is not None and owner.dep_ == "poss" and actor is None:
        return []  # "the union's call for X": the possessor holds it, even when it names no known actor
    holder = Holder(actor, owner, False) if actor and owner is not None else find_holder(ctx, noun.head)
    if holder is None and framed:
        holder = Holder(PROTESTERS, noun, False)  # whoever acts in protest and is not named is a protester
    if holder is None:
        return []
    items = _items(ctx.doc, objects[0])
    if len(items) != 1:
        return [_make(ctx, holder, stance, noun, it, it, 0.5) for it in items]
    start = _act_start(noun, holder) if framed else _noun_phrase_start(noun, holder)
    evidence = _trim(ctx.doc, min(start, items[0][0]), items[0][1])
    return [_make(ctx, holder, stance, noun, items[0], evidence, 0.5)]


def _act_start(noun: Token, holder: Holder) -> int:
    """Where the evidence of an act "in protest against X" starts: at its doer when the doer is the act's
    close subject ("Thousands of protestors marched on X in protest against Y"), else at "in"."""
    act, subj = noun.head.head, holder.token
    if subj.head.i == act.i and subj.i < act.i and _near_subject(subj, act):
        return subj.left_edge.idx
    return noun.head.idx


def _noun_phrase_start(noun: Token, holder: Holder) -> int:
    """Where a stance noun's evidence starts: at the holder when it is the subject of the verb the noun is the
    object of and close ("We don't have any intention to ..."), else at the noun's phrase."""
    subj = holder.token
    if noun.dep_ == "dobj" and subj.head.i == noun.head.i and subj.i < noun.i and noun.i - subj.i <= _NEAR:
        return subj.left_edge.idx
    return noun.left_edge.idx


def _side_clauses(clause: Token) -> set[int]:
    """Token indices of what hangs beside a clause's core (marks, side clauses, coordinated clauses)."""
    return {
        t.i for c in clause.children
        if c.dep_ in SIDE_DEPS or (c.dep_ in {"ccomp", "prep"} and c.i < clause.i)
        for t in c.subtree
    }


def _speech_head(clause: Token) -> Token | None:
    """The statement verb a clause is the content of: "said (that) X", "made (it) clear that X"."""
    head = clause.head
    if clause.dep_ == "ccomp" and head.lemma_ in STATEMENT_VERBS:
        return head
    that = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    if head.pos_ == "ADJ" and head.head.lemma_ in STATEMENT_VERBS and (clause.dep_ == "ccomp" or that):
        return head.head
    return None


def _from_clause(ctx: Context, clause: Token) -> list[Position]:
    if clause.pos_ not in {"VERB", "AUX"} or clause.dep_ not in CLAUSE_DEPS or _verb_stance(clause):
        return []
    stance = clause_stance(clause)
    if stance is None:
        return []
    speech = _speech_head(clause)
    subj = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    own = actor_of(ctx, subj) if subj is not None else None
    holder = _teller(ctx, clause)
    unreported = speech is None and clause.dep_ not in {"advcl", "csubj"}
    own_stance = stance in {"rejects", "accepts"} and own and subj is not None and not negated(subj)
    if holder is None and unreported and own_stance:
        holder = Holder(own, subj, False)
    if holder is None or forecast(clause, subj, own, holder):
        return []
    glad_of = welcomed(clause) if stance == "accepts" else None
    if glad_of is not None and subj is not None and subj.lower_ != "it" and not holder_is_subject(subj, own, holder):
        return []  # "he said fans are thrilled to have X": the fans' welcome, not his
    disowning = disowned(clause) if stance == "rejects" else None
    refused = no_reason(clause) if stance == "rejects" else None
    if stance == "proposes" and not holder_is_subject(subj, own, holder):
        return []  # "he said the talks would resume": a forecast, not his own deed to come
    if stance == "proposes" and (speech is None or _quoted(ctx, clause)):
        return []  # a deed to come is an intent only as reported ("said the party would sue"); quoted, "I will
        # talk to him", "we would look at X" tell plans of the day, habits or conditions
    if stance == "denies" and denied_claim(clause) and (speech is None or _quoted(ctx, clause)):
        return []  # what a thing does not do is a claim denied only as reported ("said X does not satisfy Y")
    said_by = speech is not None or (subj is not None and subj.lower_ in {"i", "we"} and _quoted(ctx, clause))
    harmer = harmed(clause) if stance == "opposes" else None
    if harmer is not None and not _quoted(ctx, clause):
        return []  # "my", "our" name the speaker only in a direct quote
    if stance == "opposes" and harmer is None and not (said_by and holder_is_subject(subj, own, holder)):
        return []  # "he said they were targeted", a "she" in a report the parse lost: whose wrong, no rule can tell
    if stance == "proposes" and own and subj is not None:
        holder = Holder(own, subj, True)  # "its spokesman said the party would sue": the party's intent
    if denied_deed(clause) and not (own or (subj is not None and subj.lower_ in {"i", "we"})):
        return []  # a deed denied is an actor's ("Sudan had not bombed"), not a thing's ("the fire did not spread")
    if stance == "denies" and denied_deed(clause) and _quoted(ctx, clause) and not charged(clause):
        return []  # a quoted "we didn't even meet them" answers no charge: a story told
    side = _side_clauses(clause)
    if vowed_sanction(clause):  # "will be identified and held accountable": the sanction may be the second verb
        side -= {t.i for c in clause.conjuncts for t in (*c.subtree, *(g for g in c.head.children if g.dep_ == "cc"))}
    evidence = _trim(ctx.doc, *_subtree_span(clause, side))
    if harmer is not None and harmer.idx < evidence[0]:  # "The measures ... overtake X and abolish our rights"
        evidence = (harmer.left_edge.idx, evidence[1])
    measure = ruled_out(clause) if stance == "rejects" else None
    if measure is None and stance == "rejects" and subj is not None and negated(subj):
        measure = subj  # "no US guarantees are on the table"
    put_off = too_early(clause) if stance == "defers" else None
    if put_off is not None:  # "it is too early to speculate on X": speculating on X
        about = _trim(ctx.doc, *_subtree_span(put_off))
    elif refused is not None:  # "no ground for us to get bound to X": getting bound to X
        about = _trim(ctx.doc, *_object_span(refused, {t.i for c in refused.children if c.dep_ in {"mark", "nsubj"}
                                                       for t in c.subtree}))
    elif (glad_of or disowning or harmer) is not None:  # the deed welcomed, the thing disowned, the harm's doer
        about = _trim(ctx.doc, *_object_span(glad_of or disowning or harmer))
    elif measure is not None:
        about = _trim(ctx.doc, *_subtree_span(measure, {c.i for c in measure.children if c.lower_ in {"no", "any"}}))
    else:
        about = evidence if stance in {"demands", "opposes"} else _trim(ctx.doc, clause.idx, evidence[1])
    return [_make(ctx, h, stance, clause, about, evidence, 0.45) for h in _and_examples(ctx, holder)]


def _quoted(ctx: Context, tok: Token) -> bool:
    """Whether the word stands in a direct or partial quote (reported speech is the writer's words)."""
    quote = quote_at(ctx, tok.idx, tok.idx + len(tok))
    return quote is not None and quote.kind != "indirect"


def _teller(ctx: Context, clause: Token) -> Holder | None:
    """Who states a clause: the holder of the statement verb it is the content of, else the speaker of the
    quote it stands in (a side clause, "if X must ...", is stated by no one)."""
    speech = _speech_head(clause)
    if speech is not None:
        return find_holder(ctx, speech)
    quote = quote_at(ctx, clause.idx, clause.idx + len(clause))
    if clause.dep_ in {"advcl", "csubj"} or quote is None or not quote.speaker:
        return None
    return Holder(quote.speaker, clause, False)


def _from_judgement(ctx: Context, clause: Token) -> list[Position]:
    """ "X claimed the prosecution was a form of persecution", "'It was the wrong decision,' X said": who
    says a thing is condemnable opposes it."""
    if clause.pos_ not in {"VERB", "AUX"} or clause.dep_ not in CLAUSE_DEPS:
        return []
    judged = condemning_predicate(clause, _CRITICISABLE)
    holder = _teller(ctx, clause) if judged else None
    if judged is None or holder is None:
        return []
    subj, label = judged
    about = _trim(ctx.doc, *(_subtree_span(label) if subj.tag_ == "PRP" else _object_span(subj)))
    evidence = _trim(ctx.doc, *_subtree_span(clause, _side_clauses(clause)))
    return [_make(ctx, h, "opposes", clause, about, evidence, 0.45) for h in _and_examples(ctx, holder)]


def _from_appeal(ctx: Context, verb: Token) -> list[Position]:
    """ "Anyone with information is asked to contact Kent Police": whom the public is asked to reach makes
    the appeal (it is no one else's: the passive names no asker)."""
    if verb.lemma_ not in APPEAL_VERBS or not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    public = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    deed = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_ in CONTACT_VERBS), None)
    if public is None or deed is None or public.lemma_.lower() not in INDEFINITE_PERSONS | PUBLIC_NOUNS:
        return []
    reached = next((c for c in deed.children if c.dep_ == "dobj"), None)
    actor = (actor_of(ctx, reached) or group_of(reached)) if reached is not None else None
    if reached is None or actor is None:
        return []
    end = reached.idx + len(reached)
    named = ctx.actors.at(reached.left_edge.idx, end)  # "Kent Police": the whole name, not its first word
    actor = named.name if named is not None else actor
    about = _trim(ctx.doc, deed.left_edge.idx, end)
    evidence = _trim(ctx.doc, public.left_edge.idx, end)
    return [_make(ctx, Holder(actor, reached, False), "demands", verb, about, evidence, 0.5)]


def _from_label(ctx: Context, verb: Token) -> list[Position]:
    """ "Union leaders called the cuts 'savage attacks'": who names a thing with a condemning label opposes it."""
    named = condemning_label(verb)
    holder = find_holder(ctx, verb) if named else None
    if named is None or holder is None:
        return []
    obj, label = named
    target = _pronoun_actor(ctx, [obj])
    if obj.tag_ == "PRP" and target is None:
        return []  # "the Taliban called it a revenge attack": what "it" is, no rule here can tell
    direct = holder.token.head.i == verb.i and holder.token.i < verb.i
    first = holder.token.left_edge.idx if _shows_subject(holder.token, verb, direct) else verb.idx
    about = _trim(ctx.doc, *_object_span(obj))
    evidence = _trim(ctx.doc, min(first, about[0]), _subtree_span(label)[1])
    return [_make(ctx, h, "opposes", verb, about, evidence, 0.5, target) for h in _and_examples(ctx, holder)]


def _and_examples(ctx: Context, holder: Holder) -> list[Holder]:
    """The holder and the others named with it: the examples its group noun names ("Liberals like X and Y
    say") and the actors coordinated with it ("demanded by the EU and the IMF"): each holds it."""
    rest = examples(ctx, holder.token)[1:]
    if holder.token.pos_ in {"NOUN", "PROPN"}:
        rest += [a for c in holder.token.conjuncts if (a := actor_of(ctx, c) or group_of(c))]
    return [holder, *(Holder(a, holder.token, holder.via_statement) for a in dict.fromkeys(rest) if a != holder.actor)]


def _dedupe(found: list[Position]) -> list[Position]:
    kept: list[Position] = []
    for p in sorted(found, key=lambda p: (p.evidence.start, -p.confidence)):
        if not any(
            k.actor == p.actor and k.stance == p.stance
            and k.evidence.start < p.evidence.end and p.evidence.start < k.evidence.end
            for k in kept
        ):
            kept.append(p)
    return kept


def extract_positions(doc: Doc, entities: Sequence[Entity], quotes: Sequence[Quote]) -> list[Position]:
    """Every stance an actor of the article takes, one position per object, in text order."""
    ctx = Context(doc, entities, quotes, ActorIndex(entities))
    found: list[Position] = []
    for sent in doc.sents:
        if sent.text.rstrip().endswith("?"):  # a question states no position
            continue
        for tok in sent:
            found += _from_verb(ctx, tok) + _from_noun(ctx, tok) + _from_clause(ctx, tok) + _received(ctx, tok)
            found += _from_label(ctx, tok) + _from_judgement(ctx, tok) + _from_appeal(ctx, tok)
    return _dedupe([p for p in found if p.evidence.text.strip()])
