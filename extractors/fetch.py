"""Fetching over one shared `httpx.AsyncClient`: bounded, polite, conditional, and safe by default.

Concurrency is capped overall and per host; each attempt has connect/read timeouts and an overall
deadline (a server dripping one byte at a time never trips a read timeout); redirects are followed
by hand so every hop is checked; bodies are decompressed here with a hard cap so a gzip bomb is
refused after `max_bytes`, not after it filled memory; 429 and 5xx are retried with backoff,
honouring `Retry-After`. Only http and https are fetched, and private, loopback, link-local and
reserved addresses are refused unless the source explicitly allows them; the check happens where
the socket is opened, on the very addresses it connects to (see `extractors.addresses`).
"""

from __future__ import annotations

import asyncio
import ipaddress
import math
import random
import time
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from types import TracebackType
from typing import Final

import httpcore
import httpx

from extractors.addresses import GuardedNetworkBackend, GuardedTransport, Resolver, is_public_address
from extractors.errors import FetchError
from extractors.feeds import MAX_BODY_BYTES

DEFAULT_USER_AGENT: Final = "hrdwatch/0.1 (+https://github.com/hrdwatch/hrdwatch; human-rights alerting)"
RETRY_STATUSES: Final = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES: Final = frozenset({301, 302, 303, 307, 308})
ACCEPT: Final = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, "
    "text/xml;q=0.9, application/feed+json;q=0.8, application/json;q=0.8, */*;q=0.5"
)


@dataclass(frozen=True)
class FetchLimits:
    """Politeness and safety limits of one collection run; the defaults suit hundreds of feeds."""

    concurrency: int = 32
    per_host: int = 4
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    # One attempt, from sending the request to the last body byte.
    total_timeout: float = 60.0
    max_redirects: int = 5
    max_bytes: int = MAX_BODY_BYTES
    max_attempts: int = 3
    backoff: float = 1.0
    max_backoff: float = 30.0
    # A longer Retry-After ends this run's attempts; the next scheduled run tries again.
    max_retry_after: float = 60.0
    user_agent: str = DEFAULT_USER_AGENT


@dataclass(frozen=True)
class FetchRequest:
    url: str
    etag: str | None = None
    last_modified: str | None = None
    allow_private_network: bool = False


@dataclass(frozen=True)
class FetchResponse:
    url: str
    status: int
    body: bytes
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None
    # Bytes that came over the wire (compressed), for health and the bench.
    wire_bytes: int = 0
    attempts: int = 1
    location: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass
class _HostPacing:
    interval: float
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    last: float = -math.inf


