"""Cue words for actors' stances, by lemma: the only language-specific knowledge of ``positions``.

Kept apart from the rules so a user can read (and extend) what counts as demanding, rejecting or
deferring without reading the parse walking.
"""

from __future__ import annotations

from parallax.analyze.cues import BODY_VOICES, ORG_NOUNS
from parallax.model import Stance

# verbs whose subject holds the stance and whose complements are its object
VERB_CUES: dict[str, Stance] = {
    "demand": "demands", "require": "demands", "want": "demands", "urge": "demands",
    "condition": "demands", "press": "demands",
    "reject": "rejects", "refuse": "rejects", "oppose": "opposes", "deny": "denies",
    "decline": "rejects", "dismiss": "rejects", "veto": "rejects",
    "accept": "accepts", "agree": "accepts", "welcome": "accepts", "endorse": "supports",
    "propose": "proposes", "offer": "proposes", "plan": "proposes",
    "rally": "proposes",
    "support": "supports", "back": "supports", "favour": "supports", "favor": "supports",
    "postpone": "defers", "delay": "defers", "shelve": "defers", "defer": "defers", "suspend": "defers",
    "threaten": "threatens", "warn": "threatens",
    "request": "demands", "suggest": "proposes", "praise": "supports",
    "criticise": "opposes", "criticize": "opposes", "condemn": "opposes", "denounce": "opposes",
}
# verbs that demand only of someone named as their object ("asked Turkey to support X", "told Iran to
# withdraw"); alone they state nothing ("asked about X", "told reporters")
CONTROL_DEMANDS = {"ask", "tell", "order", "instruct", "implore", "beg", "encourage", "pressure"}
# warnings that are threats only when they announce the holder's own (or a conditional) action ("warned it
# would retaliate", "warned that X would face sanctions if ..."), not a forecast ("warned the plan would fail")
WARNING_VERBS = {"warn"}
# cues that state a stance only toward a thing ("declined the offer", not "declined to comment")
NOUN_OBJECT_ONLY = {"decline", "plan", "back", "suggest", "request"}
# verbs of wishing: a demand only when they ask something of others ("wants Ukraine not to mobilise",
# "wants a ceasefire"), not when they tell the holder's own wish ("I want to live in ...", "we all want
# what's best")
WISH_VERBS = {"want"}
# what one "wants to" do when the wish only frames what is said next ("I want to emphasize that ...")
SPEECH_FRAMES = {"thank", "remind", "congratulate", "apologise", "apologize", "ask", "reassure", "welcome"}
# what the mind does without a will: "I will never forget", "we won't know until Friday" refuse nothing
UNWILLED_VERBS = {
    "forget", "remember", "know", "believe", "understand", "see", "feel", "think", "expect", "imagine", "recover",
    "happen", "last", "work", "matter", "win", "lose", "succeed", "fail", "survive", "face", "receive", "get",
}
# what one campaigns for when one runs for it ("campaigned for the presidency"), not backs it
OFFICE_SEEKING = {"campaign"}
OFFICES = {
    "presidency", "office", "seat", "reelection", "re-election", "election", "nomination", "mayoralty", "leadership",
}
# verbs that judge rather than back when their object is a person ("praised Trump", unlike "praised the deal")
PERSON_JUDGED = {"praise"}
# verbs that host a person rather than accept a thing ("welcomed another visitor")
HOSTING_VERBS = {"welcome", "greet", "receive"}
# nouns a possessor speaks or acts through ("his government rejected", "her campaign denied"), unlike
# things or events ("his meeting suggests", "her decision reflects")
ACTING_BODIES = BODY_VOICES | ORG_NOUNS | {
    "team", "camp", "campaign", "government", "administration", "ally", "lawyer", "attorney", "office", "family",
    "supporter", "staff", "cabinet", "army", "military", "force", "troops", "police", "side", "delegation",
    "negotiator", "envoy",
}
# subjects of a negated will/would that make it the holder's own refusal ("they won't cede"), unlike a
# forecast about something else ("the issue would not go away")
SELF_SUBJECTS = {"i", "we", "he", "she", "they"}
# verb + particle (or fixed preposition) pairs that change the verb's meaning
PHRASAL_CUES: dict[tuple[str, str], Stance] = {
    ("call", "for"): "demands", ("rule", "out"): "rejects", ("put", "forward"): "proposes",
    ("put", "together"): "proposes", ("push", "for"): "demands", ("hold", "off"): "defers",
    ("insist", "on"): "demands", ("turn", "down"): "rejects", ("sign", "up"): "accepts",
    ("press", "for"): "demands", ("lobby", "for"): "demands", ("appeal", "for"): "demands",
    ("ask", "for"): "demands", ("argue", "for"): "demands", ("campaign", "for"): "supports",
    ("call", "on"): "demands", ("vote", "for"): "supports", ("vote", "against"): "opposes",
    ("object", "to"): "opposes", ("argue", "against"): "opposes", ("campaign", "against"): "opposes",
    ("be", "against"): "opposes", ("speak", "against"): "opposes", ("hit", "out"): "opposes",
    ("lash", "out"): "opposes",
}
# verb + prepositional object that together state a stance ("put X on hold")
PREP_OBJECT_CUES: dict[tuple[str, str, str], Stance] = {
    ("put", "on", "hold"): "defers", ("put", "on", "ice"): "defers", ("take", "off", "table"): "rejects",
}
# nouns that name a stance; their possessor (or the clause's actor) holds it
NOUN_CUES: dict[str, Stance] = {
    "demand": "demands", "condition": "demands", "precondition": "demands", "requirement": "demands",
    "ultimatum": "demands", "proposal": "proposes", "plan": "proposes", "offer": "proposes",
    "refusal": "rejects", "rejection": "rejects", "opposition": "opposes", "threat": "threatens",
    "call": "demands", "support": "supports", "criticism": "opposes", "condemnation": "opposes",
    "request": "demands", "backing": "supports", "protest": "opposes",
}
# noun cues that state a stance only with these prepositions ("a call for an inquiry", not "a call on Monday")
NOUN_CUE_PREPS: dict[str, set[str]] = {
    "call": {"for"}, "support": {"for"}, "criticism": {"of"}, "condemnation": {"of"}, "request": {"for"},
    "backing": {"for"}, "protest": {"against"},
}
# noun cues that state the stance of a verb's subject only under verbs of taking part ("staged a protest
# against X", unlike "police broke up a protest against X"); "stag": the lemma spaCy gives "staged"
NOUN_CUE_VERBS: dict[str, set[str]] = {
    "protest": {"stage", "stag", "hold", "lead", "organise", "organize", "join", "launch", "mount", "start", "plan"},
}
# nouns for one who holds a stance ("a staunch X supporter", "a critic of X"): who the noun describes holds it
AGENT_NOUNS: dict[str, Stance] = {
    "supporter": "supports", "backer": "supports", "opponent": "opposes", "critic": "opposes",
}
# verbs whose object is a stance someone else holds toward the subject ("received support from X": X
# supports the subject)
RECEIVING_VERBS = {"receive", "win", "gain", "get", "draw", "attract", "face"}
# verbs that introduce what someone says, thinks aloud or makes known
STATEMENT_VERBS = {
    "say", "tell", "insist", "make", "warn", "state", "stress", "argue", "add", "write", "respond",
    "announce", "signal", "declare", "maintain", "explain", "reiterate", "repeat", "claim", "confirm",
    "indicate", "note", "emphasise", "emphasize", "assert", "vow", "pledge", "promise",
}
# modals in a reported clause that turn it into a demand ("X should surrender")
DEMAND_MODALS = {"must", "should"}
DEMAND_MARKERS = {("have", "to"), ("need", "to"), ("ought", "to")}
# a future or volitional auxiliary that, negated, refuses ("won't cede")
REFUSAL_AUX = {"will", "would", "shall"}
# commitments one declares oneself free of with "no longer" ("no longer bound by the moratorium", "will no
# longer abide by the deal"): a rejection of what binds
BINDING_VERBS = {"bind", "abide", "honour", "honor", "adhere", "comply", "commit", "respect", "observe"}
# predicates that mark an option as open or closed ("no X is on the table")
OPTION_PHRASES = {("on", "table")}
# words that mark a statement as unconfirmed ("declined to confirm whether ...")
UNCONFIRMING_VERBS = {"decline", "refuse"}
CONFIRM_VERBS = {"confirm", "say", "comment", "disclose", "specify"}
# what one asks for or declines about one's own speaking ("requested anonymity", "declined comment"): no stance
SPEAKING_TERMS = {"anonymity", "comment", "confidentiality", "interview"}
# what one declines to do when one only declines to speak ("refused to comment further"): no stance
SPEAKING_OUT = CONFIRM_VERBS | {"elaborate", "discuss", "speculate", "answer", "respond", "reveal", "name", "identify"}
# verbs whose subject's content a stance noun can be ("his demands included X", "her plan is X")
CONTENT_VERBS = {"be", "include", "involve", "remain", "mean", "require", "contain", "cover"}
FIRST_PERSON = {"i", "we", "me", "us", "our", "my"}
