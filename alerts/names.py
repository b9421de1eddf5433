"""Name folding: the forms under which the press's spellings of one name become comparable.

Three levels, from strict to loose:

* `fold_token` — case, diacritics, apostrophes and possessives removed ("Cáceres's" → "caceres").
* `phonetic` — common transliteration choices collapsed ("Byalyatski" → "bialiatski"), by the
  rules of `transliteration.yaml`; `readings` gives the word as each romanisation system
  (German, Polish/Czech, Spanish, Belarusian) would read it ("Tichanowskaja" → "tihanuska").
* `skeleton` — consonant skeleton of the phonetic form, used only to find candidates for a
  fuzzy comparison ("Abd El-Fattah", "Abdel Fattah", "Abd al-Fattah" → "abdlft").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from types import MappingProxyType
from typing import Any, Final

import yaml

from alerts.errors import AlertsError

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
# Kovalcuk); used only for the sound-alike comparison, exact matching keeps the plain fold. č is
# written tsch, which every system reads as č (ch would be х to German and Czech readers); Polish
# ż is ž (Żanna = Zhanna).
_CARONS: Final = str.maketrans(
    {"č": "tsch", "Č": "Tsch", "š": "sh", "Š": "Sh", "ž": "zh", "Ž": "Zh", "ż": "zh", "Ż": "Zh"}
)
_APOSTROPHES: Final = "'’ʼ`´"
# A word: letters/digits, optionally joined by apostrophes (O'Brien, N'Diaye, Cáceres's).
TOKEN_PATTERN: Final = re.compile(r"\w+(?:['’ʼ]\w+)*", re.UNICODE)
_POSSESSIVE: Final = re.compile(r"['’ʼ]s$")
# Turkish case endings written after an apostrophe on names (Çakıroğlu'nun, Ankara'da).
_TURKISH_CASE: Final = re.compile(r"(?<=\w\w\w)['’ʼ](?:n?[iıuü]n|y?[aeiıuü]|[dt][ae]n?|y?l[ae])$")

TRANSLITERATION_FILE: Final = "transliteration.yaml"
_SCRIPTS: Final = frozenset({"latin", "cyrillic"})
_TABLE_KEYS: Final = frozenset({"latin", "cyrillic", "systems", "shapes", "distinct_endings", "name_forms"})
_SYSTEM_KEYS: Final = frozenset({"name", "script", "letters"})
_SYSTEM_OPTIONAL_KEYS: Final = frozenset({"markers"})


class TransliterationTableError(AlertsError):
    """The transliteration rules file is invalid."""


@dataclass(frozen=True, slots=True)
class _Letters:
    """One way of reading letters: at each position the longest spelling that fits, read once."""

    pattern: re.Pattern[str]
    sounds: dict[str, str]

    @classmethod
    def of(cls, sounds: dict[str, str]) -> _Letters:
        spellings = sorted(sounds, key=len, reverse=True)  # the regex tries alternatives in order
        return cls(re.compile("|".join(map(re.escape, spellings))), sounds)

    def read(self, text: str) -> str:
        sounds = self.sounds
        return self.pattern.sub(lambda m: sounds[m[0]], text)


@dataclass(frozen=True)
class TransliterationTable:
    """The rules of `transliteration.yaml`: a base reading and the systems that read some
    spellings otherwise (German ch is х, Spanish j is х, Belarusian г is h)."""

    systems: tuple[str, ...]  # reading names, "base" first
    latin: tuple[_Letters, ...]  # per reading
    cyrillic: tuple[dict[int, str], ...]  # per reading, a `str.translate` table
    # The spellings a reading reads otherwise than the base one, as a pattern (None: none).
    latin_triggers: tuple[re.Pattern[str] | None, ...]
    cyrillic_triggers: tuple[re.Pattern[str] | None, ...]
    # A system with markers reads a name only when one of its words holds one (`system_marks`):
    # the markers as one pattern per system, None for a system without markers.
    markers: tuple[re.Pattern[str] | None, ...]
    shapes: tuple[tuple[re.Pattern[str], str], ...]
    distinct_endings: tuple[str, ...]
    # base reading of a given name → the other forms of that name (folded spellings)
    name_forms: dict[str, tuple[str, ...]]

    def readings(self, word: str) -> tuple[str, ...]:
        """The word read by every system, base first; a system that reads no spelling of the
        word differently gives the base reading."""
        if word.isascii():
            base = self.latin[0].read(word)
            out = [
                letters.read(word) if triggers and triggers.search(word) else base
                for letters, triggers in zip(self.latin, self.latin_triggers, strict=True)
            ]
        else:
            # Cyrillic is first written in base Latin letters; Latin systems do not apply to it.
            read = self.latin[0].read
            base = read(word.translate(self.cyrillic[0]))
            out = [
                read(word.translate(table)) if triggers and triggers.search(word) else base
                for table, triggers in zip(self.cyrillic, self.cyrillic_triggers, strict=True)
            ]
        out[0] = base
        shaped: dict[str, str] = {}
        for text in out:
            if text not in shaped:
                form = text
                for shape, sound in self.shapes:
                    form = shape.sub(sound, form)
                shaped[text] = _undouble(form)
        return tuple(shaped[text] for text in out)

    @property
    def gated(self) -> int:
        """Bit k set when system k lists markers (reads a name only when one of its words holds one)."""
        return sum(1 << k for k, markers in enumerate(self.markers) if markers)

    def marks(self, word: str) -> int:
        """Bit k set when system k may read a name holding this word: it lists no markers, or
        the word holds one (bit 0, the base reading, always)."""
        mask = 0
        for k, markers in enumerate(self.markers):
            if markers is None or markers.search(word):
                mask |= 1 << k
        return mask


def _marker_pattern(markers: list[str]) -> re.Pattern[str] | None:
    """One pattern for a system's markers; a marker ending in $ must end the word."""
    if not markers:
        return None
    return re.compile("|".join(re.escape(m[:-1]) + "$" if m.endswith("$") else re.escape(m) for m in markers))


