"""Parsing fetched feed bodies (RSS 0.9x/1.0/2.0, Atom 0.3/1.0, JSON Feed) into items, safely.

feedparser is given bytes we fetched ourselves (never a URL or path), after DOCTYPE/ENTITY
declarations are removed: an internal entity referenced thousands of times makes the strict
parser build gigantic strings. The collector runs this in worker processes with a deadline and a
memory limit (`extractors.workers`), on top of the body-size cap applied before this.
"""

from __future__ import annotations

import codecs
import io
import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final
from urllib.parse import urljoin, urlsplit

import feedparser

from extractors.errors import ParseError
from extractors.normalise import clean_text, publication_time

MAX_BODY_BYTES: Final = 8 * 1024 * 1024


@dataclass(frozen=True)
class ParseLimits:
    """How much of a feed we keep; long summaries are cut, not refused."""

    max_body_bytes: int = MAX_BODY_BYTES
    max_items: int = 500
    title_chars: int = 500
    summary_chars: int = 3000
    # A parse (with normalisation) running longer is stopped and recorded as the source's error;
    # None parses in a thread without a deadline (also the fallback where processes are not allowed).
    parse_timeout: float | None = 15.0
    parse_processes: int = 2
    # Address-space limit of each parse process; a body within the 8 MiB cap needs far less.
    parse_memory_bytes: int | None = 2 * 1024 * 1024 * 1024


@dataclass(frozen=True)
class FeedItem:
    """One entry as read from a source, before storage decides whether it is new."""

    title: str
    summary: str
    url: str
    published_at: datetime | None
    language: str | None = None


@dataclass(frozen=True)
class ParsedFeed:
    items: list[FeedItem]
    # What was wrong with a feed we could still read (bozo, skipped entries); None when clean.
    problem: str | None = None
    format: str = ""
    skipped: int = 0
    notes: list[str] = field(default_factory=list)


_DOCTYPE = re.compile(rb"<!DOCTYPE(?:[^\[>]|\[.*?\]\s*)*>", re.IGNORECASE | re.DOTALL)
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_XML_DECL_ENCODING = re.compile(rb"""^(\s*<\?xml[^>]*?encoding\s*=\s*)(["'])[^"']*\2""", re.IGNORECASE)
_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def defuse(body: bytes) -> tuple[bytes, list[str]]:
    """Body with DOCTYPE declarations removed; refuses entity declarations that survive removal."""
    notes: list[str] = []
    body = _to_ascii_compatible(body, notes)
    match = _DOCTYPE.search(body)
    if match:
        had_entities = bool(_ENTITY_DECL.search(match.group(0)))
        body = body[: match.start()] + body[match.end() :]
        notes.append("DOCTYPE with entity declarations removed" if had_entities else "DOCTYPE removed")
    if _ENTITY_DECL.search(body):
        raise ParseError("feed declares XML entities; refused")
    return body, notes


def parse_feed(
    body: bytes,
    *,
    now: datetime,
    content_type: str | None = None,
    base_url: str = "",
    limits: ParseLimits | None = None,
) -> ParsedFeed:
    """Items of a feed body; a broken feed keeps what was readable and says what was wrong."""
    limits = limits or ParseLimits()
    if len(body) > limits.max_body_bytes:
        raise ParseError(f"body of {len(body)} bytes exceeds the {limits.max_body_bytes}-byte limit")
    if not body.strip():
        raise ParseError("empty body")
    if body.lstrip()[:1] in (b"{", b"["):
        return _parse_json_feed(body, now=now, base_url=base_url, limits=limits)
    safe, notes = defuse(body)
    # Without a content type feedparser flags every body as suspicious; XML is what we asked for.
    headers = {"content-type": content_type or "application/xml"}
    if base_url:
        headers["content-location"] = base_url
    parsed = feedparser.parse(
        io.BytesIO(safe), response_headers=headers, sanitize_html=False, resolve_relative_uris=False
    )
    version = str(parsed.get("version") or "")
    problem = _bozo_problem(parsed)
    entries = parsed.get("entries") or []
    if not version and not entries:
        raise ParseError(f"not a feed{': ' + problem if problem else ''}")
    feed_language = _language(parsed.get("feed", {}).get("language"))
    items: list[FeedItem] = []
    skipped = 0
    for entry in entries[: limits.max_items]:
        item = _entry_item(entry, now=now, base_url=base_url, feed_language=feed_language, limits=limits)
        if item is None:
            skipped += 1
        else:
            items.append(item)
    if len(entries) > limits.max_items:
        notes.append(
            f"{len(entries) - limits.max_items} entries beyond the {limits.max_items}-item limit ignored"
        )
    if skipped:
        notes.append(f"{skipped} entries without a title or an http(s) link skipped")
    if problem:
        notes.insert(
            0, problem if problem.startswith("wrong charset") else f"partly malformed feed: {problem}"
        )
    return ParsedFeed(
        items=items,
        problem="; ".join(notes) or None,
        format=version,
        skipped=skipped,
        notes=notes,
    )


