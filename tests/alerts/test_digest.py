"""The daily digest: grouped, highlighted, charted, escaped; readable in a real headless Chromium."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from alerts.delivery import AlertView, ReasonLine, SourceLink, TimelineEntry
from alerts.digest import build_digest, chart_svg, escape_markdown, highlight, render_html, render_markdown

DAY = date(2026, 11, 21)
NOW = datetime(2026, 11, 21, 18, 0, tzinfo=UTC)
REPO = Path(__file__).resolve().parents[2]


def alert(alert_id: int, priority: int, country: str, headline: str, **kw: object) -> AlertView:
    fields: dict[str, object] = {
        "alert_id": alert_id,
        "incident_id": alert_id,
        "priority": priority,
        "headline": headline,
        "categories": ("arrest_detention",),
        "who": ("Aliaksandra Testava",),
        "country": country,
        "evidence": ("was detained",),
        "report_text": f"{headline} — the lawyer was detained after a search of her office, colleagues said.",
        "sources": (SourceLink("Defenders Wire", "https://wire.example.org/1", headline),),
        "created_at": NOW - timedelta(hours=alert_id),
        "url": f"https://wire.example.org/{alert_id}",
    }
    fields.update(kw)
    return AlertView(**fields)  # type: ignore[arg-type]


def demo_like_digest() -> object:
    """Fictional people and places-in-name-only, shaped like the demo's output."""
    alerts = [
        alert(
            1,
            1,
            "BY",
            "Human rights lawyer Aliaksandra Testava detained in Minsk after office search",
            who=("Aliaksandra Testava",),
            report_count=3,
            source_count=3,
            reasons=(
                ReasonLine("watchlist", "+2", "named on the watchlist (priority 1)"),
                ReasonLine("category", "+1", "arrest or detention of a defender"),
                ReasonLine("corroboration", "+1", "3 independent sources"),
            ),
            timeline=tuple(
                TimelineEntry(NOW - timedelta(hours=h), t, "Defenders Wire")
                for h, t in (
                    (9, "Office of legal aid group searched"),
                    (6, "Lawyer taken to police station"),
                    (2, "Court orders 10 days' detention"),
                )
            ),
        ),
        alert(
            2,
            2,
            "KE",
            "Land defender in Kajiado receives death threats after eviction hearing",
            categories=("threat_harassment",),
            who=("Amani Testa",),
            evidence=("receives death threats",),
            report_text="Land defender in Kajiado receives death threats after eviction hearing; community leaders ask for protection.",
            is_new_incident=False,
            report_count=2,
            source_count=2,
        ),
        alert(
            3,
            2,
            "HN",
            "Journalist covering river dam protests charged with defamation",
            categories=("judicial_harassment",),
            who=("Joaquín Testeo",),
            evidence=("charged with defamation",),
            report_text="Journalist covering river dam protests charged with defamation by a mining company.",
        ),
        alert(
            4,
            3,
            "UG",
            "New bill would cap foreign funding for NGOs at 10 percent",
            categories=("restrictive_law",),
            who=(),
            evidence=("cap foreign funding for NGOs",),
            report_text="New bill would cap foreign funding for NGOs at 10 percent, civil society groups warn.",
        ),
    ]
    history = [
        (DAY - timedelta(days=d), c)
        for d, c in [
            (0, "arrest_detention"),
            (0, "threat_harassment"),
            (0, "judicial_harassment"),
            (0, "restrictive_law"),
            (2, "arrest_detention"),
            (3, "internet_shutdown"),
            (5, "physical_attack"),
            (5, "arrest_detention"),
            (8, "surveillance_digital"),
            (11, "threat_harassment"),
            (12, "threat_harassment"),
            (15, "arrest_detention"),
            (19, "judicial_harassment"),
            (22, "restrictive_law"),
            (26, "physical_attack"),
            (28, "arrest_detention"),
        ]
    ]
    return build_digest(
        officer="Eastern Europe desk",
        day=DAY,
        timezone="Europe/Vilnius",
        generated_at=NOW,
        alerts=alerts,
        history=history,
    )


