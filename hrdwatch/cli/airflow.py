"""`hrdwatch` commands for running Airflow (placeholder: the Airflow stage fills it in)."""

from __future__ import annotations
