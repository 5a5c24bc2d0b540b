"""Attach a claim mention to the Claim it states, found through indexed blocking keys."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import NamedTuple

from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from claims.models import Claim, ClaimKey, ClaimKeyCount, ClaimMention, Quote, Speaker
from claims.nlp.bounded import BoundedMemo
from claims.nlp.claim_linking import (
    MAX_CLAIMS_PER_MENTION,
    SAME_FACT_THRESHOLD,
    ClaimSignature,
    Rarity,
    blocking_keys,
    claim_scorer,
    claim_signature,
    claims_joined,
    paraphrases_next_quote,
    rarity_from_counts,
    refers_to_statement,
    restated_earlier,
    same_claim,
    story_articles,
    term_key,
)
from claims.nlp.types import ExtractedClaim, Quantity
from claims.services.bulk_writes import keys_insert
from claims.services.locks import linking_lock
from claims.services.postings import POSTINGS_CAP, counts_from_postings, key_postings
from newsfacts.lookups import any_of_sql

# Candidate claims per mention, those sharing most blocking keys. The claims a mention joins rank
# near the top: on the synthetic corpus 97 % among the first 10, on the 630 election articles 90 %
# among the first 30. Cutting from 100 to 40 there swapped ~100 of ~1,650 cross-article pairs each
# way (sampled: mostly wrong on both sides) and left the seeds and event sets as they were; scoring
# and reading the candidates' mentions is most of the linking time.
MAX_CANDIDATES = 40
MAX_MENTIONS_COMPARED = 8  # a claim's first mentions describe it; comparing more only costs time
MIN_QUOTE_WORDS = 4  # shorter quotes (terms, fragments) are too common to tie claims together


def quantity_from_json(data: dict) -> Quantity:
    """An amount as ``ClaimMention.quantities`` stores it, back as a Quantity."""
    return Quantity(
        **{
            k: data.get(k)
            for k in ("text", "start", "end", "value", "unit", "low", "high", "relative_factor")
        },
        approx=bool(data.get("approx")),
        bound=data.get("bound") or "exact",
    )


# A stored mention's signature changes only with its speaker (a merge); linking compares each
# new mention with the first mentions of up to MAX_CANDIDATES claims, so each is computed once.
# Keyed by row id and where the sentence stands: SQLite can hand a rolled-back id out again, and
# the span tells that row from the one before it without reading the sentence itself.
SIGNATURES_KEPT = 10_000
_SignatureKey = tuple[int, str | None, int, int, int]  # (mention id, speaker key, article id, start, end)
_signatures_seen: BoundedMemo[_SignatureKey, ClaimSignature] = BoundedMemo(SIGNATURES_KEPT)


class StoredMention(NamedTuple):
    """A stored mention as linking compares it: its row, where it stands, and its signature."""

    id: int
    span: tuple[int, int, int]  # (article id, start, end): one sentence, whichever claims list it
    signature: ClaimSignature


class ClaimLinks(NamedTuple):
    """What linking decided for one article's new mentions."""

    claim_ids: list[tuple[int, ...]]  # per new mention, the claims it states (its own row takes the first)
    copies: list[ClaimMention]  # stored sentences added to a claim they open with a new mention


def _top_candidates(shared: Counter) -> list[int]:
    """The claims sharing most blocking keys with a mention (stop keys were skipped when reading postings)."""
    return [cid for cid, _n in sorted(shared.items(), key=lambda kv: (-kv[1], -kv[0]))[:MAX_CANDIDATES]]


