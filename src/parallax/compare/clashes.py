"""Clashes the timeline and the figures miss: a year, a place, a condition or a zero toll told two ways.

- year: clauses aligned as one fact whose year expressions resolve to different years ("will host this
  year's Harbour Awards" / "will host ... next year"). The timeline dates days, weeks and months only, so a
  year-only value never disputes anything there. At least one side must be deictic (this, next, last
  year), since "in 2007" beside "in 2013" in one fact is more often a history than a clash.
- place: one event (one fact, or clauses of different articles dated the same day) told with the same
  past-tense predicate and a different kind of place after it ("died ... at his home" / "died ... at a
  hospital"), read off a closed list of place nouns so that "died at the scene" and "died at 77" are no
  places.
- condition: one article says a hurt person is critical (intensive care, life-threatening) and another
  that they are stable, each article giving one level only (several levels are several people, or one
  person's course: "critical but stable" gives both).
- zero toll: one article says no one was hurt or killed ("no injuries were reported", "no one was
  killed") and another counts people of that toll, while the first gives no count of that kind at all:
  an article that gives both (a police zero and a newspaper's count) has already weighed them.
"""

from __future__ import annotations

import re
from itertools import combinations

from parallax.compare.context import EMBED_WORDS, StoryContext
from parallax.compare.dates import is_dated, span
from parallax.compare.facts import Alignment
from parallax.compare.units import Unit
from parallax.model import Span, Tension

_YEAR = re.compile(r"^\d{4}$")
_DEICTIC_YEAR = re.compile(r"\b(?:this|next|last|past|coming|previous|following)\s+year\b", re.IGNORECASE)

# Kinds of place an event happens at, each a set of nouns that name the same kind ("home" / "house").
_PLACES: dict[str, tuple[str, ...]] = {
    "home": ("home", "house", "residence", "apartment", "flat", "condo", "mansion"),
    "hospital": ("hospital", "clinic", "infirmary"),
    "hospice": ("hospice",),
    "hotel": ("hotel", "motel"),
    "office": ("office", "offices", "headquarters"),
    "school": ("school", "university", "college", "campus"),
    "prison": ("prison", "jail", "cell"),
    "church": ("church", "mosque", "synagogue", "temple", "cathedral"),
    "station": ("station", "airport", "terminal"),
    "venue": ("restaurant", "bar", "club", "nightclub", "stadium", "arena", "theatre", "theater"),
    "store": ("store", "shop", "supermarket", "mall"),
}
_PLACE_KIND = {noun: kind for kind, nouns in _PLACES.items() for noun in nouns}
_IRREGULAR_PAST = frozenset({"shot", "found", "held", "hit", "born", "seen", "struck", "taken", "caught", "stabbed"})
_LOCATIVE = re.compile(
    r"\b(?P<verb>[a-z]+)\b(?P<gap>(?:\s+[\w.,]+){0,3}?)\s+(?:at|in|inside)\s+"
    r"(?:a|an|the|his|her|their|its|one's)\s+(?:(?:local|nearby|private|public|family|small|former)\s+)?"
    r"(?P<place>" + "|".join(sorted(_PLACE_KIND, key=len, reverse=True)) + r")\b"
    r"(?P<tail>\s+in\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)?"
)

# A zero toll by kind: "no injuries were reported", "no one was killed", "no immediate reports of casualties".
_NO = r"(?:no|zero)\s+(?:immediate\s+|other\s+|further\s+|serious\s+)?(?:reports?\s+of\s+(?:any\s+)?)?"
_NOBODY = (r"(?:no\s+one|nobody|none|no-one)\s+(?:else\s+)?(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+"
           r"(?:seriously\s+)?")
_ZERO: dict[str, re.Pattern[str]] = {
    "dead": re.compile(rf"\b(?:{_NO}(?:deaths|fatalities|dead)\b|{_NOBODY}(?:killed|dead)\b)", re.IGNORECASE),
    "injured": re.compile(
        rf"\b(?:{_NO}(?:injuries|injured|casualties|wounded)\b|{_NOBODY}(?:hurt|injured|wounded)\b)", re.IGNORECASE
    ),
}

# What makes a zero a record over years rather than the story's toll: "no fatalities on a tram since 1959".
_RECORD = re.compile(r"\b(?:since|ever|in\s+history|on\s+record|in\s+(?:decades|years))\b|\b(?:1[89]|20)\d\d\b")

