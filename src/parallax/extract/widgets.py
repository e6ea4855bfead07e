"""The labels and messages of a page's widgets run into the article: a sign-up box, a video player, a share link.

A page flattened to one paragraph keeps the text of its widgets between the sentences around them: "Get
politics updates directly to your inbox + Subscribe Thank you for subscribing! Could not subscribe, try
again later Invalid Email Hillary Clinton received ...", "Video Loading Video Unavailable Click to play Tap
to play The video will start in 8 Cancel Play now ...". Each message is the generic vocabulary of such
widgets; some are words a sentence may hold too ("Cancel", "Subscribe"), so a widget is a run of two or more
messages of which one at least no sentence writes. A share button goes alone, as the note on where its link
opens is no sentence's ("Click to share on Twitter (Opens in new window)"), and so does a link offered to the
reader ("Read or Share this story: <address>", "Click here for our full guide to ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Messages no sentence writes, of a sign-up box and of a video player.
_SIGNUP = (
    r"(?:Get|Receive) [\w&'’ -]{1,40}?(?:updates|news|alerts|newsletters?|stories|headlines)[\w'’ -]{0,30}?"
    r" (?:delivered )?(?:directly |straight )?(?:to|in) your inbox"
    r"|Thank you for subscribing[!.]?|Could not subscribe,? try again later[!.]?|Invalid [Ee]-?mail(?: address)?[!.]?"
    r"|Something went wrong,? please try again(?: later)?[!.]?|We have more newsletters|See our privacy notice"
)
_PLAYER = (
    r"Video Loading|Video Unavailable|(?:Click|Tap) to play|The video will (?:start|play) in \d+(?: seconds?)?"
    r"|Video will play in(?: \d+(?: seconds?)?)?|Watch this video again|Share this video|Watch Next"
    r"|Skip Ad|Ad Loading\.*"
)
# What every message no sentence writes holds, looked for before the messages are.
_KEYS = (
    "inbox", "ubscrib", "Invalid", "went wrong", "newsletters", "privacy notice", "ideo", "to play", "Watch Next",
    "Skip Ad", "Ad Loading",
)
# Labels a sentence may hold too: they count inside a run only.
_WEAK = r"\+ ?Subscribe|Subscribe|Sign [Uu]p|Show me|Cancel|Play now|Replay|Up Next|Autoplay|Embed|Share|x"
_MESSAGE = re.compile(rf"(?<!\w)(?:(?P<signup>{_SIGNUP})|(?P<player>{_PLAYER})|(?P<weak>{_WEAK}))(?!\w)")
# A link offered to share the page, with its address: "Read or Share this story: http://...".
_SHARE_LINK = re.compile(
    r"(?:Read|Share)(?: (?:or|and) (?:[Rr]ead|[Ss]hare))? this (?:story|article|post)\s*:\s*(?:https?://)?[\w.-]+\.\w+/\S*"
)
# A share button read out with the note on where its link opens, one or a row of them: "Click to share on
# Twitter (Opens in new window)", "Click to email a link to a friend (Opens in new window)".
_SHARE_BUTTONS = re.compile(
    r"(?:(?:(?:Click|Tap) to (?:share|e-?mail|print|tweet|pin|post|save)|Share|Tweet|E-?mail|Print)\b[^()\n.!?]{0,60}?"
    r"\s*\([Oo]pens in (?:a )?new (?:window|tab)\)\s*)+"
)
# A sentence that sends the reader to a link: "Click here for our full guide to ...", "Visit X's homepage for
# more stories."
_CLICK_HERE = re.compile(
    r"(?:(?:Click|Tap) (?:here|this link|the link(?: below)?)\b"
    r"|Visit [^.!?\"“”]{2,60}?['’]s? (?:homepage|home page|website) for more\b)[^.!?\"“”]{0,150}[.!?]?"
)


@dataclass(frozen=True)
class Widget:
    """Where a widget's text runs in a paragraph, and whether it is a video player (a title may head it)."""

    start: int
    end: int
    player: bool


def widgets(unit: str) -> list[Widget]:
    """The widgets whose text is glued into ``unit``, runs of messages and share links."""
    found = [Widget(m.start(), m.end(), False) for m in _SHARE_LINK.finditer(unit)]
    if "new window" in unit or "new tab" in unit:
        found.extend(Widget(m.start(), m.end(), False) for m in _SHARE_BUTTONS.finditer(unit))
    if not any(key in unit for key in _KEYS):
        return found
    at = 0
    while (first := _MESSAGE.search(unit, at)) is not None:
        run = [first]
        while (nxt := _MESSAGE.match(unit, _skip_spaces(unit, run[-1].end()))) is not None:
            run.append(nxt)
        at = run[-1].end()
        if len(run) >= 2 and any(m.lastgroup != "weak" for m in run):
            found.append(Widget(first.start(), at, any(m.lastgroup == "player" for m in run)))
    return found


def link_sentences(unit: str, starts: list[int]) -> list[tuple[int, int]]:
    """Sentences that send the reader to a link ("Click here to ..."), among those opening at ``starts``."""
    return [(m.start(), m.end()) for start in starts if (m := _CLICK_HERE.match(unit, start))]


def _skip_spaces(unit: str, at: int) -> int:
    while at < len(unit) and unit[at] == " ":
        at += 1
    return at
