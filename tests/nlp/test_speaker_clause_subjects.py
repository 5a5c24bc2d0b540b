"""Quotes without a cue of their own: the clause subject speaks once datelines, adverbial and
participle openers and 'with' clauses are passed over; speakers carried from the sentence or
paragraph before, colon lead-ins and signature lines, invented text."""

from __future__ import annotations

import pytest

from claims.nlp.quote_export import quote_records

from .speaker_cases import Case, params, speaker_mentions

MENTIONS = [
    Case(
        "speaker_carried_from_previous_sentence_with_cue",
        "'Professor Jane Doe agreed. “...”': the quote continues the previous sentence's speaker.",
        "Professor Jane Doe agreed. “The plan is sound, and it is long overdue for the city.”",
        ["Professor Jane Doe"],
    ),
    Case(
        "speaker_carried_from_previous_paragraph",
        "A quote paragraph after a paragraph of reported speech is the same speaker's.",
        "Okafor argued in a long letter that the budget was unrealistic.\n\n“We cannot pay for all of it.”",
        ["Okafor"],
    ),
    Case(
        "colon_lead_in_without_cue_gives_its_subject",
        "'He then listed the rules:' introduces the quote paragraph after it.",
        "Okafor spoke first.\n\nHe then listed the rules:\n\n“Is the plan fair to everyone involved?”",
        ["He"],
    ),
    Case(
        "fallback_skips_sentence_adverbial_written_lower_case_elsewhere",
        "'Using “...”, the campaign ...': a participle opening the sentence is no speaker.",
        "Critics kept using the phrase. Using “bad hombres” as a slogan, the campaign rallied.",
        [None],
    ),
    Case(
        "fallback_takes_the_subject_after_an_adverbial_opener",
        "'Inspired by ..., Bush crossed ... on a “...” tour': the clause subject after the comma.",
        'Inspired by the turnaround, Bush crossed the state on a three-day "Jeb Can Fix It" bus tour.',
        ["Bush"],
    ),
    Case(
        "fallback_rejects_a_preposition_opener",
        "'Across town, “...” ...': a sentence-opening preposition is no speaker.",
        'Across town, "shouting from the rooftops" for the campaign, is a retired teacher.',
        [None],
    ),
    Case(
        "dateline_is_not_the_subject",
        "'SPRINGFIELD (AP) — Mayor Jane Roe on Monday vetoed ... “...”': the dateline is skipped.",
        "SPRINGFIELD (AP) — Mayor Jane Roe on Monday vetoed the plan as “a reckless gamble with our money.”",
        ["Mayor Jane Roe"],
    ),
    Case(
        "opening_time_adverbial_is_not_the_subject",
        "'Hours later, Okafor ..., telling reporters, “...”': the subject follows the adverbial.",
        "Hours later, Okafor returned the favor, telling reporters, “She is a fine colleague and a friend.”",
        ["Okafor"],
    ),
    Case(
        "opening_participle_clause_is_not_the_subject",
        "'Reached by phone, Baker denied ..., explaining that he was “...”': Baker is the speaker.",
        "Reached by phone, Baker denied the report, explaining that he was “on vacation all week.”",
        ["Baker"],
    ),
    Case(
        "fallback_subject_after_opening_adverbial_clause",
        "'Asked whether ..., Mr. Okafor shot back: “...”': no cue verb, the clause subject speaks.",
        "Asked whether the team would apologize, Mr. Okafor shot back: “That would be good for everyone.”",
        ["Mr. Okafor"],
    ),
    Case(
        "participle_belongs_to_the_clause_before_it",
        "'At a rally in Salem, Oregon, Okafor went after Reed, calling him “...”': not the place.",
        "At a rally in Salem, Oregon, on Friday, Okafor went after Reed, calling him “a total failure.”",
        ["Okafor"],
    ),
    Case(
        "participle_after_an_opening_time_phrase",
        "'But a few days later, Okafor reversed himself, telling ...': the time phrase is no subject.",
        "But a few days later, Okafor reversed himself, telling reporters that the rules “are settled now.”",
        ["Okafor"],
    ),
    Case(
        "absolute_with_clause_names_its_own_subject",
        """'..., with Jane Roe tweeting ... and asking, “...”': the subject after "with" speaks.""",
        'Voters were quick to react, with Jane Roe tweeting that it was a disaster and asking, "How can this pass?"',
        ["Jane Roe"],
    ),
    Case(
        "quote_without_cue_takes_the_nearest_clause_subject",
        "'Preceded by Reed, the county sheriff, Okafor launched into a lament for “...”'.",
        "Preceded at the lectern by Reed, the county sheriff, Okafor launched into a lament for the “forgotten towns.”",
        ["Okafor"],
    ),
    Case(
        "signature_line_after_a_quote_paragraph",
        "A quote paragraph followed by '- Jane Roe.' is Jane Roe's.",
        "The debate turned to taxes.\n\n“Nobody here pays what they owe.”\n\n- Jane Roe.\n\nThe claim is false.",
        ["Jane Roe"],
    ),
    Case(
        "heading_between_dashes_is_no_signature",
        "'– A new chapter –' under a quote is a heading, not a speaker.",
        "“We will be back next year,” Reed said.\n\n“And we will win.”\n\n– A new chapter –\n\nMore text.",
        ["Reed", "Reed"],
    ),
    Case(
        "quote_paragraph_after_a_sentence_about_a_named_person",
        (
            "A cue-less quote paragraph right after a sentence whose subject is a name continues that person's "
            "account."
        ),
        (
            "Oduya is upbeat about the vote, in part because he sees the mayor as a uniter.\n\n"
            "“Not only can she win in May, she is the one with the best chance.”"
        ),
        ["Oduya"],
    ),
    Case(
        "lone_participle_opening_a_sentence_is_no_subject",
        "'Using “outsider” was a choice': a capitalised participle that starts the sentence is no name.",
        'Hale spoke first. Using "outsider" as a label was a choice her aides made.',
        [None],
    ),
    Case(
        "lone_name_opening_a_sentence_is_still_a_subject",
        "'Okafor, citing “...”, said ...': a name that starts the only sentence is still the subject.",
        "Okafor, citing “the unique pull of the race,” said the mayor could win in three counties.",
        ["Okafor"],
    ),
    Case(
        "colon_introduction_names_a_document_subject",
        "'A footnote in the report makes that clear: “...”': the subject introduces the quote.",
        'That report covered other staff. A footnote in the report makes that clear: "These rules do not apply."',
        ["A footnote"],
    ),
    Case(
        "subject_of_with_clause_before_participle",
        """'..., with marchers and fans chanting “...”': the phrase after "with" is the speaker.""",
        'The city was calm, with many marchers and fans chanting "We are here" all day.',
        ["many marchers and fans"],
    ),
    Case(
        "participle_opener_before_a_preposition_other_than_of_or_in",
        (
            "'Appearing before supporters ..., Lin Hao, 70, said ... but added, “...”': the participle opens an"
            " adverbial clause; the subject is the name after it."
        ),
        (
            "Appearing before cheering supporters at the party office, Lin Hao, 70, said it was too early"
            ' to celebrate but added, "I think you all know the results."'
        ),
        ["Lin Hao"],
    ),
    Case(
        "relative_object_clause_with_a_time_phrase",
        "'Vance, who Ross on Wednesday called “...”': the subject of the relative clause speaks.",
        'Much of the anger was directed at Vance, who Ross on Wednesday called "a despicable man."',
        ["Ross"],
    ),
    Case(
        "colon_sentence_outranks_the_next_quotes_speaker",
        (
            "'Perin lobbies for a higher wage: “...” He says ... is “...”': the colon sentence presents the "
            "first quote as its subject's words."
        ),
        (
            'In city after city, Perin lobbies for a higher minimum wage: "No one who works full time should'
            ' be poor." He says the lack of paid leave is "unconscionable."'
        ),
        ["Perin", "He"],
    ),
    Case(
        "absolute_with_clause_subject_with_an_of_complement",
        (
            """'..., with the former secretary of state calling the move “...”': the subject of the participle is"""
            """ the role phrase after "with"."""
        ),
        'The campaign attacked the decision, with the former secretary of state calling the move "deeply troubling."',
        ["the former secretary of state"],
    ),
    Case(
        "coordinated_subject_opening_the_clause_of_a_participle",
        (
            "'Tal and other right-wing leaders shunned the envoy, claiming that he is “...”': the whole "
            "coordinated subject is the source."
        ),
        'Tal and other right-wing leaders shunned the envoy during his visits, claiming that he is "hostile."',
        ["Tal and other right-wing leaders"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), params(MENTIONS))
def test_speaker_mentions(text: str, expected: list[str | None]) -> None:
    assert speaker_mentions(text) == expected


NOT_EXPORTED = [
    Case(
        "fallback_skips_sentence_adverbial_written_lower_case_elsewhere",
        "'Using “...”, the campaign ...': a participle opening the sentence is no speaker.",
        "Critics kept using the phrase. Using “bad hombres” as a slogan, the campaign rallied.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), params(NOT_EXPORTED))
def test_not_exported(text: str, expected: list) -> None:
    assert quote_records(text) == expected
