"""A headline figure its own report's body contradicts (invented reports)."""

from claims.nlp.headline_figures import headline_figure_findings


def test_a_headline_figure_the_body_gives_otherwise_is_a_number_conflict():
    """'soars over 5.05m' over a body saying '5.03m' (the old record, '5.01m', is further off)."""
    text = (
        "Varga soars over 5.05m for world record\n"
        "Lena Varga cleared 5.03m on Saturday to take the record from Ana Creel, whose 5.01m had stood since 2029."
    )
    (found,) = headline_figure_findings(1, text)
    assert sorted((i.text, i.side) for i in found.items) == [("5.03m", "A"), ("over 5.05m", "B")]


def test_a_rounded_agreeing_or_distant_headline_figure_is_left_alone():
    """'£2.4m' over '£2.45m' is rounding; the body giving the headline's figure agrees; '£9m' is another sum;
    a first line ending in a full stop is no headline."""
    for text in (
        "Parish sells altarpiece for £2.4m\nThe parish sold the altarpiece for £2.45m on Friday.",
        "Parish sells altarpiece for £2.4m\nThe parish sold it for £2.4m, though a rival bid of £2.5m came late.",
        "Parish sells altarpiece for £2.4m\nThe parish, which owes £9.1m, sold it on Friday.",
        "The parish sold the altarpiece for £2.5m.\nIt had hoped for £2.4m.",
    ):
        assert headline_figure_findings(1, text) == (), text
