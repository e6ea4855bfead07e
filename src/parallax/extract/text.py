"""Plain text as users paste it: title, standfirst, inline header and trailer, page furniture.

trafilatura and its kin clean HTML, where tags say what is navigation; a pasted page has lost its tags, so
what is furniture must be read from line shape, position and the generic vocabulary of news pages
("Skip to", "Photograph:", "More on this story", "Sign up for"). No library does that for plain text, so
these are our own rules: anchored, linear-time regexes over short lines, a few thousand articles a second.
Dates in headers are parsed here too (a handful of fixed shapes) because dateparser costs milliseconds a
call and guesses where a header line is unambiguous.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parallax.extract.hygiene import tidy


@dataclass(slots=True)
class CleanText:
    body: str
    title: str | None = None
    description: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    outlet: str | None = None
    warnings: list[str] = field(default_factory=list)


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = re.compile(
    r"\b(?:(?P<y1>\d{4})-(?P<m1>\d{1,2})-(?P<d1>\d{1,2})"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
    rf"|(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m3>{_MONTH}),?\s+(?P<y3>\d{{4}})"
    r"|(?P<m4>\d{1,2})/(?P<d4>\d{1,2})/(?P<y4>\d{4}))\b",
    re.I,
)
_DATE_LINE_LEFTOVER = re.compile(
    r"\b(?:published|updated|posted|first|last|modified|on|at|date|dated|mon|tue|wed|thu|fri|sat|sun"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|am|pm|a\.m|p\.m|[a-z]{2,4}t|[ecmp]t|utc|gmt"
    r"|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?|\d+ (?:min|minute|hour|day)s? (?:ago|read))\b|[^\w\s]|\s+",
    re.I,
)

_BULLET = "•·◦▪▸►▶‣○●*-–—>»"
_CLOSERS = "\"”’')]"

# Vocabulary of page furniture: a line made only of one of these is never article text.
_FURNITURE_LINE = re.compile(
    r"(?:advertisement|advertising|sponsored(?: content)?|story continues(?: below)?(?: advertisement)?"
    r"|continue reading(?: the main story| below)?|skip (?:to |past )?\w.*|jump to \w.*|back to top"
    r"|share(?: this| on| via| article| story| page| the| full|$).{0,60}|tweet|email|e-mail|print|copy link"
    r"|facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|telegram|threads|bluesky|messenger|tumblr"
    r"|flipboard|mastodon|pocket|like this:?|like loading\W*"
    r"|(?:link )?copied!?|save(?: article| for later)?|bookmark|listen(?: to this article| to article)?.{0,30}"
    r"|sign (?:up|in)\b.{0,200}|log ?in|register|subscribe\b.{0,160}|follow us\b.{0,80}"
    r"|(?:we use|this (?:site|website) uses) cookies.{0,400}|.{0,200}\baccept (?:all )?cookies.{0,200}"
    r"|cookie (?:settings|policy|preferences)|privacy policy|terms of (?:use|service)"
    r"|\d+\s+comments?|comments?\s*\(?\d*\)?|view comments|show comments|join the conversation"
    r"|loading\W*|menu|search|close|open in app|download the app|reuse this content|image|video|photo"
    r"|watch(?: now| live| video)?:?|play video|toggle caption|hide caption|expand|enlarge this image"
    r"|(?:support|donate to) (?:our|independent) journalism.{0,200}|\d+ min(?:ute)? read"
    r"|topics|tags|filed under:?.{0,200}|explore more on these topics|more from \w.{0,60})",
    re.I,
)
# Section names of site menus: a line made only of these is navigation.
_NAV_WORDS = frozenset(
    [
        "home", "about", "us", "contact", "archive", "archives", "news", "sport", "sports", "opinion",
        "culture", "business", "lifestyle", "world", "politics", "tech", "technology", "science", "health",
        "entertainment", "travel", "video", "videos", "podcasts", "podcast", "newsletters", "newsletter",
        "subscribe", "search", "menu", "login", "blog", "shop", "events", "jobs", "weather", "local", "live",
        "latest", "uk", "europe", "asia", "africa", "americas", "australia", "environment", "climate",
        "money", "economy", "markets", "arts", "books", "music", "film", "tv", "style", "food", "education",
        "media", "fashion", "obituaries", "games", "puzzles", "crosswords", "more"
    ]
)
_NAV_SPLIT = re.compile(r"[\s|/·•,>»]+")
# The links of a site's footer, set in one row ("Terms of Use | Privacy Policy | Contact Us").
_SITE_LINK = re.compile(
    r"(?:contact(?: us)?|about(?: us)?|advertise(?: with us)?|careers|jobs|accessibility|site ?map|help|faq"
    r"|corrections|rss|archives?|newsletters?|masthead|ethics|(?:editorial )?standards|licensing|reprints"
    r"|(?:cookie|privacy)(?: policy| notice| settings| preferences)?|terms(?: of (?:use|service)| and conditions)?"
    r"|your privacy choices|do not sell(?: or share)? my (?:personal )?(?:info|information)|manage cookies)",
    re.I,
)
_LINK_ROW_SPLIT = re.compile(r"\s*[|•·]\s*")
# A line starting like this and shorter than a paragraph is a promotion or a link, not text.
_FURNITURE_START = re.compile(
    r"(?:read more|related|see also|also read|read next|recommended|more:|watch:|listen:|pictured:"
    r"|click here|get (?:the|our) \w+ newsletter|sign up (?:for|to)|newsletter sign-?up)",
    re.I,
)
# Headers of link boxes: what follows them, while it looks like links, is dropped with them.
_BLOCK_HEADER = re.compile(
    r"(?:more on this (?:story|topic)|more (?:stories|news|coverage|top stories|in \w.{0,30})"
    r"|most (?:viewed|read|popular|shared|commented|emailed)"
    r"|related(?: stories| articles| content| coverage| news| topics| links| posts| reading)?"
    r"|read more|recommended(?: stories| articles| for you| reading)?|you (?:may|might) (?:also )?like"
    r"|(?:don't|do not) miss|trending(?: now| stories)?|top stories|latest(?: news| stories)?|editor'?s picks"
    r"|popular(?: now| stories)?|what to read next|further reading|also in the news|in other news"
    r"|around the web|from around the web|share this|share this article|share this story"
    r"|more from \w.{0,40}|explore more on these topics|in case you missed it)"
    r"\W{0,3}",
    re.I,
)
_PROMO_TAIL = re.compile(r"\s[-–—]\s*(?:podcast|video|audio|in pictures|quiz|live|gallery|watch)\W{0,2}$", re.I)
_CREDIT_LABEL = re.compile(
    r"(?:^|[\s.,;)])(?:photograph|photographs|photo|photos|picture|pictures|image|images|illustration"
    r"|composite|graphic|credit|photo illustration|video|footage|source)(?: by| credit)?\s*:\s*[^.!?]{1,100}$",
    re.I,
)
_CREDIT_PAREN = re.compile(
    r"[(\[](?:[^()\[\]]{0,60}\b(?:photo|photos|images|getty|shutterstock|alamy|pool|file|handout|credit)\b"
    r"[^()\[\]]{0,60}|[^()\[\]/]{1,40}/[^()\[\]/]{1,40})[)\]]$",
    re.I,
)
_GLUED_TRAILER = re.compile(
    r"Th(?:is|e) (?:article|story|piece|post|report|essay|column) (?:was )?"
    r"(?:originally|first) (?:appeared|published|posted|ran|run)\b"
)
_GLUED_TRAILER_END = re.compile(
    r"^((?:This|The) (?:article|story|piece|post|report|essay|column) (?:was )?(?:originally|first)"
    r" (?:appeared|published|posted|ran|run)\b[^\n]{0,120}?(?:[\w-]+\.[a-z]{2,6}|[^\s.]{2,})\.)"
    r"(?=[A-Z“\"‘(])"
)
_TRAILER = re.compile(
    r"\(?(?:(?:this|the) (?:article|story|piece|post|report|essay|column|interview|op-ed) (?:was |is )?"
    r"(?:originally |first )?(?:appeared|published|posted|ran|run|republished|produced|reprinted)"
    r"|(?:originally|first) (?:appeared|published|posted)|republished|reprinted"
    r"|(?:additional )?(?:reporting|writing|editing|research) by|edited by|compiled by"
    r"|(?:[\w.'’ -]{2,80} )?contributed (?:to )?(?:this |the )?(?:report|reporting|story|article)"
    r"|copyright\b|©\s*(?=\w)|all rights reserved"
    r"|follow (?:him|her|them|\w+(?: \w+)?) on (?:twitter|x|facebook|instagram)"
    r"|contact (?:the )?(?:author|reporter|writer)|read the (?:rest|full|original)"
    r"|this (?:article|story) (?:has been|was) (?:updated|corrected))\b",
    re.I,
)
_REPUBLISHED = re.compile(
    r"(?:(?:this|the) (?:article|story|piece|post|report|essay|column) (?:was )?(?:originally|first)"
    r" (?:appeared|published|posted|ran)|republished with permission)\b",
    re.I,
)
_TRAILER_OUTLET = re.compile(
    r"(?:appeared|published|posted|ran|run|republished|reprinted|produced)(?: originally| first)?"
    r" (?:at|on|in|by|with|from)(?: the)? (?P<outlet>[^\n;]{2,80}?)\.?\)?\s*$",
    re.I,
)
_REPORTING_BY = re.compile(r"^\(?(?:additional )?reporting by (?P<names>[^;()]+)", re.I)

_NAME_TOKEN = r"(?:[A-Z][\w'’.-]*|(?:de|da|del|der|van|von|bin|al|el|la|le|di|du|dos|ten|ter)|[A-Z]\.)"
_PERSON = re.compile(rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,4}}")
_ROLE_WORDS = re.compile(
    r"\b(?:writer|reporter|correspondent|editor|staff|contributor|columnist|chief|producer|analyst"
    r"|journalist|author|senior|bureau|desk|team|intern|fellow|photographer|opinion)\b",
    re.I,
)
_OUTLET_WORDS = re.compile(
    r"\b(?:news|press|times|post|journal|herald|tribune|guardian|telegraph|gazette|agency|media|network"
    r"|radio|tv|television|broadcasting|daily|weekly|magazine|review|wire|report|chronicle|observer"
    r"|independent|express|mail|star|sun|globe|standard|insider|today|online|service|associated)\b"
    r"|\.(?:com|org|net|co|io|news|info|uk|de|fr)\b|^[A-Z]{2,6}$",
    re.I,
)
_INLINE_HEADER = re.compile(
    r"^\s*(?:(?:date|dated|published|posted|updated|on)\s*:?\s*)?"
    r"(?P<date>(?:\d{4}-\d{1,2}-\d{1,2}|" + _MONTH + r"\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+" + _MONTH
    + r"\s+\d{4}))?"
    r"\s*(?:\((?P<paren>[^()\n]{2,100})\))?\s*[-–—:|]?\s*(?=[A-Z“\"‘'0-9]|$)",
    re.I,
)
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\w.'’ -]{1,30})?)\s*\((?P<paren>[^()\n]{2,60})\)\s*[-–—]+\s*"
    r"(?=[A-Z“\"‘'0-9])"
)
_BYLINE = re.compile(r"^by\s+(?P<rest>[A-Z].{1,200})$", re.I)
_PIECE_SPLIT = re.compile(r",(?!\s*\d{4}\b)\s*|\s+(?:and|&)\s+")
_PAREN_SPLIT = re.compile(r",(?!\s*\d{4}\b)\s*|\s*[|/]\s*|\s+(?:and|&)\s+")
_SEPARATORS = re.compile(r"\s*[|•·—–]\s*|\s+-\s+")
_AUTHOR_BIO = re.compile(
    rf"^(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,3}}) (?:is|was|has been|covers|reports|writes)\b"
    r"(?:.*?\b(?P<role>reporter|correspondent|journalist|writer|editor|columnist|contributor|photographer"
    r"|producer|bureau chief)\b)?.*$"
)
_COPYRIGHT_HOLDER = re.compile(
    r"^(?:copyright\s*)?(?:©|\(c\))?\s*(?:copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s+)"
    r"(?P<outlet>[A-Z][^.,;|\n]{1,60}?)(?:,? (?:inc|llc|ltd|plc)\b\.?)?(?:[.,;|]|\s+all rights reserved|$)",
    re.I,
)


def clean_text(text: str) -> CleanText:
    """The article body of a pasted text, with what its header, trailer and top lines say."""
    result = CleanText(body="")
    units = _units(_unglue_trailers(tidy(text)))
    units = _split_glued_trailers(units)
    kept = _drop_furniture(units)
    removed = len(units) - len(kept)
    first = _first_paragraph(kept)
    if first is None:
        result.warnings.append("structure: no paragraph of running text found; kept every non-furniture line")
        first = 0
    else:
        _read_header(kept[:first], result)
    body = kept[first:]
    if body:
        body[0] = _strip_inline_header(body[0], result)
    body = _strip_trailers(body, result)
    body = _dedupe(body)
    if removed:
        result.warnings.append(f"furniture: removed {removed} line(s) of page furniture")
    result.body = "\n\n".join(body)
    return result


def is_furniture(line: str) -> bool:
    """Whether one paragraph or line, on its own, is page furniture rather than article text."""
    line = line.strip().lstrip(_BULLET).strip()
    if not line:
        return True
    if len(line) > 600:
        return False
    words = _words(line)
    if words <= 60 and _FURNITURE_LINE.fullmatch(line):
        return True
    if words <= 25 and (_FURNITURE_START.match(line) or _PROMO_TAIL.search(line[-30:])):
        return True
    if words <= 12 and _BLOCK_HEADER.fullmatch(line):
        return True
    if 2 <= words <= 20 and all(word in _NAV_WORDS for word in _NAV_SPLIT.split(line.lower()) if word):
        return True
    return (words <= 20 and _is_link_row(line)) or _is_caption(line)


def _is_link_row(line: str) -> bool:
    if not any(mark in line for mark in "|•·"):
        return False
    pieces = [piece for piece in _LINK_ROW_SPLIT.split(line) if piece]
    return len(pieces) >= 2 and all(
        _SITE_LINK.fullmatch(piece) or _FURNITURE_LINE.fullmatch(piece) for piece in pieces
    )


def _is_caption(line: str) -> bool:
    if len(line) > 500:
        return False
    tail = line[-140:]
    if tail[-1:] in ")]" and _CREDIT_PAREN.search(tail):
        return True
    return ":" in tail and bool(_CREDIT_LABEL.search(tail))


def _terminal(line: str) -> bool:
    """Whether a line ends like a sentence: a full stop, ! ? or … before any closing quotes."""
    return line.rstrip(_CLOSERS)[-1:] in (".", "!", "?", "…")


def _units(text: str) -> list[str]:
    """Blocks split at blank lines; a block's lines are separate units unless they are wrapped prose."""
    units: list[str] = []
    for block in text.split("\n\n"):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if len(lines) > 1 and _hard_wrapped(lines):
            units.append(" ".join(lines))
            continue
        for line in lines:
            if units and units[-1] and _continues(units[-1], line) and line is not lines[0]:
                units[-1] = f"{units[-1]} {line}"
            else:
                units.append(line)
    return units