class Fetcher:
    """`async with Fetcher(limits) as fetcher: await fetcher.fetch(FetchRequest(url))`.

    `transport` replaces the network entirely (snapshot, tests): then no name is ever resolved.
    Otherwise `resolver` (default: the system's) and `network_backend` (default: real sockets)
    are what the address guard uses; tests inject loopback stand-ins for both.
    """

    def __init__(
        self,
        limits: FetchLimits | None = None,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        host_min_interval: Mapping[str, float] | None = None,
        resolver: Resolver | None = None,
        network_backend: httpcore.AsyncNetworkBackend | None = None,
    ) -> None:
        self.limits = limits or FetchLimits()
        self._transport = transport
        self._resolver = resolver
        self._network_backend = network_backend
        self._client: httpx.AsyncClient | None = None
        # Sources allowed onto private networks get their own connection pool, so a connection one of
        # them opened to a private address is never reused for a source that is not allowed there.
        self._private_client: httpx.AsyncClient | None = None
        self._overall = asyncio.Semaphore(self.limits.concurrency)
        self._per_host: dict[str, asyncio.Semaphore] = {}
        self._pacing = {host: _HostPacing(interval) for host, interval in (host_min_interval or {}).items()}

    async def __aenter__(self) -> Fetcher:
        self._client = self._new_client(allow_private=False)
        self._private_client = self._client if self._transport is not None else None
        return self

    def _new_client(self, *, allow_private: bool) -> httpx.AsyncClient:
        limits = self.limits
        pool_limits = httpx.Limits(
            max_connections=limits.concurrency, max_keepalive_connections=limits.concurrency
        )
        transport = self._transport
        if transport is None:
            backend = GuardedNetworkBackend(
                allow_private=allow_private, resolver=self._resolver, inner=self._network_backend
            )
            transport = GuardedTransport(backend, limits=pool_limits)
        return httpx.AsyncClient(
            transport=transport,
            follow_redirects=False,
            timeout=httpx.Timeout(
                connect=limits.connect_timeout,
                read=limits.read_timeout,
                write=limits.read_timeout,
                pool=limits.total_timeout,
            ),
            limits=pool_limits,
            headers={"User-Agent": limits.user_agent, "Accept": ACCEPT, "Accept-Encoding": "gzip, deflate"},
            trust_env=False,
        )

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        clients = {
            id(client): client for client in (self._client, self._private_client) if client is not None
        }
        self._client = self._private_client = None
        for client in clients.values():
            await client.aclose()

    def _client_for(self, allow_private: bool) -> httpx.AsyncClient:
        if self._client is None:
            raise RuntimeError("use `async with Fetcher(...)`")
        if not allow_private:
            return self._client
        if self._private_client is None:
            self._private_client = self._new_client(allow_private=True)
        return self._private_client

    async def fetch(self, request: FetchRequest) -> FetchResponse:
        """The body of `request.url` (or a 304); raises FetchError saying what went wrong."""
        client = self._client_for(request.allow_private_network)
        headers: dict[str, str] = {}
        if request.etag:
            headers["If-None-Match"] = request.etag
        if request.last_modified:
            headers["If-Modified-Since"] = request.last_modified
        url = request.url
        seen: set[str] = set()
        attempts = 0
        wire_bytes = 0
        for _hop in range(self.limits.max_redirects + 1):
            if url in seen:
                raise FetchError(f"redirect loop at {url}", url=request.url)
            seen.add(url)
            _check_destination(url, request.allow_private_network)
            response, tries = await self._get_with_retries(client, url, headers)
            attempts += tries
            wire_bytes += response.wire_bytes
            if response.status in REDIRECT_STATUSES:
                location = response.location
                if not location:
                    raise FetchError(
                        f"HTTP {response.status} without Location", url=url, status=response.status
                    )
                url = str(httpx.URL(url).join(location))
                continue
            return FetchResponse(
                url=url,
                status=response.status,
                body=response.body,
                etag=response.etag,
                last_modified=response.last_modified,
                content_type=None if response.status == 304 else response.content_type,
                wire_bytes=wire_bytes,
                attempts=attempts,
            )
        raise FetchError(f"more than {self.limits.max_redirects} redirects", url=request.url)

    async def _get_with_retries(
        self, client: httpx.AsyncClient, url: str, headers: dict[str, str]
    ) -> tuple[FetchResponse, int]:
        limits = self.limits
        for attempt in range(1, limits.max_attempts + 1):
            last = attempt == limits.max_attempts
            try:
                response, retry_after = await self._get_once(client, url, headers)
            except FetchError as exc:
                # The address guard raises below httpx, where the URL is unknown.
                exc.url = exc.url or url
                raise
            except (httpx.TransportError, TimeoutError) as exc:
                if last:
                    raise FetchError(_describe_transport_error(exc, url), url=url) from exc
                await asyncio.sleep(self._backoff(attempt))
                continue
            if response.status not in RETRY_STATUSES:
                return response, attempt
            if retry_after is not None and retry_after > limits.max_retry_after:
                raise FetchError(
                    f"HTTP {response.status}: server asks to retry after {retry_after:.0f}s; left for the next run",
                    url=url,
                    status=response.status,
                )
            if last:
                raise FetchError(
                    f"HTTP {response.status} after {attempt} attempts", url=url, status=response.status
                )
            await asyncio.sleep(retry_after if retry_after is not None else self._backoff(attempt))
        raise AssertionError("unreachable")  # pragma: no cover

    async def _get_once(
        self, client: httpx.AsyncClient, url: str, headers: dict[str, str]
    ) -> tuple[FetchResponse, float | None]:
        target = httpx.URL(url)
        host_key = f"{target.host}:{target.port or (443 if target.scheme == 'https' else 80)}"
        per_host = self._per_host.setdefault(host_key, asyncio.Semaphore(self.limits.per_host))
        async with self._overall, per_host:
            await self._pace(target.host)
            async with asyncio.timeout(self.limits.total_timeout):
                async with client.stream("GET", target, headers=headers) as response:
                    status = response.status_code
                    if status in REDIRECT_STATUSES:
                        await response.aclose()
                        location = response.headers.get("location")
                        wire = _header_bytes(response)
                        return FetchResponse(url, status, b"", wire_bytes=wire, location=location), None
                    if status not in (200, 203, 304) and status not in RETRY_STATUSES:
                        raise FetchError(f"HTTP {status}", url=url, status=status)
                    body = b""
                    if status in (200, 203):
                        body = await self._read_capped(response, url)
                    else:
                        await response.aclose()
                    retry_after = _retry_after(response.headers.get("retry-after"))
                    return (
                        FetchResponse(
                            url=url,
                            status=status,
                            body=body,
                            etag=response.headers.get("etag"),
                            last_modified=response.headers.get("last-modified"),
                            content_type=response.headers.get("content-type"),
                            wire_bytes=_header_bytes(response) + response.num_bytes_downloaded,
                        ),
                        retry_after,
                    )

    async def _read_capped(self, response: httpx.Response, url: str) -> bytes:
        limit = self.limits.max_bytes
        declared = response.headers.get("content-length")
        encoding = response.headers.get("content-encoding", "identity").strip().lower()
        if encoding in ("", "identity") and declared and declared.isdigit() and int(declared) > limit:
            raise FetchError(f"body of {declared} bytes exceeds the {limit}-byte limit", url=url)
        decoder = _BoundedDecoder(encoding, limit, url)
        chunks: list[bytes] = []
        try:
            async for raw in response.aiter_raw():
                chunks.append(decoder.feed(raw))
        except httpx.StreamConsumed:  # transports that build responses from bytes (tests, mocks)
            chunks = [decoder.feed(response.content)]
        chunks.append(decoder.flush())
        return b"".join(chunks)

    async def _pace(self, host: str) -> None:
        pacing = self._pacing.get(host)
        if pacing is None:
            return
        async with pacing.lock:
            wait = pacing.last + pacing.interval - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            pacing.last = time.monotonic()

    def _backoff(self, attempt: int) -> float:
        base = min(self.limits.max_backoff, self.limits.backoff * 2 ** (attempt - 1))
        jittered: float = base * random.uniform(0.5, 1.0)
        return jittered


