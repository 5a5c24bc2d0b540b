"""The claim pipeline on the four seed articles, scored with the shared scorer.

Reads ../shared (never copied into the repo); skipped when it is absent.
Figures measured when written: claim mentions P 0.82 / R 0.93 (multi-claim
sentences exported once per claim), claim linking P 0.67 / R 0.49,
contradictions x01, x02, x06 found with no false finding.
"""

import pytest

from .seed_harness import run, shared_available

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not shared_available(), reason="../shared (seeds, gold, scorer) is absent"),
]


@pytest.fixture(scope="module")
def result():
    return run(use_gold_quotes=True)


def test_number_title_and_denial_contradictions_found(result):
    """x01 (number), x02 (former vs sitting title) and x06 (outlet-stated denial) are found."""
    assert {"x01", "x02", "x06"} <= set(result["contradictions"]["found"])


def test_no_false_contradictions(result):
    """Every claim contradiction predicted matches a gold one (precision >= 0.8)."""
    assert result["contradictions"]["precision"] >= 0.8


def test_claim_mention_recall_and_precision(result):
    """Check-worthy sentences: recall >= 0.85 and precision >= 0.75 against the gold."""
    m = result["claim_mentions"]
    assert m["recall"] >= 0.85 and m["precision"] >= 0.75, m


def test_claim_linking_floor(result):
    """Cross-article claim linking keeps its measured level (target 0.8 recall not reached yet)."""
    m = result["claim_linking"]
    assert m["recall"] >= 0.45 and m["precision"] >= 0.6, m
