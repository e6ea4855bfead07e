"""Train the attribution cue and content classifiers (``parallax.analyze.attribution``) on PolNeAR train.

Two L2 logistic regressions (numpy + scipy L-BFGS) over hashed parse features: one decides whether a
candidate word (a known cue lemma, or any verb, noun or adjective governing a clause or an object) is a
cue here; the other, for each gold cue, which of the phrases the cue governs are its contents (overlap
>= 0.5 with a gold content, as ``bench/quotes.py`` counts, and within ``MARGIN`` of the best phrase's).
The thresholds (cue, content, and the one for overriding the rules) are chosen on a seeded 20% of the
train articles by the bench's content F1 (rules plus model), then both models are refit on all of
train. Dev is never read.

    .venv/bin/python scripts/train_attribution.py [--cache /tmp/polnear_train.spacy] [--out WEIGHTS]
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.optimize import minimize
from spacy.tokens import Doc, DocBin

from parallax.analyze import attribution
from parallax.analyze.attribution import DIM, content_features, content_spans, cue_features, hashed
from parallax.analyze.nlp import load

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import quotes as bench  # noqa: E402

SEED = 7
HELD_OUT = 0.2
MIN_LEMMA = 3
CUE_L2 = 3.0
CONTENT_L2 = 1.0
MARGIN = 0.05  # a phrase this much less overlapping than the cue's best one is a negative
CUE_GRID = (0.25, 0.3, 0.5)
CONTENT_GRID = (0.35, 0.4, 0.5)
OVERRIDE_GRID = (0.45, 0.6, 0.7, 1.1)  # replace a rule span / add a rule cue's second content; 1.1 is never


def parse(names: list[str], cache: Path | None) -> list[Doc]:
    nlp = load()
    if cache is not None and cache.is_file():
        return list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    texts = [(bench.DATA / "train" / "text" / f"{n}.txt").read_text(encoding="utf-8") for n in names]
    docs = list(nlp.pipe(texts, batch_size=16))
    if cache is not None:
        DocBin(docs=docs).to_disk(cache)
    return docs


def read_cues(ann: Path, text: str) -> list[tuple[tuple[int, int], list[tuple[int, int]]]]:
    """Per attribution, its cue's first fragment and its content stretches (trimmed as the bench trims)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    out = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            _, _, where = parts[1].partition(" ")
            spans[parts[0]] = [tuple(int(x) for x in frag.split()) for frag in where.split(";")]  # type: ignore[misc]
        elif line.startswith("E") and len(parts) >= 2:
            rel = dict(arg.split(":", 1) for arg in parts[1].split())
            if rel.get("Cue") in spans and rel.get("Content") in spans:
                contents = [bench._trim(text, s, e) for s, e in bench._merged(text, spans[rel["Content"]])]
                out.append((spans[rel["Cue"]][0], [(s, e) for s, e in contents if e > s]))
    return out


def cue_head(doc: Doc, start: int, end: int) -> int | None:
    """The word of a cue span whose head lies outside it (the span's syntactic head)."""
    toks = [t for t in doc if t.idx < end and t.idx + len(t) > start]
    inside = {t.i for t in toks}
    heads = [t for t in toks if t.head.i not in inside or t.head.i == t.i]
    return heads[0].i if heads else None


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    return bench.overlap(bench.Item(*a), bench.Item(*b))


def examples(docs: list[Doc], golds: list[list], lemmas: frozenset[str]):
    """Cue rows (features, label) for every candidate word and content rows for every gold cue's phrases."""
    cue_rows, content_rows = [], []
    for doc, gold in zip(docs, golds, strict=True):
        contents = {}
        for (cs, ce), stretches in gold:
            head = cue_head(doc, cs, ce)
            if head is not None:
                contents.setdefault(head, []).extend(stretches)
        for tok in attribution.candidates(doc, lemmas):
            cue_rows.append((hashed(cue_features(tok, lemmas)), tok.i in contents))
            if tok.i in contents:
                spans = content_spans(tok)
                hits = closest(doc, [(s, e) for _, s, e in spans], contents[tok.i])
                for (kind, s, e), hit in zip(spans, hits, strict=True):
                    content_rows.append((hashed(content_features(tok, kind, s, e)), hit))
    return cue_rows, content_rows


def closest(doc: Doc, spans: list[tuple[int, int]], gold: list[tuple[int, int]]) -> list[bool]:
    """Which of a cue's phrases count as a content: those that overlap a gold content by half and nearly as
    well as the cue's best phrase for it, so that a clause with ", which ..." appended loses to the same
    clause without it rather than both being right."""
    chars = [bench._trim(doc.text, doc[s].idx, doc[e].idx + len(doc[e])) for s, e in spans]
    scores = [[overlap(span, g) for g in gold] for span in chars]
    best = [max((row[j] for row in scores), default=1.0) for j in range(len(gold))]
    return [any(row[j] >= 0.5 and row[j] >= best[j] - MARGIN for j in range(len(gold))) for row in scores]


