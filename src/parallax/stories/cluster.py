"""Same-event stories, built one article at a time.

Batch clustering (HDBSCAN, agglomerative) re-clusters everything on every run, which renames stories
and costs O(n²) as the archive grows; news arrives as a stream, so Parallax clusters online instead,
as the news-aggregator literature does (single-pass clustering against recent story centroids). A new
article is compared only with the articles and stories near it in time (a per-day bucket index; undated
articles, which have no place in time, with the latest arrivals), so its cost stays flat however large
the index grows. Its score against a candidate story mixes:

* the cosine of its lead embedding with the story centroid and with the story's closest member,
* the overlap of named actors and of numbers with the story's closest members (same names and same
  figures mark the same event better than the same topic does; two articles that both name actors but
  share none are pushed apart),
* a penalty for the distance in days to the story's dates (an unknown date is neutral).

It joins the best story when the score passes a threshold, else it starts one. A story's id is
``"s-" + its first article's id`` and never changes when articles join it.

User corrections (merge, split, move) are logged as ``Correction`` records that name articles, never
positions in the index, so re-applying them after a rebuild, or after new articles arrived, gives the
same stories; re-applying a correction that already holds changes nothing. Assigning new articles
never moves an existing one, so a corrected article stays where the user put it. The caller keeps
``corrections`` (it is part of the state) and, after rebuilding an index from scratch, calls
``replay`` with them.

``StoryIndex.to_state`` gives JSON-able values and numpy arrays; ``StoryIndex.from_state`` restores it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any, Literal

import numpy as np

from parallax.model import Article, Story
from parallax.stories.embed import DIM, embed

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


def _best_jaccard(
    keys: frozenset[str], others: Iterable[frozenset[str]], weight: Callable[[str], float] | None = None
) -> float | None:
    """The best (weighted) Jaccard with any of ``others``; None when either side has no keys to compare."""
    if weight is None:
        scores = [len(keys & o) / len(keys | o) for o in others if keys and o]
    else:
        scores = []
        for other in others:
            union = sum(weight(k) for k in keys | other) if keys and other else 0.0
            if union > 0:
                scores.append(sum(weight(k) for k in keys & other) / union)
    return max(scores) if scores else None


@dataclass(frozen=True, slots=True)
class Params:
    """Weights and limits of the story score, tuned on ECB+ (``bench/cluster.py --tune``)."""

    threshold: float = 0.7
    centroid: float = 0.7  # weight of cosine to the story centroid
    member: float = 0.3  # weight of cosine to the story's closest member
    actors: float = 0.35  # weight of actor-name Jaccard with the closest members
    numbers: float = 0.2  # weight of number Jaccard with the closest members
    overlap_baseline: float = 0.15  # a Jaccard below this counts against joining
    time_penalty: float = 0.2  # subtracted at a gap of ``window_days`` or more
    window_days: float = 7.0  # dated candidates: members published within this many days
    recent: int = 2000  # latest arrivals compared with undated articles, and undated ones with all
    shortlist: int = 8  # stories scored in full, best by embedding first
    peers: int = 5  # closest members of a story whose actors and numbers are compared
    bridge: float = 0.8  # centroid cosine above which two stories an article joins both of merge
    idf: bool = True  # weigh actor names by inverse document frequency


@dataclass(frozen=True, slots=True)
class Correction:
    """A user's correction, naming articles only, so it can be re-applied to any rebuild.

    merge: ``articles == (one of story a, one of story b)``; split: the articles that leave their story
    for the story ``result``; move: ``articles == (moved, one of the target story)``.
    """

    kind: Literal["merge", "split", "move"]
    articles: tuple[str, ...]
    result: str | None = None


def key_bonus(
    params: Params,
    names: frozenset[str],
    other_names: Iterable[frozenset[str]],
    figures: frozenset[str],
    other_figures: Iterable[frozenset[str]],
    rarity: Callable[[str], float] | None = None,
) -> float:
    """Shared actors and numbers raise the score, none shared lowers it, nothing to compare is neutral.

    Each side is the best Jaccard with any of the other articles, less ``params.overlap_baseline``.
    ``rarity`` weighs each actor name in the Jaccard (an index passes inverse document frequency, so
    an actor named in most articles counts for little).
    """
    total = 0.0
    best = _best_jaccard(names, other_names, rarity)
    if best is not None:
        total += params.actors * (best - params.overlap_baseline)
    best = _best_jaccard(figures, other_figures)
    if best is not None:
        total += params.numbers * (best - params.overlap_baseline)
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


class StoryIndex:
    """Articles grouped into same-event stories, grown incrementally and corrected by users."""

    def __init__(self, params: Params | None = None, dim: int = DIM) -> None:
        self.params = params or Params()
        self._vectors = np.zeros((1024, dim), dtype=np.float32)
        self._days = np.full(1024, np.nan)
        self._story_of_row = np.zeros(1024, dtype=np.int64)
        self._ids: list[str] = []
        self._row: dict[str, int] = {}
        self._actors: list[frozenset[str]] = []
        self._numbers: list[frozenset[str]] = []
        self._buckets: dict[int, list[int]] = {}
        self._story_ids: list[str] = []
        self._story_index: dict[str, int] = {}
        self._members: list[list[int]] = []
        self._sums = np.zeros((256, dim), dtype=np.float32)
        self._copies: dict[str, str] = {}
        self._df: Counter[str] = Counter()  # actor name -> articles naming it
        self._aliases: dict[str, str] = {}  # merged-away story id -> the story id it merged into
        self._pinned: set[int] = set()  # rows a split or move put where they are
        self.corrections: list[Correction] = []

    # -- reading -------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._row

    def story_of(self, article_id: str) -> str | None:
        """The id of the story an article is in, or None when it was never assigned."""
        row = self._row.get(article_id)
        return None if row is None else self._story_ids[self._story_of_row[row]]

    def resolve(self, story_id: str) -> str:
        """The id a story has now: a story merged into an older one answers with the older id."""
        while story_id in self._aliases:
            story_id = self._aliases[story_id]
        return story_id

    def stories(self) -> dict[str, list[str]]:
        """Story id -> its article ids in arrival order, for every non-empty story."""
        return {
            self._story_ids[s]: [self._ids[r] for r in sorted(rows)]
            for s, rows in enumerate(self._members)
            if rows
        }

    def story_records(self) -> list[Story]:
        """The stories as ``Story`` records, each with the copies it holds."""
        out = []
        for story_id, ids in self.stories().items():
            copies = {a: self._copies[a] for a in ids if a in self._copies}
            out.append(Story(id=story_id, article_ids=ids, copies=copies))
        return out

    # -- assigning -----------------------------------------------------------------------------

    def assign(
        self,
        article: Article,
        vector: np.ndarray,
        actors: Sequence[str] = (),
        when: datetime | None = None,
    ) -> str:
        """Put a new article in the best matching story, or start one; return the story id.

        An article already in the index keeps its story. A copy (``duplicate_of`` set, original
        indexed) joins its original's story. ``when`` defaults to ``article.published``. An article
        that scores above the threshold with several stories that are also close to each other
        (centroid cosine ``params.bridge``) merges them into the oldest, which keeps its id.
        """
        if article.id in self._row:
            return self.story_of(article.id) or ""
        vector = np.asarray(vector, dtype=np.float32).reshape(-1)
        vector = vector / max(float(np.linalg.norm(vector)), 1e-12)
        day = day_of(when if when is not None else article.published)
        names = frozenset(" ".join(a.split()).casefold() for a in actors if a.strip())
        figures = numbers_in(lead_text(article))
        matches: list[int] = []
        if article.duplicate_of and article.duplicate_of in self._row:
            story = int(self._story_of_row[self._row[article.duplicate_of]])
            self._copies[article.id] = article.duplicate_of
        else:
            matches = self._matches(vector, day, names, figures)
            story = matches[0] if matches else self._new_story("s-" + article.id)
        story = self._bridge(story, matches[1:])
        self._add_row(article.id, vector, day, names, figures, story)
        return self._story_ids[story]

    def _rarity(self, name: str) -> float:
        return math.log((len(self._ids) + 1) / (self._df[name] + 0.5))

    def _candidate_rows(self, day: float | None) -> np.ndarray:
        n = len(self._ids)
        recent = np.arange(max(0, n - self.params.recent), n)
        if day is None:
            return recent
        recent = recent[np.isnan(self._days[recent])]  # dated rows count only inside the window
        lo, hi = math.floor(day - self.params.window_days), math.floor(day + self.params.window_days)
        dated = [self._buckets.get(d, []) for d in range(lo, hi + 1)]
        return np.unique(np.concatenate([recent, *[np.asarray(b, dtype=np.int64) for b in dated]]))

    def _matches(
        self, vector: np.ndarray, day: float | None, names: frozenset[str], figures: frozenset[str]
    ) -> list[int]:
        """The stories scoring above the threshold, best first."""
        rows = self._candidate_rows(day)
        if rows.size == 0:
            return []
        p = self.params
        # einsum, not BLAS: a threaded BLAS matrix-vector product of this size costs 10x more on a
        # busy machine than the single loop, and these products are what every assign pays for.
        sims = np.einsum("ij,j->i", self._vectors[rows], vector)
        stories, inverse = np.unique(self._story_of_row[rows], return_inverse=True)
        closest = np.full(stories.size, -1.0, dtype=np.float32)
        np.maximum.at(closest, inverse, sims)
        sums = self._sums[stories]
        centroid = np.einsum("ij,j->i", sums, vector) / np.maximum(np.linalg.norm(sums, axis=1), 1e-12)
        base = p.centroid * centroid + p.member * closest
        rarity = self._rarity if p.idf else None
        scored = []
        for k in np.argsort(-base)[: p.shortlist]:
            if base[k] + (p.actors + p.numbers) * (1 - p.overlap_baseline) <= p.threshold:
                break
            peers = rows[inverse == k]
            peers = peers[np.argsort(-sims[inverse == k])[: p.peers]]
            bonus = key_bonus(
                p, names, (self._actors[r] for r in peers), figures, (self._numbers[r] for r in peers), rarity
            )
            score = base[k] + bonus - self._time_cost(int(stories[k]), day)
            if score > p.threshold:
                scored.append((-score, int(stories[k])))
        return [story for _, story in sorted(scored)]

    def _bridge(self, story: int, others: list[int]) -> int:
        """Merge into the oldest of ``story`` and ``others`` those close to ``story``; return it."""
        if not others or self._is_pinned(story):
            return story
        norm = max(float(np.linalg.norm(self._sums[story])), 1e-12)
        for other in others:
            other_norm = max(float(np.linalg.norm(self._sums[other])), 1e-12)
            cosine = float(np.dot(self._sums[story], self._sums[other])) / (norm * other_norm)
            if cosine >= self.params.bridge and not self._is_pinned(other):
                older, younger = min(story, other), max(story, other)
                for row in list(self._members[younger]):
                    self._move_row(row, older)
                self._aliases[self._story_ids[younger]] = self._story_ids[older]
                story = older
                norm = max(float(np.linalg.norm(self._sums[story])), 1e-12)
        return story

    def _is_pinned(self, story: int) -> bool:
        return any(row in self._pinned for row in self._members[story])

    def _time_cost(self, story: int, day: float | None) -> float:
        if day is None:
            return 0.0
        days = self._days[self._members[story]]
        days = days[~np.isnan(days)]
        if days.size == 0:
            return 0.0
        gap = max(0.0, float(days.min()) - day, day - float(days.max()))
        return self.params.time_penalty * min(1.0, gap / self.params.window_days)

    def _new_story(self, story_id: str) -> int:
        index = len(self._story_ids)
        self._story_ids.append(story_id)
        self._story_index[story_id] = index
        self._members.append([])
        if index >= self._sums.shape[0]:
            self._sums = np.vstack([self._sums, np.zeros_like(self._sums)])
        return index

    def _add_row(
        self,
        article_id: str,
        vector: np.ndarray,
        day: float | None,
        names: frozenset[str],
        figures: frozenset[str],
        story: int,
    ) -> None:
        row = len(self._ids)
        if row >= self._vectors.shape[0]:
            grow = self._vectors.shape[0]
            self._vectors = np.vstack([self._vectors, np.zeros_like(self._vectors)])
            self._days = np.concatenate([self._days, np.full(grow, np.nan)])
            self._story_of_row = np.concatenate([self._story_of_row, np.zeros(grow, dtype=np.int64)])
        self._vectors[row] = vector
        self._days[row] = np.nan if day is None else day
        self._ids.append(article_id)
        self._row[article_id] = row
        self._actors.append(names)
        self._numbers.append(figures)
        self._df.update(names)
        if day is not None:
            self._buckets.setdefault(math.floor(day), []).append(row)
        self._place(row, story)

    def _place(self, row: int, story: int) -> None:
        self._story_of_row[row] = story
        self._members[story].append(row)
        self._sums[story] += self._vectors[row]

    def _take(self, row: int) -> None:
        story = int(self._story_of_row[row])
        self._members[story].remove(row)
        self._sums[story] -= self._vectors[row]

    def _move_row(self, row: int, story: int) -> None:
        if int(self._story_of_row[row]) != story:
            self._take(row)
            self._place(row, story)

    # -- corrections ---------------------------------------------------------------------------

    def _story_number(self, story_id: str) -> int:
        index = self._story_index.get(self.resolve(story_id))
        if index is None or not self._members[index]:
            raise KeyError(f"no story {story_id!r}")
        return index

    def _first_article(self, story_id: str) -> str:
        return self._ids[min(self._members[self._story_number(story_id)])]

    def merge(self, a: str, b: str) -> str:
        """Move every article of story ``b`` into story ``a``; return ``a``."""
        return self.apply(Correction("merge", (self._first_article(a), self._first_article(b))))

    def split(self, story: str, article_ids: Sequence[str]) -> str:
        """Take the given articles out of ``story`` into a new story; return the new story's id."""
        story = self.resolve(story)
        rows = sorted(self._row[a] for a in article_ids)
        if not rows or any(self._story_ids[self._story_of_row[r]] != story for r in rows):
            raise KeyError(f"not all of {list(article_ids)} are in story {story!r}")
        first = self._ids[rows[0]]
        result = "s-" + first
        if result in self._story_index and self._members[self._story_index[result]]:
            result = f"{result}~{len(self._story_ids)}"
        return self.apply(Correction("split", tuple(self._ids[r] for r in rows), result))

    def move(self, article_id: str, story: str) -> str:
        """Move one article into ``story``; return ``story``."""
        return self.apply(Correction("move", (article_id, self._first_article(story))))

    def apply(self, correction: Correction) -> str:
        """Carry out a correction, log it, and return the id of the story it produced.

        A correction that already holds changes nothing; one naming an article that is not in the
        index is not applied (KeyError), so callers re-applying a log may skip it.
        """
        missing = [a for a in correction.articles if a not in self._row]
        if missing:
            raise KeyError(f"articles not in the index: {missing}")
        rows = [self._row[a] for a in correction.articles]
        if correction.kind == "split":
            result = correction.result or "s-" + correction.articles[0]
            self._aliases.pop(result, None)  # a merged-away id named again is a story again
            index = self._story_index.get(result)
            if index is None:
                index = self._new_story(result)
            for row in rows:
                self._move_row(row, index)
            self._pinned.update(rows)
        else:
            if correction.kind == "move":
                self._pinned.add(rows[0])
                target, moving = int(self._story_of_row[rows[1]]), [rows[0]]
            else:
                target = int(self._story_of_row[rows[0]])
                moving = list(self._members[self._story_of_row[rows[1]]])
            for row in moving:
                self._move_row(row, target)
            index = target
        if correction not in self.corrections:
            self.corrections.append(correction)
        return self._story_ids[index]

    def replay(self, corrections: Iterable[Correction]) -> list[Correction]:
        """Re-apply logged corrections in order; return those naming articles not (yet) indexed."""
        waiting = []
        for correction in corrections:
            try:
                self.apply(correction)
            except KeyError:
                waiting.append(correction)
        return waiting

    # -- persistence ---------------------------------------------------------------------------

    def to_state(self) -> dict[str, Any]:
        """JSON-able values and numpy arrays: everything ``from_state`` needs."""
        n = len(self._ids)
        return {
            "params": asdict(self.params),
            "ids": list(self._ids),
            "vectors": self._vectors[:n].copy(),
            "days": self._days[:n].copy(),
            "stories": [self._story_ids[s] for s in self._story_of_row[:n]],
            "actors": [sorted(a) for a in self._actors],
            "numbers": [sorted(x) for x in self._numbers],
            "copies": dict(self._copies),
            "aliases": dict(self._aliases),
            "corrections": [
                {"kind": c.kind, "articles": list(c.articles), "result": c.result} for c in self.corrections
            ],
        }

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> StoryIndex:
        """The index ``to_state`` described."""
        vectors = np.asarray(state["vectors"], dtype=np.float32)
        index = cls(Params(**state["params"]), dim=vectors.shape[1] if vectors.ndim == 2 else DIM)
        days = np.asarray(state["days"], dtype=np.float64)
        for i, article_id in enumerate(state["ids"]):
            story_id = state["stories"][i]
            story = index._story_index.get(story_id)
            if story is None:
                story = index._new_story(story_id)
            day = None if np.isnan(days[i]) else float(days[i])
            names, figures = frozenset(state["actors"][i]), frozenset(state["numbers"][i])
            index._add_row(article_id, vectors[i], day, names, figures, story)
        index._copies = dict(state["copies"])
        index._aliases = dict(state.get("aliases", {}))
        index.corrections = [
            Correction(c["kind"], tuple(c["articles"]), c["result"]) for c in state["corrections"]
        ]
        for correction in index.corrections:
            placed = {"split": correction.articles, "move": correction.articles[:1]}.get(correction.kind, ())
            index._pinned.update(index._row[a] for a in placed if a in index._row)
        return index
