"""Ingest, the I/O edge: every source a user names becomes a stream of RawDocuments or Failures.

``iter_documents`` is the one entry point. It streams (containers are read record by record), never
stops on a bad input (each becomes a ``Failure`` with a one-line reason), and fetches URLs only when
the caller allows the network and passes a fetcher (or lets the default one be made).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from parallax.config import settings
from parallax.errors import FetchError, InputError
from parallax.ingest.feeds import Fetcher, read_feed
from parallax.ingest.files import Input, expand, sniff
from parallax.ingest.manifest import Manifest
from parallax.ingest.newsplease import read_json, read_jsonl
from parallax.ingest.warc import read_warc
from parallax.ingest.web import Fetcher as WebFetcher
from parallax.ingest.web import read_url_list
from parallax.model import Failure, Provenance, RawDocument

NO_NETWORK = "network not allowed (use --fetch)"
STREAMED_KINDS = frozenset({"warc", "jsonl"})  # read record by record: no whole-file size limit

__all__ = ["Fetcher", "Manifest", "iter_documents"]


def iter_documents(
    inputs: Sequence[str],
    manifest: Manifest | None = None,
    fetcher: Fetcher | None = None,
    allow_network: bool = False,
) -> Iterator[RawDocument | Failure]:
    """Every document of ``inputs`` (files, folders, globs, URLs, ``-``), in order, failures included."""
    if allow_network and fetcher is None:
        fetcher = WebFetcher()
    active = fetcher if allow_network else None
    skip = [manifest.path] if manifest is not None and manifest.path is not None else []
    for item in expand(inputs, skip):
        if isinstance(item, tuple):
            yield Failure(*item)
            continue
        try:
            yield from _read(item, manifest, active)
        except OSError as exc:
            yield Failure(item.path, f"cannot read: {exc.strerror or exc}")


def _read(item: Input, manifest: Manifest | None, fetcher: Fetcher | None) -> Iterator[RawDocument | Failure]:
    if item.kind == "url":
        yield _fetch(item.path, fetcher)
        return
    if item.kind == "stdin":
        yield from _stdin(fetcher)
        return
    hints = _manifest_hints(manifest, item.path)
    limit = settings().max_body_bytes
    size = Path(item.path).stat().st_size
    if item.kind not in STREAMED_KINDS and size > limit:
        yield Failure(item.path, f"file too large ({size} bytes > {limit})")
    elif size == 0:
        yield Failure(item.path, "empty file")
    elif item.kind in ("text", "html"):
        content = Path(item.path).read_bytes()
        yield RawDocument(content, item.path, item.kind, Provenance(kind=item.kind, path=item.path), hints)
    elif item.kind == "newsplease":
        yield from read_json(item.path, hints)
    elif item.kind == "jsonl":
        yield from read_jsonl(item.path, hints)
    elif item.kind == "feed":
        yield from read_feed(item.path, hints, fetcher)
    elif item.kind == "warc":
        yield from read_warc(item.path, hints)
    else:
        yield from _url_list(item.path, fetcher)


def _manifest_hints(manifest: Manifest | None, path: str) -> dict[str, Any]:
    row = manifest.lookup(path) if manifest is not None else {}
    return {"manifest": dict(row)} if row else {}


def _fetch(url: str, fetcher: Fetcher | None) -> RawDocument | Failure:
    if fetcher is None:
        return Failure(url, NO_NETWORK)
    try:
        return fetcher.fetch(url)
    except FetchError as exc:
        return Failure(url, f"fetch failed: {exc.reason}")


def _url_list(path: str, fetcher: Fetcher | None) -> Iterator[RawDocument | Failure]:
    try:
        urls = read_url_list(path)
    except InputError as exc:
        yield Failure(path, exc.reason)
        return
    for url in urls:
        yield _fetch(url, fetcher)


def _stdin(fetcher: Fetcher | None) -> Iterator[RawDocument | Failure]:
    """Standard input of any kind: text and HTML are read whole; containers (news-please JSON, JSON
    Lines, feeds, WARC) are spooled to a temporary file and read by the same readers as files, their
    sources relabelled ``-``."""
    stream = sys.stdin.buffer
    head = stream.read(4096)
    if not head.strip():
        yield Failure("-", "empty input on stdin")
        return
    kind = sniff(head)
    if kind in ("text", "html"):
        limit = settings().max_body_bytes
        content = head + stream.read(limit + 1 - len(head))
        if len(content) > limit:
            yield Failure("-", f"stdin too large (over {limit} bytes)")
            return
        yield RawDocument(content, "-", kind, Provenance(kind="stdin"))
        return
    with tempfile.TemporaryDirectory(prefix="parallax-stdin-") as folder:
        spooled = Path(folder) / "stdin"
        with spooled.open("wb") as out:
            out.write(head)
            shutil.copyfileobj(stream, out)
        for item in _read(Input(str(spooled), kind), None, fetcher):
            yield _from_stdin(item, str(spooled))


def _from_stdin(item: RawDocument | Failure, spooled: str) -> RawDocument | Failure:
    item = replace(item, source=item.source.replace(spooled, "-"))
    if isinstance(item, RawDocument) and item.provenance.path == spooled:
        item = replace(item, provenance=replace(item.provenance, path="-"))
    return item
