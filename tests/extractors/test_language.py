"""Language identification on single headlines and headline + lede (fictional examples written for these tests)."""

from __future__ import annotations

import pytest

from extractors.language import detect_language

HEADLINES = [
    # English
    ("Police detained a land rights defender after a protest at the mine, his lawyer said", "en"),
    ("Journalist shot dead outside his home", "en"),
    ("Union leader jailed for five years", "en"),
    ("Authorities block messaging apps ahead of vote", "en"),
    ("Lawmakers pass bill targeting foreign-funded groups", "en"),
    ("Editor's phone hacked with spyware, researchers find", "en"),
    ("Activists freed on bail after week in custody", "en"),
    # Spanish
    ("La policía detuvo a una defensora de derechos humanos tras una protesta en la capital", "es"),
    ("Periodista amenazado de muerte por denunciar la corrupción municipal", "es"),
    ("Asesinan a líder indígena en el Cauca", "es"),
    ("Capturan a dirigente campesino en Tolima", "es"),
    ("¿Quién protege a las madres buscadoras?", "es"),
    ("Allanan la sede de un diario opositor", "es"),
    ("Detienen a tres periodistas durante una marcha", "es"),
    ("Fiscalía imputa a defensora ambiental por usurpación", "es"),
    # French
    ("La police a arrêté un militant des droits humains après une manifestation pacifique", "fr"),
    ("Une journaliste menacée de mort après son enquête sur la corruption", "fr"),
    ("L'avocat d'un opposant placé en garde à vue", "fr"),
    ("Un syndicaliste condamné à deux ans de prison", "fr"),
    ("Coupure d'internet au lendemain du scrutin", "fr"),
    ("Militante écologiste agressée à son domicile", "fr"),
    ("Le gouvernement dissout une association de défense des migrants", "fr"),
    # Portuguese
    ("A polícia prendeu um defensor de direitos humanos após um protesto na capital", "pt"),
    ("Jornalista é ameaçada de morte depois de denunciar desmatamento ilegal", "pt"),
    ("Liderança quilombola é assassinada no Maranhão", "pt"),
    ("Ativista ambiental preso em operação da PM", "pt"),
    ("Governo bloqueia redes sociais durante eleições", "pt"),
    ("Repórter tem celular apreendido pela polícia", "pt"),
    ("Câmara aprova projeto que restringe protestos", "pt"),
    ("Advogada de sem-terra recebe ameaças", "pt"),
    # German
    ("Die Polizei hat eine Menschenrechtsaktivistin nach einer Demonstration festgenommen", "de"),
    ("Journalistin in Haft: Regierung weist Kritik zurück", "de"),
    ("Gewerkschafter zu drei Jahren Haft verurteilt", "de"),
    ("Anwalt nach Drohungen unter Polizeischutz gestellt", "de"),
    ("Regierung sperrt Zugang zu sozialen Netzwerken", "de"),
    # Italian
    ("La polizia ha arrestato un attivista per i diritti umani dopo una protesta", "it"),
    ("Giornalista minacciato di morte dopo un'inchiesta sulla corruzione", "it"),
    ("Avvocata condannata a tre anni di carcere", "it"),
    ("Attivista ucciso nella sua abitazione", "it"),
    ("Il governo approva la legge sulle associazioni", "it"),
    # Russian
    ("Полиция задержала правозащитника после акции протеста в центре города", "ru"),
    ("Журналиста оштрафовали за репост", "ru"),
    ("В Москве задержали активиста", "ru"),
    ("Суд арестовал главного редактора издания", "ru"),
    ("Госдума приняла закон о нежелательных организациях", "ru"),
    ("На юриста напали у подъезда его дома", "ru"),
    # Ukrainian
    ("Поліція затримала журналіста під час акції", "uk"),
    ("У Києві напали на активістку", "uk"),
    ("Суд заарештував правозахисника на два місяці", "uk"),
    ("Журналістці погрожують через її розслідування", "uk"),
    # Arabic
    ("اعتقلت الشرطة ناشطا حقوقيا بعد احتجاج سلمي في العاصمة", "ar"),
    ("اعتقال صحفي في القاهرة", "ar"),
    ("الحكم بسجن محامية حقوقية خمس سنوات", "ar"),
    ("السلطات تحجب مواقع التواصل الاجتماعي", "ar"),
    ("تهديد ناشطة بالقتل بعد مقابلة تلفزيونية", "ar"),
    # Turkish
    ("Gazeteci gözaltına alındı", "tr"),
    ("Avukat tutuklandı, meslektaşları tepki gösterdi", "tr"),
    ("İnsan hakları savunucusuna hapis cezası", "tr"),
    ("Sosyal medya platformlarına erişim engellendi", "tr"),
    ("Polis, gösteride bir aktivisti darp etti", "tr"),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINES)
def test_single_headline_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Detienen a periodista en Managua\nLa reportera fue llevada a una estación policial y "
            "sus colegas denuncian que le quitaron el teléfono.",
            "es",
        ),
        (
            "Journaliste interpellé à Alger\nLe reporter a été conduit au commissariat puis "
            "relâché dans la soirée, selon son employeur.",
            "fr",
        ),
        (
            "Ativista é detido no Pará\nO defensor foi levado à delegacia depois de denunciar "
            "grilagem de terras na região.",
            "pt",
        ),
    ],
)
def test_headline_with_lede_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وزارة کشور ایران برای این گزارش پاسخی نداد", "fa"),
        ("پولیس نے صحافی کو گرفتار کر لیا", "ur"),
        ("Полицията задържа журналист след протест", "bg"),
        ("Δημοσιογράφος συνελήφθη στην Αθήνα", "el"),
        ("記者が拘束された", "ja"),
        ("Dziennikarz zatrzymany przez policję", "pl"),
        ("De politie heeft een journalist gearresteerd", "nl"),
    ],
)
def test_other_languages_are_named_not_misread(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", ["", "12345 !!!", "OK", "Ana Ruiz", "NetBlocks"])
def test_too_little_evidence_gives_the_default(text: str) -> None:
    assert detect_language(text, default="xx") == "xx"


def test_undetermined_is_the_default_default() -> None:
    assert detect_language("Pegasus") == "und"
