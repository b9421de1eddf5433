"""Pattern files: one YAML file per category and language, plus one `cues.yaml` per language.

Patterns are data an analyst edits. Every entry is a word or phrase matched on lemmas (the
`hrdwatch_lemmas` component normalises both the text and the pattern the same way), so "arrest"
also finds "arrested" and "Arrests"; write `{phrase: "...", exact: true}` to match the lower-case
form only. Files are validated on load: any problem is a `PatternFileError` naming file and line.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Final

import yaml

from classifiers.errors import PatternFileError
from classifiers.taxonomy import CATEGORIES

CUES_FILE: Final = "cues.yaml"
STRONG_WEIGHT: Final = 0.9
WEAK_WEIGHT: Final = 0.6
DEFAULT_WINDOW: Final = 12
# Gapped phrases ("let … go"): at most this many tokens between two parts unless the entry sets `gap`.
DEFAULT_GAP: Final = 3
MAX_GAP: Final = 6
# The mark between the parts of a gapped phrase: an ellipsis (or three dots) standing as a word of its own.
GAP_MARK: Final = re.compile(r"(?<!\S)(?:…|\.\.\.)(?!\S)")

_CATEGORY_KEYS: Final = frozenset(
    {
        "category",
        "language",
        "needs_target",
        "window",
        "strong",
        "weak",
        "blockers",
        "targets",
        "reversal",
        "ignore_cues",
        "places",
        "characterisations",
        "seizures",
        "devices",
        "transfers",
        "custody_places",
    }
)
# Cue lists the threat scorer matches (every cue key but `language` and `roles`).
CUE_KINDS: Final = (
    "defenders",
    "reversal",
    "hypothetical",
    "negation",
    "generic",
    "perpetrators",
    "intent",
    "background",
    "dated",
    "clause_breaks",
    "topics",
    "sources",
    "convictions",
    "refusals",
    "reversal_blockers",
    "filings",
    "periods",
    "outlet_roles",
    "background_after",
    "expression_acts",
)
# Single words the engine compares token by token (lower-case form, no lemma): number words that
# share the form `#`, and the closed-class words of clause-level rules.
WORD_KEYS: Final = (
    "numbers",
    "time_links",
    "clause_links",
    "participle_endings",
    "participles",
    "participle_openers",
    "participle_verb_words",
    "genitives",
    "crime_links",
    "crime_list_words",
    "verdict_links",
    "verdicts",
    "accusations",
    "possessives",
    "leading_sources",
    "call_marks",
    "noun_links",
    "outlet_links",
    "state_bodies",
    "titles",
    "admissions",
    "motion_links",
    "object_pronouns",
    "object_clitics",
    "article_clitics",
    "clitic_auxiliaries",
    "passive_auxiliaries",
    "attached_links",
    "prepositions",
    "relatives",
)
_CUE_KEYS: Final = frozenset({"language", "roles", *CUE_KINDS, *WORD_KEYS})
_ENTRY_KEYS: Final = frozenset({"phrase", "exact", "weight", "near", "sense", "gap"})


@dataclass(frozen=True)
class Entry:
    """One word or phrase of a pattern file."""

    phrase: str
    exact: bool = False  # match the lower-case form instead of the lemma
    weight: float | None = None  # overrides the list's default weight (triggers only)
    line: int = 0
    # Ambiguous triggers ("hold", "seize", "storm"): count only with a target this many tokens away
    # in the same sentence, otherwise not at all. None: the category's usual target weighting.
    near: int | None = None
    # Blockers only: names one meaning of a trigger word ("rule of law") and cancels just the trigger
    # it holds, instead of every trigger in the sentence.
    sense: bool = False
    # Gapped phrases only ("let … go"): the most tokens allowed between two consecutive parts.
    gap: int | None = None

    @property
    def parts(self) -> tuple[str, ...]:
        """The phrase's parts, in order: one for a plain phrase, two or more for a gapped one."""
        return tuple(part.strip() for part in GAP_MARK.split(self.phrase))

    @property
    def gapped(self) -> bool:
        return len(self.parts) > 1


