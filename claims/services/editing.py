"""Editors' corrections to quotes: speaker, deletion and utterance groups, each audited.

quote_attribute(quote_id=3, speaker_id=9, user=edna)     # or speaker_id=None: unattributed
quote_delete(quote_id=3, user=edna, reason="caption, not a quote")
quote_detach(quote_id=3, user=edna)                       # a different utterance: own group
"""

from __future__ import annotations

from django.db import transaction

from claims.models import Contradiction, Quote, QuoteGroup, Speaker
from claims.services.audit import audit_record
from claims.services.contradictions import groups_contradictions_refresh
from claims.services.linking import claim_counters_refresh


def _groups_refresh(group_ids: set[int]) -> None:
    """Re-run the misquote and attribution rules on these groups and recount their claims.

    Claims that lose a contradiction are recounted too, so the ones found
    before the change are collected first.
    """
    group_ids = {g for g in group_ids if g}
    before = set(Contradiction.objects.filter(group_id__in=group_ids, claim__isnull=False)
                 .values_list("claim_id", flat=True))
    after = set(groups_contradictions_refresh(group_ids).values())
    claim_counters_refresh({c for c in before | after if c})


@transaction.atomic
def quote_attribute(*, quote_id: int, speaker_id: int | None, user, reason: str = "") -> Quote:
    """Set (or clear) a quote's speaker; the lock keeps it through re-extraction."""
    quote = Quote.objects.select_for_update(of=("self",)).select_related("speaker").get(pk=quote_id)
    speaker = Speaker.objects.get(pk=speaker_id) if speaker_id is not None else None
    while speaker is not None and speaker.merged_into_id:  # a merged speaker stands for its survivor
        speaker = speaker.merged_into
    before = quote.speaker.name if quote.speaker_id else None
    quote.speaker, quote.speaker_locked = speaker, True
    quote.save(update_fields=["speaker", "speaker_locked"])
    after = speaker.name if speaker else None
    audit_record(actor=user, action="quote.attribute", target=quote,
                 summary=f"Speaker {before or 'unattributed'} → {after or 'unattributed'}",
                 data={"before": before, "after": after, "speaker": speaker.pk if speaker else None,
                       "reason": reason})
    _groups_refresh({quote.group_id})
    return quote


@transaction.atomic
def quote_delete(*, quote_id: int, user, reason: str = "") -> int:
    """Delete a spurious quote; the audit entry keeps its text and span. Returns its article id."""
    quote = Quote.objects.select_for_update().get(pk=quote_id)
    article_id, group_id = quote.article_id, quote.group_id
    audit_record(actor=user, action="quote.delete", target=quote, summary=f"Deleted “{quote.text[:200]}”",
                 data={"article": article_id, "start": quote.start, "end": quote.end, "text": quote.text,
                       "speaker": quote.speaker_id, "reason": reason})
    quote.delete()
    if group_id and not Quote.objects.filter(group_id=group_id).exists():
        QuoteGroup.objects.filter(pk=group_id).delete()
    _groups_refresh({group_id} if group_id else set())
    return article_id


@transaction.atomic
def quote_detach(*, quote_id: int, user, reason: str = "") -> Quote:
    """Move a quote out of its utterance group into a new one: it is a different utterance."""
    quote = Quote.objects.select_for_update().get(pk=quote_id)
    old_group = quote.group_id
    if old_group is None or not Quote.objects.filter(group_id=old_group).exclude(pk=quote.pk).exists():
        return quote  # already on its own
    quote.group = QuoteGroup.objects.create(speaker_id=quote.speaker_id)
    quote.save(update_fields=["group"])
    audit_record(actor=user, action="quote.detach", target=quote,
                 summary=f"Moved out of utterance #{old_group} into #{quote.group_id}",
                 data={"from_group": old_group, "to_group": quote.group_id, "reason": reason})
    _groups_refresh({old_group, quote.group_id})
    return quote
