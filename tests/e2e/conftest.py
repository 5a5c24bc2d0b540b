"""Playwright against pytest-django's live_server, driving Debian's Chromium (no browser downloads).

Skips with a reason when /usr/bin/chromium (or the playwright package) is missing;
CI sets NEWSFACTS_REQUIRE_ALL=1, which turns those skips into failures.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from django.core.management import call_command

CHROMIUM = Path(os.environ.get("NEWSFACTS_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
PASSWORD = "e2e-pass-123"


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the playwright package is not installed")
    # Playwright's sync API runs an event loop in this thread; Django then refuses ORM calls
    # from it unless told the test code is not really async.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=live_server.url)
    context.set_default_timeout(8000)
    page = context.new_page()
    yield page
    context.close()


def ingest(path: Path) -> None:
    call_command("ingest", str(path), quiet_progress=True, stdout=open(os.devnull, "w"))


@pytest.fixture
def demo_corpus(transactional_db, demo_dir):
    ingest(demo_dir)


@pytest.fixture
def make_user(transactional_db, django_user_model):
    from django.contrib.auth.models import Group

    def make(username: str, role: str | None):
        user = django_user_model.objects.create_user(username=username, password=PASSWORD)
        if role:
            # get_or_create: a transactional test flushes the groups the data migration made.
            user.groups.add(Group.objects.get_or_create(name=role)[0])
        return user
    return make


def log_in(page, username: str) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.locator("main").get_by_role("button", name="Log in").click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)
