"""A decision called unanimous in one report and split in another (invented reports)."""

from claims.nlp.claim_facts import ArticleFacts
from claims.nlp.decision_kinds import decision_kind_findings


def _art(aid: int, text: str) -> ArticleFacts:
    return ArticleFacts(aid, text, "2031-11-22", [], [])


def test_unanimous_against_split_is_one_fact_conflict():
    arts = [
        _art(1, "Calloway beat Halvorsen on a split decision in front of 11,200."),
        _art(2, "Calloway took the title on a split decision."),
        _art(3, "Calloway won a unanimous decision over Halvorsen on Saturday."),
    ]
    [f] = decision_kind_findings(arts, {(1, 2), (1, 3), (2, 3)})
    assert f.kind == "fact"
    assert sorted((i.article_id, i.text, i.side) for i in f.items) == [
        (1, "split decision", "A"), (2, "split decision", "A"), (3, "unanimous decision", "B")
    ]


def test_agreeing_hedged_or_unrelated_reports_are_not_flagged():
    """Another story; a report naming both kinds itself; verdicts and votes are different decisions."""
    arts = [
        _art(1, "The jury returned a unanimous verdict."),
        _art(2, "It was not a unanimous verdict but a majority verdict of 10-2."),
        _art(3, "The council's split vote passed the plan."),
        _art(4, "The jury returned a majority verdict."),
    ]
    assert decision_kind_findings(arts, {(1, 2), (1, 3)}) == []
    assert decision_kind_findings(arts, set()) == []
