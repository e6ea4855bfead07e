"""Descriptions: the noun phrases in which an article qualifies a thing with a word of its own choosing.

"the camp's remote location", "a staunch supporter", "the self-declared moratorium": the adjectives and
participles before a noun are where outlets choose their words for one referent, and the comparison
(``compare.wording``) sets one outlet's description of a noun against another's. A measure before a
noun ("a 24-hour walkout" / "a 24-hour strike") pins the referent down, so there the noun is the
choice. Only the parse knows which words modify which noun, so they are read here, once per article,
and kept in the analysis.

Words that say which or how many rather than how a thing is seen (sizes, ages, order, directions,
scope: "new", "first", "northern", "local") are left out: two outlets giving two of them speak of two
things ("the first round" / "the second round"), not of one thing in two words.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from parallax.analyze.cues import NOT_CHOSEN
from parallax.analyze.nlp import doc_text
from parallax.model import Description, Span

_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "advmod"})
_MODIFIER_POS = frozenset({"ADJ", "VERB"})
# A figure joined to its unit before a noun ("a 24-hour strike", "the 90-minute meeting", "a 42-year-old man").
_MEASURE = re.compile(r"\b\d[\d.,]*(?:bn|m|k)?-[a-z]+(?:-[a-z]+)*\b", re.IGNORECASE)


def extract_descriptions(doc: Doc) -> list[Description]:
    """Each noun phrase with at least one chosen modifier or a measure, stretched over an "of" phrase after
    its noun ("a firm supporter of the senator")."""
    out = []
    text = doc_text(doc)
    for chunk in doc.noun_chunks:
        head = chunk.root
        if head.pos_ != "NOUN":
            continue
        chosen = [t for t in chunk if t.i != head.i and _chosen(t)]
        measure = _MEASURE.search(text, chunk.start_char, head.idx)
        if not chosen and measure is None:
            continue
        end = max([chunk.end, *(c.right_edge.i + 1 for c in head.rights if c.dep_ == "prep" and c.lower_ == "of")])
        first = next(t for t in chunk if not t.is_punct)
        start = first.idx
        stop = doc[end - 1].idx + len(doc[end - 1])
        out.append(Description(
            span=Span(start, stop, text[start:stop]),
            head=head.lower_,
            modifiers=[t.lemma_.lower() for t in chosen],
            measure=measure.group().lower() if measure else None,
        ))
    return out


def _chosen(token: Token) -> bool:
    return (
        token.dep_ in _MODIFIER_DEPS and token.pos_ in _MODIFIER_POS and token.is_alpha and token.text.islower()
        and not token.like_num and token.lemma_.lower() not in NOT_CHOSEN
    )
