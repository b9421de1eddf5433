"""What the Airflow tasks call: one pipeline stage per function, run at the DAG run's logical time.

Each function takes the task's Airflow context (a mapping), builds a RunContext from the
environment (`Settings.from_env()`), calls one stage and returns the stage summary's `as_dict()`,
which Airflow keeps as the task's XCom. Importing this module is cheap: DAG files import it at
parse time for `TASK_DEFAULTS`, so everything heavy is imported inside the functions.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hrdwatch.pipeline.context import RunContext
    from hrdwatch.settings import Settings

__all__ = [
    "FEED_SNAPSHOT_ENV",
    "TASK_DEFAULTS",
    "announce_unclassified_reports",
    "classify_pending_reports",
    "collect_group",
    "digest_day",
    "failure_message",
    "health_notice",
    "logical_time",
    "notify_operators",
    "post_to_operators",
    "raise_alerts",
    "run_maintenance",
    "send_daily_digests",
    "send_immediate_alerts",
    "source_groups",
    "tell_operators_once",
    "unclassified_reports",
]

log = logging.getLogger(__name__)

Summary = dict[str, int | str]

# Serve feeds from this directory instead of the network (the demo and `make airflow --demo`).
FEED_SNAPSHOT_ENV = "HRDWATCH_FEED_SNAPSHOT_DIR"

# What the operators' Slack message says a failure usually means. The exception text itself stays in
# the Airflow log: it may quote report text or a watchlist name, and Slack is a third party.
ERROR_HINTS: dict[str, str] = {
    "StorageError": "the hrdwatch database is unreachable or not migrated (run `hrdwatch db upgrade`)",
    "OperationalError": "the hrdwatch database refused a query or connection",
    "ConfigError": "an HRDWATCH_* setting or a configuration file is invalid",
    "SourceConfigError": "the sources file has an invalid entry (`hrdwatch sources check FILE`)",
    "FetchError": "a source could not be fetched",
    "ParseError": "a fetched feed could not be parsed",
    "PatternFileError": "a classifier pattern file is invalid (`hrdwatch patterns check`)",
    "ModelError": "the trained classifier model is missing or of another version",
    "WatchlistError": "the watchlist or officers data is invalid",
    "DeliveryError": "Slack or e-mail refused or could not be reached; undelivered alerts are retried",
    "SlackApiError": "Slack refused a message (token, channel or rate limit)",
    "AirflowTaskTimeout": "the task ran longer than its execution_timeout",
}


def notify_operators(context: Mapping[str, Any]) -> None:
    """Failure callback: post which task failed, and where its log is, to the operators' channel."""
    message = failure_message(context)
    log.error("%s", message)
    try:
        from hrdwatch.settings import Settings

        settings = Settings.from_env()
    except Exception:
        log.exception("cannot read hrdwatch settings; the failure is only in Airflow")
        return
    if not settings.slack_token or not settings.operators_channel:
        log.warning(
            "HRDWATCH_SLACK_TOKEN or HRDWATCH_OPERATORS_CHANNEL is not set; the failure is only in Airflow"
        )
        return
    try:
        post_to_operators(settings, message)
    except Exception:
        # A callback that raises hides the original failure; the message is in the log above.
        log.exception("could not post the failure to %s", settings.operators_channel)


def post_to_operators(settings: Settings, text: str) -> str:
    """Post `text` to the operators' channel; returns the message's Slack timestamp."""
    from alerts.slack import make_client

    client = make_client(settings.slack_token or "", settings.slack_base_url)
    response = client.chat_postMessage(
        channel=settings.operators_channel, text=text, unfurl_links=False, unfurl_media=False
    )
    return str(response.get("ts") or "")


# Every task gets these; DAG files pass them as default_args.
TASK_DEFAULTS: dict[str, Any] = {
    "owner": "hrdwatch",
    "retries": 2,
    "retry_delay": timedelta(minutes=2),
    "on_failure_callback": notify_operators,
}


def failure_message(context: Mapping[str, Any]) -> str:
    """The operators' Slack text for a failed task: where, which try, what kind of error, the log link."""
    ti = context.get("ti") or context.get("task_instance")
    dag_id = getattr(ti, "dag_id", None) or context.get("dag_id") or "?"
    task_id = getattr(ti, "task_id", None) or "?"
    map_index = getattr(ti, "map_index", -1)
    where = f"{dag_id}.{task_id}" + (
        f"[{map_index}]" if isinstance(map_index, int) and map_index >= 0 else ""
    )
    run_id = context.get("run_id") or getattr(ti, "run_id", None) or "?"
    try_number = getattr(ti, "try_number", None)
    task = context.get("task") or getattr(ti, "task", None)
    retries = getattr(task, "retries", None)
    tries = f" (try {try_number} of {retries + 1})" if try_number and isinstance(retries, int) else ""
    exception = context.get("exception")
    kind = type(exception).__name__ if isinstance(exception, BaseException) else "unknown error"
    hint = ERROR_HINTS.get(kind, "see the task log")
    lines = [
        f":rotating_light: hrdwatch task `{where}` failed{tries}, run `{run_id}`",
        f"{kind}: {hint}",
    ]
    log_url = getattr(ti, "log_url", None)
    if isinstance(log_url, str) and log_url:
        lines.append(f"Log: {log_url}")
    return "\n".join(lines)


