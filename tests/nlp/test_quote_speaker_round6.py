"""Speaker attribution rules of round 6 (issue #3): possessive determiners before a role noun,
title abbreviations, clause-opening participles, relative clauses and adverbial phrases between a
subject and its cue, further speech verbs (invented text)."""

from __future__ import annotations

from claims.nlp.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_mention for q in extract_quotes(text)]


def test_possessive_opens_a_phrase_with_several_modifiers():
    """'said Dale's top foreign policy aide Ann Ross': the possessive is a determiner, so the
    modifiers before the role noun do not end the phrase."""
    text = 'The vote was close.\n\n"We will appeal the ruling," said Dale\'s top foreign policy aide Ann Ross.\n'
    assert _speakers(text) == ["Dale's top foreign policy aide Ann Ross"]


def test_delegate_abbreviation_does_not_end_the_sentence():
    """'said Del. Mara Quint': "Del." is a title, the name after it is the speaker."""
    text = 'The panel met again.\n\n"This is a waste of time," said Del. Mara Quint of Guam.\n'
    assert _speakers(text) == ["Del. Mara Quint of Guam"]


def test_participle_opener_before_a_preposition_other_than_of_or_in():
    """'Appearing before supporters ..., Lin Hao, 70, said ... but added, “...”': the participle
    opens an adverbial clause; the subject is the name after it."""
    text = (
        "Appearing before cheering supporters at the party office, Lin Hao, 70, said it was too early"
        ' to celebrate but added, "I think you all know the results."'
    )
    assert _speakers(text) == ["Lin Hao"]


def test_relative_clause_between_subject_and_cue():
    """'a ministry official who spoke anonymously to discuss strategy said': the subject ends
    before "who"."""
    text = (
        "Although talks have stalled, a ministry official who spoke anonymously to discuss strategy"
        ' said Wednesday, "Certainly there are discussions under way."'
    )
    assert _speakers(text) == ["a ministry official"]


def test_adverbial_phrase_between_subject_and_cue():
    """'Pell on Sunday thanked its members “...”': the subject is before the time phrase; the
    verb's object after the cue is no speaker."""
    text = 'The union toured the state, and Pell on Sunday thanked its members "for their support."'
    assert _speakers(text) == ["Pell"]


def test_medium_phrase_between_subject_and_cue_is_not_the_speaker():
    """'Ross on Twitter called it “...”': "Twitter" is where it was said, not who said it."""
    text = 'Ross on Twitter called the bill "a disgrace to the state" within an hour.'
    assert _speakers(text) == ["Ross"]


def test_relative_object_clause_with_a_time_phrase():
    """'Vance, who Ross on Wednesday called “...”': the subject of the relative clause speaks."""
    text = 'Much of the anger was directed at Vance, who Ross on Wednesday called "a despicable man."'
    assert _speakers(text) == ["Ross"]


def test_commented_is_a_speech_verb():
    """'“...,” one user commented': the cue after the quote names the speaker, not the sentence
    subject before it."""
    text = 'He would be a better mayor than Pell "no matter what," one user commented.'
    assert _speakers(text) == ["one user"]


def test_advises_is_a_speech_verb():
    """'“...,” advises psychologist Nara Vell'."""
    text = 'Take a break.\n\n"Talk to people who support you," advises psychologist Nara Vell.\n'
    assert _speakers(text) == ["psychologist Nara Vell"]


def test_name_in_text_decoded_with_the_wrong_charset_is_one_word():
    """'FranÃ\\x83Â§ois Hollande' (mojibake of "François"): combining marks, control bytes and the
    symbols after them stay inside the name, so the speaker is the whole name."""
    text = '"We must defend ourselves," French President FranA\u0303\x83A\u0302\xa7ois Marel said Friday.'
    assert _speakers(text) == ["French President FranA\u0303\x83A\u0302\xa7ois Marel"]


def test_role_noun_with_an_of_complement_before_the_cue():
    """'The former secretary of state said the country “clearly” needed ...': the speaker is the
    role phrase, not the sentence's first adjective."""
    text = 'The Democratic front-runner and former secretary of state said the country "clearly" needed allies.'
    assert _speakers(text) == ["former secretary of state"]


def test_that_after_a_cue_opens_a_complement_not_a_subject():
    """'... that the ad “unmistakably” suggests that Lomax ...': "that Lomax" is no inverted subject;
    the speaker is the one who said it."""
    text = (
        'City Attorney Ann Holt said in the letter that the ad "unmistakably and wrongfully" suggests'
        " that Lomax and its officers support the campaign."
    )
    assert _speakers(text) == ["City Attorney Ann Holt"]


def test_describing_takes_the_quote_as_its_object():
    """'Dale is describing as “unhinged” a tweet attacking ...': the noun "tweet" after the quote is
    no cue."""
    text = 'Mara Dale is describing as "unhinged" a Ben Ross tweet attacking a former aide.'
    assert _speakers(text) == ["Mara Dale"]


