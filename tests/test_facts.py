"""Which clauses of different articles the facts of a briefing put together, and which they keep apart."""

from __future__ import annotations

from parallax.compare import compare_story, context, facts
from parallax.compare.units import sentences, split_units, substantive
from parallax.model import Analysis, Article, Entity, Span, Story

A = (
    "Actress Tara Reid has checked herself into the Promises Treatment Center in Malibu. "
    "The city council approved a new budget for road repairs on Monday. "
    "“We will not let the river die,” said Maria Lopez, a farmer from the valley."
)
B = (
    "Tara Reid entered the Promises rehab center in Malibu, her publicist confirmed. "
    "A wildfire forced thousands of residents to leave their homes in the north. "
    "“We will not let the river die,” said Tom Reed, a local priest."
)
C = "Reid checked into Promises, a treatment center in Malibu. Reid is in rehab at Promises in Malibu."


def _align(texts: dict[str, str]) -> tuple[context.StoryContext, facts.Alignment]:
    articles = {aid: Article(id=aid, source=aid, text=text, outlet=aid) for aid, text in texts.items()}
    ctx = context.build(Story("s", list(articles)), articles, {}, {})
    return ctx, facts.align(ctx)


def _groups(ctx: context.StoryContext, alignment: facts.Alignment) -> list[list[str]]:
    return [[ctx.units[i].span.text for i in g] for g in alignment.groups]


def _together(groups: list[list[str]], *words: str) -> bool:
    return any(all(any(w in t for t in g) for w in words) for g in groups)


def test_same_event_in_other_words_is_one_fact():
    groups = _groups(*_align({"a": A, "b": B}))
    assert _together(groups, "checked herself into", "entered the Promises")


def test_different_events_stay_apart():
    groups = _groups(*_align({"a": A, "b": B}))
    assert not _together(groups, "budget", "wildfire")
    assert [g for g in groups if any("budget" in t for t in g)] == [[next(t for g in groups for t in g
                                                                          if "budget" in t)]]


def test_a_fact_takes_one_clause_per_article():
    ctx, alignment = _align({"a": A, "c": C})
    for group in alignment.groups:
        ids = [ctx.units[i].article_id for i in group]
        assert len(ids) == len(set(ids))
    assert _together(_groups(ctx, alignment), "checked herself into", "Reid")


def test_shared_quote_is_the_fact_not_the_frames_around_it():
    groups = _groups(*_align({"a": A, "b": B}))
    quote = [g for g in groups if any(t.startswith("We will not let the river die") for t in g)]
    assert len(quote) == 1 and len(quote[0]) == 2 and all(t.startswith("We will") for t in quote[0])
    assert not _together(groups, "Maria Lopez", "Tom Reed")


def test_datelines_are_not_facts():
    text = ("Updated Saturday, September 14, 2013 9:29 PM\n"
            "Police arrested two men after the robbery of a jewellery shop.")
    units = split_units(Article(id="x", source="x", text=text), None, {})
    keep = {u.span.text: bool(k) for u, k in zip(units, substantive(units), strict=True)}
    assert keep == {"Updated Saturday, September 14, 2013 9:29 PM": False,
                    "Police arrested two men after the robbery of a jewellery shop.": True}


def test_an_aside_between_two_dashes_stays_in_its_clause_and_a_single_dash_still_cuts():
    text = ("The three bank workers - two women and a man - were killed when the branch was set on fire. "
            "Police arrested twelve people near the square - most of them were students from the city.")
    units = [u.span.text for u in split_units(Article(id="x", source="x", text=text), None, {})]
    assert units == [
        "The three bank workers - two women and a man - were killed when the branch was set on fire.",
        "Police arrested twelve people near the square",
        "most of them were students from the city.",
    ]


def test_a_fact_is_labelled_by_its_most_typical_whole_clause_not_its_shortest_fragment():
    from parallax.compare.units import Unit
    from parallax.model import Span

    def unit(aid: str, text: str) -> Unit:
        return Unit(aid, Span(0, len(text), text), 0, 0, words=text.lower().strip(".").replace(",", "").split())

    group = [
        unit("a", "of rising costs for cocoa"),
        unit("b", "The chocolate maker cut the weight of its bars because of rising costs for cocoa."),
        unit("c", "The maker cut the weight of two bars, blaming the rising cost of cocoa."),
        unit("d", "Harbour cranes in Antwerp."),
    ]
    assert facts.about(group).startswith("The chocolate maker cut the weight")


def test_a_military_or_police_title_does_not_end_a_sentence():
    text = "Receiving them was Joint Forces Commander Lieut. Gen. Fahd Ali. Det. Supt. Jo Dee said the rest."
    assert [text[a:b] for a, b in sentences(text)] == [
        "Receiving them was Joint Forces Commander Lieut. Gen. Fahd Ali.", "Det. Supt. Jo Dee said the rest."]


def test_an_initialism_with_stops_does_not_end_a_sentence():
    text = "Police have consulted with the B.C. RCMP Hate Crime Team in the case. The camp reopens in May."
    assert [text[a:b] for a, b in sentences(text)] == [
        "Police have consulted with the B.C. RCMP Hate Crime Team in the case.", "The camp reopens in May."]


def test_a_clause_that_starts_inside_a_photo_credit_is_no_label():
    from parallax.compare.units import Unit
    from parallax.model import Span

    def unit(aid: str, text: str) -> Unit:
        return Unit(aid, Span(0, len(text), text), 0, 0, words=text.lower().strip(".").replace(")", "").split())

    credit = unit("a", "Photo: AP) Seven people were killed when a tram derailed.")
    whole = unit("b", "Seven people were killed when the tram derailed on a sharp bend near the stop.")
    assert facts.about([credit, whole]).startswith("Seven people were killed when the tram")


_RESCUE_A = (
    "Ferries stopped running on Monday. The harbour board thanked the Northern Rescue Service for its efforts in "
    "bringing the stranded fishermen home under the Oslo accord. Schools stayed shut. The storm passed by noon."
)
_RESCUE_B = (
    "Al-Hadi praised the efforts of the Northern Rescue Service in freeing the Norwegian crew pursuant to the Oslo "
    "accord. Shops opened again in the afternoon. Roads were cleared by the army."
)


def _rescue_story(texts: dict[str, str]) -> list[set[str]]:
    """The articles of each fact several report, with the rescue service as an actor wherever it is named."""
    articles = {k: Article(k, f"{k}.txt", t, outlet=k.upper()) for k, t in texts.items()}
    analyses = {}
    for k, t in texts.items():
        mentions = [Span.of(t, i, i + 23) for i in range(len(t)) if t.startswith("Northern Rescue Service", i)]
        analyses[k] = Analysis(k, entities=[Entity("Northern Rescue Service", "ORG", mentions)] if mentions else [])
    found = compare_story(Story("s", list(articles)), articles, analyses)
    return [set(f.reported_by) for f in found.facts if len(f.reported_by) > 1]


def test_between_two_articles_mutual_closest_clauses_sharing_a_rare_actor_are_one_fact():
    assert {"a", "b"} in _rescue_story({"a": _RESCUE_A, "b": _RESCUE_B})

