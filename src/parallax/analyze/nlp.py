"""The spaCy pipeline, loaded once per process and chosen by name from the settings."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan
from spacy.util import compile_infix_regex

from parallax.config import settings

PARAGRAPHS = "parallax_paragraphs"
# A flattened page loses the space after a closing quote or before an opening one ('Kim Jong-un,"Trump
# told', 'concessions."We will'): the punctuation and the mark are split off so the name and the quote's
# first word are words of their own, as the parser and the speaker rules need them.
# Police and military ranks written short ("Cpl. Jane Roe told"): one word each, as spaCy already has "Gen."
# and "Sen.", so the full stop is not read as the end of a sentence that cuts the speaker from the quote.
RANKS = ("Cpl.", "Sgt.", "Insp.", "Supt.", "Lt.", "Capt.", "Col.", "Maj.", "Cmdr.", "Det.", "Cst.", "Const.", "Pte.",
         "Pvt.", "Brig.")
GLUED_QUOTES = (r'(?<=[A-Za-z0-9])[.,!?](?=["\u201c\u201d][A-Z])', r'(?<=[.,!?])["\u201c\u201d](?=[A-Z])')


@Language.component(PARAGRAPHS)
def paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence after every line break unless the next line runs on in lower case.

    The statistical parser reads a headline and the paragraph below it as one sentence when the
    headline has no full stop, so a quote or a date in the first paragraph took the headline with it.
    A hard-wrapped line that goes on mid-sentence starts in lower case and is left to the parser.
    """
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            following = doc[token.i + 1]
            if not following.text[:1].islower():
                following.is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load(name: str | None = None) -> Language:
    """The named spaCy pipeline (default: the configured one), loaded once per process."""
    model = name or settings().spacy_model
    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise RuntimeError(
            f"spaCy model {model!r} is not installed; install it with pip or set PARALLAX_SPACY_MODEL"
        ) from err
    nlp.max_length = max(nlp.max_length, settings().max_text_chars + 1)
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, *GLUED_QUOTES]).finditer
    for rank in RANKS:
        nlp.tokenizer.add_special_case(rank, [{ORTH: rank}])
    first_segmenter = next((n for n in ("parser", "senter") if n in nlp.pipe_names), None)
    if first_segmenter:
        nlp.add_pipe(PARAGRAPHS, before=first_segmenter)
    return nlp


_SENTENCES = "parallax.sentence_bounds"


def sentence_of(item: Token | SpacySpan) -> SpacySpan:
    """The sentence holding a token (or a span's first token), found by bisection.

    spaCy's ``Token.sent`` and ``Span.sent`` check the whole Doc's annotation on every call, which makes
    rules that ask once per token quadratic in the article's length; the bounds are computed once per Doc.
    """
    doc = item.doc
    bounds = doc.user_data.get(_SENTENCES)
    if bounds is None:
        sentences = list(doc.sents)
        bounds = doc.user_data[_SENTENCES] = ([s.start for s in sentences], [s.end for s in sentences])
    index = bisect_right(bounds[0], item.i if isinstance(item, Token) else item.start) - 1
    return doc[bounds[0][index] : bounds[1][index]]


_TEXT = "parallax.text"


def doc_text(doc: Doc) -> str:
    """The Doc's text, built once: spaCy's ``Doc.text`` joins every token again on each access."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


_HEADLINE_WORDS = 3
_HEADLINE_SHARE = 0.8
_SHORT_WORD = 3  # "of", "the", "in", "and" stay lower case in title-case headlines


def capitalised_like_a_headline(tokens: Iterable[Token]) -> bool:
    """Whether most longer words of a stretch open with a capital, as headlines write them: there a
    capital says nothing about names or quotes."""
    words = [t for t in tokens if t.is_alpha and len(t) > _SHORT_WORD]
    capitals = sum(t.is_title or t.is_upper for t in words)
    return len(words) >= _HEADLINE_WORDS and capitals >= _HEADLINE_SHARE * len(words)
