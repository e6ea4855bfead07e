"""Actor precision on ECB+: is each named actor's type consistent with the gold entity markable it overlaps,
and how many PERSON actors overlap no entity markable at all (false actors or unannotated names).

Usage: .venv/bin/python bench/entities.py [--half tune|held-out|all] [--cache DIR] [--sample N]

ECB+ marks the participants of each article's seminal events (HUMAN_PART_PER / _ORG / _GPE, LOC_*,
NON_HUMAN_PART) and the events and times themselves, only in the sentences it annotates; a sentence counts
as annotated when it holds any markable, and only actors with a name mention in such sentences are scored.
The tokens are joined back into text (one sentence a line, URL lines dropped) and parsed once (cached as a
DocBin under ``--cache``). Topics split by id: odd topics are the tuning half, even topics the held-out half.

Metrics, over named mentions (the NER name, not roles or pronouns) in annotated sentences:
- type accuracy: of the mentions overlapping a gold PER/ORG/GPE/LOC markable, the share whose actor type
  is consistent (PER -> PERSON; ORG or GPE -> ORG/GPE/NORP; LOC_GEO/LOC_OTHER -> GPE/LOC; LOC_FAC -> not
  PERSON/NORP); PER typed PERSON: the share of mentions on a gold person typed PERSON; other typed
  PERSON: the share of mentions on a gold organisation or place typed PERSON;
- false actors: predicted actors none of whose name mentions overlaps a participant markable, split into
  "clear" (a mention lies on an event, time or non-human markable: a verb, date or thing read as a name)
  and "unannotated" (no markable at all there); reported for PERSON actors and for all actors.
- actors on a participant: how many actors overlap a participant markable; participants named: the share
  of participant markables (most are common nouns and pronouns) that a capitalised actor mention overlaps.
  A rule that drops real actors lowers both (merging two actors into one lowers only the first).
``--sample N`` prints N clear false PERSON actors and N wrong-type mentions to read.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import DocBin

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from parallax.analyze.entities import extract_entities  # noqa: E402
from parallax.analyze.nlp import load  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "ecbplus"
_TOKEN = re.compile(r'<token t_id="(\d+)" sentence="(\d+)"[^>]*>([^<]*)</token>')
_MARKABLE = re.compile(r"<([A-Z_]+) m_id=\"\d+\"\s*>(.*?)</\1>", re.S)
_ANCHOR = re.compile(r'<token_anchor t_id="(\d+)"/>')
_NO_SPACE_BEFORE = {
    *(".", ",", ":", ";", "!", "?", "%", ")", "]"),
    *("'s", "n't", "'re", "'m", "'ll", "'ve", "'d", "''", "”"),
}
_NO_SPACE_AFTER = {"(", "[", "$", "``", "“"}
_ALLOWED = {
    "PER": {"PERSON"},
    "ORG": {"ORG", "GPE", "NORP"},
    "GPE": {"GPE", "NORP", "ORG"},
    "LOC": {"GPE", "LOC"},
    "FAC": {"ORG", "GPE", "LOC"},
}
_PARTICIPANT = {
    "HUMAN_PART_PER": "PER",
    "HUMAN_PART_ORG": "ORG",
    "HUMAN_PART_GPE": "GPE",
    "LOC_GEO": "LOC",
    "LOC_OTHER": "LOC",
    "LOC_FAC": "FAC",
    "HUMAN_PART_FAC": "FAC",
}


@dataclass(slots=True)
class Article:
    name: str
    topic: int
    text: str
    gold: list[tuple[int, int, str]] = field(default_factory=list)  # char range, markable tag
    annotated: list[tuple[int, int]] = field(default_factory=list)  # char ranges of annotated sentences


def _read(path: Path) -> Article:
    """Join one ECB+ document's tokens back into text and map its markables onto character ranges."""
    raw = path.read_text(encoding="utf-8")
    tokens = _TOKEN.findall(raw)
    sentences: dict[str, list[tuple[str, str]]] = {}
    for tid, sent, word in tokens:
        sentences.setdefault(sent, []).append((tid, word.replace("&amp;", "&").replace("&quot;", '"')))
    offsets: dict[str, tuple[int, int]] = {}
    sent_of: dict[str, tuple[int, int]] = {}
    parts: list[str] = []
    pos = 0
    for words in sentences.values():
        if any(w.startswith("http") for _, w in words):
            continue
        start = pos
        for k, (tid, word) in enumerate(words):
            if k and word not in _NO_SPACE_BEFORE and words[k - 1][1] not in _NO_SPACE_AFTER:
                parts.append(" ")
                pos += 1
            offsets[tid] = (pos, pos + len(word))
            parts.append(word)
            pos += len(word)
        for tid, _ in words:
            sent_of[tid] = (start, pos)
        parts.append("\n")
        pos += 1
    article = Article(path.stem, int(path.parent.name), "".join(parts))
    annotated = set()
    for tag, body in _MARKABLE.findall(raw):
        ids = [t for t in _ANCHOR.findall(body) if t in offsets]
        if not ids:
            continue
        article.gold.append((min(offsets[t][0] for t in ids), max(offsets[t][1] for t in ids), tag))
        annotated.update(sent_of[t] for t in ids)
    article.annotated = sorted(annotated)
    return article


