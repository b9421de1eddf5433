from __future__ import annotations

from pathlib import Path

import pytest

from classifiers.errors import ModelError
from classifiers.model import MODEL_BOUND, LabelledText, TrainingSettings, combine, load_model, train
from classifiers.pipeline import ReportText, ThreatClassifier


def test_model_moves_scores_only_within_bounds_and_never_from_zero() -> None:
    combined = combine(
        {"arrest_detention": 0.9, "physical_attack": 0.0}, {"arrest_detention": 0.0, "physical_attack": 1.0}
    )
    assert combined["arrest_detention"] == pytest.approx(0.9 - MODEL_BOUND)
    assert combined["physical_attack"] == 0.0


def test_trained_model_is_versioned_and_recorded_per_classification(tmp_path: Path) -> None:
    examples = [
        LabelledText("Police arrest journalist", frozenset({"arrest_detention"})),
        LabelledText("Activist detained by police", frozenset({"arrest_detention"})),
        LabelledText("Journalist shot dead", frozenset({"physical_attack"})),
        LabelledText("Weather is mild", frozenset()),
    ]
    path = train(examples, tmp_path, TrainingSettings(epochs=2))
    again = train(examples, tmp_path, TrainingSettings(epochs=2))
    assert path == again  # same data and settings: same version, no duplicate model
    model = load_model(tmp_path)
    assert model is not None
    assert model.version == path.name
    result = ThreatClassifier(tmp_path, use_pretrained_ner=False).classify(
        ReportText("1", "Police arrest journalist", "", "en")
    )
    assert result.model_version == path.name
    assert result.pattern_version


def test_no_model_means_rules_only(tmp_path: Path) -> None:
    assert load_model(tmp_path) is None


def test_latest_pointing_nowhere_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "LATEST").write_text("textcat-missing\n")
    with pytest.raises(ModelError, match="textcat-missing"):
        load_model(tmp_path)