@dataclass(frozen=True)
class CategoryPatterns:
    category: str
    language: str
    needs_target: bool
    window: int
    strong: tuple[Entry, ...]
    weak: tuple[Entry, ...] = ()
    blockers: tuple[Entry, ...] = ()  # cancel a trigger in the same sentence (perpetrators, cable cuts …)
    targets: tuple[Entry, ...] = ()  # extra targets besides the language's defender terms
    reversal: tuple[Entry, ...] = ()  # extra reversal cues for this category (lifted, repealed …)
    # Language-wide cues that say nothing about this category: a bill "would" restrict NGOs is news.
    ignore_cues: tuple[Entry, ...] = ()
    # What an ambiguous (`near`) trigger may act on instead of a person: "searched the editor's flat" is
    # a raid, so a place right after such a trigger makes it a strong one.
    places: tuple[Entry, ...] = ()
    # Words that say what another event amounts to ("harassment", "persecution"): beside an arrest or a
    # trial they characterise it and add no second event of this category.
    characterisations: tuple[Entry, ...] = ()
    # Verbs that take a thing away ("seize", "carry off") and the things they take ("phone", "recorder"):
    # one beside the other, in either order ("took his recorder", "their laptops were confiscated"), is a
    # trigger of this category however the owner is named.
    seizures: tuple[Entry, ...] = ()
    devices: tuple[Entry, ...] = ()
    # Verbs that move someone ("drag", "escort", "bundle") and where custody is kept ("police station",
    # "cells", "van"): someone moved there, after a `motion_links` word, is taken into custody.
    transfers: tuple[Entry, ...] = ()
    custody_places: tuple[Entry, ...] = ()


