"""Evidence survives storage: the contract keys plus the trigger span, and older records still load."""

from __future__ import annotations

from classifiers.result import Evidence


def test_evidence_record_round_trips() -> None:
    evidence = Evidence(
        category="arrest_detention",
        text="Police detained the lawyer.",
        start=7,
        end=15,
        trigger="detained",
        sentence_start=0,
        sentence_end=27,
    )
    assert Evidence.from_record(evidence.to_record()) == evidence


def test_contract_offsets_index_the_quoted_sentence() -> None:
    source = "Title\nPolice detained the lawyer."
    evidence = Evidence("arrest_detention", "Police detained the lawyer.", 13, 21, "detained", 6, 33)
    contract = evidence.to_contract()
    assert set(contract) == {"category", "text", "start", "end"}
    assert source[contract["start"] : contract["end"]] == contract["text"]


def test_records_without_trigger_keys_keep_their_offsets() -> None:
    old = {"category": "physical_attack", "text": "x", "start": 3, "end": 9, "trigger": "shot"}
    evidence = Evidence.from_record(old)
    assert (evidence.start, evidence.end) == (3, 9)
    assert evidence.sentence_start == -1
