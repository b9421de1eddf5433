"""Language identification on headline + lede text (fictional examples written for these tests)."""

from __future__ import annotations

import pytest

from extractors.language import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police detained a land rights defender after a protest at the mine, his lawyer said", "en"),
        ("La policía detuvo a una defensora de derechos humanos tras una protesta en la capital", "es"),
        ("Periodista amenazado de muerte por denunciar la corrupción municipal", "es"),
        ("La police a arrêté un militant des droits humains après une manifestation pacifique", "fr"),
        ("Une journaliste menacée de mort après son enquête sur la corruption", "fr"),
        ("A polícia prendeu um defensor de direitos humanos após um protesto na capital", "pt"),
        ("Jornalista é ameaçada de morte depois de denunciar desmatamento ilegal", "pt"),
        ("Die Polizei hat eine Menschenrechtsaktivistin nach einer Demonstration festgenommen", "de"),
        ("La polizia ha arrestato un attivista per i diritti umani dopo una protesta", "it"),
        ("Giornalista minacciato di morte dopo un'inchiesta sulla corruzione", "it"),
        ("Полиция задержала правозащитника после акции протеста в центре города", "ru"),
        ("اعتقلت الشرطة ناشطا حقوقيا بعد احتجاج سلمي في العاصمة", "ar"),
    ],
)
def test_headline_and_lede_languages(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", ["", "12345 !!!", "OK"])
def test_too_little_evidence_gives_the_default(text: str) -> None:
    assert detect_language(text, default="xx") == "xx"
