"""What the Airflow tasks call: logical time, digest day, operators' failure message, stage wrappers."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pendulum
import pytest

from hrdwatch import orchestration
from hrdwatch.errors import StorageError
from hrdwatch.settings import Settings
from hrdwatch.storage import Database, Source
from tests.conftest import FIXED_NOW
from tests.support.alert_rows import add_report
from tests.support.slack_server import SlackServer

# Exception text quoting a (fictional) watchlisted name: it must never reach Slack.
SECRET_TEXT = "Oksana Vetrylenka detained"


@pytest.fixture
def hrdwatch_env(monkeypatch: pytest.MonkeyPatch, settings: Settings, db: Database) -> Settings:
    """The task environment: HRDWATCH_* pointing at the test's migrated SQLite store."""
    for name in ("HRDWATCH_SLACK_TOKEN", "HRDWATCH_SLACK_BASE_URL", "HRDWATCH_OPERATORS_CHANNEL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv(orchestration.FEED_SNAPSHOT_ENV, raising=False)
    monkeypatch.setenv("HRDWATCH_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("HRDWATCH_VAR_DIR", str(settings.var_dir))
    monkeypatch.setenv("HRDWATCH_OUT_DIR", str(settings.out_dir))
    return settings


@pytest.fixture
def slack(monkeypatch: pytest.MonkeyPatch) -> Iterator[SlackServer]:
    with SlackServer() as server:
        monkeypatch.setenv("HRDWATCH_SLACK_TOKEN", server.token)
        monkeypatch.setenv("HRDWATCH_SLACK_BASE_URL", server.base_url)
        monkeypatch.setenv("HRDWATCH_OPERATORS_CHANNEL", "#hrd-ops")
        yield server


def failed_context(exception: BaseException, *, map_index: int = -1) -> dict[str, Any]:
    ti = SimpleNamespace(
        dag_id="collect_feeds",
        task_id="collect_group",
        map_index=map_index,
        run_id="scheduled__2026-11-21T09:00:00+00:00",
        try_number=3,
        task=SimpleNamespace(retries=2),
        log_url="http://localhost:8080/dags/collect_feeds/runs/x/tasks/collect_group",
    )
    return {"ti": ti, "exception": exception, "run_id": ti.run_id}


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        ({"logical_date": FIXED_NOW}, FIXED_NOW),
        ({"logical_date": pendulum.datetime(2026, 11, 21, 12, 0, tz="Europe/Minsk")}, FIXED_NOW),
        ({"logical_date": datetime(2026, 11, 21, 9, 0)}, FIXED_NOW),  # naive: Airflow means UTC
        (
            {"logical_date": None, "dag_run": SimpleNamespace(logical_date=None, run_after=FIXED_NOW)},
            FIXED_NOW,
        ),
        (
            {"dag_run": SimpleNamespace(logical_date=FIXED_NOW, run_after=FIXED_NOW + timedelta(hours=1))},
            FIXED_NOW,
        ),
    ],
)
def test_logical_time_is_the_runs_date_or_for_asset_runs_run_after(
    context: dict[str, Any], expected: datetime
) -> None:
    value = orchestration.logical_time(context)
    assert value == expected
    assert type(value) is datetime
    assert value.tzinfo is UTC


def test_a_context_without_any_date_is_refused() -> None:
    with pytest.raises(ValueError, match="logical_date"):
        orchestration.logical_time({})


@pytest.mark.parametrize(
    ("now", "zones", "day"),
    [
        # Tegucigalpa (UTC-6) has not finished 20 November at 05:05 UTC, so 19 November is digested.
        (
            datetime(2026, 11, 21, 5, 5, tzinfo=UTC),
            ["Europe/Vilnius", "America/Tegucigalpa"],
            date(2026, 11, 19),
        ),
        (
            datetime(2026, 11, 21, 6, 5, tzinfo=UTC),
            ["Europe/Vilnius", "America/Tegucigalpa"],
            date(2026, 11, 20),
        ),
        (datetime(2026, 11, 21, 0, 5, tzinfo=UTC), ["Africa/Nairobi"], date(2026, 11, 20)),
        (datetime(2026, 11, 20, 23, 5, tzinfo=UTC), ["Africa/Nairobi"], date(2026, 11, 20)),
        (datetime(2026, 11, 21, 0, 5, tzinfo=UTC), [], date(2026, 11, 20)),
        (datetime(2026, 11, 21, 0, 5, tzinfo=UTC), ["Not/AZone"], date(2026, 11, 20)),
    ],
)
def test_digest_day_is_the_latest_day_over_in_every_officers_zone(
    now: datetime, zones: list[str], day: date
) -> None:
    assert orchestration.digest_day(now, zones) == day


