from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from classifiers.errors import ModelError
from classifiers.gate import (
    FEATURES,
    GATE_FILE,
    LEAN,
    RAISE_FLOOR,
    THREAT_FEATURES,
    THREAT_LABEL,
    CategoryGate,
    Gate,
    GateExample,
    fit_gate,
    gate_features,
    threat_features,
    with_threat_gate,
)
from classifiers.taxonomy import ARREST_DETENTION, CATEGORIES, JUDICIAL_HARASSMENT
from classifiers.threats import THRESHOLD, Occurrence, ThreatAnalysis


def analysis(arrest_score: float, judicial_score: float = 0.0) -> ThreatAnalysis:
    """A report whose arrest trigger sits in the headline (and a judicial one in the lede, if scored)."""
    scores = dict.fromkeys(CATEGORIES, 0.0)
    scores[ARREST_DETENTION] = arrest_score
    best = {ARREST_DETENTION: Occurrence(ARREST_DETENTION, 1, 2, arrest_score, (0, 4), ("strong trigger",))}
    if judicial_score:
        scores[JUDICIAL_HARASSMENT] = judicial_score
        best[JUDICIAL_HARASSMENT] = Occurrence(JUDICIAL_HARASSMENT, 6, 7, judicial_score, (4, 9), ("weak",))
    return ThreatAnalysis(scores, (), True, True, best, list(best.values()))


def examples_where_the_model_decides() -> list[GateExample]:
    """Same rule evidence every time; the text model's score alone tells true arrests from false ones."""
    rows = []
    for i in range(40):
        truth = i % 2 == 0
        model_score = 0.9 if truth else 0.1
        rows.append(
            GateExample(
                {ARREST_DETENTION: gate_features(analysis(0.7), ARREST_DETENTION, "en", model_score)},
                frozenset({ARREST_DETENTION}) if truth else frozenset(),
            )
        )
    return rows


def test_features_follow_the_declared_order() -> None:
    values = gate_features(analysis(0.7, 0.4), ARREST_DETENTION, "es", 0.5)
    named = dict(zip(FEATURES, values, strict=True))
    assert named["rule_score"] == 0.7
    assert named["in_headline"] == 1.0
    assert named["english"] == 0.0
    assert named["model_logit"] == pytest.approx(0.0)
    assert 0.4 in values[FEATURES.index("other_rule_score_0") :]


def test_gate_learns_when_to_trust_the_model() -> None:
    arrest = fit_gate(examples_where_the_model_decides()).categories[ARREST_DETENTION]
    assert arrest.score(gate_features(analysis(0.7), ARREST_DETENTION, "en", 0.9)) >= 0.5
    assert arrest.score(gate_features(analysis(0.7), ARREST_DETENTION, "en", 0.1)) < 0.5


def constant_gate(probability: float) -> Gate:
    """A gate that gives the arrest category the same score whatever it sees."""
    width = len(FEATURES)
    bias = math.log(probability / (1 - probability)) - LEAN
    return Gate({ARREST_DETENTION: CategoryGate((0.0,) * width, bias, (0.0,) * width, (1.0,) * width)})


def test_a_doubtful_gate_keeps_the_strongest_category_the_rules_flagged() -> None:
    """Officers would rather read a borderline report than miss one: only a confident gate clears it."""
    assert constant_gate(0.3).scores(analysis(0.7), "en", {})[ARREST_DETENTION] == THRESHOLD
    assert constant_gate(0.1).scores(analysis(0.7), "en", {})[ARREST_DETENTION] == pytest.approx(
        0.1, abs=1e-3
    )


def test_the_gate_keeps_nothing_the_rules_did_not_flag() -> None:
    assert constant_gate(0.3).scores(analysis(0.45), "en", {})[ARREST_DETENTION] < THRESHOLD


def test_the_gate_flags_a_report_the_rules_did_not_only_when_confident() -> None:
    """A weak trigger alone becomes an alert only when the gate is sure; its scores read against RAISE_FLOOR."""
    assert constant_gate(RAISE_FLOOR - 0.1).scores(analysis(0.45), "en", {})[ARREST_DETENTION] < THRESHOLD
    assert constant_gate(RAISE_FLOOR).scores(analysis(0.45), "en", {})[ARREST_DETENTION] == pytest.approx(
        THRESHOLD, abs=1e-3
    )
    assert constant_gate(0.95).scores(analysis(0.45), "en", {})[ARREST_DETENTION] > THRESHOLD


def test_on_a_report_the_rules_flagged_the_gate_adds_a_category_from_the_threshold() -> None:
    """The floor guards whole reports: beside a category the rules flagged, a weak one needs only 0.5."""
    scores = constant_gate(0.6).scores(analysis(0.45, 0.6), "en", {})
    assert scores[ARREST_DETENTION] == pytest.approx(0.6, abs=1e-3)
    assert scores[JUDICIAL_HARASSMENT] == 0.6


def test_the_gate_keeps_nothing_when_another_category_stands() -> None:
    scores = constant_gate(0.3).scores(analysis(0.7, 0.6), "en", {})
    assert scores[ARREST_DETENTION] == pytest.approx(0.3, abs=1e-3)
    assert scores[JUDICIAL_HARASSMENT] == 0.6


