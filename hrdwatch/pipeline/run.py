"""One pass of every stage, in data-flow order."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from hrdwatch.pipeline.context import RunContext


@dataclass(frozen=True)
class RunSummary:
    """Each stage's own summary, keyed by stage name."""

    stages: dict[str, dict[str, Any]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return dict(self.stages)


def run_once(
    ctx: RunContext,
    *,
    sources_file: Path | None = None,
    digest_day: date | None = None,
    with_digest: bool = False,
) -> RunSummary:
    """collect → classify → match/alert → immediate delivery [→ daily digests]."""
    from hrdwatch.pipeline.alert import raise_alerts
    from hrdwatch.pipeline.classify import classify_new_reports
    from hrdwatch.pipeline.collect import collect_new_reports
    from hrdwatch.pipeline.deliver import send_daily_digests, send_immediate_alerts

    stages: dict[str, dict[str, Any]] = {}
    ctx.progress("collecting reports …")
    stages["collect"] = collect_new_reports(ctx, sources_file=sources_file).as_dict()
    ctx.progress("classifying new reports …")
    stages["classify"] = classify_new_reports(ctx).as_dict()
    ctx.progress("matching the watchlist and raising alerts …")
    stages["alert"] = raise_alerts(ctx).as_dict()
    ctx.progress("delivering immediate alerts …")
    stages["deliver"] = send_immediate_alerts(ctx).as_dict()
    if with_digest:
        ctx.progress("writing daily digests …")
        stages["digest"] = send_daily_digests(ctx, day=digest_day).as_dict()
    return RunSummary(stages)
