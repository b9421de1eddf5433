"""Sources as data: the shipped registry and users' files, with errors that name file, line and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.errors import SourceConfigError
from extractors.sources import SOURCE_KINDS, default_sources, load_sources_file, parse_sources


def test_default_registry_has_thirty_confirmed_sources_of_every_kind() -> None:
    sources = default_sources()
    assert len(sources) >= 30
    assert len({s.name.casefold() for s in sources}) == len(sources)
    assert {s.kind for s in sources} == set(SOURCE_KINDS)
    assert all(s.confirmed for s in sources)
    assert {s.language for s in sources} >= {"en", "es", "fr", "pt", "ar", "ru"}
    assert all(0 <= s.credibility <= 1 for s in sources)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "sources:\n  - name: a\n    url: ftp://x/feed\n",
            r"x\.yaml:3: source 'a': url must start with http",
        ),
        (
            "sources:\n  - name: a\n    url: https://x/f\n    kind: rss\n",
            r":4: source 'a': kind must be one of",
        ),
        ("sources:\n  - name: a\n    url: https://x/f\n    credibility: 2\n", r":4: .*between 0 and 1"),
        (
            "sources:\n  - name: a\n    url: https://x/f\n    langage: en\n",
            r":4: .*unknown key 'langage' \(did you mean 'language'\?\)",
        ),
        (
            "sources:\n  - name: a\n    url: https://x/f\n  - name: A\n    url: https://y/f\n",
            r":4: duplicate source name 'A' \(first defined on line 2\)",
        ),
        ("sources:\n  - url: https://x/f\n", r":2: source: `name` is required"),
        (
            "sources:\n  - name: g\n    kind: gdelt\n    url: https://api.gdeltproject.org/api/v2/doc/doc?mode=artlist\n",
            "needs a `query=`",
        ),
        (
            "sources:\n  - name: r\n    kind: reliefweb\n    url: https://api.reliefweb.int/v2/reports\n",
            "requires an `appname=`",
        ),
        (
            "sources:\n  - name: a\n    url: https://x/f\n    allow_private_network: yes please\n",
            "true or false",
        ),
        ("sources: [\n", r"x\.yaml:2: not valid YAML"),
        ("feeds: []\n", r"unknown key 'feeds'"),
        ("", "empty sources file"),
    ],
)
def test_bad_sources_files_name_the_line_and_field(text: str, message: str) -> None:
    with pytest.raises(SourceConfigError, match=message):
        parse_sources(text, origin="x.yaml")


def test_user_file_replaces_or_extends_the_registry(tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text("sources:\n  - name: Mine\n    url: https://example.org/feed.xml\n")
    assert [s.name for s in load_sources_file(mine)] == ["Mine"]
    mine.write_text("include_default_sources: true\n" + mine.read_text())
    names = [s.name for s in load_sources_file(mine)]
    assert "Mine" in names
    assert len(names) == len(default_sources()) + 1


def test_missing_file_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SourceConfigError, match="sources file not found"):
        load_sources_file(tmp_path / "nope.yaml")
