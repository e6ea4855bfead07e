"""Temporal expression patterns and their TIMEX3 values, relative to an anchor date.

Why our own rules: HeidelTime and SUTime are Java and take seconds per article; dateparser and
dateutil read one absolute date string at a time (and dateparser is slow) but neither finds
expressions in running text, nor resolves "said on Thursday" by the clause's tense, nor follows
how newsrooms use "this week" on a Sunday. Here a few compiled patterns scan the text once each;
every match goes to a small pure function that returns the value. Tense and number readings come
from the caller (the spaCy parse) through ``Context``, so these functions stay testable without it.
This module holds the ordered pattern table and the scan that ties the handlers together (the
longest readings that do not overlap, then a length joined to the day it counts from). The handlers
live by kind: absolute dates in ``times_dates``, clock times in ``times_clock``, dates counted from
the anchor in ``times_relative``, lengths, recurrences and vague words in ``times_durations``, named
calendar periods (quarters, holidays, decades...) in ``times_periods``; values that depend on what
the text said earlier are settled afterwards by ``times_discourse``.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

from parallax.analyze import times_calendar as cal
from parallax.analyze.times_clock import clock_time, join_clock_times
from parallax.analyze.times_dates import (
    iso_date,
    month_alone,
    month_day,
    month_of_year,
    month_year,
    numeric_date,
    week_of,
    year_alone,
    year_span,
)
from parallax.analyze.times_durations import duration, long_compound, recurrence, vague_span, vague_word
from parallax.analyze.times_periods import PERIOD_RULES
from parallax.analyze.times_reading import (
    APPROX,
    EDGE,
    MON,
    NUM,
    UNIT,
    WD,
    YEAR,
    Context,
    Found,
    Handler,
    Resolved,
    Tense,
)
from parallax.analyze.times_relative import (
    day_anaphor,
    day_part,
    day_word,
    end_of,
    relative_unit,
    unit_anaphor,
    weekday,
    weekend,
    year_end,
)

# (pattern, handler) in order: of two readings of the same span, the earlier rule's is kept
_RULES: list[tuple[str, Handler]] = [
    (r"\b(?P<y>\d{4})-(?P<mo>\d\d)-(?P<d>\d\d)(?:[T ](?P<h>\d\d):(?P<mi>\d\d)(?::\d\d(?:\.\d+)?)?)?(?![\d-])",
     iso_date),
    (r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d\d)(?![\d/.]\d)", numeric_date),
    (rf"\b(?:{WD},?\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MON})"
     rf"(?:,?\s+(?P<y>\d{{4}})(?!\d))?", month_day),
    (rf"\b(?:(?P<rel>last|next)\s+)?(?:{WD},?\s+)?(?P<mon>{MON})(?:\s+|(?<=\.))(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d|:\d)"
     rf"(?:,?\s+(?P<y>\d{{4}})(?!\d))?", month_day),
    (rf"\b(?:{EDGE}[\s-]+)?(?P<mon>{MON}),?\s+(?:of\s+)?(?P<y>{YEAR})", month_year),
    (rf"\b(?:{EDGE}[\s-]+)?(?P<mon>{MON})\s+(?P<rel>this|next|last)\s+year\b", month_of_year),
    (rf"\bthe\s+week\s+of\s+(?P<mon>{MON})\s+(?P<d>\d{{1,2}})(?!\d)(?:,?\s+(?P<y>\d{{4}})(?!\d))?", week_of),
    (rf"\b(?:(?P<edge>{EDGE})[\s-]+|(?P<rel>last|next|this|past|coming)\s+)?(?P<mon>{MON})", month_alone),
    (r"\b(?:(?P<edge>early|mid|late)[\s-]+)?(?:(?P<fy>fiscal|calendar|model)\s+(?:year\s+)?)?"
     r"(?P<y>(?:1[6-9]|20)\d\d)(?![\w%]|[.,]\d|-\d|'s)", year_alone),
    (r"(?<![$\u00a3\u20ac#.,])\b(?P<y>(?P<y1>(?:1[6-9]|20)\d\d))(?=[-/\u2013](?P<y2>\d\d(?:\d\d)?)"
     r"(?![\w%]|[.,/-]\d))", year_span),
    (r"(?<=(?<![\w$\u00a3\u20ac#.,])(?P<y1>(?:1[6-9]|20)\d\d)[-/\u2013])(?P<y>(?P<y2>(?:1[6-9]|20)\d\d))"
     r"(?![\w%]|[.,/-]\d)", year_span),
    *PERIOD_RULES,
    (r"\b(?:the\s+(?P<rel>following|previous|preceding|prior|same)|(?P<that>that))\s+(?P<unit>week|month|year)\b"
     r"(?![\s-]+(?:old|long|ago|earlier|later))", unit_anaphor),
    (r"\bthe\s+(?P<unit>day|week|month|year)\s+(?P<rel>before|after)(?=\s*(?:[.,;:)!?\n]|$))", unit_anaphor),
    (r"\b(?:(?:earlier|later)\s+)?(?:the\s+(?P<rel>next|following|previous|preceding|prior|same)|that(?:\s+same)?)\s+"
     r"(?:day|morning|afternoon|evening|night)\b(?![\s-]+(?:old|long))|\b(?:earlier|later)\s+in\s+the\s+day\b",
     day_anaphor),
    # "worked throughout the evening", "went on into the night": not "the morning rush hour", "the night of May 3"
    (r"\b(?:(?P<mod>earlier|later|early|late)\s+(?:on\s+)?)?(?P<pre>throughout|during|into|through|in)\s+the\s+"
     r"(?P<part>morning|afternoon|evening|night)\b(?=\s*(?:[^\w\s]|$)|\s+(?:to|and|but|or|as|so|in|on|at|after|before"
     r"|with|for|when|while|until|till|by|from|near|outside|inside|across|around|through|amid|the|a|an|his|her|their"
     r"|its|our|we|they|he|she|it|you|there)\b)", day_part),
    # "6.10am", "11.30 p.m.": British papers write the minutes after a full stop
    (r"(?<![\d:])(?<!\d\.)\b(?:(?P<h>\d{1,2})(?:[:.](?P<mi>\d\d))?\s*(?P<ap>[ap]\.m\.|[ap]m\b|[ap]\.m\b)"
     r"|(?P<h3>\d{1,2}(?::\d\d)?)\s+in\s+the\s+(?P<part>morning|afternoon|evening)"
     r"|(?P<h2>\d{1,2}):(?P<mi2>\d\d)(?::\d\d(?=\s+(?:GMT|UTC)\b))?\b(?!:?\d)|(?P<h4>\d{1,2})\.(?P<mi4>\d\d)(?=\s+(?:[ECMP][SD]T|GMT|UTC|BST|CET)\b)"
     r"|(?P<h5>[01]\d|2[0-3])(?P<mi5>[0-5]\d)\s*(?:hours|hrs)\b)"
     r"(?P<zone>\s+(?:[ECMP][SD]T|GMT|UTC|BST|CET)\b)?|\b(?P<w>noon|midnight|midday)\b",
     clock_time),
    (r"\b(?:(?P<mod>early|late|earlier|later)\s+)?(?P<w>today|tonight|yesterday|tomorrow|the\s+day\s+before\s+"
     r"yesterday|the\s+day\s+after\s+tomorrow|last\s+night|this\s+(?:morning|afternoon|evening|day))"
     r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b", day_word),
    (rf"\b(?:(?:this\s+(?=past|coming))?(?P<rel>last|next|this|coming|past)\s+|(?:early|late|earlier|later)\s+(?:on\s+)?|on\s+"
     r"|the\s+(?:early|small|wee)\s+hours\s+of\s+)?"
     rf"(?P<wd>{WD})(?P<pl>s)?\b(?:\s+(?P<part>morning|afternoon|evening|night)\b)?", weekday),
    (r"\b(?:(?P<edge>earlier|later|early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|"
     r"the\s+middle\s+of|the\s+rest\s+of)[\s-]+)?(?P<the>the\s+)?(?:this\s+(?=past|coming))?"
     r"(?P<rel>last|next|this|past|coming|current)\s+"
     r"(?P<unit>week|weekend|month|quarter|year|decade|century|fortnight)\b", relative_unit),
    (r"\b(?:(?:at|by|until|before|after|to)\s+)?the\s+(?:end|beginning|start|middle)\s+of\s+the\s+"
     r"(?P<unit>week|month|year)\b", end_of),
    (r"\b(?:over\s+|during\s+)?the\s+weekend\b", weekend),
    (rf"\b(?P<pre>(?:(?:for|over|within|in|during|after|the\s+(?:past|last|next|first|final|previous|coming|"
     rf"following|remaining|latest)|{APPROX})\s+)*)(?P<n>{NUM})(?P<sep>[\s-]+(?:(?:more|additional|further|extra)\s+)?)(?P<unit>{UNIT})\b"
     r"(?P<more>[\s-]+and[\s-]+a[\s-]+half\b)?(?:(?P<tail>[\s-]+(?:long|olds?)\b)|(?:\s+or\s+so)?\s+(?P<dir>ago|from\s+now|hence|earlier|"
     r"later)\b)?", duration),
    (r"\b(?:(?P<pre>for|within|over|in|after|during)\s+)?(?:(?:the\s+)?(?P<rel>coming|next|past|last|recent|"
     r"following|previous|future)\s+)?(?:(?P<q>few|several|many)\s+)?"
     r"(?P<unit>seconds|minutes|hours|days|weeks|months|quarters|years|decades)\b", vague_span),
    (r"\b(?P<unit>hour|day|week|month|year|decade|century|(?P<pl>hours|days|weeks|months|years|decades|centuries))-long\b",
     long_compound),
    (r"\b(?:(?:a|one|the\s+(?:past|last|next))\s+)?quarter[\s-]+(?:of\s+a\s+)?century\b",
     lambda m, ctx: Resolved("P25Y", "DURATION", confidence=0.7)),
    (r"\b(?:by|at|before|until|till|through|after|since)\s+(?:the\s+)?(?P<w>year-end|year's\s+end)\b", year_end),
    (r"\b(?P<w>recently|lately|currently|(?:then[\s-])?current|(?<!as\s)soon(?!\s+as\b)|nowadays|now|at\s+present|at\s+the\s+"
     r"moment|these\s+days|right\s+now|(?:in\s+)?the\s+(?:near\s+)?future|(?:in\s+)?the\s+(?:near|short)\s+term|(?:in\s+)?the\s+past"
     # British "in future" without the article, not "in future years" (an adjective before its noun)
     r"|in\s+future(?=\s*(?:[^\w\s]|$)|\s+(?:to|and|but|or|as|so|if|when|unless|by|with|for|from|the|a|an|this|that"
     r"|these|those|i|we|you|he|she|it|they|there|all|any|no|such)\b))\b",
     vague_word),
    (rf"\b(?:every|each|per)\s+(?:(?P<unit>second|minute|hour|day|week|month|year|quarter|monday|tuesday|"
     rf"wednesday|thursday|friday|saturday|sunday)\b|(?P<mon>{MON}))"
     r"|\b(?P<adv>daily|nightly|weekly|monthly|quarterly|annually|yearly|hourly)\b", recurrence),
]


def _lowercased(pattern: str) -> str:
    """``pattern`` with its letters in lower case, escapes (``\\S``) and group names left as they are."""
    return re.sub(r"\\.|\(\?P[<=]\w+[>)]|[A-Z]", lambda m: m[0] if len(m[0]) > 1 else m[0].lower(), pattern)


# Python's ``re`` scans twice as fast without IGNORECASE, so each rule scans an ASCII-lowercased copy of
# the text with a lowercased pattern (the same matches, as the patterns are ASCII), and only its hits
# are matched again, case-insensitively, on the text itself for the handler to read.
_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_COMPILED = [(re.compile(_lowercased(pattern)), re.compile(pattern, re.IGNORECASE), handler)
             for pattern, handler in _RULES]


def scan(ctx: Context) -> list[Found]:
    """Every temporal expression in ``ctx.text``: the longest readings that do not overlap, in order."""
    candidates: list[Found] = []
    lowered = ctx.text.translate(_LOWER)
    for fast, exact, handler in _COMPILED:
        for hit in fast.finditer(lowered):
            m = exact.match(ctx.text, hit.start()) if hit.end() > hit.start() else None
            if m is not None:
                reading = handler(m, ctx)
                if reading is not None:
                    candidates.append(Found(m.start(), m.end(), reading))
    candidates.sort(key=lambda f: (f.start - f.end, f.start))
    taken: list[Found] = []
    used = bytearray(len(ctx.text) + 1)
    for found in candidates:
        if not any(used[found.start:found.end]):
            used[found.start:found.end] = b"\x01" * (found.end - found.start)
            taken.append(found)
    taken.sort(key=lambda f: f.start)
    return list(_join_offsets(list(join_clock_times(taken, ctx.text)), ctx.text))


_OFFSET_GAP = re.compile(r"\s+(?P<dir>before|after|prior\s+to|ahead\s+of)\s+", re.IGNORECASE)
_AMOUNT = re.compile(r"P(\d+)([DWMY])")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_LASTING = re.compile(r"(?:for|over|during|within|in|the)\b", re.IGNORECASE)  # "for two days before May 3": a length


def _join_offsets(found: list[Found], text: str) -> Iterator[Found]:
    """A length before or after a named day is one date: "two days before Election Day", "a week
    after Nov. 8"; before an event ("two days before the vote") or as a span ("for two days before
    May 3") it stays a length."""
    i = 0
    while i < len(found):
        here = found[i]
        there = found[i + 1] if i + 1 < len(found) else None
        amount = _AMOUNT.fullmatch(here.reading.value or "") if here.reading.type == "DURATION" and not _LASTING.match(
            text, here.start) else None
        gap = _OFFSET_GAP.fullmatch(text, here.end, there.start) if there and amount else None
        if (gap and there and amount and there.reading.type == "DATE" and there.reading.anaphor is None
                and _DAY.fullmatch(there.reading.value or "")):
            sign = 1 if gap["dir"].lower() == "after" else -1
            n, unit = sign * int(amount[1]), amount[2]
            day = date.fromisoformat(there.reading.value or "")
            moved = cal.add_months(day, n * (12 if unit == "Y" else 1)) if unit in "MY" else day + timedelta(
                days=n * (7 if unit == "W" else 1))
            reading = replace(there.reading, value=moved.isoformat(), approximate=here.reading.approximate,
                              confidence=min(here.reading.confidence, there.reading.confidence))
            yield Found(here.start, there.end, reading)
            i += 2
            continue
        yield here
        i += 1


def resolve(expression: str, anchor: date | None, tense: Tense = "unknown") -> Resolved | None:
    """The reading of one temporal expression against an anchor date, the clause's tense given.

    >>> resolve("last week", date(2025, 3, 16)).value
    '2025-W11'
    """
    found = scan(Context(expression, anchor, lambda start, end: tense))
    if not found:
        return None
    return max(found, key=lambda f: f.end - f.start).reading
