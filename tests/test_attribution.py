"""The phrases the learned attribution model chooses a content from (``attribution.content_spans``)."""

from __future__ import annotations

from parallax.analyze import attribution


def _spans(nlp, text: str, cue: str) -> set[str]:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == cue)
    return {doc[start : end + 1].text for _, start, end in attribution.content_spans(tok)}


def test_a_reported_clause_is_offered_without_what_is_appended_to_it(nlp):
    text = "Maria Lopez said she would back the bill, which passed the Senate on Monday."
    spans = _spans(nlp, text, "said")
    assert "she would back the bill, which passed the Senate on Monday" in spans
    assert "she would back the bill" in spans


def test_a_reported_clause_is_offered_without_a_trailing_when_clause(nlp):
    spans = _spans(nlp, "The mayor admitted the city made a mistake when the report came out.", "admitted")
    assert "the city made a mistake" in spans


def test_the_object_of_a_cue_of_several_words_is_offered(nlp):
    assert "the attack" in _spans(nlp, "The group claimed responsibility for the attack.", "claimed")


def test_a_relative_clause_cue_offers_the_noun_it_describes(nlp):
    spans = _spans(nlp, "The council rejected both objections, which the mayor had raised.", "raised")
    assert any(s.startswith("both objections") for s in spans)


def test_the_shipped_model_gives_a_clause_cue_one_content_inside_its_clause(nlp):
    doc = nlp("Maria Lopez said she would back the bill, which passed the Senate on Monday.")
    cue = next(t for t in doc if t.text == "said")
    [found] = attribution.find(doc, {cue.i: 1.0})
    assert doc[found.start].text == "she" and found.content_score >= attribution.model().content_threshold
