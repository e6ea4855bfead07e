"""Tone toward actors: what the article says about each actor, not its overall mood."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import numpy as np

from parallax.analyze import tone_encoder, tone_features, tone_int8
from parallax.analyze.tone import (
    LABELS,
    MAX_ACTORS,
    MAX_MENTIONS,
    actor_tone,
    actor_tones,
    macro_f1,
    probabilities,
)
from parallax.model import Entity, Span
from parallax.stories.embed import token_states

ROOT = Path(__file__).resolve().parent.parent
HELD_OUT_SAMPLE = 400  # held-out sentences
FLOOR = 0.72  # measured 0.768 on this sample (bench/tone.py --sample 400) minus ~0.05


def actor(text: str, name: str, kind: str = "PERSON", aliases: tuple[str, ...] = ()) -> Entity:
    spans = [
        Span.of(text, m.start(), m.end())
        for alias in (name, *aliases)
        for m in re.finditer(rf"(?<!\w){re.escape(alias)}(?!\w)", text)
    ]
    return Entity(name=name, type=kind, mentions=sorted(spans, key=lambda s: s.start))


def tone_of(nlp, text: str, *entities: Entity) -> dict[str, object]:
    return {t.actor: t for t in actor_tone(nlp(text), list(entities))}


def test_clearly_positive_and_negative_targets(nlp):
    text = (
        "Maria Lopez was praised by colleagues for her brave, generous and widely admired leadership. "
        "Tom Adams was charged with fraud, and critics condemned him as corrupt and dishonest."
    )
    tones = tone_of(nlp, text, actor(text, "Maria Lopez"), actor(text, "Tom Adams", aliases=("him",)))
    lopez, adams = tones["Maria Lopez"], tones["Tom Adams"]
    assert lopez.label == "positive" and lopez.score > 0.2
    assert adams.label == "negative" and adams.score < -0.2
    assert all(-1 <= t.score <= 1 for t in tones.values())
    assert all(s.text == text[s.start : s.end] for t in tones.values() for s in t.evidence)
    assert "Adams" in adams.evidence[0].text


def test_neutral_report_is_neutral(nlp):
    text = "Maria Lopez will travel to Geneva on Tuesday for a meeting, her office said."
    assert tone_of(nlp, text, actor(text, "Maria Lopez"))["Maria Lopez"].label == "neutral"


def test_places_and_unmentioned_actors_get_no_tone(nlp):
    text = "Maria Lopez praised the new hospital in Springfield."
    tones = actor_tone(nlp(text), [actor(text, "Springfield", "LOC"), Entity("Nobody", "PERSON")])
    assert tones == []


def test_embedding_work_per_article_is_bounded(nlp, monkeypatch):
    names = ["Ann Berg", "Bo Chan", "Cy Dale", "Di Egan", "Ed Fox", "Flo Gray"]
    text = " ".join(f"{n} met the mayor. Later {n} spoke to reporters. {n} left." for n in names)
    embedded = []

    def counting(session, ids, mask, offsets):
        embedded.extend(ids)
        return real(session, ids, mask, offsets)

    real = tone_encoder._forward
    monkeypatch.setattr(tone_encoder, "_forward", counting)
    tones = actor_tone(nlp(text), [actor(text, n) for n in names])
    assert len(tones) == MAX_ACTORS
    assert 0 < len(embedded) <= MAX_ACTORS * MAX_MENTIONS


def test_a_mention_gets_the_same_probabilities_alone_or_batched_with_others(nlp):
    doc = nlp("Critics said the plan by Maria Lopez was a costly failure. Bo Chan won a long and bitter race "
              "for the seat that many had thought was lost, and supporters cheered him.")
    targets = [doc[5:7], doc[12:14]]
    together = probabilities(targets)
    alone = np.vstack([probabilities([t]) for t in targets])
    assert np.abs(together - alone).max() < 1e-5


def test_articles_toned_together_get_what_each_gets_alone(nlp):
    texts = ["Maria Lopez was praised for her brave leadership. Critics condemned Tom Adams as corrupt.",
             "Bo Chan, who was charged with fraud, resigned on Monday."]
    docs = [nlp(t) for t in texts]
    actors = [[actor(texts[0], "Maria Lopez"), actor(texts[0], "Tom Adams")], [actor(texts[1], "Bo Chan")]]
    pairs = list(zip(docs, actors, strict=True))
    assert actor_tones(pairs) == [actor_tone(d, a) for d, a in pairs]


def test_window_marks_the_target_it_is_about(nlp):
    doc = nlp("Critics said on Monday that the plan by Maria Lopez was a costly failure for the city.")
    target = doc.char_span(doc.text.index("Maria"), doc.text.index(" was"))
    text, start, end = tone_features.window(target)
    assert text[start:end] == "Maria Lopez"
    assert text[start - 2 : start] == "[ " and text[end : end + 2] == " ]"
    assert text.startswith("Critics") and text.endswith("city.")
    short, s, e = tone_features.window(target, 12)
    assert short[s:e] == "Maria Lopez" and "Critics" not in short
    pool = tone_features.pool_weights(np.array([[0, 0], [0, 5], [6, 11], [12, 15], [0, 0]]), 6, 15)
    assert np.allclose(pool.sum(axis=1), 1.0) and np.allclose(pool[0], [0, 0, 0.5, 0.5, 0])


def test_weights_written_into_the_onnx_model_are_the_ones_it_runs():
    texts = ["Critics said the plan by [ Maria Lopez ] was a costly failure.", "[ Bo ] left."]
    weights = tone_encoder.base_weights([4, 5])
    same = tone_encoder._run(tone_encoder._session(tone_encoder.replace(tone_encoder._graph(), weights)), texts)
    for row, states in enumerate(token_states(texts)):
        assert np.abs(same.hidden[row, : len(states.vectors)] - states.vectors).max() < 1e-4
        assert np.array_equal(same.offsets[row, : len(states.offsets)], states.offsets)
    weights["5.output.LayerNorm.bias"] = weights["5.output.LayerNorm.bias"] + 1.0
    shifted = tone_encoder._run(tone_encoder._session(tone_encoder.replace(tone_encoder._graph(), weights)), texts)
    assert np.allclose(shifted.hidden - same.hidden, 1.0, atol=1e-4)
    lower = tone_encoder.lower_states(texts, 4)
    assert lower.hidden.shape == same.hidden.shape and not np.allclose(lower.hidden, same.hidden)


def test_shipped_weights_are_small_and_probabilities_sum_to_one(nlp):
    assert tone_encoder.WEIGHTS.stat().st_size < 4 * 2**20
    doc = nlp("Maria Lopez won. Tom Adams lost badly and was mocked by everyone.")
    p = probabilities([doc[0:2], doc[4:6]])
    assert p.shape == (2, len(LABELS)) and np.allclose(p.sum(axis=1), 1.0, atol=1e-5)


def test_held_out_newsmtsc_macro_f1_floor(shared):
    sys.path.insert(0, str(ROOT))
    from scripts.tone_data import held_out

    mentions, gold = held_out(shared / "data" / "newsmtsc" / "train.jsonl", HELD_OUT_SAMPLE)
    pred = probabilities(mentions).argmax(axis=1)
    assert macro_f1(gold, pred, len(LABELS)) >= FLOOR


def test_int8_products_stay_close_to_the_float_model():
    codes, scale = tone_int8.weight_codes(np.array([[0.5, -2.0], [-0.25, 1.0]], dtype=np.float32))
    assert codes.dtype == np.int8 and np.abs(codes).max() == tone_int8.LEVELS
    assert np.abs(codes * scale - [[0.5, -2.0], [-0.25, 1.0]]).max() <= scale.max() / 2
    texts = ["Critics said the plan by [ Maria Lopez ] was a costly failure.", "[ Bo ] left."]
    model = tone_encoder.replace(tone_encoder._graph(), tone_encoder.base_weights(range(tone_encoder.LAYERS)))
    exact = tone_encoder._run(tone_encoder._session(model), texts)
    names = tone_encoder._names(model, range(tone_encoder.LAYERS))
    int8 = tone_int8.quantize(model, {v for k, v in names.items() if k.endswith(".weight") and "Norm" not in k})
    assert sum(n.op_type == "MatMulInteger" for n in int8.graph.node) == 6 * tone_encoder.LAYERS
    close = tone_encoder._run(tone_encoder._session(int8), texts).hidden[exact.mask == 1]
    real = exact.hidden[exact.mask == 1]
    cosine = (real * close).sum(-1) / np.linalg.norm(real, axis=-1) / np.linalg.norm(close, axis=-1)
    assert cosine.min() > 0.98
