"""What every pipeline stage receives: settings, the database, the logical time and offline stand-ins."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from hrdwatch.settings import Settings
from hrdwatch.storage import Database


def _no_progress(message: str) -> None:
    return None


@dataclass
class RunContext:
    settings: Settings
    db: Database
    # The run's logical time: stages use it instead of now() so re-runs and backfills agree.
    now: datetime = field(default_factory=lambda: datetime.now(UTC))
    # An httpx transport serving bundled or test feeds instead of the network (demo, tests).
    feed_transport: Any | None = None
    # Progress lines for long work (the CLI prints them; Airflow logs them).
    progress: Callable[[str], None] = _no_progress

    @classmethod
    def from_settings(cls, settings: Settings, **kwargs: Any) -> RunContext:
        return cls(settings=settings, db=Database(settings.database_url), **kwargs)
