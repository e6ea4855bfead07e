"""Invented pages pasted from news sites of many layouts: the body starts and ends right, no page
furniture survives, and the byline, date and outlet the page shows are read (tests/fixtures/pasted)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from parallax.extract.text import CleanText, clean_text

FIXTURES = Path(__file__).parent / "fixtures" / "pasted"
PAGES: dict[str, dict] = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))["pages"]


def _lines(name: str) -> list[str]:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.split("\n") if line.strip()]


def _expected_body(name: str) -> tuple[list[str], list[str]]:
    """The body's paragraphs as the page shows them, and every furniture line of the page."""
    want = PAGES[name]
    lines = _lines(name)
    first = next(i for i, line in enumerate(lines) if want["body_starts_with"] in line)
    last = next(i for i, line in enumerate(lines) if i >= first and line.endswith(want["body_ends_with"]))
    inside = lines[first : last + 1]
    body = [line for line in inside if line not in want["chrome_inside"]]
    body[0] = body[0][body[0].index(want["body_starts_with"]) :]
    chrome = lines[:first] + [line for line in inside if line in want["chrome_inside"]] + lines[last + 1 :]
    return body, chrome


def _clean(name: str) -> CleanText:
    return clean_text((FIXTURES / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(PAGES))
def test_body_starts_and_ends_right(name):
    body = _clean(name).body
    assert body.startswith(PAGES[name]["body_starts_with"])
    assert body.endswith(PAGES[name]["body_ends_with"])


@pytest.mark.parametrize("name", sorted(PAGES))
def test_every_paragraph_is_kept_and_no_furniture_survives(name):
    paragraphs, chrome = _expected_body(name)
    body = _clean(name).body
    kept = body.split("\n\n")
    assert [line for line in chrome if line in kept or (len(line.split()) >= 4 and line in body)] == []
    assert kept == paragraphs


@pytest.mark.parametrize("name", sorted(PAGES))
@pytest.mark.parametrize("key", ["title", "description", "authors", "published", "outlet"])
def test_metadata_the_page_shows(name, key):
    if key not in PAGES[name]:
        pytest.skip(f"{name} does not show its {key}")
    assert getattr(_clean(name), key) == PAGES[name][key]


@pytest.mark.parametrize("name", sorted(PAGES))
def test_cleaning_the_body_again_changes_nothing(name):
    body = _clean(name).body
    assert clean_text(body).body == body


def test_real_articles_under_each_layout_keep_the_body_they_have_alone(shared):
    """Real article text (giveme5w1h, two sentences a paragraph) pasted under each invented layout's
    header and above its footer: the body is what cleaning the text alone gives, to the character."""
    sentence_end = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?=[\"“A-Z])")
    layouts = []
    for name, want in PAGES.items():
        lines = (FIXTURES / name).read_text(encoding="utf-8").split("\n")
        first = next(i for i, line in enumerate(lines) if want["body_starts_with"] in line)
        last = next(i for i, line in enumerate(lines) if i >= first and line.endswith(want["body_ends_with"]))
        layouts.append(("\n".join(lines[:first]), "\n".join(lines[last + 1 :])))
    for path in sorted((shared / "data" / "giveme5w1h-gold").glob("*.json")):
        sentences = sentence_end.split(json.loads(path.read_text(encoding="utf-8"))["text"])
        text = "\n\n".join(" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2))
        alone = clean_text(text).body
        for top, bottom in layouts:
            assert clean_text(f"{top}\n{text}\n{bottom}").body == alone, path.name
