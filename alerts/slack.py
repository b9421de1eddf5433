"""Slack: Block Kit messages built from untrusted feed text, and a poster that can find its own posts.

Everything that came from a feed goes through `escape_mrkdwn` (exactly `&`, `<`, `>`, which are
Slack's control characters), so a title can never mention `@channel`/`@here`/a user or carry a link
of its own. Links are built only by `link()`, from http(s) URLs. Texts are cut to Slack's limits
(≤ 50 blocks, ≤ 3,000 characters per section, ≤ 150 per header) after escaping.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Final
from urllib.parse import urlsplit

from alerts.delivery import AlertView, ReportUpdate
from alerts.errors import DeliveryError
from classifiers.taxonomy import LABELS

MAX_BLOCKS: Final = 50
MAX_SECTION_CHARS: Final = 3000
MAX_HEADER_CHARS: Final = 150
MAX_FALLBACK_CHARS: Final = 3000
MAX_LIST_ITEMS: Final = 10
METADATA_EVENT: Final = "hrdwatch_delivery"
ELLIPSIS: Final = "…"

_MRKDWN_ESCAPES: Final = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def escape_mrkdwn(text: str) -> str:
    """Escape Slack's three control characters; nothing else, so the text reads as written."""
    return text.translate(_MRKDWN_ESCAPES)


def clip(text: str, limit: int) -> str:
    """Escape `text` and cut it so the escaped result fits `limit` characters, never inside an entity."""
    flat = " ".join(text.split())
    escaped = escape_mrkdwn(flat)
    if len(escaped) <= limit:
        return escaped
    out: list[str] = []
    used = 0
    for char in flat:
        piece = escape_mrkdwn(char)
        if used + len(piece) > limit - len(ELLIPSIS):
            break
        out.append(piece)
        used += len(piece)
    return "".join(out) + ELLIPSIS


