"""What a date rule sees and returns, and the pieces of pattern and number reading rules share.

``Context`` carries the text, the anchor date and the parse's readings (the clause's tense, whether a
number is a count) as plain callables, so every rule stays a pure function testable on strings.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from parallax.analyze import times_calendar as cal

Tense = str  # "past", "present", "future" or "unknown" ("begun" for a month a "since" starts from)


@dataclass(frozen=True, slots=True)
class Period:
    """A company's reporting period named relative to the one under report: "a year earlier" is
    ``shift=-1``, "the 1988 period" ``year=1988``, "the year-ago third quarter" ``shift=-1, quarter=3``."""

    shift: int = 0
    year: int | None = None
    quarter: int | None = None


@dataclass(frozen=True, slots=True)
class Anaphor:
    """A date named relative to the last one the text mentioned: "the following year" is
    ``unit="year", shift=1``, "that month" ``unit="month", shift=0``; ``unit="day-in-year"`` is a month
    and day told without a year, which keeps the year of a chronology of an earlier year ("On March 2,
    2015, ... On March 25, ..."). ``told_as_past``: the clause tells of the past, so a date the text
    named ahead of the anchor is not the one meant ("will be sworn in on January 20 ... landed at 10.45pm").
    ``since``: only a date named from this offset on counts (a clock time looks back no further than its
    paragraph, or ``NEAR`` characters); without one the value stays counted from the anchor."""

    unit: str
    shift: int
    told_as_past: bool = False
    since: int = 0


@dataclass(frozen=True, slots=True)
class Resolved:
    """The reading of one expression: its TIMEX3 value and how sure we are of it."""

    value: str | None
    type: str = "DATE"
    vague: bool = False
    approximate: bool = False
    confidence: float = 0.8
    # Readings that depend on what the text said before (``times_discourse`` applies them): a
    # reporting period ("a year earlier" in an earnings report) or a date named relative to the last
    # one mentioned ("the following year"); ``value`` is the reading without that context.
    period: Period | None = None
    anaphor: Anaphor | None = None


@dataclass(frozen=True, slots=True)
class Context:
    """What a rule may know beyond its match: the text, the anchor and readings of the parse."""

    text: str
    anchor: date | None
    tense: Callable[[int, int], Tense] = lambda start, end: "unknown"
    is_quantity: Callable[[int, int], bool] = lambda start, end: False
    is_person: Callable[[int, int], bool] = lambda start, end: False  # a month word naming someone ("May")
    dates_noun: Callable[[int, int], bool] = lambda start, end: False  # "his address Sunday": dates a noun
    on_simple_past: Callable[[int, int], bool] = lambda start, end: False  # "resigned in October"
    before_now: Callable[[int, int], bool] = lambda start, end: False  # "comes a day before X votes on Thursday"


Handler = Callable[[re.Match[str], Context], Resolved | None]

MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)(?![a-z])"
)

WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "half": 0.5, "couple": 2,
}

FEW = {"a few", "few", "several", "some", "many"}

NUM = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|a\s+couple\s+of|couple\s+of|a\s+few|few|several|many|some|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|"
    r"seven|eight|nine))?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|half\s+an?|half)"
    r"(?:\s+and\s+a\s+half|\s+1/2|\u00bd)?"
)

_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = rf"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]{_ONES})?)"

# Years as broadcast transcripts spell them: "nineteen ninety-six", "the year two thousand".
SPELLED_YEAR = (
    rf"(?:(?:eighteen|nineteen)[\s-]+(?:{_TENS}|{_TEENS}|hundred|oh[\s-]+{_ONES})"
    rf"|(?<=the\syear\s)two\s+thousand(?:\s+(?:and\s+)?(?:{_TENS}|{_TEENS}|{_ONES}))?)(?![\w-])"
)

YEAR = rf"(?:\d{{4}}(?!\d)|{SPELLED_YEAR})"
UNIT = r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur(?:y|ies))s?"

APPROX = (
    r"(?:about|nearly|almost|some|roughly|around|approximately|more\s+than|less\s+than|over|just|"
    r"only|barely|at\s+least|up\s+to|fewer\s+than)"
)

EDGE = r"(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)"

PREPS = {"in", "since", "by", "until", "till", "from", "through", "during", "before", "after", "of",
         "to", "between", "and", "on", "into", "for", "or", "last", "next", "this", "early", "late"}

UNRESOLVED = 0.2  # confidence of a relative expression without an anchor


def norm(text: str) -> str:
    return " ".join(text.lower().replace("-", " ").split())


def number(word: str) -> float | None:
    """The amount a number word or numeral stands for; None for "a few", "several"..."""
    word = norm(word)
    for half in (" and a half", " 1/2", "\u00bd"):
        if word.endswith(half) and word != half.strip():
            base = number(word[: -len(half)])
            return None if base is None else base + 0.5
    if word in FEW:
        return None
    if word.startswith("half"):
        return 0.5
    try:
        return float(word.replace(",", ""))
    except ValueError:
        pass
    parts = [p for p in word.split() if p not in {"a", "of"}] if word.endswith("couple of") else word.split()
    if all(p in NUMBERS for p in parts):
        return float(sum(NUMBERS[p] for p in parts))
    return None


def year_no(text: str) -> int:
    """The year a numeral or a spelled-out year stands for: 1997 for "nineteen ninety-seven"."""
    if text.isdigit():
        return int(text)
    words = norm(text).replace(" and ", " ").split()
    if words[:2] == ["two", "thousand"]:
        return 2000 + int(number(" ".join(words[2:])) or 0) if words[2:] else 2000
    rest = [w for w in words[1:] if w not in {"oh", "hundred"}]
    return NUMBERS[words[0]] * 100 + int(sum(NUMBERS[w] for w in rest))


def month_no(word: str) -> int:
    return cal.MONTHS[word.lower().rstrip(".")]


def year_for(anchor: date, mon: int, dd: int | None, tense: Tense) -> int:
    """The year of a month (and day) written without one: the nearest such date to the anchor, on
    the side the clause's tense points to (with two months' slack, as tense readings are not certain:
    "declared a dividend payable Dec. 7" is the coming December)."""
    years = [anchor.year - 1, anchor.year, anchor.year + 1]
    dates = [d for d in (cal.safe_date(y, mon, dd or 15) for y in years) if d is not None]
    slack = timedelta(days=60)
    if tense == "begun":  # "since May": begun by the writing date (a stated day two days ahead: time zones)
        sided = [d for d in dates if d.replace(day=dd or 1) <= anchor + timedelta(days=2 if dd else 0)]
    elif tense == "past":
        sided = [d for d in dates if d <= anchor + slack]
    elif tense == "future":
        sided = [d for d in dates if d >= anchor - slack]
    else:
        sided = dates
    return min(sided or dates, key=lambda d: abs(d - anchor)).year


NEAR = 400  # characters: how far back a date named before still carries to one that refers to it


def near_start(text: str, at: int) -> int:
    """From where a date named before ``at`` may still be the one meant: the start of its paragraph,
    or ``NEAR`` characters back when that is further."""
    return min(text.rfind("\n", 0, at) + 1, at - NEAR)


def word_before(ctx: Context, start: int) -> str:
    found = re.search(r"([A-Za-z]+)\W*$", ctx.text[max(0, start - 20):start])
    return found.group(1).lower() if found else ""


def unanchored(value: str | None, kind: str = "DATE") -> Resolved:
    return Resolved(value, kind, confidence=UNRESOLVED)


@dataclass(frozen=True, slots=True)
class Found:
    """One temporal expression found in a text, with its character offsets."""

    start: int
    end: int
    reading: Resolved
