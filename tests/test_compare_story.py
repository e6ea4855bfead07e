"""The comparison of one story across outlets, on hand-built articles and analyses."""

from __future__ import annotations

import re

import pytest

from parallax.compare import compare_story, context, only_heard_in
from parallax.compare.units import Unit
from parallax.compare.voices import article_voices, story_voices
from parallax.compare.wording import _widest, log_odds
from parallax.model import (
    Analysis,
    Article,
    Entity,
    Position,
    Quote,
    Span,
    Story,
    StoryBriefing,
    TimeExpr,
    WordChoice,
)
from parallax.stories import embed as embedding

A_TEXT = (
    "At least 12 people were killed when the old bridge in Riverton collapsed on Tuesday. "
    "Mayor Jane Holt said the city would resume water deliveries to the eastern district. "
    "“We will not let the river die,” said Maria Lopez, a farmer from the valley. "
    "Police detained dozens of protesters near the town hall. "
    "The northern quarter was annexed by Riverton in the last century. "
    "The council voted to build a second ferry landing beside the harbour. "
    "The old dam was opened on March 3, decades before anyone worried about floods. "
    "Fire chief Ann Moss said the blaze at the depot started in a storage room."
)
B_TEXT = (
    "At least 15 people were killed when the old bridge in Riverton collapsed on Tuesday. "
    "Mayor Jane Holt has withdrawn water deliveries to the eastern district, officials said. "
    "“We will not let the river die,” said Tom Reed, a local priest. "
    "Police detained dozens of rioters near the town hall. "
    "The northern quarter was seized by Riverton in the last century. "
    "Every school in the province stayed closed because of a teachers’ strike over pay. "
    "The old dam was opened on March 5, decades before anyone worried about floods. "
    "Inspector Paul Gray said the blaze at the depot started in a storage room."
)
NAMES = ["Jane Holt", "Maria Lopez", "Tom Reed", "Riverton", "Ann Moss", "Paul Gray"]


def _analysis(aid: str, text: str, date: str) -> Analysis:
    entities = []
    for name in NAMES:
        spans = []
        at = text.find(name)
        while at >= 0:
            spans.append(Span.of(text, at, at + len(name)))
            at = text.find(name, at + 1)
        if spans:
            entities.append(Entity(name, "GPE" if name == "Riverton" else "PERSON", spans))
    q = "We will not let the river die"
    qs = text.index(q)
    speaker = "Maria Lopez" if "Maria Lopez" in text else "Tom Reed"
    quotes = [Quote("direct", q, qs, qs + len(q), speaker, confidence=0.9)]  # a speaker tag names them
    holt = text.index("Mayor Jane Holt")
    end = text.index(".", holt)
    quotes.append(Quote("indirect", text[holt + 16 : end], holt + 16, end, "Jane Holt"))
    blaze = text.index("the blaze")
    fire_chief = "Ann Moss" if "Ann Moss" in text else "Paul Gray"
    quotes.append(Quote("indirect", text[blaze:-1], blaze, len(text) - 1, fire_chief))
    day, tue = text.index("March"), text.index("Tuesday")
    times = [TimeExpr(text[day : day + 7], day, day + 7, date), TimeExpr("Tuesday", tue, tue + 7, "2025-05-06")]
    wd = text.index("water deliveries")
    positions = [Position("Jane Holt", "supports", "water deliveries to the eastern district",
                          Span.of(text, holt, end), "reported")]
    if "resume" not in text:
        positions = [Position("Jane Holt", "supports", "the water deliveries to the eastern district",
                              Span.of(text, wd, end), "asserted")]
    return Analysis(aid, entities=entities, quotes=quotes, times=times, positions=positions)


def _story() -> tuple[Story, dict[str, Article], dict[str, Analysis]]:
    articles = {
        "a": Article("a", "a.txt", A_TEXT, outlet="Daily A", published="2025-05-07T08:00:00+00:00"),
        "b": Article("b", "b.txt", B_TEXT, outlet="Courier B", published="2025-05-08T08:00:00+00:00"),
        "c": Article("c", "c.txt", A_TEXT, outlet="Copy C", published="2025-05-07T09:00:00+00:00"),
    }
    analyses = {
        "a": _analysis("a", A_TEXT, "2025-03-03"),
        "b": _analysis("b", B_TEXT, "2025-03-05"),
        "c": _analysis("c", A_TEXT, "2025-03-03"),
    }
    return Story("s", ["a", "b", "c"], copies={"c": "a"}), articles, analyses


GROUPS = {"Daily A": "local", "Courier B": "national"}


@pytest.fixture(scope="module")
def briefing() -> StoryBriefing:
    story, articles, analyses = _story()
    return compare_story(story, articles, analyses, groups=GROUPS)


def _articles(texts: dict[str, str]) -> dict[str, Article]:
    """One article per outlet, each outlet named after its key in capitals."""
    return {k: Article(k, f"{k}.txt", t, outlet=k.upper()) for k, t in texts.items()}


def _compared(texts: dict[str, str]) -> StoryBriefing:
    articles = _articles(texts)
    return compare_story(Story("s", list(articles)), articles, {})


def _two_outlets(text_a: str, text_b: str) -> StoryBriefing:
    return _compared({"a": text_a, "b": text_b})


def _choice_pairs(b: StoryBriefing) -> set[tuple[str, str]]:
    """The terms of articles a and b in each word choice that shows both."""
    return {(w.terms["a"].text, w.terms["b"].text) for w in b.word_choice if {"a", "b"} <= w.terms.keys()}


