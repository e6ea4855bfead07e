"""Stances a verb states ("reject", "call for", "put ... on hold", "cuts demanded by the EU", "received
support from X"): the verb's cue, its objects, its holder and the evidence.

Kept apart from ``positions`` (the noun and clause cues, and the whole) because the verb cues are the
largest reader, with filters of their own (a deed is no criticism, a past plan is a story, a wish must ask
something of others); the clause readers ask ``verb_stance`` first, so it lives here, below them.
"""

from __future__ import annotations

from spacy.tokens import Token

from parallax.analyze.cues import KINSHIP, PEOPLE_NOUNS, PERSON_NOUNS, PERSON_PRONOUNS, SPEECH_VERBS
from parallax.analyze.position_clauses import negated
from parallax.analyze.position_holders import SUBJECT_DEPS, Context, Holder, actor_of, find_holder, group_of
from parallax.analyze.position_spans import and_examples, list_items, make_position, object_span, subtree_span, trim
from parallax.analyze.positions_lexicon import (
    ADDRESSING_VERBS,
    ADVERB_PARTICLES,
    ASKED_THROUGH,
    CONTROL_DEMANDS,
    DEMAND_MODALS,
    EFFORT_VERBS,
    FAN_CUES,
    FIGURATIVE_CUES,
    FIGURATIVE_PHRASES,
    FOCUS_PHRASES,
    FORECASTABLE_CUES,
    FUTURE_INTENT_VERBS,
    GROUNDED_CUES,
    GROUP_NOUNS,
    HOLDING_VERBS,
    HOLDINGS,
    HOSTING_VERBS,
    INDEFINITE_PERSONS,
    INTENT_VERBS,
    LOST_GROUND,
    MANDATIVE_VERBS,
    MEANS_VERBS,
    MEETING_NOUNS,
    NEEDS,
    NOUN_CUES,
    NOUN_OBJECT_ONLY,
    OFFICE_SEEKING,
    OFFICES,
    PERSON_JUDGED,
    PERSONAL_WISHES,
    PHRASAL_CUES,
    PREP_OBJECT_CUES,
    RECEIVING_VERBS,
    REFUSAL_AUX,
    RESOLVING_VERBS,
    SAID_OR_DECIDED,
    SELF_SUBJECTS,
    SPEAKING_OUT,
    SPEAKING_TERMS,
    SPEECH_FRAMES,
    STATEMENT_VERBS,
    TIME_NOUNS,
    UNDOING_VERBS,
    UNWILLED_VERBS,
    VERB_CUES,
    WARNING_VERBS,
    WISH_VERBS,
)
from parallax.model import Position, Stance

OBJECT_DEPS = {"dobj", "xcomp", "ccomp", "attr", "oprd", "nsubjpass"}
OBJECT_PREPS = {"to", "for", "on", "against", "with"}
_PARTICLE_PREPS = {"from", "at"}  # what a phrasal cue takes after its particle ("hit out at X", "hold off from X")
REJECTING = {"rejects", "opposes", "denies"}
FLIP_WHEN_NEGATED: dict[str, Stance] = {"accepts": "rejects", "supports": "rejects", "proposes": "rejects"}
_PERSON_WORDS = PERSON_NOUNS | PEOPLE_NOUNS | KINSHIP
CRITICISABLE = SAID_OR_DECIDED | set(NOUN_CUES) | _PERSON_WORDS  # what a figurative cue criticises unowned
NEAR = 6
_ADJOINING = 2
_COMPLEMENTS = {"acomp", "oprd"}  # an adjective fixed with its verb ("pleaded guilty")
_TERMS = {"until", "unless", "if"}
_PREP_OBJECT_VERBS = frozenset(verb for verb, _, _ in PREP_OBJECT_CUES)  # only these read the phrase after them


