"""What every comparison step reads: the story's clauses, their vectors, and who counts as independent.

Embedding is most of the cost of a comparison, so only clauses worth comparing are embedded, each
distinct text once, with its digits masked (copies and updated wire versions repeat sentences with
other figures, and figures are compared exactly elsewhere) and cut to a few dozen words. Which texts
an article needs depends on that article alone (``texts_to_embed``), so a pipeline can embed each
article once, keep the vectors, and hand them to every later comparison of any story the article is
in; texts without a given vector are embedded in one batch, shortest first so batches pad little, and
kept in a bounded per-process cache as a fallback. A story of one article embeds nothing: there is
nothing to compare it with yet.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from parallax.compare.units import Unit, split_units, substantive
from parallax.model import Analysis, Article, Story
from parallax.stories import embed as embedding

CACHE_SIZE = 50_000
EMBED_WORDS = 48  # a clause longer than this is a list or a gallery caption; its start says enough
_cache: OrderedDict[str, np.ndarray] = OrderedDict()
_DIGIT = re.compile(r"\d")


@dataclass(slots=True)
class StoryContext:
    story: Story
    articles: dict[str, Article]
    analyses: dict[str, Analysis]
    names: dict[str, str]  # article-level actor name -> story-level name
    outlet: dict[str, str]  # article id -> outlet
    units: list[Unit]
    keep: np.ndarray  # which units are worth comparing (see ``substantive``)
    vectors: np.ndarray  # one unit vector per unit (zeros for units not worth comparing)
    extra: dict[str, np.ndarray] = field(default_factory=dict)  # vectors of other texts by text
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # article id -> its units' range

    def independent(self, article_ids: Sequence[str]) -> set[str]:
        """Outlets that report independently: copies of another report do not count."""
        return {self.outlet[a] for a in article_ids if a not in self.story.copies}

    def vector(self, text: str) -> np.ndarray:
        return self.extra[text]

    def units_of(self, article_id: str) -> list[Unit]:
        """The article's units (they are contiguous in ``units``)."""
        first, last = self.spans[article_id]
        return self.units[first:last]


def texts_to_embed(article: Article, analysis: Analysis | None) -> list[str]:
    """The keys (masked, cut texts) whose vectors ``compare_story`` reads for this article: its
    substantive clauses and what its positions are about. Depends on the article alone."""
    analysis = analysis if analysis is not None and not analysis.skipped else None
    units = split_units(article, analysis, {})
    texts = [u.span.text for u, k in zip(units, substantive(units), strict=True) if k]
    texts += [p.about for p in (analysis.positions if analysis else [])]
    return list(dict.fromkeys(mask_digits(t) for t in texts))


def embed_unique(texts: Sequence[str], given: Mapping[str, np.ndarray] | None = None) -> dict[str, np.ndarray]:
    """Vectors of distinct texts (digits masked): taken from ``given`` (keyed by masked text) where
    there, else from the cache, else embedded once and cached."""
    given = given or {}
    keys = {t: mask_digits(t) for t in texts}
    found = {k: given[k] for k in set(keys.values()) if k in given}
    missing = sorted({k for k in keys.values() if k not in found and k not in _cache}, key=len)
    for key, vector in zip(missing, embedding.embed(missing), strict=True):
        _cache[key] = vector
    for key in set(keys.values()) - found.keys():
        _cache.move_to_end(key)
        found[key] = _cache[key]
    while len(_cache) > CACHE_SIZE:
        _cache.popitem(last=False)
    return {t: np.asarray(found[k], dtype=np.float32) for t, k in keys.items()}


def _unread(texts: Sequence[str]) -> dict[str, np.ndarray]:
    """Zero vectors for a story of one article: every comparison is between articles, so a lone
    article's clauses need no embedding until a second article joins its story."""
    zero = np.zeros(embedding.DIM, dtype=np.float32)
    return {t: zero for t in texts}


def clear_cache() -> None:
    """Forget the per-process vectors (benchmarks and tests that must not profit from earlier runs)."""
    _cache.clear()


def mask_digits(text: str) -> str:
    """The text as it is embedded: digits masked, cut to its first ``EMBED_WORDS`` words."""
    return " ".join(_DIGIT.sub("0", text).split()[:EMBED_WORDS])


def outlet_of(article: Article) -> str:
    return article.outlet or article.source_domain or article.id


def build(story: Story, articles: Mapping[str, Article], analyses: Mapping[str, Analysis],
          names: dict[str, str], other_texts: Sequence[str] = (),
          given: Mapping[str, np.ndarray] | None = None) -> StoryContext:
    present = [a for a in story.article_ids if a in articles]
    units: list[Unit] = []
    spans: dict[str, tuple[int, int]] = {}
    for aid in present:
        first = len(units)
        units.extend(split_units(articles[aid], analyses.get(aid), names))
        spans[aid] = (first, len(units))
    for i, u in enumerate(units):
        u.flat = i
    keep = substantive(units)
    texts = [u.span.text for u, k in zip(units, keep, strict=True) if k] + list(other_texts)
    table = embed_unique(texts, given) if len(present) > 1 else _unread(texts)
    vectors = np.zeros((len(units), embedding.DIM), dtype=np.float32)
    for i in np.flatnonzero(keep):
        vectors[i] = table[units[i].span.text]
    return StoryContext(
        story=story,
        articles={a: articles[a] for a in present},
        analyses={a: analyses[a] for a in present if a in analyses},
        names=names,
        outlet={a: outlet_of(articles[a]) for a in present},
        units=units,
        keep=keep,
        vectors=vectors,
        extra=table,
        spans=spans,
    )
