"""What the tone classifier sees of one mention of an actor: its context in the parsed sentence.

Shared by training (``scripts/train_tone.py``) and inference (``tone.py``) so both build the very
same features. MiniLM's token states for a narrow window around the target, the target marked by
brackets so the encoder sees whom the text is about, pooled three ways (the target's own word
pieces, the pieces next to it, the whole window), as target-aware models pool BERT; one encoder
call costs a few milliseconds per mention, so the caller limits the mentions. And, read from the
spaCy ``Doc`` the analysis has already parsed at well under a millisecond per mention:

* the sentence's words with the target masked, hashed apart by side and distance to the target,
  and word pairs with the target as a placeholder ("<t> slammed", "praised <t>");
* the dependency context: the target's relation, the verb governing it, that verb's other
  arguments and negation, the verb above it, the target's own modifiers ("embattled", "who was
  charged");
* whether the target is the speaker of a statement ("X said"): speakers are mostly neutral;
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

from parallax.analyze.cues import SPEECH_VERBS
from parallax.analyze.nlp import sentence_of
from parallax.stories.embed import DIM, TokenStates, token_states

NARROW = 35  # characters of the sentence embedded on each side of the target
CONTEXT = 5  # word pieces on each side of the target pooled as its near context
POOLED = 3 * DIM  # target, near context, whole window
BUCKETS = 8192
TENSOR = 96  # width of en_core_web_sm's token vectors; other widths are cut or padded
DENSE = 3 * TENSOR
HASHED = slice(POOLED, POOLED + BUCKETS)  # the 0/1 columns of ``featurize``; the others are real-valued
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


def _role(verb: Token, rel: str, sent: SpacySpan) -> Iterator[str]:
    """What the target does in its clause: the verb with its relation and polarity, the verb that
    governs that verb ("refused to", "accused of"), and whether the target is the speaker of a
    statement (speakers are mostly reported neutrally; what they say is about someone else)."""
    lemma = verb.lemma_.lower()
    negated = any(child.dep_ == "neg" for child in verb.children)
    yield f"vv:{rel}:{lemma}:{'neg' if negated else 'pos'}"
    if verb.head.i != verb.i:
        yield f"vh:{verb.dep_}:{verb.head.lemma_.lower()}"
    if lemma in SPEECH_VERBS and rel in ("nsubj", "nsubjpass"):
        yield "speaker"
        if any(tok.text in QUOTES for tok in sent):
            yield "speaker-quote"
        for child in verb.children:
            if child.dep_ == "ccomp":
                yield f"said:{child.lemma_.lower()}"


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
        yield from _role(verb, rel, sent)
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


def window(target: SpacySpan) -> tuple[str, int, int]:
    """The target, marked by brackets, with ``NARROW`` characters of its sentence on each side (cut at
    word boundaries), and the target's character offsets in that text."""
    sent = sentence_of(target)
    text, start, end = sent.text, target.start_char - sent.start_char, target.end_char - sent.start_char
    left, right = text[max(0, start - NARROW) : start], text[end : end + NARROW]
    if start > NARROW and " " in left:
        left = left.split(" ", 1)[1]
    if len(text) - end > NARROW and " " in right:
        right = right.rsplit(" ", 1)[0]
    return f"{left}[ {text[start:end]} ]{right}", len(left) + 2, len(left) + 2 + end - start


def pooled(states: TokenStates, start: int, end: int) -> np.ndarray:
    """The mean contextual vector of the target's word pieces, of the ``CONTEXT`` pieces either side
    of it, and of the whole window."""
    offsets, vectors = states.offsets, states.vectors
    real = offsets[:, 1] > offsets[:, 0]  # not [CLS] / [SEP]
    inside = real & (offsets[:, 0] < end) & (offsets[:, 1] > start)
    pieces = np.flatnonzero(inside) if inside.any() else np.flatnonzero(real)
    near = np.zeros_like(real)
    near[max(0, pieces.min() - CONTEXT) : pieces.max() + CONTEXT + 1] = True
    near &= real & ~inside
    return np.concatenate([
        vectors[pieces].mean(axis=0),
        vectors[near].mean(axis=0) if near.any() else np.zeros(DIM, dtype=np.float32),
        vectors[real].mean(axis=0),
    ])


def embedded(targets: Sequence[SpacySpan]) -> np.ndarray:
    """The ``pooled`` MiniLM vectors of each target's marked window, all windows encoded in one call."""
    if not targets:
        return np.zeros((0, POOLED), dtype=np.float32)
    windows = [window(t) for t in targets]
    unique = list(dict.fromkeys(text for text, _, _ in windows))
    states = dict(zip(unique, token_states(unique), strict=True))
    return np.vstack([pooled(states[text], start, end) for text, start, end in windows]).astype(np.float32)


def parsed(targets: Sequence[SpacySpan]) -> np.ndarray:
    """One row per target mention: hashed cues (0/1), then the dense token vectors."""
    out = np.zeros((len(targets), BUCKETS + DENSE), dtype=np.float32)
    for row, target in enumerate(targets):
        for cue in cues(target):
            out[row, zlib.crc32(cue.encode()) % BUCKETS] = 1.0
        out[row, BUCKETS:] = dense(target)
    return out


def featurize(targets: Sequence[SpacySpan]) -> np.ndarray:
    """One row per target mention: the ``embedded`` window, then the ``parsed`` features."""
    return np.hstack([embedded(targets), parsed(targets)])
