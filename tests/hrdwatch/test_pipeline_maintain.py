"""maintain: retention keeps evidence, sources are classed by health, the report is rewritten per day."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from hrdwatch.errors import ConfigError
from hrdwatch.pipeline.context import RunContext
from hrdwatch.pipeline.maintain import MaintenancePolicy, maintain
from hrdwatch.storage import Classification, Database, Delivery, Report, Source
from tests.conftest import FIXED_NOW
from tests.support.alert_rows import add_officer, add_report, p1_alert

POLICY = MaintenancePolicy(retention_days=30, failing_after=3, stale_after_days=7)


def report_titles(db: Database) -> set[str]:
    with db.session() as session:
        return set(session.scalars(select(Report.title)))


def add_source(
    db: Database,
    name: str,
    *,
    failures: int = 0,
    attempted: datetime | None = FIXED_NOW,
    enabled: bool = True,
    created: datetime = FIXED_NOW - timedelta(days=60),
    error: str | None = None,
) -> None:
    with db.session() as session:
        session.add(
            Source(
                name=name,
                url=f"https://{name.lower().replace(' ', '-')}.example.org/feed",
                enabled=enabled,
                consecutive_failures=failures,
                last_attempt_at=attempted,
                last_success_at=attempted if not failures else None,
                last_error=error,
                created_at=created,
            )
        )


def test_reports_past_retention_are_deleted_with_their_classification(ctx: RunContext) -> None:
    add_report(ctx.db, "Old quiet story", when=FIXED_NOW - timedelta(days=31))
    add_report(ctx.db, "Recent story", when=FIXED_NOW - timedelta(days=29))

    summary = maintain(ctx, policy=POLICY)

    assert summary.reports_deleted == 1
    assert report_titles(ctx.db) == {"Recent story"}
    with ctx.db.session() as session:
        assert session.scalar(select(func.count()).select_from(Classification)) == 1


def test_an_old_report_behind_an_alert_is_kept_as_evidence(ctx: RunContext) -> None:
    officer = add_officer(ctx.db)
    p1_alert(ctx.db, [officer], when=FIXED_NOW - timedelta(days=90), title="Old detention of a defender")

    assert maintain(ctx, policy=POLICY).reports_deleted == 0
    assert report_titles(ctx.db) == {"Old detention of a defender"}


def test_running_maintenance_twice_for_the_same_day_changes_nothing_more(ctx: RunContext) -> None:
    add_report(ctx.db, "Old quiet story", when=FIXED_NOW - timedelta(days=31))
    first = maintain(ctx, policy=POLICY)
    second = maintain(ctx, policy=POLICY)

    assert (first.reports_deleted, second.reports_deleted) == (1, 0)
    assert first.health_report == second.health_report


@pytest.mark.parametrize(
    ("source", "last_report_days_ago", "status"),
    [
        ({"failures": 3, "error": "HTTP 503"}, 1, "failing"),
        ({"failures": 2}, 1, "ok"),
        ({}, 8, "stale"),
        ({}, None, "stale"),  # answers, but never brought a report in 60 days
        ({"created": FIXED_NOW - timedelta(days=2)}, None, "ok"),  # too new to call stale
        ({"attempted": None}, None, "unchecked"),
        ({"enabled": False, "failures": 9}, None, "disabled"),
        ({}, 6, "ok"),
    ],
)
def test_source_health_status(
    ctx: RunContext, source: dict[str, object], last_report_days_ago: int | None, status: str
) -> None:
    add_source(ctx.db, "Checked Source", **source)  # type: ignore[arg-type]
    if last_report_days_ago is not None:
        add_report(
            ctx.db, "A story", when=FIXED_NOW - timedelta(days=last_report_days_ago), source="Checked Source"
        )

    maintain(ctx, policy=POLICY)

    document = json.loads((ctx.settings.out_dir / "feed-health-2026-11-21.json").read_text("utf-8"))
    (entry,) = document["sources"]
    assert entry["status"] == status


def test_summary_names_failing_and_stale_sources_and_counts_failed_deliveries(ctx: RunContext) -> None:
    add_source(ctx.db, "Dead Feed", failures=5, error="connection refused")
    add_source(ctx.db, "Quiet Feed")
    add_source(ctx.db, "Busy Feed")
    add_report(ctx.db, "Fresh story", when=FIXED_NOW - timedelta(hours=2), source="Busy Feed")
    with ctx.db.session() as session:
        session.add(Delivery(subject="alert:1", destination="slack:#x", status="failed", last_error="boom"))
    lines: list[str] = []
    ctx.progress = lines.append

    summary = maintain(ctx, policy=POLICY).as_dict()

    assert summary["sources_failing"] == 1
    assert summary["failing"] == "Dead Feed"
    assert summary["sources_stale"] == 1
    assert summary["stale"] == "Quiet Feed"
    assert summary["sources_ok"] == 1
    assert summary["deliveries_failed"] == 1
    assert any("Dead Feed" in line and "connection refused" in line for line in lines)


def test_health_report_lists_failing_sources_first_and_truncates_long_errors(ctx: RunContext) -> None:
    add_source(ctx.db, "A Healthy Feed")
    add_report(ctx.db, "Fresh story", when=FIXED_NOW, source="A Healthy Feed")
    add_source(ctx.db, "Z Broken Feed", failures=4, error="<html>" + "x" * 5000)

    maintain(ctx, policy=POLICY)

    document = json.loads((ctx.settings.out_dir / "feed-health-2026-11-21.json").read_text("utf-8"))
    assert [s["name"] for s in document["sources"]] == ["Z Broken Feed", "A Healthy Feed"]
    assert len(document["sources"][0]["last_error"]) == 300
    assert document["policy"] == {"retention_days": 30, "failing_after": 3, "stale_after_days": 7}


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, MaintenancePolicy()),
        ({"HRDWATCH_RETENTION_DAYS": "90"}, MaintenancePolicy(retention_days=90)),
        ({"HRDWATCH_STALE_SOURCE_DAYS": "3"}, MaintenancePolicy(stale_after_days=3)),
        ({"HRDWATCH_FAILING_SOURCE_AFTER": "5"}, MaintenancePolicy(failing_after=5)),
    ],
)
def test_policy_from_environment(environ: dict[str, str], expected: MaintenancePolicy) -> None:
    assert MaintenancePolicy.from_env(environ) == expected


@pytest.mark.parametrize("raw", ["soon", "0", "-3"])
def test_bad_retention_setting_is_one_clear_error_naming_the_variable(raw: str) -> None:
    with pytest.raises(ConfigError, match="HRDWATCH_RETENTION_DAYS"):
        MaintenancePolicy.from_env({"HRDWATCH_RETENTION_DAYS": raw})


def test_maintenance_works_on_postgresql_too(any_db: Database, ctx: RunContext) -> None:
    pg_ctx = RunContext(settings=ctx.settings, db=any_db, now=FIXED_NOW)
    add_report(any_db, "Old quiet story", when=FIXED_NOW - timedelta(days=31))
    add_source(any_db, "Quiet Feed")

    summary = maintain(pg_ctx, policy=POLICY)

    assert summary.reports_deleted == 1
    assert summary.stale == "Quiet Feed"
