"""Normalisation rules: canonical URLs, clean text, content hashes, timestamps."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.normalise import canonical_url, clean_text, content_hash, publication_time

NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("https://Example.ORG/a?utm_source=rss&utm_medium=feed", "https://example.org/a"),
        ("https://example.org:443/a#comments", "https://example.org/a"),
        ("http://example.org:8080/a", "http://example.org:8080/a"),
        ("https://example.org/a?b=2&a=1&fbclid=XYZ&gclid=1", "https://example.org/a?a=1&b=2"),
        ("https://example.org", "https://example.org/"),
        ("https://example.org//news//1", "https://example.org/news/1"),
        ("https://example.org/a?id=7&ref=twitter", "https://example.org/a?id=7"),
    ],
)
def test_canonical_url_strips_tracking_and_noise(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>One</p><p>Two &amp; three</p>", "One Two & three"),
        ("Plain &eacute;t&eacute;", "Plain été"),
        ("<script>alert(1)</script><style>p{}</style>Kept", "Kept"),
        ("a<br/>b\u200b\u0007c", "a bc"),
        ("<p>unclosed <b>bold", "unclosed bold"),
    ],
)
def test_clean_text_from_html(html: str, text: str) -> None:
    assert clean_text(html) == text


def test_same_words_in_other_markup_hash_the_same() -> None:
    assert content_hash("Activist DETAINED", "Police  said!") == content_hash(
        "activist detained", "Police said"
    )
    assert content_hash("Activist detained", "") != content_hash("Activist released", "")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Thu, 19 Nov 2026 14:00:00 +0100", datetime(2026, 11, 19, 13, 0, tzinfo=UTC)),
        ("2026-11-19T14:00:00Z", datetime(2026, 11, 19, 14, 0, tzinfo=UTC)),
        ("2026-11-19T14:00:00", datetime(2026, 11, 19, 14, 0, tzinfo=UTC)),
        ("2031-01-01T00:00:00Z", NOW),
        ("1970-01-01T00:00:00Z", None),
        ("yesterday", None),
        (None, None),
    ],
)
def test_publication_time_is_utc_and_never_in_the_future(
    value: str | None, expected: datetime | None
) -> None:
    assert publication_time(value, now=NOW) == expected
