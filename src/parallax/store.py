"""Persistence of every stage's output, so each run only does what is new.

SQLite by default (one file, WAL), through SQLAlchemy Core so a PostgreSQL URL works too. Records are
stored as JSON beside the columns queries need; the raw bytes of every input are kept,
content-addressed, so a better extractor can run again later without the original sources. Every
write is its own short transaction: a run killed half-way leaves a consistent store, and the next run
carries on where it stopped.
"""

from __future__ import annotations

import hashlib
import json
import pickle
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import (
    Column,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    delete,
    event,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Engine

from parallax.model import Analysis, Article, Failure, Provenance, RawDocument, StoryBriefing, from_json, to_json

SCHEMA_VERSION = 1
metadata = MetaData()

meta_table = Table("meta", metadata, Column("key", String, primary_key=True), Column("value", Text))
raw_table = Table(
    "raw",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("content", LargeBinary, nullable=False),
    Column("source", Text, nullable=False),
    Column("format", String(16), nullable=False),
    Column("provenance", Text),
    Column("hints", Text),
    Column("fetched", String(40)),
    Column("created", String(40)),
)
articles_table = Table(
    "articles",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", String(32), unique=True, nullable=False),
    Column("raw_id", String(64), index=True),
    Column("source", Text),
    Column("duplicate_of", String(32)),
    Column("data", Text, nullable=False),
    Column("created", String(40)),
)
failures_table = Table(
    "failures",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("source", Text, nullable=False),
    Column("stage", String(16)),
    Column("reason", Text, nullable=False),
    Column("created", String(40)),
)
analyses_table = Table(
    "analyses",
    metadata,
    Column("article_id", String(32), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("data", Text, nullable=False),
)
vectors_table = Table(
    "vectors",
    metadata,
    Column("article_id", String(32), primary_key=True),
    Column("vector", LargeBinary, nullable=False),
)
text_vectors_table = Table(
    "text_vectors",
    metadata,
    Column("key", String(40), primary_key=True),
    Column("vector", LargeBinary, nullable=False),
)
briefings_table = Table(
    "briefings",
    metadata,
    Column("story_id", String(64), primary_key=True),
    Column("signature", String(64), nullable=False),
    Column("data", Text, nullable=False),
)
state_table = Table(
    "state", metadata, Column("name", String(64), primary_key=True), Column("data", LargeBinary)
)
corrections_table = Table(
    "corrections",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("op", String(16), nullable=False),
    Column("args", Text, nullable=False),
    Column("created", String(40)),
)

# Each entry upgrades the schema from its version to the next; append, never edit.
MIGRATIONS: list[list[str]] = []


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def database_url(target: str | Path) -> str:
    """A SQLAlchemy URL from a URL or a plain file path."""
    text = str(target)
    return text if "://" in text else f"sqlite:///{Path(text).resolve()}"


class Store:
    """The stored outputs of every stage, behind a small typed API."""

    def __init__(self, url: str | Path):
        self.url = database_url(url)
        if self.url.startswith("sqlite:///"):
            Path(self.url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        self.engine: Engine = create_engine(self.url)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        metadata.create_all(self.engine)
        self._migrate()

    def _migrate(self) -> None:
        with self.engine.begin() as conn:
            row = conn.execute(select(meta_table.c.value).where(meta_table.c.key == "schema_version")).first()
            version = int(row[0]) if row else 0
            if row is None:
                conn.execute(insert(meta_table).values(key="schema_version", value=str(SCHEMA_VERSION)))
                return
            if version > SCHEMA_VERSION:
                raise RuntimeError(f"store schema {version} is newer than this Parallax ({SCHEMA_VERSION})")
            for statements in MIGRATIONS[version - 1 : SCHEMA_VERSION - 1]:
                for statement in statements:
                    conn.exec_driver_sql(statement)
            conn.execute(
                update(meta_table).where(meta_table.c.key == "schema_version").values(value=str(SCHEMA_VERSION))
            )

    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            query = select(meta_table.c.value).where(meta_table.c.key == "schema_version")
            return int(conn.execute(query).scalar_one())

    # raw inputs
    def has_raw(self, raw_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(raw_table.c.id).where(raw_table.c.id == raw_id)).first() is not None

    def put_raw(self, raw: RawDocument) -> str:
        """Keep an input's bytes (once per content); returns the raw id."""
        raw_id = raw.raw_id
        if not self.has_raw(raw_id):
            with self.engine.begin() as conn:
                conn.execute(
                    insert(raw_table).values(
                        id=raw_id,
                        content=raw.content,
                        source=raw.source,
                        format=raw.format,
                        provenance=json.dumps(to_json(raw.provenance)),
                        hints=json.dumps(raw.hints, default=str),
                        fetched=raw.fetched,
                        created=_now(),
                    )
                )
        return raw_id

    def iter_raw(self) -> Iterator[RawDocument]:
        with self.engine.connect() as conn:
            for row in conn.execute(select(raw_table).order_by(raw_table.c.created)):
                yield RawDocument(
                    content=row.content,
                    source=row.source,
                    format=row.format,
                    provenance=from_json(Provenance, json.loads(row.provenance)),
                    hints=json.loads(row.hints or "{}"),
                    fetched=row.fetched,
                )

    # articles
    def article_ids(self) -> set[str]:
        with self.engine.connect() as conn:
            return {r[0] for r in conn.execute(select(articles_table.c.id))}

    def has_article(self, article_id: str) -> bool:
        with self.engine.connect() as conn:
            query = select(articles_table.c.id).where(articles_table.c.id == article_id)
            return conn.execute(query).first() is not None

    def put_article(self, article: Article) -> bool:
        """Store a new article; False when an article with that id is already stored."""
        if self.has_article(article.id):
            return False
        with self.engine.begin() as conn:
            conn.execute(
                insert(articles_table).values(
                    id=article.id,
                    raw_id=article.raw_id,
                    source=article.source,
                    duplicate_of=article.duplicate_of,
                    data=json.dumps(to_json(article), ensure_ascii=False),
                    created=_now(),
                )
            )
        return True

    def replace_article(self, article: Article) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                update(articles_table)
                .where(articles_table.c.id == article.id)
                .values(data=json.dumps(to_json(article), ensure_ascii=False), duplicate_of=article.duplicate_of)
            )

    def articles(self, ids: Iterable[str] | None = None) -> list[Article]:
        """Stored articles (all, or those named) in the order they were first stored."""
        query = select(articles_table.c.seq, articles_table.c.data)
        with self.engine.connect() as conn:
            if ids is None:
                rows = list(conn.execute(query))
            else:
                rows = [r for chunk in _chunks(ids) for r in conn.execute(query.where(articles_table.c.id.in_(chunk)))]
        return [from_json(Article, json.loads(data)) for _, data in sorted(rows)]

    # failures
    def put_failure(self, failure: Failure) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                insert(failures_table).values(
                    source=failure.source, stage=failure.stage, reason=failure.reason, created=_now()
                )
            )

    def failures(self) -> list[Failure]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(failures_table).order_by(failures_table.c.seq))
            return [Failure(source=r.source, reason=r.reason, stage=r.stage) for r in rows]

    # analyses
    def analysis_ids(self, version: int) -> set[str]:
        with self.engine.connect() as conn:
            query = select(analyses_table.c.article_id).where(analyses_table.c.version == version)
            return {r[0] for r in conn.execute(query)}

    def put_analysis(self, analysis: Analysis, version: int) -> None:
        data = json.dumps(to_json(analysis), ensure_ascii=False)
        with self.engine.begin() as conn:
            conn.execute(delete(analyses_table).where(analyses_table.c.article_id == analysis.article_id))
            conn.execute(insert(analyses_table).values(article_id=analysis.article_id, version=version, data=data))

    def analyses(self, ids: Iterable[str] | None = None) -> dict[str, Analysis]:
        """Stored analyses by article id (all, or those of the named articles)."""
        query = select(analyses_table.c.article_id, analyses_table.c.data)
        with self.engine.connect() as conn:
            if ids is None:
                rows = list(conn.execute(query))
            else:
                by_id = analyses_table.c.article_id
                rows = [r for chunk in _chunks(ids) for r in conn.execute(query.where(by_id.in_(chunk)))]
        return {article_id: from_json(Analysis, json.loads(data)) for article_id, data in rows}

    # vectors
    def put_vector(self, article_id: str, vector: np.ndarray) -> None:
        blob = np.asarray(vector, dtype=np.float32).tobytes()
        with self.engine.begin() as conn:
            conn.execute(delete(vectors_table).where(vectors_table.c.article_id == article_id))
            conn.execute(insert(vectors_table).values(article_id=article_id, vector=blob))

    def vectors(self) -> dict[str, np.ndarray]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(vectors_table.c.article_id, vectors_table.c.vector))
            return {r[0]: np.frombuffer(r[1], dtype=np.float32) for r in rows}

    # sentence and clause vectors, by text, so no text is embedded twice
    def text_vectors(self, texts: Iterable[str]) -> dict[str, np.ndarray]:
        """Stored vectors of the given texts (those never stored are absent)."""
        keys = {_text_key(t): t for t in texts}
        found: dict[str, np.ndarray] = {}
        with self.engine.connect() as conn:
            for chunk in _chunks(keys):
                for row in conn.execute(select(text_vectors_table).where(text_vectors_table.c.key.in_(chunk))):
                    found[keys[row.key]] = np.frombuffer(row.vector, dtype=np.float32)
        return found

    def put_text_vectors(self, vectors: Mapping[str, np.ndarray]) -> None:
        rows = [
            {"key": _text_key(text), "vector": np.asarray(v, dtype=np.float32).tobytes()} for text, v in vectors.items()
        ]
        if rows:
            with self.engine.begin() as conn:
                conn.execute(delete(text_vectors_table).where(text_vectors_table.c.key.in_([r["key"] for r in rows])))
                conn.execute(insert(text_vectors_table), rows)

    # story briefings, reused while a story's articles and analyses are unchanged
    def briefing(self, story_id: str, signature: str) -> StoryBriefing | None:
        with self.engine.connect() as conn:
            query = select(briefings_table.c.data).where(
                briefings_table.c.story_id == story_id, briefings_table.c.signature == signature
            )
            row = conn.execute(query).first()
        return from_json(StoryBriefing, json.loads(row[0])) if row else None

    def put_briefing(self, signature: str, briefing: StoryBriefing) -> None:
        data = json.dumps(to_json(briefing), ensure_ascii=False)
        with self.engine.begin() as conn:
            conn.execute(delete(briefings_table).where(briefings_table.c.story_id == briefing.story.id))
            conn.execute(insert(briefings_table).values(story_id=briefing.story.id, signature=signature, data=data))

    # state of incremental indexes (copy index, story index)
    def get_state(self, name: str) -> Any | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(state_table.c.data).where(state_table.c.name == name)).first()
        return pickle.loads(row[0]) if row else None

    def put_state(self, name: str, value: Any) -> None:
        blob = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        with self.engine.begin() as conn:
            conn.execute(delete(state_table).where(state_table.c.name == name))
            conn.execute(insert(state_table).values(name=name, data=blob))

    # user corrections of stories
    def add_correction(self, op: str, args: dict[str, Any]) -> None:
        with self.engine.begin() as conn:
            conn.execute(insert(corrections_table).values(op=op, args=json.dumps(args), created=_now()))

    def corrections(self) -> list[tuple[str, dict[str, Any]]]:
        with self.engine.connect() as conn:
            query = select(corrections_table.c.op, corrections_table.c.args).order_by(corrections_table.c.seq)
            rows = conn.execute(query)
            return [(r[0], json.loads(r[1])) for r in rows]


def _chunks(keys: Iterable[str], size: int = 500) -> Iterator[list[str]]:
    """Keys in groups small enough for one ``IN (...)`` query (SQLite caps the bound parameters)."""
    keys = list(keys)
    for i in range(0, len(keys), size):
        yield keys[i : i + size]


def _text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()
