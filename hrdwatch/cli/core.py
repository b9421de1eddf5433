"""Core commands: database, one full pass, the offline demo."""

from __future__ import annotations

import typer

from hrdwatch.cli.app import db_app
from hrdwatch.settings import Settings
from hrdwatch.storage import Database


@db_app.command("upgrade")
def db_upgrade(
    revision: str = typer.Argument("head", help="Alembic revision to upgrade to."),
) -> None:
    """Create or migrate the database named by HRDWATCH_DATABASE_URL."""
    db = Database(Settings.from_env().database_url)
    db.upgrade(revision)
    typer.echo(f"database {db.safe_url} at revision {db.current_revision()}")


@db_app.command("current")
def db_current() -> None:
    """Print the database's migration revision."""
    db = Database(Settings.from_env().database_url)
    typer.echo(db.current_revision() or "empty")
