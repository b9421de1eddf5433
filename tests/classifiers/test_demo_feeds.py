"""The offline demo's feeds classify as an officer would expect: every threat found, no hard
negative alerted. The demo is what a new user sees first."""

from __future__ import annotations

from datetime import UTC, datetime
from importlib import resources

import pytest

from classifiers.pipeline import ReportText, ThreatClassifier
from classifiers.result import ClassificationResult
from extractors.feeds import parse_feed

# Title start → categories that must be found (others may be added by secondary sentences).
POSITIVES = {
    "Belarus: human rights defender": {"arrest_detention"},
    "Honduras: land defender": {"physical_attack"},
    "Kenyan journalist Amani Wekesa receives death threats": {"threat_harassment"},
    "Kyrgyzstan: parliament adopts law": {"restrictive_law"},
    "Minsk court charges detained rights defender": {"judicial_harassment"},
    "Ethiopia orders mobile internet shutdown": {"internet_shutdown"},
    "Spyware found on phones of two Mexican journalists": {"surveillance_digital"},
    "Belarusian rights defender Vyshamirskaya taken into custody": {"arrest_detention"},
}
HARD_NEGATIVES = (
    "Rights defender Tural Mehdiyarli freed",
    "Internet outage across West Africa after undersea cable cut",
    "Police arrest two men over armed robbery",
    "Parliament approves new excise tax",
    "Colombian environmental defender honoured",
    "Ortega scores twice",
)


@pytest.fixture(scope="module")
def demo_results(classifier: ThreatClassifier) -> dict[str, ClassificationResult]:
    feeds = resources.files("hrdwatch") / "demo" / "feeds"
    reports = [
        ReportText(item.title, item.title, item.summary, item.language)
        for feed in feeds.iterdir()
        for item in parse_feed(feed.read_bytes(), now=datetime(2026, 11, 21, tzinfo=UTC)).items
    ]
    return {r.id: r for r in classifier.classify_many(reports)}


def _by_title_start(results: dict[str, ClassificationResult], start: str) -> ClassificationResult:
    found = [r for title, r in results.items() if title.startswith(start)]
    assert len(found) == 1, f"demo feed item {start!r} not found exactly once"
    return found[0]


@pytest.mark.parametrize(("title_start", "expected"), POSITIVES.items())
def test_demo_threat_is_found_with_evidence(
    demo_results: dict[str, ClassificationResult], title_start: str, expected: set[str]
) -> None:
    result = _by_title_start(demo_results, title_start)
    assert expected <= set(result.categories)
    assert result.hrd_victim
    assert expected <= {e.category for e in result.evidence}


@pytest.mark.parametrize("title_start", HARD_NEGATIVES)
def test_demo_hard_negative_has_no_category(
    demo_results: dict[str, ClassificationResult], title_start: str
) -> None:
    assert _by_title_start(demo_results, title_start).categories == ()
