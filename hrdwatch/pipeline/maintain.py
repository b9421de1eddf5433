"""Housekeeping: retention of old reports, a feed-health report and stale-source detection.

Everything is measured against the run's logical time (`ctx.now`), so a re-run or backfill of the
same day deletes and reports the same things.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, exists, func, select

from hrdwatch.errors import ConfigError
from hrdwatch.pipeline.collect import FAILURE_THRESHOLD
from hrdwatch.pipeline.context import RunContext
from hrdwatch.storage import Alert, Delivery, Report, Source

__all__ = ["MaintainSummary", "MaintenancePolicy", "SourceHealth", "maintain"]

# How much of a source's last error goes into the health report (errors can carry whole HTML pages).
MAX_ERROR_CHARS = 300


@dataclass(frozen=True)
class MaintenancePolicy:
    """How long reports are kept and when a source counts as failing or stale."""

    # Reports older than this (by fetch time) are deleted unless an alert refers to them.
    retention_days: int = 180
    # A source is failing after this many fetches in a row went wrong (the collector's own threshold).
    failing_after: int = FAILURE_THRESHOLD
    # A source is stale when it has not brought a new report for this many days.
    stale_after_days: int = 14

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> MaintenancePolicy:
        env = os.environ if environ is None else environ
        return cls(
            retention_days=_positive(env, "HRDWATCH_RETENTION_DAYS", cls.retention_days),
            failing_after=_positive(env, "HRDWATCH_FAILING_SOURCE_AFTER", cls.failing_after),
            stale_after_days=_positive(env, "HRDWATCH_STALE_SOURCE_DAYS", cls.stale_after_days),
        )


@dataclass(frozen=True)
class SourceHealth:
    """One line of the feed-health report."""

    name: str
    group: str
    status: str  # ok | failing | stale | unchecked | disabled
    consecutive_failures: int
    last_success_at: str | None
    last_report_at: str | None
    last_status: int | None
    last_error: str | None


@dataclass(frozen=True)
class MaintainSummary:
    reports_deleted: int
    sources_ok: int
    sources_failing: int
    sources_stale: int
    deliveries_failed: int
    failing: str
    stale: str
    health_report: str

    def as_dict(self) -> dict[str, int | str]:
        return asdict(self)


def maintain(ctx: RunContext, *, policy: MaintenancePolicy | None = None) -> MaintainSummary:
    """Delete expired reports, classify every source's health and write the feed-health report."""
    policy = policy or MaintenancePolicy()
    deleted = delete_expired_reports(ctx, retention_days=policy.retention_days)
    health = source_health(ctx, policy)
    with ctx.db.session() as session:
        deliveries_failed = (
            session.scalar(select(func.count()).select_from(Delivery).where(Delivery.status == "failed")) or 0
        )
    report_path = write_health_report(ctx, health, deliveries_failed=deliveries_failed, policy=policy)
    failing = [h for h in health if h.status == "failing"]
    stale = [h for h in health if h.status == "stale"]
    for entry in failing:
        ctx.progress(
            f"source failing: {entry.name} ({entry.consecutive_failures} failures in a row): {entry.last_error}"
        )
    for entry in stale:
        ctx.progress(f"source stale: {entry.name} (last new report {entry.last_report_at or 'never'})")
    if deliveries_failed:
        ctx.progress(f"{deliveries_failed} deliveries failed; see the deliveries table")
    ctx.progress(f"feed-health report written to {report_path}")
    return MaintainSummary(
        reports_deleted=deleted,
        sources_ok=sum(1 for h in health if h.status == "ok"),
        sources_failing=len(failing),
        sources_stale=len(stale),
        deliveries_failed=deliveries_failed,
        failing=", ".join(h.name for h in failing),
        stale=", ".join(h.name for h in stale),
        health_report=str(report_path),
    )


def delete_expired_reports(ctx: RunContext, *, retention_days: int) -> int:
    """Delete reports fetched before the retention window; reports behind an alert stay as evidence."""
    cutoff = ctx.now - timedelta(days=retention_days)
    alerted = exists(select(Alert.id).where(Alert.report_id == Report.id))
    with ctx.db.session() as session:
        expired = list(session.scalars(select(Report.id).where(Report.fetched_at < cutoff, ~alerted)))
        # Classifications go with their report (ON DELETE CASCADE in the schema).
        for start in range(0, len(expired), 500):
            session.execute(
                delete(Report).where(Report.id.in_(expired[start : start + 500])),
                execution_options={"synchronize_session": False},
            )
    return len(expired)


def source_health(ctx: RunContext, policy: MaintenancePolicy) -> list[SourceHealth]:
    """Every source's health at the logical time, failing ones first, then stale, then by name."""
    stale_before = ctx.now - timedelta(days=policy.stale_after_days)
    with ctx.db.session() as session:
        last_report = {
            source_id: fetched_at
            for source_id, fetched_at in session.execute(
                select(Report.source_id, func.max(Report.fetched_at))
                .where(Report.source_id.is_not(None))
                .group_by(Report.source_id)
            ).tuples()
        }
        sources = list(session.scalars(select(Source)))
        health = [_health(source, last_report.get(source.id), stale_before, policy) for source in sources]
    order = {"failing": 0, "stale": 1, "unchecked": 2, "ok": 3, "disabled": 4}
    return sorted(health, key=lambda h: (order[h.status], h.name))


def write_health_report(
    ctx: RunContext, health: list[SourceHealth], *, deliveries_failed: int, policy: MaintenancePolicy
) -> Path:
    """`out_dir/feed-health-<date>.json`: rewritten whole, so a re-run of the same day replaces it."""
    out_dir = ctx.settings.out_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"feed-health-{ctx.now:%Y-%m-%d}.json"
    document: dict[str, Any] = {
        "generated_for": ctx.now.isoformat(),
        "policy": asdict(policy),
        "deliveries_failed": deliveries_failed,
        "sources": [asdict(h) for h in health],
    }
    partial = path.with_suffix(".json.partial")
    partial.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    partial.replace(path)
    return path


def _health(
    source: Source, last_report_at: datetime | None, stale_before: datetime, policy: MaintenancePolicy
) -> SourceHealth:
    last_report_at = _aware(last_report_at) if last_report_at else None
    if not source.enabled:
        status = "disabled"
    elif source.consecutive_failures >= policy.failing_after:
        status = "failing"
    elif source.last_attempt_at is None:
        status = "unchecked"
    elif _aware(last_report_at or source.created_at) < stale_before:
        # A source that answers but has published nothing new for weeks has likely moved or died.
        status = "stale"
    else:
        status = "ok"
    return SourceHealth(
        name=source.name,
        group=source.group_name,
        status=status,
        consecutive_failures=source.consecutive_failures,
        last_success_at=_iso(source.last_success_at),
        last_report_at=_iso(last_report_at),
        last_status=source.last_status,
        last_error=(source.last_error or "")[:MAX_ERROR_CHARS] or None,
    )


def _aware(value: datetime) -> datetime:
    # Aggregates (max) bypass the column type, so SQLite hands back naive UTC datetimes.
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _positive(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name}={raw!r} is not a whole number of days") from None
    if value < 1:
        raise ConfigError(f"{name}={raw!r} must be at least 1")
    return value
