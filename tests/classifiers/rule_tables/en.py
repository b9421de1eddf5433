"""English pattern rules on realistic headlines and ledes (fictional people, written for these tests).

Each row: case id, headline, lede, expected categories, expected hrd_victim. Rows from rule rounds 13 and 14
(cues, category files, the engine): each shows one class of error the round fixed, and hard negatives
(releases, trend reports, calls, devices handed back, cable faults) must come back empty.
"""

from __future__ import annotations

ARREST = "arrest_detention"

CASES = [
    # round 13, cues: reversals, trend reports, calls and defender words
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
    # round 13, category files
    # a device held, seized or taken is no detention of its owner
    (
        "round13-categories-01",
        "Freelance journalist Tomas Verl's laptop held by customs for three weeks",
        "The laptop was held at the airport after the reporter flew back from a conference abroad.",
        {"surveillance_digital"},
        True,
    ),
    (
        "round13-categories-02",
        "Police arrest photographer Mara Quinlan at a march and seize her camera",
        "Officers detained the photographer on Saturday and took the camera to the station.",
        {"arrest_detention", "surveillance_digital"},
        True,
    ),
    # police storming a home or an office is a raid, not a physical attack
    (
        "round13-categories-03",
        "Security agents storm the home of land activist Ilse Varga before dawn",
        "Officers stormed the home of the campaigner and went through every room, her husband said.",
        {"threat_harassment"},
        True,
    ),
    # a traffic-blocking protest punished by a new security bill: the bill is the news
    (
        "round13-categories-04",
        "Senate passes security bill that punishes traffic-blocking protesters",
        "The bill, passed on Wednesday, sets prison terms for demonstrators who block traffic on motorways.",
        {"restrictive_law"},
        True,
    ),
    # seized phones handed back on a court order: a reversal
    (
        "round13-categories-05",
        "Court orders police to hand back phones of campaigner Ruben Ostrava",
        "The judge said the police had shown no grounds to keep the devices any longer.",
        set(),
        True,
    ),
    # the penalty a law sets is no prosecution
    (
        "round13-categories-06",
        "Parliament adopts anti-protest package: fines raised fivefold for unauthorised marches",
        "The measures, passed on Thursday, also ban face coverings at demonstrations.",
        {"restrictive_law"},
        True,
    ),
    # lines cut by vandals are a fault
    (
        "round13-categories-07",
        "Vandals cut phone and internet lines in the centre of Port Elira",
        "Shops and offices were without service for a day while the operator repaired the damage.",
        set(),
        False,
    ),
    # the custody ends: release headline, bail, let go
    (
        "round13-categories-08",
        "Police release two Daily Beacon reporters after a night in custody",
        "The journalists were questioned about their coverage of the strike and then let go.",
        set(),
        True,
    ),
    (
        "round13-categories-09",
        "Appeals court bails blogger Samir Okonjo and lawyer Nadia Feld during retrial",
        "The two defenders had spent eight months in prison.",
        set(),
        True,
    ),
    # a law invoked against a named person is judicial harassment, not a new law
    (
        "round13-categories-10",
        "Public Order Act used against columnist Aiden Marsh",
        "Prosecutors invoked the act against the columnist over an article on police abuses.",
        {"judicial_harassment"},
        True,
    ),
    # a follower count is no stalking
    (
        "round13-categories-11",
        "Police detain blogger Dara Lunn, who is followed by 90,000 people on Facebook",
        "Officers took the blogger into custody at her home on Monday, her brother said.",
        {"arrest_detention"},
        True,
    ),
    # one lawyer's licence taken away applies the law to him
    (
        "round13-categories-12",
        "Rights lawyer Hal Brenner stripped of his licence by provincial justice bureau",
        "The bureau gave no reason; Brenner has defended several jailed activists.",
        {"judicial_harassment"},
        True,
    ),
    # devices taken in an ordinary criminal case are no surveillance of a defender
    (
        "round13-categories-13",
        "Teenager held over takeover of a gaming streamer's account",
        "Officers from the regional organised crime unit detained the 17-year-old at his home in Dunmore"
        " and took his computers for forensic analysis.",
        set(),
        False,
    ),
    # round 14, pattern files
    # internet shutdowns in new press wording
    (
        "round14-patterns-01",
        "Army blacks out internet in four border districts ahead of offensive",
        "Residents of the districts said mobile and fixed lines stopped working on Monday evening.",
        {"internet_shutdown"},
        True,
    ),
    (
        "round14-patterns-02",
        "Phones and internet go dead across the northern hills as troops advance",
        "All three operators stopped working in the region on Friday, villagers told a local radio.",
        {"internet_shutdown"},
        True,
    ),
    (
        "round14-patterns-03",
        "Authorities pull mobile data in the capital during opposition rally",
        "Mobile data was switched off across the city on Sunday as thousands marched to parliament.",
        {"internet_shutdown"},
        True,
    ),
    (
        "round14-patterns-04",
        "Media regulator cuts access to three exiled news sites",
        "The regulator cut access to the Velmar Post, Harbour Voice and Kestrel Daily on Tuesday.",
        {"internet_shutdown"},
        True,
    ),
    (
        "round14-patterns-05",
        "Opposition accounts withheld in Corvania after government order",
        "The platform said it would withhold the accounts of two opposition parties in the country.",
        {"internet_shutdown"},
        True,
    ),
    (
        "round14-patterns-06",
        "Two exiled news sites still blocked a month on, editors say",
        "Readers inside the country have not been able to open the Corvan Times or Delta Wire since May.",
        {"internet_shutdown"},
        True,
    ),
    # outlets suspended or ordered to stop publishing, groups outlawed or ordered to halt work, bans on writing, travel bans
    (
        "round14-patterns-07",
        "Ministry suspends independent weekly Lantern for three months",
        "The information ministry ordered the newspaper to stop publishing after a report on army purchases.",
        {"judicial_harassment"},
        True,
    ),
    (
        "round14-patterns-08",
        "Columnist Edda Marlow barred from writing for ten years",
        "A revolutionary court handed the columnist a ban on writing, her husband said on Sunday.",
        {"judicial_harassment"},
        True,
    ),
    (
        "round14-patterns-09",
        "Rights lawyer Piet Osman turned back at the airport",
        "The prosecutor had barred him from leaving the country pending an inquiry into his group.",
        {"judicial_harassment"},
        True,
    ),
    (
        "round14-patterns-10",
        "Police arrest blogger Rina Sol under digital security law",
        "The blogger was detained at her home on Wednesday over a post about a local official.",
        {"arrest_detention", "judicial_harassment"},
        True,
    ),
    # a named group outlawed or ordered to halt its work
    (
        "round14-patterns-11",
        "Interior ministry outlaws the group behind the Bread March protests",
        "The ministry said the Bread March Committee, a coalition of rights groups, was now banned.",
        {"judicial_harassment"},
        True,
    ),
    (
        "round14-patterns-12",
        "Government orders two rights groups to halt their work",
        "The Harbour Rights Centre and the Teller Legal Clinic must stop all activities, the order says.",
        {"judicial_harassment"},
        True,
    ),
    # a search of a defender's flat or house is a raid
    (
        "round14-patterns-13",
        "Security police search the flat of blogger Ansel Dov",
        "Officers searched his flat for five hours on Tuesday, the blogger told a rights group.",
        {"threat_harassment"},
        True,
    ),
    # death threats told as what the victim was told
    (
        "round14-patterns-14",
        "Caller tells reporter Lina Mor she is a dead man",
        "The anonymous caller rang the newsroom twice on Friday, the editor said.",
        {"threat_harassment"},
        True,
    ),
    (
        "round14-patterns-15",
        "Editor Paul Ren told he will be shot if he returns to the valley",
        "The message was pushed under the door of his office on Monday night.",
        {"threat_harassment"},
        True,
    ),
    (
        "round14-patterns-16",
        "Governor tells columnist Ada Fenn her days are numbered",
        "The governor made the remark to the columnist after a press conference, witnesses said.",
        {"threat_harassment"},
        True,
    ),
    # an arrest on a named protest or public-order offence is arrest + charge
    (
        "round14-patterns-17",
        "Reporter Dana Kell arrested for obstruction while filming eviction",
        "Police detained the reporter on Monday as officers cleared the camp, her editor said.",
        {"arrest_detention", "judicial_harassment"},
        True,
    ),
    # trend reports: a monitor that logs incidents names no single event
    (
        "round14-patterns-18",
        "Regional monitor logs 212 attacks on reporters in 2024",
        "The monitor said 212 press freedom incidents were recorded across the region last year.",
        set(),
        True,
    ),
    # a bill that falls short in a vote is no law
    (
        "round14-patterns-19",
        "Foreign-agent bill for NGOs falls short in parliament vote",
        "The bill, which would have forced NGOs to register as foreign agents, fell short by four votes.",
        set(),
        True,
    ),
    # boundary: a network gone dead after a cable cut is a fault, not an order
    (
        "round14-patterns-20",
        "Internet goes dead in coastal towns after undersea cable cut",
        "The operator said the fault would be repaired within two days.",
        set(),
        False,
    ),
    # round 14, engine
    # a count over a range of years is a statistic
    (
        "round14-engine-en-01",
        "Monitor: 37 land defenders were killed between 2018 and 2023",
        "The Tervala Land Network's survey blames most of the deaths on disputes over mining concessions.",
        set(),
        True,
    ),
    # one incident, dated by a month and a year, keeps its category
    (
        "round14-engine-en-02",
        "Police detain five activists of the Ostrava River Alliance at a sit-in",
        "In March 2024, officers detained five members of the group outside the regional governor's office.",
        {"arrest_detention"},
        True,
    ),
    # the owner of what is seized or taken is not the one held
    (
        "round14-engine-en-03",
        "Police seize freelance photographer Lior Hanck's camera at a housing protest",
        "Officers took the memory card and erased the pictures before handing the camera back, the union said.",
        {"surveillance_digital"},
        True,
    ),
    (
        "round14-engine-en-04",
        "Border guards take reporters' phones at the Dravo crossing",
        "Three reporters of the Kestrel Weekly had their phones searched for two hours before they were waved through.",
        {"surveillance_digital"},
        True,
    ),
    # the person is still the one held when nothing of theirs is named
    (
        "round14-engine-en-05",
        "Police seize activist Noor Vellani outside the Brenton courthouse",
        "Plainclothes officers bundled the activist into a van on Monday; her lawyer does not know where she is held.",
        {"arrest_detention"},
        True,
    ),
    # a headline's new threat is the news, not the earlier attack it is dated by
    (
        "round14-engine-en-06",
        "Blogger Ansel Varro threatened again, weeks after knife attack",
        "A man stopped the blogger outside his flat in Ostrel on Friday and told him he would be finished "
        "this time, the Ostrel Press Club said. The blogger was stabbed in the back on 2 May by a man who is "
        "now on trial for the assault.",
        {"threat_harassment"},
        True,
    ),
    # a detention told first, its end in a clause after it: the detention is the news (GUIDELINES 3)
    (
        "round14-engine-en-07",
        "Reporter Ilka Moor held for 20 hours at a checkpoint, then freed",
        "Soldiers detained the reporter at the Varen checkpoint on Sunday and let her go the next morning, "
        "her editor said.",
        {"arrest_detention"},
        True,
    ),
    (
        "round14-engine-en-08",
        "Blogger Teo Vasc held over a post about the mayor",
        "Police arrested the blogger on Tuesday, accusing him of insulting the mayor; he was freed on bail on "
        "Friday.",
        {"arrest_detention"},
        True,
    ),
    # the release as the headline's news stays a release
    (
        "round14-engine-en-09",
        "Reporter Ilka Moor freed after 20 hours in custody",
        "Soldiers let the reporter go on Monday morning after holding her overnight at the Varen checkpoint, "
        "her editor said.",
        set(),
        True,
    ),
    # round 15, engine: a release refused or only asked for is no release (`refusals` in cues.yaml)
    (
        "round15-refused-release",
        "Security service refuses to free blogger Arno Pelt held over satirical video",
        "The blogger has been in custody since March, his family said on Thursday.",
        {ARREST},
        True,
    ),
    (
        "round15-asked-lift",
        "Press group asks the telecoms minister to lift the block on four news websites",
        "The sites of four independent outlets have been unreachable since the regulator's order last week.",
        {"internet_shutdown"},
        True,
    ),
    # an ordered release stays a release
    (
        "round15-ordered-release",
        "Court orders release of blogger Arno Pelt held over satirical video",
        "The judges said the blogger must be freed on Friday.",
        set(),
        True,
    ),
    # round 15, engine: a count in a sentence naming a period (`periods` in cues.yaml) is a statistic;
    # an ordinal ("the fourth attack since March") still names one incident
    (
        "round15-period-count",
        "Monitor: 42 land defenders killed in ten years in the northern provinces",
        "The watchdog's report says most of the killings were linked to logging and mining concessions.",
        set(),
        True,
    ),
    (
        "round15-period-quarter",
        "Ombudsman: 17 community leaders killed in the first quarter",
        "The office urged the government to fund its protection programme.",
        set(),
        True,
    ),
    (
        "round15-period-ordinal",
        "Gunmen shoot community radio presenter Lia Tamm outside her studio",
        "It was the fourth attack on the station's staff since March, her colleagues said.",
        {"physical_attack"},
        True,
    ),
    # round 15, engine: a base-form reversal right after the headline's colon is a call (`call_marks`)
    (
        "round15-headline-call",
        "Press group: release blogger Arno Pelt, held for a month over a satirical video",
        "The blogger was detained at his flat in March and has not been charged, the group said.",
        {ARREST},
        True,
    ),
    (
        "round15-headline-release-of",
        "Dravia: release of blogger Arno Pelt ordered by appeals court",
        "The blogger walked out of the remand centre on Friday evening.",
        set(),
        True,
    ),
    # round 15, engine: a full date before a verb ("on 12 March 2019 sentenced") dates the news; it is
    # neither a bare background year nor a count before a descriptive participle
    (
        "round15-full-date",
        "Velna: 30 student protesters learn their fate in one day",
        "Courts in Velna on 12 March 2019 sentenced 30 student protesters to two years each. Police had "
        "detained them at a march in January.",
        {"judicial_harassment"},
        True,
    ),
    # round 16, engine: a prosecution resting only on ambiguous words ("court", "hearing", "case") beside
    # another event is that event's setting: the court decides the custody, no charge is reported
    (
        "round16-court-keeps-custody",
        "District court keeps union organiser Tomas Vell in custody for another month",
        "The organiser, detained at a picket in May, appeared at a hearing on Tuesday, his colleagues said.",
        {ARREST},
        True,
    ),
    (
        "round16-court-charge-named",
        "District court keeps union organiser Tomas Vell in custody on sedition charges",
        "The organiser, detained at a picket in May, appeared at a hearing on Tuesday, his colleagues said.",
        {ARREST, "judicial_harassment"},
        True,
    ),
    # round 16, engine: a place an ambiguous word acts on (`places`) makes it the raid itself, however the
    # owner is named; a preposition between them starts another phrase
    (
        "round16-search-named-flat",
        "Security officers search Mira Dalen's Korvo flat over her podcast",
        "Five officers went through the rooms of the independent journalist for three hours on Monday.",
        {"threat_harassment"},
        True,
    ),
    (
        "round16-searches-residence-of",
        "Police in Tarnow search the riverside residence of opposition blogger Ivo Rask",
        "Officers spent the morning at the building, neighbours said.",
        {"threat_harassment"},
        True,
    ),
    (
        "round16-abuse-of-office",
        "Former mayor Olek Brann convicted of abuse of office",
        "The court in Velna found that he had awarded contracts to relatives.",
        set(),
        False,
    ),
    # round 16, engine: `characterisations` ("harassment", "persecution") say what an arrest or a trial
    # amounts to; beside one they add no threat, while a death threat told beside it still does
    (
        "round16-arrest-called-persecution",
        "Police detain land campaigner Rosa Imre at her farm",
        "Her union called the arrest persecution of the valley's farmers and demanded her release.",
        {ARREST},
        True,
    ),
    (
        "round16-arrest-and-death-threat",
        "Police detain land campaigner Rosa Imre at her farm",
        "On Friday the campaigner received a death threat by text message, her union said.",
        {ARREST, "threat_harassment"},
        True,
    ),
    # round 16, cues: "yet to" negates what follows ("has yet to be charged")
    (
        "round16-yet-to-be-charged",
        "Border guards hold community radio host Dani Orvel at Lusk crossing",
        "The host was taken aside on Sunday and has yet to be charged with any offence, his station said.",
        {ARREST},
        True,
    ),
    # round 16, gazetteer: "Department", "Bureau", "Directorate" head a title-case name, so a trigger inside a
    # state body's name ("Criminal Investigation Department") is no charge
    (
        "round16-department-name",
        "Officers from the Criminal Investigation Department take editor Nela Ashby's laptop",
        "The officers stopped her at a checkpoint in Tarsk on Monday and kept the computer, her paper said.",
        {"surveillance_digital"},
        True,
    ),
    # round 16, engine: a harm announced now ("vows to kill her") is a threat of its own beside an attack,
    # while threats received before it stay background
    (
        "round16-beaten-and-vowed",
        "Two men beat radio reporter Ena Solberg outside her studio, vow to kill her",
        "The reporter was treated in hospital in Varsk on Friday night, her colleagues said.",
        {"physical_attack", "threat_harassment"},
        True,
    ),
    (
        "round16-shot-after-threats",
        "Radio reporter Ena Solberg shot dead outside her studio",
        "The reporter, who had received death threats for months, was attacked in Varsk on Friday night.",
        {"physical_attack"},
        True,
    ),
    # round 17, engine: a headline whose trigger is counted over a period is a statistic; its other clauses
    # and its lede are the trend's figures, unless the report names a victim after the count
    (
        "round17-count-headline-other-clause",
        "Watchdog: 97 land defenders murdered in 2023, with attacks on the rise",
        "Activists were shot and beaten across the region, the group's yearly figures show.",
        set(),
        True,
    ),
    (
        "round17-count-headline-lede",
        "Press union: 40 reporters assaulted since March protests",
        "More than 60 journalists were detained while covering the marches, the union said on Monday.",
        set(),
        True,
    ),
    (
        "round17-count-headline-names-latest-victim",
        "Rights group: 12 defenders killed since January; activist Tomas Vereb shot dead on Sunday",
        "Gunmen killed Tomas Vereb outside his home in Lorsk, the group said.",
        {"physical_attack"},
        True,
    ),
    # round 17, cues: a case thrown out in headline verbs ("junk", "toss out") is no prosecution; a refusal
    # to throw it out leaves the case standing
    (
        "round17-junk-case",
        "Prosecutors junk mayor's defamation complaint against weekly editor Ivo Darek",
        "The city prosecutor found the editor's articles on the road contracts fair comment.",
        set(),
        True,
    ),
    (
        "round17-tosses-out-suit",
        "Judge tosses out mining firm's libel suit against community radio host Mara Lind",
        "The court ruled on Tuesday that her broadcasts on the spill were in the public interest.",
        set(),
        True,
    ),
    (
        "round17-refuses-to-toss-out",
        "Court refuses to toss out sedition case against blogger Ivo Darek",
        "The blogger faces up to seven years in prison over his posts on the army.",
        {"judicial_harassment"},
        True,
    ),
    # round 17, engine and cues: a headline that sentences the aggressor ("jails the gunman who shot",
    # "organiser of the murder gets 25 years", a quantified term) tells its own attack as the crime judged;
    # a headline that jails a defender is still a prosecution
    (
        "round17-jails-gunman-who-shot",
        "Court jails the gunman who shot radio host Pia Marek",
        "The judge gave the former soldier life in prison for the 2019 shooting in Tarsk.",
        set(),
        True,
    ),
    (
        "round17-jails-journalist-who-exposed",
        "Court jails journalist who exposed army abuses for five years",
        "Reporter Dan Ulm was convicted of spreading false news over his articles on the border unit.",
        {"judicial_harassment"},
        True,
    ),
    (
        "round17-quantified-term-for-murder",
        "Two men get nearly 30 years each for the murder of blogger Sam Oru",
        "A court in Velta sentenced the pair for stabbing the blogger outside his flat in 2020.",
        set(),
        True,
    ),
    (
        "round17-organiser-of-murder-sentenced",
        "Organiser of editor Lia Voss's murder gets 25 years; her family says the mastermind is still free",
        "A judge in Morva sentenced the man for planning the 2018 shooting of the newspaper editor.",
        set(),
        True,
    ),
    (
        "round17-activist-quantified-term",
        "Activist Ana Bello gets more than 10 years over protest posts",
        "The court convicted the student organiser of inciting unrest over her posts on the strike.",
        {"judicial_harassment"},
        True,
    ),
    (
        "round17-new-attack-after-attacker-sentenced",
        "Reporter Jon Kari stabbed days after court sentences his former attacker",
        "Kari was knifed outside his home in Dunmore on Friday, police said.",
        {"physical_attack"},
        True,
    ),
    # round 18, engine and cues: a headline whose every trigger shares a clause with a trend cue (a ranking,
    # "four in ten", "more frequent") announces a trend report even without a digit, so its lede gives the
    # trend's figures; a headline trigger in a clause of its own is still an incident
    (
        "round18-deadliest-region-headline",
        "Watchdog: Central America remains the deadliest region for land defenders",
        "Campaigners were shot, abducted and threatened across the isthmus, the group said on Monday.",
        set(),
        True,
    ),
    (
        "round18-most-dangerous-country-headline",
        "Press union names Varnia the most dangerous country for reporters",
        "Two journalists were murdered and dozens assaulted while covering the elections, the union said.",
        set(),
        True,
    ),
    (
        "round18-three-in-ten",
        "Three in ten women reporters harassed online over their work, union says",
        "Many said they had received rape threats after covering the border protests.",
        set(),
        True,
    ),
    (
        "round18-worst-jailer",
        "Varnia overtakes Morva as the world's worst jailer of journalists",
        "Forty reporters are behind bars in Varnia, most of them held since the 2021 crackdown.",
        set(),
        True,
    ),
    (
        "round18-incident-clause-beside-analysis",
        "Spyware found on editor Lia Voss's laptop, lab analysis shows",
        "The lab said the spyware had infected the device in March, her newspaper reported.",
        {"surveillance_digital"},
        True,
    ),
    (
        "round18-gunned-down-from-motorbike",
        "Radio host Pia Marek gunned down from a passing motorbike",
        "Two men fired at the host outside her station in Tarsk on Monday night.",
        {"physical_attack"},
        True,
    ),
    (
        "round18-bill-clears-commons",
        "Protest bill clears the Commons despite objections from rights groups",
        "MPs backed the bill, which gives police new powers to stop marches and jail organisers.",
        {"restrictive_law"},
        True,
    ),
    # round 18, engine and cues: an award word before a title and a name says who someone is ("Nobel
    # laureate", "award winner", "CPJ honouree"), so the sentence stands; a list of awardees or honourees
    # is an award, not a threat
    (
        "round18-laureate-sentenced",
        "Court gives Nobel laureate Ana Bel twelve years",
        "The veteran human rights defender was convicted of smuggling over donations to her group.",
        {"judicial_harassment"},
        True,
    ),
    (
        "round18-prize-winner-arrested",
        "Sakharov Prize winner Ivo Darek detained at Tarsk airport",
        "Border police held the activist for six hours on his return from Brussels, his group said.",
        {"arrest_detention"},
        True,
    ),
    (
        "round18-honouree-held",
        "Press freedom honouree Lia Voss held by police after border rally",
        "The editor was taken to a police station in Morva on Sunday, colleagues said.",
        {"arrest_detention"},
        True,
    ),
    (
        "round18-awardees-listed",
        "Foundation names six defender awardees, led by jailed lawyer Sam Oru",
        "The honourees include a land activist who survived a shooting and a reporter detained twice.",
        set(),
        True,
    ),
    (
        "round18-among-honourees",
        "Cartoonist Ana Bel, facing sedition charges, among this year's press freedom honourees",
        "The committee cited her drawings of the ruling party.",
        set(),
        True,
    ),
    # round 18, engine and cues: a harm owned up to before a court ("admits harassing", "after admitting the
    # bombing", "confessed to") is the aggressor's crime, as "guilty of" is; an admission with no plea or
    # sentence in the report ("army admits killing a journalist") still tells the attack
    (
        "round18-admits-sending-threats",
        "Man admits sending death threats to radio host Pia Marek",
        "The 40-year-old pleaded guilty to the charge at Tarsk court on Monday.",
        set(),
        True,
    ),
    (
        "round18-admits-harassing-with-threats",
        "Shop owner admits harassing two local reporters with violent threats",
        "He will be sentenced in March for the campaign of abuse against the weekly's staff.",
        set(),
        True,
    ),
    (
        "round18-sentenced-after-admitting-murder",
        "Two brothers get 25 years after admitting the murder of blogger Sam Oru",
        "A court in Velta sentenced the pair, who had planted the bomb under his car in 2019.",
        set(),
        True,
    ),
    (
        "round18-army-admits-killing",
        "Army admits killing journalist in strike on press tent",
        "The military said its drone had hit the tent where reporter Sam Oru was working.",
        {"physical_attack"},
        True,
    ),
    # round 18, cues and engine: giving oneself up is custody ("turns himself in", "surrenders to police");
    # for a suspect or an accused named before the crime ("suspect in the murder of", "accused of ordering
    # the killing") it is the aggressor's arrest, and the crime is the one judged
    (
        "round18-accused-gives-himself-up",
        "Former mayor accused of ordering the killing of reporter Sam Oru gives himself up",
        "He turned himself in at the capital's police headquarters on Monday, a week after a court issued a warrant.",
        set(),
        True,
    ),
    (
        "round18-suspect-in-murder-arrested",
        "Suspect in murder of journalist Ana Bel arrested in Tarsk",
        "Police said the 30-year-old was detained at a bus station on Sunday.",
        set(),
        True,
    ),
    (
        "round18-defender-turns-himself-in",
        "Student leader Ivo Darek turns himself in to police over campus protest",
        "The activist spent the night in a cell at the central station, his lawyer said.",
        {ARREST},
        True,
    ),
    # round 18, engine: the lede may name the latest victim by a bare name, with no role word
    (
        "round18-count-headline-names-latest-victim-bare",
        "Monitor: 14 reporters killed since January",
        "The latest, Peter Okafor Nwosu, was shot dead on Friday outside his home.",
        {"physical_attack"},
        True,
    ),
    # round 18, category files: "hacked" with a blade or "to death" is a blow, not a breach
    (
        "round18-hacked-with-pangas",
        "Men hack union organiser Ana Bel to death at market",
        "The attackers hacked her with pangas in front of traders, police said.",
        {"physical_attack"},
        True,
    ),
    (
        "round18-machete-murder-judged",
        "Two men get life for 2019 machete murder of blogger Sam Oru",
        "The court in Velta heard they hacked the blogger to death outside his flat.",
        set(),
        True,
    ),
    # round 18, cues: bail granted with its amount or court words between ("grants $5,000 bail to",
    # "admitted him to bail") is a release; bail denied to the defender is not
    (
        "round18-bail-with-amount",
        "Court grants $5,000 bail to detained blogger Sam Oru",
        "The blogger, held since May over his posts, must report to police weekly.",
        set(),
        True,
    ),
    (
        "round18-admitted-to-bail",
        "Judge admits editor Lia Voss to bail a month after her arraignment",
        "The editor, charged with cyberstalking over a report on the governor, must surrender her passport.",
        set(),
        True,
    ),
    (
        "round18-denies-bail-to",
        "Court denies bail to journalist Ana Bel in sedition case",
        "The editor will stay in pre-trial detention until her trial in March.",
        {"judicial_harassment"},
        True,
    ),
    # round 18, engine and cues: who files a complaint or a suit is its complainant, not the one prosecuted;
    # a complaint filed against a defender, or an appeal a defender files, stays a prosecution
    (
        "round18-journalist-files-complaint",
        "Journalist Ana Bel files complaint against police officers who beat her",
        "The reporter lodged the criminal complaint with the prosecutor in Tarsk on Monday.",
        set(),
        True,
    ),
    (
        "round18-activists-lodge-complaint",
        "Activists lodge criminal complaint against mining firm over river spill",
        "The group filed the complaint with the regional prosecutor on Monday.",
        set(),
        True,
    ),
    (
        "round18-complaint-against-journalist",
        "Minister files defamation complaint against journalist Ana Bel",
        "The complaint over her report on road contracts was lodged with prosecutors in Tarsk.",
        {"judicial_harassment"},
        True,
    ),
    (
        "round18-defender-files-appeal",
        "Activist Ana Bel files appeal against her conviction",
        "The blogger was sentenced to two years in March over her posts.",
        {"judicial_harassment"},
        True,
    ),
    # round 18, cues: a term given to someone named between the verb and the term ("gives the driver 12
    # years over the shooting") is a verdict on the crime it names; a defender's term stays a prosecution
    (
        "round18-term-to-third-party",
        "Jury gives hired driver 12 years over shooting of radio host Pia Marek",
        "The man drove the gunman to the station in 2020, the court found.",
        set(),
        True,
    ),
    (
        "round18-term-to-defender-over-posts",
        "Court hands blogger Sam Oru six years over posts on the army",
        "The blogger was convicted of spreading false news.",
        {"judicial_harassment"},
        True,
    ),
    # round 18, engine: an attack the headline dates as past ("five years after the murder") beside a
    # verdict it tells as news is the crime the verdict is about; a defender's own verdict stays
    (
        "round18-years-after-murder-verdict",
        "Five years after the murder of editor Lia Voss, court gives life term to Dan Ulm",
        "The court in Morva found the former soldier guilty of planning the attack.",
        set(),
        True,
    ),
    (
        "round18-after-beating-defender-sentenced",
        "A year after police beat him, journalist Ivo Darek sentenced to three years",
        "The reporter was convicted of insulting officers in a post about the incident.",
        {"judicial_harassment"},
        True,
    ),
    # round 19, engine: a seizure verb beside a device, either way round and however the owner is named
    # ("walked off with the reporter's tablet", "their laptops and a hard disk were impounded") is a device
    # taken; a camera only used, a person taken and a "camera operator" are not
    (
        "round19-walked-off-with-tablet",
        "Soldiers beat photographer Kai Brenn at a rally and walk off with his tablet",
        "The freelancer was treated in hospital for a broken wrist.",
        {"physical_attack", "surveillance_digital"},
        True,
    ),
    (
        "round19-laptops-impounded",
        "Police search the office of rights group Terra Viva in Osmar",
        "Officers spent six hours in the building; the staff's laptops and a hard disk were impounded.",
        {"threat_harassment", "surveillance_digital"},
        True,
    ),
    (
        "round19-grabbed-recorders",
        "Guards grab two reporters' recorders at the court gate in Velan",
        "The journalists had tried to interview the mayor after the hearing, their union said.",
        {"surveillance_digital"},
        True,
    ),
    (
        "round19-took-photos-with-camera",
        "Police detain blogger Ami Tuul at a sit-in in Rena",
        "She had taken pictures with her camera of officers pushing students before she was held.",
        {ARREST},
        True,
    ),
    (
        "round19-camera-operator-taken",
        "Police detain TV crew at a strike in Dovan",
        "A camera operator was taken to the station with the reporter and held for three hours.",
        {ARREST},
        True,
    ),
    # round 19, engine: a harm word joined by a hyphen to the next word, or after "anti-", names a topic
    # ("anti-harassment code", "torture-rehabilitation charity"); a particle after the hyphen keeps the
    # event ("cut-off", "round-up")
    (
        "round19-anti-harassment-code",
        "Press council in Lomar adopts anti-harassment code for newsrooms",
        "Editors of eleven papers signed the code on Monday, the union of journalists said.",
        set(),
        True,
    ),
    (
        "round19-torture-rehabilitation-charity-searched",
        "Police search offices of torture-rehabilitation charity Hope Line in Velan",
        "Officers spent five hours at the premises and questioned the group's director, a rights lawyer.",
        {"threat_harassment"},
        True,
    ),
    (
        "round19-internet-cut-off",
        "Week-long internet cut-off hits protest towns of Dovan",
        "Authorities ordered mobile networks shut as demonstrations by students spread.",
        {"internet_shutdown"},
        True,
    ),
    (
        "round19-dawn-round-up",
        "Dawn round-up of union leaders at Port Ema docks",
        "Police held eleven trade unionists before a planned strike, their federation said.",
        {ARREST},
        True,
    ),
    # round 19, engine: someone moved to where custody is kept ("escort ... to a police station", "was pushed
    # into a police van") is taken into custody; a visit ("drives to the police station") or a thing brought
    # there is not
    (
        "round19-escorted-to-police-station",
        "Officers escort climate campaigner Ivo Lind and his driver to a police station in Marn",
        "The campaigner had blocked a coal train with a banner, his group said.",
        {ARREST},
        True,
    ),
    (
        "round19-pushed-into-police-van",
        "Editor Mia Sol driven away after critical column",
        "She was pushed into a police van outside her newsroom in Harlo on Friday, her paper said.",
        {ARREST},
        True,
    ),
    (
        "round19-drives-to-station-to-complain",
        "Journalist Tomas Ek drives to the police station to lodge a complaint",
        "The reporter said his car had been scratched outside his flat overnight.",
        set(),
        True,
    ),
    (
        "round19-flowers-to-station",
        "Union leader Ola Brix brings flowers to the police station where her colleague works",
        "The trade unionist thanked officers for finding her lost dog.",
        set(),
        True,
    ),
    # round 19, threat_harassment blockers: "threat" in its sense of a danger to the state or the public
    # cancels only that word, not a raid told in the same sentence; alone it is still no threat
    (
        "round19-raid-beside-national-security-threat",
        "Police raid the homes of two bloggers in Tavra as minister calls their site a threat to national security",
        "Officers spent the night in the flats of both writers, their families said.",
        {"threat_harassment"},
        True,
    ),
    (
        "round19-search-beside-terror-threat-level",
        "Security services raise terror threat level before vote in Dovan, search homes of opposition activists",
        "Officers went through three flats in the capital, the party said.",
        {"threat_harassment"},
        True,
    ),
    (
        "round19-ngos-pose-a-threat",
        "Interior minister says foreign-funded rights groups pose a threat to public order",
        "The minister spoke at a party congress in Tavra on Sunday.",
        set(),
        True,
    ),
    # round 19, internet_shutdown: "turn off" joins the shutdown verbs (shut down, switch off, cut off) and fixed
    # lines the networks they cut; lights turned off are no shutdown
    (
        "round19-turn-off-mobile-internet",
        "Authorities turn off mobile internet in Varo province as students march",
        "Residents said connections were down from Tuesday evening.",
        {"internet_shutdown"},
        True,
    ),
    (
        "round19-fixed-lines-cut",
        "Home broadband and fixed lines cut in Dovan on the eve of the opposition rally",
        "Operators confirmed a government order, the digital rights group Netwatch said.",
        {"internet_shutdown"},
        True,
    ),
    (
        "round19-lights-turned-off",
        "Striking activists turn off the lights at Varo town hall for an hour",
        "The union said the gesture was meant to draw attention to unpaid wages.",
        set(),
        True,
    ),
    # round 19, threat_harassment characterisations: questioning beside an arrest is that detention, not a
    # summons of its own; an interrogation told alone still counts
    (
        "round19-detained-and-interrogated",
        "Police detain blogger Ana Pell in Tavra and interrogate the blogger for six hours",
        "Officers asked about her sources, her lawyer said.",
        {ARREST},
        True,
    ),
    (
        "round19-held-for-questioning-at-border",
        "Border guards take reporter Ole Brann into custody for questioning at Varo crossing",
        "He was let go the next morning after officers went through his notebooks, his editor said.",
        {ARREST},
        True,
    ),
    (
        "round19-interrogated-alone",
        "Security officers interrogate activist Lia Wen for two hours at Dovan airport before her flight to Geneva",
        "The campaigner was due to speak at the UN about land seizures.",
        {"threat_harassment"},
        True,
    ),
    # round 19 (all languages, from the es/fr/pt round): harassment named as a defender's offence is the charge
    (
        "round19_offence_named_is_the_charge",
        "Blogger jailed for harassment over posts about a minister",
        "",
        {"judicial_harassment"},
        True,
    ),
    # round 19 (all languages, from the es/fr/pt round): a title-case headline's capitals name no outlet
    (
        "round19_title_case_release_still_reverses",
        "Journalist Freed After 30 Days in Police Custody",
        "",
        set(),
        True,
    ),
    # round 20, press vocabulary (read in news reports and NGO alerts, sentences written here): police
    # violence at protests in hyphenated and one-word forms, custody words, raids told as officers bursting in or
    # a mob besieging a home, travel bans, criminal probes, wiretaps, shutdown and law targets; hard negatives
    # beside them (a sports thrashing, tears, a suspended sentence undone, walking to freedom)
    (
        "round20-thrashed-at-protest",
        "Police thrashed photographer Ines Varga at the farm protest in Dorn",
        "Officers hit her with sticks as she filmed the march, her agency said.",
        {"physical_attack"},
        True,
    ),
    (
        "round20-pepper-sprayed",
        "Reporter Kai Lund pepper-sprayed by riot police while covering student march",
        "The broadcaster said its correspondent needed treatment at the scene.",
        {"physical_attack"},
        True,
    ),
    (
        "round20-teargassed-crew",
        "Police teargassed a television crew covering the sit-in outside the Dorn ministry",
        "Two camera operators were treated for breathing problems, the union said.",
        {"physical_attack"},
        True,
    ),
    (
        "round20-fired-upon",
        "Unknown attackers fired upon land defender Rui Salas outside his home in Pelo",
        "He escaped unhurt, his community association said.",
        {"physical_attack"},
        True,
    ),
    (
        "round20-baton-charge-not-a-charge",
        "Police baton-charge journalists covering the transport strike in Dorn",
        "Several reporters were hurt, the press club said.",
        {"physical_attack"},
        True,
    ),
    (
        "round20-derby-thrashing",
        "Dorn City thrashed Pelo Rovers 5-0 in the derby on Saturday",
        "The striker scored three times in the second half.",
        set(),
        False,
    ),
    (
        "round20-handcuffed",
        "Reporter Noor Idris handcuffed and led to a police van outside the Dorn courthouse",
        "Officers gave no reason, her editor said.",
        {ARREST},
        True,
    ),
    (
        "round20-reincarcerated",
        "Blogger Sami Okoro reincarcerated a week after leaving prison",
        "Security officers came to his family home on Monday night, his brother said.",
        {ARREST},
        True,
    ),
    (
        "round20-solitary-confinement",
        "Trade unionist Lea Brandt kept in solitary confinement, her lawyer says",
        "The union leader has not been allowed family visits, the lawyer told reporters.",
        {ARREST},
        True,
    ),
    (
        "round20-carted-off",
        "Climate campaigner Tom Ekker carted off by police at the Dorn refinery gate",
        "Officers lifted him from the road during the blockade, the group said.",
        {ARREST},
        True,
    ),
    (
        "round20-hunger-strike-in-prison",
        "Jailed rights activist Amira Haddad begins hunger strike in prison over denied visits",
        "The activist has been held in Dorn central prison since March, her family said.",
        {ARREST},
        True,
    ),
    (
        "round20-mob-besieges-home",
        "Mob besieges home of journalist Pia Lorenz after her report on the mayor",
        "The crowd shouted at the house for two hours before police arrived, she said.",
        {"threat_harassment"},
        True,
    ),
    (
        "round20-burst-into-newsroom",
        "Masked officers burst into the newsroom of the weekly Dorn Courier",
        "They went through desks and questioned staff for an hour, the editor said.",
        {"threat_harassment"},
        True,
    ),
    (
        "round20-burst-into-tears",
        "Activist Lina Marr burst into tears as her documentary premiered in Dorn",
        "The film follows three land defenders over two years.",
        set(),
        True,
    ),
    (
        "round20-banned-from-leaving",
        "Authorities ban editor Ruth Amsel from leaving the country",
        "Border officers stopped her at Dorn airport on her way to a conference, her paper said.",
        {"judicial_harassment"},
        True,
    ),
    (
        "round20-criminal-probe",
        "Prosecutors open criminal probe into journalist Ivo Marek over hospital report",
        "The inquiry concerns his articles on the health ministry, his lawyer said.",
        {"judicial_harassment"},
        True,
    ),
    (
        "round20-stripped-of-licence",
        "Rights group Civic Watch stripped of its licence by the interior ministry",
        "The ministry said the group had broken reporting rules.",
        {"judicial_harassment"},
        True,
    ),
    (
        "round20-suspended-sentence-is-a-conviction",
        "Court hands blogger Milo Frey a two-year suspended sentence over posts",
        "The judge found him guilty of insulting a state official.",
        {"judicial_harassment"},
        True,
    ),
    (
        "round20-sentence-suspended-on-appeal",
        "Appeals court suspends the sentence of blogger Milo Frey",
        "The judges said the lower court had misread the evidence.",
        set(),
        True,
    ),
    (
        "round20-walks-to-freedom",
        "Blogger Ada Kern walks to freedom after deal with prosecutors",
        "She left the Dorn detention centre on Tuesday evening.",
        set(),
        True,
    ),
    (
        "round20-wiretapped",
        "Intelligence service wiretapped investigative reporter Jonas Weil for a year, files show",
        "The transcripts were leaked to his newspaper.",
        {"surveillance_digital"},
        True,
    ),
    (
        "round20-mobile-connections-severed",
        "Mobile connections severed in Pelo province ahead of opposition march",
        "Operators said they had received a government order.",
        {"internet_shutdown"},
        True,
    ),
    (
        "round20-without-mobile-data",
        "Pelo residents without mobile data for a fifth day as protests continue",
        "The regional governor has not explained the order.",
        {"internet_shutdown"},
        True,
    ),
    (
        "round20-bill-criminalising-libel",
        "Parliament rushes through bill criminalising libel of officials",
        "Journalists' unions said the text would be used against reporters.",
        {"restrictive_law"},
        True,
    ),
    (
        "round20-billed-is-no-bill",
        "Senator sues rival over campaign ad that said he billed taxpayers twice",
        "The libel suit was filed in a state court on Monday.",
        set(),
        False,
    ),
    # round 20, press vocabulary batch 2: district shutdowns told as the suspension of mobile internet, data or
    # telecom services (a ban on mobile internet is a shutdown, not a law), abductions into a vehicle, airwave bans,
    # investigations launched into a journalist, press cards stripped, 'list of extremists'; a death the police
    # say was no crime stays empty
    (
        "round20-suspension-of-mobile-internet",
        "State government extends suspension of mobile internet in seven districts",
        "The home department order cites the law and order situation after protests.",
        {"internet_shutdown"},
        True,
    ),
    (
        "round20-ban-on-mobile-internet-is-no-law",
        "Dorn extends partial ban on mobile internet services for five more days",
        "Broadband remains available in the district capitals, officials said.",
        {"internet_shutdown"},
        True,
    ),
    (
        "round20-telecom-services-suspended",
        "Temporary suspension of telecom services ordered in Pelo after clashes",
        "Residents said calls and data stopped working on Sunday night.",
        {"internet_shutdown"},
        True,
    ),
    (
        "round20-mobile-towers-switched-off",
        "Mobile towers switched off in Pelo district ahead of the opposition rally",
        "The order came from the district administration, operators said.",
        {"internet_shutdown"},
        True,
    ),
    (
        "round20-bundled-into-a-van",
        "Blogger Ivo Tamm bundled into a van outside his flat in Dorn",
        "Witnesses said the men showed police badges before driving away.",
        {ARREST},
        True,
    ),
    (
        "round20-airwave-ban",
        "Media regulator imposes ten-day airwave ban on opposition broadcaster Dorn TV",
        "The regulator said the broadcaster had aired 'provocative' coverage of the protests.",
        {"judicial_harassment"},
        True,
    ),
    (
        "round20-launch-investigation-into-journalists",
        "Police launch investigation into two journalists who run an opposition Telegram channel",
        "They are accused of organising unrest, their lawyer said.",
        {"judicial_harassment"},
        True,
    ),
    (
        "round20-press-cards-stripped",
        "Journalists stripped of their press cards after covering the Dorn protests",
        "The information ministry gave no reason, the union said.",
        {"judicial_harassment"},
        True,
    ),
    (
        "round20-list-of-extremists",
        "Editor Marta Kull placed on list of extremists by the interior ministry",
        "Her newspaper was closed last year.",
        {"threat_harassment"},
        True,
    ),
    (
        "round20-no-foul-play",
        "Journalist Piet Aron found dead at home, police rule out foul play",
        "His family said he had been ill for months.",
        set(),
        True,
    ),
    # round 20, pool errors of a general kind: 'early-morning raids' are no earlier event (the lemma of
    # 'earlier' is 'early'), shots fired into a home, electric shocks, a fire on a pipeline, killers hired or a plot
    # to kill (a threat, not an attack), a court reporter, a growing following, plotters jailed, 'let out of jail',
    # access bans on web addresses, a lock-up
    (
        "round20-early-morning-raid-and-arrest",
        "Police detain editor Olga Renn in early-morning raid on her flat in Dorn",
        "Officers arrived in the early hours and took her to the counter-terrorism branch, her lawyer said.",
        {ARREST, "threat_harassment"},
        True,
    ),
    (
        "round20-shots-fired-into-home",
        "Shots fired into the home of land defender Rui Salas in Pelo",
        "Nobody was hurt; the defender blamed loggers he had reported to the police.",
        {"physical_attack"},
        True,
    ),
    (
        "round20-electric-shocks",
        "Blogger Ivo Tamm says masked men gave him electric shocks in a basement in Dorn",
        "He was left on a roadside the next morning and has filed a complaint, his lawyer said.",
        {"physical_attack"},
        True,
    ),
    (
        "round20-pipeline-fire",
        "Pipeline fire knocks out the power grid across Pelo province",
        "Engineers traced the outage to a fire on the main gas pipeline, the operator said.",
        set(),
        False,
    ),
    (
        "round20-hitmen-hired-to-kill",
        "Investigative reporter Sara Mell says two hitmen were hired to kill her",
        "Police have given her a round-the-clock escort, her broadcaster said.",
        {"threat_harassment"},
        True,
    ),
    (
        "round20-plotter-jailed",
        "Businessman jailed for six years for plotting to kill reporter Sara Mell",
        "The court in Dorn said he had paid an intermediary to find a gunman.",
        set(),
        True,
    ),
    (
        "round20-death-note-for-court-reporter",
        "Death note for court reporter Ana Bruck sent to the Dorn press union",
        "The envelope also held a bullet, the union said.",
        {"threat_harassment"},
        True,
    ),
    (
        "round20-growing-following",
        "Court jails rights activist Omar Said for five years on hooliganism charges",
        "His supporters say his growing following among students was the real target.",
        {"judicial_harassment"},
        True,
    ),
    (
        "round20-let-out-of-jail",
        "Blogger Timo Frank let out of Dorn jail after 40 days",
        "He walked out of the prison gates on Friday morning, his family said.",
        set(),
        True,
    ),
    (
        "round20-access-ban-urls",
        "Prosecutor orders access bans on 300 web addresses carrying reports on the mayor",
        "Providers have four hours to comply, the order says.",
        {"internet_shutdown"},
        True,
    ),
    # round 20, pool errors batch 2: operators told to halt all internet (not a car halted at a traffic
    # signal), a data block, a law cited as the legal basis of a block is no new law, a lifting put off or an
    # overturning only sought is no reversal, a group struck off a register
    (
        "round20-halt-all-internet",
        "Dorn orders operators to halt all internet and mobile services for three days",
        "The regional government cited tension before the anniversary march.",
        {"internet_shutdown"},
        True,
    ),
    (
        "round20-halted-at-a-signal",
        "Reporter Sami Okoro shot dead while halted at a traffic signal in Pelo",
        "Two men on a motorcycle fired at his car, police said.",
        {"physical_attack"},
        True,
    ),
    (
        "round20-data-block-legal-basis",
        "Dorn keeps data block in two provinces in place, gives no date for lifting it",
        "Mobile data services stay cut; a ministry adviser cited the electronic transactions law as the legal basis.",
        {"internet_shutdown"},
        True,
    ),
    (
        "round20-bid-to-overturn-turned-down",
        "Appeals court keeps reporter Lena Ostrov's seven-year term in place",
        "The court turned down her bid to overturn the conviction for tax evasion.",
        {"judicial_harassment"},
        True,
    ),
    (
        "round20-struck-off-register",
        "Rights group Civic Watch struck off the companies register on government order",
        "Officials said its aims threatened national security.",
        {"judicial_harassment"},
        True,
    ),
    # round 20, press vocabulary batch 3: new police powers and new offences for protesters, throttling told
    # as speeds cut, undercover officers infiltrating a group (covert monitoring), forest guardians as defenders
    (
        "round20-police-powers-protests",
        "New police powers to restrict noisy protests come into force in Dorn",
        "Officers can now impose conditions on any demonstration they judge disruptive.",
        {"restrictive_law"},
        True,
    ),
    (
        "round20-new-offence-protesters",
        "Dorn creates new offence of locking on for climate protesters",
        "The penalty is up to six months in prison, the interior ministry said.",
        {"restrictive_law"},
        True,
    ),
    (
        "round20-reduce-speed-youtube",
        "Regulator reduces the speed of YouTube across Dorn",
        "Users said videos would not load from Monday evening.",
        {"internet_shutdown"},
        True,
    ),
    (
        "round20-undercover-infiltration",
        "Undercover officers infiltrated environmental group Green Front for three years",
        "Leaked police files name two officers who used false identities, the group said.",
        {"surveillance_digital"},
        True,
    ),
    (
        "round20-forest-guardian",
        "Forest guardian Tama Ruiz shot dead by loggers in Pelo reserve",
        "A second member of the patrol was wounded, the community said.",
        {"physical_attack"},
        True,
    ),
    # round 21, sense bugs and press vocabulary: a bill to pay is no draft law, bullets and powder sent to a
    # reporter are threats, 'shooting threats' are no shooting, a count that doubled is a trend report
    (
        "round21-unpaid-bills-outage",
        "Dorn broadband firms lose upstream links over unpaid bills",
        "Subscribers of six providers were offline for three hours after a foreign carrier cut them off over overdue payments, the providers' association said.",
        set(),
        False,
    ),
    (
        "round21-bullet-envelope",
        "Envelope with a bullet left at the door of radio reporter Mira Lenk",
        "Mira Lenk found the envelope holding a bullet outside her home in Tarso on Sunday and reported it to the police.",
        {"threat_harassment"},
        True,
    ),
    (
        "round21-shooting-threats",
        "Powder letters and shooting threats sent to Tarso Herald staff",
        "Two packages of white powder reached the newsroom and reporters were told they would be shot, the editor said.",
        {"threat_harassment"},
        True,
    ),
    (
        "round21-doubled-trend",
        "Police analysts: intimidation of reporters in Dorn more than doubled in 2024",
        "The interior ministry report counted 120 cases against journalists, up from 55 the year before.",
        set(),
        True,
    ),
    # round 21, cases ended and aggressors arrested: a decree or prosecutors ending a case, a court ruling on
    # the defenders' own challenge, reporters out on bail, police arresting the attackers of a reporter
    (
        "round21-decree-ends-prosecution",
        "Presidential decree ends prosecution of rights lawyers Tomas Vire and Ana Kell",
        "The two lawyers walked free on Friday evening after the charges against them were dropped.",
        set(),
        True,
    ),
    (
        "round21-decline-to-charge",
        "Prosecutors decline to charge photographer Lea Mont over protest pictures",
        "The district attorney found no probable cause for the trespass complaint, her lawyer said.",
        set(),
        True,
    ),
    (
        "round21-ruling-on-challenge",
        "Supreme Court orders Dorn telecoms to switch mobile data back on",
        "Ruling on a challenge by journalists' and lawyers' associations, the court said the minister had no power to order the cut.",
        set(),
        True,
    ),
    (
        "round21-out-on-bail",
        "Reporters Ivo Sank and Pel Dara out of Tarso prison on bail after a month",
        "A magistrate granted both men bail on Thursday; their union criticised the long pre-trial detention.",
        set(),
        True,
    ),
    (
        "round21-arrest-over-brutal-attack",
        "Police arrest three over brutal attack on reporters in Tarso",
        "The suspects are accused of beating two television crews during a rally last month.",
        set(),
        True,
    ),
    # round 21, the judged threat: a short term for messages threatening a reporter is the threatener's case
    (
        "round21-months-for-threat-messages",
        "Tarso man jailed for six months over messages threatening to kill reporter Ana Vel",
        "A district court convicted the man of sending the threats last year.",
        set(),
        True,
    ),
    # round 21, shutdown press vocabulary: mobile data jammed and 3G/4G lost by order, a court blocking a
    # platform's new domain, access blocked to a web address
    (
        "round21-jam-mobile-data",
        "Tarso district to lose 3G and 4G for two days under interior ministry order",
        "Operators were told to jam all mobile data in the district during the by-election, citing security.",
        {"internet_shutdown"},
        True,
    ),
    (
        "round21-domain-blocked",
        "Dorn court blocks forum Talkboard's new domain",
        "A magistrate ordered that access be blocked to the forum's latest web address, a monitoring group reported.",
        {"internet_shutdown"},
        True,
    ),
    # round 21, a reversal sense bug: an official 'dismissing' criticism of a new NGO law reverses nothing
    (
        "round21-dismissing-warnings",
        "Dorn president defends new NGO law, dismissing warnings from rights groups",
        "The law places non-profits under state registration and reporting rules and bans foreign funding for advocacy.",
        {"restrictive_law"},
        True,
    ),
    # round 21, headline calls: an envoy who 'presses' a state to free someone calls for the release, the
    # custody stays the news
    (
        "round21-presses-to-free",
        "UN expert presses Dorn to free activists Ana Vel and Ivo Sank",
        "Security agents detained the two rights activists in Tarso in March; they are held without charge.",
        {ARREST},
        True,
    ),
    # round 21, shutdown hard negatives and releases in press wording: a VAT cut for telecoms, a digger or a
    # scrap-metal hunter cutting a line, connectivity partly back, a court ruling that a past cut broke the
    # law, firms told to charge VAT, a preacher amnestied
    (
        "round21-vat-cut-telecoms",
        "Dorn parliament approves VAT cut, with telecoms left out",
        "Lawmakers agreed to trim value-added tax by two points from July for most sectors.",
        set(),
        False,
    ),
    (
        "round21-digger-cuts-line",
        "Excavator digs up fibre line, cutting internet in three Tarso districts",
        "The operator said a construction crew had severed the main line and repairs would take a day.",
        set(),
        False,
    ),
    (
        "round21-partly-returns",
        "Internet partly returns to Tarso after two-day blackout",
        "Mobile data came back in the capital on Monday, a monitoring group said.",
        set(),
        True,
    ),
    (
        "round21-cut-broke-the-law",
        "Regional court: Dorn broke the law when it cut the internet during 2021 protests",
        "The judges ordered the state to pay damages to the plaintiffs.",
        set(),
        False,
    ),
    (
        "round21-charge-vat",
        "Dorn law obliges foreign streaming platforms to charge VAT",
        "Platforms selling to local users must register with the revenue office from January.",
        set(),
        False,
    ),
    (
        "round21-amnestied",
        "Jailed blogger Ivo Sank amnestied a year before end of term",
        "The blogger was let out of prison on Friday after serving five of six years, his family said.",
        set(),
        True,
    ),
    # round 21, UN and regional statements about defenders as a class: calls to shield them and violence
    # said to persist across a region are trend reports, not incidents
    (
        "round21-urge-shield-defenders",
        "UN rights chief urges council to shield environmental defenders",
        "Addressing the council, she said people who oppose mining and logging are killed and threatened, and that states must prevent such attacks.",
        set(),
        True,
    ),
    (
        "round21-across-the-region",
        "Regional commission warns of worsening violence against defenders in the Americas",
        "Killings, threats and criminal cases against human rights defenders persist across the region, the commission said in a joint statement.",
        set(),
        True,
    ),
    # round 21, rankings and year-end counts are trend reports
    (
        "round21-second-only-to",
        "Rights forum: Pacific region second only to South America for killings of land defenders",
        "Speakers said defenders across the Pacific work under constant threat.",
        set(),
        True,
    ),
    (
        "round21-ends-year-with",
        "Dorn ends 2024 with 90 community leaders killed, monitor says",
        "The monitoring group said most victims were shot by armed groups in rural areas.",
        set(),
        True,
    ),
    # round 21, grassroots leaders are defenders (a farm leader, a land committee leader, a cacique, an
    # anti-mining leader); wiretaps cited as evidence against a killer are no surveillance of a defender
    (
        "round21-farm-leader",
        "Shots fired into Tarso farm leader's house at night",
        "Unknown gunmen fired at least ten rounds into the home of Pablo Rian while his family slept.",
        {"physical_attack"},
        True,
    ),
    (
        "round21-anti-mining-leader-arrested",
        "Police arrest anti-mining leader Tomas Vire after march in Pelo",
        "Officers detained Tomas Vire at his home on Sunday.",
        {ARREST},
        True,
    ),
    (
        "round21-wiretaps-evidence",
        "Former company chief sentenced to 20 years for murder of environmental leader Ana Bel",
        "Wiretaps and testimony showed his direct role in planning the 2019 killing, the court said.",
        set(),
        True,
    ),
    # round 21, press wording for releases and awards: a defender home or back home after custody, an award
    # accepted at a gala
    (
        "round21-home-after-years",
        "Blogger Ana Vel home after four years in Tarso prison",
        "Ana Vel arrived home before dawn, her husband said; she had been jailed in 2020 for subversion.",
        set(),
        True,
    ),
    (
        "round21-back-home",
        "Rights lawyer Tomas Vire back home after three months in detention",
        "Vire was detained in March over a protest.",
        set(),
        True,
    ),
    (
        "round21-gala-award",
        "Press freedom gala pays tribute to jailed and threatened reporters",
        "Reporter Mira Lenk, who was beaten and threatened for her coverage, accepted her award in New York.",
        set(),
        True,
    ),
    # round 21, questioning and summonses in press wording: grilled by the police, a notice to appear, told
    # to join the investigation
    (
        "round21-grilled",
        "Editor Ana Vel grilled by crime branch over Facebook post",
        "Police grilled the editor for six hours over a post on a local festival.",
        {"threat_harassment"},
        True,
    ),
    (
        "round21-notice-to-appear",
        "Police serve notice on reporter Ivo Sank to appear over news report",
        "The notice asked the reporter to join the investigation on Monday or face legal action.",
        {"threat_harassment"},
        True,
    ),
    # round 21, cases and laws ended for defenders, awards named without 'prize', spyware victims suing
    (
        "round21-prosecutor-closes-case",
        "Tarso prosecutor closes defamation case against two rights researchers",
        "Prosecutors formally abandoned the case brought after the pair published a report on police abuse.",
        set(),
        True,
    ),
    (
        "round21-court-freezes-ngo-law",
        "Dorn top court freezes NGO law a week after it was signed",
        "The Constitutional Court provisionally suspended the law, which would let the government deregister NGOs.",
        set(),
        True,
    ),
    (
        "round21-alternative-nobel",
        "Jailed Dorn lawyers share this year's 'Alternative Nobel'",
        "Rights lawyers Ana Bel and Ivo Sank will share the Right Livelihood Award, the foundation announced.",
        set(),
        True,
    ),
    (
        "round21-spyware-victims-sue",
        "Pegasus victims take software firm Talon to court in Dorn",
        "A civil suit filed on behalf of six activists hacked with the spyware seeks damages under Dorn law.",
        set(),
        True,
    ),
    # round 21, what did not happen: an exam season without the usual blackout, a question whether a
    # shutdown is planned, a judge stopping prosecutors from searching a reporter's devices
    (
        "round21-without-the-usual",
        "Dorn exams open without the usual internet blackout",
        "The minister had refused to say whether a shutdown was planned for exam hours.",
        set(),
        False,
    ),
    (
        "round21-judge-blocks-prosecutors",
        "Judge blocks prosecutors from searching reporter Ana Vel's seized phone",
        "The court will review the journalist's devices itself, the order says.",
        set(),
        True,
    ),
    # round 21, sense bugs: 'hit with new charges' is no blow; a 'rebel attack' reporters were covering when
    # police picked them up leaves the custody standing
    (
        "round21-hit-with-charges",
        "Reporter Ana Vel hit with two new charges while in custody",
        "Prosecutors added charges of extremism on Tuesday, her lawyer said.",
        {ARREST, "judicial_harassment"},
        True,
    ),
    (
        "round21-hit-with-bottle",
        "Activist Ana Vel hit with a bottle at Tarso rally",
        "A man struck the activist on the head as she spoke.",
        {"physical_attack"},
        True,
    ),
    (
        "round21-covering-rebel-attack",
        "Three Tarso reporters spend third day in police custody",
        "The reporters remain in custody after being picked up while interviewing residents about a rebel attack, their union said.",
        {ARREST},
        True,
    ),
    # round 21, fines paid for others are solidarity: the search of the helpers' homes is the news
    (
        "round21-pay-fines",
        "Prosecutors search homes of Tarso activists who helped pay protesters' fines",
        "Officers searched the homes of activist Ana Bel and lawyer Ivo Sank in a probe into groups that paid fines for demonstrators, seizing phones and laptops.",
        {"threat_harassment", "surveillance_digital"},
        True,
    ),
    # round 21, omnibus security packages that make a protest form a crime are restrictive laws
    (
        "round21-security-package",
        "Dorn cabinet approves security package that would make road-blocking protests a crime",
        "The package turns blocking traffic with one's body into a criminal offence punishable by prison.",
        {"restrictive_law"},
        True,
    ),
    # round 22, death notes quoted as what the defender was told ('a note saying "You're dead"')
    (
        "round22-youre-dead-note",
        "'You're dead' note left at door of Tarso reporter Ana Vel",
        "Journalist Ana Vel found a handwritten note saying 'You're dead' taped to her front door on Sunday morning.",
        {"threat_harassment"},
        True,
    ),
    (
        "round22-would-be-shot",
        "Press union urges inquiry into threats against columnist Ivo Sank",
        "An anonymous account told columnist Ivo Sank he would be shot if he ever returned to Dorn, the union said.",
        {"threat_harassment"},
        True,
    ),
    # round 22, platform warnings about state hackers going after a defender's account
    (
        "round22-government-backed-attackers",
        "Activist Lena Ostrov says email provider flagged state attempt on her account",
        "Activist Lena Ostrov posted a warning from her provider saying government-backed attackers may have tried to steal her password.",
        {"surveillance_digital"},
        True,
    ),
    # round 22, booked with the person between and cases brought under a named law (arrest + judicial)
    (
        "round22-booked-him-under",
        "Tarso police pick up editor Jon Arvel over post about minister",
        "Cyber police picked up editor Jon Arvel at his home in the capital on Thursday and booked him under the Computer Offences Act over a post criticising the minister.",
        {ARREST, "judicial_harassment"},
        True,
    ),
    (
        "round22-case-brought-under",
        "Weekly editor Mira Dost arrested in Tarso over shared article",
        "Mira Dost, editor of the weekly Tarso Ledger, was arrested in a case brought under clause 9 of the Electronic Media Act.",
        {ARREST, "judicial_harassment"},
        True,
    ),
    # round 22, an unacknowledged place of detention is an enforced disappearance
    (
        "round22-undisclosed-location",
        "Dorn security agents detain rights defender Pim Kader",
        "Agents detained the rights defender at his home on Friday and took him to an undisclosed location, his family said.",
        {ARREST, "physical_attack"},
        True,
    ),
    # round 22, a burglar's cutting discs beside a 'signal' jammer are tools, not a network cut
    (
        "round22-cutting-discs",
        "Police arrest three over attempted break-in at Tarso jewellery store",
        "Officers found drills, cutting discs and a signal jammer in the suspects' car, police said.",
        set(),
        False,
    ),
    # round 22, an official apology for a detention ends it: no category
    (
        "round22-apology",
        "Tarso police chief apologises for detention of reporter Ana Vel",
        "The police chief apologised to the journalist over her six-hour detention, conceding the arrest was a mistake.",
        set(),
        True,
    ),
    # round 22, the legally responsible head of a paper, student groups, teachers at a sit-in
    (
        "round22-publication-director",
        "Publication director of the Tarso Courier fined for defaming a mayor",
        "A criminal court found the publication director of the Tarso Courier guilty of defaming the mayor and fined him 3,000 euros.",
        {"judicial_harassment"},
        True,
    ),
    (
        "round22-student-group",
        "Brother of student group leader jailed on incitement charge",
        "Police arrested Oren Dass on a court warrant on Friday and sent him to jail accused of incitement. He is the brother of Ilan Dass, who leads the student group Free Campus.",
        {ARREST, "judicial_harassment"},
        True,
    ),
    (
        "round22-teachers-sit-in",
        "Riot police break up teachers' sit-in in Dorn",
        "Security forces dispersed a peaceful sit-in by teachers outside the education ministry on Monday and arrested several of them.",
        {ARREST},
        True,
    ),
    # round 22, counts that double or rise sharply, and counts over months, are trend reports
    (
        "round22-escort-doubles",
        "Monitor: number of Dorn reporters under police escort doubles to 30",
        "Some thirty Dorn journalists now live under police protection because of threats from criminal gangs, twice as many as a year ago, the monitor's annual survey says.",
        set(),
        True,
    ),
    (
        "round22-up-sharply",
        "Rapporteur ends Tarso visit: attacks on land defenders up sharply since ceasefire",
        "Closing a ten-day mission, the rapporteur said killings of and threats against land defenders had risen dramatically since the 2020 ceasefire.",
        set(),
        True,
    ),
    (
        "round22-killed-in-months",
        "Dorn monitor: 38 land activists reported killed in five months",
        "The figure covers January to May and compares with 61 for the whole of last year, the network said.",
        set(),
        True,
    ),
    # round 22, armed robberies in press wording are ordinary crime ('charged over gas-station hold-ups')
    (
        "round22-hold-ups",
        "Three charged over petrol station hold-ups in Tarso",
        "Police charged three men with armed robbery after two night-time hold-ups at petrol stations, and a magistrate remanded them in custody.",
        set(),
        False,
    ),
    # round 22, a court's short administrative jail term is a detention and a sentence
    (
        "round22-days-arrest",
        "Tarso editor Nuran Bel gets 10 days' arrest after questions to governor",
        "A district court found the editor of the Tarso Herald guilty of taking part in an unsanctioned gathering.",
        {ARREST, "judicial_harassment"},
        True,
    ),
    (
        "round22-administrative-arrest",
        "Dorn: five activists given 15 days' administrative arrest after rally",
        "The activists had marched on Saturday against a new mining law, their lawyer said.",
        {ARREST, "judicial_harassment"},
        True,
    ),
    # round 22, a ruler or a code that outlaws a protest form, or makes it jailable, is a restrictive law
    (
        "round22-outlaws-protests",
        "Dorn junta outlaws street protests until election campaign opens",
        "The ruling council said any demonstration on public roads would be dispersed.",
        {"restrictive_law"},
        True,
    ),
    (
        "round22-jailable-offence",
        "New Tarso code in force: street protests without police notice now a jailable offence",
        "Organisers who fail to notify police three days ahead face up to six months in prison.",
        {"restrictive_law"},
        True,
    ),
    # round 22, held in an unknown place is an enforced disappearance
    (
        "round22-unknown-place",
        "A year on, Dorn lawyer Pim Kader held in unknown place, 15 groups say",
        "The rights lawyer was arrested last March; his family has not been told where he is.",
        {ARREST, "physical_attack"},
        True,
    ),
    # round 22, 'hack' as a blow: a reporter hacked with weapons or an axe is attacked, not spied on
    (
        "round22-hacked-with-weapons",
        "Dorn reporter hacked with home-made weapons over smuggling stories",
        "Journalist Kai Moren was badly hurt when two men hacked him with home-made weapons outside his office, the press union said.",
        {"physical_attack"},
        True,
    ),
    (
        "round22-body-hacked-shotgun",
        "Land campaigner Rui Albo ambushed and killed on rural road",
        "Peasant leader Rui Albo was shot with a shotgun by two hired gunmen on Thursday and his body was then hacked, police said.",
        {"physical_attack"},
        True,
    ),
    # round 22, network faults and damaged fibre that take phone lines down are no surveillance
    (
        "round22-network-fault-phone",
        "Telco network fault leaves Tarso without phone or internet",
        "What the operator called a technical network issue took down its phone and internet services across the country on Monday.",
        set(),
        False,
    ),
    (
        "round22-fibre-damage-phone",
        "Deliberate cuts to carrier's fibre leave north Tarso without network",
        "Intentional damage to the carrier's optical cabling disrupted phone and data communications across the north of the region throughout Friday.",
        set(),
        False,
    ),
    # round 22, to 'kill a bill' is to defeat it; an 'electromagnetic attack' on the grid hurts nobody
    (
        "round22-kill-the-bill",
        "Tarso NGOs tell parliament hearing to kill bill giving state control over civil society",
        "Civil society groups urged lawmakers on Wednesday to scrap the proposed law regulating non-governmental organisations.",
        {"restrictive_law"},
        True,
    ),
    (
        "round22-electromagnetic-attack",
        "Lights out across much of Dorn again; minister blames 'electromagnetic attack'",
        "A power failure on Monday afternoon cut electricity in most of the capital and nine provinces, the energy ministry said.",
        set(),
        False,
    ),
    # round 22, a court that bars an arrest rules for the defender; the warrant is still news
    (
        "round22-barred-arrest",
        "Cyber police post notice seeking vlogger Jon Arvel on arrest warrant",
        "Police publicly named vlogger Jon Arvel under a court-approved arrest warrant in a defamation case over his video. The High Court has temporarily barred his arrest.",
        {"judicial_harassment"},
        True,
    ),
    # round 22, a caller's phone number traced, and a phone officers only tried to take, are no seizure
    (
        "round22-phone-number-traced",
        "Police move to trace caller who threatened to kill reporter Ana Vel",
        "Cybercrime officers are working with prosecutors to identify the email account and phone number behind a death threat to journalist Ana Vel.",
        {"threat_harassment"},
        True,
    ),
    (
        "round22-tried-to-take-phone",
        "Dorn police hold reporter Kai Moren at rally site",
        "Officers took journalist Kai Moren to a district station, fingerprinted him and tried to take his phone, then let him go half an hour later.",
        {ARREST},
        True,
    ),
    # round 22, devices wiped by officers are surveillance (a 'seizures' verb beside a device)
    (
        "round22-phones-wiped",
        "Dorn TV crew held overnight by soldiers; phones wiped",
        "Soldiers detained reporter Kai Moren and cameraman Jon Arvel at a checkpoint on Friday and released them the next morning.",
        {ARREST, "surveillance_digital"},
        True,
    ),
    # round 22, 'deregistered' is left as written by the lemmatiser: the ministry's act on a named NGO is judicial
    (
        "round22-ngo-deregistered",
        "Tarso rights NGO Open Door deregistered by justice ministry",
        "The ministry said the group had breached reporting rules.",
        {"judicial_harassment"},
        True,
    ),
    # round 22, past forms the lookup lemmatiser leaves as written: torched, surveilled, geoblocked
    (
        "round22-home-torched",
        "Home of Dorn journalist Ana Vel torched",
        "Unknown men set the reporter's house alight overnight while the family slept at a relative's.",
        {"physical_attack"},
        True,
    ),
    (
        "round22-surveilled",
        "Activist Ivo Sank surveilled by police for months, documents show",
        "Internal reports list the activist's meetings with farmers and foreign diplomats.",
        {"surveillance_digital"},
        True,
    ),
    (
        "round22-geoblocked",
        "Exiled news site Tarso Today geoblocked in Dorn",
        "Readers inside the country can no longer open the outlet's pages without a VPN.",
        {"internet_shutdown"},
        True,
    ),
    # round 22, an award title the press uses without 'prize' (IPI's World Press Freedom Hero): the award is
    # the news and the defender's past travel ban is background
    (
        "round22-press-freedom-hero",
        "Press freedom group names the Tarso columnist Ana Vel a World Press Freedom Hero for her reporting",
        "The institute honoured the columnist for her reporting on army abuses. Vel was hit with a travel ban in 2019 and named in a sedition complaint in 2021.",
        set(),
        True,
    ),
    # round 22, sense bugs: someone taken to hospital is not held; a defender who threatens to resign makes a demand
    (
        "round22-taken-to-hospital",
        "Journalist Ana Vel suffers cardiac arrest at home",
        "The reporter was taken to hospital on Sunday and is recovering, her newspaper said.",
        set(),
        True,
    ),
    (
        "round22-threatens-to-resign",
        "Union leader Jon Arvel threatens to resign over pay deal",
        "The trade unionist said members had been misled about the offer.",
        set(),
        True,
    ),
    # round 22, figurative and accidental 'hit', 'shot' and 'attack' (funding cuts, a car, fame, a bill in a speech)
    (
        "round22-hit-by-funding-cuts",
        "Rights groups hit by foreign funding cuts close offices in Tarso",
        "Dozens of NGOs laid off staff after the aid freeze, their umbrella network said.",
        set(),
        True,
    ),
    (
        "round22-hit-by-car",
        "Journalist Ana Vel hit by car while crossing road in Dorn",
        "Police said the driver stopped at the scene; the reporter is in a stable condition.",
        set(),
        True,
    ),
    (
        "round22-shot-to-fame",
        "Editor Mira Dost shot to fame with hospital corruption series",
        "Her reporting on kickbacks in public hospitals won a national award.",
        set(),
        True,
    ),
    (
        "round22-attacks-bill",
        "Rights lawyer Pim Kader attacks new bill on NGO funding in parliament speech",
        "The lawyer said the draft law would force rights groups to register as foreign agents.",
        {"restrictive_law"},
        True,
    ),
    # round 22, the reporter's own work: following the money, tracking public spending
    (
        "round22-follow-the-money",
        "Journalist Lena Ostrov follows the money in new offshore investigation",
        "Her series traces accounts held abroad by three ministers.",
        set(),
        True,
    ),
    (
        "round22-tracks-spending",
        "Tarso newspaper tracks spending by ministers",
        "The project covers five years of travel and hospitality costs.",
        set(),
        True,
    ),
    # round 22, gapped phrases: the one let go stands between 'let' and 'go' (a defender word or a pronoun),
    # and 'let the story go', 'let it go unpunished' or an offer to let someone go end no arrest
    (
        "round22-lets-journalists-go",
        "Varland lets detained journalists go",
        "Investigators in Tarso freed the four reporters held this week in a leak inquiry.",
        set(),
        True,
    ),
    (
        "round22-let-reporter-go",
        "Police in Tarso let Kivu Post reporter Ana Vell go after ten days",
        "She had been locked up for alleged hooliganism after filming a protest.",
        set(),
        True,
    ),
    (
        "round22-let-leader-go-home",
        "Police let indigenous leader Pim Kader go home hours after roadblock arrest",
        "",
        set(),
        True,
    ),
    (
        "round22-lets-journalist-walk",
        "Appeal court lets journalist Ruud Benno walk",
        "The reporter had been detained in April over a column on the port authority.",
        set(),
        True,
    ),
    (
        "round22-held-then-let-go",
        "Police hold reporter Lena Ostrov at rally, then let her go",
        "",
        {ARREST},
        True,
    ),
    (
        "round22-let-the-story-go",
        "Police detain reporter Mira Dost; her editor says the paper will not let the story go",
        "",
        {ARREST},
        True,
    ),
    (
        "round22-let-staff-go",
        "Police arrest journalist Mira Dost as her newspaper lets staff go",
        "",
        {ARREST},
        True,
    ),
    (
        "round22-let-go-of-staff",
        "Police arrest journalist Mira Dost as her newspaper lets go of staff",
        "",
        {ARREST},
        True,
    ),
    (
        "round22-were-let-go",
        "Two reporters detained at Tarso protest were let go the same evening",
        "Officers checked their press cards and sent them home.",
        set(),
        True,
    ),
    (
        "round22-let-go-of-him",
        "Police detain journalist Ruud Benno and let go of him hours later",
        "",
        set(),
        True,
    ),
    (
        "round22-let-colleague-go",
        "Police arrest activist Lena Ostrov, let the driver go",
        "",
        {ARREST},
        True,
    ),
    (
        "round22-offered-to-let-go",
        "Agents hold activist Ruud Benno's father in Tarso",
        "Agents detained his father and offered to let him go only if Benno returned from exile.",
        {ARREST},
        True,
    ),
    # round 23, engine: a headline whose arrests and trials are all the aggressor's is the aggressor's case, so
    # its threats are the crime acted on, with a verdict or without one; a defender arrested over threats stays
    (
        "round23-remanded-threatener",
        "Police remand man suspected of sending death threats to reporter Lena Ostrov",
        "Officers arrested the 41-year-old at his flat in Tarso; a judge ordered him held in custody pending trial.",
        set(),
        True,
    ),
    (
        "round23-journalist-arrested-over-threats",
        "Police arrest journalist Ruud Benno over threats to Tarso mayor",
        "",
        {ARREST, "threat_harassment"},
        True,
    ),
    # round 23, engine: a refusal right after the release word withholds it; a negation there reads forward
    (
        "round23-freed-without-charge",
        "Tarso police freed them without charge",
        "Officers had detained two reporters at the protest.",
        set(),
        True,
    ),
    # round 23, engine: a release told in a later clause after a detention ends the detention, not the beating
    (
        "round23-beaten-in-custody-then-released",
        "Police detain journalist Ruud Benno at Tarso protest",
        "Officers took him to the station, where they beat the reporter with batons, before releasing him hours later.",
        {ARREST, "physical_attack"},
        True,
    ),
    # round 23, engine: a perpetrator word in quotation marks is what someone was called, not an aggressor
    (
        "round23-quoted-murderer-is-an-insult",
        "Editor Ruud Benno jailed for calling the governor a 'murderer'",
        "He was taken to Tarso prison on Monday.",
        {"judicial_harassment"},
        True,
    ),
    # round 23, from holdout16's errors: a plea is no acquittal, a travel ban with its objects between, accounts
    # 'were compromised', a smear or a served warrant is no killing, 'taking revenge' no custody, counts in a week
    (
        "round23-pleads-not-guilty",
        "Student leader Tomas Rell pleads not guilty as court tries him over land posts",
        "The trial of the campaigner opened in Tarso on Monday.",
        {"judicial_harassment"},
        True,
    ),
    (
        "round23-bars-from-leaving",
        "Judge bars twelve media executives from leaving the country in defamation case",
        "The directors of three news sites must also report to the court every week.",
        {"judicial_harassment"},
        True,
    ),
    (
        "round23-accounts-compromised",
        "Reporter Lena Ostrov says her email and social media accounts were compromised",
        "The journalist found her passwords changed after returning from a conference abroad.",
        {"surveillance_digital"},
        True,
    ),
    (
        "round23-character-assassination",
        "Parliament passes cybercrime bill creating offence of online character assassination",
        "Rights groups said the law would silence critics online.",
        {"restrictive_law"},
        True,
    ),
    (
        "round23-warrants-executed",
        "Police raid drug ring in three towns; nine warrants executed",
        "Officers searched 20 properties and detained nine suspects in the trafficking case.",
        set(),
        False,
    ),
    (
        "round23-taking-revenge",
        "Radio host Pim Kader shot dead outside his home",
        "The station's owner blamed smugglers taking revenge on broadcasters who expose them.",
        {"physical_attack"},
        True,
    ),
    (
        "round23-in-a-week",
        "Seven journalists arrested in a week across the country, union says",
        "",
        set(),
        True,
    ),
    # round 23: police who charge a protest run at it (a charge sheet 'with' an offence stays a prosecution)
    (
        "round23-police-charged-protest",
        "Riot police charged a peaceful protest by reporters outside the ministry in Tarso",
        "Several journalists were injured and two cameras were smashed.",
        {"physical_attack"},
        True,
    ),
    (
        "round23-charged-protesters-with",
        "Police charge two protesters with unlawful assembly after Tarso march",
        "",
        {"judicial_harassment"},
        True,
    ),
    # round 23: an outage blamed on sabotage of a cable or link is a fault; a cut during protests stays a shutdown
    (
        "round23-outage-blamed-on-sabotage",
        "Tarso Telecom blames sabotage of undersea link for day-long internet outage",
        "Engineers said a fibre cable had been damaged near the landing station.",
        set(),
        False,
    ),
    (
        "round23-shutdown-during-protests",
        "Authorities cut mobile internet in Tarso as protests spread",
        "NetBlocks said the outage began an hour before the march.",
        {"internet_shutdown"},
        True,
    ),
    # round 23: a count over last year is a trend report (`periods`: last year), not a shutdown
    (
        "round23-count-of-cut-offs-last-year",
        "Watchdog counts 48 internet cut-offs last year, most in Ruritania",
        "Nine governments cut or restricted internet access 48 times last year, the monitor says, leaving journalists offline.",
        set(),
        True,
    ),
    # round 23: a preposition between the auxiliary and the trigger ("was at the hearing") is no passive, so the
    # defender far before it is not the one tried (`prepositions`)
    (
        "round23-preposition-stops-the-passive-subject",
        "The land rights campaigner who founded the fishing cooperative in Tarso a decade ago was at the hearing on the new dam",
        "",
        set(),
        True,
    ),
    (
        "round24-headline-hack-names-the-attack",
        "Hackers lock Dunmore council systems and demand bitcoin",
        "The attack began on Sunday night; staff have gone back to paper forms while police investigate.",
        {"surveillance_digital"},
        False,
    ),
    (
        "round24-held-for-an-act-of-expression",
        "Pensioner in Tver gets ten days in jail over a post mocking the governor",
        "",
        {"judicial_harassment"},
        True,
    ),
    # round 24: a suspect "caught" is the aggressor's arrest, and a firebombing the crime a sentence punishes
    (
        "round24_suspect_caught_en",
        "Contract killer suspected of murdering columnist Ivo Brask caught at a border crossing",
        "Police said the man, arrested on Sunday, had shot the columnist outside his home in March.",
        set(),
        True,
    ),
    (
        "round24_firebombing_sentence_en",
        "Ex-councillor jailed for six years for ordering the firebombing of a reporter's car",
        "The court found that he paid two men to set the editor's vehicle alight in 2021.",
        set(),
        True,
    ),
    # round 24: an ultimatum ("or face") announces the harm it names: a threat, not an arson attack
    (
        "round24_ultimatum_or_face_en",
        "Reporters at the Tirel Post told to delete their land-grab story or face arson",
        "Callers told the editor on Tuesday that the building would burn if the next episode aired.",
        {"threat_harassment"},
        True,
    ),
]
