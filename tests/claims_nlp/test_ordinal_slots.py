"""One moment or place numbered twice by reports of one story (invented reports)."""

from claims.nlp.claim_facts import ArticleFacts
from claims.nlp.ordinal_slots import ordinal_slot_findings


def _art(aid: int, text: str) -> ArticleFacts:
    return ArticleFacts(aid, text, "2031-07-20", [], [])


def _sides(found):
    return [sorted((i.article_id, i.text, i.side) for i in f.items) for f in found]


def test_one_moment_numbered_twice_is_a_fact_conflict():
    found = ordinal_slot_findings(
        [
            _art(1, "Calloway put the champion down with a left hook in the ninth round."),
            _art(2, "The only knockdown came from a left hook in the ninth round."),
            _art(3, "Calloway’s left hook in the seventh sent the champion to the canvas."),
        ],
        {(1, 2), (1, 3), (2, 3)},
    )
    assert _sides(found) == [
        [(1, "hook in the ninth round", "A"), (2, "hook in the ninth round", "A"), (3, "hook in the seventh", "B")]
    ]
    places = ordinal_slot_findings(
        [_art(1, "Lorrain recovered to finish sixth."), _art(2, "Lorrain, who recovered to finish fifth, was blunt.")],
        {(1, 2)},
    )
    assert _sides(places) == [[(1, "finish sixth", "A"), (2, "finish fifth", "B")]]


def test_ordinals_that_can_both_be_right_are_left_alone():
    """Only a name or the counted noun in common, two values in one report, dates, 'first' and 'second' in
    words, another story."""
    cases = [
        ([_art(1, "Judges scored it 117-111 for Calloway, with the third card for Halvorsen."),
          _art(2, "Calloway’s left hook in the seventh sent her down.")], {(1, 2)}),
        ([_art(1, "Ross scored in the 23rd minute."), _art(2, "Vane scored in the 67th minute.")], {(1, 2)}),
        ([_art(1, "Ross scored in the 23rd minute and scored again in the 67th minute."),
          _art(2, "Ross scored in the 67th minute.")], {(1, 2)}),
        ([_art(1, "The vote was held on May 3rd."), _art(2, "The vote was held on the 5th of May.")], {(1, 2)}),
        ([_art(1, "She won for the first time."), _art(2, "She won for the second time.")], {(1, 2)}),
        ([_art(1, "Lorrain recovered to finish sixth."), _art(2, "Lorrain recovered to finish fifth.")], set()),
    ]
    for articles, pairs in cases:
        assert ordinal_slot_findings(articles, pairs) == [], articles


def test_the_noun_an_ordinal_numbers_and_a_finishers_placing_are_slots():
    """'at her third and final attempt' / 'at her second attempt'; 'Paulina Jaskov of Orsany was second' /
    'Jaskov ... finished third' (the third-placed Pradel in the same sentence is another placing): two
    findings, though both set a second against a third; a fixed phrase ('a third party') numbers nothing,
    and a series has a first and a second debate."""
    found = ordinal_slot_findings(
        [
            _art(1, "She cleared the bar at her third and final attempt. Paulina Jaskov of Orsany was second"
                    " with 4.81m and Oceane Pradel of Valmont third with 4.71m."),
            _art(2, "She cleared 5.03 metres at her second attempt. Paulina Jaskov, the Orsany vaulter who beat"
                    " her last August, finished third with 4.81m."),
            _art(3, "A third party backed her. She led after the first presidential debate."),
            _art(4, "A second party backed her. She led after the second presidential debate."),
        ],
        {(1, 2), (3, 4)},
    )
    assert sorted(sorted((i.article_id, i.text) for i in f.items) for f in found) == [
        [(1, "third and final attempt"), (2, "second attempt")],
        [(1, "was second with 4.81m"), (2, "finished third with 4.81m")],
    ]