def _check_destination(url: str, allow_private: bool) -> None:
    """Refuses what is wrong before any connection: scheme, missing host, private literals, localhost.

    Names are checked where the connection is opened (`GuardedNetworkBackend`), never resolved here.
    """
    target = httpx.URL(url)
    if target.scheme not in ("http", "https"):
        raise FetchError(f"only http and https are fetched, not {target.scheme or 'no scheme'}", url=url)
    host = target.host
    if not host:
        raise FetchError("URL has no host", url=url)
    if allow_private:
        return
    try:
        literal = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    if literal is not None:
        if not is_public_address(literal):
            raise FetchError(f"refusing non-public address {host} (set allow_private_network)", url=url)
        return
    if host == "localhost" or host.endswith(".localhost"):
        raise FetchError(f"refusing {host} (set allow_private_network)", url=url)


class _BoundedDecoder:
    """gzip/deflate decoding that stops at `limit` output bytes instead of inflating a bomb."""

    def __init__(self, encoding: str, limit: int, url: str) -> None:
        self.limit = limit
        self.url = url
        self.produced = 0
        self.encoding = encoding
        self._inflater: zlib._Decompress | None = None
        if encoding in ("gzip", "x-gzip"):
            self._inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
        elif encoding == "deflate":
            self._inflater = None  # zlib-wrapped or raw: decided on the first bytes
        elif encoding not in ("", "identity"):
            raise FetchError(f"unsupported Content-Encoding {encoding!r}", url=url)

    def feed(self, data: bytes) -> bytes:
        if self.encoding in ("", "identity"):
            return self._count(data)
        if self._inflater is None:
            raw_deflate = not (len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0)
            self._inflater = zlib.decompressobj(-zlib.MAX_WBITS if raw_deflate else zlib.MAX_WBITS)
        room = self.limit - self.produced
        try:
            out = self._inflater.decompress(data, room + 1)
        except zlib.error as exc:
            raise FetchError(f"corrupt {self.encoding} body: {exc}", url=self.url) from None
        if self._inflater.unconsumed_tail:
            self._too_large()
        return self._count(out)

    def flush(self) -> bytes:
        if self._inflater is None:
            return b""
        try:
            return self._count(self._inflater.flush())
        except zlib.error as exc:
            raise FetchError(f"corrupt {self.encoding} body: {exc}", url=self.url) from None

    def _count(self, data: bytes) -> bytes:
        self.produced += len(data)
        if self.produced > self.limit:
            self._too_large()
        return data

    def _too_large(self) -> None:
        raise FetchError(f"body exceeds the {self.limit}-byte limit (after decompression)", url=self.url)


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _header_bytes(response: httpx.Response) -> int:
    # Status line plus "name: value\r\n" per header plus the blank line: what the server sent before the body.
    return 17 + sum(len(name) + len(value) + 4 for name, value in response.headers.raw) + 2


def _describe_transport_error(exc: BaseException, url: str) -> str:
    if isinstance(exc, TimeoutError):
        return "timed out before the body was complete"
    if isinstance(exc, httpx.ConnectTimeout):
        return "connect timed out"
    if isinstance(exc, httpx.ReadTimeout):
        return "read timed out"
    if isinstance(exc, httpx.ConnectError):
        return f"cannot connect: {exc}"
    return f"{type(exc).__name__}: {exc}"
