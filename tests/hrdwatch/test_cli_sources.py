"""`hrdwatch collect` and `hrdwatch sources …` through the real CLI entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hrdwatch.cli import main
from tests.support.feed_server import FeedServer

FEEDS = Path(__file__).parents[1] / "extractors" / "feeds"


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HRDWATCH_VAR_DIR", str(tmp_path / "var"))
    monkeypatch.delenv("HRDWATCH_DATABASE_URL", raising=False)
    monkeypatch.delenv("HRDWATCH_SOURCES_FILE", raising=False)
    assert main(["db", "upgrade"]) == 0
    return tmp_path


def test_check_reports_a_bad_file_in_one_line(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = env / "bad.yaml"
    bad.write_text("sources:\n  - name: x\n    url: https://x/f\n    credibility: high\n")
    assert main(["sources", "check", str(bad)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"hrdwatch: error: {bad}:4: source 'x': credibility must be a number between 0 and 1, got 'high'"
    ]


def test_add_then_list_then_refuse_duplicate(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mine = env / "mine.yaml"
    assert (
        main(
            [
                "sources",
                "add",
                "My NGO",
                "https://example.org/feed.xml",
                "--file",
                str(mine),
                "--language",
                "en",
            ]
        )
        == 0
    )
    assert main(["sources", "check", str(mine)]) == 0
    assert main(["sources", "list", "--sources", str(mine)]) == 0
    assert "https://example.org/feed.xml" in capsys.readouterr().out
    assert main(["sources", "add", "my ngo", "https://example.org/other.xml", "--file", str(mine)]) == 1
    assert "already exists" in capsys.readouterr().err


def test_collect_prints_a_summary_and_health_shows_the_sources(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with FeedServer(FEEDS) as server:
        sources = env / "sources.yaml"
        sources.write_text(
            "sources:\n"
            f"  - name: Good\n    url: {server.url('rss20.xml')}\n    allow_private_network: true\n"
            f"  - name: Gone\n    url: {server.url('gone.xml')}\n    allow_private_network: true\n"
        )
        assert main(["collect", "--sources", str(sources)]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["new_reports"] == 2
    assert summary["failed"] == 1
    assert main(["sources", "health"]) == 0
    out = capsys.readouterr().out
    assert "HTTP 404" in out
    assert "Good" in out
