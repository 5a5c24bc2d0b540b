"""Attribution rules of round 2: speaker phrase extent, coordination, "according to", carried
speakers, cue-split quotes, the subject fallback and the non-quotation filters (invented text)."""

from __future__ import annotations

from claims.nlp.quote_export import quote_records
from claims.nlp.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_mention for q in extract_quotes(text)]


def test_inverted_subject_keeps_lowercase_title_words():
    """'said White House press secretary Jane Roe': the title words inside the name phrase stay."""
    text = '"The answer is no," said White House press secretary Jane Roe. "We are done here."'
    assert _speakers(text) == ["White House press secretary Jane Roe"] * 2


def test_subject_between_quote_and_cue_runs_to_the_cue():
    """'“...,” the committee chairmen wrote': the whole stretch before the cue is the speaker."""
    text = "“The evidence points one way,” the committee chairmen wrote in their letter."
    assert _speakers(text) == ["the committee chairmen"]


def test_inverted_subject_with_postmodifier_runs_to_the_comma():
    """'said one aide familiar with the talks, who ...': the phrase ends at the clause boundary."""
    text = '"It was not a good meeting," said one aide familiar with the talks, who asked not to be named.'
    assert _speakers(text) == ["one aide familiar with the talks"]


def test_time_word_after_inverted_subject_is_left_out():
    """'said Okafor yesterday.': a time word is no part of the speaker phrase."""
    assert _speakers('"We will appeal," said Okafor yesterday.') == ["Okafor"]


def test_coordinated_subject_before_cue_after_quote():
    """'“...,” Adams and Baker wrote': both names are the source."""
    assert _speakers("“The data are incomplete,” Adams and Baker wrote.") == ["Adams and Baker"]


def test_coordinated_list_before_cue():
    """'Sens. Ann Lee, Bob Ray and Cal Fox said ...': the whole list is the source."""
    text = 'Sens. Ann Lee, Bob Ray and Cal Fox said they found the bill "deeply troubling, frankly."'
    assert _speakers(text) == ["Ann Lee, Bob Ray and Cal Fox"]


def test_according_to_outranks_the_quoted_speaker():
    """'X said, according to the Gazette': the source reporting the sentence is the attribution."""
    text = "“We will win this county,” the mayor said, according to the Gazette. “Nobody doubts it.”"
    assert _speakers(text) == ["the Gazette", "the Gazette"]


def test_according_to_inside_reported_clause_is_ignored():
    """'said that according to its count, ...': the count belongs to what was said."""
    text = 'Ms. Adeyemi said that according to its count, the party "has won a clear majority."'
    assert _speakers(text) == ["Ms. Adeyemi"]


def test_speaker_carried_from_previous_sentence_with_cue():
    """'Professor Jane Doe agreed. “...”': the quote continues the previous sentence's speaker."""
    text = "Professor Jane Doe agreed. “The plan is sound, and it is long overdue for the city.”"
    assert _speakers(text) == ["Professor Jane Doe"]


def test_speaker_carried_from_previous_paragraph():
    """A quote paragraph after a paragraph of reported speech is the same speaker's."""
    text = "Okafor argued in a long letter that the budget was unrealistic.\n\n“We cannot pay for all of it.”"
    assert _speakers(text) == ["Okafor"]


def test_colon_lead_in_without_cue_gives_its_subject():
    """'He then listed the rules:' introduces the quote paragraph after it."""
    text = "Okafor spoke first.\n\nHe then listed the rules:\n\n“Is the plan fair to everyone involved?”"
    assert _speakers(text) == ["He"]


def test_quote_closing_on_comma_takes_the_cue_after_it():
    """'She told the paper: “...,” Jones predicted': the cue attached to the quote wins."""
    text = "She told the paper on Monday: “It will fail by spring,” Jones predicted."
    assert _speakers(text) == ["Jones"]


def test_fallback_skips_sentence_adverbial_written_lower_case_elsewhere():
    """'Using “...”, the campaign ...': a participle opening the sentence is no speaker."""
    text = "Critics kept using the phrase. Using “bad hombres” as a slogan, the campaign rallied."
    assert [q.speaker_mention for q in extract_quotes(text)] == [None]
    assert quote_records(text) == []


def test_headline_with_comma_inside_closing_mark_is_a_headline():
    """'Mayor: Plan Is ‘Reckless,’ ‘Costly’' as the first line is a title, not prose."""
    text = "Mayor Lee: Plan Is ‘Reckless,’ ‘Costly’\n\nThe mayor spoke on Monday about the new budget plan."
    assert quote_records(text) == []


def test_short_single_quoted_line_is_a_section_heading():
    """A paragraph that is only a short phrase in single marks heads a section."""
    text = "The plant closed in May.\n\n'A really tough call.'\n\nWorkers gathered outside the gate."
    assert extract_quotes(text) == []


def test_quoted_nickname_inside_a_name_is_no_quote():
    """Gov. C.L. “Butch” Otter: the nickname is part of the name."""
    assert extract_quotes("Gov. C.L. “Butch” Otter spoke at the rally on Friday.") == []


def test_long_book_title_after_book_is_a_title():
    """A Title Case name of up to 16 words after 'the book' is the title of a work."""
    text = "Alden, author of the book “Failure to Adjust: How Workers Got Left Behind in the New Economy,” spoke."
    assert extract_quotes(text) == []


def test_participle_cue_takes_the_speaker_of_the_cue_before_it():
    """'The two will meet, Okafor said, adding, “...”': the adder is the one who said."""
    text = "Lee and Ruiz will meet next week, Okafor said, adding, “They need to talk it through.”"
    assert _speakers(text) == ["Okafor"]


def test_cue_with_its_own_complement_after_a_closed_quote_is_a_new_report():
    """'“... today.” Baker said he would ...': a new sentence reporting Baker, not this quote's cue."""
    text = (
        "“It was sad,” Adams told reporters. “This has no place in politics today.” Baker said he would quit."
    )
    assert _speakers(text) == ["Adams", "Adams"]


def test_comma_then_inverted_cue_names_the_speaker():
    """'“...” and voters get nervous, said Mia Chen': ', said X' wins over the clause subject."""
    text = 'Pair that with a "candidate who is a lightning rod" and voters get nervous, said Mia Chen, a pollster.'
    assert _speakers(text) == ["Mia Chen"]


def test_appositive_lead_keeps_its_subject():
    """'“...,” Jeb Stone, the former governor, told CNN': the lead before the cue is the subject."""
    text = "“We have no plan,” Jeb Stone, the former governor, told CNN on Sunday."
    assert _speakers(text) == ["Jeb Stone"]


def test_cue_word_after_preposition_is_a_noun():
    """'stinginess with praise': after 'with' the cue word is a noun, not a cue."""
    text = "Mr. Dunn said that their father ''could be harsh,'' and that Fred struggled with praise."
    assert _speakers(text) == ["Mr. Dunn"]


def test_fallback_takes_the_subject_after_an_adverbial_opener():
    """'Inspired by ..., Bush crossed ... on a “...” tour': the clause subject after the comma."""
    text = 'Inspired by the turnaround, Bush crossed the state on a three-day "Jeb Can Fix It" bus tour.'
    assert _speakers(text) == ["Bush"]


def test_fallback_rejects_a_preposition_opener():
    """'Across town, “...” ...': a sentence-opening preposition is no speaker."""
    text = 'Across town, "shouting from the rooftops" for the campaign, is a retired teacher.'
    assert _speakers(text) == [None]