def test_failure_message_says_where_which_try_what_kind_and_links_the_log() -> None:
    message = orchestration.failure_message(failed_context(StorageError(SECRET_TEXT), map_index=2))

    assert "`collect_feeds.collect_group[2]` failed (try 3 of 3)" in message
    assert "scheduled__2026-11-21T09:00:00+00:00" in message
    assert "StorageError: the hrdwatch database is unreachable" in message
    assert "Log: http://localhost:8080/dags/collect_feeds/runs/x/tasks/collect_group" in message


@pytest.mark.parametrize(
    "exception", [StorageError(SECRET_TEXT), RuntimeError(SECRET_TEXT), KeyError(SECRET_TEXT)]
)
def test_failure_message_never_carries_the_exception_text(exception: BaseException) -> None:
    assert "Vetrylenka" not in orchestration.failure_message(failed_context(exception))


def test_failure_message_for_an_unknown_error_points_to_the_log() -> None:
    message = orchestration.failure_message(failed_context(ZeroDivisionError()))
    assert "ZeroDivisionError: see the task log" in message


def test_failure_callback_posts_once_to_the_operators_channel(
    hrdwatch_env: Settings, slack: SlackServer
) -> None:
    orchestration.notify_operators(failed_context(StorageError(SECRET_TEXT)))

    (post,) = slack.posts
    assert post.channel_name == "hrd-ops"
    assert "collect_feeds.collect_group" in post.text
    assert "Vetrylenka" not in post.text


def test_failure_callback_without_slack_settings_only_logs(
    hrdwatch_env: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    orchestration.notify_operators(failed_context(StorageError("x")))
    assert "HRDWATCH_OPERATORS_CHANNEL is not set" in caplog.text


def test_failure_callback_survives_slack_refusing(
    monkeypatch: pytest.MonkeyPatch, hrdwatch_env: Settings
) -> None:
    with SlackServer(token="xoxb-the-real-one") as server:
        monkeypatch.setenv("HRDWATCH_SLACK_TOKEN", "xoxb-a-revoked-one")
        monkeypatch.setenv("HRDWATCH_SLACK_BASE_URL", server.base_url)
        monkeypatch.setenv("HRDWATCH_OPERATORS_CHANNEL", "#hrd-ops")

        orchestration.notify_operators(failed_context(StorageError("x")))  # must not raise

        assert server.posts == []


def test_task_defaults_retry_and_call_the_operators() -> None:
    assert orchestration.TASK_DEFAULTS["retries"] >= 2
    assert orchestration.TASK_DEFAULTS["on_failure_callback"] is orchestration.notify_operators


def test_stage_runs_at_the_logical_time_and_returns_a_json_able_summary(hrdwatch_env: Settings) -> None:
    summary = orchestration.run_maintenance({"logical_date": FIXED_NOW})

    assert summary["reports_deleted"] == 0
    assert summary["health_report"] == str(hrdwatch_env.out_dir / "feed-health-2026-11-21.json")
    assert all(isinstance(value, int | str) for value in summary.values())


def test_unclassified_reports_counts_what_classify_still_has_to_do(
    hrdwatch_env: Settings, db: Database
) -> None:
    assert orchestration.unclassified_reports({"logical_date": FIXED_NOW}) == 0
    add_report(db, "Already classified", when=FIXED_NOW)  # the helper stores a classification too
    assert orchestration.unclassified_reports({"logical_date": FIXED_NOW}) == 0


def test_a_task_on_an_unmigrated_store_fails_with_one_clear_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HRDWATCH_DATABASE_URL", f"sqlite:///{tmp_path / 'empty.db'}")
    with pytest.raises(StorageError, match="hrdwatch db upgrade"):
        orchestration.raise_alerts({"logical_date": FIXED_NOW})


def test_snapshot_directory_replaces_the_network(
    monkeypatch: pytest.MonkeyPatch, hrdwatch_env: Settings, tmp_path: Path
) -> None:
    (tmp_path / "feeds").mkdir()
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        "sources:\n  - name: Offline Feed\n    url: https://offline.hrdwatch.invalid/feed.xml\n"
        "    kind: feed\n    group: offline\n",
        encoding="utf-8",
    )
    (tmp_path / "feeds" / "feed.xml").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        "<item><title>Parliament debates a new budget</title><link>https://offline.hrdwatch.invalid/1</link>"
        "<description>Routine budget debate.</description></item></channel></rss>",
        encoding="utf-8",
    )
    monkeypatch.setenv("HRDWATCH_SOURCES_FILE", str(sources))
    monkeypatch.setenv(orchestration.FEED_SNAPSHOT_ENV, str(tmp_path / "feeds"))

    assert orchestration.source_groups({"logical_date": FIXED_NOW}) == ["offline"]
    summary = orchestration.collect_group("offline", {"logical_date": FIXED_NOW})

    assert summary["new_reports"] == 1
    assert orchestration.unclassified_reports({"logical_date": FIXED_NOW}) == 1


