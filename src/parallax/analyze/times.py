"""Dates and times in an article, normalised TIMEX3-style against its publication date.

The patterns and values live in ``times_rules`` (pure, testable on plain strings); this module adds
what only the parse knows: the tense of the clause an expression sits in ("said on Thursday" is the
Thursday before, "will speak on Thursday" the one after) and whether a four-digit number is a count
rather than a year. ``times_discourse`` then values what refers to earlier mentions ("a year ago" in
an earnings report is the reported quarter a year back, "the following year" the year after the last).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import cache

from spacy.tokens import Doc, Token

from parallax.analyze.nlp import doc_text, sentence_of
from parallax.analyze.times_calendar import parse_published
from parallax.analyze.times_discourse import follow_references
from parallax.analyze.times_names import is_person, named_months
from parallax.analyze.times_reading import PREPS, Context, Resolved, Tense, word_before
from parallax.analyze.times_rules import resolve, scan
from parallax.model import TimeExpr

__all__ = ["Resolved", "clause_tense", "extract_times", "resolve", "resolve_text", "stated_date"]

_FUTURE_AUX = {"will", "'ll", "shall", "wo", "ll"}
# verbs whose to-infinitive names what is still to come when they are told in the past tense
_LOOKING_AHEAD = {"plan", "expect", "schedule", "intend", "hope", "want", "agree", "promise", "vow", "pledge",
                  "decide", "prepare", "aim", "vote", "ask", "urge", "order", "set", "wish", "choose", "elect",
                  "arrange", "propose", "offer", "need", "be", "say", "tell"}
_AHEAD_WORDS = {"before", "until", "ahead"}
_SCHEDULING = {"due", "schedule", "slate", "set"}  # "is due to", "is scheduled to", "is set to"
_QUANTITY_ENTS = {"CARDINAL", "MONEY", "QUANTITY", "PERCENT"}
_FULL_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_NAME_ENTS = {"ORG", "PERSON", "WORK_OF_ART", "FAC", "PRODUCT"}


def extract_times(doc: Doc, published: str | None) -> list[TimeExpr]:
    """Every temporal expression of the text with its value, offsets into the text."""
    text = doc_text(doc)
    anchor = parse_published(published) or stated_date(text)
    names = cache(lambda: named_months(doc))  # read only when a bare month word needs it
    ctx = Context(
        text=text,
        anchor=anchor,
        tense=lambda start, end: _tense_at(doc, start, end),
        is_quantity=lambda start, end: _is_quantity(doc, start, end),
        is_person=lambda start, end: _is_person(doc, start, end, names),
        dates_noun=lambda start, end: _dates_noun(doc, start, end),
        on_simple_past=lambda start, end: _on_simple_past(doc, start, end),
        before_now=lambda start, end: _before_now(doc, start, end),
    )
    anchor_text = anchor.isoformat() if anchor else None
    return [
        TimeExpr(
            text=text[f.start:f.end],
            start=f.start,
            end=f.end,
            value=f.reading.value,
            type=f.reading.type,
            vague=f.reading.vague,
            approximate=f.reading.approximate,
            anchor=anchor_text,
            confidence=f.reading.confidence,
        )
        for f in follow_references(scan(ctx), anchor)
        if not _in_name(doc, f.start, f.end)
    ]


def stated_date(text: str) -> date | None:
    """The date a text without a publication date was written, read off its stamps: the latest full
    date written out with its year that stands alone, as bylines, captions and embedded posts stamp
    them ("Updated 10 November 2016", "Nov. 2, 2016 The Cubs celebrate"), not an event told in the
    story ("on April 3, 2017", "since May 1, 2015")."""
    plain = Context(text, None)
    days = [f.reading.value or "" for f in scan(plain) if f.reading.confidence >= 0.9
            and _FULL_DATE.match(f.reading.value or "") and word_before(plain, f.start) not in PREPS]
    return date.fromisoformat(max(days)[:10]) if days else None


def resolve_text(expression: str, published: str | date | None, tense: Tense = "unknown") -> Resolved | None:
    """``resolve`` with the anchor given as a publication stamp or a date."""
    anchor = published if isinstance(published, date) else parse_published(published)
    return resolve(expression, anchor, tense)


def _tokens(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _in_name(doc: Doc, start: int, end: int) -> bool:
    """Whether words without digits lie inside a name ("the Daily Mail", "the Sunday Times"): no time is
    meant; a year in a name ("the 1990 Clean Air Act") still dates it."""
    tokens = _tokens(doc, start, end)
    if not tokens or not all(t.ent_type_ in _NAME_ENTS and not t.like_num for t in tokens):
        return False
    before = doc[tokens[0].i - 1] if tokens[0].i else None
    # "plays Baylor on New Year's Day" read as one title: a preposition inside the name before the words
    # is the name finder running a name on into the phrase that says when
    return not (before is not None and before.pos_ == "ADP" and before.is_lower and before.ent_type_ in _NAME_ENTS)


def _is_quantity(doc: Doc, start: int, end: int) -> bool:
    return any(t.ent_type_ in _QUANTITY_ENTS for t in _tokens(doc, start, end))


def _is_person(doc: Doc, start: int, end: int, names: Callable[[], set[str]]) -> bool:
    tokens = _tokens(doc, start, end)
    return len(tokens) == 1 and is_person(tokens[0], names)


def _dates_noun(doc: Doc, start: int, end: int) -> bool:
    """Whether an expression follows and dates a noun ("his address Sunday"), not the clause's verb."""
    tokens = _tokens(doc, start, end)
    last = tokens[-1] if tokens else None
    return bool(last and last.dep_ in {"npadvmod", "compound", "nmod", "appos"} and last.head.pos_ == "NOUN"
                and last.head.i < tokens[0].i)


