"""Direct quotes, partial quotes and reported speech, each with its speaker and reporting verb.

Quote marks give the direct and partial quotes (``marks.find_marked``); the dependency parse gives the
rest: the reporting verb nearest the quote in its sentence, and, for reported speech, the clause the
verb governs. Who said it (the words that name the speaker, and the actor they stand for, also for
quotes with no tag of their own) comes from ``speakers``; which quoted words and reporting verbs are no
statement (titles, names, words inside the speaker's phrase) from ``quote_filters``. textacy's
quotation finder handles only direct quotes in simple layouts and no reported speech, hence this module.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from parallax.analyze import attribution, quote_filters
from parallax.analyze.asides import before_dash_comment
from parallax.analyze.cues import CLAUSE_ONLY, NOUN_CUES, OBJECT_CUES, PHRASAL_PARTICLES
from parallax.analyze.marks import Marked
from parallax.analyze.nlp import sentence_of
from parallax.analyze.quote_reader import (
    QUOTE_CHARS,
    SENT_END,
    TAG_PUNCT,
    Reader,
    char_before,
    is_cue,
    is_that,
    other_verb,
    paragraph_bounds,
)
from parallax.analyze.speaker_syntax import NOBODY, Who, subject
from parallax.analyze.speakers import Previous
from parallax.config import settings
from parallax.model import Entity, Quote, Span

_CLAUSES = ("ccomp",)
_OBJECTS = ("dobj", "xcomp", "prep", "ccomp", "oprd", "dative")
_OBJECT_PREPS = ("for", "of", "on", "about", "against")
_NOT_OBJECT = ("conj", "cc", "punct", "parataxis", "npadvmod", "advmod")
_LIST_OPENERS = ("including", "such")


def _cue_span(reader: Reader, cue: Token) -> Span:
    tail = [c for c in cue.children if c.dep_ in ("prt", "acomp", "oprd", "ccomp") and c.lower_ in ("out", "clear")]
    tail += [c for c in cue.children if cue.lower_ == "according" and c.lower_ == "to"]  # as ``_according`` marks it
    return reader.span(cue, tail[-1] if tail else cue)


def _closes_sentence(words: str) -> bool:
    """A quote ending in a full stop ends its sentence (`the bill "fails."`): a verb after it is the next
    sentence's, not this quote's tag; "?" and "!" do not ("Is it fair?" he asked)."""
    words = words.rstrip()
    return words.endswith(".") and not words.endswith("..")


def _tag_cue(reader: Reader, mark: Marked) -> tuple[Token | None, bool]:
    """The reporting verb outside the quote in its sentence (after the quote first, then before it);
    the flag tells whether the verb governs the quoted words as a whole (a speaker tag)."""
    doc, text = reader.doc, reader.text
    para_start, para_end = paragraph_bounds(text, mark.start, mark.end)
    first = doc[reader.token_at(mark.start)]
    last = doc[reader.token_at(max(mark.start, mark.end - 1))]
    after: list[Token] = []
    i = last.i + 1 if not _closes_sentence(text[mark.start : mark.end]) else len(doc)
    while i < len(doc) and doc[i].idx < para_end:
        tok = doc[i]
        if reader.quoted(tok.idx):
            break
        after.append(tok)
        if tok.text in SENT_END and len(after) > 1:
            break
        i += 1
    before: list[Token] = []
    sent_start = sentence_of(first).start
    i = first.i - 1
    while i >= sent_start and doc[i].idx >= para_start:
        if not reader.quoted(doc[i].idx):
            before.append(doc[i])
        i -= 1
    opener = _opener(reader, before)
    if opener is not None:
        return opener, True
    for tok in after:
        if is_cue(tok) and not (tok.lemma_ in CLAUSE_ONLY and tok.lemma_ != "call") and not _gerund_object(tok):
            return tok, True
    cues = [tok for tok in before if is_cue(tok)]
    tag = bool(before) and before[0].text in TAG_PUNCT
    cue = next((tok for tok in cues if reader.speaker(tok)[0]), cues[0] if cues else None)
    return cue, tag


def _opener(reader: Reader, before: list[Token]) -> Token | None:
    """ 'X had yelled, "..." Y said': a reporting verb with its own subject right before the quote, set off
    by a comma or colon, introduces it; a verb after the quote then reports the whole sentence."""
    words = [t for t in before if not (t.is_quote or t.is_space)]
    if len(words) < 2 or words[0].text not in ",:" or not is_cue(words[1]):
        return None
    subj = subject(words[1])
    return words[1] if subj is not None and subj.i < words[1].i and not reader.quoted(subj.idx) else None


def _gerund_object(tok: Token) -> bool:
    """ '"...," followed by the sounds of crying': a gerund after a preposition names a sound or an act, no
    speaker tag ("quoted as saying" is one)."""
    return tok.tag_ == "VBG" and tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ != "as"


def _governing_cue(reader: Reader, mark: Marked) -> Token | None:
    """The reporting verb a partial quote's words hang from, with a subject outside the quote ("X, who
    has admitted to being "stunned" by it, now blames Y"), when the tag nearest the quote has none."""
    first = reader.doc[reader.token_at(mark.start)]
    for anc in first.ancestors:
        subj = subject(anc) if is_cue(anc) and not reader.quoted(anc.idx) else None
        if subj is not None and not reader.quoted(subj.idx):
            return anc
    return None


