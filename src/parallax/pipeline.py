"""Runs the stages over what is new: ingest, extract, analyze, stories, compare, present.

Each stage reads what the store holds, does only the missing work, and writes its output back, so a
run can be interrupted at any point and run again into the same store without losing or duplicating
anything. The per-article work (extract, analyze) is pure; this module is the only place where the
stages meet the store and the output folder.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

import numpy as np

from parallax.analyze import ANALYSIS_FAILED, ANALYSIS_VERSION, analyze_articles
from parallax.compare import COMPARE_VERSION, compare_story
from parallax.compare.context import texts_to_embed
from parallax.errors import ParallaxError
from parallax.extract.article import extract_article
from parallax.ingest import iter_documents
from parallax.ingest.manifest import Manifest
from parallax.model import Analysis, Article, Failure, RawDocument, Story, StoryBriefing
from parallax.present.briefing import build_briefing, write_json
from parallax.present.html import write_report
from parallax.store import Store
from parallax.stories.cluster import Correction, StoryIndex
from parallax.stories.dedup import CopyIndex
from parallax.stories.embed import embed
from parallax.stories.score import article_vectors

COPY_INDEX = "copy_index"
STORY_INDEX = "story_index"
CHECKPOINT_EVERY = 200
EMBED_CHUNK = 2000  # texts embedded and stored together, so an interrupted run keeps most of its work


class Progress:
    """What the stages report while they work; the CLI shows it as progress bars."""

    def start(self, stage: str, total: int | None = None) -> None:
        """A stage begins, with the number of items when known."""

    def advance(self, steps: int = 1) -> None:
        """Items of the current stage are done."""

    def done(self) -> None:
        """The current stage is finished."""


@dataclass(slots=True)
class IngestSummary:
    read: int = 0
    stored: int = 0
    already_stored: int = 0
    duplicates: int = 0
    failures: list[Failure] = field(default_factory=list)


@dataclass(slots=True)
class RunSummary:
    ingest: IngestSummary
    analysed: int = 0
    skipped: list[Failure] = field(default_factory=list)
    stories: int = 0
    multi_outlet_stories: int = 0
    outputs: list[Path] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        """True when an input could not be read or an analysis broke (unsupported languages are not failures)."""
        return bool(self.ingest.failures) or any(f.reason.startswith(ANALYSIS_FAILED) for f in self.skipped)


def open_store(out_dir: Path | None, db: str | None) -> Store:
    """The store named by ``db``, else ``OUT/parallax.db`` so an output folder is self-contained."""
    if db:
        return Store(db)
    if out_dir is None:
        raise ParallaxError("give --db or an output folder")
    return Store(Path(out_dir) / "parallax.db")


def ingest(
    store: Store,
    inputs: Sequence[str],
    manifest: Manifest | None = None,
    allow_network: bool = False,
    progress: Progress | None = None,
) -> IngestSummary:
    """Read every input, keep its raw bytes, extract and store the articles that are new."""
    progress = progress or Progress()
    summary = IngestSummary()
    copies = _copy_index(store)
    progress.start("ingest")
    for item in iter_documents(list(inputs), manifest=manifest, allow_network=allow_network):
        progress.advance()
        if isinstance(item, Failure):
            summary.failures.append(item)
            store.put_failure(item)
            continue
        summary.read += 1
        _ingest_one(store, copies, item, summary)
        if summary.stored and summary.stored % CHECKPOINT_EVERY == 0:
            store.put_state(COPY_INDEX, copies.to_state())
    store.put_state(COPY_INDEX, copies.to_state())
    progress.done()
    return summary


def _ingest_one(store: Store, copies: CopyIndex, raw: RawDocument, summary: IngestSummary) -> None:
    try:
        article = extract_article(raw)
    except ParallaxError as err:
        failure = Failure(source=raw.source, reason=err.reason, stage="extract")
        summary.failures.append(failure)
        store.put_raw(raw)
        store.put_failure(failure)
        return
    store.put_raw(raw)
    if store.has_article(article.id):
        summary.already_stored += 1
        return
    original = copies.add(article.id, article.text)
    if original:
        article = replace(article, duplicate_of=original)
        summary.duplicates += 1
    store.put_article(article)
    summary.stored += 1


def _copy_index(store: Store) -> CopyIndex:
    """The stored copy index, brought up to date with articles stored after its last checkpoint."""
    state = store.get_state(COPY_INDEX)
    index = CopyIndex.from_state(state) if state else CopyIndex()
    for article in store.articles(i for i in store.article_ids() if i not in index):
        index.add(article.id, article.text)
    return index


def analyze_new(store: Store, jobs: int = 1, progress: Progress | None = None) -> tuple[int, list[Failure]]:
    """Analyse the stored articles that have no current analysis; returns (analysed, skipped)."""
    progress = progress or Progress()
    todo = store.articles(store.article_ids() - store.analysis_ids(ANALYSIS_VERSION))
    skipped: list[Failure] = []
    sources = {a.id: a.source for a in todo}
    progress.start("analyze", len(todo))
    for analysis in analyze_articles(todo, n_process=jobs):
        store.put_analysis(analysis, ANALYSIS_VERSION)
        if analysis.skipped:
            skipped.append(Failure(sources[analysis.article_id], analysis.skipped, stage="analyze"))
        progress.advance()
    progress.done()
    return len(todo), skipped


def assign_stories(store: Store, progress: Progress | None = None) -> StoryIndex:
    """Put every new article into a story, then re-apply the user's corrections (they always win)."""
    progress = progress or Progress()
    state = store.get_state(STORY_INDEX)
    index = StoryIndex.from_state(state) if state else StoryIndex()
    new = store.articles(i for i in store.article_ids() if i not in index)
    analyses = store.analyses(a.id for a in new)
    progress.start("stories", len(new))
    if new:
        for article, vector in zip(new, article_vectors(new), strict=True):
            actors = [e.name for e in analyses.get(article.id, Analysis(article.id)).entities]
            index.assign(article, vector, actors=actors, when=_when(article))
            progress.advance()
    index.replay(_stored_corrections(store))
    store.put_state(STORY_INDEX, index.to_state())
    progress.done()
    return index


