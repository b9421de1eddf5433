"""A real HTTP server on 127.0.0.1 serving feed files, with scriptable misbehaviour.

    with FeedServer(directory) as server:
        url = server.url("a.xml")                       # file served with ETag/Last-Modified, 304 on match
        server.script("busy.xml", Reply(status=429, headers={"Retry-After": "1"}), Reply())
        server.script("loop.xml", Reply(status=302, headers={"Location": "/loop.xml"}), repeat=True)
        server.script("slow.xml", Reply(delay=2.0))      # headers after 2 s
        server.script("drip.xml", Reply(drip=0.5))        # body one chunk every 0.5 s
        server.script("gz.xml", Reply(gzip=True))         # Content-Encoding: gzip
        server.script("big.xml", Reply(body=b"x" * 10**7))

Scripted replies for a path are served in order, then the path falls back to the file (or the
last reply when `repeat=True`). `server.requests` records (path, headers) and `server.bytes_sent`
counts every byte written, headers included. `latency` adds a delay before every response.
"""

from __future__ import annotations

import gzip as gzip_module
import hashlib
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any

CONTENT_TYPES = {".xml": "application/xml", ".atom": "application/atom+xml", ".json": "application/json"}


@dataclass
class Reply:
    status: int = 200
    body: bytes | None = None  # None: the file named by the path
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drip: float = 0.0
    gzip: bool = False
    content_type: str | None = None


class FeedServer:
    def __init__(
        self, directory: Path | str | None = None, *, latency: float = 0.0, gzip: bool = False
    ) -> None:
        self.directory = Path(directory) if directory is not None else None
        self.latency = latency
        self.gzip = gzip  # compress file responses when the client accepts gzip
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.bytes_sent = 0
        self._scripts: dict[str, deque[Reply]] = defaultdict(deque)
        self._repeat: dict[str, Reply] = {}
        self._lock = threading.Lock()
        self._files: dict[str, bytes] = {}
        handler = _make_handler(self)
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, name="feed-server", daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}/{path.lstrip('/')}"

    def add_file(self, name: str, body: bytes) -> None:
        """Serve `body` at /name without writing it to disk (the bench generates hundreds)."""
        self._files[name.lstrip("/")] = body

    def script(self, path: str, *replies: Reply, repeat: bool = False) -> None:
        key = "/" + path.lstrip("/")
        with self._lock:
            if repeat:
                self._repeat[key] = replies[-1]
                self._scripts[key].extend(replies[:-1])
            else:
                self._scripts[key].extend(replies)

    def hits(self, path: str) -> int:
        key = "/" + path.lstrip("/")
        return sum(1 for requested, _ in self.requests if requested.split("?")[0] == key)

    def __enter__(self) -> FeedServer:
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    # -- used by the handler ---------------------------------------------------------------
    def _next_reply(self, path: str) -> Reply | None:
        with self._lock:
            queue = self._scripts.get(path)
            if queue:
                return queue.popleft()
            return self._repeat.get(path)

    def _file(self, path: str) -> bytes | None:
        name = path.lstrip("/")
        if name in self._files:
            return self._files[name]
        if self.directory is None or not name or "/" in name or name.startswith("."):
            return None
        file = self.directory / name
        return file.read_bytes() if file.is_file() else None

    def _count(self, sent: int) -> None:
        with self._lock:
            self.bytes_sent += sent


def _make_handler(server: FeedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
            return None

        def do_GET(self) -> None:
            path = self.path.split("?")[0]
            with server._lock:
                server.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
            if server.latency:
                time.sleep(server.latency)
            reply = server._next_reply(path)
            if reply is not None and reply.delay:
                time.sleep(reply.delay)
            if reply is not None and (reply.body is not None or reply.status != 200):
                self._send(reply.status, reply.body or b"", reply, reply.content_type)
                return
            body = server._file(path)
            if body is None:
                self._send(404, b"not found\n", reply or Reply(), "text/plain")
                return
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            modified = formatdate(1_700_000_000, usegmt=True)
            validators = {"ETag": etag, "Last-Modified": modified}
            if self._not_modified(etag):
                self._send(304, b"", Reply(headers=validators), None)
                return
            answer = reply or Reply()
            answer.headers = {**validators, **answer.headers}
            if server.gzip and "gzip" in self.headers.get("Accept-Encoding", ""):
                answer.gzip = True
            suffix = Path(path).suffix.lower()
            self._send(200, body, answer, answer.content_type or CONTENT_TYPES.get(suffix, "application/xml"))

        def _not_modified(self, etag: str) -> bool:
            if self.headers.get("If-None-Match") == etag:
                return True
            since = self.headers.get("If-Modified-Since")
            if since and not self.headers.get("If-None-Match"):
                try:
                    return parsedate_to_datetime(since).timestamp() >= 1_700_000_000
                except (TypeError, ValueError):
                    return False
            return False

        def _send(self, status: int, body: bytes, reply: Reply, content_type: str | None) -> None:
            if reply.gzip:
                body = gzip_module.compress(body, mtime=0)
            lines = [f"{self.protocol_version} {status} {self.responses.get(status, ('',))[0]}"]
            headers = dict(reply.headers)
            if content_type and status != 304:
                headers.setdefault("Content-Type", content_type)
            if reply.gzip:
                headers["Content-Encoding"] = "gzip"
            headers["Content-Length"] = str(len(body))
            headers["Connection"] = "close"
            lines += [f"{name}: {value}" for name, value in headers.items()]
            head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
            self.close_connection = True
            sent = 0
            try:
                self.wfile.write(head)
                sent = len(head)
                if reply.drip and body:
                    for start in range(0, len(body), 64):
                        self.wfile.write(body[start : start + 64])
                        self.wfile.flush()
                        sent += len(body[start : start + 64])
                        time.sleep(reply.drip)
                else:
                    self.wfile.write(body)
                    sent += len(body)
                self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                return
            finally:
                server._count(sent)

    return Handler
