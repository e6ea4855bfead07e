"""The vocabulary of page furniture: the lines a news page sets around an article that are never its text.

Menus, share buttons, advertising labels, newsletter pitches, consent banners, breadcrumbs, footer link
rows and photo credits, read from one line alone with anchored regexes. ``is_furniture`` is the test;
extract/body.py and extract/record.py use it, and the block headers here open the link boxes body.py drops.
"""

from __future__ import annotations

import re

from parallax.extract.bylines import BYLINE, NAV_WORDS, parse_byline, parse_credit_line
from parallax.extract.prose import BULLET, word_count

# A photo's credit, the photographer and the agency: "Jane Doe/Getty Images"; in capitals whatever the flags of
# the pattern that holds it, as "It was a yes/no vote." is no credit.
_SLASH_CREDIT = r"(?-i:[A-Z][\w.'’ -]{1,40}/[A-Z][\w.'’ &-]{1,40})"
# Vocabulary of page furniture: a line made only of one of these is never article text.
_FURNITURE_LINE = re.compile(
    r"(?:(?:skip )?advertisement(?:\s*[·•|:-]\s*.{0,40})?|advertising|sponsored(?: content)?|ad feedback"
    r"|(?:hide|close|remove) (?:ad|advert)s?|peer[- ]reviewed (?:publication|research)"
    r"|report this ad|skip (?:ad|advert)\b.{0,40}|ad loading\W*"
    r"|(?:story|article) continues(?: below| after)?(?: (?:this|the))?(?: ad(?:vert(?:isement)?)?)?"
    r"|continue reading(?: the main story| below)?"
    r"|skip (?:to|past|links)\b.{0,60}|jump to \w.*|back to top"
    r"|share(?: this| on| via| article| story| page| the| full| or comment|$).{0,60}|share\d*|tweet|email|e-mail"
    r"|print|copy link|mailto|learn more|find out more|full story"
    # a fact check's box over the article: "Claim: A post says ...", "Rating: False"
    r"|(?:the )?(?:claim|rating|verdict|our (?:rating|ruling|verdict))\s*:\s*\S.{0,400}"
    r"|facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|telegram|threads|bluesky|messenger|tumblr"
    r"|flipboard|mastodon|pocket|like this:?|like loading\W*"
    r"|(?:link )?copied!?|save(?: this)?(?: article| story| for later)?|(?:story|article) saved|bookmark"
    r"|to revisit this (?:article|story)\b.{0,120}|view (?:it |this email )?in (?:your |a )?(?:web )?browser"
    r"|forwarded this (?:email|newsletter)\?.{0,80}|paid|premium|exclusive|subscribers? only"
    r"|listen(?: to this article| to article)?.{0,30}"
    r"|(?:new:? )?you can now listen to .{0,60}|save articles to read later.{0,80}|in this (?:article|story):?"
    r"|(?:set|change|choose) (?:your )?edition(?: preference)?|edition:?|heard on [A-Z].{0,60}"
    r"|\d+-minute listen|playlist|embed|transcript|download"
    r"|quick links|sms|copy (?:article |story )?link|(?:get (?:the |a )?)?short (?:url|link)|copy url"
    r"|read time:?\s*\d+ mins?|about (?:the )?(?:authors?|writers?)"
    r"|add to (?:your )?saved (?:stories|articles)|gift (?:this )?article|just in|for you"
    r"|sign (?:up|in)\b.{0,200}|log ?in|register|subscribe\b.{0,160}|follow us\b.{0,80}"
    r"|get (?:our|the) .{0,60}(?:alerts?|newsletters?|app|emails?)\W?|download (?:the|our) .{0,60}\bapp\b.{0,80}"
    r"|(?:free )?(?:daily|weekly|morning|evening) (?:newsletter|briefing|email)|after newsletter promotion"
    r"|get the (?:biggest|latest|best)\b.{0,60}\bby email|something went wrong,? please try again(?: later)?\W?"
    r"|invalid e-?mail(?: address)?|thank you for subscribing\W?|we have more newsletters|show me"
    # the consent notice under a sign-up box: "We use your sign-up to provide content in ways you've consented to"
    r"|we (?:use|will use) your (?:sign-?up|e-?mail(?: address)?|details) to\b.{0,400}"
    r"|see our privacy notice|our privacy notice explains\b.{0,200}|social links navigation"
    r"|republish this (?:story|article)"
    # a shopping site's note over the article: "When you purchase through links on our site, we may earn ..."
    r"|(?:when|if) you (?:buy|purchase|shop|click)\b.{0,120}"
    r"\b(?:commission|earn)\b.{0,120}"
    r"|(?:get|have) [^.!?]{0,60}\b(?:delivered )?(?:straight |directly )?to your inbox\W?"
    r"|i understand and agree\b.{0,200}"
    r"|(?:stay up to date\b.{0,80}\s)?(?:join|follow) (?:us|our|\w+['’]s)\b.{0,30}"
    r"\b(?:whatsapp|telegram|google news)\b.{0,80}"
    r"|catch (?:all|your|the latest)\b.{0,200}\bnews\b.{0,200}|get (?:the )?latest (?:news|updates)\b.{0,200}"
    r"|by (?:providing|entering|submitting) (?:an|your) e-?mail\b.{0,300}"
    r"|(?:enjoy|listen to|download|get)\b.{0,80}\bon ios (?:or|and) android\W?"
    r"|do you have an opinion\b.{0,400}|\d[\d.,]*[km]? followers?|follow"
    r"|privacy notice:.{0,500}|thanks for reading\b.{0,200}|already (?:a subscriber|have an account)\b.{0,60}"
    r"|you (?:must|need to) be (?:logged|signed) in\b.{0,120}|comments (?:are|have been) (?:now )?closed\b.{0,60}"
    r"|[\w.'’ -]{2,40} values your comments\b.{0,200}|(?:please )?(?:read|review|see) our (?:commenting|community"
    r"|comments?) (?:policy|guidelines|standards|rules)\W?"
    # an emailed newsletter's sign-off and the notice under it
    r"|(?:that['’]s|that is) (?:it|all) for (?:today|now|this week|this edition)\b.{0,160}"
    r"|you(?:['’]re| are)? (?:receiving|received|getting|got) this (?:e-?mail|newsletter|message)\b.{0,200}"
    # a printed page copied to text: its number, and where a story jumps ("Please see HARBOUR, A7")
    r"|(?:page )?[a-z]?\d{1,3}(?: of \d{1,3})?|(?:please )?see [\w-]+,? (?:page )?[a-z]?\d{1,3}"
    r"|continued (?:on|from) (?:page )?[a-z]?\d{1,3}\W?"
    r"|you have \w+ free (?:articles?|stories|reads?)\b.{0,80}|please enable javascript\b.{0,120}"
    r"|your browser (?:does not|doesn't) support\b.{0,80}|(?:please )?(?:use|switch to|update) (?:a |the |your )?"
    r"(?:\w+ )?browser\b.{0,80}"
    r"|(?:this|the) (?:video|audio|content) is not available\b.{0,80}"
    r"|(?:we use|this (?:site|website) uses) cookies.{0,400}"
    r"|cookie (?:settings|policy|preferences)|privacy policy|terms of (?:use|service)|we value your privacy"
    r"|(?:accept|reject|allow|refuse) all|i accept|show purposes|manage (?:options|preferences|settings)"
    r"|\d+\s+(?:comments?|likes?|restacks?|shares?|replies)|(?:read |view )?(?:all )?\d+ comments?"
    r"|comments?\s*\(?\d*\)?|view comments|show comments|join the conversation\b.{0,60}|discussion about this \w+"
    r"|(?:write|leave|post|add) (?:a|your) comment(?: (?:to|on) this (?:story|article))?\W{0,3}|share what you think"
    r"|to (?:join the (?:conversation|discussion)|comment|leave a comment),? (?:please )?(?:log|sign) ?in\W?"
    # a feedback widget under the article: "Did you find this article helpful?" over "Yes" and "No"
    r"|(?:did you find|was|how (?:useful|helpful) was) this (?:article|story|page|content)(?: (?:helpful|useful))?\?"
    r"|loading\W*|menu|search|close|open in app|download the app|reuse this content|image|video|photo"
    # a comment section's heading and moderation notice
    r"|(?:your|readers['’]?) comments|we reserve the right to (?:remove|delete|edit)\b.{0,200}"
    r"|cancel (?:at )?any ?time\W?|terms (?:and conditions )?apply\W?"
    r"|(?:want to )?join the (?:conversation|discussion)\?.{0,100}"
    r"|(?:you can )?save (?:this article|articles) by (?:registering|signing in|logging in)\b.{0,120}"
    r"|watch(?: now| live| video)?:?|play video|toggle caption|hide caption|expand|enlarge this image"
    r"|(?:image|photo|picture|slide) \d+ (?:of|/) \d+"
    r"|(?:image|media|photo|video) (?:source|caption|credit|copyright)s?\s*[,:]\s*.{0,300}"
    r"|(?:image|media) (?:source|caption|copyright) [^.!?]{0,150}[.!?]?"
    r"|this (?:article|story|page) is (?:more than|over) (?:a|an|one|\d+) (?:year|month|week)s? old"
    r"|(?:photo|photograph|image|illustration|video) by [A-Z][^.!?]{0,60}|supported by"
    rf"|{_SLASH_CREDIT}"
    r"|(?:support|donate to) (?:our|independent) journalism.{0,200}"
    r"|\d+(?:\s?[–-]\s?\d+)? min(?:ute)?s?(?: read| listen)?"
    # a media player's position and length ("0:00", "/ 4:12", "1:05 / 4:12")
    r"|0:00|(?:(?:\d{1,2}:)?\d{1,2}:\d{2}\s*)?/\s*(?:\d{1,2}:)?\d{1,2}:\d{2}"
    r"|(?:(?:posted|updated|published)\s*:?\s*)?\d+[hmd] ago(?:\b|(?=\d)).{0,80}"
    # a live page's entry stamped with its time alone: "Updated at 18.02 GMT"
    r"|(?:last )?(?:updated|posted|published)(?: at)?\s*:?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,4}t|utc)?"
    r"|topics?|tags|topics?:\s*\w.{0,60}|filed (?:under|in):?.{0,200}|explore more on these topics|more from \w.{0,60}"
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
# An audio player's notices: "Subscribe now to listen.", "... learn more about text-to-speech.". Searched only
# in lines that say "listen" or "speech".
_AUDIO_NOTICE = re.compile(
    r"\b(?:subscribe|sign in|log in)(?: now| here)? to listen\W?$|\b(?:learn more about|powered by) text-to-speech\W?$",
    re.I,
)
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
    r"|(?:header|featured|main|top|lead|cover) (?:image|photo|picture):"
    # a caption under its label: "Photo: Growers say costs have doubled. (Supplied)"
    r"|(?:photo|image|picture|photograph)\s*:\s*[A-Z][^:]{0,300}[.!?\)]$)",
    re.I,
)
# Headers of link boxes: what follows them, while it looks like links, is dropped with them.
BLOCK_HEADER = re.compile(
    r"(?:more on this (?:story|topic)|more (?:stories|news|coverage|top stories|in \w.{0,30})"
    r"|most (?:viewed|read|popular|shared|commented|emailed)"
    r"|related(?: stories| articles?| content| coverage| news| topics| links| posts| reading)?|read also"
    r"|read more|recommended(?: stories| articles| for you| reading)?|you (?:may|might) (?:also )?like"
    r"|(?:don't|do not) miss|trending(?: now| stories)?|top stories|latest(?: news| stories)?|editor'?s picks"
    r"|popular(?: now| stories)?|what to read next|further reading|also in the news|in other news"
    r"|around the web|from around the web|share this|share this article|share this story"
    r"|more from \w.{0,40}|explore more on these topics|in case you missed it"
    r"|(?:media |press |investor )?contacts?(?: information)?|media (?:inquiries|enquiries)"
    r"|sources|references|bibliography)"
    r"\W{0,3}",
    re.I,
)
_PROMO_TAIL = re.compile(r"\s[-–—]\s*(?:podcast|video|audio|in pictures|quiz|live|gallery|watch)\W{0,2}$", re.I)
_CREDIT_LABEL = re.compile(
    r"(?:^|[\s.,;)])(?:photograph|photographs|photo|photos|picture|pictures|image|images|illustration"
    r"|composite|graphic|credit|photo illustration|video|footage|source)(?: by| credit)?\s*:\s*[^.!?]{1,100}$",
    re.I,
)
_CREDIT_PAREN = re.compile(
    r"[(\[](?:[^()\[\]]{0,60}\b(?:photo|photos|images|getty|shutterstock|alamy|pool|file|handout|credit|supplied)\b"
    r"[^()\[\]]{0,60}|[^()\[\]/]{1,40}/[^()\[\]/]{1,40}|[A-Z][^()\[\]:]{1,40}:\s*[A-Z][^()\[\]:]{1,40})[)\]]$",
    re.I,
)
# A caption with its credit glued on: "Sandbags on a levee on Saturday.Jamie Cole / Getty Images file".
_GLUED_CREDIT = re.compile(r"[.!?][A-Z][\w.'’ -]{1,40} / [A-Z][\w.'’ &-]{1,40}$")


