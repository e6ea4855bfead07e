"""Calendar periods named by name: quarters, halves, seasons, decades, centuries, holidays, the year.

Kept apart from the day and clock rules (``times_dates``, ``times_clock``) because these follow conventions of their
own: earnings reports name a company's reporting periods ("the year-ago quarter", TimeML ``1988-Q3``),
holidays move with the calendar (Easter, Thanksgiving), and "the '90s" depends on when it was written.
"""

from __future__ import annotations

import re

from parallax.analyze import times_calendar as cal
from parallax.analyze.times_reading import (
    MON,
    PREPS,
    SPELLED_YEAR,
    UNRESOLVED,
    WD,
    YEAR,
    Context,
    Handler,
    Period,
    Resolved,
    month_no,
    unanchored,
    word_before,
    year_for,
    year_no,
)

_DECADE_WORDS = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")


def _decade(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m["dec"]:
        return Resolved(m["dec"][:3], confidence=0.9)
    digit = int(m["d2"]) if m["d2"] else _DECADE_WORDS.index(m["w"].lower()) + 2
    if ctx.anchor is None:
        return Resolved(f"19{digit}", confidence=UNRESOLVED)
    # "the '80s": the latest such decade, or the coming one ("the '90s" written in 1989)
    decade = ctx.anchor.year // 100 * 10 + digit
    if decade > ctx.anchor.year // 10 + 1:
        decade -= 10
    return Resolved(str(decade), confidence=0.8)


def _bare_decade(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"The 90s", "the mid-80s" without an apostrophe, as the web writes them (from the fifties: "in the 30s"
    is more often a rating or an age); "highs in the 80s" are degrees, "approval in the 60s" percent."""
    if _MEASURE.search(ctx.text, max(0, m.start() - 40), m.start()) or re.match(r"\s*(?:degrees|F\b|C\b|%|percent)",
                                                                             ctx.text[m.end():m.end() + 9]):
        return None
    return _decade(m, ctx)


_MEASURE = re.compile(r"\b(?:temperatures?|highs?|lows?|heat|degrees|thermometers?|mercury|ratings?|approval|polls?"
                      r"|percent|scores?|averages?|aged?|ages)\b", re.IGNORECASE)


def _quarter(m: re.Match[str], ctx: Context) -> Resolved | None:
    q = int(m["q"]) if m["q"] else {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(
        m["ord"].lower(), int(m["ord"][0]) if m["ord"][0].isdigit() else 0)
    if m["y"]:
        return Resolved(cal.quarter(int(m["y"]), q), confidence=0.9)
    if ctx.anchor is None:
        return Resolved(f"XXXX-Q{q}", confidence=UNRESOLVED)
    year = ctx.anchor.year - (1 if q > cal.quarter_of(ctx.anchor) else 0)
    return Resolved(cal.quarter(year, q), confidence=0.7)


def _the_quarter(m: re.Match[str], ctx: Context) -> Resolved | None:
    if ctx.anchor is None:
        return unanchored("XXXX-QX")
    latest = bool(m["latest"]) or ctx.tense(m.start(), m.end()) == "past"
    moved = cal.add_months(ctx.anchor, -3 if latest else 0)
    bare = not (m["latest"] or m["current"])
    return Resolved(cal.quarter(moved.year, cal.quarter_of(moved)), confidence=0.5, period=Period() if bare else None)


_QUARTER_NO = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _report_period(m: re.Match[str], ctx: Context) -> Resolved | None:
    """Earnings-report periods: "the year-ago quarter", "the 1988 period", "last year's quarter"."""
    q = _QUARTER_NO.get((m["ord"] or m["ord2"] or "").lower())
    rel = (m["rel"] or "").lower()
    step = {"last": -1, "next": 1}.get(rel, 0)
    if rel and q:
        return None if ctx.anchor is None else Resolved(cal.quarter(ctx.anchor.year + step, q), confidence=0.8)
    period = Period(shift=0 if m["latest"] else -1 if m["back"] else step,
                    year=int(m["y"]) if m["y"] else None, quarter=q)
    if ctx.anchor is None:
        return unanchored(f"{m['y'] or 'XXXX'}-Q{q or 'X'}")
    latest = cal.add_months(ctx.anchor, -3)
    year = period.year or latest.year + period.shift
    if not (m["unit"] or m["unit2"] or q):  # "year-earlier sales": the year, unless a quarter is under report
        return Resolved(str(year), confidence=0.5, period=period)
    return Resolved(cal.quarter(year, q or cal.quarter_of(latest)), confidence=0.6, period=period)


def _half(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"The first half of 1990", "the last two quarters of this year": ``1990-H1``, ``2025-H2``."""
    half = 1 if m["h"].lower() == "first" else 2
    if m["y"]:
        return Resolved(f"{year_no(m['y'])}-H{half}", confidence=0.9)
    if ctx.anchor is None:
        return unanchored(f"XXXX-H{half}")
    step = {"last": -1, "next": 1}.get((m["rel"] or "").lower(), 0)
    return Resolved(f"{ctx.anchor.year + step}-H{half}", confidence=0.8)


def _holiday(m: re.Match[str], ctx: Context) -> Resolved | None:
    name = " ".join(m["name"].lower().replace("\u2019", "'").split())
    if not (m["name"][0].isupper() or name.startswith("the ")):
        return None
    rule = cal.HOLIDAYS[name]
    if m["y"]:
        return Resolved(rule(year_no(m["y"])).isoformat(), confidence=0.9)
    if not (m["rel"] or " " in name or word_before(ctx, m.start()) in PREPS):
        return None  # "Christmas shopping": the season, not the day
    if ctx.anchor is None:
        return unanchored(None)
    rel = (m["rel"] or "").lower()
    this_year = rule(ctx.anchor.year)
    if rel == "last":
        year = ctx.anchor.year - (this_year >= ctx.anchor)
    elif rel == "next":
        year = ctx.anchor.year + (this_year <= ctx.anchor)
    elif rel == "this":
        year = ctx.anchor.year
    else:
        year = year_for(ctx.anchor, this_year.month, this_year.day, ctx.tense(m.start(), m.end()))
    return Resolved(rule(year).isoformat(), confidence=0.8)


def _day_month(tag: str) -> str:
    """ "November 8" or "8th of November", its groups named with ``tag`` so two may share a pattern."""
    return (rf"(?:(?P<mon{tag}>{MON})\s+(?P<dd{tag}>\d{{1,2}})"
            rf"|(?P<ddb{tag}>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<monb{tag}>{MON}))")


# the day an article gives its election: "the election on November 8", "the November 8 election"
_ELECTION_DATE = re.compile(
    rf"\belection\s+(?:(?:was|is|will\s+be)\s+)?(?:held\s+)?on\s+(?:{WD},?\s+)?{_day_month('1')}"
    rf"|{_day_month('2')}(?:['\u2019]s)?\s+(?:\w+\s+)?elections?\b",
    re.IGNORECASE,
)


def _election_night(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"on election night": the day of the election the article dates ("the election on November 8");
    left unresolved when it gives none, for whose election, and when, the words alone do not say."""
    if m["part"].lower() == "day" and m["w"][0].isupper():
        return None  # "Election Day": the US civic holiday
    suffix = "TNI" if m["part"].lower() == "night" else ""
    stated = _ELECTION_DATE.search(ctx.text)
    if stated is None or ctx.anchor is None:
        return unanchored(None)
    groups = {k[:-1]: v for k, v in stated.groupdict().items() if v}  # the one alternative that matched
    mon, dd = month_no(groups.get("mon") or groups["monb"]), int(groups.get("dd") or groups["ddb"])
    day = cal.safe_date(year_for(ctx.anchor, mon, dd, ctx.tense(m.start(), m.end())), mon, dd)
    return Resolved(f"{day.isoformat()}{suffix}", confidence=0.7) if day else unanchored(None)


def _the_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"The year ended March 31" is a year-long period; "for the full year" the year being reported."""
    if m["ended"] is not None:
        return Resolved("P1Y", "DURATION", confidence=0.7)
    if ctx.anchor is None:
        return unanchored(None)
    return Resolved(str(ctx.anchor.year), confidence=0.5)


def _century(m: re.Match[str], ctx: Context) -> Resolved | None:
    return Resolved(f"{int(m['n']) - 1:02d}", confidence=0.9)


def _season(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = m["s"].lower()
    code, start_month = cal.SEASONS[word]
    if not (m["rel"] or m["y"] or m["edge"] or (m["the"] and word_before(ctx, m.start()) in PREPS)):
        return None
    if m["y"]:
        return Resolved(f"{year_no(m['y'])}-{code}", confidence=0.9)
    if ctx.anchor is None:
        return Resolved(f"XXXX-{code}", confidence=UNRESOLVED)
    rel, year, now = (m["rel"] or "").lower(), ctx.anchor.year, ctx.anchor.month
    if rel in {"last", "past"}:
        year -= 0 if start_month + 2 < now else 1
    elif rel in {"next", "coming"}:
        year += 0 if start_month > now else 1
    elif rel != "this":
        tense = ctx.tense(m.start(), m.end())
        if tense == "past" and start_month > now:
            year -= 1
        elif tense == "future" and start_month + 2 < now:
            year += 1
    return Resolved(f"{year}-{code}", confidence=0.7)


def _play_season(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"Last season", "next season": a sports (or broadcast) season, valued as the year a step from the
    writing year ("joined Williams last season", written in January 2020: ``2019``); a season straddling
    two years is told by the year it steps to, so the value is a coarse guess."""
    if ctx.anchor is None:
        return unanchored(None)
    step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(m["rel"].lower(), 0)
    return Resolved(str(ctx.anchor.year + step), confidence=0.4)


PERIOD_RULES: list[tuple[str, Handler]] = [
    (r"\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?P<dec>(?:1[6-9]|20)\d0)'?s\b|'(?P<d2>\d)0s\b|"
     r"(?<=the\s)(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)", _decade),
    (r"\bthe\s+(?:(?:early|mid|late)[\s-]+)?(?P<d2>[5-9])0s\b(?P<dec>)(?P<w>)", _bare_decade),
    (r"\b(?:the\s+)?(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter|Q(?P<q>[1-4]))\b"
     r"(?:\s+(?:of\s+)?(?P<y>\d{4})\b)?", _quarter),
    (r"\bthe\s+(?:(?P<latest>latest|most\s+recent|past|last)\s+|(?P<current>current)\s+)?quarter\b(?![\s-]+(?:of|century)|-)",
     _the_quarter),
    (r"\b(?:the\s+)?(?:(?:comparable|corresponding|same|prior)\s+)?(?:(?P<back>year[\s-]+(?:ago|earlier)|prior[\s-]+"
     r"year)(?:\s+(?:fiscal\s+)?(?:(?P<ord>first|second|third|fourth)[\s-]+)?(?P<unit>quarter|period))?|(?:(?P<y>"
     r"(?:19|20)\d\d)|(?P<latest>latest|most\s+recent)(?=\s+period)|(?P<rel>this|last|next)\s+year's)\s+(?:fiscal\s+)?"
     r"(?:(?P<ord2>first|second|third|fourth)[\s-]+)?(?P<unit2>quarter|period))\b", _report_period),
    (r"\bthe\s+(?:(?:comparable|corresponding|same|prior)\s+)?(?P<unit>quarter|period)\s+(?:of\s+)?"
     r"(?P<back>a\s+year\s+(?:ago|earlier)|last\s+year|the\s+(?:previous|prior)\s+year)\b"
     r"(?P<y>)(?P<latest>)(?P<rel>)(?P<ord>)(?P<ord2>)(?P<unit2>)", _report_period),
    (rf"\b(?:the\s+)?(?P<h>first|second|last|latter)\s+(?:half|two\s+quarters)\s+of\s+(?:(?P<y>{YEAR})|"
     r"(?:the\s+|(?P<rel>this|last|next)\s+)(?:fiscal\s+|calendar\s+)?year\b)", _half),
    (rf"\b(?:(?P<rel>last|next|this)\s+)?(?P<name>New\s+Year['\u2019]s\s+(?:Day|Eve)|Christmas(?:\s+(?:Day|Eve))?|"
     r"Boxing\s+Day|Valentine['\u2019]s\s+Day|Halloween|Independence\s+Day|the\s+Fourth\s+of\s+July|Veterans\s+Day|"
     r"Armistice\s+Day|May\s+Day|Bastille\s+Day|Thanksgiving(?:\s+Day)?|Memorial\s+Day|Labor\s+Day|"
     r"Martin\s+Luther\s+King\s+Day|Election\s+Day|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|"
     rf"Palm\s+Sunday|Ash\s+Wednesday|Black\s+Friday|Cyber\s+Monday)\b(?:,?\s+(?P<y>{YEAR}))?",
     _holiday),
    (r"\b(?P<w>election)\s+(?P<part>night|day)\b", _election_night),
    (r"\bthe\s+(?:(?:full|whole|entire|fiscal|calendar|current\s+fiscal)\s+)?year\b(?![\s-]+(?:ago|earlier|before|"
     r"after|later|old|long|round)\b|-|\s+(?:two|nineteen|eighteen|\d))(?P<ended>(?=\s+(?:ended|ending|through|to)\b))?",
     _the_year),
    (r"\b(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)[\s-]+century\b", _century),
    (r"\b(?:(?P<rel>last|next|this|past|coming)\s+|(?P<edge>early|mid|late)[\s-]+|(?P<the>the)\s+)?"
     rf"(?P<s>spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?(?P<y>{YEAR}))?", _season),
    (rf"\b(?:the\s+year\s+)?(?P<y>{SPELLED_YEAR})", lambda m, ctx: Resolved(str(year_no(m["y"])), confidence=0.8)),
    # not "the last season" of a drama (its final one), nor "this season of witch hunts" (a time of something)
    (r"(?<!the\s)\b(?P<rel>last|next|this|coming|past)\s+season\b(?!\s+of\b|-)", _play_season),
]
