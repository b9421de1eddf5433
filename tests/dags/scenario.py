"""A planted world for the Airflow chain tests and bench/latency.py: one feed, one defender, one desk.

Everything here is fictional. The planted report names a watchlisted defender detained by police,
which the pipeline must turn into exactly one priority-1 Slack post to the desk's channel.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parents[2]
DAGS_FOLDER = REPO / "dags"
DEFENDER = "Oksana Vetrylenka"
DESK_CHANNEL = "#hrd-belarus-test"
OPERATORS_CHANNEL = "#hrd-operators-test"
FEED_NAME = "planted.xml"


def watchlist_csv(names: list[str]) -> str:
    rows = "".join(f"{name},,person,BY,1,Fictional test entry\n" for name in names)
    return "name,aliases,kind,countries,priority,notes\n" + rows


def officers_yaml(names: list[str]) -> str:
    return f"""officers:
  - name: Belarus test desk
    slack_channel: "{DESK_CHANNEL}"
    countries: [BY]
    watchlist: [{", ".join(names)}]
    min_priority: 4
    timezone: Europe/Minsk
"""


@dataclass(frozen=True)
class Item:
    guid: str
    title: str
    summary: str
    published: datetime


def threat_item(guid: str, published: datetime, defender: str = DEFENDER) -> Item:
    """The planted report: a watchlisted defender detained by police (priority 1 for the desk)."""
    return Item(
        guid=guid,
        title=f"Police in Minsk detain human rights lawyer {defender}",
        summary=(
            f"Riot police detained human rights defender {defender} at her home in Minsk, Belarus, "
            "on Tuesday morning; her colleagues say she is being held incommunicado."
        ),
        published=published,
    )


def quiet_item(guid: str, published: datetime) -> Item:
    return Item(
        guid=guid,
        title="City council in Grodno approves new cycling lanes",
        summary="The council voted to add twelve kilometres of cycling lanes along the river embankment.",
        published=published,
    )


def rss(items: list[Item]) -> bytes:
    entries = "".join(
        f"<item><title>{escape(i.title)}</title>"
        f"<link>https://news.hrdwatch.invalid/{i.guid}</link><guid>{i.guid}</guid>"
        f"<pubDate>{format_datetime(i.published)}</pubDate>"
        f"<description>{escape(i.summary)}</description></item>"
        for i in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        "<title>Planted test news</title><link>https://news.hrdwatch.invalid/</link>"
        f"<description>fictional</description>{entries}</channel></rss>"
    ).encode()


def write_files(
    directory: Path, feed_url: str, defenders: list[str] | None = None, *, dead_feed_url: str | None = None
) -> dict[str, Path]:
    """Watchlist, officers and sources files for the planted world (plus a dead feed, if given)."""
    names = defenders or [DEFENDER]
    dead = (
        "  - name: Dead loopback news\n"
        f"    url: {dead_feed_url}\n"
        "    kind: feed\n"
        "    group: dead\n"
        "    allow_private_network: true\n"
        if dead_feed_url
        else ""
    )
    directory.mkdir(parents=True, exist_ok=True)
    paths = {
        "watchlist": directory / "watchlist.csv",
        "officers": directory / "officers.yaml",
        "sources": directory / "sources.yaml",
    }
    paths["watchlist"].write_text(watchlist_csv(names), encoding="utf-8")
    paths["officers"].write_text(officers_yaml(names), encoding="utf-8")
    paths["sources"].write_text(
        "sources:\n"
        "  - name: Planted loopback news\n"
        f"    url: {feed_url}\n"
        "    kind: feed\n"
        "    language: en\n"
        "    credibility: 0.9\n"
        "    group: planted\n"
        "    allow_private_network: true\n" + dead,
        encoding="utf-8",
    )
    return paths


def hrdwatch_env(
    tmp: Path, *, database_url: str, sources_file: Path, slack_base_url: str, slack_token: str
) -> dict[str, str]:
    """HRDWATCH_* for the Airflow tasks: loopback Slack, the planted sources, files under `tmp`."""
    return {
        "HRDWATCH_DATABASE_URL": database_url,
        "HRDWATCH_VAR_DIR": str(tmp / "var"),
        "HRDWATCH_OUT_DIR": str(tmp / "out"),
        "HRDWATCH_SOURCES_FILE": str(sources_file),
        "HRDWATCH_SLACK_TOKEN": slack_token,
        "HRDWATCH_SLACK_BASE_URL": slack_base_url,
        "HRDWATCH_OPERATORS_CHANNEL": OPERATORS_CHANNEL,
    }


def airflow_env(airflow_home: Path) -> dict[str, str]:
    """An isolated Airflow: SQLite metadata in `airflow_home`, our dags/, no examples, venv on PATH."""
    return {
        "AIRFLOW_HOME": str(airflow_home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(DAGS_FOLDER),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{airflow_home / 'airflow.db'}",
        "AIRFLOW__CORE__UNIT_TEST_MODE": "False",
        "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]),
        "PYTHONPATH": str(REPO),
    }


def now() -> datetime:
    return datetime.now(UTC)
