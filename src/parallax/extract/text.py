"""Plain text as users paste it: title, standfirst, inline header and trailer, page furniture.

trafilatura and its kin clean HTML, where tags say what is navigation; a pasted page has lost its tags, so
what is furniture must be read from line shape, position and the generic vocabulary of news pages
("Skip to", "Photograph:", "More on this story", "Sign up for"). No library does that for plain text, so
these are our own rules: anchored, linear-time regexes over short lines, a few thousand articles a second.

The page is read in three parts. The header, before the first paragraph of running text: bylines and date
lines (extract/bylines.py, extract/dates.py), then the title and standfirst, the run of headline-like lines
just above the byline. The body, where furniture lines and boxes (newsletter promotions, link lists) are
dropped; a copyright line or a note that the piece is republished, with only the site's lines after it,
ends it. The tail, from which trailers, the box on the writer, corrections, appeals to subscribe and the
short lines that do not end like a sentence (names, topics, other headlines) are taken off until the last
paragraph of text.

tests/fixtures/pasted holds invented pages of many layouts (wire copy on partner sites, broadcasters,
magazines, regional and non-US outlets, live pages, phone and reader-mode pastes) that these rules are
checked against.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parallax.extract.bylines import (
    BYLINE,
    NAME_TOKEN,
    NAV_WORDS,
    OUTLET_WORDS,
    PERSON,
    ROLE_WORDS,
    Byline,
    initials,
    is_reporting_note,
    name_case,
    outlet_line,
    parse_byline,
    parse_credit_line,
    parse_name_and_credit,
    parse_paren,
)
from parallax.extract.dates import MONTH, parse_date, read_date_line
from parallax.extract.hygiene import tidy


@dataclass(slots=True)
class CleanText:
    body: str
    title: str | None = None
    description: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None
    outlet: str | None = None
    warnings: list[str] = field(default_factory=list)


# An editor's mark after a sentence's full stop: 'to unite us. (sic)"'.
_EDITORIAL_MARK = re.compile(r"\s*[(\[](?:sic|sic!|laughs|applause|laughter)[)\]]$", re.I)
_BULLET = "•·◦▪▸►▶‣○●*-–—>»"
_CLOSERS = "\"”’')]"
# Marks some magazines set after an article's last sentence: "... the only thing that works.■"
_END_MARKS = "■□◆◇∎♦"

# Vocabulary of page furniture: a line made only of one of these is never article text.
_FURNITURE_LINE = re.compile(
    r"(?:(?:skip )?advertisement(?:\s*[·•|:-]\s*.{0,40})?|advertising|sponsored(?: content)?|ad feedback"
    r"|report this ad|skip (?:ad|advert)\b.{0,40}|ad loading\W*"
    r"|story continues(?: below)?(?: advertisement)?|continue reading(?: the main story| below)?"
    r"|skip (?:to|past|links)\b.{0,60}|jump to \w.*|back to top"
    r"|share(?: this| on| via| article| story| page| the| full| or comment|$).{0,60}|share\d*|tweet|email|e-mail"
    r"|print|copy link|mailto"
    r"|facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|telegram|threads|bluesky|messenger|tumblr"
    r"|flipboard|mastodon|pocket|like this:?|like loading\W*"
    r"|(?:link )?copied!?|save(?: this)?(?: article| story| for later)?|(?:story|article) saved|bookmark"
    r"|to revisit this (?:article|story)\b.{0,120}|view (?:it |this email )?in (?:your |a )?(?:web )?browser"
    r"|forwarded this (?:email|newsletter)\?.{0,80}|paid|premium|exclusive|subscribers? only"
    r"|listen(?: to this article| to article)?.{0,30}"
    r"|(?:new:? )?you can now listen to .{0,60}|save articles to read later.{0,80}|in this (?:article|story):?"
    r"|(?:set|change|choose) (?:your )?edition(?: preference)?|edition:?|heard on [A-Z].{0,60}"
    r"|\d+-minute listen|playlist|embed|transcript|download"
    r"|quick links|sms|copy (?:article |story )?link|read time:?\s*\d+ mins?|about (?:the )?(?:authors?|writers?)"
    r"|add to (?:your )?saved (?:stories|articles)|gift (?:this )?article|just in|for you"
    r"|sign (?:up|in)\b.{0,200}|log ?in|register|subscribe\b.{0,160}|follow us\b.{0,80}"
    r"|get (?:our|the) .{0,60}(?:alerts?|newsletters?|app|emails?)\W?|download (?:the|our) .{0,60}\bapp\b.{0,80}"
    r"|(?:free )?(?:daily|weekly|morning|evening) (?:newsletter|briefing|email)|after newsletter promotion"
    r"|get the (?:biggest|latest|best)\b.{0,60}\bby email|something went wrong,? please try again(?: later)?\W?"
    r"|invalid e-?mail(?: address)?|thank you for subscribing\W?|we have more newsletters|show me"
    r"|see our privacy notice"
    r"|(?:get|have) [^.!?]{0,60}\bdelivered (?:straight |directly )?to your inbox\W?|i understand and agree\b.{0,200}"
    r"|(?:stay up to date\b.{0,80}\s)?(?:join|follow) (?:us|our|\w+['’]s)\b.{0,30}"
    r"\b(?:whatsapp|telegram|google news)\b.{0,80}"
    r"|catch (?:all|your|the latest)\b.{0,200}\bnews\b.{0,200}|get (?:the )?latest (?:news|updates)\b.{0,200}"
    r"|by (?:providing|entering|submitting) (?:an|your) e-?mail\b.{0,300}"
    r"|(?:enjoy|listen to|download|get)\b.{0,80}\bon ios (?:or|and) android\W?"
    r"|do you have an opinion\b.{0,400}|\d[\d.,]*[km]? followers?|follow"
    r"|privacy notice:.{0,500}|thanks for reading\b.{0,200}|already (?:a subscriber|have an account)\b.{0,60}"
    r"|you have \w+ free (?:articles?|stories|reads?)\b.{0,80}|please enable javascript\b.{0,120}"
    r"|your browser (?:does not|doesn't) support\b.{0,80}|(?:please )?(?:use|switch to|update) (?:a |the |your )?"
    r"(?:\w+ )?browser\b.{0,80}"
    r"|(?:this|the) (?:video|audio|content) is not available\b.{0,80}"
    r"|(?:we use|this (?:site|website) uses) cookies.{0,400}"
    r"|cookie (?:settings|policy|preferences)|privacy policy|terms of (?:use|service)|we value your privacy"
    r"|(?:accept|reject|allow|refuse) all|i accept|show purposes|manage (?:options|preferences|settings)"
    r"|\d+\s+(?:comments?|likes?|restacks?|shares?|replies)|(?:read |view )?(?:all )?\d+ comments?"
    r"|comments?\s*\(?\d*\)?|view comments|show comments|join the conversation\b.{0,60}|discussion about this \w+"
    r"|(?:write|leave|post|add) a comment\W{0,3}|share what you think"
    r"|loading\W*|menu|search|close|open in app|download the app|reuse this content|image|video|photo"
    r"|watch(?: now| live| video)?:?|play video|toggle caption|hide caption|expand|enlarge this image"
    r"|(?:image|media|photo|video) (?:source|caption|credit|copyright)s?\s*[,:]\s*.{0,300}"
    r"|(?:image|media) (?:source|caption|copyright) [^.!?]{0,150}[.!?]?"
    r"|this (?:article|story|page) is (?:more than|over) (?:a|an|one|\d+) (?:year|month|week)s? old"
    r"|(?:photo|photograph|image|illustration|video) by [A-Z][^.!?]{0,60}|supported by"
    r"|[A-Z][\w.'’ -]{1,40}/[A-Z][\w.'’ &-]{1,40}"
    r"|(?:support|donate to) (?:our|independent) journalism.{0,200}"
    r"|\d+(?:\s?[–-]\s?\d+)? min(?:ute)?s?(?: read| listen)?"
    # a media player's position and length ("0:00", "/ 4:12", "1:05 / 4:12")
    r"|0:00|(?:(?:\d{1,2}:)?\d{1,2}:\d{2}\s*)?/\s*(?:\d{1,2}:)?\d{1,2}:\d{2}"
    r"|\d+[hmd] ago\b.{0,80}"
    r"|topics?|tags|topics?:\s*\w.{0,60}|filed under:?.{0,200}|explore more on these topics|more from \w.{0,60}"
    r"|a version of this (?:article|story) appear(?:s|ed) in print\b.{0,400}|order reprints\b.{0,80}"
    r"|our standards\b.{0,80}|site index|(?:\w+ )?(?:&\s)?(?:section|site)(?: information)? navigation|navigation menu"
    r"|(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/\S*)",
    re.I,
)
# Consent banners run to whole sentences; they speak of cookies or data together with partners or consent.
# Links read out for screen readers end ", opens new tab". Searched only in lines holding one of _RARE_WORDS.
_CONSENT = re.compile(
    r"\b(?:cookies|personal data|your (?:data|device)|on a device)\b.{0,300}"
    r"\b(?:partners|consent|personali[sz]ed (?:ads|advertising|content)|by clicking|you agree)\b"
    r"|\b(?:our partners|by clicking)\b.{0,300}\bcookies\b|\baccept (?:all )?cookies\b"
    r"|, opens (?:in )?(?:a )?new (?:tab|window)$|\bis not responsible for the content of external\b",
    re.I,
)
_RARE_WORDS = ("cookie", "personal data", "device", "new tab", "new window", "external")
_NAV_SPLIT = re.compile(r"[\s|/·•,>»›]+")
# A breadcrumb trail: short labels joined by arrows ("Home › Europe › Transport").
_BREADCRUMB = re.compile(r"[^.!?›»>]{1,30}(?:\s*[›»>]\s*[^.!?›»>]{1,30}){1,5}")
# A trail from the home page, which may end with the article's own title: "Home / India News / ...".
_HOME_TRAIL = re.compile(r"home\s*[›»>/|]\s*\w.{0,200}", re.I)
# The links of a site's footer, set in one row ("Terms of Use | Privacy Policy | Contact Us").
_SITE_LINK = re.compile(
    r"(?:contact(?: us)?|about(?: us)?|advertise(?: with us)?|careers|jobs|accessibility|site ?map|help|faq"
    r"|corrections|rss|archives?|newsletters?|masthead|ethics|(?:editorial )?standards|licensing|reprints"
    r"|(?:cookie|privacy)(?: policy| notice| settings| preferences)?|terms(?: of (?:use|service)| and conditions)?"
    r"|your privacy choices|do not sell(?: or share)? my (?:personal )?(?:info|information)|manage cookies)",
    re.I,
)
_LINK_ROW_SPLIT = re.compile(r"\s*[|•·]\s*")
# A line starting like this and shorter than a paragraph is a promotion or a link, not text.
_FURNITURE_START = re.compile(
    r"(?:read more|read also|(?:also )?(?:read|watch|listen|see)\s*[|:]"
    r"|related(?:\s*[:|–—-]|\s+(?:stories|articles?|coverage|content|reading|links?)\b)|see also"
    r"|also read|read next|recommended(?:\s*[:|–—-]|\s+for you\b)|more:|watch:|listen:|pictured:"
    r"|click here|get (?:the|our) \w+ newsletter|sign up (?:for|to)|newsletter sign-?up|by subscribing\b"
    r"|(?:header|featured|main|top|lead|cover) (?:image|photo|picture):)",
    re.I,
)
# Headers of link boxes: what follows them, while it looks like links, is dropped with them.
_BLOCK_HEADER = re.compile(
    r"(?:more on this (?:story|topic)|more (?:stories|news|coverage|top stories|in \w.{0,30})"
    r"|most (?:viewed|read|popular|shared|commented|emailed)"
    r"|related(?: stories| articles| content| coverage| news| topics| links| posts| reading)?|read also"
    r"|read more|recommended(?: stories| articles| for you| reading)?|you (?:may|might) (?:also )?like"
    r"|(?:don't|do not) miss|trending(?: now| stories)?|top stories|latest(?: news| stories)?|editor'?s picks"
    r"|popular(?: now| stories)?|what to read next|further reading|also in the news|in other news"
    r"|around the web|from around the web|share this|share this article|share this story"
    r"|more from \w.{0,40}|explore more on these topics|in case you missed it)"
    r"\W{0,3}",
    re.I,
)
# Link boxes that close a page ("Most read", "Related topics"): when nothing after them is a paragraph,
# everything after them goes.
_END_HEADER = re.compile(
    r"(?:more on this (?:story|topic)|most (?:viewed|read|popular|shared|commented|emailed)"
    r"|related(?: topics| content| stories| articles?| coverage| internet links)|explore more on these topics"
    r"|trending(?: now| stories)?|suggested topics|top stories|latest (?:news|stories)|editor'?s picks"
    r"|you (?:may|might) (?:also )?like|(?:from )?around the web|recommended(?: stories| for you| reading)?"
    r"|more (?:stories|news|top stories|in \w.{0,30})|site index)\W{0,3}",
    re.I,
)
_PROMO_START = re.compile(r"(?:sign up|subscribe|register) (?:to|for)\b|get (?:our|the) \w.{0,40}newsletter", re.I)
# A sponsor's message set in the body under its label: "A MESSAGE FROM EXAMPLE AIRLINES:".
_SPONSOR_LABEL = re.compile(r"(?:a message from|sponsored by|presented by|brought to you by) [^.!?]{1,60}:", re.I)
_PROMO_END = re.compile(r"(?:after newsletter promotion|privacy notice\b|by signing up\b|we will not share)", re.I)
_SUMMARY_BOX = re.compile(
    r"(?:in short|key points|at a glance|the key points|quick read|summary|what you need to know"
    r"|what we['’]re covering"
    r"|(?P<single>what'?s next|why it matters|disclosure(?: statement)?|partners))"
    r"\W{0,3}",
    re.I,
)
# Image blocks of some sites: "Enlarge this image", the caption, its credit, "toggle caption", the credit.
_IMAGE_MARK = re.compile(r"enlarge this image|expand (?:this )?image|view (?:this )?image", re.I)
_CAPTION_MARK = re.compile(r"(?:toggle|hide|show) caption", re.I)
_PROMO_TAIL = re.compile(r"\s[-–—]\s*(?:podcast|video|audio|in pictures|quiz|live|gallery|watch)\W{0,2}$", re.I)
_CREDIT_LABEL = re.compile(
    r"(?:^|[\s.,;)])(?:photograph|photographs|photo|photos|picture|pictures|image|images|illustration"
    r"|composite|graphic|credit|photo illustration|video|footage|source)(?: by| credit)?\s*:\s*[^.!?]{1,100}$",
    re.I,
)
_CREDIT_PAREN = re.compile(
    r"[(\[](?:[^()\[\]]{0,60}\b(?:photo|photos|images|getty|shutterstock|alamy|pool|file|handout|credit)\b"
    r"[^()\[\]]{0,60}|[^()\[\]/]{1,40}/[^()\[\]/]{1,40}|[A-Z][^()\[\]:]{1,40}:\s*[A-Z][^()\[\]:]{1,40})[)\]]$",
    re.I,
)
# A caption with its credit glued on: "Sandbags on a levee on Saturday.Jamie Cole / Getty Images file".
_GLUED_CREDIT = re.compile(r"[.!?][A-Z][\w.'’ -]{1,40} / [A-Z][\w.'’ &-]{1,40}$")
_GLUED_TRAILER = re.compile(
    r"Th(?:is|e) (?:article|story|piece|post|report|essay|column) (?:was )?"
    r"(?:originally|first) (?:appeared|published|posted|ran|run)\b"
)
_GLUED_TRAILER_END = re.compile(
    r"^((?:This|The) (?:article|story|piece|post|report|essay|column) (?:was )?(?:originally|first)"
    r" (?:appeared|published|posted|ran|run)\b[^\n]{0,120}?(?:[\w-]+\.[a-z]{2,6}|[^\s.]{2,})\.)"
    r"(?=[A-Z“\"‘(])"
)
_TRAILER = re.compile(
    r"\(?(?:(?:this|the) (?:article|story|piece|post|report|essay|column|interview|op-ed)(?: by [^.]{1,60}?)?"
    r" (?:was |is )?"
    r"(?:originally |first )?(?:appeared|published|posted|ran|run|republished|produced|reprinted)"
    r"|(?:originally|first) (?:appeared|published|posted)|republished|reprinted"
    r"|(?:additional )?(?:reporting|writing|editing|research) (?:by|:)|edited by|compiled by"
    r"|with (?:inputs?|files|additional reporting) from\b|with agency inputs?\b"
    r"|(?:except for the headline, )?this (?:story|article|report) has not been edited\b"
    r"|(?:[\w.'’ -]{2,80} )?contributed (?:to )?(?:this |the )?(?:report|reporting|story|article)"
    r"|[—–-]*\s*with assistance (?:from|by)"
    r"|copyright\b|©\s*(?=\w)|all rights reserved|this material may not be\b"
    r"|follow (?:him|her|them|[^.]{1,120}?) on (?:twitter|x|facebook|instagram)"
    r"|contact (?:the )?(?:author|reporter|writer)|read the (?:rest|full|original)"
    r"|(?:contact|e-?mail|reach|write to) (?:him|her|them|(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})) (?:at|on|via) "
    r"|(?:have|got) a (?:news )?tip\b|story tips\b"
    r"|this (?:article|story) (?:has been|was) (?:updated|corrected|amended)"
    r"|published in (?:the )?[A-Z][^.]{0,60}, \w+ \d{1,2}(?:st|nd|rd|th)?, \d{4}"
    r"|published in (?:the |our )?[\w ]{0,30}\b(?:issue|edition)\b)\b"
    # an editor's note on what a new version changed: "(Updates with comment in fourth paragraph.)"
    r"|\((?:updates?|adds?|corrects?|recasts?|rewrites?|changes?|removes?|refiles?)\b[^()]{0,150}\)\.?$"
    r"|(?:correction|clarification|editor['’]?s note)s?:\s",
    re.I,
)
# A copyright line closes the article: what follows it, when none of it is a paragraph, is the site's.
_COPYRIGHT_MARK = re.compile(r"(?:copyright\b|©|\(c\)\s*\d{4})", re.I)
# A date's label alone on its line, the date on the next: "Updated" over "Mar 17, 2025, 09:30 AM".
_DATE_LABEL = re.compile(r"(?:first |last )?(?:published|updated|posted|modified)(?: on)?\s*:?", re.I)
# A closing appeal to pay for the journalism: "quality journalism is more crucial than ever", "Try it
# free for 1 month".
_PITCH = re.compile(
    r"\b(?:quality|independent|trusted|public[- ]interest) journalism\b|\bsupport (?:our|independent) "
    r"(?:journalism|reporting|work)\b|\bby subscribing\b|\bfree for \d+ (?:day|week|month)s?\b|\bfree trial\b"
    r"|\b(?:free|paid) subscriber\b|\bupgrade (?:your subscription|to paid)\b",
    re.I,
)
_REPUBLISHED = re.compile(
    r"(?:(?:this|the) (?:article|story|piece|post|report|essay|column) (?:was |is )?(?:(?:originally|first)"
    r" (?:appeared|published|posted|ran)|republished|reprinted)|republished with permission)\b",
    re.I,
)
_TRAILER_OUTLET = re.compile(
    r"(?:appeared|published|posted|ran|run|republished|reprinted|produced)(?: originally| first)?"
    r" (?:at|on|in|by|with|from) (?P<outlet>(?-i:(?:[Tt]he )?[A-Z][\w.&'’ -]{1,60}?))\.?"
    r"(?=\s+(?:under|with|and|as)\b|[,;)]|\.\s|\s*$)",
    re.I,
)
_REPORTING_BY = re.compile(r"^\(?(?:additional )?reporting by (?P<names>[^;()]+)", re.I)

_INLINE_HEADER = re.compile(
    r"^\s*(?:(?:date|dated|published|posted|updated|on)\s*:?\s*)?"
    r"(?P<date>(?:\d{4}-\d{1,2}-\d{1,2}|" + MONTH + r"\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+" + MONTH
    + r"\s+\d{4}))?"
    r"\s*(?:\((?P<paren>[^()\n]{2,100})\))?\s*[-–—:|]?\s*(?=[A-Z“\"‘'0-9]|$)",
    re.I,
)
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’ -]{1,40}|[A-Z][a-z.'’-]+(?: [A-Z][a-z.'’-]+){0,3})(?:,\s*[A-Z][\w.'’ -]{1,30})?"
    r"\s*\((?P<paren>[^()\n]{2,60})\)\s*[-–—]+\s*(?=[A-Z“\"‘'0-9])"
)
# A broadcaster's dateline without brackets: "Washington CNN — ". The place is needed: in "MIAMI — " the
# capitals are the place.
_BARE_DATELINE = re.compile(
    r"^[A-Z][a-z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3},? (?P<outlet>[A-Z]{2,6}) ?[—–] ?(?=[A-Z“\"‘])"
)
_AUTHOR_BIO = re.compile(
    rf"^(?P<name>{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{0,3}})(?:, [^,]{{1,80}},)?"  # "Jane Roe, a law professor, is"
    r" (?:is|was|has been|covers|reports|writes)\b"
    r"(?:.*?\b(?P<role>reporter|correspondent|journalist|writer|editor|columnist|contributors?|photographer"
    r"|producer|bureau chief)\b)?.*$"
)
_COPYRIGHT_HOLDER = re.compile(
    r"^(?:copyright\s*)?(?:©|\(c\))?\s*(?:copyright\s*)?(?P<year>\d{4}(?:\s*[-–]\s*\d{4})?,?\s+)?"
    r"(?P<outlet>[A-Z][^.,;|\n]{1,60}?)(?P<company>,? (?:inc|llc|ltd|plc|limited)\b\.?)?"
    r"(?:[.,;|]|\s+all rights reserved|$)",
    re.I,
)


def clean_text(text: str) -> CleanText:
    """The article body of a pasted text, with what its header, trailer and top lines say."""
    result = CleanText(body="")
    units = _units(_unglue_trailers(tidy(text)))
    units = _split_glued_trailers(units)
    kept, origin, dropped_trailers = _drop_furniture(units)
    removed = len(units) - len(kept)
    first = _first_paragraph(kept)
    if first is None:
        result.warnings.append("structure: no paragraph of running text found; kept every non-furniture line")
        first = 0
    else:
        _read_header(kept[:first], origin[:first], result, "\n".join(kept))
    body = kept[first:]
    if body:
        body[0] = _strip_inline_header(body[0], result)
        _drop_dateline_place(body[0], result)
    body = _strip_trailers(body, result)
    body = [unit for unit in body if not _signs_entry(unit, result)]
    for unit in dropped_trailers:
        _note_trailer(unit, result)
    body = _dedupe(body)
    if removed:
        result.warnings.append(f"furniture: removed {removed} line(s) of page furniture")
    result.published = result.published or result.modified  # a page that shows only "Updated ..."
    result.body = "\n\n".join(body)
    return result


def is_furniture(line: str) -> bool:
    """Whether one paragraph or line, on its own, is page furniture rather than article text."""
    line = line.strip().lstrip(_BULLET).strip()
    if not line:
        return True
    if len(line) > 600:
        return False
    words = _words(line)
    if words <= 60 and _FURNITURE_LINE.fullmatch(line):
        return True
    if words <= 25 and (_FURNITURE_START.match(line) or _PROMO_TAIL.search(line[-30:])):
        return True
    if words <= 12 and _BLOCK_HEADER.fullmatch(line):
        return True
    if 2 <= words <= 20 and all(word in NAV_WORDS for word in _NAV_SPLIT.split(line.lower()) if word):
        return True
    if words <= 15 and _BREADCRUMB.fullmatch(line) and all(_words(p) <= 3 for p in re.split("[›»>]", line)):
        return True
    if words <= 30 and _HOME_TRAIL.fullmatch(line):
        return True
    low = line.lower()  # a substring test first: searching _CONSENT in every line costs more
    if words <= 120 and any(word in low for word in _RARE_WORDS) and _CONSENT.search(line):
        return True
    return (words <= 20 and _is_link_row(line)) or _is_caption(line)


def _is_link_row(line: str) -> bool:
    if not any(mark in line for mark in "|•·"):
        return False
    pieces = [piece for piece in _LINK_ROW_SPLIT.split(line) if piece]
    return len(pieces) >= 2 and all(
        _SITE_LINK.fullmatch(piece) or _FURNITURE_LINE.fullmatch(piece) for piece in pieces
    )


def _is_caption(line: str) -> bool:
    if len(line) > 500:
        return False
    tail = line[-140:]
    if tail[-1:] in ")]" and _CREDIT_PAREN.search(tail):
        return True
    if " / " in tail and _GLUED_CREDIT.search(tail):
        return True
    return ":" in tail and bool(_CREDIT_LABEL.search(tail))


def _terminal(line: str) -> bool:
    """Whether a line ends like a sentence: a full stop, ! ? or … before any closing quotes."""
    line = line.rstrip(_END_MARKS)
    if line[-1:] in ")]\"”’'":
        line = _EDITORIAL_MARK.sub("", line.rstrip("\"”’'"))
    return line.rstrip(_CLOSERS)[-1:] in (".", "!", "?", "…")


def _units(text: str) -> list[str]:
    """Blocks split at blank lines; a block's lines are separate units unless they are wrapped prose."""
    units: list[str] = []
    for block in text.split("\n\n"):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if len(lines) > 1 and _hard_wrapped(lines):
            units.append(" ".join(lines))
            continue
        for line in lines:
            if units and units[-1] and _continues(units[-1], line) and line is not lines[0]:
                units[-1] = f"{units[-1]} {line}"
            else:
                units.append(line)
    return units


