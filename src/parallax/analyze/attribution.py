"""Attribution cues and contents learned from PolNeAR, for the attitudes a speech-verb list misses.

PolNeAR marks as attributions many words that are not speech verbs ("wants", "backed", "voted for",
"a poll shows", "support for", "was elected"), so which words are cues is learned: a logistic
regression over hashed parse features (lemma, tags, dependency label, head, children, subject,
neighbours, and lemma-free back-offs so that a lemma never seen as a cue can still score) decides for
each word whose lemma was a cue in the training data, or that governs a clause or an object, whether it
is one here; a second one scores the phrases the word governs (its clause, object, prepositional
phrases, subject, the clause it is set off in or the noun its clause describes, the object inside
"claimed responsibility for X"), each also without a clause or phrase appended to its end, as its
contents. Both run over the existing spaCy
``Doc``: no second parse, and a few hashed look-ups per candidate, so the cost stays a small part of the
parse. No PyPI package ships
an attribution tagger for spaCy 3.8 (citron needs spaCy 2 and its own models). Weights come from
``scripts/train_attribution.py`` (PolNeAR train split, fixed seed).
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.attrs import HEAD
from spacy.tokens import Doc, Span, Token

from parallax.analyze.nlp import sentence_of

_HEADS = "parallax.heads"

WEIGHTS = Path(__file__).parent / "data" / "attribution.npz"
DIM = 1 << 18
_CONTENT_DEPS = ("ccomp", "xcomp", "dobj", "prep", "advcl", "attr", "oprd", "dative", "pcomp", "acomp", "acl")
_SUBJECTS = ("nsubj", "nsubjpass")
_GOVERNS = ("ccomp", "xcomp", "dobj", "attr", "oprd", "acomp", "prep", "agent", "dative", "nsubjpass")
_OPEN_POS = ("VERB", "NOUN", "ADJ", "AUX")
_MAX_SPAN = 80
_MAX_CUTS = 2
_SET_IN = ("parataxis", "advcl", "prep", "npadvmod", "ccomp", "conj", "relcl", "acl")
_NESTED = ("xcomp", "dobj", "acomp", "attr", "oprd")
_SET_OFF_RELATIVES = ("which", "who")
_APPENDED = ("relcl", "advcl", "appos", "acl", "conj", "npadvmod", "prep")


@dataclass(frozen=True, slots=True)
class Found:
    """A learned attribution: cue token, first and last token of its content, and the two scores."""

    cue: int
    start: int
    end: int
    cue_score: float
    content_score: float


@dataclass(frozen=True, slots=True)
class Model:
    lemmas: frozenset[str]
    cue_w: np.ndarray
    cue_b: float
    content_w: np.ndarray
    content_b: float
    cue_threshold: float
    content_threshold: float
    replace_threshold: float
    extra_threshold: float


@lru_cache(maxsize=1)
def model() -> Model:
    """The trained weights, loaded once per process."""
    data = np.load(WEIGHTS)
    return Model(
        lemmas=frozenset(str(x) for x in data["lemmas"]),
        cue_w=data["cue_w"].astype(np.float32),
        cue_b=float(data["cue_b"]),
        content_w=data["content_w"].astype(np.float32),
        content_b=float(data["content_b"]),
        cue_threshold=float(data["cue_threshold"]),
        content_threshold=float(data["content_threshold"]),
        replace_threshold=float(data["replace_threshold"]),
        extra_threshold=float(data["extra_threshold"]),
    )


def hashed(features: list[str]) -> list[int]:
    """Feature strings as column indices (crc32 is stable across processes, unlike ``hash``)."""
    return [zlib.crc32(f.encode()) & (DIM - 1) for f in features]


def _subject(tok: Token) -> Token | None:
    return next((c for c in tok.children if c.dep_ in _SUBJECTS), None)


def candidates(doc: Doc, lemmas: frozenset[str]) -> Iterator[Token]:
    """Words that may be cues: those whose lemma headed a cue span (a colon included) in training, and
    any verb, noun or adjective that governs a clause or an object (PolNeAR's cues are a long tail:
    "was elected", "passed with", "seemed"), scored by lemma-free features when the lemma is new."""
    for tok in doc:
        known = tok.pos_ in ("VERB", "NOUN", "AUX", "ADP", "PUNCT") and tok.lemma_.lower() in lemmas
        if known or (tok.pos_ in _OPEN_POS and any(c.dep_ in _GOVERNS for c in tok.children)):
            yield tok


def cue_features(tok: Token, lemmas: frozenset[str]) -> list[str]:
    lemma = tok.lemma_.lower()
    known = lemma in lemmas
    head = tok.head
    subj = _subject(tok) or (_subject(head) if tok.dep_ in ("xcomp", "conj") else None)
    doc = tok.doc
    prev = doc[tok.i - 1].lower_ if tok.i > 0 else "<s>"
    nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else "</s>"
    feats = [
        "bias",
        f"l={lemma}",
        f"p={tok.pos_}",
        f"t={tok.tag_}",
        f"d={tok.dep_}",
        f"l|t={lemma}|{tok.tag_}",
        f"l|d={lemma}|{tok.dep_}",
        f"hl={head.lemma_.lower()}",
        f"hp|d={head.pos_}|{tok.dep_}",
        f"l|hl={lemma}|{head.lemma_.lower()}",
        f"prev={prev}",
        f"next={nxt}",
        f"l|next={lemma}|{nxt}",
        f"l|prev={lemma}|{prev}",
        f"subj={(subj.ent_type_ or subj.pos_) if subj is not None else '-'}",
        f"l|subj={lemma}|{subj is not None}",
        f"sent0={sentence_of(tok).start == 0}",
        f"known|p={known}|{tok.pos_}",
        f"known|t|d={known}|{tok.tag_}|{tok.dep_}",
        f"known|hp|d={known}|{head.pos_}|{tok.dep_}",
        f"suf={lemma[-3:]}",
        f"l|p={lemma}|{tok.pos_}",
        f"hknown|d={head.lemma_.lower() in lemmas}|{tok.dep_}",
        f"l|subj={lemma}|{(subj.ent_type_ or subj.pos_) if subj is not None else '-'}",
        f"subjw={subj.lower_ if subj is not None and subj.pos_ == 'PRON' else '-'}",
        f"before={_bucket(tok.i - sentence_of(tok).start)}",
        f"p|before={tok.pos_}|{_bucket(tok.i - sentence_of(tok).start)}",
    ]
    for child in tok.children:
        feats.append(f"cd={child.dep_}")
        feats.append(f"l|cd={lemma}|{child.dep_}")
        feats.append(f"known|p|cd={known}|{tok.pos_}|{child.dep_}")
        if child.dep_ == "prep":
            feats.append(f"l|prep={lemma}|{child.lower_}")
            feats.append(f"prep={child.lower_}")
        elif child.dep_ in ("ccomp", "xcomp", "advcl", "acl"):
            mark = next((g.lower_ for g in child.children if g.dep_ in ("mark", "aux")), "-")
            feats.append(f"cd|mark={child.dep_}|{mark}")
            feats.append(f"l|cd|mark={lemma}|{child.dep_}|{mark}")
    return feats


def content_spans(tok: Token) -> list[tuple[str, int, int]]:
    """The phrases a cue may report, as (kind, first token, last token): those it governs, the object of a
    phrase it governs ("claimed responsibility for X", "went on to endorse X"), and each of these without
    a phrase appended to its end (", who ...", "when ...", "and did ..."), which PolNeAR often leaves out."""
    spans = [(k, s, e) for k, s, e in _governed(tok) + _nested(tok) if e >= s]
    seen = {(s, e) for _, s, e in spans}
    for kind, start, end in list(spans):
        for tail in _tails(tok.doc[start : end + 1])[:_MAX_CUTS]:
            short = _before(tok.doc, start, tail.left_edge.i)
            if short >= start and (start, short) not in seen:
                seen.add((start, short))
                spans.append((f"{kind}-", start, short))
    return [(k, s, e) for k, s, e in spans if e - s < _MAX_SPAN]


def _governed(tok: Token) -> list[tuple[str, int, int]]:
    spans: list[tuple[str, int, int]] = []
    after = [c for c in tok.children if c.i > tok.i and c.dep_ not in ("punct", "cc", "conj")]
    for child in tok.children:
        if child.dep_ in _CONTENT_DEPS:
            start = child.left_edge.i
            end = child.right_edge.i
            if child.dep_ == "prep":
                obj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
                if obj is not None:
                    spans.append((f"pobj:{child.lower_}", obj.left_edge.i, obj.right_edge.i))
            if child.i < tok.i:
                end = min(end, tok.left_edge.i - 1)
            spans.append((child.dep_, max(start, tok.i + 1) if child.i > tok.i else start, end))
    if after:
        spans.append(("rest", after[0].left_edge.i, max(c.right_edge.i for c in after)))
    head = tok.head
    if head.i != tok.i and tok.dep_ in _SET_IN:
        if tok.left_edge.i > head.left_edge.i:
            spans.append((f"headL:{tok.dep_}", head.left_edge.i, tok.left_edge.i - 1))
        if tok.right_edge.i < head.right_edge.i:
            spans.append((f"headR:{tok.dep_}", tok.right_edge.i + 1, head.right_edge.i))
    subj = _subject(tok)
    if subj is not None:
        spans.append((f"subj:{subj.dep_}", subj.left_edge.i, min(subj.right_edge.i, tok.i - 1)))
    if tok.pos_ == "PUNCT":
        sent = sentence_of(tok)
        spans.append(("colonR", tok.i + 1, sent.end - 1))
    return spans


def _nested(tok: Token) -> list[tuple[str, int, int]]:
    """The object or clause of a phrase the cue governs, for cues of several words."""
    spans = []
    for child in tok.children:
        if child.i < tok.i or child.dep_ not in _NESTED:
            continue
        for grand in child.children:
            if grand.i < child.i:
                continue
            if grand.dep_ in ("dobj", "xcomp", "ccomp"):
                spans.append((f"{child.dep_}>{grand.dep_}", grand.left_edge.i, grand.right_edge.i))
            elif grand.dep_ == "prep":
                obj = next((g for g in grand.children if g.dep_ in ("pobj", "pcomp")), None)
                if obj is not None:
                    spans.append((f"{child.dep_}>pobj", obj.left_edge.i, obj.right_edge.i))
    return spans


def _root(span: Span) -> Token:
    """The word of a span whose head lies outside it."""
    heads = _heads(span.doc)[span.start : span.end]
    outside = np.flatnonzero((heads < span.start) | (heads >= span.end) | (heads == np.arange(span.start, span.end)))
    return span[int(outside[0])] if outside.size else span[0]


def _heads(doc: Doc) -> np.ndarray:
    """Each word's head index, read once per Doc in one call: a Token object per word costs more."""
    heads = doc.user_data.get(_HEADS)
    if heads is None:
        heads = doc.user_data[_HEADS] = doc.to_array(HEAD).astype(np.int64) + np.arange(len(doc))
    return heads


