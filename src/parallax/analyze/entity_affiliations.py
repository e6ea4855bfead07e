"""The party and nation an article gives a person, so that "the Democrat" or "the Finn" can name them.

News introduces a politician with a party word or label ("Democratic Sen. Jane Roe", "Jane Roe (D-N.Y.)",
"Rep. Jo Doe, R-Wis.,") and an athlete with a nation ("Finnish driver X", "Frenchman X"), then uses the
bare noun ("the Democrat", "the Wisconsin Republican", "the Finn"). Each is taught here as a role key of
``entity_links``, which resolves the noun only when one person of the article was so described.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from parallax.analyze.cues import DEMONYM_NOUNS, PARTY_LETTERS, PARTY_NOUNS, PERSON_TITLES, ROLE_NOUNS, TITLE_ROLES
from parallax.analyze.nlp import doc_text

_LABEL = re.compile(r"\s*[(,]\s*([DRI])(?:\s*[-–]\s*([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?))?\s*[),]")
_REACH = 4  # words between a party or nation word and the name ("Democratic presidential candidate X")
_NATION_NOUNS: dict[str, list[str]] = {}
for _noun, _adjective in DEMONYM_NOUNS.items():
    _NATION_NOUNS.setdefault(_adjective.lower(), []).append(_noun)


def affiliations(
    doc: Doc, token_actor: dict[int, str], kinds: dict[str, str]
) -> Iterator[tuple[str, str, str | None]]:
    """(noun, person, place) for each party or nation noun the article ties to a person it names: a party
    or nation word before the name or its title and description, or a party label after the name; the
    place is the one named with it ("Wisconsin Rep. X", "X, R-Wis."), else None. A label's place also
    goes with the title before the name ("Sen. X (I-Vt.)" is "the Vermont senator")."""
    text = doc_text(doc)
    for i, person in token_actor.items():
        if kinds.get(person) != "PERSON" or token_actor.get(i - 1) == person:
            continue
        words, places = _before(doc, i, token_actor)
        for word in words:
            for noun in _NATION_NOUNS.get(word, [PARTY_NOUNS.get(word)]):
                if noun:
                    yield noun, person, None
                    yield from ((noun, person, place) for place in places)
        end = i
        while token_actor.get(end + 1) == person:
            end += 1
        label = _LABEL.match(text, doc[end].idx + len(doc[end].text))
        if label:
            party, place = PARTY_LETTERS.get(label.group(1)), label.group(2)
            if party:
                yield party, person, place
            title = doc[i - 1].lower_.rstrip(".") if i else ""
            role = TITLE_ROLES.get(title) or (title if title in ROLE_NOUNS else None)
            if role and place:
                yield role, person, place  # "Sen. X (I-Vt.)": "the Vermont senator"


def _before(doc: Doc, start: int, token_actor: dict[int, str]) -> tuple[list[str], list[str]]:
    """The party or nation words and the places before a name, over its titles and description
    ("Democratic Sen.", "Finnish driver", "Wisconsin Rep.", "Republican presidential candidate")."""
    words: list[str] = []
    places: list[str] = []
    for tok in reversed(doc[max(0, start - _REACH) : start]):
        word = tok.lower_.rstrip(".")
        if word in PARTY_NOUNS or word in _NATION_NOUNS:
            words.append(word)
        elif tok.ent_type_ == "GPE" and tok.i in token_actor:
            places.append(token_actor[tok.i])
        elif not (word in PERSON_TITLES or word in ROLE_NOUNS or (tok.is_lower and tok.pos_ in ("ADJ", "NOUN"))):
            break
    return words, places


def nation_noun(word: str) -> bool:
    """A noun for one person of a nation ("Frenchman", "Finn")."""
    return word.lower() in DEMONYM_NOUNS


def place_fits(abbreviation: str, place: str) -> bool:
    """Whether a label's place abbreviation can stand for a place named in full: its letters, in order,
    from the place's first ("Wis." for Wisconsin, "Fla." for Florida, "N.Y." for New York)."""
    letters = [c for c in abbreviation.lower() if c.isalpha()]
    name = place.lower()
    if not letters or not name or letters[0] != name[0]:
        return False
    at = 0
    for c in letters:
        at = name.find(c, at)
        if at < 0:
            return False
        at += 1
    return True
