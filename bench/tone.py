"""Tone toward a target: macro-F1 of the shipped weights on the held-out NewsMTSC part, and speed.

The held-out part is the one ``scripts/train_tone.py`` never trains or tunes on (``scripts/tone_data``,
same seed). Speed is ``actor_tone`` alone against ``nlp(text)`` (the spaCy parse it reads) on the
example articles and a sample of the Giveme5W1H articles, one process.

    .venv/bin/python bench/tone.py ../shared/data/newsmtsc/train.jsonl --cache /tmp/tonecache
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.tone_data import held_out

from parallax.analyze.entities import extract_entities
from parallax.analyze.nlp import load
from parallax.analyze.tone import LABELS, actor_tone, class_f1, macro_f1, probabilities

ROOT = Path(__file__).resolve().parent.parent


def articles(shared: Path, sample: int) -> list[str]:
    """The example article texts and the first ``sample`` Giveme5W1H article bodies."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "articles").glob("*.txt"))]
    records = sorted((shared / "data" / "giveme5w1h-gold").glob("*.json"))[:sample]
    texts += [json.loads(p.read_text(encoding="utf-8"))["text"] for p in records]
    return [t for t in texts if t.strip()]


def speed(texts: list[str]) -> tuple[float, float]:
    """Mean seconds per article of the parse and of ``actor_tone`` (entities not counted)."""
    nlp = load()
    warm = nlp("Maria Lopez spoke.")
    actor_tone(warm, extract_entities(warm))  # loads the weights and the encoder
    parse = tone = 0.0
    for text in texts:
        t0 = time.perf_counter()
        doc = nlp(text)
        t1 = time.perf_counter()
        actors = extract_entities(doc)
        t2 = time.perf_counter()
        actor_tone(doc, actors)
        parse, tone = parse + t1 - t0, tone + time.perf_counter() - t2
    return parse / len(texts), tone / len(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--sample", type=int, default=None, help="held-out sentences (default: all)")
    parser.add_argument("--cache", type=Path, default=None, help="folder to keep parsed sentences in")
    parser.add_argument("--articles", type=int, default=20, help="Giveme5W1H articles timed")
    args = parser.parse_args()
    mentions, gold = held_out(args.data, args.sample, args.cache)
    pred = probabilities(mentions).argmax(axis=1)
    print(f"held-out mentions {len(gold)}  macro-F1 {macro_f1(gold, pred, len(LABELS)):.3f}  "
          f"accuracy {(pred == gold).mean():.3f}")
    for name, f1, n in zip(LABELS, class_f1(gold, pred, len(LABELS)), (gold == c for c in range(3)), strict=True):
        print(f"  {name:9} F1 {f1:.3f}  gold {int(n.sum())}")
    texts = articles(args.data.parents[2], args.articles)
    parse, tone = speed(texts)
    print(f"{len(texts)} articles ({sum(map(len, texts)) // len(texts)} chars on average): parse "
          f"{1000 * parse:.0f} ms, actor_tone {1000 * tone:.1f} ms per article ({tone / parse:.1%} of the parse)")


if __name__ == "__main__":
    main()
