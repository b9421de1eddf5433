"""Latency from a new item in a feed to its Slack post, through collect → classify → alert → send.

Two measurements on loopback servers (feed server and Slack stand-in, 127.0.0.1 only):

- processing: the four calls the Airflow tasks make (hrdwatch.orchestration), one after another,
  timed from the moment the new item is served until the Slack post arrives. Repeated for several
  new items (each about another fictional defender); the first, cold round is reported apart.
- airflow chain (skip with --no-airflow): the same through `dag.test()` of collect_feeds,
  classify_reports and alert_on_threats in a fresh Airflow process, so it adds what Airflow costs
  per task (task process, DAG parsing, XCom). A real scheduler adds its asset-trigger delay on top.

The poll interval (collect_feeds runs every 15 minutes) is reported separately: an item waits on
average half of it, at worst all of it, before collection even starts.

    python bench/latency.py [--rounds 5] [--no-airflow]

The last line of output is one JSON object (keys include `processing_s` and `poll_interval_s`).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hrdwatch import orchestration
from hrdwatch.pipeline.context import RunContext
from hrdwatch.pipeline.watchlist import import_officers, import_watchlist
from hrdwatch.settings import Settings
from tests.dags import scenario
from tests.support.feed_server import FeedServer
from tests.support.slack_server import Post, SlackServer

# Fictional defenders, one per round, so each round is a new incident and a new priority-1 alert.
DEFENDERS = [
    "Oksana Vetrylenka",
    "Maryna Kavalchyk-Dub",
    "Yanina Sotnikava",
    "Alena Pryhodska",
    "Iryna Zhdanovich-Lis",
    "Kseniya Mardvina",
    "Valeryia Hlushak",
    "Darya Tsishkevich",
]


def poll_interval_seconds() -> int:
    """collect_feeds' schedule, read from the DAG file so the bench cannot drift from it."""
    text = (scenario.DAGS_FOLDER / "collect_feeds.py").read_text(encoding="utf-8")
    match = re.search(r'schedule="\*/(\d+) \* \* \* \*"', text)
    if match is None:
        raise SystemExit("cannot read collect_feeds' schedule from dags/collect_feeds.py")
    return int(match.group(1)) * 60


class Clock:
    """Arrival times of Slack posts, recorded by the Slack stand-in's hook."""

    def __init__(self) -> None:
        self.arrivals: list[tuple[float, Post]] = []

    def record(self, post: Post) -> None:
        self.arrivals.append((time.perf_counter(), post))

    def arrival_for(self, defender: str) -> float | None:
        return next((t for t, post in self.arrivals if defender in post.text), None)


def one_pass(context: dict[str, Any]) -> None:
    """What the three DAGs' tasks do, in order, for one new item."""
    for group in orchestration.source_groups(context):
        orchestration.collect_group(group, context)
    orchestration.classify_pending_reports(context)
    orchestration.raise_alerts(context)
    orchestration.send_immediate_alerts(context)


def measure_processing(
    feeds: FeedServer, clock: Clock, items: list[scenario.Item], rounds: int
) -> tuple[float, list[float]]:
    """(cold round, warm rounds): seconds from serving a new item to its Slack post."""
    timings: list[float] = []
    for index in range(rounds + 1):
        defender = DEFENDERS[index]
        now = datetime.now(UTC)
        items.append(scenario.threat_item(f"threat-{index}", now, defender))
        started = time.perf_counter()
        feeds.add_file(scenario.FEED_NAME, scenario.rss(items))
        one_pass({"logical_date": now})
        arrived = clock.arrival_for(defender)
        if arrived is None:
            raise SystemExit(f"round {index}: no Slack post for the planted item")
        timings.append(arrived - started)
    return timings[0], timings[1:]


