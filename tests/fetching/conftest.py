"""Loopback-only HTTP(S) servers and fake resolvers for the fetching tests.

Nothing here talks to anything but 127.0.0.1: names resolve through a fake resolver that fails
the test for any name it does not know, so a real DNS lookup can never happen by accident.
"""

from __future__ import annotations

import gzip
import shutil
import socket
import ssl
import subprocess
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

from articles import fetching

PAGE = b"<!doctype html><html><head><title>Loopback page</title></head><body><p>ok</p></body></html>"
SIX_MB = 6 * 1024 * 1024


class FakeResolver:
    """getaddrinfo stand-in: a name -> addresses table; records every lookup."""

    def __init__(self, table: dict[str, list[str]] | None = None):
        self.table = dict(table or {})
        self.calls: list[str] = []

    def __call__(self, host, port, family=0, type=0, proto=0, flags=0):
        self.calls.append(host)
        if host not in self.table:
            raise socket.gaierror(socket.EAI_NONAME, f"unknown test name {host}")
        results = []
        for address in self.table[host]:
            if ":" in address:
                results.append((socket.AF_INET6, socket.SOCK_STREAM, 6, "", (address, port, 0, 0)))
            else:
                results.append((socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port)))
        return results


@pytest.fixture
def connect_spy(monkeypatch):
    """Records every socket the fetcher would open, and refuses to open any."""
    attempts: list[tuple[str, int]] = []

    def refuse(ip, port, timeout):
        attempts.append((str(ip), port))
        raise ConnectionRefusedError("connection spy: no sockets in this test")

    monkeypatch.setattr(fetching, "_connect", refuse)
    return attempts


@dataclass
class LoopbackServer:
    port: int
    scheme: str = "http"
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"{self.scheme}://{host}:{self.port}{path}"

    @property
    def paths(self) -> list[str]:
        return [path for path, _headers in self.requests]


def _trickle(handler: BaseHTTPRequestHandler, data: bytes, pause: float) -> None:
    for index in range(len(data)):
        handler.wfile.write(data[index:index + 1])
        handler.wfile.flush()
        time.sleep(pause)


class Handler(BaseHTTPRequestHandler):
    server_version = "LoopbackTest/1"
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self.server.record.requests.append((self.path, dict(self.headers.items())))
        route = urlsplit(self.path).path.strip("/").split("/")
        try:
            getattr(self, "route_" + route[0].replace("-", "_"), self.route_missing)(route[1:])
        except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
            pass  # the client gave up, as the fetcher should

    def reply(self, status: int, body: bytes = b"", content_type: str | None = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def route_page(self, _args) -> None:
        self.reply(200, PAGE, "text/html; charset=ISO-8859-1")

    def route_missing(self, _args) -> None:
        self.reply(404, b"not here")

    def route_redirect(self, _args) -> None:
        target = parse_qs(urlsplit(self.path).query)["to"][0]
        self.reply(302, headers={"Location": target})

    def route_chain(self, args) -> None:
        left = int(args[0])
        self.reply(302, headers={"Location": f"/chain/{left - 1}" if left > 1 else "/page"})

    def route_big(self, _args) -> None:
        self.reply(200, b"x" * SIX_MB, "text/plain")

    def route_big_stream(self, _args) -> None:
        # No Content-Length: only counting the bytes read can stop this one.
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Connection", "close")
        self.end_headers()
        for _ in range(SIX_MB // 65536):
            self.wfile.write(b"y" * 65536)

    def route_slow_body(self, _args) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "400")
        self.end_headers()
        _trickle(self, b"z" * 400, 0.05)  # 20 s in all; each byte well within any socket timeout

    def route_slow_headers(self, _args) -> None:
        _trickle(self, b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Padding: " + b"p" * 300, 0.05)

    def route_pdf(self, _args) -> None:
        self.reply(200, b"%PDF-1.4\n%fake\n", "application/pdf")

    def route_no_type(self, _args) -> None:
        self.reply(200, PAGE, content_type=None)

    def route_feed(self, _args) -> None:
        etag, modified = '"v1"', "Tue, 05 Mar 2024 08:00:00 GMT"
        if self.headers.get("If-None-Match") == etag or self.headers.get("If-Modified-Since") == modified:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.reply(200, b"<rss version='2.0'><channel><title>t</title></channel></rss>",
                   "application/rss+xml", {"ETag": etag, "Last-Modified": modified})

    def route_busy(self, _args) -> None:
        self.reply(503, b"try later", headers={"Retry-After": "7"})

    def route_throttled(self, _args) -> None:
        self.reply(429, b"slow down")

    def route_gzip(self, _args) -> None:
        self.reply(200, gzip.compress(PAGE), headers={"Content-Encoding": "gzip"})

    def route_gzip_bomb(self, _args) -> None:
        self.reply(200, self.server.bomb, headers={"Content-Encoding": "gzip"})


def _serve(tls_context: ssl.SSLContext | None = None):
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.bomb = gzip.compress(b"\0" * SIX_MB, compresslevel=9)  # ~6 KB that inflates to 6 MB
    if tls_context is not None:
        server.socket = tls_context.wrap_socket(server.socket, server_side=True)
    server.record = LoopbackServer(server.server_address[1], "https" if tls_context else "http")
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    return server, thread


@pytest.fixture
def server():
    """A plain-HTTP test server on 127.0.0.1 (random port)."""
    httpd, thread = _serve()
    yield httpd.record
    httpd.shutdown()
    httpd.server_close()
    thread.join(5)


@pytest.fixture(scope="session")
def tls_cert(tmp_path_factory):
    """A self-signed certificate for the made-up name secure.test (needs the openssl CLI)."""
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is needed to make a test certificate")
    directory = tmp_path_factory.mktemp("tls")
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=secure.test",
         "-addext", "subjectAltName=DNS:secure.test", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )
    return cert, key


@pytest.fixture
def tls_server(tls_cert):
    """An HTTPS test server on 127.0.0.1 presenting the secure.test certificate."""
    cert, key = tls_cert
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd, thread = _serve(context)
    yield httpd.record
    httpd.shutdown()
    httpd.server_close()
    thread.join(5)
