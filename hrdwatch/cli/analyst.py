"""Analyst commands: `classify`, `eval`, `explain`, `train` and `patterns check`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from hrdwatch.cli.app import app, patterns_app, progress
from hrdwatch.errors import HrdwatchError
from hrdwatch.settings import Settings

if TYPE_CHECKING:  # classifiers load spaCy: imported inside the commands that need them
    from classifiers.model import TrainingSettings


class AnalystError(HrdwatchError):
    """Bad input to an analyst command (file, line and what is wrong)."""


def _classifier(model_dir: Path | None = None) -> Any:
    from classifiers.pipeline import load_classifier

    return load_classifier(model_dir or Settings.from_env().model_dir)


def _wrap(exc: Exception) -> AnalystError:
    return AnalystError(str(exc))


@app.command("classify")
def classify(
    input: Path = typer.Option(
        ..., "--input", "-i", help="JSONL: {id, title, summary[, language]} per line."
    ),
    output: Path | None = typer.Option(None, "--output", "-o", help="JSONL output file (default: stdout)."),
    model_dir: Path | None = typer.Option(None, "--model-dir", help="Trained models (default: settings)."),
) -> None:
    """Classify reports; one JSON line per input line, same order. Offsets refer to title + "\\n" + summary."""
    from classifiers.errors import ClassifierError
    from classifiers.evaluation import read_jsonl, report_from

    try:
        items = [report_from(value, f"{input}:{n}") for n, value in read_jsonl(input)]
        results = _classifier(model_dir).classify_many(items)
    except ClassifierError as exc:
        raise _wrap(exc) from None
    lines = (json.dumps(r.to_contract(), ensure_ascii=False) + "\n" for r in results)
    if output is None:
        sys.stdout.writelines(lines)
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        with output.open("w", encoding="utf-8") as out:
            out.writelines(lines)
        progress(f"classified {len(results)} reports into {output}")


@app.command("eval")
def evaluate(
    input: Path = typer.Option(..., "--input", "-i", help="Labelled JSONL: adds categories and hrd_victim."),
    as_json: bool = typer.Option(False, "--json", help="Print the full metrics as JSON."),
    split: str | None = typer.Option(None, "--split", help='Only items whose "split" is dev or test.'),
    model_dir: Path | None = typer.Option(None, "--model-dir", help="Trained models (default: settings)."),
) -> None:
    """Per-category precision/recall/F1, macro-F1, threat-to-a-defender metrics and the errors."""
    from classifiers.errors import ClassifierError
    from classifiers.evaluation import read_labelled, score

    if split not in (None, "dev", "test"):
        raise AnalystError(f"--split must be dev or test, not {split!r}")
    try:
        labelled = read_labelled(input, split)
        results = _classifier(model_dir).classify_many([item.report for item in labelled])
    except ClassifierError as exc:
        raise _wrap(exc) from None
    metrics = score(labelled, results)
    if as_json:
        typer.echo(json.dumps(metrics, ensure_ascii=False, indent=2))
        return
    typer.echo(f"{'category':<22} {'precision':>9} {'recall':>7} {'f1':>6} {'support':>7}")
    for category, m in metrics["per_category"].items():
        typer.echo(
            f"{category:<22} {m['precision']:>9.3f} {m['recall']:>7.3f} {m['f1']:>6.3f} {m['support']:>7}"
        )
    typer.echo(f"macro-F1 {metrics['macro_f1']:.3f} over {metrics['items']} items")
    for group, values in metrics["by_language_group"].items():
        t = values["threat_to_defender"]
        typer.echo(
            f"threat to a defender [{group}]: precision {t['precision']:.3f} recall {t['recall']:.3f} "
            f"(items {t['items']}, macro-F1 {values['macro_f1']:.3f})"
        )
    h = metrics["hrd_victim"]
    typer.echo(f"hrd_victim: precision {h['precision']:.3f} recall {h['recall']:.3f} f1 {h['f1']:.3f}")
    for kind in ("false_positives", "false_negatives"):
        typer.echo(f"{kind.replace('_', ' ')} ({len(metrics[kind])}):")
        for e in metrics[kind]:
            why = "; ".join(f"{ev['text'][:90]!r}" for ev in e["evidence"]) or "no evidence"
            typer.echo(f"  {e['id']} {e['category']} score {e['score']:.2f}: {e['title'][:80]} — {why}")


@app.command("explain")
def explain(
    text: str = typer.Argument(..., help="Headline, optionally followed by a newline and the lede."),
    language: str | None = typer.Option(None, "--language", "-l", help="ISO 639-1 code (default: detected)."),
) -> None:
    """Show categories, scores, evidence, entities, hrd_victim and every trigger's reasoning."""
    from classifiers.pipeline import ReportText

    title, _, summary = text.partition("\n")
    classifier = _classifier()
    item = ReportText("explain", title, summary, language)
    result = classifier.classify(item)
    typer.echo(f"language: {result.language}{'' if result.supported else ' (unsupported: not classified)'}")
    typer.echo(f"categories: {', '.join(result.categories) or '(none)'}")
    typer.echo(f"hrd_victim: {str(result.hrd_victim).lower()}")
    typer.echo("scores: " + ", ".join(f"{c} {s:.2f}" for c, s in result.scores.items() if s > 0))
    for e in result.evidence:
        typer.echo(f"evidence [{e.category}] {e.trigger!r} at {e.start}-{e.end} in: {e.text}")
    entities = result.entities.to_contract()
    for kind, values in entities.items():
        typer.echo(f"{kind}: {', '.join(values) or '-'}")
    for _, _, doc in classifier.docs([item]):
        if doc is None:
            continue
        for occ in doc._.threats.occurrences:
            typer.echo(f"  trigger [{occ.category}] {occ.score:.2f}: {'; '.join(occ.reasons)}")
    typer.echo(f"pattern_version: {result.pattern_version}  model_version: {result.model_version or '-'}")