def _stored_signatures(
    claim_ids: set[int], *, exclude_article: int | None, newer_than: int = 0
) -> dict[int, list[StoredMention]]:
    """Each claim's first mentions in other articles (with ids above ``newer_than``), with their signatures.

    A window keeps at most ``MAX_MENTIONS_COMPARED`` rows per claim, so a claim
    with hundreds of mentions costs no more than a small one. The sentences and
    amounts are read only for mentions whose signature is not cached yet.
    """
    if not claim_ids:
        return {}
    rows = _first_mentions(claim_ids, exclude_article=exclude_article, newer_than=newer_than)
    # Each row's key is built and looked up once: ~1,000 rows per read.
    keys: list[_SignatureKey] = [(mid, key, aid, start, end) for mid, _cid, key, aid, start, end in rows]
    cached = [_signatures_seen.get(sig_key) for sig_key in keys]
    missing = {sig_key[0]: sig_key for sig_key, sig in zip(keys, cached, strict=True) if sig is None}
    read: dict[int, ClaimSignature] = {}
    if missing:
        for mid, sentence, start, end, quantities, name, kind, score in ClaimMention.objects.filter(
            pk__anyof=missing
        ).order_by().values_list(
            "id",
            "sentence",
            "start",
            "end",
            "quantities",
            "speaker__name",
            "claim__kind",
            "claim__checkworthiness",
        ):
            stored = ExtractedClaim(
                sentence=sentence,
                start=start,
                end=end,
                speaker_name=name,
                kind=kind,
                score=score,
                quantities=tuple(quantity_from_json(q) for q in quantities),
            )
            sig_key = missing[mid]
            read[mid] = claim_signature(stored, speaker_key=sig_key[1])
            _signatures_seen.put(sig_key, read[mid])
    out: dict[int, list[StoredMention]] = defaultdict(list)
    for (mid, claim_id, _key, article_id, start, end), sig in zip(rows, cached, strict=True):
        out[claim_id].append(StoredMention(mid, (article_id, start, end), read.get(mid) if sig is None else sig))
    return out


def _first_mentions(
    claim_ids: set[int], *, exclude_article: int | None, newer_than: int
) -> list[tuple[int, int, str | None, int, int, int]]:
    """(id, claim id, speaker key, article id, start, end) of each claim's first
    ``MAX_MENTIONS_COMPARED`` mentions (by article, start, id), by claim and rank.

    Written by hand: Django compiles a filter on a window function into two nested queries, and
    compiling this one cost more CPU than PostgreSQL spent running it (~4 % of a worker's time).
    """
    mention, speaker = (connection.ops.quote_name(m._meta.db_table) for m in (ClaimMention, Speaker))
    member, params = any_of_sql("m.claim_id", claim_ids)
    other = " AND NOT (m.article_id = %s)" if exclude_article is not None else ""
    params += [newer_than, *([exclude_article] if exclude_article is not None else []), MAX_MENTIONS_COMPARED]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, claim_id, speaker_key, article_id, start, stop FROM ("
            ' SELECT m.id, m.claim_id, s."key" AS speaker_key, m.article_id, m.start, m."end" AS stop,'
            " ROW_NUMBER() OVER (PARTITION BY m.claim_id ORDER BY m.article_id, m.start, m.id) AS rank"
            f" FROM {mention} m LEFT OUTER JOIN {speaker} s ON m.speaker_id = s.id"
            f" WHERE {member} AND m.id > %s{other}"
            ") ranked WHERE rank <= %s ORDER BY claim_id, rank",
            params,
        )
        return cursor.fetchall()


def _claim_sharing_quotes(mention: ClaimMention, quotes: list[Quote]) -> int | None:
    """The claim whose mentions elsewhere carry the same utterances as this sentence.

    Two outlets quoting one sentence of one speaker state the same claim, however
    differently they frame it; the quote groups already say which quotes those are.
    """
    groups = {
        q.group_id
        for q in quotes
        if q.group_id
        and q.kind == "speech"
        and len(q.text.split()) >= MIN_QUOTE_WORDS
        and q.article_id == mention.article_id
        and mention.start <= q.start
        and q.end <= mention.end
    }
    if not groups:
        return None
    inside = Q()
    for article_id, start, end in (
        Quote.objects.filter(group_id__in=groups)
        .exclude(article_id=mention.article_id)
        .values_list("article_id", "start", "end")[:50]
    ):
        inside |= Q(article_id=article_id, start__lte=start, end__gte=end)
    if not inside:
        return None
    votes = Counter(ClaimMention.objects.filter(inside).values_list("claim_id", flat=True))
    return votes.most_common(1)[0][0] if votes else None