def _hard_wrapped(lines: list[str]) -> bool:
    longest = max(len(line) for line in lines)
    if longest > 100 or longest < 40 or any(map(is_furniture, lines)) or any(_TRAILER.match(x) for x in lines[1:]):
        return False
    body = lines[:-1]
    return all(len(line) >= 0.6 * longest for line in body) and sum(
        not _terminal(line) for line in body
    ) * 2 >= len(body)


def _continues(previous: str, line: str) -> bool:
    return (
        line[:1].islower() and len(previous) >= 50 and not _terminal(previous)
        and not BYLINE.match(line) and not is_furniture(line)
    )


def _unglue_trailers(text: str) -> str:
    """A trailer pasted straight after the last sentence, with no space, starts a paragraph of its own."""
    pieces: list[str] = []
    last = 0
    for match in _GLUED_TRAILER.finditer(text):
        if match.start() and text[match.start() - 1] in ".!?”\"’":
            pieces.extend((text[last : match.start()], "\n\n"))
            last = match.start()
    return "".join(pieces) + text[last:] if pieces else text


def _split_glued_trailers(units: list[str]) -> list[str]:
    out: list[str] = []
    for unit in units:
        match = _GLUED_TRAILER_END.match(unit)
        if match:
            out.extend((match.group(1), unit[match.end():].strip()))
        else:
            out.append(unit)
    return out


