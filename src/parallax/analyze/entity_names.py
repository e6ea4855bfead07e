"""Names of one article: each NER span cut back to the bare name an actor is known by.

The small model hands over names that are none, and these are cut before linking: photo credits,
bylines and handles, caption labels in capitals, verbs and words a title-case headline ran into a name,
lower-case words. Titles ("President", "Mr") and possessives are not part of a person's name.
A proper-noun subject of a reporting verb that the model missed is a name too.

Flattened web pages run captions, credits and crossheads into sentences, so words glue onto names: a
platform or agency credit ("Instagram X"), a descriptor ("Singer X", "X Comedian"), photo controls
("X Click"), a place, body or other person before a person's name ("Capitol Hill X"). They are cut by
their shape and word class here; what only the article's other names show is cut in ``entity_glue``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from parallax.analyze import geo
from parallax.analyze.cues import (
    CAPTION_WORDS,
    DEMONYM_NOUNS,
    DETERMINERS,
    NEWS_AGENCIES,
    ORG_NOUNS,
    PARTY_NOUNS,
    PERSON_DESCRIPTORS,
    PERSON_NOUNS,
    PERSON_TITLES,
    PLATFORMS,
    SPEECH_VERBS,
    TITLE_GENDERS,
)
from parallax.analyze.entity_capitals import HEADLINE, common_noun, seen_lower, uninformative
from parallax.analyze.nlp import doc_text

_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT"}
_BRACKETS = {"[", "]", "(", ")"}
SUBJECTS = {"nsubj", "nsubjpass"}
_POSSESSIVE = ("'s", "’s", "'", "’")
_VERB_TAGS = {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"}
_ORDINALS = frozenset(
    ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh")
)
_HONORIFICS = {*TITLE_GENDERS, "dr"}
BYLINE_WORDS = {"by", "follow"}
_ROMAN = set("IVX")
SINGULAR = {"NN", "NNP"}  # the tagger reads "union" before a name as a proper noun
_PHOTO_AGENCIES = frozenset(("Getty", "Images", "Alamy", "Shutterstock", "REX"))
_PHOTO_CREDITS = _PHOTO_AGENCIES | {"AFP", "EPA", "AP", "PA"}
_CREDIT_WORDS = PLATFORMS | NEWS_AGENCIES | {c.lower() for c in _PHOTO_CREDITS}
_DATELINE_JOINS = {",", "and"}
_DASHES = {"-", "–", "—"}
_JOINING_TAGS = {"IN", "TO", "CC"}
_TRADE_ENDINGS = ("master", "man", "woman", "person")
_TIME_LABELS = {"TIME"}
_NICKNAMED_WORDS = 8  # the most words of a name with a nickname inside ("Jo 'The Hat' Roe")
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})  # generational, after a family name ("Jo Roe III")
_COMPANY_ENDS = {"corp", "inc", "ltd", "plc", "co", "llc", "ag", "sa"}


@dataclass(slots=True)
class Mention:
    start: int  # token indices of the name itself
    end: int
    name: str
    label: str
    titled: bool = False


def _strip_name(span: SpacySpan, person: bool) -> tuple[int, int, bool]:
    """Token range of the bare name inside an entity span, and whether a person title stood before it.

    Titles, demonyms, party or nation nouns before a full name ("Democrat Jane Roe", "Frenchman Jo Roe")
    and descriptions ("Resident Jane Roe") are cut from person names only: in other
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
        or (person and end - start > 1 and _describes(doc, start, end))
        or (person and end - start > 2 and _occupation(doc[start]) and all(t.is_title for t in doc[start + 1 : end]))
    ):
        titled = titled or (
            doc[start].lower_.rstrip(".") in PERSON_TITLES
            or doc[start].lower_ in PERSON_DESCRIPTORS
            or doc[start].lower_ in DEMONYM_NOUNS
        )
        start += 1
    while end > start and (doc[end - 1].text in _POSSESSIVE or not doc[end - 1].text.strip()):
        end -= 1
    inner = [i for i in range(start + 1, end - 2) if doc[i].is_title and doc[i].lower_.rstrip(".") in PERSON_TITLES]
    if person and inner:
        start, titled = inner[-1] + 1, True  # "Ohio Sen Jane Roe": the state of a title, cut with it
    if start > 0 and doc[start - 1].lower_.rstrip(".") in PERSON_TITLES and doc[start - 1].is_title:
        titled = True
    return start, end, titled or any(_in_role_apposition(t) for t in doc[start:end])