@dataclass(frozen=True)
class Cues:
    language: str
    defenders: tuple[Entry, ...]  # who counts as a defender: hrd_victim and the default target
    roles: tuple[Entry, ...] = ()  # other role words next to which person names are taken
    reversal: tuple[Entry, ...] = ()  # released, acquitted, awarded …: the threat is over or undone
    hypothetical: tuple[Entry, ...] = ()  # could face, calls for protection …: nothing happened (yet)
    negation: tuple[Entry, ...] = ()
    generic: tuple[Entry, ...] = ()  # worldwide, every year …: statements about no particular event
    perpetrators: tuple[Entry, ...] = ()  # suspect, gunman …: the action targets the aggressor
    # Optional, for clause-level modality and background (older cue files work without them):
    intent: tuple[Entry, ...] = ()  # vowed to, threatened to, warned …: the harm after it is a threat
    background: tuple[Entry, ...] = ()  # had, who, previously, months after …: an earlier event
    dated: tuple[Entry, ...] = ()  # in, since …: followed by a bare year after a trigger, dates it past
    clause_breaks: tuple[Entry, ...] = ()  # but, while, because …: words that end a clause's scope
    # Reporting on, footage of, a video (after the harm): the harm is what a defender's work is about.
    topics: tuple[Entry, ...] = ()
    sources: tuple[Entry, ...] = ()
    # sentenced, convicted, N years in prison …: a headline verdict makes the lede's arrest its past.
    convictions: tuple[Entry, ...] = ()
    # refuses to, turned down, asks … to: a release or a repeal after one is refused or asked for, not done.
    refusals: tuple[Entry, ...] = ()
    # free speech, free and fair, отменить концерт …: another sense of a reversal word; a reversal cue inside
    # one reverses nothing ("the right to free expression" frees nobody).
    reversal_blockers: tuple[Entry, ...] = ()
    # file, lodge …: right before a complaint or a suit, the defenders before them are the complainants
    # ("the reporter lodged a criminal complaint against the officers"), not the ones prosecuted.
    filings: tuple[Entry, ...] = ()
    # N years, first quarter, since June …: a count before a trigger in a sentence with one is a statistic.
    periods: tuple[Entry, ...] = ()
    # director, founder, spokesperson …: followed by an `outlet_links` word and a capitalised name, a
    # defender known by the outlet or group they work for ("directora de El Espirituano").
    outlet_roles: tuple[Entry, ...] = ()
    # last year, previously …: a few words after a trigger in its clause, an earlier event ("the dissolution
    # of the union last year"), as a `background` cue before it is.
    background_after: tuple[Entry, ...] = ()
    expression_acts: tuple[Entry, ...] = ()  # post, video, poem: one held or tried for one is a defender
    # Single words, lower-case (`WORD_KEYS`); an empty set switches the rule that reads it off:
    numbers: frozenset[str] = frozenset()  # number words written as `#` ("seven", "trois")
    time_links: frozenset[str] = frozenset()  # after, since …: a release after one dates something else
    clause_links: frozenset[str] = frozenset()  # and, but, by …: end the phrase naming a harm's victim
    # A one-word participle before a defender describes who someone is ("the jailed activist"):
    participle_endings: frozenset[str] = frozenset()  # -ed
    participles: frozenset[str] = frozenset()  # slain, shot … (no regular ending)
    participle_openers: frozenset[str] = frozenset()  # the, his, for …: may stand before such a participle
    participle_verb_words: frozenset[str] = frozenset()  # by, in, was …: after it, a verb ("jailed in")
    genitives: frozenset[str] = frozenset()  # 's: a defender right before a harm with one is its victim
    # "jailed for the abduction and rape of the journalist": the harm is the crime judged, not news.
    crime_links: frozenset[str] = frozenset()  # for, over: name the crime after an arrest or a sentence
    crime_list_words: frozenset[str] = frozenset()  # and, the, his …: words within a list of crimes
    verdict_links: frozenset[str] = frozenset()  # of: "guilty of the murder"
    verdicts: frozenset[str] = frozenset()  # guilty, convicted: a verdict on the crime by themselves
    accusations: frozenset[str] = frozenset()  # accused, suspected …: name a crime an arrest is for
    # "his lawyer said", "according to the union": defenders who tell the story, not suffer it.
    possessives: frozenset[str] = frozenset()  # his, her, their: "his lawyer" is the victim's own
    leading_sources: frozenset[str] = frozenset()  # according: a source cue that comes before its speaker
    # "Amnesty: charge or release X": a reversal in its base form just after one of these marks in the
    # headline is an imperative, a call; one before a `noun_links` word is a noun ("release of").
    call_marks: frozenset[str] = frozenset()  # ":"
    noun_links: frozenset[str] = frozenset()  # of, from
    outlet_links: frozenset[str] = frozenset()  # de, del, la …: between an outlet role and the name
    state_bodies: frozenset[str] = frozenset()  # policía, seguridad …: "director de Seguridad" is an official
    # winner, laureate …: an award reversal right before one of these and a name says who someone is
    # ("Nobel laureate Ana Bel jailed", "award winner Ana Bel arrested"), not that a prize was given.
    titles: frozenset[str] = frozenset()
    # admits, confessed …: a harm right after one (or after it and a verdict link: "admitted to") is a crime
    # owned up to ("man admits harassing three reporters"), the aggressor's case like "guilty of".
    admissions: frozenset[str] = frozenset()
    # to, into …: between a verb that moves someone and the place it takes them ("dragged him to a van").
    motion_links: frozenset[str] = frozenset()
    # him, them …: someone a verb moves ("dragged him to a van"), not a thing ("brings flowers to the station")
    object_pronouns: frozenset[str] = frozenset()
    # lo, lui, lhe …: an object pronoun written before the verb ("y lo detuvieron") or onto it after a hyphen
    # ("imputou-lhes"); la, l', o …: one that is also an article, a pronoun only before an auxiliary (« l'ont
    # arrêtée ») or after a hyphen ("prenderam-no"); ha, ont …: an auxiliary between the pronoun and the verb.
    object_clitics: frozenset[str] = frozenset()
    article_clitics: frozenset[str] = frozenset()
    clitic_auxiliaries: frozenset[str] = frozenset()
    # was, were, been …: right before an ambiguous trigger, a passive whose subject, a defender before it in
    # the sentence, is the one the trigger acts on ("the reporters travelling with him were held").
    passive_auxiliaries: frozenset[str] = frozenset()
    # و, ف: a conjunction written onto the next word; after a year, such a word starts another phrase
    # ("قُتل 40 صحفياً في 2014 وفرّ آخرون": the year ends its phrase as before a comma).
    attached_links: frozenset[str] = frozenset()
    # under, on …: between a `passive_auxiliaries` word and a trigger, the trigger is a noun ("is under appeal")
    prepositions: frozenset[str] = frozenset()
    # who, quien, который …: a background cue that opens a relative clause, whose scope ends at the main verb
    # after it ("man who threatened a reporter put under house arrest").
    relatives: frozenset[str] = frozenset()

    @cached_property
    def coordinators(self) -> frozenset[str]:
        """Clause links that also join a list of harms (and, и, y, e, et): "searched his home and detained him"."""
        return self.clause_links & self.crime_list_words


