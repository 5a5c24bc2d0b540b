"""``?expand=`` on the claims list: nest sources, contradictions or reviews in every claim of the page.

Each name adds one prefetch (two for contradictions, with their items), so a
page costs the same number of queries whatever its size.
"""

from __future__ import annotations

from django.db.models import Prefetch
from drf_spectacular.utils import OpenApiParameter
from rest_framework.exceptions import ValidationError

from claims.models import ClaimMention, Contradiction, ContradictionItem, Review
from claims.selectors import reviews_visible_to

EXPANDABLE = ("sources", "contradictions", "reviews")

EXPAND_PARAMETER = OpenApiParameter(
    "expand",
    str,
    many=True,
    explode=False,
    enum=EXPANDABLE,
    description="Comma-separated parts to nest in each claim: sources (with article and outlet), "
    "contradictions (with both sides) and reviews. Quote variants are in the claim detail only.",
)


def expand_names(query_params) -> set[str]:
    """The parts asked for; an unknown name is a 400 so a typo does not silently return less."""
    raw = ",".join(query_params.getlist("expand"))
    names = {name.strip() for name in raw.split(",") if name.strip()}
    unknown = names - set(EXPANDABLE)
    if unknown:
        raise ValidationError(
            {"expand": [f"Unknown: {', '.join(sorted(unknown))}. Choose from {', '.join(EXPANDABLE)}."]}
        )
    return names


def expand_prefetches(names: set[str], user) -> list[Prefetch]:
    prefetches = []
    if "sources" in names:
        mentions = ClaimMention.objects.select_related("article__outlet", "speaker").order_by(
            "article__published_at", "article_id", "start"
        )
        prefetches.append(Prefetch("mentions", queryset=mentions))
    if "contradictions" in names:
        items = ContradictionItem.objects.select_related("article__outlet").order_by("side", "id")
        contradictions = Contradiction.objects.prefetch_related(Prefetch("items", queryset=items)).order_by(
            "-id"
        )
        prefetches.append(Prefetch("contradictions", queryset=contradictions))
    if "reviews" in names:
        reviews = Review.objects.select_related("reviewer", "signoff__signed_off_by").order_by(
            "-created_at", "-id"
        )
        prefetches.append(Prefetch("reviews", queryset=reviews_visible_to(user, reviews)))
    return prefetches
