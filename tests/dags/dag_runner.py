"""Loads or runs the hrdwatch DAGs in a process of its own and prints the outcome as JSON.

The tests start it as a subprocess: Airflow reads AIRFLOW_HOME and its configuration once per
process, so each test gets a clean, isolated Airflow (SQLite metadata in a temporary directory)
without leaking Airflow state into the rest of the test session.

    python tests/dags/dag_runner.py describe          # DagBag import errors and every DAG's structure
    python tests/dags/dag_runner.py parse-audit       # what parsing the DAG files did (I/O, imports)
    python tests/dags/dag_runner.py run DAG_ID ...    # dag.test() each DAG in turn

The last line of output is one JSON object.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path
from typing import Any

DAGS_FOLDER = Path(os.environ.get("AIRFLOW__CORE__DAGS_FOLDER", Path(__file__).resolve().parents[2] / "dags"))
# Importing any of these while parsing a DAG file means work at parse time that belongs in a task.
HEAVY_MODULES = ("spacy", "slack_sdk", "feedparser", "rapidfuzz", "hrdwatch.storage", "hrdwatch.pipeline")
# Audit events that are I/O a DAG file must not do at parse time.
IO_EVENTS = ("socket.connect", "socket.getaddrinfo", "sqlite3.connect", "subprocess.Popen", "os.system")


def dag_bag() -> Any:
    from airflow.dag_processing.dagbag import BundleDagBag

    return BundleDagBag(dag_folder=DAGS_FOLDER, bundle_path=DAGS_FOLDER, bundle_name="dags-folder")


def describe() -> dict[str, Any]:
    bag = dag_bag()
    dags = {}
    for dag_id, dag in bag.dags.items():
        dags[dag_id] = {
            "fileloc": Path(dag.fileloc).name,
            "tags": sorted(dag.tags),
            "timetable": type(dag.timetable).__name__,
            "schedule": getattr(dag.timetable, "expression", None),
            "schedule_assets": _schedule_assets(dag.timetable),
            "catchup": dag.catchup,
            "max_active_runs": dag.max_active_runs,
            "tasks": {
                task.task_id: {
                    "retries": task.retries,
                    "outlets": sorted(getattr(o, "name", str(o)) for o in task.outlets),
                    "trigger_rule": str(task.trigger_rule),
                    "mapped": bool(getattr(task, "is_mapped", False)),
                    "on_failure_callback": [
                        f"{c.__module__}.{c.__qualname__}" for c in _callbacks(task.on_failure_callback)
                    ],
                    "upstream": sorted(task.upstream_task_ids),
                }
                for task in dag.tasks
            },
        }
    return {"import_errors": bag.import_errors, "dags": dags}


def parse_audit() -> dict[str, Any]:
    """Execute each DAG file the way the dag-processor does, recording I/O and heavy imports."""
    # Airflow's own imports are not the DAG files' doing (croniter even runs `file` on first import).
    import airflow.sdk
    import airflow.timetables.trigger  # noqa: F401
    import croniter  # noqa: F401
    import pendulum  # noqa: F401

    sys.path.insert(0, str(DAGS_FOLDER))
    events: list[str] = []

    def hook(event: str, args: tuple[Any, ...]) -> None:
        if event in IO_EVENTS:
            events.append(f"{event} {args[:2]!r}")
        elif event == "open" and isinstance(args[0], str) and _is_data_write(args):
            events.append(f"open {args[0]!r} {args[1]!r}")

    before = set(sys.modules)
    sys.addaudithook(hook)
    for path in sorted(DAGS_FOLDER.glob("*.py")):
        spec = importlib.util.spec_from_file_location(f"dagfile_{path.stem}", path)
        assert spec is not None
        assert spec.loader is not None
        spec.loader.exec_module(importlib.util.module_from_spec(spec))
    imported = sorted(set(sys.modules) - before)
    heavy = [m for m in imported if any(m == h or m.startswith(h + ".") for h in HEAVY_MODULES)]
    return {"io": events, "heavy_imports": heavy}


def run(dag_ids: list[str]) -> dict[str, Any]:
    bag = dag_bag()
    if bag.import_errors:
        raise SystemExit(f"DAG import errors: {bag.import_errors}")
    runs = []
    for dag_id in dag_ids:
        dag = bag.dags[dag_id]
        # dag.test() would sleep through the real retry delays; a failure should show at once here.
        for task in dag.tasks:
            task.retries = 0
        runs.append(outcome(dag.test()))
    return {"runs": runs}


def outcome(dag_run: Any) -> dict[str, Any]:
    from airflow.models.xcom import XComModel
    from airflow.utils.session import create_session

    tasks: dict[str, str] = {}
    xcom: dict[str, Any] = {}
    with create_session() as session:
        for ti in dag_run.get_task_instances(session=session):
            key = ti.task_id if ti.map_index < 0 else f"{ti.task_id}[{ti.map_index}]"
            tasks[key] = str(ti.state)
            row = (
                session.query(XComModel)
                .filter_by(
                    dag_id=ti.dag_id,
                    run_id=ti.run_id,
                    task_id=ti.task_id,
                    map_index=ti.map_index,
                    key="return_value",
                )
                .one_or_none()
            )
            if row is not None:
                xcom[key] = json.loads(row.value) if isinstance(row.value, str) else row.value
    return {"dag_id": dag_run.dag_id, "state": str(dag_run.state), "tasks": tasks, "xcom": xcom}


def _schedule_assets(timetable: Any) -> list[str]:
    condition = getattr(timetable, "asset_condition", None)
    return sorted(asset.name for asset in getattr(condition, "objects", ())) if condition else []


def _callbacks(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def _is_data_write(args: tuple[Any, ...]) -> bool:
    mode = args[1] if len(args) > 1 else "r"
    flags = args[2] if len(args) > 2 else 0
    writes = isinstance(mode, str) and any(c in mode for c in "wax+")
    return writes or (isinstance(flags, int) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT) != 0)


if __name__ == "__main__":
    command, *rest = sys.argv[1:]
    result = {"describe": describe, "parse-audit": parse_audit}.get(command)
    print(json.dumps(result() if result else run(rest), default=str))