def read_transliteration_table(text: str, source: str) -> TransliterationTable:
    """Check and compile a rules file; errors name the file and the entry."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise TransliterationTableError(f"{source}: not valid YAML: {exc}") from None
    if not isinstance(data, dict) or set(data) != _TABLE_KEYS:
        raise TransliterationTableError(f"{source}: top-level keys must be {sorted(_TABLE_KEYS)}")
    latin = _letters(data["latin"], f"{source}: latin")
    cyrillic = _letters(data["cyrillic"], f"{source}: cyrillic")
    if any(len(letter) != 1 for letter in cyrillic):
        raise TransliterationTableError(f"{source}: cyrillic: keys must be single letters")
    names, latin_reads, cyrillic_reads = ["base"], [_Letters.of(latin)], [str.maketrans(cyrillic)]
    latin_triggers: list[re.Pattern[str] | None] = [None]
    cyrillic_triggers: list[re.Pattern[str] | None] = [None]
    markers: list[re.Pattern[str] | None] = [None]
    systems = data["systems"]
    if not isinstance(systems, list):
        raise TransliterationTableError(f"{source}: systems must be a list")
    for n, system in enumerate(systems, 1):
        at = f"{source}: systems #{n}"
        if (
            not isinstance(system, dict)
            or not _SYSTEM_KEYS <= set(system) <= _SYSTEM_KEYS | _SYSTEM_OPTIONAL_KEYS
            or system["script"] not in _SCRIPTS
        ):
            raise TransliterationTableError(
                f"{at}: needs name, script (latin|cyrillic), letters and optionally markers"
            )
        letters = _letters(system["letters"], f"{at} ({system['name']})")
        marked = system.get("markers", [])
        if not isinstance(marked, list) or not all(
            isinstance(m, str) and m.strip("$") and "$" not in m[:-1] for m in marked
        ):
            raise TransliterationTableError(f"{at} ({system['name']}): markers must be a list of spellings")
        markers.append(_marker_pattern(marked))
        names.append(str(system["name"]))
        if system["script"] == "latin":
            latin_reads.append(_Letters.of({**latin, **letters}))
            latin_triggers.append(_Letters.of(letters).pattern)
            cyrillic_reads.append(cyrillic_reads[0])
            cyrillic_triggers.append(None)
        else:
            latin_reads.append(latin_reads[0])
            latin_triggers.append(None)
            cyrillic_reads.append(str.maketrans({**cyrillic, **letters}))
            cyrillic_triggers.append(_Letters.of(letters).pattern)
    shapes = []
    for n, rule in enumerate(data["shapes"] or [], 1):
        if not (isinstance(rule, list) and len(rule) == 2 and all(isinstance(r, str) for r in rule)):
            raise TransliterationTableError(f"{source}: shapes #{n}: must be [pattern, replacement]")
        try:
            shapes.append((re.compile(rule[0]), rule[1]))
        except re.error as exc:
            raise TransliterationTableError(f"{source}: shapes #{n}: bad pattern: {exc}") from None
    endings = data["distinct_endings"]
    if not isinstance(endings, list) or not all(isinstance(e, str) and e for e in endings):
        raise TransliterationTableError(f"{source}: distinct_endings must be a list of sounds")
    table = TransliterationTable(
        systems=tuple(names),
        latin=tuple(latin_reads),
        cyrillic=tuple(cyrillic_reads),
        latin_triggers=tuple(latin_triggers),
        cyrillic_triggers=tuple(cyrillic_triggers),
        markers=tuple(markers),
        shapes=tuple(shapes),
        distinct_endings=tuple(endings),
        name_forms={},
    )
    groups = data["name_forms"]
    if not isinstance(groups, list):
        raise TransliterationTableError(f"{source}: name_forms must be a list of lists")
    for n, group in enumerate(groups, 1):
        if not (isinstance(group, list) and len(group) >= 2 and all(isinstance(f, str) for f in group)):
            raise TransliterationTableError(f"{source}: name_forms #{n}: needs two or more names")
        # Spellings one reading already joins (halina, halyna) are one form.
        forms = {table.readings(fold_token(f))[0]: fold_token(f) for f in reversed(group)}
        for sound in forms:
            if sound in table.name_forms:
                raise TransliterationTableError(
                    f"{source}: name_forms #{n}: {forms[sound]!r} is listed twice"
                )
            table.name_forms[sound] = tuple(f for s, f in forms.items() if s != sound)
    return table


def _letters(rules: Any, at: str) -> dict[str, str]:
    if not isinstance(rules, dict) or not rules:
        raise TransliterationTableError(f"{at}: must map spellings to sounds")
    for spelling_, sound in rules.items():
        if not isinstance(spelling_, str) or not spelling_ or spelling_ != spelling_.lower():
            raise TransliterationTableError(f"{at}: spelling {spelling_!r} must be lower-case text")
        if not isinstance(sound, str):
            raise TransliterationTableError(f"{at}: sound of {spelling_!r} must be text")
    return dict(rules)


@lru_cache(maxsize=1)
def transliteration_table() -> TransliterationTable:
    """The rules file shipped with the package."""
    resource = files("alerts") / TRANSLITERATION_FILE
    return read_transliteration_table(resource.read_text(encoding="utf-8"), str(resource))


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
def readings(joined: str) -> tuple[str, ...]:
    """Transliteration-neutral spellings of one folded word (or of space-free text), one per
    system of `transliteration_table`, base first (see `TransliterationTable.readings`)."""
    return transliteration_table().readings(joined)


@lru_cache(maxsize=65536)
def system_marks(word: str) -> int:
    """The systems that may read a name holding this folded word (see `TransliterationTable.marks`)."""
    return transliteration_table().marks(word)


@lru_cache(maxsize=65536)
def word_sounds(word: str) -> frozenset[str]:
    """The readings of one folded word by the systems its own markers allow (`system_marks`):
    how a surname alone is compared with an entry's ("Ivanou" after "Ivanov")."""
    marks = system_marks(word)
    return frozenset(r for k, r in enumerate(readings(word)) if marks >> k & 1)


