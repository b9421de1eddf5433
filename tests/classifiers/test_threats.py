from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from classifiers.lemmas import arabic_stem
from classifiers.patterns import Entry, load_language
from classifiers.pipeline import ReportText, ThreatClassifier
from classifiers.taxonomy import CATEGORIES
from classifiers.threats import ThreatScorer

# Fictional people and places-in-the-news only; written for these tests.
CASES = [
    ("en", "Police arrest environmental activist Tomas Vell in Tegucigalpa", "", {"arrest_detention"}, True),
    (
        "en",
        "Man arrested over bank robbery",
        "Police said the suspect was detained after a chase.",
        set(),
        False,
    ),
    (
        "en",
        "Activist released after two years in detention",
        "A court ordered the release of Omar Teyl, a human rights defender, on Monday.",
        set(),
        True,
    ),
    (
        "en",
        "Journalist shot dead outside his home",
        "Gunmen killed the reporter in Guerrero.",
        {"physical_attack"},
        True,
    ),
    (
        "en",
        "Authorities shut down mobile internet ahead of vote",
        "Mobile data and internet access were cut nationwide, NetBlocks said.",
        {"internet_shutdown"},
        True,
    ),
    (
        "en",
        "Undersea cable cut knocks several countries offline",
        "Internet outage followed damage to a submarine cable.",
        set(),
        False,
    ),
    ("en", "Parliament passes law on foreign funding of NGOs", "", {"restrictive_law"}, True),
    ("en", "Parliament passes new tax law on fuel", "", set(), False),
    ("en", "Rights lawyer charged with spreading false news", "", {"judicial_harassment"}, True),
    ("en", "Journalist could face arrest under new rules, group warns", "", set(), True),
    ("en", "Activist's phone infected with Pegasus spyware, lab finds", "", {"surveillance_digital"}, True),
    ("en", "Trade unionist receives death threats after strike", "", {"threat_harassment"}, True),
    (
        "es",
        "Detienen a periodista en Honduras",
        "La policía detuvo al periodista Juan Pérez.",
        {"arrest_detention"},
        True,
    ),
    ("es", "Liberan a periodista tras dos semanas detenido", "", set(), True),
    (
        "fr",
        "Un journaliste arrêté à Bamako",
        "Le reporter a été placé en garde à vue.",
        {"arrest_detention"},
        True,
    ),
    ("pt", "Polícia prende ativista indígena no Pará", "", {"arrest_detention"}, True),
    ("ru", "В Минске задержали журналиста", "", {"arrest_detention"}, True),
    ("ar", "اعتقال ناشط حقوقي في القاهرة", "", {"arrest_detention"}, True),
]


