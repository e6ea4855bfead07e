"""Text hygiene: bytes to clean Unicode text, and the language it is in.

Libraries do the hard parts (charset-normalizer guesses codepages, ftfy repairs mojibake, py3langid
names the language). Around them sits what they do not do for news text: refusing binary files with a
reason a user understands, reading a UTF-8 file that has a few stray cp1252 bytes without throwing away
its good parts, preferring cp1252 for short Western texts (charset-normalizer often picks cp1250 or
cp1257 there, which turns "très" into "trčs"), and a fast whitespace tidy that the plain-text cleaner can
run on every pasted text without paying for ftfy.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import charset_normalizer
import ftfy

from parallax.errors import InputError


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a DOCX/EPUB/XLSX file)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"\x7fELF", "an executable program"),
    (b"BZh", "a bzip2-compressed file"),
    (b"\xfd7zXZ\x00", "an xz-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd-compressed file"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

_ESCAPED = re.compile("[\udc80-\udcff]")
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")

# Typographic characters a cp1252 text commonly holds besides Latin letters.
_WESTERN_MARKS = frozenset("“”‘’‚„–—…•€£¥¢©®™°«»§¶·×÷±¿¡ªº¹²³¼½¾µ†‡‰‹›ˆ˜¨´¸¯¦¤ \xad")

_ODD_SPACES = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\x0b\x0c]")
# Invisible characters with no meaning in news text. ZWJ/ZWNJ stay: Persian, Indic scripts and emoji
# sequences need them.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u180e\u00ad]")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_RARE = re.compile("[\r\u2028\u2029\x85\t\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\x0b\x0c\u2060\ufeff\u180e\u00ad]")
_FTFY_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False, explain=False)

_LANG_PREFIX = 2000
_LANG_SURE = 0.5


def decode(content: bytes, declared: str | None = None) -> Decoded:
    """Bytes to text (encoding detected, mojibake repaired, NFC); InputError when empty or binary."""
    if not content or not content.strip():
        raise InputError("empty input: the file holds no text")
    for magic, what in _MAGIC:
        if content.startswith(magic):
            raise InputError(f"binary content: this looks like {what}, not text")
    warnings: list[str] = []
    text, encoding = _decode_bytes(content, declared, warnings)
    _refuse_binary_text(text)
    text = normalize(text)
    if not text.strip():
        raise InputError("no usable text: the content decodes to blank or invisible characters only")
    return Decoded(text, encoding, warnings)


def _decode_bytes(content: bytes, declared: str | None, warnings: list[str]) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if content.startswith(bom):
            return content[len(bom):].decode(encoding, errors="replace"), encoding
    utf16 = _bomless_utf16(content)
    if utf16:
        return content.decode(utf16, errors="replace"), utf16
    if b"\x00" in content:
        raise InputError("binary content: the file contains NUL bytes, so it is not plain text")
    if declared:
        try:
            name = codecs.lookup(declared).name
            return content.decode(name), name
        except LookupError:
            warnings.append(f"encoding: declared encoding {declared!r} is unknown; detected instead")
        except UnicodeDecodeError:
            warnings.append(f"encoding: content is not valid {declared}; detected instead")
    try:
        return content.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    escaped = content.decode("utf-8", errors="surrogateescape")
    invalid = len(_ESCAPED.findall(escaped))
    if len(_UTF8_MULTIBYTE.findall(content)) >= invalid:
        warnings.append(f"encoding: mixed encodings, {invalid} byte(s) that are not UTF-8 were read as cp1252")
        return _ESCAPED.sub(_as_cp1252, escaped), "utf-8"
    return _single_byte(content, warnings)


def _bomless_utf16(content: bytes) -> str | None:
    """UTF-16 without a BOM: NUL bytes on one side of most ASCII characters."""
    sample = content[:4096]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    even = sample[0::2].count(0) / (len(sample) // 2 or 1)
    odd = sample[1::2].count(0) / (len(sample) // 2 or 1)
    if odd > 0.4 and even < 0.05:
        return "utf-16-le"
    if even > 0.4 and odd < 0.05:
        return "utf-16-be"
    return None


def _as_cp1252(match: re.Match[str]) -> str:
    byte = bytes([ord(match.group()) - 0xDC00])
    return byte.decode("cp1252", errors="ignore") or byte.decode("latin-1")


def _single_byte(content: bytes, warnings: list[str]) -> tuple[str, str]:
    try:
        western = content.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _plausibly_western(western):
        return western, "cp1252"
    best = charset_normalizer.from_bytes(content).best()
    if best is None:
        raise InputError("undecodable: the content is in no text encoding that could be recognised")
    warnings.append(f"encoding: detected {best.encoding}, which is a guess")
    return str(best), best.encoding


def _plausibly_western(text: str) -> bool:
    """A Western-European text read as cp1252: mostly ASCII, the rest Latin letters and typography."""
    letters = non_ascii_letters = 0
    for ch in text:
        if ch.isascii():
            letters += ch.isalpha()
            continue
        if ch.isalpha():
            if ch > "\u024f":
                return False
            letters += 1
            non_ascii_letters += 1
        elif ch not in _WESTERN_MARKS:
            return False
    return letters > 0 and non_ascii_letters / letters < 0.3


def _refuse_binary_text(text: str) -> None:
    sample = text[:20000]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\f")
    if controls > 0.05 * len(sample):
        raise InputError("binary content: too many control characters for a text file")
    if sample.count("\ufffd") > 0.3 * len(sample):
        raise InputError("undecodable: most of the content is not valid in any text encoding")


def normalize(text: str) -> str:
    """Repair mojibake, NFC, tidy whitespace; paragraphs stay separated by a blank line."""
    if not text.isascii() or "&" in text or "\x1b" in text:
        text = ftfy.fix_text(text, _FTFY_CONFIG)
    return tidy(unicodedata.normalize("NFC", text))


def tidy(text: str) -> str:
    """The fast whitespace part of `normalize`: line breaks to \\n, odd spaces to spaces, invisible
    characters out, trailing spaces stripped, blank-line runs collapsed. Idempotent."""
    if _RARE.search(text):
        text = _INVISIBLE.sub("", _ODD_SPACES.sub(" ", _LINE_BREAKS.sub("\n", text)))
    text = "\n".join(line.rstrip(" ") for line in text.split("\n"))
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip("\n")


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str | None, float]:
    """ISO 639-1 code of the text's language and a confidence, (None, 0.0) when there is no text, and
    no code when the guess is unsure (a line or two of names reads as Latin or Javanese to it)."""
    sample = text[:_LANG_PREFIX]
    if not any(ch.isalpha() for ch in sample):
        return None, 0.0
    code, prob = _identifier().classify(sample)
    return (code if prob >= _LANG_SURE else None), float(prob)
