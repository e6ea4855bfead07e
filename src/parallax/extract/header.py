"""The header of a pasted page: title, standfirst, writers, outlet and dates, from the lines above the body.

Bylines and date lines are parsed by extract/bylines.py and extract/dates.py; this module decides where the
header ends, which headline-like lines are the title and standfirst, reads the dateline that opens the first
paragraph, and holds ``CleanText``, the result the header, body and trailer rules fill in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parallax.extract.bylines import (
    ACRONYM_OUTLET,
    BYLINE,
    NAV_WORDS,
    OUTLET_WORDS,
    PERSON,
    ROLE_WORDS,
    Byline,
    initials,
    is_reporting_note,
    name_case,
    outlet_line,
    parse_byline,
    parse_credit_line,
    parse_name_and_credit,
    parse_paren,
    source_line,
)
from parallax.extract.dates import MONTH, days_back, earlier, parse_date, published_of, read_date_line
from parallax.extract.prose import CLOSERS, is_prose, terminal, word_count


@dataclass(slots=True)
class CleanText:
    """What clean_text reads from a pasted page; the header, body and trailer rules each fill in their part."""

    body: str
    title: str | None = None
    description: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None
    outlet: str | None = None
    warnings: list[str] = field(default_factory=list)


# An editor's note set above the article ("Correction: An earlier version of this article ..."): not its text.
_EDITOR_NOTE = re.compile(
    r"\(?(?:correction|clarification|update|editor['’]?s note)s?(?: \([^()]{1,40}\))?\s*:\s", re.I
)
# A label over the name of whoever published, edited or paid for the piece: the pair is no title.
_CREDIT_LABEL = re.compile(
    r"(?:[A-Za-z]+ ){0,2}(?:provided|published|edited|produced|presented|sponsored|curated) by\s*:?", re.I
)
# A blog platform's collection a post is filed in: "Published in Urban Notes".
_PUBLISHED_IN = re.compile(r"published in (?:the )?[A-Z][\w&'’ .-]{1,60}", re.I)
_INSTITUTION = re.compile(
    r"(?:[A-Z][\w'’&.-]* ){0,4}(?:University|College|Institute|Academy|Hospital|Laboratory|Observatory)"
    r"(?: (?:of|for) (?:the )?[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,3})?"
)
# A match's score set over a sports report: "Rovers 2 - 1 United".
_SCORELINE = re.compile(r"[A-Z][\w.'’& -]{1,40}? \d{1,3}\s?[-–]\s?\d{1,3} [A-Z][\w.'’& -]{1,40}")
# ... and who scored, when: "Smith 12', 88'; Jones 45'".
_SCORERS = re.compile(
    r"(?:[A-Z][\w.'’ -]{1,30}? \d{1,3}(?:\+\d)?['’](?:,\s*\d{1,3}(?:\+\d)?['’])*(?: \((?:pen|og)\))?[;,]?\s*)+"
)
# A headline that ends with the day it is for is a daily feature's, not the article's.
_DATED_PROMO = re.compile(
    rf"\s[-–—|]\s*(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?$", re.I
)
# A date's label alone on its line, the date on the next: "Updated" over "Mar 17, 2025, 09:30 AM".
_DATE_LABEL = re.compile(r"(?:first |last )?(?:published|updated|posted|modified)(?: on)?\s*:?", re.I)
_INLINE_HEADER = re.compile(
    r"^\s*(?:(?:date|dated|published|posted|updated|on)\s*:?\s*)?"
    r"(?P<date>(?:\d{4}-\d{1,2}-\d{1,2}|" + MONTH + r"\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+" + MONTH
    + r"\s+\d{4}))?"
    r"\s*(?:\((?P<paren>[^()\n]{2,100})\))?\s*(?:--|[-–—:|])?\s*(?=[A-Z“\"‘'0-9]|$)",
    re.I,
)
# What a browser tab's title adds after the page's title: " - The Daily Courier", " | Example News".
_TAB_TITLE = re.compile(r"\s+[-–—|]\s+(?P<site>[A-Z][^.!?|]{1,50})")
# A wire dateline: "SANTIAGO, March 18 (Reuters) - ", or the date alone in the place's stead: "March 16 (Reuters) - ".
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’ -]{1,40}|[A-Z][a-z.'’-]+(?: [A-Z][a-z.'’-]+){0,3}(?: \d{1,2}(?=\s*\())?)"
    r"(?:\s*\[[A-Z][\w.'’ -]{1,30}\])?(?:,\s*[A-Z][\w.'’ -]{1,30})?"  # "New Delhi [India], March 16"
    r"\s*\((?P<paren>[^()\n]{2,60})\)(?:\.?\s*[-–—]+|:|(?P<bare>(?= )))\s*(?=[A-Z“\"‘'0-9])"
)
_AGENCY_DATELINE = re.compile(r"[^()\n]{2,60}\d\s*\([A-Z]{2,10}\) ")
# A broadcaster's dateline without brackets: "Washington CNN — ". The place is needed: in "MIAMI — " the
# capitals are the place.
_BARE_DATELINE = re.compile(
    r"^[A-Z][a-z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3},? (?P<outlet>[A-Z]{2,6}) ?[—–] ?(?=[A-Z“\"‘])"
)

# A writer's name and the place they file from, glued before the first sentence: "Jane Roe, Abuja The party
# ...". Two or three capitalised names, a comma, a one- or two-word place, then a word that opens sentences.
_WRITER_PLACE = re.compile(
    r"^(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}), (?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?) "
    r"(?=(?:The|A|An|In|On|At|After|As|It|He|She|They|This|Police|Officials) )"
)


def first_paragraph(units: list[str]) -> int | None:
    """Index of the first unit of running text. A standfirst that ends with a full stop is still header
    when a byline or a date line comes right after it, before any other paragraph. Only right after: a
    live page dates and signs its entries."""
    def text(unit: str) -> bool:
        return (
            is_prose(unit) and not is_reporting_note(unit) and not _EDITOR_NOTE.match(unit)
            and read_date_line(unit) is None  # "March 18, 2025 at 5:15 p.m." reads like a short sentence
        )

    first = next((i for i, unit in enumerate(units) if text(unit)), None)
    if first is None or word_count(units[first]) > 60:
        return first
    near = range(first + 1, min(first + 4, len(units)))
    end = next((i for i in near if text(units[i])), near.stop)
    ahead = [
        i for i in range(first + 1, end)
        if is_header_line(units[i]) or (i + 1 < len(units) and parse_name_and_credit(units[i], units[i + 1]))
    ]
    if not ahead:
        return first
    return next((i for i in range(ahead[-1] + 1, len(units)) if text(units[i])), first)


def is_header_line(line: str) -> bool:
    scratch = CleanText(body="")
    return _read_date_line(line, scratch) or _read_byline(line, scratch) or is_reporting_note(line)


def _real_words(line: str) -> int:
    """Words with a letter or digit: "Nation & World" has two."""
    return sum(any(c.isalnum() for c in word) for word in line.split())


def read_header(lines: list[str], origin: list[int], result: CleanText, page: str) -> None:
    """Lines before the first paragraph: bylines and dates, then the title and the standfirst. A
    publication's name over the title, named again on the page ("The Weekly Harbour"), is no title."""
    lines, origin = _merge_header(lines, origin)
    kinds: list[str] = []
    back = 0  # "Yesterday at 18:45": days before the page's own date
    page_date = ""  # the line that gave the first date
    i = 0
    while i < len(lines):
        line = lines[i]
        authors = len(result.authors)
        back = back or days_back(line)
        dated = result.published
        if _EDITOR_NOTE.match(line):
            kinds.append("other")
        elif _read_date_line(line, result) or _read_byline(line, result) or is_reporting_note(line):
            kinds.append("byline" if len(result.authors) > authors else "meta")
        elif kinds and kinds[-1] == "byline" and (outlet := outlet_line(line)):
            set_outlet(result, outlet)  # "By Jane Roe" over "Coast Media Group"
            kinds.append("meta")
        elif i + 1 < len(lines) and _read_name_and_credit(line, lines[i + 1], result):
            kinds.extend(("byline", "meta"))
            i += 1
            if not _read_date_line(lines[i], result):  # the credit line may hold the date and outlet
                _read_byline(lines[i], result)
        elif (header := _INLINE_HEADER.match(line)) and header.end() == len(line) and not strip_inline_header(
            line, result
        ):
            kinds.append("meta")
        elif i + 1 < len(lines) and _CREDIT_LABEL.fullmatch(line):
            kinds.extend(("meta", "meta"))  # "News provided by" over the company, "Published By:" over an editor
            i += 1
        elif i + 1 < len(lines) and (outlet := outlet_line(line)) and (
            BYLINE.match(lines[i + 1]) or (bare_names(lines[i + 1]) and read_date_line(" ".join(lines[i + 2 : i + 3])))
        ):
            set_outlet(result, outlet)  # "The Canadian Press" over "Jane Roe" over the date
            kinds.append("meta")
        elif i + 1 < len(lines) and (outlet := outlet_line(line)) and read_date_line(lines[i + 1]):
            set_outlet(result, outlet)  # "The Canadian Press" over "Published Mar 16, 2025"
            kinds.append("meta")
        elif outlet := source_line(line):
            set_outlet(result, outlet)  # "From The Daily Courier" over what an aggregator carries
            kinds.append("meta")
        elif _INSTITUTION.fullmatch(line) or _PUBLISHED_IN.fullmatch(line):
            kinds.append("meta")  # the university or institute that issued a news release, under its title
        elif len(bare_names(line)) > 1:
            kinds.append("name")  # "Jane Roe and John Doe" under the standfirst
        elif _DATED_PROMO.search(line) or _SCORELINE.fullmatch(line) or _SCORERS.fullmatch(line):
            kinds.append("other")  # a video's or a daily feature's title: "Today's News in 90 Seconds - March 18th"
        elif _real_words(line) >= 3 and (line[:1].isupper() or line[:1].isdigit() or line[:1] in "“\"‘'"):
            kinds.append("headline")
        elif "headline" not in kinds and _real_words(line) == 2 and outlet_line(line) and _masthead_shape(line, ""):
            kinds.append("headline")  # "Northside Post" over the title: a masthead, read with the title
        else:
            kinds.append("name" if _real_words(line) == 2 and _is_bare_name(line) else "other")
        page_date = page_date or (line if result.published and not dated else "")
        i += 1
    if back and result.published and not _DATE_LABEL.match(page_date):
        # "Monday, March 17, 2025" atop the page, "Yesterday at 18:45" under the title
        result.published = earlier(result.published, back)
    run = _headline_run(kinds, origin, lines) or [i for i, kind in enumerate(kinds) if kind == "headline"]
    headline = [lines[k] for k in run if kinds[k] == "headline"]
    if len(headline) > 1 and (masthead := outlet_line(headline[0])) and (
        page.count(headline[0]) > 1 or _masthead_shape(headline[0], headline[1])
    ):
        set_outlet(result, masthead)  # "The Weekly Harbour" set above the title
        headline = headline[1:]
    if headline:
        result.title = headline[0]
        _read_tab_title(lines, headline[0], result)
    if len(headline) > 1 and 5 <= word_count(headline[1]) <= 80:
        result.description = headline[1]
    if not result.authors and run:
        names = [lines[k] for k in run if kinds[k] == "name"]  # "Jane Roe" between the title and standfirst
        if names:
            result.authors.extend(bare_names(names[0]))
        else:
            _read_bare_name(lines[run[-1] + 1 :], kinds[run[-1] + 1 :], result)
    if not result.authors:  # "Jane Roe" over "Mar 16, 2025", wherever the title is
        dated = [k for k in range(len(lines) - 1) if kinds[k] == "name" and kinds[k + 1] == "meta"]
        if dated:
            result.authors.extend(bare_names(lines[dated[0]]))


