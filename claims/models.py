"""Speakers, quotes, claims, contradictions, reviews and the audit trail."""

from django.conf import settings
from django.db import models
from django.urls import reverse


class Speaker(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        ORGANISATION = "org", "Organisation"

    name = models.CharField(max_length=300)
    key = models.CharField(
        max_length=300, unique=True, help_text="Folded name used to match spelling variants."
    )
    kind = models.CharField(max_length=8, choices=Kind, default=Kind.PERSON)
    # A merged speaker points at the one that absorbed it; new articles naming
    # it resolve through its aliases to the survivor, so merges hold.
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="merged"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("claims:speaker-detail", args=[self.pk])


class SpeakerAlias(models.Model):
    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(max_length=300)
    key = models.CharField(max_length=300, unique=True)
    # The key's last token (a surname, usually), for candidate lookup.
    last_key = models.CharField(max_length=100, db_index=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["alias", "id"]
        verbose_name_plural = "speaker aliases"

    def __str__(self) -> str:
        return self.alias


class SpeakerRole(models.Model):
    """A title an article gives a speaker, with the article's date."""

    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="roles")
    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="speaker_roles")
    role = models.CharField(max_length=300)
    surface = models.CharField(max_length=500)
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    observed_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["observed_on", "id"]
        constraints = [
            models.UniqueConstraint(fields=["article", "start", "end"], name="speakerrole_unique_span"),
        ]

    def __str__(self) -> str:
        return f"{self.role} ({self.speaker})"


class QuoteGroup(models.Model):
    """One utterance, as carried by every article that quotes it."""

    speaker = models.ForeignKey(
        Speaker, null=True, blank=True, on_delete=models.SET_NULL, related_name="quote_groups"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-id"]

    def __str__(self) -> str:
        return f"Utterance #{self.pk}"


class Quote(models.Model):
    class Kind(models.TextChoices):
        SPEECH = "speech", "Speech"
        TERM = "term", "Term"

    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="quotes")
    speaker = models.ForeignKey(
        Speaker, null=True, blank=True, on_delete=models.SET_NULL, related_name="quotes"
    )
    group = models.ForeignKey(
        QuoteGroup, null=True, blank=True, on_delete=models.SET_NULL, related_name="quotes"
    )
    text = models.TextField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    kind = models.CharField(max_length=8, choices=Kind, default=Kind.SPEECH)
    partial = models.BooleanField(default=False)
    speaker_mention = models.CharField(max_length=500, blank=True)
    speaker_name = models.CharField(max_length=300, blank=True, help_text="The name the extractor resolved.")
    cue = models.CharField(max_length=300, blank=True)
    # Set when an editor corrected the speaker: re-extraction keeps it.
    speaker_locked = models.BooleanField(default=False)
    # How many blocking keys this quote has: candidates are ranked by the share of keys in common.
    key_count = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["article_id", "start", "id"]
        constraints = [models.UniqueConstraint(fields=["article", "start", "end"], name="quote_unique_span")]
        indexes = [models.Index(fields=["speaker", "-id"], name="quote_speaker_recent")]

    def __str__(self) -> str:
        return self.text[:80]


class QuoteKey(models.Model):
    """Blocking keys: linking compares a new quote only with quotes sharing a key."""

    quote = models.ForeignKey(Quote, on_delete=models.CASCADE, related_name="keys")
    key = models.CharField(max_length=40, db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["quote", "key"], name="quotekey_unique")]

    def __str__(self) -> str:
        return self.key


