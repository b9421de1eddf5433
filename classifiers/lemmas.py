"""`hrdwatch_lemmas`: lookup lemmas from spacy-lookups-data, stored as each word's NORM.

Why NORM and not `token.lemma_`: a lexeme's NORM is computed once per distinct word and shared by
every later token, so lemma matching costs nothing per token (the per-token lookup lemmatiser cost
about half of the pipeline's throughput here). The threat and gazetteer matchers match on NORM, and
pattern phrases are normalised by the same function, so "arrest" finds "Arrested" and "detener"
finds "detuvo". Arabic has no lookup table: a light stemmer strips clitics and common suffixes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Final

import yaml
from spacy.attrs import NORM
from spacy.language import Language
from spacy.tokens import Doc

from classifiers.errors import PatternFileError
from classifiers.patterns import number_words

_TABLE_LANGUAGES: Final = frozenset({"en", "es", "fr", "pt", "ru", "de", "it", "nl", "ca", "tr"})

_AR_DIACRITICS: Final = re.compile(r"[\u064B-\u065F\u0670\u0640]")  # harakat, dagger alef, tatweel
_AR_PREFIXES: Final = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل")
# Endings, longest first ("هما" before "ها"): an attached pronoun, then a plural, dual or feminine
# ending, so "اعتقالهما", "منزلنا", "ناشطتين" and "زميلاتها" reach the form a pattern is written in.
# After a pronoun a "ت" is the ta marbuta's spelling ("زميلته", "سيارتها") or a verb's ending.
_AR_PRONOUNS: Final = ("هما", "كما", "ها", "هم", "هن", "نا", "كم", "ه")
_AR_ENDINGS: Final = ("تين", "تان", "ات", "ون", "ين", "ان", "ة")
# Common news words whose first letter is a root letter that looks like a proclitic (و ف ب ل): kept
# whole, or "وعيد" (menace) would be "عيد" (a feast, a surname) and "بعيد" (shortly after) would match
# it, "وزارة" would be "زار" (visited), "براءة" (acquittal) "راء" like "وراء" (behind) and "برأت"
# (acquitted) "رأت" (saw). Compared with the word's start, after alefs are unified.
_AR_ROOT_INITIAL_WORDS: Final = (
    "وزار وزير وزرا وعيد وعد وضع وقف وقت وصل وصول واسع وطن ولاي وكال وكيل وفد وفا وفق وثيق "
    "وثائق وجه وجود وحد ورق وسط وسائل وسيل وقع واقع والد ولد وظيف "
    "بعيد بعض بريطان بيان بلاد بلد بديل بيت بيروت بغداد برلمان بحث بحر بنك بيئ بواب برنامج بلاغ "
    "بطاق برا برئ "
    "فلسطين فيسبوك فيديو فرنس فريق فتر فرع فعل فكر فندق فرد فرص فساد فصل فيما "
    "لبنان لجن لقاء ليبي لندن لحظ لائح لقب"
)
_AR_ROOT_INITIAL: Final = tuple(_AR_ROOT_INITIAL_WORDS.split())
_AR_NUMBER_CLITICS: Final = frozenset("وفبل")
_AR_ALEFS: Final = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي"})
# Words whose feminine or plural ending makes another word than the stem would: a verbal noun
# مفاعلة beside a participle or broken plural مفاعل ("مصادرة" confiscation / "مصادر" sources,
# "مراقبة" surveillance / "مراقبون" observers, "محاكمة" trial / "محاكم" courts), and plurals with a
# meaning of their own ("بيانات" data / "بيان" statement). They keep the ending (after a pronoun
# too: "مراقبته"); their other forms ("مراقبات", "محاكمات") are stemmed as usual.
_AR_OWN_ENDING_WORDS: Final = "مصادرة مراقبة محاكمة مهاجمة ملاحقة مقاطعة محافظة بيانات معلومات"
_AR_OWN_ENDING: Final = frozenset(_AR_OWN_ENDING_WORDS.split())

# Prepositions and adverbs the lookup tables read as forms of a verb or a noun: "puis" (then) is no
# "pouvoir" (so no hypothetical "peut"), "entre" (between) no "entrar"/"entrer" (to enter, a break-in),
# "pelo" (by the) no "pelar", "после" (after) no "посол" (ambassador). They keep their own form.
FUNCTION_WORDS: Final = {
    "fr": frozenset({"puis", "entre"}),
    "es": frozenset({"sobre", "bajo", "entre"}),
    "pt": frozenset({"sobre", "pelo", "pela", "pelos", "pelas", "entre", "ante"}),
    "ru": frozenset({"после", "при"}),
}

# Regular verbs the lookup tables do not know (loanwords and coinages: "hackean", "hackeou", "hacké") reach
# their infinitive by their ending: the endings are data, `morphology/verb_endings.yaml`.
VERB_ENDINGS_FILE: Final = "verb_endings.yaml"
_VERB_ENDING_KEYS: Final = frozenset({"ending", "infinitive", "after"})


@dataclass(frozen=True)
class VerbEnding:
    """A regular verb ending and the infinitive ending that replaces it (`after`: stem endings required)."""

    ending: str
    infinitive: str
    after: tuple[str, ...] = ()


_MIN_VERB_STEM: Final = 4


@cache
def verb_endings(language: str) -> tuple[VerbEnding, ...]:
    """The language's regular verb endings from the packaged table, in its order (none: empty)."""
    return _read_verb_endings().get(language, ())


