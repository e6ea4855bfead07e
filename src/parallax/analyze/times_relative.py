"""Dates counted from the writing date or from the last date the story named.

Why apart: "Thursday", "last week", "yesterday", "the following year", "by year-end" name no
calendar date of their own; their value is a step from the anchor, in a direction the clause's
tense and newsroom habits decide ("this week" written on a Sunday is the week to come).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from parallax.analyze import times_calendar as cal
from parallax.analyze.times_dates import EVENT_BEFORE
from parallax.analyze.times_reading import (
    Anaphor,
    Context,
    Resolved,
    near_start,
    norm,
    unanchored,
    word_before,
)

# "the following year", "the week before.": a step from the last date the story named
_STEPS = {"next": 1, "following": 1, "after": 1, "previous": -1, "preceding": -1, "prior": -1, "before": -1}


def unit_anaphor(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"The following year", "that month": a unit counted from the last date the story named."""
    unit = m["unit"].lower()
    step = _STEPS.get((m["rel"] or "").lower(), 0)
    if ctx.anchor is None:
        return unanchored(None)
    if unit == "day":
        return day_anaphor(m, ctx)
    alone = _shift_unit(ctx, unit, step, m.start(), m.end())
    return None if alone is None else replace(alone, confidence=0.5, anaphor=Anaphor(unit, step))


def day_anaphor(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"The next morning", "earlier that day": a day counted from the last one the story named."""
    step = _STEPS.get((m["rel"] or "").lower(), 0)
    if ctx.anchor is None:
        return unanchored(None)
    return Resolved((ctx.anchor + timedelta(days=step)).isoformat(), confidence=0.4, anaphor=Anaphor("day", step))


def day_part(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"Throughout the evening", "into the night", "earlier in the morning": a part of the day the story
    last named close before, else of the writing day, as "this evening" is; "in the morning" told in the
    present is a habit ("does not drink coffee in the morning"), no date."""
    if m["pre"].lower() == "in" and not m["mod"] and ctx.tense(m.start(), m.end()) in {"present", "unknown"}:
        return None
    code = cal.DAY_PARTS[m["part"].lower()]
    if ctx.anchor is None:
        return unanchored(None, "TIME")
    past = ctx.tense(m.start(), m.end()) == "past"
    return Resolved(f"{ctx.anchor.isoformat()}T{code}", "TIME", confidence=0.5,
                    anaphor=Anaphor("day", 0, past, since=near_start(ctx.text, m.start())))


# what "today's" may qualify when it means the present age: people, society, the market, machines
_GENERIC_TODAY = re.compile(
    r"['\u2019]s\s+(?:[a-z-]+\s+)?(?:world|society|youth|young|generations?|children|kids|teen(?:ager)?s|students"
    r"|famil(?:y|ies)|parents|consumers|economy|market(?:place)?|culture|era|age|standards|technology|computers"
    r"|cars|machines|women|men|workers|workplace|business(?:es)?|politics|climate|environment)\b")


_UNTIL = frozenset({"to", "until", "till"})
_ANNIVERSARY = re.compile(r"\s+(?:in|of|last|a|every|each)\b", re.IGNORECASE)


def day_word(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"Today", "yesterday", "tomorrow night", "this morning", "I will never forget this day": a day counted
    from the anchor."""
    word = norm(m["w"])
    offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
               "the day after tomorrow": 2, "last night": -1, "this morning": 0, "this afternoon": 0,
               "this evening": 0, "this day": 0}
    part = (m["part"] or "").lower() or {"tonight": "night", "last night": "night"}.get(word) or (
        word.split()[-1] if word.startswith("this ") else "")
    code = cal.DAY_PARTS.get(part, "")
    kind = "TIME" if code else "DATE"
    if word == "this day" and word_before(ctx, m.start()) in _UNTIL:
        return Resolved("PRESENT_REF", vague=True, confidence=0.5)  # "denies it to this day": until now
    if word == "this day" and _ANNIVERSARY.match(ctx.text, m.end()):
        return None  # "on this day in 1945", "this day of the year": a date of another year
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


_OF_EVENT = re.compile(r"\s+(?:before|after)\s+(?:the|his|her|its|their)\s+(?!\d)\w+")


def weekday(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"Thursday", "last Friday", "Monday morning": the one the clause points to ("Tuesdays": a SET)."""
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
    of_event = _OF_EVENT.match(ctx.text, m.end()) and ctx.text[max(0, m.start() - 4) : m.start()] == "the "
    if ctx.anchor is None or of_event:  # "the Sunday before the election": counted from an event, not the writing
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
    if not rel and not possessive and ctx.before_now(m.start("wd"), m.end("wd")):
        rel = "coming"
    if not rel and ctx.dates_noun(m.start("wd"), m.end("wd")) and ctx.tense(m.start("wd"), m.end("wd")) == "future" \
            and not EVENT_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()):
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


def relative_unit(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"Last week", "next month", "this year": a unit a step from the anchor ("the past year": a length)."""
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


def end_of(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"By the end of the week": the week, month or year of the anchor."""
    if ctx.anchor is None:
        return unanchored(None)
    return _shift_unit(ctx, m["unit"].lower(), 0, m.start(), m.end())


def weekend(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"Over the weekend": the weekend the clause points to."""
    if ctx.anchor is None:
        return unanchored("XXXX-WXX-WE")
    return _shift_unit(ctx, "weekend", 0, m.start(), m.end())


def year_end(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"By year-end": the close of the current year (of the last one, told of in the past tense early in a
    year); "year-end net" alone, a reporting adjective, is no time."""
    if ctx.anchor is None:
        return unanchored(None)
    told_early = ctx.tense(m.start(), m.end()) == "past" and ctx.anchor.month < 3
    return Resolved(str(ctx.anchor.year - 1 if told_early else ctx.anchor.year), confidence=0.6)
