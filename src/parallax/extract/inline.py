"""Page furniture glued into running text: what a page set apart, run into one paragraph with the article.

Scrapers that flatten a page to one line per article (and readers who paste from one) leave the image
blocks, embedded posts, gallery teasers and closing credits inside the sentences around them: "Image
copyright EPA Image caption The blast destroyed cars A suicide bomber has rammed ...". Their labels are
generic ("Image caption", "Play slideshow", a photo agency's name, "— Name (@handle) Date"); where a
caption ends is read from the text, as a headline-like phrase without a full stop ends where a sentence
starts: a capitalised word after a lowercase one, or a word that opens sentences ("The", "He", "However").
Captions run together without full stops, titled with spaced dots (". . .") or under a credit in capitals
are known by their shape, and pull quotes and captions that repeat the text by the repeat. So are a caption
with its credit in brackets after it ("Fans celebrate the win (Getty)"), a related story's headline set
alone between two sentences, a gallery's captions each under a credit with the gallery's count ("Getty
Images 5 Fans wave Reuters 5 ..."), a box of related headlines under its label ("related articles ...", to
the quotation or sentence it cut) and the text of widgets (extract/widgets.py: a sign-up box's messages, a
video player's with the title over it, a share link or button). Each cut also splits the paragraph there,
so what follows starts a unit of its own; a closing credit glued to the last sentence ("Additional reporting
from ...", "Contributing: ...") is split off for extract/trailers.py to read.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import islice, pairwise

from parallax.extract.furniture import BLOCK_HEADER
from parallax.extract.prose import CLOSERS, abbreviation
from parallax.extract.trailers import TRAILER
from parallax.extract.widgets import Widget, link_sentences, widgets

# The labels of a broadcaster's image and video blocks, each over (or before) a caption.
_CAPTION_LABEL = re.compile(
    r"\b(?:(?:Image|Media|Video) caption|Media playback is (?:not |un)supported on (?:this|your) device)\b,?\s*"
)
_BLOCK_WORDS = ("Image", "Media", "Video", "Picture")
_COPYRIGHT_LABEL = re.compile(r"\b(?:Image|Media|Picture) (?:copyright|source)\b,?\s*")
# A photo agency's credit set before a caption at a sentence's start: "REUTERS Some of the bars ...", with
# the count of the gallery it opens when there is one: "Getty Images 5 Fans wave to the team".
_AGENCY = (
    r"(?:REUTERS|GETTY(?: IMAGES)?|Getty Images|AFP|AP|PA|EPA|AAP|XINHUA|SWNS|PA:Press Association"
    r"|AP:Associated Press)"
)
_AGENCY_CREDIT = re.compile(rf"{_AGENCY}(?: ?[*/] ?{_AGENCY})*(?: (?P<count>\d{{1,2}}))?(?= [A-Z\"“‘'(])")
# A quotation opening a word: where the article goes on after a caption or a box of headlines that cut a
# paragraph of quotes.
_OPENING_QUOTE = re.compile(r"(?<=\s)[\"“](?=\w)")
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
# An embedded photo or video's credit line: "A photo posted by Jane Roe (@janeroe) on Nov 9, 2016 at 1:57am PST".
_EMBED_CREDIT = re.compile(
    r"\bA (?:photo|video|post) (?:posted|shared) by [^()\n]{1,60}? \(@[\w.]{1,30}\) on [A-Z][a-z]{2,8}\.? \d{1,2}, "
    r"\d{4}(?: at \d{1,2}:\d{2} ?[ap]\.?m\.?(?: [A-Z]{2,4})?)?"
)
# A video's title glued before a sentence that opens with a participle and a reporting verb: "... the
# last sentence. Mayor opens the new bridge Speaking at the opening, she said: ..." ("Addressing Jane Roe
# he said"); a name ending in "ing" inside a sentence has no clause with a comma after it.
_TITLE_BEFORE_PARTICIPLE = re.compile(
    r"(?P<title>[A-Z][\w'’-]*(?: [\w'’-]+){2,9}) "
    r"(?=[A-Z][a-z]{3,}ing (?:[^.!?:;,\"“”]{1,60},|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}) "
    r"(?:he|she|they|we) (?:said|says|added|told)\b)"
)
_PULL_QUOTE_PAGE = 100_000  # characters: a longer page is searched for no pull quote (see ``_cut_unit``)
# A photo's credit after its caption: "... near future - KCNA via KNS North Korea is ...".
_VIA_CREDIT = re.compile(
    r"\s[-–—]\s(?:[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2}) via "
    r"[A-Z][\w.&'’-]*(?: (?:Images|Press|Photos?|Pictures|Media|Wire|News|Agency))?"
    r"(?=\s+[A-Z\"“]|\s*$)"
)
# An embedded post's signature: "— Jane Roe (@janeroe) November 8, 2016", with the links before it.
_POST_SIGNATURE = re.compile(
    r"(?:--|[—–-])\s*(?:(?!\s(?:--|[—–-])\s)[^()\n]){1,60}?\s*\(@\w{1,30}\)"
    r"(?:\s+[A-Z][a-z]+\.? \d{1,2}, \d{3,4})?\s*"
)
_POST_LINK = re.compile(r"pic\.twitter\.com/\w+|https?://t\.co/\w+")
_POST_MARK = re.compile(r"^(?:--|—)$|\(@|pic\.twitter\.com/|https?://")
# A gallery set into the text: "Hillary Clinton in pictures Wed, November 30, 2016 ... Play slideshow
# Getty Images 1 of 40 <first caption>" or "UK news in pictures 19 show all ... 1/19 ... 19/19 <caption>".
_GALLERY_MARK = re.compile(
    r"\bin pictures\b|\bPlay slideshow\b|\b\d+ show all\b"
    r"|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), [A-Z][a-z]+ \d{1,2}, \d{4}\b"
)
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
_SLIDE_COUNTER = re.compile(r"\b(?:1 of (?P<of>\d+)|1/(?P<slash>\d+))\b")
_GALLERY_CAPTION = 60
# A link's label left without its link: "More:" at a sentence's start.
_LINK_LABEL = re.compile(r"(?:More|READ MORE|Read more|Read More|Related|RELATED)\s?:\s*(?=[\"“A-Z]|$)")
# A wire story's end mark with the desk's initials and the aggregator's id after it: "(end) ab.cd ID123".
_END_MARK = re.compile(r"\s\((?:end|END|ends)\)(?:\s+\S+){0,4}\s*$")
# Credits glued to the last sentence: "... the last sentence. With files from Example News".
_GLUED_CREDIT = re.compile(r"(?<=[.!?\"”’)])\s+(?=(?:Additional reporting|With files|With additional reporting|"
                           r"With reporting|Reporting by|\(Reporting|Writing by|Editing by|Contributing(?=:)"
                           r"|Follow [^.!?]{1,60}? on (?:Twitter|Facebook|Instagram))\b)")

# Words that open sentences far more often than they sit inside one with a capital.
_OPENERS = frozenset(
    [
        "The", "A", "An", "He", "She", "It", "It's", "It’s", "They", "We", "His", "Her", "Their", "Its", "This",
        "These", "Those", "There", "In", "On", "At", "But", "However", "Meanwhile", "According", "After",
        "Then", "When", "While", "Earlier", "Later", "Some", "Many", "Mr", "Mrs", "Ms", "Dr"
    ]
)
# Sentence adverbs that open a sentence with a comma after them ("Previously, the team ..."), which no caption
# or name writes so: one ends a caption as an opener does.
_COMMA_OPENERS = frozenset(
    [
        "Previously", "Additionally", "Separately", "Finally", "Recently", "Currently", "Initially", "Eventually",
        "Instead", "Yesterday", "Today", "Now", "Still", "Also", "Furthermore", "Moreover", "Overall", "Indeed",
        "Nevertheless", "Similarly", "Likewise", "Ultimately", "Elsewhere", "Afterwards", "Consequently",
        "Notably", "Fortunately", "Unfortunately", "Sadly", "Luckily", "Surprisingly", "Last", "Yet", "So",
        "Earlier", "Later", "Meanwhile", "However", "Then",
    ]
)
# Words after which a capitalised word is a name inside the phrase, not a new sentence; the roles go before
# a name ("Taliban spokesman Zabihullah Mujahid", "House speaker Paul Ryan").
_BINDERS = frozenset(
    [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "into", "onto", "near",
        "outside", "inside", "and", "or", "nor", "as", "since", "after", "before", "during", "about", "over",
        "under", "between", "among", "across", "through", "toward", "towards", "against", "like", "than", "via",
        "his", "her", "their", "its", "our", "my", "your", "former", "new", "late", "fellow", "then", "north",
        "south", "east", "west", "central", "northern", "southern", "eastern", "western", "said", "says",
        "told", "tells", "meets", "met", "named", "called", "dubbed", "including",
        "spokesman", "spokeswoman", "spokesperson", "speaker", "president", "minister", "secretary", "senator",
        "governor", "director", "chief", "leader", "chairman", "manager", "coach", "captain", "driver", "star",
        "actor", "actress", "singer", "wife", "husband", "son", "daughter", "mother", "father", "brother",
        "sister", "ally", "rival", "candidate", "nominee"
    ]
)
# Openers that mark where a caption run into the text ends and the next one starts.
# Titles ("told Mr Roe") follow lowercase words inside sentences too.
_RUN_OPENERS = (_OPENERS - {"Mr", "Mrs", "Ms", "Dr"}) | {"More", "Over", "Around", "Nearly", "Almost"}
_QUOTES = "\"“”"
_QUOTE_MARK = re.compile("[\"“”]")
_STOP_GAP = re.compile(r"[.!?][\"”’')\]]*\s+")
_CAPTION_WORDS = 60
_DESCRIPTION_WORDS = 12  # a video's description under its player, before the next furniture
_TOKEN = re.compile(r"\S+")


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
    spans = [*_image_blocks(unit), *_agency_captions(unit), *_galleries(unit), *_posts(unit), *_link_labels(unit)]
    spans.extend([*_via_credits(unit), *_dots_captions(unit), *_caption_runs(unit), *_closing_caption(unit)])
    players = widgets(unit)
    spans.extend([*_titles_before_participles(unit), *_widget_spans(unit, players), *_credited_captions(unit)])
    spans.extend([*link_sentences(unit, _sentence_starts(unit)), *_glued_headlines(unit), *_related_blocks(unit)])
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


def caption_end(text: str, start: int, limit: int = _CAPTION_WORDS) -> tuple[int, str] | None:
    """Where a caption starting at ``start`` ends and the text goes on, with how that was told: "label"
    (another block's label), "opener" (a sentence-opening word, or a capital after a closing quote),
    "capital" (a capital after a lowercase word), "stop" (the caption ends like a sentence) or "end"
    (the unit ends). The first opener wins over an earlier capital, and a capital over a later full stop
    or label; None when nothing says within ``limit`` words."""
    tokens = list(islice(_TOKEN.finditer(text, start), limit + 1))
    capital: int | None = None
    quotes = 0
    singles = False  # a single quotation mark opened: "'very fine man' Mr ..." (not "the Cubs' curse")
    for i, match in enumerate(tokens[:limit]):
        word = match.group()
        at = match.start()
        if i and (_CAPTION_LABEL.match(text, at) or _COPYRIGHT_LABEL.match(text, at) or _agency_at(text, at)):
            return (capital, "capital") if capital is not None else (at, "label")
        if i:
            prev = tokens[i - 1].group()
            inside = quotes % 2 == 1
            bare = word.lstrip(_QUOTES + "‘'(")
            if not inside and _stops(prev):
                return (capital, "capital") if capital is not None else (at, "stop")
            core = prev.rstrip(CLOSERS)
            if not inside and bare[:1].isupper() and core[-1:] not in ",;:" and core.lower() not in _BINDERS:
                closes = prev[-1:] in "\"”" or (prev[-1:] in "'’" and singles)
                if bare in _OPENERS or bare.rstrip(",") in _OPENERS or closes or (
                    bare[-1:] == "," and bare[:-1] in _COMMA_OPENERS
                ):
                    return at, "opener"
                if capital is None and prev[:1].islower():
                    capital = at
        quotes += sum(word.count(mark) for mark in _QUOTES)
        singles = singles or word[:1] in "'‘"
    if len(tokens) <= limit:
        return (capital, "capital") if capital is not None else (len(text), "end")
    return (capital, "capital") if capital is not None else None


def _stops(word: str) -> bool:
    core = word.rstrip(CLOSERS)
    if core[-1:] not in ".!?":
        return False
    stem = core.rstrip(".!?").lower()
    return not (abbreviation(stem) or stem.isdigit())


def _agency_at(text: str, at: int) -> bool:
    match = _AGENCY_CREDIT.match(text, at)
    return match is not None and (at == 0 or text[at - 1] == " ")


def _image_blocks(unit: str) -> list[tuple[int, int]]:
    """A broadcaster's image or video block: "Image copyright <holder>", "Image caption <caption>"."""
    spans: list[tuple[int, int]] = []
    if not any(word in unit for word in _BLOCK_WORDS):
        return spans
    for match in _COPYRIGHT_LABEL.finditer(unit):
        spans.append((match.start(), _holder_end(unit, match.end())))
    for match in _CAPTION_LABEL.finditer(unit):
        end = caption_end(unit, match.end())
        spans.append((match.start(), end[0] if end else match.end()))
    return spans


def _holder_end(unit: str, start: int) -> int:
    """Where the name of an image's copyright holder ends: at the caption's label when one follows
    within a few words, else after a run of up to four capitalised words or handles."""
    label = _CAPTION_LABEL.search(unit, start, start + 80)
    if label and len(unit[start : label.start()].split()) <= 6:
        return label.start()
    end = start
    for count, match in enumerate(re.finditer(r"\S+", unit[start:])):
        word = match.group()
        bare = word.rstrip(",.;:")
        if count >= 4 or not (word[:1].isupper() or word[:1] == "@") or (count and bare in {*_OPENERS, "By"}):
            break
        end = start + match.end()
    return end


def _agency_captions(unit: str) -> list[tuple[int, int]]:
    """A caption under its agency's credit at a sentence's start ("PA Fans queue outside the shop The
    shop opened ..."): the caption must end without a full stop and before the sentence after it. A credit
    with a count opens a gallery's run of captions."""
    spans: list[tuple[int, int]] = []
    for start in _sentence_starts(unit):
        credit = _AGENCY_CREDIT.match(unit, start) or (start and _CAPS_CREDIT.match(unit, start))
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
    while (head := credit.match(unit, start) if spans else _AGENCY_CREDIT.match(unit, start)) is not None:
        following = credit.search(unit, head.end() + 1, head.end() + _GALLERY_REACH)
        body = unit[head.end() : following.start()].rstrip() if following else ""
        if following and len(body.split()) <= _CAPTION_WORDS and not any(map(_stops, body.split()[:-1])):
            spans.append((start, following.start()))
            start = following.start()
            continue
        end = caption_end(unit, head.end() + 1)
        if end and end[1] in ("opener", "label", "capital", "end") and len(unit[head.end() : end[0]].split()) >= 3:
            quote = _OPENING_QUOTE.search(unit, head.end(), end[0])  # the paragraph after opens with a quotation
            spans.append((start, quote.start() if quote else end[0]))
        break
    return spans


def _dots_captions(unit: str) -> list[tuple[int, int]]:
    """Captions titled with spaced dots at a sentence's start ("Rescue . . . crews reach the site"),
    one after another; each goes to where caption_end says the text goes on, never to a full stop."""
    spans: list[tuple[int, int]] = []
    if " . . . " not in unit:
        return spans
    for start in _sentence_starts(unit):
        while (title := _DOTS_CAPTION.match(unit, start)) is not None:
            end = caption_end(unit, title.end())
            if not end or end[1] == "stop":
                break
            spans.append((start, end[0]))
            start = end[0]
    return spans


def _caption_runs(unit: str) -> list[tuple[int, int]]:
    """Captions run into the text one after another with no full stops ("Crews work at the site The
    team are trying to reach the boy A large team has been sent The boy, ..."): at a sentence's start,
    two or more phrases of five words or more, each ending where a sentence-opening word follows a
    lowercase word, before a sentence that ends with a stop. A unit may also open with one cut
    headline before its first sentence."""
    spans: list[tuple[int, int]] = []
    for start in _sentence_starts(unit):
        if spans and start < spans[-1][1]:
            continue
        ends = _phrase_ends(unit, start)
        if len(ends) >= 2 or (start == 0 and ends and _cut_headline(unit[: ends[0]])):
            spans.append((start, ends[-1]))
    return spans


def _sentence_starts(unit: str) -> list[int]:
    """Where ``unit`` and each run after a full stop start (an abbreviation's stop too: callers that mind ask
    ``_stops``)."""
    return [0, *(m.end() for m in _STOP_GAP.finditer(unit))]


def _widget_spans(unit: str, found: list[Widget]) -> list[tuple[int, int]]:
    """The widgets' text (extract/widgets.py), with the title a video player has over it: the words since
    the last sentence ended, as no sentence runs on into a player without a stop. (A short description
    under the player, between its controls and the next furniture, goes too: see ``_cut_spans``.)"""
    return [
        (_sentence_start(unit, widget.start) if widget.player else widget.start, widget.end) for widget in found
    ]


# A photo's credit in brackets after its caption: "Fans celebrate the win (Getty Images)", "(Photo: Jane Roe, AP)".
_BRACKET_CREDIT = re.compile(
    rf"\((?:(?:Photo|Picture|Image)s?: [^()]{{1,80}}|(?:{_AGENCY}|Getty|Reuters|Rex(?: Features)?|Shutterstock"
    r"|Alamy)(?:\s?/\s?[^()]{1,60})?)\)(?=\s+[A-Z\"“‘'(])"
)
# A quotation is a sentence's, whose stop may be missing; a bracket is another credit's ("(Jane Roe/Pool via AP)").
_CAPTION_BREAKS = re.compile(r"[()\"“”]")
_BRACKETS = re.compile(r"\([^()]*\)")  # the other credits stacked before the last: "(Jane Roe/Pool via AP)"
# A full date closing a sentence, as a news photo's caption closes: "... in Croydon, London, Nov. 9, 2016."
_CLOSING_DATE = re.compile(r"\b[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}[.!]?$")


def _credited_captions(unit: str) -> list[tuple[int, int]]:
    """A caption glued before the article's next sentence with its credit in brackets after it: the words
    since the last sentence ended when they hold no full stop ("... the last sentence. Fans celebrate the
    win (Getty) The ..."), or a sentence that closes with the photo's date ("... London, Nov. 9, 2016.
    (Photo: AP)"). A credit after a sentence of the text alone is the credit of a photo without a caption,
    and goes alone (``_PHOTO_CREDIT``), and so does one after words in quotation marks ('He said: "We won"
    (Getty)'), as a quotation may have lost its stop; words in capitals alone are a dateline ("NEW YORK,
    N.Y. (Reuters) The ...")."""
    spans: list[tuple[int, int]] = []
    for credit in _BRACKET_CREDIT.finditer(unit):
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
        m.end() for m in _STOP_GAP.finditer(unit, 0, at)
        if not abbreviation(_word_before(unit, m.start() + 1).lstrip(_QUOTES + "‘'(").rstrip(".!?").lower())
    ]
    return stops[-1] if stops else 0


