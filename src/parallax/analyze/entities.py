"""Actors of one article: every mention of a person, organisation or country linked to one canonical actor.

spaCy's small English model finds names but links nothing, and coreference components (coreferee,
spacy-experimental's coref) do not install for spaCy 3.8; so linking is done here with rules that news
text follows: a full name comes first and a surname later; titles ("President", "Mr") and possessives are
not part of a name; an article teaches its roles ("Russian President Vladimir Putin", "the British prime
minister, Keir Starmer") before it uses them alone ("the Russian president"); capitals, seats of power
and demonyms stand for their country; "he"/"she" refers back to the latest person in subject position whose
gender (learnt from a title or an earlier pronoun, never guessed from a first name) agrees. An article
teaches what kind of body an organisation is ("train drivers' union X", "the carmaker Y", "X, the rail
union") before it says "the union"; that description names the organisation when only one was so taught,
and the proper noun beside the descriptor is an organisation even when the model tagged nothing there.

The small model also hands over names that are none, and these are cut before linking: photo credits,
bylines and handles, caption labels in capitals, verbs and words a title-case headline ran into a name,
weekdays, lower-case words, and capitalised common words met only where capitals say nothing (opening a
sentence, in a headline). A bare surname or given name joins the full name it belongs to and takes its
PERSON type when the model misread it as an organisation or a nationality.

Flattened web pages run captions, credits and crossheads into sentences, so words glue onto names: a
platform or agency credit ("Instagram X"), a descriptor ("Singer X", "X Comedian"), photo controls
("X Click"), a place, body or other person before a person's name ("Capitol Hill X"). They are cut by
their shape and word class, and a glued name is cut back to the name the article also uses on its own;
a person named only in capitals is shown title-cased.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from spacy.attrs import ORTH
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from parallax.analyze import geo
from parallax.analyze.cues import (
    BODY_VOICES,
    CAPTION_WORDS,
    DETERMINERS,
    KINSHIP,
    NEWS_AGENCIES,
    NOUN_GENDERS,
    ORG_NAME_HEADS,
    ORG_NOUNS,
    PERSON_DESCRIPTORS,
    PERSON_PRONOUNS,
    PERSON_TITLES,
    PLATFORMS,
    PRONOUN_GENDERS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLE_GENDERS,
)
from parallax.analyze.marks import find_marked
from parallax.analyze.nlp import capitalised_like_a_headline, doc_text, sentence_of
from parallax.analyze.times_calendar import MONTHS, WEEKDAYS
from parallax.model import Entity, Span

_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT"}
_WEAK = {"FAC": 0.3, "PRODUCT": 0.3}
_OLDEST = 120
_BRACKETS = {"[", "]", "(", ")"}
_SOMEONE = ""  # an unnamed person a pronoun may stand for: the pronoun then names nobody
_PERSON_NOUNS = BODY_VOICES | ROLE_NOUNS | PERSON_DESCRIPTORS
_SUBJECTS = {"nsubj", "nsubjpass"}
_CLIMB_STOP = {"parataxis"}
_POSSESSIVE = ("'s", "’s", "'", "’")
_PRONOUN_CONFIDENCE = 0.6
_ROLE_CONFIDENCE = 0.8
_RECENT_PERSONS = 6
_KIN_REACH = 4
_VERB_TAGS = {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"}
_ORDINALS = frozenset(
    ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh")
)
_LOWER_FORMS = "parallax.entities.orth_counts"
_HEADLINES = "parallax.entities.headlines"
_PROPER_TAGS = {"NNP", "NNPS"}
_MEDIUM_PREPOSITIONS = {"on", "via"}
_PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "around", "across", "to", "from", "into", "through"}
_HONORIFICS = {*TITLE_GENDERS, "dr"}
_MISREAD = {"ORG", "NORP"}
_BYLINE_WORDS = {"by", "follow"}
_ROMAN = set("IVX")
_SUFFIXES = {"JR", "SR"}
_HEADLINE = "headline"
_ORG_NAME_WORDS = 5
_MODIFIERS = {"compound", "amod", "nmod"}
_SINGULAR = {"NN", "NNP"}  # the tagger reads "union" before a name as a proper noun
_NOT_ORGS = {"PERSON", "GPE"}
_OPENING = "opening"
_PHOTO_AGENCIES = frozenset(("Getty", "Images", "Alamy", "Shutterstock", "REX"))
_PHOTO_CREDITS = _PHOTO_AGENCIES | {"AFP", "EPA", "AP", "PA"}
_CREDIT_WORDS = PLATFORMS | NEWS_AGENCIES | {c.lower() for c in _PHOTO_CREDITS}
_DATELINE_JOINS = {",", "and"}
_PLACES = {"GPE", "LOC"}


@dataclass(slots=True)
class _Mention:
    start: int  # token indices of the name itself
    end: int
    name: str
    label: str
    titled: bool = False


@dataclass(slots=True)
class _Actor:
    names: Counter = field(default_factory=Counter)
    votes: Counter = field(default_factory=Counter)
    mentions: list[tuple[int, int]] = field(default_factory=list)  # token ranges
    extra: list[Span] = field(default_factory=list)  # role and pronoun mentions
    country: str | None = None
    openers: set[str] = field(default_factory=set)  # names only met opening a sentence, first word once


def _strip_name(span: SpacySpan, person: bool) -> tuple[int, int, bool]:
    """Token range of the bare name inside an entity span, and whether a person title stood before it.

    Titles, demonyms and descriptions ("Resident Jane Roe") are cut from person names only: in other
    names they are part of it ("National Security Council", "Interior Department", "General Motors"). A
    title inside a person's name, two words at least after it, is cut with what stands before it.
    """
    start, end = span.start, span.end
    doc = span.doc
    titled = False
    while start < end and (
        doc[start].lower_ in DETERMINERS
        or (person and doc[start].lower_.rstrip(".") in PERSON_TITLES)
        or (person and end - start > 1 and geo.country_of_demonym(doc[start].text))
        or (person and end - start > 1 and doc[start].lower_ in PERSON_DESCRIPTORS)
    ):
        titled = titled or doc[start].lower_.rstrip(".") in PERSON_TITLES or doc[start].lower_ in PERSON_DESCRIPTORS
        start += 1
    while end > start and (doc[end - 1].text in _POSSESSIVE or not doc[end - 1].text.strip()):
        end -= 1
    inner = [i for i in range(start + 1, end - 2) if doc[i].is_title and doc[i].lower_.rstrip(".") in PERSON_TITLES]
    if person and inner:
        start, titled = inner[-1] + 1, True  # "Ohio Sen Jane Roe": the state of a title, cut with it
    if start > 0 and doc[start - 1].lower_.rstrip(".") in PERSON_TITLES and doc[start - 1].is_title:
        titled = True
    return start, end, titled or any(_in_role_apposition(t) for t in doc[start:end])


def _names_person(ent: SpacySpan, person_words: set[str]) -> bool:
    """Whether an entity span names a person, though the model may have typed it otherwise: its label says
    so, it opens with Mr/Ms/Dr, with a title whose last word is a word of a person name elsewhere
    ("President Putin") or that goes on a title left outside the span ("Deputy Chief | Constable X"), or
    with a descriptor before words of person names ("Singer X" typed ORG)."""
    first = next((t for t in ent if t.lower_ not in DETERMINERS), ent[-1])
    rest = ent.doc[first.i + 1 : ent.end]
    before = ent.doc[ent.start - 1] if ent.start else None
    titled_before = before is not None and before.is_title and before.lower_.rstrip(".") in PERSON_TITLES
    return (
        ent.label_ == "PERSON"
        or first.lower_.rstrip(".") in _HONORIFICS
        or (first.lower_.rstrip(".") in PERSON_TITLES and (ent[-1].text in person_words or titled_before))
        or (first.lower_ in PERSON_DESCRIPTORS and len(rest) > 0 and all(t.text in person_words for t in rest))
    )


def _noise(tok: Token) -> bool:
    """A token that cannot end or begin a name: no letters (a gallery count "5/19", a dash), a handle
    ("@user"), or a verb a title-case or capitals headline ran into the name ("X Refuses", "X CLEARED")."""
    text = tok.text
    return not any(c.isalpha() for c in text) or "@" in text or (
        tok.tag_ in _VERB_TAGS and (tok.is_title or (tok.is_upper and len(text) > 1))
    )


def _handle(tok: Token) -> bool:
    """A social-media handle ("@user")."""
    return tok.text.startswith("@")


def _credit(tok: Token) -> bool:
    """A slash between words ("Parsons / PA", "Parsons/"), as photo credits join a name to an agency."""
    head, slash, tail = tok.text.partition("/")
    if not slash or any(c.isdigit() for c in tok.text):
        return False
    return any(c.isalpha() for c in head) or any(c.isalpha() for c in tail) or tok.text == "/"


def _shouted(tok: Token) -> bool | None:
    """Whether a word is in capitals; None for words that fit either case (initials, "III", "JR", dashes)."""
    text = tok.text
    if not tok.is_alpha or len(text) == 1 or set(text) <= _ROMAN or text in _SUFFIXES:
        return None
    return tok.is_upper


def _case_run(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The longest run of one letter case in a name that mixes ALL-CAPS and Title-case words.

    A caption or section label in capitals runs into the name the NER finds ("GETTY Obama",
    "Mark Smith WASHINGTON"); the words in the other case belong to the label. Ties keep Title case.
    Initials and regnal numbers join the run they stand in ("SAMUEL L. JACKSON", "Charles Keating IV").
    """
    cases = [_shouted(doc[i]) for i in range(start, end)]
    known = [c for c in cases if c is not None]
    if all(known) or not any(known):
        return start, end
    shouting = []
    for case in cases:
        shouting.append(case if case is not None else (shouting[-1] if shouting else known[0]))
    best = (0, 0, start, start)
    run_start = start
    for i in range(start, end + 1):
        if i == end or shouting[i - start] != shouting[run_start - start]:
            size = (i - run_start, not shouting[run_start - start])
            if size > best[:2]:
                best = (*size, run_start, i)
            run_start = i
    return best[2], best[3]


