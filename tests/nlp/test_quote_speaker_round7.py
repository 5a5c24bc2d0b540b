"""Speaker attribution rules of round 7 (issue #3): pull quotes that sign themselves on their
closing line, ... (invented text)."""

from __future__ import annotations

from claims.nlp.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_mention for q in extract_quotes(text)]


def test_pull_quote_signed_on_its_closing_line():
    """A quote box whose last line, before the closing mark, is only a name and affiliation: the
    name is the speaker, not the pronoun of the sentence after it."""
    text = (
        "Economists were split on the plan.\n\n"
        '"A tax on snacks will not fix the budget, and everyone in this town knows it.\n'
        'Ilse Varga, Northern Policy Institute, on the levy."\n\n'
        "She later said the vote was close."
    )
    assert _speakers(text)[0] == "Ilse Varga"


def test_closing_line_that_is_no_name_signs_nothing():
    """A closing line that is a phrase, not a person's name, leaves the quote unsigned."""
    text = 'The crowd sang along.\n\n"We shall stand together whatever the weather.\nForever And Always."\n'
    assert _speakers(text)[0] != "Forever And Always"


def test_according_to_after_a_question_quote():
    """'“...?” Varga asked, according to a transcript.': the question mark ends the quote, not
    the sentence; its "according to" source reports the quote as for any other quote."""
    text = 'The interview ran long.\n\n"What does that even mean?" Varga asked, according to a transcript of the show.\n'
    assert _speakers(text) == ["a transcript of the show"]


def test_according_to_opening_the_next_sentence_stays_apart():
    """'“...?” According to the report, ...': a new sentence's source does not take the question."""
    text = 'Varga asked: "What does that even mean?" According to the report, nobody answered.\n'
    assert _speakers(text) == ["Varga"]


def test_passive_cue_names_its_agent():
    """'Varga was asked by the moderator Ann Lee whether ... “...”': the one asking speaks."""
    text = (
        "Varga was asked by the moderator Ann Lee whether the plan would risk"
        ' "adding another costly program to a strained budget."\n'
    )
    assert _speakers(text) == ["the moderator Ann Lee"]


def test_passive_label_with_its_agent_after_the_quote():
    """'has been called “...” by Ann Lee, a professor': the agent after the quote gave the label."""
    text = 'This habit of the guild has been called "quiet capture" by Ann Lee, a professor at Nordvik College.\n'
    assert _speakers(text) == ["Ann Lee"]


def test_passive_label_outranks_the_sentences_according_to_source():
    """'..., called the “...” by the locals, ..., according to the Courier': the label's agent is
    named; the source of the whole sentence is not the one who coined it."""
    text = (
        'With its old mill in Dunmore, called the "Heart of the Valley" by the locals, the town'
        " leans left, according to the Courier.\n"
    )
    assert _speakers(text) == ["the locals"]


def test_known_by_agent_as_label():
    """'what came to be known by some critics as a “hug”': the critics gave the label."""
    text = 'They met at the airport in what came to be known by some critics as a "hug" of the rival.\n'
    assert _speakers(text) == ["some critics"]


def test_colon_lead_in_with_a_plain_subject_and_its_verb():
    """'Applicants are asked to state: “...”': a sentence with a bare plural subject and a verb
    phrase of its own introduces the quote as its subject's words."""
    text = 'The form is long.\n\nApplicants are obliged to state: "Where did you live before moving here?"\n'
    assert _speakers(text) == ["Applicants"]


def test_colon_label_without_a_verb_names_nobody():
    """'Then, the punch line: “...”': a label before a colon is no speaker."""
    text = 'He paused. Then, the punch line: "I will call them myself."\n'
    assert _speakers(text) == [None]


def test_relative_pronoun_before_an_adverbial_phrase():
    """'Lund, who has in the past described the mayor as “...”': the adverbial phrase between the
    relative clause's auxiliary and its cue leaves "who" the source."""
    text = 'Lund, who has in the past described the mayor as "a reckless gambler," spoke first.\n'
    assert _speakers(text) == ["who"]


def test_quote_after_a_closed_relative_clause_does_not_continue_who():
    """'Lund, who has described the mayor as “...,” urged voters to “look away”': the comma closes
    the relative clause; the later quote is the main clause's."""
    text = (
        'Lund, who has described the mayor as "a reckless gambler with the town\'s money," urged'
        ' voters to "look away" from him.\n'
    )
    assert _speakers(text) == ["who", "Lund"]


def test_subject_after_the_last_comma_before_a_late_cue():
    """'... the “ground game” they need to win, party spokesman Ann Lee said': the phrase right after
    the quote has its own verb; the cue's subject is the phrase after the last comma."""
    text = (
        'His backing will bring candidates the "ground game" they need to win in the fall,'
        " party spokesman Ann Lee said.\n"
    )
    assert _speakers(text) == ["party spokesman Ann Lee"]


def test_subject_after_a_clause_with_its_own_subject():
    """'“...,” as his mother hoped, Mr. Dorn said': the clause between the quote and the speaker
    has its own subject, which is not the cue's."""
    text = "''He was going to make the family name known,'' as his mother hoped, Mr. Dorn said.\n"
    assert _speakers(text) == ["Mr. Dorn"]


