"""The tail of a pasted page: trailers, the box on the writer, corrections and pitches cut off the body.

What is cut is still read: a copyright line names the outlet, "originally published in" the outlet that
first ran the piece, "Reporting by" the writers when no byline gave them. Trailers glued to the last
sentence without a space are split off first; those after the last sentence of a page flattened to one
paragraph ("... in Abu Dhabi. Copyright 2016 The Associated Press. All rights reserved.") are read
sentence by sentence.
"""

from __future__ import annotations

import re
from itertools import pairwise

from parallax.extract.bylines import BYLINE, NAME_TOKEN, OUTLET_WORDS, PERSON, parse_byline
from parallax.extract.dates import parse_date, published_of, read_date_line
from parallax.extract.furniture import is_furniture
from parallax.extract.header import CleanText, is_header_line, set_outlet
from parallax.extract.prose import BULLET, abbreviation, is_prose, terminal, word_count

_GLUED_TRAILER = re.compile(
    r"Th(?:is|e) (?:article|story|piece|post|report|essay|column) (?:was )?"
    r"(?:originally|first) (?:appeared|published|posted|ran|run)\b"
)
_GLUED_TRAILER_END = re.compile(
    r"^((?:This|The) (?:article|story|piece|post|report|essay|column) (?:was )?(?:originally|first)"
    r" (?:appeared|published|posted|ran|run)\b[^\n]{0,120}?(?:[\w-]+\.[a-z]{2,6}|[^\s.]{2,})\.)"
    r"(?=[A-Z“\"‘(])"
)
TRAILER = re.compile(
    r"\(?(?:(?:this|the) (?:article|story|piece|post|report|essay|column|interview|op-ed)(?: by [^.]{1,60}?)?"
    r" (?:was |is )?"
    r"(?:originally |first )?(?:appeared|appears|published|posted|ran|run|republished|produced|reprinted"
    r"|translated (?:from|by|with)\b)"
    r"|(?:originally|first) (?:appeared|published|posted)|republished|reprinted"
    r"|(?:additional )?(?:reporting|writing|editing|research) (?:by|:)|additional reporting from\b"
    r"|edited by|compiled by|contributing\s*:\s*(?=\w)"
    r"|with (?:inputs?|files|additional reporting) from\b|with agency inputs?\b"
    r"|(?:except for the headline, )?this (?:story|article|report) has not been edited\b"
    r"|(?:this|the) (?:interview|conversation|q&a|transcript) (?:has been|was|is|have been) (?:lightly )?"
    r"(?:edited|condensed)"
    r"|(?:[\w.'’ -]{2,80} )?contributed (?:to )?(?:this |the )?(?:report|reporting|story|article)"
    r"|[—–-]*\s*with assistance (?:from|by)"
    r"|source\s*:\s*(?=\w)|(?-i:SOURCE )(?=[A-Z])"
    r"|copyright\b|[©ⓒ]\s*(?=\w)|(?:[^.!?\n]{2,60}[.,]\s*)?all rights reserved|this material may not be\b"
    r"|follow (?:him|her|them|[^.]{1,120}?) on (?:twitter|x|facebook|instagram)"
    r"|contact (?:the )?(?:author|reporter|writer)|read the (?:rest|full|original)"
    r"|(?:contact|e-?mail|reach|write to) (?:him|her|them|(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})) (?:at|on|via) "
    r"|(?:have|got) a (?:news )?tip\b|story tips\b"
    # a closing appeal for readers' mail: "Send questions/comments to the editors."
    r"|send (?:us )?(?:your )?(?:questions|comments|feedback|tips|corrections|letters)(?:\s?(?:/|and|or)\s?\w+)?"
    r" to (?:the |our )?(?:editors?|newsroom|desk)\b"
    r"|(?:this |the )?transcripts? (?:was |were |is |are |has been |have been )?(?:automatically |machine[- ])?"
    r"(?:generated|created|produced|transcribed)\b"
    # where the writers were, under the article: "Roe reported from Accra.", "Doe and Lee contributed."
    r"|(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3})(?:(?:,| and|, and) (?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}))*"
    r" (?:(?:reported|contributed reporting|contributed) from [A-Z]\w*|contributed(?=\.?$))"
    # the site's note on corrections: "Our journalists try to be as accurate as possible but ..."
    r"|our (?:journalists|reporters|editors) (?:try|strive|aim|work)\b"
    # a funder's note: "The agency receives support from foundations. It is solely responsible for all content."
    r"|(?:[^.\n]{2,200}\.\s+)?[^.\n]{2,60} (?:is|are) solely responsible for (?:all |the |its )?(?:content|coverage)"
    r"|this (?:article|story) (?:has been|was) (?:updated|corrected|amended)"
    r"|published in (?:the )?[A-Z][^.]{0,60}, \w+ \d{1,2}(?:st|nd|rd|th)?, \d{4}"
    r"|published in (?:the |our )?[\w ]{0,30}\b(?:issue|edition)\b"
    # a notice's publisher under it: "Published by The Daily Courier on Mar. 16, 2025."
    r"|published by (?-i:(?:The )?[A-Z][\w.&'’ -]{1,60}?) on\b"
    # where a research office's release came from: "Story Source:", "Materials provided by ..."
    r"|(?:story )?source\s*:\s*$|materials (?:provided|supplied) by\b"
    # a closing call for readers' tips: "Have a claim you want us to check? Email us."
    r"|[^.!?\n]{2,80}\?\s+(?:e-?mail|contact|tell|write to|message) us\b)\b"
    # an editor's note on what a new version changed: "(Updates with comment in fourth paragraph.)"
    r"|\((?:updates?|adds?|corrects?|recasts?|rewrites?|changes?|removes?|refiles?)\b[^()]{0,150}\)\.?$"
    r"|(?:correction|clarification|editor['’]?s note)s?:\s|disclaimer\s*:\s"
    # a wire story's promise of more, and a site's pointer home: "Details later.", "Visit X's homepage for ..."
    r"|(?:more )?details (?:later|to follow)\.?$|more to follow\.?$"
    r"|visit [^.\n]{2,60}?['’]s? (?:homepage|home page|website) for more\b"
    # a syndicated feed's note: "(Only the headline of this report may have been reworked by the staff ...)"
    r"|\(?(?:only )?the headline\b[^.]{0,40}\bof this (?:report|story|article)\b"
    r"|(?:this|the) (?:article|story|work|content|piece) is (?:licensed|republished|available) under\b",
    re.I,
)
# The agency a piece came from, under it: "Source: Example News/ab(cd)".
_SOURCE = re.compile(r"source\s*:\s*(?P<outlet>[A-Z][\w&'’ -]{1,40}?)\s*(?:/|\(|$)", re.I)
ABOUT_BOX = re.compile(r"about (?:the )?(?:authors?|writers?|(?-i:[A-Z][\w&.'’-]*(?: [A-Z&][\w&.'’-]*){0,4}))\W?", re.I)
# A copyright line closes the article: what follows it, when none of it is a paragraph, is the site's.
COPYRIGHT_MARK = re.compile(r"(?:copyright\b|[©ⓒ]|\(c\)\s*\d{4}|[^.!?\n]{2,60}[.,]\s*all rights reserved\b)", re.I)
# A closing appeal to pay for the journalism: "quality journalism is more crucial than ever", "Try it
# free for 1 month".
_PITCH = re.compile(
    r"\b(?:quality|independent|trusted|public[- ]interest) journalism\b|\bsupport (?:our|independent) "
    r"(?:journalism|reporting|work)\b|\bby subscribing\b|\bfree for \d+ (?:day|week|month)s?\b|\bfree trial\b"
    r"|\b(?:free|paid) subscriber\b|\bupgrade (?:your subscription|to paid)\b|\bunlimited (?:digital )?access\b"
    r"|\bfor [£$€]\d+(?:\.\d\d)? (?:a|per) (?:week|month|year)\b"
    r"|\bsign up (?:for|to) (?:our|the) (?:\w+ )?newsletters?\b",
    re.I,
)
REPUBLISHED = re.compile(
    r"(?:(?:this|the) (?:article|story|piece|post|report|essay|column) (?:was |is )?(?:(?:originally|first)"
    r" (?:appeared|published|posted|ran)|republished|reprinted)|republished with permission"
    r"|published by (?-i:(?:The )?[A-Z][\w.&'’ -]{1,60}?) on)\b",
    re.I,
)
_TRAILER_OUTLET = re.compile(
    r"(?:appeared|published|posted|ran|run|republished|reprinted|produced"
    r"|read the (?:full |rest of the |original )?(?:article|story|piece))(?: originally| first)?"
    r" (?:at|on|in|by|with|from) (?P<outlet>(?-i:(?:[Tt]he )?[A-Z][\w.&'’ -]{1,60}?))\.?"
    r"(?=\s+(?:under|with|and|as|on (?=\w+\.? \d))\b|[,;)]|\.\s|\s*$)",
    re.I,
)
# A phone's share of a piece, signed by the outlet's app: "Shared from the Daily Courier app".
_SHARED_FROM_APP = re.compile(r"shared (?:from|via|using) (?:the )?(?P<outlet>[A-Z][\w&'’ -]{1,40}?) app\b", re.I)
FACT_BOX_LABEL = re.compile(r"(?:the )?(?:claim|verdict|rating|our (?:verdict|rating))\W?", re.I)
_EMAIL_LINE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# The writers a wire story credits under it, each credit to its semicolon: "Reporting by Jane Roe and John
# Doe; Writing by Ann Lee; Editing by Tom Hale" (the editor is no writer).
_REPORTING_BY = re.compile(r"^\(?(?:additional )?reporting by [^;()]+", re.I)
_WRITERS_CREDIT = re.compile(r"(?:^\(?|;\s*)(?:additional )?(?:reporting|writing) by (?P<names>[^;()]+)", re.I)
# The writer credited under the article: a labelled line ("Reporter: Jane Roe", "Words: Jane Roe") or a
# signature after a dash ("- Jane Roe").
_SIGNATURE = re.compile(r"[-–—]\s*(?P<name>[A-Z].{1,60})")
_AUTHOR_BIO = re.compile(
    rf"^(?P<name>{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{0,3}})(?:, [^,]{{1,80}},)?"  # "Jane Roe, a law professor, is"
    r" (?:is|was|has been|has|covers|reports|writes)\b"
    r"(?:.*?\b(?P<role>reporter|correspondent|journalist|writer|editor|columnist|contributors?|photographer"
    r"|producer|bureau chief)\b)?.*$"
)
_BIO_OUTLET = re.compile(r"\bfor (?P<outlet>(?:The )?[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,4})\.?$")
_COPYRIGHT_HOLDER = re.compile(
    r"^(?:copyright\s*)?(?:[©ⓒ]|\(c\))?\s*(?:copyright\s*)?(?P<year>\d{4}(?:\s*[-–]\s*\d{4})?,?\s+)?"
    r"(?P<outlet>[A-Z][^.,;|\n]{1,60}?)(?P<company>,? (?:pvt\.? |private )?(?:inc|llc|ltd|plc|limited)\b\.?)?"
    r"(?:[.,;|]|\s+all rights reserved|$)",
    re.I,
)


