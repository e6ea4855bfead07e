"""Actors of one article: every mention of a person, organisation or country linked to one canonical actor.

spaCy's small English model finds names but links nothing, and coreference components (coreferee,
spacy-experimental's coref) do not install for spaCy 3.8; so linking is done with rules that news text
follows, one module a step: ``entity_names`` cuts each NER span back to a clean name (``entity_glue``
then cuts words a flattened page glued onto it), ``entity_groups`` joins the names of one actor and votes
its type, ``entity_links`` adds the family names the model left untagged, the roles, party and nation
nouns (``entity_affiliations``: "the Democrat", "the Finn") and pronouns that stand for a person, and
``entity_orgs`` the descriptions that stand for an organisation ("the union"). This
module runs them in order and holds what other stages ask of the actors: the actor at an offset, and one
shared name per actor across a story's articles. A person named only in capitals is shown title-cased.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from rapidfuzz import fuzz
from spacy.tokens import Doc

from parallax.analyze.entity_groups import Actor, group_actors, initials, is_acronym_of, type_of
from parallax.analyze.entity_links import (
    learn_roles,
    pronoun_mentions,
    repeated_names,
    role_mentions,
    surname_mentions,
)
from parallax.analyze.entity_names import candidates, family_name
from parallax.analyze.entity_orgs import org_descriptions
from parallax.analyze.nlp import doc_text
from parallax.model import Entity, Span

__all__ = ["ActorIndex", "actor_at", "extract_entities", "initials", "is_acronym_of", "unify_names"]


def extract_entities(doc: Doc) -> list[Entity]:
    """The actors of a parsed article, each with all its mentions (names, roles, pronouns)."""
    actors = group_actors(doc, candidates(doc))
    kinds = {key: type_of(a) for key, a in actors.items()}
    token_actor: dict[int, str] = {}
    for key, actor in actors.items():
        for start, end in actor.mentions:
            for i in range(start, end):
                token_actor[i] = key
    for key, start, end in repeated_names(doc, {key: list(a.names) for key, a in actors.items()}, token_actor):
        actors[key].mentions.append((start, end))
        token_actor.update(dict.fromkeys(range(start, end), key))
    text = doc_text(doc)
    persons = {key: list(a.names) for key, a in actors.items() if kinds[key] == "PERSON"}
    for person, i in surname_mentions(doc, persons, token_actor):
        actors[person].mentions.append((i, i + 1))
        token_actor[i] = person
    for person, start, end in role_mentions(doc, learn_roles(doc, token_actor, kinds), token_actor, kinds):
        span = Span.of(text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
        actors[person].extra.append(span)
        if token_actor.get(end - 1, person) != person:  # "the Democrat": one person, not the party
            _release(actors, token_actor.pop(end - 1), end - 1)
        for i in range(start, end):
            token_actor.setdefault(i, person)
    for org, start, end in org_descriptions(doc, actors, kinds, token_actor):
        actors[org].extra.append(Span.of(text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1])))
        for i in range(start, end):
            token_actor.setdefault(i, org)
    for person, i in pronoun_mentions(doc, token_actor, kinds):
        actors[person].extra.append(Span.of(text, doc[i].idx, doc[i].idx + len(doc[i])))
        token_actor[i] = person
    entities = []
    for key, actor in actors.items():
        mentions = [Span.of(text, doc[s].idx, doc[e - 1].idx + len(doc[e - 1])) for s, e in actor.mentions]
        mentions = sorted([*mentions, *actor.extra], key=lambda sp: sp.start)
        total = sum(actor.votes.values()) or 1.0
        confidence = 1.0 if actor.country else round(actor.votes[kinds[key]] / total, 2)
        name = _canonical(key, actor, kinds[key])
        if kinds[key] == "PERSON" and name.isupper():
            name = re.sub(r"'S\b", "'s", name.title())  # "JANE ROE" in a caption, never in text
        entities.append(Entity(name, kinds[key], mentions, confidence))
    entities.sort(key=lambda e: e.mentions[0].start if e.mentions else 0)
    return entities


def _release(actors: dict[str, Actor], key: str, i: int) -> None:
    """Take the mention at token ``i`` from an actor, and the actor away when nothing is left of it."""
    actor = actors[key]
    actor.mentions = [(s, e) for s, e in actor.mentions if not s <= i < e]
    if not actor.mentions and not actor.extra:
        del actors[key]


def _canonical(key: str, actor: Actor, kind: str) -> str:
    """The actor's fullest name; for a body, not a name met only opening a sentence whose first word the
    article writes nowhere else and that ends in another of its names ("Jubilant Gulls fans ..." before
    "the Gulls"): a word opening a sentence runs into a name there. People and places keep the fullest
    name, for their first full name often opens a sentence ("Jane Roe said")."""
    if actor.country:
        return actor.country
    names = [
        n for n in actor.names
        if kind != "ORG" or n not in actor.openers or not any(n.endswith(f" {o}") for o in actor.names)
    ]
    return max(names, key=lambda n: (len(n.split()), actor.names[n], len(n)))


class ActorIndex:
    """Every mention sorted by offset, so finding the actor at a span costs a bisection, not a scan.

    Rules ask "whose mention is this?" once per candidate word; a scan over all mentions made long
    articles quadratic.
    """

    def __init__(self, entities: Sequence[Entity]):
        self.entities = list(entities)
        self._mentions = sorted((m.start, m.end, i) for i, e in enumerate(self.entities) for m in e.mentions)
        self._starts = [m[0] for m in self._mentions]
        self._longest = max((end - start for start, end, _ in self._mentions), default=0)
        surnames: dict[str, list[Entity]] = defaultdict(list)
        for e in self.entities:
            if e.type == "PERSON":
                surnames[family_name(e.name)].append(e)
        self._surnames = {name: found[0] for name, found in surnames.items() if len(found) == 1}

    def person(self, surname: str) -> Entity | None:
        """The one person of the article with this family name (None when none or several have it)."""
        return self._surnames.get(surname)

    def at(self, start: int, end: int) -> Entity | None:
        """The actor with a mention overlapping the span [start, end) (the largest overlap wins)."""
        first = bisect.bisect_left(self._starts, start - self._longest)
        last = bisect.bisect_right(self._starts, end)
        best: Entity | None = None
        best_overlap = 0
        for m_start, m_end, i in self._mentions[first:last]:
            overlap = min(end, m_end) - max(start, m_start)
            if overlap > best_overlap or (overlap == 0 and best is None and m_start == start == end):
                best, best_overlap = self.entities[i], overlap
        return best


def actor_at(entities: Sequence[Entity], start: int, end: int) -> Entity | None:
    """The actor with a mention overlapping the span [start, end); build an ``ActorIndex`` to ask often."""
    return ActorIndex(entities).at(start, end)


_PERSON_SURNAME = 88
_TRANSLITERATED = 60  # surname likeness enough when two or more given names agree exactly
_PERSON_FIRST = 80
_OTHER = 92


def _compatible_first(a: list[str], b: list[str]) -> bool:
    if not a or not b:
        return True
    x, y = a[0].rstrip(".").lower(), b[0].rstrip(".").lower()
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    return fuzz.ratio(x, y) >= _PERSON_FIRST


def _same_actor(a: Entity, b: Entity) -> bool:
    if (a.type == "PERSON") != (b.type == "PERSON"):
        return False
    if a.type != "PERSON":
        return (
            a.name.lower() == b.name.lower()
            or fuzz.ratio(a.name.lower(), b.name.lower()) >= _OTHER
            or is_acronym_of(a.name, b.name)
            or is_acronym_of(b.name, a.name)
        )
    ta, tb = a.name.split(), b.name.split()
    surnames = fuzz.ratio(ta[-1].lower(), tb[-1].lower())
    if len(ta) > 2 and ta[:-1] == tb[:-1] and surnames >= _TRANSLITERATED:
        return True  # "Noor Mohammad Faiz" / "Noor Mohammad Fayez": one name spelt from another script
    if surnames < _PERSON_SURNAME:
        return False
    return _compatible_first(ta[:-1], tb[:-1])


def unify_names(entity_lists: Sequence[Sequence[Entity]]) -> dict[str, str]:
    """One shared canonical name per actor across a story's articles (``article name -> shared name``).

    Names merge when their types agree and they are spelled alike (rapidfuzz); two people merge only when
    their surnames are near-identical and their first names (where both are given) agree. A surname alone
    joins the full name it matches (the most mentioned one when several do), never one an article kept
    apart from it ("Obama" beside "Michelle Obama" is another person). The shared name is the
    longest full form, its most used spelling.
    """
    reps: dict[str, Entity] = {}
    weight: Counter = Counter()
    apart: set[tuple[str, str]] = set()
    for entities in entity_lists:
        people = {e.name for e in entities if e.type == "PERSON"}
        apart.update((a, b) for a in people for b in people if a != b)
        for e in entities:
            weight[e.name] += len(e.mentions) or 1
            if e.name not in reps or len(e.name) > len(reps[e.name].name):
                reps[e.name] = e
    names = sorted(reps, key=lambda n: (-len(n.split()), -weight[n], n))
    groups: list[list[str]] = []
    for name in names:
        fits = [
            g for g in groups
            if all(_same_actor(reps[name], reps[other]) and (name, other) not in apart for other in g)
        ]
        if len(name.split()) == 1 and len(fits) > 1:
            fits.sort(key=lambda g: -sum(weight[n] for n in g))
        if fits:
            fits[0].append(name)
        else:
            groups.append([name])
    shared: dict[str, str] = {}
    for group in groups:
        longest = max(len(n.split()) for n in group)
        best = max((n for n in group if len(n.split()) == longest), key=lambda n: (weight[n], n))
        for n in group:
            shared[n] = best
    return shared
