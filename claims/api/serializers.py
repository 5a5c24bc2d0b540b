"""Read serializers: plain ModelSerializers over rows the viewsets fetch with their relations.

Nothing here queries: nested relations must be select_related/prefetched by
the viewset (pinned by the query-count tests in tests/api).
"""

from __future__ import annotations

from drf_spectacular.utils import extend_schema_serializer
from rest_framework import serializers

from articles.api import ArticleBriefSerializer
from claims.models import Claim, ClaimMention, Contradiction, ContradictionItem, Quote, Review, Speaker


class SpeakerSerializer(serializers.ModelSerializer):
    aliases = serializers.SlugRelatedField(many=True, read_only=True, slug_field="alias",
                                           help_text="Every spelling of the name seen in articles.")
    merged_into = serializers.PrimaryKeyRelatedField(
        read_only=True, allow_null=True, help_text="Set when an editor merged this speaker into another.")

    class Meta:
        model = Speaker
        fields = ["id", "name", "kind", "aliases", "merged_into", "created_at"]


class QuoteSerializer(serializers.ModelSerializer):
    article = ArticleBriefSerializer(read_only=True)
    speaker_name = serializers.CharField(source="speaker.name", read_only=True, default=None, allow_null=True)

    class Meta:
        model = Quote
        fields = ["id", "article", "text", "start", "end", "kind", "partial", "speaker", "speaker_name",
                  "speaker_mention", "cue", "group"]


class SourceSerializer(serializers.ModelSerializer):
    """One sentence of one article that states the claim."""

    article = ArticleBriefSerializer(read_only=True)
    speaker_name = serializers.CharField(source="speaker.name", read_only=True, default=None, allow_null=True)

    class Meta:
        model = ClaimMention
        fields = ["id", "article", "speaker", "speaker_name", "sentence", "start", "end", "quantities"]


class ContradictionItemSerializer(serializers.ModelSerializer):
    article = ArticleBriefSerializer(read_only=True)

    class Meta:
        model = ContradictionItem
        fields = ["id", "article", "side", "text", "start", "end", "quote", "mention"]


class ClaimContradictionSerializer(serializers.ModelSerializer):
    """A contradiction as nested in a claim."""

    items = ContradictionItemSerializer(many=True, read_only=True)

    class Meta:
        model = Contradiction
        fields = ["id", "kind", "state", "explanation", "claim", "group", "items", "decided_at", "created_at"]


class ContradictionSerializer(ClaimContradictionSerializer):
    decided_by = serializers.CharField(source="decided_by.username", read_only=True, default=None, allow_null=True,
                                       help_text="Username of the editor who confirmed or dismissed it.")

    class Meta(ClaimContradictionSerializer.Meta):
        fields = [*ClaimContradictionSerializer.Meta.fields, "decided_by"]


class ReviewSerializer(serializers.ModelSerializer):
    reviewer = serializers.CharField(source="reviewer.username", read_only=True)
    signed_off_by = serializers.CharField(source="signoff.signed_off_by.username", read_only=True, default=None,
                                          allow_null=True, help_text="The second reviewer, for verdicts that need one.")

    class Meta:
        model = Review
        fields = ["id", "claim", "verdict", "note", "evidence_urls", "reviewer", "signed_off_by", "created_at"]


class ClaimSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="claim-detail", help_text="This claim's detail in the API.")
    speaker_name = serializers.CharField(source="speaker.name", read_only=True, default=None, allow_null=True)

    class Meta:
        model = Claim
        fields = ["id", "url", "text", "text_edited", "speaker", "speaker_name", "status", "kind", "checkworthiness",
                  "source_count", "mention_count", "contradiction_count", "first_seen_at", "created_at",
                  "updated_at"]


@extend_schema_serializer(component_name="Claim")
class ClaimListSerializer(ClaimSerializer):
    """A claim in the list: the nested parts appear only when ``?expand=`` names them."""

    # Not read_only, so the schema marks them optional (drf-spectacular requires every read-only field);
    # this serializer is never used for input.
    sources = SourceSerializer(source="mentions", many=True, required=False)
    contradictions = ClaimContradictionSerializer(many=True, required=False)
    reviews = ReviewSerializer(many=True, required=False)

    class Meta(ClaimSerializer.Meta):
        fields = [*ClaimSerializer.Meta.fields, "sources", "contradictions", "reviews"]

    def __init__(self, *args, expand: frozenset[str] = frozenset(), **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("sources", "contradictions", "reviews"):
            if name not in expand:
                self.fields.pop(name)


class ClaimDetailSerializer(ClaimSerializer):
    """A claim with its sources, the quotes around it in every outlet, contradictions and reviews."""

    sources = SourceSerializer(source="mentions", many=True, read_only=True)
    quote_variants = QuoteSerializer(
        many=True, read_only=True,
        help_text="Quotes inside the sentences that state the claim, with every outlet's version of them "
                  "(same 'group' = same utterance).")
    contradictions = ClaimContradictionSerializer(many=True, read_only=True)
    reviews = ReviewSerializer(many=True, read_only=True)

    class Meta(ClaimSerializer.Meta):
        fields = [*ClaimSerializer.Meta.fields, "sources", "quote_variants", "contradictions", "reviews"]
