"""Reads for the claims app: pages and the API call the same selectors."""

from __future__ import annotations

from django.db.models import Prefetch, Q, QuerySet

from claims.models import Claim, ClaimMention, Contradiction, ContradictionItem, Quote, Review, Speaker
from claims.permissions import user_roles
from claims.services.signoff import SIGNOFF_VERDICTS

# Article columns a claim page never shows: not loaded with every source.
ARTICLE_TEXT = (
    "article__body",
    "article__raw_input",
    "article__removed_lines",
    "article__captions",
    "article__section_headings",
    "article__metadata_methods",
)

SORTS = {
    "newest": ["-id"],
    "sources": ["-source_count", "-id"],
    "disputed": ["-contradiction_count", "-id"],
    "checkworthy": ["-checkworthiness", "-id"],
}


def claim_list(*, filters: dict | None = None, sort: str = "newest") -> QuerySet[Claim]:
    """Claims with their speaker, filtered by the facets of the claims page and API."""
    f = filters or {}
    qs = Claim.objects.select_related("speaker")
    if f.get("status"):
        qs = qs.filter(status=f["status"])
    if f.get("speaker"):
        qs = qs.filter(speaker_id=f["speaker"])
    if f.get("outlet"):
        qs = qs.filter(mentions__article__outlet__slug=f["outlet"])
    if f.get("date_from"):
        qs = qs.filter(mentions__article__published_at__date__gte=f["date_from"])
    if f.get("date_to"):
        qs = qs.filter(mentions__article__published_at__date__lte=f["date_to"])
    if f.get("has_contradictions") in (True, "true", "1", "yes"):
        qs = qs.filter(contradiction_count__gt=0)
    elif f.get("has_contradictions") in (False, "false", "0", "no"):
        qs = qs.filter(contradiction_count=0)
    if f.get("contradiction_kind"):
        qs = qs.filter(contradictions__kind=f["contradiction_kind"]).exclude(
            contradictions__state="dismissed"
        )
    if f.get("q"):
        qs = claim_search(qs, f["q"])
    if any(f.get(k) for k in ("outlet", "date_from", "date_to", "contradiction_kind")):
        qs = qs.distinct()
    return qs.order_by(*SORTS.get(sort, SORTS["newest"]))


def claim_search(qs: QuerySet[Claim], query: str) -> QuerySet[Claim]:
    """PostgreSQL full-text search where available, a word-by-word match elsewhere."""
    from django.db import connection

    query = query.strip()[:200]
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchVector

        return qs.annotate(search=SearchVector("text", config="english")).filter(
            search=SearchQuery(query, config="english", search_type="websearch")
        )
    for word in query.split()[:8]:
        qs = qs.filter(Q(text__icontains=word) | Q(speaker__name__icontains=word))
    return qs


def reviews_visible_to(user, reviews: QuerySet | None = None) -> QuerySet:
    """``reviews`` (default: all) as ``user`` may see them: staff see verdicts awaiting
    sign-off, everyone else only published ones. Pages and the API share this rule."""
    reviews = Review.objects.all() if reviews is None else reviews
    if user_roles(user).viewer:
        return reviews
    return reviews.filter(~Q(verdict__in=SIGNOFF_VERDICTS) | Q(signoff__isnull=False))


def claim_get_for_page(*, claim_id: int, user=None) -> Claim:
    """One claim with everything its page and API detail show, in a fixed number of queries.

    Its reviews are those ``user`` may see (published ones only for the public).
    """
    mentions = (
        ClaimMention.objects.select_related("article__outlet", "speaker")
        .defer(*ARTICLE_TEXT)
        .order_by("article__published_at", "article_id", "start")
    )
    items = (
        ContradictionItem.objects.select_related("article__outlet")
        .defer(*ARTICLE_TEXT)
        .order_by("side", "id")
    )
    contradictions = Contradiction.objects.prefetch_related(Prefetch("items", queryset=items)).order_by("-id")
    reviews = reviews_visible_to(
        user,
        Review.objects.select_related("reviewer", "signoff__signed_off_by").order_by("-created_at", "-id"),
    )
    return (
        Claim.objects.select_related("speaker")
        .prefetch_related(
            Prefetch("mentions", queryset=mentions),
            Prefetch("contradictions", queryset=contradictions),
            Prefetch("reviews", queryset=reviews),
        )
        .get(pk=claim_id)
    )


def quote_variants_for_claim(claim: Claim) -> list[Quote]:
    """Quotes in the sentences that mention the claim, with every other outlet's version of them."""
    spans = [(m.article_id, m.start, m.end) for m in claim.mentions.all()]
    if not spans:
        return []
    inside = Q()
    for article_id, start, end in spans:
        inside |= Q(article_id=article_id, start__gte=start, end__lte=end)
    group_ids = set(Quote.objects.filter(inside, group__isnull=False).values_list("group_id", flat=True))
    return list(
        Quote.objects.filter(group_id__in=group_ids)
        .select_related("article__outlet", "speaker")
        .defer(*ARTICLE_TEXT)
        .order_by("group_id", "article__published_at", "article_id", "start")
    )


def speaker_get_for_page(*, speaker_id: int) -> Speaker:
    return Speaker.objects.prefetch_related("aliases").get(pk=speaker_id)


def related_claims(claim: Claim, limit: int = 5) -> list[Claim]:
    if not claim.speaker_id:
        return []
    return list(
        Claim.objects.filter(speaker_id=claim.speaker_id)
        .exclude(pk=claim.pk)
        .select_related("speaker")
        .order_by("-source_count", "-id")[:limit]
    )
