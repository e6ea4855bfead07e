"""news-please JSON: one article object, a list of them, or JSON Lines with one object per line.

Each object becomes a ``record`` document whose content is the object's own JSON, so extraction reads
the same fields whatever container the object came in. JSON Lines are read line by line, so a file of
millions of articles never sits in memory, and a broken line costs only that line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from parallax.config import settings
from parallax.model import Failure, Provenance, RawDocument


def read_json(path: str, hints: dict[str, Any]) -> Iterator[RawDocument | Failure]:
    """The objects of a ``.json`` file: the file itself when it is one object, else ``path#i`` each."""
    try:
        data = json.loads(Path(path).read_bytes())
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        yield Failure(path, f"malformed JSON: {_reason(exc)}")
        return
    if isinstance(data, dict):
        yield from _record(data, path, Provenance(kind="newsplease", path=path), hints)
    elif isinstance(data, list):
        if not data:
            yield Failure(path, "JSON list holds no articles")
        for index, item in enumerate(data):
            source = f"{path}#{index}"
            yield from _record(item, source, Provenance(kind="newsplease", path=path, member=str(index)), hints)
    else:
        yield Failure(path, "JSON holds neither an article object nor a list of them")


def read_jsonl(path: str, hints: dict[str, Any]) -> Iterator[RawDocument | Failure]:
    """The objects of a JSON Lines file, streamed; each bad line is one Failure and the rest go on."""
    limit = settings().max_body_bytes
    seen = False
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            seen = True
            source = f"{path}#line-{number}"
            if len(line) > limit:
                yield Failure(source, f"line too large ({len(line)} bytes > {limit})")
                continue
            try:
                item = json.loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                yield Failure(source, f"malformed JSON line: {_reason(exc)}")
                continue
            provenance = Provenance(kind="jsonl", path=path, member=f"line-{number}")
            yield from _record(item, source, provenance, hints)
    if not seen:
        yield Failure(path, "empty file")


def _record(item: object, source: str, provenance: Provenance, hints: dict[str, Any]) -> Iterator[
    RawDocument | Failure
]:
    if not isinstance(item, dict):
        yield Failure(source, "not a JSON object")
        return
    content = json.dumps(item, ensure_ascii=False).encode("utf-8")
    if isinstance(item.get("url"), str):
        provenance.url = item["url"]
    fetched = item.get("date_download")
    yield RawDocument(
        content=content,
        source=source,
        format="record",
        provenance=provenance,
        hints=dict(hints),
        fetched=str(fetched) if fetched else None,
    )


def _reason(exc: Exception) -> str:
    return str(exc).splitlines()[0]
