"""Family names, roles and pronouns linked to the person they stand for.

An article teaches its roles ("Russian President Vladimir Putin", "the British prime minister, Keir
Starmer") before it uses them alone ("the Russian president"); "he"/"she" refers back to the latest person
in subject position whose gender (learnt from a title, a gendered noun or the pronouns of the person's own
clause, never guessed from a first name) agrees. A family name the model read as a common noun ("Hannity
said") is the one person of the article whose full name ends in it.
"""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Doc, Token

from parallax.analyze import geo
from parallax.analyze.asides import aside_subjects
from parallax.analyze.cues import (
    BODY_VOICES,
    INDEFINITE,
    NOUN_GENDERS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PERSON_TITLES,
    PRONOUN_GENDERS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLE_GENDERS,
    TITLE_ROLES,
)
from parallax.analyze.entity_affiliations import affiliations, nation_noun, place_fits
from parallax.analyze.entity_capitals import seen_lower, uninformative
from parallax.analyze.entity_names import SUBJECTS, family_name, is_speech_subject, one_of_a_people
from parallax.analyze.marks import find_marked
from parallax.analyze.nlp import doc_text, sentence_of

_SOMEONE = ""  # an unnamed person a pronoun may stand for: the pronoun then names nobody
_CLIMB_STOP = {"parataxis"}
_CLAUSES = {"ccomp", "advcl", "relcl", "acl", "xcomp", "conj", "parataxis", "pcomp", "csubj"}
_RECENT_PERSONS = 6
_LEADER_ROLES = frozenset(
    {"leader", "president", "premier", "chancellor", "king", "queen", "pope", "chairman", "chairwoman", "ceo"}
)


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


def repeated_names(doc: Doc, names: dict[str, list[str]], token_actor: dict[int, str]) -> list[tuple[str, int, int]]:
    """(actor, start, end) token ranges where a name of several words the model found once is written
    again and the model missed it there ("fired from Acme Advisors ... Acme Advisors issued a statement"):
    the same words, the same actor."""
    owner = {name: actor for actor, known in names.items() for name in known if " " in name}
    if not owner:
        return []
    longest_first = sorted(owner, key=len, reverse=True)
    pattern = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, longest_first))})(?!\w)")
    found = []
    for match in pattern.finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is not None and not any(i in token_actor for i in range(span.start, span.end)):
            found.append((owner[match.group()], span.start, span.end))
    return found


def surname_mentions(doc: Doc, names: dict[str, list[str]], token_actor: dict[int, str]) -> list[tuple[str, int]]:
    """(person, token index) for a family name the model left untagged ("Hannity said", read as a common
    noun): a capitalised subject that ends the full name of one person of the article (``names``: each
    person and the names it goes by), not part of a longer name, and not a common word opening a sentence.
    Subjects only: a name taken from a headline or a possessive ("Roe's supporters") moved the pronoun
    chain more often than it named a speaker."""
    owners: dict[str, set[str]] = {}
    for person, known in names.items():
        for name in known:
            words = name.split()
            if len(words) > 1:
                owners.setdefault(family_name(name), set()).add(person)
    found = []
    openers = aside_subjects(doc, SUBJECTS)[0]  # "X - who backed Y - said": X is the subject
    for tok in doc:
        people = owners.get(tok.text)
        subject = tok.dep_ in SUBJECTS or tok.i in openers
        if people is None or len(people) != 1 or tok.i in token_actor or not tok.is_title or not subject:
            continue
        before = doc[tok.i - 1] if tok.i else None
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if any(
            t is not None and t.pos_ == "PROPN" and not t.is_lower and t.lower_.rstrip(".") not in PERSON_TITLES
            for t in (before, after)
        ):
            continue  # a word of another name ("Sanders Institute")
        if uninformative(tok) and seen_lower(doc, tok.lower_):
            continue
        found.append((next(iter(people)), tok.i))
    return found


def _role_word(tok: Token) -> str | None:
    """The role a noun names: a role noun, its "-elect" form ("the president-elect"), the role of an
    abbreviated title ("Sen."), or a party or nation word used as a noun for one person ("the
    Republican", "the Briton", "the Finn")."""
    if tok.lower_ in ROLE_NOUNS or tok.lower_ in BODY_VOICES:  # "the official" after "X, an official at Y"
        return tok.lower_
    doc = tok.doc
    if tok.lower_ == "elect" and tok.i > 1 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in ROLE_NOUNS:
        return f"{doc[tok.i - 2].lower_}-elect"
    if not tok.is_title:  # the rest are capitalised words; most words of a text stop here
        return None
    if one_of_a_people(tok) or nation_noun(tok.text):
        return tok.lower_
    return TITLE_ROLES.get(tok.lower_.rstrip("."))


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


