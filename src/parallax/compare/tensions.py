"""Tensions: typed differences between outlets about the same matter, each side with its words.

- number: clauses aligned as one fact whose figures for the same thing differ (the same noun, and
  no clash in what the nearby words say happened to it: killed, injured, in hospital, evacuated...);
- date: the same event dated differently (from the timeline);
- attribution: the same words, or the same reported statement, given to different people;
- quote: the same quote reworded, or cut inside (words left out between others, "It is [not] related"):
  a shorter unbroken extract of the same words is no difference;
- stance / status: opposite-polarity predicates on the same matter (resume/withdraw, accept/refuse,
  agree/defer/consider against refuse; for status, arrested/released about the same actor), found with small
  lexicons of general verbs; the
  matter is the same when the words after the predicates share a content stem that is not a name,
  and the actors are on the same side when they share a country (by name or by the words before a
  person's name, as in "<country>'s president, <name>"). A clause longer than ``EMBED_WORDS`` words is
  a run of captions or a list, whose words after a cue belong to another item ("power cuts to
  thousands of homes Getty 7/19 Mother ..."), so no predicate is read from it.

A year, a kind of place, a hurt person's condition or a zero toll told two ways are read in ``clashes``.

A difference between articles published at different times may be an update, so it is flagged
``maybe_update`` rather than called a contradiction.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from itertools import combinations, takewhile

import numpy as np

from parallax.analyze.cues import PEOPLE_NOUNS, PERSON_NOUNS, SPEECH_VERBS
from parallax.compare.clashes import condition_tensions, place_tensions, year_tensions, zero_tensions
from parallax.compare.context import EMBED_WORDS, StoryContext
from parallax.compare.dates import is_dated, span
from parallax.compare.facts import Alignment
from parallax.compare.spellings import name_tensions
from parallax.compare.units import NUMBER_WORDS, STOP, Number, Unit, ages_in, as_figure, numbers_in, stem, words_of
from parallax.model import Span, Tension, TimelineEvent

# axis -> polarity -> stems (matched as word prefixes)
_LEXICON: dict[str, dict[int, tuple[str, ...]]] = {
    "supply": {
        1: ("resum", "restor", "increas", "boost", "expand", "continu", "provid", "send", "sent", "deliver",
            "extend", "raise", "raisi", "ramp"),
        -1: ("withdr", "cut", "halt", "suspend", "pause", "pausi", "stop", "reduc", "decreas", "freez",
             "cancel", "block", "scrap", "lower", "slash"),
    },
    "stance": {
        1: ("accept", "agree", "agreed", "approv", "welcom", "endors", "embrac", "postpon", "defer", "delay",
            "shelv", "consider", "open to", "weigh"),
        -1: ("reject", "refus", "declin", "deni", "deny", "dismiss", "oppos", "ruled out", "rule out",
             "rules out", "won't", "wouldn't", "will not", "would not", "never", "cannot", "can't"),
    },
    "status": {
        1: ("arrest", "detain", "jail", "imprison", "captur", "held", "custody"),
        -1: ("releas", "freed", "free", "acquit", "escap"),
    },
}
_CUES = [
    (axis, polarity, re.compile(r"\b(?:" + "|".join(map(re.escape, cues)) + r")"))
    for axis, poles in _LEXICON.items() for polarity, cues in poles.items()
]
# any cue word of any axis: it starts another predicate, so the matter of "increased X to reduce Y" is X
_ANY_CUE = re.compile("|".join(re.escape(c) for poles in _LEXICON.values() for cues in poles.values() for c in cues))
_NEGATION = re.compile(r"\b(?:not|never|no longer|n't|without)\s+(?:\w+\s+)?$", re.IGNORECASE)
# "why not raise ...?" and "why don't they raise ...?" suggest the act; they do not deny it
_SUGGESTION = re.compile(r"\bwhy (?:not|do not|don't|doesn't|didn't)\b[^.?!]*$")
_OBJECT_WORDS = 8
# Words that cannot be the matter two outlets disagree on: numbers (compared as numbers elsewhere) and
# reporting verbs (saying something is not a stance on it).
_NOT_MATTER = NUMBER_WORDS | frozenset(stem(verb) for verb in SPEECH_VERBS)
_FRAME_AFTER = 3
# What can happen to a counted group, by word prefix: counts of one noun with different kinds differ.
_COUNTED: dict[str, tuple[str, ...]] = {
    "dead": ("kill", "dead", "die", "death", "fatal", "perish"),
    "injured": ("injur", "hurt", "wound", "casualt"),
    "hospital": ("hospit",),
    "missing": ("missing", "unaccounted"),
    "trapped": ("trap", "strand", "stuck"),
    "arrested": ("arrest", "detain", "custody", "charged"),
    "evacuated": ("evacu", "displac", "fled", "flee", "homes", "homeless", "shelter"),
    "rescued": ("rescu", "saved", "survivor"),
    "gathered": ("gather", "march", "rall", "protest", "demonstr", "crowd", "attend", "turnout", "street", "vigil",
                 "joined", "joining"),
}
# The kinds of toll a story's articles are compared on even when their clauses do not align.
_TOLLS = frozenset({"dead", "injured", "missing", "arrested", "evacuated", "gathered"})
_BEINGS = frozenset(stem(w) for w in PERSON_NOUNS | PEOPLE_NOUNS)  # as ``numbers_in`` stems units
_EVERYONE = frozenset(stem(w) for w in ("people", "person", "persons", "individuals"))  # counts of anyone
_PEOPLE = stem("people")
# "put the march ... at roughly 30,000", "estimated the crowd at 70": the size of a gathering, not a count of it
_CROWD_ESTIMATE = re.compile(
    r"\b(?:put|puts|putting|estimated?|estimates|estimating|numbered|counted)\s+(?:the\s+)?(?:size\s+of\s+the\s+)?"
    r"(?P<noun>crowds?|turnout|march|rally|protest|demonstration|gathering|vigil)\b[^.;!?]{0,60}?\bat\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|at\s+least|up\s+to|over)\s+)?(?P<n>\d[\d,]*)(?![\d.,]*\d)"
)
_BACKGROUND_DAYS = 3
_AGE_GAP = 2  # years two ages of one person may differ by; more, and they are two people ("the 19-year-old")
_OTHER_EVENT = 20  # how many times one toll may be another's and still count the same event
# Words that hedge a figure ("killed at least 2", "injured more than 50"): they say nothing of what happened.
_QUALIFIERS = frozenset({"at", "least", "most", "more", "less", "fewer", "than", "about", "around", "nearly", "almost",
                         "some", "over", "under", "roughly", "approximately", "estimated", "up"})
_SIDE_WINDOW = 40
_SIDE_WORDS = 5  # words either side of a figure a number tension shows
# Nouns a number names one of rather than counts ("Episode 7 Recap", "Game 7 crowd", "Flight 370 debris"):
# the number is a label, and two labels are two things, not two counts of one.
_LABELS = frozenset({
    "episode", "season", "series", "game", "match", "round", "race", "lap", "stage", "heat", "hole", "chapter",
    "article", "section", "clause", "page", "part", "volume", "act", "scene", "number", "no", "level", "grade",
    "class", "category", "division", "tier", "phase", "route", "highway", "interstate", "flight", "bus",
    "platform", "gate", "terminal", "room", "floor", "ward", "district", "unit", "exit", "channel", "version",
    "model",
})


_INSERTION = re.compile(r"\[[^\]]{0,40}\]")


def _extract_of(short: str, long: str) -> bool:
    """Whether ``short`` is one unbroken run of ``long`` (a shorter extract, nothing left out inside),
    read as letters and digits only: punctuation, hyphens and spacing are house style ("6.15am" /
    "6.15 a.m.", "e-mails" / "emails", "rank-and-file" / "rank and file"), not rewording."""
    return _letters(short) in _letters(long)


def _letters(text: str) -> str:
    """Letters and digits only, without an editor's square-bracketed insertions ("said [the] emails")."""
    return "".join(c for c in _INSERTION.sub("", text.lower()) if c.isalnum())