def _according_cue(reader: Reader, mark: Marked) -> tuple[Token | None, Who]:
    """ "According to X, the teen adjusted his belt "suspiciously," and ...": a partial quote with no
    reporting verb, in a sentence an "according to" phrase attributes, is that source's words."""
    doc = reader.doc
    for tok in sentence_of(doc[reader.token_at(mark.start)]):
        to = doc[tok.i + 1] if tok.i + 1 < len(doc) else tok
        if tok.lower_ != "according" or to.lower_ != "to" or reader.quoted(tok.idx):
            continue
        source = next((c for c in to.children if c.dep_ == "pobj"), None)
        inside = tok.idx <= mark.start < source.right_edge.idx + len(source.right_edge) if source else False
        if source is not None and not inside:  # 'according to her "clawback" plan' names a plan, says nothing
            return tok, reader.speakers.of_word(source)
    return None, NOBODY


def _kind(reader: Reader, mark: Marked) -> str:
    """Kind "direct" when the quote stands as a sentence of its own, "partial" when the sentence runs into it."""
    text = reader.text
    prev = char_before(text, mark.start)
    head = text[mark.start]
    starts_sentence = head.isupper() or head in "[(…." or head.isdigit()
    if prev in "\n" + SENT_END + ":" or (prev in ",)" and starts_sentence):  # ")": after a caption's credit
        return "direct" if starts_sentence or prev in "\n:" else "partial"
    return "partial"


def _direct(reader: Reader) -> list[Quote]:
    found: list[Quote] = []
    previous = Previous()
    for mark in reader.marks:
        words = reader.text[mark.start : mark.end]
        kind = _kind(reader, mark)
        cue, tag = _tag_cue(reader, mark)
        speaker, speaker_span = reader.speaker(cue) if cue is not None else (None, None)
        confidence = (0.7 if reader.speakers.described(speaker_span) else 0.9) if speaker else 0.5
        owner = reader.speakers.possessor(mark.start, mark.end) if kind == "partial" else NOBODY
        if kind == "partial" and found and _continues(reader.text, found[-1], mark):
            kind, cue, speaker, speaker_span = "direct", None, found[-1].speaker, found[-1].speaker_span
        elif owner[1] is not None:  # 'his "all clear" message': the owner's words, not the reporter's
            cue, (speaker, speaker_span), confidence = None, owner, 0.6
        elif kind == "partial" and (cue is None or subject(cue) is None):
            cue = _governing_cue(reader, mark)
            if cue is None:
                cue, (speaker, speaker_span) = _according_cue(reader, mark)
            if cue is None:
                continue  # scare quotes, titles, names: no one is said to have said them
        if quote_filters.not_a_quote(reader, mark, kind, cue, tag):
            continue
        if kind == "partial" and owner[1] is None:
            speaker, speaker_span = reader.speakers.governing(mark.start, (speaker, speaker_span))
        if speaker_span is None:
            speaker, speaker_span, confidence = reader.speakers.untagged(mark.start, mark.end, previous)
        found.append(
            Quote(
                kind=kind,  # type: ignore[arg-type]
                text=words,
                start=mark.start,
                end=mark.end,
                speaker=speaker,
                speaker_span=speaker_span,
                cue=_cue_span(reader, cue) if cue is not None else None,
                confidence=confidence,
                extractor="quotes.marks",
            )
        )
        if speaker_span is not None:
            previous = Previous((speaker, speaker_span), mark.end)
    return found


