"""Delivery stage: priority-1 alerts to Slack (or a file), daily digests, through an exactly-once ledger.

Every message is a `Delivery` row (unique subject × destination). A run takes a lock (a PostgreSQL
advisory lock, or a file lock next to a SQLite database) so no two runs work the ledger at once;
under that lock a row still "sending" can only be left by a run that died, and is reconciled with
the destination before anything is sent again (see `alerts.delivery`).
"""

from __future__ import annotations

import fcntl
import time as wallclock
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from alerts.delivery import (
    CANCELLED,
    EMAIL,
    FAILED,
    FILE,
    OPEN_STATUSES,
    SENDING,
    SENT,
    SLACK,
    AlertView,
    ReasonLine,
    ReportUpdate,
    SourceLink,
    TimelineEntry,
    alert_subject,
    delivery_key,
    destination,
    digest_subject,
    needs_reconcile,
    parse_destination,
    slug,
    update_subject,
)
from alerts.digest import Digest, build_digest, render_html, render_markdown
from alerts.email import build_message, send_email
from alerts.errors import DeliveryError
from alerts.feedback import FeedbackError, validate_feedback
from alerts.slack import (
    SlackPoster,
    alert_blocks,
    alert_text,
    category_names,
    digest_blocks,
    make_client,
    update_blocks,
    update_text,
)
from hrdwatch.errors import InputFileError
from hrdwatch.pipeline.context import RunContext
from hrdwatch.storage import Alert, Classification, Delivery, Feedback, Incident, Officer, Report, Source
from hrdwatch.storage.base import utcnow

IMMEDIATE_PRIORITY = 1
UPDATE_WINDOW = timedelta(days=30)  # later reports go in an alert's thread for this long
LOCK_WAIT_SECONDS = 120.0


@dataclass(frozen=True)
class DeliverySummary:
    sent: int = 0
    failed: int = 0
    reconciled: int = 0  # found already delivered by a run that died before recording it
    cancelled: int = 0
    updates: int = 0  # thread replies for later reports (counted in `sent` too)
    busy: int = 0  # 1 when another delivery run held the lock for too long

    def as_dict(self) -> dict[str, int | str]:
        return dict(asdict(self))


@dataclass(frozen=True)
class DigestSummary:
    officers: int = 0
    alerts: int = 0
    written: int = 0  # HTML + Markdown file pairs
    sent: int = 0  # e-mails and Slack summaries
    failed: int = 0
    reconciled: int = 0
    busy: int = 0

    def as_dict(self) -> dict[str, int | str]:
        return dict(asdict(self))


@dataclass
class _Outgoing:
    """One message ready for one destination; built before the row is claimed."""

    text: str
    blocks: list[dict[str, Any]] = field(default_factory=list)
    slack_text: str = ""  # Slack's notification text; `text` when empty
    html: str | None = None
    title: str = ""
    report_ids: list[int] = field(default_factory=list)
    incident_id: int | None = None
    # File destinations: alerts are appended as a block to a day file; digests are (re)written.
    append: bool = True


@dataclass
class _Tally:
    sent: int = 0
    failed: int = 0
    reconciled: int = 0
    updates: int = 0

    def add(self, outcome: str, *, update: bool = False) -> None:
        if outcome in ("sent", "reconciled"):
            self.sent += 1
            self.updates += int(update)
        if outcome == "reconciled":
            self.reconciled += 1
        if outcome == "failed":
            self.failed += 1


# -- public stage functions ---------------------------------------------------------------------