def _tails(span: Span) -> list[Token]:
    """Where the phrases appended to the end of a span begin, first first: a relative or adverbial clause,
    an apposition, a verb phrase joined by "and", or an adverbial phrase after the span's head word. They
    hold the span's last word, so they are found among its heads, not by reading the whole span."""
    root = _root(span)
    tails: dict[int, Token] = {}
    tok = span[-1]
    while tok.i > root.i and span.start <= tok.i < span.end:
        if tok.dep_ in _APPENDED and tok.left_edge.i > root.i and _appended(tok):
            first = tok.left_edge.i
            if first not in tails or tok.i < tails[first].i:
                tails[first] = tok
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return [tails[i] for i in sorted(tails)]


def set_off_end(doc: Doc, start: int, end: int, is_cue: Callable[[Token], bool]) -> int:
    """The last word of a content before what is appended to it as a statement of its own: a verb phrase
    joined by "and" or a participle whose verb is a cue ('... and said ...', ', saying ...'; that cue
    has its own content), or a comment after a comma, a relative clause on "which" or "who" (", which
    had been imposed ...") or a participle phrase (", insisting that ..."), which PolNeAR leaves out
    of the content about twice as often as it keeps them."""
    for tail in _tails(doc[start : end + 1]) if end >= start else ():
        first = doc[tail.left_edge.i]
        after_comma = tail.left_edge.i > start and doc[tail.left_edge.i - 1].text == ","
        relative = tail.dep_ == "relcl" and first.lower_ in _SET_OFF_RELATIVES
        participle = tail.dep_ == "advcl" and first.tag_ == "VBG" and first.i == tail.i
        if (after_comma and (relative or participle)) or (tail.dep_ in ("conj", "advcl") and is_cue(tail)):
            return _before(doc, start, tail.left_edge.i)
    return end


