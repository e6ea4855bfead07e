"""Word lists shared by the actor and quote layers: reporting verbs, person titles, role nouns, pronouns.

Attribution research (PARC, PolNeAR) finds that a few hundred reporting verbs cover nearly all cues in
news; a lemma list is cheaper and steadier than a trained cue tagger, which no PyPI package ships for
spaCy 3.8.
"""

from __future__ import annotations


def _words(text: str) -> list[str]:
    return text.split()


SPEECH_VERBS = frozenset(
    _words(
        """
    say tell add write post tweet announce state declare claim insist warn argue explain note
    acknowledge admit confirm deny reply respond answer ask urge suggest propose predict promise vow
    pledge threaten stress emphasise emphasize reiterate repeat recall maintain contend assert allege
    report testify comment remark observe complain concede boast accuse criticise criticize praise
    describe call dub label caution estimate indicate signal reveal disclose conclude agree disagree
    demand tweet joke quip exclaim shout whisper mention inform assure reassure tell recommend
    counter retort rule brief believe think expect hope fear
    """
    )
)
"""Lemmas of verbs that introduce speech; the last ones (believe, think...) only with a clause."""

CLAUSE_ONLY = frozenset({"believe", "think", "expect", "hope", "fear", "agree", "call", "describe", "rule"})
"""Cues that report speech only when they govern a clause or a quote, not on their own."""

PHRASAL_PARTICLES = {"rule": "out"}
"""Cues that need a particle to be reporting ("ruled out")."""

PERSON_TITLES = frozenset(
    _words(
        """
    mr mrs ms miss dr prof sir dame lord lady president vice prime minister premier chancellor envoy
    secretary senator sen rep representative congressman congresswoman governor gov mayor ambassador
    spokesman spokeswoman spokesperson adviser advisor king queen prince princess pope general gen
    colonel col lieutenant captain judge justice chief chairman chairwoman chair director commissioner
    leader speaker deputy foreign defence defense interior finance national security special former
    sheikh emir president-elect attorney
    """
    )
)
"""Words that stand before a person's name as a title; stripped from names."""

ROLE_NOUNS = frozenset(
    _words(
        """
    president minister chancellor premier envoy secretary senator governor mayor ambassador spokesman
    spokeswoman spokesperson adviser advisor king queen prince pope general leader chief chairman
    chairwoman director commissioner speaker leader ceo head
    """
    )
)
"""Nouns that name a role an article can tie to one person ("the Russian president")."""

PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})

DETERMINERS = frozenset({"the", "a", "an"})
