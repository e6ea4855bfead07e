"""Page furniture glued into running text: what a page set apart, run into one paragraph with the article.

Scrapers that flatten a page to one line per article (and readers who paste from one) leave the image
blocks, embedded posts, gallery teasers and closing credits inside the sentences around them. This module
cuts them out: it gathers the spans its finders report, captions and galleries (extract/captions.py), the
text of widgets (extract/widgets.py: a sign-up box's messages, a video player's with the title over it, a
share link or button) and those read here: an embedded post's links and signature ("— Name (@handle)
Date"), a link's label left without its link, a related story's headline set alone between two sentences, a
box of related headlines under its label ("related articles ...", to the quotation or sentence it cut), and
pull quotes and captions that repeat the text, known by the repeat. Each cut also splits the paragraph there,
so what follows starts a unit of its own; a closing credit glued to the last sentence ("Additional reporting
from ...", "Contributing: ...") is split off for extract/trailers.py to read. Where sentences and captions end
is read by extract/boundaries.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise

from parallax.extract.boundaries import (
    BINDERS,
    OPENERS,
    OPENING_QUOTE,
    QUOTES,
    RUN_OPENERS,
    STOP_GAP,
    caption_end,
    ends_sentence,
    sentence_start,
    sentence_starts,
    word_before,
)
from parallax.extract.captions import (
    agency_captions,
    caption_runs,
    closing_caption,
    credited_captions,
    dots_captions,
    galleries,
    image_blocks,
    titles_before_participles,
    via_credits,
)
from parallax.extract.furniture import BLOCK_HEADER
from parallax.extract.prose import CLOSERS, abbreviation
from parallax.extract.trailers import TRAILER
from parallax.extract.widgets import Widget, link_sentences, widgets

# An embedded photo or video's credit line: "A photo posted by Jane Roe (@janeroe) on Nov 9, 2016 at 1:57am PST".
_EMBED_CREDIT = re.compile(
    r"\bA (?:photo|video|post) (?:posted|shared) by [^()\n]{1,60}? \(@[\w.]{1,30}\) on [A-Z][a-z]{2,8}\.? \d{1,2}, "
    r"\d{4}(?: at \d{1,2}:\d{2} ?[ap]\.?m\.?(?: [A-Z]{2,4})?)?"
)
_PULL_QUOTE_PAGE = 100_000  # characters: a longer page is searched for no pull quote (see ``_cut_unit``)
# An embedded post's signature: "— Jane Roe (@janeroe) November 8, 2016", with the links before it.
_POST_SIGNATURE = re.compile(
    r"(?:--|[—–-])\s*(?:(?!\s(?:--|[—–-])\s)[^()\n]){1,60}?\s*\(@\w{1,30}\)"
    r"(?:\s+[A-Z][a-z]+\.? \d{1,2}, \d{3,4})?\s*"
)
_POST_LINK = re.compile(r"pic\.twitter\.com/\w+|https?://t\.co/\w+")
# A gallery player's controls, from its counter to its notice: "1 of 22 Full Screen Autoplay Close Skip Ad x
# ... Buy Photo Wait 1 second to continue."
_GALLERY_PLAYER = re.compile(
    r"\b1 of \d+ Full Screen Autoplay Close\b.{0,2000}?\bWait \d+ seconds? to continue\.", re.S
)
# A photo's credit in brackets glued between two sentences: "(Photo: Jane Roe/Example Agency)". One that ends
# its line closes a caption, which goes whole (extract/furniture.py).
_PHOTO_CREDIT = re.compile(r"\((?:Photo|Picture|Image|Video|Photograph)s?: [^()]{1,80}\)(?=\s+\S)")
# A link to another article set between paragraphs: its headline, a byline after a bar, "Read more".
_READ_MORE_LINK = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=[.!?][\"”’] ))(?P<head>[^.!?]{10,200}?) Read more(?=\s+[A-Z\"“]|\s*$)"
)
# A link's label left without its link: "More:" at a sentence's start.
_LINK_LABEL = re.compile(r"(?:More|READ MORE|Read more|Read More|Related|RELATED)\s?:\s*(?=[\"“A-Z]|$)")
# A wire story's end mark with the desk's initials and the aggregator's id after it: "(end) ab.cd ID123".
_END_MARK = re.compile(r"\s\((?:end|END|ends)\)(?:\s+\S+){0,4}\s*$")
# Credits glued to the last sentence: "... the last sentence. With files from Example News".
_GLUED_CREDIT = re.compile(r"(?<=[.!?\"”’)])\s+(?=(?:Additional reporting|With files|With additional reporting|"
                           r"With reporting|Reporting by|\(Reporting|Writing by|Editing by|Contributing(?=:)"
                           r"|Follow [^.!?]{1,60}? on (?:Twitter|Facebook|Instagram))\b)")
_QUOTE_MARK = re.compile("[\"“”]")
_DESCRIPTION_WORDS = 12  # a video's description under its player, before the next furniture


def cut_glued_furniture(units: list[str]) -> list[str]:
    """``units`` with the furniture glued inside them cut out, each cut splitting its unit."""
    page = _flat(" ".join(units))
    out: list[str] = []
    for unit in units:
        pieces = _split_credits(_cut_unit(unit, page))
        out.extend(piece for piece in pieces if piece)
    return out


def _cut_unit(unit: str, page: str) -> list[str]:
    """The pieces of ``unit`` left between its furniture; a second pass reads the captions a cut left at
    a piece's start ("... Supporters of the GETTY The president ..."). Pull quotes are searched for on
    pages of article length only: the search reads the whole page for every sentence, so its cost grows
    with the square of the page."""
    pieces = [piece for text in _cut_spans(unit) for piece in _cut_spans(text)]
    if len(page) > _PULL_QUOTE_PAGE:
        return pieces
    return [piece for text in pieces for piece in _cut_pull_quotes(text, page)]


def _cut_spans(unit: str) -> list[str]:
    """``unit`` cut at every span of furniture found in it, the spans themselves dropped."""
    spans = [*image_blocks(unit), *agency_captions(unit), *galleries(unit), *_posts(unit), *_link_labels(unit)]
    spans.extend([*via_credits(unit), *dots_captions(unit), *caption_runs(unit), *closing_caption(unit)])
    players = widgets(unit)
    spans.extend([*titles_before_participles(unit), *_widget_spans(unit, players), *credited_captions(unit)])
    spans.extend([*link_sentences(unit, sentence_starts(unit)), *_glued_headlines(unit), *_related_blocks(unit)])
    spans.extend(
        (m.start(), m.end())
        for pattern in (_GALLERY_PLAYER, _PHOTO_CREDIT, _EMBED_CREDIT)
        for m in pattern.finditer(unit)
    )
    if "Read more" in unit:
        spans.extend(
            (m.start(), m.end()) for m in _READ_MORE_LINK.finditer(unit) if len(m.group("head").split()) <= 25
        )
    end = _END_MARK.search(unit)
    if end:
        spans.append((end.start(), len(unit)))
    posts = {stop for _, stop in _posts(unit)}
    described = {widget.end for widget in players if widget.player}
    pieces: list[str] = []
    last = 0
    for start, stop in _merge(spans):
        if (last in posts or not _post_text(unit, last, start)) and not (
            last in described and len(unit[last:start].split()) <= _DESCRIPTION_WORDS
        ):
            pieces.append(unit[last:start].strip())
        last = max(last, stop)
    pieces.append(unit[last:].strip())
    return [piece for piece in pieces if piece]


def _post_text(unit: str, last: int, start: int) -> bool:
    """Whether the text between two cuts is an embedded post's: short, after other furniture (a caption
    over the post) and before the post's own link. Text after a sentence of the article or another post
    is kept, as where the post starts is not marked."""
    return last > 0 and start - last <= 280 and _POST_LINK.match(unit, start) is not None


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, stop in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], stop))
        else:
            merged.append((start, stop))
    return merged


def _split_credits(pieces: list[str]) -> list[str]:
    """A closing credit glued to the last sentence ("With files from ...") becomes a unit of its own, for
    the trailer rules to read and drop."""
    out: list[str] = []
    for piece in pieces:
        parts = _GLUED_CREDIT.split(piece)
        if len(parts) > 1 and len(parts[-1].split()) <= 25 and TRAILER.match(parts[-1]):
            out.extend((" ".join(parts[:-1]).strip(), parts[-1].strip()))
        else:
            out.append(piece)
    return out


def _widget_spans(unit: str, found: list[Widget]) -> list[tuple[int, int]]:
    """The widgets' text (extract/widgets.py), with the title a video player has over it: the words since
    the last sentence ended, as no sentence runs on into a player without a stop. (A short description
    under the player, between its controls and the next furniture, goes too: see ``_cut_spans``.)"""
    return [
        (sentence_start(unit, widget.start) if widget.player else widget.start, widget.end) for widget in found
    ]


# Words a headline set between two sentences holds none of: a stop, a comma, a colon, a quotation mark.
_HEADLINE_MARKS = re.compile(r"[.!?,;:\"“”‘’'()@#/|]")
_HEADLINE_CHARS = 250  # twenty words at most
_REPORTED = re.compile(r"\b(?:said|told)\b")  # words reported, as a sentence reports them and no headline does
# The openers after a headline: no article alone, as "letters A through I" and "The Boston Globe" hold one, but
# "The" before a lowercase word.
_HEADLINE_OPENERS = RUN_OPENERS - {"A", "An", "The"}
_OPENER_INSIDE = re.compile(
    rf"\s(?:The (?=[a-z])|(?:{'|'.join(sorted(map(re.escape, _HEADLINE_OPENERS), key=len, reverse=True))})(?=[\s,]))"
)
# A short question over it, the first half of a teaser's title: "How did America vote? A breakdown by ...".
_TEASER_QUESTION = re.compile(r"(?:^|(?<=[.!?] )|(?<=[.!?][\"”’] ))[A-Z][^.!?\"“”]{0,60}\? $")


def _glued_headlines(unit: str) -> list[tuple[int, int]]:
    """A headline glued between two sentences (a related story's, a caption's): four to twenty plain words
    after a full stop, ending where a word that opens sentences follows without one. A short question
    just before it is the first half of the title, and goes too."""
    spans: list[tuple[int, int]] = []
    openers = [m.start() for m in _OPENER_INSIDE.finditer(unit)]
    if not openers:
        return spans
    starts = [start for start in sentence_starts(unit)[1:] if ends_sentence(word_before(unit, start))]
    for start, stop in pairwise([*starts, len(unit)]):
        at = bisect_left(openers, start + 1)
        if at == len(openers) or openers[at] >= min(stop, start + _HEADLINE_CHARS) or (
            _HEADLINE_MARKS.search(unit, start, openers[at])
        ):
            continue  # most sentences hold no opener after plain words, and caption_end is not asked
        end = caption_end(unit, start, 20)
        if not end or end[1] != "opener" or not _OPENER_INSIDE.match(unit, end[0] - 1):
            continue
        if 4 <= len(unit[start : end[0]].split()) <= 20 and not (
            _HEADLINE_MARKS.search(unit, start, end[0]) or _REPORTED.search(unit, start, end[0])
        ):
            question = _TEASER_QUESTION.search(unit, max(0, start - 64), start)
            spans.append((question.start() if question else start, end[0]))
    return spans


_HEADLINE_STOP = re.compile(r"[?!][\"”’'‘]*\s+")
_RELATED_WORDS = 300  # a box of some twenty headlines at most


def _related_blocks(unit: str) -> list[tuple[int, int]]:
    """A box of links to other articles run into the text under its label ("related articles", "Most
    Read"; furniture.BLOCK_HEADER) after a sentence: the label and the headlines after it go, to a quotation
    that opens a word (the paragraph of quotes the box cut) when no words reported or a colon lead into it,
    else to a sentence's opener after the last headline that ends in ? or ! before the next full stop (the
    next paragraph), else to that headline's end. Where none is found nothing goes.
    A sentence never starts in lower case, so a label there is one; one with a capital has two words or more
    ("Related stories"), as "Sources Close to ..." or "Latest Reuters figures ..." may start a sentence, and
    a headline's capital after it."""
    spans: list[tuple[int, int]] = []
    for start in sentence_starts(unit):
        label = BLOCK_HEADER.match(unit, start)
        if not label or (start and not ends_sentence(word_before(unit, start))):
            continue
        words = label.group().split()
        if ":" in label.group() or not (words[0].islower() or 2 <= len(words) <= 4):
            continue  # "Read more:" labels one link, whose headline may be gone (``_link_labels``)
        after = label.end()
        sentence_case = words[0][:1].isupper() and not all(word[:1].isupper() for word in words)
        if not unit[after : after + 1].isalpha() or (sentence_case and not unit[after].isupper()) or (
            not label.group()[-1:].isspace()
        ):
            continue
        stop = next((m.start() for m in STOP_GAP.finditer(unit, after) if _full_stop(unit, m.start())), len(unit))
        quote = OPENING_QUOTE.search(unit, after, stop)
        headlines = [m.end() for m in _HEADLINE_STOP.finditer(unit, after, quote.start() if quote else stop)]
        last = headlines[-1] if headlines else after
        if quote and not _REPORTED.search(unit, last, quote.start()) and ":" not in unit[last : quote.start()]:
            end = quote.start()
        elif (opener := _opener_after(unit, last, quote.start() if quote else stop)) is not None:
            end = opener
        elif headlines:
            end = last
        else:
            continue
        if len(unit[after:end].split()) <= _RELATED_WORDS:
            spans.append((start, end))
    return spans