def _appended(tok: Token) -> bool:
    """A verb phrase joined by "and", an adverbial phrase on a verb, or any clause or apposition."""
    if tok.dep_ == "conj":
        return tok.pos_ in ("VERB", "AUX")
    return tok.dep_ != "prep" or tok.head.pos_ in ("VERB", "AUX")


def _before(doc: Doc, start: int, cut: int) -> int:
    """The last word before a cut, past the commas, dashes and conjunctions that join what follows."""
    end = cut - 1
    while end >= start and (doc[end].is_punct or doc[end].is_space or doc[end].dep_ == "cc"):
        end -= 1
    return end


def _bucket(n: int) -> str:
    return "0" if n == 0 else "1" if n == 1 else "2-3" if n <= 3 else "4-8" if n <= 8 else "9-20" if n <= 20 else "21+"


def content_features(tok: Token, kind: str, start: int, end: int) -> list[str]:
    lemma = tok.lemma_.lower()
    doc = tok.doc
    first = doc[start]
    size = end - start + 1
    bucket = _bucket(size)
    span = doc[start : end + 1]
    verbs = any(t.pos_ in ("VERB", "AUX") for t in span)
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    last = doc[end]
    after = doc[end + 1] if end + 1 < len(doc) else None
    root = _root(span)
    tail = next(iter(_tails(span)), None)
    nxt = next((t for t in doc[end + 1 : end + 4] if not (t.is_punct or t.is_space or t.dep_ == "cc")), None)
    return [
        f"rh|k={'=' if root.head.i == tok.i else root.head.pos_}|{kind}",
        f"tail|k={tail.dep_ if tail else '-'}|{kind}",
        f"tailw|k={_word(doc[tail.left_edge.i]) if tail else '-'}|{kind}",
        f"next|k={nxt.dep_ if nxt else '-'}|{start <= nxt.head.i <= end if nxt else '-'}|{kind}",
        f"nextw|k={_word(nxt) if nxt else '-'}|{kind}",
        "bias",
        f"l|pass|k={lemma}|{passive}|{kind}",
        f"last|k={_word(last)}|{kind}",
        f"after|k={'-' if after is None else after.text if after.is_punct else after.pos_}|{kind}",
        f"root|k={root.tag_}|{kind}",
        f"t|k={tok.tag_}|{kind}",
        f"pass|k={passive}|{kind}",
        f"k={kind}",
        f"l|k={lemma}|{kind}",
        f"p|k={tok.pos_}|{kind}",
        f"d|k={tok.dep_}|{kind}",
        f"n|k={bucket}|{kind}",
        f"v|k={verbs}|{kind}",
        f"f|k={first.lower_ if first.is_stop else first.pos_}|{kind}",
        f"quote|k={any(t.is_quote for t in span)}|{kind}",
    ]


