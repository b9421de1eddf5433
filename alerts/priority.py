"""Priority 1 (immediate) to 4 (low), with a readable reason for every factor.

Points are added per factor (docs/priorities.md has the table and an example):
category severity, defender targeted, watchlist target with threat evidence, especially
vulnerable group, corroboration, source credibility, recency and officer coverage.
9+ points → 1, 6–8 → 2, 3–5 → 3, less → 4.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Final

from alerts.matching import Hit
from alerts.vulnerable import default_vulnerable_groups, fold_text
from classifiers.result import ClassificationResult, Evidence
from classifiers.taxonomy import LABELS, SEVERITY

LEVEL_THRESHOLDS: Final[tuple[tuple[int, int], ...]] = ((9, 1), (6, 2), (3, 3))
LEVEL_NAMES: Final[dict[int, str]] = {1: "immediate", 2: "high", 3: "medium", 4: "low"}
ENTRY_PRIORITY_POINTS: Final[dict[int, int]] = {1: 3, 2: 2, 3: 1}
LOW_CREDIBILITY: Final = 0.5
FRESH: Final = timedelta(days=2)
STALE: Final = timedelta(days=7)


@dataclass(frozen=True)
class Reason:
    factor: str
    effect: int  # points added (negative lowers the priority)
    detail: str

    def to_dict(self) -> dict[str, Any]:
        return {"factor": self.factor, "effect": self.effect, "detail": self.detail}


@dataclass(frozen=True)
class Priority:
    level: int | None  # None: no alert (no threat, or nobody a defender)
    points: int
    reasons: tuple[Reason, ...]
    explanation: str


@dataclass(frozen=True)
class Context:
    """Facts about the incident and the run that are not in the report text.

    None means unknown (e.g. `hrdwatch match` has no incident, source or officers): the factor
    is then explained and left neutral."""

    independent_sources: int | None = None
    credibility: float | None = None
    age: timedelta | None = None
    officers_covering: int | None = None


def vulnerable_groups(text: str) -> tuple[str, ...]:
    """Especially vulnerable groups named in the text (keywords: `alerts/vulnerable_groups.yaml`)."""
    return default_vulnerable_groups().find(text)


def threat_targets(
    hits: Sequence[Hit], classification: ClassificationResult, text: str
) -> tuple[list[Hit], list[Hit]]:
    """Split hits into targets (threat evidence is about them) and the merely mentioned.

    Evidence whose sentence names a hit (full name, or the surname in a headline) is direct;
    only when no hit has direct evidence does the sole person or organisation the classifier
    names count as the target (`evidence_about`). So the colleagues quoted in a story about an
    arrested defender are mentioned, not targeted."""
    direct = [h for h in hits if direct_evidence_about(h, classification, text)]
    targets = direct or [h for h in hits if evidence_about(h, classification, text)]
    return targets, [h for h in hits if h not in targets]


def direct_evidence_about(hit: Hit, classification: ClassificationResult, text: str) -> list[Evidence]:
    """Threat evidence whose sentence mentions the hit's target."""
    found = []
    for ev in classification.evidence:
        lo, hi = _sentence_span(ev, text)
        if any(m.start < hi and lo < m.end for m in hit.mentions):
            found.append(ev)
    return found


def evidence_about(hit: Hit, classification: ClassificationResult, text: str) -> list[Evidence]:
    """Threat evidence whose sentence mentions the hit's target.

    When the classifier names exactly the target as the only person (or organisation), all
    evidence counts: nobody else in the story can be the one threatened."""
    if not classification.evidence:
        return []
    found = direct_evidence_about(hit, classification, text)
    if found:
        return found
    named = (
        classification.entities.persons
        if hit.entry.kind == "person"
        else classification.entities.organisations
    )
    if named and all(_refers_to(hit, n) for n in named):
        return list(classification.evidence)
    return []


def _sentence_span(ev: Evidence, text: str) -> tuple[int, int]:
    if ev.text:
        lo = text.find(ev.text, max(0, ev.start - len(ev.text)), ev.end + len(ev.text))
        if lo >= 0:
            return lo, lo + len(ev.text)
    return ev.start, ev.end


def _refers_to(hit: Hit, named: str) -> bool:
    folded = set(fold_text(named).split())
    return any(folded and folded <= set(fold_text(m.text).split()) | _name_words(hit) for m in hit.mentions)


def _name_words(hit: Hit) -> set[str]:
    words = set(fold_text(hit.entry.name).split())
    for alias in hit.entry.aliases:
        words |= set(fold_text(alias).split())
    return words


