"""Stances stated by the name one gives a thing: "union leaders called the cuts 'savage attacks'".

A naming verb ("call", "describe as", "brand") with an object and a label states the namer's judgement of
the object; when the label condemns (a condemning noun, or any noun or adjective with a condemning
adjective) the namer opposes the object. Labels that praise or only classify ("called it a reform")
state no stance here. A reported or quoted "X was Y" with a condemning Y ("claimed the prosecution was a
form of persecution", "It was the wrong decision") names X the same way.
"""

from __future__ import annotations

from spacy.tokens import Token

from parallax.analyze.positions_lexicon import CONDEMNING_ADJECTIVES, CONDEMNING_NOUNS, KIND_NOUNS, NAMING_VERBS

_LABEL_DEPS = {"oprd", "attr", "xcomp", "ccomp"}
_DEMONSTRATIVES = {"it", "this", "that"}


def _label(verb: Token) -> Token | None:
    """What the verb names its object: a predicate after it ("called X Y") or after "as" ("described X as Y")."""
    direct = [c for c in verb.children if c.dep_ in _LABEL_DEPS and c.i > verb.i]
    marked = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
              for g in c.children if g.dep_ in {"pobj", "amod", "acomp"}]
    found = direct + marked
    return found[0] if found else None


def condemns(label: Token) -> bool:
    """A label that condemns: a condemning noun ("a betrayal", "a form of persecution") or word qualified as
    condemning ("savage attacks", "utterly baseless")."""
    if label.lemma_.lower() in KIND_NOUNS:
        return any(condemns(g) for c in label.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj")
    if label.lemma_.lower() in CONDEMNING_NOUNS | CONDEMNING_ADJECTIVES:
        return True
    return any(c.dep_ in {"amod", "acomp"} and c.lower_ in CONDEMNING_ADJECTIVES for c in label.children)


def condemning_label(verb: Token) -> tuple[Token, Token] | None:
    """The object a naming verb condemns and the label it condemns it with, if it does."""
    if verb.pos_ != "VERB" or verb.lemma_ not in NAMING_VERBS or any(c.dep_ == "neg" for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    label = _label(verb)
    if obj is None or label is None or label.i < obj.i or not condemns(label):
        return None
    return obj, label


def condemning_predicate(clause: Token, judged: set[str]) -> tuple[Token, Token] | None:
    """The subject a "X is/was Y" clause condemns and its condemning label: X a thing one can judge (a noun
    in ``judged``: what is said, decided or done), or "it"/"this" when the label itself names such a thing
    ("It was the wrong decision"); not "the fire was brutal" nor "it was a disaster" (what "it" is, no rule
    here can tell)."""
    if clause.lemma_ != "be" or any(c.dep_ == "neg" for c in clause.children):
        return None
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    label = next((c for c in clause.children if c.dep_ in {"attr", "acomp"} and c.i > clause.i), None)
    if subj is None or label is None or not condemns(label):
        return None
    if subj.lower_ in _DEMONSTRATIVES:
        return (subj, label) if label.lemma_.lower() in judged else None
    return (subj, label) if subj.pos_ == "NOUN" and subj.lemma_.lower() in judged else None
