"""One person given two ages by reports of one story (invented reports)."""

from claims.nlp.claim_facts import ArticleFacts
from claims.nlp.person_ages import person_age_findings


def _art(aid: int, text: str) -> ArticleFacts:
    return ArticleFacts(aid, text, "2031-08-24", [], [])


def test_one_person_given_two_ages_is_a_number_conflict():
    """'The 19-year-old' (standing for Lisbet Varga, the sentence before's subject) and 'Varga, 21,'."""
    arts = [
        _art(1, "Halvenia's Lisbet Varga won the women's singles title on Sunday.\n\nThe 19-year-old, seeded "
                "second, took it in six games."),
        _art(2, "Varga, 21, had been seeded second behind Anouk Dressler."),
        _art(3, "Lisbet Varga, 19, beat Dressler in the final."),
    ]
    (found,) = person_age_findings(arts, {(1, 2), (1, 3), (2, 3)})
    assert found.kind == "number"
    assert sorted((i.article_id, i.text, i.side) for i in found.items) == [
        (1, "The 19-year-old", "A"), (2, "Varga, 21,", "B"), (3, "Lisbet Varga, 19,", "A")
    ]
    assert person_age_findings(arts, set()) == []


def test_ages_that_can_both_be_right_are_left_alone():
    """Mother and daughter sharing a surname, one report giving two ages, an age of a place's resident."""
    cases = [
        [_art(1, "Lydia Brightwater, 47, sued the hospital."), _art(2, "Rosa Brightwater, 22, was treated there.")],
        [_art(1, "Brightwater, 47, sued. Her daughter Rosa Brightwater, 22, was treated."),
         _art(2, "Lydia Brightwater, 47, sued the hospital.")],
        [_art(1, "Ana Roe, 30, won. Roe, 31, said so."), _art(2, "Ana Roe, 33, won.")],
        [_art(1, "An 81-year-old man in Saint-Ambrin waited."), _art(2, "Saint-Ambrin, 79, is a town.")],
    ]
    for arts in cases:
        assert person_age_findings(arts, {(1, 2)}) == [], arts