def _verb_objects(verb: Token, extra: Token | None = None) -> list[Token]:
    """The verb's complements after it (a passive subject counts too), incl. a particle's object."""
    objs = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    cue_word = extra.i if extra is not None else None
    preps = OBJECT_PREPS | (_PARTICLE_PREPS if extra is not None and extra.dep_ == "prt" else set())
    if verb.lemma_ in ADDRESSING_VERBS:  # "complained to the referee about X": the referee is addressed
        objs = [o for o in objs if o.dep_ != "dobj"]
        preps = preps - {"to", "with"}
    phrases = [c for c in verb.children if c.dep_ in {"prep", "prt"} and (c.lower_ in preps or c.i == cue_word)]
    if extra is not None and extra.dep_ in _COMPLEMENTS:  # "pleaded guilty to X" ("pleaded guilty in May to X")
        objs = [o for o in objs if o.i != extra.i]
        phrases += [c for c in (*verb.children, *extra.children) if c.dep_ == "prep" and c.lower_ == "to"]
    objs += [
        g for c in phrases for g in c.children if g.dep_ in {"pobj", "pcomp"} and g.ent_type_ not in {"DATE", "TIME"}
    ]
    marked = extra.head.i if extra is not None and extra.dep_ == "mark" else None  # "call for X to do Y"
    objs += [
        c for c in verb.children
        if c.dep_ == "advcl" and ((c.tag_ == "VBG" and c.i == _next_word(verb, extra)) or c.i == marked)
    ]
    if verb.lemma_ in INTENT_VERBS:  # "plans to expand X", "vowed to fight on", "planning a walkout"; not a state
        objs = [o for o in objs if (o.dep_ == "xcomp" and o.lemma_ not in UNWILLED_VERBS | {"be", "have"})
                or (o.dep_ == "dobj" and verb.lemma_ in NOUN_OBJECT_ONLY)]  # ("will continue to be a priority")
    elif verb.lemma_ in NOUN_OBJECT_ONLY and _controller(verb) is None:  # "requested X to Y" asks Y of X
        objs = [o for o in objs if o.dep_ == "dobj" or (verb.lemma_ in MANDATIVE_VERBS and _mandated(o))]
    return [
        o for o in objs
        if (o.i > verb.i or o.dep_ == "nsubjpass" or _relative(o))  # "X, which the church renounced"
        and not (o.tag_ == "VBG" and o.lemma_ in STATEMENT_VERBS)  # "agreed, saying ..." says, not agrees to
    ]


def _relative(obj: Token) -> bool:
    """A relative pronoun standing for the thing ("goals that are opposed by X"): its antecedent is meant."""
    return obj.tag_ in {"WDT", "WP"} and obj.head.dep_ == "relcl"


def _described(verb: Token) -> bool:
    """A participle with its doer that describes a thing ("tough cuts demanded by the EU"): the doer holds
    the stance toward the thing described."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)


def _agent_end(verb: Token) -> int:
    """Where the verb's "by ..." agent names end (0 if none): who holds a passive stance is part of its
    evidence, what is said of them ("by Smith, who ...") is not."""
    names = [n for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
             for n in (g, *g.conjuncts)]
    return max((n.idx + len(n) for n in names), default=0)


def _aim_held(verb: Token) -> bool:
    """An effort told as an aim still held ("seeks", "is attempting", "will seek"), not in a past tense
    ("attempted", "was attempting": an event) nor as a gerund after a preposition ("accused X of attempting
    to Y", "without seeking Z")."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return not (verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux) or verb.dep_ == "pcomp")


def _tails_a_report(verb: Token) -> bool:
    """ "A camp was bombed, officials said, threatening to raise tensions": a participle after a report set
    after what it reports describes the reported event, not the speaker."""
    head = verb.head
    return (
        verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > head.i and head.lemma_ in STATEMENT_VERBS
        and any(c.dep_ == "ccomp" and c.i < head.i for c in head.children)
    )


def _antecedent_span(verb: Token) -> tuple[int, int]:
    """The noun phrase a relative clause hangs from, without the clause itself."""
    noun = verb.head
    return noun.left_edge.idx, noun.idx + len(noun)


