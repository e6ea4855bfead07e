"""Dates whose value depends on what the article said before them.

A rule sees one expression; news text also names times relative to earlier ones. Earnings reports
compare "the third quarter" with the same quarter "a year ago" (TimeML values that as ``1988-Q3``,
not ``1988``), and narratives move on from a mentioned date ("in 1995 ... the following year").
One pass in text order keeps the quarter under report and the last date mentioned, and values the
expressions that refer to them; without such a reference each keeps its anchor-relative value.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from parallax.analyze import times_calendar as cal
from parallax.analyze.times_reading import NEAR, Anaphor, Found

_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_DATE = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def follow_references(found: list[Found], anchor: date | None = None) -> list[Found]:
    """``found`` (in text order) with reporting periods and "the following year"-style references
    valued against the quarter under report and the last date mentioned before them. A quarter not
    yet over at the ``anchor`` ("expects a loss in the fourth quarter") is a forecast, not the
    period under report."""
    latest = (anchor.year, cal.quarter_of(anchor)) if anchor else (9999, 4)
    under_report: tuple[int, int] | None = None
    last: str | None = None
    last_start, last_end = -NEAR, -NEAR
    out: list[Found] = []
    for f in found:
        reading = f.reading
        value = reading.value or ""
        if reading.anaphor is not None and reading.anaphor.unit == "day-in-year":
            value = _same_year(value, last, anchor) if last and f.start - last_end < NEAR else value
        elif reading.period is not None:
            if under_report is not None:
                year = reading.period.year or under_report[0] + reading.period.shift
                value = cal.quarter(year, reading.period.quarter or under_report[1])
        elif reading.anaphor is not None:
            seen = last if last_start >= reading.anaphor.since else None
            day = (_relative(seen, reading.anaphor) if seen else None) or value[:10]
            if reading.anaphor.told_as_past and anchor and day[:10] > anchor.isoformat():
                day = value[:10]
            value = day + value[10:] if reading.type == "TIME" else day
        elif reading.type == "DATE" and (quarter := _QUARTER.fullmatch(value)):
            named = int(quarter[1]), int(quarter[2])
            under_report = named if named <= latest else under_report
        if (reading.type == "DATE" and _DATE.fullmatch(value)) or (reading.type == "TIME" and _DAY.match(value)):
            last, last_start, last_end = (value[:10] if reading.type == "TIME" else value), f.start, f.end
        out.append(f if value == reading.value else replace(f, reading=replace(reading, value=value)))
    return out


def _same_year(value: str, last: str, anchor: date | None) -> str:
    """A month and day named without a year (``value`` read against the anchor) in the year of the day
    last named, when that year is an earlier one and the day does not come before it."""
    if not (_DAY.fullmatch(value) and _DAY.fullmatch(last)) or anchor is None or int(last[:4]) >= anchor.year:
        return value
    moved = last[:4] + value[4:]
    return moved if moved >= last else value


def _relative(last: str, anaphor: Anaphor) -> str | None:
    """The date ``anaphor`` names from ``last`` ("2024-05-03"), or None when ``last`` is too coarse."""
    parts = _DATE.fullmatch(last)
    assert parts is not None
    year, mon, dd = int(parts[1]), parts[2], parts[3]
    if anaphor.unit == "year":
        return str(year + anaphor.shift)
    if mon is None:
        return None
    if anaphor.unit == "month":
        moved = cal.add_months(date(year, int(mon), 1), anaphor.shift)
        return cal.month(moved.year, moved.month)
    if dd is None:
        return None
    if anaphor.unit == "day":
        return (date(year, int(mon), int(dd)) + timedelta(days=anaphor.shift)).isoformat()
    return cal.iso_week(date(year, int(mon), int(dd)) + timedelta(weeks=anaphor.shift))
