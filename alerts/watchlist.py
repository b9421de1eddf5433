"""Watchlist entries and their files (CSV contract, YAML), validated line by line.

Errors name the file, the line and the field — never the person: error messages end up in logs.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import yaml

from alerts.errors import WatchlistError

CSV_FIELDS: Final[tuple[str, ...]] = ("name", "aliases", "kind", "countries", "priority", "notes")
KINDS: Final[frozenset[str]] = frozenset({"person", "organisation"})
_ISO2: Final = re.compile(r"^[A-Z]{2}$")
_YAML_KEYS: Final[frozenset[str]] = frozenset({*CSV_FIELDS, "tags"})


@dataclass(frozen=True)
class WatchEntry:
    """A person or organisation at risk, followed by officers. `repr` hides the name."""

    name: str = field(repr=False)
    kind: str = "person"
    aliases: tuple[str, ...] = field(default=(), repr=False)
    countries: tuple[str, ...] = ()
    priority: int = 2
    tags: tuple[str, ...] = ()
    notes: str = field(default="", repr=False)

    def to_csv_row(self) -> dict[str, str]:
        return {
            "name": self.name,
            "aliases": "|".join(self.aliases),
            "kind": self.kind,
            "countries": "|".join(self.countries),
            "priority": str(self.priority),
            "notes": self.notes,
        }

    def to_mapping(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "aliases": list(self.aliases),
            "kind": self.kind,
            "countries": list(self.countries),
            "priority": self.priority,
            "tags": list(self.tags),
            "notes": self.notes,
        }


def parse_entry(raw: Mapping[str, Any], where: str) -> WatchEntry:
    """One entry from a CSV row or YAML mapping; `where` ("file:line") prefixes every error."""
    name = _text(raw.get("name"))
    if not name:
        raise WatchlistError(f"{where}: name is empty")
    kind = _text(raw.get("kind")) or "person"
    if kind not in KINDS:
        raise WatchlistError(f"{where}: kind {kind!r} is not person or organisation")
    countries = tuple(c.upper() for c in _split(raw.get("countries")))
    for country in countries:
        if not _ISO2.match(country):
            raise WatchlistError(f"{where}: country {country!r} is not an ISO 3166-1 alpha-2 code")
    priority_raw = raw.get("priority")
    priority_text = _text(priority_raw)
    try:
        priority = int(priority_text) if priority_text else 2
    except ValueError:
        raise WatchlistError(f"{where}: priority {priority_text!r} is not 1, 2 or 3") from None
    if priority not in (1, 2, 3):
        raise WatchlistError(f"{where}: priority {priority} is not 1, 2 or 3")
    aliases = tuple(a for a in _split(raw.get("aliases")) if a != name)
    return WatchEntry(
        name=name,
        kind=kind,
        aliases=tuple(dict.fromkeys(aliases)),
        countries=tuple(dict.fromkeys(countries)),
        priority=priority,
        tags=tuple(dict.fromkeys(t.lower() for t in _split(raw.get("tags")))),
        notes=_text(raw.get("notes")),
    )


def read_watchlist(path: Path) -> list[WatchEntry]:
    """Entries from a `.csv` (contract columns) or `.yaml`/`.yml` file; duplicates are an error."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise WatchlistError(f"{path}: cannot read watchlist: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise WatchlistError(f"{path}: watchlist is not UTF-8 text") from None
    if path.suffix.lower() in (".yaml", ".yml"):
        entries = list(_yaml_entries(text, path))
    else:
        entries = list(_csv_entries(text, path))
    return entries


def _csv_entries(text: str, path: Path) -> Iterable[WatchEntry]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip() for h in reader.fieldnames or []]
    missing = [f for f in CSV_FIELDS if f not in header]
    if missing:
        raise WatchlistError(f"{path}:1: header lacks column(s) {', '.join(missing)}")
    unknown = [h for h in header if h not in _YAML_KEYS]
    if unknown:
        raise WatchlistError(f"{path}:1: unknown column(s) {', '.join(unknown)}")
    reader.fieldnames = header
    seen: dict[str, int] = {}
    for row in reader:
        line = reader.line_num
        where = f"{path}:{line}"
        if None in row:
            raise WatchlistError(f"{where}: more fields than the header has")
        if not any(_text(v) for v in row.values()):
            continue
        entry = parse_entry(row, where)
        _check_unique(entry, seen, line, where)
        yield entry


def _yaml_entries(text: str, path: Path) -> Iterable[WatchEntry]:
    seen: dict[str, int] = {}
    for line, item in yaml_items(text, path, "watchlist", bare_list=True):
        where = f"{path}:{line}"
        if not isinstance(item, dict):
            raise WatchlistError(f"{where}: entry is not a mapping")
        unknown = sorted(str(k) for k in item if k not in _YAML_KEYS)
        if unknown:
            raise WatchlistError(f"{where}: unknown field(s) {', '.join(unknown)}")
        entry = parse_entry(item, where)
        _check_unique(entry, seen, line, where)
        yield entry


def yaml_items(text: str, path: Path, key: str, *, bare_list: bool = False) -> list[tuple[int, Any]]:
    """The items of the list under `key` (or of a top-level list), each with its line number."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f":{mark.line + 1}" if mark is not None else ""
        raise WatchlistError(f"{path}{at}: not valid YAML") from None
    items = data.get(key) if isinstance(data, dict) else (data if bare_list else None)
    if not isinstance(items, list):
        raise WatchlistError(f"{path}:1: expected `{key}:` holding a list")
    if isinstance(root, yaml.MappingNode):
        for node_key, value in root.value:
            if isinstance(node_key, yaml.ScalarNode) and node_key.value == key:
                root = value
    nodes = list(root.value) if isinstance(root, yaml.SequenceNode) else []
    return [(nodes[i].start_mark.line + 1 if i < len(nodes) else 0, item) for i, item in enumerate(items)]


def _check_unique(entry: WatchEntry, seen: dict[str, int], line: int, where: str) -> None:
    key = entry.name.casefold()
    if key in seen:
        raise WatchlistError(f"{where}: name repeats the entry on line {seen[key]}")
    seen[key] = line


def write_watchlist_csv(entries: Sequence[WatchEntry]) -> str:
    """The CSV contract text of `entries` (header included)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(CSV_FIELDS), lineterminator="\n")
    writer.writeheader()
    for entry in entries:
        writer.writerow(entry.to_csv_row())
    return buffer.getvalue()


def write_watchlist_yaml(entries: Sequence[WatchEntry]) -> str:
    """YAML text with a `watchlist:` list, readable back by `read_watchlist`."""
    return yaml.safe_dump(
        {"watchlist": [e.to_mapping() for e in entries]}, allow_unicode=True, sort_keys=False
    )


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _split(value: Any) -> list[str]:
    """`|`-separated text (CSV) or a list (YAML), as stripped non-empty strings."""
    if value is None:
        return []
    parts = value if isinstance(value, list | tuple) else str(value).split("|")
    return [p for p in (_text(x) for x in parts) if p]
