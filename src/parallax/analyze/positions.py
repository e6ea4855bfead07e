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
* a plea ("pleaded with voters to X"; "pleaded guilty to X" accepts the charge), a grievance ("complained about
  X", "railed against X", "mocked X", "called out X") and attention given to a deed ("We are concentrating on
  searching for X": an effort) are read like the verb cues; a command in a direct quote ("Vote for unity", "Let's
  bring X to an end") is its speaker's demand or proposal (``position_commands``);
* inside a direct quote first person means the speaker; the quote's speaker holds what it states.

The verb cues are read by ``position_verbs``; the spans and the ``Position`` built from them by
``position_spans``; this module reads the noun and clause cues and gathers every reader's positions.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from parallax.analyze.entities import ActorIndex
from parallax.analyze.nlp import sentence_of
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
    undecided,
    vowed_sanction,
    welcomed,
)
from parallax.analyze.position_commands import from_command
from parallax.analyze.position_holders import SUBJECT_DEPS, Context, Holder, actor_of, find_holder, group_of, quote_at
from parallax.analyze.position_labels import condemning_label, condemning_predicate
from parallax.analyze.position_pleas import from_plea
from parallax.analyze.position_spans import (
    SIDE_DEPS,
    and_examples,
    list_items,
    make_position,
    object_span,
    subtree_span,
    trim,
)
from parallax.analyze.position_verbs import (
    CRITICISABLE,
    FLIP_WHEN_NEGATED,
    NEAR,
    from_means,
    from_resolution,
    from_verb,
    near_subject,
    pronoun_actor,
    received,
    shows_subject,
    verb_stance,
)
from parallax.analyze.positions_lexicon import (
    AGENT_NOUNS,
    AIM_NOUNS,
    APPEAL_VERBS,
    CONTACT_VERBS,
    CONTENT_VERBS,
    DEMAND_MODALS,
    EFFORT_MAKING_VERBS,
    EFFORT_NOUNS,
    FAILED_WORDS,
    INDEFINITE_PERSONS,
    NOUN_CUE_FRAMES,
    NOUN_CUE_PREPS,
    NOUN_CUE_VERBS,
    NOUN_CUES,
    PROTESTERS,
    PUBLIC_NOUNS,
    REGRET_WORDS,
    SELF_SUBJECTS,
    STATEMENT_VERBS,
)
from parallax.model import Entity, Position, Quote

_NO_STANCE_POS = frozenset({"PUNCT", "SPACE", "DET", "CCONJ", "SCONJ", "NUM", "SYM"})
CLAUSE_DEPS = {"ROOT", "ccomp", "conj", "csubj", "advcl"}


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
    items = list_items(ctx.doc, objects[0])
    same = sentence_of(holder.token).start == sentence_of(noun).start
    first = holder.token if same else noun.left_edge  # from the one described
    evidence = (min(first.idx, noun.left_edge.idx), noun.right_edge.idx + len(noun.right_edge))
    return [make_position(ctx, holder, AGENT_NOUNS[noun.lemma_], noun, it, evidence, 0.5) for it in items]


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
    items = list_items(ctx.doc, objects[0])
    if len(items) != 1:
        return [make_position(ctx, holder, stance, noun, it, it, 0.5) for it in items]
    start = _act_start(noun, holder) if framed else _noun_phrase_start(noun, holder)
    evidence = trim(ctx.doc, min(start, items[0][0]), items[0][1])
    return [make_position(ctx, holder, stance, noun, items[0], evidence, 0.5)]


def _act_start(noun: Token, holder: Holder) -> int:
    """Where the evidence of an act "in protest against X" starts: at its doer when the doer is the act's
    close subject ("Thousands of protestors marched on X in protest against Y"), else at "in"."""
    act, subj = noun.head.head, holder.token
    if subj.head.i == act.i and subj.i < act.i and near_subject(subj, act):
        return subj.left_edge.idx
    return noun.head.idx