def _fact_with(b: StoryBriefing, aid: str, words: str):
    return next((f for f in b.facts if aid in f.reported_by and words in f.reported_by[aid].text), None)


def test_shared_fact_is_aligned_across_outlets(briefing):
    fact = _fact_with(briefing, "a", "bridge in Riverton collapsed")
    assert fact is not None and not fact.single_outlet
    assert "bridge in Riverton collapsed" in fact.reported_by["b"].text
    assert fact.reported_by["a"].text == A_TEXT[fact.reported_by["a"].start : fact.reported_by["a"].end]


def test_single_outlet_facts_stay_apart(briefing):
    ferry = _fact_with(briefing, "a", "second ferry landing")
    school = _fact_with(briefing, "b", "stayed closed")
    assert ferry is not None and ferry.single_outlet and "b" not in ferry.reported_by
    assert school is not None and school.single_outlet and list(school.reported_by) == ["b"]


def test_copies_are_shown_but_never_confirm(briefing):
    ferry = _fact_with(briefing, "a", "second ferry landing")
    assert "c" in ferry.reported_by  # the copy is shown...
    assert ferry.single_outlet  # ...but the fact is still single-outlet
    assert "c" not in only_heard_in(briefing).get("Copy C", [])


def test_number_tension(briefing):
    numbers = [t for t in briefing.tensions if t.kind == "number"]
    assert numbers, briefing.tensions
    t = numbers[0]
    assert "12 people" in t.sides["a"].text and "15 people" in t.sides["b"].text
    assert t.maybe_update  # the later article may be an update


def test_stance_tension_on_opposite_predicates(briefing):
    stance = [t for t in briefing.tensions if t.kind == "stance"]
    assert any("resume" in t.sides["a"].text and "withdrawn" in t.sides["b"].text for t in stance)


def test_attribution_tension_for_the_same_quote(briefing):
    attribution = [t for t in briefing.tensions if t.kind == "attribution" and "river" in t.sides["a"].text]
    assert len(attribution) == 1
    assert attribution[0].sides["a"].text == attribution[0].sides["b"].text == "We will not let the river die"
    assert attribution[0].about == "Maria Lopez / Tom Reed"


def test_attribution_tension_for_the_same_reported_statement(briefing):
    reported = [t for t in briefing.tensions if t.kind == "attribution" and "blaze" in t.sides["a"].text]
    assert len(reported) == 1
    assert reported[0].about == "Ann Moss / Paul Gray"
    assert "Paul Gray" in reported[0].sides["b"].text


def test_voices_counts(briefing):
    voices = {v.speaker: v for v in briefing.voices["a"]}
    assert voices["Maria Lopez"].direct == 1 and voices["Maria Lopez"].words == 7
    assert voices["Jane Holt"].direct == 0 and voices["Jane Holt"].indirect == 1
    assert voices["Maria Lopez"].first_at == A_TEXT.index("We will")
    assert only_heard_in(briefing) == {"Daily A": ["Maria Lopez"], "Courier B": ["Tom Reed"]}


def test_word_choice_pairs(briefing):
    pairs = {(w.terms.get("a").text, w.terms.get("b").text) for w in briefing.word_choice
             if "a" in w.terms and "b" in w.terms}
    assert ("annexed by Riverton", "seized by Riverton") in pairs
    assert ("of protesters near", "of rioters near") in pairs  # the swap with the words both outlets share


def test_timeline_flags_a_disputed_date(briefing):
    dam = next(e for e in briefing.timeline if "dam" in e.about)
    assert dam.disputed and set(dam.sources) >= {"a", "b"}
    assert {dam.date, *dam.other_dates.values()} == {"2025-03-03", "2025-03-05"}
    assert any(t.kind == "date" for t in briefing.tensions)
    bridge = next(e for e in briefing.timeline if "bridge" in e.about)
    assert not bridge.disputed


def test_ledger_merges_the_same_position(briefing):
    holt = [p for p in briefing.positions if p.actor == "Jane Holt"]
    assert len(holt) == 1
    assert set(holt[0].reported_by) == {"a", "b", "c"}
    assert holt[0].how["a"] == "reported" and holt[0].how["b"] == "asserted"


def test_outlets_and_groups(briefing):
    assert briefing.outlets == {"Daily A": ["a"], "Courier B": ["b"], "Copy C": ["c"]}
    assert briefing.groups == {"local": ["Daily A"], "national": ["Courier B"]}


def test_a_lone_article_without_analysis_still_compares():
    article = Article("x", "x.txt", A_TEXT, outlet="Daily A")
    briefing = compare_story(Story("s", ["x", "missing"]), {"x": article}, {})
    assert briefing.outlets == {"Daily A": ["x"]}
    assert briefing.facts and all(f.single_outlet for f in briefing.facts)
    assert not briefing.tensions and not briefing.word_choice and not briefing.distinctive_words


def test_log_odds_finds_each_outlets_words():
    texts = {
        "X": ["The rebels stormed the rebels' base; rebels and more rebels held the town."] * 3,
        "Y": ["Government forces and government troops defended the government town."] * 3,
    }
    words = log_odds(texts)
    top = {o: max((d for d in words if d.outlet == o), key=lambda d: d.z).word for o in texts}
    assert top == {"X": "rebels", "Y": "government"}
    assert all(d.z >= 1.96 for d in words)
    assert not any(d.word == "town" for d in words)  # used alike by both: not distinctive


