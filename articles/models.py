"""Outlets, articles and the jobs that bring them in."""

from django.conf import settings
from django.db import models
from django.urls import reverse


class Outlet(models.Model):
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=200, unique=True)
    domain = models.CharField(max_length=255, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("articles:outlet-detail", args=[self.slug])


class Article(models.Model):
    class Status(models.TextChoices):
        EXTRACTED = "extracted", "Extracted"
        LINKED = "linked", "Linked"

    outlet = models.ForeignKey(Outlet, null=True, blank=True, on_delete=models.PROTECT, related_name="articles")
    # The dedup key for "same content from the same outlet": the outlet's slug,
    # or "" when the text names no outlet (NULL would defeat the constraint).
    outlet_key = models.CharField(max_length=200, blank=True, editable=False)
    source = models.CharField(max_length=2000, help_text="File name or URL the article was ingested from.")
    url = models.URLField(max_length=2000, blank=True)
    # NULL (not "") for articles without a URL: the unique constraint must ignore them.
    canonical_url_hash = models.CharField(max_length=64, null=True, blank=True, editable=False)  # noqa: DJ001
    content_hash = models.CharField(max_length=64, editable=False)
    title = models.CharField(max_length=500, blank=True)
    byline = models.CharField(max_length=500, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    language = models.CharField(max_length=16, blank=True)
    raw_input = models.TextField(blank=True, help_text="The submitted text or page, purged after the retention period.")
    body = models.TextField(help_text="Everything kept of the article: headline, body and captions, boilerplate removed.")
    captions = models.JSONField(default=list, blank=True)
    section_headings = models.JSONField(default=list, blank=True)
    removed_lines = models.JSONField(default=list, blank=True)
    metadata_methods = models.JSONField(default=dict, blank=True)
    copy_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="copies",
        help_text="The earlier article this one reprints (syndication or aggregator copy).",
    )
    status = models.CharField(max_length=16, choices=Status, default=Status.EXTRACTED)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = [models.F("published_at").desc(nulls_last=True), "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["canonical_url_hash"],
                condition=models.Q(canonical_url_hash__isnull=False),
                name="article_unique_canonical_url",
            ),
            models.UniqueConstraint(fields=["outlet_key", "content_hash"], name="article_unique_outlet_content"),
        ]
        indexes = [
            models.Index(fields=["content_hash"], name="article_content_hash"),
            models.Index(fields=["outlet", "-published_at"], name="article_outlet_recent"),
            models.Index(fields=["-created_at"], name="article_recent"),
            # The few articles still waiting for their contradiction refresh, found without a scan.
            models.Index(fields=["id"], condition=models.Q(status="extracted"), name="article_unfinished"),
        ]

    def __str__(self) -> str:
        return self.title or self.source

    def get_absolute_url(self) -> str:
        return reverse("articles:detail", args=[self.pk])


class ArticleVersion(models.Model):
    """An earlier text of an article, kept when a re-fetch found the text changed."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="versions")
    title = models.CharField(max_length=500, blank=True)
    body = models.TextField()
    content_hash = models.CharField(max_length=64)
    # What the newer text dropped or changed: {"quotes_dropped": [...], "quotes_changed": [...], ...}
    changes = models.JSONField(default=dict, blank=True)
    replaced_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-replaced_at", "-id"]

    def __str__(self) -> str:
        return f"{self.article} (before {self.replaced_at:%Y-%m-%d %H:%M})"


class ArticleKey(models.Model):
    """Sketch keys of an article's text, for finding reprints (see articles.near_duplicates)."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="sketch_keys")
    key = models.CharField(max_length=16, db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["article", "key"], name="articlekey_unique")]

    def __str__(self) -> str:
        return self.key


class IngestJob(models.Model):
    class Kind(models.TextChoices):
        TEXT = "text", "Pasted text"
        FILE = "file", "Uploaded file"
        URL = "url", "URL"
        FEED = "feed", "Feed entry"

    class State(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        DUPLICATE = "duplicate", "Duplicate"
        FAILED = "failed", "Failed"

    class Stage(models.TextChoices):
        WAITING = "waiting", "Waiting"
        FETCHING = "fetching", "Fetching"
        CLEANING = "cleaning", "Cleaning"
        EXTRACTING = "extracting", "Extracting"
        LINKING = "linking", "Linking"
        FINISHED = "finished", "Finished"

    kind = models.CharField(max_length=8, choices=Kind)
    source = models.CharField(max_length=2000, help_text="File name, URL or a label for pasted text.")
    payload = models.BinaryField(blank=True, default=b"", help_text="Submitted bytes (text and files), cleared once done.")
    content_type = models.CharField(max_length=100, blank=True)
    state = models.CharField(max_length=12, choices=State, default=State.QUEUED)
    stage = models.CharField(max_length=12, choices=Stage, default=Stage.WAITING)
    attempts = models.PositiveSmallIntegerField(default=0)
    error = models.TextField(blank=True)
    note = models.CharField(max_length=500, blank=True, help_text="What happened, for jobs that did not simply add an article.")
    article = models.ForeignKey(Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="jobs")
    feed = models.ForeignKey("articles.Feed", null=True, blank=True, on_delete=models.SET_NULL, related_name="jobs")
    batch = models.CharField(max_length=36, blank=True, db_index=True, help_text="Groups the jobs of one submission.")
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="ingest_jobs"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["state", "-created_at"], name="job_state_recent")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.source}"

    @property
    def is_finished(self) -> bool:
        return self.state in {self.State.DONE, self.State.DUPLICATE, self.State.FAILED}

    @property
    def progress_percent(self) -> int:
        order = list(self.Stage.values)
        return round(100 * order.index(self.stage) / (len(order) - 1))


class Feed(models.Model):
    url = models.URLField(max_length=2000, unique=True)
    title = models.CharField(max_length=500, blank=True)
    etag = models.CharField(max_length=500, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    poll_interval = models.FloatField(default=900.0, help_text="Seconds between polls; adapts to how often entries appear.")
    next_poll_at = models.DateTimeField(null=True, blank=True, db_index=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    active = models.BooleanField(default=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["title", "id"]

    def __str__(self) -> str:
        return self.title or self.url


class FeedEntry(models.Model):
    """One entry seen in a feed: the unique key makes each entry ingest once."""

    feed = models.ForeignKey(Feed, on_delete=models.CASCADE, related_name="entries")
    guid = models.CharField(max_length=2000)
    url = models.URLField(max_length=2000)
    title = models.CharField(max_length=500, blank=True)
    job = models.ForeignKey(IngestJob, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-id"]
        constraints = [models.UniqueConstraint(fields=["feed", "guid"], name="feedentry_unique_guid")]

    def __str__(self) -> str:
        return self.title or self.url
