"""The shared spaCy pipeline: paragraph breaks are sentence breaks."""

from parallax.analyze import analyze
from parallax.analyze.nlp import load, sentence_of

HEADLINE = "Union calls off rail strike after pay deal\n\nDrivers have suspended next week's strikes, the union said."


def test_a_headline_without_full_stop_is_its_own_sentence():
    doc = load()(HEADLINE)
    body = next(t for t in doc if t.text == "Drivers")
    assert sentence_of(body).start == body.i


def test_a_hard_wrapped_line_running_on_in_lower_case_is_not_cut():
    doc = load()("The minister said the plan would\ncost far more than expected.")
    cost = next(t for t in doc if t.text == "cost")
    assert sentence_of(cost).start == 0


def test_quotes_of_the_first_paragraph_leave_the_headline_out():
    quotes = analyze(HEADLINE).quotes
    reported = [q for q in quotes if q.cue and q.cue.text == "said"]
    assert reported and all("calls off" not in q.text for q in reported)
