"""Pleas entered in court as nouns: "A not guilty plea was entered on X's behalf", "X entered a plea of not guilty
to Y", "her guilty plea to fraud": whoever pleads rejects (not guilty) or accepts (guilty) the charges.

Kept apart from the verb cues ("pleaded not guilty to X", read by ``position_verbs``) because the noun names its
pleader in ways a verb does not: the subject of "entered", the "on X's behalf" a plea is entered, the possessor.
"""

from __future__ import annotations

from spacy.tokens import Token

from parallax.analyze.position_clauses import negated
from parallax.analyze.position_holders import Context, Holder, actor_of
from parallax.analyze.position_spans import make_position, subtree_span, trim
from parallax.analyze.positions_lexicon import ENTERING_VERBS
from parallax.model import Position, Stance


def _guilty(plea: Token) -> Token | None:
    """The "guilty" a plea is of ("a not guilty plea", "a plea of not guilty"); none for "a plea for help"."""
    words = [c for c in plea.children if c.dep_ in {"amod", "compound"}]
    words += [g for c in plea.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return next((w for w in words if w.lower_ == "guilty"), None)


def _pleader(ctx: Context, plea: Token) -> Token | None:
    """Who pleads: the possessor ("his not guilty plea"), the subject who entered it, or the one on whose
    behalf ("on X's behalf") or by whom it was entered."""
    owner = next((c for c in plea.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    verb = plea.head
    if verb.lemma_ not in ENTERING_VERBS or plea.dep_ not in {"dobj", "nsubjpass"}:
        return None
    if plea.dep_ == "dobj":
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    for prep in (c for c in verb.children if c.dep_ in {"prep", "agent"}):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if prep.lower_ == "on" and obj.lower_ == "behalf":
                return next((c for c in obj.children if c.dep_ == "poss"), None)
            if prep.lower_ == "by":
                return obj
    return None


def from_plea(ctx: Context, plea: Token) -> list[Position]:
    """The pleader's rejection or acceptance of the charges a plea answers (or of what the plea names)."""
    if plea.lemma_ != "plea" or plea.pos_ != "NOUN":
        return []
    guilty = _guilty(plea)
    pleader = _pleader(ctx, plea) if guilty is not None else None
    actor = actor_of(ctx, pleader) if pleader is not None else None
    if guilty is None or pleader is None or actor is None:
        return []
    stance: Stance = "rejects" if negated(guilty) or negated(plea) else "accepts"
    to_phrases = [c for t in (plea, plea.head, guilty) for c in t.children if c.dep_ == "prep" and c.lower_ == "to"]
    charges = [g for c in to_phrases for g in c.children if g.dep_ == "pobj"]
    to_charges = {t.i for c in to_phrases for t in c.subtree}
    named = pleader.head if pleader.head.lower_ == "behalf" else pleader  # "on X's behalf": up to "behalf"
    entered = plea.head if plea.head.lemma_ in ENTERING_VERBS else plea
    ends = (subtree_span(plea, to_charges)[1], named.idx + len(named), entered.idx + len(entered))
    evidence = trim(ctx.doc, min(plea.left_edge.idx, pleader.left_edge.idx), max(ends))
    about = trim(ctx.doc, *subtree_span(charges[0])) if charges else evidence
    return [make_position(ctx, Holder(actor, pleader, False), stance, plea, about, evidence, 0.5)]
