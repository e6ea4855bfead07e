"""The story's timeline: dated events from every article on one axis, each with its sources.

An event is a clause that holds a date of day, week or month precision (from the analyses' time
expressions), other than the date stamp of an embedded social-media post. Clauses aligned as one fact
are one event; when their dates cannot both be true (a different day, or a day outside the other's week
or month) the event is ``disputed``.
"""

from __future__ import annotations

import re
from collections import Counter

from parallax.compare.context import StoryContext
from parallax.compare.dates import compatible, is_dated, span
from parallax.compare.facts import Alignment, about
from parallax.compare.units import Unit
from parallax.model import TimelineEvent

# "— Jane Roe (@janeroe) November 8, 2016": the date an embedded post was posted, not an event of the story
_POST_STAMP = re.compile(r"\(@\w+\)\s*$")


def _dated_units(ctx: StoryContext) -> list[tuple[str, Unit]]:
    out = []
    by_article: dict[str, list[Unit]] = {}
    for u in ctx.units:
        by_article.setdefault(u.article_id, []).append(u)
    for aid, analysis in ctx.analyses.items():
        text = ctx.articles[aid].text
        for t in analysis.times:
            if t.vague or not is_dated(t.value) or _POST_STAMP.search(text[max(0, t.start - 40) : t.start]):
                continue
            home = [u for u in by_article.get(aid, []) if u.span.start <= t.start and t.end <= u.span.end]
            if home:
                out.append((t.value, min(home, key=lambda u: u.nested_in is not None)))
    return out


def build_timeline(ctx: StoryContext, alignment: Alignment) -> list[TimelineEvent]:
    """Events in date order; the same fact dated differently by different articles is disputed."""
    events: dict[object, list[tuple[str, Unit]]] = {}
    for value, unit in _dated_units(ctx):
        key = alignment.group_of.get(unit.flat, ("unit", unit.flat))
        events.setdefault(key, []).append((value, unit))
    out = []
    for dated in events.values():
        per_article: dict[str, tuple[str, Unit]] = {}
        for value, unit in dated:
            per_article.setdefault(unit.article_id, (value, unit))
        votes = Counter(v for v, _ in per_article.values())
        date = max(votes, key=lambda v: (votes[v], len(v)))
        others = {a: v for a, (v, _) in per_article.items() if not compatible(v, date)}
        out.append(
            TimelineEvent(
                date=date,
                about=about([u for _, u in per_article.values()]),
                sources={a: u.span for a, (_, u) in per_article.items()},
                disputed=bool(others),
                other_dates=others,
            )
        )
    return sorted(out, key=lambda e: (span(e.date)[0], e.date))
