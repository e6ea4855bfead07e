"""Roles and pronouns linked to the person they stand for.

An article teaches its roles ("Russian President Vladimir Putin", "the British prime minister, Keir
Starmer") before it uses them alone ("the Russian president"); "he"/"she" refers back to the latest person
in subject position whose gender (learnt from a title or an earlier pronoun, never guessed from a first
name) agrees.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from parallax.analyze import geo
from parallax.analyze.cues import (
    NOUN_GENDERS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PRONOUN_GENDERS,
    ROLE_NOUNS,
    TITLE_GENDERS,
)
from parallax.analyze.entity_names import SUBJECTS, is_speech_subject, one_of_a_people
from parallax.analyze.marks import find_marked

_SOMEONE = ""  # an unnamed person a pronoun may stand for: the pronoun then names nobody
_CLIMB_STOP = {"parataxis"}
_RECENT_PERSONS = 6


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
    if one_of_a_people(tok):
        return tok.lower_
    return None


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


def learn_roles(doc: Doc, token_actor: dict[int, str], kinds: dict[str, str]) -> dict:
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


def role_mentions(doc: Doc, roles: dict, token_actor: dict[int, str]) -> list[tuple[str, int, int]]:
    found = []
    for tok in doc:
        if (tok.i in token_actor and not one_of_a_people(tok)) or _role_word(tok) is None:
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
                child.dep_ in SUBJECTS
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


def pronoun_mentions(doc: Doc, token_actor: dict[int, str], kinds: dict[str, str]) -> list[tuple[str, int]]:
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
            if tok.dep_ in SUBJECTS:
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
            if tok.dep_ in SUBJECTS:
                sent_subjects.append(who)
    return found


def _unnamed_speaker(tok: Token) -> bool:
    """One person the article speaks of without a name, speaking ("a foreign ministry spokesman said")."""
    return tok.tag_ == "NN" and tok.lower_ in PERSON_NOUNS and is_speech_subject(tok)


def _ranked(latest: list[str], earlier: list[str]) -> list[str]:
    """Persons by recency, each once: this sentence's (its last first), then the ones before."""
    seen: list[str] = []
    for person in [*reversed(latest), *earlier]:
        if person not in seen:
            seen.append(person)
    return seen[:_RECENT_PERSONS]
