"""Speakers named through a body, a possessor, an age or an appositive (invented text): sport and
court copy rarely repeats a name, and says "the 31-year-old", "his agent, Piet Oren" or "Ruth Lale
of the Crown Office" instead."""

from __future__ import annotations

import pytest

from .speaker_cases import Case, params, speaker_names

CASES = [
    Case(
        "a_quotation_standing_after_a_sentence_about_someone_is_theirs",
        "'Halvorsen ... was gracious. ‘...’' is Halvorsen's, not the last speaker's of the paragraph before.",
        "Aoife Tremlett beat Juno Halvorsen in a play-off.\n\n"
        "Her caddie, Callum, said he kept it simple. ‘Trust the line,’ he said.\n\n"
        "Halvorsen, who had led by two shots, was gracious. ‘I hit the shots I wanted to hit.’\n\n"
        "The crowd was a record 31,500.\n",
        ["Callum", "Juno Halvorsen"],
    ),
    Case(
        "a_participle_opening_the_sentence_is_not_the_speaker",
        "'Opening the session, the inquiry chair, Dame Philippa Rendell, said:' is Rendell, not 'Opening'.",
        "Opening the session, the inquiry chair, Dame Philippa Rendell, said: ‘We will find answers.’\n",
        ["Philippa Rendell"],
    ),
    Case(
        "a_given_name_set_after_a_description_speaks_and_is_he",
        "'Her brother and caddie, Callum, said ...' makes Callum a person, so the next 'he said' is his.",
        "Tremlett, 26, won. Her brother and caddie, Callum, said he had kept it simple. "
        "‘I told her to trust the line,’ he said.\n",
        ["Callum"],
    ),
    Case(
        "letters_after_a_name_are_no_part_of_it",
        "'Julian Farrimond KC' and a later 'Farrimond KC' are the one person Julian Farrimond.",
        "Julian Farrimond KC, for the campaigners, said the ruling “restores a defence”.\n\n"
        "Farrimond KC said the jury was “the conscience of the court”.\n",
        ["Julian Farrimond", "Julian Farrimond"],
    ),
    Case(
        "a_name_before_role_words_modifies_the_name_after_them",
        "'Sabre Works boss Colm Varga said': a noun phrase ends on its head, so the team is not the speaker;"
        " 'Ted Roe and Ana Lind said' keeps the first name.",
        "Sabre Works team principal Colm Varga said the team would be “looking at every option”.\n\n"
        "Hale Motors and Ana Lind said the car was “fine”.\n",
        ["Colm Varga", "Hale Motors"],
    ),
    Case(
        "possessive_team_before_a_name_is_not_the_speaker",
        "'Harbour City's Ana Roe said': the team owns the person; the person speaks.",
        "Harbour City's Ana Roe said her side had “nothing left to give”.\n",
        ["Ana Roe"],
    ),
    Case(
        "possessor_of_a_description_is_not_the_speaker",
        (
            "'Velland's health minister' describes someone named later ('Health Minister Ola Brik'); Velland is "
            "the country, not who spoke."
        ),
        (
            "Wards close in Velland\n\n"
            "Velland's health minister on Monday closed two wards, saying the hospital could no longer “staff "
            "them safely through the winter”.\n\nHealth Minister Ola Brik told parliament the wards would reopen.\n"
        ),
        ["Ola Brik"],
    ),
    Case(
        "according_to_after_a_speakers_cue_names_the_reporter",
        (
            "'Ida Moss warned that “...”, according to the Courier': the paper reported the words; the subject of "
            "the cue said them."
        ),
        "Union leader Ida Moss warned that “the depots will close,” according to the Courier.\n",
        ["Ida Moss"],
    ),
    Case(
        "name_of_a_body_is_the_person",
        "'Ruth Lale of the Crown Office said:' the phrase is the person and where she works.",
        "Outside court, Ruth Lale of the Crown Office said: “Nobody is above the law.”\n",
        ["Ruth Lale"],
    ),
    Case(
        "description_after_an_inverted_cue_takes_the_name_beside_it",
        "'said his agent, Piet Oren,' the description stands for the name set after it.",
        "“He will stay until the summer,” said his agent, Piet Oren, who flew in on Friday.\n",
        ["Piet Oren"],
    ),
    Case(
        "a_sport_title_is_not_part_of_the_name",
        "'Substitute Lars Oren' and 'Veteran Ida Holm': titles before the name, so one speaker with 'Oren'.",
        (
            "Substitute Lars Oren scored twice. “I was ready,” said Oren.\n\nVeteran Ida Holm said: “He was ready.”\n"
        ),
        ["Lars Oren", "Ida Holm"],
    ),
    Case(
        "an_age_stands_for_the_person_given_it",
        "'the 31-year-old said' after 'Oren, 31,': the age names him although another man spoke since.",
        (
            "Lars Oren, 31, scored twice. Coach Tim Hale praised the defence.\n\n"
            "“I just kept running,” the 31-year-old said.\n"
        ),
        ["Lars Oren"],
    ),
    Case(
        "an_age_no_one_is_given_stands_for_the_sentences_subject",
        "With no age stated, 'the 29-year-old' is who the sentences before are about, as a pronoun would be.",
        (
            "Mira Sand, the defending champion, was gracious in defeat. "
            "“She was the better player,” the 29-year-old said.\n"
        ),
        ["Mira Sand"],
    ),
    Case(
        "a_place_after_a_preposition_is_no_antecedent",
        (
            "'Roe, who had led since the opening stage in Porto Vela, blamed himself. ... he said': the place in "
            "the relative clause is not a person, so 'he' is the sentence's subject."
        ),
        (
            "Roe, who had led since the opening stage in Porto Vela, blamed himself. "
            "'We rode badly in the final climb,' he said.\n"
        ),
        ["Roe"],
    ),
    Case(
        "a_quotation_in_single_marks_cut_by_the_excerpts_end_is_a_quote",
        (
            "British copy quotes in single marks; an excerpt that stops inside one still holds a quotation, "
            "given to the person the sentence before is about ('the 27-year-old shook his head')."
        ),
        "Lund, by contrast, could not stop grinning. The 27-year-old shook his head. 'Planned? No. I just went for it, so",
        ["Lund"],
    ),
    Case(
        "a_name_in_capitals_opening_a_lede_is_a_person",
        "British papers open a lede on the name in capitals ('HELENA ROSS yesterday sacked ...'): a person.",
        "HELENA ROSS yesterday sacked two ministers.\n\n“It is a renewal,” Ross said.\n",
        ["Helena Ross"],
    ),
    Case(
        "a_cue_after_although_reports_something_else",
        "'Kale said he had “no doubts” about it, although aides admitted ...': the aides did not say the words.",
        "Kale said he had “never doubted” the outcome, although aides admitted privately that it was close.\n",
        ["Kale"],
    ),
    Case(
        "subject_after_a_participle_opener_is_the_pronouns_antecedent",
        (
            "'Speaking after the vote, Voss said ...': the opener hides the subject from a plain reading, and the "
            "'she' after it then went to the person named before."
        ),
        (
            "Premier Jon Ardel survived the vote.\n\n"
            "Speaking after the vote, Voss said the opposition would try again. “We are not going away,” she said.\n"
        ),
        ["Voss"],
    ),
    Case(
        "an_honorific_gives_the_pronouns_gender",
        (
            "'Ms Kjell' / 'Mr Lund': the honorific is no role, but it says which pronoun stands for the "
            "bearer, so 'he' skips the woman named last and goes to the man."
        ),
        (
            "Mr Lund thanked the staff. Ms Kjell said her priority was the permit system.\n\n"
            "“I leave with my conscience clear,” he said.\n"
        ),
        ["Lund"],
    ),
    Case(
        "a_name_in_apposition_after_a_description_is_who_it_describes",
        (
            "'The opposition leader, Arne Voss, said': the name in commas is the person described, even "
            "when a minister named earlier could also be read as a 'leader'."
        ),
        (
            "Justice Minister Mira Kjell takes over the ministry.\n\n"
            "The opposition leader, Arne Voss, said the reshuffle changed nothing. “They have run out of "
            "ideas,” he said.\n"
        ),
        ["Arne Voss"],
    ),
    Case(
        "a_cue_noun_with_an_article_is_no_cue_for_the_participle_after_it",
        (
            "'Lund struck a defiant note, saying ...': 'note' is a noun here, so the participle's subject is "
            "the clause's subject, not 'a defiant (note)'."
        ),
        "Oskar Lund struck a defiant note, saying he was leaving with ‘my conscience clear’.\n",
        ["Oskar Lund"],
    ),
    Case(
        "a_first_name_of_one_gender_keeps_the_other_pronoun_away",
        (
            "'Bram Eliasson ... he said' then 'Hollingrake saved her last word ... she said': a woman's pronoun "
            "does not go back to 'Bram', so it finds the subject the sentence before is about."
        ),
        (
            "Skipper Bram Eliasson lifted the trophy. “Not here, not anywhere,” he said.\n\n"
            "Hollingrake saved her last word for the fans. “They carried us,” she said.\n"
        ),
        ["Bram Eliasson", "Hollingrake"],
    ),
    Case(
        "a_body_named_with_the_is_the_speaker",
        "'The Cardenne Ambulance Service said': the article is part of the body's name, not a description.",
        "The Cardenne Ambulance Service said in a statement it had been “under sustained pressure all summer”.\n",
        ["Cardenne Ambulance Service"],
    ),
    Case(
        "a_spokesperson_for_a_body_speaks_for_the_body_not_for_a_person",
        (
            "'A spokeswoman for the Cardenne Ambulance Service said': the body's words; 'a spokesman for Ana "
            "Roe' is not Ana Roe herself."
        ),
        (
            "A spokeswoman for the Cardenne Ambulance Service said: “Our crews deserve better.”\n\n"
            "Ana Roe was not at the count. A spokesman for Ana Roe said: “She will make a statement tomorrow.”\n"
        ),
        ["Cardenne Ambulance Service", None],
    ),
    Case(
        "a_description_goes_to_the_surname_that_just_reported_speech",
        (
            "'Ostergaard told KBRN ... “...,” the attorney said': an excerpt names the lawyer by surname only; "
            "the description stands for him, not for the executive named before."
        ),
        (
            "Chief executive Teresa Quill said the company would appeal.\n\n"
            "Outside the courthouse, Ostergaard told KBRN the case “was never about money.”\n\n"
            "“Every engineer should read this verdict,” the attorney said.\n"
        ),
        ["Ostergaard", "Ostergaard"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), params(CASES))
def test_speaker_names(text: str, expected: list[str | None]) -> None:
    assert speaker_names(text) == expected