@pytest.mark.parametrize(("language", "title", "summary", "expected", "hrd_victim"), CASES)
def test_categories_and_defender_flag(
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


def test_evidence_offsets_point_into_title_newline_summary(classifier: ThreatClassifier) -> None:
    item = ReportText("1", "Police detain journalist", "The reporter was later charged with treason.", "en")
    result = classifier.classify(item)
    assert {e.category for e in result.evidence} == set(result.categories)
    for evidence in result.evidence:
        assert item.text[evidence.start : evidence.end] == evidence.trigger
        assert evidence.trigger in evidence.text


def test_scores_hold_all_seven_categories(classifier: ThreatClassifier) -> None:
    result = classifier.classify(ReportText("1", "Weather is mild today", "", "en"))
    assert list(result.scores) == list(CATEGORIES)
    assert result.categories == ()


def test_language_without_patterns_is_unsupported_not_english(classifier: ThreatClassifier) -> None:
    result = classifier.classify(ReportText("1", "Polisi ilimkamata mwanaharakati", "", "sw"))
    assert result.supported is False
    assert result.language == "sw"
    assert result.categories == ()


def test_entities_countries_persons_organisations(classifier: ThreatClassifier) -> None:
    item = ReportText(
        "1",
        "Belarusian journalist Ana Kovel detained in Minsk",
        "Reporters Without Borders condemned it.",
        "en",
    )
    entities = classifier.classify(item).entities
    assert entities.countries == ("BY",)
    assert "Ana Kovel" in entities.persons
    assert "Reporters Without Borders" in entities.organisations


def test_results_keep_input_order_across_languages(classifier: ThreatClassifier) -> None:
    items = [
        ReportText("a", "Detienen a periodista", "", "es"),
        ReportText("b", "Police detain journalist", "", "en"),
        ReportText("c", "Habari za leo", "", "sw"),
    ]
    assert [r.id for r in classifier.classify_many(items)] == ["a", "b", "c"]


# English rules, one behaviour per row: (title, summary, expected categories). Fictional people only.
ENGLISH_RULES = [
    # judicial vocabulary beyond "charged"
    ("Court jails blogger Nadia Orrel for five years over posts", "", {"judicial_harassment"}),
    ("Prosecutors indict two reporters on espionage charges", "", {"judicial_harassment"}),
    ("Judge denies bail to detained union leader", "", {"judicial_harassment"}),
    ("Activist Rafael Mendes barred from leaving the country", "", {"judicial_harassment"}),
    ("Mining firm files defamation suit against environmental activist", "", {"judicial_harassment"}),
    # a participle describing someone is background, not news
    ("Lawyers campaigning for jailed activists hold a vigil", "", set()),
    # ambiguous verbs need the person next to them
    ("Ministers hold talks with union leaders on wages", "", set()),
    ("Police seized phones and laptops of three journalists", "", {"surveillance_digital"}),
    # figurative attacks and organisation names are not events
    ("Editorial calls the new tax an assault on civil society", "", set()),
    ("Humanitarian Law Center marks its anniversary", "", set()),
    # a blocker holding the trigger word decides its sense
    ("Journalist suffers cardiac arrest during interview", "", set()),
    # crime stories without a defender
    ("Man charged with killing neighbour in stabbing", "Police arrested the suspect at his home.", set()),
    ("Gunmen kill nine villagers in overnight raid", "", {"physical_attack"}),
    # laws: modal verbs in a bill's description are the news itself
    ("Government tables bill that would force NGOs to register as foreign agents", "", {"restrictive_law"}),
    ("Reporter charged under the cybercrime law", "", {"judicial_harassment"}),
    # shutdown words only next to what is cut off
    ("Protesters block roads in the capital", "", set()),
    ("Authorities cut mobile internet in three provinces", "", {"internet_shutdown"}),
    ("Power outage knocks thousands offline", "", set()),
    # reversals and generic statements
    ("Appeal court suspends sentence of journalist Omar Teyl", "", set()),
    ("On average one defender is killed every week, report says", "", set()),
    # sport is not violence
    ("Striker scores as Athletic beat their rivals", "", set()),
    # sentences are written with any number, in digits or words
    ("Court gives journalist Ada Lenz seven years", "", {"judicial_harassment"}),
    ("Blogger Timo Rask handed 12 years in prison", "", {"judicial_harassment"}),
    ("Rights group marks 20 years of its work with defenders", "", set()),
    # a release that dates a later event is background; a longer trigger holding a reversal wins
    ("Activist Mira Kovac rearrested hours after her release", "", {"arrest_detention"}),
    (
        "Appeals court dismisses her appeal against conviction",
        "Journalist Ada Lenz stays in jail.",
        {"judicial_harassment"},
    ),
    # a defender named as the victim of a harm is not the one arrested or tried
    ("Police arrest three men over the killing of journalist Leo Varn", "", set()),
    ("Prosecutor opens inquiry into spying on newspaper editor", "", {"surveillance_digital"}),
    # accidents, commemorations and bomb threats against no one are not attacks
    ("Three journalists killed in highway crash", "", set()),
    ("Activists commemorate the anniversary of a reporter's murder", "", set()),
    ("Bomb threat forces evacuation of shopping mall", "", set()),
    # press vocabulary: locking up, dismissed appeals, smears as spies
    ("Three student activists locked up after campus protest", "", {"arrest_detention"}),
    ("State television brands human rights defenders spies", "", {"threat_harassment"}),
    # what a law permits is the law, not an arrest
    (
        "Parliament passes bill letting police detain protesters",
        "The new law allows police to detain protesters for 30 days without charge.",
        {"restrictive_law"},
    ),
    # modality: a harm announced by a threat, a vow or a warning is a threat, not the harm itself
    ("Councillor's husband vowed to kill activist Lena Dorr, she tells police", "", {"threat_harassment"}),
    ("Police threatened union leader Piet Arno with arrest", "", {"threat_harassment"}),
    ("Journalist Ivo Sand in imminent danger of arrest, lawyers say", "", set()),
    ("Reporter Ana Vell faces arrest over her posts", "", set()),
    # background: an earlier event does not add a category beside the main one
    (
        "Environmental defender Rosa Quell shot dead at home",
        "The activist, who had received several death threats, was killed on 2 March.",
        {"physical_attack"},
    ),
    (
        "Blogger Tom Vale charged with sedition over documentary",
        "He was first arrested in 2019 after a protest.",
        {"judicial_harassment"},
    ),
    # ... but a report that only looks back keeps what it says
    ("Lawyer Nina Holt, who was arrested in 2019, remains in custody", "", {"arrest_detention"}),
    (
        "Sister of slain activist gets threat calls before meeting police",
        "A caller warned her to stop pursuing the case over her brother's 2016 killing.",
        {"threat_harassment"},
    ),
    # one trigger, one category: cyber metaphors, idioms, campaign topics and non-state abductions
    # (a hack of a hospital keeps its category, hrd_victim false: GUIDELINES.md, surveillance_digital)
    ("Hospital network held hostage by hackers", "", {"surveillance_digital"}),
    (
        "Police arrest reporter Omar Teyl; press club calls it shooting the messenger",
        "",
        {"arrest_detention"},
    ),
    ("Missing-persons campaigner Ali Vard charged with sedition", "", {"judicial_harassment"}),
    (
        "Rights activist Dana Roy stabbed to death",
        "Her colleague said she was led away from a wedding and attacked.",
        {"physical_attack"},
    ),
    ("Spyware that targeted his editor found on reporter's phone", "", {"surveillance_digital"}),
    ("Citizenship law protests: mobile internet switched off in two cities", "", {"internet_shutdown"}),
    # press vocabulary the fresh items missed
    ("Police pick up two editors of a news portal over their reports", "", {"arrest_detention"}),
    (
        "Two lawyers remanded under anti-terror law after rally",
        "",
        {"arrest_detention", "judicial_harassment"},
    ),
    ("State slaps UAPA on journalists and lawyers over posts", "", {"judicial_harassment"}),
    ("Hill districts lose mobile data for 48 hours ahead of protest", "", {"internet_shutdown"}),
    ("Government extends mobile internet clampdown in four districts", "", {"internet_shutdown"}),
    ("Freelancer suffers concussion from police baton at protest", "", {"physical_attack"}),
    ("Activist Uma Rell seeks police protection after threat calls", "", {"threat_harassment"}),
    ("Jailed commentator Lina Soto faces fifth case over her posts", "", {"judicial_harassment"}),
    # seventh round: a harm named as what someone is tried or sentenced for is the crime judged: the
    # accused are its aggressors, and the harm itself is no new attack
    ("Court jails two ex-soldiers for the abduction and torture of reporter Ivo Lant", "", set()),
    (
        "Appeal court hears four men's appeals",
        "The men were given life terms for shooting the radio journalist dead during a robbery in 2011.",
        set(),
    ),
    ("Court jails journalist Ada Lenz for two years over a post", "", {"judicial_harassment"}),
    # ... unless a defender is the accused: violence alleged against a defender is the charge
    ("Protester sentenced to three years for assaulting a police officer", "", {"judicial_harassment"}),
    ("Activist Ana Ruiz charged over attack on police station", "", {"judicial_harassment"}),
    ("Police beat activist Rosa Quell outside the court", "", {"physical_attack"}),
    (
        "Court convicts three over killing of reporter Leo Varn",
        "One was sentenced to 30 years; the journalists' union welcomed the verdict.",
        set(),
    ),
    ("Jury finds two men guilty of the 2019 murder of journalist Ana Vell", "", set()),
    # ninth round: the victim's name, a possessive or an adjective may stand between "for" and the
    # crime; "in" names it too; verdicts without "sentence" ("gets life", "to the gallows", "pleads
    # guilty to"); and a headline that tries the aggressor makes the lede's attack that crime
    ("Court jails gunman for life over Varna killing", "", set()),
    ("Court sends two to the gallows for radio reporter Ivo Lant's murder", "", set()),
    ("Former mayor gets life for murdering reporter Ada Lenz", "", set()),
    ("Councillor pleads guilty to assaulting reporter Leo Varn", "", set()),
    ("Life terms for two men in killing of editor Tom Brae", "", set()),
    (
        "Court jails reporter's knife attackers for 19 years",
        "The judge called the attack on the editor brutal as she sentenced the two men.",
        set(),
    ),
    (
        "Court jails two for the murder of journalist Ana Vell",
        "Whoever ordered the murder has still not been found.",
        set(),
    ),
    ("Activist Ana Ruiz gets life for her posts", "", {"judicial_harassment"}),
    # trend reports: a count over a year or across countries is no incident, even told twice
    (
        "Monitor counts 57 land defenders killed in 2021",
        "Most of the 57 killings were in mining areas.",
        set(),
    ),
    ("Watchdog finds 40 internet shutdowns in 12 countries", "", set()),
    ("Journalists from five countries detained at climate protest in Velgrad", "", {"arrest_detention"}),
    ("Reporters from several countries detained at border crossing", "", {"arrest_detention"}),
    ("Tracker: network shutdowns cost $9 billion in 2023", "", set()),
    ("Three journalists killed in ambush near Velgrad on Tuesday", "", {"physical_attack"}),
    ("Court sentences 12 protesters in 2023 case to prison", "", {"judicial_harassment"}),
    # a campaign's name and a commemoration are no events
    ("KeepItOn coalition asks government to keep networks up during the vote", "", set()),
    ("Rights group marks the International Day of the Disappeared", "", set()),
    # figurative attacks on abstract goods
    ("Editorial calls the ruling an assault on constitutional protections", "", set()),
    ("Opposition calls the decree an attack on free speech", "", set()),
    # hacks of a city or a company keep their category (hrd_victim false); they are no shutdown
    ("Ransomware knocks city hall computer systems and website offline", "", {"surveillance_digital"}),
    ("Faults slow the internet in three countries", "The operator said both cuts were repaired.", set()),
    # parts of a sentence are the sentence; a bill on hold, an amnesty, incitement and verbal attacks
    (
        "Court jails blogger Tam Vo for four years, followed by two years' probation",
        "",
        {"judicial_harassment"},
    ),
    (
        "Court hands activist Lan Ho six years, with three years of house arrest to follow",
        "",
        {"judicial_harassment"},
    ),
    ("Government puts media bill on hold after journalists protest", "", set()),
    ("Activist Mia Sol receives amnesty, ending her case", "", set()),
    ("Regulator fines channel for sermons that incite violence", "", set()),
    ("Committee condemns personal attacks on its experts", "", set()),
    # a licence or registration taken from a named NGO applies a law: a prosecution-like act
    ("Ministry cancels the licence of rights group Lumen Watch", "", {"judicial_harassment"}),
    (
        "Home ministry revokes foreign-funding licence of rights group Lumen Watch",
        "",
        {"judicial_harassment"},
    ),
    ("Home ministry cancels FCRA licence of rights group Lumen Watch", "", {"judicial_harassment"}),
    # cancelling an event is no judicial act
    ("Police cancel rally organised by activists", "", set()),
    # a shutdown verb cuts a network or a platform, not a person
    ("Police chief suspended after activist Ivo Lant complains", "", set()),
    ("Regulator suspends mobile internet in two provinces", "", {"internet_shutdown"}),
    # advocates, outlets and community radio are defenders
    ("Youth advocate Sami Orel jailed pending trial over a speech", "", {"arrest_detention"}),
    ("Founder of a community radio station shot dead in Velgrad", "", {"physical_attack"}),
    # armed raids by bandits on villages are attacks on non-defenders, not searches
    (
        "Bandits carry off 12 from Velmo village in night raid",
        "Gunmen abducted 12 men, women and children; two villagers were badly hurt.",
        {"physical_attack"},
    ),
    ("Photographer hit by a pepper ball at an immigration raid protest", "", {"physical_attack"}),
    # a reversal in the headline undoes its own category in the lede; a release that dates a later
    # event stays background even a few words away
    (
        "Government shelves misinformation bill for lack of votes",
        "The bill would have made platforms answer for false content, critics said.",
        set(),
    ),
    ("Activist Ivo Lant re-detained a day after court ordered him freed", "", {"arrest_detention"}),
    # devices taken with a possessive between verb and device; a motive is no separate threat
    (
        "Soldiers detain editor Ivo Lant at home",
        "They confiscated his phones and held him for a week.",
        {"arrest_detention", "surveillance_digital"},
    ),
    ("Lawyers Mara Quist and Ivo Lant detained in reprisal for their work", "", {"arrest_detention"}),
    # a prison term right after a law in its clause is the law's penalty, not a prosecution
    ("Emergency law brings jail terms for spreading false information", "", {"restrictive_law"}),
    ("President signs law threatening 15 years in prison for fakes about the army", "", {"restrictive_law"}),
    ("Journalist Ada Lenz jailed for two years under the new media law", "", {"judicial_harassment"}),
    # an award is no threat, even when the honourees were jailed; counts of sedition are charges
    ("Rights group names jailed reporter Ivo Lant for its annual press award", "", set()),
    # "N years since" dates a new event, it makes no statistic
    ("Activist Ana Ruiz detained again, two years since her last arrest", "", {"arrest_detention"}),
    # a count of one incident is no statistic ("count" is no generic cue)
    ("Observers counted 40 journalists detained at the rally on Monday", "", {"arrest_detention"}),
    ("Blogger Tam Vo faces three counts of sedition", "", {"judicial_harassment"}),
    # an event that dates the news ("days before the law was ratified") is background beside it
    ("Authorities block 20 news sites days before the NGO law is ratified", "", {"internet_shutdown"}),
    (
        "Police take activist Ivo Lant's laptop before arresting him",
        "",
        {"arrest_detention", "surveillance_digital"},
    ),
    # vandalism meant to frighten, nobody hurt, is a threat (GUIDELINES.md)
    ("Office of rights group Lumen Watch vandalised overnight", "", {"threat_harassment"}),
    # hackers breaking into systems are surveillance, not a break-in; robbery suspects are no defenders
    ("Hackers broke into the office systems of rights group Lumen Watch", "", {"surveillance_digital"}),
    ("Police show the press four men they accuse of an armed robbery", "", set()),
    # a political offence names what someone is tried for, even with no defender word
    ("Court jails songwriter Tam Vo for anti-state propaganda", "", {"judicial_harassment"}),
    # damages awarded against a defender are no prize
    ("Minister wins defamation award against editor Ivo Lant", "", {"judicial_harassment"}),
    # a reversal word inside a hyphenated modifier is no reversal
    ("Award-winning journalist Ana Vell arrested in Velgrad", "", {"arrest_detention"}),
    ("Prize-winning reporter Ivo Lant detained at the airport", "", {"arrest_detention"}),
    # an extension of pre-trial detention is a detention (GUIDELINES.md boundary table)
    ("Pre-trial detention of activist Ivo Lant extended by three months", "", {"arrest_detention"}),
    (
        "Journalist Ana Ruiz sent to 14 days' judicial custody",
        "",
        {"arrest_detention", "judicial_harassment"},
    ),
    # pickets and strikers are defenders
    ("Police arrest three union members on picket line", "", {"arrest_detention"}),
    # a harm a defender reported on is the subject of the work, not a new attack (round 8)
    ("Blogger Ana Ruiz sentenced for reporting on the torture of detainees", "", {"judicial_harassment"}),
    ("Police beat reporter Ivo Lant filming a protest", "", {"physical_attack"}),
    # a defender who only speaks in the lede is no target of a prosecution (round 8)
    (
        "Man sentenced to five years for fraud in Velgrad",
        "The verdict was handed down on Monday, the rights group said.",
        set(),
    ),
    (
        "Velgrad mayor charged with taking bribes",
        "The press union welcomed the charges against the mayor.",
        set(),
    ),
    (
        "Police detain activist Mara Quist",
        "She was charged with insulting officials, her lawyer said.",
        {"arrest_detention", "judicial_harassment"},
    ),
]


@pytest.mark.parametrize(("title", "summary", "expected"), ENGLISH_RULES)
def test_english_rules(classifier: ThreatClassifier, title: str, summary: str, expected: set[str]) -> None:
    result = classifier.classify(ReportText("x", title, summary, "en"))
    assert set(result.categories) == expected


# One report, one event: a second category stays only when it goes with the headline's event.
SECOND_EVENTS = [
    (
        "Journalist Lena Dorr shot dead in Velgrad",
        "Colleagues said the journalist received death threats from local officials.",
        {"physical_attack"},
    ),
    (
        "Parliament passes law on foreign agents",
        "Activist Ivo Senn was charged with treason on Monday.",
        {"restrictive_law"},
    ),
    (
        "Police detain activist Mara Quist",
        "She was charged with insulting officials, her lawyer said.",
        {"arrest_detention", "judicial_harassment"},
    ),
    (
        "Authorities block messaging apps in Velgrad",
        "Police beat protesters in the capital.",
        {"internet_shutdown", "physical_attack"},
    ),
    # a beating and the phone taken in it are one event (round 8)
    (
        "Police beat reporter Ivo Lant at a protest in Velgrad",
        "Officers confiscated his phone and deleted his footage.",
        {"physical_attack", "surveillance_digital"},
    ),
]


@pytest.mark.parametrize(("title", "summary", "expected"), SECOND_EVENTS)
def test_second_category_must_go_with_the_main_event(
    classifier: ThreatClassifier, title: str, summary: str, expected: set[str]
) -> None:
    result = classifier.classify(ReportText("x", title, summary, "en"))
    assert set(result.categories) == expected


def test_hack_of_a_city_is_no_threat_to_a_defender(classifier: ThreatClassifier) -> None:
    result = classifier.classify(ReportText("x", "Ransomware locks hospital data and email", "", "en"))
    assert result.categories == ("surveillance_digital",)
    assert not result.hrd_victim


def test_violence_against_villagers_is_no_threat_to_a_defender(classifier: ThreatClassifier) -> None:
    result = classifier.classify(ReportText("x", "Gunmen abduct 20 villagers in overnight attack", "", "en"))
    assert result.categories == ("physical_attack",)
    assert not result.hrd_victim


def test_threats_against_a_celebrity_keep_their_category_without_a_defender(
    classifier: ThreatClassifier,
) -> None:
    result = classifier.classify(
        ReportText("x", "Police look into death threats against pop singer", "", "en")
    )
    assert result.categories == ("threat_harassment",)
    assert not result.hrd_victim


def test_spyware_on_a_politician_is_no_threat_to_a_defender(classifier: ThreatClassifier) -> None:
    result = classifier.classify(
        ReportText("x", "Opposition politician's phone infected with spyware", "", "en")
    )
    assert result.categories == ("surveillance_digital",)
    assert not result.hrd_victim


def test_dropped_second_event_names_the_main_event(classifier: ThreatClassifier) -> None:
    title, summary, _ = SECOND_EVENTS[0]
    _, _, doc = next(classifier.docs([ReportText("x", title, summary, "en")]))
    assert doc is not None
    reasons = [
        r for occ in doc._.threats.occurrences if occ.category == "threat_harassment" for r in occ.reasons
    ]
    assert "a second event unlike the main one (physical_attack)" in reasons


# Press vocabulary written from news usage (not from labelled items); fictional people and outlets.
PRESS_VOCABULARY = [
    # surveillance: breaches of a company's customer data keep the category without a defender
    ("Retailer Velmart confirms theft of two million card numbers", "", {"surveillance_digital"}, False),
    ("Reporter Ivo Lant made to delete footage at an army checkpoint", "", {"surveillance_digital"}, True),
    # shutdowns: a named site blocked; restoration and a cut fibre are no shutdown
    ("Authorities block opposition site Velgrad Today", "", {"internet_shutdown"}, True),
    ("Velgrad brings back mobile data after 12-day blackout", "", set(), True),
    ("Contractor cut fibre, leaving Port Lenz without internet for a day", "", set(), False),
    # threats: hiding, protection given after threats, a descriptor 'red-tagged' is background
    ("Journalist Tam Vo goes into hiding", "", {"threat_harassment"}, True),
    ("Presenter Mara Quist given a police escort", "", {"threat_harassment"}, True),
    ("Army spokesman red-tagged by name the land defender Rina Sol", "", {"threat_harassment"}, True),
    # prosecutions: a station padlocked, the prison term prosecutors seek
    (
        "Minister suspends Radio Lumen; police padlock the station",
        "The community radio's journalists were sent home.",
        {"judicial_harassment"},
        True,
    ),
    ("Prosecutors seek nine years for rights lawyer Omar Teyl", "", {"judicial_harassment"}, True),
    # laws: protest permits and cyber laws
    (
        "Interior ministry bans any march without prior approval",
        "Activists said the rule ends the right to protest.",
        {"restrictive_law"},
        True,
    ),
    ("President assents to Cyber Crimes Bill", "", {"restrictive_law"}, True),
]


@pytest.mark.parametrize(("title", "summary", "expected", "hrd_victim"), PRESS_VOCABULARY)
def test_press_vocabulary(
    classifier: ThreatClassifier, title: str, summary: str, expected: set[str], hrd_victim: bool
) -> None:
    result = classifier.classify(ReportText("x", title, summary, "en"))
    assert set(result.categories) == expected
    if expected:
        assert result.hrd_victim is hrd_victim


# The words these clause rules read are the cues file's (`WORD_KEYS`): with them emptied, the rule is off.
CUES_FILE_WORDS = [
    (
        "Two men jailed for the abduction and murder of journalist Ana Vell",
        ("crime_links", "crime_list_words"),
        "physical_attack",
    ),
    ("Campaign for the jailed activist Ana Vell grows", ("participle_openers",), "judicial_harassment"),
]


def _english_scorer(classifier: ThreatClassifier, **cues: Any) -> ThreatScorer:
    """A scorer over the English pipeline whose cues differ from the shipped file only in `cues`."""
    english = load_language("en")
    # Any: cue fields differ in type (word sets, phrase tuples); each test sets the ones it compares.
    return ThreatScorer(
        classifier.pipeline("en"), "variant", replace(english, cues=replace(english.cues, **cues))
    )


@pytest.mark.parametrize(
    ("title", "statistic"),
    [
        ("С середины 2019 года полиция задержала более 40 активистов", True),  # the count after the verb
        ("С начала 2021 года суды оштрафовали 35 журналистов", True),
        ("Полиция задержала 12 участников акции у мэрии", False),  # no period: one event
    ],
)
def test_a_count_after_the_trigger_in_a_period_is_a_statistic(
    classifier: ThreatClassifier, title: str, statistic: bool
) -> None:
    assert (classifier.classify(ReportText("x", title, "", "ru")).categories == ()) is statistic


@pytest.mark.parametrize(
    ("exact", "title", "attack"),
    [
        (True, "Reporter Ada Lenz shooting a documentary in Lagos", False),  # the form it names
        (True, "Reporter Ada Lenz shot in Lagos", True),  # another form of the trigger's lemma
        (False, "Reporter Ada Lenz shooting a documentary in Lagos", True),  # a lemma blocker is the trigger
    ],
)
def test_a_blocker_on_the_trigger_itself_cancels_only_the_form_it_names(
    classifier: ThreatClassifier, exact: bool, title: str, attack: bool
) -> None:
    # A one-word blocker covers exactly the trigger it is meant to cancel when a lemma or a stem merges
    # two words ("مراقبون" observers, "مراقبة" surveillance): written `exact`, it names the one form.
    english = load_language("en")
    attacks = english.categories["physical_attack"]
    blockers = (*attacks.blockers, Entry("shooting", exact=exact))
    categories = {**english.categories, "physical_attack": replace(attacks, blockers=blockers)}
    scorer = ThreatScorer(classifier.pipeline("en"), "variant", replace(english, categories=categories))
    doc = classifier.pipeline("en")(title)
    assert (scorer.analyse(doc).scores["physical_attack"] >= 0.5) is attack


@pytest.mark.parametrize(("title", "keys", "category"), CUES_FILE_WORDS)
def test_clause_rules_read_their_words_from_the_cues_file(
    classifier: ThreatClassifier, title: str, keys: tuple[str, ...], category: str
) -> None:
    bare = _english_scorer(classifier, **dict.fromkeys(keys, frozenset()))
    doc = classifier.pipeline("en")(title)
    assert doc._.threats.scores[category] < 0.5 <= bare.analyse(doc).scores[category]


def test_harm_ending_the_headline_names_no_victim_in_the_lede(classifier: ThreatClassifier) -> None:
    # "… report on police torture\nThe reporter was sentenced": the line break ends the harm's phrase,
    # so the reporter is the one sentenced, not the torture's victim.
    result = classifier.classify(
        ReportText(
            "x",
            "Court convicts Ada Lenz over her report on police torture",
            "The reporter was sentenced to one year in prison.",
            "en",
        )
    )
    assert result.categories == ("judicial_harassment",)
    assert result.hrd_victim


def test_an_amnesty_in_an_organisation_name_reverses_nothing(classifier: ThreatClassifier) -> None:
    result = classifier.classify(
        ReportText(
            "x",
            "Amnistía Internacional denuncia la detención del periodista Juan Pérez",
            "La policía detuvo al periodista en Caracas el lunes.",
            "es",
        )
    )
    assert result.categories == ("arrest_detention",)


# Round 10: press wording of the rewritten dev batches, in general form (invented sentences, fictional
# people and places). (title, summary, expected categories, hrd_victim or None when not checked)
ROUND_10 = [
    # "scrap" undoes a bill or charges, not a shutdown reported beside a scrapped vote
    (
        "Mobile internet cut in Velgrad as the government scraps the local elections",
        "",
        {"internet_shutdown"},
        True,
    ),
    ("Velgrad scraps the foreign agents bill after protests", "", set(), None),
    ("Prosecutors scrap the charges against reporter Ivo Lant", "", set(), None),
    # network faults: fibre and cables severed by builders, links cut, copper stolen
    ("Builders sever fibre lines and Port Lenz loses internet for a day", "", set(), None),
    (
        "Velgrad offline as both links cut",
        "Thieves took the copper from a junction box, leaving thousands without internet.",
        set(),
        None,
    ),
    # the modal "may" is hypothetical, the month is not
    ("On 7 May police detained reporter Ivo Lant in Velgrad", "", {"arrest_detention"}, True),
    ("Reporter Ivo Lant may be charged over his posts, police say", "", set(), None),
    # an attack on phones, systems or data is a hack, not violence; breached customers keep the category
    ("Spyware attacks on the phones of two Velgrad reporters, lab finds", "", {"surveillance_digital"}, True),
    (
        "Velgrad council hit by ransomware",
        "The attack encrypted the council's data over the weekend.",
        {"surveillance_digital"},
        False,
    ),
    ("Hotel chain says hackers stole the card details of its guests", "", {"surveillance_digital"}, False),
    # kidnappings for ransom of tourists, travellers and workers keep their category without a defender
    ("Two foreign tourists kidnapped near Port Lenz resort", "", {"physical_attack"}, False),
    ("Armed men abduct nine road workers in Velgrad province", "", {"physical_attack"}, False),
    # ... but a missing traveller found alive, or hurt in a fall, was not attacked
    ("Missing traveller found alive after three days in the Velgrad hills", "", set(), None),
    ("Tourist hurt in fall from cliff near Port Lenz", "", set(), None),
    # defenders in press wording: shop stewards, labour centres, strikers, cartoonists, netizens, TV hosts,
    # community groups
    ("Shop steward Tam Vo shot dead outside Velgrad plant", "", {"physical_attack"}, True),
    ("Labour Congress chairman abducted by gunmen in Port Lenz", "", {"physical_attack"}, True),
    ("Police detain nurses who are striking for unpaid wages", "", {"arrest_detention"}, True),
    ("Police detain political cartoonist Ivo Lant", "", {"arrest_detention"}, True),
    ("Netizen detained over posts about the Velgrad governor", "", {"arrest_detention"}, True),
    ("Mining firm sues community group for defamation over river claims", "", {"judicial_harassment"}, True),
    # a bill that "clears" a chamber, a veto overridden, a vote through: passed, not undone
    ("Velgrad's foreign agents bill clears parliament", "", {"restrictive_law"}, True),
    ("Lawmakers override the veto on protest limits", "", {"restrictive_law"}, True),
    ("Senate votes through three-year jail terms for online 'false news'", "", {"restrictive_law"}, True),
    ("Court clears activist Ivo Lant of all charges", "", set(), None),
    # the penalties a decree or a law sets are its content, not a prosecution
    (
        "Velgrad king decrees ban on marches, jail for organisers",
        "The decree bars demonstrations in the capital and makes organisers liable to a year in jail.",
        {"restrictive_law"},
        True,
    ),
    (
        "President signs media law on bloggers",
        "Bloggers with large audiences must register, and violations carry fines as high as $100,000 and "
        "temporary shutdown of the blog or news site.",
        {"restrictive_law"},
        True,
    ),
    # trend reports: figures, year-end counts, trackers, shares of a total
    ("Year-end count: 45 journalists killed and 210 jailed in the region", "", set(), True),
    ("Internet shutdowns cost Velgrad $2 billion, tracker says", "", set(), None),
    ("Figures show 120 activists detained in Velgrad since the coup", "", set(), True),
    ("Two thirds of journalists killed die far from any war zone, report says", "", set(), True),
    # devices taken, kept or searched and recordings erased
    ("Reporter Ivo Lant had his camera taken at a checkpoint in Velgrad", "", {"surveillance_digital"}, True),
    (
        "Border officers comb through journalist Tam Vo's messages at the airport",
        "",
        {"surveillance_digital"},
        True,
    ),
    (
        "Agents detain four reporters and make them delete their recordings",
        "",
        {"arrest_detention", "surveillance_digital"},
        True,
    ),
]


def test_harm_word_inside_an_arrest_phrase_names_no_victim(classifier: ThreatClassifier) -> None:
    # "enlevée" alone is an abduction (an attack), but inside "enlevée par des agents" it is an
    # arrest, so the activist right before it is the arrest's target, not the attack's victim.
    result = classifier.classify(
        ReportText(
            "x",
            "Une militante enlevée par des agents en civil à Kinshasa",
            "Elle a été conduite dans les locaux des renseignements.",
            "fr",
        )
    )
    assert result.categories == ("arrest_detention",)
    assert result.hrd_victim


# Round 11: press wording from many writers (invented sentences, fictional names and places).
ROUND_11 = [
    # kidnappings by armed groups: an attack, and the ambiguous "seized"/"took" of the lede is no arrest
    # that would make it a crime story
    (
        "Rebels abduct six foreign trekkers in the Velgrad hills",
        "The hikers were taken from their camp at night, and troops began searching the area.",
        {"physical_attack"},
        False,
    ),
    (
        "Three traders abducted by gunmen near Port Lenz",
        "Armed men seized them on the road and demanded a ransom.",
        {"physical_attack"},
        False,
    ),
    # the press's other killing and beating verbs
    ("Land activist Tam Vo found bludgeoned to death near Velgrad", "", {"physical_attack"}, True),
    ("Police officer knocks down photographer Ivo Lant at Velgrad rally", "", {"physical_attack"}, True),
    # "missed" is no "missing"; "push ahead" is no shove
    (
        "Exam-day mobile internet cut in Velgrad; students missed online classes",
        "",
        {"internet_shutdown"},
        True,
    ),
    (
        "Velgrad police detain lawyer Ivo Lant as they push ahead with crackdown",
        "",
        {"arrest_detention"},
        True,
    ),
    # house arrest that follows a prison term is part of the sentence
    (
        "Velgrad court jails blogger Tam Vo for six years",
        "He will serve three further years under house arrest after his release from prison.",
        {"judicial_harassment"},
        True,
    ),
    # VAT, sales tax and excise bills are tax laws; bills pulled, voted down or voided are undone
    ("Velgrad parliament approves 12% VAT on streaming and social media apps", "", set(), None),
    ("Velgrad MPs vote down the foreign-funded NGO bill", "", set(), None),
    ("Minister pulls media council bill after journalists' campaign", "", set(), None),
    ("Constitutional court voids decree on NGOs", "", set(), None),
    # ... but a bill that clears the cabinet is passed, and a bill "under government veto" creates a veto
    ("Velgrad cabinet clears online speech bill for parliament", "", {"restrictive_law"}, True),
    (
        "Parliament passes bill putting NGO foreign funding under government veto",
        "",
        {"restrictive_law"},
        True,
    ),
    # a network back, reachable or available again is a restoration
    ("Mobile data back in three Velgrad districts after weeks offline", "", set(), None),
    ("Velgrad networks reachable again after overnight internet cut", "", set(), None),
    # 'intercepted on the road' stops a person; a phone call is no phone
    ("Activist Tam Vo intercepted on the road and threatened by two men", "", {"threat_harassment"}, True),
    ("Velgrad reporters phoned and told not to publish names", "", set(), None),
    # a headline that announces a trend report makes the lede its figures
    (
        "Monitor's yearly report counts 40 attacks on reporters",
        "Journalists were threatened, beaten and detained in 14 provinces, the group found.",
        set(),
        True,
    ),
    (
        "Velgrad rights mission finds 200 activists abused since the coup",
        "Arrests, threats and torture were recorded against that many defenders over three years.",
        set(),
        True,
    ),
    # judicial press wording: accused of, on suspicion of, defamation probes, tried for, travel bans with the
    # people between, outlets off air, legal status stripped; an appeal to states is a call
    (
        "Police detain editor Ivo Lant, accusing him of insulting the governor",
        "",
        {"arrest_detention", "judicial_harassment"},
        True,
    ),
    ("Police open defamation probe against reporter Tam Vo", "", {"judicial_harassment"}, True),
    ("Velgrad bars five rights activists from travelling abroad", "", {"judicial_harassment"}, True),
    ("Ministry takes news channel Velgrad 24 off air", "", {"judicial_harassment"}, True),
    ("Interior ministry strips the NGO of its legal status", "", {"judicial_harassment"}, True),
    ("UN experts appeal to every state to protect human rights defenders", "", set(), True),
    ("Court grants journalist Ivo Lant anticipatory bail in sedition case", "", set(), True),
    # a union officer by title, a YouTube channel's owner
    ("Dock workers' union president shot dead outside his home", "", {"physical_attack"}, True),
    ("Police detain owner of YouTube channel over lockdown breach", "", {"arrest_detention"}, True),
    # plurals the lookup lemmatiser keeps as written are defenders too
    ("Police detain three bloggers in Velgrad", "", {"arrest_detention"}, True),
    ("Velgrad strips three NGOs of their legal status", "", {"judicial_harassment"}, True),
    # threats: doxxers, warnings against covering
    ("Reporters say police warned them against covering the protests", "", {"threat_harassment"}, True),
    # ... while a report about one named defender keeps its event, and so does one killing counted
    # in a period ("the third this year")
    (
        "Reporter shot dead in Velgrad, the third so far this year",
        "Gunmen attacked the journalist outside his home.",
        {"physical_attack"},
        True,
    ),
    ("Police detain reporter Ivo Lant over report on prison abuse", "", {"arrest_detention"}, True),
]


@pytest.mark.parametrize(("title", "summary", "expected", "hrd_victim"), ROUND_10 + ROUND_11)
def test_press_wording_of_rounds_10_and_11(
    classifier: ThreatClassifier, title: str, summary: str, expected: set[str], hrd_victim: bool | None
) -> None:
    result = classifier.classify(ReportText("x", title, summary, "en"))
    assert set(result.categories) == expected
    if hrd_victim is not None:
        assert result.hrd_victim is hrd_victim


def test_arrest_told_in_a_verdicts_lede_is_its_past(classifier: ThreatClassifier) -> None:
    # "convicted after months in detention" is judicial_harassment only (GUIDELINES §4); with no
    # `convictions` cue the arrest stays a second event beside the prosecution.
    nlp = classifier.pipeline("en")
    with_verdicts = _english_scorer(classifier, convictions=(Entry("sentence"), Entry("convict")))
    without = _english_scorer(classifier, convictions=())
    doc = nlp(
        "Blogger Ivo Marsk sentenced to four years for posts\n"
        "The blogger, arrested in the capital last spring, was convicted of spreading false news."
    )
    assert with_verdicts.analyse(doc).categories == ("judicial_harassment",)
    assert set(without.analyse(doc).categories) == {"arrest_detention", "judicial_harassment"}
    # An arrest in the headline itself stays news: "arrested and sentenced".
    doc = nlp("Blogger Ivo Marsk arrested and sentenced to four years for posts")
    assert set(with_verdicts.analyse(doc).categories) == {"arrest_detention", "judicial_harassment"}


def test_arrests_and_a_network_cut_are_two_events_of_one_report(classifier: ThreatClassifier) -> None:
    # Protesters or journalists held while the authorities cut the network: both are news, like
    # protesters beaten during a shutdown.
    result = classifier.classify(
        ReportText(
            "x",
            "Velgrad police detain ten journalists at protest",
            "Authorities also shut down mobile internet across the capital on Monday, NetBlocks said.",
            "en",
        )
    )
    assert set(result.categories) == {"arrest_detention", "internet_shutdown"}


def test_a_release_called_for_in_the_headline_reverses_nothing(classifier: ThreatClassifier) -> None:
    # "demand release of" is a call: the detention the lede tells is still the news.
    result = classifier.classify(
        ReportText(
            "x",
            "Rights groups demand release of journalist Ivo Lant",
            "Police detained the journalist in Velgrad on Monday over his reporting.",
            "en",
        )
    )
    assert result.categories == ("arrest_detention",)


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("es", "Informe de Global Witness: en 2018 fueron asesinados 164 defensores de la tierra"),
        ("en", "In 2022, police arrested 45 journalists in the region, the report says"),
    ],
)
def test_tally_with_the_year_first_is_a_count(
    classifier: ThreatClassifier, language: str, title: str
) -> None:
    assert classifier.classify(ReportText("x", title, "", language)).categories == ()


