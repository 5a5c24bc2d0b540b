"""Outlets named by a wire dateline or an "Outlet | date" line."""

from articles.cleaning import clean_text


def test_wire_dateline_names_the_agency():
    """A Reuters-style dateline in the first paragraph names the outlet."""
    text = "PORTVILLE, May 4 (Tidewire) - The council voted 7-2 on Monday to close the pier.\n\nMore text follows here."
    assert clean_text(text).outlet == "Tidewire"


def test_outlet_and_date_line_under_headline_names_the_outlet():
    """A line holding only an outlet and a date names the outlet."""
    text = "Pier to close after vote\nRiverside Radio | 4 May 2026\nThe council voted 7-2 on Monday to close the pier."
    assert clean_text(text).outlet == "Riverside Radio"


def test_sentence_with_a_pipe_is_not_an_outlet_line():
    """Ordinary body sentences never count as outlet lines."""
    text = "Pier to close\nThe council voted on Monday | the mayor said on 4 May 2026 that it was final and the pier would close."
    assert clean_text(text).outlet is None


def test_outlet_and_date_separated_by_a_dash():
    """"Outlet — date" names the outlet as "Outlet | date" does."""
    text = "Pier to close after vote\nRiverside Radio — 4 May 2026\nThe council voted 7-2 on Monday to close the pier."
    assert clean_text(text).outlet == "Riverside Radio"
