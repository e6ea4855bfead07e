"""The whole ``parallax run`` on about 1,000 real articles, next to bare spaCy parsing of the same texts.

Articles are the PolNeAR texts (political news from 7 US outlets) written as plain text files, so the
run includes ingest, analysis, stories, comparison and the report.

    .venv/bin/python bench/run.py [--docs 1000] [--jobs 2]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from parallax.analyze.nlp import load
from parallax.pipeline import Progress, run

POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear"


class StageTimer(Progress):
    """Seconds spent in each stage."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.stage = ""
        self.began = 0.0

    def start(self, stage: str, total: int | None = None) -> None:
        self.stage, self.began = stage, time.perf_counter()

    def done(self) -> None:
        self.seconds[self.stage] = self.seconds.get(self.stage, 0.0) + time.perf_counter() - self.began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    paths = sorted((POLNEAR / "train" / "text").glob("*.txt")) + sorted((POLNEAR / "dev" / "text").glob("*.txt"))
    paths = paths[: args.docs]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "in"
        corpus.mkdir()
        for path, text in zip(paths, texts, strict=True):
            (corpus / path.name).write_text(text, encoding="utf-8")
        start = time.perf_counter()
        for _ in load().pipe(texts, n_process=args.jobs, batch_size=16):
            pass
        bare = time.perf_counter() - start
        timer = StageTimer()
        start = time.perf_counter()
        summary = run([str(corpus)], Path(tmp) / "out", jobs=args.jobs, progress=timer)
        total = time.perf_counter() - start
    print(f"{len(paths)} articles, {sum(map(len, texts)) / len(texts):.0f} chars each, {args.jobs} processes")
    print(f"bare spaCy parse     : {bare:7.1f} s  {len(paths) / bare:6.1f} articles/s")
    print(f"parallax run (total) : {total:7.1f} s  {len(paths) / total:6.1f} articles/s")
    for stage, seconds in timer.seconds.items():
        print(f"  {stage:<19}: {seconds:7.1f} s")
    print(f"stories: {summary.stories}, stored: {summary.ingest.stored}, copies: {summary.ingest.duplicates}")


if __name__ == "__main__":
    main()