def plain(text: str, limit: int) -> str:
    """Cut plain_text (header, button) fields; Slack shows them literally, so no escaping."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + ELLIPSIS


def link(url: str, label: str, limit: int = 300) -> str:
    """A mrkdwn link, or just the escaped label when the URL is not plain http(s)."""
    safe_label = clip(label, limit) or "link"
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return safe_label
    # `|` would end the URL part and `<>` the link itself; percent-encode them, escape `&`.
    safe_url = url.strip().replace("|", "%7C").replace("<", "%3C").replace(">", "%3E").replace(" ", "%20")
    return f"<{escape_mrkdwn(safe_url)}|{safe_label}>"


def category_names(categories: Sequence[str]) -> str:
    return ", ".join(LABELS.get(c, c) for c in categories) or "uncategorised"


def _section(text: str) -> dict[str, Any]:
    if len(text) > MAX_SECTION_CHARS:  # callers clip; this guards the contract
        text = text[: MAX_SECTION_CHARS - 1] + ELLIPSIS
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def _context(text: str) -> dict[str, Any]:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text[:MAX_SECTION_CHARS]}]}


def _lines(items: Sequence[str], limit: int = MAX_SECTION_CHARS) -> str:
    """Join lines until the section is full; say how many did not fit."""
    out: list[str] = []
    used = 0
    for index, item in enumerate(items):
        more = f"… and {len(items) - index} more"
        if used + len(item) + 1 > limit - len(more) - 1:
            out.append(more)
            break
        out.append(item)
        used += len(item) + 1
    return "\n".join(out)


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value else "date unknown"


def alert_blocks(view: AlertView) -> list[dict[str, Any]]:
    """Block Kit for an immediate alert: headline, categories, who/where, evidence, sources, timeline, why."""
    prefix = "Escalation" if view.is_escalation else f"Priority {view.priority}"
    blocks: list[dict[str, Any]] = [
        {
            "type": "header",
            "text": {
                "type": "plain_text",
                "text": plain(f"{prefix}: {view.headline}", MAX_HEADER_CHARS),
                "emoji": False,
            },
        },
        _section(
            _lines(
                [
                    f"*Categories:* {clip(category_names(view.categories), 500)}",
                    f"*Who:* {clip(', '.join(view.who) or 'not named', 1000)}",
                    f"*Where:* {clip(view.country or 'unknown', 100)}",
                    f"*Corroboration:* {view.report_count} report(s) from {view.source_count} source(s)",
                ]
            )
        ),
    ]
    if view.evidence:
        quotes = [f">{clip(text, 600)}" for text in view.evidence[:3]]
        blocks.append(_section("*Evidence*\n" + _lines(quotes, MAX_SECTION_CHARS - 20)))
    if view.sources:
        items = [f"• {link(s.url, s.title or s.name, 300)} ({clip(s.name, 100)})" for s in view.sources]
        blocks.append(_section("*Sources*\n" + _lines(items[:MAX_LIST_ITEMS], MAX_SECTION_CHARS - 20)))
    if view.timeline:
        entries = [
            f"• {_when(e.when)} · {link(e.url, e.text, 250) if e.url else clip(e.text, 250)}"
            + (f" ({clip(e.source, 80)})" if e.source else "")
            for e in view.timeline
        ]
        blocks.append(_section("*Timeline*\n" + _lines(entries[-MAX_LIST_ITEMS:], MAX_SECTION_CHARS - 20)))
    why = [f"• {clip(r.factor, 80)} ({clip(r.effect, 40)}): {clip(r.detail, 300)}" for r in view.reasons]
    if why or view.explanation:
        body = _lines(why) if why else clip(view.explanation, MAX_SECTION_CHARS - 40)
        blocks.append(_section("*Why priority " + str(view.priority) + "*\n" + body))
    blocks.append(
        _context(
            f"hrdwatch alert {view.alert_id} · incident {view.incident_id} · "
            f"feedback: `hrdwatch feedback {view.alert_id} --label acknowledged|false_positive|correct`"
        )
    )
    return blocks[:MAX_BLOCKS]


def alert_text(view: AlertView) -> str:
    """Notification/fallback text (shown in push notifications and by screen readers)."""
    return clip(
        f"Priority {view.priority}: {view.headline} ({category_names(view.categories)})", MAX_FALLBACK_CHARS
    )


def update_blocks(update: ReportUpdate) -> list[dict[str, Any]]:
    lines = [f"*New report on this incident:* {link(update.url, update.title, 600)}"]
    lines.append(f"{clip(update.source or 'unknown source', 100)} · {_when(update.published_at)}")
    lines.extend(f">{clip(text, 600)}" for text in update.evidence[:2])
    return [_section(_lines(lines))]


def update_text(update: ReportUpdate) -> str:
    return clip(f"New report: {update.title}", MAX_FALLBACK_CHARS)


def digest_blocks(
    officer: str, day: str, counts: dict[int, int], new: int, updated: int, top: Sequence[AlertView]
) -> list[dict[str, Any]]:
    """A short Slack summary of an officer's daily digest; the full digest goes by e-mail/file."""
    by_priority = " · ".join(f"P{p}: {n}" for p, n in sorted(counts.items())) or "no alerts"
    blocks: list[dict[str, Any]] = [
        {
            "type": "header",
            "text": {
                "type": "plain_text",
                "text": plain(f"Daily digest {day}", MAX_HEADER_CHARS),
                "emoji": False,
            },
        },
        _section(f"*{clip(officer, 200)}* · {new} new and {updated} updated incident(s)\n{by_priority}"),
    ]
    if top:
        items = [
            f"• P{v.priority} {clip(v.country or '??', 10)} · {link(v.url, v.headline, 300) if v.url else clip(v.headline, 300)}"
            for v in top
        ]
        blocks.append(_section(_lines(items[:MAX_LIST_ITEMS])))
    return blocks


