"""What an amount measures: only fixed shapes of general measure words tie a figure to a measure."""

import pytest

from claims.nlp.measures import measure_of
from claims.nlp.numbers import find_quantities


def measured(text: str, amount: str):
    [q] = [q for q in find_quantities(text) if q.text == amount]
    return measure_of(text, q)


@pytest.mark.parametrize(
    "text, amount, measure",
    [
        ("Orla Penn was jailed for six years at Tarrow Crown Court on Friday.", "six years", "prison term"),
        ("Penn has been sentenced to five years in prison for fraud.", "five years", "prison term"),
        ("Penn was given a six-year prison sentence.", "six-year", "prison term"),
        ("He must serve half of the six-year term in custody.", "six-year", "prison term"),
        ("Penn took £80,000 in bribes from two builders.", "£80,000", "bribes"),
        ("Penn was convicted of taking bribes worth about £8,000.", "about £8,000", "bribes"),
        ("Dunmore won in front of a crowd of 21,400.", "21,400", "crowd"),
        ("Around 9,000 supporters watched Dunmore lose.", "Around 9,000 supporters", "crowd"),
        ("The storm killed at least 14 people in the valley.", "at least 14 people", "death toll"),
        ("Police arrested 22 people after the march.", "22 people", "arrests"),
        ("The club was fined £40,000 by the league.", "£40,000", "fine"),
        ("The motion passed with a majority of 19.", "19", "majority"),
        ("The bypass will be built at a cost of £3.2bn.", "£3.2bn", "cost"),
        ("The council says the bypass will cost £3.2 billion.", "£3.2 billion", "cost"),
        ("The £3.2bn cost is spread over six years.", "£3.2bn", "cost"),
        ("Ministers set out a £3.2bn Tarrow bypass plan on Monday.", "£3.2bn", "cost"),
        ("Penn was also ordered to pay back £1.2m within three months.", "£1.2m", "sum repaid"),
        ("Penn was hit with a confiscation order of £2.1m.", "£2.1m", "sum repaid"),
        ("The budget cuts 3,600 civil service jobs.", "3,600 civil", "job cuts"),
        ("Penn was sentenced Thursday to seven years in state prison.", "seven years", "prison term"),
        ("Penn will spend the next nine years behind bars.", "nine years", "prison term"),
        ("Penn is accused of siphoning $38 million from the carrier.", "$38 million", "sum taken"),
        ("Penn is accused of plundering $83million from the line.", "$83million", "sum taken"),
        ("The minister said 6,300 public sector posts would go by 2033.", "6,300 public", "job cuts"),
        ("It means the elimination of roughly 3,600 council roles.", "roughly 3,600 council", "job cuts"),
        ("Orla Penn, 52, accepted £80,000 from two builders.", "52", "age (orla penn)"),
        ("A 19-year-old apprentice died in the silo.", "19-year-old", "age (apprentice)"),
        ("Ines Caldbeck won the contest with 58 percent of the vote.", "58 percent", "vote share (caldbeck)"),
        ("Caldbeck, 47, took 55.8% of the 38,363 votes cast.", "55.8%", "vote share (caldbeck)"),
        ("Hallowmere’s 11 district councils will go.", "11 district", "count (hallowmere's district councils)"),
        ("They signed a 25-year fisheries and port pact.", "25-year", "duration (agreement)"),
        ("The 20-year deal was signed at noon.", "20-year", "duration (agreement)"),
        ("She was handed a five-second time penalty.", "five-second", "duration (penalty)"),
        ("The licence, granted for 25 years, allows Tarnbrook to mine.", "25 years", "duration (licence)"),
        ("The strike, which lasted 19 days, ended on Monday.", "19 days", "duration (proceedings)"),
        ("She survived a 20-minute stewards' inquiry.", "20-minute", "duration (proceedings)"),
        ("The jury deliberated for just under five hours.", "just under five hours", "duration (proceedings)"),
        ("More than 2,000 people fell ill after the leak.", "More than 2,000 people", "illness"),
        ("The outbreak left 2,180 people ill.", "2,180 people", "illness"),
    ],
)
def test_measure_words_name_the_measure(text, amount, measure):
    assert measured(text, amount).measure == measure


@pytest.mark.parametrize(
    "text, amount",
    [
        ("The 52-year-old accepted £80,000 from two builders.", "52-year-old"),  # an age of no one named
        ("Trump leads with 35 percent of the vote in the poll.", "35 percent"),  # a poll, not a result
        ("He faces a 10-year ban from the sport.", "10-year"),  # a possibility
        ("She won a two-year term in office.", "two-year"),  # an office's term: one report's senators, another's
        ("Penn took £80,000 in bribes over three years.", "over three years"),  # how long, not a term
        ("Penn faces up to 14 years in prison if convicted.", "up to 14 years"),  # a possibility
        ("Prosecutors sought 12 years in prison for Penn.", "12 years"),  # a demand
        ("Last season's average crowd of 9,000 was the lowest.", "9,000"),  # another occasion
        ("Senator Ruiz won a four-year term in the spring.", "four-year"),  # an office's term
        ("Around 9,000 viewers watched on television.", "Around 9,000 viewers"),  # not a crowd
        ("The hearing was adjourned for two weeks.", "two weeks"),  # the adjournment's length, not the hearing's
        ("The strike began after talks for three weeks failed.", "three weeks"),  # the talks' length
        ("He served 12 years at the airline.", "12 years"),  # no thing's length
    ],
)
def test_figures_without_a_measure_of_this_event(text, amount):
    assert measured(text, amount) is None


