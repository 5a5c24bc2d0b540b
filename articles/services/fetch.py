"""Fetching for ingest jobs: the SSRF-guarded fetcher with the project's policy."""

from __future__ import annotations

from django.conf import settings

from articles.fetching import FetchPolicy, FetchResult, safe_fetch


def fetch_policy() -> FetchPolicy:
    return FetchPolicy(allow_hosts=frozenset(settings.NEWSFACTS["FETCH_ALLOW_HOSTS"]))


def fetch_for_job(url: str) -> FetchResult:
    return safe_fetch(url, policy=fetch_policy())
