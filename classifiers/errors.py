"""Errors raised by the classifiers.

ClassifierError
├── PatternFileError   a pattern file is invalid (file, line, what is wrong)
└── ModelError         a trained model is missing, unreadable or of another version
"""

from __future__ import annotations


class ClassifierError(Exception):
    """Base class of every error the classifiers raise on purpose."""


class PatternFileError(ClassifierError):
    """A pattern file is invalid."""


class ModelError(ClassifierError):
    """A trained model cannot be used."""
