"""Pattern rules per language on realistic headlines and ledes (tables in rule_tables/; English rows from
rounds 13 on, the older English cases in test_threats.py)."""

from __future__ import annotations

import pytest

from classifiers.pipeline import ReportText, ThreatClassifier
from extractors.language import detect_language
from tests.classifiers.rule_tables import CASES_BY_LANGUAGE

ROWS = [
    pytest.param(language, *case, id=f"{language}-{case[0]}")
    for language, cases in CASES_BY_LANGUAGE.items()
    for case in cases
]


@pytest.mark.parametrize(("language", "case_id", "title", "summary", "categories", "hrd_victim"), ROWS)
def test_report_categories_and_defender_flag(
    classifier: ThreatClassifier,
    language: str,
    case_id: str,
    title: str,
    summary: str,
    categories: set[str],
    hrd_victim: bool,
) -> None:
    result = classifier.classify(ReportText(case_id, title, summary, language))
    assert set(result.categories) == categories
    assert result.hrd_victim is hrd_victim


@pytest.mark.parametrize(("language", "case_id", "title", "summary", "categories", "hrd_victim"), ROWS)
def test_headline_alone_is_detected_in_its_language(
    language: str, case_id: str, title: str, summary: str, categories: set[str], hrd_victim: bool
) -> None:
    assert detect_language(title) == language
