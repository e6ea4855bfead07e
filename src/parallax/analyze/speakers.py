"""Who said it: the words in the text that name a quote's speaker, and the actor those words stand for.

The speaker span is the mention that governs the reporting verb, as annotators of attribution corpora
(PolNeAR, PARC) mark it: the pronoun in "he said", the relative pronoun in "X, who said", the whole noun
phrase in "Early results of an entrance poll show"; the canonical name comes from the actors
(``entities``), so "he" and "who" still name the person. A direct quote with no reporting verb takes
its speaker from the layout news writing uses: a verb right after the quote ('"...," he continued'), a
sentence that introduces it with a colon ('X wrote:'), the speaker of the quote just before it, or of
the reporting verb in the sentence before. No coreference or attribution library for spaCy 3.8 gives
these spans, hence these rules.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from parallax.analyze import geo
from parallax.analyze.asides import DASHES, aside_opener
from parallax.analyze.cues import (
    BODY_VOICES,
    COMPANY_KINDS,
    ENTOURAGE_NOUNS,
    EXAMPLE_PREPS,
    NOUN_CUES,
    NOUN_GENDERS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PERSON_TITLES,
    PRESS_NAME_HEADS,
    PRESS_NOUNS,
    SPEECH_VERBS,
    STATE_ARMS,
    STATE_BODIES,
)
from parallax.analyze.entities import ActorIndex
from parallax.analyze.entity_affiliations import nation_noun
from parallax.analyze.entity_capitals import common_noun, uninformative, written_once
from parallax.analyze.entity_names import one_of_a_people
from parallax.analyze.nlp import sentence_of
from parallax.analyze.speaker_descriptions import (
    SOURCE_NOUNS,
    STATEMENT_NOUNS,
    definite,
    described_person,
    joined_speakers,
    kind_body,
    owned_by_name,
    read_statement,
    state_body,
    unnamed_source,
    without_article,
)
from parallax.model import Entity, Span

Who = tuple[str | None, Span | None]
NOBODY: Who = (None, None)

_SUBJECTS = ("nsubj", "nsubjpass")
_CLIMB = {"conj", "xcomp", "pcomp", "prep", "advcl", "acl", "acomp"}
_FOR_BODY = {"at", "for", "from", "of", "with"}
_PHRASE_BREAKS = {":", ";", "(", ")", "[", "]", "|"}
_BODIES = {"ORG", "GPE", "NORP"}
_OF = {"of"}
_BY = {"by", "from"}  # "a statement by X", "a letter from X"
_PEOPLE = {"PERSON"}
_RELATIVE = ("who", "which", "whom")  # marked as the speaker words themselves
_RELATIVE_THAT = "that"  # "a group that says": the group is marked
_PHRASE_RIGHT = ("appos", "prep", "conj", "cc", "compound", "nummod", "amod", "nmod", "poss", "case")
_SENT_END = ".!?"
_TAG_OPENERS = ",?!—–-"
_QUOTE_CHARS = "“”‘’\"'«»„"
_EMPTY_SUBJECTS = ("it", "there")
_NOUN_OWNERS = ("compound", "amod", "nmod", "nummod", "det")
_NAMING_VERBS = ("call", "name")  # "a user called X", "a man named X"
_ONE_OF = ("one", "another")  # "one of the passengers": one person of a group
_QUANTIFIERS = ("many", "most", "some", "few", "several", "all", "both", "others")
_FINITE = ("VBD", "VBZ", "VBP")
_TAG_WORDS = 12  # a tag's verb and its speaker lie within this many words of each other
_HEADLINE_WORDS = 8  # the source before a headline colon is at most this long
_LEAD_NOUNS = NOUN_CUES | BODY_VOICES  # "A statement by ...:", "Spokesman of X, Y:"
_VOICES = BODY_VOICES | STATE_ARMS
_BODY_MODIFIERS = ("compound", "amod", "nmod", "poss")
_ISSUE_VERBS = frozenset({"issue", "release", "publish", "send", "post", "put", "make", "deliver", "give", "read"})
_STATEMENT_WINDOW = 3  # "the statement" refers back to one named at most this many sentences before
_PERSON_WORDS = SOURCE_NOUNS | PERSON_NOUNS
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_FIRM_NOUNS = COMPANY_KINDS | {"company", "team", "club"}  # "the company said": the body the article is about
_PLAIN_SEXES = {"man": "m", "woman": "f"}  # "the man said": someone described before by a noun of that sex
_SEX_NOUNS = {**NOUN_GENDERS, **_PLAIN_SEXES}
_OWNED_SPEAKERS = _PERSON_WORDS | ENTOURAGE_NOUNS | STATE_BODIES  # "the distributor's president", "the X's office"


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
        subjects = [c for c in tok.children if c.dep_ in _SUBJECTS]
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


@dataclass(slots=True)
class Previous:
    """The speaker of the last direct quote that had one, and where that quote ended."""

    who: Who = NOBODY
    end: int = -1


class Speakers:
    """Speaker look-ups over one parsed article and its actors."""

    def __init__(
        self, doc: Doc, text: str, actors: ActorIndex, quoted: Callable[[int], object], token_at: Callable[[int], int]
    ):
        self.doc = doc
        self.text = text
        self.actors = actors
        self.quoted = quoted
        self.token_at = token_at
        self._described: set[int] = set()
        self._family_names = {e.name.split()[-1] for e in actors.entities if e.type == "PERSON"}

    def _span(self, first: int, last: int) -> Span:
        doc = self.doc
        return Span.of(self.text, doc[first].idx, doc[last].idx + len(doc[last]))

    def phrase(self, tok: Token) -> tuple[int, int]:
        """Token range of the noun phrase a speaker word heads: its modifiers, appositions and
        prepositional phrases, not its relative clauses, kept inside the word's line."""
        if tok.pos_ == "PRON":
            return tok.i, tok.i
        first = tok.left_edge.i
        last = tok.i
        for child in tok.rights:
            if child.dep_ in _PHRASE_RIGHT:
                last = max(last, child.right_edge.i)
        doc, text = self.doc, self.text
        line_start = text.rfind("\n", 0, tok.idx) + 1
        line_end = text.find("\n", tok.idx)
        line_end = len(text) if line_end < 0 else line_end
        breaks = [t.i for t in doc[first : tok.i] if t.text in _PHRASE_BREAKS]
        first = breaks[-1] + 1 if breaks else first  # "(Photo credit) Mayor X said": the phrase is after it
        while first < tok.i and (doc[first].idx < line_start or self._edge(doc[first])):
            first += 1
        while last > tok.i and (doc[last].idx >= line_end or self._edge(doc[last])):
            last -= 1
        return first, last

    def _edge(self, tok: Token) -> bool:
        return tok.is_punct or tok.is_space or bool(self.quoted(tok.idx))

    def of_word(self, tok: Token) -> Who:
        """The actor a speaker word names and the words themselves; the name is None for a pronoun, a
        role or a party or nation noun ("the Republican") no name was given for."""
        tok = _name_before_verb(tok) or tok
        named = tok
        if tok.head.dep_ == "relcl" and tok.head.head.i != tok.head.i:
            if tok.lower_ in _RELATIVE:
                named = self._person_before(tok) or tok.head.head  # "X, who said ...": the words "who", the actor X
            elif tok.lower_ == _RELATIVE_THAT:
                tok = named = tok.head.head
        first, last = self.phrase(tok)
        span = self._span(first, last)
        given = _name_given(named)
        if given is not None:  # "a man named X said": X, in the words "a man named X"
            return self.of_word(given)[0], span
        group = self._group_of(named)
        if group is not None:  # "one of the passengers told him": a person the words describe and never name
            self._described.add(span.start)
            return without_article(self._span(first, group.i).text), span
        group = self._group_before(named)
        if group is not None:  # 'Fans cheered. "...," said one.': one of the people the sentence before is about
            self._described.add(span.start)
            return without_article(self._span(self.phrase(group)[0], group.i).text), span
        if _shouted(named) or named.lower_ in _QUANTIFIERS:
            return None, span  # a crosshead ("DEMOCRATS NOT LETTING X OFF HOOK"), or some of a group ("Several told")
        actor = self._actor(named)
        if actor is not None:
            return joined_speakers(named, actor, self.actors), span
        actor = self._spoken_for(named)
        if actor is not None:
            self._described.add(span.start)
            return actor, span
        described = described_person(named, self.actors) if definite(named) else None
        if described is not None:  # "Comedian X ... the comedian added": X, not a second voice
            return described.name, span
        first = first if named is tok else self.phrase(named)[0]  # "a woman outside the bank, who": her words
        appos = (c for c in named.children if c.dep_ == "appos" and _handle(c))
        handle = named if _handle(named) else next(appos, None)
        if handle is not None:  # "Weibo user S_AND_YY wrote": the name a user posts under names them
            self._described.add(span.start)
            return handle.text, span
        earlier = self._same_person_before(named)
        if earlier is not None:  # "The boy's grandfather told a reporter ... The man also said": the grandfather
            self._described.add(span.start)
            return self.of_word(earlier)[0], span
        if unnamed_source(named):  # "his father said", "a volunteer told", "witnesses said": no name exists
            self._described.add(span.start)
            return without_article(self._span(first, named.i).text), span
        owned = self._entourage(named) or self._owned(named, first)
        if owned is not None:
            self._described.add(span.start)
            return owned, span
        if named.tag_ == "NN" and named.lemma_.lower() in BODY_VOICES:  # "officials said" stays no one
            voice = self._anonymous_voice(named, first)
            if voice is not None:
                self._described.add(span.start)
            return voice, span
        if not self._proper(named) or one_of_a_people(named) or nation_noun(named.text) or _no_name(named):
            return None, span  # "the Wisconsin Republican", "the Finn": a description of one no name was given
        return self._span(named.left_edge.i if named.left_edge.i >= first else first, named.i).text, span

    def _entourage(self, noun: Token) -> str | None:
        """ "her camp said", "his aides said": the people around a person speak for that person, named by
        the person and the words ("Jane Roe's camp"), as a pronoun alone tells a reader nothing."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ENTOURAGE_NOUNS:
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        actor = self.actors.at(owner.idx, owner.idx + len(owner)) if owner is not None else None
        if owner is None or actor is None or actor.type != "PERSON":
            return None
        return f"{actor.name}'s {self._span(owner.right_edge.i + 1, noun.i).text}"

    def _owned(self, noun: Token, first: int) -> str | None:
        """ "the beer distributor's president", "the Texas Attorney General's office": a person or office
        told apart by an owner that is no person of the article (a person's are ``_entourage``) is
        described by those words, the only name a reader gets."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _OWNED_SPEAKERS:
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None or owner.pos_ == "PRON":
            return None
        actor = self.actors.at(owner.idx, owner.idx + len(owner))
        if actor is not None and actor.type == "PERSON":
            return None
        return without_article(self._span(first, noun.i).text)

    def _proper(self, tok: Token) -> bool:
        """A name: a proper noun, or a person's family name opening a sentence, which the tagger can read
        as a plural noun ("Jeffs also wrote")."""
        return tok.pos_ == "PROPN" or (tok.is_title and tok.text in self._family_names)

    def _anonymous_voice(self, voice: Token, first: int) -> str | None:
        """One voice of a body that names neither the body nor the person ("a senior official told NBC",
        then "the official said"): the words are all a reader gets. "The official" takes the words of the
        last one the article introduced with "a" shortly before, or the name if that one had a name; with
        none before, it may stand for a named person not resolved, so no one. A voice for a person ("a
        spokesman for X") is that person's."""
        owner = self._object_actor(voice, _FOR_BODY, _PEOPLE)
        if owner is not None:  # "a spokesman for candidate X": X's spokesman
            return f"{owner.name}'s {voice.lower_}"
        if not definite(voice):
            named = self._named_later(voice)
            return named.name if named is not None else without_article(self._span(first, voice.i).text)
        for tok in reversed(self.doc[self._window_start(voice) : voice.i]):
            if tok.lemma_ == voice.lemma_ and tok.pos_ == "NOUN" and not definite(tok):
                return self.of_word(tok)[0]
        return None

    def _named_later(self, voice: Token) -> Entity | None:
        """ "..., a spokesman for the government said." then "X, spokesman for the Government of Y, told
        AFP": a spokesperson a lead leaves unnamed is the one person the article later names in that role
        for the same kind of body (a head noun after "for" or a noun before the role word in common: not
        "a school spokesman" and "ministry spokesman X")."""
        body = _body_words(voice)
        if voice.lemma_.lower() not in _SPOKESPEOPLE or not body:
            return None
        found: dict[str, Entity] = {}
        for tok in self.doc[voice.i + 1 :]:
            if tok.lemma_ != voice.lemma_ or tok.dep_ not in ("appos", "compound") or self.quoted(tok.idx):
                continue
            person = self.actors.at(tok.head.idx, tok.head.idx + len(tok.head))
            if person is not None and person.type == "PERSON" and body & _body_words(tok):
                found[person.name] = person
        return next(iter(found.values())) if len(found) == 1 else None

    def _group_of(self, tok: Token) -> Token | None:
        """The plural noun of unnamed people in "one of the passengers" or "some of the residents" ("one",
        "another" or a quantifier before "of"), which the words describe and never name."""
        if tok.lower_ not in _ONE_OF and tok.lower_ not in _QUANTIFIERS:
            return None
        of = (g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")
        group = next(of, None)
        if group is None or group.tag_ != "NNS" or not unnamed_source(group):
            return None
        return group

    def _same_person_before(self, noun: Token) -> Token | None:
        """ "The boy's grandfather told a reporter ... The man also said": "the man" or "the woman" speaking
        is the last unnamed speaker of that sex shortly before, described by a noun that tells it or by its
        owner ("a man's voice says ... the man says")."""
        sex = _PLAIN_SEXES.get(noun.lower_)
        if sex is None or not definite(noun):
            return None
        for tok in reversed(self.doc[self._window_start(noun, told=True) : noun.i]):
            spoke = tok.dep_ in _SUBJECTS and tok.head.lemma_ in SPEECH_VERBS and not self.quoted(tok.idx)
            owners = [c.lower_ for c in tok.children if c.dep_ == "poss"]
            if spoke and tok.pos_ == "NOUN" and sex in {_SEX_NOUNS.get(w) for w in (tok.lower_, *owners)}:
                return tok
        return None

    def _group_before(self, one: Token) -> Token | None:
        """ 'Fans have cheered. "...," said one. "...," said another.': "one" or "another" alone speaks as one
        of the unnamed people the last subject before it names, in the plural, within a few sentences of the
        narrative (quoted sentences are no part of it)."""
        if one.lower_ not in _ONE_OF or one.dep_ not in _SUBJECTS or any(c.dep_ == "prep" for c in one.children):
            return None  # not "one that believes" nor "one of the passengers"
        window = self.doc[self._window_start(one, told=True) : sentence_of(one).start]
        subjects = (t for t in reversed(window) if t.dep_ in _SUBJECTS and t.lower_ not in _ONE_OF)
        group = next((t for t in subjects if not self.quoted(t.idx)), None)
        return group if group is not None and group.tag_ == "NNS" and unnamed_source(group) else None

    def _person_before(self, who: Token) -> Token | None:
        """The nearest word before "who" that names a person, when the parse hung the clause on a word that
        names none ("according to people on the call X, who has admitted ...", "a woman outside the bank,
        who wept"): "who" stands for a person, and follows its antecedent. A role set beside a name ("X,
        the legendary reporter who said") stands for that name."""
        doc = self.doc
        head = who.head.head
        parsed = self.actors.at(head.idx, head.idx + len(head))
        if who.lower_ != "who" or (parsed is not None and parsed.type == "PERSON"):
            return None
        before = doc[who.i - 2] if who.i > 1 and doc[who.i - 1].text == "," else None
        if before is None and head.dep_ == "appos" and head.pos_ == "NOUN":
            before = head.head
        actor = self.actors.at(before.idx, before.idx + len(before)) if before is not None else None
        if actor is not None and actor.type == "PERSON":
            return before
        if self._names_person(head):
            return None
        return next((t for t in reversed(doc[sentence_of(who).start : head.i]) if self._names_person(t)), None)

    def _names_person(self, tok: Token) -> bool:
        """A person's name, or a common noun for a person ("woman", "witness", "spokesman")."""
        actor = self.actors.at(tok.idx, tok.idx + len(tok))
        if actor is not None:
            return actor.type == "PERSON"
        return tok.pos_ == "NOUN" and tok.lemma_.lower() in _PERSON_WORDS

    def _actor(self, tok: Token) -> str | None:
        actor = self.actors.at(tok.idx, tok.idx + len(tok))
        if actor is None:
            appos = next((c for c in tok.children if c.dep_ == "appos"), None)
            if appos is not None:
                actor = self.actors.at(appos.idx, appos.idx + len(appos))
        if actor is None and _bare_title(tok):  # "said pastor and celebrant Father X": titles joined to the name
            names = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
            joined = (self.actors.at(c.idx, c.idx + len(c)) for c in names)
            actor = next((a for a in joined if a is not None and a.type == "PERSON"), None)
        if actor is None and tok.lower_ in PERSON_TITLES:
            actor = self._titled(tok)
        if actor is None and self._proper(tok):
            actor = self.actors.person(tok.text)  # a family name the name finder missed
        return actor.name if actor is not None else None

    def _spoken_for(self, tok: Token) -> str | None:
        """Whom words that name no one speak for: the body of a spokesman or of a state's arm, "it" after a
        sentence about a body, a state office by its description, or the examples a group is named by."""
        actor = self._body(tok) if tok.lemma_.lower() in _VOICES else None
        if actor is None and tok.lower_ == "it":
            actor = self._body_before(tok)
        if actor is None and tok.tag_ == "NNS":  # "Liberals like X and Y say": the ones named speak
            actor = self._object_actor(tok, EXAMPLE_PREPS, _PEOPLE | _BODIES)
        if actor is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in STATEMENT_NOUNS:
            actor = self._issuer(tok)
            if actor is None:  # "a statement from the police department": the office by its description
                return next((b for o in _objects(tok, _BY) if (b := state_body(o)) is not None), None)
        if actor is None and tok.lower_ in PRESS_NOUNS and definite(tok):
            actor = self._press_before(tok)
        if actor is None and tok.lower_ in _FIRM_NOUNS and definite(tok) and not owned_by_name(tok):
            actor = self._main_body(tok)
        if actor is None and definite(tok):  # "the magazine announced": the magazine named before
            actor = kind_body(tok, self.actors, self._window_start(tok, told=True))
        return actor.name if actor is not None else state_body(tok)

    def _main_body(self, noun: Token) -> Entity | None:
        """The organisation an article is about, which "the company" or "the team" speaking with no name
        linked stands for: the one organisation it names more than once, when only one is and the
        sentences just before name it (a company named long before may not be the one meant)."""
        named = [e for e in self.actors.entities if e.type == "ORG" and len(e.mentions) > 1]
        if len(named) != 1:
            return None
        start = self.doc[self._window_start(noun, told=True)].idx
        near = any(start <= m.start < noun.idx and not self.quoted(m.start) for m in named[0].mentions)
        return named[0] if near else None

    def _issuer(self, noun: Token, back: bool = True) -> Entity | None:
        """Who made the statement a noun names when the statement speaks ("the statement said"): its owner
        ("X's statement"), the body named or meant before it ("the American statement") or after "by" or
        "from" ("a statement from X"), the subject of the verb that issued it ("X issued a statement
        condemning ..."), or, for "the statement", the issuer of the last one named shortly before ("X
        issued a statement ... The statement said")."""
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None:
            return self.actors.at(owner.idx, owner.idx + len(owner))
        actor = self._modifier_actor(noun) or self._object_actor(noun, _BY, _PEOPLE | _BODIES)
        since = self._window_start(noun, told=True)
        bodies = (kind_body(o, self.actors, since) for o in _objects(noun, _BY) if definite(o))  # "from the publisher"
        actor = actor or next((b for b in bodies if b is not None), None)
        if actor is not None:
            return actor
        if noun.dep_ == "dobj" and noun.head.lemma_ in _ISSUE_VERBS:
            maker = subject(noun.head)
            return self.actors.at(maker.idx, maker.idx + len(maker)) if maker is not None else None
        if not back or not definite(noun):
            return None
        window = self.doc[self._window_start(noun) : noun.i]
        earlier = (t for t in reversed(window) if t.lemma_ == noun.lemma_ and t.pos_ == "NOUN")
        before = next(earlier, None)
        return self._issuer(before, back=False) if before is not None else None

    def _window_start(self, tok: Token, told: bool = False) -> int:
        """Where the sentences a definite noun may refer back through begin: its own and the
        ``_STATEMENT_WINDOW`` - 1 before it; with ``told``, of the narrative only, passing over the quoted
        sentences between (a description refers back past the words its holder said)."""
        start, counted = sentence_of(tok).start, 1
        while start > 0 and counted < _STATEMENT_WINDOW:
            start = sentence_of(self.doc[start - 1]).start
            counted += not (told and self.quoted(sentence_of(self.doc[start]).root.idx))
        return start

    def _press_before(self, noun: Token) -> Entity | None:
        """The newspaper "the paper" stands for: the latest body named before it as a paper ("daily X", "the
        X newspaper") or by a newspaper's name ("the Washington Post")."""
        doc = self.doc
        for tok in reversed(doc[: noun.i]):
            actor = self.actors.at(tok.idx, tok.idx + len(tok))
            if actor is None:
                continue
            beside = [doc[i].lower_ for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)]
            headed = actor.type != "PERSON" and actor.name.split()[-1].lower() in PRESS_NAME_HEADS
            if headed or any(w in PRESS_NOUNS for w in beside):  # "daily X" is a paper, whatever the model typed
                return actor
        return None

    def described(self, span: Span | None) -> bool:
        """Whether a speaker was found through words that name someone else or no one (``_spoken_for``):
        a less certain reading than a name."""
        return span is not None and span.start in self._described

    def _body_before(self, it: Token) -> Entity | None:
        """ "X said it was forced to ... It said in a statement": "it" speaking is the organisation or country
        the sentence before is about, when that sentence's main subject names one, or the issuer of the
        statement that sentence is about ("The statement expresses ... It states"). A quote ending that
        sentence is passed over: its words are not the narrative's subject."""
        if it.dep_ != "nsubj" or it.head.lemma_ not in SPEECH_VERBS:
            return None
        sent = sentence_of(it)
        if sent.start == 0 or any(t.dep_ in _SUBJECTS and t.i < it.i for t in sent):
            return None
        before = sentence_of(self.doc[sent.start - 1])
        while before.start > 0 and (self.quoted(before.root.idx) or all(t.is_punct or t.is_space for t in before)):
            before = sentence_of(self.doc[before.start - 1])
        root = before.root
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ == "NOUN" and subj.lemma_ in STATEMENT_NOUNS:
            return self._issuer(subj)  # "The statement expresses condolences ... It states that": its issuer
        actor = self.actors.at(subj.idx, subj.idx + len(subj)) if subj is not None else None
        return actor if actor is not None and actor.type in ("ORG", "GPE") else None

    def _titled(self, title: Token) -> Entity | None:
        """The person a title "of" a place names, as parsed: "Mayor of [London Jane Roe]" -> Jane Roe."""
        return self._object_actor(title, _OF, _PEOPLE)

    def _body(self, role: Token) -> Entity | None:
        """The organisation or country a role word speaks for: "a spokesperson for X", "analysts at X", or
        a name or demonym before it ("a Nato spokesman", "US forces", "Turkish officials"). The words keep
        saying who spoke; the body is whom a reader of the voices must find."""
        return self._object_actor(role, _FOR_BODY, _BODIES) or self._modifier_actor(role)

    def _modifier_actor(self, word: Token) -> Entity | None:
        """The organisation or country named or meant by a word before another ("Nato", "Turkish")."""
        for mod in (c for c in word.children if c.dep_ in _BODY_MODIFIERS and c.i < word.i):
            actor = self.actors.at(mod.idx, mod.idx + len(mod))
            if actor is None or actor.type == "NORP":
                country = geo.country_of_demonym(mod.text)
                actor = next((e for e in self.actors.entities if e.name == country), None) if country else None
            if actor is not None and actor.type in _BODIES:
                return actor
        return None

    def _object_actor(self, word: Token, prepositions: AbstractSet[str], types: set[str]) -> Entity | None:
        """The first actor of these types that is the object of one of these prepositions on the word."""
        for pobj in _objects(word, prepositions):
            actor = self.actors.at(pobj.idx, pobj.idx + len(pobj))
            if actor is not None and actor.type in types:
                return actor
        return None

    def of_cue(self, cue: Token) -> Who:
        """Who a reporting word's statement belongs to (a verb, a statement noun, or a headline colon)."""
        if cue.text == ":":
            return self.of_colon(cue)
        if _naming(cue):
            return self.of_cue(cue.head)
        statement = read_statement(cue)
        if statement is not None:  # '"...," a statement from the publisher read'
            return self._read_from(statement, cue)
        if cue.pos_ == "NOUN":
            return self.of_noun(cue)
        if cue.pos_ == "ADP":  # "In a CNN poll, ...", "Under state law, ..."
            pobj = next((c for c in cue.children if c.dep_ == "pobj"), None)
            return NOBODY if pobj is None else self.of_word(pobj)
        if cue.dep_ == "acl" and cue.tag_ == "VBG" and cue.head.pos_ in ("NOUN", "PROPN"):
            return self.of_word(cue.head)  # "a group backing X"
        subj = subject(cue)
        if subj is not None and subj == passive_subject(cue):
            return self.governing(cue.idx, NOBODY)  # "X is said to ...": no one, unless "Y says X was told"
        if subj is not None and not (self.quoted(subj.idx) and not self.quoted(cue.idx)) and self._one_line(subj, cue):
            return self.of_word(subj)
        return self._nearest_before(cue) if cue.tag_ in _FINITE else NOBODY

    def _read_from(self, statement: Token, read: Token) -> Who:
        """Who issued a statement that "read" the quote: its issuer (``_issuer``); when the parser took
        "read" for a noun of the statement's phrase, the words before it, and the body the word before
        it names by its kind ("a statement from the publisher read")."""
        who, span = self.of_word(statement)
        if read.pos_ != "NOUN":
            return who, span
        span = self._span(self.phrase(statement)[0], read.i - 1)
        since = self._window_start(statement, told=True)
        body = kind_body(read.doc[read.i - 1], self.actors, since) if who is None else None
        return (body.name if body is not None else who), span

    def possessor(self, start: int, end: int) -> Who:
        """ 'his "all clear" message': quoted words that name a statement its owner made are the owner's,
        whoever reports the sentence they stand in."""
        doc = self.doc
        stretch = doc[self.token_at(start) : self.token_at(end) + 1]
        words = [t for t in stretch if start <= t.idx < end and not t.is_punct]
        heads = {t.head.i for t in words if not start <= t.head.idx < end}
        if len(heads) != 1:
            return NOBODY
        noun = doc[heads.pop()]
        if noun.pos_ != "NOUN" or noun.lemma_ not in STATEMENT_NOUNS or noun.idx < end:
            return NOBODY
        if any(not (start <= t.idx < end or t.is_punct or t.is_space) for t in doc[words[0].i : noun.i]):
            return NOBODY  # only the quoted words stand between the owner and the noun
        owner = next((c for t in (noun, *words) for c in t.children if c.dep_ == "poss" and c.idx < start), None)
        return self.of_word(owner) if owner is not None else NOBODY

    def _one_line(self, a: Token, b: Token) -> bool:
        """Two words on one line: a subject across a paragraph break is the parser joining two paragraphs."""
        lo, hi = sorted((a.idx, b.idx))
        return "\n" not in self.text[lo:hi]

    def _nearest_after(self, verb: Token) -> Who:
        """An inverted tag the parser left without a subject ('"...," said X, a senior fellow'): the noun
        phrase right after the verb."""
        doc = self.doc
        for tok in doc[verb.i + 1 : min(len(doc), verb.i + 1 + _TAG_WORDS // 2)]:
            if "\n" in tok.text or tok.text in _SENT_END or self.quoted(tok.idx):
                return NOBODY
            if tok.pos_ in ("PROPN", "NOUN", "PRON"):
                while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
                    tok = tok.head
                return self.of_word(tok)
        return NOBODY

    def _nearest_before(self, cue: Token) -> Who:
        """A finite reporting verb the parser left without a subject ("X, the club's president, suggested"):
        the nearest noun phrase before it in its sentence and line, outside quotes."""
        doc, text = self.doc, self.text
        line_start = text.rfind("\n", 0, cue.idx) + 1
        first = sentence_of(cue).start
        for i in range(cue.i - 1, max(first, cue.i - _TAG_WORDS) - 1, -1):
            tok = doc[i]
            if tok.idx < line_start or self.quoted(tok.idx) or tok.pos_ in ("VERB", "AUX", "SCONJ"):
                return NOBODY
            if tok.pos_ in ("PROPN", "NOUN", "PRON") and tok.dep_ not in ("pobj", "dobj", "poss"):
                while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
                    tok = tok.head
                return self.of_word(tok)
        return NOBODY

    def of_noun(self, noun: Token) -> Who:
        """Who made a statement named by a noun: its possessor, else the subject of the verb it hangs from."""
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None:  # "Trump brags that", "Many fear": the parser read the verb as a noun
            owner = next((c for c in noun.lefts if c.dep_ in _NOUN_OWNERS and _names(c)), None)
        if owner is not None:
            return self.of_word(owner)
        tok = noun
        while tok.dep_ in ("pobj", "prep", "dobj", "attr") and tok.head.i != tok.i:
            tok = tok.head
        return self.of_cue(tok) if tok.pos_ in ("VERB", "AUX") else NOBODY

    def of_colon(self, colon: Token) -> Who:
        """'X: Y' (a headline or a lead-in): X, when it is a short phrase opening its line or following a
        dash ("HEADLINE - X: ...")."""
        doc = self.doc
        first = self._segment_start(colon)
        words = [t for t in doc[first : colon.i] if not t.is_space]
        named = any(t.pos_ in ("PROPN", "NOUN", "PRON") or t.is_title for t in words)
        if not words or len(words) > _HEADLINE_WORDS or not named:
            return NOBODY
        span = self._span(words[0].i, words[-1].i)
        actor = self.actors.at(span.start, span.end)
        return (actor.name if actor is not None else None), span

    def governing(self, start: int, tagged: Who) -> Who:
        """Speaker of a partial quote: the reporting verb its words hang from ('X says that "..."'), else
        the speaker of the tag found beside it. A verb set inside what a person said gives way to that
        person when a body only relays the words (``_passes_on``) or when the quote opens on "he" or "she"
        ('X said the driver told him that "he thinks ..."'): the person put the words in the third person."""
        first = self.doc[self.token_at(start)]
        unnamed: Who | None = None
        for anc in first.ancestors:
            if anc.pos_ in ("VERB", "AUX") and anc.lemma_ in SPEECH_VERBS and not self.quoted(anc.idx):
                who = self.of_cue(anc)
                if who[1] is None or who[1].text.lower() in _EMPTY_SUBJECTS:
                    continue  # "it was plausible to believe that ..." has no speaker: look further up
                if self._passes_on(anc) or (_third_person(first) and self._person_above(anc)):
                    continue  # 'X said "...," the agency reports'; 'X said the driver told him "he thinks ..."'
                if who[0] is not None:
                    return who
                unnamed = unnamed or who  # "X wrote that the vote showed "...": X, not the vote
        return unnamed or tagged

    def _passes_on(self, verb: Token) -> bool:
        """A body's "reports" set inside what a person is said to have said ('X said the train sped up and
        "...," the agency reports', 'X told him she "...," the paper reported'): the body relays the
        person's words, so the person, whose reporting verb stands above it, is who said them."""
        if verb.lemma_ != "report":
            return False
        subj = subject(verb)
        return subj is not None and not self._is_person(subj) and self._person_above(verb)

    def _person_above(self, verb: Token) -> bool:
        """A reporting verb above this one whose speaker is a person: the words are reported inside what
        that person said."""
        own = subject(verb)
        return any(
            anc.lemma_ in SPEECH_VERBS and anc.pos_ in ("VERB", "AUX") and (s := subject(anc)) is not None
            and (own is None or s.i != own.i) and self._is_person(s)
            for anc in verb.ancestors
        )

    def _is_person(self, tok: Token) -> bool:
        """A speaker word that stands for a person: a person's name or pronoun, or a person noun ("a woman",
        "one of the passengers")."""
        if tok.lower_ in PERSON_PRONOUNS:
            return True
        return self._names_person(self._group_of(tok) or tok)

    def untagged(self, start: int, end: int, previous: Previous) -> tuple[str | None, Span | None, float]:
        """Speaker of a direct quote (characters start..end) that has no reporting verb of its own."""
        who = self._after_tag(end)
        if who[1] is None:
            who = self._lead_in(start)
        if who[1] is None:
            who = self._according_before(start)
        if who[1] is None:
            who = self._according_after(end)
        if who[1] is not None:
            return *who, 0.6
        if previous.who[1] is not None and _near(self.text, previous.end, start):
            return *previous.who, 0.6
        who = self._sentence_before(start)
        return (*who, 0.6) if who[1] is not None else (None, None, 0.4)

    def _after_tag(self, end: int) -> Who:
        """'"...," he continued.': the subject of a verb just after a quote that ends on a comma."""
        text = self.text
        if not _ends_open(text, end):
            return NOBODY
        doc = self.doc
        i = self.token_at(end) + 1
        seen = 0
        while i < len(doc) and seen < _TAG_WORDS:
            tok = doc[i]
            if self.quoted(tok.idx) or "\n" in tok.text or tok.text in _SENT_END:
                return NOBODY
            if _bare_participle(tok) and any(c.dep_ == "agent" for c in tok.children):
                return NOBODY  # '"...," followed by the sounds of crying': an agent, no speaker
            if tok.pos_ in ("VERB", "AUX"):
                subj = subject(tok.head if tok.dep_ == "aux" else tok)
                if subj is not None and subj.idx < end:
                    return NOBODY  # the verb belongs to the quoted words
                if subj is not None:
                    return self.of_word(subj)
                if tok.lemma_ in SPEECH_VERBS and tok.tag_ in _FINITE:
                    return self._nearest_after(tok)
            if not tok.is_punct and not tok.is_space:
                seen += 1
            i += 1
        return NOBODY

    def _lead_in(self, start: int) -> Who:
        """'X wrote:' or 'X, in a statement:' just before the quote: who speaks in the words before the colon."""
        text = self.text
        j = start - 1
        while j >= 0 and (text[j].isspace() or text[j] in _QUOTE_CHARS):
            j -= 1
        if j < 0 or text[j] != ":":
            return NOBODY
        doc = self.doc
        colon = doc[self.token_at(j)]
        first = max(sentence_of(colon).start, self._segment_start(colon))
        inside = range(first, colon.i)
        verbs = [t for t in doc[first : colon.i] if t.pos_ in ("VERB", "AUX") and not self.quoted(t.idx)]
        spoken = [t for t in verbs if t.lemma_ in SPEECH_VERBS and (subject(t) or t).i in inside]
        tops = [t for t in verbs if t.head.i not in inside or t.head.i == t.i]
        for verb in [*reversed(spoken), *tops]:
            subj = subject(verb)
            if subj is not None and subj.i in inside and not _free_relative(subj):
                return self.of_word(subj)
        who = self.of_colon(colon)
        return who if who[1] is not None else self._named_before_colon(colon, first)

    def _named_before_colon(self, colon: Token, first: int) -> Who:
        """'A statement by the spokesman of X, Colonel Jane Roe: "..."': a lead-in with no verb of its own
        that speaks of a statement or a spokesperson, ending in a name: the name is who speaks."""
        doc = self.doc
        name = doc[colon.i - 1] if colon.i > first else None
        lead = doc[first : colon.i]
        if name is None or name.pos_ != "PROPN" or not any(t.lemma_.lower() in _LEAD_NOUNS for t in lead):
            return NOBODY
        while name.dep_ in ("compound", "flat") and name.head.i > name.i and name.head.i < colon.i:
            name = name.head
        return self.of_word(name)

    def _according_before(self, start: int) -> Who:
        """'According to X, "..."': X, when the phrase opens the quote's sentence right before the quote."""
        doc = self.doc
        first = doc[self.token_at(start)]
        sent = sentence_of(first)
        for tok in doc[sent.start : first.i]:
            to = doc[tok.i + 1]
            if tok.lower_ != "according" or to.lower_ != "to" or self.quoted(tok.idx):
                continue
            source = next((c for c in to.children if c.dep_ == "pobj"), None)
            if source is None:
                continue
            gap = self.text[source.right_edge.idx + len(source.right_edge) : start]
            if not gap.strip(" ," + _QUOTE_CHARS):
                return self.of_word(source)
        return NOBODY

    def _according_after(self, end: int) -> Who:
        """'"...," according to X.': X, when the phrase follows the quote with only a comma between."""
        text = self.text
        j = end
        while j < len(text) and (text[j] in " ," or text[j] in _QUOTE_CHARS):
            j += 1
        if not text.startswith("according to ", j):
            return NOBODY
        to = self.doc[self.token_at(j) + 1]
        source = next((c for c in to.children if c.dep_ == "pobj"), None)
        return self.of_word(source) if source is not None else NOBODY

    def _segment_start(self, tok: Token) -> int:
        """First token of the stretch a word stands in: its line, after the last dash set off by spaces."""
        doc, text = self.doc, self.text
        line_start = text.rfind("\n", 0, tok.idx) + 1
        first = tok.i
        while first > 0 and doc[first - 1].idx >= line_start:
            prev = doc[first - 1]
            if prev.text in DASHES and text[prev.idx - 1 : prev.idx] == " ":
                break
            first -= 1
        return first

    def _sentence_before(self, start: int) -> Who:
        """The speaker of the outermost reporting verb in the sentence just before the quote."""
        first = self.doc[self.token_at(start)]
        sent = sentence_of(first)
        if sent.start == 0:
            return NOBODY
        prev = sentence_of(self.doc[sent.start - 1])
        cues = [t for t in prev if t.lemma_ in SPEECH_VERBS and t.pos_ in ("VERB", "AUX") and not self.quoted(t.idx)]
        for tok in sorted(cues, key=lambda t: (sum(1 for _ in t.ancestors), -t.i)):
            who = self.of_cue(tok)
            if who[1] is not None:
                return who
        return NOBODY


def _shouted(tok: Token) -> bool:
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


def _free_relative(tok: Token) -> bool:
    """ "what" in "through what's called "active shooter" training:": a thing named, never who speaks."""
    return tok.tag_ == "WP" and tok.lower_ not in _RELATIVE


def _body_words(role: Token) -> set[str]:
    """The nouns that say whose a role is: after "for", "at" ... ("spokesman for the government") or before
    it ("a school spokesman")."""
    before = (c for c in role.children if c.dep_ in ("compound", "nmod") and c.i < role.i)
    return {t.lemma_.lower() for t in (*_objects(role, _FOR_BODY), *before)}


def _objects(word: Token, prepositions: AbstractSet[str]) -> list[Token]:
    """The objects of these prepositions on a word ("a statement from [the department]")."""
    preps = (c for c in word.children if c.dep_ == "prep" and c.lower_ in prepositions)
    return [g for prep in preps for g in prep.children if g.dep_ == "pobj"]


def _name_before_verb(tok: Token) -> Token | None:
    """The name in "which Ms Wood claims shows ...", parsed as the noun phrase "Ms Wood claims", subject of
    "shows" beside "which": a speech verb read as a plural noun, right after a name compounded to it, is
    the name's verb, and the name says it."""
    if tok.tag_ != "NNS" or tok.lemma_ not in SPEECH_VERBS or not tok.lower_.endswith("s"):
        return None
    if sum(1 for c in tok.head.children if c.dep_ in _SUBJECTS) < 2:
        return None  # "GOP rules require": a noun; the misread verb leaves its own verb two subjects
    name = tok.doc[tok.i - 1] if tok.i > 0 else tok
    return name if name.dep_ == "compound" and name.head.i == tok.i and name.pos_ == "PROPN" else None


def _name_given(tok: Token) -> Token | None:
    """The name in "a man named X", "a user called X": the name the words give the speaker."""
    if tok.pos_ != "NOUN" or tok.i + 2 >= len(tok.doc):
        return None
    acl = tok.doc[tok.i + 1]  # "a man named X": the verb right after the noun, the name right after the verb
    if acl.dep_ != "acl" or acl.head.i != tok.i or acl.lemma_ not in _NAMING_VERBS:
        return None
    name = next((g for g in acl.children if g.dep_ in ("oprd", "xcomp", "attr") and g.pos_ == "PROPN"), None)
    return name if name is not None and name.left_edge.i == acl.i + 1 else None


def _third_person(tok: Token) -> bool:
    """A quote opening on "he" or "she" as its subject: words put in the third person by whoever reports them."""
    return tok.lower_ in ("he", "she") and tok.dep_ in _SUBJECTS


def _naming(verb: Token) -> bool:
    """ '"...," one user called X wrote': "called" read as the verb of a clause the later "wrote" reports is
    the user's name being given; the tag is "X wrote"."""
    later, doc = verb.head, verb.doc
    if verb.lemma_ not in _NAMING_VERBS or verb.dep_ != "ccomp" or not 0 < verb.i < len(doc) - 1:
        return False
    before, after = doc[verb.i - 1], doc[verb.i + 1]
    return (
        before.pos_ == "NOUN" and before.head.i == verb.i and after.pos_ in ("PROPN", "NUM")
        and later.i > verb.i and later.lemma_ in SPEECH_VERBS and any(c.dep_ in _SUBJECTS for c in later.children)
    )


def _handle(tok: Token) -> bool:
    """A user name on a social network ("@jroe", "S_AND_YY", "jroe1987"): one word with "@", an underscore,
    or letters and digits run together, which no name finder reads as a person."""
    text = tok.text
    word = text.removeprefix("@")
    if len(word) < 3 or not all(c.isalnum() or c == "_" for c in word):
        return False
    mixed = len(word) > 4 and any(c.isdigit() for c in word) and any(c.isalpha() for c in word)  # not "G20"
    return text.startswith("@") or "_" in word.strip("_") or mixed


def _bare_participle(tok: Token) -> bool:
    """A participle with no auxiliary ("followed by ..."): it has no subject of its own."""
    return tok.tag_ in ("VBN", "VBG") and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def _bare_title(tok: Token) -> bool:
    """A singular common noun with no article, standing as a title before a name ("pastor", "coach")."""
    return tok.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in tok.children)


def _capital(tok: Token) -> bool:
    return tok.is_upper and tok.is_alpha and len(tok.text) > 1


def _no_name(tok: Token) -> bool:
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


def _names(tok: Token) -> bool:
    """A word that can name who speaks: a name, a pronoun or a quantifier of people ("many", "most")."""
    return tok.pos_ in ("PROPN", "PRON") or tok.lower_ in _QUANTIFIERS


def _ends_open(text: str, end: int) -> bool:
    """The quote ends on a comma, question or exclamation mark, inside or just outside its closing mark."""
    j = end - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    if j >= 0 and text[j] in _TAG_OPENERS:
        return True
    k = end
    while k < len(text) and text[k] in _QUOTE_CHARS:
        k += 1
    return k < len(text) and text[k] in _TAG_OPENERS


def _near(text: str, last_end: int, start: int) -> bool:
    """The previous speaker's quote is in the same paragraph, or ends the paragraph just before the one
    this quote opens (with at most its own speaker tag after it)."""
    if last_end < 0 or last_end > start:
        return False
    gap = text[last_end:start]
    if "\n" not in gap:
        return True
    before, _, opening = gap.strip(" \t\n" + _QUOTE_CHARS).partition("\n")
    if opening.strip(" \t\n" + _QUOTE_CHARS):
        return False
    tag = before.strip(" \t" + _QUOTE_CHARS).rstrip(_SENT_END + ",;:")
    return not any(c in tag for c in _SENT_END)
