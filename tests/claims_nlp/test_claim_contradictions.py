"""Number, title and denial contradictions between claims."""

from claims.nlp.claim_contradictions import ArticleFacts, claim_findings
from claims.nlp.claims import extract_claims
from claims.nlp.persons import find_persons


def facts(aid, text, published="2031-05-04"):
    return ArticleFacts(aid, text, published, extract_claims(text, [], []), find_persons(text))


def test_relative_correction_is_a_number_conflict():
    """An outlet correcting a figure to 'roughly half of that amount' yields a number finding."""
    text = (
        "Mayor Lena Ortiz has said the city spent $80 million on the stadium so far. "
        "In fact, audited accounts show the city spent roughly half of that amount on the stadium."
    )
    [f] = [f for f in claim_findings([facts(1, text)]) if f.kind == "number"]
    sides = {(i.text, i.side) for i in f.items}
    assert sides == {("$80 million", "A"), ("roughly half of that amount", "B")}
    for item in f.items:
        assert text[item.start : item.end] == item.text


def test_compatible_approximation_is_not_flagged():
    """'$80 million' and 'tens of millions of dollars' for one claim do not conflict."""
    a = facts(1, "Mayor Lena Ortiz said the city spent $80 million on the new stadium this year.")
    b = facts(
        2, "Mayor Lena Ortiz said the city spent tens of millions of dollars on the new stadium this year."
    )
    assert [f for f in claim_findings([a, b]) if f.kind == "number"] == []


def test_linked_claims_with_different_figures_conflict():
    """Two outlets giving 12,000 and 40,000 troops for one deployment conflict."""
    a = facts(1, "General Mark Stone said on Monday that 12,000 troops would deploy to the northern border.")
    b = facts(2, "General Mark Stone said on Monday that 40,000 troops would deploy to the northern border.")
    [f] = [f for f in claim_findings([a, b]) if f.kind == "number"]
    assert {i.text for i in f.items} == {"12,000 troops", "40,000 troops"}


def test_three_reports_of_one_claim_with_two_figures_are_one_finding():
    """12,000 / 40,000 / 12,000 troops: the claim pairs (1, 2) and (2, 3) clash on one figure of report 2,
    so one finding, reports 1 and 3 on one side."""
    text = "General Mark Stone said on Monday that {} troops would deploy to the northern border."
    arts = [facts(1, text.format("12,000")), facts(2, text.format("40,000")), facts(3, text.format("12,000"))]
    [f] = [f for f in claim_findings(arts, {1: [(1, 0), (2, 0)], 2: [(2, 0), (3, 0)]}) if f.kind == "number"]
    assert sorted((i.article_id, i.side) for i in f.items) == [(1, "A"), (2, "B"), (3, "A")]


def test_one_undated_report_against_one_is_not_enough():
    """'former President Jane Doe' against a single 'President Jane Doe' of unknown date may be an old
    text or a courtesy title: not flagged."""
    a = facts(1, "Former Senator Bo Li will meet former President Jane Doe on Friday in Ohio.", None)
    b = facts(2, "President Jane Doe told her cabinet on Wednesday that she would travel to Ohio.", None)
    assert [f for f in claim_findings([a, b]) if f.kind == "fact"] == []


def test_one_report_against_one_of_the_same_days_is_flagged():
    """Two dated reports of one week disagree on whether Jane Doe still holds the office."""
    a = facts(1, "Former Senator Bo Li will meet former President Jane Doe on Friday in Ohio.", "2031-05-04")
    b = facts(2, "President Jane Doe told her cabinet on Wednesday that she would travel to Ohio.", "2031-05-03")
    [f] = [f for f in claim_findings([a, b]) if f.kind == "fact"]
    assert {(i.article_id, i.side) for i in f.items} == {(1, "A"), (2, "B")}


def test_one_undated_report_against_one_on_the_same_story_is_flagged():
    """Excerpts often carry no date: two reports sharing linked claims cover one event, so one
    'former' against one sitting title is a disagreement between them."""
    a = facts(1, "Former Senator Bo Li will meet former President Jane Doe on Friday in Ohio.", None)
    b = facts(2, "President Jane Doe told her cabinet on Wednesday that she would travel to Ohio.", None)
    one_story = {10: [(1, 0), (2, 0)], 11: [(1, 0), (2, 0)]}
    [f] = [f for f in claim_findings([a, b], story_groups=one_story) if f.kind == "fact"]
    assert {(i.article_id, i.side) for i in f.items} == {(1, "A"), (2, "B")}