@dataclass(frozen=True)
class LanguagePatterns:
    language: str
    cues: Cues
    categories: dict[str, CategoryPatterns] = field(default_factory=dict)


def patterns_root() -> Traversable:
    """The package's pattern directory (`classifiers/patterns`)."""
    return resources.files("classifiers") / "patterns"


def available_languages(root: Traversable | Path | None = None) -> tuple[str, ...]:
    """Languages that have a cues file: only these are classified."""
    base = root or patterns_root()
    return tuple(sorted(d.name for d in base.iterdir() if d.is_dir() and (d / CUES_FILE).is_file()))


def pattern_version(root: Traversable | Path | None = None) -> str:
    """A short hash of every pattern file: recorded with each classification."""
    base = root or patterns_root()
    digest = hashlib.sha256()
    for lang in available_languages(base):
        for file in sorted((f for f in (base / lang).iterdir() if f.name.endswith(".yaml")), key=_name):
            digest.update(f"{lang}/{file.name}\n".encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:12]


def load_language(language: str, root: Traversable | Path | None = None) -> LanguagePatterns:
    """All pattern files of one language, validated.

    Parsed once per content: a pipeline build asks three times (the pipeline, the threat scorer, the
    lemma normaliser's number words), and YAML parsing is the cost. The files are read on every call
    and their text is the cache key, so an edited file or another directory is parsed afresh. The
    result is shared between callers: read it, do not change it.
    """
    base = (root or patterns_root()) / language
    if not (base / CUES_FILE).is_file():
        raise PatternFileError(f"{language}: no pattern files (missing {language}/{CUES_FILE})")
    files = tuple(
        (file.name, file.read_text(encoding="utf-8"))
        for file in sorted(base.iterdir(), key=_name)
        if file.name.endswith(".yaml")
    )
    return _parse_language(language, files)


@lru_cache(maxsize=32)
def _parse_language(language: str, files: tuple[tuple[str, str], ...]) -> LanguagePatterns:
    """The language's patterns from its files' (name, text) pairs, in name order."""
    cues = _parse_cues(dict(files)[CUES_FILE], f"{language}/{CUES_FILE}", language)
    categories: dict[str, CategoryPatterns] = {}
    for name, text in files:
        if name == CUES_FILE:
            continue
        label = f"{language}/{name}"
        patterns = _parse_category(text, label, language)
        if name != f"{patterns.category}.yaml":
            raise PatternFileError(f"{label}: file name must be {patterns.category}.yaml")
        categories[patterns.category] = patterns
    return LanguagePatterns(language, cues, categories)


def number_words(language: str, root: Traversable | Path | None = None) -> frozenset[str]:
    """The language's number words (`numbers` in its cues file): the lemma normaliser writes them `#`."""
    base = (root or patterns_root()) / language
    if not (base / CUES_FILE).is_file():
        return frozenset()
    return load_language(language, root).cues.numbers


def check_patterns(root: Traversable | Path | None = None) -> list[str]:
    """Every problem in the pattern files, one line each (empty when all are valid)."""
    base = root or patterns_root()
    problems: list[str] = []
    for lang_dir in sorted((d for d in base.iterdir() if d.is_dir()), key=_name):
        if lang_dir.name.startswith(("_", ".")):
            continue
        if not (lang_dir / CUES_FILE).is_file():
            problems.append(f"{lang_dir.name}/{CUES_FILE}: missing (the language cannot be classified)")
            continue
        for file in sorted(lang_dir.iterdir(), key=_name):
            if not file.name.endswith((".yaml", ".yml")):
                continue
            label = f"{lang_dir.name}/{file.name}"
            try:
                text = file.read_text(encoding="utf-8")
                if file.name == CUES_FILE:
                    _parse_cues(text, label, lang_dir.name)
                else:
                    parsed = _parse_category(text, label, lang_dir.name)
                    if file.name != f"{parsed.category}.yaml":
                        problems.append(f"{label}: file name must be {parsed.category}.yaml")
            except PatternFileError as exc:
                problems.append(str(exc))
    return problems


