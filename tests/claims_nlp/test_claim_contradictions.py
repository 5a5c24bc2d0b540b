"""Number, title and denial contradictions between claims."""

from claims.nlp.claim_contradictions import ArticleFacts, claim_findings
from claims.nlp.claims import extract_claims


def facts(aid, text, published="2031-05-04"):
    return ArticleFacts(aid, text, published, extract_claims(text, [], []), [])


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


def test_former_versus_sitting_title_is_a_fact_finding():
    """One outlet's 'former President Jane Doe' against another's 'President Jane Doe' is flagged."""
    a = facts(1, "Former Senator Bo Li will meet former President Jane Doe on Friday in Ohio.")
    b = facts(2, "President Jane Doe told her cabinet on Wednesday that she would travel to Ohio.")
    [f] = [f for f in claim_findings([a, b]) if f.kind == "fact"]
    assert {(i.article_id, i.side) for i in f.items} == {(1, "A"), (2, "B")}
    assert f.key


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
    assert [f.key for f in claim_findings([a, b])] == [f.key for f in claim_findings([a, b])]
