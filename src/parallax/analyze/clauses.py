"""Where a long sentence holds several facts, read from its dependency parse.

A sentence such as "She hosted the show in 2007 and earned an award nomination for her work" states two
facts, and the comparison aligns a fact with one clause per article, so as one unit it could join only one
of them (and its span would be so long that the other outlet's words cover little of it). Punctuation does
not tell these cuts apart from a list of nouns ("his wife, his son and members of all teams") or a
coordinated pair of verbs that share one object; the parse does. The parse is the analysis stage's, so the
cuts are read here, once per article, and kept in the analysis for the comparison (``compare.units``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from parallax.analyze.nlp import doc_text
from parallax.model import Span as TextSpan

_CUE = re.compile(r"\band\b|,\s+(?:where\b|[^\W\d_]+ing\b)", re.IGNORECASE)
_MIN_WORDS = 12  # a shorter sentence has no room for two clauses of four words or more
# What makes a coordinated verb a predicate of its own rather than one of two verbs sharing an object
# ("bought and sold shares"): a subject, object or complement of its own.
_OWN = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "acomp", "oprd", "ccomp", "xcomp", "agent", "dative"})
_VERBS = frozenset({"VERB", "AUX"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def clause_cuts(doc: Doc) -> list[TextSpan]:
    """The words to cut long sentences at, between facts they state one after the other: before a
    predicate coordinated with the main one ("hosted the show in 2007 | and earned a nomination"), before a
    participle clause after a comma ("first hosted the Harbour Awards in 2007, | becoming the second woman ..."),
    before a relative clause on a place (", where | Okafor served as editor"). Only sentences long enough to
    hold two clauses and holding one of those cues are read."""
    text = doc_text(doc)
    cuts: set[tuple[int, int]] = set()
    for sent in doc.sents:
        if len(sent) >= _MIN_WORDS and _CUE.search(text, sent.start_char, sent.end_char):
            cuts.update(_read(sent))
    return [TextSpan(a, b, text[a:b]) for a, b in sorted(cuts)]


def _read(sent: Span) -> list[tuple[int, int]]:
    root = sent.root
    if root.pos_ not in _VERBS or _misread(sent, root):
        return []
    cuts: list[tuple[int, int]] = []
    predicates = _predicates(root)
    for verb in predicates:
        if verb.dep_ == "conj" and _joined(verb) and any(c.dep_ in _OWN for c in verb.children):
            cuts.append(_before(verb, verb.head))
    for head in predicates:
        cuts += [_before(c, head) for c in head.children if c.i > head.i and _participle(c) and _after_comma(c)]
    cuts += [_before(t, t.head) for t in sent if _where(t) and _after_comma(t)]
    return cuts


def _predicates(root: Token) -> list[Token]:
    """The sentence's main predicates: its root, the statement a trailing "X said" reports ("she returned
    and opened fire, police said"), and the verbs coordinated with either, one after another."""
    out = [root, *(c for c in root.children if c.dep_ == "ccomp" and c.pos_ in _VERBS)]
    for verb in out:
        out += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in _VERBS]
    return out


def _misread(sent: Span, root: Token) -> bool:
    """A parse whose clauses are not to be trusted: a bare past participle read as the main verb
    ("Audiotapes seized from his van ... depicted Brandt"), or a finite verb read as a noun's modifier
    ("a bank branch choked on smoke"); the sentence is then left whole."""
    bare = root.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in root.children)
    return bare or any(t.dep_ == "acl" and t.tag_ in _FINITE for t in sent)


def _joined(verb: Token) -> bool:
    """A verb coordinated with the one before it by a conjunction or comma of that verb's own, after the
    first verb has said something ("bought shares and sold them", not "bought and sold shares", whose
    object both share, nor "after swastikas and phrases were found", whose "and" joins two nouns)."""
    head, first = verb.head, verb.left_edge
    said = any(head.i < c.i < first.i and c.dep_ not in ("cc", "punct") for c in head.children)
    joint = first.i > 0 and first.nbor(-1).head == head and first.nbor(-1).dep_ in ("cc", "punct")
    return verb.i > head.i and said and joint


def _participle(token: Token) -> bool:
    return token.dep_ == "advcl" and token.tag_ == "VBG" and token.left_edge.i == token.i


def _where(token: Token) -> bool:
    return token.dep_ == "relcl" and token.left_edge.lower_ == "where" and token.head.i < token.i


def _after_comma(token: Token) -> bool:
    first = token.left_edge
    return first.i > 0 and first.nbor(-1).text == ","


def _before(token: Token, head: Token) -> tuple[int, int]:
    """The words between ``head``'s part and ``token``'s clause: a comma, a conjunction, "where"."""
    doc = token.doc
    first = token.left_edge
    k = first.i
    while k > head.i + 1 and (doc[k - 1].dep_ == "cc" or doc[k - 1].text in (",", ";")):
        k -= 1
    start = first.i + 1 if first.lower_ == "where" else first.i
    return doc[k].idx, doc[start].idx