def _trim(doc: Doc, start: int, end: int, label: str, person_words: set[str]) -> tuple[int, int]:
    """The name left once caption, byline and headline debris is cut from the edges of an entity."""
    if start >= end:
        return start, end
    start, end = _credits_cut(doc, start, end, label, person_words)
    if any(_credit(doc[i]) for i in range(max(start - 1, 0), min(end + 1, len(doc)))):
        return start, start  # a photo credit ("Name/Agency")
    if end < len(doc) and _handle(doc[end]):
        return start, start  # the platform of a handle ("on Twitter @user")
    start = max((i + 1 for i in range(start, end) if _handle(doc[i])), default=start)
    counts = [i for i in range(start, end) if "/" in doc[i].text]
    if counts:
        # a gallery count splits a caption ("Getty 5/19 Name", "Name 7/8 Witnesses"): the longer side is the name
        start, end = max([(start, counts[0]), (counts[-1] + 1, end)], key=lambda r: (r[1] - r[0], r[0]))
    if end - start > 1 and _uninformative(doc[start]) == _HEADLINE:
        # a title-case headline runs the name into the words after it ("X Checks Into Rehab"): the name
        # ends before the first word the article also writes in lower case
        end = next((i for i in range(start + 1, end) if doc[i].is_alpha and _seen_lower(doc, doc[i].lower_)), end)
    if end - start > 2 and all(doc[i].is_upper for i in range(start, end)) and any(
        doc[i].tag_ in _VERB_TAGS for i in range(start + 1, end - 1)
    ):
        return start, start  # "CLINTON CLEARED FBI": a crosshead in capitals, a sentence and no name
    credit = start
    while credit < end and doc[credit].text in _PHOTO_CREDITS:
        credit += 1
    if start < credit < end and doc[credit].like_num:
        start = credit + 1  # "Getty Images 18 Aides": a credit and a gallery count before the caption
    while start < end and _noise(doc[start]):
        start += 1
    while end > start and _noise(doc[end - 1]):
        end -= 1
    while end - start > 1 and doc[end - 1].text in _PHOTO_CREDITS:
        end -= 1  # "Cleveland Indians Getty Images": a caption's credit run into the name
    if all(doc[i].text in _PHOTO_AGENCIES for i in range(start, end)):
        return start, start  # "Getty Images" credits a photo and never acts
    if label != "PERSON" or start >= end:
        return _credits_cut(doc, start, end, label, person_words)
    start, end = _case_run(doc, start, end)
    if doc[start].lower_ in _ORDINALS:
        # "First Amendment", "First Lady Jill Biden": an ordinal opens an office or a thing, not a name
        start += 2
        while start < end and doc[start].lower_.rstrip(".") in PERSON_TITLES:
            start += 1
    return _credits_cut(doc, start, end, label, person_words)


