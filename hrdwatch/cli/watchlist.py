"""Watchlist commands: `match`, `watchlist import|export|list`, `officers import|list`, `mute`.

The watchlist names people at risk: only `watchlist list|export` and `match` output print names.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer

from hrdwatch.cli.app import app, make_context, officers_app, progress, watchlist_app
from hrdwatch.errors import InputFileError
from hrdwatch.settings import Settings


@contextmanager
def _input_errors() -> Iterator[None]:
    """Watchlist and classifier input errors become the CLI's one-line errors."""
    from alerts.errors import AlertsError
    from classifiers.errors import ClassifierError

    try:
        yield
    except (AlertsError, ClassifierError) as exc:
        raise InputFileError(str(exc)) from None


@app.command("match")
def match(
    watchlist: Path = typer.Option(..., "--watchlist", "-w", help="Watchlist CSV (or YAML)."),
    input: Path = typer.Option(
        ..., "--input", "-i", help="JSONL: {id, title, summary[, language]} per line."
    ),
    output: Path | None = typer.Option(None, "--output", "-o", help="JSONL output file (default: stdout)."),
) -> None:
    """Classify reports and match them against a watchlist; one JSON line per input line, same order.

    priority is null when the report carries no threat category, or when it names no watchlist
    target with threat evidence about them and no defender (no alert would be raised)."""
    from alerts.matching import WatchlistMatcher
    from alerts.priority import prioritise, threat_targets
    from alerts.watchlist import read_watchlist
    from classifiers.evaluation import read_jsonl, report_from
    from classifiers.pipeline import load_classifier

    with _input_errors():
        entries = read_watchlist(watchlist)
        rows = list(read_jsonl(input))
        items = [report_from(value, f"{input}:{n}") for n, value in rows]
        results = load_classifier(Settings.from_env().model_dir).classify_many(items)
    matcher = WatchlistMatcher(entries)
    lines = []
    for (_, raw), item, result in zip(rows, items, results, strict=True):
        text = f"{item.title}\n{item.summary}" if item.summary else item.title
        hits = matcher.match(text, result)
        targets, mentioned = threat_targets(hits, result, text)
        priority = prioritise(result, text, targets=targets, mentioned=mentioned)
        line = {
            "id": raw["id"],
            "hits": [h.to_contract() for h in hits],
            "priority": priority.level,
            "explanation": priority.explanation,
        }
        lines.append(json.dumps(line, ensure_ascii=False) + "\n")
    if output is None:
        sys.stdout.writelines(lines)
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text("".join(lines), encoding="utf-8")
        progress(f"matched {len(lines)} reports into {output}")


@watchlist_app.command("import")
def watchlist_import(path: Path = typer.Argument(..., help="Watchlist CSV or YAML file.")) -> None:
    """Add or update entries by name; the whole file is checked before anything is written."""
    from hrdwatch.pipeline.watchlist import import_watchlist

    with _input_errors():
        count = import_watchlist(make_context(), path)
    typer.echo(f"imported {count} watchlist entries")


@watchlist_app.command("export")
def watchlist_export(
    output: Path | None = typer.Option(None, "--output", "-o", help="File (default: stdout)."),
    format: str = typer.Option(
        "csv", "--format", "-f", help="csv (the contract columns) or yaml (with tags)."
    ),
) -> None:
    """Write the watchlist as CSV or YAML."""
    from alerts.watchlist import write_watchlist_csv, write_watchlist_yaml
    from hrdwatch.pipeline.watchlist import export_watchlist

    if format not in ("csv", "yaml"):
        raise InputFileError(f"--format {format!r} is not csv or yaml")
    entries = export_watchlist(make_context())
    text = write_watchlist_csv(entries) if format == "csv" else write_watchlist_yaml(entries)
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
        progress(f"exported {len(entries)} entries into {output}")


@watchlist_app.command("list")
def watchlist_list() -> None:
    """One line per entry: name, kind, priority, countries."""
    from hrdwatch.pipeline.watchlist import export_watchlist

    for entry in export_watchlist(make_context()):
        typer.echo(f"{entry.name}\t{entry.kind}\tpriority {entry.priority}\t{','.join(entry.countries)}")


@officers_app.command("import")
def officers_import(path: Path = typer.Argument(..., help="Officers YAML file.")) -> None:
    """Add or update officers by name."""
    from hrdwatch.pipeline.watchlist import import_officers

    with _input_errors():
        count = import_officers(make_context(), path)
    typer.echo(f"imported {count} officers")


@officers_app.command("list")
def officers_list() -> None:
    """One line per officer: name, countries, minimum priority, destinations."""
    from hrdwatch.pipeline.watchlist import list_officers

    for o in list_officers(make_context()):
        where = ", ".join(d for d in (o.slack_channel, o.email) if d) or "digest files only"
        typer.echo(f"{o.name}\t{','.join(o.countries)}\tmin priority {o.min_priority}\t{o.timezone}\t{where}")


@app.command("mute")
def mute(
    incident_id: int = typer.Argument(..., help="Incident id (shown in alerts and digests)."),
    unmute: bool = typer.Option(False, "--unmute", help="Raise alerts for it again."),
) -> None:
    """Mute an incident: it keeps collecting reports but raises no new alerts."""
    from hrdwatch.pipeline.watchlist import mute_incident

    if not mute_incident(make_context(), incident_id, muted=not unmute):
        raise InputFileError(f"no incident {incident_id}")
    typer.echo(f"incident {incident_id} {'unmuted' if unmute else 'muted'}")
