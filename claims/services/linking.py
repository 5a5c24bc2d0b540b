"""Link a newly stored article into the graph: quote groups, claims, contradictions.

Candidates come from indexed blocking keys (QuoteKey, ClaimKey), so linking one
article costs about the same with 100k articles stored as with 1k. Runs inside
``article_store``'s transaction, under the linking lock.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import NamedTuple

from django.db import connection
from django.db.models import Count

from articles.models import Article
from claims.models import Claim, ClaimMention, Contradiction, Quote, QuoteGroup, QuoteKey
from claims.nlp.quote_context import quote_context
from claims.nlp.quote_linking import (
    QuoteRecord,
    completed_cut_quotes,
    cut_at_text_end,
    link_quote,
    matching_candidates,
    needs_context,
    rank_candidates,
    strong_link,
)
from claims.nlp.similarity import blocking_keys as quote_blocking_keys
from claims.nlp.split_quotes import Piece, pieces_matched, split_pairs
from claims.nlp.types import ExtractedClaim, ExtractedQuote
from claims.services.bulk_writes import keys_insert, rows_update
from claims.services.contradictions import (
    claim_contradictions_refresh,
    groups_contradictions_refresh,
    groups_tidy,
)
from claims.services.linking_claims import ClaimPrelink, claims_for_mentions
from claims.services.locks import CLAIM_LOCKS, GROUP_LOCKS, object_locks
from claims.services.postings import counts_from_postings, key_postings

# What linking reads of a stored quote (a whole row with its speaker cost a fifth of quote linking).
CANDIDATE_FIELDS = ("id", "article_id", "group_id", "text", "kind", "start", "end", "speaker__key")


def _record(quote: Quote, context: frozenset[str] | None = None) -> QuoteRecord:
    speaker_key = quote.speaker.key if quote.speaker_id else None
    return QuoteRecord(
        id=quote.pk,
        article_id=quote.article_id,
        speaker_key=speaker_key,
        text=quote.text,
        kind=quote.kind,
        context=context,
    )


def _contexts(quotes: list[Quote]) -> dict[int, frozenset[str]]:
    """Quote id -> the words its article sets around it, reading each article's body once."""
    bodies = dict(Article.objects.filter(pk__anyof={q.article_id for q in quotes}).values_list("pk", "body"))
    return {q.pk: quote_context(bodies.get(q.article_id, ""), q.start, q.end) for q in quotes}


def _links(
    quotes: list[Quote], candidates: dict[int, list[Quote]], prelink: QuotePrelink | None = None
) -> tuple[dict[int, set[int]], set[int]]:
    """New quote id -> ids of the candidates reporting the same utterance; and the articles sharing
    a strongly linked utterance with the new quotes' article (they cover one occasion).

    Words and speakers pick the possible matches first; the articles' bodies
    are read only for the matches that rest on little (a term, a stock line),
    whose context must agree as well, unless their article already shares a
    strongly linked utterance with this one. ``prelink``: the candidates it read
    were matched by words and speakers already, and the contexts it read are kept.
    """
    possible: dict[int, list[Quote]] = {}
    wanted: dict[int, Quote] = {}
    linked_articles: set[int] = set()
    known = prelink.rows.keys() if prelink else ()
    for n, quote in enumerate(quotes):
        new = _record(quote)
        fresh = [c for c in candidates[quote.pk] if c.pk not in known]
        found = set(matching_candidates(new, [_record(c) for c in fresh]))
        if prelink:
            found |= prelink.matched[n]
        possible[quote.pk] = [c for c in candidates[quote.pk] if c.pk in found]
        thin = [c for c in possible[quote.pk] if needs_context(new, _record(c))]
        wanted |= {q.pk: q for q in thin} | ({quote.pk: quote} if thin else {})
        linked_articles |= {c.article_id for c in possible[quote.pk] if strong_link(new, _record(c))}
    contexts = dict(prelink.contexts) if prelink else {}
    unread = [q for pk, q in wanted.items() if pk not in contexts]
    contexts |= _contexts(unread) if unread else {}
    lone_terms = _lone_terms([c for q in quotes if q.kind == Quote.Kind.SPEECH for c in possible[q.pk]])
    links = {
        quote.pk: set(
            link_quote(
                _record(quote, contexts.get(quote.pk)),
                [_record(c, contexts.get(c.pk)) for c in possible[quote.pk]],
                linked_articles,
                lone_terms,
            )
        )
        for quote in quotes
    }
    _one_utterance_per_term(links, lone_terms)
    return links, linked_articles


