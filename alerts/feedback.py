"""Feedback on alerts from officers and analysts: the labels and their validation."""

from __future__ import annotations

from typing import Final

from alerts.errors import AlertsError

ACKNOWLEDGED: Final = "acknowledged"
FALSE_POSITIVE: Final = "false_positive"
CORRECT: Final = "correct"
FEEDBACK_LABELS: Final = (ACKNOWLEDGED, FALSE_POSITIVE, CORRECT)
MAX_NOTE_CHARS: Final = 2000


class FeedbackError(AlertsError):
    """Feedback that cannot be stored (unknown label, unknown alert)."""


def validate_feedback(label: str, note: str = "") -> tuple[str, str]:
    """The normalised (label, note); a clear error naming the label otherwise."""
    value = label.strip().lower().replace("-", "_")
    if value not in FEEDBACK_LABELS:
        raise FeedbackError(f"unknown feedback label {label!r}: use one of {', '.join(FEEDBACK_LABELS)}")
    note = note.strip()
    if len(note) > MAX_NOTE_CHARS:
        raise FeedbackError(f"feedback note is {len(note)} characters; the limit is {MAX_NOTE_CHARS}")
    return value, note
