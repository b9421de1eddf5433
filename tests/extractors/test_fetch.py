"""The fetcher against a real loopback server: conditional GET, retries, timeouts, redirects, caps."""

from __future__ import annotations

import asyncio
import gzip
from collections.abc import Iterator
from pathlib import Path

import pytest

from extractors.errors import FetchError
from extractors.fetch import Fetcher, FetchLimits, FetchRequest, FetchResponse
from tests.support.feed_server import FeedServer, Reply

FEEDS = Path(__file__).parent / "feeds"
FAST = FetchLimits(backoff=0.01, connect_timeout=2, read_timeout=2, total_timeout=3)


def fetch(url: str, limits: FetchLimits = FAST, **request: object) -> FetchResponse:
    async def run() -> FetchResponse:
        async with Fetcher(limits) as fetcher:
            return await fetcher.fetch(FetchRequest(url, allow_private_network=True, **request))  # type: ignore[arg-type]

    return asyncio.run(run())


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer(FEEDS) as running:
        yield running


def test_second_fetch_with_validators_is_a_304_without_body(server: FeedServer) -> None:
    first = fetch(server.url("rss20.xml"))
    assert first.status == 200
    assert first.etag
    assert first.body.startswith(b"<?xml")
    second = fetch(server.url("rss20.xml"), etag=first.etag, last_modified=first.last_modified)
    assert second.not_modified
    assert second.body == b""
    assert second.wire_bytes < first.wire_bytes / 5
    assert server.requests[-1][1]["if-none-match"] == first.etag


def test_429_with_retry_after_is_retried_after_the_pause(server: FeedServer) -> None:
    server.script("rss20.xml", Reply(status=429, headers={"Retry-After": "1"}))
    response = fetch(server.url("rss20.xml"))
    assert response.status == 200
    assert response.attempts == 2
    assert server.hits("rss20.xml") == 2


def test_retry_after_beyond_the_limit_is_left_for_the_next_run(server: FeedServer) -> None:
    server.script("rss20.xml", Reply(status=503, headers={"Retry-After": "3600"}))
    with pytest.raises(FetchError, match="retry after 3600s") as caught:
        fetch(server.url("rss20.xml"))
    assert caught.value.status == 503
    assert server.hits("rss20.xml") == 1


def test_persistent_5xx_gives_up_after_max_attempts(server: FeedServer) -> None:
    server.script("rss20.xml", Reply(status=502), repeat=True)
    with pytest.raises(FetchError, match="HTTP 502 after 3 attempts"):
        fetch(server.url("rss20.xml"))


def test_slow_response_times_out(server: FeedServer) -> None:
    server.script("rss20.xml", Reply(delay=2.0))
    limits = FetchLimits(read_timeout=0.3, total_timeout=0.5, max_attempts=1)
    with pytest.raises(FetchError, match="timed out"):
        fetch(server.url("rss20.xml"), limits)


def test_body_dripping_slowly_hits_the_overall_deadline(server: FeedServer) -> None:
    server.script("rss20.xml", Reply(drip=0.2))
    limits = FetchLimits(read_timeout=1, total_timeout=0.6, max_attempts=1)
    with pytest.raises(FetchError, match="timed out"):
        fetch(server.url("rss20.xml"), limits)


def test_redirect_loop_is_detected(server: FeedServer) -> None:
    server.script("a.xml", Reply(status=302, headers={"Location": "/b.xml"}), repeat=True)
    server.script("b.xml", Reply(status=301, headers={"Location": "/a.xml"}), repeat=True)
    with pytest.raises(FetchError, match="redirect loop"):
        fetch(server.url("a.xml"))


def test_redirect_is_followed_to_the_feed(server: FeedServer) -> None:
    server.script("old.xml", Reply(status=301, headers={"Location": "/rss20.xml"}))
    response = fetch(server.url("old.xml"))
    assert response.status == 200
    assert response.url.endswith("/rss20.xml")


def test_too_many_redirects_stop(server: FeedServer) -> None:
    for hop in range(8):
        server.script(f"r{hop}.xml", Reply(status=307, headers={"Location": f"/r{hop + 1}.xml"}))
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch(server.url("r0.xml"))


def test_gzip_bodies_are_decompressed(server: FeedServer) -> None:
    server.script("rss20.xml", Reply(gzip=True))
    response = fetch(server.url("rss20.xml"))
    assert response.body == (FEEDS / "rss20.xml").read_bytes()
    assert response.wire_bytes < len(response.body) + 400


@pytest.mark.parametrize("compressed", [False, True])
def test_huge_body_is_refused_after_the_cap(server: FeedServer, compressed: bool) -> None:
    server.script("big.xml", Reply(body=b"<rss>" + b" " * 3_000_000 + b"</rss>", gzip=compressed))
    with pytest.raises(FetchError, match="exceeds the 1000000-byte limit"):
        fetch(server.url("big.xml"), FetchLimits(max_bytes=1_000_000))


def test_missing_feed_is_a_404_error(server: FeedServer) -> None:
    with pytest.raises(FetchError, match="HTTP 404") as caught:
        fetch(server.url("nothing.xml"))
    assert caught.value.status == 404


def test_user_agent_is_clear(server: FeedServer) -> None:
    fetch(server.url("rss20.xml"))
    assert server.requests[-1][1]["user-agent"].startswith("hrdwatch/")


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/feed.xml",
        "http://10.1.2.3/feed.xml",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/feed.xml",
        "http://localhost/feed.xml",
        "http://[::ffff:192.168.0.1]/feed.xml",
    ],
)
def test_private_addresses_are_refused_unless_allowed(url: str) -> None:
    async def run() -> None:
        async with Fetcher(FAST) as fetcher:
            await fetcher.fetch(FetchRequest(url))

    with pytest.raises(FetchError, match=r"refusing|non-public"):
        asyncio.run(run())


@pytest.mark.parametrize("url", ["ftp://example.org/feed.xml", "file:///etc/passwd"])
def test_only_http_and_https_are_fetched(url: str) -> None:
    with pytest.raises(FetchError, match="only http and https"):
        fetch(url)


def test_gzip_bomb_stops_at_the_cap(server: FeedServer) -> None:
    bomb = gzip.compress(b"\0" * 50_000_000)
    server.script("bomb.xml", Reply(body=bomb, headers={"Content-Encoding": "gzip"}))
    with pytest.raises(FetchError, match="after decompression"):
        fetch(server.url("bomb.xml"), FetchLimits(max_bytes=1_000_000))