def _credits_cut(doc: Doc, start: int, end: int, label: str, person_words: set[str]) -> tuple[int, int]:
    """A name without the caption words run into its edges: a platform or agency credit, a descriptor or
    a byline's "By"/"Follow" before a person ("Instagram X", "REUTERS X", "Singer X", "Follow X"), a
    descriptor or the next name's "Mr" after one ("X Comedian", "X Mr"), a page's photo controls after any
    name ("X Click") or alone ("Image"), a wire agency after a dateline's place ("Port Louis, Mauritius
    Reuters"). A person is the model's label or words of person names. Cut before the caption's counts are
    read and again once the name is narrowed."""

    def person(lo: int, hi: int) -> bool:
        return label == "PERSON" or all(doc[i].text in person_words for i in range(lo, hi))

    if end - start > 1 and doc[start].lower_ in _CREDIT_WORDS | PERSON_DESCRIPTORS and person(start + 1, end):
        start += 1
    if end - start > 1 and doc[start].lower_ in _BYLINE_WORDS and doc[start].is_title:
        start += 1  # "Follow Jane Roe on Twitter": the writer's sign-off, which ``_writer`` then drops
    if end - start > 1 and doc[end - 1].lower_ in PERSON_DESCRIPTORS and person(start, end - 1):
        end -= 1
    if end - start > 1 and doc[end - 1].lower_.rstrip(".") in _HONORIFICS and person(start, end - 1):
        end -= 1  # "Jane Roe Mr Doe's son": the title of the next name
    while end - start > 1 and doc[end - 1].lower_ in CAPTION_WORDS and not doc[end - 1].is_lower:
        end -= 1
    if end - start == 1 and doc[start].lower_ in CAPTION_WORDS:
        return start, start  # "Image copyright": a caption's label alone names nobody
    if end - start > 1 and doc[end - 1].lower_ in NEWS_AGENCIES and (
        geo.country_of(_name_text(doc, start, end - 1)) or (start and doc[start - 1].lower_ in _DATELINE_JOINS)
    ):
        end -= 1
    return start, end


def _in_role_apposition(tok: Token) -> bool:
    """A name set beside a role noun ("the German chancellor, X" or "X, the German chancellor")."""
    if tok.dep_ == "appos" and tok.head.lower_ in ROLE_NOUNS:
        return True
    return any(c.dep_ == "appos" and c.lower_ in ROLE_NOUNS for c in tok.children)


def _name_text(doc: Doc, start: int, end: int) -> str:
    """The name as written, without a possessive and without the brackets of an editor's insertion
    ("[Director James B.] Comey" -> "James B. Comey")."""
    pieces: list[str] = []
    for t in doc[start:end]:
        if t.text not in _BRACKETS:
            pieces.append(t.text_with_ws)
        elif t.whitespace_ and pieces:
            pieces[-1] = pieces[-1].rstrip() + " "
    text = "".join(pieces).strip()
    for mark in _POSSESSIVE[:2]:
        text = text.removesuffix(mark)
    return " ".join(text.split())


def _aged(doc: Doc, end: int) -> bool:
    """Whether a name is followed by an age between commas ("Jane Roe, 76, said"): only people have one."""
    return (
        end + 2 < len(doc)
        and doc[end].text == ","
        and doc[end + 1].is_digit
        and 0 < int(doc[end + 1].text) < _OLDEST
        and doc[end + 2].text in (",", ")")
    )


def _is_speech_subject(tok: Token) -> bool:
    return tok.dep_ in _SUBJECTS and tok.head.lemma_ in SPEECH_VERBS


def _pair_parts(doc: Doc, ent: SpacySpan) -> list[SpacySpan]:
    """ "Kroger and Albertsons" read as one name is two when the article also names each on its own;
    "Johnson and Johnson" or "Procter and Gamble", never named apart, stay one."""
    inner = [t.i for t in ent[1:-1] if t.lower_ == "and"]
    if len(inner) != 1:
        return [ent]
    parts = [doc[ent.start : inner[0]], doc[inner[0] + 1 : ent.end]]
    text, own = doc_text(doc), ent.text
    if all(text.count(p.text) > own.count(p.text) for p in parts):
        return [SpacySpan(doc, p.start, p.end, label=ent.label_) for p in parts]
    return [ent]


def _candidates(doc: Doc) -> list[_Mention]:
    found: list[_Mention] = []
    covered: set[int] = set()
    ents = [part for ent in doc.ents if ent.label_ in _LABELS for part in _pair_parts(doc, ent)]
    person_words = {t.text for ent in ents if ent.label_ == "PERSON" for t in ent}
    for ent in ents:
        if ent.label_ == "NORP" and len(ent) == 1 and _one_of_a_people(ent[0]) and _determined(ent[0]):
            covered.add(ent.start)  # "the Republican" is one person, never the party
            continue
        start, end, titled = _strip_name(ent, _names_person(ent, person_words))
        start, end = _trim(doc, start, end, ent.label_, person_words)
        if start >= end or not any(t.is_alpha for t in doc[start:end]):
            continue
        titled = titled or (start > ent.start and doc[start - 1].lower_ in PLATFORMS)  # "Instagram X": an account
        name = _name_text(doc, start, end)
        if name.islower():
            continue
        found.append(_Mention(start, end, name, ent.label_, titled))
        covered.update(range(ent.start, ent.end))
    for tok in doc:
        # a proper-noun subject of a reporting verb that NER missed is an actor too
        if (
            tok.i not in covered
            and tok.pos_ == "PROPN"
            and _is_speech_subject(tok)
            and tok.is_title
            and tok.lower_ not in PERSON_TITLES  # "[Agency Director X] said": a title alone names nobody
        ):
            start = tok.i
            while start > 0:
                if _hyphen_joined(doc, start):  # "Alayna Fodor-Gopal": the whole double name
                    start -= 2
                elif doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
                    start -= 1
                else:
                    break
            # ... unless the article calls it an organisation ("mining firm X said")
            label = "ORG" if start and doc[start - 1].is_lower and doc[start - 1].lower_ in ORG_NOUNS else "PERSON"
            s, e, titled = _strip_name(doc[start : tok.i + 1], label == "PERSON")
            s, e = _credits_cut(doc, s, e, label, person_words) if s < e else (s, e)
            if s < e:
                found.append(_Mention(s, e, _name_text(doc, s, e), label, titled))
    found.sort(key=lambda m: m.start)
    return [m for m in found if sum(c.isalpha() for c in m.name) > 1]  # "'I" run into a quote is no name


