"""Errors raised by the hrdwatch spine.

    HrdwatchError
    ├── ConfigError        bad setting or configuration file (names the variable or file)
    ├── StorageError       the database cannot be reached or is not migrated
    └── InputFileError     a CLI input file is missing or unreadable (names the file and line)

The CLI turns any of them into one line on stderr and a non-zero exit.
"""

from __future__ import annotations


class HrdwatchError(Exception):
    """Base class of every error the hrdwatch spine raises on purpose."""


class ConfigError(HrdwatchError):
    """A setting or configuration file is invalid."""


class StorageError(HrdwatchError):
    """The database cannot be used as asked."""


class InputFileError(HrdwatchError):
    """An input file is missing, unreadable or malformed."""