# A photo agency's name alone on its line: the credit a broadcaster sets over an image's caption.
_IMAGE_CREDIT = re.compile(
    r"(?:[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}(?: via | for |\s*/\s*))?"
    r"(?:getty images|shutterstock|alamy(?: stock photo)?|pa media|pa wire|epa(?:-efe)?|aap image)"
    r"(?: file)?",
    re.I,
)
_SLASH_CREDIT_LINE = re.compile(_SLASH_CREDIT)
_AGENCY_WORDS = ("getty", "shutterstock", "alamy", "pa ", "epa", "aap ")


def is_furniture(line: str) -> bool:
    """Whether one paragraph or line, on its own, is page furniture rather than article text."""
    line = line.strip().lstrip(BULLET).strip()
    if not line:
        return True
    if len(line) > 600:
        return False
    words = word_count(line)
    if words <= 60 and (_FURNITURE_LINE.fullmatch(line) or is_image_credit(line)):
        return True
    if words <= 25 and (_FURNITURE_START.match(line) or _PROMO_TAIL.search(line[-30:])):
        return True
    if words <= 12 and BLOCK_HEADER.fullmatch(line):
        return True
    if 2 <= words <= 20 and all(word in NAV_WORDS for word in _NAV_SPLIT.split(line.lower()) if word):
        return True
    if words <= 15 and _BREADCRUMB.fullmatch(line) and all(word_count(p) <= 3 for p in re.split("[›»>]", line)):
        return True
    if words <= 30 and _HOME_TRAIL.fullmatch(line):
        return True
    low = line.lower()  # a substring test first: searching _CONSENT in every line costs more
    if words <= 120 and any(word in low for word in _RARE_WORDS) and _CONSENT.search(line):
        return True
    if words <= 40 and ("listen" in low or "speech" in low) and _AUDIO_NOTICE.search(line):
        return True
    return (words <= 20 and _is_link_row(line)) or is_caption(line)


