"""Especially vulnerable groups from the keyword file, in every language it covers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from alerts.vulnerable import VulnerableGroupsError, default_vulnerable_groups, load_vulnerable_groups

LAND = "land/environmental defender"
WOMEN = "women defender"
LGBTQI = "LGBTQI+ defender"
INDIGENOUS = "indigenous defender"
DISABILITY = "defender with disabilities"


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("A land rights defender was shot in Colón.", LAND),
        ("Environmentalists were detained at the dam site.", LAND),
        ("Un defensor ambiental fue asesinado en Cauca.", LAND),
        ("La lideresa ambiental denunció amenazas.", LAND),
        ("Un militant écologiste a été arrêté.", LAND),
        ("Ativista ambiental é assassinado no Pará.", LAND),
        ("Задержан эколог, выступавший против вырубки леса.", LAND),
        ("اعتقال ناشط بيئي في الجنوب", LAND),
        ("A woman journalist was beaten by police.", WOMEN),
        ("La defensora fue amenazada de muerte.", WOMEN),
        ("Une défenseure des droits a été interpellée.", WOMEN),
        ("Ativista feminista recebe ameaças.", WOMEN),
        ("Правозащитницу задержали в Минске.", WOMEN),
        ("اعتقال ناشطة حقوقية في القاهرة", WOMEN),
        ("Police raided an LGBTI centre.", LGBTQI),
        ("A trans woman activist was attacked.", LGBTQI),
        ("Atacan a mujeres trans en Tegucigalpa.", LGBTQI),
        ("La marche des fiertés a été interdite.", LGBTQI),
        ("Travesti é assassinada em São Paulo.", LGBTQI),
        ("Полиция задержала ЛГБТ-активистов.", LGBTQI),
        ("حملة ضد مجتمع الميم", LGBTQI),
        ("An indigenous leader was detained.", INDIGENOUS),
        ("Una defensora indígena fue amenazada.", INDIGENOUS),
        ("Un leader autochtone a été menacé.", INDIGENOUS),
        ("Liderança quilombola é ameaçada.", INDIGENOUS),
        ("Активист коренных народов задержан.", INDIGENOUS),
        ("اعتقال ناشط من الشعوب الأصلية", INDIGENOUS),
        ("An activist with disabilities was detained.", DISABILITY),
        ("Activista con discapacidad fue detenido.", DISABILITY),
        ("Un militant en situation de handicap a été arrêté.", DISABILITY),
        ("Ativista em cadeira de rodas é detido.", DISABILITY),
        ("Задержан активист-инвалид.", DISABILITY),
        ("اعتقال ناشط من ذوي الإعاقة", DISABILITY),
    ],
)
def test_group_is_recognised(text: str, group: str) -> None:
    assert group in default_vulnerable_groups().find(text)


@pytest.mark.parametrize(
    "text",
    [
        "The government sold the land to a mining company.",
        "Deafening applause greeted the minister.",
        "The transport minister resigned.",
        "Native speakers of French took the test.",
        "El gobierno vendió las tierras.",
        "Le ministre a démissionné.",
        "Journalist detained at the airport.",
    ],
)
def test_ordinary_words_name_no_group(text: str) -> None:
    assert default_vulnerable_groups().find(text) == ()


def test_every_group_has_keywords_in_six_languages() -> None:
    for by_language in default_vulnerable_groups().keywords.values():
        assert set(by_language) >= {"en", "es", "fr", "pt", "ru", "ar"}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("groups: []\n", "expected `groups:`"),
        ("groups:\n  women: [a]\n", "group 'women' is not a mapping of languages"),
        ("groups:\n  women:\n    english: [a]\n", "language 'english': language is not a two-letter code"),
        ("groups:\n  women:\n    en: []\n", "expected a non-empty list of keywords"),
        ("groups:\n  women:\n    en: ['wo*man']\n", "has '*' inside a word"),
        ("groups: [\n", "not valid YAML"),
    ],
)
def test_bad_keyword_file_names_the_culprit(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "groups.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(VulnerableGroupsError, match=re.escape(message)) as info:
        load_vulnerable_groups(path)
    assert str(info.value).startswith(str(path))
