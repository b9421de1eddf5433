"""All ORM models, one module per stage of the data flow."""

from hrdwatch.storage.models.classification import Classification
from hrdwatch.storage.models.collection import Report, Source
from hrdwatch.storage.models.delivery import Delivery, Feedback
from hrdwatch.storage.models.watchlist import Alert, Incident, Officer, WatchlistEntry

__all__ = [
    "Alert",
    "Classification",
    "Delivery",
    "Feedback",
    "Incident",
    "Officer",
    "Report",
    "Source",
    "WatchlistEntry",
]
