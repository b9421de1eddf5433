"""`hrdwatch airflow-standalone`: the environment `airflow standalone` is started with."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from hrdwatch.cli import main
from hrdwatch.cli.airflow import PASSWORD_FILE, banner, standalone_environment
from hrdwatch.errors import ConfigError
from hrdwatch.orchestration import FEED_SNAPSHOT_ENV
from hrdwatch.settings import Settings
from tests.conftest import make_settings
from tests.dags.scenario import DAGS_FOLDER


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


def test_airflow_home_is_under_var_with_our_dags_sqlite_and_no_examples(settings: Settings) -> None:
    standalone = standalone_environment(settings, base_env={"PATH": "/usr/bin"}, dags_folder=DAGS_FOLDER)
    env = standalone.env
    home = settings.var_dir.resolve() / "airflow"
    assert env["AIRFLOW_HOME"] == str(home)
    assert env["AIRFLOW__CORE__DAGS_FOLDER"] == str(DAGS_FOLDER)
    assert env["AIRFLOW__CORE__LOAD_EXAMPLES"] == "False"
    assert env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] == f"sqlite:///{home / 'airflow.db'}"


def test_the_environments_bin_comes_first_on_path(settings: Settings) -> None:
    # `airflow standalone` starts its parts as `airflow …` from PATH; another airflow must not win.
    env = standalone_environment(settings, base_env={"PATH": "/usr/bin"}, dags_folder=DAGS_FOLDER).env
    assert env["PATH"].split(":")[0] == str(Path(sys.executable).parent)
    assert (Path(env["PATH"].split(":")[0]) / "airflow").exists()


def test_demo_mode_serves_bundled_feeds_into_the_demo_database_and_unpauses(settings: Settings) -> None:
    env = standalone_environment(settings, base_env={}, dags_folder=DAGS_FOLDER, demo=True).env
    assert Path(env[FEED_SNAPSHOT_ENV]).is_dir()
    assert Path(env["HRDWATCH_SOURCES_FILE"]).is_file()
    assert env["HRDWATCH_DATABASE_URL"] == f"sqlite:///{settings.var_dir.resolve() / 'demo.db'}"
    assert env["AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION"] == "False"


def test_live_mode_keeps_the_users_store_and_pins_the_default_to_an_absolute_path(settings: Settings) -> None:
    live = standalone_environment(settings, base_env={}, dags_folder=DAGS_FOLDER, demo=False)
    assert live.env["HRDWATCH_DATABASE_URL"] == f"sqlite:///{settings.var_dir.resolve() / 'hrdwatch.db'}"
    assert FEED_SNAPSHOT_ENV not in live.env
    assert "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION" not in live.env
    mine = "postgresql+psycopg://hrd@db.internal/hrdwatch"
    own = standalone_environment(
        settings, base_env={"HRDWATCH_DATABASE_URL": mine}, dags_folder=DAGS_FOLDER, demo=False
    )
    assert own.env["HRDWATCH_DATABASE_URL"] == mine


def test_a_folder_without_our_dags_is_refused_with_one_clear_line(settings: Settings, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no hrdwatch DAGs in"):
        standalone_environment(settings, base_env={}, dags_folder=tmp_path)


def test_banner_shows_url_and_the_generated_admin_password(settings: Settings) -> None:
    standalone = standalone_environment(settings, base_env={}, dags_folder=DAGS_FOLDER, port=8099)
    assert "password in" in banner(standalone)
    standalone.airflow_home.mkdir(parents=True)
    (standalone.airflow_home / PASSWORD_FILE).write_text(json.dumps({"admin": "s3cret"}), encoding="utf-8")

    text = banner(standalone)

    assert "http://localhost:8099" in text
    assert "user admin, password s3cret" in text


def test_print_env_shows_what_it_would_start_airflow_with(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HRDWATCH_VAR_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("HRDWATCH_SLACK_TOKEN", "xoxb-not-to-be-printed")

    assert main(["airflow-standalone", "--print-env", "--port", "8111"]) == 0

    out = capsys.readouterr().out
    assert f"AIRFLOW_HOME={(tmp_path / 'var' / 'airflow').resolve()}" in out
    assert "AIRFLOW__API__PORT=8111" in out
    assert "xoxb-not-to-be-printed" not in out
