"""Routing: officers get alerts for their countries or followed entries/tags, at or above their minimum."""

from __future__ import annotations

from pathlib import Path

import pytest

from alerts.errors import WatchlistError
from alerts.officers import OfficerProfile, read_officers, route
from alerts.watchlist import WatchEntry

ENTRY = WatchEntry("Ales Bialiatski", aliases=("Ales Byalyatski",), countries=("BY",), tags=("viasna",))
OFFICERS = [
    OfficerProfile("Belarus desk", countries=("BY",), min_priority=2),
    OfficerProfile("Follower by name", watchlist=("ales byalyatski",), min_priority=4),
    OfficerProfile("Follower by tag", watchlist=("Viasna",), min_priority=1),
    OfficerProfile("Andes desk", countries=("PE",), min_priority=4),
]


@pytest.mark.parametrize(
    ("priority", "countries", "entries", "expected"),
    [
        (1, ["BY"], [ENTRY], ["Belarus desk", "Follower by name", "Follower by tag"]),
        (2, ["BY"], [ENTRY], ["Belarus desk", "Follower by name"]),
        (3, ["BY"], [ENTRY], ["Follower by name"]),
        (3, ["BY"], [], []),
        (2, ["BY"], [], ["Belarus desk"]),
        (4, ["PE"], [], ["Andes desk"]),
        (4, ["LT"], [ENTRY], ["Follower by name"]),
        (1, [], [], []),
    ],
)
def test_route(priority: int, countries: list[str], entries: list[WatchEntry], expected: list[str]) -> None:
    assert [
        d.officer.name for d in route(OFFICERS, priority=priority, countries=countries, entries=entries)
    ] == expected


def test_officers_file(tmp_path: Path) -> None:
    path = tmp_path / "o.yaml"
    path.write_text(
        "officers:\n  - name: A\n    email: a@example.org\n    slack_channel: '#a'\n    countries: [by]\n"
        "    watchlist: [viasna]\n    min_priority: 2\n    timezone: Europe/Minsk\n",
        "utf-8",
    )
    (officer,) = read_officers(path)
    assert officer == OfficerProfile("A", "a@example.org", "#a", ("BY",), ("viasna",), 2, "Europe/Minsk")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            "officers:\n  - name: A\n  - name: B\n    min_priority: 7\n",
            ":3: min_priority 7 is not 1, 2, 3 or 4",
        ),
        (
            "officers:\n  - name: A\n    timezone: Mars/Base\n",
            ":2: timezone 'Mars/Base' is not an IANA time zone",
        ),
        ("officers:\n  - name: A\n    email: nope\n", ":2: email 'nope' is not an e-mail address"),
        ("officers:\n  - name: A\n    pager: 1\n", ":2: unknown field(s) pager"),
        ("officers:\n  - name: A\n  - name: A\n", ":3: officer name repeats the one on line 2"),
        ("people: []\n", ":1: expected `officers:` holding a list"),
        ("officers: [\n", ": not valid YAML"),
    ],
)
def test_bad_officers_file_names_file_and_line(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "o.yaml"
    path.write_text(body, "utf-8")
    with pytest.raises(WatchlistError) as info:
        read_officers(path)
    assert str(info.value).startswith(str(path))
    assert message.lstrip(":").split(": ", 1)[-1] in str(info.value)
