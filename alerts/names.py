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
from collections.abc import Sequence
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
# Caron letters name a hushing sound that plain folding would lose (Kovalčuk = Kovalchuk, not
# Kovalcuk); used only for the sound-alike comparison, exact matching keeps the plain fold.
_CARONS: Final = str.maketrans({"č": "ch", "Č": "Ch", "š": "sh", "Š": "Sh", "ž": "zh", "Ž": "Zh"})
_APOSTROPHES: Final = "'’ʼ`´"
# A word: letters/digits, optionally joined by apostrophes (O'Brien, N'Diaye, Cáceres's).
TOKEN_PATTERN: Final = re.compile(r"\w+(?:['’ʼ]\w+)*", re.UNICODE)
_POSSESSIVE: Final = re.compile(r"['’ʼ]s$")
# Turkish case endings written after an apostrophe on names (Çakıroğlu'nun, Ankara'da).
_TURKISH_CASE: Final = re.compile(r"(?<=\w\w\w)['’ʼ](?:n?[iıuü]n|y?[aeiıuü]|[dt][ae]n?|y?l[ae])$")

# Cyrillic (Russian, Ukrainian, Belarusian) written the way English-language press romanises it,
# applied before the rules below so Cyrillic and Latin mentions meet in one spelling. Letters
# NFKD already reduced (й→и, ё→е, ї→і, ў→у) need no entry.
_CYRILLIC: Final = str.maketrans(
    {"а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ж": "zh", "з": "z",
     "и": "i", "і": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
     "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "",
     "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya"}
)  # fmt: skip
# Ordered: longer spellings first so "tsch" is not read as "t" + "sch". Every hushing sibilant
# spelling (English sh/ch, French ch/tch, German sch/tsch, Polish sz/cz, Russian shch) is one
# sound "š": Shevchenko = Chevtchenko = Schewtschenko = Szewczenko, Rashid = Rachid.
_TRANSLITERATIONS: Final[tuple[tuple[str, str], ...]] = (
    ("shch", "š"),
    ("tsch", "š"),
    ("dzh", "j"),
    ("tch", "š"),
    ("sch", "š"),
    ("sh", "š"),
    ("ch", "š"),
    ("cz", "š"),
    ("sz", "š"),
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
# Word shapes after the letter rules: Belarusian -ou- and Russian -ov- before a consonant or at
# the end (Tsikhanouskaya/Tikhanovskaya, Ivanou/Ivanov), feminine -skaya/-skaja/-ska.
_WORD_SHAPES: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    (re.compile(r"ov(?=[^aeiou]|$)"), "u"),
    (re.compile(r"skaia$"), "ska"),
    (re.compile(r"(?<=[aeiou])ll(?=[aeiou])"), "i"),  # Spanish yeísmo: Montolla = Montoya
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
    text = _TURKISH_CASE.sub("", text)
    text = unicodedata.normalize("NFKD", text.translate(_SPECIAL_LETTERS))
    return "".join(ch for ch in text if not unicodedata.combining(ch) and ch not in _APOSTROPHES)


def fold_sound(token: str) -> str:
    """`fold_token`, but caron letters spelled as the digraphs they transliterate to."""
    return fold_token(token.translate(_CARONS))


class Words:
    """The words of a text: original spellings, folded forms, and (lazily) their offsets."""

    __slots__ = ("_mixed", "_sounds", "_spans", "caps", "folded", "raw", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.raw: list[str] = TOKEN_PATTERN.findall(text)
        # An empty fold (a word of combining marks only) still holds its place.
        self.folded: list[str] = [fold_token(w) or "_" for w in self.raw]
        self.caps: list[bool] = [w[0].isupper() or not w[0].isalpha() for w in self.raw]
        self._spans: list[tuple[int, int]] | None = None
        self._sounds: list[str] | None = None
        self._mixed: bool | None = None

    @property
    def sounds(self) -> list[str]:
        """Folded words for the sound-alike comparison (see `fold_sound`)."""
        if self._sounds is None:
            self._sounds = [
                (fold_sound(w) or "_") if not w.isascii() else f
                for w, f in zip(self.raw, self.folded, strict=True)
            ]
        return self._sounds

    @property
    def mixed_case(self) -> bool:
        """Ordinary writing (some words capitalised, some not), where names are capitalised."""
        if self._mixed is None:
            alpha = [i for i, w in enumerate(self.raw) if w[0].isalpha()]
            self._mixed = any(self.caps[i] for i in alpha) and not all(self.caps[i] for i in alpha)
        return self._mixed

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


def sound_name(name: str) -> tuple[str, ...]:
    """`fold_name` for the sound-alike comparison (see `fold_sound`)."""
    return tuple(f for f in (fold_sound(w) for w in TOKEN_PATTERN.findall(name)) if f)


@lru_cache(maxsize=65536)
def phonetic(joined: str) -> str:
    """Transliteration-neutral spelling of one folded word (or of space-free text)."""
    text = joined.translate(_CYRILLIC) if not joined.isascii() else joined
    for spelling_, sound in _TRANSLITERATIONS:
        if spelling_ in text:
            text = text.replace(spelling_, sound)
    for shape, sound in _WORD_SHAPES:
        text = shape.sub(sound, text)
    return _undouble(text)


def _undouble(text: str) -> str:
    out: list[str] = []
    for ch in text:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


# Arabic "servant of" compounds: Abd El-Fattah = Abdel Fattah = Abdul Fattah = Abdelfattah.
_ABD_FORMS: Final[frozenset[str]] = frozenset({"abdel", "abdul", "abdal", "abdoul", "abdol", "abdil"})


def article_form(word: str) -> str:
    """A folded word with Arabic articles and abd- compounds written one way."""
    if word in ARTICLES:
        return "al"
    if word in _ABD_FORMS:
        return "abdal"
    return word


def spelling(words: tuple[str, ...] | list[str]) -> str:
    """The phonetic form of a folded word sequence, word by word, Arabic articles written one way."""
    return _undouble("".join(phonetic(article_form(w)) for w in words))


@lru_cache(maxsize=65536)
def word_keys(folded: str) -> tuple[str, str]:
    """Skeleton of a word as the first of a name, and as a later word (no vowels at all)."""
    ph = phonetic(article_form(folded))
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
    """First letter plus consonants of a phonetic form: the blocking key for fuzzy candidates.

    Hushing and plain s are one consonant here (Polish ś is written s or sz); the fuzzy score
    still sees the difference."""
    if not phonetic_form:
        return ""
    phonetic_form = phonetic_form.replace("š", "s")
    rest = [ch for ch in phonetic_form[1:] if ch not in _VOWELS and ch != "h"]
    out = [phonetic_form[0]]
    for ch in rest:
        if out[-1] != ch:
            out.append(ch)
    return "".join(out)


# Words that open a compound name part: "abd el fattah", "de la cruz", "van der berg", "bin laden".
NAME_PREFIXES: Final[frozenset[str]] = frozenset(
    {*ARTICLES, "abd", *_ABD_FORMS, "abu", "bin", "ibn", "bint", "ben", "ould", "de", "da", "do", "dos",
     "das", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den", "ter", "mac", "st"}
)  # fmt: skip


def name_units(words: Sequence[str]) -> list[tuple[int, int]]:
    """Word ranges of a name's parts: prefixes join the word they open ("Abd El-Fattah" is one
    part, so are "Abdel Fattah" and "Abdelfattah"; "de la Cruz" is one part)."""
    units: list[tuple[int, int]] = []
    start = 0
    for i, word in enumerate(words):
        if word in NAME_PREFIXES and i + 1 < len(words):
            continue
        units.append((start, i + 1))
        start = i + 1
    return units


@lru_cache(maxsize=65536)
def unit_sound(words: tuple[str, ...]) -> tuple[str, str, str, str]:
    """One name part as (phonetic form, skeleton, consonants, vowel shape).

    Consonants leave out h and the first letter's role ("Hanna" and "Anna" agree); the vowel
    shape writes every vowel as V, so two parts with one shape differ in vowels only
    (Mohammed/Muhammad, Yousef/Yusuf)."""
    ph = spelling(words)
    skel = skeleton(ph)
    core = _undouble("".join(ch for ch in ph.replace("š", "s") if ch not in _VOWELS and ch != "h"))
    return ph, skel, core, _VOWEL_RE.sub("V", ph)


_VOWEL_RE: Final = re.compile("[aeiou]")


@lru_cache(maxsize=65536)
def unit_keys(skel: str) -> tuple[str, ...]:
    """Blocking keys of a name part: its skeleton and, when long enough to stay selective, the
    skeleton with any one consonant left out (Tsikhanouskaya ~ Tikhanovskaya, Ts/T)."""
    if len(skel) < 4:
        return (skel,)
    return (skel, *dict.fromkeys(skel[:i] + skel[i + 1 :] for i in range(len(skel))))
