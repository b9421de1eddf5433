"""Incident targets, timeline stages and escalation rules."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from alerts.incidents import detect_stage, escalation_reasons, incident_targets, is_within_window, person_key
from alerts.matching import WatchlistMatcher
from alerts.watchlist import WatchEntry
from classifiers.result import ClassificationResult, Entities


def result(categories: tuple[str, ...], hrd: bool = True, persons: tuple[str, ...] = (),
           countries: tuple[str, ...] = ("BY",)) -> ClassificationResult:  # fmt: skip
    return ClassificationResult("r", categories, {}, hrd, "en", (), Entities(persons, (), countries))


@pytest.mark.parametrize(
    ("text", "categories", "stage"),
    [
        ("Police detained the activist on Monday.", ["arrest_detention"], "arrest"),
        ("She was charged with extremism.", ["judicial_harassment"], "charges"),
        ("Her trial opened behind closed doors.", ["judicial_harassment"], "trial"),
        ("He was sentenced to ten years.", ["judicial_harassment"], "conviction"),
        ("The journalist was released after 40 days.", [], "release"),
        ("The court acquitted the lawyer.", [], "acquittal"),
        ("Задержан правозащитник.", ["arrest_detention"], "arrest"),
        ("La defensora fue detenida.", ["arrest_detention"], "arrest"),
        ("Something vague happened.", ["threat_harassment"], "threat_harassment"),
    ],
)
def test_timeline_stage(text: str, categories: list[str], stage: str) -> None:
    assert detect_stage([text], categories) == stage


@pytest.mark.parametrize(
    ("known", "best", "new", "priority", "escalates"),
    [
        (["arrest_detention"], 2, ["arrest_detention"], 2, False),
        (["arrest_detention"], 2, ["arrest_detention"], 3, False),
        (["arrest_detention"], 2, ["judicial_harassment"], 2, True),
        (["threat_harassment"], 3, ["physical_attack"], 2, True),
        (["threat_harassment"], 3, ["threat_harassment"], 2, True),
    ],
)
def test_escalation(known: list[str], best: int, new: list[str], priority: int, escalates: bool) -> None:
    assert bool(escalation_reasons(known, best, new, priority)) is escalates


def test_graver_new_category_is_called_graver() -> None:
    assert escalation_reasons(["threat_harassment"], 3, ["physical_attack"], 3) == [
        "new category: Physical attack (graver)"
    ]


def test_targets_watchlist_then_single_person_then_civic_space() -> None:
    matcher = WatchlistMatcher([WatchEntry("Ales Bialiatski", countries=("BY",))])
    text = "Ales Bialiatski detained."
    (hit,) = matcher.match(text)
    (target,) = incident_targets(result(("arrest_detention",)), [hit], [42])
    assert (target.base_key, target.country, target.category) == ("entry:42", "BY", None)
    (person,) = incident_targets(result(("arrest_detention",), persons=("Jan Kowal",)), [], [])
    assert person.base_key == person_key("Kowal Jan")
    civic = incident_targets(result(("internet_shutdown", "restrictive_law")), [], [])
    assert [t.base_key for t in civic] == ["civic:BY:internet_shutdown", "civic:BY:restrictive_law"]
    assert incident_targets(result(("arrest_detention",), hrd=False), [], []) == []


def test_window_is_seven_days_either_way() -> None:
    t = datetime(2026, 11, 1, tzinfo=UTC)
    assert is_within_window(t, t + timedelta(days=7))
    assert not is_within_window(t, t + timedelta(days=7, seconds=1))
    assert is_within_window(t, t - timedelta(days=3))
