"""send_daily_digests: writes and sends each officer's daily digest.

It runs every hour and the delivery stage sends each officer's digest once their own local day is
due, so officers in every time zone get it in their morning; the delivery ledger keeps it to once.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pendulum
from airflow.sdk import dag, task

from hrdwatch.orchestration import TASK_DEFAULTS


@dag(
    schedule="5 * * * *",
    start_date=pendulum.datetime(2026, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    default_args=TASK_DEFAULTS,
    tags=["hrdwatch", "digest"],
    doc_md=__doc__,
)
def send_daily_digests() -> None:
    @task(execution_timeout=timedelta(minutes=20))
    def send_digests(**context: Any) -> dict[str, int | str]:
        from hrdwatch.orchestration import send_daily_digests

        return send_daily_digests(context)

    send_digests()


send_daily_digests()
