"""Train the tone-toward-a-target classifier on NewsMTSC and report macro-F1 on a held-out part.

The sentences are parsed with the project's spaCy pipeline and each target mention is turned into
``tone_features``. A fixed, seeded 20% of the sentences is held out from all tuning and training;
the model (softmax regression, or a one-hidden-layer network; balanced class weights, L2) and its
strength are chosen on a further seeded split of the rest, then refit on all of the rest. Parsing
is the slow part (a few minutes for the ~7,800 sentences), so ``--cache`` keeps the parsed docs.

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
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from parallax.analyze.nlp import load as load_nlp
from parallax.analyze.tone import LABELS, WEIGHTS, class_f1, macro_f1, scores
from parallax.analyze.tone_features import BUCKETS, featurize

SEED = 13
HELD_OUT = 0.2
POLARITY = {2.0: 0, 4.0: 1, 6.0: 2}  # negative, neutral, positive (order of LABELS)
K = len(LABELS)


@dataclass(frozen=True, slots=True)
class Target:
    """A labelled target in a sentence: its offsets, its polarity and its other (coreferent) mentions."""

    start: int
    end: int
    label: int
    further: tuple[tuple[int, int], ...] = ()


def load(path: Path) -> list[tuple[str, list[Target]]]:
    """Per sentence, its text and labelled targets (sentences stay whole across splits)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        rows.append((record["sentence_normalized"], [
            Target(int(t["from"]), int(t["to"]), POLARITY[float(t["polarity"])],
                   tuple((int(f["from"]), int(f["to"])) for f in t.get("further_mentions", ())))
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


def examples(parsed: list[tuple[tuple[str, list[Target]], Doc]], further: bool = False,
             ) -> tuple[list[SpacySpan], np.ndarray]:
    """The target mentions of (row, parsed doc) pairs as spaCy spans and their labels (with
    ``further``, the coreferent mentions too)."""
    spans, labels = [], []
    for (_, targets), doc in parsed:
        for t in targets:
            for start, end in ((t.start, t.end), *(t.further if further else ())):
                span = doc.char_span(start, end, alignment_mode="expand")
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


def fit_linear(x: np.ndarray, y: np.ndarray, l2: float, seed: int = SEED) -> dict[str, np.ndarray]:
    """Softmax regression (d x k weights), balanced by class frequency, by L-BFGS."""
    d = x.shape[1]
    sample_w, onehot = _balance(y), np.eye(K)[y]

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[: d * K].reshape(d, K), theta[d * K :]
        p = _softmax(x @ w + b)
        nll = -(sample_w * np.log(np.clip((p * onehot).sum(axis=1), 1e-12, None))).sum() / len(y)
        g = (sample_w[:, None] * (p - onehot)) / len(y)
        return nll + 0.5 * l2 * float((w * w).sum()), np.concatenate([(x.T @ g + l2 * w).ravel(), g.sum(axis=0)])

    res = minimize(loss, np.zeros(d * K + K), jac=True, method="L-BFGS-B", options={"maxiter": 400})
    return {"w": res.x[: d * K].reshape(d, K), "b": res.x[d * K :]}


def fit_mlp(x: np.ndarray, y: np.ndarray, l2: float, seed: int = SEED, hidden: int = 32,
            epochs: int = 12) -> dict[str, np.ndarray]:
    """A one-hidden-layer ReLU network, balanced cross-entropy, Adam on seeded mini-batches."""
    rng = np.random.default_rng(seed)
    d = x.shape[1]
    params = {
        "w1": rng.normal(0, np.sqrt(2 / d), (d, hidden)), "b1": np.zeros(hidden),
        "w2": rng.normal(0, np.sqrt(1 / hidden), (hidden, K)), "b2": np.zeros(K),
    }
    m = {k: np.zeros_like(v) for k, v in params.items()}
    v2 = {k: np.zeros_like(v) for k, v in params.items()}
    sample_w, onehot = _balance(y), np.eye(K)[y]
    step, lr, batch = 0, 1e-3, 64
    for _ in range(epochs):
        for idx in np.array_split(rng.permutation(len(y)), max(1, len(y) // batch)):
            xb = x[idx]
            h = np.maximum(xb @ params["w1"] + params["b1"], 0.0)
            g = sample_w[idx, None] * (_softmax(h @ params["w2"] + params["b2"]) - onehot[idx]) / len(idx)
            gh = (g @ params["w2"].T) * (h > 0)
            grads = {"w1": xb.T @ gh + l2 * params["w1"], "b1": gh.sum(axis=0),
                     "w2": h.T @ g + l2 * params["w2"], "b2": g.sum(axis=0)}
            step += 1
            for k, grad in grads.items():
                m[k] = 0.9 * m[k] + 0.1 * grad
                v2[k] = 0.999 * v2[k] + 0.001 * grad * grad
                params[k] -= lr * (m[k] / (1 - 0.9**step)) / (np.sqrt(v2[k] / (1 - 0.999**step)) + 1e-8)
    return params


def fold(params: dict[str, np.ndarray], mean: np.ndarray, scale: np.ndarray) -> dict[str, np.ndarray]:
    """Weights that take raw features: the standardisation folded into the first layer."""
    first, bias = ("w1", "b1") if "w1" in params else ("w", "b")
    out = dict(params)
    out[first] = params[first] / scale[:, None]
    out[bias] = params[bias] - (mean / scale) @ params[first]
    return out


def standardiser(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Mean and scale that standardise the dense columns (hashed 0/1 cues are left as they are)."""
    mean, scale = np.zeros(x.shape[1]), np.ones(x.shape[1])
    mean[BUCKETS:], scale[BUCKETS:] = x[:, BUCKETS:].mean(axis=0), x[:, BUCKETS:].std(axis=0) + 1e-6
    return mean, scale


def predict(x: np.ndarray, model: dict[str, np.ndarray]) -> np.ndarray:
    return scores(x, model).argmax(axis=1)


FITTERS = {"linear": fit_linear, "mlp": fit_mlp}
GRID = {"linear": (0.001, 0.003, 0.01, 0.03), "mlp": (1e-4, 1e-3, 1e-2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    parser.add_argument("--cache", type=Path, default=None, help="folder to keep the parsed sentences in")
    parser.add_argument("--models", nargs="+", default=["linear", "mlp"], choices=sorted(FITTERS))
    parser.add_argument("--further", action="store_true", help="also train on the coreferent mentions")
    args = parser.parse_args()

    rows = load(args.data)
    parsed = list(zip(rows, parse([text for text, _ in rows], args.cache), strict=True))
    train_rows, held_rows = split(parsed, HELD_OUT, SEED)
    fit_rows, tune_rows = split(train_rows, HELD_OUT, SEED + 1)

    def data(part: list, further: bool = False) -> tuple[np.ndarray, np.ndarray]:
        spans, y = examples(part, further)
        return featurize(spans), y

    (x_fit, y_fit), (x_tune, y_tune) = data(fit_rows, args.further), data(tune_rows)
    mean, scale = standardiser(x_fit)
    tuned = {}
    for name in args.models:
        for l2 in GRID[name]:
            model = FITTERS[name]((x_fit - mean) / scale, y_fit, l2)
            tuned[name, l2] = macro_f1(y_tune, predict((x_tune - mean) / scale, model), K)
            print(f"{name:6} l2={l2:<7} tune macro-F1 {tuned[name, l2]:.3f}", flush=True)
    name, l2 = max(tuned, key=tuned.__getitem__)

    x_all, y_all = data(train_rows, args.further)
    mean, scale = standardiser(x_all)
    model = fold(FITTERS[name]((x_all - mean) / scale, y_all, l2), mean, scale)
    x_held, y_held = data(held_rows)
    pred = predict(x_held, model)
    per_class = " / ".join(f"{f:.3f}" for f in class_f1(y_held, pred, K))
    print(f"chosen {name} l2={l2}; train {len(y_all)} mentions; held-out {len(y_held)}: "
          f"macro-F1 {macro_f1(y_held, pred, K):.3f} (negative / neutral / positive F1 {per_class})")
    weights = {k: v.astype(np.float16 if v.ndim == 2 else np.float32) for k, v in model.items()}
    np.savez_compressed(args.out, labels=LABELS, **weights)
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
