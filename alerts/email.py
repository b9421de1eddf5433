"""E-mail through the SMTP server named in settings (smtplib; STARTTLS and login when configured)."""

from __future__ import annotations

import smtplib
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Protocol

from alerts.errors import DeliveryError


class SmtpConfig(Protocol):
    """The fields of `hrdwatch.settings.SmtpSettings` this module reads."""

    @property
    def host(self) -> str | None: ...
    @property
    def port(self) -> int: ...
    @property
    def user(self) -> str | None: ...
    @property
    def password(self) -> str | None: ...
    @property
    def sender(self) -> str: ...
    @property
    def starttls(self) -> bool: ...


def build_message(
    *, sender: str, to: str, subject: str, text: str, html: str | None, message_id: str, date: datetime
) -> EmailMessage:
    """A multipart/alternative message: the plain text first, the HTML page as the richer part."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    # Feed text never reaches headers except through the subject, and header folding is done by
    # the email package, which refuses embedded newlines (no header injection).
    message["Subject"] = " ".join(subject.split())[:200]
    message["Message-ID"] = message_id
    message["Date"] = format_datetime(date)
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(text)
    if html is not None:
        message.add_alternative(html, subtype="html")
    return message


def send_email(smtp: SmtpConfig, message: EmailMessage, *, timeout: float = 30.0) -> str:
    """Send through SMTP; return the Message-ID. Errors name the server and the recipient."""
    if not smtp.host:
        raise DeliveryError("e-mail is not configured: set HRDWATCH_SMTP_HOST")
    where = f"smtp://{smtp.host}:{smtp.port}"
    try:
        with smtplib.SMTP(smtp.host, smtp.port, timeout=timeout) as client:
            if smtp.starttls:
                client.starttls()
            if smtp.user:
                client.login(smtp.user, smtp.password or "")
            client.send_message(message)
    except (smtplib.SMTPException, OSError) as exc:
        raise DeliveryError(f"email:{message['To']}: {where} refused: {type(exc).__name__}: {exc}") from None
    return str(message["Message-ID"])