@pytest.mark.parametrize(
    ("word", "same_as"),
    [
        ("اعتقالهما", "اعتقال"),  # dual pronoun
        ("منزلنا", "منزل"),  # "our"
        ("ناشطتين", "ناشطة"),  # feminine dual
        ("زميلته", "زميلة"),  # ta marbuta spelled ت before a pronoun
        ("اعتقلته", "اعتقل"),  # verb ending before a pronoun
        ("ووزارة", "وزارة"),  # the conjunction goes, the root's و stays
    ],
)
def test_arabic_stem_reaches_one_form(word: str, same_as: str) -> None:
    assert arabic_stem(word) == arabic_stem(same_as)


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("وعيد", "عيد"),  # menace, not a feast or a surname
        ("بعيد", "وعيد"),  # shortly after, not a menace
        ("إلغاء", "غاء"),  # a hamza'd alef is no article
        ("براءة", "وراء"),  # acquittal, not behind
        ("برأت", "رأت"),  # acquitted, not saw
    ],
)
def test_arabic_stem_keeps_root_letters_that_look_like_clitics(word: str, other: str) -> None:
    assert arabic_stem(word) != arabic_stem(other)


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("مصادرة", "مصادر"),  # confiscation, not sources
        ("المراقبة", "المراقبون"),  # surveillance, not observers
        ("مهاجمة", "مهاجم"),  # attacking, not an attacker
        ("البيانات", "بيان"),  # data, not a statement
        ("معلومات", "معلوم"),  # information, not known
    ],
)
def test_arabic_stem_keeps_an_ending_that_makes_another_word(word: str, other: str) -> None:
    assert arabic_stem(word) != arabic_stem(other)


