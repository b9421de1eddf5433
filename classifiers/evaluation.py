"""Measuring the classifier against labelled reports: the numbers behind `hrdwatch eval`."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from classifiers.errors import ClassifierError
from classifiers.pipeline import ReportText
from classifiers.result import ClassificationResult
from classifiers.taxonomy import CATEGORIES


@dataclass(frozen=True)
class LabelledReport:
    report: ReportText
    categories: frozenset[str]
    hrd_victim: bool
    split: str | None = None


def read_jsonl(path: Path) -> Iterable[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line; a bad line is one error naming file and line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ClassifierError(f"{path}: cannot read: {exc.strerror or exc}") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ClassifierError(f"{path}:{number}: not valid JSON: {exc.msg}") from None
        if not isinstance(value, dict):
            raise ClassifierError(f"{path}:{number}: expected a JSON object")
        yield number, value


def report_from(value: dict[str, Any], where: str) -> ReportText:
    if "id" not in value or not isinstance(value.get("title"), str):
        raise ClassifierError(f'{where}: needs "id" and a "title" string')
    summary = value.get("summary") or ""
    language = value.get("language")
    if not isinstance(summary, str) or (language is not None and not isinstance(language, str)):
        raise ClassifierError(f'{where}: "summary" and "language" must be strings')
    return ReportText(str(value["id"]), value["title"], summary, language or None)


def read_labelled(path: Path, split: str | None = None) -> list[LabelledReport]:
    """Labelled reports from a JSONL file, optionally only one `split` (dev|test)."""
    items: list[LabelledReport] = []
    for number, value in read_jsonl(path):
        where = f"{path}:{number}"
        categories = value.get("categories")
        if not isinstance(categories, list) or not isinstance(value.get("hrd_victim"), bool):
            raise ClassifierError(f'{where}: needs "categories" (a list) and "hrd_victim" (true/false)')
        unknown = sorted(set(categories) - set(CATEGORIES))
        if unknown:
            raise ClassifierError(f"{where}: unknown categories {', '.join(map(str, unknown))}")
        item_split = value.get("split")
        if split is not None and item_split is not None and item_split != split:
            continue
        items.append(
            LabelledReport(report_from(value, where), frozenset(categories), value["hrd_victim"], item_split)
        )
    return items


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "support": tp + fn,
    }


def _binary(pairs: Iterable[tuple[bool, bool]]) -> dict[str, float | int]:
    tp = fp = fn = 0
    for gold, predicted in pairs:
        tp += gold and predicted
        fp += predicted and not gold
        fn += gold and not predicted
    return _prf(tp, fp, fn)


def _threat(categories: Iterable[str], hrd_victim: bool) -> bool:
    """The alerting decision: some category and the targets are defenders."""
    return hrd_victim and any(True for _ in categories)


def _category_metrics(
    pairs: Sequence[tuple[LabelledReport, ClassificationResult]],
) -> tuple[dict[str, dict[str, float | int]], float]:
    per_category: dict[str, dict[str, float | int]] = {}
    for category in CATEGORIES:
        tp = fp = fn = 0
        for g, r in pairs:
            gold, predicted = category in g.categories, category in r.categories
            tp += gold and predicted
            fp += predicted and not gold
            fn += gold and not predicted
        per_category[category] = _prf(tp, fp, fn)
    scored = [c for c in CATEGORIES if per_category[c]["support"]]
    macro = sum(float(per_category[c]["f1"]) for c in scored) / len(scored) if scored else 0.0
    return per_category, round(macro, 4)


def score(labelled: Sequence[LabelledReport], results: Sequence[ClassificationResult]) -> dict[str, Any]:
    """Per-category P/R/F1, macro-F1, hrd_victim and threat-to-a-defender metrics, errors with evidence."""
    pairs = list(zip(labelled, results, strict=True))
    per_category, macro = _category_metrics(pairs)

    def threat_metrics(subset: Sequence[tuple[LabelledReport, ClassificationResult]]) -> dict[str, Any]:
        return {
            "items": len(subset),
            **_binary(
                (_threat(g.categories, g.hrd_victim), _threat(r.categories, r.hrd_victim)) for g, r in subset
            ),
        }

    english = [(g, r) for g, r in pairs if r.language == "en"]
    other = [(g, r) for g, r in pairs if r.language != "en"]
    errors: dict[str, list[dict[str, Any]]] = {"false_positives": [], "false_negatives": []}
    for g, r in pairs:
        for category in CATEGORIES:
            gold, predicted = category in g.categories, category in r.categories
            if gold == predicted:
                continue
            entry = {
                "id": g.report.id,
                "category": category,
                "language": r.language,
                "title": g.report.title,
                "score": r.scores.get(category, 0.0),
                "evidence": [e.to_contract() for e in r.evidence if e.category == category],
            }
            errors["false_positives" if predicted else "false_negatives"].append(entry)
    return {
        "items": len(pairs),
        "per_category": per_category,
        "macro_f1": macro,
        "hrd_victim": _binary((g.hrd_victim, r.hrd_victim) for g, r in pairs),
        "threat_to_defender": threat_metrics(pairs),
        "by_language_group": {
            "en": {"macro_f1": _category_metrics(english)[1], "threat_to_defender": threat_metrics(english)},
            "non_en": {"macro_f1": _category_metrics(other)[1], "threat_to_defender": threat_metrics(other)},
        },
        "unsupported": sum(1 for r in results if not r.supported),
        **errors,
    }
