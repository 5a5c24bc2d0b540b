"""Quotes in excerpts cut off at their end or opening on a date line (invented text): the cut takes
away the cue that would have followed a quotation, and a date line stands before the lede's
subject."""

from __future__ import annotations

import pytest

from .speaker_cases import Case, params, quoted_texts, speaker_names

CUT_OFF = [
    Case(
        "quote_cut_off_mid_way_takes_the_previous_sentence_subject",
        (
            "An excerpt that ends inside a quotation lost the '..., she said' after it: the sentence before"
            " the quote says who is speaking."
        ),
        'Mayor Lena Voss met the union on Tuesday.\n\nVoss ruled out new tolls. "We will not charge the families of',
        ["Lena Voss"],
    ),
    Case(
        "quote_ending_the_excerpt_after_its_closing_mark",
        "A cut right after the closing mark (before the cue) leaves the same reading.",
        "Coach Ida Brandt praised her side.\n\nBrandt refused to single anyone out. “Everyone ran for each other,”",
        ["Ida Brandt"],
    ),
    Case(
        "quote_opening_the_last_paragraph_takes_the_subject_past_an_opening_phrase",
        (
            "The quote opens the cut paragraph: the previous paragraph's main clause, past its participle"
            " phrase and not its subordinate clause, names the speaker."
        ),
        (
            "Speaking in Halden on Monday, Minister Ruth Ekker turned to the road but appeared to doubt that it"
            " would be built.\n\n"
            "“Well, we are not going to build it before"
        ),
        ["Ruth Ekker"],
    ),
    Case(
        "cut_quote_after_a_sentence_about_a_thing_has_no_speaker",
        "A subject that cannot speak ('The bridge') gives no speaker.",
        "The bridge closed on Tuesday.\n\n“It will not open again before",
        [None],
    ),
    Case(
        "quote_in_the_middle_of_a_text_standing_after_its_speakers_sentence",
        (
            "A quotation followed by more text was not cut off; standing as its own sentence after a sentence"
            " about Voss in its paragraph, it is hers (not by the cut-off rule: by the sentence before it)."
        ),
        (
            "Mayor Lena Voss met the union.\n\n"
            "Voss ruled out new tolls. “We will not charge the families of this city a penny more.”\n\n"
            "The council meets in May.\n"
        ),
        ["Lena Voss"],
    ),
    Case(
        "single_quotation_running_over_two_paragraphs_keeps_its_first",
        (
            "British style: '‘You are ... years.¶‘Nobody ...’' leaves the first paragraph unclosed and reopens the"
            " next: both paragraphs are the speaker's; an unclosed mark elsewhere is not."
        ),
        (
            "The assembly voted on the cap on Tuesday.\n\n"
            "Mr Wrenfield told members: ‘You are punishing the very families who kept this coast going.\n\n"
            "‘Nobody in this chamber has asked them what they will live on.’\n\n"
            "The vote passed.\n"
        ),
        ["Wrenfield", "Wrenfield"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), params(CUT_OFF))
def test_cut_off_quotes(text, expected):
    assert speaker_names(text) == expected


LEDES = [
    Case(
        "short_lede_whose_second_sentence_is_a_quotation_is_no_headline",
        (
            "An excerpt without a headline opens on a short lede; a sentence break before the opening mark"
            " ('tolls. “We ...') marks prose, so its quotation is kept and read."
        ),
        "Voss ruled out new tolls. “We will not charge the families of this city a penny more.”\n\nThe council meets.\n",
        ["We will not charge the families of this city a penny more."],
    ),
    Case(
        "excerpt_opening_on_a_whole_quoted_sentence_is_no_headline",
        (
            "An excerpt that starts on the second quotation of a paragraph opens with one whole quoted"
            " sentence closing on a full stop: a headline would drop the stop, so the quotation is kept."
        ),
        "“We will leave the tolls where they are.”\n\nVoss had not spoken about the harbour before.\n",
        ["We will leave the tolls where they are."],
    ),
    Case(
        "excerpt_opening_on_a_date_line_and_a_quotation_is_no_headline",
        "A headline never carries a wire date line: the line is the lede, its quotation is kept.",
        "HALDEN (Northwire) — “We will leave the tolls where they are”\n\nThe council meets in May.\n",
        ["We will leave the tolls where they are"],
    ),
    Case(
        "quoted_headline_without_a_full_stop_stays_a_headline",
        "A first line that is only a quotation without a closing stop is still read as a headline.",
        "“We will leave the tolls where they are”\n\nThe council meets in May.\n",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), params(LEDES))
def test_short_ledes(text, expected):
    assert quoted_texts(text) == expected


DATELINES = [
    Case(
        "pronoun_after_a_lede_opening_on_a_wire_date_line",
        (
            "'HALDEN, March 3 (Northwire) — Okafor warned ...': the date line is not the lede's subject, so the"
            " surname after it is the antecedent of the next quote's 'he'."
        ),
        (
            "HALDEN, March 3 (Northwire) — Okafor warned that the bridge would close.\n\n"
            "“We cannot keep it open for another winter,” he told the radio.\n"
        ),
        ["Okafor"],
    ),
    Case(
        "pronoun_after_a_lede_opening_on_a_date",
        "A date opening the lede ('June 12, 2031 - ') is a date line too.",
        (
            "Bridge to close\n\nJune 12, 2031 - Okafor warned that the bridge would close.\n\n"
            "“We cannot keep it open for another winter,” he told the radio.\n"
        ),
        ["Okafor"],
    ),
    Case(
        "date_line_right_before_a_quotation_is_no_speaker",
        "'LONDON — “...”': the city of a date line opening on a quotation does not speak it.",
        (
            "Mayor keeps the harbour tolls in place\n\n"
            "LONDON — “We are going to leave the tolls where they are.”\n\n"
            "The council meets again in May.\n"
        ),
        [None],
    ),
]


@pytest.mark.parametrize(("text", "expected"), params(DATELINES))
def test_date_lines(text, expected):
    assert speaker_names(text) == expected


SURNAMES = [
    Case(
        "pronoun_takes_the_nearer_of_two_surname_only_subjects",
        (
            "An excerpt that names both people by surname only: 'Haldane had rejected ... “...,” he said' is"
            " about Haldane, the nearer subject, not Okafor, who spoke before."
        ),
        (
            "Port plan agreed\n\n"
            "Okafor told reporters the port was safe, calling it “the safest harbour in the north”.\n\n"
            "Haldane had rejected the plan in March. “I will not sign what this council cannot pay for,” he said.\n"
        ),
        ["Okafor", "Haldane"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), params(SURNAMES))
def test_surname_only_subjects(text, expected):
    assert speaker_names(text) == expected



def test_a_count_opening_a_sentence_is_no_surname_a_pronoun_could_stand_for():
    """'Twelve musicians wrote to the tribunal.' opens on a capitalised word that is a number: no person,
    so a later 'he wrote' does not take it."""
    text = (
        "Twelve musicians from the string section wrote to the tribunal.\n\nIn his judgment, the tribunal found "
        "that the panel had marked her down. “The re-audition was a pretext,” he wrote."
    )
    assert speaker_names(text) == [None]  # was ["Twelve"]
