"""Voices: whom each article lets speak in its own words, whom it only paraphrases, and how much.

A count over the quotes the analyze stage found, with speakers mapped to the story's names so the
same person is one voice across outlets.
"""

from __future__ import annotations

from collections.abc import Mapping

from parallax.model import Analysis, StoryBriefing, Voice


def article_voices(analysis: Analysis, names: Mapping[str, str]) -> list[Voice]:
    """Speakers of one article, most heard first: direct (direct + partial) and indirect quotes.

    Names that differ only in case ("DEMOCRATS" in a capitalised subheading, "Democrats") are one voice,
    shown in the form that is not all capitals."""
    tally: dict[str, Voice] = {}
    for q in sorted(analysis.quotes, key=lambda q: q.start):
        if not q.speaker:
            continue
        name = names.get(q.speaker, q.speaker)
        v = tally.setdefault(name.casefold(), Voice(name, 0, 0, 0, None))
        if v.speaker.isupper() and not name.isupper():
            v.speaker = name
        if q.kind == "indirect":
            v.indirect += 1
        else:
            v.direct += 1
            v.words += len(q.text.split())
            v.first_at = q.start if v.first_at is None else min(v.first_at, q.start)
    return sorted(tally.values(), key=lambda v: (-v.direct, -v.words, -v.indirect, v.speaker))


def story_voices(analyses: Mapping[str, Analysis], names: Mapping[str, str]) -> dict[str, list[Voice]]:
    """Each article's voices, a speaker named with a title or role before a known full name
    ("Harbourmaster Andrew Hayton", "Ripple CEO Brad Garlinghouse") counted as that person."""
    speakers = {q.speaker for a in analyses.values() for q in a.quotes if q.speaker}
    known = {names.get(s, s) for s in speakers}
    full = sorted((n for n in known if len(n.split()) >= 2), key=len, reverse=True)
    untitled = {s: next((n for n in full if names.get(s, s).endswith(" " + n)), names.get(s, s)) for s in speakers}
    return {aid: article_voices(a, untitled) for aid, a in analyses.items()}


def only_heard_in(briefing: StoryBriefing) -> dict[str, list[str]]:
    """Outlet -> speakers that outlet alone quotes directly (copies of another report do not count)."""
    outlet_of = {aid: outlet for outlet, ids in briefing.outlets.items() for aid in ids}
    heard: dict[str, set[str]] = {}
    for aid, voices in briefing.voices.items():
        if aid in briefing.story.copies:
            continue
        for v in voices:
            if v.direct:
                heard.setdefault(v.speaker, set()).add(outlet_of.get(aid, aid))
    out: dict[str, list[str]] = {}
    for speaker, outlets in sorted(heard.items()):
        if len(outlets) == 1 and len(briefing.outlets) > 1:
            out.setdefault(next(iter(outlets)), []).append(speaker)
    return out
