"""Decide whether two claim sentences state the same claim.

``claim_signature`` reduces a claim to plain comparable parts (content terms,
entity terms, amounts, speaker key); ``same_claim`` scores two signatures in
[0, 1] and ``SAME_CLAIM_THRESHOLD`` is the cut; ``blocking_keys`` gives the
index keys under which to look candidates up, so a new claim is compared with
a few earlier claims instead of all of them; ``link_claims`` is the reference
grouping used by the benchmarks (the Django service may mirror it with a
database index over ``blocking_keys``).

Usage: ``groups = link_claims([(article_id, claim), ...])`` -> group ids per claim.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from claims.nlp.claim_terms import entity_term, terms
from claims.nlp.numbers import quantities_compatible, time_parts, unit_key
from claims.nlp.story_numbers import MIN_SHARED_CLAIMS
from claims.nlp.types import ExtractedClaim, Quantity

SAME_CLAIM_THRESHOLD = 0.40
# A sentence can state two claims ("X will visit on Friday, but the US will not
# give guarantees"), so a mention may join the few claims it matches best.
MAX_CLAIMS_PER_MENTION = 3
# A sentence this close to one sentence of a claim it does not join as a whole
# restates a further fact of that sentence ("X announced at a cabinet meeting on
# Wednesday that ..."): the two open a claim of their own. Both this and a
# mention's second and third claims hold only between reports of one story
# (``story_articles``): across a campaign's coverage the same names recur in
# sentences about other events.
SAME_FACT_THRESHOLD = 0.50
_ENTITY_WEIGHT = 2.0
# A term held by this many earlier claims is a stop term for scoring, as a key
# held by more rows than the postings cap is for candidate lookup.
STOP_TERM_CLAIMS = 400
_STOP_TERM_WEIGHT = 0.1
# term -> weight factor in (0, 1]: how specific the term is in the corpus so far.
Rarity = Callable[[str], float]


@dataclass(frozen=True, slots=True)
class ClaimSignature:
    content: frozenset[str]  # normalised content terms (stems, folded synonyms)
    entities: frozenset[str]  # the subset that were proper names
    quantities: tuple[Quantity, ...]
    speaker_key: str | None
    speaker_term: str | None = None  # the speaker's surname, added when the sentence does not name them
    # Linking looks signatures up in its caches ~10^4 times per article; hashing the fields (and
    # each amount's) every time was a tenth of the scoring.
    _hash: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        fields = (self.content, self.entities, self.quantities, self.speaker_key, self.speaker_term)
        object.__setattr__(self, "_hash", hash(fields))

    def __hash__(self) -> int:
        return self._hash


def _default_key(name: str | None) -> str | None:
    """Last name token, lower-cased: a stand-in for speakers.speaker_key."""
    if not name:
        return None
    toks = re.findall(r"[^\W\d_]+", name.lower())
    return re.sub(r"(.)\1+", r"\1", toks[-1]) if toks else None


def claim_signature(claim: ExtractedClaim, speaker_key: str | None = None) -> ClaimSignature:
    """Comparable parts of ``claim``; ``speaker_key`` defaults to the speaker's last name."""
    content, entities = terms(claim.sentence)
    key = speaker_key if speaker_key is not None else _default_key(claim.speaker_name)
    added = None
    if key and entity_term(key.split()[-1]) not in content:
        # The speaker is part of what is claimed: "he said ..." in one outlet
        # and "Trump said ..." in another share the speaker's name.
        added = entity_term(key.split()[-1])
        content, entities = content | {added}, entities | {added}
    # A compound time's parts count as amounts too ("and 40 minutes" in both reports of one wait).
    quantities = tuple(x for q in claim.quantities for x in (q, *time_parts(q)))
    return ClaimSignature(content, entities, quantities, key, added)


@lru_cache(maxsize=10_000)  # one object per signature, so the term weights cached for it are reused
def _without_added_speaker(sig: ClaimSignature) -> ClaimSignature:
    if sig.speaker_term is None:
        return sig
    drop = {sig.speaker_term}
    return ClaimSignature(sig.content - drop, sig.entities - drop, sig.quantities, sig.speaker_key)


def term_key(term: str) -> str:
    """The blocking key a term is indexed under (entities, speakers and long words are keys)."""
    return f"e:{term}"


