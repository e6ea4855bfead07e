"""Bylines: who wrote a piece, and for which outlet, from the short lines and brackets that say so.

"By Jane Roe and John Doe", "By JANE ROE FOR THE DAILY COURIER", "Jane Roe | News Agency", "Jane Roe Arts
correspondent", "Jane Roe" over "BBC News, Lisbon", "(Jane Roe, Example.org)", "Jane Roe · City News · Posted:
Mar 16, 2025", "Reported by: Jane Roe, Edited by: John Doe", "Jane Roe (now) and John Doe (earlier)": a line
is cut into pieces at separators, and each piece is read as a person, an outlet, a date, a job title or a
place. A line is a byline only when every piece is understood, so a headline in Title Case is not taken for
a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parallax.extract.dates import MONTH, is_relative_date, parse_date, read_date_line

NAME_TOKEN = r"(?:[A-Z][\w'’.-]*|(?:de|da|del|der|van|von|bin|al|el|la|le|di|du|dos|ten|ter)|[A-Z]\.)"
PERSON = re.compile(rf"{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{1,4}}")
ROLE_WORDS = re.compile(
    r"\b(?:writer|reporter|correspondent|editor|staff|contributor|columnist|chief|producer|analyst"
    r"|journalist|author|senior|bureau|desk|team|intern|fellow|photographer|opinion"
    r"|professor|lecturer|researcher|scientist|economist|historian)\b",
    re.I,
)
# Section names of site menus: a line made only of these is navigation, and no outlet or writer.
NAV_WORDS = frozenset(
    [
        "home", "about", "us", "contact", "archive", "archives", "news", "sport", "sports", "opinion",
        "culture", "business", "lifestyle", "world", "politics", "tech", "technology", "science", "health",
        "entertainment", "travel", "video", "videos", "podcasts", "podcast", "newsletters", "newsletter",
        "subscribe", "search", "menu", "login", "blog", "shop", "events", "jobs", "weather", "local", "live",
        "latest", "uk", "europe", "asia", "africa", "americas", "australia", "environment", "climate",
        "money", "economy", "markets", "arts", "books", "music", "film", "tv", "style", "food", "education",
        "media", "fashion", "obituaries", "games", "puzzles", "crosswords", "more", "headlines", "alerts",
        "traffic", "edition", "features", "watch", "radio", "royals", "showbiz", "property", "motoring",
        "trending", "topics", "breaking", "popular", "stories", "related", "top", "featured"
    ]
)
# The words also count inside a name set in camel case ("NewsWire", "TheStar").
OUTLET_WORDS = re.compile(
    r"(?:\b|(?-i:(?<=[a-z])(?=[A-Z])))"
    r"(?:news|press|presse|agence|agencia|times|post|journal|herald|tribune|guardian|telegraph|gazette|agency|media|network"
    r"|radio|tv|television|broadcasting|daily|weekly|magazine|review|wire|report|chronicle|observer"
    r"|independent|express|mail|star|sun|globe|standard|insider|today|online|service|associated|courier"
    r"|ledger|bulletin|dispatch|sentinel|monitor|enquirer|inquirer|examiner|mercury|advertiser|courant"
    r"|argus|record|citizen|broadcaster)(?:\b|(?-i:(?=[A-Z])))"
    r"|\.(?:com|org|net|co|io|news|info|uk|de|fr)\b|(?-i:^[A-Z]{2,6}$)",
    re.I,
)
BYLINE = re.compile(
    r"^(?:(?:written|words|story|text|posted|reported|reporting|opinion|analysis|commentary|interview|photos?) )?"
    r"(?:by\s*:?\s+|(?-i:By)(?=[A-Z][a-z])"  # "ByJane Roe": pasted with the space lost
    r"|(?:columnist|reporter|correspondent|author|writer|words|text)s?\s*:\s*"  # "Columnist: Jane Roe", "Words:"
    r"|(?-i:Authors?) (?=[A-Z][a-z]+ [A-Z])"  # "Author Jane Roe": the label of a page's byline box
    r"|from (?P<desk>(?-i:[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,2}))['’]s\s+)"  # "From KXT's Jane Roe"
    r"(?P<rest>[A-Z].{1,200})$",
    re.I,
)
# A broadcaster's initials and a region or desk: "BBC Wales", "ABC Mid North Coast". An outlet, not a person.
ACRONYM_OUTLET = re.compile(r"(?-i:[A-Z]{2,5}(?: [A-Z][a-z]+){1,3})")
# The writer's job said before the name, in lower case: "By political reporter Jane Roe".
_ROLE_FIRST = re.compile(
    r"^(?-i:(?:[a-z][\w-]* ){0,3})(?:reporter|correspondent|editor|writer|columnist|journalist)s? (?=[A-Z])"
)
# A date and a writer run together: "Posted on March 18, 2025 by Jane Roe", "Jane Roe Published March 18, 2025",
# "by Jane Roe March 18, 2025 6:45 PM 2 min read".
_DATE_THEN_BY = re.compile(r"(?P<date>.{6,60}?)\s+by\s+(?P<writer>[A-Z].{1,80})$")
_NAME_THEN_DATE = re.compile(
    rf"(?P<writer>{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{1,3}}?)\s+(?P<date>(?i:published|updated|posted)\b.{{4,80}})$"
)
# After "By" the date needs no label: "by Jane Roe March 18, 2025 6:45 PM".
_BY_NAME_THEN_DATE = re.compile(
    rf"(?P<writer>{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{1,3}}?)\s+"
    rf"(?P<date>(?i:published\b|updated\b|posted\b|{MONTH}\s+\d|\d{{1,2}}\s+{MONTH}\s).{{4,80}})$"
)
# A printed page's running head: the weekday after the paper's name, the page number after the date.
_WEEKDAY_AFTER = re.compile(r"(?<=[A-Za-z])\s+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day,? [A-Z0-9])", re.I)
_PAGE_NUMBER = re.compile(r"(?<=\d{4})\s+(?:page\s+)?[A-Z]?\d{1,3}$", re.I)
# A byline's place: "Jane Roe in Lisbon", "Reporting from Lisbon".
_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}$")
_READ_TIME = re.compile(r"\d+ min(?:ute)?s?(?: read| listen)?", re.I)
_PLACE_PIECE = re.compile(r"(?:reporting |writing )?(?:from|in) [A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}")
# "Jane Roe, John Doe, and Ann Lee"; "JANE ROE AND JOHN DOE" in capitals
_PIECE_SPLIT = re.compile(r",(?!\s*\d{4}\b)\s*(?:(?:and|AND|&)\s+)?|\s+(?:and|AND|&)\s+")
_PAREN_SPLIT = re.compile(r",(?!\s*\d{4}\b)\s*|\s*[|/]\s*|\s+(?:and|AND|&)\s+")
_SEPARATORS = re.compile(r"\s*[|•·—–]\s*|\s+[-/]\s+")
_FOR = re.compile(r"\s+(?:for|FOR|For)\s+(?=[A-Z])")
# "on" after a date's label stays with it: "Published on March 16, 2025" is one piece, not an outlet and a date.
_ON_DATE = re.compile(
    r"(?<!(?i:published))(?<!(?i:updated))(?<!(?i:posted))\s+(?:on|at)\s+(?=[A-Z][a-z]{2,8}\.? \d|\d)"
)
_DIGIT = re.compile(r"\d")
_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?", re.I)
_HANDLE = re.compile(r"\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w+)")
# Who else worked on the piece, after the writers: "Reported by: Jane Roe, Edited by: John Doe",
# "Words by Jane Roe | Photography by John Doe". They are not its authors.
_NOT_WRITER = re.compile(
    r"(?:\s*[,;|•·]\s*|\s+and\s+)(?:edited|produced|curated|compiled|photos?|photographs?|photography|pictures"
    r"|illustrations?|video|graphics|design) by\b.*$"
    r"|\s*[,;|•·]\s*(?:photos?|pictures|photography|illustrations?|video|graphics|camera|design)\s*:.*$"
    r"|\s*[|•·]\s*(?:(?:medically |fact[- ]?)?(?:reviewed|checked|verified)) by\b[^|•·]*",
    re.I,
)
_REPORTING_NOTE = re.compile(
    rf"{PERSON.pattern}(?:,? and {PERSON.pattern})? (?:reported|contributed reporting) from [A-Z][^.]{{1,120}}\.?"
)
_NAME_IN_PLACE = re.compile(
    rf"(?P<name>{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{1,3}}) in [A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?"
)
_NAME_COMMA_CREDIT = re.compile(
    rf"(?P<name>{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{1,3}}),\s+(?P<credit>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){{0,3}})"
)
# An agency credited beside the writer: "By Jane Roe with AP", "with agencies".
_WITH_AGENCY = re.compile(
    r"\s+with\s+(?:agencies|wires|(?-i:[A-Z][\w.]*(?:(?:\s*[,/]\s*|\s+and\s+)[A-Z][\w.]*){0,3}))$", re.I
)
# A writer's university or institute, said beside the name on commentary sites.
_AFFILIATION = re.compile(r"\b(?:university|college|institute|school|centre|center|academy)\b", re.I)
# A live page's writers by shift: "Jane Roe (now) and John Doe (earlier)".
_SHIFT = re.compile(r"\s*\((?:now|earlier|before|later|previously)\)", re.I)
# The first word of a job title set in capitals after a name: "Jane Roe Local Democracy Reporter".
_TITLE_START = re.compile(
    r"(?:senior|chief|deputy|associate|assistant|executive|managing|special|staff|local|political|foreign"
    r"|national|regional|international|economics|business|health|education|crime|courts?|community"
    r"|environment|climate|transport|technology|science|culture|arts|sports?|investigations?|digital|data"
    r"|social|consumer|property|motoring|legal|security|defen[cs]e|diplomatic|royal|lead|head)",
    re.I,
)
# The outlet an aggregator carries a piece from: "From The Daily Courier", "Via Example News".
_SOURCE_LINE = re.compile(r"(?:from|via)\s+(?P<outlet>[A-Z].{1,60})", re.I)
# An outlet's name that starts with an article of its language: "Le Quotidien", "El Diario", "Die Zeitung".
_ARTICLE_NAME = re.compile(r"(?:the|le|la|les|el|il|lo|die|der|das|de) [A-Z][\w'’-]+", re.I)
# A credit that names a desk, not a person: "Staff and agencies", "Our Foreign Staff", "Wire reports".
_DESK = re.compile(
    r"(?:(?:our|the) )?(?:[a-z]+ )?(?:staff|correspondents?|reporters?|desk|bureau)"
    r"(?: (?:and|&|with) (?:agencies|wires|agency reports|news agencies))?"
    r"|(?:news )?agencies|wire (?:reports|services)",
    re.I,
)
# How long ago, in a byline's short form: "Story by Jane Roe • 3h".
_AGE = re.compile(r"\d{1,2}\s?(?:h|hrs?|d|m)")
# Words that open a desk's or an outlet's name, never a person's: "Our Foreign Staff", "From The Courier".
_NOT_FIRST_NAME = frozenset(("the", "our", "from", "via"))
# A labelled piece of a credit line: "Source: Example News Agency" names the outlet, "Editor: Jane Roe" no writer.
_SOURCE_PIECE = re.compile(r"source\s*:\s*(?P<outlet>[A-Z].{1,60})", re.I)
_EDITOR_PIECE = re.compile(r"(?:editor|edited by|editing|producer)\s*:\s*[A-Z].{1,60}", re.I)
_TRAILING_MARK = re.compile(r"\s+[-–—|•·]+$")
# Whoever checked the piece, credited before its writer: "Medically reviewed by Jane Roe, MD — Written by ...".
_REVIEWER_FIRST = re.compile(
    r"(?:(?:medically|fact[- ]?|legally) )?(?:reviewed|checked|verified) by [^—–|•·]{2,80}?\s*[—–|•·]\s*"
    r"(?=(?:written |words |reporting |story )?by\b)",
    re.I,
)
# Words set beside a writer's name that say nothing about the piece ("Follow", "Email").
_BESIDE_NAME = re.compile(r"follow|e-?mail|share|bio|contact|more|x|twitter|linkedin", re.I)


@dataclass(slots=True)
class Byline:
    """What the pieces of a byline or a bracket say, and how many of them were understood."""

    authors: list[str] = field(default_factory=list)
    outlet: str | None = None
    published: str | None = None
    roles: int = 0
    known: int = 0


def parse_byline(line: str) -> Byline | None:
    """The byline a line is, or None. Without "By" the line must also name a job or an outlet, or set
    the names apart as a live page does ("Jane Roe (now) and John Doe (earlier)"), or date the piece
    across a bar ("Jane Roe | 18 March 2025 07:45"). The date may run on before or after the name:
    "Posted on March 18, 2025 by Jane Roe", "Jane Roe Published March 18, 2025 Updated a day ago"."""
    line = _TRAILING_MARK.sub("", line)  # "By JANE ROE -": a separator left with nothing after it
    reviewer = _REVIEWER_FIRST.match(line)
    if reviewer:  # "Medically reviewed by Jane Roe, MD — Written by John Doe": the writer is the second
        return parse_byline(line[reviewer.end() :])
    match = BYLINE.match(line)
    for shape, text in ((_DATE_THEN_BY, line), (_NAME_THEN_DATE, line), (_BY_NAME_THEN_DATE, match and match["rest"])):
        split = shape.match(text) if text else None
        when = read_date_line(split.group("date")) if split else None
        found = parse_byline(f"By {split.group('writer')}") if when and split else None
        if when and found:
            found.published = found.published or when.published or when.modified
            return found
    if _DESK.fullmatch(match.group("rest") if match else line.strip()):
        return Byline(roles=1, known=1)
    rest = _NOT_WRITER.sub("", match.group("rest") if match else line)
    rest = _ROLE_FIRST.sub("", rest) if match else rest
    agencies = _WITH_AGENCY.search(rest)  # "Jane Roe with AFP, Reuters": credited like a byline
    rest = _WITH_AGENCY.sub("", rest)
    if agencies and _ARTICLE_NAME.fullmatch(rest):
        return Byline(outlet=rest, known=1)  # "Le Quotidien with AFP": the outlet with the agency
    shifts = _SHIFT.search(rest)
    rest = _SHIFT.sub("", rest)
    if len(rest.split()) > 25 or (len(rest.split()) > 10 and rest.rstrip("\"”’')").endswith((".", "!", "?"))):
        return None  # a sentence, not a credit
    if match:
        rest = _ON_DATE.sub(" | ", _FOR.sub(" | ", rest))  # "By Jane Roe for The Courier on March 3, 2024"
        if match.group("desk"):
            rest = f"{rest} | {match.group('desk')}"
    parts = [part for part in _SEPARATORS.split(rest) if part]
    pieces = [piece.strip() for part in parts for piece in _PIECE_SPLIT.split(part)]
    pieces = [piece for piece in pieces if piece]
    found = _classify_pieces(pieces)
    named = found.outlet and OUTLET_WORDS.search(found.outlet)
    # "Jane Roe | Wire Agency": a name and one credit across a bar
    credited = (
        "|" in rest and len(parts) == 2 and found.outlet and found.outlet.lower() not in NAV_WORDS
        and PERSON.fullmatch(parts[0])
    )
    # "By The Associated Press", "By Our Foreign Staff", "By Reuters": a credit with no writer's name, in title
    # case and naming a desk or an outlet ("By the Numbers" heads a section)
    desk = (
        match and rest[:1].isupper() and all(w[:1].isupper() for w in rest.split() if len(w) > 3)
        and (found.roles or (found.outlet and (OUTLET_WORDS.search(found.outlet) or rest.isupper() or " " not in rest)))
    )
    if found.known < len(pieces) or not (found.authors or desk):
        return None
    if len(parts) >= 3 and "|" in rest:  # "Jane Roe | New Delhi | Updated: ...": the writers come first
        found.authors = [a for a in found.authors if a in _classify_pieces(_PIECE_SPLIT.split(parts[0])).authors]
    # "Jane Roe | 18 March 2025 07:45": a name and a bare date across a bar ("New Delhi | Updated: ..." is a place)
    stamped = (
        "|" in rest and len(parts) == 2 and found.published and PERSON.fullmatch(parts[0])
        and not any(word.lower() in NAV_WORDS for word in parts[0].split()) and parts[1][:1].isdigit()
    )
    if not (match or shifts or agencies or found.roles or named or credited or stamped):
        return None
    return found


def is_reporting_note(line: str) -> bool:
    """Where the writers worked, said under the byline: "Jane Roe reported from Leeds, and John Doe from
    London." It is header, not the first sentence of the article."""
    return len(line.split()) <= 25 and bool(_REPORTING_NOTE.fullmatch(line.strip()))