def _hard_wrapped(lines: list[str]) -> bool:
    longest = max(len(line) for line in lines)
    if longest > 100 or longest < 40:
        return False
    body = lines[:-1]
    return all(len(line) >= 0.6 * longest for line in body) and sum(
        not _terminal(line) for line in body
    ) * 2 >= len(body)


def _continues(previous: str, line: str) -> bool:
    return len(previous) >= 50 and not _terminal(previous) and line[:1].islower()


def _unglue_trailers(text: str) -> str:
    """A trailer pasted straight after the last sentence, with no space, starts a paragraph of its own."""
    pieces: list[str] = []
    last = 0
    for match in _GLUED_TRAILER.finditer(text):
        if match.start() and text[match.start() - 1] in ".!?”\"’":
            pieces.extend((text[last : match.start()], "\n\n"))
            last = match.start()
    return "".join(pieces) + text[last:] if pieces else text


def _split_glued_trailers(units: list[str]) -> list[str]:
    out: list[str] = []
    for unit in units:
        match = _GLUED_TRAILER_END.match(unit)
        if match:
            out.extend((match.group(1), unit[match.end():].strip()))
        else:
            out.append(unit)
    return out


def _first_paragraph(units: list[str]) -> int | None:
    """Index of the first unit of running text. A standfirst that ends with a full stop is still header
    when a byline or a date line comes right after it."""
    first = next((i for i, unit in enumerate(units) if _is_prose(unit)), None)
    if first is None or _words(units[first]) > 60:
        return first
    ahead = [i for i in range(first + 1, min(first + 4, len(units))) if _is_header_line(units[i])]
    if not ahead:
        return first
    return next((i for i in range(ahead[-1] + 1, len(units)) if _is_prose(units[i])), first)


