"""French pattern rules on realistic headlines and ledes (fictional people, written for these tests).

Each row: headline, lede, expected categories, expected hrd_victim. Hard negatives (ordinary crime,
releases, acquittals, awards, cable cuts, tax laws, calls to protect) must come back empty.
"""

from __future__ import annotations

CASES = [
    (
        "custody_of_journalist",
        "Un journaliste placé en garde à vue après avoir filmé une manifestation",
        "Le reporter a été interpellé par la police devant la préfecture.",
        {"arrest_detention"},
        True,
    ),
    (
        "activist_murdered",
        "Un militant écologiste tué par balles devant son domicile",
        "",
        {"physical_attack"},
        True,
    ),
    (
        "death_threats_to_editor",
        "La rédactrice en chef d'un hebdomadaire reçoit des menaces de mort",
        "Une lettre anonyme vise la journaliste et sa famille.",
        {"threat_harassment"},
        True,
    ),
    (
        "lawyer_sentenced",
        "Une avocate condamnée à cinq ans de prison pour « atteinte à la sûreté de l'État »",
        "",
        {"judicial_harassment"},
        True,
    ),
    (
        "social_networks_blocked",
        "Les réseaux sociaux bloqués au lendemain du scrutin",
        "L'accès à internet mobile a été coupé sur ordre des autorités.",
        {"internet_shutdown"},
        True,
    ),
    (
        "ngo_law_adopted",
        "Le Parlement adopte une loi sur les ONG et les financements étrangers",
        "Le texte soumet les associations à une autorisation préalable.",
        {"restrictive_law"},
        True,
    ),
    (
        "spyware_targets",
        "Des journalistes espionnés par un logiciel espion",
        "Le laboratoire a confirmé l'infection de leurs téléphones.",
        {"surveillance_digital"},
        True,
    ),
    (
        "drug_trafficker_arrested",
        "Un trafiquant présumé interpellé avec deux kilos de cocaïne",
        "Le suspect a été placé en garde à vue.",
        set(),
        False,
    ),
    ("journalist_freed", "La journaliste libérée après deux semaines de détention", "", set(), True),
    (
        "activist_acquitted",
        "Relaxe pour le militant poursuivi après une manifestation",
        "Le tribunal a relaxé le syndicaliste.",
        set(),
        True,
    ),
    ("prize_to_lawyer", "Un avocat des droits humains reçoit le prix de la liberté", "", set(), True),
    (
        "victim_files_complaint",
        "Un journaliste porte plainte après des insultes dans la rue",
        "",
        {"threat_harassment"},
        True,
    ),
    ("cable_cut", "Coupure internet après la rupture d'un câble sous-marin", "", set(), False),
    (
        "under_penalty_of_dissolution_is_no_sentence",
        "Le Parlement adopte une loi qui oblige les associations à déclarer leurs fonds étrangers",
        "Les ONG devront s'enregistrer sous peine de dissolution.",
        {"restrictive_law"},
        True,
    ),
    (
        "judicial_harassment_is_not_also_threats",
        "Un journaliste dénonce un harcèlement judiciaire après sa troisième plainte en diffamation",
        "Le reporter est poursuivi par un homme d'affaires.",
        {"judicial_harassment"},
        True,
    ),
    (
        "convicted_to_prison_is_no_arrest",
        "Une militante condamnée à deux ans de prison ferme",
        "La défenseure a été condamnée à la prison pour un message publié en ligne.",
        {"judicial_harassment"},
        True,
    ),
    (
        "power_cut_without_electricity_is_no_shutdown",
        "Des quartiers sans électricité ni connexion internet après la tempête",
        "L'opérateur évoque une coupure sur une ligne électrique.",
        set(),
        False,
    ),
]