def parse_credit_line(line: str) -> Byline | None:
    """An outlet and a date with no writer, set where a byline goes: "Daily Courier / 04:05 AM March 16,
    2025", or a printed page's running head: "THE DAILY COURIER Tuesday, March 18, 2025 A5"."""
    line = _WEEKDAY_AFTER.sub(" | ", _PAGE_NUMBER.sub("", line))
    parts = [piece.strip() for part in _SEPARATORS.split(line) for piece in _PIECE_SPLIT.split(part) if piece.strip()]
    if not 2 <= len(parts) <= 6 or len(line.split()) > 16:
        return None
    found = _classify_pieces(parts)
    if found.authors or not found.published or not found.outlet or found.known < len(parts):
        return None
    return found if OUTLET_WORDS.search(found.outlet) else None


def source_line(line: str) -> str | None:
    """The outlet an aggregator names over what it carries ("From The Daily Courier"); None for other lines."""
    match = _SOURCE_LINE.fullmatch(line.strip())
    return outlet_line(match.group("outlet")) if match else None


def outlet_line(line: str) -> str | None:
    """The outlet a short line in title case names ("Coast Media Group", "The Daily Courier"), set
    under a byline; None for other lines."""
    line = line.lstrip("/|•·–— ")  # "/ Example News" under "By Jane Roe"
    words = line.split()
    if not 1 <= len(words) <= 5 or _DIGIT.search(line) or not OUTLET_WORDS.search(line) or _SOURCE_LINE.match(line):
        return None
    if not all(w[:1].isupper() or w in ("of", "and", "&", "the") for w in words) or line.lower() in NAV_WORDS:
        return None
    return _outlet_case(line)


