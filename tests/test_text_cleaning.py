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
        "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you.",
        "Did you find this article helpful?",
        "Add your comment to this story",
        "To join the conversation, please log in.",
        "Access to premium articles requires a subscription. Subscribe now to listen.",
        "Listening is free for open-access content, or learn more about text-to-speech.",
        "We reserve the right to remove any content at any time from this Community.",
        "Your Comments",
        "Cancel anytime.",
        "Photo: Growers say their costs have doubled since the drought began. (Supplied)",
        "The fire spread to two floors above Credit: Jane Doe/PA Wire",
        "Getty Images",
        "Jane Roe/AFP via Getty Images",
        "You can save this article by registering for free here. Or sign-in if you have an account.",
        "Want to join the conversation? Please or to comment on this article.",
    ],
)
def test_is_furniture_recognises_page_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        P1, P2, P3, P4, "He said the photo was taken in May.", "Share prices fell.",
        "Members can cancel at any time, the club said.",
    ],
)
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


# --- layouts of many outlets (whole invented pages: tests/test_pasted_pages.py) ---------------------


@pytest.mark.parametrize(
    "line",
    [
        "Published 3:04 PM EDT, Mon March 3, 2024",
        "Updated: 3 March 2024 14:02 GMT",
        "March 3, 2024 at 2:04 p.m. ET",
        "03/03/2024",
        "Sun 3 Mar 2024 14.02 GMTLast modified on Sun 3 Mar 2024 16.30 GMT",
        "March 3, 20242:04 PM GMTUpdated 2 hours ago",
        "Published On 3 Mar 20243 Mar 2024",
        "Posted Sun 3 Mar 2024 at 2:04pm, updated Sun 3 Mar 2024 at 5:30pm",
        "2024-03-03T14:02:00Z",
    ],
)
def test_date_lines_of_many_layouts(line):
    result = clean_text(_body("Harbour Bridge Will Close for Repairs", line, *BODY))
    assert result.published == "2024-03-03"
    assert result.body == _body(*BODY)


def test_day_first_dates_and_relative_dates():
    assert clean_text(_body("16/03/2024 - 14:02", *BODY)).published == "2024-03-16"
    relative = clean_text(_body("Harbour bridge to close", "2 hours ago", *BODY))
    assert relative.published is None
    assert relative.body == _body(*BODY)


@pytest.mark.parametrize(
    "lines, authors, outlet",
    [
        (["By  MARIA OKAFOR and TOM LEE"], ["Maria Okafor", "Tom Lee"], None),
        (["By Maria Okafor, Reuters"], ["Maria Okafor"], "Reuters"),
        (["Maria Okafor | News Agency"], ["Maria Okafor"], "News Agency"),
        (["Written by Maria Okafor"], ["Maria Okafor"], None),
        (["by: Maria Okafor"], ["Maria Okafor"], None),
        (["By MARIA OKAFOR FOR THE HARBOUR COURIER"], ["Maria Okafor"], "The Harbour Courier"),
        (["By Maria Okafor Harbour News"], ["Maria Okafor"], "Harbour News"),
        (["Maria Okafor Transport correspondent"], ["Maria Okafor"], None),
        (["Maria Okafor in Lisbon"], [], None),  # alone, a name and a place could be a headline in Title Case
        (["Maria Okafor", "Harbour News, Eastshire"], ["Maria Okafor"], "Harbour News"),
        (["Posted by Maria Okafor on March 3, 2024"], ["Maria Okafor"], None),
        (["Maria Okafor · 4 min read"], ["Maria Okafor"], None),
        (["Opinion by Maria Okafor"], ["Maria Okafor"], None),
        (["By Maria Okafor / The Harbour Ledger"], ["Maria Okafor"], "The Harbour Ledger"),
        (["Maria Okafor", "Senior Reporter"], ["Maria Okafor"], None),
        (["Ferry Routes Expand · Video"], [], None),
    ],
)
def test_bylines_of_many_layouts(lines, authors, outlet):
    result = clean_text(_body("Harbour bridge to close for repairs", *lines, *BODY))
    assert result.authors == authors
    assert result.outlet == outlet
    assert result.title == "Harbour bridge to close for repairs"
    assert result.body == _body(*BODY)