def _word(tok: Token) -> str:
    return tok.lower_ if tok.is_stop or tok.is_punct else tok.pos_


def _score(w: np.ndarray, b: float, feats: list[str]) -> float:
    z = b + float(w[hashed(feats)].sum())
    return 1.0 / (1.0 + np.exp(-z))


def cue_scores(doc: Doc, trained: Model | None = None) -> dict[int, float]:
    """The cue model's score for every candidate word of a parsed text, by token index."""
    m = trained or model()
    return {tok.i: _score(m.cue_w, m.cue_b, cue_features(tok, m.lemmas)) for tok in candidates(doc, m.lemmas)}


def find(doc: Doc, scores: dict[int, float], trained: Model | None = None) -> list[Found]:
    """Attributions the trained model finds in a parsed text (given its ``cue_scores``): for each accepted
    cue, its best content and any other phrase it governs that scores above the threshold and does not
    overlap it (PolNeAR gives "X was appointed to Y" both X and Y as contents), best first."""
    m = trained or model()
    found = []
    for i, cue_score in scores.items():
        tok = doc[i]
        if cue_score < m.cue_threshold:
            continue
        scored = sorted(
            ((_score(m.content_w, m.content_b, content_features(tok, *span)), span) for span in content_spans(tok)),
            key=lambda x: -x[0],
        )
        taken: list[tuple[int, int]] = []
        for score, (_, start, end) in scored:
            if score < m.content_threshold:
                break
            if all(end < s or start > e for s, e in taken):
                taken.append((start, end))
                found.append(Found(tok.i, start, end, cue_score, score))
    return found