def parse_name_and_credit(line: str, following: str) -> Byline | None:
    """A name alone on its line over a credit line: "Jane Roe" then "BBC News, Lisbon", "Senior reporter"
    or "Reporting from Lisbon" (the name alone could be anything); or a name and a place over a date line:
    "Jane Roe in Paris" then "Sunday 16 March 2012"."""
    credited = _NAME_COMMA_CREDIT.fullmatch(line)  # "Jane Roe, Stuff" over "16:45, Mar 16 2025"
    if credited and read_date_line(following) and not OUTLET_WORDS.search(credited.group("name")):
        outlet = credited.group("credit") if OUTLET_WORDS.search(credited.group("credit")) else None
        return Byline(authors=[name_case(credited.group("name"))], outlet=outlet, known=2)  # a place, or an outlet
    # "Jane Roe in Paris and John Doe in Madrid": every writer with a place
    placed = [_NAME_IN_PLACE.fullmatch(piece) for piece in _PIECE_SPLIT.split(line)] if " in " in line else [None]
    dated = all(placed) and (read_date_line(following) or parse_credit_line(following))
    if dated and not any(OUTLET_WORDS.search(match.group("name")) for match in placed if match):
        return Byline(authors=[name_case(match.group("name")) for match in placed if match], known=1)
    if not 2 <= len(line.split()) <= 4 or not PERSON.fullmatch(line) or OUTLET_WORDS.search(line):
        return None
    if len(following.split()) > 8:  # a note on the writer under the name, not a credit line
        return None
    found = parse_byline(f"By {line}, {following}")
    if found is None or found.authors != [name_case(line)]:
        return None
    titled = found.outlet and all(word[:1].isupper() for word in found.outlet.split() if len(word) > 3)
    named = titled and (
        (OUTLET_WORDS.search(found.outlet) and not OUTLET_WORDS.fullmatch(found.outlet))
        or ACRONYM_OUTLET.fullmatch(found.outlet)
    )  # "BBC News", not a site's tagline ("Community news from the valley")
    return found if named or ROLE_WORDS.search(following) or _PLACE_PIECE.fullmatch(following) else None