def test_a_site_tagline_above_the_menu_is_not_the_title():
    page = "Independent news for the harbour city\nNews\nTransport\nHarbour bridge to close\nBy Maria Okafor\n\n"
    assert clean_text(page + _body(*BODY)).title == "Harbour bridge to close"


@pytest.mark.parametrize(
    "first, outlet",
    [
        ("LONDON, March 3 (Reuters) - ", "Reuters"),
        ("Harbour City (AFP) – ", "AFP"),
        ("Harbour City CNN — ", "CNN"),
    ],
)
def test_datelines_of_agencies_and_broadcasters(first, outlet):
    result = clean_text(_body(first + P1, P2))
    assert result.body == _body(P1, P2)
    assert result.outlet == outlet


def test_a_writer_and_place_glued_before_the_first_sentence_are_the_byline():
    result = clean_text(_body("Maria Okafor, Harbourton " + P1, P2))
    assert result.body == _body(P1, P2)
    assert result.authors == ["Maria Okafor"]


def test_a_name_opening_the_first_sentence_stays_in_it():
    first = "Maria Okafor, Tom Reed and two engineers inspected the bridge on Tuesday before the vote."
    result = clean_text(_body(first, P2))
    assert result.body == _body(first, P2)
    assert result.authors == []


@pytest.mark.parametrize(
    "note", ["Details later.", "More details to follow.", "Visit The Harbour Ledger's homepage for more stories."]
)
def test_a_wire_promise_of_more_and_a_pointer_home_are_trailers(note):
    assert clean_text(_body(*BODY, note)).body == _body(*BODY)


def test_initials_give_way_to_the_name_spelled_out():
    page = _body("HARBOUR CITY (AP) — " + P1, P2, "Copyright 2024 The Associated Press. All rights reserved.")
    assert clean_text(page).outlet == "The Associated Press"


@pytest.mark.parametrize(
    "tail",
    [
        ["This article was amended on 4 March 2024. An earlier version gave the wrong date."],
        ["• This article was amended on 4 March 2024 to correct a name."],
        ["Correction: An earlier version of this story misstated the cost."],
        ["Editor’s note: The council's figures were updated on Monday."],
        ["Maria Okafor", "Okafor covers transport for The Harbour Ledger.", "mailto"],
        ["Related Topics", "Transport", "Council", "Ferry operators add services."],
        ["— With assistance from Tom Lee and Ana Pell"],
        ["Contact Maria Okafor at maria@example.com.", "Have a tip? Email the newsroom."],
        ["Ferry operators add services ahead of closure", "City budget stalls again"],
    ],
)
def test_notes_names_and_other_headlines_under_the_article_leave(tail):
    page = _body("Harbour bridge to close", "By Maria Okafor", *BODY, *tail)
    assert clean_text(page).body == _body(*BODY)


@pytest.mark.parametrize(
    "last",
    [
        "It was the right call.",
        'She wrote: "I vote for the bridge. (sic)"',
        "Related charges were filed against two men.",
        "Advertisement spending by the council will not change.",
        "Okafor is a civil engineer who inspected the bridge.",
        "Contact the council at its offices for details, officials said.",
    ],
)
def test_real_closing_lines_that_look_like_furniture_stay(last):
    assert clean_text(_body(*BODY, last)).body == _body(*BODY, last)


@pytest.mark.parametrize(
    "block",
    [
        ["Sign up to Harbour Mail", "Free daily newsletter", "Our morning briefing of the city's news.",
         "Privacy Notice: Newsletters may contain info about charities.", "after newsletter promotion"],
        ["In short:", "The bridge will close in May.", "Ferries will run more often.", "What's next?",
         "The council votes on the budget in June."],
        ["We value your privacy", "We and our partners store and/or access information on a device, such as "
         "cookies, and process personal data for personalised ads and content.", "Accept All", "Reject All"],
        ["Advertisement · Scroll to continue", "Report This Ad", "Image source, Harbour Council",
         "Image caption, The bridge at dawn", "Listen to this article · 5 min", "142", "Home › Transport › Bridges"],
        ["Supported by", "This article is more than 1 year old", "Photo by Jane Roe on Unsplash", "Jane Roe/Agency"],
    ],
)
def test_boxes_banners_and_labels_before_the_body_leave(block):
    result = clean_text(_body(*block, "Harbour bridge to close", "By Maria Okafor", *BODY))
    assert result.body == _body(*BODY)
    assert result.title == "Harbour bridge to close"


