"""Rule tables per language: (case id, headline, lede, expected categories, expected hrd_victim)."""

from tests.classifiers.rule_tables import ar, en, es, fr, pt, ru

CASES_BY_LANGUAGE = {
    "en": en.CASES,
    "es": es.CASES,
    "fr": fr.CASES,
    "pt": pt.CASES,
    "ru": ru.CASES,
    "ar": ar.CASES,
}
