"""Number contradictions: amounts for one claim that cannot be the same figure.

Two shapes:

- a correction: a relative amount ("roughly half of that amount") that refers
  back to an earlier figure for the same measure, where the text signals a
  correction ("in fact", "inflated") or both sentences describe the same
  measure. The earlier figure and every compatible figure in the same claim in
  other articles form side A; the relative amount is side B.
- linked claims: two articles' versions of one claim state one amount each in
  the same unit, and the amounts cannot be reconciled even allowing for
  "about", "more than" and vague ranges.

Across reports of one story, beside these: figures for one measure
(story_numbers.py), a figure with two digits swapped (transposed_figures.py) and
the one figure each report gives in a specific unit (unit_figures.py).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache

from claims.nlp.claim_facts import ArticleFacts
from claims.nlp.claim_linking import SAME_CLAIM_THRESHOLD, ClaimSignature, claim_signature, same_claim
from claims.nlp.claim_terms import terms
from claims.nlp.figure_frames import figure_frame_findings
from claims.nlp.finding_keys import stable_key
from claims.nlp.numbers import find_quantities, quantities_compatible, time_parts, unit_key
from claims.nlp.quote_marks import find_quote_spans
from claims.nlp.story_numbers import story_number_findings, story_pairs
from claims.nlp.transposed_figures import transposed_figure_findings
from claims.nlp.types import ContradictionFinding, ExtractedClaim, Quantity, SpanRef
from claims.nlp.union_find import UnionFind
from claims.nlp.unit_figures import unit_figure_findings

_CORRECTION = re.compile(
    r"\b(?:in fact|actually|in reality|inflat\w*|exaggerat\w*|overstat\w*|understat\w*|falsely|false|"
    r"wrong(?:ly)?|incorrect(?:ly)?|misleading|really)\b",
    re.I,
)
_MIN_SHARED_TERMS = 3
LINKED_THRESHOLD = 0.5  # stricter than linking: a number conflict needs the same claim for sure

ClaimRef = tuple[int, int]  # (article_id, index into ArticleFacts.claims)


def _same_claims(
    articles: Sequence[ArticleFacts], groups: dict[int, list[ClaimRef]] | None, threshold: float
) -> dict[ClaimRef, set[ClaimRef]]:
    """For each claim, the claims of other articles stated to be (or scored as) the same claim."""
    refs = [(a.article_id, i) for a in articles for i in range(len(a.claims))]
    by_ref = {(a.article_id, i): c for a in articles for i, c in enumerate(a.claims)}
    out: dict[ClaimRef, set[ClaimRef]] = {r: set() for r in refs}
    if groups is not None:
        for members in groups.values():
            for r in members:
                out.setdefault(r, set()).update(m for m in members if m[0] != r[0])
        return out
    sigs = {r: claim_signature(by_ref[r]) for r in refs}
    for i, r in enumerate(refs):
        for s in refs[i + 1 :]:
            if r[0] != s[0] and same_claim(sigs[r], sigs[s]) >= threshold:
                out[r].add(s)
                out[s].add(r)
    return out


def _claim_at(art: ArticleFacts, pos: int) -> int | None:
    for i, c in enumerate(art.claims):
        if c.start <= pos < c.end:
            return i
    return None


def _referent(art: ArticleFacts, q: Quantity) -> Quantity | None:
    """The absolute amount a relative one was resolved against (same value and unit)."""
    for r in reversed(find_quantities(art.text, max(0, q.start - 2000), q.start)):
        if (
            r.value is not None
            and q.relative_factor
            and r.unit == q.unit
            and abs(r.value * q.relative_factor - q.value) < 1e-6 * max(1.0, abs(q.value))
        ):
            return r
    return None


def _same_measure(a: ExtractedClaim, b: ExtractedClaim) -> bool:
    """Both sentences describe one measure, or the text flags a correction."""
    if _CORRECTION.search(a.sentence) or _CORRECTION.search(b.sentence):
        return True
    return len(terms(a.sentence)[0] & terms(b.sentence)[0]) >= _MIN_SHARED_TERMS


def _echoes(ref: Quantity, q: Quantity, refs: set[ClaimRef], by_id: dict[int, ArticleFacts]) -> list[SpanRef]:
    """Amounts in the same claim elsewhere that agree with ``ref``: other reports of the
    figure being corrected (a vague "hundreds of billions" included, as it restates it)."""
    out = []
    for aid, ci in sorted(refs):
        for other in by_id[aid].claims[ci].quantities:
            if (
                other.relative_factor is None
                and unit_key(other.unit) == unit_key(ref.unit)
                and quantities_compatible(other, ref)
            ):
                out.append(SpanRef(aid, other.text, other.start, other.end, "A", claim_id=ci))
    return out


def _correction(art: ArticleFacts, ci: int, q: Quantity, same, by_id) -> ContradictionFinding | None:
    ref = _referent(art, q)
    ri = _claim_at(art, ref.start) if ref else None
    if ref is None or ri is None or quantities_compatible(q, ref):
        return None
    if ri == ci:
        # Within one statement, only an explicit correction between the two
        # amounts ("X says €2.4bn ... in fact a third of that") is a conflict.
        if not _CORRECTION.search(art.text[ref.end : q.start]):
            return None
    elif not _same_measure(art.claims[ri], art.claims[ci]):
        return None
    items = [SpanRef(art.article_id, ref.text, ref.start, ref.end, "A", claim_id=ri)]
    items += _echoes(ref, q, same.get((art.article_id, ri), set()), by_id)
    items.append(SpanRef(art.article_id, q.text, q.start, q.end, "B", claim_id=ci))
    return ContradictionFinding(
        kind="number",
        items=tuple(items),
        explanation=f"“{ref.text}” against “{q.text}” (≈{q.value:,.0f}{' ' + q.unit if q.unit else ''}) "
        "for the same amount",
        key=stable_key("number-correction", art.article_id, ref.text, q.text),
    )


def _single(quantities: Sequence[Quantity], unit: str) -> Quantity | None:
    """The one absolute amount in ``unit``; None when there are several (which one is meant?)."""
    hits = [q for q in quantities if q.relative_factor is None and unit_key(q.unit) == unit]
    return hits[0] if len(hits) == 1 else None


_MEASURE_SKIP = frozenset(
    "of the a an its their his her in for to and or as at on by per over from since with among than against "
    # what is left of the unit after the amount ("six-percentage-point lead", "3 percentage points"):
    # the unit is compared already and says nothing of what is measured
    "point points percent percentage pct".split()
)
# "eight of the last nine contests": the nine frames a ratio, it is no total another report can contradict.
_RATIO_FRAME = re.compile(r"\bof\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:last|past|previous|first|next|final|"
                          r"remaining)\s+$", re.I)
_MEASURE_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _measure(text: str, q: Quantity) -> set[str]:
    """What an amount counts: the first content words after it ("two years of *talks*", "41-year *history*").

    Words before the amount ("*bribes* worth £24,000") were tried too: on 630 real election
    articles they matched unrelated poll figures five times for one true conflict found.
    """
    # A compound time is read from its first unit on ("22 hours| and 14 minutes on Wednesday"), as
    # before compound times were one span: two reports giving one speech "22 hours and 14 minutes" and
    # "21 hours and 14 minutes" measure it alike.
    parts = time_parts(q)
    end = parts[0].start - len(re.search(r"\s*(?:,|and)?\s*$", text[q.start : parts[0].start]).group()) if parts else q.end
    # ", according to the memo" after it names a source, not what it counts
    phrase = re.split(r",\s+according\s+to\b", text[end : end + 60], maxsplit=1)[0]
    words = [w.lower() for w in _MEASURE_WORD.findall(phrase)]
    words = [w for w in words if w not in _MEASURE_SKIP][:2]
    return {w[:5] for w in words}


def _same_thing(text_a: str, qa: Quantity, text_b: str, qb: Quantity) -> bool:
    """Two amounts can only conflict when they measure the same thing (or neither says what).
    Two results of one claim ("3-1", "3-2") are the same thing: the claim is the match."""
    if unit_key(qa.unit) == "score":
        return True
    if any(_RATIO_FRAME.search(text, max(0, q.start - 30), q.start) for text, q in ((text_a, qa), (text_b, qb))):
        return False
    ma, mb = _measure(text_a, qa), _measure(text_b, qb)
    return not (ma and mb) or bool(ma & mb)


# A poll's estimate and a count (of votes, of anything) measure different things however alike the
# sentences read: "clustered near 10 percent in New Hampshire surveys" / "collected 7 percent of the vote".
_POLL = re.compile(r"\b(?:polls?|polling|polled|surveys?|surveyed|pollsters?)\b", re.I)


def _poll_against_count(a: ExtractedClaim, b: ExtractedClaim) -> bool:
    return bool(_POLL.search(a.sentence)) != bool(_POLL.search(b.sentence))


@lru_cache(maxsize=1024)  # whole article texts, like the other per-article caches of a run
def _quoted_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((span.start, span.end) for span in find_quote_spans(text))


def _quoted(text: str, q: Quantity) -> bool:
    return any(start <= q.start and q.end <= end for start, end in _quoted_spans(text))


def _linked_conflicts(same, by_id) -> list[ContradictionFinding]:
    """Conflicting amounts of linked claims, one finding per disagreement: pairs of claims that share a
    figure ("by 86 votes to 71" against "by 88 votes to 71" in one pair, against "88-71" in another)
    are one finding, the figures that agree on one side."""
    clashes: list[tuple[tuple[int, int, Quantity], tuple[int, int, Quantity]]] = []
    for (aid, ci), others in sorted(same.items()):
        a = by_id[aid].claims[ci]
        for bid, cj in sorted(others):
            if (bid, cj) < (aid, ci):
                continue
            b = by_id[bid].claims[cj]
            if _poll_against_count(a, b):
                continue
            for unit in sorted({unit_key(q.unit) for q in a.quantities if q.unit}):
                qa, qb = _single(a.quantities, unit), _single(b.quantities, unit)
                if (
                    qa
                    and qb
                    and _same_thing(by_id[aid].text, qa, by_id[bid].text, qb)
                    and not quantities_compatible(qa, qb)
                    # Two figures inside quotation marks are two versions of what was said: a misquote,
                    # which the quote rules report ("since I was seven" / "since I was eleven").
                    and not (_quoted(by_id[aid].text, qa) and _quoted(by_id[bid].text, qb))
                ):
                    clashes.append(((aid, ci, qa), (bid, cj, qb)))
    return [_linked_finding(figures) for figures in _connected(clashes)]


Figure = tuple[int, int, Quantity]  # (article_id, claim index, amount)


def _connected(clashes: list[tuple[Figure, Figure]]) -> list[list[Figure]]:
    """The figures of clashes that share a figure, gathered; in the order first met."""
    joined: UnionFind[tuple[int, int]] = UnionFind()
    figure: dict[tuple[int, int], Figure] = {}
    for pair in clashes:
        keys = [(f[0], f[2].start) for f in pair]
        for key, f in zip(keys, pair, strict=True):
            figure.setdefault(key, f)
        joined.union(keys[0], keys[1])
    groups: dict[tuple[int, int], list[Figure]] = {}
    for key in figure:
        groups.setdefault(joined.find(key), []).append(figure[key])
    return list(groups.values())


def _linked_finding(figures: list[Figure]) -> ContradictionFinding:
    sides: list[list[Figure]] = []
    for f in figures:
        side = next((s for s in sides if quantities_compatible(s[0][2], f[2])), None)
        if side is None:
            sides.append([f])
        else:
            side.append(f)
    if len(figures) > 2:  # the figure more articles give is side A
        sides.sort(key=lambda s: (-len({f[0] for f in s}), min(f[0] for f in s)))
    items = tuple(
        SpanRef(aid, q.text, q.start, q.end, label, claim_id=ci)
        for label, side in zip("ABCDEFG", sides, strict=False)
        for aid, ci, q in side
    )
    first_a, first_b = (next(i.text for i in items if i.side == label) for label in "AB")
    return ContradictionFinding(
        kind="number",
        items=items,
        explanation=f"“{first_a}” against “{first_b}” for the same claim",
        key=stable_key("number", sorted((i.article_id, i.text) for i in items)),
    )


def number_findings(
    articles: Sequence[ArticleFacts],
    claim_groups: dict[int, list[ClaimRef]] | None = None,
    story_groups: dict[int, list[ClaimRef]] | None = None,
    utterances: Iterable[Collection[int]] = (),
    pairs: set[tuple[int, int]] | None = None,
) -> list[ContradictionFinding]:
    """Corrections within an article, conflicting amounts across linked claims, and conflicting figures
    for one measure in reports of one story (story_numbers.py).

    ``story_groups`` are the claims of every mention of the run (not only the
    touched ones) and tell which articles report one story; by default
    ``claim_groups``, or the claims ``same_claim`` pairs when that is None too.
    ``pairs``: those reports of one story, when the caller has them already.
    """
    by_id = {a.article_id: a for a in articles}
    same = _same_claims(articles, claim_groups, SAME_CLAIM_THRESHOLD)
    out = []
    for art in articles:
        for ci, claim in enumerate(art.claims):
            for q in claim.quantities:
                if q.relative_factor is not None and q.value is not None:
                    finding = _correction(art, ci, q, same, by_id)
                    if finding is not None:
                        out.append(finding)
    out += _linked_conflicts(strict_claim_pairs(articles, claim_groups, same), by_id)
    if story_groups is None:
        story_groups = claim_groups if claim_groups is not None else _pair_groups(same)
    if pairs is None:
        pairs = story_pairs(articles, story_groups, utterances)
    out += [f for f in story_number_findings(articles, story_groups, utterances, pairs) if not _already_found(f, out)]
    out += [f for f in transposed_figure_findings(articles, pairs) if not _already_found(f, out)]
    out += [f for f in unit_figure_findings(articles, pairs) if not _already_found(f, out)]
    return out + [f for f in figure_frame_findings(articles, pairs) if not _already_found(f, out)]


def _pair_groups(same: dict[ClaimRef, set[ClaimRef]]) -> dict[int, list[ClaimRef]]:
    """Linked claim pairs as two-member groups."""
    pairs = sorted({tuple(sorted((r, o))) for r, others in same.items() for o in others})
    return {i: list(p) for i, p in enumerate(pairs)}


def _already_found(finding: ContradictionFinding, found: list[ContradictionFinding]) -> bool:
    """Another number finding already sets one of this finding's amounts against one of the other side's
    (spans overlapping: one rule reads "£85,000", another "85,000")."""

    def side_of(item: SpanRef) -> str | None:
        return next(
            (i.side for i in finding.items
             if i.article_id == item.article_id and i.start < item.end and item.start < i.end),
            None,
        )

    for other in found:
        sides = {side_of(i) for i in other.items} - {None}
        if len(sides) == 2 and len({i.side for i in other.items}) == 2:
            return True
    return False


def strict_claim_pairs(
    articles: Sequence[ArticleFacts],
    claim_groups: dict[int, list[ClaimRef]] | None = None,
    same: dict[ClaimRef, set[ClaimRef]] | None = None,
) -> dict[ClaimRef, set[ClaimRef]]:
    """For each claim, the other articles' claims close enough to be compared word for word or amount
    for amount (linked and similar beyond the linking threshold)."""
    if claim_groups is None:
        return _same_claims(articles, None, LINKED_THRESHOLD)
    by_id = {a.article_id: a for a in articles}
    if same is None:
        same = _same_claims(articles, claim_groups, SAME_CLAIM_THRESHOLD)
    return _strictly_same(same, by_id)


def _strictly_same(same: dict[ClaimRef, set[ClaimRef]], by_id) -> dict[ClaimRef, set[ClaimRef]]:
    """Linked pairs that are also close enough for a number conflict.

    Linking gathers sentences about one topic (a deal, a visit); two of them can
    carry unrelated amounts ("two years of talks", "its 41-year history"), so an
    amount conflict asks for the stricter similarity.
    """
    sig = {}

    def signature(ref: ClaimRef):
        if ref not in sig:
            sig[ref] = _signature(by_id[ref[0]].claims[ref[1]])
        return sig[ref]

    return {r: {o for o in others if _strictly_close(signature(r), signature(o))} for r, others in same.items()}


# Every run compares all pairs of a touched claim's mentions, and a big claim's
# old pairs come back run after run: their scores are remembered.
_signature = lru_cache(maxsize=10_000)(claim_signature)


@lru_cache(maxsize=50_000)
def _strictly_close(a: ClaimSignature, b: ClaimSignature) -> bool:
    return same_claim(a, b) >= LINKED_THRESHOLD
