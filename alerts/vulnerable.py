"""Especially vulnerable groups of defenders, recognised in report text from a keyword file.

The keywords are data (`alerts/vulnerable_groups.yaml`, one list per group and language) so an
analyst can add a language or a term without touching code; `read_vulnerable_groups` checks a
file and names the culprit (file, group, language) on a bad entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any, Final

import yaml

from alerts.errors import AlertsError
from alerts.names import fold_token

_LANGUAGE: Final = re.compile(r"^[a-z]{2}$")
_WORD: Final = r"[^\W_]"


class VulnerableGroupsError(AlertsError):
    """A vulnerable-groups keyword file is invalid."""


@dataclass(frozen=True)
class VulnerableGroups:
    """Group name → compiled pattern over folded text."""

    patterns: dict[str, re.Pattern[str]]
    keywords: dict[str, dict[str, tuple[str, ...]]]

    def find(self, text: str) -> tuple[str, ...]:
        """The groups named in `text`, in file order."""
        folded = fold_text(text)
        return tuple(group for group, pattern in self.patterns.items() if pattern.search(folded))


def fold_text(text: str) -> str:
    """Words folded as names are (case and accents ignored), one space apart."""
    return " ".join(fold_token(w) for w in re.findall(r"\S+", text))


def keyword_pattern(keyword: str) -> str:
    """Regex of one keyword over folded text (see the file's header for the `*` marks)."""
    prefix = keyword.startswith("*")
    suffix = keyword.endswith("*")
    words = [re.escape(w.rstrip("*").lstrip("*")) for w in keyword.split()]
    body = r"\s+".join(
        w + (f"{_WORD}*" if w and keyword.split()[i].endswith("*") else "") for i, w in enumerate(words)
    )
    head = rf"{_WORD}*" if prefix else rf"(?<!{_WORD})"
    tail = "" if suffix else rf"(?!{_WORD})"
    return head + body + tail


def read_vulnerable_groups(text: str, where: str) -> VulnerableGroups:
    """Keyword lists from YAML text; `where` (a file name) prefixes every error."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        raise VulnerableGroupsError(f"{where}: not valid YAML") from None
    groups = data.get("groups") if isinstance(data, dict) else None
    if not isinstance(groups, dict) or not groups:
        raise VulnerableGroupsError(f"{where}: expected `groups:` holding a mapping of group names")
    patterns: dict[str, re.Pattern[str]] = {}
    keywords: dict[str, dict[str, tuple[str, ...]]] = {}
    for group, by_language in groups.items():
        if not isinstance(by_language, dict) or not by_language:
            raise VulnerableGroupsError(f"{where}: group {group!r} is not a mapping of languages")
        keywords[str(group)] = {}
        for language, words in by_language.items():
            at = f"{where}: group {group!r}, language {language!r}"
            if not _LANGUAGE.match(str(language)):
                raise VulnerableGroupsError(f"{at}: language is not a two-letter code")
            keywords[str(group)][str(language)] = _keywords(words, at)
        alternatives = [keyword_pattern(fold_text(k)) for ks in keywords[str(group)].values() for k in ks]
        patterns[str(group)] = re.compile("|".join(alternatives))
    return VulnerableGroups(patterns, keywords)


def _keywords(words: Any, at: str) -> tuple[str, ...]:
    if not isinstance(words, list) or not words:
        raise VulnerableGroupsError(f"{at}: expected a non-empty list of keywords")
    out = []
    for word in words:
        if not isinstance(word, str) or not word.strip("* "):
            raise VulnerableGroupsError(f"{at}: keyword {word!r} is empty or not text")
        if "*" in word.strip("*").replace("* ", " ").replace(" *", " "):
            raise VulnerableGroupsError(f"{at}: keyword {word!r} has '*' inside a word")
        out.append(word.strip())
    return tuple(out)


@lru_cache(maxsize=1)
def default_vulnerable_groups() -> VulnerableGroups:
    """The keyword file shipped with the package."""
    resource = files("alerts") / "vulnerable_groups.yaml"
    return read_vulnerable_groups(resource.read_text(encoding="utf-8"), str(resource))


def load_vulnerable_groups(path: Path) -> VulnerableGroups:
    """A keyword file of the same format, e.g. an analyst's extended copy."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise VulnerableGroupsError(f"{path}: cannot read vulnerable groups file: {exc.strerror}") from None
    return read_vulnerable_groups(text, str(path))
