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
    # Round 7 (issue #3): passive agents, poll shares, signed pull quotes, that-clauses, ...
    Case(
        "colon_lead_in_with_a_plain_subject_and_its_verb",
        "'Applicants are asked to state: “...”': a sentence with a bare plural subject and a verb phrase of its own introduces the quote as its subject's words.",
        'The form is long.\n\nApplicants are obliged to state: "Where did you live before moving here?"\n',
        ["Applicants"],
    ),
    Case(
        "colon_label_without_a_verb_names_nobody",
        "'Then, the punch line: “...”': a label before a colon is no speaker.",
        'He paused. Then, the punch line: "I will call them myself."\n',
        [None],
    ),
    Case(
        "relative_pronoun_before_an_adverbial_phrase",
        "'Lund, who has in the past described the mayor as “...”': the adverbial phrase between the relative clause's auxiliary and its cue leaves \"who\" the source.",
        'Lund, who has in the past described the mayor as "a reckless gambler," spoke first.\n',
        ["who"],
    ),
    Case(
        "quote_after_a_closed_relative_clause_does_not_continue_who",
        "'Lund, who has described the mayor as “...,” urged voters to “look away”': the comma closes the relative clause; the later quote is the main clause's.",
        'Lund, who has described the mayor as "a reckless gambler with the town\'s money," urged voters to "look away" from him.\n',
        ["who", "Lund"],
    ),
    Case(
        "subject_after_the_last_comma_before_a_late_cue",
        "'... the “ground game” they need to win, party spokesman Ann Lee said': the phrase right after the quote has its own verb; the cue's subject is the phrase after the last comma.",
        'His backing will bring candidates the "ground game" they need to win in the fall, party spokesman Ann Lee said.\n',
        ["party spokesman Ann Lee"],
    ),
    Case(
        "subject_after_a_clause_with_its_own_subject",
        "'“...,” as his mother hoped, Mr. Dorn said': the clause between the quote and the speaker has its own subject, which is not the cue's.",
        "''He was going to make the family name known,'' as his mother hoped, Mr. Dorn said.\n",
        ["Mr. Dorn"],
    ),
    Case(
        "fallback_subject_of_a_while_clause_with_an_appositive",
        "'Ivo Lee signed an order ..., while Ann Roe, the former mayor, proposed we “...”': with no cue, the quote belongs to the subject of its own clause, not to the sentence's first one.",
        'Governor Ivo Lee on Monday signed an order to close the depot, while Ann Roe, the former mayor, proposed we "wake up and fix the roads" before winter.\n',
        ["Ann Roe"],
    ),
    Case(
        "bare_quote_paragraph_continues_the_last_speaker",
        "A quote paragraph with no cue, a paragraph after the last attributed quote, continues that speaker "
        "(inside the text: a quotation ending an excerpt is read by the excerpt-cut rule).",
        'Ann Lee told the council her plan would work. "We will build it by spring," Lee said.\n\nThe council adjourned at noon without a vote.\n\n"Nobody is going to stop this project now."\n\nThe next meeting is in May.\n',
        ["Lee", "Lee"],
    ),
    Case(
        "bare_term_does_not_continue_the_last_speaker",
        "A short label with nothing around it that attributes it is no remark of the last speaker.",
        '"We will build it by spring," Ann Lee said.\n\nThe council adjourned.\n\n"white elephant"\n',
        ["Ann Lee", None],
    ),
    Case(
        "share_of_respondents_speaks_through_the_poll",
        "'In a March Courier poll, 64 percent of voters said “...”': the poll is the source.",
        'In a March Dunmore Courier poll, 64 percent of voters said "most councillors" cannot be trusted.\n',
        ["a March Dunmore Courier poll"],
    ),
    Case(
        "share_without_a_poll_keeps_its_subject",
        "With no poll named before it, the share itself stays the subject.",
        'At the meeting, 64 percent of members said the plan was "too costly."\n',
        ["64 percent of members"],
    ),
    Case(
        "clause_subject_opened_by_a_title_abbreviation",
        "'At an event in Dunmore, Ohio, on Sunday, Mrs. Roe tried to explain, saying that ... “...”': the clause opened by \"Mrs. Roe\" holds the subject, not the place name before it.",
        'At a campaign event in Dunmore, Ohio, on Sunday, Mrs. Roe tried to expand on her statement, saying that the county should lead and "be rallying our neighbours to the cause."\n',
        ["Mrs. Roe"],
    ),
    Case(
        "subject_of_a_when_clause_before_its_cue",
        "'Some members feared a repeat of 1998, when Mr. Lee, who had lost the vote, called for a “...”': the \"when\" clause has its own subject, which the cue rests on.",
        'Some members said they feared a repeat of the 1998 congress, when Mr. Lee, who had lost the vote, called for a "cultural war" against the board.\n',
        ["Mr. Lee"],
    ),
    Case(
        "commission_is_a_plausible_subject_for_an_uncued_quote",
        "'In rejecting a challenge ..., the commission recognised that ... — “...”': a ruling body is a subject that can be the source of the words it works into its finding.",
        'In rejecting a similar challenge to the candidate, which is due next week, the commission recognised that a court should settle it — "so that all officials know once and for all."\n',
        ["the commission"],
    ),
    Case(
        "intensifier_stays_with_the_clause_subject",
        "'Lee himself released a statement saying he did not “...”': \"himself\" is part of the subject.",
        'Mayor Lee himself released a statement saying he did not "condone the remarks at all."\n',
        ["Mayor Lee himself"],
    ),
    Case(
        "subject_before_a_relative_clause_and_an_adverbial",
        "'Lee, who has feuded with the board this week, on Friday described his plan as a “big tent”': past the adverbial phrase and the comma, the clause subject is the source.",
        'Ivo Lee, who has feuded with the board this week, on Friday described his plan as a "big tent" for the town. "We will all fit in it," he said.\n',
        ["Ivo Lee", "he"],
    ),
    Case(
        "approximate_count_opens_a_subject",
        "'about 200 protesters gathered ..., holding signs and chanting “...”': \"about 200 protesters\" is the subject; the participle phrase after the comma is none.",
        'Outside the hall, about 200 protesters gathered in three groups, holding banners and chanting "Save our library."\n',
        ["about 200 protesters"],
    ),
    Case(
        "digest_headline_in_capitals_labels_the_excerpt_after_it",
        "A digest item opening with a headline in capitals and then the quoted excerpt: the whole headline, not a word run cut at 'TODAY' or an earlier item's headline, is the label.",
        'MORNING DIGEST.\n\nLAKE FERRIES, THROUGH THE FOG “Crossing at dawn is still the only way to reach the island school.” [Courier.]\n\nWHY TOLLS ARE RISING TODAY “We have no other way to pay for the bridge repairs this decade.” [Ledger.]\n',
        ["LAKE FERRIES, THROUGH THE FOG", "WHY TOLLS ARE RISING TODAY"],
    ),
    Case(
        "colon_lead_in_with_a_possessive_plural_subject",
        "'At the briefing, Lund's first three questioners ranged from wary to hostile: “...”': the possessive phrase up to its plural head is the subject of the colon lead-in.",
        'At the briefing on Friday, Lund\'s first three questioners ranged from wary to hostile: "Will the plan survive the vote?" . . . "Who pays for the bridge?"\n',
        ["Lund's first three questioners", "Lund's first three questioners"],
    ),
    Case(
        "one_word_paragraph_before_a_quote_names_nobody",
        "'Silence.' alone in a paragraph before a quote paragraph is a stage note, not a sentence about a person named Silence.",
        "Ruiz dialled the next number.\n\nSilence.\n\n“Hello? Is anyone there? We are calling about the vote.”\n\nThe line went dead.",
        [None],
    ),
    Case(
        "aside_between_subject_and_cue",
        "'a plan that Rush Dahl, for one, called “...”': an aside set off by commas right before the cue leaves the subject the phrase before it, not the sentence's subject.",
        "The tax, which Lee backs, is a plan that Rush Dahl, for one, called “a giveaway to the rich.”",
        ["Rush Dahl"],
    ),
    Case(
        "cleft_sentence_focus_is_the_subject",
        "'It was a year ago that Ann Lund, who ..., said': in a cleft sentence the phrase after 'that' is the cue's subject, not 'It'.",
        "It was less than a year ago that Ann Lund, who is weighing a run for mayor, said it was “impossible” for her to win.",
        ["Ann Lund"],
    ),
    Case(
        "object_of_a_causative_verb_before_to_and_cue",
        "'..., prompting aides like Ann Lund to counter that “...”': the object of a causative verb before 'to' + cue speaks, not the clause's subject.",
        "His post was shared 3,000 times, prompting aides like Ann Lund to counter that “the plan was never funded.”",
        ["aides like Ann Lund"],
    ),
    Case(
        "name_before_a_modal_chain_ending_in_to_and_cue",
        "'two words that a tired Ann Lund could not bring himself to utter: “...”': the name before a modal verb chain ending in 'to' + cue is the infinitive's subject.",
        "In his farewell to the party, there were two words that a tired Ann Lund could not bring himself to utter: \"Bo Dahl.\"\n\nMr. Lund left.",
        ["a tired Ann Lund"],
    ),
    Case(
        "next_sentence_names_the_quote_source",
        "'“...” That quote from Harbor Commissioner Ann Lund appeared ...': the sentence after a cue-less quote names its source.",
        "Why the port fails.\n\n“I would rather sink the ferry than sell it to the county.” That quote from Harbor Commissioner Ann Lund appeared in the Courier in 1990.",
        ["Harbor Commissioner Ann Lund"],
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