def fit(rows: list[tuple[list[int], bool]], l2: float) -> tuple[np.ndarray, float]:
    """L2 logistic regression on hashed binary features."""
    indptr = np.cumsum([0] + [len(f) for f, _ in rows])
    indices = np.concatenate([np.asarray(f, dtype=np.int64) for f, _ in rows])
    x = sparse.csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(rows), DIM))
    x.sum_duplicates()
    y = np.array([label for _, label in rows], dtype=np.float64)

    def loss(params: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = params[:-1], params[-1]
        z = x @ w + b
        p = 1.0 / (1.0 + np.exp(-z))
        nll = np.logaddexp(0, z).sum() - y @ z + 0.5 * l2 * w @ w
        g = p - y
        return nll, np.append(x.T @ g + l2 * w, g.sum())

    result = minimize(loss, np.zeros(DIM + 1), jac=True, method="L-BFGS-B", options={"maxiter": 300})
    return result.x[:-1].astype(np.float32), float(result.x[-1])


def save(path: Path, lemmas, cue, content, thresholds: tuple[float, float, float, float]) -> None:
    np.savez_compressed(
        path,
        lemmas=np.array(sorted(lemmas)),
        cue_w=cue[0].astype(np.float16),
        cue_b=cue[1],
        content_w=content[0].astype(np.float16),
        content_b=content[1],
        cue_threshold=thresholds[0],
        content_threshold=thresholds[1],
        replace_threshold=thresholds[2],
        extra_threshold=thresholds[3],
    )


def content_f1(docs: list[Doc], anns: list[list[Path]]) -> float:
    """The bench's content F1 (overlap >= 0.5) of rules plus the model now at ``attribution.WEIGHTS``."""
    attribution.model.cache_clear()
    counts = Counter()
    for doc, paths in zip(docs, anns, strict=True):
        pred = bench.predict(doc, doc.text)
        for path in paths:
            bench.tally(counts, bench.read_gold(path, doc.text), pred, doc.text)
    p, r = counts["overlap"] / max(counts["pred"], 1), counts["overlap"] / max(counts["gold"], 1)
    return 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=None, help="DocBin of the parsed train texts")
    parser.add_argument("--out", type=Path, default=attribution.WEIGHTS, help="where the weights go")
    args = parser.parse_args()
    attribution.WEIGHTS = args.out
    folder = bench.DATA / "train"
    anns = sorted((folder / "attributions").glob("*.ann"))
    names = sorted({a.name.rsplit("_", 1)[0] for a in anns})
    by_name = {n: [a for a in anns if a.name.rsplit("_", 1)[0] == n] for n in names}
    docs = parse(names, args.cache)
    golds = [[c for a in by_name[n] for c in read_cues(a, d.text)] for n, d in zip(names, docs, strict=True)]
    heads = Counter(
        doc[h].lemma_.lower()
        for doc, gold in zip(docs, golds, strict=True)
        for (cs, ce), _ in gold
        if (h := cue_head(doc, cs, ce)) is not None and (doc[h].is_alpha or doc[h].text == ":")
    )
    lemmas = frozenset(lemma for lemma, n in heads.items() if n >= MIN_LEMMA)
    order = list(range(len(names)))
    random.Random(SEED).shuffle(order)
    held = set(order[: int(len(order) * HELD_OUT)])
    fit_idx = [i for i in range(len(names)) if i not in held]
    held_idx = sorted(held)
    cue_rows, content_rows = examples([docs[i] for i in fit_idx], [golds[i] for i in fit_idx], lemmas)
    print(f"{len(lemmas)} cue lemmas; {len(cue_rows)} cue rows ({sum(y for _, y in cue_rows)} cues); "
          f"{len(content_rows)} content rows")
    cue, content = fit(cue_rows, CUE_L2), fit(content_rows, CONTENT_L2)
    held_docs = [docs[i] for i in held_idx]
    held_anns = [by_name[names[i]] for i in held_idx]
    best = (-1.0, (0.5, 0.5, 1.1, 1.1))
    for ct, nt, ot in itertools.product(CUE_GRID, CONTENT_GRID, OVERRIDE_GRID):
        save(attribution.WEIGHTS, lemmas, cue, content, (ct, nt, ot, ot))
        f1 = content_f1(held_docs, held_anns)
        print(f"cue >= {ct:.2f} content >= {nt:.2f} override >= {ot:.2f}: held-out content F1 {f1:.4f}")
        best = max(best, (f1, (ct, nt, ot, ot)))
    save(attribution.WEIGHTS, lemmas, cue, content, (1.1, 1.1, 1.1, 1.1))
    print(f"rules only: held-out content F1 {content_f1(held_docs, held_anns):.4f}")
    cue_rows, content_rows = examples(docs, golds, lemmas)
    save(attribution.WEIGHTS, lemmas, fit(cue_rows, CUE_L2), fit(content_rows, CONTENT_L2), best[1])
    print(f"chosen thresholds {best[1]} (held-out F1 {best[0]:.4f}); wrote {attribution.WEIGHTS}")


if __name__ == "__main__":
    main()