def test_sign_saying_bears_the_words():
    """'Ann Lee held up a sign saying “...”': the sign, not the one holding it, carries the words."""
    text = 'Outside, Ann Lee held up a sign saying "Hands off our library." She said she had come early.\n'
    assert _speakers(text)[0] == "a sign"


def test_hat_reading_is_a_cue():
    """'wore a campaign hat reading, “...”': "reading" introduces the words the hat bears."""
    text = 'At the rally the mayor wore a campaign hat reading, "Make Dunmore Proud Again" all evening.\n'
    assert _speakers(text) == ["a campaign hat"]


def test_possessive_speech_noun_after_the_cue_speaker_owns_the_quote():
    """'Lee blamed the press for making an issue of Ann Roe's claim that the mayor “...”': the
    claim's owner said the quoted words, not the one who blamed the press."""
    text = (
        "Ivo Lee on Monday blamed the press for making an issue of Ann Roe's claim that the mayor"
        ' "rigged the vote," saying reporters missed the point.\n'
    )
    assert _speakers(text) == ["Ann Roe"]


def test_possessive_in_the_cues_that_clause_leaves_the_speaker():
    """'Lee said that Roe's claim that ... is “not true”': the quote is what Lee says of the claim."""
    text = 'Ivo Lee said Thursday that Ann Roe\'s claim that he favours the levy is "simply not true."\n'
    assert _speakers(text) == ["Ivo Lee"]


def test_cue_word_after_make_is_a_noun():
    """'his friends make jokes about ... “...”': "jokes" is the object of "make", not a cue whose
    subject would run through the verb."""
    text = 'Now his friends make jokes about sending observers to the count "to ensure a fair vote."\n'
    assert _speakers(text) == ["his friends"]


def test_post_modifier_of_any_common_noun_subject():
    """'A leaflet on the party's website states that ... “...”': the subject is the leaflet, not
    the website its prepositional phrase names."""
    text = (
        "A leaflet on the Dunmore party's website states that couples get the grant only if their"
        ' marriage is "recognised under county law," which bars many.\n'
    )
    assert _speakers(text) == ["A leaflet on the Dunmore party's website"]


def test_bare_quote_paragraph_continues_the_last_speaker():
    """A quote paragraph with no cue, a paragraph after the last attributed quote, continues
    that speaker."""
    text = (
        'Ann Lee told the council her plan would work. "We will build it by spring," Lee said.\n\n'
        "The council adjourned at noon without a vote.\n\n"
        '"Nobody is going to stop this project now."\n'
    )
    assert _speakers(text) == ["Lee", "Lee"]


def test_bare_term_does_not_continue_the_last_speaker():
    """A short label with nothing around it that attributes it is no remark of the last speaker."""
    text = '"We will build it by spring," Ann Lee said.\n\nThe council adjourned.\n\n"white elephant"\n'
    assert _speakers(text)[1] is None


def test_object_of_a_transitive_cue_is_no_inverted_speaker():
    """'Ria Dune, star of “Harbour,” thanked the mayor for “...”': "thanked the mayor" never
    stands for "the mayor thanked"; the title is nobody's remark and the quote is Ria Dune's."""
    text = 'Ria Dune, star of the show "Harbour," thanked the mayor for "making our streets safer for all."\n'
    assert _speakers(text)[-1] == "Ria Dune"


def test_passive_cue_without_an_agent_names_no_speaker():
    """'..., hours after the aide was charged with assault': a passive cue with no "by" phrase is
    no speech act of its subject; the sentence's own subject keeps the label."""
    text = (
        'Governor Ann Lee defended her driver as a "very decent man" Tuesday, hours after the aide'
        " was charged with assault in the capital.\n"
    )
    assert _speakers(text) == ["Governor Ann Lee"]


def test_share_of_respondents_speaks_through_the_poll():
    """'In a March Courier poll, 64 percent of voters said “...”': the poll is the source."""
    text = (
        'In a March Dunmore Courier poll, 64 percent of voters said "most councillors" cannot be trusted.\n'
    )
    assert _speakers(text) == ["a March Dunmore Courier poll"]


def test_share_without_a_poll_keeps_its_subject():
    """With no poll named before it, the share itself stays the subject."""
    text = 'At the meeting, 64 percent of members said the plan was "too costly."\n'
    assert _speakers(text) == ["64 percent of members"]


def test_fallback_subject_of_a_while_clause_with_an_appositive():
    """'Ivo Lee signed an order ..., while Ann Roe, the former mayor, proposed we “...”': with no
    cue, the quote belongs to the subject of its own clause, not to the sentence's first one."""
    text = (
        "Governor Ivo Lee on Monday signed an order to close the depot, while Ann Roe, the former"
        ' mayor, proposed we "wake up and fix the roads" before winter.\n'
    )
    assert _speakers(text) == ["Ann Roe"]


def test_per_phrase_names_the_source():
    """'..., per the club's bylaws.': like "according to", "per" names the sentence's source."""
    text = 'Proxies are barred when voting "to fill a vacancy on the board," per the club\'s bylaws.\n'
    assert _speakers(text) == ["the club's bylaws"]


