"""Claim extraction: check-worthy sentences, their speakers and offsets."""

from claims.nlp.claims import extract_claims
from claims.nlp.types import ExtractedQuote, PersonMention

TEXT = (
    "Harbour Deal Looms\n"
    "Mayor Lena Ortiz said the new harbour would cost $2.4 billion and open in March 2027.\n"
    "“We will not raise taxes to pay for it,” Ortiz told reporters on Tuesday.\n"
    "Ortiz said the port authority would hire “at least 400 workers” next year.\n"
    "The city council voted 7-2 on Monday to approve the first phase of the plan.\n"
    "What happens next?\n"
    "It was a grey morning by the water.\n"
)


def _quote(text, inner, speaker):
    start = text.index(inner)
    return ExtractedQuote(inner, start, start + len(inner), speaker_mention="Ortiz", speaker_name=speaker)


def _persons(text):
    out = []
    for surface in ("Lena Ortiz", "Ortiz"):
        pos = 0
        while (pos := text.find(surface, pos)) >= 0:
            if not any(p.start <= pos < p.end for p in out):
                out.append(PersonMention("Lena Ortiz", surface, pos, pos + len(surface)))
            pos += len(surface)
    return out


def _claims():
    quotes = [
        _quote(TEXT, "We will not raise taxes to pay for it,", "Lena Ortiz"),
        _quote(TEXT, "at least 400 workers", "Lena Ortiz"),
    ]
    return extract_claims(TEXT, quotes, _persons(TEXT))


def _claim_for(fragment):
    return next(c for c in _claims() if fragment in c.sentence)


def test_offsets_slice_the_text_exactly():
    """Every claim's sentence is text[start:end]."""
    for c in _claims():
        assert TEXT[c.start : c.end] == c.sentence


def test_indirect_speech_takes_subject_as_speaker():
    """'Mayor Lena Ortiz said the harbour would cost ...' is Ortiz's claim with its amount."""
    c = _claim_for("would cost")
    assert c.speaker_name == "Lena Ortiz" and c.kind == "reported_speech"
    assert any(q.unit == "USD" for q in c.quantities)


def test_direct_quote_takes_quote_speaker():
    """A sentence around an attributed quote is the quote speaker's claim."""
    assert _claim_for("raise taxes").speaker_name == "Lena Ortiz"


def test_mixed_speech_with_partial_quote():
    """Indirect speech holding a partial quote is kept with its speaker."""
    c = _claim_for("400 workers")
    assert c.speaker_name == "Lena Ortiz"


def test_outlet_reporting_has_no_speaker():
    """A plain report of an event is the outlet's own claim."""
    c = _claim_for("council voted")
    assert c.speaker_name is None and 0 <= c.score <= 1


def test_headings_questions_and_scene_setting_are_skipped():
    """The headline, a question and a scene-setting line are not claims."""
    sentences = {c.sentence for c in _claims()}
    assert "Harbour Deal Looms" not in sentences
    assert not any("What happens" in s or "grey morning" in s for s in sentences)


def test_pronoun_speaker_resolves_to_previous_speaker():
    """'He said' continues the last named speaker."""
    text = (
        "Finance minister Arturo Vidal said the deficit would fall to 3% next year. "
        "He said spending on roads would rise by $2 billion over two years."
    )
    claims = extract_claims(text, [], [])
    assert [c.speaker_name for c in claims] == ["Arturo Vidal", "Arturo Vidal"]


def test_without_persons_a_bare_surname_expands_to_full_name():
    """With no person finder, 'Vidal said' takes the fullest name in the article."""
    text = "Arturo Vidal took office in May. Vidal said the deficit would fall to 3% of output by 2026."
    assert extract_claims(text, [], [])[-1].speaker_name == "Arturo Vidal"


def test_name_in_apposition_after_a_description_is_the_speaker():
    """'The port's finance chief, Ilse Marr, has argued that ...' is Marr's claim, not the outlet's:
    a description, then the name between commas, then the cue."""
    text = (
        "The port’s finance chief, Ilse Marr, has argued that the new quay would pay for itself within "
        "12 years of opening in 2027."
    )
    (c,) = extract_claims(text, [], [])
    assert c.speaker_name == "Ilse Marr" and c.kind == "reported_speech"


def test_a_description_opening_a_sentence_is_the_speaker_of_the_quote_right_after():
    """"The mayor went on to address the issue of ferry fares. “Fares will fall,” she said.": the
    quote's pronoun takes the description as its antecedent, so the sentence is the mayor's claim
    (what a speaker addressed is reported speech); without such a quote the speaker stays unknown."""
    from claims.nlp.quotes import extract_quotes

    text = (
        "Mayor Lena Ortiz opened the harbour on Tuesday.\n"
        "The mayor went on to address the issue of ferry fares for island residents.\n"
        "“Fares will fall by half next year,” she said.\n"
        "The mayor went on to address the issue of parking near the Pier Road gates in 2026.\n"
        "Parking rules were last changed in 2019, the council's records show.\n"
    )
    claims = {c.sentence: c for c in extract_claims(text, extract_quotes(text), _persons(text))}
    fares = claims["The mayor went on to address the issue of ferry fares for island residents."]
    assert fares.speaker_name == "Lena Ortiz"
    assert fares.kind == "reported_speech"
    parking = claims["The mayor went on to address the issue of parking near the Pier Road gates in 2026."]
    assert parking.speaker_name is None


def test_a_description_naming_no_one_person_takes_no_speaker_from_the_next_quote():
    """"The report found ... “We are alarmed,” she said.": she is not the report."""
    from claims.nlp.quotes import extract_quotes

    text = (
        "Mayor Lena Ortiz opened the harbour on Tuesday.\n"
        "The council report found that ferry fares for island residents rose by 40% in 2025.\n"
        "“We are alarmed by the figures,” she said.\n"
    )
    claims = {c.sentence: c for c in extract_claims(text, extract_quotes(text), _persons(text))}
    report = claims["The council report found that ferry fares for island residents rose by 40% in 2025."]
    assert report.speaker_name is None


def test_a_cost_or_a_sentence_stated_as_done_is_check_worthy():
    """'The recount cost taxpayers roughly $430,000.' names no one, but a figure stated as what an event
    cost (or a term a court passed) is what another report may contradict."""
    text = (
        "The six-day recount cost taxpayers roughly $430,000. The former treasurer was jailed for six years. "
        "He was awarded £58,000 in damages."
    )
    assert [c.sentence for c in extract_claims(text, [], [])] == [
        "The six-day recount cost taxpayers roughly $430,000.",
        "The former treasurer was jailed for six years.",
        "He was awarded £58,000 in damages.",
    ]
