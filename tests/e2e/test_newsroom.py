"""The newsroom in a real browser: review a misquote, upload articles and watch the jobs, and what readers cannot do."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import ingest, log_in

pytestmark = pytest.mark.e2e


def _review_misquote(page, *, missing_word: str, added_word: str) -> None:
    """Filter to misquotes, open the claim whose versions differ by these words, mark it misquoted."""
    page.goto("/claims/")
    page.get_by_label("Contradiction kind").select_option("misquote")
    page.get_by_role("button", name="Apply").click()
    expect(page).to_have_url(re.compile(r"contradiction_kind=misquote"))
    cards = page.locator(".layout__main .card__title a")
    for i in range(cards.count()):
        cards.nth(i).click()
        if page.locator(".diff ins, .diff del", has_text=re.compile(rf"\b{missing_word}\b")).count():
            break
        page.go_back()
    # Which wording is the reference depends on how many outlets carry each: accept either side.
    for word in (missing_word, added_word):
        expect(page.locator(".diff ins, .diff del", has_text=re.compile(rf"\b{word}\b")).first).to_be_visible()
    outlets = page.locator(".versus .versus__side a")
    assert len(set(outlets.all_inner_texts())) >= 2, "both sides' outlets are named"
    page.get_by_label("Verdict").select_option("misquoted")
    page.get_by_label("Note").fill(f"One outlet has {added_word!r} where the others have {missing_word!r}.")
    page.get_by_role("button", name="Save verdict").click()
    expect(page.locator(".alert--success")).to_contain_text("second reviewer")
    entry = page.locator(".history__item").first
    expect(entry).to_contain_text("Misquoted")
    expect(entry).to_contain_text("Awaiting sign-off")
    expect(entry).to_contain_text(f"where the others have {missing_word!r}")


def test_reviewer_reviews_the_demo_misquote(page, demo_corpus, make_user):
    """A reviewer filters claims, opens the provide/deliver misquote, sees the diff and both outlets, and marks it."""
    make_user("rita", "reviewer")
    log_in(page, "rita")
    _review_misquote(page, missing_word="provide", added_word="deliver")


@pytest.mark.shared
def test_reviewer_reviews_the_seed_misquote(page, shared_dir, transactional_db, make_user):
    """The same on the four real seed articles: their make/provide misquote."""
    ingest(shared_dir / "seeds")
    make_user("rita", "reviewer")
    log_in(page, "rita")
    _review_misquote(page, missing_word="make", added_word="provide")


def test_editor_uploads_articles_and_watches_the_jobs_finish(page, transactional_db, demo_dir, make_user):
    """The upload form takes several files; the job table polls until every job is done."""
    make_user("edna", "editor")
    log_in(page, "edna")
    page.goto("/articles/ingest/")
    files = sorted(demo_dir.glob("*.txt"))[:4]
    page.get_by_label("Files (.txt or .html)").set_input_files([str(f) for f in files])
    page.get_by_role("button", name="Upload").click()
    expect(page.locator(".alert--success")).to_contain_text(f"Submitted {len(files)} items")
    rows = page.locator("#job-rows tr:not([hidden])")
    expect(rows).to_have_count(len(files))
    expect(page.locator("#job-rows .badge--done")).to_have_count(len(files), timeout=20000)
    expect(page.locator("#job-rows [data-poll-done]")).to_have_count(1)
    expect(page.locator("#job-rows a").first).to_have_attribute("href", re.compile(r"^/articles/\d+/$"))


def test_anonymous_visitor_cannot_review(page, demo_corpus):
    """No review form is shown, and a forged POST is sent to the login page with nothing stored."""
    from claims.models import Claim, Review

    claim = Claim.objects.order_by("-mention_count").first()
    page.goto(claim.get_absolute_url())
    expect(page.locator("#review-form")).to_have_count(0)
    expect(page.get_by_label("Verdict")).to_have_count(0)
    response = page.request.post(f"/claims/{claim.pk}/review/", form={"verdict": "false"}, max_redirects=0)
    assert response.status == 302 or response.status == 403
    if response.status == 302:
        assert "/accounts/login/" in response.headers["location"]
    assert not Review.objects.exists()
