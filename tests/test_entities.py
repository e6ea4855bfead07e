"""Actors: names linked across mentions, titles stripped, roles and pronouns resolved, names unified."""

from __future__ import annotations

import pytest

from parallax.analyze.entities import actor_at, extract_entities, unify_names
from parallax.model import Entity, Span


def _actors(nlp, text: str) -> dict[str, Entity]:
    return {e.name: e for e in extract_entities(nlp(text))}


def _texts(entity: Entity) -> list[str]:
    return [m.text for m in entity.mentions]


def test_surname_links_to_full_name_and_titles_are_stripped(nlp):
    actors = _actors(
        nlp,
        "French President Emmanuel Macron met the press on Monday. Macron said the summit went well. "
        "President Macron also spoke about trade.",
    )
    macron = actors["Emmanuel Macron"]
    assert macron.type == "PERSON"
    assert _texts(macron).count("Macron") == 2
    assert all("President" not in t for t in _texts(macron))


def test_possessive_is_stripped_from_names(nlp):
    actors = _actors(nlp, "Angela Merkel’s office said on Tuesday that the meeting was cancelled.")
    assert "Angela Merkel" in actors


def test_capitals_seats_and_demonyms_fold_into_their_country(nlp):
    actors = _actors(nlp, "Japan said the talks failed. Tokyo had hoped for more, and Japanese officials left early.")
    japan = actors["Japan"]
    assert japan.type == "GPE"
    assert {"Japan", "Tokyo", "Japanese"} <= set(_texts(japan))


def test_role_taught_by_apposition_resolves_later(nlp):
    actors = _actors(
        nlp,
        "The German chancellor, Olaf Scholz, arrived in Rome. Later the German chancellor said the talks "
        "had been useful.",
    )
    scholz = actors["Olaf Scholz"]
    assert any(t.lower() == "the german chancellor" for t in _texts(scholz)[1:])


def test_role_not_taught_is_not_resolved(nlp):
    actors = _actors(nlp, "Olaf Scholz arrived in Rome. Later the German chancellor said the talks were useful.")
    assert all("chancellor" not in t for t in _texts(actors["Olaf Scholz"]))


def test_pronoun_resolves_to_latest_person_subject(nlp):
    text = "Angela Merkel visited the factory on Friday. She said the new plant would open soon."
    merkel = _actors(nlp, text)["Angela Merkel"]
    she = text.index("She")
    assert any(m.start == she for m in merkel.mentions)


def test_actor_at_finds_the_actor_of_a_span(nlp):
    text = "Keir Starmer spoke to reporters. Starmer said the plan was ready."
    entities = extract_entities(nlp(text))
    at = text.rindex("Starmer")
    found = actor_at(entities, at, at + 7)
    assert found is not None and found.name == "Keir Starmer"
    assert actor_at(entities, text.index("reporters"), text.index("reporters") + 9) is None


def test_empty_doc_has_no_actors(nlp):
    assert extract_entities(nlp("")) == []


def _person(name: str) -> Entity:
    return Entity(name, "PERSON", [Span(0, len(name), name)])


def test_unify_merges_surname_and_spelling_variants():
    shared = unify_names([[_person("Zelenskyy")], [_person("Volodymyr Zelenskyy")], [_person("Volodymyr Zelensky")]])
    assert shared["Zelenskyy"] == shared["Volodymyr Zelensky"] == shared["Volodymyr Zelenskyy"]
    assert len(shared["Zelenskyy"].split()) == 2


def test_unify_keeps_people_with_different_first_names_apart():
    shared = unify_names([[_person("Donald Trump")], [_person("Melania Trump"), _person("Donald Trump")]])
    assert shared["Donald Trump"] != shared["Melania Trump"]


@pytest.mark.parametrize(("a", "b"), [(("Russia", "GPE"), ("Russia", "PERSON"))])
def test_unify_never_merges_a_person_with_a_place(a, b):
    shared = unify_names([[Entity(a[0], a[1])], [Entity(b[0] + " Smith", b[1])]])
    assert shared["Russia"] == "Russia"
    assert shared["Russia Smith"] == "Russia Smith"


def _pronoun_owner(nlp, text: str, pronoun: str) -> str | None:
    at = text.rindex(pronoun)
    found = actor_at(extract_entities(nlp(text)), at, at + len(pronoun))
    return found.name if found else None


def test_pronoun_skips_a_person_of_the_other_gender_by_title(nlp):
    text = "Ms. Maria Lopez met Mr. John Brown on Monday. Mr. Brown left early. She said the talks went well."
    assert _pronoun_owner(nlp, text, "She") == "Maria Lopez"


def test_pronoun_skips_a_person_an_earlier_pronoun_gave_the_other_gender(nlp):
    text = (
        "John Brown met Maria Lopez on Monday. He said the talks went well. Lopez arrived late. "
        "Brown left early. She said the bridge would reopen."
    )
    assert _pronoun_owner(nlp, text, "She") == "Maria Lopez"
