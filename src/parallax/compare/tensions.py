"""Tensions: typed differences between outlets about the same matter, each side with its words.

- number: clauses aligned as one fact whose figures for the same thing differ;
- date: the same event dated differently (from the timeline);
- attribution: the same words given to different speakers;
- quote: the same quote truncated or reworded;
- stance / status: opposite-polarity predicates on the same matter (resume/withdraw, accept/refuse,
  agree/defer against refuse, arrested/released), found with small lexicons of general verbs; the
  matter is the same when the words after the predicates share a content stem that is not a name,
  and the actors are on the same side when they share a country (by name or by the words before a
  person's name, as in "<country>'s president, <name>").

A difference between articles published at different times may be an update, so it is flagged
``maybe_update`` rather than called a contradiction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parallax.compare.context import StoryContext
from parallax.compare.facts import Alignment, substantive
from parallax.compare.units import STOP, Unit, numbers_in, stem, words_of
from parallax.model import Span, Tension, TimelineEvent

# axis -> polarity -> stems (matched as word prefixes)
_LEXICON: dict[str, dict[int, tuple[str, ...]]] = {
    "supply": {
        1: (
            "resum",
            "restor",
            "increas",
            "boost",
            "expand",
            "continu",
            "provid",
            "send",
            "sent",
            "deliver",
            "extend",
            "raise",
            "raisi",
            "ramp",
        ),
        -1: (
            "withdr",
            "cut",
            "halt",
            "suspend",
            "pause",
            "pausi",
            "stop",
            "reduc",
            "decreas",
            "freez",
            "cancel",
            "block",
            "scrap",
            "lower",
            "slash",
        ),
    },
    "stance": {
        1: (
            "accept",
            "agree",
            "agreed",
            "approv",
            "welcom",
            "endors",
            "embrac",
            "postpon",
            "defer",
            "delay",
            "shelv",
        ),
        -1: (
            "reject",
            "refus",
            "declin",
            "deni",
            "deny",
            "dismiss",
            "oppos",
            "ruled out",
            "rule out",
            "rules out",
            "won't",
            "wouldn't",
            "will not",
            "would not",
            "never",
            "cannot",
            "can't",
        ),
    },
    "status": {
        1: ("arrest", "detain", "jail", "imprison", "captur", "held", "custody"),
        -1: ("releas", "freed", "free", "acquit", "escap"),
    },
}
_NEGATION = re.compile(r"\b(?:not|never|no longer|n't|without)\s+(?:\w+\s+)?$", re.IGNORECASE)
_OBJECT_WORDS = 8
_SIDE_WINDOW = 40


@dataclass(frozen=True, slots=True)
class Predicate:
    axis: str
    polarity: int
    objects: frozenset[str]


def _predicates(unit: Unit, names: frozenset[str]) -> list[Predicate]:
    text = unit.span.text.lower().replace("’", "'")
    out = []
    for axis, poles in _LEXICON.items():
        for polarity, cues in poles.items():
            for cue in cues:
                for m in re.finditer(r"\b" + re.escape(cue), text):
                    sign = -polarity if _NEGATION.search(text[: m.start()][-30:]) else polarity
                    after = [
                        w
                        for w in words_of(text[m.end() :])[1 : _OBJECT_WORDS + 1]
                        if w not in STOP and w.isalpha() and len(w) > 2
                    ]
                    objects = frozenset(stem(w) for w in after) - names
                    if objects:
                        out.append(Predicate(axis, sign, objects))
    return out


def _sides(ctx: StoryContext) -> dict[str, frozenset[str]]:
    """Actor -> stems of the countries or peoples it belongs to (its own name, or words before it)."""
    places: dict[str, set[str]] = {}
    for aid, analysis in ctx.analyses.items():
        text = ctx.articles[aid].text
        spots = [
            (m.start, m.end, e.name)
            for e in analysis.entities
            if e.type in ("GPE", "NORP")
            for m in e.mentions
        ]
        for e in analysis.entities:
            name = ctx.names.get(e.name, e.name)
            own = places.setdefault(name, set())
            if e.type in ("GPE", "NORP"):
                own.add(stem(e.name.lower())[:5])
            for m in e.mentions:
                for s, t, place in spots:
                    if m.start - _SIDE_WINDOW <= s and t <= m.start and "." not in text[t : m.start]:
                        own.add(stem(place.lower())[:5])
    return {k: frozenset(v) for k, v in places.items()}


def _compatible(a: Unit, b: Unit, sides: dict[str, frozenset[str]]) -> bool:
    sa = frozenset().union(*(sides.get(x, frozenset()) for x in a.actors)) if a.actors else frozenset()
    sb = frozenset().union(*(sides.get(x, frozenset()) for x in b.actors)) if b.actors else frozenset()
    return not sa or not sb or bool(sa & sb) or bool(a.actors & b.actors)


def _maybe_update(ctx: StoryContext, a: str, b: str) -> bool:
    pa, pb = ctx.articles[a].published, ctx.articles[b].published
    return bool(pa and pb and pa[:10] != pb[:10])


def _sides_of(a: Unit, b: Unit) -> dict[str, Span]:
    return {a.article_id: a.span, b.article_id: b.span}


def stance_tensions(ctx: StoryContext) -> list[Tension]:
    """Opposite-polarity predicates on the same matter in different outlets' clauses."""
    keep = substantive(ctx.units)
    units = [u for u in ctx.units if u.article_id not in ctx.story.copies and keep[u.flat]]
    name_stems = frozenset(stem(w) for n in ctx.names.values() for w in words_of(n))
    name_stems |= frozenset(stem(w) for u in units for a in u.actors for w in words_of(a))
    preds = {u.flat: _predicates(u, name_stems) for u in units}
    sides = _sides(ctx)
    out: list[Tension] = []
    with_preds = [u for u in units if preds[u.flat]]
    for i, a in enumerate(with_preds):
        for b in with_preds[i + 1 :]:
            if ctx.outlet[a.article_id] == ctx.outlet[b.article_id] or not _compatible(a, b, sides):
                continue
            for pa in preds[a.flat]:
                hit = next(
                    (
                        pb
                        for pb in preds[b.flat]
                        if pb.axis == pa.axis and pb.polarity == -pa.polarity and pa.objects & pb.objects
                    ),
                    None,
                )
                if hit is None:
                    continue
                shared = sorted(pa.objects & hit.objects)
                out.append(
                    Tension(
                        kind="status" if pa.axis == "status" else "stance",
                        about=" ".join(shared),
                        sides=_sides_of(a, b),
                        maybe_update=_maybe_update(ctx, a.article_id, b.article_id),
                        confidence=round(min(0.9, 0.35 + 0.15 * len(shared)), 3),
                    )
                )
                break
    return out


