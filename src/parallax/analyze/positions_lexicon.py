"""Cue words for actors' stances, by lemma: the only language-specific knowledge of ``positions``.

Kept apart from the rules so a user can read (and extend) what counts as demanding, rejecting or
deferring without reading the parse walking.
"""

from __future__ import annotations

from parallax.analyze.cues import BODY_VOICES, ORG_NOUNS, PERSON_DESCRIPTORS, ROLE_NOUNS
from parallax.analyze.cues import NOUN_CUES as SPEECH_NOUNS
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
    "request": "demands", "suggest": "proposes", "praise": "supports", "hope": "demands",
    "hop": "demands",
    "criticise": "opposes", "criticize": "opposes", "condemn": "opposes", "denounce": "opposes",
    "defend": "supports", "doubt": "rejects", "protest": "opposes", "attempt": "proposes", "seek": "proposes",
    "intend": "proposes", "aim": "proposes", "vow": "proposes", "pledge": "proposes", "promise": "proposes",
    "continue": "proposes",
    "boycott": "rejects", "shun": "rejects", "renounce": "rejects", "spurn": "rejects", "snub": "rejects",
    "repudiate": "rejects", "disavow": "rejects", "attack": "opposes",
    "blast": "opposes", "slam": "opposes", "hammer": "opposes", "lambast": "opposes", "lambaste": "opposes",
    "rebuke": "opposes", "decry": "opposes", "deplore": "opposes", "castigate": "opposes", "quash": "rejects",
    "plead": "demands", "complain": "opposes",
    "mock": "opposes", "ridicule": "opposes", "deride": "opposes", "assail": "opposes", "bemoan": "opposes",
    "berate": "opposes", "excoriate": "opposes", "chide": "opposes", "scold": "opposes",
    "reverse": "rejects", "overturn": "rejects", "repeal": "rejects", "rescind": "rejects", "revoke": "rejects",
    "scrap": "rejects", "undo": "rejects", "embrace": "accepts",
}
# verbs that undo a rule or a decision ("will reverse a regulation", "rolling back this rule", "struck down X"): a
# rejection of what they undo, not of a score or a lead won back ("overturned a two-goal deficit")
UNDOING_VERBS = {"reverse", "overturn", "repeal", "rescind", "revoke", "scrap", "undo", "roll", "strike"}
# cues that, told with a modal, guess what may come ("could overturn the will of the voters", "may eventually
# embrace it"), unless an announcement reports them ("announced the administration will reverse X")
FORECASTABLE_CUES = UNDOING_VERBS | {"embrace"}
LOST_GROUND = {"deficit", "lead", "score", "result", "trend", "fortune", "course", "loss", "defeat"}
# verbs that criticise only figuratively ("slammed the decision", not "slammed the door", "blasted the ball
# into the net", "blasted three home runs"): a stance only toward someone, something someone owns or did, or
# with the grounds given ("for X", "saying X")
FIGURATIVE_CUES = {"blast", "slam", "hammer"}
# phrasal cues that criticise only the same way ("called out the senator", not "called out the reserves")
FIGURATIVE_PHRASES = {("call", "out")}
# verbs whose "to"/"with" phrase and plain object name whom one addresses or what one claims, not the matter
# ("complained to the referee about X", "pleaded with voters to X", "pleaded ignorance"): the matter is the
# cue's own phrase, the deed asked or the clause said
ADDRESSING_VERBS = {"complain", "plead"}
# verbs that ask a deed of whom their preposition names ("pleaded with voters to reject X", "appealed to
# residents to stay indoors"), as "urged voters to" asks it of its object
ASKED_THROUGH: dict[str, str] = {"plead": "with", "appeal": "to"}
# verbs of attention that state an effort still made when one is busy with a deed ("We are now concentrating
# on searching for survivors", "the group is focusing on ending the violence"), not with a topic ("an ad
# focused on immigration", "the discussion will focus on X")
FOCUS_PHRASES = {("concentrate", "on"), ("focus", "on")}
# what one says or decides: a thing a figurative cue can criticise ("slammed the decision")
SAID_OR_DECIDED = {
    "decision", "move", "ruling", "verdict", "announcement", "policy", "plan", "deal", "remark", "comment",
    "statement", "report", "bill", "law", "proposal", "claim", "speech", "response", "handling", "approach",
    "budget", "reform", "strategy", "tweet", "letter", "investigation", "probe", "review", "vote", "choice",
    "prosecution", "charge", "accusation", "allegation", "measure", "sanction", "ban", "order", "cut", "action",
}
# verbs of effort or intent: an aim still held (a position) in the present ("is attempting to slice the deficit",
# "seeks to", "plans to expand X"), an event told in the past ("attempted to break through the police line",
# "planned to travel")
EFFORT_VERBS = {"attempt", "seek", "plan", "intend", "aim"}
# verbs of intent that state one only as the holder's own deed to come: "plans to expand X" (not "planned a
# walkout", read as a thing), "vowed to fight on", "will continue to monitor X" (not "prices continue to rise",
# "continued to talk": a story); they take only a to-infinitive
INTENT_VERBS = {"plan", "intend", "aim", "vow", "pledge", "promise", "continue"}
# intent verbs that state an intent only in the future ("will continue to monitor X")
FUTURE_INTENT_VERBS = {"continue"}
# cues that criticise only with the grounds given ("attacked X for a fundraiser"), unlike a deed of violence
# ("attacked the police")
GROUNDED_CUES = {"attack"}
# nouns of time that make a "for"/"over" phrase a span, not grounds ("attacked the station for the second time")
TIME_NOUNS = {"time", "moment", "minute", "hour", "day", "night", "week", "month", "year", "decade", "while"}
# verbs that demand only of someone named as their object ("asked Turkey to support X", "told Iran to
# withdraw"); alone they state nothing ("asked about X", "told reporters")
# ("encourage" asks nothing: "encouraged his fans to vote" cheers them on)
# decisions put impersonally ("At a meeting of the commission it was decided to hold X") and the gatherings that
# take them: the body that met proposes the deed
RESOLVING_VERBS = {"decide", "agree", "resolve"}
MEETING_NOUNS = {"meeting", "session", "summit", "conference", "congress", "plenum", "sitting", "gathering"}
# verbs that put a means to a purpose ("is using civil rights law to restrict X"): the purpose is an aim held
MEANS_VERBS = {"use", "exploit", "leverage", "harness", "employ"}
# verbs of asking or ordering that mandate what a bare clause says ("asked that their names not be released",
# "ordered him held without bail"): a demand of whoever must see to it
MANDATIVE_VERBS = {"ask", "request", "demand", "insist", "urge", "order", "require", "direct"}
CONTROL_DEMANDS = {"ask", "tell", "order", "instruct", "implore", "beg", "pressure", "appeal"}
# warnings that are threats only when they announce the holder's own (or a conditional) action ("warned it
# would retaliate", "warned that X would face sanctions if ..."), not a forecast ("warned the plan would fail")
WARNING_VERBS = {"warn"}
# cues that state a stance only toward a thing ("declined the offer", not "declined to comment")
NOUN_OBJECT_ONLY = {"decline", "plan", "back", "suggest", "request"}
# verbs of wishing: a demand only when they ask something of others ("wants Ukraine not to mobilise",
# "wants a ceasefire"), not when they tell the holder's own wish ("I want to live in ...", "we all want
# what's best")
# ("hop": the lemma spaCy gives "hoping", "hoped", "hopes")
WISH_VERBS = {"want", "hope", "hop"}
# wishes that ask only of someone, for something one can do ("hoping someone will come forward")
PERSONAL_WISHES = {"hope", "hop"}
INDEFINITE_PERSONS = {"someone", "anyone", "everyone", "somebody", "anybody", "everybody"}
# an appeal to the public ("Anyone with information is asked to contact X"): verbs that ask it, the people asked
# and what they are asked to do; whom they are asked to reach makes the appeal
APPEAL_VERBS = {"ask", "urge", "encourage", "request"}
PUBLIC_NOUNS = {"public", "witness", "resident", "member", "people", "driver", "motorist", "parent"}
CONTACT_VERBS = {"contact", "call", "phone", "email", "ring", "text"}
# what one "wants to" do when the wish only frames what is said next ("I want to emphasize that ...")
SPEECH_FRAMES = {"thank", "remind", "congratulate", "apologise", "apologize", "ask", "reassure", "welcome"}
# imperatives that only frame talk or greet ("Look, ...", "Believe me", "Tell me if ...", "Rest in peace", "Come on",
# "Don't get me wrong"), unlike one that asks a deed ("Vote for unity", "Stand up for kindness")
TALK_IMPERATIVES = {
    "look", "listen", "see", "say", "tell", "ask", "imagine", "remember", "think", "believe", "trust", "wait", "come",
    "go", "let", "thank", "excuse", "forgive", "mind", "guess", "kid", "take", "add", "consider", "picture", "note",
    "mark", "understand", "know", "rest", "wish", "want", "worry", "get", "bless", "hear", "read", "check",
    "enjoy", "welcome", "meet", "follow", "watch", "keep",
}
# what the mind does without a will: "I will never forget", "we won't know until Friday" refuse nothing
UNWILLED_VERBS = {
    "forget", "remember", "know", "believe", "understand", "see", "feel", "think", "expect", "imagine", "recover",
    "happen", "last", "work", "matter", "win", "lose", "succeed", "fail", "survive", "face", "receive", "get",
    "suffer", "sustain", "hear", "notice", "realize", "realise", "recognize", "recognise", "spread", "occur",
}
# what one campaigns for when one runs for it ("campaigned for the presidency"), not backs it
OFFICE_SEEKING = {"campaign", "seek"}
OFFICES = {
    "presidency", "office", "seat", "reelection", "re-election", "election", "nomination", "mayoralty", "leadership",
}
# what one defends as a holder of it in a contest ("defend their title", "defended his seat"), not backs
HOLDING_VERBS = {"defend"}
HOLDINGS = {"title", "crown", "championship", "lead", "seat", "belt", "record", "majority", "territory", "city"}
# verbs that name a thing with a label ("called the cuts savage attacks", "described it as a betrayal")
NAMING_VERBS = {"call", "describe", "brand", "label", "dub", "term", "denounce", "condemn"}
# labels that condemn what they name: nouns of wrongdoing or ruin, and adjectives of blame
CONDEMNING_NOUNS = {
    "attack", "assault", "disaster", "catastrophe", "mistake", "error", "failure", "betrayal", "scandal", "outrage",
    "disgrace", "travesty", "farce", "insult", "crime", "theft", "robbery", "lie", "sham", "fraud", "provocation",
    "aggression", "violation", "atrocity", "massacre", "blunder", "folly", "madness", "injustice", "persecution",
    "hoax", "smear", "abuse",
}
# nouns that only classify what a label names ("a form of persecution", "an act of aggression"): the "of" noun judges
KIND_NOUNS = {"form", "kind", "sort", "type", "act", "case", "example"}
CONDEMNING_ADJECTIVES = {
    "savage", "baseless", "groundless", "unacceptable", "outrageous", "ridiculous", "absurd", "wrong", "unfair",
    "unjust", "illegal", "unlawful", "shameful", "disgraceful", "irresponsible", "reckless", "dangerous",
    "provocative", "hostile", "cruel", "brutal", "disastrous", "ludicrous", "false", "barbaric", "criminal",
    "appalling", "deplorable", "heinous", "cowardly", "despicable", "scandalous", "unqualified", "unfit",
    "incompetent", "dishonest", "corrupt", "crooked", "unhinged", "racist", "sexist", "bigoted", "hypocritical",
    "disgusting", "pathetic", "inept", "unsound", "misleading", "unscientific", "flawed",
}
# what one seeks as a need, not as an aim ("seeking help at a clinic", "sought asylum")
NEEDS = {"help", "treatment", "asylum", "shelter", "refuge", "care", "cover", "safety", "medical", "attention"}
# verbs that judge rather than back when their object is a person ("praised Trump", unlike "praised the deal")
PERSON_JUDGED = {"praise", "defend"}
# verbs that host a person rather than accept a thing ("welcomed another visitor")
HOSTING_VERBS = {"welcome", "greet", "receive", "embrace"}
# nouns a possessor speaks or acts through ("his government rejected", "her campaign denied"), unlike
# things or events ("his meeting suggests", "her decision reflects")
ACTING_BODIES = BODY_VOICES | ORG_NOUNS | {
    "team", "camp", "campaign", "government", "administration", "ally", "lawyer", "attorney", "office", "family",
    "supporter", "staff", "cabinet", "army", "military", "force", "troops", "police", "side", "delegation",
    "negotiator", "envoy",
}
# bodies a speaker speaks for when they are the subject of a refusal the speaker reports ("X said the
# government would not abandon its drive": X's refusal)
SPOKEN_FOR_BODIES = {"government", "administration", "cabinet", "party", "company", "ministry", "council", "union"}
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
    ("lash", "out"): "opposes", ("root", "for"): "supports",
    ("plead", "for"): "demands", ("complain", "about"): "opposes", ("rail", "against"): "opposes",
    ("call", "out"): "opposes", ("concentrate", "on"): "proposes", ("focus", "on"): "proposes",
    ("plead", "guilty"): "accepts",  # a plea: the charge named after "to" is accepted ("not guilty": rejected)
    ("roll", "back"): "rejects", ("strike", "down"): "rejects",
}
# verbs by which a plea is entered in court ("a not guilty plea was entered on X's behalf", "X entered a plea of
# guilty"): who enters it, or on whose behalf, pleads
ENTERING_VERBS = {"enter", "make", "file", "lodge", "submit", "offer", "change"}
# the particles of phrasal cues the parse may read as adverbs ("rolling back this rule": "back" an advmod)
ADVERB_PARTICLES = {"back", "down"}
# phrasal cues that back a cause ("rooting for Donald Trump's success") but only cheer a team or a name
# ("rooted for the Eagles", "root for Iowa"): a stance only toward a common noun
FAN_CUES = {("root", "for")}
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
    "request": "demands", "backing": "supports", "protest": "opposes", "intention": "proposes",
    "intent": "proposes", "priority": "supports", "aim": "proposes", "goal": "proposes", "objective": "proposes",
    "effort": "proposes", "bid": "proposes", "push": "proposes", "drive": "proposes", "attempt": "proposes",
}
# noun cues that state a stance only by what they are said to be, a deed ("my priority is to facilitate X",
# "our aim is to reach a deal"), not a thing ("a priority for the city", "the goal was a stunner")
AIM_NOUNS = {"priority", "aim", "goal", "objective"}
# noun cues that state a stance only with these prepositions ("a call for an inquiry", not "a call on Monday")
NOUN_CUE_PREPS: dict[str, set[str]] = {
    "call": {"for"}, "support": {"for"}, "criticism": {"of"}, "condemnation": {"of"}, "request": {"for"},
    "backing": {"for"}, "protest": {"against", "at", "over"},
}
# noun cues that state the stance of a verb's subject only under verbs of taking part ("staged a protest
# against X", unlike "police broke up a protest against X"); "stag": the lemma spaCy gives "staged"
NOUN_CUE_VERBS: dict[str, set[str]] = {
    "protest": {"stage", "stag", "hold", "lead", "organise", "organize", "join", "launch", "mount", "start", "plan"},
}
# noun cues under a preposition that frames an act ("torched buildings in protest against X"): whoever
# does the act holds the stance, and a doer the article does not name is named by the act
NOUN_CUE_FRAMES: dict[str, set[str]] = {"protest": {"in"}}
PROTESTERS = "protesters"
# nouns for one who holds a stance ("a staunch X supporter", "a critic of X"): who the noun describes holds it
AGENT_NOUNS: dict[str, Stance] = {
    "supporter": "supports", "backer": "supports", "opponent": "opposes", "critic": "opposes",
}
# verbs whose object is a stance someone else holds toward the subject ("received support from X": X
# supports the subject)
RECEIVING_VERBS = {"receive", "win", "gain", "get", "draw", "attract", "face"}
# plural nouns for people who, unnamed, hold a stance as a group ("Opposition conservatives are refusing
# to support it", "union leaders called for X"), unlike things ("reports suggest", "rules require")
GROUP_NOUNS = PERSON_DESCRIPTORS | {
    "leader", "conservative", "liberal", "progressive", "socialist", "communist", "nationalist", "lawmaker",
    "legislator", "politician", "critic", "opponent", "supporter", "campaigner", "marcher", "rioter", "consumer",
    "user", "unionist", "employee", "family", "relative", "protester", "protestor", "demonstrator", "civilian",
    "soldier", "troop", "migrant", "refugee", "prisoner", "citizen", "villager", "miner", "inmate", "fighter",
    "militant", "journalist", "member", "rebel", "official", "police", "officer", "investigator", "prosecutor",
    "detective", "authority", "environmentalist", "conservationist", "advocate", "scientist", "researcher",
    "economist", "analyst", "expert", "lawyer", "developer",
}
# staff who speak for the body named after them ("Officials at the interior ministry", "a spokesman for the party")
STAFF_NOUNS = BODY_VOICES | {"source"}
# words for a part of a group named just before ("Environmentalists praised X, but some expressed dismay")
PARTITIVES = {"some", "many", "others", "most", "several", "few", "one"}
# words of regret that a deed was not done ("expressed dismay that X didn't also rescind Y", "lamented that X had
# not acted"): the deed is wanted
REGRET_WORDS = {"dismay", "disappointment", "regret", "frustration", "anger", "lament", "bemoan", "deplore"}
# roles by which an article names again a person it named before ("The Republican candidate hailed X" after
# "Donald Trump has surged in the polls")
DESCRIBED_ROLES = ROLE_NOUNS | {"candidate", "nominee", "challenger", "incumbent", "frontrunner", "contender"}
# singular nouns for a body of people that holds a stance as one ("a crowd gathered to protest X")
COLLECTIVE_NOUNS = {"crowd", "mob", "throng", "movement"}
# counting words before "of" and the group they count ("thousands of protesters"): the group holds it
COUNTING_NOUNS = {"group", "crowd", "hundred", "thousand", "dozen", "score", "million", "number", "lot"}
# words that count or contrast a group rather than name it ("other union leaders", "many customers")
NOT_GROUP_WORDS = {"other", "many", "some", "few", "several", "more", "most", "all", "both", "such", "these",
                   "those", "the", "a", "an", "no", "any", "each", "every", "certain", "various", "numerous"}
