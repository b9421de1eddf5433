"""JSON news APIs as sources: GDELT DOC 2.0 (article list) and ReliefWeb reports.

Both are public and rate limited: GDELT asks for no more than one request every five seconds,
ReliefWeb allows 1,000 calls a day per appname (and at most 1,000 entries per call). The
fetcher spaces requests per host with `HOST_MIN_INTERVAL`; `hrdwatch sources check` warns
when a file asks more of ReliefWeb than its daily quota allows at a 15-minute schedule.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any, Final
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from extractors.errors import ParseError
from extractors.feeds import FeedItem, ParsedFeed, ParseLimits
from extractors.normalise import clean_text, publication_time

GDELT_HOST: Final = "api.gdeltproject.org"
RELIEFWEB_HOST: Final = "api.reliefweb.int"
# Seconds between two requests to the same API host (documented limits, see module docstring).
HOST_MIN_INTERVAL: Final = {GDELT_HOST: 5.0, RELIEFWEB_HOST: 1.0}
RELIEFWEB_DAILY_CALLS: Final = 1000
GDELT_MAX_RECORDS: Final = 250
RELIEFWEB_LIMIT: Final = 50

# GDELT reports a language by English name; the classifier wants ISO 639-1.
GDELT_LANGUAGES: Final = {
    "english": "en",
    "spanish": "es",
    "french": "fr",
    "portuguese": "pt",
    "german": "de",
    "italian": "it",
    "russian": "ru",
    "arabic": "ar",
    "turkish": "tr",
    "persian": "fa",
    "ukrainian": "uk",
    "chinese": "zh",
    "polish": "pl",
    "dutch": "nl",
    "indonesian": "id",
    "hindi": "hi",
    "urdu": "ur",
    "bengali": "bn",
    "swahili": "sw",
    "japanese": "ja",
    "korean": "ko",
    "vietnamese": "vi",
    "thai": "th",
}
_RELIEFWEB_FIELDS: Final = (
    "title",
    "body",
    "url_alias",
    "url",
    "date.created",
    "date.original",
    "language.code",
)


def prepare_request_url(kind: str, url: str) -> str:
    """The URL actually requested for a source: API sources get the parameters we rely on."""
    if kind == "gdelt":
        return _with_params(
            url,
            required={"mode": "artlist", "format": "json"},
            defaults={"maxrecords": "75", "sort": "datedesc", "timespan": "1d"},
        )
    if kind == "reliefweb":
        extra = [("fields[include][]", name) for name in _RELIEFWEB_FIELDS]
        return _with_params(
            url,
            required={},
            defaults={"limit": str(RELIEFWEB_LIMIT), "sort[]": "date:desc"},
            append=extra,
        )
    return url


def parse_api_body(kind: str, body: bytes, *, now: datetime, limits: ParseLimits | None = None) -> ParsedFeed:
    limits = limits or ParseLimits()
    if len(body) > limits.max_body_bytes:
        raise ParseError(f"body of {len(body)} bytes exceeds the {limits.max_body_bytes}-byte limit")
    if kind == "gdelt":
        return parse_gdelt(body, now=now, limits=limits)
    if kind == "reliefweb":
        return parse_reliefweb(body, now=now, limits=limits)
    raise ParseError(f"unknown API kind {kind!r}")


def parse_gdelt(body: bytes, *, now: datetime, limits: ParseLimits) -> ParsedFeed:
    """Articles of a DOC 2.0 `mode=artlist&format=json` answer."""
    data = _json(body, "GDELT")
    if not data:  # GDELT answers an empty object when nothing matched
        return ParsedFeed(items=[], format="gdelt")
    articles = data.get("articles", [])
    if not isinstance(articles, list):
        raise ParseError("GDELT answer has no `articles` list")
    items: list[FeedItem] = []
    skipped = 0
    for article in articles[: limits.max_items]:
        url = article.get("url") if isinstance(article, dict) else None
        title = (
            clean_text(article.get("title"), limit=limits.title_chars) if isinstance(article, dict) else ""
        )
        if not isinstance(url, str) or not url.startswith(("http://", "https://")) or not title:
            skipped += 1
            continue
        language = GDELT_LANGUAGES.get(str(article.get("language", "")).strip().lower())
        items.append(
            FeedItem(
                title=title,
                summary="",
                url=url,
                published_at=publication_time(_gdelt_time(article.get("seendate")), now=now),
                language=language,
            )
        )
    notes = [f"{skipped} articles without a title or URL skipped"] if skipped else []
    return ParsedFeed(
        items=items, problem="; ".join(notes) or None, format="gdelt", skipped=skipped, notes=notes
    )


def parse_reliefweb(body: bytes, *, now: datetime, limits: ParseLimits) -> ParsedFeed:
    """Reports of a ReliefWeb API `reports` answer (v1 or v2)."""
    data = _json(body, "ReliefWeb")
    if "error" in data and "data" not in data:
        raise ParseError(f"ReliefWeb API error: {str(data.get('error'))[:200]}")
    records = data.get("data")
    if not isinstance(records, list):
        raise ParseError("ReliefWeb answer has no `data` list")
    items: list[FeedItem] = []
    skipped = 0
    for record in records[: limits.max_items]:
        fields = record.get("fields", {}) if isinstance(record, dict) else {}
        if not isinstance(fields, dict):
            skipped += 1
            continue
        url = (
            fields.get("url_alias")
            or fields.get("url")
            or (record.get("href") if isinstance(record, dict) else None)
        )
        title = clean_text(fields.get("title"), limit=limits.title_chars)
        if not isinstance(url, str) or not url.startswith(("http://", "https://")) or not title:
            skipped += 1
            continue
        raw_dates = fields.get("date")
        dates: dict[str, Any] = raw_dates if isinstance(raw_dates, dict) else {}
        raw_languages = fields.get("language")
        languages: list[Any] = raw_languages if isinstance(raw_languages, list) else []
        language = next((lang.get("code") for lang in languages if isinstance(lang, dict)), None)
        items.append(
            FeedItem(
                title=title,
                summary=clean_text(fields.get("body") or "", limit=limits.summary_chars),
                url=url,
                published_at=publication_time(dates.get("original") or dates.get("created"), now=now),
                language=language.lower() if isinstance(language, str) else None,
            )
        )
    notes = [f"{skipped} reports without a title or URL skipped"] if skipped else []
    return ParsedFeed(
        items=items, problem="; ".join(notes) or None, format="reliefweb", skipped=skipped, notes=notes
    )


def _json(body: bytes, api: str) -> dict[str, Any]:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        # Both APIs explain refusals (bad query, rate limit) in plain text with a 200 status.
        message = body[:200].decode("utf-8", "replace").strip().replace("\n", " ")
        raise ParseError(f"{api} answered with text instead of JSON: {message!r}") from None
    if not isinstance(data, dict):
        raise ParseError(f"{api} answer is not a JSON object")
    return data


def _gdelt_time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.strptime(value.strip(), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    except ValueError:
        return None


def _with_params(
    url: str,
    *,
    required: dict[str, str],
    defaults: dict[str, str],
    append: list[tuple[str, str]] | None = None,
) -> str:
    parts = urlsplit(url)
    params = [
        (key, value) for key, value in parse_qsl(parts.query, keep_blank_values=True) if key not in required
    ]
    present = {key for key, _ in params}
    params += list(required.items())
    params += [(key, value) for key, value in defaults.items() if key not in present]
    params += [pair for pair in append or [] if pair not in params]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(params), parts.fragment))
