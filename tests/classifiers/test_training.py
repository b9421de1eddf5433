from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import classifiers.training as training
from classifiers.errors import ModelError
from classifiers.evaluation import LabelledReport
from classifiers.gate import GATE_FILE, THREAT_LABEL
from classifiers.model import LATEST_FILE, LabelledText, TrainingSettings, load_model, model_version
from classifiers.pipeline import ReportText, ThreatClassifier
from classifiers.taxonomy import ARREST_DETENTION, PHYSICAL_ATTACK

# Fictional people and places only.
TEXTS = [
    (
        "Police detain journalist Ana Veldt in Corvale\nShe was held overnight after covering a protest.",
        {ARREST_DETENTION},
    ),
    (
        "Activist Tomas Reyl arrested at his home\nOfficers took him to the central station.",
        {ARREST_DETENTION},
    ),
    (
        "Land defender Mira Osk shot dead near her village\nGunmen fired on her car at dawn.",
        {PHYSICAL_ATTACK},
    ),
    (
        "Trade unionist Piet Ambro beaten by unknown men\nHe was treated in hospital for head injuries.",
        {PHYSICAL_ATTACK},
    ),
    ("Police arrest robbery suspect in Corvale\nThe man was caught with a stolen phone.", set()),
    ("Journalist Ana Veldt released without charge\nShe walked free after two days.", set()),
    (
        "Lawyer Ivo Dren detained by security agents\nHis colleagues do not know where he is held.",
        {ARREST_DETENTION},
    ),
    (
        "Environmental activist Lena Farr attacked with a knife\nShe survived the assault outside her office.",
        {PHYSICAL_ATTACK},
    ),
    ("Two men arrested for burglary in Ostvik\nPolice recovered jewellery from their car.", set()),
    ("Reporter Karl Bisk taken into custody at border\nGuards held him for six hours.", {ARREST_DETENTION}),
    ("Blogger Sana Merl killed in her apartment\nNeighbours found her body on Tuesday.", {PHYSICAL_ATTACK}),
    ("Villagers celebrate harvest festival in Ostvik\nThe mayor opened the fair.", set()),
]
EXAMPLES = [LabelledText(text, frozenset(cats), "en", bool(cats)) for text, cats in TEXTS]
QUICK = TrainingSettings(epochs=2)


def test_training_saves_a_versioned_model_with_its_gate(tmp_path: Path) -> None:
    path = training.train(EXAMPLES, tmp_path, QUICK)
    assert path.name.startswith("gated-")
    assert (path / GATE_FILE).is_file()
    assert (tmp_path / LATEST_FILE).read_text().strip() == path.name
    model = load_model(tmp_path)
    assert model is not None
    assert model.gate is not None
    # the text model also learns the alert decision, which the threat gate weighs
    assert THREAT_LABEL in model.predict(["Police detain journalist Ana Veldt"])[0]


def test_retraining_on_the_same_data_reuses_the_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = training.train(EXAMPLES, tmp_path, QUICK)

    def refuse(*_: Any, **__: Any) -> Any:
        raise AssertionError("trained again")

    monkeypatch.setattr(training, "fit_textcat", refuse)
    assert training.train(EXAMPLES, tmp_path, QUICK) == first


def test_changed_rules_train_a_new_gate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The gate is fitted on the rules' outputs: after a pattern or engine change, a saved gate is stale.
    first = training.train(EXAMPLES, tmp_path, QUICK)
    monkeypatch.setattr(training, "rules_version", lambda: "edited-rules")
    assert not training.already_trained(EXAMPLES, tmp_path, QUICK)
    second = training.train(EXAMPLES, tmp_path, QUICK)
    assert second != first
    assert (tmp_path / LATEST_FILE).read_text().strip() == second.name


def test_rules_version_follows_the_package_files(tmp_path: Path) -> None:
    package = tmp_path / "classifiers"
    (package / "patterns" / "en").mkdir(parents=True)
    (package / "__pycache__").mkdir()
    (package / "threats.py").write_text("REACH = 4\n")
    pattern = package / "patterns" / "en" / "arrest_detention.yaml"
    pattern.write_text("strong: [detain]\n")
    before = training.rules_version(package)
    (package / "__pycache__" / "threats.cpython-311.pyc").write_bytes(b"compiled")
    assert training.rules_version(package) == before  # compiled caches are no rules
    pattern.write_text("strong: [detain, arrest]\n")
    edited_pattern = training.rules_version(package)
    assert edited_pattern != before
    (package / "threats.py").write_text("REACH = 5\n")
    assert training.rules_version(package) != edited_pattern


def test_with_a_gated_model_every_category_keeps_its_evidence(tmp_path: Path) -> None:
    path = training.train(EXAMPLES, tmp_path, QUICK)
    classifier = ThreatClassifier(tmp_path, use_pretrained_ner=False)
    results = classifier.classify_many(
        [ReportText(str(i), *text.split("\n"), "en") for i, (text, _) in enumerate(TEXTS)]
    )
    assert all(r.model_version == path.name for r in results)
    for result in results:
        assert {e.category for e in result.evidence} == set(result.categories)


def test_too_few_examples_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="at least"):
        training.train(EXAMPLES[:3], tmp_path, QUICK)


def test_out_of_fold_scores_come_from_models_that_never_saw_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    trained_on: list[set[str]] = []

    def fit(examples: list[LabelledText], *_: Any, **__: Any) -> set[str]:
        seen = {e.text for e in examples}
        trained_on.append(seen)
        return seen

    def predict(seen: set[str], texts: list[str]) -> list[dict[str, float]]:
        assert not seen & set(texts)
        return [{ARREST_DETENTION: 0.25}] * len(texts)

    monkeypatch.setattr(training, "fit_textcat", fit)
    monkeypatch.setattr(training, "predict", predict)
    scores = training.out_of_fold_scores(EXAMPLES, QUICK, folds=3)
    assert scores == [{ARREST_DETENTION: 0.25}] * len(EXAMPLES)
    assert 1 < len(trained_on) <= 3


def test_the_model_version_follows_the_defender_labels() -> None:
    relabelled = [LabelledText(e.text, e.categories, e.language, False) for e in EXAMPLES]
    assert model_version(relabelled, QUICK) != model_version(EXAMPLES, QUICK)


def test_folds_are_stable_and_in_range() -> None:
    folds = [training.fold_of(text) for text, _ in TEXTS]
    assert folds == [training.fold_of(text) for text, _ in TEXTS]
    assert all(0 <= f < training.FOLDS for f in folds)


def labelled(rows: list[tuple[str, set[str]]], language: str = "en") -> list[LabelledReport]:
    return [
        LabelledReport(ReportText(str(i), *text.split("\n"), language), frozenset(cats), bool(cats))
        for i, (text, cats) in enumerate(rows)
    ]


def test_cross_validation_holds_out_whole_batches() -> None:
    batches = {"first": labelled(TEXTS[:6] * 2), "second": labelled(TEXTS[6:] * 2)}
    folds = training.cross_validate(batches, QUICK)
    assert [(f.batch, f.group, f.items) for f in folds] == [("first", "en", 12), ("second", "en", 12)]
    for fold in folds:
        assert set(fold.rules) == set(fold.with_model) == {"macro_f1", "precision", "recall"}


def test_cross_validation_needs_two_batches() -> None:
    with pytest.raises(ModelError, match="two"):
        training.cross_validate({"only": labelled(TEXTS)}, QUICK)
