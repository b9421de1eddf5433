"""The threat taxonomy. Category ids are a stable contract (DESIGN.md)."""

from __future__ import annotations

from typing import Final

ARREST_DETENTION: Final = "arrest_detention"
PHYSICAL_ATTACK: Final = "physical_attack"
THREAT_HARASSMENT: Final = "threat_harassment"
JUDICIAL_HARASSMENT: Final = "judicial_harassment"
INTERNET_SHUTDOWN: Final = "internet_shutdown"
RESTRICTIVE_LAW: Final = "restrictive_law"
SURVEILLANCE_DIGITAL: Final = "surveillance_digital"

CATEGORIES: Final[tuple[str, ...]] = (
    ARREST_DETENTION,
    PHYSICAL_ATTACK,
    THREAT_HARASSMENT,
    JUDICIAL_HARASSMENT,
    INTERNET_SHUTDOWN,
    RESTRICTIVE_LAW,
    SURVEILLANCE_DIGITAL,
)

# Higher is graver: attack, arrest > judicial > threat > surveillance > law/shutdown (DESIGN.md).
SEVERITY: Final[dict[str, int]] = {
    PHYSICAL_ATTACK: 6,
    ARREST_DETENTION: 5,
    JUDICIAL_HARASSMENT: 4,
    THREAT_HARASSMENT: 3,
    SURVEILLANCE_DIGITAL: 2,
    RESTRICTIVE_LAW: 1,
    INTERNET_SHUTDOWN: 1,
}

LABELS: Final[dict[str, str]] = {
    ARREST_DETENTION: "Arrest / detention",
    PHYSICAL_ATTACK: "Physical attack",
    THREAT_HARASSMENT: "Threats / harassment",
    JUDICIAL_HARASSMENT: "Judicial harassment",
    INTERNET_SHUTDOWN: "Internet shutdown / censorship",
    RESTRICTIVE_LAW: "Restrictive law",
    SURVEILLANCE_DIGITAL: "Surveillance / hacking",
}
