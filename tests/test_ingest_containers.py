"""Containers: news-please JSON and JSON Lines, RSS/Atom feeds, WARC archives, each to clean articles."""

from __future__ import annotations

import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from parallax.errors import FetchError
from parallax.extract.article import extract_article
from parallax.ingest import iter_documents
from parallax.model import Failure, Provenance, RawDocument

PARAS = [
    "The harbour council of Port Elvan voted on Tuesday to close the old ferry pier after engineers "
    "found deep cracks in its concrete supports.",
    "“We cannot ask families to walk across a structure that may not hold,” said the council chair, "
    "Mira Okonjo, after the vote.",
    "Ferry services will move to a temporary landing two kilometres north while a replacement is "
    "designed, a process the council expects to take eighteen months.",
]


def page(title: str, paras: list[str] = PARAS, date: str = "2024-05-14") -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="article:published_time" content="{date}T09:30:00+02:00">'
        f'<meta property="og:site_name" content="Coastal Courier"></head><body>'
        f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>{title}</h1>{body}</article>"
        f"<footer>© Coastal Courier</footer></body></html>"
    )


def ok(items):
    return [i for i in items if isinstance(i, RawDocument)]


def failures(items):
    return [i for i in items if isinstance(i, Failure)]


def record(n: int) -> dict:
    return {
        "title": f"Pier report {n}",
        "maintext": "\n".join(PARAS) + f" Item {n}.",
        "authors": ["Ada Quill"],
        "date_publish": "2024-05-14 08:00:00",
        "source_domain": "coastal-courier.example",
        "url": f"https://www.coastal-courier.example/pier-{n}",
        "language": "en",
        "date_download": "2024-05-15 10:00:00",
    }


def test_newsplease_object_keeps_fields_and_plain_source(tmp_path: Path):
    path = tmp_path / "one.json"
    path.write_text(json.dumps(record(1)), encoding="utf-8")
    (raw,) = list(iter_documents([str(path)]))
    assert raw.format == "record" and raw.source == str(path)
    article = extract_article(raw)
    assert article.title == "Pier report 1"
    assert article.authors == ["Ada Quill"]
    assert article.published == "2024-05-14T08:00:00"
    assert article.source_domain == "coastal-courier.example"
    assert article.outlet == "coastal-courier.example"
    assert article.text.split("\n\n")[0] == PARAS[0]
    assert article.fetched == "2024-05-15T10:00:00"


def test_newsplease_list_gives_one_document_per_object(tmp_path: Path):
    path = tmp_path / "many.json"
    path.write_text(json.dumps([record(1), record(2), record(3)]), encoding="utf-8")
    docs = list(iter_documents([str(path)]))
    assert [d.source for d in docs] == [f"{path}#{i}" for i in range(3)]
    assert len({extract_article(d).id for d in docs}) == 3


def test_jsonl_streams_every_line(tmp_path: Path):
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(json.dumps(record(n)) for n in range(5)) + "\n", encoding="utf-8")
    docs = list(iter_documents([str(path)]))
    assert len(ok(docs)) == 5
    assert docs[4].source.endswith("dump.jsonl#line-5")
    assert extract_article(docs[2]).title == "Pier report 2"


RSS = """<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Coastal Courier</title>
<link>https://coastal-courier.example</link>
<item><title>Pier closes after cracks found</title><link>https://coastal-courier.example/pier</link>
<dc:creator>Ada Quill</dc:creator><pubDate>Tue, 14 May 2024 09:30:00 +0200</pubDate>
<description>Short summary.</description>
<content:encoded><![CDATA[{body}]]></content:encoded></item>
<item><title>Summary only</title><link>https://coastal-courier.example/summary</link>
<description>Just a teaser.</description></item>
</channel></rss>"""


class FakeFetcher:
    def __init__(self, pages: dict[str, str]):
        self.pages = pages
        self.asked: list[str] = []

    def fetch(self, url: str) -> RawDocument:
        self.asked.append(url)
        if url not in self.pages:
            raise FetchError("HTTP 404", url)
        return RawDocument(self.pages[url].encode(), url, "html", Provenance(kind="url", url=url))


