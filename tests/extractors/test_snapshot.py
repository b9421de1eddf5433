"""SnapshotTransport answers any URL from a directory by its last path segment."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx

from extractors.snapshot import SnapshotTransport


def test_any_host_is_served_from_the_file_of_the_last_segment(tmp_path: Path) -> None:
    (tmp_path / "feed.xml").write_bytes(b"<rss/>")

    async def run() -> tuple[int, bytes, int, int]:
        async with httpx.AsyncClient(transport=SnapshotTransport(tmp_path)) as client:
            first = await client.get("https://demo.hrdwatch.invalid/deep/path/feed.xml?x=1")
            again = await client.get(
                "https://other.invalid/feed.xml", headers={"If-None-Match": first.headers["etag"]}
            )
            missing = await client.get("https://demo.hrdwatch.invalid/absent.xml")
            return first.status_code, first.content, again.status_code, missing.status_code

    assert asyncio.run(run()) == (200, b"<rss/>", 304, 404)
