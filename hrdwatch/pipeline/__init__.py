"""Pipeline wiring: each stage reads what the previous one stored and records its own progress."""

from hrdwatch.pipeline.context import RunContext

__all__ = ["RunContext"]