# A quote's speaker counts against another outlet's only when a speaker tag names them (a speaker
# carried over from an earlier quote is a guess, and two guesses differing is no news).
TAGGED = 0.8


def opposed(a: str, b: str) -> bool:
    """Whether two words are cues of opposite polarity on one axis ("arrested" / "released")."""
    poles = {(axis, polarity) for axis, polarity, cue in _CUES if cue.match(a.lower())}
    return any((axis, -polarity) in poles for axis, polarity, cue in _CUES if cue.match(b.lower()))


@dataclass(frozen=True, slots=True)
class Predicate:
    axis: str
    polarity: int
    objects: frozenset[str]


def _predicates(unit: Unit, names: frozenset[str]) -> list[Predicate]:
    text = unit.span.text.lower().replace("’", "'")
    out = []
    for axis, polarity, cue in _CUES:
        for m in cue.finditer(text):
            before = text[max(0, m.start() - 30) : m.start()]
            sign = -polarity if _NEGATION.search(before) and not _SUGGESTION.search(before) else polarity
            window = words_of(text[m.end() : m.end() + 80])[1 : _OBJECT_WORDS + 1]
            after = takewhile(lambda w: not _ANY_CUE.match(w), window)
            objects = frozenset(
                stem(w)
                for w in after
                if w not in STOP and w not in _NOT_MATTER and stem(w) not in _NOT_MATTER and w.isalpha() and len(w) > 2
            ) - names
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
    """The two clauses' actors are on one side; a clause that names no actor cannot contradict one that
    names who acts ("a halt to western military aid", a demand listed without its holder, is not "the US
    resumed military aid" reversed), while two clauses that both leave the actor unnamed may."""
    if bool(a.actors) != bool(b.actors):
        return False
    sa = frozenset().union(*(sides.get(x, frozenset()) for x in a.actors)) if a.actors else frozenset()
    sb = frozenset().union(*(sides.get(x, frozenset()) for x in b.actors)) if b.actors else frozenset()
    return not sa or not sb or bool(sa & sb) or bool(a.actors & b.actors)


