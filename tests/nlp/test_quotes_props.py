"""Property tests: extract_quotes never raises and its offsets always slice to the quote text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.nlp.quotes import extract_quotes

MARKS = "“”‘’\"'«»„`"
PIECES = st.sampled_from(
    [*MARKS, "''", "``", " ", "\n", "\n\n", "he said", "Trump said", ", ", ".", "Mr. Smith", "don’t", "’90s", "a"]
)


def _check(text: str) -> None:
    quotes = extract_quotes(text)
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert "\n" not in q.text.strip("\n") or "\n" not in text[q.start : q.end]
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_unicode_never_raises_and_offsets_hold(text):
    """Any Unicode string gives valid, ordered offsets."""
    _check(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=60).map("".join))
def test_unbalanced_marks_never_raise_and_spans_stay_in_a_paragraph(text):
    """Random runs of quotation marks and attribution words never raise; no quote crosses a line break."""
    for q in extract_quotes(text):
        assert text[q.start : q.end] == q.text
        assert "\n" not in q.text


def test_one_megabyte_input_is_handled():
    """A 1 MB article with many marks is processed without error."""
    unit = "“It is fine,” he said. She called it “odd”. \"Yes\" '' no `` ‘a’ don’t\n"
    text = unit * (1_000_000 // len(unit) + 1)
    _check(text)