def _opener_after(unit: str, start: int, stop: int) -> int | None:
    """Where the first sentence opener between ``start`` and ``stop`` stands after a plain word, if one does."""
    opener = _OPENER_INSIDE.search(unit, start, stop)
    if not opener:
        return None
    before = word_before(unit, opener.start())
    return opener.start() + 1 if before[-1:].isalnum() and before.lower() not in BINDERS else None


def _full_stop(unit: str, at: int) -> bool:
    """Whether the mark at ``at`` is a full stop that ends a sentence: no ellipsis or abbreviation (a number's
    stop ends one: "... in April 2015. Last July ...")."""
    word = word_before(unit, at + 1).rstrip(CLOSERS).lstrip(QUOTES + "‘'(")
    return unit[at] == "." and unit[at - 1 : at] != "." and not abbreviation(word.rstrip(".").lower())


def _posts(unit: str) -> list[tuple[int, int]]:
    """An embedded social-media post: its links and its signature go. Its text stays, a paragraph of its
    own: where it starts is not marked, and the text between two posts may be the article's."""
    if "(@" not in unit and "t.co/" not in unit and "pic.twitter" not in unit:
        return []
    return [(m.start(), m.end()) for pattern in (_POST_LINK, _POST_SIGNATURE) for m in pattern.finditer(unit)]