# nouns for what a body issues and that then speaks for it ("issued a statement condemning X"): the
# issuer holds what the statement's participle states
ISSUED_NOUNS = SPEECH_NOUNS | {
    "letter", "message", "communique", "communiqué", "resolution", "note", "release", "order", "decree", "directive",
    "petition", "memorandum", "memo", "proclamation", "edict",
}
# verbs that introduce what someone says, thinks aloud or makes known
STATEMENT_VERBS = {
    "say", "tell", "insist", "make", "warn", "state", "stress", "argue", "add", "write", "respond",
    "announce", "signal", "declare", "maintain", "explain", "reiterate", "repeat", "claim", "confirm",
    "indicate", "note", "emphasise", "emphasize", "assert", "vow", "pledge", "promise",
}
# a decision said not yet made ("no decision had yet been made on the matter"): the matter is put off
DECISION_NOUNS = {"decision", "determination"}
DECIDING_VERBS = {"make", "take", "reach"}
# modals in a reported clause that turn it into a demand ("X should surrender")
DEMAND_MODALS = {"must", "should"}
DEMAND_MARKERS = {("have", "to"), ("need", "to"), ("ought", "to")}
# what "there is no X (for us) to do Y" denies Y ("There is no ground for us to get bound to the commitment any
# longer", "there is no reason to change course"): a deed refused
REASON_NOUNS = {"ground", "reason", "need", "justification", "basis", "excuse"}
# harms a speaker charges others with doing to what is theirs ("They killed my little brother", "the measures
# abolish our rights"): the doer is opposed
HARM_VERBS = {
    "kill", "murder", "slaughter", "abolish", "destroy", "steal", "violate", "trample", "rob", "ruin", "betray",
    "erode", "undermine", "bomb", "torture", "abuse", "shoot", "wreck", "crush",
}
# what one says one is glad of ("We are thrilled to have X host the show", "I am so excited to be hosting X", "It
# is an honor to welcome back X"): adjectives and nouns of welcome; the deed they take is accepted
APPROVAL_ADJECTIVES = {
    "thrilled", "delighted", "excited", "honoured", "honored", "proud", "pleased", "happy", "glad", "eager",
    "privileged", "overjoyed", "ecstatic", "grateful", "keen",
}
APPROVAL_NOUNS = {"honor", "honour", "pleasure", "privilege", "delight", "thrill", "joy"}
# a thing said not to match what a body stands for ("X does not reflect the values of the brand"): the body's
# speaker disowns it; verbs of matching and the nouns for what one stands for
MATCHING_VERBS = {"reflect", "represent", "embody", "align", "match", "fit"}
VALUE_NOUNS = {"value", "principle", "ethos", "ideal", "standard", "belief", "mission", "spirit", "view"}
# nouns of effort a holder makes toward a deed ("has made an effort to diversify", "launched a bid to overturn
# X", "in an effort to cut costs"), with the verbs that make them; not one that failed
EFFORT_NOUNS = {"effort", "bid", "push", "drive", "attempt"}
EFFORT_MAKING_VERBS = {"make", "launch", "lead", "mount", "begin", "start", "spearhead", "renew", "step", "redouble"}
FAILED_WORDS = {"failed", "unsuccessful", "vain", "futile", "abortive", "botched", "aborted"}
# what one charges others with and which a first-person "we did not X" then denies ("accused", "the claims")
CHARGE_WORDS = {
    "accuse", "accusation", "allege", "allegation", "allegedly", "claim", "charge", "blame", "suggestion",
    "rumour", "rumor", "deny", "denial", "insist",
}
# ties to something one denies by saying they are not so ("it's not related to X", "we were not involved")
# wrongs one charges others with by saying one suffers them ("argued he was being persecuted")
WRONGING_VERBS = {
    "persecute", "target", "discriminate", "harass", "victimize", "victimise", "frame", "scapegoat", "smear",
    "censor", "silence", "mistreat", "bully", "intimidate", "vilify", "demonize", "demonise", "defame", "slander",
}
# events one denies by saying they never took place ("claimed the shootings didn't happen")
DENIED_EVENTS = {"happen", "occur", "exist"}
DENIED_LINKS = {"related", "linked", "connected", "involved", "responsible", "true", "behind"}
# sanctions that, announced in the passive future ("will be punished", "will be held accountable"), are
# demanded: verbs that are sanctions alone, and verbs that are with a word of their phrase
SANCTION_VERBS = {"punish", "prosecute", "jail", "arrest"}
SANCTION_PHRASES = {("hold", "accountable"), ("hold", "responsible"), ("bring", "justice")}
# a future or volitional auxiliary that, negated, refuses ("won't cede")
REFUSAL_AUX = {"will", "would", "shall"}
# commitments one declares oneself free of with "no longer" ("no longer bound by the moratorium", "will no
# longer abide by the deal"): a rejection of what binds
BINDING_VERBS = {"bind", "abide", "honour", "honor", "adhere", "comply", "commit", "respect", "observe"}
# measures one decides on, which "there will be no X" rules out when its taker announces it ("announced that
# there would not be any charges", "said there will be no second referendum"), unlike a forecast of events
# ("there would be no rain", "no delays")
DECIDED_MEASURES = {
    "charge", "prosecution", "indictment", "referendum", "concession", "exemption", "exception", "bailout",
    "pardon", "amnesty", "extension", "compromise", "u-turn", "action",
}
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
