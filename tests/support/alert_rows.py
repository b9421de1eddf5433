"""Build the rows the delivery stage reads (officers, reports, incidents, alerts), fictional people only."""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import count
from typing import Any

from hrdwatch.storage import Alert, Classification, Database, Incident, Officer, Report, Source

_serial = count(1)


def add_officer(
    db: Database,
    name: str = "Eastern Europe desk",
    *,
    slack_channel: str | None = "#hrd-eastern-europe",
    email: str | None = "desk@example.invalid",
    countries: list[str] | None = None,
    min_priority: int = 4,
    timezone: str = "Europe/Vilnius",
) -> int:
    with db.session() as session:
        officer = Officer(
            name=name,
            slack_channel=slack_channel,
            email=email,
            countries=countries or ["BY"],
            min_priority=min_priority,
            timezone=timezone,
        )
        session.add(officer)
        session.flush()
        return officer.id


def add_report(
    db: Database,
    title: str,
    *,
    when: datetime,
    summary: str = "",
    source: str = "Defenders Wire",
    evidence: list[str] | None = None,
    categories: list[str] | None = None,
) -> int:
    n = next(_serial)
    with db.session() as session:
        src = session.query(Source).filter_by(name=source).one_or_none()
        if src is None:
            src = Source(name=source, url=f"https://{source.lower().replace(' ', '-')}.example.org/feed")
            session.add(src)
            session.flush()
        report = Report(
            source_id=src.id,
            url=f"https://news.example.org/story/{n}?a=1&b=2",
            canonical_url=f"https://news.example.org/story/{n}",
            content_hash=f"hash-{n}",
            title=title,
            summary=summary,
            language="en",
            published_at=when,
            fetched_at=when,
            created_at=when,
        )
        session.add(report)
        session.flush()
        session.add(
            Classification(
                report_id=report.id,
                categories=categories or ["arrest_detention"],
                scores={"arrest_detention": 0.9},
                hrd_victim=True,
                language="en",
                evidence=[
                    {"category": "arrest_detention", "text": t, "start": 0, "end": len(t)}
                    for t in evidence or []
                ],
                entities={"persons": [], "organisations": [], "countries": ["BY"]},
                pattern_version="test",
            )
        )
        return report.id


def add_incident(
    db: Database,
    report_ids: list[int],
    *,
    when: datetime,
    target: str = "Aliaksandra Testava",
    country: str = "BY",
    category: str = "arrest_detention",
    muted: bool = False,
) -> int:
    with db.session() as session:
        incident = Incident(
            key=f"incident-{next(_serial)}",
            target=target,
            country=country,
            category=category,
            categories=[category],
            severity=5,
            priority=1,
            first_seen=when,
            last_seen=when,
            report_ids=list(report_ids),
            sources=["Defenders Wire"],
            languages=["en"],
            timeline=[],
            muted=muted,
        )
        session.add(incident)
        session.flush()
        return incident.id


def add_to_incident(db: Database, incident_id: int, report_id: int, *, when: datetime) -> None:
    with db.session() as session:
        incident = session.get(Incident, incident_id)
        assert incident is not None
        incident.report_ids = [*incident.report_ids, report_id]
        incident.last_seen = when


def add_alert(
    db: Database,
    incident_id: int,
    report_id: int,
    officer_ids: list[int],
    *,
    when: datetime,
    priority: int = 1,
    headline: str = "Defender detained in Minsk",
    categories: list[str] | None = None,
    reasons: list[dict[str, Any]] | None = None,
) -> int:
    with db.session() as session:
        alert = Alert(
            key=f"alert-{next(_serial)}",
            incident_id=incident_id,
            report_id=report_id,
            priority=priority,
            categories=categories or ["arrest_detention"],
            headline=headline,
            explanation="watchlist hit; arrest; defender",
            reasons=reasons
            or [
                {"factor": "watchlist", "effect": "+2", "detail": "named on the watchlist"},
                {"factor": "category", "effect": "+1", "detail": "arrest or detention"},
            ],
            hits=[
                {
                    "entry": "Aliaksandra Testava",
                    "matched_text": "A. Testava",
                    "method": "alias",
                    "score": 1.0,
                }
            ],
            officer_ids=officer_ids,
            created_at=when,
        )
        session.add(alert)
        session.flush()
        return alert.id


def p1_alert(
    db: Database,
    officer_ids: list[int],
    *,
    when: datetime,
    title: str = "Defender detained in Minsk",
    **kw: Any,
) -> tuple[int, int, int]:
    """One report, its incident and a priority-1 alert on it: (alert id, incident id, report id)."""
    report_id = add_report(
        db,
        title,
        when=when - timedelta(minutes=5),
        summary="Police detained the lawyer after a search of her office, colleagues said.",
        evidence=["Police detained the lawyer"],
    )
    incident_id = add_incident(db, [report_id], when=when)
    return (
        add_alert(db, incident_id, report_id, officer_ids, when=when, headline=title, **kw),
        incident_id,
        report_id,
    )
