"""Positions stated by pleas, complaints, criticisms, efforts and commands: "pleaded with voters to X", "pleaded
guilty to X", "complained about X", "mocked X", "railed against X", "called out X", "We are concentrating on
searching for X", a quoted "Vote for X"; and what states none: "pleaded ignorance", "complained of chest pains",
"called out the reserves", "an ad focused on X", "Listen to X", "Show me X"."""

from __future__ import annotations

from parallax.model import Quote
from tests.test_positions import find, run


def quoted(nlp, text: str, speaker: str = "Maria Lopez"):
    """Positions of a text whose direct quote of ``speaker`` runs between its first pair of curly quotes."""
    start, end = text.index("\u201c") + 1, text.index("\u201d")
    return run(nlp, text, [Quote(kind="direct", text=text[start:end], start=start, end=end, speaker=speaker)])


def test_pleading_with_someone_to_do_something_demands_it_of_them(nlp):
    found = run(nlp, "Lopez pleaded with voters to reject the new toll.")
    [p] = find(found, "Maria Lopez", "demands")
    assert "reject the new toll" in p.about
    assert not find(found, "Maria Lopez", "rejects")  # the rejecting is asked of the voters
    [p] = find(run(nlp, "Lopez pleaded to have someone at the agency make Adams read the report."), "Maria Lopez",
               "demands")
    assert "make Adams read the report" in p.about
    [p] = find(run(nlp, "Lopez pleaded for calm."), "Maria Lopez", "demands")
    assert p.about == "calm"
    [p] = find(run(nlp, "Lopez pleaded for the talks to resume."), "Maria Lopez", "demands")
    assert "the talks to resume" in p.about


def test_appealing_to_someone_to_do_something_demands_it(nlp):
    [p] = find(run(nlp, "Lopez appealed to residents to stay indoors."), "Maria Lopez", "demands")
    assert "stay indoors" in p.about


def test_a_plea_of_guilty_accepts_the_charge_and_not_guilty_rejects_it(nlp):
    [p] = find(run(nlp, "Adams pleaded guilty to fraud."), "Tom Adams", "accepts")
    assert p.about == "fraud"
    [p] = find(run(nlp, "Adams pleaded guilty in May to two counts of bribery."), "Tom Adams", "accepts")
    assert "two counts of bribery" in p.about
    [p] = find(run(nlp, "Adams pleaded not guilty to all charges."), "Tom Adams", "rejects")
    assert p.about == "all charges"
    assert not run(nlp, "Adams pleaded guilty.")  # no charge named
    assert not run(nlp, "Adams pleaded ignorance.")  # a defence, not a plea to anyone


def test_complaining_about_something_opposes_it(nlp):
    [p] = find(run(nlp, "Lopez was complaining about the audit."), "Maria Lopez", "opposes")
    assert p.about == "the audit"
    [p] = find(run(nlp, "Lopez complained to the referee about the noise."), "Maria Lopez", "opposes")
    assert p.about == "the noise"  # the referee is only addressed
    [p] = find(run(nlp, "Lopez complained that the count had been rigged."), "Maria Lopez", "opposes")
    assert "the count had been rigged" in p.about
    assert not run(nlp, "Adams complained of chest pains.")  # an ailment, not a grievance


def test_mocking_or_railing_against_something_opposes_it(nlp):
    [p] = find(run(nlp, "Lopez mocked the new toll."), "Maria Lopez", "opposes")
    assert p.about == "the new toll"
    [p] = find(run(nlp, "Lopez has railed against the new toll."), "Maria Lopez", "opposes")
    assert p.about == "the new toll"
    [p] = find(run(nlp, "Lopez bemoaned the lack of buses."), "Maria Lopez", "opposes")
    assert p.about == "the lack of buses"
    assert not run(nlp, "Lopez held a mock election.")


def test_calling_out_someone_opposes_them(nlp):
    [p] = find(run(nlp, "Lopez on Monday called out Tom Adams after the report."), "Maria Lopez", "opposes")
    assert "Tom Adams" in p.about
    assert not run(nlp, "Lopez called out the reserves.")  # a call-up, not a criticism


def test_being_busy_with_a_deed_is_an_effort(nlp):
    [p] = find(quoted(nlp, "\u201cWe are now concentrating on searching for survivors,\u201d Lopez said."),
               "Maria Lopez", "proposes")
    assert p.about.startswith("searching for survivors")
    assert not run(nlp, "Lopez's report focuses on comparing the two surveys.")  # what a thing is about
    assert not run(nlp, "Lopez said the inquiry is focusing on finding the cause.")
    [p] = find(run(nlp, "Lopez plans to focus on jobs."), "Maria Lopez", "proposes")
    assert "focus on jobs" in p.about  # the plan, not a topic read as an effort


def test_a_quoted_command_with_a_matter_demands_it(nlp):
    found = quoted(nlp, "\u201cGolf is fine. But always play with leaders of other countries!\u201d Lopez said.")
    [p] = find(found, "Maria Lopez", "demands")
    assert p.about == "always play with leaders of other countries"
    found = quoted(nlp, "\u201cDon\u2019t play with your friends all the time.\u201d Lopez said.")
    [p] = find(found, "Maria Lopez", "demands")
    assert p.about.startswith("Don\u2019t play with your friends")
    [p] = find(quoted(nlp, "\u201cVote for unity.\u201d Lopez said."), "Maria Lopez", "demands")
    assert p.about == "Vote for unity"


def test_commands_that_frame_talk_or_leave_the_choice_demand_nothing(nlp):
    for said in ("Listen to the farmers.", "Take the case of the farmers.", "Show me that person.", "Do it now."):
        assert not find(quoted(nlp, f"\u201c{said}\u201d Lopez said."), "Maria Lopez", "demands"), said
    assert not find(run(nlp, "Always play with leaders of other countries."), "Maria Lopez", "demands")


def test_a_quoted_exhortation_proposes_the_deed_and_its_negation_refuses_it(nlp):
    found = quoted(nlp, "\u201cLet\u2019s bring the old era to an end by voting for Adams.\u201d Lopez said.")
    [p] = find(found, "Maria Lopez", "proposes")
    assert p.about.startswith("Let\u2019s bring the old era to an end")
    found = quoted(nlp, "\u201cLet\u2019s not create more red tape for farmers.\u201d Lopez said.")
    [p] = find(found, "Maria Lopez", "rejects")
    assert "create more red tape" in p.about
    for said in ("Let\u2019s be clear about the plan.", "Let\u2019s not forget about the farmers."):
        assert not quoted(nlp, f"\u201c{said}\u201d Lopez said."), said
