"""Language identification by function-word profiles: no model, no network, good on headlines + ledes."""

from __future__ import annotations

import re
from typing import Final

# Frequent function words per language; chosen to be rare in the other languages listed.
_PROFILES: Final[dict[str, frozenset[str]]] = {
    "en": frozenset(
        [
            "the",
            "of",
            "and",
            "to",
            "in",
            "is",
            "was",
            "for",
            "on",
            "that",
            "with",
            "by",
            "as",
            "at",
            "from",
            "his",
            "her",
            "are",
            "were",
            "has",
            "have",
            "been",
            "after",
            "over",
            "who",
            "will",
            "its",
            "their",
            "said",
            "this",
            "an",
            "be",
            "not",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "de",
            "del",
            "y",
            "en",
            "que",
            "por",
            "con",
            "para",
            "una",
            "un",
            "es",
            "fue",
            "su",
            "sus",
            "al",
            "se",
            "como",
            "más",
            "tras",
            "sobre",
            "según",
            "ha",
            "han",
            "contra",
            "durante",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "des",
            "du",
            "de",
            "et",
            "en",
            "que",
            "pour",
            "avec",
            "une",
            "un",
            "est",
            "été",
            "sur",
            "au",
            "aux",
            "par",
            "dans",
            "ses",
            "leur",
            "a",
            "ont",
            "après",
            "selon",
            "contre",
            "pendant",
            "qui",
        ]
    ),
    "pt": frozenset(
        [
            "o",
            "a",
            "os",
            "as",
            "do",
            "da",
            "dos",
            "das",
            "de",
            "e",
            "em",
            "que",
            "por",
            "com",
            "para",
            "uma",
            "um",
            "é",
            "foi",
            "seu",
            "sua",
            "ao",
            "no",
            "na",
            "nos",
            "nas",
            "após",
            "pela",
            "pelo",
            "contra",
            "segundo",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "in",
            "den",
            "von",
            "zu",
            "mit",
            "ist",
            "im",
            "dem",
            "nicht",
            "ein",
            "eine",
            "für",
            "auf",
            "sich",
            "des",
            "wurde",
            "nach",
            "bei",
            "gegen",
        ]
    ),
    "it": frozenset(
        [
            "il",
            "lo",
            "la",
            "gli",
            "le",
            "di",
            "del",
            "della",
            "e",
            "in",
            "che",
            "per",
            "con",
            "una",
            "un",
            "è",
            "stato",
            "sono",
            "dopo",
            "nel",
            "alla",
            "dei",
            "delle",
            "contro",
        ]
    ),
    "tr": frozenset(
        ["ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "gibi", "daha", "çok", "en", "ise", "sonra"]
    ),
}

# Scripts that settle the question on their own.
_SCRIPTS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    ("ar", re.compile(r"[\u0600-\u06FF]")),
    ("ru", re.compile(r"[\u0400-\u04FF]")),
    ("zh", re.compile(r"[\u4E00-\u9FFF]")),
    ("fa", re.compile(r"[\u067E\u0686\u0698\u06AF]")),  # letters Persian has and Arabic lacks
)

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

# A word shared by several profiles ("de", "en", "a") is weak evidence for each of them.
_WEIGHTS: Final[dict[str, dict[str, float]]] = {
    lang: {word: 1.0 / sum(word in other for other in _PROFILES.values()) for word in profile}
    for lang, profile in _PROFILES.items()
}


def detect_language(text: str, default: str = "und") -> str:
    """ISO 639-1 code of `text`, or `default` ("und", undetermined) when the evidence is too thin."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return default
    script_counts = {code: len(pattern.findall(text)) for code, pattern in _SCRIPTS}
    if script_counts["fa"] and script_counts["ar"]:
        return "fa"
    best_script = max(("ar", "ru", "zh"), key=lambda code: script_counts[code])
    if script_counts[best_script] > len(letters) / 2:
        return best_script
    words = [w.lower() for w in _WORD.findall(text)]
    scores = {lang: sum(weights.get(w, 0.0) for w in words) for lang, weights in _WEIGHTS.items()}
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (top, top_score), (_, second_score) = ranked[0], ranked[1]
    if top_score == 0 or (top_score == second_score and len(words) > 3):
        return default
    return top
