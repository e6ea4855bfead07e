"""Time of ``compare_story`` on a 50-article story, and the comparison scores on the seeds.

    .venv/bin/python bench/compare.py [--event tram] [--articles 50] [--runs 3]
    .venv/bin/python bench/compare.py --seeds
    .venv/bin/python bench/compare.py --ecb 10

The story is built from the Giveme5W1H articles of one event: each article is analysed once (not
timed), then replicated with its figures changed in every other sentence (digits rotated, so offsets
and analyses stay valid and the replicas disagree on numbers), every fifth replica an exact copy
listed in ``story.copies``. As in the pipeline, every article's texts (``context.texts_to_embed``) are
embedded once, as if on arrival (timed apart: the per-article cost), and ``compare_story`` is timed
with those vectors and the per-process cache cleared before each run; for contrast, one run without
vectors, which embeds everything itself.
``--seeds`` analyses the two seed articles (bodies cut at the gold boundaries, dates and outlets from
the gold file), compares them and prints the scorer's comparison metrics. ``--ecb N`` checks the fact-linking
threshold on N ECB+ topics (see ``threshold_sweep``).
"""

from __future__ import annotations

import argparse
import bisect
import dataclasses
import itertools
import json
import re
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from parallax.analyze import analyze_articles
from parallax.compare import compare_story, context, facts
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
    # What the pipeline does once per new article: name its texts, embed the ones not stored yet.
    stored: dict[str, np.ndarray] = {}
    t0, c0 = time.perf_counter(), time.process_time()
    for aid, article in arts.items():
        missing = [t for t in context.texts_to_embed(article, ans[aid]) if t not in stored]
        stored.update(zip(missing, embed(missing), strict=True))
    embed_s, embed_cpu = time.perf_counter() - t0, time.process_time() - c0
    times, cpu = [], []
    for _ in range(runs):
        context.clear_cache()  # only the given vectors may help
        t0, c0 = time.perf_counter(), time.process_time()
        briefing = compare_story(story, arts, ans, vectors=stored)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    context.clear_cache()
    t0, c0 = time.perf_counter(), time.process_time()
    compare_story(story, arts, ans)
    cold_s, cold_cpu = time.perf_counter() - t0, time.process_time() - c0
    sources = {a.id: context.texts_to_embed(a, analyses[a.id]) for a in articles}
    per_article = sum(len(t) for t in sources.values()) / len(sources)
    print(f"event {event!r}: {len(articles)} source articles -> {n} articles ({len(copies)} copies), "
          f"{sum(len(a.text) for a in arts.values()) // 1000} k chars, {len(stored)} distinct texts to embed "
          f"(a source article has {per_article:.0f})")
    print(f"embedding every article's texts once, as the pipeline does on arrival: {embed_s:.2f} "
          f"({embed_cpu:.2f}) wall (CPU) s, {embed_s / len(articles):.2f} ({embed_cpu / len(articles):.2f}) "
          f"per source article, {1000 * embed_s / max(len(stored), 1):.0f} ms per text")
    print(f"compare_story with the stored vectors, cache cleared: median {statistics.median(times):.2f} "
          f"({statistics.median(cpu):.2f}) wall (CPU) s over {runs} runs")
    print(f"compare_story without vectors (embeds everything itself): {cold_s:.2f} ({cold_cpu:.2f})")
    print(f"facts {len(briefing.facts)} (single-outlet {sum(f.single_outlet for f in briefing.facts)}), "
          f"tensions {len(briefing.tensions)}, word choices {len(briefing.word_choice)}, "
          f"timeline {len(briefing.timeline)}, ledger {len(briefing.positions)}")


@dataclass
class EcbDocument:
    article: Article
    event: str  # "ecb" or "ecbplus": the topic's two events
    lines: list[int]  # character offset where each sentence starts
    actions: list[set[str]]  # per sentence: the cross-document action instances it mentions


def ecb_documents(topic: Path, per_event: int) -> list[EcbDocument]:
    """Up to ``per_event`` documents of each of the topic's two events, sentences one per line."""
    out = []
    for suffix in ("ecb", "ecbplus"):
        paths = sorted(topic.glob(f"*_[0-9]*{suffix}.xml"), key=lambda p: int(p.stem.split("_")[1][: -len(suffix)]))
        for path in paths[:per_event]:
            root = ET.parse(path).getroot()
            sentence_of = {t.get("t_id"): int(t.get("sentence", "0")) for t in root.iter("token")}
            words: dict[int, list[str]] = {}
            for token in root.iter("token"):
                words.setdefault(int(token.get("sentence", "0")), []).append(token.text or "")
            mention_sentences = {m.get("m_id"): {sentence_of[a.get("t_id")] for a in m.iter("token_anchor")}
                                 for m in root.find("Markables") or []}
            instances: dict[int, set[str]] = {}
            for rel in root.iter("CROSS_DOC_COREF"):
                if (rel.get("note") or "").startswith("ACT"):
                    for src in rel.iter("source"):
                        for sent in mention_sentences.get(src.get("m_id"), ()):
                            instances.setdefault(sent, set()).add(rel.get("note"))
            kept = [(k, _detokenize(w)) for k, w in sorted(words.items()) if "http" not in " ".join(w)]
            text, lines = "", []
            for _, line in kept:
                lines.append(len(text))
                text += line + "\n"
            article = Article(id=path.stem, source=path.name, text=text.rstrip("\n"), outlet=path.stem)
            out.append(EcbDocument(article, suffix, lines, [instances.get(k, set()) for k, _ in kept]))
    return out