def phonetic(joined: str) -> str:
    """The base reading of one folded word (or of space-free text)."""
    return readings(joined)[0]


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


PartSound = tuple[str, str, str, str]  # (phonetic form, skeleton, consonants, vowel shape)
_NO_OTHER_SOUNDS: Final[Mapping[int, PartSound]] = MappingProxyType({})


@lru_cache(maxsize=65536)
def unit_sound(words: tuple[str, ...]) -> PartSound:
    """One name part as (phonetic form, skeleton, consonants, vowel shape), base reading.

    Consonants leave out h inside the part, often silent or dropped (Abdallah/Abdalla), but not a
    first h: Halina is Galina, not Alina (Hanna = Anna is a listed name form, see `name_forms`).
    The vowel shape writes every vowel as V, so two parts with one shape differ in vowels only
    (Mohammed/Muhammad, Yousef/Yusuf)."""
    return _part_sound(spelling(words))


UnitSounds = tuple[PartSound, Mapping[int, PartSound], int, int]


@lru_cache(maxsize=65536)
def unit_sounds(words: tuple[str, ...]) -> UnitSounds:
    """One name part as the base reading (`unit_sound`), as the systems of
    `transliteration_table` that read it otherwise (by system index; most parts have none,
    systems that read it alike share one object), those systems as a bit mask, and the systems
    whose markers its words hold (`system_marks`)."""
    marks = 0
    for word in words:
        marks |= system_marks(word)
    base = unit_sound(words)
    per_word = [readings(article_form(w)) for w in words]
    by_form: dict[str, PartSound] = {base[0]: base}
    others: dict[int, PartSound] = {}
    for k in range(1, len(per_word[0])):
        if all(r[k] == r[0] for r in per_word):
            continue
        ph = _undouble("".join(r[k] for r in per_word))
        if ph not in by_form:
            by_form[ph] = _part_sound(ph)
        if by_form[ph] is not base:
            others[k] = by_form[ph]
    if not others:
        return base, _NO_OTHER_SOUNDS, 0, marks
    return base, MappingProxyType(others), sum(1 << k for k in others), marks


