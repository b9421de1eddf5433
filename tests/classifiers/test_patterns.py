from __future__ import annotations

from pathlib import Path

import pytest

from classifiers.errors import PatternFileError
from classifiers.patterns import (
    _parse_language,
    available_languages,
    check_patterns,
    load_language,
    number_words,
    pattern_version,
)
from classifiers.pipeline import build_pipeline


def test_packaged_pattern_files_are_valid() -> None:
    assert check_patterns() == []
    assert {"en", "es", "fr", "pt", "ar", "ru"} <= set(available_languages())


def _write(root: Path, name: str, text: str) -> None:
    (root / "xx").mkdir(parents=True, exist_ok=True)
    (root / "xx" / name).write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "category: arrest_detention\nstrong: [arrest]\nbogus: 1\n",
            "xx/arrest_detention.yaml:3: unknown key 'bogus'",
        ),
        ("category: kidnapping\nstrong: [x]\n", "xx/arrest_detention.yaml:1: unknown category 'kidnapping'"),
        ("category: arrest_detention\n", "missing 'strong' triggers"),
        ("category: arrest_detention\nstrong:\n  - arrest\n  - arrest\n", ":4: 'arrest' repeats line 3"),
        (
            "category: arrest_detention\nstrong: [{phrase: a, weight: 3}]\n",
            "weight must be a number in (0, 1]",
        ),
        ("category: arrest_detention\nstrong: [arrest\n", "not valid YAML"),
        (
            "category: arrest_detention\nlanguage: en\nstrong: [a]\n",
            ":2: language 'en' does not match its folder 'xx'",
        ),
    ],
)
def test_broken_pattern_file_is_reported_with_file_and_line(
    tmp_path: Path, content: str, message: str
) -> None:
    _write(tmp_path, "cues.yaml", "defenders: [activist]\n")
    _write(tmp_path, "arrest_detention.yaml", content)
    problems = check_patterns(tmp_path)
    assert len(problems) == 1
    assert message in problems[0]


def test_loading_a_broken_language_raises(tmp_path: Path) -> None:
    _write(tmp_path, "cues.yaml", "defenders: [activist]\n")
    _write(tmp_path, "arrest_detention.yaml", "category: arrest_detention\nstrong: 7\n")
    with pytest.raises(PatternFileError, match=r"arrest_detention.yaml:2: strong must be a list"):
        load_language("xx", tmp_path)


def test_building_a_pipeline_parses_the_language_files_once() -> None:
    # The pipeline, the threat scorer and the lemma normaliser's number words all load the language.
    _parse_language.cache_clear()
    build_pipeline("en", use_pretrained_ner=False)
    info = _parse_language.cache_info()
    assert (info.misses, info.hits) == (1, 2)


def test_an_edited_pattern_file_is_parsed_again(tmp_path: Path) -> None:
    _write(tmp_path, "cues.yaml", "defenders: [activist]\n")
    first = load_language("xx", tmp_path)
    assert load_language("xx", tmp_path) is first
    _write(tmp_path, "cues.yaml", "defenders: [journalist]\n")
    assert [e.phrase for e in load_language("xx", tmp_path).cues.defenders] == ["journalist"]
    _write(tmp_path, "cues.yaml", "defenders: [journalist]\nnumbers: [one one]\n")
    with pytest.raises(PatternFileError, match="numbers takes single plain words"):
        load_language("xx", tmp_path)


def test_words_yaml_would_read_as_booleans_stay_words(tmp_path: Path) -> None:
    # Analysts write lists of bare words; YAML 1.1 would turn "no", "on", "yes" into booleans.
    _write(
        tmp_path, "cues.yaml", "defenders: [activist]\nnegation: [no, not]\nparticiple_openers: [on, yes]\n"
    )
    cues = load_language("xx", tmp_path).cues
    assert [e.phrase for e in cues.negation] == ["no", "not"]
    assert cues.participle_openers == frozenset({"on", "yes"})


def test_pattern_version_changes_when_a_file_changes(tmp_path: Path) -> None:
    _write(tmp_path, "cues.yaml", "defenders: [activist]\n")
    before = pattern_version(tmp_path)
    _write(tmp_path, "cues.yaml", "defenders: [activist, journalist]\n")
    assert pattern_version(tmp_path) != before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("category: arrest_detention\nstrong: [{phrase: hold, near: 0}]\n", "near must be a whole number"),
        (
            "category: arrest_detention\nblockers: [{phrase: x, near: 3}]\nstrong: [a]\n",
            "only in strong/weak",
        ),
        ("category: arrest_detention\nstrong: [{phrase: a, sense: true}]\n", "sense must be true or false"),
        ("category: arrest_detention\nstrong: [a]\nignore_cues: could\n", "ignore_cues must be a list"),
    ],
)
def test_entry_options_are_validated(tmp_path: Path, content: str, message: str) -> None:
    _write(tmp_path, "cues.yaml", "defenders: [activist]\n")
    _write(tmp_path, "arrest_detention.yaml", content)
    problems = check_patterns(tmp_path)
    assert len(problems) == 1
    assert message in problems[0]