def _detokenize(tokens: list[str]) -> str:
    """ECB+ sentences are token lists: glue punctuation and split figures back ("$ 4 . 3" -> "$4.3")."""
    text = " ".join(tokens).replace("``", '"').replace("''", '"')
    text = re.sub(r" ([.,;:!?%)]|'s\b|n't\b)", r"\1", text)
    text = re.sub(r"([($]) ", r"\1", text)
    return re.sub(r"(\d)([.,]) ?(\d)", r"\1\2\3", text)


def threshold_sweep(topics: int, per_event: int, thresholds: list[float]) -> None:
    """ECB+ topics hold two events of one kind, and mark which sentences of different documents mention
    the same action. For each threshold: the share of document pairs of one event, and of the topic's
    two events, that share a fact; links (clause pairs of one fact, different documents) that join the
    two events (mostly false, some shared background); among links within one event between annotated
    sentences, those whose sentences mention the same action (supported); and the share of annotated
    same-action sentence pairs that some link joins (recall). No analyses: clauses alone."""
    folders = sorted((p for p in (SHARED / "data/ecbplus").iterdir() if p.is_dir()), key=lambda p: int(p.name))
    keys = ("links", "crossing", "annotated", "supported", "found", "same pairs", "cross pairs")
    stats = {t: dict.fromkeys(keys, 0) for t in thresholds}
    gold_total = same_total = cross_total = 0
    for topic in folders[:topics]:
        docs = {d.article.id: d for d in ecb_documents(topic, per_event)}
        articles = {aid: d.article for aid, d in docs.items()}
        ctx = context.build(Story(topic.name, list(articles)), articles, {}, {})
        line = [bisect.bisect_right(docs[u.article_id].lines, u.span.start) - 1 for u in ctx.units]
        gold = set()
        for a, b in itertools.combinations(sorted(docs), 2):
            da, db = docs[a], docs[b]
            same_total += da.event == db.event
            cross_total += da.event != db.event
            if da.event == db.event:
                gold |= {((a, i), (b, j)) for i, x in enumerate(da.actions) for j, y in enumerate(db.actions)
                         if x & y}
        gold_total += len(gold)
        for t in thresholds:
            st, found, pairs = stats[t], set(), set()
            for idx in facts.align(ctx, t).groups:
                for x, y in itertools.combinations(sorted(idx, key=lambda k: ctx.units[k].article_id), 2):
                    (a, i), (b, j) = (ctx.units[x].article_id, line[x]), (ctx.units[y].article_id, line[y])
                    st["links"] += 1
                    pairs.add((a, b))
                    if docs[a].event != docs[b].event:
                        st["crossing"] += 1
                    elif docs[a].actions[i] and docs[b].actions[j]:
                        st["annotated"] += 1
                        st["supported"] += bool(docs[a].actions[i] & docs[b].actions[j])
                        found.add(((a, i), (b, j)))
            st["found"] += len(found & gold)
            st["same pairs"] += sum(docs[a].event == docs[b].event for a, b in pairs)
            st["cross pairs"] += sum(docs[a].event != docs[b].event for a, b in pairs)
    print(f"ECB+ {topics} topics x 2 events x {per_event} documents: {same_total} same-event and {cross_total} "
          f"cross-event document pairs, {gold_total} annotated same-action sentence pairs within an event")
    print("threshold  doc pairs sharing a fact: same event / other event  links  joining both events  "
          "supported  recall")
    for t, st in stats.items():
        same, cross = st["same pairs"] / max(same_total, 1), st["cross pairs"] / max(cross_total, 1)
        print(f"{t:9.2f}  {same:30.1%} / {cross:11.1%}"
              f"  {st['links']:5d}  {st['crossing'] / max(st['links'], 1):19.1%}  "
              f"{st['supported'] / max(st['annotated'], 1):9.1%}  {st['found'] / max(gold_total, 1):6.1%}")


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
    parser.add_argument("--ecb", type=int, default=0, metavar="TOPICS", help="false merges on ECB+ topics")
    args = parser.parse_args()
    if args.seeds:
        seeds()
    elif args.ecb:
        threshold_sweep(args.ecb, per_event=4, thresholds=[0.52, 0.56, 0.6, 0.64, 0.68, 0.72, 0.76, 0.8])
    else:
        bench(args.event, args.articles, args.runs)


if __name__ == "__main__":
    main()