def rarity_from_counts(claims_holding: Callable[[str], int], stop: int = STOP_TERM_CLAIMS) -> Rarity:
    """Weight factor of a term from how many earlier claims hold its key (``claims_holding(key)``).

    A name in every second story of a corpus (the president, the front-runner)
    says little about which claim a sentence states; a rare name or word says
    much. The factor falls linearly from 1 (unseen) to ``_STOP_TERM_WEIGHT`` at
    ``stop`` claims, so a small corpus is scored nearly as without it.
    """

    known: dict[str, float] = {}  # one linking run weighs the same few hundred terms ~10^5 times

    def rarity(term: str) -> float:
        factor = known.get(term)
        if factor is None:
            n = claims_holding(term_key(term))
            factor = known[term] = max(_STOP_TERM_WEIGHT, 1.0 - (1.0 - _STOP_TERM_WEIGHT) * n / stop)
        return factor

    return rarity


def _no_rarity(term: str) -> float:
    return 1.0


def _weight(term: str, sig: ClaimSignature, rarity: Rarity = _no_rarity) -> float:
    return (_ENTITY_WEIGHT if term in sig.entities else 1.0) * rarity(term)


_Weights = tuple[dict[str, float], float]  # a signature's term weights and their sum (``_weights``)


@lru_cache(maxsize=8192)
def _weights(sig: ClaimSignature, rarity: Rarity) -> _Weights:
    """Each content term's weight and their sum: a new mention is compared with hundreds of stored ones."""
    weights = {t: _weight(t, sig, rarity) for t in sig.content}
    return weights, sum(weights.values())


def _dice_overlap(shared: frozenset[str], a: _Weights, b: _Weights) -> float:
    """Mean of weighted Dice and weighted overlap coefficient over the ``shared`` terms of two signatures.

    Dice alone punishes a short restatement of one part of a long sentence;
    the overlap coefficient alone lets a short sentence match anything.
    """
    (weights_a, w_a), (weights_b, w_b) = a, b
    w_shared = sum([max(weights_a[t], weights_b[t]) for t in shared])
    dice = 2 * w_shared / (w_a + w_b)
    overlap = w_shared / min(w_a, w_b)
    # A short sentence needs several shared terms before its overlap counts.
    overlap *= min(1.0, len(shared) / 5)
    return 0.5 * dice + 0.5 * overlap


def same_claim(a: ClaimSignature, b: ClaimSignature, rarity: Rarity | None = None) -> float:
    """How likely ``a`` and ``b`` state one claim, in [0, 1]; link at ``SAME_CLAIM_THRESHOLD``.

    ``rarity`` (see ``rarity_from_counts``) weighs terms by how specific they are
    in the corpus; without it every term of a kind weighs the same.
    """
    return claim_scorer(a, rarity)(b)


def claim_scorer(a: ClaimSignature, rarity: Rarity | None = None) -> Callable[[ClaimSignature], float]:
    """``same_claim`` with ``a`` fixed, for scoring one new mention against hundreds of stored ones:
    what depends on ``a`` alone (its weights, its speaker's) is worked out once, not per pair."""
    rarity = rarity or _no_rarity
    bare = _without_added_speaker(a)
    forms = {a: _weights(a, rarity), bare: _weights(bare, rarity)}
    # One speaker in both is strong evidence in news copy; two different speakers rarely make the
    # same claim. A speaker quoted in every story (the candidate) is weaker evidence.
    same_speaker = 0.10 * rarity(entity_term(a.speaker_key.split()[-1])) if a.speaker_key else 0.0
    units = [(qa, unit_key(qa.unit)) for qa in a.quantities if qa.unit]

    def score(b: ClaimSignature) -> float:
        if a.content.isdisjoint(b.content):
            return 0.0  # nothing in common in any form (entities are content too)
        # Both speakers known: the speaker bonus weighs them; an added name term would count the
        # same evidence twice.
        x, y = (bare, _without_added_speaker(b)) if a.speaker_key and b.speaker_key else (a, b)
        shared = x.content & y.content
        if x.entities.isdisjoint(y.entities) and shared <= x.entities:
            return 0.0  # no name in common, and no word besides names: nothing telling
        total = _dice_overlap(shared, forms[x], _weights(y, rarity))
        if x.entities and y.entities and x.entities.isdisjoint(y.entities):
            # Both sentences name who or where, and name nothing in common: ordinary
            # shared words ("unemployment rose") are about different stories.
            total *= 0.5
        if units and any(unit == unit_key(qb.unit) and quantities_compatible(qa, qb)
                         for qa, unit in units for qb in y.quantities):
            total += 0.12  # amounts in one unit that agree are strong evidence of one claim
        if a.speaker_key and b.speaker_key:
            total += same_speaker if a.speaker_key == b.speaker_key else -0.15
        return max(0.0, min(1.0, total))

    return score