def unglue_trailers(text: str) -> str:
    """A trailer pasted straight after the last sentence, with no space, starts a paragraph of its own."""
    pieces: list[str] = []
    last = 0
    for match in _GLUED_TRAILER.finditer(text):
        if match.start() and text[match.start() - 1] in ".!?”\"’":
            pieces.extend((text[last : match.start()], "\n\n"))
            last = match.start()
    return "".join(pieces) + text[last:] if pieces else text


def split_glued_trailers(units: list[str]) -> list[str]:
    out: list[str] = []
    for unit in units:
        match = _GLUED_TRAILER_END.match(unit)
        if match:
            out.extend((match.group(1), unit[match.end():].strip()))
        else:
            out.append(unit)
    return out


def strip_trailers(units: list[str], result: CleanText) -> list[str]:
    """Trailers, notes on the writer and date lines under the article go; so do the short lines that do
    not end like a sentence (names, topics, headlines of other articles), once there is a paragraph of
    running text for the body to end with."""
    units = _drop_fact_check_box(_drop_writer_box(list(units), result), result)
    prose = any(is_prose(unit) for unit in units)
    while units and word_count(units[-1]) <= 60 and (
        TRAILER.match(units[-1].lstrip(BULLET).strip()) or _is_author_bio(units[-1], result)
        or (word_count(units[-1]) <= 40 and _PITCH.search(units[-1]))
        or is_header_line(units[-1]) or (prose and word_count(units[-1]) <= 20 and not terminal(units[-1]))
    ):
        if _is_author_bio(units[-1], result):
            _read_bio_outlet(units[-1], result)
        note_trailer(units.pop(), result)
    tail = _glued_tail(units[-1]) if units else None
    if tail is not None:
        note_trailer(units[-1][tail:], result)
        units[-1] = units[-1][:tail].rstrip()
    for unit in [unit for unit in units if word_count(unit) <= 40 and REPUBLISHED.match(unit)]:
        units.remove(unit)
        note_trailer(unit, result)
    return units


