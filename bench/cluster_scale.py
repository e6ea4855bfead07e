"""Cost of ``StoryIndex.assign`` per new article as the index grows to 100,000 articles.

    .venv/bin/python bench/cluster_scale.py [--rate 300] [--probe 1000]

Synthetic stream: stories of geometric size (mean 4) whose members are noisy copies of a random unit
centre (cosine about 0.8 to it), published within two days of each other at ``--rate`` articles a day,
each with a few actors from a pool. The index is loaded with the first N articles (``from_state``, the
way a stored index comes back), then ``--probe`` further articles are assigned and timed, dated and
undated. ``CopyIndex.add`` is timed on random 600-word texts. The embedding of a lead is measured
separately on real ECB+ texts when ../shared is there.
"""

from __future__ import annotations

import argparse
import glob
import time
import xml.etree.ElementTree as ET
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

from parallax.model import Article
from parallax.stories.cluster import StoryIndex
from parallax.stories.dedup import CopyIndex
from parallax.stories.embed import DIM
from parallax.stories.score import Params, article_vectors

ROOT = Path(__file__).resolve().parent.parent
START = datetime(2024, 1, 1, tzinfo=UTC)


def stream(total: int, rate: float, seed: int = 7):
    """Article ids, vectors, days, actors and true story ids of a synthetic news stream."""
    rng = np.random.default_rng(seed)
    vectors = np.zeros((total, DIM), dtype=np.float32)
    days = np.zeros(total)
    stories: list[str] = []
    actors: list[list[str]] = []
    row = 0
    while row < total:
        size = min(int(rng.geometric(0.25)), total - row)
        centre = rng.standard_normal(DIM)
        centre /= np.linalg.norm(centre)
        noise = rng.standard_normal((size, DIM)) * 0.75 / np.sqrt(DIM)
        members = centre + noise
        vectors[row : row + size] = members / np.linalg.norm(members, axis=1, keepdims=True)
        days[row : row + size] = row / rate + rng.uniform(0, 2, size)
        cast = [f"actor {n}" for n in rng.integers(0, 50_000, 4)]
        for _ in range(size):
            stories.append(f"s-a{row}")
            actors.append(list(rng.choice(cast, 2, replace=False)))
        row += size
    order = np.argsort(days, kind="stable")
    return vectors[order], days[order], [stories[i] for i in order], [actors[i] for i in order]


def loaded(n: int, vectors, days, stories, actors) -> StoryIndex:
    state = {
        "params": asdict(Params()),
        "ids": [f"a{i}" for i in range(n)],
        "vectors": vectors[:n],
        "days": days[:n],
        "stories": stories[:n],
        "actors": actors[:n],
        "numbers": [[] for _ in range(n)],
        "copies": {},
        "corrections": [],
    }
    return StoryIndex.from_state(state)


def probe(index: StoryIndex, start: int, count: int, vectors, days, actors, dated: bool) -> float:
    began = time.perf_counter()
    for i in range(start, start + count):
        when = START + timedelta(days=float(days[i])) if dated else None
        index.assign(Article(id=f"a{i}", source="bench", text=""), vectors[i], actors[i], when)
    return (time.perf_counter() - began) / count * 1000


def embedding_ms(shared: Path, count: int = 32) -> float | None:
    paths = sorted(glob.glob(str(shared / "data/ecbplus/*/*ecb.xml")))[:count]
    if not paths:
        return None
    texts = [" ".join(t.text or "" for t in ET.parse(p).getroot().iter("token")) for p in paths]
    articles = [Article(id=str(i), source="bench", text=t) for i, t in enumerate(texts)]
    article_vectors(articles[:2])  # load the model outside the timing
    began = time.perf_counter()
    article_vectors(articles)
    return (time.perf_counter() - began) / len(articles) * 1000


def dedup_ms(count: int = 2000, words: int = 600, seed: int = 3) -> float:
    """``CopyIndex.add`` on random texts of ``words`` words, one in five an edited copy of an earlier one."""
    rng = np.random.default_rng(seed)
    vocabulary = [f"w{i}" for i in range(20_000)]
    texts: list[str] = []
    for i in range(count):
        if i % 5 == 4:
            words_of = texts[int(rng.integers(0, i))].split()
            words_of[int(rng.integers(0, len(words_of)))] = "edited"
            texts.append(" ".join(words_of))
        else:
            texts.append(" ".join(rng.choice(vocabulary, words)))
    index = CopyIndex()
    began = time.perf_counter()
    for i, text in enumerate(texts):
        index.add(str(i), text)
    return (time.perf_counter() - began) / count * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=300.0, help="articles published per day")
    parser.add_argument("--probe", type=int, default=1000, help="articles timed at each size")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    sizes = (1_000, 10_000, 100_000)
    vectors, days, stories, actors = stream(sizes[-1] + 2 * args.probe, args.rate)
    print(f"stream: {args.rate:.0f} articles a day, {len(set(stories))} stories; Params() defaults")
    print("| articles in index | load (s) | assign, dated (ms/article) | assign, undated (ms/article) |")
    print("|---|---|---|---|")
    for n in sizes:
        began = time.perf_counter()
        index = loaded(n, vectors, days, stories, actors)
        load = time.perf_counter() - began
        dated = probe(index, n, args.probe, vectors, days, actors, dated=True)
        undated = probe(index, n + args.probe, args.probe, vectors, days, actors, dated=False)
        print(f"| {n:,} | {load:.1f} | {dated:.2f} | {undated:.2f} |")
    print(f"CopyIndex.add, 600-word texts, 2,000 added: {dedup_ms():.2f} ms/article")
    ms = embedding_ms(args.shared)
    if ms is not None:
        print(f"embedding a lead (title + 200 words), batched: {ms:.1f} ms/article")


if __name__ == "__main__":
    main()