def test_title_given_while_telling_an_event_the_other_report_tells_is_flagged():
    """Short undated excerpts may share a single linked claim: when a title stands in that claim's
    sentence, it is given while telling the event the other report tells, so both speak of the same
    days; one linked claim elsewhere in the reports says nothing of when the titles were written."""
    extra = " Li said the state would spend $40 million on the new dam next year."
    a = facts(1, "Former Senator Bo Li will meet former President Jane Doe on Friday in Ohio." + extra, None)
    b = facts(2, "President Jane Doe told her cabinet on Wednesday that she would travel to Ohio." + extra, None)
    [f] = [f for f in claim_findings([a, b], story_groups={10: [(1, 0), (2, 0)]}) if f.kind == "fact"]
    assert {(i.article_id, i.side) for i in f.items} == {(1, "A"), (2, "B")}
    [f] = [f for f in claim_findings([a, b], story_groups={10: [(1, 1), (2, 0)]}) if f.kind == "fact"]
    assert {(i.article_id, i.side) for i in f.items} == {(1, "A"), (2, "B")}
    assert [f for f in claim_findings([a, b], story_groups={10: [(1, 1), (2, 1)]}) if f.kind == "fact"] == []


def test_former_before_a_titled_name_does_not_reach_the_next_one():
    """'former President Al Roe and President Bo Li': Bo Li is still the sitting president."""
    texts = ["Former President Al Roe and President Bo Li met donors in Ohio on Friday.",
             "President Bo Li told her cabinet on Wednesday that taxes would fall.",
             "President Bo Li spoke to reporters in Ohio on Thursday."]
    assert titles(*texts) == []


def test_one_report_against_one_months_apart_is_not_flagged():
    a = facts(1, "Former Senator Bo Li will meet former President Jane Doe on Friday in Ohio.", "2031-05-04")
    b = facts(2, "President Jane Doe told her cabinet on Wednesday that she would travel to Ohio.", "2030-11-20")
    assert [f for f in claim_findings([a, b]) if f.kind == "fact"] == []


def test_former_before_two_coordinated_titles_holds_for_both():
    """'Former prosecutor and Mayor Al Roe' calls him a former mayor: no conflict with 'former Mayor Al Roe'."""
    a = facts(1, "Former prosecutor and Mayor Al Roe, who backs the plan, spoke on Tuesday in Ohio.")
    b = facts(2, "The plan has the support of former Mayor Al Roe, aides said on Monday.")
    assert [f for f in claim_findings([a, b]) if f.kind == "fact"] == []


def titles(*texts):
    return [f for f in claim_findings([facts(i, t) for i, t in enumerate(texts, 1)]) if f.kind == "fact"]


def test_lone_former_against_two_sitting_reports_is_flagged():
    """Two reports give the sitting title, one says "former": the odd one out is flagged."""
    [f] = titles(
        "Former President Jane Doe will meet donors in Ohio on Friday.",
        "President Jane Doe told her cabinet on Wednesday that taxes would fall.",
        "President Doe spoke to reporters in Ohio on Thursday.",
    )
    assert {(i.article_id, i.side) for i in f.items} == {(1, "A"), (2, "B"), (3, "B")}


def test_courtesy_title_of_a_former_holder_is_not_flagged():
    """Reports that mostly say "former President Al Roe" make a bare "President Al Roe" a courtesy."""
    assert (
        titles(
            "Former President Al Roe will campaign in Ohio on Friday.",
            "Former President Al Roe raised money in Iowa on Thursday.",
            "President Al Roe told the rally on Wednesday that taxes would fall.",
        )
        == []
    )


