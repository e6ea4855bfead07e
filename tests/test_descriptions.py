"""Descriptions: the noun phrases whose chosen words the comparison sets against other outlets'."""

from __future__ import annotations

from parallax.analyze.descriptions import extract_descriptions


def _described(nlp, text: str) -> dict[str, tuple[str, list[str]]]:
    return {d.head: (d.span.text, d.modifiers) for d in extract_descriptions(nlp(text))}


def test_a_chosen_adjective_before_a_noun_is_kept_with_the_of_phrase_after_it(nlp):
    text = "She has long been a staunch supporter of the senator, friends said."
    found = _described(nlp, text)
    assert found["supporter"] == ("a staunch supporter of the senator", ["staunch"])
    d = next(d for d in extract_descriptions(nlp(text)) if d.head == "supporter")
    assert text[d.span.start : d.span.end] == d.span.text


def test_words_that_say_which_or_how_many_are_no_choice_of_words(nlp):
    found = _described(nlp, "The first round ended and three new rules came into force in the northern town.")
    assert not {"round", "rules", "town"} & found.keys()


def test_an_opening_quote_mark_is_not_part_of_the_description(nlp):
    text = 'Officials spoke of "massive damage" to the building.'
    assert _described(nlp, text)["damage"][0] == "massive damage"


def test_a_description_keeps_the_noun_as_written(nlp):
    found = _described(nlp, "The remote villages were cut off.")
    assert found["villages"] == ("The remote villages", ["remote"])


def test_a_figure_joined_to_its_unit_is_the_measure_of_the_noun_after_it(nlp):
    found = {d.head: d.measure for d in extract_descriptions(nlp("Talks ended after the 90-minute meeting."))}
    assert found == {"meeting": "90-minute"}


def _labels(nlp, text: str) -> dict[str, tuple[str, list[str]]]:
    from parallax.analyze.descriptions import extract_labels
    from parallax.analyze.entities import extract_entities

    doc = nlp(text)
    return {d.actor: (d.span.text, d.modifiers) for d in reversed(extract_labels(doc, extract_entities(doc)))}


def test_the_role_words_before_a_name_label_the_person(nlp):
    found = _labels(nlp, "Forces loyal to eastern strongman Karim Mansour pushed towards the capital on Sunday.")
    assert found["Karim Mansour"] == ("eastern strongman Karim Mansour", ["strongman"])


def test_a_noun_phrase_set_beside_a_name_labels_the_person(nlp):
    found = _labels(nlp, "Its national spokesman, John Okafor, told reporters the vote was unlawful.")
    assert found["John Okafor"][0] == "Its national spokesman, John Okafor"
    after = _labels(nlp, "John Okafor, spokesman for the Lagos state government, denied the report.")
    assert after["John Okafor"] == ("John Okafor, spokesman for the Lagos state government", ["spokesman"])


def test_places_nationalities_honorifics_and_ages_are_no_part_of_a_label(nlp):
    found = _labels(nlp, "The Greek prime minister George Andreou said on Monday that 16-year-old Kevin Grant died.")
    assert found["George Andreou"][1] == ["prime", "minister"]
    assert "Kevin Grant" not in found


def test_a_misread_clause_or_a_date_before_a_name_is_no_label(nlp):
    found = _labels(nlp, "After a heavy crash Hamilton won. On Wednesday afternoon Senate Majority Leader Mitch "
                         "McConnell spoke.")
    assert "Lewis Hamilton" not in found and "Hamilton" not in found
    assert found["Mitch McConnell"][0] == "Senate Majority Leader Mitch McConnell"


def test_the_kind_of_body_a_person_works_for_is_no_part_of_a_label(nlp):
    found = _labels(nlp, "Union general secretary Agnes Hollis said the strike would go on.")
    assert found["Agnes Hollis"][1] == ["secretary"]
