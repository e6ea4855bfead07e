"""Copies: exact reprints, edited wire copies, and texts that only share a topic."""

from __future__ import annotations

import pickle

from parallax.stories.dedup import CopyIndex

WIRE = (
    "Rescue teams in the mountain town of Valdoria pulled eleven survivors from collapsed buildings on "
    "Tuesday after a magnitude 6.1 earthquake struck before dawn, regional officials said. The quake "
    "destroyed at least 40 homes and damaged the town's only bridge, cutting the main road to the "
    "valley. Mayor Ilse Brandt said emergency shelters had been opened in two schools and that army "
    "engineers were expected to arrive by nightfall. Seismologists at the national institute said "
    "aftershocks were likely to continue for several days and urged residents to stay out of damaged "
    "houses. The regional hospital treated 63 people, most of them for cuts and broken bones, and "
    "three remained in critical condition on Tuesday evening."
)

OTHER = (
    "The city council of Port Aleron voted on Monday to extend the night bus network to the northern "
    "suburbs from next spring, after a two-year trial showed ridership well above forecasts. Transport "
    "director Kemal Osei said six new routes would run every twenty minutes between midnight and five "
    "in the morning, paid for by a small rise in parking fees. Opposition councillors argued the money "
    "should go to repairing the existing tram line, which has suffered repeated breakdowns this winter. "
    "The plan still needs approval from the regional transport authority, expected in March."
)


def edited_copy() -> str:
    """The wire story as a second outlet runs it: new headline, one sentence reworded, one added."""
    text = "Quake kills hopes of quick reopening for Valdoria road\n" + WIRE
    text = text.replace(
        "Seismologists at the national institute said aftershocks were likely to continue",
        "Experts at the national seismology institute warned that aftershocks could continue",
    )
    return text + " Additional reporting by our correspondent."


def test_exact_copy_points_to_the_first() -> None:
    index = CopyIndex()
    assert index.add("a", WIRE) is None
    assert index.add("b", WIRE) == "a"
    # Spacing, case and punctuation do not make a different text.
    assert index.add("c", WIRE.upper().replace(",", "")) == "a"


def test_near_copy_with_edited_headline_and_sentence_is_linked() -> None:
    index = CopyIndex()
    assert index.add("wire", WIRE) is None
    assert index.add("other", OTHER) is None
    assert index.add("reprint", edited_copy()) == "wire"


def test_chains_point_to_the_first_copy() -> None:
    index = CopyIndex()
    index.add("first", WIRE)
    index.add("second", edited_copy())
    third = edited_copy().replace("three remained in critical condition", "two remained in intensive care")
    assert index.add("third", third) == "first"
    assert index.original_of("second") == "first"


def test_same_topic_different_text_is_not_a_copy() -> None:
    index = CopyIndex()
    index.add("wire", WIRE)
    rewritten = (
        "An earthquake of magnitude 6.1 hit Valdoria early on Tuesday. Eleven people were rescued from "
        "the rubble, officials said, and about 40 homes were destroyed. The bridge into the valley was "
        "damaged, so the road is closed. Shelters opened in schools, according to Mayor Ilse Brandt, "
        "while the army sends engineers. Experts expect more aftershocks; 63 people were treated in "
        "hospital and three are in a critical condition."
    )
    assert index.add("own-report", rewritten) is None
    assert index.add("unrelated", OTHER) is None


def test_short_texts_match_only_when_identical() -> None:
    index = CopyIndex()
    assert index.add("s1", "Markets closed higher on Friday, led by energy shares.") is None
    assert index.add("s2", "Markets closed lower on Friday, led by energy shares.") is None
    assert index.add("s3", "markets closed HIGHER on friday -- led by energy shares") == "s1"


def test_adding_again_returns_the_same_answer() -> None:
    index = CopyIndex()
    index.add("a", WIRE)
    assert index.add("b", edited_copy()) == "a"
    assert index.add("b", edited_copy()) == "a"
    assert index.add("a", WIRE) is None
    assert len(index) == 2


def test_state_round_trip_keeps_finding_copies() -> None:
    index = CopyIndex()
    index.add("wire", WIRE)
    index.add("other", OTHER)
    restored = CopyIndex.from_state(pickle.loads(pickle.dumps(index.to_state())))
    assert restored.add("reprint", edited_copy()) == "wire"
    assert restored.add("again", OTHER) == "other"
    assert restored.original_of("wire") is None