def _stored_corrections(store: Store) -> list[Correction]:
    return [Correction(kind, tuple(args["articles"]), args.get("result")) for kind, args in store.corrections()]


def correct_stories(store: Store, kind: str, target: str, articles: Sequence[str] = ()) -> str:
    """Apply and keep a user's correction of the stories; it is re-applied on every later run.

    ``merge``: story ``target`` absorbs story ``articles[0]``; ``split``: ``articles`` leave story
    ``target`` for a new story; ``move``: article ``articles[0]`` joins story ``target``.
    Returns the id of the story the correction produced.
    """
    index = assign_stories(store)
    stories = index.stories()
    named_stories = [target, *articles] if kind == "merge" else [target]
    for story in named_stories:
        if index.resolve(story) not in stories:
            raise ParallaxError(f"no story {story!r}; see 'parallax stories list'")
    try:
        if kind == "merge":
            result = index.merge(target, articles[0])
        elif kind == "split":
            result = index.split(target, list(articles))
        else:
            result = index.move(articles[0], target)
    except KeyError as err:
        raise ParallaxError(f"cannot {kind}: {err.args[0]}") from err
    correction = index.corrections[-1]
    store.add_correction(correction.kind, {"articles": list(correction.articles), "result": correction.result})
    store.put_state(STORY_INDEX, index.to_state())
    return result


def _when(article: Article) -> datetime | None:
    if not article.published:
        return None
    try:
        return datetime.fromisoformat(article.published)
    except ValueError:
        return None


