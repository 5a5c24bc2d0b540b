"""Pronoun-only quotes take the speaker the rest of their utterance group names (invented quotes)."""

from claims.nlp.group_speakers import GroupQuote, speakers_from_group


def q(qid, article, speaker_id=None, name="", mention="she"):
    return GroupQuote(qid, article, speaker_id, name, mention)


def test_a_pronoun_only_quote_takes_the_name_another_report_gives():
    group = [q(1, 1, 7, "Ines Caldbeck", "Ines Caldbeck"), q(2, 2), q(3, 2, mention="they")]
    assert speakers_from_group(group) == {2: 7, 3: 7}


def test_names_descriptions_disputes_and_the_wrong_gender_are_left_alone():
    assert speakers_from_group([q(1, 1, 7, "Ines Caldbeck", "Caldbeck"), q(2, 2, mention="the leader")]) == {}
    assert speakers_from_group([q(1, 1, 7, "Ines Caldbeck"), q(2, 2, 8, "Hal Brennock"), q(3, 3)]) == {}
    assert speakers_from_group([q(1, 1, 7, "Gareth Lowther", "Lowther"), q(2, 2, mention="she")]) == {}
    # named only in the pronoun's own article: that report's resolver already had its chance
    assert speakers_from_group([q(1, 1, 7, "Ines Caldbeck"), q(2, 1)]) == {}
