"""Finding watchlist names in report text the way the press writes them.

1. Exact and alias hits: spaCy `PhraseMatcher` over folded words (case, diacritics, hyphens,
   apostrophes and possessives already removed); person names also in reversed order.
2. Fuzzy fallback, only for candidate spans (runs of capitalised words): a span's consonant
   skeleton must equal a watchlist variant's, then `rapidfuzz` compares the transliteration-
   neutral spellings ("Byalyatski" ~ "Bialiatski", "Abdel Fattah" ~ "Abd El-Fattah"). People
   are also compared part by part, each side read in every romanisation system of
   `alerts/transliteration.yaml` ("Tichanowskaja" ~ "Tikhanovskaya", "Ганна" ~ "Hanna").
3. In a text with a full mention, surname-only or initial + surname mentions (before or after
   it: headlines often carry only the surname) join the hit.

Guards: a person's single name part never fires on its own; a namesake in a story with no
threat, no defender and other countries than the entry's is dropped (`drop_namesakes`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, Final

from rapidfuzz import fuzz

from alerts.names import (
    NAME_PREFIXES,
    PartSound,
    UnitSounds,
    Words,
    distinct_ending,
    fold_name,
    join_keys,
    name_forms,
    name_units,
    sound_name,
    span_key,
    spelling,
    unit_keys,
    unit_sounds,
    word_keys,
    word_sounds,
)
from alerts.watchlist import WatchEntry
from classifiers.result import ClassificationResult

# Lower-case words that may sit inside a name ("Abd al-Fattah", "Da Silva", "van der Berg").
PARTICLES: Final[frozenset[str]] = frozenset(
    {"al", "el", "ul", "ad", "as", "an", "ar", "at", "az", "de", "da", "do", "dos", "das", "del", "della",
     "di", "du", "la", "le", "van", "von", "der", "den", "ter", "bin", "ibn", "bint", "ben", "abu", "y", "e",
     # inside organisation names
     "of", "for", "the", "and", "in", "on", "des", "et", "pour", "para", "por", "und", "fur"}
)  # fmt: skip
DEFAULT_FUZZY_CUTOFF: Final = 80.0
# Part by part comparison (see `_parts_score`): a part whose consonants agree with the name's
# must be PART_CUTOFF alike, else PART_CUTOFF_NEW_CONSONANT (Khatri is not Khatib, Tsvetaeva not
# Tsvetkova); parts differing in vowels only count as VOWELS_ONLY alike; the mean must reach
# PARTS_MEAN_CUTOFF.
PART_CUTOFF: Final = 80.0
PART_CUTOFF_NEW_CONSONANT: Final = 88.0
VOWELS_ONLY: Final = 88.0
PARTS_MEAN_CUTOFF: Final = 82.0
MAX_SPAN_WORDS: Final = 6
MAX_LENGTH_GAP: Final = 2
# Name parts that are not surnames: Vietnamese middle names and "son/daughter of" words.
CONNECTORS: Final[frozenset[str]] = frozenset({"thi", "van", "bin", "ibn", "bint", "binti", "ould", "ben"})
# Particles that stay with a surname only in writing ("de la Cruz" is also written "Cruz").
_DROPPABLE: Final[frozenset[str]] = frozenset(
    {"de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den"}
)


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # character offsets in the matched text
    end: int
    text: str = field(repr=False)
    method: str  # exact | alias | fuzzy | partial
    score: float


@dataclass(frozen=True)
class Hit:
    """One watchlist entry found in one text, with every place it is mentioned."""

    entry_index: int
    entry: WatchEntry
    method: str  # exact | alias | fuzzy (of the best full mention)
    score: float
    matched_text: str = field(repr=False)
    mentions: tuple[Mention, ...] = ()

    def to_contract(self) -> dict[str, Any]:
        return {
            "entry": self.entry.name,
            "matched_text": self.matched_text,
            "method": self.method,
            "score": round(self.score, 3),
        }


@dataclass(frozen=True, slots=True)
class _Variant:
    entry_index: int
    words: tuple[str, ...]
    phonetic: str
    is_alias: bool
    # A person's name split into as many words as the span is compared part by part instead
    # (`_by_parts`): over the whole span, short parts hide a different one (Hằng/Hương).
    parts_judge: bool = False


@dataclass(frozen=True, slots=True)
class _PartsVariant:
    entry_index: int
    # The name's parts as each romanisation system reads them (distinct readings, base first).
    readings: tuple[tuple[PartSound, ...], ...]
    key_part: int  # the part the variant is indexed under (its longest skeleton)


class WatchlistMatcher:
    """Matcher built once per watchlist; `match` is cheap per text."""

    def __init__(self, entries: Sequence[WatchEntry], *, fuzzy_cutoff: float = DEFAULT_FUZZY_CUTOFF) -> None:
        import spacy
        from spacy.matcher import PhraseMatcher

        self.entries = list(entries)
        self.fuzzy_cutoff = fuzzy_cutoff
        # Our own blank pipeline: pattern docs are built from words, never through a tokenizer,
        # so a large watchlist cannot crowd news text out of any tokenizer cache.
        self._nlp = spacy.blank("xx")
        self._vocab = self._nlp.vocab
        self._matcher = PhraseMatcher(self._vocab, attr="ORTH")
        self._names: list[frozenset[tuple[str, ...]]] = []
        self._tails: list[tuple[tuple[str, ...], ...]] = []
        self._name_words: list[frozenset[str]] = []
        self._by_skeleton: dict[str, list[_Variant]] = defaultdict(list)
        # Part variants by the consonants of the part before (`_parts_after`) or after
        # (`_parts_before`) the indexed part, then by the indexed part's key: the neighbour's
        # consonants rule out most text parts with one lookup, and every key is a string
        # already in a cache, so no key is built per text.
        self._parts_after: dict[str, dict[str, list[_PartsVariant]]] = {}
        self._parts_before: dict[str, dict[str, list[_PartsVariant]]] = {}
        self._key_entry: dict[int, int] = {}
        self._acronyms: list[frozenset[str]] = []
        # Cheap pre-checks before the PhraseMatcher and the fuzzy span loop.
        self._first_words: set[str] = set()
        # Every prefix (3 letters or more) of a blocking key: a span's key only grows as words
        # join it, so once it is no such prefix no longer span can hit.
        self._key_prefixes: set[str] = set()
        for index, entry in enumerate(self.entries):
            self._add_entry(index, entry)

    def _add_entry(self, index: int, entry: WatchEntry) -> None:
        from spacy.tokens import Doc

        name_forms = _variants(entry.name, entry.kind)
        alias_forms = [v for a in entry.aliases for v in _variants(a, entry.kind)]
        self._names.append(frozenset(name_forms))
        self._acronyms.append(frozenset(_acronyms([entry.name, *entry.aliases])))
        tails: list[tuple[str, ...]] = []
        if entry.kind == "person":
            for words in [fold_name(entry.name), *(fold_name(a) for a in entry.aliases)]:
                tails.extend(_surname_forms(words))
        self._tails.append(tuple(dict.fromkeys(tails)))
        self._name_words.append(frozenset(w for n in [entry.name, *entry.aliases] for w in fold_name(n)))
        docs = []
        for words, is_alias in [*((w, False) for w in name_forms), *((w, True) for w in alias_forms)]:
            if not words:
                continue
            docs.append(Doc(self._vocab, words=list(words)))
            self._first_words.add(words[0])
            if 1 < len(words) <= MAX_SPAN_WORDS:
                ph = spelling(words)
                key = span_key(words)
                self._key_prefixes.update(key[:i] for i in range(3, len(key) + 1))
                by_parts = entry.kind == "person" and len(name_units(words)) >= 2
                self._by_skeleton[key].append(_Variant(index, words, ph, is_alias, by_parts))
        if entry.kind == "person":
            for name in [entry.name, *entry.aliases]:
                for words in _variants(name, entry.kind, sound_name(name)):
                    self._add_parts_variant(index, words)
        if docs:
            key = f"hrdwatch-entry-{index}"
            self._matcher.add(key, docs)
            self._key_entry[self._vocab.strings[key]] = index

    def _add_parts_variant(self, index: int, words: tuple[str, ...]) -> None:
        units = name_units(words)
        if not 2 <= len(units) <= MAX_SPAN_WORDS:
            return
        part_sounds = [unit_sounds(words[a:b]) for a, b in units]
        name_readings = _system_readings(part_sounds)
        # Each other form of a given name (Hanna → Anna) is one more reading of the whole name.
        for i, (a, b) in enumerate(units):
            for form in name_forms(words[a:b]):
                other = [*part_sounds[:i], unit_sounds((form,)), *part_sounds[i + 1 :]]
                name_readings.extend(r for r in _system_readings(other) if r not in name_readings)
        base = name_readings[0]
        key_part = max(range(len(base)), key=lambda k: len(base[k][1]))
        variant = _PartsVariant(index, tuple(name_readings), key_part)
        # Keyed by the longest part (one consonant may differ) and the consonants of the part
        # beside it, which must agree: selective enough for 100k names. Every reading is
        # indexed, so a German or Spanish spelling in a report finds an English entry.
        for parts in name_readings:
            if key_part > 0:
                by_key = self._parts_after.setdefault(parts[key_part - 1][2], {})
            else:
                by_key = self._parts_before.setdefault(parts[key_part + 1][2], {})
            for key in unit_keys(parts[key_part][1]):
                listed = by_key.setdefault(key, [])
                if not listed or listed[-1] is not variant:
                    listed.append(variant)

    def match(self, text: str, classification: ClassificationResult | None = None) -> list[Hit]:
        """Entries mentioned in `text`; namesakes in unrelated stories are dropped when a
        classification of the same text is given."""
        tokens = Words(text)
        if not len(tokens):
            return []
        full = self._exact(tokens)
        runs = _capitalised_runs(tokens)
        if runs:
            full.extend(self._fuzzy(tokens, runs, covered=_covered(full)))
            full.extend(self._by_parts(tokens, runs, covered=_covered(full)))
        hits = self._assemble(text, tokens, full)
        if classification is not None:
            hits = drop_namesakes(hits, classification)
        return hits

    def _exact(self, tokens: Words) -> list[tuple[int, int, int, str, float]]:
        from spacy.tokens import Doc

        found: list[tuple[int, int, int, str, float]] = []
        if self._first_words.isdisjoint(tokens.folded):
            return found
        doc = Doc(self._vocab, words=tokens.folded)
        for match_id, start, end in self._matcher(doc):
            index = self._key_entry[match_id]
            words = tuple(tokens.folded[start:end])
            # A one-word name or alias must be written as a name, not as an ordinary word.
            if end - start == 1 and not tokens.capitalised(start):
                continue
            # An acronym ("DRV", "CCFK") is one only when written in capitals.
            acronyms = self._acronyms[index]
            if acronyms and any(
                tokens.folded[i] in acronyms and not tokens.upper(i) for i in range(start, end)
            ):
                continue
            # In ordinary writing a person's name is capitalised: "Leila said", "we hope Bello".
            if (
                self.entries[index].kind == "person"
                and tokens.mixed_case
                and any(
                    not tokens.capitalised(i) and tokens.folded[i] not in PARTICLES for i in range(start, end)
                )
            ):
                continue
            method = "exact" if words in self._names[index] else "alias"
            found.append((index, start, end, method, 1.0))
        return _longest_first(found)

    def _fuzzy(
        self, tokens: Words, runs: list[tuple[int, int]], covered: set[int]
    ) -> list[tuple[int, int, int, str, float]]:
        if not self._by_skeleton:
            return []
        found: list[tuple[int, int, int, str, float]] = []
        folded, caps = tokens.sounds, tokens.caps
        index, prefixes = self._by_skeleton, self._key_prefixes
        for run_start, run_end in runs:
            for start in range(run_start, run_end):
                if not caps[start] or start in covered:
                    continue
                # Blocking keys grow word by word; spellings are compared only on a key hit.
                key = word_keys(folded[start])[0]
                if len(key) >= 3 and key[:3] not in prefixes:
                    continue
                for end in range(start + 2, min(run_end, start + MAX_SPAN_WORDS) + 1):
                    if end - 1 in covered:
                        break  # this span and every longer one overlap a better match
                    key = join_keys(key, word_keys(folded[end - 1])[1])
                    if len(key) >= 3 and key not in prefixes:
                        break
                    if not caps[end - 1] or key not in index:
                        continue
                    ph = spelling(folded[start:end])
                    for variant in index[key]:
                        if variant.parts_judge and len(variant.words) == end - start:
                            continue
                        # Words of vowels only ("João") add nothing to a key: the spellings'
                        # lengths must agree too, or "Pedro Conceição Araújo" finds "João …".
                        if abs(len(ph) - len(variant.phonetic)) > MAX_LENGTH_GAP:
                            continue
                        score = fuzz.ratio(ph, variant.phonetic, score_cutoff=self.fuzzy_cutoff)
                        if score:
                            found.append((variant.entry_index, start, end, "fuzzy", score / 100.0))
        return _longest_first(found)

    def _by_parts(
        self, tokens: Words, runs: list[tuple[int, int]], covered: set[int]
    ) -> list[tuple[int, int, int, str, float]]:
        """Person names compared part by part, so each part must sound alike on its own: finds
        spellings whose consonants differ (Tsikhanouskaya/Tikhanovskaya, Cyrillic/Latin) and
        rejects a relative with the same surname and another given name."""
        after, before = self._parts_after, self._parts_before
        if not after and not before:
            return []
        found: list[tuple[int, int, int, str, float]] = []
        sounds, caps = tokens.sounds, tokens.caps
        for run_start, run_end in runs:
            words = sounds[run_start:run_end]
            spans = [(run_start + a, run_start + b) for a, b in name_units(words)]
            part_sounds = [unit_sounds(tuple(sounds[a:b])) for a, b in spans]
            text_readings = _system_readings(part_sounds)
            n_parts = len(spans)
            last_part = n_parts - 1
            # A variant spans the part it is found by and that part's neighbour: parts inside
            # a better match need no lookup at all.
            free = [not covered or covered.isdisjoint(range(a, b)) for a, b in spans]
            base = text_readings[0]
            for parts in text_readings:
                tried: set[tuple[int, int]] = set()
                for t, (_, skel, _, _) in enumerate(parts):
                    if not free[t]:
                        continue
                    # Another reading looks up only what it reads otherwise (the part or a
                    # neighbour): `unit_sounds` gives one object per distinct reading.
                    if (
                        parts is not base
                        and parts[t] is base[t]
                        and (t == 0 or parts[t - 1] is base[t - 1])
                        and (t == last_part or parts[t + 1] is base[t + 1])
                    ):
                        continue
                    by_keys = []
                    if t > 0 and free[t - 1] and (by_key := after.get(parts[t - 1][2])):
                        by_keys.append(by_key)
                    if t < last_part and free[t + 1] and (by_key := before.get(parts[t + 1][2])):
                        by_keys.append(by_key)
                    if not by_keys:
                        continue
                    candidates = [v for k in unit_keys(skel) for b in by_keys for v in b.get(k, ())]
                    for variant in candidates:
                        first = t - variant.key_part
                        last = first + len(variant.readings[0])
                        if first < 0 or last > n_parts or (id(variant), first) in tried:
                            continue
                        tried.add((id(variant), first))
                        start, end = spans[first][0], spans[last - 1][1]
                        if not caps[start] or not all(free[first:last]):
                            continue
                        # Compared in the reading that found the candidate, the whole name in
                        # one system (a name is written in one), against each of the entry's.
                        text_parts = parts[first:last]
                        if len(variant.readings) == 1:
                            score = _parts_score(text_parts, variant.readings[0])
                        else:
                            score = max(_parts_score(text_parts, name) for name in variant.readings)
                        if score:
                            found.append((variant.entry_index, start, end, "fuzzy", score / 100.0))
        return _longest_first(found)

    def _assemble(self, text: str, tokens: Words, full: list[tuple[int, int, int, str, float]]) -> list[Hit]:
        by_entry: dict[int, list[tuple[int, int, str, float]]] = defaultdict(list)
        for index, start, end, method, score in full:
            by_entry[index].append((start, end, method, score))
        # A surname two matched entries share says nothing about which one is meant.
        tail_owners: dict[tuple[str, ...], set[int]] = defaultdict(set)
        for index in by_entry:
            for tail in self._tails[index]:
                tail_owners[tail].add(index)
        hits = []
        for index, spans in by_entry.items():
            spans.sort()
            mentions = []
            for s, e, method, score in spans:
                lo, hi = tokens.span(s, e)
                mentions.append(Mention(lo, hi, text[lo:hi], method, score))
            taken = {i for s, e, _, _ in spans for i in range(s, e)}
            ambiguous = {t for t in self._tails[index] if tail_owners[t] != {index}}
            name_words = self._name_words[index]
            mentions.extend(_partial_mentions(text, tokens, self._tails[index], ambiguous, name_words, taken))
            mentions.sort(key=lambda m: m.start)
            best = max(spans, key=lambda s: (s[3], s[2] == "exact"))
            first = spans[0]
            hits.append(
                Hit(
                    entry_index=index,
                    entry=self.entries[index],
                    method=best[2],
                    score=best[3],
                    matched_text=mentions_text(text, tokens, first[0], first[1]),
                    mentions=tuple(mentions),
                )
            )
        hits.sort(key=lambda h: h.mentions[0].start)
        return hits

    def match_many(
        self, texts: Iterable[str], classifications: Iterable[ClassificationResult | None] | None = None
    ) -> list[list[Hit]]:
        texts = list(texts)
        results = list(classifications) if classifications is not None else [None] * len(texts)
        return [self.match(t, c) for t, c in zip(texts, results, strict=True)]


_BASE_SOUND: Final = itemgetter(0)
_OTHER_SYSTEMS: Final = itemgetter(2)


def _system_readings(part_sounds: Sequence[UnitSounds]) -> list[tuple[PartSound, ...]]:
    """A name's parts (`unit_sounds` of each) as each system reads them all, distinct, base
    first; a system with markers only when one of the name's parts holds one (`system_marks`)."""
    if not any(map(_OTHER_SYSTEMS, part_sounds)):  # most names: every system reads them alike
        return [tuple(map(_BASE_SOUND, part_sounds))]
    base, others, differ, marks = zip(*part_sounds, strict=True)
    systems = allowed = 0
    for differ_mask, marks_mask in zip(differ, marks, strict=True):
        systems |= differ_mask
        allowed |= marks_mask
    systems &= allowed
    if not systems:  # no system that reads them otherwise finds its markers
        return [base]
    out = [base]
    for k in range(1, systems.bit_length()):
        if systems >> k & 1:
            parts = tuple(other.get(k, sound) for sound, other in zip(base, others, strict=True))
            if parts not in out:
                out.append(parts)
    return out