def test_a_place_in_capitals_before_a_dash_is_no_outlet():
    result = clean_text(_body("MIAMI — " + P1, P2))
    assert result.outlet is None
    assert result.body.startswith("MIAMI — ")


def test_section_headings_in_the_body_stay():
    page = _body("Harbour bridge to close", "By Maria Okafor", P1, P2, "What's next?", P3, "Key points", P4)
    assert clean_text(page).body == _body(P1, P2, "What's next?", P3, "Key points", P4)


def test_the_published_date_wins_over_an_update_shown_before_it():
    page = _body("Harbour bridge to close", "Updated 4:10 PM EDT, Mon March 4, 2024",
                 "Published 3:04 PM EDT, Sun March 3, 2024", *BODY)
    result = clean_text(page)
    assert (result.published, result.modified) == ("2024-03-03", "2024-03-04")
    assert clean_text(_body("Harbour bridge to close", "Updated March 4, 2024", *BODY)).published == "2024-03-04"


@pytest.mark.parametrize(
    "lines, authors",
    [
        (["Maria Okafor", "March 3, 2024"], ["Maria Okafor"]),
        (["The vote ends months of debate over the ageing crossing", "MARIA OKAFOR"], ["Maria Okafor"]),
        (["Live Updates", "March 3, 2024"], []),
        (["Maria Okafor", "Transport", "March 3, 2024"], []),
    ],
)
def test_a_name_alone_under_the_title_is_the_writer(lines, authors):
    result = clean_text(_body("Harbour bridge to close for repairs", *lines, *BODY))
    assert result.authors == authors
    assert result.title == "Harbour bridge to close for repairs"
    assert result.body == _body(*BODY)


@pytest.mark.parametrize(
    "header, title",
    [
        (["Video", "Ferries added as bridge shuts", "Officials explain the plan.", "Harbour bridge to close"],
         "Harbour bridge to close"),
        (["Will the harbour bridge close?", "Council weighs its options after the inspection"],
         "Will the harbour bridge close?"),
    ],
)
def test_the_title_is_the_headline_just_above_the_byline(header, title):
    assert clean_text(_body("\n".join(header), "By Maria Okafor", *BODY)).title == title


def test_a_long_lead_under_a_one_point_summary_stays():
    header = "\n".join(["Harbour bridge to close", "By Maria Okafor", "March 16, 2025", "Summary"])
    lead = (
        "The council will close the old harbour bridge for a year of repairs from May, diverting thousands of "
        "commuters onto the ring road."
    )
    page = f"{header}\nThe bridge will close in May for a year of repairs.\n{lead}\n\n{_body(P2, P3, P4)}"
    assert clean_text(page).body == _body(lead, P2, P3, P4)


def test_a_paywall_gate_ends_the_teaser():
    gate = [
        "Subscribe to continue reading", "This article is available to subscribers only. Already a subscriber? Sign in",
        "Get unlimited access for $1 a week", "Cancel anytime.",
    ]
    page = _body("Harbour bridge to close", "By Maria Okafor", P1, P2, *gate)
    assert clean_text(page).body == _body(P1, P2)


def test_captions_by_their_credits_leave():
    image = ["Getty Images", "Commuters queue at a bus stop"]
    page = _body("Harbour bridge to close", "By Maria Okafor", P1, *image, P2, P3, P4)
    assert clean_text(page).body == _body(*BODY)
    above = ["Harbour bridge to close", "By Maria Okafor", "March 16, 2025", "The old bridge at dawn.",
             "Photo credit: File | Example Media Group"]
    assert clean_text(_body(*above, *BODY)).body == _body(*BODY)


def test_a_label_between_paragraphs_leaves_with_the_one_under_the_last():
    page = _body("Harbour bridge to close", "By Maria Okafor", P1, "Article content", P2, "Article content", P3, P4,
                 "Article content")
    assert clean_text(page).body == _body(*BODY)


def test_a_caption_over_a_photographers_credit_and_a_related_link_leave():
    page = _body("Harbour bridge to close", "By Maria Okafor", P1, "Commuters wait at the ferry terminal on Monday.",
                 "Jane Doe/Getty Images", P2, "Related article", "Ferries to run every ten minutes", P3, P4)
    assert clean_text(page).body == _body(*BODY)