def _continues(text: str, before: Quote, mark: Marked) -> bool:
    """A quote resumed after its speaker tag: '"A," said X, "b."' (the tag ends with a comma)."""
    gap = text[before.end : mark.start]
    return (
        before.kind == "direct"
        and before.cue is not None
        and before.text.endswith(",")
        and len(gap) <= 80
        and "\n" not in gap
        and not any(c in gap for c in SENT_END)
        and gap.rstrip(" " + QUOTE_CHARS).endswith(",")
    )


def _clause(cue: Token) -> tuple[Token, Token] | None:
    """The clause a reporting verb governs, and the word it hangs from (the verb, or "clear" in "made clear")."""
    owner = cue
    if cue.lemma_ == "make":
        owner = next((c for c in cue.children if c.lower_ == "clear"), cue)
    clause = next((c for c in owner.children if c.dep_ in _CLAUSES and c.i > owner.i), None)
    if clause is None and owner is cue:
        clause = next((c for c in cue.children if c.dep_ in _CLAUSES), None)
    if clause is None and owner is not cue:
        clause = next((c for c in cue.children if c.dep_ in _CLAUSES and c.i > owner.i), None)
    if clause is None and PHRASAL_PARTICLES.get(cue.lemma_):
        clause = next((c for c in cue.children if c.dep_ in ("dobj", "xcomp", "pcomp") and c.i > cue.i), None)
    if clause is None and cue.dep_ == "pcomp" and cue.head.lower_ == "as":
        # "The talks failed, X was quoted as saying": the clause hangs from the verb that frames the saying
        clause = next((c for c in cue.head.head.children if c.dep_ in _CLAUSES), None)
    if clause is None and cue.lemma_ not in OBJECT_CUES:
        clause = _misplaced_clause(cue)
    return (clause, owner) if clause is not None else None


def _misplaced_clause(cue: Token) -> Token | None:
    """ "He testified during the penalty phase of the trial that X raped him": a that-clause the parser hung
    as a relative clause on a noun of the verb's prepositional phrase, though "that" only introduces it (no
    part of the clause) and the noun takes no such clause: what the verb reports."""
    for prep in (c for c in cue.children if c.dep_ == "prep" and c.i > cue.i):
        for tok in prep.subtree:
            that = any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
            if tok.dep_ == "relcl" and that and tok.head.lemma_ not in NOUN_CUES:
                return tok
    return None


def _object(cue: Token) -> tuple[int, int] | None:
    """What an object cue reports: from its first complement after it to the end of its phrase."""
    after = [c for c in cue.children if c.i > cue.i and c.dep_ not in _NOT_OBJECT]
    objects = [c for c in after if _is_object(c)]
    if quote_filters.listener_only(cue, objects) or quote_filters.target_only(cue, _complements(cue)):
        return None
    first = next((c for c in after if (c.dep_ in _OBJECTS or _is_object(c)) and not _when(c)), None)
    if first is None or not _is_object(first):
        return None
    return first.left_edge.i, max(c.right_edge.i for c in after)


