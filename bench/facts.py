"""How well the facts of a briefing align clauses that state the same thing, on ECB+.

    .venv/bin/python bench/facts.py [--per-event 5] [--topics 0] [--sweep]

ECB+ marks, in some sentences of each document, the event mentions (ACTION_*) and links them across
documents to one event instance (CROSS_DOC_COREF). Each topic holds two events (its ecb and ecbplus
documents); the first ``--per-event`` documents of one event make one story, compared as the pipeline
does (``compare_story`` without analyses, as ``bench/compare.py --ecb``, or with ``--analyses`` with each
document's analysis, as the pipeline does: the clause cuts read off the parse come with it; documents are
read with its ``ecb_documents``). Each fact's clauses are mapped back to their sentences by offset, and only
annotated sentences (those with a markable) are scored:

* precision: among sentence pairs of different documents that one fact joins, both annotated, the
  share whose sentences mention a common event instance;
* recall: among annotated sentence pairs of different documents that mention a common event instance,
  the share some fact joins. A fact holds one clause per article, so when two documents each mention
  an event in several sentences most of these pairs cannot be joined; hence also
* sentences joined: among annotated sentences with such a partner, the share that some fact joins to
  one of its partners (the "reported by both" an analyst reads).

Topics alternate between a tuning half and a held-out half (sorted by number: 1st, 3rd, ... tune).
Clause vectors are cached in ``/tmp/parallax_facts_vectors.npz`` so reruns embed only new clauses.
``--sweep`` also scores ``facts.align`` at several thresholds on the same clauses.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from compare import SHARED, EcbDocument, ecb_documents
from parallax.analyze import analyze_articles
from parallax.compare import compare_story, context, facts
from parallax.model import Analysis, Story
from parallax.stories.embed import embed

CACHE = Path("/tmp/parallax_facts_vectors.npz")
Pair = tuple[tuple[str, int], tuple[str, int]]


@dataclass
class Score:
    aligned: int = 0  # aligned sentence pairs, both annotated
    correct: int = 0  # of those, sharing an event instance
    gold: int = 0
    found: int = 0
    partnered: int = 0  # annotated sentences with a same-event sentence in another document
    joined: int = 0  # of those, sentences that share a fact with one such sentence
    stories: int = 0
    docs: int = 0

    def add(self, gold: set[Pair], pairs: set[Pair], annotated: set[tuple[str, int]]) -> None:
        judged = {p for p in pairs if p[0] in annotated and p[1] in annotated}
        self.aligned += len(judged)
        self.correct += len(judged & gold)
        self.gold += len(gold)
        self.found += len(pairs & gold)
        self.partnered += len({s for p in gold for s in p})
        self.joined += len({s for p in pairs & gold for s in p})

    def prf(self) -> tuple[float, float, float]:
        p = self.correct / max(self.aligned, 1)
        r = self.found / max(self.gold, 1)
        return p, r, 2 * p * r / max(p + r, 1e-9)

    def line(self, name: str) -> str:
        p, r, f = self.prf()
        return (f"{name:10} {self.stories:3d} stories {self.docs:4d} docs  gold pairs {self.gold:5d}  "
                f"aligned {self.aligned:5d}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}  "
                f"sentences joined {self.joined / max(self.partnered, 1):.3f}")


def annotated_sentences(doc: EcbDocument) -> set[int]:
    """Indexes (into ``doc.lines``, which leaves out sentences with a link) of the sentences that carry
    a markable."""
    root = ET.parse(SHARED / "data/ecbplus" / doc.article.id.split("_")[0] / doc.article.source).getroot()
    words: dict[int, list[str]] = {}
    sentence_of = {}
    for token in root.iter("token"):
        sentence_of[token.get("t_id")] = int(token.get("sentence", "0"))
        words.setdefault(sentence_of[token.get("t_id")], []).append(token.text or "")
    marked = {sentence_of[a.get("t_id")] for m in root.find("Markables") or [] for a in m.iter("token_anchor")}
    kept = [k for k, w in sorted(words.items()) if "http" not in " ".join(w)]
    return {i for i, k in enumerate(kept) if k in marked}


def gold_pairs(docs: dict[str, EcbDocument]) -> set[Pair]:
    out = set()
    for a, b in itertools.combinations(sorted(docs), 2):
        out |= {((a, i), (b, j)) for i, x in enumerate(docs[a].actions) for j, y in enumerate(docs[b].actions)
                if x & y}
    return out


def pairs_of(groups: list[list[tuple[str, int]]]) -> set[Pair]:
    """Sentence pairs of different documents that one group joins."""
    out = set()
    for group in groups:
        for x, y in itertools.combinations(sorted(group), 2):
            if x[0] != y[0]:
                out.add((x, y))
    return out


def line_of(doc: EcbDocument, offset: int) -> int:
    return bisect.bisect_right(doc.lines, offset) - 1


def load_cache() -> dict[str, np.ndarray]:
    if not CACHE.exists():
        return {}
    data = np.load(CACHE, allow_pickle=False)
    return dict(zip(data["texts"].tolist(), data["vectors"], strict=True))


def vectors_for(
    stories: list[dict[str, EcbDocument]], cache: dict[str, np.ndarray], analyses: dict[str, Analysis]
) -> bool:
    texts = {
        t for docs in stories for d in docs.values()
        for t in context.texts_to_embed(d.article, analyses.get(d.article.id))
    }
    missing = sorted(texts - cache.keys(), key=len)
    if missing:
        cache.update(zip(missing, embed(missing), strict=True))
    return bool(missing)


def save_cache(cache: dict[str, np.ndarray]) -> None:
    texts = list(cache)
    np.savez(CACHE, texts=np.array(texts), vectors=np.stack([cache[t] for t in texts]))


def stories_of(topic: Path, per_event: int) -> list[dict[str, EcbDocument]]:
    docs = ecb_documents(topic, per_event)
    return [{d.article.id: d for d in docs if d.event == e} for e in ("ecb", "ecbplus")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--per-event", type=int, default=5)
    parser.add_argument("--topics", type=int, default=0, help="first N topics only (0: all)")
    parser.add_argument("--sweep", action="store_true")
    parser.add_argument("--analyses", action="store_true", help="analyse the documents first, as the pipeline does")
    args = parser.parse_args()
    folders = sorted((p for p in (SHARED / "data/ecbplus").iterdir() if p.is_dir()), key=lambda p: int(p.name))
    folders = folders[: args.topics or None]
    halves = {"tune": folders[0::2], "held-out": folders[1::2]}
    cache = load_cache()
    thresholds = [0.56, 0.6, 0.64, 0.68, 0.72, 0.76] if args.sweep else []
    t0 = time.perf_counter()
    for name, topics in halves.items():
        score, sweep = Score(), {t: Score() for t in thresholds}
        stories = [s for topic in topics for s in stories_of(topic, args.per_event) if len(s) > 1]
        documents = [d.article for docs in stories for d in docs.values()] if args.analyses else []
        analyses = {a.id: analysis for a, analysis in zip(documents, analyze_articles(documents), strict=True)}
        if vectors_for(stories, cache, analyses):
            save_cache(cache)
        for docs in stories:
            articles = {aid: d.article for aid, d in docs.items()}
            annotated = {(aid, i) for aid, d in docs.items() for i in annotated_sentences(d)}
            gold = gold_pairs(docs)
            story = Story(next(iter(docs)), list(articles))
            own = {aid: analyses[aid] for aid in articles if aid in analyses}
            briefing = compare_story(story, articles, own, vectors=cache)
            groups = [[(aid, line_of(docs[aid], s.start)) for aid, s in f.reported_by.items()]
                      for f in briefing.facts]
            score.add(gold, pairs_of(groups), annotated)
            score.stories += 1
            score.docs += len(docs)
            if thresholds:
                ctx = context.build(story, articles, own, {}, given=cache)
                for t in thresholds:
                    aligned = facts.align(ctx, t).groups
                    groups = [[(ctx.units[k].article_id, line_of(docs[ctx.units[k].article_id],
                                                                 ctx.units[k].span.start)) for k in g]
                              for g in aligned]
                    sweep[t].add(gold, pairs_of(groups), annotated)
                    sweep[t].stories += 1
                    sweep[t].docs += len(docs)
        print(score.line(name))
        for t, s in sweep.items():
            print(s.line(f"  t={t:.2f}"))
    print(f"{time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
