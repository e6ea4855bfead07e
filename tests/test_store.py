"""The store keeps every stage's output once, survives reopening, and migrates its schema."""

from __future__ import annotations

import numpy as np
import pytest
from sqlalchemy import text

from parallax.model import Analysis, Article, Entity, Failure, Provenance, Quote, RawDocument, Span, article_id
from parallax.store import SCHEMA_VERSION, Store


def _article(body: str = "A council voted on Tuesday to close the harbour.") -> Article:
    return Article(id=article_id(body, "Harbour"), source="a.txt", text=body, title="Harbour", outlet="Gazette")


def test_raw_bytes_are_kept_once_by_content(tmp_path):
    store = Store(tmp_path / "p.db")
    raw = RawDocument(b"hello world", "a.txt", "text", Provenance(kind="text", path="a.txt"))
    first = store.put_raw(raw)
    second = store.put_raw(RawDocument(b"hello world", "b.txt", "text", Provenance(kind="text")))
    assert first == second
    [kept] = list(store.iter_raw())
    assert kept.content == b"hello world" and kept.provenance.path == "a.txt"


def test_an_article_is_stored_once_and_reads_back_equal(tmp_path):
    store = Store(tmp_path / "p.db")
    article = _article()
    assert store.put_article(article) is True
    assert store.put_article(article) is False
    reopened = Store(tmp_path / "p.db")
    assert reopened.articles() == [article]


def test_analyses_vectors_state_and_corrections_round_trip(tmp_path):
    store = Store(tmp_path / "p.db")
    body = _article().text
    analysis = Analysis(
        "x",
        entities=[Entity("Harbour Council", "ORG", [Span.of(body, 2, 9)])],
        quotes=[Quote("indirect", "close the harbour", 31, 48, "Harbour Council")],
    )
    store.put_analysis(analysis, version=1)
    store.put_analysis(analysis, version=2)
    assert store.analyses() == {"x": analysis}
    assert store.analysis_ids(1) == set() and store.analysis_ids(2) == {"x"}
    store.put_vector("x", np.ones(4))
    assert store.vectors()["x"].tolist() == [1.0] * 4
    store.put_state("index", {"a": [1, 2]})
    assert store.get_state("index") == {"a": [1, 2]}
    store.add_correction("merge", {"story": "s1", "other": "s2"})
    assert store.corrections() == [("merge", {"story": "s1", "other": "s2"})]
    store.put_failure(Failure("bad.bin", "binary file"))
    assert store.failures()[0].reason == "binary file"


def test_schema_version_is_recorded_and_a_newer_store_is_refused(tmp_path):
    store = Store(tmp_path / "p.db")
    assert store.schema_version() == SCHEMA_VERSION
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE meta SET value = '999' WHERE key = 'schema_version'"))
    with pytest.raises(RuntimeError, match="newer"):
        Store(tmp_path / "p.db")


def test_sqlite_store_uses_write_ahead_logging(tmp_path):
    store = Store(tmp_path / "p.db")
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_text_vectors_and_story_briefings_are_kept_and_reused(tmp_path):
    from parallax.model import Fact, Story, StoryBriefing, Tension, Voice

    store = Store(tmp_path / "p.db")
    store.put_text_vectors({"a clause": np.arange(3, dtype=np.float32)})
    assert store.text_vectors(["a clause", "unknown"])["a clause"].tolist() == [0.0, 1.0, 2.0]
    assert "unknown" not in store.text_vectors(["unknown"])
    body = _article().text
    briefing = StoryBriefing(
        story=Story("s-1", ["a", "b"], copies={"b": "a"}),
        outlets={"Gazette": ["a"], "Courier": ["b"]},
        facts=[Fact("f", "vote", {"a": Span.of(body, 2, 9)}, single_outlet=True)],
        tensions=[Tension("number", "votes", {"a": Span.of(body, 2, 9), "b": Span.of(body, 0, 1)})],
        voices={"a": [Voice("Ana Ruiz", 1, 0, 4, 10)]},
    )
    store.put_briefing("sig-1", briefing)
    assert store.briefing("s-1", "sig-1") == briefing
    assert store.briefing("s-1", "sig-2") is None
