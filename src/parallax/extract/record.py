"""news-please-like records to article fields, and the field set every extractor fills.

A record is a JSON object with news-please's fields (title, maintext, authors, date_publish,
date_modify, source_domain, url, description, language). Datasets built on news-please sometimes name
the body ``text`` and the outlet ``publisher``; both are read. The body is cleaned the same way as a
page's: normalized, one paragraph per line, page furniture lines dropped.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

from parallax.errors import InputError
from parallax.extract.hygiene import normalize
from parallax.extract.inline import cut_glued_furniture
from parallax.extract.text import is_furniture

_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(slots=True)
class Fields:
    """What one extractor found in a document (news-please's field set), before hints are merged."""

    text: str
    extractor: str
    title: str | None = None
    description: str | None = None
    url: str | None = None
    outlet: str | None = None
    sitename: str | None = None
    source_domain: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    published_guessed: bool = False
    modified: str | None = None
    language: str | None = None
    warnings: list[str] = field(default_factory=list)


def extract_record(content: bytes) -> Fields:
    """The fields of a record's JSON bytes; InputError when it is not a JSON object."""
    try:
        item = json.loads(content)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"malformed record JSON: {str(exc).splitlines()[0]}") from exc
    if not isinstance(item, dict):
        raise InputError("record is not a JSON object")
    warnings: list[str] = []
    body = _text(item.get("maintext")) or _text(item.get("text")) or ""
    return Fields(
        text=paragraphs(body),
        extractor="record",
        title=_text(item.get("title")),
        description=_text(item.get("description")),
        url=_text(item.get("url")),
        outlet=_text(item.get("outlet")) or _text(item.get("publisher")),
        source_domain=_text(item.get("source_domain")),
        authors=_authors(item.get("authors")),
        published=iso_date(item.get("date_publish"), warnings),
        modified=iso_date(item.get("date_modify"), warnings),
        language=_text(item.get("language")),
        warnings=warnings,
    )


def paragraphs(text: str) -> str:
    """Normalized text with one blank line between paragraphs and furniture lines removed, and the
    furniture a scraper glued into a paragraph cut out (news-please's "maintext" runs image captions,
    embedded posts and galleries into the text)."""
    lines = [line.strip() for line in normalize(text).split("\n")]
    return "\n\n".join(line for line in cut_glued_furniture([x for x in lines if x]) if not is_furniture(line))


def iso_date(value: Any, warnings: list[str] | None = None) -> str | None:
    """An ISO 8601 date or datetime (timezone kept when given; a bare date, or the midnight that
    news-please writes for one, stays ``YYYY-MM-DD``); None, with a warning, when unreadable."""
    text = _text(value)
    if text is None:
        return None
    if _DATE_ONLY.match(text):
        return text
    moment: datetime | None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            moment = _dateparser(text)
    if moment is None:
        if warnings is not None:
            warnings.append(f"unreadable date {text!r} ignored")
        return None
    if moment.tzinfo is None and moment.time() == datetime.min.time():
        return moment.date().isoformat()
    return moment.isoformat()


def _dateparser(text: str) -> datetime | None:
    import dateparser  # slow to import; only needed for dates in no standard format

    return dateparser.parse(text, settings={"STRICT_PARSING": True})


def _text(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split()) if "\n" not in value else value.strip()
    return value or None


def _authors(value: Any) -> list[str]:
    if isinstance(value, str):
        value = re.split(r"\s*;\s*|\s+and\s+", value)
    if not isinstance(value, list):
        return []
    return [" ".join(str(a).split()) for a in value if isinstance(a, str) and a.strip()]
