"""Priority from its factors, each explained; a watchlist hit counts only with threat evidence about it."""

from __future__ import annotations

from datetime import timedelta

import pytest

from alerts.matching import WatchlistMatcher
from alerts.priority import Context, evidence_about, prioritise, vulnerable_groups
from alerts.watchlist import WatchEntry
from classifiers.result import ClassificationResult, Entities, Evidence

MATCHER = WatchlistMatcher(
    [WatchEntry("Marisol Cáceres Quispe", aliases=("Marisol Cáceres",), countries=("PE",), priority=1),
     WatchEntry("Rosa Huamán", countries=("PE",), priority=3)]
)  # fmt: skip


def classify(text: str, categories: tuple[str, ...], hrd: bool = True, sentence: str | None = None,
             persons: tuple[str, ...] = ()) -> ClassificationResult:  # fmt: skip
    sentence = sentence or text
    start = text.find(sentence)
    evidence = tuple(Evidence(c, sentence, start, start + len(sentence)) for c in categories)
    return ClassificationResult("r", categories, {}, hrd, "en", evidence, Entities(persons=persons))


def level(
    text: str, categories: tuple[str, ...], hrd: bool = True, context: Context | None = None
) -> int | None:
    result = classify(text, categories, hrd)
    hits = MATCHER.match(text, result)
    targets = [h for h in hits if evidence_about(h, result, text)]
    return prioritise(result, text, targets=targets, context=context).level


@pytest.mark.parametrize(
    ("text", "categories", "hrd", "expected"),
    [
        ("Police detained Marisol Cáceres in Cusco.", ("arrest_detention",), True, 1),
        ("Gunmen killed an indigenous land defender.", ("physical_attack",), True, 1),
        ("Police detained a journalist.", ("arrest_detention",), True, 2),
        ("Gunmen attacked a journalist.", ("physical_attack",), True, 2),
        ("Threats against Marisol Cáceres.", ("threat_harassment",), True, 2),
        ("Prosecutors charged an activist.", ("judicial_harassment",), True, 2),
        ("Activists received threats.", ("threat_harassment",), True, 3),
        ("Police detained Rosa Huamán.", ("arrest_detention",), True, 2),
        ("Spyware found on activists' phones.", ("surveillance_digital",), True, 3),
        ("Parliament passed a foreign agents law.", ("restrictive_law",), True, 3),
        ("Police arrested a man for theft.", ("arrest_detention",), False, None),
        ("Marisol Cáceres opened a school.", (), False, None),
    ],
)
def test_priority_table(text: str, categories: tuple[str, ...], hrd: bool, expected: int | None) -> None:
    assert level(text, categories, hrd) == expected


def test_watchlist_hit_without_threat_evidence_about_the_target_raises_nothing() -> None:
    text = "Marisol Cáceres condemned the arrest. Police detained a journalist in Puno."
    result = classify(text, ("arrest_detention",), sentence="Police detained a journalist in Puno.")
    hits = MATCHER.match(text, result)
    assert hits
    assert evidence_about(hits[0], result, text) == []
    priority = prioritise(result, text, targets=[], mentioned=hits)
    assert priority.level == 2
    assert "no threat evidence is about them" in priority.explanation


def test_sole_named_person_is_the_target_of_all_evidence() -> None:
    text = "Marisol Cáceres speaks out.\nShe was detained on Monday."
    result = classify(text, ("arrest_detention",), sentence="She was detained on Monday.",
                      persons=("Marisol Cáceres",))  # fmt: skip
    (hit,) = MATCHER.match(text, result)
    assert evidence_about(hit, result, text)


@pytest.mark.parametrize(
    ("context", "factor", "effect"),
    [
        (Context(independent_sources=3), "corroboration", 2),
        (Context(independent_sources=2), "corroboration", 1),
        (Context(independent_sources=1), "corroboration", 0),
        (Context(credibility=0.3, independent_sources=1), "credibility", -1),
        (Context(credibility=0.3, independent_sources=2), "credibility", 0),
        (Context(age=timedelta(days=1)), "recency", 0),
        (Context(age=timedelta(days=4)), "recency", -1),
        (Context(age=timedelta(days=10)), "recency", -2),
        (Context(officers_covering=0), "officer_countries", -1),
        (Context(officers_covering=2), "officer_countries", 0),
    ],
)
def test_context_factors(context: Context, factor: str, effect: int) -> None:
    result = classify("Police detained a journalist.", ("arrest_detention",))
    priority = prioritise(result, "Police detained a journalist.", context=context)
    assert [r.effect for r in priority.reasons if r.factor == factor] == [effect]
    assert priority.points == sum(r.effect for r in priority.reasons)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("An indigenous leader was detained.", "indigenous defender"),
        ("A land rights defender was shot.", "land/environmental defender"),
        ("Police raided an LGBTI centre.", "LGBTQI+ defender"),
        ("A woman activist was beaten.", "women defender"),
        ("An activist with disabilities was detained.", "defender with disabilities"),
        ("Una defensora indígena fue amenazada.", "indigenous defender"),
    ],
)
def test_vulnerable_groups(text: str, group: str) -> None:
    assert group in vulnerable_groups(text)


def test_explanation_lists_every_factor() -> None:
    result = classify("Police detained Marisol Cáceres.", ("arrest_detention",))
    (hit,) = MATCHER.match("Police detained Marisol Cáceres.", result)
    priority = prioritise(result, "Police detained Marisol Cáceres.", targets=[hit],
                          context=Context(1, 0.8, timedelta(hours=3), 1))  # fmt: skip
    for r in priority.reasons:
        assert f"{r.factor} {r.effect:+d}: {r.detail}" in priority.explanation