def _first_paragraph(units: list[str]) -> int | None:
    """Index of the first unit of running text. A standfirst that ends with a full stop is still header
    when a byline or a date line comes right after it, before any other paragraph. Only right after: a
    live page dates and signs its entries."""
    def text(unit: str) -> bool:
        return _is_prose(unit) and not is_reporting_note(unit)

    first = next((i for i, unit in enumerate(units) if text(unit)), None)
    if first is None or _words(units[first]) > 60:
        return first
    near = range(first + 1, min(first + 4, len(units)))
    end = next((i for i in near if text(units[i])), near.stop)
    ahead = [
        i for i in range(first + 1, end)
        if _is_header_line(units[i]) or (i + 1 < len(units) and parse_name_and_credit(units[i], units[i + 1]))
    ]
    if not ahead:
        return first
    return next((i for i in range(ahead[-1] + 1, len(units)) if text(units[i])), first)


def _is_header_line(line: str) -> bool:
    scratch = CleanText(body="")
    return _read_date_line(line, scratch) or _read_byline(line, scratch) or is_reporting_note(line)


def _words(line: str) -> int:
    return len(line.split())


def _real_words(line: str) -> int:
    """Words with a letter or digit: "Nation & World" has two."""
    return sum(any(c.isalnum() for c in word) for word in line.split())


