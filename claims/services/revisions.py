"""A re-fetched article whose text changed: keep both versions, re-extract, flag what changed.

Quotes and claim mentions are matched between the versions by their words, not
their offsets (an inserted paragraph moves everything after it): a match keeps
its row, group, claim and the human work on them, with new offsets. What the new
text no longer carries is recorded on the ArticleVersion as dropped, or as
changed when the new text carries a reworded version of it (the same utterance,
or a sentence linked to the same claim).
"""

from __future__ import annotations

import re
from collections import defaultdict

from articles.analysis import ArticleAnalysis
from articles.canonical import content_hash
from articles.models import Article, ArticleKey, ArticleVersion
from articles.near_duplicates import sketch_keys
from claims.models import Claim, ClaimMention, Quote, SpeakerRole
from claims.nlp.quote_linking import LINK_THRESHOLD, QuoteRecord, same_utterance
from claims.services.linking import claims_link, contradictions_refresh, quotes_link
from claims.services.store import mention_row, quote_row, roles_create

SHIFT = 10_000_000  # moves kept rows out of the way so new offsets never collide with old ones


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text.lower()))


def _match(old_rows, new_items, text_of) -> tuple[list[tuple], list, list]:
    """Pair old rows with new items of the same words (in order); returns pairs, unmatched old, unmatched new."""
    pool: dict[str, list] = defaultdict(list)
    for item in new_items:
        pool[_norm(text_of(item))].append(item)
    pairs, gone = [], []
    for row in old_rows:
        bucket = pool.get(_norm(row.text if isinstance(row, Quote) else row.sentence))
        if bucket:
            pairs.append((row, bucket.pop(0)))
        else:
            gone.append(row)
    return pairs, gone, [item for bucket in pool.values() for item in bucket]


def _move(model, pairs) -> None:
    """Give kept rows their offsets in the new text, without tripping the (article, start, end) constraint."""
    if not pairs:
        return
    rows = [row for row, _ in pairs]
    for row in rows:
        row.start, row.end = row.start + SHIFT, row.end + SHIFT
    model.objects.bulk_update(rows, ["start", "end"])
    for row, item in pairs:
        row.start, row.end = item.start, item.end
    model.objects.bulk_update(rows, ["start", "end"])


def _one_per_span(mentions: list[ClaimMention]) -> list[ClaimMention]:
    first: dict[tuple[int, int], ClaimMention] = {}
    for m in mentions:
        first.setdefault((m.start, m.end), m)
    return list(first.values())


def _with_siblings(pairs: list[tuple], mentions: list[ClaimMention]) -> list[tuple]:
    """Each (row, item) pair extended to every row of the same sentence (one per claim it states)."""
    by_span: dict[tuple[int, int], list[ClaimMention]] = defaultdict(list)
    for m in mentions:
        by_span[(m.start, m.end)].append(m)
    return [(sibling, item) for row, item in pairs for sibling in by_span[(row.start, row.end)]]


def _quotes_revise(
    article: Article, analysis: ArticleAnalysis, speakers: dict, changes: dict
) -> tuple[set, list]:
    old = list(article.quotes.select_related("speaker"))
    pairs, gone, fresh = _match(old, analysis.quotes, lambda q: q.text)
    _move(Quote, pairs)
    added = Quote.objects.bulk_create([quote_row(article, q, speakers) for q in fresh])
    touched = {q.group_id for q in gone if q.group_id}
    for quote in gone:
        new = next((a for a in added if same_utterance(_record(quote), _record(a)) >= LINK_THRESHOLD), None)
        if new is not None:
            changes["quotes_changed"].append({"before": quote.text, "after": new.text})
        else:
            changes["quotes_dropped"].append({"text": quote.text, "speaker": quote.speaker_name})
    Quote.objects.filter(pk__in=[q.pk for q in gone]).delete()
    if added:
        touched |= quotes_link(quotes=added)
    return {g for g in touched if g}, [row for row, _ in pairs] + added


def _record(quote: Quote) -> QuoteRecord:
    return QuoteRecord(
        id=quote.pk or 0, article_id=quote.article_id, speaker_key=None, text=quote.text, kind=quote.kind
    )


def _mentions_revise(
    article: Article, analysis: ArticleAnalysis, speakers: dict, quotes: list, changes: dict
) -> set[int]:
    old = list(article.claim_mentions.order_by("start", "id"))
    pairs, gone, fresh = _match(_one_per_span(old), analysis.claims, lambda c: c.sentence)
    # A sentence stating several claims has a row per claim: the others follow the first.
    pairs, gone = _with_siblings(pairs, old), _with_siblings([(m, None) for m in gone], old)
    gone = [row for row, _ in gone]
    _move(ClaimMention, pairs)
    gone_claims = {m.claim_id: m for m in gone}
    ClaimMention.objects.filter(pk__in=[m.pk for m in gone]).delete()
    touched = set(gone_claims)
    if fresh:
        new_mentions = [mention_row(article, c, speakers) for c in fresh]
        touched |= claims_link(article=article, mentions=new_mentions, claims=fresh, quotes=quotes)
        relinked = {m.claim_id: m for m in new_mentions}
    else:
        relinked = {}
    for claim_id, mention in gone_claims.items():
        if claim_id in relinked:
            changes["claims_changed"].append(
                {"claim": claim_id, "before": mention.sentence, "after": relinked[claim_id].sentence}
            )
        else:
            changes["claims_dropped"].append({"claim": claim_id, "sentence": mention.sentence})
    return touched


def article_revise(*, article: Article, analysis: ArticleAnalysis, raw_input: bytes = b"") -> ArticleVersion:
    """Keep the current text as a version, store the new one and relink; call under the linking lock."""
    p = analysis.prepared
    changes: dict = {"quotes_dropped": [], "quotes_changed": [], "claims_dropped": [], "claims_changed": []}
    version = ArticleVersion.objects.create(
        article=article, title=article.title, body=article.body, content_hash=article.content_hash
    )
    article.body, article.title, article.content_hash = (
        p.text,
        p.title[:500] or article.title,
        content_hash(p.text),
    )
    article.captions, article.removed_lines = list(p.captions), list(p.removed)
    if raw_input:
        article.raw_input = raw_input.decode("utf-8", "replace")
    article.save(
        update_fields=[
            "body",
            "title",
            "content_hash",
            "captions",
            "removed_lines",
            "raw_input",
            "updated_at",
        ]
    )
    ArticleKey.objects.filter(article=article).delete()
    ArticleKey.objects.bulk_create([ArticleKey(article=article, key=k) for k in sketch_keys(p.text)])
    speakers: dict = {}
    groups, quotes = _quotes_revise(article, analysis, speakers, changes)
    claim_ids = _mentions_revise(article, analysis, speakers, quotes, changes)
    SpeakerRole.objects.filter(article=article).delete()
    roles_create(article, analysis, speakers)
    Claim.objects.filter(
        pk__in=claim_ids, mentions__isnull=True, reviews__isnull=True, text_edited=False
    ).delete()
    live = set(Claim.objects.filter(pk__in=claim_ids).values_list("pk", flat=True))
    contradictions_refresh(article_ids={article.pk}, group_ids=groups, claim_ids=live)
    version.changes = changes
    version.save(update_fields=["changes"])
    return version
