"""Names a flattened page glued other words onto, cut back to the name the article also uses alone.

Captions, credits and crossheads run into sentences when a page is flattened, so a place, body or other
person stands before a person's name ("Capitol Hill X", "Roe John Doe"), a lower-case word or a place
after it ("Jane Roe Medics respond"), and a headline's or caption's adjective or adverb on either side
("Furious Roe", "Jane Roe Previously"). No single span shows this; the article's other names do, so the
cut is made once all its names are known, before they are grouped into actors.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc

from parallax.analyze import geo
from parallax.analyze.entity_capitals import common_word, seen_lower, uninformative
from parallax.analyze.entity_names import Mention, name_text

_PLACES = {"GPE", "LOC"}


def unglued(doc: Doc, by_name: dict[str, list[Mention]]) -> dict[str, list[Mention]]:
    """Names cut back to the one name a flattened page ran other words into, when the article also uses
    that name on its own: a person's name after a place or body the article names ("Capitol Hill X", "Oval
    Office X"), after the region of a dateline ("Leesburg, Virginia Jane Roe") or after another person's
    name ("Roe John Doe" in a caption), or before a word the article writes in lower case ("Jane Roe
    Medics respond") or a name it gives a place or body ("Jane Roe Seattle"); a person's name after or
    before a common word a caption or headline ran into it ("Furious Roe", "Jane Roe Previously"); and a
    body's name after a person's in a headline or opening a sentence ("Roe FBI probe: what we know")."""
    persons = {n for n, ms in by_name.items() if any(m.label == "PERSON" or m.titled for m in ms)}
    others = {n for n, ms in by_name.items() if 2 * sum(m.label == "PERSON" or m.titled for m in ms) < len(ms)}
    found: dict[str, list[Mention]] = defaultdict(list)
    for ms in by_name.values():
        for m in ms:
            start, end = _person_inside(doc, m, persons, others)
            if (start, end) != (m.start, m.end):
                m.start, m.end, m.name = start, end, name_text(doc, start, end)
                m.label = "PERSON" if m.name in persons else m.label
            found[m.name].append(m)
    return found


def _person_inside(doc: Doc, m: Mention, persons: set[str], others: set[str]) -> tuple[int, int]:
    """The token range of the name inside a glued mention (see ``unglued``); else the mention's."""
    if m.end - m.start > 1:
        if common_word(doc[m.start]) and _known_otherwise(name_text(doc, m.start + 1, m.end), m.name, persons):
            return m.start + 1, m.end
        rest = name_text(doc, m.start, m.end - 1)
        if common_word(doc[m.end - 1]) and len(rest.split()) > 1 and rest in persons:
            return m.start, m.end - 1
    heads = [i for i in range(m.start + 1, m.end) if doc[i].is_alpha and doc[i - 1].whitespace_]
    for i in heads:
        rest = name_text(doc, i, m.end)
        lead = name_text(doc, m.start, i)
        if rest == m.name:
            continue
        if rest in others and lead in persons and m.label != "PERSON" and uninformative(doc[m.start]):
            return i, m.end
        if rest not in persons:
            continue
        placed = lead in others or geo.country_of(lead) is not None
        if placed and (len(rest.split()) > 1 or m.end - m.start > 2):
            return i, m.end
        if len(rest.split()) > 1 and (_after_place(doc, m.start) or _someone_else(lead, rest, persons)):
            return i, m.end
    for i in reversed(heads):
        head, tail = name_text(doc, m.start, i), doc[i:m.end]
        if head not in persons or len(head.split()) < 2:
            continue
        if tail.text in others or (m.label == "PERSON" and all(seen_lower(doc, t.lower_) for t in tail)):
            return m.start, i
    return m.start, m.end


def _known_otherwise(rest: str, name: str, persons: set[str]) -> bool:
    """Whether the article names the person of a glued name by another full name: the rest itself, or a
    full name ending or opening with it ("Jane Roe" for "Furious Roe" or "Crooked Jane"); "Curt Roe",
    named only so, keeps the adjective."""
    if rest not in persons:
        return False
    return len(rest.split()) > 1 or any(
        p != name and (p.endswith(f" {rest}") or p.startswith(f"{rest} ")) for p in persons
    )


def _someone_else(lead: str, rest: str, persons: set[str]) -> bool:
    """Whether the words before a person's full name name another person: their full name or surname
    ("Jane Roe John Doe", "Roe John Doe" after "Jane Roe"), as a caption lists the people in a photo."""
    return any(p != rest and (p == lead or p.split()[-1] == lead) for p in persons if p != f"{lead} {rest}")


def _after_place(doc: Doc, i: int) -> bool:
    """Whether a name follows a place and a comma, as the region of a dateline does ("Leesburg, Virginia")."""
    return i > 1 and doc[i - 1].text == "," and doc[i - 2].ent_type_ in _PLACES
