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


def test_an_assistant_coroner_is_not_the_senior_coroner():
    """An office's assistant or deputy grade is another office; its senior holder and the plain title agree;
    an honorific between title and name ("Dr") changes nothing."""
    found = title_conflict_findings(
        [
            _art(1, "Senior Coroner Dr Aileen Markby recorded a narrative conclusion."),
            _art(2, "Assistant Coroner Aileen Markby said the permit system had failed."),
            _art(3, "Coroner Aileen Markby will write a prevention of future deaths report."),
        ],
        _any_day,
    )
    assert [sorted(i.text for i in f.items) for f in found] == [
        ["Assistant Coroner Aileen Markby", "Coroner Aileen Markby", "Senior Coroner Dr Aileen Markby"]
    ]
    assert "one office at a time" in found[0].explanation


def test_one_person_given_two_sides_or_bodies_in_one_role_is_a_fact_conflict():
    """'Corran substitute' / 'The Saltmarsh substitute' for one player; 'leader of Wexmoor District
    Council' / 'leader of Elsby District Council' for one councillor. A body left unnamed ('Opposition
    leader') or a nested name ('Corran Rovers') agrees; two roles are two facts."""
    found = title_conflict_findings(
        [
            _art(1, "Corran substitute Tobiah Ross scored late. Ruth Penhallow, leader of Wexmoor District Council, spoke."),
            _art(2, "The Saltmarsh substitute Tobiah Ross struck. But Wexmoor council leader Ruth Penhallow said no."),
            _art(3, "Corran Rovers substitute Tobiah Ross ran. Ruth Penhallow, leader of Elsby District Council, spoke."),
            _art(4, "Opposition leader Ruth Penhallow spoke. Saltmarsh coach Tobiah Ross spoke."),
        ],
        _any_day,
        story={(1, 2), (1, 3), (2, 3), (1, 4), (2, 4), (3, 4)},
    )
    assert sorted(sorted(i.text for i in f.items) for f in found) == [
        ["Corran Rovers substitute Tobiah Ross", "Corran substitute Tobiah Ross", "The Saltmarsh substitute Tobiah Ross"],
        ["Ruth Penhallow, leader of Elsby District Council", "Ruth Penhallow, leader of Wexmoor District Council",
         "Wexmoor council leader Ruth Penhallow"],
    ]
    assert "one person is substitute for one side or body" in next(f.explanation for f in found if "Ross" in f.explanation)


def test_sides_and_bodies_are_compared_only_in_reports_of_one_story():
    """People move between campaigns: 'Cruz spokeswoman Katrina Pierson' one year and 'Katrina Pierson, a
    spokeswoman for Trump' the next are no conflict unless the reports tell one story. A possessive
    ('Clinton's communications director') and an initialism ('RNC spokesman') name no other body."""
    arts = [
        _art(1, "Cruz spokeswoman Katrina Pierson said no. Clinton campaign communications director Jen Palmieri spoke."),
        _art(2, "Katrina Pierson, a spokeswoman for Trump, said yes. Clinton’s communications director Jen Palmieri spoke."),
        _art(3, "Republican National Committee spokesman Sean Spicer spoke. RNC spokesman Sean Spicer spoke again."),
    ]
    assert title_conflict_findings(arts, _any_day) == []
    assert [sorted(i.text for i in f.items) for f in title_conflict_findings(arts, _any_day, story={(1, 2)})] == [
        ["Cruz spokeswoman Katrina Pierson", "Katrina Pierson, a spokeswoman for Trump"]
    ]


def test_a_role_or_common_word_opening_a_sentence_names_no_body():
    """'Head coach Dana Whitlock' / 'Herons coach Dana Whitlock'; 'Election board chair Ruth Okafor' /
    'Ruth Okafor, chair of the Calder County Board of Elections': one body each."""
    arts = [
        _art(1, "Head coach Dana Whitlock praised the bench. Election board chair Ruth Okafor spoke."),
        _art(2, "Herons coach Dana Whitlock said so. Ruth Okafor, chair of the Calder County Board of Elections, spoke."),
    ]
    assert title_conflict_findings(arts, _any_day, story={(1, 2)}) == []


def test_a_judge_addressed_as_a_woman_and_as_a_man_in_one_story_is_a_fact_conflict():
    """'Mrs Justice Thorncombe' / 'Mrs Justice Adaeze Thorncombe' / 'Mr Justice Thorncombe': judges go by
    surname, so only reports of one story are compared."""
    arts = [
        _art(1, "Mrs Justice Thorncombe quashed the council's decision."),
        _art(2, "Sitting at the High Court, Mrs Justice Adaeze Thorncombe said the council erred."),
        _art(3, "Mr Justice Thorncombe’s ruling found the permission unlawful."),
    ]
    (found,) = title_conflict_findings(arts, _any_day, story={(1, 2), (1, 3), (2, 3)})
    assert sorted((i.article_id, i.text, i.side) for i in found.items) == [
        (1, "Mrs Justice Thorncombe", "A"),
        (2, "Mrs Justice Adaeze Thorncombe", "A"),
        (3, "Mr Justice Thorncombe", "B"),
    ]
    assert "judge" in found.explanation
    assert title_conflict_findings(arts, _any_day, story=set()) == []