def _name(item: Traversable) -> str:
    return item.name


# --- parsing with line numbers -------------------------------------------------------------


def _compose(text: str, label: str) -> yaml.MappingNode:
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise PatternFileError(f"{label}{line}: not valid YAML: {problem}") from None
    if not isinstance(node, yaml.MappingNode):
        raise PatternFileError(f"{label}:1: expected a mapping of keys (category, strong, …)")
    return node


def _items(node: yaml.MappingNode, label: str, allowed: frozenset[str]) -> Iterator[tuple[str, yaml.Node]]:
    seen: set[str] = set()
    for key_node, value in node.value:
        key = str(key_node.value)
        where = f"{label}:{key_node.start_mark.line + 1}"
        if key not in allowed:
            raise PatternFileError(f"{where}: unknown key {key!r} (allowed: {', '.join(sorted(allowed))})")
        if key in seen:
            raise PatternFileError(f"{where}: key {key!r} given twice")
        seen.add(key)
        yield key, value


def _scalar(node: yaml.Node, label: str, key: str) -> Any:
    if not isinstance(node, yaml.ScalarNode):
        raise PatternFileError(f"{label}:{node.start_mark.line + 1}: {key} must be a single value")
    return yaml.safe_load(yaml.serialize(node))


def _entries(node: yaml.Node, label: str, key: str, *, weighted: bool = False) -> tuple[Entry, ...]:
    if not isinstance(node, yaml.SequenceNode):
        raise PatternFileError(f"{label}:{node.start_mark.line + 1}: {key} must be a list of phrases")
    entries: list[Entry] = []
    seen: dict[tuple[str, bool], int] = {}
    for item in node.value:
        line = item.start_mark.line + 1
        where = f"{label}:{line}"
        if isinstance(item, yaml.ScalarNode):
            phrase = str(item.value)
            entry = Entry(phrase=phrase, line=line, gap=_gap(phrase, None, where))
        elif isinstance(item, yaml.MappingNode):
            fields = {k: _scalar(v, label, k) for k, v in _items(item, where, _ENTRY_KEYS)}
            if "phrase" not in fields:
                raise PatternFileError(f"{where}: an entry in {key} needs a 'phrase'")
            weight = fields.get("weight")
            if weight is not None and (
                not weighted or not isinstance(weight, int | float) or not 0 < weight <= 1
            ):
                raise PatternFileError(
                    f"{where}: weight must be a number in (0, 1] and only in strong/weak lists"
                )
            exact = fields.get("exact", False)
            if not isinstance(exact, bool):
                raise PatternFileError(f"{where}: exact must be true or false")
            near = fields.get("near")
            if near is not None and (
                not weighted or not isinstance(near, int) or isinstance(near, bool) or not 1 <= near <= 30
            ):
                raise PatternFileError(
                    f"{where}: near must be a whole number of tokens, 1 to 30, and only in strong/weak lists"
                )
            sense = fields.get("sense", False)
            if not isinstance(sense, bool) or (sense and key != "blockers"):
                raise PatternFileError(f"{where}: sense must be true or false and only in blockers")
            phrase = str(fields["phrase"])
            gap = _gap(phrase, fields.get("gap"), where)
            entry = Entry(phrase, exact, float(weight) if weight else None, line, near, sense, gap)
        else:
            raise PatternFileError(f"{where}: an entry in {key} must be a phrase or {{phrase: ...}}")
        if not entry.phrase.strip():
            raise PatternFileError(f"{where}: empty phrase in {key}")
        if entry.gapped and not all(entry.parts):
            raise PatternFileError(f"{where}: {entry.phrase!r} has an empty part around its ' … ' in {key}")
        ident = (" … ".join(entry.parts).lower(), entry.exact)  # "let ... go" repeats "let … go"
        if ident in seen:
            raise PatternFileError(f"{where}: {entry.phrase!r} repeats line {seen[ident]} in {key}")
        seen[ident] = line
        entries.append(entry)
    return tuple(entries)