def _occupation(tok: Token) -> bool:
    """A capitalised word for a trade ("Harbourmaster", "Chairwoman", "Ombudsperson"): a compound made
    for a person who does something, which no given name is."""
    return tok.is_title and len(tok.text) > 6 and tok.lower_.endswith(_TRADE_ENDINGS)


def _names_person(ent: SpacySpan, person_words: set[str]) -> bool:
    """Whether an entity span names a person, though the model may have typed it otherwise: its label says
    so, it opens with Mr/Ms/Dr, with a title whose last word is a word of a person name elsewhere
    ("President Putin") or that goes on a title left outside the span ("Deputy Chief | Constable X"), or
    with a descriptor before words of person names ("Singer X" typed ORG), or with a nation noun before
    a full name ("Frenchman X Y" typed ORG)."""
    first = next((t for t in ent if t.lower_ not in DETERMINERS), ent[-1])
    rest = ent.doc[first.i + 1 : ent.end]
    before = ent.doc[ent.start - 1] if ent.start else None
    titled_before = before is not None and before.is_title and before.lower_.rstrip(".") in PERSON_TITLES
    return (
        ent.label_ == "PERSON"
        or first.lower_.rstrip(".") in _HONORIFICS
        or (first.lower_.rstrip(".") in PERSON_TITLES and (ent[-1].text in person_words or titled_before))
        or (first.lower_ in PERSON_DESCRIPTORS and len(rest) > 0 and all(t.text in person_words for t in rest))
        or (first.lower_ in DEMONYM_NOUNS and _describes(ent.doc, first.i, ent.end))
    )


def _describes(doc: Doc, start: int, end: int) -> bool:
    """A party or nation noun opening a person's name, before a full name of two capitalised words at
    least ("Democrat Jane Roe", "Briton Jo Roe"; "Finn Roe" may be a given name)."""
    word = doc[start].lower_
    rest = doc[start + 1 : end]
    return (
        (word in DEMONYM_NOUNS or word in PARTY_NOUNS)
        and doc[start].is_title
        and sum(t.is_title for t in rest) >= (1 if word in PARTY_NOUNS else 2)
    )


