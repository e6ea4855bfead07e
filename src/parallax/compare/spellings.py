"""Names spelt two ways: one person whose name two outlets write differently ("Anna Castellano" / "Anna
Raffaela", "Ahmad Shah Rahimi" / "Ahmad Shah Rahimy").

At most one spelling is right, or both transliterate a name from another script; either way a reader
checking the story wants to know. Two full names of one outlet each, with the same first names and surnames a
letter or two apart that start with the same letter (or the same surname and long first names that near), are
taken for one person spelt two ways; further apart
they are two people, as are two names one outlet writes both (Levenshtein distance from rapidfuzz, which the
actor layer already uses).
"""

from __future__ import annotations

import unicodedata
from itertools import combinations

from rapidfuzz.distance import Levenshtein

from parallax.compare.context import StoryContext
from parallax.model import Span, Tension

_MAX_EDITS = 2
_MIN_LETTERS = 4  # shorter words are initials or particles ("Al", "de"), not spellings
_FIRST_NAME = 5  # shorter first names a letter apart are often two people of one family ("John" / "Joan")


def name_tensions(ctx: StoryContext) -> list[Tension]:
    """A tension for each person two outlets name in two spellings, each side the name as first written."""
    written: dict[str, dict[str, Span]] = {}
    for aid, analysis in sorted(ctx.analyses.items()):
        if aid in ctx.story.copies:
            continue
        for entity in analysis.entities:
            full = next((m for m in entity.mentions if m.text == entity.name), None)
            if entity.type == "PERSON" and full is not None and len(entity.name.split()) > 1:
                written.setdefault(aid, {})[entity.name] = full
    out = []
    seen: set[frozenset[str]] = set()
    for first, other in combinations(written, 2):
        if ctx.outlet[first] == ctx.outlet[other]:
            continue
        for name, span in written[first].items():
            for theirs, their_span in written[other].items():
                pair = frozenset((name, theirs))
                both = theirs in written[first] or name in written[other]  # an outlet writing both: two people
                if pair not in seen and not both and respelt(name, theirs):
                    seen.add(pair)
                    out.append(Tension(
                        kind="name",
                        about=f"spelling of a name: {name} / {theirs}",
                        sides={first: span, other: their_span},
                        confidence=0.5,
                    ))
    return out


def respelt(a: str, b: str) -> bool:
    """Whether two full names are one name spelt two ways, middle initials aside: the same first names and a
    surname a letter or two off that starts alike, or the same surname and a first name of five letters or
    more a letter or two off ("Bryant A. Morrow" / "Brian Morrow"). Short first names a letter apart ("Mark"
    / "Mary") are two people."""
    words_a, words_b = _without_initials(a), _without_initials(b)
    if len(words_a) != len(words_b) or words_a == words_b:
        return False
    if words_a[:-1] == words_b[:-1]:
        return _near(words_a[-1], words_b[-1], _MIN_LETTERS)
    same_surname = words_a[1:] == words_b[1:] and len(words_a[-1]) >= _MIN_LETTERS
    return same_surname and _near(words_a[0], words_b[0], _FIRST_NAME)


def _without_initials(name: str) -> list[str]:
    """The name's words in lower case, without middle initials and accents ("José" and "Jose" are one
    spelling, as many outlets' systems drop accents)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return [w for w in plain.lower().split() if len(w.rstrip(".")) > 1]


def _near(x: str, y: str, shortest: int) -> bool:
    return min(len(x), len(y)) >= shortest and x[0] == y[0] and Levenshtein.distance(x, y) <= _MAX_EDITS
