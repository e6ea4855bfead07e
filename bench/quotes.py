"""Quote and reported-speech accuracy on PolNeAR (brat standoff: Source, Cue, Content spans).

Usage: .venv/bin/python bench/quotes.py [--split dev|train] [--limit N] [--cache DOCBIN] [--agreement]

Content F1 at exact match and at overlap >= 0.5 (shared characters over the longer span), and speaker
accuracy on matched items (the predicted speaker span overlaps the gold Source). Spans are compared
without quote marks, end punctuation and a leading "that", which PolNeAR keeps and Parallax drops.
Items that share a reporting verb and are parted by at most three words are joined first (a reported
clause and the partial quotes in it), as PolNeAR has one content per cue; each
fragment of a discontinuous gold content counts on its own (fragments parted only by spaces and
punctuation, as the annotation tool cut them at sentence ends, are one).

Also citron's own "overlap" measure, the one its published 0.833 is on: precision is the share of the
predicted content (here: non-space characters) inside gold content, recall the share of gold content
inside predicted content, summed over the articles (``text_p``, ``text_r``, ``text_f1``).

``--agreement`` scores the annotators instead of Parallax: on the articles of the split that several
annotators marked, each annotator's items against each other's, by the same measures. It is the
ceiling the annotation itself sets on any system.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from spacy.tokens import DocBin  # noqa: E402

from parallax.analyze.entities import extract_entities  # noqa: E402
from parallax.analyze.nlp import load  # noqa: E402
from parallax.analyze.quotes import extract_quotes  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "polnear"
_EDGE = " \t\n“”‘’\"'«».,;:!?—–-"
_GAP_WORDS = 3


@dataclass
class Item:
    start: int
    end: int
    source: tuple[int, int] | None = None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    if text[start : start + 5].lower() == "that ":
        start += 5
    return start, end


def read_gold(ann: Path, text: str) -> list[Item]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    relations: list[dict[str, str]] = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, where = parts[1].partition(" ")
            frags = [tuple(int(x) for x in frag.split()) for frag in where.split(";")]
            spans[parts[0]] = (label, frags)  # type: ignore[assignment]
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    items = []
    for rel in relations:
        if "Content" not in rel or rel["Content"] not in spans:
            continue
        source = spans.get(rel.get("Source", ""), ("", [None]))[1][0]
        for start, end in _merged(text, spans[rel["Content"]][1]):
            s, e = _trim(text, start, end)
            if e > s:
                items.append(Item(s, e, source))
    return items


def _merged(text: str, frags: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Fragments parted only by spaces and punctuation are one stretch (the annotation tool cut at sentences)."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(frags):
        if out and not text[out[-1][1] : start].strip(_EDGE):
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _bridged(text: str, end: int, start: int, cue: int) -> bool:
    """Two items of one cue are one content when only a few words (no sentence end, not the cue) part them."""
    gap = text[end:start]
    return not (end <= cue < start) and len(gap.split()) <= _GAP_WORDS and not any(c in gap for c in ".!?\n")


def predict(nlp_doc, text: str) -> list[Item]:
    quotes = extract_quotes(nlp_doc, extract_entities(nlp_doc))
    joined: list[list] = []
    for q in sorted(quotes, key=lambda q: q.start):
        s, e = _trim(text, q.start, q.end)
        if e <= s:
            continue
        cue = q.cue.start if q.cue else None
        spk = (q.speaker_span.start, q.speaker_span.end) if q.speaker_span else None
        last = joined[-1] if joined else None
        if last and cue is not None and last[3] == cue and _bridged(text, last[1], s, cue):
            last[1] = max(last[1], e)
            continue
        joined.append([s, e, spk, cue])
    return [Item(s, e, spk) for s, e, spk, _ in joined]


def overlap(a: Item, b: Item) -> float:
    shared = min(a.end, b.end) - max(a.start, b.start)
    return max(0, shared) / max(a.end - a.start, b.end - b.start)


def _covered(text: str, items: list[Item]) -> set[int]:
    return {i for it in items for i in range(it.start, it.end) if not text[i].isspace()}


def tally(counts: dict[str, int], gold: list[Item], pred: list[Item], text: str) -> None:
    """Add one article's counts: items, exact and overlap matches (each gold item matched once), speakers,
    and the characters of predicted, gold and shared content."""
    for key in ("gold", "pred", "exact", "overlap", "spk_ok", "spk_n", "chars_pred", "chars_gold", "chars_both"):
        counts.setdefault(key, 0)
    in_pred, in_gold = _covered(text, pred), _covered(text, gold)
    counts["chars_pred"] += len(in_pred)
    counts["chars_gold"] += len(in_gold)
    counts["chars_both"] += len(in_pred & in_gold)
    counts["gold"] += len(gold)
    counts["pred"] += len(pred)
    gold_exact = {(g.start, g.end) for g in gold}
    counts["exact"] += sum((p.start, p.end) in gold_exact for p in pred)
    free = list(gold)
    for p in pred:
        best = max(free, key=lambda g: overlap(p, g), default=None)
        if best is None or overlap(p, best) < 0.5:
            continue
        free.remove(best)
        counts["overlap"] += 1
        if best.source:
            counts["spk_n"] += 1
            counts["spk_ok"] += bool(p.source and p.source[0] < best.source[1] and best.source[0] < p.source[1])


def _parsed(nlp, folder: Path, names: list[str], texts: list[str], cache: Path | None):
    """The parsed texts: from a DocBin of the split's articles in name order if given, else parsed now."""
    if cache is None:
        yield from nlp.pipe(texts, batch_size=16)
        return
    stored = sorted({a.name.rsplit("_", 1)[0] for a in (folder / "attributions").glob("*.ann")})
    docs = dict(zip(stored, DocBin().from_disk(cache).get_docs(nlp.vocab), strict=True))
    for name, text in zip(names, texts, strict=True):
        if docs[name].text != text:
            raise ValueError(f"{cache} does not hold the text of {name}")
        yield docs[name]