def test_precomputed_vectors_mean_nothing_is_embedded(briefing, monkeypatch):
    story, articles, analyses = _story()
    keys = {t for aid in articles for t in context.texts_to_embed(articles[aid], analyses[aid])}
    assert keys and all("12" not in k and "15" not in k for k in keys)  # digits masked: keys are shared
    stored = dict(zip(sorted(keys), embedding.embed(sorted(keys)), strict=True))
    embedded: list[str] = []
    real = embedding.embed
    monkeypatch.setattr(embedding, "embed", lambda texts, name=None: embedded.extend(texts) or real(texts, name))
    context.clear_cache()
    again = compare_story(story, articles, analyses, groups=GROUPS, vectors=stored)
    assert embedded == []
    assert [(f.about, sorted(f.reported_by)) for f in again.facts] == [
        (f.about, sorted(f.reported_by)) for f in briefing.facts
    ]
    assert [t.about for t in again.tensions] == [t.about for t in briefing.tensions]
    context.clear_cache()
    partial = {k: v for k, v in stored.items() if "ferry" not in k}
    compare_story(story, articles, analyses, groups=GROUPS, vectors=partial)
    assert embedded and all("ferry" in t for t in embedded)  # only what the caller lacked is embedded


def test_counts_of_one_noun_that_describe_different_things_are_no_tension():
    text_a = ("The blast at the fertiliser depot outside Marlow left 8 people seriously hurt on Sunday night. "
              "Firefighters from three towns fought the flames until dawn.")
    text_b = ("The blast at the fertiliser depot outside Marlow left 50 people in hospital on Sunday night. "
              "Firefighters from three towns fought the flames until dawn.")
    text_c = ("The blast at the fertiliser depot outside Marlow left 9 people seriously hurt on Sunday night. "
              "Firefighters from three towns fought the flames until dawn.")
    texts = {"a": text_a, "b": text_b, "c": text_c}
    found = _compared(texts)
    blast = _fact_with(found, "a", "blast")
    assert blast is not None and set(blast.reported_by) == {"a", "b", "c"}
    numbers = [t for t in found.tensions if t.kind == "number"]
    assert [sorted(t.sides) for t in numbers] == [["a", "c"]]  # 8 vs 9 hurt; never hurt vs in hospital


def test_people_trapped_and_people_injured_are_different_counts():
    text_a = ("The tram overturned near the Elmford stop on Monday morning, leaving 2 people trapped "
              "in the wreck. Crews cut the roof open.")
    text_b = ("The tram overturned near the Elmford stop on Monday morning, leaving 20 people injured "
              "in the wreck. Crews cut the roof open.")
    articles = {k: Article(k, f"{k}.txt", t, outlet=k.upper()) for k, t in {"a": text_a, "b": text_b}.items()}
    found = compare_story(Story("s", list(articles)), articles, {})
    assert not [t for t in found.tensions if t.kind == "number"]


def test_word_choice_between_alike_clauses_outside_one_fact():
    common = ("The textile mill in Dunmore has been shut since the strike began in May. "
              "The regional council will discuss the dispute at its meeting next Tuesday. "
              "A new bus line to the airport opens in the spring. ")
    text_a = common + ("On Friday morning several hundred rioters gathered at the mill gates where police said stones "
                       "were thrown at officers.")
    text_b = common + ("Earlier, several hundred strikers gathered at the mill gates where they turned back "
                       "delivery vans.")
    found = _two_outlets(text_a, text_b)
    gates = _fact_with(found, "a", "rioters")
    assert gates is not None and "b" not in gates.reported_by  # not one fact...
    pairs = _choice_pairs(found)
    assert ("hundred rioters gathered", "hundred strikers gathered") in pairs  # ...yet the word choice is found


def test_two_words_each_outlet_writes_are_two_things_not_a_word_choice():
    text_a = ("At least six people were killed when the ferry capsized near Halden on Monday. "
              "Dozens more were injured and taken to hospital.")
    text_b = ("At least six people were injured when the ferry capsized near Halden on Monday. "
              "Two crew members were killed, the operator said.")
    found = _two_outlets(text_a, text_b)
    words = {w.terms["a"].text for w in found.word_choice if "a" in w.terms}
    assert "killed" not in words


def test_a_number_word_or_a_reporting_verb_is_not_a_matter_of_stance():
    texts = {
        "a": "The transport ministry resumed two coastal ferry routes on Monday after the storm, officials announced.",
        "b": "The harbour board withdrew two rescue boats from the northern pier on Monday, officials announced.",
    }
    found = _compared(texts)
    assert not [t for t in found.tensions if t.kind == "stance"]


def test_considering_then_refusing_is_a_stance_tension_named_in_the_texts_words():
    texts = {
        "a": "The harbour mayor said on Monday she would consider the union's call for an independent inquiry.",
        "b": "The harbour mayor refused on Tuesday to order an independent inquiry into the chemical leak.",
    }
    articles = {
        "a": Article("a", "a.txt", texts["a"], outlet="A", published="2025-06-02"),
        "b": Article("b", "b.txt", texts["b"], outlet="B", published="2025-06-03"),
    }
    found = compare_story(Story("s", list(articles)), articles, {})
    stance = [t for t in found.tensions if t.kind == "stance"]
    assert stance and stance[0].about == "independent inquiry" and stance[0].maybe_update
    assert set(stance[0].sides) == {"a", "b"}