def _read_tab_title(lines: list[str], title: str, result: CleanText) -> None:
    """The browser tab's title pasted over the page: the title again with the site's name after a dash or
    a bar ("Council backs plan - The Daily Courier")."""
    for line in lines:
        site = _TAB_TITLE.fullmatch(line[len(title) :]) if line.startswith(title) else None
        words = site.group("site").split() if site else []
        if words and len(words) <= 5 and all(word[:1].isupper() or word in ("of", "and", "&") for word in words):
            set_outlet(result, site.group("site"))
            return


def _masthead_shape(line: str, following: str) -> bool:
    """An outlet's name over a title, as aggregators set the source above what they carry: a short name
    that ends with an outlet's word ("Valley Daily News"), over a title that does not end like a sentence."""
    words = line.split()
    return len(words) <= 4 and bool(OUTLET_WORDS.fullmatch(words[-1])) and not terminal(following)


def _merge_header(lines: list[str], origin: list[int]) -> tuple[list[str], list[int]]:
    """A title set twice in a row counts once, a date's label alone on its line is read with the date
    under it ("Updated" over "Mar 17, 2025, 09:30 AM", "Published" over "2 hours ago"), and a title
    wrapped over two lines is one line."""
    merged: list[str] = []
    at: list[int] = []
    for line, index in zip(lines, origin, strict=True):
        if not any(c.isalnum() for c in line):
            continue  # a separator set on its own line: "|" between a name and its date
        if merged and line == merged[-1]:
            at[-1] = index
        elif merged and (
            (_DATE_LABEL.fullmatch(merged[-1]) and read_date_line(f"{merged[-1]} {line}"))
            or _goes_on(merged[-1], line)  # a title wrapped on a printed page
        ):
            merged[-1], at[-1] = f"{merged[-1]} {line}", index
        else:
            merged.append(line)
            at.append(index)
    return merged, at


