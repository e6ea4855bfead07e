"""Where a sentence or a caption ends in text run together: the reading extract/captions.py and extract/inline.py share.

A caption or a headline set without a full stop ends where a sentence starts: a capitalised word after a
lowercase one, or a word that opens sentences ("The", "He", "However"), unless the word before binds a name
into the phrase ("Taliban spokesman Jane Roe"); another block's label ("Image caption") or a photo
agency's credit ends it too. A full stop ends a sentence unless it is an abbreviation's or a number's. These
rules live apart from the span finders so that both modules that cut furniture read text the same way without
importing each other.
"""

from __future__ import annotations

import re
from itertools import islice

from parallax.extract.prose import CLOSERS, abbreviation

# The labels of a broadcaster's image and video blocks, each over (or before) a caption.
CAPTION_LABEL = re.compile(
    r"\b(?:(?:Image|Media|Video) caption|Media playback is (?:not |un)supported on (?:this|your) device)\b,?\s*"
)
COPYRIGHT_LABEL = re.compile(r"\b(?:Image|Media|Picture) (?:copyright|source)\b,?\s*")
# A photo agency's credit set before a caption at a sentence's start: "REUTERS Some of the bars ...", with
# the count of the gallery it opens when there is one: "Getty Images 5 Fans wave to the team".
AGENCY = (
    r"(?:REUTERS|GETTY(?: IMAGES)?|Getty Images|AFP|AP|PA|EPA|AAP|XINHUA|SWNS|PA:Press Association"
    r"|AP:Associated Press)"
)
AGENCY_CREDIT = re.compile(rf"{AGENCY}(?: ?[*/] ?{AGENCY})*(?: (?P<count>\d{{1,2}}))?(?= [A-Z\"“‘'(])")
# A quotation opening a word: where the article goes on after a caption or a box of headlines that cut a
# paragraph of quotes.
OPENING_QUOTE = re.compile(r"(?<=\s)[\"“](?=\w)")
# Words that open sentences far more often than they sit inside one with a capital.
OPENERS = frozenset(
    [
        "The", "A", "An", "He", "She", "It", "It's", "It’s", "They", "We", "His", "Her", "Their", "Its", "This",
        "These", "Those", "There", "In", "On", "At", "But", "However", "Meanwhile", "According", "After",
        "Then", "When", "While", "Earlier", "Later", "Some", "Many", "Mr", "Mrs", "Ms", "Dr"
    ]
)
# Sentence adverbs that open a sentence with a comma after them ("Previously, the team ..."), which no caption
# or name writes so: one ends a caption as an opener does.
_COMMA_OPENERS = frozenset(
    [
        "Previously", "Additionally", "Separately", "Finally", "Recently", "Currently", "Initially", "Eventually",
        "Instead", "Yesterday", "Today", "Now", "Still", "Also", "Furthermore", "Moreover", "Overall", "Indeed",
        "Nevertheless", "Similarly", "Likewise", "Ultimately", "Elsewhere", "Afterwards", "Consequently",
        "Notably", "Fortunately", "Unfortunately", "Sadly", "Luckily", "Surprisingly", "Last", "Yet", "So",
        "Earlier", "Later", "Meanwhile", "However", "Then",
    ]
)
# Words after which a capitalised word is a name inside the phrase, not a new sentence; the roles go before
# a name ("Taliban spokesman Jane Roe", "House speaker Paul Ryan").
BINDERS = frozenset(
    [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "into", "onto", "near",
        "outside", "inside", "and", "or", "nor", "as", "since", "after", "before", "during", "about", "over",
        "under", "between", "among", "across", "through", "toward", "towards", "against", "like", "than", "via",
        "his", "her", "their", "its", "our", "my", "your", "former", "new", "late", "fellow", "then", "north",
        "south", "east", "west", "central", "northern", "southern", "eastern", "western", "said", "says",
        "told", "tells", "meets", "met", "named", "called", "dubbed", "including",
        "spokesman", "spokeswoman", "spokesperson", "speaker", "president", "minister", "secretary", "senator",
        "governor", "director", "chief", "leader", "chairman", "manager", "coach", "captain", "driver", "star",
        "actor", "actress", "singer", "wife", "husband", "son", "daughter", "mother", "father", "brother",
        "sister", "ally", "rival", "candidate", "nominee"
    ]
)
# Openers that mark where a caption run into the text ends and the next one starts.
# Titles ("told Mr Roe") follow lowercase words inside sentences too.
RUN_OPENERS = (OPENERS - {"Mr", "Mrs", "Ms", "Dr"}) | {"More", "Over", "Around", "Nearly", "Almost"}
QUOTES = "\"“”"
STOP_GAP = re.compile(r"[.!?][\"”’')\]]*\s+")
CAPTION_WORDS = 60
_TOKEN = re.compile(r"\S+")


