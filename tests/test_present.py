"""The export, the Markdown briefing and the HTML report show every item with its exact words."""

from __future__ import annotations

import json
import re

from parallax.model import (
    Analysis,
    Article,
    DistinctiveWord,
    Fact,
    LedgerEntry,
    Quote,
    Span,
    Story,
    StoryBriefing,
    Tension,
    TimelineEvent,
    Voice,
    WordChoice,
)
from parallax.present.briefing import SCHEMA, build_briefing, validate_spans, write_json
from parallax.present.html import Mark, highlight, render_story, write_report
from parallax.present.markdown import story_markdown

A_TEXT = "The mayor said 1,200 residents left. “We acted fast,” she said. Rioters <script>x</script> gathered."
B_TEXT = "Officials said 2,000 residents left on Monday. Protesters gathered near the dam."


def _span(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start, start + len(words), words)


def _fixture():
    a = Article(id="a1", source="x/a.txt", text=A_TEXT, outlet="Gazette", title="Dam alarm", published="2025-06-02")
    b = Article(id="b1", source="x/b.html", text=B_TEXT, outlet="Courier", published="2025-06-03")
    quote_start = A_TEXT.index("We acted")
    analyses = {
        "a1": Analysis("a1", quotes=[Quote("direct", "We acted fast,", quote_start, quote_start + 14, "Ana Ruiz")]),
        "b1": Analysis("b1"),
    }
    briefing = StoryBriefing(
        story=Story("s-a1", ["a1", "b1"], title="Dam alarm"),
        outlets={"Gazette": ["a1"], "Courier": ["b1"]},
        facts=[
            Fact("f1", "residents left", {"a1": _span(A_TEXT, "1,200 residents left"),
                                          "b1": _span(B_TEXT, "2,000 residents left")}, weight=0.8),
            Fact("f2", "We acted fast", {"a1": _span(A_TEXT, "We acted fast")}, single_outlet=True),
        ],
        tensions=[Tension("number", "residents who left", {"a1": _span(A_TEXT, "1,200"), "b1": _span(B_TEXT, "2,000")},
                          maybe_update=True)],
        voices={"a1": [Voice("Ana Ruiz", 1, 0, 3, quote_start)], "b1": []},
        word_choice=[WordChoice("the crowd", {"a1": _span(A_TEXT, "Rioters"), "b1": _span(B_TEXT, "Protesters")})],
        distinctive_words=[DistinctiveWord("Gazette", "rioters", 2.1, 1)],
        positions=[LedgerEntry("Ana Ruiz", "defends", "the evacuation", {"a1": _span(A_TEXT, "We acted fast")},
                               {"a1": "quoted"})],
        timeline=[TimelineEvent("2025-06-02", "residents left", {"b1": _span(B_TEXT, "on Monday")})],
        groups={"local": ["Gazette"]},
    )
    return [a, b], analyses, [briefing]


def test_export_has_the_schema_and_every_span_points_at_its_words():
    articles, analyses, briefings = _fixture()
    data = build_briefing(articles, analyses, briefings)
    assert data["schema"] == SCHEMA and data["generated"]
    article = data["articles"][0]
    for key in ("id", "source", "url", "outlet", "authors", "published", "language", "title", "description", "text",
                "entities", "quotes", "times", "positions", "tone"):
        assert key in article
    story = data["stories"][0]
    for key in ("id", "title", "articles", "outlets", "facts", "tensions", "voices", "word_choice", "positions",
                "timeline"):
        assert key in story
    assert story["tensions"][0]["sides"]["b1"] == {"start": B_TEXT.index("2,000"), "end": B_TEXT.index("2,000") + 5,
                                                   "text": "2,000"}
    assert validate_spans(data) == []


def test_validate_spans_reports_a_span_that_does_not_match_its_text():
    articles, analyses, briefings = _fixture()
    data = build_briefing(articles, analyses, briefings)
    data["stories"][0]["facts"][0]["reported_by"]["a1"]["start"] += 1
    assert len(validate_spans(data)) == 1


