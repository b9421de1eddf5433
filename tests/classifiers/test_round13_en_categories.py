"""Round 13, English category files: regression cases for the kept pattern changes.

Every case is invented (fictional people and places), written to show one class of error the round
fixed: a device seizure read as its owner's detention, police storming a home read as an attack, a
traffic or penalty word cancelling a law, returned devices, vandalised lines, releases and bail, a
law invoked against a named person, follower counts read as stalking, one lawyer's licence read as a
licensing law, devices taken in an ordinary criminal case.
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import ReportText, ThreatClassifier

CASES: list[tuple[str, str, set[str], bool]] = [
    # a device held, seized or taken is no detention of its owner
    (
        "Freelance journalist Tomas Verl's laptop held by customs for three weeks",
        "The laptop was held at the airport after the reporter flew back from a conference abroad.",
        {"surveillance_digital"},
        True,
    ),
    (
        "Police arrest photographer Mara Quinlan at a march and seize her camera",
        "Officers detained the photographer on Saturday and took the camera to the station.",
        {"arrest_detention", "surveillance_digital"},
        True,
    ),
    # police storming a home or an office is a raid, not a physical attack
    (
        "Security agents storm the home of land activist Ilse Varga before dawn",
        "Officers stormed the home of the campaigner and went through every room, her husband said.",
        {"threat_harassment"},
        True,
    ),
    # a traffic-blocking protest punished by a new security bill: the bill is the news
    (
        "Senate passes security bill that punishes traffic-blocking protesters",
        "The bill, passed on Wednesday, sets prison terms for demonstrators who block traffic on motorways.",
        {"restrictive_law"},
        True,
    ),
    # seized phones handed back on a court order: a reversal
    (
        "Court orders police to hand back phones of campaigner Ruben Ostrava",
        "The judge said the police had shown no grounds to keep the devices any longer.",
        set(),
        True,
    ),
    # the penalty a law sets is no prosecution
    (
        "Parliament adopts anti-protest package: fines raised fivefold for unauthorised marches",
        "The measures, passed on Thursday, also ban face coverings at demonstrations.",
        {"restrictive_law"},
        True,
    ),
    # lines cut by vandals are a fault
    (
        "Vandals cut phone and internet lines in the centre of Port Elira",
        "Shops and offices were without service for a day while the operator repaired the damage.",
        set(),
        False,
    ),
    # the custody ends: release headline, bail, let go
    (
        "Police release two Daily Beacon reporters after a night in custody",
        "The journalists were questioned about their coverage of the strike and then let go.",
        set(),
        True,
    ),
    (
        "Appeals court bails blogger Samir Okonjo and lawyer Nadia Feld during retrial",
        "The two defenders had spent eight months in prison.",
        set(),
        True,
    ),
    # a law invoked against a named person is judicial harassment, not a new law
    (
        "Public Order Act used against columnist Aiden Marsh",
        "Prosecutors invoked the act against the columnist over an article on police abuses.",
        {"judicial_harassment"},
        True,
    ),
    # a follower count is no stalking
    (
        "Police detain blogger Dara Lunn, who is followed by 90,000 people on Facebook",
        "Officers took the blogger into custody at her home on Monday, her brother said.",
        {"arrest_detention"},
        True,
    ),
    # one lawyer's licence taken away applies the law to him
    (
        "Rights lawyer Hal Brenner stripped of his licence by provincial justice bureau",
        "The bureau gave no reason; Brenner has defended several jailed activists.",
        {"judicial_harassment"},
        True,
    ),
    # devices taken in an ordinary criminal case are no surveillance of a defender
    (
        "Teenager held over takeover of a gaming streamer's account",
        "Officers from the regional organised crime unit detained the 17-year-old at his home in Dunmore"
        " and took his computers for forensic analysis.",
        set(),
        False,
    ),
]


@pytest.mark.parametrize(("title", "summary", "expected", "hrd_victim"), CASES)
def test_round13_english_categories(
    classifier: ThreatClassifier,
    title: str,
    summary: str,
    expected: set[str],
    hrd_victim: bool,
) -> None:
    result = classifier.classify(ReportText("x", title, summary, "en"))
    assert set(result.categories) == expected
    assert result.hrd_victim is hrd_victim