def articles(half: str) -> list[Article]:
    """ECB+ articles of one half: odd topic ids tune, even topic ids are held out."""
    paths = sorted(DATA.glob("*/*.xml"), key=lambda p: (int(p.parent.name), p.name))
    keep = {"tune": 1, "held-out": 0}.get(half)
    return [_read(p) for p in paths if keep is None or int(p.parent.name) % 2 == keep]


def _docs(items: list[Article], cache: Path | None):
    nlp = load()
    path = cache / "ecbplus.spacy" if cache else None
    if path and path.exists():
        docs = {d.user_data["name"]: d for d in DocBin(store_user_data=True).from_disk(path).get_docs(nlp.vocab)}
        if all(a.name in docs for a in items):
            return [docs[a.name] for a in items]
    everything = articles("all") if path else items
    docs = list(nlp.pipe((a.text for a in everything), batch_size=16))
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        bin_ = DocBin(store_user_data=True)
        for a, d in zip(everything, docs, strict=True):
            d.user_data["name"] = a.name
            bin_.add(d)
        bin_.to_disk(path)
        by_name = {a.name: d for a, d in zip(everything, docs, strict=True)}
        return [by_name[a.name] for a in items]
    return docs


def _overlaps(start: int, end: int, spans) -> list:
    return [g for g in spans if g[0] < end and start < g[1]]


def score(article: Article, doc, counts: Counter, samples: dict[str, list[str]]) -> None:
    """Add one article's type agreements and false actors to ``counts``."""
    text = article.text
    entities = extract_entities(doc)
    names = [m for e in entities for m in e.mentions if m.text[:1].isupper()]
    for g in article.gold:
        if g[2] in _PARTICIPANT:
            counts["participants"] += 1
            counts["participants_found"] += bool(_overlaps(g[0], g[1], [(m.start, m.end) for m in names]))
    for entity in entities:
        named = [m for m in entity.mentions if m.text[:1].isupper() and _overlaps(m.start, m.end, article.annotated)]
        if not named:
            continue
        supported, clear = False, False
        for m in named:
            gold = _overlaps(m.start, m.end, article.gold)
            kinds = {_PARTICIPANT[g[2]] for g in gold if g[2] in _PARTICIPANT}
            if kinds:
                supported = True
                kind = "PER" if "PER" in kinds else sorted(kinds)[0]
                right = entity.type in _ALLOWED[kind]
                counts["typed"] += 1
                counts["type_right"] += right
                counts[f"confusion {kind}->{entity.type}"] += 1
                if not right:
                    where = _around(text, m)
                    samples["type"].append(f"{article.name}\t{kind}->{entity.type}\t{entity.name!r}\t{where}")
            elif gold and not any(g[2].startswith("HUMAN_PART") for g in gold):
                clear = True
        prefix = "person" if entity.type == "PERSON" else "other"
        counts[f"{prefix}_actors"] += 1
        counts["supported"] += supported
        if not supported:
            counts[f"{prefix}_clear" if clear else f"{prefix}_unannotated"] += 1
            if entity.type == "PERSON":
                samples["clear" if clear else "unannotated"].append(
                    f"{article.name}\t{entity.name!r}\t{_around(text, named[0])}"
                )


def _around(text: str, m) -> str:
    return repr(text[max(0, m.start - 40) : m.start] + "[" + m.text + "]" + text[m.end : m.end + 40])


def report(counts: Counter) -> dict[str, float]:
    """The headline numbers of a run."""
    persons = counts["person_actors"] or 1
    people = sum(v for k, v in counts.items() if k.startswith("confusion PER->"))
    actors = (counts["person_actors"] + counts["other_actors"]) or 1
    return {
        "type accuracy": counts["type_right"] / (counts["typed"] or 1),
        "typed mentions": counts["typed"],
        "PER typed PERSON": counts["confusion PER->PERSON"] / (people or 1),
        "other typed PERSON": sum(v for k, v in counts.items() if k.endswith("->PERSON") and "PER->" not in k)
        / ((counts["typed"] - people) or 1),
        "PERSON actors": counts["person_actors"],
        "PERSON clear-false rate": counts["person_clear"] / persons,
        "PERSON unannotated rate": counts["person_unannotated"] / persons,
        "all actors": actors,
        "actors on a participant": counts["supported"],
        "participants named": counts["participants_found"] / (counts["participants"] or 1),
        "actor clear-false rate": (counts["person_clear"] + counts["other_clear"]) / actors,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--half", choices=["tune", "held-out", "all"], default="tune")
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--sample", type=int, default=0)
    args = parser.parse_args()
    items = articles(args.half)
    docs = _docs(items, args.cache)
    counts: Counter = Counter()
    samples: dict[str, list[str]] = {"clear": [], "unannotated": [], "type": []}
    began = time.perf_counter()
    for article, doc in zip(items, docs, strict=True):
        score(article, doc, counts, samples)
    took = time.perf_counter() - began
    print(f"ECB+ {args.half}: {len(items)} articles, extract_entities {took:.1f}s")
    for key, value in report(counts).items():
        print(f"  {key:26s} {value:.3f}" if isinstance(value, float) else f"  {key:26s} {value}")
    for key, value in sorted(counts.items()):
        if key.startswith("confusion"):
            print(f"  {key:26s} {value}")
    for kind, rows in samples.items():
        for row in rows[: args.sample]:
            print(f"{kind}\t{row}")


if __name__ == "__main__":
    main()
