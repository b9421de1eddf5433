"""`hrdwatch match`, `watchlist import|export|list`, `officers import|list` and `mute`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hrdwatch.cli import main

WATCHLIST = (
    "name,aliases,kind,countries,priority,notes\nMarisol Cáceres Quispe,Marisol Cáceres,person,PE,1,\n"
)


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HRDWATCH_VAR_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("HRDWATCH_OUT_DIR", str(tmp_path / "out"))
    monkeypatch.delenv("HRDWATCH_DATABASE_URL", raising=False)
    assert main(["db", "upgrade"]) == 0
    return tmp_path


def test_match_writes_one_contract_line_per_input_in_order(env: Path) -> None:
    (env / "w.csv").write_text(WATCHLIST, encoding="utf-8")
    lines = [
        {"id": "a", "title": "Police arrested land defender Marisol Caceres in Cusco", "summary": ""},
        {"id": 2, "title": "Weather in Lima", "summary": "Sunny."},
    ]
    (env / "in.jsonl").write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    code = main(["match", "--watchlist", str(env / "w.csv"), "--input", str(env / "in.jsonl"),
                 "--output", str(env / "out.jsonl")])  # fmt: skip
    assert code == 0
    out = [json.loads(x) for x in (env / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [o["id"] for o in out] == ["a", 2]
    assert set(out[0]) == {"id", "hits", "priority", "explanation"}
    assert out[0]["hits"][0]["entry"] == "Marisol Cáceres Quispe"
    assert out[0]["hits"][0]["method"] in ("exact", "alias", "fuzzy")
    assert out[1] == {"id": 2, "hits": [], "priority": None, "explanation": out[1]["explanation"]}
    assert out[1]["explanation"].startswith("No alert")


def test_bad_watchlist_line_is_one_error_naming_file_and_line(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (env / "w.csv").write_text(WATCHLIST + "Someone Else,,robot,PE,1,\n", encoding="utf-8")
    (env / "in.jsonl").write_text('{"id": 1, "title": "x"}\n', encoding="utf-8")
    assert main(["match", "-w", str(env / "w.csv"), "-i", str(env / "in.jsonl")]) == 1
    err = capsys.readouterr().err.strip()
    assert err == f"hrdwatch: error: {env / 'w.csv'}:3: kind 'robot' is not person or organisation"
    assert "Someone" not in err


def test_import_export_round_trip_and_list(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (env / "w.csv").write_text(WATCHLIST, encoding="utf-8")
    assert main(["watchlist", "import", str(env / "w.csv")]) == 0
    assert main(["watchlist", "import", str(env / "w.csv")]) == 0  # idempotent
    assert main(["watchlist", "export", "-o", str(env / "back.csv")]) == 0
    assert (env / "back.csv").read_text(encoding="utf-8") == WATCHLIST
    capsys.readouterr()
    assert main(["watchlist", "list"]) == 0
    assert capsys.readouterr().out.count("Marisol") == 1


def test_officers_import_list_and_mute_unknown_incident(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (env / "o.yaml").write_text(
        "officers:\n  - name: Andes desk\n    countries: [PE]\n    min_priority: 2\n", encoding="utf-8"
    )
    assert main(["officers", "import", str(env / "o.yaml")]) == 0
    assert main(["officers", "list"]) == 0
    assert "Andes desk" in capsys.readouterr().out
    assert main(["mute", "999"]) == 1
    assert "no incident 999" in capsys.readouterr().err
