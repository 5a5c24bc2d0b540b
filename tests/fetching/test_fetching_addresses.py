"""The SSRF guard: every non-public address form is refused before any connection is attempted."""

from __future__ import annotations

import ipaddress
import socket

import pytest

from articles.fetching import (
    BlockedAddress,
    FetchError,
    PermanentFetchError,
    TransientFetchError,
    address_refusal,
    safe_fetch,
)

from .conftest import FakeResolver

REFUSED_URLS = [
    ("http://2130706433/", BlockedAddress, "refused: 2130706433 is a loopback address 127.0.0.1"),
    ("http://0x7f000001/", BlockedAddress, "loopback address 127.0.0.1"),
    ("http://0177.0.0.1/", BlockedAddress, "loopback address 127.0.0.1"),
    ("http://127.1/", BlockedAddress, "loopback address 127.0.0.1"),
    ("http://0x7f.0.0.1/", BlockedAddress, "loopback address 127.0.0.1"),
    ("http://127.0.0.1./", BlockedAddress, "loopback"),
    ("http://LOCALHOST.localdomain.127.0.0.1/", PermanentFetchError, "invalid host"),
    ("http://[::1]/", BlockedAddress, "refused: ::1 is a loopback address"),
    ("http://[::ffff:127.0.0.1]/", BlockedAddress, "loopback"),
    ("http://[::ffff:10.0.0.1]/", BlockedAddress, "private"),
    ("http://[64:ff9b::a00:1]/", BlockedAddress, "private"),
    ("http://[64:ff9b::7f00:1]/", BlockedAddress, "loopback"),
    ("http://[2002:7f00:1::]/", BlockedAddress, "loopback"),  # 6to4 wrapping 127.0.0.1
    ("http://[fe80::1]/", BlockedAddress, "link-local"),
    ("http://[fc00::1]/", BlockedAddress, "private"),
    ("http://[fd12:3456::1]:8080/", BlockedAddress, "private"),
    ("http://[ff02::1]/", BlockedAddress, "multicast"),
    ("http://[::]/", BlockedAddress, "unspecified"),
    ("http://10.0.0.5/", BlockedAddress, "refused: 10.0.0.5 is a private address"),
    ("http://172.16.3.4/", BlockedAddress, "private"),
    ("http://192.168.1.1/", BlockedAddress, "private"),
    ("http://100.64.0.1/", BlockedAddress, "carrier-grade NAT"),
    ("http://169.254.169.254/latest/meta-data/", BlockedAddress, "link-local"),
    ("http://224.0.0.1/", BlockedAddress, "multicast"),
    ("http://0.0.0.0/", BlockedAddress, "unspecified"),
    ("http://0/", BlockedAddress, "unspecified"),
    ("http://255.255.255.255/", BlockedAddress, "refused: 255.255.255.255"),
    ("http://240.0.0.1/", BlockedAddress, "refused"),
    ("http://good.example@127.0.0.1/", BlockedAddress, "user name or password"),
    ("http://user:pass@news.example/", BlockedAddress, "user name or password"),
    ("ftp://news.example/file.txt", PermanentFetchError, "unsupported scheme"),
    ("file:///etc/passwd", PermanentFetchError, "unsupported scheme"),
    ("gopher://127.0.0.1:70/", PermanentFetchError, "unsupported scheme"),
    ("news.example/article", PermanentFetchError, "unsupported scheme"),
    ("http://256.1.1.1/", PermanentFetchError, "invalid host"),
    ("http://1.2.3.4.5/", PermanentFetchError, "invalid host"),
    ("http://08.0.0.1/", PermanentFetchError, "invalid host"),
    ("http://exa mple.com/", PermanentFetchError, "invalid host"),
    ("http://news.example:99999/", PermanentFetchError, "invalid URL"),
    ("http:///nohost", PermanentFetchError, "invalid host"),
    ("http://%31%32%37.0.0.1/", PermanentFetchError, "invalid host"),
    ("http://\uff11\uff12\uff17.\uff10.\uff10.\uff11/", PermanentFetchError, "invalid host"),  # full-width digits
]


