"""Alerts: watchlist matching, officers and routing, incidents, priority — and delivery."""

from alerts.delivery import AlertView, ReasonLine, ReportUpdate, SourceLink, TimelineEntry, delivery_key
from alerts.digest import Digest, build_digest, render_html, render_markdown
from alerts.email import build_message, send_email
from alerts.errors import AlertsError, DeliveryError, WatchlistError
from alerts.feedback import FEEDBACK_LABELS, FeedbackError, validate_feedback
from alerts.incidents import WINDOW, Target, detect_stage, escalation_reasons, incident_targets
from alerts.matching import Hit, Mention, WatchlistMatcher, drop_namesakes
from alerts.names import fold_name, fold_token, phonetic, skeleton
from alerts.officers import OfficerProfile, RoutingDecision, follows_entry, read_officers, route
from alerts.priority import (
    Context,
    Priority,
    Reason,
    direct_evidence_about,
    evidence_about,
    prioritise,
    threat_targets,
    vulnerable_groups,
)
from alerts.slack import SlackPoster, alert_blocks, clip, escape_mrkdwn, make_client
from alerts.vulnerable import VulnerableGroups, VulnerableGroupsError, load_vulnerable_groups
from alerts.watchlist import WatchEntry, read_watchlist, write_watchlist_csv, write_watchlist_yaml

__all__ = [
    "WINDOW",
    "AlertsError",
    "Context",
    "DeliveryError",
    "Hit",
    "Mention",
    "OfficerProfile",
    "Priority",
    "Reason",
    "RoutingDecision",
    "Target",
    "VulnerableGroups",
    "VulnerableGroupsError",
    "WatchEntry",
    "WatchlistError",
    "WatchlistMatcher",
    "detect_stage",
    "direct_evidence_about",
    "drop_namesakes",
    "escalation_reasons",
    "evidence_about",
    "fold_name",
    "fold_token",
    "follows_entry",
    "incident_targets",
    "load_vulnerable_groups",
    "phonetic",
    "prioritise",
    "read_officers",
    "read_watchlist",
    "route",
    "skeleton",
    "threat_targets",
    "vulnerable_groups",
    "write_watchlist_csv",
    "write_watchlist_yaml",
]

__all__ += [  # delivery: Slack, digests, e-mail, ledger rules, feedback
    "FEEDBACK_LABELS",
    "AlertView",
    "Digest",
    "FeedbackError",
    "ReasonLine",
    "ReportUpdate",
    "SlackPoster",
    "SourceLink",
    "TimelineEntry",
    "alert_blocks",
    "build_digest",
    "build_message",
    "clip",
    "delivery_key",
    "escape_mrkdwn",
    "make_client",
    "render_html",
    "render_markdown",
    "send_email",
    "validate_feedback",
]