def send_immediate_alerts(ctx: RunContext) -> DeliverySummary:
    """Post each priority-1 alert once to each routed officer's Slack channel (or to a file)."""
    with _run_lock(ctx, "alerts") as acquired:
        if not acquired:
            ctx.progress("another delivery run holds the lock; its alerts will be sent by it or the next run")
            return DeliverySummary(busy=1)
        poster = _slack_poster(ctx)
        with ctx.db.session() as session:
            _plan_alerts(session, ctx, slack=poster is not None)
            cancelled = _cancel_muted(session)
        tally = _Tally()
        for delivery_id in _open_ids(ctx, ("alert:%",)):
            tally.add(_deliver(ctx, delivery_id, poster))
        with ctx.db.session() as session:
            _plan_updates(session, ctx)
        for delivery_id in _open_ids(ctx, ("update:%",)):
            tally.add(_deliver(ctx, delivery_id, poster), update=True)
    if tally.sent or tally.failed:
        where = "Slack" if poster else f"{ctx.settings.out_dir}/alerts-*.md"
        ctx.progress(f"immediate alerts: {tally.sent} sent to {where}, {tally.failed} failed")
    return DeliverySummary(
        sent=tally.sent,
        failed=tally.failed,
        reconciled=tally.reconciled,
        cancelled=cancelled,
        updates=tally.updates,
    )


def send_daily_digests(ctx: RunContext, *, day: date | None = None) -> DigestSummary:
    """Write each officer's digest for `day` (default: today in the officer's zone) and send it."""
    with _run_lock(ctx, "digests") as acquired:
        if not acquired:
            ctx.progress("another digest run holds the lock")
            return DigestSummary(busy=1)
        poster = _slack_poster(ctx)
        smtp_ready = bool(ctx.settings.smtp.host)
        officers = alerts = written = 0
        tally = _Tally()
        with ctx.db.session() as session:
            officer_ids = list(session.scalars(select(Officer.id).order_by(Officer.id)))
        for officer_id in officer_ids:
            with ctx.db.session() as session:
                officer = session.get(Officer, officer_id)
                if officer is None:
                    continue
                digest = _digest_for(session, ctx, officer, day)
                html, markdown = render_html(digest), render_markdown(digest)
                subject = digest_subject(officer.id, digest.day)
                stem = f"digest-{digest.day.isoformat()}-{slug(officer.name)}"
                targets = [destination(FILE, f"{stem}.html")]
                if digest.alert_count and smtp_ready and officer.email:
                    targets.append(destination(EMAIL, officer.email))
                if digest.alert_count and poster is not None and officer.slack_channel:
                    targets.append(destination(SLACK, officer.slack_channel))
                ids = [_ensure_row(session, subject, t, officer_id=officer.id) for t in targets]
                message = _Outgoing(
                    text=markdown,
                    html=html,
                    title=f"hrdwatch digest {digest.day.isoformat()}: {digest.alert_count} alert(s)",
                    slack_text=f"Daily digest {digest.day.isoformat()}: {digest.alert_count} alert(s)",
                    blocks=digest_blocks(
                        officer.name,
                        digest.day.isoformat(),
                        digest.counts_by_priority,
                        digest.new_incidents,
                        digest.updated_incidents,
                        digest.top(),
                    ),
                    append=False,
                )
            officers += 1
            alerts += digest.alert_count
            for delivery_id in ids:
                outcome = _deliver(ctx, delivery_id, poster, prepared=message)
                if outcome in ("sent", "reconciled") and _is_file(ctx, delivery_id):
                    written += 1
                else:
                    tally.add(outcome)
    ctx.progress(
        f"digests: {written} written under {ctx.settings.out_dir}, {tally.sent} sent, {tally.failed} failed"
    )
    return DigestSummary(
        officers=officers,
        alerts=alerts,
        written=written,
        sent=tally.sent,
        failed=tally.failed,
        reconciled=tally.reconciled,
    )


def list_deliveries(ctx: RunContext, *, status: str | None = None) -> list[dict[str, Any]]:
    """Open deliveries for operators: pending, sending (interrupted) and failed, oldest first."""
    statuses: Sequence[str] = (status,) if status else OPEN_STATUSES
    with ctx.db.session() as session:
        rows = session.scalars(select(Delivery).where(Delivery.status.in_(statuses)).order_by(Delivery.id))
        return [
            {
                "id": d.id,
                "subject": d.subject,
                "destination": d.destination,
                "status": d.status,
                "attempts": d.attempts,
                "last_error": d.last_error or "",
                "updated_at": d.updated_at.isoformat(timespec="seconds"),
            }
            for d in rows
        ]


