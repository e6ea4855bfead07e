"""How much real text clean_text keeps, and how fast: PolNeAR articles are already clean, so every line
after the title should survive (datelines and trailers such as "Reporting by ..." are meant to go).
A line counts as kept when the body contains it. Usage: python bench/text_cleaning.py [--show]"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from parallax.extract.hygiene import tidy
from parallax.extract.text import clean_text

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def main() -> None:
    files = sorted((SHARED / "data" / "polnear").glob("*/text/*.txt"))
    texts = [path.read_text(encoding="utf-8") for path in files]
    paragraphs = lost = 0
    for path, text in zip(files, texts, strict=True):
        body = clean_text(text).body
        for paragraph in [p.strip() for p in tidy(text).split("\n") if p.strip()][1:]:
            paragraphs += 1
            if paragraph not in body:
                lost += 1
                if "--show" in sys.argv:
                    print(f"{path.name}: {paragraph[:100]!r}")
    start = time.perf_counter()
    for text in texts:
        clean_text(text)
    elapsed = time.perf_counter() - start
    size = sum(map(len, texts)) / len(texts)
    print(f"{len(texts)} articles, {paragraphs} lines after the title, {lost} not kept verbatim "
          f"({lost / paragraphs:.1%})")
    print(f"{len(texts) / elapsed:.0f} articles/s on one core (mean {size:.0f} characters)")


if __name__ == "__main__":
    main()