def add_failing_source(db: Database, name: str = "Dead Feed") -> None:
    with db.session() as session:
        session.add(
            Source(
                name=name,
                url="https://dead.example.org/feed",
                consecutive_failures=5,
                last_attempt_at=FIXED_NOW,
                last_error="connection refused",
            )
        )


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        ({"sources_failing": 0, "sources_stale": 0, "deliveries_failed": 0}, None),
        (
            {"sources_failing": 1, "failing": "Dead Feed", "sources_stale": 0, "deliveries_failed": 0},
            "1 failing source(s): Dead Feed",
        ),
        (
            {"sources_failing": 0, "sources_stale": 2, "stale": "A, B", "deliveries_failed": 0},
            "2 stale source(s): A, B",
        ),
        ({"sources_failing": 0, "sources_stale": 0, "deliveries_failed": 3}, "3 failed delivery(ies)"),
        (
            {"sources_failing": 12, "failing": ", ".join(f"S{i}" for i in range(12)), "deliveries_failed": 0},
            "S9 and 2 more",
        ),
    ],
)
def test_health_notice_speaks_only_when_something_is_wrong(
    summary: dict[str, int | str], expected: str | None
) -> None:
    notice = orchestration.health_notice(summary, day=FIXED_NOW.date())
    if expected is None:
        assert notice is None
    else:
        assert notice is not None
        assert expected in notice


def test_maintenance_tells_the_operators_about_a_dead_feed_once_a_day(
    hrdwatch_env: Settings, db: Database, slack: SlackServer
) -> None:
    add_failing_source(db)

    orchestration.run_maintenance({"logical_date": FIXED_NOW})
    orchestration.run_maintenance({"logical_date": FIXED_NOW + timedelta(hours=1)})  # a re-run, same day

    (post,) = slack.posts
    assert post.channel_name == "hrd-ops"
    assert "1 failing source(s): Dead Feed" in post.text

    orchestration.run_maintenance({"logical_date": FIXED_NOW + timedelta(days=1)})
    assert len(slack.posts) == 2


def test_a_notice_slack_refused_is_retried_by_the_next_run(
    monkeypatch: pytest.MonkeyPatch, hrdwatch_env: Settings, db: Database, slack: SlackServer
) -> None:
    add_failing_source(db)
    monkeypatch.setenv("HRDWATCH_SLACK_TOKEN", "xoxb-a-revoked-one")
    orchestration.run_maintenance({"logical_date": FIXED_NOW})
    assert slack.posts == []

    monkeypatch.setenv("HRDWATCH_SLACK_TOKEN", slack.token)
    orchestration.run_maintenance({"logical_date": FIXED_NOW})

    assert len(slack.posts) == 1
