from django.contrib import admin

from articles.models import Article, Feed, FeedEntry, IngestJob, Outlet


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "domain", "created_at"]
    search_fields = ["name", "domain"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["id", "title", "outlet", "source", "status", "published_at", "created_at"]
    list_filter = ["status", "outlet"]
    search_fields = ["title", "source", "url"]
    list_select_related = ["outlet"]
    raw_id_fields = ["copy_of"]
    readonly_fields = ["content_hash", "canonical_url_hash", "outlet_key", "created_at", "updated_at"]


@admin.register(IngestJob)
class IngestJobAdmin(admin.ModelAdmin):
    list_display = ["id", "kind", "source", "state", "stage", "attempts", "created_at"]
    list_filter = ["state", "kind"]
    search_fields = ["source", "error"]
    raw_id_fields = ["article", "feed"]
    exclude = ["payload"]


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    list_display = ["url", "title", "active", "poll_interval", "next_poll_at", "last_polled_at"]
    list_filter = ["active"]


@admin.register(FeedEntry)
class FeedEntryAdmin(admin.ModelAdmin):
    list_display = ["title", "url", "feed", "created_at"]
    raw_id_fields = ["feed", "job"]