def test_one_report_describing_a_former_holder_as_sitting_is_flagged():
    """Two reports say "former deputy leader Rupert Ashgrove"; one describes him as "the party's deputy
    leader" in apposition: no courtesy title, a claim that he holds the office now."""
    [f] = titles(
        "She beat former deputy leader Rupert Ashgrove by 4,400 votes on Saturday.",
        "Former deputy leader Rupert Ashgrove conceded within minutes on Saturday.",
        "Her margin over Rupert Ashgrove, the party’s deputy leader, was 4,400 votes on Saturday.",
    )
    assert {(i.article_id, i.side) for i in f.items} == {(1, "A"), (2, "A"), (3, "B")}
    assert "former deputy leader in 2 reports but the sitting deputy leader in one report" in f.explanation


def test_office_held_by_someone_else_makes_the_title_a_courtesy():
    """With President Jane Doe sitting, "President Al Roe" is not a claim that Roe sits."""
    assert (
        titles(
            "Former President Al Roe will campaign in Ohio on Friday.",
            "President Al Roe told the rally on Wednesday that taxes would fall.",
            "President Al Roe and President Jane Doe met on Thursday.",
            "President Jane Doe signed the budget on Thursday.",
        )
        == []
    )


def test_people_sharing_a_surname_are_not_confused():
    """ "former President Bill Moss" and "the president, Mrs. Moss" (Ann Moss, named earlier) are two people."""
    assert (
        titles(
            "Former President Bill Moss will campaign in Ohio on Friday.",
            "Ann Moss spoke on Monday. Voters may soon call the president, Mrs. Moss, by name.",
            "Ann Moss spoke on Tuesday. If she wins, the president, Mrs. Moss, will move.",
        )
        == []
    )


def test_then_title_speaks_of_the_past():
    """ "then-President Al Roe" says nothing about whether Roe sits today."""
    assert (
        titles(
            "Former President Al Roe will campaign in Ohio on Friday.",
            "In 1999, then-President Al Roe signed the treaty.",
            "In 1998, then-President Al Roe vetoed the bill.",
        )
        == []
    )


def test_titles_far_apart_in_time_are_not_flagged():
    """A 'former' title two years after a 'sitting' one is no conflict."""
    a = facts(1, "Analysts said former President Jane Doe will meet donors in Ohio on Friday.", "2033-01-01")
    b = facts(2, "President Jane Doe told her cabinet on Wednesday that taxes would fall.", "2031-01-01")
    assert [f for f in claim_findings([a, b]) if f.kind == "fact"] == []


def test_outlet_stated_contradiction_pairs_claim_with_rejection():
    """'..., contradicting X’s claims that Y' pairs Y with the rejection before it."""
    text = (
        "The minister, Ana Ruiz, repeated Lisbon’s rejection of the toll plan on Monday, "
        "contradicting Bo Li’s claims last week that Ruiz had backed the new tolls."
    )
    [f] = [f for f in claim_findings([facts(1, text)]) if f.kind == "fact"]
    sides = {i.side: i.text for i in f.items}
    assert sides["A"] == "Ruiz had backed the new tolls"
    assert sides["B"].startswith("Lisbon’s rejection of the toll plan")


def test_unowned_denial_is_not_flagged():
    """'refute suggestions that ...' with nobody's claim named is not a contradiction."""
    text = "The premier appeared to refute suggestions that the treaty would cost $4 billion on Monday."
    assert claim_findings([facts(1, text)]) == []


def test_keys_are_stable_across_runs():
    """Running twice gives the same keys."""
    a = facts(1, "Former Senator Bo Li will meet former President Jane Doe on Friday in Ohio.")
    b = facts(2, "President Jane Doe told her cabinet on Wednesday that she would travel to Ohio.")
    c = facts(3, "President Doe spoke to reporters in Ohio on Thursday.")
    first = [f.key for f in claim_findings([a, b, c])]
    assert first and first == [f.key for f in claim_findings([a, b, c])]


def test_two_results_for_one_match_conflict():
    """'beat Kestrel Town 3-1' against 'lost 3-2 to Harbourside Rovers' for one match."""
    a = facts(1, "Harbourside Rovers beat Kestrel Town 3-1 at Greyhaven Park on Saturday.")
    b = facts(2, "Kestrel Town lost 3-2 to Harbourside Rovers at Greyhaven Park on Saturday.")
    [f] = [f for f in claim_findings([a, b]) if f.kind == "number"]
    assert {i.text for i in f.items} == {"3-1", "3-2"}


