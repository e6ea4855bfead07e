"""How an article speaks of each actor, not its overall mood.

Each mention of an actor is classified as negative, neutral or positive toward that actor by MiniLM
with its top layers fine-tuned on NewsMTSC (``tone_encoder``, trained by ``scripts/train_tone.py``),
reading the mention's sentence with the target marked by brackets and pooling its states over the
target, its neighbours and the sentence. Lexicon scorers such as VADER rate the sentence, not the
target, which is exactly the confusion target-dependent sentiment avoids. The actor's tone is the
mean over its mentions. Encoding is the whole cost (a few ms a sentence), so only ``MAX_MENTIONS``
mentions (spread over the article) of the ``MAX_ACTORS`` most mentioned actors are read, and the
analyze stage encodes those of a whole chunk of articles in one call (``actor_tones``): tone stays
a small part of the parse time.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from parallax.analyze import tone_encoder
from parallax.analyze.nlp import doc_text, sentence_of
from parallax.analyze.tone_features import window
from parallax.model import ActorTone, Entity, Span

LABELS = ("negative", "neutral", "positive")
ACTOR_TYPES = {"PERSON", "ORG", "GPE", "NORP"}
MAX_MENTIONS = 1  # per actor (the first: it names and introduces the actor), and
MAX_ACTORS = 4  # the most mentioned actors: at most 4 sentences encoded per article


def probabilities(targets: Sequence[SpacySpan]) -> np.ndarray:
    """Per target mention, the probabilities of ``LABELS`` (negative, neutral, positive) toward it."""
    if not targets:
        return np.zeros((0, len(LABELS)), dtype=np.float32)
    return tone_encoder.probabilities([window(t) for t in targets])


def macro_f1(gold: np.ndarray, pred: np.ndarray, k: int) -> float:
    """Mean over classes of F1 (the NewsMTSC measure)."""
    return float(np.mean(class_f1(gold, pred, k)))


def class_f1(gold: np.ndarray, pred: np.ndarray, k: int) -> list[float]:
    """F1 of each class."""
    out = []
    for c in range(k):
        tp = float(((pred == c) & (gold == c)).sum())
        denom = float((pred == c).sum() + (gold == c).sum())
        out.append(2 * tp / denom if denom else 0.0)
    return out


def _spread(mentions: Sequence[Span], k: int) -> list[Span]:
    """At most ``k`` mentions, evenly spread over the article (the tone may change along it)."""
    if len(mentions) <= k or k < 2:
        return list(mentions[:k])
    return [mentions[round(i * (len(mentions) - 1) / (k - 1))] for i in range(k)]


def _targets(doc: Doc, entity: Entity) -> list[SpacySpan]:
    out = []
    for m in _spread(sorted(entity.mentions, key=lambda s: s.start), MAX_MENTIONS):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and len(span):
            out.append(span)
    return out


def _chosen(doc: Doc, entities: Sequence[Entity]) -> list[tuple[Entity, list[SpacySpan]]]:
    """The ``MAX_ACTORS`` most mentioned actors found in the text, with the mentions read for each."""
    main = sorted(
        (e for e in entities if e.type in ACTOR_TYPES and e.mentions), key=lambda e: -len(e.mentions)
    )[:MAX_ACTORS]
    per_actor = [(e, _targets(doc, e)) for e in main]
    return [(e, found) for e, found in per_actor if found]


def _tone(doc: Doc, entity: Entity, found: list[SpacySpan], p: np.ndarray) -> ActorTone:
    """The actor's tone from the probabilities ``p`` of its mentions ``found``."""
    mean = p.mean(axis=0)
    label = int(mean.argmax())
    agree = [t for t, row in zip(found, p, strict=True) if int(row.argmax()) == label] or found
    sentences = {sentence_of(t).start_char: sentence_of(t) for t in agree}
    return ActorTone(
        actor=entity.name,
        score=round(float(mean[2] - mean[0]), 3),
        label=LABELS[label],  # type: ignore[arg-type]
        evidence=[Span.of(doc_text(doc), s.start_char, s.end_char) for _, s in sorted(sentences.items())],
        confidence=round(float(mean[label]), 3),
    )


def actor_tones(articles: Sequence[tuple[Doc, Sequence[Entity]]]) -> list[list[ActorTone]]:
    """Per parsed article and its actors, each main actor's tone. The mentions of all the articles
    are encoded in one call: mentions of similar length are batched together, which pads less."""
    chosen = [_chosen(doc, entities) for doc, entities in articles]
    probs = probabilities([t for actors in chosen for _, found in actors for t in found])
    out, i = [], 0
    for (doc, _), actors in zip(articles, chosen, strict=True):
        tones = []
        for entity, found in actors:
            tones.append(_tone(doc, entity, found, probs[i : i + len(found)]))
            i += len(found)
        out.append(tones)
    return out


def actor_tone(doc: Doc, entities: Sequence[Entity]) -> list[ActorTone]:
    """Per main actor, a score in [-1, 1] (positive minus negative share), its label and the sentences used."""
    return actor_tones([(doc, entities)])[0]
