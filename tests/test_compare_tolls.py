"""Tolls outlets lead with: a crowd's size given as an estimate of the gathering is a count of people."""

from __future__ import annotations

from parallax.compare import compare_story
from parallax.compare.tensions import _crowd_estimates
from parallax.model import Article, Story


def test_an_estimate_of_a_gathering_is_a_count_of_the_people_in_it():
    found = _crowd_estimates("Police put the march, to mark a 24-hour nationwide strike, at roughly 30,000 people.")
    assert [(n.value, n.word) for n in found] == [(30000.0, "march")]
    assert [n.value for n in _crowd_estimates("Reporters estimated the crowd at 70.")] == [70.0]
    assert not _crowd_estimates("The delay put the plan at risk for 30 days.")


def test_a_crowd_estimate_against_a_count_of_marchers_is_a_toll_tension():
    texts = {
        "a": "Police said as many as 20,000 people took to the streets of Athens on Wednesday. Banks were shut.",
        "b": "Police put the march, called by the unions, at roughly 30,000 people. Flights were cancelled.",
    }
    articles = {k: Article(k, f"{k}.txt", t, outlet=k.upper()) for k, t in texts.items()}
    found = compare_story(Story("s", list(articles)), articles, {})
    tolls = [t for t in found.tensions if t.kind == "number" and "gathered" in t.about]
    assert len(tolls) == 1 and set(tolls[0].sides) == {"a", "b"}
    assert tolls[0].about.endswith("20,000 / 30,000")