def _part_sound(ph: str) -> PartSound:
    consonants = "".join(ch for ch in ph.replace("š", "s") if ch not in _VOWELS and ch != "h")
    core = _undouble("h" + consonants if ph.startswith("h") else consonants)
    return ph, skeleton(ph), core, _VOWEL_RE.sub("V", ph)


def name_forms(words: tuple[str, ...]) -> tuple[str, ...]:
    """Other forms of a one-word given name (`name_forms` of the rules file: Hanna → Anna)."""
    if len(words) != 1:
        return ()
    return transliteration_table().name_forms.get(phonetic(words[0]), ())


@lru_cache(maxsize=65536)
def distinct_ending(ph: str) -> str:
    """The ending of a phonetic form that makes another name when missing (`distinct_endings`
    of the rules file: Yevtushenkov is not Yevtushenko), or ""."""
    for ending in transliteration_table().distinct_endings:
        if ph.endswith(ending):
            return ending
    return ""


_VOWEL_RE: Final = re.compile("[aeiou]")


@lru_cache(maxsize=65536)
def unit_keys(skel: str) -> tuple[str, ...]:
    """Blocking keys of a name part: its skeleton and, when long enough to stay selective, the
    skeleton with any one consonant left out (Tsikhanouskaya ~ Tikhanovskaya, Ts/T)."""
    if len(skel) < 4:
        return (skel,)
    return (skel, *dict.fromkeys(skel[:i] + skel[i + 1 :] for i in range(len(skel))))
