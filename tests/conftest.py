"""Shared fixtures: real SQLite always, real PostgreSQL when reachable, a run context per test."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from hrdwatch.pipeline.context import RunContext
from hrdwatch.settings import Settings
from hrdwatch.storage import Database

POSTGRES_ADMIN_URL = os.environ.get(
    "HRDWATCH_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
FIXED_NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)


def _postgres_unavailable_reason() -> str | None:
    try:
        engine = create_engine(POSTGRES_ADMIN_URL, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(text("select 1"))
        engine.dispose()
    except OperationalError as exc:
        return f"PostgreSQL not reachable at {POSTGRES_ADMIN_URL}: {str(exc.orig).splitlines()[0]}"
    return None


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for this test session, dropped afterwards."""
    reason = _postgres_unavailable_reason()
    if reason:
        pytest.skip(reason)
    name = f"hrdwatch_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(POSTGRES_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _clear_postgres(url: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def make_settings(tmp_path: Path, database_url: str | None = None, **overrides: object) -> Settings:
    """Settings isolated under tmp_path; nothing from the developer's environment leaks in."""
    base = Settings.from_env(
        {
            "HRDWATCH_VAR_DIR": str(tmp_path / "var"),
            "HRDWATCH_OUT_DIR": str(tmp_path / "out"),
            **({"HRDWATCH_DATABASE_URL": database_url} if database_url else {}),
        }
    )
    if overrides:
        from dataclasses import replace

        base = replace(base, **overrides)  # type: ignore[arg-type]
    return base


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture
def db(settings: Settings) -> Iterator[Database]:
    """A migrated SQLite database in a temporary directory."""
    database = Database(settings.database_url)
    database.upgrade()
    yield database
    database.dispose()


@pytest.fixture
def pg_db(postgres_url: str) -> Iterator[Database]:
    """A migrated, empty PostgreSQL database (schema reset for each test)."""
    _clear_postgres(postgres_url)
    database = Database(postgres_url)
    database.upgrade()
    yield database
    database.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_db(request: pytest.FixtureRequest, settings: Settings) -> Iterator[Database]:
    """The same test on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        database = Database(settings.database_url)
    else:
        url = request.getfixturevalue("postgres_url")
        _clear_postgres(url)
        database = Database(url)
    database.upgrade()
    yield database
    database.dispose()


@pytest.fixture
def ctx(settings: Settings, db: Database) -> RunContext:
    """A run context on a migrated SQLite database, at a fixed logical time."""
    return RunContext(settings=settings, db=db, now=FIXED_NOW)
