"""RSS and Atom feeds: entries that carry the article become documents; links-only entries are fetched.

feedparser reads every dialect of RSS and Atom and survives broken XML (it sets ``bozo``). An entry with
full content (``content:encoded`` or Atom ``content``) is wrapped into a small HTML page for the HTML
extractor; its title, link, authors, date and the feed's title travel as hints. An entry with only a
summary needs its page: it is fetched when the network is allowed, otherwise it is a Failure naming it.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

import feedparser

from parallax.errors import FetchError
from parallax.model import Failure, Provenance, RawDocument


class Fetcher(Protocol):
    def fetch(self, url: str) -> RawDocument: ...


def read_feed(
    path: str, hints: dict[str, Any], fetcher: Fetcher | None = None
) -> Iterator[RawDocument | Failure]:
    """The articles of a feed file; ``fetcher`` (None when the network is not allowed) gets link-only ones."""
    parsed = feedparser.parse(Path(path).read_bytes())
    entries = [entry for entry in parsed.entries if entry.get("title") or entry.get("link")]
    if not entries:
        problem = f"malformed feed XML: {parsed.bozo_exception}" if parsed.bozo else "feed has no entries"
        yield Failure(path, problem)
        return
    feed_hints = dict(hints)
    if parsed.feed.get("title"):
        feed_hints["outlet"] = parsed.feed["title"]
    if parsed.bozo:
        feed_hints["warnings"] = [f"feed XML is malformed ({parsed.bozo_exception}); read what parsed"]
    for number, entry in enumerate(entries, 1):
        yield _entry(entry, number, path, feed_hints, fetcher)


def _entry(
    entry: Any, number: int, path: str, feed_hints: dict[str, Any], fetcher: Fetcher | None
) -> RawDocument | Failure:
    member = f"entry-{number}"
    source = f"{path}#{member}"
    link = entry.get("link")
    hints = {**feed_hints, **_entry_hints(entry)}
    provenance = Provenance(kind="feed", path=path, url=link, member=member)
    body = _full_content(entry)
    if body:
        page = f"<html><head><title>{html.escape(entry.get('title', ''))}</title></head>"
        page += f"<body><article>{body}</article></body></html>"
        return RawDocument(page.encode("utf-8"), source, "html", provenance, hints)
    label = f"{member} ({entry.get('title', link or 'untitled')!r})"
    if not link:
        return Failure(source, f"feed {label} has neither content nor a link")
    if fetcher is None:
        return Failure(source, f"feed {label} has only a summary; fetching its link needs the network (use --fetch)")
    try:
        fetched = fetcher.fetch(link)
    except FetchError as exc:
        return Failure(source, f"feed {label}: fetch failed: {exc.reason}")
    return RawDocument(
        fetched.content, source, fetched.format, provenance, {**fetched.hints, **hints}, fetched.fetched
    )


def _entry_hints(entry: Any) -> dict[str, Any]:
    hints: dict[str, Any] = {}
    if entry.get("title"):
        hints["title"] = entry["title"]
    if entry.get("link"):
        hints["url"] = entry["link"]
    authors = [a.get("name") for a in entry.get("authors", []) if a.get("name")]
    if authors:
        hints["authors"] = authors
    published = entry.get("published") or entry.get("updated")
    if published:
        hints["published"] = published
    return hints


def _full_content(entry: Any) -> str | None:
    """The longest full-content block of an entry (HTML), or None when it only has a summary."""
    blocks = [c.get("value", "") for c in entry.get("content", []) if c.get("value", "").strip()]
    return max(blocks, key=len) if blocks else None