def _goes_on(line: str, following: str) -> bool:
    """A headline broken mid-phrase: the next line goes on in lower case ("Council backs plan for" over
    "seawall at the bay")."""
    return (
        bool(re.match(r"[a-z]+ ", following)) and _real_words(following) >= 2 and _real_words(line) >= 3
        and line[:1].isupper() and not terminal(line) and not line.endswith(":")
        and not is_header_line(following) and not is_header_line(line)
    )


def _read_bare_name(lines: list[str], kinds: list[str], result: CleanText) -> None:
    """The writers' names alone on a line, the last header line under the title but for date lines
    ("Jane Roe" over "March 3, 2024", "Jane Roe, John Doe" under a live page's date): a short line in
    capitals there is a name, not a section label."""
    rest = [line for line, kind in zip(lines, kinds, strict=True) if kind != "meta" and re.search("[^\\W\\d_]", line)]
    if rest:
        result.authors.extend(bare_names(rest[-1]))


def bare_names(line: str) -> list[str]:
    """The writers a line names and does nothing else: "Jane Roe", "Jane Roe and John Doe", "Jane Roe, John
    Doe and Ann Lee"; [] for other lines."""
    names = [name for name in re.split(r",\s*(?:and\s+)?|\s+(?:and|&)\s+", line.strip()) if name]
    return [name_case(name) for name in names] if names and all(map(_is_bare_name, names)) else []


