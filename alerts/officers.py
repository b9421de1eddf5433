"""Officers (what they follow, how urgent, where their alerts go) and routing alerts to them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from alerts.errors import WatchlistError
from alerts.names import fold_name
from alerts.watchlist import WatchEntry, yaml_items

_KEYS: Final[frozenset[str]] = frozenset(
    {"name", "email", "slack_channel", "countries", "watchlist", "min_priority", "timezone"}
)
_ISO2: Final = re.compile(r"^[A-Z]{2}$")
_EMAIL: Final = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class OfficerProfile:
    """An officer: countries and watchlist names/tags followed, least urgent priority wanted."""

    name: str
    email: str | None = None
    slack_channel: str | None = None
    countries: tuple[str, ...] = ()
    watchlist: tuple[str, ...] = ()  # entry names or tags
    min_priority: int = 4  # receives alerts of this priority and more urgent (1 is most urgent)
    timezone: str = "UTC"
    id: int | None = None

    def to_mapping(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "email": self.email,
            "slack_channel": self.slack_channel,
            "countries": list(self.countries),
            "watchlist": list(self.watchlist),
            "min_priority": self.min_priority,
            "timezone": self.timezone,
        }


def read_officers(path: Path) -> list[OfficerProfile]:
    """Officers from a YAML file `officers: [...]`; errors name the file and line."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise WatchlistError(f"{path}: cannot read officers file: {exc.strerror}") from None
    officers: list[OfficerProfile] = []
    seen: dict[str, int] = {}
    for line, item in yaml_items(text, path, "officers"):
        officer = parse_officer(item, f"{path}:{line}")
        if officer.name in seen:
            raise WatchlistError(f"{path}:{line}: officer name repeats the one on line {seen[officer.name]}")
        seen[officer.name] = line
        officers.append(officer)
    return officers


def parse_officer(item: Any, where: str) -> OfficerProfile:
    if not isinstance(item, dict):
        raise WatchlistError(f"{where}: officer is not a mapping")
    unknown = sorted(str(k) for k in item if k not in _KEYS)
    if unknown:
        raise WatchlistError(f"{where}: unknown field(s) {', '.join(unknown)}")
    name = str(item.get("name") or "").strip()
    if not name:
        raise WatchlistError(f"{where}: officer name is empty")
    email = str(item["email"]).strip() if item.get("email") else None
    if email and not _EMAIL.match(email):
        raise WatchlistError(f"{where}: email {email!r} is not an e-mail address")
    channel = str(item["slack_channel"]).strip() if item.get("slack_channel") else None
    countries = tuple(str(c).strip().upper() for c in _as_list(item.get("countries"), where, "countries"))
    for country in countries:
        if not _ISO2.match(country):
            raise WatchlistError(f"{where}: country {country!r} is not an ISO 3166-1 alpha-2 code")
    followed = tuple(str(w).strip() for w in _as_list(item.get("watchlist"), where, "watchlist") if w)
    raw_min = item.get("min_priority", 4)
    if isinstance(raw_min, bool) or not isinstance(raw_min, int) or not 1 <= raw_min <= 4:
        raise WatchlistError(f"{where}: min_priority {raw_min!r} is not 1, 2, 3 or 4")
    tz = str(item.get("timezone") or "UTC").strip()
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise WatchlistError(f"{where}: timezone {tz!r} is not an IANA time zone") from None
    return OfficerProfile(
        name=name,
        email=email,
        slack_channel=channel,
        countries=tuple(dict.fromkeys(countries)),
        watchlist=tuple(dict.fromkeys(followed)),
        min_priority=raw_min,
        timezone=tz,
    )


def _as_list(value: Any, where: str, field_name: str) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list):
        raise WatchlistError(f"{where}: {field_name} is not a list")
    return value


def follows_entry(officer: OfficerProfile, entry: WatchEntry) -> bool:
    """Whether the officer names this entry (any spelling of its name) or one of its tags."""
    wanted = {fold_name(w) for w in officer.watchlist}
    names = {fold_name(entry.name), *(fold_name(a) for a in entry.aliases)}
    tags = {fold_name(t) for t in entry.tags}
    return bool(wanted & (names | tags))


@dataclass(frozen=True)
class RoutingDecision:
    officer: OfficerProfile
    reason: str


def route(
    officers: Iterable[OfficerProfile],
    *,
    priority: int,
    countries: Sequence[str],
    entries: Sequence[WatchEntry] = (),
) -> list[RoutingDecision]:
    """Officers who should get an alert: they follow one of its countries or entries, and
    its priority is at least as urgent as their `min_priority`."""
    decisions = []
    for officer in officers:
        if priority > officer.min_priority:
            continue
        followed = [e for e in entries if follows_entry(officer, e)]
        shared = [c for c in countries if c in officer.countries]
        if followed:
            decisions.append(RoutingDecision(officer, "follows a named target"))
        elif shared:
            decisions.append(RoutingDecision(officer, f"covers {', '.join(shared)}"))
    return decisions
