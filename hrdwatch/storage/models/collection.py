"""Sources (with conditional-GET state and health) and the reports collected from them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hrdwatch.storage.base import Base, utcnow


class Source(Base):
    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    url: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20), default="feed")
    language: Mapped[str | None] = mapped_column(String(8))
    region: Mapped[str | None] = mapped_column(String(100))
    credibility: Mapped[float] = mapped_column(default=0.7)
    group_name: Mapped[str] = mapped_column(String(100), default="default")
    enabled: Mapped[bool] = mapped_column(default=True)
    allow_private_network: Mapped[bool] = mapped_column(default=False)
    # Conditional GET state, remembered per source.
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    # SHA-256 of the last body parsed: servers that ignore conditional GET still skip re-parsing.
    body_hash: Mapped[str | None] = mapped_column(String(64))
    # Health.
    last_attempt_at: Mapped[datetime | None]
    last_success_at: Mapped[datetime | None]
    consecutive_failures: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    # A feed that was readable but not clean (bozo, skipped entries): kept, and said here.
    last_warning: Mapped[str | None] = mapped_column(Text)
    last_status: Mapped[int | None]
    last_items: Mapped[int] = mapped_column(default=0)
    last_bytes: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Report(Base):
    """One story, once: unique by canonical URL and by content hash."""

    __tablename__ = "reports"
    __table_args__ = (Index("ix_reports_story_key", "story_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id", ondelete="SET NULL"))
    url: Mapped[str] = mapped_column(Text)
    canonical_url: Mapped[str] = mapped_column(String(2048), unique=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # Near-duplicates across outlets share a story key so later stages count corroboration.
    story_key: Mapped[str | None] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str | None] = mapped_column(String(8))
    published_at: Mapped[datetime | None]
    fetched_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ReportSighting(Base):
    """Every outlet that carried a report: a syndicated copy or a second feed adds a row, not a report."""

    __tablename__ = "report_sightings"
    __table_args__ = (UniqueConstraint("report_id", "source_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    url: Mapped[str] = mapped_column(Text)
    seen_at: Mapped[datetime] = mapped_column(default=utcnow)
