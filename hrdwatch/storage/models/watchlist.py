"""Watchlist entries, officers, incidents and the alerts raised on them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hrdwatch.storage.base import Base, utcnow


class WatchlistEntry(Base):
    """A person or organisation at risk. Never logged; leaves the machine only inside alerts."""

    __tablename__ = "watchlist_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[str] = mapped_column(String(20))  # person | organisation
    aliases: Mapped[list[str]] = mapped_column(default=list)
    countries: Mapped[list[str]] = mapped_column(default=list)
    priority: Mapped[int] = mapped_column(default=2)
    tags: Mapped[list[str]] = mapped_column(default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    def __repr__(self) -> str:  # keep names out of tracebacks and logs
        return f"WatchlistEntry(id={self.id})"


class Officer(Base):
    __tablename__ = "officers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    email: Mapped[str | None] = mapped_column(String(320))
    slack_channel: Mapped[str | None] = mapped_column(String(200))
    countries: Mapped[list[str]] = mapped_column(default=list)
    # Watchlist entry names or tags this officer follows, wherever they are.
    watchlist: Mapped[list[str]] = mapped_column(default=list)
    min_priority: Mapped[int] = mapped_column(default=4)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Incident(Base):
    """Reports about the same target and category within a window."""

    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    target: Mapped[str] = mapped_column(String(300))
    watchlist_entry_id: Mapped[int | None] = mapped_column(
        ForeignKey("watchlist_entries.id", ondelete="SET NULL")
    )
    country: Mapped[str | None] = mapped_column(String(2))
    category: Mapped[str] = mapped_column(String(40))
    categories: Mapped[list[str]] = mapped_column(default=list)
    severity: Mapped[int] = mapped_column(default=0)
    priority: Mapped[int] = mapped_column(default=4)
    first_seen: Mapped[datetime]
    last_seen: Mapped[datetime]
    report_ids: Mapped[list[Any]] = mapped_column(default=list)
    sources: Mapped[list[str]] = mapped_column(default=list)
    languages: Mapped[list[str]] = mapped_column(default=list)
    timeline: Mapped[list[Any]] = mapped_column(default=list)
    muted: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Alert(Base):
    """One alert per incident escalation; `key` makes raising it idempotent."""

    __tablename__ = "alerts"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"))
    priority: Mapped[int]
    categories: Mapped[list[str]] = mapped_column(default=list)
    headline: Mapped[str] = mapped_column(Text)
    explanation: Mapped[str] = mapped_column(Text, default="")
    reasons: Mapped[list[Any]] = mapped_column(default=list)
    hits: Mapped[list[Any]] = mapped_column(default=list)
    officer_ids: Mapped[list[Any]] = mapped_column(default=list)
    is_escalation: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AlertScan(Base):
    """A report the alert stage has looked at: it is matched and scored once, whatever the outcome."""

    __tablename__ = "alert_scans"

    report_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    hits: Mapped[int] = mapped_column(default=0)
    alerts: Mapped[int] = mapped_column(default=0)
    scanned_at: Mapped[datetime]