def _surface(text: str, stems: frozenset[str]) -> list[str]:
    """The shared matter as the words read in the text, in their order ("independent inquiry")."""
    words = [w for w in words_of(text.lower().replace("’", "'")) if stem(w) in stems]
    return list(dict.fromkeys(words)) or sorted(stems)


def _maybe_update(ctx: StoryContext, a: str, b: str) -> bool:
    pa, pb = ctx.articles[a].published, ctx.articles[b].published
    return bool(pa and pb and pa[:10] != pb[:10])


def stance_tensions(ctx: StoryContext, alignment: Alignment) -> list[Tension]:
    """Opposite-polarity predicates on the same matter in different outlets' clauses."""
    units = [u for u in ctx.units if u.article_id not in ctx.story.copies and ctx.keep[u.flat]
             and len(u.words) <= EMBED_WORDS]
    name_stems = frozenset(stem(w) for an in ctx.analyses.values() for e in an.entities
                           for m in [e.name, *(x.text for x in e.mentions)] for w in words_of(m))
    name_stems |= frozenset(stem(w) for n in ctx.names.values() for w in words_of(n))
    sides = _sides(ctx)
    index: dict[tuple[str, int, str], list[tuple[Unit, Predicate]]] = {}
    for u in units:
        for p in _predicates(u, name_stems):
            for o in p.objects:
                index.setdefault((p.axis, p.polarity, o), []).append((u, p))
    found: dict[tuple, Tension] = {}
    seen: set[tuple[int, int]] = set()
    for (axis, polarity, obj), pros in index.items():
        if polarity != 1:
            continue
        for a, pa in pros:
            for b, pb in index.get((axis, -1, obj), []):
                if (a.flat, b.flat) in seen or ctx.outlet[a.article_id] == ctx.outlet[b.article_id]:
                    continue
                seen.add((a.flat, b.flat))
                if not _compatible(a, b, sides) or (axis == "status" and not a.actors & b.actors):
                    continue
                shared = _surface(b.span.text, pa.objects & pb.objects)
                alike = max(0.0, min(1.0, float(alignment.similarity[a.flat, b.flat])))
                confidence = round(min(0.9, 0.3 + 0.15 * min(len(shared), 3) + 0.2 * alike), 3)
                key = (axis, " ".join(shared))
                tension = found.get(key)
                if tension is None:  # one tension per matter; more articles saying the same add sides
                    tension = found[key] = Tension(
                        kind="status" if axis == "status" else "stance",
                        about=key[1],
                        sides={},
                        maybe_update=_maybe_update(ctx, a.article_id, b.article_id),
                        confidence=confidence,
                    )
                tension.confidence = max(tension.confidence, confidence)
                tension.sides.setdefault(a.article_id, a.span)
                tension.sides.setdefault(b.article_id, b.span)
    return list(found.values())


