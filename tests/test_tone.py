"""Tone toward actors: what the article says about each actor, not its overall mood."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import numpy as np

from parallax.analyze import tone_features
from parallax.analyze.tone import LABELS, MAX_ACTORS, MAX_MENTIONS, actor_tone, macro_f1, probabilities
from parallax.model import Entity, Span

ROOT = Path(__file__).resolve().parent.parent
HELD_OUT_SAMPLE = 400  # held-out sentences
FLOOR = 0.63  # measured 0.684 on this sample (bench/tone.py --sample 400) minus 0.05


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

    def counting(texts):
        embedded.extend(texts)
        return real(texts)

    real = tone_features.token_states
    monkeypatch.setattr(tone_features, "token_states", counting)
    tones = actor_tone(nlp(text), [actor(text, n) for n in names])
    assert len(tones) == MAX_ACTORS
    assert 0 < len(embedded) <= MAX_ACTORS * MAX_MENTIONS


def test_window_marks_the_target_it_is_about(nlp):
    doc = nlp("Critics said on Monday that the plan by Maria Lopez was a costly failure for the city.")
    target = doc.char_span(doc.text.index("Maria"), doc.text.index(" was"))
    text, start, end = tone_features.window(target)
    assert text[start:end] == "Maria Lopez"
    assert text[start - 2 : start] == "[ " and text[end : end + 2] == " ]"
    vectors = tone_features.embedded([target, doc[0:1]])
    assert vectors.shape == (2, tone_features.POOLED)
    assert not np.allclose(vectors[0], vectors[1])


def test_held_out_newsmtsc_macro_f1_floor(shared):
    sys.path.insert(0, str(ROOT))
    from scripts.train_tone import held_out

    mentions, gold = held_out(shared / "data" / "newsmtsc" / "train.jsonl", HELD_OUT_SAMPLE)
    pred = probabilities(mentions).argmax(axis=1)
    assert macro_f1(gold, pred, len(LABELS)) >= FLOOR


def test_cues_say_what_the_target_does_in_its_clause(nlp):
    doc = nlp("Maria Lopez said the council did not approve the plan.")
    speaker = set(tone_features.cues(doc[0:2]))
    assert "speaker" in speaker and "vv:nsubj:say:pos" in speaker
    council = set(tone_features.cues(doc[3:5]))
    assert "speaker" not in council and "vv:nsubj:approve:neg" in council
    assert "vh:ccomp:say" in council
