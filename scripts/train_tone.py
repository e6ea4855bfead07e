"""Train the tone-toward-a-target classifier on NewsMTSC and report macro-F1 on a held-out part.

Multinomial logistic regression (numpy + scipy L-BFGS, L2, balanced class weights) over the
``tone_features`` of each target mention. A fixed, seeded 20% of the sentences is held out from
all tuning and training; the L2 strength is chosen on a further seeded split of the rest. Embedding
is the cost (a few sentences a second on a busy 2-core machine), so by default a seeded 2,400 of the
training sentences are used and the report is on a seeded sample of 800 held-out mentions.

    .venv/bin/python scripts/train_tone.py ../shared/data/newsmtsc/train.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

from parallax.analyze.tone import LABELS, WEIGHTS, macro_f1
from parallax.analyze.tone_features import Mention, embedded, featurize, lexical

SEED = 13
HELD_OUT = 0.2
POLARITY = {2.0: 0, 4.0: 1, 6.0: 2}  # negative, neutral, positive (order of LABELS)


def load(path: Path) -> list[list[tuple[Mention, int]]]:
    """Per sentence, its labelled target mentions (sentences stay whole across splits)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = record["sentence_normalized"]
        rows.append([
            (Mention(text, int(t["from"]), int(t["to"])), POLARITY[float(t["polarity"])])
            for t in record["targets"]
            if float(t["polarity"]) in POLARITY
        ])
    return rows


def split(rows: list, fraction: float, seed: int) -> tuple[list, list]:
    order = np.random.default_rng(seed).permutation(len(rows))
    cut = int(len(rows) * fraction)
    return [rows[i] for i in order[cut:]], [rows[i] for i in order[:cut]]


def flatten(rows: list) -> tuple[list[Mention], np.ndarray]:
    pairs = [p for r in rows for p in r]
    return [m for m, _ in pairs], np.array([y for _, y in pairs])


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> tuple[np.ndarray, np.ndarray]:
    """Softmax regression weights (k x d) and bias (k), balanced by class frequency."""
    k, d = len(LABELS), x.shape[1]
    counts = np.bincount(y, minlength=k)
    sample_w = (len(y) / (k * counts))[y]
    onehot = np.eye(k)[y]

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[: k * d].reshape(k, d), theta[k * d :]
        z = x @ w.T + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        nll = -(sample_w * np.log(np.clip((p * onehot).sum(axis=1), 1e-12, None))).sum() / len(y)
        g = (sample_w[:, None] * (p - onehot)) / len(y)
        gw = g.T @ x + l2 * w
        return nll + 0.5 * l2 * float((w * w).sum()), np.concatenate([gw.ravel(), g.sum(axis=0)])

    res = minimize(loss, np.zeros(k * d + k), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return res.x[: k * d].reshape(k, d), res.x[k * d :]


def predict(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (x @ w.T + b).argmax(axis=1)


def features(rows: list, cache: Path | None, name: str) -> tuple[np.ndarray, np.ndarray]:
    """Features of the rows' mentions; the slow embedding part is kept in ``cache`` when given."""
    mentions, y = flatten(rows)
    file = cache / f"tone_{name}_{len(mentions)}.npy" if cache else None
    if file and file.is_file():
        return np.hstack([np.load(file), lexical(mentions)]), y
    x = embedded(mentions)
    if file:
        np.save(file, x)
    return np.hstack([x, lexical(mentions)]), y


def held_sample(rows: list, sample: int | None, seed: int = SEED) -> tuple[list[Mention], np.ndarray]:
    """The held-out mentions and gold labels (a seeded sample of them when ``sample`` is given)."""
    mentions, gold = flatten(rows)
    if sample and sample < len(mentions):
        keep = np.sort(np.random.default_rng(seed).choice(len(mentions), sample, replace=False))
        mentions, gold = [mentions[i] for i in keep], gold[keep]
    return mentions, gold


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    parser.add_argument("--cache", type=Path, default=None, help="folder to keep embedded features in")
    parser.add_argument("--fit-sentences", type=int, default=6000, help="training sentences (embedding time)")
    parser.add_argument("--held-sample", type=int, default=800, help="held-out mentions to report on")
    args = parser.parse_args()

    train_rows, held_rows = split(load(args.data), HELD_OUT, SEED)
    fit_rows, tune_rows = split(train_rows, HELD_OUT, SEED + 1)
    fit_rows, tune_rows = fit_rows[: args.fit_sentences], tune_rows[: args.fit_sentences // 4]
    x_fit, y_fit = features(fit_rows, args.cache, "fit")
    x_tune, y_tune = features(tune_rows, args.cache, "tune")
    mentions, y_held = held_sample(held_rows, args.held_sample)
    x_held = featurize(mentions)

    mean, scale = x_fit.mean(axis=0), x_fit.std(axis=0) + 1e-6
    scores = {}
    for l2 in (0.3, 1.0, 3.0, 10.0):
        w, b = fit((x_fit - mean) / scale, y_fit, l2)
        scores[l2] = macro_f1(y_tune, predict((x_tune - mean) / scale, w, b), len(LABELS))
        print(f"l2={l2:<6} tune macro-F1 {scores[l2]:.3f}", flush=True)
    best = max(scores, key=scores.__getitem__)

    x_all, y_all = np.vstack([x_fit, x_tune]), np.concatenate([y_fit, y_tune])
    mean, scale = x_all.mean(axis=0), x_all.std(axis=0) + 1e-6
    w, b = fit((x_all - mean) / scale, y_all, best)
    # fold the standardisation into the weights, so inference is one matrix product
    w_eff = w / scale
    b_eff = b - w_eff @ mean
    held = macro_f1(y_held, predict(x_held, w_eff, b_eff), len(LABELS))
    print(f"chosen l2={best}; train {len(y_all)} mentions, held-out {len(y_held)}: macro-F1 {held:.3f}")
    np.savez_compressed(args.out, w=w_eff.astype(np.float16), b=b_eff.astype(np.float32), labels=LABELS)
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