def _is_prose(unit: str) -> bool:
    """Running text: a sentence-like paragraph, not a headline set in Title Case."""
    words = _words(unit)
    if words >= 40:
        return True
    if words < 6 or not _terminal(unit) or (words < 12 and unit[:1].islower()):
        return False
    return not (words <= 25 and _title_case(unit))


def _title_case(line: str) -> bool:
    long_words = [w for w in line.split() if len(w) > 3 and w[:1].isalpha()]
    return len(long_words) >= 3 and all(w[:1].isupper() for w in long_words)


def _link_like(unit: str) -> bool:
    stripped = unit.lstrip()
    if stripped[:1] in _BULLET or re.match(r"\d{1,2}[.)]\s", stripped):
        return True
    return _words(unit) <= 30 and not re.search(r"[.!][\"”’')\]]*$", unit.rstrip(_END_MARKS))


def _drop_furniture(units: list[str]) -> tuple[list[str], list[int], list[str]]:
    """The units that are not furniture, the index each had among ``units``, and the trailers dropped
    with the link lists (kept apart so that their copyright and credit lines can still be read)."""
    kept: list[str] = []
    origin: list[int] = []
    trailers: list[str] = []
    in_body = False
    i = 0
    while i < len(units):
        unit = units[i]
        stripped = unit.lstrip(_BULLET).strip()
        if _words(stripped) <= 12 and _BLOCK_HEADER.fullmatch(stripped):
            if _END_HEADER.fullmatch(stripped) and all(_no_paragraph(rest) for rest in units[i + 1 :]):
                return kept, origin, trailers + [rest for rest in units[i + 1 :] if _TRAILER.match(rest)]
            i += 1
            # above the article such a header is mostly a menu label: the lines under it are the header's
            while in_body and i < len(units) and (_link_like(units[i]) or is_furniture(units[i])):
                if BYLINE.match(units[i]) and parse_byline(units[i]):
                    break  # a byline under the links opens the box on the writer
                if _words(units[i]) <= 12 and _BLOCK_HEADER.fullmatch(units[i].lstrip(_BULLET).strip()):
                    break  # the next box starts
                if _boxed(units, i, in_body):
                    break
                if _TRAILER.match(units[i]):
                    trailers.append(units[i])
                i += 1
            continue
        if in_body and _closes_article(units, i):
            return kept, origin, trailers + [unit] + [rest for rest in units[i + 1 :] if _TRAILER.match(rest)]
        box = _boxed(units, i, in_body)
        if box:
            i += box
            continue
        if is_furniture(unit) or _is_alt_text(unit, units[i + 1 : i + 3]) or _is_marked_caption(units, i):
            i += 1
            continue
        kept.append(unit)
        origin.append(i)
        in_body = in_body or _is_prose(unit)
        i += 1
    return kept, origin, trailers


