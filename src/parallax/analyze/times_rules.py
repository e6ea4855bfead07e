"""Temporal expression patterns and their TIMEX3 values, relative to an anchor date.

Why our own rules: HeidelTime and SUTime are Java and take seconds per article; dateparser and
dateutil read one absolute date string at a time (and dateparser is slow) but neither finds
expressions in running text, nor resolves "said on Thursday" by the clause's tense, nor follows
how newsrooms use "this week" on a Sunday. Here a few compiled patterns scan the text once each;
every match goes to a small pure function that returns the value. Tense and number readings come
from the caller (the spaCy parse) through ``Context``, so these functions stay testable without it.
Named calendar periods (quarters, holidays, decades...) have their rules in ``times_periods``;
values that depend on what the text said earlier are settled afterwards by ``times_discourse``.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

from parallax.analyze import times_calendar as cal
from parallax.analyze.times_periods import PERIOD_RULES
from parallax.analyze.times_reading import (
    APPROX,
    EDGE,
    MON,
    NUM,
    PREPS,
    UNIT,
    UNRESOLVED,
    WD,
    YEAR,
    Anaphor,
    Context,
    Found,
    Handler,
    Period,
    Resolved,
    Tense,
    month_no,
    norm,
    number,
    unanchored,
    word_before,
    year_for,
    year_no,
)

_LEAP_YEAR = 2000  # a year in which every month-and-day that exists at all exists
_VAGUE_WORDS = {
    "recently": "PAST_REF", "lately": "PAST_REF", "in the past": "PAST_REF", "the past": "PAST_REF",
    "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "now": "PRESENT_REF",
    "at present": "PRESENT_REF", "at the moment": "PRESENT_REF", "these days": "PRESENT_REF",
    "right now": "PRESENT_REF", "current": "PRESENT_REF", "then current": "PAST_REF", "soon": "FUTURE_REF",
    "the future": "FUTURE_REF", "in the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "in the near future": "FUTURE_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "in the near term": "FUTURE_REF", "in the short term": "FUTURE_REF",
}

_APPROX_WORDS = re.compile(r"\b(?:about|nearly|almost|some|roughly|around|approximately|more\s+than|less\s+than|"
                           r"over|at\s+least|up\s+to|fewer\s+than)\b", re.IGNORECASE)


def _absolute(year: int, mon: int, dd: int | None, hh: str | None = None, mi: str | None = None) -> Resolved | None:
    if dd is None:
        return Resolved(cal.month(year, mon), confidence=0.9) if 1 <= mon <= 12 else None
    when = cal.safe_date(year, mon, dd)
    if when is None:
        return None
    if hh is not None and int(hh) < 24 and int(mi or 0) < 60:
        return Resolved(f"{when.isoformat()}T{int(hh):02d}:{int(mi or 0):02d}", "TIME", confidence=0.95)
    return Resolved(when.isoformat(), confidence=0.95)


def _iso(m: re.Match[str], ctx: Context) -> Resolved | None:
    return _absolute(int(m["y"]), int(m["mo"]), int(m["d"]), m["h"], m["mi"])


def _numeric(m: re.Match[str], ctx: Context) -> Resolved | None:
    a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
    if len(m["y"]) == 2:
        year += 2000 if year < 50 else 1900
    mon, dd = (a, b) if m["sep"] == "/" and a <= 12 else (b, a)
    return _absolute(year, mon, dd)


def _month_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    if not m["mon"][0].isupper():
        return None
    mon, dd = month_no(m["mon"]), int(m["d"])
    if cal.safe_date(_LEAP_YEAR, mon, dd) is None:
        return None  # "dies at 91\nJUNE 6": a number beside a month that is no day of it
    if m["y"]:
        return _absolute(int(m["y"]), mon, dd)
    if ctx.anchor is None:
        return Resolved(f"XXXX-{mon:02d}-{dd:02d}", confidence=UNRESOLVED)
    rel = (m.groupdict().get("rel") or "").lower()
    if rel in {"last", "next"}:  # "opened last Nov. 4": the latest such day before the anchor
        this_year = cal.safe_date(ctx.anchor.year, mon, dd)
        if this_year is None:
            return None
        step = -(this_year >= ctx.anchor) if rel == "last" else int(this_year <= ctx.anchor)
        return _absolute(ctx.anchor.year + step, mon, dd)
    found = _absolute(year_for(ctx.anchor, mon, dd, _month_tense(m, ctx)), mon, dd)
    return replace(found, confidence=0.85) if found else None


_ARTICLES = {"a", "an", "the", "its", "their", "his", "her", "our", "my", "your"}
# "a June agreement", "the late-November trip": a month naming an event the story reports
_MONTH_MODIFIER = re.compile(r"\s+(?!(?:and|or|of|to|through|until|for|in|at|on|as|is|was|that|which|with|by|from|"
                             r"when|after|before|the|a|it|he|she|they|we)\b)[a-z]{3,}\b")


def _month_tense(m: re.Match[str], ctx: Context) -> str:
    """The side of the writing date a month (and day) without a year lies on.

    "Effective Feb. 1" announces a change to come, whatever the tense of the clause; a month that
    qualifies a noun after an article ("a June agreement") names an event the story already reports.
    """
    if word_before(ctx, m.start()) == "effective":
        return "future"
    if word_before(ctx, m.start()) in _ARTICLES and not m.groupdict().get("d") and _MONTH_MODIFIER.match(
            ctx.text, m.end()):
        return "past"
    return ctx.tense(m.start(), m.end())


def _week_of(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"The week of May 8": the ISO week holding that day."""
    day = _month_day(m, ctx)
    if day is None or not day.value or "X" in day.value:
        return day
    return replace(day, value=cal.iso_week(date.fromisoformat(day.value)))