def _key_counts_read(counts: dict[str, int], signatures: Iterable[ClaimSignature]) -> None:
    """Add to ``counts`` how many stored claims hold each term key of ``signatures`` not read yet
    (one primary-key read per key). Keys are stored cut to 40 characters, so they are looked up so."""
    # Candidates share most of their terms: key each distinct term once (~700 of ~4,500 per article).
    keys = {term_key(t)[:40] for t in frozenset().union(*(sig.content for sig in signatures))} - counts.keys()
    if keys:
        counts.update(dict.fromkeys(keys, 0))
        counts.update(ClaimKeyCount.objects.filter(key__anyof=keys).values_list("key", "claims"))


def _rarity(counts: dict[str, int]) -> Rarity:
    """Term weights from the key counts read (``_key_counts_read`` before a term is first weighed)."""
    return rarity_from_counts(lambda key: counts.get(key[:40], 0))


def _matches(
    sig: ClaimSignature,
    candidates: list[tuple[int, list[StoredMention]]],
    rarity: Rarity,
    span_scores: dict[tuple[int, int, int], float] | None = None,
) -> tuple[tuple[int, ...], list[StoredMention]]:
    """The candidate claims the new mention states, and the stored sentences stating a further fact with it.

    A claim is joined on the mean score against its mentions: a claim grows by
    one loosely similar sentence at a time otherwise, and drifts into an
    unrelated claim. On a tie the older claim wins (candidates come newest
    first). A stored sentence scoring ``SAME_FACT_THRESHOLD`` on its own, in a
    claim not joined, shares another of its facts with the new mention.

    ``span_scores``: the sentences scored against ``sig`` already (kept and filled in).
    """
    # A sentence stating several claims is a mention of each: score it once.
    span_scores = {} if span_scores is None else span_scores
    score = claim_scorer(sig, rarity)
    first_of_span: dict[tuple[int, int, int], StoredMention] = {}
    scored = []
    for claim_id, stored in reversed(candidates):
        for m in stored:
            if m.span not in first_of_span:
                first_of_span[m.span] = m
                if m.span not in span_scores:
                    span_scores[m.span] = score(m.signature)
        scored.append((sum(span_scores[m.span] for m in stored) / len(stored), claim_id))
    joined = claims_joined(scored)
    spans_joined = {m.span for cid, stored in candidates if cid in joined for m in stored}
    return joined, [
        m for span, m in first_of_span.items() if span_scores[span] >= SAME_FACT_THRESHOLD and span not in spans_joined
    ]


class ClaimPrelink(NamedTuple):
    """What claim linking read and scored for one article's claims, before or under the linking lock.

    Reading the candidates and scoring them is most of linking's time; done
    before the lock (``claims_prelink``), it no longer holds up the other
    workers. Under the lock, ``_prelink_refreshed`` reads only what articles
    linked meanwhile changed (blocking keys and mentions with higher ids: they
    are written under the lock, so ids grow in commit order) and scores again
    only the mentions whose candidates changed. Term weights stay those read
    first: counts moved by one or two claims change a weight by under 1 %.
    """

    speaker_keys: tuple[str | None, ...]
    sigs: list[ClaimSignature]
    keys: list[set[str]]
    postings: dict[str, set[int]]
    tops: list[list[int]]
    stored: dict[int, list[StoredMention]]
    counts: dict[str, int]  # claims holding each term key, for ``rarity``
    rarity: Rarity
    matched: list[tuple[tuple[int, ...], list[StoredMention]]]
    span_scores: list[dict[tuple[int, int, int], float]]  # per claim of the article, the sentences scored
    seen_key_id: int  # the highest ClaimKey and ClaimMention ids when the reads began
    seen_mention_id: int


def _high_water() -> tuple[int, int]:
    """The highest ClaimKey and ClaimMention ids (0 for none), in one statement: the two ORM reads
    took ~0.4 % of a worker's CPU (py-spy), for two index lookups."""
    keys, mentions = (connection.ops.quote_name(m._meta.db_table) for m in (ClaimKey, ClaimMention))
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT (SELECT MAX(id) FROM {keys}), (SELECT MAX(id) FROM {mentions})")
        key_id, mention_id = cursor.fetchone()
    return key_id or 0, mention_id or 0


