"""The story's timeline: dated events from every article on one axis, each with its sources.

An event is a clause that holds a date of day, week or month precision (from the analyses' time
expressions). Clauses aligned as one fact are one event; when their dates cannot both be true (a
different day, or a day outside the other's week or month) the event is ``disputed``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from parallax.compare.context import StoryContext
from parallax.compare.facts import Alignment, about
from parallax.compare.units import Unit
from parallax.model import TimelineEvent

_DATED = re.compile(r"^\d{4}-(?:\d{2}(?:-\d{2})?|W\d{2})$")


def _range(value: str) -> tuple[dt.date, dt.date]:
    """First and last day a day, ISO week or month value covers."""
    if "W" in value:
        year, week = value.split("-W")
        first = dt.date.fromisocalendar(int(year), int(week), 1)
        return first, first + dt.timedelta(days=6)
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    first = dt.date(parts[0], parts[1], 1)
    following = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
    return first, following - dt.timedelta(days=1)


def compatible(a: str, b: str) -> bool:
    """Whether two dates can describe the same moment (one lies within the other's span)."""
    (a0, a1), (b0, b1) = _range(a), _range(b)
    return (a0 <= b0 and b1 <= a1) or (b0 <= a0 and a1 <= b1)


def _dated_units(ctx: StoryContext) -> list[tuple[str, Unit]]:
    out = []
    by_article: dict[str, list[Unit]] = {}
    for u in ctx.units:
        by_article.setdefault(u.article_id, []).append(u)
    for aid, analysis in ctx.analyses.items():
        for t in analysis.times:
            if not t.value or t.vague or not _DATED.match(t.value):
                continue
            try:
                _range(t.value)
            except ValueError:
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
    return sorted(out, key=lambda e: (_range(e.date)[0], e.date))
