"""Whom speaker words name: the actor a speaker word found in the parse stands for (a name, a pronoun's
antecedent, a role's body, an unnamed source by its description), and the noun phrase marked as the words.

``speakers`` finds where the words are (the subject of a reporting verb, a tag after a quote, a colon
lead-in); this module holds the other job, naming them, which is the larger half and needs no notion of
quotes or cues.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Set as AbstractSet

from spacy.tokens import Doc, Token

from parallax.analyze import geo
from parallax.analyze.cues import (
    BODY_VOICES,
    COMPANY_KINDS,
    ENTOURAGE_NOUNS,
    EXAMPLE_PREPS,
    NOUN_GENDERS,
    ORG_NOUNS,
    PERSON_NOUNS,
    PERSON_TITLES,
    PRESS_NAME_HEADS,
    PRESS_NOUNS,
    SPEECH_VERBS,
    STATE_ARMS,
    STATE_BODIES,
)
from parallax.analyze.entities import ActorIndex
from parallax.analyze.entity_affiliations import nation_noun
from parallax.analyze.entity_names import family_name, one_of_a_people
from parallax.analyze.nlp import sentence_of
from parallax.analyze.speaker_descriptions import (
    SOURCE_NOUNS,
    STATEMENT_NOUNS,
    definite,
    described_person,
    joined_speakers,
    kind_body,
    owned_by_name,
    state_body,
    unnamed_source,
    without_article,
)
from parallax.analyze.speaker_syntax import (
    FOR_BODY,
    QUANTIFIERS,
    RELATIVE,
    SUBJECTS,
    Who,
    bare_title,
    body_words,
    name_before_verb,
    name_given,
    no_name,
    prep_objects,
    shouted,
    subject,
    user_handle,
)
from parallax.model import Entity, Span

_PHRASE_BREAKS = {":", ";", "(", ")", "[", "]", "|"}
_BODIES = {"ORG", "GPE", "NORP"}
_OF = {"of"}
_BY = {"by", "from"}  # "a statement by X", "a letter from X"
_PEOPLE = {"PERSON"}
_RELATIVE_THAT = "that"  # "a group that says": the group is marked
_PHRASE_RIGHT = ("appos", "prep", "conj", "cc", "compound", "nummod", "amod", "nmod", "poss", "case")
_ONE_OF = ("one", "another")  # "one of the passengers": one person of a group
_VOICES = BODY_VOICES | STATE_ARMS
_BODY_MODIFIERS = ("compound", "amod", "nmod", "poss")
_ISSUE_VERBS = frozenset({"issue", "release", "publish", "send", "post", "put", "make", "deliver", "give", "read"})
_STATEMENT_WINDOW = 3  # "the statement" refers back to one named at most this many sentences before
_LED_BY_PERSON = ENTOURAGE_NOUNS | {"administration", "government", "presidency"}  # "the Roe administration"
_PRESS_VERBS = frozenset({"report", "publish"})  # "X reported": a body that reports is a paper "the paper" may mean
_PERSON_WORDS = SOURCE_NOUNS | PERSON_NOUNS
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_FIRM_NOUNS = COMPANY_KINDS | {"company", "team", "club"}  # "the company said": the body the article is about
_PLAIN_SEXES = {"man": "m", "woman": "f"}  # "the man said": someone described before by a noun of that sex
_SEX_NOUNS = {**NOUN_GENDERS, **_PLAIN_SEXES}
_OWNED_SPEAKERS = _PERSON_WORDS | ENTOURAGE_NOUNS | STATE_BODIES  # "the distributor's president", "the X's office"


class SpeakerWords:
    """Whom speaker words name, over one parsed article and its actors; ``_described`` collects the
    speaker spans found through words that describe someone rather than name them (``described``)."""

    def __init__(
        self, doc: Doc, text: str, actors: ActorIndex, quoted: Callable[[int], object], token_at: Callable[[int], int]
    ):
        self.doc = doc
        self.text = text
        self.actors = actors
        self.quoted = quoted
        self.token_at = token_at
        self._described: set[int] = set()
        self._family_names = {family_name(e.name) for e in actors.entities if e.type == "PERSON"}

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
        tok = name_before_verb(tok) or tok
        named = tok
        if tok.head.dep_ == "relcl" and tok.head.head.i != tok.head.i:
            if tok.lower_ in RELATIVE:
                named = self._person_before(tok) or tok.head.head  # "X, who said ...": the words "who", the actor X
            elif tok.lower_ == _RELATIVE_THAT:
                tok = named = tok.head.head
        first, last = self.phrase(tok)
        span = self._span(first, last)
        given = name_given(named)
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
        if shouted(named) or named.lower_ in QUANTIFIERS:
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
        appos = (c for c in named.children if c.dep_ == "appos" and user_handle(c))
        handle = named if user_handle(named) else next(appos, None)
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
        if not self._proper(named) or one_of_a_people(named) or nation_noun(named.text) or no_name(named):
            return None, span  # "the Wisconsin Republican", "the Finn": a description of one no name was given
        return self._span(named.left_edge.i if named.left_edge.i >= first else first, named.i).text, span

    def _entourage(self, noun: Token) -> str | None:
        """ "her camp said", "his aides said", "the Roe campaign said", "the Roe administration said": the
        people around a person speak for that person, named by the person and the words ("Jane Roe's
        camp"), as a pronoun alone tells a reader nothing."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _LED_BY_PERSON:
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        named = next((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
        actor = next((self.actors.at(t.idx, t.idx + len(t)) for t in (owner, named) if t is not None), None)
        if actor is None or actor.type != "PERSON":
            return None
        if owner is None:  # "the Roe administration": the name it goes by, as written
            return self._span(named.i, noun.i).text
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
        as a plural noun ("Pratt also wrote")."""
        return tok.pos_ == "PROPN" or (tok.is_title and tok.text in self._family_names)

    def _anonymous_voice(self, voice: Token, first: int) -> str | None:
        """One voice of a body that names neither the body nor the person ("a senior official told NBC",
        then "the official said"): the words are all a reader gets. "The official" takes the words of the
        last one the article introduced with "a" shortly before, or the name if that one had a name; with
        none before, it may stand for a named person not resolved, so no one. A voice for a person ("a
        spokesman for X") is that person's."""
        owner = self._object_actor(voice, FOR_BODY, _PEOPLE)
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
        body = body_words(voice)
        if voice.lemma_.lower() not in _SPOKESPEOPLE or not body:
            return None
        found: dict[str, Entity] = {}
        for tok in self.doc[voice.i + 1 :]:
            if tok.lemma_ != voice.lemma_ or tok.dep_ not in ("appos", "compound") or self.quoted(tok.idx):
                continue
            person = self.actors.at(tok.head.idx, tok.head.idx + len(tok.head))
            if person is not None and person.type == "PERSON" and body & body_words(tok):
                found[person.name] = person
        return next(iter(found.values())) if len(found) == 1 else None

    def _group_of(self, tok: Token) -> Token | None:
        """The plural noun of unnamed people in "one of the passengers" or "some of the residents" ("one",
        "another" or a quantifier before "of"), which the words describe and never name."""
        if tok.lower_ not in _ONE_OF and tok.lower_ not in QUANTIFIERS:
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
            spoke = tok.dep_ in SUBJECTS and tok.head.lemma_ in SPEECH_VERBS and not self.quoted(tok.idx)
            owners = [c.lower_ for c in tok.children if c.dep_ == "poss"]
            if spoke and tok.pos_ == "NOUN" and sex in {_SEX_NOUNS.get(w) for w in (tok.lower_, *owners)}:
                return tok
        return None

    def _group_before(self, one: Token) -> Token | None:
        """ 'Fans have cheered. "...," said one. "...," said another.': "one" or "another" alone speaks as one
        of the unnamed people the last subject before it names, in the plural, within a few sentences of the
        narrative (quoted sentences are no part of it)."""
        if one.lower_ not in _ONE_OF or one.dep_ not in SUBJECTS or any(c.dep_ == "prep" for c in one.children):
            return None  # not "one that believes" nor "one of the passengers"
        window = self.doc[self._window_start(one, told=True) : sentence_of(one).start]
        subjects = (t for t in reversed(window) if t.dep_ in SUBJECTS and t.lower_ not in _ONE_OF)
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
        if actor is None and bare_title(tok):  # "said pastor and celebrant Father X": titles joined to the name
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
                return next((b for o in prep_objects(tok, _BY) if (b := state_body(o)) is not None), None)
        if actor is None and tok.pos_ == "NOUN":
            actor = self._published_by(tok)
        if actor is None and tok.lower_ in PRESS_NOUNS and definite(tok):
            actor = self._press_before(tok)
        if actor is None and tok.lower_ in _FIRM_NOUNS and definite(tok) and not owned_by_name(tok):
            actor = self._main_body(tok)
        if actor is None and definite(tok):  # "the magazine announced": the magazine named before
            actor = kind_body(tok, self.actors, self._window_start(tok, told=True))
        return actor.name if actor is not None else state_body(tok) or self._described_body(tok)

    def _described_body(self, voice: Token) -> str | None:
        """ "officials at the interior and commerce departments said": the voices of a body the article
        describes and never names speak for it, named by the words that describe it."""
        if voice.lemma_.lower() not in BODY_VOICES:
            return None
        for body in prep_objects(voice, FOR_BODY):
            heads = [body, *body.conjuncts]  # "the fisheries and transport departments"
            words = without_article(self._span(body.left_edge.i, max(h.i for h in heads)).text)
            if any(h.lemma_.lower() in STATE_BODIES | ORG_NOUNS for h in heads) and " " in words:
                return words  # not "the hospital" alone: "officials at the hospital" say more than "hospital"
        return None

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
        actor = actor or self._published_by(noun)
        since = self._window_start(noun, told=True)
        bodies = (  # "from the publisher"
            kind_body(o, self.actors, since) for o in prep_objects(noun, _BY) if definite(o)
        )
        actor = actor or next((b for b in bodies if b is not None), None)
        if actor is not None:
            return actor
        if noun.dep_ == "dobj" and noun.head.lemma_ in _ISSUE_VERBS:
            maker = subject(noun.head)  # "his wife, Jane, released a statement": the one set beside the subject
            named = [maker, *(c for c in maker.children if c.dep_ == "appos")] if maker is not None else []
            return next((a for t in named if (a := self.actors.at(t.idx, t.idx + len(t))) is not None), None)
        if not back or not definite(noun):
            return None
        window = self.doc[self._window_start(noun) : noun.i]
        earlier = (t for t in reversed(window) if t.lemma_ == noun.lemma_ and t.pos_ == "NOUN")
        before = next(earlier, None)
        return self._issuer(before, back=False) if before is not None else None

    def _published_by(self, noun: Token) -> Entity | None:
        """The person or body a participle names as the maker ("a report, published by X, found")."""
        makers = (
            g for c in noun.children if c.dep_ == "acl" and c.lemma_ in _ISSUE_VERBS
            for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"
        )
        named = (self.actors.at(g.idx, g.idx + len(g)) for g in makers)
        return next((a for a in named if a is not None and a.type in _PEOPLE | _BODIES), None)

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
        X newspaper"), by a newspaper's name ("the Washington Post") or as the one that reported ("X
        reported")."""
        doc = self.doc
        for tok in reversed(doc[: noun.i]):
            actor = self.actors.at(tok.idx, tok.idx + len(tok))
            if actor is None:
                continue
            beside = [doc[i].lower_ for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)]
            headed = actor.type != "PERSON" and actor.name.split()[-1].lower() in PRESS_NAME_HEADS
            reporter = actor.type == "ORG" and tok.dep_ == "nsubj" and tok.head.lemma_ in _PRESS_VERBS
            if headed or reporter or any(w in PRESS_NOUNS for w in beside):  # "daily X", whatever the model typed
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
        if sent.start == 0 or any(t.dep_ in SUBJECTS and t.i < it.i for t in sent):
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
        return self._object_actor(role, FOR_BODY, _BODIES) or self._modifier_actor(role)

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
        for pobj in prep_objects(word, prepositions):
            actor = self.actors.at(pobj.idx, pobj.idx + len(pobj))
            if actor is not None and actor.type in types:
                return actor
        return None
