"""The pieces of an article the comparison aligns: sentences cut into clauses, with what each mentions.

A fact is usually smaller than a sentence ("X met Y last week following the announcement that Z"),
so sentences are cut at clause boundaries (semicolons, coordinating and subordinating conjunctions)
and at quotation marks, and each piece keeps its offsets. Those boundaries are read from punctuation
and cue words, and where punctuation cannot tell a clause from a list (a second predicate after "and", a
participle or "where" clause after a comma) from the cuts the analysis read off the parse
(``analyze.clauses``): parsing fifty articles again here would cost far more than the whole comparison.
The analyses also carry the actors, quotes and dates a piece needs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from parallax.extract.prose import abbreviation
from parallax.model import Analysis, Article, Span

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?(?:[-.,][0-9]+)*")
_SENTENCE_END = re.compile(r"[.!?]+[\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])|\n+")
# Where a sentence may be cut into clauses; the cue word itself is left out of both pieces.
_BOUNDARY = re.compile(
    r";\s*(?:and\s+|but\s+)?|,\s+(?:and|but|while|whereas|saying|adding|although|though)\s+"
    r"|\s+(?:while|whereas|although|following|since|because|and\s+that|but)\s+|\s+[-–—]+\s+"
)
_MIN_WORDS = 4
_DASHES = frozenset({"-", "–", "—", "--"})
STOP = frozenset(
    [
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with",
        "from", "as", "into", "onto", "over", "under", "about", "after", "before", "since", "than", "then",
        "that", "this", "these", "those", "there", "here", "it", "its", "it's", "is", "are", "was", "were",
        "be", "been", "being", "am", "do", "does", "did", "has", "have", "had", "having", "will", "would",
        "shall", "should", "can", "could", "may", "might", "must", "not", "no", "nor", "so", "such", "too",
        "very", "he", "she", "they", "we", "you", "i", "me", "him", "her", "them", "us", "our", "your",
        "their", "his", "my", "mine", "ours", "yours", "theirs", "who", "whom", "whose", "which", "what",
        "when", "where", "why", "how", "all", "any", "both", "each", "few", "more", "most", "other", "some",
        "own", "same", "just", "also", "only", "said", "says", "say", "told", "tell", "according", "added",
        "while", "during", "until", "up", "down", "out", "off", "again", "further", "once", "one's", "new",
        "last", "next", "week", "weeks", "day", "days", "year", "years", "month", "months", "time", "mr",
        "ms", "mrs",
    ]
)


@dataclass(slots=True)
class Unit:
    """One clause of one article, with the actors, numbers, dates and speaker found in it."""

    article_id: str
    span: Span
    index: int  # position of the unit in its article
    sentence: int
    quoted: bool = False
    actors: frozenset[str] = frozenset()
    places: int = 0
    dates: tuple[str, ...] = ()
    speaker: str | None = None
    nested_in: int | None = None  # index of the unit that contains this one (a quote inside a clause)
    words: list[str] = field(default_factory=list)
    named: frozenset[str] = frozenset()  # words of the actors' names, as the article itself gives them
    flat: int = -1  # index in the story's list of units

    @property
    def content(self) -> list[str]:
        return [w for w in self.words if w not in STOP and not w[0].isdigit()]


def words_of(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in WORD.findall(text)]


def stem(word: str) -> str:
    """A crude stem that groups inflections and derivations ("territory", "territorial")."""
    return word[:6] if len(word) > 6 else word


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence offsets: cuts after end punctuation followed by a capital, and at line breaks."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.group().startswith(".") and _is_abbreviation(text, m.start()):
            continue
        end = m.end() if not m.group().startswith("\n") else m.start()
        out.append((start, end))
        start = m.end()
    out.append((start, len(text)))
    return [s for s in (_strip(text, a, b) for a, b in out) if s[1] - s[0] > 1]


def _is_abbreviation(text: str, dot: int) -> bool:
    k = dot
    while k > 0 and (text[k - 1].isalpha() or text[k - 1] == "."):
        k -= 1
    token = text[k:dot].lower()
    return abbreviation(token)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def quote_mask(text: str) -> list[tuple[int, int]]:
    """Stretches of text between quotation marks (curly pairs, or alternating straight marks)."""
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"“([^”]{1,2000})”|\"([^\"]{1,2000})\"", text):
        g = 1 if m.group(1) is not None else 2
        spans.append((m.start(g), m.end(g)))
    return spans


def _segments(text: str, start: int, end: int, quotes: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """One sentence cut at quotation marks when a quote fills much of it: (start, end, quoted) stretches."""
    inside = [(max(a, start), min(b, end)) for a, b in quotes if a < end and b > start]
    if not inside or sum(b - a for a, b in inside) < 0.5 * (end - start):
        return [(start, end, False)]
    segments: list[tuple[int, int, bool]] = []
    cursor = start
    for a, b in inside:
        if a > cursor:
            segments.append((cursor, a, False))
        segments.append((a, b, True))
        cursor = b
    if cursor < end:
        segments.append((cursor, end, False))
    return segments


def _pieces(
    text: str, start: int, end: int, quotes: list[tuple[int, int]], parsed: list[tuple[int, int]]
) -> list[tuple[int, int, bool]]:
    """Cut one sentence at quotation marks (when a quote fills much of it) and clause boundaries."""
    inside = [(max(a, start), min(b, end)) for a, b in quotes if a < end and b > start]
    out: list[tuple[int, int, bool]] = []
    for a, b, quoted in _segments(text, start, end, quotes):
        cuts = [] if quoted else _cuts(text, a, b, inside, parsed)
        bounds = [a, *[x for c in cuts for x in c], b]
        for i in range(0, len(bounds), 2):
            s, e = _clean(text, bounds[i], bounds[i + 1])
            if e > s:
                out.append((s, e, quoted))
    return out


def _cuts(
    text: str, start: int, end: int, quotes: list[tuple[int, int]], parsed: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Clause boundaries, except the two like dashes around an aside ("The three workers - two women and a
    man - were killed"): the aside is part of its sentence's clause, not a clause of its own. Unlike
    dashes ("(Agency - Service) City, date, AGENCY -- The ...") are a dateline's, not an aside's. The
    analysis's ``parsed`` cuts join them ("hosted the show in 2007 and earned a nomination")."""
    cuts: list[tuple[int, int]] = []
    last = start
    dashes = [m for m in _BOUNDARY.finditer(text, start, end) if m.group().strip() in _DASHES]
    same = len(dashes) == 2 and dashes[0].group().strip() == dashes[1].group().strip()
    paired = {m.start() for m in dashes} if same else set()
    found = [(m.start(), m.end()) for m in _BOUNDARY.finditer(text, start, end) if m.start() not in paired]
    if not any(start <= qa < end and len(words_of(text[qa:qb])) >= 3 for qa, qb in quotes):
        # a partial quote's sentence stays whole: cut, its reporting frame would be read as a bare "X said"
        found += [(a, b) for a, b in parsed if start <= a and b <= end]
    for a, b in sorted(found):
        if a < last or any(qa <= a < qb for qa, qb in quotes):
            continue
        if len(words_of(text[last:a])) >= _MIN_WORDS and len(words_of(text[b:end])) >= _MIN_WORDS:
            cuts.append((a, b))
            last = b
    return cuts