def _complements(cue: Token) -> list[Token]:
    """The words after a cue that complete it: not a phrase that says when, nor a statement appended on a
    participle of its own (", saying ...")."""
    return [
        c
        for c in cue.children
        if c.i > cue.i and c.dep_ not in _NOT_OBJECT and not _when(c) and not (c.dep_ == "advcl" and is_cue(c))
    ]


def _is_object(tok: Token) -> bool:
    """A complement that says what a cue reports: an object, a clause, a phrase on "for", "of", "about"...,
    or a clause the parser hangs on such a word ("called for sanctions to be extended")."""
    if tok.dep_ == "prep":
        return tok.lower_ in _OBJECT_PREPS
    if tok.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in _OBJECT_PREPS and c.i == tok.left_edge.i for c in tok.children)
    return tok.dep_ in _OBJECTS


def _when(tok: Token) -> bool:
    """A phrase that says when, not what ("discussed for several weeks", "cited on Wednesday")."""
    return tok.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in tok.children)


def _aside(cue: Token) -> list[tuple[int, int]]:
    """A tag set off inside the clause it reports ("The talks, X added, failed"; "As X noted, ...")."""
    head = cue.head
    set_off = cue.dep_ == "parataxis" or (cue.dep_ == "advcl" and any(c.lower_ == "as" for c in cue.children))
    if head.i == cue.i or head.pos_ not in ("VERB", "AUX") or not set_off:
        return []
    lo, hi = cue.left_edge.i, cue.right_edge.i
    return [(head.left_edge.i, lo - 1), (hi + 1, head.right_edge.i)]


def _pieces(reader: Reader, cue: Token) -> list[tuple[Token, Token]]:
    """First and last token of each stretch of what a cue reports, trimmed of quotes and punctuation; no
    stretch holds the cue's own subject (a misparse: the speaker is not what they said)."""
    found = _clause(cue)
    if found is not None:
        clause, owner = found
        start, end = clause.left_edge.i, clause.right_edge.i
        if clause.i < owner.i:
            end = min(end, (subject(cue) or cue).left_edge.i - 1, cue.i - 1)
        elif start <= owner.i:
            start = owner.i + 1
        end = _before_tag(reader.doc, start, _before_list(reader.doc, clause, start, end))
        ranges = [(start, before_dash_comment(reader.doc, clause, start, end))]
    elif cue.lemma_ in OBJECT_CUES:
        obj = _object(cue)
        ranges = [obj] if obj else []
    else:
        ranges = _aside(cue)
    speaker = subject(cue)
    if speaker is not None:
        ranges = [(s, e) for s, e in ranges if not s <= speaker.i <= e]
    if _tags_quote(reader, cue):
        ranges = [(s, e) for s, e in ranges if e < cue.i]
    pieces = [_trimmed(reader, s, attribution.set_off_end(reader.doc, s, e, is_cue)) for s, e in ranges]
    return [p for p in pieces if p is not None]


def _tags_quote(reader: Reader, cue: Token) -> bool:
    """A cue right after a quote with its subject after it ('"...," said X, an economist who ...') tags
    that quote: the words after it name the speaker, they are no second statement."""
    subject_first = any(c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i for c in cue.children)
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or subject_first:
        return False
    i = cue.i - 1
    while i >= 0 and (reader.doc[i].is_quote or reader.doc[i].text == ",") and not reader.quoted(reader.doc[i].idx):
        i -= 1
    return i >= 0 and i < cue.i - 1 and reader.quoted(reader.doc[i].idx) is not None


def _before_tag(doc: Doc, start: int, end: int) -> int:
    """A clause that ends in a quote and its tag ('said A and "B," the paper reported') ends at the quote:
    the parser may hang the tag inside the clause, but it names who printed the words, no part of them."""
    last = end
    while last > start and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    who = subject(doc[last]) if is_cue(doc[last]) else None
    if who is None or who.i > last or any(c.i > last for c in doc[last].children if not c.is_punct):
        return end
    before = who.left_edge.i - 1
    return before if before > start and (doc[before].is_quote or doc[before].text == ",") else end


