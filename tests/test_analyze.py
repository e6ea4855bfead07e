"""The whole analysis of one article: every layer filled, offsets exact, degenerate input handled."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, example, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from parallax.analyze import _start_worker, analyze, analyze_articles
from parallax.analyze.entities import extract_entities
from parallax.analyze.positions import extract_positions
from parallax.analyze.quotes import extract_quotes
from parallax.analyze.times import extract_times
from parallax.config import settings
from parallax.model import Article

TEXT = (
    "Harbour Minister Lena Ortiz said on Friday that the port would reopen next week. "
    "“We will not accept any further delay,” Ortiz said. The dockers' union demanded a public inquiry "
    "and rejected the company's offer. Ortiz praised the rescue crews, calling them heroes."
)


def test_analyze_fills_every_layer_with_exact_offsets():
    result = analyze(TEXT, published="2025-06-08", outlet="Gazette")
    assert result.skipped is None
    assert any(e.name == "Lena Ortiz" and e.type == "PERSON" for e in result.entities)
    direct = [q for q in result.quotes if q.kind == "direct"]
    assert direct and direct[0].speaker == "Lena Ortiz"
    assert any(t.value == "2025-06-06" for t in result.times)
    assert any(p.stance in {"demands", "rejects"} for p in result.positions)
    assert any(t.actor == "Lena Ortiz" for t in result.tone)
    for quote in result.quotes:
        assert TEXT[quote.start : quote.end] == quote.text
    for entity in result.entities:
        assert all(TEXT[m.start : m.end] == m.text for m in entity.mentions)
    for found in result.times:
        assert TEXT[found.start : found.end] == found.text
    for position in result.positions:
        assert TEXT[position.evidence.start : position.evidence.end] == position.evidence.text


def test_empty_and_non_english_texts_are_skipped_with_a_reason():
    assert analyze("").skipped == "empty text"
    french = (
        "Le ministre a déclaré vendredi que le port rouvrirait la semaine prochaine, après des semaines "
        "de grève. Les syndicats ont rejeté l'offre de l'entreprise et réclament une enquête publique."
    )
    assert "not supported" in analyze(french).skipped


def test_degenerate_texts_do_not_break_the_analysis():
    only_quotes = "“Never again.” “We stand together.” “This is not over.”"
    assert analyze(only_quotes).skipped is None
    no_punctuation = " ".join(["the council met and the mayor said the port would reopen soon"] * 40)
    assert analyze(no_punctuation).skipped is None


# Words and marks news text is made of, in orders no article has: names, titles, quote marks, brackets,
# reporting verbs, months beside numbers ("dies at 91 / JUNE 6" once raised in the date rules).
_SOUP = [
    '"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "(", ")", "[", "]", ":", ",", ".", "?", "...", "\u2014", "\n",
    "said", "told", "according", "to", "he", "she", "I", "who", "which", "that", "was", "opposed", "by", "must",
    "not", "will", "reject", "demands", "Mr", "Deputy", "Chief", "Constable", "Mayor", "of", "London", "Jane",
    "Roe", "De", "Sa", "Rail", "Accident", "Branch", "RAIB", "NATO", "spokesman", "the", "Resident", "76",
    "June", "JUNE", "Feb.", "31", "30", "91", "2013", "last", "week", "Monday", "ago", "11:34PM", "12/31",
]


@hypothesis_settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(st.sampled_from(_SOUP), min_size=1, max_size=40))
@example(words=["Ana", "Roe", "dies", "at", "91", "\n", "JUNE", "30", ",", "2013"])
def test_any_soup_of_news_words_is_analysed_with_offsets_inside_the_text(nlp, words):
    text = " ".join(words)
    doc = nlp(text)  # each layer on its own: short soups would be skipped as no English
    actors = extract_entities(doc)
    quotes = extract_quotes(doc, actors)
    items = [*quotes, *extract_times(doc, "2016-11-09"), *(m for e in actors for m in e.mentions)]
    items += [p.evidence for p in extract_positions(doc, actors, quotes)]
    assert all(0 <= item.start <= item.end <= len(text) for item in items)


def test_a_200000_character_article_is_analysed_in_reasonable_time():
    long_text = (TEXT + "\n\n") * (200_000 // (len(TEXT) + 2))
    start = time.perf_counter()
    result = analyze(long_text, published="2025-06-08")
    assert result.skipped is None and len(result.quotes) > 100
    assert time.perf_counter() - start < 120


def test_worker_processes_give_the_same_analyses_in_the_same_order():
    articles = [Article(id=f"a{i}", source="x", text=TEXT.replace("Friday", day), language="en",
                        published="2025-06-08") for i, day in enumerate(["Monday", "Tuesday", "Friday"])]
    one = list(analyze_articles(articles, n_process=1))
    two = list(analyze_articles(articles, n_process=2, batch_size=1))
    assert [a.article_id for a in two] == ["a0", "a1", "a2"]
    assert one == two


def test_the_public_call_is_parallax_analyze():
    import parallax

    result = parallax.analyze("“We will not sign,” the minister said on Friday.", published="2025-03-16")
    assert result.quotes and result.quotes[0].text.startswith("We will not sign")
    assert result.times[0].value == "2025-03-14"
    assert parallax.analyze.analyze_articles is analyze_articles


def test_workers_share_the_cores_for_the_encoder_unless_the_user_set_it(monkeypatch):
    monkeypatch.delenv("PARALLAX_EMBEDDING_THREADS", raising=False)
    settings.cache_clear()
    try:
        _start_worker(1)
        assert settings().embedding_threads == 1
        monkeypatch.setenv("PARALLAX_EMBEDDING_THREADS", "3")
        settings.cache_clear()
        _start_worker(1)
        assert settings().embedding_threads == 3
    finally:
        monkeypatch.delenv("PARALLAX_EMBEDDING_THREADS", raising=False)
        settings.cache_clear()


def test_a_short_english_line_is_analysed_not_skipped_as_another_language():
    found = analyze("President Obama met Trump.", published="2016-11-10")
    assert found.skipped is None
    assert {"Obama", "Trump"} <= {e.name for e in found.entities}
