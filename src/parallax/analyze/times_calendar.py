"""Calendar arithmetic and TIMEX3 value spelling for the date resolver.

The standard library gives dates and ISO weeks but not month arithmetic, quarters, seasons or the
TIMEX3 spellings (``2025-W11``, ``2025-Q1``, ``2025-SU``, ``P2W``) that TimeML tools compare on.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "autumn": ("FA", 9), "fall": ("FA", 9), "winter": ("WI", 12)}
DAY_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
# unit -> (TIMEX3 duration letter, needs the "T" time designator, length in units of the letter);
# decades and centuries are spelled in years, as TimeML annotators write them ("two decades" P20Y)
UNITS = {
    "second": ("S", True, 1), "minute": ("M", True, 1), "hour": ("H", True, 1), "day": ("D", False, 1),
    "week": ("W", False, 1), "fortnight": ("W", False, 2), "month": ("M", False, 1),
    "quarter": ("Q", False, 1), "year": ("Y", False, 1), "decade": ("Y", False, 10),
    "century": ("Y", False, 100),
}


def unit_of(word: str) -> str:
    """The singular unit name of ``hours``, ``Centuries``, ``fortnight``..."""
    word = word.lower()
    if word.startswith("centur"):
        return "century"
    return word[:-1] if word.endswith("s") else word


# a unit -> the next smaller one and how many of those it holds, to spell fractions TimeML's way
_SMALLER = {"year": ("month", 12), "month": ("day", 30), "day": ("hour", 24), "hour": ("minute", 60),
            "minute": ("second", 60)}
# units that do not mix with others: a fraction of them is spelled wholly in a smaller one
_WHOLLY = {"week": ("day", 7), "quarter": ("month", 3), "decade": ("year", 10), "century": ("year", 100)}


def duration(amount: float | None, unit: str) -> str:
    """TIMEX3 duration: ``P2W``, ``PT5H``, ``PXY`` when the amount is unknown, and fractions in the
    next smaller unit as TimeML writes them: 2.5 years ``P2Y6M``, half an hour ``PT30M``."""
    letter, timed, factor = UNITS[unit]
    if amount is None:
        return f"P{'T' if timed else ''}X{letter}"
    total = amount * factor
    whole = int(total)
    if total != whole and unit in _WHOLLY:
        smaller, per = _WHOLLY[unit]
        return duration(amount * per, smaller)
    if total == whole or unit not in _SMALLER:
        number = str(whole) if total == whole else f"{total:g}"
        return f"P{'T' if timed else ''}{number}{letter}"
    smaller, per = _SMALLER[unit]
    rest = duration((total - whole) * per, smaller)[1:].lstrip("T")
    head = f"{whole}{letter}" if whole else ""
    if timed or not UNITS[smaller][1]:
        return f"P{'T' if timed else ''}{head}{rest}"
    return f"P{head}T{rest}"


def day(d: date) -> str:
    return d.isoformat()


def month(year: int, mon: int) -> str:
    return f"{year:04d}-{mon:02d}"


def iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter(year: int, q: int) -> str:
    return f"{year:04d}-Q{q}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    year, mon = divmod(index, 12)
    mon += 1
    last = (date(year + mon // 12, mon % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, mon, min(d.day, last))


def weekday_near(anchor: date, weekday: int, direction: str, strict: bool = False) -> date:
    """The given weekday on or before (``past``) or on or after (``future``) the anchor.

    ``strict`` skips the anchor itself ("last Friday" written on a Friday means a week ago).
    """
    if direction == "future":
        ahead = (weekday - anchor.weekday()) % 7
        return anchor + timedelta(days=ahead or (7 if strict else 0))
    back = (anchor.weekday() - weekday) % 7
    return anchor - timedelta(days=back or (7 if strict else 0))


def safe_date(year: int, mon: int, dd: int) -> date | None:
    try:
        return date(year, mon, dd)
    except ValueError:
        return None


def parse_published(published: str | None) -> date | None:
    """The calendar date of a publication stamp as written (its own time zone), or None."""
    if not published:
        return None
    text = published.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def nth_weekday(year: int, mon: int, weekday: int, n: int) -> date:
    """The ``n``-th given weekday of a month (``n=-1``: the last one)."""
    if n > 0:
        first = date(year, mon, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = add_months(date(year, mon, 1), 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    lw = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * lw) // 451
    mon, dd = divmod(h + lw - 7 * m + 114, 31)
    return date(year, mon, dd + 1)


# holiday -> its date in a given year (Western and US/UK civic holidays that news names by name)
HOLIDAYS = {
    "new year's day": lambda y: date(y, 1, 1), "new year's eve": lambda y: date(y, 12, 31),
    "christmas": lambda y: date(y, 12, 25), "christmas day": lambda y: date(y, 12, 25),
    "christmas eve": lambda y: date(y, 12, 24), "boxing day": lambda y: date(y, 12, 26),
    "valentine's day": lambda y: date(y, 2, 14), "halloween": lambda y: date(y, 10, 31),
    "independence day": lambda y: date(y, 7, 4), "the fourth of july": lambda y: date(y, 7, 4),
    "veterans day": lambda y: date(y, 11, 11), "armistice day": lambda y: date(y, 11, 11),
    "may day": lambda y: date(y, 5, 1), "bastille day": lambda y: date(y, 7, 14),
    "thanksgiving": lambda y: nth_weekday(y, 11, 3, 4), "thanksgiving day": lambda y: nth_weekday(y, 11, 3, 4),
    "memorial day": lambda y: nth_weekday(y, 5, 0, -1), "labor day": lambda y: nth_weekday(y, 9, 0, 1),
    "martin luther king day": lambda y: nth_weekday(y, 1, 0, 3),
    "easter": easter, "easter sunday": easter, "easter monday": lambda y: easter(y) + timedelta(days=1),
    "good friday": lambda y: easter(y) - timedelta(days=2),
    "palm sunday": lambda y: easter(y) - timedelta(days=7),
    "ash wednesday": lambda y: easter(y) - timedelta(days=46),
    "black friday": lambda y: nth_weekday(y, 11, 3, 4) + timedelta(days=1),
    "cyber monday": lambda y: nth_weekday(y, 11, 3, 4) + timedelta(days=4),
    "election day": lambda y: nth_weekday(y, 11, 0, 1) + timedelta(days=1),
}
