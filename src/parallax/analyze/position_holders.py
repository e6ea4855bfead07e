"""Who holds a stance the parse shows, and who reports it.

A stance belongs to the nearest actor subject at or above its cue (through xcomp, ccomp, conj...), not
to whoever reports it: "X said residents had been calling for an inquiry" is the residents'. A group of
people the article never names ("Opposition conservatives", "union leaders", "a crowd") holds it under
the words that name the group; any other plain noun phrase ("reports suggest") is no one's. A relative
clause's stance is its antecedent's; a participle describing a thing holds none, unless the thing is a
statement someone issued ("issued a statement condemning X": the issuer's); a body someone acts through
("her campaign") stands for its possessor, a plain thing someone owns ("his meeting") does not, and a
person's name on a group ("Trump supporters") names the group's side, not its holder. "He" opening the
second of two coordinated clauses is the first clause's subject, not the nearest name; "the main opposition
party" is the party the article named last (its name ends on the same noun). Inside a direct
quote, first person means the speaker. The reporter is a different actor stating the stance above
the cue, and "declined to confirm whether ..." leaves it unconfirmed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from parallax.analyze.asides import aside_opener
from parallax.analyze.cues import EXAMPLE_PREPS, ORG_NOUNS
from parallax.analyze.entities import ActorIndex
from parallax.analyze.nlp import sentence_of
from parallax.analyze.positions_lexicon import (
    ACTING_BODIES,
    COLLECTIVE_NOUNS,
    CONFIRM_VERBS,
    COUNTING_NOUNS,
    DESCRIBED_ROLES,
    FIRST_PERSON,
    GROUP_NOUNS,
    ISSUED_NOUNS,
    NOT_GROUP_WORDS,
    PARTITIVES,
    STAFF_NOUNS,
    STATEMENT_VERBS,
    UNCONFIRMING_VERBS,
)
from parallax.model import Entity, Quote

_CONTRASTS = {"another", "rival", "opposing", "new", "former"}
CLIMB_DEPS = {"xcomp", "ccomp", "conj", "advcl", "acomp", "pcomp", "prep", "relcl", "acl", "pobj", "dobj"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}


@dataclass(frozen=True, slots=True)
class Context:
    doc: Doc
    entities: Sequence[Entity]
    quotes: Sequence[Quote]
    actors: ActorIndex


@dataclass(frozen=True, slots=True)
class Holder:
    actor: str
    token: Token
    via_statement: bool  # found by climbing out of a reported clause ("X said ... must ...")


def quote_at(ctx: Context, start: int, end: int) -> Quote | None:
    return next((q for q in ctx.quotes if q.start <= start and end <= q.end), None)


def _demonym_actor(ctx: Context, text: str) -> str | None:
    """"Ukrainian" officials -> the article's "Ukraine": the actor whose name shares the word's stem."""
    stem = text.lower()[: max(4, len(text) - 3)]
    for e in ctx.entities:
        if e.type in {"GPE", "ORG"} and any(w.lower().startswith(stem) for w in e.name.split()):
            return e.name
    return None


def actor_of(ctx: Context, tok: Token) -> str | None:
    """The canonical actor a subject token names (its noun phrase, appositions and modifiers)."""
    shared = _coordinated_subject(tok)
    if shared is not None:  # "The candidate hailed X -- but he blasted Y": he is the candidate
        return _person(ctx, shared) or _described_person(ctx, shared) or _named_actor(ctx, tok)
    return _named_actor(ctx, tok)


def _named_actor(ctx: Context, tok: Token) -> str | None:
    """The actor the token's own noun phrase names; a person's name on a group of people ("Donald Trump
    fans", "Obama supporters") names the group's side, not who holds the group's stance."""
    if tok.lower_ in FIRST_PERSON and tok.pos_ == "PRON":  # not "US", the country
        quote = quote_at(ctx, tok.idx, tok.idx + len(tok))
        if quote and quote.speaker and quote.kind != "indirect":  # reported speech keeps the writer's persons
            return quote.speaker
    speaks_for = _acting_body(tok)  # "his meeting suggests", "at Trump's expense Scores of ...": not his
    modifiers = {"appos", "compound", "amod", "nmod", *(("poss",) if speaks_for else ())}
    candidates = [tok, *(c for c in tok.children if c.dep_ in modifiers)]
    if tok.lemma_.lower() in COLLECTIVE_NOUNS:
        candidates = [tok]  # "the Pro-Life movement", "a Mexican crowd": the group, its modifiers name a cause
    group = group_of(tok)
    for cand in candidates:
        entity = ctx.actors.at(cand.idx, cand.idx + len(cand))
        if entity is not None and not (cand.dep_ == "compound" and entity.type == "PERSON" and group):
            if entity.type == "NORP":
                return _demonym_actor(ctx, entity.name) or entity.name
            return entity.name
    if tok.pos_ == "PROPN" and not tok.ent_type_ and not any(c.dep_ == "compound" for c in tok.children):
        person = ctx.actors.person(tok.text)  # a family name the tagger missed ("Merkel pushed for X")
        if person is not None:
            return person.name
    for cand in candidates:
        if cand.ent_type_ in {"NORP", "GPE"}:
            found = _demonym_actor(ctx, cand.text)
            if found:
                return found
    named = examples(ctx, tok)
    return named[0] if named else _named_before(ctx, tok)


def _named_before(ctx: Context, tok: Token) -> str | None:
    """ "The main opposition party called on X" after "The National Reform Party (NRP) declared ...": a body
    named again by "the" and the noun its name ends on ("party", "commission") is the last such body the
    article named, within the four sentences before (not "another party", "a rival party")."""
    if tok.tag_ != "NN" or tok.lemma_.lower() not in ORG_NOUNS or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children
    ):
        return None
    if any(c.lower_ in NOT_GROUP_WORDS - {"the"} or c.lower_ in _CONTRASTS for c in tok.children):
        return None
    sent = sentence_of(tok)
    for _ in range(4):
        if sent.start == 0:
            break
        sent = sentence_of(tok.doc[sent.start - 1])
    latest = [
        (m.end, e.name) for e in ctx.entities if e.type in {"ORG", "GPE"} and e.name.split()[-1].lower() == tok.lower_
        for m in e.mentions if sent.start_char <= m.start and m.end <= tok.idx
    ]
    return max(latest)[1] if latest else None


