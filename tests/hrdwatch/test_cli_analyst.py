from __future__ import annotations

import json
from pathlib import Path

import pytest

from classifiers.taxonomy import CATEGORIES
from hrdwatch.cli import main


def _jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_classify_follows_the_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _jsonl(
        tmp_path / "in.jsonl",
        [
            {
                "id": "1",
                "title": "Police detain journalist",
                "summary": "He was taken into custody in Minsk.",
            },
            {"id": "2", "title": "Detienen a periodista", "summary": "", "language": "es"},
        ],
    )
    assert main(["classify", "--input", str(source), "--model-dir", str(tmp_path / "models")]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["id"] for line in lines] == ["1", "2"]
    first = lines[0]
    assert set(first) == {"id", "categories", "scores", "hrd_victim", "language", "evidence", "entities"}
    assert list(first["scores"]) == list(CATEGORIES)
    assert first["categories"] == ["arrest_detention"]
    assert set(first["evidence"][0]) == {"category", "text", "start", "end"}
    evidence = first["evidence"][0]
    source_text = "Police detain journalist\nHe was taken into custody in Minsk."
    assert source_text[evidence["start"] : evidence["end"]] == evidence["text"]
    assert set(first["entities"]) == {"persons", "organisations", "countries"}
    assert lines[1]["language"] == "es"


def test_classify_writes_output_file(tmp_path: Path) -> None:
    source = _jsonl(
        tmp_path / "in.jsonl",
        [
            {
                "id": "1",
                "title": "Journalist shot dead",
                "summary": "Gunmen killed the reporter as he left his home.",
            }
        ],
    )
    out = tmp_path / "out.jsonl"
    assert main(["classify", "-i", str(source), "-o", str(out), "--model-dir", str(tmp_path / "m")]) == 0
    assert json.loads(out.read_text())["categories"] == ["physical_attack"]


def test_eval_json_has_metrics_and_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _jsonl(
        tmp_path / "labelled.jsonl",
        [
            {
                "id": "1",
                "title": "Police detain journalist",
                "language": "en",
                "categories": ["arrest_detention"],
                "hrd_victim": True,
                "split": "dev",
            },
            {
                "id": "2",
                "title": "Man arrested over robbery",
                "language": "en",
                "categories": [],
                "hrd_victim": False,
                "split": "dev",
            },
            {
                "id": "3",
                "title": "Journalist shot dead",
                "categories": ["physical_attack"],
                "hrd_victim": True,
                "split": "test",
            },
        ],
    )
    args = ["eval", "--input", str(source), "--json", "--split", "dev", "--model-dir", str(tmp_path / "m")]
    assert main(args) == 0
    metrics = json.loads(capsys.readouterr().out)
    assert metrics["items"] == 2
    assert metrics["per_category"]["arrest_detention"] == {
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
        "support": 1,
    }
    assert metrics["macro_f1"] == 1.0
    assert {
        "threat_to_defender",
        "hrd_victim",
        "by_language_group",
        "false_positives",
        "false_negatives",
    } <= set(metrics)


def test_bad_input_line_is_one_error_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "bad.jsonl"
    source.write_text('{"id": "1", "title": "ok"}\nnot json\n', encoding="utf-8")
    assert main(["classify", "--input", str(source)]) != 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith("hrdwatch: error: ")
    assert "bad.jsonl:2" in err[0]


def test_explain_shows_evidence_and_reasons(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "Activist released after detention\nThe defender was freed on Monday."]) == 0
    out = capsys.readouterr().out
    assert "categories: (none)" in out
    assert "hrd_victim: true" in out
    assert "reversed by" in out or "headline" in out


def test_explain_shows_each_trigger_once(capsys: pytest.CaptureFixture[str]) -> None:
    # "gunman" and "gunmen" are two entries with one lemma: the word is one trigger, listed once.
    assert main(["explain", "Witnesses say a gunman fired at the crowd", "--language", "en"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line.strip().startswith("trigger")]
    assert any("'gunman'" in line for line in lines)
    assert len(lines) == len(set(lines))


def test_patterns_check_reports_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["patterns", "check"]) == 0
    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "cues.yaml").write_text("defenders: [a]\nbad: 1\n")
    assert main(["patterns", "check", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "xx/cues.yaml:2: unknown key 'bad'" in err


def _labelled_rows(prefix: str) -> list[dict[str, object]]:
    """Fictional reports, half of them arrests of defenders, each with labels."""
    rows: list[dict[str, object]] = []
    for i in range(10):
        arrest = i % 2 == 0
        rows.append(
            {
                "id": f"{prefix}-{i}",
                "title": f"Police detain journalist Ana Veldt{i}"
                if arrest
                else f"Harvest fair {i} opens in Ostvik",
                "summary": "She was held overnight." if arrest else "The mayor cut the ribbon.",
                "language": "en",
                "categories": ["arrest_detention"] if arrest else [],
                "hrd_victim": arrest,
            }
        )
    return rows


def test_train_takes_several_inputs_and_saves_a_gated_model(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _jsonl(tmp_path / "a.jsonl", _labelled_rows("a"))
    second = _jsonl(tmp_path / "b.jsonl", _labelled_rows("b"))
    models = tmp_path / "models"
    args = ["train", "-i", str(first), "-i", str(second), "--output", str(models), "--epochs", "1"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "trained gated-" in out
    assert "on 20 items" in out
    assert (models / "LATEST").read_text().startswith("gated-")
    # the same data again (what every `make demo` does) reuses the model and says so
    assert main(args) == 0
    assert "is already trained on these 20 items" in capsys.readouterr().out


def test_cross_validation_needs_two_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    only = _jsonl(tmp_path / "a.jsonl", _labelled_rows("a"))
    assert main(["train", "--cross-validate", "-i", str(only)]) != 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "at least two --input files" in err[0]


def test_cross_validation_reports_each_held_out_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _jsonl(tmp_path / "a.jsonl", _labelled_rows("a"))
    second = _jsonl(tmp_path / "b.jsonl", _labelled_rows("b"))
    assert main(["train", "--cross-validate", "-i", str(first), "-i", str(second), "--epochs", "1"]) == 0
    out = capsys.readouterr().out
    assert "a.jsonl" in out
    assert "b.jsonl" in out
    assert "en: item-weighted mean macro-F1" in out
