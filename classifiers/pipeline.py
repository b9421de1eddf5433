"""Entry point the rest of hrdwatch uses to classify reports: one spaCy pipeline per language.

Offsets in evidence refer to the text `title + "\\n" + summary` (see `ReportText.text`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_suffix_regex

# Importing the component modules registers their factories with spaCy.
from classifiers import gazetteer, lemmas, persons, threats
from classifiers.gazetteer import countries_of, organisations_of
from classifiers.model import TrainedModel, combine, load_model
from classifiers.patterns import available_languages, load_language, pattern_version
from classifiers.persons import persons_of
from classifiers.result import ClassificationResult, Entities, Evidence
from classifiers.taxonomy import CATEGORIES
from classifiers.threats import ThreatAnalysis
from extractors.language import detect_language

__all__ = ["ReportText", "ThreatClassifier", "build_pipeline", "load_classifier"]

_REGISTERED: Final = (gazetteer, lemmas, persons, threats)
# Names and phrases from the gazetteers must not crowd news words out of the tokenizer cache.
TOKENIZER_CACHE_SIZE: Final = 200_000
UNDETERMINED: Final = "und"
# spaCy's Arabic suffix rules leave a sentence-final full stop on digits and Arabic letters ("2016.",
# "يوماً."), so the trigger or year before it is missed and two sentences run together.
EXTRA_SUFFIXES: Final = {"ar": (r"(?<=[0-9\u0600-\u06FF])\.",)}


@dataclass(frozen=True)
class ReportText:
    id: str
    title: str
    summary: str = ""
    language: str | None = None  # ISO 639-1 hint; detected when None

    @property
    def text(self) -> str:
        """The text that is classified and that evidence offsets refer to."""
        return f"{self.title}\n{self.summary}" if self.summary else self.title


def build_pipeline(language: str, *, use_pretrained_ner: bool = True) -> Language:
    """The blank spaCy pipeline for `language` with the hrdwatch components."""
    patterns = load_language(language)
    nlp = spacy.blank(language)
    if hasattr(nlp.tokenizer, "max_cache_size"):
        nlp.tokenizer.max_cache_size = TOKENIZER_CACHE_SIZE
    if language in EXTRA_SUFFIXES and isinstance(nlp.tokenizer, Tokenizer):
        suffixes = [*(nlp.Defaults.suffixes or ()), *EXTRA_SUFFIXES[language]]
        nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    nlp.add_pipe("hrdwatch_lemmas")
    nlp.add_pipe("hrdwatch_countries")
    nlp.add_pipe("hrdwatch_organisations")
    # a gapped phrase is no role word the person finder could look for
    roles = [
        e.phrase for e in (*patterns.cues.defenders, *patterns.cues.roles) if not e.exact and not e.gapped
    ]
    nlp.add_pipe("hrdwatch_persons", config={"roles": roles, "use_pretrained_ner": use_pretrained_ner})
    nlp.add_pipe("hrdwatch_threats")
    return nlp


class ThreatClassifier:
    """Classifies report texts into the seven categories with evidence."""

    def __init__(self, model_dir: Path | None = None, *, use_pretrained_ner: bool = True) -> None:
        self.model_dir = model_dir
        self.model: TrainedModel | None = load_model(model_dir) if model_dir is not None else None
        self.languages = frozenset(available_languages())
        self.pattern_version = pattern_version()
        self.use_pretrained_ner = use_pretrained_ner
        self._pipelines: dict[str, Language] = {}

    @property
    def model_version(self) -> str | None:
        return self.model.version if self.model is not None else None

    def pipeline(self, language: str) -> Language:
        """The pipeline for a supported language, built on first use."""
        if language not in self._pipelines:
            self._pipelines[language] = build_pipeline(language, use_pretrained_ner=self.use_pretrained_ner)
        return self._pipelines[language]

    def language_of(self, item: ReportText) -> str:
        hint = (item.language or "").strip().lower()[:2]
        return hint if hint.isalpha() and len(hint) == 2 else detect_language(item.text, UNDETERMINED)

    def classify(self, item: ReportText) -> ClassificationResult:
        return self.classify_many([item])[0]

    def classify_many(self, items: Iterable[ReportText], batch_size: int = 256) -> list[ClassificationResult]:
        """Results in input order; reports in languages without patterns come back unsupported."""
        listed = list(items)
        languages = [self.language_of(item) for item in listed]
        results: list[ClassificationResult | None] = [None] * len(listed)
        for language in dict.fromkeys(languages):
            positions = [i for i, lang in enumerate(languages) if lang == language]
            if language not in self.languages:
                for i in positions:
                    results[i] = self._unsupported(listed[i], language)
                continue
            texts = [listed[i].text for i in positions]
            model_scores = self.model.predict(texts) if self.model is not None else None
            docs = self.pipeline(language).pipe(texts, batch_size=batch_size)
            for n, (i, doc) in enumerate(zip(positions, docs, strict=True)):
                extra = model_scores[n] if model_scores is not None else None
                results[i] = self._result(listed[i].id, language, doc, extra)
        return [r for r in results if r is not None]

    def docs(self, items: Iterable[ReportText]) -> Iterator[tuple[ReportText, str, Doc | None]]:
        """Each item with its language and analysed Doc (None when unsupported): for `explain`."""
        for item in items:
            language = self.language_of(item)
            doc = self.pipeline(language)(item.text) if language in self.languages else None
            yield item, language, doc

    def _unsupported(self, item: ReportText, language: str) -> ClassificationResult:
        return ClassificationResult(
            id=item.id,
            categories=(),
            scores=dict.fromkeys(CATEGORIES, 0.0),
            hrd_victim=False,
            language=language,
            supported=False,
            pattern_version=self.pattern_version,
            model_version=self.model_version,
        )

    def _result(
        self, report_id: str, language: str, doc: Doc, model_scores: dict[str, float] | None
    ) -> ClassificationResult:
        analysis: ThreatAnalysis = doc._.threats
        scores = dict(analysis.scores)
        gate = self.model.gate if self.model is not None else None
        if model_scores is not None and gate is not None:
            scores = gate.scores(analysis, language, model_scores)
        elif model_scores is not None:
            scores = combine(scores, model_scores)
        categories = analysis.reported(scores)
        hrd_victim = analysis.hrd_victim_with(categories) and (
            gate is None
            or model_scores is None
            or gate.keeps_defender(analysis, categories, scores, model_scores)
        )
        evidence = tuple(_evidence(doc, analysis, c) for c in categories)
        return ClassificationResult(
            id=report_id,
            categories=categories,
            scores=scores,
            hrd_victim=hrd_victim,
            language=language,
            evidence=evidence,
            entities=Entities(persons_of(doc), organisations_of(doc), countries_of(doc)),
            pattern_version=self.pattern_version,
            model_version=self.model_version,
        )


def _evidence(doc: Doc, analysis: ThreatAnalysis, category: str) -> Evidence:
    occ = analysis.best_for(category)
    sentence = doc[occ.sentence[0] : occ.sentence[1]]
    trigger = doc[occ.start : occ.end]
    text = sentence.text.strip()
    sentence_start = sentence.start_char + (len(sentence.text) - len(sentence.text.lstrip()))
    return Evidence(
        category=category,
        text=text,
        start=trigger.start_char,
        end=trigger.end_char,
        trigger=trigger.text,
        sentence_start=sentence_start,
        sentence_end=sentence_start + len(text),
    )


def load_classifier(model_dir: Path | None = None) -> ThreatClassifier:
    """The classifier, with the latest trained model under `model_dir` when one is there."""
    return ThreatClassifier(model_dir)
