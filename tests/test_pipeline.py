"""The main job end to end: inputs in, briefing out, incremental, and safe to interrupt."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from typer.testing import CliRunner

from parallax.cli import app
from parallax.pipeline import run
from parallax.present.briefing import validate_spans
from parallax.store import Store

CITIES = ["Arlen", "Brisk", "Calder", "Dunmore", "Eastvale", "Fenwick", "Garrow", "Holt", "Ivers", "Jessop"]
TOPICS = ["bridge repairs", "school meals", "bus fares", "flood barriers", "library hours", "water rates"]


def _write_corpus(folder: Path, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        city, topic = CITIES[i % len(CITIES)], TOPICS[i % len(TOPICS)]
        body = (
            f"Council members in {city} voted {5 + i % 4} to {i % 3} on Tuesday to change {topic}, "
            f"a decision that officials said would cost {100 + i} thousand dollars this year.\n\n"
            f"“We listened to residents for {i + 2} months,” said Mayor Dana Okafor{i}, who backed the plan. "
            f"Opponents said the vote on {topic} in {city} came too quickly and demanded a public hearing.\n\n"
            f"The new rules take effect in {['March', 'April', 'May'][i % 3]}, according to the council clerk."
        )
        (folder / f"story_{i:03}.txt").write_text(f"{city} votes on {topic}\n\n{body}\n", encoding="utf-8")


def test_run_writes_a_briefing_with_valid_spans_and_is_incremental(tmp_path):
    corpus = tmp_path / "in"
    _write_corpus(corpus, 4)
    (corpus / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00" * 10)
    out = tmp_path / "out"
    first = run([str(corpus)], out)
    assert first.ingest.stored == 4 and first.failed
    assert any("broken.txt" in f.source for f in first.ingest.failures)
    data = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    assert data["schema"] == "parallax.briefing/1"
    assert {Path(a["source"]).name for a in data["articles"]} == {f"story_{i:03}.txt" for i in range(4)}
    assert validate_spans(data) == []
    assert (out / "index.html").is_file() and (out / "parallax.db").is_file()
    again = run([str(corpus)], out)
    assert again.ingest.stored == 0 and again.ingest.already_stored == 4 and again.analysed == 0


def _count(db: Path, table: str) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_a_run_killed_half_way_loses_nothing_and_duplicates_nothing(tmp_path):
    corpus = tmp_path / "in"
    _write_corpus(corpus, 40)
    out = tmp_path / "out"
    db = out / "parallax.db"
    command = [sys.executable, "-m", "parallax", "run", str(corpus), "--out", str(out)]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 240
    while time.time() < deadline and _count(db, "analyses") < 3 and proc.poll() is None:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    stored_before = _count(db, "articles")
    assert stored_before > 0
    assert _count(db, "analyses") < 40, "the run finished before it could be interrupted"
    subprocess.run(command, check=True, capture_output=True, timeout=600)
    with sqlite3.connect(db) as conn:
        ids = [row[0] for row in conn.execute("SELECT id FROM articles")]
        analysed = conn.execute("SELECT count(*) FROM analyses").fetchone()[0]
    assert len(ids) == len(set(ids)) == 40
    assert analysed == 40
    data = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) == 40


def test_cli_help_teaches_and_bad_input_sets_the_exit_code(tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0 and "parallax run" in result.output
    assert "--manifest" in runner.invoke(app, ["run", "--help"]).output
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["run", str(tmp_path / "empty.txt"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1


def test_a_later_run_reads_only_what_is_new(tmp_path, monkeypatch):
    corpus = tmp_path / "in"
    _write_corpus(corpus, 3)
    out = tmp_path / "out"
    run([str(corpus)], out)
    later = tmp_path / "later"
    _write_corpus(later, 4)
    (later / "story_000.txt").unlink()
    (later / "story_001.txt").unlink()
    (later / "story_002.txt").unlink()
    requested: list[list[str] | None] = []
    real_articles = Store.articles

    def counting(self, ids=None):
        requested.append(None if ids is None else list(ids))
        return real_articles(self, ids)

    monkeypatch.setattr(Store, "articles", counting)
    summary = run([str(later)], out)
    assert summary.ingest.stored == 1 and summary.analysed == 1
    before_export = requested[:-1]
    assert None not in before_export, "only the final export may read every article"
    assert max(len(ids) for ids in before_export) <= 2
    data = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) == 4 and validate_spans(data) == []


def test_clauses_are_embedded_only_once_a_story_has_two_articles(tmp_path):
    corpus = tmp_path / "in"
    _write_corpus(corpus, 2)
    out = tmp_path / "out"
    first = run([str(corpus)], out)
    assert first.stories == 2 and first.multi_outlet_stories == 0
    assert _count(out / "parallax.db", "text_vectors") == 0, "a lone article has nothing to be compared with"
    text = (corpus / "story_000.txt").read_text(encoding="utf-8")
    later = tmp_path / "later"
    later.mkdir()
    (later / "other_outlet.txt").write_text(text.replace("Mayor Dana Okafor0", "Mayor Okafor"), encoding="utf-8")
    second = run([str(later)], out)
    assert second.stories == 2
    assert _count(out / "parallax.db", "text_vectors") > 0
