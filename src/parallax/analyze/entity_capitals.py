"""Where a word's capital says nothing about it being a name, which words an article also writes in
lower case, and which words are common words no name is made of.

A capital marks a name everywhere but in a title-case headline and at the start of a sentence; there a
common word looks like a name too. The name rules (``entity_names``) and the grouping of names into
actors (``entity_groups``) both ask these questions, once per candidate word, so the answers are
memoised on the Doc.
"""

from __future__ import annotations

from functools import cache

from spacy.attrs import ORTH
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from parallax.analyze.nlp import capitalised_like_a_headline, load, sentence_of

_LOWER_FORMS = "parallax.entities.orth_counts"
_HEADLINES = "parallax.entities.headlines"
HEADLINE = "headline"
OPENING = "opening"


def written_once(doc: Doc, tok: Token) -> bool:
    """Whether the article writes this word (in this case) only once."""
    return _orth_counts(doc).get(tok.orth, 0) == 1


def seen_lower(doc: Doc, word: str) -> bool:
    """Whether the article writes this lower-case word somewhere."""
    return doc.vocab.strings[word] in _orth_counts(doc)


def _orth_counts(doc: Doc) -> dict[int, int]:
    """How often the article writes each exact word (taken once per Doc)."""
    counts = doc.user_data.get(_LOWER_FORMS)
    if counts is None:
        counts = doc.user_data[_LOWER_FORMS] = doc.count_by(ORTH)
    return counts


def _in_headline(sentence: SpacySpan) -> bool:
    """Whether a sentence capitalises most of its words, as headlines do (memoised per Doc)."""
    known = sentence.doc.user_data.setdefault(_HEADLINES, {})
    if sentence.start not in known:
        known[sentence.start] = capitalised_like_a_headline(sentence)
    return known[sentence.start]


def uninformative(tok: Token) -> str:
    """Where a word's capital tells nothing: in a headline that capitalises most words, or opening a
    sentence (or a quote that opens one); "" elsewhere."""
    if _in_headline(sentence_of(tok)):
        return HEADLINE
    before = tok.doc[tok.i - 1] if tok.i else None
    return OPENING if tok.is_sent_start or (before is not None and before.is_quote and before.is_sent_start) else ""


_DESCRIBING = ("adj", "adv")


@cache
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """(adjectives and adverbs, nouns) of the lemmatiser's English word index; empty without one."""
    nlp = load()
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset(), frozenset()
    lookups = nlp.get_pipe("lemmatizer").lookups
    if not lookups.has_table("lemma_index"):
        return frozenset(), frozenset()
    index = lookups.get_table("lemma_index")
    describing = frozenset(w for pos in _DESCRIBING for w in index.get(pos, ()))
    return describing, frozenset(index.get("noun", ()))


def common_word(tok: Token) -> bool:
    """A word no name is made of: an adjective or adverb that is no noun ("Furious", "Previously") or is a
    function word ("Above", "Down"); "Frank", "Rose" or "Will" are nouns too and may be given names."""
    describing, nouns = _lexicon()
    word = tok.lower_
    return word in describing and (tok.is_stop or word not in nouns)


def common_noun(tok: Token) -> bool:
    """A word of the lemmatiser's English noun index ("News", "Purchase"; also surnames like "Bush")."""
    nouns = _lexicon()[1]
    word = tok.lower_
    return word in nouns or tok.lemma_.lower() in nouns or (word.endswith("s") and word[:-1] in nouns)
