"""Speaker phrases: where the phrase naming a quote's speaker starts and ends (titles and title
words, appositives, modifiers, coordination, possessives, role and document nouns, quantifiers),
invented text."""

from __future__ import annotations

import pytest

from claims.nlp.quotes import extract_quotes

from .speaker_cases import Case, params, speaker_mentions, speaker_names

MENTIONS = [
    Case(
        "inverted_subject_keeps_lowercase_title_words",
        "'said White House press secretary Jane Roe': the title words inside the name phrase stay.",
        '"The answer is no," said White House press secretary Jane Roe. "We are done here."',
        ["White House press secretary Jane Roe"] * 2,
    ),
    Case(
        "subject_between_quote_and_cue_runs_to_the_cue",
        "'“...,” the committee chairmen wrote': the whole stretch before the cue is the speaker.",
        "“The evidence points one way,” the committee chairmen wrote in their letter.",
        ["the committee chairmen"],
    ),
    Case(
        "inverted_subject_with_postmodifier_runs_to_the_comma",
        "'said one aide familiar with the talks, who ...': the phrase ends at the clause boundary.",
        '"It was not a good meeting," said one aide familiar with the talks, who asked not to be named.',
        ["one aide familiar with the talks"],
    ),
    Case(
        "time_word_after_inverted_subject_is_left_out",
        "'said Okafor yesterday.': a time word is no part of the speaker phrase.",
        '"We will appeal," said Okafor yesterday.',
        ["Okafor"],
    ),
    Case(
        "coordinated_subject_before_cue_after_quote",
        "'“...,” Adams and Baker wrote': both names are the source.",
        "“The data are incomplete,” Adams and Baker wrote.",
        ["Adams and Baker"],
    ),
    Case(
        "coordinated_list_before_cue",
        "'Sens. Ann Lee, Bob Ray and Cal Fox said ...': the whole list is the source.",
        'Sens. Ann Lee, Bob Ray and Cal Fox said they found the bill "deeply troubling, frankly."',
        ["Ann Lee, Bob Ray and Cal Fox"],
    ),
    Case(
        "appositive_lead_keeps_its_subject",
        "'“...,” Jeb Stone, the former governor, told CNN': the lead before the cue is the subject.",
        "“We have no plan,” Jeb Stone, the former governor, told CNN on Sunday.",
        ["Jeb Stone"],
    ),
    Case(
        "speaker_noun_with_prepositional_modifier_before_cue",
        "'a columnist for the site Pando said ... “...”': the speaker phrase starts at the noun.",
        "Later, a columnist for the news site Pando said he was “utterly ashamed of it.”",
        ["a columnist for the news site Pando"],
    ),
    Case(
        "capitalised_name_that_is_also_an_auxiliary_is_the_speaker",
        "'Will described ...': a capitalised 'Will' before a cue is a name, not an auxiliary.",
        "Critics piled on. Will described the plan as “a costly and reckless gamble.”",
        ["Will"],
    ),
    Case(
        "modal_and_only_between_subject_and_cue_are_skipped",
        "'a spokesman for the mayor could only quip: “...”': the subject stands before the modal.",
        'The timing was so odd that a spokesman for the mayor could only quip: "I guess the hall was booked."',
        ["a spokesman for the mayor"],
    ),
    Case(
        "age_phrase_after_inverted_cue",
        "'“...,” said the 52-year-old.': a determiner and an age phrase name the speaker.",
        "“We have done this before and we will again,” said the 52-year-old.",
        (["the 52-year-old"]),
    ),
    Case(
        "participle_post_modifier_is_left_out_of_the_speaker",
        "'A source speaking to the Gazette said,': the speaker is the source, not the paper.",
        "A source speaking to the Gazette said, “The inquiry will take another year.”",
        ["A source"],
    ),
    Case(
        "quantifier_subjects",
        "'Another tweeted, “...”', 'Yet another said, “...”': a quantifier stands for the speaker.",
        'The vote drew replies.\n\nOne user wrote, "This is a disgrace."\n\nAnother tweeted, "Nobody should vote for this."\n\nYet another said, "Fine by me."',
        ["One user", "Another", "another"],
    ),
    Case(
        "participle_in_inverted_speaker_phrase",
        "'says a source involved in the talks': the participle phrase belongs to the speaker.",
        "“It is a way to take part without paying,” says a source involved in the talks.",
        ["a source involved in the talks"],
    ),
    Case(
        "plain_noun_before_auxiliary_heads_the_subject",
        """'A former aide to the mayor has written ... “...”': the subject runs to the noun before "has".""",
        "Jane Roe, a former aide to the mayor has written a book about the “eruptive” temper of the council.",
        ["a former aide to the mayor"],
    ),
    Case(
        "possessive_after_a_verb_ends_the_subject",
        """'Mrs. Hale shook her head and said': "head" is the verb's object, not part of the name.""",
        'Asked whether he would run, Mrs. Hale shook her head and said, "No." The bill passed later.',
        ["Mrs. Hale"],
    ),
    Case(
        "complementizer_before_a_name_is_not_part_of_the_speaker",
        """'reports that Trask called the winner “...”': "that" opens a clause, it is no determiner.""",
        'That is when she pointed to reports that Trask called the winner "Miss Gloom" in public.',
        ["Trask"],
    ),
    Case(
        "sentence_adverb_and_named_appositive",
        (
            "'Now Hale's longtime colleague, Jim Torr, insists': the adverb is dropped and the phrase runs "
            "through the appositive name, which is the person it resolves to."
        ),
        'Now Hale’s KTV colleague, Jim Torr, insists the move was "unethical" and wrong.',
        ["Hale’s KTV colleague, Jim Torr"],
    ),
    Case(
        "appositive_that_is_no_name_keeps_the_subject",
        "'Jim Torr, a professor at Dale College, said': the subject is the name before the appositive.",
        'Jim Torr, a professor at Dale College, said the plan was "a mess."',
        ["Jim Torr"],
    ),
    Case(
        "capitalised_function_word_inside_a_programme_name",
        """'“...,” KTV This Morning co-host Dan Marr said': "This" belongs to the programme's name.""",
        '"It was the first time in a long time," KTV This Morning co-host Dan Marr said.',
        ["KTV This Morning co-host Dan Marr"],
    ),
    Case(
        "document_noun_ad_heads_a_speaker_phrase",
        "'The Lund ad hits Hale for ...': an ad, an article or a piece can say things.",
        'The Lund ad hits Hale for taking "far too much money" from banks.',
        ["The Lund ad"],
    ),
    Case(
        "document_noun_article_heads_a_speaker_phrase",
        "'The Lund ad hits Hale for ...': an ad, an article or a piece can say things.",
        'Ten years ago, a Courier article hailed Hale as "the comeback mayor" of the city.',
        ["a Courier article"],
    ),
    Case(
        "document_noun_before_a_verb_is_the_whole_subject",
        """'The piece goes on to slam ...': "goes" is the verb, not part of the subject.""",
        'The piece goes on to slam Hale’s "political theatre" for its cost.',
        ["The piece"],
    ),
    Case(
        "named_phrase_known_as",
        "'said the base chief known as Rob', 'wrote a man calling himself Ray Ray'.",
        '"It never happened," said the base chief known as Rob, speaking for the first time.',
        ["the base chief known as Rob"],
    ),
    Case(
        "named_phrase_calling_himself",
        "'said the base chief known as Rob', 'wrote a man calling himself Ray Ray'.",
        '"Go home!" wrote a man calling himself Ray Ray. Others agreed.',
        (["a man calling himself Ray Ray"]),
    ),
    Case(
        "possessive_opens_a_phrase_with_several_modifiers",
        (
            "'said Dale's top foreign policy aide Ann Ross': the possessive is a determiner, so the modifiers "
            "before the role noun do not end the phrase."
        ),
        'The vote was close.\n\n"We will appeal the ruling," said Dale\'s top foreign policy aide Ann Ross.\n',
        ["Dale's top foreign policy aide Ann Ross"],
    ),
    Case(
        "delegate_abbreviation_does_not_end_the_sentence",
        """'said Del. Mara Quint': "Del." is a title, the name after it is the speaker.""",
        'The panel met again.\n\n"This is a waste of time," said Del. Mara Quint of Guam.\n',
        ["Del. Mara Quint of Guam"],
    ),
    Case(
        "relative_clause_between_subject_and_cue",
        (
            """'a ministry official who spoke anonymously to discuss strategy said': the subject ends before """
            """"who"."""
        ),
        (
            "Although talks have stalled, a ministry official who spoke anonymously to discuss strategy"
            ' said Wednesday, "Certainly there are discussions under way."'
        ),
        ["a ministry official"],
    ),
    Case(
        "adverbial_phrase_between_subject_and_cue",
        (
            "'Pell on Sunday thanked its members “...”': the subject is before the time phrase; the verb's "
            "object after the cue is no speaker."
        ),
        'The union toured the state, and Pell on Sunday thanked its members "for their support."',
        ["Pell"],
    ),
    Case(
        "medium_phrase_between_subject_and_cue_is_not_the_speaker",
        """'Ross on Twitter called it “...”': "Twitter" is where it was said, not who said it.""",
        'Ross on Twitter called the bill "a disgrace to the state" within an hour.',
        ["Ross"],
    ),
    Case(
        "name_in_text_decoded_with_the_wrong_charset_is_one_word",
        (
            """'FranÃ\\x83Â§ois Hollande' (mojibake of "François"): combining marks, control bytes and the symbols"""
            """ after them stay inside the name, so the speaker is the whole name."""
        ),
        '"We must defend ourselves," French President FranA\u0303\x83A\u0302\xa7ois Marel said Friday.',
        ["French President FranA\u0303\x83A\u0302\xa7ois Marel"],
    ),
    Case(
        "role_noun_with_an_of_complement_before_the_cue",
        (
            "'The former secretary of state said the country “clearly” needed ...': the speaker is the role "
            "phrase, not the sentence's first adjective."
        ),
        'The Democratic front-runner and former secretary of state said the country "clearly" needed allies.',
        ["former secretary of state"],
    ),
    Case(
        "role_noun_with_a_linking_adjective_and_a_possessive_complement",
        (
            "'Another source familiar with Dale's thinking said, “...”': the whole phrase is the speaker, not "
            "the person of the next sentence's cue."
        ),
        (
            'Another source familiar with Dale\'s thinking said, "He will try to be friendlier." At the same'
            ' time, the person added, "it did not help him much."'
        ),
        ["Another source familiar with Dale's thinking", "the person"],
    ),
    Case(
        "role_noun_with_a_count_complement",
        """'the 34-year-old mother of three replied, “...”': "of three" ends the speaker phrase.""",
        'When pressed on the plan, the 34-year-old mother of three replied, "It is meant to help everyone."',
        ["the 34-year-old mother of three"],
    ),
    Case(
        "adverbial_phrase_after_a_post_modified_speaker",
        (
            """'a woman in the audience at a campaign event in Dover asked her: “...”': the role noun before "in """
            """the audience" heads the speaker phrase."""
        ),
        'In May, a woman in the audience at a campaign event in Dover asked her: "Will you raise taxes?"',
        ["a woman in the audience"],
    ),
    # Round 7 (issue #3): passive agents, poll shares, signed pull quotes, that-clauses, ...
    Case(
        "post_modifier_of_any_common_noun_subject",
        "'A leaflet on the party's website states that ... “...”': the subject is the leaflet, not the website its prepositional phrase names.",
        'A leaflet on the Dunmore party\'s website states that couples get the grant only if their marriage is "recognised under county law," which bars many.\n',
        ["A leaflet on the Dunmore party's website"],
    ),
    Case(
        "absolute_with_phrase_keeps_its_prepositional_chain",
        "'..., with the campaign of the former mayor from Dunmore saying ... “...”': the subject of the absolute phrase runs through its \"of\" chain; the place name at its end is no speaker.",
        'Ann Roe turned her sights on Lee, with the campaign of the former mayor from Dunmore saying Lee was "not a real reformer on housing."\n',
        ["the campaign of the former mayor from Dunmore"],
    ),
    Case(
        "participle_agent_is_part_of_the_document_subject",
        "'A March 3 letter from the guild obtained by the Courier warns that “...”': the phrase before the cue is the agent of 'obtained'; the subject is the letter with its post-modifiers.",
        'A March 3 letter from the Dunmore Guild obtained by the Courier warns that "any further use of the logo will go to court."\n',
        ["A March 3 letter from the Dunmore Guild obtained by the Courier"],
    ),
    Case(
        "post_modifier_chain_through_names_hangs_on_the_document",
        "'The memo from Lund aide and Harbor Trust director Ann Roe to council clerk Bo Dahl asks, “...”': the names sit inside a chain of post-modifiers of the memo, which is the subject.",
        'The memo from Lund aide and Centre for Harbor Studies director Ann Roe to council clerk Bo Dahl asks in its first line, "Is the vote still on?"\n',
        ["The memo from Lund aide and Centre for Harbor Studies director Ann Roe to council clerk Bo Dahl"],
    ),
    Case(
        "plural_noun_after_a_capitalised_modifier_before_an_auxiliary",
        "'Twelve rural and Catholic parishes are asking ...': the plural noun before the auxiliary heads the subject; the phrase is not cut at the last capitalised word.",
        "Twelve rural and Catholic parishes are asking Mayor Lund to drop a plan that would “starve” small towns.",
        ["Twelve rural and Catholic parishes"],
    ),
    Case(
        "noun_ending_in_ly_heads_a_subject",
        "'Dahl's family has called on police to ...': 'family' (like 'ally', 'rally') is a noun, not an adverb, so the possessive phrase is the subject.",
        "Dahl's family has called on the council to release the tapes \"as a matter of basic fairness\" and to hold a hearing.",
        ["Dahl's family"],
    ),
    Case(
        "would_and_now_between_subject_and_cue",
        "'a voter would now ask: “...”': 'would' and 'now' stand between the subject and its cue like other auxiliaries and adverbs.",
        "In calmer times -- with some sense of history -- a voter would now ask: \"WHAT? Lund runs the port too?\"\n\nBut these are not calm times.",
        ["a voter"],
    ),
    Case(
        "compound_noun_ending_in_ing_before_a_preposition",
        "'a job posting on the site of the Courier, a weekly, said': an -ing word after a determiner and a noun, before a preposition, ends a compound noun, not the phrase.",
        'In recent days, a job posting on the website of The Courier, a weekly, said it was looking for "a bold reporter" to run the desk.',
        ["a job posting"],
    ),
    Case(
        "subject_before_coordinated_relative_clauses",
        "'Another farmer who worked here and who did not want to be named said': with two relative clauses joined by 'and', the subject ends before the first 'who'.",
        'Another farmer who worked at the co-op here and who did not want to be named said he heard Lund talk of "betrayal" in the valley.',
        ["Another farmer"],
    ),
    Case(
        "named_appositive_before_a_predicate_with_an_infinitive_cue",
        "'The editor I was talking to, Bo Dahl, interrupted me to announce, “...”': the description runs through the appositive name even when a predicate stands between it and the cue.",
        "The editor I was talking to, Bo Dahl, interrupted me in mid-sentence to announce, “And there goes the whole franchise.”",
        ["The editor I was talking to, Bo Dahl"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), params(MENTIONS))
def test_speaker_mentions(text: str, expected: list[str | None]) -> None:
    assert speaker_mentions(text) == expected


NAMES = [
    Case(
        "sentence_adverb_and_named_appositive",
        (
            "'Now Hale's longtime colleague, Jim Torr, insists': the adverb is dropped and the phrase runs "
            "through the appositive name, which is the person it resolves to."
        ),
        'Now Hale’s KTV colleague, Jim Torr, insists the move was "unethical" and wrong.',
        ["Jim Torr"],
    ),
    Case(
        "subject_ends_before_a_possessive_opening_the_object",
        (
            "'Halvenia's Lisbet Varga won the women's singles title ... The 19-year-old ... “...,” she said': "
            "the subject is the name, not a phrase running on to 'women's', so 'she' finds her."
        ),
        "Halvenia's Lisbet Varga won the women's singles title at the Northern Championships on Sunday, "
        "beating the top seed in six games.\n\n“I just played the ball in front of me,” she said.",
        ["Lisbet Varga"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), params(NAMES))
def test_speaker_names(text: str, expected: list[str | None]) -> None:
    assert speaker_names(text) == expected


def test_post_modified_speaker_resolves_to_no_name_inside_the_modifier() -> None:
    """'the senator from Vermont said': the modifier's place name is not the speaker's name."""
    quotes = extract_quotes("The senator from Vermont said the system was “rigged and corrupt.”")
    assert quotes[0].speaker_mention == "The senator from Vermont"
    assert quotes[0].speaker_name != "Vermont"
