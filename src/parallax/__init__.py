"""Parallax: per-story, cross-outlet news briefings. ``parallax.analyze(text, published, outlet)`` gives
one article's analysis; ``parallax.pipeline.run`` is the whole job. The analysis package (and spaCy with
it) is imported on first use, so ``import parallax`` stays light for the store and the CLI's help."""

from __future__ import annotations

import importlib
from types import ModuleType


def __getattr__(name: str) -> ModuleType:
    if name == "analyze":
        return importlib.import_module("parallax.analyze")
    raise AttributeError(f"module 'parallax' has no attribute {name!r}")
