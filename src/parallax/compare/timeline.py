"""The story's timeline: dated events from every article on one axis, each with its sources.

An event is a clause that holds a date of day, week or month precision (from the analyses' time
expressions), other than the date stamp of an embedded social-media post. Clauses aligned as one fact
are one event, dated by most of its articles. A clause whose dates cannot agree with that date (a
different day, or a day outside the other's week or month) disputes it only when it says nearly the
same thing as a clause holding that date (similarity ``DISPUTE``, the same sentence with a detail
changed): a fact joins clauses that are alike, and two alike clauses with different dates are far
more often two events of one kind (two letters, two polls) than one event dated two ways, so those
become events of their own. The other way round, clauses of different articles that give one date and
are alike (``SAME_DAY``) without being one fact ("Comey wrote to Congress on Sunday" / "said Mr Comey
in a letter to Congress today") are one event: the timeline shows each happening once, with every
article that tells it. A date by a reporting verb ("said on Sunday") is when the statement was made:
it is an event of its own, never a dispute of the date of what was said.
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np

from parallax.compare.context import EMBED_WORDS, StoryContext
from parallax.compare.dates import compatible, is_dated, span
from parallax.compare.facts import Alignment, about
from parallax.compare.units import Unit
from parallax.model import Analysis, TimeExpr, TimelineEvent

_BY_CUE = 25  # characters between a time and a reporting verb for the time to date the statement
SAME_DAY = 0.6  # how alike clauses of one date in different articles must be to be one event though not one fact
DISPUTE = 0.9  # how alike two differently dated clauses must be to be one event dated two ways (1.0 less the
# date clash every such pair pays in ``facts.similarity``)

# "— Jane Roe (@janeroe) November 8, 2016": the date an embedded post was posted, not an event of the story
_POST_STAMP = re.compile(r"\(@\w+\)\s*$")


def _dated_units(ctx: StoryContext) -> list[tuple[str, Unit, bool]]:
    """(date, clause, whether the date is when the clause's statement was made) for every dated clause."""
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
                out.append((t.value, min(home, key=lambda u: u.nested_in is not None), _said_when(t, analysis)))
    return out


def _said_when(t: TimeExpr, analysis: Analysis) -> bool:
    """Whether the time stands by a reporting verb, outside what was said ("Yesterday, police explained
    ...", "said on Sunday"): it dates the statement, not the event the statement is about."""
    return any(
        q.cue is not None and not (q.start <= t.start < q.end)
        and t.start - _BY_CUE <= q.cue.end and q.cue.start <= t.end + _BY_CUE
        for q in analysis.quotes
    )


def build_timeline(ctx: StoryContext, alignment: Alignment) -> list[TimelineEvent]:
    """Events in date order; the same fact dated differently by different articles is disputed."""
    events: dict[object, list[tuple[str, Unit]]] = {}
    said: set[int] = set()
    for value, unit, when_said in _dated_units(ctx):
        key = alignment.group_of.get(unit.flat, ("unit", unit.flat))
        events.setdefault(key, []).append((value, unit))
        if when_said:
            said.add(unit.flat)
    found: list[tuple[str, dict[str, tuple[str, Unit]], set[str]]] = []  # date, clause per article, disputing
    for dated in events.values():
        per_article: dict[str, tuple[str, Unit]] = {}
        for value, unit in dated:
            per_article.setdefault(unit.article_id, (value, unit))
        while per_article:
            events_dated = [v for v, u in per_article.values() if u.flat not in said]
            votes = Counter(events_dated or [v for v, _ in per_article.values()])
            date = max(votes, key=lambda v: (votes[v], len(v)))
            agree = {a: d for a, d in per_article.items() if _agrees(d[1], d[0], date)}
            others = {a: d for a, d in per_article.items() if a not in agree and d[1].flat not in said
                      and _alike(d[1], [u for _, u in agree.values()], alignment.similarity)}
            found.append((date, {**agree, **others}, set(others)))
            per_article = {a: d for a, d in per_article.items() if a not in agree and a not in others}
    out = [
        TimelineEvent(
            date=date,
            about=about([u for _, u in members.values()]),
            sources={a: u.span for a, (_, u) in members.items()},
            disputed=bool(others),
            other_dates={a: members[a][0] for a in others},
        )
        for date, members, others in _same_day(found, alignment.similarity)
    ]
    return sorted(out, key=lambda e: (span(e.date)[0], e.date))


def _same_day(
    found: list[tuple[str, dict[str, tuple[str, Unit]], set[str]]], similarity: np.ndarray
) -> list[tuple[str, dict[str, tuple[str, Unit]], set[str]]]:
    """Events of one date told by different articles in clauses alike enough (``SAME_DAY``) to be one
    event, though not one fact ("Comey wrote to Congress on Sunday" / "said Mr Comey in a letter to
    Congress today"), become one event, most alike first; an event never takes two clauses of one article."""
    pairs = sorted(
        (
            (max(float(similarity[u.flat, v.flat]) for _, u in a[1].values() for _, v in b[1].values()), i, j)
            for i, a in enumerate(found)
            for j, b in enumerate(found[i + 1 :], i + 1)
            if a[0] == b[0] and not a[1].keys() & b[1].keys()
        ),
        reverse=True,
    )
    home = list(range(len(found)))
    for alike, i, j in pairs:
        i, j = home[i], home[j]
        if alike < SAME_DAY:
            break
        if i == j or found[i][1].keys() & found[j][1].keys():
            continue
        found[i][1].update(found[j][1])
        found[i][2].update(found[j][2])
        home = [i if h == j else h for h in home]
    return [found[i] for i in sorted(set(home))]
def _agrees(unit: Unit, value: str, date: str) -> bool:
    """Whether the clause can be dated ``date``: its own date, or any other date it names, agrees."""
    return any(compatible(v, date) for v in (value, *unit.dates) if is_dated(v))


def _alike(unit: Unit, dated: list[Unit], similarity: np.ndarray) -> bool:
    """Whether the clause says nearly what a clause of the event's date says; a run of captions or a
    list (longer than ``EMBED_WORDS`` words) holds dates of other items and disputes nothing."""
    return len(unit.words) <= EMBED_WORDS and any(similarity[unit.flat, u.flat] >= DISPUTE for u in dated)
