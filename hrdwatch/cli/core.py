"""Core commands: database, one full pass, the offline demo."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from hrdwatch.cli.app import app, db_app, make_context, progress
from hrdwatch.errors import InputFileError
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


@app.command("demo")
def demo(
    database_url: str | None = typer.Option(
        None,
        "--database-url",
        help="Where the demo keeps its data (default: SQLite file var/demo.db).",
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
) -> None:
    """Run the whole pipeline offline on bundled feeds and a fictional watchlist; write the digest."""
    from hrdwatch.pipeline.demo import demo_settings, render_summary, run_demo

    settings = demo_settings(Settings.from_env(), database_url)
    summary = run_demo(settings, progress=progress)
    if as_json:
        typer.echo(json.dumps(summary.as_dict(), indent=2))
    else:
        typer.echo(render_summary(summary))


@app.command("run")
def run(
    sources_file: Path | None = typer.Option(
        None, "--sources", help="Sources YAML to collect in addition to the defaults."
    ),
    digest: bool = typer.Option(False, "--digest", help="Also write and send today's digests."),
) -> None:
    """One pass of every stage: collect, classify, match, alert (and digest with --digest)."""
    from hrdwatch.pipeline.run import run_once

    if sources_file is not None and not sources_file.is_file():
        raise InputFileError(f"sources file not found: {sources_file}")
    ctx = make_context()
    summary = run_once(ctx, sources_file=sources_file, with_digest=digest)
    typer.echo(json.dumps(summary.as_dict(), indent=2, default=str))
