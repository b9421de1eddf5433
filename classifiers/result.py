"""The value a classification produces; its `to_contract()` is the `hrdwatch classify` output line."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Evidence:
    """Why a category fired. Offsets index the classified text, `title + "\n" + summary`."""

    category: str
    text: str  # the sentence that triggered the category
    start: int  # offsets of the triggering span (the trigger words)
    end: int
    trigger: str = ""  # the span itself
    sentence_start: int = -1  # offsets of `text`; -1 when not known
    sentence_end: int = -1

    def to_contract(self) -> dict[str, Any]:
        """Exactly the contract's keys; `text`/`start`/`end` are the sentence: `source[start:end] == text`."""
        known = self.sentence_start >= 0
        return {
            "category": self.category,
            "text": self.text,
            "start": self.sentence_start if known else self.start,
            "end": self.sentence_end if known else self.end,
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Evidence:
        """The inverse of `to_record`; also reads records stored before the trigger keys existed."""
        has_trigger = "trigger_start" in record
        start = int(record.get("start", 0))
        end = int(record.get("end", 0))
        return cls(
            category=str(record.get("category", "")),
            text=str(record.get("text", "")),
            start=int(record["trigger_start"]) if has_trigger else start,
            end=int(record["trigger_end"]) if has_trigger else end,
            trigger=str(record.get("trigger", "")),
            sentence_start=start if has_trigger else -1,
            sentence_end=end if has_trigger else -1,
        )

    def to_record(self) -> dict[str, Any]:
        """What storage keeps: the contract plus the trigger span (digests highlight it)."""
        return {
            **self.to_contract(),
            "trigger": self.trigger,
            "trigger_start": self.start,
            "trigger_end": self.end,
        }


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
