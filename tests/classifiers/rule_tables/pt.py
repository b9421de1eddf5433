"""Portuguese pattern rules on realistic headlines and ledes (fictional people, written for these tests).

Each row: headline, lede, expected categories, expected hrd_victim. Hard negatives (ordinary crime,
releases, acquittals, awards, cable cuts, tax laws, calls to protect) must come back empty.
"""

from __future__ import annotations

CASES = [
    (
        "activist_detained",
        "Ativista é detido pela polícia durante protesto",
        "O defensor foi levado à delegacia sem explicação.",
        {"arrest_detention"},
        True,
    ),
    (
        "indigenous_leader_killed",
        "Liderança indígena é assassinada a tiros no Maranhão",
        "",
        {"physical_attack"},
        True,
    ),
    (
        "journalist_threatened",
        "Jornalista recebe ameaças de morte após reportagem sobre garimpo",
        "",
        {"threat_harassment"},
        True,
    ),
    (
        "journalist_sued",
        "Jornalista vira réu em ação penal por difamação movida por prefeito",
        "",
        {"judicial_harassment"},
        True,
    ),
    (
        "mobile_data_restricted",
        "Governo restringe o acesso à internet e bloqueia redes sociais",
        "Os dados móveis ficaram bloqueados durante os protestos.",
        {"internet_shutdown"},
        True,
    ),
    (
        "ngo_bill",
        "Câmara aprova projeto de lei que obriga ONGs com financiamento estrangeiro a registro",
        "",
        {"restrictive_law"},
        True,
    ),
    (
        "devices_seized",
        "Polícia apreende celulares de jornalistas durante operação",
        "",
        {"surveillance_digital"},
        True,
    ),
    ("Mato_Grosso_is_not_a_killing", "Jornalistas de Mato Grosso denunciam censura", "", set(), True),
    (
        "drug_arrest",
        "Suspeito é preso com maconha em Suzano",
        "A polícia apreendeu 200 gramas de droga.",
        set(),
        False,
    ),
    ("reporter_released", "Repórter é libertado após habeas corpus", "", set(), True),
    ("defender_acquitted", "Justiça absolve ativista acusado de calúnia", "", set(), True),
    ("award", "Advogada indígena ganha prêmio de direitos humanos", "", set(), True),
    ("cable_outage", "Rompimento de cabo submarino deixa milhões sem internet", "", set(), False),
    (
        "fight_against_terrorism_is_no_charge",
        "ONG criticam projeto que as submete à supervisão do Estado a pretexto do combate ao terrorismo",
        "Ativistas dizem que o texto põe em risco a liberdade de associação.",
        {"restrictive_law"},
        True,
    ),
    (
        "robbery_with_stolen_phones_is_no_surveillance",
        "Polícia prende dupla com celulares roubados no centro",
        "Os suspeitos assaltavam pedestres na saída do metrô.",
        set(),
        False,
    ),
    (
        "judicial_harassment_is_not_also_threats",
        "Empresário processa três jornalistas; entidades falam em assédio judicial",
        "As ações pedem indenização por reportagens sobre desmatamento.",
        {"judicial_harassment"},
        True,
    ),
]
