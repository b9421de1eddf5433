"""Spanish pattern rules on realistic headlines and ledes (fictional people, written for these tests).

Each row: headline, lede, expected categories, expected hrd_victim. Hard negatives (ordinary crime,
releases, acquittals, awards, cable cuts, tax laws, calls to protect) must come back empty.
"""

from __future__ import annotations

CASES = [
    (
        "passive_arrest_of_journalist",
        "Periodista fue detenido por la policía mientras cubría una protesta",
        "Agentes se lo llevaron a una comisaría sin explicar los motivos.",
        {"arrest_detention"},
        True,
    ),
    (
        "social_leader_killed",
        "Asesinan a un líder social en una zona rural",
        "Hombres armados dispararon contra el dirigente comunitario frente a su casa.",
        {"physical_attack"},
        True,
    ),
    (
        "death_threats_by_pamphlet",
        "Defensora ambiental denuncia amenazas de muerte tras un panfleto",
        "El mensaje advierte a la activista que abandone la región.",
        {"threat_harassment"},
        True,
    ),
    (
        "charges_against_lawyer",
        "Fiscalía imputa a un abogado de derechos humanos por calumnia",
        "El defensor enfrenta un proceso penal por sus denuncias públicas.",
        {"judicial_harassment"},
        True,
    ),
    (
        "internet_cut_during_protests",
        "Gobierno ordena un apagón de internet durante las protestas",
        "Los datos móviles y las redes sociales quedaron bloqueados en todo el país.",
        {"internet_shutdown"},
        True,
    ),
    (
        "foreign_agents_bill",
        "Congreso aprueba una ley de agentes extranjeros contra las ONG",
        "La norma obliga a las organizaciones de la sociedad civil con financiamiento extranjero a registrarse.",
        {"restrictive_law"},
        True,
    ),
    (
        "spyware_on_reporters",
        "Confirman que el teléfono de dos periodistas fue infectado con un programa espía",
        "",
        {"surveillance_digital"},
        True,
    ),
    (
        "ordinary_robbery_arrest",
        "Capturan a dos sospechosos de robar una tienda",
        "La policía detuvo a los presuntos ladrones con un arma.",
        set(),
        False,
    ),
    (
        "journalist_released",
        "Liberan a periodista tras tres días detenido",
        "El reportero quedó en libertad sin cargos.",
        set(),
        True,
    ),
    ("activist_acquitted", "Tribunal absuelve a activista acusada de difamación", "", set(), True),
    (
        "award_to_defender",
        "Defensora indígena recibe premio internacional de derechos humanos",
        "",
        set(),
        True,
    ),
    (
        "cable_cut_outage",
        "Corte de internet en la región por la rotura de un cable submarino",
        "La operadora atribuyó la falla a problemas técnicos.",
        set(),
        False,
    ),
    ("tax_reform", "Senado aprueba la reforma tributaria que sube el IVA", "", set(), False),
    ("generic_call_to_protect", "ONU pide proteger a los periodistas en toda la región", "", set(), True),
    (
        "power_cut_takes_internet_down_is_no_shutdown",
        "Un apagón deja sin luz ni internet a varios barrios de la capital",
        "La distribuidora atribuyó la avería a una tormenta.",
        set(),
        False,
    ),
    (
        "organisations_suspending_activities_is_no_shutdown",
        "Varias ONG suspenden sus actividades tras la ley de agentes extranjeros",
        "Las organizaciones optaron por suspender sus proyectos para no inscribirse.",
        {"restrictive_law"},
        True,
    ),
    (
        "conviction_names_a_prison_term_not_an_arrest",
        "Condenan a siete años de prisión a una periodista por sedición",
        "La comunicadora fue condenada a prisión tras un juicio a puerta cerrada.",
        {"judicial_harassment"},
        True,
    ),
    (
        "spyware_on_phones_without_named_defender",
        "El Gobierno infectó cientos de teléfonos con un programa espía",
        "Los dispositivos fueron intervenidos entre 2020 y 2021, según un análisis forense.",
        {"surveillance_digital"},
        False,
    ),
    (
        "stolen_phones_in_a_robbery_are_no_surveillance",
        "Detienen a dos jóvenes con cinco celulares robados",
        "Los asaltantes fueron sorprendidos en una parada de autobús.",
        set(),
        False,
    ),
]