Roles = dict[tuple[str | None, str], set[str]]


def learn_roles(doc: Doc, token_actor: dict[int, str], kinds: dict[str, str]) -> Roles:
    """Roles the article ties to a person: title before the name, or an apposition; a party or nation
    noun ("the Democrat", "the Finn") also from the words and labels around a name
    (``entity_affiliations``). A party or nation noun keeps all its holders, for it names one only when
    the article gave it to one; a role keeps the first person given it (the sitting "president" is
    named before the former ones), and an abbreviated title ("Sen. X") only teaches a role no full
    title or apposition gave anyone, and names its holder only when it was given to one."""
    roles: Roles = defaultdict(set)
    for noun, person, place in affiliations(doc, token_actor, kinds):
        roles[(place, noun)].add(person)
    abbreviated: Roles = defaultdict(set)
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
        if not (person and key):
            continue
        if one_of_a_people(tok) or nation_noun(tok.text):
            roles[key].add(person)
        elif tok.lower_ not in ROLE_NOUNS and tok.lower_.rstrip(".") in TITLE_ROLES:
            abbreviated[key].add(person)
        elif key not in roles:
            roles[key] = {person}
    for key, holders in abbreviated.items():
        roles.setdefault(key, holders)
    return roles


def role_mentions(
    doc: Doc, roles: Roles, token_actor: dict[int, str], kinds: dict[str, str] | None = None
) -> list[tuple[str, int, int]]:
    """(person, start, end) token ranges of the roles that name the one person the article gave them; a
    nation noun the article gave no one ("the Pole, who ...") names the one person the sentence before
    is about, as news refers back to its subject ("X, 35, made his debut ... The Pole, who ...")."""
    found = []
    for tok in doc:
        if (tok.i in token_actor and not one_of_a_people(tok)) or _role_word(tok) is None:
            continue
        key = _role_key(tok, token_actor)
        if key is None or (key[0] is None and not any(c.lower_ == "the" for c in tok.children)):
            continue
        person = _one(roles.get(key, set())) or (
            _only_holder(roles, key[1]) if key[0] is None else _placed_holder(roles, key)
        )
        if person is None and kinds is not None and nation_noun(tok.text) and tok.is_title and tok.dep_ in SUBJECTS:
            person = _subject_before(tok, token_actor, kinds)
        if person is None and kinds is not None and _untaught_leader(tok, key[1], roles):
            person = _sole_person_before(tok, token_actor, kinds)
        if person and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN") and not _another_since(
            tok, person, token_actor
        ):
            start = min([tok.i, *(c.i for c in tok.children if c.i < tok.i)])
            found.append((person, start, tok.i + 1))
    return found


def _another_since(tok: Token, person: str, token_actor: dict[int, str]) -> bool:
    """Whether an unnamed holder of the role came in since the person was last named ("X, an agency
    official, said ... A senior police official said ... The official added"): an indefinite noun
    brings in someone new, whom the definite role then means."""
    last = max((i for i, a in token_actor.items() if a == person and i < tok.i), default=-1)
    return any(
        t.lower_ == tok.lower_
        and t.i not in token_actor
        and any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in t.children)
        and not any(c.dep_ == "appos" and c.i in token_actor for c in t.children)
        and not (t.dep_ == "appos" and t.head.i in token_actor)
        for t in tok.doc[last + 1 : tok.i]
    )


def _subject_before(tok: Token, token_actor: dict[int, str], kinds: dict[str, str]) -> str | None:
    """The one person the subjects of the sentence before a word name, when they name one."""
    start = sentence_of(tok).start
    if start == 0:
        return None
    before = sentence_of(tok.doc[start - 1])
    people = {token_actor[t.i] for t in before if t.dep_ in SUBJECTS and _person_at(t.i, token_actor, kinds)}
    return _one(people)


def _untaught_leader(tok: Token, words: str, roles: Roles) -> bool:
    """ "the North Korean leader said" as a subject, a leader's role the article gave no one: news names
    the one leader it is about first ("X has announced") and then refers back to them by the role. A
    qualified role ("the vice president", "the deputy leader") is someone else's, often not yet named."""
    return (
        tok.lower_ in _LEADER_ROLES
        and words == tok.lower_
        and tok.dep_ in SUBJECTS
        and any(c.lower_ == "the" for c in tok.children)
        and not any(role == words or role.endswith(f" {tok.lower_}") for _, role in roles)
    )


