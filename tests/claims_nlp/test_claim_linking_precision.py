"""Claim linking on a busy corpus: names found in every story weigh little, rare terms still link."""

from claims.nlp.claim_linking import (
    SAME_CLAIM_THRESHOLD,
    STOP_TERM_CLAIMS,
    claim_signature,
    link_claims,
    rarity_from_counts,
    same_claim,
    term_key,
)
from claims.nlp.numbers import find_quantities
from claims.nlp.types import ExtractedClaim


def claim(text, speaker=None):
    return ExtractedClaim(text, 0, len(text), speaker, "event", 0.8, tuple(find_quantities(text)))


def sig(text, speaker=None):
    return claim_signature(claim(text, speaker))


def test_rarity_falls_with_the_number_of_claims_holding_a_term():
    held = {term_key("brisk"): STOP_TERM_CLAIMS, term_key("vantor"): 3}
    rarity = rarity_from_counts(lambda key: held.get(key, 0))
    assert rarity("vantor") > 0.9
    assert rarity("brisk") < 0.2
    assert rarity("never-seen") == 1.0


def test_names_found_everywhere_do_not_link_different_stories():
    """Two stories about the same two ubiquitous candidates share little once the names weigh less."""
    a = sig("Governor Ada Brisk and Senator Tomas Vantor will debate in Dunmore on Monday night.")
    b = sig("Governor Ada Brisk accused Senator Tomas Vantor of hiding his tax returns in Dunmore.")
    common = {term_key(t): STOP_TERM_CLAIMS for t in a.entities & b.entities}
    rarity = rarity_from_counts(lambda key: common.get(key, 0))
    assert same_claim(a, b) >= SAME_CLAIM_THRESHOLD  # on names alone they would link
    assert same_claim(a, b, rarity) < SAME_CLAIM_THRESHOLD


def test_rare_shared_terms_still_link_a_restatement():
    a = sig("Governor Ada Brisk vetoed the Quillfield pipeline bill on Monday.")
    b = sig("On Monday Ada Brisk vetoed a bill approving the Quillfield pipeline.")
    common = {term_key("brisk"): STOP_TERM_CLAIMS}
    assert same_claim(a, b, rarity_from_counts(lambda key: common.get(key, 0))) >= SAME_CLAIM_THRESHOLD


def test_one_disputed_figure_still_links():
    """The same statement with a different amount is one claim (the contradiction rules need it)."""
    a = claim("The Dunmore council said the new stadium will cost $300 million to build.")
    b = claim("The new stadium will cost the Dunmore council $450 million to build, officials said.")
    assert same_claim(claim_signature(a), claim_signature(b)) >= SAME_CLAIM_THRESHOLD
    groups = link_claims([(1, a), (2, b)])
    assert set(groups[0]) & set(groups[1])
