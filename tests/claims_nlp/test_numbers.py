"""Quantities: normalisation of amounts, bounds, ranges and relative references."""

import pytest

from claims.nlp.numbers import find_quantities, quantities_compatible


def one(text):
    found = find_quantities(text)
    assert len(found) == 1, found
    q = found[0]
    assert text[q.start : q.end] == q.text
    return q


def test_currency_with_scale_word_is_normalised():
    """'$350 billion' is 3.5e11 USD, exact."""
    q = one("The bill came to $350 billion last year.")
    assert (q.value, q.unit, q.approx, q.bound) == (3.5e11, "USD", False, "exact")


def test_vague_plural_of_scale_is_a_range():
    """'hundreds of billions of dollars' spans 1e11..1e12 USD and is approximate."""
    q = one("It cost hundreds of billions of dollars.")
    assert (q.low, q.high, q.unit, q.approx, q.value) == (1e11, 1e12, "USD", True, None)


def test_relative_amount_resolves_against_earlier_money_figure():
    """'roughly half of that amount' after '$350 billion' is about 1.75e11 USD."""
    text = "He put the cost at $350 billion over three years. Estimates are roughly half of that amount."
    q = find_quantities(text)[-1]
    assert q.relative_factor == 0.5 and q.approx
    assert q.value == pytest.approx(1.75e11) and q.unit == "USD"


def test_fewer_than_is_an_upper_bound_with_unit():
    """'fewer than 30,000 troops' is an upper bound counted in troops."""
    q = one("The plan sends fewer than 30,000 troops abroad.")
    assert (q.value, q.unit, q.bound) == (30000, "troops", "upper")


def test_percent_sign_and_words():
    """'25% tariffs' and '100% owned' are percent values."""
    assert one("They face 25% tariffs.").unit == "percent"
    assert one("A fund 100% owned by the state.").value == 100


def test_hyphenated_duration():
    """'three-year war' is 3 years."""
    q = one("The three-year war goes on.")
    assert (q.value, q.unit) == (3, "year")


def test_counted_noun_after_digits():
    """'10 generations' counts generations."""
    assert one("What 10 generations will repay.").unit == "generations"


def test_a_little_more_than_a_week_is_a_lower_bound():
    """'a little more than a week ago' is a week, lower bound, approximate."""
    q = one("She left a little more than a week ago.")
    assert (q.value, q.unit, q.bound, q.approx) == (1, "week", "lower", True)


@pytest.mark.parametrize("text, value", [("two ships", 2), ("three ships", 3), ("a dozen ships", 12)])
def test_number_words(text, value):
    """Number words count."""
    assert one(text).value == value


@pytest.mark.parametrize(
    "text, value, unit",
    [("about 1.5m people", 1.5e6, "people"), ("a £2bn loan", 2e9, "GBP"), ("€40 million in aid", 4e7, "EUR")],
)
def test_abbreviated_scales_and_currencies(text, value, unit):
    """'1.5m', '£2bn' and '€40 million' carry their scale and currency."""
    q = one(text)
    assert (q.value, q.unit) == (value, unit)


def test_years_dates_and_idioms_are_not_amounts():
    """Years, day numbers, clock times and 'one of' are not amounts."""
    assert find_quantities("In February 2022, on March 3 at 10:30, one of them left.") == []


def test_a_round_thousand_with_a_separator_is_no_year():
    """'2,000 people' is an amount; a year is never written with a thousands separator."""
    assert [(q.text, q.value) for q in find_quantities("More than 2,000 people fell ill in 2030.")] == [
        ("More than 2,000 people", 2000.0)
    ]


def test_window_offsets_point_into_whole_text():
    """With start/end, offsets still index the full text."""
    text = "First $5 million. Then $7 million."
    q = find_quantities(text, 17)[0]
    assert text[q.start : q.end] == "$7 million"


def test_exact_figure_is_compatible_with_vague_range():
    """'$350 billion' fits 'hundreds of billions of dollars'."""
    a = one("$350 billion")
    b = one("hundreds of billions of dollars")
    assert quantities_compatible(a, b)


def test_half_of_figure_is_incompatible_with_figure():
    """'$350 billion' vs 'roughly half of that amount' (of it) conflict."""
    text = "He said $350 billion. In fact it is roughly half of that amount."
    a, b = find_quantities(text)
    assert not quantities_compatible(a, b)


def test_bounds_respected():
    """'fewer than 30,000 troops' fits 25,000 troops but not 40,000."""
    bound = one("fewer than 30,000 troops")
    assert quantities_compatible(bound, one("25,000 troops"))
    assert not quantities_compatible(bound, one("40,000 troops"))


def test_approximation_widens_exact_figure():
    """'about $100 million' fits $110 million; an exact $100 million does not fit $130 million."""
    assert quantities_compatible(one("about $100 million"), one("$110 million"))
    assert not quantities_compatible(one("$100 million"), one("$130 million"))


def test_different_units_never_conflict():
    """Troops and dollars are not compared."""
    assert quantities_compatible(one("30,000 troops"), one("$5 billion"))


