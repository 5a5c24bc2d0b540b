"""Each kind of bad input ends its job with a message an editor can act on, and writes no article rows."""

from __future__ import annotations

import pytest

from articles.models import Article, IngestJob
from articles.services.ingest import ingest_job_run, ingest_submit
from claims.models import Claim, Quote
from tests.concurrency.helpers import article_bytes, orphan_counts

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
NAV_ONLY_PAGE = (
    b"<!doctype html><html><head><title>Tollmere Gazette</title></head><body>"
    b"<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
    b"<footer>Subscribe | Contact | Privacy</footer></body></html>"
)


def _run(payload: bytes, name: str) -> IngestJob:
    job = ingest_submit(kind=IngestJob.Kind.FILE, source=name, payload=payload, enqueue=False)
    if not job.is_finished:
        ingest_job_run(job_id=job.id)
    job.refresh_from_db()
    return job


def _assert_failed_cleanly(job: IngestJob, *words: str) -> None:
    assert job.state == IngestJob.State.FAILED
    assert job.stage == IngestJob.Stage.FINISHED and job.finished_at is not None
    for word in words:
        assert word.lower() in job.error.lower(), job.error
    assert "Internal error" not in job.error, job.error
    assert bytes(job.payload) == b"", "a failed upload keeps no bytes"
    assert (Article.objects.count(), Quote.objects.count(), Claim.objects.count()) == (0, 0, 0)
    assert orphan_counts() == dict.fromkeys(orphan_counts(), 0)


def test_empty_file_fails_with_a_message():
    job = _run(b"", "empty.txt")
    _assert_failed_cleanly(job)
    assert job.error


def test_whitespace_only_file_fails_with_a_message():
    job = _run(b" \n\n\t \r\n", "blank.txt")
    _assert_failed_cleanly(job)
    assert job.error


def test_binary_file_fails_naming_what_it_is():
    _assert_failed_cleanly(_run(PNG, "photo.txt"), "PNG")


def test_fifty_megabyte_file_is_refused_at_submission_without_keeping_it():
    """Refused before any work: the job records the size and the limit, not the bytes."""
    job = _run(b"a" * (50 * 1024 * 1024), "huge.txt")
    _assert_failed_cleanly(job, "too large", "52.4 MB", "limit")
    assert job.attempts == 0


def test_latin1_bytes_are_decoded_not_rejected():
    """Invalid UTF-8 that is valid Latin-1 is an ordinary article, with its accents intact."""
    text = article_bytes(3).decode().replace("Tollmere", "Z\u00fcrich-S\u00e8te").replace("\u201c", '"').replace("\u201d", '"')
    job = _run(text.encode("latin-1"), "latin1.txt")
    assert job.state == IngestJob.State.DONE, job.error
    assert "Z\u00fcrich-S\u00e8te" in job.article.body
    assert "\ufffd" not in job.article.body


def test_html_page_without_article_text_fails_with_a_message():
    _assert_failed_cleanly(_run(NAV_ONLY_PAGE, "index.html"))


def test_same_file_twice_is_a_duplicate_of_the_first():
    first = _run(article_bytes(4), "berths.txt")
    second = _run(article_bytes(4), "berths-again.txt")
    assert first.state == IngestJob.State.DONE
    assert second.state == IngestJob.State.DUPLICATE
    assert second.article_id == first.article_id
    assert f"#{first.article_id}" in second.note
    assert Article.objects.count() == 1
    assert Quote.objects.filter(article=first.article).count() == Quote.objects.count()
