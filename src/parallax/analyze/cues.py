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
    counter retort rule brief believe think expect hope fear slam blast attack condemn welcome defend
    dismiss endorse thank mock blame tout cite question reject refuse discuss list tease lament
    decry hail applaud laud pitch demand plead find show feel figure worry doubt suspect wonder brand
    deem cry yell scream
    """
    )
)
"""Lemmas of verbs that introduce speech; the last ones (believe, think...) only with a clause."""

CLAUSE_ONLY = frozenset(
    _words(
        """
    believe think expect hope fear agree call describe rule find show feel figure worry doubt suspect
    wonder brand deem
    """
    )
)
"""Cues that report speech only when they govern a clause or a quote, not on their own."""

OBJECT_CUES = frozenset(
    _words(
        """
    accuse criticise criticize praise blame call urge ask announce deny confirm defend dismiss endorse
    thank mock slam blast attack reject condemn welcome propose demand promise pledge vow refuse
    threaten question describe recommend tout cite discuss mention predict claim acknowledge admit
    emphasise emphasize stress reiterate repeat decry hail applaud laud lament pitch plead
    """
    )
)
"""Cues whose object, not a clause, is what was said ("accused X of Y", "called for Z", "denied it")."""

NOUN_CUES = frozenset(
    _words(
        """
    statement claim assertion suggestion warning argument announcement promise pledge insistence
    allegation accusation charge remark comment view belief admission acknowledgment
    acknowledgement prediction assurance contention declaration threat complaint
    """
    )
)
"""Nouns that report speech when a that-clause hangs from them ("an assertion that X")."""

PHRASAL_PARTICLES = {"rule": "out"}
"""Cues that need a particle to be reporting ("ruled out")."""

NOT_SPEECH_PARTICLES = {
    "call": {"off", "up", "in", "back"}, "add": {"up"}, "back": {"down", "off", "away"},
    "write": {"down", "off", "up"}, "note": {"down"}, "tell": {"apart"},
}
"""Particles that turn a cue into another verb ("called off the strike", "added up", "backed down")."""

PERSON_TITLES = frozenset(
    _words(
        """
    mr mrs ms miss dr prof sir dame lord lady president vice prime minister premier chancellor envoy
    secretary senator sen rep representative congressman congresswoman governor gov mayor ambassador
    spokesman spokeswoman spokesperson adviser advisor king queen prince princess pope general gen
    colonel col lieutenant captain judge justice chief chairman chairwoman chair director commissioner
    leader speaker deputy foreign defence defense interior finance national security special former
    sheikh emir president-elect attorney constable assemblyman assemblywoman assemblymember councillor
    councilor councilman councilwoman sergeant sgt detective inspector superintendent sheriff marshal
    commander admiral archbishop bishop cardinal rabbi imam reverend rev professor coach corporal cpl insp supt
    lt capt maj cmdr det cst const pte pvt brig
    """
    )
)
"""Words that stand before a person's name as a title; stripped from names."""

PERSON_DESCRIPTORS = frozenset(
    _words(
        """
    resident residents passenger passengers witness eyewitness commuter survivor victim builder worker
    student teacher nurse doctor driver shopkeeper neighbour neighbor pensioner farmer fan voter protester
    activist businessman businesswoman owner manager engineer pilot firefighter paramedic mother father
    grandmother grandfather widow local onlooker bystander tourist shopper customer patient parent
    rapper singer actress actor comedian musician presenter novelist
    """
    )
)
"""Words that describe who a person is when they open a sentence before the name ("Resident Jane Roe
said"): stripped, for they are no part of the name."""

KINSHIP = frozenset(
    _words(
        """
    wife husband widow widower partner fiancee fiancée fiance fiancé son daughter stepson stepdaughter brother
    sister mother father stepmother stepfather grandson granddaughter grandmother grandfather cousin nephew
    niece uncle aunt lady
    """
    )
)
"""Words that introduce a person as someone's relative ("his wife, X"; "lady" as in "first lady X")."""