# How a hurt person is now, by level: an article that gives one level, set against another's. How badly they
# were hurt ("critically wounded") is not how they are now: a critically wounded man may be stable a day on.
_CONDITION: dict[str, re.Pattern[str]] = {
    "critical": re.compile(
        r"\b(?:critical(?:\s+but\s+stable)?\s+condition|intensive\s+care"
        r"|(?<!non-)(?<!not\s)life[- ]threatening|(?:grave|serious)\s+condition)\b",
        re.IGNORECASE,
    ),
    "stable": re.compile(
        r"\b(?:(?:stable|good|fair|satisfactory)\s+condition|non-life[- ]threatening|not\s+life[- ]threatening"
        r"|condition\s+(?:is|was)\s+(?:stable|good|fair))\b",
        re.IGNORECASE,
    ),
}
_LEAD_WORDS = 3  # words before a condition a side shows ("and listed in [stable condition]")


def year_tensions(ctx: StoryContext, alignment: Alignment) -> list[Tension]:
    """Clauses of one fact whose years differ, one of them told as "this/next/last year"."""
    out = []
    for idx in alignment.groups:
        years: dict[str, tuple[str, bool, Span]] = {}
        for u in (ctx.units[i] for i in idx):
            if u.article_id in ctx.story.copies or u.article_id in years:
                continue
            found = _years_in(ctx, u)
            if len(found) == 1:
                years[u.article_id] = found[0]
        clashing = sorted({
            aid for (a, (ya, da, _)), (b, (yb, db, _)) in combinations(years.items(), 2)
            if ya != yb and (da or db) and ctx.outlet[a] != ctx.outlet[b] for aid in (a, b)
        })
        if clashing:
            values = sorted({years[a][0] for a in clashing})
            out.append(Tension("date", "year: " + " / ".join(values), {a: years[a][2] for a in clashing},
                               _maybe_update(ctx, clashing), 0.5))
    return out


def _years_in(ctx: StoryContext, unit: Unit) -> list[tuple[str, bool, Span]]:
    """Year-only values of the clause's time expressions: (year, deictic, the clause up to the year)."""
    text = ctx.articles[unit.article_id].text
    out = []
    analysis = ctx.analyses.get(unit.article_id)
    for t in analysis.times if analysis else []:
        if t.vague or not t.value or not _YEAR.match(t.value):
            continue
        if unit.span.start <= t.start and t.end <= unit.span.end:
            deictic = bool(_DEICTIC_YEAR.search(text[t.start : t.end]))
            out.append((t.value, deictic, _clause_to(text, unit, t.end)))
    return out


def _clause_to(text: str, unit: Unit, end: int) -> Span:
    """The clause from its start to the end of the phrase that holds ``end`` (the next comma or stop)."""
    stop = re.search(r"[,;.!?]", text[end : unit.span.end])
    last = end + stop.start() if stop else unit.span.end
    return Span.of(text, unit.span.start, last)


def place_tensions(ctx: StoryContext, alignment: Alignment) -> list[Tension]:
    """One event told at different kinds of place after the same past-tense predicate."""
    units = [u for u in ctx.units if u.article_id not in ctx.story.copies and ctx.keep[u.flat]
             and len(u.words) <= EMBED_WORDS]
    found = {u.flat: _places(u) for u in units}
    out: dict[tuple[str, frozenset[str]], Tension] = {}
    for a, b in combinations([u for u in units if found[u.flat]], 2):
        if ctx.outlet[a.article_id] == ctx.outlet[b.article_id] or not _one_event(a, b, alignment):
            continue
        for verb, kind_a, side_a in found[a.flat]:
            for verb_b, kind_b, side_b in found[b.flat]:
                if verb != verb_b or kind_a == kind_b:
                    continue
                key = (verb, frozenset({kind_a, kind_b}))
                tension = out.setdefault(key, Tension("place", f"where: {kind_a} / {kind_b}",
                                                      {}, _maybe_update(ctx, [a.article_id, b.article_id]), 0.5))
                tension.sides.setdefault(a.article_id, side_a)
                tension.sides.setdefault(b.article_id, side_b)
    return list(out.values())


