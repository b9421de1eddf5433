"""Migrations build the schema the models describe, on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from hrdwatch.errors import StorageError
from hrdwatch.storage import Base, Database, Report, Source


def test_upgrade_reaches_head_and_models_agree_with_migrations(any_db: Database) -> None:
    assert any_db.current_revision() is not None
    with any_db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == [], f"models and migrations disagree: {diff}"


def test_upgrade_twice_is_harmless(any_db: Database) -> None:
    before = any_db.current_revision()
    any_db.upgrade()
    assert any_db.current_revision() == before


def test_datetimes_come_back_aware_utc(any_db: Database) -> None:
    kyiv = timezone(timedelta(hours=2))
    with any_db.session() as session:
        session.add(
            Report(
                url="https://example.org/a",
                canonical_url="https://example.org/a",
                content_hash="h1",
                title="t",
                published_at=datetime(2026, 1, 1, 12, 0, tzinfo=kyiv),
            )
        )
    with any_db.session() as session:
        report = session.scalars(select(Report)).one()
    assert report.published_at == datetime(2026, 1, 1, 10, 0, tzinfo=UTC)
    assert report.published_at is not None
    assert report.published_at.tzinfo is not None


def test_same_canonical_url_cannot_be_stored_twice(any_db: Database) -> None:
    with any_db.session() as session:
        session.add(Report(url="u", canonical_url="https://x/1", content_hash="a", title="t"))
    with pytest.raises(IntegrityError), any_db.session() as session:
        session.add(Report(url="u", canonical_url="https://x/1", content_hash="b", title="t"))


def test_naive_datetimes_are_refused(db: Database) -> None:
    with pytest.raises(Exception, match="naive datetime"), db.session() as session:
        session.add(Source(name="s", url="u", last_success_at=datetime(2026, 1, 1)))


def test_unmigrated_database_names_the_fix(tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = Database(f"sqlite:///{tmp_path / 'empty.db'}")
    with pytest.raises(StorageError, match="hrdwatch db upgrade"):
        db.require_schema()


def test_bad_url_is_a_storage_error() -> None:
    with pytest.raises(StorageError, match="not a database URL"):
        Database("not a url")