def _coordinated_subject(tok: Token) -> Token | None:
    """The subject "he"/"she" repeats when it opens the second of two coordinated clauses ("The candidate
    hailed Comey's letter -- but he blasted the FBI chief"): the first clause's, not the nearest name."""
    if tok.lower_ not in {"he", "she"} or tok.dep_ != "nsubj" or tok.head.dep_ != "conj":
        return None
    first = tok.head.head
    return next((c for c in first.children if c.dep_ == "nsubj" and c.i < tok.i and c.pos_ in {"NOUN", "PROPN"}), None)


def _teller_again(ctx: Context, subj: Token) -> str | None:
    """ "Ryan says he plans to expand X": "he"/"she" as the subject of what a named person says is that
    person, whoever an earlier sentence made the pronoun's antecedent."""
    clause = subj.head
    if subj.lower_ not in {"he", "she"} or clause.dep_ != "ccomp" or clause.head.lemma_ not in STATEMENT_VERBS:
        return None
    teller = subject_of(clause.head)
    return _person(ctx, teller) if teller is not None and teller.pos_ == "PROPN" else None


def _person(ctx: Context, tok: Token) -> str | None:
    entity = ctx.actors.at(tok.idx, tok.idx + len(tok))
    return entity.name if entity is not None and entity.type == "PERSON" else None


