"""Runs hrdwatch DAGs with `dag.test()` in a process of its own and prints their outcome as JSON.

The tests start it as a subprocess: Airflow reads AIRFLOW_HOME and its configuration once per
process, so each test gets a clean, isolated Airflow (SQLite metadata in a temporary directory)
without leaking Airflow state into the rest of the test session.

    python tests/dags/dag_runner.py DAG_ID [DAG_ID ...]

The last line of output is `{"runs": [{"dag_id", "state", "tasks": {task_id[map_index]: state},
"xcom": {task_id: value}}, ...]}`.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any


def run(dag_ids: list[str]) -> list[dict[str, Any]]:
    from airflow.dag_processing.dagbag import BundleDagBag

    dags_folder = Path(os.environ["AIRFLOW__CORE__DAGS_FOLDER"])
    bag = BundleDagBag(dag_folder=dags_folder, bundle_path=dags_folder, bundle_name="dags-folder")
    if bag.import_errors:
        raise SystemExit(f"DAG import errors: {bag.import_errors}")
    runs = []
    for dag_id in dag_ids:
        dag = bag.dags[dag_id]
        # dag.test() would sleep through the real retry delays; a failure should show at once here.
        for task in dag.tasks:
            task.retries = 0
        dag_run = dag.test()
        runs.append(outcome(dag_run))
    return runs


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
                xcom[key] = row.value if not isinstance(row.value, str) else json.loads(row.value)
    return {"dag_id": dag_run.dag_id, "state": str(dag_run.state), "tasks": tasks, "xcom": xcom}


if __name__ == "__main__":
    print(json.dumps({"runs": run(sys.argv[1:])}, default=str))
