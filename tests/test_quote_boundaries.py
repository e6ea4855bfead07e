"""Where quotes and reported clauses begin and end: the tag of a partial quote, the clause around it,
and what is appended to a clause that is no part of it."""

from __future__ import annotations

from parallax.analyze.entities import extract_entities
from parallax.analyze.quotes import extract_quotes
from parallax.config import settings
from parallax.model import Quote


def _partials(nlp, text: str) -> list[Quote]:
    doc = nlp(text)
    return [q for q in extract_quotes(doc, extract_entities(doc)) if q.kind == "partial"]


def test_a_quote_ending_in_a_full_stop_takes_no_tag_from_the_next_sentence(nlp):
    text = (
        'Maria Lopez said in a statement on Monday that the bill "fails to protect our workers." '
        "The governor urged lawmakers to act quickly."
    )
    [partial] = _partials(nlp, text)
    assert partial.cue is not None and partial.cue.text == "said"
    assert partial.speaker == "Maria Lopez"


def test_a_partial_quote_under_a_thing_that_shows_belongs_to_the_person_writing(nlp):
    text = 'Senator Maria Lopez thanked voters in a post on Sunday, writing that the result showed "real courage."'
    [partial] = _partials(nlp, text)
    assert partial.speaker == "Maria Lopez"


def test_a_cue_verb_made_another_verb_by_its_particle_reports_nothing(nlp):
    doc = nlp("The union called off the strike after a late offer. Drivers backed down.")
    assert extract_quotes(doc, extract_entities(doc)) == []


def test_a_quoted_title_that_opens_a_sentence_is_no_quote(nlp):
    text = '"Night Shift" star Dana Reyes said on Monday that the show would end. "We had a good run," Reyes said.'
    doc = nlp(text)
    quoted = [q.text for q in extract_quotes(doc, extract_entities(doc)) if q.kind != "indirect"]
    assert quoted == ["We had a good run,"]


def test_a_title_after_a_preposition_is_no_partial_quote(nlp):
    text = (
        'Senator Maria Lopez said on NBC\'s "Morning Desk With Ann Ray" that the bill was "a disgrace to this state."'
    )
    assert [q.text for q in _partials(nlp, text)] == ["a disgrace to this state."]


def test_a_phrase_that_says_when_is_not_what_was_discussed(nlp):
    doc = nlp("Senate leaders have been discussing for several weeks a package of new tariffs.")
    [item] = [q for q in extract_quotes(doc, extract_entities(doc)) if q.kind == "indirect"]
    assert item.text == "a package of new tariffs"


def test_a_spokesperson_or_analysts_of_a_body_speak_for_it_a_lawyer_of_a_person_does_not(nlp):
    def speakers(text: str) -> list[str | None]:
        doc = nlp(text)
        return [q.speaker for q in extract_quotes(doc, extract_entities(doc))]

    assert speakers("A spokesperson for the Rail Delivery Group said the offer was fair.") == ["Rail Delivery Group"]
    assert speakers("Analysts at Goldman Sachs said the merger could collapse.") == ["Goldman Sachs"]
    assert speakers("A lawyer for Maria Lopez said she would appeal.") == [None]


def test_according_to_a_plain_noun_names_no_speaker(nlp):
    doc = nlp("The tram derailed on a sharp bend before dawn, according to reports. It was running late, "
              "according to Transport for London.")
    quotes = extract_quotes(doc, extract_entities(doc))
    found = {q.text: q for q in quotes if q.cue and q.cue.text.startswith("according")}
    assert [q.speaker for q in found.values()] == [None, "Transport for London"]
    assert [q.speaker_span.text for q in found.values()] == ["reports", "Transport for London"]


def _items(nlp, text: str) -> list[Quote]:
    doc = nlp(text)
    return extract_quotes(doc, extract_entities(doc))


def test_a_partial_quote_inside_a_reported_clause_takes_the_clause_cue(nlp):
    text = (
        "Maria Lopez accused Tom Berg of running a “reckless campaign” against the union while Berg suggests "
        "the mayor is a puppet of the council."
    )
    [partial] = [q for q in _items(nlp, text) if q.kind == "partial"]
    assert partial.cue is not None and partial.cue.text == "accused"


def test_a_reported_clause_holds_its_quotes_and_stops_before_another_statement(nlp):
    items = _items(nlp, "Maria Lopez said “there is hope” in the valley after the flood.")
    assert [q.text for q in items if q.kind == "indirect"] == ["“there is hope” in the valley after the flood"]
    text = (
        "Maria Lopez accused Tom Berg of running a “reckless campaign” against the union while Berg suggests "
        "the mayor is a puppet of the council."
    )
    accused = [q.text for q in _items(nlp, text) if q.kind == "indirect" and q.cue and q.cue.text == "accused"]
    assert accused == ["Tom Berg of running a “reckless campaign” against the union"]


