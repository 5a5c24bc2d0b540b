"""Claims in excerpts cut off mid-sentence (invented text): the cut sentence lost its full stop but is
still prose, so it is read as a claim and can give a contradiction its side."""

from claims.nlp.claim_contradictions import ArticleFacts, claim_findings
from claims.nlp.claims import extract_claims
from claims.nlp.persons import find_persons

CUT = (
    "Stadium costs questioned\n"
    "Mayor Lena Ortiz has said the city spent $80 million on the stadium so far. "
    "In fact, audited accounts show the city spent roughly half of that amount on the stadium, even if one"
    " counts the new car park and the"
)


def test_a_sentence_cut_off_by_the_end_of_the_text_is_a_claim():
    sentences = [c.sentence for c in extract_claims(CUT, [], [])]
    assert any(s.startswith("In fact, audited accounts") for s in sentences)
    assert "Stadium costs questioned" not in sentences


def test_a_short_unpunctuated_last_line_stays_a_heading():
    text = "Mayor Lena Ortiz has said the city spent $80 million on the stadium so far.\nMore on the stadium vote"
    assert [c.sentence for c in extract_claims(text, [], [])] == [
        "Mayor Lena Ortiz has said the city spent $80 million on the stadium so far."
    ]


def test_the_cut_sentence_gives_a_number_contradiction_its_side():
    art = ArticleFacts(1, CUT, "2031-05-04", extract_claims(CUT, [], []), find_persons(CUT))
    [f] = [f for f in claim_findings([art]) if f.kind == "number"]
    assert {(i.text, i.side) for i in f.items} == {("$80 million", "A"), ("roughly half of that amount", "B")}