def record_feedback(
    ctx: RunContext, alert_id: int, label: str, *, note: str = "", author: str | None = None
) -> int:
    """Store an officer's or analyst's label on an alert; returns the feedback id."""
    try:
        label, note = validate_feedback(label, note)
    except FeedbackError as exc:
        raise InputFileError(str(exc)) from None
    with ctx.db.session() as session:
        if session.get(Alert, alert_id) is None:
            raise InputFileError(f"no alert with id {alert_id}")
        feedback = Feedback(alert_id=alert_id, label=label, note=note, author=author, created_at=ctx.now)
        session.add(feedback)
        session.flush()
        return feedback.id


# -- planning -----------------------------------------------------------------------------------


def _plan_alerts(session: Session, ctx: RunContext, *, slack: bool) -> None:
    """Ledger rows for priority-1 alerts that have none yet (an alert is routed once)."""
    planned = select(Delivery.id).where(Delivery.alert_id == Alert.id).exists()
    rows = session.execute(
        select(Alert, Incident)
        .join(Incident, Incident.id == Alert.incident_id)
        .where(Alert.priority <= IMMEDIATE_PRIORITY, Incident.muted.is_(False), ~planned)
        .order_by(Alert.id)
    ).all()
    for alert, _incident in rows:
        officer_ids = [int(i) for i in alert.officer_ids]
        officers = (
            session.scalars(select(Officer).where(Officer.id.in_(officer_ids))).all() if officer_ids else []
        )
        targets: dict[str, int] = {}
        for officer in officers:
            if slack and officer.slack_channel:
                targets.setdefault(destination(SLACK, officer.slack_channel), officer.id)
            else:
                targets.setdefault(destination(FILE, f"alerts-{alert.created_at:%Y-%m-%d}.md"), officer.id)
        for target, officer_id in targets.items():
            _ensure_row(session, alert_subject(alert.id), target, alert_id=alert.id, officer_id=officer_id)


def _plan_updates(session: Session, ctx: RunContext) -> None:
    """Thread replies for reports added to an alerted incident after its alert went out."""
    roots = session.execute(
        select(Delivery, Alert.incident_id)
        .join(Alert, Alert.id == Delivery.alert_id)
        .join(Incident, Incident.id == Alert.incident_id)
        .where(
            Delivery.status == SENT,
            Delivery.subject.like("alert:%"),
            Delivery.thread_id.is_(None),
            Incident.muted.is_(False),
            Incident.last_seen >= ctx.now - UPDATE_WINDOW,
        )
        .order_by(Delivery.id)
    ).all()
    seen: set[tuple[int, str]] = set()
    for root, incident_id in roots:
        if (incident_id, root.destination) in seen:
            continue
        seen.add((incident_id, root.destination))
        incident = session.get(Incident, incident_id)
        assert incident is not None
        covered = _covered_reports(session, incident_id, root.destination)
        for report_id in incident.report_ids:
            if int(report_id) not in covered:
                _ensure_row(
                    session,
                    update_subject(incident_id, int(report_id)),
                    root.destination,
                    officer_id=root.officer_id,
                )


def _covered_reports(session: Session, incident_id: int, dest: str) -> set[int]:
    alert_rows = session.scalars(
        select(Delivery.report_ids)
        .join(Alert, Alert.id == Delivery.alert_id)
        .where(Alert.incident_id == incident_id, Delivery.destination == dest)
    )
    update_rows = session.scalars(
        select(Delivery.subject).where(
            Delivery.subject.like(f"update:{incident_id}:%"), Delivery.destination == dest
        )
    )
    covered = {int(r) for ids in alert_rows for r in ids}
    covered.update(int(s.rsplit(":", 1)[1]) for s in update_rows)
    return covered