def _entry_item(
    entry: Any, *, now: datetime, base_url: str, feed_language: str | None, limits: ParseLimits
) -> FeedItem | None:
    title = clean_text(entry.get("title"), limit=limits.title_chars)
    summary_html = entry.get("summary") or ""
    if not summary_html and entry.get("content"):
        summary_html = entry["content"][0].get("value", "")
    summary = clean_text(summary_html, limit=limits.summary_chars)
    link = _link(entry, base_url)
    if not link or not (title or summary):
        return None
    if not title:
        title = clean_text(summary, limit=120)
    published = None
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        published = publication_time(entry.get(key), now=now)
        if published is not None:
            break
    detail = entry.get("title_detail") or {}
    language = _language(detail.get("language")) or feed_language
    return FeedItem(title=title, summary=summary, url=link, published_at=published, language=language)


def _link(entry: Any, base_url: str) -> str | None:
    candidates = [entry.get("link")]
    candidates += [
        link.get("href") for link in entry.get("links", []) if link.get("rel", "alternate") == "alternate"
    ]
    candidates.append(entry.get("id"))
    for candidate in candidates:
        if not isinstance(candidate, str) or not candidate.strip():
            continue
        url = urljoin(base_url, candidate.strip()) if base_url else candidate.strip()
        if urlsplit(url).scheme in ("http", "https") and urlsplit(url).hostname:
            return url
    return None


def _parse_json_feed(body: bytes, *, now: datetime, base_url: str, limits: ParseLimits) -> ParsedFeed:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ParseError(f"body looks like JSON but is not: {exc}") from None
    if not isinstance(data, dict) or not str(data.get("version", "")).startswith(
        "https://jsonfeed.org/version/"
    ):
        raise ParseError("JSON body is not a JSON Feed (no jsonfeed.org version)")
    raw_items = data.get("items")
    if not isinstance(raw_items, list):
        raise ParseError("JSON Feed has no `items` list")
    feed_language = _language(data.get("language"))
    items: list[FeedItem] = []
    skipped = 0
    for raw in raw_items[: limits.max_items]:
        if not isinstance(raw, dict):
            skipped += 1
            continue
        link = raw.get("url") or raw.get("external_url") or raw.get("id")
        url = urljoin(base_url, link) if isinstance(link, str) and base_url else link
        title = clean_text(
            raw.get("title") if isinstance(raw.get("title"), str) else "", limit=limits.title_chars
        )
        summary_raw = raw.get("summary") or raw.get("content_text") or raw.get("content_html") or ""
        summary = clean_text(summary_raw if isinstance(summary_raw, str) else "", limit=limits.summary_chars)
        if (
            not isinstance(url, str)
            or urlsplit(url).scheme not in ("http", "https")
            or not (title or summary)
        ):
            skipped += 1
            continue
        published = publication_time(raw.get("date_published") or raw.get("date_modified"), now=now)
        language = _language(raw.get("language")) or feed_language
        items.append(
            FeedItem(
                title=title or clean_text(summary, limit=120),
                summary=summary,
                url=url,
                published_at=published,
                language=language,
            )
        )
    notes = [f"{skipped} entries without a title or an http(s) link skipped"] if skipped else []
    return ParsedFeed(
        items=items, problem="; ".join(notes) or None, format="json", skipped=skipped, notes=notes
    )


def _bozo_problem(parsed: Any) -> str | None:
    if not parsed.get("bozo"):
        return None
    exc = parsed.get("bozo_exception")
    name = type(exc).__name__ if exc is not None else ""
    if name == "NonXMLContentType":  # servers label feeds text/html all the time; the body decides
        return None
    message = str(getattr(exc, "getMessage", lambda: exc)()) if exc is not None else "malformed feed"
    if name == "CharacterEncodingOverride":
        return f"wrong charset declared: {message}"[:300]
    return f"{name}: {message}"[:300]


def _language(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    code = value.strip().lower().replace("_", "-").split("-")[0]
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


def _to_ascii_compatible(body: bytes, notes: list[str]) -> bytes:
    """UTF-16/32 bodies are transcoded to UTF-8 so byte-level checks see the markup."""
    encoding = next((name for bom, name in _BOMS if body.startswith(bom)), None)
    if encoding is None and len(body) >= 4 and b"\x00" in body[:4]:
        encoding = {
            b"\x00\x00\x00<": "utf-32-be",
            b"<\x00\x00\x00": "utf-32-le",
            b"\x00<\x00?": "utf-16-be",
            b"<\x00?\x00": "utf-16-le",
        }.get(body[:4])
    if encoding is None:
        return body
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ParseError(f"body claims {encoding} but does not decode: {exc.reason}") from None
    notes.append(f"transcoded from {encoding}")
    utf8 = text.lstrip("\ufeff").encode("utf-8")
    return _XML_DECL_ENCODING.sub(rb"\1\2utf-8\2", utf8, count=1)
