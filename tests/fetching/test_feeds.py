"""Feed parsing on fetched bytes, poll intervals and per-host politeness."""

from __future__ import annotations

import urllib.request
from datetime import UTC, datetime
from pathlib import Path

import pytest

from articles.feeds import FeedError, HostPoliteness, next_poll_interval, parse_feed

FEEDS = Path(__file__).resolve().parent.parent / "data" / "feeds"


@pytest.fixture(autouse=True)
def no_urllib(monkeypatch):
    """feedparser must never fetch anything itself: any urllib use fails the test."""

    def forbidden(*args, **kwargs):
        raise AssertionError("feedparser tried to fetch a URL")

    monkeypatch.setattr(urllib.request, "urlopen", forbidden)
    monkeypatch.setattr(urllib.request.OpenerDirector, "open", forbidden)


def test_rss2_entries_are_parsed():
    """An RSS 2.0 feed yields its title and the entries that have a usable link."""
    feed = parse_feed((FEEDS / "rss2.xml").read_bytes(), "https://news.example/feed.xml")
    assert feed.title == "Example Gazette & Times"
    assert [entry.title for entry in feed.entries] == [
        "Council approves harbour budget", "Ferry timetable changes from May"]
    first = feed.entries[0]
    assert first.guid == "gazette-2024-0001"
    assert first.published == datetime(2024, 3, 5, 8, 30, tzinfo=UTC)
    assert first.summary == "The council voted 7 to 2 for the plan."


def test_rss_entry_without_guid_uses_canonical_link():
    """Without a guid, the entry's identity is its canonical absolute link (relative links resolved)."""
    feed = parse_feed((FEEDS / "rss2.xml").read_bytes(), "https://news.example/feed.xml")
    ferry = feed.entries[1]
    assert ferry.url == "https://news.example/transport/ferry-timetable/"
    assert ferry.guid == "https://news.example/transport/ferry-timetable"


def test_entries_without_http_link_are_skipped():
    """Items with no link or a javascript: link are dropped: there is nothing to ingest."""
    feed = parse_feed((FEEDS / "rss2.xml").read_bytes(), "https://news.example/feed.xml")
    assert all(entry.url.startswith("https://") for entry in feed.entries)
    assert len(feed.entries) == 2


def test_atom_entries_are_parsed():
    """An Atom feed yields ids, absolute links, UTC dates and plain-text titles and summaries."""
    feed = parse_feed((FEEDS / "atom.xml").read_bytes(), "https://wire.example/feed.atom")
    assert feed.title == "Example Wire"
    first, second = feed.entries
    assert first.guid == "tag:wire.example,2024:entry-42"
    assert first.title == "Minister denies report"
    assert first.published == datetime(2024, 3, 5, 9, 15, tzinfo=UTC)
    assert second.url == "https://wire.example/weather/storm-lifted"
    assert second.published == datetime(2024, 3, 5, 8, 0, tzinfo=UTC)
    assert second.summary == "Winds eased overnight."


@pytest.mark.parametrize("not_bytes", ["https://news.example/feed.xml", "/etc/passwd", None])
def test_parse_feed_refuses_anything_but_bytes(not_bytes):
    """A str would make feedparser fetch a URL or open a file, so only bytes are accepted."""
    with pytest.raises(TypeError):
        parse_feed(not_bytes, "https://news.example/")


def test_bytes_naming_a_local_file_are_not_opened(tmp_path):
    """Bytes that happen to spell a file path are parsed as content, never opened as a file."""
    secret = tmp_path / "secret.xml"
    secret.write_bytes((FEEDS / "rss2.xml").read_bytes())
    with pytest.raises(FeedError):
        parse_feed(str(secret).encode(), "https://news.example/")


def test_external_entities_are_not_fetched():
    """A DOCTYPE pointing at a URL is not fetched (the urllib guard would fail the test)."""
    evil = (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "http://127.0.0.1:9/evil">]>'
            b'<rss version="2.0"><channel><title>T &x;</title><item><link>https://n.example/a</link>'
            b'</item></channel></rss>')
    feed = parse_feed(evil, "https://n.example/feed")
    assert [entry.url for entry in feed.entries] == ["https://n.example/a"]


def test_html_page_is_not_a_feed():
    """An HTML page is reported as not a feed."""
    with pytest.raises(FeedError, match="not a feed"):
        parse_feed(b"<html><body><p>Hello</p></body></html>", "https://n.example/")


@pytest.mark.parametrize("previous, new, expected", [
    (3600, True, 1800), (3600, False, 5400), (400, True, 300), (20000, False, 21600),
    (0, False, 300), (float("nan"), True, 300),
])
def test_next_poll_interval_adapts_and_clamps(previous, new, expected):
    """New entries halve the interval, none grow it x1.5, always within [5 min, 6 h]."""
    assert next_poll_interval(previous, new) == expected


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_politeness_spaces_requests_to_one_host():
    """A second request to the same host must wait out the minimum interval."""
    clock = FakeClock()
    polite = HostPoliteness(10, clock=clock)
    assert polite.try_acquire("news.example") is True
    assert polite.try_acquire("https://NEWS.example/other") is False
    clock.now += 4
    assert polite.wait_time("news.example") == pytest.approx(6)
    clock.now += 6
    assert polite.try_acquire("news.example") is True


def test_politeness_reserves_staggered_slots():
    """Concurrent reservations for one host get slots min_interval apart; other hosts are free."""
    polite = HostPoliteness(5, clock=FakeClock())
    assert [polite.reserve("a.example") for _ in range(3)] == [0, 5, 10]
    assert polite.reserve("b.example") == 0
