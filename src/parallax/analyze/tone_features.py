"""What the tone classifier sees of one mention of an actor: its context in the parsed sentence.

Shared by training (``scripts/train_tone.py``) and inference (``tone.py``) so both build the very
same features. One MiniLM embedding of a narrow window around the target (a few milliseconds per
mention, so the caller limits the mentions) and, read from the spaCy ``Doc`` the analysis has
already parsed at well under a millisecond per mention:

* the sentence's words with the target masked, hashed apart by side and distance to the target,
  and word pairs with the target as a placeholder ("<t> slammed", "praised <t>");
* the dependency context: the target's relation, the verb governing it, that verb's other
  arguments and negation, the target's own modifiers ("embattled", "who was charged");
* whether the target stands inside a quotation;
* spaCy's contextual token vectors (``doc.tensor``) of the target, its verb and the sentence.

Hashing keeps the weights small with no vocabulary to ship.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator, Sequence
from itertools import pairwise

import numpy as np
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from parallax.analyze.nlp import sentence_of
from parallax.stories.embed import DIM, embed

NARROW = 35  # characters of the sentence embedded on each side of the target
BUCKETS = 8192
TENSOR = 96  # width of en_core_web_sm's token vectors; other widths are cut or padded
DENSE = 3 * TENSOR
HASHED = slice(DIM, DIM + BUCKETS)  # the 0/1 columns of ``featurize``; the others are real-valued
NEAR, MID = 3, 8  # token distances that split the sentence into near / mid / far words
ARGUMENTS = {"nsubj", "nsubjpass", "dobj", "attr", "acomp", "advmod", "xcomp", "ccomp", "oprd", "agent", "dative"}
MODIFIERS = {"amod", "appos", "acl", "relcl", "compound", "poss", "prep", "nmod"}
QUOTES = set("\"“”«»")


def _word(tok: Token) -> str | None:
    return tok.lemma_.lower() if tok.is_alpha else None


def _governor(target: SpacySpan) -> tuple[Token | None, str]:
    """The nearest verb above the target and the relation of the path's last step below it."""
    tok = target.root
    rel = tok.dep_
    while tok.head.i != tok.i:
        if tok.head.pos_ in ("VERB", "AUX"):
            return tok.head, rel
        rel = tok.head.dep_ if tok.dep_ == "pobj" else rel
        tok = tok.head
    return None, rel


def cues(target: SpacySpan) -> Iterator[str]:
    """The symbolic features of one target mention (hashed by ``featurize``)."""
    sent = sentence_of(target)
    inside = range(target.start, target.end)
    sequence = []
    for tok in sent:
        if tok.i in inside:
            if not sequence or sequence[-1] != "<t>":
                sequence.append("<t>")
            continue
        word = _word(tok)
        if word is None:
            continue
        sequence.append(word)
        gap = target.start - tok.i if tok.i < target.start else tok.i - target.end + 1
        side = "l" if tok.i < target.start else "r"
        reach = "n" if gap <= NEAR else "m" if gap <= MID else "f"
        yield f"w:{word}"
        yield f"{side}{reach}:{word}"
    for a, b in pairwise(sequence):
        yield f"b:{a}_{b}"

    root = target.root
    yield f"dep:{root.dep_}"
    yield f"head:{root.dep_}:{root.head.lemma_.lower()}"
    verb, rel = _governor(target)
    if verb is not None:
        lemma = verb.lemma_.lower()
        yield f"v:{lemma}"
        yield f"v:{rel}:{lemma}"
        for child in verb.children:
            if child.dep_ == "neg":
                yield "neg"
                yield f"neg:{lemma}"
            elif child.dep_ in ARGUMENTS and not (target.start <= child.i < target.end):
                word = _word(child)
                if word:
                    yield f"a:{child.dep_}:{word}"
                    yield f"a:{rel}:{child.dep_}:{word}"
    for child in root.children:
        if child.dep_ in MODIFIERS and not (target.start <= child.i < target.end):
            for tok in child.subtree:
                word = _word(tok)
                if word:
                    yield f"m:{word}"
    before = sum(tok.text in QUOTES for tok in sent if tok.i < target.start)
    if before % 2:
        yield "in-quote"
    elif any(tok.text in QUOTES for tok in sent):
        yield "quote-nearby"


def _vector(doc_tensor: np.ndarray, rows: Sequence[int]) -> np.ndarray:
    out = np.zeros(TENSOR, dtype=np.float32)
    if len(rows) and doc_tensor.size:
        v = doc_tensor[list(rows)].mean(axis=0)[:TENSOR]
        out[: len(v)] = v
    return out


def dense(target: SpacySpan) -> np.ndarray:
    """The contextual token vectors of the target, its governing verb and its sentence."""
    tensor = target.doc.tensor
    verb, _ = _governor(target)
    sent = sentence_of(target)
    return np.concatenate([
        _vector(tensor, range(target.start, target.end)),
        _vector(tensor, [verb.i] if verb is not None else []),
        _vector(tensor, range(sent.start, sent.end)),
    ])


def window(target: SpacySpan) -> str:
    """The target with ``NARROW`` characters of its sentence on each side, cut at word boundaries."""
    sent = sentence_of(target)
    text, start, end = sent.text, target.start_char - sent.start_char, target.end_char - sent.start_char
    left, right = text[max(0, start - NARROW) : start], text[end : end + NARROW]
    if start > NARROW and " " in left:
        left = left.split(" ", 1)[1]
    if len(text) - end > NARROW and " " in right:
        right = right.rsplit(" ", 1)[0]
    return f"{left}{text[start:end]}{right}".strip()


def embedded(targets: Sequence[SpacySpan]) -> np.ndarray:
    """The embedding of each target's window, in one call (sorted by length, so padding is small)."""
    if not targets:
        return np.zeros((0, DIM), dtype=np.float32)
    texts = [window(t) for t in targets]
    unique = sorted(set(texts), key=len)
    row = {t: i for i, t in enumerate(unique)}
    return embed(unique)[[row[t] for t in texts]].astype(np.float32)


def parsed(targets: Sequence[SpacySpan]) -> np.ndarray:
    """One row per target mention: hashed cues (0/1), then the dense token vectors."""
    out = np.zeros((len(targets), BUCKETS + DENSE), dtype=np.float32)
    for row, target in enumerate(targets):
        for cue in cues(target):
            out[row, zlib.crc32(cue.encode()) % BUCKETS] = 1.0
        out[row, BUCKETS:] = dense(target)
    return out


def featurize(targets: Sequence[SpacySpan]) -> np.ndarray:
    """One row per target mention: the window embedding, then the ``parsed`` features."""
    return np.hstack([embedded(targets), parsed(targets)])
