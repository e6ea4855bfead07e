"""HTML pages to article fields: trafilatura for the main text and metadata, htmldate to check the date.

trafilatura runs in ``fast`` mode (no readability/justext fallback): on article pages it keeps the
same main text and is faster (figures in docs/performance.md, "## Ingest"). Comments and
tables are left out. Each block it returns becomes one paragraph, the furniture filter of
``extract.text`` drops what is left of page chrome, and a first paragraph that repeats the title goes.

Dates: trafilatura's date comes from htmldate with URL and free-text heuristics allowed. A second,
markup-only htmldate pass (meta tags, JSON-LD, time elements; no URL, no text search) tells whether
the page itself states the date. The page's own date wins; when only heuristics give one it is kept
and marked ``published_guessed``; when the two disagree a warning says so.
"""

from __future__ import annotations

import re

from htmldate import find_date
from lxml.html import HtmlElement
from trafilatura import bare_extraction, load_html

from parallax.errors import ExtractError, InputError
from parallax.extract.hygiene import decode
from parallax.extract.record import Fields, iso_date, paragraphs

EXTRACTOR = "trafilatura"
_CLOSING_HTML = re.compile(rb"</html\s*>\s*$", re.I)
_PUBLISHED_META = (
    'meta[@property="article:published_time"]',
    'meta[@name="article:published_time"]',
    'meta[@itemprop="datePublished"]',
    'meta[@name="pubdate"]',
)


def extract_html(content: bytes, url: str | None = None, charset: str | None = None) -> Fields:
    """The main text and metadata of a page; InputError for unreadable bytes, ExtractError when empty."""
    text, warnings = _decode(content, charset)
    if not _CLOSING_HTML.search(content[-256:]):
        warnings.append("HTML looks truncated (no closing </html>); kept the text before the cut")
    tree = load_html(text)
    if tree is None:
        raise InputError("not parseable as HTML")
    page_date = find_date(tree, extensive_search=False, original_date=True, url="")
    stamp = _published_stamp(tree)
    doc = bare_extraction(
        tree, url=url, fast=True, with_metadata=True, include_comments=False, include_tables=False
    )
    if doc is None or not doc.text:
        raise ExtractError("no article text found")
    published, guessed = _published(page_date, doc.date, stamp, warnings)
    title = _clean(doc.title)
    return Fields(
        text=_without_title(paragraphs(doc.text), title),
        extractor=EXTRACTOR,
        title=title,
        description=_clean(doc.description),
        url=_clean(doc.url) or url,
        sitename=_clean(doc.sitename),
        authors=[a.strip() for a in (doc.author or "").split(";") if a.strip()],
        published=published,
        published_guessed=guessed,
        language=_clean(doc.language),
        warnings=warnings,
    )


def _decode(content: bytes, charset: str | None) -> tuple[str, list[str]]:
    """The page as text: a strict decode with the declared charset (or UTF-8) when it works, else the
    full decoder of ``extract.hygiene`` (detection, mixed encodings, binary refusal). Its mojibake
    repair over the whole markup would cost more than the extraction itself, so the fast path skips
    it; the extracted paragraphs are normalized afterwards either way."""
    try:
        return content.decode(charset or "utf-8"), []
    except (UnicodeDecodeError, LookupError):
        decoded = decode(content, charset)
        return decoded.text, list(decoded.warnings)


def _published(
    page_date: str | None, heuristic_date: str | None, stamp: str | None, warnings: list[str]
) -> tuple[str | None, bool]:
    """The publication date and whether it is a guess, from the page's markup and the heuristics."""
    if page_date:
        if heuristic_date and heuristic_date != page_date:
            warnings.append(f"dates disagree: page metadata {page_date}, heuristics {heuristic_date}; kept {page_date}")
        return (stamp if stamp and stamp.startswith(page_date) else page_date), False
    return heuristic_date, heuristic_date is not None


def _published_stamp(tree: HtmlElement) -> str | None:
    """The full publication timestamp (with time and zone) when a standard meta tag gives one."""
    for path in _PUBLISHED_META:
        for node in tree.iterfind(f".//{path}"):
            value = iso_date(node.get("content"))
            if value and "T" in value:
                return value
    return None


def _without_title(text: str, title: str | None) -> str:
    """The text without a first paragraph that only repeats the title (a page's own headline)."""
    first, _, rest = text.partition("\n\n")
    if title and rest and _fold(first) == _fold(title):
        return rest
    return text


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _clean(value: str | None) -> str | None:
    value = " ".join(value.split()) if value else None
    return value or None