def _hyphen_joined(doc: Doc, i: int) -> bool:
    """Whether the token before ``i`` is a bare hyphen joining a proper noun to it ("Fodor-Gopal")."""
    return (
        i > 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_
        and doc[i - 2].pos_ == "PROPN"
    )


def _group(doc: Doc, mentions: list[_Mention]) -> dict[str, _Actor]:
    """Mentions grouped by actor key: country, full person name, or the name itself."""
    by_name: dict[str, list[_Mention]] = defaultdict(list)
    cased = {m.name.lower(): m.name for m in mentions if not m.name.isupper()}
    for m in mentions:
        if m.name.isupper():
            m.name = cased.get(m.name.lower(), m.name)  # "HILLARY CLINTON" in a caption is "Hillary Clinton"
        by_name[m.name].append(m)
    by_name = _unglued(doc, by_name)
    votes: dict[str, Counter] = defaultdict(Counter)
    for name, ms in by_name.items():
        for m in ms:
            votes[name][m.label] += _WEAK.get(m.label, 1.0)
            if m.titled or _aged(doc, m.end):
                votes[name]["PERSON"] += 2.0
            elif len(name.split()) > 1 and name.split()[-1].lower() in ORG_NAME_HEADS:
                votes[name]["ORG"] += 2.0  # "the Daily Herald reported": a body, though it speaks
            elif m.label != "PERSON" and any(_is_speech_subject(t) for t in doc[m.start : m.end]):
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
    actors: dict[str, _Actor] = {}
    for name, ms in by_name.items():
        if name not in key_of:
            continue
        actor = actors.setdefault(key_of[name], _Actor())
        actor.names[name] += len(ms)
        actor.votes.update(votes[name])
        actor.mentions.extend((m.start, m.end) for m in ms)
        if all(_uninformative(doc[m.start]) == _OPENING for m in ms) and _once(doc, doc[ms[0].start]):
            actor.openers.add(name)
        if geo.country_of(key_of[name]) == key_of[name]:
            actor.country = key_of[name]
    return actors


def _unglued(doc: Doc, by_name: dict[str, list[_Mention]]) -> dict[str, list[_Mention]]:
    """Names cut back to the one name a flattened page ran other words into, when the article also uses
    that name on its own: a person's name after a place or body the article names ("Capitol Hill X", "Oval
    Office X"), after the region of a dateline ("Leesburg, Virginia Jane Roe") or after another person's
    name ("Roe John Doe" in a caption), or before a word the article writes in lower case ("Jane Roe
    Medics respond") or a name it gives a place or body ("Jane Roe Seattle"); and a body's name after a
    person's in a headline or opening a sentence ("Roe FBI probe: what we know")."""
    persons = {n for n, ms in by_name.items() if any(m.label == "PERSON" or m.titled for m in ms)}
    others = {n for n, ms in by_name.items() if 2 * sum(m.label == "PERSON" or m.titled for m in ms) < len(ms)}
    found: dict[str, list[_Mention]] = defaultdict(list)
    for ms in by_name.values():
        for m in ms:
            start, end = _person_inside(doc, m, persons, others)
            if (start, end) != (m.start, m.end):
                m.start, m.end, m.name = start, end, _name_text(doc, start, end)
                m.label = "PERSON" if m.name in persons else m.label
            found[m.name].append(m)
    return found


def _person_inside(doc: Doc, m: _Mention, persons: set[str], others: set[str]) -> tuple[int, int]:
    """The token range of the name inside a glued mention (see ``_unglued``); else the mention's."""
    heads = [i for i in range(m.start + 1, m.end) if doc[i].is_alpha and doc[i - 1].whitespace_]
    for i in heads:
        rest = _name_text(doc, i, m.end)
        lead = _name_text(doc, m.start, i)
        if rest == m.name:
            continue
        if rest in others and lead in persons and m.label != "PERSON" and _uninformative(doc[m.start]):
            return i, m.end
        if rest not in persons:
            continue
        placed = lead in others or geo.country_of(lead) is not None
        if placed and (len(rest.split()) > 1 or m.end - m.start > 2):
            return i, m.end
        if len(rest.split()) > 1 and (_after_place(doc, m.start) or _someone_else(lead, rest, persons)):
            return i, m.end
    for i in reversed(heads):
        head, tail = _name_text(doc, m.start, i), doc[i:m.end]
        if head not in persons or len(head.split()) < 2:
            continue
        if tail.text in others or (m.label == "PERSON" and all(_seen_lower(doc, t.lower_) for t in tail)):
            return m.start, i
    return m.start, m.end


def _someone_else(lead: str, rest: str, persons: set[str]) -> bool:
    """Whether the words before a person's full name name another person: their full name or surname
    ("Jane Roe John Doe", "Roe John Doe" after "Jane Roe"), as a caption lists the people in a photo."""
    return any(p != rest and (p == lead or p.split()[-1] == lead) for p in persons if p != f"{lead} {rest}")


def _after_place(doc: Doc, i: int) -> bool:
    """Whether a name follows a place and a comma, as the region of a dateline does ("Leesburg, Virginia")."""
    return i > 1 and doc[i - 1].text == "," and doc[i - 2].ent_type_ in _PLACES


def _once(doc: Doc, tok: Token) -> bool:
    """Whether the article writes this word (in this case) only once."""
    return _orth_counts(doc).get(tok.orth, 0) == 1