def test_in_owners_view_names_the_source():
    """'“...” from top to bottom, in Lee's view.': the owner of the view is the speaker."""
    text = '"This is an across-the-board failure of planning" from roads to schools, in Lee\'s view.\n'
    assert _speakers(text) == ["Lee's"]


def test_according_to_a_possessive_phrase():
    """'according to the club's bylaws': a possessive phrase is a whole source."""
    text = 'Members may not vote "by proxy or by post," according to the club\'s bylaws.\n'
    assert _speakers(text) == ["the club's bylaws"]


def test_absolute_with_phrase_keeps_its_prepositional_chain():
    """'..., with the campaign of the former mayor from Dunmore saying ... “...”': the subject of
    the absolute phrase runs through its "of" chain; the place name at its end is no speaker."""
    text = (
        "Ann Roe turned her sights on Lee, with the campaign of the former mayor from Dunmore"
        ' saying Lee was "not a real reformer on housing."\n'
    )
    assert _speakers(text) == ["the campaign of the former mayor from Dunmore"]


def test_approximate_count_opens_a_subject():
    """'about 200 protesters gathered ..., holding signs and chanting “...”': "about 200 protesters" is
    the subject; the participle phrase after the comma is none."""
    text = (
        "Outside the hall, about 200 protesters gathered in three groups, holding banners and"
        ' chanting "Save our library."\n'
    )
    assert _speakers(text) == ["about 200 protesters"]


def test_shouted_quote_keeps_its_cue_when_the_next_cue_introduces_another():
    """'When someone in the crowd shouted, “Lee,” Roe joked, “...”': the first quote is the
    shouter's; Roe's cue introduces the quote after it."""
    text = 'When someone in the crowd shouted, "Lee," Roe joked, again with a grin, "Come on up then!"\n'
    assert _speakers(text) == ["someone in the crowd", "Roe"]


def test_clause_subject_opened_by_a_title_abbreviation():
    """'At an event in Dunmore, Ohio, on Sunday, Mrs. Roe tried to explain, saying that ... “...”':
    the clause opened by "Mrs. Roe" holds the subject, not the place name before it."""
    text = (
        "At a campaign event in Dunmore, Ohio, on Sunday, Mrs. Roe tried to expand on her statement,"
        ' saying that the county should lead and "be rallying our neighbours to the cause."\n'
    )
    assert _speakers(text) == ["Mrs. Roe"]


def test_subject_of_a_when_clause_before_its_cue():
    """'Some members feared a repeat of 1998, when Mr. Lee, who had lost the vote, called for a
    “...”': the "when" clause has its own subject, which the cue rests on."""
    text = (
        "Some members said they feared a repeat of the 1998 congress, when Mr. Lee, who had lost"
        ' the vote, called for a "cultural war" against the board.\n'
    )
    assert _speakers(text) == ["Mr. Lee"]


def test_cue_after_and_is_the_subjects_second_verb():
    """'Mayor Ann Lee lamented the “dispirited” state of the campaign and criticized the “...”': the cue
    after "and" is the mayor's second verb; the phrase before it is no subject."""
    text = (
        "The worry was underscored on Monday when Mayor Ann Lee of Dunmore lamented the"
        ' "dispirited" state of the campaign and criticized the "identity politics" on display.\n'
    )
    assert _speakers(text)[0] == "Mayor Ann Lee of Dunmore"


def test_commission_is_a_plausible_subject_for_an_uncued_quote():
    """'In rejecting a challenge ..., the commission recognised that ... — “...”': a ruling body is
    a subject that can be the source of the words it works into its finding."""
    text = (
        "In rejecting a similar challenge to the candidate, which is due next week, the commission"
        ' recognised that a court should settle it \u2014 "so that all officials know once and for all."\n'
    )
    assert _speakers(text) == ["the commission"]


def test_intensifier_stays_with_the_clause_subject():
    """'Lee himself released a statement saying he did not “...”': "himself" is part of the subject."""
    text = 'Mayor Lee himself released a statement saying he did not "condone the remarks at all."\n'
    assert _speakers(text) == ["Mayor Lee himself"]


def test_subject_before_a_relative_clause_and_an_adverbial():
    """'Lee, who has feuded with the board this week, on Friday described his plan as a “big tent”':
    past the adverbial phrase and the comma, the clause subject is the source."""
    text = (
        'Ivo Lee, who has feuded with the board this week, on Friday described his plan as a "big'
        ' tent" for the town. "We will all fit in it," he said.\n'
    )
    assert _speakers(text)[0] == "Ivo Lee"


def test_quote_completing_a_that_clause_keeps_its_cue():
    """'Roe admitted to the paper that she and the builder had “...,” she insisted they never met':
    the quote completes the "that" clause of "admitted"; the cue after it starts another report."""
    text = (
        "Although Ann Roe admitted to the paper that she and the builder had"
        ' "been friends for some time," she insisted they had never met in person.\n'
    )
    assert _speakers(text) == ["Ann Roe"]