def _closes_article(units: list[str], i: int) -> bool:
    """A copyright line with no paragraph after it (with "All rights reserved", no long one), or a note
    that the piece is republished with only a few short lines after it, a button among them (the site's
    own promotion box), ends the article."""
    unit = units[i].lstrip(_BULLET).strip()
    rest = units[i + 1 :]
    if _COPYRIGHT_MARK.match(unit):
        if re.search(r"\ball rights reserved\b", unit, re.I):
            return all(_words(line) <= 40 or _no_paragraph(line) for line in rest)  # the site's notes under it
        return all(_no_paragraph(line) for line in rest)
    return (
        bool(_REPUBLISHED.match(unit)) and len(rest) <= 6 and all(_words(line) <= 30 for line in rest)
        and any(_words(line) <= 3 or is_furniture(line) for line in rest)
    )


def _no_paragraph(unit: str) -> bool:
    """Not a paragraph of the article: a link, furniture, a trailer or a line too short to tell."""
    return _words(unit) < 10 or _link_like(unit) or is_furniture(unit) or bool(_TRAILER.match(unit))


def _boxed(units: list[str], i: int, in_body: bool) -> int:
    """How many units a promotion or summary box starting at ``units[i]`` spans (0: none starts there).

    A newsletter promotion runs from its sign-up line to its privacy notice; a summary box ("In short:",
    "Key points:") above the article is taken with up to two short items, and a "What's next?" box with
    one: a third item left in the body costs less than a short first paragraph taken for one. In the
    body the same words head a section of the article.
    """
    unit = units[i].strip()
    if _SPONSOR_LABEL.fullmatch(unit):
        return 2 if i + 1 < len(units) and _words(units[i + 1]) <= 60 else 1
    if _PROMO_START.match(unit) and _words(unit) <= 25:
        ends = [j for j in range(i + 1, min(i + 6, len(units))) if _PROMO_END.match(units[j])]
        return ends[-1] - i + 1 if ends else 0
    header = None if in_body else _SUMMARY_BOX.fullmatch(unit)
    if not header:
        return 0
    limit = 1 if header.group("single") else 2
    span = 1
    while span <= limit and i + span < len(units) and _words(units[i + span]) <= 25:
        if _SUMMARY_BOX.fullmatch(units[i + span].strip()):
            break
        span += 1
    return span


