"""Speakers named by a description or a construction rather than one name: someone the article never
names ("his father said", "prosecutors said"), a state office by its description ("the police
department"), a body by its kind ("the magazine announced", "from the publisher"), a person by a role the
article gave them ("Comedian X", then "the comedian added"), a statement that "reads" ('"...," a
statement from the publisher read'), and two people speaking as one subject ("X and Y added").

News writing names such voices by a description the article tied to a name before ("publisher Harwell",
then "the publisher") or by a coordination, while the rules of ``speakers`` look for one name per subject;
without these the quote gets no speaker, a second voice for one person, or only the first of two.
"""

from __future__ import annotations

from spacy.tokens import Token

from parallax.analyze import geo
from parallax.analyze.cues import (
    BODY_KINDS,
    BODY_VOICES,
    DETERMINERS,
    INDEFINITE,
    NOUN_CUES,
    NOUN_GENDERS,
    PEOPLE_NOUNS,
    PERSON_DESCRIPTORS,
    PERSON_NOUNS,
    PERSON_TITLES,
    ROLE_NOUNS,
    STATE_BODIES,
)
from parallax.analyze.entities import ActorIndex
from parallax.model import Entity

STATEMENT_NOUNS = NOUN_CUES | {"message", "letter", "note", "tweet", "post", "speech", "verdict", "words"}
"""Nouns of a statement a body or person issues, which can stand as the one who speaks ("the statement said")."""

KIND_NOUNS = BODY_KINDS | {"publisher", "studio", "channel", "broadcaster", "publication", "label"}
"""Kinds of body by which an article names again an organisation it introduced ("publisher X", "the publisher")."""

SOURCE_NOUNS = (PERSON_DESCRIPTORS | PEOPLE_NOUNS | frozenset(NOUN_GENDERS)
                | frozenset({"user", "source", "media", "relative", "family", "friend", "colleague", "volunteer",
                             "rescuer", "expert", "observer", "critic", "supporter", "campaigner", "voice",
                             "correspondent", "reporter", "employee"}))
_PLURAL_SOURCES = frozenset({"report"})  # "local reports said": no one named, the words are the source
# ("according to reports" or "the reports" alone say nothing of where the words come from)
_READ_FORMS = ("read", "reads")
_READ_PATH = ("prep", "pobj", "compound")  # "a statement from the publisher read": "read" parsed inside the phrase
_BESIDE = ("compound", "appos")
_OTHERS = ("other", "another")
_MODIFIERS = ("compound", "amod", "nmod", "poss", "nummod")


def read_statement(tok: Token) -> Token | None:
    """The statement noun whose words "read" closes a tag on ('"...," a statement from the publisher
    read.'): "read" right before a punctuation mark with a statement for subject; the parser often takes
    that "read" for a noun inside the statement's phrase, so a path of prepositions up to it counts too."""
    doc = tok.doc
    if tok.lower_ not in _READ_FORMS or (tok.i + 1 < len(doc) and not doc[tok.i + 1].is_punct):
        return None
    if tok.pos_ in ("VERB", "AUX"):
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        return subj if subj is not None and subj.lemma_.lower() in STATEMENT_NOUNS else None
    word = tok
    while word.dep_ in _READ_PATH and word.head.i != word.i:
        word = word.head
        if word.pos_ == "NOUN" and word.lemma_.lower() in STATEMENT_NOUNS:
            return word
    return None


def kind_body(noun: Token, actors: ActorIndex, since: int) -> Entity | None:
    """The organisation "the publisher" or "the magazine" stands for: the latest one the text named
    before with that kind noun beside it ("publisher Harwell", "Harwell, the publisher", "the X magazine"),
    else, for the bare noun, the only organisation named from token ``since`` on (the sentences just
    before: "According to Harwell, ... a statement from the publisher read"); with two there, no telling
    which, and a noun told apart by a modifier ("the appeals court") may be another body."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in KIND_NOUNS:
        return None
    bare = not any(c.dep_ in _MODIFIERS for c in noun.children)  # not "the appeals court", "the Trump team"
    return _introduced_as(noun, actors, person=False) or (_sole_body(noun, actors, since) if bare else None)


def described_person(noun: Token, actors: ActorIndex) -> Entity | None:
    """The person "the comedian" or "the Brazilian driver" stands for: the latest one the text named
    with that person noun as title or apposition ("Comedian X", "veteran driver X", "X, a comedian"),
    with every word that tells the noun apart ("the Republican nominee" is not "Democratic nominee X");
    "the other driver" is someone else."""
    if noun.tag_ != "NN" or noun.lemma_.lower() not in PERSON_NOUNS or any(c.lower_ in _OTHERS for c in noun.children):
        return None
    return _introduced_as(noun, actors, person=True)


def _introduced_as(noun: Token, actors: ActorIndex, person: bool) -> Entity | None:
    """The latest actor (a person, or else a body) named before with the noun's lemma beside it."""
    for tok in reversed(noun.doc[: noun.i]):
        if tok.lemma_.lower() != noun.lemma_.lower() or not _modifiers(noun) <= _modifiers(tok):
            continue
        beside = [c for c in tok.children if c.dep_ in _BESIDE]
        beside += [tok.head] if tok.dep_ in _BESIDE else []
        named = (actors.at(b.idx, b.idx + len(b)) for b in beside)
        actor = next((a for a in named if a is not None and (a.type == "PERSON") == person), None)
        if actor is not None:
            return actor
        if any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in tok.children):
            return None  # "a senior police official said" in between: someone new, whom the noun now means
    return None