def _month_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    if not m["mon"][0].isupper():
        return None
    return _absolute(year_no(m["y"]), month_no(m["mon"]), None)


def _month_of_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"February this year", "April next year": one expression, the month of the year named."""
    if not m["mon"][0].isupper():
        return None
    mon = month_no(m["mon"])
    if ctx.anchor is None:
        return unanchored(f"XXXX-{mon:02d}")
    step = {"this": 0, "next": 1, "last": -1}[m["rel"].lower()]
    return Resolved(cal.month(ctx.anchor.year + step, mon), confidence=0.85)


def _month(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = m["mon"]
    if not word[0].isupper():
        return None
    bare = not (m["edge"] or m["rel"])
    if bare and (word.rstrip(".") in {"May", "March", "Mar", "Jan", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
                                       "Nov", "Dec", "Feb", "Apr"}) and word_before(ctx, m.start()) not in PREPS:
        return None
    # "Jan Novak", "Jun Tanaka": an undotted abbreviation before a capitalised word is a first name
    if not word.endswith(".") and word.lower() in cal.MONTHS and len(word) <= 4 and re.match(
            r"\s+[A-Z][a-z]", ctx.text[m.end():m.end() + 3]):
        return None
    mon = month_no(word)
    if ctx.anchor is None:
        return Resolved(f"XXXX-{mon:02d}", confidence=UNRESOLVED)
    rel = (m["rel"] or "").lower()
    year = ctx.anchor.year
    if rel in {"last", "past"}:
        year -= 1 if mon >= ctx.anchor.month else 0
    elif rel in {"next", "coming"}:
        year += 1 if mon <= ctx.anchor.month else 0
    elif rel != "this":
        year = year_for(ctx.anchor, mon, None, _month_tense(m, ctx))
    return Resolved(cal.month(year, mon), confidence=0.8)


def _year(m: re.Match[str], ctx: Context) -> Resolved | None:
    before = ctx.text[max(0, m.start("y") - 2):m.start("y")]
    after = ctx.text[m.end():m.end() + 12]
    # "in 2003, 2005 and 2008": a number in a list of years is a year too ("in 2003, 2000 people" is not)
    link = r"(?:,?\s+(?:and|or)\s+|,\s+)"
    prev = re.search(rf"(?:1[6-9]|20)\d\d({link})$", ctx.text[max(0, m.start() - 11):m.start()])
    listed = prev is not None and (prev[1].strip(", ") in {"and", "or"} or bool(
        re.match(rf"{link}(?:1[6-9]|20)\d\d\b", ctx.text[m.end():m.end() + 11])))
    prefixed = re.search(r"\b(?:post|pre)-$", ctx.text[max(0, m.start("y") - 6):m.start("y")], re.IGNORECASE)
    glued = not (m["edge"] or listed or prefixed) and re.search(r"[$£€#/\-.\d,]\s?$", before)
    if glued or re.match(r"\s*(?:%|percent|per\s+cent)", after):
        return None
    bare = not (m["edge"] or m["fy"]) and word_before(ctx, m.start()) not in PREPS
    if bare and not listed and ctx.is_quantity(m.start("y"), m.end("y")):
        return None
    return Resolved(m["y"], confidence=0.9)


def _anaphor(m: re.Match[str], ctx: Context) -> Resolved | None:
    unit = m["unit"].lower()
    step = {"following": 1, "previous": -1, "preceding": -1, "prior": -1}.get((m["rel"] or "").lower(), 0)
    if ctx.anchor is None:
        return unanchored(None)
    alone = _shift_unit(ctx, unit, step, m.start(), m.end())
    return None if alone is None else replace(alone, confidence=0.5, anaphor=Anaphor(unit, step))


def _day_anaphor(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"The next morning", "earlier that day": a day counted from the last one the story named."""
    step = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1}.get((m["rel"] or "").lower(), 0)
    if ctx.anchor is None:
        return unanchored(None)
    return Resolved((ctx.anchor + timedelta(days=step)).isoformat(), confidence=0.4, anaphor=Anaphor("day", step))


