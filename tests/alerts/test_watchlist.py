"""Watchlist files: the CSV contract, YAML, and errors that name file and line but never the person."""

from __future__ import annotations

from pathlib import Path

import pytest

from alerts.errors import WatchlistError
from alerts.watchlist import WatchEntry, read_watchlist, write_watchlist_csv, write_watchlist_yaml

HEADER = "name,aliases,kind,countries,priority,notes\n"


def test_csv_entry_fields(tmp_path: Path) -> None:
    path = tmp_path / "w.csv"
    path.write_text(
        HEADER + 'Ales Bialiatski,"Ales Byalyatski|Алесь Бяляцкі",person,by|LT,1,"a, b"\n', "utf-8"
    )
    (entry,) = read_watchlist(path)
    assert entry == WatchEntry("Ales Bialiatski", "person", ("Ales Byalyatski", "Алесь Бяляцкі"), ("BY", "LT"), 1,
                               notes="a, b")  # fmt: skip


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (",,person,BY,1,", ":2: name is empty"),
        ("X Y,,robot,BY,1,", ":2: kind 'robot' is not person or organisation"),
        ("X Y,,person,Belarus,1,", ":2: country 'BELARUS' is not an ISO 3166-1 alpha-2 code"),
        ("X Y,,person,BY,5,", ":2: priority 5 is not 1, 2 or 3"),
        ("X Y,,person,BY,high,", ":2: priority 'high' is not 1, 2 or 3"),
        ("X Y,,person,BY,1,,extra", ":2: more fields than the header has"),
    ],
)
def test_bad_csv_row_names_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    path = tmp_path / "w.csv"
    path.write_text(HEADER + row + "\n", "utf-8")
    with pytest.raises(WatchlistError) as info:
        read_watchlist(path)
    assert str(info.value) == f"{path}{message}"
    assert "X Y" not in str(info.value)


def test_missing_column_and_duplicate_name(tmp_path: Path) -> None:
    path = tmp_path / "w.csv"
    path.write_text("name,kind\nA B,person\n", "utf-8")
    with pytest.raises(WatchlistError, match=r"w.csv:1: header lacks column\(s\) aliases"):
        read_watchlist(path)
    path.write_text(HEADER + "A B,,person,BY,1,\n\na b,,person,BY,1,\n", "utf-8")
    with pytest.raises(WatchlistError, match=r"w.csv:4: name repeats the entry on line 2"):
        read_watchlist(path)


def test_yaml_round_trip_keeps_tags_and_errors_name_the_line(tmp_path: Path) -> None:
    entries = [WatchEntry("Ana Torres Villalba", aliases=("Ana Torres",), countries=("CO",), tags=("land",))]
    path = tmp_path / "w.yaml"
    path.write_text(write_watchlist_yaml(entries), "utf-8")
    assert read_watchlist(path) == entries
    path.write_text("watchlist:\n  - name: A B\n  - name: C D\n    colour: red\n", "utf-8")
    with pytest.raises(WatchlistError, match=r"w.yaml:3: unknown field\(s\) colour"):
        read_watchlist(path)


def test_csv_export_matches_the_contract() -> None:
    text = write_watchlist_csv(
        [WatchEntry("A B", aliases=("C D", "E F"), countries=("BY", "LT"), priority=3)]
    )
    assert text == HEADER + "A B,C D|E F,person,BY|LT,3,\n"


def test_entry_repr_hides_the_name() -> None:
    assert "Bialiatski" not in repr(WatchEntry("Ales Bialiatski", aliases=("Byalyatski",)))
