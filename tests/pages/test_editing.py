"""Editors correct quotes and speakers from the pages; every change is audited and survives re-extraction."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.urls import reverse

from claims.models import AuditEntry, Claim, Contradiction, Quote, QuoteGroup, Speaker
from claims.services.speakers import speaker_merge


def _misquote() -> Contradiction:
    return Contradiction.objects.filter(kind="misquote").select_related("group").first()


def _odd_one_out(contradiction: Contradiction) -> Quote:
    """The minority reading of a misquote (side B holds the reading fewer outlets carry)."""
    item = contradiction.items.filter(side="B", quote__isnull=False).select_related("quote").first()
    return item.quote


@pytest.mark.django_db
def test_editor_sets_a_quote_speaker_and_it_is_locked(editor_client, editor, demo_graph):
    """The chosen speaker is stored with speaker_locked, and the audit entry keeps before and after."""
    quote = Quote.objects.filter(speaker__isnull=False).first()
    other = Speaker.objects.exclude(pk=quote.speaker_id).filter(merged_into__isnull=True).first()
    response = editor_client.post(reverse("claims:quote-attribute", args=[quote.pk]),
                                  {"speaker": other.pk, "reason": "wrong Sorrell"})
    assert response.status_code == 302
    quote.refresh_from_db()
    assert (quote.speaker_id, quote.speaker_locked) == (other.pk, True)
    entry = AuditEntry.objects.get(action="quote.attribute", actor=editor)
    assert entry.data["after"] == other.name and entry.data["reason"] == "wrong Sorrell"


@pytest.mark.django_db
def test_editor_can_mark_a_quote_unattributed(editor_client, demo_graph):
    """"none" clears the speaker and locks it."""
    quote = Quote.objects.filter(speaker__isnull=False).first()
    editor_client.post(reverse("claims:quote-attribute", args=[quote.pk]), {"speaker": "none"})
    quote.refresh_from_db()
    assert quote.speaker_id is None and quote.speaker_locked


@pytest.mark.django_db
def test_corrected_speaker_survives_reextraction(editor_client, demo_graph):
    """Re-extraction keeps an editor's speaker choice."""
    quote = Quote.objects.filter(speaker__isnull=False).first()
    other = Speaker.objects.exclude(pk=quote.speaker_id).filter(merged_into__isnull=True).first()
    editor_client.post(reverse("claims:quote-attribute", args=[quote.pk]), {"speaker": other.pk})
    call_command("reextract", stdout=open("/dev/null", "w"))
    quote.refresh_from_db()
    assert quote.speaker_id == other.pk


@pytest.mark.django_db
def test_unknown_speaker_is_refused(editor_client, demo_graph):
    """A speaker id that does not exist changes nothing."""
    quote = Quote.objects.filter(speaker__isnull=False).first()
    before = quote.speaker_id
    response = editor_client.post(reverse("claims:quote-attribute", args=[quote.pk]), {"speaker": "999999"},
                                  follow=True)
    assert b"not changed" in response.content
    quote.refresh_from_db()
    assert quote.speaker_id == before and not quote.speaker_locked


@pytest.mark.django_db
def test_editor_deletes_a_spurious_quote(editor_client, editor, demo_graph):
    """The quote is gone, the audit entry keeps its text and span, and the editor lands on the article."""
    quote = Quote.objects.first()
    response = editor_client.post(reverse("claims:quote-delete", args=[quote.pk]), {"reason": "headline"})
    assert response.status_code == 302 and response["Location"] == quote.article.get_absolute_url()
    assert not Quote.objects.filter(pk=quote.pk).exists()
    entry = AuditEntry.objects.get(action="quote.delete")
    assert (entry.data["text"], entry.data["start"], entry.actor) == (quote.text, quote.start, editor)


@pytest.mark.django_db
def test_a_different_utterance_leaves_the_group_and_its_misquote_goes(editor_client, demo_graph):
    """Detaching the odd version gives it a new group and re-runs the checks: the open misquote disappears."""
    contradiction = _misquote()
    quote = _odd_one_out(contradiction)
    old_group = quote.group_id
    response = editor_client.post(reverse("claims:quote-detach", args=[quote.pk]), {"reason": "another speech"})
    assert response.status_code == 302
    quote.refresh_from_db()
    assert quote.group_id != old_group and QuoteGroup.objects.filter(pk=quote.group_id).exists()
    assert not Contradiction.objects.filter(pk=contradiction.pk).exists()
    assert AuditEntry.objects.filter(action="quote.detach", target_id=quote.pk).exists()
    if contradiction.claim_id:
        assert Claim.objects.get(pk=contradiction.claim_id).contradiction_count == 0


@pytest.mark.django_db
def test_editor_splits_a_speaker_by_alias(editor_client, editor, demo_graph):
    """Chosen aliases and the quotes resolved through them move to a new speaker (undoing a wrong merge)."""
    speaker, other = Speaker.objects.filter(quotes__isnull=False).distinct().order_by("id")[:2]
    speaker_merge(source_id=other.pk, target_id=speaker.pk, user=editor)
    alias = speaker.aliases.get(alias=other.name)
    assert b"Split speaker" in editor_client.get(speaker.get_absolute_url()).content
    response = editor_client.post(reverse("claims:speaker-split", args=[speaker.pk]),
                                  {"aliases": [alias.pk], "name": "Someone Else", "reason": "two people"})
    new = Speaker.objects.get(name="Someone Else")
    assert response["Location"] == new.get_absolute_url()
    alias.refresh_from_db()
    assert alias.speaker_id == new.pk
    assert Quote.objects.filter(speaker=new).exists()
    assert AuditEntry.objects.filter(action="speaker.split", target_id=speaker.pk).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("persona, expected", [("anon_client", 302), ("reviewer_client", 403),
                                               ("viewer_client", 403), ("outsider_client", 403)])
def test_only_editors_can_edit_quotes(request, demo_graph, persona, expected):
    """Every quote write refuses non-editors and leaves the quote alone."""
    client = request.getfixturevalue(persona)
    quote = Quote.objects.filter(group__isnull=False).first()
    for name, data in [("claims:quote-attribute", {"speaker": "none"}), ("claims:quote-detach", {}),
                       ("claims:quote-delete", {})]:
        assert client.post(reverse(name, args=[quote.pk]), data).status_code == expected
    speaker = Speaker.objects.first()
    assert client.post(reverse("claims:speaker-split", args=[speaker.pk]), {"name": "x"}).status_code == expected
    quote.refresh_from_db()
    assert not quote.speaker_locked and not AuditEntry.objects.exists()


@pytest.mark.django_db
def test_quote_page_offers_editor_tools_only_to_editors(editor_client, demo_graph, client):
    """Readers see the quote and its versions; editors also see the speaker picker and delete form."""
    quote = Quote.objects.filter(group__isnull=False).first()
    url = reverse("claims:quote-detail", args=[quote.pk])
    assert b"Save speaker" in editor_client.get(url + "?speaker_q=Sorrell").content
    client.logout()
    page = client.get(url).content
    assert b"Other versions of this utterance" in page and b"Save speaker" not in page