def _link_labels(unit: str) -> list[tuple[int, int]]:
    """A link's label whose link is gone: glued after a sentence, or over a quotation that opens the
    paragraph (a label over a headline is a link line, dropped whole as furniture)."""
    return [
        (m.start(), m.end()) for m in _LINK_LABEL.finditer(unit)
        if (m.start() == 0 and unit[m.end() : m.end() + 1] in QUOTES)
        or (m.start() and re.search(r"[.!?][\"”’')\]]?\s$", unit[: m.start()]))
    ]


def _cut_pull_quotes(text: str, flat: str) -> list[str]:
    """A pull quote or a caption run into the text: at least eight words said again elsewhere on the page
    (``flat``), outside quotation marks and without a full stop, before a capitalised word ("It's not about
    costs Jane Roe Jane Roe told ...", "Fans queued all night Jane Roe, who ..."). They go, and so does the
    speaker's name after a pull quote when it is plainly one (said twice, or before a sentence's opener)."""
    words = list(re.finditer(r"\S+", text))
    if len(words) < 9:
        return [text]
    index = {word.start(): i for i, word in enumerate(words)}
    marks = [m.start() for m in _QUOTE_MARK.finditer(text)]
    starts = [0, *(index[m.end()] for m in STOP_GAP.finditer(text) if m.end() in index)]
    for i in starts:
        # a quotation's words (an odd count of marks before them, or one opening them) are no pull quote,
        # and an abbreviation's stop starts no sentence
        if bisect_left(marks, words[i].start() + 1) % 2 or (i and not ends_sentence(words[i - 1].group())):
            continue
        k = i + 8
        if k > len(words) or flat.count(_flat(text[words[i].start() : words[k - 1].end()])) < 2:
            continue
        while k < len(words) and flat.count(_flat(text[words[i].start() : words[k].end()])) >= 2:
            k += 1
        if ends_sentence(words[k - 1].group()) or len(words) - k < 5 or (
            not words[k].group().lstrip(QUOTES)[:1].isupper()
        ):
            continue  # a sentence said twice, or a phrase that goes on as another sentence does
        k += _name_after(words, k, words[i].group())
        return [*_cut_pull_quotes(text[: words[i].start()].strip(), flat), *(
            _cut_pull_quotes(text[words[k].start() :].strip(), flat)
        )]
    return [text]