def _frame(text: str, n: Number) -> frozenset[str]:
    """What a figure says happened to what it counts: the kinds (``_COUNTED``) of the content word just
    before the number phrase ("[killed] 12 people") and of the first few after it ("8 people seriously
    [hurt]", "50 people in [hospital]"); none when the words say nothing of a known kind. A word of a
    known kind right before the figure, past hedges only ("killing at least 6 civilians and wounding
    dozens"), governs it alone."""
    preceding = words_of(text[max(0, n.start - 40) : n.start])
    hedged = list(takewhile(lambda w: w in _QUALIFIERS, reversed(preceding)))
    governing = preceding[-len(hedged) - 1 : len(preceding) - len(hedged)]
    if governing and _kinds(governing[0]):
        return _kinds(governing[0])
    before = [w for w in preceding if _framing(w)][-1:]
    after = [w for w in words_of(text[n.end : n.end + 60]) if _framing(w)][:_FRAME_AFTER]
    return frozenset(kind for w in before + after for kind in _kinds(w))


def _kinds(word: str) -> frozenset[str]:
    return frozenset(kind for kind, cues in _COUNTED.items() if _framing(word) and word.startswith(cues))


def _labelled(text: str, n: Number) -> bool:
    before = words_of(text[max(0, n.start - 20) : n.start])
    return bool(before) and before[-1] in _LABELS


def _framing(word: str) -> bool:
    return word.isalpha() and word not in STOP and word not in _QUALIFIERS and not word.endswith("ly")


def number_tensions(ctx: StoryContext, alignment: Alignment) -> list[Tension]:
    """Facts whose articles give different figures for the same thing (casualties, amounts...).

    The same thing means the same noun, and no clash between what the words around the figures say
    happened to it: "8 people seriously hurt" and "50 people in hospital" count different people;
    words of no known kind ("1,200 people living nearby") clash with nothing. Articles that share a
    figure for the noun agree: the other figure one of them gives is of something else ("a 5-point
    lead" / "an 11-point lead that has narrowed to 5 points")."""
    out = []
    for idx in alignment.groups:
        group = [ctx.units[i] for i in idx if ctx.units[i].article_id not in ctx.story.copies]
        given = {(u.article_id, n.unit, n.value) for u in group for n in numbers_in(u.span.text)}
        clusters: list[tuple[str, list[frozenset[str]], dict[str, tuple[float, Unit]], str]] = []
        for u in group:
            for n in numbers_in(u.span.text):
                if _labelled(u.span.text, n):
                    continue
                frame = _frame(u.span.text, n)
                home = next((c for c in clusters if c[0] == n.unit and u.article_id not in c[2]
                             and any(not frame or not f or frame & f for f in c[1])), None)
                if home is None:
                    if any(c[0] == n.unit and u.article_id in c[2] for c in clusters):
                        continue  # another count of this noun in the same clause, about something else
                    home = (n.unit, [], {}, n.word)
                    clusters.append(home)
                home[1].append(frame)
                home[2][u.article_id] = (n.value, _around(u, n))
        for unit, _, per_article, word in clusters:
            distinct = sorted({v for v, _ in per_article.values()})
            if len(distinct) < 2 or any((b, unit, v) in given for a, (v, _) in per_article.items()
                                        for b in per_article if b != a):
                continue
            if all(_rounded_alike(a, b) for a in distinct for b in distinct):
                continue  # "six miles" / "6.2 miles": one figure, written to another precision
            ids = list(per_article)
            out.append(Tension(
                kind="number",
                about=f"{word}: " + " / ".join(_figure(v) for v in distinct),
                sides={a: side for a, (_, side) in per_article.items()},
                maybe_update=any(_maybe_update(ctx, a, b) for a in ids for b in ids if a < b),
                confidence=0.7,
            ))
    return out