def _noun_phrase_start(noun: Token, holder: Holder) -> int:
    """Where a stance noun's evidence starts: at the holder when it is the subject of the verb the noun is the
    object of and close ("We don't have any intention to ..."), else at the noun's phrase."""
    subj = holder.token
    if noun.dep_ == "dobj" and subj.head.i == noun.head.i and subj.i < noun.i and noun.i - subj.i <= NEAR:
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
    if head.lemma_ == "add" and any(c.dep_ == "prep" and c.lower_ == "to" for c in head.children):
        return None  # "the study adds to our understanding that X": a thing grows, no one speaks
    if clause.dep_ == "ccomp" and head.lemma_ in STATEMENT_VERBS:
        return head
    that = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    if head.pos_ == "ADJ" and head.head.lemma_ in STATEMENT_VERBS and (clause.dep_ == "ccomp" or that):
        return head.head
    return None


def _from_clause(ctx: Context, clause: Token) -> list[Position]:
    must = any(c.dep_ == "aux" and c.lemma_ in DEMAND_MODALS for c in clause.children)
    if clause.pos_ not in {"VERB", "AUX"} or clause.dep_ not in CLAUSE_DEPS or (verb_stance(clause) and not must):
        return []  # a cue verb is read by ``from_verb``, but for "must"/"should" ("X must embrace Y": a demand)
    stance = clause_stance(clause)
    if stance is None:
        return []
    speech = _speech_head(clause)
    subj = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    own = actor_of(ctx, subj) if subj is not None else None
    holder = _teller(ctx, clause)
    unreported = speech is None and clause.dep_ not in {"advcl", "csubj"}
    own_stance = stance in {"rejects", "accepts", "defers"} and own and subj is not None and not negated(subj)
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
    if stance == "defers" and own and subj is not None:
        holder = Holder(own, subj, True)  # "X said the board had not yet decided whether to sell": the board's
    elif stance != "defers" and denied_deed(clause) and not (own or (subj is not None and subj.lower_ in {"i", "we"})):
        return []  # a deed denied is an actor's ("Sudan had not bombed"), not a thing's ("the fire did not spread")
    if stance == "denies" and denied_deed(clause) and _quoted(ctx, clause) and not charged(clause):
        return []  # a quoted "we didn't even meet them" answers no charge: a story told
    side = _side_clauses(clause)
    if vowed_sanction(clause):  # "will be identified and held accountable": the sanction may be the second verb
        side -= {t.i for c in clause.conjuncts for t in (*c.subtree, *(g for g in c.head.children if g.dep_ == "cc"))}
    evidence = trim(ctx.doc, *subtree_span(clause, side))
    if harmer is not None and harmer.idx < evidence[0]:  # "The measures ... overtake X and abolish our rights"
        evidence = (harmer.left_edge.idx, evidence[1])
    measure = ruled_out(clause) if stance == "rejects" else None
    if measure is None and stance == "rejects" and subj is not None and negated(subj):
        measure = subj  # "no US guarantees are on the table"
    put_off = (too_early(clause) or undecided(clause)) if stance == "defers" else None
    if put_off is not None:  # "it is too early to speculate on X": speculating on X
        about = trim(ctx.doc, *subtree_span(put_off))
    elif refused is not None:  # "no ground for us to get bound to X": getting bound to X
        about = trim(ctx.doc, *object_span(refused, {t.i for c in refused.children if c.dep_ in {"mark", "nsubj"}
                                                       for t in c.subtree}))
    elif (glad_of or disowning or harmer) is not None:  # the deed welcomed, the thing disowned, the harm's doer
        about = trim(ctx.doc, *object_span(glad_of or disowning or harmer))
    elif measure is not None:
        about = trim(ctx.doc, *subtree_span(measure, {c.i for c in measure.children if c.lower_ in {"no", "any"}}))
    else:
        about = evidence if stance in {"demands", "opposes"} else trim(ctx.doc, clause.idx, evidence[1])
    return [make_position(ctx, h, stance, clause, about, evidence, 0.45) for h in and_examples(ctx, holder)]


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
    judged = condemning_predicate(clause, CRITICISABLE)
    holder = _teller(ctx, clause) if judged else None
    if judged is None or holder is None:
        return []
    subj, label = judged
    about = trim(ctx.doc, *(subtree_span(label) if subj.tag_ == "PRP" else object_span(subj)))
    evidence = trim(ctx.doc, *subtree_span(clause, _side_clauses(clause)))
    return [make_position(ctx, h, "opposes", clause, about, evidence, 0.45) for h in and_examples(ctx, holder)]


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
    about = trim(ctx.doc, deed.left_edge.idx, end)
    evidence = trim(ctx.doc, public.left_edge.idx, end)
    return [make_position(ctx, Holder(actor, reached, False), "demands", verb, about, evidence, 0.5)]


