"""Story clustering accuracy: B-cubed and ARI on ECB+ and Giveme5W1H, Pearson r on SemEval-2022 Task 8.

    .venv/bin/python bench/cluster.py [--tune] [--shared ../shared]

ECB+ has 43 topics with two events each (the ``*ecb.xml`` and ``*ecbplus.xml`` documents of a topic
report two different events of the same kind); the gold story of a document is its (topic, event).
It is clustered topic by topic (the hard part: two similar events) and all documents together, in a
seeded random order. Giveme5W1H has 13 events (its ``category``; the one document without one is its
own event), clustered with and without publication dates. One-pass clustering depends on the arrival
order, so the all-together runs are also scored in ``ORDERS`` other seeded orders (mean, lowest,
highest). SemEval-2022 Task 8 scores English article pairs 1 (same story) to 4 (different): a good
similarity correlates negatively with it. ``--tune`` sweeps the weights on ECB+ (all documents, mean
over the orders) and prints the best.

Lead embeddings and actor names (what the pipeline passes: ``extract_entities`` canonical names) are
cached under the system temp folder, so a second run takes about a minute.
"""

from __future__ import annotations

import argparse
import csv
import glob
import hashlib
import itertools
import json
import random
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from parallax.analyze.entities import extract_entities
from parallax.analyze.nlp import load
from parallax.model import Article
from parallax.stories.cluster import StoryIndex
from parallax.stories.score import Params, article_vectors, lead_text, numbers_in, pair_score

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(tempfile.gettempdir()) / "parallax-bench-cluster"
ORDERS = 8  # arrival orders the one-pass clustering is also scored in


@dataclass
class Item:
    article: Article
    label: str
    group: str = ""  # ECB+ topic


def ecbplus(shared: Path) -> list[Item]:
    items = []
    for path in sorted(glob.glob(str(shared / "data/ecbplus/*/*.xml"))):
        name = Path(path).name
        root = ET.parse(path).getroot()
        sentences: dict[str, list[str]] = defaultdict(list)
        for token in root.iter("token"):
            sentences[token.get("sentence", "0")].append(token.text or "")
        lines = [" ".join(words) for _, words in sorted(sentences.items(), key=lambda kv: int(kv[0]))]
        lines = [line for line in lines if "http" not in line]  # ECB+ keeps the page URL as sentence 0
        topic = name.split("_")[0]
        event = topic + ("+" if "ecbplus" in name else "")
        items.append(Item(Article(id=name, source="ecbplus", text="\n".join(lines)), event, topic))
    return items


def giveme(shared: Path, dated: bool) -> list[Item]:
    items = []
    for path in sorted(glob.glob(str(shared / "data/giveme5w1h-gold/*.json"))):
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
        published = str(doc.get("date_publish") or "") if dated else ""
        article = Article(
            id=doc["dId"],
            source="giveme5w1h",
            title=doc.get("title"),
            text=doc.get("text") or "",
            published=published.replace(" ", "T") if published and published != "None" else None,
        )
        items.append(Item(article, doc.get("category") or "unlabelled:" + doc["dId"]))
    return items


