from __future__ import annotations

import pytest

from classifiers.pipeline import ThreatClassifier


@pytest.fixture(scope="session")
def classifier() -> ThreatClassifier:
    """Rules only, no pretrained NER: the path every installation has."""
    return ThreatClassifier(use_pretrained_ner=False)