def test_one_report_negating_what_another_states():
    """'would not appeal' against 'would appeal' for one linked claim is a fact conflict, with the clauses."""
    a = facts(1, "Castell's lawyer, Mira Okafor, said her client would not appeal the sentence.")
    b = facts(2, "His lawyer, Mira Okafor, said Castell would appeal the sentence.")
    [f] = [f for f in claim_findings([a, b]) if f.kind == "fact"]
    sides = {i.side: i.text for i in f.items}
    assert sides == {
        "A": "said her client would not appeal the sentence",
        "B": "said Castell would appeal the sentence",
    }


def test_negation_about_something_else_is_no_conflict():
    """Shared names but different statements: too few shared words to oppose each other."""
    a = facts(1, "Mira Okafor said the council would not publish the harbour accounts before May.")
    b = facts(2, "Mira Okafor said the harbour dredging contract would cost the council $4 million.")
    assert [f for f in claim_findings([a, b]) if f.kind == "fact"] == []


def test_negated_remark_the_other_report_never_makes_is_no_conflict():
    """One report quotes a remark whole, another stops before its second clause: the negation lies in the
    clause only one report gives ("you cannot do that in a final"), so it opposes nothing the other says."""
    a = facts(1, "Coach Ida Vorn said her side gave them the game in the first half, and you cannot do that in a final.")
    b = facts(2, "Coach Ida Vorn said her side gave them the game in the first half.")
    assert [f for f in claim_findings([a, b]) if f.kind == "fact"] == []


def test_a_poll_figure_and_a_counted_figure_do_not_conflict():
    """"near 10 percent in the Vermont polls" and "won 7 percent of the vote" are two measures (an
    estimate and a count), however alike the rest of the sentences; two counts still conflict."""
    poll = facts(1, "Governor Ada Holt and Senator Ben Roe were near 10 percent of the vote in the Vermont polls.")
    count = facts(2, "Governor Ada Holt and Senator Ben Roe won just 7 percent of the vote in Vermont.")
    recount = facts(3, "Governor Ada Holt and Senator Ben Roe won just 12 percent of the vote in Vermont.")
    assert [f for f in claim_findings([poll, count]) if f.kind == "number"] == []
    [f] = [f for f in claim_findings([count, recount]) if f.kind == "number"]
    assert {i.text for i in f.items} == {"7 percent", "12 percent"}


def test_a_portfolio_minister_called_former_in_one_report_is_flagged():
    """'Former transport minister Ada Rusk' against 'Transport Minister Ada Rusk' of the same days."""
    a = facts(1, "Former transport minister Ada Rusk defended the rail contract on Tuesday in Halden.", "2031-05-04")
    b = facts(2, "Transport Minister Ada Rusk said on Tuesday the rail contract was lawful.", "2031-05-04")
    [f] = [f for f in claim_findings([a, b]) if f.kind == "fact"]
    assert {(i.article_id, i.side) for i in f.items} == {(1, "A"), (2, "B")}


def test_figures_inside_two_versions_of_a_quote_are_no_number_conflict():
    """'since I was seven years old' / 'since I was eleven years old' in quotation marks: what was said
    differs (a misquote, which the quote rules report), not a fact."""
    a = facts(1, "“I have dreamed about this cup since I was seven years old,” said Mira Sand after the final.")
    b = facts(2, "“I have dreamed about this cup since I was eleven years old,” said Mira Sand after the final.")
    assert [f for f in claim_findings([a, b]) if f.kind == "number"] == []
    c = facts(3, "Mira Sand said after the final she had dreamed about this cup since she was seven years old.")
    d = facts(4, "Mira Sand said after the final she had dreamed about this cup since she was eleven years old.")
    assert len([f for f in claim_findings([c, d]) if f.kind == "number"]) == 1


def test_a_district_attorney_called_former_in_one_report_is_flagged():
    a = facts(1, "Former District Attorney Ken Shaw told reporters on Thursday the port case was closed.", "2031-05-04")
    b = facts(2, "District Attorney Ken Shaw said on Thursday the port case sent a clear message.", "2031-05-04")
    [f] = [f for f in claim_findings([a, b]) if f.kind == "fact"]
    assert {(i.article_id, i.side) for i in f.items} == {(1, "A"), (2, "B")}
