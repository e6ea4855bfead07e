"""Quoted words and reporting verbs that are no statement: titles, names and nicknames in quotes,
words inside the speaker's own phrase, participles that describe a noun, beliefs inside someone's
reported words, learned contents that name the speaker or the subject of a passive report, and
reported items with no speaker inside larger ones."""

from __future__ import annotations

import re

from spacy.tokens import Token

from parallax.analyze.cues import (
    CLAUSE_ONLY,
    KINSHIP,
    LISTENER_CUES,
    NAMED_AS,
    NAMING,
    PERSON_DESCRIPTORS,
    PERSON_TITLES,
    ROLE_NOUNS,
)
from parallax.analyze.marks import Marked
from parallax.analyze.nlp import capitalised_like_a_headline
from parallax.analyze.quote_reader import (
    QUOTE_CHARS,
    SENT_END,
    TAG_PUNCT,
    Reader,
    char_before,
    is_cue,
    paragraph_bounds,
)
from parallax.analyze.speaker_syntax import Who, passive_subject, subject
from parallax.model import Quote

_SCARE_WORDS = 2
_NAME_WORDS = 4
_TITLE_WORDS = 6
_TAG_REACH = 4
JUDGING_CUES = frozenset(
    {"praise", "hail", "blast", "slam", "attack", "criticise", "criticize", "condemn", "welcome", "applaud", "laud"}
    | {"mock", "decry"}
)
"""Cues of praise or blame, whose bare object is whom or what they judge."""
_SO_CALLED = re.compile(r"\bso[- ]called\s+(?:[\w-]+\s+){0,2}\W?$", re.IGNORECASE)
"""'the so-called fetal "heartbeat" bill': a label the writer keeps at a distance, no one's words."""
_SO_CALLED_REACH = 60  # characters before a quote searched for "so-called"
_ACTOR_TYPES = ("PERSON", "ORG", "NORP", "GPE")
_PERSON_NOUNS = ROLE_NOUNS | PERSON_TITLES | PERSON_DESCRIPTORS | KINSHIP


def not_a_quote(reader: Reader, mark: Marked, kind: str, cue: Token | None, tag: bool) -> bool:
    """Quoted words no one says here: a short name or nickname with no tag, a title after a preposition,
    a title or slogan that opens a sentence, a title, a name a naming phrase gives, or words inside the
    phrase that names the speaker."""
    words = reader.text[mark.start : mark.end]
    if kind == "partial":
        short_name = len(words.split()) <= _SCARE_WORDS and words.istitle()
        if short_name and not tag and not _said_as(reader, mark):
            return True
        if _titled(words) and _after_preposition(reader, mark):
            return True
        if cue is not None and _in_subject(reader, mark, cue):
            return True
    if kind == "direct" and _names_something(reader.text, mark):
        return True
    return _a_title(reader, mark) or _named(reader, mark) or _so_called(reader, mark)


def listener_only(cue: Token, objects: list[Token]) -> bool:
    """The one object of a cue that takes a listener ("told reporters", "asked the minister") is the
    listener, not what was said."""
    return cue.lemma_ in LISTENER_CUES and len(objects) == 1 and objects[0].dep_ in ("dobj", "dative")


def target_only(cue: Token, complements: list[Token]) -> bool:
    """A cue of praise or blame whose one complement names an actor ("blasted the FBI chief", "attacked
    her") says whom it judges, not what was said; a thing judged ("welcomed the idea of a ceasefire")
    is the stance taken, and "as ...", "for ..." or a clause ("condemned X as reckless") the words."""
    if cue.lemma_ not in JUDGING_CUES or len(complements) != 1 or complements[0].dep_ != "dobj":
        return False
    target = complements[0]
    actor = target.ent_type_ in _ACTOR_TYPES or target.lemma_ in _PERSON_NOUNS or target.tag_ == "PRP"
    return actor and not any(_clause_verb(t) for t in target.subtree)


def _clause_verb(tok: Token) -> bool:
    """A verb with a subject or an infinitive "to" of its own: a clause, not a participle that describes."""
    own = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ == "aux" and c.lower_ == "to")]
    return tok.pos_ in ("VERB", "AUX") and bool(own)


def _titled(words: str) -> bool:
    """Words in title case with no sentence punctuation: the name of a show, book or campaign."""
    tokens = words.split()
    return (
        bool(tokens)
        and tokens[0][:1].isupper()
        and not any(c in words for c in SENT_END)
        and all(w[:1].isupper() or not w[:1].isalpha() or len(w) <= 3 for w in tokens)
    )


