"""Asides set off by dashes ("X - who backed Y - said ..."): the parser often loses the subject across
them, or takes a name inside the aside for the verb's subject; and a comment appended after a dash
("there were 50,000 -- easily the biggest protest ...") is the writer's, no part of a reported clause."""

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
    after it, and the words inside such an aside the parser made that verb's subject. Kept on the Doc:
    the actor rules ask twice per article (read only)."""
    key = "parallax.asides." + ".".join(sorted(subject_deps))
    if key in doc.user_data:
        return doc.user_data[key]
    openers: set[int] = set()
    hidden: set[int] = set()
    for tok in doc:
        opener = aside_opener(tok) if tok.pos_ in ("VERB", "AUX") else None
        if opener is None:
            continue
        openers.add(opener.i)
        hidden.update(c.i for c in tok.children if c.dep_ in subject_deps and c.i > opener.i)
    doc.user_data[key] = (openers, hidden)
    return openers, hidden


def is_dash(tok: Token) -> bool:
    """A dash that sets words off: an em or en dash, "--", or a hyphen with a space on each side."""
    if tok.text != "-":
        return tok.text in DASHES
    return tok.i > 0 and bool(tok.whitespace_) and bool(tok.doc[tok.i - 1].whitespace_)


def before_dash_comment(doc: Doc, head: Token, start: int, end: int) -> int:
    """The last word of a clause (``head`` its verb, ``start``..``end`` its words) before a dash after
    its verb that opens a comment running to the clause's end: a lone dash, with no second one closing
    an aside inside the clause, and no "and" or "but" after it. ``end`` when there is none."""
    dashes = [i for i in range(max(start, head.i + 1), end + 1) if is_dash(doc[i])]
    if len(dashes) != 1 or dashes[0] == end or doc[dashes[0] + 1].dep_ == "cc":
        return end  # "-- and that ...": the clause goes on
    cut = dashes[0] - 1
    while cut >= start and (doc[cut].is_punct or doc[cut].is_space):
        cut -= 1
    return cut if cut > head.i else end