ROLE_NOUNS = frozenset(
    _words(
        """
    president minister chancellor premier envoy secretary senator governor mayor ambassador spokesman
    spokeswoman spokesperson adviser advisor king queen prince pope general leader chief chairman
    chairwoman director commissioner speaker leader ceo head driver coach manager captain judge
    """
    )
)
"""Nouns that name a role an article can tie to one person ("the Russian president")."""

ORG_NOUNS = frozenset(
    _words(
        """
    union company firm party ministry department agency council group bank regulator watchdog committee
    court airline charity carmaker automaker retailer broadcaster insurer lender manufacturer supermarket
    chain club university hospital association federation organisation organization alliance coalition
    network giant conglomerate newspaper commission authority board team
    """
    )
)
"""Common nouns that say what kind of body an organisation is ("the union", "the carmaker")."""

COMPANY_KINDS = frozenset(
    _words(
        """
    firm carmaker automaker retailer manufacturer airline lender insurer broadcaster supermarket chain
    conglomerate giant maker
    """
    )
)
"""Kinds of company: an organisation described by one of them ("the carmaker X", "makers X") is also what
"the company" later names."""

BODY_KINDS = ORG_NOUNS | frozenset(_words("platform website site portal label outlet app magazine startup"))
"""Common nouns that, set right before a one-word name, say it is a body's ("news platform X")."""

ORG_NAME_HEADS = ORG_NOUNS | frozenset(
    _words(
        """
    advertiser gazette herald journal times post tribune chronicle courier telegraph mail express examiner
    inquirer observer bulletin news press radio television broadcasting police brigade branch service
    services institute foundation fund trust office school college
    """
    )
)
"""Last words that make a name an organisation's ("Daily Herald", "Transport Police", "Relief Fund")."""

BODY_VOICES = frozenset(
    _words(
        """
    spokesperson spokesman spokeswoman representative official analyst economist strategist researcher
    executive aide staffer
    """
    )
)
"""Role words whose holder speaks for a body ("analysts at X said"), unlike "a lawyer for X"."""

ENTOURAGE_NOUNS = frozenset(
    _words("camp campaign team aide staff staffer spokesman spokeswoman spokesperson lawyer attorney office ally")
)
"""Lemmas of the people around a person who speak for them ("her camp said", "his lawyers said")."""

PRESS_NOUNS = frozenset(_words("paper newspaper daily tabloid broadsheet weekly"))
"""Nouns by which an article names a newspaper it named before ("the paper said")."""

PRESS_NAME_HEADS = frozenset(
    _words("gazette herald journal times post tribune chronicle courier telegraph mail express examiner inquirer")
)
"""Last words of a newspaper's name ("Washington Post"): such a name is a paper "the paper" can stand for."""

STATE_ARMS = frozenset(_words("force military army navy government authority"))
"""Lemmas of the arms a state speaks through: with its demonym or name ("US forces said", "the Turkish
government said") they speak for that country."""

STATE_BODIES = frozenset(_words("ministry department agency embassy consulate commission council parliament"))
"""Offices of a state that speak as themselves ("the German foreign ministry said"), named by the words
that describe them when no proper name was given."""

EXAMPLE_PREPS = frozenset({"like", "including"})
"""Prepositions by which a plural noun names its examples ("Liberals like X and Y say"): those named speak."""

PERSON_NOUNS = BODY_VOICES | ROLE_NOUNS | PERSON_DESCRIPTORS
"""Common nouns that name a person: a voice of a body, a role, or a description ("the spokesman", "a fan")."""

PEOPLE_NOUNS = frozenset(
    _words(
        """
    people person civilian soldier troop child children man men woman women migrant refugee prisoner hostage
    pilgrim citizen villager crew member staff miner inmate spectator fighter militant officer police journalist
    demonstrator visitor guest delegation crowd player
    """
    )
)
"""Plain nouns for people, or a body of them, that name no one before a name: what a toll counts ("12
civilians killed") and whom one hosts ("welcomed the prisoners"), beside ``PERSON_NOUNS``."""

PRONOUN_GENDERS = {
    **dict.fromkeys(("he", "him", "his", "himself"), "m"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "f"),
}
"""Grammatical gender of the third-person pronouns that name a person."""

