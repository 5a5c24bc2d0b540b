"""Speaker attribution and quote filtering rules of round 5 (issue #3): "according to" sources,
complementizers, appositive names, title words inside names, document nouns, naming phrases,
conjoined cues, "with X chanting", titles of works and labels (invented text)."""

from __future__ import annotations

from claims.nlp.quote_export import quote_records
from claims.nlp.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_mention for q in extract_quotes(text)]


def _names(text: str) -> list[str | None]:
    return [q.speaker_name for q in extract_quotes(text)]


def _quoted(text: str) -> list[str]:
    return [q.text for q in extract_quotes(text)]


def test_possessive_after_a_verb_ends_the_subject():
    """'Mrs. Hale shook her head and said': "head" is the verb's object, not part of the name."""
    text = 'Asked whether he would run, Mrs. Hale shook her head and said, "No." The bill passed later.'
    assert _speakers(text) == ["Mrs. Hale"]


def test_according_to_takes_the_whole_source_phrase():
    """'according to a poll released Thursday by the Courier': participle and "by" phrases belong
    to the source."""
    text = 'Most voters want "a fresh start," according to a poll released Thursday by the Courier.'
    assert _speakers(text) == ["a poll released Thursday by the Courier"]


def test_according_to_stops_before_a_relative_clause_with_its_own_subject():
    """'according to a speech Mrs. Dale delivered in May': the source is the speech, not the clause."""
    text = 'The plan is meant to curb "reckless" trading, according to a speech Mrs. Dale delivered in May.'
    assert _speakers(text) == ["a speech Mrs. Dale"]


def test_complementizer_before_a_name_is_not_part_of_the_speaker():
    """'reports that Trask called the winner “...”': "that" opens a clause, it is no determiner."""
    text = 'That is when she pointed to reports that Trask called the winner "Miss Gloom" in public.'
    assert _speakers(text) == ["Trask"]


def test_cue_inside_the_clause_a_quote_heads_is_no_attribution():
    """'Dale said it was a “fair guess” that Ross had been warned': the speaker is Dale."""
    text = 'Dale said it was a "fair guess" that Ross, an old ally, had been given advance warning.'
    assert _speakers(text) == ["Dale"]


def test_clause_after_the_quote_may_still_end_with_an_inverted_cue():
    """'“...” that Ross can win, said Ann Lo': an inverted cue after the clause still names her."""
    text = '"He can say it, but it seems very unlikely" that Ross can win, said Ann Lo, a strategist.'
    assert _speakers(text) == ["Ann Lo"]


def test_sentence_adverb_and_named_appositive():
    """'Now Hale's longtime colleague, Jim Torr, insists': the adverb is dropped and the phrase
    runs through the appositive name, which is the person it resolves to."""
    text = 'Now Hale’s KTV colleague, Jim Torr, insists the move was "unethical" and wrong.'
    assert _speakers(text) == ["Hale’s KTV colleague, Jim Torr"]
    assert _names(text) == ["Jim Torr"]


def test_appositive_that_is_no_name_keeps_the_subject():
    """'Jim Torr, a professor at Dale College, said': the subject is the name before the appositive."""
    text = 'Jim Torr, a professor at Dale College, said the plan was "a mess."'
    assert _speakers(text) == ["Jim Torr"]


def test_capitalised_function_word_inside_a_programme_name():
    """'“...,” KTV This Morning co-host Dan Marr said': "This" belongs to the programme's name."""
    text = '"It was the first time in a long time," KTV This Morning co-host Dan Marr said.'
    assert _speakers(text) == ["KTV This Morning co-host Dan Marr"]


def test_document_nouns_head_a_speaker_phrase():
    """'The Lund ad hits Hale for ...': an ad, an article or a piece can say things."""
    assert _speakers('The Lund ad hits Hale for taking "far too much money" from banks.') == ["The Lund ad"]
    text = 'Ten years ago, a Courier article hailed Hale as "the comeback mayor" of the city.'
    assert _speakers(text) == ["a Courier article"]


def test_document_noun_before_a_verb_is_the_whole_subject():
    """'The piece goes on to slam ...': "goes" is the verb, not part of the subject."""
    text = 'The piece goes on to slam Hale’s "political theatre" for its cost.'
    assert _speakers(text) == ["The piece"]


def test_quote_paragraph_after_a_sentence_about_a_named_person():
    """A cue-less quote paragraph right after a sentence whose subject is a name continues that
    person's account."""
    text = (
        "Oduya is upbeat about the vote, in part because he sees the mayor as a uniter.\n\n"
        "“Not only can she win in May, she is the one with the best chance.”"
    )
    assert _speakers(text) == ["Oduya"]


