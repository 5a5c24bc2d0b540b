"""safe_fetch against real HTTP(S) servers on 127.0.0.1: limits, redirects, conditional GET, errors."""

from __future__ import annotations

import ssl
import time
from urllib.parse import quote

import pytest

from articles import fetching
from articles.fetching import (
    BlockedAddress,
    FetchPolicy,
    PermanentFetchError,
    TransientFetchError,
    safe_fetch,
)

from .conftest import PAGE, FakeResolver

LOOPBACK = FetchPolicy(allow_hosts=frozenset({"127.0.0.1"}))


def test_fetch_returns_page_with_type_and_charset(server):
    """A normal page comes back with its bytes, status, content type and lower-cased charset."""
    result = safe_fetch(server.url("/page"), policy=LOOPBACK)
    assert result.status == 200
    assert result.content == PAGE
    assert result.content_type == "text/html"
    assert result.charset == "iso-8859-1"
    assert result.url == server.url("/page")
    assert result.not_modified is False


def test_fetch_asks_for_identity_encoding_and_sends_user_agent(server):
    """Requests ask for uncompressed bodies and carry the policy's User-Agent."""
    safe_fetch(server.url("/page"), policy=LOOPBACK)
    headers = server.requests[0][1]
    assert headers["Accept-Encoding"] == "identity"
    assert headers["User-Agent"] == LOOPBACK.user_agent


def test_fetch_connects_to_resolved_address_with_real_host_header(server):
    """A name is resolved once, the checked address is dialled, and Host names the site."""
    resolver = FakeResolver({"news.test": ["127.0.0.1"]})
    policy = FetchPolicy(allow_hosts=frozenset({"news.test"}))
    result = safe_fetch(server.url("/page", host="news.test"), policy=policy, resolver=resolver)
    assert result.content == PAGE
    assert resolver.calls == ["news.test"]
    assert server.requests[0][1]["Host"] == f"news.test:{server.port}"


def test_loopback_is_refused_without_allow_hosts(server):
    """Without the test-only exemption, the loopback server itself is refused and never contacted."""
    with pytest.raises(BlockedAddress, match="loopback"):
        safe_fetch(server.url("/page"))
    assert server.requests == []


def test_redirect_to_address_outside_allow_hosts_is_refused(server):
    """A redirect from an allowed name to a non-allowed loopback address is refused before connecting.

    Both hops reach the same server, so only the address check can explain the refusal; the
    companion test shows the same redirect succeeds once the target is allowed too.
    """
    resolver = FakeResolver({"localhost": ["127.0.0.1"]})
    start = server.url("/redirect?to=" + quote(server.url("/page"), safe=""), host="localhost")
    policy = FetchPolicy(allow_hosts=frozenset({"localhost"}))
    with pytest.raises(BlockedAddress) as caught:
        safe_fetch(start, policy=policy, resolver=resolver)
    assert caught.value.reason == "refused: 127.0.0.1 is a loopback address"
    assert [path.split("?")[0] for path in server.paths] == ["/redirect"]


def test_same_redirect_is_followed_when_target_allowed(server):
    """With both hosts exempt, the redirect is followed and the final URL is reported."""
    resolver = FakeResolver({"localhost": ["127.0.0.1"]})
    start = server.url("/redirect?to=" + quote(server.url("/page"), safe=""), host="localhost")
    policy = FetchPolicy(allow_hosts=frozenset({"localhost", "127.0.0.1"}))
    result = safe_fetch(start, policy=policy, resolver=resolver)
    assert result.url == server.url("/page")
    assert result.content == PAGE


def test_redirect_to_private_name_is_refused(server):
    """A redirect to a name that resolves to a private address is refused at that hop."""
    resolver = FakeResolver({"intranet.test": ["10.0.0.5"]})
    start = server.url("/redirect?to=" + quote("http://intranet.test/admin", safe=""))
    with pytest.raises(BlockedAddress) as caught:
        safe_fetch(start, policy=LOOPBACK, resolver=resolver)
    assert caught.value.reason == "refused: intranet.test resolves to a private address 10.0.0.5"


def test_redirect_to_file_scheme_is_refused(server):
    """A redirect cannot smuggle in a file:// URL."""
    start = server.url("/redirect?to=" + quote("file:///etc/passwd", safe=""))
    with pytest.raises(PermanentFetchError, match="unsupported scheme"):
        safe_fetch(start, policy=LOOPBACK)


def test_three_redirects_are_followed(server):
    """Up to max_redirects (3) redirects are followed."""
    result = safe_fetch(server.url("/chain/3"), policy=LOOPBACK)
    assert result.url == server.url("/page")


def test_four_redirects_are_refused(server):
    """A fourth redirect is refused without following it."""
    with pytest.raises(PermanentFetchError, match="too many redirects"):
        safe_fetch(server.url("/chain/4"), policy=LOOPBACK)
    assert "/page" not in server.paths


def test_declared_six_megabytes_is_refused(server):
    """A 6 MB body with Content-Length is refused as too large."""
    with pytest.raises(PermanentFetchError) as caught:
        safe_fetch(server.url("/big"), policy=LOOPBACK)
    assert caught.value.reason == "too large: more than 5 MB"


def test_undeclared_six_megabytes_is_refused(server):
    """A 6 MB body without Content-Length is cut off after 5 MB + 1 byte."""
    with pytest.raises(PermanentFetchError, match="too large"):
        safe_fetch(server.url("/big-stream"), policy=LOOPBACK)