def _sole_person_before(tok: Token, token_actor: dict[int, str], kinds: dict[str, str]) -> str | None:
    """The one person the article named before a word, when it named exactly one."""
    return _one({a for i, a in token_actor.items() if i < tok.i and kinds.get(a) == "PERSON"})


def _person_at(i: int, token_actor: dict[int, str], kinds: dict[str, str]) -> bool:
    return i in token_actor and kinds.get(token_actor[i]) == "PERSON"


def _one(holders: set[str]) -> str | None:
    """The holder of a role when only one person holds it."""
    return next(iter(holders)) if len(holders) == 1 else None


def _only_holder(roles: Roles, words: str) -> str | None:
    """The one person who holds a role of any body or kind ("the manager" after "Arsenal manager X")."""
    fits = [holders for (_, role), holders in roles.items() if role == words or role.endswith(f" {words}")]
    return _one(set().union(*fits))


def _placed_holder(roles: Roles, key: tuple[str | None, str]) -> str | None:
    """The one person given a role with a label whose place abbreviation fits the place named with the
    role ("the Wisconsin Republican" after "X, R-Wis.")."""
    place, role = key
    fits = [holders for (at, r), holders in roles.items() if r == role and at and place_fits(at, place or "")]
    return _one(set().union(*fits))


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
        lost = anc.doc[anc.i - 1] if anc.i else None
        if lost is not None and _person_at(lost.i, token_actor, kinds) and _lost_subject(lost):
            return token_actor[lost.i]
        prev = anc
    return None


def _titled_genders(doc: Doc, token_actor: dict[int, str]) -> dict[str, str]:
    """Gender an article gives a person through a title or a gendered noun before a name ("Mr", "Mrs",
    "first lady X", "his wife, X")."""
    genders: dict[str, str] = {}
    for i, actor in token_actor.items():
        if i > 0 and token_actor.get(i - 1) != actor:
            before = doc[i - 2] if doc[i - 1].text == "," and i > 1 else doc[i - 1]
            gender = TITLE_GENDERS.get(before.lower_.rstrip(".")) or noun_gender(before)
            if gender:
                genders.setdefault(actor, gender)
    return genders


def noun_gender(word: Token) -> str | None:
    """Gender a noun before a name tells: a gendered noun ("his wife, X") or a role compounded with -woman
    or -man ("Councilman X", "a policewoman, X"); "-man" after a stem of two letters ("human", "Roman") or
    in a demonym ("German") is no such compound."""
    lower = word.lower_
    if lower in NOUN_GENDERS:
        return NOUN_GENDERS[lower]
    if not word.is_alpha or word.pos_ not in ("NOUN", "PROPN") or geo.country_of_demonym(word.text):
        return None
    if lower.endswith("woman") and len(lower) > len("woman") + 2:
        return "f"
    return "m" if lower.endswith("man") and len(lower) > len("man") + 2 else None


def _clause_genders(
    doc: Doc, token_actor: dict[int, str], kinds: dict[str, str], quoted: list[tuple[int, int]]
) -> dict[str, str]:
    """Gender the pronouns of a person's own clause tell ("X delivered his letter", "X said she would"):
    no other reading is likely there, unlike a pronoun bound across sentences, so a wrong binding there
    cannot teach a man the article's "she". A person whose pronouns disagree is left unknown."""
    votes: dict[str, set[str]] = defaultdict(set)
    for tok in doc:
        if tok.lower_ not in PERSON_PRONOUNS or _inside(quoted, tok.idx):
            continue
        owner = _clause_subject(tok)
        if owner is None or not _person_at(owner.i, token_actor, kinds):
            continue
        if _other_person_before(tok, token_actor[owner.i], token_actor, kinds):
            continue
        votes[token_actor[owner.i]].add(PRONOUN_GENDERS[tok.lower_])
    return {person: next(iter(said)) for person, said in votes.items() if len(said) == 1}


def _other_person_before(pronoun: Token, speaker: str, token_actor: dict[int, str], kinds: dict[str, str]) -> bool:
    """A subject pronoun opening the clause a person reports, after another person was named in the
    sentence before or in its own before it ("... after the employee, X, was suspended. Y says she was
    escorted out"): the clause may well be about that one, so the pronoun is not sure to be the speaker's
    and tells nothing of the speaker's gender."""
    if pronoun.dep_ not in SUBJECTS or pronoun.head.dep_ != "ccomp" or pronoun.head.head.lemma_ not in SPEECH_VERBS:
        return False
    sent = sentence_of(pronoun)
    start = sentence_of(pronoun.doc[sent.start - 1]).start if sent.start > 0 else sent.start
    words = pronoun.doc[start : pronoun.i]
    others = {token_actor[t.i] for t in words if t.i in token_actor} - {speaker}
    return any(kinds.get(p) == "PERSON" for p in others)


