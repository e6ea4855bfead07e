"""Web archives (WARC, WARC.gz): every successful HTML response is one document, streamed record by record.

warcio's ArchiveIterator reads one record at a time from the open file, so an archive of any size
passes through in constant memory. Each page keeps the record's offset and target URI, so it can be
found again in the archive. A truncated or corrupt archive yields the pages before the damage and then
one Failure that says where reading stopped.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from parallax.config import settings
from parallax.model import Failure, Provenance, RawDocument

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: str, hints: dict[str, Any]) -> Iterator[RawDocument | Failure]:
    """The HTML pages of an archive answered with HTTP 200, in archive order."""
    limit = settings().max_body_bytes
    offset = pages = 0
    with open(path, "rb") as handle:
        records = ArchiveIterator(handle)
        try:
            for record in records:
                if not record.rec_type:
                    yield Failure(path, f"archive unreadable after the record at offset {offset}: no WARC-Type")
                    return
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = record.http_headers.get_header("Content-Type") or ""
                if record.http_headers.get_statuscode() != "200" or not content_type.startswith(HTML_TYPES):
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI")
                content = record.content_stream().read(limit + 1)
                offset = records.get_record_offset()  # only after reading: warcio reads the record to find it
                source = f"{path}#offset-{offset}"
                if len(content) > limit:
                    yield Failure(source, f"page too large (over {limit} bytes)")
                    continue
                truncated = getattr(record.raw_stream, "limit", 0) > 0  # bytes the record promised but lacks
                doc_hints = {**hints, "url": uri, "content_type": content_type, "charset": _charset(content_type)}
                if truncated:
                    doc_hints["warnings"] = [*hints.get("warnings", []), "WARC record truncated"]
                pages += 1
                yield RawDocument(
                    content=content,
                    source=source,
                    format="html",
                    provenance=Provenance(kind="warc", path=path, url=uri, warc_offset=offset,
                                          member=record.rec_headers.get_header("WARC-Record-ID")),
                    hints=doc_hints,
                    fetched=record.rec_headers.get_header("WARC-Date"),
                )
                if truncated:
                    yield Failure(path, f"archive truncated inside the record at offset {offset}")
                    return
        except Exception as exc:  # warcio raises many kinds (zlib, EOF, ArchiveLoadFailed, ValueError)
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            yield Failure(path, f"archive unreadable after the record at offset {offset}: {reason}")
            return
    if not pages:
        yield Failure(path, "archive holds no HTML page answered with HTTP 200")


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"')
    return None
