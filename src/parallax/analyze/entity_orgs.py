"""Organisations named by what they are: "the union" for the one union the article described.

An article teaches what kind of body an organisation is ("train drivers' union X", "the carmaker Y", "X,
the rail union") before it says "the union"; that description names the organisation when only one was
so taught, and the proper noun beside the descriptor is an organisation even when the model tagged
nothing there.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc, Token

from parallax.analyze import geo
from parallax.analyze.cues import COMPANY_KINDS, ORG_NOUNS, PERSON_TITLES, ROLE_NOUNS
from parallax.analyze.entity_groups import Actor
from parallax.analyze.entity_names import SINGULAR, name_text
from parallax.analyze.times_calendar import MONTHS, WEEKDAYS

_ORG_NAME_WORDS = 5
_DESCRIBING_WORDS = 3  # "the Swiss-based team": words that may stand between "the" and the noun
_MODIFIERS = {"compound", "amod", "nmod"}
_NOT_ORGS = {"PERSON", "GPE"}


def _proper_run(doc: Doc, start: int, step: int, token_actor: dict[int, str]) -> tuple[int, int] | None:
    """The proper nouns running from ``start`` away from a descriptor (step +1 rightwards, -1 leftwards),
    as a token range; None when the first word is no capitalised proper noun."""
    end = start
    while (
        0 <= end < len(doc)
        and abs(end - start) < _ORG_NAME_WORDS
        and doc[end].pos_ == "PROPN"
        and doc[end].is_alpha
        and (end == start or token_actor.get(end) == token_actor.get(start))
    ):
        end += step
    if end == start or not (doc[start].is_title or doc[start].is_upper):
        return None
    return (start, end) if step > 0 else (end + 1, start + 1)


def _described(tok: Token, token_actor: dict[int, str]) -> tuple[int, int] | None:
    """The name an organisation noun describes: right after it ("union X", "the carmaker X"), in apposition
    ("X, the rail union" or "the union, X") or in compound before it ("the X party")."""
    doc = tok.doc
    after = tok.i + 1
    if after < len(doc) and doc[after].pos_ == "PROPN":
        return _proper_run(doc, after, 1, token_actor)
    if tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
        return _proper_run(doc, tok.head.i, -1, token_actor)
    for child in tok.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.i > tok.i:
            return _proper_run(doc, child.i, -1, token_actor)
    before = tok.i - 1
    if before >= 0 and doc[before].pos_ == "PROPN" and doc[before].dep_ == "compound" and doc[before].head.i == tok.i:
        return _proper_run(doc, before, -1, token_actor)
    return None


def _org_actor(
    doc: Doc,
    name: tuple[int, int],
    actors: dict[str, Actor],
    kinds: dict[str, str],
    token_actor: dict[int, str],
    created: set[str],
) -> str | None:
    """The actor at a described name, a new ORG actor when the model tagged none there; a person or a place
    is returned too, for it still makes the noun ambiguous, but is never resolved to."""
    start, end = name
    key = token_actor.get(start)
    if key is not None:
        return key
    text = name_text(doc, start, end)
    first = text.split()[0].lower()
    if first in WEEKDAYS or first in MONTHS or first in PERSON_TITLES or first in ROLE_NOUNS:
        return None
    if geo.country_of(text) or geo.country_of_demonym(text):
        return None
    if text in actors and kinds.get(text) in _NOT_ORGS:
        return text
    if text not in actors:
        created.add(text)
    actor = actors.setdefault(text, Actor())
    actor.names[text] += 1
    actor.votes["ORG"] += 1.0
    actor.mentions.append((start, end))
    kinds.setdefault(text, "ORG")
    for i in range(start, end):
        token_actor[i] = text
    return text


def org_descriptions(
    doc: Doc, actors: dict[str, Actor], kinds: dict[str, str], token_actor: dict[int, str]
) -> list[tuple[str, int, int]]:
    """(actor, start, end) token ranges of "the <noun>" naming the one organisation the article described
    with that noun; described names the model missed become ORG actors on the way.

    An organisation is described by a noun beside its name or by its name ending in the noun ("Interior
    Ministry"); a noun two organisations share names neither.
    """
    taught: dict[str, dict[str, int]] = defaultdict(dict)  # noun -> actor -> first token taught
    uses: list[Token] = []
    created: set[str] = set()
    for tok in doc:
        noun = tok.lower_
        maker = _maker_of(tok, token_actor, kinds)
        if maker is not None:
            taught["company"].setdefault(maker, tok.i)
        if noun not in ORG_NOUNS or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if not tok.is_lower:
            key = token_actor.get(tok.i)
            if key and kinds.get(key) == "ORG" and token_actor.get(tok.i + 1) != key:
                taught[noun].setdefault(key, tok.i)
            continue
        if tok.i in token_actor or tok.tag_ not in SINGULAR:
            continue
        name = _described(tok, token_actor)
        key = _org_actor(doc, name, actors, kinds, token_actor, created) if name else None
        if key and name and name[0] == tok.i + 1 and kinds.get(key) == "PERSON":
            kinds[key] = "ORG"  # "F1 team Alfa Romeo": the noun before the name settles what the model guessed
        if key:
            taught[noun].setdefault(key, tok.i)
            if noun in COMPANY_KINDS:
                taught["company"].setdefault(key, tok.i)
        elif name is None and _definite(tok) is not None and _heads_phrase(tok):
            uses.append(tok)
    _more_mentions(doc, created, actors, token_actor)
    found = []
    for tok in uses:
        owners = taught.get(tok.lower_, {})
        if len(owners) == 1:
            ((key, first),) = owners.items()
            if first < tok.i and kinds.get(key) not in _NOT_ORGS:
                found.append((key, _definite(tok), tok.i + 1))
    return found


def _maker_of(tok: Token, token_actor: dict[int, str], kinds: dict[str, str]) -> str | None:
    """ "chocolate makers X", "the maker X": the organisation named right after "maker", a company. Only a
    name the model already took for an organisation: "policy maker X" is a person."""
    after = token_actor.get(tok.i + 1)
    if tok.lemma_.lower() != "maker" or not tok.is_lower or after is None or kinds.get(after) != "ORG":
        return None
    return after


def _definite(tok: Token) -> int | None:
    """Where "the union", "the Swiss-based team" starts: the noun with "the" before it and only describing
    words between; None for any other noun."""
    det = next((c for c in tok.lefts if c.dep_ == "det"), None)
    if det is None or det.lower_ != "the":
        return None
    between = tok.doc[det.i + 1 : tok.i]
    describing = all(t.dep_ in ("amod", "punct", "npadvmod", "advmod") for t in between)
    return det.i if len(between) <= _DESCRIBING_WORDS and describing else None


def _heads_phrase(tok: Token) -> bool:
    """Whether the noun ends its noun phrase: "the union" names a body, "the union leader" does not."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.dep_ not in _MODIFIERS and not (after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ"))


def _more_mentions(doc: Doc, created: set[str], actors: dict[str, Actor], token_actor: dict[int, str]) -> None:
    """Later plain uses of a name first found beside an organisation noun ("X said") join its actor."""
    by_first: dict[str, list[list[str]]] = defaultdict(list)
    for key in created:
        by_first[key.split()[0]].append(key.split())
    for tok in doc:
        if tok.i in token_actor or tok.text not in by_first:
            continue
        for words in by_first[tok.text]:
            end = tok.i + len(words)
            if [t.text for t in doc[tok.i : end]] == words and all(i not in token_actor for i in range(tok.i, end)):
                key = " ".join(words)
                actors[key].mentions.append((tok.i, end))
                actors[key].names[key] += 1
                for i in range(tok.i, end):
                    token_actor[i] = key
                break
