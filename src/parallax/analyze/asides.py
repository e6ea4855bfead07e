"""Asides set off by dashes ("X - who backed Y - said ..."): the parser often loses the subject across
them, or takes a name inside the aside for the verb's subject."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from parallax.analyze.nlp import sentence_of

DASHES = ("-", "–", "—", "--")


def aside_opener(verb: Token) -> Token | None:
    """The name or pronoun that opens the sentence before an aside ending right before ``verb``: the
    verb's subject, whatever the parser hung there."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text not in DASHES:
        return None
    sentence = sentence_of(verb)
    opening = [t for t in doc[sentence.start : verb.i - 1] if t.text in DASHES]
    if len(opening) != 1 or opening[0].i == sentence.start:
        return None
    head = doc[opening[0].i - 1]
    named = head.pos_ in ("PROPN", "PRON") or (head.pos_ == "NOUN" and head.is_title)
    aside = range(opening[0].i, verb.i + 1)
    if named and head.left_edge.i == sentence.start and (head.head.i in aside or head.head.i == head.i):
        return head
    return None


def aside_subjects(doc: Doc, subject_deps: frozenset[str] | set[str]) -> tuple[set[int], set[int]]:
    """(openers, hidden): the words that open a sentence before an aside and are the subject of the verb
    after it, and the words inside such an aside the parser made that verb's subject."""
    openers: set[int] = set()
    hidden: set[int] = set()
    for tok in doc:
        opener = aside_opener(tok) if tok.pos_ in ("VERB", "AUX") else None
        if opener is None:
            continue
        openers.add(opener.i)
        hidden.update(c.i for c in tok.children if c.dep_ in subject_deps and c.i > opener.i)
    return openers, hidden