@app.command("train")
def train(
    inputs: list[Path] = typer.Option(
        ..., "--input", "-i", help="Labelled JSONL (categories per item); repeat for several files."
    ),
    output: Path | None = typer.Option(None, "--output", "-o", help="Model directory (default: settings)."),
    split: str | None = typer.Option("dev", "--split", help="Train only on this split when items have one."),
    epochs: int = typer.Option(12, "--epochs", min=1, max=200),
    cross_validate: bool = typer.Option(
        False,
        "--cross-validate",
        help="Save nothing; hold out each input file in turn and compare rules alone with rules + model.",
    ),
) -> None:
    """Train the text model and the gate that weighs it against the rules; saved versioned, made the latest."""
    from classifiers.errors import ClassifierError
    from classifiers.evaluation import read_labelled
    from classifiers.model import LabelledText, TrainingSettings
    from classifiers.training import already_trained
    from classifiers.training import train as train_model

    if cross_validate:
        _cross_validate(inputs, split, TrainingSettings(epochs=epochs))
        return
    model_dir = output or Settings.from_env().model_dir
    assert model_dir is not None  # Settings.from_env always sets one
    try:
        labelled = [item for path in inputs for item in read_labelled(path, split)]
        examples = [
            LabelledText(item.report.text, item.categories, item.report.language, item.hrd_victim)
            for item in labelled
        ]
        settings = TrainingSettings(epochs=epochs)
        reused = already_trained(examples, model_dir, settings)
        path = train_model(examples, model_dir, settings, progress)
    except ClassifierError as exc:
        raise _wrap(exc) from None
    if reused:
        typer.echo(f"{path.name} is already trained on these {len(examples)} items; it is the latest: {path}")
    else:
        typer.echo(f"trained {path.name} on {len(examples)} items: {path}")


def _cross_validate(inputs: list[Path], split: str | None, settings: TrainingSettings) -> None:
    from classifiers.errors import ClassifierError
    from classifiers.evaluation import read_labelled
    from classifiers.training import cross_validate

    if len(set(inputs)) < 2:
        raise AnalystError("--cross-validate needs at least two --input files (each is held out in turn)")
    try:
        batches = {path.name: read_labelled(path, split) for path in inputs}
        folds = cross_validate({name: items for name, items in batches.items() if items}, settings, progress)
    except ClassifierError as exc:
        raise _wrap(exc) from None
    typer.echo(
        f"{'held out':<16} {'group':<7} {'items':>5}  macro-F1 rules -> model   threat P / R rules -> model"
    )
    for f in folds:
        r, m = f.rules, f.with_model
        typer.echo(
            f"{f.batch:<16} {f.group:<7} {f.items:>5}  {r['macro_f1']:.3f} -> {m['macro_f1']:.3f}"
            f"        {r['precision']:.3f} / {r['recall']:.3f} -> {m['precision']:.3f} / {m['recall']:.3f}"
        )
    for group in ("en", "non_en"):
        mine = [f for f in folds if f.group == group]
        if mine:
            before = sum(f.rules["macro_f1"] * f.items for f in mine) / sum(f.items for f in mine)
            after = sum(f.with_model["macro_f1"] * f.items for f in mine) / sum(f.items for f in mine)
            typer.echo(
                f"{group}: item-weighted mean macro-F1 {before:.3f} -> {after:.3f} over {len(mine)} batches"
            )


@patterns_app.command("check")
def patterns_check(
    directory: Path | None = typer.Argument(None, help="Pattern directory (default: the packaged one)."),
) -> None:
    """Lint the pattern files: every problem as file:line: what is wrong."""
    from classifiers.patterns import check_patterns, patterns_root

    root = directory or patterns_root()
    if directory is not None and not directory.is_dir():
        raise AnalystError(f"{directory}: not a directory")
    problems = check_patterns(root)
    for problem in problems:
        typer.echo(problem, err=True)
    if problems:
        raise AnalystError(f"{len(problems)} problem(s) in the pattern files")
    typer.echo("pattern files OK")