def _before_list(doc: Doc, clause: Token, start: int, end: int) -> int:
    """A complete clause ends before ", including ..." / ", such as ..." that lists examples of its object."""
    for i in range(max(start, clause.i) + 1, end):
        if doc[i].text == "," and doc[i + 1].lower_ in _LIST_OPENERS and i - 1 > clause.i:
            return i - 1
    return end


def _trimmed(reader: Reader, start: int, end: int) -> tuple[Token, Token] | None:
    """Drop a leading "that", punctuation and a trailing "and"; a stretch that is one quote and little
    else is left to that quote's own item. A quote that only opens or closes the stretch stays in it: the
    reported clause runs through the quoted words ('said the plan was "a disaster"', 'said "it works"
    in Z'), as readers and PolNeAR take it."""
    if _without_quotes(reader, start, end) is None:
        return None
    doc = reader.doc
    while start <= end and (is_that(doc[start]) or _loose(doc[start])):
        start += 1
    while end >= start and (_loose(doc[end]) or doc[end].lower_ in ("and", "but", "or")):
        end -= 1
    return doc[_enclosing_mark(reader, start, -1)], doc[_enclosing_mark(reader, end, 1)]


def _enclosing_mark(reader: Reader, i: int, step: int) -> int:
    """A stretch that starts or ends inside a quote takes in its opening or closing mark (step -1 or 1),
    so its text shows the quote whole: 'the bridge would reopen "within weeks."', not '... "within weeks'."""
    doc = reader.doc
    j = i + step
    if reader.quoted(doc[i].idx) is None:
        return i
    while 0 <= j < len(doc) and not doc[j].is_quote and doc[j].is_punct and reader.quoted(doc[j].idx):
        j += step
    return j if 0 <= j < len(doc) and doc[j].is_quote and not reader.quoted(doc[j].idx) else i


def _loose(tok: Token) -> bool:
    """Punctuation or space at the edge of a stretch; quote marks stay with the words they enclose."""
    return (tok.is_punct and not tok.is_quote) or tok.is_space


def _without_quotes(reader: Reader, start: int, end: int) -> tuple[Token, Token] | None:
    """The stretch without the quotes that open or close it, or None when little else is left."""
    doc = reader.doc
    while start <= end:
        mark = reader.quoted(doc[start].idx)
        if mark is not None:
            start = reader.token_at(mark.end) + 1
        elif is_that(doc[start]) or doc[start].is_punct or doc[start].is_space:
            start += 1
        else:
            break
    while end >= start:
        mark = reader.quoted(doc[end].idx)
        if mark is not None:
            end = reader.token_at(mark.start) - 1
        elif doc[end].is_punct or doc[end].is_space or doc[end].lower_ in ("and", "but", "or"):
            end -= 1
        else:
            break
    if end - start < 1:
        return None
    return doc[start], doc[end]


