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
from dataclasses import dataclass
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


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a text: its folded form and where it sits in the original."""

    folded: str
    start: int
    end: int
    capitalised: bool
    upper: bool  # written in capitals: acronyms must be


def tokenize(text: str) -> list[Token]:
    """Words of `text` with character offsets; punctuation and hyphens separate words."""
    tokens = []
    for m in TOKEN_PATTERN.finditer(text):
        raw = m.group()
        folded = fold_token(raw)
        if folded:
            first = raw[0]
            capitalised = first.isupper() or not first.isalpha()
            upper = _POSSESSIVE.sub("", raw).isupper()
            tokens.append(Token(folded, m.start(), m.end(), capitalised, upper))
    return tokens


def fold_name(name: str) -> tuple[str, ...]:
    """The folded words of a name ("Abd El-Fattah" → ("abd", "el", "fattah"))."""
    return tuple(t.folded for t in tokenize(name))


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
