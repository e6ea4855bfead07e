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
  share none are pushed apart); an actor counts by its rarity in the index (inverse document
  frequency, kept as a running count), so sharing a country most articles name says little,
* a penalty for the distance in days to the story's dates (an unknown date is neutral).

It joins the best story when the score passes a threshold (a lower one while the index holds only the
first few articles: a pile a user hands in together is mostly one story), else it starts one. A story's id is
``"s-" + its first article's id``. An article that started a story of its own may have come before
the articles that tie it to an event, so when a later article joins a story near it, the lone article
is scored again against that story and joins it above the threshold plus ``Params.gather`` (the cost
is one more story scored per shortlisted lone article). Such a merge keeps the older id; the younger
is kept as an alias (``resolve``), so ids users saw still name the story. Ids change no other way.

User corrections (merge, split, move) are logged as ``Correction`` records that name articles, never
positions in the index, so re-applying them after a rebuild, or after new articles arrived, gives the
same stories; re-applying a correction that already holds changes nothing. An article a split or move
placed is never moved by new articles, nor is its story merged. The caller keeps ``corrections`` (it is
part of the state) and, after rebuilding an index from scratch, calls ``replay`` with them.

``StoryIndex.to_state`` gives JSON-able values and numpy arrays; ``StoryIndex.from_state`` restores it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any, Literal

import numpy as np

from parallax.model import Article, Story
from parallax.stories.embed import DIM
from parallax.stories.score import Params, day_of, key_bonus, lead_text, numbers_in

__all__ = ["Correction", "StoryIndex"]


@dataclass(frozen=True, slots=True)
class Correction:
    """A user's correction, naming articles only, so it can be re-applied to any rebuild.

    merge: ``articles == (one of story a, one of story b)``; split: the articles that leave their story
    for the story ``result``; move: ``articles == (moved, one of the target story)``.
    """

    kind: Literal["merge", "split", "move"]
    articles: tuple[str, ...]
    result: str | None = None


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
        self._named: Counter[str] = Counter()  # actor name -> how many indexed articles name it
        self._aliases: dict[str, str] = {}  # merged-away story id -> the id of the story it joined
        self._pinned: set[int] = set()  # rows a split or move correction put where they are
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
        indexed) joins its original's story. ``when`` defaults to ``article.published``.
        """
        if article.id in self._row:
            return self.story_of(article.id) or ""
        vector = np.asarray(vector, dtype=np.float32).reshape(-1)
        vector = vector / max(float(np.linalg.norm(vector)), 1e-12)
        day = day_of(when if when is not None else article.published)
        names = frozenset(" ".join(a.split()).casefold() for a in actors if a.strip())
        figures = numbers_in(lead_text(article))
        near: list[int] = []
        if article.duplicate_of and article.duplicate_of in self._row:
            story = int(self._story_of_row[self._row[article.duplicate_of]])
            self._copies[article.id] = article.duplicate_of
        else:
            story, near = self._best_story(vector, day, names, figures)
        if story < 0:
            story = self._new_story("s-" + article.id)
        self._add_row(article.id, vector, day, names, figures, story)
        return self._story_ids[self._gather(story, near)]

    def _candidate_rows(self, day: float | None) -> np.ndarray:
        n = len(self._ids)
        recent = np.arange(max(0, n - self.params.recent), n)
        if day is None:
            return recent
        recent = recent[np.isnan(self._days[recent])]  # dated rows count only inside the window
        lo, hi = math.floor(day - self.params.window_days), math.floor(day + self.params.window_days)
        dated = [self._buckets.get(d, []) for d in range(lo, hi + 1)]
        return np.unique(np.concatenate([recent, *[np.asarray(b, dtype=np.int64) for b in dated]]))

    def _best_story(
        self, vector: np.ndarray, day: float | None, names: frozenset[str], figures: frozenset[str]
    ) -> tuple[int, list[int]]:
        """The best story above the threshold (-1 if none) and the stories shortlisted by embedding."""
        rows = self._candidate_rows(day)
        if rows.size == 0:
            return -1, []
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
        best, best_score = -1, p.threshold if len(self._ids) >= p.few_articles else p.few_threshold
        shortlist = np.argsort(-base)[: p.shortlist]
        for k in shortlist:
            if base[k] + (p.actors + p.numbers) * (1 - p.overlap_baseline) < best_score:
                break
            peers = rows[inverse == k]
            peers = peers[np.argsort(-sims[inverse == k])[: p.peers]]
            bonus = key_bonus(
                p,
                names,
                (self._actors[r] for r in peers),
                figures,
                (self._numbers[r] for r in peers),
                self._rarity,
            )
            score = base[k] + bonus - self._time_cost(int(stories[k]), day)
            if score > best_score:
                best, best_score = int(stories[k]), score
        return best, [int(stories[k]) for k in shortlist]

    def _gather(self, story: int, near: list[int]) -> int:
        """Merge into ``story`` the lone articles near it that now score above the threshold with it.

        An article that started a story of its own may have come before the articles that tie it to
        an event; once a later article has joined a story close to it, it is scored again against that
        story. The merged story keeps the older id. Stories a user's split or move placed stay as they are.
        """
        if len(self._members[story]) < 2 or self._is_pinned(story):
            return story
        for other in near:
            if other == story or len(self._members[other]) != 1 or self._is_pinned(other):
                continue
            if self._row_score(self._members[other][0], story) > self.params.threshold + self.params.gather:
                story = self._merge_stories(story, other)
        return story

    def _row_score(self, row: int, story: int) -> float:
        """The score an indexed article gets against another story, as ``assign`` would give it."""
        p = self.params
        vector = self._vectors[row]
        members = np.asarray(self._members[story][-p.recent :], dtype=np.int64)
        sims = np.einsum("ij,j->i", self._vectors[members], vector)
        total = self._sums[story]
        centroid = float(np.dot(total, vector)) / max(float(np.linalg.norm(total)), 1e-12)
        peers = members[np.argsort(-sims)[: p.peers]]
        bonus = key_bonus(
            p,
            self._actors[row],
            (self._actors[r] for r in peers),
            self._numbers[row],
            (self._numbers[r] for r in peers),
            self._rarity,
        )
        day = None if np.isnan(self._days[row]) else float(self._days[row])
        return p.centroid * centroid + p.member * float(sims.max()) + bonus - self._time_cost(story, day)

    def _merge_stories(self, a: int, b: int) -> int:
        """Move the younger story's articles into the older one, remember the alias; return the older."""
        older, younger = min(a, b), max(a, b)
        for row in list(self._members[younger]):
            self._move_row(row, older)
        self._aliases[self._story_ids[younger]] = self._story_ids[older]
        return older

    def _is_pinned(self, story: int) -> bool:
        return any(self._story_of_row[row] == story for row in self._pinned)  # few: one per correction

    def _rarity(self, name: str) -> float:
        """Inverse document frequency of an actor name among the indexed articles.

        ``params.rarity_prior`` unrelated articles are counted as seen, so a young index, all of
        whose articles may be about one event, does not yet take that event's names as common.
        """
        n = len(self._ids) + 1 + self.params.rarity_prior
        return math.log(n / (self._named[name] + 0.5))

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
        self._named.update(names)
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
            self._aliases.pop(result, None)  # a merged-away id a split names again is a story again
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
