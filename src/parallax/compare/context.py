"""What every comparison step reads: the story's clauses, their vectors, and who counts as independent.

Built once per story so the sentence vectors come from a single batched ``embed`` call (texts are
de-duplicated, since copies and wire rewrites repeat many sentences, and sorted by length so a batch
pads little) and every step shares the same similarity matrix.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from parallax.compare.units import Unit, split_units
from parallax.model import Analysis, Article, Story
from parallax.stories.embed import embed


@dataclass(slots=True)
class StoryContext:
    story: Story
    articles: dict[str, Article]
    analyses: dict[str, Analysis]
    names: dict[str, str]  # article-level actor name -> story-level name
    outlet: dict[str, str]  # article id -> outlet
    units: list[Unit]
    vectors: np.ndarray  # one unit vector per unit
    extra: dict[str, np.ndarray] = field(default_factory=dict)  # vectors of other texts by text

    def independent(self, article_ids: Sequence[str]) -> set[str]:
        """Outlets that report independently: copies of another report do not count."""
        return {self.outlet[a] for a in article_ids if a not in self.story.copies}

    def vector(self, text: str) -> np.ndarray:
        return self.extra[text]


def embed_unique(texts: Sequence[str]) -> dict[str, np.ndarray]:
    """Vectors of distinct texts, embedded once each, shortest first so batches pad little."""
    distinct = sorted(set(texts), key=len)
    return dict(zip(distinct, embed(distinct), strict=True))


def outlet_of(article: Article) -> str:
    return article.outlet or article.source_domain or article.id


def build(
    story: Story,
    articles: Mapping[str, Article],
    analyses: Mapping[str, Analysis],
    names: dict[str, str],
    other_texts: Sequence[str] = (),
) -> StoryContext:
    present = [a for a in story.article_ids if a in articles]
    units: list[Unit] = []
    for aid in present:
        units.extend(split_units(articles[aid], analyses.get(aid), names))
    for i, u in enumerate(units):
        u.flat = i
    table = embed_unique([u.span.text for u in units] + list(other_texts))
    vectors = np.array([table[u.span.text] for u in units], dtype=np.float32).reshape(len(units), -1)
    return StoryContext(
        story=story,
        articles={a: articles[a] for a in present},
        analyses={a: analyses[a] for a in present if a in analyses},
        names=names,
        outlet={a: outlet_of(articles[a]) for a in present},
        units=units,
        vectors=vectors,
        extra=table,
    )
