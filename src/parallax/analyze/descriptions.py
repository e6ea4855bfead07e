"""Descriptions: the noun phrases in which an article qualifies a thing with a word of its own choosing.

"the camp's remote location", "a staunch supporter", "the self-declared moratorium": the adjectives and
participles before a noun are where outlets choose their words for one referent, and the comparison
(``compare.wording``) sets one outlet's description of a noun against another's. A measure before a
noun ("a 24-hour walkout" / "a 24-hour strike") pins the referent down, so there the noun is the
choice. Only the parse knows which words modify which noun, so they are read here, once per article,
and kept in the analysis.

How an article presents a person is the same kind of choice: the role words set before the name ("eastern
strongman Karim Mansour" / "eastern commander Karim Mansour") or beside it ("its national spokesman, Kola
Adeyemi"). These labels are kept with the person's name, so the comparison can set one outlet's label
against another's for the same actor.

Words that say which or how many rather than how a thing is seen (sizes, ages, order, directions,
scope: "new", "first", "northern", "local") are left out: two outlets giving two of them speak of two
things ("the first round" / "the second round"), not of one thing in two words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from parallax.analyze import geo
from parallax.analyze.cues import (
    ENTOURAGE_NOUNS,
    KINSHIP,
    NOT_CHOSEN,
    ORG_NOUNS,
    PERSON_NOUNS,
    PERSON_TITLES,
    TITLE_GENDERS,
)
from parallax.analyze.nlp import doc_text
from parallax.model import Description, Entity, Span

_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "advmod"})
_MODIFIER_POS = frozenset({"ADJ", "VERB"})
# A figure joined to its unit before a noun ("a 24-hour strike", "the 90-minute meeting", "a 42-year-old man").
_MEASURE = re.compile(r"\b\d[\d.,]*(?:bn|m|k)?-[a-z]+(?:-[a-z]+)*\b", re.IGNORECASE)
_LABEL_DEPS = frozenset({"compound", "amod", "nmod"})
_ROLE_POS = frozenset({"NOUN", "PROPN"})
_PLURAL = frozenset({"NNS", "NNPS"})  # "told reporters X ...": a label names one person
_TITLE_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "PART"})  # "the party's deputy leader", "Trump's envoy"
_PERSON_WORDS = PERSON_NOUNS | PERSON_TITLES | KINSHIP | ENTOURAGE_NOUNS | frozenset(
    ("candidate", "nominee", "hopeful", "contender", "champion", "rival", "mate", "star", "legend")
)
# Endings of nouns for people ("commander", "prosecutor", "politician", "activist", "nominee", "strongman").
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "ee", "ess")
_APPOSITION_WORDS = 10  # the most words of a label set beside the name ("spokesman for the ... office")
_LABEL_PREPOSITIONS = frozenset({"of", "for", "at", "with"})
_HONORIFICS = frozenset({*TITLE_GENDERS, "dr", "sir"})
# "after a heavy crash Hamilton won": a phrase before a name with "a" is a misread clause, not a title.
_INDEFINITE = frozenset({"a", "an"})
_INNER_PUNCT = frozenset({"-", "'s", "’s"})  # inside a label's noun phrase ("capital-based", "the ministry's")
# Who someone works for or where they are from is a fact about them, not a word chosen for them.
_NAMED = frozenset({"GPE", "LOC", "NORP", "PERSON"})


def extract_descriptions(doc: Doc) -> list[Description]:
    """Each noun phrase with at least one chosen modifier or a measure, stretched over an "of" phrase after
    its noun ("a firm supporter of the senator")."""
    out = []
    text = doc_text(doc)
    for chunk in doc.noun_chunks:
        head = chunk.root
        if head.pos_ != "NOUN":
            continue
        chosen = [t for t in chunk if t.i != head.i and _chosen(t)]
        measure = _MEASURE.search(text, chunk.start_char, head.idx)
        if not chosen and measure is None:
            continue
        end = max([chunk.end, *(c.right_edge.i + 1 for c in head.rights if c.dep_ == "prep" and c.lower_ == "of")])
        first = next(t for t in chunk if not t.is_punct)
        start = first.idx
        stop = doc[end - 1].idx + len(doc[end - 1])
        out.append(Description(
            span=Span(start, stop, text[start:stop]),
            head=head.lower_,
            modifiers=[t.lemma_.lower() for t in chosen],
            measure=measure.group().lower() if measure else None,
        ))
    return out


def extract_labels(doc: Doc, entities: Sequence[Entity]) -> list[Description]:
    """Each person's labels: the role words before a mention of the name ("Rebel sect leader Warren
    Pratt"), or a noun phrase in apposition to it ("its national spokesman, X"; "X, spokesman for the
    ministry"), with the name in the span. ``modifiers`` are the label's own words up to its role noun (who
    the person works for, after it, is a fact about them), without places,
    nationalities, names or kinds of body (a label that adds "U.S." or "union" says where the person works,
    not how they are seen), figures (an age is a fact, not a word choice), honorifics, and the words of which
    and when (``NOT_CHOSEN``: "former")."""
    out = []
    text = doc_text(doc)
    for entity in entities:
        if entity.type != "PERSON":
            continue
        for mention in entity.mentions:
            name = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            label = _label(doc, name) if name is not None else None
            if label is None:
                continue
            role, start, end = label
            measures = [m.span() for m in _MEASURE.finditer(text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))]
            words = [
                t.lemma_.lower() for t in doc[start : role.i + 1]
                if _label_word(t) and not name.start <= t.i < name.end and not any(a <= t.idx < b for a, b in measures)
            ]
            if words:
                span_start, span_end = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
                out.append(Description(
                    span=Span(span_start, span_end, text[span_start:span_end]),
                    head=role.lower_,
                    modifiers=words,
                    actor=entity.name,
                ))
    return out


def _label(doc: Doc, name) -> tuple[Token, int, int] | None:
    """The role noun that labels the name and the token range of label and name together."""
    root = name.root
    if root.pos_ == "PRON":
        return None
    before = [c for c in root.lefts if c.i < name.start and c.dep_ in _LABEL_DEPS]
    roles = [c for c in before if _role(c)]
    if roles:
        return _titled(doc, roles[-1], name)
    role = root.head
    between = doc[role.i + 1 : name.start] if role.i < name.start else None
    if root.dep_ == "appos" and _role(role) and between is not None and all(
        t.is_punct or t.lower_.rstrip(".") in _HONORIFICS for t in between
    ):
        if not any(t.text == "," for t in between):
            return _titled(doc, role, name)  # "his wife X": a title, read as one
        start = next(t.i for t in role.subtree if not t.is_punct)
        if role.i - start < _APPOSITION_WORDS:
            return role, start, name.end
    for child in root.rights:
        if (
            child.dep_ == "appos" and _role(child) and child.left_edge.i == name.end + 1
            and doc[name.end].text == ","
        ):
            end = max([child.i + 1, *(
                c.right_edge.i + 1 for c in child.rights if c.dep_ == "prep" and c.lower_ in _LABEL_PREPOSITIONS
            )])
            end = min(end, child.left_edge.i + _APPOSITION_WORDS)
            end = next((t.i for t in doc[child.left_edge.i : end] if t.is_punct and t.text not in _INNER_PUNCT), end)
            while end > child.i + 1 and (doc[end - 1].is_stop or doc[end - 1].is_punct):
                end -= 1
            if child.i < end:
                return child, name.start, end
    return None


def _titled(doc: Doc, role: Token, name) -> tuple[Token, int, int] | None:
    """A title run straight into the name ("Rebel sect leader X"): the words of a noun phrase back from
    the name, stopping at a figure, a date or a clause's words ("Wednesday afternoon Senate Majority Leader
    X" is labelled "Senate Majority Leader"). One that opens with "a" is a misread clause ("after a heavy
    crash X won")."""
    start = name.start
    while start > 0 and not doc[start].is_sent_start and _in_title(doc[start - 1]):
        start -= 1
    while start < role.i and (doc[start].is_punct or _glued(doc[start - 1], doc[start])):
        start += 1  # not the end of a word cut off ("three-time series champion X")
    if start > role.i or doc[start].lower_ in _INDEFINITE:
        return None
    return role, start, name.end


