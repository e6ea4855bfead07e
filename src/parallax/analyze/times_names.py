"""Month words that name a person ("Theresa May", "April Ryan"), read off the parse.

A bare month after a preposition is usually a date ("in May", "from May to July"), but in a story about a
person of that name the same words carry her: "a statement from May's office", "Trump spoke to May",
"talks between Trump and May". The tagger calls such a "May" DATE as often as PERSON, so the reading
comes from the sentence: what the word does (a possessor of things only people have, the object of a
verb about people, one of two names joined by "and"), and whether the article names a person so.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from parallax.analyze import times_calendar as cal

# what only a person (not a month) has: "May's office", "the May government", "May's husband"
_PEOPLE_ONLY = {
    "office", "government", "spokesman", "spokeswoman", "spokesperson", "spokesmen", "husband", "wife", "son",
    "daughter", "family", "cabinet", "team", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "ally",
    "allies", "critics", "supporters", "administration", "premiership", "leadership", "minister", "ministers",
    "staff", "predecessor", "successor", "deputy", "counterpart",
}
# what a person says or holds, a month only as its date ("May's speech" but "a June letter")
_PEOPLE_SAY = {"speech", "remarks", "comments", "statement", "letter", "stance", "strategy", "approach",
               "invitation", "campaign", "party", "officials"}
# what people do to or with each other: "invited May", "spoke to May", "May told reporters"
_PEOPLE_VERBS = {
    "say", "tell", "meet", "invite", "visit", "call", "phone", "speak", "talk", "thank", "congratulate", "urge",
    "ask", "warn", "insist", "add", "reply", "write", "vow", "promise", "praise", "criticise", "criticize",
    "accuse", "attack", "greet", "host", "welcome", "brief", "argue", "claim", "admit", "deny", "respond",
    "resign", "appoint", "defeat", "beat", "replace", "succeed", "interview", "quote", "hug", "stress", "tweet",
    "explain", "suggest", "acknowledge", "confirm", "reassure", "dine", "chat", "apologise", "apologize",
}
# prepositions after which a month word is a date even in a story about a person of that name
_TIME_ONLY = {"in", "since", "until", "till", "during", "through", "throughout", "early", "late", "mid", "last",
              "next", "this", "of", "before", "after", "between", "around", "for", "to", "into", "as", "within"}
# what a month has: "May's elections", "May's figures"
_MONTHLY = {"election", "elections", "vote", "votes", "poll", "polls", "figures", "data", "numbers", "results",
            "report", "sales", "summit", "meeting", "referendum", "primary", "primaries", "rally", "attack",
            "attacks", "weather", "issue", "edition"}
_TITLES = {"mrs", "ms", "mr", "dr", "minister", "pm", "premier", "president", "chancellor", "secretary", "sen",
           "rep", "gov", "lady", "dame", "sir"}


def named_months(doc: Doc) -> set[str]:
    """The month words the article uses as a person's surname ("Theresa May", "Mrs May")."""
    names = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 and e[-1].lower_ in cal.MONTHS}
    lower = doc.to_array(LOWER)  # one pass in C: building a Token for every word costs more than the rule
    months = {doc.vocab.strings.add(m) for m in cal.MONTHS}
    found = (doc[int(i)] for i in np.flatnonzero(np.isin(lower, list(months))) if i)
    titled = {t.text for t in found if t.is_title and _given_or_title(doc[t.i - 1], t)}
    return names | titled


def _given_or_title(before: Token, month: Token) -> bool:
    """"Mrs May", "Theresa May": a title, or a capitalised name the parser hangs on the month word."""
    if before.lower_.rstrip(".") in _TITLES:
        return True
    return (before.pos_ == "PROPN" and before.is_title and before.dep_ == "compound" and before.head.i == month.i
            and before.lower_ not in cal.MONTHS and before.lower_ not in cal.WEEKDAYS)


def is_person(token: Token, names: Callable[[], set[str]]) -> bool:
    """Whether a month word stands for a person in its sentence; ``names`` gives ``named_months`` of its Doc."""
    head = token.head
    if (token.dep_ in {"poss", "compound"} and head.lower_ in _PEOPLE_ONLY) or (
            token.dep_ == "poss" and head.lower_ in _PEOPLE_SAY):
        return True
    if token.dep_ in {"dobj", "nsubj"} and head.lemma_.lower() in _PEOPLE_VERBS:
        return True
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    if following is not None and following.tag_ in {"VBD", "VBZ"} and following.lemma_.lower() in _PEOPLE_VERBS:
        return True  # "after May met Trump", which the parser reads as "after May"
    if token.dep_ == "pobj" and head.lower_ in {"to", "with"} and head.head.lemma_.lower() in _PEOPLE_VERBS:
        return True
    if _paired_with_name(token):
        return True
    if token.ent_type_ != "PERSON" and token.text not in names():
        return False
    if token.dep_ == "poss":  # "support for May's plan" is hers, "turnout in May's elections" a month's
        return head.lower_ not in _MONTHLY
    prep = head if token.dep_ == "pobj" else None
    if prep is None or prep.lower_ in _TIME_ONLY:
        return prep is None and token.dep_ != "npadvmod"
    if prep.lower_ == "from":  # "from May to July" is a span; "a call from May" is hers
        return not any(t.lower_ in {"to", "until", "till", "through"} for t in token.doc[token.i + 1:token.i + 3])
    # "by May" is a deadline ("must be signed by May" too), "was signed by May" hers
    return prep.lower_ != "by" or (prep.dep_ == "agent" and not any(c.tag_ == "MD" for c in prep.head.children))


def _paired_with_name(token: Token) -> bool:
    """"Trump and May", "May and Juncker": joined by "and" to a name that is no date."""
    pair = [token.head] if token.dep_ == "conj" else [c for c in token.children if c.dep_ == "conj"]
    return any(p.pos_ == "PROPN" and p.lower_ not in cal.MONTHS and p.ent_type_ not in {"DATE", "TIME"}
               for p in pair)
