"""`hrdwatch` command line. Errors become one line on stderr and a non-zero exit code."""

from __future__ import annotations

import sys

import typer

# Typer ≥ 0.16 ships its own copy of click; its exception classes live there.
from typer._click import exceptions as click_exceptions

from hrdwatch.cli import airflow, analyst, core, delivery, sources, watchlist  # noqa: F401 - register commands
from hrdwatch.cli.app import app
from hrdwatch.errors import HrdwatchError

__all__ = ["app", "main"]


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; return the exit code instead of exiting (tests call this)."""
    try:
        # Without standalone mode, `typer.Exit(code)` comes back as the return value.
        returned = app(args=argv, prog_name="hrdwatch", standalone_mode=False)
    except typer.Exit as exc:
        return exc.exit_code
    except typer.Abort:
        print("hrdwatch: aborted", file=sys.stderr)
        return 130
    except click_exceptions.NoArgsIsHelpError:
        return 2  # the help text was already printed
    except click_exceptions.ClickException as exc:
        print(f"hrdwatch: error: {exc.format_message()}", file=sys.stderr)
        return exc.exit_code
    except HrdwatchError as exc:
        print(f"hrdwatch: error: {exc}", file=sys.stderr)
        return 1
    return returned if isinstance(returned, int) else 0


def entrypoint() -> None:
    sys.exit(main())
