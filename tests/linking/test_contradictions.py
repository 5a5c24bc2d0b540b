"""Misquote and attribution findings (invented quotes)."""

from claims.nlp.quote_contradictions import QuoteWithSpan, attribution_findings, misquote_findings


def placed(qid, article, text, speaker="mara osei", kind="speech", prefix="She said: “"):
    """A quote with offsets as if it stood after ``prefix`` in its article."""
    return QuoteWithSpan(qid, article, text, len(prefix), len(prefix) + len(text), speaker, kind)


def test_substitution_is_one_misquote_with_sides():
    """'fund' (two outlets) vs 'finance' (one) is one finding, agreeing versions on one side."""
    cluster = [
        placed(
            1,
            1,
            "Well I’m not going to fund the harbour project beyond this year. We’re going to let the province do that.",
        ),
        placed(2, 2, "Well, I’m not going to fund the harbour project beyond this year,"),
        placed(3, 3, "I’m not going to finance the harbour project beyond this year,"),
    ]
    (f,) = misquote_findings(cluster)
    assert f.kind == "misquote"
    sides = {i.quote_id: i.side for i in f.items}
    assert sides[1] == sides[2] != sides[3]
    assert all(("fund" in i.text) != ("finance" in i.text) for i in f.items)
    assert "'fund'" in f.explanation and "'finance'" in f.explanation


def test_item_offsets_point_into_article():
    """Each item's offsets cut its text out of the article."""
    prefix = "She said: “"
    texts = {1: "We will fund the harbour this year,", 2: "We will finance the harbour this year,"}
    articles = {k: prefix + t + "” and left." for k, t in texts.items()}
    (f,) = misquote_findings([placed(k, k, t) for k, t in texts.items()])
    for item in f.items:
        assert articles[item.article_id][item.start : item.end] == item.text


def test_punctuation_case_and_truncation_are_not_misquotes():
    """Versions differing only in punctuation, case, quote marks or length agree."""
    cluster = [
        placed(1, 1, "We’re going to let the province do that. Nobody else will."),
        placed(2, 2, "we're going to let the Province do that"),
        placed(3, 3, "WE’RE GOING TO LET THE PROVINCE DO THAT."),
        placed(4, 4, "let the province", kind="term"),
    ]
    assert misquote_findings(cluster) == []


def test_key_is_stable_under_reordering():
    """The same group in another order gives the same finding key."""
    cluster = [
        placed(1, 1, "We will fund the harbour this year,"),
        placed(2, 2, "We will finance the harbour this year,"),
    ]
    assert misquote_findings(cluster)[0].key == misquote_findings(cluster[::-1])[0].key


def test_three_readings_are_one_finding():
    """Three outlets with three words for one slot give one finding with three sides."""
    cluster = [
        placed(1, 1, "We will fund the harbour this year,"),
        placed(2, 2, "We will finance the harbour this year,"),
        placed(3, 3, "We will support the harbour this year,"),
    ]
    (f,) = misquote_findings(cluster)
    assert len({i.side for i in f.items}) == 3


def test_attribution_conflict_across_articles():
    """Near-identical long quotes given to different speakers are an attribution finding."""
    text = "We will rebuild every bridge in the valley before winter comes."
    quotes = [
        placed(1, 1, text, "mara osei"),
        placed(2, 2, text + " Believe me.", "tomas lind"),
        placed(3, 3, text, "osei"),
    ]
    (f,) = attribution_findings(quotes)
    assert f.kind == "attribution"
    sides = {i.quote_id: i.side for i in f.items}
    assert sides[1] == sides[3] != sides[2]


def test_short_shared_phrases_are_not_attribution_conflicts():
    """Short stock phrases said by different people are no conflict."""
    quotes = [
        placed(1, 1, "Thank you very much,", "mara osei"),
        placed(2, 2, "Thank you very much,", "tomas lind"),
    ]
    assert attribution_findings(quotes) == []


def test_key_survives_a_new_quote_with_a_known_wording():
    """A later quote repeating one side's wording keeps the finding's key."""
    cluster = [
        placed(1, 1, "We will fund the harbour this year,"),
        placed(2, 2, "We will finance the harbour this year,"),
    ]
    later = placed(9, 9, "We will finance the harbour this year.")
    (before,) = misquote_findings(cluster)
    (after,) = misquote_findings([*cluster, later])
    assert before.key == after.key and len(after.items) == 3


def test_minor_edits_are_not_misquotes():
    """A contraction spelt out, a possessive mark, a hedge dropped, two words swapped or a number in
    figures for one in words change no wording."""
    pairs = [
        ("We are going to rebuild the harbour wall", "We’re going to rebuild the harbour wall"),
        ("He is becoming the province’s best recruiter", "He is becoming the province’ best recruiter"),
        (
            "We have come a pretty long way in the last nine months",
            "We have come a long way in the last nine months",
        ),
        (
            "We will close the salt mines and the salt works by May",
            "We will close the salt works and the salt mines by May",
        ),
        ("Rupert has given thirty years to this movement", "Rupert has given 30 years to this movement"),
        ("She never knows when she is beaten", "She never knows when she's beaten"),
    ]
    for i, (a, b) in enumerate(pairs):
        assert misquote_findings([placed(2 * i, 1, a), placed(2 * i + 1, 2, b)]) == [], (a, b)


