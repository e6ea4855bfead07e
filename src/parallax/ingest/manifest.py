"""What a user knows about each input file beside its text: outlet, date, URL, authors, outlet group.

A manifest is a JSON file (``{"articles": [...]}`` or a plain list of rows) or a CSV with the columns
``file, outlet, published, url, authors, group`` (CSV authors separated by ``;``). Rows are found by the
file's path relative to the manifest, by the path as given, or by its bare name. Their values travel
to extraction in ``RawDocument.hints["manifest"]``, where they win over what the document says.
"""

from __future__ import annotations

import contextlib
import csv
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from parallax.errors import InputError

FIELDS = ("outlet", "published", "url", "authors", "group", "title")


@dataclass(frozen=True, slots=True)
class Manifest:
    """Rows keyed by file; ``path`` is where the manifest was read from (never ingested as an article)."""

    rows: dict[str, dict[str, Any]] = field(default_factory=dict)
    path: Path | None = None

    @classmethod
    def load(cls, path: str | Path) -> Manifest:
        """A manifest from a ``.json`` or ``.csv`` file; InputError with the reason when unreadable."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read manifest: {exc}", str(path)) from exc
        if path.suffix.lower() == ".csv":
            entries = list(csv.DictReader(text.splitlines()))
        else:
            try:
                data = json.loads(text)
            except json.JSONDecodeError as exc:
                raise InputError(f"manifest is not valid JSON: {exc}", str(path)) from exc
            entries = data.get("articles") if isinstance(data, dict) else data
            if not isinstance(entries, list):
                raise InputError("manifest JSON must be a list of rows or hold one under 'articles'", str(path))
        rows: dict[str, dict[str, Any]] = {}
        for number, entry in enumerate(entries, 1):
            if not isinstance(entry, dict) or not str(entry.get("file") or "").strip():
                raise InputError(f"manifest row {number} has no 'file'", str(path))
            rows[_key(str(entry["file"]))] = _values(entry)
        return cls(rows, path)

    def lookup(self, file: str | Path) -> dict[str, Any]:
        """The known values for ``file`` (empty when the manifest does not name it)."""
        path = Path(file)
        candidates = [str(path)]
        if self.path is not None:
            with contextlib.suppress(ValueError):
                candidates.append(str(path.resolve().relative_to(self.path.resolve().parent)))
        for candidate in candidates:
            row = self.rows.get(_key(candidate))
            if row is not None:
                return row
        by_name = [row for key, row in self.rows.items() if key.rsplit("/", 1)[-1] == path.name]
        return by_name[0] if len(by_name) == 1 else {}


def _key(file: str) -> str:
    return file.strip().replace("\\", "/").removeprefix("./")


def _values(entry: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in FIELDS:
        value = entry.get(name)
        if name == "authors" and isinstance(value, str):
            value = [a.strip() for a in value.split(";") if a.strip()]
        elif isinstance(value, str):
            value = value.strip()
        if value:
            values[name] = value
    return values
