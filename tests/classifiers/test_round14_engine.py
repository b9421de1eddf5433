"""Round 14, engine: regression cases for the kept changes to `classifiers/threats.py`.

Every case is invented (fictional people, places and groups), written to show one class of error the
round fixed: a count of victims over a range of years, or under a year set apart at the start of its
sentence, is a trend report, not an incident; the owner of a seized device is not the one held; a
headline's new event is the main one, not the earlier one it is dated by; a detention told before its
release is a detention.
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import ReportText, ThreatClassifier

CASES: list[tuple[str, str, str, set[str], bool]] = [
    # a count over a range of years is a statistic
    (
        "en",
        "Monitor: 37 land defenders were killed between 2018 and 2023",
        "The Tervala Land Network's survey blames most of the deaths on disputes over mining concessions.",
        set(),
        True,
    ),
    (
        "pt",
        "Rede Vanda: 52 ativistas foram assassinados no país entre 2017 e março de 2024",
        "O levantamento da rede aponta conflitos agrários como causa de metade dos casos.",
        set(),
        True,
    ),
    # a whole year set apart before the count
    (
        "fr",
        "Bilan de l'Observatoire Morvan : en 2021, 28 journalistes ont été tués",
        "L'observatoire publie chaque année son décompte des violences contre la presse.",
        set(),
        True,
    ),
    # one incident, dated by a month and a year, keeps its category
    (
        "en",
        "Police detain five activists of the Ostrava River Alliance at a sit-in",
        "In March 2024, officers detained five members of the group outside the regional governor's office.",
        {"arrest_detention"},
        True,
    ),
    # the owner of what is seized or taken is not the one held
    (
        "en",
        "Police seize freelance photographer Lior Hanck's camera at a housing protest",
        "Officers took the memory card and erased the pictures before handing the camera back, the union said.",
        {"surveillance_digital"},
        True,
    ),
    (
        "en",
        "Border guards take reporters' phones at the Dravo crossing",
        "Three reporters of the Kestrel Weekly had their phones searched for two hours before they were waved through.",
        {"surveillance_digital"},
        True,
    ),
    # the person is still the one held when nothing of theirs is named
    (
        "en",
        "Police seize activist Noor Vellani outside the Brenton courthouse",
        "Plainclothes officers bundled the activist into a van on Monday; her lawyer does not know where she is held.",
        {"arrest_detention"},
        True,
    ),
    # a headline's new threat is the news, not the earlier attack it is dated by
    (
        "en",
        "Blogger Ansel Varro threatened again, weeks after knife attack",
        "A man stopped the blogger outside his flat in Ostrel on Friday and told him he would be finished "
        "this time, the Ostrel Press Club said. The blogger was stabbed in the back on 2 May by a man who is "
        "now on trial for the assault.",
        {"threat_harassment"},
        True,
    ),
    # a detention told first, its end in a clause after it: the detention is the news (GUIDELINES 3)
    (
        "en",
        "Reporter Ilka Moor held for 20 hours at a checkpoint, then freed",
        "Soldiers detained the reporter at the Varen checkpoint on Sunday and let her go the next morning, "
        "her editor said.",
        {"arrest_detention"},
        True,
    ),
    (
        "en",
        "Blogger Teo Vasc held over a post about the mayor",
        "Police arrested the blogger on Tuesday, accusing him of insulting the mayor; he was freed on bail on "
        "Friday.",
        {"arrest_detention"},
        True,
    ),
    # the release as the headline's news stays a release
    (
        "en",
        "Reporter Ilka Moor freed after 20 hours in custody",
        "Soldiers let the reporter go on Monday morning after holding her overnight at the Varen checkpoint, "
        "her editor said.",
        set(),
        True,
    ),
]


@pytest.mark.parametrize(("language", "title", "summary", "expected", "hrd_victim"), CASES)
def test_round14_engine(
    classifier: ThreatClassifier,
    language: str,
    title: str,
    summary: str,
    expected: set[str],
    hrd_victim: bool,
) -> None:
    result = classifier.classify(ReportText("x", title, summary, language))
    assert set(result.categories) == expected
    assert result.hrd_victim is hrd_victim
