"""Dates as news pages print them in headers: "Published 3:04 PM EDT, Mon March 16, 2025",
"Sun 16 Mar 2025 14.02 GMTLast modified on ...", "16/03/2025 - 14:02", "2 hours ago", "March 16, 2025, 7 AM ET",
"Published - March 16, 2025 02:04 pm IST - NEW DELHI", "DETROIT | Sun Mar 16, 2014 2:04pm EDT".

A handful of fixed shapes, parsed with anchored regexes: dateparser costs milliseconds a call and guesses
where a header line is unambiguous. A line counts as a date line only when nothing but dates, times,
weekdays, time zones and labels ("Published", "Updated") is left on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as Day
from datetime import timedelta

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = re.compile(
    r"(?:\b|(?<=\d{4}))(?:(?P<y1>\d{4})(?P<s1>[-./])(?P<m1>\d{1,2})(?P=s1)(?P<d1>\d{1,2})"
    rf"|(?P<m2>{MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
    rf"|(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+|-)(?P<m3>{MONTH}),?(?:\s+|-)(?P<y3>\d{{4}})"
    r"|(?P<m4>\d{1,2})(?P<s4>[/.-])(?P<d4>\d{1,2})(?P=s4)(?P<y4>\d{4}))"
    # pages glue the time or a second date to the year ("March 16, 20252:04 PM", "16 Mar 202516 Mar 2025")
    rf"(?:\b|(?=\d{{1,2}}[:.]\d{{2}}|\d{{1,2}}\s+{MONTH}|T\d{{2}}:))",
    re.I,
)
# A date after these words is the last change, not the publication ("Updated 4:10 PM, March 4, 2024").
_UPDATE_LABEL = re.compile(r"\b(?:updated|modified|edited|revised)\b", re.I)
# The label of the first publication, which a live page sets under the time of its last entry.
_FIRST_LABEL = re.compile(r"\b(?:first|originally) (?:published|posted)\b", re.I)
# Where the page was when it dated the piece: "Sunday 16 March 2025 14:02, UK".
_PLACE_AFTER = re.compile(r"(?<=\d)\s*,\s*[A-Z][A-Za-z]+(?: [A-Z][a-z]+)?$")
# ... or a place or section after a dash: "March 16, 2025 02:04 pm IST - NEW DELHI", "Mar 16, 2025 - World".
_LABEL_AFTER = re.compile(r"(?<=[\da-zA-Z])\s+[-–—|]\s+[A-Z](?:[^\W\d]|[&'’ ]|[.:](?= |$)){1,40}$")
# ... or before, in capitals, before a bar or a dash: "DETROIT | Sun Mar 16, 2014 2:04pm EDT", "Mumbai | Updated:
# ...", "Mumbai,UPDATED: ...", "Madrid - Mar 16, 2025 - 18:45 CET". Two words and a bar before a bare date are a
# writer's name: "Jane Roe | 18 March 2025".
_PLACE_BEFORE = re.compile(
    r"^(?:[A-Z][A-Z.'’ -]{1,30}[A-Z.]\s*[|,–—]|[A-Z][a-z]+\s*\|"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?\s*[|,]\s*(?=(?i:updated|published|posted)\b)"
    rf"|[A-Z][a-z]+(?: [A-Z][a-z]+)?\s+[-–—]\s+(?=\d|(?i:{MONTH})))\s*(?=\w)"
)
# The city whose clock a time is on, in brackets: "at 6:45 pm (Paris)", "(local time)".
_CLOCK_PLACE = re.compile(r"(?<=m|\d)\s*\((?:[A-Z][a-z]+(?: [A-Z][a-z]+)?|local)(?: time)?\)")
# An icon's name copied with the date it sits beside, glued to the digits: "March 16, 2025timer3 min. read".
_ICON = re.compile(r"(?<=\d)(?:timer|schedule|access_time|calendar_today|event)(?=\d|\s|$)")
# A section's name glued to the date after it: "Health16 March 2025".
_GLUED_SECTION = re.compile(
    rf"^(?!(?i:published|updated|posted|modified|first|last|on|date))[A-Z][a-z]+"
    rf"(?=\d{{1,2}}\s+(?i:{MONTH})\s+\d{{4}})"
)
# Glued words of date lines ("GMTUpdated", "GMTLast modified") come apart before the line is read.
_GLUED_WORDS = re.compile(r"(?<=[a-z0-9])(?=[A-Z][a-z])|(?<=[A-Z]{2})(?=[A-Z][a-z])")
_RELATIVE_DATE = re.compile(
    r"(?:(?:published|updated|posted|last updated)\s*:?\s*)?"
    r"(?:(?:\d+\s?[hmd]|(?:\d+|an?|one) (?:sec|second|min|minute|hr|hour|day|week)s?) ago|\d{1,2}\s?[hd]"
    r"|(?:yesterday|today)(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?"
    r"|just now)",
    re.I,
)
# A publication day said against the page's own date: "Yesterday at 18:45", "Posted 2 days ago".
_DAYS_BACK = re.compile(
    r"(?:(?:published|posted)\s*:?\s*)?(?:(?P<yesterday>yesterday)|(?P<days>\d{1,2}) days? ago)"
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?",
    re.I,
)
_DAY_MONTH = re.compile(rf"(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH})", re.I)
_DATE_LINE_LEFTOVER = re.compile(
    r"\b(?:published|updated|posted|uploaded|issued|first|originally|last|modified|on|at|date|dated|mon|tue|wed|thu|fri|sat|sun"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|am|pm|a\.m|p\.m|[a-z]{2,4}t|[ecmp]t|utc|gmt"
    r"|t?\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?(?:\s?(?:am|pm)|z)?|\d{1,2}\s?(?:am|pm|a\.m|p\.m)"
    r"|(?<=gmt|utc)[+-]\d{1,2}(?::?\d{2})?|(?:\d+|an?|one) (?:min|minute|hour|day|week)s? ago"
    r"|\d+ (?:min|minute|hour|day)s?\.? read|\d+ ?mins?|(?:news|press|media) release"
    r"|(?:eastern|central|mountain|pacific|atlantic|british|greenwich|(?:central |western |eastern )?european)"
    r"(?: standard| daylight| summer| mean)? time)\b"
    r"|[^\w\s]|\s+",
    re.I,
)



_SPAN_DASH = re.compile(r"\s*[-–—]\s*")


@dataclass(slots=True)
class DateLine:
    """What a date line says: when the piece was published and when it was last changed (ISO dates)."""

    published: str | None = None
    modified: str | None = None
    first: bool = False  # labelled as the first publication: "First published on ...", "Originally published"


def published_of(found: DateLine, known: str | None) -> str | None:
    """The publication date once a date line is read: the first one found wins, except that a date labelled
    as the first publication replaces it (a live page dates its last entry above "First published on")."""
    if found.first and found.published:
        return found.published
    return known or found.published


def _iso(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    for n in "1234":
        if groups.get(f"y{n}"):
            year, month, day = groups[f"y{n}"], groups[f"m{n}"], groups[f"d{n}"]
            break
    else:
        return None
    if month.isdigit() and int(month) > 12 >= int(day):
        month, day = day, month  # 16/03/2025: day first, as most of the world writes it
    month_number = int(month) if month.isdigit() else _MONTHS.get(month.lower().rstrip("."))
    if not month_number or not 1 <= month_number <= 12 or not 1 <= int(day) <= 31:
        return None
    return f"{int(year):04d}-{month_number:02d}-{int(day):02d}"


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as YYYY-MM-DD, None when there is none."""
    match = _DATE.search(text)
    return _iso(match) if match else None


