"""Calendar dates of day, ISO week or month precision, and whether two of them can agree."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

_DATED = re.compile(r"^\d{4}-(?:\d{2}(?:-\d{2})?|W\d{2})$")


def is_dated(value: str | None) -> bool:
    """A value that names a day, a week or a month (not a duration, a year or a vague reference)."""
    if not value or not _DATED.match(value):
        return False
    try:
        span(value)
    except ValueError:
        return False
    return True


@lru_cache(maxsize=4096)
def span(value: str) -> tuple[dt.date, dt.date]:
    """First and last day a day, ISO week or month value covers."""
    if "W" in value:
        year, week = value.split("-W")
        first = dt.date.fromisocalendar(int(year), int(week), 1)
        return first, first + dt.timedelta(days=6)
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    first = dt.date(parts[0], parts[1], 1)
    following = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
    return first, following - dt.timedelta(days=1)


def compatible(a: str, b: str) -> bool:
    """Whether two dates can describe the same moment: their spans share a day ("last week" and
    "earlier this month" agree when that week began in the month before)."""
    (a0, a1), (b0, b1) = span(a), span(b)
    return a0 <= b1 and b0 <= a1
