"""Temporal expressions against TempEval-3 TimeML gold (TBAQ-cleaned): extraction and value F1, speed.

Extraction counts a prediction as found when it overlaps a gold TIMEX3 (one-to-one, greedy); value
F1 counts the matched pairs whose values are equal (the TempEval-3 value measure). Gold expressions
are anchored to each document's creation time. Speed is ``extract_times`` alone, on top of the parse.

    .venv/bin/python bench/times.py --split heldout   # AQUAINT, not used for tuning
    .venv/bin/python bench/times.py --split tune      # TimeBank
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
SPLITS = {"tune": "TimeBank", "heldout": "AQUAINT"}


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
    parser.add_argument("--split", choices=sorted(SPLITS), default="heldout")
    parser.add_argument("--limit", type=int, default=0, help="at most this many documents")
    parser.add_argument("--errors", type=int, default=0, help="print the most frequent errors")
    args = parser.parse_args()
    files = sorted((DATA / SPLITS[args.split]).glob("*.tml"))
    files = files[: args.limit] if args.limit else files
    docs = [read_tml(path) for path in files]
    nlp = load()
    started = time.perf_counter()
    parsed = list(nlp.pipe(text for text, _, _ in docs))
    parse_ms = (time.perf_counter() - started) * 1000 / len(docs)
    started = time.perf_counter()
    predicted = [extract_times(doc, dct) for doc, (_, dct, _) in zip(parsed, docs, strict=True)]
    times_ms = (time.perf_counter() - started) * 1000 / len(docs)
    result = score([(gold, pred) for (_, _, gold), pred in zip(docs, predicted, strict=True)])
    errors = result.pop("errors")
    print(f"split={args.split} ({SPLITS[args.split]}) docs={len(docs)} gold={result['gold']} "
          f"system={result['system']}")
    print("extraction P={P:.3f} R={R:.3f} F1={F1:.3f}   value P={value_P:.3f} R={value_R:.3f} "
          "F1={value_F1:.3f}".format(**result))
    print(f"speed: extract_times {times_ms:.2f} ms/doc on top of spaCy parse {parse_ms:.1f} ms/doc")
    for error, count in errors.most_common(args.errors):
        print(count, re.sub(r"\s+", " ", repr(error)))


if __name__ == "__main__":
    main()
