"""Temporal expressions against TempEval-3 TimeML gold (TBAQ-cleaned): extraction and value F1, speed.

Extraction counts a prediction as found when it overlaps a gold TIMEX3 (one-to-one, greedy); value
F1 counts the matched pairs whose values are equal (the TempEval-3 value measure). Gold expressions
are anchored to each document's creation time. Speed is ``extract_times`` alone, on top of the parse
(CPU time of the fastest of ``--repeat`` passes, as the machine is shared), and its ratio to
HeidelTime's ~3 s per article.

The split is fixed: every third AQUAINT document (sorted by name, from the third) and every fifth
TimeBank document (from the fifth) are held out; rules are tuned on the rest, and the held-out
errors are never printed.

    .venv/bin/python bench/times.py --split all       # all of TBAQ-cleaned (256 documents)
    .venv/bin/python bench/times.py --split heldout   # 24 AQUAINT + 36 TimeBank, never tuned on
    .venv/bin/python bench/times.py --split tune --errors 40
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from parallax.analyze.nlp import load
from parallax.analyze.times import extract_times

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "tempeval3" / "TBAQ-cleaned"
CORPORA = {"TimeBank": 5, "AQUAINT": 3}  # corpus -> one document in this many is held out
HEIDELTIME_MS = 3000.0  # HeidelTime's time per news article, for the speed ratio


def split_files(split: str) -> list[Path]:
    """The .tml files of ``tune``, ``heldout`` or ``all``, in a fixed order."""
    files: list[Path] = []
    for corpus, every in CORPORA.items():
        for i, path in enumerate(sorted((DATA / corpus).glob("*.tml"))):
            held = i % every == every - 1
            if split == "all" or held == (split == "heldout"):
                files.append(path)
    return files


@dataclass(frozen=True, slots=True)
class Gold:
    start: int
    end: int
    value: str
    text: str


def read_tml(path: Path) -> tuple[str, str, list[Gold]]:
    """The plain text inside <TEXT>, its creation date, and the TIMEX3 spans in that text."""
    root = ElementTree.parse(path).getroot()
    dct = root.find("DCT/TIMEX3").get("value")[:10]
    body = root.find("TEXT")
    parts: list[str] = [body.text or ""]
    gold: list[Gold] = []

    def walk(node: ElementTree.Element) -> None:
        for child in node:
            start = sum(map(len, parts))
            if child.tag == "TIMEX3":
                inner = "".join(child.itertext())
                parts.append(inner)
                gold.append(Gold(start, start + len(inner), child.get("value", ""), inner))
            else:
                parts.append(child.text or "")
                walk(child)
            parts.append(child.tail or "")

    walk(body)
    return "".join(parts), dct, gold


def score(pairs: list[tuple[list[Gold], list]]) -> dict[str, float]:
    tally = Counter()
    wrong: Counter = Counter()
    for gold, predicted in pairs:
        tally["gold"] += len(gold)
        tally["system"] += len(predicted)
        used: set[int] = set()
        for g in gold:
            hit = next((i for i, p in enumerate(predicted)
                        if i not in used and p.start < g.end and g.start < p.end), None)
            if hit is None:
                wrong[("missed", g.text.lower(), g.value)] += 1
                continue
            used.add(hit)
            tally["matched"] += 1
            if predicted[hit].value == g.value:
                tally["value"] += 1
            else:
                wrong[(g.text.lower(), g.value, predicted[hit].text.lower(), predicted[hit].value)] += 1
        for i, p in enumerate(predicted):
            if i not in used:
                wrong[("spurious", p.text.lower(), p.value)] += 1

    def f1(hit: float) -> tuple[float, float, float]:
        p, r = hit / max(tally["system"], 1), hit / max(tally["gold"], 1)
        return p, r, 2 * p * r / max(p + r, 1e-9)

    ep, er, ef = f1(tally["matched"])
    vp, vr, vf = f1(tally["value"])
    return {"gold": tally["gold"], "system": tally["system"], "P": ep, "R": er, "F1": ef,
            "value_P": vp, "value_R": vr, "value_F1": vf, "errors": wrong}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["tune", "heldout", "all"], default="all")
    parser.add_argument("--limit", type=int, default=0, help="at most this many documents")
    parser.add_argument("--errors", type=int, default=0, help="print the most frequent errors")
    parser.add_argument("--repeat", type=int, default=3, help="time extract_times this many times, keep the fastest")
    args = parser.parse_args()
    if args.errors and args.split != "tune":
        parser.error("errors are printed for the tuning split only")
    files = split_files(args.split)
    files = files[: args.limit] if args.limit else files
    docs = [read_tml(path) for path in files]
    nlp = load()
    started = time.perf_counter()
    parsed = list(nlp.pipe(text for text, _, _ in docs))
    parse_ms = (time.perf_counter() - started) * 1000 / len(docs)
    times_ms = float("inf")
    for _ in range(args.repeat):  # CPU time of the fastest pass: the machine is shared, other load only adds
        started = time.process_time()
        predicted = [extract_times(doc, dct) for doc, (_, dct, _) in zip(parsed, docs, strict=True)]
        times_ms = min(times_ms, (time.process_time() - started) * 1000 / len(docs))
    pairs = [(gold, pred) for (_, _, gold), pred in zip(docs, predicted, strict=True)]
    print(f"split={args.split} docs={len(docs)}")
    for corpus in [None, *CORPORA]:
        chosen = [pair for path, pair in zip(files, pairs, strict=True) if corpus in (None, path.parent.name)]
        result = score(chosen)
        print(f"{corpus or 'together':>9}: docs={len(chosen)} gold={result['gold']} system={result['system']}  "
              "extraction P={P:.3f} R={R:.3f} F1={F1:.3f}   value P={value_P:.3f} R={value_R:.3f} "
              "F1={value_F1:.3f}".format(**result))
    print(f"speed: extract_times {times_ms:.2f} ms/doc CPU ({HEIDELTIME_MS / times_ms:.0f}x HeidelTime's "
          f"~{HEIDELTIME_MS / 1000:.0f} s) on top of the spaCy parse {parse_ms:.1f} ms/doc wall")
    errors = score(pairs)["errors"]
    for error, count in errors.most_common(args.errors):
        print(count, re.sub(r"\s+", " ", repr(error)))


if __name__ == "__main__":
    main()