def _candidates(sigs: list[ClaimSignature], tops: list[list[int]], stored: dict[int, list[StoredMention]],
                only: Iterable[int] | None = None, claims: set[int] | None = None) -> set[ClaimSignature]:
    """Stored signatures worth weighing terms for: those sharing a term with one of the mentions.

    Counting every stored mention's terms would read counts for hundreds of idle keys. Every pair
    ``same_claim`` weighs shares a term, so the counts read cover them; a few more signatures than
    those it weighs (a shared name that is only one side's entity) cost a few key reads, and test
    each stored signature once instead of once per mention. ``claims``: only these candidates.
    """
    rows = range(len(sigs)) if only is None else only
    wanted = frozenset().union(*(sigs[i].content for i in rows))
    candidates = {cid for i in rows for cid in tops[i]}
    if claims is not None:
        candidates &= claims
    return {m.signature for cid in candidates for m in stored.get(cid, ()) if not wanted.isdisjoint(m.signature.content)}


def _matched(
    sig: ClaimSignature,
    top: list[int],
    stored: dict[int, list[StoredMention]],
    rarity: Rarity,
    span_scores: dict[tuple[int, int, int], float],
) -> tuple[tuple[int, ...], list[StoredMention]]:
    return _matches(sig, [(cid, stored[cid]) for cid in sorted(top, reverse=True) if stored.get(cid)], rarity,
                    span_scores)


def claims_prelink(
    extracted: list[ExtractedClaim], speaker_keys: tuple[str | None, ...], *, exclude_article: int | None = None
) -> ClaimPrelink:
    """Read the candidate claims of an article's claims and score them (no writes; any transaction).

    Decided for the whole article at once, in a fixed handful of queries: one
    postings read for every mention's keys, one read of the candidate claims'
    first mentions, one capped key count for term rarity.
    """
    seen_key_id, seen_mention_id = _high_water()
    sigs = [claim_signature(e, speaker_key=k) for e, k in zip(extracted, speaker_keys, strict=True)]
    keys = [blocking_keys(sig) for sig in sigs]
    postings = key_postings(ClaimKey, "claim_id", set().union(*keys))
    tops = [_top_candidates(counts_from_postings(postings, k)) for k in keys]
    stored = _stored_signatures(set().union(*tops), exclude_article=exclude_article)
    counts: dict[str, int] = {}
    _key_counts_read(counts, [*sigs, *_candidates(sigs, tops, stored)])
    rarity = _rarity(counts)
    span_scores: list[dict[tuple[int, int, int], float]] = [{} for _ in sigs]
    matched = [_matched(sig, top, stored, rarity, scores) for sig, top, scores in zip(sigs, tops, span_scores,
                                                                                      strict=True)]
    return ClaimPrelink(speaker_keys, sigs, keys, postings, tops, stored, counts, rarity, matched, span_scores,
                        seen_key_id, seen_mention_id)


