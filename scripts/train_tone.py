"""Train the tone-toward-a-target classifier on NewsMTSC and report macro-F1 on a held-out part.

The sentences are parsed with the project's spaCy pipeline and each target mention is turned into
``tone_features``. A fixed, seeded 20% of the sentences is held out from all tuning and training;
the L2 strength of the softmax regression (balanced class weights, numpy + scipy L-BFGS) is chosen
on a further seeded split of the rest, then the model is refit on all of the rest. Parsing and
embedding are the slow parts (minutes), so ``--cache`` keeps the parsed docs and window vectors.

    .venv/bin/python scripts/train_tone.py ../shared/data/newsmtsc/train.jsonl --cache /tmp/tonecache
"""

from __future__ import annotations

import argparse
import json
import pickle
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.optimize import minimize
from scipy.sparse import csr_matrix
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from parallax.analyze.nlp import load as load_nlp
from parallax.analyze.tone import LABELS, WEIGHTS, class_f1, macro_f1, scores
from parallax.analyze.tone_features import HASHED, embedded, parsed

SEED = 13
HELD_OUT = 0.2
POLARITY = {2.0: 0, 4.0: 1, 6.0: 2}  # negative, neutral, positive (order of LABELS)
K = len(LABELS)


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


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(axis=1, keepdims=True)


def _balance(y: np.ndarray) -> np.ndarray:
    return (len(y) / (K * np.bincount(y, minlength=K)))[y]


def fit_linear(x: np.ndarray, y: np.ndarray, l2: float) -> dict[str, np.ndarray]:
    """Softmax regression (d x k weights), balanced by class frequency, by L-BFGS."""
    d = x.shape[1]
    sample_w, onehot = _balance(y), np.eye(K)[y]
    x = csr_matrix(x)  # the hashed cues are mostly 0: sparse products are several times faster
    xt = x.T.tocsr()

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[: d * K].reshape(d, K), theta[d * K :]
        p = _softmax(x @ w + b)
        nll = -(sample_w * np.log(np.clip((p * onehot).sum(axis=1), 1e-12, None))).sum() / len(y)
        g = (sample_w[:, None] * (p - onehot)) / len(y)
        return nll + 0.5 * l2 * float((w * w).sum()), np.concatenate([(xt @ g + l2 * w).ravel(), g.sum(axis=0)])

    res = minimize(loss, np.zeros(d * K + K), jac=True, method="L-BFGS-B", options={"maxiter": 300})
    return {"w": res.x[: d * K].reshape(d, K), "b": res.x[d * K :]}


def standardiser(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Mean and scale that standardise the real-valued columns (hashed 0/1 cues are left as they are)."""
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    mean[HASHED], scale[HASHED] = 0.0, 1.0
    return mean, scale


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> dict[str, np.ndarray]:
    """The shipped model: the standardisation and the softmax regression on it."""
    mean, scale = standardiser(x)
    return {"mean": mean, "scale": scale, **fit_linear((x - mean) / scale, y, l2)}


GRID = (0.1, 0.3, 1.0)  # L2 strengths of the softmax regression tried on the tuning split


def features(part: list, cache: Path | None, name: str) -> tuple[np.ndarray, np.ndarray]:
    """Features and labels of the (row, doc) pairs; the slow embedding part is kept in ``cache``."""
    spans, y = examples(part)
    file = cache / f"tone_pooled_{name}_{len(spans)}.npy" if cache else None
    if file and file.is_file():
        vectors = np.load(file).astype(np.float32)
    else:
        vectors = embedded(spans)
        if file:
            np.save(file, vectors.astype(np.float16))
    return np.hstack([vectors, parsed(spans)]), y


def report(y: np.ndarray, p: np.ndarray) -> str:
    per_class = " / ".join(f"{f:.3f}" for f in class_f1(y, p.argmax(axis=1), K))
    return f"macro-F1 {macro_f1(y, p.argmax(axis=1), K):.3f} (negative / neutral / positive F1 {per_class})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    parser.add_argument("--cache", type=Path, default=None, help="folder to keep parsed and embedded sentences in")
    args = parser.parse_args()

    rows = load(args.data)
    pairs = list(zip(rows, parse([text for text, _ in rows], args.cache), strict=True))
    train_rows, held_rows = split(pairs, HELD_OUT, SEED)
    fit_rows, tune_rows = split(train_rows, HELD_OUT, SEED + 1)
    (x_fit, y_fit), (x_tune, y_tune) = features(fit_rows, args.cache, "fit"), features(tune_rows, args.cache, "tune")
    mean, scale = standardiser(x_fit)
    z_fit, z_tune = (x_fit - mean) / scale, (x_tune - mean) / scale
    tuned = {}
    for l2 in GRID:
        linear = fit_linear(z_fit, y_fit, l2)
        tuned[l2] = macro_f1(y_tune, (z_tune @ linear["w"] + linear["b"]).argmax(axis=1), K)
        print(f"l2={l2:<6} tune linear macro-F1 {tuned[l2]:.3f}", flush=True)
    l2 = max(tuned, key=tuned.__getitem__)
    model = fit(np.vstack([x_fit, x_tune]), np.concatenate([y_fit, y_tune]), l2)
    x_held, y_held = features(held_rows, args.cache, "held")
    print(f"chosen l2={l2}; train {len(y_fit) + len(y_tune)} mentions; "
          f"held-out {len(y_held)}: {report(y_held, scores(x_held, model))}")
    np.savez_compressed(args.out, labels=LABELS, **{
        k: np.asarray(v).astype(np.float16 if np.ndim(v) == 2 else np.float32) for k, v in model.items()
    })
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