def _is_bare_name(line: str) -> bool:
    """Two or three capitalised words that are no outlet, job or section: a person's name."""
    tokens = line.split()
    return (
        2 <= len(tokens) <= 3 and bool(PERSON.fullmatch(line)) and not OUTLET_WORDS.search(line)
        and not ACRONYM_OUTLET.fullmatch(line)
        and not ROLE_WORDS.search(line) and not any(token.lower() in NAV_WORDS for token in tokens)
    )


def _headline_run(kinds: list[str], origin: list[int], lines: list[str]) -> list[int]:
    """The title and standfirst: the run of headline-like lines nearest before the byline (or, without
    one, before the first date line or the body). A run breaks at a line of another kind and where
    furniture was taken out, so a site's tagline above its menu is not read as the title, and after a
    sentence followed by a headline (a video's title and caption above the article's own title), and
    above a title over a standfirst that ends like a sentence (a link to a translation, a kicker). A
    writer's name between the title and the standfirst stays in the run."""
    anchors = [i for i, kind in enumerate(kinds) if kind == "byline" and "headline" in kinds[:i]]
    anchors += [i for i, kind in enumerate(kinds) if kind == "meta" and "headline" in kinds[:i]]
    j = (anchors[0] if anchors else len(kinds)) - 1
    while j >= 0 and kinds[j] != "headline" and (kinds[j] != "other" or word_count(lines[j]) <= 2):
        j -= 1
    run: list[int] = []
    while j >= 0 and (not run or origin[j] + 1 == origin[run[-1]]):
        if kinds[j] == "name" and run and j > 0 and kinds[j - 1] == "headline":
            run.append(j)
            j -= 1
            continue
        if kinds[j] != "headline":
            break
        above = [k for k in run if kinds[k] == "headline"]
        if above and lines[j].rstrip(CLOSERS).endswith(".") and not terminal(lines[above[-1]]):
            break  # headlines end without a full stop; captions and standfirsts with one
        if len(above) >= 2 and terminal(lines[above[0]]) and not terminal(lines[above[1]]) and not outlet_line(
            lines[j]
        ):
            break  # a title over its standfirst is found; above them only a masthead still counts
        run.append(j)
        j -= 1
    heads = [k for k in run if kinds[k] == "headline"][:3]
    return sorted(k for k in run if k >= heads[-1]) if heads else []