def prioritise(
    classification: ClassificationResult,
    text: str,
    *,
    targets: Sequence[Hit] = (),
    mentioned: Sequence[Hit] = (),
    context: Context | None = None,
    categories: Sequence[str] | None = None,
) -> Priority:
    """The priority of an alert on `text`.

    `targets` are watchlist hits with threat evidence about them; `mentioned` are hits without
    it (they are explained but raise nothing). `categories` narrows the report's categories
    (an incident about one category)."""
    ctx = context or Context()
    cats = [c for c in (categories if categories is not None else classification.categories) if c in SEVERITY]
    reasons: list[Reason] = []
    if not cats:
        return Priority(None, 0, (), "No alert: the report carries no threat category.")
    concerned = classification.hrd_victim or bool(targets)
    if not concerned:
        return Priority(
            None,
            0,
            (),
            "No alert: the report names no watchlist target with threat evidence and no defender.",
        )
    gravest = max(cats, key=lambda c: SEVERITY[c])
    others = [LABELS[c] for c in cats if c != gravest]
    detail = f"{LABELS[gravest]} (severity {SEVERITY[gravest]} of 6)"
    if others:
        detail += f"; also {', '.join(others)}"
    reasons.append(Reason("category", SEVERITY[gravest], detail))

    if classification.hrd_victim:
        reasons.append(
            Reason("hrd_victim", 2, "the people targeted are defenders, journalists or civil society")
        )
    else:
        reasons.append(Reason("hrd_victim", 2, "the target is on the watchlist, so a defender by definition"))

    if targets:
        best = min(targets, key=lambda h: h.entry.priority)
        names = ", ".join(f"{h.entry.name} (entry priority {h.entry.priority})" for h in targets)
        points = ENTRY_PRIORITY_POINTS.get(best.entry.priority, 1)
        reasons.append(Reason("watchlist", points, f"threat evidence about watchlist target {names}"))
    for hit in mentioned:
        reasons.append(
            Reason("watchlist", 0, f"{hit.entry.name} is mentioned, but no threat evidence is about them")
        )

    groups = vulnerable_groups(text)
    if groups:
        reasons.append(Reason("vulnerable_group", 1, f"especially vulnerable: {', '.join(groups)}"))

    if ctx.independent_sources is None:
        reasons.append(Reason("corroboration", 0, "not known for a single report"))
    elif ctx.independent_sources >= 3:
        reasons.append(Reason("corroboration", 2, f"{ctx.independent_sources} independent sources"))
    elif ctx.independent_sources == 2:
        reasons.append(Reason("corroboration", 1, "2 independent sources"))
    else:
        reasons.append(Reason("corroboration", 0, "a single source so far"))

    if ctx.credibility is None:
        reasons.append(Reason("credibility", 0, "source credibility not known"))
    elif ctx.credibility < LOW_CREDIBILITY and (ctx.independent_sources or 1) < 2:
        reasons.append(
            Reason("credibility", -1, f"low-credibility source ({ctx.credibility:.1f}), uncorroborated")
        )
    else:
        reasons.append(Reason("credibility", 0, f"source credibility {ctx.credibility:.1f}"))

    if ctx.age is None:
        reasons.append(Reason("recency", 0, "publication time not known"))
    elif ctx.age > STALE:
        reasons.append(Reason("recency", -2, f"published {ctx.age.days} days ago"))
    elif ctx.age > FRESH:
        reasons.append(Reason("recency", -1, f"published {ctx.age.days} days ago"))
    else:
        reasons.append(Reason("recency", 0, "published in the last 2 days"))

    if ctx.officers_covering is not None:
        if ctx.officers_covering:
            reasons.append(
                Reason(
                    "officer_countries", 0, f"{ctx.officers_covering} officer(s) cover the country or target"
                )
            )
        else:
            reasons.append(
                Reason("officer_countries", -1, "no officer covers the country or follows the target")
            )

    points = sum(r.effect for r in reasons)
    level = points_to_level(points)
    return Priority(level, points, tuple(reasons), explain(level, points, reasons))


def points_to_level(points: int) -> int:
    for threshold, level in LEVEL_THRESHOLDS:
        if points >= threshold:
            return level
    return 4


def explain(level: int, points: int, reasons: Sequence[Reason]) -> str:
    parts = [f"{r.factor} {r.effect:+d}: {r.detail}" for r in reasons]
    return f"Priority {level} ({LEVEL_NAMES[level]}), {points} points. " + "; ".join(parts) + "."
