"""The production files are checked statically: no Docker engine runs in the test environment."""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest
import yaml

DOCKER = Path(__file__).resolve().parents[2] / "docker"
COMPOSE = DOCKER / "docker-compose.yaml"
ENV_EXAMPLE = DOCKER / ".env.example"
DOCKERFILE = DOCKER / "Dockerfile"

AIRFLOW_PARTS = ("airflow-apiserver", "airflow-scheduler", "airflow-dag-processor", "airflow-triggerer")
LONG_RUNNING = ("postgres", "redis", *AIRFLOW_PARTS, "airflow-worker")
# ${NAME}, ${NAME:-default}, ${NAME:?message}; $${NAME} is a literal for the container's shell.
VARIABLE = re.compile(r"(?<!\$)\$\{([A-Z0-9_]+)(:?[-?][^}]*)?\}")


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    return document


@pytest.fixture(scope="module")
def services(compose: dict[str, Any]) -> dict[str, Any]:
    return dict(compose["services"])


def env_example() -> dict[str, str]:
    pairs = {}
    for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            name, _, value = line.partition("=")
            pairs[name.strip()] = value.strip()
    return pairs


def test_compose_has_every_part_of_airflows_reference_deployment(services: dict[str, Any]) -> None:
    assert set(LONG_RUNNING) | {"airflow-init"} <= set(services)


@pytest.mark.parametrize("name", LONG_RUNNING)
def test_every_long_running_service_has_a_health_check_and_restarts(
    services: dict[str, Any], name: str
) -> None:
    service = services[name]
    assert service["healthcheck"]["test"]
    assert service["restart"] == "always"


@pytest.mark.parametrize("name", [*AIRFLOW_PARTS, "airflow-worker"])
def test_airflow_parts_wait_for_a_healthy_database_and_broker_and_a_finished_init(
    services: dict[str, Any], name: str
) -> None:
    depends = services[name]["depends_on"]
    assert depends["postgres"]["condition"] == "service_healthy"
    assert depends["redis"]["condition"] == "service_healthy"
    assert depends["airflow-init"]["condition"] == "service_completed_successfully"


@pytest.mark.parametrize("name", [*AIRFLOW_PARTS, "airflow-worker", "airflow-init"])
def test_airflow_parts_run_the_celery_executor_on_postgres_and_redis(
    services: dict[str, Any], name: str
) -> None:
    env = services[name]["environment"]
    assert env["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
    assert env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"].startswith("postgresql")
    assert env["AIRFLOW__CELERY__BROKER_URL"].startswith("redis://")
    assert env["AIRFLOW__CORE__LOAD_EXAMPLES"] == "false"


def test_hrdwatch_store_is_its_own_postgres_database(services: dict[str, Any]) -> None:
    env = services["airflow-worker"]["environment"]
    assert env["HRDWATCH_DATABASE_URL"].startswith("postgresql+psycopg://")
    assert env["HRDWATCH_DATABASE_URL"].endswith("@postgres/hrdwatch")
    assert env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"].endswith("@postgres/airflow")
    init_sql = (DOCKER / "postgres-init" / "10-hrdwatch-store.sql").read_text(encoding="utf-8")
    assert "CREATE DATABASE hrdwatch;" in init_sql
    assert "./postgres-init:/docker-entrypoint-initdb.d:ro" in services["postgres"]["volumes"]


def test_init_migrates_airflow_and_the_hrdwatch_store(services: dict[str, Any]) -> None:
    init = services["airflow-init"]
    assert init["environment"]["_AIRFLOW_DB_MIGRATE"] == "true"
    assert "hrdwatch db upgrade" in " ".join(init["command"])


def test_workers_scale_out_without_colliding(services: dict[str, Any]) -> None:
    worker = services["airflow-worker"]
    assert "container_name" not in worker
    assert "ports" not in worker
    assert worker["command"] == "celery worker"


def test_state_lives_in_named_volumes(compose: dict[str, Any], services: dict[str, Any]) -> None:
    assert {"postgres-db-volume", "airflow-logs", "hrdwatch-out"} <= set(compose["volumes"])
    assert any(v.startswith("postgres-db-volume:") for v in services["postgres"]["volumes"])
    assert any(v.startswith("hrdwatch-out:") for v in services["airflow-worker"]["volumes"])


def test_every_variable_without_a_default_is_in_the_env_example() -> None:
    text = COMPOSE.read_text(encoding="utf-8")
    needed = {name for name, default in VARIABLE.findall(text) if not default.startswith(":-")}
    assert needed <= set(env_example())


def test_secrets_are_required_not_defaulted() -> None:
    text = COMPOSE.read_text(encoding="utf-8")
    for secret in ("POSTGRES_PASSWORD", "REDIS_PASSWORD", "AIRFLOW_FERNET_KEY", "AIRFLOW_JWT_SECRET"):
        assert re.search(r"\$\{" + secret + r":\?", text), secret
        assert not re.search(r"\$\{" + secret + r":-", text), secret


def test_env_example_holds_no_real_secret() -> None:
    env = env_example()
    for name, value in env.items():
        if any(word in name for word in ("PASSWORD", "SECRET", "TOKEN", "FERNET")):
            assert value in ("", "change-me"), name


def test_dockerfile_extends_the_official_airflow_3_image_at_our_airflow_version() -> None:
    text = DOCKERFILE.read_text(encoding="utf-8")
    (pinned,) = re.findall(r"^ARG AIRFLOW_VERSION=(\S+)$", text, flags=re.MULTILINE)
    assert pinned.split(".")[0] == "3"
    assert pinned.split(".")[:2] == version("apache-airflow").split(".")[:2]
    assert re.search(r"^FROM apache/airflow:\$\{AIRFLOW_VERSION\}", text, flags=re.MULTILINE)


def test_dockerfile_installs_this_package_without_moving_airflow_and_ships_the_dags() -> None:
    text = DOCKERFILE.read_text(encoding="utf-8")
    assert 'pip install --no-cache-dir "apache-airflow==${AIRFLOW_VERSION}" /opt/hrdwatch' in text
    assert "COPY --chown=airflow:root dags/ /opt/airflow/dags/" in text
    users = re.findall(r"^USER (\S+)$", text, flags=re.MULTILINE)
    assert users[-1] == "airflow"


def test_image_build_context_holds_every_package_the_wheel_needs() -> None:
    pyproject = tomllib.loads((DOCKER.parent / "pyproject.toml").read_text(encoding="utf-8"))
    packages = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["packages"]
    dockerfile = DOCKERFILE.read_text(encoding="utf-8")
    ignore = (DOCKER / "Dockerfile.dockerignore").read_text(encoding="utf-8")
    for package in packages:
        assert f"COPY --chown=airflow:root {package} ./{package}" in dockerfile
        assert f"!{package}/" in ignore


@pytest.mark.skipif(
    shutil.which("docker") is None
    or subprocess.run(["docker", "compose", "version"], capture_output=True, check=False).returncode != 0,
    reason="the docker compose plugin is not installed",
)
def test_docker_compose_accepts_the_file_with_the_example_env(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text(
        "\n".join(f"{k}={v or 'x'}" for k, v in env_example().items()) + "\n", encoding="utf-8"
    )
    result = subprocess.run(
        ["docker", "compose", "-f", str(COMPOSE), "--env-file", str(env_file), "config", "--quiet"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
