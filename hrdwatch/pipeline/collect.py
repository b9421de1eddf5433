"""Collect stage: sync sources into the database, fetch them with remembered validators, store new reports.

Dedup: one report per canonical URL and per content hash (a second outlet carrying it adds a
sighting); near-duplicates across outlets share a story key. Every source's health is updated;
a failing source never stops the run and never touches stored reports.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Final

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from extractors.collector import ReportCandidate, SourceOutcome, SourceState, collect
from extractors.errors import SourceConfigError
from extractors.fetch import FetchLimits
from extractors.normalise import fold
from extractors.sources import SourceSpec, resolve_sources
from extractors.stories import StoryIndex
from hrdwatch.errors import ConfigError
from hrdwatch.pipeline.context import RunContext
from hrdwatch.storage import Report, Source, WatchlistEntry
from hrdwatch.storage.models.collection import ReportSighting

# Operators are told about a source once it has failed this many runs in a row.
FAILURE_THRESHOLD: Final = 3
STORY_WINDOW: Final = timedelta(days=3)
_LOOKUP_CHUNK: Final = 400


@dataclass(frozen=True)
class CollectSummary:
    group: str
    sources: int
    fetched: int
    not_modified: int
    unchanged: int
    failed: int
    items: int
    new_reports: int
    duplicates: int
    bytes: int
    failing_sources: int

    def as_dict(self) -> dict[str, int | str]:
        return asdict(self)


@dataclass(frozen=True)
class SourceHealth:
    name: str
    group: str
    kind: str
    enabled: bool
    last_attempt_at: datetime | None
    last_success_at: datetime | None
    consecutive_failures: int
    last_status: int | None
    last_error: str | None
    last_warning: str | None
    last_items: int
    last_bytes: int

    def failing(self, threshold: int = FAILURE_THRESHOLD) -> bool:
        return self.consecutive_failures >= threshold


def configured_sources(ctx: RunContext, sources_file: Path | None = None) -> list[SourceSpec]:
    """The sources of this run: `sources_file`, else HRDWATCH_SOURCES_FILE, else the default registry."""
    try:
        return resolve_sources(sources_file or ctx.settings.sources_file)
    except SourceConfigError as exc:
        raise ConfigError(str(exc)) from None


def source_groups(ctx: RunContext, sources_file: Path | None = None) -> list[str]:
    """Distinct groups of the enabled sources (Airflow maps one collect task over these)."""
    return sorted({spec.group for spec in configured_sources(ctx, sources_file) if spec.enabled})


def collect_new_reports(
    ctx: RunContext,
    *,
    sources_file: Path | None = None,
    group: str | None = None,
    limits: FetchLimits | None = None,
) -> CollectSummary:
    """Fetch the sources (of `group`, or all), store new reports idempotently, update feed health."""
    specs = configured_sources(ctx, sources_file)
    if group is not None and group not in {spec.group for spec in specs}:
        known = ", ".join(sorted({spec.group for spec in specs}))
        raise ConfigError(f"no source group {group!r} (groups: {known})")
    with ctx.db.session() as session:
        rows = sync_sources(session, specs)
        watch_terms = _watchlist_terms(session)
        states: list[SourceState] = []
        refused: list[SourceOutcome] = []
        for spec in specs:
            if not spec.enabled or (group is not None and spec.group != group):
                continue
            if _query_names_watchlist(spec, watch_terms):
                # The name stays out of the message: this line reaches logs and Slack.
                refused.append(
                    SourceOutcome(spec=spec, error="search query contains a watchlist name; not sent")
                )
                continue
            row = rows[spec.name]
            states.append(
                SourceState(spec, etag=row.etag, last_modified=row.last_modified, body_hash=row.body_hash)
            )
    ctx.progress(f"collect: fetching {len(states)} sources" + (f" in group {group}" if group else ""))
    outcomes = collect(
        states,
        now=ctx.now,
        limits=limits or FetchLimits(user_agent=ctx.settings.user_agent),
        transport=ctx.feed_transport,
        progress=ctx.progress,
    )
    outcomes += refused
    with ctx.db.session() as session:
        new_reports, duplicates = store_reports(session, outcomes, now=ctx.now)
        failing = record_health(session, outcomes, now=ctx.now)
    for name, failures, error in failing:
        ctx.progress(f"collect: source {name!r} has failed {failures} runs in a row: {error}")
    return CollectSummary(
        group=group or "all",
        sources=len(outcomes),
        fetched=sum(1 for o in outcomes if o.ok and not o.not_modified and not o.unchanged),
        not_modified=sum(1 for o in outcomes if o.not_modified),
        unchanged=sum(1 for o in outcomes if o.unchanged),
        failed=sum(1 for o in outcomes if not o.ok),
        items=sum(len(o.candidates) for o in outcomes),
        new_reports=new_reports,
        duplicates=duplicates,
        bytes=sum(o.wire_bytes for o in outcomes),
        failing_sources=len(failing),
    )


def sync_sources(session: Session, specs: Sequence[SourceSpec]) -> dict[str, Source]:
    """Upsert the configured sources; sources no longer configured are disabled, never deleted."""
    _insert_ignore(session, Source, [{"name": spec.name, "url": spec.url} for spec in specs])
    rows = {row.name: row for row in session.scalars(select(Source))}
    wanted = {spec.name for spec in specs}
    for spec in specs:
        row = rows[spec.name]
        if row.url != spec.url or row.kind != spec.kind:
            # A different endpoint: validators and body hash of the old one mean nothing here.
            row.etag = row.last_modified = row.body_hash = None
        row.url = spec.url
        row.kind = spec.kind
        row.language = spec.language
        row.region = spec.region
        row.credibility = spec.credibility
        row.group_name = spec.group
        row.enabled = spec.enabled
        row.allow_private_network = spec.allow_private_network
    for name, row in rows.items():
        if name not in wanted:
            row.enabled = False
    session.flush()
    return {name: row for name, row in rows.items() if name in wanted}


def store_reports(session: Session, outcomes: Iterable[SourceOutcome], *, now: datetime) -> tuple[int, int]:
    """Insert new reports and sightings; returns (new reports, duplicates seen)."""
    source_ids = {row.name: row.id for row in session.scalars(select(Source))}
    sightings: list[tuple[ReportCandidate, int]] = []
    for outcome in outcomes:
        sightings.extend((candidate, source_ids[outcome.spec.name]) for candidate in outcome.candidates)
    if not sightings:
        return 0, 0
    known = _existing_reports(session, [candidate for candidate, _ in sightings])
    stories = _recent_stories(session, now)
    new_reports = duplicates = 0
    for candidate, source_id in sightings:
        report_id = known.get(candidate.canonical_url) or known.get(candidate.content_hash)
        if report_id is None:
            story_key = stories.assign(
                candidate.title, candidate.summary, new_key=f"s-{candidate.content_hash[:24]}"
            )
            report_id = _insert_report(session, candidate, source_id, story_key, now)
            if report_id is None:  # another collect task stored it a moment ago
                report_id = _existing_reports(session, [candidate]).get(candidate.canonical_url)
                duplicates += 1
            else:
                new_reports += 1
        else:
            duplicates += 1
        if report_id is None:
            continue
        known[candidate.canonical_url] = known[candidate.content_hash] = report_id
        _insert_ignore(
            session,
            ReportSighting,
            [{"report_id": report_id, "source_id": source_id, "url": candidate.url, "seen_at": now}],
        )
    return new_reports, duplicates


def record_health(
    session: Session, outcomes: Iterable[SourceOutcome], *, now: datetime, threshold: int = FAILURE_THRESHOLD
) -> list[tuple[str, int, str]]:
    """Update each source's health; returns (name, failures, error) of sources at or past `threshold`."""
    rows = {row.name: row for row in session.scalars(select(Source))}
    failing: list[tuple[str, int, str]] = []
    for outcome in outcomes:
        row = rows[outcome.spec.name]
        row.last_attempt_at = now
        row.last_status = outcome.status
        row.last_bytes = outcome.wire_bytes
        row.last_items = len(outcome.candidates)
        if outcome.error is not None:
            row.consecutive_failures += 1
            row.last_error = outcome.error[:2000]
            if row.consecutive_failures >= threshold:
                failing.append((row.name, row.consecutive_failures, outcome.error))
            continue
        row.consecutive_failures = 0
        row.last_success_at = now
        row.last_error = None
        row.etag = outcome.etag
        row.last_modified = outcome.last_modified
        row.body_hash = outcome.body_hash
        if not (outcome.not_modified or outcome.unchanged):
            row.last_warning = outcome.warning[:2000] if outcome.warning else None
    return failing