@pytest.mark.parametrize("url, error, reason", REFUSED_URLS, ids=[case[0] for case in REFUSED_URLS])
def test_address_form_is_refused_without_connecting(url, error, reason, connect_spy):
    """Each disguised or non-public target fails with a clear reason, with no lookup and no socket."""
    resolver = FakeResolver()
    with pytest.raises(error) as caught:
        safe_fetch(url, resolver=resolver)
    assert reason in caught.value.reason
    assert connect_spy == []
    assert resolver.calls == []


def test_name_resolving_to_private_address_is_refused(connect_spy):
    """A name whose only address is private is refused, naming both name and address."""
    resolver = FakeResolver({"intranet.test": ["10.0.0.5"]})
    with pytest.raises(BlockedAddress) as caught:
        safe_fetch("http://intranet.test/", resolver=resolver)
    assert caught.value.reason == "refused: intranet.test resolves to a private address 10.0.0.5"
    assert connect_spy == []


def test_name_with_one_private_address_among_public_ones_is_refused(connect_spy):
    """ANY private address among the answers refuses the fetch (the attacker picks which one is used)."""
    resolver = FakeResolver({"mixed.test": ["93.184.216.34", "10.0.0.1"]})
    with pytest.raises(BlockedAddress, match="10.0.0.1"):
        safe_fetch("https://mixed.test/story", resolver=resolver)
    assert connect_spy == []


@pytest.mark.parametrize("address", ["::1", "fd00::7", "::ffff:192.168.0.9", "64:ff9b::a9fe:a9fe"])
def test_name_resolving_to_private_ipv6_is_refused(address, connect_spy):
    """IPv6 answers, including IPv4-mapped and NAT64 forms, are checked like IPv4 ones."""
    resolver = FakeResolver({"six.test": [address]})
    with pytest.raises(BlockedAddress, match="six.test resolves to"):
        safe_fetch("http://six.test/", resolver=resolver)
    assert connect_spy == []


def test_public_name_connects_to_the_checked_address_only(connect_spy):
    """The address that passed the check is the one dialled; the name is resolved exactly once.

    The resolver would answer 127.0.0.1 on a second lookup (DNS rebinding); it is never asked.
    """
    answers = iter([["93.184.216.34"], ["127.0.0.1"]])

    class RebindingResolver(FakeResolver):
        def __call__(self, host, port, *args):
            self.table[host] = next(answers)
            return super().__call__(host, port, *args)

    resolver = RebindingResolver()
    with pytest.raises(TransientFetchError, match="could not connect"):
        safe_fetch("http://rebind.test/", resolver=resolver)
    assert resolver.calls == ["rebind.test"]
    assert connect_spy == [("93.184.216.34", 80)]


def test_unknown_name_is_permanent(connect_spy):
    """A name that does not exist is a permanent failure."""
    with pytest.raises(PermanentFetchError, match="host not found: nowhere.test"):
        safe_fetch("http://nowhere.test/", resolver=FakeResolver())


def test_temporary_dns_failure_is_transient(connect_spy):
    """EAI_AGAIN from the resolver is retryable."""

    def flaky(*_args):
        raise socket.gaierror(socket.EAI_AGAIN, "temporary failure")

    with pytest.raises(TransientFetchError, match="DNS lookup"):
        safe_fetch("http://flaky.test/", resolver=flaky)


def test_allow_hosts_matches_the_written_host_only(connect_spy):
    """Exempting "127.0.0.1" does not exempt other spellings of it such as 2130706433."""
    from articles.fetching import FetchPolicy

    with pytest.raises(BlockedAddress):
        safe_fetch("http://2130706433/", policy=FetchPolicy(allow_hosts=frozenset({"127.0.0.1"})))


def test_every_fetch_error_has_a_reason():
    """All refusals share the FetchError base and expose `reason`."""
    for cls in (BlockedAddress, PermanentFetchError, TransientFetchError):
        error = cls("why")
        assert isinstance(error, FetchError) and error.reason == "why" and str(error) == "why"


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946",
                                     "64:ff9b::5db8:d822", "2002:5db8:d822::1"])
def test_public_addresses_pass(address):
    """Public unicast addresses (also NAT64/6to4 wrapping a public IPv4 one) are allowed."""
    assert address_refusal(ipaddress.ip_address(address)) is None