def _is_marked_caption(units: list[str], i: int) -> bool:
    """A caption the page marks: after "Enlarge this image", or before its credit and "toggle caption"."""
    marked = (i > 0 and bool(_IMAGE_MARK.fullmatch(units[i - 1].strip()))) or any(
        _CAPTION_MARK.fullmatch(unit.strip()) for unit in units[i + 1 : i + 3]
    )
    return marked and _words(units[i]) <= 60


def _is_alt_text(unit: str, following: list[str]) -> bool:
    """An image's alt text: a short phrase just before its caption with a credit.

    A lowercase phrase is enough; a capitalised one (it could be a headline) only counts when the
    caption is repeated right after, the shape pasted image blocks have.
    """
    if _words(unit) > 20 or _terminal(unit) or not following or not _is_caption(following[0]):
        return False
    return unit[:1].islower() or (len(following) == 2 and following[0] == following[1])


def _dedupe(units: list[str]) -> list[str]:
    out: list[str] = []
    for unit in units:
        if not out or unit != out[-1]:
            out.append(unit)
    return out


def _read_header(lines: list[str], origin: list[int], result: CleanText, page: str) -> None:
    """Lines before the first paragraph: bylines and dates, then the title and the standfirst. A
    publication's name over the title, named again on the page ("The Weekly Harbour"), is no title."""
    lines, origin = _merge_header(lines, origin)
    kinds: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        authors = len(result.authors)
        if _read_date_line(line, result) or _read_byline(line, result) or is_reporting_note(line):
            kinds.append("byline" if len(result.authors) > authors else "meta")
        elif kinds and kinds[-1] == "byline" and (outlet := outlet_line(line)):
            _set_outlet(result, outlet)  # "By Jane Roe" over "Coast Media Group"
            kinds.append("meta")
        elif i + 1 < len(lines) and _read_name_and_credit(line, lines[i + 1], result):
            kinds.extend(("byline", "meta"))
            i += 1
            if not _read_date_line(lines[i], result):  # the credit line may hold the date and outlet
                _read_byline(lines[i], result)
        elif (header := _INLINE_HEADER.match(line)) and header.end() == len(line) and not _strip_inline_header(
            line, result
        ):
            kinds.append("meta")
        elif _real_words(line) >= 3 and (line[:1].isupper() or line[:1].isdigit() or line[:1] in "“\"‘'"):
            kinds.append("headline")
        else:
            kinds.append("name" if _real_words(line) == 2 and _is_bare_name(line) else "other")
        i += 1
    run = _headline_run(kinds, origin, lines) or [i for i, kind in enumerate(kinds) if kind == "headline"]
    headline = [lines[k] for k in run if kinds[k] == "headline"]
    if len(headline) > 1 and (masthead := outlet_line(headline[0])) and page.count(headline[0]) > 1:
        _set_outlet(result, masthead)  # "The Weekly Harbour" set above the title
        headline = headline[1:]
    if headline:
        result.title = headline[0]
    if len(headline) > 1 and 5 <= _words(headline[1]) <= 80:
        result.description = headline[1]
    if not result.authors and run:
        names = [lines[k] for k in run if kinds[k] == "name"]  # "Jane Roe" between the title and standfirst
        if names:
            result.authors.append(name_case(names[0]))
        else:
            _read_bare_name(lines[run[-1] + 1 :], kinds[run[-1] + 1 :], result)
    if not result.authors:  # "Jane Roe" over "Mar 16, 2025", wherever the title is
        dated = [k for k in range(len(lines) - 1) if kinds[k] == "name" and kinds[k + 1] == "meta"]
        if dated:
            result.authors.append(name_case(lines[dated[0]]))