def source_health(ctx: RunContext) -> list[SourceHealth]:
    """Every source the database knows, for `hrdwatch sources health` and the maintain stage."""
    with ctx.db.session() as session:
        return [
            SourceHealth(
                name=row.name,
                group=row.group_name,
                kind=row.kind,
                enabled=row.enabled,
                last_attempt_at=row.last_attempt_at,
                last_success_at=row.last_success_at,
                consecutive_failures=row.consecutive_failures,
                last_status=row.last_status,
                last_error=row.last_error,
                last_warning=row.last_warning,
                last_items=row.last_items,
                last_bytes=row.last_bytes,
            )
            for row in session.scalars(select(Source).order_by(Source.group_name, Source.name))
        ]


def failing_sources(ctx: RunContext, threshold: int = FAILURE_THRESHOLD) -> list[SourceHealth]:
    """Enabled sources that failed `threshold` or more runs in a row."""
    return [health for health in source_health(ctx) if health.enabled and health.failing(threshold)]


def _existing_reports(session: Session, candidates: Sequence[ReportCandidate]) -> dict[str, int]:
    """Report ids keyed by canonical URL and by content hash, for the given candidates."""
    found: dict[str, int] = {}
    urls = sorted({c.canonical_url for c in candidates})
    hashes = sorted({c.content_hash for c in candidates})
    for start in range(0, max(len(urls), len(hashes)), _LOOKUP_CHUNK):
        url_chunk = urls[start : start + _LOOKUP_CHUNK]
        hash_chunk = hashes[start : start + _LOOKUP_CHUNK]
        query = select(Report.id, Report.canonical_url, Report.content_hash).where(
            or_(Report.canonical_url.in_(url_chunk), Report.content_hash.in_(hash_chunk))
        )
        for report_id, url, digest in session.execute(query):
            found[url] = report_id
            found[digest] = report_id
    return found


