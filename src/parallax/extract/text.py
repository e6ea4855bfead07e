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
where the article closes), extract/trailers.py (what is cut from the tail), extract/inline.py (furniture
glued into running text, as scrapers that flatten a page leave it) and extract/prose.py (how a line reads).
This module splits the page into units (joining the hard-wrapped lines of text copied from a printed page or
a PDF) and runs them in order.

tests/fixtures/pasted holds invented pages of many layouts (wire copy on partner sites, broadcasters,
magazines, regional and non-US outlets, live pages, phone and reader-mode pastes, newsletters from email,
PDF copies, podcast and press-release pages, aggregators' copies, pages pasted with the browser tab's title
and the site's whole menu) that these rules are checked against.
"""

from __future__ import annotations

import re
from itertools import pairwise

from parallax.extract.body import drop_furniture, drop_pull_quotes, drop_repeated_labels
from parallax.extract.bylines import BYLINE
from parallax.extract.furniture import is_furniture
from parallax.extract.header import (
    CleanText,
    drop_dateline_place,
    first_paragraph,
    is_header_line,
    read_header,
    signs_entry,
    strip_inline_header,
)
from parallax.extract.hygiene import tidy
from parallax.extract.inline import cut_glued_furniture
from parallax.extract.prose import is_prose, terminal
from parallax.extract.trailers import TRAILER, note_trailer, split_glued_trailers, strip_trailers, unglue_trailers

_DIGIT = re.compile(r"\d")
# A tab between two fields of a line ("Jane Roe<TAB>16 March 2025", copied from a table or a word processor)
# separates them as a bar does.
_TAB_FIELD = re.compile(r"(?<=\S)[ \u00a0]*\t[ \t\u00a0]*(?=\S)")


def clean_text(text: str) -> CleanText:
    """The article body of a pasted text, with what its header, trailer and top lines say."""
    result = CleanText(body="")
    units = _units(unglue_trailers(tidy(_TAB_FIELD.sub(" | ", text))))
    units = cut_glued_furniture(split_glued_trailers(units))
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
    body = [unit for unit in body if not signs_entry(unit, result) and not _running_head(unit, kept[:first])]
    for unit in dropped_trailers:
        note_trailer(unit, result)
    body = drop_pull_quotes(drop_repeated_labels(_dedupe(body), kept))
    if removed:
        result.warnings.append(f"furniture: removed {removed} line(s) of page furniture")
    result.published = result.published or result.modified  # a page that shows only "Updated ..."
    result.body = "\n\n".join(body)
    return result


def _units(text: str) -> list[str]:
    """Blocks split at blank lines; a block's lines are separate units unless they are wrapped prose. A
    block may close with a wrapped paragraph under lines that are not (text copied from a printed page:
    the byline over the first paragraph, no blank line between them), and a page number or a "see page"
    line cuts a wrapped paragraph's block."""
    units: list[str] = []
    for block in text.split("\n\n"):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if len(lines) > 1 and _hard_wrapped(lines):
            units.append(" ".join(lines))
            continue
        for segment in _segments(lines) if _may_wrap(lines) else [lines]:
            start = _wrapped_tail(segment)
            for line in segment[:start]:
                if units and units[-1] and _continues(units[-1], line) and line is not lines[0]:
                    units[-1] = f"{units[-1]} {line}"
                else:
                    units.append(line)
            if start < len(segment):
                units.append(" ".join(segment[start:]))
    return units


def _may_wrap(lines: list[str]) -> bool:
    """Whether some line goes on from the one above it in lower case, as a wrapped paragraph's do."""
    return any(
        line[:1].islower() and 25 <= len(above) <= 100 and not terminal(above)
        for above, line in pairwise(lines)
    )


def _segments(lines: list[str]) -> list[list[str]]:
    """A block's lines cut before and after each furniture line and each dated running head ("The Daily
    Courier | Wednesday, March 19, 2025" atop a printed page)."""
    segments: list[list[str]] = [[]]
    for line in lines:
        if is_furniture(line) or (_DIGIT.search(line) and len(line.split()) <= 16 and is_header_line(line)):
            segments.extend(([line], []))
        else:
            segments[-1].append(line)
    return [segment for segment in segments if segment]


def _wrapped_tail(lines: list[str]) -> int:
    """Where the hard-wrapped paragraph that ends ``lines`` starts; len(lines) when none does."""
    if len(lines) < 2 or not terminal(lines[-1]):
        return len(lines)
    k = len(lines) - 1
    while k > 0 and 25 <= len(lines[k - 1]) <= 100 and not terminal(lines[k - 1]):
        k -= 1
    for start in range(k, len(lines) - 1):
        tail = lines[start:]
        # a line broken mid-sentence goes on in lower case: at least half the breaks say so
        broken = sum(line[:1].islower() for line in tail[1:])
        if broken * 2 >= len(tail) - 1 and _hard_wrapped(tail, 25) and is_prose(" ".join(tail)) and not any(
            map(is_header_line, tail)
        ):
            return start
    return len(lines)


def _hard_wrapped(lines: list[str], narrowest: int = 40) -> bool:
    longest = max(len(line) for line in lines)
    if longest > 100 or longest < narrowest or any(map(is_furniture, lines)):
        return False
    if any(TRAILER.match(line) for line in lines[1:]):
        return False
    body = lines[:-1]
    return (
        all(len(line) >= 0.6 * longest for line in body) and sum(not terminal(line) for line in body) * 2 >= len(body)
        and not any(map(is_header_line, lines))  # a copyright line over the date the page went up: not one paragraph
    )


def _continues(previous: str, line: str) -> bool:
    return (
        line[:1].islower() and len(previous) >= 50 and not terminal(previous)
        and not BYLINE.match(line) and not is_furniture(line)
    )


def _running_head(unit: str, header: list[str]) -> bool:
    """A header line set again inside the body: a printed page's running head over its next page."""
    return unit in header and is_header_line(unit)


def _dedupe(units: list[str]) -> list[str]:
    out: list[str] = []
    for unit in units:
        if not out or unit != out[-1]:
            out.append(unit)
    return out
