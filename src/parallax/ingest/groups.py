"""The user's own outlet groups (country, ownership, wire vs original...), read from a small file.

Accepted forms: TOML (``[groups]`` with ``name = ["Outlet", ...]``), JSON (the same mapping, or
``{"Outlet": "group"}``), and CSV with ``outlet,group`` columns. Parallax ships no built-in labels.
"""

from __future__ import annotations

import csv
import json
import tomllib
from pathlib import Path

from parallax.errors import InputError


def _from_mapping(data: dict) -> dict[str, str]:
    data = data.get("groups", data)
    outlet_to_group: dict[str, str] = {}
    for key, value in data.items():
        if isinstance(value, list):
            outlet_to_group.update({str(outlet): str(key) for outlet in value})
        else:
            outlet_to_group[str(key)] = str(value)
    return outlet_to_group


def load_groups(path: Path) -> dict[str, str]:
    """A mapping outlet -> group from a TOML, JSON or CSV file."""
    try:
        text = Path(path).read_text(encoding="utf-8")
        suffix = Path(path).suffix.lower()
        if suffix == ".toml":
            return _from_mapping(tomllib.loads(text))
        if suffix == ".json":
            return _from_mapping(json.loads(text))
        rows = csv.DictReader(text.splitlines())
        return {row["outlet"].strip(): row["group"].strip() for row in rows if row.get("outlet") and row.get("group")}
    except (OSError, ValueError, KeyError, tomllib.TOMLDecodeError) as err:
        raise InputError(f"cannot read groups file: {err}", source=str(path)) from err
