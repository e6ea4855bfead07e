"""Who said it: the words in the text that name a quote's speaker, and the actor those words stand for.

The speaker span is the mention that governs the reporting verb, as annotators of attribution corpora
(PolNeAR, PARC) mark it: the pronoun in "he said", the relative pronoun in "X, who said", the whole noun
phrase in "Early results of an entrance poll show"; the canonical name comes from the actors
(``entities``), so "he" and "who" still name the person. A direct quote with no reporting verb takes
its speaker from the layout news writing uses: a verb right after the quote ('"...," he continued'), a
sentence that introduces it with a colon ('X wrote:'), the speaker of the quote just before it, or of
the reporting verb in the sentence before. No coreference or attribution library for spaCy 3.8 gives
these spans, hence these rules.

This module finds where the speaker words are; whom they name is ``speaker_words`` (``SpeakerWords``,
which ``Speakers`` extends), and the parse tests both use are ``speaker_syntax``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from parallax.analyze.asides import DASHES
from parallax.analyze.cues import BODY_VOICES, NOUN_CUES, PERSON_PRONOUNS, SPEECH_VERBS
from parallax.analyze.nlp import sentence_of
from parallax.analyze.speaker_descriptions import STATEMENT_NOUNS, kind_body, read_statement
from parallax.analyze.speaker_syntax import (
    NOBODY,
    QUOTE_CHARS,
    SENT_END,
    Who,
    bare_participle,
    ends_open,
    free_relative,
    names_speaker,
    naming,
    near_previous,
    passive_subject,
    subject,
    third_person,
)
from parallax.analyze.speaker_words import SpeakerWords
from parallax.model import Span

_EMPTY_SUBJECTS = ("it", "there")
_NOUN_OWNERS = ("compound", "amod", "nmod", "nummod", "det")
_FINITE = ("VBD", "VBZ", "VBP")
_TAG_WORDS = 12  # a tag's verb and its speaker lie within this many words of each other
_HEADLINE_WORDS = 8  # the source before a headline colon is at most this long
_LEAD_NOUNS = NOUN_CUES | BODY_VOICES  # "A statement by ...:", "Spokesman of X, Y:"


@dataclass(slots=True)
class Previous:
    """The speaker of the last direct quote that had one, and where that quote ended."""

    who: Who = NOBODY
    end: int = -1


class Speakers(SpeakerWords):
    """Speaker look-ups over one parsed article and its actors: where a quote's speaker words are."""

    def of_cue(self, cue: Token) -> Who:
        """Who a reporting word's statement belongs to (a verb, a statement noun, or a headline colon)."""
        if cue.text == ":":
            return self.of_colon(cue)
        if naming(cue):
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
            if "\n" in tok.text or tok.text in SENT_END or self.quoted(tok.idx):
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
            owner = next((c for c in noun.lefts if c.dep_ in _NOUN_OWNERS and names_speaker(c)), None)
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
                if self._passes_on(anc) or (third_person(first) and self._person_above(anc)):
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
        if previous.who[1] is not None and near_previous(self.text, previous.end, start):
            named = self._named_subject_before(start)
            return (*named, 0.6) if named[0] not in (None, previous.who[0]) else (*previous.who, 0.6)
        who = self._sentence_before(start)
        return (*who, 0.6) if who[1] is not None else (None, None, 0.4)

    def _after_tag(self, end: int) -> Who:
        """'"...," he continued.': the subject of a verb just after a quote that ends on a comma."""
        text = self.text
        if not ends_open(text, end):
            return NOBODY
        doc = self.doc
        i = self.token_at(end) + 1
        seen = 0
        while i < len(doc) and seen < _TAG_WORDS:
            tok = doc[i]
            if self.quoted(tok.idx) or "\n" in tok.text or tok.text in SENT_END:
                return NOBODY
            if bare_participle(tok) and any(c.dep_ == "agent" for c in tok.children):
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
        while j >= 0 and (text[j].isspace() or text[j] in QUOTE_CHARS):
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
            if subj is not None and subj.i in inside and not free_relative(subj):
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
            if not gap.strip(" ," + QUOTE_CHARS):
                return self.of_word(source)
        return NOBODY

    def _according_after(self, end: int) -> Who:
        """'"...," according to X.': X, when the phrase follows the quote with only a comma between."""
        text = self.text
        j = end
        while j < len(text) and (text[j] in " ," or text[j] in QUOTE_CHARS):
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

    def _named_subject_before(self, start: int) -> Who:
        """'X agreed with the decision. "..."': a person the sentence just before the quote names as its
        subject has the floor, though another spoke the quote before."""
        sent = sentence_of(self.doc[self.token_at(start)])
        if sent.start == 0:
            return NOBODY
        root = sentence_of(self.doc[sent.start - 1]).root
        subj = subject(root)
        actor = self.actors.at(subj.idx, subj.idx + len(subj)) if subj is not None else None
        if self.quoted(root.idx) or actor is None or actor.type != "PERSON" or subj.pos_ != "PROPN":
            return NOBODY
        return self.of_word(subj)

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

