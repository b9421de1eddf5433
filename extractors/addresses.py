"""Connecting only to public addresses, checked at connect time (no DNS-rebinding gap).

Checking a name and then letting the HTTP library resolve it again leaves a window: a hostile DNS
server answers a public address to the check and 127.0.0.1 or 169.254.169.254 to the connection.
Here the name is resolved once, inside the connection pool's network backend, every address it
resolved to is checked, and the socket is opened to one of those very addresses. TLS still gets
the host name (httpcore passes the request's host as SNI and for certificate verification), so
HTTPS verification is unchanged. Every redirect hop opens its own connection and is checked the
same way; a kept-alive connection was checked when it was opened.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Iterable
from typing import Protocol, TypeAlias

import httpcore
import httpx

from extractors.errors import FetchError

IPAddress: TypeAlias = ipaddress.IPv4Address | ipaddress.IPv6Address

# NAT64 prefixes (RFC 6052, RFC 8215): a gateway turns 64:ff9b::7f00:1 into 127.0.0.1.
_NAT64 = (ipaddress.IPv6Network("64:ff9b::/96"), ipaddress.IPv6Network("64:ff9b:1::/48"))


def is_public_address(address: IPAddress) -> bool:
    """True when `address`, and any IPv4 address embedded in it, is globally routable unicast."""
    return all(candidate.is_global and not candidate.is_multicast for candidate in _with_embedded(address))


def _with_embedded(address: IPAddress) -> list[IPAddress]:
    found: list[IPAddress] = [address]
    if isinstance(address, ipaddress.IPv4Address):
        return found
    if address.ipv4_mapped is not None:
        found.append(address.ipv4_mapped)
    if address.sixtofour is not None:
        found.append(address.sixtofour)
    if address.teredo is not None:
        found.extend(address.teredo)
    packed = address.packed
    if any(address in network for network in _NAT64):
        found.append(ipaddress.IPv4Address(packed[-4:]))
    if packed[:12] == bytes(12):  # deprecated IPv4-compatible ::a.b.c.d, which Python calls global
        found.append(ipaddress.IPv4Address(packed[-4:]))
    return found


class Resolver(Protocol):
    """Turns a host name into the addresses to try, in order (tests inject a static one)."""

    async def resolve(self, host: str, port: int) -> list[IPAddress]: ...


class SystemResolver:
    """The operating system's resolver (getaddrinfo), run off the event loop."""

    async def resolve(self, host: str, port: int) -> list[IPAddress]:
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as exc:
            raise FetchError(f"cannot resolve {host}: {exc.strerror or exc}") from None
        addresses: list[IPAddress] = []
        for info in infos:
            address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
            if address not in addresses:
                addresses.append(address)
        return addresses


class GuardedNetworkBackend(httpcore.AsyncNetworkBackend):
    """Resolves once, refuses non-public answers (unless allowed), connects to a checked address."""

    def __init__(
        self,
        *,
        allow_private: bool = False,
        resolver: Resolver | None = None,
        inner: httpcore.AsyncNetworkBackend | None = None,
    ) -> None:
        self.allow_private = allow_private
        self.resolver: Resolver = resolver or SystemResolver()
        self.inner = inner or httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = await self.checked_addresses(host, port, timeout)
        failure: Exception | None = None
        for address in addresses:
            try:
                return await self.inner.connect_tcp(
                    str(address),
                    port,
                    timeout=timeout,
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        assert failure is not None
        raise failure

    async def checked_addresses(self, host: str, port: int, timeout: float | None = None) -> list[IPAddress]:
        """The addresses `host` may be reached at; FetchError when any of them is not public."""
        try:
            addresses: list[IPAddress] = [ipaddress.ip_address(host)]
        except ValueError:
            try:
                async with asyncio.timeout(timeout):
                    addresses = await self.resolver.resolve(host, port)
            except TimeoutError:
                raise httpcore.ConnectTimeout(f"resolving {host} timed out") from None
        if not addresses:
            raise FetchError(f"cannot resolve {host}: no addresses")
        if not self.allow_private:
            # One private answer among public ones is refused too: which one gets used is not ours to pick.
            for address in addresses:
                if is_public_address(address):
                    continue
                if str(address) == host:
                    raise FetchError(f"refusing non-public address {address} (set allow_private_network)")
                raise FetchError(
                    f"refusing {host}: it resolves to non-public address {address} (set allow_private_network)"
                )
        return addresses

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise FetchError("unix sockets are never fetched")

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)


class GuardedTransport(httpx.AsyncHTTPTransport):
    """httpx's own transport (TLS, HTTP/1.1, pooling, error mapping) over a GuardedNetworkBackend."""

    def __init__(self, backend: GuardedNetworkBackend, *, limits: httpx.Limits) -> None:
        ssl_context = httpx.create_ssl_context(trust_env=False)
        super().__init__(verify=ssl_context, limits=limits, trust_env=False)
        # httpx has no public way to choose the network backend; the pool it built is replaced by an
        # identical one that differs only there (httpx's request/response handling stays in charge).
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=ssl_context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=backend,
        )
