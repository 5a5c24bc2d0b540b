"""A hostile article (script tags, </script> inside a quote, javascript: links, <img onerror>) renders inert everywhere."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse

from articles.models import Article
from claims.models import Claim, Quote, Speaker
from claims.services.signoff import claim_review_submit as claim_review
from claims.services.watchlists import watch_follow

HOSTILE = Path(__file__).parent / "data" / "hostile.txt"
OWN_SCRIPT = re.compile(r'<script src="[^"]*app\.js[^"]*" defer>|<script type="application/ld\+json">')


@pytest.fixture
def hostile(db, django_capture_on_commit_callbacks) -> Article:
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ingest", str(HOSTILE), quiet_progress=True, stdout=open("/dev/null", "w"))
    return Article.objects.get()


def _assert_inert(html: str, url: str) -> None:
    for tag in re.findall(r"<script\b[^>]*>", html, re.I):
        assert OWN_SCRIPT.fullmatch(tag), f"{url}: foreign {tag}"
    assert not re.search(r"<img\b[^>]*\bonerror", html, re.I), url
    assert not re.search(r"""\bhref\s*=\s*["']?\s*javascript:""", html, re.I), url
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        assert "<" not in block and ">" not in block, f"{url}: raw angle bracket in JSON-LD"


def _urls(article: Article) -> list[str]:
    urls = [reverse("dashboard"), reverse("claims:list"), reverse("claims:list") + "?q=pier",
            reverse("claims:contradiction-list"), reverse("claims:speaker-list"), reverse("articles:list"),
            reverse("claims:following"), reverse("articles:ingest"), reverse("articles:job-list"),
            article.get_absolute_url()]
    urls += [c.get_absolute_url() for c in Claim.objects.all()]
    urls += [reverse("claims:quote-detail", args=[q.pk]) for q in Quote.objects.all()]
    urls += [s.get_absolute_url() for s in Speaker.objects.all()]
    return urls


@pytest.mark.django_db
def test_hostile_text_is_stored_as_text_and_shown_inert(hostile, client, django_user_model):
    """The attack text reaches the database unchanged, yet no page emits it as markup, for readers or staff."""
    assert "</script><script>" in Quote.objects.get(text__contains="2027").text
    admin = django_user_model.objects.create_superuser("root", password="x")
    for speaker in Speaker.objects.all():
        watch_follow(user=admin, target_type="speaker", target_id=speaker.pk)
    for logged_in in (False, True):
        if logged_in:
            client.force_login(admin)
        for url in _urls(hostile):
            response = client.get(url)
            if response.status_code == 302 and not logged_in:
                continue  # staff-only page
            assert response.status_code == 200, url
            _assert_inert(response.content.decode(), url)


@pytest.mark.django_db
def test_jsonld_escapes_a_closing_script_tag(hostile, client, reviewer):
    """A reviewed claim holding </script> is embedded as \\u003c/script, never as </script>."""
    claim = Claim.objects.get(text__contains="</script><script>")
    claim_review(claim_id=claim.pk, reviewer=reviewer, verdict="disputed")
    html = client.get(claim.get_absolute_url()).content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert "\\u003c/script" in block and "</script" not in block
    assert html.count("</script>") == html.count("<script")  # every closing tag is one the page opened
