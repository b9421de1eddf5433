"""The DAG files load, do nothing at parse time, and are wired as DESIGN.md says."""

from __future__ import annotations

from typing import Any

import pytest

from tests.dags.conftest import RunDags

HRDWATCH_DAGS = {"collect_feeds", "classify_reports", "alert_on_threats", "send_daily_digests", "maintain"}


@pytest.fixture(scope="module")
def described(run_dags: RunDags) -> dict[str, Any]:
    return run_dags("describe")


@pytest.fixture(scope="module")
def dags(described: dict[str, Any]) -> dict[str, Any]:
    return dict(described["dags"])


def test_dag_bag_loads_the_five_dags_without_import_errors(described: dict[str, Any]) -> None:
    assert described["import_errors"] == {}
    assert set(described["dags"]) == HRDWATCH_DAGS


def test_parsing_the_dag_files_does_no_io_and_imports_nothing_heavy(run_dags: RunDags) -> None:
    audit = run_dags("parse-audit")
    assert audit["io"] == []
    assert audit["heavy_imports"] == []


@pytest.mark.parametrize(
    ("dag_id", "cron", "assets"),
    [
        ("collect_feeds", "*/15 * * * *", []),
        ("classify_reports", None, ["hrdwatch_reports"]),
        ("alert_on_threats", None, ["hrdwatch_classifications"]),
        ("send_daily_digests", "5 * * * *", []),
        ("maintain", "30 2 * * *", []),
    ],
)
def test_schedule_is_a_clock_or_the_upstream_asset(
    dags: dict[str, Any], dag_id: str, cron: str | None, assets: list[str]
) -> None:
    assert dags[dag_id]["schedule"] == cron
    assert dags[dag_id]["schedule_assets"] == assets


@pytest.mark.parametrize(
    ("dag_id", "task_id", "outlets"),
    [
        ("collect_feeds", "announce_new_reports", ["hrdwatch_reports"]),
        ("collect_feeds", "collect_group", []),
        ("classify_reports", "classify_new", ["hrdwatch_classifications"]),
        ("alert_on_threats", "raise_alerts", []),
        ("alert_on_threats", "send_immediate_alerts", []),
    ],
)
def test_assets_are_produced_by_exactly_the_announcing_tasks(
    dags: dict[str, Any], dag_id: str, task_id: str, outlets: list[str]
) -> None:
    assert dags[dag_id]["tasks"][task_id]["outlets"] == outlets


@pytest.mark.parametrize("dag_id", sorted(HRDWATCH_DAGS))
def test_every_dag_is_tagged_single_run_and_not_catching_up(dags: dict[str, Any], dag_id: str) -> None:
    dag = dags[dag_id]
    assert "hrdwatch" in dag["tags"]
    assert dag["catchup"] is False
    assert dag["max_active_runs"] == 1


@pytest.mark.parametrize("dag_id", sorted(HRDWATCH_DAGS))
def test_every_task_retries_and_tells_the_operators_when_it_fails(dags: dict[str, Any], dag_id: str) -> None:
    for task in dags[dag_id]["tasks"].values():
        assert task["retries"] >= 2
        assert task["on_failure_callback"] == ["hrdwatch.orchestration.notify_operators"]


def test_collection_maps_over_source_groups_and_announces_even_when_a_group_failed(
    dags: dict[str, Any],
) -> None:
    tasks = dags["collect_feeds"]["tasks"]
    assert tasks["collect_group"]["mapped"] is True
    assert tasks["collect_group"]["upstream"] == ["list_source_groups"]
    assert tasks["announce_new_reports"]["upstream"] == ["collect_group"]
    assert tasks["announce_new_reports"]["trigger_rule"].endswith("ALL_DONE")


def test_alerts_are_sent_after_they_are_raised(dags: dict[str, Any]) -> None:
    assert dags["alert_on_threats"]["tasks"]["send_immediate_alerts"]["upstream"] == ["raise_alerts"]