def _a_title(reader: Reader, mark: Marked) -> bool:
    """A few words with their own capitals ('show "Face the Nation."', 'the book "Doomed to Succeed,"',
    'told "Fox and Friends"') name a show, book, account or slogan. A speech tag at once before or
    after ('"Yes," she said'; 'said: "No Deal"'), a colon on either side (headlines: 'X: "We Will Win"',
    '"The FBI Is Lost": how ...') and the quotes of a headline in title case keep them quotes."""
    text = reader.text
    words = text[mark.start : mark.end].rstrip(QUOTE_CHARS + " ")
    if words[-1:] in "!?":
        return False
    words = words.rstrip(SENT_END + TAG_PUNCT)
    tokens = words.split()
    capitals = sum(w[:1].isupper() for w in tokens)
    if not tokens or len(tokens) > _TITLE_WORDS or not _titled(words) or (len(tokens) > 1 and capitals < 2):
        return False
    if char_before(text, mark.start) == ":" or text[mark.end : mark.end + 3].lstrip(QUOTE_CHARS + " ")[:1] == ":":
        return False
    return not (_tagged_at_once(reader, mark) or _said_as(reader, mark) or _title_case_line(reader, mark))


def _said_as(reader: Reader, mark: Marked) -> bool:
    """Words an active speech verb takes as its object ('X called her "The Iron Lady"', 'X dubbed him
    "Little Marco"'): X said them; not the passive 'Dubbed "X" for his ways, he ...'. "told" and "asked"
    take the listener ('told "Fox News"'), not words."""
    first = reader.token_at(mark.start)
    last = reader.token_at(max(mark.start, mark.end - 1))
    for tok in reader.doc[first : last + 1]:
        if first <= tok.head.i <= last or tok.is_punct:
            continue
        if tok.dep_ == "appos":  # 'called her rival "The Iron Lady"': the parser hangs it from the object
            tok = tok.head
        head = tok.head
        active = head.tag_ != "VBN" or any(c.dep_ == "nsubj" for c in head.children)
        spoken = is_cue(head) and head.lemma_ not in LISTENER_CUES and active and subject(head) is not None
        return tok.dep_ in ("dobj", "oprd") and spoken
    return False


def _tagged_at_once(reader: Reader, mark: Marked) -> bool:
    """A reporting verb, or any verb with its subject, right after the quote and the comma, "?" or "!" that
    ends it ('"Yes," she said', '"Go," he ordered'; not 'told "Fox News" after he was asked'), or a
    reporting verb before it with a comma or colon between ('said, "Yes."')."""
    doc, text = reader.doc, reader.text
    after = text[mark.end : mark.end + 3].lstrip(QUOTE_CHARS)
    set_off = text[mark.end - 1] in ",?!" or after[:1] == ","
    last = reader.token_at(max(mark.start, mark.end - 1))
    i, seen = last + 1, 0
    while set_off and i < len(doc) and seen < _TAG_REACH:
        tok = doc[i]
        if tok.text in SENT_END or reader.quoted(tok.idx) or "\n" in tok.text:
            break
        if is_cue(tok) or (tok.pos_ == "VERB" and any(c.dep_ == "nsubj" and last < c.i < tok.i for c in tok.children)):
            return True
        seen += not (tok.is_punct or tok.is_space)
        i += 1
    i = _before_marks(reader, mark)
    return i > 0 and doc[i].text in ",:" and is_cue(doc[i - 1])


def _title_case_line(reader: Reader, mark: Marked) -> bool:
    """The quote sits in a headline whose own words are capitalised: there capitals say nothing."""
    start, end = paragraph_bounds(reader.text, mark.start, mark.end)
    line = reader.doc[reader.token_at(start) : reader.token_at(max(start, end - 1)) + 1]
    return capitalised_like_a_headline(t for t in line if not reader.quoted(t.idx))


def _in_subject(reader: Reader, mark: Marked, cue: Token) -> bool:
    """Quoted words inside the phrase that names the speaker ('X, the star of the show "Y," said ...',
    'those voting "yes" were ...') describe the speaker; they are not what the cue reports. A speech verb
    of its own inside that phrase ('X, who added that ... "Z"') keeps them a quote."""
    who = subject(cue)
    if who is None:
        return False
    first = reader.token_at(mark.start)
    inside = reader.doc[who.left_edge.i : who.right_edge.i + 1]
    return who.left_edge.i <= first <= who.right_edge.i < cue.i and not any(is_cue(t) for t in inside)