def _word_before(unit: str, at: int) -> str:
    """The word that ends at ``at`` (or before the spaces there), read from a short window."""
    words = unit[max(0, at - 40) : at].split()
    return words[-1] if words else ""


# Words a headline set between two sentences holds none of: a stop, a comma, a colon, a quotation mark.
_HEADLINE_MARKS = re.compile(r"[.!?,;:\"“”‘’'()@#/|]")
_HEADLINE_CHARS = 250  # twenty words at most
_REPORTED = re.compile(r"\b(?:said|told)\b")  # words reported, as a sentence reports them and no headline does
# The openers after a headline: no article alone, as "letters A through I" and "The Boston Globe" hold one, but
# "The" before a lowercase word.
_HEADLINE_OPENERS = _RUN_OPENERS - {"A", "An", "The"}
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
    starts = [start for start in _sentence_starts(unit)[1:] if _stops(_word_before(unit, start))]
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
    for start in _sentence_starts(unit):
        label = BLOCK_HEADER.match(unit, start)
        if not label or (start and not _stops(_word_before(unit, start))):
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
        stop = next((m.start() for m in _STOP_GAP.finditer(unit, after) if _full_stop(unit, m.start())), len(unit))
        quote = _OPENING_QUOTE.search(unit, after, stop)
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
    before = _word_before(unit, opener.start())
    return opener.start() + 1 if before[-1:].isalnum() and before.lower() not in _BINDERS else None