def _rounded_alike(a: float, b: float) -> bool:
    """Whether the more precise of two figures rounds to the other ("6.2" and "six", "1.55" and "1.6")."""
    places = min(_decimals(a), _decimals(b))
    return round(a, places) == round(b, places) and (_decimals(a) != _decimals(b) or a == b)


def _decimals(value: float) -> int:
    text = repr(value)
    return len(text.split(".")[1].rstrip("0")) if "." in text and "e" not in text else 0


def toll_tensions(ctx: StoryContext, aligned: list[Tension]) -> list[Tension]:
    """The toll each article leads with (people killed, injured, missing, arrested, evacuated, or gathered
    in a crowd), when the articles' tolls differ and no aligned fact already shows it: "seven people have
    died" in one outlet and "killed at least 2 people" in another are told in clauses too unlike to align, yet the
    difference is what a reader of both needs first. An article's toll is its first figure of that kind
    (news gives the current count first) outside clauses dated well before the article ("in 2004, when
    seven people were killed", "airstrikes last week in which 30 people were killed"). A lower confidence
    than an aligned figure's, since the two counts may still be of different things."""
    tolls = _tolls(ctx)
    shown = {(aid, span.start) for t in aligned for aid, span in t.sides.items()}
    out = []
    for kind, per_article in tolls.items():
        clashing = sorted({aid for a, b in combinations(per_article.items(), 2) if _counts_clash(a[1], b[1])
                           for aid in (a[0], b[0])})
        sides = {aid: _around(per_article[aid][2], per_article[aid][1]) for aid in clashing}
        if not clashing or all((aid, side.start) in shown for aid, side in sides.items()):
            continue
        values = sorted({per_article[aid][0] for aid in clashing})
        nouns = list(dict.fromkeys(per_article[aid][1].word for aid in clashing))
        out.append(Tension(
            kind="number",
            about=f"{' / '.join(nouns)} {kind}: " + " / ".join(_figure(v) for v in values),
            sides=sides,
            maybe_update=any(_maybe_update(ctx, a, b) for a in clashing for b in clashing if a < b),
            confidence=0.5,
        ))
    return out


def _tolls(ctx: StoryContext) -> dict[str, dict[str, tuple[float, Number, Unit]]]:
    """Kind of toll -> article -> its first figure of that kind, outside background clauses."""
    tolls: dict[str, dict[str, tuple[float, Number, Unit]]] = {}
    for u in ctx.units:
        if u.article_id in ctx.story.copies or len(u.words) > EMBED_WORDS:
            continue
        if _background(u, ctx.articles[u.article_id].published):
            continue
        counted = []
        for n in numbers_in(u.span.text):
            if _labelled(u.span.text, n) or n.unit not in _BEINGS:
                continue  # "12M acres and killed": a toll counts people, not what burned
            frame = _frame(u.span.text, n)
            if len(frame) != 1 or not frame <= _TOLLS:
                continue  # "died and more than 50 people were injured": which toll is unclear
            counted.append((n.start, next(iter(frame)), n))
        counted += [(n.start, "gathered", n) for n in _crowd_estimates(u.span.text)]
        for _, kind, n in sorted(counted, key=lambda c: c[0]):
            tolls.setdefault(kind, {}).setdefault(u.article_id, (n.value, n, u))
    return tolls


