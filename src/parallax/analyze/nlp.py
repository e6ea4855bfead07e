"""The spaCy pipeline, loaded once per process and chosen by name from the settings."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from parallax.config import settings


@lru_cache(maxsize=4)
def load(name: str | None = None) -> Language:
    """The named spaCy pipeline (default: the configured one), loaded once per process."""
    model = name or settings().spacy_model
    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise RuntimeError(
            f"spaCy model {model!r} is not installed; install it with pip or set PARALLAX_SPACY_MODEL"
        ) from err
    nlp.max_length = max(nlp.max_length, settings().max_text_chars + 1)
    return nlp
