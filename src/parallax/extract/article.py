"""One raw document to one Article: the pure function at the heart of extraction.

It picks the extractor by ``raw.format`` (text, html, record), then merges what is known beside the
document: a manifest row wins over everything, hints from the container (feed entry, WARC record,
fetch) come next, then the document's own metadata. Outlet falls back to the site's name and then to
its domain. No I/O: the same call runs in a loop, a process pool or a Spark task.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from parallax.config import settings
from parallax.errors import ExtractError, InputError
from parallax.extract.html import extract_html
from parallax.extract.hygiene import decode, detect_language
from parallax.extract.record import Fields, extract_record, iso_date
from parallax.extract.text import clean_text
from parallax.model import Article, RawDocument, article_id


def extract_article(raw: RawDocument) -> Article:
    """The clean text and metadata of ``raw``; InputError or ExtractError with a one-line reason."""
    fields = _extract(raw)
    manifest = _manifest(raw.hints)
    hints = raw.hints
    warnings = [*hints.get("warnings", []), *fields.warnings]
    text = fields.text
    limit = settings().max_text_chars
    if len(text) > limit:
        text = text[:limit]
        warnings.append(f"text cut to {limit} characters")
    if not text.strip():
        raise ExtractError("no article text found", raw.source)

    title = manifest.get("title") or hints.get("title") or fields.title
    url = manifest.get("url") or hints.get("url") or fields.url or raw.provenance.url
    given_date = manifest.get("published") or hints.get("published")
    published = iso_date(given_date, warnings) if given_date else fields.published
    if manifest.get("published") and fields.published and not fields.published.startswith(str(published)):
        warnings.append(f"manifest date {published} kept over the document's {fields.published}")
    domain = _domain(url) or fields.source_domain
    language, _ = detect_language(text)
    return Article(
        id=article_id(text, title),
        source=raw.source,
        text=text,
        title=title,
        description=fields.description,
        url=url,
        outlet=manifest.get("outlet") or fields.outlet or hints.get("outlet") or fields.sitename or domain,
        source_domain=domain,
        authors=list(manifest.get("authors") or hints.get("authors") or fields.authors),
        published=published,
        published_guessed=fields.published_guessed and not given_date,
        modified=fields.modified,
        fetched=iso_date(raw.fetched),
        language=language or fields.language,
        group=manifest.get("group"),
        extractor=fields.extractor,
        warnings=warnings,
        provenance=raw.provenance,
        raw_id=raw.raw_id,
    )


def _extract(raw: RawDocument) -> Fields:
    if raw.format == "html":
        return extract_html(raw.content, raw.hints.get("url") or raw.provenance.url, raw.hints.get("charset"))
    if raw.format == "record":
        return extract_record(raw.content)
    if raw.format == "text":
        decoded = decode(raw.content, raw.hints.get("charset"))
        clean = clean_text(decoded.text)
        return Fields(
            text=clean.body,
            extractor="text",
            title=clean.title,
            description=clean.description,
            outlet=clean.outlet,
            authors=clean.authors,
            published=iso_date(clean.published),
            modified=iso_date(clean.modified),
            warnings=[*decoded.warnings, *clean.warnings],
        )
    raise InputError(f"unknown document format {raw.format!r}", raw.source)


def _manifest(hints: dict[str, Any]) -> dict[str, Any]:
    """The manifest's values, given as a nested ``manifest`` dict or as ``manifest.<field>`` keys."""
    values = dict(hints.get("manifest") or {})
    values.update({k.removeprefix("manifest."): v for k, v in hints.items() if k.startswith("manifest.")})
    return {k: v for k, v in values.items() if v}


def _domain(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None
