"""`hrdwatch collect` and `hrdwatch sources list|add|check|health`."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import typer
import yaml

from extractors.errors import SourceConfigError
from extractors.sources import (
    SourceSpec,
    default_sources,
    load_sources_file,
    parse_sources,
    validate_source,
)
from hrdwatch.cli.app import app, make_context, sources_app
from hrdwatch.errors import ConfigError, InputFileError
from hrdwatch.settings import Settings

T = TypeVar("T")
SOURCES_OPTION = typer.Option(
    None, "--sources", help="Sources YAML file (default: HRDWATCH_SOURCES_FILE, else the built-in registry)."
)


@app.command("collect")
def collect_command(
    sources: Path | None = SOURCES_OPTION,
    group: str | None = typer.Option(None, "--group", help="Only the sources of this group."),
) -> None:
    """Fetch the sources once and store new reports; prints a JSON summary."""
    from hrdwatch.pipeline.collect import collect_new_reports

    summary = collect_new_reports(make_context(), sources_file=sources, group=group)
    typer.echo(json.dumps(summary.as_dict()))


@sources_app.command("list")
def list_command(sources: Path | None = SOURCES_OPTION) -> None:
    """The configured sources: name, kind, group, language, region, credibility, URL."""
    specs = _configured(sources)
    rows = [
        [
            spec.name,
            spec.kind,
            spec.group,
            spec.language or "-",
            spec.region or "-",
            f"{spec.credibility:.2f}",
            "" if spec.enabled else "disabled",
            spec.url,
        ]
        for spec in specs
    ]
    _table(["NAME", "KIND", "GROUP", "LANG", "REGION", "CRED", "STATE", "URL"], rows)
    typer.echo(f"{len(specs)} sources", err=True)


@sources_app.command("add")
def add_command(
    name: str = typer.Argument(..., help="Unique name of the source."),
    url: str = typer.Argument(..., help="Feed or API URL (http or https)."),
    kind: str = typer.Option("feed", help="feed | gdelt | reliefweb"),
    language: str | None = typer.Option(None, help="ISO 639-1 hint, e.g. en."),
    credibility: float = typer.Option(0.7, help="0..1, how far reports from it are trusted."),
    group: str = typer.Option("default", help="Collection group (one Airflow task per group)."),
    region: str | None = typer.Option(None, help="Region focus, free text."),
    file: Path | None = typer.Option(
        None, "--file", help="Sources file to append to (default: HRDWATCH_SOURCES_FILE)."
    ),
) -> None:
    """Validate a source and append it to your sources file (created if missing)."""
    target = file or Settings.from_env().sources_file
    if target is None:
        raise ConfigError("no sources file: pass --file or set HRDWATCH_SOURCES_FILE")
    entry: dict[str, object] = {
        "name": name,
        "url": url,
        "kind": kind,
        "credibility": credibility,
        "group": group,
    }
    if language:
        entry["language"] = language
    if region:
        entry["region"] = region
    spec = _checked(lambda: validate_source(entry, origin="source"))
    existing_text = target.read_text(encoding="utf-8") if target.exists() else ""
    if existing_text.strip():
        existing, _ = _checked(lambda: parse_sources(existing_text, origin=str(target)))
        if any(other.name.casefold() == spec.name.casefold() for other in existing):
            raise ConfigError(f"{target}: a source named {spec.name!r} already exists")
    else:
        existing_text = "sources:\n"
    block = yaml.safe_dump([entry], allow_unicode=True, sort_keys=False)
    indented = "".join(f"  {line}" if line.strip() else line for line in block.splitlines(keepends=True))
    separator = "" if existing_text.endswith("\n") else "\n"
    candidate = existing_text + separator + indented
    _checked(lambda: parse_sources(candidate, origin=str(target)))  # the file stays valid or is not written
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(candidate, encoding="utf-8")
    typer.echo(f"added {spec.name!r} to {target}")


@sources_app.command("check")
def check_command(
    file: Path = typer.Argument(..., help="Sources YAML file to validate."),
    fetch: bool = typer.Option(False, "--fetch", help="Also fetch every source once (network) and report."),
) -> None:
    """Validate a sources file; with --fetch, try each source and print what came back."""
    specs = _checked(lambda: load_sources_file(file))
    reliefweb = sum(1 for spec in specs if spec.kind == "reliefweb" and spec.enabled)
    if reliefweb > 10:
        typer.echo(
            f"warning: {reliefweb} ReliefWeb sources every 15 minutes exceed its 1,000 calls/day quota",
            err=True,
        )
    typer.echo(f"{file}: {len(specs)} sources OK")
    if not fetch:
        return
    from extractors.collector import SourceState, collect

    outcomes = collect([SourceState(spec) for spec in specs if spec.enabled], now=datetime.now(UTC))
    rows = [
        [
            o.spec.name,
            str(o.status or "-"),
            str(len(o.candidates)),
            "ok" if o.ok else "FAILED",
            (o.error or o.warning or "")[:100],
        ]
        for o in outcomes
    ]
    _table(["NAME", "HTTP", "ITEMS", "RESULT", "PROBLEM"], rows)
    failed = sum(1 for o in outcomes if not o.ok)
    if failed:
        raise ConfigError(f"{failed} of {len(outcomes)} sources failed to fetch or parse")


@sources_app.command("health")
def health_command(
    threshold: int = typer.Option(3, help="Flag sources that failed this many runs in a row."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per source."),
) -> None:
    """Feed health: last success, consecutive failures, last error, items and bytes of the last run."""
    from hrdwatch.pipeline.collect import source_health

    health = source_health(make_context())
    if as_json:
        for row in health:
            record = {**row.__dict__, "failing": row.failing(threshold)}
            typer.echo(json.dumps(record, default=str))
        return
    rows = [
        [
            row.name,
            row.group,
            _when(row.last_success_at),
            str(row.consecutive_failures),
            str(row.last_items),
            str(row.last_bytes),
            "FAILING"
            if row.enabled and row.failing(threshold)
            else ("disabled" if not row.enabled else "ok"),
            (row.last_error or row.last_warning or "")[:80],
        ]
        for row in health
    ]
    _table(["NAME", "GROUP", "LAST SUCCESS", "FAILS", "ITEMS", "BYTES", "STATUS", "LAST PROBLEM"], rows)
    flagged = sum(1 for row in health if row.enabled and row.failing(threshold))
    if flagged:
        typer.echo(f"{flagged} source(s) failing {threshold}+ runs in a row", err=True)


def _configured(sources: Path | None) -> list[SourceSpec]:
    path = sources or Settings.from_env().sources_file
    return _checked(lambda: load_sources_file(path) if path else default_sources())


def _checked(load: Callable[[], T]) -> T:
    try:
        return load()
    except SourceConfigError as exc:
        raise InputFileError(str(exc)) from None


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else "never"


def _table(header: list[str], rows: list[list[str]]) -> None:
    widths = [
        max(len(header[i]), *(len(row[i]) for row in rows)) if rows else len(header[i])
        for i in range(len(header))
    ]
    for line in [header, *rows]:
        typer.echo("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip())
