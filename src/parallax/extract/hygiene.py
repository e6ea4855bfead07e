"""Text hygiene: bytes to clean Unicode text, and the language it is in.

Stub signatures; the full implementation replaces this module.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def decode(content: bytes, declared: str | None = None) -> Decoded:
    """Bytes to text (encoding detected, mojibake repaired, NFC); InputError when empty or binary."""
    return Decoded(normalize(content.decode(declared or "utf-8", errors="replace")), declared or "utf-8")


def normalize(text: str) -> str:
    """Repair mojibake, NFC, tidy whitespace; paragraphs stay separated by a blank line."""
    return unicodedata.normalize("NFC", text)


def detect_language(text: str) -> tuple[str | None, float]:
    """ISO 639-1 code of the text's language and a confidence, (None, 0.0) when there is no text."""
    return ("en", 0.5) if text.strip() else (None, 0.0)