def test_forms_of_one_name_are_one_person_not_an_attribution_tension():
    from parallax.compare.tensions import _distinct_people

    assert _distinct_people({"Donald", "Donald J Trump", "Donald Trump"}) == {"Donald J Trump"}
    assert _distinct_people({"Barack Obama", "Michelle Obama"}) == {"Barack Obama", "Michelle Obama"}


def test_a_suggestion_is_no_denial_and_a_stance_verb_is_no_matter():
    texts = {
        "a": "The bakery chain raised the price of its rye loaf in March, its owner said.",
        "b": "One customer asked why not raise the price of the rye loaf instead of cutting its size.",
        "c": "The bakery increased the gaps between rolls to reduce the weight of each bag.",
        "d": "Rival bakers also increased the gaps in their rolls to reduce the weight of each bag.",
    }
    found = _compared(texts)
    abouts = {t.about for t in found.tensions if t.kind == "stance"}
    assert not any("price" in a or "loaf" in a or "reduce" in a for a in abouts), abouts


def test_spellings_of_one_word_are_no_word_choice():
    text_a = ("Crowds gathered early at the quay. The mayor said it was a great honour to open the new bridge "
              "over the river. Traffic will flow from Friday.")
    text_b = ("Heavy rain did not deter the visitors. The mayor said it was a great honor to open the new bridge "
              "over the river, before cutting a ribbon.")
    found = _two_outlets(text_a, text_b)
    assert not found.word_choice


def test_two_agents_are_two_things_not_a_word_choice():
    from parallax.compare.wording import _agent_phrases

    def unit(aid: str, text: str) -> Unit:
        return Unit(aid, Span(0, len(text), text), 0, 0)

    two = [unit("a", "the letter dropped by the Bureau"), unit("b", "the letter received by Mrs Lane")]
    assert _agent_phrases(two) is None
    seized = _agent_phrases([unit("a", "the land annexed by Moscow"), unit("b", "the land seized by Russia")])
    assert seized is not None and set(seized.terms) == {"a", "b"}


def test_the_date_stamp_of_an_embedded_post_is_no_event():
    texts = {
        "a": "The ferry sank on March 3, 2025. One reader wrote: So sad. — Jo Dee (@jodee) March 4, 2025 "
             "Rescuers searched all night.",
        "b": "Rescuers said the ferry sank on March 3, 2025, near the harbour wall.",
    }
    articles = _articles(texts)
    analyses = {
        k: Analysis(k, times=[TimeExpr(m.group(), m.start(), m.end(), f"2025-03-0{m.group()[-7]}")
                              for m in re.finditer(r"March \d, 2025", t)])
        for k, t in texts.items()
    }
    found = compare_story(Story("s", list(articles)), articles, analyses)
    assert [e.date for e in found.timeline] == ["2025-03-03"]


def test_a_number_tension_names_the_counted_word_as_written():
    found = _two_outlets(
        "Crowds fled the square. At least six civilians were killed when the bomb exploded near the market on Monday.",
        "Police sealed the road. The bomb that exploded near the market on Monday killed four civilians.",
    )
    assert [t.about for t in found.tensions if t.kind == "number"] == ["civilians: 4 / 6"]


def _quoted(texts: dict[str, str], quoted: dict[str, str]) -> StoryBriefing:
    articles = _articles(texts)
    analyses = {}
    for k, t in texts.items():
        start = t.index(quoted[k])
        analyses[k] = Analysis(k, quotes=[Quote("direct", quoted[k], start, start + len(quoted[k]), "Jo Dee",
                                                confidence=0.9)])
    return compare_story(Story("s", list(articles)), articles, analyses)


def test_a_shorter_extract_of_a_quote_is_no_difference_but_a_dropped_not_is():
    full = "It is not related to the protest at all. It appears to be some type of personal argument."
    texts = {
        "a": f'Police said a man was shot near the march. "{full}" said Jo Dee, a police spokesman.',
        "b": 'A man was shot near the march late on Wednesday. Jo Dee called it "some type of personal argument".',
    }
    found = _quoted(texts, {"a": full, "b": "some type of personal argument"})
    assert not [t for t in found.tensions if t.kind == "quote"]
    cut = "It is related to the protest at all. It appears to be some type of personal argument."
    texts["b"] = f'A man was shot near the march late on Wednesday. "{cut}" Jo Dee said.'
    found = _quoted(texts, {"a": full, "b": cut})
    assert [t.about for t in found.tensions if t.kind == "quote"] == ["quote (cut)"]


def test_articles_that_share_a_figure_for_a_noun_do_not_dispute_it():
    found = _two_outlets(
        "Voters queued outside the library before the doors opened. The final poll on Sunday gave Mayor Ruth Cole "
        "a five-point lead over her rival Tom Hale in the race for city hall. Turnout is expected to pass the "
        "record set four years ago.",
        "Heavy rain is forecast for most of the district on polling day. The final poll on Sunday showed Mayor Ruth "
        "Cole's 11-point lead over her rival Tom Hale in the race for city hall narrowed to five points. Both "
        "campaigns held rallies late into the night.",
    )
    lead = _fact_with(found, "a", "five-point lead")
    assert lead is not None and "b" in lead.reported_by
    assert not [t for t in found.tensions if t.kind == "number"]


