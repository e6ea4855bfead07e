"""Tone toward a target: macro-F1 of the shipped weights on the held-out NewsMTSC part, and speed.

The held-out part is the one ``scripts/train_tone.py`` never trains or tunes on (same seed).

    .venv/bin/python bench/tone.py ../shared/data/newsmtsc/train.jsonl [--sample N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.train_tone import HELD_OUT, SEED, held_sample, load, split

from parallax.analyze.tone import LABELS, macro_f1, probabilities
from parallax.analyze.tone_features import Mention


def held_out(path: Path, sample: int | None = None) -> tuple[list[Mention], np.ndarray]:
    """The held-out mentions (never trained or tuned on) and their gold labels, optionally sampled."""
    return held_sample(split(load(path), HELD_OUT, SEED)[1], sample)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--sample", type=int, default=800)
    args = parser.parse_args()
    mentions, gold = held_out(args.data, args.sample)
    t0 = time.perf_counter()
    pred = probabilities(mentions).argmax(axis=1)
    took = time.perf_counter() - t0
    print(f"held-out mentions {len(gold)}  macro-F1 {macro_f1(gold, pred, len(LABELS)):.3f}  "
          f"accuracy {(pred == gold).mean():.3f}  ({1000 * took / len(gold):.1f} ms/mention)")
    for c, name in enumerate(LABELS):
        tp = ((pred == c) & (gold == c)).sum()
        f1 = 2 * tp / max((pred == c).sum() + (gold == c).sum(), 1)
        print(f"  {name:9} F1 {f1:.3f}  gold {(gold == c).sum()}")


if __name__ == "__main__":
    main()