def _nothing_offered(objects: list[Token]) -> bool:
    """ "offering no evidence", "accepted no blame": an object with "no" states no stance."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in objects[0].children)


def _asks_of_others(obj: Token) -> bool:
    """A wish that asks something of others: a thing ("wants a ceasefire") or a clause with its own
    subject ("wants Ukraine not to mobilise"), not a wh-word or the holder's own doing. A hope asks only
    of someone, for something one can do ("hoping someone will come forward", not "hopes the talks
    succeed" or "hopes he recovers")."""
    if obj.dep_ in {"xcomp", "ccomp"}:
        subjects = [c for c in obj.children if c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ not in {"WP", "WDT"}]
        if obj.head.lemma_ in PERSONAL_WISHES:
            done_to = any(c.dep_ == "auxpass" for c in obj.children)  # "hope they can be found": asks no one
            return not done_to and obj.lemma_ not in UNWILLED_VERBS and any(_someone(c) for c in subjects)
        return bool(subjects)
    return obj.tag_ not in {"WP", "WDT"}


def _someone(tok: Token) -> bool:
    """A word for someone who can act: a name, a pronoun, a group of people or an indefinite person."""
    return (
        tok.tag_ == "PRP" or tok.pos_ == "PROPN" or tok.lower_ in INDEFINITE_PERSONS or bool(group_of(tok))
        or tok.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
    )


def _a_cry(prep: Token) -> bool:
    """ "calling for help": a cry, not a demand (unlike "called for international help")."""
    return any(g.dep_ == "pobj" and g.lower_ == "help" and not list(g.children) for g in prep.children)


def _frames_speech(obj: Token) -> bool:
    """ "I want to emphasize that ...", "we want to thank X": the wish only frames what is said."""
    return obj.dep_ == "xcomp" and obj.lemma_ in STATEMENT_VERBS | SPEECH_FRAMES


def _a_person(obj: Token) -> bool:
    """An object that names people ("welcomed the visitors", "welcomed him"), not a thing or a plan."""
    return (
        obj.ent_type_ in {"PERSON", "NORP"}
        or obj.lower_ in PERSON_PRONOUNS | {"them", "us", "me"}
        or obj.lemma_.lower() in _PERSON_WORDS
    )


def _next_word(verb: Token, extra: Token | None) -> int:
    return (extra.i if extra is not None else verb.i) + 1


def _agentless_passive(verb: Token) -> bool:
    """A passive without "by ...", or a past participle describing a thing: the stance's holder is not
    in the text ("talks were postponed", "the outs required to win")."""
    deps = {c.dep_ for c in verb.children}
    participle = verb.dep_ == "acl" and verb.tag_ == "VBN"  # "four outs required to clinch it"
    return ("auxpass" in deps or participle) and "agent" not in deps


def _under_rejection(verb: Token) -> bool:
    """Whether the verb is the object of a rejecting cue ("ruled out accepting X"): that cue holds it."""
    node = verb
    while (node.dep_ in {"xcomp", "pcomp", "pobj", "prep", "prt"} or node.tag_ == "VBG") and node.head.i != node.i:
        node = node.head
        found = verb_stance(node)
        if found and found[0] in REJECTING:
            return True
    return False


def _controller(verb: Token) -> Token | None:
    """Whom a verb's infinitive is asked of ("urged Iran to reject X": Iran; "pleaded with voters to reject X":
    the voters), if anyone."""
    if not any(c.dep_ == "xcomp" and c.i > verb.i for c in verb.children):
        return None
    through = ASKED_THROUGH.get(verb.lemma_)
    asked = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == through for g in c.children
             if g.dep_ == "pobj"]
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None) or next(iter(asked), None)