def _crowd_estimates(text: str) -> list[Number]:
    """A crowd's size given as an estimate of the gathering rather than a count of people ("Police put the
    march, to mark a strike, at roughly 30,000"; "estimated the crowd at 70"): a count of people gathered."""
    return [
        Number(float(m["n"].replace(",", "")), _PEOPLE, m.start("n"), m.end("n"), m["noun"])
        for m in _CROWD_ESTIMATE.finditer(text)
    ]


# An age set after a name ("Roger Smith, 73, said"): another person with an age, so the article is about several.
_NAMED_AGE = re.compile(r"\b[A-Z][\w'’-]+, (\d{1,3}),")


def age_tensions(ctx: StoryContext) -> list[Tension]:
    """Articles that give the one person they are about different ages ("a five-year-old boy" / "the
    six-year-old"): an article that gives a single age (several ages are several people), set against the
    others' when they name the same kind of person or one names none, and differ by a year or two (ages
    further apart are two people)."""
    first: dict[str, tuple[Number, Unit]] = {}
    given: dict[str, set[float]] = {}
    for u in ctx.units:
        if u.article_id in ctx.story.copies:
            continue
        for n in ages_in(u.span.text):
            first.setdefault(u.article_id, (n, u))
            given.setdefault(u.article_id, set()).add(n.value)
        given.setdefault(u.article_id, set()).update(float(m.group(1)) for m in _NAMED_AGE.finditer(u.span.text))
    first = {a: found for a, found in first.items() if len(given[a]) == 1}  # several ages: several people
    clashing = sorted({aid for (a, (na, _)), (b, (nb, _)) in combinations(first.items(), 2)
                       if 0 < abs(na.value - nb.value) <= _AGE_GAP
                       and (na.unit == nb.unit or not na.unit or not nb.unit)
                       for aid in (a, b)})
    if not clashing:
        return []
    noun = next((first[a][0].word for a in clashing if first[a][0].word), "person")
    values = " / ".join(_figure(v) for v in sorted({first[a][0].value for a in clashing}))
    return [Tension(
        kind="number",
        about=f"age of the {noun.lower()}: {values}",
        sides={aid: _around(first[aid][1], first[aid][0]) for aid in clashing},
        confidence=0.6,
    )]


def _around(unit: Unit, number: Number) -> Span:
    """The words around a figure in its clause ("he pointed a .357 caliber revolver at them"): the side of
    a number tension shows what was counted, not the whole sentence it sits in."""
    text = unit.span.text
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    first = next((k for k, (_, e) in enumerate(words) if e > number.start), 0)
    last = next((k for k, (b, _) in enumerate(words) if b >= number.end), len(words)) - 1
    start, end = words[max(0, first - _SIDE_WORDS)][0], words[min(len(words) - 1, last + _SIDE_WORDS)][1]
    while end > start and text[end - 1] in ",;:":
        end -= 1
    base = unit.span.start
    return Span(base + start, base + end, text[start:end])


def _figure(value: float) -> str:
    """A figure as news writes it: "2,000,000" rather than "2e+06", "0.357" and "7" as they are."""
    return f"{value:,.0f}" if value >= 10_000 and value == int(value) else f"{value:g}"


def _counts_clash(a: tuple[float, Number, Unit], b: tuple[float, Number, Unit]) -> bool:
    """Two tolls of one kind disagree when they count the same noun differently, or when the count of
    people in general is below the count of some of them ("2 people died" / "killing 6 civilians");
    "10 people" and "6 civilians" may both be right."""
    (va, na, _), (vb, nb, _) = a, b
    if max(va, vb) > _OTHER_EVENT * max(min(va, vb), 1.0):
        return False  # "7 killed in the raid" / "2 million died in the war": two events, not two counts
    if na.unit == nb.unit:
        return va != vb
    if nb.unit in _EVERYONE:
        (va, na), (vb, nb) = (vb, nb), (va, na)
    return na.unit in _EVERYONE and nb.unit not in _EVERYONE and va < vb


