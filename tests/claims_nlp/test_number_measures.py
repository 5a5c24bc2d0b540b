"""Amounts conflict only when they measure the same thing."""

from claims.nlp.number_rules import _same_thing
from claims.nlp.numbers import find_quantities


def _q(text: str):
    return find_quantities(text)[0]


def test_durations_of_different_things_never_conflict():
    a = "The deal ends two years of negotiations over the plant."
    b = "It is the largest order in the company's 41-year history."
    assert not _same_thing(a, _q(a), b, _q(b))


def test_amounts_of_the_same_thing_may_conflict():
    a = "The plant will open in 2029 and cost €2.4 billion to build."
    b = "The contract is worth €790 million to build the plant."
    qa = [q for q in find_quantities(a) if q.unit and "EUR" in q.unit.upper()][0]
    qb = [q for q in find_quantities(b) if q.unit and "EUR" in q.unit.upper()][0]
    assert _same_thing(a, qa, b, qb)


def test_the_frame_of_a_ratio_is_no_total():
    """'won eight of the last nine races' a week before 'won seven of the past eight races' is no conflict."""
    a = "Ferrand has won eight of the last nine races in the northern league."
    b = "Ferrand has won seven of the past eight races in the northern league, Sunday's included."
    qa = [q for q in find_quantities(a) if q.text.startswith("nine")][0]
    qb = [q for q in find_quantities(b) if q.text.startswith("eight")][0]
    assert not _same_thing(a, qa, b, qb)


def test_unit_words_and_prepositions_after_an_amount_say_nothing_of_the_measure():
    """A lead over a rival overall and an advantage among one group share only 'points over'."""
    a = "Ms Varga's six-percentage-point lead over the mayor, Tomas Brekke, has held since May."
    b = "Ms Varga holds an advantage of 40 percentage points over Mr Brekke among pensioners."
    qa, qb = _q(a), [q for q in find_quantities(b) if q.text.startswith("40")][0]
    assert not _same_thing(a, qa, b, qb)


def test_a_source_after_the_amount_says_nothing_of_what_it_counts():
    """'six hours and 40 minutes, according to the memo': the source named after it is the sentence's, not
    the amount's measure, so the wait 'for an ambulance' in another report may conflict with it."""
    a = "The longest wait recorded in August was six hours and 40 minutes, according to the memo."
    b = "The memo recorded the longest wait in August: a man waited nine hours and 40 minutes for an ambulance."
    qa = [q for q in find_quantities(a) if q.unit == "hours"][0]
    qb = [q for q in find_quantities(b) if q.unit == "hours"][0]
    assert _same_thing(a, qa, b, qb)


def test_a_compound_time_is_measured_from_its_first_unit():
    """'a speech of 22 hours and 14 minutes on Wednesday morning' / 'spoke for 21 hours and 14 minutes before
    yielding': the words after the first unit (its minutes) are read, so the two spans may conflict."""
    a = "Murrow-Penn ended a speech of 22 hours and 14 minutes on Wednesday morning."
    b = "Murrow-Penn spoke for 21 hours and 14 minutes before yielding."
    assert _same_thing(a, _q(a), b, _q(b))