def _glued(left: Token, token: Token) -> bool:
    """Whether ``token`` ends a word that runs on from ``left`` ("three-time": "-time")."""
    return left.idx + len(left) == token.idx and (left.text == "-" or left.text[-1].isalnum())


def _in_title(token: Token) -> bool:
    return (
        token.pos_ in _TITLE_POS or token.dep_ == "poss" or token.text in _INNER_PUNCT
    ) and not token.like_num and token.ent_type_ not in ("DATE", "TIME")


def _role(token: Token) -> bool:
    """A noun that says what a person is ("strongman", "prosecutor", "nephew"): one of the known person
    nouns, or a noun of a person's ending ("commander", "politician", "nominee")."""
    lemma = token.lemma_.lower().rsplit("-", 1)[-1]
    return (
        token.pos_ in _ROLE_POS and token.tag_ not in _PLURAL and _label_word(token)
        and (lemma in _PERSON_WORDS or lemma.endswith(_PERSON_ENDINGS)) and geo.country_of(token.text) is None
    )


def _label_word(token: Token) -> bool:
    return (
        token.is_alpha and not token.is_stop and token.ent_type_ not in _NAMED
        and token.lower_.rstrip(".") not in _HONORIFICS and token.dep_ not in ("det", "poss", "case")
        and token.lemma_.lower() not in NOT_CHOSEN and token.lemma_.lower() not in ORG_NOUNS
    )


def _chosen(token: Token) -> bool:
    return (
        token.dep_ in _MODIFIER_DEPS and token.pos_ in _MODIFIER_POS and token.is_alpha and token.text.islower()
        and not token.like_num and token.lemma_.lower() not in NOT_CHOSEN
    )
