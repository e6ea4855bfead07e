"""Facts: clauses of different articles that state the same thing, aligned across the story.

Two clauses are linked when their similarity clears a threshold: the cosine of their sentence vectors
(after removing the story's mean vector, the topic every clause shares) plus the share of content
stems they have in common and a little for every actor, number and date they share, minus a little
when their dates cannot agree. Links are made best first and a fact never takes two clauses of one
article (competitive linking, Melamed 2000: each link is a mutual best match among the clauses still
free), so one strong match does not block the next-best clause from finding its partner; two groups
join only when their clauses are alike on average, so a fact does not drift along a chain of links;
two clauses whose quotes are already one fact are not linked again (what is left of them, "said X",
is who said it, which attribution tensions compare). The weights and thresholds are tuned on ECB+
(``bench/facts.py``, docs/accuracy.md "Facts").
Off-the-shelf
aligners (monolingual word aligners, SimAlign) align words inside one sentence pair and need a GPU model; what
is needed here is cheap clause-to-clause matching across dozens of articles at once.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from parallax.compare.context import StoryContext
from parallax.compare.dates import compatible, is_dated
from parallax.compare.units import STOP, Unit, numbers_in, stem
from parallax.model import Fact

THRESHOLD = 0.68
# Between two or three articles, two clauses that are each other's closest in the other's article and share
# an actor few clauses name, or are statements of one speaker, are one fact from this lower similarity:
# paraphrase keeps worded-apart reports of one fact below THRESHOLD, and between few articles a mutual best
# match is itself evidence. Among many articles every clause has close look-alikes, so there only THRESHOLD
# counts.
MUTUAL = 0.6
MUTUAL_ARTICLES = 3
RARE_ACTOR = 0.2  # an actor named in at most this share of a story's clauses
GROUP_THRESHOLD = 0.4  # the mean similarity two groups of clauses need to become one fact
LEXICAL = 0.5  # weight of the share of content stems two clauses have in common
ACTOR_BONUS = 0.05
FIGURE_BONUS = 0.05
DATE_CLASH = 0.1  # taken off when both clauses are dated and no dates agree
FRAGMENT = 0.3  # a label that does not read as a sentence of its own ("of rising costs") loses this much
@dataclass(slots=True)
class Alignment:
    """Which units state the same thing: groups of unit indexes, with the score of each group."""

    groups: list[list[int]]
    scores: list[float]
    group_of: dict[int, int]
    similarity: np.ndarray  # unit x unit, as ``similarity`` gives it (-1 within one article)


def _feature_matrix(sets: list[frozenset[str] | set[str]]) -> sparse.csr_matrix:
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for i, s in enumerate(sets):
        for x in s:
            rows.append(i)
            cols.append(vocab.setdefault(x, len(vocab)))
    data = np.ones(len(rows), dtype=np.float32)
    return sparse.csr_matrix((data, (rows, cols)), shape=(len(sets), max(len(vocab), 1)))


def _shared(sets: list[frozenset[str] | set[str]]) -> np.ndarray:
    """How many features each pair of units has in common."""
    m = _feature_matrix(sets)
    return (m @ m.T).toarray()


def similarity(ctx: StoryContext, keep: np.ndarray) -> np.ndarray:
    """How alike two clauses are; -1 within one article.

    The cosine is taken after removing the story's mean vector, so the topic every clause shares does
    not make unrelated clauses look alike; shared content stems, actors and figures add to it, and
    dates that cannot agree take from it.
    """
    units = ctx.units
    vectors = ctx.vectors - (ctx.vectors[keep].mean(axis=0) if keep.any() else 0.0)
    vectors /= np.clip(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-6, None)
    sim = vectors @ vectors.T
    stems = [frozenset(stem(w) for w in u.content) for u in units]
    sizes = np.array([len(s) for s in stems], dtype=np.float32)
    sim += LEXICAL * _shared(stems) / np.clip(np.minimum(sizes[:, None], sizes[None, :]), 1.0, None)
    sim += ACTOR_BONUS * np.minimum(_shared([u.actors for u in units]), 2.0)
    figures = [{f"{n.value:g}" for n in numbers_in(u.span.text)} | set(u.dates) for u in units]
    sim += FIGURE_BONUS * np.minimum(_shared(figures), 1.0)
    sim -= DATE_CLASH * _date_clash(units)
    art = np.array([u.article_id for u in units])
    sim[art[:, None] == art[None, :]] = -1.0
    return sim


def _date_clash(units: list[Unit]) -> np.ndarray:
    dated = [(i, [d for d in u.dates if is_dated(d)]) for i, u in enumerate(units)]
    dated = [(i, ds) for i, ds in dated if ds]
    clash = np.zeros((len(units), len(units)), dtype=np.float32)
    for x, (i, a) in enumerate(dated):
        for j, b in dated[x + 1 :]:
            if units[i].article_id != units[j].article_id and not any(compatible(p, q) for p in a for q in b):
                clash[i, j] = clash[j, i] = 1.0
    return clash


def align(ctx: StoryContext, threshold: float = THRESHOLD) -> Alignment:
    """Competitive linking of substantive clauses: the best remaining pair above the threshold is
    linked first, and a fact never takes two clauses of one article, so each link is a mutual best
    match among the clauses still free."""
    units = ctx.units
    keep = ctx.keep
    sim = similarity(ctx, keep) if units else np.zeros((0, 0), dtype=np.float32)
    masked = np.where(keep[:, None] & keep[None, :], sim, -1.0)
    linked = masked >= threshold
    if 1 < len({u.article_id for u in units}) <= MUTUAL_ARTICLES:
        about = (_shared(_rare_actors(units, keep)) > 0) | _same_speaker(units)
        linked |= (masked >= MUTUAL) & _mutual_best(units, masked) & about
    i, j = np.nonzero(np.triu(linked, k=1))
    edges = sorted(zip(masked[i, j].tolist(), i.tolist(), j.tolist(), strict=True), reverse=True)
    return _merge(units, keep, edges, sim)


def _rare_actors(units: list[Unit], keep: np.ndarray) -> list[set[str]]:
    """Each clause's actors that at most ``RARE_ACTOR`` of the story's clauses name, or once per article (not
    the protagonist every other clause names)."""
    counts = Counter(a for u, kept in zip(units, keep, strict=True) if kept for a in u.actors)
    limit = max(float(len({u.article_id for u in units})), RARE_ACTOR * float(keep.sum()))  # once per article
    return [{a for a in u.actors if counts[a] <= limit} for u in units]


def _same_speaker(units: list[Unit]) -> np.ndarray:
    """Pairs of clauses that are statements of one speaker: however often the story names the speaker, two
    alike things one person said are one statement."""
    speaker = np.array([u.speaker or "" for u in units])
    return (speaker[:, None] == speaker[None, :]) & (speaker[:, None] != "")


def _mutual_best(units: list[Unit], sim: np.ndarray) -> np.ndarray:
    """Pairs of clauses each of which is the other's closest clause in the other's article."""
    article = np.array([u.article_id for u in units])
    best = np.zeros(sim.shape, dtype=bool)
    for a in np.unique(article):
        cols = np.nonzero(article == a)[0]
        best[np.arange(len(units)), cols[np.argmax(sim[:, cols], axis=1)]] = True
    return best & best.T


def _merge(
    units: list[Unit], keep: np.ndarray, edges: list[tuple[float, int, int]], sim: np.ndarray
) -> Alignment:
    parent = list(range(len(units)))
    members = {i: {units[i].article_id: i} for i in range(len(units))}
    total = {i: [] for i in range(len(units))}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for score, i, j in edges:
        ri, rj = root(i), root(j)
        if ri == rj or members[ri].keys() & members[rj].keys():
            continue
        if {root(k) for k in _quotes_in(units, i)} & {root(k) for k in _quotes_in(units, j)}:
            continue  # their quotes are one fact already; the clauses around them say who said it
        a, b = list(members[ri].values()), list(members[rj].values())
        if (len(a) > 1 or len(b) > 1) and sim[np.ix_(a, b)].mean() < GROUP_THRESHOLD:
            continue  # the two would join through one strong link while most of their clauses differ
        parent[rj] = ri
        members[ri].update(members.pop(rj))
        total[ri] += [*total.pop(rj), score]
    if len({u.article_id for u in units}) <= MUTUAL_ARTICLES:
        for r, i, score in _gathered(units, keep, members, sim):
            members[r][units[i].article_id] = i
            total[r].append(score)
            members.pop(i)
    matched = {i for r, m in members.items() if len(m) > 1 for i in m.values()}
    groups, scores = [], []
    for r, m in members.items():
        idx = sorted(m.values())
        if len(idx) == 1:
            u = units[idx[0]]
            if not keep[idx[0]] or _covered(u, units, matched):
                continue
        groups.append(idx)
        scores.append(float(np.mean(total[r])) if total[r] else 1.0 - float(max(sim[idx[0]].max(), 0.0)))
    group_of = {i: g for g, idx in enumerate(groups) for i in idx}
    return Alignment(groups, scores, group_of, sim)


def _gathered(
    units: list[Unit], keep: np.ndarray, members: dict[int, dict[str, int]], sim: np.ndarray
) -> list[tuple[int, int, float]]:
    """(fact root, clause, mean similarity) for clauses of a third article that join a fact two others
    already share: the clause alike to the fact's clauses on average at ``MUTUAL``, closest to this fact of
    all facts, and the fact's closest clause in its article. Outlets paraphrase one fact three ways, and the
    third wording often stays under the threshold while the first two meet it."""
    facts = [r for r, m in members.items() if len(m) > 1]
    shared = {i for r in facts for i in members[r].values()}
    free = [
        i for i, m in members.items()
        if len(m) == 1 and keep[i] and units[i].nested_in is None and not shared & set(_quotes_in(units, i))
    ]  # a clause whose quote is a fact already only says who said it
    if not facts or not free:
        return []
    mean = np.array([[sim[i, list(members[r].values())].mean() for r in facts] for i in free])
    for x, i in enumerate(free):
        mean[x, [units[i].article_id in members[r] for r in facts]] = -1.0
    out = []
    for y, r in enumerate(facts):
        column = mean[:, y]
        for article in {units[i].article_id for i in free} - members[r].keys():
            rows = [x for x, i in enumerate(free) if units[i].article_id == article]
            x = max(rows, key=lambda k: column[k])
            if column[x] >= MUTUAL and int(np.argmax(mean[x])) == y:
                out.append((r, free[x], float(column[x])))
    best: dict[int, tuple[int, int, float]] = {}
    for r, i, score in sorted(out, key=lambda t: t[2]):
        best[i] = (r, i, score)  # a clause two facts want goes to the one it is likest
    return list(best.values())


def _quotes_in(units: list[Unit], i: int) -> list[int]:
    """The quotes nested in clause ``i`` (they follow it in ``units``)."""
    out, k = [], i + 1
    while k < len(units) and units[k].nested_in == units[i].index and units[k].article_id == units[i].article_id:
        out.append(k)
        k += 1
    return out


def _covered(unit: Unit, units: list[Unit], matched: set[int]) -> bool:
    """A clause whose quote (or whose enclosing clause) is already matched adds nothing new."""
    if unit.nested_in is not None:
        return unit.flat - unit.index + unit.nested_in in matched
    return any(k in matched for k in _quotes_in(units, unit.flat))


def weight(group: list[Unit], outlets: int) -> float:
    """How much a fact matters: actors, figures, named places, quotes, and how many outlets carry it."""
    best = 0.0
    for u in group:
        w = 1.0 + 0.6 * min(len(u.actors), 3) + 0.8 * min(len(numbers_in(u.span.text)), 2)
        w += 0.4 * min(u.places, 2) + 0.5 * u.quoted + 0.3 * bool(u.dates)
        w += 0.05 * min(len([x for x in u.words if x not in STOP]), 12)
        best = max(best, w)
    return round(best * (1.0 + 0.25 * (outlets - 1)), 3)


def about(group: list[Unit], max_words: int = 14) -> str:
    """A short label: the most typical mention (the one sharing most content with the others), a whole
    clause rather than a fragment or a caption, cut to a few words."""
    stems = [frozenset(stem(w) for w in u.content) for u in group]

    def typical(i: int) -> float:
        shared = [len(stems[i] & s) / max(1.0, (len(stems[i]) * len(s)) ** 0.5) for j, s in enumerate(stems) if j != i]
        text = group[i].span.text
        fragment = not text[:1].isupper() or not text.rstrip("”\"'’").endswith((".", "!", "?")) or _cut_open(text)
        return (sum(shared) / len(shared) if shared else 0.0) - FRAGMENT * fragment - 0.002 * len(text.split())

    text = group[max(range(len(group)), key=typical)].span.text
    words = text.split()
    return " ".join(words[:max_words]) + (" …" if len(words) > max_words else "")


def _cut_open(text: str) -> bool:
    """A clause that closes a bracket it never opened starts inside a caption or credit ("Photo: AP) A
    least seven people...", "Bill Murray's was better.]")."""
    for opening, closing in ("()", "[]"):
        depth = 0
        for ch in text:
            depth += (ch == opening) - (ch == closing)
            if depth < 0:
                return True
    return False


def build_facts(ctx: StoryContext, alignment: Alignment) -> list[Fact]:
    """Facts, most important first; a fact only copies carry besides their original is single-outlet. A
    quote that no other article carries is no fact of its own: the clause it sits in already shows it."""
    facts = []
    for idx, score in zip(alignment.groups, alignment.scores, strict=True):
        group = [ctx.units[i] for i in idx]
        if len(group) == 1 and group[0].nested_in is not None:
            continue
        outlets = ctx.independent([u.article_id for u in group])
        facts.append(
            Fact(
                id=fact_id(ctx.story.id, group),
                about=about(group),
                reported_by={u.article_id: u.span for u in group},
                weight=weight(group, len(outlets)),
                single_outlet=len(outlets) <= 1,
                confidence=round(min(max(score, 0.0), 1.0), 3),
            )
        )
    facts.sort(key=lambda f: -f.weight)
    return facts


def fact_id(story_id: str, group: list[Unit]) -> str:
    basis = story_id + "|" + "|".join(f"{u.article_id}:{u.span.start}" for u in group)
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:12]