def _recent_stories(session: Session, now: datetime) -> StoryIndex:
    index = StoryIndex()
    query = (
        select(Report.title, Report.summary, Report.story_key)
        .where(Report.created_at >= now - STORY_WINDOW, Report.story_key.is_not(None))
        .order_by(Report.id)
    )
    for title, summary, story_key in session.execute(query):
        index.add(title, summary or "", story_key)
    return index


def _insert_report(
    session: Session, candidate: ReportCandidate, source_id: int, story_key: str, now: datetime
) -> int | None:
    values = {
        "source_id": source_id,
        "url": candidate.url,
        "canonical_url": candidate.canonical_url,
        "content_hash": candidate.content_hash,
        "story_key": story_key,
        "title": candidate.title,
        "summary": candidate.summary,
        "language": candidate.language[:8],
        "published_at": candidate.published_at,
        "fetched_at": now,
        "created_at": now,
    }
    statement = _insert(session, Report).values(**values).on_conflict_do_nothing().returning(Report.id)
    report_id = session.execute(statement).scalar_one_or_none()
    return int(report_id) if report_id is not None else None


def _insert_ignore(session: Session, model: Any, rows: list[dict[str, Any]]) -> None:
    """INSERT … ON CONFLICT DO NOTHING on SQLite and PostgreSQL: concurrent tasks never collide."""
    if rows:
        session.execute(_insert(session, model).values(rows).on_conflict_do_nothing())


def _insert(session: Session, model: Any) -> Any:
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(model)
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        return sqlite_insert(model)
    raise ConfigError(f"unsupported database dialect {dialect!r}")


def _watchlist_terms(session: Session) -> list[str]:
    """Folded watchlist names and aliases; kept in memory only, never logged."""
    terms: set[str] = set()
    for name, aliases in session.execute(select(WatchlistEntry.name, WatchlistEntry.aliases)):
        for term in [name, *(aliases or [])]:
            folded = fold(term)
            if len(folded) >= 4:
                terms.add(folded)
    return sorted(terms)


def _query_names_watchlist(spec: SourceSpec, terms: Sequence[str]) -> bool:
    queries = [fold(query) for query in spec.search_terms()]
    if not queries or not terms:
        return False
    return any(re.search(rf"(?:^| ){re.escape(term)}(?: |$)", query) for query in queries for term in terms)


__all__ = [
    "FAILURE_THRESHOLD",
    "CollectSummary",
    "SourceHealth",
    "collect_new_reports",
    "configured_sources",
    "failing_sources",
    "source_groups",
    "source_health",
    "sync_sources",
]