def test_a_note_on_the_writer_by_first_name_leaves():
    note = "Maria, a reporter with The Harbour Post, has covered the city council for five years."
    page = _body("Harbour bridge to close", "By Maria Okafor", *BODY, "Maria Okafor", note)
    assert clean_text(page).body == _body(*BODY)


# --- furniture glued into the text (a page flattened to one paragraph by a scraper) ------------------


def _glued(*parts: str) -> str:
    return " ".join(parts)


def test_a_broadcasters_image_and_video_blocks_glued_into_the_text_leave():
    page = _glued(
        "Image copyright Example Agency Image caption Firefighters worked through the night at the depot", P1,
        "Media caption Why is the bridge closing?", P2, "Image caption The old bridge seen from the harbour", P3,
        "Media playback is unsupported on your device Media caption Engineers explain the corrosion", P4,
    )
    assert clean_text(page).body == _body(*BODY)


def test_an_agency_credit_over_a_caption_glued_into_the_text_leaves():
    wire = "AFP reported that the ferry company would add boats."
    page = _glued(P1, "REUTERS Commuters crowd onto the last ferry of the evening", P3, wire)
    assert clean_text(page).body == _body(P1, f"{P3} {wire}")


def test_a_pull_quote_run_into_the_text_leaves_with_its_speakers_name():
    said = "Maria Okafor, the council’s transport chair, said: “The steel is corroded and the inspectors were clear.”"
    page = _glued(P1, "The steel is corroded and the inspectors were clear Maria Okafor", said, P3)
    assert clean_text(page).body == _body(P1, f"{said} {P3}")


def test_a_caption_that_repeats_the_text_leaves_and_the_name_after_it_stays():
    caption = "Commuters waited for hours at the ferry terminal on Monday morning"
    after = "Maria Okafor, the transport chair, apologised to them on Tuesday."
    page = _glued(P1, f"{caption}.", P3, caption, after)
    assert clean_text(page).body == _body(f"{P1} {caption}. {P3}", after)


def test_an_embedded_posts_links_and_signature_leave_and_its_text_stays_apart():
    post = "Queues at the ferry this morning #harbour"
    page = _glued(P1, P3, post, "pic.twitter.com/AbC123xyz — Jane Roe (@janeroe) March 16, 2025", P4)
    assert clean_text(page).body == _body(f"{P1} {P3} {post}", P4)


def test_a_gallery_teaser_under_the_article_leaves():
    gallery = (
        "Harbour life in pictures Mon, March 17, 2025 Our photographers look back at a century of the old "
        "bridge. Play slideshow Example Agency 1 of 12 Ferries queue at the harbour mouth in 1950."
    )
    assert clean_text(_glued(P1, P3, gallery)).body == f"{P1} {P3}"


def test_a_gallery_set_between_paragraphs_leaves_to_its_last_credit():
    gallery = (
        "City news in pictures 3 show all City news in pictures 1/3 Lanterns line the river path Example Agency "
        "2/3 Runners cross the finish line Example Agency 3/3 Crowds gather at the harbour for the fireworks Getty"
    )
    assert clean_text(_glued(P1, gallery, P3, P4)).body == _body(P1, f"{P3} {P4}")


def test_credits_and_link_labels_glued_to_sentences_leave():
    assert clean_text(_glued(P1, P3, "Additional reporting from agencies")).body == f"{P1} {P3}"
    assert clean_text(_glued(P1, P3, "With files from Example News's Jane Roe")).body == f"{P1} {P3}"
    more = "More than 40 people queued for the first ferry."
    assert clean_text(_glued(P1, "More:", P2, more)).body == _body(P1, f"{P2} {more}")


def test_a_wire_end_mark_and_the_ids_after_it_leave():
    assert clean_text(_glued(P1, P3, "(end) ab.cd EXW0101202500710000ID1234")).body == f"{P1} {P3}"


def test_a_photo_credit_via_an_agency_ends_the_caption_over_the_lead():
    page = _glued("Engineers inspect the old bridge at dawn - City Council via Example Wire", P1) + "\n\n" + P3
    assert clean_text(page).body == _body(P1, P3)


