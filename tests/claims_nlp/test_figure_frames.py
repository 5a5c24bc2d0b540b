"""Figures reports of one story tie to one word: "£9.6 million estate" / "£6.9m estate" (invented reports)."""

from claims.nlp.claim_facts import ArticleFacts
from claims.nlp.figure_frames import figure_frame_findings


def _art(aid: int, text: str, published: str = "2031-07-21") -> ArticleFacts:
    return ArticleFacts(aid, text, published, [], [])


def _sides(found):
    return [sorted((i.article_id, i.text, i.side) for i in f.items) for f in found]


def test_money_before_one_noun_is_compared():
    """'£9.6 million estate' twice against '£6.9m estate': one finding, two sides."""
    found = figure_frame_findings(
        [
            _art(1, "He left his £9.6 million estate to his former studio assistant."),
            _art(2, "The children claimed a share of the £9.6 million estate."),
            _art(3, "The judge dismissed his children's claim to his £6.9m estate."),
        ],
        {(1, 2), (1, 3), (2, 3)},
    )
    assert _sides(found) == [[(1, "£9.6 million", "A"), (2, "£9.6 million", "A"), (3, "£6.9m", "B")]]
    assert "estate" in found[0].explanation


def test_a_duration_is_tied_by_its_of_noun_or_the_word_before_its_unit():
    """'44 days of consultations' / '54 days of consultations'; '15 sitting days' / '10 sitting days';
    'more than six weeks of consultations' agrees with both, so it is on no side."""
    found = figure_frame_findings(
        [
            _art(1, "She recommended talks after 44 days of consultations. The deputies were barred for 15 sitting days."),
            _art(2, "The report was the product of 54 days of consultations. They are barred for 10 sitting days."),
            _art(3, "After more than six weeks of consultations, she reported."),
        ],
        {(1, 2), (1, 3), (2, 3)},
    )
    assert _sides(found) == [
        [(1, "44 days", "A"), (2, "54 days", "B")],
        [(1, "15 sitting days", "A"), (2, "10 sitting days", "B")],
    ]


def test_a_gap_between_finishers_is_tied_to_the_one_behind():
    """'38 minutes ahead of Emil Kask-Aarnes' / 'Kask-Aarnes finished 48 minutes behind the winner'
    conflict; a third finisher's gap in the same report is another gap; 'an hour later, she said' is none."""
    found = figure_frame_findings(
        [
            _art(1, "Toivo-Lund won, 38 minutes ahead of Emil Kask-Aarnes."),
            _art(2, "Kask-Aarnes finished 48 minutes behind the winner. Varde came in a little over three hours behind."),
            _art(3, "Toivo-Lund won the race. An hour later, she said she would rest."),
        ],
        {(1, 2), (1, 3), (2, 3)},
    )
    assert _sides(found) == [[(1, "38 minutes", "A"), (2, "48 minutes", "B")]]


def test_figures_that_are_one_or_of_two_things_or_days_apart_are_not_compared():
    """'£2.4 million' / '£2,400,000' agree; a report tying two values to one word counts two things; figures
    threefold apart count two things; reports a week apart may give two moments; quotes are left alone;
    "four weeks away" is a time until, no thing."""
    arts = [
        _art(1, "The £2.4 million sale went ahead. The 12-day trial ended."),
        _art(2, "The £2,400,000 sale went ahead. The nine-day trial and the three-day trial ended."),
        _art(3, "The £9m sale went ahead."),
        _art(4, "The 20-day trial ended.", "2031-07-30"),
        _art(5, "“It was a 15-day trial,” she said."),
        _art(6, "The caucuses are more than two months away."),
        _art(7, "With voters four weeks away from the caucuses, the race tightened."),
    ]
    pairs = {(a, b) for a in range(1, 8) for b in range(a + 1, 8)}
    assert figure_frame_findings(arts, pairs) == []


def test_a_duration_is_tied_by_the_verb_it_is_spent_on():
    """'spoke for 18 hours' / 'spoke for more than 22 hours'; 'a jury deliberated for just under five hours' /
    'the jury deliberated for eight hours'; money is never tied by a verb ('paid £5m' / 'paid £3m')."""
    found = figure_frame_findings(
        [
            _art(1, "Murrow-Penn spoke for 18 hours before yielding. A jury deliberated for just under five hours."
                    " The club paid £5m."),
            _art(2, "Murrow-Penn spoke for more than 22 hours against the bill. The jury deliberated for eight hours."
                    " The club paid £3m."),
        ],
        {(1, 2)},
    )
    assert _sides(found) == [
        [(1, "just under five hours", "A"), (2, "eight hours", "B")],
        [(1, "18 hours", "A"), (2, "more than 22 hours", "B")],
    ]
