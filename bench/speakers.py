"""Speaker accuracy on PolNeAR with an error dump: the gold Source words against the predicted speaker span.

Usage: .venv/bin/python bench/speakers.py [--split train|dev] [--start N] [--stop M] [--errors out.tsv]
                                          [--cache parsed.spacy --names parsed.names]

Articles are taken in sorted file-name order (``start``..``stop``); items are matched as ``bench/quotes.py``
matches them (content overlap >= 0.5), and a matched item's speaker is right when its span overlaps the
gold Source. ``--errors`` writes one line per wrong speaker (article, extractor, gold words, predicted
words, canonical name, cue, content) for reading; ``--cache`` reads parsed Docs (a DocBin whose article
names, one a line, are in ``--names``) instead of parsing the texts.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from spacy.tokens import DocBin

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import quotes as bench  # noqa: E402
from parallax.analyze.entities import extract_entities  # noqa: E402
from parallax.analyze.nlp import load  # noqa: E402
from parallax.analyze.quotes import extract_quotes  # noqa: E402


def _docs(split: str, names: list[str], cache: Path | None, cache_names: Path | None):
    nlp = load()
    if cache is not None and cache_names is not None:
        wanted = set(names)
        cached = cache_names.read_text(encoding="utf-8").split("\n")
        for name, doc in zip(cached, DocBin().from_disk(cache).get_docs(nlp.vocab), strict=False):
            if name in wanted:
                yield name, doc
        return
    texts = [(bench.DATA / split / "text" / f"{n}.txt").read_text(encoding="utf-8") for n in names]
    yield from zip(names, nlp.pipe(texts, batch_size=16), strict=True)


def _errors(name: str, text: str, quotes, gold, pred, counts: Counter) -> list[str]:
    """Count one article's matched items and describe the ones whose speaker is wrong."""
    rows = []
    free = list(gold)
    for p in pred:
        best = max(free, key=lambda g: bench.overlap(p, g), default=None)
        if best is None or bench.overlap(p, best) < 0.5:
            continue
        free.remove(best)
        if not best.source:
            continue
        right = bool(p.source and p.source[0] < best.source[1] and best.source[0] < p.source[1])
        counts["items"] += 1
        counts["right"] += right
        if right:
            continue
        q = next((q for q in quotes if bench._trim(text, q.start, q.end)[0] == p.start), None)
        said = text[p.source[0] : p.source[1]] if p.source else None
        rows.append(
            "\t".join(
                [
                    name,
                    f"{q.extractor}:{q.kind}" if q else "?",
                    repr(text[best.source[0] : best.source[1]]),
                    repr(said),
                    repr(q.speaker if q else None),
                    repr(q.cue.text if q and q.cue else None),
                    repr(text[p.start : p.end][:100]),
                ]
            )
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="train", choices=["dev", "train"])
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--stop", type=int, default=150)
    parser.add_argument("--errors", type=Path, default=None)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--names", type=Path, default=None)
    args = parser.parse_args()
    folder = bench.DATA / args.split
    anns = sorted((folder / "attributions").glob("*.ann"))
    names = sorted({a.name.rsplit("_", 1)[0] for a in anns})[args.start : args.stop]
    counts: Counter = Counter()
    rows: list[str] = []
    began = time.perf_counter()
    for name, doc in _docs(args.split, names, args.cache, args.names):
        text = doc.text
        quotes = extract_quotes(doc, extract_entities(doc))
        pred = bench.predict(doc, text)
        for ann in (a for a in anns if a.name.rsplit("_", 1)[0] == name):
            rows += _errors(name, text, quotes, bench.read_gold(ann, text), pred, counts)
    if args.errors is not None:
        args.errors.write_text("\n".join(rows), encoding="utf-8")
    print(f"articles     {len(names)}")
    print(f"items        {counts['items']}")
    print(f"speaker_acc  {counts['right'] / max(counts['items'], 1):.3f}")
    print(f"seconds      {time.perf_counter() - began:.1f}")


if __name__ == "__main__":
    main()
