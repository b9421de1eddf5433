"""`hrdwatch train`: the text model and the gate that combines it with the rules, from labelled reports.

The gate must learn how far the model can be trusted on text it has not seen, so it is fitted on
out-of-fold model scores: the examples are split into `FOLDS` parts, a model trained on the others scores
each part, and only then is the final model trained on everything. The rules score every example as
they would in production. Training stays on the CPU: `FOLDS + 1` small bag-of-words models.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Final

from classifiers.errors import ModelError
from classifiers.evaluation import LabelledReport, score
from classifiers.gate import (
    THREAT_LABEL,
    Gate,
    GateExample,
    fit_gate,
    gate_features,
    threat_features,
    with_threat_gate,
)
from classifiers.model import (
    META_FILE,
    LabelledText,
    TrainingSettings,
    fit_textcat,
    make_latest,
    model_version,
    predict,
    save_model,
)
from classifiers.pipeline import ReportText, ThreatClassifier
from classifiers.threats import ThreatAnalysis

FOLDS: Final = 5
GATED_KIND: Final = "gated"
# What the rules are made of: the package's code and its data (pattern files, gazetteer, morphology tables).
RULE_FILE_SUFFIXES: Final = (".py", ".yaml", ".yml", ".json", ".txt")


def rules_version(root: Traversable | Path | None = None) -> str:
    """A short hash of every code and data file of the `classifiers` package. The gate is fitted on the
    rules' outputs, so a gate fitted under other rules (an edited pattern file, a changed engine) must not
    be reused as if it had been trained under these: the version of a gated model includes this hash."""
    digest = hashlib.sha256()
    for name, file in sorted(_rule_files(root or files("classifiers"), "")):
        digest.update(f"{name}\n".encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()[:12]


def _rule_files(folder: Traversable | Path, prefix: str) -> list[tuple[str, Traversable | Path]]:
    found: list[tuple[str, Traversable | Path]] = []
    for entry in folder.iterdir():
        name = f"{prefix}{entry.name}"
        if entry.is_dir():
            if entry.name != "__pycache__":
                found.extend(_rule_files(entry, f"{name}/"))
        elif entry.name.endswith(RULE_FILE_SUFFIXES):
            found.append((name, entry))
    return found


def fold_of(text: str, folds: int = FOLDS) -> int:
    """A stable fold per text, so retraining on the same data repeats the same split."""
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:4], "big") % folds


def out_of_fold_scores(
    examples: Sequence[LabelledText],
    settings: TrainingSettings,
    progress: Callable[[str], None] | None = None,
    folds: int = FOLDS,
) -> list[dict[str, float]]:
    """Each example's model scores from a model that never saw it."""
    assigned = [fold_of(e.text, folds) for e in examples]
    scores: list[dict[str, float] | None] = [None] * len(examples)
    for fold in range(folds):
        held = [i for i, f in enumerate(assigned) if f == fold]
        if not held:
            continue
        if progress is not None:
            progress(
                f"fold {fold + 1}/{folds}: model on {len(examples) - len(held)} items, scoring {len(held)}"
            )
        nlp = fit_textcat([e for e, f in zip(examples, assigned, strict=True) if f != fold], settings)
        for i, s in zip(held, predict(nlp, [examples[i].text for i in held]), strict=True):
            scores[i] = s
    return [s if s is not None else {} for s in scores]


@dataclass(frozen=True)
class Analysed:
    """One labelled example as the rules read it, with the model's out-of-fold scores."""

    example: LabelledText
    language: str
    analysis: ThreatAnalysis
    model_scores: Mapping[str, float]


def analysed(
    examples: Sequence[LabelledText], model_scores: Sequence[dict[str, float]], rules: ThreatClassifier
) -> list[Analysed]:
    """The examples in languages with patterns (the others are never classified, so never gated)."""
    reports = [ReportText(str(i), e.text, "", e.language) for i, e in enumerate(examples)]
    return [
        Analysed(example, language, doc._.threats, scores)
        for example, scores, (_, language, doc) in zip(
            examples, model_scores, rules.docs(reports), strict=True
        )
        if doc is not None
    ]


def gate_examples(rows: Sequence[Analysed]) -> list[GateExample]:
    """What the gate learns from: each example's features for its live categories, and its true categories."""
    return [
        GateExample(
            {
                c: gate_features(row.analysis, c, row.language, row.model_scores.get(c, 0.5))
                for c in row.analysis.evidence_candidates
            },
            row.example.categories,
        )
        for row in rows
    ]


