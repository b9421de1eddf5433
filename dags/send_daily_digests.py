"""send_daily_digests: writes and sends each officer's digest of the last finished local day.

It runs every hour; the day digested is the latest one that is over in every officer's time zone,
windowed on each officer's own local day. The delivery ledger sends each digest once, so the
hourly runs in between only rewrite the digest files.
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
