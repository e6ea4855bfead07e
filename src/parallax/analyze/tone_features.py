"""What the tone classifier sees of one mention: the words around the target, at two widths.

Shared by training (``scripts/train_tone.py``) and inference (``tone.py``) so both build the very
same features. The wide window (about a sentence) carries the clause's sentiment; the narrow one
ties it to the target, since a sentence may praise one actor and blame another. Windows rather
than whole sentences keep the texts short, which is what the embedding time grows with. Hashed
words of the windows add the lexical cues ("slammed", "praised") the frozen embedding blurs.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from parallax.stories.embed import DIM, embed

WINDOWS = (90, 35)  # characters kept on each side of the target, wide then narrow
BUCKETS = 4096  # hashed word features: small weights, no vocabulary to ship
WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


@dataclass(frozen=True, slots=True)
class Mention:
    """A target mentioned in a sentence: offsets of the target relative to the sentence."""

    sentence: str
    start: int
    end: int


def window(m: Mention, chars: int) -> str:
    """The target with ``chars`` characters of text on each side, cut at word boundaries."""
    left = m.sentence[max(0, m.start - chars) : m.start]
    right = m.sentence[m.end : m.end + chars]
    if m.start > chars and " " in left:
        left = left.split(" ", 1)[1]
    if len(m.sentence) - m.end > chars and " " in right:
        right = right.rsplit(" ", 1)[0]
    return f"{left}{m.sentence[m.start : m.end]}{right}".strip()


def lexical(mentions: Sequence[Mention]) -> np.ndarray:
    """Hashed bag of words of each window (words near the target hashed apart from the wider ones)."""
    out = np.zeros((len(mentions), BUCKETS), dtype=np.float32)
    for row, m in enumerate(mentions):
        for width, chars in enumerate(WINDOWS):
            for word in WORD.findall(window(m, chars).lower()):
                out[row, zlib.crc32(f"{width}:{word}".encode()) % BUCKETS] = 1.0
    return out


def embedded(mentions: Sequence[Mention]) -> np.ndarray:
    """The embeddings of each mention's windows, all embedded in one batch."""
    if not mentions:
        return np.zeros((0, DIM * len(WINDOWS)), dtype=np.float32)
    texts = [window(m, chars) for chars in WINDOWS for m in mentions]
    unique = sorted(set(texts), key=len)  # each text once; similar lengths pad less
    row = {t: i for i, t in enumerate(unique)}
    vectors = embed(unique)[[row[t] for t in texts]]
    return np.hstack(np.split(vectors, len(WINDOWS))).astype(np.float32)


def featurize(mentions: Sequence[Mention]) -> np.ndarray:
    """One feature row per mention: window embeddings, then hashed window words."""
    return np.hstack([embedded(mentions), lexical(mentions)])
