"""A vote's tally and its margin that do not add up inside one report (invented reports)."""

from claims.nlp.claim_facts import ArticleFacts
from claims.nlp.vote_margins import vote_margin_findings


def _art(aid: int, text: str) -> ArticleFacts:
    return ArticleFacts(aid, text, "2033-05-20", [], [])


def test_a_tally_and_a_margin_that_do_not_add_up_are_a_number_conflict():
    art = _art(1, "The chamber voted 104 votes to 91 to override the veto.\n\nThe 11-vote margin surprised aides.")
    (found,) = vote_margin_findings([art])
    assert found.kind == "number"
    assert [(i.text, i.side) for i in found.items] == [("voted 104 votes to 91", "A"), ("11-vote margin", "B")]


def test_tallies_and_margins_that_agree_or_are_tallies_themselves_are_left_alone():
    for text in (
        "The chamber voted 104 votes to 91 to override the veto. The 13-vote margin surprised aides.",
        "The jury convicted him by a majority of ten to two after the jury voted 10-2.",
        "The committee voted 9-4. The full chamber later voted 60-40, a 20-vote majority.",
    ):
        assert vote_margin_findings([_art(1, text)]) == [], text
