"""split_sentences: abbreviations and initials do not end sentences; offsets are exact."""

from __future__ import annotations

from claims.nlp.sentences import split_paragraphs, split_sentences, trim_span


def test_titles_and_initials_do_not_split():
    """Mr., U.S. and a middle initial keep the sentence whole."""
    text = "Mr. Smith met the U.S. envoy. He said J. Doe left."
    assert [s.text for s in split_sentences(text)] == [
        "Mr. Smith met the U.S. envoy.",
        "He said J. Doe left.",
    ]


def test_offsets_slice_to_text():
    """Every sentence's offsets slice back to its text."""
    text = "One. “Two,” he said.\n\nThree?"
    for s in split_sentences(text) + split_paragraphs(text):
        assert text[s.start : s.end] == s.text


def test_trim_span_drops_white_space_at_both_ends_only():
    text = "  a  b \n"
    assert trim_span(text, 0, len(text)) == (2, 6)
    assert trim_span(text, 0, 2) == (2, 2)


def test_a_date_line_opening_a_paragraph_is_no_part_of_its_first_sentence():
    """Wire and web date lines name a place and a day; the lede's sentence (and its subject) starts after."""
    for text in (
        "HALDEN, March 3 (Northwire) — Okafor closed the bridge.",
        "PORT ELLIS (AP) - Okafor closed the bridge.",
        "June 12, 2031 - Okafor closed the bridge.",
        "12 June 2031 — Okafor closed the bridge.",
    ):
        assert [s.text for s in split_sentences(text)] == ["Okafor closed the bridge."]


def test_capitals_and_a_dash_before_a_lower_case_word_are_no_date_line():
    text = "NATO - the alliance itself - met."
    assert [s.text for s in split_sentences(text)] == [text]
