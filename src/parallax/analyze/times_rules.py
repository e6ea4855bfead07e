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
    # "09/11/2016" is November 9 in a British paper, September 11 in an American one: the other reading
    # when it lies within two months of the writing date and nearer to it, as stamps and recent events do
    usual, other = cal.safe_date(year, mon, dd), cal.safe_date(year, dd, mon)
    if ctx.anchor and usual and other and abs(other - ctx.anchor) < min(abs(usual - ctx.anchor), timedelta(days=60)):
        mon, dd = dd, mon
    return _absolute(year, mon, dd)


def _month_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    if not m["mon"][0].isupper():
        return None
    mon, dd = month_no(m["mon"]), int(m["d"])
    if cal.safe_date(_LEAP_YEAR, mon, dd) is None:
        return None  # "dies at 91\nJUNE 6": a number beside a month that is no day of it
    if m["y"]:
        return _absolute(int(m["y"]), mon, dd)
    if (mon, dd) == (9, 11) and _ATTACKS.match(ctx.text, m.end()):
        return Resolved("2001-09-11", confidence=0.9)  # "the Sept. 11 attacks": the day the phrase names
    if ctx.anchor is None:
        return Resolved(f"XXXX-{mon:02d}-{dd:02d}", confidence=UNRESOLVED)
    rel = (m.groupdict().get("rel") or "").lower()
    if rel in {"last", "next"}:  # "opened last Nov. 4": the latest such day before the anchor
        this_year = cal.safe_date(ctx.anchor.year, mon, dd)
        if this_year is None:
            return None
        step = -(this_year >= ctx.anchor) if rel == "last" else int(this_year <= ctx.anchor)
        return _absolute(ctx.anchor.year + step, mon, dd)
    tense = _month_tense(m, ctx)
    found = _absolute(year_for(ctx.anchor, mon, dd, tense), mon, dd)
    # in a chronology of an earlier year told in the past ("On March 2, 2015, ... On March 25, it wiped
    # the server") the year goes on
    if found is None:
        return None
    told = tense in {"past", "begun"}
    return replace(found, confidence=0.85, anaphor=Anaphor("day-in-year", 0) if told else None)


# "the Sept. 11 attacks", "the September 11 hijackings": 2001 ("the Sept. 11 attack" is as often Benghazi, 2012)
_ATTACKS = re.compile(r"(?:th)?,?\s+(?:terrorist\s+|terror\s+)?(?:attacks|hijack\w*|commission)\b", re.IGNORECASE)
_ARTICLES = {"a", "an", "the", "its", "their", "his", "her", "our", "my", "your"}
# "a June agreement", "the late-November trip": a month naming an event the story reports
_MONTH_MODIFIER = re.compile(r"\s+(?!(?:and|or|of|to|through|until|for|in|at|on|as|is|was|that|which|with|by|from|"
                             r"when|after|before|the|a|it|he|she|they|we)\b)[a-z]{3,}\b")


def _month_tense(m: re.Match[str], ctx: Context) -> str:
    """The side of the writing date a month (and day) without a year lies on.

    "Effective Feb. 1" announces a change to come, whatever the tense of the clause; a month that
    qualifies a noun after an article ("a June agreement") names an event the story already reports.
    """
    before = word_before(ctx, m.start())
    if before == "effective":
        return "future"
    if _BEGUN.search(ctx.text, max(0, m.start() - 30), m.start()):
        return "begun"
    event = _EVENT_AHEAD.match(ctx.text, m.end())
    if before in _ARTICLES and not m.groupdict().get("d"):
        if event and _AWAITING.search(ctx.text, max(0, m.start() - 40), m.start()):
            return "future"  # "in preparation for the January inauguration": awaited, whatever the tense
        if _MONTH_MODIFIER.match(ctx.text, m.end()) and not event:
            return "past"
    tense = ctx.tense(m.start(), m.end())
    if tense == "past" and ctx.on_simple_past(m.start(), m.end()):
        # "she resigned in October", "In October, she said", written in September: last October (a past
        # clause otherwise keeps two months' slack, as its tense may be misread)
        return "begun"
    return tense