def number_tensions(ctx: StoryContext, alignment: Alignment) -> list[Tension]:
    """Aligned clauses whose figures for the same thing (casualties, amounts...) differ."""
    out = []
    for idx in alignment.groups:
        group = [ctx.units[i] for i in idx if ctx.units[i].article_id not in ctx.story.copies]
        figures = {u.flat: {n.unit: n for n in numbers_in(u.span.text)} for u in group}
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                for unit, na in figures[a.flat].items():
                    nb = figures[b.flat].get(unit)
                    if nb is not None and nb.value != na.value:
                        out.append(
                            Tension(
                                kind="number",
                                about=unit,
                                sides=_sides_of(a, b),
                                maybe_update=_maybe_update(ctx, a.article_id, b.article_id),
                                confidence=0.7,
                            )
                        )
                        break
    return out


def quote_tensions(ctx: StoryContext, min_similarity: float = 0.8) -> list[Tension]:
    """The same quote given to different speakers (attribution), or cut or reworded (quote)."""
    quotes = [
        (aid, q)
        for aid, an in ctx.analyses.items()
        if aid not in ctx.story.copies
        for q in an.quotes
        if q.kind != "indirect" and len(q.text.split()) >= 4
    ]
    out = []
    for i, (aid, q) in enumerate(quotes):
        for bid, r in quotes[i + 1 :]:
            if ctx.outlet[aid] == ctx.outlet[bid]:
                continue
            wa, wb = set(words_of(q.text)), set(words_of(r.text))
            overlap = len(wa & wb) / min(len(wa), len(wb))
            sim = float(ctx.vector(q.text) @ ctx.vector(r.text))
            if sim < min_similarity and overlap < 0.7:
                continue
            sa = ctx.names.get(q.speaker or "", q.speaker)
            sb = ctx.names.get(r.speaker or "", r.speaker)
            sides = {
                aid: Span.of(ctx.articles[aid].text, q.start, q.end),
                bid: Span.of(ctx.articles[bid].text, r.start, r.end),
            }
            update = _maybe_update(ctx, aid, bid)
            if sa and sb and sa != sb:
                out.append(Tension("attribution", f"{sa} / {sb}", sides, update, round(sim, 3)))
            elif wa != wb:
                what = "cut" if wa < wb or wb < wa else "reworded"
                out.append(Tension("quote", f"{sa or sb or 'quote'} ({what})", sides, update, round(sim, 3)))
    return out


def date_tensions(ctx: StoryContext, events: list[TimelineEvent]) -> list[Tension]:
    out = []
    for e in events:
        if not e.disputed:
            continue
        ids = list(e.sources)
        update = any(_maybe_update(ctx, a, b) for a in ids for b in ids if a < b)
        out.append(Tension("date", e.about, dict(e.sources), update, 0.6))
    return out


def find_tensions(ctx: StoryContext, alignment: Alignment, events: list[TimelineEvent]) -> list[Tension]:
    found = [
        *number_tensions(ctx, alignment),
        *date_tensions(ctx, events),
        *quote_tensions(ctx),
        *stance_tensions(ctx),
    ]
    return sorted(found, key=lambda t: -t.confidence)
