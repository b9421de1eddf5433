"""Delivery commands: send pending alerts, write digests, show open deliveries, record feedback."""

from __future__ import annotations

import json
from datetime import date

import typer

from hrdwatch.cli.app import app, make_context
from hrdwatch.errors import HrdwatchError


@app.command("alert")
def alert_command() -> None:
    """Send pending priority-1 alerts (Slack when HRDWATCH_SLACK_TOKEN is set, else out/alerts-*.md)."""
    from hrdwatch.pipeline.deliver import send_immediate_alerts

    _finish(send_immediate_alerts(make_context()).as_dict())


@app.command("digest")
def digest_command(
    day: str | None = typer.Option(
        None, "--day", help="Day as YYYY-MM-DD (default: today in each officer's time zone)."
    ),
) -> None:
    """Write each officer's daily digest (HTML + Markdown) and send it by e-mail/Slack when configured."""
    from hrdwatch.pipeline.deliver import send_daily_digests

    the_day = _parse_day(day) if day else None
    _finish(send_daily_digests(make_context(), day=the_day).as_dict())


@app.command("deliveries")
def deliveries_command(
    status: str | None = typer.Option(
        None, "--status", help="Only this status: pending, sending or failed (default: all three)."
    ),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per line."),
) -> None:
    """List deliveries that are not done yet: pending, interrupted (sending) and failed."""
    from alerts.delivery import OPEN_STATUSES
    from hrdwatch.pipeline.deliver import list_deliveries

    if status is not None and status not in OPEN_STATUSES:
        raise typer.BadParameter(
            f"{status!r} is not one of {', '.join(OPEN_STATUSES)}", param_hint="--status"
        )
    rows = list_deliveries(make_context(), status=status)
    if as_json:
        for row in rows:
            typer.echo(json.dumps(row))
        return
    if not rows:
        typer.echo("no open deliveries")
        return
    for row in rows:
        error = f"  {row['last_error']}" if row["last_error"] else ""
        typer.echo(
            f"{row['id']:>6}  {row['status']:<8} attempts={row['attempts']}  {row['subject']} → "
            f"{row['destination']}  ({row['updated_at']}){error}"
        )


@app.command("feedback")
def feedback_command(
    alert_id: int = typer.Argument(..., help="The alert's id (shown in every alert and digest)."),
    label: str = typer.Option(..., "--label", help="acknowledged, false_positive or correct."),
    note: str = typer.Option("", "--note", help="Free text for analysts."),
    author: str | None = typer.Option(None, "--author", help="Who gives the feedback."),
) -> None:
    """Mark an alert acknowledged, a false positive, or correct; stored for analysts."""
    from hrdwatch.pipeline.deliver import record_feedback

    feedback_id = record_feedback(make_context(), alert_id, label, note=note, author=author)
    typer.echo(f"feedback {feedback_id} recorded on alert {alert_id}")


def _finish(summary: dict[str, int | str]) -> None:
    """Print the summary as JSON; fail when some delivery failed (it stays queued for the next run)."""
    typer.echo(json.dumps(summary))
    if summary.get("failed"):
        raise HrdwatchError(
            f"{summary['failed']} delivery(ies) failed and will be retried; see `hrdwatch deliveries --status failed`"
        )


def _parse_day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date like 2026-11-21", param_hint="--day") from None