def test_bracketed_photo_credits_a_gallery_player_and_a_read_more_link_leave():
    credit = "(Photo: Jane Roe/Example Agency)"
    assert clean_text(_glued(P1, credit, P3, P4)).body == _body(P1, f"{P3} {P4}")
    player = (
        "1 of 12 Full Screen Autoplay Close Skip Ad x The bridge through the years View Photos Caption The bridge "
        "in 1920. Jane Roe/Example Agency Buy Photo Wait 1 second to continue."
    )
    assert clean_text(_glued(P1, P3, player, P4)).body == _body(f"{P1} {P3}", P4)
    link = "Ferries to run every ten minutes while the bridge is shut | Jane Roe Read more"
    assert clean_text(_glued(P1, P3, link, P4)).body == _body(f"{P1} {P3}", P4)


def test_a_scraped_records_glued_captions_leave_too():
    from parallax.extract.record import extract_record

    maintext = _glued("Image copyright Example Agency Image caption Ferries wait at the harbour mouth", P1, P3)
    record = json.dumps({"title": "Harbour bridge to close", "maintext": maintext}).encode()
    assert extract_record(record).text == f"{P1} {P3}"


def test_captions_titled_with_spaced_dots_leave_with_their_credits():
    captions = (
        "Queue at dawn . . . commuters wait for the first ferry Example Agency 4 Detour . . . "
        "cyclists are sent over the north bridge"
    )
    assert clean_text(_glued(P1, P3, captions, P4)).body == _body(f"{P1} {P3}", P4)
    pause = "Then . . . nothing happened for an hour."
    assert clean_text(_glued(P1, pause, P3)).body == f"{P1} {pause} {P3}"


def test_a_caption_under_a_credit_in_capitals_leaves_but_a_list_heading_stays():
    caption = "HARBOUR GAZETTE Ferries wait at the harbour mouth"
    after = "The closure will cost the ferry company money, its owners said."
    assert clean_text(_glued(P1, caption, after, P4)).body == _body(P1, f"{after} {P4}")
    entry = "JANE ROE The ferry captain said she would retire if Example Lines cut the route."
    assert clean_text(_glued(P1, entry, P3)).body == f"{P1} {entry} {P3}"


def test_captions_run_together_without_stops_leave_before_the_next_sentence():
    captions = (
        "Engineers inspect the old bridge at first light The bridge has carried commuters since the war "
        "A crane lifts the first steel beam from the deck"
    )
    after = "The closure will cost the ferry company money, its owners said."
    assert clean_text(_glued(P1, captions, after)).body == _body(P1, after)
    one = "Engineers said the report reached The council late, and work stopped."
    assert clean_text(_glued(P1, one, P3)).body == f"{P1} {one} {P3}"


def test_a_cut_headline_before_the_first_sentence_leaves():
    page = _glued("Harbour bridge to close for six months as work begins", P1) + "\n\n" + P3
    assert clean_text(page).body == _body(P1, P3)


def test_a_sign_up_boxs_messages_glued_before_the_text_leave():
    box = (
        "Get city updates directly to your inbox + Subscribe Thank you for subscribing! Could not subscribe, "
        "try again later Invalid Email"
    )
    assert clean_text(_glued(box, P1, P3)).body == f"{P1} {P3}"


def test_a_video_players_messages_leave_with_the_title_over_them():
    player = (
        "Watch: Engineers explain the corrosion Video Loading Video Unavailable Click to play Tap to play "
        "The video will start in 8 Cancel Play now Watch this video again Share this video Watch Next"
    )
    assert clean_text(_glued(P1, player, P3, P4)).body == _body(P1, f"{P3} {P4}")
    cancel = "The council may Cancel Play now, a festival on the bridge, its organisers said."
    assert clean_text(_glued(P1, cancel, P3)).body == f"{P1} {cancel} {P3}"
    described = "Skip Ad Ad Loading... x Embed x Share Crews reach the bridge at dawn."
    caption = "Engineers inspect the old bridge (Photo: Jane Roe, Example Agency)"
    assert clean_text(_glued(P1, described, caption, P3)).body == _body(P1, P3)


def test_a_link_to_click_and_a_share_link_leave():
    click = "Click here for our full guide to the bridge closure."
    share = "Read or Share this story: http://exm.pl/2abcXYZ"
    assert clean_text(_glued(P1, click, P3, P4, share)).body == _body(P1, f"{P3} {P4}")
    home = "Visit The Harbour Ledger's homepage for more stories."
    assert clean_text(_glued(P1, home, P3)).body == _body(P1, P3)