def _clause_subject(pronoun: Token) -> Token | None:
    """The subject a pronoun must stand for: of the clause a possessive stands in ("X lost his seat"),
    or of the reporting verb whose clause a subject pronoun opens ("X said he ...")."""
    if pronoun.dep_ in SUBJECTS and pronoun.head.dep_ == "ccomp" and pronoun.head.head.lemma_ in SPEECH_VERBS:
        verb = pronoun.head.head
    elif pronoun.dep_ == "poss":
        verb = pronoun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.dep_ not in _CLAUSES and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
    else:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)


def pronoun_mentions(doc: Doc, token_actor: dict[int, str], kinds: dict[str, str]) -> list[tuple[str, int]]:
    """(actor, token index) for each third-person pronoun outside quotes that a rule resolves.

    A pronoun goes to the nearest fitting person: the subject of a clause governing it (or a name the
    parser left without its verb, "and spokeswoman X entered"), a person its sentence named before it
    whose gender is known to fit, the latest subject, another person its sentence named, else the latest
    person named. A person's gender comes from a title (Mr, Ms, "spokeswoman X"), from the pronouns of
    their own clause ("X delivered his letter", "X said she ..."; not a clause reported right after
    another person was named, which may be about that one), else from the first pronoun a subject
    takes in a sentence naming no one else; a pronoun with other people around teaches none, for one
    wrong "she" would send every later "he" past the man. A pronoun of the other gender passes a person by,
    and a person still bound to both keeps only the pronouns of their known or most used gender.
    """
    quoted = _quoted_mask(doc_text(doc))
    openers, hidden = aside_subjects(doc, SUBJECTS)
    genders = {**_clause_genders(doc, token_actor, kinds, quoted), **_titled_genders(doc, token_actor)}
    found: list[tuple[str, int]] = []
    subjects: list[str] = []  # persons of earlier sentences, latest first: subjects, then any mention
    others: list[str] = []
    sent_subjects: list[str] = []
    sent_minor: list[str] = []  # subjects of adverbial clauses ("after Z won"): a later pronoun means the main one
    sent_any: list[str] = []
    sent_named: list[tuple[str, int, bool]] = []  # this sentence's persons, where each was named, as an owner
    sent_start = -1
    for tok in doc:
        if tok.is_sent_start and tok.i != sent_start:
            subjects, others = _ranked([*sent_minor, *sent_subjects], subjects), _ranked(sent_any, others)
            sent_subjects, sent_minor, sent_any, sent_named, sent_start = [], [], [], [], tok.i
        actor = token_actor.get(tok.i)
        if actor and kinds.get(actor) == "PERSON":
            sent_any.append(actor)
            sent_named.append((actor, tok.idx, _possessive(tok)))
            # a person the quoted words speak of ('"Jesus believed in fun," said X') is not whom a later "he" means
            subject = tok.dep_ in SUBJECTS or _lost_subject(tok) or _beside_subject(tok, token_actor)
            subject = (subject and tok.i not in hidden) or tok.i in openers  # "X - who backed Y - said"
            if subject and not _inside(quoted, tok.idx):
                (sent_minor if tok.head.dep_ == "advcl" else sent_subjects).append(actor)
        elif actor is None and _unnamed_speaker(tok) and not _named_beside(tok, token_actor):
            # "a ministry spokesman said ...": a later "he" is that one, who speaks for the body named with
            # the role ("the Nato spokesman") when there is one, else for no one named
            sent_subjects.append(_spoken_for(tok, token_actor, kinds))
        if tok.lower_ not in PERSON_PRONOUNS or _inside(quoted, tok.idx):
            continue
        gender = PRONOUN_GENDERS[tok.lower_]
        near = _resolve_pronoun(tok, token_actor, kinds)
        near = None if near and _other_person_before(tok, near, token_actor, kinds) else near
        said = [p for p, at, _ in reversed(sent_named) if p != near and not _inside(quoted, at)]  # named before it
        # "The candidate hailed Comey's letter, but he blasted ...": "he" goes on from the first clause's
        # subject, so one the sentence named only as an owner comes after the subjects before it
        owners = {p for p, _, owner in sent_named if owner} - {p for p, _, owner in sent_named if not owner}
        owners = owners if _continues_subject(tok) else set()
        known = [p for p in said if genders.get(p) == gender and p not in owners]
        candidates = [*([near] if near else []), *known, *subjects, *said, *others]
        who = next((p for p in candidates if genders.get(p, gender) == gender), None)
        if who:
            found.append((who, tok.i))
            if (who == near or who in subjects) and not set(said) - {who}:
                genders.setdefault(who, gender)  # a subject, and no other person its sentence names
                if tok.dep_ in SUBJECTS:
                    sent_subjects.append(who)  # only a sure binding carries the chain on
    return _agreeing(doc, found, genders)