def _from_label(ctx: Context, verb: Token) -> list[Position]:
    """ "Union leaders called the cuts 'savage attacks'": who names a thing with a condemning label opposes it."""
    named = condemning_label(verb)
    holder = find_holder(ctx, verb) if named else None
    if named is None or holder is None:
        return []
    obj, label = named
    target = pronoun_actor(ctx, [obj])
    if obj.tag_ == "PRP" and target is None:
        return []  # "the Taliban called it a revenge attack": what "it" is, no rule here can tell
    direct = holder.token.head.i == verb.i and holder.token.i < verb.i
    first = holder.token.left_edge.idx if shows_subject(holder.token, verb, direct) else verb.idx
    about = trim(ctx.doc, *object_span(obj))
    evidence = trim(ctx.doc, min(first, about[0]), subtree_span(label)[1])
    return [make_position(ctx, h, "opposes", verb, about, evidence, 0.5, target) for h in and_examples(ctx, holder)]


def _from_regret(ctx: Context, word: Token) -> list[Position]:
    """ "some expressed dismay that X didn't also rescind Y", "lamented that the council had not acted": regret
    that a deed was not done demands it (the deed, without its "not")."""
    if word.lemma_ not in REGRET_WORDS:
        return []
    deed = next((c for c in word.children if c.dep_ in {"ccomp", "acl"} and negated(c)
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    doer = next((c for c in deed.children if c.dep_ == "nsubj"), None) if deed is not None else None
    someone = doer is not None and (actor_of(ctx, doer) or group_of(doer) or doer.lower_ in SELF_SUBJECTS)
    holder = find_holder(ctx, word) if someone else None
    if deed is None or holder is None:
        return []  # "lamented that the presentation didn't match reality": no one failed to act
    passive = any(c.dep_ == "auxpass" for c in deed.children)  # "that the match was not televised": whole
    about = trim(ctx.doc, subtree_span(deed)[0] if passive else deed.idx, object_span(deed)[1])
    first = holder.token.left_edge.idx if holder.token.i < word.i and word.i - holder.token.i <= NEAR else word.idx
    evidence = trim(ctx.doc, first, subtree_span(deed)[1])
    return [make_position(ctx, h, "demands", word, about, evidence, 0.45) for h in and_examples(ctx, holder)]


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
            if tok.pos_ in _NO_STANCE_POS:
                continue  # no reader starts from a mark, a determiner or a conjunction
            found += from_verb(ctx, tok) + _from_noun(ctx, tok) + _from_clause(ctx, tok) + received(ctx, tok)
            found += from_means(ctx, tok) + from_resolution(ctx, tok)
            found += _from_label(ctx, tok) + _from_judgement(ctx, tok) + _from_appeal(ctx, tok)
            found += from_command(ctx, tok) + from_plea(ctx, tok) + _from_regret(ctx, tok)
    return _dedupe([p for p in found if p.evidence.text.strip()])
