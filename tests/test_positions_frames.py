"""Positions stated by frames of welcome and value ("We are thrilled to have X host", "It is an honor to welcome
back X", "X does not reflect the values of the brand"), efforts made ("has made an effort to diversify"), a body
named again by its kind ("the main opposition party"), and what states none: a quoted "we didn't even meet
them" that answers no charge."""

from __future__ import annotations

from parallax.analyze.positions import extract_positions
from parallax.model import Quote
from tests.test_positions import actors, find, run


def quoted(nlp, text: str, speaker: str = "Maria Lopez"):
    """Positions of a text opening with a direct quote of ``speaker`` that ends at the first comma."""
    quote = Quote(kind="direct", text=text[1 : text.index(",")], start=1, end=text.index(","), speaker=speaker)
    return run(nlp, text, [quote])


def test_being_thrilled_to_have_someone_do_something_accepts_it(nlp):
    found = quoted(nlp, "\u201cWe are thrilled to have Adams host the show,\u201d Lopez said.")
    [p] = find(found, "Maria Lopez", "accepts")
    assert "have Adams host the show" in p.about
    text = "\u201cI am so excited to be hosting the gala again,\u201d Lopez said."
    [p] = find(quoted(nlp, text), "Maria Lopez", "accepts")
    assert p.evidence.text.startswith("I am so excited to be hosting the gala")


def test_an_honor_to_welcome_someone_accepts_them(nlp):
    text = "Lopez said, \u201cIt is an honor to welcome back Adams as the host.\u201d"
    quote = Quote(kind="direct", text="", start=text.index("It is"), end=len(text) - 1, speaker="Maria Lopez")
    [p] = find(run(nlp, text, [quote]), "Maria Lopez", "accepts")
    assert "welcome back Adams" in p.about


def test_gladness_told_as_a_story_or_framing_speech_accepts_nothing(nlp):
    assert not run(nlp, "Lopez was happy to see Adams at the airport.")
    assert not quoted(nlp, "\u201cWe are pleased to announce the winners today,\u201d Lopez said.")
    assert not quoted(nlp, "\u201cI am proud to be here tonight,\u201d Lopez said.")


def test_what_does_not_reflect_ones_values_is_rejected(nlp):
    text = "\u201cThe movement does not reflect the values of the brand,\u201d Lopez said."
    [p] = find(quoted(nlp, text), "Maria Lopez", "rejects")
    assert p.about == "The movement"
    assert not find(quoted(nlp, "\u201cThe report does not reflect the latest sales,\u201d Lopez said."),
                    "Maria Lopez", "rejects")


def test_an_effort_made_toward_a_deed_proposes_it(nlp):
    [p] = find(run(nlp, "Mexico has made an effort to diversify its ranks."), "Mexico", "proposes")
    assert "diversify its ranks" in p.about
    assert find(run(nlp, "Lopez cut costs in an effort to save the plant."), "Maria Lopez", "proposes")
    assert not find(run(nlp, "Lopez made a failed bid to win the seat."), "Maria Lopez", "proposes")
    assert not run(nlp, "The effort to save the plant was costly.")


def test_a_quoted_deed_not_done_is_denied_only_against_a_charge(nlp):
    text = "\u201cWe didn't even meet them until the shoot,\u201d Lopez said."
    assert not find(quoted(nlp, text), "Maria Lopez", "denies")
    text = "\u201cWe did not order the raid,\u201d Lopez said after Adams accused Mexico of it."
    assert find(quoted(nlp, text), "Maria Lopez", "denies")


def test_a_body_named_again_by_its_kind_is_the_body_named_before(nlp):
    text = (
        "The National Reform Party on Wednesday declared that the seats were lost. "
        "Its spokesman said the defection was void. "
        "The main opposition party, therefore, called on the commission to hold fresh elections."
    )
    cast = {"National Reform Party": ("ORG", ["The National Reform Party"])}
    found = extract_positions(nlp(text), actors(text, cast), [])
    [p] = [p for p in found if p.stance == "demands"]
    assert p.actor == "National Reform Party"
    text = text.replace("The main opposition party", "Another party")
    assert not [p for p in extract_positions(nlp(text), actors(text, cast), []) if p.stance == "demands"]


def test_what_one_has_no_option_but_to_do_is_ones_own(nlp):
    text = "\u201cThe party is left with no other option than to request Mexico to hold elections,\u201d Lopez said."
    [p] = find(quoted(nlp, text), "Maria Lopez", "demands")
    assert "request Mexico to hold elections" in p.evidence.text
    assert not run(nlp, "Lopez noted the tendency to request more funds.")


def test_no_ground_for_us_to_do_something_refuses_it(nlp):
    text = "\u201cThere is no ground for us to stay bound by the deal any longer,\u201d Lopez said."
    [p] = find(quoted(nlp, text), "Maria Lopez", "rejects")
    assert p.about.startswith("stay bound by the deal")
    assert not find(quoted(nlp, "\u201cThere was a reason for us to stay,\u201d Lopez said."), "Maria Lopez", "rejects")


def test_a_harm_done_to_the_speakers_own_opposes_its_doer(nlp):
    text = "\u201cThey killed my little brother for no reason,\u201d Lopez said."
    [p] = find(quoted(nlp, text), "Maria Lopez", "opposes")
    assert p.about == "They"
    text = "\u201cThe measures of the government overtake our gains and abolish our rights,\u201d Lopez said."
    [p] = find(quoted(nlp, text), "Maria Lopez", "opposes")
    assert p.evidence.text.startswith("The measures of the government")
    assert not quoted(nlp, "\u201cThe storm destroyed our house last night,\u201d Lopez said.")
    assert not run(nlp, "Lopez said they killed my brother.")