class Claim(models.Model):
    class Status(models.TextChoices):
        UNREVIEWED = "unreviewed", "Unreviewed"
        VERIFIED = "verified", "Verified"
        DISPUTED = "disputed", "Disputed"
        FALSE = "false", "False"
        MISLEADING = "misleading", "Misleading"
        MISQUOTED = "misquoted", "Misquoted"
        UNVERIFIABLE = "unverifiable", "Unverifiable"

    text = models.TextField()
    text_edited = models.BooleanField(
        default=False, help_text="An editor rewrote the statement; relinking keeps it."
    )
    speaker = models.ForeignKey(
        Speaker, null=True, blank=True, on_delete=models.SET_NULL, related_name="claims"
    )
    kind = models.CharField(max_length=32, blank=True)
    checkworthiness = models.FloatField(default=0.0)
    status = models.CharField(max_length=16, choices=Status, default=Status.UNREVIEWED)
    # Denormalised counters, maintained by the linking service, so lists sort
    # and filter without aggregating mentions on every request.
    source_count = models.PositiveIntegerField(default=0, help_text="Independent outlets carrying the claim.")
    mention_count = models.PositiveIntegerField(default=0)
    contradiction_count = models.PositiveIntegerField(default=0)
    first_seen_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["status", "-id"], name="claim_status_recent"),
            models.Index(fields=["-source_count", "-id"], name="claim_most_sources"),
            models.Index(fields=["-contradiction_count", "-id"], name="claim_most_disputed"),
            models.Index(fields=["-checkworthiness", "-id"], name="claim_checkworthy"),
            models.Index(fields=["speaker", "-id"], name="claim_speaker_recent"),
            models.Index(fields=["speaker", "-source_count", "-id"], name="claim_speaker_most_sources"),
        ]

    def __str__(self) -> str:
        return self.text[:80]

    def get_absolute_url(self) -> str:
        return reverse("claims:detail", args=[self.pk])


class ClaimMention(models.Model):
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="mentions")
    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="claim_mentions")
    speaker = models.ForeignKey(
        Speaker, null=True, blank=True, on_delete=models.SET_NULL, related_name="claim_mentions"
    )
    sentence = models.TextField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    quantities = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["article_id", "start", "id"]
        # One row per (sentence, claim): a sentence can state several claims ("X will visit on Friday,
        # but the US will not give guarantees"), and each claim lists it as its own mention.
        constraints = [
            models.UniqueConstraint(
                fields=["article", "start", "end", "claim"], name="mention_unique_claim_span"
            )
        ]

    def __str__(self) -> str:
        return self.sentence[:80]

    def copy_to(self, claim_id: int) -> "ClaimMention":
        """An unsaved row listing the same sentence as a mention of another claim."""
        return ClaimMention(
            claim_id=claim_id,
            article_id=self.article_id,
            speaker_id=self.speaker_id,
            sentence=self.sentence,
            start=self.start,
            end=self.end,
            quantities=self.quantities,
        )


class ClaimKey(models.Model):
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="keys")
    key = models.CharField(max_length=40, db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["claim", "key"], name="claimkey_unique")]

    def __str__(self) -> str:
        return self.key


class ClaimKeyCount(models.Model):
    """How many claims hold each blocking key: the term rarity claim linking weighs by.

    Kept by linking as it records new keys, so reading a key's count is one
    primary-key lookup however many claims hold it. Counts only grow: a claim
    removed later still counts, which errs toward treating its terms as common.
    """

    key = models.CharField(max_length=40, primary_key=True)
    claims = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.key}: {self.claims}"


class RefreshTicket(models.Model):
    """One row: when the contradiction refresh task now waiting in the queue was sent (null: none waits).

    Workers send the refresh task only when none waits, so the articles linked
    meanwhile wait for that one task and are refreshed in one burst (a burst
    of many costs about what a burst of one does). The task clears the row as
    it starts: an article linked after that sends the next one.
    """

    queued_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"refresh queued at {self.queued_at}" if self.queued_at else "no refresh queued"


