"""A story's briefing as Markdown for reading: every item cites its outlet and the exact words."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def _quote(span: Mapping[str, Any] | None) -> str:
    text = " ".join(str((span or {}).get("text", "")).split())
    return f"“{text.replace('|', '¦')}”"


class ArticleLabels:
    """Readable labels for article ids: the outlet, made unique when an outlet has several articles."""

    def __init__(self, story: Mapping[str, Any], articles: Mapping[str, Mapping[str, Any]]):
        self.label: dict[str, str] = {}
        for outlet, ids in story.get("outlets", {}).items():
            for n, article_id in enumerate(ids, 1):
                self.label[article_id] = outlet if len(ids) == 1 else f"{outlet} ({n})"
        for article_id in story.get("articles", []):
            self.label.setdefault(article_id, articles.get(article_id, {}).get("outlet") or article_id)

    def __call__(self, article_id: str) -> str:
        return self.label.get(article_id, article_id)


def opening(text: str, words: int = 12) -> str:
    """What stands for an untitled article: its first words, marked as an opening, not a title."""
    all_words = text.split()
    head = " ".join(all_words[:words]) + ("…" if len(all_words) > words else "")
    return f"*{head}*" if head else "*untitled*"


def _sides(names: ArticleLabels, sides: Mapping[str, Any]) -> str:
    return " · ".join(f"**{names(a)}**: {_quote(span)}" for a, span in sides.items())


def _other_dates(names: ArticleLabels, event: Mapping[str, Any]) -> str:
    """Who dates the event otherwise, and to what: the reader sees the disagreement, not just a flag."""
    return ", ".join(f"{names(a)} gives {date}" for a, date in (event.get("other_dates") or {}).items())


def story_markdown(story: Mapping[str, Any], articles: Mapping[str, Mapping[str, Any]]) -> str:
    """The whole briefing of one story (a ``stories[]`` item of the export) as Markdown."""
    names = ArticleLabels(story, articles)
    groups = story.get("groups") or {}
    lines = [f"# {story.get('label') or story['id']}", ""]
    lines.append(f"Story `{story['id']}`: {len(story['articles'])} articles from {len(story['outlets'])} outlets.")
    lines.append("")
    for outlet, ids in story["outlets"].items():
        group = next((g for g, members in groups.items() if outlet in members), None)
        for article_id in ids:
            art = articles.get(article_id, {})
            extra = f" [{group}]" if group else ""
            copy = f" — copy of {names(story['copies'][article_id])}" if article_id in story.get("copies", {}) else ""
            lines.append(
                f"- **{names(article_id)}**{extra}: {art.get('title') or opening(art.get('text') or '')} "
                f"({art.get('published') or 'date unknown'}){copy}"
            )
    shared = [f for f in story.get("facts", []) if not f.get("single_outlet")]
    single = [f for f in story.get("facts", []) if f.get("single_outlet")]
    lines += ["", "## What several outlets report", ""]
    lines += [f"- {fact['about']}  \n  {_sides(names, fact['reported_by'])}" for fact in shared] or ["- nothing"]
    lines += ["", "## Reported by one outlet only", ""]
    lines += [f"- {_sides(names, fact['reported_by'])}" for fact in single] or ["- nothing"]
    lines += ["", "## Where outlets differ", ""]
    for tension in story.get("tensions", []):
        note = " *(may be an update over time)*" if tension.get("maybe_update") else ""
        lines.append(f"- **{tension['kind']}**: {tension['about']}{note}  \n  {_sides(names, tension['sides'])}")
    if not story.get("tensions"):
        lines.append("- no differences found")
    lines += ["", "## Voices", "", "| outlet | speaker | direct | indirect | words | first at |"]
    lines.append("|---|---|---|---|---|---|")
    for article_id, voices in story.get("voices", {}).items():
        for v in voices:
            lines.append(
                f"| {names(article_id)} | {v['speaker']} | {v['direct']} | {v['indirect']} | {v['words']} "
                f"| {v['first_at'] if v['first_at'] is not None else ''} |"
            )
    lines += ["", "## Word choice", ""]
    lines += [f"- {w['about']}: {_sides(names, w['terms'])}" for w in story.get("word_choice", [])] or ["- none found"]
    distinctive = story.get("distinctive_words", [])
    if distinctive:
        lines += ["", "Distinctive words (log-odds, informative Dirichlet prior):", ""]
        by_outlet: dict[str, list[str]] = {}
        for word in distinctive:
            by_outlet.setdefault(word["outlet"], []).append(f"{word['word']} ({word['z']:.1f})")
        lines += [f"- **{outlet}**: {', '.join(words)}" for outlet, words in by_outlet.items()]
    lines += ["", "## Positions", ""]
    for entry in story.get("positions", []):
        how = ", ".join(f"{names(a)} ({entry['how'].get(a, '')})" for a in entry["reported_by"])
        lines.append(f"- **{entry['actor']}** {entry['stance']} {entry['about']} — {how}  \n  "
                     f"{_sides(names, entry['reported_by'])}")
    if not story.get("positions"):
        lines.append("- none found")
    lines += ["", "## Timeline", ""]
    for event in story.get("timeline", []):
        flag = f" **(dates disagree: {_other_dates(names, event)})**" if event.get("disputed") else ""
        lines.append(f"- **{event['date']}**{flag}: {event['about']}  \n  {_sides(names, event['sources'])}")
    if not story.get("timeline"):
        lines.append("- no dated events")
    return "\n".join(lines) + "\n"
