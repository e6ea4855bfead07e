"""Clashes outside figures and days: a year, a kind of place, or a zero toll told two ways by two outlets."""

from __future__ import annotations

import re

from parallax.compare import compare_story
from parallax.compare.clashes import _places
from parallax.compare.units import Unit
from parallax.model import Analysis, Article, Span, Story, TimeExpr


def _story(texts: dict[str, str], times: dict[str, dict[str, str]] | None = None, published: str = "2013-08-02"):
    articles = {k: Article(k, f"{k}.txt", t, outlet=k.upper(), published=published) for k, t in texts.items()}
    analyses = {
        k: Analysis(k, times=[TimeExpr(m.group(), m.start(), m.end(), value)
                              for phrase, value in (times or {}).get(k, {}).items()
                              for m in re.finditer(re.escape(phrase), texts[k])])
        for k in texts
    }
    return compare_story(Story("s", list(articles)), articles, analyses)


def test_one_fact_told_with_deictic_years_that_differ_is_a_date_tension():
    found = _story(
        {"a": "Jane Holloway will host the Harbour Awards next year, organizers said. The show airs in March.",
         "b": "Jane Holloway will host this year's Harbour Awards. The show airs in March."},
        {"a": {"next year": "2014"}, "b": {"this year": "2013"}},
    )
    years = [t for t in found.tensions if t.kind == "date" and t.about.startswith("year")]
    assert len(years) == 1 and set(years[0].sides) == {"a", "b"}
    assert years[0].sides["a"].text == "Jane Holloway will host the Harbour Awards next year"


def test_the_same_year_or_only_explicit_years_are_no_year_tension():
    same = _story(
        {"a": "Jane Holloway will host the Harbour Awards this year, organizers said.",
         "b": "Jane Holloway will host this year's Harbour Awards."},
        {"a": {"this year": "2013"}, "b": {"this year": "2013"}},
    )
    explicit = _story(
        {"a": "Jane Holloway hosted the Harbour Awards in 2007, organizers said.",
         "b": "Jane Holloway hosted the Harbour Awards in 2008, organizers said."},
        {"a": {"2007": "2007"}, "b": {"2008": "2008"}},
    )
    for found in (same, explicit):
        assert not [t for t in found.tensions if t.about.startswith("year")]


def _unit(text: str) -> Unit:
    return Unit("a", Span(0, len(text), text), 0, 0)


def test_a_past_predicate_followed_by_a_kind_of_place_is_read():
    assert [(v, k) for v, k, _ in _places(_unit("Varma died Monday at his home in Manhattan."))] == [("died", "home")]
    assert [(v, k) for v, k, _ in _places(_unit("He died Dec. 30 at a hospital in Manhattan."))] == [
        ("died", "hospital")]
    assert _places(_unit("He died Dec. 30 at a hospital in Manhattan."))[0][2].text == (
        "died Dec. 30 at a hospital in Manhattan")
    assert not _places(_unit("He died at the scene, police said."))
    assert not _places(_unit("She lives in a nursing home."))
    assert not _places(_unit("She works at a hospital in Boston."))  # a habit, not an event


def test_one_event_at_two_kinds_of_place_is_a_place_tension():
    found = _story(
        {"a": "The publisher Sunil Varma died on Monday at his home in Manhattan, his family said.",
         "b": "The publisher Sunil Varma died on Monday at a hospital in Manhattan, his family said."},
        {k: {"on Monday": "2019-12-30"} for k in "ab"},
    )
    places = [t for t in found.tensions if t.kind == "place"]
    assert len(places) == 1 and set(places[0].sides) == {"a", "b"}
    assert places[0].about == "where: home / hospital"


def test_one_kind_of_place_named_two_ways_or_two_days_is_no_tension():
    found = _story(
        {"a": "The publisher Sunil Varma died on Monday at his home in Manhattan, his family said.",
         "b": "The publisher Sunil Varma died on Monday at his house in Manhattan, his family said."},
        {k: {"on Monday": "2019-12-30"} for k in "ab"},
    )
    other_day = _story(
        {"a": "The publisher Sunil Varma appeared on Monday at his home in Manhattan, his family said.",
         "b": "The publisher Sunil Varma appeared on Tuesday at a hospital in Manhattan, his family said."},
        {"a": {"on Monday": "2019-12-30"}, "b": {"on Tuesday": "2019-12-31"}},
    )
    assert not [t for t in [*found.tensions, *other_day.tensions] if t.kind == "place"]


def test_no_injuries_against_a_count_of_injured_is_a_number_tension():
    found = _story(
        {"a": "Police arrested one man at the vigil on Sunday night. No injuries were reported.",
         "b": "Police arrested one man at the vigil on Sunday night. Three people were injured, the Post said."},
    )
    zeros = [t for t in found.tensions if t.about.startswith("injured: none")]
    assert len(zeros) == 1 and set(zeros[0].sides) == {"a", "b"}
    assert zeros[0].sides["a"].text == "No injuries were reported."


def test_a_zero_over_years_or_beside_its_own_count_is_no_tension():
    record = _story(
        {"a": "A tram overturned on Wednesday morning in the city. There have been no fatalities on "
              "board a tram in the UK since 1959, when a tram caught fire.",
         "b": "Seven people were killed when a tram overturned on Wednesday morning in the city."},
    )
    both = _story(
        {"a": "Police arrested one man at the vigil. No injuries were reported, though two people were injured.",
         "b": "Police arrested one man at the vigil on Sunday night. Three people were injured, the Post said."},
    )
    for found in (record, both):
        assert not [t for t in found.tensions if ": none" in t.about]


def test_people_who_joined_a_vigil_against_a_crowd_estimate_is_a_toll_tension():
    found = _story(
        {"a": "Police intervened after more than 100 people joined together for a candlelit vigil in Brooklyn.",
         "b": "Reporters estimated the crowd at 70, and police made one arrest in Brooklyn."},
    )
    tolls = [t for t in found.tensions if "gathered" in t.about]
    assert len(tolls) == 1 and set(tolls[0].sides) == {"a", "b"}


def test_one_person_critical_in_one_outlet_and_stable_in_another_is_a_status_tension():
    found = _story(
        {"a": "Morrow, shot in the neck, remained in intensive care Friday at the hospital, police said.",
         "b": "Morrow was later transferred to the hospital and listed in stable condition."},
    )
    conditions = [t for t in found.tensions if t.about.startswith("condition")]
    assert len(conditions) == 1 and conditions[0].about == "condition: critical / stable"
    assert conditions[0].sides["a"].text == "remained in intensive care Friday at the hospital"
    assert conditions[0].sides["b"].text == "and listed in stable condition"


def test_how_badly_someone_was_hurt_or_two_levels_in_one_article_is_no_condition_tension():
    wounded = _story(
        {"a": "The gunman killed two and critically wounded a third man on Thursday.",
         "b": "Morrow was later transferred to the hospital and listed in stable condition."},
    )
    course = _story(
        {"a": "Morrow was in critical condition on Thursday and is now listed in stable condition.",
         "b": "Morrow was listed in good condition at the hospital on Friday, police said."},
    )
    for found in (wounded, course):
        assert not [t for t in found.tensions if t.about.startswith("condition")]
