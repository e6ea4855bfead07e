"""Positions stated by intent, refusal, denial and judgement: "plans to X", "will continue to X", "said the party
would X", "boycotted X", "attacked X for Y", "claimed X didn't happen", "said X was a form of persecution"; and
what states none: a term served, an encouragement, a suspended person, a quoted plan of the day."""

from __future__ import annotations

from parallax.analyze.positions import extract_positions
from parallax.model import Quote
from tests.test_positions import actors, find, run


def stances(found, actor: str) -> list[str]:
    return sorted(p.stance for p in found if p.actor == actor)


def test_a_request_of_someone_to_do_something_holds_the_deed(nlp):
    [p] = find(run(nlp, "Lopez requested Mexico to lift the tariffs."), "Maria Lopez", "demands")
    assert "lift the tariffs" in p.evidence.text


def test_a_plan_to_do_something_is_an_intent_while_it_is_held(nlp):
    [p] = find(run(nlp, "Adams says he plans to expand the program."), "Tom Adams", "proposes")
    assert "expand the program" in p.about
    assert not find(run(nlp, "Adams planned to travel to the coast."), "Tom Adams", "proposes")
    assert find(run(nlp, "Lopez aims to cut the deficit."), "Maria Lopez", "proposes")
    assert not run(nlp, "Lopez aimed a rifle at the target.")


def test_vows_and_pledges_to_do_something_are_intents(nlp):
    [p] = find(run(nlp, "Lopez vowed to repeal the law."), "Maria Lopez", "proposes")
    assert "repeal the law" in p.about


def test_will_continue_to_is_an_intent_but_continued_to_is_a_story(nlp):
    [p] = find(run(nlp, "Adams will continue to monitor the talks."), "Tom Adams", "proposes")
    assert "monitor the talks" in p.evidence.text
    assert not run(nlp, "Adams continued to monitor the talks.")
    assert not run(nlp, "Adams will continue to be a member.")


def test_refusal_verbs_reject_their_object(nlp):
    for text in ("Adams boycotted most of the hearing.", "Lopez has shunned the fundraising events."):
        found = run(nlp, text)
        assert [p.stance for p in found] == ["rejects"], text


def test_a_relative_pronoun_object_stands_for_its_antecedent(nlp):
    text = "Their tax, which Adams renounced years ago, is back."
    [p] = find(run(nlp, text), "Tom Adams", "rejects")
    assert "which Adams renounced" in p.evidence.text


def test_attacking_someone_is_a_criticism_only_with_its_grounds(nlp):
    [p] = find(run(nlp, "Lopez attacked Adams during the debate for his tax plan."), "Maria Lopez", "opposes")
    assert p.evidence.text.endswith("for his tax plan")
    assert not run(nlp, "Lopez attacked Adams with a knife.")
    assert not run(nlp, "Lopez attacked the station for the second time.")


def test_encouraging_someone_demands_nothing(nlp):
    assert not find(run(nlp, "Lopez encouraged her fans to vote for Adams."), "Maria Lopez", "demands")


def test_suspending_a_person_defers_nothing(nlp):
    assert not find(run(nlp, "Mexico suspended the employee."), "Mexico", "defers")
    assert find(run(nlp, "Mexico suspended the talks."), "Mexico", "defers")


def test_a_term_to_serve_is_no_demand(nlp):
    text = "Adams will have to spend at least 45 years in prison, according to Lopez."
    assert not [p for p in run(nlp, text) if p.stance == "demands"]
    assert not [p for p in run(nlp, "Lopez said Adams must serve at least 35 years.") if p.stance == "demands"]
    assert find(run(nlp, "Lopez said Adams must resign."), "Maria Lopez", "demands")


def test_an_event_said_not_to_have_happened_is_denied(nlp):
    [p] = find(run(nlp, "Lopez claimed the shootings didn't happen."), "Maria Lopez", "denies")
    assert "the shootings" in p.evidence.text


def test_a_deed_to_come_reported_of_the_speaker_or_its_body_is_an_intent(nlp):
    [p] = find(run(nlp, "Adams said the company would challenge the ruling in court."), "Tom Adams", "proposes")
    assert p.evidence.text == "the company would challenge the ruling in court"
    assert find(run(nlp, "Adams said he will appeal the verdict."), "Tom Adams", "proposes")
    assert not find(run(nlp, "Adams said the talks would resume."), "Tom Adams", "proposes")
    assert not find(run(nlp, "Adams said he would be there."), "Tom Adams", "proposes")
    assert not find(run(nlp, "Adams said the union will likely sit out the election."), "Tom Adams", "proposes")