def _ensure_row(
    session: Session, subject: str, dest: str, *, alert_id: int | None = None, officer_id: int | None = None
) -> int:
    existing = session.scalar(
        select(Delivery.id).where(Delivery.subject == subject, Delivery.destination == dest)
    )
    if existing is not None:
        return existing
    row = Delivery(subject=subject, destination=dest, alert_id=alert_id, officer_id=officer_id)
    session.add(row)
    session.flush()
    return row.id


def _cancel_muted(session: Session) -> int:
    rows = session.scalars(
        select(Delivery)
        .join(Alert, Alert.id == Delivery.alert_id)
        .join(Incident, Incident.id == Alert.incident_id)
        .where(Delivery.status.in_(OPEN_STATUSES), Delivery.status != SENDING, Incident.muted.is_(True))
    ).all()
    for row in rows:
        row.status = CANCELLED
        row.last_error = "incident muted"
    return len(rows)


def _open_ids(ctx: RunContext, subject_patterns: Sequence[str]) -> list[int]:
    with ctx.db.session() as session:
        query = select(Delivery.id).where(Delivery.status.in_(OPEN_STATUSES))
        for pattern in subject_patterns:
            query = query.where(Delivery.subject.like(pattern))
        return list(session.scalars(query.order_by(Delivery.id)))


# -- one delivery -------------------------------------------------------------------------------


def _deliver(
    ctx: RunContext, delivery_id: int, poster: SlackPoster | None, prepared: _Outgoing | None = None
) -> str:
    """Claim, (reconcile,) send and record one ledger row. Returns sent|reconciled|failed|skipped."""
    with ctx.db.session() as session:
        row = session.get(Delivery, delivery_id)
        if row is None or row.status not in OPEN_STATUSES:
            return "skipped"
        reconcile = needs_reconcile(row.status, row.attempts)
        kind, target = parse_destination(row.destination)
        try:
            message = prepared or _message_for(session, row)
        except DeliveryError as exc:
            row.status, row.last_error = FAILED, str(exc)
            return "failed"
        if kind == SLACK and poster is None:
            row.last_error = "Slack is not configured (HRDWATCH_SLACK_TOKEN); kept for the next run"
            return "skipped"
        if kind == EMAIL and not ctx.settings.smtp.host:
            row.last_error = "e-mail is not configured (HRDWATCH_SMTP_HOST); kept for the next run"
            return "skipped"
        if kind == SLACK and message.incident_id is not None:
            row.thread_id = _thread_root(session, row, message.incident_id)
        row.status = SENDING
        row.attempts += 1
        row.report_ids = list(message.report_ids)
        claimed_at = utcnow()
        row.updated_at = claimed_at
        key = delivery_key(row.subject, row.destination)
        thread_id = row.thread_id
    # The claim is committed: from here a crash leaves a "sending" row the next run reconciles.
    try:
        found = _find_earlier(ctx, kind, target, key, thread_id, claimed_at, poster) if reconcile else None
        external_id = found or _send(ctx, kind, target, key, thread_id, message, poster)
    except DeliveryError as exc:
        with ctx.db.session() as session:
            row = session.get(Delivery, delivery_id)
            assert row is not None
            row.status, row.last_error = FAILED, str(exc)[:2000]
        ctx.progress(f"delivery {delivery_id} failed: {exc}")
        return "failed"
    with ctx.db.session() as session:
        row = session.get(Delivery, delivery_id)
        assert row is not None
        row.status, row.external_id, row.last_error = SENT, external_id, None
        row.sent_at = utcnow()  # when it really left, for operators; the logical time is ctx.now
    return "reconciled" if found else "sent"


def _thread_root(session: Session, row: Delivery, incident_id: int) -> str | None:
    """The ts of the first alert post about this incident in this channel, if it is not this one."""
    root = session.scalar(
        select(Delivery.external_id)
        .join(Alert, Alert.id == Delivery.alert_id)
        .where(
            Alert.incident_id == incident_id,
            Delivery.destination == row.destination,
            Delivery.status == SENT,
            Delivery.thread_id.is_(None),
            Delivery.id != row.id,
        )
        .order_by(Delivery.id)
        .limit(1)
    )
    return root