def _prelink_refreshed(p: ClaimPrelink, *, exclude_article: int | None) -> ClaimPrelink:
    """The prelink brought up to date under the linking lock: candidates that articles linked since
    it was read added or changed (read again, scored again), and claims deleted since dropped."""
    all_keys = set().union(*p.keys)
    fresh = list(ClaimKey.objects.filter(id__gt=p.seen_key_id, key__anyof=all_keys).values_list("key", "claim_id")) \
        if all_keys else []
    grown = set(ClaimMention.objects.filter(id__gt=p.seen_mention_id).values_list("claim_id", flat=True))
    postings = p.postings
    if fresh:
        postings = {key: set(owners) for key, owners in p.postings.items()}
        for key, claim_id in fresh:
            if key in postings:
                postings[key].add(claim_id)
        postings = {key: owners for key, owners in postings.items() if len(owners) <= POSTINGS_CAP}
        # A key missing from the first read was held by no claim, or by too many (a stop key): read it again.
        postings |= key_postings(ClaimKey, "claim_id", {key for key, _ in fresh} - p.postings.keys())
    tops = [_top_candidates(counts_from_postings(postings, k)) for k in p.keys] if fresh else p.tops
    wanted = set().union(*tops)
    alive = set(Claim.objects.filter(pk__anyof=wanted).values_list("pk", flat=True)) if wanted else set()
    tops = [[cid for cid in top if cid in alive] for top in tops]
    stored = {cid: ms for cid, ms in p.stored.items() if cid in alive}
    unread = (wanted & alive) - p.stored.keys()
    stored |= _stored_signatures(unread, exclude_article=exclude_article)
    # A claim's first mentions are ordered by article, and articles linked meanwhile come last:
    # reading their mentions alone and keeping the first of old and new gives the same list.
    changed = set(unread)
    for cid, newer in _stored_signatures(grown & (wanted - unread), exclude_article=exclude_article,
                                         newer_than=p.seen_mention_id).items():
        merged = sorted([*stored.get(cid, ()), *newer], key=lambda m: (m.span[0], m.span[1], m.id))
        if merged[:MAX_MENTIONS_COMPARED] != stored.get(cid, [])[:MAX_MENTIONS_COMPARED]:
            stored[cid] = merged[:MAX_MENTIONS_COMPARED]
            changed.add(cid)
    redo = [i for i, (old, new) in enumerate(zip(p.tops, tops, strict=True))
            if set(old) != set(new) or any(cid in changed for cid in new)]
    if not redo:
        return p._replace(postings=postings, tops=tops, stored=stored)
    # Unchanged candidates' terms were counted with the first read.
    _key_counts_read(p.counts, _candidates(p.sigs, tops, stored, only=redo, claims=changed))
    matched = list(p.matched)
    for i in redo:  # only sentences not scored before are scored now
        matched[i] = _matched(p.sigs[i], tops[i], stored, p.rarity, p.span_scores[i])
    return p._replace(postings=postings, tops=tops, stored=stored, matched=matched)


def claims_for_mentions(
    *,
    mentions: list[ClaimMention],
    extracted: list[ExtractedClaim],
    quotes: list[Quote] = (),
    prelink: ClaimPrelink | None = None,
) -> ClaimLinks:
    """The Claims each new mention of one article states (existing or new); records blocking keys.

    Call under the linking lock. A mention may state up to
    ``MAX_CLAIMS_PER_MENTION`` claims. A stored sentence stating one more fact
    with it (``SAME_FACT_THRESHOLD``) opens a new claim with it, and is copied
    into that claim as a mention.

    ``prelink``: the candidates read and scored before the lock
    (``claims_prelink``); it is brought up to date here. Without it, or when
    the mentions' speakers resolved otherwise than it assumed, it is read now.
    Writing costs one insert each for new claims and keys (a mention carrying a
    linked quote costs one more read, and so do the sentences copied into new claims).
    """
    if not mentions:
        return ClaimLinks([], [])
    article = mentions[0].article
    speaker_keys = tuple(m.speaker.key if m.speaker_id else None for m in mentions)
    if prelink is None or prelink.speaker_keys != speaker_keys:
        prelink = claims_prelink(extracted, speaker_keys, exclude_article=article.pk)
    else:
        prelink = _prelink_refreshed(prelink, exclude_article=article.pk)
    sigs, keys, stored, rarity = prelink.sigs, prelink.keys, prelink.stored, prelink.rarity
    matched = _within_story(prelink.matched, stored)
    restates = restated_earlier(sigs, rarity, [e.sentence for e in extracted])
    room = _room_for_claims({m.span for _, same_fact in matched for m in same_fact})
    chosen: list[tuple[int, ...]] = []
    # A stored sentence's span -> the new claim it opened with a new mention (-1, -2, ... until created).
    opened: dict[tuple[int, int, int], int] = {}
    openers: list[int] = []  # the new mention whose sentence names each new claim
    for i, (mention, (joined, same_fact)) in enumerate(zip(mentions, matched, strict=True)):
        sharing = _claim_sharing_quotes(mention, list(quotes))
        if sharing is not None:
            joined = (sharing, *(cid for cid in joined if cid != sharing))[:MAX_CLAIMS_PER_MENTION]
        for partner in same_fact:
            if len(joined) >= MAX_CLAIMS_PER_MENTION:
                break
            if partner.span not in opened and room[partner.span] > 0:
                room[partner.span] -= 1
                openers.append(i)
                opened[partner.span] = -len(openers)
            if partner.span in opened:
                joined = (*joined, opened[partner.span])
        # Told again later in the report (the body restating the lede), the sentence states a claim the
        # first telling states (of several, the one closest to it); it may add a fact of its own (where
        # and when it was said), so it opens a claim too, which later reports of that fact join. A
        # sentence referring back to a statement restates it whatever else it matched.
        restated = ()
        if restates[i] is not None and (not joined or refers_to_statement(extracted[i].sentence)):
            restated = _referred_claim(sigs[i], chosen[restates[i]], stored, rarity)
        if not joined:
            openers.append(i)
            joined = (*restated, -len(openers))
        elif restated and restated[0] not in joined:
            # A sentence referring back to a statement ("Trump's flat statement that ...") states first
            # the claim it names, whatever else it matched.
            joined = (*restated, *joined)[:MAX_CLAIMS_PER_MENTION]
        chosen.append(joined)
    chosen = _paraphrases_join_their_quotes(mentions, chosen)
    _checkworthiness_raise(
        [(cid, e.score) for ids, e in zip(chosen, extracted, strict=True) for cid in ids if cid > 0]
    )
    fresh = Claim.objects.bulk_create(
        [
            Claim(
                text=extracted[i].sentence[:5000],
                speaker=mentions[i].speaker,
                kind=extracted[i].kind[:32],
                checkworthiness=extracted[i].score,
                first_seen_at=article.published_at or timezone.now(),
            )
            for i in openers
        ]
    )
    real = {-n: claim.pk for n, claim in enumerate(fresh, start=1)}
    ids = [tuple(real.get(cid, cid) for cid in joined) for joined in chosen]
    partners = {m.span: m for _, same_fact in matched for m in same_fact}
    copied = {real[n]: partners[span] for span, n in opened.items()}
    _keys_record(
        {(cid, k[:40]) for cids, ks in zip(ids, keys, strict=True) for cid in cids for k in ks}
        | {(cid, k[:40]) for cid, partner in copied.items() for k in blocking_keys(partner.signature)}
    )
    return ClaimLinks(ids, _copies(copied))