def test_no_stance_is_read_from_a_run_of_captions():
    gallery = ("Storm Ada brought gale force winds to the coast which brought flooding and power cuts to thousands "
               "of homes Getty 7/19 Mother Ann Roe father Bob Roe and sister Kim Roe arrive at the court in "
               "Leeds Getty 8/19 Fans wave flags at the final whistle in Cardiff Getty 9/19 Crowds watch the "
               "fireworks over the river Getty 10/19 A child feeds the ducks")
    found = _two_outlets(
        "The crash left two young children. Her brother will raise the children alone without their mother.",
        f"The crash left two young children. {gallery}",
    )
    assert not [t for t in found.tensions if t.kind == "stance"]


def test_a_clause_that_names_the_other_speaker_by_surname_is_no_attribution_tension():
    texts = {
        "a": "Crowds gathered at the depot gates on Friday. Fire chief Ann Moss said the blaze at the depot "
             "started in a storage room. The road will stay closed until Monday.",
        "b": "Crowds gathered at the depot gates on Friday. Moss said the blaze at the depot started in a storage "
             "room, Inspector Paul Gray said. The road will stay closed until Monday.",
    }
    articles = _articles(texts)
    analyses = {}
    for k, t in texts.items():
        blaze = t.index("the blaze")
        end = t.index(".", blaze)
        speaker = "Ann Moss" if k == "a" else "Paul Gray"
        people = [Entity(n, "PERSON", [Span.of(t, t.index(n), t.index(n) + len(n))]) for n in (speaker,)]
        analyses[k] = Analysis(k, entities=people, quotes=[Quote("indirect", t[blaze:end], blaze, end, speaker)])
    found = compare_story(Story("s", list(articles)), articles, analyses)
    blaze = _fact_with(found, "a", "the blaze")
    assert blaze is not None and "b" in blaze.reported_by
    assert not [t for t in found.tensions if t.kind == "attribution"]


def test_a_preposition_a_count_or_a_typo_is_no_word_choice():
    found = _two_outlets(
        "Rain fell all day in Midtown. Hundreds of fans staged a noisy protest outside the tower on Wednesday "
        "night. Police arrested three people for the handling of stolen flags near the stage. The singer "
        "thanked her fans.",
        "Traffic was slow across Midtown. Hundreds of fans staged a noisy protest against the tower on Wednesday "
        "night. Police arrested four people for the handing of stolen flags near the stage. The band left early.",
    )
    terms = {w.terms[k].text.lower() for w in found.word_choice for k in w.terms}
    assert not terms & {"outside", "against", "three", "four", "handling", "handing"}, found.word_choice


def test_a_pair_that_a_wider_word_choice_shows_is_not_repeated():

    three = WordChoice("large … of", {"a": Span(5, 11, "volume"), "b": Span(7, 13, "number"),
                                      "c": Span(9, 15, "volume")})
    pair = WordChoice("large … of", {"a": Span(5, 11, "volume"), "b": Span(7, 13, "number")})
    other = WordChoice("large … of", {"a": Span(40, 46, "amount"), "b": Span(50, 55, "sum")})
    assert _widest([three, pair, other]) == [three, other]


def test_the_matter_of_a_predicate_ends_where_the_next_predicate_begins():
    found = _two_outlets(
        "Shoppers were angry. One wrote that by decreasing the size the bakery has increased the price per gram. "
        "The shop stays open.",
        "The bakery said it had to choose between a smaller loaf or raising the price of each loaf. "
        "Sales fell in March.",
    )
    assert not [t.about for t in found.tensions if t.kind == "stance"]


@pytest.mark.parametrize(
    ("said", "styled"),
    [
        (  # house style: times, hyphens
            "I heard a massive crash at about 6.15 a.m., then shouting from the e-mail office",
            "I heard a massive crash at about 6.15am, then shouting from the email office",
        ),
        (  # an editor's bracketed insertion in a shorter run of the same words
            "We are working around the clock to review the emails and finish the review",
            "We [the FBI] are working around-the-clock to review the e-mails",
        ),
    ],
)
def test_a_quote_in_another_house_style_or_with_an_editors_insertion_is_no_rewording(said, styled):
    texts = {
        "a": f'Rescuers reached the tram within minutes. "{said}," said Jo Dee, who lives nearby.',
        "b": f'A neighbour described the first moments. "{styled}," Jo Dee said on Wednesday.',
    }
    found = _quoted(texts, {"a": said, "b": styled})
    assert not [t for t in found.tensions if t.kind == "quote"]


def test_a_number_that_labels_a_thing_is_no_count():
    found = _two_outlets(
        "Fans waited all week. In Game 7 crowds cheered as the home side won the final series at the old "
        "stadium. Tickets sold out.",
        "Rain fell at dusk. In Game 6 crowds cheered as the home side won the final series at the old "
        "stadium. Parking was scarce.",
    )
    game = _fact_with(found, "a", "crowds cheered")
    assert game is not None and "b" in game.reported_by
    assert not [t for t in found.tensions if t.kind == "number"]


def test_a_speaker_named_in_capitals_and_in_title_case_is_one_voice():

    text = "DEMOCRATS WANT ANSWERS The emails were found in a probe. Democrats demanded quick action."
    quotes = [Quote("indirect", "The emails were found in a probe", 23, 55, "DEMOCRATS"),
              Quote("indirect", "quick action", 76, 88, "Democrats")]
    assert [(v.speaker, v.indirect) for v in article_voices(Analysis("a", quotes=quotes), {})] == [("Democrats", 2)]
    assert text[76:88] == "quick action"