@pytest.mark.parametrize(
    ("word", "same_as"),
    [
        ("ومصادرة", "مصادرة"),  # the conjunction still goes
        ("مراقبته", "مراقبة"),  # ta marbuta spelled ت before a pronoun
        ("بياناتهم", "بيانات"),  # a pronoun after the plural
        ("مراقبات", "مراقبون"),  # other plurals are stemmed as before
    ],
)
def test_arabic_stem_own_ending_words_keep_their_forms_together(word: str, same_as: str) -> None:
    assert arabic_stem(word) == arabic_stem(same_as)


def _gapped_scorer(classifier: ThreatClassifier, *entries: Entry) -> ThreatScorer:
    """The English scorer with `entries` added to the language-wide reversal cues."""
    english = load_language("en")
    reversal = (*english.cues.reversal, *entries)
    return ThreatScorer(
        classifier.pipeline("en"), "gapped", replace(english, cues=replace(english.cues, reversal=reversal))
    )


@pytest.mark.parametrize(
    ("entry", "text", "span"),
    [
        (Entry("let … go", gap=3), "Belarus lets detained journalists go", "lets detained journalists go"),
        (Entry("let … go", gap=3), "They let go", "let go"),  # no word between is within the gap too
        (Entry("go … let", gap=3), "They let him go", None),  # parts in order
        (Entry("let … go", gap=2), "They let the two reporters go", None),  # three words: past the gap
        (Entry("let … go", gap=3), "They let the two reporters go", "let the two reporters go"),
        (Entry("let … go", gap=3), "They let him. Go home", None),  # not across a sentence end
        (Entry("let … go", gap=3), "They let him speak, go home", None),  # nor a clause break
        (Entry("let … go", gap=3), "They let him speak but go home", None),  # a clause-break word
        (
            Entry("let … go … home", gap=2),
            "Police let the men go straight home",
            "let the men go straight home",
        ),
        # the nearer "go" leads nowhere within the gap: the farther one completes the phrase
        (Entry("let … go … home", gap=2), "let go go go home", "let go go go home"),
        (Entry("go … go", gap=3), "They go home", None),  # one word is no two parts: parts never overlap
        (Entry("go … go", gap=3), "They go home, go", None),
        (Entry("go … go", gap=3), "go home and go", "go home and go"),
        (Entry("FREED … home", exact=True, gap=2), "Freed reporters home", "Freed reporters home"),
        (
            Entry("freed … home", exact=True, gap=2),
            "They free reporters home",
            None,
        ),  # the form, not the lemma
        (Entry("freed … home", gap=2), "They free reporters home", "free reporters home"),
    ],
)
def test_a_gapped_phrase_matches_its_parts_in_order_within_the_gap(
    classifier: ThreatClassifier, entry: Entry, text: str, span: str | None
) -> None:
    scorer = _gapped_scorer(classifier, entry)
    doc = classifier.pipeline("en")(text)
    found = [
        doc[s:e].text for s, e, rule in scorer.find(doc).get("reversal", []) if rule.phrase == entry.phrase
    ]
    assert found == ([span] if span else [])


