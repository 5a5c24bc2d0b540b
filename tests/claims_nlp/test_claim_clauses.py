"""Clause-level claims for claim linking (invented sentences)."""

from claims.nlp.claims import clauses
from claims.nlp.sentences import Sentence


def _sentence(text: str) -> Sentence:
    return Sentence(text, 0, len(text))


def test_short_second_clause_still_splits_off():
    """A clause far shorter than the rest of the sentence is its own claim when it can stand alone."""
    text = (
        "Mayor Odile Franck of Tarnby told the harbour board on Monday that the new ferry terminal "
        "would open to passengers in the spring after three years of delays and two changes of contractor, "
        "but the port authority would not pay for the extra dredging work."
    )
    parts = clauses(_sentence(text))
    assert len(parts) == 2
    assert parts[1].text.startswith("but the port authority would not pay")
    assert text[parts[1].start : parts[1].end] == parts[1].text


def test_sentence_with_two_breaks_splits_twice():
    text = (
        "The Lindqvist council approved the budget for the new bridge on Tuesday, "
        "but the opposition said the costs had been hidden from voters for months; "
        "the mayor denied that any figure had been withheld from the council."
    )
    parts = clauses(_sentence(text))
    assert len(parts) == 3
    assert all(text[p.start : p.end] == p.text for p in parts)


def test_fragment_after_but_is_not_split():
    text = "The Tarnby ferry terminal will open to passengers in the spring, but not yet to freight lorries."
    assert clauses(_sentence(text)) == [_sentence(text)]