def test_write_json_round_trips(tmp_path):
    articles, analyses, briefings = _fixture()
    data = build_briefing(articles, analyses, briefings)
    write_json(tmp_path / "briefing.json", data)
    assert json.loads((tmp_path / "briefing.json").read_text(encoding="utf-8")) == data


def test_markdown_cites_outlets_and_exact_words():
    articles, analyses, briefings = _fixture()
    data = build_briefing(articles, analyses, briefings)
    md = story_markdown(data["stories"][0], {a["id"]: a for a in data["articles"]})
    for heading in ("## What several outlets report", "## Reported by one outlet only", "## Where outlets differ",
                    "## Voices", "## Word choice", "## Positions", "## Timeline"):
        assert heading in md
    assert "**Gazette**: “1,200 residents left”" in md
    assert "**Courier**: “Protesters”" in md
    assert "may be an update" in md
    assert "- **Courier**: *Officials said 2,000 residents left on Monday. Protesters gathered near the dam.* (" in md


def test_highlight_escapes_text_and_marks_overlapping_spans():
    html = str(highlight("a <b> c", [Mark("x", 0, 5, "f"), Mark("y", 2, 7, "t")]))
    assert "<b>" not in html and "&lt;b&gt;" in html
    assert 'id="x"' in html and 'id="y"' in html
    assert 'data-ids="x y"' in html


def test_story_page_is_self_contained_escaped_and_links_every_item():
    articles, analyses, briefings = _fixture()
    data = build_briefing(articles, analyses, briefings)
    by_id = {a["id"]: a for a in data["articles"]}
    page = render_story(data["stories"][0], by_id)
    assert "<script>x</script>" not in page
    assert not re.search(r'(src|href)="https?://', page)
    for target in re.findall(r'href="#([^"]+)"', page):
        if target in {"coverage", "tensions", "voices", "wording", "positions", "timeline", "texts"}:
            continue
        assert f'id="{target}"' in page, target
    assert 'href="#f0-a1"' in page and 'href="#t0-b1"' in page and 'id="q0-a1"' in page


def test_write_report_writes_index_and_a_page_per_story(tmp_path):
    articles, analyses, briefings = _fixture()
    data = build_briefing(articles, analyses, briefings)
    paths = write_report(tmp_path, data)
    assert (tmp_path / "index.html").is_file()
    assert (tmp_path / "stories" / "s-a1.md").is_file() and (tmp_path / "stories" / "s-a1.html").is_file()
    assert len(paths) == 3
    assert "stories/s-a1.html" in (tmp_path / "index.html").read_text(encoding="utf-8")


def test_a_disputed_date_names_who_gives_which_date():
    articles, analyses, briefings = _fixture()
    briefings[0].timeline = [TimelineEvent("2025-06-01", "residents left", {"a1": _span(A_TEXT, "residents left"),
                                           "b1": _span(B_TEXT, "on Monday")}, True, {"b1": "2025-06-02"})]
    data = build_briefing(articles, analyses, briefings)
    by_id = {a["id"]: a for a in data["articles"]}
    assert "**2025-06-01** **(dates disagree: Courier gives 2025-06-02)**" in story_markdown(data["stories"][0], by_id)
    assert "dates disagree: Courier gives 2025-06-02</span>" in render_story(data["stories"][0], by_id)


def test_a_story_of_untitled_articles_is_named_by_its_weightiest_shared_fact():
    articles, analyses, briefings = _fixture()
    briefings[0].story.title = None
    data = build_briefing(articles, analyses, briefings)
    story = data["stories"][0]
    assert story["title"] is None and story["label"] == "residents left"
    assert story_markdown(story, {a["id"]: a for a in data["articles"]}).startswith("# residents left\n")
    assert "<h1>residents left</h1>" in render_story(story, {a["id"]: a for a in data["articles"]})