def _described_person(ctx: Context, tok: Token) -> str | None:
    """ "The Republican candidate hailed X but he blasted Y" after "Donald Trump has surged in the polls": a
    role named with "the" that a later "he" repeats is the person a sentence before had as its subject
    (within two sentences). Alone ("the next president has been planning") a role may name anyone."""
    if tok.tag_ != "NN" or tok.lemma_.lower() not in DESCRIBED_ROLES or _person(ctx, tok):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or tok.dep_ not in SUBJECT_DEPS:
        return None
    sent = sentence_of(tok)
    for _ in range(2):
        if sent.start == 0:
            return None
        sent = sentence_of(tok.doc[sent.start - 1])
        subjects = [t for t in sent if t.dep_ in SUBJECT_DEPS and t.head.dep_ == "ROOT" and _person(ctx, t)]
        if subjects:
            return _person(ctx, subjects[0])
    return None


def examples(ctx: Context, tok: Token) -> list[str]:
    """The actors a plural noun names as its examples ("Liberals like X and Y say ..."): they speak for the
    group, in the order named."""
    if tok.tag_ != "NNS":
        return []
    found: list[str] = []
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in EXAMPLE_PREPS):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            for named in (pobj, *pobj.conjuncts):
                entity = ctx.actors.at(named.idx, named.idx + len(named))
                if entity is not None and entity.name not in found:
                    found.append(entity.name)
    return found


def group_of(tok: Token) -> str | None:
    """The words naming an unnamed group of people that holds a stance ("Opposition conservatives", "union
    leaders" for "Other union leaders", "protesters" for "thousands of protesters"), or None for a thing."""
    if tok.pos_ != "NOUN":
        return None
    if tok.lemma_.lower() in COUNTING_NOUNS:
        counted = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]
        if counted and group_of(counted[0]):
            return group_of(counted[0])
    plural = tok.tag_ == "NNS" and tok.lemma_.lower() in GROUP_NOUNS
    if not plural and tok.lemma_.lower() not in COLLECTIVE_NOUNS:
        return None
    kept = [c for c in tok.lefts if c.dep_ in {"compound", "amod", "nmod"} and c.lower_ not in NOT_GROUP_WORDS
            and c.tag_ not in {"JJR", "JJS", "CD"} and not any(t.dep_ in {"cc", "conj"} for t in c.subtree)]
    first = min((t.i for c in kept for t in c.subtree), default=tok.i)
    return tok.doc[first : tok.i + 1].text


def subject_of(verb: Token) -> Token | None:
    opener = aside_opener(verb)
    if opener is not None:  # "X - who backed Y - called for Z": X, whatever the parser hung there
        return opener
    for c in verb.children:
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.dep_ != "nsubjpass"), None)


def _staff_of(ctx: Context, subj: Token) -> str | None:
    """ "Officials at the interior ministry said ...", "a spokesman for the party": staff named by the body they
    work at or for speak for it."""
    if subj.lemma_.lower() not in STAFF_NOUNS:
        return None
    bodies = [g for c in subj.children if c.dep_ == "prep" and c.lower_ in {"at", "for", "from", "of", "in"}
              for g in c.children if g.dep_ == "pobj"]
    return next((a for b in bodies if (a := actor_of(ctx, b))), None)


def _part_of(ctx: Context, subj: Token) -> str | None:
    """ "Environmentalists praised X, but some expressed dismay": a part ("some", "many", "others") opening the
    second of two coordinated clauses is of the first clause's subject, who holds what the part says."""
    if subj.lower_ not in PARTITIVES or subj.pos_ not in {"PRON", "DET", "ADJ"} or subj.head.dep_ != "conj":
        return None
    whole = next((c for c in subj.head.head.children if c.dep_ == "nsubj" and c.i < subj.i), None)
    return (actor_of(ctx, whole) or group_of(whole)) if whole is not None else None


def _someone_else(subj: Token) -> bool:
    """A subject named by a plain noun phrase that is no actor ("residents had been calling for X", "your
    browser does not support X"): the stance is theirs, not the reporter's above it; pronouns and a body
    someone acts through ("his government") may still be the actor."""
    return subj.pos_ == "NOUN" and not (_acting_body(subj) and any(c.dep_ == "poss" for c in subj.children))


def _only_choice(verb: Token) -> bool:
    """ "(was left with) no other option than to request X", "no choice but to sue": the deed one says one must
    do is the doer's own, not a thing the noun describes."""
    marked = any(c.dep_ == "mark" and c.lower_ in {"than", "but"} for c in verb.children)
    return marked and any(c.dep_ == "det" and c.lower_ == "no" for c in verb.head.children)


