"""Threat classifiers: a spaCy pipeline, its pattern files, evaluation and training."""

from classifiers.result import ClassificationResult, Entities, Evidence
from classifiers.taxonomy import CATEGORIES, SEVERITY

__all__ = ["CATEGORIES", "SEVERITY", "ClassificationResult", "Entities", "Evidence"]
