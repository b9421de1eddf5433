"""Errors raised by watchlist matching, prioritisation and delivery.

AlertsError
├── WatchlistError     a watchlist or officers file is invalid (file, line, field; never the name)
└── DeliveryError      a destination refused or could not be reached (destination, reason)
"""

from __future__ import annotations


class AlertsError(Exception):
    """Base class of every error the alerts package raises on purpose."""


class WatchlistError(AlertsError):
    """A watchlist or officers file is invalid."""


class DeliveryError(AlertsError):
    """A delivery could not be made."""
