"""Feedback labels from officers and analysts."""

from __future__ import annotations

import pytest

from alerts.feedback import FeedbackError, validate_feedback


@pytest.mark.parametrize(
    ("label", "stored"),
    [
        ("acknowledged", "acknowledged"),
        ("false-positive", "false_positive"),
        ("FALSE_POSITIVE", "false_positive"),
        ("correct", "correct"),
    ],
)
def test_known_labels_are_normalised(label: str, stored: str) -> None:
    assert validate_feedback(label, " seen ") == (stored, "seen")


@pytest.mark.parametrize("label", ["ok", "", "spam"])
def test_unknown_label_names_the_choices(label: str) -> None:
    with pytest.raises(FeedbackError, match="acknowledged, false_positive, correct"):
        validate_feedback(label)


def test_overlong_note_is_refused() -> None:
    with pytest.raises(FeedbackError, match="limit"):
        validate_feedback("correct", "x" * 5000)
