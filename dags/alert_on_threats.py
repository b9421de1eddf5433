"""alert_on_threats: runs on new classifications; matches, clusters, scores, then sends priority 1 at once.

Matching and delivery are separate tasks so a Slack outage retries only the sending; the delivery
ledger makes a retried or re-run send post nothing twice.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pendulum
from airflow.sdk import dag, task
from hrdwatch_assets import CLASSIFICATIONS

from hrdwatch.orchestration import TASK_DEFAULTS


@dag(
    schedule=[CLASSIFICATIONS],
    start_date=pendulum.datetime(2026, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    default_args=TASK_DEFAULTS,
    tags=["hrdwatch", "alerts"],
    doc_md=__doc__,
)
def alert_on_threats() -> None:
    @task(execution_timeout=timedelta(minutes=15))
    def raise_alerts(**context: Any) -> dict[str, int | str]:
        from hrdwatch.orchestration import raise_alerts

        return raise_alerts(context)

    @task(execution_timeout=timedelta(minutes=15))
    def send_immediate_alerts(**context: Any) -> dict[str, int | str]:
        from hrdwatch.orchestration import send_immediate_alerts

        return send_immediate_alerts(context)

    raise_alerts() >> send_immediate_alerts()


alert_on_threats()
