"""The compare stage: one story's articles side by side, as a ``StoryBriefing``.

Pure: it reads the articles and their analyses and returns the briefing. Clause vectors come from
the caller where it has them (``context.texts_to_embed`` names them per article, so a pipeline embeds
each article once) and are embedded in one batch otherwise (``context``); clauses are aligned into
facts (``facts``), and every other view (tensions, voices, word choice, positions, timeline) reads
that one alignment. Copies of another report are
shown but never counted as independent confirmation.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from parallax.analyze.entities import unify_names
from parallax.compare import context, facts, ledger, tensions, timeline, voices, wording
from parallax.model import Analysis, Article, Story, StoryBriefing

__all__ = ["COMPARE_VERSION", "compare_story", "only_heard_in"]

COMPARE_VERSION = 13  # raised whenever the same inputs would give another briefing

only_heard_in = voices.only_heard_in


def compare_story(
    story: Story,
    articles: Mapping[str, Article],
    analyses: Mapping[str, Analysis],
    groups: Mapping[str, str] | None = None,
    vectors: Mapping[str, np.ndarray] | None = None,
) -> StoryBriefing:
    """The comparison of one story: facts, tensions, voices, word choice, positions and timeline.

    ``groups`` maps an outlet to the user's group for it (country, ownership, wire...); without it the
    articles' own ``group`` is used. ``vectors`` maps texts as ``context.texts_to_embed`` gives them
    to their vectors; texts missing from it are embedded here.
    """
    present = [a for a in story.article_ids if a in articles]
    usable = {a: analyses[a] for a in present if a in analyses and not analyses[a].skipped}
    names = unify_names([an.entities for an in usable.values()])
    others = [p.about for an in usable.values() for p in an.positions]
    ctx = context.build(story, articles, usable, names, others, vectors)
    alignment = facts.align(ctx)
    events = timeline.build_timeline(ctx, alignment)
    outlets: dict[str, list[str]] = {}
    for aid in present:
        outlets.setdefault(ctx.outlet[aid], []).append(aid)
    return StoryBriefing(
        story=story,
        outlets=outlets,
        facts=facts.build_facts(ctx, alignment),
        tensions=tensions.find_tensions(ctx, alignment, events),
        voices=voices.story_voices(usable, names),
        word_choice=wording.word_choices(ctx, alignment),
        distinctive_words=wording.distinctive_words(ctx),
        positions=ledger.build_ledger(ctx),
        timeline=events,
        groups=_groups(ctx, outlets, groups),
    )


def _groups(
    ctx: context.StoryContext, outlets: Mapping[str, list[str]], groups: Mapping[str, str] | None
) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for outlet, ids in outlets.items():
        group = (groups or {}).get(outlet) or next(
            (ctx.articles[a].group for a in ids if ctx.articles[a].group), None
        )
        if group:
            out.setdefault(group, []).append(outlet)
    return out