def test_outer_cue_with_a_phrase_before_that():
    """'Ross said during a rally in Ohio that Dale once described the pact as “...”': the quote is
    reported by the outer speaker."""
    text = 'Ross said during a Friday evening rally in Ohio that Dale once described the pact as "the gold standard" of deals.'
    assert _speakers(text) == ["Ross"]


def test_colon_sentence_outranks_the_next_quotes_speaker():
    """'Perin lobbies for a higher wage: “...” He says ... is “...”': the colon sentence presents
    the first quote as its subject's words."""
    text = (
        'In city after city, Perin lobbies for a higher minimum wage: "No one who works full time should'
        ' be poor." He says the lack of paid leave is "unconscionable."'
    )
    assert _speakers(text) == ["Perin", "He"]


def test_cue_with_a_colon_after_a_closed_quote_introduces_the_next_quote():
    """'“We are tired,” Ms. Orr said. “We are not afraid.” Mr. Tal said: “...”': the colon cue
    belongs to the quote after it; the second quote continues Ms. Orr."""
    text = (
        "The couple spoke at the shelter.\n\n"
        '"We are tired," Ms. Orr said. "We are not afraid." Mr. Tal said: "We came here to work."\n'
    )
    assert _speakers(text) == ["Ms. Orr", "Ms. Orr", "Mr. Tal"]


def test_blurted_is_a_speech_verb():
    """'Mayor Ann Pell, in an interview with a radio station, blurted out, “...”'."""
    text = 'Mayor Ann Pell, in an interview with a radio station, blurted out, "Oh, no," at the news. She added, "Not again."'
    assert _speakers(text)[0] == "Mayor Ann Pell"


def test_role_noun_with_a_linking_adjective_and_a_possessive_complement():
    """'Another source familiar with Dale's thinking said, “...”': the whole phrase is the speaker,
    not the person of the next sentence's cue."""
    text = (
        'Another source familiar with Dale\'s thinking said, "He will try to be friendlier." At the same'
        ' time, the person added, "it did not help him much."'
    )
    assert _speakers(text) == ["Another source familiar with Dale's thinking", "the person"]


def test_role_noun_with_a_count_complement():
    """'the 34-year-old mother of three replied, “...”': "of three" ends the speaker phrase."""
    text = 'When pressed on the plan, the 34-year-old mother of three replied, "It is meant to help everyone."'
    assert _speakers(text) == ["the 34-year-old mother of three"]


def test_adverbial_phrase_after_a_post_modified_speaker():
    """'a woman in the audience at a campaign event in Dover asked her: “...”': the role noun
    before "in the audience" heads the speaker phrase."""
    text = 'In May, a woman in the audience at a campaign event in Dover asked her: "Will you raise taxes?"'
    assert _speakers(text) == ["a woman in the audience"]


def test_absolute_with_clause_subject_with_an_of_complement():
    """'..., with the former secretary of state calling the move “...”': the subject of the
    participle is the role phrase after "with"."""
    text = 'The campaign attacked the decision, with the former secretary of state calling the move "deeply troubling."'
    assert _speakers(text) == ["the former secretary of state"]


def test_coordinated_subject_opening_the_clause_of_a_participle():
    """'Tal and other right-wing leaders shunned the envoy, claiming that he is “...”': the whole
    coordinated subject is the source."""
    text = 'Tal and other right-wing leaders shunned the envoy during his visits, claiming that he is "hostile."'
    assert _speakers(text) == ["Tal and other right-wing leaders"]


def test_promising_is_a_speech_verb():
    """'Dale has used harsh words, with Ross recently promising to “...”': the subject of the
    participle, not the sentence subject."""
    text = 'Dale has used the harshest words, with Ross recently promising to "bomb them flat."'
    assert _speakers(text) == ["Ross"]


def test_perfect_participle_after_the_quote_is_no_new_cue():
    """'Pell opened the debate saying “of course” Dale is qualified -- having suggested ...': the
    cue after "having" continues the clause after the quote, not a report of the quote."""
    text = 'Pell opened the debate saying "of course" Dale is qualified to lead -- having suggested otherwise.'
    assert _speakers(text) == ["Pell"]


def test_cue_with_a_colon_after_an_embedded_quote_introduces_the_next_quote():
    """'After Vell said students might do better at “...,” Ross said: “...”': the colon cue is the
    next quote's; the embedded quote belongs to the cue before it."""
    text = 'After Vell said that some students might do better at "less advanced schools," Ross said: "I disagree."'
    assert _speakers(text) == ["Vell", "Ross"]


def test_relative_clause_of_a_later_noun_is_no_attribution():
    """'... slamming rivals who think they can “outsource” it to “dictators” and then attacked Ross,
    who has said ... “neutral”': Ross's relative clause reports the last quote only."""
    text = (
        'The former senator began by slamming rivals who think they can "outsource" leadership to'
        ' "dictators" and then attacked Ross, who has said he wants to be a "neutral" broker.'
    )
    assert _speakers(text) == ["The former senator", "The former senator", "who"]