def _read_date_line(line: str, result: CleanText) -> bool:
    found = read_date_line(line)
    if found is None:
        return False
    result.published = published_of(found, result.published)
    result.modified = result.modified or found.modified
    return True


def _read_byline(line: str, result: CleanText) -> bool:
    found = parse_byline(line) or parse_credit_line(line)
    if found:
        _take(found, result)
    return found is not None


def _read_name_and_credit(line: str, following: str, result: CleanText) -> bool:
    found = parse_name_and_credit(line, following)
    if found:
        _take(found, result)
    return found is not None


def _read_paren(paren: str, result: CleanText) -> bool:
    found = parse_paren(paren)
    if found:
        _take(found, result)
    return found is not None


def _take(found: Byline, result: CleanText) -> None:
    result.authors.extend(a for a in found.authors if a not in result.authors)
    if found.outlet:
        set_outlet(result, found.outlet)
    result.published = result.published or found.published


def set_outlet(result: CleanText, outlet: str) -> None:
    """The first outlet a page names wins, except that a name spelled out replaces its initials or a
    shorter form ("AP" or "Associated Press" in a byline, "The Associated Press" in the copyright line)."""
    if result.outlet is None or initials(outlet) == result.outlet or outlet == f"The {result.outlet}":
        result.outlet = outlet


def strip_inline_header(unit: str, result: CleanText) -> str:
    dateline = _DATELINE.match(unit)
    if dateline and dateline.group("bare") is not None and not _AGENCY_DATELINE.match(unit):
        dateline = None  # with no dash or colon after the bracket, only "Mumbai, Mar 16 (PTI) The ..." is one
    if dateline and _read_paren(dateline.group("paren"), result):
        return unit[dateline.end():]
    bare = _BARE_DATELINE.match(unit)
    if bare:
        set_outlet(result, bare.group("outlet"))
        return unit[bare.end():]
    writer = _WRITER_PLACE.match(unit)
    if writer and not result.authors:
        result.authors.append(writer.group("name"))
        return unit[writer.end():]
    match = _INLINE_HEADER.match(unit)
    if not match or not (match.group("date") or match.group("paren")):
        return unit
    if match.group("paren") and not _read_paren(match.group("paren"), result):
        return unit
    if match.group("date"):
        result.published = result.published or parse_date(match.group("date"))
    return unit[match.end():]


def signs_entry(unit: str, result: CleanText) -> bool:
    """A live page's entry signed by one of the page's writers: "Jane Roe", "From KXT's Jane Roe"."""
    if not result.authors or unit in result.authors:
        return unit in result.authors
    found = len(unit) <= 80 and BYLINE.match(unit) and parse_byline(unit)
    return bool(found) and all(author in result.authors for author in found.authors)


def drop_dateline_place(first: str, result: CleanText) -> None:
    """A byline's place read as a second writer ("By Jane Roe, New Delhi") is the dateline the first
    paragraph opens with ("New Delhi: The ...")."""
    result.authors[1:] = [
        author for author in result.authors[1:] if not re.match(rf"{re.escape(author)}\s*[:,(–—-]", first, re.I)
    ]