def test_a_gapped_trigger_is_one_match_and_its_evidence_covers_the_phrase(
    classifier: ThreatClassifier,
) -> None:
    english = load_language("en")
    arrests = english.categories["arrest_detention"]
    strong = (*arrests.strong, Entry("cart … off", gap=3))
    categories = {**english.categories, "arrest_detention": replace(arrests, strong=strong)}
    scorer = ThreatScorer(classifier.pipeline("en"), "gapped", replace(english, categories=categories))
    doc = classifier.pipeline("en")("Police cart reporter Ana Vell off")
    best = scorer.analyse(doc).best_for("arrest_detention")
    assert doc[best.start : best.end].text == "cart reporter Ana Vell off"
    assert best.score >= 0.5


def test_a_refusal_does_not_reach_a_reversal_in_the_next_sentence(classifier: ThreatClassifier) -> None:
    # "not" is a refusal ("will not free him"), but only in its own sentence.
    doc = classifier.pipeline("en")(
        "Police detain reporter Mira Dost; her editor says the paper will not let the story go. "
        "Tarso lets detained journalists go"
    )
    second = [o for o in doc._.threats.occurrences if doc[o.start : o.end].text == "detained"]
    assert len(second) == 1
    assert second[0].score < 0.5
    assert any("reversed by 'lets detained journalists go'" in reason for reason in second[0].reasons)


