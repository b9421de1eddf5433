"""`hrdwatch alert | digest | deliveries | feedback` on a real SQLite database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from hrdwatch.cli import main
from hrdwatch.storage import Database, Delivery, Feedback
from tests.conftest import FIXED_NOW
from tests.support.alert_rows import add_officer, p1_alert
from tests.support.slack_server import SlackServer


@pytest.fixture
def cli_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Database:
    url = f"sqlite:///{tmp_path / 'var' / 'hrdwatch.db'}"
    for name in ("HRDWATCH_SLACK_TOKEN", "HRDWATCH_SLACK_BASE_URL", "HRDWATCH_SMTP_HOST"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HRDWATCH_DATABASE_URL", url)
    monkeypatch.setenv("HRDWATCH_OUT_DIR", str(tmp_path / "out"))
    monkeypatch.setenv("HRDWATCH_VAR_DIR", str(tmp_path / "var"))
    db = Database(url)
    db.upgrade()
    return db


def test_alert_writes_pending_alerts_to_the_day_file(
    cli_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    p1_alert(cli_db, [add_officer(cli_db)], when=FIXED_NOW)
    assert main(["alert"]) == 0
    assert json.loads(capsys.readouterr().out)["sent"] == 1
    assert (tmp_path / "out" / "alerts-2026-11-21.md").is_file()


def test_failed_slack_delivery_is_listed_for_operators_and_exits_non_zero(
    cli_db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    p1_alert(cli_db, [add_officer(cli_db)], when=FIXED_NOW)
    with SlackServer() as slack:
        monkeypatch.setenv("HRDWATCH_SLACK_TOKEN", "xoxb-revoked")  # the server answers invalid_auth
        monkeypatch.setenv("HRDWATCH_SLACK_BASE_URL", slack.base_url)
        assert main(["alert"]) == 1
    assert "1 delivery(ies) failed" in capsys.readouterr().err
    assert main(["deliveries", "--status", "failed"]) == 0
    listing = capsys.readouterr().out
    assert "alert:1 → slack:#hrd-eastern-europe" in listing
    assert "invalid_auth" in listing
    assert main(["deliveries", "--json"]) == 0
    [row] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (row["status"], row["attempts"]) == ("failed", 1)


def test_deliveries_with_nothing_open_says_so(cli_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deliveries"]) == 0
    assert "no open deliveries" in capsys.readouterr().out


def test_digest_for_a_given_day(cli_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p1_alert(cli_db, [add_officer(cli_db)], when=FIXED_NOW, priority=2)
    assert main(["digest", "--day", "2026-11-21"]) == 0
    assert json.loads(capsys.readouterr().out)["alerts"] == 1
    assert (tmp_path / "out" / "digest-2026-11-21-eastern-europe-desk.html").is_file()


def test_feedback_is_stored_for_analysts(cli_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    alert_id, _, _ = p1_alert(cli_db, [add_officer(cli_db)], when=FIXED_NOW)
    assert (
        main(
            [
                "feedback",
                str(alert_id),
                "--label",
                "false_positive",
                "--note",
                "namesake",
                "--author",
                "analyst",
            ]
        )
        == 0
    )
    with cli_db.session() as session:
        [feedback] = session.scalars(select(Feedback))
        assert (feedback.alert_id, feedback.label, feedback.note, feedback.author) == (
            alert_id,
            "false_positive",
            "namesake",
            "analyst",
        )
        assert session.scalars(select(Delivery)).all() == []


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["feedback", "1", "--label", "maybe"], "unknown feedback label 'maybe'"),
        (["feedback", "999", "--label", "correct"], "no alert with id 999"),
        (["digest", "--day", "21/11/2026"], "not a date like 2026-11-21"),
        (["deliveries", "--status", "sent"], "'sent' is not one of pending, sending, failed"),
    ],
)
def test_bad_input_is_one_line_naming_the_culprit(
    cli_db: Database, argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) != 0
    err = capsys.readouterr().err.strip()
    assert err.startswith("hrdwatch: error:")
    assert message in err
    assert len(err.splitlines()) == 1
