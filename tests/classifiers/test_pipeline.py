"""The per-language spaCy pipelines that `ThreatClassifier` builds."""

from __future__ import annotations

import pytest

from classifiers.errors import PatternFileError
from classifiers.lemmas import parse_verb_endings, verb_endings
from classifiers.pipeline import ReportText, ThreatClassifier, build_pipeline


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("اعتقل الصحفي عام 2016. ثم", ["اعتقل", "الصحفي", "عام", "2016", ".", "ثم"]),
        ("ظل مختفياً. وقالت", ["ظل", "مختفياً", ".", "وقالت"]),
        ("الساعة 3.5 مساء", ["الساعة", "3.5", "مساء"]),  # a decimal point is not a full stop
    ],
)
def test_arabic_full_stop_is_split_off_digits_and_words(text: str, tokens: list[str]) -> None:
    nlp = build_pipeline("ar", use_pretrained_ner=False)
    assert [token.text for token in nlp.make_doc(text)] == tokens


def test_arabic_evidence_sentence_ends_at_its_full_stop(classifier: ThreatClassifier) -> None:
    result = classifier.classify(
        ReportText(
            "ar-stop",
            "عاجل",
            "قالت النقابة إن الشرطة اعتقلت الصحفي أحمد سمير في عام 2016. وأضافت أنه ما زال محتجزاً.",
            "ar",
        )
    )
    assert result.categories == ("arrest_detention",)
    assert result.evidence[0].text == "قالت النقابة إن الشرطة اعتقلت الصحفي أحمد سمير في عام 2016."


@pytest.mark.parametrize(
    ("language", "word", "plain"), [("fr", "l’", "l'"), ("fr", "d’", "d'"), ("en", "’s", "'s")]
)
def test_typographic_apostrophe_is_matched_like_the_plain_one(language: str, word: str, plain: str) -> None:
    nlp = build_pipeline(language, use_pretrained_ner=False)
    assert nlp.make_doc(word)[0].norm_ == nlp.make_doc(plain)[0].norm_


@pytest.mark.parametrize(
    ("language", "word", "not_lemma"),
    [("fr", "puis", "pouvoir"), ("es", "entre", "entrar"), ("pt", "pelo", "pelar"), ("ru", "после", "посол")],
)
def test_function_words_are_no_verb_or_noun(language: str, word: str, not_lemma: str) -> None:
    nlp = build_pipeline(language, use_pretrained_ner=False)
    assert nlp.make_doc(word)[0].norm_ == word != nlp.make_doc(not_lemma)[0].norm_


@pytest.mark.parametrize(
    ("language", "form", "infinitive"),
    [
        ("es", "hackean", "hackear"),
        ("es", "hackeó", "hackear"),
        ("es", "vandalizan", "vandalizar"),
        ("pt", "hackeou", "hackear"),
        ("pt", "hackeia", "hackear"),
        ("fr", "hackée", "hacker"),
        ("fr", "géolocalisés", "géolocaliser"),
    ],
)
def test_unknown_regular_verb_forms_reach_their_infinitive(language: str, form: str, infinitive: str) -> None:
    nlp = build_pipeline(language, use_pretrained_ner=False)
    assert nlp.make_doc(form)[0].norm_ == nlp.make_doc(infinitive)[0].norm_ == infinitive


@pytest.mark.parametrize(
    ("compound", "verb"),
    [
        ("prenderam-no", "prenderam"),
        ("tiraram-lhe", "tiraram"),
        ("espancaram-nos", "espancaram"),
        ("levá-lo", "levar"),  # the infinitive lost its "r" before "-lo"
        ("detê-la", "deter"),
        ("sequestrá-los", "sequestrar"),
    ],
)
def test_portuguese_verbs_are_read_without_their_attached_pronoun(compound: str, verb: str) -> None:
    nlp = build_pipeline("pt", use_pretrained_ner=False)
    assert nlp.make_doc(compound)[0].norm_ == nlp.make_doc(verb)[0].norm_ != compound


def test_portuguese_hyphenated_nouns_are_no_verb_and_pronoun() -> None:
    nlp = build_pipeline("pt", use_pretrained_ner=False)
    assert [nlp.make_doc(word)[0].norm_ for word in ("segunda-feira", "guiné-bissau")] == [
        "segunda-feira",
        "guiné-bissau",
    ]


def test_portuguese_attached_pronoun_does_not_hide_an_arrest(classifier: ThreatClassifier) -> None:
    result = classifier.classify(
        ReportText(
            "pt-clitic", "Polícia prendeu-o à saída da redação", "O jornalista Rui Faria foi levado.", "pt"
        )
    )
    assert "arrest_detention" in result.categories
    assert result.evidence[0].trigger == "prendeu-o"


def test_verb_endings_are_packaged_data_longest_first() -> None:
    for language in ("es", "fr", "pt"):
        endings = [rule.ending for rule in verb_endings(language)]
        assert endings
        # an ending listed after a longer one it ends would never be reached otherwise
        assert all(
            not later.endswith(earlier) for i, earlier in enumerate(endings) for later in endings[i + 1 :]
        )
    assert verb_endings("en") == ()


@pytest.mark.parametrize(
    "text",
    [
        "es: [{ending: an}]",
        "es: [{ending: an, infinitive: ar, before: [e]}]",
        "es: [{ending: '', infinitive: ar}]",
        "es: {ending: an, infinitive: ar}",
        "- es",
    ],
)
def test_invalid_verb_endings_are_refused(text: str) -> None:
    with pytest.raises(PatternFileError, match=r"verb_endings\.yaml"):
        parse_verb_endings(text)


@pytest.mark.parametrize(
    ("language", "word", "lemma"),
    [("es", "pandemia", "pandemia"), ("es", "detenida", "detenido"), ("pt", "Cárcamo", "cárcamo")],
)
def test_known_words_and_nouns_keep_their_form(language: str, word: str, lemma: str) -> None:
    # Only words the table lacks are read by their ending, and a bare "-a" only after "-e"/"-iz".
    nlp = build_pipeline(language, use_pretrained_ner=False)
    assert nlp.make_doc(word)[0].norm_ == lemma


@pytest.mark.parametrize(
    ("word", "same_as"),
    [
        ("нашли", "найти"),  # the table reads it as "наслать"'s imperative
        ("вышли", "выйти"),
        ("надели", "надеть"),
        ("задержаны", "задержан"),  # short participles the table lacks
        ("осуждена", "осуждён"),
        ("заблокировано", "заблокирован"),
        ("изъяты", "изъят"),
        ("закрыто", "закрыт"),  # the table's own short forms read the same way
        ("приговорены", "приговорен"),
    ],
)
def test_russian_verb_forms_reach_one_lemma(word: str, same_as: str) -> None:
    nlp = build_pipeline("ru", use_pretrained_ner=False)
    assert nlp.make_doc(word)[0].norm_ == nlp.make_doc(same_as)[0].norm_


def test_russian_full_participles_and_known_words_keep_their_lemma() -> None:
    nlp = build_pipeline("ru", use_pretrained_ner=False)
    # a full participle describes someone ("жена задержанного"); it is no short form of the news
    assert nlp.make_doc("задержанного")[0].norm_ != nlp.make_doc("задержан")[0].norm_
    # words of the table that only look like short participles stay themselves
    known = ["кредит", "экран", "казахстан"]
    assert [nlp.make_doc(word)[0].norm_ for word in known] == known