def logical_time(context: Mapping[str, Any]) -> datetime:
    """The run's logical date; asset-triggered and manual runs have none, so their run_after instead."""
    value = context.get("logical_date")
    if value is None:
        dag_run = context.get("dag_run")
        value = getattr(dag_run, "logical_date", None) or getattr(dag_run, "run_after", None)
    if value is None:
        raise ValueError("the Airflow context has neither a logical_date nor a dag_run.run_after")
    if not isinstance(value, datetime):
        raise TypeError(f"logical_date is a {type(value).__name__}, not a datetime")
    # Pendulum's DateTime is a datetime subclass; the stages get a plain UTC datetime.
    utc = value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime(
        utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second, utc.microsecond, tzinfo=UTC
    )


@contextmanager
def run_context(context: Mapping[str, Any]) -> Iterator[RunContext]:
    """A RunContext from the environment at the run's logical time; its engine is closed afterwards."""
    from hrdwatch.pipeline.context import RunContext
    from hrdwatch.settings import Settings

    ctx = RunContext.from_settings(
        Settings.from_env(),
        now=logical_time(context),
        feed_transport=_feed_transport(),
        progress=_log_progress,
    )
    try:
        ctx.db.require_schema()
        yield ctx
    finally:
        ctx.db.dispose()


def source_groups(context: Mapping[str, Any]) -> list[str]:
    """The source groups collect_feeds maps over (one task each)."""
    from hrdwatch.pipeline.collect import source_groups as groups_of

    with run_context(context) as ctx:
        return groups_of(ctx, ctx.settings.sources_file)


def collect_group(group: str, context: Mapping[str, Any]) -> Summary:
    """Collect one source group's feeds into Report rows."""
    from hrdwatch.pipeline.collect import collect_new_reports

    with run_context(context) as ctx:
        return _summary(collect_new_reports(ctx, sources_file=ctx.settings.sources_file, group=group))


def unclassified_reports(context: Mapping[str, Any]) -> int:
    """How many stored reports still wait for a classification."""
    from sqlalchemy import func, select

    from hrdwatch.storage import Classification, Report

    with run_context(context) as ctx, ctx.db.session() as session:
        pending = (
            select(func.count())
            .select_from(Report)
            .outerjoin(Classification, Classification.report_id == Report.id)
            .where(Classification.id.is_(None))
        )
        return int(session.scalar(pending) or 0)


def announce_unclassified_reports(context: Mapping[str, Any]) -> Summary:
    """Let the `reports` asset fire only when there is work: skip the task when nothing is pending."""
    pending = unclassified_reports(context)
    if not pending:
        from airflow.sdk.exceptions import AirflowSkipException

        raise AirflowSkipException("no unclassified reports; classify_reports is not triggered")
    return {"unclassified": pending}


def classify_pending_reports(context: Mapping[str, Any]) -> Summary:
    """Classify every report that has no classification yet."""
    from hrdwatch.pipeline.classify import classify_new_reports

    return _run_stage(context, classify_new_reports)


def raise_alerts(context: Mapping[str, Any]) -> Summary:
    """Match the watchlist, route, cluster incidents and store prioritised alerts."""
    from hrdwatch.pipeline.alert import raise_alerts as raise_stage

    return _run_stage(context, raise_stage)


def send_immediate_alerts(context: Mapping[str, Any]) -> Summary:
    """Send priority-1 alerts that have not been delivered yet."""
    from hrdwatch.pipeline.deliver import send_immediate_alerts as send_stage

    return _run_stage(context, send_stage)


def send_daily_digests(context: Mapping[str, Any]) -> Summary:
    """Write and send the digests of the last local day that has ended for every officer."""
    from sqlalchemy import select

    from hrdwatch.pipeline.deliver import send_daily_digests as digest_stage
    from hrdwatch.storage import Officer

    def stage(ctx: RunContext) -> Any:
        with ctx.db.session() as session:
            zones = list(session.scalars(select(Officer.timezone).distinct()))
        return digest_stage(ctx, day=digest_day(ctx.now, zones))

    return _run_stage(context, stage)