def _top(votes: dict[str, Counter], name: str) -> str:
    """The type most mentions of a name vote for."""
    return votes[name].most_common(1)[0][0]


def _tail_of(
    doc: Doc, name: str, by_name: dict[str, list[_Mention]], votes: dict[str, Counter], full_names: list[str]
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
            and any(not _uninformative(doc[m.start]) for m in ms)
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
    doc: Doc, name: str, by_name: dict[str, list[_Mention]], votes: dict[str, Counter], full_names: list[str]
) -> str:
    """The full name a lone word stands for: the name it abbreviates ("RAIB"), the surname of a full name
    ("Macron"), or the given name of the one person so named ("Hillary" after "Hillary Clinton"); else the
    word itself. A surname is not a relative introduced as one ("his wife, Jane Roe") when another of
    the family is named, and not a relative at all when the article spoke of it first
    ("President Obama" ... "first lady Michelle Obama")."""
    spelled = [f for f in full_names if _top(votes, f) != "PERSON" and is_acronym_of(name, f)]
    if len(spelled) == 1:
        return spelled[0]
    family = [f for f in full_names if f.split()[-1] == name and geo.country_of(f) is None]
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


def _introduced_as_kin(doc: Doc, start: int) -> bool:
    """A name given as someone's relative: "his wife, X", "first lady X", "her husband, former president X"."""
    for tok in reversed(doc[max(0, start - _KIN_REACH) : start]):
        if tok.lower_ in KINSHIP:
            return True
        if tok.is_sent_end or tok.pos_ in ("VERB", "AUX", "ADP", "PROPN"):
            return False
    return False


def _common_word(doc: Doc, name: str, mentions: list[_Mention]) -> bool:
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
        places.append(_uninformative(doc[m.start]))
        if not places[-1]:
            return False
    if len(words) == 1 and all(doc[m.start].tag_ not in _PROPER_TAGS for m in mentions):
        return True  # "Aides said", "Cheers erupted"
    lower = [_seen_lower(doc, w) for w in words]
    # a headline capitalises every word: one common word in a name found only there gives it away
    return any(lower) if all(p == _HEADLINE for p in places) else all(lower)


def _writer(doc: Doc, mentions: list[_Mention]) -> bool:
    """A name met only in a byline ("By X") or the writer's sign-off ("Follow X on Twitter") is the
    article's author, not an actor of its story."""
    return all(
        m.start > 0 and doc[m.start - 1].lower_ in _BYLINE_WORDS and doc[m.start - 1].is_sent_start for m in mentions
    )


def _seen_lower(doc: Doc, word: str) -> bool:
    """Whether the article writes this lower-case word somewhere."""
    return doc.vocab.strings[word] in _orth_counts(doc)


def _orth_counts(doc: Doc) -> dict[int, int]:
    """How often the article writes each exact word (taken once per Doc)."""
    counts = doc.user_data.get(_LOWER_FORMS)
    if counts is None:
        counts = doc.user_data[_LOWER_FORMS] = doc.count_by(ORTH)
    return counts


def _in_headline(sentence: SpacySpan) -> bool:
    """Whether a sentence capitalises most of its words, as headlines do (memoised per Doc)."""
    known = sentence.doc.user_data.setdefault(_HEADLINES, {})
    if sentence.start not in known:
        known[sentence.start] = capitalised_like_a_headline(sentence)
    return known[sentence.start]


def _uninformative(tok: Token) -> str:
    """Where a word's capital tells nothing: in a headline that capitalises most words, or opening a
    sentence (or a quote that opens one); "" elsewhere."""
    if _in_headline(sentence_of(tok)):
        return _HEADLINE
    before = tok.doc[tok.i - 1] if tok.i else None
    return _OPENING if tok.is_sent_start or (before is not None and before.is_quote and before.is_sent_start) else ""


def _object_of(tok: Token, prepositions: set[str]) -> bool:
    """Whether a name is the object of one of these prepositions: "on"/"via" for a medium ("said on
    Twitter"), a place preposition for a name that only says where ("talks in London")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in prepositions


def _type_of(actor: _Actor) -> str:
    if actor.country:
        return "GPE"
    label = actor.votes.most_common(1)[0][0]
    return "ORG" if label in _WEAK else label


def _owner(tok: Token, token_actor: dict[int, str]) -> str | None:
    """Whose role a role noun names: a possessor ("Ukraine's president"), a body named before it ("the
    Nato spokesman", never the spokesman of another) or a demonym ("Russian")."""
    for child in tok.children:
        if child.dep_ in ("poss", "compound") and child.i in token_actor:
            return token_actor[child.i]
        if child.dep_ in ("amod", "compound", "nmod"):
            country = geo.country_of_demonym(child.text) or geo.country_of(child.text)
            if country:
                return country
    return None


def _role_word(tok: Token) -> str | None:
    """The role a noun names: a role noun, its "-elect" form ("the president-elect"), or a party or
    nation word used as a noun for one person ("the Republican", "the Briton")."""
    if tok.lower_ in ROLE_NOUNS:
        return tok.lower_
    doc = tok.doc
    if tok.lower_ == "elect" and tok.i > 1 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in ROLE_NOUNS:
        return f"{doc[tok.i - 2].lower_}-elect"
    if _one_of_a_people(tok):
        return tok.lower_
    return None


def _one_of_a_people(tok: Token) -> bool:
    """A party or nation word standing alone as one person ("the Democrat said", "Republican X")."""
    return tok.ent_type_ == "NORP" and tok.tag_ in _SINGULAR and tok.is_title and tok.dep_ != "amod"


def _determined(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in DETERMINERS for c in tok.children)


def _role_key(tok: Token, token_actor: dict[int, str]) -> tuple[str | None, str] | None:
    role = _role_word(tok)
    if role is None:
        return None
    words = [
        c.lower_
        for c in tok.children
        if c.dep_ in ("compound", "amod")
        and c.i < tok.i
        and not geo.country_of_demonym(c.text)
        and not geo.country_of(c.text)
        and c.i not in token_actor
        and not (role.endswith("-elect") and c.i >= tok.i - 2)
    ]
    return _owner(tok, token_actor), " ".join([*words, role])


def _learn_roles(doc: Doc, token_actor: dict[int, str], kinds: dict[str, str]) -> dict:
    """Roles the article ties to one person: title before the name, or an apposition."""
    roles: dict[tuple[str | None, str], str] = {}
    for tok in doc:
        if _role_word(tok) is None:
            continue
        person = None
        nxt = tok.i + 1
        if nxt < len(doc) and nxt in token_actor and kinds.get(token_actor[nxt]) == "PERSON":
            person = token_actor[nxt]
        for child in tok.children:
            if child.dep_ == "appos" and child.i in token_actor and kinds.get(token_actor[child.i]) == "PERSON":
                person = token_actor[child.i]
        if tok.dep_ == "appos" and tok.head.i in token_actor and kinds.get(token_actor[tok.head.i]) == "PERSON":
            person = token_actor[tok.head.i]
        key = _role_key(tok, token_actor)
        if person and key:
            roles.setdefault(key, person)
    return roles


def _role_mentions(doc: Doc, roles: dict, token_actor: dict[int, str]) -> list[tuple[str, int, int]]:
    found = []
    for tok in doc:
        if (tok.i in token_actor and not _one_of_a_people(tok)) or _role_word(tok) is None:
            continue
        key = _role_key(tok, token_actor)
        if key is None or (key[0] is None and not any(c.lower_ == "the" for c in tok.children)):
            continue
        person = roles.get(key) or (_only_holder(roles, key[1]) if key[0] is None else None)
        if person and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN"):
            start = min([tok.i, *(c.i for c in tok.children if c.i < tok.i)])
            found.append((person, start, tok.i + 1))
    return found


def _only_holder(roles: dict, words: str) -> str | None:
    """The one person who holds a role of any body or kind ("the manager" after "Arsenal manager X")."""
    holders = {person for (_, role), person in roles.items() if role == words or role.endswith(f" {words}")}
    return holders.pop() if len(holders) == 1 else None


def _quoted_mask(text: str) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in find_marked(text)]