def test_alerts_are_grouped_by_priority_then_country() -> None:
    digest = demo_like_digest()
    layout = [(g.priority, [c.country for c in g.countries]) for g in digest.groups]  # type: ignore[attr-defined]
    assert layout == [(1, ["BY"]), (2, ["HN", "KE"]), (3, ["UG"])]
    assert (digest.new_incidents, digest.updated_incidents) == (3, 1)  # type: ignore[attr-defined]


def test_html_marks_evidence_and_counts_corroboration() -> None:
    html = render_html(demo_like_digest())  # type: ignore[arg-type]
    assert "<mark>was detained</mark>" in html
    assert "3 reports from 3 sources" in html
    assert "UPDATED" in html
    assert "<svg" in html
    assert 'name="viewport"' in html


@pytest.mark.parametrize(
    "title",
    [
        "<script>alert(1)</script>",
        "&lt;script&gt;",
        "<!channel>",
        "<https://evil|click>",
        "<img src=x onerror=alert(1)>",
        "T" * 10_000,
    ],
)
def test_hostile_titles_are_inert_in_html_and_markdown(title: str) -> None:
    digest = build_digest(
        officer="Desk",
        day=DAY,
        timezone="UTC",
        generated_at=NOW,
        alerts=[
            alert(
                1,
                1,
                "BY",
                title,
                report_text=title,
                evidence=(title[:20],),
                who=(title,),
                sources=(SourceLink(title, "javascript:alert(1)", title),),
            )
        ],
    )
    html = render_html(digest)
    markdown = render_markdown(digest)
    for live in ("<script>", "<img", "<!channel>", "<https://evil|click>", "javascript:"):
        assert live not in html
    assert re.search(r"(?<!\\)[<>]", markdown) is None  # every angle bracket is backslash-escaped
    assert "javascript:" not in markdown
    assert len(html) < 60_000  # a 10,000-character title is cut, not repeated in full


def test_the_page_loads_nothing_from_elsewhere() -> None:
    html = render_html(demo_like_digest())  # type: ignore[arg-type]
    assert "default-src 'none'" in html
    assert "<script" not in html
    assert "<link" not in html
    assert 'src="http' not in html


def test_highlight_escapes_around_the_marked_passage() -> None:
    assert (
        str(highlight("a <b> was detained & held", ["was detained"]))
        == "a &lt;b&gt; <mark>was detained</mark> &amp; held"
    )


def test_chart_counts_only_the_last_30_days() -> None:
    svg = str(chart_svg([(DAY, "arrest_detention"), (DAY - timedelta(days=30), "arrest_detention")], DAY))
    assert svg.count("<rect") == 1


@pytest.mark.parametrize(
    ("feed_text", "escaped"),
    [
        ("*bold*", r"\*bold\*"),
        ("[x](https://evil)", r"\[x\](https://evil)"),
        ("<b>", r"\<b\>"),
        ("a & b", r"a \& b"),
    ],
)
def test_markdown_escapes_syntax(feed_text: str, escaped: str) -> None:
    assert escape_markdown(feed_text) == escaped


def test_empty_digest_says_so() -> None:
    digest = build_digest(officer="Desk", day=DAY, timezone="UTC", generated_at=NOW, alerts=[])
    assert "Nothing new for you today." in render_html(digest)
    assert "Nothing new for you today." in render_markdown(digest)


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.mark.chromium
@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed (apt-get install chromium)")
def test_digest_renders_in_headless_chromium_and_is_screenshotted(tmp_path: Path) -> None:
    page = tmp_path / "digest.html"
    page.write_text(render_html(demo_like_digest()), encoding="utf-8")  # type: ignore[arg-type]
    shot = tmp_path / "digest.png"
    assert CHROMIUM is not None
    result = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--hide-scrollbars",
            f"--screenshot={shot}",
            "--window-size=420,1400",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert shot.is_file(), result.stderr.decode(errors="replace")[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000  # a rendered page, not a blank one
    if os.environ.get("HRDWATCH_UPDATE_SCREENSHOT"):
        shutil.copyfile(shot, REPO / "docs" / "digest-screenshot.png")