def _noise(tok: Token) -> bool:
    """A token that cannot end or begin a name: no letters (a gallery count "5/19", a dash), a handle
    ("@user"), a web address ("X Dailymail.com") or a verb a title-case or capitals headline ran into the
    name ("X Refuses", "X CLEARED")."""
    text = tok.text
    return not any(c.isalpha() for c in text) or "@" in text or tok.like_url or (
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
    if not tok.is_alpha or len(text) == 1 or set(text) <= _ROMAN or (text.isupper() and text.lower() in _SUFFIXES):
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
    ent_end = end
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
    if end - start > 1 and uninformative(doc[start]) == HEADLINE:
        # a title-case headline runs the name into the words after it ("X Checks Into Rehab"): the name
        # ends before the first word the article also writes in lower case
        end = next((i for i in range(start + 1, end) if doc[i].is_alpha and seen_lower(doc, doc[i].lower_)), end)
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
    commas = [i for i in range(start + 1, end - 1) if doc[i].text == ","]
    if commas and any(t.tag_ in _VERB_TAGS or t.tag_ == "PRP" for t in doc[commas[0] + 1 : ent_end + 1]):
        end = commas[0]  # "Ludo, Fans Confuse Him": a headline's next clause run into the name
    if label != "PERSON" or start >= end:
        return _credits_cut(doc, start, end, label, person_words)
    roles = [i for i in range(start + 1, end - 1) if doc[i].is_lower and doc[i].lower_ in PERSON_NOUNS]
    if roles:  # "Acme spokesperson Jane Roe": the person after the role, if a name follows it
        rest = doc[roles[-1] + 1 : end]
        start = roles[-1] + 1 if all(t.is_title or t.is_upper for t in rest if t.is_alpha) else end
    start, end = _person_part(doc, *_case_run(doc, start, end))
    if start < end and doc[start].lower_ in _ORDINALS:
        # "First Amendment", "First Lady Jill Biden": an ordinal opens an office or a thing, not a name
        start += 2
        while start < end and doc[start].lower_.rstrip(".") in PERSON_TITLES:
            start += 1
    return _credits_cut(doc, start, end, label, person_words)


def _person_part(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A person's name out of a headline or caption run into it: the side of a spaced dash with more
    capitalised words ("ROME - Jane Roe", "Jane Roe - husband"), the words before a lower-case
    preposition or conjunction after two words of the name ("Jane Roe of Acme", "Jane Roe and"; "Bill de
    Blasio" keeps its particle) and before the name's last word written twice ("Roe Roe was", a lost
    full stop)."""
    dashes = [
        i for i in range(start + 1, end - 1)
        if doc[i].text in _DASHES and doc[i].whitespace_ and doc[i - 1].whitespace_
    ]
    if dashes:
        sides = [(start, dashes[0]), (dashes[-1] + 1, end)]
        start, end = max(sides, key=lambda r: (sum(t.is_title or t.is_upper for t in doc[r[0] : r[1]]), r[0]))
    for i in range(start + 2, end):
        if doc[i].is_lower and doc[i].is_stop and doc[i].tag_ in _JOINING_TAGS:
            return start, i
    for i in range(start + 1, end):
        if doc[i].text == doc[i - 1].text:
            return start, i
    return start, end


def _credits_cut(doc: Doc, start: int, end: int, label: str, person_words: set[str]) -> tuple[int, int]:
    """A name without the caption words run into its edges: a platform or agency credit, a descriptor or
    a byline's "By"/"Follow" before a person ("Instagram X", "REUTERS X", "Singer X", "Follow X"), a
    descriptor, party word or the next name's "Mr" after one ("X Comedian", "X Democratic", "X Mr"), a
    page's photo controls after any name ("X Click") or alone ("Image"), a wire agency after a dateline's
    place ("Port Louis, Mauritius Reuters"). A person is the model's label or words of person names. Cut
    before the caption's counts are read and again once the name is narrowed."""

    def person(lo: int, hi: int) -> bool:
        return label == "PERSON" or all(doc[i].text in person_words for i in range(lo, hi))

    if end - start > 1 and doc[start].lower_ in _CREDIT_WORDS | PERSON_DESCRIPTORS and person(start + 1, end):
        start += 1
    if end - start > 1 and doc[start].lower_ in BYLINE_WORDS and doc[start].is_title:
        start += 1  # "Follow Jane Roe on Twitter": the writer's sign-off, which the grouping then drops as the writer's
    if end - start > 1 and doc[end - 1].lower_ in PERSON_DESCRIPTORS and person(start, end - 1):
        end -= 1
    if end - start > 2 and doc[end - 1].lower_ in PARTY_NOUNS and label == "PERSON":
        end -= 1  # "Jane Roe Democratic presidential nominee": the party of the title after the name
    if end - start > 1 and doc[end - 1].lower_.rstrip(".") in _HONORIFICS and person(start, end - 1):
        end -= 1  # "Jane Roe Mr Doe's son": the title of the next name
    while end - start > 1 and doc[end - 1].lower_ in CAPTION_WORDS and not doc[end - 1].is_lower:
        end -= 1
    if end - start == 1 and doc[start].lower_ in CAPTION_WORDS:
        return start, start  # "Image copyright": a caption's label alone names nobody
    if end - start > 1 and doc[end - 1].lower_ in NEWS_AGENCIES and (
        geo.country_of(name_text(doc, start, end - 1)) or (start and doc[start - 1].lower_ in _DATELINE_JOINS)
    ):
        end -= 1
    return start, end


def _in_role_apposition(tok: Token) -> bool:
    """A name set beside a noun for a person ("the German chancellor, X", "X, an official from the
    agency", "X, a doctor at the clinic") or right after one in lower case ("agency official X"): the
    small model calls such a lone name a place or a body."""
    if tok.dep_ == "appos" and tok.head.lower_ in PERSON_NOUNS:
        return True
    before = tok.doc[tok.i - 1] if tok.i else None
    if before is not None and before.is_lower and before.lower_ in PERSON_NOUNS and before.dep_ == "compound":
        return True
    return any(c.dep_ == "appos" and c.lower_ in PERSON_NOUNS for c in tok.children)


def family_name(name: str) -> str:
    """The last word of a person's name but a generational suffix ("Jo Roe III", "Jo Roe Jr."): the word
    the article names them by alone ("Roe said")."""
    words = name.split()
    while len(words) > 2 and words[-1].lower().rstrip(".,") in _SUFFIXES:
        words.pop()
    return words[-1] if words else name


def name_text(doc: Doc, start: int, end: int) -> str:
    """The name as written, without a possessive, without the brackets of an editor's insertion
    ("[Director James B.] Comey" -> "James B. Comey") and without a nickname in quote marks inside it
    ('Jo "The Hat" Roe' -> "Jo Roe": the same person the article also names plainly)."""
    pieces: list[str] = []
    nickname = _nickname(doc, start, end)
    for t in doc[start:end]:
        if t.i in nickname:
            continue
        if t.text not in _BRACKETS:
            pieces.append(t.text_with_ws)
        elif t.whitespace_ and pieces:
            pieces[-1] = pieces[-1].rstrip() + " "
    text = "".join(pieces).strip()
    for mark in _POSSESSIVE[:2]:
        text = text.removesuffix(mark)
    return " ".join(text.split())


def _nickname(doc: Doc, start: int, end: int) -> range:
    """Token indices of a quoted stretch with name words on both sides of it, marks included."""
    marks = [t.i for t in doc[start + 1 : end - 1] if t.is_quote]
    if len(marks) != 2 or marks[1] - marks[0] < 2:
        return range(0)
    return range(marks[0], marks[1] + 1)


def is_speech_subject(tok: Token) -> bool:
    return tok.dep_ in SUBJECTS and tok.head.lemma_ in SPEECH_VERBS


def _bracket_parts(doc: Doc, ent: SpacySpan) -> list[SpacySpan]:
    """ "National Electoral Institute (INE" read as one name is the name and the short name bracketed
    after it."""
    opening = next((t.i for t in ent[1:-1] if t.text == "("), None)
    if opening is None:
        return [ent]
    end = next((t.i for t in ent if t.i > opening and t.text == ")"), ent.end)
    parts = [doc[ent.start : opening], doc[opening + 1 : end]]
    return [SpacySpan(doc, p.start, p.end, label=ent.label_) for p in parts if len(p)]


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


def candidates(doc: Doc) -> list[Mention]:
    found: list[Mention] = []
    covered: set[int] = set()
    ents = [
        part
        for ent in doc.ents
        if ent.label_ in _LABELS
        for bracketed in _bracket_parts(doc, ent)
        for part in _pair_parts(doc, bracketed)
    ]
    person_words = {t.text for ent in ents if ent.label_ == "PERSON" for t in ent}
    ents = [_owned(doc, ent, person_words) for ent in ents]
    for ent in ents:
        if len(ent) == 1 and ent.start and (
            (ent[0].is_upper and doc[ent.start - 1].ent_type_ in _TIME_LABELS) or _common_head(ent[0])
        ) and ent.label_ == "PERSON":
            continue  # "midnight KST": a time zone; "X's Purchase", "Head of ...": a common noun, no one
        lone = len(ent) == 1 and _determined(ent[0])
        if lone and ((ent.label_ == "NORP" and one_of_a_people(ent[0])) or ent[0].lower_ in DEMONYM_NOUNS):
            covered.add(ent.start)  # "the Republican", "the Finn": one person, never the party or a name
            continue
        start, end, titled = _strip_name(ent, _names_person(ent, person_words))
        start, end = _trim(doc, start, end, ent.label_, person_words)
        if start >= end or not any(t.is_alpha for t in doc[start:end]):
            continue
        titled = titled or (start > ent.start and doc[start - 1].lower_ in PLATFORMS)  # "Instagram X": an account
        name = name_text(doc, start, end)
        if name.islower():
            continue
        found.append(Mention(start, end, name, ent.label_, titled))
        covered.update(range(ent.start, ent.end))
    for tok in doc:
        # a proper-noun subject of a reporting verb that NER missed is an actor too
        if (
            tok.i not in covered
            and tok.pos_ == "PROPN"
            and is_speech_subject(tok)
            and tok.is_title
            and tok.lower_ not in PERSON_TITLES  # "[Agency Director X] said": a title alone names nobody
            and not (_owned_noun(tok) and tok.text not in person_words)
        ):
            start = tok.i
            while start > 0:
                if _hyphen_joined(doc, start):  # "Alayna Fodor-Gopal": the whole double name
                    start -= 2
                elif doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
                    start -= 1
                else:
                    break
            if start and doc[start - 1].text.endswith("/"):
                continue  # "the Reuters/Ipsos States of the Nation project": a name joined to a brand
            # ... unless the article calls it an organisation ("mining firm X said")
            label = "ORG" if start and doc[start - 1].is_lower and doc[start - 1].lower_ in ORG_NOUNS else "PERSON"
            s, e, titled = _strip_name(doc[start : tok.i + 1], label == "PERSON")
            s, e = _credits_cut(doc, s, e, label, person_words) if s < e else (s, e)
            if s < e:
                found.append(Mention(s, e, name_text(doc, s, e), label, titled))
    found = _join_nicknamed(doc, sorted(found, key=lambda m: m.start))
    return [m for m in found if sum(c.isalpha() for c in m.name) > 1]  # "'I" run into a quote is no name


def _join_nicknamed(doc: Doc, found: list[Mention]) -> list[Mention]:
    """A given name and a family name the model read as two, parted by a nickname in quote marks
    ('Jo "The Hat" Roe'), are one person's name."""
    joined: list[Mention] = []
    for m in found:
        last = joined[-1] if joined else None
        if (
            last is not None
            and "PERSON" in (last.label, m.label)
            and m.start > last.end
            and doc[last.start : m.end].text.count(" ") < _NICKNAMED_WORDS
            and _nickname(doc, last.start, m.end) == range(last.end, m.start)
        ):
            joined[-1] = Mention(last.start, m.end, name_text(doc, last.start, m.end), "PERSON", last.titled)
            continue
        joined.append(m)
    return joined


def _owned_noun(tok: Token) -> bool:
    """A common noun whose capital tells nothing: opening a sentence or after a possessive ("Super
    Junior's Label and X had denied ...")."""
    before = tok.doc[tok.i - 1] if tok.i else None
    return common_noun(tok) and (bool(uninformative(tok)) or (before is not None and before.tag_ == "POS"))


def _common_head(tok: Token) -> bool:
    """A common noun the model took for a name: owned ("Crawford's Purchase") or opening a sentence
    before "of" ("Head of the agency X said")."""
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else tok
    owned = tok.i > 0 and doc[tok.i - 1].tag_ == "POS"
    return common_noun(tok) and (owned or (bool(uninformative(tok)) and after.lower_ == "of"))


def _owned(doc: Doc, ent: SpacySpan, person_words: set[str]) -> SpacySpan:
    """ "Band's Jane" read as one organisation is the one member a body's possessive introduces: the
    single name after the possessive, a person; not a common or plural word ("X's Palace", "X's
    Hamptons"), a company's ending ("McDonald's Corp") or what a person owns ("Roe's Atlas")."""
    inner = [t.i for t in ent[1:-1] if t.text in _POSSESSIVE]
    end = ent.end
    while end > ent.start + 1 and _noise(doc[end - 1]):
        end -= 1  # "Band's Jane Confirmed": a headline's verb run into the name
    if len(inner) != 1 or inner[0] + 2 != end:
        return ent
    name = doc[end - 1]
    owner = doc[ent.start : inner[0]]
    if (
        ent.label_ != "ORG"
        or not name.is_title
        or name.tag_ == "NNPS"
        or name.lower_.endswith("s")
        or common_noun(name)
        or any(t.text in person_words for t in owner)
        or name.lower_.rstrip(".") in _COMPANY_ENDS | _CREDIT_WORDS
    ):
        return ent
    return SpacySpan(doc, end - 1, end, label="PERSON")


def _hyphen_joined(doc: Doc, i: int) -> bool:
    """Whether the token before ``i`` is a bare hyphen joining a proper noun to it ("Fodor-Gopal")."""
    return (
        i > 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_
        and doc[i - 2].pos_ == "PROPN"
    )


def one_of_a_people(tok: Token) -> bool:
    """A party or nation word standing alone as one person ("the Democrat said", "Republican X")."""
    return tok.ent_type_ == "NORP" and tok.tag_ in SINGULAR and tok.is_title and tok.dep_ != "amod"


def _determined(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in DETERMINERS for c in tok.children)
