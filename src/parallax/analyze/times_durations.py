"""Lengths of time, the dates they count back to ("two weeks ago"), recurrences and vague references.

Why apart: these are read from a number and a unit ("three years", "a fortnight", "decades-long",
"every week") or a vague word ("recently", "soon"); most yield a DURATION, SET or *_REF value rather
than a date, and the rules here are about telling a length from a fraction, an ordinal, an age or a title.
"""

from __future__ import annotations

import re
from datetime import timedelta

from parallax.analyze import times_calendar as cal
from parallax.analyze.times_reading import (
    Anaphor,
    Context,
    Period,
    Resolved,
    month_no,
    norm,
    number,
    unanchored,
    word_before,
)

_APPROX_WORDS = re.compile(r"\b(?:about|nearly|almost|some|roughly|around|approximately|more\s+than|less\s+than|"
                           r"over|at\s+least|up\s+to|fewer\s+than)\b", re.IGNORECASE)


# a count and what it counts before "a month": a rate ("1,000 euros a month", "four flights a week"), unless the
# length is a step in time ("killed 5 soldiers a week after the attack")
_COUNTED = re.compile(r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
                      r"forty|fifty|sixty|hundred|hundreds|thousand|thousands|dozen|dozens|millions|billions))"
                      r"[\d,.%]*\s+[a-z]+\s+$", re.IGNORECASE)
_STEP = re.compile(r"\s+(?:after|before|later|earlier|ago|into|from|since)\b")
# "$5 a day", "\u00a35.77m a year", "twice a week": a rate right after an amount
_RATE_AFTER = re.compile(r"(?:\d(?:m|bn|k)?|million|billion|once|twice|times|per)\s*$")

_MODALS = {"will", "would", "may", "might", "could", "can", "shall", "should", "must"}


def duration(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"Three years", "two and a half days": a length, or with "ago", "later"... the date it counts to."""
    if m["dir"]:
        return _ago(m, ctx)
    unit, amount = cal.unit_of(m["unit"]), number(m["n"])
    if m["more"] and amount is not None:
        amount += 0.5
    pre = norm(m["pre"] or "")
    if not pre and norm(m[0]) == "one day" and word_before(ctx, m.start()) in _MODALS:
        return Resolved("FUTURE_REF", vague=True, confidence=0.5)  # "will one day be": some time to come
    if norm(m["n"]) in {"a", "an"} and not pre and (
        _RATE_AFTER.search(ctx.text, max(0, m.start() - 12), m.start())
        or (_COUNTED.search(ctx.text, max(0, m.start() - 40), m.start()) and not _STEP.match(ctx.text, m.end()))
    ):
        return Resolved(cal.duration(1, unit), "SET", confidence=0.6)
    after = ctx.text[m.end():m.end() + 24]
    # "three-quarters", "a quarter of the market": a fraction; "a second group": an ordinal
    fraction = unit == "quarter" and (("-" in m["sep"] and m["unit"].lower().endswith("s")) or re.match(
        r"\s+of\s+(?!(?:the\s+|this\s+|next\s+|last\s+)?(?:fiscal\s+)?year\b|\d{4})", after))
    ordinal = unit == "second" and not m["more"] and bool(
        re.match(r"\s+(?!(?:later|ago|earlier|or|and|to|after|before)\b)[a-z]|-[a-z]", after)
        or (m["unit"][0].isupper() and re.match(r"\s+[A-Z]", after)))  # "a Second Circuit judge"
    # "a months-long feud": one plural unit is no amount (the ``long_compound`` rule reads the length); "a
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


def _ago(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"Two weeks ago", "three years from now": the date a length counts to from the anchor."""
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
    # "in 2008 ... one year later": 2009, a step on from the year the story told; "a year earlier" is
    # mostly the year before the one written in (earnings, polls), so it stays counted from the anchor
    told = direction == "later" and float(amount).is_integer()
    return Resolved(
        f"{year:04d}", approximate=approximate, confidence=conf, period=Period(-1) if shift else None,
        anaphor=Anaphor("year", int(years)) if told else None,
    )


def vague_span(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"For weeks", "in the coming months", "several years": a length without a number."""
    pre, rel, few = (m["pre"] or "").lower(), (m["rel"] or "").lower(), m["q"]
    if not (pre or rel or few):
        return None
    unit = cal.unit_of(m["unit"])
    if rel in {"coming", "next", "following", "future"} and not few:
        return Resolved("FUTURE_REF", vague=True, confidence=0.5)
    return Resolved(cal.duration(None, unit), "DURATION", vague=True, approximate=True, confidence=0.5)


def long_compound(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"A day-long meeting", "a decades-long battle": the length of what the noun names."""
    return Resolved(cal.duration(None if m["pl"] else 1, cal.unit_of(m["unit"])), "DURATION",
                    vague=bool(m["pl"]), confidence=0.6)


_VAGUE_WORDS = {
    "recently": "PAST_REF", "lately": "PAST_REF", "in the past": "PAST_REF", "the past": "PAST_REF",
    "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "now": "PRESENT_REF",
    "at present": "PRESENT_REF", "at the moment": "PRESENT_REF", "these days": "PRESENT_REF",
    "right now": "PRESENT_REF", "current": "PRESENT_REF", "then current": "PAST_REF", "soon": "FUTURE_REF",
    "the future": "FUTURE_REF", "in the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "in the near future": "FUTURE_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "in the near term": "FUTURE_REF", "in the short term": "FUTURE_REF", "in future": "FUTURE_REF",
}


def vague_word(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"Recently", "now", "soon", "in the near future": a vague past, present or future."""
    word = norm(m["w"])
    # "was soon freed", "soon after the vote": a step in a past narrative, not the future
    after = ctx.text[m.end():m.end() + 14]
    if word == "soon" and (ctx.tense(m.start(), m.end()) == "past"
                           or re.match(r"\s+(?:after|afterwards?|before|thereafter)\b", after)):
        return None
    if word.endswith(("future", "past")) and re.match(r"\s+of\b", after):
        return None  # "the future of Europe", "the past of the party": what lies ahead for something, a noun
    return Resolved(_VAGUE_WORDS[word], vague=True, confidence=0.5)


# what follows "daily" or "weekly" used as a noun, a newspaper: its name, or what it is said to have done
_PAPER_NAMED = re.compile(r"\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
                          r"|April|May|June|July|August|September|October|November|December)\b)[A-Z]")
_PAPER_SAYS = re.compile(r"\s+(?:said|says|reported|reports|wrote|writes|quoted|quotes|cited|cites|added|adds)\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:\n\"\u201c]\s*)$")
_EVERY = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "quarterly": "P3M",
          "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H"}


def recurrence(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"Every week", "each March", "daily": a recurrence, unless the adverb is a title or a rate."""
    if m["adv"]:
        adv = m["adv"].lower()
        if m["adv"][0].isupper() and not _SENTENCE_START.search(ctx.text, max(0, m.start() - 3), m.start()):
            return None  # "the Daily Mirror", "Washington Monthly": a title, mid-sentence
        if _PAPER_NAMED.match(ctx.text, m.end()) or _PAPER_SAYS.match(ctx.text, m.end()):
            return None  # "centre-left daily Eleftherotypia", "the weekly said": a newspaper, not a recurrence
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
