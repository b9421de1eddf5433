from __future__ import annotations

from sqlalchemy import func, select

from hrdwatch.pipeline.classify import classify_new_reports
from hrdwatch.pipeline.context import RunContext
from hrdwatch.settings import Settings
from hrdwatch.storage import Database
from hrdwatch.storage.models.classification import Classification
from hrdwatch.storage.models.collection import Report
from tests.conftest import FIXED_NOW


def _report(n: int, title: str, summary: str = "", language: str | None = None) -> Report:
    return Report(
        url=f"https://example.org/{n}",
        canonical_url=f"https://example.org/{n}",
        content_hash=f"hash{n}",
        title=title,
        summary=summary,
        language=language,
    )


def test_classifies_new_reports_once_and_counts_unsupported(settings: Settings, any_db: Database) -> None:
    ctx = RunContext(settings=settings, db=any_db, now=FIXED_NOW)
    with any_db.session() as session:
        session.add_all(
            [
                _report(1, "Police detain journalist in Minsk", "The reporter was taken into custody.", "en"),
                _report(2, "Polisi ilimkamata mwanaharakati", "", "sw"),
                _report(3, "Mild weather expected this weekend", "", None),
            ]
        )
    first = classify_new_reports(ctx, batch_size=2)
    assert (first.classified, first.threats, first.unsupported) == (3, 1, 1)
    again = classify_new_reports(ctx)
    assert again.classified == 0
    with any_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Classification)) == 3
        stored = session.scalars(select(Classification).order_by(Classification.report_id)).all()
        assert stored[0].categories == ["arrest_detention"]
        assert stored[0].evidence[0]["category"] == "arrest_detention"
        assert stored[0].entities["countries"] == ["BY"]
        assert stored[0].pattern_version == first.pattern_version
        assert stored[1].supported is False
        assert stored[1].language == "sw"
    assert set(first.as_dict()) >= {"classified", "threats", "unsupported"}
