"""The daily digest: one self-contained HTML page (readable on a phone) and a Markdown/plain-text twin.

Feed text is untrusted: the HTML template autoescapes it and the page forbids scripts and remote
loads with a Content-Security-Policy; the Markdown version backslash-escapes Markdown/HTML syntax.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from itertools import groupby
from typing import Final

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from alerts.delivery import AlertView
from classifiers.taxonomy import CATEGORIES, LABELS

CHART_DAYS: Final = 30
# Colour-blind-safe palette (Okabe–Ito), one colour per category, in taxonomy order.
CATEGORY_COLOURS: Final[dict[str, str]] = dict(
    zip(
        CATEGORIES,
        ("#D55E00", "#000000", "#E69F00", "#0072B2", "#009E73", "#CC79A7", "#56B4E9"),
        strict=True,
    )
)
PRIORITY_NAMES: Final = {
    1: "Priority 1 · act now",
    2: "Priority 2 · high",
    3: "Priority 3 · watch",
    4: "Priority 4 · for information",
}


@dataclass(frozen=True)
class CountryGroup:
    country: str
    alerts: tuple[AlertView, ...]


@dataclass(frozen=True)
class PriorityGroup:
    priority: int
    title: str
    countries: tuple[CountryGroup, ...]


@dataclass(frozen=True)
class Digest:
    officer: str
    day: date
    timezone: str
    generated_at: datetime
    groups: tuple[PriorityGroup, ...]
    new_incidents: int
    updated_incidents: int
    # (day, category) for every alert routed to the officer in the chart window.
    history: tuple[tuple[date, str], ...] = field(default=())

    @property
    def alert_count(self) -> int:
        return sum(len(c.alerts) for g in self.groups for c in g.countries)

    @property
    def counts_by_priority(self) -> dict[int, int]:
        return {g.priority: sum(len(c.alerts) for c in g.countries) for g in self.groups}

    def top(self, n: int = 5) -> list[AlertView]:
        return [a for g in self.groups for c in g.countries for a in c.alerts][:n]


def build_digest(
    *,
    officer: str,
    day: date,
    timezone: str,
    generated_at: datetime,
    alerts: Iterable[AlertView],
    history: Iterable[tuple[date, str]] = (),
) -> Digest:
    """Group alerts by priority, then country; within a country the newest first."""
    ordered = sorted(
        alerts, key=lambda a: (a.priority, a.country or "~", -(a.created_at or generated_at).timestamp())
    )
    groups: list[PriorityGroup] = []
    for priority, in_priority in groupby(ordered, key=lambda a: a.priority):
        countries = tuple(
            CountryGroup(country or "Unknown country", tuple(items))
            for country, items in groupby(in_priority, key=lambda a: a.country)
        )
        groups.append(
            PriorityGroup(priority, PRIORITY_NAMES.get(priority, f"Priority {priority}"), countries)
        )
    incidents = {a.incident_id: a.is_new_incident for a in ordered}
    new = sum(1 for is_new in incidents.values() if is_new)
    return Digest(
        officer=officer,
        day=day,
        timezone=timezone,
        generated_at=generated_at,
        groups=tuple(groups),
        new_incidents=new,
        updated_incidents=len(incidents) - new,
        history=tuple(history),
    )


def highlight(text: str, evidence: Sequence[str]) -> Markup:
    """`text` HTML-escaped, with each evidence passage wrapped in <mark>."""
    spans: list[tuple[int, int]] = []
    lowered = text.lower()
    for passage in evidence:
        needle = passage.strip().lower()
        if not needle:
            continue
        start = lowered.find(needle)
        if start >= 0:
            spans.append((start, start + len(needle)))
    spans.sort()
    out: list[str] = []
    cursor = 0
    for start, end in spans:
        if start < cursor:
            continue  # overlapping passages: keep the first
        out.append(str(escape(text[cursor:start])))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        cursor = end
    out.append(str(escape(text[cursor:])))
    return Markup("".join(out))


def chart_svg(history: Iterable[tuple[date, str]], end: date, days: int = CHART_DAYS) -> Markup:
    """A stacked bar chart (inline SVG) of alerts per day and category over the last `days` days."""
    start = end - timedelta(days=days - 1)
    counts: Counter[tuple[date, str]] = Counter((d, c) for d, c in history if start <= d <= end)
    per_day = Counter[date]()
    for (d, _), n in counts.items():
        per_day[d] += n
    peak = max(per_day.values(), default=0)
    width, height, left, bottom = 300, 110, 22, 16
    bar = (width - left) / days
    scale = (height - bottom - 6) / peak if peak else 0
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-label="Alerts per day by category, {start.isoformat()} to {end.isoformat()}">',
        f'<line x1="{left}" y1="{height - bottom}" x2="{width}" y2="{height - bottom}" stroke="#888" stroke-width="0.5"/>',
        f'<text x="{left - 4}" y="{height - bottom}" font-size="8" text-anchor="end" fill="#555">0</text>',
        f'<text x="{left - 4}" y="10" font-size="8" text-anchor="end" fill="#555">{peak}</text>',
    ]
    for index in range(days):
        d = start + timedelta(days=index)
        y: float = height - bottom
        for category in CATEGORIES:
            n = counts.get((d, category), 0)
            if not n:
                continue
            h = n * scale
            y -= h
            parts.append(
                f'<rect x="{left + index * bar + 0.5:.1f}" y="{y:.1f}" width="{bar - 1:.1f}" height="{h:.1f}" '
                f'fill="{CATEGORY_COLOURS[category]}"><title>{d.isoformat()} {escape(LABELS[category])}: {n}</title></rect>'
            )
    parts.append(f'<text x="{left}" y="{height - 3}" font-size="8" fill="#555">{start:%d %b}</text>')
    parts.append(
        f'<text x="{width}" y="{height - 3}" font-size="8" text-anchor="end" fill="#555">{end:%d %b}</text>'
    )
    parts.append("</svg>")
    return Markup("".join(parts))


def chart_legend(history: Iterable[tuple[date, str]]) -> list[tuple[str, str, int]]:
    """(label, colour, count) for the categories that appear in the chart."""
    totals = Counter(category for _, category in history)
    return [(LABELS[c], CATEGORY_COLOURS[c], totals[c]) for c in CATEGORIES if totals[c]]


_MARKDOWN_SPECIALS: Final = re.compile(r"([\\`*_\[\]<>&|~#!])")


def escape_markdown(text: str) -> str:
    """Backslash-escape Markdown and inline-HTML syntax so feed text stays text."""
    return _MARKDOWN_SPECIALS.sub(r"\\\1", " ".join(text.split()))


def _clip(text: str, limit: int = 400) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _category_label(category: str) -> str:
    return LABELS.get(category, category)


def _safe_url(url: str) -> str:
    return url if url.startswith(("https://", "http://")) else ""


def _markdown_url(url: str) -> str:
    """A bare URL that cannot break out of its line or into Markdown syntax."""
    return "".join(c if c.isprintable() and c not in " <>()[]`*_|" else f"%{ord(c):02X}" for c in url[:2000])


@cache
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("alerts", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        clip=_clip,
        md=escape_markdown,
        category=_category_label,
        safe_url=_safe_url,
        md_url=_markdown_url,
        highlight=highlight,
    )
    env.globals.update(colours=CATEGORY_COLOURS)
    return env


def render_html(digest: Digest) -> str:
    chart = chart_svg(digest.history, digest.day)
    legend = chart_legend(h for h in digest.history if h[0] > digest.day - timedelta(days=CHART_DAYS))
    return _environment().get_template("digest.html").render(d=digest, chart=chart, legend=legend)


def render_markdown(digest: Digest) -> str:
    return _environment().get_template("digest.md").render(d=digest)
