"""The body of a pasted page: furniture lines and boxes dropped, and the line where the article closes.

Some furniture is only known from its neighbours: a link box under its header ("Most read"), a newsletter
promotion from its sign-up line to its privacy notice, a summary box above the article (or a list of
points in it), an image's alt text and caption around their marks or over a credit line, a pull quote
that repeats the text, a label set between every paragraph. A copyright line or a republishing note with
only the site's lines after it ends the article; trailers dropped with the link boxes are kept for
extract/trailers.py to read.
"""

from __future__ import annotations

import re
from collections import Counter

from parallax.extract.bylines import BYLINE, parse_byline
from parallax.extract.dates import read_date_line
from parallax.extract.furniture import BLOCK_HEADER, is_caption, is_furniture, is_image_credit
from parallax.extract.header import bare_names, is_header_line
from parallax.extract.prose import BULLET, END_MARKS, is_prose, terminal, word_count
from parallax.extract.trailers import ABOUT_BOX, COPYRIGHT_MARK, FACT_BOX_LABEL, REPUBLISHED, TRAILER

# Link boxes that close a page ("Most read", "Related topics"): when nothing after them is a paragraph,
# everything after them goes.
_END_HEADER = re.compile(
    r"(?:more on this (?:story|topic)|most (?:viewed|read|popular|shared|commented|emailed)"
    r"|related(?: topics| content| stories| articles?| coverage| internet links)|explore more on these topics"
    r"|trending(?: now| stories)?|suggested topics|top stories|latest (?:news|stories)|editor'?s picks"
    r"|you (?:may|might) (?:also )?like|(?:from )?around the web|recommended(?: stories| for you| reading)?"
    r"|more (?:stories|news|top stories|in \w.{0,30})|site index"
    r"|(?:media |press |investor )?contacts?(?: information)?|media (?:inquiries|enquiries)"
    r"|sources|references|bibliography)\W{0,3}",
    re.I,
)
_PROMO_START = re.compile(r"(?:sign up|subscribe|register) (?:to|for)\b|get (?:our|the) \w.{0,40}newsletter", re.I)
# A sponsor's message set in the body under its label: "A MESSAGE FROM EXAMPLE AIRLINES:".
_SPONSOR_LABEL = re.compile(r"(?:a message from|sponsored by|presented by|brought to you by) [^.!?]{1,60}:", re.I)
_PROMO_END = re.compile(r"(?:after newsletter promotion|privacy notice\b|by signing up\b|we will not share)", re.I)
_PAYWALL = re.compile(
    r"(?:(?:subscribe|sign in|log in|register)(?: now)? to (?:continue|keep) reading\b.{0,80}"
    r"|(?:subscribe|sign in|log in) to (?:unlock|read) (?:this|the (?:full|rest of the)) (?:article|story)\b.{0,60}"
    r"|(?:this|the rest of this) (?:article|story|content) is (?:only )?(?:available |reserved )?(?:to|for) "
    r"(?:paid |paying |digital )?(?:subscribers|members)\b.{0,120}"
    r"|to (?:continue|keep) reading,? (?:please )?(?:subscribe|sign in|log in|register)\b.{0,80}"
    r"|you(?:['’]ve| have) reached your (?:free )?(?:article|story) limit\b.{0,120})",
    re.I,
)
_SUMMARY_BOX = re.compile(
    r"(?:in short|in brief|key points|at a glance|the key points|quick read|summary|what you need to know"
    r"|(?:key )?takeaways|what we['’]re covering"
    r"|(?P<single>what'?s next|why it matters|partners)|(?P<note>disclosure(?: statement)?)"
    r"|(?:our |the )?(?:verdict|rating))"
    r"\W{0,3}",
    re.I,
)
_BARE_CREDIT = re.compile(r"(?:photograph|photo|picture|image|illustration|credit)s?(?: by| credit)?\s*:\s*\w", re.I)
_PLAIN_QUOTES = str.maketrans("‘’“”", "''\"\"")
_QUOTE_AND_STOP = "\"' .,!?"
# Image blocks of some sites: "Enlarge this image" or a gallery's "Image 2 of 4", the caption, its credit,
# "toggle caption", the credit.
_IMAGE_MARK = re.compile(
    r"enlarge this image|expand (?:this )?image|view (?:this )?image|(?:image|photo|picture|slide) \d+ (?:of|/) \d+",
    re.I,
)
_CAPTION_MARK = re.compile(r"(?:toggle|hide|show) caption", re.I)
_WORD = re.compile(r"\w+")
# A call to action set as a button under a promotion.
_BUTTON = re.compile(
    r"(?:learn|find out|see|discover) more|(?:subscribe|sign up|join|download|register)(?: now| today| here)?"
    r"|try (?:it )?(?:free|now)|get started|start (?:your )?free trial|(?:get|request) (?:a )?demo",
    re.I,
)
_COMMENTS_HEADER = re.compile(
    r"(?:\d[\d,.]*k?\s+)?(?:reader )?comments?(?:\s*\(\d+\))?|join the (?:discussion|conversation)|discussion",
    re.I,
)
# A blog's count of replies over them: "12 Responses to “Title”", "3 thoughts on “Title”".
_RESPONSES_TO = re.compile(
    r"(?:\d+|one|two|no) (?:responses?|repl(?:y|ies)|comments?|thoughts?) (?:to|on) \W?[A-Z].{1,200}", re.I
)
_SORT_CONTROL = re.compile(
    r"sort(?:ed)? by\b.{0,30}|(?:newest|oldest|latest)(?: first)?|most (?:relevant|liked|recent|popular)"
    r"|top comments|best",
    re.I,
)
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+[\"“A-Z]")


