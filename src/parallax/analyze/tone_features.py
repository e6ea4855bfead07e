"""What the tone classifier reads of one mention of an actor: its sentence with the target marked.

Shared by training (``scripts/train_tone.py``) and inference (``tone_encoder``) so both see the very
same input: the sentence around the target (at most ``CONTEXT`` characters each side), the target
wrapped in brackets so the encoder knows whom the text is about, and the weights that pool the
encoder's word-piece states over the target, its neighbours and the whole text, as target-aware
models pool BERT.
"""

from __future__ import annotations

import numpy as np
from spacy.tokens import Span as SpacySpan

from parallax.analyze.nlp import sentence_of

CONTEXT = 300  # characters of the sentence on each side of the target: nearly every sentence whole
NEAR = 5  # word pieces on each side of the target pooled as its near context


def window(target: SpacySpan, context: int = CONTEXT) -> tuple[str, int, int]:
    """The target, marked by brackets, with ``context`` characters of its sentence on each side (cut
    at word boundaries), and the target's character offsets in that text."""
    sent = sentence_of(target)
    text, start, end = sent.text, target.start_char - sent.start_char, target.end_char - sent.start_char
    left, right = text[max(0, start - context) : start], text[end : end + context]
    if start > context and " " in left:
        left = left.split(" ", 1)[1]
    if len(text) - end > context and " " in right:
        right = right.rsplit(" ", 1)[0]
    return f"{left}[ {text[start:end]} ]{right}", len(left) + 2, len(left) + 2 + end - start


def pool_weights(offsets: np.ndarray, start: int, end: int) -> np.ndarray:
    """(3, pieces) averaging weights: over the target's word pieces, over the ``NEAR`` pieces either
    side of it, and over the whole text ([CLS], [SEP] and padding, offsets (0, 0), get none)."""
    real = offsets[:, 1] > offsets[:, 0]
    inside = real & (offsets[:, 0] < end) & (offsets[:, 1] > start)
    pieces = np.flatnonzero(inside) if inside.any() else np.flatnonzero(real)
    near = np.zeros_like(real)
    near[max(0, pieces.min() - NEAR) : pieces.max() + NEAR + 1] = True
    near &= real & ~inside
    target = np.zeros_like(real)
    target[pieces] = True
    rows = np.stack([target, near, real]).astype(np.float32)
    return rows / np.clip(rows.sum(axis=1, keepdims=True), 1.0, None)