def is_image_credit(line: str, slash: bool = False) -> bool:
    """A photo agency's name alone on a line: "Getty Images", "Jane Roe/AFP via Getty Images"; with
    ``slash``, any photographer's credit of that shape too ("Jane Roe/AP")."""
    if len(line) > 80:  # cheap tests first: most lines are text
        return False
    line = line.strip()
    if slash and "/" in line and _SLASH_CREDIT_LINE.fullmatch(line):
        return True
    low = line.lower()
    return any(word in low for word in _AGENCY_WORDS) and _IMAGE_CREDIT.fullmatch(line) is not None


def _is_link_row(line: str) -> bool:
    if not any(mark in line for mark in "|•·"):
        return False
    pieces = [piece for piece in _LINK_ROW_SPLIT.split(line) if piece]
    return len(pieces) >= 2 and all(
        _SITE_LINK.fullmatch(piece) or _FURNITURE_LINE.fullmatch(piece) for piece in pieces
    )


def is_caption(line: str) -> bool:
    """A photo caption, known by the credit it ends with: "(Photo: Jane Roe/Agency)", "Photograph: Agency"."""
    if len(line) > 500:
        return False
    tail = line[-140:]
    if tail[-1:] in ")]" and _CREDIT_PAREN.search(tail):
        return True
    if " / " in tail and _GLUED_CREDIT.search(tail):
        return True
    # "Source: Example News Agency | 2025-03-16 | Editor: ..." is the page's credit line, not a photo's, and
    # "Words: Jane Roe | Pictures: John Doe" the writer's byline
    if ":" not in tail or not _CREDIT_LABEL.search(tail) or parse_credit_line(line) is not None:
        return False
    return not (BYLINE.match(line) and parse_byline(line))
