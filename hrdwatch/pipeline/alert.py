"""Alert stage: match the watchlist, cluster incidents, score and route alerts for new classifications.

Each report is handled once, in its own transaction, and marked in `alert_scans`; a re-run or
a concurrent run finds nothing left to do and adds nothing.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from alerts.incidents import Target, detect_stage, escalation_reasons, incident_targets, is_within_window
from alerts.matching import Hit, WatchlistMatcher
from alerts.officers import OfficerProfile, route
from alerts.priority import Context, prioritise, threat_targets
from classifiers.result import ClassificationResult, Entities, Evidence
from classifiers.taxonomy import SEVERITY
from hrdwatch.pipeline.context import RunContext
from hrdwatch.pipeline.watchlist import load_officers, load_watchlist
from hrdwatch.storage.models.classification import Classification
from hrdwatch.storage.models.collection import Report, Source
from hrdwatch.storage.models.watchlist import Alert, AlertScan, Incident


@dataclass(frozen=True)
class AlertSummary:
    scanned: int = 0
    skipped_unsupported: int = 0
    hits: int = 0
    incidents_opened: int = 0
    incidents_updated: int = 0
    alerts: int = 0
    escalations: int = 0
    muted: int = 0

    def as_dict(self) -> dict[str, int | str]:
        return dict(asdict(self))


@dataclass
class _Run:
    ctx: RunContext
    matcher: WatchlistMatcher
    entry_ids: list[int]
    officers: list[OfficerProfile]
    counts: Counter[str]


def raise_alerts(ctx: RunContext, *, batch_size: int = 200) -> AlertSummary:
    """Alerts for every classified report not yet looked at (see module docstring)."""
    with ctx.db.session() as session:
        entries, entry_ids = load_watchlist(session)
        officers = load_officers(session)
    run = _Run(ctx, WatchlistMatcher(entries), entry_ids, officers, Counter())
    last_id = 0
    while True:
        with ctx.db.session() as session:
            batch = list(
                session.scalars(
                    select(Report.id)
                    .join(Classification, Classification.report_id == Report.id)
                    .outerjoin(AlertScan, AlertScan.report_id == Report.id)
                    .where(AlertScan.report_id.is_(None), Report.id > last_id)
                    .order_by(Report.id)
                    .limit(batch_size)
                )
            )
        if not batch:
            break
        for report_id in batch:
            last_id = report_id
            try:
                with ctx.db.session() as session:
                    _handle_report(run, session, report_id)
            except IntegrityError:
                continue  # another run scanned this report first
        ctx.progress(f"alerts: {run.counts['scanned']} reports scanned, {run.counts['alerts']} alerts")
    return AlertSummary(**{k: run.counts[k] for k in AlertSummary.__dataclass_fields__})


def _handle_report(run: _Run, session: Session, report_id: int) -> None:
    report = session.get(Report, report_id)
    row = session.scalars(select(Classification).where(Classification.report_id == report_id)).one()
    assert report is not None
    scan = AlertScan(report_id=report_id, scanned_at=run.ctx.now)
    session.add(scan)
    session.flush()  # claims the report; a concurrent run fails here and skips it
    run.counts["scanned"] += 1
    if not row.supported:
        run.counts["skipped_unsupported"] += 1
        return
    result = result_from_row(row)
    text = f"{report.title}\n{report.summary}" if report.summary else report.title
    hits = run.matcher.match(text, result)
    scan.hits = len(hits)
    run.counts["hits"] += len(hits)
    with_evidence, without = threat_targets(hits, result, text)
    source = session.get(Source, report.source_id) if report.source_id is not None else None
    when = report.published_at or report.fetched_at
    if not result.categories:
        _follow_up(run, session, report, result, hits, text, when, source)
        return
    for target in incident_targets(result, with_evidence, run.entry_ids):
        scan.alerts += _handle_target(run, session, report, result, text, target, without, when, source)


def _handle_target(
    run: _Run,
    session: Session,
    report: Report,
    result: ClassificationResult,
    text: str,
    target: Target,
    mentioned: list[Hit],
    when: datetime,
    source: Source | None,
) -> int:
    categories = [target.category] if target.category else [c for c in result.categories if c in SEVERITY]
    incident = _open_incident(session, target.base_key, when)
    opened = incident is None
    if incident is None:
        incident = Incident(
            key=f"{target.base_key}@{report.id}",
            target=target.label,
            watchlist_entry_id=int(target.base_key.split(":")[1]) if target.hit else None,
            country=target.country,
            category=categories[0],
            categories=[],
            severity=0,
            priority=4,
            first_seen=when,
            last_seen=when,
            report_ids=[],
            sources=[],
            languages=[],
            timeline=[],
            created_at=run.ctx.now,
        )
        session.add(incident)
        run.counts["incidents_opened"] += 1
    else:
        run.counts["incidents_updated"] += 1
    known_categories, known_priority = list(incident.categories), incident.priority
    _add_report(incident, report, result, categories, text, when, source)
    session.flush()

    countries = list(
        dict.fromkeys([*result.entities.countries, *([target.country] if target.country else [])])
    )
    if target.hit:
        countries = list(dict.fromkeys([*countries, *target.hit.entry.countries]))
    entries = [target.hit.entry] if target.hit else []
    coverage = len(route(run.officers, priority=1, countries=countries, entries=entries))
    context = Context(
        independent_sources=_independent_sources(session, incident.report_ids),
        credibility=source.credibility if source else None,
        age=max(run.ctx.now - when, timedelta(0)),
        officers_covering=coverage,
    )
    priority = prioritise(
        result,
        text,
        targets=[target.hit] if target.hit else [],
        mentioned=mentioned,
        context=context,
        categories=categories,
    )
    if priority.level is None:
        return 0
    if opened:
        escalation: list[str] = []
    else:
        escalation = escalation_reasons(known_categories, known_priority, categories, priority.level)
    incident.priority = min(incident.priority, priority.level) if not opened else priority.level
    if incident.muted:
        run.counts["muted"] += 1
        return 0
    if not opened and not escalation:
        return 0
    decisions = route(run.officers, priority=priority.level, countries=countries, entries=entries)
    explanation = priority.explanation
    if escalation:
        explanation = f"Escalation of incident {incident.id}: {'; '.join(escalation)}. {explanation}"
    hit_rows: list[Any] = [
        {**h.to_contract(), "threat_evidence": h is target.hit} for h in ([target.hit] if target.hit else [])
    ]
    hit_rows += [{**h.to_contract(), "threat_evidence": False} for h in mentioned]
    session.add(
        Alert(
            key=f"incident:{incident.id}:report:{report.id}",
            incident_id=incident.id,
            report_id=report.id,
            priority=priority.level,
            categories=categories,
            headline=report.title,
            explanation=explanation,
            reasons=[r.to_dict() for r in priority.reasons],
            hits=hit_rows,
            officer_ids=[d.officer.id for d in decisions],
            is_escalation=bool(escalation),
            created_at=run.ctx.now,
        )
    )
    run.counts["alerts"] += 1
    run.counts["escalations"] += bool(escalation)
    return 1


def _open_incident(session: Session, base_key: str, when: datetime) -> Incident | None:
    candidates = session.scalars(
        select(Incident)
        .where(Incident.key.startswith(base_key + "@", autoescape=True))
        .order_by(Incident.last_seen.desc())
    )
    for incident in candidates:
        if is_within_window(incident.last_seen, when):
            return incident
    return None


def _add_report(
    incident: Incident,
    report: Report,
    result: ClassificationResult,
    categories: list[str],
    text: str,
    when: datetime,
    source: Source | None,
) -> None:
    """Fold one report into an incident (new lists, so the JSON columns are seen as changed)."""
    merged = list(dict.fromkeys([*incident.categories, *categories]))
    incident.categories = merged
    incident.category = max(merged, key=lambda c: SEVERITY.get(c, 0))
    incident.severity = max(SEVERITY.get(c, 0) for c in merged)
    incident.first_seen = min(incident.first_seen, when)
    incident.last_seen = max(incident.last_seen, when)
    incident.report_ids = [*incident.report_ids, report.id]
    if source is not None and source.name not in incident.sources:
        incident.sources = [*incident.sources, source.name]
    if result.language and result.language not in incident.languages:
        incident.languages = [*incident.languages, result.language]
    evidence_texts = [e.text for e in result.evidence if e.category in categories] or [report.title]
    entry = {
        "at": when.isoformat(),
        "report_id": report.id,
        "stage": detect_stage(evidence_texts, categories),
        "categories": categories,
        "source": source.name if source else None,
    }
    incident.timeline = sorted([*incident.timeline, entry], key=lambda e: (e["at"], e["report_id"]))


def _follow_up(
    run: _Run,
    session: Session,
    report: Report,
    result: ClassificationResult,
    hits: list[Hit],
    text: str,
    when: datetime,
    source: Source | None,
) -> None:
    """A report with no threat about a target with an open incident (a release, an acquittal)
    goes on that incident's timeline without an alert."""
    for hit in hits:
        base_key = f"entry:{run.entry_ids[hit.entry_index]}"
        incident = _open_incident(session, base_key, when)
        if incident is None or report.id in incident.report_ids:
            continue
        stage = detect_stage([report.title, report.summary or ""], [])
        if stage not in ("release", "acquittal"):
            continue
        incident.report_ids = [*incident.report_ids, report.id]
        incident.last_seen = max(incident.last_seen, when)
        if source is not None and source.name not in incident.sources:
            incident.sources = [*incident.sources, source.name]
        entry = {"at": when.isoformat(), "report_id": report.id, "stage": stage, "categories": [],
                 "source": source.name if source else None}  # fmt: skip
        incident.timeline = sorted([*incident.timeline, entry], key=lambda e: (e["at"], e["report_id"]))
        run.counts["incidents_updated"] += 1


