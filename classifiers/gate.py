"""The gate: a learned decision, per category, over what the rules found and what the text model thinks.

The rules know *why* a category might apply (a trigger, its target, whether it was reversed, whether it
is in the headline); the bag-of-words model knows which words came with each category in the labelled
data. Neither transfers well alone to press text nobody tuned on: rules miss phrasings, the model is
small. The gate is a logistic regression per category over a few numbers from both (`FEATURES`), trained
on the labelled data with the model's scores taken out of fold, so it learns how far to trust each.

It only decides among categories with a live rule trigger, so every positive keeps its evidence sentence,
and it moves the rules' decision about a whole report only when it is confident: it clears a report the
rules flagged below `KEEP_FLOOR`, and flags a report the rules did not from `RAISE_FLOOR`.
A second, report-level regression (the threat gate, over `THREAT_FEATURES`) may clear the rules' defender
flag of a report the gate gave a category, from the model's "threat to a defender" label.
Numbers are standardised with the training data's means and scales; everything is stored as JSON next to
the model it was trained with.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Final

from classifiers.errors import ModelError
from classifiers.taxonomy import CATEGORIES
from classifiers.threats import CIVIC_SPACE, THRESHOLD, ThreatAnalysis

GATE_FILE: Final = "gate.json"
# The text model's eighth label: some category and the targets are defenders (the alert decision).
THREAT_LABEL: Final = "threat_to_defender"
# Training settings measured by cross-validation across labelled batches (docs/classifiers.md).
L2: Final = 10.0
ITERATIONS: Final = 400
LEARNING_RATE: Final = 0.5
# Officers would rather read a borderline report than miss an arrest: a category is reported from a 40%
# chance, i.e. the log-odds are shifted by logit(0.6) so that scores keep the rules' 0.5 boundary.
LEAN: Final = math.log(0.6 / 0.4)
# The gate may clear a report the rules flagged only when it is confident: below this score. Otherwise the
# rules' strongest category stays, at the threshold. Leave-one-batch-out over nine batches: the gate alone
# lost threat recall (0.911 -> 0.894 English, 0.892 -> 0.876 other languages); keeping from 0.2 it gained
# recall (0.915, 0.915) and kept the gate's macro-F1 gain (docs/classifiers.md).
KEEP_FLOOR: Final = 0.2
# The other way round, the gate may flag a report the rules did not flag only from this score (its scores on
# such a report are read against it instead of 0.5). A gate fitted on the tuning data, where the rules fit
# well, learns to promote their weak triggers; on batches the rules were never tuned on (their rules as they
# were when each was blind, leaving each batch out in turn) that cost threat precision, most outside
# English. From 0.8: macro-F1 0.825 -> 0.827 English, 0.762 -> 0.772 other languages; threat precision
# 0.884 -> 0.896 and 0.815 -> 0.853 at recall 0.911 -> 0.898 and 0.892 -> 0.887 (docs/classifiers.md).
RAISE_FLOOR: Final = 0.8
_EPSILON: Final = 1e-4

FEATURES: Final = (
    "rule_score",  # the category's rule score
    "live_triggers",  # triggers of the category that kept a score
    "strong_triggers",  # triggers scoring at least half the threshold
    "in_headline",  # the best trigger is in the headline
    "defenders",  # a defender is named anywhere in the report
    "english",  # the English patterns are the most tuned
    "model_logit",  # the text model's opinion, as log-odds and as a probability
    "model_score",
    *(f"other_rule_score_{i}" for i in range(len(CATEGORIES) - 1)),  # the other categories' rule scores
)


# What the threat gate weighs to keep a report's defender flag: most threat false alarms, leaving one training
# file out, were reports with a defender and a category the labels do not give (a trend report, the
# aggressor's trial); the model's threat label knows their words, rule features alone did not help
# (docs/classifiers.md).
THREAT_FEATURES: Final = (
    "model_threat_logit",  # the text model's threat-to-a-defender label, as log-odds
    "defenders",  # a defender is named anywhere in the report
    "civic_space",  # a law or a shutdown: a threat to defenders whoever is named
    "max_gate_score",  # the strongest reported category's score
)


def threat_features(
    analysis: ThreatAnalysis, categories: Sequence[str], scores: Mapping[str, float], threat_score: float
) -> list[float]:
    """The numbers the threat gate weighs for a report with `categories` (in `THREAT_FEATURES` order)."""
    p = min(max(threat_score, _EPSILON), 1 - _EPSILON)
    return [
        math.log(p / (1 - p)),
        float(analysis.defenders_found),
        float(any(c in CIVIC_SPACE for c in categories)),
        max((scores.get(c, 0.0) for c in categories), default=0.0),
    ]


def gate_features(analysis: ThreatAnalysis, category: str, language: str, model_score: float) -> list[float]:
    """The numbers the gate weighs for one category of one report (in `FEATURES` order)."""
    occurrences = [o for o in analysis.occurrences if o.category == category]
    best = analysis.best.get(category)
    p = min(max(model_score, _EPSILON), 1 - _EPSILON)
    return [
        analysis.scores.get(category, 0.0),
        float(sum(o.score > 0 for o in occurrences)),
        float(sum(o.score >= THRESHOLD / 2 for o in occurrences)),
        float(best is not None and best.sentence[0] == 0),
        float(analysis.defenders_found),
        float(language == "en"),
        math.log(p / (1 - p)),
        p,
        *(analysis.scores.get(c, 0.0) for c in CATEGORIES if c != category),
    ]


@dataclass(frozen=True)
class CategoryGate:
    weights: tuple[float, ...]  # one per feature
    bias: float
    means: tuple[float, ...]
    scales: tuple[float, ...]

    def score(self, features: Sequence[float]) -> float:
        """The leaned probability that the category applies: positive from the rules' 0.5 boundary."""
        z = self.bias + LEAN
        for w, x, mean, scale in zip(self.weights, features, self.means, self.scales, strict=True):
            z += w * (x - mean) / scale
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class Gate:
    categories: Mapping[str, CategoryGate]
    # Over `THREAT_FEATURES`: whether a reported category is a threat to a defender (None: older models)
    threat: CategoryGate | None = None

    def scores(
        self, analysis: ThreatAnalysis, language: str, model_scores: Mapping[str, float]
    ) -> dict[str, float]:
        """The gate's score for each category it learnt that has a live trigger; the rules' for the rest.

        A report the rules flagged keeps its strongest category unless the gate scores it below `KEEP_FLOOR`;
        a report they did not flag gets a category only where the gate scores it from `RAISE_FLOOR`."""
        live = analysis.evidence_candidates
        scores = {c: analysis.scores.get(c, 0.0) for c in CATEGORIES}
        flagged = [c for c in CATEGORIES if c in live and scores[c] >= THRESHOLD]
        for category, gate in self.categories.items():
            if category in live:
                features = gate_features(analysis, category, language, model_scores.get(category, 0.5))
                score = gate.score(features)
                scores[category] = round(score if flagged else _read_against_raise_floor(score), 3)
        if flagged and not any(scores[c] >= THRESHOLD for c in live):
            strongest = max(flagged, key=scores.__getitem__)
            if scores[strongest] >= KEEP_FLOOR:
                scores[strongest] = THRESHOLD
        return scores

    def keeps_defender(
        self,
        analysis: ThreatAnalysis,
        categories: Sequence[str],
        scores: Mapping[str, float],
        model_scores: Mapping[str, float],
    ) -> bool:
        """Whether the rules' defender flag stands: the threat gate clears it below the threshold (its
        scores lean like the categories', so from a 40% chance it stays)."""
        if self.threat is None or THREAT_LABEL not in model_scores or not categories:
            return True
        features = threat_features(analysis, categories, scores, model_scores[THREAT_LABEL])
        return self.threat.score(features) >= THRESHOLD

    def to_json(self) -> dict[str, Any]:
        threat = (
            {}
            if self.threat is None
            else {"threat_features": list(THREAT_FEATURES), "threat": _as_json(self.threat)}
        )
        return {
            "features": list(FEATURES),
            "lean": LEAN,
            "keep_floor": KEEP_FLOOR,
            "raise_floor": RAISE_FLOOR,
            "categories": {c: _as_json(g) for c, g in self.categories.items()},
            **threat,
        }

    def save(self, directory: Path) -> None:
        (directory / GATE_FILE).write_text(json.dumps(self.to_json(), indent=1), encoding="utf-8")

    @classmethod
    def load(cls, directory: Path) -> Gate | None:
        """The gate saved in a model directory, or None for a model trained without one."""
        path = directory / GATE_FILE
        if not path.is_file():
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if list(data["features"]) != list(FEATURES):
                raise ModelError(f"{path}: trained with other features; retrain with `hrdwatch train`")
            threat = None
            if "threat" in data:  # models trained before the threat gate have none
                if list(data["threat_features"]) != list(THREAT_FEATURES):
                    raise ModelError(f"{path}: trained with other features; retrain with `hrdwatch train`")
                threat = _from_json(data["threat"])
            return cls({c: _from_json(g) for c, g in data["categories"].items() if c in CATEGORIES}, threat)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ModelError(f"{path}: cannot read the gate: {exc}") from exc


