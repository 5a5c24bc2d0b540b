"""One case put before two courts by reports of one story (invented reports)."""

from claims.nlp.claim_facts import ArticleFacts
from claims.nlp.court_kinds import court_kind_findings


def _art(aid: int, text: str) -> ArticleFacts:
    return ArticleFacts(aid, text, "2031-07-20", [], [])


ALL = {(1, 2), (1, 3), (2, 3)}


def test_two_courts_of_one_tier_for_one_hearing_are_a_fact_conflict():
    found = court_kind_findings(
        [
            _art(1, "Tobias Wren was jailed at Brackwater Crown Court after a jury convicted him."),
            _art(2, "Wren, 34, was sentenced at Brackwater Crown Court on Friday."),
            _art(3, "Wren was jailed for eight years at Brackwater Magistrates' Court."),
        ],
        ALL,
    )
    assert [sorted((i.article_id, i.text, i.side) for i in f.items) for f in found] == [
        [(1, "Crown Court", "A"), (2, "Crown Court", "A"), (3, "Magistrates' Court", "B")]
    ]
    upper = court_kind_findings(
        [_art(1, "Sitting at the High Court in Kirkwell, the judge quashed the permission."),
         _art(2, "The ruling by the Court of Appeal in Kirkwell quashed the permission.")],
        {(1, 2)},
    )
    assert len(upper) == 1 and "one court" in upper[0].explanation


def test_courts_that_can_both_be_right_are_left_alone():
    """The court below beside the Court of Appeal (another tier), a report naming two courts, another story."""
    cases = [
        ([_art(1, "They were convicted at Tarrow Crown Court in 2029."),
          _art(2, "The Court of Appeal quashed their convictions.")], {(1, 2)}),
        ([_art(1, "The Crown Court sent the case back to the magistrates' court."),
          _art(2, "The case was heard at the magistrates' court.")], {(1, 2)}),
        ([_art(1, "He was jailed at Tarrow Crown Court."), _art(2, "She was fined at Elsby Magistrates' Court.")], set()),
    ]
    for articles, pairs in cases:
        assert court_kind_findings(articles, pairs) == [], articles


def test_courts_of_two_tiers_clash_where_no_report_tells_of_an_appeal():
    """'a High Court judge ruled' / 'the ruling at Ardholm County Court', 'an employment tribunal' / 'The
    Employment Appeal Tribunal': one hearing before two courts, since neither report tells of an appeal
    ("appeal" in a court's own name tells of none)."""
    probate = [_art(1, "A High Court judge ruled on the will."), _art(2, "She was not in court for the ruling at Ardholm County Court.")]
    tribunal = [_art(1, "An employment tribunal upheld her claim."), _art(2, "The Employment Appeal Tribunal upheld her claim.")]
    for articles in (probate, tribunal):
        (found,) = court_kind_findings(articles, {(1, 2)})
        assert {i.article_id for i in found.items} == {1, 2}
    appeal = [_art(1, "A High Court judge allowed his appeal."), _art(2, "He was convicted at Ardholm County Court.")]
    assert court_kind_findings(appeal, {(1, 2)}) == []
