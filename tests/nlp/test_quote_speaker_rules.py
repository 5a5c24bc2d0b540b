"""Speaker attribution rules of round 4 (issue #3): cue phrases with particles, "as X put it",
clause subjects for participles and cue-less quotes, possessive speech nouns, signature lines,
quantifier subjects and naming verbs (invented text)."""

from __future__ import annotations

from claims.nlp.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_mention for q in extract_quotes(text)]


def test_capitalised_name_that_is_also_an_auxiliary_is_the_speaker():
    """'Will described ...': a capitalised 'Will' before a cue is a name, not an auxiliary."""
    text = "Critics piled on. Will described the plan as “a costly and reckless gamble.”"
    assert _speakers(text) == ["Will"]


def test_modal_and_only_between_subject_and_cue_are_skipped():
    """'a spokesman for the mayor could only quip: “...”': the subject stands before the modal."""
    text = (
        'The timing was so odd that a spokesman for the mayor could only quip: "I guess the hall was booked."'
    )
    assert _speakers(text) == ["a spokesman for the mayor"]


def test_age_phrase_after_inverted_cue():
    """'“...,” said the 52-year-old.': a determiner and an age phrase name the speaker."""
    assert _speakers("“We have done this before and we will again,” said the 52-year-old.") == [
        "the 52-year-old"
    ]


def test_cue_verbs_with_particles():
    """'shot back', 'pointed out', 'went on' report speech like single cue verbs."""
    text = (
        "Miller attacked the budget on Tuesday. Okafor shot back, “The numbers were never ours to change.”\n\n"
        "“The plan is dead until the spring session,” Ruiz pointed out.\n\n"
        "“And it would cost the county twice as much as last year,” she went on."
    )
    assert _speakers(text) == ["Okafor", "Ruiz", "she"]


def test_went_on_to_is_not_a_cue():
    """'went on to say' is carried by 'say', not by 'went on'."""
    assert [q.cue for q in extract_quotes('Okafor went on to say "the vote is final and binding."')] == [
        "say"
    ]


def test_as_name_put_it_with_an_appositive():
    """'as Tom Reed, a former mayor, put it:': the phrase after "as" is the speaker."""
    text = "Or, as Tom Reed, a former mayor of the town, put it: “The wolves are no longer at the door.”"
    assert _speakers(text) == ["Tom Reed"]


def test_participle_belongs_to_the_clause_before_it():
    """'At a rally in Salem, Oregon, Okafor went after Reed, calling him “...”': not the place."""
    text = "At a rally in Salem, Oregon, on Friday, Okafor went after Reed, calling him “a total failure.”"
    assert _speakers(text) == ["Okafor"]


def test_participle_after_an_opening_time_phrase():
    """'But a few days later, Okafor reversed himself, telling ...': the time phrase is no subject."""
    text = (
        "But a few days later, Okafor reversed himself, telling reporters that the rules “are settled now.”"
    )
    assert _speakers(text) == ["Okafor"]


def test_absolute_with_clause_names_its_own_subject():
    """'..., with Jane Roe tweeting ... and asking, “...”': the subject after "with" speaks."""
    text = 'Voters were quick to react, with Jane Roe tweeting that it was a disaster and asking, "How can this pass?"'
    assert _speakers(text) == ["Jane Roe"]


def test_inverted_cue_followed_by_a_clause_is_no_speaker():
    """'“...,” said the mayor could win': "said" takes a clause here, so it names no speaker."""
    text = "Okafor, citing “the unique pull of the race,” said the mayor could win in three counties."
    assert _speakers(text) == ["Okafor"]


def test_cue_word_after_a_preposition_is_a_noun():
    """'in states like Ohio': "states" after a preposition is a noun, not a cue."""
    text = "Okafor, citing “the unique pull of the race,” said the mayor could compete in states like Ohio, Iowa and Utah."
    assert _speakers(text) == ["Okafor"]


def test_participle_post_modifier_is_left_out_of_the_speaker():
    """'A source speaking to the Gazette said,': the speaker is the source, not the paper."""
    text = "A source speaking to the Gazette said, “The inquiry will take another year.”"
    assert _speakers(text) == ["A source"]


def test_quote_without_cue_takes_the_nearest_clause_subject():
    """'Preceded by Reed, the county sheriff, Okafor launched into a lament for “...”'."""
    text = "Preceded at the lectern by Reed, the county sheriff, Okafor launched into a lament for the “forgotten towns.”"
    assert _speakers(text) == ["Okafor"]