# "since May", "since announcing in October", "way back in August", "Back in June, ...": a month already begun
_BEGUN = re.compile(r"(?:\b[Ss]ince(?:\s+[a-z]+ing)?|\bway\s+back|(?:^|[.!?\"\u201c\n]\s*)Back)"
                    r"\s+(?:(?:in|early|late|mid)[\s-]+)?$")
# "ahead of the", "in preparation for the", "before the": what follows is still to come
_AWAITING = re.compile(r"\b(?:for|ahead\s+of|before|awaiting|until|toward|towards|run[\s-]up\s+to|eve\s+of)"
                       r"\s+(?:the|this|next)\s+$", re.IGNORECASE)
# "the November election", "the June summit": an event a calendar fixes ahead, dated by the clause
_EVENT_NOUNS = (r"(?:elections?|votes?|primar(?:y|ies)|caucus(?:es)?|referendum|ballot|summit|deadline|convention"
                r"|conference|inauguration|hearing|trial|launch)")
_EVENT_AHEAD = re.compile(r"\s+(?:(?:general|presidential|midterm|local|mayoral|municipal|council|parliamentary"
                          r"|legislative|state|regional|European|national|leadership)\s+)?" + _EVENT_NOUNS + r"\b")
_EVENT_BEFORE = re.compile(r"\b" + _EVENT_NOUNS + r"\s+$", re.IGNORECASE)


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


_MONTH_PREPS = {"in", "by", "until", "till", "since", "from", "through", "during", "before", "after", "of", "early",
                "late", "mid", "last", "next", "this"}


