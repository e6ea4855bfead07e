"""The ``parallax.briefing/1`` export: every article with its analysis, every story with its comparison.

Spans keep the shape ``{"start", "end", "text"}`` with offsets into their article's ``text``
everywhere in the file; ``validate_spans`` checks that promise (the tests call it on real output).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from parallax.model import Analysis, Article, StoryBriefing, to_json

SCHEMA = "parallax.briefing/1"
ANALYSIS_LISTS = ("entities", "quotes", "times", "positions", "tone")


def article_json(article: Article, analysis: Analysis | None) -> dict[str, Any]:
    data = to_json(article)
    data.pop("raw_id", None)
    for name in ANALYSIS_LISTS:
        data[name] = to_json(getattr(analysis, name)) if analysis else []
    data["analysis_skipped"] = analysis.skipped if analysis else "not analysed"
    return data


def story_json(briefing: StoryBriefing) -> dict[str, Any]:
    story = briefing.story
    return {
        "id": story.id,
        "title": story.title,
        "label": story.title or _lead_label(briefing),
        "articles": list(story.article_ids),
        "copies": dict(story.copies),
        "outlets": to_json(briefing.outlets),
        "groups": to_json(briefing.groups),
        "facts": to_json(briefing.facts),
        "tensions": to_json(briefing.tensions),
        "voices": to_json(briefing.voices),
        "word_choice": to_json(briefing.word_choice),
        "distinctive_words": to_json(briefing.distinctive_words),
        "positions": to_json(briefing.positions),
        "timeline": to_json(briefing.timeline),
    }


def _lead_label(briefing: StoryBriefing) -> str:
    """What names a story whose articles have no title: its weightiest fact that several outlets
    report, else its weightiest fact (facts come weightiest first), else its id."""
    shared = [f for f in briefing.facts if not f.single_outlet]
    lead = (shared or briefing.facts or [None])[0]
    return lead.about if lead is not None else briefing.story.id


def build_briefing(
    articles: Sequence[Article],
    analyses: Mapping[str, Analysis],
    briefings: Sequence[StoryBriefing],
    generated: str | None = None,
) -> dict[str, Any]:
    """The whole export as plain JSON-ready data."""
    return {
        "schema": SCHEMA,
        "generated": generated or datetime.now(UTC).isoformat(timespec="seconds"),
        "articles": [article_json(a, analyses.get(a.id)) for a in articles],
        "stories": [story_json(b) for b in briefings],
    }


def write_json(path: Path, data: Any) -> None:
    """Write JSON atomically: a reader never sees a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix=path.name, dir=path.parent)
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        json.dump(data, out, ensure_ascii=False, indent=1)
    os.replace(tmp, path)


def _spans(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        if {"start", "end", "text"} <= value.keys() and isinstance(value["start"], int):
            yield value
        for inner in value.values():
            yield from _spans(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _spans(inner)


def _keyed_spans(value: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """Spans under an article id key (``reported_by``, ``sides``, ``terms``, ``sources``)."""
    if isinstance(value, dict):
        for key, inner in value.items():
            if isinstance(inner, dict) and {"start", "end", "text"} <= inner.keys():
                yield key, inner
            else:
                yield from _keyed_spans(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _keyed_spans(inner)


def validate_spans(data: Mapping[str, Any]) -> list[str]:
    """Every span whose text is not its article's ``text[start:end]``, described; empty when all hold."""
    texts = {a["id"]: a["text"] for a in data["articles"]}
    problems = []
    for article in data["articles"]:
        body = article["text"]
        for name in ANALYSIS_LISTS:
            for span in _spans(article[name]):
                if body[span["start"] : span["end"]] != span["text"]:
                    problems.append(f"article {article['id']} {name}: {span}")
    for story in data["stories"]:
        for article_id, span in _keyed_spans({k: v for k, v in story.items() if k != "voices"}):
            body = texts.get(article_id)
            if body is not None and body[span["start"] : span["end"]] != span["text"]:
                problems.append(f"story {story['id']} article {article_id}: {span}")
    return problems
