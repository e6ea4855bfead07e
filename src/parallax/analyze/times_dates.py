"""Absolute dates: ISO and numeric dates, a month and day, a month, a year, a span of years.

Why apart: these name a calendar day, month or year outright; what they need of the context is
only the year a month or day without one falls in (from the clause's tense, the writing date, a year
the sentence named before) and whether a capitalised month word is a month at all ("May", "March").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from parallax.analyze import times_calendar as cal
from parallax.analyze.times_reading import (
    MON,
    PREPS,
    UNRESOLVED,
    Anaphor,
    Context,
    Resolved,
    month_no,
    unanchored,
    word_before,
    year_for,
    year_no,
)

_LEAP_YEAR = 2000  # a year in which every month-and-day that exists at all exists


def _absolute(year: int, mon: int, dd: int | None, hh: str | None = None, mi: str | None = None) -> Resolved | None:
    if dd is None:
        return Resolved(cal.month(year, mon), confidence=0.9) if 1 <= mon <= 12 else None
    when = cal.safe_date(year, mon, dd)
    if when is None:
        return None
    if hh is not None and int(hh) < 24 and int(mi or 0) < 60:
        return Resolved(f"{when.isoformat()}T{int(hh):02d}:{int(mi or 0):02d}", "TIME", confidence=0.95)
    return Resolved(when.isoformat(), confidence=0.95)


def iso_date(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"2016-11-09", "2016-11-09T14:30": an ISO date, with its clock time when written."""
    return _absolute(int(m["y"]), int(m["mo"]), int(m["d"]), m["h"], m["mi"])


def numeric_date(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"09/11/2016", "9.11.16": a day written in figures, in the reading its writing date makes likelier."""
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


def month_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"March 3", "3rd of March, 2016", "last Nov. 4": a day of a month, its year said or inferred."""
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
EVENT_BEFORE = re.compile(r"\b" + _EVENT_NOUNS + r"\s+$", re.IGNORECASE)


def week_of(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"The week of May 8": the ISO week holding that day."""
    day = month_day(m, ctx)
    if day is None or not day.value or "X" in day.value:
        return day
    return replace(day, value=cal.iso_week(date.fromisoformat(day.value)))


def month_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"March 2016", "early March of 2016": a month of a named year."""
    if not m["mon"][0].isupper():
        return None
    return _absolute(year_no(m["y"]), month_no(m["mon"]), None)


def month_of_year(m: re.Match[str], ctx: Context) -> Resolved | None:
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


def month_alone(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"in March", "last March": a month (when the word is one), in the year the text points to."""
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


def year_alone(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"2016", "fiscal 2016", "in 2003, 2005 and 2008": a year, unless the number is an amount."""
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


def year_span(m: re.Match[str], ctx: Context) -> Resolved | None:
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