def test_a_speaker_named_with_a_title_is_the_person_another_outlet_names():

    analyses = {
        "a": Analysis("a", quotes=[Quote("direct", "We pull out six boats a year", 0, 28, "Andrew Hayton")]),
        "b": Analysis("b", quotes=[Quote("direct", "It costs us dearly", 0, 18, "Harbourmaster Andrew Hayton")]),
    }
    voices = story_voices(analyses, {})
    assert [v.speaker for v in voices["a"]] == [v.speaker for v in voices["b"]] == ["Andrew Hayton"]


def test_a_story_name_that_holds_a_title_folds_into_the_plain_name():

    analyses = {
        "a": Analysis("a", quotes=[Quote("direct", "We pull out six boats a year", 0, 28, "Andrew Hayton")]),
        "b": Analysis("b", quotes=[Quote("direct", "It costs us dearly", 0, 18, "Hayton")]),
    }
    names = {"Hayton": "Harbourmaster Andrew Hayton", "Andrew Hayton": "Andrew Hayton"}
    voices = story_voices(analyses, names)
    assert [v.speaker for v in voices["a"]] == [v.speaker for v in voices["b"]] == ["Andrew Hayton"]


def test_opposite_words_are_no_word_choice():
    found = _two_outlets(
        "Crowds waited outside the court. The driver of the tram was arrested on Thursday and later spoke "
        "to detectives. The line reopened.",
        "Rain fell all morning in Croydon. The driver of the tram was released on Thursday and later spoke "
        "to detectives. Flowers were left.",
    )
    assert not [w for w in found.word_choice if {"arrested", "released"} & {s.text for s in w.terms.values()}]


def test_a_quote_only_one_outlet_carries_is_shown_in_its_clause_not_as_a_fact_of_its_own():
    found = _two_outlets(
        "The storm closed the port on Monday. The envoy said the mayor “accepts the philosophy of the plan” "
        "and would sign it within days. Ferries stayed in the harbour.",
        "The storm closed the port on Monday. Fishermen waited for news on the quay.",
    )
    clause = _fact_with(found, "a", "would sign it within days")
    assert clause is not None and clause.single_outlet
    assert [f for f in found.facts if f.reported_by.get("a") and f.reported_by["a"].text.startswith("accepts")] == []


def test_outlets_leading_with_different_tolls_differ_even_when_their_clauses_do_not_align():
    found = _two_outlets(
        "Since Monday, seven people have died as wildfires tore through villages on the coast. "
        "Ferries took residents to safety. The navy sent two ships.",
        "Wildfires have scorched farmland and killed at least 2 people. Smoke closed the airport for a day. "
        "Schools stayed shut.",
    )
    [toll] = [t for t in found.tensions if t.kind == "number"]
    assert toll.about == "people dead: 2 / 7"
    assert set(toll.sides) == {"a", "b"}


def test_a_toll_from_an_earlier_event_is_background_not_the_story_count():
    articles = _articles({
        "a": "At least two people have died in an attack on the consulate. Police sealed off the street.",
        "b": "Airstrikes last week killed more than 30 people in the north. At least two people were killed "
             "when a bomber struck the consulate.",
    })
    for article in articles.values():
        article.published = "2016-11-11"
    last_week = articles["b"].text.index("last week")
    analyses = {
        "b": Analysis("b", times=[TimeExpr("last week", last_week, last_week + 9, "2016-W44", "DATE")]),
    }
    found = compare_story(Story("s", list(articles)), articles, analyses)
    assert [t.about for t in found.tensions if t.kind == "number"] == []


def test_a_clause_naming_no_actor_does_not_contradict_one_that_does():
    texts = {
        "a": "Jane Holt announced that the city was resuming water deliveries to the eastern district.",
        "b": "Residents listed their demands: a halt to water deliveries to the eastern district.",
    }
    articles = _articles(texts)
    holt = texts["a"].index("Jane Holt")
    analyses = {
        "a": Analysis("a", entities=[Entity("Jane Holt", "PERSON", [Span.of(texts["a"], holt, holt + 9)])]),
        "b": Analysis("b"),
    }
    found = compare_story(Story("s", list(articles)), articles, analyses)
    assert not [t for t in found.tensions if t.kind == "stance"]


def test_tolls_compare_any_people_noun_including_long_and_irregular_ones():
    found = _two_outlets(
        "Since Monday, seven civilians have died as shells hit the villages on the border. Aid lorries waited.",
        "Shelling has flattened farms and killed at least 2 civilians. The border crossing stayed shut all day.",
    )
    assert [t.about for t in found.tensions if t.kind == "number"] == ["civilians dead: 2 / 7"]


def test_tolls_are_compared_when_a_publication_date_is_partial_or_missing():
    articles = _articles({
        "a": "Since Monday, seven people have died as the river burst its banks. Roads were shut.",
        "b": "The flood has killed at least 2 people. Bridges were closed for the night.",
    })
    articles["a"].published, articles["b"].published = "2025-03", None
    found = compare_story(Story("s", list(articles)), articles, {})
    assert [t.about for t in found.tensions if t.kind == "number"] == ["people dead: 2 / 7"]


def test_a_phrase_put_in_place_of_another_in_one_sentence_is_a_word_choice():
    found = _two_outlets(
        "The harbour board thanked the coast guard for its work in rescuing the stranded fishermen under the "
        "new maritime accord. The storm passed by noon.",
        "The harbour board thanked the coast guard for its work in pulling out the Norwegian crew under the "
        "new maritime accord. Ferries sailed again at dusk.",
    )
    assert ("rescuing the stranded fishermen", "pulling out the Norwegian crew") in _choice_pairs(found)