def claims_joined(scored: Sequence[tuple[float, int]]) -> tuple[int, ...]:
    """The claims a mention states: the (at most ``MAX_CLAIMS_PER_MENTION``) best scored at the threshold.

    ``scored`` holds (mean score against the claim's mentions, claim id); on a
    tie the earlier listed claim wins.
    """
    ranked = sorted(enumerate(scored), key=lambda item: (-item[1][0], item[0]))
    return tuple(cid for _, (score, cid) in ranked if score >= SAME_CLAIM_THRESHOLD)[:MAX_CLAIMS_PER_MENTION]


# A later sentence of one article scoring this close to an earlier one restates it (the lede's
# claim told again in the body, or the quote it sums up): both state one claim, however the stored
# claims would split them. Sentences of one report share its story's words, so the bar is high.
RESTATEMENT_THRESHOLD = 0.60


def _amounts_disagree(a: ClaimSignature, b: ClaimSignature) -> bool:
    """Both state amounts in one unit and none of them agree: a list of figures ("spent 12 million on
    roads ... spent 19 million on schools ..."), each its own claim however alike the sentences read."""
    pairs = [
        (qa, qb)
        for qa in a.quantities
        for qb in b.quantities
        if qa.unit and qb.unit and unit_key(qa.unit) == unit_key(qb.unit)
    ]
    return bool(pairs) and not any(quantities_compatible(qa, qb) for qa, qb in pairs)


# "Trump's flat statement that the United States would not be party to any guarantees may ...": a
# sentence naming a speaker's statement and giving its content refers back to a claim the report told.
_STATEMENT_REFERENCE = re.compile(
    r"(?:[’']s|\b[Hh]is|\b[Hh]er|\b[Tt]heir)\s+(?:[a-z]+\s+)?(?:statement|remarks?|comments?|assertion|claim|"
    r"insistence|declaration|pledge|promise|warning|vow|threat)\s+that\b"
)


def refers_to_statement(sentence: str) -> bool:
    """True when ``sentence`` names someone's statement and what it said ("his remarks that ...")."""
    return bool(_STATEMENT_REFERENCE.search(sentence))


def restated_earlier(
    sigs: Sequence[ClaimSignature], rarity: Rarity | None = None, sentences: Sequence[str] | None = None
) -> list[int | None]:
    """For each claim of one article, the index of the earlier claim it restates best (or None).

    With ``sentences`` (the claims' texts), a sentence referring back to a
    statement (``refers_to_statement``) restates the same speaker's earlier
    claim at ``SAME_CLAIM_THRESHOLD``: it says itself that it tells that
    statement again. Quadratic in the claims of one article only (a few dozen),
    never in the stored ones.
    """
    out: list[int | None] = []
    for i, sig in enumerate(sigs):
        scored = [
            (same_claim(sig, sigs[j], rarity), -j)  # on a tie the first telling
            for j in range(i)
            if not _amounts_disagree(sig, sigs[j])
        ]
        best = max(scored, default=(0.0, 0))
        if best[0] < RESTATEMENT_THRESHOLD and sentences is not None and sig.speaker_key is not None:
            if refers_to_statement(sentences[i]):
                same_speaker = [(sc, j) for sc, j in scored if sigs[-j].speaker_key == sig.speaker_key]
                best = max(same_speaker, default=(0.0, 0))
                out.append(-best[1] if best[0] >= SAME_CLAIM_THRESHOLD else None)
                continue
        out.append(-best[1] if best[0] >= RESTATEMENT_THRESHOLD else None)
    return out


def story_articles(claims_articles: Iterable[Collection[int]]) -> set[int]:
    """The articles reporting the same story as a new one.

    ``claims_articles``: for each distinct claim a new article's sentences
    joined first (their best match), the articles holding its other mentions.
    An article holding ``MIN_SHARED_CLAIMS`` of them tells the same story, as
    the story-number rule judges it.
    """
    shared = Counter(article for articles in claims_articles for article in set(articles))
    return {article for article, n in shared.items() if n >= MIN_SHARED_CLAIMS}


_OPENS_ON_QUOTE = re.compile(r"\s*[“\"‘«]")
_QUOTE_MARK = re.compile(r"[“\"«]")