@pytest.mark.parametrize(
    ("summary", "held"),
    [
        # the defender is the passive's subject, more than `near` tokens before the ambiguous trigger
        ("Two reporters travelling with the minister were held for six hours.", True),
        ("Lawyer Ada Lenz, co-founder of a rights group, has been ordered held for 15 days.", True),
        ("Two reporters travelling with the minister held talks for six hours.", False),  # active: the agent
        ("Two reporters travelling with the minister were told to wait.", False),  # no trigger at all
    ],
)
def test_a_defender_who_is_a_passive_triggers_subject_is_its_target(
    classifier: ThreatClassifier, summary: str, held: bool
) -> None:
    result = classifier.classify(ReportText("x", "Visit to the border town ends early", summary, "en"))
    assert ("arrest_detention" in result.categories) is held


def test_the_passive_subject_rule_reads_its_auxiliaries_from_the_cues_file(
    classifier: ThreatClassifier,
) -> None:
    doc = classifier.pipeline("en")("Two reporters travelling with the minister were held for six hours.")
    bare = _english_scorer(classifier, passive_auxiliaries=frozenset())
    assert bare.analyse(doc).scores["arrest_detention"] < 0.5 <= doc._.threats.scores["arrest_detention"]


def test_a_passive_attack_word_takes_no_distant_subject(classifier: ThreatClassifier) -> None:
    # Only custody and prosecution read a passive's subject: "the site was hit" names nobody attacked.
    result = classifier.classify(
        ReportText("x", "Storm season", "The newspaper's printing site in the port was hit by floods.", "en")
    )
    assert "physical_attack" not in result.categories