@cache
def _read_verb_endings() -> dict[str, tuple[VerbEnding, ...]]:
    text = (resources.files("classifiers") / "morphology" / VERB_ENDINGS_FILE).read_text(encoding="utf-8")
    return parse_verb_endings(text)


def parse_verb_endings(text: str) -> dict[str, tuple[VerbEnding, ...]]:
    """Language → its endings, validated: a `PatternFileError` names the language and the entry."""
    loaded = yaml.safe_load(text) or {}
    if not isinstance(loaded, dict):
        raise PatternFileError(f"morphology/{VERB_ENDINGS_FILE}: expected a mapping of languages")
    table: dict[str, tuple[VerbEnding, ...]] = {}
    for language, entries in loaded.items():
        where = f"morphology/{VERB_ENDINGS_FILE}: {language}"
        if not isinstance(entries, list):
            raise PatternFileError(f"{where}: expected a list of endings")
        endings = []
        for number, entry in enumerate(entries, 1):
            if (
                not isinstance(entry, dict)
                or not {"ending", "infinitive"} <= entry.keys() <= _VERB_ENDING_KEYS
            ):
                raise PatternFileError(
                    f"{where}, entry {number}: needs ending and infinitive (and only after)"
                )
            after = entry.get("after", [])
            if not isinstance(after, list) or not all(
                isinstance(w, str) and w for w in (entry["ending"], entry["infinitive"], *after)
            ):
                raise PatternFileError(f"{where}, entry {number}: endings must be non-empty words")
            endings.append(VerbEnding(entry["ending"], entry["infinitive"], tuple(after)))
        table[str(language)] = tuple(endings)
    return table


def regular_verb_lemma(language: str, word: str) -> str | None:
    """The infinitive of an unknown regular verb form ("hackeó" → "hackear"), or None."""
    for rule in verb_endings(language):
        stem = word[: -len(rule.ending)]
        if word.endswith(rule.ending) and len(stem) >= _MIN_VERB_STEM and stem.isalpha():
            if not rule.after or stem.endswith(rule.after):
                return stem + rule.infinitive
            return None
    return None


# Russian: the lookup table reads a plural past in "-ли" as another verb's imperative ("нашли" as
# "наслать", "вышли" as "выслать", "пришли" as "прислать", "надели" as "наделить"), while its "-ла"
# and "-ло" forms reach the right verb; news text says the past. And the table lacks most passive
# participles' short forms ("задержана", "осуждён", "изъяты", "заблокированы"), which tell the news, or
# reads a few as the full form ("закрыто", "приговорены"): each reads as its masculine short form, so a
# pattern in one gender or number finds the others.
# Full forms keep their own: they describe someone ("жена задержанного"), mostly background. "ё" is
# read as "е" in lemmas: the press mostly omits it.
_RU_PAST_SIBLINGS: Final = ("ла", "ло")
_RU_VERB_ENDINGS: Final = ("ть", "ти", "чь")
_RU_SHORT_PARTICIPLE: Final = re.compile(r"^(?P<stem>[а-яё]{3,}(?:[аяеё]н|[ыия]т))[аоы]?$")
# Colloquial nouns in "-ка" the table lacks ("прослушка", "наружка", "глушилка", "прослушку", "прослушкой") are
# declined like any other: an oblique form the table does not know reads as its "-ка" nominative.
_RU_KA_NOUN: Final = re.compile(r"^(?P<stem>[а-яё]{4,}к)(?:у|и|ой|ою|е)$")