def _one_event(a: Unit, b: Unit, alignment: Alignment) -> bool:
    """Clauses aligned as one fact, or dated the same single day."""
    group = alignment.group_of.get(a.flat)
    if group is not None and group == alignment.group_of.get(b.flat):
        return True
    days = {v for v in a.dates if is_dated(v) and span(v)[0] == span(v)[1]}
    return bool(days & {v for v in b.dates if is_dated(v)})


def _places(unit: Unit) -> list[tuple[str, str, Span]]:
    """(predicate, kind of place, the words from predicate to place) for each past-tense predicate of the
    clause followed, within a few words, by "at/in <determiner> <place noun>"."""
    text = unit.span.text
    out = []
    for m in _LOCATIVE.finditer(text):
        verb = m["verb"]
        if not (verb.endswith("ed") or verb in _IRREGULAR_PAST) or m["verb"] != m["verb"].lower():
            continue
        base = unit.span.start
        out.append((verb, _PLACE_KIND[m["place"]], Span(base + m.start(), base + m.end(), m.group(0))))
    return out


def condition_tensions(ctx: StoryContext) -> list[Tension]:
    """Articles that each give one level of a hurt person's condition, the levels differing."""
    levels: dict[str, dict[str, Span]] = {}
    for u in ctx.units:
        if u.article_id in ctx.story.copies:
            continue
        for level, pattern in _CONDITION.items():
            for m in pattern.finditer(u.span.text):
                levels.setdefault(u.article_id, {}).setdefault(level, _phrase(ctx, u, m.start(), m.end()))
    single = {a: next(iter(found.items())) for a, found in levels.items() if len(found) == 1}
    if len({level for level, _ in single.values()}) < 2 or len({ctx.outlet[a] for a in single}) < 2:
        return []
    return [Tension("status", "condition: " + " / ".join(sorted({level for level, _ in single.values()})),
                    {a: side for a, (_, side) in single.items()}, _maybe_update(ctx, list(single)), 0.5)]


def _phrase(ctx: StoryContext, unit: Unit, start: int, end: int) -> Span:
    """A few words before the match, not past a comma, to the end of its phrase (the next comma or stop)."""
    text = unit.span.text
    before = text[:start]
    words = list(re.finditer(r"\S+", before))
    first = words[-_LEAD_WORDS].start() if len(words) >= _LEAD_WORDS else 0
    comma = max(before.rfind(","), before.rfind(";"))
    first = max(first, comma + 1)
    while first < start and text[first].isspace():
        first += 1
    stop = re.search(r"[,;.!?]", text[end:])
    last = end + stop.start() if stop else len(text)
    return Span.of(ctx.articles[unit.article_id].text, unit.span.start + first, unit.span.start + last)


def zero_tensions(ctx: StoryContext, counts: dict[str, dict[str, tuple[float, Span]]]) -> list[Tension]:
    """An article that says no one of a toll kind was hurt or killed, and gives no count of that kind,
    against the articles that count people of that kind (``counts``: kind -> article -> first count)."""
    out = []
    for kind, pattern in _ZERO.items():
        counted = {a: c for a, c in counts.get(kind, {}).items() if c[0] > 0}
        if not counted:
            continue
        zeros: dict[str, Span] = {}
        for u in ctx.units:
            if u.article_id in ctx.story.copies or u.article_id in counted or u.article_id in zeros:
                continue
            m = pattern.search(u.span.text)
            if m and not _RECORD.search(_rest_of_sentence(ctx, u, u.span.start + m.end())):
                zeros[u.article_id] = u.span
        if not zeros or len({ctx.outlet[a] for a in [*zeros, *counted]}) < 2:
            continue
        sides = {**zeros, **{a: side for a, (_, side) in counted.items()}}
        figures = sorted({f"{v:g}" for v, _ in counted.values()})
        out.append(Tension("number", f"{kind}: none / " + " / ".join(figures), sides,
                           _maybe_update(ctx, list(sides)), 0.5))
    return out


def _rest_of_sentence(ctx: StoryContext, unit: Unit, start: int) -> str:
    """The article's text from ``start`` to the end of the clause's sentence (clauses drop the cue words
    between them, "since" among them)."""
    end = max(u.span.end for u in ctx.units_of(unit.article_id) if u.sentence == unit.sentence)
    return ctx.articles[unit.article_id].text[start:end]


def _maybe_update(ctx: StoryContext, ids: list[str]) -> bool:
    days = {(ctx.articles[a].published or "")[:10] for a in ids}
    return all(days) and len(days) > 1
