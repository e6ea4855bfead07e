"""The analyze stage encodes the tone of a whole chunk of articles at once, yet one article that
breaks a rule is skipped alone and the others keep every layer."""

from __future__ import annotations

from parallax.analyze import ANALYSIS_FAILED, analyze_articles, quotes
from parallax.model import Article

TEXTS = [
    "Maria Lopez was praised by colleagues for her brave leadership, the mayor said on Monday.",
    "Tom Adams was charged with fraud, and critics condemned him as corrupt.",
    "Bo Chan won the election in Springfield on Tuesday, officials said.",
]


def _articles() -> list[Article]:
    return [Article(id=f"a{i}", source="x", text=t, language="en", published="2025-06-08") for i, t in enumerate(TEXTS)]


def test_a_chunk_gets_the_tone_each_article_gets_alone():
    together = list(analyze_articles(_articles()))
    alone = [next(analyze_articles([a])) for a in _articles()]
    assert together == alone
    assert all(a.tone for a in together)


def test_an_article_that_breaks_a_rule_is_skipped_alone(monkeypatch):
    real = quotes.extract_quotes

    def fragile(doc, actors):
        if "fraud" in doc.text:
            raise ValueError("odd article")
        return real(doc, actors)

    monkeypatch.setattr(quotes, "extract_quotes", fragile)
    done = list(analyze_articles(_articles()))
    assert [a.article_id for a in done] == ["a0", "a1", "a2"]
    assert done[1].skipped == f"{ANALYSIS_FAILED}: ValueError: odd article"
    assert done[0].skipped is None and done[0].tone and done[2].skipped is None and done[2].tone