def parse_paren(paren: str) -> Byline | None:
    """A bracket that credits a piece: "(Jane Roe, Example.org)", "(Reuters)"; None for other brackets."""
    pieces = [piece.strip() for piece in _PAREN_SPLIT.split(paren) if piece.strip()]
    if not pieces or len(pieces) > 5:
        return None
    found = _classify_pieces(pieces)
    if (len(pieces) == 1 and found.authors and not found.outlet) or found.known < len(pieces):
        return None
    return found


def initials(name: str) -> str:
    """The capitals of a name's words, "The" left out: "The Associated Press" -> "AP"."""
    return "".join(word[0] for word in name.split() if word[:1].isupper() and word.lower() != "the")


def name_case(name: str) -> str:
    """A name set in capitals ("JOHN KELLER") in the case it is written in text."""
    return name.title() if name.isupper() else name


def _outlet_case(name: str) -> str:
    """An outlet set in capitals ("THE DAILY COURIER") in title case; initials ("BBC NEWS") stay."""
    if not name.isupper() or " " not in name:
        return name
    return " ".join(w.title() if len(w) > 3 or w in ("THE", "OF", "AND", "FOR") else w for w in name.split())


def _classify_pieces(pieces: list[str]) -> Byline:
    """Read a byline's pieces as person names, an outlet, a date, job titles and places."""
    found = Byline()
    for raw in pieces:
        piece = _HANDLE.sub("", _IN_PLACE.sub("", raw)).strip()
        if not piece:  # a handle or an e-mail address alone: "@JaneRoe", "jroe@example.com"
            found.known += 1
            continue
        date = parse_date(piece) if _DIGIT.search(piece) else None
        if date:
            found.published = found.published or date
        elif is_relative_date(piece) or _TIME.fullmatch(piece) or _AGE.fullmatch(piece):
            pass  # "Last Updated: 2 hours ago", "19:20"
        elif _PLACE_PIECE.fullmatch(piece) or _READ_TIME.fullmatch(piece) or (
            found.authors and _AFFILIATION.search(piece) and piece[:1].isupper() and len(piece.split()) <= 6
        ):
            found.roles += 1  # "Reporting from Lisbon", "5 min read": said beside a writer's name
        elif _BESIDE_NAME.fullmatch(piece) or _EDITOR_PIECE.fullmatch(piece):
            pass
        elif source := _SOURCE_PIECE.fullmatch(piece):
            found.outlet = found.outlet or _outlet_case(source.group("outlet"))
        elif (split := _split_name(piece)) and found.authors and split[1] == "role":
            found.roles += 1  # "Jane Roe, Asia Business staff writer": the desk of the writer already read
        elif split:
            found.authors.append(name_case(split[0]))
            if split[1] == "outlet":
                found.outlet = found.outlet or _outlet_case(split[2])
            else:
                found.roles += 1
        elif role := ROLE_WORDS.search(piece):
            outlet = piece[: role.start()].strip()  # "Associated Press writer", not "News reporter"
            if len(outlet.split()) >= 2 and OUTLET_WORDS.search(outlet):
                found.outlet = found.outlet or _outlet_case(outlet)
            found.roles += 1
        elif found.outlet and " " not in piece and piece[:1].isupper():
            pass  # a place after the outlet: "BBC News, Lisbon"
        elif OUTLET_WORDS.search(piece) or ACRONYM_OUTLET.fullmatch(piece) or piece.lower().startswith("the ") or (
            found.authors and " " not in piece and piece[:1].isupper() and len(piece) > 1
        ):
            found.outlet = found.outlet or _outlet_case(piece)
        elif PERSON.fullmatch(piece):
            found.authors.append(name_case(piece))
        elif " " not in piece and piece[:1].isupper() and len(piece) > 1:
            found.outlet = found.outlet or piece
        else:
            continue
        found.known += 1
    return found


