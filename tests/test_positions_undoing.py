"""Positions stated by undoing a rule ("repealed X", "rolling back X", "struck down X"), embracing a thing, asking
that something be done ("asked that X not be released", "ordered him held"), a plea entered in court ("a not guilty
plea was entered on X's behalf"), a document issued ("signed an order putting X on hold"), a decision not yet made
("no decision had been made on X") and staff speaking for their body ("Officials at the X embassy"); and what
states none: "overturned a two-goal deficit", "could overturn X", "embraced his daughter", "asked if he understood",
"a plea for calm", "did not decide the case"."""

from __future__ import annotations

from parallax.model import Quote
from tests.test_positions import find, run


def test_undoing_a_rule_rejects_it(nlp):
    [p] = find(run(nlp, "Lopez scrapped the parking levy."), "Maria Lopez", "rejects")
    assert p.about == "the parking levy"
    [p] = find(run(nlp, "Adams struck down the ban on street vendors."), "Tom Adams", "rejects")
    assert "the ban on street vendors" in p.about
    [p] = find(run(nlp, "Lopez announced that she will repeal the parking levy."), "Maria Lopez", "rejects")
    assert "the parking levy" in p.about


def test_rolling_back_a_rule_in_a_quote_rejects_it(nlp):
    text = "\u201cBy rolling back this costly fee, we are helping every family,\u201d Lopez said."
    start, end = text.index("\u201c") + 1, text.index("\u201d")
    quote = Quote(kind="direct", text=text[start:end], start=start, end=end, speaker="Maria Lopez")
    [p] = find(run(nlp, text, [quote]), "Maria Lopez", "rejects")
    assert "rolling back this costly fee" in p.evidence.text


def test_undoing_a_score_or_a_guess_states_nothing(nlp):
    assert not find(run(nlp, "Mexico overturned a two-goal deficit."), "Mexico", "rejects")
    assert not find(run(nlp, "Lopez could overturn the parking levy."), "Maria Lopez", "rejects")
    assert not find(run(nlp, "Adams would have reversed the cuts."), "Tom Adams", "rejects")


def test_a_vow_to_undo_a_rule_stays_an_intent(nlp):
    found = run(nlp, "Lopez vowed to repeal the parking levy.")
    [p] = find(found, "Maria Lopez", "proposes")
    assert "repeal the parking levy" in p.about
    assert not find(found, "Maria Lopez", "rejects")


def test_embracing_a_thing_accepts_it_but_not_a_person(nlp):
    [p] = find(run(nlp, "Adams has embraced the new tariff plan."), "Tom Adams", "accepts")
    assert p.about == "the new tariff plan"
    assert not find(run(nlp, "Adams embraced his daughter."), "Tom Adams", "accepts")
    assert not find(run(nlp, "Adams may eventually embrace the plan."), "Tom Adams", "accepts")


def test_asking_that_something_be_done_demands_it(nlp):
    [p] = find(run(nlp, "Lopez asked that the names of the victims not be released."), "Maria Lopez", "demands")
    assert "the names of the victims not be released" in p.about
    [p] = find(run(nlp, "Lopez ordered Adams held without bail."), "Maria Lopez", "demands")
    assert "held without bail" in p.about
    assert not find(run(nlp, "Lopez asked if he understood the charges."), "Maria Lopez", "demands")


def test_a_plea_entered_rejects_or_accepts_the_charges(nlp):
    [p] = find(run(nlp, "A not guilty plea was entered on Adams's behalf."), "Tom Adams", "rejects")
    assert p.evidence.text == "A not guilty plea was entered on Adams's behalf"
    [p] = find(run(nlp, "Adams entered a plea of not guilty to two counts of fraud."), "Tom Adams", "rejects")
    assert p.about == "two counts of fraud"
    [p] = find(run(nlp, "Adams entered a guilty plea to tax evasion."), "Tom Adams", "accepts")
    assert p.about == "tax evasion"
    assert not find(run(nlp, "Adams made a plea for calm."), "Tom Adams", "accepts")


def test_an_order_issued_states_its_issuers_stance(nlp):
    [p] = find(run(nlp, "Lopez signed an executive order putting the new tariffs on hold."), "Maria Lopez", "defers")
    assert "the new tariffs" in p.about


def test_a_decision_not_yet_made_defers_the_matter(nlp):
    [p] = find(run(nlp, "Adams said no decision had been made on the merger."), "Tom Adams", "defers")
    assert p.about == "the merger"
    assert p.evidence.text == "no decision had been made on the merger"
    [p] = find(run(nlp, "Adams said he had not yet decided whether to run."), "Tom Adams", "defers")
    assert "whether to run" in p.about
    assert not find(run(nlp, "Adams did not decide the case."), "Tom Adams", "defers")


def test_staff_speak_for_the_body_they_work_at(nlp):
    found = run(nlp, "Officials at the Mexican embassy rejected the offer.")
    [p] = find(found, "Mexico", "rejects")
    assert p.about == "the offer"


def test_a_cue_verb_under_must_is_a_demand_of_its_subject(nlp):
    [p] = find(run(nlp, "Lopez said Mexico must embrace a tougher line on tariffs."), "Maria Lopez", "demands")
    assert "Mexico must embrace a tougher line" in p.about
    [p] = find(run(nlp, "Lopez said Mexico should reject the offer."), "Maria Lopez", "demands")
    assert "reject the offer" in p.about


def test_regret_that_a_deed_was_not_done_demands_it(nlp):
    text = "Critics praised the budget, but some expressed dismay that Lopez didn't also cut the fuel tax."
    [p] = find(run(nlp, text), "Critics", "demands")  # "some" of the critics
    assert p.about == "cut the fuel tax"
    [p] = find(run(nlp, "Adams lamented that Lopez had not acted on the flooding."), "Tom Adams", "demands")
    assert "acted on the flooding" in p.about
    assert not find(run(nlp, "Adams expressed dismay at the result."), "Tom Adams", "demands")
    assert not find(run(nlp, "Adams lamented that the new plan didn't match reality."), "Tom Adams", "demands")


def test_a_quoted_finding_that_a_thing_is_unsound_opposes_it(nlp):
    text = "\u201cThe study adds to our understanding that such bans are scientifically unsound,\u201d Lopez said."
    start, end = text.index("\u201c") + 1, text.index("\u201d")
    quote = Quote(kind="direct", text=text[start:end], start=start, end=end, speaker="Maria Lopez")
    [p] = find(run(nlp, text, [quote]), "Maria Lopez", "opposes")  # "adds to" is no one's speech: the quote's
    assert p.about == "such bans"


def test_a_means_put_to_a_purpose_now_proposes_the_purpose(nlp):
    found = run(nlp, "The Mexico solidarity movement is using tax law to shield small farms.")
    [p] = find(found, "Mexico solidarity movement", "proposes")  # a movement named by its cause, not the country
    assert p.about == "shield small farms"
    assert not find(run(nlp, "Adams used the veto to block the bill."), "Tom Adams", "proposes")  # a story
    assert not find(run(nlp, "Lopez spoke. She is using tax law to shield small farms."), "Maria Lopez", "proposes")


def test_a_decision_put_impersonally_is_the_proposal_of_the_body_that_met(nlp):
    text = "At a session of the Mexico trade council it was agreed to open two new border crossings."
    [p] = find(run(nlp, text), "Mexico", "proposes")
    assert p.about == "open two new border crossings"
    assert p.evidence.text.startswith("it was agreed")
    assert not find(run(nlp, "It was agreed to open two new border crossings."), "Mexico", "proposes")
