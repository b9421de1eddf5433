"""extractors: sources as data, fetching, parsing and normalising news into report candidates."""

from extractors.addresses import GuardedNetworkBackend, Resolver, SystemResolver, is_public_address
from extractors.collector import ReportCandidate, SourceOutcome, SourceState, collect, collect_async
from extractors.errors import ExtractorError, FetchError, ParseError, SourceConfigError
from extractors.feeds import FeedItem, ParsedFeed, ParseLimits, parse_feed
from extractors.fetch import Fetcher, FetchLimits, FetchRequest, FetchResponse
from extractors.language import detect_language
from extractors.normalise import canonical_url, clean_text, content_hash
from extractors.snapshot import SnapshotTransport
from extractors.sources import SourceSpec, default_sources, load_sources_file, resolve_sources
from extractors.stories import StoryIndex
from extractors.workers import ParseTimeout, ParseWorkers

__all__ = [
    "ExtractorError",
    "FeedItem",
    "FetchError",
    "FetchLimits",
    "FetchRequest",
    "FetchResponse",
    "Fetcher",
    "GuardedNetworkBackend",
    "ParseError",
    "ParseLimits",
    "ParseTimeout",
    "ParseWorkers",
    "ParsedFeed",
    "ReportCandidate",
    "Resolver",
    "SnapshotTransport",
    "SourceConfigError",
    "SourceOutcome",
    "SourceSpec",
    "SourceState",
    "StoryIndex",
    "SystemResolver",
    "canonical_url",
    "clean_text",
    "collect",
    "collect_async",
    "content_hash",
    "default_sources",
    "detect_language",
    "is_public_address",
    "load_sources_file",
    "parse_feed",
    "resolve_sources",
]
