"""Name folding: the forms under which the press's spellings of one name become comparable.

Three levels, from strict to loose:

* `fold_token` — case, diacritics, apostrophes and possessives removed ("Cáceres's" → "caceres").
* `phonetic` — common transliteration choices collapsed ("Byalyatski" → "bialiatski").
* `skeleton` — consonant skeleton of the phonetic form, used only to find candidates for a
  fuzzy comparison ("Abd El-Fattah", "Abdel Fattah", "Abd al-Fattah" → "abdlft").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Final

# Letters NFKD does not decompose into a base letter plus marks.
_SPECIAL_LETTERS: Final = str.maketrans(
    {
        "ß": "ss",
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "æ": "ae",
        "œ": "oe",
        "ı": "i",
        "ŀ": "l",
    }
)
_APOSTROPHES: Final = "'’ʼ`´"
# A word: letters/digits, optionally joined by apostrophes (O'Brien, N'Diaye, Cáceres's).
TOKEN_PATTERN: Final = re.compile(r"\w+(?:['’ʼ]\w+)*", re.UNICODE)
_POSSESSIVE: Final = re.compile(r"['’ʼ]s$")

# Ordered: longer spellings first so "tsch" is not read as "t" + "sch".
_TRANSLITERATIONS: Final[tuple[tuple[str, str], ...]] = (
    ("tsch", "c"),
    ("dzh", "j"),
    ("shch", "s"),
    ("tch", "c"),
    ("sch", "s"),
    ("sh", "s"),
    ("ch", "c"),
    ("cz", "c"),
    ("sz", "s"),
    ("zh", "j"),
    ("tz", "c"),
    ("ts", "c"),
    ("kh", "h"),
    ("gh", "g"),
    ("ph", "f"),
    ("th", "t"),
    ("dh", "d"),
    ("dj", "j"),
    ("ck", "k"),
    ("ce", "se"),
    ("ci", "si"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("q", "k"),
    ("c", "k"),
    ("z", "s"),
    ("w", "v"),
    ("x", "ks"),
    ("y", "i"),
    ("j", "i"),
)
# Arabic article spellings, including sun-letter assimilation (ar-Rashidi, as-Sayed).
ARTICLES: Final[frozenset[str]] = frozenset({"al", "el", "ul", "ar", "as", "ad", "at", "az", "an", "ash"})
_VOWELS: Final = frozenset("aeiou")


@lru_cache(maxsize=65536)
def fold_token(token: str) -> str:
    """Lower case, no diacritics, no apostrophes or possessive ending."""
    text = token.casefold()
    if _POSSESSIVE.search(text):
        text = text[:-2]
    text = unicodedata.normalize("NFKD", text.translate(_SPECIAL_LETTERS))
    return "".join(ch for ch in text if not unicodedata.combining(ch) and ch not in _APOSTROPHES)


class Words:
    """The words of a text: original spellings, folded forms, and (lazily) their offsets."""

    __slots__ = ("_spans", "caps", "folded", "raw", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.raw: list[str] = TOKEN_PATTERN.findall(text)
        # An empty fold (a word of combining marks only) still holds its place.
        self.folded: list[str] = [fold_token(w) or "_" for w in self.raw]
        self.caps: list[bool] = [w[0].isupper() or not w[0].isalpha() for w in self.raw]
        self._spans: list[tuple[int, int]] | None = None

    def __len__(self) -> int:
        return len(self.raw)

    def capitalised(self, i: int) -> bool:
        return self.caps[i]

    def upper(self, i: int) -> bool:
        """Written in capitals, possessive aside: acronyms must be."""
        return _POSSESSIVE.sub("", self.raw[i]).isupper()

    def headline_case(self, i: int) -> bool:
        """Word i sits on a line where most words are capitalised (a title-case headline)."""
        lo = self.text.rfind("\n", 0, self.span(i, i + 1)[0]) + 1
        hi = self.text.find("\n", lo)
        line = self.text[lo : hi if hi >= 0 else len(self.text)]
        words = [w for w in TOKEN_PATTERN.findall(line) if w[0].isalpha()]
        return bool(words) and sum(w[0].isupper() for w in words) >= 0.7 * len(words)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets of words start..end-1; computed only when a hit needs them."""
        if self._spans is None:
            self._spans = [m.span() for m in TOKEN_PATTERN.finditer(self.text)]
        return self._spans[start][0], self._spans[end - 1][1]


def fold_name(name: str) -> tuple[str, ...]:
    """The folded words of a name ("Abd El-Fattah" → ("abd", "el", "fattah"))."""
    return tuple(f for f in (fold_token(w) for w in TOKEN_PATTERN.findall(name)) if f)


@lru_cache(maxsize=65536)
def phonetic(joined: str) -> str:
    """Transliteration-neutral spelling of folded, space-free text."""
    text = joined
    for spelling, sound in _TRANSLITERATIONS:
        if spelling in text:
            text = text.replace(spelling, sound)
    out: list[str] = []
    for ch in text:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def spelling(words: tuple[str, ...] | list[str]) -> str:
    """The phonetic form of a folded word sequence, Arabic articles written one way."""
    return phonetic("".join("al" if w in ARTICLES else w for w in words))


@lru_cache(maxsize=65536)
def word_keys(folded: str) -> tuple[str, str]:
    """Skeleton of a word as the first of a name, and as a later word (no vowels at all)."""
    ph = phonetic("al" if folded in ARTICLES else folded)
    first = skeleton(ph)
    later = first[1:] if first and (first[0] in _VOWELS or first[0] == "h") else first
    return first, later


def join_keys(left: str, right: str) -> str:
    """Skeletons of adjacent words joined as the skeleton of the whole would be."""
    if left and right and left[-1] == right[0]:
        return left + right[1:]
    return left + right


def span_key(words: tuple[str, ...] | list[str]) -> str:
    """The blocking key of a word sequence: word skeletons joined (see `word_keys`)."""
    key = ""
    for i, word in enumerate(words):
        first, later = word_keys(word)
        key = first if i == 0 else join_keys(key, later)
    return key


def skeleton(phonetic_form: str) -> str:
    """First letter plus consonants of a phonetic form: the blocking key for fuzzy candidates."""
    if not phonetic_form:
        return ""
    rest = [ch for ch in phonetic_form[1:] if ch not in _VOWELS and ch != "h"]
    out = [phonetic_form[0]]
    for ch in rest:
        if out[-1] != ch:
            out.append(ch)
    return "".join(out)
