"""Classification of a report: categories, scores, evidence, entities and the versions that made it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from hrdwatch.storage.base import Base, utcnow


class Classification(Base):
    __tablename__ = "classifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), unique=True)
    categories: Mapped[list[str]] = mapped_column(default=list)
    scores: Mapped[dict[str, Any]] = mapped_column(default=dict)
    hrd_victim: Mapped[bool] = mapped_column(default=False)
    language: Mapped[str] = mapped_column(String(8))
    # False when the language has no pattern files: stored and counted, never classified as English.
    supported: Mapped[bool] = mapped_column(default=True)
    evidence: Mapped[list[Any]] = mapped_column(default=list)
    entities: Mapped[dict[str, Any]] = mapped_column(default=dict)
    pattern_version: Mapped[str] = mapped_column(String(64))
    model_version: Mapped[str | None] = mapped_column(String(64))
    classified_at: Mapped[datetime] = mapped_column(default=utcnow)