def _as_json(gate: CategoryGate) -> dict[str, Any]:
    return {"weights": gate.weights, "bias": gate.bias, "means": gate.means, "scales": gate.scales}


def _from_json(data: Mapping[str, Any]) -> CategoryGate:
    return CategoryGate(
        tuple(map(float, data["weights"])),
        float(data["bias"]),
        tuple(map(float, data["means"])),
        tuple(map(float, data["scales"])),
    )


def _read_against_raise_floor(score: float) -> float:
    """A gate score on a report the rules did not flag, stretched so that `RAISE_FLOOR` lands on the threshold."""
    if score < RAISE_FLOOR:
        return score * THRESHOLD / RAISE_FLOOR
    return THRESHOLD + (score - RAISE_FLOOR) * (1 - THRESHOLD) / (1 - RAISE_FLOOR)


@dataclass(frozen=True)
class GateExample:
    """One report as the gate sees it in training: features per live category, and the true categories."""

    features: Mapping[str, Sequence[float]]
    categories: frozenset[str]


def fit_gate(examples: Sequence[GateExample]) -> Gate:
    """A logistic regression per category over the examples where that category had a live trigger."""
    categories: dict[str, CategoryGate] = {}
    for category in CATEGORIES:
        rows = [e for e in examples if category in e.features]
        if not rows or len({category in e.categories for e in rows}) < 2:
            continue  # nothing to learn: the gate leaves such a category to the rules
        categories[category] = _fit_logistic(
            [e.features[category] for e in rows], [category in e.categories for e in rows]
        )
    return Gate(categories)


def with_threat_gate(gate: Gate, rows: Sequence[tuple[Sequence[float], bool]]) -> Gate:
    """`gate` with a threat gate fitted on reports it gave a category: (`threat_features`, a true threat)."""
    if len({truth for _, truth in rows}) < 2:
        return gate  # nothing to learn: the rules' defender flag decides
    return replace(gate, threat=_fit_logistic([x for x, _ in rows], [truth for _, truth in rows]))


def _fit_logistic(features: Sequence[Sequence[float]], truths: Sequence[bool]) -> CategoryGate:
    import numpy as np

    x = np.array(features, dtype=float)
    y = np.array(truths, dtype=float)
    means = x.mean(axis=0)
    scales = x.std(axis=0) + 1e-6
    design = np.hstack([(x - means) / scales, np.ones((len(x), 1))])
    w = np.zeros(design.shape[1])
    for _ in range(ITERATIONS):
        p = 1 / (1 + np.exp(-(design @ w)))
        w -= LEARNING_RATE * (design.T @ (p - y) + L2 * w) / len(x)
    return CategoryGate(
        tuple(float(v) for v in w[:-1]),
        float(w[-1]),
        tuple(float(v) for v in means),
        tuple(float(v) for v in scales),
    )