def _merge_header(lines: list[str], origin: list[int]) -> tuple[list[str], list[int]]:
    """A title set twice in a row counts once, and a date's label alone on its line is read with the
    date under it ("Updated" over "Mar 17, 2025, 09:30 AM", "Published" over "2 hours ago")."""
    merged: list[str] = []
    at: list[int] = []
    for line, index in zip(lines, origin, strict=True):
        if merged and line == merged[-1]:
            at[-1] = index
        elif merged and _DATE_LABEL.fullmatch(merged[-1]) and read_date_line(f"{merged[-1]} {line}"):
            merged[-1], at[-1] = f"{merged[-1]} {line}", index
        else:
            merged.append(line)
            at.append(index)
    return merged, at


def _read_bare_name(lines: list[str], kinds: list[str], result: CleanText) -> None:
    """A writer's name alone on a line, the last header line under the title but for date lines
    ("Jane Roe" over "March 3, 2024"): a short line in capitals there is a name, not a section label."""
    rest = [line for line, kind in zip(lines, kinds, strict=True) if kind != "meta" and re.search("[^\\W\\d_]", line)]
    if rest and _is_bare_name(rest[-1]):
        result.authors.append(name_case(rest[-1]))


def _is_bare_name(line: str) -> bool:
    """Two or three capitalised words that are no outlet, job or section: a person's name."""
    tokens = line.split()
    return (
        2 <= len(tokens) <= 3 and bool(PERSON.fullmatch(line)) and not OUTLET_WORDS.search(line)
        and not ROLE_WORDS.search(line) and not any(token.lower() in NAV_WORDS for token in tokens)
    )


def _headline_run(kinds: list[str], origin: list[int], lines: list[str]) -> list[int]:
    """The title and standfirst: the run of headline-like lines nearest before the byline (or, without
    one, before the first date line or the body). A run breaks at a line of another kind and where
    furniture was taken out, so a site's tagline above its menu is not read as the title, and after a
    sentence followed by a headline (a video's title and caption above the article's own title). A
    writer's name between the title and the standfirst stays in the run."""
    anchors = [i for i, kind in enumerate(kinds) if kind == "byline" and "headline" in kinds[:i]]
    anchors += [i for i, kind in enumerate(kinds) if kind == "meta" and "headline" in kinds[:i]]
    j = (anchors[0] if anchors else len(kinds)) - 1
    while j >= 0 and kinds[j] != "headline" and (kinds[j] != "other" or _words(lines[j]) <= 2):
        j -= 1
    run: list[int] = []
    while j >= 0 and (not run or origin[j] + 1 == origin[run[-1]]):
        if kinds[j] == "name" and run and j > 0 and kinds[j - 1] == "headline":
            run.append(j)
            j -= 1
            continue
        if kinds[j] != "headline":
            break
        above = [k for k in run if kinds[k] == "headline"]
        if above and lines[j].rstrip(_CLOSERS).endswith(".") and not _terminal(lines[above[-1]]):
            break  # headlines end without a full stop; captions and standfirsts with one
        run.append(j)
        j -= 1
    heads = [k for k in run if kinds[k] == "headline"][:3]
    return sorted(k for k in run if k >= heads[-1]) if heads else []


def _read_date_line(line: str, result: CleanText) -> bool:
    found = read_date_line(line)
    if found is None:
        return False
    result.published = result.published or found.published
    result.modified = result.modified or found.modified
    return True


