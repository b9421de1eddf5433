"""Gazetteer components: `hrdwatch_countries` (names, demonyms, capitals, cities → ISO 3166-1 alpha-2)
and `hrdwatch_organisations` (known organisations, plus title-case names around an organisation word).

Both match on NORM with a `PhraseMatcher`, so one list serves every language and inflected forms
("Минске" → "минск") are found. An entry written with a capital letter matches only capitalised
text, so "Chad" the country is found but "turkey" the bird is not.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from typing import Final

import yaml
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

COUNTRIES_KEY: Final = "countries"
ORGANISATIONS_KEY: Final = "organisations"

# Words that make a title-case run an organisation's name ("Belarusian Association of Journalists").
_ORG_HEADS: Final = [
    "Association",
    "Alliance",
    "Agency",
    "Centre",
    "Center",
    "Coalition",
    "Collective",
    "Commission",
    "Committee",
    "Council",
    "Department",
    "Bureau",
    "Directorate",
    "Federation",
    "Forum",
    "Foundation",
    "Front",
    "Institute",
    "League",
    "Movement",
    "Network",
    "Observatory",
    "Party",
    "Society",
    "Syndicate",
    "Trust",
    "Union",
    "Watch",
    "Asociación",
    "Colectivo",
    "Comisión",
    "Comité",
    "Consejo",
    "Coordinadora",
    "Federación",
    "Frente",
    "Fundación",
    "Instituto",
    "Movimiento",
    "Observatorio",
    "Red",
    "Sindicato",
    "Ligue",
    "Syndicat",
    "Associação",
    "Comissão",
    "Conselho",
    "Federação",
    "Fundação",
    "Movimento",
    "Sindicato",
    "Articulação",
]
_ORG_CONNECTORS: Final = frozenset(
    [
        "of",
        "for",
        "and",
        "&",
        "de",
        "del",
        "la",
        "las",
        "los",
        "y",
        "e",
        "et",
        "des",
        "du",
        "pour",
        "da",
        "do",
        "dos",
        "das",
        "para",
        "por",
        "the",
    ]
)


@cache
def _data(name: str) -> dict[str, list[str]]:
    text = (resources.files("classifiers") / "gazetteer" / name).read_text(encoding="utf-8")
    loaded = yaml.safe_load(text) or {}
    return {str(k): [str(v) for v in values] for k, values in loaded.items()}


def country_terms() -> Iterator[tuple[str, str]]:
    """(ISO2 code, name) pairs from the packaged gazetteer."""
    for name in ("countries.yaml", "places.yaml"):
        for code, terms in _data(name).items():
            for term in terms:
                yield code, term


def organisation_terms() -> Iterator[tuple[str, str]]:
    """(canonical name, name or acronym) pairs from the packaged gazetteer."""
    for canonical, aliases in _data("organisations.yaml").items():
        yield canonical, canonical
        for alias in aliases:
            yield canonical, alias


class _Gazetteer:
    """A NORM PhraseMatcher over (label, term) pairs with the capitalisation rule."""

    def __init__(self, nlp: Language, terms: Iterable[tuple[str, str]]) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        by_key: dict[str, list[Doc]] = {}
        for label, term in terms:
            # Key carries the label and whether the text must be capitalised like the entry.
            key = f"{label}|{'C' if term[:1].isupper() else 'c'}"
            by_key.setdefault(key, []).append(nlp.make_doc(term))
        for key, docs in by_key.items():
            self.matcher.add(key, docs)
        self.strings = nlp.vocab.strings

    def spans(self, doc: Doc) -> list[Span]:
        found: list[Span] = []
        for match_id, start, end in self.matcher(doc):
            label, case = self.strings[match_id].rsplit("|", 1)
            if case == "C" and not doc[start].text[:1].isupper():
                continue
            found.append(Span(doc, start, end, label=label))
        return _longest_first(found)


def _longest_first(spans: list[Span]) -> list[Span]:
    """Drop spans inside longer ones ("Congo" inside "Democratic Republic of the Congo")."""
    kept: list[Span] = []
    taken: set[int] = set()
    for span in sorted(spans, key=lambda s: (s.start - s.end, s.start)):
        if taken.isdisjoint(range(span.start, span.end)):
            kept.append(span)
            taken.update(range(span.start, span.end))
    return sorted(kept, key=lambda s: s.start)


class CountryRuler:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.gazetteer = _Gazetteer(nlp, country_terms())

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[COUNTRIES_KEY] = self.gazetteer.spans(doc)
        return doc


class OrganisationRuler:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.gazetteer = _Gazetteer(nlp, organisation_terms())
        self.heads = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.heads.add("ORG_HEAD", [nlp.make_doc(word) for word in _ORG_HEADS])

    def __call__(self, doc: Doc) -> Doc:
        spans = self.gazetteer.spans(doc)
        for _, start, _ in self.heads(doc):
            if (named := _named_by_head(doc, start)) is not None:
                spans.append(named)
        doc.spans[ORGANISATIONS_KEY] = _longest_first([s for s in spans if len(s) > 1])
        return doc


def _is_name_word(text: str) -> bool:
    return text[:1].isupper() and any(c.isalpha() for c in text)


def _named_by_head(doc: Doc, head: int) -> Span | None:
    """The title-case run around an organisation word, through connectors like "of" and "de"."""
    start = head
    while start > 0 and _is_name_word(doc[start - 1].text) and doc[start - 1].whitespace_ != "":
        start -= 1
    end = head + 1
    probe = end
    while probe < len(doc) and probe - head <= 6:
        text = doc[probe].text
        if _is_name_word(text):
            probe += 1
            end = probe
        elif text.lower() in _ORG_CONNECTORS:
            probe += 1
        else:
            break
    return Span(doc, start, end, label="ORG") if end - start > 1 else None


def countries_of(doc: Doc) -> tuple[str, ...]:
    """ISO2 codes in order of first mention."""
    return tuple(dict.fromkeys(span.label_ for span in doc.spans.get(COUNTRIES_KEY, [])))


def organisations_of(doc: Doc) -> tuple[str, ...]:
    return tuple(
        dict.fromkeys(
            span.label_ if span.label_ != "ORG" else span.text
            for span in doc.spans.get(ORGANISATIONS_KEY, [])
        )
    )


@Language.factory("hrdwatch_countries")
def make_countries(nlp: Language, name: str) -> CountryRuler:
    return CountryRuler(nlp, name)


@Language.factory("hrdwatch_organisations")
def make_organisations(nlp: Language, name: str) -> OrganisationRuler:
    return OrganisationRuler(nlp, name)
