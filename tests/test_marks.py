"""Quote marks: which stretches of text are quoted."""

from __future__ import annotations

from parallax.analyze.marks import find_marked


def test_two_apostrophes_typed_for_a_closing_mark_close_the_quote():
    text = 'He called her handling "extremely careless\'\' but not criminal. "We agree," aides said.'
    quoted = [text[m.start : m.end] for m in find_marked(text)]
    assert quoted == ["extremely careless", "We agree,"]


def test_an_apostrophe_inside_a_double_quote_is_no_closing_mark():
    text = '"It\'s over," she said.'
    assert [text[m.start : m.end] for m in find_marked(text)] == ["It's over,"]