def test_a_word_between_the_same_two_content_words_is_a_word_choice_anywhere_in_the_story():
    found = _two_outlets(
        "Fishing fleets returned to port on Monday. The ban on trawling, a self-imposed moratorium, ended in May.",
        "Dozens of boats left the quay at dawn. Skippers said they had kept the self-declared moratorium for years "
        "because stocks were low.",
    )
    assert ("self-imposed moratorium", "self-declared moratorium") in _choice_pairs(found)


def test_clauses_that_share_few_words_give_no_phrase_swap():
    found = _two_outlets(
        "The mayor opened the bridge on Monday after the council approved the final safety report.",
        "The mayor opened the museum on Monday while crowds lined the wet streets of the old town.",
    )
    terms = {w.terms[k].text for w in found.word_choice for k in w.terms}
    assert not terms & {"the council approved the final safety report", "crowds lined the wet streets"}


def test_a_count_of_people_below_a_count_of_some_of_them_is_a_toll_tension():
    found = _two_outlets(
        "A truck bomb struck the consulate, killing at least six civilians and wounding dozens. Roads were shut.",
        "At least two people have died in a suicide attack on the consulate. Police sealed off the street.",
    )
    assert [t.about for t in found.tensions if t.kind == "number"] == ["civilians / people dead: 2 / 6"]


def test_a_count_of_people_above_a_count_of_some_of_them_is_no_toll_tension():
    found = _two_outlets(
        "A truck bomb struck the consulate, killing at least six civilians and wounding dozens. Roads were shut.",
        "At least ten people have died in a suicide attack on the consulate. Police sealed off the street.",
    )
    assert [t.about for t in found.tensions if t.kind == "number"] == []


def test_names_put_in_place_of_a_description_are_no_word_choice():
    found = _two_outlets(
        "The authority was testing the water beside the pier. Schools in Saltmarsh and Lower Quay will stay closed "
        "on Thursday, and residents could return once the air was clean.",
        "The mayor said everyone affected would be helped. Schools in the evacuated area will remain closed on "
        "Thursday.",
    )
    terms = {w.terms[k].text for w in found.word_choice for k in w.terms}
    assert not [t for t in terms if "Saltmarsh" in t], terms


def test_two_ages_for_one_person_are_a_tension_even_when_their_clauses_do_not_align():
    found = _two_outlets(
        "A five-year-old boy fell down a disused well on Sunday. Rescuers dug through the night.",
        "Diggers worked for hours to reach the six-year-old, whose condition is unknown. His family waited.",
    )
    ages = [t for t in found.tensions if t.about.startswith("age")]
    assert [t.about for t in ages] == ["age of the boy: 5 / 6"]
    assert ages[0].sides["a"].text == "A five-year-old boy fell down a disused well"  # the words around the age


def test_an_article_that_gives_both_ages_speaks_of_two_people():
    found = _two_outlets(
        "A five-year-old boy fell down a disused well on Sunday. Rescuers dug through the night.",
        "The six-year-old boy was playing with a five-year-old boy near the well. His family waited at the site.",
    )
    assert not [t for t in found.tensions if t.about.startswith("age")]


def test_an_article_that_names_another_person_with_an_age_is_not_about_one_person():
    found = _two_outlets(
        "Police arrested a 42-year-old man after the tram crash. The line stayed shut all day.",
        "A 73-year-old man said he heard a bang. Jane Roe, 35, was waiting on the platform.",
    )
    assert not [t for t in found.tensions if t.about.startswith("age")]


def _analysed(texts: dict[str, str]) -> StoryBriefing:
    """Two or more outlets compared with their full analyses (descriptions need the parse)."""
    from parallax.analyze import analyze

    articles = _articles(texts)
    analyses = {}
    for key, text in texts.items():
        analyses[key] = analyze(text)
        analyses[key].article_id = key
    return compare_story(Story("s", list(articles)), articles, analyses)


def test_one_noun_described_with_another_word_by_another_outlet_is_a_word_choice():
    found = _analysed({
        "a": "Police say the graffiti went unseen for weeks because of the camp's remote location. "
        "Officers asked for help.",
        "b": "Given the camp's secluded location, the damage could have been done at any time since "
        "September, the officer said.",
    })
    assert ("the camp's remote location", "the camp's secluded location") in _choice_pairs(found)


def test_descriptions_with_words_each_outlet_also_writes_are_two_things():
    found = _analysed({
        "a": "The iconic chocolate bar will now weigh less. Fans said a normal bar would have been better.",
        "b": "Shoppers complained that the iconic bar now has gaps. The firm said costs had risen.",
    })
    terms = {w.terms[k].text for w in found.word_choice for k in w.terms}
    assert "a normal bar" not in terms


def test_descriptions_inside_quotes_are_the_speakers_words_not_the_outlets():
    found = _analysed({
        "a": 'A witness said: "There was a deafening crash and then silence." Police closed the line.',
        "b": "Investigators examined the deadly crash on Wednesday. The line stayed shut.",
    })
    terms = {w.terms[k].text for w in found.word_choice for k in w.terms}
    assert not {t for t in terms if "crash" in t}


def test_a_third_outlets_wording_joins_the_fact_two_others_share_when_alike_to_both_on_average():
    found = _compared({
        "a": "A petrol bomb thrown into a bank branch killed two women and a man who were working inside. "
        "Riot police fired tear gas at the crowd near the square.",
        "b": "The three bank workers - two women and a man - were killed when their branch went up in flames. "
        "Shops in the city centre stayed shut all day.",
        "c": "Police said two women and a man working at the bank branch died when it was set on fire. "
        "Trains and ferries stopped running.",
    })
    fact = _fact_with(found, "a", "petrol bomb")
    assert fact is not None and sorted(fact.reported_by) == ["a", "b", "c"]


