"""Invented pages pasted from news sites of many layouts: the body starts and ends right, no page
furniture survives, and the byline, date and outlet the page shows are read (tests/fixtures/pasted: the
pages of expected*.json)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from parallax.extract.bylines import parse_byline, parse_credit_line, parse_name_and_credit
from parallax.extract.dates import days_back, earlier, read_date_line
from parallax.extract.hygiene import tidy
from parallax.extract.text import CleanText, clean_text

FIXTURES = Path(__file__).parent / "fixtures" / "pasted"
_TAB_FIELD = re.compile(r"(?<=\S)[ \u00a0]*\t[ \t\u00a0]*(?=\S)")
PAGES: dict[str, dict] = {
    name: want
    for expected in sorted(FIXTURES.glob("expected*.json"))
    for name, want in json.loads(expected.read_text(encoding="utf-8"))["pages"].items()
}


def _expected_body(name: str) -> tuple[list[str], list[str]]:
    """The body's paragraphs as the page shows them (odd spaces and invisible characters tidied), and every
    furniture line of the page. A page copied from a PDF ("wrapped") has one paragraph per run of lines
    between blank lines and furniture lines."""
    want = PAGES[name]
    # a table's cells copied with tabs between them are set apart by bars, as the cleaner sets them
    text = _TAB_FIELD.sub(" | ", (FIXTURES / name).read_text(encoding="utf-8"))
    lines = [line.strip() for line in tidy(text).split("\n")]
    first = next(i for i, line in enumerate(lines) if want["body_starts_with"] in line)
    last = next(i for i, line in enumerate(lines) if i >= first and line.endswith(want["body_ends_with"]))
    inside = lines[first : last + 1]
    body: list[str] = []
    run: list[str] = []
    for line in [*inside, ""]:
        if line and line not in want["chrome_inside"]:
            run.append(line)
        if run and (not want.get("wrapped") or not line or line in want["chrome_inside"]):
            body.append(" ".join(run))
            run = []
    body[0] = body[0][body[0].index(want["body_starts_with"]) :]
    chrome = lines[:first] + [line for line in inside if line in want["chrome_inside"]] + lines[last + 1 :]
    return body, [line for line in chrome if line]


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


@pytest.mark.parametrize(
    "line, authors, outlet",
    [
        ("Jane Roe · CBC News · Posted: Mar 16, 2025 2:04 PM CDT | Updated: 2 hours ago", ["Jane Roe"], "CBC News"),
        ("Reported by: Jane Roe, Edited by: John Doe", ["Jane Roe"], None),
        ("Words by Jane Roe | Photography by John Doe", ["Jane Roe"], None),
        ("Jane Roe (now) and John Doe (earlier)", ["Jane Roe", "John Doe"], None),
        ("Jane Roe Local Democracy Reporter and John Doe", ["Jane Roe", "John Doe"], None),
        ("By Jane Roe  with AP", ["Jane Roe"], None),
        ("ByJane Roe and John Doe", ["Jane Roe", "John Doe"], None),
        ("By: Jane Roe - Reporter / @JaneRoe", ["Jane Roe"], None),
        ("Jane Roe | Reuters", ["Jane Roe"], "Reuters"),
        ("Jane Roe with AFP, Reuters", ["Jane Roe"], None),
        ("From KXT's Jane Roe", ["Jane Roe"], "KXT"),
        ("JANE ROE, Asia Business staff writer", ["Jane Roe"], None),
        ("By political reporter Jane Roe", ["Jane Roe"], None),
        ("Columnist: Jane Roe", ["Jane Roe"], None),
        ("Reporting by Jane Roe and John Doe", ["Jane Roe", "John Doe"], None),
        ("Jane Roe | 18 March 2025 07:45", ["Jane Roe"], None),
        ("By Jane Roe | jroe@example.com", ["Jane Roe"], None),
        ("By Jane Roe, BBC Wales", ["Jane Roe"], "BBC Wales"),
        ("Story by Jane Roe • 3h • 2 min read", ["Jane Roe"], None),
        ("by Jane Roe March 16, 2025 6:45 PM 2 min read", ["Jane Roe"], None),
        ("Written by Jane Roe | New Delhi | Updated: March 16, 2025 18:45 IST", ["Jane Roe"], None),
        ("Author Jane Roe", ["Jane Roe"], None),
        ("Words: Jane Roe | Pictures: John Doe", ["Jane Roe"], None),
        ("Text: Jane Roe", ["Jane Roe"], None),
        ("Interview by Jane Roe", ["Jane Roe"], None),
        ("By JANE ROE -", ["Jane Roe"], None),
        ("Medically reviewed by John Doe, MD — Written by Jane Roe on March 16, 2025", ["Jane Roe"], None),
        ("By Jane Roe | Fact checked by John Doe | Published on March 16, 2025", ["Jane Roe"], None),
        # credits that name no writer
        ("By The Associated Press", [], "The Associated Press"),
        ("By Our Foreign Staff", [], None),
        ("Staff and agencies", [], None),
        ("Le Quotidien with AFP", [], "Le Quotidien"),
        ("By Agence France-Presse", [], "Agence France-Presse"),
        ("BY JANE ROE AND JOHN DOE", ["Jane Roe", "John Doe"], None),
    ],
)
def test_byline_shapes(line, authors, outlet):
    found = parse_byline(line)
    assert found is not None
    assert (found.authors, found.outlet) == (authors, outlet)


@pytest.mark.parametrize(
    "line",
    [
        "Budget Day — Live", "By Tuesday, the water had receded.", "Storm Ellen | Latest", "Trending Topics",
        "New Delhi | Updated: March 16, 2025", "Local Democracy Reporting Service", "From The Daily Courier",
        "Jane Roe 16 March 2025",  # a name and a date with nothing to say the name is a writer's
        "By the Numbers", "By The Numbers",  # a section's head, not a credit
    ],
)
def test_lines_that_are_not_bylines(line):
    assert parse_byline(line) is None


def test_an_outlet_and_a_date_where_the_byline_goes():
    found = parse_credit_line("Daily Courier / 04:05 AM March 16, 2025")
    assert found is not None
    assert (found.authors, found.outlet, found.published) == ([], "Daily Courier", "2025-03-16")
    assert parse_credit_line("Politics | March 16, 2025") is None


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("THE DAILY COURIER Tuesday, March 18, 2025 A5", "The Daily Courier"),  # a printed page's running head
        ("KYODO NEWS - Mar 18, 2025 - 19:20 | Japan, All", "Kyodo News"),  # the time and sections after it
    ],
)
def test_credit_lines_with_more_around_the_date(line, outlet):
    found = parse_credit_line(line)
    assert found is not None
    assert (found.authors, found.outlet, found.published) == ([], outlet, "2025-03-18")


@pytest.mark.parametrize(
    "line", ["Posted on March 18, 2025 by Jane Roe", "Jane Roe Published March 18, 2025 Updated a day ago"]
)
def test_a_date_run_on_before_or_after_the_writer(line):
    found = parse_byline(line)
    assert found is not None
    assert (found.authors, found.published) == (["Jane Roe"], "2025-03-18")


@pytest.mark.parametrize(
    "line, published, modified",
    [
        ("March 16, 2025, 7 AM ET", "2025-03-16", None),
        ("Sun, March 16, 2025 at 2:04 PM GMT+1", "2025-03-16", None),
        ("Published 2:04 p.m. ET March 16, 2025 | Updated 9:30 a.m. ET March 17, 2025", "2025-03-16", "2025-03-17"),
        ("Published on 16/03/2025 - 14:05 GMT+1•Updated 17/03/2025 - 09:30 GMT+1", "2025-03-16", "2025-03-17"),
        ("Updated 16 March 2025 • 14:05 GMT", None, "2025-03-16"),
        ("2h ago", None, None),
        ("Mar 16", None, None),
        ("Published - March 16, 2025 02:04 pm IST - NEW DELHI", "2025-03-16", None),
        ("DETROIT | Sun Mar 16, 2014 2:04pm EDT", "2014-03-16", None),
        ("First uploaded on: 16-03-2025 at 14:05 IST", "2025-03-16", None),
        ("Mumbai,UPDATED: Mar 18, 2025 09:12 IST", None, "2025-03-18"),
        ("Mar 18, 2025 · 34 min", "2025-03-18", None),
        ("Published March 18, 2025 Updated a day ago", "2025-03-18", None),
        ("Madrid - Mar 16, 2025 - 18:45 CET", "2025-03-16", None),
        ("Published on March 16, 2025, at 6:45 pm (Paris), updated at 8:10 pm", "2025-03-16", None),
        ("3h", None, None),
        ("Published 2025.03.16. 14:22", "2025-03-16", None),
        ("News Release 16-Mar-2025", "2025-03-16", None),
        ("March 18, 2025 08:00 AM Eastern Daylight Time", "2025-03-18", None),
        ("March 18, 2025 09:00 ET | Source: Example Robotics Inc.", "2025-03-18", None),
        ("Sun., March 16, 2025timer3 min. read", "2025-03-16", None),
        ("June 4, 1941 - March 12, 2025", None, None),  # a life's span, not when the page went up
        ("Yesterday at 18:45", None, None),
        (
            "PUBLISHED: March 16, 2025 at 7:45 PM PDT | UPDATED: March 17, 2025 at 9:10 AM PDT",
            "2025-03-16", "2025-03-17",
        ),
        ("Originally Published: March 16, 2025 at 7:45 PM PDT", "2025-03-16", None),
    ],
)
def test_date_line_shapes(line, published, modified):
    found = read_date_line(line)
    assert found is not None
    assert (found.published, found.modified) == (published, modified)


@pytest.mark.parametrize(
    "line, days",
    [("Yesterday at 18:45", 1), ("Posted 3 days ago", 3), ("Updated yesterday", 0), ("2h ago", 0), ("Mar 16", 0)],
)
def test_days_before_the_page_date(line, days):
    assert days_back(line) == days


def test_counting_back_from_a_page_date_with_a_time_moves_the_day():
    assert earlier("2025-06-05T16:20:00+01:00", 1) == earlier("2025-06-05", 1) == "2025-06-04"


def test_a_writer_credited_under_the_article():
    page = "Title of the piece here\n\nThe council met on Sunday and agreed the plan.\n\nIt starts in May.\n\n"
    assert clean_text(page + "Reporter: Jane Roe\nCamera: John Doe").authors == ["Jane Roe"]
    assert clean_text(page + "- Jane Roe").authors == ["Jane Roe"]
    assert clean_text(page + "- The Associated Press").authors == []


def test_a_first_publication_wins_over_the_time_a_live_page_shows():
    page = "Storm latest\nSun 16 Mar 2025 14.05 GMT\nFirst published on Sat 15 Mar 2025 22.30 GMT\n\n"
    lead = "Ferries were cancelled on Sunday as the storm reached the coast."
    assert clean_text(page + lead).published == "2025-03-15"


def test_every_writer_a_wire_credit_names_under_the_article():
    page = "Bank holds rate\nBy Reuters\n\nThe central bank kept its rate unchanged on Thursday, it said.\n\n"
    credit = "Reporting by Jane Roe and John Doe; Writing by Ann Lee; Editing by Tom Hale"
    assert clean_text(page + credit).authors == ["Jane Roe", "John Doe", "Ann Lee"]


def test_writers_each_with_a_place_over_the_date():
    found = parse_name_and_credit("Jane Roe in Paris and John Doe in Madrid", "Published March 16 2025")
    assert found is not None
    assert found.authors == ["Jane Roe", "John Doe"]


def test_a_note_on_the_writer_spells_out_the_agency_of_the_dateline():
    lead = "WASHINGTON (AP) — The Senate passed the bill late on Thursday, hours before the deadline."
    page = f"Senate passes bill\nBY JANE ROE\n\n{lead}\n\n"
    result = clean_text(page + "JANE ROE\nRoe covers Congress for The Associated Press.")
    assert (result.outlet, result.authors) == ("The Associated Press", ["Jane Roe"])
