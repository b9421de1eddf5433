from __future__ import annotations

from pathlib import Path

import pytest

import classifiers.training as training
from classifiers.errors import ModelError
from classifiers.gate import GATE_FILE
from classifiers.model import MODEL_BOUND, TrainingSettings, combine, load_model
from classifiers.pipeline import ReportText, ThreatClassifier
from tests.classifiers.test_training import EXAMPLES


def test_model_moves_scores_only_within_bounds_and_never_from_zero() -> None:
    combined = combine(
        {"arrest_detention": 0.9, "physical_attack": 0.0}, {"arrest_detention": 0.0, "physical_attack": 1.0}
    )
    assert combined["arrest_detention"] == pytest.approx(0.9 - MODEL_BOUND)
    assert combined["physical_attack"] == 0.0


def test_a_model_saved_without_a_gate_nudges_rule_scores(tmp_path: Path) -> None:
    """Models from before the gate existed still load: their scores move rule scores within bounds."""
    path = training.train(EXAMPLES, tmp_path, TrainingSettings(epochs=1))
    (path / GATE_FILE).unlink()
    classifier = ThreatClassifier(tmp_path, use_pretrained_ner=False)
    assert classifier.model is not None
    assert classifier.model.gate is None
    report = ReportText("1", "Police detain journalist Ana Veldt in Corvale", "", "en")
    rules_only = ThreatClassifier(None, use_pretrained_ner=False).classify(report)
    nudged = classifier.classify(report)
    assert nudged.model_version == path.name
    for category, score in nudged.scores.items():
        assert abs(score - rules_only.scores[category]) <= MODEL_BOUND + 1e-9


def test_no_model_means_rules_only(tmp_path: Path) -> None:
    assert load_model(tmp_path) is None


def test_latest_pointing_nowhere_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "LATEST").write_text("textcat-missing\n")
    with pytest.raises(ModelError, match="textcat-missing"):
        load_model(tmp_path)
