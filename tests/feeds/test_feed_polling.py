"""Feed subscriptions polled end to end against a loopback server: each entry once, conditional GET."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from articles.models import Article, Feed, FeedEntry, IngestJob
from articles.services.feeds import feed_poll, feed_subscribe, feeds_due_schedule

PAGE = """<!doctype html><html><head><title>{title}</title><meta property="og:site_name" content="Loopback Gazette">
</head><body><article><h1>{title}</h1>
<p>The Portmere council on Monday approved a €{n} million budget for the harbour, its leader Ilse Varga said.</p>
<p>“This budget keeps the ferries running for {n} more years,” Varga told reporters after the vote on Monday.</p>
<p>Opponents said the council had ignored the cost of dredging the channel, estimated at €12 million.</p>
</article></body></html>"""


class _Site(BaseHTTPRequestHandler):
    requests: list[tuple[str, str | None]] = []

    def log_message(self, *args):
        pass

    def do_GET(self):
        _Site.requests.append((self.path, self.headers.get("If-None-Match")))
        host = f"http://127.0.0.1:{self.server.server_port}"
        if self.path == "/feed.xml":
            if self.headers.get("If-None-Match") == '"v1"':
                self.send_response(304)
                self.end_headers()
                return
            items = "".join(f"<item><title>Story {i}</title><link>{host}/story-{i}</link><guid>story-{i}</guid></item>"
                            for i in (1, 2))
            body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback Gazette</title>{items}</channel></rss>'
            self._send(body.encode(), "application/rss+xml", etag='"v1"')
        elif self.path.startswith("/story-"):
            n = self.path.rsplit("-", 1)[1]
            self._send(PAGE.format(title=f"Council approves budget {n}", n=int(n) * 40).encode(), "text/html")
        else:
            self.send_error(404)

    def _send(self, body: bytes, content_type: str, etag: str | None = None):
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if etag:
            self.send_header("ETag", etag)
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def site(settings):
    settings.NEWSFACTS = {**settings.NEWSFACTS, "FETCH_ALLOW_HOSTS": ["127.0.0.1"]}
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Site.requests = []
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.mark.django_db
def test_polling_ingests_each_entry_once_and_honours_etags(site, editor, django_capture_on_commit_callbacks):
    """First poll stores both stories; the second sends If-None-Match, gets 304 and adds nothing."""
    feed = feed_subscribe(url=f"{site}/feed.xml", user=editor)
    with django_capture_on_commit_callbacks(execute=True):
        assert feed_poll(feed_id=feed.pk) == 2
    assert set(IngestJob.objects.values_list("state", flat=True)) == {IngestJob.State.DONE}
    assert Article.objects.count() == 2
    assert set(Article.objects.values_list("outlet__name", flat=True)) == {"Loopback Gazette"}
    with django_capture_on_commit_callbacks(execute=True):
        assert feed_poll(feed_id=feed.pk) == 0
    assert ("/feed.xml", '"v1"') in _Site.requests
    assert FeedEntry.objects.count() == 2 and Article.objects.count() == 2
    feed.refresh_from_db()
    assert feed.etag == '"v1"' and feed.last_error == ""


@pytest.mark.django_db
def test_a_page_that_is_not_a_feed_is_reported_on_the_feed(site, editor):
    """An HTML page at the feed address leaves a clear error and ingests nothing."""
    feed = feed_subscribe(url=f"{site}/story-1", user=editor)
    assert feed_poll(feed_id=feed.pk) == 0
    feed.refresh_from_db()
    assert feed.last_error and not IngestJob.objects.exists()


@pytest.mark.django_db
def test_feeds_on_one_host_are_spaced_apart(editor):
    """Due feeds on the same host get staggered start delays; other hosts start at once."""
    for url in ("https://a.example/one.xml", "https://a.example/two.xml", "https://b.example/feed.xml"):
        feed_subscribe(url=url, user=editor)
    delays = {Feed.objects.get(pk=pk).url: delay for pk, delay in feeds_due_schedule(min_interval=30)}
    assert sorted(d for u, d in delays.items() if "a.example" in u) == pytest.approx([0, 30], abs=0.5)
    assert delays["https://b.example/feed.xml"] == pytest.approx(0, abs=0.5)