def _asked_of_another(verb: Token) -> bool:
    """ "urged Iran to reject X", "urged voters to get out and vote for Y": the rejecting or voting is asked of
    Iran or the voters, a stance neither holds yet."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "xcomp" and _controller(verb.head) is not None


def _own_threat(objects: list[Token], holder: Holder) -> bool:
    """Whether a warning announces the holder's own or a conditional action, not a forecast or a
    caution given to someone ("warned TfL about a crash")."""
    for clause in (o for o in objects if o.dep_ == "ccomp"):
        subj = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        own = subj is not None and (subj.lower_ in SELF_SUBJECTS | {"it"} or subj.i == holder.token.i)
        conditional = any(
            c.dep_ == "advcl" and any(m.lower_ in {"if", "unless"} for m in c.children) for c in clause.children
        )
        if own or conditional:
            return True
    return False


def verb_stance(verb: Token) -> tuple[Stance, Token | None] | None:
    """The stance a verb states (and the cue token that ends its phrase), from the lexicon."""
    if verb.pos_ not in {"VERB", "AUX"}:  # a noun ("the union's call for X") is read by ``positions``
        return None
    if verb.dep_ == "pobj" or any(c.dep_ in {"det", "compound"} for c in verb.children):
        return None  # a noun the tagger read as a verb ("despite repeated government attempts to ...")
    if verb.lemma_ in CONTROL_DEMANDS and _controller(verb) is not None:
        return "demands", None
    told = [g for c in verb.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "acl"]  # "ordered X held"
    if verb.lemma_ in MANDATIVE_VERBS and any(_mandated(c) and c.i > verb.i for c in (*verb.children, *told)):
        return "demands", None  # "asked that their names not be released", "ordered him held without bail"
    children = list(verb.children)
    taken = any(c.dep_ in {"dobj", "prt"} for c in children)  # "call him in for X" is no "call for X"
    for c in children:
        if c.dep_ == "prep" and _dated(c):
            continue  # "called by neighbours on Saturday": a date, not "call on X"
        fixed = c.dep_ in {"prt", *_COMPLEMENTS} or (c.dep_ == "prep" and not taken)  # "pleaded guilty"
        fixed = fixed or (c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES and c.i == verb.i + 1)
        if fixed and (verb.lemma_, c.lower_) in PHRASAL_CUES:
            if (verb.lemma_, c.lower_) in FOCUS_PHRASES and not _on_a_deed(verb, c):
                return None  # "plans to focus on jobs", "an ad focused on immigration": a topic, not an effort
            if c.dep_ == "prep" and _a_cry(c):
                return None
            return PHRASAL_CUES[(verb.lemma_, c.lower_)], c
    for clause in (c for c in children if c.dep_ == "advcl" and c.i > verb.i):
        mark = next((m for m in clause.children if m.dep_ == "mark" and m.i < clause.i), None)
        if mark is not None and (verb.lemma_, mark.lower_) in PHRASAL_CUES:  # "call for the race to be stopped"
            return PHRASAL_CUES[(verb.lemma_, mark.lower_)], mark
    preps = (t for t in verb.subtree if t.dep_ == "prep" and t.i > verb.i) if verb.lemma_ in _PREP_OBJECT_VERBS else ()
    for prep in preps:
        for obj in prep.children:
            key = (verb.lemma_, prep.lower_, obj.lemma_)
            if key in PREP_OBJECT_CUES:
                return PREP_OBJECT_CUES[key], obj
    if verb.lemma_ in FUTURE_INTENT_VERBS and not _future(verb):
        return None  # "prices continued to rise", "continued to talk": a story, not an intent
    if verb.lemma_ in GROUNDED_CUES and not _grounded(verb):
        return None  # "attacked the police": a deed, not a criticism
    if verb.lemma_ in VERB_CUES:
        return VERB_CUES[verb.lemma_], None
    return None


def _guessed(verb: Token) -> bool:
    """A deed told with a modal ("could overturn", "would have reversed", "will embrace"): what may come, unless
    reported as announced ("announced that the administration will reverse X")."""
    modals = [c for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"]
    announced = verb.dep_ == "ccomp" and verb.head.lemma_ in STATEMENT_VERBS
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)  # "would have reversed"
    return bool(modals) and not (announced and not perfect and all(m.lemma_ in REFUSAL_AUX for m in modals))


def _mandated(clause: Token) -> bool:
    """A clause a verb of asking or ordering mandates: a bare subjunctive after "that" ("asked that their names
    not be released", "demands that he resign") or a bare passive with its own subject ("ordered him held without
    bail"), not a statement of fact ("asked if he understood", "asked that he was there")."""
    if clause.dep_ == "acl" and clause.head.dep_ == "dobj":  # "ordered Adams held": the object is its subject
        return clause.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass", "mark"} for c in clause.children)
    if clause.dep_ != "ccomp" or clause.pos_ not in {"VERB", "AUX"}:
        return False
    aux = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    subject = any(c.dep_ in SUBJECT_DEPS for c in clause.children)
    that = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    if that:  # "that X (not) be released", "that he resign"
        return subject and all(a.tag_ == "VB" for a in aux) and (clause.tag_ == "VB" or bool(aux))
    marked = any(c.dep_ == "mark" for c in clause.children)
    return subject and not aux and not marked and clause.tag_ == "VBN"


def _future(verb: Token) -> bool:
    """ "will continue to", "would continue to": the holder's deed to come."""
    return any(c.dep_ == "aux" and c.lemma_ in REFUSAL_AUX for c in verb.children) and not negated(verb)


def _grounded(verb: Token) -> bool:
    """Whether a criticism gives its grounds: ", saying X", or "for"/"over" a thing."""
    return bool(_grounds(verb) or _grounds_for(verb))


def _grounds_for(verb: Token) -> list[Token]:
    """The "for"/"over" phrase a criticism gives as its grounds, wherever the parse hangs it in the verb's
    phrase ("attacked X during the debate for a fundraiser"), not a span of time ("for the second time")."""
    inner = {t.i for c in verb.children if c.dep_ in {"ccomp", "advcl", "conj", "relcl"} for t in c.subtree}
    return [
        t for t in verb.subtree
        if t.dep_ == "prep" and t.lower_ in {"for", "over"} and t.i > verb.i and t.i not in inner
        and any(g.dep_ == "pobj" and g.lemma_.lower() not in TIME_NOUNS and g.ent_type_ not in {"DATE", "TIME"}
                for g in t.children)
    ][:1]


def _dated(prep: Token) -> bool:
    """A preposition whose object is a date or time ("on Saturday")."""
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objects) and all(g.ent_type_ in {"DATE", "TIME"} for g in objects)