def test_feed_entry_with_content_becomes_article_with_feed_hints(tmp_path: Path):
    path = tmp_path / "news.rss"
    path.write_text(RSS.format(body="".join(f"<p>{p}</p>" for p in PARAS)), encoding="utf-8")
    items = list(iter_documents([str(path)]))
    (raw,) = ok(items)
    assert raw.source == f"{path}#entry-1"
    article = extract_article(raw)
    assert article.title == "Pier closes after cracks found"
    assert article.outlet == "Coastal Courier"
    assert article.authors == ["Ada Quill"]
    assert article.published == "2024-05-14T09:30:00+02:00"
    assert article.url == "https://coastal-courier.example/pier"
    assert article.text == "\n\n".join(PARAS)
    (failure,) = failures(items)
    assert "entry-2" in failure.source and "Summary only" in failure.reason and "--fetch" in failure.reason


def test_feed_summary_entry_is_fetched_when_network_allowed(tmp_path: Path):
    path = tmp_path / "news.xml"
    path.write_text(RSS.format(body="".join(f"<p>{p}</p>" for p in PARAS)), encoding="utf-8")
    fetcher = FakeFetcher({"https://coastal-courier.example/summary": page("Teaser page")})
    items = list(iter_documents([str(path)], fetcher=fetcher, allow_network=True))
    assert fetcher.asked == ["https://coastal-courier.example/summary"]
    docs = ok(items)
    assert len(docs) == 2 and not failures(items)
    fetched = extract_article(docs[1])
    assert fetched.source == f"{path}#entry-2"
    assert fetched.title == "Summary only"  # the feed's title is a hint beside the page
    assert fetched.text.startswith(PARAS[0])


def test_atom_feed_is_read(tmp_path: Path):
    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Valley Gazette</title><entry><title>Pier story</title>"
        '<link href="https://valley.example/a"/><updated>2024-05-14T10:00:00Z</updated>'
        '<author><name>Ben Harrow</name></author><content type="html">'
        + "".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in PARAS)
        + "</content></entry></feed>"
    )
    path = tmp_path / "feed"  # no extension: sniffed
    path.write_text(atom, encoding="utf-8")
    (raw,) = list(iter_documents([str(path)]))
    article = extract_article(raw)
    assert (article.outlet, article.authors, article.published) == (
        "Valley Gazette", ["Ben Harrow"], "2024-05-14T10:00:00+00:00"
    )


def write_warc(path: Path, records: list[tuple[str, int, str, str]], gz: bool = False) -> None:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gz)
        for uri, status, ctype, body in records:
            http = StatusAndHeaders(f"{status} X", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body.encode()), http_headers=http,
                warc_headers_dict={"WARC-Date": "2024-05-15T10:00:00Z"},
            ))


def test_warc_keeps_html_200_responses_only(tmp_path: Path):
    for gz, name in ((False, "crawl.warc"), (True, "crawl.warc.gz")):
        path = tmp_path / name
        write_warc(path, [
            ("https://coastal-courier.example/pier", 200, "text/html; charset=utf-8", page("Pier closes")),
            ("https://coastal-courier.example/gone", 404, "text/html", page("Not found")),
            ("https://coastal-courier.example/logo.png", 200, "image/png", "PNG"),
            ("https://valley.example/pier", 200, "text/html", page("Valley pier", PARAS[::-1])),
        ], gz=gz)
        docs = list(iter_documents([str(path)]))
        assert [d.provenance.url for d in docs] == [
            "https://coastal-courier.example/pier", "https://valley.example/pier"
        ]
        assert docs[0].provenance.warc_offset == 0 and docs[1].provenance.warc_offset > 0
        assert docs[1].source == f"{path}#offset-{docs[1].provenance.warc_offset}"
        article = extract_article(docs[0])
        assert article.fetched == "2024-05-15T10:00:00+00:00"
        assert article.source_domain == "coastal-courier.example"
        assert article.outlet == "Coastal Courier"
        assert article.text == "\n\n".join(PARAS)