# Where a sentence ends inside a paragraph: its stop, closing marks, a space.
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+")
# A pager's link cut short after the last sentence: "« Previous", "Next ›".
_PAGER = re.compile(r"[«‹←]\s*\w[\w ]{0,20}|\w[\w ]{0,20}\s*[»›→]")
# Sentences of running text that the trailer words fit too, so a paragraph's last sentence is none of them:
# "The report was published on Monday." (a trailer says "This article" or "originally"), "Copyright law
# is ..." (a trailer's notice has a year or a mark), "Three agencies contributed to the report." (a
# trailer credits names).
_TEXT_LOOKALIKE = re.compile(
    r"[Tt]he (?:article|story|piece|post|report|essay|column|interview|op-ed)\b"
    r"(?![^.]*\b(?:originally|first|edited|condensed)\b)"
    r"|[Cc]opyright\b(?!\s*(?:©|\([Cc]\)|\d))|[^.]*\b[a-z][\w'’-]* contributed\b"
)


def _glued_tail(unit: str) -> int | None:
    """Where trailers glued after a paragraph's last sentence start (a page flattened to one paragraph:
    "... in Abu Dhabi. Copyright 2016 The Associated Press. All rights reserved."): the sentences after
    the last one of running text, each a trailer (``TRAILER``), a line of furniture that does not read as
    running text, or at the very end a pager's link. Only the paragraph's tail is read, as the same words
    inside it may be the article's, and no sentence that reads as the article's (``_TEXT_LOOKALIKE``)."""
    starts = [
        m.end() for m in _SENTENCE_END.finditer(unit)
        if m.end() < len(unit) and not abbreviation(_last_word(unit[max(0, m.start() - 40) : m.start()]))
    ]
    cut = None
    for start, stop in reversed(list(pairwise([*starts, len(unit)]))):
        sentence = unit[start:stop].strip()
        last = stop == len(unit)
        trailer = TRAILER.match(sentence) and not _TEXT_LOOKALIKE.match(sentence)
        furniture = is_furniture(sentence) and not is_prose(sentence)
        if not (trailer or furniture or (last and _PAGER.fullmatch(sentence))):
            break
        cut = start
    if cut is None or word_count(unit[cut:]) > 60 or not is_prose(unit[:cut].rstrip()):
        return None
    return cut


