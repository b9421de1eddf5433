"""`hrdwatch_persons`: person names by rule — title-case words next to a role word
("activist Ana Ruiz", "Ana Ruiz, a lawyer", "la periodista Ana Ruiz") — or by a pretrained NER
when a spaCy model for the language is installed (none is needed, none is installed by default).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from classifiers.gazetteer import COUNTRIES_KEY, ORGANISATIONS_KEY

PERSONS_KEY: Final = "persons"
MAX_NAME_TOKENS: Final = 4

# Particles inside names ("Berta Cáceres", "Luiz Inácio da Silva", "Abdullah al-Khalil").
NAME_PARTICLES: Final = frozenset(
    ["de", "del", "da", "do", "dos", "das", "di", "van", "von", "bin", "ibn", "al", "el", "la", "le"]
)
# Capitalised words that start sentences or headlines but are never part of a person's name.
_NOT_NAMES: Final = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "After",
        "Before",
        "For",
        "From",
        "With",
        "Without",
        "By",
        "Of",
        "And",
        "But",
        "Police",
        "Government",
        "Authorities",
        "President",
        "Minister",
        "Court",
        "Army",
        "Soldiers",
        "Security",
        "Forces",
        "Officials",
        "State",
        "Says",
        "Said",
        "Human",
        "Rights",
        "Two",
        "Three",
        "Several",
        "Prominent",
        "Detained",
        "Arrested",
        "Jailed",
        "Killed",
        "Missing",
        "Veteran",
        "Leading",
        "Award-Winning",
        "Independent",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "El",
        "La",
        "Los",
        "Las",
        "Le",
        "Les",
        "Un",
        "Une",
        "Une",
        "O",
        "Os",
        "Um",
        "Uma",
        "Der",
        "Die",
        "Das",
        "Indigenous",
        "Environmental",
        "Land",
        "Woman",
        "Women",
        "Female",
        "Young",
        "Local",
        "Opposition",
        "Trade",
        "Union",
        "Community",
        "Journalist",
        "Journalists",
        "Activist",
        "Activists",
        "Lawyer",
        "Lawyers",
        "Defender",
        "Defenders",
    ]
)
_DETERMINERS: Final = frozenset(["a", "an", "the", "un", "una", "le", "la", "el", "o", "um", "uma"])
_PRETRAINED: Final = {"en": "en_core_web_sm", "es": "es_core_news_sm", "fr": "fr_core_news_sm"}
_PRETRAINED.update({"pt": "pt_core_news_sm", "ru": "ru_core_news_sm"})


def is_name_word(text: str) -> bool:
    return text[:1].isupper() and text.replace("-", "").replace("'", "").isalpha() and text not in _NOT_NAMES


class PersonFinder:
    def __init__(self, nlp: Language, name: str, roles: Iterable[str], use_pretrained_ner: bool) -> None:
        self.name = name
        self.matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        self.matcher.add("ROLE", [nlp.make_doc(role) for role in roles])
        self.ner: Any | None = _pretrained_ner(str(nlp.lang)) if use_pretrained_ner else None

    def __call__(self, doc: Doc) -> Doc:
        if self.ner is not None:
            # The model tokenises on its own; map its entities back by character offsets.
            spans = (
                doc.char_span(e.start_char, e.end_char, label="PERSON", alignment_mode="expand")
                for e in self.ner(doc.text).ents
                if e.label_ in {"PERSON", "PER"}
            )
            found = [span for span in spans if span is not None]
        else:
            taken = {
                i
                for key in (COUNTRIES_KEY, ORGANISATIONS_KEY)
                for s in doc.spans.get(key, [])
                for i in range(s.start, s.end)
            }
            found = []
            for _, start, end in self.matcher(doc):
                for span in (_name_after(doc, end), _name_before(doc, start)):
                    if span is not None and taken.isdisjoint(range(span.start, span.end)):
                        found.append(span)
        doc.spans[PERSONS_KEY] = found
        return doc


def _name_run(doc: Doc, start: int, step: int) -> int:
    """Index one past the last name word from `start` in direction `step`."""
    i, last = start, start - step
    while 0 <= i < len(doc) and abs(i - start) < MAX_NAME_TOKENS:
        text = doc[i].text
        if is_name_word(text):
            last = i
        elif text.lower() not in NAME_PARTICLES or i == start:
            break
        i += step
    return last + step


def _name_after(doc: Doc, role_end: int) -> Span | None:
    """ "activist Ana Ruiz" """
    end = _name_run(doc, role_end, 1)
    return Span(doc, role_end, end, label="PERSON") if end - role_end >= 2 else None


def _name_before(doc: Doc, role_start: int) -> Span | None:
    """ "Ana Ruiz, a lawyer" """
    i = role_start - 1
    if i >= 0 and doc[i].lower_ in _DETERMINERS:
        i -= 1
    if i < 1 or doc[i].text != ",":
        return None
    first = _name_run(doc, i - 1, -1) + 1
    return Span(doc, first, i, label="PERSON") if i - first >= 2 else None


def _pretrained_ner(language: str) -> Any | None:
    """An installed spaCy pipeline's NER for `language`, or None (the rules are used then)."""
    import spacy.util

    package = _PRETRAINED.get(language)
    if package is None or not spacy.util.is_package(package):
        return None
    import spacy

    return spacy.load(package, enable=["tok2vec", "ner"])


def persons_of(doc: Doc) -> tuple[str, ...]:
    return tuple(dict.fromkeys(span.text for span in doc.spans.get(PERSONS_KEY, [])))


@Language.factory("hrdwatch_persons", default_config={"roles": [], "use_pretrained_ner": True})
def make_persons(nlp: Language, name: str, roles: list[str], use_pretrained_ner: bool) -> PersonFinder:
    return PersonFinder(nlp, name, roles, use_pretrained_ner)
