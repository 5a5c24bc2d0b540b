"""Figures with the same digits in another order, in reports of one story (invented reports)."""

from claims.nlp.claim_facts import ArticleFacts
from claims.nlp.transposed_figures import transposed_figure_findings

ONE_STORY = {(1, 2), (1, 3), (2, 3)}


def _art(aid: int, text: str) -> ArticleFacts:
    return ArticleFacts(aid, text, "2031-07-21", [], [])


def _sides(found):
    return [sorted((i.article_id, i.text, i.side) for i in f.items) for f in found]


def test_a_distance_with_two_digits_swapped_is_a_number_conflict():
    found = transposed_figure_findings(
        [
            _art(1, "The 148km stage ended on a 9.4km climb."),
            _art(2, "Ilse Marwood won the 184-kilometre 14th stage on Saturday."),
            _art(3, "She attacked on the final climb of the 148-kilometre stage."),
        ],
        ONE_STORY,
    )
    assert _sides(found) == [[(1, "148km", "A"), (2, "184-kilometre", "B"), (3, "148-kilometre", "A")]]
    assert "same digits" in found[0].explanation


def test_clock_times_and_counts_with_other_words_around_them():
    found = transposed_figure_findings(
        [
            _art(1, "Mabena broke the course record on Sunday, winning in 2:05:41 at the harbour."),
            _art(2, "Mabena's 2:05:14 also makes him the third-fastest man this year."),
        ],
        {(1, 2)},
    )
    assert _sides(found) == [[(1, "2:05:41", "A"), (2, "2:05:14", "B")]]


def test_figures_that_can_both_be_right_are_not_flagged():
    """Another story, words about other things, an article writing both orders, units that differ,
    decimals and years are left alone."""
    unrelated = transposed_figure_findings(
        [_art(1, "The 148km stage was hot."), _art(2, "The 184km stage was wet.")], set()
    )
    other_things = transposed_figure_findings(
        [_art(1, "Police counted 312 arrests in Dunmore."), _art(2, "The council spent 213 days on the plan.")],
        {(1, 2)},
    )
    both_orders = transposed_figure_findings(
        [_art(1, "Gate 148 and gate 184 of the stage were shut."), _art(2, "The 184km stage was wet.")],
        {(1, 2)},
    )
    units = transposed_figure_findings(
        [_art(1, "The stage was 148km long."), _art(2, "The stage climbed 184 metres.")], {(1, 2)}
    )
    decimals_and_years = transposed_figure_findings(
        [_art(1, "She took 54.3 per cent of the vote in 2031."), _art(2, "She took 53.4 per cent of the vote in 2013.")],
        {(1, 2)},
    )
    assert (unrelated, other_things, both_orders, units, decimals_and_years) == ([], [], [], [], [])


def test_only_two_neighbouring_digits_swapped_count():
    """'142 delegates' / '214 delegates' is a tally that moved on, not a slip; '1:05' is a time of day."""
    found = transposed_figure_findings(
        [
            _art(1, "Sanders won 142 delegates in the state at 1:05 on Tuesday."),
            _art(2, "Sanders has 214 delegates in the state at 5:10 on Tuesday."),
        ],
        {(1, 2)},
    )
    assert found == []


def test_two_digits_swapped_need_one_counted_unit_and_no_share():
    """'boil their water for 23 days' / 'a boil-water notice for 32 days'; '15 percent' / '51 percent'
    and bare two-digit figures are left alone."""
    found = transposed_figure_findings(
        [
            _art(1, "Residents were told to boil their water for 23 days. Labour polled 15 percent in the town."),
            _art(2, "The town lived under a boil-water notice for 32 days. Labour polled 51 percent in the town."),
        ],
        {(1, 2)},
    )
    assert _sides(found) == [[(1, "23 days", "A"), (2, "32 days", "B")]]
    bare = transposed_figure_findings(
        [_art(1, "The town water board met 23 times."), _art(2, "The town water board has 32 members.")], {(1, 2)}
    )
    assert bare == []


def test_a_swim_time_in_hundredths_and_a_unit_written_singular_and_plural():
    """'2:06.41' / '2:06.14' is a race time, not a decimal; '38-hectare' and '83 hectares' count in one unit."""
    times = transposed_figure_findings(
        [
            _art(1, "The 22-year-old clocked 2:06.41 in the butterfly final."),
            _art(2, "Her 2:06.14 would have been a national record."),
        ],
        {(1, 2)},
    )
    areas = transposed_figure_findings(
        [
            _art(1, "The council allowed a 38-hectare extension of the quarry."),
            _art(2, "The company had sought to extend the quarry by 83 hectares."),
        ],
        {(1, 2)},
    )
    assert _sides(times) == [[(1, "2:06.41", "A"), (2, "2:06.14", "B")]]
    assert _sides(areas) == [[(1, "38-hectare", "A"), (2, "83 hectares", "B")]]
