"""One collection pass over many sources: fetch concurrently, skip what did not change, parse, normalise.

A source that fails gives an outcome with an error; it never stops the pass.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime

import httpx

from extractors.apis import HOST_MIN_INTERVAL, parse_api_body, prepare_request_url
from extractors.errors import ExtractorError, FetchError
from extractors.feeds import FeedItem, ParsedFeed, ParseLimits, parse_feed
from extractors.fetch import Fetcher, FetchLimits, FetchRequest
from extractors.language import detect_language
from extractors.normalise import canonical_url, content_hash
from extractors.sources import SourceSpec
from extractors.workers import ParseWorkers, processes_available


@dataclass(frozen=True)
class SourceState:
    """A source with what the previous run remembered about it (conditional-GET validators, body hash)."""

    spec: SourceSpec
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None


@dataclass(frozen=True)
class ReportCandidate:
    """A normalised item, ready for dedup and storage."""

    title: str
    summary: str
    url: str
    canonical_url: str
    content_hash: str
    language: str
    published_at: datetime | None


@dataclass(frozen=True)
class SourceOutcome:
    spec: SourceSpec
    candidates: list[ReportCandidate] = field(default_factory=list)
    status: int | None = None
    wire_bytes: int = 0
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    not_modified: bool = False
    # The server ignored conditional GET but sent the same bytes as last time: nothing to parse.
    unchanged: bool = False
    error: str | None = None
    warning: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def collect(
    states: Sequence[SourceState],
    *,
    now: datetime,
    limits: FetchLimits | None = None,
    parse_limits: ParseLimits | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    progress: Callable[[str], None] | None = None,
) -> list[SourceOutcome]:
    """Outcomes in the order of `states` (synchronous entry point for pipelines and the CLI)."""
    return asyncio.run(
        collect_async(
            states, now=now, limits=limits, parse_limits=parse_limits, transport=transport, progress=progress
        )
    )


async def collect_async(
    states: Sequence[SourceState],
    *,
    now: datetime,
    limits: FetchLimits | None = None,
    parse_limits: ParseLimits | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    progress: Callable[[str], None] | None = None,
) -> list[SourceOutcome]:
    parse_limits = parse_limits or ParseLimits()
    limits = limits or FetchLimits(max_bytes=parse_limits.max_body_bytes)
    done = 0
    workers: ParseWorkers | None = None
    if parse_limits.parse_timeout is not None and processes_available():
        workers = ParseWorkers(
            parse_limits.parse_processes,
            deadline=parse_limits.parse_timeout,
            memory_limit=parse_limits.parse_memory_bytes,
        )
    # Parsing is CPU work: it runs off the event loop (in worker processes, each waited for by one
    # thread here; or in one thread without a deadline), so the loop keeps moving bytes meanwhile.
    threads = parse_limits.parse_processes if workers is not None else 1
    with (
        workers if workers is not None else contextlib.nullcontext(),
        ThreadPoolExecutor(max_workers=threads, thread_name_prefix="hrdwatch-parse") as parser,
    ):
        async with Fetcher(limits, transport=transport, host_min_interval=HOST_MIN_INTERVAL) as fetcher:

            async def one(state: SourceState) -> SourceOutcome:
                nonlocal done
                outcome = await _collect_one(
                    fetcher, parser, workers, state, now=now, parse_limits=parse_limits
                )
                done += 1
                if progress is not None and (done % 50 == 0 or done == len(states)):
                    progress(f"collect: {done}/{len(states)} sources fetched")
                return outcome

            return list(await asyncio.gather(*(one(state) for state in states)))


async def _collect_one(
    fetcher: Fetcher,
    parser: ThreadPoolExecutor,
    workers: ParseWorkers | None,
    state: SourceState,
    *,
    now: datetime,
    parse_limits: ParseLimits,
) -> SourceOutcome:
    spec = state.spec
    request = FetchRequest(
        url=prepare_request_url(spec.kind, spec.url),
        etag=state.etag,
        last_modified=state.last_modified,
        allow_private_network=spec.allow_private_network,
    )
    try:
        response = await fetcher.fetch(request)
    except FetchError as exc:
        return SourceOutcome(spec=spec, status=exc.status, error=str(exc))
    except Exception as exc:  # a bug or an exotic failure in one source must not stop the others
        return SourceOutcome(spec=spec, error=f"unexpected {type(exc).__name__}: {exc}")
    base = SourceOutcome(spec=spec, status=response.status, wire_bytes=response.wire_bytes)
    if response.not_modified:
        return replace(
            base,
            etag=response.etag or state.etag,
            last_modified=response.last_modified or state.last_modified,
            body_hash=state.body_hash,
            not_modified=True,
        )
    body_hash = hashlib.sha256(response.body).hexdigest()
    fetched = replace(base, etag=response.etag, last_modified=response.last_modified, body_hash=body_hash)
    if body_hash == state.body_hash:
        return replace(fetched, unchanged=True)
    loop = asyncio.get_running_loop()
    args = (spec, response.body, response.content_type, response.url, now, parse_limits)
    try:
        if workers is None:
            candidates, warning = await loop.run_in_executor(parser, _parse_and_normalise, *args)
        else:
            candidates, warning = await loop.run_in_executor(
                parser, workers.call, _parse_and_normalise, *args
            )
    except ExtractorError as exc:
        # Validators are not kept: the next run fetches the body again instead of trusting a 304.
        return replace(base, error=f"parse: {exc}")
    except Exception as exc:  # feedparser has surprised people before; keep the run going
        return replace(base, error=f"parse: unexpected {type(exc).__name__}: {exc}")
    return replace(fetched, candidates=candidates, warning=warning)


def _parse_and_normalise(
    spec: SourceSpec,
    body: bytes,
    content_type: str | None,
    base_url: str,
    now: datetime,
    limits: ParseLimits,
) -> tuple[list[ReportCandidate], str | None]:
    parsed: ParsedFeed
    if spec.kind == "feed":
        parsed = parse_feed(body, now=now, content_type=content_type, base_url=base_url, limits=limits)
    else:
        parsed = parse_api_body(spec.kind, body, now=now, limits=limits)
    return [normalise_item(item, spec) for item in parsed.items], parsed.problem


def normalise_item(item: FeedItem, spec: SourceSpec) -> ReportCandidate:
    """Canonical URL, content hash and language for one item."""
    hint = item.language or spec.language or "und"
    language = detect_language(f"{item.title}. {item.summary[:600]}", default=hint)
    return ReportCandidate(
        title=item.title,
        summary=item.summary,
        url=item.url,
        canonical_url=canonical_url(item.url)[:2048],
        content_hash=content_hash(item.title, item.summary),
        language=language,
        published_at=item.published_at,
    )
