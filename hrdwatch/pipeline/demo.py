"""The offline demo: the real pipeline over bundled feeds, a fictional watchlist and fictional officers."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from hrdwatch.pipeline.context import RunContext
from hrdwatch.pipeline.run import run_once
from hrdwatch.settings import Settings
from hrdwatch.storage import Alert, Classification, Database, Delivery, Report

# The demo runs at a fixed logical time so that its output is the same whenever it is run.
DEMO_NOW = datetime(2026, 11, 21, 7, 0, tzinfo=UTC)
DEMO_DATABASE_FILE = "demo.db"


@dataclass(frozen=True)
class DemoSummary:
    database: str
    reports: int
    classified: int
    unsupported: int
    flagged: int
    alerts_by_priority: dict[int, int]
    deliveries: dict[str, int]
    digests: list[Path]
    stages: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "database": self.database,
            "reports": self.reports,
            "classified": self.classified,
            "unsupported": self.unsupported,
            "flagged": self.flagged,
            "alerts_by_priority": {str(k): v for k, v in sorted(self.alerts_by_priority.items())},
            "deliveries": dict(self.deliveries),
            "digests": [str(p) for p in self.digests],
            "stages": self.stages,
        }


def demo_settings(settings: Settings, database_url: str | None = None) -> Settings:
    """The demo keeps its fictional watchlist in its own database, never in the real one."""
    from dataclasses import replace

    url = database_url or f"sqlite:///{settings.var_dir / DEMO_DATABASE_FILE}"
    return replace(settings, database_url=url)


def run_demo(settings: Settings, *, progress: Any = None) -> DemoSummary:
    """Migrate, load the demo watchlist and officers, run every stage once, write the digests."""
    from extractors.snapshot import SnapshotTransport
    from hrdwatch.pipeline.watchlist import import_officers, import_watchlist

    db = Database(settings.database_url)
    db.upgrade()
    demo = files("hrdwatch") / "demo"
    with (
        as_file(demo / "feeds") as feeds_dir,
        as_file(demo / "sources.yaml") as sources_file,
        as_file(demo / "watchlist.csv") as watchlist_file,
        as_file(demo / "officers.yaml") as officers_file,
    ):
        ctx = RunContext(
            settings=settings,
            db=db,
            now=DEMO_NOW,
            feed_transport=SnapshotTransport(feeds_dir),
            **({"progress": progress} if progress else {}),
        )
        import_watchlist(ctx, watchlist_file)
        import_officers(ctx, officers_file)
        summary = run_once(ctx, sources_file=sources_file, with_digest=True, digest_day=DEMO_NOW.date())
    return summarise(db, settings, summary.as_dict())


def summarise(db: Database, settings: Settings, stages: dict[str, Any]) -> DemoSummary:
    """Totals straight from the database, so a second run shows the same numbers."""
    with db.session() as session:
        reports = session.scalar(select(func.count()).select_from(Report)) or 0
        classified = session.scalar(select(func.count()).select_from(Classification)) or 0
        unsupported = (
            session.scalar(
                select(func.count()).select_from(Classification).where(Classification.supported.is_(False))
            )
            or 0
        )
        flagged = sum(1 for categories in session.scalars(select(Classification.categories)) if categories)
        priorities = Counter(session.scalars(select(Alert.priority)))
        deliveries = Counter(session.scalars(select(Delivery.status)))
    digests = sorted(settings.out_dir.glob("digest-*.html"))
    return DemoSummary(
        database=db.safe_url,
        reports=reports,
        classified=classified,
        unsupported=unsupported,
        flagged=flagged,
        alerts_by_priority=dict(priorities),
        deliveries=dict(deliveries),
        digests=digests,
        stages=stages,
    )


def render_summary(summary: DemoSummary) -> str:
    """The one-screen summary `hrdwatch demo` prints."""
    by_priority = ", ".join(f"P{p}: {summary.alerts_by_priority.get(p, 0)}" for p in (1, 2, 3, 4))
    lines = [
        "hrdwatch demo — offline run over bundled feeds (fictional people only)",
        f"  database        {summary.database}",
        f"  reports         {summary.reports} collected",
        f"  classified      {summary.classified} ({summary.flagged} flagged as threats, "
        f"{summary.unsupported} in unsupported languages)",
        f"  alerts          {sum(summary.alerts_by_priority.values())} ({by_priority})",
        "  deliveries      "
        + (", ".join(f"{n} {s}" for s, n in sorted(summary.deliveries.items())) or "none"),
    ]
    if summary.digests:
        lines.append(f"  digests         {len(summary.digests)} written:")
        lines.extend(f"                  {path}" for path in summary.digests)
    else:
        lines.append("  digests         none written")
    lines.append("Open the HTML digest in a browser; P1 alerts were sent to the console/file")
    lines.append("delivery (set HRDWATCH_SLACK_TOKEN to send them to Slack).")
    return "\n".join(lines)