def _full_stop(unit: str, at: int) -> bool:
    """Whether the mark at ``at`` is a full stop that ends a sentence: no ellipsis or abbreviation (a number's
    stop ends one: "... in April 2015. Last July ...")."""
    word = _word_before(unit, at + 1).rstrip(CLOSERS).lstrip(_QUOTES + "‘'(")
    return unit[at] == "." and unit[at - 1 : at] != "." and not abbreviation(word.rstrip(".").lower())


def _titles_before_participles(unit: str) -> list[tuple[int, int]]:
    """A video's title between two sentences, before one that opens with a participle ("Speaking at the
    opening, she said"): no sentence runs on into a capitalised participle without a stop."""
    spans: list[tuple[int, int]] = []
    for start in [m.end() for m in _STOP_GAP.finditer(unit)]:
        title = _TITLE_BEFORE_PARTICIPLE.match(unit, start)
        if title:
            spans.append((start, title.end()))
    return spans


_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|says)\b")


def _closing_caption(unit: str) -> list[tuple[int, int]]:
    """A caption glued after a paragraph's last sentence: four to fifteen words after a full stop that end
    the paragraph without one ("... the night. Crowds march past the tower in the rain"). A short unit
    is a link or a teaser, which goes whole (extract/furniture.py). Words with a finite verb of being or
    saying ("The line is set at 41") are a last sentence that lost its full stop, and stay."""
    stops = list(_STOP_GAP.finditer(unit))
    before = unit[: stops[-1].start() + 1].split() if stops else []
    if len(before) < 10 or not _stops(before[-1]):
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
        if (prev and _stops(prev) and quotes % 2 == 0) or _POST_MARK.search(word):
            break  # a sentence ends, or an embedded post's link or signature (cut as a post) starts
        bare = word.rstrip(",")
        lower = prev[:1].islower() or prev[:1].isdigit()
        if count >= 5 and quotes % 2 == 0 and bare in _RUN_OPENERS and prev[-1:].isalnum() and lower and (
            prev.lower() not in _BINDERS
        ):
            ends.append(start + match.start())
            count = 0
        count += 1
        quotes += sum(word.count(mark) for mark in _QUOTES)
        prev = word
    return ends


