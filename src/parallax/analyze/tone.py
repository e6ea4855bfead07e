"""How an article speaks of each actor, not its overall mood.

Each mention of an actor is classified as negative, neutral or positive toward that actor by a small
softmax regression over ``tone_features`` (MiniLM embeddings of the sentence and of the target's
local window), trained on NewsMTSC by ``scripts/train_tone.py``. Lexicon scorers such as VADER rate
the sentence, not the target, which is exactly the confusion target-dependent sentiment avoids.
The actor's tone is the mean over its mentions (at most ``MAX_MENTIONS``, spread over the article),
for the ``MAX_ACTORS`` most mentioned actors. Only the windows around those mentions are embedded,
in one batch per article, so tone stays a fraction of the analysis time.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.tokens import Doc

from parallax.analyze.tone_features import Mention, featurize
from parallax.model import ActorTone, Entity, Span

WEIGHTS = Path(__file__).parent / "data" / "tone.npz"
LABELS = ("negative", "neutral", "positive")
ACTOR_TYPES = {"PERSON", "ORG", "GPE", "NORP"}
MAX_MENTIONS = 3  # per actor, and
MAX_ACTORS = 8  # the most mentioned actors: embedding time must not dominate the analysis


@lru_cache(maxsize=1)
def _model() -> tuple[np.ndarray, np.ndarray]:
    data = np.load(WEIGHTS)
    return data["w"].astype(np.float32), data["b"].astype(np.float32)


def probabilities(mentions: Sequence[Mention]) -> np.ndarray:
    """Per mention, the probabilities of ``LABELS`` (negative, neutral, positive) toward the target."""
    if not mentions:
        return np.zeros((0, len(LABELS)), dtype=np.float32)
    w, b = _model()
    z = featurize(mentions) @ w.T + b
    z -= z.max(axis=1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(axis=1, keepdims=True)


def macro_f1(gold: np.ndarray, pred: np.ndarray, k: int) -> float:
    """Mean over classes of F1 (the NewsMTSC measure)."""
    scores = []
    for c in range(k):
        tp = float(((pred == c) & (gold == c)).sum())
        denom = float((pred == c).sum() + (gold == c).sum())
        scores.append(2 * tp / denom if denom else 0.0)
    return float(np.mean(scores))


def _spread(mentions: Sequence[Span], k: int) -> list[Span]:
    """At most ``k`` mentions, evenly spread over the article (the tone may change along it)."""
    if len(mentions) <= k:
        return list(mentions)
    return [mentions[round(i * (len(mentions) - 1) / (k - 1))] for i in range(k)]


def _sentence_mentions(doc: Doc, entity: Entity) -> list[tuple[Span, Mention]]:
    out = []
    for m in _spread(sorted(entity.mentions, key=lambda s: s.start), MAX_MENTIONS):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        sent = span.sent
        out.append((
            Span.of(doc.text, sent.start_char, sent.end_char),
            Mention(sent.text, m.start - sent.start_char, m.end - sent.start_char),
        ))
    return out


def actor_tone(doc: Doc, entities: Sequence[Entity]) -> list[ActorTone]:
    """Per main actor, a score in [-1, 1] (positive minus negative share), its label and the sentences used."""
    main = sorted(
        (e for e in entities if e.type in ACTOR_TYPES and e.mentions), key=lambda e: -len(e.mentions)
    )[:MAX_ACTORS]
    per_actor = [(e, _sentence_mentions(doc, e)) for e in main]
    per_actor = [(e, found) for e, found in per_actor if found]
    probs = probabilities([m for _, found in per_actor for _, m in found])
    tones, i = [], 0
    for entity, found in per_actor:
        p = probs[i : i + len(found)]
        i += len(found)
        mean = p.mean(axis=0)
        label = int(mean.argmax())
        agree = [s for (s, _), row in zip(found, p, strict=True) if int(row.argmax()) == label]
        evidence = sorted({s.start: s for s in agree or [s for s, _ in found]}.values(), key=lambda s: s.start)
        tones.append(ActorTone(
            actor=entity.name,
            score=round(float(mean[2] - mean[0]), 3),
            label=LABELS[label],  # type: ignore[arg-type]
            evidence=evidence,
            confidence=round(float(mean[label]), 3),
        ))
    return tones