def _last_word(text: str) -> str:
    words = text.split()
    return words[-1].lstrip("\"“‘'(").lower() if words else ""


def _drop_fact_check_box(units: list[str], result: CleanText) -> list[str]:
    """A fact check's box set under the article: "Claim" over what was said, "Verdict" over the rating,
    short lines all. It goes from its first label."""
    boxed = [
        k for k in range(max(len(units) - 6, 1), len(units))
        if FACT_BOX_LABEL.fullmatch(units[k]) and all(word_count(unit) <= 40 for unit in units[k:])
    ]
    for unit in units[boxed[0] :] if boxed else []:
        note_trailer(unit, result)
    return units[: boxed[0]] if boxed else units


def _drop_writer_box(units: list[str], result: CleanText) -> list[str]:
    """A byline under the article ("Written by Jane Roe") opens a box on the writer: it goes with the
    few short lines after it (follower counts, a one-line profile). So does a box headed "About the
    author" or "About Example Corp" (a press release's note on the company), with up to three paragraphs."""
    if len(units) > 2 and _EMAIL_LINE.fullmatch(units[-1]) and PERSON.fullmatch(units[-2]):
        if not result.authors:  # the writer's name over an address, where some sites sign the article
            result.authors.append(units[-2])
        for unit in units[-2:]:
            note_trailer(unit, result)
        return units[:-2]
    for k in range(len(units) - 1, max(len(units) - 5, 0), -1):
        if ABOUT_BOX.fullmatch(units[k]) and len(units) - k <= 4 and all(word_count(u) <= 100 for u in units[k:]):
            for unit in units[k:]:
                note_trailer(unit, result)
            return units[:k]
    for k in range(len(units) - 1, max(len(units) - 6, 0), -1):
        match = BYLINE.match(units[k])
        if match and not match.group("desk") and parse_byline(units[k]):  # "From KXT's ..." signs an entry
            if all(word_count(unit) <= 40 for unit in units[k:]):
                for unit in units[k:]:
                    note_trailer(unit, result)
                return units[:k]
            break
    return units


