"""raise_alerts: incidents, escalation, routing and idempotency on real databases."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from hrdwatch.pipeline.alert import raise_alerts
from hrdwatch.pipeline.context import RunContext
from hrdwatch.pipeline.watchlist import import_officers, import_watchlist, mute_incident
from hrdwatch.storage import Database
from hrdwatch.storage.models.classification import Classification
from hrdwatch.storage.models.collection import Report, Source
from hrdwatch.storage.models.watchlist import Alert, Incident
from tests.conftest import FIXED_NOW

WATCHLIST_CSV = """name,aliases,kind,countries,priority,notes
Marisol Cáceres Quispe,Marisol Cáceres,person,PE,1,water defender
Defensores del Río Verde,,organisation,CO,2,
"""
OFFICERS_YAML = """officers:
  - name: Andes desk
    slack_channel: "#andes"
    countries: [PE, BO]
    min_priority: 2
    timezone: America/Lima
  - name: Global follower
    email: global@example.org
    watchlist: [Marisol Cáceres Quispe]
    min_priority: 4
  - name: Belarus desk
    countries: [BY]
"""


def _setup(ctx: RunContext, tmp_path: Path) -> None:
    (tmp_path / "w.csv").write_text(WATCHLIST_CSV, encoding="utf-8")
    (tmp_path / "o.yaml").write_text(OFFICERS_YAML, encoding="utf-8")
    import_watchlist(ctx, tmp_path / "w.csv")
    import_officers(ctx, tmp_path / "o.yaml")


def _report(
    db: Database,
    n: int,
    title: str,
    categories: list[str],
    *,
    hrd: bool = True,
    countries: tuple[str, ...] = ("PE",),
    source: str = "Agencia Uno",
    days_ago: float = 0.5,
    story: str | None = None,
    supported: bool = True,
    summary: str = "",
    organisations: tuple[str, ...] = (),
) -> int:
    """A stored report and its classification, evidence sentence = the title."""
    with db.session() as session:
        src = session.scalars(select(Source).where(Source.name == source)).one_or_none()
        if src is None:
            src = Source(name=source, url=f"https://{n}.example.org/feed", credibility=0.8)
            session.add(src)
            session.flush()
        report = Report(
            source_id=src.id,
            url=f"https://example.org/{n}",
            canonical_url=f"https://example.org/{n}",
            content_hash=f"hash-{n}",
            story_key=story or f"story-{n}",
            title=title,
            summary=summary,
            language="es",
            published_at=FIXED_NOW - timedelta(days=days_ago),
        )
        session.add(report)
        session.flush()
        evidence: list[Any] = [
            {"category": c, "text": title, "start": 0, "end": len(title)} for c in categories
        ]
        session.add(
            Classification(
                report_id=report.id,
                categories=categories,
                scores={c: 0.9 for c in categories},
                hrd_victim=hrd,
                language="es",
                supported=supported,
                evidence=evidence,
                entities={"persons": [], "organisations": list(organisations), "countries": list(countries)},
                pattern_version="test",
            )
        )
        return report.id


def _alerts(db: Database) -> list[Alert]:
    with db.session() as session:
        return list(session.scalars(select(Alert).order_by(Alert.id)))


def _incidents(db: Database) -> list[Incident]:
    with db.session() as session:
        return list(session.scalars(select(Incident).order_by(Incident.id)))


def test_watchlist_arrest_raises_one_explained_routed_alert(ctx: RunContext, tmp_path: Path) -> None:
    _setup(ctx, tmp_path)
    _report(ctx.db, 1, "Police detained Marisol Cáceres in Cusco.", ["arrest_detention"])
    summary = raise_alerts(ctx)
    assert summary.alerts == 1
    (alert,) = _alerts(ctx.db)
    assert alert.priority == 1
    assert alert.hits[0]["entry"] == "Marisol Cáceres Quispe"
    assert {r["factor"] for r in alert.reasons} >= {"category", "watchlist", "corroboration", "recency"}
    assert alert.explanation.startswith("Priority 1 (immediate)")
    assert len(alert.officer_ids) == 2  # Andes desk by country, Global follower by name


def test_rerun_adds_nothing(any_db: Database, settings: Any, tmp_path: Path) -> None:
    ctx = RunContext(settings=settings, db=any_db, now=FIXED_NOW)
    _setup(ctx, tmp_path)
    _report(any_db, 1, "Police detained Marisol Cáceres in Cusco.", ["arrest_detention"])
    first = raise_alerts(ctx)
    second = raise_alerts(ctx)
    assert first.alerts == 1
    assert second.as_dict()["scanned"] == 0
    assert len(_alerts(any_db)) == 1


def test_same_target_within_window_updates_incident_and_alerts_only_on_escalation(
    ctx: RunContext, tmp_path: Path
) -> None:
    _setup(ctx, tmp_path)
    _report(ctx.db, 1, "Police detained Marisol Cáceres in Cusco.", ["arrest_detention"], days_ago=3)
    _report(ctx.db, 2, "Marisol Cáceres still detained, says her family.", ["arrest_detention"],
            source="Radio Sur", days_ago=2.5)  # fmt: skip
    _report(ctx.db, 3, "Marisol Cáceres charged with sedition at a court hearing.", ["judicial_harassment"],
            days_ago=2)  # fmt: skip
    _report(ctx.db, 4, "Marisol Cáceres released.", [], days_ago=1)
    raise_alerts(ctx)
    (incident,) = _incidents(ctx.db)
    assert incident.report_ids == [1, 2, 3, 4]
    assert incident.categories == ["arrest_detention", "judicial_harassment"]
    assert [e["stage"] for e in incident.timeline] == ["arrest", "arrest", "trial", "release"]
    assert incident.sources == ["Agencia Uno", "Radio Sur"]
    alerts = _alerts(ctx.db)
    assert [a.report_id for a in alerts] == [1, 3]
    assert alerts[1].is_escalation
    assert "new category: Judicial harassment" in alerts[1].explanation


def test_surname_only_headline_joins_the_targets_incident_as_an_escalation(
    ctx: RunContext, tmp_path: Path
) -> None:
    _setup(ctx, tmp_path)
    _report(ctx.db, 1, "Police detained Marisol Cáceres Quispe in Cusco.", ["arrest_detention"], days_ago=1)
    _report(
        ctx.db,
        2,
        "Cusco court charges detained water defender Cáceres with sedition",
        ["arrest_detention", "judicial_harassment"],
        summary="Prosecutors charged Marisol Cáceres Quispe, her colleagues at Defensores del Río Verde said.",
        organisations=("Defensores del Río Verde",),
        countries=("PE", "CO"),
        source="Radio Sur",
        days_ago=0.5,
    )
    raise_alerts(ctx)
    (incident,) = _incidents(ctx.db)  # no separate incident for the quoted organisation
    assert incident.report_ids == [1, 2]
    assert [e["stage"] for e in incident.timeline] == ["arrest", "charges"]
    _, second = _alerts(ctx.db)
    assert second.is_escalation
    assert "new category: Judicial harassment" in second.explanation
    assert {h["entry"]: h["threat_evidence"] for h in second.hits} == {
        "Marisol Cáceres Quispe": True,
        "Defensores del Río Verde": False,
    }


def test_report_after_the_window_opens_a_new_incident(ctx: RunContext, tmp_path: Path) -> None:
    _setup(ctx, tmp_path)
    _report(ctx.db, 1, "Police detained Marisol Cáceres in Cusco.", ["arrest_detention"], days_ago=20)
    _report(ctx.db, 2, "Police detained Marisol Cáceres again.", ["arrest_detention"], days_ago=1)
    raise_alerts(ctx)
    assert len(_incidents(ctx.db)) == 2
    assert len(_alerts(ctx.db)) == 2


def test_muted_incident_collects_reports_without_alerts(ctx: RunContext, tmp_path: Path) -> None:
    _setup(ctx, tmp_path)
    _report(ctx.db, 1, "Police detained Marisol Cáceres in Cusco.", ["arrest_detention"])
    raise_alerts(ctx)
    (incident,) = _incidents(ctx.db)
    assert mute_incident(ctx, incident.id)
    _report(ctx.db, 2, "Marisol Cáceres attacked in custody.", ["physical_attack"])
    summary = raise_alerts(ctx)
    assert summary.muted == 1
    assert len(_alerts(ctx.db)) == 1
    assert _incidents(ctx.db)[0].report_ids == [1, 2]


def test_reports_not_about_defenders_or_unsupported_raise_nothing(ctx: RunContext, tmp_path: Path) -> None:
    _setup(ctx, tmp_path)
    _report(ctx.db, 1, "Man arrested for theft in Lima.", ["arrest_detention"], hrd=False)
    _report(ctx.db, 2, "Marisol Cáceres opened a school.", [], hrd=False)
    _report(ctx.db, 3, "Police detained Marisol Cáceres in Cusco.", ["arrest_detention"], supported=False)
    summary = raise_alerts(ctx)
    assert summary.alerts == 0
    assert summary.skipped_unsupported == 1
    assert summary.scanned == 3


def test_civic_space_reports_cluster_by_country_and_category(ctx: RunContext, tmp_path: Path) -> None:
    _setup(ctx, tmp_path)
    _report(ctx.db, 1, "Internet shut down across Belarus.", ["internet_shutdown"], countries=("BY",))
    _report(ctx.db, 2, "Mobile internet still down in Belarus.", ["internet_shutdown"], countries=("BY",),
            source="Other")  # fmt: skip
    raise_alerts(ctx)
    (incident,) = _incidents(ctx.db)
    assert incident.key.startswith("civic:BY:internet_shutdown@")
    (alert,) = _alerts(ctx.db)
    assert alert.priority == 3
    with ctx.db.session() as session:
        from hrdwatch.storage.models.watchlist import Officer

        belarus = session.scalars(select(Officer).where(Officer.name == "Belarus desk")).one()
    assert alert.officer_ids == [belarus.id]


def test_corroboration_counts_syndicated_copies_once(ctx: RunContext, tmp_path: Path) -> None:
    _setup(ctx, tmp_path)
    _report(ctx.db, 1, "Threats against Marisol Cáceres.", ["threat_harassment"], story="s")
    _report(ctx.db, 2, "Threats against Marisol Cáceres.", ["threat_harassment"], story="s", source="Copy")
    _report(ctx.db, 3, "New threats against Marisol Cáceres.", ["threat_harassment"], source="Radio Sur")
    raise_alerts(ctx)
    (incident,) = _incidents(ctx.db)
    assert len(incident.report_ids) == 3
    alerts = _alerts(ctx.db)
    # Third report: two independent sources push the priority up, which is an escalation.
    assert [a.report_id for a in alerts] == [1, 3]
    assert "2 independent sources" in alerts[1].explanation
