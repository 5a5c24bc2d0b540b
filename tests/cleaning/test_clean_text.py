"""Plain-text cleaning: chrome goes, the article and its furniture stay."""

from articles.cleaning import clean_text

AGGREGATOR_TEXT = """Your headlines, all in one place.
Start reading
The Daily Ledger - UK
The Daily Ledger - UK
Business
Ana Ruiz and Tom Berg in Lisbon

Port workers strike over pay as talks collapse

Dock cranes
Idle cranes at the container terminal on Monday. Photograph: Jo Marsh/Reuters

Port workers in Lisbon walked out on Monday after talks over a new pay deal collapsed late on Sunday, halting traffic at the country's largest container terminal.

"We have waited two years for a fair offer," said the union's spokesperson, Rita Sousa, outside the terminal gates.

The port authority said it regretted the strike and would return to talks on Wednesday.

Sign up to read this article
Already a member? Sign in here
Related Stories
Download the app
"""

LEDE_FIRST = """The city council approved a new budget on Tuesday that raises spending on schools by 4% while cutting road maintenance.
Councillors voted 31 to 12 in favour after a debate that lasted more than six hours.
"""


def test_aggregator_chrome_is_removed():
    """Sign-up prompts, labels and app promos at the edges are dropped."""
    out = clean_text(AGGREGATOR_TEXT)
    for line in (
        "Start reading",
        "Sign up to read this article",
        "Already a member? Sign in here",
        "Related Stories",
        "Download the app",
        "The Daily Ledger - UK",
        "Business",
    ):
        assert line in out.removed
        assert line not in out.text.split("\n")


def test_headline_byline_and_captions_are_kept():
    """The headline, the byline and both caption lines stay in the text."""
    out = clean_text(AGGREGATOR_TEXT)
    assert out.title == "Port workers strike over pay as talks collapse"
    assert out.byline == "Ana Ruiz and Tom Berg in Lisbon"
    assert out.captions == (
        "Dock cranes",
        "Idle cranes at the container terminal on Monday. Photograph: Jo Marsh/Reuters",
    )
    for line in (out.title, out.byline, *out.captions):
        assert line in out.text


def test_text_starts_with_headline():
    """The cleaned text opens with the headline when there is one."""
    assert clean_text(AGGREGATOR_TEXT).text.startswith("Port workers strike")


def test_outlet_from_aggregator_label():
    """An aggregator label "X - UK" names the outlet X."""
    assert clean_text(AGGREGATOR_TEXT).outlet == "The Daily Ledger"


def test_outlet_from_copyright_line():
    """A copyright notice names the outlet and is itself removed."""
    raw = (
        "Markets rally on rate hopes\n" + LEDE_FIRST + "Advertisement\n© 2024 The Morning Chronicle Company\n"
    )
    out = clean_text(raw)
    assert out.outlet == "The Morning Chronicle"
    assert "© 2024 The Morning Chronicle Company" in out.removed
    assert "Advertisement" in out.removed


def test_reported_speech_to_an_outlet_does_not_name_it():
    """ "told the Ledger" is not the text naming its own outlet."""
    raw = LEDE_FIRST + "A councillor told the Daily Ledger that the vote had been close.\n"
    assert clean_text(raw).outlet is None


def test_lede_first_text_has_no_title():
    """A text that opens with a full sentence has no headline."""
    out = clean_text(LEDE_FIRST)
    assert out.title is None
    assert out.removed == ()


def test_section_headings_are_found_and_kept():
    """A short capitalised line before prose is a section heading."""
    raw = "Budget passes after long debate\n" + LEDE_FIRST + "What happens next\n" + LEDE_FIRST
    out = clean_text(raw)
    assert out.section_headings == ("What happens next",)
    assert "What happens next" in out.text


def test_prose_with_chrome_words_survives():
    """Body sentences that mention membership or advertising are not chrome."""
    raw = LEDE_FIRST + "The bid for NATO membership was discussed again.\nSpending on advertising fell.\n"
    out = clean_text(raw)
    assert "The bid for NATO membership was discussed again." in out.text
    assert "Spending on advertising fell." in out.text


def test_developing_story_notice_is_removed():
    """The "story is developing" notice at the end is boilerplate."""
    raw = LEDE_FIRST + "This story is developing and will be updated when we learn more.\n"
    assert clean_text(raw).removed == ("This story is developing and will be updated when we learn more.",)


def test_related_links_block_is_removed():
    """Teaser headlines under a "Read more:" opener go with it."""
    raw = LEDE_FIRST + "Read more:\nFerry timetable changes for spring\nNew tram line opens\n" + LEDE_FIRST
    out = clean_text(raw)
    assert "Ferry timetable changes for spring" in out.removed
    assert "New tram line opens" in out.removed


def test_empty_and_blank_inputs_give_empty_text():
    """Empty and whitespace-only inputs clean to an empty text without error."""
    for raw in ("", "   \n\t\n", "\ufeff", "\x00\x00"):
        out = clean_text(raw)
        assert out.text == ""
        assert out.title is None


def test_crlf_bom_and_nul_are_normalised():
    """Windows line ends, a BOM and NUL bytes do not end up in the text."""
    out = clean_text("\ufeff" + LEDE_FIRST.replace("\n", "\r\n") + "Share this article\x00\r\n")
    assert "\r" not in out.text and "\ufeff" not in out.text and "\x00" not in out.text
    assert out.text.startswith("The city council")


def test_extremely_long_line_is_handled():
    """A multi-megabyte line is kept as prose, quickly."""
    long_line = "word " * 400_000 + "end."
    out = clean_text("Headline here today\n" + long_line)
    assert out.text.endswith("end.")


def test_a_date_line_in_the_head_is_removed_but_still_dates_the_article():
    """'Published 3 March 2031' under the headline is metadata: out of the text (its first word would pass
    for a name), still read for the date; a lede that opens on a date and ends a sentence stays."""
    from datetime import date

    from articles.analysis import prepare_bytes

    raw = (
        "Bridge to close for the winter\n\nPublished 3 March 2031\n\n"
        "The Halden bridge will close in November, the council said on Monday, after engineers found cracks.\n"
    )
    cleaned = clean_text(raw)
    assert "Published" not in cleaned.text and cleaned.removed == ("Published 3 March 2031",)
    assert prepare_bytes(raw.encode()).published == date(2031, 3, 3)
    lede = "June 12, 2031 - The bridge closed.\n\nThe Halden bridge will close in November, engineers said on Monday.\n"
    assert clean_text(lede).text.startswith("June 12, 2031 - The bridge closed.")
