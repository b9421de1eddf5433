"""Ledger rules and e-mail delivery through a real loopback SMTP server."""

from __future__ import annotations

import socketserver
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime
from email import message_from_bytes

import pytest

from alerts.delivery import (
    alert_subject,
    delivery_key,
    destination,
    digest_subject,
    needs_reconcile,
    parse_destination,
    slug,
)
from alerts.email import build_message, send_email
from alerts.errors import DeliveryError
from hrdwatch.settings import SmtpSettings

WHEN = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("status", "attempts", "reconcile"),
    [
        ("pending", 0, False),  # never tried: just send
        ("sending", 1, True),  # a run died after claiming: the message may be out
        ("failed", 1, True),  # the answer was lost: the message may be out
        ("failed", 0, False),
        ("sent", 1, False),
    ],
)
def test_rows_whose_earlier_attempt_may_have_arrived_are_reconciled(
    status: str, attempts: int, reconcile: bool
) -> None:
    assert needs_reconcile(status, attempts) is reconcile


@pytest.mark.parametrize(
    ("value", "parsed"),
    [
        ("slack:#hrd-africa", ("slack", "#hrd-africa")),
        ("email:a@b.org", ("email", "a@b.org")),
        ("file:alerts-2026-11-21.md", ("file", "alerts-2026-11-21.md")),
    ],
)
def test_destinations_round_trip(value: str, parsed: tuple[str, str]) -> None:
    assert parse_destination(value) == parsed
    assert destination(*parsed) == value


@pytest.mark.parametrize("value", ["sms:+100", "slack:", "nothing"])
def test_unknown_destinations_are_refused_by_name(value: str) -> None:
    with pytest.raises(DeliveryError, match="destination"):
        parse_destination(value)


def test_subjects_and_keys_are_stable() -> None:
    assert alert_subject(5) == "alert:5"
    assert digest_subject(2, date(2026, 11, 21)) == "digest:2:2026-11-21"
    assert delivery_key("alert:5", "slack:#x") == "hrdwatch/alert:5/slack:#x"
    assert slug("Eastern Europe desk") == "eastern-europe-desk"
    assert slug("../../etc") == "etc"


class _SmtpHandler(socketserver.StreamRequestHandler):
    """Just enough SMTP (RFC 5321) to accept one message per transaction and keep it."""

    def handle(self) -> None:
        server: _SmtpServer = self.server  # type: ignore[assignment]
        self._reply("220 loopback ESMTP")
        data: list[bytes] | None = None
        while line := self.rfile.readline():
            if data is not None:
                if line in (b".\r\n", b".\n"):
                    server.messages.append(b"".join(data))
                    data = None
                    self._reply("250 queued")
                else:
                    data.append(line[1:] if line.startswith(b"..") else line)
                continue
            verb = line.decode().strip().split(" ")[0].upper()
            if verb == "EHLO":
                self._reply("250-loopback\r\n250 8BITMIME")
            elif verb in ("HELO", "MAIL", "RCPT", "RSET", "NOOP"):
                self._reply("250 ok")
            elif verb == "DATA":
                data = []
                self._reply("354 go on")
            elif verb == "QUIT":
                self._reply("221 bye")
                return
            else:
                self._reply("502 not implemented")

    def _reply(self, text: str) -> None:
        self.wfile.write(text.encode() + b"\r\n")


class _SmtpServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _SmtpHandler)
        self.messages: list[bytes] = []


@pytest.fixture
def smtp_server() -> Iterator[_SmtpServer]:
    server = _SmtpServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_digest_email_has_text_and_html_parts(smtp_server: _SmtpServer) -> None:
    smtp = SmtpSettings(host="127.0.0.1", port=smtp_server.server_address[1], starttls=False)
    message = build_message(
        sender="hrdwatch@example.invalid",
        to="desk@example.invalid",
        subject="hrdwatch digest\r\nBcc: victim@example.invalid",
        text="# Digest\n",
        html="<html><body>Digest</body></html>",
        message_id="<digest-1@hrdwatch>",
        date=WHEN,
    )
    assert send_email(smtp, message) == "<digest-1@hrdwatch>"
    [raw] = smtp_server.messages
    received = message_from_bytes(raw)
    assert received["To"] == "desk@example.invalid"
    assert received["Bcc"] is None  # a newline in the subject cannot add a header
    assert [p.get_content_type() for p in received.walk()][1:] == ["text/plain", "text/html"]


def test_unreachable_smtp_server_is_named() -> None:
    smtp = SmtpSettings(host="127.0.0.1", port=1, starttls=False)
    message = build_message(
        sender="a@b", to="c@d", subject="s", text="t", html=None, message_id="<m@h>", date=WHEN
    )
    with pytest.raises(DeliveryError, match=r"email:c@d: smtp://127.0.0.1:1 refused"):
        send_email(smtp, message)


def test_email_needs_a_host() -> None:
    message = build_message(
        sender="a@b", to="c@d", subject="s", text="t", html=None, message_id="<m@h>", date=WHEN
    )
    with pytest.raises(DeliveryError, match="HRDWATCH_SMTP_HOST"):
        send_email(SmtpSettings(), message)
