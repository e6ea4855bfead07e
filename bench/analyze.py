"""Speed of the whole analyze stage against bare spaCy parsing of the same texts.

Both use the same model and ``nlp.pipe`` over both cores; the ratio (bare time / analysis time) is
the share of parsing speed the analysis keeps (goal >= 0.7). The ratio of CPU seconds (parent and
worker processes) is printed beside it: on a machine other jobs share, it moves far less.

    .venv/bin/python bench/analyze.py [--docs N] [--jobs J]
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

from parallax.analyze import analyze_articles
from parallax.analyze.nlp import load
from parallax.model import Article

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "giveme5w1h-gold"


def corpus(limit: int) -> list[Article]:
    articles = []
    for path in sorted(DATA.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        text = record.get("text") or ""
        if text.strip():
            articles.append(Article(id=path.stem[:16], source=path.name, text=text, language="en",
                                    published=(record.get("date_publish") or "")[:10] or None))
    return (articles * (limit // max(len(articles), 1) + 1))[:limit]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    articles = corpus(args.docs)
    nlp = load()
    chars = sum(len(a.text) for a in articles)
    start, cpu = time.perf_counter(), _cpu()
    for _ in nlp.pipe((a.text for a in articles), n_process=args.jobs, batch_size=16):
        pass
    bare, bare_cpu = time.perf_counter() - start, _cpu() - cpu
    start, cpu = time.perf_counter(), _cpu()
    analyses = list(analyze_articles(articles, n_process=args.jobs))
    full, full_cpu = time.perf_counter() - start, _cpu() - cpu
    print(f"{len(articles)} articles, {chars / len(articles):.0f} chars each, {args.jobs} processes")
    print(f"bare spaCy parse : {bare:7.2f} s  {len(articles) / bare:6.1f} articles/s  CPU {bare_cpu:7.2f} s")
    print(f"analysis stage   : {full:7.2f} s  {len(analyses) / full:6.1f} articles/s  CPU {full_cpu:7.2f} s")
    print(f"ratio (goal >= 0.7): {bare / full:.2f}  (of CPU seconds: {bare_cpu / full_cpu:.2f})")


def _cpu() -> float:
    """CPU seconds of this process and its finished workers: the work done, which other jobs on a
    shared machine slow down far less than the wall time (both runs end their worker processes)."""
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


if __name__ == "__main__":
    main()
