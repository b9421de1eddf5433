"""Watchlist and officers: import from files into the database, and read them back."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from alerts.officers import OfficerProfile, read_officers
from alerts.watchlist import WatchEntry, read_watchlist
from hrdwatch.pipeline.context import RunContext
from hrdwatch.storage.models.watchlist import Incident, Officer, WatchlistEntry

# Both kinds of row are upserted by their unique name.
_Named = TypeVar("_Named", WatchlistEntry, Officer)


def import_watchlist(ctx: RunContext, path: Path) -> int:
    """Upsert the entries of a CSV/YAML watchlist by name; returns how many entries the file held.

    The whole file is validated before anything is written."""
    entries = read_watchlist(path)
    with ctx.db.session() as session:
        rows = _rows_by_name(session, WatchlistEntry, [e.name for e in entries], ctx)
        for entry in entries:
            _apply_entry(rows[entry.name], entry, ctx)
    return len(entries)


def _rows_by_name(
    session: Session, model: type[_Named], names: list[str], ctx: RunContext
) -> dict[str, _Named]:
    """The row for each name: the stored one, or a new one added to the session."""
    # All rows, not an IN list: a 100k-name watchlist would exceed SQLite's bound-parameter limit.
    rows = {row.name: row for row in session.scalars(select(model))}
    for name in names:
        if name not in rows:
            rows[name] = model(name=name, created_at=ctx.now)
            session.add(rows[name])
    return rows


def _apply_entry(row: WatchlistEntry, entry: WatchEntry, ctx: RunContext) -> None:
    values = {
        "kind": entry.kind,
        "aliases": list(entry.aliases),
        "countries": list(entry.countries),
        "priority": entry.priority,
        "tags": list(entry.tags),
        "notes": entry.notes,
    }
    changed = any(getattr(row, k) != v for k, v in values.items())
    for key, value in values.items():
        setattr(row, key, value)
    if changed:
        row.updated_at = ctx.now


def load_watchlist(session: Session) -> tuple[list[WatchEntry], list[int]]:
    """All entries as value objects, and their database ids in the same order."""
    rows = list(session.scalars(select(WatchlistEntry).order_by(WatchlistEntry.id)))
    return [entry_from_row(r) for r in rows], [r.id for r in rows]


def entry_from_row(row: WatchlistEntry) -> WatchEntry:
    return WatchEntry(
        name=row.name,
        kind=row.kind,
        aliases=tuple(row.aliases),
        countries=tuple(row.countries),
        priority=row.priority,
        tags=tuple(row.tags),
        notes=row.notes,
    )


def export_watchlist(ctx: RunContext) -> list[WatchEntry]:
    with ctx.db.session() as session:
        return load_watchlist(session)[0]


def import_officers(ctx: RunContext, path: Path) -> int:
    """Upsert officers from a YAML file by name; returns how many the file held."""
    officers = read_officers(path)
    with ctx.db.session() as session:
        rows = _rows_by_name(session, Officer, [o.name for o in officers], ctx)
        for officer in officers:
            row = rows[officer.name]
            row.email = officer.email
            row.slack_channel = officer.slack_channel
            row.countries = list(officer.countries)
            row.watchlist = list(officer.watchlist)
            row.min_priority = officer.min_priority
            row.timezone = officer.timezone
    return len(officers)


def load_officers(session: Session) -> list[OfficerProfile]:
    return [
        OfficerProfile(
            id=row.id,
            name=row.name,
            email=row.email,
            slack_channel=row.slack_channel,
            countries=tuple(row.countries),
            watchlist=tuple(row.watchlist),
            min_priority=row.min_priority,
            timezone=row.timezone,
        )
        for row in session.scalars(select(Officer).order_by(Officer.id))
    ]


def list_officers(ctx: RunContext) -> list[OfficerProfile]:
    with ctx.db.session() as session:
        return load_officers(session)


def mute_incident(ctx: RunContext, incident_id: int, *, muted: bool = True) -> bool:
    """Mute (or unmute) an incident: it keeps collecting reports but raises no new alerts.
    Returns False when there is no such incident."""
    with ctx.db.session() as session:
        incident = session.get(Incident, incident_id)
        if incident is None:
            return False
        incident.muted = muted
        return True
