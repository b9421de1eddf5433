"""Collector vs the plain feedparser loop on generated feeds served over loopback with realistic latency.

    python bench/collect.py [--feeds 500] [--hosts 25] [--items 20] [--latency-ms 100-300]

Prints wall time, feeds/s and bytes for (a) the project's collector, (b) `feedparser.parse(url)`
one feed after another, (c) a second collector pass using conditional GET. Bytes are counted by
the servers (status line, headers and body). The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import threading
import time
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import feedparser

from extractors.collector import SourceOutcome, SourceState, collect
from extractors.fetch import FetchLimits
from extractors.sources import SourceSpec
from tests.support.feed_server import FeedServer

NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
WORDS = [
    "police",
    "detained",
    "activist",
    "journalist",
    "court",
    "lawyer",
    "union",
    "protest",
    "charges",
    "raid",
    "ministry",
    "rights",
    "defender",
    "community",
    "land",
    "water",
    "election",
    "decree",
    "internet",
    "blackout",
    "hearing",
    "trial",
    "release",
    "appeal",
    "organisation",
    "statement",
    "observers",
    "region",
    "capital",
    "village",
    "officials",
    "families",
    "spokesperson",
]


def vocabulary(rng: random.Random, size: int = 3000) -> list[str]:
    """Real words plus pseudo-words, so bodies compress about as much as real news text (~3x)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return WORDS + ["".join(rng.choice(letters) for _ in range(rng.randint(3, 11))) for _ in range(size)]


def make_feed(index: int, items: int, rng: random.Random, words: list[str]) -> bytes:
    entries = []
    for item in range(items):
        title = " ".join(rng.choice(words) for _ in range(rng.randint(6, 11))).capitalize()
        summary = " ".join(rng.choice(words) for _ in range(rng.randint(35, 70)))
        when = format_datetime(datetime(2026, 11, 20, rng.randint(0, 23), rng.randint(0, 59), tzinfo=UTC))
        entries.append(
            f"<item><title>{title}</title><link>https://outlet{index}.example.org/{item}?utm_source=rss</link>"
            f"<description>&lt;p&gt;{summary}&lt;/p&gt;</description><pubDate>{when}</pubDate>"
            f"<guid>outlet{index}-{item}</guid></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Outlet {index}</title><link>https://outlet{index}.example.org/</link><description>news</description>"
        + "".join(entries)
        + "</channel></rss>"
    ).encode()


class LatencyServer(FeedServer):
    """A FeedServer whose latency is drawn per request from a seeded range."""

    def __init__(self, low: float, high: float, seed: int) -> None:
        super().__init__(None, gzip=True)
        self._rng = random.Random(seed)
        self._rng_lock = threading.Lock()
        self._low, self._high = low, high

    @property  # type: ignore[override]
    def latency(self) -> float:
        with self._rng_lock:
            return self._rng.uniform(self._low, self._high)

    @latency.setter
    def latency(self, value: float) -> None:
        return None


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument(
        "--hosts", type=int, default=25, help="servers (distinct host:port) sharing the feeds"
    )
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--latency-ms", default="100-300", help="per-request latency range, e.g. 100-300")
    args = parser.parse_args()
    low, high = (float(part) / 1000 for part in args.latency_ms.split("-"))
    rng = random.Random(7)
    words = vocabulary(rng)
    servers = [LatencyServer(low, high, seed) for seed in range(args.hosts)]
    for server in servers:
        server.__enter__()
    try:
        urls = []
        for index in range(args.feeds):
            server = servers[index % len(servers)]
            name = f"feed{index}.xml"
            server.add_file(name, make_feed(index, args.items, rng, words))
            urls.append(server.url(name))
        states = [
            SourceState(SourceSpec(name=f"feed {i}", url=url, allow_private_network=True))
            for i, url in enumerate(urls)
        ]
        limits = FetchLimits(concurrency=64, per_host=8)

        def sent() -> int:
            return sum(server.bytes_sent for server in servers)

        start_bytes = sent()
        started = time.perf_counter()
        first = collect(states, now=NOW, limits=limits)
        collector_s = time.perf_counter() - started
        collector_bytes = sent() - start_bytes
        _check(first, "collector pass 1")
        items = sum(len(outcome.candidates) for outcome in first)
        print(
            f"collector:   {collector_s:7.2f} s  {args.feeds / collector_s:7.1f} feeds/s  {collector_bytes:>11,} bytes  {items} items"
        )

        second_states = [
            SourceState(o.spec, etag=o.etag, last_modified=o.last_modified, body_hash=o.body_hash)
            for o in first
        ]
        start_bytes = sent()
        started = time.perf_counter()
        second = collect(second_states, now=NOW, limits=limits)
        second_s = time.perf_counter() - started
        second_bytes = sent() - start_bytes
        _check(second, "collector pass 2")
        not_modified = sum(1 for outcome in second if outcome.not_modified)
        print(
            f"second pass: {second_s:7.2f} s  {args.feeds / second_s:7.1f} feeds/s  {second_bytes:>11,} bytes  {not_modified} not modified"
        )

        start_bytes = sent()
        started = time.perf_counter()
        plain_items = 0
        for url in urls:
            plain_items += len(feedparser.parse(url).entries)
        plain_s = time.perf_counter() - started
        plain_bytes = sent() - start_bytes
        print(
            f"plain loop:  {plain_s:7.2f} s  {args.feeds / plain_s:7.1f} feeds/s  {plain_bytes:>11,} bytes  {plain_items} items"
        )
    finally:
        for server in servers:
            server.__exit__(None, None, None)
    result = {
        "feeds": args.feeds,
        "hosts": args.hosts,
        "items_per_feed": args.items,
        "latency_ms": args.latency_ms,
        "collector_s": round(collector_s, 3),
        "collector_feeds_per_s": round(args.feeds / collector_s, 1),
        "collector_bytes": collector_bytes,
        "plain_loop_s": round(plain_s, 3),
        "plain_loop_feeds_per_s": round(args.feeds / plain_s, 1),
        "plain_loop_bytes": plain_bytes,
        "speedup": round(plain_s / collector_s, 1),
        "second_pass_s": round(second_s, 3),
        "second_pass_bytes": second_bytes,
        "second_pass_bytes_ratio": round(second_bytes / collector_bytes, 4),
    }
    print(json.dumps(result))


def _check(outcomes: list[SourceOutcome], label: str) -> None:
    failed = [outcome for outcome in outcomes if not outcome.ok]
    if failed:
        raise SystemExit(f"{label}: {len(failed)} feeds failed, e.g. {failed[0].spec.url}: {failed[0].error}")


if __name__ == "__main__":
    main()
