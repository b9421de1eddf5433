"""maintain: nightly retention of old reports, a feed-health report and stale-source detection."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pendulum
from airflow.sdk import dag, task

from hrdwatch.orchestration import TASK_DEFAULTS


@dag(
    schedule="30 2 * * *",
    start_date=pendulum.datetime(2026, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    default_args=TASK_DEFAULTS,
    tags=["hrdwatch", "maintenance"],
    doc_md=__doc__,
)
def maintain() -> None:
    @task(execution_timeout=timedelta(minutes=30))
    def run_maintenance(**context: Any) -> dict[str, int | str]:
        from hrdwatch.orchestration import run_maintenance

        return run_maintenance(context)

    run_maintenance()


maintain()