def test_results_and_split_votes_are_scores():
    """'beat Kestrel 3-1' and 'lost 1–3' are one score; an age range or a year span is not."""
    [win] = find_quantities("Rovers beat Kestrel Town 3-1 on Saturday.")
    [loss] = find_quantities("Kestrel lost 1–3 at home.")
    assert (win.unit, win.value) == (loss.unit, loss.value) == ("score", 3001.0)
    assert [q.unit for q in find_quantities("The court ruled 5-4 on Monday.")] == ["score"]
    assert "score" not in {q.unit for q in find_quantities("Voters aged 18-24 were polled in 2026-2029.")}


def test_different_scores_conflict_and_equal_ones_do_not():
    a, b, c = (find_quantities(t)[0] for t in ("They won 3-1.", "They won 3-2.", "They won 1-3 away."))
    assert not quantities_compatible(a, b)
    assert quantities_compatible(a, c)


def test_split_votes_in_words_and_set_scores_are_scores():
    """'by five votes to two', 'a majority of five to two' and 'a 5-2 majority' are one result; a
    tennis match's sets ('6-4, 3-6, 7-5') are one result, compared set by set."""
    worded = [q for t in ("The court ruled by five votes to two.", "It passed by a majority of five to two.",
                          "It was decided by a 5-2 majority.") for q in find_quantities(t)]
    assert [(q.unit, q.value) for q in worded] == [("score", 5002.0)] * 3
    tally = [q for t in ("The assembly ratified it on Wednesday, voting 112 to 87.", "The treaty passed 112-87.")
             for q in find_quantities(t)]
    assert [(q.unit, q.value) for q in tally] == [("score", 112087.0)] * 2
    [sets] = find_quantities("Sand beat Roe 6-4, 3-6, 7-5 in the final.")
    [other] = find_quantities("Sand beat Roe 6-4, 3-6, 7-6 in the final.")
    assert sets.text == "6-4, 3-6, 7-5" and sets.unit == "score"
    assert not quantities_compatible(sets, other)
    assert [q.unit for q in find_quantities("Prices fell from five to two dollars.")] == [None, "USD"]


def test_share_of_a_group_is_no_relative_amount():
    """'half of the voters' is a share of a group; 'half of that amount' refers back to an amount."""
    assert find_quantities("He won about half of the voters.") == []
    assert [q.relative_factor for q in find_quantities("It cost $9m, but we paid half of that amount.")] == [
        None,
        0.5,
    ]


def test_about_allows_as_much_as_the_figures_last_significant_digit():
    """'about $340,000' is precise to the ten thousand, so 'roughly $430,000' is another figure; 'about
    $300,000' is precise only to the hundred thousand and allows 340,000 (within 15 %)."""
    assert not quantities_compatible(one("It cost about $340,000."), one("It cost roughly $430,000."))
    assert quantities_compatible(one("It cost about $300,000."), one("It cost $340,000."))
    assert quantities_compatible(one("It cost about $340,000."), one("It cost $345,000."))


def test_a_term_in_years_and_months_is_one_figure():
    """'seven years and six months' and 'seven and a half years' are one term, 7.5 years."""
    q = one("He was jailed for seven years and six months.")
    assert (q.text, q.value, q.unit) == ("seven years and six months", 7.5, "years")
    q = one("He was sentenced to seven and a half years in prison.")
    assert (q.text, q.value, q.unit) == ("seven and a half years", 7.5, "years")


def test_m_before_a_dimension_is_metres_not_millions():
    """'each 149m tall' is a height; '£149m' and '12m people' stay millions."""
    (tall,) = find_quantities("The 11 turbines, each 149m tall, will stand on the ridge.")[1:]
    assert (tall.text, tall.value, tall.unit) == ("149m", 149.0, "metres")
    assert find_quantities("The scheme costs £149m in all.")[0].value == 149e6
    assert find_quantities("Some 12m people voted.")[0].value == 12e6


def test_half_points_are_a_score():
    """A chess match's '2½-1½' and '2.5-1.5' are one result; '3-1' is another."""
    scores = [
        [q.value for q in find_quantities(t) if q.unit == "score"]
        for t in ("Ilvescu won the tiebreak 2½-1½.", "Ilvescu won the tiebreak 2.5-1.5.", "Koroma lost the tiebreak 3-1.")
    ]
    assert scores[0] == scores[1] != scores[2] and len(scores[2]) == 1


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("after 1 day, 14 hours and 22 minutes at sea", 1 + 14 / 24 + 22 / 1440, "day"),
        ("a hearing that lasted eight hours and 50 minutes", 8 + 50 / 60, "hours"),
        ("won by four minutes 40 seconds", 4 + 40 / 60, "minutes"),
        ("jailed for seven years and six months", 7.5, "years"),
    ],
)
def test_a_compound_time_is_one_span(text, value, unit):
    """ "eight hours and 50 minutes" is one span of 8.83 hours, not "eight hours" and "50 minutes"."""
    (q,) = find_quantities(text)
    assert q.value == pytest.approx(value)
    assert q.unit == unit