def _find_earlier(
    ctx: RunContext,
    kind: str,
    target: str,
    key: str,
    thread_id: str | None,
    claimed_at: datetime,
    poster: SlackPoster | None,
) -> str | None:
    if kind == SLACK and poster is not None:
        return poster.find(target, key=key, thread_ts=thread_id, oldest=claimed_at - timedelta(days=7))
    if kind == FILE and target.endswith(".md") and target.startswith("alerts-"):
        path = ctx.settings.out_dir / target
        if path.exists() and _marker(key) in path.read_text(encoding="utf-8"):
            return str(path)
    # E-mail has no way to ask; the Message-ID is fixed per delivery so mail clients fold a resend.
    return None


def _send(
    ctx: RunContext,
    kind: str,
    target: str,
    key: str,
    thread_id: str | None,
    message: _Outgoing,
    poster: SlackPoster | None,
) -> str:
    if kind == SLACK:
        assert poster is not None
        text = message.slack_text or message.text
        _, ts = poster.post(target, text=text, blocks=message.blocks, key=key, thread_ts=thread_id)
        return ts
    if kind == EMAIL:
        email = build_message(
            sender=ctx.settings.smtp.sender,
            to=target,
            subject=message.title,
            text=message.text,
            html=message.html,
            message_id=f"<{key.replace('/', '.').replace(':', '-').replace('#', '')}@hrdwatch>",
            date=ctx.now,
        )
        return send_email(ctx.settings.smtp, email)
    return _write_file(ctx.settings.out_dir, target, key, message)


def _write_file(out_dir: Path, name: str, key: str, message: _Outgoing) -> str:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / name
    try:
        if message.append:
            with path.open("a", encoding="utf-8") as handle:
                handle.write(f"{_marker(key)}\n{message.text}\n\n")
        else:
            _atomic_write(path, message.html or message.text)
            _atomic_write(path.with_suffix(".md"), message.text)
    except OSError as exc:
        raise DeliveryError(f"file:{path}: {exc.strerror or exc}") from None
    return str(path)


def _atomic_write(path: Path, content: str) -> None:
    partial = path.with_name(path.name + ".partial")
    partial.write_text(content, encoding="utf-8")
    partial.replace(path)


def _marker(key: str) -> str:
    return f"<!-- {key} -->"


def _is_file(ctx: RunContext, delivery_id: int) -> bool:
    with ctx.db.session() as session:
        dest = session.scalar(select(Delivery.destination).where(Delivery.id == delivery_id))
    return bool(dest and dest.startswith(f"{FILE}:"))


# -- message content ----------------------------------------------------------------------------


def _message_for(session: Session, row: Delivery) -> _Outgoing:
    if row.subject.startswith("alert:"):
        alert = session.get(Alert, int(row.subject.split(":")[1]))
        if alert is None:
            raise DeliveryError(f"{row.subject}: the alert no longer exists")
        incident = session.get(Incident, alert.incident_id)
        assert incident is not None
        view = _alert_view(session, alert, incident)
        return _Outgoing(
            text=alert_text(view) if row.destination.startswith(f"{SLACK}:") else _alert_markdown(view),
            blocks=alert_blocks(view),
            report_ids=[int(r) for r in incident.report_ids] or [alert.report_id],
            incident_id=incident.id,
        )
    if row.subject.startswith("update:"):
        _, incident_id, report_id = row.subject.split(":")
        update = _report_update(session, int(incident_id), int(report_id))
        return _Outgoing(
            text=update_text(update) if row.destination.startswith(f"{SLACK}:") else _update_markdown(update),
            blocks=update_blocks(update),
            report_ids=[update.report_id],
            incident_id=update.incident_id,
        )
    raise DeliveryError(f"{row.subject}: no message can be rebuilt for this subject; run the digest again")