def _inside(ranges: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in ranges)


def _resolve_pronoun(tok: Token, token_actor: dict[int, str], kinds: dict[str, str]) -> str | None:
    """The person a pronoun names inside its sentence: the subject of a governing clause before it."""
    prev = tok
    for anc in tok.ancestors:
        if prev.dep_ in _CLIMB_STOP:
            return None
        for child in anc.children:
            if (
                child.dep_ in _SUBJECTS
                and child.i < tok.i
                and child is not prev
                and child.i in token_actor
                and kinds.get(token_actor[child.i]) == "PERSON"
            ):
                return token_actor[child.i]
        prev = anc
    return None


def _titled_genders(doc: Doc, token_actor: dict[int, str]) -> dict[str, str]:
    """Gender an article gives a person through a title or a gendered noun before a name ("Mr", "Mrs",
    "first lady X", "his wife, X")."""
    genders: dict[str, str] = {}
    for i, actor in token_actor.items():
        if i > 0 and token_actor.get(i - 1) != actor:
            before = doc[i - 2] if doc[i - 1].text == "," and i > 1 else doc[i - 1]
            gender = TITLE_GENDERS.get(before.lower_.rstrip(".")) or NOUN_GENDERS.get(before.lower_)
            if gender:
                genders.setdefault(actor, gender)
    return genders


def _pronouns(doc: Doc, token_actor: dict[int, str], kinds: dict[str, str]) -> list[tuple[str, int]]:
    """(actor, token index) for each third-person pronoun outside quotes that a rule resolves.

    A pronoun goes to the nearest fitting person: the subject of a clause governing it, else the latest
    subject, else the latest person named. A person's gender is learnt from a title (Mr, Ms) or from the
    first pronoun bound to them, and a pronoun of the other gender passes them by.
    """
    quoted = _quoted_mask(doc.text)
    genders = _titled_genders(doc, token_actor)
    found: list[tuple[str, int]] = []
    subjects: list[str] = []  # persons of earlier sentences, latest first: subjects, then any mention
    others: list[str] = []
    sent_subjects: list[str] = []
    sent_any: list[str] = []
    sent_start = -1
    for tok in doc:
        if tok.is_sent_start and tok.i != sent_start:
            subjects, others = _ranked(sent_subjects, subjects), _ranked(sent_any, others)
            sent_subjects, sent_any, sent_start = [], [], tok.i
        actor = token_actor.get(tok.i)
        if actor and kinds.get(actor) == "PERSON":
            sent_any.append(actor)
            if tok.dep_ in _SUBJECTS:
                sent_subjects.append(actor)
        elif actor is None and _unnamed_speaker(tok):
            sent_subjects.append(_SOMEONE)  # "a ministry spokesman said ...": a later "he" is that one
        if tok.lower_ not in PERSON_PRONOUNS or _inside(quoted, tok.idx):
            continue
        gender = PRONOUN_GENDERS[tok.lower_]
        near = _resolve_pronoun(tok, token_actor, kinds)
        candidates = [*([near] if near else []), *subjects, *others]
        who = next((p for p in candidates if genders.get(p, gender) == gender), None)
        if who:
            genders.setdefault(who, gender)
            found.append((who, tok.i))
            if tok.dep_ in _SUBJECTS:
                sent_subjects.append(who)
    return found


def _unnamed_speaker(tok: Token) -> bool:
    """One person the article speaks of without a name, speaking ("a foreign ministry spokesman said")."""
    return tok.tag_ == "NN" and tok.lower_ in _PERSON_NOUNS and _is_speech_subject(tok)


def _ranked(latest: list[str], earlier: list[str]) -> list[str]:
    """Persons by recency, each once: this sentence's (its last first), then the ones before."""
    seen: list[str] = []
    for person in [*reversed(latest), *earlier]:
        if person not in seen:
            seen.append(person)
    return seen[:_RECENT_PERSONS]


def _proper_run(doc: Doc, start: int, step: int, token_actor: dict[int, str]) -> tuple[int, int] | None:
    """The proper nouns running from ``start`` away from a descriptor (step +1 rightwards, -1 leftwards),
    as a token range; None when the first word is no capitalised proper noun."""
    end = start
    while (
        0 <= end < len(doc)
        and abs(end - start) < _ORG_NAME_WORDS
        and doc[end].pos_ == "PROPN"
        and doc[end].is_alpha
        and (end == start or token_actor.get(end) == token_actor.get(start))
    ):
        end += step
    if end == start or not (doc[start].is_title or doc[start].is_upper):
        return None
    return (start, end) if step > 0 else (end + 1, start + 1)