# Portuguese writes object pronouns onto the verb with a hyphen ("prenderam-no", "tiraram-lhe", "levá-lo"); the
# tokenizer keeps the compound whole, so the verb is looked up without its pronoun. Before "-lo/-la/-los/-las"
# the infinitive has lost its "r" and accents its vowel ("detê-lo" is "deter" + "o").
_PT_ENCLITICS: Final = frozenset(
    [
        "o",
        "a",
        "os",
        "as",
        "lo",
        "la",
        "los",
        "las",
        "no",
        "na",
        "nos",
        "nas",
        "lhe",
        "lhes",
        "se",
        "me",
        "te",
        "vos",
    ]
)
_PT_LO_FORMS: Final = frozenset({"lo", "la", "los", "las"})
_PT_INFINITIVE_VOWELS: Final = str.maketrans("áéêíô", "aeeio")

# Quantities share one form, so a pattern like "hand # year" finds "handed 38 years" and "given
# seven years": sentences and tallies are written with any number. Digits in every language,
# number words where the press spells small numbers out (`numbers` in the language's cues.yaml).
NUMBER: Final = "#"
_DIGITS: Final = re.compile(r"^\d+(?:[.,]\d+)*$")
# Typographic apostrophes read as the typewriter one: "l’ONG", "d’un", "activist’s" are matched
# like "l'ONG", "d'un", "activist's" (pattern files are written with ').
TYPOGRAPHIC_APOSTROPHES: Final = ("\u2019", "\u02bc", "\u2032")
APOSTROPHES: Final = str.maketrans(dict.fromkeys(TYPOGRAPHIC_APOSTROPHES, "'"))


@cache
def lemma_table(language: str) -> Any | None:
    """spacy-lookups-data's `lemma_lookup` table for `language` (keyed by string hash), or None."""
    if language not in _TABLE_LANGUAGES:
        return None
    from spacy.lookups import load_lookups

    try:
        lookups = load_lookups(language, ["lemma_lookup"], strict=False)
    except (ValueError, OSError):
        return None
    return lookups.get_table("lemma_lookup") if lookups.has_table("lemma_lookup") else None


@cache
def table_lemmas(language: str) -> frozenset[str]:
    """Every lemma the language's lookup table gives: such a word is known even though it is no key."""
    table = lemma_table(language)
    if table is None:
        return frozenset()
    return frozenset(str(lemma).lower() for lemma in table.values() if isinstance(lemma, str))


def arabic_stem(word: str) -> str:
    """Light stem: drop diacritics, one proclitic, unify alef/yaa forms, drop one suffix.

    The alefs are unified after the proclitic is gone: a hamza'd alef is no article, so "إلغاء"
    (cancellation) and "إلكتروني" keep their first letters instead of losing "إل" as if it were "ال".
    """
    text = _AR_DIACRITICS.sub("", unicodedata.normalize("NFC", word))
    root_initial = text.translate(_AR_ALEFS).startswith(_AR_ROOT_INITIAL)
    for prefix in _AR_PREFIXES:
        if len(prefix) == 1 and root_initial:
            break
        if text.startswith(prefix) and len(text) - len(prefix) >= 3:
            text = text[len(prefix) :]
            break
    text = text.translate(_AR_ALEFS)
    pronoun = _strip_suffix(text, _AR_PRONOUNS)
    if pronoun in _AR_OWN_ENDING:
        return pronoun
    if pronoun != text and pronoun.endswith("ت") and pronoun[:-1] + "ة" in _AR_OWN_ENDING:
        return pronoun[:-1] + "ة"
    endings = (*_AR_ENDINGS, "ت") if pronoun != text else _AR_ENDINGS
    return _strip_suffix(pronoun, endings)


