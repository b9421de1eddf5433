"""End to end: the offline demo collects, classifies, matches, alerts and writes digests, once."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hrdwatch.cli import main
from hrdwatch.pipeline.demo import DemoSummary, demo_settings, run_demo
from hrdwatch.settings import Settings
from hrdwatch.storage import (
    Alert,
    Base,
    Database,
    Delivery,
    Incident,
    Report,
)
from tests.conftest import make_settings

HARD_NEGATIVE_TITLES = (
    "Police arrest two men over armed robbery at Nairobi supermarket",
    "Parliament approves new excise tax on sugary drinks",
    "Colombian environmental defender honoured with international prize",
    "Ortega scores twice as Olimpia win the derby",
    "Rights defender Tural Mehdiyarli freed after serving four-year sentence",
    "Internet outage across West Africa after undersea cable cut",
)


def table_counts(db: Database) -> dict[str, int]:
    with db.session() as session:
        return {
            table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }


def alerted_titles(db: Database) -> dict[str, int]:
    """Report title → best (lowest) priority of any alert raised on it."""
    with db.session() as session:
        rows = session.execute(select(Report.title, Alert.priority).join(Alert)).all()
    best: dict[str, int] = {}
    for title, priority in rows:
        best[title] = min(priority, best.get(title, priority))
    return best


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Settings, DemoSummary, DemoSummary]:
    tmp_path = tmp_path_factory.mktemp("demo")
    settings = demo_settings(make_settings(tmp_path))
    first = run_demo(settings)
    second = run_demo(settings)
    return settings, first, second


def test_demo_collects_every_bundled_item(demo_run: tuple[Settings, DemoSummary, DemoSummary]) -> None:
    _, first, _ = demo_run
    assert first.reports == 14
    assert first.classified == 14


def test_demo_raises_priority_1_for_the_watchlisted_detained_defender(
    demo_run: tuple[Settings, DemoSummary, DemoSummary],
) -> None:
    settings, first, _ = demo_run
    assert first.alerts_by_priority.get(1, 0) >= 1
    titles = alerted_titles(Database(settings.database_url))
    detained = "Belarus: human rights defender Aliaksandra Vyshamirskaya detained in Minsk"
    killed = "Honduras: land defender Joaquín Ortega Mairena shot dead in Colón"
    assert titles.get(detained) == 1
    assert titles.get(killed) == 1


@pytest.mark.parametrize("title", HARD_NEGATIVE_TITLES)
def test_demo_raises_nothing_for_hard_negatives(
    demo_run: tuple[Settings, DemoSummary, DemoSummary], title: str
) -> None:
    settings, _, _ = demo_run
    assert title not in alerted_titles(Database(settings.database_url))


def test_demo_writes_html_and_markdown_digests(
    demo_run: tuple[Settings, DemoSummary, DemoSummary],
) -> None:
    settings, first, _ = demo_run
    assert first.digests, "no HTML digest written"
    assert all(path.name.startswith("digest-") for path in first.digests)
    assert list(settings.out_dir.glob("digest-*.md"))
    html = first.digests[0].read_text(encoding="utf-8")
    assert "<html" in html.lower()


def test_second_demo_run_adds_no_rows(demo_run: tuple[Settings, DemoSummary, DemoSummary]) -> None:
    settings, first, second = demo_run
    assert second.reports == first.reports
    assert second.alerts_by_priority == first.alerts_by_priority
    assert second.deliveries == first.deliveries
    db = Database(settings.database_url)
    before = table_counts(db)
    run_demo(settings)
    assert table_counts(db) == before


def test_demo_command_prints_the_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("HRDWATCH_SLACK_TOKEN", raising=False)
    monkeypatch.setenv("HRDWATCH_VAR_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("HRDWATCH_OUT_DIR", str(tmp_path / "out"))
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "reports" in out
    assert "P1:" in out
    assert (tmp_path / "var" / "demo.db").is_file()
    assert list((tmp_path / "out").glob("digest-*.html"))


def test_demo_posts_each_priority_1_alert_to_slack_exactly_once(tmp_path: Path) -> None:
    from tests.support.slack_server import SlackServer

    with SlackServer() as slack:
        settings = replace(
            demo_settings(make_settings(tmp_path)),
            slack_token=slack.token,
            slack_base_url=slack.base_url,
        )
        run_demo(settings)
        first_posts = len(slack.posts)
        db = Database(settings.database_url)
        with db.session() as session:
            p1_incidents = session.scalar(
                select(func.count(func.distinct(Alert.incident_id))).where(Alert.priority == 1)
            )
            sent = session.scalar(
                select(func.count())
                .select_from(Delivery)
                .where(Delivery.status == "sent", Delivery.destination.like("slack:%"))
            )
        assert (p1_incidents or 0) >= 1
        assert first_posts >= (p1_incidents or 0)
        assert sent == first_posts
        run_demo(settings)
        assert len(slack.posts) == first_posts, "second run posted again"
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Incident)) >= 1
