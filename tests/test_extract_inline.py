"""Page furniture inside a paragraph of a page flattened to one line: share buttons, a gallery's captions, a box
of related headlines and trailers glued after the last sentence go; the article's sentences stay."""

from __future__ import annotations

import pytest

from parallax.extract.text import clean_text

P1 = (
    "The city council voted on Tuesday to close the old harbour bridge for repairs, "
    "a decision that will divert thousands of commuters for at least six months."
)
P3 = "Local businesses said the closure would cost them customers, and some asked for compensation."
P4 = "Repairs are expected to begin in May, according to a schedule published by the council."


def _glued(*parts: str) -> str:
    return " ".join(parts)


def _body(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


def test_a_row_of_share_buttons_leaves():
    buttons = "Click to share on WhatsApp (Opens in new window) Click to share on Facebook (Opens in new window)"
    assert clean_text(_glued(P1, buttons, P3, P4)).body == _body(P1, f"{P3} {P4}")
    print_button = "Click to print (Opens in new window)"
    assert clean_text(_glued(P1, P3, print_button, P4)).body == _body(f"{P1} {P3}", P4)


def test_a_gallerys_captions_leave_each_under_its_credit_and_count():
    gallery = (
        "Getty Images 3 Commuters queue at the ferry terminal Reuters 3 The old bridge seen from the harbour at "
        "dusk Example Photo Agency 3 Engineers inspect the rusted steel"
    )
    assert clean_text(_glued(P1, gallery, P3, P4)).body == _body(P1, f"{P3} {P4}")


def test_the_last_caption_of_a_gallery_ends_at_a_quotation_or_a_sentence_adverb():
    quote = "“Not only were you my cousin but my best friend,” she wrote on Sunday."
    gallery = "Getty Images 2 Fans wave Getty Images 2 Flowers are left at the scene in Croydon"
    assert clean_text(_glued(P1, gallery, quote)).body == _body(P1, quote)
    after = "Previously, the mayor said the bridge was safe for another decade."
    gallery = "Getty Images 2 Fans wave Getty Images 2 Mayor Jane Roe greets the crowd with her husband John"
    assert clean_text(_glued(P1, gallery, after)).body == _body(P1, after)


def test_a_box_of_related_headlines_leaves_to_the_quotation_it_cut():
    said = "Maria Okafor said: “We have no choice."
    box = (
        "related articles Ferry fares to rise in May as bridge shuts? HARBOUR CAFE Owner wins award... but "
        "not for breakfast"
    )
    rest = "“The steel is corroded and the inspectors were clear.”"
    assert clean_text(_glued(P1, said, box, rest, P3)).body == _body(f"{P1} {said}", f"{rest} {P3}")


def test_a_box_of_related_headlines_leaves_but_not_the_sentence_reporting_a_quotation_after_it():
    after = "The mayor said “we have no choice” on Monday."
    page = _glued(P1, "related articles Ferry fares to rise in May?", after, P3)
    assert clean_text(page).body == _body(P1, f"{after} {P3}")


def test_a_box_of_related_headlines_ends_before_a_sentence_that_closes_with_a_number():
    after = "The bridge will close in 2025. Officials called it “a disgrace”."
    page = _glued(P1, "related articles Ferry fares to rise in May?", after, P3)
    assert clean_text(page).body == _body(P1, f"{after} {P3}")


def test_a_link_label_with_a_colon_opens_no_box_as_the_text_after_it_may_be_the_articles():
    after = "The inspectors called the steel “beyond repair” in a report in July."
    assert after in clean_text(_glued(P1, "READ MORE:", after, P3)).body


@pytest.mark.parametrize(
    "box",
    [
        "Related Stories Ferry fares to rise in May? Cafe owner wins ‘best breakfast’ award",  # to an opener
        "Most Read Is the harbour bridge safe? Ferry fares to rise in May!",  # to the last headline's mark
    ],
)
def test_a_box_of_related_headlines_leaves_to_the_next_paragraph(box):
    after = "The council said the bridge would reopen in June."
    assert clean_text(_glued(P1, box, after, P3)).body == _body(P1, f"{after} {P3}")


@pytest.mark.parametrize(
    "sentence",
    [
        "Sources Reuters spoke to called the plan “dead on arrival” before the vote.",  # one capitalised word
        "Related stories have run in the regional press, which called the vote “a scandal”.",  # no headline's capital
        "Most read the notice in silence, the council said.",
    ],
)
def test_sentences_that_open_with_a_box_label_stay(sentence):
    page = _glued(P1, sentence, P3)
    assert clean_text(page).body == page


def test_trailers_glued_after_the_last_sentence_leave_and_are_read():
    notice = (
        "Copyright 2025 Example News. All rights reserved. This material may not be published, broadcast, "
        "rewritten or redistributed."
    )
    result = clean_text(_glued(P1, P3, notice))
    assert result.body == f"{P1} {P3}"
    assert result.outlet == "Example News"
    assert clean_text(_glued(P1, "Copyright 2025 Example News. All rights reserved.")).body == P1  # one sentence
    assert clean_text(_glued(P1, P3, "Send questions and comments to the editors. « Previou")).body == f"{P1} {P3}"


@pytest.mark.parametrize(
    "last",
    [
        "The report was published on Monday.",
        "Copyright law protects the designs, the council said.",
        "Three agencies contributed to the report.",
        "It was a yes/no vote.",
    ],
)
def test_a_last_sentence_that_only_looks_like_a_trailer_stays(last):
    page = _glued(P1, P3, last)
    assert clean_text(page).body == page


def test_words_joined_by_a_slash_in_lower_case_are_no_photographers_credit():
    assert clean_text(_body(P1, "It was a yes/no vote.")).body == _body(P1, "It was a yes/no vote.")


def test_a_copyright_held_by_a_writer_names_no_outlet():
    result = clean_text(_glued(P1, P3, "Copyright © 2015 by Jane Roe. Reprinted courtesy of Example Books."))
    assert result.body == f"{P1} {P3}"
    assert result.outlet != "by Jane Roe"


def test_a_caption_credited_after_a_colon_leaves_but_a_wire_named_after_a_colon_stays():
    caption = "Workers close the old harbour bridge in the rain on Tuesday: Getty"
    assert clean_text(_glued(caption, P1, P3, P4)).body == _glued(P1, P3, P4)
    said = "The mayor told reporters at the briefing on Monday: Reuters has learned that the repairs will cost more."
    assert clean_text(_glued(P1, said, P3)).body == _glued(P1, said, P3)
