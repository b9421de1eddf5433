"""The labelled development set in tests/data/labelled/ is well-formed and meets issue 7's dataset rules.

Every file is checked when present: ``en.jsonl`` (English) must exist; ``intl.jsonl`` (other
languages), ``fresh.jsonl`` and ``dev3.jsonl`` … ``dev7.jsonl`` (batches written after tuning began, now tuned on:
all ``dev``; ``holdout.jsonl`` … ``holdout17.jsonl`` were each held out, scored and then promoted to tuning
data), ``holdout18.jsonl`` (written blind in the sixteenth session) and ``holdout19.jsonl`` (written blind in the
seventeenth session; both all ``test``) are written separately, so the assertions that need them are skipped only while
they are absent.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from classifiers.taxonomy import CATEGORIES

LABELLED_DIR = Path(__file__).resolve().parents[1] / "data" / "labelled"
ENGLISH_FILE = LABELLED_DIR / "en.jsonl"
INTERNATIONAL_FILE = LABELLED_DIR / "intl.jsonl"
# Batches written after tuning began. fresh.jsonl was held out for one measurement and then
# promoted to tuning data; dev3.jsonl to dev5.jsonl were written as tuning data (dev6.jsonl
# in round 18 and dev7.jsonl in round 19, for the languages other than English); holdout.jsonl replaced
# fresh.jsonl as the batch nobody tunes on, was scored once and became tuning data when holdout2.jsonl took its place;
# holdout2.jsonl and holdout3.jsonl became tuning data for round 11, when holdout4.jsonl was written to measure it;
# holdout4.jsonl, scored once after round 11, became tuning data for round 12, which holdout5.jsonl measured;
# holdout5.jsonl, scored once after round 12, became tuning data for round 13, which holdout6.jsonl measured;
# holdout6.jsonl, scored once after round 13, became tuning data for round 14, which holdout7.jsonl measured;
# holdout7.jsonl, scored once after round 14, became tuning data for round 15, which holdout8.jsonl measured;
# holdout8.jsonl, scored once after round 15, became tuning data for round 16, which holdout9.jsonl measured;
# holdout9.jsonl, scored once after round 16, became tuning data for round 17, which holdout10.jsonl measured;
# holdout10.jsonl, scored once after round 17, became tuning data for round 18, which holdout11.jsonl measured;
# holdout11.jsonl, scored once before and after round 18, became tuning data for round 19, which holdout12.jsonl measured;
# holdout12.jsonl, scored once before and after round 19, became tuning data when holdout13.jsonl was written;
# holdout13.jsonl, scored once before and after the twelfth session, became tuning data for round 20, which holdout14.jsonl measured;
# holdout14.jsonl, scored once before and after round 20, became tuning data for round 21, which holdout15.jsonl measured;
# holdout15.jsonl, scored once before and after round 21, became tuning data for round 22, which holdout16.jsonl measured;
# holdout16.jsonl, scored once before and after round 22, became tuning data for round 23, which holdout17.jsonl (written blind after round 22) measured;
# holdout17.jsonl, scored before and after round 23, became tuning data for round 24, which holdout18.jsonl measures
# (written blind at the start of round 23, it measured that round too); holdout19.jsonl, written blind at the start of
# round 24, measures it too and stays held out for the next round.
FRESH_FILE = LABELLED_DIR / "fresh.jsonl"
DEV3_FILE = LABELLED_DIR / "dev3.jsonl"
DEV4_FILE = LABELLED_DIR / "dev4.jsonl"
DEV5_FILE = LABELLED_DIR / "dev5.jsonl"
DEV6_FILE = LABELLED_DIR / "dev6.jsonl"
DEV7_FILE = LABELLED_DIR / "dev7.jsonl"
HOLDOUT_FILE = LABELLED_DIR / "holdout.jsonl"
HOLDOUT2_FILE = LABELLED_DIR / "holdout2.jsonl"
HOLDOUT3_FILE = LABELLED_DIR / "holdout3.jsonl"
HOLDOUT4_FILE = LABELLED_DIR / "holdout4.jsonl"
HOLDOUT5_FILE = LABELLED_DIR / "holdout5.jsonl"
HOLDOUT6_FILE = LABELLED_DIR / "holdout6.jsonl"
HOLDOUT7_FILE = LABELLED_DIR / "holdout7.jsonl"
HOLDOUT8_FILE = LABELLED_DIR / "holdout8.jsonl"
HOLDOUT9_FILE = LABELLED_DIR / "holdout9.jsonl"
HOLDOUT10_FILE = LABELLED_DIR / "holdout10.jsonl"
HOLDOUT11_FILE = LABELLED_DIR / "holdout11.jsonl"
HOLDOUT12_FILE = LABELLED_DIR / "holdout12.jsonl"
HOLDOUT13_FILE = LABELLED_DIR / "holdout13.jsonl"
HOLDOUT14_FILE = LABELLED_DIR / "holdout14.jsonl"
HOLDOUT15_FILE = LABELLED_DIR / "holdout15.jsonl"
HOLDOUT16_FILE = LABELLED_DIR / "holdout16.jsonl"
HOLDOUT17_FILE = LABELLED_DIR / "holdout17.jsonl"
HOLDOUT18_FILE = LABELLED_DIR / "holdout18.jsonl"
HOLDOUT19_FILE = LABELLED_DIR / "holdout19.jsonl"
# Blind second annotations (categories and hrd_victim only), by the guideline alone.
SECOND_ANNOTATIONS = {
    HOLDOUT_FILE: LABELLED_DIR / "holdout-second-annotation.jsonl",
    HOLDOUT2_FILE: LABELLED_DIR / "holdout2-second-annotation.jsonl",
    HOLDOUT3_FILE: LABELLED_DIR / "holdout3-second-annotation.jsonl",
    HOLDOUT4_FILE: LABELLED_DIR / "holdout4-second-annotation.jsonl",
    HOLDOUT5_FILE: LABELLED_DIR / "holdout5-second-annotation.jsonl",
    HOLDOUT6_FILE: LABELLED_DIR / "holdout6-second-annotation.jsonl",
    HOLDOUT7_FILE: LABELLED_DIR / "holdout7-second-annotation.jsonl",
    HOLDOUT8_FILE: LABELLED_DIR / "holdout8-second-annotation.jsonl",
    HOLDOUT9_FILE: LABELLED_DIR / "holdout9-second-annotation.jsonl",
    HOLDOUT10_FILE: LABELLED_DIR / "holdout10-second-annotation.jsonl",
    HOLDOUT11_FILE: LABELLED_DIR / "holdout11-second-annotation.jsonl",
    HOLDOUT12_FILE: LABELLED_DIR / "holdout12-second-annotation.jsonl",
    HOLDOUT13_FILE: LABELLED_DIR / "holdout13-second-annotation.jsonl",
    HOLDOUT14_FILE: LABELLED_DIR / "holdout14-second-annotation.jsonl",
    HOLDOUT15_FILE: LABELLED_DIR / "holdout15-second-annotation.jsonl",
    HOLDOUT16_FILE: LABELLED_DIR / "holdout16-second-annotation.jsonl",
    HOLDOUT17_FILE: LABELLED_DIR / "holdout17-second-annotation.jsonl",
    HOLDOUT18_FILE: LABELLED_DIR / "holdout18-second-annotation.jsonl",
    HOLDOUT19_FILE: LABELLED_DIR / "holdout19-second-annotation.jsonl",
}
MIN_ANNOTATOR_AGREEMENT = 0.90
BATCH_SPLITS = {
    FRESH_FILE: "dev",
    DEV3_FILE: "dev",
    DEV4_FILE: "dev",
    DEV5_FILE: "dev",
    DEV6_FILE: "dev",
    DEV7_FILE: "dev",
    HOLDOUT_FILE: "dev",
    HOLDOUT2_FILE: "dev",
    HOLDOUT3_FILE: "dev",
    HOLDOUT4_FILE: "dev",
    HOLDOUT5_FILE: "dev",
    HOLDOUT6_FILE: "dev",
    HOLDOUT7_FILE: "dev",
    HOLDOUT8_FILE: "dev",
    HOLDOUT9_FILE: "dev",
    HOLDOUT10_FILE: "dev",
    HOLDOUT11_FILE: "dev",
    HOLDOUT12_FILE: "dev",
    HOLDOUT13_FILE: "dev",
    HOLDOUT14_FILE: "dev",
    HOLDOUT15_FILE: "dev",
    HOLDOUT16_FILE: "dev",
    HOLDOUT17_FILE: "dev",
    HOLDOUT18_FILE: "test",
    HOLDOUT19_FILE: "test",
}
HELD_OUT_FILES = [path for path, split in BATCH_SPLITS.items() if split == "test"]

SPLITS = frozenset({"dev", "test"})
STYLES = frozenset({"wire", "ngo", "local", "translated", "blog", "un"})
NEGATIVE_TYPES = frozenset(
    {
        "criminal_arrest",
        "non_defender_attack",
        "cable_cut",
        "tax_law",
        "released",
        "acquitted",
        "awarded",
        "generic_call",
        "other",
    }
)
REQUIRED_FIELDS: dict[str, type] = {
    "id": str,
    "title": str,
    "summary": str,
    "language": str,
    "categories": list,
    "hrd_victim": bool,
    "url": str,
    "split": str,
    "style": str,
}
OPTIONAL_FIELDS: dict[str, type] = {"event_date": str, "negative_type": str}

MIN_ITEMS_OVERALL = 400
MIN_ENGLISH_ITEMS = 300
MIN_NON_ENGLISH_ITEMS = 80
MIN_NEGATIVE_SHARE = 0.40
MIN_POSITIVES_PER_CATEGORY_ENGLISH = 25
DEV_SHARE_RANGE = (0.55, 0.75)

Item = dict[str, Any]


def read_items(path: Path) -> list[Item]:
    """Parse one JSONL file, naming the line of any undecodable record."""
    items: list[Item] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            pytest.fail(f"{path.name}:{number}: not JSON ({error})")
        if not isinstance(record, dict):
            pytest.fail(f"{path.name}:{number}: a line must hold one JSON object")
        items.append(record)
    return items


def is_threat_to_defender(item: Item) -> bool:
    """The classifier target: at least one category and the victims are defenders or civic space."""
    return bool(item["categories"]) and item["hrd_victim"] is True


def present_files() -> list[Path]:
    return [path for path in (ENGLISH_FILE, INTERNATIONAL_FILE, *BATCH_SPLITS) if path.exists()]


def all_items() -> list[Item]:
    return [item for path in present_files() for item in read_items(path)]


@pytest.mark.parametrize("path", list(BATCH_SPLITS), ids=lambda path: path.name)
def test_each_batch_sits_wholly_in_its_split(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path.name} is not written yet")
    assert {item["split"] for item in read_items(path)} == {BATCH_SPLITS[path]}


@pytest.mark.parametrize("held_out_file", HELD_OUT_FILES, ids=lambda path: path.name)
def test_held_out_batch_shares_no_source_with_tuning_data(held_out_file: Path) -> None:
    """A URL in both would let a held-out event leak into tuning (list pages may serve several items)."""
    if not held_out_file.exists():
        pytest.skip(f"{held_out_file.name} is not written yet")
    held_out = {item["url"].rstrip("/") for item in read_items(held_out_file)}
    tuned_on = {
        item["url"].rstrip("/")
        for path in present_files()
        if path != held_out_file
        for item in read_items(path)
    }
    assert not held_out & tuned_on, f"held-out sources also in tuning data: {sorted(held_out & tuned_on)}"


@pytest.fixture(scope="module")
def english_items() -> list[Item]:
    return read_items(ENGLISH_FILE)


def is_iso_date_of_some_precision(value: str) -> bool:
    """ISO 8601 calendar dates at reduced precision are allowed: a report may give only the month or year."""
    padded = {4: "-01-01", 7: "-01", 10: ""}.get(len(value))
    if padded is None or not re.fullmatch(r"\d{4}(-\d{2}){0,2}", value):
        return False
    try:
        dt.date.fromisoformat(value + padded)
    except ValueError:
        return False
    return True


def record_problems(item: Item) -> list[str]:
    """Every schema rule a single record breaks, as readable phrases."""
    problems: list[str] = []
    for field, expected in REQUIRED_FIELDS.items():
        if field not in item:
            problems.append(f"missing {field!r}")
        elif not isinstance(item[field], expected):
            problems.append(f"{field!r} is not a {expected.__name__}")
    for field, expected in OPTIONAL_FIELDS.items():
        if field in item and not isinstance(item[field], expected):
            problems.append(f"{field!r} is not a {expected.__name__}")
    unknown = set(item) - set(REQUIRED_FIELDS) - set(OPTIONAL_FIELDS)
    if unknown:
        problems.append(f"unknown fields {sorted(unknown)}")
    if problems:
        return problems
    if not item["title"].strip() or not item["summary"].strip():
        problems.append("empty title or summary")
    if not re.fullmatch(r"[a-z]{2}", item["language"]):
        problems.append(f"language {item['language']!r} is not an ISO 639-1 code")
    bad_categories = [c for c in item["categories"] if c not in CATEGORIES]
    if bad_categories:
        problems.append(f"unknown categories {bad_categories}")
    if len(set(item["categories"])) != len(item["categories"]):
        problems.append("repeated category")
    if not re.match(r"https?://\S+$", item["url"]):
        problems.append(f"url {item['url']!r} is not an http(s) address")
    if item["split"] not in SPLITS:
        problems.append(f"split {item['split']!r} not in {sorted(SPLITS)}")
    if item["style"] not in STYLES:
        problems.append(f"style {item['style']!r} not in {sorted(STYLES)}")
    if "event_date" in item and not is_iso_date_of_some_precision(item["event_date"]):
        problems.append(f"event_date {item['event_date']!r} is not YYYY-MM-DD, YYYY-MM or YYYY")
    negative_type = item.get("negative_type")
    if negative_type is not None and negative_type not in NEGATIVE_TYPES:
        problems.append(f"negative_type {negative_type!r} not in {sorted(NEGATIVE_TYPES)}")
    if is_threat_to_defender(item) and negative_type is not None:
        problems.append("a threat to a defender cannot carry a negative_type")
    if not is_threat_to_defender(item) and negative_type is None:
        problems.append("a hard negative must say its negative_type")
    return problems


@pytest.mark.parametrize("path", present_files(), ids=lambda path: path.name)
def test_every_record_follows_the_line_format(path: Path) -> None:
    failures = [
        f"{item.get('id', f'line {number}')}: {'; '.join(problems)}"
        for number, item in enumerate(read_items(path), start=1)
        if (problems := record_problems(item))
    ]
    assert not failures, "\n".join(failures)


def test_ids_are_unique_across_both_files() -> None:
    repeated = [key for key, count in Counter(item["id"] for item in all_items()).items() if count > 1]
    assert not repeated, f"repeated ids: {repeated}"


@pytest.mark.parametrize("path", present_files(), ids=lambda path: path.name)
def test_no_headline_appears_twice_in_a_file(path: Path) -> None:
    titles = Counter(item["title"].strip().casefold() for item in read_items(path))
    assert not [title for title, count in titles.items() if count > 1]


def test_english_file_holds_only_english_items_with_en_ids(english_items: list[Item]) -> None:
    assert {item["language"] for item in english_items} == {"en"}
    assert all(re.fullmatch(r"en-\d{4}", item["id"]) for item in english_items)


def test_english_file_has_enough_items(english_items: list[Item]) -> None:
    assert len(english_items) >= MIN_ENGLISH_ITEMS


@pytest.mark.parametrize("category", CATEGORIES)
def test_each_category_has_enough_english_positives_in_both_splits(
    english_items: list[Item], category: str
) -> None:
    positives = [
        item for item in english_items if is_threat_to_defender(item) and category in item["categories"]
    ]
    assert len(positives) >= MIN_POSITIVES_PER_CATEGORY_ENGLISH
    assert {item["split"] for item in positives} == SPLITS


@pytest.mark.parametrize("negative_type", sorted(NEGATIVE_TYPES))
def test_each_negative_type_appears_in_both_english_splits(
    english_items: list[Item], negative_type: str
) -> None:
    splits = {item["split"] for item in english_items if item.get("negative_type") == negative_type}
    assert splits == SPLITS


def test_english_split_is_roughly_two_thirds_dev(english_items: list[Item]) -> None:
    dev_share = sum(item["split"] == "dev" for item in english_items) / len(english_items)
    low, high = DEV_SHARE_RANGE
    assert low <= dev_share <= high


@pytest.mark.parametrize("path", present_files(), ids=lambda path: path.name)
def test_at_least_forty_percent_are_hard_negatives(path: Path) -> None:
    items = read_items(path)
    negatives = sum(not is_threat_to_defender(item) for item in items)
    assert negatives / len(items) >= MIN_NEGATIVE_SHARE


def test_negatives_include_real_threats_to_non_defenders(english_items: list[Item]) -> None:
    """Hard negatives of the second kind keep a truthful category but hrd_victim false."""
    assert any(item["categories"] and not item["hrd_victim"] for item in english_items)


def test_dataset_meets_issue_size_and_language_targets() -> None:
    if not INTERNATIONAL_FILE.exists():
        pytest.skip("intl.jsonl (non-English items) is not written yet")
    items = all_items()
    assert len(items) >= MIN_ITEMS_OVERALL
    assert sum(item["language"] != "en" for item in items) >= MIN_NON_ENGLISH_ITEMS
    negatives = sum(not is_threat_to_defender(item) for item in items)
    assert negatives / len(items) >= MIN_NEGATIVE_SHARE


def annotator_agreement(first: list[Item], second: list[Item]) -> float:
    """Macro-F1 of one annotation scored against the other, over the seven categories (symmetric)."""
    by_id = {item["id"]: item for item in second}
    pairs = [(item, by_id[item["id"]]) for item in first if item["id"] in by_id]

    def positive(item: Item, category: str) -> bool:
        return bool(item["hrd_victim"]) and category in item["categories"]

    scores = []
    for category in CATEGORIES:
        both = sum(positive(a, category) and positive(b, category) for a, b in pairs)
        either = sum(positive(a, category) for a, _ in pairs) + sum(positive(b, category) for _, b in pairs)
        scores.append(2 * both / either if either else 1.0)
    return sum(scores) / len(scores)


@pytest.mark.parametrize("path", list(SECOND_ANNOTATIONS), ids=lambda path: path.name)
def test_held_out_labels_agree_with_a_blind_second_annotation(path: Path) -> None:
    """If held-out labels drift from the guideline (or get edited), agreement with the second reading drops."""
    second_file = SECOND_ANNOTATIONS[path]
    if not (path.exists() and second_file.exists()):
        pytest.skip(f"{path.name} or its second annotation is not written yet")
    held_out, second = read_items(path), read_items(second_file)
    assert {item["id"] for item in second} == {item["id"] for item in held_out}
    assert annotator_agreement(held_out, second) >= MIN_ANNOTATOR_AGREEMENT


def test_agreement_measure_counts_disagreement() -> None:
    one = [{"id": "a", "categories": ["arrest_detention"], "hrd_victim": True}]
    other = [{"id": "a", "categories": ["physical_attack"], "hrd_victim": True}]
    assert annotator_agreement(one, one) == 1.0
    assert annotator_agreement(one, other) == pytest.approx(5 / 7)
