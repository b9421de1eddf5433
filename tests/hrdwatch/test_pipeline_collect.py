"""The collect stage end to end against a loopback server, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from extractors.snapshot import SnapshotTransport
from hrdwatch.errors import ConfigError
from hrdwatch.pipeline.collect import collect_new_reports, failing_sources, source_groups, source_health
from hrdwatch.pipeline.context import RunContext
from hrdwatch.settings import Settings
from hrdwatch.storage import Database, Report, Source, WatchlistEntry
from hrdwatch.storage.models.collection import ReportSighting
from tests.conftest import FIXED_NOW
from tests.support.feed_server import FeedServer, Reply

FEEDS = Path(__file__).parents[1] / "extractors" / "feeds"
DEMO = Path(__file__).parents[2] / "hrdwatch" / "demo"


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer(FEEDS) as running:
        yield running


def write_sources(tmp_path: Path, server: FeedServer, files: dict[str, str]) -> Path:
    lines = ["sources:"]
    for name, file in files.items():
        lines += [
            f"  - name: {name}",
            f"    url: {server.url(file)}",
            "    allow_private_network: true",
            f"    group: {'ngo' if 'NGO' in name else 'media'}",
        ]
    path = tmp_path / "sources.yaml"
    path.write_text("\n".join(lines) + "\n")
    return path


def count(db: Database, model: type) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_collects_new_reports_then_nothing_on_rerun(
    any_db: Database, settings: Settings, server: FeedServer, tmp_path: Path
) -> None:
    ctx = RunContext(settings=settings, db=any_db, now=FIXED_NOW)
    sources = write_sources(tmp_path, server, {"Two NGO": "rss20.xml", "Atom media": "atom10.xml"})
    first = collect_new_reports(ctx, sources_file=sources)
    assert first.new_reports == 3
    assert first.failed == 0
    second = collect_new_reports(ctx, sources_file=sources)
    assert second.new_reports == 0
    assert second.not_modified == 2
    assert second.bytes < first.bytes / 5
    assert count(any_db, Report) == 3
    with any_db.session() as session:
        report = session.scalars(select(Report).where(Report.title.like("Environmental%"))).one()
    assert report.canonical_url == "https://two.example.org/2026/11/defender-detained"
    assert report.language == "en"
    assert report.story_key


def test_same_story_from_two_outlets_is_one_report_with_two_sightings(
    ctx: RunContext, server: FeedServer, tmp_path: Path
) -> None:
    syndicated = (FEEDS / "rss20.xml").read_bytes().replace(b"two.example.org", b"copy.example.net")
    server.add_file("copy.xml", syndicated)
    sources = write_sources(tmp_path, server, {"Two NGO": "rss20.xml", "Copy media": "copy.xml"})
    summary = collect_new_reports(ctx, sources_file=sources)
    assert summary.new_reports == 2
    assert summary.duplicates == 2
    assert count(ctx.db, ReportSighting) == 4


def test_reworded_headline_joins_the_same_story(ctx: RunContext, server: FeedServer, tmp_path: Path) -> None:
    reworded = (
        b'<rss version="2.0"><channel><item><title>Defender detained after protest, environmental group says</title>'
        b"<link>https://other.example.com/x</link><description>Different words here.</description></item></channel></rss>"
    )
    server.add_file("reworded.xml", reworded)
    sources = write_sources(tmp_path, server, {"Two NGO": "rss20.xml", "Other media": "reworded.xml"})
    collect_new_reports(ctx, sources_file=sources)
    with ctx.db.session() as session:
        keys = session.scalars(select(Report.story_key).where(Report.title.like("%efender detained%"))).all()
    assert len(keys) == 2
    assert len(set(keys)) == 1


def test_failing_source_never_stops_the_run_or_loses_reports(
    ctx: RunContext, server: FeedServer, tmp_path: Path
) -> None:
    sources = write_sources(tmp_path, server, {"Two NGO": "rss20.xml", "Broken media": "broken.xml"})
    server.add_file("broken.xml", b"<html>maintenance</html>")
    for _ in range(3):
        summary = collect_new_reports(ctx, sources_file=sources)
        assert summary.failed == 1
    server.add_file("rss20.xml", b"<rss><channel><item><title>cut")  # the good feed breaks later
    collect_new_reports(ctx, sources_file=sources)
    assert count(ctx.db, Report) == 2
    flagged = failing_sources(ctx)
    assert [health.name for health in flagged] == ["Broken media"]
    assert flagged[0].consecutive_failures == 4
    assert "not a feed" in (flagged[0].last_error or "")


def test_bozo_feed_keeps_items_and_records_the_warning(
    ctx: RunContext, server: FeedServer, tmp_path: Path
) -> None:
    body = (FEEDS / "rss20.xml").read_bytes()
    server.add_file("cut.xml", body[: body.index(b"<item><title>Court")])
    sources = write_sources(tmp_path, server, {"Cut media": "cut.xml"})
    summary = collect_new_reports(ctx, sources_file=sources)
    assert summary.new_reports == 1
    health = source_health(ctx)[0]
    assert health.consecutive_failures == 0
    assert "partly malformed" in (health.last_warning or "")


def test_server_ignoring_conditional_get_is_not_reparsed(
    ctx: RunContext, server: FeedServer, tmp_path: Path
) -> None:
    body = (FEEDS / "rss20.xml").read_bytes()
    server.script("plain.xml", Reply(body=body), repeat=True)  # no validators at all
    sources = write_sources(tmp_path, server, {"Plain media": "plain.xml"})
    collect_new_reports(ctx, sources_file=sources)
    again = collect_new_reports(ctx, sources_file=sources)
    assert again.unchanged == 1
    assert again.items == 0


def test_search_query_with_a_watchlist_name_is_never_sent(
    ctx: RunContext, server: FeedServer, tmp_path: Path
) -> None:
    with ctx.db.session() as session:
        session.add(WatchlistEntry(name="Ada Example-Person", kind="person"))
    path = tmp_path / "sources.yaml"
    path.write_text(
        "sources:\n  - name: Search\n"
        f"    url: {server.url('rss20.xml')}?q=%22ada+example-person%22+arrested\n"
        "    allow_private_network: true\n"
    )
    summary = collect_new_reports(ctx, sources_file=path)
    assert summary.failed == 1
    assert server.requests == []
    assert "watchlist name" in (source_health(ctx)[0].last_error or "")


def test_groups_select_their_sources(ctx: RunContext, server: FeedServer, tmp_path: Path) -> None:
    sources = write_sources(tmp_path, server, {"Two NGO": "rss20.xml", "Atom media": "atom10.xml"})
    assert source_groups(ctx, sources) == ["media", "ngo"]
    summary = collect_new_reports(ctx, sources_file=sources, group="ngo")
    assert summary.sources == 1
    assert summary.new_reports == 2
    with pytest.raises(ConfigError, match="no source group 'nope'"):
        collect_new_reports(ctx, sources_file=sources, group="nope")


def test_demo_sources_collect_offline_through_the_snapshot_transport(ctx: RunContext) -> None:
    ctx.feed_transport = SnapshotTransport(DEMO / "feeds")
    first = collect_new_reports(ctx, sources_file=DEMO / "sources.yaml")
    assert first.failed == 0
    assert first.new_reports > 0
    second = collect_new_reports(ctx, sources_file=DEMO / "sources.yaml")
    assert second.not_modified == first.sources
    with ctx.db.session() as session:
        assert session.scalar(select(func.count()).select_from(Source)) == first.sources