def evaluate(split: str, limit: int | None, cache: Path | None = None) -> dict[str, float]:
    folder = DATA / split
    anns = sorted((folder / "attributions").glob("*.ann"))[:limit]
    nlp = load()
    names = [a.name.rsplit("_", 1)[0] for a in anns]
    texts = [(folder / "text" / f"{n}.txt").read_text(encoding="utf-8") for n in names]
    counts: dict[str, int] = {}
    began = time.perf_counter()
    for ann, text, doc in zip(anns, texts, _parsed(nlp, folder, names, texts, cache), strict=True):
        tally(counts, read_gold(ann, text), predict(doc, text), text)
    return summary(len(anns), counts, time.perf_counter() - began)


def agreement(split: str) -> dict[str, float]:
    """The annotators scored against each other (every ordered pair) on the articles several marked."""
    folder = DATA / split
    by_article: dict[str, list[Path]] = defaultdict(list)
    for ann in sorted((folder / "attributions").glob("*.ann")):
        by_article[ann.name.rsplit("_", 1)[0]].append(ann)
    counts: dict[str, int] = {}
    began = time.perf_counter()
    shared = {name: anns for name, anns in by_article.items() if len(anns) > 1}
    for name, anns in shared.items():
        text = (folder / "text" / f"{name}.txt").read_text(encoding="utf-8")
        marked = [read_gold(ann, text) for ann in anns]
        for one, other in itertools.permutations(marked, 2):
            tally(counts, one, other, text)
    return summary(len(shared), counts, time.perf_counter() - began)


def summary(docs: int, counts: dict[str, int], seconds: float) -> dict[str, float]:
    def f1(hit: int) -> float:
        p, r = hit / max(counts["pred"], 1), hit / max(counts["gold"], 1)
        return 2 * p * r / (p + r) if p + r else 0.0

    return {
        "docs": docs,
        "gold": counts["gold"],
        "pred": counts["pred"],
        "exact_f1": f1(counts["exact"]),
        "overlap_p": counts["overlap"] / max(counts["pred"], 1),
        "overlap_r": counts["overlap"] / max(counts["gold"], 1),
        "overlap_f1": f1(counts["overlap"]),
        "speaker_acc": counts["spk_ok"] / max(counts["spk_n"], 1),
        "text_p": (text_p := counts["chars_both"] / max(counts["chars_pred"], 1)),
        "text_r": (text_r := counts["chars_both"] / max(counts["chars_gold"], 1)),
        "text_f1": 2 * text_p * text_r / (text_p + text_r) if text_p + text_r else 0.0,
        "seconds": seconds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=["dev", "train"])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--cache", type=Path, default=None, help="DocBin of the split's articles, sorted by name")
    parser.add_argument("--agreement", action="store_true", help="score the annotators against each other")
    args = parser.parse_args()
    results = agreement(args.split) if args.agreement else evaluate(args.split, args.limit, args.cache)
    for key, value in results.items():
        print(f"{key:12} {value:.3f}" if isinstance(value, float) else f"{key:12} {value}")


if __name__ == "__main__":
    main()