def test_gate_never_scores_a_category_without_a_live_trigger() -> None:
    gate = fit_gate(examples_where_the_model_decides())
    silent = analysis(0.0)  # the arrest trigger was cancelled: no evidence to show an officer
    assert gate.scores(silent, "en", {ARREST_DETENTION: 0.99})[ARREST_DETENTION] == 0.0


def test_categories_the_gate_never_learnt_keep_the_rule_score() -> None:
    gate = fit_gate(examples_where_the_model_decides())
    assert JUDICIAL_HARASSMENT not in gate.categories
    scores = gate.scores(analysis(0.7, 0.55), "en", {JUDICIAL_HARASSMENT: 0.0})
    assert scores[JUDICIAL_HARASSMENT] == 0.55


def test_gate_survives_a_round_trip_through_its_file(tmp_path: Path) -> None:
    gate = fit_gate(examples_where_the_model_decides())
    gate.save(tmp_path)
    loaded = Gate.load(tmp_path)
    assert loaded is not None
    for model_score in (0.1, 0.5, 0.9):
        report = analysis(0.7)
        assert loaded.scores(report, "en", {ARREST_DETENTION: model_score}) == gate.scores(
            report, "en", {ARREST_DETENTION: model_score}
        )


def test_a_model_without_a_gate_file_has_no_gate(tmp_path: Path) -> None:
    assert Gate.load(tmp_path) is None


def test_a_gate_trained_on_other_features_is_a_clear_error(tmp_path: Path) -> None:
    fit_gate(examples_where_the_model_decides()).save(tmp_path)
    data = json.loads((tmp_path / GATE_FILE).read_text())
    data["features"] = ["rule_score"]
    (tmp_path / GATE_FILE).write_text(json.dumps(data))
    with pytest.raises(ModelError, match="other features"):
        Gate.load(tmp_path)


def test_an_unreadable_gate_file_names_the_file(tmp_path: Path) -> None:
    (tmp_path / GATE_FILE).write_text("{not json")
    with pytest.raises(ModelError, match=GATE_FILE):
        Gate.load(tmp_path)


def threat_rows() -> list[tuple[list[float], bool]]:
    """Reports with a defender and an arrest: the model's threat label alone tells real threats apart
    (as in a trend report that counts arrests of journalists)."""
    rows = []
    for i in range(40):
        truth = i % 2 == 0
        scores = {ARREST_DETENTION: 0.7}
        rows.append(
            (threat_features(analysis(0.7), (ARREST_DETENTION,), scores, 0.9 if truth else 0.1), truth)
        )
    return rows


def test_features_of_the_threat_gate_follow_the_declared_order() -> None:
    values = threat_features(analysis(0.7), (ARREST_DETENTION,), {ARREST_DETENTION: 0.6}, 0.5)
    named = dict(zip(THREAT_FEATURES, values, strict=True))
    assert named == {"model_threat_logit": 0.0, "defenders": 1.0, "civic_space": 0.0, "max_gate_score": 0.6}


def test_the_threat_gate_clears_the_defender_flag_when_the_model_sees_no_threat() -> None:
    gate = with_threat_gate(fit_gate(examples_where_the_model_decides()), threat_rows())
    report, categories, scores = analysis(0.7), (ARREST_DETENTION,), {ARREST_DETENTION: 0.7}
    assert gate.keeps_defender(report, categories, scores, {THREAT_LABEL: 0.9})
    assert not gate.keeps_defender(report, categories, scores, {THREAT_LABEL: 0.1})


def test_without_a_threat_score_the_rules_defender_flag_stands() -> None:
    """A model trained before the threat label, or a gate without a threat gate, changes no flag."""
    trained = with_threat_gate(fit_gate(examples_where_the_model_decides()), threat_rows())
    older = fit_gate(examples_where_the_model_decides())
    report, categories, scores = analysis(0.7), (ARREST_DETENTION,), {ARREST_DETENTION: 0.7}
    assert trained.keeps_defender(report, categories, scores, {ARREST_DETENTION: 0.9})
    assert older.keeps_defender(report, categories, scores, {THREAT_LABEL: 0.0})


def test_the_threat_gate_survives_a_round_trip_and_older_files_load_without_it(tmp_path: Path) -> None:
    gate = with_threat_gate(fit_gate(examples_where_the_model_decides()), threat_rows())
    gate.save(tmp_path)
    loaded = Gate.load(tmp_path)
    assert loaded is not None
    assert loaded.threat == gate.threat
    data = json.loads((tmp_path / GATE_FILE).read_text())
    del data["threat"], data["threat_features"]
    (tmp_path / GATE_FILE).write_text(json.dumps(data))
    older = Gate.load(tmp_path)
    assert older is not None
    assert older.threat is None


def test_a_threat_gate_trained_on_other_features_is_a_clear_error(tmp_path: Path) -> None:
    with_threat_gate(fit_gate(examples_where_the_model_decides()), threat_rows()).save(tmp_path)
    data = json.loads((tmp_path / GATE_FILE).read_text())
    data["threat_features"] = ["model_threat_logit"]
    (tmp_path / GATE_FILE).write_text(json.dumps(data))
    with pytest.raises(ModelError, match="other features"):
        Gate.load(tmp_path)
