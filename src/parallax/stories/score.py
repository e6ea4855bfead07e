"""What makes an article belong to a story: its lead, the actors and figures it shares, and its date.

The pieces of the story score ``cluster.StoryIndex`` computes for every new article: the lead text and
its embedding, the figures a text states, days on one axis, the rarity-weighted overlap of actors and
numbers with a story's closest members, and the weights of it all (``Params``, tuned on ECB+ by
``bench/cluster.py --tune``). ``pair_score`` gives the score of one article against another alone, for
benches and for reading why two articles were or were not put together.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np

from parallax.model import Article
from parallax.stories.embed import embed

LEAD_WORDS = 200
DAY_SECONDS = 86_400.0

_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
_PARAGRAPH = re.compile(r"\n\s*\n|\n")


def lead_text(article: Article, words: int = LEAD_WORDS) -> str:
    """The title and the opening paragraphs, cut to ``words`` words: where news says what happened."""
    paragraphs = [p.strip() for p in _PARAGRAPH.split(article.text) if p.strip()]
    kept: list[str] = []
    count = 0
    for paragraph in paragraphs:
        if count >= words:
            break
        tokens = paragraph.split()
        kept.append(" ".join(tokens[: words - count]))
        count += len(tokens)
    return "\n".join([t for t in (article.title, *kept) if t])


def article_vectors(articles: Sequence[Article]) -> np.ndarray:
    """Unit vectors of the articles' leads, one row per article, embedded in batches."""
    return embed([lead_text(a) for a in articles])


def article_vector(article: Article) -> np.ndarray:
    """The unit vector of one article's lead."""
    return article_vectors([article])[0]


def numbers_in(text: str) -> frozenset[str]:
    """The figures a text states (two characters or more, separators removed): 1,200 and 1200 match."""
    found = (m.group().replace(",", "").rstrip(".") for m in _NUMBER.finditer(text))
    return frozenset(n for n in found if len(n) >= 2)


def day_of(when: datetime | str | None) -> float | None:
    """Days since the epoch (UTC; a naive time is taken as UTC), or None when the date is unknown."""
    if isinstance(when, str):
        try:
            when = datetime.fromisoformat(when)
        except ValueError:
            return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.timestamp() / DAY_SECONDS


def _unit(key: str) -> float:
    return 1.0


def best_overlap(
    keys: frozenset[str], others: Iterable[frozenset[str]], weight: Callable[[str], float] = _unit
) -> float | None:
    """The best weighted cosine overlap with any of ``others``; None when there is nothing to compare.

    Shared weight over the geometric mean of the two sides' weights (the Ochiai coefficient): unlike
    Jaccard, an article naming twenty actors is not pushed away from one naming the five that matter.
    """
    if not keys:
        return None
    total = sum(weight(k) for k in keys)
    scores = []
    for other in others:
        size = total * sum(weight(k) for k in other)
        if size > 0:
            scores.append(sum(weight(k) for k in keys & other) / math.sqrt(size))
    return max(scores) if scores else None


@dataclass(frozen=True, slots=True)
class Params:
    """Weights and limits of the story score, tuned on ECB+ (``bench/cluster.py --tune``)."""

    threshold: float = 0.76
    centroid: float = 0.7  # weight of cosine to the story centroid
    member: float = 0.3  # weight of cosine to the story's closest member
    actors: float = 0.5  # weight of actor-name overlap (rarity-weighted) with the closest members
    numbers: float = 0.2  # weight of number overlap with the closest members
    overlap_baseline: float = 0.15  # an overlap below this counts against joining
    rarity_prior: float = 300.0  # articles naming none of the actors that the rarity takes as seen
    time_penalty: float = 0.2  # subtracted at a gap of ``window_days`` or more
    window_days: float = 7.0  # dated candidates: members published within this many days
    recent: int = 2000  # latest arrivals compared with undated articles, and undated ones with all
    shortlist: int = 8  # stories scored in full, best by embedding first
    peers: int = 5  # closest members of a story whose actors and numbers are compared
    gather: float = 0.04  # a lone article joins a story a later article joined above threshold + this
    # An index of fewer articles than this is a pile a user handed in together, mostly one story's reports
    # (the seeds are one): there an article joins at ``few_threshold``, chosen on the SemEval-2022 pairs
    # (0.89 of same-story pairs score at least 0.6 against 0.03 of different-story ones; 0.78 and 0.02 at
    # ``threshold``). A firehose leaves this size at once.
    few_articles: int = 3
    few_threshold: float = 0.6


def key_bonus(
    params: Params,
    names: frozenset[str],
    other_names: Iterable[frozenset[str]],
    figures: frozenset[str],
    other_figures: Iterable[frozenset[str]],
    rarity: Callable[[str], float] = _unit,
) -> float:
    """Shared actors and numbers raise the score, none shared lowers it, nothing to compare is neutral.

    Each side is the best overlap with any of the other articles, less ``params.overlap_baseline``.
    ``rarity`` weighs each actor name (an index passes its inverse document frequency, so an actor
    most articles name, a country or a capital, says little about which event an article reports).
    """
    total = 0.0
    for weight, keys, others, of in (
        (params.actors, names, other_names, rarity),
        (params.numbers, figures, other_figures, _unit),
    ):
        best = best_overlap(keys, others, of)
        if best is not None:
            total += weight * (best - params.overlap_baseline)
    return total


def pair_score(
    a: np.ndarray,
    b: np.ndarray,
    names_a: frozenset[str] = frozenset(),
    names_b: frozenset[str] = frozenset(),
    figures_a: frozenset[str] = frozenset(),
    figures_b: frozenset[str] = frozenset(),
    gap_days: float | None = None,
    params: Params | None = None,
) -> float:
    """The score one article gets against a story made of the other article alone."""
    p = params or Params()
    cosine = float(np.dot(a, b))
    penalty = 0.0 if gap_days is None else p.time_penalty * min(1.0, abs(gap_days) / p.window_days)
    return (p.centroid + p.member) * cosine + key_bonus(p, names_a, [names_b], figures_a, [figures_b]) - penalty