def _month(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = m["mon"]
    if not word[0].isupper():
        return None
    bare = not (m["edge"] or m["rel"])
    if bare and ctx.is_person(m.start(), m.end()):
        return None  # "a statement from May's office", "talks between Trump and May": a person
    before = word_before(ctx, m.start())
    # "April, May and June", "the May elections": a month in a list of months or naming a scheduled event
    listed = before in cal.MONTHS or (before in _ARTICLES and _EVENT_AHEAD.match(ctx.text, m.end()))
    if bare and (word.rstrip(".") in {"May", "March", "Mar", "Jan", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
                                       "Nov", "Dec", "Feb", "Apr"}) and before not in PREPS and not listed:
        return None
    if bare and word == "March" and before not in _MONTH_PREPS and re.match(
            r"\s+(?:on\s+(?:the\s+)?[A-Z]|against\b|for\s+[A-Z])", ctx.text[m.end():]):
        return None  # "the March on Washington", "a March for Our Lives": a march
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
        tense = _month_tense(m, ctx)
        told = _YEAR_TOLD.search(ctx.text, max(0, m.start() - 150), m.start()) if tense != "future" else None
        # a year that dates a month or a day of its own ("since June 2014 ... in November") is no setting
        dated = told and _DATED_YEAR.search(ctx.text, max(0, told.start() - 16), told.start())
        # ... and one in another clause ("extradited in 2014 and pleaded guilty in May", "gambling, which
        # became legal in 2013, was up in October") is no setting either
        apart = told and (_CLAUSE_BREAK.search(ctx.text, told.end(1), m.start()) or (
            "," in ctx.text[told.end(1):m.start()]
            and _CLAUSE_BREAK.search(ctx.text[max(0, told.start() - 80):told.start()].rsplit(",", 1)[-1])))
        told = None if dated or apart or (told and ctx.is_quantity(told.start(1), told.end(1))) else told
        # "stayed in the 2008 race until June": a month in a sentence about an earlier year is in it
        year = int(told[1]) if told and int(told[1]) < ctx.anchor.year else year_for(ctx.anchor, mon, None, tense)
    return Resolved(cal.month(year, mon), confidence=0.8)


# the last year written out in the same sentence before a month ("in 2008 ... in June")
_CLAUSE_BREAK = re.compile(r"\b(?:but|and|that|which|who|whom|whose|when|while|where|although|though|because)\b"
                           r"|[;\u2013\u2014]")
_DATED_YEAR = re.compile(rf"{MON}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?$")
_YEAR_TOLD = re.compile(r"(?<![\d$\u00a3\u20ac#.,/-])\b((?:1[6-9]|20)\d\d)\b(?![\d%,.]\d|-\d)(?:(?![.!?]\s)[^\n])*$")


_STREET = re.compile(r"(?:\s+[A-Z][a-z]+){1,3}\s+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Lane|Place)\b")


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
    if _STREET.match(ctx.text, m.end()):
        return None  # "2010 Main Street": a house number
    bare = not (m["edge"] or m["fy"]) and word_before(ctx, m.start()) not in PREPS
    if bare and not listed and ctx.is_quantity(m.start("y"), m.end("y")):
        return None
    return Resolved(m["y"], confidence=0.9)


def _year_span(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Each year of a span written with a dash or slash: "2010-2015", and the first of "2009-13" or of
    "the 2016-17 season", "2015/16" (a season or fiscal year across two)."""
    first, second = int(m["y1"]), m["y2"]
    last = first // 100 * 100 + int(second) if len(second) == 2 else int(second)
    if not first < last <= first + 60:
        return None
    bare = len(second) == 4 and word_before(ctx, m.start("y1")) not in PREPS
    if bare and ctx.is_quantity(m.start(), m.end()):
        return None  # "1800-2000 troops"
    return Resolved(m["y"], confidence=0.85)


# "the following year", "the week before.": a step from the last date the story named
_STEPS = {"next": 1, "following": 1, "after": 1, "previous": -1, "preceding": -1, "prior": -1, "before": -1}


def _anaphor(m: re.Match[str], ctx: Context) -> Resolved | None:
    unit = m["unit"].lower()
    step = _STEPS.get((m["rel"] or "").lower(), 0)
    if ctx.anchor is None:
        return unanchored(None)
    if unit == "day":
        return _day_anaphor(m, ctx)
    alone = _shift_unit(ctx, unit, step, m.start(), m.end())
    return None if alone is None else replace(alone, confidence=0.5, anaphor=Anaphor(unit, step))


def _day_anaphor(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"The next morning", "earlier that day": a day counted from the last one the story named."""
    step = _STEPS.get((m["rel"] or "").lower(), 0)
    if ctx.anchor is None:
        return unanchored(None)
    return Resolved((ctx.anchor + timedelta(days=step)).isoformat(), confidence=0.4, anaphor=Anaphor("day", step))


def _clock(m: re.Match[str], ctx: Context, span: tuple[int, int] | None = None) -> Resolved | None:
    """A clock time; ``span``: where it lies in ``ctx.text`` when ``m`` matched a respelling of it."""
    start, end = span or m.span()
    word = (m["w"] or "").lower()
    if word == "noon" and word_before(ctx, start) == "high":
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
    if _HEADING_BEFORE.search(ctx.text, max(0, start - 8), start) and _HEADING_AFTER.match(ctx.text, end):
        # "___. 9:40 p.m. Texas Sen. Ted Cruz says": the stamp of a live-blog entry, on the writing day
        return Resolved(f"{ctx.anchor.isoformat()}{clock}", "TIME", confidence=0.6)
    # a clock time without its day is on the day the story last named ("hit on May 3 ... at 9 p.m.")
    past = ctx.tense(start, end) == "past"
    return Resolved(f"{ctx.anchor.isoformat()}{clock}", "TIME", confidence=0.6, anaphor=Anaphor("day", 0, past))


# a paragraph of its own: a line break (or the blank run a flattened page leaves) around the clock time
_HEADING_BEFORE = re.compile(r"(?:^|\n|\s{2}|_{2,}\.?\s*)$")
_HEADING_AFTER = re.compile(r"\s*(?:\n|\s{2}|$)")


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
    if word == "today" and not m["mod"] and word_before(ctx, m.start()) == "the":
        return None  # "the Today show", "the Today programme": a title
    if ctx.anchor is None:
        return unanchored(None, kind)
    when = ctx.anchor + timedelta(days=offsets[word])
    return Resolved(when.isoformat() + (f"T{code}" if code else ""), kind, confidence=0.9)


# "Super Tuesday", "Bloody Sunday", "Giving Tuesday": a named day, not simply the weekday last or next (a
# Super Tuesday written of ahead is the Tuesday to come, as often as the one past)
_NAMED_DAY = re.compile(r"\b(?:Super|Bloody|Black|Cyber|Giving|Shrove|Maundy|Holy|Ash|Palm|Good)\s+$")
_SCHEDULED = re.compile(r"\b(?:(?:scheduled|slated|set|due|planned|penciled|pencilled)\s+(?:for|on)|due)\s+$",
                        re.IGNORECASE)
# "ahead of Tuesday's vote", "ahead of New York's Tuesday primary", "before Friday's purchases"
_AWAITED = re.compile(r"\b(?:(?P<ahead>ahead\s+of|awaiting|the\s+run[\s-]up\s+to|the\s+eve\s+of)"
                      r"(?:\s+[\w'\u2019-]+){0,3}|before)\s+$", re.IGNORECASE)


def _weekday(m: re.Match[str], ctx: Context) -> Resolved | None:
    if not m["wd"][0].isupper() or _NAMED_DAY.search(ctx.text, max(0, m.start("wd") - 8), m.start("wd")):
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
    possessive = re.match(r"['\u2019]s\b", ctx.text[m.end("wd"):m.end("wd") + 3]) or (
        m["part"] and re.match(r"['\u2019]s\b", ctx.text[m.end():m.end() + 3]))  # "Thursday night's debate"
    awaited = _AWAITED.search(ctx.text, max(0, m.start() - 50), m.start()) if not rel else None
    if not rel and (possessive or (awaited and awaited["ahead"])):
        # "Wednesday's ruling": an event already reported, whatever the clause's tense; "ahead of
        # Tuesday's vote" awaits it: the coming one, or in a past clause the nearer one; "its share
        # before Friday's purchases is 7%" is a state before a reported event unless told as to come
        tense = ctx.tense(m.start("wd"), m.end("wd"))
        if not awaited:
            rel = "past"
        elif tense == "past":
            rel = "nearest"
        else:
            rel = "coming" if tense == "future" or awaited["ahead"] else "past"
    if not rel and ctx.dates_noun(m.start("wd"), m.end("wd")) and ctx.tense(m.start("wd"), m.end("wd")) == "future" \
            and not _EVENT_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()):
        # "his address Sunday ... will be a major topic": the future is the clause's, not the address's,
        # which may be past or to come: the nearer day ("the meeting Tuesday will decide", written Monday);
        # a scheduled event ("the primary Tuesday") keeps the clause's future
        rel = "nearest"
    if rel == "nearest":
        sides = [cal.weekday_near(ctx.anchor, index, side) for side in ("past", "future")]
        when, conf = min(sides, key=lambda d: abs(d - ctx.anchor)), 0.6
    elif rel == "last":
        when, conf = cal.weekday_near(ctx.anchor, index, "past", strict=True), 0.8
    elif rel == "next":
        when, conf = cal.weekday_near(ctx.anchor, index, "future", strict=True), 0.8
    else:
        tense = ctx.tense(m.start("wd"), m.end("wd"))
        if tense in {"present", "unknown"} and _SCHEDULED.search(ctx.text, max(0, m.start() - 40), m.start()):
            tense = "future"  # "the vote is set for Friday", "talks are scheduled on Monday"
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
    year = int(anchor.year + years)
    if year < 1:  # "5,000 years ago": before the calendar TIMEX3 years spell
        return Resolved("PAST_REF", vague=True, approximate=True, confidence=0.5)
    return Resolved(f"{year:04d}", approximate=approximate, confidence=conf, period=Period(-1) if shift else None)


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
    ordinal = unit == "second" and not m["more"] and bool(
        re.match(r"\s+(?!(?:later|ago|earlier|or|and|to|after|before)\b)[a-z]|-[a-z]", after)
        or (m["unit"][0].isupper() and re.match(r"\s+[A-Z]", after)))  # "a Second Circuit judge"
    # "a months-long feud": one plural unit is no amount (the ``_long`` rule reads the length); "a
    # year-end deal", "a day-care centre": a compound noun
    single = norm(m["n"]) in {"a", "an"}
    plural = (single or norm(m["n"]) == "one") and m["unit"].lower().endswith("s")
    compound = single and not m["tail"] and re.match(r"-[a-z]", after)
    # "the first two quarters of 2011": the half that ``times_periods`` names
    half = unit == "quarter" and amount == 2 and pre.endswith(("the first", "the last")) and re.match(
        r"\s+of\s+(?:(?:the\s+|this\s+|next\s+|last\s+)?(?:fiscal\s+)?year\b|\d{4})", after)
    titled = m["unit"].istitle() and not m["pre"]  # "the film 13 Hours": a title
    aged = (m["tail"] or "").lower().rstrip("s").endswith("old")  # "a 17-year-old", "17-year-olds"
    if fraction or ordinal or half or plural or compound or titled or aged:
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


_SENTENCE_START = re.compile(r"(?:^|[.!?:\n\"\u201c]\s*)$")
_EVERY = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "quarterly": "P3M",
          "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H"}