def test_another_noun_after_the_same_measure_is_a_word_choice():
    found = _analysed({
        "a": "Dockers began a 24-hour walkout on Wednesday over pay. Ferries were cancelled.",
        "b": "The port was shut by a 24-hour stoppage that the union called last week. Lorries queued for miles.",
    })
    assert ("a 24-hour walkout", "a 24-hour stoppage") in _choice_pairs(found)


def test_a_figure_written_with_a_leading_decimal_point_is_compared():
    found = _two_outlets(
        "Police said the teenager pointed a .38 caliber revolver at the officers before they fired. "
        "Neighbours gathered at the corner.",
        "Officers said the teenager pointed a .357 caliber revolver at the officers before they fired. "
        "A vigil was held on Monday.",
    )
    assert [t.about for t in found.tensions if t.kind == "number"] == ["caliber: 0.357 / 0.38"]


def test_tolls_of_different_orders_of_magnitude_are_two_events():
    found = _two_outlets(
        "Seven people were killed when bombs hit the camp on Thursday. Aid workers fled.",
        "The camp lies near the border. An estimated 2 million people died in the long civil war. Talks stalled.",
    )
    assert not [t for t in found.tensions if t.kind == "number"]


def test_large_figures_read_as_news_writes_them():
    found = _two_outlets(
        "Police said as many as 20,000 people were evacuated from the valley as the fire spread. Roads shut.",
        "About 30,000 people were evacuated from the valley as the fire spread overnight. Schools closed.",
    )
    assert [t.about for t in found.tensions if t.kind == "number"] == ["people evacuated: 20,000 / 30,000"]


def test_two_outlets_counting_one_crowd_differently_is_a_toll_tension():
    found = _two_outlets(
        "Police said as many as 20,000 people took to the streets of the capital on Wednesday. Shops shut early.",
        "Organisers said roughly 30,000 people marched on parliament against the cuts. Trains were cancelled.",
    )
    assert [t.about for t in found.tensions if t.kind == "number"] == ["people gathered: 20,000 / 30,000"]


def test_ages_years_apart_are_two_people_not_one_age_in_dispute():
    found = _two_outlets(
        "The 37-year-old driver lost control of his car on the last lap. Marshals waved yellow flags.",
        "The 19-year-old was praised by his team boss after a daring drive. Fans cheered him on.",
    )
    assert not [t for t in found.tensions if t.about.startswith("age")]


def test_a_number_tension_shows_the_words_around_each_figure_not_the_whole_clause():
    found = _two_outlets(
        "Police said the teenager pointed a .38 caliber revolver at the officers before they fired. "
        "Neighbours gathered at the corner.",
        "Officers said the teenager pointed a .357 caliber revolver at the officers before they fired. "
        "A vigil was held on Monday.",
    )
    sides = next(t.sides for t in found.tensions if t.kind == "number")
    assert sides["a"].text == "said the teenager pointed a .38 caliber revolver at the officers before"
    assert sides["b"].text == "said the teenager pointed a .357 caliber revolver at the officers before"


def test_outlets_that_label_one_person_in_other_words_make_a_word_choice():
    found = _analysed({
        "a": "Forces loyal to eastern commander Karim Mansour attacked the airport on Sunday. Flights stopped.",
        "b": "Eastern strongman Karim Mansour launched an offensive on the capital in April. Talks stalled.",
    })
    pairs = {frozenset(w.terms[k].text for k in w.terms) for w in found.word_choice if w.about == "Karim Mansour"}
    assert pairs == {frozenset({"eastern commander Karim Mansour", "Eastern strongman Karim Mansour"})}


def test_one_label_in_both_outlets_is_no_word_choice():
    found = _analysed({
        "a": "Prosecutor Eric Lawson told the jury the case was about children. The trial ended on Friday.",
        "b": "The jury heard prosecutor Eric Lawson describe the evidence. Jurors deliberated for hours.",
    })
    assert not [w for w in found.word_choice if w.about == "Eric Lawson"]


def test_one_figure_written_to_another_precision_is_no_tension():
    def depth(figure: str, other: str) -> StoryBriefing:
        return _two_outlets(
            "A strong earthquake shook the northern province on Tuesday. Rescue teams reached the villages by "
            "noon. The quake struck at a depth of six miles under the hills, officials said.",
            f"{other} The quake struck at a depth of {figure} miles under the hills, officials said. "
            "Rescue teams reached the villages by noon.",
        )

    opener = "Hundreds of homes were damaged by the earthquake."
    assert not [t for t in depth("6.2", opener).tensions if t.kind == "number"]
    assert [t for t in depth("9", opener).tensions if t.kind == "number"]


def test_a_figure_written_in_words_in_one_quote_and_in_digits_in_another_is_the_same_quote():
    words = "By rolling back this eleventh-hour rule, we are keeping the full protection of the law."
    digits = "By rolling back this 11th hour rule we are keeping the full protection of the law."
    texts = {
        "a": f'The agency restored the old rule on Tuesday. "{words}" said Jo Dee.',
        "b": f'The old rule was restored on Tuesday by the agency. "{digits}" Jo Dee said.',
    }
    assert not [t for t in _quoted(texts, {"a": words, "b": digits}).tensions if t.kind == "quote"]
