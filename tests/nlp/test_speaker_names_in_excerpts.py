"""Speakers in short excerpts of multi-outlet coverage (invented text): a team or party before the
role, names given by surname only because the excerpt starts after the full name, titles at the
start of a sentence."""

from __future__ import annotations

import pytest

from .speaker_cases import Case, params, speaker_names

NAMES = [
    Case(
        "team_before_the_role_is_not_the_speaker",
        (
            "'Harriers coach Ada Voss said': the club modifies the role; the person named after it speaks, even"
            " when the club's full name ('Dunford Harriers') looks like a person's name."
        ),
        (
            "Dunford Harriers won the trophy on Sunday.\n\n"
            "“We never stopped believing,” Harriers coach Ada Voss said.\n\n"
            "Unity party leader Colm Brandt said: “The count was fair.”\n"
        ),
        ["Ada Voss", "Colm Brandt"],
    ),
    Case(
        "title_opening_a_sentence_stays_a_title",
        (
            """'Judge Ann Lee added' opens a sentence in an article that also writes 'the judge': "Judge" is her """
            """title, so the description before it resolves to her and her name carries no title."""
        ),
        (
            "The sentence was read at noon. The judge told him: “You showed no remorse.”\n\n"
            "Judge Ann Lee added: “The victims deserve better.”\n"
        ),
        ["Ann Lee", "Ann Lee"],
    ),
    Case(
        "court_and_sport_titles_are_not_part_of_the_name",
        "'Prosecutor', 'Detective Sergeant' and 'Winger' are titles before a name, not its first words.",
        (
            "Prosecutor Rhea Quill said: “It was deliberate.”\n\n"
            "Detective Sergeant Bo Hart said: “We followed the money.”\n\n"
            "Winger Kai Orr said: “I just ran.”\n"
        ),
        ["Rhea Quill", "Bo Hart", "Kai Orr"],
    ),
    Case(
        "pronoun_after_a_surname_only_subject",
        (
            """An excerpt that starts after the full name was given: 'Brandt was furious. "...," he said.' The """
            """surname opening the sentence is the only antecedent there is."""
        ),
        'Brandt was in no mood to celebrate. "We were lucky today," he said.\n',
        ["Brandt"],
    ),
    Case(
        "surname_subject_does_not_beat_a_named_person",
        (
            "With a person named earlier, a pronoun keeps resolving to people, not to a capitalised word that "
            "opens a later sentence."
        ),
        (
            "Coach Ida Marsh watched from the stand.\n\n"
            'Dunford scored twice before the break. "We were lucky today," she said.\n'
        ),
        ["Ida Marsh"],
    ),
    Case(
        "surname_subject_reporting_speech_right_before_the_quote_beats_an_earlier_person",
        (
            "'Voss said at the hearing that ... / “...,” he was quoted as saying': the sentence before the quote"
            " reports what the surname-only subject said, so 'he' is him, not the person named in full earlier."
        ),
        (
            "The talks came a day before a meeting with the port director, Ivo Kessel.\n\n"
            "“The tolls must be fair,” Kessel said.\n\n"
            "Voss said at the hearing that the union would have to give ground.\n\n"
            "“Yes, they will. They have to,” he was quoted as saying.\n"
        ),
        ["Ivo Kessel", "Voss"],
    ),
    Case(
        "surname_subject_far_back_does_not_beat_a_named_person",
        (
            "A capitalised word that reported speech several sentences before the quote ('Analysts said ...')"
            " does not take the pronoun from the person named right before it."
        ),
        (
            "Analysts said the vote would be close.\n\n"
            "The count ran late into the night in every ward of the city, and officials checked each box"
            " twice before the results were read out to a crowd that had waited for hours in the rain"
            " outside the town hall on the square.\n\n"
            "Mayor Bo Dahl met the union on Tuesday. “Nothing will be built,” he said.\n"
        ),
        ["Bo Dahl"],
    ),
    Case(
        "age_after_a_surname_marks_a_person",
        (
            """'Okafor, 22, scored twice. "...," the striker said': a name followed by an age is a person, so the"""
            """ description resolves to him."""
        ),
        'Okafor, 22, scored twice. "I just kept running," the striker said.\n',
        ["Okafor"],
    ),
    Case(
        "pronoun_chain_from_the_cut_away_part_skips_a_name_given_in_passing",
        (
            "'But he went on to say that the pact Mayor Ann Roe is to sign would ...': 'he' was named in the"
            " part cut away; the next 'he said' continues that chain, not the mayor named in passing."
        ),
        (
            "But he went on to say that the pact Mayor Ann Roe is to sign on Friday would bring “jobs.”\n\n"
            "“It’s a great deal for the valley,” he said.\n\n"
            "Roe warned that the pact must be fair. “We will read every line,” she said.\n"
        ),
        [None, "Ann Roe"],
    ),
    Case(
        "agent_of_quoted_by_is_no_antecedent",
        (
            "'he was quoted by Al Ferris as saying': what quotes someone is an outlet, even when its name reads"
            " like a person's, so a later 'he' does not resolve to it."
        ),
        (
            "“We will win,” he was quoted by Al Ferris as saying.\n\n"
            "The coach went on to praise his side. “They ran for each other,” he said.\n"
        ),
        [None, None],
    ),
    Case(
        "pronoun_opening_the_body_under_a_headline_is_not_the_headline_subject",
        (
            "'Dahl says ... / “...,” he said.': the excerpt starts after the lede that named 'he'; the"
            " headline's subject is the story's protagonist, not necessarily the one speaking here."
        ),
        (
            "Dahl says the harbour tolls will stay\n\n"
            "“If we do not get the money, nothing will be built,” he said.\n\n"
            "The council delayed the vote on the bridge.\n"
        ),
        [None],
    ),
    Case(
        "pronoun_after_a_lede_that_names_someone_resolves",
        "Under a headline, a lede naming the speaker gives the pronoun after it its antecedent.",
        (
            "Dahl says the harbour tolls will stay\n\n"
            "Mayor Bo Dahl met the union on Tuesday. “Nothing will be built,” he said.\n"
        ),
        ["Bo Dahl"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), params(NAMES))
def test_speaker_names(text: str, expected: list[str | None]) -> None:
    assert speaker_names(text) == expected