def compare_stories(
    store: Store, index: StoryIndex, groups: dict[str, str] | None = None, progress: Progress | None = None
) -> list[StoryBriefing]:
    """The cross-outlet comparison of every story; a story whose inputs did not change is not redone.

    Only the articles and analyses of stories that changed are read from the store, so a run that adds
    a few articles to a large store compares (and loads) only the stories they joined.
    """
    progress = progress or Progress()
    groups = groups or {}
    stories = index.story_records()
    progress.start("compare", len(stories))
    briefings = []
    for story in stories:
        signature = _signature(story, groups)
        briefing = store.briefing(story.id, signature)
        if briefing is None:
            stored = {a.id: a for a in store.articles(story.article_ids)}
            members = [stored[i] for i in story.article_ids if i in stored]
            analyses = store.analyses(story.article_ids)
            story.title = _story_title(members)
            story_groups = {**_article_groups(members), **groups}
            vectors = embed_new_texts(store, members, analyses) if len(members) > 1 else {}
            briefing = compare_story(story, {a.id: a for a in members}, analyses, story_groups, vectors=vectors)
            store.put_briefing(signature, briefing)
        briefings.append(briefing)
        progress.advance()
    progress.done()
    return briefings


def _signature(story: Story, groups: dict[str, str]) -> str:
    """What a story's comparison depends on: its articles (whose ids are their content), copies, the
    user's outlet groups and the code's versions."""
    basis = json.dumps([story.article_ids, story.copies, sorted(groups.items()), ANALYSIS_VERSION, COMPARE_VERSION])
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()


def embed_new_texts(
    store: Store, articles: Sequence[Article], analyses: Mapping[str, Analysis]
) -> dict[str, np.ndarray]:
    """The vectors of the clauses the comparison reads from these articles: from the store, and those
    never embedded are embedded now and kept, so no article's clauses are embedded twice."""
    texts = list(dict.fromkeys(t for a in articles for t in texts_to_embed(a, analyses.get(a.id))))
    vectors = store.text_vectors(texts)
    missing = [t for t in texts if t not in vectors]
    for i in range(0, len(missing), EMBED_CHUNK):
        chunk = dict(zip(missing[i : i + EMBED_CHUNK], embed(missing[i : i + EMBED_CHUNK]), strict=True))
        store.put_text_vectors(chunk)
        vectors.update(chunk)
    return vectors


def _article_groups(articles) -> dict[str, str]:
    return {a.outlet: a.group for a in articles if a.outlet and a.group}


def _story_title(members: list[Article]) -> str | None:
    originals = [a for a in members if not a.duplicate_of and a.title] or [a for a in members if a.title]
    return originals[0].title if originals else None


def export(store: Store, out_dir: Path, briefings: list[StoryBriefing]) -> list[Path]:
    """Write briefing.json, index.html and one Markdown and HTML page per story."""
    out_dir.mkdir(parents=True, exist_ok=True)
    data = build_briefing(store.articles(), store.analyses(), briefings)
    path = out_dir / "briefing.json"
    write_json(path, data)
    return [path, *write_report(out_dir, data)]


def run(
    inputs: Sequence[str],
    out_dir: Path,
    db: str | None = None,
    manifest: Manifest | None = None,
    groups: dict[str, str] | None = None,
    allow_network: bool = False,
    jobs: int = 1,
    progress: Progress | None = None,
) -> RunSummary:
    """The main job: every stage over what is new, then the briefing export."""
    store = open_store(out_dir, db)
    summary = RunSummary(ingest=ingest(store, inputs, manifest, allow_network, progress))
    summary.analysed, summary.skipped = analyze_new(store, jobs, progress)
    index = assign_stories(store, progress)
    briefings = compare_stories(store, index, groups, progress)
    summary.stories = len(briefings)
    summary.multi_outlet_stories = sum(1 for b in briefings if len(b.outlets) > 1)
    summary.outputs = export(store, out_dir, briefings)
    return summary


def each_failure(summary: RunSummary) -> Iterator[Failure]:
    yield from summary.ingest.failures
    yield from summary.skipped


