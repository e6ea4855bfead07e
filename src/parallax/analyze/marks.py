"""Find quoted stretches of text by their quote marks, in one pass over the characters.

spaCy has no quote detector, and the libraries that have one (e.g. textacy's direct_quotations) miss
the layouts news uses: quotes across paragraphs, straight and curly marks mixed, single marks in
headlines beside apostrophes. This scanner pairs marks paragraph by paragraph: a double quote left open
at a paragraph's end ends there (the next paragraph reopens it); single marks count only outside double
quotes and only where they cannot be apostrophes; two apostrophes typed for a closing double mark
('"extremely careless'' but') close it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOUBLE_OPEN = "“«„"
_DOUBLE_CLOSE = "”»"
_OPEN_BEFORE = " \t\n([{—–-/:;,“‘\"'"
_MAX_SINGLE = 300
_ELISION = re.compile(r"\d\d(s\b|(?=[.,;:)]))|(em|n|tis|twas|til|cause|bout)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Marked:
    """The words between a pair of quote marks (marks excluded); ``closed`` False when the paragraph
    ended before the closing mark."""

    start: int
    end: int
    closed: bool = True
    single: bool = False


def _opens(text: str, i: int) -> bool:
    """A mark before a word, after a space or an opening sign; also one glued to the end of the sentence
    before it ('offers concessions."We will see'), when no quote is open to close."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in _OPEN_BEFORE and not after.isspace()) or (before in ".?!" and after.isupper())


def _closes(text: str, i: int) -> bool:
    """A mark after a word; also one glued to the next sentence after a full stop or comma, as scraped
    text loses the space ('a new weapon."Hours earlier'), since no quote opens right after punctuation."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (not after.isalnum() or before in ".?!,")


def _elided(text: str, i: int) -> bool:
    """A mark that stands for left-out letters or digits ("the '90s", "in '08.", "rock 'n' roll", "'em"),
    or stands before no word at all: no opening quote."""
    return not text[i + 1 : i + 2].isalnum() or _ELISION.match(text, i + 1) is not None


def _last_sentence_end(text: str, start: int, end: int) -> int:
    """Just after the last full stop, question or exclamation mark in [start, end), else ``end``."""
    cut = max(text.rfind(mark, start, end) for mark in ".?!")
    return cut + 1 if cut >= start else end


def _trimmed(text: str, start: int, end: int, closed: bool, single: bool) -> Marked | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Marked(start, end, closed, single) if end > start else None


def find_marked(text: str) -> list[Marked]:
    """Every quoted stretch of ``text`` in order (nested quotes stay inside the outer one)."""
    found: list[Marked] = []
    double: int | None = None
    single: int | None = None
    for i, ch in enumerate(text):
        if ch == "\n":
            if double is not None:
                found.append(_trimmed(text, double, i, False, False))
            double = single = None
        elif ch in _DOUBLE_OPEN or ch in _DOUBLE_CLOSE or ch == '"':
            if double is None:
                if ch in _DOUBLE_OPEN or _opens(text, i):
                    double, single = i + 1, None
            elif ch in _DOUBLE_CLOSE or (ch == '"' and _closes(text, i)):
                found.append(_trimmed(text, double, i, True, False))
                double = None
            elif ch == '"' and text[i - 1].isspace() and text[i + 1 : i + 2].isupper():
                # a mark that can only open while one is open: the open quote lost its closing mark
                # where flattened paragraphs were joined ('in need. (Photo: X) "And the truth is ...')
                found.append(_trimmed(text, double, _last_sentence_end(text, double, i), False, False))
                double, single = i + 1, None
        elif double is not None and text.startswith("''", i) and _closes(text, i + 1):
            found.append(_trimmed(text, double, i, True, False))  # two apostrophes typed for a closing mark
            double = None
        elif double is None and ch in "‘’'":
            if single is not None and ch != "‘" and _closes(text, i):
                if i - single <= _MAX_SINGLE:
                    found.append(_trimmed(text, single, i, True, True))
                single = None
            elif single is None and ch != "’" and _opens(text, i) and not _elided(text, i):
                single = i + 1
    if double is not None:
        found.append(_trimmed(text, double, len(text), False, False))
    return [m for m in found if m is not None]