def _lone_terms(candidates: list[Quote]) -> set[int]:
    """The term candidates whose group holds no speech quote: terms stored before their utterance."""
    terms = {c.pk: c.group_id for c in candidates if c.kind == Quote.Kind.TERM and c.group_id}
    if not terms:
        return set()
    spoken = set(
        Quote.objects.filter(group_id__anyof=set(terms.values()), kind=Quote.Kind.SPEECH).values_list(
            "group_id", flat=True
        )
    )
    return {pk for pk, group_id in terms.items() if group_id not in spoken}


def _one_utterance_per_term(links: dict[int, set[int]], lone_terms: set[int]) -> None:
    """A lone term that two new quotes of one article both contain joins the first of them only: a
    term never bridges two utterances."""
    seen: set[int] = set()
    for quote_id in sorted(links):
        taken = links[quote_id] & lone_terms
        links[quote_id] -= taken & seen
        seen |= taken


def _completion_links(quotes: list[Quote], linked_articles: set[int]) -> dict[int, list[Quote]]:
    """New quote id -> stored quotes of the same utterance, in articles that cover the new article's
    occasion, that are too short for the candidate keys to find:

    - one of the two is cut off by its article's end and is the opening of the other
      (``completed_cut_quotes``);
    - one is a piece of a quote its report splits with the attribution (", he said, ") and the
      pieces line up with the other (split_quotes.py), whichever report is the new one.
    """
    if not linked_articles or not quotes:
        return {}
    new_articles = {q.article_id for q in quotes}
    stored = list(
        Quote.objects.filter(article_id__anyof=linked_articles, kind=Quote.Kind.SPEECH).select_related("speaker")
        .only(*CANDIDATE_FIELDS)
    )
    bodies = dict(Article.objects.filter(pk__anyof=linked_articles | new_articles).values_list("pk", "body"))

    def record(q: Quote) -> QuoteRecord:
        return replace(_record(q), cut=cut_at_text_end(bodies.get(q.article_id, ""), q.end))

    def piece(q: Quote) -> Piece:
        return Piece(q.pk, q.article_id, q.speaker.key if q.speaker_id else None, q.text, q.start, q.end)

    new_speech = [q for q in quotes if q.kind == Quote.Kind.SPEECH]
    new_records = [record(q) for q in new_speech]
    new_ids = {r.id for r in new_records}
    new_pieces = [piece(q) for q in new_speech]
    new_pairs = [
        pair for article_id in new_articles
        for pair in split_pairs([p for p in new_pieces if p.article_id == article_id], bodies.get(article_id, ""))
    ]
    by_id = {q.pk: q for q in [*stored, *quotes]}
    out: dict[int, list[Quote]] = defaultdict(list)
    for article_id in sorted(linked_articles - new_articles):
        theirs = [q for q in stored if q.article_id == article_id]
        their_pieces = [piece(q) for q in theirs]
        pairs = [
            *completed_cut_quotes(new_records, [record(q) for q in theirs]),
            *pieces_matched(new_pairs, their_pieces),
            *pieces_matched(split_pairs(their_pieces, bodies.get(article_id, "")), new_pieces),
        ]
        for x, y in pairs:
            new_id, old_id = (x, y) if x in new_ids else (y, x)
            out[new_id].append(by_id[old_id])
    return out


class _GroupMerges:
    """Group merges decided while linking one article, written to the database once at the end.

    Linking runs under the linking lock, so no other process moves quotes
    between groups meanwhile: following the merges in memory gives every
    quote's current group. Only the quotes move here; the groups left empty
    (and their contradictions) are tidied by the contradiction refresh, which
    holds their locks.
    """

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, group_id: int) -> int:
        while group_id in self.parent:
            group_id = self.parent[group_id]
        return group_id

    def merge(self, group_ids: set[int]) -> int:
        """Fold several groups into the oldest one and return its id."""
        roots = {self.find(g) for g in group_ids}
        target = min(roots)
        for root in roots - {target}:
            self.parent[root] = target
        return target

    def apply(self) -> set[int]:
        """Move the quotes of merged groups; returns the groups left empty."""
        moved = {g: self.find(g) for g in self.parent}
        # One UPDATE ... FROM (VALUES ...): Django's CASE WHEN cost more to build than to run.
        rows_update(Quote, ["group_id"], sorted(moved.items()), key="group_id")
        return set(moved)


