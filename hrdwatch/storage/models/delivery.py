"""Deliveries ledger (exactly once per subject × destination) and analyst/officer feedback."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hrdwatch.storage.base import Base, utcnow


class Delivery(Base):
    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint("subject", "destination"),
        # Operators and each run look up the open rows (pending, sending, failed).
        Index("ix_deliveries_status", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # "alert:<id>" or "digest:<officer id>:<YYYY-MM-DD>"
    subject: Mapped[str] = mapped_column(String(200))
    destination: Mapped[str] = mapped_column(String(300))  # slack:#chan | email:addr | file:path
    alert_id: Mapped[int | None] = mapped_column(ForeignKey("alerts.id", ondelete="CASCADE"))
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(20), default="pending")  # pending|sending|sent|failed
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    external_id: Mapped[str | None] = mapped_column(String(200))  # Slack ts, Message-ID, path
    thread_id: Mapped[str | None] = mapped_column(String(200))
    # Reports of the incident this message showed, so later reports go in its thread exactly once.
    report_ids: Mapped[list[Any]] = mapped_column(default=list, server_default="[]")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    sent_at: Mapped[datetime | None]


class Feedback(Base):
    __tablename__ = "feedback"
    __table_args__ = (Index("ix_feedback_alert_id", "alert_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(30))  # acknowledged | false_positive | correct
    author: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