def _strip_suffix(text: str, suffixes: tuple[str, ...]) -> str:
    """`text` without the first of `suffixes` it ends with, if three letters or more remain."""
    for suffix in suffixes:
        if text.endswith(suffix) and len(text) - len(suffix) >= 3:
            return text[: -len(suffix)]
    return text


def norm_function(language: str) -> Callable[[str], str]:
    """Word → the form both texts and patterns are matched on."""
    words = number_words(language)
    base = _base_norm(language)

    def normalise(word: str) -> str:
        word = word.translate(APOSTROPHES)
        if _DIGITS.match(word) or word.lower() in words:
            return NUMBER
        # Arabic writes "and", "by" and "to" onto the figure that follows: "و331 اعتداء", "ب15 عاما".
        if language == "ar" and word[:1] in _AR_NUMBER_CLITICS and _DIGITS.match(word[1:]):
            return NUMBER
        # Compounds of number words are one word: "dix-huit mois", "twenty-five years".
        parts = word.lower().split("-")
        if len(parts) > 1 and all(part in words for part in parts):
            return NUMBER
        return base(word)

    return normalise


def _base_norm(language: str) -> Callable[[str], str]:
    if language == "ar":
        return arabic_stem
    table = lemma_table(language)
    if table is None:
        return str.lower
    keep = FUNCTION_WORDS.get(language, frozenset())

    def lookup(word: str) -> str:
        lower = word.lower()
        if lower in keep:
            return lower
        lemma = table.get(lower)
        if lemma is None:
            if language == "pt" and (verb := _pt_verb_before_pronoun(lower)):
                return lookup(verb)
            return regular_verb_lemma(language, lower) or lower
        return str(lemma[0] if isinstance(lemma, list) else lemma).lower()

    if language != "ru":
        return lookup
    lemmas = table_lemmas(language)

    def russian_lookup(word: str) -> str:
        lower = word.lower()
        lemma = lookup(word)
        if lower.endswith("ли") and lemma != lower:
            past = {lookup(lower[:-2] + ending) for ending in _RU_PAST_SIBLINGS}
            verb = past.pop() if len(past) == 1 else lemma
            if verb != lemma and verb.endswith(_RU_VERB_ENDINGS):
                lemma = verb
        elif lemma == lower and lower not in lemmas and (noun := _RU_KA_NOUN.match(lower)):
            lemma = noun["stem"] + "а"
        elif participle := _RU_SHORT_PARTICIPLE.match(lower):
            stem = participle["stem"]
            full = stem.replace("ё", "е") + ("ный" if stem.endswith("н") else "ый")
            if lemma.replace("ё", "е") == full or (lemma == lower and lower not in lemmas):
                lemma = stem
        return lemma.replace("ё", "е")

    return russian_lookup


def _pt_verb_before_pronoun(word: str) -> str | None:
    """The verb of a Portuguese verb-hyphen-pronoun compound ("prenderam-no" → "prenderam"), or None."""
    verb, _, pronoun = word.rpartition("-")
    if pronoun not in _PT_ENCLITICS or len(verb) < 3 or not verb.isalpha():
        return None
    if pronoun in _PT_LO_FORMS and verb[-1] in "áéêíô":
        return verb.translate(_PT_INFINITIVE_VOWELS) + "r"
    return verb


class LemmaNormaliser:
    """Installs the language's lemma function as the vocabulary's NORM getter."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.language = str(nlp.lang)
        norm = norm_function(self.language)
        vocab: Any = nlp.vocab  # lex_attr_getters is missing from spaCy's type stubs
        vocab.lex_attr_getters[NORM] = norm
        # Words the vocabulary already holds (tokenizer exceptions, stop words) get the same norm.
        for lexeme in list(nlp.vocab):
            lexeme.norm_ = norm(lexeme.orth_)

    def __call__(self, doc: Doc) -> Doc:
        return doc  # the work happened once per word, when the vocabulary first saw it


@Language.factory("hrdwatch_lemmas")
def make_lemmas(nlp: Language, name: str) -> LemmaNormaliser:
    return LemmaNormaliser(nlp, name)


def lemma_of(token: Any) -> str:
    """The lemma a token was matched on."""
    return str(token.norm_)
