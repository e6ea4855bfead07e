"""Bad input never stops a batch: each becomes a Failure (or a one-line extraction error), the rest go on."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from parallax.config import settings
from parallax.errors import ExtractError, InputError
from parallax.extract.article import extract_article
from parallax.ingest import iter_documents
from parallax.model import Failure, RawDocument

PARAS = [
    "Night trains between the two capitals will run again from October, the rail operators announced "
    "on Wednesday after a three-year pause.",
    "Tickets go on sale in August, and the operators said the sleeper cars had been rebuilt with "
    "wider berths and quieter heating.",
]
PAGE = (
    "<!doctype html><html><head><title>Night trains return</title></head><body><article>"
    + "".join(f"<p>{p}</p>" for p in PARAS)
    + "</article></body></html>"
)


def run(*paths: Path) -> list[RawDocument | Failure]:
    return list(iter_documents([str(p) for p in paths]))


def only_failure(items) -> Failure:
    (item,) = items
    assert isinstance(item, Failure), item
    return item


def test_empty_and_missing_files_are_failures_and_the_batch_goes_on(tmp_path: Path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    good = tmp_path / "good.txt"
    good.write_text("\n\n".join(PARAS), encoding="utf-8")
    items = run(empty, tmp_path / "missing.txt", good)
    assert [(Path(i.source).name, i.reason) for i in items[:2]] == [
        ("empty.txt", "empty file"), ("missing.txt", "no such file or folder")
    ]
    assert extract_article(items[2]).text == "\n\n".join(PARAS)


def test_binary_file_is_refused_with_a_reason(tmp_path: Path):
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 40)
    (raw,) = run(path)
    with pytest.raises(InputError) as err:
        extract_article(raw)
    assert "binary" in err.value.reason and "\n" not in err.value.reason


def test_whitespace_only_text_has_no_article(tmp_path: Path):
    path = tmp_path / "blank.md"
    path.write_text("   \n\n  \n", encoding="utf-8")
    (raw,) = run(path)
    with pytest.raises((InputError, ExtractError)):
        extract_article(raw)


def test_legacy_and_mixed_encodings_are_read(tmp_path: Path):
    text = "Le conseil a voté mardi : « les trains de nuit reviendront » en été, a déclaré la ministre."
    latin = tmp_path / "latin.txt"
    latin.write_bytes(text.encode("cp1252"))
    assert extract_article(run(latin)[0]).text == text
    mixed = tmp_path / "mixed.txt"
    mixed.write_bytes(text.encode("utf-8") + b"\n\n" + "Fin de l’annonce, écrit-elle.".encode("cp1252"))
    article = extract_article(run(mixed)[0])
    assert article.text.startswith(text[:30])
    assert "\x00" not in article.text


def test_truncated_html_keeps_what_it_has(tmp_path: Path):
    path = tmp_path / "cut.html"
    path.write_text(PAGE[: PAGE.index(PARAS[1]) + 30], encoding="utf-8")
    article = extract_article(run(path)[0])
    assert article.text.startswith(PARAS[0])
    assert any("truncated" in w for w in article.warnings)


def test_html_without_text_is_an_extract_error(tmp_path: Path):
    path = tmp_path / "nav.html"
    path.write_text("<html><body><img src='a.png'><script>var a = 1;</script></body></html>", encoding="utf-8")
    with pytest.raises(ExtractError, match="no article text found"):
        extract_article(run(path)[0])


def test_malformed_json_and_jsonl_line(tmp_path: Path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"title": "x", "maintext": ', encoding="utf-8")
    assert only_failure(run(bad)).reason.startswith("malformed JSON")
    lines = tmp_path / "dump.jsonl"
    good = [{"title": f"T{n}", "maintext": PARAS[n]} for n in range(2)]
    lines.write_text(f"{json.dumps(good[0])}\n{{broken\n[1, 2]\n{json.dumps(good[1])}\n", encoding="utf-8")
    items = run(lines)
    assert [type(i).__name__ for i in items] == ["RawDocument", "Failure", "Failure", "RawDocument"]
    assert items[1].source.endswith("#line-2") and items[1].reason.startswith("malformed JSON line")
    assert items[2].reason == "not a JSON object"
    assert [extract_article(i).title for i in (items[0], items[3])] == ["T0", "T1"]


def test_record_without_text_is_an_extract_error(tmp_path: Path):
    path = tmp_path / "r.json"
    path.write_text(json.dumps({"title": "Only a title", "maintext": None}), encoding="utf-8")
    with pytest.raises(ExtractError):
        extract_article(run(path)[0])


def test_malformed_and_empty_feeds(tmp_path: Path):
    broken = tmp_path / "broken.xml"
    broken.write_text("<rss><channel><title>X</title><item><title", encoding="utf-8")
    assert only_failure(run(broken)).reason.startswith("malformed feed XML")
    garbage = tmp_path / "garbage.rss"
    garbage.write_text("this is not xml at all", encoding="utf-8")
    assert only_failure(run(garbage)).reason.startswith("malformed feed XML")
    empty = tmp_path / "empty.rss"
    empty.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>X</title></channel></rss>')
    assert only_failure(run(empty)).reason == "feed has no entries"


@pytest.mark.parametrize("gz", [False, True])
def test_truncated_warc_gives_what_was_readable_then_a_failure(tmp_path: Path, gz: bool):
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gz)
        for n in range(3):
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            body = PAGE.replace("Night trains", f"Night trains {n}").encode()
            writer.write_record(writer.create_warc_record(
                f"https://rail.example/{n}", "response", payload=io.BytesIO(body), http_headers=http
            ))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 120])
    items = run(path)
    assert [type(i).__name__ for i in items] == ["RawDocument"] * 3 + ["Failure"]
    assert "truncated" in items[-1].reason
    assert extract_article(items[0]).text.startswith("Night trains 0")
    garbage = tmp_path / "junk.warc"
    garbage.write_bytes(b"WARC/1.0\r\nthis is not a record\r\n\r\n" + bytes(range(256)))
    assert only_failure(run(garbage)).reason.startswith("archive unreadable")


@pytest.fixture
def small_limit(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("PARALLAX_MAX_BODY_BYTES", "2000")
    settings.cache_clear()
    yield
    monkeypatch.delenv("PARALLAX_MAX_BODY_BYTES")
    settings.cache_clear()


def test_huge_file_is_refused_without_reading_it(tmp_path: Path, small_limit):
    huge = tmp_path / "huge.html"
    huge.write_text(PAGE.replace("</article>", "<p>more words</p>" * 500 + "</article>"), encoding="utf-8")
    failure = only_failure(run(huge))
    assert failure.reason.startswith("file too large")
    lines = tmp_path / "big.jsonl"
    lines.write_text(json.dumps({"maintext": "x" * 3000}) + "\n" + json.dumps({"maintext": PARAS[0]}) + "\n")
    items = run(lines)
    assert isinstance(items[0], Failure) and "too large" in items[0].reason
    assert isinstance(items[1], RawDocument)