def make_client(token: str, base_url: str | None = None, *, max_retries: int = 3) -> Any:
    """A WebClient that honours 429 Retry-After and retries 500/503 and dropped connections."""
    from slack_sdk import WebClient
    from slack_sdk.http_retry.builtin_handlers import (
        ConnectionErrorRetryHandler,
        RateLimitErrorRetryHandler,
        ServerErrorRetryHandler,
    )

    kwargs: dict[str, Any] = {"token": token, "timeout": 30}
    if base_url:
        kwargs["base_url"] = base_url if base_url.endswith("/") else base_url + "/"
    client = WebClient(**kwargs)
    client.retry_handlers = [
        ConnectionErrorRetryHandler(max_retry_count=1),
        RateLimitErrorRetryHandler(max_retry_count=max_retries),
        ServerErrorRetryHandler(max_retry_count=2),
    ]
    return client


class SlackPoster:
    """Posts messages that carry their delivery key, and finds them again after a crash."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self._channel_ids: dict[str, str] = {}

    def post(
        self,
        channel: str,
        *,
        text: str,
        blocks: list[dict[str, Any]],
        key: str,
        thread_ts: str | None = None,
    ) -> tuple[str, str]:
        """Post a message; return (channel id, ts)."""
        response = self._call(
            channel,
            "chat_postMessage",
            channel=channel,
            text=text,
            blocks=blocks,
            thread_ts=thread_ts,
            unfurl_links=False,
            unfurl_media=False,
            metadata={"event_type": METADATA_EVENT, "event_payload": {"delivery_key": key}},
        )
        channel_id = str(response.get("channel") or channel)
        self._channel_ids[channel] = channel_id
        return channel_id, str(response["ts"])

    def find(
        self, channel: str, *, key: str, thread_ts: str | None = None, oldest: datetime | None = None
    ) -> str | None:
        """The ts of an earlier message carrying `key` in `channel` (or in `thread_ts`'s thread)."""
        channel_id = self.channel_id(channel)
        if channel_id is None:
            return None
        if thread_ts:
            response = self._call(
                channel,
                "conversations_replies",
                channel=channel_id,
                ts=thread_ts,
                include_all_metadata=True,
                limit=200,
            )
        else:
            oldest_ts = f"{oldest.timestamp() - 300:.6f}" if oldest else None
            response = self._call(
                channel,
                "conversations_history",
                channel=channel_id,
                oldest=oldest_ts,
                include_all_metadata=True,
                limit=200,
            )
        for message in response.get("messages") or []:
            payload = (message.get("metadata") or {}).get("event_payload") or {}
            if payload.get("delivery_key") == key:
                return str(message["ts"])
        return None

    def channel_id(self, channel: str) -> str | None:
        """Slack IDs pass through; `#name` is looked up once (history needs the ID)."""
        name = channel.lstrip("#")
        if not channel.startswith("#") and name[:1] in ("C", "G", "D") and name.isupper():
            return name
        if channel in self._channel_ids:
            return self._channel_ids[channel]
        cursor: str | None = None
        for _ in range(20):  # at most 20 pages of 200 channels
            response = self._call(
                channel,
                "conversations_list",
                types="public_channel,private_channel",
                limit=200,
                cursor=cursor,
            )
            for item in response.get("channels") or []:
                if item.get("name") == name:
                    self._channel_ids[channel] = str(item["id"])
                    return self._channel_ids[channel]
            cursor = (response.get("response_metadata") or {}).get("next_cursor") or None
            if not cursor:
                break
        return None

    def _call(self, where: str, method: str, /, **kwargs: Any) -> Any:
        from slack_sdk.errors import SlackApiError, SlackClientError

        try:
            return getattr(self.client, method)(**{k: v for k, v in kwargs.items() if v is not None})
        except SlackApiError as exc:
            status = getattr(exc.response, "status_code", "?")
            error = exc.response.get("error", "unknown") if exc.response is not None else "unknown"
            raise DeliveryError(f"slack:{where}: {method} failed: HTTP {status} {error}") from None
        except (SlackClientError, OSError) as exc:
            raise DeliveryError(f"slack:{where}: {method} failed: {type(exc).__name__}: {exc}") from None
