"""One article's tokens, quote marks and actors, with the look-ups both the quote finder (``quotes``)
and its not-a-quote rules (``quote_filters``) need: which words are reporting verbs, where a quote's
paragraph runs, what stands before it."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from parallax.analyze.cues import NOT_SPEECH_PARTICLES, PHRASAL_PARTICLES, SPEECH_VERBS
from parallax.analyze.entities import ActorIndex
from parallax.analyze.marks import Marked, find_marked
from parallax.analyze.nlp import doc_text
from parallax.analyze.speaker_descriptions import read_statement
from parallax.analyze.speaker_syntax import QUOTE_CHARS, Who
from parallax.analyze.speakers import Speakers
from parallax.model import Entity, Span

SENT_END = ".!?"
TAG_PUNCT = ",:;—–-"


def other_verb(tok: Token) -> bool:
    """A cue whose particle makes it another verb: "called off the strike", "backed down"."""
    cancelling = NOT_SPEECH_PARTICLES.get(tok.lemma_, ())
    return any(c.dep_ == "prt" and c.lower_ in cancelling for c in tok.children)


def is_cue(tok: Token) -> bool:
    if read_statement(tok) is not None:  # '"...," a statement from the publisher read.'
        return True
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_ not in SPEECH_VERBS:
        return tok.lemma_ == "make" and any(c.lower_ == "clear" for c in tok.children)
    if other_verb(tok):
        return False
    particle = PHRASAL_PARTICLES.get(tok.lemma_)
    return particle is None or any(c.lower_ == particle for c in tok.children)


class Reader:
    """One article's tokens, quote marks and actors, with the look-ups the rules need."""

    def __init__(self, doc: Doc, entities: Sequence[Entity]):
        self.doc = doc
        self.text = doc_text(doc)
        self.entities = entities
        self.actors = ActorIndex(entities)
        self.marks = find_marked(self.text)
        self.mark_starts = [m.start for m in self.marks]
        self.starts = [t.idx for t in doc]
        self.speakers = Speakers(doc, self.text, self.actors, self.quoted, self.token_at)

    def token_at(self, char: int) -> int:
        """Index of the token that holds (or comes first after) a character offset."""
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def quoted(self, char: int) -> Marked | None:
        i = bisect.bisect_right(self.mark_starts, char) - 1
        if i >= 0 and self.marks[i].start <= char < self.marks[i].end:
            return self.marks[i]
        return None

    def span(self, start: Token, end: Token) -> Span:
        return Span.of(self.text, start.idx, end.idx + len(end))

    def speaker(self, cue: Token) -> Who:
        """Who a cue's statement belongs to (``speakers.Speakers.of_cue``)."""
        return self.speakers.of_cue(cue)


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    return left, len(text) if right < 0 else right


def char_before(text: str, start: int) -> str:
    """The character before a quote's opening marks and spaces (a newline at the start of the text)."""
    j = start - 1
    while j >= 0 and (text[j] in QUOTE_CHARS or text[j] in " \t"):
        j -= 1
    return text[j] if j >= 0 else "\n"


def is_that(tok: Token) -> bool:
    return tok.dep_ == "mark" and tok.lower_ == "that"
