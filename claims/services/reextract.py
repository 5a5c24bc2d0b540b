"""Re-run extraction and linking over stored articles without losing human work.

Rows are matched by their span in the stored body, so a quote or mention the
improved extractor still finds keeps its id, its group, its claim, and so
everything people attached to it: reviews, edited claim texts, confirmed or
dismissed contradictions (their identity hangs on group and claim ids), and
speakers an editor corrected (``speaker_locked``). Merges hold because names
resolve through the merged speaker's aliases.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from django.db import transaction

from articles.analysis import PreparedArticle, analyse
from articles.models import Article
from claims.models import AuditEntry, Claim, ClaimMention, Contradiction, Quote, SpeakerRole
from claims.services.linking import claims_link, contradictions_refresh, quotes_link
from claims.services.locks import linking_lock
from claims.services.speakers import speaker_for_name
from claims.services.store import mention_row, quote_row, roles_create

QUOTE_FIELDS = ("text", "kind", "partial", "cue", "speaker_mention", "speaker_name")


@dataclass
class ReextractReport:
    articles: int = 0
    quotes_added: int = 0
    quotes_removed: int = 0
    quotes_changed: int = 0
    mentions_added: int = 0
    mentions_removed: int = 0
    claims_removed: int = 0
    contradictions_before: int = 0
    contradictions_after: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, other: ReextractReport) -> None:
        for f in fields(self):
            if f.name not in ("notes", "contradictions_before", "contradictions_after"):
                setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))
        self.notes += other.notes


def _quotes_update(article: Article, new_quotes, report: ReextractReport, speakers: dict) -> set[int]:
    """Sync the article's quotes with the new extraction; returns groups to re-check."""
    existing = {(q.start, q.end): q for q in article.quotes.select_related("speaker")}
    deleted = _deleted_quote_spans(article)
    fresh = {(q.start, q.end): q for q in new_quotes if (q.start, q.end) not in deleted}
    touched: set[int] = set()
    gone = [q for span, q in existing.items() if span not in fresh]
    touched |= {q.group_id for q in gone if q.group_id}
    Quote.objects.filter(pk__in=[q.pk for q in gone]).delete()
    report.quotes_removed += len(gone)
    for span, q in existing.items():
        if span not in fresh:
            continue
        new = quote_row(article, fresh[span], speakers)
        changed = [f for f in QUOTE_FIELDS if getattr(q, f) != getattr(new, f)]
        if not q.speaker_locked and q.speaker_id != new.speaker_id:
            q.speaker = new.speaker
            changed.append("speaker")
        if changed:
            for f in set(changed) - {"speaker"}:
                setattr(q, f, getattr(new, f))
            q.save(update_fields=changed)
            report.quotes_changed += 1
            touched.add(q.group_id)
    added = Quote.objects.bulk_create(
        [quote_row(article, q, speakers) for s, q in fresh.items() if s not in existing]
    )
    report.quotes_added += len(added)
    if added:
        touched |= quotes_link(quotes=added)
    return {g for g in touched if g}


def _deleted_quote_spans(article: Article) -> set[tuple[int, int]]:
    """Spans an editor deleted as spurious quotes: re-extraction must not bring them back."""
    entries = AuditEntry.objects.filter(action="quote.delete", data__article=article.pk).values_list(
        "data", flat=True
    )
    return {(d["start"], d["end"]) for d in entries}


def _mentions_update(article: Article, new_claims, report: ReextractReport, speakers: dict) -> set[int]:
    """Sync claim mentions; returns claims to recount and re-check."""
    # A sentence stating several claims has a row per claim; all of them stay or go together.
    rows = list(article.claim_mentions.all())
    existing = {(m.start, m.end) for m in rows}
    fresh = {(c.start, c.end): c for c in new_claims}
    gone = [m for m in rows if (m.start, m.end) not in fresh]
    touched = {m.claim_id for m in gone}
    ClaimMention.objects.filter(pk__in=[m.pk for m in gone]).delete()
    report.mentions_removed += len({(m.start, m.end) for m in gone})
    added = [(mention_row(article, c, speakers), c) for s, c in fresh.items() if s not in existing]
    if added:
        touched |= claims_link(
            article=article,
            mentions=[m for m, _ in added],
            claims=[c for _, c in added],
            quotes=list(article.quotes.all()),
        )
    report.mentions_added += len(added)
    # A claim nobody reviewed or edited and no article states any more goes.
    orphans = Claim.objects.filter(
        pk__in=touched, mentions__isnull=True, reviews__isnull=True, text_edited=False
    )
    report.claims_removed += orphans.count()
    orphans.delete()
    return set(Claim.objects.filter(pk__in=touched).values_list("pk", flat=True))


def article_reextract(*, article_id: int) -> ReextractReport:
    """Extract one stored article again and relink what changed."""
    report = ReextractReport(articles=1)
    article = Article.objects.get(pk=article_id)
    analysis = analyse(PreparedArticle(text=article.body, title=article.title))
    with transaction.atomic():
        linking_lock()
        speakers: dict = {}
        groups = _quotes_update(article, analysis.quotes, report, speakers)
        claim_ids = _mentions_update(article, analysis.claims, report, speakers)
        SpeakerRole.objects.filter(article=article).delete()
        roles_create(article, analysis, speakers)
        contradictions_refresh(article_ids={article.pk}, group_ids=groups, claim_ids=claim_ids)
    return report


def articles_reextract(*, article_ids: list[int] | None = None, progress=None) -> ReextractReport:
    """Re-extract many articles in id order (all when ``article_ids`` is None)."""
    total = ReextractReport()
    total.contradictions_before = Contradiction.objects.exclude(state=Contradiction.State.DISMISSED).count()
    ids = (
        article_ids
        if article_ids is not None
        else list(Article.objects.order_by("id").values_list("pk", flat=True))
    )
    for article_id in ids:
        total.add(article_reextract(article_id=article_id))
        if progress:
            progress(article_id)
    total.contradictions_after = Contradiction.objects.exclude(state=Contradiction.State.DISMISSED).count()
    return total


__all__ = ["ReextractReport", "article_reextract", "articles_reextract", "speaker_for_name"]