def _read_byline(line: str, result: CleanText) -> bool:
    found = parse_byline(line) or parse_credit_line(line)
    if found:
        _take(found, result)
    return found is not None


def _read_name_and_credit(line: str, following: str, result: CleanText) -> bool:
    found = parse_name_and_credit(line, following)
    if found:
        _take(found, result)
    return found is not None


def _read_paren(paren: str, result: CleanText) -> bool:
    found = parse_paren(paren)
    if found:
        _take(found, result)
    return found is not None


def _take(found: Byline, result: CleanText) -> None:
    result.authors.extend(a for a in found.authors if a not in result.authors)
    if found.outlet:
        _set_outlet(result, found.outlet)
    result.published = result.published or found.published


def _set_outlet(result: CleanText, outlet: str) -> None:
    """The first outlet a page names wins, except that a name spelled out replaces its initials or a
    shorter form ("AP" or "Associated Press" in a byline, "The Associated Press" in the copyright line)."""
    if result.outlet is None or initials(outlet) == result.outlet or outlet == f"The {result.outlet}":
        result.outlet = outlet


def _strip_inline_header(unit: str, result: CleanText) -> str:
    dateline = _DATELINE.match(unit)
    if dateline and _read_paren(dateline.group("paren"), result):
        return unit[dateline.end():]
    bare = _BARE_DATELINE.match(unit)
    if bare:
        _set_outlet(result, bare.group("outlet"))
        return unit[bare.end():]
    match = _INLINE_HEADER.match(unit)
    if not match or not (match.group("date") or match.group("paren")):
        return unit
    if match.group("paren") and not _read_paren(match.group("paren"), result):
        return unit
    if match.group("date"):
        result.published = result.published or parse_date(match.group("date"))
    return unit[match.end():]


def _signs_entry(unit: str, result: CleanText) -> bool:
    """A live page's entry signed by one of the page's writers: "Jane Roe", "From KXT's Jane Roe"."""
    if not result.authors or unit in result.authors:
        return unit in result.authors
    found = len(unit) <= 80 and BYLINE.match(unit) and parse_byline(unit)
    return bool(found) and all(author in result.authors for author in found.authors)


def _drop_dateline_place(first: str, result: CleanText) -> None:
    """A byline's place read as a second writer ("By Jane Roe, New Delhi") is the dateline the first
    paragraph opens with ("New Delhi: The ...")."""
    result.authors[1:] = [
        author for author in result.authors[1:] if not re.match(rf"{re.escape(author)}\s*[:,(–—-]", first, re.I)
    ]


def _strip_trailers(units: list[str], result: CleanText) -> list[str]:
    """Trailers, notes on the writer and date lines under the article go; so do the short lines that do
    not end like a sentence (names, topics, headlines of other articles), once there is a paragraph of
    running text for the body to end with."""
    units = _drop_writer_box(list(units), result)
    prose = any(_is_prose(unit) for unit in units)
    while units and _words(units[-1]) <= 60 and (
        _TRAILER.match(units[-1].lstrip(_BULLET).strip()) or _is_author_bio(units[-1], result)
        or (_words(units[-1]) <= 40 and _PITCH.search(units[-1]))
        or _is_header_line(units[-1]) or (prose and _words(units[-1]) <= 20 and not _terminal(units[-1]))
    ):
        _note_trailer(units.pop(), result)
    for unit in [unit for unit in units if _words(unit) <= 40 and _REPUBLISHED.match(unit)]:
        units.remove(unit)
        _note_trailer(unit, result)
    return units


def _drop_writer_box(units: list[str], result: CleanText) -> list[str]:
    """A byline under the article ("Written by Jane Roe") opens a box on the writer: it goes with the
    few short lines after it (follower counts, a one-line profile)."""
    for k in range(len(units) - 1, max(len(units) - 6, 0), -1):
        match = BYLINE.match(units[k])
        if match and not match.group("desk") and parse_byline(units[k]):  # "From KXT's ..." signs an entry
            if all(_words(unit) <= 40 for unit in units[k:]):
                for unit in units[k:]:
                    _note_trailer(unit, result)
                return units[:k]
            break
    return units


def _is_author_bio(unit: str, result: CleanText) -> bool:
    """A closing note on the writer: "Jane Roe is a correspondent based in Lima." A name the byline gave
    is enough; otherwise the note must call the person a journalist of some kind."""
    match = _AUTHOR_BIO.match(unit)
    if not match or _words(unit) > 50:
        return False
    name = match.group("name")
    if " " not in name:  # "Roe covers the region for ...": the surname of a byline's writer
        return any(author.split()[-1] == name for author in result.authors)
    return name in result.authors or bool(match.group("role"))


def _note_trailer(trailer: str, result: CleanText) -> None:
    result.warnings.append(f"trailer: removed {trailer!r}")
    holder = _COPYRIGHT_HOLDER.match(trailer)
    # without a year, only "©" and a company or an outlet's name: "© Jane Doe/Wire Agency" credits a photo
    named = holder and _COPYRIGHT_MARK.match(trailer) and (holder.group("company") or OUTLET_WORDS.search(trailer))
    owner = holder.group("outlet").strip() if holder else ""
    if holder and (holder.group("year") or named) and "/" not in owner and owner not in result.authors:
        _set_outlet(result, owner)
    match = _TRAILER_OUTLET.search(trailer)
    if match:
        outlet = match.group("outlet").strip().removeprefix("the ")
        if re.search(r"\b(?:section|edition|issue)\b", outlet, re.I):
            return  # "appeared in the Leaders section of the print edition": a place in the paper
        result.warnings.append(f"republished: originally from {outlet}")
        result.outlet = result.outlet or outlet
    reporters = _REPORTING_BY.match(trailer)
    if reporters and not result.authors:
        names = re.split(r",\s*|\s+and\s+", re.split(r"\s+in\s+", reporters.group("names"))[0])
        result.authors.extend(name.strip() for name in names if PERSON.fullmatch(name.strip()))