def test_a_dropped_negation_is_always_a_misquote():
    """'will not fund' against 'will fund' is the opposite statement."""
    (f,) = misquote_findings(
        [
            placed(1, 1, "We will not fund the harbour project this year"),
            placed(2, 2, "We will fund the harbour project this year"),
        ]
    )
    assert "'not'" in f.explanation


def test_attribution_resting_on_a_pronoun_is_not_reported():
    """'…,' he said (resolved by us to the last person named) is our guess, not the outlet's claim."""
    text = "Not a single drop of brine will reach the bathing beaches"
    named = [placed(1, 1, text, speaker="jonas brekke"), placed(2, 2, text, speaker="annika sorrell")]
    named = [QuoteWithSpan(q.quote_id, q.article_id, q.text, q.start, q.end, q.speaker_key, q.kind, m)
             for q, m in zip(named, ("Brekke", "the mayor"), strict=True)]
    assert len(attribution_findings(named)) == 1
    guessed = [named[0], QuoteWithSpan(2, 2, text, named[1].start, named[1].end, "annika sorrell", "speech", "she")]
    assert attribution_findings(guessed) == []


def test_a_body_and_a_person_speaking_for_it_are_no_attribution_conflict():
    """'Rights group Free Line hailed “...”' / 'Mia Holt, director of Free Line, said: “...”': the group's
    words are delivered by someone; naming the group in one report and her in another is no misattribution."""
    text = "This is a historic day for every tenant in the city"
    person = QuoteWithSpan(1, 1, text, 0, len(text), "mia holt", "speech", "Mia Holt, director of Free Line")
    group = QuoteWithSpan(2, 2, text, 0, len(text), "free line", "speech", "rights group Free Line")
    assert attribution_findings([person, group]) == []
    other = QuoteWithSpan(3, 3, text, 0, len(text), "ola dunn", "speech", "Ola Dunn")
    assert len(attribution_findings([person, other])) == 1
    spokesman = QuoteWithSpan(4, 4, text, 0, len(text), "dev marlow", "speech", "Club spokesman Dev Marlow")
    club = QuoteWithSpan(5, 5, text, 0, len(text), "greyholm athletic", "speech", "Greyholm Athletic")
    assert attribution_findings([spokesman, club]) == []


def test_a_pronoun_its_own_paragraph_anchors_counts_as_naming_the_speaker():
    """'Arne Voss dismissed the changes. “...,” he said.' (the paragraph names him last) / 'Lise Brekke was
    scathing: “...”': the pronoun is no guess, so the conflict is the outlets', and it is reported."""
    text = "The prime minister has run out of ideas and out of friends"
    brekke = QuoteWithSpan(1, 1, text, 0, len(text), "lise brekke", "speech", "Lise Brekke")
    voss = QuoteWithSpan(2, 2, text, 0, len(text), "arne voss", "speech", "he")
    assert attribution_findings([brekke, voss]) == []
    anchored = QuoteWithSpan(2, 2, text, 0, len(text), "arne voss", "speech", "he", pronoun_anchored=True)
    assert len(attribution_findings([brekke, anchored])) == 1


def test_clauses_reordered_with_other_joining_words_are_a_misquote_not_a_reordered_excerpt():
    """'..., but this group never stops' / 'This group never stops, even when ...': each has words the
    other lacks, so the whole remark differs. 'I told them at half-time that nobody remembers ... They
    listened.' / 'Nobody remembers ... - I told them that at half-time': one holds the other's words."""
    a = "We were second best for an hour, but this group never stops,"
    b = "This group never stops, even when we were second best for an hour,"
    [f] = misquote_findings([placed(1, 1, a), placed(2, 2, b)])
    assert {(i.article_id, i.text) for i in f.items} == {(1, a.rstrip(",")), (2, b.rstrip(","))}
    told = "I told them at half-time that nobody remembers the team that nearly won. They listened."
    nobody = "Nobody remembers the team that nearly won - I told them that at half-time,"
    assert misquote_findings([placed(1, 1, told), placed(2, 2, nobody)]) == []


def test_the_same_clauses_in_the_other_order_are_a_misquote_unless_words_swap_within_one_clause():
    """'It won't bring Danny back, but it tells the truth' / 'It tells the truth ..., but it won't bring
    Danny back': the same words, what she said first reported second."""
    a = "It won't bring Danny back, but it tells the truth about what happened,"
    b = "It tells the truth about what happened, but it won't bring Danny back,"
    assert len(misquote_findings([placed(1, 1, a), placed(2, 2, b)])) == 1
    c = "We will protect coal miners and coal companies in this state."
    d = "We will protect coal companies and coal miners in this state."
    assert misquote_findings([placed(1, 1, c), placed(2, 2, d)]) == []


