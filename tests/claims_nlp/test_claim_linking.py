"""Claim linking: paraphrases across outlets link, different claims do not."""

from claims.nlp.claim_linking import (
    MAX_CLAIMS_PER_MENTION,
    RESTATEMENT_THRESHOLD,
    SAME_CLAIM_THRESHOLD,
    ClaimSignature,
    blocking_keys,
    claim_signature,
    claims_joined,
    link_claims,
    paraphrases_next_quote,
    refers_to_statement,
    restated_earlier,
    same_claim,
    story_articles,
)
from claims.nlp.claims import extract_claims
from claims.nlp.numbers import find_quantities
from claims.nlp.types import ExtractedClaim


def claim(text, speaker=None):
    return ExtractedClaim(text, 0, len(text), speaker, "event", 0.8, tuple(find_quantities(text)))


VISIT_A = claim(
    "Premier Anna Kowal will visit the White House on Thursday to sign a lithium mining agreement.",
    "Anna Kowal",
)
VISIT_B = claim(
    "Polish leader Anna Kowalová is set to meet the president in Washington on Thursday to sign "
    "a preliminary deal on lithium.",
    None,
)
TARIFF = claim("The finance ministry said steel tariffs of 25% would take effect in June.", None)


def test_paraphrase_across_outlets_links():
    """Same visit, same day, same deal in other words scores above the threshold."""
    assert same_claim(claim_signature(VISIT_A), claim_signature(VISIT_B)) >= SAME_CLAIM_THRESHOLD


def test_different_claims_do_not_link():
    """A visit and a tariff announcement stay apart."""
    assert same_claim(claim_signature(VISIT_A), claim_signature(TARIFF)) < SAME_CLAIM_THRESHOLD


def test_different_speakers_weigh_against_linking():
    """The same words from two different speakers score lower than from one."""
    text = "Ukraine must get security guarantees before any ceasefire, the minister said."
    same = same_claim(claim_signature(claim(text, "Ana Lopez")), claim_signature(claim(text, "Ana Lopez")))
    other = same_claim(claim_signature(claim(text, "Ana Lopez")), claim_signature(claim(text, "Ben Ford")))
    assert other < same


def test_blocking_keys_share_an_entity_for_linked_claims():
    """Claims that should link meet under at least one blocking key."""
    assert blocking_keys(VISIT_A) & blocking_keys(VISIT_B)


def test_link_claims_groups_across_articles_only():
    """Two outlets' versions of a claim form one group; an unrelated claim stays alone."""
    groups = link_claims([(1, VISIT_A), (2, VISIT_B), (2, TARIFF)])
    assert set(groups[0]) & set(groups[1])
    assert not set(groups[2]) & set(groups[0])


def test_agreeing_amounts_raise_the_score():
    """Sharing a compatible amount in one unit makes two claims more alike."""
    a = claim("The agency said the dam will cost $4 billion.")
    b = claim("Officials put the price of the dam at about $4 billion.")
    c = claim("Officials put the price of the dam at about nine ships.")
    assert same_claim(claim_signature(a), claim_signature(b)) > same_claim(
        claim_signature(a), claim_signature(c)
    )


def test_speaker_counts_as_a_named_term_of_the_claim():
    """ "He said ..." attributed to a speaker meets a sentence naming that speaker on the speaker's name."""
    named = claim("Ana Lopez said the port will close for repairs in May.", None)
    pronoun = claim("The port will close for repairs in May, he said.", "Ana Lopez")
    assert "lopez" in claim_signature(pronoun).entities
    assert claim_signature(pronoun).entities & claim_signature(named).entities


def test_link_claims_joins_at_most_two_groups():
    """A claim never joins more than MAX_CLAIMS_PER_MENTION groups."""
    text = "Premier Anna Kowal will visit the White House on Thursday to sign a lithium mining agreement."
    groups = link_claims([(1, claim(text)), (2, claim(text)), (3, claim(text)), (4, claim(text))])
    assert all(len(g) <= MAX_CLAIMS_PER_MENTION for g in groups)


def test_a_mention_joins_every_claim_it_matches_best_first_up_to_the_cap():
    """A sentence stating several claims joins each one scoring at the threshold, the best first."""
    t = SAME_CLAIM_THRESHOLD
    scored = [(t - 0.01, 7), (t + 0.1, 8), (t, 9), (t + 0.3, 10), (t + 0.2, 11)]
    assert claims_joined(scored) == (10, 11, 8)[:MAX_CLAIMS_PER_MENTION]
    assert claims_joined([(t - 0.01, 7)]) == ()


