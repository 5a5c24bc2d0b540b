"""One share of one thing given two sizes by reports of one story (invented reports)."""

from claims.nlp.claim_facts import ArticleFacts
from claims.nlp.share_figures import share_findings


def _art(aid: int, text: str) -> ArticleFacts:
    return ArticleFacts(aid, text, "2031-05-14", [], [])


def test_a_percentage_and_a_fraction_of_one_thing_that_differ_are_a_number_conflict():
    arts = [
        _art(1, "Vale was awarded 35 per cent of the song’s future royalties."),
        _art(2, "The judge gave Vale a quarter of future royalties, and costs."),
        _art(3, "Vale will receive 35 per cent of future royalties."),
    ]
    (found,) = share_findings(arts, {(1, 2), (1, 3), (2, 3)})
    assert found.kind == "number"
    assert sorted((i.article_id, i.text, i.side) for i in found.items) == [
        (1, "35 per cent of the song’s future royalties", "A"),
        (2, "a quarter of future royalties", "B"),
        (3, "35 per cent of future royalties", "A"),
    ]
    assert share_findings(arts, set()) == []


def test_shares_that_can_both_be_right_are_left_alone():
    """Loose sizes within five points, shares of voters or of a vote, shares of two things, a report giving
    two sizes of one thing."""
    cases = [
        ("Roe gets about a third of the profits.", "Roe gets 35 per cent of the profits."),
        ("Half of voters backed the plan.", "Some 40 per cent of voters backed it."),
        ("Roe won 52 per cent of the vote.", "Lind won 48 per cent of the vote."),
        ("Roe keeps half of the profits.", "Roe keeps a quarter of the land."),
        ("Roe keeps half of the profits, up from 30 per cent of the profits.", "Roe keeps 30 per cent of the profits."),
        ("Sanders has won more than half of the delegates.", "Clinton has 4 percent of the delegates in hand."),
    ]
    for a, b in cases:
        assert share_findings([_art(1, a), _art(2, b)], {(1, 2)}) == [], (a, b)
