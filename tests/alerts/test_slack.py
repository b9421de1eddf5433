"""Slack messages: feed text is inert, limits hold, and the client honours rate limits."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from alerts.delivery import AlertView, ReasonLine, SourceLink, TimelineEntry
from alerts.slack import (
    MAX_BLOCKS,
    MAX_HEADER_CHARS,
    MAX_SECTION_CHARS,
    SlackPoster,
    alert_blocks,
    alert_text,
    clip,
    escape_mrkdwn,
    link,
    make_client,
)
from tests.support.slack_server import SlackServer

WHEN = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
HOSTILE_TITLES = [
    "<!channel> defender detained",
    "<!here> <@U123> read this",
    "<https://evil.example|click> for details",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "<script>alert(1)</script>",
    "A" * 10_000,
    "x&" * 6_000,
]


def view(headline: str, **overrides: object) -> AlertView:
    fields: dict[str, object] = {
        "alert_id": 7,
        "incident_id": 3,
        "priority": 1,
        "headline": headline,
        "categories": ("arrest_detention",),
        "who": (headline,),
        "country": "BY",
        "evidence": (headline,),
        "sources": tuple(
            SourceLink(name=headline, url="https://news.example.org/a", title=headline) for _ in range(30)
        ),
        "timeline": tuple(
            TimelineEntry(when=WHEN, text=headline, source=headline, url="https://x.example/1")
            for _ in range(30)
        ),
        "reasons": tuple(ReasonLine(headline, "+1", headline) for _ in range(5)),
    }
    fields.update(overrides)
    return AlertView(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("feed_text", "escaped"),
    [
        ("<!channel>", "&lt;!channel&gt;"),
        ("<@U123>", "&lt;@U123&gt;"),
        ("<https://evil|click>", "&lt;https://evil|click&gt;"),
        ("&lt;script&gt;", "&amp;lt;script&amp;gt;"),
        ("*bold* _it_ ~s~ `code`", "*bold* _it_ ~s~ `code`"),  # only the three control characters
        ("Tom & Jerry", "Tom &amp; Jerry"),
    ],
)
def test_exactly_ampersand_and_angle_brackets_are_escaped(feed_text: str, escaped: str) -> None:
    assert escape_mrkdwn(feed_text) == escaped


def test_clip_never_cuts_an_escape_in_half() -> None:
    clipped = clip("&" * 100, 22)
    assert len(clipped) <= 22
    assert clipped == "&amp;" * 4 + "…"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example.org/a?x=1&y=2", "<https://news.example.org/a?x=1&amp;y=2|label>"),
        ("https://evil.example/|<!channel>", "<https://evil.example/%7C%3C!channel%3E|label>"),
        ("javascript:alert(1)", "label"),
        ("mailto:someone@example.org", "label"),
    ],
)
def test_links_only_from_http_urls_and_never_break_out(url: str, expected: str) -> None:
    assert link(url, "label") == expected


@pytest.mark.parametrize("title", HOSTILE_TITLES)
def test_hostile_titles_stay_inert_and_within_slack_limits(title: str) -> None:
    blocks = alert_blocks(view(title))
    assert len(blocks) <= MAX_BLOCKS
    for block in blocks:
        text = block.get("text", {}).get("text", "")
        if block["type"] == "header":
            assert len(text) <= MAX_HEADER_CHARS
        else:
            assert len(text) <= MAX_SECTION_CHARS
    mrkdwn = json.dumps([b for b in blocks if b["type"] != "header"]) + alert_text(view(title))
    for live in ("<!channel>", "<!here>", "<@U123>", "<https://evil.example|click>", "<script>"):
        assert live not in mrkdwn


def test_hostile_titles_arrive_inert_at_the_slack_server() -> None:
    with SlackServer() as slack:
        poster = SlackPoster(make_client(slack.token, slack.base_url))
        for title in HOSTILE_TITLES:
            poster.post(
                "#hrd", text=alert_text(view(title)), blocks=alert_blocks(view(title)), key=title[:40]
            )
        assert len(slack.posts) == len(HOSTILE_TITLES)  # none refused as invalid_blocks
        stored = json.dumps([(p.text, [b for b in p.blocks if b["type"] != "header"]) for p in slack.posts])
    assert "<!channel>" not in stored
    assert "<https://evil.example|click>" not in stored
    assert "&amp;lt;script&amp;gt;" in stored


def test_client_waits_out_429_and_retries_500() -> None:
    with SlackServer() as slack:
        slack.fail_next(429, 1, retry_after=0)
        slack.fail_next(500, 1)
        poster = SlackPoster(make_client(slack.token, slack.base_url))
        poster.post("#hrd", text="hello", blocks=[], key="k1")
        assert slack.calls == ["chat.postMessage"] * 3
        assert len(slack.posts) == 1


def test_poster_finds_its_earlier_message_by_delivery_key() -> None:
    with SlackServer() as slack:
        poster = SlackPoster(make_client(slack.token, slack.base_url))
        _, root = poster.post("#hrd", text="root", blocks=[], key="root-key")
        _, reply = poster.post("#hrd", text="reply", blocks=[], key="reply-key", thread_ts=root)
        fresh = SlackPoster(make_client(slack.token, slack.base_url))  # a new run knows no channel ids
        assert fresh.find("#hrd", key="root-key", oldest=WHEN) == root
        assert fresh.find("#hrd", key="reply-key", thread_ts=root) == reply
        assert fresh.find("#hrd", key="never-posted", oldest=WHEN) is None
        assert fresh.find("#never-used", key="root-key") is None


def test_slack_errors_name_the_channel_and_the_error() -> None:
    from alerts.errors import DeliveryError

    with SlackServer() as slack:
        poster = SlackPoster(make_client("xoxb-wrong", slack.base_url))
        with pytest.raises(DeliveryError, match=r"slack:#hrd: chat_postMessage failed: .*invalid_auth"):
            poster.post("#hrd", text="x", blocks=[], key="k")