def _alert_view(
    session: Session, alert: Alert, incident: Incident, *, since: datetime | None = None
) -> AlertView:
    report_ids = [int(r) for r in incident.report_ids] or [alert.report_id]
    reports = session.scalars(select(Report).where(Report.id.in_(report_ids))).all()
    sources = {
        s.id: s
        for s in session.scalars(
            select(Source).where(Source.id.in_({r.source_id for r in reports if r.source_id}))
        )
    }
    reports = sorted(reports, key=lambda r: (r.published_at or r.fetched_at, r.id))
    main = next((r for r in reports if r.id == alert.report_id), None) or session.get(Report, alert.report_id)
    classification = session.scalar(select(Classification).where(Classification.report_id == alert.report_id))
    evidence: list[str] = []
    for item in (classification.evidence if classification else []) or []:
        passage = str(item.get("text", "")) if isinstance(item, dict) else str(item)
        if passage and passage not in evidence:
            evidence.append(passage)
    who = [str(h.get("entry") or h.get("name") or "") for h in alert.hits if isinstance(h, dict)]
    who = [w for i, w in enumerate(who) if w and w not in who[:i]] or (
        [incident.target] if incident.target else []
    )
    source_names = {r.id: (sources[r.source_id].name if r.source_id in sources else "") for r in reports}
    links: list[SourceLink] = []
    seen_sources: set[str] = set()
    for report in reports:
        name = source_names[report.id] or _host(report.url)
        if name not in seen_sources:
            seen_sources.add(name)
            links.append(SourceLink(name=name, url=report.url, title=report.title))
    reasons = [
        ReasonLine(str(r.get("factor", "")), _effect(r.get("effect", "")), str(r.get("detail", "")))
        for r in alert.reasons
        if isinstance(r, dict)
    ]
    return AlertView(
        alert_id=alert.id,
        incident_id=incident.id,
        priority=alert.priority,
        headline=alert.headline or (main.title if main else ""),
        categories=tuple(alert.categories or incident.categories or [incident.category]),
        who=tuple(who),
        country=incident.country,
        evidence=tuple(evidence),
        report_text=" — ".join(t for t in ((main.title, main.summary) if main else ()) if t),
        sources=tuple(links),
        timeline=tuple(
            TimelineEntry(
                when=r.published_at or r.fetched_at, text=r.title, source=source_names[r.id], url=r.url
            )
            for r in reports
        ),
        reasons=tuple(reasons),
        explanation=alert.explanation,
        is_escalation=alert.is_escalation,
        is_new_incident=since is None or incident.first_seen >= since,
        report_count=len(report_ids),
        source_count=len(set(incident.sources)) or len(seen_sources),
        created_at=alert.created_at,
        url=main.url if main else "",
    )


def _report_update(session: Session, incident_id: int, report_id: int) -> ReportUpdate:
    report = session.get(Report, report_id)
    if report is None:
        raise DeliveryError(f"update:{incident_id}:{report_id}: the report no longer exists")
    source = session.get(Source, report.source_id) if report.source_id else None
    classification = session.scalar(select(Classification).where(Classification.report_id == report_id))
    evidence = tuple(
        str(e.get("text", ""))
        for e in ((classification.evidence if classification else []) or [])
        if isinstance(e, dict)
    )
    return ReportUpdate(
        incident_id=incident_id,
        report_id=report_id,
        title=report.title,
        url=report.url,
        source=source.name if source else _host(report.url),
        published_at=report.published_at or report.fetched_at,
        evidence=evidence,
    )


def _effect(value: object) -> str:
    """Priority points read "+2"/"-1"; anything else as given."""
    return f"{value:+d}" if isinstance(value, int) else str(value)


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).hostname or "unknown source"


def _alert_markdown(view: AlertView) -> str:
    """A readable block for the console/file fallback (feed text flattened to one line each)."""
    from alerts.digest import escape_markdown as md

    lines = [
        f"## Priority {view.priority}: {md(view.headline[:300])}",
        f"- Categories: {category_names(view.categories)}",
        f"- Who: {md(', '.join(view.who)[:300]) or 'not named'} · Where: {md(view.country or 'unknown')}",
        f"- Corroboration: {view.report_count} report(s) from {view.source_count} source(s)",
    ]
    lines += [f'- Evidence: "{md(e[:400])}"' for e in view.evidence[:3]]
    lines += [
        f"- Source: {md(s.name[:80])} {s.url if s.url.startswith(('http://', 'https://')) else ''}".rstrip()
        for s in view.sources[:10]
    ]
    lines += [f"- Why: {md(r.factor[:80])} ({md(r.effect[:40])}): {md(r.detail[:300])}" for r in view.reasons]
    lines.append(
        f"- Alert {view.alert_id}, incident {view.incident_id}: `hrdwatch feedback {view.alert_id} --label acknowledged|false_positive|correct`"
    )
    return "\n".join(lines)