def _described(tok: Token, token_actor: dict[int, str]) -> tuple[int, int] | None:
    """The name an organisation noun describes: right after it ("union X", "the carmaker X"), in apposition
    ("X, the rail union" or "the union, X") or in compound before it ("the X party")."""
    doc = tok.doc
    after = tok.i + 1
    if after < len(doc) and doc[after].pos_ == "PROPN":
        return _proper_run(doc, after, 1, token_actor)
    if tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
        return _proper_run(doc, tok.head.i, -1, token_actor)
    for child in tok.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.i > tok.i:
            return _proper_run(doc, child.i, -1, token_actor)
    before = tok.i - 1
    if before >= 0 and doc[before].pos_ == "PROPN" and doc[before].dep_ == "compound" and doc[before].head.i == tok.i:
        return _proper_run(doc, before, -1, token_actor)
    return None


def _org_actor(
    doc: Doc,
    name: tuple[int, int],
    actors: dict[str, _Actor],
    kinds: dict[str, str],
    token_actor: dict[int, str],
    created: set[str],
) -> str | None:
    """The actor at a described name, a new ORG actor when the model tagged none there; a person or a place
    is returned too, for it still makes the noun ambiguous, but is never resolved to."""
    start, end = name
    key = token_actor.get(start)
    if key is not None:
        return key
    text = _name_text(doc, start, end)
    first = text.split()[0].lower()
    if first in WEEKDAYS or first in MONTHS or first in PERSON_TITLES or first in ROLE_NOUNS:
        return None
    if geo.country_of(text) or geo.country_of_demonym(text):
        return None
    if text in actors and kinds.get(text) in _NOT_ORGS:
        return text
    if text not in actors:
        created.add(text)
    actor = actors.setdefault(text, _Actor())
    actor.names[text] += 1
    actor.votes["ORG"] += 1.0
    actor.mentions.append((start, end))
    kinds.setdefault(text, "ORG")
    for i in range(start, end):
        token_actor[i] = text
    return text


def _org_descriptions(
    doc: Doc, actors: dict[str, _Actor], kinds: dict[str, str], token_actor: dict[int, str]
) -> list[tuple[str, int, int]]:
    """(actor, start, end) token ranges of "the <noun>" naming the one organisation the article described
    with that noun; described names the model missed become ORG actors on the way.

    An organisation is described by a noun beside its name or by its name ending in the noun ("Interior
    Ministry"); a noun two organisations share names neither.
    """
    taught: dict[str, dict[str, int]] = defaultdict(dict)  # noun -> actor -> first token taught
    uses: list[Token] = []
    created: set[str] = set()
    for tok in doc:
        noun = tok.lower_
        if noun not in ORG_NOUNS or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if not tok.is_lower:
            key = token_actor.get(tok.i)
            if key and kinds.get(key) == "ORG" and token_actor.get(tok.i + 1) != key:
                taught[noun].setdefault(key, tok.i)
            continue
        if tok.i in token_actor or tok.tag_ not in _SINGULAR:
            continue
        name = _described(tok, token_actor)
        key = _org_actor(doc, name, actors, kinds, token_actor, created) if name else None
        if key:
            taught[noun].setdefault(key, tok.i)
        elif name is None and tok.i and doc[tok.i - 1].lower_ == "the" and _heads_phrase(tok):
            uses.append(tok)
    _more_mentions(doc, created, actors, token_actor)
    found = []
    for tok in uses:
        owners = taught.get(tok.lower_, {})
        if len(owners) == 1:
            ((key, first),) = owners.items()
            if first < tok.i and kinds.get(key) not in _NOT_ORGS:
                found.append((key, tok.i - 1, tok.i + 1))
    return found


