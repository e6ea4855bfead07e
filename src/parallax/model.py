"""The records that flow through Parallax, stage by stage.

Every stage reads one record and returns the next (sources -> RawDocument -> Article -> Analysis ->
Story -> StoryBriefing). Records are plain typed dataclasses so they pickle across processes and turn
into JSON with ``to_json``. Every piece of evidence is a ``Span`` whose offsets point into the cleaned
``Article.text``.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Literal

QuoteKind = Literal["direct", "partial", "indirect"]
Stance = Literal[
    "demands", "rejects", "accepts", "proposes", "supports", "opposes", "defers", "threatens", "denies"
]
PositionSource = Literal["quoted", "reported", "asserted"]
TensionKind = Literal["number", "date", "attribution", "stance", "quote", "status", "name", "place"]


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of an article's cleaned text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])


@dataclass(slots=True)
class Provenance:
    """Where an input came from, so a reader can always go back to it."""

    kind: str  # text, html, newsplease, jsonl, feed, warc, url, stdin
    path: str | None = None
    url: str | None = None
    warc_offset: int | None = None
    member: str | None = None  # entry id inside a container (feed entry, JSONL line, WARC record id)


@dataclass(slots=True)
class RawDocument:
    """One input document's bytes and everything known beside them, before any extraction.

    ``hints`` carries metadata that came with the document rather than in it (manifest rows, feed
    entry fields, news-please fields); ``format`` tells the extractor how to read ``content``:
    ``text``, ``html`` or ``record`` (a JSON object with news-please fields).
    """

    content: bytes
    source: str
    format: Literal["text", "html", "record"]
    provenance: Provenance
    hints: dict[str, Any] = field(default_factory=dict)
    fetched: str | None = None

    @property
    def raw_id(self) -> str:
        return hashlib.sha256(self.content).hexdigest()


@dataclass(slots=True)
class Failure:
    """An input that could not be read, with a one-line reason; the batch goes on without it."""

    source: str
    reason: str
    stage: str = "ingest"


@dataclass(slots=True)
class Article:
    """Clean body text and metadata of one article (fields close to news-please's)."""

    id: str
    source: str
    text: str
    title: str | None = None
    description: str | None = None
    url: str | None = None
    outlet: str | None = None
    source_domain: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # ISO 8601, timezone kept when known
    published_guessed: bool = False
    modified: str | None = None
    fetched: str | None = None
    language: str | None = None
    group: str | None = None  # the user's outlet group (country, ownership, wire...), from the manifest
    extractor: str = ""
    warnings: list[str] = field(default_factory=list)
    provenance: Provenance | None = None
    raw_id: str | None = None
    duplicate_of: str | None = None


def article_id(text: str, title: str | None = None) -> str:
    """A stable id from the content: the same article ingested twice is one article."""
    basis = " ".join((title or "").split()).lower() + "\n" + " ".join(text.split()).lower()
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class Entity:
    """One actor of an article, every mention linked to one canonical name."""

    name: str  # canonical name, e.g. "Vladimir Putin"
    type: str  # PERSON, ORG, GPE, LOC, NORP...
    mentions: list[Span] = field(default_factory=list)
    confidence: float = 1.0
    extractor: str = "entities"


@dataclass(slots=True)
class Quote:
    """A direct, partial or indirect (reported) statement and who made it."""

    kind: QuoteKind
    text: str  # the quoted words without the quote marks
    start: int
    end: int
    speaker: str | None  # canonical actor name, None when no speaker is findable
    speaker_span: Span | None = None
    cue: Span | None = None  # the reporting verb or phrase
    confidence: float = 0.5
    extractor: str = "quotes"


@dataclass(slots=True)
class TimeExpr:
    """A temporal expression normalised TIMEX3-style against the publication date."""

    text: str
    start: int
    end: int
    value: str | None  # 2025-03-16, 2025-W11, 2025-03, 2025, P2W, PAST_REF, FUTURE_REF...
    type: str = "DATE"  # DATE, TIME, DURATION, SET
    vague: bool = False
    approximate: bool = False
    anchor: str | None = None  # the date it was resolved against
    confidence: float = 0.5
    extractor: str = "times"


@dataclass(slots=True)
class Position:
    """An actor's stated stance on a matter."""

    actor: str
    stance: Stance
    about: str
    evidence: Span
    source: PositionSource
    reporter: str | None = None  # who reports the position, when not the actor
    confirmed: bool = True  # False when the text says the position was not confirmed
    confidence: float = 0.5
    extractor: str = "positions"


@dataclass(slots=True)
class ActorTone:
    """How the article speaks of one actor: a score in [-1, 1] and its label."""

    actor: str
    score: float
    label: Literal["negative", "neutral", "positive"]
    evidence: list[Span] = field(default_factory=list)
    confidence: float = 0.5
    extractor: str = "tone"


@dataclass(slots=True)
class Description:
    """A noun phrase that qualifies its noun with words of the article's choosing ("a staunch supporter")."""

    span: Span
    head: str  # the noun as written, in lower case ("bars" and "bar" are not one referent)
    modifiers: list[str] = field(default_factory=list)  # lemmas of the chosen adjectives and participles
    measure: str | None = None  # a figure joined to its unit before the noun ("24-hour"), lower case
    actor: str | None = None  # the person the phrase presents ("eastern strongman" for Karim Mansour), if any


@dataclass(slots=True)
class Analysis:
    """Everything the analyze stage found in one article."""

    article_id: str
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    tone: list[ActorTone] = field(default_factory=list)
    descriptions: list[Description] = field(default_factory=list)
    clause_cuts: list[Span] = field(default_factory=list)  # between the facts a long sentence states
    skipped: str | None = None  # the reason, when the article was not analysed (e.g. not English)


@dataclass(slots=True)
class Story:
    """Articles that report the same event; ``copies`` maps a copy's id to the report it copies."""

    id: str
    article_ids: list[str]
    title: str | None = None
    copies: dict[str, str] = field(default_factory=dict)
    confidence: float = 1.0


@dataclass(slots=True)
class Fact:
    """A group of mentions across articles that state the same thing."""

    id: str
    about: str
    reported_by: dict[str, Span]  # article id -> the words in that article
    weight: float = 0.0  # how much it matters (actors, numbers, quotes)
    single_outlet: bool = False
    confidence: float = 0.5


@dataclass(slots=True)
class Tension:
    """A typed difference between outlets about the same matter."""

    kind: TensionKind
    about: str
    sides: dict[str, Span]
    maybe_update: bool = False  # the difference may be an update over time, not a contradiction
    confidence: float = 0.5


@dataclass(slots=True)
class Voice:
    """How one speaker is heard in one article."""

    speaker: str
    direct: int
    indirect: int
    words: int
    first_at: int | None  # character offset of the speaker's first quote


@dataclass(slots=True)
class WordChoice:
    """The terms different articles use for the same referent."""

    about: str
    terms: dict[str, Span]
    confidence: float = 0.5


@dataclass(slots=True)
class DistinctiveWord:
    """A word one outlet uses more than the others in the story (log-odds with informative prior)."""

    outlet: str
    word: str
    z: float
    count: int


@dataclass(slots=True)
class LedgerEntry:
    """An actor's position merged across articles, with who reports it and how."""

    actor: str
    stance: Stance
    about: str
    reported_by: dict[str, Span]
    how: dict[str, PositionSource]


@dataclass(slots=True)
class TimelineEvent:
    """A dated event of the story, with its sources; ``disputed`` when outlets date it differently."""

    date: str
    about: str
    sources: dict[str, Span]
    disputed: bool = False
    other_dates: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class StoryBriefing:
    """The comparison of one story across its articles and outlets."""

    story: Story
    outlets: dict[str, list[str]]  # outlet -> article ids
    facts: list[Fact] = field(default_factory=list)
    tensions: list[Tension] = field(default_factory=list)
    voices: dict[str, list[Voice]] = field(default_factory=dict)
    word_choice: list[WordChoice] = field(default_factory=list)
    distinctive_words: list[DistinctiveWord] = field(default_factory=list)
    positions: list[LedgerEntry] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)
    groups: dict[str, list[str]] = field(default_factory=dict)  # outlet group -> outlets


def to_json(record: Any) -> Any:
    """Plain JSON-ready data from any record (dataclasses become dicts, recursively)."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_json(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, dict):
        return {str(k): to_json(v) for k, v in record.items()}
    if isinstance(record, list | tuple):
        return [to_json(v) for v in record]
    return record


def from_json(cls: type, data: Any) -> Any:
    """The record of type ``cls`` rebuilt from ``to_json`` output (nested records included)."""
    return _build(cls, data)


def _build(hint: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        inner = [a for a in args if a is not type(None)]
        return _build(inner[0], data) if len(inner) == 1 else data
    if dataclasses.is_dataclass(hint):
        hints = _hints(hint)
        names = {f.name for f in dataclasses.fields(hint)}
        return hint(**{k: _build(hints[k], v) for k, v in data.items() if k in names})
    if origin is list:
        return [_build(args[0], v) for v in data] if args else list(data)
    if origin is dict:
        return {k: _build(args[1], v) for k, v in data.items()} if args else dict(data)
    return data


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)