def measure_airflow_chain(
    tmp: Path, feeds: FeedServer, clock: Clock, items: list[scenario.Item], env: dict[str, str]
) -> dict[str, float]:
    """One new item through dag.test() of the three DAGs in a fresh Airflow process."""
    home = tmp / "airflow-home"
    airflow_env = {**os.environ, **scenario.airflow_env(home), **env}
    airflow = Path(sys.executable).parent / "airflow"
    migrate = subprocess.run(
        [str(airflow), "db", "migrate"], env=airflow_env, capture_output=True, text=True, check=False
    )
    if migrate.returncode != 0:
        raise SystemExit(f"airflow db migrate failed: {migrate.stderr[-500:]}")
    defender = DEFENDERS[-1]
    items.append(scenario.threat_item("threat-airflow", datetime.now(UTC), defender))
    started = time.perf_counter()
    feeds.add_file(scenario.FEED_NAME, scenario.rss(items))
    runner = Path(__file__).resolve().parents[1] / "tests" / "dags" / "dag_runner.py"
    result = subprocess.run(
        [sys.executable, str(runner), "run", "collect_feeds", "classify_reports", "alert_on_threats"],
        env=airflow_env,
        capture_output=True,
        text=True,
        check=False,
    )
    finished = time.perf_counter()
    arrived = clock.arrival_for(defender)
    if result.returncode != 0 or arrived is None:
        raise SystemExit(f"the Airflow chain did not post: {result.stdout[-800:]} {result.stderr[-800:]}")
    return {"airflow_chain_s": arrived - started, "airflow_chain_total_s": finished - started}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=5, help="warm rounds (new items) to time")
    parser.add_argument("--no-airflow", action="store_true", help="skip the dag.test() chain")
    args = parser.parse_args()
    rounds = max(1, min(args.rounds, len(DEFENDERS) - 2))
    poll = poll_interval_seconds()

    clock = Clock()
    with tempfile.TemporaryDirectory() as tmp_name, FeedServer() as feeds, SlackServer() as slack:
        tmp = Path(tmp_name)
        slack.on_post = clock.record
        items = [scenario.quiet_item("quiet-0", datetime.now(UTC))]
        feeds.add_file(scenario.FEED_NAME, scenario.rss(items))
        paths = scenario.write_files(tmp / "world", feeds.url(scenario.FEED_NAME), DEFENDERS)
        env = scenario.hrdwatch_env(
            tmp,
            database_url=f"sqlite:///{tmp / 'hrdwatch.db'}",
            sources_file=paths["sources"],
            slack_base_url=slack.base_url,
            slack_token=slack.token,
        )
        os.environ.update(env)
        ctx = RunContext.from_settings(Settings.from_env(env))
        ctx.db.upgrade()
        import_watchlist(ctx, paths["watchlist"])
        import_officers(ctx, paths["officers"])
        ctx.db.dispose()
        one_pass({"logical_date": datetime.now(UTC)})  # the quiet item: sources synced, validators stored

        cold, warm = measure_processing(feeds, clock, items, rounds)
        result: dict[str, Any] = {
            "processing_s": round(statistics.median(warm), 3),
            "processing_max_s": round(max(warm), 3),
            "processing_cold_s": round(cold, 3),
            "rounds": len(warm),
            "poll_interval_s": poll,
            "expected_mean_latency_s": round(poll / 2 + statistics.median(warm), 3),
            "worst_case_latency_s": round(poll + max(warm), 3),
        }
        if not args.no_airflow:
            result.update(
                {k: round(v, 3) for k, v in measure_airflow_chain(tmp, feeds, clock, items, env).items()}
            )

    print(f"poll interval (collect_feeds schedule): {poll} s")
    print(
        f"processing, item served → Slack post: median {result['processing_s']} s, max {result['processing_max_s']} s over {result['rounds']} items (cold first item {result['processing_cold_s']} s)"
    )
    if "airflow_chain_s" in result:
        print(
            f"through dag.test() of the three DAGs (Airflow per-task overhead included): {result['airflow_chain_s']} s"
        )
    print(
        f"expected latency: mean {result['expected_mean_latency_s']} s, worst case {result['worst_case_latency_s']} s (plus the scheduler's asset-trigger delay)"
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
