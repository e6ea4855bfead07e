"""The command line: story corrections that persist across runs, and analyst exports."""

from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq
from typer.testing import CliRunner

from parallax.cli import app
from parallax.pipeline import open_store, run
from parallax.stories.cluster import StoryIndex
from tests.test_pipeline import _write_corpus

runner = CliRunner()


def _stories(out) -> dict[str, list[str]]:
    data = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    return {s["id"]: s["articles"] for s in data["stories"]}


def test_story_corrections_persist_and_are_reapplied_on_later_runs(tmp_path):
    corpus = tmp_path / "in"
    _write_corpus(corpus, 4)
    out = tmp_path / "out"
    run([str(corpus)], out)
    db = str(out / "parallax.db")
    before = _stories(out)
    ids = [a for members in before.values() for a in members]
    keep, other = ids[0], ids[-1]
    index: StoryIndex = StoryIndex.from_state(open_store(out, None).get_state("story_index"))
    story_of_keep = index.story_of(keep)
    if index.story_of(other) == story_of_keep:
        result = runner.invoke(app, ["stories", "split", story_of_keep, "--articles", other, "--db", db])
    else:
        result = runner.invoke(app, ["stories", "merge", story_of_keep, index.story_of(other), "--db", db])
    assert result.exit_code == 0, result.output
    corrected = StoryIndex.from_state(open_store(out, None).get_state("story_index"))
    together = corrected.story_of(keep) == corrected.story_of(other)
    assert together != (index.story_of(other) == story_of_keep)
    _write_corpus(tmp_path / "more", 6)
    run([str(corpus), str(tmp_path / "more")], out)
    after = StoryIndex.from_state(open_store(out, None).get_state("story_index"))
    assert (after.story_of(keep) == after.story_of(other)) == together
    assert runner.invoke(app, ["stories", "merge", "no-such-story", story_of_keep, "--db", db]).exit_code != 0


def test_exports_for_analysts_in_every_format(tmp_path):
    corpus = tmp_path / "in"
    _write_corpus(corpus, 2)
    out = tmp_path / "out"
    run([str(corpus)], out)
    db = str(out / "parallax.db")
    for fmt in ("jsonl", "csv", "parquet"):
        result = runner.invoke(app, ["export", "--db", db, "--format", fmt, "--out", str(tmp_path / fmt)])
        assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in (tmp_path / "jsonl" / "articles.jsonl").read_text().splitlines()]
    assert len(rows) == 2 and all(r["text"] for r in rows)
    with (tmp_path / "csv" / "quotes.csv").open(encoding="utf-8") as handle:
        quotes = list(csv.DictReader(handle))
    assert quotes and all(q["article_id"] for q in quotes)
    assert pq.read_table(tmp_path / "parquet" / "articles.parquet").num_rows == 2
    assert runner.invoke(app, ["export", "--db", db, "--format", "xml"]).exit_code != 0