def _link_like(unit: str) -> bool:
    stripped = unit.lstrip()
    if stripped[:1] in BULLET or re.match(r"\d{1,2}[.)]\s", stripped):
        return True
    return word_count(unit) <= 30 and not re.search(r"[.!][\"”’')\]]*$", unit.rstrip(END_MARKS))


def drop_furniture(units: list[str]) -> tuple[list[str], list[int], list[str]]:
    """The units that are not furniture, the index each had among ``units``, and the trailers dropped
    with the link lists (kept apart so that their copyright and credit lines can still be read)."""
    kept: list[str] = []
    origin: list[int] = []
    trailers: list[str] = []
    in_body = False
    i = 0
    while i < len(units):
        unit = units[i]
        stripped = unit.lstrip(BULLET).strip()
        if word_count(stripped) <= 12 and BLOCK_HEADER.fullmatch(stripped):
            if _END_HEADER.fullmatch(stripped) and all(_no_paragraph(rest) for rest in units[i + 1 :]):
                return kept, origin, trailers + [rest for rest in units[i + 1 :] if _trailer(rest)]
            i += 1
            # above the article such a header is mostly a menu label: the lines under it are the header's
            while in_body and i < len(units) and (_link_like(units[i]) or is_furniture(units[i])):
                if BYLINE.match(units[i]) and parse_byline(units[i]):
                    break  # a byline under the links opens the box on the writer
                if word_count(units[i]) <= 12 and (
                    BLOCK_HEADER.fullmatch(units[i].lstrip(BULLET).strip()) or ABOUT_BOX.fullmatch(units[i])
                    or FACT_BOX_LABEL.fullmatch(units[i])
                ):
                    break  # the next box starts
                if _comments_open(units, i):
                    return kept, origin, trailers
                if _paywall(units, i):
                    return kept, origin, trailers + [rest for rest in units[i + 1 :] if _trailer(rest)]
                if _boxed(units, i, in_body):
                    break
                if TRAILER.match(units[i]):
                    trailers.append(units[i])
                i += 1
            continue
        if in_body and _comments_open(units, i):
            return kept, origin, trailers
        if in_body and _pitch_over_button(units, i):
            return kept, origin, trailers
        if in_body and _paywall(units, i):
            return kept, origin, trailers + [rest for rest in units[i + 1 :] if _trailer(rest)]
        if in_body and _closes_article(units, i):
            return kept, origin, trailers + [unit] + [rest for rest in units[i + 1 :] if _trailer(rest)]
        box = _boxed(units, i, in_body)
        if box:
            i += box
            continue
        if (
            is_furniture(unit) or _is_alt_text(unit, units[i + 1 : i + 3]) or _is_marked_caption(units, i)
            or _under_image_credit(units, i)
            or _is_credited_caption(unit, units[i + 1 : i + 2], in_body)
        ):
            if in_body and TRAILER.match(unit) and all(_no_paragraph(rest) for rest in units[i + 1 :]):
                trailers.append(unit)  # "Source: Example News/ab" under the article reads like a photo credit
            i += 1
            continue
        kept.append(unit)
        origin.append(i)
        in_body = in_body or is_prose(unit)
        i += 1
    return kept, origin, trailers


def _trailer(unit: str) -> bool:
    """A line under the closing link boxes still read: a trailer, or the date the page gives there."""
    return bool(TRAILER.match(unit)) or read_date_line(unit) is not None


