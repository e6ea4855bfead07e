"""HTML extraction: main text as paragraphs without page chrome, metadata, and checked dates."""

from __future__ import annotations

from parallax.extract.article import extract_article
from parallax.extract.html import extract_html
from parallax.model import Provenance, RawDocument

PARAS = [
    "The regional water board said on Monday that reservoir levels had fallen to their lowest point in "
    "twelve years after a dry winter across the northern valleys.",
    "“Every household will feel this, and we are asking everyone to cut back now,” the board’s director, "
    "Tomas Verlaine, told reporters at the dam.",
    "Farmers in the lower plain have already been told that irrigation quotas will be halved from June, "
    "a decision their union called ‘a blow we cannot absorb’.",
    "The board will review the restrictions in September, when the autumn rains usually begin.",
]
CHROME = (
    "<header><nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li>"
    "<li><a href='/sport'>Sport</a></li></ul></nav></header>"
)
FOOTER = (
    "<aside><h3>Most read</h3><ul><li><a href='/a'>Celebrity wedding photos</a></li></ul></aside>"
    "<footer><p>© 2024 Northern Ledger. All rights reserved.</p><a href='/privacy'>Privacy</a></footer>"
)


def page(
    head: str = "", paras: list[str] = PARAS, extra: str = "", canonical: str = "https://ledger.example/reservoirs"
) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>Reservoirs at twelve-year low | Northern Ledger</title>"
        '<meta property="og:site_name" content="Northern Ledger">'
        '<meta name="description" content="Water board asks households to cut use.">'
        '<meta name="author" content="Ines Marlow">'
        f'<link rel="canonical" href="{canonical}">{head}</head><body>{CHROME}'
        f"<article><h1>Reservoirs at twelve-year low</h1>{body}{extra}</article>{FOOTER}</body></html>"
    ).encode()


def test_main_text_is_the_paragraphs_without_chrome():
    fields = extract_html(page('<meta property="article:published_time" content="2024-03-11T08:15:00+01:00">'))
    assert fields.text == "\n\n".join(PARAS)  # curly quotes kept, no nav, headline or footer
    assert fields.title == "Reservoirs at twelve-year low"
    assert fields.sitename == "Northern Ledger"
    assert fields.authors == ["Ines Marlow"]
    assert fields.description == "Water board asks households to cut use."
    assert fields.url == "https://ledger.example/reservoirs"
    assert fields.published == "2024-03-11T08:15:00+01:00" and not fields.published_guessed
    assert not fields.warnings


def test_comments_and_tables_are_left_out():
    extra = (
        "<table><tr><td>Reservoir</td><td>Level</td></tr><tr><td>North</td><td>31%</td></tr></table>"
        "<div class='comments'><p>Commenter99: this is all a hoax</p></div>"
    )
    text = extract_html(page(extra=extra)).text
    assert "31%" not in text and "hoax" not in text


def test_date_only_from_the_url_is_marked_guessed():
    url = "https://ledger.example/2024/03/11/reservoirs"
    fields = extract_html(page(canonical=url), url=url)
    assert fields.published == "2024-03-11" and fields.published_guessed


def test_page_metadata_date_wins_and_disagreement_is_a_warning():
    head = '<meta property="article:published_time" content="2024-03-12T06:00:00Z">'
    fields = extract_html(page(head, canonical="https://ledger.example/2024/03/09/reservoirs"))
    assert fields.published.startswith("2024-03-12") and not fields.published_guessed
    assert any("dates disagree" in w for w in fields.warnings)


def test_truncated_page_gives_its_text_with_a_warning():
    whole = page()
    cut = whole[: whole.index(PARAS[2][:40].encode()) + 40]
    fields = extract_html(cut)
    assert fields.text.startswith(PARAS[0])
    assert PARAS[3] not in fields.text
    assert any("truncated" in w for w in fields.warnings)


def test_declared_charset_is_used():
    latin = page().decode("utf-8").replace("’", "'").replace("“", '"').replace("”", '"').replace("‘", "'")
    latin = latin.replace("twelve years", "douze années").replace('charset="utf-8"', 'charset="iso-8859-1"')
    fields = extract_html(latin.encode("latin-1"), charset="iso-8859-1")
    assert "douze années" in fields.text


def test_article_from_html_uses_site_name_then_domain():
    raw = RawDocument(page(), "saved/page.html", "html", Provenance(kind="html", path="saved/page.html"))
    article = extract_article(raw)
    assert article.outlet == "Northern Ledger"
    assert article.source_domain == "ledger.example"
    assert article.extractor == "trafilatura" and article.language == "en"
    assert article.source == "saved/page.html" and article.raw_id == raw.raw_id
    bare = page().replace(b'<meta property="og:site_name" content="Northern Ledger">', b"")
    bare = bare.replace(b"| Northern Ledger", b"")
    article = extract_article(RawDocument(bare, "p.html", "html", Provenance(kind="html")))
    assert article.outlet == "ledger.example"
