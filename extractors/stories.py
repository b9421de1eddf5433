"""Near-duplicate grouping: syndicated copies and reworded headlines of one story share a story key.

Exact duplicates (same canonical URL or same text) never reach this point; this groups the rest so
later stages can count how many outlets corroborate a story. Candidates are blocked on shared
significant title words, then compared with rapidfuzz on pre-folded strings.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Final

from rapidfuzz import fuzz

from extractors.normalise import fold

TITLE_THRESHOLD: Final = 82.0
LEDE_THRESHOLD: Final = 90.0
LEDE_CHARS: Final = 300
MIN_LEDE_CHARS: Final = 80
MIN_TITLE_WORDS: Final = 4
# Words this frequent in the window say nothing about which story an item belongs to.
MAX_POSTINGS: Final = 300

_STOPWORDS: Final = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "or",
        "to",
        "in",
        "on",
        "at",
        "for",
        "from",
        "by",
        "with",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "it",
        "its",
        "that",
        "this",
        "after",
        "over",
        "into",
        "amid",
        "says",
        "said",
        "new",
        "de",
        "la",
        "el",
        "los",
        "las",
        "del",
        "y",
        "en",
        "que",
        "por",
        "con",
        "para",
        "un",
        "una",
        "le",
        "les",
        "des",
        "du",
        "et",
        "au",
        "aux",
        "pour",
        "sur",
        "dans",
        "est",
        "o",
        "os",
        "da",
        "do",
        "dos",
        "das",
        "e",
        "em",
        "no",
        "na",
        "com",
        "por",
        "uma",
        "um",
        "der",
        "die",
        "das",
        "und",
        "den",
        "von",
        "zu",
        "mit",
        "im",
        "ist",
        "il",
        "lo",
        "gli",
        "di",
        "della",
        "che",
        "per",
    ]
)
_OUTLET_SUFFIX = re.compile(r"\s+[-|–—]\s+[^-|–—]{2,60}$")


@dataclass
class _Entry:
    key: str
    title: str
    lede: str


def story_title(title: str) -> str:
    """The folded, significant words of a headline, outlet suffix (" - Outlet") removed, sorted."""
    stripped = _OUTLET_SUFFIX.sub("", title)
    if len(stripped.split()) < MIN_TITLE_WORDS:
        stripped = title
    words = [word for word in fold(stripped).split() if word not in _STOPWORDS]
    return " ".join(sorted(words))


class StoryIndex:
    """Remembers recent stories and finds the one a new item belongs to, if any."""

    def __init__(
        self, *, title_threshold: float = TITLE_THRESHOLD, lede_threshold: float = LEDE_THRESHOLD
    ) -> None:
        self.title_threshold = title_threshold
        self.lede_threshold = lede_threshold
        self._entries: list[_Entry] = []
        self._postings: dict[str, list[int]] = defaultdict(list)

    def __len__(self) -> int:
        return len(self._entries)

    def add(self, title: str, summary: str, key: str) -> None:
        entry = _Entry(key=key, title=story_title(title), lede=fold(summary)[:LEDE_CHARS])
        index = len(self._entries)
        self._entries.append(entry)
        for word in _blocking_words(entry.title, entry.lede):
            self._postings[word].append(index)

    def find(self, title: str, summary: str) -> str | None:
        """The story key of the closest earlier item above the thresholds, or None."""
        signature = story_title(title)
        lede = fold(summary)[:LEDE_CHARS]
        candidates: set[int] = set()
        for word in _blocking_words(signature, lede):
            postings = self._postings.get(word, [])
            if len(postings) <= MAX_POSTINGS:
                candidates.update(postings)
        best_key: str | None = None
        best_score = 0.0
        title_usable = len(signature.split()) >= MIN_TITLE_WORDS - 1
        lede_usable = len(lede) >= MIN_LEDE_CHARS
        for index in candidates:
            entry = self._entries[index]
            score = 0.0
            if title_usable:
                title_score = fuzz.token_sort_ratio(signature, entry.title, score_cutoff=self.title_threshold)
                score = max(score, title_score)
            if lede_usable and len(entry.lede) >= MIN_LEDE_CHARS:
                lede_score = fuzz.ratio(lede, entry.lede, score_cutoff=self.lede_threshold)
                score = max(score, lede_score)
            if score > best_score:
                best_key, best_score = entry.key, score
        return best_key

    def assign(self, title: str, summary: str, new_key: str) -> str:
        """The key of the story this item joins, or `new_key` for a new story; remembers the item."""
        key = self.find(title, summary) or new_key
        self.add(title, summary, key)
        return key


def _blocking_words(signature: str, lede: str) -> set[str]:
    words = {word for word in signature.split() if len(word) >= 4}
    words.update(word for word in lede.split()[:20] if len(word) >= 5 and word not in _STOPWORDS)
    return words
