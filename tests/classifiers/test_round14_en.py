"""Round 14, English pattern files: regression cases for the kept pattern changes.

Every case is invented (fictional people, outlets and places), written to show one class of error the
round fixed: networks blacked out, pulled or gone dead, sites cut off or made inaccessible, accounts
withheld in a country, sites still blocked; outlets suspended or ordered to stop publishing, groups
outlawed or ordered to halt work, bans on writing or on journalism, travel bans with the person
between, arrests under a digital security law or for a named public-order offence; searches of flats
and houses; death threats told as what the victim was told; trend reports that log incidents; bills
that fall short in a vote.
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import ReportText, ThreatClassifier

CASES: list[tuple[str, str, set[str], bool]] = [
    # internet shutdowns in new press wording
    (
        "Army blacks out internet in four border districts ahead of offensive",
        "Residents of the districts said mobile and fixed lines stopped working on Monday evening.",
        {"internet_shutdown"},
        True,
    ),
    (
        "Phones and internet go dead across the northern hills as troops advance",
        "All three operators stopped working in the region on Friday, villagers told a local radio.",
        {"internet_shutdown"},
        True,
    ),
    (
        "Authorities pull mobile data in the capital during opposition rally",
        "Mobile data was switched off across the city on Sunday as thousands marched to parliament.",
        {"internet_shutdown"},
        True,
    ),
    (
        "Media regulator cuts access to three exiled news sites",
        "The regulator cut access to the Velmar Post, Harbour Voice and Kestrel Daily on Tuesday.",
        {"internet_shutdown"},
        True,
    ),
    (
        "Opposition accounts withheld in Corvania after government order",
        "The platform said it would withhold the accounts of two opposition parties in the country.",
        {"internet_shutdown"},
        True,
    ),
    (
        "Two exiled news sites still blocked a month on, editors say",
        "Readers inside the country have not been able to open the Corvan Times or Delta Wire since May.",
        {"internet_shutdown"},
        True,
    ),
    # outlets suspended or ordered to stop publishing, groups outlawed or ordered to halt work, bans on writing, travel bans
    (
        "Ministry suspends independent weekly Lantern for three months",
        "The information ministry ordered the newspaper to stop publishing after a report on army purchases.",
        {"judicial_harassment"},
        True,
    ),
    (
        "Columnist Edda Marlow barred from writing for ten years",
        "A revolutionary court handed the columnist a ban on writing, her husband said on Sunday.",
        {"judicial_harassment"},
        True,
    ),
    (
        "Rights lawyer Piet Osman turned back at the airport",
        "The prosecutor had barred him from leaving the country pending an inquiry into his group.",
        {"judicial_harassment"},
        True,
    ),
    (
        "Police arrest blogger Rina Sol under digital security law",
        "The blogger was detained at her home on Wednesday over a post about a local official.",
        {"arrest_detention", "judicial_harassment"},
        True,
    ),
    # a named group outlawed or ordered to halt its work
    (
        "Interior ministry outlaws the group behind the Bread March protests",
        "The ministry said the Bread March Committee, a coalition of rights groups, was now banned.",
        {"judicial_harassment"},
        True,
    ),
    (
        "Government orders two rights groups to halt their work",
        "The Harbour Rights Centre and the Teller Legal Clinic must stop all activities, the order says.",
        {"judicial_harassment"},
        True,
    ),
    # a search of a defender's flat or house is a raid
    (
        "Security police search the flat of blogger Ansel Dov",
        "Officers searched his flat for five hours on Tuesday, the blogger told a rights group.",
        {"threat_harassment"},
        True,
    ),
    # death threats told as what the victim was told
    (
        "Caller tells reporter Lina Mor she is a dead man",
        "The anonymous caller rang the newsroom twice on Friday, the editor said.",
        {"threat_harassment"},
        True,
    ),
    (
        "Editor Paul Ren told he will be shot if he returns to the valley",
        "The message was pushed under the door of his office on Monday night.",
        {"threat_harassment"},
        True,
    ),
    (
        "Governor tells columnist Ada Fenn her days are numbered",
        "The governor made the remark to the columnist after a press conference, witnesses said.",
        {"threat_harassment"},
        True,
    ),
    # an arrest on a named protest or public-order offence is arrest + charge
    (
        "Reporter Dana Kell arrested for obstruction while filming eviction",
        "Police detained the reporter on Monday as officers cleared the camp, her editor said.",
        {"arrest_detention", "judicial_harassment"},
        True,
    ),
    # trend reports: a monitor that logs incidents names no single event
    (
        "Regional monitor logs 212 attacks on reporters in 2024",
        "The monitor said 212 press freedom incidents were recorded across the region last year.",
        set(),
        True,
    ),
    # a bill that falls short in a vote is no law
    (
        "Foreign-agent bill for NGOs falls short in parliament vote",
        "The bill, which would have forced NGOs to register as foreign agents, fell short by four votes.",
        set(),
        True,
    ),
    # boundary: a network gone dead after a cable cut is a fault, not an order
    (
        "Internet goes dead in coastal towns after undersea cable cut",
        "The operator said the fault would be repaired within two days.",
        set(),
        False,
    ),
]


@pytest.mark.parametrize(("title", "summary", "expected", "hrd_victim"), CASES)
def test_round14_english(
    classifier: ThreatClassifier,
    title: str,
    summary: str,
    expected: set[str],
    hrd_victim: bool,
) -> None:
    result = classifier.classify(ReportText("x", title, summary, "en"))
    assert set(result.categories) == expected
    assert result.hrd_victim is hrd_victim
