"""Plain inputs: files, folders, globs, stdin, URLs, the manifest and its precedence, the shared data."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from parallax.extract.article import extract_article
from parallax.ingest import iter_documents
from parallax.ingest.files import kind_of
from parallax.ingest.manifest import Manifest
from parallax.model import Failure, Provenance, RawDocument

TEXT = (
    "date 2024-05-14 (Ada Quill, Coastal Courier) The harbour council voted on Tuesday to close "
    "the old ferry pier after engineers found deep cracks in its concrete supports.\n\n"
    "“We cannot ask families to walk across a structure that may not hold,” said the council chair, "
    "Mira Okonjo.\n\n"
    "Ferry services will move to a temporary landing two kilometres north while a replacement is designed."
)
HTML = (
    "<!DOCTYPE html><html><head><title>Pier to close</title>"
    '<meta name="author" content="Ben Harrow"><meta property="og:site_name" content="Valley Gazette">'
    '<meta property="article:published_time" content="2024-05-15T07:00:00Z"></head><body><article>'
    "<p>The harbour council voted on Tuesday to close the old ferry pier after engineers found cracks.</p>"
    "<p>Ferry services will move to a temporary landing two kilometres north of the town centre.</p>"
    "</article></body></html>"
)


def docs(items):
    return [i for i in items if isinstance(i, RawDocument)]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b" / "page.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "b" / "saved.txt").write_text(HTML, encoding="utf-8")  # HTML under a text name
    (tmp_path / ".hidden.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "x.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "parallax.db").write_bytes(b"SQLite format 3\x00")
    (tmp_path / "briefing.json").write_text("{}", encoding="utf-8")
    return tmp_path


def test_folder_is_walked_sorted_skipping_hidden_and_own_outputs(folder: Path):
    items = list(iter_documents([str(folder)]))
    assert not [i for i in items if isinstance(i, Failure)]
    assert [(Path(d.source).relative_to(folder).as_posix(), d.format) for d in items] == [
        ("a.txt", "text"), ("b/page.html", "html"), ("b/saved.txt", "html")
    ]


def test_glob_and_missing_names(folder: Path):
    items = list(iter_documents([str(folder / "**" / "*.html"), str(folder / "nothing-*.txt"), "nope.txt"]))
    assert [Path(i.source).name for i in docs(items)] == ["page.html"]
    reasons = [i.reason for i in items if isinstance(i, Failure)]
    assert reasons == ["no file matches this pattern", "no such file or folder"]


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("a.md", "Some words.", "text"),
        ("noext", "<!doctype html><html><body>x</body></html>", "html"),
        ("noext2", '<?xml version="1.0"?><rss version="2.0"><channel/></rss>', "feed"),
        ("x.atom", "<feed/>", "feed"),
        ("d.ndjson", "{}\n{}", "jsonl"),
        ("d.json", "[]", "newsplease"),
        ("list.txt", "https://a.example/1\n\n# comment\nhttps://b.example/2\n", "urls"),
        ("mixed.txt", "https://a.example/1\nand some words\n", "text"),
        ("a.warc.gz", "", "warc"),
    ],
)
def test_kind_by_extension_and_content(tmp_path: Path, name: str, content: str, kind: str):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert kind_of(path) == kind


def test_stdin(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode("utf-8"))))
    (raw,) = list(iter_documents(["-"]))
    assert (raw.source, raw.format, raw.provenance.kind) == ("-", "text", "stdin")
    assert extract_article(raw).text.endswith("while a replacement is designed.")


def test_urls_need_the_network_and_use_the_fetcher(tmp_path: Path):
    (failure,) = list(iter_documents(["https://valley.example/pier"]))
    assert failure.reason == "network not allowed (use --fetch)"

    class Fake:
        def fetch(self, url: str) -> RawDocument:
            return RawDocument(HTML.encode(), url, "html", Provenance(kind="url", url=url))

    listing = tmp_path / "todo.urls"
    listing.write_text("https://valley.example/pier\n", encoding="utf-8")
    (raw,) = list(iter_documents([str(listing)], fetcher=Fake(), allow_network=True))
    article = extract_article(raw)
    assert article.url == "https://valley.example/pier" and article.outlet == "Valley Gazette"


def test_manifest_wins_over_the_document(tmp_path: Path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "in" / "page.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "in" / "manifest.csv").write_text(
        "file,outlet,published,url,authors,group\n"
        "in/a.txt,Harbour Times,2024-05-13,https://harbour.example/a,Cy Dune; Ed Fay,local\n",
        encoding="utf-8",
    )
    manifest = Manifest.load(tmp_path / "in" / "manifest.csv")
    items = list(iter_documents([str(tmp_path / "in")], manifest=manifest))
    assert [Path(d.source).name for d in items] == ["a.txt", "page.html"]  # manifest itself skipped
    text_article = extract_article(items[0])
    assert text_article.outlet == "Harbour Times"
    assert text_article.published == "2024-05-13"
    assert text_article.authors == ["Cy Dune", "Ed Fay"]
    assert text_article.group == "local"
    assert text_article.source_domain == "harbour.example"
    assert any("manifest date" in w for w in text_article.warnings)
    own = extract_article(next(iter(iter_documents([str(tmp_path / "in" / "a.txt")]))))
    assert own.published == "2024-05-14" and "Ada Quill" in own.authors
    page_article = extract_article(items[1])  # not in the manifest: the page's own values
    assert page_article.outlet == "Valley Gazette"
    assert page_article.authors == ["Ben Harrow"]
    assert page_article.published == "2024-05-15T07:00:00+00:00"


def test_manifest_json_list_and_bad_manifest(tmp_path: Path):
    path = tmp_path / "m.json"
    path.write_text(json.dumps([{"file": "x/a.txt", "outlet": "Harbour Times", "authors": "A B; C D"}]))
    manifest = Manifest.load(path)
    assert manifest.lookup("elsewhere/a.txt") == {"outlet": "Harbour Times", "authors": ["A B", "C D"]}
    assert manifest.lookup("b.txt") == {}
    path.write_text("{not json")
    with pytest.raises(Exception, match="manifest is not valid JSON"):
        Manifest.load(path)


def test_seeds_with_their_manifest(shared: Path):
    manifest = Manifest.load(shared / "seeds" / "manifest.json")
    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))["articles"]
    items = list(iter_documents([str(shared / "seeds")], manifest=manifest))
    assert not [i for i in items if isinstance(i, Failure)]
    assert len(items) == len(gold)
    for raw in items:
        article = extract_article(raw)
        name = Path(raw.source).name
        assert article.source.endswith(name)
        expected = gold[name]["metadata"]
        assert article.outlet == expected["outlet"]
        assert article.published == expected["published"]
        assert article.text.startswith(gold[name]["body_starts_with"])
        assert article.language == "en"


def test_giveme5w1h_records(shared: Path):
    files = sorted((shared / "data" / "giveme5w1h-gold").glob("*.json"))[:8]
    articles = [extract_article(raw) for raw in iter_documents([str(f) for f in files])]
    assert len(articles) == len(files)
    for path, article in zip(files, articles, strict=True):
        original = json.loads(path.read_text(encoding="utf-8"))
        assert article.source == str(path)
        assert article.title == " ".join(original["title"].split())
        assert article.published and article.published[:10] == original["date_publish"][:10]
        assert article.source_domain and article.source_domain in original["url"]
        assert len(article.text) > 200 and article.language == "en"


def test_stdin_takes_json_lines_and_warc_too(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    records = [{"title": f"Bridge vote {i}", "maintext": TEXT, "url": f"https://example.org/{i}"} for i in range(2)]
    lines = "\n".join(json.dumps(r) for r in records).encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines)))
    docs = list(iter_documents(["-"]))
    assert len(docs) == 2 and all(isinstance(d, RawDocument) for d in docs)
    assert all(d.source.startswith("-") and "parallax-stdin" not in d.source for d in docs)
    assert all(d.provenance.path in (None, "-") for d in docs)
    warc = Path(__file__).resolve().parent.parent / "examples" / "articles" / "herald.warc.gz"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(warc.read_bytes())))
    from_stdin = [d for d in iter_documents(["-"]) if isinstance(d, RawDocument)]
    assert from_stdin and [d.content for d in from_stdin] == [
        d.content for d in iter_documents([str(warc)]) if isinstance(d, RawDocument)
    ]
