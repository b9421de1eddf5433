"""Classification stage: every report without a Classification row gets one (idempotent, resumable)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from hrdwatch.pipeline.context import RunContext
from hrdwatch.storage.models.classification import Classification
from hrdwatch.storage.models.collection import Report


@dataclass(frozen=True)
class ClassifySummary:
    classified: int = 0
    threats: int = 0  # some category and hrd_victim: what the alert stage will look at
    unsupported: int = 0  # languages without pattern files: stored, counted, not classified
    pattern_version: str = ""
    model_version: str = ""

    def as_dict(self) -> dict[str, int | str]:
        return {
            "classified": self.classified,
            "threats": self.threats,
            "unsupported": self.unsupported,
            "pattern_version": self.pattern_version,
            "model_version": self.model_version,
        }


def classify_new_reports(ctx: RunContext, *, batch_size: int = 256) -> ClassifySummary:
    """Classify reports that have no classification yet, one committed batch at a time."""
    from classifiers.pipeline import ReportText, load_classifier

    classifier = load_classifier(ctx.settings.model_dir)
    classified = threats = unsupported = 0
    last_id = 0
    while True:
        with ctx.db.session() as session:
            # Keyset paging: a batch that fails leaves later ones untouched and re-runs pick it up.
            rows = session.execute(
                select(Report.id, Report.title, Report.summary, Report.language)
                .outerjoin(Classification, Classification.report_id == Report.id)
                .where(Classification.id.is_(None), Report.id > last_id)
                .order_by(Report.id)
                .limit(batch_size)
            ).all()
            if not rows:
                break
            last_id = rows[-1].id
            items = [ReportText(str(r.id), r.title, r.summary or "", r.language) for r in rows]
            for row, result in zip(rows, classifier.classify_many(items, batch_size=batch_size), strict=True):
                contract = result.to_contract()
                session.add(
                    Classification(
                        report_id=row.id,
                        categories=contract["categories"],
                        scores=contract["scores"],
                        hrd_victim=result.hrd_victim,
                        language=result.language[:8],
                        supported=result.supported,
                        evidence=[e.to_record() for e in result.evidence],
                        entities=contract["entities"],
                        pattern_version=result.pattern_version,
                        model_version=result.model_version,
                    )
                )
                classified += 1
                threats += bool(result.categories and result.hrd_victim)
                unsupported += not result.supported
        ctx.progress(f"classified {classified} reports")
    return ClassifySummary(
        classified, threats, unsupported, classifier.pattern_version, classifier.model_version or ""
    )
