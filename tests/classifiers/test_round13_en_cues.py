"""Round 13, English cues: reversals, trend reports, calls and defender words (fictional people)."""

from __future__ import annotations

import pytest

from classifiers.pipeline import ReportText, ThreatClassifier

ARREST = "arrest_detention"

# (case id, title, summary, expected categories, expected hrd_victim)
ROWS = [
    # A release, bail or verdict for the defender, in the active voice or headline style, is no threat.
    (
        "release-active",
        "State security releases three radio reporters after five days in custody",
        "The three presenters of a community station were freed on Monday evening, their station said.",
        set(),
        True,
    ),
    (
        "let-go",
        "Detained bloggers let go without charge the same evening",
        "Two bloggers picked up outside the parliament on Friday went home hours later.",
        set(),
        True,
    ),
    (
        "not-guilty",
        "Jury finds two climate protesters not guilty over runway arrests",
        "The jury took four hours to clear Lena Ostrov and Pim Kader of all counts.",
        set(),
        True,
    ),
    (
        "court-bails",
        "Appeals court bails poet Ilse Marton and lawyer Ruud Benno pending retrial",
        "Both had spent eight months in pre-trial detention.",
        set(),
        True,
    ),
    (
        "interim-bail",
        "Provincial editor Jaan Korel gets interim bail in cybercrime case",
        "A district tribunal granted the editor bail on Thursday.",
        set(),
        True,
    ),
    (
        "hand-back",
        "Court orders police to hand back campaigners' seized phones and laptops",
        "The judge said the devices of the environmental group had been kept without a warrant.",
        set(),
        True,
    ),
    (
        "shelved-bill",
        "Government shelves draft media law after protests by journalists",
        "The information minister said the bill on registering news sites would be reviewed.",
        set(),
        True,
    ),
    (
        "judge-halts",
        "Judge halts police review of laptops taken from reporter's flat",
        "The court found the warrant for the search of the journalist's home too broad.",
        set(),
        True,
    ),
    # The driver tried over a defender's road death is no prosecution of a defender.
    (
        "road-death",
        "Bus driver sentenced over road death of radio presenter Kofi Adjei",
        "The court gave the driver two years in prison for dangerous driving.",
        set(),
        True,
    ),
    # Trend wording: a count set against an earlier one, an analysis of many cases, much of the world.
    (
        "up-from",
        "Press monitor: 47 reporters detained in 2025, up from 31",
        "Most of the arrests came during election periods, the monitor's yearly figures show.",
        set(),
        True,
    ),
    (
        "analysis-says",
        "More than 60 bloggers arrested under the online speech decree in three years, analysis says",
        "Activists, students and a retired teacher are among those named in the compilation.",
        set(),
        True,
    ),
    (
        "much-of-the-world",
        "Defenders' network: at least 230 activists killed in 2025",
        "Rigged charges and unfair trials of activists have become routine in much of the world, it adds.",
        set(),
        True,
    ),
    # Defenders by what they do: punished for posts, fact-checking, election monitoring, organising.
    (
        "facebook-posts",
        "Court hands retired teacher Tuan Minh seven years for Facebook posts",
        "He was convicted of spreading propaganda against the state.",
        {"judicial_harassment"},
        True,
    ),
    (
        "fact-checkers",
        "Fact-checkers at Verity Desk sued for $200,000 over election story",
        "A businessman filed the defamation suit in the capital's civil court.",
        {"judicial_harassment"},
        True,
    ),
    (
        "election-monitors",
        "Offices of two election-monitoring groups raided; 40 laptops and 60 phones taken",
        "Officers searched both offices on Sunday and left with the computers.",
        {"threat_harassment", "surveillance_digital"},
        True,
    ),
    (
        "rally-organisers",
        "Four rally organisers charged with unlawful assembly",
        "Prosecutors said the march on Saturday had not been notified.",
        {"judicial_harassment"},
        True,
    ),
    # An arrest told as already past beside a verdict is the case's history, not a second event.
    (
        "already-in-custody",
        "Court gives historian Arno Vesk one year in prison for insulting the army",
        "Vesk, a critic of the defence ministry, is already in custody in a separate tax case.",
        {"judicial_harassment"},
        True,
    ),
    (
        "first-detained",
        "Court hands columnist Rita Oduya two-year term under cybercrime decree",
        "Oduya, first detained in May 2025, had been freed pending trial in January.",
        {"judicial_harassment"},
        True,
    ),
    (
        "jails-for-years",
        "Court jails radio reporter Omar Fassi for three years",
        "The journalist, arrested at his home in March, was found guilty of spreading false news.",
        {"judicial_harassment"},
        True,
    ),
    (
        "gets-years",
        "Student blogger Lina Haddad gets 20 years over tweets",
        "She was detained while visiting her family during the holidays.",
        {"judicial_harassment"},
        True,
    ),
    # Protection as a status ("under police protection", "in the protection programme") is no call.
    (
        "under-protection",
        "Newspaper editor under state protection shot dead outside his home",
        "Tomas Regal, 51, who had been in the journalist protection programme since 2020, was killed by two gunmen.",
        {"physical_attack"},
        True,
    ),
    # A reversal someone wants is no reversal: the trial goes on.
    (
        "wants-dropped",
        "Criminal libel trial for columnist Eva Morn over land-grab stories; press group wants charges dropped",
        "The columnist is being tried for defamation over her reporting on the provincial governor.",
        {"judicial_harassment"},
        True,
    ),
    # Ordinary crime: the suspects' ringleader shot by police is no attack on a defender.
    (
        "ringleader",
        "Police arrest three over raid on savings bank; alleged ringleader shot dead",
        "Officers said the gang had robbed two branches in the district since March.",
        set(),
        False,
    ),
    # controls: the event itself stays a threat
    (
        "arrest-control",
        "Police detain union organiser Mara Velt at a dockworkers' rally",
        "Officers took her to a police station in the port district on Tuesday.",
        {ARREST},
        True,
    ),
]


@pytest.mark.parametrize(("case_id", "title", "summary", "categories", "hrd_victim"), ROWS)
def test_round13_en_cues(
    classifier: ThreatClassifier,
    case_id: str,
    title: str,
    summary: str,
    categories: set[str],
    hrd_victim: bool,
) -> None:
    result = classifier.classify(ReportText(case_id, title, summary, "en"))
    assert set(result.categories) == categories
    assert result.hrd_victim is hrd_victim
