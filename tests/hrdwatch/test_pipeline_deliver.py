"""Delivery stage against a real loopback Slack server: exactly once, threads, retries, crashes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from hrdwatch.pipeline.context import RunContext
from hrdwatch.pipeline.deliver import send_daily_digests, send_immediate_alerts
from hrdwatch.settings import Settings
from hrdwatch.storage import Database, Delivery
from tests.conftest import FIXED_NOW
from tests.support.alert_rows import add_alert, add_officer, add_report, add_to_incident, p1_alert
from tests.support.slack_server import SlackServer

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def slack() -> Iterator[SlackServer]:
    with SlackServer() as server:
        yield server


@pytest.fixture
def slack_ctx(ctx: RunContext, slack: SlackServer) -> RunContext:
    settings = replace(ctx.settings, slack_token=slack.token, slack_base_url=slack.base_url)
    return replace(ctx, settings=settings)


def deliveries(db: Database) -> list[Delivery]:
    with db.session() as session:
        return list(session.scalars(select(Delivery).order_by(Delivery.id)))


def test_priority_1_alert_is_posted_once_and_a_second_run_posts_nothing(
    any_db: Database, settings: Settings
) -> None:
    with SlackServer() as slack:
        ctx = RunContext(
            settings=replace(settings, slack_token=slack.token, slack_base_url=slack.base_url),
            db=any_db,
            now=FIXED_NOW,
        )
        officer = add_officer(any_db)
        p1_alert(any_db, [officer], when=FIXED_NOW)

        first = send_immediate_alerts(ctx)
        second = send_immediate_alerts(ctx)

        assert (first.sent, first.failed, second.sent) == (1, 0, 0)
        assert len(slack.posts) == 1
        post = slack.posts[0]
        assert post.channel_name == "hrd-eastern-europe"
        assert post.delivery_key is not None
        [row] = deliveries(any_db)
        assert (row.status, row.external_id, row.attempts) == ("sent", post.ts, 1)


def test_alert_blocks_carry_headline_evidence_sources_timeline_and_reasons(
    slack_ctx: RunContext, slack: SlackServer
) -> None:
    officer = add_officer(slack_ctx.db)
    p1_alert(slack_ctx.db, [officer], when=FIXED_NOW)
    send_immediate_alerts(slack_ctx)
    text = "\n".join(
        str(b.get("text", {}).get("text", "")) + " ".join(e.get("text", "") for e in b.get("elements", []))
        for b in slack.posts[0].blocks
    )
    for expected in (
        "Defender detained in Minsk",
        "Arrest / detention",
        "Aliaksandra Testava",
        "BY",
        "Police detained the lawyer",
        "Defenders Wire",
        "*Timeline*",
        "named on the watchlist",
    ):
        assert expected in text


def test_priority_2_alerts_wait_for_the_digest(slack_ctx: RunContext, slack: SlackServer) -> None:
    officer = add_officer(slack_ctx.db)
    p1_alert(slack_ctx.db, [officer], when=FIXED_NOW, priority=2)
    assert send_immediate_alerts(slack_ctx).sent == 0
    assert slack.posts == []


def test_muted_incident_is_not_delivered(slack_ctx: RunContext, slack: SlackServer) -> None:
    from tests.support.alert_rows import add_incident

    officer = add_officer(slack_ctx.db)
    report = add_report(slack_ctx.db, "Defender detained", when=FIXED_NOW)
    incident = add_incident(slack_ctx.db, [report], when=FIXED_NOW, muted=True)
    add_alert(slack_ctx.db, incident, report, [officer], when=FIXED_NOW)
    send_immediate_alerts(slack_ctx)
    assert slack.posts == []


def test_officers_sharing_a_channel_get_one_post(slack_ctx: RunContext, slack: SlackServer) -> None:
    first = add_officer(slack_ctx.db, "Desk A", slack_channel="#shared")
    second = add_officer(slack_ctx.db, "Desk B", slack_channel="#shared")
    p1_alert(slack_ctx.db, [first, second], when=FIXED_NOW)
    send_immediate_alerts(slack_ctx)
    assert len(slack.posts) == 1


def test_later_reports_and_alerts_of_the_incident_go_in_the_thread(
    slack_ctx: RunContext, slack: SlackServer
) -> None:
    db = slack_ctx.db
    officer = add_officer(db)
    _, incident, _ = p1_alert(db, [officer], when=FIXED_NOW)
    send_immediate_alerts(slack_ctx)
    root = slack.posts[0]

    later = add_report(
        db,
        "Second outlet confirms the detention",
        when=FIXED_NOW + timedelta(hours=1),
        source="Regional News",
    )
    add_to_incident(db, incident, later, when=FIXED_NOW + timedelta(hours=1))
    update = send_immediate_alerts(slack_ctx)
    escalated = add_report(db, "Lawyer charged with treason", when=FIXED_NOW + timedelta(hours=2))
    add_to_incident(db, incident, escalated, when=FIXED_NOW + timedelta(hours=2))
    add_alert(
        db, incident, escalated, [officer], when=FIXED_NOW + timedelta(hours=2), headline="Lawyer charged"
    )
    escalation = send_immediate_alerts(slack_ctx)
    again = send_immediate_alerts(slack_ctx)

    replies = slack.posts[1:]
    assert [p.thread_ts for p in replies] == [root.ts, root.ts]
    assert "Second outlet confirms" in replies[0].text
    assert "Lawyer charged" in replies[1].text
    assert (update.updates, escalation.sent, escalation.updates, again.sent) == (1, 1, 0, 0)


def test_rate_limits_are_waited_out_and_the_alert_posted_once(
    slack_ctx: RunContext, slack: SlackServer
) -> None:
    officer = add_officer(slack_ctx.db)
    p1_alert(slack_ctx.db, [officer], when=FIXED_NOW)
    slack.fail_next(429, 2, retry_after=0)

    summary = send_immediate_alerts(slack_ctx)

    assert summary.sent == 1
    assert len(slack.posts) == 1
    assert slack.calls.count("chat.postMessage") == 3


def test_a_short_server_error_is_retried_within_the_run(slack_ctx: RunContext, slack: SlackServer) -> None:
    officer = add_officer(slack_ctx.db)
    p1_alert(slack_ctx.db, [officer], when=FIXED_NOW)
    slack.fail_next(500, 1)
    assert send_immediate_alerts(slack_ctx).sent == 1
    assert len(slack.posts) == 1


def test_a_persistent_failure_is_recorded_and_retried_on_the_next_run(
    slack_ctx: RunContext, slack: SlackServer
) -> None:
    officer = add_officer(slack_ctx.db)
    p1_alert(slack_ctx.db, [officer], when=FIXED_NOW)
    slack.fail_next(500, 3)  # the first try and both retries

    failed = send_immediate_alerts(slack_ctx)
    [row] = deliveries(slack_ctx.db)
    assert (failed.failed, row.status, row.attempts) == (1, "failed", 1)
    assert row.last_error is not None
    assert "HTTP 500" in row.last_error
    assert slack.posts == []

    retried = send_immediate_alerts(slack_ctx)
    [row] = deliveries(slack_ctx.db)
    assert (retried.sent, row.status, row.attempts) == (1, "sent", 2)
    assert len(slack.posts) == 1
    assert "conversations.list" in slack.calls  # looked for an earlier post before posting again


def test_a_row_claimed_by_a_run_that_died_before_posting_is_posted(
    slack_ctx: RunContext, slack: SlackServer
) -> None:
    officer = add_officer(slack_ctx.db)
    p1_alert(slack_ctx.db, [officer], when=FIXED_NOW)
    send_immediate_alerts(replace(slack_ctx, settings=replace(slack_ctx.settings, slack_token=None)))
    with slack_ctx.db.session() as session:
        session.execute(Delivery.__table__.delete())
    # The ledger as a run leaves it when it dies right after claiming: "sending", one attempt, nothing posted.
    from tests.support.alert_rows import p1_alert as another

    alert_id, _, _ = another(slack_ctx.db, [officer], when=FIXED_NOW, title="Second detention")
    with slack_ctx.db.session() as session:
        session.add(
            Delivery(
                subject=f"alert:{alert_id}",
                destination="slack:#hrd-eastern-europe",
                alert_id=alert_id,
                officer_id=officer,
                status="sending",
                attempts=1,
            )
        )
    summary = send_immediate_alerts(slack_ctx)
    assert (summary.sent, summary.reconciled) == (2, 0)
    assert sorted(p.text for p in slack.posts)[1].startswith("Priority 1: Second detention")


def test_a_run_killed_between_post_and_ledger_update_does_not_post_again(
    ctx: RunContext, slack: SlackServer
) -> None:
    officer = add_officer(ctx.db)
    p1_alert(ctx.db, [officer], when=FIXED_NOW, title="First detention")
    p1_alert(ctx.db, [officer], when=FIXED_NOW, title="Second detention")
    env = {
        **os.environ,
        "HRDWATCH_DATABASE_URL": ctx.settings.database_url,
        "HRDWATCH_OUT_DIR": str(ctx.settings.out_dir),
        "HRDWATCH_VAR_DIR": str(ctx.settings.var_dir),
        "HRDWATCH_SLACK_TOKEN": slack.token,
        "HRDWATCH_SLACK_BASE_URL": slack.base_url,
    }
    child = subprocess.Popen(
        [sys.executable, "-c", "import sys; from hrdwatch.cli import main; sys.exit(main(['alert']))"],
        env=env,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # Slack has stored the first message; the sender dies before it hears back or records it.
    slack.on_post = lambda post: os.kill(child.pid, signal.SIGKILL)
    assert child.wait(timeout=60) == -signal.SIGKILL
    slack.on_post = None
    assert len(slack.posts) == 1
    assert [r.status for r in deliveries(ctx.db)] == ["sending", "pending"]

    settings = replace(ctx.settings, slack_token=slack.token, slack_base_url=slack.base_url)
    summary = send_immediate_alerts(replace(ctx, settings=settings))

    assert (summary.sent, summary.reconciled) == (2, 1)
    assert sorted(p.text.split(" (")[0] for p in slack.posts) == [
        "Priority 1: First detention",
        "Priority 1: Second detention",
    ]
    assert [r.status for r in deliveries(ctx.db)] == ["sent", "sent"]
    assert deliveries(ctx.db)[0].external_id == slack.posts[0].ts


def test_without_a_slack_token_alerts_go_to_a_day_file_once(ctx: RunContext) -> None:
    officer = add_officer(ctx.db)
    p1_alert(ctx.db, [officer], when=FIXED_NOW)
    notices: list[str] = []
    ctx = replace(ctx, progress=notices.append)

    first = send_immediate_alerts(ctx)
    second = send_immediate_alerts(ctx)

    path = ctx.settings.out_dir / "alerts-2026-11-21.md"
    content = path.read_text(encoding="utf-8")
    assert (first.sent, second.sent) == (1, 0)
    assert content.count("## Priority 1: Defender detained in Minsk") == 1
    assert any("alerts-" in line for line in notices)


def test_digest_files_use_the_officers_day_and_are_written_once(ctx: RunContext) -> None:
    vilnius = add_officer(ctx.db, "Eastern Europe desk", timezone="Europe/Vilnius")
    honduras = add_officer(
        ctx.db, "Americas desk", timezone="America/Tegucigalpa", slack_channel="#hrd-americas"
    )
    # 23:30 UTC on the 20th is the 21st in Vilnius and still the 20th in Tegucigalpa.
    p1_alert(ctx.db, [vilnius, honduras], when=FIXED_NOW.replace(day=20, hour=23, minute=30), priority=2)
    late_ctx = replace(ctx, now=FIXED_NOW.replace(hour=1))

    summary = send_daily_digests(late_ctx)
    again = send_daily_digests(late_ctx)

    out = ctx.settings.out_dir
    assert (out / "digest-2026-11-21-eastern-europe-desk.html").is_file()
    assert (out / "digest-2026-11-21-eastern-europe-desk.md").is_file()
    assert (out / "digest-2026-11-20-americas-desk.html").is_file()
    assert "Defender detained in Minsk" in (out / "digest-2026-11-21-eastern-europe-desk.md").read_text()
    assert (summary.officers, summary.alerts, summary.written, again.written) == (2, 2, 2, 0)


def test_digest_is_summarised_in_slack_once(slack_ctx: RunContext, slack: SlackServer) -> None:
    officer = add_officer(slack_ctx.db)
    p1_alert(slack_ctx.db, [officer], when=FIXED_NOW, priority=3)
    send_daily_digests(slack_ctx, day=date(2026, 11, 21))
    send_daily_digests(slack_ctx, day=date(2026, 11, 21))
    assert len(slack.posts) == 1
    assert slack.posts[0].text.startswith("Daily digest 2026-11-21: 1 alert")


def test_empty_digest_is_written_but_not_sent(slack_ctx: RunContext, slack: SlackServer) -> None:
    add_officer(slack_ctx.db)
    summary = send_daily_digests(slack_ctx)
    assert (summary.written, summary.sent) == (1, 0)
    assert slack.posts == []