def from_verb(ctx: Context, verb: Token) -> list[Position]:
    found = verb_stance(verb)
    if (
        found is None
        or verb.dep_ == "amod"
        or _describes_with(verb)
        or any(c.dep_ == "aux" and c.lemma_ in DEMAND_MODALS for c in verb.children)
    ):
        return []
    stance, phrase_end = found
    if verb.lemma_ in UNDOING_VERBS and verb.dep_ == "xcomp" and verb_stance(verb.head):
        return []  # "vowed to repeal the law", "agreed to scrap X": the deed of the cue above, which holds it
    if verb.lemma_ in FORECASTABLE_CUES and _guessed(verb):
        return []  # "superdelegates could overturn X", "politicians may eventually embrace it": what may come
    if _under_rejection(verb) or _agentless_passive(verb) or _asked_of_another(verb) or _tails_a_report(verb):
        return []
    if verb.lemma_ in EFFORT_VERBS and not _aim_held(verb):
        return []
    if _purpose(verb) and negated(verb.head):
        return []  # "never called a donor to ask for money": what was not done states no aim
    if negated(verb) or (phrase_end is not None and phrase_end.dep_ in _COMPLEMENTS and negated(phrase_end)):
        if stance not in FLIP_WHEN_NEGATED:  # ("pleaded not guilty to X" rejects X)
            return []
        stance = FLIP_WHEN_NEGATED[stance]
    objects = _verb_objects(verb, phrase_end)
    described = not objects and _described(verb)
    objects = [verb.head] if described else objects
    if verb.lemma_ in PERSONAL_WISHES:  # a hope asks in a clause ("hoping someone will"), not "for" or "on" a thing
        objects = [o for o in objects if o.dep_ == "ccomp"]
    inner = [
        o for o in objects
        if o.dep_ == "xcomp" and verb_stance(o) and stance not in REJECTING and _controller(verb) is None
        and o.lemma_ not in UNDOING_VERBS
    ]
    if not objects or inner or _nothing_offered(objects) or _conditional(verb):
        return []
    named = pronoun_actor(ctx, objects)
    if len(objects) == 1 and objects[0].tag_ == "PRP" and named is None:
        return []  # "will continue to support it": what "it" is, no rule here can tell
    if stance == "rejects" and objects[0].dep_ == "xcomp" and objects[0].lemma_ in SPEAKING_OUT:
        return []  # "refused to comment further" declines to speak, not a thing
    if all(o.lemma_.lower() in SPEAKING_TERMS for o in objects):
        return []  # "asked for anonymity", "declined comment": about speaking, not a matter
    if verb.lemma_ in WISH_VERBS and any(c.dep_ == "auxpass" for c in verb.children):
        return []  # "he was wanted by police": sought, not a wish
    if verb.lemma_ in WISH_VERBS and (
        not any(_asks_of_others(o) for o in objects) or any(_frames_speech(c) for c in verb.children)
    ):
        return []
    if verb.lemma_ in HOSTING_VERBS | PERSON_JUDGED and (_a_person(objects[0]) or actor_of(ctx, objects[0])):
        return []
    if stance == "defers" and (_a_person(objects[0]) or objects[0].lemma_.lower() in GROUP_NOUNS):
        return []  # "suspended the employee": a sanction on someone, not a matter put off
    if verb.lemma_ in OFFICE_SEEKING and objects[0].lemma_.lower() in OFFICES:
        return []
    if verb.lemma_ in HOLDING_VERBS and objects[0].lemma_.lower() in HOLDINGS:
        return []
    if verb.lemma_ in EFFORT_VERBS and objects[0].lemma_.lower() in NEEDS:
        return []
    if verb.lemma_ in UNDOING_VERBS and objects[0].lemma_.lower() in LOST_GROUND:
        return []  # "overturned a two-goal deficit", "reversed the trend": a score or a course, not a rule
    phrase = (verb.lemma_, phrase_end.lower_) if phrase_end is not None else None
    if (verb.lemma_ in FIGURATIVE_CUES or phrase in FIGURATIVE_PHRASES) and not _criticised(ctx, verb, objects):
        return []
    if phrase in FAN_CUES and objects[0].pos_ != "NOUN":
        return []  # "rooted for the Eagles", "root for Iowa": a fan's cheer, unlike "rooting for his success"
    holder = find_holder(ctx, verb)
    if holder is None or (verb.lemma_ in WARNING_VERBS and not _own_threat(objects, holder)) or named == holder.actor:
        return []  # (a pronoun object that is the holder again: a misread of who "him" is)
    direct = holder.token.head.i == verb.i and holder.token.i < verb.i
    first = holder.token.left_edge.idx if shows_subject(holder.token, verb, direct) else verb.idx
    confidence = 0.7 if direct else 0.5
    items = list_items(ctx.doc, objects[0]) if len(objects) == 1 and not described else []
    if len(items) > 1:
        return [make_position(ctx, holder, stance, verb, it, it, confidence - 0.1) for it in items]
    cue_words = {phrase_end.i} if phrase_end is not None and phrase_end.dep_ == "mark" else None  # "for X to Y"
    spans = [_antecedent_span(verb) if _relative(o) or described else object_span(o, cue_words) for o in objects]
    cue_end = (phrase_end or verb).idx + len(phrase_end or verb)
    said = _terms(verb) + (_grounds(verb) + _grounds_for(verb) if stance == "opposes" else [])
    last = max([e for _, e in spans] + [cue_end, _agent_end(verb)] + [subtree_span(c)[1] for c in said])
    about = trim(ctx.doc, min(s for s, _ in spans), max(e for _, e in spans))
    evidence = trim(ctx.doc, min([first] + [s for s, _ in spans]), last)
    return [make_position(ctx, h, stance, verb, about, evidence, confidence, named) for h in and_examples(ctx, holder)]


