"""The one figure reports of one story give in a specific unit (invented reports)."""

from claims.nlp.claim_facts import ArticleFacts
from claims.nlp.unit_figures import unit_figure_findings


def _art(aid: int, text: str) -> ArticleFacts:
    return ArticleFacts(aid, text, "2031-07-21", [], [])


def _sides(found):
    return [sorted((i.article_id, i.text, i.side) for i in f.items) for f in found]


def test_one_figure_in_a_unit_of_measurement_per_report_is_compared():
    """'38-hectare' and 'about 40 hectares' agree; '83 hectares' is the odd one out: one finding."""
    found = unit_figure_findings(
        [
            _art(1, "The judge quashed the council's decision to allow a 38-hectare extension."),
            _art(2, "The extension, covering about 40 hectares, would have doubled lorry traffic."),
            _art(3, "The company had sought to extend its workings by 83 hectares."),
        ],
        {(1, 2), (1, 3), (2, 3)},
    )
    assert _sides(found) == [[(1, "38-hectare", "A"), (2, "about 40 hectares", "A"), (3, "83 hectares", "B")]]
    assert "hectares" in found[0].explanation


def test_the_plural_noun_a_figure_counts_is_its_unit():
    found = unit_figure_findings(
        [
            _art(1, "A gamekeeper was convicted of poisoning 12 red kites on a sporting estate."),
            _art(2, "He left baits on open moorland, where nine red kites and two buzzards were found dead."),
        ],
        {(1, 2)},
    )
    assert _sides(found) == [[(1, "12 red kites", "A"), (2, "nine red kites", "B")]]


def test_a_figure_in_words_or_joined_to_its_noun_counts_that_noun():
    """'twelve turbines' and 'an 11-turbine wind farm' are figures in turbines; 'a 20-year-old' counts
    nothing specific, and an amount 'towards' the costs is no count of towards."""
    found = unit_figure_findings(
        [
            _art(1, "The inspector granted permission for twelve turbines on the moor."),
            _art(2, "Skarrow may build an 11-turbine wind farm on the ridge."),
            _art(3, "The 20-year-old paid €118,000 towards the costs."),
            _art(4, "The 21-year-old paid €90,000 towards the costs."),
        ],
        {(1, 2), (3, 4)},
    )
    assert _sides(found) == [[(1, "twelve turbines", "A"), (2, "11-turbine", "B")]]
    limit = [
        _art(1, "The court heard the ferry was travelling at 14 knots in fog."),
        _art(2, "The prosecutor said the maximum safe speed in the conditions had been six knots."),
    ]
    assert unit_figure_findings(limit, {(1, 2)}) == []
    days_apart = [
        ArticleFacts(1, "Sanders has now won eight contests in a row.", "2016-04-10", [], []),
        ArticleFacts(2, "Sanders has now won nine contests in a row.", "2016-04-14", [], []),
    ]
    assert unit_figure_findings(days_apart, {(1, 2)}) == []


def test_a_named_players_tally_is_compared_by_the_name():
    found = unit_figure_findings(
        [
            _art(1, "Varga scored 31 points as the Foxes won the title."),
            _art(2, "Varga poured in 34 points. Reinholt added 12 points."),
            _art(3, "Varga led the way with 31 points."),
        ],
        {(1, 2), (1, 3), (2, 3)},
    )
    assert _sides(found) == [[(1, "31 points", "A"), (2, "34 points", "B"), (3, "31 points", "A")]]
    other_players = unit_figure_findings(
        [_art(1, "Varga scored 31 points."), _art(2, "Reinholt scored 12 points.")], {(1, 2)}
    )
    assert other_players == []


def test_betting_odds_are_a_unit():
    found = unit_figure_findings(
        [
            _art(1, "Lantern Quay springs 28-1 shock. Lantern Quay, a 28-1 outsider, won the Gold Cup."),
            _art(2, "Lantern Quay, sent off at 33-1, was ridden by Siobhan Teague."),
            _art(3, "The favourite, at odds of 5/2, finished second. Kestrel beat Orrin 28-1 in the rugby."),
        ],
        {(1, 2)},
    )
    assert _sides(found) == [[(1, "28-1", "A"), (2, "33-1", "B")]]


def test_figures_that_can_both_be_right_are_left_alone():
    """Another story; two figures in one unit in one report; generic units; places along a course;
    figures too far apart to be one thing's."""
    cases = [
        ([_art(1, "They found 12 red kites."), _art(2, "They found nine red kites.")], set()),
        ([_art(1, "They found 12 red kites and later 3 more red kites."), _art(2, "They found nine red kites.")], {(1, 2)}),
        ([_art(1, "About 300 people were hurt."), _art(2, "Police arrested 12 people.")], {(1, 2)}),
        ([_art(1, "Dumont won the 162-kilometre stage."), _art(2, "She attacked with 70 kilometres to go.")], {(1, 2)}),
        ([_art(1, "He chased down 288 with 10 balls to spare."), _art(2, "Her 121 off 14 balls settled it.")], {(1, 2)}),
        ([_art(1, "Dumont won the 162-kilometre stage."), _art(2, "The last 2.5 kilometres climbed steeply.")], {(1, 2)}),
        ([_art(1, "The farm covers 38 hectares."), _art(2, "The farm covers some 40 hectares.")], {(1, 2)}),
    ]
    for articles, pairs in cases:
        assert unit_figure_findings(articles, pairs) == [], articles


def test_a_winning_margin_is_compared_as_a_margin():
    """'beating Sanna Ruutela by 2.5 points' / 'Brandvold won by 3.5 points': one margin, whoever the
    sentence names; a poll's lead ('leads by five points') is no margin of victory."""
    found = unit_figure_findings(
        [
            _art(1, "Ottilie Brandvold won on Saturday, beating Sanna Ruutela by 2.5 points in front of a big crowd."),
            _art(2, "Egil Havn, whose jumper Ottilie Brandvold won by 3.5 points, praised her."),
        ],
        {(1, 2)},
    )
    assert _sides(found) == [[(1, "2.5 points", "A"), (2, "3.5 points", "B")]]
    assert "margin" in found[0].explanation
    polls = [_art(1, "Roe leads Lind by five points in the poll."), _art(2, "Roe leads by seven points.")]
    assert unit_figure_findings(polls, {(1, 2)}) == []
    moves = [_art(1, "Since last week, Roe's standing fell by three points."), _art(2, "Roe trails by five points.")]
    assert unit_figure_findings(moves, {(1, 2)}) == []
    wholes = [_art(1, "Sanders has won eight of the last nine contests."), _art(2, "He won seven of the past eight contests.")]
    assert unit_figure_findings(wholes, {(1, 2)}) == []