def _cut_headline(text: str) -> bool:
    """A headline cut short at a unit's start: five to twelve plain words with no stop, comma or quotation."""
    return 5 <= len(text.split()) <= 12 and not re.search(r"[,;:\"“”‘’'()]", text)


def _galleries(unit: str) -> list[tuple[int, int]]:
    """A photo gallery's teaser set into the text: from its title ("... in pictures") or its date line to
    its last slide counter and that slide's caption: to its credit, to the sentence after it, or to the
    unit's end when all that is left is one caption."""
    counter = _SLIDE_COUNTER.search(unit)
    if not counter:
        return []
    marks = list(_GALLERY_MARK.finditer(unit, max(0, counter.start() - 300), counter.start()))
    if not marks:
        return []
    start = _sentence_start(unit, marks[0].start())
    total = counter.group("of") or counter.group("slash")
    last = max([counter.end(), *(m.end() for m in re.finditer(rf"\b\d+(?: of |/){total}\b", unit))])
    rest = unit[last:]
    end = caption_end(unit, last + 1)
    if end and end[1] in ("opener", "label"):
        return [(start, end[0])]
    credit = re.search(rf"\s{_AGENCY}(?=\s+[A-Z\"“])|\sGetty(?=\s+[A-Z\"“])", rest[:600])
    if credit and not any(_stops(word) for word in rest[: credit.start()].split()):
        return [(start, last + credit.end())]  # the last caption's credit, after it
    if len(rest.split()) <= _GALLERY_CAPTION and sum(map(_stops, rest.split()[:-1])) == 0:
        return [(start, len(unit))]  # one caption left, under the article
    return [(start, end[0] if end else last)]