def _referred_claim(
    sig: ClaimSignature, claim_ids: tuple[int, ...], stored: dict[int, list[StoredMention]], rarity: Rarity
) -> tuple[int, ...]:
    """Of the claims an earlier sentence states, the one a later restatement of it (or reference to it) states.

    The earlier sentence may state several claims ("told his Cabinet that Zelenskyy would come, but
    insisted the US would not give guarantees"); the later one states the claim whose mentions
    elsewhere are closest to it (a claim opened by this article has none yet: the first then).
    """
    scored = [
        (max(same_claim(sig, m.signature, rarity) for m in stored[cid]), -n, cid)
        for n, cid in enumerate(claim_ids)
        if stored.get(cid)
    ]
    return (max(scored)[2],) if scored else claim_ids[:1]


def _paraphrases_join_their_quotes(
    mentions: list[ClaimMention], chosen: list[tuple[int, ...]]
) -> list[tuple[int, ...]]:
    """A sentence restating the direct quote that follows it also states that quote's (first) claim.

    The quote is what other reports repeat word for word (and the quote groups
    tie together), so the paraphrase reaches their claim through it.
    """
    out = list(chosen)
    body = mentions[0].article.body if mentions else ""
    for i in range(len(mentions) - 1):
        before, quote = mentions[i], mentions[i + 1]
        claim_id = chosen[i + 1][0]
        if claim_id in out[i] or len(out[i]) >= MAX_CLAIMS_PER_MENTION:
            continue
        if paraphrases_next_quote(
            body,
            (before.start, before.end, before.sentence),
            before.speaker.key if before.speaker_id else None,
            (quote.start, quote.end, quote.sentence),
            quote.speaker.key if quote.speaker_id else None,
        ):
            out[i] = (*out[i], claim_id)
    return out


def _within_story(
    matched: list[tuple[tuple[int, ...], list[StoredMention]]], stored: dict[int, list[StoredMention]]
) -> list[tuple[tuple[int, ...], list[StoredMention]]]:
    """Each mention's best claim, with its further claims and same-fact sentences only from reports of one story.

    The best claims of all the article's mentions tell which stored articles
    report its story (``story_articles``); a further claim needs a mention in one.
    """
    best = {joined[0]: {m.span[0] for m in stored.get(joined[0], ())} for joined, _ in matched if joined}
    story = story_articles(best.values())
    return [
        (
            joined[:1] + tuple(cid for cid in joined[1:] if any(m.span[0] in story for m in stored[cid])),
            [m for m in same_fact if m.span[0] in story],
        )
        for joined, same_fact in matched
    ]


