"""Parse and layout tests the speaker look-ups share: the speaker word of a reporting verb, and what a
word or a stretch of text is (a crosshead, a user handle, a quote ending open for a tag).

Split from ``speakers`` so its two halves (``speaker_words``: whom the words name; ``speakers``: where
the words are) can both use them; these hold no article state, only a token or a text.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from spacy.tokens import Token

from parallax.analyze.asides import aside_opener
from parallax.analyze.cues import PERSON_TITLES, SPEECH_VERBS
from parallax.analyze.entity_capitals import common_noun, uninformative, written_once
from parallax.model import Span

Who = tuple[str | None, Span | None]
NOBODY: Who = (None, None)

SUBJECTS = ("nsubj", "nsubjpass")
_CLIMB = {"conj", "xcomp", "pcomp", "prep", "advcl", "acl", "acomp"}
FOR_BODY = {"at", "for", "from", "of", "with"}
RELATIVE = ("who", "which", "whom")  # marked as the speaker words themselves
SENT_END = ".!?"
_TAG_OPENERS = ",?!—–-"
QUOTE_CHARS = "“”‘’\"'«»„"
_NAMING_VERBS = ("call", "name")  # "a user called X", "a man named X"
QUANTIFIERS = ("many", "most", "some", "few", "several", "all", "both", "others")


def subject(cue: Token) -> Token | None:
    """The speaker word of a reporting verb: its agent in the passive, the person it reports "as saying"
    ("quoted X as saying"), its subject, or the subject of the verb it hangs from ("said he expects",
    "was quoted as saying")."""
    tok = cue
    for _ in range(4):
        reported = _reported_as(tok)
        if reported is not None:
            return reported
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        if agent is not None:
            pobj = next((g for g in agent.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
        before_aside = aside_opener(tok)
        if before_aside is not None:  # "X - who backed Y - called": never Y, whatever the parser hung there
            return before_aside
        subjects = [c for c in tok.children if c.dep_ in SUBJECTS]
        if subjects:  # the parser can give a verb two (a time stamp line before the real one): the nearest
            return min(subjects, key=lambda c: abs(c.i - tok.i))
        if tok.dep_ not in _CLIMB or tok.head.i == tok.i:
            return None
        tok = _outer(tok) if tok is cue else tok.head
    return None


def _reported_as(verb: Token) -> Token | None:
    """The object of 'reported/quoted/described X as saying/writing', or the subject of its passive ('X
    was quoted by the agency as saying'): X said it, not the verb's subject nor its agent."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None and verb.tag_ == "VBN":
        obj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if obj is None:
        return None
    return obj if _as_saying(verb, obj.i) else None


def _as_saying(verb: Token, after: int = -1) -> bool:
    """'... as saying/writing' after a word: the verb reports someone's words."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > after):
        if any(g.dep_ == "pcomp" and g.tag_ == "VBG" and g.lemma_ in SPEECH_VERBS for g in prep.children):
            return True
    return False


def passive_subject(cue: Token) -> Token | None:
    """The subject of a passive reporting verb with no agent ("X is said to ...", "X was told that ..."):
    it is what or whom the report is about, not who made it."""
    if cue.tag_ != "VBN" or any(c.dep_ == "agent" for c in cue.children) or _as_saying(cue):
        return None  # "he's said" is "he has said", parsed as a passive at times; "X was quoted as saying"
    return next((c for c in cue.children if c.dep_ == "nsubjpass"), None)


def _outer(cue: Token) -> Token:
    """The verb a subjectless reporting verb shares its subject with: its conjunct, except when that
    conjunct is the clause another reporting verb reports ("X forecast that Y would rebound and praised Z",
    "she said she was thinking '...,' adding": the parser hangs the second verb inside the clause)."""
    head = cue.head
    inside = cue.dep_ in ("conj", "advcl") and head.dep_ == "ccomp"
    if inside and head.head.lemma_ in SPEECH_VERBS and cue.lemma_ in SPEECH_VERBS:
        return head.head
    return head


def shouted(tok: Token) -> bool:
    """A word of a crosshead in capitals ("DEMOCRATS NOT LETTING X OFF HOOK"): a run of three words or
    more in capitals around it, one of them a verb (an outlet such as "USA TODAY" is a name)."""
    doc = tok.doc
    if not _capital(tok):
        return False
    first, last = tok.i, tok.i
    while first > 0 and _capital(doc[first - 1]):
        first -= 1
    while last + 1 < len(doc) and _capital(doc[last + 1]):
        last += 1
    return last - first >= 2 and any(t.pos_ in ("VERB", "AUX") for t in doc[first : last + 1])


def free_relative(tok: Token) -> bool:
    """ "what" in "through what's called "active shooter" training:": a thing named, never who speaks."""
    return tok.tag_ == "WP" and tok.lower_ not in RELATIVE


def body_words(role: Token) -> set[str]:
    """The nouns that say whose a role is: after "for", "at" ... ("spokesman for the government") or before
    it ("a school spokesman")."""
    before = (c for c in role.children if c.dep_ in ("compound", "nmod") and c.i < role.i)
    return {t.lemma_.lower() for t in (*prep_objects(role, FOR_BODY), *before)}


def prep_objects(word: Token, prepositions: AbstractSet[str]) -> list[Token]:
    """The objects of these prepositions on a word ("a statement from [the department]")."""
    preps = (c for c in word.children if c.dep_ == "prep" and c.lower_ in prepositions)
    return [g for prep in preps for g in prep.children if g.dep_ == "pobj"]


def name_before_verb(tok: Token) -> Token | None:
    """The name in "which Ms Wood claims shows ...", parsed as the noun phrase "Ms Wood claims", subject of
    "shows" beside "which": a speech verb read as a plural noun, right after a name compounded to it, is
    the name's verb, and the name says it."""
    if tok.tag_ != "NNS" or tok.lemma_ not in SPEECH_VERBS or not tok.lower_.endswith("s"):
        return None
    if sum(1 for c in tok.head.children if c.dep_ in SUBJECTS) < 2:
        return None  # "GOP rules require": a noun; the misread verb leaves its own verb two subjects
    name = tok.doc[tok.i - 1] if tok.i > 0 else tok
    return name if name.dep_ == "compound" and name.head.i == tok.i and name.pos_ == "PROPN" else None


def name_given(tok: Token) -> Token | None:
    """The name in "a man named X", "a user called X": the name the words give the speaker."""
    if tok.pos_ != "NOUN" or tok.i + 2 >= len(tok.doc):
        return None
    acl = tok.doc[tok.i + 1]  # "a man named X": the verb right after the noun, the name right after the verb
    if acl.dep_ != "acl" or acl.head.i != tok.i or acl.lemma_ not in _NAMING_VERBS:
        return None
    name = next((g for g in acl.children if g.dep_ in ("oprd", "xcomp", "attr") and g.pos_ == "PROPN"), None)
    return name if name is not None and name.left_edge.i == acl.i + 1 else None


def third_person(tok: Token) -> bool:
    """A quote opening on "he" or "she" as its subject: words put in the third person by whoever reports them."""
    return tok.lower_ in ("he", "she") and tok.dep_ in SUBJECTS


def naming(verb: Token) -> bool:
    """ '"...," one user called X wrote': "called" read as the verb of a clause the later "wrote" reports is
    the user's name being given; the tag is "X wrote"."""
    later, doc = verb.head, verb.doc
    if verb.lemma_ not in _NAMING_VERBS or verb.dep_ != "ccomp" or not 0 < verb.i < len(doc) - 1:
        return False
    before, after = doc[verb.i - 1], doc[verb.i + 1]
    return (
        before.pos_ == "NOUN" and before.head.i == verb.i and after.pos_ in ("PROPN", "NUM")
        and later.i > verb.i and later.lemma_ in SPEECH_VERBS and any(c.dep_ in SUBJECTS for c in later.children)
    )


def user_handle(tok: Token) -> bool:
    """A user name on a social network ("@jroe", "S_AND_YY", "jroe1987"): one word with "@", an underscore,
    or letters and digits run together, which no name finder reads as a person."""
    text = tok.text
    word = text.removeprefix("@")
    if len(word) < 3 or not all(c.isalnum() or c == "_" for c in word):
        return False
    mixed = len(word) > 4 and any(c.isdigit() for c in word) and any(c.isalpha() for c in word)  # not "G20"
    return text.startswith("@") or "_" in word.strip("_") or mixed


def bare_participle(tok: Token) -> bool:
    """A participle with no auxiliary ("followed by ..."): it has no subject of its own."""
    return tok.tag_ in ("VBN", "VBG") and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def bare_title(tok: Token) -> bool:
    """A singular common noun with no article, standing as a title before a name ("pastor", "coach")."""
    return tok.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in tok.children)


