"""`hrdwatch` commands for this area (placeholder: the owning stage fills it in)."""

from __future__ import annotations
