"""The address guard: names are resolved once, every answer is checked, the socket goes to a checked one.

No DNS and no network: a static resolver stands in for DNS, and a "pretend internet" network
backend opens every connection to a loopback FeedServer while recording where it was asked to go.
"""

from __future__ import annotations

import asyncio
import ipaddress
from collections.abc import Iterable, Iterator
from pathlib import Path

import httpcore
import pytest

from extractors.addresses import IPAddress, is_public_address
from extractors.errors import FetchError
from extractors.fetch import Fetcher, FetchLimits, FetchRequest, FetchResponse
from tests.support.feed_server import FeedServer, Reply

FEEDS = Path(__file__).parent / "feeds"
FAST = FetchLimits(backoff=0.01, connect_timeout=2, read_timeout=2, total_timeout=3, max_attempts=1)
PUBLIC = "93.184.215.14"


class StaticResolver:
    """Answers from a table; each name's answers are used in turn (the last one repeats)."""

    def __init__(self, answers: dict[str, list[list[str]]]) -> None:
        self.answers = answers
        self.lookups: list[str] = []

    async def resolve(self, host: str, port: int) -> list[IPAddress]:
        self.lookups.append(host)
        turns = self.answers[host]
        answer = turns[min(len(self.lookups_of(host)) - 1, len(turns) - 1)]
        return [ipaddress.ip_address(address) for address in answer]

    def lookups_of(self, host: str) -> list[str]:
        return [name for name in self.lookups if name == host]


class LoopbackInternet(httpcore.AsyncNetworkBackend):
    """Records the address each connection was opened to, then really connects to the test server."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.connected_to: list[str] = []
        self._real = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        self.connected_to.append(host)
        return await self._real.connect_tcp("127.0.0.1", self.port, timeout=timeout)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer(FEEDS) as running:
        yield running


def fetch(
    url: str,
    resolver: StaticResolver,
    *,
    allow_private: bool = False,
    internet: httpcore.AsyncNetworkBackend | None = None,
) -> FetchResponse:
    async def run() -> FetchResponse:
        async with Fetcher(FAST, resolver=resolver, network_backend=internet) as fetcher:
            return await fetcher.fetch(FetchRequest(url, allow_private_network=allow_private))

    return asyncio.run(run())


def test_name_resolving_to_loopback_is_refused_without_allow_private_network(server: FeedServer) -> None:
    resolver = StaticResolver({"feeds.example": [["127.0.0.1"]]})
    with pytest.raises(
        FetchError, match=r"feeds\.example: it resolves to non-public address 127\.0\.0\.1"
    ) as caught:
        fetch(f"http://feeds.example:{server.port}/rss20.xml", resolver)
    assert caught.value.url == f"http://feeds.example:{server.port}/rss20.xml"
    assert server.requests == []


def test_name_resolving_to_loopback_is_fetched_from_that_address_when_allowed(server: FeedServer) -> None:
    resolver = StaticResolver({"feeds.example": [["127.0.0.1"]]})
    response = fetch(f"http://feeds.example:{server.port}/rss20.xml", resolver, allow_private=True)
    assert response.status == 200
    assert response.body == (FEEDS / "rss20.xml").read_bytes()
    # The original name still travels in the Host header; only the socket used the resolved address.
    assert server.requests[-1][1]["host"] == f"feeds.example:{server.port}"


def test_rebinding_name_is_resolved_once_and_the_checked_address_is_the_one_connected(
    server: FeedServer,
) -> None:
    resolver = StaticResolver({"news.example": [[PUBLIC], ["127.0.0.1"]]})
    internet = LoopbackInternet(server.port)
    response = fetch("http://news.example/rss20.xml", resolver, internet=internet)
    assert response.status == 200
    assert resolver.lookups == ["news.example"]
    assert internet.connected_to == [PUBLIC]


def test_redirect_to_a_name_resolving_to_a_private_address_is_refused(server: FeedServer) -> None:
    server.script("old.xml", Reply(status=302, headers={"Location": "http://intranet.example/rss20.xml"}))
    resolver = StaticResolver({"news.example": [[PUBLIC]], "intranet.example": [["10.0.0.5"]]})
    internet = LoopbackInternet(server.port)
    with pytest.raises(FetchError, match=r"intranet\.example: it resolves to non-public address 10\.0\.0\.5"):
        fetch("http://news.example/old.xml", resolver, internet=internet)
    assert internet.connected_to == [PUBLIC]
    assert [path for path, _headers in server.requests] == ["/old.xml"]


def test_redirect_to_a_private_literal_is_refused(server: FeedServer) -> None:
    server.script(
        "old.xml", Reply(status=301, headers={"Location": "http://169.254.169.254/latest/meta-data/"})
    )
    resolver = StaticResolver({"news.example": [[PUBLIC]]})
    with pytest.raises(FetchError, match=r"non-public address 169\.254\.169\.254"):
        fetch("http://news.example/old.xml", resolver, internet=LoopbackInternet(server.port))


def test_one_private_answer_among_public_ones_is_refused(server: FeedServer) -> None:
    resolver = StaticResolver({"news.example": [[PUBLIC, "::ffff:127.0.0.1"]]})
    internet = LoopbackInternet(server.port)
    with pytest.raises(FetchError, match=r"non-public address ::ffff:7f00:1"):
        fetch("http://news.example/rss20.xml", resolver, internet=internet)
    assert internet.connected_to == []


@pytest.mark.parametrize(
    "answer",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.9",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "224.0.0.251",
        "255.255.255.255",
        "::1",
        "::",
        "fe80::1",
        "fc00::1",
        "ff02::1",
        "::ffff:127.0.0.1",
        "::ffff:169.254.169.254",
        "::127.0.0.1",
        "2002:7f00:1::1",
        "64:ff9b::a00:1",
    ],
)
def test_non_public_answers_are_refused(answer: str, server: FeedServer) -> None:
    resolver = StaticResolver({"news.example": [[answer]]})
    internet = LoopbackInternet(server.port)
    with pytest.raises(FetchError, match="non-public address"):
        fetch("http://news.example/rss20.xml", resolver, internet=internet)
    assert internet.connected_to == []


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.215.14", True),
        ("2606:4700::6810:84e5", True),
        ("::ffff:93.184.215.14", True),
        ("::ffff:10.0.0.1", False),
        ("2002:0a00:0001::1", False),
        ("64:ff9b::7f00:1", False),
        ("198.18.0.1", False),
        ("192.0.2.1", False),
        ("2001:db8::1", False),
    ],
)
def test_embedded_ipv4_addresses_decide_with_their_carrier(address: str, public: bool) -> None:
    assert is_public_address(ipaddress.ip_address(address)) is public


def test_injected_transport_resolves_nothing(server: FeedServer) -> None:
    from extractors.snapshot import SnapshotTransport

    resolver = StaticResolver({})

    async def run() -> FetchResponse:
        async with Fetcher(FAST, transport=SnapshotTransport(FEEDS), resolver=resolver) as fetcher:
            return await fetcher.fetch(FetchRequest("https://unresolvable.invalid/rss20.xml"))

    assert asyncio.run(run()).status == 200
    assert resolver.lookups == []
