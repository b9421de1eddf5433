"""The CLI shell: one-line errors, exit codes, database commands."""

from __future__ import annotations

from pathlib import Path

import pytest

from hrdwatch.cli import main


@pytest.fixture
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for name in ("HRDWATCH_DATABASE_URL", "HRDWATCH_SLACK_TOKEN", "HRDWATCH_SLACK_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HRDWATCH_VAR_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("HRDWATCH_OUT_DIR", str(tmp_path / "out"))
    return tmp_path


def test_unknown_option_is_one_line_and_exit_2(
    isolated_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--no-such-option"]) == 2
    err = capsys.readouterr().err
    assert err.strip().count("\n") == 0
    assert "--no-such-option" in err


def test_unknown_command_is_one_line(isolated_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frobnicate"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("hrdwatch: error:")
    assert "frobnicate" in err
    assert "\n" not in err


def test_db_upgrade_creates_the_default_sqlite_database(
    isolated_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["db", "upgrade"]) == 0
    assert (isolated_env / "var" / "hrdwatch.db").is_file()
    assert "at revision" in capsys.readouterr().out
    assert main(["db", "current"]) == 0


def test_bad_database_url_names_the_variable(
    isolated_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HRDWATCH_DATABASE_URL", "nonsense")
    assert main(["db", "upgrade"]) == 1
    err = capsys.readouterr().err.strip()
    assert "HRDWATCH_DATABASE_URL" in err
    assert "\n" not in err


def test_commands_on_an_unmigrated_database_say_how_to_fix_it(
    isolated_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["run"]) == 1
    assert "hrdwatch db upgrade" in capsys.readouterr().err


def test_run_with_missing_sources_file_names_it(
    isolated_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["run", "--sources", "missing.yaml"]) == 1
    assert "missing.yaml" in capsys.readouterr().err


def test_typer_exit_codes_reach_the_caller(isolated_env: Path) -> None:
    import typer

    from hrdwatch.cli.app import app

    @app.command("exit-with-three", hidden=True)
    def exit_with_three() -> None:
        raise typer.Exit(3)

    try:
        assert main(["exit-with-three"]) == 3
    finally:
        app.registered_commands[:] = [c for c in app.registered_commands if c.name != "exit-with-three"]
