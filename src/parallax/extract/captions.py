"""Captions glued into running text: the spans of image blocks, photo credits and galleries that inline.py cuts.

Scrapers that flatten a page leave a photo's caption inside the sentences around it: "Image copyright EPA
Image caption The blast destroyed cars A suicide bomber has rammed ...". The labels are generic ("Image
caption", "Play slideshow", a photo agency's name) and where a caption ends is read from the text
(extract/boundaries.py). Captions run together without full stops, titled with spaced dots (". . .") or under
a credit in capitals are known by their shape; so are a caption with its credit in brackets after it ("Fans
celebrate the win (Getty)"), a gallery's captions each under a credit with the gallery's count ("Getty Images
5 Fans wave Reuters 5 ..."), a video's title before a sentence that opens with a participle and a caption
glued after a paragraph's last sentence. Each finder only reports (start, end) spans; inline.py cuts them.
"""

from __future__ import annotations

import re

from parallax.extract.boundaries import (
    AGENCY,
    AGENCY_CREDIT,
    BINDERS,
    CAPTION_LABEL,
    CAPTION_WORDS,
    COPYRIGHT_LABEL,
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
from parallax.extract.prose import abbreviation

# The first words of a broadcaster's block labels (CAPTION_LABEL, COPYRIGHT_LABEL).
_BLOCK_WORDS = ("Image", "Media", "Video", "Picture")
# The next caption's credit in the same gallery, any source's ("Reuters 18", "The White House 18"): up to four
# capitalised words and the gallery's count again.
_GALLERY_CREDIT = r"(?<=\s)[A-Z][\w:.&'’-]*(?: [A-Z][\w:.&'’-]*){{0,3}} {count}(?= [A-Z\"“‘'(])"
# A credit in capitals set before a caption after a sentence, a photo's source rather than an agency:
# "... the last sentence. NEWS DESK Fans queue outside the shop The shop ...". A short run is an acronym
# ("UN officials said ..."), so one word has five letters or more.
_CAPS_CREDIT = re.compile(r"(?=[A-Z0-9&.]*[A-Z]{5})[A-Z][A-Z0-9&.]+(?: [A-Z][A-Z0-9&.]+){0,2}(?= [A-Z][a-z])")
# A caption whose title ends in spaced dots, with its credit and a gallery count before it:
# "Agency Name 3 Rescue . . . crews reach the site".
_DOTS_CAPTION = re.compile(
    r"(?:[A-Z][\w:.&'’-]*(?: [A-Z][\w:.&'’-]*){0,2} \d{1,2} )?[A-Z][\w'’-]*(?: [\w'’-]+){0,4} \. \. \. (?=\S)"
)
# A video's title glued before a sentence that opens with a participle and a reporting verb: "... the
# last sentence. Mayor opens the new bridge Speaking at the opening, she said: ..." ("Addressing Jane Roe
# he said"); a name ending in "ing" inside a sentence has no clause with a comma after it.
_TITLE_BEFORE_PARTICIPLE = re.compile(
    r"(?P<title>[A-Z][\w'’-]*(?: [\w'’-]+){2,9}) "
    r"(?=[A-Z][a-z]{3,}ing (?:[^.!?:;,\"“”]{1,60},|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}) "
    r"(?:he|she|they|we) (?:said|says|added|told)\b)"
)
# A photo's credit after its caption: "... near future - KCNA via KNS North Korea is ...".
_VIA_CREDIT = re.compile(
    r"\s[-–—]\s(?:[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2}) via "
    r"[A-Z][\w.&'’-]*(?: (?:Images|Press|Photos?|Pictures|Media|Wire|News|Agency))?"
    r"(?=\s+[A-Z\"“]|\s*$)"
)
# An embedded post's link or signature, which ends a run of captions (inline.py cuts the post).
_POST_MARK = re.compile(r"^(?:--|—)$|\(@|pic\.twitter\.com/|https?://")
# A gallery set into the text: "Hillary Clinton in pictures Wed, November 30, 2016 ... Play slideshow
# Getty Images 1 of 40 <first caption>" or "UK news in pictures 19 show all ... 1/19 ... 19/19 <caption>".
_GALLERY_MARK = re.compile(
    r"\bin pictures\b|\bPlay slideshow\b|\b\d+ show all\b"
    r"|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), [A-Z][a-z]+ \d{1,2}, \d{4}\b"
)
_SLIDE_COUNTER = re.compile(r"\b(?:1 of (?P<of>\d+)|1/(?P<slash>\d+))\b")
_GALLERY_CAPTION = 60


def image_blocks(unit: str) -> list[tuple[int, int]]:
    """A broadcaster's image or video block: "Image copyright <holder>", "Image caption <caption>"."""
    spans: list[tuple[int, int]] = []
    if not any(word in unit for word in _BLOCK_WORDS):
        return spans
    for match in COPYRIGHT_LABEL.finditer(unit):
        spans.append((match.start(), _holder_end(unit, match.end())))
    for match in CAPTION_LABEL.finditer(unit):
        end = caption_end(unit, match.end())
        spans.append((match.start(), end[0] if end else match.end()))
    return spans


def _holder_end(unit: str, start: int) -> int:
    """Where the name of an image's copyright holder ends: at the caption's label when one follows
    within a few words, else after a run of up to four capitalised words or handles."""
    label = CAPTION_LABEL.search(unit, start, start + 80)
    if label and len(unit[start : label.start()].split()) <= 6:
        return label.start()
    end = start
    for count, match in enumerate(re.finditer(r"\S+", unit[start:])):
        word = match.group()
        bare = word.rstrip(",.;:")
        if count >= 4 or not (word[:1].isupper() or word[:1] == "@") or (count and bare in {*OPENERS, "By"}):
            break
        end = start + match.end()
    return end


def agency_captions(unit: str) -> list[tuple[int, int]]:
    """A caption under its agency's credit at a sentence's start ("PA Fans queue outside the shop The
    shop opened ..."): the caption must end without a full stop and before the sentence after it. A credit
    with a count opens a gallery's run of captions."""
    spans: list[tuple[int, int]] = []
    for start in sentence_starts(unit):
        credit = AGENCY_CREDIT.match(unit, start) or (start and _CAPS_CREDIT.match(unit, start))
        if not credit:
            continue
        count = credit.groupdict().get("count")
        if count:
            spans.extend(_gallery_captions(unit, start, count))
            continue
        end = caption_end(unit, credit.end() + 1)
        # a credit in capitals may head a list's entry; only a sentence's opener after it tells a caption
        told = ("opener", "label") if credit.re is _CAPS_CREDIT else ("opener", "label", "capital", "end")
        if end and end[1] in told and len(unit[credit.end() : end[0]].split()) >= 3:
            spans.append((start, end[0]))
    return spans


_GALLERY_REACH = 1000  # characters: the next credit of a gallery is within a caption's sixty words


def _gallery_captions(unit: str, start: int, count: str) -> list[tuple[int, int]]:
    """A gallery's captions from the one at ``start`` on, each under a credit with the gallery's count
    ("Getty Images 5 Fans wave Reuters 5 The team ..."): a caption runs to the next such credit when no full
    stop comes before it but at its very end; the last one ends where ``caption_end`` says."""
    spans: list[tuple[int, int]] = []
    credit = re.compile(_GALLERY_CREDIT.format(count=count))
    while (head := credit.match(unit, start) if spans else AGENCY_CREDIT.match(unit, start)) is not None:
        following = credit.search(unit, head.end() + 1, head.end() + _GALLERY_REACH)
        body = unit[head.end() : following.start()].rstrip() if following else ""
        if following and len(body.split()) <= CAPTION_WORDS and not any(map(ends_sentence, body.split()[:-1])):
            spans.append((start, following.start()))
            start = following.start()
            continue
        end = caption_end(unit, head.end() + 1)
        if end and end[1] in ("opener", "label", "capital", "end") and len(unit[head.end() : end[0]].split()) >= 3:
            quote = OPENING_QUOTE.search(unit, head.end(), end[0])  # the paragraph after opens with a quotation
            spans.append((start, quote.start() if quote else end[0]))
        break
    return spans


def dots_captions(unit: str) -> list[tuple[int, int]]:
    """Captions titled with spaced dots at a sentence's start ("Rescue . . . crews reach the site"),
    one after another; each goes to where caption_end says the text goes on, never to a full stop."""
    spans: list[tuple[int, int]] = []
    if " . . . " not in unit:
        return spans
    for start in sentence_starts(unit):
        while (title := _DOTS_CAPTION.match(unit, start)) is not None:
            end = caption_end(unit, title.end())
            if not end or end[1] == "stop":
                break
            spans.append((start, end[0]))
            start = end[0]
    return spans


def caption_runs(unit: str) -> list[tuple[int, int]]:
    """Captions run into the text one after another with no full stops ("Crews work at the site The
    team are trying to reach the boy A large team has been sent The boy, ..."): at a sentence's start,
    two or more phrases of five words or more, each ending where a sentence-opening word follows a
    lowercase word, before a sentence that ends with a stop. A unit may also open with one cut
    headline before its first sentence."""
    spans: list[tuple[int, int]] = []
    for start in sentence_starts(unit):
        if spans and start < spans[-1][1]:
            continue
        ends = _phrase_ends(unit, start)
        if len(ends) >= 2 or (start == 0 and ends and _cut_headline(unit[: ends[0]])):
            spans.append((start, ends[-1]))
    return spans


# A photo's credit in brackets after its caption: "Fans celebrate the win (Getty Images)", "(Photo: Jane Roe, AP)".
_BRACKET_CREDIT = re.compile(
    rf"\((?:(?:Photo|Picture|Image)s?: [^()]{{1,80}}|(?:{AGENCY}|Getty|Reuters|Rex(?: Features)?|Shutterstock"
    r"|Alamy)(?:\s?/\s?[^()]{1,60})?)\)(?=\s+[A-Z\"“‘'(])"
)
# A photo library's credit after a colon closing its caption: "Mr X played at his course in Scotland: Getty". Only
# picture credits, as a wire's name after a colon may open what someone said ("told reporters: Reuters has ...").
_COLON_CREDIT = re.compile(
    r":\s(?:(?:[A-Z]{2,5}\s(?:via|/)\s)?Getty(?: Images)?|Rex(?: Features)?|Shutterstock|Alamy(?: Stock Photo)?)"
    r"(?=\s+[A-Z\"“‘'(])"
)
# A quotation is a sentence's, whose stop may be missing; a bracket is another credit's ("(Jane Roe/Pool via AP)").
_CAPTION_BREAKS = re.compile(r"[()\"“”]")
_BRACKETS = re.compile(r"\([^()]*\)")  # the other credits stacked before the last: "(Jane Roe/Pool via AP)"
# A full date closing a sentence, as a news photo's caption closes: "... in Croydon, London, Nov. 9, 2016."
_CLOSING_DATE = re.compile(r"\b[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}[.!]?$")


def credited_captions(unit: str) -> list[tuple[int, int]]:
    """A caption glued before the article's next sentence with its credit in brackets or after a colon: the
    words since the last sentence ended when they hold no full stop ("... the last sentence. Fans celebrate the
    win (Getty) The ...", "Mr X played at his course: Getty Donald Trump has ..."), or a sentence that closes
    with the photo's date ("... London, Nov. 9, 2016.
    (Photo: AP)"). A credit after a sentence of the text alone is the credit of a photo without a caption,
    and goes alone (inline.py's ``_PHOTO_CREDIT``), and so does one after words in quotation marks ('He said: "We won"
    (Getty)'), as a quotation may have lost its stop; words in capitals alone are a dateline ("NEW YORK,
    N.Y. (Reuters) The ...")."""
    spans: list[tuple[int, int]] = []
    credits = sorted([*_BRACKET_CREDIT.finditer(unit), *_COLON_CREDIT.finditer(unit)], key=lambda m: m.start())
    for credit in credits:
        start = _last_stop(unit, credit.start())
        between = unit[start : credit.start()]
        words = between.split()
        if 4 <= len(words) <= 40 and not _CAPTION_BREAKS.search(between) and any(w[:1].islower() for w in words):
            spans.append((start, credit.end()))
            continue
        if not _BRACKETS.sub("", between).strip() and start and _CLOSING_DATE.search(unit, 0, start - 1):
            caption = _last_stop(unit, start - 1)
            if len(unit[caption:start].split()) <= 50:
                spans.append((caption, credit.end()))
    return spans


def _last_stop(unit: str, at: int) -> int:
    """Where the sentence holding ``at`` starts: after the last full stop before it that is no abbreviation's
    (a number's full stop ends a sentence here: "... in 2005. Fans celebrate (Getty)")."""
    stops = [
        m.end() for m in STOP_GAP.finditer(unit, 0, at)
        if not abbreviation(word_before(unit, m.start() + 1).lstrip(QUOTES + "‘'(").rstrip(".!?").lower())
    ]
    return stops[-1] if stops else 0


def titles_before_participles(unit: str) -> list[tuple[int, int]]:
    """A video's title between two sentences, before one that opens with a participle ("Speaking at the
    opening, she said"): no sentence runs on into a capitalised participle without a stop."""
    spans: list[tuple[int, int]] = []
    for start in [m.end() for m in STOP_GAP.finditer(unit)]:
        title = _TITLE_BEFORE_PARTICIPLE.match(unit, start)
        if title:
            spans.append((start, title.end()))
    return spans


_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|says)\b")


