"""NewsMTSC for the tone classifier: the labelled targets, the seeded held-out split and the parses.

A fixed, seeded 20% of the sentences (``SEED``) is held out from all training and tuning; training
(``scripts/train_tone.py``), the benchmark (``bench/tone.py``) and the tests share it, so their
numbers compare. Sentences stay whole across splits.
"""

from __future__ import annotations

import json
import pickle
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from parallax.analyze.nlp import load as load_nlp

SEED = 13
HELD_OUT = 0.2
POLARITY = {2.0: 0, 4.0: 1, 6.0: 2}  # negative, neutral, positive (order of tone.LABELS)


@dataclass(frozen=True, slots=True)
class Target:
    """A labelled target in a sentence: its offsets and its polarity."""

    start: int
    end: int
    label: int


def load(path: Path) -> list[tuple[str, list[Target]]]:
    """Per sentence, its text and labelled targets (sentences stay whole across splits)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        rows.append((record["sentence_normalized"], [
            Target(int(t["from"]), int(t["to"]), POLARITY[float(t["polarity"])])
            for t in record["targets"]
            if float(t["polarity"]) in POLARITY
        ]))
    return rows


def split(rows: list, fraction: float, seed: int) -> tuple[list, list]:
    """The rows in a seeded order, cut into (1 - fraction, fraction) parts."""
    order = np.random.default_rng(seed).permutation(len(rows))
    cut = int(len(rows) * fraction)
    return [rows[i] for i in order[cut:]], [rows[i] for i in order[:cut]]


def parse(texts: list[str], cache: Path | None = None) -> list[Doc]:
    """The texts parsed by the project's pipeline; with ``cache``, parsed once and kept there."""
    nlp = load_nlp()
    file = cache / f"tone_docs_{len(texts)}.pkl" if cache else None
    if file and file.is_file():
        return [Doc(nlp.vocab).from_bytes(b) for b in pickle.loads(file.read_bytes())]
    docs = list(nlp.pipe(texts, batch_size=128))
    if file:
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_bytes(pickle.dumps([d.to_bytes() for d in docs]))
    return docs


def examples(pairs: list[tuple[tuple[str, list[Target]], Doc]]) -> tuple[list[SpacySpan], np.ndarray]:
    """The target mentions of (row, parsed doc) pairs as spaCy spans, and their labels."""
    spans, labels = [], []
    for (_, targets), doc in pairs:
        for t in targets:
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is not None and len(span):
                spans.append(span)
                labels.append(t.label)
    return spans, np.array(labels, dtype=np.int64)


def held_out(path: Path, sample: int | None = None, cache: Path | None = None) -> tuple[list[SpacySpan], np.ndarray]:
    """The held-out target mentions (never trained or tuned on) and gold labels; a seeded sample of
    ``sample`` held-out sentences when given."""
    rows = split(load(path), HELD_OUT, SEED)[1]
    if sample and sample < len(rows):
        rows = [rows[i] for i in np.sort(np.random.default_rng(SEED).choice(len(rows), sample, replace=False))]
    return examples(list(zip(rows, parse([text for text, _ in rows], cache), strict=True)))