def _agreeing(doc: Doc, found: list[tuple[str, int]], genders: dict[str, str]) -> list[tuple[str, int]]:
    """The bindings that agree with their person's gender: the one known, else the one most of their
    pronouns have; a person given "he" and "she" equally keeps neither."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for who, i in found:
        counts[who][PRONOUN_GENDERS[doc[i].lower_]] += 1
    kept = {}
    for who, said in counts.items():
        ranked = sorted(said.items(), key=lambda kv: -kv[1])
        tied = len(ranked) > 1 and ranked[0][1] == ranked[1][1]
        kept[who] = genders.get(who) or (None if tied else ranked[0][0])
    return [(who, i) for who, i in found if PRONOUN_GENDERS[doc[i].lower_] == kept[who]]


def _continues_subject(pronoun: Token) -> bool:
    """A subject pronoun in a sentence whose main clause opened on a noun ("The candidate hailed X's
    letter, but he blasted ..., saying he ..."): the pronoun carries on that subject, not a name inside
    its object; after "I saw X's surprise - he expected ..." it may well be X."""
    root = sentence_of(pronoun).root
    if pronoun.dep_ not in SUBJECTS:
        return False
    return any(c.dep_ in SUBJECTS and c.pos_ in ("NOUN", "PROPN") and c.i < pronoun.i for c in root.children)


def _possessive(tok: Token) -> bool:
    """A word of a name set as an owner ("Comey's letter", "James Comey's letter")."""
    while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
        tok = tok.head
    return tok.dep_ == "poss"


def _lost_subject(tok: Token) -> bool:
    """A name right before a finite verb that has no subject ("... and spokeswoman X entered the room"):
    the parser hung the name elsewhere, but it is the verb's subject."""
    doc = tok.doc
    if tok.i + 1 >= len(doc):
        return False
    verb = doc[tok.i + 1]
    return (
        verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBZ") and verb.head.i != tok.i
        and not any(c.dep_ in SUBJECTS for c in verb.children)
    )


def _beside_subject(tok: Token, token_actor: dict[int, str]) -> bool:
    """A name joined to a subject: its conjunct ("X and Y said"), or its apposition ("A professor of
    economics, X, did not go", "said one of the rebel leaders, X,"; "His sister, X, told"): the name is
    whom the subject's words mean, so a later "he" or "she" follows it."""
    head = tok.head
    if tok.dep_ == "conj":
        return head.dep_ in SUBJECTS
    return tok.dep_ == "appos" and head.dep_ in SUBJECTS and head.i not in token_actor


def _named_beside(tok: Token, token_actor: dict[int, str]) -> bool:
    """A role noun given a name in apposition ("a government spokesman, X"): the name speaks, not someone
    unnamed."""
    return any(c.dep_ == "appos" and c.i in token_actor for c in tok.children)


def _unnamed_speaker(tok: Token) -> bool:
    """One person the article speaks of without a name, speaking ("a foreign ministry spokesman said")."""
    return tok.tag_ == "NN" and tok.lower_ in PERSON_NOUNS and is_speech_subject(tok)


def _spoken_for(tok: Token, token_actor: dict[int, str], kinds: dict[str, str]) -> str:
    """The organisation or country an unnamed voice of a body speaks for ("the Nato spokesman"), else
    ``_SOMEONE``."""
    if tok.lower_ not in BODY_VOICES:
        return _SOMEONE
    owner = _owner(tok, token_actor)
    return owner if owner is not None and kinds.get(owner) in ("ORG", "GPE") else _SOMEONE


def _ranked(latest: list[str], earlier: list[str]) -> list[str]:
    """Persons by recency, each once: this sentence's (its last first), then the ones before."""
    seen: list[str] = []
    for person in [*reversed(latest), *earlier]:
        if person not in seen:
            seen.append(person)
    return seen[:_RECENT_PERSONS]