def closing_caption(unit: str) -> list[tuple[int, int]]:
    """A caption glued after a paragraph's last sentence: four to fifteen words after a full stop that end
    the paragraph without one ("... the night. Crowds march past the tower in the rain"). A short unit
    is a link or a teaser, which goes whole (extract/furniture.py). Words with a finite verb of being or
    saying ("The line is set at 41") are a last sentence that lost its full stop, and stay."""
    stops = list(STOP_GAP.finditer(unit))
    before = unit[: stops[-1].start() + 1].split() if stops else []
    if len(before) < 10 or not ends_sentence(before[-1]):
        return []
    tail = unit[stops[-1].end() :]
    if 4 <= len(tail.split()) <= 15 and tail[:1].isupper() and tail[-1:].isalnum() and not re.search(
        r"[.!?,;:\"“”‘’'()@#]", tail
    ) and not _FINITE.search(tail):
        return [(stops[-1].end(), len(unit))]
    return []


def _phrase_ends(unit: str, start: int) -> list[int]:
    """Where each phrase without a full stop ends, from ``start`` on, while each is five words or more."""
    ends: list[int] = []
    count = 0
    quotes = 0
    prev = ""
    for match in re.finditer(r"\S+", unit[start:]):
        word = match.group()
        if (prev and ends_sentence(prev) and quotes % 2 == 0) or _POST_MARK.search(word):
            break  # a sentence ends, or an embedded post's link or signature (cut as a post) starts
        bare = word.rstrip(",")
        lower = prev[:1].islower() or prev[:1].isdigit()
        if count >= 5 and quotes % 2 == 0 and bare in RUN_OPENERS and prev[-1:].isalnum() and lower and (
            prev.lower() not in BINDERS
        ):
            ends.append(start + match.start())
            count = 0
        count += 1
        quotes += sum(word.count(mark) for mark in QUOTES)
        prev = word
    return ends


