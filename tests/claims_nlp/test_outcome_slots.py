"""One proposal or request given opposite outcomes by reports of one story (invented reports)."""

from claims.nlp.claim_facts import ArticleFacts
from claims.nlp.outcome_slots import outcome_findings


def _art(aid: int, text: str) -> ArticleFacts:
    return ArticleFacts(aid, text, "2031-11-12", [], [])


def test_an_amendment_defeated_in_one_report_and_accepted_in_another_is_a_fact_conflict():
    arts = [
        _art(1, "The charge starts in March. An amendment exempting delivery vans was defeated."),
        _art(2, "Delivery vans will be exempt after councillors accepted a last-minute amendment."),
        _art(3, "The council voted late on Wednesday; the amendment was rejected by four votes."),
    ]
    (found,) = outcome_findings(arts, {(1, 2), (1, 3), (2, 3)})
    assert sorted((i.article_id, i.text, i.side) for i in found.items) == [
        (1, "An amendment exempting delivery vans was defeated", "A"),
        (2, "accepted a last-minute amendment", "B"),
        (3, "the amendment was rejected", "A"),
    ]
    assert outcome_findings(arts, set()) == []


def test_outcomes_that_can_both_be_right_are_left_alone():
    """A report of two amendments, or of an appeal named twice, says nothing of which one another means."""
    cases = [
        ("One amendment was defeated and another amendment was accepted.", "The council accepted the amendment."),
        ("The amendments were defeated.", "The council accepted the amendment."),
        ("His first appeal was dismissed in 2029; this appeal was allowed.", "The court dismissed his appeal."),
    ]
    for a, b in cases:
        assert outcome_findings([_art(1, a), _art(2, b)], {(1, 2)}) == [], (a, b)


def test_one_charge_given_two_verdicts_is_a_fact_conflict():
    """'acquitted him of assault occasioning actual bodily harm' / 'also found guilty of assault occasioning
    actual bodily harm'; 'cleared of all charges' names no charge."""
    from claims.nlp.outcome_slots import verdict_findings

    arts = [
        _art(1, "The board convicted Grennard of ill-treatment but acquitted him of assault occasioning actual bodily harm."),
        _art(2, "Grennard was also found guilty of assault occasioning actual bodily harm, the court heard."),
    ]
    (found,) = verdict_findings(arts, {(1, 2)})
    assert sorted((i.article_id, i.side) for i in found.items) == [(1, "A"), (2, "B")]
    assert "assault occasioning actual" in found.explanation
    cleared = [_art(1, "He was cleared of all charges."), _art(2, "He was convicted of all charges.")]
    assert verdict_findings(cleared, {(1, 2)}) == []
