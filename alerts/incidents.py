"""Incidents: what one target suffers within a window, and when a new report escalates it.

The target of an incident is, in order: a watchlist entry with threat evidence about it; the
one defender the classifier names; otherwise the country's civic space for one category
(laws, shutdowns, crackdowns without a named person). A named target's incident spans
categories, so its timeline reads arrest → charges → trial → release; civic-space
incidents are one per country and category.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from alerts.matching import Hit
from alerts.vulnerable import fold_text
from classifiers.result import ClassificationResult
from classifiers.taxonomy import LABELS, SEVERITY

WINDOW: Final = timedelta(days=7)

# Stage words (folded prefixes), most advanced first: the first stage found names the entry.
STAGES: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("release", ("released", "freed", "set free", "liberad", "libere", "освобожд", "отпущ")),
    ("acquittal", ("acquitted", "acquittal", "charges dropped", "absuelt", "acquitte", "оправда")),
    ("conviction", ("sentenced", "convicted", "condenad", "condamne", "sentencia", "приговор", "осужд")),
    ("trial", ("trial", "hearing", "in court", "juicio", "audiencia", "proces", "суд")),
    ("charges", ("charged", "charges", "indicted", "accused", "imputad", "acusad", "inculpe", "обвин")),
    ("disappearance", ("disappeared", "missing", "whereabouts", "desaparec", "disparu", "пропал")),
    ("killing", ("killed", "murdered", "shot dead", "assassinat", "asesinad", "tue ", "убит")),
    ("attack", ("attacked", "assaulted", "beaten", "tortured", "agredid", "agresse", "избит")),
    ("arrest", ("arrest", "detained", "detention", "custody", "detenid", "interpel", "задерж", "арест")),
    ("raid", ("raided", "raid", "searched", "allanamiento", "perquisition", "обыск")),
    ("threat", ("threat", "intimidat", "harass", "amenaz", "menace", "угроз")),
    ("surveillance", ("spyware", "hacked", "surveillance", "pegasus", "espionaje", "слежк")),
    ("shutdown", ("shutdown", "blackout", "blocked", "throttl", "bloque", "corte de internet")),
    ("law", ("law", "bill", "decree", "ley", "loi", "закон")),
)


@dataclass(frozen=True)
class Target:
    """Who or what an incident is about; `base_key` plus the first report id makes Incident.key."""

    base_key: str
    label: str
    country: str | None
    category: str | None  # set for civic-space targets: one incident per category
    hit: Hit | None = None


def person_key(name: str) -> str:
    """A stable key for a named defender not on the watchlist (the name itself stays out of keys)."""
    folded = " ".join(sorted(fold_text(name).split()))
    return "person:" + hashlib.sha256(folded.encode()).hexdigest()[:16]


def incident_targets(
    classification: ClassificationResult,
    targets: Sequence[Hit],
    entry_ids: Sequence[int],
) -> list[Target]:
    """The targets a classified report opens or updates incidents for (may be none)."""
    countries = list(classification.entities.countries)
    if targets:
        out = []
        for hit in targets:
            shared = [c for c in countries if c in hit.entry.countries]
            candidates = shared or list(hit.entry.countries) or countries
            country = candidates[0] if candidates else None
            out.append(Target(f"entry:{entry_ids[hit.entry_index]}", hit.entry.name, country, None, hit))
        return out
    if not classification.hrd_victim:
        return []
    civic_country = countries[0] if countries else None
    persons = list(dict.fromkeys(classification.entities.persons))
    if len(persons) == 1:
        return [Target(person_key(persons[0]), persons[0], civic_country, None)]
    return [
        Target(f"civic:{civic_country or 'XX'}:{category}",
               f"{civic_country or 'unknown country'} · {LABELS[category]}", civic_country, category)
        for category in classification.categories
        if category in SEVERITY
    ]  # fmt: skip


def detect_stage(texts: Iterable[str], categories: Sequence[str]) -> str:
    """The timeline stage a report describes, from its evidence and title, else its gravest category."""
    folded = " ".join(fold_text(t) for t in texts)
    for stage, words in STAGES:
        if any(re.search(r"(?:^|\W)" + re.escape(w), folded) for w in words):
            return stage
    known = [c for c in categories if c in SEVERITY]
    return max(known, key=lambda c: SEVERITY[c]) if known else "update"


def is_within_window(last_seen: datetime, when: datetime, window: timedelta = WINDOW) -> bool:
    return abs(when - last_seen) <= window


def escalation_reasons(
    known_categories: Sequence[str],
    known_best_priority: int,
    new_categories: Sequence[str],
    new_priority: int,
) -> list[str]:
    """Why a new report on an open incident deserves a new alert; empty when it does not."""
    reasons = []
    known_severity = max((SEVERITY.get(c, 0) for c in known_categories), default=0)
    fresh = [c for c in new_categories if c in SEVERITY and c not in known_categories]
    for category in fresh:
        graver = " (graver)" if SEVERITY[category] > known_severity else ""
        reasons.append(f"new category: {LABELS[category]}{graver}")
    if new_priority < known_best_priority:
        reasons.append(f"priority rose from {known_best_priority} to {new_priority}")
    return reasons
