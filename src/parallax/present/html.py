"""The static HTML report: an index of stories and one self-contained page per story.

Pages need no network: CSS and JS are inlined from ``static/``, nothing is fetched. Every item (fact,
tension, word choice, position, timeline event, quote) links to its words, which are highlighted in
the article texts shown side by side; the links are plain ``#anchors`` and a little JS adds the
highlight.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from html import escape
from importlib.resources import files
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from parallax.present.markdown import ArticleLabels, story_markdown


@dataclass(frozen=True, slots=True)
class Mark:
    """A span to highlight in one article, and the anchor id items link to."""

    anchor: str
    start: int
    end: int
    kind: str


@cache
def _environment() -> Environment:
    env = Environment(loader=PackageLoader("parallax.present", "templates"), autoescape=select_autoescape())
    static = files("parallax.present") / "static"
    env.globals["inline_css"] = Markup((static / "report.css").read_text(encoding="utf-8"))
    env.globals["inline_js"] = Markup((static / "report.js").read_text(encoding="utf-8"))
    return env


def highlight(text: str, marks: Sequence[Mark]) -> Markup:
    """The text escaped, with each mark's words wrapped and an anchor where each mark starts.

    Marks may overlap: the text is cut at every mark boundary and each piece lists every mark covering it.
    """
    marks = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    starts: dict[int, list[str]] = {}
    for m in marks:
        starts.setdefault(m.start, []).append(m.anchor)
    out: list[str] = []
    for a, b in itertools.pairwise(cuts):
        out.extend(f'<span class="anchor" id="{escape(anchor)}"></span>' for anchor in starts.get(a, []))
        covering = [m for m in marks if m.start <= a and m.end >= b]
        piece = escape(text[a:b])
        if covering:
            ids = " ".join(escape(m.anchor) for m in covering)
            kinds = " ".join(sorted({f"k-{m.kind}" for m in covering}))
            out.append(f'<mark class="hl {kinds}" data-ids="{ids}">{piece}</mark>')
        else:
            out.append(piece)
    return Markup("".join(out))


def _anchor(kind: str, index: int, article_id: str) -> str:
    return f"{kind}{index}-{article_id}"


def _collect_marks(story: Mapping[str, Any], articles: Mapping[str, Mapping[str, Any]]) -> dict[str, list[Mark]]:
    marks: dict[str, list[Mark]] = {a: [] for a in story["articles"]}
    keyed = (
        ("f", story.get("facts", []), "reported_by"),
        ("t", story.get("tensions", []), "sides"),
        ("w", story.get("word_choice", []), "terms"),
        ("p", story.get("positions", []), "reported_by"),
        ("e", story.get("timeline", []), "sources"),
    )
    for kind, items, key in keyed:
        for i, item in enumerate(items):
            for article_id, span in item.get(key, {}).items():
                if article_id in marks:
                    marks[article_id].append(Mark(_anchor(kind, i, article_id), span["start"], span["end"], kind))
    for article_id in story["articles"]:
        for i, quote in enumerate(articles.get(article_id, {}).get("quotes", [])):
            marks[article_id].append(Mark(_anchor("q", i, article_id), quote["start"], quote["end"], "q"))
    return marks


def render_story(story: Mapping[str, Any], articles: Mapping[str, Mapping[str, Any]]) -> str:
    """One story's page: coverage heatmap, tensions, voices, word choice, ledger, timeline, texts."""
    names = ArticleLabels(story, articles)
    marks = _collect_marks(story, articles)
    members = [articles[a] for a in story["articles"] if a in articles]
    facts = sorted(
        enumerate(story.get("facts", [])),
        key=lambda pair: (pair[1].get("single_outlet", False), -pair[1].get("weight", 0.0)),
    )
    max_quotes = max(
        [v["direct"] + v["indirect"] for voices in story.get("voices", {}).values() for v in voices] or [1]
    )
    return _environment().get_template("story.html.j2").render(
        story=story,
        articles=members,
        label=names,
        facts=facts,
        anchor=_anchor,
        texts={a["id"]: highlight(a["text"], marks.get(a["id"], [])) for a in members},
        max_quotes=max(max_quotes, 1),
    )


def render_index(briefing: Mapping[str, Any]) -> str:
    """The list of every story, with its outlets and how much of it is shared."""
    articles = {a["id"]: a for a in briefing["articles"]}
    rows = []
    for story in briefing["stories"]:
        facts = story.get("facts", [])
        rows.append(
            {
                "story": story,
                "outlets": sorted(story["outlets"]),
                "shared": sum(1 for f in facts if not f.get("single_outlet")),
                "single": sum(1 for f in facts if f.get("single_outlet")),
                "published": sorted(filter(None, (articles.get(a, {}).get("published") for a in story["articles"]))),
            }
        )
    rows.sort(key=lambda r: (-len(r["outlets"]), -len(r["story"]["articles"])))
    failed = [a for a in briefing["articles"] if a.get("analysis_skipped")]
    return _environment().get_template("index.html.j2").render(
        rows=rows, generated=briefing.get("generated"), articles=len(articles), skipped=failed
    )


def write_report(out_dir: Path, briefing: Mapping[str, Any]) -> list[Path]:
    """Write OUT/index.html and OUT/stories/<id>.md and .html; returns the paths written."""
    articles = {a["id"]: a for a in briefing["articles"]}
    stories_dir = out_dir / "stories"
    stories_dir.mkdir(parents=True, exist_ok=True)
    index = out_dir / "index.html"
    index.write_text(render_index(briefing), encoding="utf-8")
    paths = [index]
    for story in briefing["stories"]:
        md = stories_dir / f"{story['id']}.md"
        md.write_text(story_markdown(story, articles), encoding="utf-8")
        page = stories_dir / f"{story['id']}.html"
        page.write_text(render_story(story, articles), encoding="utf-8")
        paths += [md, page]
    return paths
