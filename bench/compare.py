"""Time of ``compare_story`` on a 50-article story, and the comparison scores on the seeds.

    .venv/bin/python bench/compare.py [--event tram] [--articles 50] [--runs 3]
    .venv/bin/python bench/compare.py --seeds

The story is built from the Giveme5W1H articles of one event: each article is analysed once (not
timed), then replicated with its figures changed in every other sentence (digits rotated, so offsets
and analyses stay valid and the replicas disagree on numbers), every fifth replica an exact copy
listed in ``story.copies``. The time is that of the whole ``compare_story`` call with the embedding
model already loaded, the median of ``--runs`` runs; the embedding share is timed apart.
``--seeds`` analyses the two seed articles (bodies cut at the gold boundaries, dates and outlets from
the gold file), compares them and prints the scorer's comparison metrics.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import statistics
import sys
import time
from pathlib import Path

from parallax.analyze import analyze_articles
from parallax.compare import compare_story, context
from parallax.compare.units import split_units
from parallax.model import Analysis, Article, Story, to_json
from parallax.stories.embed import embed

SHARED = Path(__file__).resolve().parents[2] / "shared"
COMPARISON = ("facts.shared", "facts.only_in", "voices.jaccard", "word_choice", "tensions")


def event_articles(event: str) -> list[Article]:
    out = []
    for path in sorted((SHARED / "data/giveme5w1h-gold").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        if record.get("category") == event and record.get("text"):
            out.append(Article(id=record["dId"][:16], source=path.name, text=record["text"],
                               title=record.get("title"), outlet=record.get("publisher"),
                               published=(record.get("date_publish") or "")[:10] or None))
    return out


def _rotate(text: str, shift: int) -> str:
    """Digits of every other sentence rotated by ``shift`` (same length, so offsets hold)."""
    parts = re.split(r"(?<=[.!?])(\s+)", text)
    return "".join(re.sub(r"\d", lambda m: str((int(m.group()) + shift) % 10), p) if i % 4 == 2 else p
                   for i, p in enumerate(parts))


def replicate(articles: list[Article], analyses: dict[str, Analysis], n: int):
    arts: dict[str, Article] = {}
    ans: dict[str, Analysis] = {}
    copies: dict[str, str] = {}
    for k in range(n):
        base = articles[k % len(articles)]
        round_ = k // len(articles)
        aid = f"{base.id}-{round_}"
        copy = round_ > 0 and k % 5 == 0
        text = base.text if copy or round_ == 0 else _rotate(base.text, round_)
        arts[aid] = dataclasses.replace(base, id=aid, text=text, outlet=f"{base.outlet}-{round_}")
        ans[aid] = dataclasses.replace(analyses[base.id], article_id=aid)
        if copy:
            copies[aid] = f"{base.id}-0"
    return arts, ans, copies


def bench(event: str, n: int, runs: int) -> None:
    articles = event_articles(event)
    analyses = {a.article_id: a for a in analyze_articles(articles)}
    arts, ans, copies = replicate(articles, analyses, n)
    story = Story("bench", list(arts), copies=copies)
    embed(["warm up"])
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        briefing = compare_story(story, arts, ans)
        times.append(time.perf_counter() - t0)
    units = [u.span.text for a in arts.values() for u in split_units(a, ans[a.id], {})]
    t0 = time.perf_counter()
    context.embed_unique(units)
    embed_s = time.perf_counter() - t0
    print(f"event {event!r}: {len(articles)} source articles -> {n} articles ({len(copies)} copies), "
          f"{sum(len(a.text) for a in arts.values()) // 1000} k chars, {len(units)} clauses "
          f"({len(set(units))} distinct)")
    print(f"compare_story: median {statistics.median(times):.2f} s over {runs} runs "
          f"(embedding the clauses alone: {embed_s:.2f} s)")
    print(f"facts {len(briefing.facts)} (single-outlet {sum(f.single_outlet for f in briefing.facts)}), "
          f"tensions {len(briefing.tensions)}, word choices {len(briefing.word_choice)}, "
          f"timeline {len(briefing.timeline)}, ledger {len(briefing.positions)}")


def seeds() -> None:
    sys.path.insert(0, str(SHARED / "tools"))
    import score_briefing

    gold = json.loads((SHARED / "gold/seeds.json").read_text(encoding="utf-8"))
    articles = []
    for name, g in gold["articles"].items():
        text = (SHARED / "seeds" / name).read_text(encoding="utf-8")
        start = text.index(g["body_starts_with"])
        end = text.index(g["body_ends_with"]) + len(g["body_ends_with"])
        meta = g["metadata"]
        articles.append(Article(id=name[:3], source=name, text=text[start:end], outlet=meta["outlet"],
                                published=meta["published"]))
    analyses = {a.article_id: a for a in analyze_articles(articles)}
    story = Story("seeds", [a.id for a in articles])
    briefing = to_json(compare_story(story, {a.id: a for a in articles}, analyses))
    doc = {
        "articles": [dict(to_json(a), quotes=to_json(analyses[a.id].quotes)) for a in articles],
        "stories": [{"articles": story.article_ids, **{k: briefing[k] for k in
                                                       ("facts", "voices", "word_choice", "tensions")}}],
    }
    result = score_briefing.score(doc, gold)
    for key in COMPARISON:
        print(f"{key:16} {result[key]:.2f}  goal {score_briefing.GOALS[key]:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--event", default="tram")
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seeds", action="store_true")
    args = parser.parse_args()
    if args.seeds:
        seeds()
    else:
        bench(args.event, args.articles, args.runs)


if __name__ == "__main__":
    main()