def _clean(text: str, start: int, end: int) -> tuple[int, int]:
    start, end = _strip(text, start, end)
    while start < end and text[start] in '"“”‘’,;:-–— ([':
        start += 1
    while end > start and text[end - 1] in '"“”‘’,;:-–— ':
        end -= 1
    return start, end


def split_units(article: Article, analysis: Analysis | None, names: dict[str, str]) -> list[Unit]:
    """The article's clauses (and quotes inside them) with their actors, dates and speakers."""
    text = article.text
    quotes = quote_mask(text)
    mentions = _mentions(analysis, names)
    parsed = [(cut.start, cut.end) for cut in analysis.clause_cuts] if analysis else []
    units: list[Unit] = []
    for si, (s, e) in enumerate(sentences(text)):
        sentence_inside = [(a, b) for a, b in quotes if s <= a < e]
        for a, b, quoted in _pieces(text, s, e, quotes, parsed):
            units.append(_unit(article.id, text, a, b, len(units), si, quoted, mentions, analysis, names))
            if quoted:
                continue
            parent = len(units) - 1
            for qa, qb in sentence_inside:
                if a <= qa and qb <= b and len(words_of(text[qa:qb])) >= 3 and (qb - qa) < 0.8 * (b - a):
                    units.append(
                        _unit(
                            article.id,
                            text,
                            qa,
                            qb,
                            len(units),
                            si,
                            True,
                            mentions,
                            analysis,
                            names,
                            nested_in=parent,
                        )
                    )
    return units


