"""Polarity contradictions: one report says a thing happens, another that it does not.

Two articles' versions of one claim (linked, and close beyond the linking
threshold) that share most of their content words, where exactly one of them
negates ("her client would not appeal" / "he would appeal against the
sentence"), state opposite facts. Different speakers may disagree without any
outlet being wrong, so the speakers must be compatible (or unknown).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.nlp.claim_facts import ArticleFacts
from claims.nlp.number_rules import stable_key, strict_claim_pairs
from claims.nlp.quote_contradictions import clause_span
from claims.nlp.similarity import tokenize
from claims.nlp.speakers import speaker_key, speakers_compatible
from claims.nlp.types import ContradictionFinding, ExtractedClaim, SpanRef

_NEGATION = re.compile(r"\b(?:not|never|no longer|cannot)\b|n[’']t\b", re.I)
_REPORTING = frozenset("said says say told tells added adds according stated states".split())
MIN_SHARED_CONTENT = 0.5  # Jaccard of content words, negations and reporting verbs left out


def _content(sentence: str) -> set[str]:
    return {t.norm for t in tokenize(sentence) if t.content and t.norm not in _REPORTING}


def _compatible_speakers(a: ExtractedClaim, b: ExtractedClaim) -> bool:
    ka = speaker_key(a.speaker_name) if a.speaker_name else None
    kb = speaker_key(b.speaker_name) if b.speaker_name else None
    return speakers_compatible(ka, kb)


def _negated_clause(claim: ExtractedClaim) -> tuple[int, int, str] | None:
    """Offsets (in the article) of the clause holding the negation, and the first word after it."""
    m = _NEGATION.search(claim.sentence)
    if m is None:
        return None
    lo, hi = clause_span(claim.sentence, m.start(), m.end())
    after = [t.norm for t in tokenize(claim.sentence[m.end() : hi]) if t.content]
    return claim.start + lo, claim.start + hi, (after[0] if after else "")


def _matching_clause(claim: ExtractedClaim, word: str) -> tuple[int, int] | None:
    """The clause of ``claim`` holding ``word`` (the negated predicate), else None: a negation of
    something the other report never states ("We lost the game, and you cannot do that" against "We lost
    the game") is an added remark, not the opposite fact."""
    for t in tokenize(claim.sentence):
        if word and t.norm == word:
            lo, hi = clause_span(claim.sentence, t.start, t.end)
            return claim.start + lo, claim.start + hi
    return None


def _finding(
    neg_art: ArticleFacts, neg: ExtractedClaim, pos_art: ArticleFacts, pos: ExtractedClaim
) -> ContradictionFinding | None:
    clause = _negated_clause(neg)
    if clause is None:
        return None
    n_lo, n_hi, predicate = clause
    matching = _matching_clause(pos, predicate)
    if matching is None:
        return None
    p_lo, p_hi = matching
    items = (
        SpanRef(neg_art.article_id, neg_art.text[n_lo:n_hi], n_lo, n_hi, "A"),
        SpanRef(pos_art.article_id, pos_art.text[p_lo:p_hi], p_lo, p_hi, "B"),
    )
    return ContradictionFinding(
        kind="fact",
        items=items,
        explanation=f"One report says “{items[0].text}”, another the opposite: “{items[1].text}”",
        key=stable_key(
            "polarity", sorted([(neg_art.article_id, neg.start), (pos_art.article_id, pos.start)])
        ),
    )


def polarity_findings(
    articles: Sequence[ArticleFacts], claim_groups: dict[int, list[tuple[int, int]]] | None = None
) -> list[ContradictionFinding]:
    """Linked claims in two articles where one negates what the other states."""
    by_id = {a.article_id: a for a in articles}
    out = []
    for (aid, ci), others in sorted(strict_claim_pairs(articles, claim_groups).items()):
        a = by_id[aid].claims[ci]
        for bid, cj in sorted(others):
            if (bid, cj) <= (aid, ci) or bid == aid:
                continue
            b = by_id[bid].claims[cj]
            neg_a, neg_b = bool(_NEGATION.search(a.sentence)), bool(_NEGATION.search(b.sentence))
            if neg_a == neg_b or not _compatible_speakers(a, b):
                continue
            ca, cb = _content(a.sentence), _content(b.sentence)
            if not ca or not cb or len(ca & cb) / len(ca | cb) < MIN_SHARED_CONTENT:
                continue
            neg, pos = ((by_id[aid], a), (by_id[bid], b)) if neg_a else ((by_id[bid], b), (by_id[aid], a))
            finding = _finding(neg[0], neg[1], pos[0], pos[1])
            if finding is not None:
                out.append(finding)
    return out