def paraphrases_next_quote(
    body: str,
    sentence: tuple[int, int, str],
    speaker_key: str | None,
    quote_sentence: tuple[int, int, str],
    quote_speaker_key: str | None,
) -> bool:
    """True when ``sentence`` reports in other words what the direct quote right after it says.

    News copy states a speaker's point and backs it with the words themselves
    ("X made clear that Europe would have to pay. 'We're not paying,' he said."):
    the two are one claim, however few words they share. Each is a
    (start, end, text) of ``body``; the quote sentence opens on a quotation mark
    and is the next sentence; its speaker is the sentence's speaker, or is named
    in it when the sentence's speaker is unknown.
    """
    _start, end, text = sentence
    q_start, _q_end, q_text = quote_sentence
    if not quote_speaker_key or not (0 <= end <= q_start) or body[end:q_start].strip():
        return False
    if not _OPENS_ON_QUOTE.match(q_text) or _QUOTE_MARK.search(text):
        # Two quotes in a row may be two utterances; a sentence quoting words of its own ("he would be
        # “very direct” in asking ...") reports what they say, not the quote after it.
        return False
    if speaker_key is not None:
        return speaker_key == quote_speaker_key
    return entity_term(quote_speaker_key.split()[-1]) in terms(text)[0]  # the name may open the sentence


def blocking_keys(claim: ExtractedClaim | ClaimSignature) -> set[str]:
    """Index keys: entity terms, the speaker, amounts (unit and magnitude) and the
    three longest content terms (long words are the rare ones).

    Two claims are compared only when they share a key, so a new claim meets a
    handful of earlier ones instead of all of them.
    """
    sig = claim if isinstance(claim, ClaimSignature) else claim_signature(claim)
    keys = {f"e:{t}" for t in sig.entities}
    if sig.speaker_key:
        keys.add(f"e:{sig.speaker_key}")
    for q in sig.quantities:
        value = q.value if q.value is not None else q.low
        if q.unit and value:
            keys.add(f"q:{unit_key(q.unit)}:{int(math.log10(abs(value)))}")
    keys |= {f"e:{t}" for t in sorted(sig.content - sig.entities, key=lambda t: (-len(t), t))[:3]}
    return keys


def _group_scores(
    i: int,
    sigs: Sequence[ClaimSignature],
    articles: Sequence[int],
    index: dict[str, list[int]],
    members: dict[int, list[int]],
    membership: list[tuple[int, ...]],
) -> list[tuple[float, int]]:
    """Mean score of claim ``i`` against each candidate group's members in other articles.

    Mean (not max) linkage keeps a group from drifting one near-neighbour at a
    time into a different claim.
    """
    rarity = rarity_from_counts(lambda key: len(index.get(key, ())))
    candidates: set[int] = set()
    for key in blocking_keys(sigs[i]):
        for j in index.get(key, ()):
            if articles[j] != articles[i]:
                candidates.update(membership[j])
    scored = []
    for g in candidates:
        vals = [same_claim(sigs[i], sigs[j], rarity) for j in members[g] if articles[j] != articles[i]]
        if vals:
            scored.append((sum(vals) / len(vals), g))
    return sorted(scored, reverse=True)


def link_claims(
    claims: Sequence[tuple[int, ExtractedClaim]],
    speaker_key: Callable[[str | None], str | None] | None = None,
) -> list[tuple[int, ...]]:
    """Group claims of several articles; for each input claim, the ids of the groups it belongs to.

    Claims are taken in order (as articles arrive). A claim joins the (at most
    ``MAX_CLAIMS_PER_MENTION``) existing groups whose members from other
    articles it matches best on average, at ``SAME_CLAIM_THRESHOLD`` or better
    (a sentence can state two claims: "X will visit on Friday, but the US will
    not give guarantees"); otherwise it opens a group. A group id is the index of the claim that opened it.
    """
    key_of = speaker_key or _default_key
    sigs = [claim_signature(c, key_of(c.speaker_name)) for _, c in claims]
    articles = [a for a, _ in claims]
    index: dict[str, list[int]] = {}
    members: dict[int, list[int]] = {}
    membership: list[tuple[int, ...]] = []
    for i, sig in enumerate(sigs):
        joined = tuple(
            g
            for s, g in _group_scores(i, sigs, articles, index, members, membership)
            if s >= SAME_CLAIM_THRESHOLD
        )[:MAX_CLAIMS_PER_MENTION]
        joined = joined or (i,)
        for g in joined:
            members.setdefault(g, []).append(i)
        membership.append(joined)
        for key in blocking_keys(sig):
            index.setdefault(key, []).append(i)
    return membership
