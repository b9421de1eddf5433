"""End to end with `dag.test()`: loopback feed → collect_feeds → classify_reports → alert_on_threats → Slack.

A planted report about a watchlisted (fictional) defender must become exactly one Slack post in
the desk's channel, while a dead feed in another source group does not fail the run; running the
whole chain again must post nothing new. Same on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from hrdwatch.pipeline.context import RunContext
from hrdwatch.pipeline.watchlist import import_officers, import_watchlist
from hrdwatch.settings import Settings
from hrdwatch.storage import Database
from tests.dags import scenario
from tests.dags.conftest import RunDags
from tests.support.feed_server import FeedServer
from tests.support.slack_server import SlackServer

pytestmark = [pytest.mark.airflow, pytest.mark.slow]

CHAIN = ("collect_feeds", "classify_reports", "alert_on_threats")


@pytest.fixture
def slack() -> Iterator[SlackServer]:
    with SlackServer() as server:
        yield server


@pytest.fixture
def feeds() -> Iterator[FeedServer]:
    with FeedServer() as server:
        yield server


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest) -> Database:
    """The hrdwatch store the DAG tasks use: migrated SQLite, or migrated fresh PostgreSQL."""
    database: Database = request.getfixturevalue("db" if request.param == "sqlite" else "pg_db")
    return database


def plant_world(tmp_path: Path, store: Database, feeds: FeedServer, slack: SlackServer) -> dict[str, str]:
    now = datetime.now(UTC)
    feeds.add_file(
        scenario.FEED_NAME, scenario.rss([scenario.quiet_item("q-1", now), scenario.threat_item("t-1", now)])
    )
    # A second group whose only feed is gone (404): it must not fail the run.
    paths = scenario.write_files(
        tmp_path / "world", feeds.url(scenario.FEED_NAME), dead_feed_url=feeds.url("gone.xml")
    )
    env = scenario.hrdwatch_env(
        tmp_path,
        database_url=store.url.render_as_string(hide_password=False),
        sources_file=paths["sources"],
        slack_base_url=slack.base_url,
        slack_token=slack.token,
    )
    ctx = RunContext(settings=Settings.from_env(env), db=store)
    import_watchlist(ctx, paths["watchlist"])
    import_officers(ctx, paths["officers"])
    return env


def test_planted_report_becomes_one_slack_post_and_a_rerun_posts_nothing(
    run_dags: RunDags, tmp_path: Path, store: Database, feeds: FeedServer, slack: SlackServer
) -> None:
    env = plant_world(tmp_path, store, feeds, slack)

    # Both passes in one Airflow process: the second is the re-run that must post nothing new.
    runs = run_dags("run", *CHAIN, *CHAIN, env=env)["runs"]
    first, second = runs[:3], runs[3:]

    assert [run["state"] for run in runs] == ["success"] * 6
    collect, classify, alert = first
    assert collect["tasks"] == {
        "list_source_groups": "success",
        "collect_group[0]": "success",
        "collect_group[1]": "success",
        "announce_new_reports": "success",
    }
    by_group = {summary["group"]: summary for key, summary in collect["xcom"].items() if "[" in key}
    assert by_group["dead"]["failed"] == 1
    assert by_group["planted"]["new_reports"] == 2
    assert classify["xcom"]["classify_new"]["classified"] == 2
    assert alert["xcom"]["send_immediate_alerts"]["sent"] == 1
    # Nothing new was collected, so the reports asset is not announced (the task skips).
    assert second[0]["tasks"]["announce_new_reports"] == "skipped"
    assert second[2]["xcom"]["send_immediate_alerts"]["sent"] == 0
    (post,) = slack.posts
    assert post.channel_name == scenario.DESK_CHANNEL.lstrip("#")
    assert scenario.DEFENDER in post.text


def test_a_failing_task_tells_the_operators_channel_without_the_error_text(
    run_dags: RunDags, tmp_path: Path, slack: SlackServer
) -> None:
    # A database that was never migrated: the task fails with StorageError, whose text names the URL.
    env = scenario.hrdwatch_env(
        tmp_path,
        database_url=f"sqlite:///{tmp_path / 'never-migrated.db'}",
        sources_file=tmp_path / "unused.yaml",
        slack_base_url=slack.base_url,
        slack_token=slack.token,
    )

    (run,) = run_dags("run", "maintain", env=env)["runs"]

    assert run["state"] == "failed"
    (post,) = slack.posts
    assert post.channel_name == scenario.OPERATORS_CHANNEL.lstrip("#")
    assert "maintain.run_maintenance" in post.text
    assert "StorageError" in post.text
    assert "never-migrated" not in post.text