def _according(reader: Reader, tok: Token) -> Quote | None:
    """'according to X, CLAUSE': X is the source of the clause the phrase attaches to."""
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    head = tok.head
    if source is None or head.i == tok.i:
        return None
    doc = reader.doc
    sent = sentence_of(tok)
    lo, hi = tok.left_edge.i, tok.right_edge.i
    if lo == sent.start:  # "According to X, A, B and C.": the whole sentence, however the parser cut it
        start, end = hi + 1, max(head.right_edge.i, sent.end - 1)
    elif lo <= head.left_edge.i:
        start, end = hi + 1, head.right_edge.i
    else:
        start, end = head.left_edge.i, lo - 1
    while start <= end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end >= start and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    if end - start < 2:
        return None
    actor = reader.actors.at(source.idx, source.idx + len(source))
    span = reader.span(source.left_edge, source)
    named_by = reader.speakers.of_word(source)[0] if actor is None else None  # "the fire chief, Jane Roe"
    named = next((m for m in actor.mentions if m.start <= source.idx < m.end), None) if actor else None
    if named is not None:  # "according to Transport for London": the whole name, not its head word
        span = Span.of(reader.text, min(span.start, named.start), max(span.end, named.end))
    content = reader.span(doc[start], doc[end])
    return Quote(
        kind="indirect",
        text=content.text,
        start=content.start,
        end=content.end,
        speaker=actor.name if actor else (named_by or (span.text if source.pos_ == "PROPN" else None)),  # not "reports"
        speaker_span=span,
        cue=reader.span(tok, to),
        confidence=0.7,
        extractor="quotes.according",
    )


def _noun_clause(tok: Token) -> Token | None:
    """The that-clause a noun cue carries ("an assertion that X")."""
    if tok.pos_ != "NOUN" or tok.lemma_ not in NOUN_CUES:
        return None
    for child in tok.children:
        if child.dep_ in ("acl", "ccomp") and child.i > tok.i and any(is_that(m) for m in child.children):
            return child
    return None


def _item(reader: Reader, first: Token, last: Token, cue: Token, who: Who, how: str) -> Quote:
    content = reader.span(first, last)
    speaker, speaker_span = who
    return Quote(
        kind="indirect",
        text=content.text,
        start=content.start,
        end=content.end,
        speaker=speaker,
        speaker_span=speaker_span,
        cue=_cue_span(reader, cue),
        confidence=(0.55 if reader.speakers.described(speaker_span) else 0.7) if speaker else 0.4,
        extractor=how,
    )


def _indirect(reader: Reader) -> list[Quote]:
    found: list[Quote] = []
    doc = reader.doc
    for tok in doc:
        if reader.quoted(tok.idx):
            continue
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            quote = _according(reader, tok)
            if quote:
                found.append(quote)
            continue
        clause = _noun_clause(tok)
        if clause is not None:
            piece = _trimmed(reader, clause.left_edge.i, clause.right_edge.i)
            if piece is not None:
                found.append(_item(reader, *piece, tok, reader.speaker(tok), "quotes.noun"))
            continue
        if not is_cue(tok) or quote_filters.reported_belief(tok) or quote_filters.describes(tok):
            continue
        pieces = _pieces(reader, tok)
        who = reader.speaker(tok) if pieces else NOBODY
        found.extend(_item(reader, first, last, tok, who, "quotes.parse") for first, last in pieces)
    return found


def _edges(reader: Reader, start: int, end: int) -> tuple[Token, Token] | None:
    """A learned content without the punctuation, spaces and leading "that" at its edges."""
    doc = reader.doc
    while start <= end and (doc[start].is_punct or doc[start].is_space or is_that(doc[start])):
        start += 1
    while end >= start and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    return (doc[start], doc[end]) if end >= start else None


