"""Pasted web pages become article bodies: furniture, headers, trailers, title and standfirst come out."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parallax.extract.text import clean_text, is_furniture

P1 = (
    "The city council voted on Tuesday to close the old harbour bridge for repairs, "
    "a decision that will divert thousands of commuters for at least six months."
)
P2 = (
    "“We have no choice,” said the council’s transport chair, Maria Okafor. “The steel is "
    "corroded and the inspectors were clear.”"
)
P3 = "Local businesses said the closure would cost them customers, and some asked for compensation."
P4 = "Repairs are expected to begin in May, according to a schedule published by the council."
BODY = [P1, P2, P3, P4]


def _body(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


# --- hypothesis properties -------------------------------------------------------------------------

_WORDS = st.sampled_from(
    [
        "council", "harbour", "bridge", "minister", "report", "engineers", "voters", "budget", "river",
        "station", "ministry", "tunnel", "schools", "water", "prices", "farmers", "drivers", "officials",
        "residents", "hospital", "court", "judge", "evidence", "plan", "closed", "opened", "said", "argued",
        "warned", "agreed", "rejected", "expects", "spent", "built", "delayed", "approved"
    ]
)


@st.composite
def _sentence(draw) -> str:
    words = draw(st.lists(_WORDS, min_size=6, max_size=18))
    quoted = draw(st.booleans())
    text = " ".join(words)
    text = text[0].upper() + text[1:]
    return f"“{text},” she said." if quoted else f"{text}."


_paragraph = st.lists(_sentence(), min_size=1, max_size=4).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(st.lists(_paragraph, min_size=1, max_size=8, unique=True))
def test_clean_text_keeps_every_paragraph_of_clean_text(paragraphs):
    result = clean_text(_body(*paragraphs))
    assert result.body.split("\n\n") == paragraphs
    assert "“" in result.body or "“" not in "".join(paragraphs)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(_paragraph, min_size=1, max_size=6, unique=True),
    st.sampled_from(["", "Skip to main content\n", "Advertisement\n\n", "Share on Facebook\n"]),
    st.sampled_from(["", "\n\nMore on this story\n\n• A headline about it\n\n• Another one here"]),
)
def test_cleaning_twice_changes_nothing(paragraphs, top, tail):
    once = clean_text(top + "Title Of The Story Here\n\n" + _body(*paragraphs) + tail)
    assert clean_text(once.body).body == once.body


# --- furniture -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Skip to main contentSkip to navigationSkip to navigation",
        "Skip to content",
        "Advertisement",
        "ADVERTISEMENT",
        "Story continues below advertisement",
        "Share on Facebook",
        "Share this article",
        "Sign up for our morning briefing newsletter",
        "Subscribe now for unlimited access",
        "We use cookies to improve your experience. By continuing you accept our cookie policy.",
        "Accept all cookies",
        "142 comments",
        "Comments (37)",
        "Read more: Council faces vote on harbour plan",
        "Related: Bridge closure what you need to know",
        "The Briefing – podcast",
        "Harbour bridge repairs explained - video",
        "Officials inspect the bridge on Monday. Photograph: Jane Roe/Agency",
        "The bridge at dawn. Photo: John Smith for The Paper",
        "Commuters wait for a bus (Getty Images)",
        "Crowds gather in the square. (Alex Brandon/AP)",
        "Credit: City Archive",
        "Most viewed",
        "More on this story",
    ],
)
def test_is_furniture_recognises_page_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [P1, P2, P3, P4, "He said the photo was taken in May.", "Share prices fell."])
def test_is_furniture_keeps_article_paragraphs(line):
    assert not is_furniture(line)


def test_guardian_like_page():
    page = (
        "Skip to main contentSkip to navigation\n"
        "a crowd waits at a bus stop\n"
        "Commuters at the harbour on Monday. Photograph: Jane Roe/Agency\n"
        "Commuters at the harbour on Monday. Photograph: Jane Roe/Agency\n\n"
        "Harbour bridge to close for six months as repairs begin\n\n"
        "Council says corroded steel leaves no choice, while businesses ask for compensation\n\n"
        + _body(*BODY)
        + "\n\nMore on this story\n\nMore on this story\n\n"
        "  • Why the bridge matters to the city\n\n"
        "  • Ferry operators add services ahead of closure\n\n"
        "  • The Briefing\n    Can the city afford its bridges? – podcast\n\n"
        "Most viewed\n\nMost viewed"
    )
    result = clean_text(page)
    assert result.body == _body(*BODY)
    assert result.title == "Harbour bridge to close for six months as repairs begin"
    assert result.description.startswith("Council says corroded steel")


def test_nyt_like_page_with_byline_and_date_lines():
    page = (
        "Politics\n\n"
        "Harbour Bridge Will Close for Repairs, Council Decides\n\n"
        "The vote ends months of debate over the ageing crossing.\n\n"
        "By Maria Okafor and Tom Lee\n\n"
        "Published March 3, 2024\nUpdated 5:12 p.m. ET\n\n"
        "Share full article\n\n"
        + _body(*BODY)
        + "\n\nAdvertisement\n\nRead more\n\nCity budget stalls again\n\nMayor names new deputy"
    )
    result = clean_text(page)
    assert result.body == _body(*BODY)
    assert result.title == "Harbour Bridge Will Close for Repairs, Council Decides"
    assert result.description == "The vote ends months of debate over the ageing crossing."
    assert result.authors == ["Maria Okafor", "Tom Lee"]
    assert result.published == "2024-03-03"


def test_wire_byline_with_pipes_and_dateline():
    page = (
        "By Jane Doe | Reuters | March 3, 2024\n\n"
        "LONDON (Reuters) - " + P1 + "\n\n" + _body(P2, P3) + "\n\nReporting by Jane Doe; Editing by Sam Poe"
    )
    result = clean_text(page)
    assert result.body == _body(P1, P2, P3)
    assert result.authors == ["Jane Doe"]
    assert result.outlet == "Reuters"
    assert result.published == "2024-03-03"
    assert any(w.startswith("trailer:") for w in result.warnings)


def test_staff_writer_byline_and_contributed_trailer():
    page = (
        "Jane Doe, Staff Writer\n\n"
        + _body(*BODY)
        + "\n\nAssociated Press writer Tom Lee contributed to this report.\n\nCopyright 2024 The Paper."
    )
    result = clean_text(page)
    assert result.body == _body(*BODY)
    assert result.authors == ["Jane Doe"]


@pytest.mark.parametrize(
    "header, outlet, authors",
    [
        (" date 2024-05-02 (Ann Lee, Example.org) ", "Example.org", ["Ann Lee"]),
        ("May 2, 2024 (Example News) ", "Example News", []),
        ("Published: 2 May 2024 | ", None, []),
    ],
)
def test_inline_header_before_first_sentence(header, outlet, authors):
    result = clean_text(header + P1 + "\n\n" + P2)
    assert result.body == _body(P1, P2)
    assert result.published == "2024-05-02"
    assert result.outlet == outlet
    assert result.authors == authors


@pytest.mark.parametrize(
    "trailer",
    [
        "This article originally appeared at Example.org.",
        "This story was first published by The Example Times",
        "Republished with permission from Example Weekly.",
        "Reporting by Ann Lee in Paris; Editing by Tom Poe",
    ],
)
def test_trailers_are_removed(trailer):
    result = clean_text(_body(P1, P2, trailer))
    assert result.body == _body(P1, P2)
    assert any(trailer[:20] in warning for warning in result.warnings)


def test_trailer_glued_to_text_without_newline():
    result = clean_text(_body(P1, P2 + "This article originally appeared at Example.org.More from us"))
    assert result.body == _body(P1, P2)
    assert result.outlet == "Example.org"
    glued_next = clean_text(_body(P1, "This article originally appeared at Example.org." + P3))
    assert glued_next.body == _body(P1, P3)


def test_blog_like_page():
    page = (
        "Home About Archive\n\n"
        "Why our harbour bridge matters\n\n"
        "Posted on 12th January 2023 by admin\n\n"
        + _body(*BODY)
        + "\n\nShare this:\n\nTwitter\n\nFacebook\n\nLike this:\n\nRelated\n\n"
        "The ferry question\n\nA walk across the old bridge"
    )
    result = clean_text(page)
    assert result.body.startswith(P1)
    assert result.body.endswith(P4)
    assert result.title == "Why our harbour bridge matters"


def test_lowercase_alt_text_before_caption_and_duplicates_removed():
    text = _body(P1, "a man in a coat crosses the bridge", "The bridge on Monday. Photograph: A B/C", P2, P2, P3)
    assert clean_text(text).body == _body(P1, P2, P3)


def test_hard_wrapped_paragraph_is_joined():
    wrapped = (
        "The city council voted on Tuesday to close the old harbour\n"
        "bridge for repairs, a decision that will divert thousands of\n"
        "commuters for at least six months."
    )
    assert clean_text(_body(wrapped, P2)).body == _body(P1, P2)


def test_text_without_any_prose_is_kept_with_a_warning():
    result = clean_text("Bridge closes\n\nFerries added\n\nCouncil to vote again")
    assert result.body
    assert any(w.startswith("structure:") for w in result.warnings)


def test_a_one_megabyte_page_keeps_every_paragraph():
    page = "Skip to main content\n\n" + _body(*BODY * 3000)
    assert len(page) > 1_000_000
    assert clean_text(page).body == _body(*BODY * 3000)


# --- the seeds -------------------------------------------------------------------------------------


def test_seed_articles_match_gold_boundaries(shared):
    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))["articles"]
    for name, answer in gold.items():
        result = clean_text((shared / "seeds" / name).read_text(encoding="utf-8"))
        assert result.body.startswith(answer["body_starts_with"]), name
        assert result.body.endswith(answer["body_ends_with"]), name
        for item in answer["not_body"]:
            assert item not in result.body, (name, item)
        assert clean_text(result.body).body == result.body
        title = answer["metadata"].get("title")
        if title:
            assert result.title == title
    first = min(gold)
    meta = gold[first]["metadata"]
    result = clean_text((shared / "seeds" / first).read_text(encoding="utf-8"))
    assert result.authors == [meta["author"]]
    assert result.published == meta["published"]
    assert result.outlet == meta["outlet"]


def test_capitalised_alt_text_before_a_repeated_caption_is_not_the_title():
    page = (
        "Skip to main content\n"
        "Firefighters near a burning warehouse\n"
        "Crews work through the night in Lowmoor. Photograph: Ana Bell/Agency\n"
        "Crews work through the night in Lowmoor. Photograph: Ana Bell/Agency\n\n"
        "Warehouse fire forces closure of ring road\n\n"
        "Police say the blaze started in a storage unit and spread quickly\n\n"
        "A fire at a warehouse in Lowmoor closed the ring road for six hours on Tuesday, police said, "
        "after flames spread from a storage unit to the roof of the building next door.\n"
    )
    cleaned = clean_text(page)
    assert cleaned.title == "Warehouse fire forces closure of ring road"
    assert "Firefighters near" not in cleaned.body



def test_footer_link_row_author_note_and_copyright_leave_the_body():
    page = (
        "Harbour Bridge Will Close for Repairs\n\n"
        "By Maria Okafor\n\n"
        "Published March 3, 2024 Updated March 4, 2024, 9:30 a.m. ET\n\n"
        + _body(*BODY)
        + "\n\nMaria Okafor is a correspondent covering transport and city hall."
        "\n\n© 2024 The Harbour Ledger. All rights reserved."
        "\n\nTerms of Use | Privacy Policy | Contact Us | Advertise"
        "\n\nLink Copied!\n\nUpdated 10:32 AM EDT, Tue March 5, 2024"
    )
    result = clean_text(page)
    assert result.body == _body(*BODY)
    assert result.published == "2024-03-03", "the first date of a published/updated line is the publication"
    assert result.outlet == "The Harbour Ledger"
    assert result.authors == ["Maria Okafor"]


def test_a_closing_sentence_about_a_person_who_is_not_a_journalist_stays():
    last = "Maria Okafor is a civil engineer who has inspected the bridge since 2015."
    assert clean_text(_body(*BODY, last)).body.endswith(last)
    assert not is_furniture("Terms of the deal | what changes")
