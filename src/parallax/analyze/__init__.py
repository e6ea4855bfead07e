"""The analyze stage: a pure function from an article's text to its ``Analysis``.

Each layer is a small function over the spaCy ``Doc`` and the layers before it (actors first, then
quotes, times, positions and tone), like components of a spaCy pipeline. Texts are parsed in batches
with ``nlp.pipe``; nothing here touches the disk or the network.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import types
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor

from spacy.tokens import Doc

from parallax.analyze import clauses, descriptions, entities, positions, quotes, times, tone
from parallax.analyze.nlp import load
from parallax.config import settings
from parallax.extract.hygiene import detect_language
from parallax.model import Analysis, Article

SUPPORTED_LANGUAGES = {"en"}
# Bump when the analysis changes, so stored analyses are redone on the next run.
ANALYSIS_VERSION = 13
ANALYSIS_FAILED = "analysis failed"


def analyze_doc(doc: Doc, article_id: str = "", published: str | None = None) -> Analysis:
    """All layers of the analysis over one parsed text."""
    return _with_tone([(doc, _rules(doc, article_id, published))])[0]


def analyze_docs(docs: Sequence[Doc], articles: Sequence[Article]) -> list[Analysis]:
    """All layers over parsed articles, the tone of all of them encoded in one call (batches of
    mentions of similar length pad less than each article's own). A rule that breaks on one odd
    article must not stop the others: the articles are then analysed one by one and it is skipped."""
    try:
        return _with_tone([(doc, _rules(doc, a.id, a.published)) for doc, a in zip(docs, articles, strict=True)])
    except Exception:  # the batch boundary: find the article that fails and record why
        return [_analyze_or_report(doc, a) for doc, a in zip(docs, articles, strict=True)]


def _rules(doc: Doc, article_id: str, published: str | None) -> Analysis:
    """The layers before tone: actors, quotes, dates and positions."""
    actors = entities.extract_entities(doc)
    said = quotes.extract_quotes(doc, actors)
    return Analysis(
        article_id=article_id,
        entities=actors,
        quotes=said,
        times=times.extract_times(doc, published),
        positions=positions.extract_positions(doc, actors, said),
        descriptions=[*descriptions.extract_descriptions(doc), *descriptions.extract_labels(doc, actors)],
        clause_cuts=clauses.clause_cuts(doc),
    )


def _with_tone(parsed: Sequence[tuple[Doc, Analysis]]) -> list[Analysis]:
    """The analyses with their actors' tone, encoded for all of them in one call."""
    analyses = [a for _, a in parsed]
    for analysis, tones in zip(analyses, tone.actor_tones([(d, a.entities) for d, a in parsed]), strict=True):
        analysis.tone = tones
    return analyses


def _skip_reason(text: str, language: str | None) -> str | None:
    if not text.strip():
        return "empty text"
    if language and language not in SUPPORTED_LANGUAGES:
        return f"language {language!r} is not supported (English only)"
    return None


def analyze(text: str, published: str | None = None, outlet: str | None = None) -> Analysis:
    """The analysis of one text: actors, quotes, dates, positions and tone, with character offsets."""
    article = Article(id="", source=outlet or "", text=text, outlet=outlet, published=published)
    return next(analyze_articles([article]))


def analyze_articles(
    articles: Iterable[Article], n_process: int = 1, batch_size: int = 16
) -> Iterator[Analysis]:
    """Analyses in input order; unsupported or empty articles come back skipped, with the reason.

    With ``n_process > 1`` whole chunks (parse and rules) run in worker processes, each loading the
    model once, so the rule layers parallelise along with the parsing. At most two chunks per worker
    are in flight, so a long stream of articles is never read into memory ahead of the workers. A chunk is
    one parse batch: with larger chunks the last one kept a worker busy while the other stood idle.
    """
    chunk_size = batch_size
    chunks = _chunks(articles, chunk_size)
    if n_process <= 1:
        for chunk in chunks:
            yield from _analyze_chunk(chunk)
        return
    context = multiprocessing.get_context("fork")
    threads = max(1, (os.cpu_count() or 1) // n_process)
    with ProcessPoolExecutor(n_process, mp_context=context, initializer=_start_worker, initargs=(threads,)) as pool:
        pending: deque[Future[list[Analysis]]] = deque()
        for chunk in chunks:
            pending.append(pool.submit(_analyze_chunk, chunk))
            if len(pending) > 2 * n_process:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _start_worker(threads: int) -> None:
    """A worker loads the model once and, unless the user set it, runs the tone encoder on its share of
    the cores: two workers each asking onnxruntime for every core made tone cost twice its time."""
    if not settings().embedding_threads:
        os.environ["PARALLAX_EMBEDDING_THREADS"] = str(threads)
        settings.cache_clear()
    load()


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for article in articles:
        chunk.append(article)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _analyze_chunk(articles: list[Article]) -> list[Analysis]:
    """One chunk, in order: skipped articles get their reason, the rest are parsed in one batch."""
    reasons = [_skip_reason(a.text, a.language or detect_language(a.text)[0]) for a in articles]
    parsed = [a for a, reason in zip(articles, reasons, strict=True) if not reason]
    done = iter(analyze_docs(list(load().pipe(a.text for a in parsed)), parsed))
    return [
        Analysis(article_id=a.id, skipped=reason) if reason else next(done)
        for a, reason in zip(articles, reasons, strict=True)
    ]


def _analyze_or_report(doc: Doc, article: Article) -> Analysis:
    """One article; a failure becomes its recorded reason."""
    try:
        return analyze_doc(doc, article.id, article.published)
    except Exception as err:  # the batch boundary: any failure becomes a recorded reason
        return Analysis(article_id=article.id, skipped=f"{ANALYSIS_FAILED}: {type(err).__name__}: {err}")


class _CallablePackage(types.ModuleType):
    """Lets ``parallax.analyze(text, published, outlet)`` be called, as the public API promises, while
    ``parallax.analyze`` stays the package its submodules live in."""

    def __call__(self, text: str, published: str | None = None, outlet: str | None = None) -> Analysis:
        return analyze(text, published, outlet)


sys.modules[__name__].__class__ = _CallablePackage
