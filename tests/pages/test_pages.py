"""Every published page answers anonymous readers, in a fixed number of queries."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.models import Article, Outlet
from claims.models import Claim, Contradiction, Quote, Speaker


def _urls() -> list[str]:
    claim = Claim.objects.order_by("-contradiction_count", "id").first()
    contradiction = Contradiction.objects.first()
    return [
        reverse("dashboard"), reverse("claims:list"), claim.get_absolute_url(),
        reverse("claims:contradiction-list"), contradiction.get_absolute_url(),
        reverse("claims:speaker-list"), Speaker.objects.first().get_absolute_url(),
        reverse("articles:list"), Article.objects.first().get_absolute_url(),
        reverse("articles:outlet-list"), Outlet.objects.first().get_absolute_url(),
        reverse("claims:list") + "?q=plant&sort=sources&has_contradictions=yes",
    ]


@pytest.mark.django_db
def test_anonymous_visitors_read_every_page(client, demo_graph):
    """`/` and every page answer 200 without a login redirect."""
    for url in _urls():
        response = client.get(url)
        assert response.status_code == 200, url


@pytest.mark.django_db
def test_empty_database_shows_empty_states(client):
    """With nothing ingested the dashboard and lists say so instead of failing."""
    for name in ("dashboard", "claims:list", "articles:list", "claims:speaker-list", "articles:outlet-list"):
        response = client.get(reverse(name))
        assert response.status_code == 200
        assert b'class="empty"' in response.content


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["dashboard", "claims:list", "articles:list", "claims:speaker-list",
                                  "claims:contradiction-list", "articles:outlet-list"])
def test_list_pages_have_a_fixed_query_budget(client, demo_graph, django_assert_max_num_queries, name):
    """List pages do not issue a query per row (no N+1)."""
    with django_assert_max_num_queries(12):
        assert client.get(reverse(name)).status_code == 200


@pytest.mark.django_db
def test_claim_page_query_count_does_not_grow_with_sources(client, demo_graph, django_assert_max_num_queries):
    """The claim page with the most sources stays within its budget."""
    claim = Claim.objects.order_by("-mention_count").first()
    assert claim.mention_count >= 3
    with django_assert_max_num_queries(16):
        assert client.get(claim.get_absolute_url()).status_code == 200


@pytest.mark.django_db
def test_article_page_highlights_quotes_and_claims(client, demo_graph):
    """The article page marks each quote and each claim mention."""
    article = Quote.objects.select_related("article").first().article
    body = client.get(article.get_absolute_url()).content.decode()
    for quote in article.quotes.all():
        assert f'id="q-{quote.pk}"' in body
    for mention in article.claim_mentions.all():
        assert f'id="c-{mention.claim_id}"' in body
    assert '<mark class="c q"' in body  # a quote inside a claim sentence keeps both marks



def test_article_page_says_when_its_contradiction_check_is_still_running(client, demo_graph):
    article = Article.objects.filter(status=Article.Status.LINKED).first()
    assert "still running" not in client.get(article.get_absolute_url()).content.decode()
    Article.objects.filter(pk=article.pk).update(status=Article.Status.EXTRACTED)
    assert "check for contradictions with them is still running" in client.get(article.get_absolute_url()).content.decode()

def _detail_urls() -> dict[str, str]:
    from claims.models import Quote as Q

    quote = Q.objects.filter(group__isnull=False).first()
    return {
        "claim": Claim.objects.order_by("-mention_count").first().get_absolute_url(),
        "quote": reverse("claims:quote-detail", args=[quote.pk]) + "?speaker_q=a",
        "speaker": Speaker.objects.first().get_absolute_url(),
        "outlet": Outlet.objects.first().get_absolute_url(),
        "article": Article.objects.first().get_absolute_url(),
        "contradiction": Contradiction.objects.first().get_absolute_url(),
        "following": reverse("claims:following"),
        "ingest": reverse("articles:ingest"),
        "jobs": reverse("articles:job-list"),
        "job-rows": reverse("articles:job-rows"),
        "dashboard": reverse("dashboard"),
    }


# Measured on the demo corpus for a superuser who follows every speaker (the most a page shows);
# each budget leaves one or two queries of headroom, so an N+1 (one query per row) fails it.
BUDGETS = {"claim": 13, "quote": 7, "speaker": 10, "outlet": 8, "article": 7, "contradiction": 8, "following": 10,
           "ingest": 6, "jobs": 6, "job-rows": 5, "dashboard": 11}


@pytest.mark.django_db
def test_detail_and_workflow_pages_stay_within_their_query_budgets(client, demo_graph, django_user_model,
                                                                     django_assert_max_num_queries):
    """Every detail page, the Following page and the ingest pages have a pinned query budget for staff."""
    from claims.services.watchlists import watch_follow

    admin = django_user_model.objects.create_superuser("root", password="x")
    for speaker in Speaker.objects.all():
        watch_follow(user=admin, target_type="speaker", target_id=speaker.pk)
    client.force_login(admin)
    for name, url in _detail_urls().items():
        with django_assert_max_num_queries(BUDGETS[name]):
            assert client.get(url).status_code == 200, url
