"""The words of a position and the ``Position`` built from them: the about and evidence spans, the list
items an object splits into, the source (quoted, reported, asserted) and the holders named with it.

Kept apart from the cue readers (``position_verbs``, ``positions``) because every reader cuts and builds its
positions the same way: one place below them all.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from parallax.analyze.nlp import doc_text, sentence_of
from parallax.analyze.position_holders import Context, Holder, actor_of, examples, group_of, quote_at, reporter_of
from parallax.model import Position, PositionSource, Span, Stance

MAX_ABOUT_WORDS = 14
SIDE_DEPS = {"mark", "advcl", "conj", "cc", "parataxis", "punct", "dep", "intj"}  # what hangs beside a clause's core
_DANGLING_POS = {"ADP", "DET", "CCONJ", "SCONJ", "PART", "AUX"}  # words a cut phrase must not end on
_ADJUNCT_DEPS = {"advcl", "advmod", "npadvmod"}  # what a long object clause may shed after its verb


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    text = doc_text(doc)[start:end]
    lead = re.match(r"^(?:[\s,;:\-–—]|and\b|or\b|but\b|so\s|that\b|to\b)+", text, flags=re.I)
    start += lead.end() if lead else 0
    text = doc_text(doc)[start:end]
    return start, start + len(re.sub(r"[\s,;:.\u201d\"'’–—-]+$", "", text))


def subtree_span(tok: Token, skip: set[int] | None = None) -> tuple[int, int]:
    toks = [t for t in tok.subtree if not skip or t.i not in skip]
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def object_span(obj: Token, skip: set[int] | None = None) -> tuple[int, int]:
    """An object's words without what only comments on it: a relative clause set off by a comma ("his plans,
    which foresee X") and, in an object clause longer than an about may be, the side clauses after its verb
    ("sanctions to be extended over what he called X"; not "recognize X as part of Y")."""
    drop = set(skip or ())
    for t in obj.subtree:
        if t.dep_ == "relcl" and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ",":
            drop |= {u.i for u in t.subtree} | {t.left_edge.i - 1}
    words = [t for t in obj.subtree if t.i not in drop and not (t.is_punct or t.is_space)]
    if obj.pos_ in {"VERB", "AUX"} and len(words) > MAX_ABOUT_WORDS:
        drop |= {u.i for c in obj.children if c.i > obj.i and _side_adjunct(c) for u in c.subtree}
    return subtree_span(obj, drop)


def _conj_branch(tok: Token) -> set[int]:
    return {t.i for c in tok.children if c.dep_ in {"conj", "cc"} for t in c.subtree}


def list_items(doc: Doc, head: Token) -> list[tuple[int, int]]:
    """The object's list items: semicolon-separated parts, else coordinated noun phrases."""
    sent = sentence_of(head)
    start = head.left_edge.idx
    rest = doc_text(doc)[start : sent.end_char]
    if ";" in rest and head.pos_ in {"NOUN", "PROPN"}:
        parts, pos = [], start
        for piece in rest.split(";"):
            parts.append(trim(doc, pos, pos + len(piece)))
            pos += len(piece) + 1
        return [p for p in parts if p[1] > p[0]]
    if head.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} for c in head.children):
        items, node = [], head
        while node is not None:
            items.append(trim(doc, *subtree_span(node, _conj_branch(node))))
            node = next((c for c in node.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}), None)
        return items
    return [trim(doc, *subtree_span(head))]


def _side_adjunct(tok: Token) -> bool:
    """A side clause or a preposition that opens one ("over what he called X"), not an argument ("as X")."""
    return tok.dep_ in _ADJUNCT_DEPS or (tok.dep_ == "prep" and any(c.dep_ == "pcomp" for c in tok.children))


def _source(ctx: Context, start: int, end: int, reporter: str | None, via_statement: bool) -> PositionSource:
    quote = quote_at(ctx, start, end)
    if quote and quote.kind != "indirect":
        return "quoted"
    return "reported" if reporter or via_statement or quote else "asserted"


def _about(doc: Doc, start: int, end: int) -> str:
    """The phrase a stance is about, without quote marks; a long one is cut after a content word and
    marked as cut ("recognize the four oblasts annexed by" would read as the whole phrase)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span if not (t.is_space or t.is_punct)] if span is not None else []
    if len(words) <= MAX_ABOUT_WORDS:
        return _unquoted(doc_text(doc)[start:end])
    kept = [t for t in span if t.i <= words[MAX_ABOUT_WORDS - 1].i and not t.is_space]
    while len(kept) > 1 and (kept[-1].pos_ in _DANGLING_POS or kept[-1].tag_ in {"PRP$", "WDT"} or kept[-1].is_punct):
        kept.pop()
    return _unquoted(doc_text(doc)[max(start, kept[0].idx) : kept[-1].idx + len(kept[-1])]) + " …"


def _unquoted(text: str) -> str:
    return " ".join(re.sub(r"[“”\"]", "", text).split())


def make_position(
    ctx: Context, holder: Holder, stance: Stance, cue: Token, about: tuple[int, int],
    evidence: tuple[int, int], confidence: float, named: str | None = None,
) -> Position:
    reporter, confirmed = reporter_of(ctx, cue, holder.actor)
    return Position(
        actor=holder.actor,
        stance=stance,
        about=named or _about(ctx.doc, *about),
        evidence=Span.of(doc_text(ctx.doc), *evidence),
        source=_source(ctx, evidence[0], evidence[1], reporter, holder.via_statement),
        reporter=reporter,
        confirmed=confirmed,
        confidence=confidence,
    )


def and_examples(ctx: Context, holder: Holder) -> list[Holder]:
    """The holder and the others named with it: the examples its group noun names ("Liberals like X and Y
    say") and the actors coordinated with it ("demanded by the EU and the IMF"): each holds it."""
    rest = examples(ctx, holder.token)[1:]
    if holder.token.pos_ in {"NOUN", "PROPN"}:
        rest += [a for c in holder.token.conjuncts if (a := actor_of(ctx, c) or group_of(c))]
    return [holder, *(Holder(a, holder.token, holder.via_statement) for a in dict.fromkeys(rest) if a != holder.actor)]
