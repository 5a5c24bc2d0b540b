"""Quoted text that is nobody's speech: titles of works, headlines, section headings, nicknames and
cited headlines are no quotes, or are left out of the export, invented text."""

from __future__ import annotations

import pytest

from claims.nlp.quote_export import quote_records
from claims.nlp.quotes import extract_quotes

from .speaker_cases import Case, params, quoted_texts, speaker_mentions

MENTIONS = [
    Case(
        "title_case_term_without_a_cue_has_no_speaker",
        (
            "'The network canceled “Night Watch” ...': a Title Case term with no speech cue is a name, so it is"
            " no quotation of the sentence subject (and the export leaves it out)."
        ),
        'The show did well. Lund Media then bought the rights to "Night Watch" for its fall lineup.',
        [None],
    ),
]


@pytest.mark.parametrize(("text", "expected"), params(MENTIONS))
def test_speaker_mentions(text: str, expected: list[str | None]) -> None:
    assert speaker_mentions(text) == expected


QUOTED = [
    Case(
        "works_after_author_of_or_publishing_verbs_are_not_quotes",
        "'the co-author of “Going Dark”', 'paid to stream “Night Watch”': titles, not speech.",
        (
            '"People believe it," said Ann Lo, the co-author of "Going Dark," in an interview.\n\n'
            'Lund Media paid a fortune to stream "Night Watch" last year.'
        ),
        ["People believe it,"],
    ),
    Case(
        "title_case_headline_line_is_not_a_quote",
        "A first line written in Title Case is a headline, whatever its length.",
        (
            "Mayor Hale Blasts Council for Mocking Her Budget, Urges Voters to ‘Turn Away’ from "
            "‘Wasters’ and ‘Dreamers’ in a Long Speech Today.\n\n"
            'Hale spoke for an hour. "We will not wait," she said.'
        ),
        ["We will not wait,"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), params(QUOTED))
def test_quoted_texts(text: str, expected: list[str]) -> None:
    assert quoted_texts(text) == expected


NOT_EXPORTED = [
    Case(
        "headline_with_comma_inside_closing_mark_is_a_headline",
        "'Mayor: Plan Is ‘Reckless,’ ‘Costly’' as the first line is a title, not prose.",
        "Mayor Lee: Plan Is ‘Reckless,’ ‘Costly’\n\nThe mayor spoke on Monday about the new budget plan.",
        [],
    ),
    Case(
        "cited_headline_with_byline_is_not_a_quotation",
        "'—“Title,” by the Post’s Jane Doe: “excerpt”': a link list cites articles, nobody speaks.",
        (
            "Intro paragraph of the newsletter.\n\n"
            "—“Museum to close at the end of the year,” by the Post’s Jane Doe: “The museum, a small "
            "venue on the river, will close its doors in December.” http://example.com/x"
        ),
        [],
    ),
    Case(
        "title_case_term_without_a_cue_has_no_speaker",
        (
            "'The network canceled “Night Watch” ...': a Title Case term with no speech cue is a name, so it is"
            " no quotation of the sentence subject (and the export leaves it out)."
        ),
        'The show did well. Lund Media then bought the rights to "Night Watch" for its fall lineup.',
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), params(NOT_EXPORTED))
def test_not_exported(text: str, expected: list) -> None:
    assert quote_records(text) == expected


NO_QUOTES = [
    Case(
        "short_single_quoted_line_is_a_section_heading",
        "A paragraph that is only a short phrase in single marks heads a section.",
        "The plant closed in May.\n\n'A really tough call.'\n\nWorkers gathered outside the gate.",
        [],
    ),
    Case(
        "quoted_nickname_inside_a_name_is_no_quote",
        "Gov. C.L. “Butch” Otter: the nickname is part of the name.",
        "Gov. C.L. “Butch” Otter spoke at the rally on Friday.",
        [],
    ),
    Case(
        "long_book_title_after_book_is_a_title",
        "A Title Case name of up to 16 words after 'the book' is the title of a work.",
        "Alden, author of the book “Failure to Adjust: How Workers Got Left Behind in the New Economy,” spoke.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), params(NO_QUOTES))
def test_no_quotes(text: str, expected: list) -> None:
    assert extract_quotes(text) == expected


def test_link_labels_and_stage_directions_are_not_quotes() -> None:
    """'“Related:”' and '“(CROSSTALK.)”' label the page or the transcript."""
    text = (
        'Hale spoke about taxes. "Related:" Read more below.\n\n'
        'LUND: We have to rebuild, and —. "(CROSSTALK.)" HALE: Go on.'
    )
    assert "Related:" not in quoted_texts(text)
    assert "(CROSSTALK.)" not in quoted_texts(text)