def _update_markdown(update: ReportUpdate) -> str:
    from alerts.digest import escape_markdown as md

    return f"### Update on incident {update.incident_id}: {md(update.title[:300])}\n- {md(update.source[:80])} {update.url}"


# -- digests ------------------------------------------------------------------------------------


def _officer_zone(ctx: RunContext, officer: Officer) -> tuple[ZoneInfo, str]:
    try:
        return ZoneInfo(officer.timezone), officer.timezone
    except (ZoneInfoNotFoundError, ValueError):
        ctx.progress(f"officer {officer.id}: unknown time zone {officer.timezone!r}; using UTC")
        return ZoneInfo("UTC"), "UTC"


def _digest_for(session: Session, ctx: RunContext, officer: Officer, day: date | None) -> Digest:
    zone, zone_name = _officer_zone(ctx, officer)
    the_day = day or ctx.now.astimezone(zone).date()
    start = datetime.combine(the_day, time(0), zone).astimezone(UTC)
    end = datetime.combine(the_day + timedelta(days=1), time(0), zone).astimezone(UTC)
    history_start = start - timedelta(days=29)
    rows = session.execute(
        select(Alert, Incident)
        .join(Incident, Incident.id == Alert.incident_id)
        .where(
            Alert.created_at >= history_start,
            Alert.created_at < end,
            Alert.priority <= officer.min_priority,
            Incident.muted.is_(False),
        )
        .order_by(Alert.id)
    ).all
    mine = [(a, i) for a, i in rows() if officer.id in {int(x) for x in a.officer_ids}]
    history = [(a.created_at.astimezone(zone).date(), c) for a, _ in mine for c in (a.categories or [])]
    today = [_alert_view(session, a, i, since=start) for a, i in mine if a.created_at >= start]
    return build_digest(
        officer=officer.name,
        day=the_day,
        timezone=zone_name,
        generated_at=ctx.now,
        alerts=today,
        history=history,
    )


# -- Slack client and run lock ------------------------------------------------------------------


def _slack_poster(ctx: RunContext) -> SlackPoster | None:
    if not ctx.settings.slack_token:
        return None
    return SlackPoster(make_client(ctx.settings.slack_token, ctx.settings.slack_base_url))


@contextmanager
def _run_lock(ctx: RunContext, name: str, wait: float = LOCK_WAIT_SECONDS) -> Iterator[bool]:
    """One delivery run per database at a time; the lock dies with the process that holds it."""
    deadline = wallclock.monotonic() + wait
    if ctx.db.dialect == "postgresql":
        key = {"alerts": 0x68726477_01, "digests": 0x68726477_02}[name]
        with ctx.db.engine.connect() as conn:
            while not conn.execute(select(func.pg_try_advisory_lock(key))).scalar():
                if wallclock.monotonic() > deadline:
                    yield False
                    return
                wallclock.sleep(0.5)
            conn.commit()
            try:
                yield True
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
                conn.commit()
        return
    database = ctx.db.url.database if ctx.db.dialect == "sqlite" else None
    lock_dir = Path(database).parent if database and database != ":memory:" else ctx.settings.var_dir
    lock_dir.mkdir(parents=True, exist_ok=True)
    lock_name = f"{Path(database).name if database else 'hrdwatch'}.{name}.lock"
    with (lock_dir / lock_name).open("a") as handle:
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if wallclock.monotonic() > deadline:
                    yield False
                    return
                wallclock.sleep(0.2)
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
