from django.contrib import admin

from claims.models import (
    AuditEntry,
    Claim,
    ClaimMention,
    Contradiction,
    ContradictionItem,
    Quote,
    QuoteGroup,
    Review,
    Speaker,
    SpeakerAlias,
    SpeakerRole,
)


class AliasInline(admin.TabularInline):
    model = SpeakerAlias
    extra = 0


@admin.register(Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    list_display = ["id", "name", "kind", "merged_into"]
    search_fields = ["name", "aliases__alias"]
    inlines = [AliasInline]
    raw_id_fields = ["merged_into"]


@admin.register(SpeakerRole)
class SpeakerRoleAdmin(admin.ModelAdmin):
    list_display = ["speaker", "role", "observed_on", "article"]
    raw_id_fields = ["speaker", "article"]


@admin.register(QuoteGroup)
class QuoteGroupAdmin(admin.ModelAdmin):
    list_display = ["id", "speaker", "created_at"]
    raw_id_fields = ["speaker"]


@admin.register(Quote)
class QuoteAdmin(admin.ModelAdmin):
    list_display = ["id", "text", "speaker", "kind", "partial", "article"]
    list_filter = ["kind", "partial"]
    search_fields = ["text"]
    raw_id_fields = ["article", "speaker", "group"]


class MentionInline(admin.TabularInline):
    model = ClaimMention
    extra = 0
    raw_id_fields = ["article", "speaker"]


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["id", "text", "speaker", "status", "source_count", "contradiction_count", "checkworthiness"]
    list_filter = ["status"]
    search_fields = ["text"]
    raw_id_fields = ["speaker"]
    inlines = [MentionInline]


class ItemInline(admin.TabularInline):
    model = ContradictionItem
    extra = 0
    raw_id_fields = ["article", "quote", "mention"]


@admin.register(Contradiction)
class ContradictionAdmin(admin.ModelAdmin):
    list_display = ["id", "kind", "explanation", "state", "created_at"]
    list_filter = ["kind", "state"]
    raw_id_fields = ["claim", "group", "decided_by"]
    inlines = [ItemInline]


@admin.register(Review)
class ReviewAdmin(admin.ModelAdmin):
    list_display = ["claim", "verdict", "reviewer", "created_at"]
    list_filter = ["verdict"]
    raw_id_fields = ["claim", "reviewer"]


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ["created_at", "actor", "action", "target_type", "target_id", "summary"]
    list_filter = ["action"]

    def has_change_permission(self, request, obj=None):
        return False
