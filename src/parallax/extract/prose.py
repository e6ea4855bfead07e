"""How a line of a pasted page reads: its words, whether it ends like a sentence, whether it is running text.

The header, body and trailer rules all ask these questions of a line, so they are answered once, here.
"""

from __future__ import annotations

import re

# An editor's mark after a sentence's full stop: 'to unite us. (sic)"'.
_EDITORIAL_MARK = re.compile(r"\s*[(\[](?:sic|sic!|laughs|applause|laughter)[)\]]$", re.I)
BULLET = "•·◦▪▸►▶‣○●*-–—>»"
CLOSERS = "\"”’')]"
# Marks some magazines set after an article's last sentence: "... the only thing that works.■"
END_MARKS = "■□◆◇∎♦"


# Words written with a full stop that ends no sentence: titles, ranks, months, "Inc.", "No.".
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "gov", "sen", "rep", "jr", "sr", "no", "vs", "inc",
    "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "prof", "rev", "ft", "mt", "lieut", "capt", "cmdr", "cmdt", "maj", "brig", "adm", "cpl", "pte", "pvt", "supt",
    "insp", "det", "hon", "fr", "mme", "dept", "approx",
})
_INITIALISM = re.compile(r"(?:[a-z]\.)*[a-z]")  # "u.s", "b.c", "e.g", a lone initial


def abbreviation(word: str) -> bool:
    """Whether a lower-case word written before a full stop is an abbreviation, so the stop ends nothing."""
    return word in ABBREVIATIONS or _INITIALISM.fullmatch(word) is not None


def terminal(line: str) -> bool:
    """Whether a line ends like a sentence: a full stop, ! ? or … before any closing quotes."""
    line = line.rstrip(END_MARKS)
    if line[-1:] in ")]\"”’'":
        line = _EDITORIAL_MARK.sub("", line.rstrip("\"”’'"))
    return line.rstrip(CLOSERS)[-1:] in (".", "!", "?", "…")


def word_count(line: str) -> int:
    return len(line.split())


def is_prose(unit: str) -> bool:
    """Running text: a sentence-like paragraph, not a headline set in Title Case."""
    words = word_count(unit)
    if words >= 40:
        return True
    if words < 6 or not terminal(unit) or (words < 12 and unit[:1].islower()):
        return False
    return not (words <= 25 and _title_case(unit))


def _title_case(line: str) -> bool:
    long_words = [w for w in line.split() if len(w) > 3 and w[:1].isalpha()]
    return len(long_words) >= 3 and all(w[:1].isupper() for w in long_words)