def _mentions(
    analysis: Analysis | None, names: dict[str, str]
) -> list[tuple[int, int, str, str, frozenset[str]]]:
    """Entity mentions: offsets, story-level name, type, and the words of the article's own name for
    the entity (those, unlike the story-level name, do not change with the story the article is in;
    a mention under another name, "Moscow" for Russia, stays content)."""
    if analysis is None:
        return []
    return sorted(
        (m.start, m.end, names.get(e.name, e.name), e.type, frozenset(words_of(e.name)))
        for e in analysis.entities
        for m in e.mentions
    )


def _unit(
    article_id: str,
    text: str,
    start: int,
    end: int,
    index: int,
    sentence: int,
    quoted: bool,
    mentions: list[tuple[int, int, str, str, frozenset[str]]],
    analysis: Analysis | None,
    names: dict[str, str],
    nested_in: int | None = None,
) -> Unit:
    inside = [m for m in mentions if m[0] >= start and m[1] <= end]
    actors = frozenset(m[2] for m in inside)
    places = sum(1 for m in inside if m[3] in ("GPE", "LOC", "FAC"))
    dates: tuple[str, ...] = ()
    speaker = None
    if analysis is not None:
        dates = tuple(t.value for t in analysis.times if t.value and start <= t.start and t.end <= end)
        for q in analysis.quotes:
            if q.speaker and q.start < end and start < q.end:
                speaker = names.get(q.speaker, q.speaker)
                break
    return Unit(
        article_id,
        Span.of(text, start, end),
        index,
        sentence,
        quoted,
        actors,
        places,
        dates,
        speaker,
        nested_in,
        words_of(text[start:end]),
        frozenset().union(*(m[4] for m in inside)),
    )


_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
            "twenty",
        ]
    )
}
_NUMBER_WORDS.update(
    {
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "sixty": 60,
        "seventy": 70,
        "eighty": 80,
        "ninety": 90,
        "hundred": 100,
        "thousand": 1000,
        "dozen": 12,
        "dozens": 24,
    }
)
_ORDINAL_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    "twentieth",
)
_FIGURES = {
    **{w: str(i) for w, i in _NUMBER_WORDS.items() if w != "dozens"},
    **{w: f"{i}{'th' if 10 < i < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(i % 10, 'th')}"
       for i, w in enumerate(_ORDINAL_WORDS, start=1)},
}


def as_figure(word: str) -> str:
    """A number or ordinal word as digits ("eleventh" -> "11th", "six" -> "6"), any other word as it is:
    two outlets writing one figure two ways wrote the same words."""
    return _FIGURES.get(word, word)


