"""POST a small JSON document to a user's webhook without opening a path into the private network.

The host is resolved once, every address is checked with the fetcher's
``address_refusal`` (private, loopback, link-local, CGNAT, NAT64...), and the
connection goes to the checked address itself, so a DNS answer that changes
between check and connect (rebinding) cannot redirect it. Redirects are not
followed. Hosts in NEWSFACTS["FETCH_ALLOW_HOSTS"] skip the check (tests only).
"""

from __future__ import annotations

import http.client
import ipaddress
import json
import socket
import ssl
from urllib.parse import urlsplit

from django.conf import settings

from articles.fetching import address_refusal

TIMEOUT = 5.0
USER_AGENT = "NewsFacts-Webhook/1.0"


class WebhookError(Exception):
    pass


class _PinnedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, host: str, ip: str, port: int, timeout: float):
        super().__init__(host, port, timeout=timeout)
        self._ip = ip

    def connect(self):
        self.sock = socket.create_connection((self._ip, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host: str, ip: str, port: int, timeout: float):
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._ip = ip

    def connect(self):
        sock = socket.create_connection((self._ip, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def _checked_ip(host: str, port: int) -> str:
    try:
        infos = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)
    except OSError as exc:
        raise WebhookError(f"cannot resolve {host}") from exc
    addresses = list(dict.fromkeys(str(i[4][0]).split("%")[0] for i in infos
                                   if i[0] in (socket.AF_INET, socket.AF_INET6)))
    if not addresses:
        raise WebhookError(f"{host} has no address")
    if host not in settings.NEWSFACTS.get("FETCH_ALLOW_HOSTS", []):
        for address in addresses:
            if kind := address_refusal(ipaddress.ip_address(address)):
                raise WebhookError(f"refused: {host} resolves to {kind} {address}")
    return addresses[0]


def webhook_post(url: str, payload: dict) -> int:
    """POST ``payload`` as JSON; returns the 2xx status or raises WebhookError."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise WebhookError("the webhook must be an http(s) URL")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    ip = _checked_ip(parts.hostname, port)
    conn_class = _PinnedHTTPSConnection if parts.scheme == "https" else _PinnedHTTPConnection
    conn = conn_class(parts.hostname, ip, port, TIMEOUT)
    body = json.dumps(payload).encode()
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    try:
        conn.request("POST", path, body=body, headers={
            "Content-Type": "application/json", "User-Agent": USER_AGENT, "Content-Length": str(len(body))})
        response = conn.getresponse()
        response.read(65536)
    except (OSError, http.client.HTTPException) as exc:
        raise WebhookError(f"{type(exc).__name__}: {exc}") from exc
    finally:
        conn.close()
    if not 200 <= response.status < 300:
        raise WebhookError(f"HTTP {response.status}")
    return response.status
