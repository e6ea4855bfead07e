"""Flat tables for analysts: articles, quotes, positions and dates as JSON Lines, CSV or Parquet.

One row per item, with the article id on every row so the tables join; Parquet is written with pyarrow.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from parallax.model import Analysis, Article

EXPORT_FORMATS = ("jsonl", "csv", "parquet")


def article_rows(articles: Sequence[Article], analyses: Mapping[str, Analysis]) -> list[dict[str, Any]]:
    rows = []
    for a in articles:
        analysis = analyses.get(a.id)
        rows.append(
            {
                "id": a.id,
                "source": a.source,
                "url": a.url,
                "outlet": a.outlet,
                "group": a.group,
                "source_domain": a.source_domain,
                "authors": "; ".join(a.authors),
                "published": a.published,
                "language": a.language,
                "title": a.title,
                "description": a.description,
                "text": a.text,
                "duplicate_of": a.duplicate_of,
                "actors": "; ".join(e.name for e in analysis.entities) if analysis else "",
                "quotes": len(analysis.quotes) if analysis else 0,
                "analysis_skipped": analysis.skipped if analysis else None,
            }
        )
    return rows


def quote_rows(analyses: Mapping[str, Analysis]) -> list[dict[str, Any]]:
    return [
        {
            "article_id": article_id,
            "kind": q.kind,
            "speaker": q.speaker,
            "cue": q.cue.text if q.cue else None,
            "text": q.text,
            "start": q.start,
            "end": q.end,
            "confidence": q.confidence,
        }
        for article_id, analysis in analyses.items()
        for q in analysis.quotes
    ]


def position_rows(analyses: Mapping[str, Analysis]) -> list[dict[str, Any]]:
    return [
        {
            "article_id": article_id,
            "actor": p.actor,
            "stance": p.stance,
            "about": p.about,
            "source": p.source,
            "evidence": p.evidence.text,
            "start": p.evidence.start,
            "end": p.evidence.end,
            "confidence": p.confidence,
        }
        for article_id, analysis in analyses.items()
        for p in analysis.positions
    ]


def time_rows(analyses: Mapping[str, Analysis]) -> list[dict[str, Any]]:
    return [
        {
            "article_id": article_id,
            "text": t.text,
            "value": t.value,
            "type": t.type,
            "vague": t.vague,
            "start": t.start,
            "end": t.end,
        }
        for article_id, analysis in analyses.items()
        for t in analysis.times
    ]


def _write(rows: list[dict[str, Any]], path: Path, fmt: str) -> None:
    if fmt == "jsonl":
        with path.open("w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        with path.open("w", encoding="utf-8", newline="") as out:
            if rows:
                writer = csv.DictWriter(out, fieldnames=list(rows[0]))
                writer.writeheader()
                writer.writerows(rows)
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(rows), path)


def export_tables(
    articles: Sequence[Article], analyses: Mapping[str, Analysis], out_dir: Path, fmt: str
) -> list[Path]:
    """Write articles, quotes, positions and times tables in ``fmt``; returns the paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    tables = {
        "articles": article_rows(articles, analyses),
        "quotes": quote_rows(analyses),
        "positions": position_rows(analyses),
        "times": time_rows(analyses),
    }
    paths = []
    for name, rows in tables.items():
        path = out_dir / f"{name}.{fmt}"
        _write(rows, path, fmt)
        paths.append(path)
    return paths
