"""The publication date line at the top of a plain-text article."""

from datetime import date

import pytest

from articles.analysis import prepare_bytes
from articles.text_dates import find_published


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Harbour deal signed\nThe Valley Times | 14 March 2031\n\nThe mayor ...", date(2031, 3, 14)),
        ("Wed 26 Feb 2025 15.30 GMT\nTitle", date(2025, 2, 26)),
        ("February 26, 2025\n\nBody", date(2025, 2, 26)),
        ("WASHINGTON, Feb. 26, 2025 (Wire) - Body", date(2025, 2, 26)),
        ("Posted 2031-05-04 09:12\nBody", date(2031, 5, 4)),
        ("Sept 3rd, 2030 — Body", date(2030, 9, 3)),
    ],
)
def test_date_lines(head, expected):
    assert find_published(head) == expected


@pytest.mark.parametrize(
    "head",
    [
        "VELLMOUTH, March 14 (Northwire) - no year here",
        "© 2031 The Valley Times",
        "Voters aged 18-24 were polled",
        "31 February 2030 is no day",
    ],
)
def test_no_full_date(head):
    assert find_published(head) is None


def test_a_date_deep_in_the_story_is_not_the_articles():
    assert find_published("x" * 700 + " 14 March 2031") is None


def test_plain_text_gets_its_date_even_when_the_line_is_cut_as_boilerplate():
    text = "Harbour deal signed\nThe Valley Times | 14 March 2031\n\nMayor Ana Ruiz signed the deal on Tuesday, aides said.\n"
    assert prepare_bytes(text.encode()).published == date(2031, 3, 14)
