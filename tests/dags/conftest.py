"""Airflow in a subprocess with its own SQLite metadata database, migrated once per test session."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.dags.scenario import airflow_env

RUNNER = Path(__file__).with_name("dag_runner.py")
RunDags = Callable[..., dict[str, Any]]


def _clean_environ() -> dict[str, str]:
    # The developer's own Airflow and hrdwatch settings must not reach the subprocess.
    return {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "HRDWATCH_"))}


@pytest.fixture(scope="session")
def airflow_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("airflow-home")
    env = {**_clean_environ(), **airflow_env(home)}
    airflow = Path(sys.executable).parent / "airflow"
    result = subprocess.run(
        [str(airflow), "db", "migrate"], env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return home


@pytest.fixture(scope="session")
def run_dags(airflow_home: Path) -> RunDags:
    """`run_dags("describe")`, `run_dags("run", "collect_feeds", env={...})`: the runner's JSON answer."""

    def run(*args: str, env: dict[str, str] | None = None) -> dict[str, Any]:
        full_env = {**_clean_environ(), **airflow_env(airflow_home), **(env or {})}
        result = subprocess.run(
            [sys.executable, str(RUNNER), *args],
            env=full_env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        lines = result.stdout.strip().splitlines()
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        assert lines, result.stderr[-3000:]
        answer: dict[str, Any] = json.loads(lines[-1])
        return answer

    return run
