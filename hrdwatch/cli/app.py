"""The Typer application and its sub-command groups; command modules register on these."""

from __future__ import annotations

import sys
from typing import Any

import typer

from hrdwatch.pipeline.context import RunContext
from hrdwatch.settings import Settings

app = typer.Typer(
    name="hrdwatch",
    help="Defender Watch: alerts for human-rights officers when defenders are threatened.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
watchlist_app = typer.Typer(help="Watchlist of people and organisations.", no_args_is_help=True)
officers_app = typer.Typer(help="Officers and where their alerts go.", no_args_is_help=True)
sources_app = typer.Typer(help="Feed and API sources, and their health.", no_args_is_help=True)
patterns_app = typer.Typer(help="Classifier pattern files.", no_args_is_help=True)

app.add_typer(db_app, name="db")
app.add_typer(watchlist_app, name="watchlist")
app.add_typer(officers_app, name="officers")
app.add_typer(sources_app, name="sources")
app.add_typer(patterns_app, name="patterns")


def progress(message: str) -> None:
    """Progress lines go to stderr so stdout stays clean for machine-readable output."""
    print(message, file=sys.stderr, flush=True)


def make_context(**kwargs: Any) -> RunContext:
    """A run context from the environment, migrated database checked."""
    ctx = RunContext.from_settings(Settings.from_env(), progress=progress, **kwargs)
    ctx.db.require_schema()
    return ctx
