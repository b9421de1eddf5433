"""Normalisation of feed items: clean text from HTML, canonical URLs, UTC times, content fingerprints."""

from __future__ import annotations

import calendar
import hashlib
import html
import re
import time
import unicodedata
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from typing import Final
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that only say where a click came from; they never change the page.
TRACKING_PARAMETERS: Final = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "ref",
        "ref_src",
        "ref_url",
        "cmpid",
        "ito",
        "s_cid",
        "at_medium",
        "at_campaign",
        "xtor",
        "ns_source",
        "ns_mchannel",
        "ns_campaign",
        "ocid",
        "spm",
    }
)
TRACKING_PREFIXES: Final = ("utm_", "pk_", "oly_", "hmb_", "vero_", "at_", "stm_")
_DEFAULT_PORTS: Final = {"http": 80, "https": 443}
# A publication time this far ahead of the run is a bad clock or a bad feed, not news from the future.
FUTURE_TOLERANCE: Final = timedelta(hours=1)

_BLOCK_TAGS: Final = frozenset(
    {"p", "br", "div", "li", "ul", "ol", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"}
    | {"section", "article", "header", "footer", "figcaption", "dd", "dt", "hr", "table"}
)
_SKIP_TAGS: Final = frozenset({"script", "style", "noscript", "template", "svg", "math", "iframe", "object"})
_SPACE = re.compile(r"\s+")
_TAG_HINT = re.compile(r"<[A-Za-z!/]")
_WORD = re.compile(r"\w+", re.UNICODE)


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and self._skipping:
            self._skipping -= 1
        elif tag in _BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def clean_text(value: str | None, *, limit: int | None = None) -> str:
    """Plain text from an HTML or text fragment: tags and scripts dropped, entities decoded, spaces collapsed."""
    if not value:
        return ""
    if _TAG_HINT.search(value):
        extractor = _TextExtractor()
        try:
            extractor.feed(value)
            extractor.close()
            text = "".join(extractor.parts)
        except (AssertionError, ValueError):  # malformed markup: fall back to a blunt strip
            text = html.unescape(re.sub(r"<[^>]*>", " ", value))
    else:
        text = html.unescape(value)
    text = "".join(ch for ch in text if ch in "\t\n" or unicodedata.category(ch)[0] != "C")
    text = _SPACE.sub(" ", text).strip()
    if limit is not None and len(text) > limit:
        cut = text[:limit].rsplit(" ", 1)[0]
        text = (cut or text[:limit]).rstrip(" ,;:") + "…"
    return text


def canonical_url(url: str) -> str:
    """One spelling per page: lower-case scheme and host, no default port, fragment or tracking parameters."""
    url = url.strip()
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if not scheme or not host:
        return url
    netloc = host if ":" not in host else f"[{host}]"
    if parts.port is not None and parts.port != _DEFAULT_PORTS.get(scheme):
        netloc = f"{netloc}:{parts.port}"
    path = re.sub(r"/{2,}", "/", parts.path) or "/"
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if key.lower() not in TRACKING_PARAMETERS and not key.lower().startswith(TRACKING_PREFIXES)
    ]
    query.sort()
    return urlunsplit((scheme, netloc, path, urlencode(query, doseq=True), ""))


def fold(text: str) -> str:
    """Case-, accent- and spacing-insensitive form used for fingerprints and comparisons."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_WORD.findall(stripped))


def content_hash(title: str, summary: str) -> str:
    """The same words make the same report, whatever the markup, case or spacing around them."""
    return hashlib.sha256(f"{fold(title)}\n{fold(summary)}".encode()).hexdigest()


def parse_timestamp(value: object) -> datetime | None:
    """An aware UTC datetime from a feedparser struct_time, an RFC 822/ISO 8601 string, or None."""
    if value is None or value == "":
        return None
    if isinstance(value, time.struct_time):
        try:
            return datetime.fromtimestamp(calendar.timegm(value), UTC)
        except (OverflowError, ValueError, OSError):
            return None
    if isinstance(value, datetime):
        return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def publication_time(value: object, *, now: datetime) -> datetime | None:
    """UTC publication time; a time in the future (beyond a small clock-skew allowance) becomes `now`."""
    parsed = parse_timestamp(value)
    if parsed is None:
        return None
    if parsed > now + FUTURE_TOLERANCE:
        return now
    if parsed.year < 1990:  # epoch-zero and similar placeholders
        return None
    return parsed
