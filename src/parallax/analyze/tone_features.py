"""What the tone classifier sees of one mention: the sentence, and the words right around the target.

Shared by training (``scripts/train_tone.py``) and inference (``tone.py``) so both build the very
same features. The sentence embedding carries the clause's sentiment; the local window ties it to
the target (a sentence may praise one actor and blame another); their elementwise product lets a
linear model weigh where the two agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from parallax.stories.embed import embed

WINDOW_CHARS = 90  # characters kept on each side of the target for the local context


@dataclass(frozen=True, slots=True)
class Mention:
    """A target mentioned in a sentence: offsets of the target relative to the sentence."""

    sentence: str
    start: int
    end: int


def window(m: Mention) -> str:
    """The target with about a clause of text on each side, cut at word boundaries."""
    left = m.sentence[max(0, m.start - WINDOW_CHARS) : m.start]
    right = m.sentence[m.end : m.end + WINDOW_CHARS]
    if m.start > WINDOW_CHARS and " " in left:
        left = left.split(" ", 1)[1]
    if len(m.sentence) - m.end > WINDOW_CHARS and " " in right:
        right = right.rsplit(" ", 1)[0]
    return f"{left}{m.sentence[m.start : m.end]}{right}".strip()


def featurize(mentions: Sequence[Mention]) -> np.ndarray:
    """One feature row per mention; sentences and windows are embedded in one batch."""
    if not mentions:
        return np.zeros((0, 0), dtype=np.float32)
    sentences = sorted({m.sentence for m in mentions})
    index = {s: i for i, s in enumerate(sentences)}
    vectors = embed([*sentences, *(window(m) for m in mentions)])
    sent = vectors[[index[m.sentence] for m in mentions]]
    win = vectors[len(sentences) :]
    return np.hstack([sent, win, sent * win]).astype(np.float32)