def is_relative_date(text: str) -> bool:
    """Whether ``text`` is only a relative date: "2 hours ago", "Last updated: yesterday"."""
    return bool(_RELATIVE_DATE.fullmatch(text.strip(" .")))


def days_back(line: str) -> int:
    """How many days before the page's own date a relative date line puts the piece ("Yesterday at
    18:45": 1); 0 for any other line, and for an update ("Updated yesterday"), which dates no publication."""
    match = _DAYS_BACK.fullmatch(line.strip(" ."))
    if not match:
        return 0
    return 1 if match.group("yesterday") else int(match.group("days"))


def earlier(iso: str, days: int) -> str:
    """The ISO date ``days`` before ``iso`` (a date, or a date and time: the day is what moves)."""
    return (Day.fromisoformat(iso[:10]) - timedelta(days=days)).isoformat()


def read_date_line(line: str) -> DateLine | None:
    """The dates of a line made only of dates and their labels; None for any other line. A date after
    "Updated" or "Modified" is the last change; the others are the publication."""
    words = len(line.split())
    if words > 20 or (words > 16 and "|" not in line):  # longer only as a pair across a bar
        return None
    if is_relative_date(line) or _DAY_MONTH.fullmatch(line.strip(" .")):
        return DateLine()  # a date line that does not say the year
    line = _GLUED_WORDS.sub(" ", _ICON.sub(" ", _GLUED_SECTION.sub("", line)))
    line = _PLACE_BEFORE.sub("", _PLACE_AFTER.sub("", _CLOCK_PLACE.sub("", line)))
    label = _LABEL_AFTER.search(line)
    if label and _DATE.search(line, 0, label.start()):
        line = line[: label.start()]
    if not _DATE.search(line) or _DATE_LINE_LEFTOVER.sub("", _DATE.sub(" ", line)):
        return None
    dates = list(_DATE.finditer(line))
    if len(dates) == 2 and _SPAN_DASH.fullmatch(line[dates[0].end() : dates[1].start()]):
        years = {date.group()[-4:] for date in dates}
        if len(years) == 2:
            return DateLine()  # "June 4, 1941 - March 12, 2025": a life or a term, not when the page went up
    found = DateLine(first=bool(_FIRST_LABEL.search(line)))
    start = 0
    for date in dates:
        if _UPDATE_LABEL.search(line, start, date.start()):
            found.modified = found.modified or _iso(date)
        else:
            found.published = found.published or _iso(date)
        start = date.end()
    return found
