"""The assets that chain the hrdwatch DAGs: declared once here, shared by producers and consumers.

Nothing but the declarations lives here, so parsing a DAG file never touches a database or network.
"""

from __future__ import annotations

from airflow.sdk import Asset

# New reports are waiting in the hrdwatch store (produced by collect_feeds, consumed by classify_reports).
REPORTS = Asset(name="hrdwatch_reports", uri="hrdwatch://store/reports", group="hrdwatch")
# New classifications are stored (produced by classify_reports, consumed by alert_on_threats).
CLASSIFICATIONS = Asset(
    name="hrdwatch_classifications", uri="hrdwatch://store/classifications", group="hrdwatch"
)

__all__ = ["CLASSIFICATIONS", "REPORTS"]