def _is_author_bio(unit: str, result: CleanText) -> bool:
    """A closing note on the writer: "Jane Roe is a correspondent based in Lima." A name the byline gave
    is enough; otherwise the note must call the person a journalist of some kind."""
    match = _AUTHOR_BIO.match(unit)
    if not match or word_count(unit) > 50:
        return False
    name = match.group("name")
    if " " not in name:  # "Roe covers the region for ...", "Jane, a reporter, has ...": a byline writer's name
        return any(name in (author.split()[0], author.split()[-1]) for author in result.authors)
    return name in result.authors or bool(match.group("role"))


def _read_bio_outlet(bio: str, result: CleanText) -> None:
    """The outlet a note on the writer works for ("Roe covers Congress for The Associated Press.") spells
    out the initials a dateline gave ("(AP)")."""
    match = _BIO_OUTLET.search(bio)
    if match and result.outlet:
        set_outlet(result, match.group("outlet"))


def note_trailer(trailer: str, result: CleanText) -> None:
    result.warnings.append(f"trailer: removed {trailer!r}")
    dates = read_date_line(trailer)  # "Published 18 March 2025" under the article
    if dates:
        result.published = published_of(dates, result.published)
        result.modified = result.modified or dates.modified
    outlet = _TRAILER_OUTLET.search(trailer)
    if dates and not outlet:
        return
    source = _SOURCE.match(trailer)
    if source:
        set_outlet(result, source.group("outlet"))
    holder = _COPYRIGHT_HOLDER.match(trailer)
    # without a year, only "©" and a company or an outlet's name: "© Jane Doe/Wire Agency" credits a photo
    named = holder and COPYRIGHT_MARK.match(trailer) and (holder.group("company") or OUTLET_WORDS.search(trailer))
    owner = holder.group("outlet").strip() if holder else ""
    # "Copyright © 2015 by Jane Roe" under a book's excerpt: the writer holds it, no outlet
    personal = owner.lower().startswith("by ")
    if holder and (holder.group("year") or named) and "/" not in owner and owner not in result.authors and not personal:
        set_outlet(result, owner)
    match = outlet
    if match and re.match(r"published by ", trailer, re.I):  # "Published by The Courier on Mar. 16, 2025."
        result.published = result.published or parse_date(trailer[match.end() :])
    if match:
        outlet = match.group("outlet").strip().removeprefix("the ")
        if re.search(r"\b(?:section|edition|issue)\b", outlet, re.I):
            return  # "appeared in the Leaders section of the print edition": a place in the paper
        result.warnings.append(f"republished: originally from {outlet}")
        result.outlet = result.outlet or outlet
    app = _SHARED_FROM_APP.match(trailer)
    if app:
        result.outlet = result.outlet or app.group("outlet")
    _read_closing_credit(trailer, result)
    if _REPORTING_BY.match(trailer) and not result.authors:
        for credit in _WRITERS_CREDIT.finditer(trailer):
            names = re.split(r",\s*|\s+and\s+", re.split(r"\s+in\s+", credit.group("names"))[0])
            result.authors.extend(
                name.strip() for name in names if PERSON.fullmatch(name.strip()) and name.strip() not in result.authors
            )


def _read_closing_credit(trailer: str, result: CleanText) -> None:
    """The writers a credit under the article names, when no byline above it did."""
    if result.authors:
        return
    signature = _SIGNATURE.fullmatch(trailer.strip())
    line = f"By {signature.group('name')}" if signature else trailer.strip()
    found = parse_byline(line) if signature or BYLINE.match(line) else None
    if found:
        result.authors.extend(found.authors)