def shows_subject(subj: Token, verb: Token, direct: bool) -> bool:
    """Whether the evidence starts at the holder: its own subject close enough, or one it shares with the verb
    it is coordinated with ("a crowd gathered to mourn his death and protest police treatment") or whose
    purpose it tells ("X took to Twitter to quash any rumours") when that verb only tells what the holder
    did ("admitted X but denied Y": the admission is no part of the denial)."""
    if direct:
        return near_subject(subj, verb)
    shared = verb.dep_ == "conj" or _purpose(verb)
    if not shared or subj.dep_ not in SUBJECT_DEPS or not 0 < verb.i - subj.i <= 2 * NEAR:
        return False
    node = verb  # up through the coordination and the clauses it joins ("gathered to mourn X and protest Y")
    while node.dep_ in {"conj", "xcomp", "advcl"} and node.head.i != subj.head.i:
        node = node.head
    said = subj.head.lemma_ in SPEECH_VERBS or verb_stance(subj.head) is not None
    return node.head.i == subj.head.i and not said


def _purpose(verb: Token) -> bool:
    """An infinitive telling what its head's doer did something for ("took to Twitter to quash X")."""
    return verb.dep_ == "advcl" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def near_subject(subj: Token, verb: Token) -> bool:
    """A subject close enough to its verb to show in the evidence: its head within six words, or the whole
    phrase right before the verb and short ("X's Government of National Accord (GNA) requested")."""
    adjoining = verb.i - subj.right_edge.i <= _ADJOINING and verb.i - subj.left_edge.i <= 2 * NEAR
    return verb.i - subj.i <= NEAR or adjoining