def _gap(phrase: str, value: Any, where: str) -> int | None:
    """The `gap` of an entry: only a gapped phrase may set one, a whole number from 1 to `MAX_GAP`;
    a gapped phrase without one gets `DEFAULT_GAP`, a plain phrase None."""
    if len(GAP_MARK.split(phrase)) == 1:
        if value is not None:
            raise PatternFileError(f"{where}: gap only on a phrase with ' … ' between its parts")
        return None
    if value is None:
        return DEFAULT_GAP
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= MAX_GAP:
        raise PatternFileError(f"{where}: gap must be a whole number of tokens, 1 to {MAX_GAP}")
    return value


def _words(node: yaml.Node, label: str, key: str) -> frozenset[str]:
    """A list of single plain words, compared on their lower-case form."""
    words: set[str] = set()
    for entry in _entries(node, label, key):
        if entry != Entry(entry.phrase, line=entry.line) or len(entry.phrase.split()) != 1:
            raise PatternFileError(
                f"{label}:{entry.line}: {key} takes single plain words, not {entry.phrase!r}"
            )
        words.add(entry.phrase.strip().lower())
    return frozenset(words)


def _check_language(value: Any, node: yaml.Node, label: str, language: str) -> None:
    if value != language:
        raise PatternFileError(
            f"{label}:{node.start_mark.line + 1}: language {value!r} does not match its folder {language!r}"
        )


def _parse_category(text: str, label: str, language: str) -> CategoryPatterns:
    root = _compose(text, label)
    fields: dict[str, Any] = {}
    for key, node in _items(root, label, _CATEGORY_KEYS):
        where = f"{label}:{node.start_mark.line + 1}"
        if key == "category":
            value = _scalar(node, label, key)
            if value not in CATEGORIES:
                raise PatternFileError(
                    f"{where}: unknown category {value!r} (one of: {', '.join(CATEGORIES)})"
                )
            fields[key] = value
        elif key == "language":
            value = _scalar(node, label, key)
            _check_language(value, node, label, language)
        elif key == "needs_target":
            value = _scalar(node, label, key)
            if not isinstance(value, bool):
                raise PatternFileError(f"{where}: needs_target must be true or false")
            fields[key] = value
        elif key == "window":
            value = _scalar(node, label, key)
            if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 100:
                raise PatternFileError(f"{where}: window must be a whole number of tokens, 1 to 100")
            fields[key] = value
        else:
            fields[key] = _entries(node, label, key, weighted=key in {"strong", "weak"})
    if "category" not in fields:
        raise PatternFileError(f"{label}:1: missing 'category'")
    if not fields.get("strong"):
        raise PatternFileError(f"{label}:1: missing 'strong' triggers")
    return CategoryPatterns(
        category=fields["category"],
        language=language,
        needs_target=fields.get("needs_target", True),
        window=fields.get("window", DEFAULT_WINDOW),
        strong=fields["strong"],
        weak=fields.get("weak", ()),
        blockers=fields.get("blockers", ()),
        targets=fields.get("targets", ()),
        reversal=fields.get("reversal", ()),
        ignore_cues=fields.get("ignore_cues", ()),
        places=fields.get("places", ()),
        characterisations=fields.get("characterisations", ()),
        seizures=fields.get("seizures", ()),
        devices=fields.get("devices", ()),
        transfers=fields.get("transfers", ()),
        custody_places=fields.get("custody_places", ()),
    )


def _parse_cues(text: str, label: str, language: str) -> Cues:
    root = _compose(text, label)
    fields: dict[str, Any] = {}  # phrase lists, and word sets for `WORD_KEYS`
    for key, node in _items(root, label, _CUE_KEYS):
        if key == "language":
            _check_language(_scalar(node, label, key), node, label, language)
        elif key in WORD_KEYS:
            fields[key] = _words(node, label, key)
        else:
            fields[key] = _entries(node, label, key)
    if not fields.get("defenders"):
        raise PatternFileError(f"{label}:1: missing 'defenders' (who counts as a defender)")
    return Cues(language=language, **fields)