def _is_header_line(line: str) -> bool:
    scratch = CleanText(body="")
    return _read_date_line(line, scratch) or _read_byline(line, scratch)


def _words(line: str) -> int:
    return len(line.split())


def _is_prose(unit: str) -> bool:
    """Running text: a sentence-like paragraph, not a headline set in Title Case."""
    words = _words(unit)
    if words >= 40:
        return True
    if words < 6 or not _terminal(unit) or (words < 12 and unit[:1].islower()):
        return False
    return not (words <= 25 and _title_case(unit))


def _title_case(line: str) -> bool:
    long_words = [w for w in line.split() if len(w) > 3 and w[:1].isalpha()]
    return len(long_words) >= 3 and all(w[:1].isupper() for w in long_words)


def _link_like(unit: str) -> bool:
    stripped = unit.lstrip()
    if stripped[:1] in _BULLET or re.match(r"\d{1,2}[.)]\s", stripped):
        return True
    return _words(unit) <= 30 and not re.search(r"[.!][\"”’')\]]*$", unit)


def _drop_furniture(units: list[str]) -> list[str]:
    kept: list[str] = []
    i = 0
    while i < len(units):
        unit = units[i]
        stripped = unit.lstrip(_BULLET).strip()
        if _words(stripped) <= 12 and _BLOCK_HEADER.fullmatch(stripped):
            i += 1
            while i < len(units) and (_link_like(units[i]) or is_furniture(units[i])):
                i += 1
            continue
        if is_furniture(unit):
            i += 1
            continue
        if _is_alt_text(unit, units[i + 1 : i + 3]):
            i += 1
            continue
        kept.append(unit)
        i += 1
    return kept


