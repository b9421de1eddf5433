"""An offline stand-in for the web: any URL is answered with the file named by its last path segment."""

from __future__ import annotations

import hashlib
import mimetypes
from pathlib import Path, PurePosixPath

import httpx

_TYPES = {".xml": "application/xml", ".rss": "application/rss+xml", ".atom": "application/atom+xml"}


class SnapshotTransport(httpx.AsyncBaseTransport):
    """`https://any.host/path/feed.xml` → `directory / "feed.xml"`; 404 when there is no such file.

    Files get a content ETag and answer a matching If-None-Match with 304, so the demo shows
    conditional GET at work on a second run. Nothing here touches the network or DNS.
    """

    def __init__(self, directory: Path | str) -> None:
        self.directory = Path(directory)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        name = PurePosixPath(request.url.path).name
        path = self.directory / name
        if not name or name in (".", "..") or not path.is_file():
            return httpx.Response(404, text=f"no snapshot named {name!r}\n", request=request)
        body = path.read_bytes()
        etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        if request.headers.get("if-none-match") == etag:
            return httpx.Response(304, headers={"ETag": etag}, request=request)
        content_type = (
            _TYPES.get(path.suffix.lower()) or mimetypes.guess_type(name)[0] or "application/octet-stream"
        )
        headers = {"Content-Type": content_type, "ETag": etag, "Content-Length": str(len(body))}
        return httpx.Response(200, headers=headers, stream=httpx.ByteStream(body), request=request)