def test_a_piece_of_a_split_quote_is_compared_with_the_sentence_it_stands_for():
    """'She slammed the door on me' (its report splits the quote with 'he said') against the first
    sentence of 'She just closed the door. There was nowhere to go.'; the second piece is word for
    word and reports nothing."""
    group = [
        placed(1, 1, "She just closed the door. There was nowhere to go,"),
        placed(2, 2, "She slammed the door on me,"),
        placed(3, 2, "There was nowhere to go."),
    ]
    [f] = misquote_findings(group)
    assert sorted((i.article_id, i.text, i.side) for i in f.items) == [
        (1, "She just closed the door", "A"), (2, "She slammed the door on me", "B")
    ]
    assert misquote_findings([group[0], group[2]]) == []


def test_the_second_piece_of_a_quote_split_mid_sentence_is_compared_with_the_rest_of_it():
    """'but it is not decisive.' (split from 'The harm to the landscape is real,' by 'she wrote') against
    '... real, but it is not, in the end, decisive.': the words put in are the misquote; the first piece,
    word for word, and the cut-off opening are not."""
    whole = placed(1, 1, "The harm to the landscape is real, but it is not, in the end, decisive.")
    group = [
        whole,
        placed(2, 2, "The harm to the landscape is real,"),
        placed(3, 2, "but it is not decisive."),
    ]
    [f] = misquote_findings(group)
    assert {i.quote_id for i in f.items} == {1, 3}
    assert "in the end" in f.explanation
    assert misquote_findings([whole, placed(3, 2, "but it is not, in the end, decisive.")]) == []
    # another sentence of the passage that shares some words is no version of it
    assert misquote_findings([whole, placed(4, 2, "It is not the end of the landscape.")]) == []
    # two pieces of one report's quote, linked through a third report, are no versions of each other
    pieces = [placed(5, 3, "We support the aim,"), placed(6, 3, "We do not yet support the timetable.")]
    assert misquote_findings([placed(7, 4, "We support the aim, but we do not yet support the timetable."), *pieces]) == []


def test_one_remark_given_to_two_people_with_small_words_apart_is_an_attribution_conflict():
    """'She has earned every penny of it. She never knows when she is beaten.' (the trainer) and
    'She has earned every penny. She never knows when she's beaten,' (the owner): no content word apart,
    in a group linked as one occasion's remark. Content words apart stay a question for the linker."""
    first = "She has earned every penny of it. She never knows when she is beaten."
    second = "She has earned every penny. She never knows when she's beaten,"
    (f,) = attribution_findings([placed(1, 1, first, "gerald marsh"), placed(2, 2, second, "celia harcastle")])
    assert {i.quote_id: i.side for i in f.items} == {1: "A", 2: "B"}
    reworded = "She has earned every penny. She never knows when she's tired,"
    assert attribution_findings([placed(1, 1, first, "gerald marsh"), placed(2, 2, reworded, "celia harcastle")]) == []


def test_a_remark_opening_alike_and_reworded_after_is_compared_word_by_word():
    """'This is a decision for the next generation, not against it' / '... for our children, not against
    them': linked as one remark (its opening and most words shared), so its rewording is a misquote."""
    found = misquote_findings([
        placed(1, 1, "This is a decision for the next generation, not against it,", "ines valcourt"),
        placed(2, 2, "This is a decision for our children, not against them,", "ines valcourt"),
    ])
    assert any("the next generation" in f.explanation and "our children" in f.explanation for f in found)


def test_a_person_whose_title_names_a_body_is_still_a_person():
    """'International Chess Union president Gustavo Lindahl-Mora' / 'chief arbiter Hana Petrosyan-Wells':
    the union is in his title, not the speaker; the same words given to both are a misattribution."""
    text = "This was the most watched match in our history"
    president = QuoteWithSpan(1, 1, text, 0, len(text), "gustavo lindahl-mora", "speech",
                              "International Chess Union president Gustavo Lindahl-Mora")
    arbiter = QuoteWithSpan(2, 2, text, 0, len(text), "hana petrosyan-wells", "speech",
                            "chief arbiter Hana Petrosyan-Wells")
    (found,) = attribution_findings([president, arbiter])
    assert found.kind == "attribution"


def test_a_short_remark_with_one_word_in_place_changed_is_a_misquote():
    """'Narrow is not the same as fragile.' / 'narrow is not the same as weak.': seven words, one content word
    shared, one changed in place; linked as one remark, the changed word is the misquote."""
    a, b = "Narrow is not the same as fragile.", "narrow is not the same as weak."
    quotes = [
        QuoteWithSpan(1, 1, a, 0, len(a), "margit oyen-faber", "speech", "she"),
        QuoteWithSpan(2, 2, b, 0, len(b), "margit oyen-faber", "speech", "she"),
    ]
    (found,) = misquote_findings(quotes)
    assert sorted(i.text for i in found.items) == ["Narrow is not the same as fragile", "narrow is not the same as weak"]
