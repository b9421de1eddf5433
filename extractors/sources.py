"""Sources as data: the default registry shipped with the package and users' YAML files, validated on load."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any, Final
from urllib.parse import parse_qs, urlsplit

import yaml

from extractors.errors import SourceConfigError

SOURCE_KINDS: Final = ("feed", "gdelt", "reliefweb")
DEFAULT_CREDIBILITY: Final = 0.7
DEFAULT_GROUP: Final = "default"
DEFAULT_REGISTRY: Final = "default_sources.yaml"

_ENTRY_KEYS: Final = frozenset(
    {
        "name",
        "url",
        "kind",
        "language",
        "credibility",
        "allow_private_network",
        "group",
        "region",
        "confirmed",
        "enabled",
    }
)
_TOP_KEYS: Final = frozenset({"sources", "include_default_sources"})
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_GROUP = re.compile(r"^[A-Za-z0-9_.-]{1,100}$")
# Search endpoints whose query string is sent to a third party: never put watchlist names in them.
SEARCH_QUERY_PARAMETERS: Final = ("q", "query", "query[value]", "keyword", "keywords", "search")


@dataclass(frozen=True)
class SourceSpec:
    """One source as configured: where to fetch, how to read it, how far to trust it."""

    name: str
    url: str
    kind: str = "feed"
    language: str | None = None
    credibility: float = DEFAULT_CREDIBILITY
    group: str = DEFAULT_GROUP
    region: str | None = None
    allow_private_network: bool = False
    enabled: bool = True
    confirmed: str | None = field(default=None, compare=False)

    @property
    def host(self) -> str:
        return (urlsplit(self.url).hostname or "").lower()

    def search_terms(self) -> list[str]:
        """The free-text search parameters this source sends (empty for plain feeds)."""
        query = parse_qs(urlsplit(self.url).query)
        return [value for key in SEARCH_QUERY_PARAMETERS for value in query.get(key, [])]


def default_sources() -> list[SourceSpec]:
    """The registry shipped as package data (`extractors/default_sources.yaml`)."""
    resource = files("extractors") / DEFAULT_REGISTRY
    specs, _ = parse_sources(resource.read_text(encoding="utf-8"), origin=f"extractors/{DEFAULT_REGISTRY}")
    return specs


def load_sources_file(path: Path) -> list[SourceSpec]:
    """The sources a user file names, plus the default registry when it says `include_default_sources: true`."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SourceConfigError(f"{path}: sources file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceConfigError(f"{path}: cannot read sources file: {exc}") from None
    specs, include_defaults = parse_sources(text, origin=str(path))
    if not include_defaults:
        return specs
    return merge_sources(default_sources(), specs)


def resolve_sources(sources_file: Path | None) -> list[SourceSpec]:
    """A user file when given (it replaces the registry unless it includes it), else the default registry."""
    return load_sources_file(sources_file) if sources_file is not None else default_sources()


def merge_sources(base: Iterable[SourceSpec], overrides: Iterable[SourceSpec]) -> list[SourceSpec]:
    """`base` with same-named entries replaced by `overrides` (names compared case-insensitively)."""
    merged = {spec.name.casefold(): spec for spec in base}
    for spec in overrides:
        merged[spec.name.casefold()] = spec
    return list(merged.values())