def _learned(reader: Reader, found: Sequence[attribution.Found], known: list[Quote]) -> list[Quote]:
    """The rule items with the trained model's: items for cues the rules missed, a confident learned
    content in place of a reported clause the rules cut otherwise, and a confident second content of a
    rule cue (its subject in "X was appointed to Y") when it overlaps nothing found."""
    doc = reader.doc
    m = attribution.model()
    by_cue: dict[int, list[Quote]] = {}
    for q in known:
        if q.cue is not None:
            by_cue.setdefault(q.cue.start, []).append(q)
    items = list(known)
    seen: set[int] = set()
    for item in found:
        cue = doc[item.cue]
        edges = _edges(reader, item.start, item.end)
        if edges is None or other_verb(cue) or (edges[0].i > cue.i and _tags_quote(reader, cue)):
            continue
        first, last = edges
        judged = _complements(cue)
        if quote_filters.target_only(cue, judged) and judged[0].left_edge.i <= first.i <= judged[0].right_edge.i:
            continue  # whom it judges, as in ``_object``
        lo, hi = first.idx, last.idx + len(last)
        who = reader.speaker(cue)
        if quote_filters.names_speaker(cue, first, last, who) or _is_a_cue(known, lo, hi):
            continue
        rule = by_cue.get(cue.idx, [])
        quote = _item(reader, first, last, cue, who, "quotes.learned")
        quote = replace(quote, confidence=round(item.cue_score * item.content_score, 3))
        best = cue.idx not in seen
        seen.add(cue.idx)
        opens_other = lo in by_cue and lo != cue.idx  # "told them that A, announcing that B": B is the other verb's
        if rule and best and not opens_other and _replaces(rule, lo, hi, item.content_score, m.replace_threshold):
            items = [q for q in items if q not in rule]
            items.append(replace(quote, speaker=rule[0].speaker, speaker_span=rule[0].speaker_span))
            continue
        if rule and item.content_score < m.extra_threshold:
            continue
        if rule and attribution.set_off_end(doc, item.start, item.end, lambda t: t.idx in by_cue) < item.end:
            continue  # it runs on into a statement the rules found
        if any(min(hi, q.end) - max(lo, q.start) > 0.5 * (hi - lo) for q in items):
            continue
        items.append(quote)
    return items


def _is_a_cue(known: list[Quote], lo: int, hi: int) -> bool:
    """A learned content that is only the reporting verb of a rule item ('quoted as "saying"') says nothing."""
    return any(q.cue is not None and q.cue.start <= lo and hi <= q.cue.end for q in known)


def _replaces(rule: list[Quote], lo: int, hi: int, score: float, threshold: float) -> bool:
    """A learned content takes the place of a cue's reported clauses when it is confident and disagrees
    with them; never of quotes or "according to" items, nor of a clause it only runs on past (the rules
    end a clause before ", including ..." on purpose)."""
    if score < threshold or any(q.extractor != "quotes.parse" for q in rule):
        return False
    return all(
        min(hi, q.end) - max(lo, q.start) < 0.5 * max(hi - lo, q.end - q.start) and not lo <= q.start < q.end <= hi
        for q in rule
    )


def _in_clauses(reader: Reader, quotes: list[Quote]) -> list[Quote]:
    """A partial quote inside a reported clause ('X accused Y of a "smear" over Z', 'X said "it works" in
    Z') is part of what that clause's verb reports: it takes that verb as its cue, the nearest one it hangs
    from, so quote and clause read as one statement (the tag found beside it may be a later verb's)."""
    cues = {q.cue.start: q.cue for q in quotes if q.kind == "indirect" and q.cue is not None}
    out = []
    for q in quotes:
        if q.kind == "partial" and cues:
            first = reader.doc[reader.token_at(q.start)]
            for anc in first.ancestors:
                if q.cue is not None and anc.idx == q.cue.start:
                    break
                if anc.idx in cues and not q.start <= anc.idx < q.end:
                    q = replace(q, cue=cues[anc.idx])
                    break
        out.append(q)
    return out


def extract_quotes(doc: Doc, entities: Sequence[Entity]) -> list[Quote]:
    """Direct, partial and reported statements of a parsed article, in text order.

    With the ``attribution_model`` setting "polnear" (the default) the trained cue and content model
    (``attribution``) adds what the rules miss and redraws reported clauses it is confident they cut
    wrongly (``_learned``); "rules" leaves the rules alone.
    """
    if not len(doc):
        return []
    reader = Reader(doc, entities)
    quotes = _direct(reader) + _indirect(reader)
    if settings().attribution_model != "rules":
        quotes = _learned(reader, attribution.find(doc, attribution.cue_scores(doc)), quotes)
    quotes = _in_clauses(reader, quotes)
    quotes = quote_filters.without_repeats(quotes)
    quotes.sort(key=lambda q: (q.start, q.end))
    return quotes
