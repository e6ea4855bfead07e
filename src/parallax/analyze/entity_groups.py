"""Names grouped into actors, each actor typed by the votes of its mentions.

News text names an actor in full first and shortly later: a surname joins the full name it ends, a
given name the one person so named, an acronym the name it abbreviates; capitals, seats of power and
demonyms stand for their country. A bare surname or given name takes the PERSON type of its full name
when the model misread it as an organisation or a nationality. Capitalised words met only where
capitals say nothing (opening a sentence, in a headline), weekdays and a byline's writer are no actors.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from parallax.analyze import geo
from parallax.analyze.cues import BODY_KINDS, KINSHIP, NOUN_GENDERS, ORG_NAME_HEADS, PLATFORMS, TITLE_GENDERS
from parallax.analyze.entity_capitals import (
    HEADLINE,
    OPENING,
    common_noun,
    common_word,
    seen_lower,
    uninformative,
    written_once,
)
from parallax.analyze.entity_glue import unglued
from parallax.analyze.entity_names import BYLINE_WORDS, Mention, family_name, is_speech_subject
from parallax.analyze.times_calendar import MONTHS, WEEKDAYS
from parallax.model import Span

_WEAK = {"FAC": 0.3, "PRODUCT": 0.3}
_OLDEST = 120
_KIN_REACH = 4
_PROPER_TAGS = {"NNP", "NNPS"}
_MEDIUM_PREPOSITIONS = {"on", "via"}
_PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "around", "across", "to", "from", "into", "through"}
_MISREAD = {"ORG", "NORP"}


@dataclass(slots=True)
class Actor:
    names: Counter = field(default_factory=Counter)
    votes: Counter = field(default_factory=Counter)
    mentions: list[tuple[int, int]] = field(default_factory=list)  # token ranges
    extra: list[Span] = field(default_factory=list)  # role and pronoun mentions
    country: str | None = None
    openers: set[str] = field(default_factory=set)  # names only met opening a sentence, first word once


def _aged(doc: Doc, end: int) -> bool:
    """Whether a name is followed by an age between commas ("Jane Roe, 76, said"): only people have one."""
    return (
        end + 2 < len(doc)
        and doc[end].text == ","
        and doc[end + 1].is_digit
        and 0 < int(doc[end + 1].text) < _OLDEST
        and doc[end + 2].text in (",", ")")
    )


def group_actors(doc: Doc, mentions: list[Mention]) -> dict[str, Actor]:
    """Mentions grouped by actor key: country, full person name, or the name itself."""
    by_name: dict[str, list[Mention]] = defaultdict(list)
    cased = {m.name.lower(): m.name for m in mentions if not m.name.isupper()}
    _titled_family(doc, mentions)
    for m in mentions:
        if m.name.isupper():
            m.name = cased.get(m.name.lower(), m.name)  # "HILLARY CLINTON" in a caption is "Hillary Clinton"
        by_name[m.name].append(m)
    by_name = unglued(doc, by_name)
    votes: dict[str, Counter] = defaultdict(Counter)
    labels = {i: m.label for m in mentions for i in range(m.start, m.end)}
    for name, ms in by_name.items():
        for m in ms:
            votes[name][m.label] += _WEAK.get(m.label, 1.0)
            if m.titled or _aged(doc, m.end):
                votes[name]["PERSON"] += 2.0
            elif len(name.split()) > 1 and name.split()[-1].lower() in ORG_NAME_HEADS:
                votes[name]["ORG"] += 2.0  # "the Daily Herald reported": a body, though it speaks
            elif _kind_before(doc, m):
                votes[name]["ORG"] += 2.0  # "news platform X": the noun before the name says what it is
            elif _the_plural(doc, m):
                votes[name]["ORG"] += 2.0  # "the Bulldogs": a team or a band, never one person
            elif m.label != "PERSON" and _paired_with_person(doc, m, labels):
                votes[name]["PERSON"] += 3.0  # "X and Jane Roe were confirmed dating": one of two people
            elif m.label != "PERSON" and any(is_speech_subject(t) for t in doc[m.start : m.end]):
                votes[name]["PERSON"] += 0.5
    key_of: dict[str, str] = {}
    full_names = [n for n in by_name if len(n.split()) > 1]
    for name in by_name:
        vote = _top(votes, name)
        team = [f for f in full_names if f.endswith(f" {name}") and _top(votes, f) == "ORG"]
        if len(team) == 1 and geo.country_of_demonym(name):
            key_of[name] = team[0]  # "the Indians" after "the Cleveland Indians": the club, not India
            votes[name] = Counter({"ORG": sum(votes[name].values())})
            continue
        country = geo.country_of(name) or (geo.country_of_demonym(name) if vote == "NORP" else None)
        if country and country != name and all(_object_of(doc[m.end - 1], _PLACE_PREPOSITIONS) for m in by_name[name]):
            country = None  # "talks in central London": the city as a place, not the country acting
            votes[name] = Counter({"GPE": sum(votes[name].values())})
        if country and not (vote == "PERSON" and geo.country_of(name) is None):
            key_of[name] = country
            continue
        if len(name.split()) == 1:
            key = _linked(doc, name, by_name, votes, full_names)
        else:
            key = _tail_of(doc, name, by_name, votes, full_names)
        if (key == name and _common_word(doc, name, by_name[name])) or _writer(doc, by_name[name]):
            continue
        key_of[name] = key
        if key == name and all(_object_of(doc[m.start], _MEDIUM_PREPOSITIONS) for m in by_name[name]):
            # "said on Twitter", "via Facebook": a name only ever met after "on"/"via" is a medium
            votes[name] = Counter({"ORG": sum(votes[name].values())})
    for name, key in key_of.items():
        if key != name and key in by_name and _top(votes, key) == "PERSON":
            # a bare surname the model calls ORG or NORP ("Thompson", "Klitschko") is the person it names;
            # a place word keeps its vote, for the last word of a misread two-word place is still a place
            misread = [label for label in votes[name] if label in _MISREAD]
            votes[name]["PERSON"] += sum(votes[name].pop(label) for label in misread)
    actors: dict[str, Actor] = {}
    for name, ms in by_name.items():
        if name not in key_of:
            continue
        actor = actors.setdefault(key_of[name], Actor())
        actor.names[name] += len(ms)
        actor.votes.update(votes[name])
        actor.mentions.extend((m.start, m.end) for m in ms)
        if all(uninformative(doc[m.start]) == OPENING for m in ms) and written_once(doc, doc[ms[0].start]):
            actor.openers.add(name)
        if geo.country_of(key_of[name]) == key_of[name]:
            actor.country = key_of[name]
    return actors


def _kind_before(doc: Doc, mention: Mention) -> bool:
    """A one-word name right after a lower-case noun for a kind of body ("news platform X")."""
    before = doc[mention.start - 1] if mention.start else None
    return mention.end - mention.start == 1 and before is not None and before.is_lower and before.lower_ in BODY_KINDS


def _the_plural(doc: Doc, mention: Mention) -> bool:
    """A one-word plural name after "the" ("the Bulldogs", "the Eagles"; the tagger may call it singular)."""
    tok = doc[mention.start]
    plural = tok.tag_ == "NNPS" or (tok.tag_ == "NNP" and tok.text.endswith("s") and not tok.text.endswith("ss"))
    return mention.end - mention.start == 1 and mention.start > 0 and doc[mention.start - 1].lower_ == "the" and plural


def _paired_with_person(doc: Doc, mention: Mention, labels: dict[int, str]) -> bool:
    """A one-word name joined by "and" to a name the model calls a person ("X and Jane Roe", "Jane Roe
    and X"): two people named together."""
    if mention.label != "ORG" or mention.end - mention.start != 1:
        return False
    tok = doc[mention.start]
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else tok
    owns = after.tag_ == "POS" or after.text in ("'", "’") or (after.is_lower and after.pos_ == "NOUN")
    owned = any(c.dep_ in ("det", "poss") for c in tok.children)
    if tok.tag_ != "NNP" or common_noun(tok) or common_word(tok) or owns or owned or tok.lower_ in PLATFORMS:
        return False  # "Democrats", "the House", "his X remarks", "Band's X": no person's name
    pair = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
    return len(pair) == 1 and labels.get(pair[0].i) == "PERSON" and "and" in {t.lower_ for t in tok.doc[
        min(tok.i, pair[0].i) : max(tok.i, pair[0].i)]}


def _titled_family(doc: Doc, mentions: list[Mention]) -> None:
    """ "Mrs. Roe" is the one Roe of the family a gendered word introduced as a woman ("first lady Jane
    Roe", "his wife, Jane Roe"), when every full name of the family came with such a word: a title's
    gender tells which of them a shared surname is."""
    genders: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if len(m.name.split()) > 1 and m.label == "PERSON":
            said = genders.setdefault(m.name, set())
            before = doc[m.start - 2] if m.start > 1 and doc[m.start - 1].text == "," else doc[max(m.start - 1, 0)]
            gender = TITLE_GENDERS.get(before.lower_.rstrip(".")) or NOUN_GENDERS.get(before.lower_)
            if gender and m.start:
                said.add(gender)
    for m in mentions:
        gender = TITLE_GENDERS.get(doc[m.start - 1].lower_.rstrip(".")) if m.start else None
        family = [said for n, said in genders.items() if family_name(n) == m.name]
        if gender is None or len(m.name.split()) != 1 or any(len(said) != 1 for said in family):
            continue  # a relative whose gender the article never gave could be the one meant
        fits = [n for n, said in genders.items() if family_name(n) == m.name and said == {gender}]
        if len(fits) == 1:
            m.name = fits[0]


def _top(votes: dict[str, Counter], name: str) -> str:
    """The type most mentions of a name vote for."""
    return votes[name].most_common(1)[0][0]


def _tail_of(
    doc: Doc, name: str, by_name: dict[str, list[Mention]], votes: dict[str, Counter], full_names: list[str]
) -> str:
    """The one longer person name a name of several words ends ("De Sa" for "Rui De Sa"); else the name.
    The longer name must be met once where its capital says it is a name (not only opening a sentence or
    in a headline, where "Certainly Jane Roe" is no name), its extra words proper nouns."""
    words = name.split()
    if _top(votes, name) == "GPE":
        return name

    def fits(full: str) -> bool:
        ms = by_name[full]
        extra = len(full.split()) - len(words)
        return (
            _top(votes, full) == "PERSON"
            and all(t.pos_ == "PROPN" for t in doc[ms[0].start : ms[0].start + extra])
            and any(not uninformative(doc[m.start]) for m in ms)
        )

    longer = [f for f in full_names if len(f.split()) > len(words) and f.split()[-len(words) :] == words]
    return longer[0] if len(longer) == 1 and fits(longer[0]) else name


def initials(name: str) -> str:
    """The capitals that open the words of a name ("Transport for London" -> "TL")."""
    return "".join(w[0] for w in name.split() if w[0].isupper())


def is_acronym_of(short: str, name: str) -> bool:
    """Whether one word abbreviates a name of several by its initials ("RAIB", "TfL")."""
    capitals = "".join(c for c in short if c.isupper())
    return (
        " " not in short
        and len(capitals) >= 2
        and re.fullmatch(r"(?:[A-Z][a-z]?)*[A-Z]", short) is not None
        and len(name.split()) >= 2
        and capitals == initials(name)
    )


def _linked(
    doc: Doc, name: str, by_name: dict[str, list[Mention]], votes: dict[str, Counter], full_names: list[str]
) -> str:
    """The full name a lone word stands for: the name it abbreviates ("RAIB"), the surname of a full name
    ("Macron"), or the given name of the one person so named ("Hillary" after "Hillary Clinton"); else the
    word itself. A surname is not a relative introduced as one ("his wife, Jane Roe") when another of
    the family is named, and not a relative at all when the article spoke of it first
    ("President Obama" ... "first lady Michelle Obama")."""
    spelled = [f for f in full_names if _top(votes, f) != "PERSON" and is_acronym_of(name, f)]
    if len(spelled) == 1:
        return spelled[0]
    expanded = _expanded_before(doc, name, by_name, votes, full_names)
    if expanded is not None:
        return expanded
    family = [f for f in full_names if family_name(f) == name and geo.country_of(f) is None]
    if family:
        first = by_name[name][0].start
        kin = {f for f in family if any(_introduced_as_kin(doc, m.start) for m in by_name[f])}
        before = [f for f in family if by_name[f][0].start < first]
        if before:
            return ([f for f in before if f not in kin] or before)[-1]
        if all(f in kin for f in family):
            return name  # spoken of before any full name, and every full name is a relative's
        return ([f for f in family if f not in kin] or family)[0]
    if _top(votes, name) != "PERSON":
        return name  # "Texas" or "HP" is no given name of a misread "Texas Inmate" or "HP Services"
    given = {f for f in full_names if f.split()[0] == name and _top(votes, f) == "PERSON"}
    return given.pop() if len(given) == 1 else name


def _expanded_before(
    doc: Doc, name: str, by_name: dict[str, list[Mention]], votes: dict[str, Counter], full_names: list[str]
) -> str | None:
    """The body whose full name a short name is bracketed after ("the Central Election Commission
    (TsKVPR)"): the article says they are one, though the letters need not be its initials (a name
    abbreviated in another language)."""
    if " " in name or sum(c.isupper() for c in name) < 2:
        return None
    ends = {m.end: full for full in full_names if _top(votes, full) != "PERSON" for m in by_name[full]}
    for tok in doc:
        if tok.text == name and tok.i >= 1 and doc[tok.i - 1].text == "(" and tok.i - 1 in ends:
            return ends[tok.i - 1]
    return None


def _introduced_as_kin(doc: Doc, start: int) -> bool:
    """A name given as someone's relative: "his wife, X", "first lady X", "her husband, former president X"."""
    for tok in reversed(doc[max(0, start - _KIN_REACH) : start]):
        if tok.lower_ in KINSHIP:
            return True
        if tok.is_sent_end or tok.pos_ in ("VERB", "AUX", "ADP", "PROPN"):
            return False
    return False


def _common_word(doc: Doc, name: str, mentions: list[Mention]) -> bool:
    """Capitalised words that are no name: a weekday or month, or words met only where capitals tell
    nothing (opening a sentence, in a title-case headline) that the tagger reads as common words or the
    article also writes in lower case ("Arson is suspected", "Riot Breaks Out")."""
    words = name.lower().split()
    if words[0] in WEEKDAYS or (words[0] in MONTHS and not any(m.label == "PERSON" or m.titled for m in mentions)):
        return len(words) == 1
    if any(m.titled for m in mentions):
        return False
    places = []
    for m in mentions:
        places.append(uninformative(doc[m.start]))
        if not places[-1]:
            return False
    if len(words) == 1 and all(doc[m.start].tag_ not in _PROPER_TAGS for m in mentions):
        return True  # "Aides said", "Cheers erupted"
    lower = [seen_lower(doc, w) for w in words]
    # a headline capitalises every word: one common word in a name found only there gives it away
    return any(lower) if all(p == HEADLINE for p in places) else all(lower)


def _writer(doc: Doc, mentions: list[Mention]) -> bool:
    """A name met only in a byline ("By X") or the writer's sign-off ("Follow X on Twitter") is the
    article's author, not an actor of its story."""
    return all(
        m.start > 0 and doc[m.start - 1].lower_ in BYLINE_WORDS and doc[m.start - 1].is_sent_start for m in mentions
    )


def _object_of(tok: Token, prepositions: set[str]) -> bool:
    """Whether a name is the object of one of these prepositions: "on"/"via" for a medium ("said on
    Twitter"), a place preposition for a name that only says where ("talks in London")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in prepositions


def type_of(actor: Actor) -> str:
    if actor.country:
        return "GPE"
    label = actor.votes.most_common(1)[0][0]
    return "ORG" if label in _WEAK else label