def _on_simple_past(doc: Doc, start: int, end: int) -> bool:
    """Whether an expression hangs by "in" or "on" from a verb in the simple past ("resigned in October",
    "In October, she said"): told as done, not as planned ("was expected to vote in October")."""
    month = next((t for t in _tokens(doc, start, end) if t.dep_ == "pobj"), None)
    if month is None or month.head.lower_ not in {"in", "on"}:
        return False
    verb = month.head.head
    chain = [verb, verb.head] if verb.dep_ == "conj" else [verb]  # "may backfire and cost her ... on March 13"
    return verb.tag_ == "VBD" and not any(c.dep_ in {"aux", "auxpass"} for v in chain for c in v.children)


def _tense_at(doc: Doc, start: int, end: int) -> Tense:
    tokens = _tokens(doc, start, end)
    if not tokens:
        return "unknown"
    tense = clause_tense(tokens[-1])
    return "future" if tense in ("present", "unknown") and _scheduled(tokens[-1]) else tense


def _before_now(doc: Doc, start: int, end: int) -> bool:
    """ "The violence comes a day before parliament votes on Thursday": a time inside what a present or
    future clause is said to come before (or until, or ahead of) is still to come."""
    tokens = _tokens(doc, start, end)
    if not tokens:
        return False
    for a in tokens[-1].ancestors:
        if a.lower_ in _AHEAD_WORDS and a.dep_ in ("prep", "mark", "advmod"):
            return clause_tense(a.head) in ("present", "future")
    return False


def _scheduled(token: Token) -> bool:
    """ "is due to debate and vote on a bill mandating X on Thursday": a time anywhere inside what a
    present schedule ("is due to", "is scheduled to") lays out lies ahead, however deep the parse hangs it."""
    return any(
        a.lemma_.lower() in _SCHEDULING and any(c.dep_ == "xcomp" for c in a.children) and clause_tense(a) == "present"
        for a in token.ancestors
    )


def clause_tense(token: Token) -> Tense:
    """The tense of the clause a token hangs from: ``past``, ``present``, ``future`` or ``unknown``.

    Future: an auxiliary "will"/"shall", a modal, "going to", or a to-infinitive ("expected to
    speak"). Past: a past-tense verb, a perfect ("has met", "may have met"), or a bare participle
    ("killed on Friday"). A participle clause ("..., climbing to a peak in May") takes its governor's.
    """
    verb = token
    for _ in range(8):
        if verb.pos_ in {"VERB", "AUX"} and verb.dep_ not in {"aux", "auxpass"}:
            break
        if verb.head.i == verb.i:
            return "unknown"
        verb = verb.head
    else:
        return "unknown"
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    words = {a.lower_ for a in auxes}
    if verb.tag_ == "VBN" and "have" in words and any(a.tag_ == "MD" for a in auxes):
        return "past"  # "may have left on Friday": a guess about the past
    if words & {"could", "would"} and _negated(verb):
        return "past"  # "could not be reached Friday", "would not comment Tuesday": a past attempt
    if words & _FUTURE_AUX or any(a.tag_ == "MD" for a in auxes):
        return "future"
    if "to" in words and verb.tag_ == "VB":
        # "had been due to expire Friday": a plan made before a past moment is itself past
        governor = verb.head if verb.head.pos_ in {"VERB", "AUX"} else verb.head.head
        had = any(a.lower_ == "had" for a in governor.children if a.dep_ in {"aux", "auxpass"})
        # "struggled to answer on Sunday", "lined up to hear him Tuesday": an attempt or a purpose told
        # in the past happened then; "planned to speak Friday" still looks ahead
        done = governor.tag_ == "VBD" and verb.head.i == governor.i and governor.lemma_ not in _LOOKING_AHEAD
        return "past" if had or done else "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VBN":
        return "past" if not auxes or any(a.lemma_ == "have" for a in auxes) else "present"
    if verb.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxes):
        return "future"
    if verb.tag_ == "VBG" and not auxes and verb.dep_ in {"advcl", "conj"} and verb.head.pos_ in {"VERB", "AUX"}:
        return clause_tense(verb.head)  # "fell, closing lower on Friday": the main clause's tense
    if verb.tag_ == "VBG" and not auxes and verb.dep_ == "pcomp" and verb.head.head.pos_ in {"VERB", "AUX"}:
        return clause_tense(verb.head.head)  # "won by voting on Tuesday", "end it by voting on Tuesday"
    if verb.tag_ == "VB" and not auxes and _urged(verb):
        return "future"  # "Let's vote on Tuesday", "Vote on Tuesday!": what one is urged to do lies ahead
    if verb.tag_ in {"VBZ", "VBP", "VB", "VBG"}:
        return "present"
    return "unknown"


def _urged(verb: Token) -> bool:
    """An imperative ("Vote on Tuesday") or what "let's" proposes ("Let's end it on Tuesday")."""
    if verb.dep_ == "ROOT" and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return verb.i == sentence_of(verb).start or verb.nbor(-1).is_punct
    us = {"'s", "’s", "us"}
    return verb.dep_ == "ccomp" and verb.head.lower_ == "let" and any(
        c.lower_ in us for c in (*verb.children, *verb.head.children)
    )


def _negated(verb: Token) -> bool:
    """Whether a clause is denied: "not"/"never" on its verb, or a subject "neither ... nor", "no one"."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    subjects = (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"})
    return any(t.lower_ in {"neither", "no", "nobody", "none"} for s in subjects for t in s.subtree)
