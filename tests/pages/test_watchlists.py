"""Following speakers, outlets and claims: the Following page and webhook notifications."""

from __future__ import annotations

import datetime as dt
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.urls import reverse

from articles.models import Outlet
from claims.models import AuditEntry, Claim, Speaker, Watch
from claims.services.watchlists import watch_follow
from claims.tasks import notify_watches_task

LONG_AGO = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def _follow(client, target_type, target_id, action="follow"):
    return client.post(reverse("claims:watch-toggle"), {"target_type": target_type, "target_id": target_id,
                                                        "action": action, "next": "/claims/"})


@pytest.mark.django_db
def test_user_follows_and_unfollows_a_speaker(viewer_client, viewer, demo_graph):
    """Follow creates one watch (twice is still one) and the speaker page says so; unfollow removes it."""
    speaker = Speaker.objects.first()
    assert _follow(viewer_client, "speaker", speaker.pk)["Location"] == "/claims/"
    _follow(viewer_client, "speaker", speaker.pk)
    assert Watch.objects.filter(user=viewer, target_type="speaker", target_id=speaker.pk).count() == 1
    assert AuditEntry.objects.filter(action="watch.follow", actor=viewer).count() == 1
    assert b"Unfollow" in viewer_client.get(speaker.get_absolute_url()).content
    _follow(viewer_client, "speaker", speaker.pk, action="unfollow")
    assert not Watch.objects.exists()


@pytest.mark.django_db
def test_follow_buttons_are_on_outlet_and_claim_pages(viewer_client, demo_graph):
    """Outlet and claim pages offer Follow to signed-in users."""
    for url in (Outlet.objects.first().get_absolute_url(), Claim.objects.first().get_absolute_url()):
        assert b'name="action" value="follow"' in viewer_client.get(url).content


@pytest.mark.django_db
def test_anonymous_visitors_cannot_follow(client, demo_graph):
    """Following needs an account: the POST goes to the login page."""
    response = _follow(client, "speaker", Speaker.objects.first().pk)
    assert response.status_code == 302 and reverse("login") in response["Location"]
    assert not Watch.objects.exists()
    assert client.get(reverse("claims:following")).status_code == 302


@pytest.mark.django_db
def test_following_unknown_target_is_404(viewer_client, db):
    """A target that does not exist cannot be followed."""
    assert _follow(viewer_client, "claim", 999999).status_code == 404


@pytest.mark.django_db
def test_following_page_shows_news_since_last_visit_then_marks_it_seen(viewer_client, viewer, demo_graph):
    """New quotes, sources and contradictions appear once; the next visit shows nothing new."""
    speaker = Speaker.objects.get(pk=Claim.objects.filter(contradiction_count__gt=0, speaker__isnull=False)
                                  .values_list("speaker_id", flat=True).first())
    watch = watch_follow(user=viewer, target_type="speaker", target_id=speaker.pk)
    Watch.objects.filter(pk=watch.pk).update(last_seen_at=LONG_AGO)
    page = viewer_client.get(reverse("claims:following")).content.decode()
    assert "New quotes" in page and "New sources" in page and "New contradictions" in page
    watch.refresh_from_db()
    assert watch.last_seen_at > LONG_AGO
    assert "Nothing new since" in viewer_client.get(reverse("claims:following")).content.decode()


@pytest.mark.django_db
def test_following_page_query_count_does_not_grow_with_watches(viewer_client, viewer, demo_graph,
                                                                django_assert_max_num_queries):
    """One watch or a dozen: the news costs the same few queries."""
    targets = ([("speaker", s.pk) for s in Speaker.objects.all()] + [("outlet", o.pk) for o in Outlet.objects.all()]
               + [("claim", c.pk) for c in Claim.objects.all()[:5]])
    for target_type, target_id in targets:
        watch_follow(user=viewer, target_type=target_type, target_id=target_id)
    Watch.objects.update(last_seen_at=LONG_AGO)
    assert len(targets) >= 12
    with django_assert_max_num_queries(14):
        assert viewer_client.get(reverse("claims:following")).status_code == 200


class _Hook(BaseHTTPRequestHandler):
    received: list = []

    def do_POST(self):  # noqa: N802 - http.server's naming
        body = self.rfile.read(int(self.headers["Content-Length"]))
        _Hook.received.append((self.path, self.headers["Content-Type"], json.loads(body)))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def hook_server():
    _Hook.received = []
    server = HTTPServer(("127.0.0.1", 0), _Hook)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/hook?token=abc"
    server.shutdown()
    server.server_close()


@pytest.mark.django_db
def test_webhook_receives_the_news_once(viewer, demo_graph, hook_server, settings):
    """The task POSTs counts and links as JSON; a second run has nothing new to send."""
    settings.NEWSFACTS = {**settings.NEWSFACTS, "FETCH_ALLOW_HOSTS": ["127.0.0.1"],
                          "SITE_URL": "https://newsfacts.example.org/"}
    speaker = Speaker.objects.filter(quotes__isnull=False).first()
    watch = watch_follow(user=viewer, target_type="speaker", target_id=speaker.pk, webhook_url=hook_server)
    Watch.objects.filter(pk=watch.pk).update(last_notified_at=LONG_AGO)
    first = notify_watches_task.delay().get()
    assert first[str(watch.pk)] == "sent: HTTP 204"
    path, content_type, payload = _Hook.received[0]
    assert (path, content_type) == ("/hook?token=abc", "application/json")
    assert payload["target"] == {"type": "speaker", "id": speaker.pk, "name": speaker.name,
                                 "url": "https://newsfacts.example.org" + speaker.get_absolute_url()}
    assert payload["new_quotes"] > 0
    assert notify_watches_task.delay().get()[str(watch.pk)] == "nothing new"
    assert len(_Hook.received) == 1


@pytest.mark.django_db
def test_webhook_to_a_private_address_is_refused(viewer, demo_graph, hook_server):
    """Without the test allowance a loopback webhook is never contacted; the refusal is recorded."""
    speaker = Speaker.objects.filter(quotes__isnull=False).first()
    watch = watch_follow(user=viewer, target_type="speaker", target_id=speaker.pk, webhook_url=hook_server)
    Watch.objects.filter(pk=watch.pk).update(last_notified_at=LONG_AGO)
    result = notify_watches_task.delay().get()[str(watch.pk)]
    assert result.startswith("failed: refused") and "loopback" in result
    assert _Hook.received == []
    watch.refresh_from_db()
    assert watch.last_notified_at == LONG_AGO and "loopback" in watch.last_webhook_status


@pytest.mark.django_db
def test_user_sets_a_webhook_on_their_own_watch_only(viewer_client, viewer, editor, demo_graph):
    """The webhook form saves a URL for the owner; someone else's watch is 404."""
    speaker = Speaker.objects.first()
    mine = watch_follow(user=viewer, target_type="speaker", target_id=speaker.pk)
    theirs = watch_follow(user=editor, target_type="speaker", target_id=speaker.pk)
    viewer_client.post(reverse("claims:watch-webhook", args=[mine.pk]), {"webhook_url": "https://hooks.example/x"})
    mine.refresh_from_db()
    assert mine.webhook_url == "https://hooks.example/x"
    assert viewer_client.post(reverse("claims:watch-webhook", args=[theirs.pk]),
                              {"webhook_url": "https://evil.example/"}).status_code == 404