def _split_name(piece: str) -> tuple[str, str, str] | None:
    """A name run together with a job title or an outlet: "Jane Roe Arts correspondent", "Jane Roe Fox
    News" -> (name, "role" or "outlet", the rest)."""
    tokens = piece.split()
    if not 3 <= len(tokens) <= 8:
        return None
    for k in (2, 3):
        name, rest = " ".join(tokens[:k]), tokens[k:]
        if tokens[0].lower() in _NOT_FIRST_NAME or _TITLE_START.fullmatch(tokens[0]) or not PERSON.fullmatch(name):
            continue  # "THE DAILY COURIER Tuesday", "Local Democracy Reporting Service": no person's name
        if OUTLET_WORDS.search(name) or ROLE_WORDS.search(name):
            continue
        text = " ".join(rest)
        if ROLE_WORDS.search(text) and all(w[:1].islower() or ROLE_WORDS.fullmatch(w) for w in rest[1:]):
            return name, "role", text
        titled = rest and all(w[:1].isupper() for w in rest)
        if titled and ROLE_WORDS.fullmatch(rest[-1]) and _TITLE_START.fullmatch(rest[0]):
            return name, "role", text  # "Jane Roe Local Democracy Reporter"
        if len(rest) >= 2 and OUTLET_WORDS.search(text) and all(w[:1].isupper() for w in rest):
            return name, "outlet", text
    return None