def digest_day(now: datetime, zones: Iterable[str]) -> date:
    """The latest day that is over in every officer's time zone at `now`.

    The delivery stage sends each digest once (ledger) and windows it on the officer's own local
    day; a day still running somewhere must not be digested there, or that officer gets a partial
    digest and never the full one. With officers from UTC+3 to UTC-6, day D goes out at 06:00 UTC
    on D+1: just after midnight for the westernmost desk, in the morning for the others.
    """
    local_dates = [now.astimezone(_zone(name)).date() for name in zones] or [now.astimezone(UTC).date()]
    return min(local_dates) - timedelta(days=1)


def run_maintenance(context: Mapping[str, Any]) -> Summary:
    """Retention, feed health and stale sources; operators hear of failing or stale sources once a day.

    A dead feed never fails a task, so without this notice nobody would be told it died.
    """
    from hrdwatch.pipeline.maintain import MaintenancePolicy, maintain

    policy = MaintenancePolicy.from_env()

    def stage(ctx: RunContext) -> Any:
        summary = maintain(ctx, policy=policy)
        notice = health_notice(summary.as_dict(), day=ctx.now.date())
        if notice:
            tell_operators_once(ctx, f"feed-health:{ctx.now:%Y-%m-%d}", notice)
        return summary

    return _run_stage(context, stage)


def health_notice(summary: Mapping[str, int | str], *, day: date, max_names: int = 10) -> str | None:
    """The operators' daily feed-health text, or None when every source and delivery is fine."""
    failing = int(summary.get("sources_failing", 0))
    stale = int(summary.get("sources_stale", 0))
    deliveries = int(summary.get("deliveries_failed", 0))
    if not (failing or stale or deliveries):
        return None
    lines = [f":warning: hrdwatch feed health {day.isoformat()}"]
    if failing:
        lines.append(f"{failing} failing source(s): {_names(str(summary.get('failing', '')), max_names)}")
    if stale:
        lines.append(f"{stale} stale source(s): {_names(str(summary.get('stale', '')), max_names)}")
    if deliveries:
        lines.append(f"{deliveries} failed delivery(ies): `hrdwatch deliveries --status failed`")
    lines.append(
        f"Details: `hrdwatch sources health`, {summary.get('health_report', 'the feed-health report')}"
    )
    return "\n".join(lines)


def tell_operators_once(ctx: RunContext, subject: str, text: str) -> bool:
    """Post a notice to the operators' channel at most once per subject (the delivery ledger's row).

    A re-run or retry of the same day finds the row and posts nothing; only a failed post is tried
    again. Returns whether a message was posted.
    """
    from sqlalchemy import select
    from sqlalchemy.exc import IntegrityError

    from hrdwatch.storage import Delivery

    settings = ctx.settings
    if not settings.slack_token or not settings.operators_channel:
        ctx.progress("operators' notice not sent: HRDWATCH_SLACK_TOKEN or HRDWATCH_OPERATORS_CHANNEL unset")
        return False
    destination = f"slack:{settings.operators_channel}"
    try:
        with ctx.db.session() as session:
            row = session.scalar(
                select(Delivery).where(Delivery.subject == subject, Delivery.destination == destination)
            )
            if row is not None and row.status != "failed":
                return False
            if row is None:
                row = Delivery(subject=subject, destination=destination)
                session.add(row)
            row.status = "sending"
            row.attempts = (row.attempts or 0) + 1
            session.flush()
            delivery_id = row.id
    except IntegrityError:
        return False  # a concurrent run claimed it first
    status, error, ts = "sent", None, None
    try:
        ts = post_to_operators(settings, text)
    except Exception as exc:
        status, error = "failed", f"{type(exc).__name__}: {exc}"[:500]
    with ctx.db.session() as session:
        row = session.get(Delivery, delivery_id)
        if row is not None:
            row.status, row.last_error, row.external_id = status, error, ts
            row.sent_at = ctx.now if status == "sent" else None
    ctx.progress(f"operators' notice {subject}: {status}")
    return status == "sent"


def _run_stage(context: Mapping[str, Any], stage: Callable[[RunContext], Any]) -> Summary:
    """Run one stage at the run's logical time; its summary becomes the task's XCom."""
    with run_context(context) as ctx:
        return _summary(stage(ctx))


def _summary(summary: Any) -> Summary:
    """The stage summary as a small JSON-able dict (Airflow stores it as the task's XCom)."""
    return {str(key): value for key, value in summary.as_dict().items()}


def _names(joined: str, limit: int) -> str:
    names = [name for name in joined.split(", ") if name]
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


def _zone(name: str) -> tzinfo:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC  # the delivery stage falls back to UTC for an unknown zone as well


def _feed_transport() -> Any | None:
    directory = os.environ.get(FEED_SNAPSHOT_ENV)
    if not directory:
        return None
    from extractors.snapshot import SnapshotTransport

    return SnapshotTransport(Path(directory))


def _log_progress(message: str) -> None:
    log.info("%s", message)
