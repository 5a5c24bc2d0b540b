"""One role only one person holds, given to two people by reports of one story (invented reports)."""

from claims.nlp.claim_facts import ArticleFacts
from claims.nlp.unique_roles import unique_role_findings


def _art(aid: int, text: str) -> ArticleFacts:
    return ArticleFacts(aid, text, "2031-08-24", [], [])


def test_a_top_seed_given_to_two_players_is_a_fact_conflict():
    arts = [
        _art(1, "Lisbet Varga won the final on Sunday, beating top seed Anouk Dressler of Merrow 4-2."),
        _art(2, "Halvenia’s Lisbet Varga, the top seed, came back from two games down."),
        _art(3, "Dressler, the top seed, had not dropped a game all week."),
    ]
    (found,) = unique_role_findings(arts, {(1, 2), (1, 3), (2, 3)})
    assert sorted((i.article_id, i.text, i.side) for i in found.items) == [
        (1, "top seed Anouk Dressler", "A"),
        (2, "Halvenia’s Lisbet Varga, the top seed", "B"),
        (3, "Dressler, the top seed", "A"),
    ]
    assert unique_role_findings(arts, set()) == []


def test_one_holder_named_two_ways_or_one_report_naming_two_is_left_alone():
    same = [_art(1, "defending champion Ines Marquardt-Silva lost."), _art(2, "Marquardt-Silva, the defending champion, lost.")]
    assert unique_role_findings(same, {(1, 2)}) == []
    two = [_art(1, "Top seed Ana Roe won the women's title and top seed Ivo Berg the men's."), _art(2, "Berg, the top seed, won.")]
    assert unique_role_findings(two, {(1, 2)}) == []
    former = [_art(1, "The former top seed Eva Lind lost."), _art(2, "Roe, the top seed, won.")]
    assert unique_role_findings(former, {(1, 2)}) == []