def test_trickling_body_hits_total_timeout(server):
    """A body trickling one byte per 50 ms fails at the total time limit, not per-read timeouts."""
    policy = FetchPolicy(timeout=1.0, allow_hosts=frozenset({"127.0.0.1"}))
    started = time.monotonic()
    with pytest.raises(TransientFetchError, match="timed out"):
        safe_fetch(server.url("/slow-body"), policy=policy)
    assert time.monotonic() - started < 2.5


def test_trickling_headers_hit_total_timeout(server):
    """Slowly dripped response headers are cut at the total time limit too."""
    policy = FetchPolicy(timeout=1.0, allow_hosts=frozenset({"127.0.0.1"}))
    started = time.monotonic()
    with pytest.raises(TransientFetchError, match="timed out"):
        safe_fetch(server.url("/slow-headers"), policy=policy)
    assert time.monotonic() - started < 2.5


def test_pdf_is_refused_with_content_type_reason(server):
    """A PDF is not an article: refused with its content type in the reason."""
    with pytest.raises(PermanentFetchError) as caught:
        safe_fetch(server.url("/pdf"), policy=LOOPBACK)
    assert caught.value.reason == "not an article: content type application/pdf"


def test_missing_content_type_is_refused(server):
    """A response without Content-Type is refused rather than guessed."""
    with pytest.raises(PermanentFetchError, match="no content type"):
        safe_fetch(server.url("/no-type"), policy=LOOPBACK)


def test_etag_conditional_get_reports_not_modified(server):
    """Re-fetching with the ETag from the first fetch yields a 304 marked not_modified."""
    first = safe_fetch(server.url("/feed"), policy=LOOPBACK)
    second = safe_fetch(server.url("/feed"), policy=LOOPBACK, etag=first.etag)
    assert first.etag == '"v1"' and first.content_type == "application/rss+xml"
    assert second.not_modified is True
    assert second.status == 304 and second.content == b""
    assert server.requests[1][1]["If-None-Match"] == '"v1"'


def test_last_modified_conditional_get_reports_not_modified(server):
    """If-Modified-Since with the stored Last-Modified also yields not_modified."""
    first = safe_fetch(server.url("/feed"), policy=LOOPBACK)
    second = safe_fetch(server.url("/feed"), policy=LOOPBACK, last_modified=first.last_modified)
    assert second.not_modified is True


def test_503_is_transient_with_retry_after(server):
    """A 503 is retryable and carries the server's Retry-After seconds."""
    with pytest.raises(TransientFetchError) as caught:
        safe_fetch(server.url("/busy"), policy=LOOPBACK)
    assert caught.value.reason == "server busy: HTTP 503 from 127.0.0.1"
    assert caught.value.retry_after == 7.0


def test_429_is_transient(server):
    """Being rate limited is retryable."""
    with pytest.raises(TransientFetchError, match="HTTP 429"):
        safe_fetch(server.url("/throttled"), policy=LOOPBACK)


def test_404_is_permanent(server):
    """A missing page is not retried."""
    with pytest.raises(PermanentFetchError, match="HTTP 404"):
        safe_fetch(server.url("/nothing-here"), policy=LOOPBACK)


def test_refused_connection_is_transient():
    """Nothing listening on the port is a retryable connection failure."""
    import socket

    with socket.socket() as probe:  # find a free port, then close it so nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(TransientFetchError, match="could not connect"):
        safe_fetch(f"http://127.0.0.1:{port}/", policy=LOOPBACK)


def test_unrequested_gzip_is_decoded(server):
    """A server that gzips anyway is decoded."""
    assert safe_fetch(server.url("/gzip"), policy=LOOPBACK).content == PAGE


def test_gzip_bomb_is_refused(server):
    """A small gzip body inflating past the size limit is refused (decompression is capped)."""
    with pytest.raises(PermanentFetchError, match="too large"):
        safe_fetch(server.url("/gzip-bomb"), policy=LOOPBACK)


def test_https_checks_certificate_against_real_host_name(tls_server):
    """TLS to a pinned address verifies the certificate for the URL's host: an untrusted cert fails."""
    resolver = FakeResolver({"secure.test": ["127.0.0.1"]})
    policy = FetchPolicy(allow_hosts=frozenset({"secure.test"}))
    with pytest.raises(PermanentFetchError, match="TLS certificate not valid for secure.test"):
        safe_fetch(tls_server.url("/page", host="secure.test"), policy=policy, resolver=resolver)


def test_https_succeeds_when_certificate_trusted(tls_server, tls_cert, monkeypatch):
    """With the test CA trusted, HTTPS over the pinned address works and SNI/Host use the name."""
    cert, _key = tls_cert
    trusting = ssl.create_default_context(cafile=str(cert))
    monkeypatch.setattr(fetching.ssl, "create_default_context", lambda: trusting)
    resolver = FakeResolver({"secure.test": ["127.0.0.1"]})
    policy = FetchPolicy(allow_hosts=frozenset({"secure.test"}))
    result = safe_fetch(tls_server.url("/page", host="secure.test"), policy=policy, resolver=resolver)
    assert result.content == PAGE
    assert tls_server.requests[0][1]["Host"] == f"secure.test:{tls_server.port}"
