"""Parse worker processes: results come back, overruns are killed and replaced, failures are named."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from extractors.collector import SourceState, collect
from extractors.errors import ParseError
from extractors.feeds import ParseLimits
from extractors.snapshot import SnapshotTransport
from extractors.sources import SourceSpec
from extractors.workers import ParseTimeout, ParseWorkers
from tests.extractors.worker_jobs import add, allocate, crash, refuse, sleep_for

NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
FEEDS = Path(__file__).parent / "feeds"


@pytest.fixture
def workers() -> Iterator[ParseWorkers]:
    with ParseWorkers(1, deadline=5, memory_limit=1024**3) as running:
        yield running


def test_result_comes_back_from_the_worker(workers: ParseWorkers) -> None:
    assert workers.call(add, 2, 3) == 5


def test_overrun_is_stopped_and_the_worker_replaced() -> None:
    with ParseWorkers(1, deadline=1) as workers:
        with pytest.raises(ParseTimeout, match=r"longer than 1 s; stopped"):
            workers.call(sleep_for, 60)
        assert workers.call(add, 1, 1) == 2


def test_parse_error_in_the_worker_is_a_parse_error(workers: ParseWorkers) -> None:
    with pytest.raises(ParseError, match=r"^not a feed$"):
        workers.call(refuse, "not a feed")


def test_unexpected_exception_is_named(workers: ParseWorkers) -> None:
    with pytest.raises(ParseError, match="unexpected ZeroDivisionError"):
        workers.call(divmod, 1, 0)


def test_dead_worker_is_reported_and_replaced(workers: ParseWorkers) -> None:
    with pytest.raises(ParseError, match=r"parser process died \(exit code 3\)"):
        workers.call(crash)
    assert workers.call(add, 2, 2) == 4


def test_memory_beyond_the_limit_fails_in_the_worker(workers: ParseWorkers) -> None:
    with pytest.raises(ParseError, match="MemoryError"):
        workers.call(allocate, 2 * 1024**3)
    assert workers.call(allocate, 1024) == 1024


def big_feed(items: int) -> bytes:
    entries = "".join(
        f"<item><title>Item {n} about a hearing</title><link>https://news.example/{n}</link>"
        f"<description>{'word ' * 200}</description></item>"
        for n in range(items)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{entries}</channel></rss>'.encode()
    )


def test_feed_parsing_past_the_deadline_is_the_sources_parse_error(tmp_path: Path) -> None:
    (tmp_path / "big.xml").write_bytes(big_feed(3000))
    (tmp_path / "rss20.xml").write_bytes((FEEDS / "rss20.xml").read_bytes())
    states = [
        SourceState(SourceSpec(name="big", url="https://news.example/big.xml")),
        SourceState(SourceSpec(name="small", url="https://news.example/rss20.xml")),
    ]
    # The big feed needs hundreds of milliseconds to parse; a millisecond is far too short for it.
    outcomes = collect(
        states[:1],
        now=NOW,
        transport=SnapshotTransport(tmp_path),
        parse_limits=ParseLimits(parse_timeout=0.001),
    )
    assert outcomes[0].error == "parse: parsing took longer than 0.001 s; stopped"
    assert outcomes[0].body_hash is None  # the next run parses it again instead of skipping it
    outcomes = collect(states, now=NOW, transport=SnapshotTransport(tmp_path))
    assert [outcome.error for outcome in outcomes] == [None, None]
    assert len(outcomes[0].candidates) == 500
    assert outcomes[1].candidates


def test_parsing_without_a_deadline_runs_in_a_thread(tmp_path: Path) -> None:
    (tmp_path / "rss20.xml").write_bytes((FEEDS / "rss20.xml").read_bytes())
    state = SourceState(SourceSpec(name="small", url="https://news.example/rss20.xml"))
    outcome = collect(
        [state], now=NOW, transport=SnapshotTransport(tmp_path), parse_limits=ParseLimits(parse_timeout=None)
    )[0]
    assert outcome.ok
    assert outcome.candidates
