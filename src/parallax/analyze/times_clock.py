"""Clock times ("2 p.m.", "14:25 GMT", "noon") and their joining to the day beside them.

Why apart: a clock time alone is read on the day the story last named, and one next to a day
("Tuesday at 2 p.m.") is one TIME with it, which is settled after the scan; both rest on the
same reading of what may stand around a clock time in flattened news pages (stamps, zones, verses).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from parallax.analyze.times_reading import (
    UNRESOLVED,
    WD,
    Anaphor,
    Context,
    Found,
    Resolved,
    near_start,
    word_before,
)


def clock_time(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"2 p.m.", "14:25 GMT", "4 in the morning", "noon": a clock time, however written."""
    if m["h2"] and not (m["zone"] or _CLOCK_LEAD.search(ctx.text, max(0, m.start() - 14), m.start())):
        return None  # "Romans 8:31", "a 3:15 finish": a verse, a ratio or a race time
    if m["h5"] and m["h5"][0] != "0" and not re.search(r"\b(?:at|by|until|till|from|before|after|since)\s*$",
                                                      ctx.text[max(0, m.start() - 8) : m.start()], re.IGNORECASE):
        return None  # "worked 1000 hours": a length; "at 1545 hours", "0800 hours": a clock time
    if m["h2"] or m["h4"] or m["h5"]:  # "at 14:25", "14.25 GMT" as British papers stamp their pages, "0800 hours"
        hour, minute = next((m[h], m[mi]) for h, mi in (("h2", "mi2"), ("h4", "mi4"), ("h5", "mi5")) if m[h])
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
    # a clock time without its day is on the day the story last named close before it ("hit on May 3 ...
    # at 9 p.m."), else on the writing day: a day named paragraphs back ("had said yesterday") dates another event
    past = ctx.tense(start, end) == "past"
    return Resolved(f"{ctx.anchor.isoformat()}{clock}", "TIME", confidence=0.6,
                    anaphor=Anaphor("day", 0, past, since=near_start(ctx.text, start)))


# a paragraph of its own: a line break (or the blank run a flattened page leaves) around the clock time
_HEADING_BEFORE = re.compile(r"(?:^|\n|\s{2}|_{2,}\.?\s*)$")
_HEADING_AFTER = re.compile(r"\s*(?:\n|\s{2}|$)")


# "Tuesday at 2 p.m.", "9:10 a.m. (0610 GMT) Monday", "11am local time on Sunday": what may stand between a
# clock time and its day
_CLOCK_JOIN = re.compile(r"\s*(?:local\s+time\s*)?(?:\([^()]{1,24}\)\s*)?(?:,\s*)?(?:at|on|,)?\s*", re.IGNORECASE)


def join_clock_times(found: list[Found], text: str) -> Iterator[Found]:
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
