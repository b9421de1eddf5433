"""`hrdwatch_threats`: scores the seven categories of a document from the language's pattern files.

The algorithm, per trigger found (a phrase of a category's `strong` or `weak` list):
1. cancelled by a category blocker in its sentence ("undersea cable"; one marked `sense` only
   when it holds the trigger: "rule of law" is no law) or, for arrests
   and prosecutions, a perpetrator word in the same sentence ("suspect arrested for killing a
   journalist" is not an arrest of a defender), and by a negation just before it ("not arrested"); ignored inside an organisation's name
   ("Humanitarian Law Center", "Committee to Protect Journalists"); an ambiguous trigger with
   `near: N` needs a target within N tokens ("held seven journalists", not "hold talks");
2. read in its clause (a clause ends at a comma, semicolon, colon, dash or a word such as "but"):
   a harm after an intent cue in its clause ("vowed to kill him", "threatened with arrest") is a
   threat, not an attack or an arrest, and it counts for `threat_harassment`; damped by a
   reversal cue in its sentence (released, acquitted, lifted) or in the headline
   (the whole report is about the threat ending), by a hypothetical cue before it (across
   commas, not past a clause word: "could face fines, arrest", "in danger of arrest", "calls to
   protect"), by a generic cue in its
   sentence ("worldwide") and when it only
   describes who someone is ("the murdered columnist's fiancée", "campaigning for jailed
   activists": a participle before the person, background rather than news);
3. weighted by its target: a defender (or one of the category's own targets) within `window`
   tokens in the same sentence counts fully, one elsewhere in the report counts less, none at all
   leaves only a fraction when the category `needs_target`.
4. marked as background when an earlier event is told: after a background cue in its clause
   ("who had received threats", "previously jailed", "months after") or dated by a bare year
   ("was arrested in 2019"). Background counts only while no other category has a positive
   trigger outside background (the report's main event); beside one it is damped.
5. one report, one event: the main event is the headline's strongest category (else the report's);
   a second positive category stays only when it goes with it (`COMPATIBLE_EVENTS`: arrested and
   charged, raided and devices seized, a law and a shutdown …) or is confirmed across sentences
   (`CONFIRMED`); any other is context told beside the event and is damped (`SECOND_EVENT`).
A category's score is its best trigger's, nudged up by further independent triggers; it is
positive from `THRESHOLD`. The winning trigger and its sentence are the category's evidence.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Final

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from classifiers.gazetteer import COUNTRIES_KEY, ORGANISATIONS_KEY
from classifiers.lemmas import TYPOGRAPHIC_APOSTROPHES
from classifiers.patterns import (
    CUE_KINDS,
    DEFAULT_GAP,
    STRONG_WEIGHT,
    WEAK_WEIGHT,
    Cues,
    Entry,
    LanguagePatterns,
    load_language,
)
from classifiers.persons import NAME_PARTICLES, PERSONS_KEY, is_name_word
from classifiers.taxonomy import (
    ARREST_DETENTION,
    CATEGORIES,
    INTERNET_SHUTDOWN,
    JUDICIAL_HARASSMENT,
    PHYSICAL_ATTACK,
    RESTRICTIVE_LAW,
    SURVEILLANCE_DIGITAL,
    THREAT_HARASSMENT,
)

THRESHOLD: Final = 0.5
NEAR_TARGET: Final = 1.0
DOC_TARGET: Final = 0.7
NO_TARGET: Final = 0.4
REVERSED: Final = 0.15
REVERSED_IN_HEADLINE: Final = 0.45
HYPOTHETICAL: Final = 0.3
GENERIC: Final = 0.55
DESCRIPTIVE: Final = 0.45
DESCRIPTIVE_REACH: Final = 4  # tokens between a participle and the person it describes
NEGATION_REACH: Final = 3  # tokens before a trigger a negation may stand
FILING_REACH: Final = 3  # tokens between "files"/"lodged" and the complaint it files
TITLE_REACH: Final = 3  # capitalised words from an award word to its title ("Nobel Peace Prize winner")
VICTIM_REACH: Final = 3  # tokens between a killing or assault and the defender it names
# Tokens between a judged threat and its victim ("amenazó por teléfono a un periodista").
THREATENED_REACH: Final = 5
PERMISSION_REACH: Final = 3  # tokens between "allows"/"would" and the act a law permits
SOURCE_REACH: Final = 3  # tokens between a defender and the "said" that makes it a source
BACKGROUND_REACH: Final = 5  # tokens between "after"/"since" and the release it dates
HYPOTHETICAL_REACH: Final = 6
INTENT_REACH: Final = 6  # tokens between "vowed to"/"threatened" and the harm it announces
BACKGROUND_SCOPE: Final = 15  # tokens after a background cue its clause may still run
DATED_REACH: Final = 4  # tokens between a trigger and the "in 2019" that dates it
BACKGROUND_AFTER_REACH: Final = 5  # tokens between a trigger and the "last year" after it that dates it
BACKGROUND: Final = 0.45
EXTRA_TRIGGER_BONUS: Final = 0.05
SECOND_EVENT: Final = 0.45  # a category that does not go with the report's main event
CONFIRMED: Final = 0.96  # a near strong trigger told again in two more sentences
PENALTY_REACH: Final = 8  # tokens between a law and the prison term it sets
TOPIC_REACH: Final = 6  # tokens between "footage of"/"reporting on" and the harm it shows
COUNT_REACH: Final = 6  # tokens between a count ("164 defenders") and the trigger it counts
TALLY_MIN: Final = 10  # defenders counted beside a whole year from which the count is the year's tally
GENERIC_REASON: Final = "generic statement"
POSSESSED_REACH: Final = 3  # tokens between a possessive "'s" and the thing it owns ("'s new camera")
REFUSAL_REACH: Final = 6  # tokens between "refuses to"/"asks ... to" and the release it withholds
REFUSED_AFTER_REACH: Final = 1  # tokens between a release word and the refusal after it ("bail was denied")
SEIZURE_REACH: Final = 6  # tokens between "took"/"were taken" and the device it takes
TRANSFER_REACH: Final = 10  # tokens between "dragged"/"was escorted" and the place of custody
PASSIVE_REACH: Final = 2  # words between "was" and the trigger it makes passive ("was briefly held")
PLACE_LINK_REACH: Final = 3  # tokens between "to"/"into" and the place ("to the nearest police station")

# An arrest or a prosecution of a suspect is the system working against an aggressor.
PERPETRATOR_SENSITIVE: Final = frozenset({ARREST_DETENTION, JUDICIAL_HARASSMENT})
# Harm done to someone: a defender named as its object ("killing of", "spying on", "threats against")
# is the victim, so not the one an arrest or a prosecution in that sentence is aimed at.
HARM_TO_PERSON: Final = frozenset({PHYSICAL_ATTACK, THREAT_HARASSMENT, SURVEILLANCE_DIGITAL})
# Harms a court or the police may act on: "jailed for the murder of", "cárcel para el hombre que amenazó
# a un periodista" name the aggressor's crime, not a new attack or threat.
JUDGED_HARM: Final = frozenset({PHYSICAL_ATTACK, THREAT_HARASSMENT})
# A killing or an assault whose suspect is arrested or charged, with no defender in the report, is a
# crime story (`_crime_story`).
# Laws and shutdowns hit civic space as a whole: their targets are defenders by definition.
CIVIC_SPACE: Final = frozenset({RESTRICTIVE_LAW, INTERNET_SHUTDOWN})
# Harms an intent cue turns into a threat ("vowed to kill", "threatened with arrest"); for the
# other categories (bar threats themselves) an intent is only announced: damped as hypothetical.
INTENDED_HARM: Final = frozenset({PHYSICAL_ATTACK, ARREST_DETENTION})
# Events one report tells together: arrested and charged, raided and devices seized, detained and
# beaten, a law and a shutdown, protesters beaten while the network is cut or a law is passed. Any
# other pair (a killing and a court case, an attack and earlier threats, a law and a prosecution)
# is usually one event and the context it is told in.
COMPATIBLE_EVENTS: Final = frozenset(
    frozenset(pair)
    for pair in (
        (ARREST_DETENTION, JUDICIAL_HARASSMENT),
        (ARREST_DETENTION, THREAT_HARASSMENT),
        (ARREST_DETENTION, SURVEILLANCE_DIGITAL),
        (ARREST_DETENTION, PHYSICAL_ATTACK),
        (ARREST_DETENTION, RESTRICTIVE_LAW),
        (SURVEILLANCE_DIGITAL, THREAT_HARASSMENT),
        (SURVEILLANCE_DIGITAL, JUDICIAL_HARASSMENT),
        (JUDICIAL_HARASSMENT, THREAT_HARASSMENT),
        (RESTRICTIVE_LAW, INTERNET_SHUTDOWN),
        (PHYSICAL_ATTACK, INTERNET_SHUTDOWN),
        (PHYSICAL_ATTACK, SURVEILLANCE_DIGITAL),  # beaten and the phone taken: one raid
        (PHYSICAL_ATTACK, RESTRICTIVE_LAW),
        (ARREST_DETENTION, INTERNET_SHUTDOWN),  # journalists held while the network is cut
    )
)
# "sentenced ... for kidnapping, raping and torturing the journalist": a harm after a crime link
# (across an enumeration of harms) is the crime a court or the police act on, not the news; so is
# one after a verdict or an accusation ("found guilty of the murders", "accused of the attack").
JUDGED_REACH: Final = 8  # tokens between "for"/"over" and the last harm of the list it names
# "over his Facebook posts": the words between a crime link and the act of expression it names
EXPRESSION_LINK_REACH: Final = 3
EXPRESSION_ACT: Final = "expression_act"  # the category of a defender match that is an act of expression
OUTLET_LINK_WORDS: Final = 2  # "de", "de la" between a role and the outlet it names
# Categories whose headline can name the kind of its event with a plain blocker alone, and what that kind
# is: a headline outage told as a fault, or an attack told as a hack, makes the lede's cuts or "the attack"
# the same event (elsewhere a headline blocker names one event beside another: "under terror law").
HEADLINE_NAMES_THE_KIND: Final = {
    INTERNET_SHUTDOWN: "a fault, not a block",
    PHYSICAL_ATTACK: "a hack, a fault or a trial, not an assault",
}
# An attack's blockers also say which attacks do not count ("dénonce le meurtre", "figures for killings",
# "beaten again … landslide"), so only a headline with no attack trigger at all names a hack by one.
HEADLINE_KIND_WITHOUT_TRIGGER: Final = frozenset({PHYSICAL_ATTACK})
# Categories whose ambiguous (`near`) words name where another event is decided rather than an event:
# "court keeps the researcher in custody" is a detention, so beside another event they add none (as
# a category's `characterisations` do: "harassment" beside an arrest says what the arrest is).
AMBIGUOUS_SETTING: Final = frozenset({JUDICIAL_HARASSMENT})

# Punctuation that ends a clause: the scope of a modal, intent or background cue.
_CLAUSE_PUNCT: Final = frozenset({",", ";", ":", "—", "–", "(", ")", "[", "]"})
_YEAR: Final = re.compile(r"^(?:19|20)\d\d$")
_SENTENCE_ENDS: Final = frozenset({".", "!", "?", "؟", "…", "。"})
# Words after a hyphen that keep a verb an event ("cut-off", "round-up", "crack-down", "hit-and-run").
_PARTICLES: Final = frozenset({"off", "up", "down", "out", "in", "on", "and", "back", "over"})
_CLOSING_QUOTES: Final = frozenset({"»", "”", '"', "'", "’"})
_HYPHENS: Final = frozenset({"-", "‑"})
# Quotes around an offence's name ("pour « harcèlement »", "por «terrorismo»") leave it the crime named.
_QUOTES: Final = _CLOSING_QUOTES | {"«", "“", "‘"}

# Punctuation between a participle and a person that shows it is a verb ("jailed: the activist").
_NOT_A_DESCRIPTOR: Final = frozenset({",", ":", ";", "-", "—", "–"})
# Per-language words these rules read are cues-file data (`WORD_KEYS` in patterns.py): participles
# that describe someone and the words around them ("the jailed activist", "jailed in"), the time
# links that date a release ("rearrested hours after his release"), the clause links that end the
# phrase a killing names its victim in ("killed and the journalist fled"), the words that name the
# crime a court judges ("jailed for the murder", "guilty of") and those that show a defender tells
# the story ("his lawyer", "according to").


@dataclass(frozen=True)
class Rule:
    kind: str  # strong | weak | blocker | target | reversal | a cue kind
    category: str  # "" for language-wide cues
    phrase: str
    weight: float = 0.0
    near: int | None = None
    sense: bool = False
    exact: bool = False  # matched on the lower-case form, not the lemma


@dataclass(frozen=True)
class GappedPhrase:
    """A pattern entry written with gaps ("let … go"): its parts, matched apart, make one match of `rule`."""

    rule: Rule
    part_ids: tuple[int, ...]  # the matchers' keys of the parts, in order
    gap: int  # the most tokens between two consecutive parts


@dataclass(frozen=True)
class Occurrence:
    """One trigger and how its context changed its score (what `hrdwatch explain` shows)."""

    category: str
    start: int  # token indices
    end: int
    score: float
    sentence: tuple[int, int]
    reasons: tuple[str, ...]
    background: bool = False  # tells an earlier event, not the report's news
    # Names the setting or the character of another event, not an event: a `near` word of a category in
    # AMBIGUOUS_SETTING ("court", "case") or one of the category's `characterisations` ("harassment").
    setting: bool = False
    # A harm announced, not done ("vowed to kill her"): a threat made now, a new event beside an attack.
    announced: bool = False
    # An arrest or a prosecution cancelled because it is aimed at the aggressor ("suspect held in attack on
    # reporter", "prende o homem que ameaçou a jornalista"), not at a defender.
    aggressors: bool = False


@dataclass
class ThreatAnalysis:
    scores: dict[str, float]
    categories: tuple[str, ...]
    hrd_victim: bool
    defenders_found: bool = False
    best: dict[str, Occurrence] = field(default_factory=dict)  # best trigger per category seen
    occurrences: list[Occurrence] = field(default_factory=list)

    @property
    def evidence_candidates(self) -> frozenset[str]:
        """Categories with a live trigger: only these may be positive, whatever a model says."""
        return frozenset(c for c, occ in self.best.items() if occ.score > 0)

    def reported(self, scores: Mapping[str, float]) -> tuple[str, ...]:
        """The categories `scores` (the rules' or a gate's) report: from the threshold, with a live trigger."""
        live = self.evidence_candidates
        return tuple(c for c in CATEGORIES if scores.get(c, 0.0) >= THRESHOLD and c in live)

    def best_for(self, category: str) -> Occurrence:
        return self.best[category]

    def hrd_victim_with(self, categories: tuple[str, ...]) -> bool:
        return self.defenders_found or any(c in CIVIC_SPACE for c in categories)


@dataclass(frozen=True)
class Derived:
    """Spans the scorer reads off the matches, kept apart from what the matchers found."""

    judged: tuple[tuple[int, int, Rule], ...]  # harms named as the crime a court or the police act on
    speakers: tuple[tuple[int, int, Rule], ...]  # defenders who tell the story rather than suffer it
    tried: tuple[tuple[int, int, Rule], ...]  # the headline's aggressor tried or arrested (see _tried)
    # judged harms named as a suspect's or an accused's crime ("Reyes, accused of ordering the killing,
    # gives himself up"): the arrest or trial in their sentence is the aggressor's, before or after them
    accused: tuple[tuple[int, int, Rule], ...] = ()
    # "Monitor: 23 journalists faced 408 years in jail in April": a headline with a generic cue and a
    # digit counts over a period, so the lede gives the trend's figures ("the third this year": news).
    trend_headline: bool = False
    # "Monitor: 82 abductions since June, 29 still missing": a headline trigger counted over a period makes
    # the headline a statistic, so its other clauses ("impunity fuelling more murders") and the lede are the
    # trend's too, not incidents. The ends of the counted triggers (empty: no such headline).
    counted_headline: tuple[int, ...] = ()
    # "Reporter held for 30 hours, then freed": the headline tells a detention and then its end, in a
    # clause of its own; the report is about the detention (GUIDELINES rule 3), not the release.
    held_then_freed: bool = False
    # The headline tells a detention and no release (or one after it): the lede's "arrested …; released
    # on 22 February" is the same detention, then its end.
    headline_detention: bool = False
    # "Provider failure leaves the north without internet": categories whose every headline trigger a
    # plain blocker there cancels; the lede's "cuts" are the same fault, not a new event.
    headline_blocked: frozenset[str] = frozenset()
    # "Court jails the gunman who killed the broadcaster": a headline that sentences the aggressor tells
    # its own attack as the crime judged, as it does the lede's.
    headline_verdict: bool = False
    # "Reporter serving 18 months for « harassment »": threats named as the offence a defender is charged
    # with or sentenced for, not threats made against one
    charges: tuple[tuple[int, int, Rule], ...] = ()
    # Tokens inside organisation names: "Law" in "Humanitarian Law Center" is no law, the 19 in "Artigo 19"
    # counts nothing
    in_names: frozenset[int] = frozenset()


if not Doc.has_extension("threats"):
    Doc.set_extension("threats", default=None)


class ThreatScorer:
    def __init__(self, nlp: Language, name: str, patterns: LanguagePatterns | None = None) -> None:
        self.name = name
        self.patterns = patterns or load_language(str(nlp.lang))
        self.rules: dict[int, Rule] = {}
        self.by_lemma = PhraseMatcher(nlp.vocab, attr="NORM")
        self.by_form = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.gapped: list[GappedPhrase] = []
        cues = self.patterns.cues
        for kind in CUE_KINDS:
            self._add(nlp, kind, "", getattr(cues, kind), 0.0)
        self.window: dict[str, int] = {}
        self.needs_target: dict[str, bool] = {}
        self.own_targets: set[str] = set()
        self.ignored_cues: dict[str, frozenset[str]] = {}
        for category, cat in self.patterns.categories.items():
            self.window[category] = cat.window
            self.needs_target[category] = cat.needs_target
            self._add(nlp, "strong", category, cat.strong, STRONG_WEIGHT)
            self._add(nlp, "weak", category, cat.weak, WEAK_WEIGHT)
            self._add(nlp, "blocker", category, cat.blockers, 0.0)
            self._add(nlp, "target", category, cat.targets, 0.0)
            self._add(nlp, "reversal", category, cat.reversal, 0.0)
            self._add(nlp, "place", category, cat.places, 0.0)
            self._add(nlp, "characterisation", category, cat.characterisations, 0.0)
            self._add(nlp, "seizure", category, cat.seizures, 0.0)
            self._add(nlp, "device", category, cat.devices, 0.0)
            self._add(nlp, "transfer", category, cat.transfers, 0.0)
            self._add(nlp, "custody_place", category, cat.custody_places, 0.0)
            if cat.targets:
                self.own_targets.add(category)
            self.ignored_cues[category] = frozenset(e.phrase for e in cat.ignore_cues)

    def _add(
        self, nlp: Language, kind: str, category: str, entries: tuple[Entry, ...], weight: float
    ) -> None:
        for entry in entries:
            key = f"hrdwatch|{kind}|{category}|{entry.phrase}"
            rule = Rule(
                kind, category, entry.phrase, entry.weight or weight, entry.near, entry.sense, entry.exact
            )
            if not entry.gapped:
                self.rules[nlp.vocab.strings.add(key)] = rule
                self._add_phrase(nlp, key, entry.phrase, entry.exact)
                continue
            # Each part is matched on its own; `_gapped_matches` joins them into one match of the rule.
            part_ids = []
            for index, part in enumerate(entry.parts):
                part_key = f"{key}|part {index}"
                part_ids.append(nlp.vocab.strings.add(part_key))
                self._add_phrase(nlp, part_key, part, entry.exact)
            self.gapped.append(GappedPhrase(rule, tuple(part_ids), entry.gap or DEFAULT_GAP))

    def _add_phrase(self, nlp: Language, key: str, phrase: str, exact: bool) -> None:
        if exact:  # matched on the surface, where "d'" is also written "d’"
            lower = phrase.lower()
            forms = dict.fromkeys([lower, *(lower.replace("'", a) for a in TYPOGRAPHIC_APOSTROPHES)])
            self.by_form.add(key, [nlp.make_doc(form) for form in forms])
        else:
            self.by_lemma.add(key, [nlp.make_doc(phrase)])

    def _live_reversal(
        self,
        doc: Doc,
        cue: tuple[int, int, Rule],
        found: dict[str, list[tuple[int, int, Rule]]],
        breaks: list[int],
    ) -> bool:
        """A reversal cue counts unless it dates a later event, is refused or only asked for
        ("court refuses to free", "asks the minister to lift the block") or is part of a longer
        trigger ("court dismisses appeal" is a defeat, not a dismissal of the case)."""
        start, end, _ = cue
        if end < len(doc) and doc[end].text in _HYPHENS:  # a compound modifier: "award-winning"
            return False
        if _names_a_title(doc, cue, found, self.patterns.cues):
            return False
        # Not across a sentence end: "will not let the story go. Belarus lets detained journalists go".
        if any(
            0 <= start - e <= REFUSAL_REACH
            and _same_clause(breaks, e, start)
            and not _sentence_break_between(doc, e, start)
            for _, e, _ in found.get("refusals", [])
        ):
            return False
        # A refusal right after the release word withholds it too ("libertad condicional rechazada", "bail was
        # denied", "liberté provisoire refusée"), unless a defender stands between ("freed activist refuses to
        # leave" is someone freed) or it is a negation, which reads forward: "released them without charge".
        if any(
            0 <= s - end <= REFUSED_AFTER_REACH
            and _same_clause(breaks, end, s)
            and not _sentence_break_between(doc, end, s)
            and not any(end <= d[0] and d[1] <= s for d in found.get("defenders", []))
            and not any(_overlaps(n, s, e) for n in found.get("negation", []))
            for s, e, _ in found.get("refusals", [])
        ):
            return False
        # "HRW: drop the case against …", "Amnesty: charge or release …": verbs in their base form right
        # after the headline's colon are a call, not an event.
        cues = self.patterns.cues
        mark = next((t.i for t in doc[max(0, start - 3) : start] if t.text in cues.call_marks), None)
        if (
            mark is not None
            and not any(t.text in _SENTENCE_ENDS or "\n" in t.text for t in doc[:start])  # the headline
            and not (end < len(doc) and doc[end].lower_ in cues.noun_links)
            and all(t.is_alpha and t.lower_ == t.norm_ for t in doc[mark + 1 : start + 1])
        ):
            return False
        before = doc[max(0, start - BACKGROUND_REACH) : start]
        if any(
            t.lower_ in self.patterns.cues.time_links and not any(u.is_punct for u in doc[t.i : start])
            for t in before
        ):
            return False
        return not any(
            s <= start and end <= e and (e - s) > (end - start)
            for s, e, _ in found.get("strong", []) + found.get("weak", [])
        )

    def __call__(self, doc: Doc) -> Doc:
        doc._.threats = self.analyse(doc)
        return doc

    def find(self, doc: Doc) -> dict[str, list[tuple[int, int, Rule]]]:
        """Every pattern entry found in `doc`, by kind: gapped phrases as one match each."""
        return self._find(doc)[0]

    def _find(self, doc: Doc) -> tuple[dict[str, list[tuple[int, int, Rule]]], list[int] | None]:
        """`find`, and the clause breaks when the gapped phrases needed them (`analyse` reuses them)."""
        found: dict[str, list[tuple[int, int, Rule]]] = {}
        parts: dict[int, list[tuple[int, int]]] = {}  # matches of gapped phrases' parts, by part
        for match_id, start, end in [*self.by_lemma(doc), *self.by_form(doc)]:
            rule = self.rules.get(match_id)
            if rule is None:
                parts.setdefault(match_id, []).append((start, end))
            else:
                found.setdefault(rule.kind, []).append((start, end, rule))
        if not parts:
            return found, None
        # after the plain matches: the clause-break words bound the gaps
        breaks = _clause_breaks(doc, found)
        gapped = _gapped_matches(self.gapped, parts, _gap_barriers(doc, breaks))
        for start, end, rule in gapped:
            found.setdefault(rule.kind, []).append((start, end, rule))
        # a gapped clause-break cue is one more break, so those breaks are computed afresh
        return found, None if any(rule.kind == "clause_breaks" for _, _, rule in gapped) else breaks

    def analyse(self, doc: Doc) -> ThreatAnalysis:
        found, known_breaks = self._find(doc)
        # "jailed for calling the president an « assassin »": a perpetrator word in quotation marks is what
        # someone was called, not an aggressor the arrest or trial is aimed at.
        # A cue inside a longer harm trigger is part of that harm's words ("بالقتل" in "تهديدات بالقتل", death
        # threats) and names no aggressor anywhere; a cue that is a whole trigger ("gunman") still does.
        harms = [t for t in found.get("strong", []) + found.get("weak", []) if t[2].category in JUDGED_HARM]
        found["perpetrators"] = [
            m
            for m in found.get("perpetrators", [])
            if not _in_quotes(doc, m[0], m[1])
            and not any(t[0] <= m[0] and m[1] <= t[1] and t[1] - t[0] > m[1] - m[0] for t in harms)
        ]
        found["defenders"] = (
            found.get("defenders", [])
            + _known_by_outlet(doc, found.get("outlet_roles", []), self.patterns.cues)
            + _punished_for_expression(doc, found, self.patterns.cues)
        )
        defenders = found.get("defenders", [])
        in_names = frozenset(_tokens_in_spans(doc, ORGANISATIONS_KEY))

        def outside_names(matches: list[tuple[int, int, Rule]]) -> list[tuple[int, int, Rule]]:
            # "Humanitarian Law Center" is no law, "Amnistía Internacional" reverses nothing.
            return [m for m in matches if not in_names.issuperset(range(m[0], m[1]))]

        # A reversal cue inside one of `reversal_blockers` is that word in another sense ("free speech",
        # "отменить концерт"), as a `sense` blocker cancels only the trigger inside it.
        other_senses = found.get("reversal_blockers", [])
        found["reversal"] = [
            m
            for m in outside_names(found.get("reversal", []))
            if not _part_of_a_title(doc, m[0], m[1])
            and not any(s <= m[0] and m[1] <= e for s, e, _ in other_senses)
        ]
        triggers = outside_names(found.get("strong", []) + found.get("weak", []))
        triggers += _seized_devices(doc, found, self.patterns.cues)
        triggers = _outside_longer_triggers(_distinct(triggers))
        # after: someone dragged to a van may be beaten on the way ("drag" stays an assault too)
        triggers += _taken_into_custody(doc, found, self.patterns.cues)
        scores = dict.fromkeys(CATEGORIES, 0.0)
        if not triggers:
            return ThreatAnalysis(scores, (), bool(defenders), bool(defenders))
        starts = _sentence_starts(doc)
        headline_end = starts[1] if len(starts) > 1 else len(doc)
        # Categories the headline reports undone ("" for a language-wide cue: all of them): "Australia
        # shelves misinformation bill" makes the lede's "the bill would have ..." no new law.
        # A release called for is none: "groups demand release of reporter", "must free".
        breaks = known_breaks if known_breaks is not None else _clause_breaks(doc, found)
        live_headline_reversals = [
            m
            for m in found.get("reversal", [])
            if m[0] < headline_end
            and self._live_reversal(doc, m, found, breaks)
            and not any(0 <= m[0] - e <= NEGATION_REACH for _, e, _ in found.get("hypothetical", []))
        ]
        headline_reversed = frozenset((m[2].category, m[2].phrase) for m in live_headline_reversals)
        judged, accused = _judged_harms(doc, triggers, starts, found, self.patterns.cues)
        charges = tuple(_charges(doc, triggers, starts, found, self.patterns.cues, judged))
        held_then_freed = bool(live_headline_reversals) and all(
            any(
                _released_afterwards(doc, t[1], m, breaks)
                for t in triggers
                if t[0] < headline_end and t[2].category == ARREST_DETENTION
            )
            for m in live_headline_reversals
        )
        headline_convictions = [m for m in found.get("convictions", []) if m[0] < headline_end]
        # "Activist sentenced to five years": the arrest the lede tells ("arrested in July 2017",
        # "held since June") is the verdict's past, not a second event.
        verdict = bool(headline_convictions)
        # The headline's own attack is the crime judged too, unless the verdict only dates a new attack
        # ("stabbed days after court sentences his attacker").
        headline_verdict = any(
            _background(doc, s, e, (0, headline_end), found, breaks, self.patterns.cues.genitives) is None
            for s, e, _ in headline_convictions
        )
        derived = Derived(
            judged=judged,
            accused=accused,
            speakers=tuple(
                _speakers(
                    doc,
                    found.get("defenders", []),
                    found.get("sources", []),
                    headline_end,
                    self.patterns.cues,
                )
            ),
            tried=_tried(judged, found, headline_end),
            held_then_freed=held_then_freed,
            headline_detention=any(
                t[0] < headline_end and t[2].category == ARREST_DETENTION for t in triggers
            )
            and (held_then_freed or not live_headline_reversals),
            headline_blocked=_headline_blocked(triggers, found, headline_end),
            trend_headline=_trend_headline(doc, triggers, found, breaks, headline_end),
            counted_headline=_counted_headline(
                doc, triggers, found, breaks, starts, in_names, self.patterns.cues
            ),
            headline_verdict=headline_verdict,
            charges=charges,
            in_names=in_names,
        )
        occurrences = [
            self._score(
                doc, start, end, rule, found, derived, starts, headline_end, headline_reversed, breaks, intent
            )
            for start, end, rule, intent in _read_intents(doc, triggers, found, breaks)
        ]
        # A headline that frees or acquits someone ("X free after two years in custody") tells the news; a
        # bill pulled or a site unblocked says nothing of the people the report recalls.
        freed = not held_then_freed and any(
            m[2].category in ("", ARREST_DETENTION, JUDICIAL_HARASSMENT) for m in live_headline_reversals
        )
        # A report that only looks back and tells, anywhere, that the thing was undone ("Nigeria had blocked
        # the platform in June … Access was restored") reports the undoing: the category's past is no event.
        undone = frozenset(
            m[2].category
            for m in found.get("reversal", [])
            if m[2].category
            and self._live_reversal(doc, m, found, breaks)
            and not any(0 <= m[0] - e <= NEGATION_REACH for _, e, _ in found.get("hypothetical", []))
            and _background(
                doc,
                m[0],
                m[1],
                _sentence_of(starts, m[0], len(doc)),
                found,
                breaks,
                self.patterns.cues.genitives,
            )
            is None
        )
        occurrences = _aggressors_case(occurrences, headline_end)
        occurrences = _background_beside_main_event(occurrences, freed, undone)
        best: dict[str, Occurrence] = {}
        for occ in occurrences:
            if occ.category not in best or occ.score > best[occ.category].score:
                best[occ.category] = occ
        _total_scores(scores, best, occurrences)
        beside = _incompatible_beside_main_event(scores, best, occurrences, headline_end, verdict)
        if beside:
            occurrences = [
                replace(
                    o,
                    score=round(o.score * SECOND_EVENT, 3),
                    reasons=(*o.reasons, f"a second event unlike the main one ({beside[o.category]})"),
                )
                if o.category in beside
                else o
                for o in occurrences
            ]
            best = {c: _best(occurrences, c) for c in best}
            _total_scores(scores, best, occurrences)
        positive = tuple(c for c in CATEGORIES if scores[c] >= THRESHOLD)
        hrd_victim = bool(defenders) or any(c in CIVIC_SPACE for c in positive)
        return ThreatAnalysis(scores, positive, hrd_victim, bool(defenders), best, occurrences)

    def _score(
        self,
        doc: Doc,
        start: int,
        end: int,
        rule: Rule,
        found: dict[str, list[tuple[int, int, Rule]]],
        derived: Derived,
        starts: list[int],
        headline_end: int,
        headline_reversed: frozenset[tuple[str, str]],
        breaks: list[int],
        intent: str | None = None,
    ) -> Occurrence:
        category = rule.category
        sentence = _sentence_of(starts, start, len(doc))
        reasons: list[str] = [f"{rule.kind} trigger {doc[start:end].text!r}"]
        if intent is not None:
            reasons.append(f"announced, not done ({intent!r}): a threat")
        background = _background(
            doc, start, end, sentence, found, breaks, self.patterns.cues.genitives, self.patterns.cues
        )
        if background is not None:
            reasons.append(f"background: an earlier event ({background!r})")

        ignored = self.ignored_cues.get(category, frozenset())
        # A modal reaches across commas ("could face fines, arrest and prison") but not past a
        # word that starts another clause ("may appeal, but was arrested").
        word_breaks = [m[0] for m in found.get("clause_breaks", [])]

        def in_sentence(kind: str, own: bool = False) -> list[tuple[int, int, Rule]]:
            return sentence_matches(found.get(kind, []), own)

        def sentence_matches(
            matches: Iterable[tuple[int, int, Rule]], own: bool = False
        ) -> list[tuple[int, int, Rule]]:
            return [
                m
                for m in matches
                if sentence[0] <= m[0] < sentence[1]
                and (m[2].category == category if own else True)
                and m[2].phrase not in ignored
            ]

        setting = (rule.near is not None and category in AMBIGUOUS_SETTING) or any(
            s <= start and end <= e for s, e, _ in in_sentence("characterisation", own=True)
        )

        def done(score: float, why: str, aggressors: bool = False) -> Occurrence:
            reasons.append(why)
            return Occurrence(
                category,
                start,
                end,
                round(score, 3),
                sentence,
                tuple(reasons),
                background is not None,
                setting,
                intent is not None,
                aggressors,
            )

        def aims_at_aggressor() -> bool:
            """An arrest or a prosecution done (a strong trigger, no background, not asked for: "asks the
            committee to open a case over the threat") whose word is no harm itself (an abduction)."""
            return (
                rule.kind == "strong"
                and background is None
                and not any(
                    t[2].category in JUDGED_HARM and (t[0], t[1]) == (start, end)
                    for t in found.get("strong", []) + found.get("weak", [])
                )
                and not any(
                    0 <= start - e <= HYPOTHETICAL_REACH and _same_clause(breaks, e, start)
                    for _, e, _ in in_sentence("hypothetical")
                )
            )

        # A blocker marked `sense` names one meaning of a trigger word ("rule of law") and cancels
        # only the trigger inside it; any other sets the scene for its whole sentence ("cable cut").
        # A category that ignores the hypothetical cues (laws) reads a blocker right after one as
        # what the law permits ("the law allows police to detain protesters"), not as the event.
        permissions = [m for m in found.get("hypothetical", []) if m[2].phrase in ignored]
        blockers = [
            m
            for m in in_sentence("blocker", own=True)
            if not _is_the_trigger(m, (start, end, rule))
            and not (
                category == RESTRICTIVE_LAW
                and _penalty_of(doc, (start, end), m[0], breaks, found)
                and any(
                    t[2].category == JUDICIAL_HARASSMENT and _overlaps(t, m[0], m[1])
                    for t in found.get("strong", [])
                )
            )
            and (not m[2].sense or _overlaps(m, start, end))
            and not any(0 <= m[0] - e <= PERMISSION_REACH for _, e, _ in permissions)
            and not any(0 <= m[0] - e <= 1 for _, e, _ in in_sentence("negation"))  # "without charge"
        ]
        if blockers:
            return done(0.0, f"cancelled by {doc[blockers[0][0] : blockers[0][1]].text!r}")
        if start >= headline_end and category in derived.headline_blocked:
            return done(0.0, f"the headline tells the event as {HEADLINE_NAMES_THE_KIND[category]}")
        judged = sentence_matches(derived.judged)
        tried = derived.tried
        if category in PERPETRATOR_SENSITIVE and (
            # the crime the arrest or trial in its sentence is for, told after it ("arrest suspect in
            # murder of reporter") or before it ("Reyes, accused of ordering the killing, gives himself up")
            any(m[0] > start or m in derived.accused for m in judged) or (tried and start >= headline_end)
        ):
            crime = (judged or tried)[0]
            return done(
                0.0, f"the accused is the aggressor ({doc[crime[0] : crime[1]].text!r})", aims_at_aggressor()
            )
        if category in JUDGED_HARM and any(m[0] == start for m in judged):
            return done(0.0, "the crime a court or the police act on, not a new attack")
        if (start, end, rule) in derived.charges:
            return done(0.0, "the offence a defender is charged with, not a threat")
        # "Five years after the assassination of the editor, court gives life term to X": an attack the
        # headline dates as past beside a verdict it tells as news is the crime that verdict is about.
        if (
            category == PHYSICAL_ATTACK
            and start < headline_end
            and background is not None
            and derived.headline_verdict
        ):
            return done(0.0, "an earlier attack the headline's verdict is about")
        # The lede's threats are the crime only when the headline sentences one ("cárcel para el hombre
        # que amenazó a un periodista") or names its suspect by it ("accusé d'avoir menacé une reporter, un
        # homme comparaîtra": an accusation that holds the threat), not when it merely names a suspect or a case
        # ("case over the threat", "asks police to open a case over the threat").
        if (
            category in JUDGED_HARM
            and tried
            and (start >= headline_end or derived.headline_verdict)
            and (
                category == PHYSICAL_ATTACK
                or tried[0][2].kind != "perpetrators"
                or any(
                    t[2].category == category and _overlaps(t, p[0], p[1])
                    for p in tried
                    if doc[p[0]].lower_ in self.patterns.cues.accusations
                    for t in (*found.get("strong", []), *found.get("weak", []))
                )
            )
        ):
            return done(
                0.0, f"the crime the headline's case is about ({doc[tried[0][0] : tried[0][1]].text!r})"
            )
        perps = in_sentence("perpetrators")
        if perps and category in PERPETRATOR_SENSITIVE:
            # "assassinados" read as "assassino": a cue that is only a harm word names no aggressor
            named = not any(
                (t[0], t[1]) == (perps[0][0], perps[0][1])
                for t in found.get("strong", []) + found.get("weak", [])
            )
            return done(
                0.0,
                f"the target is a perpetrator ({doc[perps[0][0] : perps[0][1]].text!r})",
                named and aims_at_aggressor(),
            )
        done_by = (
            _harm_done_by_the_one_held(doc, start, sentence, found, breaks, self.patterns.cues)
            if category in PERPETRATOR_SENSITIVE
            else None
        )
        if done_by is not None:
            return done(
                0.0,
                f"the one held did the harm its relative clause tells ({doc[done_by[0] : done_by[1]].text!r})",
                aims_at_aggressor(),
            )
        if perps and category == PHYSICAL_ATTACK and _crime_story(found):
            return done(
                0.0, f"an ordinary crime: a suspect and no defender ({doc[perps[0][0] : perps[0][1]].text!r})"
            )
        if any(0 <= start - e <= NEGATION_REACH for _, e, _ in in_sentence("negation")):
            return done(0.0, "negated")
        if _in_a_compound(doc, start, end):
            return done(0.0, "part of a compound word naming something else")
        score = rule.weight
        # "searched Ana Vel's flat", "searches the flat of the union leader": a place the ambiguous word acts
        # on, in its clause, makes it the raid itself whoever owns the place.
        place = (
            next(
                (
                    m
                    for m in in_sentence("place", own=True)
                    if 0 <= m[0] - end <= rule.near
                    and _same_clause(breaks, end, m[0])
                    and _object_of(doc, end, m[0], self.patterns.cues)
                ),
                None,
            )
            if rule.near is not None
            else None
        )
        if place is not None:
            score = max(score, STRONG_WEIGHT)
            reasons.append(f"acts on a place ({doc[place[0] : place[1]].text!r})")
        hypotheticals = in_sentence("hypothetical")
        reversal = [
            m
            for m in in_sentence("reversal")
            if m[2].category in ("", category)
            and not any(0 <= m[0] - e <= NEGATION_REACH for _, e, _ in hypotheticals)
            and self._live_reversal(doc, m, found, breaks)
            and not (
                category == ARREST_DETENTION
                and background is None
                and (start < headline_end or derived.headline_detention)
                and _released_afterwards(doc, end, m, breaks)
            )
            # "detained, beaten at the station, where he spent two hours, before being released": a release told
            # in a later clause after a detention ends that detention; it does not undo the beating, the threat
            # or the phone wiped before it.
            and not (
                category in HARM_TO_PERSON
                and not m[2].category
                and background is None
                and _released_afterwards(doc, end, m, breaks)
                and any(
                    t[2].category == ARREST_DETENTION and sentence[0] <= t[0] < m[0]
                    for t in found.get("strong", []) + found.get("weak", [])
                )
            )
        ]
        if reversal:
            score *= REVERSED
            reasons.append(f"reversed by {doc[reversal[0][0] : reversal[0][1]].text!r}")
        elif (
            start >= headline_end
            and not (category == ARREST_DETENTION and derived.held_then_freed)
            and any(c in ("", category) and phrase not in ignored for c, phrase in headline_reversed)
        ):
            score *= REVERSED_IN_HEADLINE
            reasons.append("the headline reports a release, acquittal or similar")
        # A detention read off a release asked for ("потребовал … немедленно освободить журналиста",
        # "call for the release"): the demand before it is what the trigger says, not a doubt.
        release_asked = category == ARREST_DETENTION and any(
            start <= s and e <= end for s, e, _ in found.get("reversal", [])
        )
        if not release_asked and any(
            0 <= start - e <= HYPOTHETICAL_REACH and _same_clause(word_breaks, e, start)
            for _, e, _ in hypotheticals
        ):
            score *= HYPOTHETICAL
            reasons.append("hypothetical or a call to act")
        elif category != THREAT_HARASSMENT and any(
            0 <= start - e <= INTENT_REACH and _same_clause(breaks, e, start)
            for _, e, _ in in_sentence("intent")
        ):
            score *= HYPOTHETICAL
            reasons.append("announced or threatened, not done")
        elif category == JUDICIAL_HARASSMENT and any(
            r.category == RESTRICTIVE_LAW
            and sentence[0] <= s
            and _penalty_of(doc, (s, e), start, breaks, found)
            for s, e, r in found.get("strong", [])
        ):
            score *= HYPOTHETICAL
            reasons.append("a penalty a law sets, not a prosecution")
        if in_sentence("generic"):
            score *= GENERIC
            reasons.append(GENERIC_REASON)
        elif _counted_over_a_period(
            doc,
            start,
            end,
            sentence,
            found,
            breaks,
            derived.in_names,
            self.patterns.cues.numbers,
            self.patterns.cues.attached_links,
        ):
            score *= GENERIC
            reasons.append(f"{GENERIC_REASON}: a count over a period")
        elif (start >= headline_end and derived.trend_headline) or _beside_a_headline_count(
            start, headline_end, derived.counted_headline, breaks
        ):
            score *= GENERIC
            reasons.append(f"{GENERIC_REASON}: the headline announces a trend report")
        topic = _topic_of_work(doc, start, end, found, in_sentence("topics"), breaks, self.patterns.cues)
        if topic is not None:
            score *= DESCRIPTIVE
            reasons.append(f"the subject of someone's reporting ({doc[topic[0] : topic[1]].text!r})")
        if _describes_someone(doc, start, end, sentence, found.get("defenders", []), self.patterns.cues):
            score *= DESCRIPTIVE
            reasons.append("describes who someone is, not what happened")
        speakers = derived.speakers if category == JUDICIAL_HARASSMENT else ()
        defenders = [
            d
            for d in found.get("defenders", [])
            if d not in speakers
            # "over an article on police abuses": the act is whom a custody or a trial punishes, no victim
            and (d[2].category != EXPRESSION_ACT or category in PERPETRATOR_SENSITIVE)
        ]
        if category == JUDICIAL_HARASSMENT:
            defenders = _not_complainants(defenders, start, end, sentence, found.get("filings", []), breaks)
        if category in PERPETRATOR_SENSITIVE:
            # "the killing of a journalist": that journalist is the victim of the violence, not the
            # one arrested or tried ("police arrest suspect in killing of reporter").
            defenders = [
                d
                for d in defenders
                if not _victim_of_harm(doc, d, found, self.patterns.cues)
                or _held_after_the_harm(doc, d, start, end, sentence, self.patterns.cues)
            ]
        targets = defenders + (
            [m for m in found.get("target", []) if m[2].category == category]
            if category in self.own_targets
            else []
        )
        window = self.window.get(category, 12)
        near = [
            m for m in targets if sentence[0] <= m[0] < sentence[1] and _distance(m, start, end) <= window
        ]
        # What a shutdown verb cuts is a network or a platform: "suspended the activist" is no shutdown.
        sense_targets = [m for m in near if m[2].kind == "target"] if category == INTERNET_SHUTDOWN else near
        if category == ARREST_DETENTION:
            # "seize the photographer's camera", "took journalists' phones": the owner is not the one held.
            sense_targets = [
                m
                for m in sense_targets
                if not _possessor_of_a_thing(doc, m, category, found, self.patterns.cues)
            ]
        if (
            rule.near is not None
            and place is None
            and not any(_distance(m, start, end) <= rule.near for m in sense_targets)
        ):
            # Only custody and prosecution: "the site was hit", "he was targeted" name no one held.
            subject = (
                _passive_subject(doc, start, sentence, sense_targets, self.patterns.cues)
                if category in PERPETRATOR_SENSITIVE
                else None
            )
            # Not in a clause telling an earlier event ("files complaint against officers who beat her"):
            # the pronoun there is the complainant's, and the harm the complaint's subject.
            if subject is None and background is None:
                subject = _pronoun_object(doc, start, end, sentence, sense_targets, self.patterns.cues)
            if subject is None:
                return done(0.0, f"ambiguous without a target within {rule.near} tokens")
            reasons.append(f"acts on {doc[subject[0] : subject[1]].text!r}, named earlier in its sentence")
        # "Police detained him", "la presionaron": with no target in its sentence, the trigger's object pronoun
        # stands for the one named in an earlier sentence, who is then as near as a target in the clause.
        named_before = (
            _pronoun_object(doc, start, end, (0, sentence[1]), targets, self.patterns.cues)
            if targets and not near
            else None
        )
        if near:
            factor, why = NEAR_TARGET, f"target {doc[near[0][0] : near[0][1]].text!r} nearby"
        elif named_before is not None:
            factor = NEAR_TARGET
            why = f"its pronoun stands for {doc[named_before[0] : named_before[1]].text!r}, named before"
        elif targets:
            factor, why = DOC_TARGET, f"target {doc[targets[0][0] : targets[0][1]].text!r} elsewhere"
        elif self.needs_target.get(category, True):
            factor, why = NO_TARGET, "no target"
        else:
            factor, why = NEAR_TARGET, "no target needed"
        return done(score * factor, why)


def _held_after_the_harm(
    doc: Doc,
    defender: tuple[int, int, Rule],
    start: int,
    end: int,
    sentence: tuple[int, int],
    cues: Cues,
) -> bool:
    """The victim of a harm is the one held when "and" joins the arrest to that harm and a pronoun is its
    object: "searched the activist's home and detained him", "обыскали дом активиста и задержали его". The
    coordinator is a clause link that also joins a list of harms (and, и, y, e, et); a clause between them
    ("threatened to kill the journalists and blow up the office, and jailed him") leaves the pronoun the
    aggressor's."""
    coordinators = cues.coordinators
    pronoun = _object_pronoun(doc, start, end, sentence, cues)
    # "y lo detuvieron", "e o prenderam": the coordinator stands before the clitic
    verb_start = min(start, pronoun) if pronoun is not None else start
    return (
        pronoun is not None
        and sentence[0] <= defender[0]
        and defender[1] < verb_start
        and doc[verb_start - 1].lower_ in coordinators
        and not any(t.text in _CLAUSE_PUNCT for t in doc[defender[1] : verb_start])
    )


def _passive_subject(
    doc: Doc,
    start: int,
    sentence: tuple[int, int],
    targets: list[tuple[int, int, Rule]],
    cues: Cues,
) -> tuple[int, int, Rule] | None:
    """The target a passive trigger acts on though it stands far from it: "the reporters travelling with
    him were held", "the lawyer, co-founder of the group, has been ordered held". The nearest target before
    an auxiliary right before the trigger (an adverb or a verb between: "was briefly held", "been ordered
    held") is its subject; an active verb's subject is its agent ("the lawyer accused the police")."""
    auxiliary = next(
        (
            i
            for i in range(start - 1, max(sentence[0], start - PASSIVE_REACH - 1) - 1, -1)
            if doc[i].lower_ in cues.passive_auxiliaries
        ),
        None,
    )
    # "is under appeal", "were on trial": a preposition makes the trigger a noun in a phrase, no passive verb
    between = doc[auxiliary + 1 : start] if auxiliary is not None else ()
    if auxiliary is None or not all(t.is_alpha and t.lower_ not in cues.prepositions for t in between):
        return None
    return _nearest_before(targets, auxiliary)


def _nearest_before(targets: list[tuple[int, int, Rule]], index: int) -> tuple[int, int, Rule] | None:
    """The target ending closest before token `index` (at it at the latest), if any."""
    before = [m for m in targets if m[1] <= index]
    return max(before, key=lambda m: m[1]) if before else None


def _pronoun_object(
    doc: Doc,
    start: int,
    end: int,
    sentence: tuple[int, int],
    targets: list[tuple[int, int, Rule]],
    cues: Cues,
) -> tuple[int, int, Rule] | None:
    """The target an object pronoun of a trigger stands for: "the editor said police held him for hours",
    "el periodista contó que lo detuvieron" hold the editor, the nearest target before the pronoun and the
    trigger in its sentence."""
    pronoun = _object_pronoun(doc, start, end, sentence, cues)
    return None if pronoun is None else _nearest_before(targets, min(pronoun, start))


def _object_pronoun(doc: Doc, start: int, end: int, sentence: tuple[int, int], cues: Cues) -> int | None:
    """The token of the trigger's object pronoun, if it has one: one of `object_pronouns` right after it
    ("held him"; not "pressure on her", "took from him": a preposition makes it another phrase's), one of
    `object_clitics` right before it ("lo detuvieron", "lhe apreenderam"), one of these or of `article_clitics`
    (also articles: la, l', o …) before one of `clitic_auxiliaries` and the trigger («l'ont arrêtée»: no article
    precedes an auxiliary), or either written onto its last word after a hyphen ("prenderam-no", "detê-lo").
    After a preposition a word before the trigger is no clitic ("para la cita")."""
    if end < sentence[1] and doc[end].lower_ in cues.object_pronouns:
        return end
    clitics = cues.object_clitics | cues.article_clitics
    attached = doc[end - 1].lower_.rsplit("-", 1)
    if len(attached) == 2 and attached[0] and attached[1] in clitics:
        return end - 1
    for clitic, allowed in ((start - 1, cues.object_clitics), (start - 2, clitics)):
        if clitic < sentence[0] or doc[clitic].lower_ not in allowed:
            continue
        if clitic == start - 2 and doc[start - 1].lower_ not in cues.clitic_auxiliaries:
            continue
        if clitic > sentence[0] and doc[clitic - 1].lower_ in cues.prepositions:
            continue
        return clitic
    return None


def _seized_devices(
    doc: Doc, found: dict[str, list[tuple[int, int, Rule]]], cues: Cues
) -> list[tuple[int, int, Rule]]:
    """A seizure verb and a device of one category, either way round, is a strong trigger of that
    category spanning both: "took his recorder", "carting off computers and gear" with only the owner's
    words between, or "hard drives confiscated", "their phones, passports and other belongings were
    taken" with the verb a participle after the device or an auxiliary. "took photos with his camera",
    "took the reporter to the station" and a "camera operator" take no device."""
    links = cues.noun_links | cues.crime_links | cues.participle_verb_words
    active_stops = links - cues.crime_list_words
    function_words = links | cues.clause_links | {"or", "that", "which"}
    word_breaks = {s for s, _, _ in found.get("clause_breaks", [])}
    owners = cues.genitives | {"'", "’"}
    seized: list[tuple[int, int, Rule]] = []
    for d_start, d_end, device in found.get("device", []):
        after = doc[d_end] if d_end < len(doc) else None
        if (  # "camera operator", "mobile internet", "a phone they say": the device word names something else
            after is not None
            and after.is_alpha
            and after.is_lower
            and after.lower_ not in function_words
            and not any(s == d_end for s, _, _ in found.get("seizure", []))
        ):
            continue
        for s_start, s_end, verb in found.get("seizure", []):
            if verb.category != device.category:
                continue
            if 0 <= d_start - s_end <= SEIZURE_REACH:
                between = doc[s_end:d_start]
                span = (s_start, d_end)
                # "took the reporter and camera operator to the station": a person taken, unless named as
                # the owner ("took the reporter's camera")
                ok = not any(
                    t.lower_ in active_stops or t.text in _CLAUSE_PUNCT or t.i in word_breaks for t in between
                ) and not any(
                    s_end <= p_start < d_start and doc[p_end].lower_ not in owners
                    for p_start, p_end, _ in found.get("defenders", [])
                )
            elif 0 <= s_start - d_end <= SEIZURE_REACH:
                between = doc[d_end:s_start]
                span = (d_start, s_end)
                before = doc[s_start - 1]
                ok = (
                    doc[s_start].lower_ != doc[s_start].norm_
                    and (s_start == d_end or before.norm_ in {"be", "have", "get"})
                    and not any(
                        (t.lower_ in links and t.norm_ not in {"be", "have"} and t.lower_ != "and")
                        or t.i in word_breaks
                        for t in between
                    )
                )
            else:
                continue
            if ok and not any(t.text in _SENTENCE_ENDS or "\n" in t.text for t in between):
                rule = Rule("strong", device.category, f"{verb.phrase} {device.phrase}", STRONG_WEIGHT)
                seized.append((*span, rule))
                break
    return seized


def _taken_into_custody(
    doc: Doc, found: dict[str, list[tuple[int, int, Rule]]], cues: Cues
) -> list[tuple[int, int, Rule]]:
    """A verb that moves someone and a place of custody after a motion link, in one clause, is a strong
    trigger of the place's category spanning both: "dragged him to a van", "escorted the cousin and his wife
    to a police station", "was driven by officers to the cells", "activist bundled into police car". The verb
    needs someone to move (a defender, a name or a pronoun after it, a passive or a defender right before it):
    "drove to the police station" and "brings flowers to the police station" are visits, and a second
    preposition ("took photos of the police station") leaves the place unreached."""
    links = cues.noun_links | cues.crime_links | cues.participle_verb_words | cues.motion_links
    word_breaks = {s for s, _, _ in found.get("clause_breaks", [])}
    defenders = found.get("defenders", [])
    defender_ends = {e for _, e, _ in defenders}
    taken: list[tuple[int, int, Rule]] = []
    for v_start, v_end, verb in found.get("transfer", []):
        passive = any(t.norm_ in {"be", "get"} for t in doc[max(0, v_start - 2) : v_start])
        for p_start, p_end, place in found.get("custody_place", []):
            if place.category != verb.category or not 0 < p_start - v_end <= TRANSFER_REACH:
                continue
            link = next(
                (
                    t.i
                    for t in reversed(doc[max(v_end, p_start - PLACE_LINK_REACH) : p_start])
                    if t.lower_ in cues.motion_links
                ),
                None,
            )
            if link is None or any(t.lower_ in links for t in doc[link + 1 : p_start]):
                continue
            moved = doc[v_end:link]
            if (
                any(t.lower_ in links and t.lower_ not in {"by", "and"} for t in moved)
                or any(
                    t.text in _CLAUSE_PUNCT or t.text in _SENTENCE_ENDS or "\n" in t.text
                    for t in doc[v_end:p_start]
                )
                or any(v_end <= i < p_start for i in word_breaks)
                or not (
                    passive
                    or v_start in defender_ends
                    or any(t.lower_ in cues.object_pronouns or is_name_word(t.text) for t in moved)
                    or any(v_end <= d < link for d, _, _ in defenders)
                )
            ):
                continue
            rule = Rule("strong", place.category, f"{verb.phrase} to {place.phrase}", STRONG_WEIGHT)
            taken.append((v_start, p_end, rule))
            break
    return taken


def _in_a_compound(doc: Doc, start: int, end: int) -> bool:
    """A harm word joined by a hyphen to the word after it ("torture-rehabilitation centre", "parade-shooting
    case") or after "anti-" ("anti-torture bill") modifies another noun: it names a topic, not an event. A
    particle after the hyphen ("cut-off", "round-up", "hit-and-run") keeps it an event."""
    modifier = (
        end + 1 < len(doc)
        and doc[end].text in _HYPHENS
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
        and doc[end + 1].is_lower
        and doc[end + 1].lower_.rstrip("s") not in _PARTICLES
    )
    against = start >= 2 and doc[start - 1].text in _HYPHENS and doc[start - 2].lower_ == "anti"
    return modifier or against


def _object_of(doc: Doc, end: int, place: int, cues: Cues) -> bool:
    """The words between a verb and a place name its owner ("the", "Ana Vel's", "ten"), so the place is
    what the verb acts on; a preposition or an auxiliary between them ("abuse of office", "questioned
    at home") starts another phrase."""
    links = cues.noun_links | cues.crime_links | cues.participle_verb_words
    return not any(t.lower_ in links for t in doc[end:place])


def _headline_blocked(
    triggers: list[tuple[int, int, Rule]],
    found: dict[str, list[tuple[int, int, Rule]]],
    headline_end: int,
) -> frozenset[str]:
    """Categories of HEADLINE_NAMES_THE_KIND whose headline holds a plain blocker that cancels every
    trigger there, if any, other than itself (for HEADLINE_KIND_WITHOUT_TRIGGER: with none there): an
    outage told as a fault ("Falla de Verizon deja sin internet", "cable cut leaves the islands offline"),
    an attack told as a hack ("Ransomware paralisa o hospital"), so the lede's "cuts" and "the attack" are
    that event. Elsewhere a headline blocker names one event ("under terror law") beside another."""
    blocked: set[str] = set()
    for category in HEADLINE_NAMES_THE_KIND:
        own = [
            m
            for m in found.get("blocker", [])
            if m[0] < headline_end and not m[2].sense and m[2].category == category
        ]
        in_headline = [t for t in triggers if t[0] < headline_end and t[2].category == category]
        if (
            own
            and not (category in HEADLINE_KIND_WITHOUT_TRIGGER and in_headline)
            and all(any(not _is_the_trigger(b, t) for b in own) for t in in_headline)
        ):
            blocked.add(category)
    return frozenset(blocked)


def _best(occurrences: list[Occurrence], category: str) -> Occurrence:
    """The category's strongest trigger (the first one on a tie)."""
    return max((o for o in occurrences if o.category == category), key=lambda o: o.score)


def _total_scores(
    scores: dict[str, float], best: dict[str, Occurrence], occurrences: list[Occurrence]
) -> None:
    """A category's score: its best trigger's, nudged up by triggers in further sentences."""
    for category, top in best.items():
        # A statistic told again in the next sentence is still a statistic: generic triggers add nothing.
        others = {
            o.sentence
            for o in occurrences
            if o.category == category
            and o.score >= THRESHOLD / 2
            and not any(r.startswith(GENERIC_REASON) for r in o.reasons)
        }
        bonus = EXTRA_TRIGGER_BONUS * max(0, len(others) - 1)
        scores[category] = round(min(0.99, top.score + bonus), 3)


def _only_setting(occurrences: list[Occurrence], category: str) -> bool:
    """Every positive trigger of the category names another event's setting or character ("court",
    "case", "harassment"): beside that event it is no second one ("court keeps the researcher in
    custody", "the arrest is harassment")."""
    live = [o for o in occurrences if o.category == category and o.score >= THRESHOLD]
    return bool(live) and all(o.setting for o in live)


def _threat_made_now(occ: Occurrence) -> bool:
    """A harm announced in the report's time ("beats the reporter, vows to kill her") is a threat of its own
    beside the attack (GUIDELINES: "his widow was told she would be next"), unlike threats received before
    it ("who had received death threats"), which are background."""
    return (
        occ.category == THREAT_HARASSMENT and occ.announced and not occ.background and occ.score >= THRESHOLD
    )


def _incompatible_beside_main_event(
    scores: dict[str, float],
    best: dict[str, Occurrence],
    occurrences: list[Occurrence],
    headline_end: int,
    verdict: bool = False,
) -> dict[str, str]:
    """Positive categories that cannot be a second side of the report's main event, each with the
    main event's category. The main event is the headline's (the strongest one there), else the
    strongest in the report. A report tells one event, sometimes two that go together (arrested
    and charged, raided and devices seized, a law and a shutdown); a category that does not go with
    the main event is context ("a court case" beside a killing, "threats" before a murder, a law
    named beside a block) unless triggers in two sentences confirm it. Beside a verdict the headline
    reports (`verdict`), an arrest told only after the headline is the case's past ("convicted after
    months in detention"), however often the lede repeats it."""
    positive = [c for c in CATEGORIES if scores[c] >= THRESHOLD]
    if len(positive) < 2:
        return {}
    main = max(
        positive,
        # "threatened again, weeks after rod attack": the headline's news, not the attack it dates
        key=lambda c: (
            best[c].sentence[0] < headline_end,
            best[c].sentence[0] < headline_end and not best[c].background,
            # "прокуратура задержала журналиста": the body that acts sets the scene of the arrest
            not _only_setting(occurrences, c),
            scores[c],
            -best[c].start,
        ),
    )
    beside = {
        c: main
        for c in positive
        if c != main
        and (frozenset((main, c)) not in COMPATIBLE_EVENTS or _only_setting(occurrences, c))
        and not _threat_made_now(best[c])
        and scores[c] < CONFIRMED
    }
    # "Deux ans ferme pour X" then "Incarcéré depuis juin, … reconnu coupable": the verdict is the
    # headline's even when the lede tells it more strongly, and the custody is its past.
    if not (verdict and JUDICIAL_HARASSMENT in positive and ARREST_DETENTION in positive):
        return beside
    in_headline = {o.category for o in occurrences if o.sentence[0] < headline_end and o.score >= THRESHOLD}
    if (
        (
            (main == JUDICIAL_HARASSMENT and best[main].sentence[0] < headline_end)
            or JUDICIAL_HARASSMENT in in_headline
        )
        and best[ARREST_DETENTION].start >= headline_end
        and ARREST_DETENTION not in in_headline  # "arrêté la veille, … écope d'un an ferme": both are news
    ):
        beside.pop(JUDICIAL_HARASSMENT, None)
        beside[ARREST_DETENTION] = JUDICIAL_HARASSMENT
    return beside


def _read_intents(
    doc: Doc,
    triggers: list[tuple[int, int, Rule]],
    found: dict[str, list[tuple[int, int, Rule]]],
    breaks: list[int],
) -> list[tuple[int, int, Rule, str | None]]:
    """Each trigger with the intent cue that governs it; a governed harm ("vowed to kill him",
    "threatened with arrest") becomes a `threat_harassment` trigger."""
    intents = found.get("intent", [])
    read: list[tuple[int, int, Rule, str | None]] = []
    for start, end, rule in triggers:
        cue = None
        if rule.category in INTENDED_HARM:
            cue = next(
                (
                    m
                    for m in intents
                    if 0 <= start - m[1] <= INTENT_REACH
                    and _same_clause(breaks, m[1], start)
                    and not _sentence_break_between(doc, m[1], start)
                ),
                None,
            )
        if cue is None:
            read.append((start, end, rule, None))
        else:
            read.append((start, end, replace(rule, category=THREAT_HARASSMENT), doc[cue[0] : cue[1]].text))
    return read


def _background(
    doc: Doc,
    start: int,
    end: int,
    sentence: tuple[int, int],
    found: dict[str, list[tuple[int, int, Rule]]],
    breaks: list[int],
    genitives: frozenset[str] = frozenset(),
    cues: Cues | None = None,
) -> str | None:
    """The cue that makes a trigger tell an earlier event: "who had received threats", "previously
    jailed", "months after" (or, after it, "last year"), or a bare year right after or before it ("was
    arrested in 2019", "the 2016 killing")."""
    for cue_start, cue_end, _ in found.get("background", []):
        if (
            sentence[0] <= cue_start
            and cue_end <= start
            and start - cue_end <= BACKGROUND_SCOPE
            and _same_clause(breaks, cue_end, start)
            and not _joined_verb(doc, cue_end, start, found, cues)
            and not _main_verb_after_relative(doc, cue_start, cue_end, start, found, breaks, cues)
        ):
            return doc[cue_start:cue_end].text
    for cue_start, cue_end, _ in found.get("dated", []):
        if (
            0 <= cue_start - end <= DATED_REACH
            and cue_end < sentence[1]
            and _same_clause(breaks, end, cue_start)
            and _YEAR.match(doc[cue_end].text)
        ):
            return doc[cue_start : cue_end + 1].text
    # "the dissolution of the union last year": the cue after the trigger, in its clause; not one that
    # dates the next noun ("following last year's laws")
    for cue_start, cue_end, _ in found.get("background_after", []):
        if (
            0 <= cue_start - end <= BACKGROUND_AFTER_REACH
            and cue_end <= sentence[1]
            and _same_clause(breaks, end, cue_start)
            and not (cue_end < len(doc) and doc[cue_end].text in genitives)
        ):
            return doc[cue_start:cue_end].text
    # "her brother's 2016 killing"; not a full date, "on 14 May 2016 sentenced", which dates the news
    full_date = start - 3 >= sentence[0] and doc[start - 3].like_num and doc[start - 2].is_title
    if start > sentence[0] and _YEAR.match(doc[start - 1].text) and not full_date:
        return doc[start - 1].text
    return None


def _aggressors_case(occurrences: list[Occurrence], headline_end: int) -> list[Occurrence]:
    """A headline whose arrests and prosecutions are all aimed at the aggressor ("PJ prende o homem que ameaçou
    a jornalista", "Portugal remands man suspected of sending death threats to reporter") is the aggressor's
    case: the threats and attacks it and its lede tell are the crime acted on, not new harms to a defender,
    with a verdict or without one."""
    in_headline = [o for o in occurrences if o.start < headline_end and o.category in PERPETRATOR_SENSITIVE]
    if not any(o.aggressors for o in in_headline) or any(o.score > 0 for o in in_headline):
        return occurrences
    return [
        replace(o, score=0.0, reasons=(*o.reasons, "the crime the aggressor's arrest or trial is about"))
        if o.category in JUDGED_HARM and o.score > 0
        else o
        for o in occurrences
    ]


def _background_beside_main_event(
    occurrences: list[Occurrence], freed: bool = False, undone: frozenset[str] = frozenset()
) -> list[Occurrence]:
    """Background counts for a category only when no other category has a positive trigger of
    its own (the main event): "shot dead ... had received death threats" is an attack, and a
    report that only looks back ("was arrested in 2019") keeps what it says, unless its headline
    reports a release or an acquittal (`freed`): then the release is the news and the past it
    recalls ("he had been charged with spreading false news") is no event either; nor is the past
    of a category the report tells undone (`undone`: "the block had been imposed … access was restored")."""
    main = {o.category for o in occurrences if not o.background and o.score >= THRESHOLD}
    if not main and not freed:
        if not undone:
            return occurrences
        # only a category told wholly as the past: "although some counts were thrown out, the judge convicted
        # him" reverses a trigger of the news, which is no past to drop
        told_now = {o.category for o in occurrences if not o.background and o.score > 0}
        main = {o.category for o in occurrences if o.category not in undone or o.category in told_now}
    return [
        replace(
            o,
            score=round(o.score * BACKGROUND, 3),
            reasons=(*o.reasons, "background beside the main event"),
        )
        if o.background and o.category not in main
        else o
        for o in occurrences
    ]


def _clause_breaks(doc: Doc, found: dict[str, list[tuple[int, int, Rule]]]) -> list[int]:
    """Sorted token indices that end a clause (punctuation, "but", "while", line breaks)."""
    marks = {t.i for t in doc if t.text in _CLAUSE_PUNCT or (t.is_space and "\n" in t.text)}
    marks.update(start for start, _, _ in found.get("clause_breaks", []))
    return sorted(marks)


def _gap_barriers(doc: Doc, breaks: list[int]) -> frozenset[int]:
    """Tokens a gapped phrase may not reach across: clause breaks (`_clause_breaks`: punctuation, "but",
    "while", line breaks) and sentence ends. "let him go" is one act; in "let him speak, but go home" the
    words are another clause's, and across a sentence end they are not one phrase at all."""
    ends = {t.i for t in doc if t.text in _SENTENCE_ENDS}
    return frozenset(breaks) | ends


def _gapped_matches(
    phrases: list[GappedPhrase], parts: dict[int, list[tuple[int, int]]], barriers: frozenset[int]
) -> list[tuple[int, int, Rule]]:
    """One match per gapped phrase and first part's start: from that start to the end of the nearest
    chain of its later parts, each starting after the previous one ends (parts never overlap), at most
    `gap` tokens and no barrier after it."""
    found: list[tuple[int, int, Rule]] = []
    for phrase in phrases:
        if not all(part in parts for part in phrase.part_ids):
            continue
        later = [sorted(parts[part]) for part in phrase.part_ids[1:]]
        ends: dict[int, int] = {}  # the shortest match per start
        for start, end in parts[phrase.part_ids[0]]:
            last = _chain_end(end, later, phrase.gap, barriers)
            if last is not None:
                ends[start] = min(last, ends.get(start, last))
        found.extend((start, end, phrase.rule) for start, end in sorted(ends.items()))
    return found


def _chain_end(
    end: int, later: list[list[tuple[int, int]]], gap: int, barriers: frozenset[int]
) -> int | None:
    """The end of the nearest chain of `later` parts after a part ending at `end`; None without one.
    A nearer part that leads nowhere does not hide a farther one that completes the phrase."""
    if not later:
        return end
    for start, next_end in later[0]:  # sorted: the nearest first
        if start < end:
            continue  # would overlap the previous part or stand before it
        if start - end > gap:
            break
        if barriers.isdisjoint(range(end, start)):
            last = _chain_end(next_end, later[1:], gap, barriers)
            if last is not None:
                return last
    return None


def _trend_headline(
    doc: Doc,
    triggers: list[tuple[int, int, Rule]],
    found: dict[str, list[tuple[int, int, Rule]]],
    breaks: list[int],
    headline_end: int,
) -> bool:
    """The headline announces a trend report, so the lede gives its figures: it holds a generic cue and
    a digit ("Monitor: 23 journalists faced 408 years in jail in April"), or each of its triggers shares
    a clause with a generic cue ("UN report: reprisals against activists more frequent", "Latin America
    the deadliest region for defenders"). A headline trigger in a clause of its own tells an incident
    ("Spyware found on the editor's phone, forensic analysis shows")."""
    cues = [m for m in found.get("generic", []) if m[0] < headline_end]
    if not cues:
        return False
    if any(any(c.isdigit() for c in t.text) for t in doc[:headline_end]):
        return True
    return all(
        any(_same_clause(breaks, min(t[0], c[0]), max(t[1], c[1]) - 1) for c in cues)
        for t in triggers
        if t[0] < headline_end
    )


def _same_clause(breaks: list[int], left: int, right: int) -> bool:
    """No clause break among the tokens from `left` up to (not including) `right`."""
    index = bisect.bisect_left(breaks, left)
    return index >= len(breaks) or breaks[index] >= right


def _sentence_break_between(doc: Doc, left: int, right: int) -> bool:
    return any(t.text in _SENTENCE_ENDS for t in doc[left:right])


def _victim_of_harm(
    doc: Doc,
    defender: tuple[int, int, Rule],
    found: dict[str, list[tuple[int, int, Rule]]],
    cues: Cues,
) -> bool:
    """A defender named as the object of a harm ("murder of activist", "killing a journalist", "the
    reporter's murder", "spying on an editor")."""
    for harm in found.get("strong", []):
        start, end, rule = harm
        if rule.category not in HARM_TO_PERSON:
            continue
        names = False
        if 0 <= defender[0] - end <= VICTIM_REACH:
            between = doc[end : defender[0]]
            # a line break ends the headline: "… de estupro\nA repórter" names no victim
            names = not any(t.is_punct or t.is_space or t.lower_ in cues.clause_links for t in between)
        genitive = doc[defender[1] : start].text.strip()
        if 0 <= start - defender[1] <= 1 and (not genitive or genitive in cues.genitives):
            names = True
        # A harm word inside a longer trigger of another category takes that phrase's sense:
        # "militante enlevée par des agents" is an arrest, so the activist is its target.
        if names and not _inside_longer_trigger(harm, found.get("strong", []) + found.get("weak", [])):
            return True
    return False


def _penalty_of(
    doc: Doc,
    law: tuple[int, int],
    start: int,
    breaks: list[int],
    found: dict[str, list[tuple[int, int, Rule]]],
) -> bool:
    """A prison term or a fine right after a law in its clause, with no defender between, is what
    the law punishes ("law brings jail terms for false information", "signs law threatening 15 years
    in prison"), not anyone's trial."""
    # A verb stands between ("law brings jail terms"); "FCRA licence" is one noun, the licence itself.
    if not 1 <= start - law[1] <= PENALTY_REACH or not _same_clause(breaks, law[1], start):
        return False
    return not any(law[1] <= d[0] < start for d in found.get("defenders", []))


def _not_complainants(
    defenders: list[tuple[int, int, Rule]],
    start: int,
    end: int,
    sentence: tuple[int, int],
    filings: list[tuple[int, int, Rule]],
    breaks: list[int],
) -> list[tuple[int, int, Rule]]:
    """A complaint or a suit filed ("the reporter lodged a criminal complaint against the officers",
    "activists file a complaint against the firm"): the defenders who file one, before the filing verb
    in its sentence or a few words before a filing verb elsewhere ("Journalist Ana Bel files complaint"),
    are complainants, not the ones prosecuted; those named after it ("against the journalist") stay."""
    filing = next(
        (
            f
            for f in filings
            if sentence[0] <= f[0] < end
            and (start <= f[0] or (start - f[1] <= FILING_REACH and _same_clause(breaks, f[1], start)))
        ),
        None,
    )
    if filing is None:
        return defenders
    return [
        d
        for d in defenders
        if not sentence[0] <= d[0] < filing[0]
        and not any(
            0 <= f[0] - d[1] <= FILING_REACH + 1 and _same_clause(breaks, d[1], f[0]) for f in filings
        )
    ]


def _names_a_title(
    doc: Doc, cue: tuple[int, int, Rule], found: dict[str, list[tuple[int, int, Rule]]], cues: Cues
) -> bool:
    """A reversal that ends in a title ("laureate") or stands before one across capitalised words ("Nobel
    Peace Prize winner"), with a name or a defender right after the title, says who someone is ("Nobel
    laureate Ana Bel jailed", "award winner Ana Bel arrested"), not that a prize was given ("laureates
    include", "honourees, led by")."""
    end = cue[1]
    for i in range(end - 1, min(len(doc) - 1, end + TITLE_REACH)):
        token = doc[i]
        if token.lower_ in cues.titles:
            after = doc[i + 1]
            return after.is_title or any(d[0] == i + 1 for d in found.get("defenders", []))
        if i >= end and not token.is_title:
            return False
    return False


def _distinct(triggers: list[tuple[int, int, Rule]]) -> list[tuple[int, int, Rule]]:
    """Entries that read alike on these words ("gunman" and "gunmen" share a lemma) are one trigger: the
    same words with the same kind, weight and reach count (and show in `hrdwatch explain`) once."""
    seen: set[tuple[int, int, Rule]] = set()
    distinct = []
    for start, end, rule in triggers:
        key = (start, end, replace(rule, phrase=""))
        if key not in seen:
            seen.add(key)
            distinct.append((start, end, rule))
    return distinct


def _outside_longer_triggers(triggers: list[tuple[int, int, Rule]]) -> list[tuple[int, int, Rule]]:
    """A word inside a longer trigger of another category takes that phrase's sense: "jailed pending
    trial" is a detention, not a prison sentence, and "seize laptop" no arrest."""
    return [t for t in triggers if not _inside_longer_trigger(t, triggers)]


def _inside_longer_trigger(t: tuple[int, int, Rule], triggers: list[tuple[int, int, Rule]]) -> bool:
    return any(
        o[2].category != t[2].category and o[0] <= t[0] and t[1] <= o[1] and o[1] - o[0] > t[1] - t[0]
        for o in triggers
    )


def _ends_phrase(doc: Doc, i: int, attached: frozenset[str] = frozenset()) -> bool:
    """Token `i` is the last word of its phrase: punctuation, a line break or the end follows, or a word
    that starts with a conjunction written onto it (`attached_links`: Arabic "في 2014 وقتل")."""
    if i + 1 >= len(doc) or doc[i + 1].is_punct or doc[i + 1].is_space:
        return True
    following = doc[i + 1].lower_
    return any(following.startswith(link) and len(following) > len(link) for link in attached)


def _topic_of_work(
    doc: Doc,
    start: int,
    end: int,
    found: dict[str, list[tuple[int, int, Rule]]],
    topics: list[tuple[int, int, Rule]],
    breaks: list[int],
    cues: Cues | None = None,
) -> tuple[int, int, Rule] | None:
    """The cue that makes a harm the subject of a report, a video or a post ("charged for sharing
    footage of police beating a man", "a police-beating video", "arrested for reporting on the
    killings"), not an attack of its own."""
    for cue in topics:
        before = (
            0 <= start - cue[1] <= TOPIC_REACH
            and _same_clause(breaks, cue[1], start)
            # "videos of protests and arson": a cue ending in a function word governs a list of nouns
            and (doc[cue[1] - 1].is_stop or not _joined_verb(doc, cue[1], start, found, cues))
        )
        if before or cue[0] == end:
            return cue
    return None


def _joined_verb(
    doc: Doc,
    cue_end: int,
    start: int,
    found: dict[str, list[tuple[int, int, Rule]]],
    cues: Cues | None,
) -> bool:
    """A trigger joined by "and" ("e", "y": a clause link that also joins a list of harms) to words a cue
    governs starts a clause of its own: "journalists who covered the march and seized their phones", "que
    cobriam a marcha e apreende-lhes os telemóveis". The link must follow words that are no trigger ("the
    arrest and beating of", "who had been threatened and beaten" stay one list) and stand at most one word (a
    clitic: "y les quitaron") before the trigger."""
    if cues is None:
        return False
    coordinators = cues.coordinators
    trigger_ends = {e for key in ("strong", "weak") for _, e, _ in found.get(key, [])}
    return any(
        doc[link].lower_ in coordinators and link not in trigger_ends
        for link in range(max(cue_end + 1, start - 2), start)
    )


def _main_verb_after_relative(
    doc: Doc,
    cue_start: int,
    cue_end: int,
    start: int,
    found: dict[str, list[tuple[int, int, Rule]]],
    breaks: list[int],
    cues: Cues | None,
) -> bool:
    """An arrest or a prosecution after a relative clause's own harm is the main verb, not part of that clause:
    in "man who threatened reporter Ana Vel put under house arrest" the threat is background, the arrest the
    news. Only after a threat or an attack, with no link word between ("who had been held in detention", "who
    was jailed for reporting on killings", "who block a road face days of detention" stay one clause)."""
    if cues is None or doc[cue_start].lower_ not in cues.relatives:
        return False
    triggers = found.get("strong", []) + found.get("weak", [])
    here = [r.category for s, e, r in triggers if s == start]
    if not here or not set(here) <= PERPETRATOR_SENSITIVE:
        return False
    links = cues.clause_links | cues.crime_links | cues.noun_links | cues.time_links | cues.verdict_links
    dated = {i for s, e, _ in found.get("dated", []) for i in range(s, e)}
    for s, e, rule in triggers:
        if cue_end <= s and e < start and rule.category in JUDGED_HARM and _same_clause(breaks, e, start):
            between = doc[e:start]
            if not any(t.lower_ in links or t.i in dated for t in between):
                return True
    return False


def _harm_done_by_the_one_held(
    doc: Doc,
    start: int,
    sentence: tuple[int, int],
    found: dict[str, list[tuple[int, int, Rule]]],
    breaks: list[int],
    cues: Cues,
) -> tuple[int, int] | None:
    """The relative clause "who threatened" (a threat or an attack right after a `relatives` cue: its subject
    did it) before an arrest or a trial that is the main verb: "man who threatened reporter Ana Vel put under
    house arrest" holds the aggressor. "who was beaten", "who exposed the killings" name a victim or a topic."""
    for cue_start, cue_end, _ in found.get("background", []):
        if not (sentence[0] <= cue_start < start and doc[cue_start].lower_ in cues.relatives):
            continue
        if not _main_verb_after_relative(doc, cue_start, cue_end, start, found, breaks, cues):
            continue
        if any(
            s == cue_end and rule.category in JUDGED_HARM
            for s, _, rule in found.get("strong", []) + found.get("weak", [])
        ):
            return (cue_start, cue_end + 1)
    return None


def _counted_over_a_period(
    doc: Doc,
    start: int,
    end: int,
    sentence: tuple[int, int],
    found: dict[str, list[tuple[int, int, Rule]]],
    breaks: list[int],
    in_names: frozenset[int],
    numbers: frozenset[str] = frozenset(),
    attached: frozenset[str] = frozenset(),
) -> bool:
    """A statistic, not an incident: a count right before the trigger ("164 defenders killed", "80
    shutdowns") or between it and a whole year after it ("shutdowns cost $24 billion in 2022"):
    trend reports give no person or day. A count before the trigger in a sentence that spans a
    period ("46 killed between 2019 and 2024", "In 2019, 49 journalists were killed", or a `periods`
    cue: "270 killed in ten years") is one too."""
    # Words before the trigger in its clause that may count; a year dates, it counts nothing, nor does a
    # number inside an organisation's name ("Artigo 19 cobra resposta após terceiro blogueiro morto").
    before = [
        t
        for t in doc[max(sentence[0], start - COUNT_REACH) : start]
        if not _YEAR.match(t.text) and _same_clause(breaks, t.i, start) and t.i not in in_names
    ]
    counted = any(t.like_num for t in before)
    # "270 killed in ten years": a `periods` cue; an ordinal ("the fifth incident since April") is one
    # event in a series, so only digits and the language's number words count here.
    periods = [p for p in found.get("periods", []) if sentence[0] <= p[0] < sentence[1]]
    # Where the verb comes first ("с 2015 года посадили свыше 150 активистов", "detenidos 150
    # activistas desde junio"), the count follows the trigger in its clause; a number inside the
    # period ("in 15 years") counts nothing.
    after = [
        t
        for t in doc[end : min(sentence[1], end + COUNT_REACH)]
        if not _YEAR.match(t.text)
        and _same_clause(breaks, end, t.i)
        and not any(p[0] <= t.i < p[1] for p in periods)
        and t.i not in in_names
    ]
    # "En 2018, … fueron asesinados 164 defensores": the count may follow the verb there too.
    if (counted or any(t.like_num for t in after)) and _spans_a_period(doc, start, sentence, found):
        return True
    cardinal = any(t.text[0].isdigit() or t.lower_ in numbers for t in (*before, *after))
    if cardinal and periods:
        return True
    # "117 journalists detained … during 2020": a count of defenders before the trigger, in a clause with a
    # whole year (no day: "on 14 May 2021" dates one event), is the year's tally. Not a few people ("two
    # journalists … 2022 unrest" are one case's), nor a count after the trigger ("sentences 12 protesters in
    # 2023 case" is one trial).
    people = [
        t
        for t in before
        if t.text.isdigit()
        and int(t.text) >= TALLY_MIN
        and any(0 <= d[0] - t.i - 1 <= 1 for d in found.get("defenders", []))
    ]
    if people and any(
        _YEAR.match(t.text)
        and _same_clause(breaks, t.i, start)
        and not (t.i > 0 and (doc[t.i - 1].is_title or doc[t.i - 1].like_num))
        for t in doc[sentence[0] : sentence[1]]
    ):
        return True
    years = [
        cue_start
        for cue_start, cue_end, _ in found.get("dated", [])
        if 0 <= cue_start - end <= DATED_REACH
        and cue_end < sentence[1]
        and _same_clause(breaks, end, cue_start)
        and _YEAR.match(doc[cue_end].text)
        and _ends_phrase(doc, cue_end, attached)  # "killed in 2018", not "shot dead in 2025 attack"
    ]
    if not years:
        # "En 2018 fueron asesinados 164 defensores": the year first, then the trigger and its count
        earlier = any(
            0 <= start - cue_end <= DATED_REACH
            and sentence[0] <= cue_start
            and _YEAR.match(doc[cue_end].text)
            and _same_clause(breaks, cue_end, start)
            for cue_start, cue_end, _ in found.get("dated", [])
            if cue_end < len(doc)
        )
        return earlier and any(t.like_num for t in after)
    return counted or any(t.like_num for t in doc[end : years[0]])


def _counted_headline(
    doc: Doc,
    triggers: list[tuple[int, int, Rule]],
    found: dict[str, list[tuple[int, int, Rule]]],
    breaks: list[int],
    starts: list[int],
    in_names: frozenset[int],
    cues: Cues,
) -> tuple[int, ...]:
    """The headline is a statistic: one of its triggers is counted over a period ("Monitor: 82
    abductions since June") and the report names nobody after it but the headline's source ("UN expert
    Lawlor: …"; "Lawlor said"), as a roundup names its latest victim ("35 killed since 2022; the latest,
    Juan Silva, shot on Monday" is that incident)."""
    headline_end = starts[1] if len(starts) > 1 else len(doc)
    counted = [
        e
        for s, e, _ in triggers
        if s < headline_end
        and _counted_over_a_period(
            doc, s, e, (0, headline_end), found, breaks, in_names, cues.numbers, cues.attached_links
        )
    ]
    if not counted:
        return ()
    persons = doc.spans.get(PERSONS_KEY, [])
    source_names = {t.text for p in persons if p.start < min(counted) for t in p}
    # "Rupert Vane, spokesman for the UN rights chief, said …": a person who tells the count is its source.
    source_names.update(
        t.text
        for p in persons
        if _speaks_before_any_harm(p.start, p.end, _sentence_of(starts, p.start, len(doc)), triggers, found)
        for t in p
    )
    if any(p.start >= min(counted) and not source_names & {t.text for t in p} for p in persons):
        return ()
    # A name with no role word, in a lede sentence that tells a harm of its own rather than a count ("the
    # latest, Manoel Messias Pereira, was shot in the back"); the headline's names are its sources.
    source_names.update(t.text for t in doc[: min(counted)] if is_name_word(t.text))
    for first, name in _bare_names(doc, headline_end, found):
        sentence = _sentence_of(starts, first, len(doc))
        if source_names & set(name) or _speaks_before_any_harm(
            first, first + len(name), sentence, triggers, found
        ):
            continue
        if any(
            sentence[0] <= s < sentence[1]
            and not _counted_over_a_period(
                doc, s, e, sentence, found, breaks, in_names, cues.numbers, cues.attached_links
            )
            for s, e, _ in triggers
        ):
            return ()
    return tuple(counted)


def _speaks_before_any_harm(
    start: int,
    end: int,
    sentence: tuple[int, int],
    triggers: list[tuple[int, int, Rule]],
    found: dict[str, list[tuple[int, int, Rule]]],
) -> bool:
    """The person at `start`–`end` says something ("Ana Bel, spokeswoman for the office, said on Monday
    that …"): the name opens its sentence's story, no trigger before it, and a `sources` cue follows it
    before any trigger does ("complaints against Ana Bel …, the commissioner said" names a victim)."""
    said = [m[0] for m in found.get("sources", []) if end <= m[0] < sentence[1]]
    if not said:
        return False
    return not any(sentence[0] <= t[0] < min(said) for t in triggers)


def _sentence_of(starts: list[int], i: int, length: int) -> tuple[int, int]:
    """The sentence (start, end) holding token `i`, from `_sentence_starts` and the doc's length."""
    index = bisect.bisect_right(starts, i) - 1
    return starts[index], starts[index + 1] if index + 1 < len(starts) else length


def _bare_names(
    doc: Doc, start: int, found: dict[str, list[tuple[int, int, Rule]]]
) -> list[tuple[int, tuple[str, ...]]]:
    """Personal names after `start` with no role word beside them, which the person rules miss: two or
    more capitalised words in a row, particles between ("Manoel Messias Pereira", "Luiz da Silva"), that
    are no place, organisation or defender word ("Repórteres sem Fronteiras", "Comité de Protection
    des Journalistes" are not) and not all capitals (acronyms)."""
    taken = _tokens_in_spans(doc, COUNTRIES_KEY) | _tokens_in_spans(doc, ORGANISATIONS_KEY)
    taken.update(i for s, e, _ in found.get("defenders", []) for i in range(s, e))
    names: list[tuple[int, tuple[str, ...]]] = []
    run: list[Token] = []
    particle = False
    for token in [*doc[start:], None]:
        text = token.text if token is not None else ""
        if token is not None and token.i not in taken and is_name_word(text) and not text[1:].isupper():
            run.append(token)
            particle = False
            continue
        if run and not particle and text.lower() in NAME_PARTICLES:
            particle = True
            continue
        if len(run) >= 2:
            names.append((run[0].i, tuple(t.text for t in run)))
        run, particle = [], False
    return names


def _beside_a_headline_count(
    start: int, headline_end: int, counted: tuple[int, ...], breaks: list[int]
) -> bool:
    """A trigger in the lede of a statistic headline, or in another clause of that headline: the count's
    own clause is for `_counted_over_a_period` to judge."""
    if not counted:
        return False
    return start >= headline_end or not any(_same_clause(breaks, end, start) for end in counted)


def _spans_a_period(
    doc: Doc, start: int, sentence: tuple[int, int], found: dict[str, list[tuple[int, int, Rule]]]
) -> bool:
    """The sentence names a period rather than a day: a range of years ("between 2019 and 2022",
    "de 2001 a setembro de 2020", "2019-2022") or a whole year set before the trigger as its own
    phrase ("In 2019, …", "en 2019 : …")."""
    years = [t.i for t in doc[sentence[0] : sentence[1]] if _YEAR.match(t.text)]
    if len(years) >= 2:
        return True
    return any(
        sentence[0] <= cue_start
        and cue_end + 1 < start
        and _YEAR.match(doc[cue_end].text)
        and doc[cue_end + 1].text in _CLAUSE_PUNCT
        for cue_start, cue_end, _ in found.get("dated", [])
        if cue_end + 1 < len(doc)
    )


def _judged_harms(
    doc: Doc,
    triggers: list[tuple[int, int, Rule]],
    starts: list[int],
    found: dict[str, list[tuple[int, int, Rule]]],
    cues: Cues,
) -> tuple[tuple[tuple[int, int, Rule], ...], tuple[tuple[int, int, Rule], ...]]:
    """Attacks named as what someone is arrested, tried or sentenced for ("jailed for the abduction
    and rape of the journalist", "life terms for shooting the reporter"): each such harm, when an
    arrest or a prosecution comes before it in its sentence, or anywhere in it when a suspect or an
    accused is named before the crime. Returns (judged, accused): the latter those named after an
    accused."""
    # A threat is the crime judged only when a sentence is passed for it and it names a defender as
    # its object ("cárcel para el hombre que amenazó a un periodista"): "sentenced over a harassment
    # video" is the defender's own charge, "asks for a case over the threat to the producer" news.
    harms = [
        t
        for t in triggers
        if t[2].category == PHYSICAL_ATTACK
        or (
            t[2].category in JUDGED_HARM
            and any(
                0 <= d[0] - t[1] <= THREATENED_REACH and not any(u.is_punct for u in doc[t[1] : d[0]])
                for d in found.get("defenders", [])
            )
        )
    ]
    sentenced = found.get("convictions", [])
    in_harm = {i for s, e, _ in harms for i in range(s, e)}
    # The victim and the crime's details may stand between "for" and the harm: "over Politkovskaya
    # killing", "for Geo reporter Wali Khan Babar's murder", "for the premeditated stabbing".
    in_victim = {i for s, e, _ in found.get("defenders", []) for i in range(s, e)}
    judged: list[tuple[int, int, Rule]] = []
    accused: list[tuple[int, int, Rule]] = []
    for harm in harms:
        sentence_start, sentence_end = _sentence_of(starts, harm[0], len(doc))
        limit = max(sentence_start, harm[0] - JUDGED_REACH)
        i = _start_of_crime(doc, harm[0], limit, in_harm, in_victim, cues)
        # Where the link is also a list word (es/fr/pt "de": "culpable del asesinato", "acusado de
        # golpear"), the walk passes it and stops on the verdict: step back onto the link.
        if (
            i >= sentence_start
            and i + 1 < harm[0]
            and doc[i].lower_ in cues.verdicts | cues.accusations
            and doc[i + 1].lower_ in cues.verdict_links
        ):
            i += 1
        # "found guilty of the murders", "pleads guilty to assaulting the reporter"
        found_guilty = (
            doc[i].lower_ in cues.verdict_links
            and i > sentence_start
            and doc[i - 1].lower_ in cues.verdicts | cues.accusations
        )
        # "admits harassing three reporters", "after admitting the bombing", "confessed to killing": the
        # crime owned up to before a court (the report tells a plea or a sentence), a verdict by itself; an
        # army that "admits killing a journalist" tells a new attack
        admitted = (
            bool(sentenced)
            and i >= sentence_start
            and (
                doc[i].lower_ in cues.admissions
                or (  # "admitted to harassing", "admits sending death threats"
                    (doc[i].lower_ in cues.verdict_links or doc[i].lower_.endswith("ing"))
                    and i > sentence_start
                    and doc[i - 1].lower_ in cues.admissions
                )
            )
        )
        if i < sentence_start or not (doc[i].lower_ in cues.crime_links or found_guilty or admitted):
            continue
        # A defender before "for" is the accused ("protester sentenced for assaulting an officer"):
        # the charge is the news, whatever violence it alleges.
        if _defender_accused(doc, found, cues, sentence_start, i):
            continue
        verdict = admitted or (found_guilty and doc[i - 1].lower_ in cues.verdicts)
        # "Suspect in the murder of a journalist arrested", "man accused of ordering the killing gives
        # himself up": the aggressor named before the crime, the arrest or trial anywhere in the sentence.
        aggressor = (found_guilty and doc[i - 1].lower_ in cues.accusations) or (
            (doc[i].lower_ in cues.crime_links or doc[i].lower_ in cues.verdict_links)
            and any(p[1] == i for p in found.get("perpetrators", []))
        )
        if (
            harm[2].category != PHYSICAL_ATTACK
            and not admitted
            and not any(sentence_start <= m[0] < i for m in sentenced)
        ):
            continue
        acted_on = [t for t in triggers if t[2].category in PERPETRATOR_SENSITIVE and sentence_start <= t[0]]
        if aggressor and any(t[0] < sentence_end for t in acted_on):
            judged.append(harm)
            accused.append(harm)
        elif verdict or any(t[0] < i for t in acted_on):
            judged.append(harm)
    # The rest of the clause tells the same crime ("for shooting the journalist dead", "admits harassing
    # three reporters with violent threats").
    for harm in [t for t in triggers if t[2].category in JUDGED_HARM]:
        if harm not in judged and any(
            j[0] < harm[0]
            and not any(t.text in _CLAUSE_PUNCT or t.text in _SENTENCE_ENDS for t in doc[j[1] : harm[0]])
            for j in judged
        ):
            judged.append(harm)
    return tuple(judged), tuple(accused)


def _charges(
    doc: Doc,
    triggers: list[tuple[int, int, Rule]],
    starts: list[int],
    found: dict[str, list[tuple[int, int, Rule]]],
    cues: Cues,
    judged: tuple[tuple[int, int, Rule], ...],
) -> list[tuple[int, int, Rule]]:
    """Threats named as the offence a defender is charged with or sentenced for ("purge une peine de 18
    mois pour « harcèlement »", "sentenced for harassment over his posts"): a threat after a crime link,
    with a prosecution or a verdict and a defender who is no victim before the link in its sentence."""
    in_harm = {i for t in triggers if t[2].category in JUDGED_HARM for i in range(t[0], t[1])}
    charged = []
    for threat in triggers:
        if threat[2].category != THREAT_HARASSMENT or threat in judged:
            continue
        sentence_start, _ = _sentence_of(starts, threat[0], len(doc))
        limit = max(sentence_start, threat[0] - JUDGED_REACH)
        i = _start_of_crime(doc, threat[0], limit, in_harm, set(), cues)
        if i < sentence_start or doc[i].lower_ not in cues.crime_links:
            continue
        prosecuted = any(
            sentence_start <= t[0] < i and t[2].category == JUDICIAL_HARASSMENT for t in triggers
        ) or any(sentence_start <= m[0] < i for m in found.get("convictions", []))
        if prosecuted and _defender_accused(doc, found, cues, sentence_start, i):
            charged.append(threat)
    return charged


def _defender_accused(
    doc: Doc, found: dict[str, list[tuple[int, int, Rule]]], cues: Cues, sentence_start: int, link: int
) -> bool:
    """A defender between the sentence's start and the crime link at `link` who is no harm's victim: the
    one charged ("protester sentenced for assaulting an officer")."""
    return any(
        sentence_start <= d[0] < link and not _victim_of_harm(doc, d, found, cues)
        for d in found.get("defenders", [])
    )


def _tried(
    judged: tuple[tuple[int, int, Rule], ...],
    found: dict[str, list[tuple[int, int, Rule]]],
    headline_end: int,
) -> tuple[tuple[int, int, Rule], ...]:
    """A headline that names the aggressor tried or arrested ("two life terms for killing wife and son",
    "court jails editor's knife attackers") tells who the report's case is about: its lede's "was
    sentenced" is the same aggressor's, and its attack the crime judged. The crime or the aggressor named."""
    in_headline = tuple(m for m in judged if m[0] < headline_end)
    if in_headline:
        return in_headline
    prosecuted = any(
        t[2].category in PERPETRATOR_SENSITIVE and t[0] < headline_end for t in found.get("strong", [])
    )
    return tuple(m for m in found.get("perpetrators", []) if m[0] < headline_end) if prosecuted else ()


def _start_of_crime(
    doc: Doc, harm: int, limit: int, in_harm: set[int], in_victim: set[int], cues: Cues
) -> int:
    """The index of the word before the phrase that names a crime ending in the harm at `harm`:
    other harms, list words, numbers, the victim and the words that describe it ("for the 2007
    abduction and murder of", "over Politkovskaya killing", "for radio reporter Ivo Lant's murder")."""
    victim = set(in_victim)
    i = harm - 1
    while i >= limit and doc[i].lower_ not in cues.crime_links | cues.admissions:
        if doc[i].is_alpha and i + 1 in victim:  # "radio reporter", "local TV reporter"
            victim.add(i)
        elif not (
            i in in_harm
            or i in victim
            or doc[i].lower_ == ","
            or doc[i].text in _QUOTES
            or doc[i].lower_ in cues.crime_list_words
            or doc[i].like_num
            or _names_the_crime(doc[i], cues)
        ):
            break
        i -= 1
    return i


def _names_the_crime(token: Token, cues: Cues) -> bool:
    """A word that may name the victim or qualify the crime between "for" and the harm: a name
    ("Babar"), a possessive ("'s") or a participle used as an adjective ("premeditated")."""
    if token.text in cues.genitives:
        return True
    # Title-case headlines capitalise prepositions too: "Over Post About Killing" names no victim.
    if token.is_title and not _shows_a_verb(token, cues) and token.lower_ not in cues.participle_openers:
        return True
    return (
        token.is_lower
        and any(token.lower_.endswith(e) for e in cues.participle_endings)
        and not _shows_a_verb(token, cues)
    )


def _shows_a_verb(token: Token, cues: Cues) -> bool:
    """Punctuation or a word that, after a participle, makes it a verb ("jailed in", "jailed: the ...")
    and that is never part of a victim's name."""
    return token.lower_ in _NOT_A_DESCRIPTOR or token.lower_ in cues.participle_verb_words


def _speakers(
    doc: Doc,
    defenders: list[tuple[int, int, Rule]],
    sources: list[tuple[int, int, Rule]],
    headline_end: int,
    cues: Cues,
) -> list[tuple[int, int, Rule]]:
    """Defenders who tell the story rather than suffer it: "his lawyer said", "the press-freedom group
    condemned", "according to the journalists' union". They are no target of the event's trigger."""
    speakers = []
    # Only the lede's speakers, and not "his lawyer": a possessive defender is the victim's own.
    for defender in defenders:
        if defender[0] < headline_end or (
            defender[0] > 0 and doc[defender[0] - 1].lower_ in cues.possessives
        ):
            continue
        for cue_start, cue_end, _ in sources:
            after = 0 <= cue_start - defender[1] <= SOURCE_REACH and not any(
                t.is_punct for t in doc[defender[1] : cue_start]
            )
            before = (
                0 <= defender[0] - cue_end <= SOURCE_REACH and doc[cue_start].lower_ in cues.leading_sources
            )
            if after or before:
                speakers.append(defender)
                break
    return speakers


def _possessor_of_a_thing(
    doc: Doc,
    target: tuple[int, int, Rule],
    category: str,
    found: dict[str, list[tuple[int, int, Rule]]],
    cues: Cues,
) -> bool:
    """A person named as the owner of a thing ("seize the reporter's camera", "took activists'
    phones"): the object of the verb is the thing, not the person, unless the thing is a person too
    ("the journalist's lawyer")."""
    end = target[1]
    # a name may follow the role: "photographer Lior Hanck's camera"
    while end < min(len(doc), target[1] + POSSESSED_REACH) and doc[end].is_title:
        end += 1
    if end >= len(doc):
        return False
    # "journalists' phones", not "netizen 'Flypig'": a bare apostrophe right after a plural in -s
    plural = doc[end].text in {"'", *TYPOGRAPHIC_APOSTROPHES} and (
        doc[end - 1].lower_.endswith("s") and not doc[end - 1].whitespace_
    )
    if doc[end].text not in cues.genitives and not plural:
        return False
    people = found.get("defenders", []) + [m for m in found.get("target", []) if m[2].category == category]
    return not any(1 <= m[0] - end <= POSSESSED_REACH for m in people)


def _released_afterwards(doc: Doc, end: int, reversal: tuple[int, int, Rule], breaks: list[int]) -> bool:
    """A reversal told after the trigger ending at `end`, in a later clause ("held for 30 hours, then
    freed", "arrested on Saturday; both bailed"): the event happened and then ended, it is still news."""
    # A colon announces what the headline is about: "held for 40 hours: 'I am free'" is the release.
    return (
        end <= reversal[0]
        and not _same_clause(breaks, end, reversal[0])
        and not any(t.text == ":" for t in doc[end : reversal[0]])
    )


def _is_the_trigger(blocker: tuple[int, int, Rule], trigger: tuple[int, int, Rule]) -> bool:
    """A blocker on exactly the trigger's words is the trigger itself and cancels nothing (it would
    cancel every occurrence), unless it is written `exact: true` and names another form: a word the
    lemma or the stem merges with the trigger (a filming "shooting" beside "shot", observers beside
    surveillance where a stemmer gives both one stem)."""
    same_words = blocker[:2] == trigger[:2]
    another_form = blocker[2].exact and blocker[2].phrase.lower() != trigger[2].phrase.lower()
    return same_words and not another_form


def _overlaps(match: tuple[int, int, Rule], start: int, end: int) -> bool:
    return match[0] < end and start < match[1]


def _distance(match: tuple[int, int, Rule], start: int, end: int) -> int:
    if _overlaps(match, start, end):
        return 0
    return start - match[1] if match[1] <= start else match[0] - end


def _crime_story(found: dict[str, list[tuple[int, int, Rule]]]) -> bool:
    """No defender, and someone is arrested or charged: police catching a suspect, not an attack
    on civil society (mass violence against villagers carries no arrest and still counts)."""
    if found.get("defenders"):
        return False
    triggers = found.get("strong", []) + found.get("weak", [])
    harms = {(s, e) for s, e, r in triggers if r.category == PHYSICAL_ATTACK}
    # "abducted" is a harm word of both lists: only an arrest or a charge that is no harm word counts,
    # and no ambiguous verb that needs a person beside it ("armed men seized four people", "took away").
    return any(
        r.category in PERPETRATOR_SENSITIVE and (s, e) not in harms and r.near is None for s, e, r in triggers
    )


def _known_by_outlet(doc: Doc, roles: list[tuple[int, int, Rule]], cues: Cues) -> list[tuple[int, int, Rule]]:
    """Defenders known by the outlet or group they work for: a role, a link word or two and a
    capitalised name ("la directora de El Espirituano", "secrétaire général du CISC", "dirigente da Cainquiama").
    A place alone or a state body is no outlet ("el director de Puebla", "director de Seguridad Pública").
    Each is returned as a defender match."""
    if not roles:
        return []
    places = _tokens_in_spans(doc, COUNTRIES_KEY)
    known = []
    for start, end, rule in roles:
        i = end
        while i < len(doc) and i - end < OUTLET_LINK_WORDS and doc[i].lower_ in cues.outlet_links:
            i += 1
        if i == end or i >= len(doc) or doc[i].lower_ in cues.state_bodies:
            continue
        name = i
        while name in places:  # "director de Guayaquil News": a place that starts an outlet's name
            name += 1
        if name < len(doc) and doc[name].is_alpha and (doc[name].is_title or doc[name].is_upper):
            known.append((start, name + 1, Rule("defenders", "", rule.phrase)))
    return known


def _punished_for_expression(
    doc: Doc, found: dict[str, list[tuple[int, int, Rule]]], cues: Cues
) -> list[tuple[int, int, Rule]]:
    """People held or tried for what they said: "gets seven years over poems on Facebook", "jailed for
    laying flowers", «арестован за репост». An act of expression (`expression_acts`) a few words after a
    crime link that follows a custody or prosecution trigger in its clause makes the one punished a
    defender (GUIDELINES: people exercising civic rights), whatever word the report uses for them. Each
    act is returned as a defender match."""
    acts = found.get("expression_acts", [])
    if not acts:
        return []
    triggers = found.get("strong", []) + found.get("weak", [])
    # "29 criminal cases over statements" is a tally, not someone punished
    punishments = [
        t
        for t in triggers
        if t[2].category in (ARREST_DETENTION, JUDICIAL_HARASSMENT)
        and not (t[0] > 0 and doc[t[0] - 1].is_digit and int(doc[t[0] - 1].text) >= TALLY_MIN)
        # "a gag law: up to five years in prison for posts" is what a law punishes, no one punished
        and not any(
            law[2].category == RESTRICTIVE_LAW
            and law[1] <= t[0]
            and not any("\n" in u.text for u in doc[law[1] : t[0]])
            for law in triggers
        )
    ]
    punished = []
    for start, end, rule in acts:
        if any(t[1] == start for t in triggers):
            continue  # "a harassment video", "torture footage": what the act is about, not who made it
        for link in range(start - 1, max(-1, start - 1 - EXPRESSION_LINK_REACH), -1):
            if (doc[link].is_punct and doc[link].text not in _QUOTES) or "\n" in doc[link].text:
                break  # "over 'seditious' T-shirt" reaches across the quotation mark
            if doc[link].lower_ in cues.crime_links:
                if any(
                    0 <= link - t[1] <= JUDGED_REACH
                    and not any(
                        (u.is_punct and u.text not in _QUOTES) or "\n" in u.text for u in doc[t[1] : link]
                    )
                    for t in punishments
                ):
                    punished.append((start, end, Rule("defenders", EXPRESSION_ACT, rule.phrase)))
                break
    return punished


def _in_quotes(doc: Doc, start: int, end: int) -> bool:
    """The span stands alone between quotation marks: « assassin », 'murderer'."""
    return start > 0 and end < len(doc) and doc[start - 1].text in _QUOTES and doc[end].text in _QUOTES


def _part_of_a_title(doc: Doc, start: int, end: int) -> bool:
    """A one-word cue written with a capital inside a sentence in sentence case names an outlet, not an
    event: "Midi Libre Hebdo", "Prensa Libre" (after another capitalised word), "les correspondantes de
    Libération" (alone). A capitalised word before another ("el Premio Nacional de Periodismo") is the
    head of an award's name and stays a cue; headlines in title case tell nothing by their capitals."""
    if end - start != 1 or start == 0 or not doc[start].is_title:
        return False
    before = doc[start - 1]
    if not before.is_alpha or "\n" in doc[start - 1 : start + 1].text_with_ws[len(before.text) :]:
        return False
    # Title case leaves hardly a long word in lower case ("Journalist Freed After 30 Days in Custody").
    if sum(t.is_lower and len(t) > 3 for t in doc[max(0, start - 10) : start + 10]) < 2:
        return False
    after = doc[start + 1] if start + 1 < len(doc) else None
    return before.is_title or after is None or not after.is_title


def _tokens_in_spans(doc: Doc, key: str) -> set[int]:
    """Token indices inside the gazetteer's spans under `key` (organisation names, places)."""
    return {i for span in doc.spans.get(key, []) for i in range(span.start, span.end)}


def _describes_someone(
    doc: Doc,
    start: int,
    end: int,
    sentence: tuple[int, int],
    defenders: list[tuple[int, int, Rule]],
    cues: Cues,
) -> bool:
    """A one-word participle used as an adjective before a defender: "the jailed activist"."""
    word = doc[start].lower_
    participle = word in cues.participles or any(word.endswith(e) for e in cues.participle_endings)
    if end - start != 1 or not participle:
        return False
    if (
        start > sentence[0]
        and doc[start - 1].lower_ not in cues.participle_openers
        # "three jailed reporters"; a year ends a date ("on 14 May 2016 sentenced 152 protesters")
        and not (doc[start - 1].like_num and not _YEAR.match(doc[start - 1].text))
    ):
        return False
    for d_start, _, _ in defenders:
        if end <= d_start <= end + DESCRIPTIVE_REACH and d_start < sentence[1]:
            between = doc[end:d_start]
            return not any(_shows_a_verb(t, cues) for t in between)
    return False


def _sentence_starts(doc: Doc) -> list[int]:
    """Token indices where sentences start: after . ! ? and line breaks (headline ↔ lede). A mark
    inside quotes ends a name, not the sentence ("«Экозащиту!» из реестра"), unless a capital follows
    the closing quote ("«Уходите!» Потом …")."""
    starts = [0]
    for token in doc:
        ends_sentence = token.text in _SENTENCE_ENDS or (token.is_space and "\n" in token.text)
        start = token.i + 1
        if ends_sentence and start < len(doc) and doc[start].text in _CLOSING_QUOTES:
            start += 1
            ends_sentence = start < len(doc) and doc[start].text[:1].isupper()
        if ends_sentence and start < len(doc) and start != starts[-1]:
            starts.append(start)
    return starts


@Language.factory("hrdwatch_threats")
def make_threats(nlp: Language, name: str) -> ThreatScorer:
    return ThreatScorer(nlp, name)
