"""find_quantities and extract_claims never raise and their offsets slice exactly."""

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.nlp.claims import extract_claims
from claims.nlp.numbers import find_quantities

WORDS = st.sampled_from(
    [
        "$350 billion",
        "hundreds of",
        "billions of dollars",
        "roughly",
        "half of that amount",
        "fewer than",
        "30,000",
        "troops",
        "25%",
        "three-year",
        "a dozen",
        "1.5m",
        "£2bn",
        "€40 million",
        "Trump",
        "said",
        "“",
        "”",
        '"',
        ".",
        ",",
        "\n",
        "more than a week ago",
        "President",
        "former",
        "of",
        "that",
        "?",
    ]
)
TEXT = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=60).map(" ".join))


@settings(max_examples=300, deadline=None)
@given(TEXT, st.integers(-5, 400), st.integers(-5, 400))
def test_find_quantities_offsets_slice_exactly(text, start, end):
    """Any text and window: no exception, every quantity's text is text[start:end] within the window."""
    lo = max(0, min(start, len(text)))
    for q in find_quantities(text, start, end):
        assert text[q.start : q.end] == q.text
        assert lo <= q.start <= q.end <= len(text)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_extract_claims_offsets_slice_exactly(text):
    """Any text: no exception, each claim's sentence is text[start:end], score in [0, 1]."""
    for c in extract_claims(text, [], []):
        assert text[c.start : c.end] == c.sentence
        assert 0.0 <= c.score <= 1.0
        for q in c.quantities:
            assert text[q.start : q.end] == q.text
