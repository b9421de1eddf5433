"""What gets delivered and the rules of the deliveries ledger.

The ledger holds one row per subject × destination. A row moves

    pending ──claim──► sending ──► sent
       ▲                  │
       └──── failed ◄─────┘        (failed rows are claimed again on the next run)

A row is claimed (status "sending", committed) *before* anything leaves the machine, so a crash
leaves evidence. A row whose earlier attempt may have reached the destination (it was claimed at
least once and is not "sent") is reconciled first: the destination is asked whether it already
holds a message carrying the row's delivery key, and only if it does not is the message sent again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Final

from alerts.errors import DeliveryError

PENDING: Final = "pending"
SENDING: Final = "sending"
SENT: Final = "sent"
FAILED: Final = "failed"
CANCELLED: Final = "cancelled"
STATUSES: Final = (PENDING, SENDING, SENT, FAILED, CANCELLED)
# Rows an operator has to look at, and rows the next run will try again.
OPEN_STATUSES: Final = (PENDING, SENDING, FAILED)

SLACK: Final = "slack"
EMAIL: Final = "email"
FILE: Final = "file"


@dataclass(frozen=True)
class SourceLink:
    name: str
    url: str
    title: str


@dataclass(frozen=True)
class TimelineEntry:
    when: datetime
    text: str
    source: str = ""
    url: str = ""


@dataclass(frozen=True)
class ReasonLine:
    factor: str
    effect: str
    detail: str


@dataclass(frozen=True)
class AlertView:
    """One alert as an officer sees it: every string may come from a feed and is untrusted."""

    alert_id: int
    incident_id: int
    priority: int
    headline: str
    categories: tuple[str, ...]
    who: tuple[str, ...]
    country: str | None
    evidence: tuple[str, ...] = ()
    report_text: str = ""
    sources: tuple[SourceLink, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    reasons: tuple[ReasonLine, ...] = ()
    explanation: str = ""
    is_escalation: bool = False
    is_new_incident: bool = True
    report_count: int = 1
    source_count: int = 1
    created_at: datetime | None = None
    url: str = ""


@dataclass(frozen=True)
class ReportUpdate:
    """A later report on an incident that was already alerted: it goes in the alert's thread."""

    incident_id: int
    report_id: int
    title: str
    url: str
    source: str
    published_at: datetime | None
    evidence: tuple[str, ...] = field(default=())


def alert_subject(alert_id: int) -> str:
    return f"alert:{alert_id}"


def update_subject(incident_id: int, report_id: int) -> str:
    return f"update:{incident_id}:{report_id}"


def digest_subject(officer_id: int, day: date) -> str:
    return f"digest:{officer_id}:{day.isoformat()}"


def destination(kind: str, target: str) -> str:
    if kind not in (SLACK, EMAIL, FILE):
        raise DeliveryError(f"unknown destination kind {kind!r}")
    if not target:
        raise DeliveryError(f"empty {kind} destination")
    return f"{kind}:{target}"


def parse_destination(value: str) -> tuple[str, str]:
    kind, sep, target = value.partition(":")
    if not sep or kind not in (SLACK, EMAIL, FILE) or not target:
        raise DeliveryError(f"not a delivery destination: {value!r}")
    return kind, target


def delivery_key(subject: str, dest: str) -> str:
    """The identity a message carries to its destination, so a crashed run can find it again."""
    return f"hrdwatch/{subject}/{dest}"


def needs_reconcile(status: str, attempts: int) -> bool:
    """True when an earlier attempt may have arrived although the ledger does not say "sent"."""
    return attempts > 0 and status in (SENDING, FAILED)


def is_claimable(status: str) -> bool:
    return status in OPEN_STATUSES


def slug(text: str) -> str:
    """A file-name-safe form of an officer's name ("Eastern Europe desk" → "eastern-europe-desk")."""
    value = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return value[:60] or "officer"