def _background(unit: Unit, published: str | None) -> bool:
    """A clause dated well before its article ("last week", "in 2004"): background, not the story's count."""
    try:
        day = dt.date.fromisoformat((published or "")[:10])
    except ValueError:  # no date, or only a year or month: nothing to measure against
        return False
    years = [int(v) for v in unit.dates if re.fullmatch(r"\d{4}", v)]
    return any(y < day.year for y in years) or any(
        is_dated(v) and (day - span(v)[1]).days > _BACKGROUND_DAYS for v in unit.dates
    )


def _quote_vector(ctx: StoryContext, aid: str, start: int, end: int) -> np.ndarray:
    """The vector of the clause that holds most of the quote (quotes are clauses of their own)."""
    best, most = None, 0
    for u in ctx.units_of(aid):
        overlap = min(end, u.span.end) - max(start, u.span.start)
        if ctx.keep[u.flat] and overlap > most:
            best, most = u, overlap
    return ctx.vectors[best.flat] if best is not None else np.zeros(ctx.vectors.shape[1], dtype=np.float32)


def quote_tensions(ctx: StoryContext, min_similarity: float = 0.8, min_overlap: float = 0.7) -> list[Tension]:
    """The same quote given to different people (attribution), or cut or reworded (quote).

    Only people named by a speaker tag count as different speakers: an agency or a police force
    quoting its own spokesman is the same voice under two labels, not a contradiction, and two forms
    of one name ("Donald", "Donald J Trump") are one person."""
    quotes = [(aid, q) for aid, an in ctx.analyses.items() if aid not in ctx.story.copies
              for q in an.quotes if q.kind != "indirect" and len(q.text.split()) >= 4]
    if len(quotes) < 2:
        return []
    words = [frozenset(map(as_figure, words_of(q.text))) for _, q in quotes]  # "11th hour" / "eleventh-hour"
    people = _people(ctx)
    vectors = np.array([_quote_vector(ctx, aid, q.start, q.end) for aid, q in quotes])
    sim = vectors @ vectors.T
    parent = list(range(len(quotes)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in zip(*np.nonzero(np.triu(sim >= min(min_similarity, 0.5), k=1)), strict=True):
        if quotes[i][0] == quotes[j][0]:
            continue
        overlap = len(words[i] & words[j]) / max(1, min(len(words[i]), len(words[j])))
        if sim[i, j] >= min_similarity or overlap >= min_overlap:
            parent[root(int(j))] = root(int(i))
    clusters: dict[int, list[int]] = {}
    for i in range(len(quotes)):
        clusters.setdefault(root(i), []).append(i)
    out = []
    for members in clusters.values():
        per_article = {}
        for i in members:
            per_article.setdefault(quotes[i][0], i)
        if len(ctx.independent(list(per_article))) < 2:
            continue
        speakers = {ctx.names.get(q.speaker or "", q.speaker) for q in (quotes[i][1] for i in per_article.values())
                    if q.confidence >= TAGGED}
        speakers = _distinct_people(speakers & people)
        texts = {words[i] for i in per_article.values()}
        if len(speakers) < 2 and len(texts) < 2:
            continue
        sides = {aid: Span.of(ctx.articles[aid].text, quotes[i][1].start, quotes[i][1].end)
                 for aid, i in per_article.items()}
        ids = list(sides)
        update = any(_maybe_update(ctx, a, b) for a in ids for b in ids if a < b)
        closest = min(sim[i, j] for i in per_article.values() for j in per_article.values())
        confidence = round(min(1.0, float(closest)), 3)
        if len(speakers) >= 2:
            out.append(Tension("attribution", " / ".join(sorted(speakers)), sides, update, confidence))
        else:
            runs = [quotes[i][1].text for i in per_article.values()]
            if all(_extract_of(a, b) or _extract_of(b, a) for a in runs for b in runs):
                continue  # one outlet quotes a shorter run of the same words: no difference
            what = "cut" if any(x < y for x in texts for y in texts) else "reworded"
            out.append(Tension("quote", f"{next(iter(speakers), 'quote')} ({what})", sides, update, confidence))
    return out


def reported_attribution(ctx: StoryContext, alignment: Alignment, min_score: float = 0.8) -> list[Tension]:
    """The same reported statement (a fact, not a direct quote) credited to different people.

    Only close matches count, and not when one article names the other's speaker in the clause, if
    only by surname ("What Comey said in July still stands, Conway said"): then it reports what that
    person said, or uses a title for the same person."""
    people = _people(ctx)
    out = []
    for idx, score in zip(alignment.groups, alignment.scores, strict=True):
        group = [ctx.units[i] for i in idx if ctx.units[i].article_id not in ctx.story.copies]
        if score < min_score or any(u.quoted for u in group):
            continue  # quotes are compared word for word by quote_tensions
        said = {u.article_id: u for u in group if u.speaker in people}
        speakers = _distinct_people({u.speaker for u in said.values()})
        named = any(_surname(u.speaker) in v.words for u in said.values() for v in said.values()
                    if u.speaker != v.speaker)
        if len(speakers) < 2 or named or len(ctx.independent(list(said))) < 2:
            continue
        ids = list(said)
        out.append(Tension("attribution", " / ".join(sorted(speakers)), {a: u.span for a, u in said.items()},
                           any(_maybe_update(ctx, a, b) for a in ids for b in ids if a < b), round(min(1.0, score), 3)))
    return out


def _surname(name: str) -> str:
    words = words_of(name)
    return words[-1] if words else ""


def _distinct_people(names: set[str]) -> set[str]:
    """Names left once the forms of one name are folded into its fullest form: "Donald", "Donald J Trump"
    and "Donald Trump" are one person (every word of the shorter form, initials aside, is in the longer)."""
    def words(name: str) -> frozenset[str]:
        return frozenset(w for w in words_of(name) if len(w.rstrip(".")) > 1)

    ordered = sorted(names, key=lambda n: (-len(words(n)), -len(n), n))
    kept: list[str] = []
    for name in ordered:
        if not any(words(name) <= words(other) for other in kept):
            kept.append(name)
    return set(kept)


def _people(ctx: StoryContext) -> set[str]:
    return {ctx.names.get(e.name, e.name) for an in ctx.analyses.values() for e in an.entities
            if e.type == "PERSON"}


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
    """Every kind of tension, most certain first. A date tension between the very clauses a stance
    tension opposes is dropped: those clauses tell two moments of a changing position ("would consider"
    on one day, "refused" the next), not one event dated two ways."""
    stances = [*stance_tensions(ctx, alignment)]
    opposed = {_clauses(t) for t in stances}
    dates = [t for t in date_tensions(ctx, events) if _clauses(t) not in opposed]
    numbers = number_tensions(ctx, alignment)
    counts = {kind: {aid: (value, _around(u, n)) for aid, (value, n, u) in per_article.items()}
              for kind, per_article in _tolls(ctx).items()}
    found = [*numbers, *toll_tensions(ctx, numbers), *age_tensions(ctx), *dates, *quote_tensions(ctx),
             *reported_attribution(ctx, alignment), *stances, *name_tensions(ctx),
             *year_tensions(ctx, alignment), *place_tensions(ctx, alignment), *zero_tensions(ctx, counts),
             *condition_tensions(ctx)]
    return sorted(found, key=lambda t: -t.confidence)


def _clauses(tension: Tension) -> frozenset[tuple[str, int, int]]:
    return frozenset((aid, span.start, span.end) for aid, span in tension.sides.items())
