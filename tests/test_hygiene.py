"""Bytes become clean text: encodings found, mojibake repaired, binary refused with a reason."""

from __future__ import annotations

import codecs
import unicodedata

import pytest

from parallax.errors import InputError
from parallax.extract.hygiene import decode, detect_language, normalize

FRENCH = "Le café de la gare a rouvert ses portes après des travaux, déjà très attendus à Noël."
GERMAN = "Die Straßenbahn fährt wieder über die Brücke, sagte die Bürgermeisterin am Dienstag."
ENGLISH = "The council said on Tuesday that the bridge would reopen after repairs lasting six months."
QUOTED = "He said “we’re ready” — and left."


@pytest.mark.parametrize(
    "content, encoding",
    [
        (FRENCH.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + FRENCH.encode("utf-8"), "utf-8"),
        (FRENCH.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF32_LE + GERMAN.encode("utf-32-le"), "utf-32-le"),
        (QUOTED.encode("cp1252"), "cp1252"),
        (FRENCH.encode("latin-1"), "cp1252"),
        (GERMAN.encode("cp1252"), "cp1252"),
    ],
)
def test_encodings_are_read(content, encoding):
    decoded = decode(content)
    assert decoded.text in (FRENCH, GERMAN, QUOTED)
    assert decoded.encoding.replace("_", "-").startswith(encoding.split("-")[0])


def test_declared_encoding_is_used_when_valid_and_ignored_when_wrong():
    assert decode("Привет, мир! Как дела?".encode("koi8-r"), declared="koi8-r").text == "Привет, мир! Как дела?"
    wrong = decode(FRENCH.encode("utf-8"), declared="ascii")
    assert wrong.text == FRENCH
    assert wrong.warnings


def test_mojibake_is_repaired_and_curly_quotes_kept():
    assert decode("It\u00e2\u20ac\u2122s \u201cfine\u201d".encode()).text == "It’s “fine”"
    assert normalize("The minister\u00e2\u20ac\u2122s plan") == "The minister’s plan"


def test_mixed_encodings_keep_the_good_parts_with_a_warning():
    content = "Le café “ouvert”. ".encode() + "Très bien – merci.".encode("cp1252")
    decoded = decode(content)
    assert decoded.text == "Le café “ouvert”. Très bien – merci."
    assert any("mixed" in warning for warning in decoded.warnings)


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"%PDF-1.7\n%\xe2\xe3", "PDF"),
        (b"PK\x03\x04\x14\x00", "ZIP"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (b"\x1f\x8b\x08\x00", "gzip"),
        (b"text\x00with\x00nul bytes in the middle of it \x00\x01", "NUL"),
        (bytes(range(1, 32)) * 20, "control"),
        ("\u200b\u200b\ufeff".encode(), "no usable text"),
    ],
)
def test_unreadable_input_is_refused_with_a_reason(content, reason):
    with pytest.raises(InputError) as err:
        decode(content)
    assert reason in err.value.reason


def test_normalize_tidies_and_is_idempotent():
    raw = "Cafe\u0301 opens\r\nits  doors\u00a0today.  \r\n\r\n\r\n\r\nZero\u200bwidth\u2029next\tline"
    clean = normalize(raw)
    assert clean == "Café opens\nits  doors today.\n\nZerowidth\nnext line"
    assert unicodedata.is_normalized("NFC", clean)
    assert normalize(clean) == clean
    assert normalize(QUOTED) == QUOTED


@pytest.mark.parametrize("text, code", [(ENGLISH, "en"), (FRENCH, "fr"), (GERMAN, "de")])
def test_language_detection(text, code):
    language, confidence = detect_language(text)
    assert language == code
    assert 0.5 < confidence <= 1.0


def test_language_of_no_text_is_unknown():
    assert detect_language(" 12 34 — ") == (None, 0.0)


def test_a_line_of_names_is_no_language_it_cannot_tell():
    language, confidence = detect_language("President Obama met Trump.")
    assert language is None and confidence < 0.5