def test_possessive_speech_noun_names_the_speaker():
    """'Okafor's claim that “...”': the owner of the claim is the speaker."""
    text = "Fact-checkers seized on Okafor's claim that there were “thousands of new jobs” in the county."
    assert _speakers(text) == ["Okafor"]


def test_quote_about_a_possessive_speech_noun_is_not_its_owners():
    """'Reed called Okafor's remarks “a new low”': the quote is Reed's, said about the remarks."""
    text = "Reed called Okafor's remarks “a new low” for the campaign."
    assert _speakers(text) == ["Reed"]


def test_signature_line_after_a_quote_paragraph():
    """A quote paragraph followed by '- Jane Roe.' is Jane Roe's."""
    text = "The debate turned to taxes.\n\n“Nobody here pays what they owe.”\n\n- Jane Roe.\n\nThe claim is false."
    assert _speakers(text) == ["Jane Roe"]


def test_heading_between_dashes_is_no_signature():
    """'– A new chapter –' under a quote is a heading, not a speaker."""
    text = "“We will be back next year,” Reed said.\n\n“And we will win.”\n\n– A new chapter –\n\nMore text."
    assert _speakers(text) == ["Reed", "Reed"]


def test_as_reported_opener_names_the_source_of_the_sentence():
    """'As the Gazette reported, the office was refusing to call it ...:' the paper is the source."""
    text = "As the Gazette reported, the mayor's office was refusing to call the fire arson:\n\n“The office will not comment.”"
    assert _speakers(text) == ["the Gazette"]


def test_quantifier_subjects():
    """'Another tweeted, “...”', 'Yet another said, “...”': a quantifier stands for the speaker."""
    text = 'The vote drew replies.\n\nOne user wrote, "This is a disgrace."\n\nAnother tweeted, "Nobody should vote for this."\n\nYet another said, "Fine by me."'
    assert _speakers(text) == ["One user", "Another", "another"]


def test_cue_word_as_a_noun_after_a_determiner():
    """'One tweet said:' — "tweet" is the head noun of the subject."""
    assert _speakers("Support poured in. One tweet said: “We stand with the town.”") == ["One tweet"]


def test_naming_verb_takes_the_quote_before_a_later_report():
    """'under what Okafor called “the old model,” the club charged ...': the namer is the speaker."""
    text = "In 2009, under what Okafor called “the old model,” the club charged a large fee to new members."
    assert _speakers(text) == ["Okafor"]


def test_term_in_a_sentence_of_its_own_is_not_the_next_quotes():
    """'Lund branded it an “outlaw state.” Norway insisted that “...”': each sentence its own subject."""
    text = "Lund branded the regime an “outlaw state.” Norway insisted that the talks “must go on without delay.”"
    assert _speakers(text) == ["Lund", "Norway"]


def test_colon_lead_in_after_a_quote_names_its_own_speaker():
    """'“...,” said Reed. Okafor resisted: “...”': the colon sentence has its own subject."""
    text = '"Suspend the permits now," said Reed, the police union head. Okafor resisted: "Governors have no such power."'
    assert _speakers(text) == ["Reed", "Okafor"]


def test_cue_word_after_determiner_and_adjective_is_a_noun():
    """'her official pledge' after a quote is a noun phrase, not an attribution."""
    text = "Reed, the county clerk, charged that the mayor “hid” the files because they contradicted her official pledge."
    assert _speakers(text) == ["Reed"]


def test_participle_in_inverted_speaker_phrase():
    """'says a source involved in the talks': the participle phrase belongs to the speaker."""
    text = "“It is a way to take part without paying,” says a source involved in the talks."
    assert _speakers(text) == ["a source involved in the talks"]


def test_open_parenthesis_bounds_the_speaker_search():
    """'(Lemkin, who coined the word, once said, “...”)': the speaker is inside the aside."""
    text = "Most historians agree on it (Lemkin, who coined the word, once said, “It happened many times before.”)."
    assert _speakers(text) == ["Lemkin"]


def test_plain_noun_before_auxiliary_heads_the_subject():
    """'A former aide to the mayor has written ... “...”': the subject runs to the noun before "has"."""
    text = (
        "Jane Roe, a former aide to the mayor has written a book about the “eruptive” temper of the council."
    )
    assert _speakers(text) == ["a former aide to the mayor"]
