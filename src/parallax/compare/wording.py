"""Word choice: the different terms outlets use for the same thing, and each outlet's own vocabulary.

Inside clauses aligned as one fact, two patterns show a choice of words: a participle with a
by-agent phrase ("X seized by Y" against "X annexed by Z") and a single word swapped in the same
context (the same neighbours on both sides: "arrested 12 protesters on" against "arrested 12 rioters
on"), unless each outlet also writes the other's word: then they speak of two things ("were killed
when" / "were injured when"), not of one thing in two words; nor are opposites ("arrested" /
"released", the poles of one axis the tensions read) two words for one thing. Closed-class words (prepositions such as
"against" / "outside", counts, days and months) change what is said, not what a thing is called, and
words one letter apart are a typo or a transliteration ("handling" / "handing", "Andrzej" /
"Andrezej") or two unrelated words ("fined" / "fired"), seldom two names for one thing.

Each outlet's distinctive words over the whole story come from the log-odds ratio with an informative
Dirichlet prior (Monroe, Colaresi & Quinn 2008), which, unlike raw frequency ratios, does not crown
rare words; it is a few lines of numpy, so no library is pulled in for it.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from difflib import SequenceMatcher

import numpy as np
from rapidfuzz.distance import Levenshtein

from parallax.analyze.geo import country_of
from parallax.compare.context import StoryContext, mask_digits
from parallax.compare.facts import Alignment
from parallax.compare.tensions import opposed
from parallax.compare.units import CALENDAR, NUMBER_WORDS, STOP, WORD, Unit, stem
from parallax.model import Description, DistinctiveWord, Span, WordChoice

_BY_AGENT = re.compile(
    r"\b([a-z]+(?:ed|en|wn|ne|ht|ung))\s+by\s+((?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*)"
)
_SPELLINGS = (
    (r"our(?=s?$|ed$|ing$|able$)", "or"), (r"is(?=e[sd]?$|ing$|ation)", "iz"), (r"ys(?=e[sd]?$|ing$)", "yz"),
    (r"tre(?=s?$)", "ter"), (r"ll(?=ed$|ing$|er$)", "l"), (r"ogue$", "og"), (r"ae", "e"), (r"oe(?=[a-z])", "e"),
    (r"ence$", "ense"),
)
# Closed-class words of four letters or more that STOP leaves in: where, not what.
_FUNCTION = frozenset({
    "about", "above", "across", "against", "along", "alongside", "amid", "amidst", "among", "around",
    "behind", "below", "beneath", "beside", "besides", "between", "beyond", "despite", "except", "inside",
    "like", "near", "nearby", "outside", "past", "through", "throughout", "toward", "towards", "unlike",
    "upon", "within", "without", "every", "many", "much", "several", "still", "even", "ever", "never",
    "already", "later", "earlier", "soon", "away", "back", "instead",
})
_MIN_Z = 1.96
NEAR = 0.5  # the similarity at which two clauses outside one fact are searched for swapped words
_PHRASE = 6  # the most words a swapped phrase may have on each side
_SAME_WORDING = 0.5  # the share of words two clauses must have in the same order for a phrase swap
_TOP = 12
_DESCRIPTIONS = 6  # the most description swaps one story shows
_LABELS = 6  # the most people whose labels one story compares
_DESCRIBED = 2  # the most chosen words one outlet may give a noun for its descriptions to be compared


def word_choices(ctx: StoryContext, alignment: Alignment, near: float = NEAR) -> list[WordChoice]:
    """Different terms for the same referent inside facts that several outlets report, and inside
    clauses of different outlets that are alike without being one fact ("several hundred rioters
    gathered at the gates, where..." / "several hundred protesters gathered at the gates on..."): a
    loaded word lowers the similarity that would have made them one fact, so there the swap needs
    matching words two deep on both sides."""
    out: list[WordChoice] = []
    used = {aid: {stem(w.lower()) for w in WORD.findall(article.text)} for aid, article in ctx.articles.items()}
    for group, score, wide in _candidates(ctx, alignment, near):
        for choice in (_agent_phrases(group) if not wide else None, *_swaps(group, used, wide)):
            if choice is not None and not any(_overlaps(choice, shown) for shown in out):
                choice.confidence = round(min(1.0, max(score, 0.0)), 3)  # the word "annexed" of "annexed by X"
                out.append(choice)  # is shown once
    labels = _label_swaps(ctx)
    out = [c for c in out if not _within(c, labels)] + labels
    taken = [(a, s) for c in out for a, s in c.terms.items()]
    for choice in [*_context_swaps(ctx, used), *_description_swaps(ctx, used, alignment.similarity)]:
        if not any(a == b and s.start < t.end and t.start < s.end for a, s in choice.terms.items() for b, t in taken):
            out.append(choice)  # a swap already shown is not shown twice
            taken += choice.terms.items()
    return _widest(out)


def _overlaps(choice: WordChoice, shown: WordChoice) -> bool:
    """Whether every term of ``choice`` overlaps the term ``shown`` gives the same article."""
    return all(
        a in shown.terms and s.start < shown.terms[a].end and shown.terms[a].start < s.end
        for a, s in choice.terms.items()
    )


def _within(choice: WordChoice, wider: list[WordChoice]) -> bool:
    """Whether every term of ``choice`` lies inside a term of one of the ``wider`` choices."""
    return any(
        all(a in w.terms and w.terms[a].start <= s.start and s.end <= w.terms[a].end for a, s in choice.terms.items())
        for w in wider
    )


def _label_swaps(ctx: StoryContext) -> list[WordChoice]:
    """How outlets present one person: the label each first gives them ("eastern commander Khalifa
    Mansour" / "eastern strongman Karim Mansour", "Rebel leader X" / "Rebel sect leader X"),
    when one outlet's label holds a word another's labels of that person never do. One choice per person,
    with every outlet's label, for the ``_LABELS`` people most outlets label. Labels inside quotes are the
    speaker's."""
    labels: dict[str, dict[str, list[Description]]] = defaultdict(dict)
    for aid, analysis in sorted(ctx.analyses.items()):
        if aid in ctx.story.copies:
            continue
        quoted = [(q.start, q.end) for q in analysis.quotes if q.kind != "indirect"]
        for d in analysis.descriptions:
            if d.actor and not any(a <= d.span.start < b for a, b in quoted):
                labels[ctx.names.get(d.actor, d.actor)].setdefault(aid, []).append(d)
    out = []
    for actor, by_article in sorted(labels.items(), key=lambda item: -len(item[1])):
        firsts = {}
        for aid, given in by_article.items():
            if ctx.outlet[aid] not in {ctx.outlet[a] for a in firsts}:
                firsts[aid] = given
        words = {aid: _label_words(given) for aid, given in firsts.items()}
        if any(
            {stem(w) for w in given[0].modifiers} - words[other]
            for aid, given in firsts.items() for other in firsts if other != aid
        ):
            terms = {aid: given[0].span for aid, given in firsts.items()}
            out.append(WordChoice(about=actor, terms=terms, confidence=0.6))
    return out[:_LABELS]


def _label_words(labels: list[Description]) -> set[str]:
    """The stems of every word an article's labels of one person hold, also after the role ("assistant chief
    of the Seattle police" holds "police")."""
    return {stem(w.lower()) for d in labels for w in WORD.findall(d.span.text)}


def _widest(choices: list[WordChoice]) -> list[WordChoice]:
    """Each choice once: one whose terms are all in another choice (a pair of the outlets that a choice
    of three or more already shows) is left out."""
    keys = [frozenset((a, s.start) for a, s in c.terms.items()) for c in choices]
    return [c for c, k in zip(choices, keys, strict=True) if not any(k < other for other in keys)]


def _candidates(
    ctx: StoryContext, alignment: Alignment, near: float
) -> list[tuple[list[Unit], float, bool]]:
    """Facts several independent outlets report, then pairs of near-alike clauses outside any one fact."""
    out = []
    for idx, score in zip(alignment.groups, alignment.scores, strict=True):
        group = [ctx.units[i] for i in idx if ctx.units[i].article_id not in ctx.story.copies]
        if len(ctx.independent([u.article_id for u in group])) >= 2:
            distinct = {mask_digits(u.span.text): u for u in reversed(group)}  # one clause per wording
            out.append((list(distinct.values())[::-1], score, False))
    sim = alignment.similarity
    usable = ctx.keep & np.array([u.article_id not in ctx.story.copies for u in ctx.units], dtype=bool)
    masked = np.where(usable[:, None] & usable[None, :], sim, -1.0)
    seen: set[frozenset[str]] = set()
    for i, j in zip(*np.nonzero(np.triu(masked >= near, k=1)), strict=True):
        a, b = ctx.units[i], ctx.units[j]
        same_fact = alignment.group_of.get(int(i), -1) == alignment.group_of.get(int(j), -2)
        wordings = frozenset((mask_digits(a.span.text), mask_digits(b.span.text)))
        if len(wordings) < 2 or wordings in seen or same_fact or ctx.outlet[a.article_id] == ctx.outlet[b.article_id]:
            continue
        seen.add(wordings)
        out.append(([a, b], float(sim[i, j]), True))
    return out


def _agent_phrases(group: list[Unit]) -> WordChoice | None:
    """The same agent doing the same thing in other verbs ("annexed by Moscow" / "seized by Russia");
    two agents ("dropped by the FBI" / "received by Mrs Clinton") are two things, not a choice of words."""
    found: dict[str, tuple[Span, str]] = {}
    agents = set()
    for u in group:
        m = _BY_AGENT.search(u.span.text)
        if m:
            s = u.span.start + m.start()
            found[u.article_id] = (Span(s, s + m.end() - m.start(), m.group()), m.group(1).lower())
            agents.add(_agent(m.group(2)))
    verbs = {v for _, v in found.values()}
    if len(found) < 2 or len(verbs) < 2 or len(agents) > 1:
        return None
    return WordChoice(
        about=f"how it came about: {' / '.join(sorted(verbs))}",
        terms={a: span for a, (span, _) in found.items()},
    )


def _tokens(u: Unit) -> list[tuple[str, Span]]:
    base = u.span.start
    return [(m.group().lower(), Span(base + m.start(), base + m.end(), m.group()))
            for m in WORD.finditer(u.span.text)]


def _swaps(group: list[Unit], used: Mapping[str, set[str]], wide: bool = False) -> list[WordChoice]:
    """One content word swapped for another of the same form between the same neighbours, in any
    two clauses of the group.

    The same form (both plural nouns, both participles...) keeps apart words that merely share
    neighbours ("the tram stopped in" / "the tram station in"); a word of no marked form needs two
    matching neighbours on one side, and with ``wide`` every swap needs two on both sides.
    """
    merged: dict[str, WordChoice] = {}  # one choice per context, with every outlet's term
    for x, first in enumerate(group):
        rest = group[x + 1 :]
        for choice in [*_pair_swaps(first, rest, used, wide), *_phrase_swaps(first, rest, used, wide)]:
            terms = merged.setdefault(choice.about, choice).terms
            for aid, span in choice.terms.items():
                terms.setdefault(aid, span)
    return list(merged.values())


def _pair_swaps(first: Unit, others: list[Unit], used: Mapping[str, set[str]], wide: bool) -> list[WordChoice]:
    out = []
    toks = _tokens(first)
    for other in others:
        if other.article_id == first.article_id:
            continue
        theirs = _tokens(other)
        context = {(theirs[k - 1][0], theirs[k + 1][0]): k for k in range(1, len(theirs) - 1)}
        for k in range(1, len(toks) - 1):
            j = context.get((toks[k - 1][0], toks[k + 1][0]))
            if j is None:
                continue
            mine, hit = toks[k][0], theirs[j][0]
            if not _one_thing(mine, first.article_id, hit, other.article_id, used):
                continue
            if (not _form(mine) or wide) and not _wide_context(toks, k, theirs, j, both=wide):
                continue
            # the word between the neighbours both outlets share ("without bail pending" / "without bond
            # pending", "an activist group" / "a militant group"): the reader sees what was called so
            terms = {first.article_id: _joined(toks[k - 1 : k + 2], first),
                     other.article_id: _joined(theirs[j - 1 : j + 2], other)}
            out.append(WordChoice(about=f"{toks[k - 1][0]} … {toks[k + 1][0]}", terms=terms))
    return out


def _phrase_swaps(first: Unit, others: list[Unit], used: Mapping[str, set[str]], wide: bool) -> list[WordChoice]:
    """A phrase of a few words put in place of another between the same words ("in handing over PoWs
    under the" / "in freeing the Saudi prisoners pursuant to the"), found by aligning the words of two
    clauses that are mostly the same words in the same order; single words are ``_pair_swaps``'s. Each
    side needs a content word in lower case (names swapped are two referents), and no count or date."""
    out = []
    toks = _tokens(first)
    need = 2 if wide else 1
    for other in others:
        if other.article_id == first.article_id:
            continue
        theirs = _tokens(other)
        matcher = SequenceMatcher(None, [t for t, _ in toks], [t for t, _ in theirs], autojunk=False)
        if matcher.ratio() < _SAME_WORDING:
            continue
        ops = _coalesced(matcher.get_opcodes(), toks)
        for n in range(1, len(ops) - 1):
            tag, i1, i2, j1, j2 = ops[n]
            if tag != "replace" or (i2 - i1 == 1 and j2 - j1 == 1) or max(i2 - i1, j2 - j1) > _PHRASE:
                continue
            if min(ops[n - 1][2] - ops[n - 1][1], ops[n + 1][2] - ops[n + 1][1]) < need:
                continue
            mine, hit = _trimmed(toks[i1:i2]), _trimmed(theirs[j1:j2])
            if len(mine) + len(hit) < 3 or not (_plain_phrase(mine) and _plain_phrase(hit)):
                continue  # one word each is a single swap, which ``_pair_swaps`` weighs
            words_m = [w for w, _ in mine if _swappable(w)]
            words_h = [w for w, _ in hit if _swappable(w)]
            if any(_same_word(a, b) or opposed(a, b) for a in words_m for b in words_h):
                continue
            if all(stem(w) in used.get(other.article_id, ()) for w in words_m) and all(
                stem(w) in used.get(first.article_id, ()) for w in words_h
            ):
                continue  # each outlet writes the other's words too: two things
            terms = {first.article_id: _joined(mine, first), other.article_id: _joined(hit, other)}
            out.append(WordChoice(about=f"{toks[i1 - 1][0]} … {toks[i2][0]}", terms=terms))
    return out


def _coalesced(ops: list[tuple[str, int, int, int, int]], toks: list) -> list[tuple[str, int, int, int, int]]:
    """The aligner's edits, with two changes parted only by a function word or two ("rescuing | the |
    stranded fishermen") joined into one: the phrase is what was swapped, not its pieces."""
    out: list[tuple[str, int, int, int, int]] = []
    for op in ops:
        tag, _, i2, _, j2 = op
        if tag in ("replace", "insert", "delete") and len(out) >= 2 and out[-2][0] != "equal":
            gap = out[-1]
            if gap[0] == "equal" and gap[2] - gap[1] <= 2 and all(w in STOP for w, _ in toks[gap[1] : gap[2]]):
                out[-2:] = [("replace", out[-2][1], i2, out[-2][3], j2)]
                continue
        if tag in ("insert", "delete") and out and out[-1][0] != "equal":
            out[-1] = ("replace", out[-1][1], i2, out[-1][3], j2)
            continue
        out.append(op)
    return out


def _plain_phrase(tokens: list[tuple[str, Span]]) -> bool:
    """Words that can name a thing differently: a content word in lower case and at most one capitalised
    word (names are other referents: "Saltmarsh and Lower Quay" / "the evacuated area"), and no figure or
    date (those are figures to compare)."""
    return (
        any(_swappable(w) and s.text.islower() for w, s in tokens)
        and sum(not s.text.islower() for _, s in tokens) <= 1
        and all(w.isalpha() and w not in NUMBER_WORDS and w not in CALENDAR for w, _ in tokens)
    )


def _trimmed(tokens: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """Without the function words at its ends ("under", "to the"), which say where, not what."""
    start, end = 0, len(tokens)
    while start < end and tokens[start][0] in STOP:
        start += 1
    while end > start and tokens[end - 1][0] in STOP:
        end -= 1
    return tokens[start:end]


def _joined(tokens: list[tuple[str, Span]], unit: Unit) -> Span:
    start, end = tokens[0][1].start, tokens[-1][1].end
    base = unit.span.start
    return Span(start, end, unit.span.text[start - base : end - base])


def _context_swaps(ctx: StoryContext, used: Mapping[str, set[str]]) -> list[WordChoice]:
    """One word swapped between the same two content words anywhere in the story ("a self-imposed
    moratorium" / "the self-declared moratorium"), whatever the clauses around them: two content words
    on both sides pin down the referent as well as a similar clause does. Indexed by the pair of
    neighbours, so the cost grows with the words of the story, not with pairs of clauses."""
    slots: dict[tuple[str, str], dict[str, tuple[str, Span]]] = defaultdict(dict)
    for u in ctx.units:
        if u.article_id in ctx.story.copies:
            continue
        toks = _tokens(u)
        for k in range(1, len(toks) - 1):
            left, (word, span), right = toks[k - 1][0], toks[k], toks[k + 1][0]
            if _anchor(left) and _anchor(right) and span.text.islower():
                slots[(left, right)].setdefault(u.article_id, (word, _joined(toks[k - 1 : k + 2], u)))
    out = []
    for (left, right), found in slots.items():
        (first, (mine, span)), *rest = found.items()
        terms = {first: span}  # the word with its two neighbours: "self-imposed moratorium"
        for aid, (word, other) in rest:
            if ctx.outlet[aid] != ctx.outlet[first] and _one_thing(mine, first, word, aid, used):
                terms[aid] = other
        if len(terms) > 1:
            out.append(WordChoice(about=f"{left} … {right}", terms=terms, confidence=0.5))
    return out


def _description_swaps(ctx: StoryContext, used: Mapping[str, set[str]], similarity: np.ndarray) -> list[WordChoice]:
    """Two outlets' descriptions of one referent in other words: one chosen word swapped before the same
    noun ("the camp's remote location" / "the camp's secluded location", "a staunch supporter" / "a firm
    supporter of X"), or another noun after the same measure ("a 24-hour walkout" / "a 24-hour strike").

    The parse says the word qualifies that noun, so no neighbours need to match; the rest of both
    descriptions must, and neither outlet may write the other's adjective anywhere ("the iconic bar" / "a
    normal bar" from an outlet that also writes "the iconic bar" are two bars). A quote's words are the
    speaker's, not the outlet's. The ``_DESCRIPTIONS`` whose clauses are most alike are kept: the nearer
    the clauses, the likelier the two descriptions are of one referent."""
    by_head: dict[str, list[tuple[str, Description]]] = defaultdict(list)
    by_measure: dict[str, list[tuple[str, Description]]] = defaultdict(list)
    for aid, analysis in ctx.analyses.items():
        if aid in ctx.story.copies:
            continue
        quoted = [(q.start, q.end) for q in analysis.quotes if q.kind != "indirect"]
        for d in analysis.descriptions:
            if d.actor is None and not any(a <= d.span.start < b for a, b in quoted):
                by_head[d.head].append((aid, d))
                if d.measure:
                    by_measure[d.measure].append((aid, d))
    out = []
    for head, descriptions in by_head.items():
        chosen = Counter(aid for aid, _ in {(aid, w) for aid, d in descriptions for w in d.modifiers})
        if chosen and max(chosen.values()) > _DESCRIBED:
            continue  # an outlet that qualifies the noun in many ways speaks of several of them
        for first, mine, other, theirs in _across(ctx, descriptions):
            a, b = set(mine.modifiers) - set(theirs.modifiers), set(theirs.modifiers) - set(mine.modifiers)
            if len(a) != 1 or len(b) != 1:
                continue
            word, hit = a.pop(), b.pop()
            if _one_thing(word, first, hit, other, used, same_form=False) and not (
                stem(hit) in used.get(first, ()) or stem(word) in used.get(other, ())
            ):
                out.append((f"… {head}", first, mine, other, theirs))
    for measure, descriptions in by_measure.items():
        for first, mine, other, theirs in _across(ctx, descriptions):
            if _one_thing(mine.head, first, theirs.head, other, used, same_form=False):
                out.append((f"{measure} …", first, mine, other, theirs))
    ranked = sorted(
        out, key=lambda c: -similarity[_unit_at(ctx, c[1], c[2].span), _unit_at(ctx, c[3], c[4].span)]
    )
    return [
        WordChoice(about=about, terms={first: mine.span, other: theirs.span}, confidence=0.5)
        for about, first, mine, other, theirs in ranked[:_DESCRIPTIONS]
    ]


def _across(
    ctx: StoryContext, descriptions: list[tuple[str, Description]]
) -> Iterator[tuple[str, Description, str, Description]]:
    """Each pair of descriptions from two different outlets."""
    for x, (first, mine) in enumerate(descriptions):
        for other, theirs in descriptions[x + 1 :]:
            if ctx.outlet[first] != ctx.outlet[other]:
                yield first, mine, other, theirs


def _unit_at(ctx: StoryContext, article_id: str, span: Span) -> int:
    """The story-wide index of the article's clause that holds ``span``."""
    units = ctx.units_of(article_id)
    return next((u.flat for u in units if u.span.start <= span.start < u.span.end), units[0].flat)


def _anchor(word: str) -> bool:
    return word.isalpha() and len(word) >= 3 and word not in STOP and word not in _FUNCTION


def _one_thing(
    mine: str, mine_in: str, hit: str, hit_in: str, used: Mapping[str, set[str]], same_form: bool = True
) -> bool:
    """Whether two words of two articles can be one thing named two ways: content words of the same
    form (unless the parse already says both qualify one noun) that are not one word spelt two ways, not
    opposites, and not both written by each article."""
    return (
        _swappable(mine) and _swappable(hit) and (_form(mine) == _form(hit) or not same_form)
        and not _same_word(mine, hit) and not opposed(mine, hit)
        and not (stem(hit) in used.get(mine_in, ()) and stem(mine) in used.get(hit_in, ()))
    )


def _agent(name: str) -> str:
    """Who a by-phrase names, as a key: its country for a capital or seat ("Moscow" -> Russia), else its
    last word ("the FBI" -> fbi, "Mrs Clinton" -> clinton)."""
    words = name.split()
    if words[0].lower() == "the":
        words = words[1:]
    whole = " ".join(words)
    return (country_of(whole) or words[-1]).lower()


def _same_word(a: str, b: str) -> bool:
    one_edit = min(len(a), len(b)) >= 5 and Levenshtein.distance(a, b) <= 1
    return stem(a) == stem(b) or _spelling(a) == _spelling(b) or one_edit


def _spelling(word: str) -> str:
    """One key for British and American spellings of a word (honour/honor, organise/organize)."""
    if len(word) < 5:
        return word
    for british, american in _SPELLINGS:
        word = re.sub(british, american, word)
    return word


def _form(word: str) -> str:
    """A rough word class from the ending: plural noun, past participle, gerund, adverb, or none."""
    for ending in ("ing", "ed", "en", "ly"):
        if word.endswith(ending):
            return ending
    return "s" if word.endswith("s") and not word.endswith("ss") else ""


def _wide_context(toks: list, k: int, theirs: list, j: int, both: bool = False) -> bool:
    left = k >= 2 and j >= 2 and toks[k - 2][0] == theirs[j - 2][0]
    right = k + 2 < len(toks) and j + 2 < len(theirs) and toks[k + 2][0] == theirs[j + 2][0]
    return left and right if both else left or right


def _swappable(word: str) -> bool:
    return (word.isalpha() and len(word) >= 4 and word not in STOP and word not in _FUNCTION
            and word not in NUMBER_WORDS and word not in CALENDAR)


def distinctive_words(ctx: StoryContext, top: int = _TOP) -> list[DistinctiveWord]:
    """Each outlet's words that it uses more than the rest of the story; copies do not count."""
    texts: dict[str, list[str]] = {}
    for aid, article in ctx.articles.items():
        if aid not in ctx.story.copies:
            texts.setdefault(ctx.outlet[aid], []).append(article.text)
    return log_odds(texts, top)


def log_odds(texts: Mapping[str, list[str]], top: int = _TOP) -> list[DistinctiveWord]:
    """Words each outlet over-uses against the others: z-scores of the log-odds ratio with an
    informative Dirichlet prior from the whole story (Monroe, Colaresi & Quinn 2008, eq. 16-22)."""
    counts = {
        outlet: Counter(w for t in docs for w in (x.lower() for x in WORD.findall(t))
                        if w.isalpha() and w not in STOP and len(w) > 2)
        for outlet, docs in texts.items()
    }
    if len(counts) < 2:
        return []
    total: Counter[str] = Counter()
    for c in counts.values():
        total.update(c)
    n_all = sum(total.values())
    prior = float(n_all)  # the story's own word distribution, weighted like the data itself
    out: list[DistinctiveWord] = []
    for outlet, mine in counts.items():
        n_i = sum(mine.values())
        n_j = n_all - n_i
        scored = []
        for w, y_i in mine.items():
            y_j = total[w] - y_i
            alpha = prior * total[w] / n_all
            delta = math.log((y_i + alpha) / (n_i + prior - y_i - alpha)) - math.log(
                (y_j + alpha) / (n_j + prior - y_j - alpha)
            )
            z = delta / math.sqrt(1.0 / (y_i + alpha) + 1.0 / (y_j + alpha))
            if z >= _MIN_Z and y_i >= 2:
                scored.append(DistinctiveWord(outlet, w, round(z, 3), y_i))
        scored.sort(key=lambda d: -d.z)
        out.extend(scored[:top])
    return out