def _capital(tok: Token) -> bool:
    return tok.is_upper and tok.is_alpha and len(tok.text) > 1


def no_name(tok: Token) -> bool:
    """A capitalised word no actor was found for that names nobody: a title alone in a title-case
    headline ("GOP Sen Suggests"), a word joined to a brand by a slash ("the Reuters/Ipsos States of
    the Nation project"), or a common noun the article writes once where a capital tells nothing ("News
    of the probe had appeared ...", "Fans Confuse Him")."""
    doc = tok.doc
    verb = doc[tok.i + 1] if tok.i + 1 < len(doc) else tok
    titled_verb = verb.is_title and verb.pos_ == "VERB"  # "... Fans Confuse Him": a title-case headline
    if (titled_verb and tok.lower_.rstrip(".") in PERSON_TITLES) or any(
        t.text.endswith("/") for t in doc[tok.left_edge.i : tok.i]
    ):
        return True
    return (bool(uninformative(tok)) or titled_verb) and written_once(doc, tok) and common_noun(tok)


def names_speaker(tok: Token) -> bool:
    """A word that can name who speaks: a name, a pronoun or a quantifier of people ("many", "most")."""
    return tok.pos_ in ("PROPN", "PRON") or tok.lower_ in QUANTIFIERS


def ends_open(text: str, end: int) -> bool:
    """The quote ends on a comma, question or exclamation mark, inside or just outside its closing mark."""
    j = end - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    if j >= 0 and text[j] in _TAG_OPENERS:
        return True
    k = end
    while k < len(text) and text[k] in QUOTE_CHARS:
        k += 1
    return k < len(text) and text[k] in _TAG_OPENERS


def near_previous(text: str, last_end: int, start: int) -> bool:
    """The previous speaker's quote is in the same paragraph, or ends the paragraph just before the one
    this quote opens (with at most its own speaker tag after it)."""
    if last_end < 0 or last_end > start:
        return False
    gap = text[last_end:start]
    if "\n" not in gap:
        return True
    before, _, opening = gap.strip(" \t\n" + QUOTE_CHARS).partition("\n")
    if opening.strip(" \t\n" + QUOTE_CHARS):
        return False
    tag = before.strip(" \t" + QUOTE_CHARS).rstrip(SENT_END + ",;:")
    return not any(c in tag for c in SENT_END)