_SCALE = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "k": 1e3,
    "m": 1e6,
    "bn": 1e9,
}
# Every word that counts (numbers in words, their scales and plural heaps): a count, never a term.
NUMBER_WORDS = frozenset(_NUMBER_WORDS) | frozenset(w for w in _SCALE if len(w) > 2) | frozenset(
    {"half", "hundreds", "thousands", "millions", "billions"}
)
_NUMBER = re.compile(
    r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|\.\d+|"
    + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r")(?:\s*(hundred|thousand|million|billion|trillion|bn|k|m)\b)?(?:[-\s]+([^\W\d_]+))?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Number:
    """A quantity and what it counts ("1,000 drones" -> 1000.0, "drone"), with its offsets."""

    value: float
    unit: str  # the stem, for matching
    start: int
    end: int
    word: str = ""  # the counted word as written, for showing


def numbers_in(text: str, offset: int = 0) -> list[Number]:
    """Numbers with the word they count; years and clock times are left out (they are dates)."""
    out = []
    for m in _NUMBER.finditer(text):
        raw, scale, unit = m.group(1).lower(), (m.group(2) or "").lower(), (m.group(3) or "").lower()
        value = float(_NUMBER_WORDS[raw]) if raw in _NUMBER_WORDS else float(raw.replace(",", ""))
        value *= _SCALE.get(scale, 1.0)
        if not unit or unit in STOP:
            continue
        if 1900 <= value <= 2100 and "," not in raw and not scale:
            continue
        out.append(Number(value, stem(unit.rstrip("s")), offset + m.start(), offset + m.end(), m.group(3)))
    return out


_AGE = re.compile(
    r"(?<![\w.])(?P<age>(?P<count>\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r")[-\s]years?[-\s]old)\b(?:[-\s]+(?P<noun>[^\W\d_]+))?",
    re.IGNORECASE,
)


def ages_in(text: str, offset: int = 0) -> list[Number]:
    """Ages ("a five-year-old boy" -> 5.0, "boy"; "the six-year-old, whose ..." -> 6.0, ""), which
    ``numbers_in`` leaves out, as "year" counts nothing there."""
    out = []
    for m in _AGE.finditer(text):
        raw, noun = m.group("count").lower(), m.group("noun") or ""
        if noun.lower() in STOP:
            noun = ""
        value = float(_NUMBER_WORDS[raw]) if raw in _NUMBER_WORDS else float(raw)
        end = m.end("noun") if noun else m.end("age")
        key = stem(noun.lower().rstrip("s")) if noun else ""
        out.append(Number(value, key, offset + m.start(), offset + end, noun))
    return out


SPEECH = frozenset({
    "said", "says", "say", "told", "tells", "tell", "wrote", "writes", "added", "adds", "interview",
    "statement", "asked", "according", "spoke", "speaking", "speech",
})

# Words of a dateline or timestamp ("Updated Saturday, September 14, 2013 9:29 PM"): not a fact.
CALENDAR = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "am", "pm", "a.m",
    "p.m", "gmt", "utc", "est", "edt", "pst", "pdt", "bst", "cet", "updated", "posted", "published",
    "modified",
})


def substantive(units: list[Unit]) -> np.ndarray:
    """Clauses worth reporting: enough words, some content, not a bare reporting frame ("X said") nor
    a dateline.

    Reads nothing that depends on the story (names are the article's own), so which clauses of an
    article are compared, and embedded, is known before its story is."""
    quoted = {(u.article_id, u.sentence) for u in units if u.quoted}
    keep = np.zeros(len(units), dtype=bool)
    for i, unit in enumerate(units):
        content = unit.content
        if _figure(unit):
            keep[i] = True
            continue
        if len(unit.words) < (3 if unit.quoted else 4) or len(content) < 2:
            continue
        rest = [w for w in content if w not in SPEECH and w not in unit.named and w not in CALENDAR]
        frame = (unit.article_id, unit.sentence) in quoted
        keep[i] = unit.quoted or len(rest) >= (3 if frame else 2)
    return keep


def _figure(unit: Unit) -> bool:
    """A short clause that states a figure ("He was 77.", "She had 3 children."): too few content words
    to count as a fact by their number, but the figure is the fact. A year ("Copyright 2016"), a date
    line's figures and an age in a reporting frame ("said resident Jo Roe, 23.") are no such fact."""
    words = unit.words
    figures = [w for w in words if w[0].isdigit() and not (w.isdigit() and 1900 <= int(w) <= 2100)]
    return len(words) >= 3 and bool(figures) and not (CALENDAR | SPEECH).intersection(words)