@pytest.mark.parametrize(
    ("summary", "attacked"),
    [
        # the pronoun right after the ambiguous trigger stands for the defender named before it
        ("Photographer Ada Lenz said that officers at the gate shoved her to the ground.", True),
        ("Photographer Ada Lenz said the officers' pressure on her was constant.", False),  # not its object
    ],
)
def test_an_object_pronoun_stands_for_the_defender_named_before_it(
    classifier: ThreatClassifier, summary: str, attacked: bool
) -> None:
    result = classifier.classify(ReportText("x", "Protest outside the stadium", summary, "en"))
    assert ("physical_attack" in result.categories) is attacked


def test_the_pronoun_rule_reads_its_pronouns_from_the_cues_file(classifier: ThreatClassifier) -> None:
    doc = classifier.pipeline("en")(
        "Photographer Ada Lenz said that officers at the gate shoved her to the ground."
    )
    bare = _english_scorer(classifier, object_pronouns=frozenset())
    assert bare.analyse(doc).scores["physical_attack"] < 0.5 <= doc._.threats.scores["physical_attack"]


@pytest.mark.parametrize(
    ("summary", "prosecution"),
    [
        # "last year" after the dissolution dates it: background beside the report's arrest
        (
            "Police arrested union leader Ada Lenz on Monday; the dissolution of her union last year is under appeal.",
            False,
        ),
        # "last year's" dates the noun after it, not the trigger before it
        (
            "Police arrested union leader Ada Lenz; a court ordered the dissolution of last year's union.",
            True,
        ),
    ],
)
def test_background_words_after_a_trigger_date_it(
    classifier: ThreatClassifier, summary: str, prosecution: bool
) -> None:
    result = classifier.classify(ReportText("x", "Union leader arrested in Tarsk", summary, "en"))
    assert "arrest_detention" in result.categories
    assert ("judicial_harassment" in result.categories) is prosecution


def test_background_after_reads_its_words_from_the_cues_file(classifier: ThreatClassifier) -> None:
    doc = classifier.pipeline("en")(
        "Union leader arrested in Tarsk\nPolice arrested union leader Ada Lenz on Monday; the dissolution of her"
        " union last year is under appeal."
    )
    bare = _english_scorer(classifier, background_after=())
    assert (
        doc._.threats.scores["judicial_harassment"] < 0.5 <= bare.analyse(doc).scores["judicial_harassment"]
    )


@pytest.mark.parametrize(
    ("summary", "incident"),
    [
        # the person the lede names tells the count: its source, not a victim, so the lede illustrates the trend
        (
            "Ada Lenz, spokeswoman for the monitor, said on Monday that the office was alarmed at the number of"
            " rights defenders being murdered or threatened in the region.",
            False,
        ),
        # a person named after a harm in their sentence is the latest victim: that incident is the news
        ("The latest victim, farmer Ana Vel Soto, was shot dead on Monday, spokeswoman Ada Lenz said.", True),
    ],
)
def test_a_speaker_named_in_a_trend_reports_lede_is_its_source(
    classifier: ThreatClassifier, summary: str, incident: bool
) -> None:
    title = "Monitor alarmed as 40 defenders reported killed in six months"
    result = classifier.classify(ReportText("x", title, summary, "en"))
    assert ("physical_attack" in result.categories) is incident


@pytest.mark.parametrize(
    ("title", "statistic"),
    [
        ("تقرير: 45 ناشطاً اعتُقلوا في المدينة خلال 2021 مقابل ثلاثة في العام السابق", True),  # a year's tally
        ("الشرطة اعتقلت ثلاثة صحفيين في المدينة خلال احتجاجات 2021", False),  # three people: one case
    ],
)
def test_a_count_of_people_in_a_clause_with_a_whole_year_is_a_tally(
    classifier: ThreatClassifier, title: str, statistic: bool
) -> None:
    assert (classifier.classify(ReportText("x", title, "", "ar")).categories == ()) is statistic