def test_a_caption_with_its_credit_in_brackets_leaves():
    for credit in ("(Getty Images)", "(REUTERS)", "(Photo: Jane Roe)"):
        page = _glued(P1, f"First crossing: Ferries wait at the harbour mouth {credit}", P3)
        assert clean_text(page).body == _body(P1, P3)
    dated = "Commuters cross the old harbour bridge in Example City, March 4, 2025. (Photo: Jane Roe, Example Agency)"
    assert clean_text(_glued(dated, P1, P3)).body == f"{P1} {P3}"
    stacked = dated.replace("(Photo:", "(Jane Roe/Pool via Example Agency) (Photo:")
    assert clean_text(_glued(stacked, P1, P3)).body == f"{P1} {P3}"
    said = 'Maria Okafor said: "We will reopen it in May"'
    assert clean_text(_glued(P1, P3, said, "(Photo: Jane Roe)", P4)).body == _body(f"{P1} {P3} {said}", P4)
    dateline = "EXAMPLE CITY, EXAMPLE STATE, USA (Reuters) The ferry company said it would add boats."
    assert clean_text(_glued(P1, P3, dateline)).body == f"{P1} {P3} {dateline}"
    year = "The bridge was last repaired in 1998."
    page = _glued(P1, year, "Engineers inspect the old bridge (Getty)", P3)
    assert clean_text(page).body == _body(f"{P1} {year}", P3)


def test_a_related_headline_glued_between_sentences_leaves_with_the_question_over_it():
    after = "However, the ferry company said it would add boats at rush hour."
    page = _glued(P1, "Why is the bridge closing? A guide to the repairs and the detours", after, P4)
    assert clean_text(page).body == _body(P1, f"{after} {P4}")


def test_agency_credits_joined_by_a_star_head_a_caption_and_close_the_page():
    caption = "SWNS * PA Commuters crowd onto the last ferry of the evening"
    assert clean_text(_glued(P1, caption, P3)).body == _body(P1, P3)
    assert clean_text(_glued(P1, P3, "SWNS Commuters crowd onto the last ferry")).body == f"{P1} {P3}"


def test_a_pull_quote_after_a_caption_leaves_with_the_name_over_the_quotation():
    quoted = "“The steel is corroded and the inspectors were clear.”"
    page = _glued(
        P1, "Engineers inspect the old bridge at first light", "The steel is corroded and the inspectors were clear",
        "Maria Okafor", quoted, P3,
    )
    assert clean_text(page).body == _body(P1, f"{quoted} {P3}")


def test_a_contributor_line_and_a_follow_line_glued_to_the_last_sentence_leave():
    assert clean_text(_glued(P1, P3, "Contributing: Jane Roe")).body == f"{P1} {P3}"
    assert clean_text(_glued(P1, "\n\n", P3, "Follow Jane Roe on Twitter: @janeroe")).body == _body(P1, P3)


def test_an_embedded_photos_credit_and_a_closing_caption_leave():
    credit = "A photo posted by Jane Roe (@janeroe) on Mar 9, 2025 at 1:57am PST"
    assert clean_text(_glued(P1, credit, P3)).body == _body(P1, P3)
    assert clean_text(_glued(P1, P3, "Ferries wait at the harbour mouth in the rain")).body == f"{P1} {P3}"
    lost_stop = "The fare for the crossing is set at 41 pounds"  # a last sentence that lost its full stop
    assert clean_text(_glued(P1, P3, lost_stop)).body == f"{P1} {P3} {lost_stop}"


def test_a_posts_text_between_a_caption_and_its_link_leaves_but_text_after_a_sentence_stays():
    post = "Ferry crews are helping 5 passengers. 2 of them were hurt."
    sign = "pic.twitter.com/AbC123xyz -- Harbour Ferries (@harbourferries) March 16, 2025"
    page = _glued(P1, "Help at hand . . . crews reach the pier", post, sign, P3)
    assert clean_text(page).body == _body(P1, P3)
    assert clean_text(_glued(P1, post, sign, P3)).body == _body(f"{P1} {post}", P3)


def test_a_video_title_before_a_sentence_opening_with_a_participle_leaves():
    said = "Speaking at the pier, she said the ferries would run all night."
    assert clean_text(_glued(P1, "Mayor opens the new ferry terminal", said)).body == _body(P1, said)
    going = "Passengers on the early boat kept Reading timetables while she said nothing."
    assert clean_text(_glued(P1, going)).body == f"{P1} {going}"