def _set(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m["adv"]:
        adv = m["adv"].lower()
        if m["adv"][0].isupper() and not _SENTENCE_START.search(ctx.text, max(0, m.start() - 3), m.start()):
            return None  # "the Daily Mirror", "Washington Monthly": a title, mid-sentence
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
    (rf"\b(?:(?P<rel>last|next)\s+)?(?:{WD},?\s+)?(?P<mon>{MON})(?:\s+|(?<=\.))(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d|:\d)"
     rf"(?:,?\s+(?P<y>\d{{4}})(?!\d))?", _month_day),
    (rf"\b(?:{EDGE}[\s-]+)?(?P<mon>{MON}),?\s+(?:of\s+)?(?P<y>{YEAR})", _month_year),
    (rf"\b(?:{EDGE}[\s-]+)?(?P<mon>{MON})\s+(?P<rel>this|next|last)\s+year\b", _month_of_year),
    (rf"\bthe\s+week\s+of\s+(?P<mon>{MON})\s+(?P<d>\d{{1,2}})(?!\d)(?:,?\s+(?P<y>\d{{4}})(?!\d))?", _week_of),
    (rf"\b(?:(?P<edge>{EDGE})[\s-]+|(?P<rel>last|next|this|past|coming)\s+)?(?P<mon>{MON})", _month),
    (r"\b(?:(?P<edge>early|mid|late)[\s-]+)?(?:(?P<fy>fiscal|calendar|model)\s+(?:year\s+)?)?"
     r"(?P<y>(?:1[6-9]|20)\d\d)(?![\w%]|[.,]\d|-\d|'s)", _year),
    (r"(?<![$\u00a3\u20ac#.,])\b(?P<y>(?P<y1>(?:1[6-9]|20)\d\d))(?=[-/\u2013](?P<y2>\d\d(?:\d\d)?)"
     r"(?![\w%]|[.,/-]\d))", _year_span),
    (r"(?<=(?<![\w$\u00a3\u20ac#.,])(?P<y1>(?:1[6-9]|20)\d\d)[-/\u2013])(?P<y>(?P<y2>(?:1[6-9]|20)\d\d))"
     r"(?![\w%]|[.,/-]\d)", _year_span),
    *PERIOD_RULES,
    (r"\b(?:the\s+(?P<rel>following|previous|preceding|prior|same)|(?P<that>that))\s+(?P<unit>week|month|year)\b"
     r"(?![\s-]+(?:old|long|ago|earlier|later))", _anaphor),
    (r"\bthe\s+(?P<unit>day|week|month|year)\s+(?P<rel>before|after)(?=\s*(?:[.,;:)!?\n]|$))", _anaphor),
    (r"\b(?:(?:earlier|later)\s+)?(?:the\s+(?P<rel>next|following|previous|preceding|prior|same)|that(?:\s+same)?)\s+"
     r"(?:day|morning|afternoon|evening|night)\b(?![\s-]+(?:old|long))|\b(?:earlier|later)\s+in\s+the\s+day\b",
     _day_anaphor),
    # "6.10am", "11.30 p.m.": British papers write the minutes after a full stop
    (r"(?<![\d:])(?<!\d\.)\b(?:(?P<h>\d{1,2})(?:[:.](?P<mi>\d\d))?\s*(?P<ap>[ap]\.m\.|[ap]m\b|[ap]\.m\b)"
     r"|(?P<h3>\d{1,2}(?::\d\d)?)\s+in\s+the\s+(?P<part>morning|afternoon|evening)"
     r"|(?P<h2>\d{1,2}):(?P<mi2>\d\d)(?::\d\d(?=\s+(?:GMT|UTC)\b))?\b(?!:?\d)|(?P<h4>\d{1,2})\.(?P<mi4>\d\d)(?=\s+(?:[ECMP][SD]T|GMT|UTC|BST|CET)\b))"
     r"(?P<zone>\s+(?:[ECMP][SD]T|GMT|UTC|BST|CET)\b)?|\b(?P<w>noon|midnight|midday)\b",
     lambda m, ctx: _clock_any(m, ctx)),
    (r"\b(?:(?P<mod>early|late|earlier|later)\s+)?(?P<w>today|tonight|yesterday|tomorrow|the\s+day\s+before\s+"
     r"yesterday|the\s+day\s+after\s+tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))"
     r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b", _day_word),
    (rf"\b(?:(?:this\s+(?=past|coming))?(?P<rel>last|next|this|coming|past)\s+|(?:early|late|earlier|later)\s+(?:on\s+)?|on\s+"
     r"|the\s+(?:early|small|wee)\s+hours\s+of\s+)?"
     rf"(?P<wd>{WD})(?P<pl>s)?\b(?:\s+(?P<part>morning|afternoon|evening|night)\b)?", _weekday),
    (r"\b(?:(?P<edge>earlier|later|early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|"
     r"the\s+middle\s+of|the\s+rest\s+of)[\s-]+)?(?P<the>the\s+)?(?:this\s+(?=past|coming))?"
     r"(?P<rel>last|next|this|past|coming|current)\s+"
     r"(?P<unit>week|weekend|month|quarter|year|decade|century|fortnight)\b", _relative_unit),
    (r"\b(?:(?:at|by|until|before|after|to)\s+)?the\s+(?:end|beginning|start|middle)\s+of\s+the\s+"
     r"(?P<unit>week|month|year)\b", _end_of),
    (r"\b(?:over\s+|during\s+)?the\s+weekend\b", lambda m, ctx: _weekend(m, ctx)),
    (rf"\b(?P<pre>(?:(?:for|over|within|in|during|after|the\s+(?:past|last|next|first|final|previous|coming|"
     rf"following|remaining|latest)|{APPROX})\s+)*)(?P<n>{NUM})(?P<sep>[\s-]+(?:(?:more|additional|further|extra)\s+)?)(?P<unit>{UNIT})\b"
     r"(?P<more>[\s-]+and[\s-]+a[\s-]+half\b)?(?:(?P<tail>[\s-]+(?:long|olds?)\b)|(?:\s+or\s+so)?\s+(?P<dir>ago|from\s+now|hence|earlier|"
     r"later)\b)?", _duration),
    (r"\b(?:(?P<pre>for|within|over|in|after|during)\s+)?(?:(?:the\s+)?(?P<rel>coming|next|past|last|recent|"
     r"following|previous|future)\s+)?(?:(?P<q>few|several|many)\s+)?"
     r"(?P<unit>seconds|minutes|hours|days|weeks|months|quarters|years|decades)\b", _vague_span),
    (r"\b(?P<unit>hour|day|week|month|year|decade|century|(?P<pl>hours|days|weeks|months|years|decades|centuries))-long\b",
     _long),
    (r"\b(?:(?:a|one|the\s+(?:past|last|next))\s+)?quarter[\s-]+(?:of\s+a\s+)?century\b",
     lambda m, ctx: Resolved("P25Y", "DURATION", confidence=0.7)),
    (r"\b(?:by|at|before|until|till|through|after|since)\s+(?:the\s+)?(?P<w>year-end|year's\s+end)\b", _year_end),
    (r"\b(?P<w>recently|lately|currently|(?:then[\s-])?current|(?<!as\s)soon(?!\s+as\b)|nowadays|now|at\s+present|at\s+the\s+"
     r"moment|these\s+days|right\s+now|(?:in\s+)?the\s+(?:near\s+)?future|(?:in\s+)?the\s+(?:near|short)\s+term|(?:in\s+)?the\s+past)\b",
     _vague_word),
    (rf"\b(?:every|each|per)\s+(?:(?P<unit>second|minute|hour|day|week|month|year|quarter|monday|tuesday|"
     rf"wednesday|thursday|friday|saturday|sunday)\b|(?P<mon>{MON}))"
     r"|\b(?P<adv>daily|nightly|weekly|monthly|quarterly|annually|yearly|hourly)\b", _set),
]


def _clock_any(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m["h2"] and not (m["zone"] or _CLOCK_LEAD.search(ctx.text, max(0, m.start() - 14), m.start())):
        return None  # "Romans 8:31", "a 3:15 finish": a verse, a ratio or a race time
    if m["h2"] or m["h4"]:  # "at 14:25", and "14.25 GMT" as British papers stamp their pages
        hour, minute = (m["h2"], m["mi2"]) if m["h2"] else (m["h4"], m["mi4"])
        return _clock(re.match(r"(?P<h>\d+):(?P<mi>\d+)(?P<ap>)(?P<w>)", f"{hour}:{minute}"), ctx, m.span())
    if m["h3"]:  # "4 in the morning", "8 in the evening"
        ap = "am" if m["part"].lower() == "morning" else "pm"
        return _clock(re.match(r"(?P<h>\d+)(?::(?P<mi>\d+))?(?P<ap>[ap]m)(?P<w>)", f"{m['h3']}{ap}"), ctx, m.span())
    return _clock(m, ctx)


# what may stand before a clock time written without a.m., p.m. or a zone: a preposition of time, a
# date, or nothing (a stamp opening a line)
_CLOCK_LEAD = re.compile(r"(?:\b(?:at|by|about|around|until|till|to|from|after|before|since|approximately|roughly|"
                         r"shortly|just|past|between|and|of|on)|\d{4},?|\d(?:st|nd|rd|th)?,?|" + WD + r",?|^|\n|\s{2}"
                         r"|_{2,}\.?|[\u2013\u2014|(-])\s*$", re.IGNORECASE)


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
# "Tuesday at 2 p.m.", "9:10 a.m. (0610 GMT) Monday", "11am local time on Sunday": what may stand between a
# clock time and its day
_CLOCK_JOIN = re.compile(r"\s*(?:local\s+time\s*)?(?:\([^()]{1,24}\)\s*)?(?:,\s*)?(?:at|on|,)?\s*", re.IGNORECASE)


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
    return list(_join_offsets(list(_join_clock_times(taken, ctx.text)), ctx.text))


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
