"""The value a classification produces; its `to_contract()` is the `hrdwatch classify` output line."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Evidence:
    category: str
    text: str  # the sentence that triggered the category
    start: int  # character offsets of the triggering span in title + "\n" + summary
    end: int
    trigger: str = ""  # the span itself

    def to_contract(self) -> dict[str, Any]:
        return {"category": self.category, "text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Entities:
    persons: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()  # ISO 3166-1 alpha-2

    def to_contract(self) -> dict[str, list[str]]:
        return {
            "persons": list(self.persons),
            "organisations": list(self.organisations),
            "countries": list(self.countries),
        }


@dataclass(frozen=True)
class ClassificationResult:
    id: str
    categories: tuple[str, ...]
    scores: dict[str, float]
    hrd_victim: bool
    language: str
    evidence: tuple[Evidence, ...] = ()
    entities: Entities = field(default_factory=Entities)
    supported: bool = True  # False: no pattern files for this language; nothing was classified
    pattern_version: str = ""
    model_version: str | None = None

    def to_contract(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "categories": list(self.categories),
            "scores": dict(self.scores),
            "hrd_victim": self.hrd_victim,
            "language": self.language,
            "evidence": [e.to_contract() for e in self.evidence],
            "entities": self.entities.to_contract(),
        }