def _ranked_candidates(
    ids: list[int], keys_by_quote: dict[int, set[str]], known_counts: dict[int, int] | None = None
) -> tuple[dict[int, list[int]], dict[int, int]]:
    """For each new quote id, the ids worth scoring against it: those sharing most of its keys; and
    the candidates' own key counts (``known_counts``: those read already, by the prelink).

    Keys held by very many quotes (stock phrases) are skipped, and each key's
    postings are read only up to a cap, so the lookup costs the same however
    many articles are stored. One postings read and one key-count read serve
    every quote of the article.
    """
    postings = key_postings(QuoteKey, "quote_id", set().union(*keys_by_quote.values()))
    tops = {}
    for qid in ids:
        shared = counts_from_postings(postings, keys_by_quote[qid], exclude=qid)
        tops[qid] = dict(sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[:200])
    wanted = set().union(*(top.keys() for top in tops.values()))
    own = {i: n for i, n in (known_counts or {}).items() if i in wanted}
    unread = wanted - own.keys()
    own |= dict(Quote.objects.filter(pk__anyof=unread).order_by().values_list("pk", "key_count")) if unread else {}
    ranked = {
        qid: rank_candidates({i: n for i, n in top.items() if i in own}, len(keys_by_quote[qid]), own)
        for qid, top in tops.items()
    }
    return ranked, own


class QuotePrelink(NamedTuple):
    """Candidate quotes read and matched by words and speakers before the linking lock (``quotes_prelink``).

    Under the lock ``quotes_link`` ranks the candidates again (postings move as
    articles are linked) and reads and matches only those this did not see;
    of these it reads just the current group (merges may have moved them).
    """

    speaker_keys: tuple[str | None, ...]  # the speaker key assumed for each new quote, in order
    key_counts: dict[int, int]  # candidate id -> its number of keys
    rows: dict[int, Quote]  # the candidates read, by id (``CANDIDATE_FIELDS``)
    matched: list[set[int]]  # per new quote: the ids among ``rows`` its words and speakers may match
    contexts: dict[int, frozenset[str]]  # candidate id -> the words around it, for the thin matches


def quotes_prelink(
    quotes: list[ExtractedQuote], speaker_keys: tuple[str | None, ...], keys: list[set[str]]
) -> QuotePrelink:
    """Read and match an article's candidate quotes before it is stored (no writes; any transaction).

    The new quotes have no rows yet: they are matched as records with ids -1, -2, ... in no stored
    article, which is what they are to every candidate read here (all of other articles).
    """
    records = [
        QuoteRecord(id=-(n + 1), article_id=0, speaker_key=key, text=q.text, kind=q.kind)
        for n, (q, key) in enumerate(zip(quotes, speaker_keys, strict=True))
    ]
    keys_by_quote = {r.id: k for r, k in zip(records, keys, strict=True)}
    ranked, key_counts = _ranked_candidates([r.id for r in records], keys_by_quote)
    wanted = set().union(*ranked.values())
    rows = _rows_read(wanted)
    matched, thin = [], {}
    for record in records:
        candidates = [rows[i] for i in ranked[record.id] if i in rows]
        found = set(matching_candidates(record, [_record(c) for c in candidates]))
        matched.append(found)
        thin |= {c.pk: c for c in candidates if c.pk in found and needs_context(record, _record(c))}
    return QuotePrelink(speaker_keys, key_counts, rows, matched, _contexts(list(thin.values())) if thin else {})


def _candidate_rows(ids: set[int], prelink: QuotePrelink | None) -> dict[int, Quote]:
    """The candidate rows by id: those the prelink read with their current group, the others read now."""
    known = {i: prelink.rows[i] for i in ids if i in prelink.rows} if prelink else {}
    groups = dict(Quote.objects.filter(pk__anyof=known.keys()).order_by().values_list("pk", "group_id")) if known else {}
    found = {i: _with_group(q, groups[i]) for i, q in known.items() if i in groups}  # gone: deleted meanwhile
    return found | _rows_read(ids - known.keys())