def test_a_comment_after_a_comma_is_left_out_of_the_clause(nlp):
    for text in (
        "Maria Lopez said the council approved the budget, which had been delayed for months.",
        "Maria Lopez said the council approved the budget, ending a long dispute over schools.",
    ):
        said = [q.text for q in _items(nlp, text) if q.cue and q.cue.text == "said"]
        assert said == ["the council approved the budget"]


def test_a_learned_content_does_not_run_on_into_a_statement_the_rules_found(nlp):
    text = (
        "Tom Berg said Friday that he would “try to win back the city” and insisted that his rivals were "
        "“running out of ideas.”"
    )
    said = [q.text for q in _items(nlp, text) if q.kind == "indirect" and q.cue and q.cue.text == "said"]
    assert said == ["he would “try to win back the city”"]


def test_the_subject_of_a_passive_report_is_no_content(nlp):
    for text, subject in (
        ("The old lighthouse on the cape is said to be the model for the painting.", "lighthouse"),
        ("Jones is said to have told colleagues that she would resign.", "Jones"),
        ("The mayor was told that the budget had collapsed.", "mayor"),
    ):
        assert not [q.text for q in _items(nlp, text) if subject in q.text]


def test_the_person_reported_as_saying_is_no_content(nlp):
    text = '"We lost the vote in the final days," the newspaper quoted Patel as writing on Monday.'
    assert [q.text for q in _items(nlp, text)] == ["We lost the vote in the final days,"]


def test_a_nested_item_of_no_speaker_is_dropped(nlp):
    denied = "The governor denied that his decision to ask for federal funds had anything to do with the election."
    assert [q.cue.text for q in _items(nlp, denied) if q.cue is not None] == ["denied"]


def test_a_nested_statement_of_another_speaker_and_a_nested_quote_are_kept(nlp):
    told = _items(nlp, "Lopez said Grant told her he had copied the files from the server.")
    assert [(q.cue.text, q.speaker) for q in told if q.cue is not None] == [("said", "Lopez"), ("told", "Grant")]
    quoted = _items(nlp, 'Lopez said the plan was "a disaster" for the town.')
    assert sorted(q.kind for q in quoted) == ["indirect", "partial"]



def _reported(nlp, text: str) -> list[str]:
    return [q.text for q in _items(nlp, text) if q.kind == "indirect"]


def _by_rules(nlp, monkeypatch, text: str) -> list[str]:
    """The reported items of the rules alone (the "rules" attribution_model setting)."""
    with monkeypatch.context() as m:
        m.setenv("PARALLAX_ATTRIBUTION_MODEL", "rules")
        settings.cache_clear()
        try:
            return _reported(nlp, text)
        finally:
            settings.cache_clear()


def test_a_comment_after_a_dash_is_no_part_of_the_reported_clause(nlp, monkeypatch):
    text = "Organisers said there were more than 20,000 -- easily the largest rally since the mayor took office."
    assert _by_rules(nlp, monkeypatch, text) == ["there were more than 20,000"]
    text = "Organisers said turnout was low -- and that the rain had kept families away."
    assert _by_rules(nlp, monkeypatch, text) == ["turnout was low -- and that the rain had kept families away"]


def test_according_to_at_the_start_gives_the_source_the_whole_sentence(nlp):
    text = "According to a local official, three shells hit a bridge, one struck a clinic and one landed in a field."
    assert _reported(nlp, text) == ["three shells hit a bridge, one struck a clinic and one landed in a field"]


def test_a_call_for_someone_to_act_is_what_was_said(nlp, monkeypatch):
    text = "The union is calling for sanctions to be extended over the dispute."
    assert _by_rules(nlp, monkeypatch, text) == ["for sanctions to be extended over the dispute"]


def test_a_tag_after_a_closing_quote_ends_the_reported_clause(nlp):
    text = 'Maria Lopez, a passenger, said the bus slowed down and "everyone just fell over," the local paper reported.'
    assert _reported(nlp, text) == ['the bus slowed down and "everyone just fell over,"']


def test_the_actor_a_cue_of_blame_or_praise_judges_is_no_statement(nlp):
    blasted = "The mayor blasted the police chief, saying he had failed the city."
    assert _reported(nlp, blasted) == ["he had failed the city"]
    assert _reported(nlp, "The senator mocked Maria Lopez.") == []
    assert _reported(nlp, "The minister welcomed the idea of a ceasefire.") == ["the idea of a ceasefire"]