def _closes_article(units: list[str], i: int) -> bool:
    """A copyright line with no paragraph after it (with "All rights reserved", no long one), or a note
    that the piece is republished with only a few short lines after it, a button among them (the site's
    own promotion box), ends the article."""
    unit = units[i].lstrip(BULLET).strip()
    rest = units[i + 1 :]
    if COPYRIGHT_MARK.match(unit):
        if re.search(r"\ball rights reserved\b", unit, re.I):
            return all(word_count(line) <= 40 or _no_paragraph(line) for line in rest)  # the site's notes under it
        return all(_no_paragraph(line) for line in rest)
    return (
        bool(REPUBLISHED.match(unit)) and len(rest) <= 6 and all(word_count(line) <= 30 for line in rest)
        and any(word_count(line) <= 3 or is_furniture(line) for line in rest)
    )


def _paywall(units: list[str], i: int) -> bool:
    """A paywall's gate under the teaser a page shows ("Subscribe to continue reading", "This article is
    for subscribers only"): the rest is the offer, never more text of the article."""
    unit = units[i].lstrip(BULLET).strip()
    return (
        _PAYWALL.fullmatch(unit) is not None and word_count(unit) <= 30
        and all(word_count(rest) <= 40 for rest in units[i + 1 :])
    )


def _comments_open(units: list[str], i: int) -> bool:
    """Readers' comments under the article: a comments header ("42 Comments") with a sort control
    ("Sort by: Newest", "Most relevant") right under it. Whatever the readers wrote is not the article."""
    if _RESPONSES_TO.fullmatch(units[i].strip()):
        return True
    return bool(_COMMENTS_HEADER.fullmatch(units[i].strip())) and any(
        _SORT_CONTROL.fullmatch(unit.strip()) for unit in units[i + 1 : i + 3]
    )


def _pitch_over_button(units: list[str], i: int) -> bool:
    """A short line over a button ("LEARN MORE", "Subscribe now") with nothing but furniture after it:
    the site's own advertisement under the article ("Before it's news, it's on our terminal.")."""
    return (
        i + 1 < len(units) and word_count(units[i]) <= 10 and bool(_BUTTON.fullmatch(units[i + 1].strip()))
        and all(is_furniture(unit) for unit in units[i + 1 :])
    )


def _no_paragraph(unit: str) -> bool:
    """Not a paragraph of the article: a link, furniture, a trailer or a line too short to tell."""
    return word_count(unit) < 10 or _link_like(unit) or is_furniture(unit) or bool(TRAILER.match(unit))


def _boxed(units: list[str], i: int, in_body: bool) -> int:
    """How many units a promotion or summary box starting at ``units[i]`` spans (0: none starts there).

    A newsletter promotion runs from its sign-up line to its privacy notice; a summary box ("In short:",
    "Key points:") above the article is taken with up to two short items (a third when the points are one
    short sentence each), and a "What's next?" box with one: a third item left in the body costs less
    than a short first paragraph taken for one. In the body the same words head a section of the
    article, unless a colon opens a list of points that are not sentences ("Key points:" over three short
    lines).
    """
    unit = units[i].strip()
    if _SPONSOR_LABEL.fullmatch(unit):
        return 2 if i + 1 < len(units) and word_count(units[i + 1]) <= 60 else 1
    if _PROMO_START.match(unit) and word_count(unit) <= 25:
        ends = [j for j in range(i + 1, min(i + 6, len(units))) if _PROMO_END.match(units[j])]
        return ends[-1] - i + 1 if ends else 0
    header = _SUMMARY_BOX.fullmatch(unit)
    if not header:
        return 0
    if header.group("note"):  # the writer's disclosure, however long, wherever it is set
        return 2 if i + 1 < len(units) and word_count(units[i + 1]) <= 120 else 1
    if in_body:  # a section of the article, unless what follows is a list of points, not sentences
        span = 1
        while i + span < len(units) and word_count(units[i + span]) <= 25 and not terminal(units[i + span]):
            span += 1
        return span if span > 1 and unit.endswith(":") else 0
    limit = 1 if header.group("single") else 2
    span = 1
    while i + span < len(units) and word_count(units[i + span]) <= 25 and _in_box(units, i, span, limit):
        if _SUMMARY_BOX.fullmatch(units[i + span].strip()):
            break
        span += 1
    return span