def test_jobs_created_are_a_count_of_their_own_not_job_cuts():
    """'created 4,000 jobs' counts jobs created: it may conflict with another report's jobs created, never
    with a figure for jobs cut."""
    assert measured("The new plant created 4,000 jobs in the valley.", "4,000 jobs").measure == "count (creat)"
    assert measured("The firm will cut 4,000 jobs in the valley.", "4,000 jobs").measure == "job cuts"


def test_prison_terms_compare_in_months():
    """Terms in months and in years compare on one scale."""
    a = measured("Penn was jailed for 18 months.", "18 months").comparable
    b = measured("Penn was sentenced to two years in prison.", "two years").comparable
    assert (a.value, a.unit) == (18.0, "months") and (b.value, b.unit) == (24.0, "months")


def test_a_narrower_group_keeps_its_unit():
    """'12 soldiers' killed is part of a toll: it does not compare with a count of people."""
    soldiers = measured("The blast killed 12 soldiers.", "12 soldiers").comparable
    people = measured("The blast killed 30 people.", "30 people").comparable
    assert soldiers.unit == "soldiers" and people.unit is None


@pytest.mark.parametrize(
    "text, amount, measure",
    [
        ("Dunmore won 2-0 in front of 21,400 fans.", "21,400 fans", "crowd"),
        ("The treasurer embezzled £310,000 from the charity.", "£310,000", "sum taken"),
        ("He defrauded the council of $2.5 million.", "$2.5 million", "sum taken"),
    ],
)
def test_more_shapes_of_crowds_and_sums_taken(text, amount, measure):
    assert measured(text, amount).measure == measure


def test_vague_amounts_get_no_measure():
    """'thousands of fans' against a counted crowd is a manner of speaking."""
    text = "Thousands of fans watched the final."
    assert all(measure_of(text, q) is None for q in find_quantities(text))


def test_a_share_is_not_a_headcount():
    text = "The report said gangs killed 81 percent of the victims."
    assert measured(text, "81 percent") is None


def test_job_cuts_count_the_whole_whatever_noun_counts_them():
    """'3,600 civil service jobs' and '6,300 public sector posts' are two figures for one cut."""
    jobs = measured("The budget cuts 3,600 civil service jobs.", "3,600 civil")
    posts = measured("The minister said 6,300 public sector posts would go.", "6,300 public")
    assert jobs.what == posts.what == ("job cuts", None)


@pytest.mark.parametrize(
    "text, amount, measure",
    [
        ("The recount cost the county about $340,000.", "about $340,000", "cost"),
        ("The six-day recount cost taxpayers roughly $430,000.", "roughly $430,000", "cost"),
        ("The magistrates fined the club £50,000.", "£50,000", "fine"),
    ],
)
def test_who_pays_may_stand_between_a_money_verb_and_its_sum(text, amount, measure):
    assert measured(text, amount).measure == measure


@pytest.mark.parametrize(
    "text, amount",
    [
        ("Saltmarsh led 2-0 at half-time through two goals from Dario Fenwick.", "2-0"),
        ("Carrick led 1-0 at the interval.", "1-0"),
        ("Saltmarsh led 2-0 at half-time through two goals from Dario Fenwick.", "two goals"),
    ],
)
def test_a_score_on_the_way_to_the_result_is_no_result(text, amount):
    """A half-time score is not the match's result; 'through two goals' counts nothing a verb says."""
    assert measured(text, amount) is None


@pytest.mark.parametrize(
    "text, amount",
    [
        ("A jury ordered the engineering firm Halvorsen to pay $41.5 million to the families.", "$41.5 million"),
        ("Jurors awarded their families $45.1 million.", "$45.1 million"),
        ("He was awarded £58,000 in damages.", "£58,000"),
    ],
)
def test_what_a_court_orders_paid_to_the_other_side_is_an_award(text, amount):
    """An award is not a fine: 'fined £40,000' is paid to the league or the state."""
    assert measured(text, amount).measure == "award"


@pytest.mark.parametrize(
    "text, amount",
    [
        ("The seven had been given 18-month sentences at Ashmere Crown Court.", "18-month"),
        ("The seven had been sentenced to a year and a half in prison in May.", "a year and a half"),
        ("The original two-year terms, handed down at Kelsall Crown Court, drew criticism.", "two-year"),
    ],
)
def test_more_ways_of_writing_a_prison_term(text, amount):
    assert measured(text, amount).measure == "prison term"