def received(ctx: Context, verb: Token) -> list[Position]:
    """ "X has received support from Russia and Egypt": each giver named after "from" holds the stance the
    object names (here: supports), and X is what it is about."""
    if verb.lemma_ not in RECEIVING_VERBS:
        return []
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.dep_ != "nsubjpass"), None)
    if obj is None or subj is None or obj.lemma_ not in NOUN_CUES:
        return []
    stance = NOUN_CUES[obj.lemma_]
    givers = [
        g for prep in (*verb.children, *obj.children) if prep.dep_ == "prep" and prep.lower_ == "from"
        for p in prep.children if p.dep_ == "pobj" for g in (p, *p.conjuncts)
    ]
    about = trim(ctx.doc, *subtree_span(subj))
    evidence = trim(ctx.doc, subj.left_edge.idx, max(subtree_span(t)[1] for t in (obj, *givers)))
    holders = {actor_of(ctx, g): g for g in givers}
    return [
        make_position(ctx, Holder(actor, g, False), stance, obj, about, evidence, 0.5)
        for actor, g in holders.items() if actor is not None
    ]


def _on_a_deed(verb: Token, prep: Token) -> bool:
    """ "We are now concentrating on searching for survivors": attention given now to a deed (a gerund) is an
    effort; "an ad focused on immigration", "it focused on X" (a story) tell what a thing is about."""
    return _told_now(verb) and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in prep.children)


def _told_now(verb: Token) -> bool:
    """A verb in the present ("uses", "is using", "are concentrating"): what is done now, not a story."""
    return verb.tag_ in {"VBZ", "VBP"} or (
        verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP"} for c in verb.children)
    )


def _criticised(ctx: Context, verb: Token, objects: list[Token]) -> bool:
    """Whether a figurative cue ("blasted", "slammed") criticises: someone, what someone owns, said or decided
    ("slammed Smith's plan", "blasted the decision"), or with its grounds given ("for X", "saying X"); not
    "slammed the door" or "blasted the ball into the net"."""
    if _grounds(verb) or any(c.dep_ == "prep" and c.lower_ in {"for", "over"} for c in verb.children):
        return True
    obj = objects[0]
    return (
        _a_person(obj) or actor_of(ctx, obj) is not None or group_of(obj) is not None
        or obj.lemma_.lower() in CRITICISABLE
        or any(c.dep_ == "poss" for c in obj.children)
    )


def _grounds(verb: Token) -> list[Token]:
    """What a critic says in criticising ("blasted the FBI chief, saying he did not do a thorough probe"):
    the grounds of the stance, so part of its evidence; words quoted after it ("saying: '...'") are the quote's."""
    return [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_ in STATEMENT_VERBS
            and c.i > verb.i and c.i + 1 < len(c.doc) and not c.doc[c.i + 1].is_punct]