@pytest.mark.parametrize(
    ("title", "language", "seizure"),
    [
        # "and" joins a new verb to the relative clause or the reporting the cue governs: the seizure is news
        ("Police detain journalists who covered the student march and seize their phones", "en", True),
        (
            "Polícia prende jornalistas que cobriam um protesto de estudantes e apreende-lhes os telemóveis",
            "pt",
            True,
        ),
        ("Policías detienen a reporteros que cubrían la marcha y les decomisan los teléfonos", "es", True),
        ("Police detain journalists who covered the student march and the seizure of phones", "en", False),
    ],
)
def test_a_verb_joined_by_and_leaves_the_clause_a_cue_governs(
    classifier: ThreatClassifier, title: str, language: str, seizure: bool
) -> None:
    result = classifier.classify(ReportText("x", title, "", language))
    assert ("surveillance_digital" in result.categories) is seizure


def test_a_list_of_nouns_after_a_topic_cue_stays_its_subject(classifier: ThreatClassifier) -> None:
    # "videos of": a cue ending in a function word governs nouns, so "and arson" joins no verb
    title = "Operators cut mobile internet in Tarsk as videos of protests and arson circulated"
    assert classifier.classify(ReportText("x", title, "", "en")).categories == ("internet_shutdown",)


def test_harms_listed_with_and_stay_in_the_background_clause(classifier: ThreatClassifier) -> None:
    summary = "Police detained Ana Vel, who had been threatened and beaten last year."
    result = classifier.classify(ReportText("x", "Police detain journalist Ana Vel in Tarsk", summary, "en"))
    assert result.categories == ("arrest_detention",)


def test_the_joined_verb_rule_reads_its_links_from_the_cues_file(classifier: ThreatClassifier) -> None:
    doc = classifier.pipeline("en")(
        "Police detain journalists who covered the student march and seize their phones"
    )
    bare = _english_scorer(classifier, clause_links=frozenset())
    assert (
        bare.analyse(doc).scores["surveillance_digital"] < 0.5 <= doc._.threats.scores["surveillance_digital"]
    )


@pytest.mark.parametrize(
    ("title", "language", "held"),
    [
        # "and" joins the arrest to the harm and a pronoun is its object: the harm's victim is the one held
        ("Силовики обыскали квартиру правозащитника Ивана Колесова и задержали его", "ru", True),
        ("Police raided the home of activist Ana Vel and detained him", "en", True),
        # a clause between them: the pronoun is the aggressor's
        (
            "Man threatened to kill reporter Ana Vel and burn her car, and officers came and detained him",
            "en",
            False,
        ),
    ],
)
def test_an_arrest_joined_to_a_harm_holds_its_victim(
    classifier: ThreatClassifier, title: str, language: str, held: bool
) -> None:
    result = classifier.classify(ReportText("x", title, "", language))
    assert ("arrest_detention" in result.categories) is held


def test_the_arrest_after_a_harm_reads_its_pronouns_from_the_cues_file(classifier: ThreatClassifier) -> None:
    doc = classifier.pipeline("en")("Police raided the home of activist Ana Vel and detained him")
    bare = _english_scorer(classifier, object_pronouns=frozenset())
    assert bare.analyse(doc).scores["arrest_detention"] < 0.5 <= doc._.threats.scores["arrest_detention"]


@pytest.mark.parametrize(
    ("title", "categories"),
    [
        # the relative clause ends at the main verb: its subject did the threat, so the arrest is the aggressor's
        ("Man who threatened reporter Ana Vel put under house arrest", ()),
        # a harm not right after "who" is no act of the one held
        ("Journalist who exposed police killings arrested in Tarsk", ("arrest_detention",)),
    ],
)
def test_an_arrest_after_who_and_a_threat_holds_the_aggressor(
    classifier: ThreatClassifier, title: str, categories: tuple[str, ...]
) -> None:
    assert classifier.classify(ReportText("x", title, "", "en")).categories == categories


def test_the_relative_clause_rule_reads_its_pronouns_from_the_cues_file(classifier: ThreatClassifier) -> None:
    doc = classifier.pipeline("en")("Man who threatened reporter Ana Vel put under house arrest")
    bare = _english_scorer(classifier, relatives=frozenset())
    assert doc._.threats.scores["threat_harassment"] < 0.5 <= bare.analyse(doc).scores["threat_harassment"]


@pytest.mark.parametrize(
    ("title", "summary", "categories"),
    [
        # the block is only recalled and the lede says it was undone: the restoration is the news
        (
            "Messaging app usable again in Veloria after four months",
            "Regulators said access was restored on Friday. The government had blocked the app in March after it"
            " refused to remove opposition posts.",
            (),
        ),
        # a new block told after a restoration stays news
        (
            "Messaging app blocked again in Veloria",
            "Regulators said access was restored on Friday. The government blocked the app again on Sunday.",
            ("internet_shutdown",),
        ),
        # a reversal of part of the news is no past to drop
        (
            "Blogger Ana Vel gets six years from Tarsk court",
            "Although two counts were thrown out, the judge convicted her of extortion; journalists who attended"
            " the verdict called it a warning.",
            ("judicial_harassment",),
        ),
    ],
)
def test_a_past_the_report_tells_undone_is_no_event(
    classifier: ThreatClassifier, title: str, summary: str, categories: tuple[str, ...]
) -> None:
    assert classifier.classify(ReportText("x", title, summary, "en")).categories == categories


def _scorer(classifier: ThreatClassifier, language: str, **cues: Any) -> ThreatScorer:
    """A scorer over `language`'s pipeline whose cues differ from the shipped file only in `cues`."""
    patterns = load_language(language)
    return ThreatScorer(
        classifier.pipeline(language), "variant", replace(patterns, cues=replace(patterns.cues, **cues))
    )


@pytest.mark.parametrize(
    ("language", "text", "category"),
    [
        # written onto the verb after a hyphen
        (
            "pt",
            "O procurador ouviu os repórteres Rui Tavares e Joana Pires durante cinco horas e imputou-lhes a "
            "divulgação de documentos sigilosos.",
            "judicial_harassment",
        ),
        # before the verb
        (
            "es",
            "Sucre: el reportero Marco Gil denunció que un fiscal lo citó el lunes por su trabajo.",
            "threat_harassment",
        ),
        # with no target in its sentence, the one named in the headline
        (
            "es",
            "El reportero Juan Gil, de Radio Sucre, relata su semana\nUnos agentes lo presionaron el lunes para "
            "que abandonara la cobertura.",
            "threat_harassment",
        ),
        # before an auxiliary and the verb
        (
            "fr",
            "Libreville : le journaliste Paul Mba raconte que mardi soir des gendarmes l'ont cueilli devant son "
            "immeuble.",
            "arrest_detention",
        ),
        # "and" before the clitic joins the arrest to the search of the reporter's home
        (
            "es",
            "Agentes allanaron la casa del periodista Luis Mora en Tegucigalpa y lo detuvieron por la tarde.",
            "arrest_detention",
        ),
    ],
)
def test_an_object_clitic_stands_for_the_target_named_before_it(
    classifier: ThreatClassifier, language: str, text: str, category: str
) -> None:
    doc = classifier.pipeline(language)(text)
    bare = _scorer(classifier, language, object_clitics=frozenset(), article_clitics=frozenset())
    assert bare.analyse(doc).scores[category] < 0.5 <= doc._.threats.scores[category]


def test_a_clitic_that_is_also_an_article_needs_an_auxiliary(classifier: ThreatClassifier) -> None:
    # "la cita": without an auxiliary after it, "la" before a trigger word may be its article
    doc = classifier.pipeline("es")(
        "Sucre: la reportera Marta Gil denunció el lunes que un fiscal revisó la cita."
    )
    assert doc._.threats.scores["threat_harassment"] < 0.5


def test_an_article_after_a_preposition_is_no_object_clitic(classifier: ThreatClassifier) -> None:
    # "para la cita": after a preposition "la" is the noun's article, and the appointment names no one summoned
    doc = classifier.pipeline("es")(
        "Sucre: la reportera Marta Gil denunció el lunes que un fiscal prepara la documentación para la cita."
    )
    assert doc._.threats.scores["threat_harassment"] < 0.5
