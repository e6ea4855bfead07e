"""Stances stated by the name one gives a thing: "union leaders called the cuts 'savage attacks'".

A naming verb ("call", "describe as", "brand") with an object and a label states the namer's judgement of
the object; when the label condemns (a condemning noun, or any noun or adjective with a condemning
adjective) the namer opposes the object. Labels that praise or only classify ("called it a reform")
state no stance here.
"""

from __future__ import annotations

from spacy.tokens import Token

from parallax.analyze.positions_lexicon import CONDEMNING_ADJECTIVES, CONDEMNING_NOUNS, NAMING_VERBS

_LABEL_DEPS = {"oprd", "attr", "xcomp", "ccomp"}


def _label(verb: Token) -> Token | None:
    """What the verb names its object: a predicate after it ("called X Y") or after "as" ("described X as Y")."""
    direct = [c for c in verb.children if c.dep_ in _LABEL_DEPS and c.i > verb.i]
    marked = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
              for g in c.children if g.dep_ in {"pobj", "amod", "acomp"}]
    found = direct + marked
    return found[0] if found else None


def condemns(label: Token) -> bool:
    """A label that condemns: a condemning noun ("a betrayal") or word qualified as condemning ("savage
    attacks", "utterly baseless")."""
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
