"""Speech cues: which words report speech (verbs with particles, 'according to', possessive speech
nouns, naming verbs, colon cues), which quote each cue reports, and cue words that are nouns,
invented text."""

from __future__ import annotations

import pytest

from claims.nlp.quotes import extract_quotes

from .speaker_cases import Case, first_speaker_mention, params, quoted_texts, speaker_mentions, speaker_names

MENTIONS = [
    Case(
        "according_to_outranks_the_quoted_speaker",
        "'X said, according to the Gazette': the source reporting the sentence is the attribution.",
        "“We will win this county,” the mayor said, according to the Gazette. “Nobody doubts it.”",
        ["the Gazette", "the Gazette"],
    ),
    Case(
        "according_to_inside_reported_clause_is_ignored",
        "'said that according to its count, ...': the count belongs to what was said.",
        'Ms. Adeyemi said that according to its count, the party "has won a clear majority."',
        ["Ms. Adeyemi"],
    ),
    Case(
        "quote_closing_on_comma_takes_the_cue_after_it",
        "'She told the paper: “...,” Jones predicted': the cue attached to the quote wins.",
        "She told the paper on Monday: “It will fail by spring,” Jones predicted.",
        ["Jones"],
    ),
    Case(
        "participle_cue_takes_the_speaker_of_the_cue_before_it",
        "'The two will meet, Okafor said, adding, “...”': the adder is the one who said.",
        "Lee and Ruiz will meet next week, Okafor said, adding, “They need to talk it through.”",
        ["Okafor"],
    ),
    Case(
        "cue_with_its_own_complement_after_a_closed_quote_is_a_new_report",
        "'“... today.” Baker said he would ...': a new sentence reporting Baker, not this quote's cue.",
        "“It was sad,” Adams told reporters. “This has no place in politics today.” Baker said he would quit.",
        ["Adams", "Adams"],
    ),
    Case(
        "comma_then_inverted_cue_names_the_speaker",
        "'“...” and voters get nervous, said Mia Chen': ', said X' wins over the clause subject.",
        'Pair that with a "candidate who is a lightning rod" and voters get nervous, said Mia Chen, a pollster.',
        ["Mia Chen"],
    ),
    Case(
        "cue_word_after_preposition_is_a_noun",
        "'stinginess with praise': after 'with' the cue word is a noun, not a cue.",
        "Mr. Dunn said that their father ''could be harsh,'' and that Fred struggled with praise.",
        ["Mr. Dunn"],
    ),
    Case(
        "cue_verbs_with_particles",
        "'shot back', 'pointed out', 'went on' report speech like single cue verbs.",
        (
            "Miller attacked the budget on Tuesday. Okafor shot back, “The numbers were never ours to change.”\n\n"
            "“The plan is dead until the spring session,” Ruiz pointed out.\n\n"
            "“And it would cost the county twice as much as last year,” she went on."
        ),
        ["Okafor", "Ruiz", "she"],
    ),
    Case(
        "as_name_put_it_with_an_appositive",
        """'as Tom Reed, a former mayor, put it:': the phrase after "as" is the speaker.""",
        "Or, as Tom Reed, a former mayor of the town, put it: “The wolves are no longer at the door.”",
        ["Tom Reed"],
    ),
    Case(
        "inverted_cue_followed_by_a_clause_is_no_speaker",
        """'“...,” said the mayor could win': "said" takes a clause here, so it names no speaker.""",
        "Okafor, citing “the unique pull of the race,” said the mayor could win in three counties.",
        ["Okafor"],
    ),
    Case(
        "cue_word_after_a_preposition_is_a_noun",
        """'in states like Ohio': "states" after a preposition is a noun, not a cue.""",
        "Okafor, citing “the unique pull of the race,” said the mayor could compete in states like Ohio, Iowa and Utah.",
        ["Okafor"],
    ),
    Case(
        "possessive_speech_noun_names_the_speaker",
        "'Okafor's claim that “...”': the owner of the claim is the speaker.",
        "Fact-checkers seized on Okafor's claim that there were “thousands of new jobs” in the county.",
        ["Okafor"],
    ),
    Case(
        "quote_about_a_possessive_speech_noun_is_not_its_owners",
        "'Reed called Okafor's remarks “a new low”': the quote is Reed's, said about the remarks.",
        "Reed called Okafor's remarks “a new low” for the campaign.",
        ["Reed"],
    ),
    Case(
        "as_reported_opener_names_the_source_of_the_sentence",
        "'As the Gazette reported, the office was refusing to call it ...:' the paper is the source.",
        "As the Gazette reported, the mayor's office was refusing to call the fire arson:\n\n“The office will not comment.”",
        ["the Gazette"],
    ),
    Case(
        "cue_word_as_a_noun_after_a_determiner",
        """'One tweet said:' — "tweet" is the head noun of the subject.""",
        "Support poured in. One tweet said: “We stand with the town.”",
        ["One tweet"],
    ),
    Case(
        "naming_verb_takes_the_quote_before_a_later_report",
        "'under what Okafor called “the old model,” the club charged ...': the namer is the speaker.",
        "In 2009, under what Okafor called “the old model,” the club charged a large fee to new members.",
        ["Okafor"],
    ),
    Case(
        "term_in_a_sentence_of_its_own_is_not_the_next_quotes",
        "'Lund branded it an “outlaw state.” Norway insisted that “...”': each sentence its own subject.",
        "Lund branded the regime an “outlaw state.” Norway insisted that the talks “must go on without delay.”",
        ["Lund", "Norway"],
    ),
    Case(
        "colon_lead_in_after_a_quote_names_its_own_speaker",
        "'“...,” said Reed. Okafor resisted: “...”': the colon sentence has its own subject.",
        '"Suspend the permits now," said Reed, the police union head. Okafor resisted: "Governors have no such power."',
        ["Reed", "Okafor"],
    ),
    Case(
        "cue_word_after_determiner_and_adjective_is_a_noun",
        "'her official pledge' after a quote is a noun phrase, not an attribution.",
        "Reed, the county clerk, charged that the mayor “hid” the files because they contradicted her official pledge.",
        ["Reed"],
    ),
    Case(
        "open_parenthesis_bounds_the_speaker_search",
        "'(Lemkin, who coined the word, once said, “...”)': the speaker is inside the aside.",
        "Most historians agree on it (Lemkin, who coined the word, once said, “It happened many times before.”).",
        ["Lemkin"],
    ),
    Case(
        "according_to_takes_the_whole_source_phrase",
        (
            """'according to a poll released Thursday by the Courier': participle and "by" phrases belong to the """
            """source."""
        ),
        'Most voters want "a fresh start," according to a poll released Thursday by the Courier.',
        ["a poll released Thursday by the Courier"],
    ),
    Case(
        "according_to_stops_before_a_relative_clause_with_its_own_subject",
        "'according to a speech Mrs. Dale delivered in May': the source is the speech, not the clause.",
        'The plan is meant to curb "reckless" trading, according to a speech Mrs. Dale delivered in May.',
        ["a speech Mrs. Dale"],
    ),
    Case(
        "cue_inside_the_clause_a_quote_heads_is_no_attribution",
        "'Dale said it was a “fair guess” that Ross had been warned': the speaker is Dale.",
        'Dale said it was a "fair guess" that Ross, an old ally, had been given advance warning.',
        ["Dale"],
    ),
    Case(
        "clause_after_the_quote_may_still_end_with_an_inverted_cue",
        "'“...” that Ross can win, said Ann Lo': an inverted cue after the clause still names her.",
        '"He can say it, but it seems very unlikely" that Ross can win, said Ann Lo, a strategist.',
        ["Ann Lo"],
    ),
    Case(
        "closing_mark_typed_as_the_opening_mark_of_a_paragraph",
        "'” … the race is over,” wrote the Courier.': a paragraph opening with ” opens a quote.",
        "The count went on.\n\n” … in the case of Lund, the race is already over,” wrote the Courier.",
        ["the Courier"],
    ),
    Case(
        "quote_closing_a_parenthesis_ends_its_sentence",
        "'(She claimed to “retire.”) Then Lund announced ...': the cue after is another report.",
        'Ellen Dale, the chief, was shown the door. (She claimed to "retire.") Then Lund announced a merger.',
        ["She"],
    ),
    Case(
        "free_relative_what_names_the_subject_before_the_appositive",
        "'in what Ann Dale, a veteran of the race, called “...”': Ann Dale, not the main subject.",
        'Hale fought for delegates, in what Ann Dale, a veteran of the race, called "hand-to-hand combat."',
        ["Ann Dale"],
    ),
    Case(
        "conjoined_cue_shares_the_subject_of_the_cue_before",
        "'which Hale had called a “disaster” and promised to “rip up”': Hale, not the pact.",
        'And the pact, which Hale had called a "disaster" and promised to "rip up"? Nobody asked.',
        ["Hale", "Hale"],
    ),
    Case(
        "commented_is_a_speech_verb",
        (
            "'“...,” one user commented': the cue after the quote names the speaker, not the sentence subject "
            "before it."
        ),
        'He would be a better mayor than Pell "no matter what," one user commented.',
        ["one user"],
    ),
    Case(
        "advises_is_a_speech_verb",
        "'“...,” advises psychologist Nara Vell'.",
        'Take a break.\n\n"Talk to people who support you," advises psychologist Nara Vell.\n',
        ["psychologist Nara Vell"],
    ),
    Case(
        "that_after_a_cue_opens_a_complement_not_a_subject",
        (
            """'... that the ad “unmistakably” suggests that Lomax ...': "that Lomax" is no inverted subject; the"""
            """ speaker is the one who said it."""
        ),
        (
            'City Attorney Ann Holt said in the letter that the ad "unmistakably and wrongfully" suggests'
            " that Lomax and its officers support the campaign."
        ),
        ["City Attorney Ann Holt"],
    ),
    Case(
        "describing_takes_the_quote_as_its_object",
        (
            """'Dale is describing as “unhinged” a tweet attacking ...': the noun "tweet" after the quote is no """
            """cue."""
        ),
        'Mara Dale is describing as "unhinged" a Ben Ross tweet attacking a former aide.',
        ["Mara Dale"],
    ),
    Case(
        "outer_cue_with_a_phrase_before_that",
        (
            "'Ross said during a rally in Ohio that Dale once described the pact as “...”': the quote is "
            "reported by the outer speaker."
        ),
        'Ross said during a Friday evening rally in Ohio that Dale once described the pact as "the gold standard" of deals.',
        ["Ross"],
    ),
    Case(
        "cue_with_a_colon_after_a_closed_quote_introduces_the_next_quote",
        (
            "'“We are tired,” Ms. Orr said. “We are not afraid.” Mr. Tal said: “...”': the colon cue belongs to"
            " the quote after it; the second quote continues Ms. Orr."
        ),
        (
            "The couple spoke at the shelter.\n\n"
            '"We are tired," Ms. Orr said. "We are not afraid." Mr. Tal said: "We came here to work."\n'
        ),
        ["Ms. Orr", "Ms. Orr", "Mr. Tal"],
    ),
    Case(
        "promising_is_a_speech_verb",
        (
            "'Dale has used harsh words, with Ross recently promising to “...”': the subject of the participle,"
            " not the sentence subject."
        ),
        'Dale has used the harshest words, with Ross recently promising to "bomb them flat."',
        ["Ross"],
    ),
    Case(
        "perfect_participle_after_the_quote_is_no_new_cue",
        (
            """'Pell opened the debate saying “of course” Dale is qualified -- having suggested ...': the cue """
            """after "having" continues the clause after the quote, not a report of the quote."""
        ),
        'Pell opened the debate saying "of course" Dale is qualified to lead -- having suggested otherwise.',
        ["Pell"],
    ),
    Case(
        "cue_with_a_colon_after_an_embedded_quote_introduces_the_next_quote",
        (
            "'After Vell said students might do better at “...,” Ross said: “...”': the colon cue is the next "
            "quote's; the embedded quote belongs to the cue before it."
        ),
        'After Vell said that some students might do better at "less advanced schools," Ross said: "I disagree."',
        ["Vell", "Ross"],
    ),
    Case(
        "relative_clause_of_a_later_noun_is_no_attribution",
        (
            "'... slamming rivals who think they can “outsource” it to “dictators” and then attacked Ross, who "
            "has said ... “neutral”': Ross's relative clause reports the last quote only."
        ),
        (
            'The former senator began by slamming rivals who think they can "outsource" leadership to'
            ' "dictators" and then attacked Ross, who has said he wants to be a "neutral" broker.'
        ),
        ["The former senator", "The former senator", "who"],
    ),
    # Round 7 (issue #3): passive agents, poll shares, signed pull quotes, that-clauses, ...
    Case(
        "according_to_after_a_question_quote",
        "'“...?” Varga asked, according to a transcript.': the question mark ends the quote, not the sentence; its \"according to\" source reports the quote as for any other quote.",
        'The interview ran long.\n\n"What does that even mean?" Varga asked, according to a transcript of the show.\n',
        ["a transcript of the show"],
    ),
    Case(
        "according_to_opening_the_next_sentence_stays_apart",
        "'“...?” According to the report, ...': a new sentence's source does not take the question.",
        'Varga asked: "What does that even mean?" According to the report, nobody answered.\n',
        ["Varga"],
    ),
    Case(
        "passive_cue_names_its_agent",
        "'Varga was asked by the moderator Ann Lee whether ... “...”': the one asking speaks.",
        'Varga was asked by the moderator Ann Lee whether the plan would risk "adding another costly program to a strained budget."\n',
        ["the moderator Ann Lee"],
    ),
    Case(
        "passive_label_with_its_agent_after_the_quote",
        "'has been called “...” by Ann Lee, a professor': the agent after the quote gave the label.",
        'This habit of the guild has been called "quiet capture" by Ann Lee, a professor at Nordvik College.\n',
        ["Ann Lee"],
    ),
    Case(
        "passive_label_outranks_the_sentences_according_to_source",
        "'..., called the “...” by the locals, ..., according to the Courier': the label's agent is named; the source of the whole sentence is not the one who coined it.",
        'With its old mill in Dunmore, called the "Heart of the Valley" by the locals, the town leans left, according to the Courier.\n',
        ["the locals"],
    ),
    Case(
        "known_by_agent_as_label",
        "'what came to be known by some critics as a “hug”': the critics gave the label.",
        'They met at the airport in what came to be known by some critics as a "hug" of the rival.\n',
        ["some critics"],
    ),
    Case(
        "sign_saying_bears_the_words",
        "'Ann Lee held up a sign saying “...”': the sign, not the one holding it, carries the words.",
        'Outside, Ann Lee held up a sign saying "Hands off our library." She said she had come early.\n',
        ["a sign"],
    ),
    Case(
        "hat_reading_is_a_cue",
        "'wore a campaign hat reading, “...”': \"reading\" introduces the words the hat bears.",
        'At the rally the mayor wore a campaign hat reading, "Make Dunmore Proud Again" all evening.\n',
        ["a campaign hat"],
    ),
    Case(
        "possessive_speech_noun_after_the_cue_speaker_owns_the_quote",
        "'Lee blamed the press for making an issue of Ann Roe's claim that the mayor “...”': the claim's owner said the quoted words, not the one who blamed the press.",
        'Ivo Lee on Monday blamed the press for making an issue of Ann Roe\'s claim that the mayor "rigged the vote," saying reporters missed the point.\n',
        ["Ann Roe"],
    ),
    Case(
        "possessive_in_the_cues_that_clause_leaves_the_speaker",
        "'Lee said that Roe's claim that ... is “not true”': the quote is what Lee says of the claim.",
        'Ivo Lee said Thursday that Ann Roe\'s claim that he favours the levy is "simply not true."\n',
        ["Ivo Lee"],
    ),
    Case(
        "cue_word_after_make_is_a_noun",
        '\'his friends make jokes about ... “...”\': "jokes" is the object of "make", not a cue whose subject would run through the verb.',
        'Now his friends make jokes about sending observers to the count "to ensure a fair vote."\n',
        ["his friends"],
    ),
    Case(
        "object_of_a_transitive_cue_is_no_inverted_speaker",
        "'Ria Dune, star of “Harbour,” thanked the mayor for “...”': \"thanked the mayor\" never stands for \"the mayor thanked\"; the title is nobody's remark and the quote is Ria Dune's.",
        'Ria Dune, star of the show "Harbour," thanked the mayor for "making our streets safer for all."\n',
        ["Ria Dune"],
    ),
    Case(
        "passive_cue_without_an_agent_names_no_speaker",
        "'..., hours after the aide was charged with assault': a passive cue with no \"by\" phrase is no speech act of its subject; the sentence's own subject keeps the label.",
        'Governor Ann Lee defended her driver as a "very decent man" Tuesday, hours after the aide was charged with assault in the capital.\n',
        ["Governor Ann Lee"],
    ),
    Case(
        "per_phrase_names_the_source",
        "'..., per the club's bylaws.': like \"according to\", \"per\" names the sentence's source.",
        'Proxies are barred when voting "to fill a vacancy on the board," per the club\'s bylaws.\n',
        ["the club's bylaws"],
    ),
    Case(
        "in_owners_view_names_the_source",
        "'“...” from top to bottom, in Lee's view.': the owner of the view is the speaker.",
        '"This is an across-the-board failure of planning" from roads to schools, in Lee\'s view.\n',
        ["Lee's"],
    ),
    Case(
        "according_to_a_possessive_phrase",
        "'according to the club's bylaws': a possessive phrase is a whole source.",
        'Members may not vote "by proxy or by post," according to the club\'s bylaws.\n',
        ["the club's bylaws"],
    ),
    Case(
        "shouted_quote_keeps_its_cue_when_the_next_cue_introduces_another",
        "'When someone in the crowd shouted, “Lee,” Roe joked, “...”': the first quote is the shouter's; Roe's cue introduces the quote after it.",
        'When someone in the crowd shouted, "Lee," Roe joked, again with a grin, "Come on up then!"\n',
        ["someone in the crowd", "Roe"],
    ),
    Case(
        "cue_after_and_is_the_subjects_second_verb",
        "'Mayor Ann Lee lamented the “dispirited” state of the campaign and criticized the “...”': the cue after \"and\" is the mayor's second verb; the phrase before it is no subject.",
        'The worry was underscored on Monday when Mayor Ann Lee of Dunmore lamented the "dispirited" state of the campaign and criticized the "identity politics" on display.\n',
        ["Mayor Ann Lee of Dunmore", "Mayor Ann Lee of Dunmore"],
    ),
    Case(
        "quote_completing_a_that_clause_keeps_its_cue",
        '\'Roe admitted to the paper that she and the builder had “...,” she insisted they never met\': the quote completes the "that" clause of "admitted"; the cue after it starts another report.',
        'Although Ann Roe admitted to the paper that she and the builder had "been friends for some time," she insisted they had never met in person.\n',
        ["Ann Roe"],
    ),
    Case(
        "pull_quote_signed_on_its_closing_line",
        "A quote box whose last line, before the closing mark, is only a name and affiliation: the name is the speaker, not the pronoun of the sentence after it.",
        'Economists were split on the plan.\n\n"A tax on snacks will not fix the budget, and everyone in this town knows it.\nIlse Varga, Northern Policy Institute, on the levy."\n\nShe later said the vote was close.',
        ["Ilse Varga"],
    ),
    Case(
        "closing_line_that_is_no_name_signs_nothing",
        "A closing line that is a phrase, not a person's name, leaves the quote unsigned.",
        'The crowd sang along.\n\n"We shall stand together whatever the weather.\nForever And Always."\n',
        ["The crowd"],
    ),
    Case(
        "adverbial_clause_cue_is_no_complement_of_the_earlier_cue",
        "'Lund posted after Roe argued that “...”': the clause after 'after' is no complement of 'posted'; the quote completes Roe's cue.",
        "Lund posted a reply after Roe argued at the hearing that “nobody read the budget before the vote.”",
        ["Roe"],
    ),
    Case(
        "surname_spelt_like_a_preposition_after_a_quote_comma",
        "'“...,” From said.': a capitalised word after a quote's comma and before the cue is a name, not a preposition making the cue a noun.",
        'Dag From chaired the panel for years. "We never had the money for it," From said. "Now we do."',
        ["From", "From"],
    ),
    Case(
        "surname_spelt_like_an_auxiliary_after_a_quote_comma",
        "'their “...,” Will urged the voters': one capitalised word between the quote's comma and the cue is the speaker.",
        "Citing the flood as a wake-up call for the town and its “dreams about building on the river plain,” Will urged the council to stop.",
        ["Will"],
    ),
    Case(
        "coordinated_cue_before_the_next_quote_opens_that_quote",
        "'saying the mayor “...” and Ms. Roe, she said, “...”': the cue of the coordinated clause introduces the quote after it; the first quote keeps the participle's subject.",
        "It was a double blow by the two rivals in the race, as Mrs. Lund echoed the criticism, saying the mayor “forgets who pays his salary” and Ms. Roe, she said, “reminds him every day.”",
        ["Mrs. Lund", "she"],
    ),
    Case(
        "possessive_adjective_and_noun_cue_is_a_noun_phrase",
        "'go beyond Lee's controversial pledge to be “...”': a cue word after a possessive and an adjective is a noun, and its owner speaks the quote it goes on to.",
        'The worries of the farmers go beyond Lee\'s controversial pledge to be "neutral" in the water dispute.',
        ["Lee"],
    ),
    Case(
        "state_after_a_plural_subject_is_a_cue",
        "'“...,” the auditors state in the annex': after a plural subject and before a preposition, 'state' is the verb; 'the state' stays a noun.",
        "“The accounts were kept with care,” the auditors state in the annex. “Nothing is missing,” the state said.",
        ["the auditors", "the state"],
    ),
    Case(
        "capitalised_past_cue_after_an_appositive_comma",
        "'“...” Dahl, the head of the league, Tweeted on Monday': a capitalised '-ed' cue after the comma closing an appositive is still the verb.",
        "“We will not back down!” Dahl, the head of the Harbor League, Tweeted on Monday with a photo of the pier.",
        ["Dahl"],
    ),
    Case(
        "lone_quantifier_after_an_inverted_cue",
        "'“...,” read one.': a quantifier standing alone after an inverted cue is its subject, not the reporter of the sentence before.",
        "Friday morning, the Gazette reported that four banners hung over the square.\n\n“Lund must go now,” read one. The vote is on Tuesday.",
        ["one"],
    ),
    Case(
        "possessive_noun_before_a_participle_cue",
        "'after the Herald's editorial urging him to ...': a possessive and its noun right before a participle cue are the cue's subject, not the clause's subject.",
        "Mayor Lund did visit the docks, but only after the Herald's editorial urging him to leave his “ivory tower” for a day.",
        ["the Herald's editorial"],
    ),
    Case(
        "negated_cue_before_a_comma_quote_yields_to_the_cue_after",
        "'Dahl cannot say that “...,” Lund added': a negated cue reports nothing said; the cue right after the comma-closed quote names its speaker.",
        "Dahl cannot say that “in her view,” Lund added, because the inquiry is not finished.",
        ["Lund"],
    ),
    Case(
        "possessive_before_and_speech_noun_after_the_quote",
        "'Lund's “read my lips” promise': a possessive right before the quote and a speech noun right after it; the owner said the words.",
        "The new levy is the ghost of Mayor Lund's \"read my lips\" promise: the voters have not forgotten it.",
        ["Mayor Lund"],
    ),
    Case(
        "possessive_speech_noun_with_a_phrase_before_its_content",
        "'Lund's catch phrase in that race against Roe was that Roe “...”': a short prepositional phrase between the speech noun and 'was that' keeps the owner as speaker; 'catch phrase' is one noun.",
        "Lund's catch phrase in that race against Roe was that Roe \"would say or do anything to win.\"",
        ["Lund"],
    ),
    Case(
        "mentioned_is_a_speech_verb",
        "'Dahl looked surprised and mentioned that ... . “...?”': 'mentioned' reports speech, so the quote after the sentence continues Dahl, not the speaker quoted before.",
        "The debate turned sharp.\n\n“That is simply false and you all know it,” Lund replied.\n\nDahl looked surprised and mentioned that Lund's name had been on the flyer. “Does that not speak to your judgment?”\n\nThe room went quiet.",
        ["Lund", "Dahl"],
    ),
    Case(
        "coordinated_clause_with_its_own_cue_before_the_next_quote",
        "'“...,” Lee said, and her husband cut in. “...”': the clause joined to the first report, with a cue of its own, names the next quote's speaker.",
        'Lee and Roe were at the table. "Tell her I called about it," Lee said, and her husband cut in. "Do not forget the dog."',
        ["Lee", "her husband"],
    ),
    Case(
        "echoing_is_a_participle_cue",
        "'The crowd ... followed him by softly echoing “...”': 'echoing' reports the crowd's words, so the quote does not continue the speaker of the quote before.",
        'Lund ended his list by saying "Too many." The crowd gathered in the old hall followed him by softly echoing "too many."',
        ["Lund", "The crowd"],
    ),
    Case(
        "name_after_the_words_that_complete_a_broken_off_quote",
        "'It was branded “in homage to” Lazar, Song wrote.': the words after a quote that breaks off mid-clause complete it; the name after the comma is the cue's subject.",
        'The group was branded "in homage to" Bo Lazar, Ann Song wrote in the Courier.',
        ["Ann Song"],
    ),
    Case(
        "came_shouts_from_names_the_speakers",
        "'“...,” came shouts from the floor': in the inverted 'came shouts/cries from X', X spoke; 'came' is no speaker.",
        'The chair called a voice vote. "Call the roll," came shouts from the floor, as the delegates booed.',
        ["the floor"],
    ),
    Case(
        "object_of_a_causative_verb_speaks",
        "'The row has led the incoming chancellor, Ann Roe, to declare that ... “...”': the one led to speak is the speaker, not the clause subject that moved them.",
        "The row has rattled allies and led the incoming chancellor of Varnia, Ann Roe, to declare that Varnia must seek “independence from the bloc.”",
        ["the incoming chancellor of Varnia, Ann Roe"],
    ),
    Case(
        "passive_led_by_is_no_causative",
        "'A group led by Bo Dahl to say “...”': 'led by' names a leader, not someone made to speak.",
        "A group led by Bo Dahl to say “no more tolls” met on Friday.",
        ["A group"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), params(MENTIONS))
def test_speaker_mentions(text: str, expected: list[str | None]) -> None:
    assert speaker_mentions(text) == expected


FIRST_MENTIONS = [
    Case(
        "coordinated_report_after_quote_keeps_the_earlier_speaker",
        "'Roe said the video did not give “...,” but he said that ...': the new clause is a new report.",
        (
            "Chief Ann Roe said that the footage did not give “clear and final proof of anything at all,” "
            "but he said that the other evidence was strong."
        ),
        "Chief Ann Roe",
    ),
    Case(
        "blurted_is_a_speech_verb",
        "'Mayor Ann Pell, in an interview with a radio station, blurted out, “...”'.",
        'Mayor Ann Pell, in an interview with a radio station, blurted out, "Oh, no," at the news. She added, "Not again."',
        "Mayor Ann Pell",
    ),
]


@pytest.mark.parametrize(("text", "expected"), params(FIRST_MENTIONS))
def test_first_speaker_mention(text: str, expected: str) -> None:
    assert first_speaker_mention(text) == expected


QUOTED = [
    Case(
        "closing_mark_typed_as_the_opening_mark_of_a_paragraph",
        "'” … the race is over,” wrote the Courier.': a paragraph opening with ” opens a quote.",
        "The count went on.\n\n” … in the case of Lund, the race is already over,” wrote the Courier.",
        ["… in the case of Lund, the race is already over,"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), params(QUOTED))
def test_quoted_texts(text: str, expected: list[str]) -> None:
    assert quoted_texts(text) == expected


def test_went_on_to_is_not_a_cue() -> None:
    """'went on to say' is carried by 'say', not by 'went on'."""
    quotes = extract_quotes('Okafor went on to say "the vote is final and binding."')
    assert [quote.cue for quote in quotes] == ["say"]


def test_utter_after_to_is_a_cue() -> None:
    """'rose to utter “...”': after 'to', 'utter' is the speech verb; 'an utter failure' is no cue."""
    quotes = extract_quotes('Mayor Lund rose to utter "a prayer for the fleet," then sat down.')
    assert [quote.cue for quote in quotes] == ["utter"]
    assert [quote.cue for quote in extract_quotes('It was an utter failure, the "worst night" of the year, Lee said.')] != [
        "utter"
    ]


def test_object_pronoun_moved_to_speak_resolves() -> None:
    """'The defeat forced him to admit that he had “...”': the object pronoun of the causative verb is the
    speaker and resolves like a subject pronoun."""
    text = "Mayor Bo Dahl lost the vote on Tuesday. The defeat forced him to admit that he had “made mistakes.”"
    assert speaker_names(text) == ["Bo Dahl"]