def _in_box(units: list[str], i: int, span: int, limit: int) -> bool:
    """Whether the summary box at ``units[i]`` goes on to ``units[i + span]``: items up to the box's limit,
    a third when all three are one short sentence and the paragraph under them is not (three points are
    common, and a lead runs longer), and up to six when none ends like a sentence (points, not paragraphs).
    A byline, a date line or the writers' names end it, and so does a sentence of more than twenty words
    under points that are sentences; a point over a byline is the title."""
    unit = units[i + span]
    if is_header_line(unit) or bare_names(unit):
        return False
    if span > 1 and word_count(unit) > 20 and all(map(terminal, units[i + 1 : i + span + 1])):
        return False  # a long sentence under a point that is one: the lead, longer than a box's points
    if span <= limit:
        return True
    points = units[i + 1 : i + span + 1]
    below = units[i + span + 1] if i + span + 1 < len(units) else ""
    if span == 3 == limit + 1 and all(map(_point, points)):
        return not _point(below)  # a third point, over a paragraph that is not one
    return span <= 6 and not any(map(terminal, points)) and not is_header_line(below)


def _point(unit: str) -> bool:
    """One short sentence, as the points of a summary box are."""
    return word_count(unit) <= 15 and terminal(unit) and not _SENTENCE_BREAK.search(unit)


def _is_marked_caption(units: list[str], i: int) -> bool:
    """A caption the page marks: after "Enlarge this image", or before its credit and "toggle caption"."""
    marked = (i > 0 and bool(_IMAGE_MARK.fullmatch(units[i - 1].strip()))) or any(
        _CAPTION_MARK.fullmatch(unit.strip()) for unit in units[i + 1 : i + 3]
    )
    return marked and word_count(units[i]) <= 60


def _under_image_credit(units: list[str], i: int) -> bool:
    """A caption under its photo agency's name alone on a line ("Getty Images" over "Commuters queued at a
    bus stop"): short, and not ending like a sentence, as broadcasters set them."""
    return (
        i > 0 and is_image_credit(units[i - 1]) and word_count(units[i]) <= 25
        and not terminal(units[i])
    )


def _is_credited_caption(unit: str, following: list[str], in_body: bool) -> bool:
    """A caption over its credit alone on the next line ("Photograph: Jane Roe", "Photo credit: File |
    Example Media", "Jane Doe/Getty Images"). Above the article only one short sentence is taken: the lead
    image's caption under the byline, where a line that does not end like one may be the title or the
    standfirst."""
    if not following or not (_BARE_CREDIT.match(following[0]) or is_image_credit(following[0], slash=True)):
        return False
    credit = word_count(following[0])
    if credit > 10 or (credit > 6 and re.search(r"[.!?]", following[0])):
        return False  # a caption of its own under its label, not a credit alone
    return word_count(unit) <= 30 if in_body else word_count(unit) <= 15 and _point(unit)


def _is_alt_text(unit: str, following: list[str]) -> bool:
    """An image's alt text: a short phrase just before its caption with a credit.

    A lowercase phrase is enough; a capitalised one (it could be a headline) only counts when the
    caption is repeated right after, the shape pasted image blocks have, or says most of its words again.
    """
    if word_count(unit) > 20 or not following or not is_caption(following[0]):
        return False
    if _echoes(unit, following[0]):
        return True  # "Boats search the harbour." over "Boats searched the harbour on Sunday. Photograph: ..."
    if terminal(unit):
        return False
    return unit[:1].islower() or (len(following) == 2 and following[0] == following[1])


def _echoes(unit: str, caption: str) -> bool:
    """Whether most words of a short line come again in the caption under it, as an image's alt text does."""
    words = set(_WORD.findall(unit.lower()))
    return len(words) >= 3 and len(words & set(_WORD.findall(caption.lower()))) >= 0.6 * len(words)


def drop_repeated_labels(units: list[str], page: list[str]) -> list[str]:
    """A short label the page sets between paragraphs again and again ("Article content") is no text. It
    is counted over the whole ``page``: the one under the last paragraph has left with the trailers."""
    counts = Counter(unit for unit in page if unit.count(" ") < 4 and not terminal(unit))
    return [unit for unit in units if counts[unit] < 3]


def drop_pull_quotes(units: list[str]) -> list[str]:
    """A short line that does not end like a sentence and whose words run, in order, inside a longer
    paragraph of the body is a pull quote set again in the text ("“We need the light”" beside '"... We need
    the light," Owen says.'). A whole sentence repeated stays: a caption may quote the body at length."""
    plain = [unit.lower().translate(_PLAIN_QUOTES) for unit in units]
    bare = [text.strip(_QUOTE_AND_STOP) for text in plain]
    page = "\n".join(plain)
    whole = Counter(bare)

    def repeated(k: int) -> bool:  # found more often than it stands alone; a sentence with its full stop stays
        return 4 <= bare[k].count(" ") < 30 and not terminal(units[k]) and page.count(bare[k]) > whole[bare[k]]

    return [unit for k, unit in enumerate(units) if not repeated(k)]