def _determined(noun: Token) -> bool:
    return any(c.dep_ == "det" for c in noun.children)


def _acting_body(tok: Token) -> bool:
    """A noun a possessor speaks or acts through ("her campaign", "the minister's office")."""
    return tok.lemma_.lower() in ACTING_BODIES


def find_holder(ctx: Context, tok: Token) -> Holder | None:
    """The nearest actor subject at or above ``tok`` (through xcomp, ccomp, conj...), else the speaker."""
    node, statement, prev = tok, False, None
    for _ in range(12):
        subj = subject_of(node)
        passive = next((c for c in node.children if c.dep_ == "nsubjpass"), None)
        if subj is None and passive is not None and prev is not None and prev.dep_ == "advcl":
            # "a woman was killed while visiting X to welcome Y": the side clause is the passive subject's
            # doing, never that of who reports it further up
            actor = actor_of(ctx, passive) or group_of(passive)
            return Holder(actor, passive, statement) if actor else None
        if subj is not None and subj.tag_ in {"WDT", "WP"} and node.dep_ == "relcl":
            # "a bang to the head that required a scan", "celebrities who support X": the stance is the
            # antecedent's, never that of someone named further up
            actor = actor_of(ctx, node.head) or group_of(node.head)
            return Holder(actor, node.head, statement) if actor else None
        if subj is not None:
            actor = _teller_again(ctx, subj) or actor_of(ctx, subj) or _staff_of(ctx, subj) or _part_of(ctx, subj)
            if actor:
                return Holder(actor, subj, statement)
            group = group_of(subj)
            if group:
                return Holder(group, subj, statement)
            if _someone_else(subj) or (subj.pos_ == "PRON" and node.lemma_ in STATEMENT_VERBS):
                return None  # "X accused the FBI after it said Y must ...": whoever "it" is, not X
        elif node.dep_ == "acl" and node.head.lemma_ in ISSUED_NOUNS and node.head.dep_ == "dobj":
            node = node.head  # "issued a statement condemning X": climb to whoever issued it
            continue
        elif node.dep_ == "acl" and not _only_choice(node) and node.head.pos_ == "NOUN" and _determined(node.head):
            # "a concert supporting X": a participle describes the thing it hangs from (without a
            # determiner the parse often hangs the doer's own participle on a noun: "vowed sweeping
            # reform, threatening to ..."); a place or thing a name only qualifies ("the New York City
            # area seeking X") is no actor, a body that acts ("the Trump administration seeking X") is
            thing = node.head
            actor = actor_of(ctx, thing) if _acting_body(thing) else group_of(thing)
            return Holder(actor, thing, statement) if actor else None
        if node.dep_ not in CLIMB_DEPS or node.head.i == node.i:
            break
        prev, node = node, node.head
        statement = statement or node.lemma_ in STATEMENT_VERBS
    quote = quote_at(ctx, tok.idx, tok.idx + len(tok))
    if quote and quote.speaker:
        return Holder(quote.speaker, tok, False)
    return None


def reporter_of(ctx: Context, cue: Token, holder: str) -> tuple[str | None, bool]:
    """Who reports the position (a different actor stating it above the cue) and whether it is confirmed."""
    reporter, confirmed = None, True
    for anc in cue.ancestors:
        if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in anc.children):
            confirmed = False
        if anc.lemma_ in CONFIRM_VERBS and (
            any(c.dep_ == "neg" for c in anc.children) or anc.head.lemma_ in UNCONFIRMING_VERBS
        ):
            confirmed = False
        if reporter is None and anc.lemma_ in STATEMENT_VERBS | CONFIRM_VERBS | UNCONFIRMING_VERBS:
            subj = subject_of(anc) or (subject_of(anc.head) if anc.dep_ in {"xcomp", "conj"} else None)
            actor = actor_of(ctx, subj) if subj is not None else None
            if actor and actor != holder:
                reporter = actor
    return reporter, confirmed