def test_equal_scores_keep_the_listed_order():
    """On a tie the claim listed first (the older one, as linking lists them) wins."""
    assert claims_joined([(0.6, 4), (0.6, 3)])[0] == 4


def test_story_articles_share_at_least_two_of_the_new_articles_best_claims():
    """An article holding mentions of two of the claims the new article joined first reports its story."""
    assert story_articles([{1, 2}, {2, 3}, {2}, {1}]) == {1, 2}
    assert story_articles([{4}, {5}]) == set()


def test_second_clause_keeps_the_reported_speaker():
    """In "X announced A, but B" the clause B is extracted with X as its speaker."""
    text = (
        "Premier Anna Kowal announced on Monday that the mine will open in the northern valley next spring, "
        "but the government will not pay compensation to the farmers who lose their grazing land there."
    )
    found = extract_claims(text, [], [])
    assert len(found) == 2
    assert found[1].sentence.startswith("but the government")
    assert found[1].speaker_name == found[0].speaker_name and found[0].speaker_name


def test_sentences_naming_different_places_do_not_link_on_common_words():
    """Shared ordinary words across two stories that name nothing in common are not one claim."""
    from claims.nlp.claim_linking import SAME_CLAIM_THRESHOLD, claim_signature, same_claim
    from claims.nlp.types import ExtractedClaim

    def claim(text):
        return ExtractedClaim(
            sentence=text, start=0, end=len(text), speaker_name=None, kind="event", score=0.5
        )

    a = claim_signature(
        claim("Unemployment in Northbury rose sharply last month, the Northbury statistics office said.")
    )
    b = claim_signature(
        claim("Unemployment in Castlemere rose sharply last month, the Castlemere statistics office said.")
    )
    assert same_claim(a, b) < SAME_CLAIM_THRESHOLD


def _span(body, text):
    start = body.index(text)
    return (start, start + len(text), text)


PARAPHRASE = "Mara Quell made clear the farmers would have to pay for the dam."
QUOTE = "“We are not paying for it,” she said."


def test_a_sentence_before_its_speaker_s_quote_paraphrases_it():
    """Reported speech followed at once by the same speaker's direct quote states one claim."""
    body = f"{PARAPHRASE} {QUOTE}"
    assert paraphrases_next_quote(
        body, _span(body, PARAPHRASE), "mara quell", _span(body, QUOTE), "mara quell"
    )
    # the speaker left unresolved, but named in the sentence
    assert paraphrases_next_quote(body, _span(body, PARAPHRASE), None, _span(body, QUOTE), "mara quell")


def test_no_paraphrase_across_a_sentence_another_speaker_or_a_second_quote():
    between = f"{PARAPHRASE} The dam opens in May. {QUOTE}"
    assert not paraphrases_next_quote(
        between, _span(between, PARAPHRASE), "mara quell", _span(between, QUOTE), "mara quell"
    )
    body = f"{PARAPHRASE} {QUOTE}"
    assert not paraphrases_next_quote(
        body, _span(body, PARAPHRASE), "mara quell", _span(body, QUOTE), "ben ford"
    )
    assert not paraphrases_next_quote(body, _span(body, PARAPHRASE), None, _span(body, QUOTE), "ben ford")
    two_quotes = f"“The farmers will pay,” she said. {QUOTE}"
    first = "“The farmers will pay,” she said."
    assert not paraphrases_next_quote(
        two_quotes, _span(two_quotes, first), "mara quell", _span(two_quotes, QUOTE), "mara quell"
    )
    # A sentence quoting words of its own reports those words, not the quote after it.
    own_words = "Mara Quell said she would be “very blunt” with the farmers about the dam."
    mixed = f"{own_words} {QUOTE}"
    assert not paraphrases_next_quote(
        mixed, _span(mixed, own_words), "mara quell", _span(mixed, QUOTE), "mara quell"
    )


def test_a_later_sentence_restating_an_earlier_one_of_its_report_points_to_it():
    """Within one report only a close restatement counts (the bar is higher than across reports)."""
    lede = claim(
        "Governor Ilse Brandt said the state would not pay for the Kessel rail tunnel.", "Ilse Brandt"
    )
    vote = claim("The regional assembly voted 41-12 last month to widen the coastal motorway.")
    body = claim(
        "Brandt told the assembly the state would not pay for the Kessel tunnel at all.", "Ilse Brandt"
    )
    assert restated_earlier([claim_signature(c) for c in (lede, vote, body)]) == [None, None, 0]


