"""GDELT DOC 2.0 and ReliefWeb API answers become items; request URLs get the parameters we rely on."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

import pytest

from extractors.apis import parse_api_body, prepare_request_url
from extractors.errors import ParseError

NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)


def test_gdelt_artlist_articles_become_items() -> None:
    body = json.dumps(
        {
            "articles": [
                {
                    "url": "https://news.example.com/a",
                    "title": "Periodista detenido en la capital",
                    "seendate": "20261120T081500Z",
                    "language": "Spanish",
                    "domain": "news.example.com",
                },
                {"url": "", "title": "no url"},
            ]
        }
    ).encode()
    parsed = parse_api_body("gdelt", body, now=NOW)
    assert [(i.url, i.language, i.published_at) for i in parsed.items] == [
        ("https://news.example.com/a", "es", datetime(2026, 11, 20, 8, 15, tzinfo=UTC))
    ]
    assert parsed.skipped == 1


def test_gdelt_text_refusal_is_a_parse_error_with_its_message() -> None:
    with pytest.raises(ParseError, match="Please limit requests"):
        parse_api_body("gdelt", b"Please limit requests to one every 5 seconds", now=NOW)


def test_reliefweb_reports_become_items() -> None:
    body = json.dumps(
        {
            "data": [
                {
                    "id": 1,
                    "fields": {
                        "title": "Protection update",
                        "url_alias": "https://reliefweb.int/report/x/protection-update",
                        "body": "Defenders **face** threats.",
                        "date": {"created": "2026-11-19T10:00:00+00:00"},
                        "language": [{"code": "EN"}],
                    },
                }
            ]
        }
    ).encode()
    item = parse_api_body("reliefweb", body, now=NOW).items[0]
    assert item.url == "https://reliefweb.int/report/x/protection-update"
    assert item.language == "en"
    assert item.published_at == datetime(2026, 11, 19, 10, 0, tzinfo=UTC)


def test_request_urls_get_the_api_parameters() -> None:
    gdelt = parse_qs(
        urlsplit(
            prepare_request_url("gdelt", "https://api.gdeltproject.org/api/v2/doc/doc?query=x&format=html")
        ).query
    )
    assert gdelt["format"] == ["json"]
    assert gdelt["mode"] == ["artlist"]
    relief = parse_qs(
        urlsplit(prepare_request_url("reliefweb", "https://api.reliefweb.int/v2/reports?appname=a")).query
    )
    assert relief["appname"] == ["a"]
    assert "url_alias" in relief["fields[include][]"]
