"""One person given two portfolios or two ranks by reports of the same days (invented reports)."""

from __future__ import annotations

from claims.nlp.claim_contradictions import claim_findings
from claims.nlp.claim_facts import ArticleFacts
from claims.nlp.title_conflicts import title_conflict_findings


def _art(aid: int, text: str, published: str | None = "2031-04-02") -> ArticleFacts:
    return ArticleFacts(aid, text, published, [], [])


def _any_day(a: str | None, b: str | None) -> bool:
    return True


def test_two_portfolios_for_one_minister_are_a_fact_conflict():
    found = claim_findings(
        [
            _art(1, "Transport Minister Ana Roe opened the bridge on Tuesday."),
            _art(2, "Finance Minister Ana Roe said the bridge came in on budget."),
        ]
    )
    facts = [f for f in found if f.kind == "fact"]
    assert len(facts) == 1
    assert {(i.article_id, i.text, i.side) for i in facts[0].items} == {
        (1, "Transport Minister Ana Roe", "A"),
        (2, "Finance Minister Ana Roe", "B"),
    }


def test_two_police_ranks_for_one_officer_are_a_fact_conflict():
    found = title_conflict_findings(
        [
            _art(1, "Detective Inspector Bo Hart led the inquiry."),
            _art(2, "Detective Sergeant Bo Hart said the family had been patient."),
        ],
        _any_day,
    )
    assert [sorted(i.text for i in f.items) for f in found] == [
        ["Detective Inspector Bo Hart", "Detective Sergeant Bo Hart"]
    ]


def test_an_assistant_chief_constable_is_not_a_chief_superintendent():
    found = title_conflict_findings(
        [
            _art(1, "The report was led by Chief Superintendent Ola Brandt."),
            _art(2, "Assistant Chief Constable Ola Brandt, who led the investigation, spoke."),
        ],
        _any_day,
    )
    assert [sorted(i.text for i in f.items) for f in found] == [
        ["Assistant Chief Constable Ola Brandt", "Chief Superintendent Ola Brandt"]
    ]


def test_captain_and_vice_captain_of_one_player_are_a_fact_conflict():
    found = title_conflict_findings(
        [
            _art(1, "Ada Roe and captain Nell Ash put on 139 for the fourth wicket."),
            _art(2, "Vice-captain Nell Ash made 58 and hit the winning boundary."),
        ],
        _any_day,
    )
    assert [sorted(i.text for i in f.items) for f in found] == [["Vice-captain Nell Ash", "captain Nell Ash"]]


def test_titles_that_can_both_hold_are_not_flagged():
    """Nested portfolio words agree; 'former' and 'acting' are other times or offices; a shared surname
    is not one person; a report naming two titles itself is left out; 'Attorney General' is no rank."""
    found = title_conflict_findings(
        [
            _art(1, "Foreign Minister Ana Roe flew home. Inspector Bo Hart spoke. Attorney General Cy Lund sued."),
            _art(2, "Foreign Affairs Minister Ana Roe landed. Sergeant Ed Hart spoke. Major Cy Lund spoke."),
            _art(3, "Finance Minister Ana Roe, once Transport Minister Ana Roe, spoke."),
            _art(4, "Former Transport Minister Ana Roe and Acting Finance Minister Ana Roe met."),
        ],
        _any_day,
    )
    assert found == []


def test_reports_far_apart_in_time_are_not_compared():
    """A reshuffle moves ministers: titles a month apart do not conflict."""
    found = claim_findings(
        [
            _art(1, "Transport Minister Ana Roe opened the bridge.", "2031-01-02"),
            _art(2, "Finance Minister Ana Roe presented the budget.", "2031-02-20"),
        ]
    )
    assert [f for f in found if f.kind == "fact"] == []


def test_a_barrister_prosecuting_in_one_report_and_defending_in_another_is_a_fact_conflict():
    found = title_conflict_findings(
        [
            _art(1, "Nadia Florescu KC, defending, said her client was a broken man."),
            _art(2, "Nadia Florescu, prosecuting, said the fraud had run for six years."),
        ],
        _any_day,
    )
    assert [sorted(i.text for i in f.items) for f in found] == [
        ["Nadia Florescu KC, defending", "Nadia Florescu, prosecuting"]
    ]


def test_a_deputy_minister_is_not_the_minister():
    """A deputy's office is its own: the minister and her deputy are two people, so one report has it
    wrong. The lower-case form is the same office."""
    found = title_conflict_findings(
        [
            _art(1, "Deputy Foreign Minister Cas Oduya signed the pact."),
            _art(2, "Saldane's Foreign Minister Cas Oduya said the pact was fair."),
            _art(3, "The deputy foreign minister Cas Oduya spoke first."),
        ],
        _any_day,
    )
    assert [sorted(i.text for i in f.items) for f in found] == [
        ["Deputy Foreign Minister Cas Oduya", "Foreign Minister Cas Oduya", "deputy foreign minister Cas Oduya"]
    ]
