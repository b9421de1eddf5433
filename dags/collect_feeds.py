"""collect_feeds: every 15 minutes, one mapped task per source group, then announce new reports.

A dead feed is recorded on its source's health by the collector and never fails its group; a group
that does fail (say, its database write) fails only its own mapped task, and the reports the other
groups stored are still announced.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pendulum
from airflow.sdk import dag, task
from hrdwatch_assets import REPORTS

from hrdwatch.orchestration import TASK_DEFAULTS


@dag(
    schedule="*/15 * * * *",
    start_date=pendulum.datetime(2026, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,  # conditional-GET state per source must not be written by two runs at once
    default_args=TASK_DEFAULTS,
    dagrun_timeout=timedelta(minutes=14),
    tags=["hrdwatch", "collect"],
    doc_md=__doc__,
)
def collect_feeds() -> None:
    @task
    def list_source_groups(**context: Any) -> list[str]:
        from hrdwatch.orchestration import source_groups

        return source_groups(context)

    # Groups, not feeds, are mapped: one task per feed would hit max_map_length on a large source list.
    @task(execution_timeout=timedelta(minutes=10))
    def collect_group(group: str, **context: Any) -> dict[str, int | str]:
        from hrdwatch.orchestration import collect_group

        return collect_group(group, context)

    # all_done: one failed group must not hold back the reports the other groups stored.
    @task(outlets=[REPORTS], trigger_rule="all_done")
    def announce_new_reports(**context: Any) -> dict[str, int | str]:
        from hrdwatch.orchestration import announce_unclassified_reports

        return announce_unclassified_reports(context)

    collected = collect_group.expand(group=list_source_groups())
    collected >> announce_new_reports()


collect_feeds()