def _room_for_claims(spans: set[tuple[int, int, int]]) -> Counter:
    """How many more claims each stored sentence may state (``MAX_CLAIMS_PER_MENTION`` in all)."""
    if not spans:
        return Counter()
    where = Q()
    for article_id, start, end in spans:
        where |= Q(article_id=article_id, start=start, end=end)
    held = Counter(ClaimMention.objects.filter(where).values_list("article_id", "start", "end"))
    return Counter({span: MAX_CLAIMS_PER_MENTION - held[span] for span in spans})


def _copies(partners: dict[int, StoredMention]) -> list[ClaimMention]:
    """Unsaved rows adding each stored sentence to the new claim it opened with a new mention."""
    if not partners:
        return []
    rows = ClaimMention.objects.order_by().in_bulk({p.id for p in partners.values()})
    return [
        row.copy_to(claim_id)
        for claim_id, partner in partners.items()
        if (row := rows.get(partner.id)) is not None
    ]


def _keys_record(pairs: set[tuple[int, str]]) -> None:
    """Store each claim's new blocking keys and add them to the keys' claim counts (call under the linking lock)."""
    if not pairs:
        return
    held = set(
        ClaimKey.objects.filter(
            claim_id__anyof={cid for cid, _ in pairs}, key__anyof={k for _, k in pairs}
        ).values_list("claim_id", "key")
    )
    fresh = sorted(pairs - held)
    keys_insert(ClaimKey, "claim", fresh)
    added = Counter(key for _, key in fresh)
    if not added:
        return
    table, key_col, n_col = (
        connection.ops.quote_name(n) for n in (ClaimKeyCount._meta.db_table, "key", "claims")
    )
    # One upsert for every key (PostgreSQL and SQLite spell it alike).
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({key_col}, {n_col}) VALUES {', '.join(['(%s, %s)'] * len(added))} "
            f"ON CONFLICT ({key_col}) DO UPDATE SET {n_col} = {table}.{n_col} + excluded.{n_col}",
            [v for key, n in sorted(added.items()) for v in (key, n)],
        )


def claim_key_counts_rebuild() -> None:
    """Recount every key from the stored ClaimKey rows: after a bulk load that bypassed linking, and
    daily, since linking only ever adds to the counts while deleted claims take their keys along.

    Holds the linking lock: no article's counts are upserted between the delete and the insert.
    """
    table, key_col, n_col = (
        connection.ops.quote_name(n) for n in (ClaimKeyCount._meta.db_table, "key", "claims")
    )
    source = connection.ops.quote_name(ClaimKey._meta.db_table)
    with transaction.atomic(), connection.cursor() as cursor:
        linking_lock()
        cursor.execute(f"DELETE FROM {table}")
        cursor.execute(
            f"INSERT INTO {table} ({key_col}, {n_col}) SELECT {key_col}, COUNT(*) FROM {source} "
            f"GROUP BY {key_col}"
        )


def _checkworthiness_raise(scores: list[tuple[int, float]]) -> None:
    """A claim ranks by its most check-worthy mention: raise the stored score where a new mention beats it."""
    best: dict[int, float] = {}
    for cid, score in scores:
        best[cid] = max(score, best.get(cid, 0.0))
    if not best:
        return
    lower = Claim.objects.filter(pk__anyof=best).order_by().values_list("pk", "checkworthiness")
    raised = [Claim(pk=cid, checkworthiness=best[cid]) for cid, current in lower if best[cid] > current]
    if raised:
        Claim.objects.bulk_update(raised, ["checkworthiness"])


def mentions_by_claim(claim_ids: set[int]) -> dict[int, list[ClaimMention]]:
    out: dict[int, list[ClaimMention]] = defaultdict(list)
    for m in ClaimMention.objects.filter(claim_id__anyof=claim_ids).select_related(
        "speaker", "claim", "article"
    ):
        out[m.claim_id].append(m)
    return out
