"""Quote and reported-speech goals on the two seed articles, matched as the briefing scorer matches them.

Usage: .venv/bin/python bench/seed_quotes.py

Builds each seed body between the gold ``body_starts_with`` and ``body_ends_with``, runs actors and
quotes on it, and scores with the scorer's own ``matches`` and ``Names`` (loaded from the shared tools at
run time): quotes recall, precision and speaker (direct and partial quotes) and reported recall.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from parallax.analyze.entities import extract_entities  # noqa: E402
from parallax.analyze.nlp import load  # noqa: E402
from parallax.analyze.quotes import extract_quotes  # noqa: E402

SHARED = ROOT.parent / "shared"


def _scorer():
    spec = importlib.util.spec_from_file_location("score_briefing", SHARED / "tools" / "score_briefing.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def evaluate() -> dict[str, float]:
    scorer = _scorer()
    gold = json.loads((SHARED / "gold" / "seeds.json").read_text(encoding="utf-8"))
    names = scorer.Names(gold.get("entities", {}))
    nlp = load()
    tally = {k: [0, 0] for k in ("quotes.recall", "quotes.precision", "quotes.speaker", "reported.recall")}
    misses: list[str] = []

    def add(key: str, ok: bool, what: str) -> None:
        tally[key][0] += ok
        tally[key][1] += 1
        if not ok:
            misses.append(f"{key}: {what[:120]}")

    for name, article in gold["articles"].items():
        raw = (SHARED / "seeds" / name).read_text(encoding="utf-8")
        start = raw.index(article["body_starts_with"])
        end = raw.index(article["body_ends_with"]) + len(article["body_ends_with"])
        doc = nlp(raw[start:end])
        found = extract_quotes(doc, extract_entities(doc))
        quotes = [q for q in found if q.kind != "indirect"]
        used: set[int] = set()
        for g in article["direct_quotes"]:
            hit = next((i for i, q in enumerate(quotes) if i not in used and scorer.matches(q.text, g["text"])), None)
            add("quotes.recall", hit is not None, g["text"])
            if hit is not None:
                used.add(hit)
                who = quotes[hit].speaker or ""
                add("quotes.speaker", names.same(who, g["speaker"]), f"{who}: {g['text']}")
        for i, q in enumerate(quotes):
            ok = i in used or any(scorer.matches(q.text, g["text"]) for g in article["direct_quotes"])
            add("quotes.precision", ok, q.text)
        reported = [q for q in found if q.kind == "indirect"]
        for g in article["reported_speech"]:
            ok = any(
                scorer.matches(q.text, g["text"], 0.5) and names.same(q.speaker or "", g["speaker"]) for q in reported
            )
            add("reported.recall", ok, g["text"])
    for line in misses:
        print("miss", line)
    return {k: hit / max(total, 1) for k, (hit, total) in tally.items()}


def main() -> None:
    for key, value in evaluate().items():
        print(f"{key:17} {value:.3f}")


if __name__ == "__main__":
    main()