def _heads_phrase(tok: Token) -> bool:
    """Whether the noun ends its noun phrase: "the union" names a body, "the union leader" does not."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.dep_ not in _MODIFIERS and not (after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ"))


def _more_mentions(doc: Doc, created: set[str], actors: dict[str, _Actor], token_actor: dict[int, str]) -> None:
    """Later plain uses of a name first found beside an organisation noun ("X said") join its actor."""
    by_first: dict[str, list[list[str]]] = defaultdict(list)
    for key in created:
        by_first[key.split()[0]].append(key.split())
    for tok in doc:
        if tok.i in token_actor or tok.text not in by_first:
            continue
        for words in by_first[tok.text]:
            end = tok.i + len(words)
            if [t.text for t in doc[tok.i : end]] == words and all(i not in token_actor for i in range(tok.i, end)):
                key = " ".join(words)
                actors[key].mentions.append((tok.i, end))
                actors[key].names[key] += 1
                for i in range(tok.i, end):
                    token_actor[i] = key
                break


def extract_entities(doc: Doc) -> list[Entity]:
    """The actors of a parsed article, each with all its mentions (names, roles, pronouns)."""
    actors = _group(doc, _candidates(doc))
    kinds = {key: _type_of(a) for key, a in actors.items()}
    token_actor: dict[int, str] = {}
    for key, actor in actors.items():
        for start, end in actor.mentions:
            for i in range(start, end):
                token_actor[i] = key
    text = doc.text
    for person, start, end in _role_mentions(doc, _learn_roles(doc, token_actor, kinds), token_actor):
        span = Span.of(text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
        actors[person].extra.append(span)
        if token_actor.get(end - 1, person) != person:  # "the Democrat": one person, not the party
            _release(actors, token_actor.pop(end - 1), end - 1)
        for i in range(start, end):
            token_actor.setdefault(i, person)
    for org, start, end in _org_descriptions(doc, actors, kinds, token_actor):
        actors[org].extra.append(Span.of(text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1])))
        for i in range(start, end):
            token_actor.setdefault(i, org)
    for person, i in _pronouns(doc, token_actor, kinds):
        actors[person].extra.append(Span.of(text, doc[i].idx, doc[i].idx + len(doc[i])))
        token_actor[i] = person
    entities = []
    for key, actor in actors.items():
        mentions = [Span.of(text, doc[s].idx, doc[e - 1].idx + len(doc[e - 1])) for s, e in actor.mentions]
        mentions = sorted([*mentions, *actor.extra], key=lambda sp: sp.start)
        total = sum(actor.votes.values()) or 1.0
        confidence = 1.0 if actor.country else round(actor.votes[kinds[key]] / total, 2)
        name = _canonical(key, actor, kinds[key])
        if kinds[key] == "PERSON" and name.isupper():
            name = re.sub(r"'S\b", "'s", name.title())  # "JANE ROE" in a caption, never in text
        entities.append(Entity(name, kinds[key], mentions, confidence))
    entities.sort(key=lambda e: e.mentions[0].start if e.mentions else 0)
    return entities


def _release(actors: dict[str, _Actor], key: str, i: int) -> None:
    """Take the mention at token ``i`` from an actor, and the actor away when nothing is left of it."""
    actor = actors[key]
    actor.mentions = [(s, e) for s, e in actor.mentions if not s <= i < e]
    if not actor.mentions and not actor.extra:
        del actors[key]


def _canonical(key: str, actor: _Actor, kind: str) -> str:
    """The actor's fullest name; for a body, not a name met only opening a sentence whose first word the
    article writes nowhere else and that ends in another of its names ("Jubilant Gulls fans ..." before
    "the Gulls"): a word opening a sentence runs into a name there. People and places keep the fullest
    name, for their first full name often opens a sentence ("Jane Roe said")."""
    if actor.country:
        return actor.country
    names = [
        n for n in actor.names
        if kind != "ORG" or n not in actor.openers or not any(n.endswith(f" {o}") for o in actor.names)
    ]
    return max(names, key=lambda n: (len(n.split()), actor.names[n], len(n)))


class ActorIndex:
    """Every mention sorted by offset, so finding the actor at a span costs a bisection, not a scan.

    Rules ask "whose mention is this?" once per candidate word; a scan over all mentions made long
    articles quadratic.
    """

    def __init__(self, entities: Sequence[Entity]):
        self.entities = list(entities)
        self._mentions = sorted((m.start, m.end, i) for i, e in enumerate(self.entities) for m in e.mentions)
        self._starts = [m[0] for m in self._mentions]
        self._longest = max((end - start for start, end, _ in self._mentions), default=0)
        surnames: dict[str, list[Entity]] = defaultdict(list)
        for e in self.entities:
            if e.type == "PERSON":
                surnames[e.name.split()[-1]].append(e)
        self._surnames = {name: found[0] for name, found in surnames.items() if len(found) == 1}

    def person(self, surname: str) -> Entity | None:
        """The one person of the article with this family name (None when none or several have it)."""
        return self._surnames.get(surname)

    def at(self, start: int, end: int) -> Entity | None:
        """The actor with a mention overlapping the span [start, end) (the largest overlap wins)."""
        first = bisect.bisect_left(self._starts, start - self._longest)
        last = bisect.bisect_right(self._starts, end)
        best: Entity | None = None
        best_overlap = 0
        for m_start, m_end, i in self._mentions[first:last]:
            overlap = min(end, m_end) - max(start, m_start)
            if overlap > best_overlap or (overlap == 0 and best is None and m_start == start == end):
                best, best_overlap = self.entities[i], overlap
        return best


def actor_at(entities: Sequence[Entity], start: int, end: int) -> Entity | None:
    """The actor with a mention overlapping the span [start, end); build an ``ActorIndex`` to ask often."""
    return ActorIndex(entities).at(start, end)


_PERSON_SURNAME = 88
_TRANSLITERATED = 60  # surname likeness enough when two or more given names agree exactly
_PERSON_FIRST = 80
_OTHER = 92


def _compatible_first(a: list[str], b: list[str]) -> bool:
    if not a or not b:
        return True
    x, y = a[0].rstrip(".").lower(), b[0].rstrip(".").lower()
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    return fuzz.ratio(x, y) >= _PERSON_FIRST


def _same_actor(a: Entity, b: Entity) -> bool:
    if (a.type == "PERSON") != (b.type == "PERSON"):
        return False
    if a.type != "PERSON":
        return (
            a.name.lower() == b.name.lower()
            or fuzz.ratio(a.name.lower(), b.name.lower()) >= _OTHER
            or is_acronym_of(a.name, b.name)
            or is_acronym_of(b.name, a.name)
        )
    ta, tb = a.name.split(), b.name.split()
    surnames = fuzz.ratio(ta[-1].lower(), tb[-1].lower())
    if len(ta) > 2 and ta[:-1] == tb[:-1] and surnames >= _TRANSLITERATED:
        return True  # "Noor Mohammad Faiz" / "Noor Mohammad Fayez": one name spelt from another script
    if surnames < _PERSON_SURNAME:
        return False
    return _compatible_first(ta[:-1], tb[:-1])


def unify_names(entity_lists: Sequence[Sequence[Entity]]) -> dict[str, str]:
    """One shared canonical name per actor across a story's articles (``article name -> shared name``).

    Names merge when their types agree and they are spelled alike (rapidfuzz); two people merge only when
    their surnames are near-identical and their first names (where both are given) agree. A surname alone
    joins the full name it matches (the most mentioned one when several do). The shared name is the
    longest full form, its most used spelling.
    """
    reps: dict[str, Entity] = {}
    weight: Counter = Counter()
    for entities in entity_lists:
        for e in entities:
            weight[e.name] += len(e.mentions) or 1
            if e.name not in reps or len(e.name) > len(reps[e.name].name):
                reps[e.name] = e
    names = sorted(reps, key=lambda n: (-len(n.split()), -weight[n], n))
    groups: list[list[str]] = []
    for name in names:
        fits = [g for g in groups if all(_same_actor(reps[name], reps[other]) for other in g)]
        if len(name.split()) == 1 and len(fits) > 1:
            fits.sort(key=lambda g: -sum(weight[n] for n in g))
        if fits:
            fits[0].append(name)
        else:
            groups.append([name])
    shared: dict[str, str] = {}
    for group in groups:
        longest = max(len(n.split()) for n in group)
        best = max((n for n in group if len(n.split()) == longest), key=lambda n: (weight[n], n))
        for n in group:
            shared[n] = best
    return shared
