"""WCAG 2.1 AA basics checked in the browser: labels, headings, landmarks, keyboard focus and contrast."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import log_in

pytestmark = pytest.mark.e2e

AUDIT_JS = """
() => {
  const problems = [];
  const controls = document.querySelectorAll('input:not([type=hidden]):not([type=submit]), select, textarea');
  for (const el of controls) {
    const named = el.labels.length || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
    if (!named) problems.push('unlabelled ' + el.outerHTML.slice(0, 80));
  }
  const h1s = document.querySelectorAll('h1').length;
  if (h1s !== 1) problems.push(h1s + ' h1 elements');
  for (const sel of ['header', 'nav', 'main', 'footer']) {
    if (!document.querySelector(sel)) problems.push('no <' + sel + '> landmark');
  }
  if (!document.documentElement.lang) problems.push('no lang attribute');
  const ids = {};
  for (const el of document.querySelectorAll('[id]')) {
    if (ids[el.id]) problems.push('duplicate id ' + el.id);
    ids[el.id] = true;
  }
  return problems;
}
"""

CONTRAST_JS = """
(selector) => {
  const rgb = (s) => (s.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = (el) => {
    for (; el; el = el.parentElement) {
      const c = rgb(getComputedStyle(el).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0.9)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  return Array.from(document.querySelectorAll(selector)).slice(0, 5).map((el) => {
    const fg = lum(rgb(getComputedStyle(el).color)), bg = lum(background(el));
    const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    return [selector, Math.round(ratio * 100) / 100];
  });
}
"""

KEY_TEXT = ["body", ".muted", ".page-lede", ".card__title a", ".card__meta", ".badge", ".btn--primary", ".btn",
            ".site-nav__link", ".breadcrumbs a", ".field__help", ".diff del", ".diff ins", ".kind", "mark.q", "mark.c",
            ".alert", ".quote__meta"]


def _pages(admin_pages: bool) -> list[str]:
    from articles.models import Article, Outlet
    from claims.models import Claim, Contradiction, Quote, Speaker

    claim = Claim.objects.filter(contradictions__kind="misquote").first()
    urls = ["/", "/claims/", claim.get_absolute_url(), Contradiction.objects.first().get_absolute_url(),
            Speaker.objects.first().get_absolute_url(), Article.objects.first().get_absolute_url(),
            Outlet.objects.first().get_absolute_url(), f"/claims/quotes/{Quote.objects.first().pk}/?speaker_q=a",
            "/claims/speakers/", "/articles/"]
    return urls + (["/articles/ingest/", "/claims/following/", "/articles/jobs/"] if admin_pages else ["/accounts/login/"])


def test_pages_have_labels_one_h1_landmarks_and_contrast(page, demo_corpus, make_user):
    """For readers and for staff (every form shown), each page passes the audit and key text is >= 4.5:1."""
    failures = []
    for admin in (False, True):
        if admin:
            user = make_user("root", None)
            user.is_superuser = True
            user.save()
            log_in(page, "root")
        for url in _pages(admin):
            page.goto(url)
            failures += [f"{url}: {p}" for p in page.evaluate(AUDIT_JS)]
            for selector in KEY_TEXT:
                failures += [f"{url}: {s} contrast {r}" for s, r in page.evaluate(CONTRAST_JS, selector) if r < 4.5]
    assert failures == []


def test_keyboard_reaches_the_content_with_a_visible_focus(page, demo_corpus):
    """Tab first lands on the skip link, which moves focus into <main>; focused links show an outline."""
    page.goto("/claims/")
    page.keyboard.press("Tab")
    focused = page.evaluate("() => [document.activeElement.className, getComputedStyle(document.activeElement).outlineStyle]")
    assert focused[0] == "skip-link" and focused[1] != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("() => location.hash") == "#content"
    for _ in range(3):
        page.keyboard.press("Tab")
        outline = page.evaluate("() => { const s = getComputedStyle(document.activeElement);"
                                " return [document.activeElement.closest('main') !== null, s.outlineStyle, s.outlineWidth]; }")
        assert outline[0] and outline[1] != "none" and outline[2] != "0px", outline
