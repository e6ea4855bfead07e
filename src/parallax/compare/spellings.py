"""Names spelt two ways: one person whose name two outlets write differently ("Anna Raffaella" / "Anna
Raffaela", "Noor Mohammad Fayez" / "Noor Mohammad Faiz").

At most one spelling is right, or both transliterate a name from another script; either way a reader
checking the story wants to know. Two full names of one outlet each, with the same first names and surnames a
letter or two apart that start with the same letter, are taken for one person spelt two ways; further apart
they are two people, as are two names one outlet writes both (Levenshtein distance from rapidfuzz, which the
actor layer already uses).
"""

from __future__ import annotations

from itertools import combinations

from rapidfuzz.distance import Levenshtein

from parallax.compare.context import StoryContext
from parallax.model import Span, Tension

_MAX_EDITS = 2
_MIN_LETTERS = 4  # shorter words are initials or particles ("Al", "de"), not spellings


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
    """Whether two full names are one name spelt two ways: the same first names and a surname a letter or two
    off that starts alike. First names a letter apart ("Mark" / "Mary") are two people."""
    words_a, words_b = a.lower().split(), b.lower().split()
    if len(words_a) != len(words_b) or words_a[:-1] != words_b[:-1]:
        return False
    x, y = words_a[-1], words_b[-1]
    return min(len(x), len(y)) >= _MIN_LETTERS and x[0] == y[0] and 0 < Levenshtein.distance(x, y) <= _MAX_EDITS
