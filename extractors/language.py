"""Language identification for news headlines and ledes: no model, no network.

A single headline has few words, so function words alone often tie or miss (a five-word
Portuguese headline may hold no article at all). Three kinds of evidence are added up per
language, each weighted by how many languages share it:

1. the script (Arabic, Cyrillic, Greek, Han …) settles most non-Latin text on its own, with the
   letters that tell its languages apart (Persian/Urdu letters, Ukrainian і ї є ґ, Bulgarian ъ
   before a consonant, Serbian ђ ћ …);
2. function words (articles, prepositions, auxiliaries);
3. frequent news and threat vocabulary ("periodista", "journaliste", "jornalista") and
   orthography (ñ and ¿ for Spanish, ç ã õ and -ção for Portuguese, œ è ù and elisions for French,
   ß for German, ı ş ğ for Turkish).

The top language must lead clearly; otherwise the answer is `default` ("und"), never English by
default. Languages the classifier does not support are still named when the evidence is clear
(de, it, nl, ca, pl, ro, tr, uk, bg …) so they are stored as unsupported instead of misread.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

# --- non-Latin scripts --------------------------------------------------------------------

_SCRIPT_RANGES: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    ("arabic", re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")),
    ("cyrillic", re.compile(r"[\u0400-\u04FF]")),
    ("greek", re.compile(r"[\u0370-\u03FF]")),
    ("hebrew", re.compile(r"[\u0590-\u05FF]")),
    ("kana", re.compile(r"[\u3040-\u30FF]")),
    ("han", re.compile(r"[\u4E00-\u9FFF]")),
    ("hangul", re.compile(r"[\uAC00-\uD7AF]")),
    ("thai", re.compile(r"[\u0E00-\u0E7F]")),
    ("armenian", re.compile(r"[\u0530-\u058F]")),
    ("georgian", re.compile(r"[\u10A0-\u10FF]")),
    ("latin", re.compile(r"[A-Za-z\u00C0-\u024F]")),
)
# Scripts used by one language (as far as news feeds go).
_SCRIPT_LANGUAGE: Final = {
    "greek": "el",
    "hebrew": "he",
    "kana": "ja",
    "han": "zh",
    "hangul": "ko",
    "thai": "th",
    "armenian": "hy",
    "georgian": "ka",
}

_URDU_LETTERS: Final = re.compile(r"[\u0679\u0688\u0691\u06BA\u06D2\u06D3]")  # ٹ ڈ ڑ ں ے ۓ
_PERSIAN_LETTERS: Final = re.compile(r"[\u067E\u0686\u0698\u06AF\u06A9\u06CC]")  # پ چ ژ گ ک ی
_PERSIAN_WORDS: Final = frozenset({"را", "است", "این", "که", "می", "های", "برای", "شد", "کرد"})

_UKRAINIAN_LETTERS: Final = re.compile(r"[іїєґ]")
_BELARUSIAN_LETTERS: Final = re.compile(r"ў")
_RUSSIAN_LETTERS: Final = re.compile(r"[ыэё]")
_SERBIAN_LETTERS: Final = re.compile(r"[ђћ]")
_MACEDONIAN_LETTERS: Final = re.compile(r"[ѓќѕ]")
_SOUTH_SLAVIC_LETTERS: Final = re.compile(r"[јљњџ]")
# Bulgarian writes ъ as a vowel (път, към, -ът); Russian only as a hard sign before е ё ю я.
_BULGARIAN_HARD_SIGN: Final = re.compile(r"ъ(?![еёюя])")
_BULGARIAN_WORDS: Final = frozenset(
    {
        "са",
        "че",
        "ще",
        "към",
        "във",
        "със",
        "които",
        "която",
        "който",
        "бе",
        "след",
        "това",
        "тази",
        "му",
        "ги",
    }
)
_RUSSIAN_WORDS: Final = frozenset(
    {
        "что",
        "это",
        "был",
        "была",
        "были",
        "его",
        "для",
        "также",
        "который",
        "которые",
        "после",
        "из",
        "при",
        "ее",
        "её",
        "как",
        "уже",
        "заявил",
    }
)

# --- Latin-script languages -----------------------------------------------------------------

# Function words: frequent, and each shared by as few of these languages as possible.
_FUNCTION_WORDS: Final[dict[str, str]] = {
    "en": "the of and to in is was for on that with by as at from his her are were has have "
    "been after over who will its their said this an be not into against amid says had",
    "es": "el la los las de del y en que por con para una un es fue su sus al se como más tras "
    "sobre según ha han contra durante a le les lo ser desde hasta entre pero sin este esta "
    "fueron también muy ya donde cuando como casi todo toda todos todas ante redes",
    "fr": "le la les des du de et en que pour avec une un est été sur au aux par dans ses leur a "
    "ont après selon contre pendant qui ce cette sont ne pas il elle ils elles plus depuis "
    "lors sa son où mais être avait",
    "pt": "o a os as do da dos das de e em que por com para uma um é foi seu sua ao no na nos "
    "nas após pela pelo contra segundo ser são não mais ele ela eles também já quando entre "
    "sobre foram durante está desde até como quase todo toda todos todas redes",
    "it": "il lo la gli le di del della dello dei degli delle e in che per con una un è stato "
    "stata sono dopo nel nella alla alle al dal dalla contro non più anche ha hanno essere "
    "secondo tra fra sul sulla",
    "de": "der die das und in den von zu mit ist im dem nicht ein eine einen für auf sich des "
    "wurde wurden nach bei gegen auch wird hat haben vom zum zur als sind aus über",
    "nl": "de het een van en in is op te voor met niet zijn werd worden bij door naar na dat "
    "die er ook heeft aan om tegen",
    "ca": "el la els les de del dels i en que per amb una un és ha va seva seu al als sobre "
    "contra després segons aquest aquesta però també fins",
    "pl": "w i na z się nie do że jest po o przez dla od za jak przed oraz został została zostali przeciwko",
    "ro": "și în de la cu pe un o care fost din a au este pentru după despre împotriva fi lui ale",
    "tr": "ve bir bu da de için ile olarak gibi daha çok en ise sonra olan oldu edildi karşı tarafından",
}

# Frequent news and threat vocabulary: decides headlines that carry no function word.
_NEWS_WORDS: Final[dict[str, str]] = {
    "en": "police arrested arrest arrests detained detains journalist journalists activist activists "
    "lawyer lawyers killed kills shot attack attacked threats threatened court charged jailed "
    "sentenced government law laws rights human defender defenders protest protesters "
    "shutdown blocked blocks released frees freed people reporter reporters minister "
    "authorities report year years new charges trial bill bills foreign funded groups "
    "group leader leaders gunned down stabbed death dead beaten faces cases murder "
    "spyware phone hacked emails targeted damaged cut cuts slowing links "
    "across offline restores restricts nationwide blackout granted "
    "acquitted acquittal bail bailed walks out back lets early kidnapped outside "
    "suspects caught chase crash ends lawmakers hike rise tax rates "
    "loses donations senate deputies decree shuts among campaigners "
    "lure researcher researchers envoy calls booked under act seeks decade "
    "fault prisoner prisoners editor editors found missing raid raided raids "
    "warns says told vote votes election elections opposition state security forces "
    "military army soldiers gunmen men women children week day night home office "
    "wins award prize honoured honored held holds jail custody detention sentence "
    "stop package criminalises criminalizes help seekers asylum sails through clears "
    "lower corporate voice news free expression amid after before",
    "es": "policía periodista periodistas activista activistas abogado abogada defensor "
    "defensora defensores líder lideresa líderes asesinado asesinada asesinan asesinato "
    "detenido detenida detenidos detienen detuvo capturan captura amenazas amenazado "
    "amenazada denuncia denuncian gobierno ley derechos humanos años muerte matan hallan "
    "sicarios fiscalía juez jueza cárcel prisión liberan liberado excarcelan desaparecido "
    "comunicador agresión allanamiento protesta elecciones presidente país autoridades "
    "informó dos tres cuatro robo barrio sospechoso sospechosos campesinos campesino "
    "ante declara documentos judiciales teléfonos premia siete galardón hombres armados "
    "mujer mujeres hombre niños tribunal corte proceso condena condenado juicio "
    "organización organizaciones diario medio medios nacional ciudad capital semana "
    "ayer hoy miércoles jueves viernes sábado domingo lunes martes enero febrero marzo "
    "abril mayo junio julio agosto septiembre octubre noviembre diciembre agentes "
    "militares ejército oposición luego hacia bajo mientras arrestan arrestado arrestada "
    "arrestados secuestrado secuestrada secuestran golpean agreden hostigan allanan "
    "premio recibe recibió aprueba aprobó sube senado "
    "ambientalista sindicalista dirigente censura",
    "fr": "journaliste journalistes militant militante militants avocat avocate défenseur "
    "défenseurs police gendarmes arrêté arrêtée interpellé interpellée condamné condamnée "
    "menaces menacé tué tuée assassiné gouvernement loi droits humains homme ans prison "
    "détention garde vue libéré libérée procès tribunal manifestation manifestants "
    "président pays autorités selon enquête deux trois quatre cinq hommes femmes "
    "enfants mort morts jeudi vendredi samedi dimanche lundi mardi mercredi janvier "
    "février mars avril mai juin juillet août septembre octobre novembre décembre "
    "ville capitale semaine hier aujourd'hui ministre armée militaires opposition "
    "association associations plainte jugé accusé fermé ferme coupure réseaux sociaux "
    "bloqués libération prix écroué écrouée agressé agressée tués blessés écologiste "
    "syndicaliste censure",
    "pt": "jornalista jornalistas ativista ativistas advogado advogada defensor defensora "
    "liderança polícia preso presa presos prisão morto morta assassinado assassinada "
    "ameaças ameaçado ameaçada governo lei direitos humanos anos morte justiça condenado "
    "denúncia investigação libertado solto tiros delegacia presidente país autoridades "
    "eleições protesto manifestantes indígena indígenas dois duas três quatro homem "
    "homens mulher mulheres crianças segunda terça quarta quinta sexta sábado domingo "
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro cidade capital semana ontem hoje ministro exército militares oposição "
    "repórter repórteres suspeito dupla detida detido prende polícia deputados "
    "câmara juiz rejeita absolve entrega ganham prendem prende matam mata executado "
    "sequestrado agredido agredida espancado espancada ambientalista sindicalista "
    "quilombola censura prêmio prémio recebe recebeu aprova aprovou sobe",
    "it": "polizia giornalista giornalisti attivista attivisti avvocato arrestato arrestata "
    "ucciso uccisa minacce minacciato governo legge diritti umani anni morte carcere "
    "processo tribunale condannato rilasciato uomo donna donne bambini città settimana "
    "ieri oggi ministro esercito opposizione manifestanti arresti",
    "de": "polizei journalist journalistin journalisten aktivist aktivistin anwalt "
    "festgenommen getötet drohungen bedroht regierung gesetz menschenrechte jahre tod "
    "gericht verurteilt freigelassen haft mann frau frauen kinder stadt woche gestern "
    "heute minister armee opposition demonstranten",
    "nl": "politie journalist activist advocaat gearresteerd gedood bedreigd regering wet "
    "mensenrechten jaar rechtbank veroordeeld vrijgelaten",
    "ca": "policia periodista activista advocat detingut detinguda govern llei drets humans "
    "anys mort jutge presó",
    "pl": "policja dziennikarz dziennikarka aktywista prawnik zatrzymany zabity groźby rząd "
    "ustawa prawa człowieka lat sąd skazany",
    "ro": "poliția jurnalist jurnalistă activist avocat arestat ucis amenințări guvernul lege "
    "drepturile omului ani instanța condamnat",
    "tr": "polis gazeteci gazeteciler aktivist avukat gözaltı gözaltına tutuklandı tutuklama "
    "öldürüldü tehdit hükümet yasa kanun insan hakları yıl mahkeme hapis cezası serbest",
}

# Spelling that belongs to few languages: (pattern on the lower-cased text, weight per match).
_ORTHOGRAPHY: Final[dict[str, tuple[tuple[re.Pattern[str], float], ...]]] = {
    "en": (
        (re.compile(r"\w\w(ing|ed)\b"), 0.5),
        (re.compile(r"\bth|wh|sh|ck|ght|oo|ee|[aeo]w"), 0.3),
        (re.compile(r"\w[bdgkmnprt]s\b"), 0.25),
        (re.compile(r"'s\b"), 0.8),
    ),
    "es": (
        (re.compile(r"ñ"), 1.5),
        (re.compile(r"[¿¡]"), 2.0),
        (re.compile(r"ci[oó]n(es)?\b|\wón\b|\wdad(es)?\b"), 0.8),
        (re.compile(r"\wó\b"), 1.0),
        (re.compile(r"\w{3}[ae]n\b"), 0.4),  # third person plural: "detienen", "asesinan"
        (re.compile(r"\w[aeiou]d[ao]s?\b"), 0.2),
        (re.compile(r"\w(ía|ío)s?\b"), 0.3),
    ),
    "fr": (
        (re.compile(r"[œùûîïëè]"), 1.0),
        (re.compile(r"\b(?:l|d|qu|n|s|j|c)['’][aeiouhéèêàâîôy]"), 1.0),
        (re.compile(r"(eux|eau|eaux|aux)\b"), 0.6),
        (re.compile(r"\w(é|ée|és|ées)\b"), 0.4),
        (re.compile(r"\w(ment)\b"), 0.4),
    ),
    "pt": (
        (re.compile(r"[ãõ]"), 1.5),
        (re.compile(r"ç[ãõo]"), 1.0),
        (re.compile(r"\w(nh|lh)[aeiou]"), 0.5),
        (re.compile(r"\w(ão|ões|ãe)s?\b"), 0.5),
        (re.compile(r"\weir[ao]s?\b|\wdades?\b|\w\wou\b"), 0.7),
        (re.compile(r"\w{3}[ae]m\b"), 0.6),  # third person plural: "prendem", "matam"
    ),
    "it": (
        (re.compile(r"zion[ei]\b"), 1.0),
        (re.compile(r"\w(ità|ò|ì)\b"), 1.0),
        (re.compile(r"\b(?:l|dell|all|un|nell|sull)['’][aeiou]"), 0.8),
        (re.compile(r"\w(cch|gli)\w"), 0.4),
    ),
    "de": (
        (re.compile(r"ß"), 1.5),
        (re.compile(r"[äöü]"), 0.6),
        (re.compile(r"sch|\w(ung|ungen|keit|heit)\b"), 0.6),
    ),
    "nl": ((re.compile(r"\w(ij|oe|aa|ee)\w"), 0.4),),
    "ca": ((re.compile(r"l·l"), 2.0), (re.compile(r"\w(ció|cions)\b"), 1.0)),
    "pl": ((re.compile(r"[łąęśźżćń]"), 1.5),),
    "ro": ((re.compile(r"[șşțţă]"), 1.2),),
    "tr": ((re.compile(r"[ışğ]"), 1.5),),
}

_WORD: Final = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_NEWS_WORD_WEIGHT: Final = 1.5  # news vocabulary outweighs a function word
MIN_SCORE: Final = 1.2  # below this the text says too little ("OK", a name)
MIN_LEAD: Final = 1.25  # the winner must beat the runner-up by this factor


def _weights(table: dict[str, str], scale: float) -> dict[str, dict[str, float]]:
    """word → weight per language; a word several languages use counts for each as 1/n."""
    words = {lang: frozenset(line.split()) for lang, line in table.items()}
    return {
        lang: {w: scale / sum(w in other for other in words.values()) for w in own}
        for lang, own in words.items()
    }


_FUNCTION_WEIGHTS: Final = _weights(_FUNCTION_WORDS, 1.0)
_NEWS_WEIGHTS: Final = _weights(_NEWS_WORDS, _NEWS_WORD_WEIGHT)


def detect_language(text: str, default: str = "und") -> str:
    """ISO 639-1 code of `text`, or `default` ("und", undetermined) when the evidence is too thin."""
    text = unicodedata.normalize("NFC", text)
    counts = {script: len(pattern.findall(text)) for script, pattern in _SCRIPT_RANGES}
    if not any(counts.values()):
        return default
    script = max(counts, key=lambda s: counts[s])
    if script == "arabic":
        return _arabic_script(text)
    if script == "cyrillic":
        return _cyrillic(text.lower(), default)
    if script in _SCRIPT_LANGUAGE:
        if script == "han" and counts["kana"]:
            return "ja"
        return _SCRIPT_LANGUAGE[script]
    return _latin(text.lower(), default)


def _arabic_script(text: str) -> str:
    if _URDU_LETTERS.search(text):
        return "ur"
    persian = len(_PERSIAN_LETTERS.findall(text))
    if persian >= 2 or (persian and any(w in _PERSIAN_WORDS for w in text.split())):
        return "fa"
    return "ar"


def _cyrillic(lower: str, default: str) -> str:
    ukrainian = len(_UKRAINIAN_LETTERS.findall(lower))
    russian = len(_RUSSIAN_LETTERS.findall(lower))
    if _BELARUSIAN_LETTERS.search(lower):
        return "be"
    if ukrainian > russian:
        return "uk"
    if _SERBIAN_LETTERS.search(lower):
        return "sr"
    if _MACEDONIAN_LETTERS.search(lower):
        return "mk"
    if _SOUTH_SLAVIC_LETTERS.search(lower):
        return default  # Serbian or Macedonian: not sure which
    if not russian:
        words = _WORD.findall(lower)
        bulgarian = sum(w in _BULGARIAN_WORDS for w in words) + 2 * len(_BULGARIAN_HARD_SIGN.findall(lower))
        if bulgarian > sum(w in _RUSSIAN_WORDS for w in words):
            return "bg"
    return "ru"


def _latin(lower: str, default: str) -> str:
    words = [w.replace("’", "'") for w in _WORD.findall(lower)]
    # French and Italian elide articles into the next word ("l'avocat"): score both halves.
    split = [part for w in words for part in (w.split("'") if "'" in w else (w,)) if part]
    scores: dict[str, float] = {}
    for lang in _FUNCTION_WORDS:
        function, news = _FUNCTION_WEIGHTS[lang], _NEWS_WEIGHTS[lang]
        score = sum(max(function.get(w, 0.0), news.get(w, 0.0)) for w in split)
        for pattern, weight in _ORTHOGRAPHY.get(lang, ()):
            score += weight * len(pattern.findall(lower))
        scores[lang] = score
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (top, top_score), (_, second_score) = ranked[0], ranked[1]
    if top_score < MIN_SCORE or top_score < second_score * MIN_LEAD:
        return default
    return top