def _is_alt_text(unit: str, following: list[str]) -> bool:
    """An image's alt text: a short phrase just before its caption with a credit.

    A lowercase phrase is enough; a capitalised one (it could be a headline) only counts when the
    caption is repeated right after, the shape pasted image blocks have.
    """
    if _words(unit) > 20 or _terminal(unit) or not following or not _is_caption(following[0]):
        return False
    return unit[:1].islower() or (len(following) == 2 and following[0] == following[1])


def _dedupe(units: list[str]) -> list[str]:
    out: list[str] = []
    for unit in units:
        if not out or unit != out[-1]:
            out.append(unit)
    return out


def _read_header(lines: list[str], result: CleanText) -> None:
    """Lines before the first paragraph: bylines, dates, then the title and the standfirst."""
    headline: list[str] = []
    for line in lines:
        if _read_date_line(line, result) or _read_byline(line, result):
            continue
        header = _INLINE_HEADER.match(line)
        if header and header.end() == len(line) and not _strip_inline_header(line, result):
            continue
        if _words(line) >= 3 and (line[:1].isupper() or line[:1].isdigit() or line[:1] in "“\"‘'"):
            headline.append(line)
    if headline:
        result.title = headline[0]
    if len(headline) > 1 and 5 <= _words(headline[1]) <= 80:
        result.description = headline[1]


