"""Stances a direct quote states by command: "Vote for unity", "Don't play with your friends all the time" demand
a deed of whom the speaker addresses; "Let's bring the era to an end" proposes one the speaker would do with them
("Let's not create more red tape" refuses it).

Kept apart from ``positions`` because a command has no subject to hold it: only a quote's sentences are read, and
their speaker holds what they ask. Talk framed as a command ("Look, ...", "Believe me", "Let's be clear"), a
challenge put to the hearer ("Show me that person") and a command with no matter ("Do it now") state nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from parallax.analyze.position_clauses import negated
from parallax.analyze.position_holders import SUBJECT_DEPS, Context, Holder, quote_at
from parallax.analyze.position_spans import SIDE_DEPS, make_position, subtree_span, trim
from parallax.analyze.positions_lexicon import STATEMENT_VERBS, TALK_IMPERATIVES, UNWILLED_VERBS
from parallax.model import Position, Stance

# prepositions that name what a command is about ("vote for X", "stand up against Y", "play with Z")
MATTER_PREPS = {"for", "against", "with", "to", "on", "from", "into", "about"}
_OPENERS = {"cc", "advmod", "intj", "neg"}  # what may stand before a command: "But always ...", "Please ..."
_US = {"'s", "\u2019s", "us"}


def from_command(ctx: Context, verb: Token) -> list[Position]:
    """The speaker's demand (a command) or proposal (an exhortation, "Let's ...") a quoted sentence states."""
    if not _opens_sentence(verb):  # first: it rules out most words at once, the quote look-up does not
        return []
    quote = quote_at(ctx, verb.idx, verb.idx + len(verb))
    if quote is None or quote.kind == "indirect" or not quote.speaker:
        return []
    deed = _exhorted(verb)
    if deed is not None:
        stance: Stance = "rejects" if negated(deed) else "proposes"
    elif _commanded(verb):
        deed, stance = verb, "demands"
    else:
        return []
    start = min(t.idx for t in verb.subtree if t.dep_ in {"aux", "neg", "advmod"} or t.i == verb.i)
    end = subtree_span(deed, {t.i for c in deed.children if c.dep_ in SIDE_DEPS for t in c.subtree})[1]
    about = trim(ctx.doc, start, end)
    return [make_position(ctx, Holder(quote.speaker, verb, False), stance, verb, about, about, 0.45)]


def _opens_sentence(verb: Token) -> bool:
    """A bare verb heading its sentence ("Vote for unity.", or the quote's last sentence the parse hangs on
    "said" after it), with nothing before it but "but", "always", "please", "don't"."""
    said_after = verb.dep_ == "ccomp" and verb.head.lemma_ in STATEMENT_VERBS and verb.head.i > verb.i
    if not (verb.dep_ == "ROOT" or said_after) or verb.tag_ != "VB" or verb.pos_ != "VERB":
        return False
    before = [c for c in verb.children if c.i < verb.i and c.dep_ != "punct"]
    return all(c.dep_ in _OPENERS or (c.dep_ == "aux" and c.lower_ == "do") for c in before)


def _commanded(verb: Token) -> bool:
    """An imperative with a matter: no subject, no clause said or thought ("Think you should ..."), no one it is
    done to ("Show me that person", "Give us a break": a challenge); a thing (not "it"), a particle or a
    preposition of matter after it."""
    children = list(verb.children)
    if verb.lemma_ in TALK_IMPERATIVES:
        return False
    if any(c.dep_ in {*SUBJECT_DEPS, "expl", "ccomp", "aux", "dative"} and c.lower_ != "do" for c in children):
        return False
    return _has_matter(verb)


def _has_matter(verb: Token) -> bool:
    """A thing (not "it", "this"), a particle or a preposition of matter after the verb: what the deed is about."""
    things = [c for c in verb.children if c.dep_ == "dobj" and c.tag_ not in {"PRP", "DT"}]
    matters = [c for c in verb.children if c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in MATTER_PREPS)]
    return bool(things or matters)


def _exhorted(verb: Token) -> Token | None:
    """The deed of "Let's bring the era to an end", "Let us not create more red tape": one the speaker would do
    with those addressed; not talk or being ("Let's be clear", "let's not forget"), nor going ("Let's go back")."""
    if verb.lemma_ != "let" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    for deed in (c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.pos_ == "VERB"):
        ours = any(c.dep_ == "nsubj" and c.lower_ in _US for c in deed.children)
        framing = deed.lemma_ in TALK_IMPERATIVES | UNWILLED_VERBS | STATEMENT_VERBS
        if ours and not framing and _has_matter(deed):
            return deed
    return None
