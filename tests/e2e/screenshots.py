"""Take the README screenshots from a running server with the demo corpus.

    python manage.py demo_setup && python manage.py runserver 127.0.0.1:8000
    python tests/e2e/screenshots.py --base http://127.0.0.1:8000 --out docs/screenshots

Logs in as the demo editor (whose account demo_setup prints) so the ingest page shows.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from playwright.sync_api import sync_playwright

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def _log_in(page, base: str, username: str, password: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.locator("main").get_by_role("button", name="Log in").click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def take(base: str, out: Path, chromium: str, username: str, password: str) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    shots = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900}, device_scale_factor=1)
        page.goto(f"{base}/claims/?sort=disputed")
        shots.append(out / "claims-list.png")
        page.screenshot(path=shots[-1])
        page.goto(f"{base}/claims/?contradiction_kind=misquote")
        page.locator(".layout__main .card__title a").first.click()
        page.locator("#variants-title").scroll_into_view_if_needed()
        page.evaluate("() => window.scrollTo(0, document.querySelector('#variants-title').offsetTop - 16)")
        shots.append(out / "claim-contradiction.png")
        page.screenshot(path=shots[-1])
        _log_in(page, base, username, password)
        page.goto(f"{base}/articles/ingest/")
        shots.append(out / "ingest.png")
        page.screenshot(path=shots[-1], full_page=True)  # the job table sits below the forms
        browser.close()
    return shots


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="http://127.0.0.1:8000")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[2] / "docs" / "screenshots")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--username", default="editor")
    parser.add_argument("--password", default="editor-demo-pass")
    args = parser.parse_args()
    for path in take(args.base, args.out, args.chromium, args.username, args.password):
        print(path)


if __name__ == "__main__":
    main()
