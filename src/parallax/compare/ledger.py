"""The position ledger: each actor's stated positions merged across the story's articles.

Positions merge when the actor is the same after name unification, the stance is the same, and what
the position is about says the same thing (cosine of sentence vectors), so a reader sees one line per
position with every outlet that reports it and whether it quotes, reports or asserts it.
"""

from __future__ import annotations

from parallax.compare.context import StoryContext
from parallax.model import LedgerEntry

SAME_ABOUT = 0.7


def build_ledger(ctx: StoryContext, threshold: float = SAME_ABOUT) -> list[LedgerEntry]:
    """Merged positions, most widely reported first."""
    entries: list[LedgerEntry] = []
    anchors: list = []
    for aid in ctx.articles:
        analysis = ctx.analyses.get(aid)
        if analysis is None:
            continue
        for p in analysis.positions:
            actor = ctx.names.get(p.actor, p.actor)
            vec = ctx.vector(p.about)
            match = next(
                (
                    k
                    for k, e in enumerate(entries)
                    if e.actor == actor
                    and e.stance == p.stance
                    and aid not in e.reported_by
                    and float(anchors[k] @ vec) >= threshold
                ),
                None,
            )
            if match is None:
                entries.append(LedgerEntry(actor, p.stance, p.about, {}, {}))
                anchors.append(vec)
                match = len(entries) - 1
            entries[match].reported_by[aid] = p.evidence
            entries[match].how[aid] = p.source
    independent = {id(e): len(ctx.independent(list(e.reported_by))) for e in entries}
    return sorted(entries, key=lambda e: (-independent[id(e)], e.actor))
