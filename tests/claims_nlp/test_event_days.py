"""One event put on two weekdays by reports of one story (invented reports)."""

from claims.nlp.claim_facts import ArticleFacts
from claims.nlp.event_days import event_day_findings


def _art(aid: int, text: str) -> ArticleFacts:
    return ArticleFacts(aid, text, "2031-07-20", [], [])


def test_an_event_on_two_weekdays_is_a_fact_conflict():
    found = event_day_findings(
        [
            _art(1, "Lowde touched first in the 200m butterfly final at the championships on Saturday night."),
            _art(2, "Lowde won the 200m butterfly final on Saturday, the referee said."),
            _art(3, "Lowde was disqualified after Friday’s final in Pellham."),
        ],
        {(1, 2), (1, 3), (2, 3)},
    )
    assert [sorted((i.article_id, i.text, i.side) for i in f.items) for f in found] == [
        [(1, "on Saturday", "A"), (2, "on Saturday", "A"), (3, "Friday’s final", "B")]
    ]
    assert "one final, one day" in found[0].explanation


def test_days_that_can_both_be_right_are_left_alone():
    """A remark's day, two days for one noun in one report, two nouns, another story."""
    cases = [
        ([_art(1, "The final was tense. Lowde said on Sunday she would appeal."),
          _art(2, "Friday’s final was tense.")], {(1, 2)}),
        ([_art(1, "The heats on Friday and the final on Saturday drew crowds. Friday’s final session was late."),
          _art(2, "Friday’s final was tense.")], {(1, 2)}),
        ([_art(1, "The hearing on Monday was short."), _art(2, "Tuesday’s vote was close.")], {(1, 2)}),
        ([_art(1, "The vote on Monday was close."), _art(2, "Tuesday’s vote was close.")], set()),
    ]
    for articles, pairs in cases:
        assert event_day_findings(articles, pairs) == [], articles


def test_a_decision_dated_by_its_verb_is_set_against_its_noun():
    """'ruled on Thursday' / 'A court on Thursday' / 'its ruling on Wednesday'."""
    found = event_day_findings(
        [
            _art(1, "The High Court ruled on Thursday that the chorus was copied."),
            _art(2, "Announcing its ruling on Wednesday, the court awarded damages."),
        ],
        {(1, 2)},
    )
    assert [sorted((i.article_id, i.text, i.side) for i in f.items) for f in found] == [
        [(1, "ruled on Thursday", "A"), (2, "on Wednesday", "B")]
    ]


def test_one_report_naming_one_ruling_by_two_days_contradicts_itself():
    """'after Tuesday's ruling' ... 'was studying Monday's ruling' in one report, no other report needed;
    a hearing may recur, and a report naming one day twice agrees with itself."""
    (found,) = event_day_findings(
        [
            _art(
                1,
                "Eldvik spoke after Tuesday’s ruling. The council was studying Monday’s ruling on the farm.",
            )
        ],
        set(),
    )
    assert sorted((i.article_id, i.text, i.side) for i in found.items) == [
        (1, "Monday’s ruling", "B"),
        (1, "Tuesday’s ruling", "A"),
    ]
    for text in (
        "After Monday’s hearing and Tuesday’s hearing the case closed.",
        "Tuesday’s ruling stands. Critics of Tuesday’s ruling spoke.",
    ):
        assert event_day_findings([_art(1, text)], set()) == [], text


def test_a_change_starting_on_two_dates_is_a_fact_conflict():
    """'will start on 2 March' / 'due to begin on 2 May'; a weekday and a date are not set against each
    other (the report may give both)."""
    (found,) = event_day_findings(
        [_art(1, "The charge will start on 2 March and raise €41m."), _art(2, "The scheme, due to begin on 2 May.")],
        {(1, 2)},
    )
    assert sorted((i.article_id, i.text) for i in found.items) == [(1, "start on 2 March"), (2, "begin on 2 May")]
    mixed = [_art(1, "The charge will start on Monday."), _art(2, "The scheme is due to begin on 2 May.")]
    assert event_day_findings(mixed, {(1, 2)}) == []


def test_a_chamber_approving_on_one_day_is_its_vote_on_that_day():
    """'approved the Arlen Basin Water Treaty on Wednesday' / 'Thursday's vote'."""
    (found,) = event_day_findings(
        [_art(1, "The Folkhall approved the Arlen Basin Water Treaty on Wednesday by 112 votes to 78."),
         _art(2, "Thursday’s vote gives Drossia a guaranteed share of the flow.")],
        {(1, 2)},
    )
    assert sorted((i.article_id, i.text) for i in found.items) == [
        (1, "approved the Arlen Basin Water Treaty on Wednesday"), (2, "Thursday’s vote")
    ]


def test_a_day_with_its_time_of_day_in_the_possessive_dates_the_event():
    (found,) = event_day_findings(
        [_art(1, "Dreever's rink won the final on Sunday in front of a sell-out crowd."),
         _art(2, "For Ostrand, Saturday night's final in Haldane will sting for a long time.")],
        {(1, 2)},
    )
    assert sorted((i.article_id, i.text) for i in found.items) == [(1, "on Sunday"), (2, "Saturday night's final")]


def test_reports_days_apart_may_tell_of_two_events_of_one_name():
    arts = [
        ArticleFacts(1, "Sanders sparred with Clinton at Thursday night's debate.", "2016-04-14", [], []),
        ArticleFacts(2, "After Sunday night's debate, the super PAC answered Rove.", "2016-01-19", [], []),
    ]
    assert event_day_findings(arts, {(1, 2)}) == []


def test_a_recurring_event_is_compared_only_between_dated_reports():
    """Two undated reports of one campaign may tell of two debates; a final is one."""
    debates = [_art(1, "Sanders sparred with Clinton at Thursday night's debate."),
               _art(2, "After Sunday night's debate, the super PAC answered Rove.")]
    debates = [ArticleFacts(a.article_id, a.text, None, [], []) for a in debates]
    assert event_day_findings(debates, {(1, 2)}) == []
    finals = [ArticleFacts(1, "Lowde won the final on Saturday.", None, [], []),
              ArticleFacts(2, "Lowde was disqualified after Friday's final.", None, [], [])]
    assert len(event_day_findings(finals, {(1, 2)})) == 1


def test_a_start_told_in_the_past_or_as_an_opening_is_dated_too():
    """'formal talks would begin on Monday' / 'negotiations would open on Tuesday'; 'The sit-in, which began
    on Tuesday evening' / 'a sit-in that started on Monday night'."""
    for a, b in (
        ("Renvall said formal talks would begin on Monday.", "Formal negotiations would open on Tuesday."),
        ("The sit-in, which began on Tuesday evening, ended at noon.", "It followed a sit-in that started on Monday night."),
    ):
        (found,) = event_day_findings([_art(1, a), _art(2, b)], {(1, 2)})
        assert {i.article_id for i in found.items} == {1, 2}