def _cut_headline(text: str) -> bool:
    """A headline cut short at a unit's start: five to twelve plain words with no stop, comma or quotation."""
    return 5 <= len(text.split()) <= 12 and not re.search(r"[,;:\"“”‘’'()]", text)


def galleries(unit: str) -> list[tuple[int, int]]:
    """A photo gallery's teaser set into the text: from its title ("... in pictures") or its date line to
    its last slide counter and that slide's caption: to its credit, to the sentence after it, or to the
    unit's end when all that is left is one caption."""
    counter = _SLIDE_COUNTER.search(unit)
    if not counter:
        return []
    marks = list(_GALLERY_MARK.finditer(unit, max(0, counter.start() - 300), counter.start()))
    if not marks:
        return []
    start = sentence_start(unit, marks[0].start())
    total = counter.group("of") or counter.group("slash")
    last = max([counter.end(), *(m.end() for m in re.finditer(rf"\b\d+(?: of |/){total}\b", unit))])
    rest = unit[last:]
    end = caption_end(unit, last + 1)
    if end and end[1] in ("opener", "label"):
        return [(start, end[0])]
    credit = re.search(rf"\s{AGENCY}(?=\s+[A-Z\"“])|\sGetty(?=\s+[A-Z\"“])", rest[:600])
    if credit and not any(ends_sentence(word) for word in rest[: credit.start()].split()):
        return [(start, last + credit.end())]  # the last caption's credit, after it
    if len(rest.split()) <= _GALLERY_CAPTION and sum(map(ends_sentence, rest.split()[:-1])) == 0:
        return [(start, len(unit))]  # one caption left, under the article
    return [(start, end[0] if end else last)]


def via_credits(unit: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _VIA_CREDIT.finditer(unit)]
