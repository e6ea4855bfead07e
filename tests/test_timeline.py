"""The story timeline: which differently dated clauses are one event dated two ways."""

from __future__ import annotations

import numpy as np
import pytest

from parallax.compare import context, timeline
from parallax.compare.facts import Alignment
from parallax.model import Analysis, Article, Quote, Span, Story, TimeExpr

TEXTS = {
    "a": "The council sent a letter to the ministry on March 3 about the flooded school.",
    "b": "The council sent another letter to the ministry on March 9 about the flooded school.",
}


def _context(dates: dict[str, list[tuple[str, str]]]) -> context.StoryContext:
    articles = {k: Article(k, f"{k}.txt", t, outlet=k.upper()) for k, t in TEXTS.items()}
    analyses = {}
    for k, t in TEXTS.items():
        times = [TimeExpr(w, t.index(w), t.index(w) + len(w), v) for w, v in dates[k]]
        analyses[k] = Analysis(k, times=times)
    return context.build(Story("s", list(articles)), articles, analyses, {})


def _one_fact(ctx: context.StoryContext, alike: float) -> Alignment:
    """Both articles' first clause as one fact, as alike as ``alike``."""
    first = [ctx.units_of(a)[0].flat for a in TEXTS]
    sim = np.full((len(ctx.units), len(ctx.units)), -1.0, dtype=np.float32)
    sim[first[0], first[1]] = sim[first[1], first[0]] = alike
    return Alignment([first], [alike], {i: 0 for i in first}, sim)


DATES = {"a": [("March 3", "2025-03-03")], "b": [("March 9", "2025-03-09")]}


def test_nearly_the_same_clause_with_another_date_is_a_disputed_event():
    ctx = _context(DATES)
    events = timeline.build_timeline(ctx, _one_fact(ctx, 1.3))
    assert len(events) == 1 and events[0].disputed and set(events[0].sources) == {"a", "b"}


def test_loosely_alike_clauses_with_different_dates_are_two_events():
    ctx = _context(DATES)
    events = timeline.build_timeline(ctx, _one_fact(ctx, 0.8))
    assert [(e.date, list(e.sources), e.disputed) for e in events] == [
        ("2025-03-03", ["a"], False), ("2025-03-09", ["b"], False)]


def test_a_clause_that_also_names_the_agreed_date_does_not_dispute_it():
    ctx = _context(DATES)
    ctx.units_of("b")[0].dates = ("2025-03-09", "2025-03")  # "on March 9, in a month of rain": the month agrees
    events = timeline.build_timeline(ctx, _one_fact(ctx, 1.3))
    assert len(events) == 1 and not events[0].disputed


def _apart(ctx: context.StoryContext, alike: float) -> Alignment:
    """Both articles' first clause as facts of their own, as alike as ``alike``."""
    first = [ctx.units_of(a)[0].flat for a in TEXTS]
    sim = np.full((len(ctx.units), len(ctx.units)), -1.0, dtype=np.float32)
    sim[first[0], first[1]] = sim[first[1], first[0]] = alike
    return Alignment([[first[0]], [first[1]]], [1.0, 1.0], {first[0]: 0, first[1]: 1}, sim)


SAME_DAY = {"a": [("March 3", "2025-03-03")], "b": [("March 9", "2025-03-03")]}


def test_alike_clauses_of_one_date_that_are_not_one_fact_are_one_event():
    ctx = _context(SAME_DAY)
    events = timeline.build_timeline(ctx, _apart(ctx, 0.7))
    assert [(e.date, sorted(e.sources), e.disputed) for e in events] == [("2025-03-03", ["a", "b"], False)]


def test_unlike_clauses_of_one_date_stay_two_events():
    ctx = _context(SAME_DAY)
    events = timeline.build_timeline(ctx, _apart(ctx, 0.3))
    assert sorted(tuple(e.sources) for e in events) == [("a",), ("b",)]


def test_a_run_of_captions_disputes_no_date():
    ctx = _context(DATES)
    ctx.units_of("b")[0].words = ["caption"] * 60
    events = timeline.build_timeline(ctx, _one_fact(ctx, 1.3))
    assert not any(e.disputed for e in events)


@pytest.mark.parametrize(
    ("said", "cue"),
    [
        ("Police said on March 9 the council had sent a letter to the ministry about the flooded school.", "said"),
        ("On March 9, the police explained that the council had sent a letter to the ministry about the flooded "
         "school.", "explained"),
    ],
)
def test_a_date_by_a_reporting_verb_dates_the_statement_and_disputes_nothing(said: str, cue: str):
    texts = {"a": said, "b": "The council sent a letter to the ministry on March 3 about the flooded school."}
    articles = {k: Article(k, f"{k}.txt", t, outlet=k.upper()) for k, t in texts.items()}
    day, at, content = said.index("March 9"), said.index(cue), said.index("the council")
    b_day = texts["b"].index("March 3")
    analyses = {
        "a": Analysis("a", times=[TimeExpr("March 9", day, day + 7, "2025-03-09")], quotes=[
            Quote("indirect", said[content:], content, len(said), "Police", cue=Span(at, at + len(cue), cue))]),
        "b": Analysis("b", times=[TimeExpr("March 3", b_day, b_day + 7, "2025-03-03")]),
    }
    ctx = context.build(Story("s", list(articles)), articles, analyses, {})
    first = [ctx.units_of(a)[0].flat for a in texts]
    sim = np.full((len(ctx.units), len(ctx.units)), -1.0, dtype=np.float32)
    sim[first[0], first[1]] = sim[first[1], first[0]] = 1.3
    events = timeline.build_timeline(ctx, Alignment([first], [1.3], {i: 0 for i in first}, sim))
    assert not [e for e in events if e.disputed]
    assert [(e.date, list(e.sources)) for e in events] == [("2025-03-03", ["b"]), ("2025-03-09", ["a"])]