def test_a_spokesperson_in_one_report_and_the_bodys_head_in_another_is_a_fact_conflict():
    arts = [
        _art(1, "Teresa Quill, a spokeswoman for Halvorsen & Pike, said the firm would appeal."),
        _art(2, "Halvorsen & Pike chief executive Teresa Quill said the company would appeal."),
        _art(3, "Nadia Ferreol, the opposition’s health spokeswoman, called it a beginning."),
        _art(4, "Opposition leader Nadia Ferreol called for an inquiry."),
    ]
    found = title_conflict_findings(arts, _any_day, story={(1, 2), (3, 4)})
    assert sorted(sorted((i.article_id, i.side) for i in f.items) for f in found) == [
        [(1, "A"), (2, "B")], [(3, "A"), (4, "B")]
    ]
    assert all("speaks for a body or leads it" in f.explanation for f in found)
    deputy = [_art(1, "Nadia Ferreol, the party's spokeswoman, spoke."), _art(2, "Deputy leader Nadia Ferreol spoke.")]
    assert title_conflict_findings(deputy, _any_day, story={(1, 2)}) == []
    assert title_conflict_findings(arts, _any_day, story=set()) == []


def test_an_office_in_lower_case_or_apposition_is_compared_within_one_story():
    """'Judge Margit Osei-Lund' / 'the inspector, Margit Osei-Lund'; 'race director Pavel Strom' / 'The jury
    president, Pavel Strom'. A former or deputy office, or reports of other stories, are left alone."""
    arts = [
        _art(1, "Judge Margit Osei-Lund struck out three turbines."),
        _art(2, "Campaigners said the inspector, Margit Osei-Lund, granted permission."),
        _art(3, "The result stood, said race director Pavel Strom."),
        _art(4, "The jury president, Pavel Strom, defended the gate change."),
    ]
    found = title_conflict_findings(arts, _any_day, story={(1, 2), (3, 4)})
    assert sorted(sorted((i.article_id, i.text, i.side) for i in f.items) for f in found) == [
        [(1, "Judge Margit Osei-Lund", "A"), (2, "the inspector, Margit Osei-Lund", "B")],
        [(3, "race director Pavel Strom", "A"), (4, "The jury president, Pavel Strom", "B")],
    ]
    assert title_conflict_findings(arts, _any_day, story=set()) == []
    former = [_art(1, "The result stood, said former race director Pavel Strom."), arts[3]]
    deputy = [_art(1, "The deputy judge, Margit Osei-Lund, spoke."), arts[0]]
    assert title_conflict_findings(former, _any_day, story={(1, 4)}) == []
    assert title_conflict_findings(deputy, _any_day, story={(1, 2)}) == []


def test_a_portfolio_in_apposition_is_compared_with_the_title_before_the_name():
    """'The deputy housing minister, Orla Quennell,' / 'Housing Minister Orla Quennell': a deputy's office is
    its own; 'the former housing minister, Orla Quennell' is another time."""
    arts = [
        _art(1, "The deputy housing minister, Orla Quennell, said the rule would put homes first."),
        _art(2, "Housing Minister Orla Quennell told the chamber the cap was fair."),
    ]
    (found,) = title_conflict_findings(arts, _any_day)
    assert sorted((i.article_id, i.text) for i in found.items) == [
        (1, "The deputy housing minister, Orla Quennell"), (2, "Housing Minister Orla Quennell")
    ]
    former = [_art(1, "The former housing minister, Orla Quennell, spoke."), arts[1]]
    assert title_conflict_findings(former, _any_day) == []


def test_a_staff_sergeant_is_not_a_sergeant_and_a_rank_opening_a_paragraph_counts():
    arts = [
        _art(1, "Sergeant Hollis Grennard was sentenced.\n\nCaptain Tobias Greythorn, 34, gave evidence."),
        _art(2, "Staff Sergeant Hollis Grennard was sentenced on Friday. The court sentenced Major Tobias Greythorn."),
    ]
    found = title_conflict_findings(arts, _any_day)
    assert sorted(sorted(i.text for i in f.items) for f in found) == [
        ["Captain Tobias Greythorn", "Major Tobias Greythorn"],
        ["Sergeant Hollis Grennard", "Staff Sergeant Hollis Grennard"],
    ]


def test_two_occupations_for_one_person_in_one_story_are_a_fact_conflict():
    """'Consultant surgeon Caspar Ruthven' / 'Caspar Ruthven, a consultant anaesthetist'; 'Chief executive
    Gideon Farr' / 'music director, Gideon Farr'. A chairman and a chair are one occupation, a report
    naming two leaves the person out, another time ('former') is no conflict, and only one story counts."""
    arts = [
        _art(1, "Consultant surgeon Caspar Ruthven was cleared. Chief executive Gideon Farr was not in court."),
        _art(2, "The family blamed Caspar Ruthven, a consultant anaesthetist. The orchestra's music director, Gideon Farr, wept."),
        _art(3, "Chairman Ola Lind spoke. Ola Lind, the chair of the board, agreed. Former surgeon Caspar Ruthven left."),
        _art(4, "Committee chair Ola Lind said so. Vicar Anna Berg and curate Anna Berg both prayed."),
    ]
    story = {(1, 2), (1, 3), (1, 4), (2, 3), (2, 4), (3, 4)}
    found = title_conflict_findings(arts, _any_day, story=story)
    assert sorted(sorted((i.article_id, i.text, i.side) for i in f.items) for f in found) == [
        [(1, "Chief executive Gideon Farr", "A"), (2, "music director, Gideon Farr", "B")],
        [(1, "Consultant surgeon Caspar Ruthven", "A"), (2, "Caspar Ruthven, a consultant anaesthetist", "B")],
    ]
    assert title_conflict_findings(arts, _any_day, story=set()) == []