def test_closing_mark_typed_as_the_opening_mark_of_a_paragraph():
    """'” … the race is over,” wrote the Courier.': a paragraph opening with ” opens a quote."""
    text = "The count went on.\n\n” … in the case of Lund, the race is already over,” wrote the Courier."
    assert _quoted(text) == ["… in the case of Lund, the race is already over,"]
    assert _speakers(text) == ["the Courier"]


def test_lone_participle_opening_a_sentence_is_no_subject():
    """'Using “outsider” was a choice': a capitalised participle that starts the sentence is no name."""
    text = 'Hale spoke first. Using "outsider" as a label was a choice her aides made.'
    assert _speakers(text) == [None]


def test_lone_name_opening_a_sentence_is_still_a_subject():
    """'Okafor, citing “...”, said ...': a name that starts the only sentence is still the subject."""
    text = "Okafor, citing “the unique pull of the race,” said the mayor could win in three counties."
    assert _speakers(text) == ["Okafor"]


def test_quote_closing_a_parenthesis_ends_its_sentence():
    """'(She claimed to “retire.”) Then Lund announced ...': the cue after is another report."""
    text = (
        'Ellen Dale, the chief, was shown the door. (She claimed to "retire.") Then Lund announced a merger.'
    )
    assert _speakers(text) == ["She"]


def test_free_relative_what_names_the_subject_before_the_appositive():
    """'in what Ann Dale, a veteran of the race, called “...”': Ann Dale, not the main subject."""
    text = 'Hale fought for delegates, in what Ann Dale, a veteran of the race, called "hand-to-hand combat."'
    assert _speakers(text) == ["Ann Dale"]


def test_named_phrases_known_as_and_calling_himself():
    """'said the base chief known as Rob', 'wrote a man calling himself Ray Ray'."""
    text = '"It never happened," said the base chief known as Rob, speaking for the first time.'
    assert _speakers(text) == ["the base chief known as Rob"]
    assert _speakers('"Go home!" wrote a man calling himself Ray Ray. Others agreed.') == [
        "a man calling himself Ray Ray"
    ]


def test_colon_introduction_names_a_document_subject():
    """'A footnote in the report makes that clear: “...”': the subject introduces the quote."""
    text = 'That report covered other staff. A footnote in the report makes that clear: "These rules do not apply."'
    assert _speakers(text) == ["A footnote"]


def test_title_case_term_without_a_cue_has_no_speaker():
    """'The network canceled “Night Watch” ...': a Title Case term with no speech cue is a name,
    so it is no quotation of the sentence subject (and the export leaves it out)."""
    text = 'The show did well. Lund Media then bought the rights to "Night Watch" for its fall lineup.'
    assert _speakers(text) == [None]
    assert quote_records(text) == []


def test_subject_of_with_clause_before_participle():
    """'..., with marchers and fans chanting “...”': the phrase after "with" is the speaker."""
    text = 'The city was calm, with many marchers and fans chanting "We are here" all day.'
    assert _speakers(text) == ["many marchers and fans"]


def test_conjoined_cue_shares_the_subject_of_the_cue_before():
    """'which Hale had called a “disaster” and promised to “rip up”': Hale, not the pact."""
    text = 'And the pact, which Hale had called a "disaster" and promised to "rip up"? Nobody asked.'
    assert _speakers(text) == ["Hale", "Hale"]


def test_works_after_author_of_or_publishing_verbs_are_not_quotes():
    """'the co-author of “Going Dark”', 'paid to stream “Night Watch”': titles, not speech."""
    text = (
        '"People believe it," said Ann Lo, the co-author of "Going Dark," in an interview.\n\n'
        'Lund Media paid a fortune to stream "Night Watch" last year.'
    )
    assert _quoted(text) == ["People believe it,"]


def test_title_case_headline_line_is_not_a_quote():
    """A first line written in Title Case is a headline, whatever its length."""
    text = (
        "Mayor Hale Blasts Council for Mocking Her Budget, Urges Voters to ‘Turn Away’ from "
        "‘Wasters’ and ‘Dreamers’ in a Long Speech Today.\n\n"
        'Hale spoke for an hour. "We will not wait," she said.'
    )
    assert _quoted(text) == ["We will not wait,"]


def test_link_labels_and_stage_directions_are_not_quotes():
    """'“Related:”' and '“(CROSSTALK.)”' label the page or the transcript."""
    text = (
        'Hale spoke about taxes. "Related:" Read more below.\n\n'
        'LUND: We have to rebuild, and —. "(CROSSTALK.)" HALE: Go on.'
    )
    assert "Related:" not in _quoted(text)
    assert "(CROSSTALK.)" not in _quoted(text)
