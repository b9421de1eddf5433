"""Errors raised while collecting reports.

ExtractorError
├── SourceConfigError   a sources file or entry is invalid (names file, line, field)
├── FetchError          a source could not be fetched (URL, status)
└── ParseError          a body could not be parsed at all (source name, reason)
"""

from __future__ import annotations


class ExtractorError(Exception):
    """Base class of every error the extractors raise on purpose."""


class SourceConfigError(ExtractorError):
    """A source definition is invalid."""


class FetchError(ExtractorError):
    """A source could not be fetched; carries the URL and, when there was one, the HTTP status."""

    def __init__(self, message: str, *, url: str | None = None, status: int | None = None) -> None:
        super().__init__(message)
        self.url = url
        self.status = status


class ParseError(ExtractorError):
    """A fetched body could not be parsed."""
