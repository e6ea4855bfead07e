"""Exact copies, near copies and syndicated wire stories, found incrementally.

A wire story reprinted by several outlets differs by a headline, a dropped or added sentence, a
byline: its word 5-gram shingles stay mostly the same, so MinHash LSH (datasketch) finds earlier copies
in constant time per article. Every candidate the LSH returns is checked again with the Jaccard
estimated from the full signatures and with containment (a shortened reprint is contained in its
original), so a chance collision never links two articles. Texts too short for shingles to be
meaningful (under ``MIN_WORDS`` words) are matched by an exact hash of their normalised words only.

``CopyIndex`` is plain data: ``to_state`` gives JSON-able values and numpy arrays, ``from_state``
rebuilds the LSH tables from them.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SCHEME = "affine32"  # datasketch >= 2.0; stored signatures only compare within one scheme
SHINGLE = 5
MIN_WORDS = 30
LSH_THRESHOLD = 0.5
MIN_JACCARD = 0.6
MIN_CONTAINMENT = 0.85

_WORD = re.compile(r"\w+", re.UNICODE)


def normalised_words(text: str) -> list[str]:
    """Lower-cased word tokens: punctuation, quotes style and spacing do not tell copies apart."""
    return _WORD.findall(text.casefold())


def shingles(words: list[str], size: int = SHINGLE) -> set[bytes]:
    """The set of ``size``-word shingles of a word sequence."""
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def signature(shingle_set: set[bytes]) -> MinHash:
    """The MinHash of a shingle set (seeded, so signatures from different runs compare)."""
    minhash = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    minhash.update_batch(list(shingle_set))
    return minhash


def _exact_key(words: list[str]) -> str:
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()


class CopyIndex:
    """Remembers every article added and tells, for a new one, which earlier article it copies."""

    def __init__(
        self,
        lsh_threshold: float = LSH_THRESHOLD,
        min_jaccard: float = MIN_JACCARD,
        min_containment: float = MIN_CONTAINMENT,
    ) -> None:
        self.lsh_threshold = lsh_threshold
        self.min_jaccard = min_jaccard
        self.min_containment = min_containment
        self._lsh = MinHashLSH(threshold=lsh_threshold, num_perm=NUM_PERM)
        self._exact: dict[str, str] = {}  # normalised-text hash -> first article with that text
        self._original: dict[str, str | None] = {}  # article id -> the first copy it duplicates
        self._signatures: dict[str, MinHash] = {}
        self._sizes: dict[str, int] = {}  # shingle-set size, for containment

    def __len__(self) -> int:
        return len(self._original)

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._original

    def original_of(self, article_id: str) -> str | None:
        """The first copy an added article duplicates, or None when it is an original."""
        return self._original.get(article_id)

    def add(self, article_id: str, text: str) -> str | None:
        """Index an article; return the id of the first earlier copy it duplicates, else None.

        Adding an id again returns the answer given the first time.
        """
        if article_id in self._original:
            return self._original[article_id]
        words = normalised_words(text)
        key = _exact_key(words)
        found = self._exact.get(key)
        if found is None and len(words) >= MIN_WORDS:
            shingle_set = shingles(words)
            minhash = signature(shingle_set)
            found = self._near(minhash, len(shingle_set))
            self._lsh.insert(article_id, minhash, check_duplication=False)
            self._signatures[article_id] = minhash
            self._sizes[article_id] = len(shingle_set)
        root = None if found is None else (self._original[found] or found)
        self._exact.setdefault(key, root or article_id)
        self._original[article_id] = root
        return root

    def _near(self, minhash: MinHash, size: int) -> str | None:
        scored = []
        for candidate in self._lsh.query(minhash):
            jaccard = minhash.jaccard(self._signatures[candidate])
            common = jaccard * (size + self._sizes[candidate]) / (1.0 + jaccard)
            containment = common / max(1, min(size, self._sizes[candidate]))
            if jaccard >= self.min_jaccard or containment >= self.min_containment:
                scored.append((-max(jaccard, containment), candidate))
        return min(scored)[1] if scored else None

    def to_state(self) -> dict[str, Any]:
        """JSON-able values and one numpy array: everything ``from_state`` needs."""
        ids = list(self._signatures)
        hashes = (
            np.vstack([self._signatures[i].hashvalues for i in ids]).astype(np.uint64)
            if ids
            else np.zeros((0, NUM_PERM), dtype=np.uint64)
        )
        return {
            "scheme": SCHEME,
            "params": [self.lsh_threshold, self.min_jaccard, self.min_containment],
            "original": dict(self._original),
            "exact": dict(self._exact),
            "signed": ids,
            "sizes": [self._sizes[i] for i in ids],
            "hashvalues": hashes,
        }

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> CopyIndex:
        """The index ``to_state`` described, LSH tables rebuilt from the stored signatures."""
        index = cls(*state["params"])
        index._original = dict(state["original"])
        index._exact = dict(state["exact"])
        hashes = np.asarray(state["hashvalues"], dtype=np.uint64)
        for article_id, size, row in zip(state["signed"], state["sizes"], hashes, strict=True):
            minhash = MinHash(num_perm=NUM_PERM, seed=1, hashvalues=row, scheme=state["scheme"])
            index._lsh.insert(article_id, minhash, check_duplication=False)
            index._signatures[article_id] = minhash
            index._sizes[article_id] = int(size)
        return index
