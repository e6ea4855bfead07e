"""Facts shared across outlets: long sentences cut into the facts they state (read from the parse), short
clauses that state a figure, and alike statements of one speaker."""

from __future__ import annotations

import numpy as np
import pytest

from parallax.analyze import analyze
from parallax.compare import context, facts
from parallax.compare.units import split_units, substantive
from parallax.model import Analysis, Article, Entity, Quote, Span, Story


def _pieces(text: str) -> list[str]:
    """The clauses of ``text`` with the cuts its analysis read off the parse."""
    return [u.span.text for u in split_units(Article(id="x", source="x", text=text), analyze(text), {})]


@pytest.mark.parametrize(
    ("sentence", "pieces"),
    [
        (  # a second predicate with an object of its own, with no comma before "and"
            "Marta Lind previously chaired the board in 2009 and won a national award for her work.",
            ["Marta Lind previously chaired the board in 2009", "won a national award for her work."],
        ),
        (  # the statement a trailing "police said" reports holds the two predicates
            "Minutes after she was suspended, she returned to the depot with a rifle and opened fire on her "
            "co-workers in the canteen, police said.",
            ["Minutes after she was suspended, she returned to the depot with a rifle",
             "opened fire on her co-workers in the canteen, police said."],
        ),
        (  # a participle clause after a comma
            "Lind first chaired the board in 2009, becoming only the second woman to lead it alone.",
            ["Lind first chaired the board in 2009", "becoming only the second woman to lead it alone."],
        ),
        (  # a relative clause on a place
            "The cause was pneumonia, according to a statement from Norland Press, where Okafor served as editor "
            "in chief.",
            ["The cause was pneumonia, according to a statement from Norland Press",
             "Okafor served as editor in chief."],
        ),
    ],
)
def test_a_sentence_that_states_several_facts_is_cut_into_them(sentence, pieces):
    assert _pieces(sentence) == pieces


@pytest.mark.parametrize(
    ("sentence", "pieces"),
    [
        (  # two verbs that share one object
            "The investment company from Zurich bought and sold shares in the two banks over the last three years.",
            1,
        ),
        (  # an "and" that joins two nouns inside a subordinate clause
            'Police have launched a criminal investigation after swastikas and "hateful phrases" were discovered on '
            "a shed at a summer camp for children near the lake.",
            1,
        ),
        (  # a list of people after the second predicate
            "The runner walked along the track and was greeted by her husband, her daughter, a cheering crowd and "
            "members of every club.",
            2,
        ),
        (  # misparsed: a finite verb read as a noun's modifier ("a bank branch choked on smoke")
            "Police said two women and one man, between 30 and 40 years old, working for a savings bank branch "
            "choked on smoke after rioters broke the windows of an office building.",
            1,
        ),
        (  # misparsed: a bare past participle read as the main verb ("Audiotapes seized ... depicted")
            "Audiotapes seized from his van and the group's farm compound in Lakeside, Ohio, and played for jurors "
            'during his trial, depicted Brandt offering "celestial union" instructions to the young wives, according '
            "to prosecutors.",
            2,
        ),
    ],
)
def test_a_sentence_is_not_cut_inside_a_list_a_shared_object_or_a_misparse(sentence, pieces):
    assert len(_pieces(sentence)) == pieces


def test_a_short_sentence_that_states_a_figure_is_compared():
    text = ("Updated Monday 9:29 PM\nHe was 77. He was tired. Copyright 2016 AP. "
            "Police arrested two men after the robbery of a shop. “The shop on the corner was closed all week,” "
            "said resident Jo Roe, 23.")
    name = text.index("Jo Roe")
    analysis = Analysis("x", entities=[Entity("Jo Roe", "PERSON", [Span.of(text, name, name + 6)])])
    units = split_units(Article(id="x", source="x", text=text), analysis, {})
    keep = {u.span.text: bool(k) for u, k in zip(units, substantive(units), strict=True)}
    assert keep == {"Updated Monday 9:29 PM": False, "He was 77.": True, "He was tired.": False,
                    "Copyright 2016 AP.": False, "Police arrested two men after the robbery of a shop.": True,
                    "The shop on the corner was closed all week": True, "said resident Jo Roe, 23.": False}


_A = ("Ribeiro crashed out on lap 48. Ribeiro walked down the pit lane. “I just say thank you very much,” "
      "Ribeiro said. Ribeiro will retire at the end of the season.")
_B = ("Ribeiro lost control in the rain. Ribeiro was greeted by his family. “I can only thank them for the love,” "
      "Ribeiro said. Ribeiro plans to race in another series.")


def _thanks_linked(speaker_b: str, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Whether the two thank-you quotes are one fact when they are alike at 0.62 (below ``THRESHOLD``,
    above ``MUTUAL``), each other's closest clause, and Ribeiro, whom every clause names, is no rare actor."""
    articles = {k: Article(k, f"{k}.txt", t, outlet=k.upper()) for k, t in (("a", _A), ("b", _B))}
    analyses = {}
    for k, t in (("a", _A), ("b", _B)):
        mentions = [Span.of(t, i, i + 5) for i in range(len(t)) if t.startswith("Ribeiro", i)]
        start = t.index("“") + 1
        end = t.index("”")
        speaker = "Paulo Ribeiro" if k == "a" else speaker_b
        quote = Quote("direct", t[start:end], start, end, speaker)
        analyses[k] = Analysis(k, entities=[Entity("Paulo Ribeiro", "PERSON", mentions)], quotes=[quote])
    ctx = context.build(Story("s", list(articles)), articles, analyses, {})
    thanks = [i for i, u in enumerate(ctx.units) if "thank" in u.span.text and u.quoted]
    assert len(thanks) == 2

    def alike(ctx: context.StoryContext, keep: np.ndarray) -> np.ndarray:
        sim = np.full((len(ctx.units), len(ctx.units)), 0.1, dtype=np.float32)
        sim[thanks[0], thanks[1]] = sim[thanks[1], thanks[0]] = 0.62
        art = np.array([u.article_id for u in ctx.units])
        sim[art[:, None] == art[None, :]] = -1.0
        return sim

    monkeypatch.setattr(facts, "similarity", alike)
    alignment = facts.align(ctx)
    return any(set(thanks) <= set(g) for g in alignment.groups)


def test_alike_statements_of_one_speaker_are_one_fact_though_the_story_names_the_speaker_everywhere(monkeypatch):
    assert _thanks_linked("Paulo Ribeiro", monkeypatch)
    assert not _thanks_linked("Rubens Barrichello", monkeypatch)