class Contradiction(models.Model):
    class Kind(models.TextChoices):
        MISQUOTE = "misquote", "Misquote"
        NUMBER = "number", "Number conflict"
        FACT = "fact", "Fact conflict"
        ATTRIBUTION = "attribution", "Attribution conflict"

    class State(models.TextChoices):
        OPEN = "open", "Open"
        CONFIRMED = "confirmed", "Confirmed"
        DISMISSED = "dismissed", "Dismissed"

    kind = models.CharField(max_length=12, choices=Kind)
    key = models.CharField(
        max_length=64, unique=True, help_text="Stable identity: relinking finds the same one."
    )
    explanation = models.CharField(max_length=1000)
    state = models.CharField(max_length=10, choices=State, default=State.OPEN)
    claim = models.ForeignKey(
        Claim, null=True, blank=True, on_delete=models.SET_NULL, related_name="contradictions"
    )
    group = models.ForeignKey(
        QuoteGroup, null=True, blank=True, on_delete=models.SET_NULL, related_name="contradictions"
    )
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["state", "kind", "-id"], name="contradiction_state_kind")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.explanation[:60]}"

    def get_absolute_url(self) -> str:
        return reverse("claims:contradiction-detail", args=[self.pk])


class ContradictionItem(models.Model):
    contradiction = models.ForeignKey(Contradiction, on_delete=models.CASCADE, related_name="items")
    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="contradiction_items"
    )
    quote = models.ForeignKey(Quote, null=True, blank=True, on_delete=models.SET_NULL)
    mention = models.ForeignKey(ClaimMention, null=True, blank=True, on_delete=models.SET_NULL)
    side = models.CharField(max_length=8)
    text = models.TextField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()

    class Meta:
        ordering = ["side", "id"]

    def __str__(self) -> str:
        return f"{self.side}: {self.text[:60]}"


class Review(models.Model):
    """A reviewer's verdict on a claim; a change of verdict is a new Review."""

    Verdict = Claim.Status

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="reviews")
    verdict = models.CharField(max_length=16, choices=Claim.Status)
    note = models.TextField(blank=True)
    evidence_urls = models.JSONField(default=list, blank=True)
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="reviews")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.get_verdict_display()} by {self.reviewer}"


class AuditEntry(models.Model):
    """Who did what, when and why: written by the services for every human write."""

    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    action = models.CharField(max_length=64)
    target_type = models.CharField(max_length=64)
    target_id = models.BigIntegerField(null=True, blank=True)
    summary = models.CharField(max_length=500)
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["target_type", "target_id"], name="audit_target")]
        verbose_name_plural = "audit entries"

    def __str__(self) -> str:
        return f"{self.action} {self.target_type}#{self.target_id}"


class ReviewSignoff(models.Model):
    """A second reviewer's agreement with a Review.

    Verdicts that accuse an outlet or speaker ("false", "misleading",
    "misquoted") become a claim's public status only once signed off; see
    claims.services.signoff. One sign-off per review, enforced by the database.
    """

    review = models.OneToOneField(Review, on_delete=models.CASCADE, related_name="signoff")
    signed_off_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="review_signoffs"
    )
    note = models.TextField(blank=True)
    signed_off_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-signed_off_at", "-id"]

    def __str__(self) -> str:
        return f"Sign-off of review #{self.review_id} by {self.signed_off_by}"


class Watch(models.Model):
    """A user following a speaker, an outlet or a claim; the Following page shows what is new since last_seen_at."""

    class Target(models.TextChoices):
        SPEAKER = "speaker", "Speaker"
        OUTLET = "outlet", "Outlet"
        CLAIM = "claim", "Claim"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="watches")
    target_type = models.CharField(max_length=8, choices=Target)
    target_id = models.PositiveBigIntegerField()
    last_seen_at = models.DateTimeField(help_text="The user last looked at this watch's news then.")
    webhook_url = models.URLField(
        max_length=2000, blank=True, help_text="Optional: news is POSTed here as JSON."
    )
    last_notified_at = models.DateTimeField(
        null=True, blank=True, help_text="News up to here was sent to the webhook."
    )
    last_webhook_status = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["target_type", "target_id", "id"]
        constraints = [
            models.UniqueConstraint(fields=["user", "target_type", "target_id"], name="watch_unique_target"),
        ]
        indexes = [models.Index(fields=["target_type", "target_id"], name="watch_target")]
        verbose_name_plural = "watches"

    def __str__(self) -> str:
        return f"{self.user} follows {self.target_type} #{self.target_id}"