def test_entry_options_load(tmp_path: Path) -> None:
    _write(tmp_path, "cues.yaml", "defenders: [activist]\nhypothetical: [could]\n")
    _write(
        tmp_path,
        "arrest_detention.yaml",
        "category: arrest_detention\nstrong: [{phrase: hold, near: 3}]\n"
        "blockers: [{phrase: hold talks, sense: true}]\nignore_cues: [could]\n",
    )
    category = load_language("xx", tmp_path).categories["arrest_detention"]
    assert category.strong[0].near == 3
    assert category.blockers[0].sense is True
    assert [e.phrase for e in category.ignore_cues] == ["could"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("numbers: [twenty one]\n", "xx/cues.yaml:2: numbers takes single plain words, not 'twenty one'"),
        (
            "time_links: [{phrase: after, exact: true}]\n",
            "xx/cues.yaml:2: time_links takes single plain words",
        ),
        ("clause_links: and\n", "xx/cues.yaml:2: clause_links must be a list"),
        ("participles: [slain, Slain]\n", "xx/cues.yaml:2: 'Slain' repeats line 2 in participles"),
        ("crime_links: [for the]\n", "xx/cues.yaml:2: crime_links takes single plain words, not 'for the'"),
        ("possessives: his\n", "xx/cues.yaml:2: possessives must be a list"),
        ("leading_sources: [{phrase: according, exact: true}]\n", "xx/cues.yaml:2: leading_sources takes"),
    ],
)
def test_word_keys_are_validated_with_file_and_key(tmp_path: Path, content: str, message: str) -> None:
    _write(tmp_path, "cues.yaml", "defenders: [activist]\n" + content)
    problems = check_patterns(tmp_path)
    assert len(problems) == 1
    assert message in problems[0]
    with pytest.raises(PatternFileError, match=r"xx/cues\.yaml:2"):
        load_language("xx", tmp_path)


def test_word_keys_load_lower_case_and_default_to_empty(tmp_path: Path) -> None:
    _write(
        tmp_path, "cues.yaml", "defenders: [activist]\nnumbers: [Trois, quatre]\nparticiple_endings: [ed]\n"
    )
    cues = load_language("xx", tmp_path).cues
    assert cues.numbers == {"trois", "quatre"} == number_words("xx", tmp_path)
    assert cues.participle_endings == {"ed"}
    assert cues.time_links == cues.clause_links == cues.participles == frozenset()
    assert cues.verdicts == cues.accusations == cues.possessives == cues.genitives == frozenset()
    assert number_words("missing", tmp_path) == frozenset()


def test_english_keeps_its_engine_words_in_its_cues_file() -> None:
    cues = load_language("en").cues
    assert {"seven", "twenty", "dozens"} <= number_words("en")
    assert cues.time_links == {"after", "since", "following"}
    assert {"and", "by"} <= cues.clause_links
    assert cues.participle_endings == {"ed"}
    assert "slain" in cues.participles
    assert {"the", "his", "'s"} <= cues.participle_openers
    assert {"by", "in", "was"} <= cues.participle_verb_words
    assert cues.genitives == {"'s", "’s"}
    assert cues.crime_links == {"for", "over", "in", "who"}
    assert {"and", "the", "attempted"} <= cues.crime_list_words
    assert cues.verdict_links == {"of", "to"}
    assert cues.verdicts == {"guilty", "convicted"}
    assert cues.accusations == {"accused", "suspected", "acquitted"}
    assert cues.possessives == {"his", "her", "their"}
    assert cues.leading_sources == {"according"}


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ('"let … … go"', "xx/cues.yaml:3: 'let … … go' has an empty part"),
        ('"… go"', "xx/cues.yaml:3: '… go' has an empty part"),
        ('"let ... "', "xx/cues.yaml:3: 'let ... ' has an empty part"),
        ("{phrase: let … go, gap: 0}", "xx/cues.yaml:3: gap must be a whole number of tokens, 1 to 6"),
        ("{phrase: let … go, gap: 7}", "xx/cues.yaml:3: gap must be a whole number of tokens, 1 to 6"),
        ("{phrase: let … go, gap: true}", "xx/cues.yaml:3: gap must be a whole number"),
        ("{phrase: let go, gap: 2}", "xx/cues.yaml:3: gap only on a phrase with ' … ' between its parts"),
        ("let … go\n  - let ... go", "xx/cues.yaml:4: 'let ... go' repeats line 3"),
    ],
)
def test_bad_gapped_phrases_are_reported_with_file_and_line(tmp_path: Path, entry: str, message: str) -> None:
    _write(tmp_path, "cues.yaml", f"defenders: [activist]\nreversal:\n  - {entry}\n")
    problems = check_patterns(tmp_path)
    assert len(problems) == 1
    assert message in problems[0]


def test_gapped_phrases_get_their_parts_and_the_default_gap(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "cues.yaml",
        "defenders: [activist]\nreversal:\n  - let … go\n  - {phrase: rule ... charge … void, gap: 5}\n  - let go\n",
    )
    gapped, three_parts, plain = load_language("xx", tmp_path).cues.reversal
    assert (gapped.parts, gapped.gap) == (("let", "go"), 3)
    assert (three_parts.parts, three_parts.gap) == (("rule", "charge", "void"), 5)
    assert (plain.parts, plain.gap, plain.gapped) == (("let go",), None, False)


def test_a_gapped_phrase_is_no_single_word(tmp_path: Path) -> None:
    _write(tmp_path, "cues.yaml", "defenders: [activist]\nclause_links: [and … but]\n")
    with pytest.raises(PatternFileError, match="clause_links takes single plain words"):
        load_language("xx", tmp_path)