def _modifiers(noun: Token) -> set[str]:
    """The words that tell a noun apart ("Republican", "presidential"), but a nationality, which a later
    description adds to a name given before ("veteran driver X", then "the Brazilian driver")."""
    words = (c for c in noun.children if c.dep_ in _MODIFIERS and c.i < noun.i)
    return {c.lower_ for c in words if not geo.country_of_demonym(c.text)}


def joined_speakers(subject: Token, first: str, actors: ActorIndex) -> str:
    """ "Bender and Foster added": people joined by "and" in one subject speak together. The speaker is
    their names joined by "and" in the order given (the first name alone would drop the others); a
    conjunct that is no person of the article, or a subject that is no name, leaves the first name alone."""
    own = actors.at(subject.idx, subject.idx + len(subject))
    if own is None or own.type != "PERSON":  # "said pastor and celebrant Father X": a title joined to the name
        return first
    names, word, joined = [first], subject, False
    while (conj := next((c for c in word.children if c.dep_ == "conj"), None)) is not None:
        actor = actors.at(conj.idx, conj.idx + len(conj))
        if actor is None or actor.type != "PERSON":
            return first
        joined = joined or any(c.dep_ == "cc" and c.lower_ == "and" for c in word.children)
        names.append(actor.name)
        word = conj
    return " and ".join(names) if joined else first


def _sole_body(noun: Token, actors: ActorIndex, since: int) -> Entity | None:
    named = {a.name: a for t in noun.doc[since : noun.i] if (a := actors.at(t.idx, t.idx + len(t))) and a.type == "ORG"}
    return next(iter(named.values())) if len(named) == 1 else None


def state_body(tok: Token) -> str | None:
    """ "the German foreign ministry", "the police department": an office of a state described by its
    demonym or by a noun for what it does, and no proper name, named by those words."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in STATE_BODIES:
        return None
    mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound")]
    if not mods or not (geo.country_of_demonym(mods[0].text) or (mods[0].dep_ == "compound" and mods[0].is_lower)):
        return None
    return tok.doc[mods[0].left_edge.i : tok.i + 1].text


def owned_by_name(noun: Token) -> bool:
    """A noun told apart by a name or an owner before it ("the Trump team", "the club's board"): it is
    that one's, not whatever body the article is about."""
    return any(c.dep_ in ("compound", "poss", "nmod") and c.i < noun.i for c in noun.children)


def unnamed_source(tok: Token) -> bool:
    """A common noun for someone the article never names, who speaks as what they are ("his father", "a
    volunteer", "witnesses", "officials", "local media", "other union leaders", "trade unions"): the words
    are all a reader gets, so they are the speaker. A title or role in the singular ("the senator", "the
    president") is left out: it stands for a named person not yet resolved, who would otherwise be counted
    twice; in the plural it names many holders, none of them one named person."""
    if tok.pos_ != "NOUN":
        return False
    lemma = tok.lemma_.lower()
    if tok.tag_ == "NNS":  # "environmentalists", "developers", "officials": many, none of them one named person
        return lemma not in _PLURAL_SOURCES or _qualified(tok)
    if lemma in ROLE_NOUNS - BODY_VOICES and any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in tok.children):
        return True  # "a media adviser to the office said": one holder brought in without a name (a body's voice
        # may be named later: ``SpeakerWords._anonymous_voice``)
    if tok.lower_ in PERSON_TITLES:
        return False
    return lemma in SOURCE_NOUNS or tok.lower_ in SOURCE_NOUNS


def _qualified(noun: Token) -> bool:
    """A noun told apart by a modifier and no "the" ("local reports", "Chinese media reports")."""
    return not definite(noun) and any(c.dep_ in ("amod", "compound", "nmod") for c in noun.children)


def definite(noun: Token) -> bool:
    """A noun with "the": it refers back to one the article named before."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def without_article(words: str) -> str:
    first, _, rest = words.partition(" ")
    return rest if rest and first.lower() in DETERMINERS else words