def parse_sources(text: str, *, origin: str) -> tuple[list[SourceSpec], bool]:
    """Validate a sources document; errors name the file, the line and the field."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{origin}:{mark.line + 1}" if mark is not None else origin
        problem = getattr(exc, "problem", None) or str(exc)
        raise SourceConfigError(f"{where}: not valid YAML: {problem}") from None
    if data is None:
        raise SourceConfigError(f"{origin}: empty sources file (expected a `sources:` list)")
    if not isinstance(data, dict) or not isinstance(root, yaml.MappingNode):
        raise SourceConfigError(f"{origin}:1: expected a mapping with a `sources:` list")
    for key in data:
        if key not in _TOP_KEYS:
            raise SourceConfigError(
                f"{origin}:{_key_line(root, key)}: unknown key {key!r}{_suggest(key, _TOP_KEYS)}"
            )
    include_defaults = data.get("include_default_sources", False)
    if not isinstance(include_defaults, bool):
        line = _key_line(root, "include_default_sources")
        raise SourceConfigError(f"{origin}:{line}: include_default_sources must be true or false")
    entries = data.get("sources")
    entries_node = _value_node(root, "sources")
    if not isinstance(entries, list) or not isinstance(entries_node, yaml.SequenceNode):
        raise SourceConfigError(f"{origin}:{_key_line(root, 'sources')}: `sources` must be a list")
    specs: list[SourceSpec] = []
    seen: dict[str, int] = {}
    for entry, node in zip(entries, entries_node.value, strict=True):
        line = node.start_mark.line + 1
        spec = _parse_entry(entry, node, origin=origin, line=line)
        folded = spec.name.casefold()
        if folded in seen:
            raise SourceConfigError(
                f"{origin}:{line}: duplicate source name {spec.name!r} (first defined on line {seen[folded]})"
            )
        seen[folded] = line
        specs.append(spec)
    return specs, include_defaults


def validate_source(raw: Mapping[str, Any], *, origin: str = "source", line: int = 0) -> SourceSpec:
    """One entry from a mapping (CLI `sources add` uses this too)."""
    return _parse_entry(dict(raw), None, origin=origin, line=line)


def _parse_entry(entry: Any, node: yaml.Node | None, *, origin: str, line: int) -> SourceSpec:
    where = f"{origin}:{line}" if line else origin
    if not isinstance(entry, dict):
        raise SourceConfigError(f"{where}: each source must be a mapping with at least `name` and `url`")

    def fail(key: str, message: str) -> SourceConfigError:
        key_line = _key_line(node, key) if isinstance(node, yaml.MappingNode) else line
        label = f" {entry.get('name')!r}" if isinstance(entry.get("name"), str) else ""
        return SourceConfigError(f"{origin}:{key_line}: source{label}: {message}")

    for key in entry:
        if key not in _ENTRY_KEYS:
            raise fail(key, f"unknown key {key!r}{_suggest(str(key), _ENTRY_KEYS)}")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise fail("name", "`name` is required and must be text")
    if len(name) > 200:
        raise fail("name", "`name` is longer than 200 characters")
    kind = entry.get("kind", "feed")
    if kind not in SOURCE_KINDS:
        raise fail("kind", f"kind must be one of {', '.join(SOURCE_KINDS)}, got {kind!r}")
    url = entry.get("url")
    if not isinstance(url, str) or not url.strip():
        raise fail("url", "`url` is required and must be text")
    problem = url_problem(url.strip(), kind)
    if problem:
        raise fail("url", problem)
    language = entry.get("language")
    if language is not None and (not isinstance(language, str) or not _LANGUAGE.match(language)):
        raise fail("language", f"language must be an ISO 639-1 code like 'en', got {language!r}")
    credibility = entry.get("credibility", DEFAULT_CREDIBILITY)
    if isinstance(credibility, bool) or not isinstance(credibility, int | float) or not 0 <= credibility <= 1:
        raise fail("credibility", f"credibility must be a number between 0 and 1, got {credibility!r}")
    group = entry.get("group", DEFAULT_GROUP)
    if not isinstance(group, str) or not _GROUP.match(group):
        raise fail("group", f"group must be letters, digits, '.', '_' or '-', got {group!r}")
    region = entry.get("region")
    if region is not None and not isinstance(region, str):
        raise fail("region", "region must be text")
    flags: dict[str, bool] = {}
    for flag, default in (("allow_private_network", False), ("enabled", True)):
        value = entry.get(flag, default)
        if not isinstance(value, bool):
            raise fail(flag, f"{flag} must be true or false, got {value!r}")
        flags[flag] = value
    confirmed = entry.get("confirmed")
    if confirmed is not None and not isinstance(confirmed, str):
        raise fail("confirmed", "confirmed must be text")
    return SourceSpec(
        name=name.strip(),
        url=url.strip(),
        kind=kind,
        language=language,
        credibility=float(credibility),
        group=group,
        region=region,
        allow_private_network=flags["allow_private_network"],
        enabled=flags["enabled"],
        confirmed=confirmed,
    )


def url_problem(url: str, kind: str) -> str | None:
    """Why `url` cannot be a source of `kind`, or None when it can."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return f"url must start with http:// or https://, got {url!r}"
    if not parts.hostname:
        return f"url has no host: {url!r}"
    if kind == "gdelt":
        query = parse_qs(parts.query)
        if parts.hostname != "api.gdeltproject.org" or not parts.path.startswith("/api/v2/doc/doc"):
            return "a gdelt source must use https://api.gdeltproject.org/api/v2/doc/doc?query=..."
        if not query.get("query"):
            return "a gdelt source needs a `query=` parameter (a topic query, never a watchlist name)"
        if query.get("mode", ["artlist"])[0].lower() != "artlist":
            return "a gdelt source must use mode=artlist (article list)"
    if kind == "reliefweb":
        if parts.hostname != "api.reliefweb.int":
            return "a reliefweb source must use https://api.reliefweb.int/v2/reports?appname=..."
        if not parse_qs(parts.query).get("appname"):
            return "the ReliefWeb API requires an `appname=` parameter naming your installation"
    return None


def _value_node(mapping: yaml.Node | None, key: str) -> yaml.Node | None:
    if not isinstance(mapping, yaml.MappingNode):
        return None
    for key_node, value_node in mapping.value:
        if getattr(key_node, "value", None) == key:
            node: yaml.Node = value_node
            return node
    return None


def _key_line(mapping: yaml.Node | None, key: object) -> int:
    if isinstance(mapping, yaml.MappingNode):
        for key_node, _ in mapping.value:
            if getattr(key_node, "value", None) == str(key):
                return int(key_node.start_mark.line) + 1
        return int(mapping.start_mark.line) + 1
    return 1


def _suggest(key: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(key, sorted(known), n=1)
    return f" (did you mean {close[0]!r}?)" if close else f" (known keys: {', '.join(sorted(known))})"