PERSON_PRONOUNS = frozenset(PRONOUN_GENDERS)

TITLE_GENDERS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
"""Titles that tell a person's gender."""

NOUN_GENDERS = {
    **dict.fromkeys(_words("""wife widow mother daughter sister lady queen princess actress chairwoman spokeswoman
    businesswoman congresswoman sportswoman grandmother stepdaughter niece aunt girlfriend"""), "f"),
    **dict.fromkeys(_words("""husband widower father son brother king prince actor chairman spokesman businessman
    congressman sportsman grandfather stepson nephew uncle boyfriend"""), "m"),
}
"""Nouns before a name that tell the person's gender ("his wife, X", "first lady X")."""

DETERMINERS = frozenset({"the", "a", "an"})

INDEFINITE = frozenset({"a", "an", "another"})
"""Determiners that bring in someone not met before ("a senior official said"): no one named earlier."""

NAMING = frozenset(_words("call dub name title entitle nickname label brand"))
"""Participles that give a name ('an account called "X"', 'a plan dubbed "X"'): what follows is no speech."""

NAMED_AS = frozenset(_words("know bill brand"))
"""Verbs that give a name through "as" ('known as "X"', 'billed as "X"')."""

LISTENER_CUES = frozenset(_words("tell ask inform brief thank assure reassure"))
"""Cues whose object is the listener ('told "Fox News"'), not the words said."""

PLATFORMS = frozenset(_words("instagram twitter facebook youtube snapchat tiktok weibo"))
"""Social platforms whose name a caption credit runs into the name after it ("Instagram Jane Roe")."""

NEWS_AGENCIES = frozenset(_words("reuters ap afp"))
"""Wire agencies whose credit closes a photo caption's place line ("Port Louis, Mauritius Reuters")."""

CAPTION_WORDS = frozenset(_words("click tap play watch share view buy photo photos image video slideshow gallery"))
"""Words of a page's photo and video controls that a flattened page runs into the name before them
("Jane Roe Click to share", "Town Hall Image")."""

PARTY_NOUNS = {"democrat": "democrat", "democratic": "democrat", "republican": "republican", "gop": "republican"}
"""Party words before a name ("Democratic Sen. X", "Republican X") and the noun that later stands for the
one member so named ("the Democrat")."""

PARTY_LETTERS = {"D": "democrat", "R": "republican"}
"""Party letters of a congressional label after a name ("X (D-N.Y.)", "X, R-Wis.,")."""

DEMONYM_NOUNS = {
    **dict.fromkeys(("frenchman", "frenchwoman"), "French"),
    **dict.fromkeys(("briton", "brit"), "British"),
    **dict.fromkeys(("englishman", "englishwoman"), "English"),
    **dict.fromkeys(("scot", "scotsman", "scotswoman"), "Scottish"),
    **dict.fromkeys(("welshman", "welshwoman"), "Welsh"),
    **dict.fromkeys(("irishman", "irishwoman"), "Irish"),
    **dict.fromkeys(("dutchman", "dutchwoman"), "Dutch"),
    "finn": "Finnish", "swede": "Swedish", "dane": "Danish", "pole": "Polish", "spaniard": "Spanish",
    "turk": "Turkish", "kiwi": "New Zealand", "aussie": "Australian", "icelander": "Icelandic",
}
"""Nouns for one person of a nation and the nation's adjective ("Frenchman X", "the Finn" after "Finnish
driver X"): a description, never part of the name."""

TITLE_ROLES = {"sen": "senator", "gov": "governor"}
"""Abbreviated titles and the role noun that later stands for the person ("Sen. X" ... "the senator")."""

NOT_CHOSEN = frozenset(
    _words(
        """new old young big small large little high low long short great many more most other first last next
    early late recent former current top major minor main further multiple several various own same
    different certain total full whole entire general key near far like north northern south southern east
    eastern west western central local national international such only few much less least initial
    previous prior original final ongoing completed separate unrelated upcoming impending incoming remaining
    particular possible potential brief later earlier following deciding"""
    )
)
"""Modifiers that say which, when, how many or how big: a fact about the referent, not a way of naming it."""
