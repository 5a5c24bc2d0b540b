"""Speakers an article names are looked up in one query before its quotes and claims are stored."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.models import Speaker
from claims.services.speakers import speaker_for_name, speakers_known

pytestmark = pytest.mark.django_db


def test_known_names_come_back_in_one_query_and_resolve_without_another():
    orla, ben = speaker_for_name("Orla Penwick"), speaker_for_name("Ben Stroud")
    with CaptureQueriesContext(connection) as ctx:
        cache = speakers_known(["Orla Penwick", "Ben Stroud", "Ben Stroud", "Ida Quarrie", ""])
    assert len(ctx.captured_queries) == 1
    assert set(cache.values()) == {orla, ben}, "a name never seen is left to speaker_for_name"
    with CaptureQueriesContext(connection) as ctx:
        assert speaker_for_name("Orla Penwick", cache) == orla
    assert not ctx.captured_queries


def test_a_merged_speakers_name_resolves_to_the_speaker_it_was_merged_into():
    old, kept = speaker_for_name("Tamsin Vell"), speaker_for_name("Rhodri Amble")
    assert old != kept
    Speaker.objects.filter(pk=old.pk).update(merged_into=kept)
    assert speakers_known(["Tamsin Vell"]) == {old.key: kept}
