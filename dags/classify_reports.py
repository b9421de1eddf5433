"""classify_reports: runs whenever collect_feeds announces new reports; classifies every pending one.

Several announcements can collapse into one run, so the task reads its work from the database
(reports without a classification), never from the triggering events.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pendulum
from airflow.sdk import dag, task
from hrdwatch_assets import CLASSIFICATIONS, REPORTS

from hrdwatch.orchestration import TASK_DEFAULTS


@dag(
    schedule=[REPORTS],
    start_date=pendulum.datetime(2026, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,  # two runs would race to classify the same pending reports
    default_args=TASK_DEFAULTS,
    tags=["hrdwatch", "classify"],
    doc_md=__doc__,
)
def classify_reports() -> None:
    @task(outlets=[CLASSIFICATIONS], execution_timeout=timedelta(minutes=30))
    def classify_new(**context: Any) -> dict[str, int | str]:
        from hrdwatch.orchestration import classify_pending_reports

        return classify_pending_reports(context)

    classify_new()


classify_reports()