def _clock(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = (m["w"] or "").lower()
    if word == "noon" and word_before(ctx, m.start()) == "high":
        return None  # "high noon": a showdown, not a clock time
    if word:
        hh, mi = (24, 0) if word == "midnight" else (12, 0)
    else:
        hh, mi = int(m["h"]), int(m["mi"] or 0)
        pm = (m["ap"] or "").lower().startswith("p")
        if (hh > 12 and m["ap"]) or hh > 24 or mi > 59:
            return None
        if m["ap"]:
            hh = hh % 12 + (12 if pm else 0)
    clock = f"T{hh:02d}:{mi:02d}" if not word else ("T24" if hh == 24 else "T12:00")
    if ctx.anchor is None:
        return Resolved(f"XXXX-XX-XX{clock}", "TIME", confidence=UNRESOLVED)
    # a clock time without its day is on the day the story last named ("hit on May 3 ... at 9 p.m.")
    return Resolved(f"{ctx.anchor.isoformat()}{clock}", "TIME", confidence=0.6, anaphor=Anaphor("day", 0))


# what "today's" may qualify when it means the present age: people, society, the market, machines
_GENERIC_TODAY = re.compile(
    r"['\u2019]s\s+(?:[a-z-]+\s+)?(?:world|society|youth|young|generations?|children|kids|teen(?:ager)?s|students"
    r"|famil(?:y|ies)|parents|consumers|economy|market(?:place)?|culture|era|age|standards|technology|computers"
    r"|cars|machines|women|men|workers|workplace|business(?:es)?|politics|climate|environment)\b")


def _day_word(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = norm(m["w"])
    offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
               "the day after tomorrow": 2, "last night": -1, "this morning": 0, "this afternoon": 0,
               "this evening": 0}
    part = (m["part"] or "").lower() or {"tonight": "night", "last night": "night"}.get(word) or (
        word.split()[-1] if word.startswith("this ") else "")
    code = cal.DAY_PARTS.get(part, "")
    kind = "TIME" if code else "DATE"
    if word == "today" and _GENERIC_TODAY.match(ctx.text, m.end()):
        return None  # "in today's world", "today's youth": the present age, not a date
    if ctx.anchor is None:
        return unanchored(None, kind)
    when = ctx.anchor + timedelta(days=offsets[word])
    return Resolved(when.isoformat() + (f"T{code}" if code else ""), kind, confidence=0.9)


def _weekday(m: re.Match[str], ctx: Context) -> Resolved | None:
    if not m["wd"][0].isupper():
        return None
    index = cal.WEEKDAYS.index(m["wd"].lower())
    if m["pl"]:
        return Resolved(f"XXXX-WXX-{index + 1}", "SET", confidence=0.7)
    part = (m["part"] or "").lower()
    # "Friday night" in a news story is that Friday: TimeBank and AQUAINT annotate the day (or "Friday"
    # alone) far more often than a part of it, unlike "Friday morning" or "Friday evening"
    code = cal.DAY_PARTS.get(part, "") if part != "night" else ""
    kind = "TIME" if code else "DATE"
    if ctx.anchor is None:
        return unanchored(f"XXXX-WXX-{index + 1}", kind)
    rel = (m["rel"] or "").lower()
    if not rel and re.match(r"['\u2019]s\b", ctx.text[m.end("wd"):m.end("wd") + 3]):
        rel = "past"  # "Wednesday's ruling": an event already reported, whatever the clause's tense
    if rel == "last":
        when, conf = cal.weekday_near(ctx.anchor, index, "past", strict=True), 0.8
    elif rel == "next":
        when, conf = cal.weekday_near(ctx.anchor, index, "future", strict=True), 0.8
    else:
        tense = ctx.tense(m.start("wd"), m.end("wd"))
        direction = "future" if rel == "coming" or (tense == "future" and rel != "past") else "past"
        when, conf = cal.weekday_near(ctx.anchor, index, direction), 0.75 if tense != "unknown" else 0.6
    return Resolved(when.isoformat() + (f"T{code}" if code else ""), kind, confidence=conf)


def _relative_unit(m: re.Match[str], ctx: Context) -> Resolved | None:
    rel, unit = m["rel"].lower(), m["unit"].lower()
    if m[0] == "This Week" and re.search(r"[\"\u201c`]$", ctx.text[max(0, m.start() - 1):m.start()]):
        return None  # "This Week" right after an opening quote: a programme's title
    if m["the"] and rel in {"past", "last"} and not m["edge"] and unit != "weekend":  # "the past weekend": a date
        return Resolved(cal.duration(2 if unit == "fortnight" else 1,
                                     "week" if unit == "fortnight" else unit), "DURATION", confidence=0.8)
    if ctx.anchor is None:
        return unanchored({"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE"}.get(unit))
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
    return _shift_unit(ctx, unit, step, m.start(), m.end())


def _shift_unit(ctx: Context, unit: str, step: int, start: int, end: int) -> Resolved | None:
    anchor = ctx.anchor
    assert anchor is not None
    if unit in {"week", "fortnight"}:
        # Written on a Sunday, "this week" and "next week" mean the week starting tomorrow, "last week"
        # the week now ending; past-tense "this week" still means the ending week.
        if anchor.weekday() == 6 and step <= 0 and not (step == 0 and ctx.tense(start, end) == "past"):
            step += 1
        return Resolved(cal.iso_week(anchor + timedelta(weeks=step)), confidence=0.8)
    if unit == "weekend":
        if step == 0:
            step = -1 if ctx.tense(start, end) == "past" and anchor.weekday() < 5 else 0
        saturday = cal.weekday_near(anchor, 5, "future") + timedelta(weeks=step)
        if anchor.weekday() == 6 and step <= 0:
            saturday -= timedelta(weeks=1)
        return Resolved(cal.iso_week(saturday) + "-WE", confidence=0.7)
    if unit == "month":
        moved = cal.add_months(anchor, step)
        return Resolved(cal.month(moved.year, moved.month), confidence=0.85)
    if unit == "quarter":
        moved = cal.add_months(anchor, 3 * step)
        return Resolved(cal.quarter(moved.year, cal.quarter_of(moved)), confidence=0.8)
    if unit == "year":
        return Resolved(str(anchor.year + step), confidence=0.85)
    if unit == "decade":
        return Resolved(str(anchor.year // 10 + step), confidence=0.8)
    return Resolved(str(anchor.year // 100 + 1 + step), confidence=0.6)


def _end_of(m: re.Match[str], ctx: Context) -> Resolved | None:
    if ctx.anchor is None:
        return unanchored(None)
    return _shift_unit(ctx, m["unit"].lower(), 0, m.start(), m.end())


def _ago(m: re.Match[str], ctx: Context) -> Resolved | None:
    unit, amount = cal.unit_of(m["unit"]), number(m["n"])
    direction = m["dir"].lower().split()[0]
    sign = 1 if direction in {"from", "hence", "later"} else -1
    approximate = bool(_APPROX_WORDS.search(m["pre"])) or unit == "fortnight" or amount is None
    if direction in {"later", "earlier"} and unit not in {"year", "decade", "century"}:
        # "Two days later, ...": a step in the story, measured from an event rather than from the
        # writing date; TimeML values the length ("a year earlier" stays a date: earnings reports)
        return Resolved(cal.duration(amount, unit), "DURATION", vague=amount is None, approximate=approximate,
                        confidence=0.5)
    if amount is None:
        return Resolved("FUTURE_REF" if sign > 0 else "PAST_REF", vague=True, approximate=True, confidence=0.5)
    if ctx.anchor is None:
        return unanchored(None)
    conf = 0.75 if direction in {"ago", "from", "hence"} else 0.4
    _, _, factor = cal.UNITS[unit]
    amount *= factor
    anchor = ctx.anchor
    if unit in {"second", "minute", "hour", "day", "week", "fortnight"}:
        days = amount * {"week": 7, "fortnight": 7}.get(unit, 1) if unit not in {"second", "minute", "hour"} else 0
        return Resolved((anchor + timedelta(days=sign * days)).isoformat(), approximate=approximate, confidence=conf)
    if unit == "month":
        moved = cal.add_months(anchor, int(sign * amount))
        return Resolved(cal.month(moved.year, moved.month), approximate=approximate, confidence=conf)
    if unit == "quarter":
        moved = cal.add_months(anchor, int(sign * 3 * amount))
        return Resolved(cal.quarter(moved.year, cal.quarter_of(moved)), approximate=approximate, confidence=conf)
    years = sign * amount  # in years: ``factor`` spelled decades and centuries so
    shift = unit == "year" and amount == 1 and sign < 0
    return Resolved(str(int(anchor.year + years)), approximate=approximate, confidence=conf,
                    period=Period(-1) if shift else None)


_MODALS = {"will", "would", "may", "might", "could", "can", "shall", "should", "must"}


def _duration(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m["dir"]:
        return _ago(m, ctx)
    unit, amount = cal.unit_of(m["unit"]), number(m["n"])
    if m["more"] and amount is not None:
        amount += 0.5
    pre = norm(m["pre"] or "")
    if not pre and norm(m[0]) == "one day" and word_before(ctx, m.start()) in _MODALS:
        return Resolved("FUTURE_REF", vague=True, confidence=0.5)  # "will one day be": some time to come
    if norm(m["n"]) in {"a", "an"} and not pre and re.search(
        r"(?:\d|million|billion|once|twice|times|per)\s*$", ctx.text[max(0, m.start() - 12):m.start()]
    ):
        return Resolved(cal.duration(1, unit), "SET", confidence=0.6)
    after = ctx.text[m.end():m.end() + 24]
    # "three-quarters", "a quarter of the market": a fraction; "a second group": an ordinal
    fraction = unit == "quarter" and (("-" in m["sep"] and m["unit"].lower().endswith("s")) or re.match(
        r"\s+of\s+(?!(?:the\s+|this\s+|next\s+|last\s+)?(?:fiscal\s+)?year\b|\d{4})", after))
    ordinal = unit == "second" and not m["more"] and re.match(r"\s+(?!(?:later|ago|earlier|or|and|to|after|before)\b)"
                                                              r"[a-z]", after)
    # "the first two quarters of 2011": the half that ``times_periods`` names
    half = unit == "quarter" and amount == 2 and pre.endswith(("the first", "the last")) and re.match(
        r"\s+of\s+(?:(?:the\s+|this\s+|next\s+|last\s+)?(?:fiscal\s+)?year\b|\d{4})", after)
    if fraction or ordinal or half or (m["tail"] or "").lower().endswith("old"):
        return None
    vague = amount is None
    approximate = vague or "couple" in norm(m["n"]) or bool(_APPROX_WORDS.search(pre))
    return Resolved(cal.duration(amount, unit), "DURATION", vague=vague, approximate=approximate,
                    confidence=0.5 if vague else 0.8)


def _vague_span(m: re.Match[str], ctx: Context) -> Resolved | None:
    pre, rel, few = (m["pre"] or "").lower(), (m["rel"] or "").lower(), m["q"]
    if not (pre or rel or few):
        return None
    unit = cal.unit_of(m["unit"])
    if rel in {"coming", "next", "following", "future"} and not few:
        return Resolved("FUTURE_REF", vague=True, confidence=0.5)
    return Resolved(cal.duration(None, unit), "DURATION", vague=True, approximate=True, confidence=0.5)


def _long(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"A day-long meeting", "a decades-long battle": the length of what the noun names."""
    return Resolved(cal.duration(None if m["pl"] else 1, cal.unit_of(m["unit"])), "DURATION",
                    vague=bool(m["pl"]), confidence=0.6)


def _year_end(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"By year-end": the close of the current year (of the last one, told of in the past tense early in a
    year); "year-end net" alone, a reporting adjective, is no time."""
    if ctx.anchor is None:
        return unanchored(None)
    told_early = ctx.tense(m.start(), m.end()) == "past" and ctx.anchor.month < 3
    return Resolved(str(ctx.anchor.year - 1 if told_early else ctx.anchor.year), confidence=0.6)


def _vague_word(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = norm(m["w"])
    # "was soon freed", "soon after the vote": a step in a past narrative, not the future
    after = ctx.text[m.end():m.end() + 14]
    if word == "soon" and (ctx.tense(m.start(), m.end()) == "past"
                           or re.match(r"\s+(?:after|afterwards?|before|thereafter)\b", after)):
        return None
    return Resolved(_VAGUE_WORDS[word], vague=True, confidence=0.5)


_EVERY = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "quarterly": "P3M",
          "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H"}


def _set(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m["adv"]:
        adv = m["adv"].lower()
        # "its quarterly dividend", "quarterly results": the name of a reporting period, not a recurrence;
        # "grow 4% annually", "5,000 units annually": a rate of a quantity
        if (adv == "quarterly" and re.match(r"\s+[a-z]", ctx.text[m.end():m.end() + 2])) or re.search(
                r"(?:\d%?|percent|units)\s+$", ctx.text[max(0, m.start() - 12):m.start()]):
            return None
        return Resolved(_EVERY[adv], "SET", confidence=0.6)
    word = (m["unit"] or "").lower()
    if word in cal.WEEKDAYS:
        return Resolved(f"XXXX-WXX-{cal.WEEKDAYS.index(word) + 1}", "SET", confidence=0.7)
    if m["mon"]:
        return Resolved(f"XXXX-{month_no(m['mon']):02d}", "SET", confidence=0.7)
    return Resolved(cal.duration(1, word), "SET", confidence=0.6)


_RULES: list[tuple[str, Handler]] = [
    (r"\b(?P<y>\d{4})-(?P<mo>\d\d)-(?P<d>\d\d)(?:[T ](?P<h>\d\d):(?P<mi>\d\d)(?::\d\d(?:\.\d+)?)?)?(?![\d-])", _iso),
    (r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d\d)(?![\d/.]\d)", _numeric),
    (rf"\b(?:{WD},?\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MON})"
     rf"(?:,?\s+(?P<y>\d{{4}})(?!\d))?", _month_day),
    (rf"\b(?:(?P<rel>last|next)\s+)?(?:{WD},?\s+)?(?P<mon>{MON})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d|:\d)"
     rf"(?:,?\s+(?P<y>\d{{4}})(?!\d))?", _month_day),
    (rf"\b(?:{EDGE}[\s-]+)?(?P<mon>{MON}),?\s+(?:of\s+)?(?P<y>{YEAR})", _month_year),
    (rf"\b(?:{EDGE}[\s-]+)?(?P<mon>{MON})\s+(?P<rel>this|next|last)\s+year\b", _month_of_year),
    (rf"\bthe\s+week\s+of\s+(?P<mon>{MON})\s+(?P<d>\d{{1,2}})(?!\d)(?:,?\s+(?P<y>\d{{4}})(?!\d))?", _week_of),
    (rf"\b(?:(?P<edge>{EDGE})[\s-]+|(?P<rel>last|next|this|past|coming)\s+)?(?P<mon>{MON})", _month),
    (r"\b(?:(?P<edge>early|mid|late)[\s-]+)?(?:(?P<fy>fiscal|calendar|model)\s+(?:year\s+)?)?"
     r"(?P<y>(?:1[6-9]|20)\d\d)(?![\w%]|[.,]\d|-\d|'s)", _year),
    *PERIOD_RULES,
    (r"\b(?:the\s+(?P<rel>following|previous|preceding|prior|same)|(?P<that>that))\s+(?P<unit>week|month|year)\b"
     r"(?![\s-]+(?:old|long|ago|earlier|later))", _anaphor),
    (r"\b(?:(?:earlier|later)\s+)?(?:the\s+(?P<rel>next|following|previous|preceding|prior|same)|that(?:\s+same)?)\s+"
     r"(?:day|morning|afternoon|evening|night)\b(?![\s-]+(?:old|long))|\b(?:earlier|later)\s+in\s+the\s+day\b",
     _day_anaphor),
    (r"(?<![\d:])\b(?:(?P<h>\d{1,2})(?::(?P<mi>\d\d))?\s*(?P<ap>[ap]\.m\.|[ap]m\b|[ap]\.m\b)"
     r"|(?P<h3>\d{1,2}(?::\d\d)?)\s+in\s+the\s+(?P<part>morning|afternoon|evening)"
     r"|(?P<h2>\d{1,2}):(?P<mi2>\d\d)\b(?!:?\d))(?:\s+(?:[ECMP][SD]T|GMT|UTC|BST|CET)\b)?|\b(?P<w>noon|midnight|midday)\b",
     lambda m, ctx: _clock_any(m, ctx)),
    (r"\b(?:(?P<mod>early|late|earlier|later)\s+)?(?P<w>today|tonight|yesterday|tomorrow|the\s+day\s+before\s+"
     r"yesterday|the\s+day\s+after\s+tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))"
     r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b", _day_word),
    (rf"\b(?:(?P<rel>last|next|this|coming|past)\s+|(?:early|late|earlier|later)\s+(?:on\s+)?|on\s+)?"
     rf"(?P<wd>{WD})(?P<pl>s)?\b(?:\s+(?P<part>morning|afternoon|evening|night)\b)?", _weekday),
    (r"\b(?:(?P<edge>earlier|later|early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|"
     r"the\s+middle\s+of|the\s+rest\s+of)[\s-]+)?(?P<the>the\s+)?(?P<rel>last|next|this|past|coming|current)\s+"
     r"(?P<unit>week|weekend|month|quarter|year|decade|century|fortnight)\b", _relative_unit),
    (r"\b(?:(?:at|by|until|before|after|to)\s+)?the\s+(?:end|beginning|start|middle)\s+of\s+the\s+"
     r"(?P<unit>week|month|year)\b", _end_of),
    (r"\b(?:over\s+|during\s+)?the\s+weekend\b", lambda m, ctx: _weekend(m, ctx)),
    (rf"\b(?P<pre>(?:(?:for|over|within|in|during|after|the\s+(?:past|last|next|first|final|previous|coming|"
     rf"following|remaining|latest)|{APPROX})\s+)*)(?P<n>{NUM})(?P<sep>[\s-]+(?:(?:more|additional|further|extra)\s+)?)(?P<unit>{UNIT})\b"
     r"(?P<more>\s+and\s+a\s+half\b)?(?:(?P<tail>[\s-]+(?:long|old)\b)|(?:\s+or\s+so)?\s+(?P<dir>ago|from\s+now|hence|earlier|"
     r"later)\b)?", _duration),
    (r"\b(?:(?P<pre>for|within|over|in|after|during)\s+)?(?:(?:the\s+)?(?P<rel>coming|next|past|last|recent|"
     r"following|previous|future)\s+)?(?:(?P<q>few|several|many)\s+)?"
     r"(?P<unit>seconds|minutes|hours|days|weeks|months|quarters|years|decades)\b", _vague_span),
    (r"\b(?P<unit>hour|day|week|month|year|decade|century|(?P<pl>hours|days|weeks|months|years|decades|centuries))-long\b",
     _long),
    (r"\b(?:by|at|before|until|till|through|after|since)\s+(?:the\s+)?(?P<w>year-end|year's\s+end)\b", _year_end),
    (r"\b(?P<w>recently|lately|currently|(?:then[\s-])?current|(?<!as\s)soon(?!\s+as\b)|nowadays|now|at\s+present|at\s+the\s+"
     r"moment|these\s+days|right\s+now|(?:in\s+)?the\s+(?:near\s+)?future|(?:in\s+)?the\s+(?:near|short)\s+term|(?:in\s+)?the\s+past)\b",
     _vague_word),
    (rf"\b(?:every|each|per)\s+(?:(?P<unit>second|minute|hour|day|week|month|year|quarter|monday|tuesday|"
     rf"wednesday|thursday|friday|saturday|sunday)\b|(?P<mon>{MON}))"
     r"|\b(?P<adv>daily|nightly|weekly|monthly|quarterly|annually|yearly|hourly)\b", _set),
]


def _clock_any(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m["h2"]:
        return _clock(re.match(r"(?P<h>\d+):(?P<mi>\d+)(?P<ap>)(?P<w>)", f"{m['h2']}:{m['mi2']}"), ctx)
    if m["h3"]:  # "4 in the morning", "8 in the evening"
        ap = "am" if m["part"].lower() == "morning" else "pm"
        return _clock(re.match(r"(?P<h>\d+)(?::(?P<mi>\d+))?(?P<ap>[ap]m)(?P<w>)", f"{m['h3']}{ap}"), ctx)
    return _clock(m, ctx)


def _weekend(m: re.Match[str], ctx: Context) -> Resolved | None:
    if ctx.anchor is None:
        return unanchored("XXXX-WXX-WE")
    return _shift_unit(ctx, "weekend", 0, m.start(), m.end())


def _lowercased(pattern: str) -> str:
    """``pattern`` with its letters in lower case, escapes (``\\S``) and group names left as they are."""
    return re.sub(r"\\.|\(\?P[<=]\w+[>)]|[A-Z]", lambda m: m[0] if len(m[0]) > 1 else m[0].lower(), pattern)


# Python's ``re`` scans twice as fast without IGNORECASE, so each rule scans an ASCII-lowercased copy of
# the text with a lowercased pattern (the same matches, as the patterns are ASCII), and only its hits
# are matched again, case-insensitively, on the text itself for the handler to read.
_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_COMPILED = [(re.compile(_lowercased(pattern)), re.compile(pattern, re.IGNORECASE), handler)
             for pattern, handler in _RULES]
# "Tuesday at 2 p.m.", "9:10 a.m. (0610 GMT) Monday": what may stand between a clock time and its day
_CLOCK_JOIN = re.compile(r"\s*(?:\([^()]{1,24}\)\s*)?(?:,\s*)?(?:at|on|,)?\s*", re.IGNORECASE)


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
    return list(_join_clock_times(taken, ctx.text))


def _join_clock_times(found: list[Found], text: str) -> Iterator[Found]:
    """A clock time next to a day ("Tuesday at 2 p.m.", "2 p.m. on Tuesday") becomes one TIME."""
    i = 0
    while i < len(found):
        here = found[i]
        if i + 1 < len(found):
            there = found[i + 1]
            gap = text[here.end:there.start]
            pair = _clock_and_day(here, there)
            if pair and _CLOCK_JOIN.fullmatch(gap):
                clock, day = pair
                value = clock.reading.value or ""
                when = (day.reading.value or "")[:10] + value[value.index("T"):]
                reading = replace(clock.reading, value=when, confidence=day.reading.confidence, anaphor=None)
                yield Found(here.start, there.end, reading)
                i += 2
                continue
        yield here
        i += 1


def _clock_and_day(a: Found, b: Found) -> tuple[Found, Found] | None:
    def is_clock(f: Found) -> bool:
        return f.reading.type == "TIME" and bool(re.search(r"T\d\d", f.reading.value or ""))

    def is_day(f: Found) -> bool:
        return f.reading.type == "DATE" and bool(re.fullmatch(r"(?:\d{4}|XXXX)-(?:\d\d|WXX)-(?:\d\d|\d)",
                                                               f.reading.value or ""))

    if is_clock(a) and is_day(b):
        return a, b
    if is_day(a) and is_clock(b):
        return b, a
    return None


def resolve(expression: str, anchor: date | None, tense: Tense = "unknown") -> Resolved | None:
    """The reading of one temporal expression against an anchor date, the clause's tense given.

    >>> resolve("last week", date(2025, 3, 16)).value
    '2025-W11'
    """
    found = scan(Context(expression, anchor, lambda start, end: tense))
    if not found:
        return None
    return max(found, key=lambda f: f.end - f.start).reading
