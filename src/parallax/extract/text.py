"""Plain text as users paste it: title, standfirst, inline header and trailer, page furniture.

Stub signatures; the full implementation replaces this module.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class CleanText:
    body: str
    title: str | None = None
    description: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    outlet: str | None = None
    warnings: list[str] = field(default_factory=list)


def clean_text(text: str) -> CleanText:
    """The article body of a pasted text, with what its header, trailer and top lines say."""
    return CleanText(body=text.strip())