def _rows_read(ids: set[int]) -> dict[int, Quote]:
    """Candidate quotes by id, with only the fields linking uses.

    Reads by id here and in the other by-id reads of linking skip the models' default ordering
    (``order_by()``): rows are looked up by id, and compiling the ordering cost more than the read.
    """
    if not ids:
        return {}
    rows = Quote.objects.filter(pk__anyof=ids).order_by().select_related("speaker").only(*CANDIDATE_FIELDS)
    return {q.pk: q for q in rows}


def _with_group(quote: Quote, group_id: int | None) -> Quote:
    """The prelink's row with the group it is in now (a copy: the prelink may be used again)."""
    if quote.group_id == group_id:
        return quote
    copy = Quote(id=quote.pk, article_id=quote.article_id, group_id=group_id, text=quote.text, kind=quote.kind,
                 start=quote.start, end=quote.end, speaker_id=quote.speaker_id)
    if quote.speaker_id:
        copy.speaker = quote.speaker
    return copy


def quotes_link(
    *, quotes: list[Quote], keys: list[set[str]] | None = None, prelink: QuotePrelink | None = None
) -> set[int]:
    """Give each new quote a group, merging with groups of the same utterance.

    Returns the touched groups: the new quotes' groups and those merged away (now empty).

    ``keys``: each quote's blocking keys when the caller computed them already (outside the lock).
    ``prelink``: the candidates read and matched before the lock (``quotes_prelink``); not used when
    the quotes' speakers resolved otherwise than it assumed.
    """
    if prelink is not None and prelink.speaker_keys != tuple(q.speaker.key if q.speaker_id else None for q in quotes):
        prelink = None
    groups = QuoteGroup.objects.bulk_create([QuoteGroup(speaker_id=q.speaker_id) for q in quotes])
    keys = keys if keys is not None else [quote_blocking_keys(q.text) for q in quotes]
    keys_by_quote = {q.pk: k for q, k in zip(quotes, keys, strict=True)}
    for quote, group in zip(quotes, groups, strict=True):
        quote.group_id, quote.key_count = group.pk, len(keys_by_quote[quote.pk])
    rows_update(Quote, ["group_id", "key_count"], [(q.pk, q.group_id, q.key_count) for q in quotes])
    keys_insert(QuoteKey, "quote", [(qid, k) for qid, keys in keys_by_quote.items() for k in keys])
    ranked, _counts = _ranked_candidates([q.pk for q in quotes], keys_by_quote, prelink.key_counts if prelink else None)
    found = _candidate_rows(set().union(*ranked.values()), prelink)
    candidates = {quote.pk: [found[i] for i in ranked[quote.pk] if i in found] for quote in quotes}
    links, linked_articles = _links(quotes, candidates, prelink)
    completed = _completion_links(quotes, linked_articles)
    merges = _GroupMerges()
    for quote in quotes:
        matched = links[quote.pk]
        merges.merge(
            {c.group_id for c in candidates[quote.pk] if c.pk in matched and c.group_id}
            | {c.group_id for c in completed.get(quote.pk, ()) if c.group_id}
            | {quote.group_id}
        )
    emptied = merges.apply()
    for quote in quotes:
        quote.group_id = merges.find(quote.group_id)  # later merges may have moved earlier quotes
    return {q.group_id for q in quotes} | emptied


def claims_link(
    *,
    article: Article,
    mentions: list[ClaimMention],
    claims: list[ExtractedClaim],
    quotes: list[Quote] = (),
    prelink: ClaimPrelink | None = None,
) -> set[int]:
    """Attach each mention to the Claims it states (new or existing); returns touched claim ids.

    A mention stating several claims is stored once per claim: each given row
    takes its first claim, and a copy of it is added for each further one.
    ``prelink``: the candidates read before the lock (``claims_prelink``).
    """
    links = claims_for_mentions(mentions=mentions, extracted=claims, quotes=quotes, prelink=prelink)
    further = []
    for mention, claim_ids in zip(mentions, links.claim_ids, strict=True):
        mention.claim_id = claim_ids[0]
        further += [mention.copy_to(claim_id) for claim_id in claim_ids[1:]]
    ClaimMention.objects.bulk_create([*mentions, *further, *links.copies])
    return {m.claim_id for m in (*mentions, *further, *links.copies)}