def _sentence_start(unit: str, at: int) -> int:
    """The start of the sentence or headline that holds ``at``: after the last full stop before it, at most
    twenty words back."""
    before = unit[:at]
    stops = [m.end() for m in _STOP_GAP.finditer(before)]
    start = stops[-1] if stops else 0
    words = before[start:].split()
    if len(words) > 20:
        return at
    return start


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
        if (m.start() == 0 and unit[m.end() : m.end() + 1] in _QUOTES)
        or (m.start() and re.search(r"[.!?][\"”’')\]]?\s$", unit[: m.start()]))
    ]


def _via_credits(unit: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _VIA_CREDIT.finditer(unit)]


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
    starts = [0, *(index[m.end()] for m in _STOP_GAP.finditer(text) if m.end() in index)]
    for i in starts:
        # a quotation's words (an odd count of marks before them, or one opening them) are no pull quote,
        # and an abbreviation's stop starts no sentence
        if bisect_left(marks, words[i].start() + 1) % 2 or (i and not _stops(words[i - 1].group())):
            continue
        k = i + 8
        if k > len(words) or flat.count(_flat(text[words[i].start() : words[k - 1].end()])) < 2:
            continue
        while k < len(words) and flat.count(_flat(text[words[i].start() : words[k].end()])) >= 2:
            k += 1
        if _stops(words[k - 1].group()) or len(words) - k < 5 or not words[k].group().lstrip(_QUOTES)[:1].isupper():
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
    if quote and quote[0] in _QUOTES + "‘" and quote.lstrip(_QUOTES + "‘") == first.lstrip(_QUOTES + "‘"):
        return run
    return next((n for n in range(1, min(run, 4)) if names[n] in _OPENERS and names[0] not in _OPENERS), 0)


def _flat(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", "", text.lower()).split())