def _parts_score(text_parts: Sequence[PartSound], name_parts: Sequence[PartSound]) -> float:
    """Mean likeness of aligned name parts, 0 when any part (the given name too) is unlike."""
    total = 0.0
    for (text_ph, _, text_core, text_shape), (name_ph, _, name_core, name_shape) in zip(
        text_parts, name_parts, strict=True
    ):
        # Another surname (Yevtushenkov, Yevtushenko), not another spelling; an ending is a
        # consonant of the core, so equal cores have equal endings.
        if text_core != name_core and distinct_ending(text_ph) != distinct_ending(name_ph):
            return 0.0
        score = fuzz.ratio(text_ph, name_ph)
        if text_shape == name_shape:
            score = max(score, VOWELS_ONLY)
        if score < (PART_CUTOFF if text_core == name_core else PART_CUTOFF_NEW_CONSONANT):
            return 0.0
        total += score
    mean = total / len(name_parts)
    return mean if mean >= PARTS_MEAN_CUTOFF else 0.0


def _surname_forms(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """How a person is written after the full name: every word sequence ending the name, and each
    surname on its own (Spanish double surnames: "Torres", "Villalba"; "De la Cruz", "Cruz").
    Not the given name, a connector ("Thi", "bin"), nor a second given name of a four-part name."""
    units = name_units(words)
    if len(units) < 2:
        return []
    forms = [words[i:] for i in range(1, len(words)) if words[i] not in PARTICLES]
    first_surname = 2 if len(units) >= 4 else 1
    for a, b in units[first_surname:]:
        part = words[a:b]
        if part[-1] in CONNECTORS or (len(part) == 1 and part[0] in NAME_PREFIXES):
            continue
        forms.append(part)
        bare = part
        while len(bare) > 1 and bare[0] in _DROPPABLE:
            bare = bare[1:]
        forms.append(bare)
    return list(dict.fromkeys(forms))


def _variants(name: str, kind: str, words: tuple[str, ...] | None = None) -> list[tuple[str, ...]]:
    """Folded word sequences a name is written as: as given, and surname first for people."""
    words = fold_name(name) if words is None else words
    if not words:
        return []
    forms = [words]
    if kind == "person" and 2 <= len(words) <= 4:
        # Surname first ("CÁCERES QUISPE, Marisol", "Nguyen Thi Lan" ↔ "Lan Nguyen Thi").
        forms.extend(words[k:] + words[:k] for k in range(1, len(words)))
    return list(dict.fromkeys(forms))


def _acronyms(names: list[str]) -> set[str]:
    out = set()
    for name in names:
        words = Words(name)
        out |= {words.folded[i] for i in range(len(words)) if words.upper(i) and len(words.folded[i]) >= 2}
    return out


def mentions_text(text: str, tokens: Words, start: int, end: int) -> str:
    lo, hi = tokens.span(start, end)
    return text[lo:hi]


def _capitalised_runs(tokens: Words) -> list[tuple[int, int]]:
    """Maximal token ranges of capitalised words, with lower-case particles allowed inside."""
    caps, folded = tokens.caps, tokens.folded
    runs = []
    i, n = 0, len(caps)
    while i < n:
        try:
            i = caps.index(True, i)  # most words are lower case: skip them in C
        except ValueError:
            break
        j = i + 1
        while j < n and (caps[j] or folded[j] in PARTICLES):
            j += 1
        while j > i + 1 and not caps[j - 1]:
            j -= 1
        if j - i >= 2:
            runs.append((i, j))
        i = j
    return runs


def _covered(found: list[tuple[int, int, int, str, float]]) -> set[int]:
    """Token positions inside matches found so far: a later, looser match must not overlap them."""
    return {i for _, start, end, _, _ in found for i in range(start, end)}


def _longest_first(
    found: list[tuple[int, int, int, str, float]],
) -> list[tuple[int, int, int, str, float]]:
    """Drop matches inside a longer (or better) overlapping one; the same span may name two entries."""
    found.sort(key=lambda m: (-(m[2] - m[1]), -m[4], m[1]))
    kept: list[tuple[int, int, int, str, float]] = []
    for m in found:
        clash = False
        for k in kept:
            if m[1] < k[2] and k[1] < m[2] and (m[1], m[2]) != (k[1], k[2]):
                clash = True
                break
            if (m[0], m[1], m[2]) == (k[0], k[1], k[2]):
                clash = True
                break
        if not clash:
            kept.append(m)
    return kept


def _partial_mentions(
    text: str,
    tokens: Words,
    tails: Sequence[tuple[str, ...]],
    ambiguous: set[tuple[str, ...]],
    name_words: frozenset[str],
    taken: set[int],
) -> list[Mention]:
    """Surname-only (or initial + surname) mentions anywhere in a text that also has a full
    mention: headlines often carry the surname, the lede the full name. Skipped: a surname
    another matched entry shares (`ambiguous`), and a surname right after another given name
    ("her brother Luis Cáceres") — a relative, not the entry."""
    if not tails:
        return []
    tail_sounds = {t: word_sounds("".join(t)) for t in tails}
    longest_first = sorted(tails, key=len, reverse=True)
    # A tail starts with its first word, or is one word sounding like the text's word in some
    # romanisation (Ivanou after Ivanov).
    first_words = {t[0] for t in tails}
    one_word_sounds = frozenset().union(*(tail_sounds[t] for t in tails if len(t) == 1))
    folded, caps = tokens.folded, tokens.caps
    found: list[Mention] = []
    i, n = 0, len(tokens)
    while i < n:
        try:
            i = caps.index(True, i)
        except ValueError:
            break
        word = folded[i]
        if i in taken or (
            word not in first_words and (len(word) < 4 or one_word_sounds.isdisjoint(word_sounds(word)))
        ):
            i += 1
            continue
        best: tuple[str, ...] | None = None
        for tail in longest_first:
            end = i + len(tail)
            if end > len(tokens) or any(j in taken for j in range(i, end)):
                continue
            words = tuple(tokens.folded[i:end])
            if words == tail or (
                len(tail) == 1
                and len(words[0]) >= 4
                and not tail_sounds[tail].isdisjoint(word_sounds(words[0]))
            ):
                best = tail
                break
        if best is None or best in ambiguous:
            i += len(best) if best else 1
            continue
        start = i
        if i >= 1 and i - 1 not in taken and len(tokens.folded[i - 1]) == 1 and tokens.capitalised(i - 1):
            start = i - 1  # "A. Bialiatski": the initial belongs to the mention
        elif _other_given_name(tokens, i, name_words):
            i += len(best)
            continue
        end = i + len(best)
        lo, hi = tokens.span(start, end)
        found.append(Mention(lo, hi, text[lo:hi], "partial", 1.0))
        i = end
    return found


def _other_given_name(tokens: Words, i: int, name_words: frozenset[str]) -> bool:
    """Word i follows, in the same sentence, a capitalised word that is not part of the entry's
    name ("Luis Cáceres", "La Paz") — unless the line is written in title case or capitals."""
    while i > 0 and not tokens.capitalised(i - 1) and tokens.folded[i - 1] in PARTICLES:
        i -= 1  # "Pedro de la Cruz": look past the particles
    if i == 0 or not tokens.capitalised(i - 1) or tokens.folded[i - 1] in name_words:
        return False
    lo = tokens.span(i - 1, i)[1]
    hi = tokens.span(i, i + 1)[0]
    if any(ch in '.!?:;\n"“”«»()' for ch in tokens.text[lo:hi]):
        return False  # the capitalised word ends a sentence or a quotation
    return not tokens.headline_case(i)


def drop_namesakes(hits: list[Hit], classification: ClassificationResult) -> list[Hit]:
    """Remove person hits from stories that cannot be about them: no threat category, no
    defender, and the story's countries are known and none of the entry's."""
    if classification.categories or classification.hrd_victim:
        return hits
    story_countries = set(classification.entities.countries)
    if not story_countries:
        return hits
    return [
        h
        for h in hits
        if h.entry.kind != "person" or not h.entry.countries or story_countries & set(h.entry.countries)
    ]