def _independent_sources(session: Session, report_ids: list[Any]) -> int:
    """Distinct sources, counting each near-duplicate story (same story_key) once: a wire story
    republished by three outlets is one source, not three."""
    rows = session.execute(
        select(Report.id, Report.source_id, Report.story_key)
        .where(Report.id.in_(report_ids))
        .order_by(Report.id)
    ).all()
    seen_stories: set[str] = set()
    sources: set[str] = set()
    for rid, source_id, story_key in rows:
        story = story_key or f"report:{rid}"
        if story in seen_stories:
            continue
        seen_stories.add(story)
        sources.add(f"source:{source_id}" if source_id is not None else f"report:{rid}")
    return len(sources)


def result_from_row(row: Classification) -> ClassificationResult:
    """The stored classification as the value the alerts package works on."""
    entities = row.entities or {}
    return ClassificationResult(
        id=str(row.report_id),
        categories=tuple(row.categories),
        scores=dict(row.scores),
        hrd_victim=row.hrd_victim,
        language=row.language,
        evidence=tuple(Evidence.from_record(e) for e in row.evidence if isinstance(e, dict)),
        entities=Entities(
            persons=tuple(entities.get("persons", ())),
            organisations=tuple(entities.get("organisations", ())),
            countries=tuple(entities.get("countries", ())),
        ),
        supported=row.supported,
        pattern_version=row.pattern_version,
        model_version=row.model_version,
    )