def test_a_quoted_deed_to_come_is_no_intent(nlp):
    text = "\u201cI will talk to him tomorrow,\u201d Adams said."
    quote = Quote(kind="direct", text=text[1:text.index(",")], start=1, end=text.index(","), speaker="Tom Adams")
    assert not run(nlp, text, [quote])


def test_saying_a_thing_one_judges_is_condemnable_opposes_it(nlp):
    [p] = find(run(nlp, "Adams claimed the prosecution was a form of persecution."), "Tom Adams", "opposes")
    assert p.about == "the prosecution"
    text = "\u201cIt was the wrong decision,\u201d Lopez said."
    quote = Quote(kind="direct", text=text[1:text.index(",")], start=1, end=text.index(","), speaker="Maria Lopez")
    [q] = find(run(nlp, text, [quote]), "Maria Lopez", "opposes")
    assert q.about == "the wrong decision"
    assert not run(nlp, "Lopez said the fire was brutal.")
    assert not run(nlp, "Lopez said it was a disaster.")


def test_he_opening_what_a_named_person_says_is_that_person(nlp):
    text = "Tom Adams left early. Paul Ryan says he plans to expand the program."
    cast = {"Tom Adams": ("PERSON", ["Tom Adams", "he"]), "Paul Ryan": ("PERSON", ["Paul Ryan"])}
    found = extract_positions(nlp(text), actors(text, cast), [])
    assert [(p.actor, p.stance) for p in found] == [("Paul Ryan", "proposes")]




def test_a_vote_asked_of_others_in_a_coordinated_infinitive_is_not_the_askers(nlp):
    found = run(nlp, "Lopez urged voters to get out and vote for Adams.")
    assert [(p.actor, p.stance) for p in found] == [("Maria Lopez", "demands")]


def test_what_a_thing_is_reported_not_to_do_is_a_claim_denied(nlp):
    text = "Adams said their defection does not satisfy the provisions of the constitution."
    [p] = find(run(nlp, text), "Tom Adams", "denies")
    assert p.evidence.text.startswith("their defection does not satisfy")
    assert not run(nlp, "Adams said he does not know the answer.")
    assert not run(nlp, "Adams said I don't take that as a joke.")
    quoted = "\u201cTheir defection does not satisfy the rules,\u201d Adams said."
    quote = Quote(kind="direct", text=quoted[1:quoted.index(",")], start=1, end=quoted.index(","), speaker="Tom Adams")
    assert not run(nlp, quoted, [quote])


def test_a_wrong_one_says_one_suffers_is_a_charge(nlp):
    [p] = find(run(nlp, "Adams, who has argued that he was being persecuted, left."), "Tom Adams", "opposes")
    assert p.evidence.text == "he was being persecuted"
    assert not run(nlp, "Adams said the protesters were being targeted.")
    assert not find(run(nlp, "Adams said he will be targeted."), "Tom Adams", "opposes")


def test_whom_the_public_is_asked_to_contact_makes_the_appeal(nlp):
    text = "Anyone with information is asked to contact Mexico police at 555-0100."
    [p] = run(nlp, text)
    assert (p.actor, p.stance) == ("Mexico", "demands")
    assert p.evidence.text == "Anyone with information is asked to contact Mexico police"
    assert not run(nlp, "Lopez was asked to contact Mexico.")


def test_a_wrong_is_the_speakers_only_as_stated_by_them(nlp):
    text = "\u201cWe are being persecuted,\u201d Adams said."
    quote = Quote(kind="direct", text=text[1:text.index(",")], start=1, end=text.index(","), speaker="Tom Adams")
    assert [(p.actor, p.stance) for p in run(nlp, text, [quote])] == [("Tom Adams", "opposes")]
    text = "Smith called, reporting that she had been harassed at work."
    said = "she had been harassed at work"
    at = text.index(said)
    quote = Quote(kind="indirect", text=said, start=at, end=at + len(said), speaker="Tom Adams")
    assert not run(nlp, text, [quote])