def threat_examples(rows: Sequence[Analysed], gate: Gate) -> list[tuple[list[float], bool]]:
    """What the threat gate learns from: the reports `gate` gives a category, with whether they are a
    threat to a defender."""
    found: list[tuple[list[float], bool]] = []
    for row in rows:
        if THREAT_LABEL not in row.model_scores:
            continue
        scores = gate.scores(row.analysis, row.language, row.model_scores)
        categories = row.analysis.reported(scores)
        if categories:
            features = threat_features(row.analysis, categories, scores, row.model_scores[THREAT_LABEL])
            found.append((features, row.example.threat))
    return found


def already_trained(
    examples: Sequence[LabelledText], model_dir: Path, settings: TrainingSettings | None = None
) -> bool:
    """Whether `model_dir` holds the model these examples and settings would train (its version is their hash)."""
    return _saved(
        model_dir, model_version(examples, settings or TrainingSettings(), GATED_KIND, rules_version())
    )


def _saved(model_dir: Path, version: str) -> bool:
    return (model_dir / version / META_FILE).is_file()


def train(
    examples: Sequence[LabelledText],
    model_dir: Path,
    settings: TrainingSettings | None = None,
    progress: Callable[[str], None] | None = None,
    rules: ThreatClassifier | None = None,
) -> Path:
    """Train the text model and its gate and make them the latest model; returns the model's directory.

    `rules` is a rules-only classifier to reuse (its pipelines are the slow part to build)."""
    settings = settings or TrainingSettings()
    if len(examples) < FOLDS * 2:
        raise ModelError(f"{len(examples)} labelled examples: the gate needs at least {FOLDS * 2}")
    rules_hash = rules_version()
    version = model_version(examples, settings, GATED_KIND, rules_hash)
    if _saved(model_dir, version):  # the same data, settings and rules: reuse, do not train twice
        return make_latest(model_dir, version)
    model_scores = out_of_fold_scores(examples, settings, progress)
    if progress is not None:
        progress("rules: scoring every example")
    rules = rules or ThreatClassifier(None, use_pretrained_ner=False)
    rows = analysed(examples, model_scores, rules)
    gate = fit_gate(gate_examples(rows))
    gate = with_threat_gate(gate, threat_examples(rows, gate))
    if progress is not None:
        progress(f"final model on all {len(examples)} items")
    nlp = fit_textcat(examples, settings, progress)
    meta = {
        "examples": len(examples),
        "settings": settings.__dict__,
        "gate": {"folds": FOLDS},
        "rules_version": rules_hash,
    }
    return save_model(nlp, model_dir, version, meta, gate)


@dataclass(frozen=True)
class FoldScore:
    """One held-out batch and language group: rules alone against rules with a model trained without it."""

    batch: str
    group: str  # "en" | "non_en", as `hrdwatch eval` reports them
    items: int
    rules: Mapping[str, float]  # macro_f1, precision, recall (threat to a defender)
    with_model: Mapping[str, float]


def cross_validate(
    batches: Mapping[str, Sequence[LabelledReport]],
    settings: TrainingSettings | None = None,
    progress: Callable[[str], None] | None = None,
) -> list[FoldScore]:
    """Leave one batch out: train on the others, score the held-out one with and without the model.

    Batches, not items, are held out: items written together share phrasing, and the question is how the
    model does on text written apart from what it learnt from.
    """
    if len(batches) < 2:
        raise ModelError("cross-validation needs at least two labelled batches")
    rules = ThreatClassifier(None, use_pretrained_ner=False)
    folds: list[FoldScore] = []
    for name, held_out in batches.items():
        examples = [
            LabelledText(item.report.text, item.categories, item.report.language, item.hrd_victim)
            for other, items in batches.items()
            if other != name
            for item in items
        ]
        if progress is not None:
            progress(f"holding out {name}: training on {len(examples)} items")
        with tempfile.TemporaryDirectory() as model_dir:
            train(examples, Path(model_dir), settings, rules=rules)
            gated = ThreatClassifier(Path(model_dir), use_pretrained_ner=False)
            reports = [item.report for item in held_out]
            before, after = (
                score(held_out, rules.classify_many(reports)),
                score(held_out, gated.classify_many(reports)),
            )
        for group, values in before["by_language_group"].items():
            if values["threat_to_defender"]["items"]:
                folds.append(
                    FoldScore(
                        name,
                        group,
                        int(values["threat_to_defender"]["items"]),
                        _summary(values),
                        _summary(after["by_language_group"][group]),
                    )
                )
    return folds


def _summary(group: Mapping[str, Any]) -> dict[str, float]:
    threat = group["threat_to_defender"]
    return {
        "macro_f1": float(group["macro_f1"]),
        "precision": float(threat["precision"]),
        "recall": float(threat["recall"]),
    }
