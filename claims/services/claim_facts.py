"""Gather plain facts about the articles around touched claims and run the number/fact rules."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from articles.models import Article
from claims.models import ClaimMention, SpeakerRole
from claims.nlp.claim_contradictions import ArticleFacts, claim_findings
from claims.nlp.persons import find_persons
from claims.nlp.types import ContradictionFinding
from claims.services.linking_claims import mention_as_extracted

MAX_RELATED_ARTICLES = 60


@lru_cache(maxsize=2048)
def _persons_cached(article_id: int, text_hash: str, body: str) -> tuple:
    return tuple(find_persons(body))


def _persons(article_id: int, text_hash: str, body: str) -> list:
    """Persons of a stored article; each linking run reads ~60 related articles, so they are memoised
    by the article's content hash (a new version has a new hash)."""
    return list(_persons_cached(article_id, text_hash, body))


def _related_article_ids(article: Article, claim_ids: set[int]) -> set[int]:
    ids = set(ClaimMention.objects.filter(claim_id__in=claim_ids).values_list("article_id", flat=True))
    speakers = SpeakerRole.objects.filter(article=article).values_list("speaker_id", flat=True)
    ids |= set(SpeakerRole.objects.filter(speaker_id__in=speakers).order_by("-id")
               .values_list("article_id", flat=True)[:MAX_RELATED_ARTICLES])
    return ids | {article.pk}


def claim_findings_for(*, article: Article, claim_ids: set[int]) -> dict[int | None, list[ContradictionFinding]]:
    """Findings grouped by the claim whose mention holds their first item (None: no claim)."""
    article_ids = _related_article_ids(article, claim_ids)
    mentions = list(ClaimMention.objects.filter(article_id__in=article_ids).select_related("speaker", "claim")
                    .order_by("article_id", "start"))
    by_article: dict[int, list[ClaimMention]] = defaultdict(list)
    for m in mentions:
        by_article[m.article_id].append(m)
    facts = []
    for a in Article.objects.filter(pk__in=article_ids).only("id", "body", "content_hash", "published_at",
                                                              "created_at"):
        day = (a.published_at or a.created_at).date().isoformat()
        facts.append(ArticleFacts(article_id=a.pk, text=a.body, published=day,
                                  claims=[mention_as_extracted(m, m.claim) for m in by_article[a.pk]],
                                  persons=_persons(a.pk, a.content_hash, a.body)))
    # Groups name each mention by (article id, its index in that article's claims list).
    groups: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for article_id, article_mentions in by_article.items():
        for index, m in enumerate(article_mentions):
            groups[m.claim_id].append((article_id, index))
    out: dict[int | None, list[ContradictionFinding]] = defaultdict(list)
    for finding in claim_findings(facts, claim_groups=dict(groups)):
        out[_owner(finding, mentions)].append(finding)
    return out


def _owner(finding: ContradictionFinding, mentions: list[ClaimMention]) -> int | None:
    for item in finding.items:
        for m in mentions:
            if m.article_id == item.article_id and m.start <= item.start and item.end <= m.end:
                return m.claim_id
    return None
