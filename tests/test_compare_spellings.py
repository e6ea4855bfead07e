"""Names spelt two ways by two outlets are a tension a fact-checker needs to see."""

from __future__ import annotations

from parallax.compare import compare_story
from parallax.compare.spellings import respelt
from parallax.model import Analysis, Article, Entity, Span, Story


def test_a_surname_a_letter_or_two_off_is_one_name_spelt_two_ways():
    assert respelt("Anna Castellano", "Anna Castelano")
    assert respelt("Ahmad Shah Rahimi", "Ahmad Shah Rahimy")


def test_other_first_names_other_surnames_or_one_word_are_other_people():
    assert not respelt("Mark Kelly", "Mary Kelly")
    assert not respelt("Anna Smith", "Anna Smyth-Jones")
    assert not respelt("Jane Roe", "Jane Doe")  # surnames under four letters are no evidence
    assert not respelt("Anna Castellano", "Anna Castellano")


def _article(aid: str, outlet: str, text: str, names: list[str]) -> tuple[Article, Analysis]:
    entities = [Entity(name=n, type="PERSON", mentions=[Span(text.index(n), text.index(n) + len(n), n)]) for n in names]
    return Article(aid, f"{aid}.txt", text, outlet=outlet), Analysis(article_id=aid, entities=entities)


def test_two_outlets_spelling_one_name_two_ways_make_a_name_tension():
    a, aa = _article("a", "One", "Ribeiro waved to his wife Anna Castellano after the race.", ["Anna Castellano"])
    b, bb = _article("b", "Two", "His wife Anna Castelano wept in the stands as he waved.", ["Anna Castelano"])
    found = compare_story(Story("s", ["a", "b"]), {"a": a, "b": b}, {"a": aa, "b": bb})
    names = [t for t in found.tensions if t.kind == "name"]
    assert [(t.sides["a"].text, t.sides["b"].text) for t in names] == [("Anna Castellano", "Anna Castelano")]


def test_an_outlet_that_writes_both_names_speaks_of_two_people():
    text = "Anna Castellano and Anna Castelano, her cousin, watched the race."
    a, aa = _article("a", "One", text, ["Anna Castellano", "Anna Castelano"])
    b, bb = _article("b", "Two", "Anna Castelano watched from the stands as he waved.", ["Anna Castelano"])
    found = compare_story(Story("s", ["a", "b"]), {"a": a, "b": b}, {"a": aa, "b": bb})
    assert not [t for t in found.tensions if t.kind == "name"]


def test_a_long_first_name_a_letter_or_two_off_with_the_same_surname_is_one_name_middle_initials_aside():
    assert respelt("Bryant A. Morrow", "Brian Morrow")
    assert not respelt("John Morrow", "Joan Morrow")
    assert not respelt("Bryant A. Morrow", "Bryant Morrow")


def test_a_name_written_with_and_without_accents_is_one_spelling():
    assert not respelt("José Núñez", "Jose Nunez")
    assert respelt("José Núñez", "José Nuñes")