def claim_counters_refresh(claim_ids: set[int]) -> None:
    """Recount independent outlets, mentions and open contradictions for these claims (three queries)."""
    if not claim_ids:
        return
    mentions, sources = _mentions_and_sources(claim_ids)
    open_counts = dict(
        Contradiction.objects.filter(claim_id__anyof=claim_ids)
        .exclude(state=Contradiction.State.DISMISSED)
        .values("claim_id")
        .annotate(n=Count("id"))
        .values_list("claim_id", "n")
    )
    rows_update(
        Claim,
        ["mention_count", "contradiction_count", "source_count"],
        [(cid, mentions.get(cid, 0), open_counts.get(cid, 0), sources.get(cid, 0)) for cid in sorted(claim_ids)],
    )


def _mentions_and_sources(claim_ids: set[int]) -> tuple[dict[int, int], dict[int, int]]:
    """Mentions of each claim, and outlets carrying it, counting a reprint (copy_of) with its original."""
    seen: dict[int, set[str]] = defaultdict(set)
    counted: dict[int, int] = defaultdict(int)
    mentions = ClaimMention.objects.filter(claim_id__anyof=claim_ids).values_list(
        "claim_id", "article_id", "article__outlet_key", "article__copy_of_id", "article__copy_of__outlet_key"
    )
    for claim_id, article_id, outlet_key, original_id, original_outlet in mentions:
        # A reprint counts as its original; an unnamed outlet counts per article.
        if original_id:
            article_id, outlet_key = original_id, original_outlet
        seen[claim_id].add(outlet_key or f"a{article_id}")
        counted[claim_id] += 1
    return dict(counted), {cid: len(keys) for cid, keys in seen.items()}


def article_link(
    *,
    article: Article,
    quotes: list[Quote],
    mentions: list[ClaimMention],
    claims: list[ExtractedClaim],
    quote_keys: list[set[str]] | None = None,
    claim_prelink: ClaimPrelink | None = None,
    quote_prelink: QuotePrelink | None = None,
) -> None:
    """Link one stored article: quotes into groups, mentions into claims; call under the linking lock.

    Contradictions are refreshed afterwards (``contradictions_refresh``), in a
    transaction of their own that needs only the touched groups' and claims' locks;
    it reads what the articles touched back from the database (a burst of them at once).
    """
    touched_groups = quotes_link(quotes=quotes, keys=quote_keys, prelink=quote_prelink) if quotes else set()
    _emptied_drop(touched_groups - {q.group_id for q in quotes})
    if mentions:
        claims_link(article=article, mentions=mentions, claims=claims, quotes=quotes, prelink=claim_prelink)


def _emptied_drop(group_ids: set[int]) -> None:
    """Delete the groups merging left empty that no finding names; those that one does are tidied
    by the contradiction refresh, which holds their locks and moves editors' decisions along.

    One statement: the ORM's delete would first read the groups and null their (absent) quotes
    and findings, four queries on every linked article under the linking lock.
    """
    if not group_ids:
        return
    groups, quotes, findings = (
        connection.ops.quote_name(m._meta.db_table) for m in (QuoteGroup, Quote, Contradiction)
    )
    ids = sorted(group_ids)
    with connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {groups} WHERE id IN ({', '.join(['%s'] * len(ids))}) "
            f"AND NOT EXISTS (SELECT 1 FROM {quotes} q WHERE q.group_id = {groups}.id) "
            f"AND NOT EXISTS (SELECT 1 FROM {findings} c WHERE c.group_id = {groups}.id)",
            ids,
        )


def contradictions_refresh(*, article_ids: set[int], group_ids: set[int], claim_ids: set[int]) -> None:
    """Re-run every contradiction rule over the groups and claims some articles touched, then recount them.

    Takes the locks of those groups, then of those claims (and the claims the
    groups' findings belong to), so it may run outside the linking lock.
    """
    object_locks(GROUP_LOCKS, group_ids)
    claim_ids = set(claim_ids) | groups_tidy(group_ids)
    claim_ids |= {owner for owner in groups_contradictions_refresh(group_ids).values() if owner}
    object_locks(CLAIM_LOCKS, claim_ids)
    claim_contradictions_refresh(article_ids=article_ids, claim_ids=claim_ids)
    claim_counters_refresh(claim_ids)