def test_sentences_of_one_report_giving_different_figures_are_not_restatements():
    """A list of spending lines reads alike sentence after sentence; each figure is its own claim."""
    roads = claim("Fendle council spent 12 million pounds on roads in Ambleside in the year to March.")
    parks = claim("Fendle council spent 19 million pounds on parks in Corvey in the year to March.")
    again = claim("In the year to March Fendle council spent 12 million pounds on roads in Ambleside.")
    assert restated_earlier([claim_signature(c) for c in (roads, parks, again)]) == [None, None, 0]


def test_multiword_names_are_content_terms():
    """"the United States" weighs in the overlap like any one-word name ("Britain"): a sentence about
    what the United States will do shares that term with another report of it, not only its verb."""
    from claims.nlp.claim_terms import terms

    content, entities = terms("Officials said the United States would not send troops to Narvia.")
    assert "us" in entities and "us" in content
    content, entities = terms("Lawmakers met at the White House on rare earths.")
    assert {"washington", "rare earth"} <= content and "washington" in entities


def test_a_reference_back_to_a_speakers_statement_restates_that_speakers_claim():
    """"Brandt's blunt statement that the state would not pay for the tunnel ..." names the statement it
    tells again: it points to the same speaker's earlier claim at the linking threshold, below the
    bar for an ordinary restatement, and never to another speaker's."""
    said = claim(
        "Brandt told the assembly on Monday that the state would not pay for the Kessel rail tunnel.",
        "Ilse Brandt",
    )
    other = claim(
        "Mayor Jon Pell told the assembly on Monday that the city would pay for the Kessel rail tunnel.",
        "Jon Pell",
    )
    refers = claim(
            "Brandt's blunt statement that the state would not pay for the tunnel may delay the works for years.",
        "Ilse Brandt",
    )
    sigs = [claim_signature(c) for c in (said, other, refers)]
    score = same_claim(sigs[2], sigs[0])
    assert SAME_CLAIM_THRESHOLD <= score < RESTATEMENT_THRESHOLD
    assert restated_earlier(sigs) == [None, None, None]  # without the sentences: only close restatements
    texts = [c.sentence for c in (said, other, refers)]
    assert restated_earlier(sigs, sentences=texts) == [None, None, 0]
    plain = claim(
        "Brandt said the state would not fund the tunnel, which may delay the project for years.", "Ilse Brandt"
    )
    assert not refers_to_statement(plain.sentence)
    assert refers_to_statement(refers.sentence)
    assert refers_to_statement("Her earlier remarks that the plant would close drew protests.")


def test_inflections_and_contractions_fold_to_one_term():
    """The stem puts "provide" and "providing" together (dropping a final "e": the suffix list alone did not);
    the noun "meeting" stays apart from "meet" (= visit); "I'm" and "won't" say nothing claimed."""
    from claims.nlp.claim_terms import terms

    content = terms("I’m not going to provide guarantees, we won’t")[0]
    assert content == terms("providing guarantee")[0] == {"provid", "guarante"}
    assert terms("She will visit Rome")[0] & terms("She meets the pope in Rome")[0] >= {"meet"}
    assert "meet" not in terms("at a cabinet meeting on Friday")[0]


def test_a_compound_times_parts_count_as_amounts_of_the_claim():
    """'nine hours and 40 minutes' / 'six hours and 40 minutes': one span each for the number rules, yet the
    shared '40 minutes' is evidence of one claim, as a shared figure is."""
    a = claim("An 81-year-old man in Saint-Ambrin waited nine hours and 40 minutes for an ambulance in August.")
    b = claim("The longest wait for an ambulance recorded in August was six hours and 40 minutes.")
    assert [q.text for q in a.quantities if q.unit == "hours"] == ["nine hours and 40 minutes"]
    parts = [q.text for q in claim_signature(a).quantities]
    assert "40 minutes" in parts
    bare = ClaimSignature(claim_signature(a).content, claim_signature(a).entities, a.quantities, None)
    assert same_claim(claim_signature(a), claim_signature(b)) > same_claim(bare, claim_signature(b))
