"""Entry point the rest of hrdwatch uses to classify reports (placeholder until the spaCy pipeline lands)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from classifiers.result import ClassificationResult


@dataclass(frozen=True)
class ReportText:
    id: str
    title: str
    summary: str = ""
    language: str | None = None  # ISO 639-1 hint; detected when None


class ThreatClassifier:
    """Classifies report texts into the seven categories with evidence."""

    def __init__(self, model_dir: Path | None = None) -> None:
        self.model_dir = model_dir

    def classify_many(self, items: Iterable[ReportText]) -> list[ClassificationResult]:
        raise NotImplementedError("the spaCy threat pipeline is not built yet")


def load_classifier(model_dir: Path | None = None) -> ThreatClassifier:
    """The classifier, with the trained model from `model_dir` when one is there."""
    return ThreatClassifier(model_dir)