def _terms(verb: Token) -> list[Token]:
    """The condition a stance is held on ("refusing to lift sanctions until Pyongyang abandons X"): part
    of what the holder said, so part of the evidence."""
    return [
        c for c in verb.children
        if c.dep_ == "advcl" and c.i > verb.i and any(m.dep_ == "mark" and m.lower_ in _TERMS for m in c.children)
    ]


def _describes_with(verb: Token) -> bool:
    """ "with threatening language" describes; "with Washington refusing to lift sanctions", where the
    participle has its own subject, states that subject's stance."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "with" and not any(c.dep_ == "nsubj" for c in verb.children)


def _conditional(verb: Token) -> bool:
    """A stance put as a condition ("... unless Washington offers concessions") is not taken."""
    return any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in verb.children)


def pronoun_actor(ctx: Context, objects: list[Token]) -> str | None:
    """The actor a lone pronoun object stands for ("refused to endorse him"), as the article resolved it."""
    if len(objects) != 1 or objects[0].tag_ != "PRP":
        return None
    actor = ctx.actors.at(objects[0].idx, objects[0].idx + len(objects[0]))
    return actor.name if actor is not None else None


def from_means(ctx: Context, verb: Token) -> list[Position]:
    """ "The movement is using civil rights law to restrict X", "the union uses strikes to win Y": a means put to a
    purpose now is an aim held (the purpose proposed); not told in the past ("used X to Y": a story) nor as a
    participle ("using X to Y, they ...")."""
    if verb.lemma_ not in MEANS_VERBS or not _told_now(verb) or negated(verb):
        return []
    means = next((c for c in verb.children if c.dep_ == "dobj"), None)
    purpose = next((c for c in verb.children if c.dep_ in {"xcomp", "advcl"} and c.tag_ == "VB" and means is not None
                    and c.i > means.i and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)), None)
    holder = find_holder(ctx, verb) if purpose is not None else None
    if purpose is None or holder is None or holder.token.head.i != verb.i or purpose.lemma_ in UNWILLED_VERBS:
        return []
    between = ctx.doc[holder.token.i + 1 : verb.i]
    relative = verb.dep_ == "relcl" or any(t.tag_ in {"WP", "WP$", "WDT"} for t in between)  # "X, whose firm uses"
    if holder.token.pos_ == "PRON" or holder.token.dep_ not in SUBJECT_DEPS or relative:
        return []  # "they are using X to Y", "whose start-up uses X to Y": whom the pronoun means is too often a guess
    about = trim(ctx.doc, *object_span(purpose))
    evidence = trim(ctx.doc, holder.token.left_edge.idx, about[1])
    return [make_position(ctx, h, "proposes", verb, about, evidence, 0.5) for h in and_examples(ctx, holder)]


def from_resolution(ctx: Context, verb: Token) -> list[Position]:
    """ "At a meeting of the commission it was decided to hold seminars": a decision put impersonally is the
    proposal of the body whose meeting took it (or of its "by" agent)."""
    if verb.lemma_ not in RESOLVING_VERBS:
        return []
    it = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ == "it"), None)
    deed = next((c for c in verb.children if c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children)), None)
    if it is None or deed is None or negated(verb):
        return []
    bodies = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    bodies += [b for c in verb.children if c.dep_ == "prep" and c.lower_ in {"at", "during"}
               for m in c.children if m.dep_ == "pobj" and m.lemma_ in MEETING_NOUNS
               for of in m.children if of.dep_ == "prep" and of.lower_ == "of"
               for b in of.children if b.dep_ == "pobj"]
    actor = next((a for b in bodies if (a := actor_of(ctx, b))), None)
    if actor is None:
        return []
    about = trim(ctx.doc, *object_span(deed))
    evidence = trim(ctx.doc, it.idx, subtree_span(deed)[1])
    return [make_position(ctx, Holder(actor, bodies[0], False), "proposes", verb, about, evidence, 0.5)]

