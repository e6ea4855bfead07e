"""The analyze stage: a pure function from an article's text to its ``Analysis``.

Each layer is a small function over the spaCy ``Doc`` and the layers before it (actors first, then
quotes, times, positions and tone), like components of a spaCy pipeline. Texts are parsed in batches
with ``nlp.pipe``; nothing here touches the disk or the network.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from parallax.analyze import entities, positions, quotes, times, tone
from parallax.analyze.nlp import load
from parallax.extract.hygiene import detect_language
from parallax.model import Analysis, Article

SUPPORTED_LANGUAGES = {"en"}
# Bump when the analysis changes, so stored analyses are redone on the next run.
ANALYSIS_VERSION = 1


def analyze_doc(doc: Doc, article_id: str = "", published: str | None = None) -> Analysis:
    """All layers of the analysis over one parsed text."""
    actors = entities.extract_entities(doc)
    said = quotes.extract_quotes(doc, actors)
    return Analysis(
        article_id=article_id,
        entities=actors,
        quotes=said,
        times=times.extract_times(doc, published),
        positions=positions.extract_positions(doc, actors, said),
        tone=tone.actor_tone(doc, actors),
    )


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
    """Analyses in input order; unsupported or empty articles come back skipped, with the reason."""
    nlp = load()
    pending: list[Article] = []
    for article in articles:
        language = article.language or detect_language(article.text)[0]
        reason = _skip_reason(article.text, language)
        if reason:
            yield from _flush(nlp, pending, n_process, batch_size)
            pending = []
            yield Analysis(article_id=article.id, skipped=reason)
            continue
        pending.append(article)
        if len(pending) >= batch_size * max(n_process, 1) * 4:
            yield from _flush(nlp, pending, n_process, batch_size)
            pending = []
    yield from _flush(nlp, pending, n_process, batch_size)


def _flush(nlp, articles: list[Article], n_process: int, batch_size: int) -> Iterator[Analysis]:
    docs = nlp.pipe((a.text for a in articles), n_process=n_process, batch_size=batch_size)
    for article, doc in zip(articles, docs, strict=True):
        yield analyze_doc(doc, article.id, article.published)
