"""A real loopback HTTP server that speaks enough of the Slack Web API for hrdwatch's tests and demo.

    with SlackServer() as slack:
        client = WebClient(token="xoxb-test", base_url=slack.base_url)
        ...
        slack.posts                      # every accepted chat.postMessage, in order
        slack.fail_next(429, 2, retry_after=0)   # the next two chat.postMessage calls are rate limited
        slack.fail_next(500, 1)                  # ... or fail with a server error
        slack.on_post = lambda post: ...         # runs after a post is stored, before the answer is sent

Implemented methods: `auth.test`, `chat.postMessage` (with `thread_ts` and `metadata`),
`conversations.list`, `conversations.history` and `conversations.replies` (metadata returned with
`include_all_metadata`). Like Slack, it refuses more than 50 blocks, section texts over 3,000
characters and header texts over 150 characters with `invalid_blocks`.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl, urlsplit

MAX_BLOCKS = 50
MAX_SECTION_TEXT = 3000
MAX_HEADER_TEXT = 150


@dataclass
class Post:
    """One message Slack accepted."""

    channel: str  # channel id, e.g. C0001
    channel_name: str
    ts: str
    text: str
    blocks: list[dict[str, Any]]
    thread_ts: str | None = None
    metadata: dict[str, Any] | None = None

    @property
    def delivery_key(self) -> str | None:
        payload = (self.metadata or {}).get("event_payload") or {}
        key = payload.get("delivery_key")
        return str(key) if key is not None else None

    def as_message(self, *, with_metadata: bool) -> dict[str, Any]:
        message: dict[str, Any] = {"type": "message", "ts": self.ts, "text": self.text, "blocks": self.blocks}
        if self.thread_ts:
            message["thread_ts"] = self.thread_ts
        if with_metadata and self.metadata:
            message["metadata"] = self.metadata
        return message


@dataclass
class _Failure:
    status: int
    retry_after: int | None


@dataclass
class _State:
    posts: list[Post] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)
    channels: dict[str, str] = field(default_factory=dict)  # name -> id
    failures: dict[str, list[_Failure]] = field(default_factory=dict)
    clock: int = 1_800_000_000


class SlackServer:
    """A Slack Web API stand-in on 127.0.0.1, started in a background thread."""

    def __init__(self, token: str = "xoxb-hrdwatch-test") -> None:
        self.token = token
        self._state = _State()
        self._lock = threading.Lock()
        self.on_post: Callable[[Post], None] | None = None
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="slack-server", daemon=True)

    # -- lifecycle ---------------------------------------------------------------------------
    def start(self) -> SlackServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> SlackServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- what tests use ----------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/api/"

    @property
    def posts(self) -> list[Post]:
        with self._lock:
            return list(self._state.posts)

    @property
    def calls(self) -> list[str]:
        """Every API method called, in order, including the ones answered with an error."""
        with self._lock:
            return list(self._state.calls)

    def fail_next(
        self, status: int, n: int = 1, *, retry_after: int | None = None, method: str = "chat.postMessage"
    ) -> None:
        """Answer the next `n` calls of `method` with HTTP `status` (429 carries Retry-After)."""
        if status == 429 and retry_after is None:
            retry_after = 0
        with self._lock:
            self._state.failures.setdefault(method, []).extend(
                _Failure(status, retry_after) for _ in range(n)
            )

    def channel_id(self, name: str) -> str:
        with self._lock:
            return self._channel_id(name)

    # -- internals (called by the handler) ---------------------------------------------------
    def _channel_id(self, name_or_id: str) -> str:
        if name_or_id in self._state.channels.values():
            return name_or_id
        name = name_or_id.lstrip("#")
        if name not in self._state.channels:
            self._state.channels[name] = f"C{len(self._state.channels) + 1:04d}"
        return self._state.channels[name]

    def _take_failure(self, method: str) -> _Failure | None:
        with self._lock:
            self._state.calls.append(method)
            queue = self._state.failures.get(method)
            return queue.pop(0) if queue else None

    def _call(self, method: str, args: dict[str, Any]) -> dict[str, Any]:
        if method == "auth.test":
            return {
                "ok": True,
                "url": "https://hrdwatch-test.slack.com/",
                "team": "hrdwatch",
                "user_id": "U0BOT",
            }
        if method == "chat.postMessage":
            return self._post_message(args)
        if method == "conversations.list":
            with self._lock:
                channels = [{"id": cid, "name": name} for name, cid in self._state.channels.items()]
            return {"ok": True, "channels": channels, "response_metadata": {"next_cursor": ""}}
        if method in ("conversations.history", "conversations.replies"):
            return self._history(method, args)
        return {"ok": False, "error": "unknown_method"}

    def _post_message(self, args: dict[str, Any]) -> dict[str, Any]:
        channel = str(args.get("channel") or "")
        if not channel:
            return {"ok": False, "error": "channel_not_found"}
        blocks = args.get("blocks") or []
        if isinstance(blocks, str):
            blocks = json.loads(blocks)
        error = _block_error(blocks)
        if error:
            return {"ok": False, "error": "invalid_blocks", "detail": error}
        metadata = args.get("metadata")
        if isinstance(metadata, str):
            metadata = json.loads(metadata)
        with self._lock:
            self._state.clock += 1
            cid = self._channel_id(channel)
            name = next(n for n, i in self._state.channels.items() if i == cid)
            post = Post(
                channel=cid,
                channel_name=name,
                ts=f"{self._state.clock}.000100",
                text=str(args.get("text") or ""),
                blocks=list(blocks),
                thread_ts=str(args["thread_ts"]) if args.get("thread_ts") else None,
                metadata=metadata,
            )
            self._state.posts.append(post)
        if self.on_post is not None:
            self.on_post(post)
        return {"ok": True, "channel": cid, "ts": post.ts, "message": post.as_message(with_metadata=True)}

    def _history(self, method: str, args: dict[str, Any]) -> dict[str, Any]:
        channel = str(args.get("channel") or "")
        with self._lock:
            if channel not in self._state.channels.values():
                return {"ok": False, "error": "channel_not_found"}
            posts = [p for p in self._state.posts if p.channel == channel]
        with_metadata = str(args.get("include_all_metadata", "")).lower() in ("1", "true")
        oldest = float(args.get("oldest") or 0)
        if method == "conversations.replies":
            root = str(args.get("ts") or "")
            selected = [p for p in posts if p.ts == root or p.thread_ts == root]
        else:
            selected = [p for p in posts if not p.thread_ts and float(p.ts) > oldest]
            selected.reverse()  # newest first, like Slack
        return {
            "ok": True,
            "messages": [p.as_message(with_metadata=with_metadata) for p in selected],
            "has_more": False,
            "response_metadata": {"next_cursor": ""},
        }


def _block_error(blocks: list[dict[str, Any]]) -> str | None:
    if len(blocks) > MAX_BLOCKS:
        return f"{len(blocks)} blocks > {MAX_BLOCKS}"
    for index, block in enumerate(blocks):
        text = (block.get("text") or {}).get("text", "")
        if block.get("type") == "section" and len(text) > MAX_SECTION_TEXT:
            return f"block {index}: section text of {len(text)} characters"
        if block.get("type") == "header" and len(text) > MAX_HEADER_TEXT:
            return f"block {index}: header text of {len(text)} characters"
        for element in block.get("elements") or []:
            if len(element.get("text", "")) > MAX_SECTION_TEXT:
                return f"block {index}: context text too long"
    return None


def _handler_for(server: SlackServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            return None  # keep test output clean

        def do_GET(self) -> None:
            self._dispatch()

        def do_POST(self) -> None:
            self._dispatch()

        def _dispatch(self) -> None:
            parts = urlsplit(self.path)
            method = parts.path.rsplit("/", 1)[-1]
            args: dict[str, Any] = dict(parse_qsl(parts.query))
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            if body:
                if "json" in (self.headers.get("Content-Type") or ""):
                    args.update(json.loads(body))
                else:
                    args.update(parse_qsl(body.decode()))
            if self.headers.get("Authorization") != f"Bearer {server.token}":
                self._answer(200, {"ok": False, "error": "invalid_auth"})
                return
            failure = server._take_failure(method)
            if failure is not None:
                headers = {"Retry-After": str(failure.retry_after)} if failure.retry_after is not None else {}
                error = "ratelimited" if failure.status == 429 else "internal_error"
                self._answer(failure.status, {"ok": False, "error": error}, headers)
                return
            self._answer(200, server._call(method, args))

        def _answer(
            self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None
        ) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            try:
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client died mid-call (crash tests kill it on purpose)

    return Handler