def _named(reader: Reader, mark: Marked) -> bool:
    """Words a naming phrase introduces ('an account called "X"', 'a plan dubbed "X"', 'known as "X"')
    are a name, not something said; an active "called it 'X'" stays a quote of the subject. A naming verb
    with a by-agent is passive even where the parser reads it as finite ("the man dubbed the 'X' by ...")."""
    doc = reader.doc
    i = reader.token_at(mark.start) - 1
    while i >= 0 and (doc[i].is_quote or doc[i].is_space or doc[i].text == "," or doc[i].dep_ == "det"):
        i -= 1
    if i < 0:
        return False
    tok = doc[i]
    if tok.lower_ == "as" and i > 0:
        return doc[i - 1].lemma_ in NAMED_AS
    passive = (tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod")) or any(c.dep_ == "agent" for c in tok.children)
    return tok.lemma_ in NAMING and passive  # "the man dubbed the 'X' by tabloids", also when read as finite


def _so_called(reader: Reader, mark: Marked) -> bool:
    """Words right after "so-called" (an adjective or two between) are a label, not something said."""
    return _SO_CALLED.search(reader.text, max(0, mark.start - _SO_CALLED_REACH), mark.start) is not None


def _after_preposition(reader: Reader, mark: Marked) -> bool:
    """A quote that follows a preposition or a possessive ('on CNN's "State of the Union"', 'the author
    of "Hacked World Order"') is the object of a phrase, not something said."""
    i = _before_marks(reader, mark)
    return i >= 0 and (reader.doc[i].pos_ == "ADP" or reader.doc[i].tag_ == "POS")


def _before_marks(reader: Reader, mark: Marked) -> int:
    """The index of the last token before a quote that is no quote mark or space (-1 at the start)."""
    i = reader.token_at(mark.start) - 1
    while i >= 0 and (reader.doc[i].is_quote or reader.doc[i].is_space):
        i -= 1
    return i


def _names_something(text: str, mark: Marked) -> bool:
    """A few quoted words that open a sentence which runs on past them ('"Broad City" star X said',
    '"Sons of Trump" is an adaptation') name a title, show or slogan; no one says them here. Words a
    colon or comma introduces ('saying: "The fight goes on" and ...') stay quotes."""
    words = text[mark.start : mark.end]
    introduced = char_before(text, mark.start) in ",:"
    if (
        introduced
        or not mark.closed
        or len(words.split()) > _NAME_WORDS
        or words.rstrip()[-1:] in SENT_END + TAG_PUNCT
    ):
        return False
    rest = text[mark.end : mark.end + 4].lstrip(QUOTE_CHARS)
    return rest[:1] == " " and rest[1:2].isalnum()


def reported_belief(cue: Token) -> bool:
    """A belief inside someone's reported words ("said he expects X"): the speech act is the outer verb."""
    return cue.lemma_ in CLAUSE_ONLY and any(is_cue(a) and a.lemma_ not in CLAUSE_ONLY for a in cue.ancestors)


def describes(cue: Token) -> bool:
    """A participle that describes the noun before it ("a website called X", "the man accused of Y")
    reports nothing that anyone said here."""
    return cue.tag_ == "VBN" and cue.dep_ in ("acl", "amod")


def names_speaker(cue: Token, first: Token, last: Token, who: Who) -> bool:
    """A content that holds the speaker's own words ('reported X as writing', 'X seems to'), or lies in
    the subject of a passive cue ('X is said to ...', 'X was told that ...'), says who or what the
    report is about, not what was said. A speaker span that holds the cue is a misparse: no guide."""
    span = who[1]
    lo, hi = first.idx, last.idx + len(last)
    if span is not None and lo < span.end and span.start < hi and not span.start <= cue.idx < span.end:
        return True
    subj = passive_subject(cue)
    return subj is not None and subj.left_edge.i <= first.i and last.i <= subj.right_edge.i


def without_repeats(quotes: list[Quote]) -> list[Quote]:
    """A reported item that names no speaker, inside a larger one, adds nothing a reader needs; a quote,
    and a statement with a speaker inside another ('X said Y told her Z'), are kept."""

    def repeats(q: Quote, outer: Quote) -> bool:
        inside = outer.start <= q.start and q.end <= outer.end and outer.end - outer.start > q.end - q.start
        return inside and q.speaker is None and q.speaker_span is None

    return [q for q in quotes if q.kind != "indirect" or not any(repeats(q, o) for o in quotes)]