def caption_end(text: str, start: int, limit: int = CAPTION_WORDS) -> tuple[int, str] | None:
    """Where a caption starting at ``start`` ends and the text goes on, with how that was told: "label"
    (another block's label), "opener" (a sentence-opening word, or a capital after a closing quote),
    "capital" (a capital after a lowercase word), "stop" (the caption ends like a sentence) or "end"
    (the unit ends). The first opener wins over an earlier capital, and a capital over a later full stop
    or label; None when nothing says within ``limit`` words."""
    tokens = list(islice(_TOKEN.finditer(text, start), limit + 1))
    capital: int | None = None
    quotes = 0
    singles = False  # a single quotation mark opened: "'very fine man' Mr ..." (not "the Cubs' curse")
    for i, match in enumerate(tokens[:limit]):
        word = match.group()
        at = match.start()
        if i and (CAPTION_LABEL.match(text, at) or COPYRIGHT_LABEL.match(text, at) or _agency_at(text, at)):
            return (capital, "capital") if capital is not None else (at, "label")
        if i:
            prev = tokens[i - 1].group()
            inside = quotes % 2 == 1
            bare = word.lstrip(QUOTES + "‘'(")
            if not inside and ends_sentence(prev):
                return (capital, "capital") if capital is not None else (at, "stop")
            core = prev.rstrip(CLOSERS)
            if not inside and bare[:1].isupper() and core[-1:] not in ",;:" and core.lower() not in BINDERS:
                closes = prev[-1:] in "\"”" or (prev[-1:] in "'’" and singles)
                if bare in OPENERS or bare.rstrip(",") in OPENERS or closes or (
                    bare[-1:] == "," and bare[:-1] in _COMMA_OPENERS
                ):
                    return at, "opener"
                if capital is None and prev[:1].islower():
                    capital = at
        quotes += sum(word.count(mark) for mark in QUOTES)
        singles = singles or word[:1] in "'‘"
    if len(tokens) <= limit:
        return (capital, "capital") if capital is not None else (len(text), "end")
    return (capital, "capital") if capital is not None else None


def ends_sentence(word: str) -> bool:
    core = word.rstrip(CLOSERS)
    if core[-1:] not in ".!?":
        return False
    stem = core.rstrip(".!?").lower()
    return not (abbreviation(stem) or stem.isdigit())


def _agency_at(text: str, at: int) -> bool:
    match = AGENCY_CREDIT.match(text, at)
    return match is not None and (at == 0 or text[at - 1] == " ")


def sentence_starts(unit: str) -> list[int]:
    """Where ``unit`` and each run after a full stop start (an abbreviation's stop too: callers that mind ask
    ``ends_sentence``)."""
    return [0, *(m.end() for m in STOP_GAP.finditer(unit))]


def word_before(unit: str, at: int) -> str:
    """The word that ends at ``at`` (or before the spaces there), read from a short window."""
    words = unit[max(0, at - 40) : at].split()
    return words[-1] if words else ""


def sentence_start(unit: str, at: int) -> int:
    """The start of the sentence or headline that holds ``at``: after the last full stop before it, at most
    twenty words back."""
    before = unit[:at]
    stops = [m.end() for m in STOP_GAP.finditer(before)]
    start = stops[-1] if stops else 0
    words = before[start:].split()
    if len(words) > 20:
        return at
    return start
