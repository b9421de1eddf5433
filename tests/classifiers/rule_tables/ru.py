"""Russian pattern rules on realistic headlines and ledes (fictional people, written for these tests).

Each row: headline, lede, expected categories, expected hrd_victim. Hard negatives (ordinary crime,
releases, acquittals, awards, cable cuts, tax laws, calls to protect) must come back empty.
"""

from __future__ import annotations

CASES = [
    (
        "journalist_detained",
        "В Москве задержали журналиста на акции протеста",
        "Корреспондента увезли в отдел полиции.",
        {"arrest_detention"},
        True,
    ),
    ("activist_beaten", "Неизвестные избили активиста у подъезда", "", {"physical_attack"}, True),
    (
        "threats_to_defender",
        "Правозащитнику угрожают расправой после публикации",
        "",
        {"threat_harassment"},
        True,
    ),
    (
        "criminal_case_against_reporter",
        "Против журналистки возбудили уголовное дело о фейках",
        "",
        {"judicial_harassment"},
        True,
    ),
    (
        "mobile_internet_cut",
        "В регионе отключили мобильный интернет во время протестов",
        "",
        {"internet_shutdown"},
        True,
    ),
    (
        "foreign_agents_law",
        "Госдума приняла закон об иностранных агентах",
        "Закон обязывает НКО с иностранным финансированием регистрироваться в особом реестре.",
        {"restrictive_law"},
        True,
    ),
    (
        "equipment_seized",
        "У журналиста изъяли технику при обыске",
        "",
        {"surveillance_digital", "threat_harassment"},
        True,
    ),
    ("burglars_arrested", "Полиция задержала банду домушников", "", set(), False),
    ("journalist_released", "Журналиста освободили из-под стражи", "", set(), True),
    ("attacker_convicted", "Чиновника осудили за нападение на журналиста", "", set(), True),
    (
        "explosion_in_background_is_no_attack",
        "Журналистке предъявили обвинение за колонку о взрыве в здании ведомства",
        "Уголовное дело против корреспондентки возбудили после её эфира.",
        {"judicial_harassment"},
        True,
    ),
    (
        "offences_named_in_a_law_are_no_case",
        "Дума приняла закон о «фейках» и «неуважении к власти»",
        "Журналисты предупреждали, что закон ограничит свободу слова.",
        {"restrictive_law"},
        True,
    ),
]