def _iso(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    for n in "1234":
        if groups.get(f"y{n}"):
            year, month, day = groups[f"y{n}"], groups[f"m{n}"], groups[f"d{n}"]
            break
    else:
        return None
    month_number = int(month) if month.isdigit() else _MONTHS.get(month.lower().rstrip("."))
    if not month_number or not 1 <= month_number <= 12 or not 1 <= int(day) <= 31:
        return None
    return f"{int(year):04d}-{month_number:02d}-{int(day):02d}"


def _parse_date(text: str) -> str | None:
    match = _DATE.search(text)
    return _iso(match) if match else None


def _read_date_line(line: str, result: CleanText) -> bool:
    if _words(line) > 14:
        return False
    match = _DATE.search(line)
    if not match:
        return False
    leftover = _DATE_LINE_LEFTOVER.sub("", _DATE.sub(" ", line))
    if leftover:
        return False
    if result.published is None:
        result.published = _iso(match)
    return True


def _read_byline(line: str, result: CleanText) -> bool:
    match = _BYLINE.match(line)
    rest = match.group("rest") if match else line
    if _words(rest) > 25:
        return False
    parts = [part for part in _SEPARATORS.split(rest) if part]
    pieces = [piece.strip() for part in parts for piece in _PIECE_SPLIT.split(part)]
    pieces = [piece for piece in pieces if piece]
    authors, outlet, published, roles = _classify_pieces(pieces)
    if not authors or (not match and not (roles or outlet)) or len(authors) + roles + bool(outlet) + bool(
        published
    ) < len(pieces):
        return False
    result.authors.extend(a for a in authors if a not in result.authors)
    result.outlet = result.outlet or outlet
    result.published = result.published or published
    return True


def _classify_pieces(pieces: list[str]) -> tuple[list[str], str | None, str | None, int]:
    """Split a byline's pieces into person names, an outlet, a date and job titles."""
    authors: list[str] = []
    outlet = published = None
    roles = 0
    for piece in pieces:
        date = _parse_date(piece)
        if date:
            published = published or date
        elif _ROLE_WORDS.search(piece) and not _OUTLET_WORDS.search(piece):
            roles += 1
        elif _OUTLET_WORDS.search(piece) or (authors and " " not in piece and piece[:1].isupper() and len(piece) > 1):
            outlet = outlet or piece
        elif _PERSON.fullmatch(piece):
            authors.append(piece)
        elif " " not in piece and piece[:1].isupper() and len(piece) > 1:
            outlet = outlet or piece
    return authors, outlet, published, roles


def _strip_inline_header(unit: str, result: CleanText) -> str:
    dateline = _DATELINE.match(unit)
    if dateline and _read_paren(dateline.group("paren"), result):
        return unit[dateline.end():]
    match = _INLINE_HEADER.match(unit)
    if not match or not (match.group("date") or match.group("paren")):
        return unit
    if match.group("paren") and not _read_paren(match.group("paren"), result):
        return unit
    if match.group("date"):
        result.published = result.published or _parse_date(match.group("date"))
    return unit[match.end():]


def _read_paren(paren: str, result: CleanText) -> bool:
    pieces = [piece.strip() for piece in _PAREN_SPLIT.split(paren) if piece.strip()]
    if not pieces or len(pieces) > 5:
        return False
    authors, outlet, published, roles = _classify_pieces(pieces)
    if len(pieces) == 1 and authors and not outlet:
        return False
    if len(authors) + bool(outlet) + bool(published) + roles < len(pieces):
        return False
    result.authors.extend(a for a in authors if a not in result.authors)
    result.outlet = result.outlet or outlet
    result.published = result.published or published
    return True


def _strip_trailers(units: list[str], result: CleanText) -> list[str]:
    units = list(units)
    while units and _words(units[-1]) <= 60 and (
        _TRAILER.match(units[-1]) or _is_author_bio(units[-1], result) or _is_header_line(units[-1])
    ):
        _note_trailer(units.pop(), result)
    for unit in [unit for unit in units if _words(unit) <= 40 and _REPUBLISHED.match(unit)]:
        units.remove(unit)
        _note_trailer(unit, result)
    return units


def _is_author_bio(unit: str, result: CleanText) -> bool:
    """A closing note on the writer: "Jane Roe is a correspondent based in Lima." A name the byline gave
    is enough; otherwise the note must call the person a journalist of some kind."""
    match = _AUTHOR_BIO.match(unit)
    if not match or _words(unit) > 50:
        return False
    return match.group("name") in result.authors or bool(match.group("role"))


def _note_trailer(trailer: str, result: CleanText) -> None:
    result.warnings.append(f"trailer: removed {trailer!r}")
    copyright_holder = _COPYRIGHT_HOLDER.match(trailer)
    if copyright_holder:
        result.outlet = result.outlet or copyright_holder.group("outlet").strip()
    match = _TRAILER_OUTLET.search(trailer)
    if match:
        outlet = match.group("outlet").strip()
        result.warnings.append(f"republished: originally from {outlet}")
        result.outlet = result.outlet or outlet
    reporters = _REPORTING_BY.match(trailer)
    if reporters and not result.authors:
        names = re.split(r",\s*|\s+and\s+", re.split(r"\s+in\s+", reporters.group("names"))[0])
        result.authors.extend(name.strip() for name in names if _PERSON.fullmatch(name.strip()))
