"""Bylines: who wrote a piece, and for which outlet, from the short lines and brackets that say so.

"By Jane Roe and John Doe", "By JANE ROE FOR THE DAILY COURIER", "Jane Roe | News Agency", "Jane Roe Arts
correspondent", "Jane Roe" over "BBC News, Lisbon", "(Jane Roe, Example.org)": a line is cut into pieces at
separators, and each piece is read as a person, an outlet, a date, a job title or a place. A line is a
byline only when every piece is understood, so a headline in Title Case is not taken for a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parallax.extract.dates import parse_date

NAME_TOKEN = r"(?:[A-Z][\w'’.-]*|(?:de|da|del|der|van|von|bin|al|el|la|le|di|du|dos|ten|ter)|[A-Z]\.)"
PERSON = re.compile(rf"{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{1,4}}")
ROLE_WORDS = re.compile(
    r"\b(?:writer|reporter|correspondent|editor|staff|contributor|columnist|chief|producer|analyst"
    r"|journalist|author|senior|bureau|desk|team|intern|fellow|photographer|opinion)\b",
    re.I,
)
OUTLET_WORDS = re.compile(
    r"\b(?:news|press|times|post|journal|herald|tribune|guardian|telegraph|gazette|agency|media|network"
    r"|radio|tv|television|broadcasting|daily|weekly|magazine|review|wire|report|chronicle|observer"
    r"|independent|express|mail|star|sun|globe|standard|insider|today|online|service|associated|courier"
    r"|ledger|bulletin|dispatch|sentinel|monitor|enquirer|inquirer|examiner|mercury|advertiser|courant"
    r"|argus|record|citizen|broadcaster)\b"
    r"|\.(?:com|org|net|co|io|news|info|uk|de|fr)\b|(?-i:^[A-Z]{2,6}$)",
    re.I,
)
BYLINE = re.compile(
    r"^(?:(?:written|words|story|text|posted|reported|opinion|analysis|commentary|photos?) )?by\s*:?\s+"
    r"(?P<rest>[A-Z].{1,200})$",
    re.I,
)
# A byline's place: "Jane Roe in Lisbon", "Reporting from Lisbon".
_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}$")
_READ_TIME = re.compile(r"\d+ min(?:ute)?s?(?: read| listen)?", re.I)
_PLACE_PIECE = re.compile(r"(?:reporting |writing )?(?:from|in) [A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}")
_PIECE_SPLIT = re.compile(r",(?!\s*\d{4}\b)\s*|\s+(?:and|&)\s+")
_PAREN_SPLIT = re.compile(r",(?!\s*\d{4}\b)\s*|\s*[|/]\s*|\s+(?:and|&)\s+")
_SEPARATORS = re.compile(r"\s*[|•·—–]\s*|\s+[-/]\s+")
_FOR = re.compile(r"\s+(?:for|FOR|For)\s+(?=[A-Z])")
_ON_DATE = re.compile(r"\s+(?:on|at)\s+(?=[A-Z][a-z]{2,8}\.? \d|\d)")
_DIGIT = re.compile(r"\d")
_HANDLE = re.compile(r"\s*@\w+")
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
    """The byline a line is, or None. Without "By" the line must also name a job or an outlet."""
    match = BYLINE.match(line)
    rest = match.group("rest") if match else line
    if len(rest.split()) > 25:
        return None
    if match:
        rest = _ON_DATE.sub(" | ", _FOR.sub(" | ", rest))  # "By Jane Roe for The Courier on March 3, 2024"
    parts = [part for part in _SEPARATORS.split(rest) if part]
    pieces = [piece.strip() for part in parts for piece in _PIECE_SPLIT.split(part)]
    pieces = [piece for piece in pieces if piece]
    found = _classify_pieces(pieces)
    named = found.outlet and OUTLET_WORDS.search(found.outlet)
    if not found.authors or (not match and not (found.roles or named)) or found.known < len(pieces):
        return None
    return found


def parse_name_and_credit(line: str, following: str) -> Byline | None:
    """A name alone on its line over a credit line: "Jane Roe" then "BBC News, Lisbon", "Senior reporter"
    or "Reporting from Lisbon" (the name alone could be anything)."""
    if not 2 <= len(line.split()) <= 4 or not PERSON.fullmatch(line) or OUTLET_WORDS.search(line):
        return None
    found = parse_byline(f"By {line}, {following}")
    if found is None or found.authors != [name_case(line)]:
        return None
    named = found.outlet and OUTLET_WORDS.search(found.outlet)
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
        date = parse_date(piece) if _DIGIT.search(piece) else None
        if date:
            found.published = found.published or date
        elif _PLACE_PIECE.fullmatch(piece) or _READ_TIME.fullmatch(piece):
            found.roles += 1  # "Reporting from Lisbon", "5 min read": said beside a writer's name
        elif _BESIDE_NAME.fullmatch(piece):
            pass
        elif split := _split_name(piece):
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
        elif OUTLET_WORDS.search(piece) or piece.lower().startswith("the ") or (
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
        if not PERSON.fullmatch(name) or OUTLET_WORDS.search(name) or ROLE_WORDS.search(name):
            continue
        text = " ".join(rest)
        if ROLE_WORDS.search(text) and all(w[:1].islower() or ROLE_WORDS.fullmatch(w) for w in rest[1:]):
            return name, "role", text
        if len(rest) >= 2 and OUTLET_WORDS.search(text) and all(w[:1].isupper() for w in rest):
            return name, "outlet", text
    return None
