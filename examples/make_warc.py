"""Build examples/articles/herald.warc.gz from warc_source/: a WARC like a crawler writes.

The archive holds one request/response pair for an article page of the fictional Nessmouth Herald, with
the HTTP headers a server would send, so the WARC reader is exercised on real WARC/1.1 framing. The
output is committed; run ``python examples/make_warc.py`` again only after editing the source page.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "warc_source" / "herald_inspectors.html"
TARGET = HERE / "articles" / "herald.warc.gz"
URL = "https://www.nessmouthherald.example/news/norhaven-ammonia-leak-inspectors-begin-work"
CRAWLED = "2025-06-06T16:02:11Z"
HTTP_DATE = "Fri, 06 Jun 2025 16:02:11 GMT"


def write_warc(source: Path, target: Path) -> None:
    """Write a gzipped WARC with a warcinfo record and one GET request/response for ``source``."""
    body = source.read_bytes()
    with target.open("wb") as out:
        writer = WARCWriter(out, gzip=True, warc_version="WARC/1.1")
        info = {"software": "parallax examples/make_warc.py", "format": "WARC File Format 1.1"}
        warcinfo = writer.create_warcinfo_record(target.name, info)
        warcinfo.rec_headers.replace_header("WARC-Date", CRAWLED)
        writer.write_record(warcinfo)
        request_headers = StatusAndHeaders(
            "GET /news/norhaven-ammonia-leak-inspectors-begin-work HTTP/1.1",
            [("Host", "www.nessmouthherald.example"), ("User-Agent", "Parallax/0.1"), ("Accept", "text/html")],
            is_http_request=True,
        )
        response_headers = StatusAndHeaders(
            "200 OK",
            [
                ("Content-Type", "text/html; charset=utf-8"),
                ("Content-Length", str(len(body))),
                ("Date", HTTP_DATE),
                ("Last-Modified", "Fri, 06 Jun 2025 14:30:00 GMT"),
            ],
            protocol="HTTP/1.1",
        )
        stamp = {"WARC-Date": CRAWLED}
        response = writer.create_warc_record(
            URL, "response", payload=BytesIO(body), http_headers=response_headers, warc_headers_dict=stamp
        )
        request = writer.create_warc_record(
            URL, "request", payload=BytesIO(b""), http_headers=request_headers, warc_headers_dict=stamp
        )
        writer.write_request_response_pair(request, response)


if __name__ == "__main__":
    write_warc(SOURCE, TARGET)
    print(f"wrote {TARGET}")
