"""Plain text as users paste it: title, standfirst, inline header and trailer, page furniture.

trafilatura and its kin clean HTML, where tags say what is navigation; a pasted page has lost its tags, so
what is furniture must be read from line shape, position and the generic vocabulary of news pages
("Skip to", "Photograph:", "More on this story", "Sign up for"). No library does that for plain text, so
these are our own rules: anchored, linear-time regexes over short lines, a few thousand articles a second.

The page is read in three parts. The header, before the first paragraph of running text: bylines and date
lines (extract/bylines.py, extract/dates.py), then the title and standfirst, the run of headline-like lines
just above the byline. The body, where furniture lines and boxes (newsletter promotions, link lists) are
dropped; a copyright line or a note that the piece is republished, with only the site's lines after it,
ends it. The tail, from which trailers, the box on the writer, corrections, appeals to subscribe and the
short lines that do not end like a sentence (names, topics, other headlines) are taken off until the last
paragraph of text.

The parts live in their own modules: extract/furniture.py (the vocabulary of page furniture),
extract/header.py (title, standfirst, byline, date), extract/body.py (lines and boxes dropped from the body,
where the article closes), extract/trailers.py (what is cut from the tail) and extract/prose.py (how a line
reads). This module splits the page into units and runs them in order.

tests/fixtures/pasted holds invented pages of many layouts (wire copy on partner sites, broadcasters,
magazines, regional and non-US outlets, live pages, phone and reader-mode pastes) that these rules are
checked against.
"""

from __future__ import annotations

from parallax.extract.body import drop_furniture
from parallax.extract.bylines import BYLINE
from parallax.extract.furniture import is_furniture
from parallax.extract.header import (
    CleanText,
    drop_dateline_place,
    first_paragraph,
    read_header,
    signs_entry,
    strip_inline_header,
)
from parallax.extract.hygiene import tidy
from parallax.extract.prose import terminal
from parallax.extract.trailers import TRAILER, note_trailer, split_glued_trailers, strip_trailers, unglue_trailers


def clean_text(text: str) -> CleanText:
    """The article body of a pasted text, with what its header, trailer and top lines say."""
    result = CleanText(body="")
    units = _units(unglue_trailers(tidy(text)))
    units = split_glued_trailers(units)
    kept, origin, dropped_trailers = drop_furniture(units)
    removed = len(units) - len(kept)
    first = first_paragraph(kept)
    if first is None:
        result.warnings.append("structure: no paragraph of running text found; kept every non-furniture line")
        first = 0
    else:
        read_header(kept[:first], origin[:first], result, "\n".join(kept))
    body = kept[first:]
    if body:
        body[0] = strip_inline_header(body[0], result)
        drop_dateline_place(body[0], result)
    body = strip_trailers(body, result)
    body = [unit for unit in body if not signs_entry(unit, result)]
    for unit in dropped_trailers:
        note_trailer(unit, result)
    body = _dedupe(body)
    if removed:
        result.warnings.append(f"furniture: removed {removed} line(s) of page furniture")
    result.published = result.published or result.modified  # a page that shows only "Updated ..."
    result.body = "\n\n".join(body)
    return result


def _units(text: str) -> list[str]:
    """Blocks split at blank lines; a block's lines are separate units unless they are wrapped prose."""
    units: list[str] = []
    for block in text.split("\n\n"):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if len(lines) > 1 and _hard_wrapped(lines):
            units.append(" ".join(lines))
            continue
        for line in lines:
            if units and units[-1] and _continues(units[-1], line) and line is not lines[0]:
                units[-1] = f"{units[-1]} {line}"
            else:
                units.append(line)
    return units


def _hard_wrapped(lines: list[str]) -> bool:
    longest = max(len(line) for line in lines)
    if longest > 100 or longest < 40 or any(map(is_furniture, lines)) or any(TRAILER.match(x) for x in lines[1:]):
        return False
    body = lines[:-1]
    return all(len(line) >= 0.6 * longest for line in body) and sum(
        not terminal(line) for line in body
    ) * 2 >= len(body)


def _continues(previous: str, line: str) -> bool:
    return (
        line[:1].islower() and len(previous) >= 50 and not terminal(previous)
        and not BYLINE.match(line) and not is_furniture(line)
    )


def _dedupe(units: list[str]) -> list[str]:
    out: list[str] = []
    for unit in units:
        if not out or unit != out[-1]:
            out.append(unit)
    return out