def semeval(shared: Path) -> tuple[list[Article], list[tuple[int, int, float]]]:
    articles: list[Article] = []
    pairs = []
    with open(shared / "data/semeval2022-task8/training_set.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["lang1"] != "en" or row["lang2"] != "en":
                continue
            ids = []
            for key in ("text1", "text2"):
                title, _, body = row[key].strip().partition("  ")  # the title, when one is set apart
                if not body:
                    title, body = "", title
                articles.append(
                    Article(id=f"{row['pair_id']}:{key}", source="semeval", title=title or None, text=body)
                )
                ids.append(len(articles) - 1)
            pairs.append((ids[0], ids[1], float(row["Overall"])))
    return articles, pairs


def features(articles: list[Article]) -> tuple[np.ndarray, list[list[str]]]:
    """Lead vectors and actor names, each cached by the texts they come from.

    The actors are what the pipeline passes to ``StoryIndex.assign``: the canonical names
    ``parallax.analyze.entities.extract_entities`` gives for the whole article text.
    """
    CACHE.mkdir(exist_ok=True)
    leads = [lead_text(a) for a in articles]
    vectors_file = CACHE / f"{_digest(leads)}.npz"
    if vectors_file.exists():
        vectors = np.load(vectors_file, allow_pickle=False)["vectors"]
    else:
        vectors = article_vectors(articles)
        np.savez(vectors_file, vectors=vectors)
    actors_file = CACHE / f"{_digest([a.text for a in articles])}-entities.json"
    if actors_file.exists():
        return vectors, json.loads(actors_file.read_text(encoding="utf-8"))
    docs = load().pipe((a.text for a in articles), batch_size=16)
    actors = [[e.name for e in extract_entities(doc)] for doc in docs]
    actors_file.write_text(json.dumps(actors), encoding="utf-8")
    return vectors, actors


def _digest(texts: list[str]) -> str:
    return hashlib.sha1("\x00".join(texts).encode()).hexdigest()[:16]


def cluster(items: list[Item], vectors: np.ndarray, actors: list[list[str]], params: Params) -> list[str]:
    """The final story of each item (a later article may merge the story an earlier one joined)."""
    index = StoryIndex(params)
    for i, it in enumerate(items):
        index.assign(it.article, vectors[i], actors[i])
    return [index.story_of(it.article.id) or "" for it in items]


def bcubed(pred: list[str], gold: list[str]) -> tuple[float, float, float]:
    by_pred, by_gold, both = Counter(pred), Counter(gold), Counter(zip(pred, gold, strict=True))
    p = sum(both[(a, b)] / by_pred[a] for a, b in zip(pred, gold, strict=True)) / len(pred)
    r = sum(both[(a, b)] / by_gold[b] for a, b in zip(pred, gold, strict=True)) / len(pred)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def ari(pred: list[str], gold: list[str]) -> float:
    def pairs(counts: Counter) -> float:
        return sum(c * (c - 1) / 2 for c in counts.values())

    n = len(pred)
    index = pairs(Counter(zip(pred, gold, strict=True)))
    a, b, total = pairs(Counter(pred)), pairs(Counter(gold)), n * (n - 1) / 2
    expected = a * b / total if total else 0.0
    top = (a + b) / 2 - expected
    return (index - expected) / top if top else 1.0


def score_sets(items, vectors, actors, params, by_topic: bool) -> tuple[float, float, float, float, int]:
    pred: list[str] = []
    gold: list[str] = []
    aris = []
    groups = defaultdict(list) if by_topic else {"": list(range(len(items)))}
    if by_topic:
        for i, it in enumerate(items):
            groups[it.group].append(i)
    for rows in groups.values():
        sub = [items[i] for i in rows]
        labels = cluster(sub, vectors[rows], [actors[i] for i in rows], params)
        pred += [f"{sub[0].group}/{x}" for x in labels]
        gold += [it.label for it in sub]
        aris.append(ari(labels, [it.label for it in sub]))
    p, r, f = bcubed(pred, gold)
    return p, r, f, float(np.mean(aris)), len(set(pred))


def over_orders(items, vectors, actors, params: Params, count: int = ORDERS) -> list[float]:
    """B-cubed F1 of all items clustered together in ``count`` seeded random arrival orders."""
    scores = []
    for seed in range(1, count + 1):
        order = list(range(len(items)))
        random.Random(seed).shuffle(order)
        picked = [items[i] for i in order]
        scores.append(score_sets(picked, vectors[order], [actors[i] for i in order], params, by_topic=False)[2])
    return scores


def pearson(articles, pairs, vectors, actors, params: Params) -> float:
    ours, theirs = [], []
    for a, b, overall in pairs:
        ours.append(
            pair_score(
                vectors[a],
                vectors[b],
                frozenset(x.casefold() for x in actors[a]),
                frozenset(x.casefold() for x in actors[b]),
                numbers_in(lead_text(articles[a])),
                numbers_in(lead_text(articles[b])),
                params=params,
            )
        )
        theirs.append(overall)
    return float(np.corrcoef(ours, theirs)[0, 1])


def tune(items: list[Item], vectors: np.ndarray, actors: list[list[str]], params: Params) -> None:
    """Sweep the score's weights on ECB+ (all documents, mean over orders); print the 15 best."""
    results = []
    for threshold, gather, actor_weight in itertools.product(
        np.arange(0.70, 0.83, 0.02), (0.0, 0.03, 0.06), (0.35, 0.5)
    ):
        trial = replace(params, threshold=float(threshold), gather=gather, actors=actor_weight)
        scores = over_orders(items, vectors, actors, trial)
        results.append((float(np.mean(scores)), min(scores), trial))
    print("| threshold | gather | actors | B3 F1 mean | lowest |")
    for mean, low, t in sorted(results, key=lambda x: -x[0])[:15]:
        print(f"| {t.threshold:.2f} | {t.gather} | {t.actors} | {mean:.3f} | {low:.3f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--tune", action="store_true")
    args = parser.parse_args()
    params = Params()
    started = time.time()

    ecb = ecbplus(args.shared)
    random.Random(13).shuffle(ecb)
    ecb_vectors, ecb_actors = features([it.article for it in ecb])
    if args.tune:
        tune(ecb, ecb_vectors, ecb_actors, params)
        return

    rows = []
    spread = [("ECB+ all docs together", over_orders(ecb, ecb_vectors, ecb_actors, params))]
    for name, by_topic in (("ECB+ per topic (86 events, 982 docs)", True), ("ECB+ all docs together", False)):
        rows.append((name, *score_sets(ecb, ecb_vectors, ecb_actors, params, by_topic)))
    for dated in (True, False):
        five = giveme(args.shared, dated)
        vectors, actors = features([it.article for it in five])
        name = f"Giveme5W1H (13 events, 96 docs), {'with' if dated else 'without'} dates"
        rows.append((name, *score_sets(five, vectors, actors, params, by_topic=False)))
        spread.append((name, over_orders(five, vectors, actors, params)))
    print(f"params: {params}")
    print("| set | B3 P | B3 R | B3 F1 | ARI | stories |")
    print("|---|---|---|---|---|---|")
    for name, p, r, f, a, n in rows:
        print(f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} | {a:.3f} | {n} |")
    print(f"| set | B3 F1, mean of {ORDERS} arrival orders | lowest | highest |")
    print("|---|---|---|---|")
    for name, scores in spread:
        print(f"| {name} | {np.mean(scores):.3f} | {min(scores):.3f} | {max(scores):.3f} |")
    articles, pairs = semeval(args.shared)
    vectors, actors = features(articles)
    r = pearson(articles, pairs, vectors, actors, params)
    print(f"SemEval-2022 Task 8, {len(pairs)} English pairs: Pearson r = {r:.3f} (Overall: 1 same .. 4 different)")
    print(f"({time.time() - started:.0f} s)")


if __name__ == "__main__":
    main()