def _name_after(words: list[re.Match[str]], k: int, first: str) -> int:
    """How many words of the quoted speaker's name stand at ``words[k]``: a name said twice, once ("Jane
    Roe Jane Roe told ..."), up to three capitalised words before the quotation the pull quote repeats
    (``first`` is its first word: 'Jane Roe "It's not about costs ...'), or one of up to three before a
    sentence's opening word ("Jane Roe The company ..."); none when the capitalised words may start the
    next sentence."""
    run = 0
    while k + run < len(words) and run < 6 and re.fullmatch(r"[A-Z][\w'’.-]*[,:]?", words[k + run].group()):
        run += 1
        if words[k + run - 1].group()[-1] in ",:":
            break
    names = [w.group().rstrip(",:") for w in words[k : k + run]]
    for size in (1, 2, 3):
        if run >= 2 * size and names[:size] == names[size : 2 * size]:
            return size
    quote = words[k + run].group() if 0 < run <= 3 and k + run < len(words) else ""
    if quote and quote[0] in QUOTES + "‘" and quote.lstrip(QUOTES + "‘") == first.lstrip(QUOTES + "‘"):
        return run
    return next((n for n in range(1, min(run, 4)) if names[n] in OPENERS and names[0] not in OPENERS), 0)


def _flat(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", "", text.lower()).split())
