"""Storage: SQLAlchemy 2 models, the Database wrapper and Alembic migrations."""

from hrdwatch.storage.base import Base, UTCDateTime, utcnow
from hrdwatch.storage.database import Database
from hrdwatch.storage.models import (
    Alert,
    Classification,
    Delivery,
    Feedback,
    Incident,
    Officer,
    Report,
    Source,
    WatchlistEntry,
)

__all__ = [
    "Alert",
    "Base",
    "Classification",
    "Database",
    "Delivery",
    "Feedback",
    "Incident",
    "Officer",
    "Report",
    "Source",
    "UTCDateTime",
    "WatchlistEntry",
    "utcnow",
]
