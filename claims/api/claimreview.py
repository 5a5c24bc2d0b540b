"""schema.org ClaimReview JSON-LD in the API: one per reviewed claim, and a paginated DataFeed of them.

The JSON itself comes from ``claims.jsonld.claim_review_data`` (the same
builder the claim page embeds). The serializers below declare its shape so the
OpenAPI schema describes it; their fields are never used for output.
"""

from __future__ import annotations

import copy

from django.db.models import OuterRef, Q, QuerySet, Subquery
from rest_framework import serializers
from rest_framework.pagination import CursorPagination
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response

from claims.jsonld import claim_review_data
from claims.models import Claim, Review
from claims.services.signoff import SIGNOFF_VERDICTS


class JSONLDRenderer(JSONRenderer):
    media_type = "application/ld+json"
    format = "jsonld"


def reviewed_claims() -> QuerySet[Claim]:
    """Claims with a public review, annotated with the latest public verdict and its time.

    A verdict that needs a second reviewer is public only once signed off
    (claims.services.signoff), so pending ones never reach the JSON-LD.
    """
    public = ~Q(verdict__in=SIGNOFF_VERDICTS) | Q(signoff__isnull=False)
    latest = Review.objects.filter(public, claim=OuterRef("pk")).order_by("-created_at", "-id")
    return (
        Claim.objects.select_related("speaker")
        .annotate(reviewed_at=Subquery(latest.values("created_at")[:1]),
                  latest_verdict=Subquery(latest.values("verdict")[:1]))
        .filter(reviewed_at__isnull=False)
    )


class _DocSerializer(serializers.Serializer):
    """A serializer whose field names may start with '@' (JSON-LD keywords)."""

    doc_fields: dict = {}

    def get_fields(self):
        return copy.deepcopy(self.doc_fields)


def _doc(name: str, fields: dict) -> type[_DocSerializer]:
    return type(name, (_DocSerializer,), {"doc_fields": fields, "__module__": __name__})


def _ro(field_class, **kwargs):
    # Not read_only: drf-spectacular lists every read-only field as required, and some keys are optional.
    return field_class(**kwargs)


_Thing = _doc("JsonLdThing", {"@type": _ro(serializers.CharField), "name": _ro(serializers.CharField)})
_Rating = _doc("JsonLdRating", {
    "@type": _ro(serializers.CharField), "ratingValue": _ro(serializers.IntegerField),
    "bestRating": _ro(serializers.IntegerField), "worstRating": _ro(serializers.IntegerField),
    "alternateName": _ro(serializers.CharField, help_text="The verdict in words, e.g. Misquoted."),
})
_Item = _doc("JsonLdClaim", {
    "@type": _ro(serializers.CharField), "author": _Thing(required=False),
    "datePublished": _ro(serializers.DateField, required=False, help_text="When the claim was first seen."),
})


class ClaimReviewSerializer(_DocSerializer):
    """Renders an annotated claim (see ``reviewed_claims``) as schema.org ClaimReview."""

    doc_fields = {
        "@context": _ro(serializers.CharField), "@type": _ro(serializers.CharField),
        "url": _ro(serializers.URLField, help_text="The claim's page."),
        "claimReviewed": _ro(serializers.CharField),
        "datePublished": _ro(serializers.DateField, help_text="Date of the latest review."),
        "author": _Thing(), "itemReviewed": _Item(), "reviewRating": _Rating(),
    }

    def to_representation(self, claim: Claim) -> dict:
        request = self.context["request"]
        return claim_review_data(
            claim_text=claim.text, url=request.build_absolute_uri(claim.get_absolute_url()),
            verdict=claim.latest_verdict, reviewed_at=claim.reviewed_at.date().isoformat(),
            speaker=claim.speaker.name if claim.speaker_id else None,
            first_seen=claim.first_seen_at.date().isoformat() if claim.first_seen_at else None,
        )


class ClaimReviewFeedPagination(CursorPagination):
    """Newest review first, as a schema.org DataFeed with cursor links."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200
    ordering = "-reviewed_at"

    def get_paginated_response(self, data):
        return Response({
            "@context": "https://schema.org", "@type": "DataFeed", "name": "NewsFacts claim reviews",
            "next": self.get_next_link(), "previous": self.get_previous_link(), "dataFeedElement": data,
        })

    def get_paginated_response_schema(self, schema):
        link = {"type": "string", "format": "uri", "nullable": True}
        return {
            "type": "object", "required": ["@context", "@type", "dataFeedElement"],
            "properties": {"@context": {"type": "string"}, "@type": {"type": "string"}, "name": {"type": "string"},
                           "next": link, "previous": link, "dataFeedElement": schema},
        }
