/**
 * General knowledge about how officials are written: titles, ranks, offices, organisations.
 * All entries are lower case and match single tokens (as produced by text.ts); multi-word
 * titles are built by the grammar in officials.ts from these parts. Nothing here names a person.
 */

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Head words of titles and ranks: a title phrase ends in one of these. */
export const TITLE_CORE = set(`
  president president-elect premier minister secretary secretary-general undersecretary spokesperson spokesman
  spokeswoman ambassador envoy chancellor king queen prince princess emir sheikh sultan monarch emperor empress chairman chairwoman
  chairperson chair chief commander commander-in-chief officer-in-charge commandant director director-general head governor mayor senator
  leader representative congressman congresswoman adviser advisor counselor counsellor councilor councillor general colonel major captain admiral
  marshal sergeant commodore lieutenant brigadier spc pfc cpl specialist corporal airman seaman ensign ayatollah administrator coordinator attaché attache diplomat delegate
  commissioner inspector superintendent deputy speaker ombudsman prosecutor attorney-general
  gen lt col maj capt adm brig sgt cmdr cdr sen rep gov amb sec
  officer private pvt ens cdre d'affaires sub-lieutenant vice-marshal midshipman lcpl
  ceo cfo coo cto executive aide justice judge member legislator lawmaker scientist manager counsel mep mp rapporteur critic
  dni secdef secstate cjcs mantri cds coas vcoas saceur sact
  cjcsc vcjcs cdf cema cgs cns vcns cno cas vcas csaf
  avm acm
  ltg ltc vadm radm lcdr ltgen majgen ltcol mg bg
  vp hr/vp
  commissar negotiator designer comptroller
`);
// ("avm", "acm": Air Vice-Marshal and Air Chief Marshal as Commonwealth air forces' releases
// abbreviate them, "AVM Edward Gabkwet". The line after: ranks as the US Army and Navy write them
// in capitals in their releases and biographies ("LTG", "LTC", "VADM", "RADM", "LCDR"), and the
// Australian Defence Force's and Singapore Armed Forces' ("LTGEN", "MAJGEN", "LTCOL"; "MG", "BG"
// for Major- and Brigadier-General), from the services' public rank tables. "VP" abbreviates a
// vice-president, "HR/VP" the EU's High Representative and Vice-President of the Commission. A
// "political commissar" is the party's officer at the head of a Chinese or Soviet-model unit. A
// government's "chief negotiator" leads its side of talks ("Iran's chief negotiator Ali Bagheri
// Kani"); a "Chief Designer" or "General Designer" heads a Russian or Soviet design bureau, and
// "designer" is a head only there: see RANK_ONLY_HEAD. A "Comptroller" heads a department's
// budget office: "Under Secretary of Defense (Comptroller)", "the Pentagon's acting comptroller".)

/**
 * Ranks and their written forms, from the public rank tables of the US armed forces (DoD "U.S.
 * Military Rank Insignia", defense.gov/Resources/Insignia) and NATO STANAG 2116 (the OR-1..OR-9
 * and OF-1..OF-10 grade codes, which list the UK and other allies' ranks next to the US ones);
 * abbreviations as US military news releases write them (AP style: "Spc.", "Pfc.", "Lance Cpl.",
 * "Sgt. 1st Class", "Petty Officer 2nd Class", "Rear Adm."). The words are spread over the lists
 * above and below: heads (TITLE_CORE: "officer", "private", "pvt", "ens", "cdre", and the UK's
 * "sub-lieutenant", "vice-marshal", "midshipman", "lcpl"; not "bombardier", also a company), words before a head
 * (TITLE_MODIFIER: "petty", "warrant", "master", "lance", "gunnery", "tech", "1st", "2nd", "colour") and
 * abbreviations written with a '.' (ABBREVIATED). Some heads stand only in a rank or title:
 * "officer" after "Petty"/"Warrant" or in "Chief (...) Officer", "private" before "First Class",
 * "ens" with its '.' ("Ens. Kay Ro", not "ENS Paris") (see RANK_ONLY_HEAD). A diplomatic head of
 * mission's deputy is a "Chargé d'Affaires" ("d'affaires" after "chargé"/"charge"), and a
 * company's head its "chief executive" ("executive" only after "chief": not "Executive Order"), and a
 * legislative committee's senior member of the minority its "Ranking Member" ("member" only after "ranking"), and
 * a government's scientist its "Chief Scientist" or "Chief Defence Scientist" ("scientist" only after "chief").
 * Singapore's "MG" and "BG" stand only before someone already named ("MG Fan"; not "MG Motor").
 */
export const RANK_ONLY_HEAD = set(`officer private d'affaires ens executive member scientist designer mg bg`);

/** Ordinals of a rank's class after its head ("Petty Officer 1st Class", "Airman First Class", "Sgt. 1st Class"). */
export const CLASS_ORDINAL = set(`1st 2nd 3rd first second third`);

/** Words before "officer" that make it a rank ("Petty Officer", "Chief Warrant Officer"). */
export const OFFICER_RANK = set(`petty warrant`);

/** Words that can stand before a title head inside a title ("Deputy", "Defense", "Press"). */
export const TITLE_MODIFIER = set(`
  republican democratic democrat conservative liberal tory opposition
  battalion brigade squadron regiment platoon
  one-star two-star three-star four-star five-star deputy vice acting chief senior principal assistant under first executive former retired special permanent associate parliamentary flag
  lieutenant defense defence foreign interior finance press army naval navy air military national security prime
  supreme joint top high grand crown foreign-affairs home economy economic trade intelligence general political commanding
  regional central combatant fleet force forces marine corps space cyber strategic nuclear arms control state federal
  presidential royal office fco armed honorable honourable hon hon'ble hon’ble the-honorable rear field staff lead inspector command
  petty warrant master lance gunnery tech 1st 2nd chargé charge colour color
  attorney solicitor surgeon affairs homeland health education energy agriculture transport transportation
  justice relations labour labor environment culture tourism industry commerce housing veterans immigration science
  technology digital communications information fisheries infrastructure development planning sport sports youth
  employment welfare climate treasury budget investment aviation water mines petroleum oil social public works
  managing external operations ministry department council agency commission committee directorate bureau services european union
  policy senate majority minority shadow new cabinet opposition caretaker interim court unification allied
  raksha pradhan videsh rajya war ranking chiefs armaments
  parliament assembly knesset duma sejm rada riksdag storting folketing eduskunta bundestag bundesrat majlis
`);
// From "parliament" on: legislatures, before the title of their presiding officer ("Parliament
// Speaker Nabih Berri", "Knesset Speaker Amir Ohana", "National Assembly Speaker Woo Won-shik").

// From "attorney" to "managing": government portfolios, as they stand before "Minister" or
// "Secretary" ("Health Minister", "Homeland Security Secretary", "Foreign Affairs Minister") and
// in the US offices "Attorney General", "Solicitor General" and "Surgeon General": the portfolio
// names of national cabinets (the lists of ministries governments publish). Without them the title
// began at the head ("Minister Sajid Javid" in "Health Minister Sajid Javid") or took the rank
// "General" for the Attorney General. From "ministry" on: institutions, which stand between a
// portfolio and a role in the titles of press officers and officials ("Foreign Ministry
// spokesperson", "Defense Ministry spokesman", "National Security Council spokesman", "House Armed
// Services Committee Chairman", "European Union foreign policy chief", India's "Union Home
// Minister" and "External Affairs Minister"); without them the title began at the role and lost its country ("spokesman Igor
// Konashenkov").

/** Domain words allowed in an "of ..."/"for ..." office tail ("Secretary of Defense for Acquisition"). */
export const OFFICE_WORD = set(`
  defense defence state national homeland security foreign affairs acquisition sustainment policy navy naval army air
  force forces treasury energy justice interior commerce intelligence staff joint chiefs general research engineering
  personnel readiness space operations communications public legislative international cooperation political
  military economic strategic armed european union united nations kingdom republic federation arms control
  nonproliferation non-proliferation disarmament command department ministry health education finance economy trade
  industry agriculture transport culture information emergency emergencies situations veterans development planning
  central east west north south asia asian pacific indo-pacific middle africa african europe america americas
  affairs defence-industry industrial logistics materiel technology science procurement budget management
  administration counterterrorism terrorism homeland-security marine corps coast guard guard national-defense
  defense-policy global reserve special forces nato council assembly house senate parliament cabinet government
  office missile agency board services committee subcommittee commission appropriations relations judiciary
  oversight caucus production supply infrastructure aviation aerospace cyber training plans installations
  environment equipment armaments manpower war nuclear atomic watchdog
  investment tourism labour labor housing transportation fisheries mining mines petroleum oil gas water youth
  sport sports employment welfare climate immigration telecommunications media
  assessment assessments analysis evaluation integration modernization modernisation innovation resources
  capabilities capability partnerships strategy reform peacekeeping peacebuilding stabilization stabilisation
  humanitarian contracting transformation
  bundeswehr tsahal idf pla sandf tni afp
`);

/** ORG_MODIFIER entries for the organisations (lower-case keys, space-separated) of one country. */
function ofCountry(country: string, keys: string): Array<readonly [string, { country: string }]> {
  const value = { country };
  return keys.split(' ').map((k) => [k, value] as const);
}

/** Organisations that qualify a title ("Pentagon Press Secretary", "NATO Secretary-General"). */
export const ORG_MODIFIER = new Map<string, { country?: string; organization?: string }>([
  ['pentagon', { country: 'United States' }],
  ['white', { country: 'United States' }],
  ['kremlin', { country: 'Russia' }],
  ['dod', { country: 'United States' }],
  ['centcom', { country: 'United States' }],
  ['eucom', { country: 'United States' }],
  ['indopacom', { country: 'United States' }],
  ['africom', { country: 'United States' }],
  ['southcom', { country: 'United States' }],
  ['northcom', { country: 'United States' }],
  ['nato', { organization: 'NATO' }],
  ['un', { organization: 'United Nations' }],
  ['u.n', { organization: 'United Nations' }],
  ['eu', { organization: 'European Union' }],
  ['e.u', { organization: 'European Union' }],
  ['iaea', { organization: 'IAEA' }],
  ['osce', { organization: 'OSCE' }],
  ['asean', { organization: 'ASEAN' }],
  ['opcw', { organization: 'OPCW' }],
  ['irgc', { country: 'Iran' }],
  // National agencies and commands that head a title ("CIA Director Bill Burns", "FSB Director
  // Alexander Bortnikov", "IDF Chief of Staff"): the public names of the US intelligence,
  // security and defence agencies and combatant commands, and their best-known counterparts.
  ...ofCountry('United States', 'cia fbi nsa dia nga nro nasa dhs dsca darpa usaid socom cybercom spacecom stratcom transcom'),
  ...ofCountry('Russia', 'fsb svr gru'),
  ...ofCountry('United Kingdom', 'mi5 mi6 gchq'),
  ...ofCountry('Israel', 'mossad idf'),
  // Armed forces known by one name ("Bundeswehr Inspector General Carsten Breuer").
  ...ofCountry('Germany', 'bundeswehr'),
  ...ofCountry('China', 'pla'),
  // Defence and foreign ministries and armed forces known by their initials in their countries'
  // own releases ("DND Secretary", "AFP Chief of Staff", "MEA spokesperson", "ISPR Director
  // General"); initials more than one country uses name none ("MND", "MOFA", "JCS").
  ...ofCountry('Philippines', 'dnd afp dfa pcg'),
  ...ofCountry('Japan', 'jsdf'),
  ...ofCountry('Australia', 'adf'),
  ...ofCountry('United Kingdom', 'fcdo'),
  ...ofCountry('India', 'mea drdo'),
  ...ofCountry('Pakistan', 'isi ispr'),
  ...ofCountry('Ukraine', 'sbu'),
  ...ofCountry('United States', 'usfk usfj'),
  ['mnd', {}],
  ['mofa', {}],
  ['jcs', {}],
  ['norad', {}],
  ['mod', {}],
  ...['IMF', 'WTO', 'Interpol', 'UNHCR', 'UNICEF', 'ICRC', 'OPEC', 'ECOWAS'].map((o) => [o.toLowerCase(), { organization: o }] as const),
  ['house', {}],
  ['state', {}],
  ['department', {}],
]);

/**
 * What the initials of a national agency, ministry, armed force or command stand for, lower case
 * with "defence" written "defense" (as titles are compared; see officials' titleForm): words of
 * the spelled-out name that a title written in full holds. "The AFP chief" is the "Armed Forces
 * of the Philippines Chief of Staff" named before, "the CENTCOM commander" the "Commander of U.S.
 * Central Command". From the organisations' own public names.
 */
export const ORG_SPELLED_OUT = new Map<string, string>([
  ['afp', 'armed forces'], ['dnd', 'national defense'], ['dfa', 'foreign affairs'], ['pcg', 'coast guard'],
  ['idf', 'defense forces'], ['pla', 'liberation army'], ['jsdf', 'self-defense forces'], ['adf', 'defense force'],
  ['mea', 'external affairs'], ['drdo', 'defense research'], ['isi', 'inter-services intelligence'],
  ['ispr', 'public relations'], ['sbu', 'security service'], ['fcdo', 'foreign, commonwealth'],
  ['usfk', 'forces korea'], ['usfj', 'forces japan'], ['dod', 'department of defense'],
  ['cia', 'central intelligence'], ['fbi', 'federal bureau'], ['nsa', 'national security agency'],
  ['dia', 'defense intelligence'], ['dhs', 'homeland security'], ['dsca', 'security cooperation'],
  ['fsb', 'federal security service'], ['svr', 'foreign intelligence service'],
  ['centcom', 'central command'], ['eucom', 'european command'], ['indopacom', 'indo-pacific command'],
  ['africom', 'africa command'], ['southcom', 'southern command'], ['northcom', 'northern command'],
  ['socom', 'special operations command'], ['cybercom', 'cyber command'], ['spacecom', 'space command'],
  ['stratcom', 'strategic command'], ['transcom', 'transportation command'],
]);

/** Abbreviated ranks and honorifics: the token before a '.' that belongs to a title. */
export const ABBREVIATED = set(`gen lt col maj capt adm brig sgt cmdr cdr sen rep gov amb sec hon mr mrs ms dr u.s u.n e.u u.k spc pfc pvt cpl ens cdre tech radm vadm`);

/** Honorifics that precede a name ("Ms. Lord") but are not titles on their own. */
export const HONORIFIC = set(`mr mrs ms dr sir dame madam mister messrs shri smt shrimati`);

/** Name suffixes ("Jr.", "III"). */
export const NAME_SUFFIX = set(`jr sr ii iii iv v jr. sr. jnr snr`);

/** Lower-case particles inside names ("Bashar al-Assad" is one token; "Ursula von der Leyen" is not). */
export const NAME_PARTICLE = set(`al el bin ibn bint de del della der den di da dos das du van von la le ter ben abu`);

/**
 * Common Chinese (pinyin, Wade-Giles and Cantonese or Hokkien spellings) and Korean family
 * names, which English-language text writes first ("Zhang Youxia", "Ng Eng Hen", "Shin Won-sik")
 * and uses alone later ("Zhang", "Ng", "Shin"). Only spellings that are no English word, so that
 * "He", "Sun", "Long" or "Moon" at the start of a sentence never become a person. Sources: the
 * public lists of the most common surnames of China, Taiwan, Singapore and Korea (statistics
 * offices' and census tables as summarised in Wikipedia's "List of common Chinese surnames" and
 * "List of Korean surnames"); and the most common of Japan (its last lines), whose names Japanese
 * releases and papers write family name first too ("Ito Eisaku ... Mr Ito").
 */
export const EAST_ASIAN_FAMILY_NAME = set(`
  wang li zhang liu chen yang huang zhao wu zhou xu zhu hu guo gao lin luo zheng liang xie tang
  han feng deng cao peng zeng xiao tian dong yuan jiang cai du cheng su wei ding ren shen yao cui
  zhong tan fu fang bai zou meng xiong qin qiu yin xue yan duan lei hou tao gu mao hao shao wan
  qian dai xiang xi lu lü lai tsai hsu chiang chou chang cheng wong chan leung cheung tsang lam
  yip kwok lau chow chiu yeung ng lim teo goh ong koh chua yeo lee
  kim park choi jung chung kang cho yoon jang lim seo suh shin kwon hwang ahn yoo jeon bae baek heo
  nam noh ryu chun byun seok
  hsieh hsiao tseng yeh shih kao hung tung hsueh chien liao chu koo yu ko
  sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki
  yamaguchi matsumoto inoue kimura hayashi shimizu saito ikeda hashimoto ishikawa ogawa okada goto
  hasegawa murakami kondo ishii sakamoto aoki fujita nishimura fukuda miura okamoto matsuda nakajima
`);

/** Days and months, with the months' abbreviations: a date's words, never a name's, an organisation's or a ship's. */
export const DAY_OR_MONTH = set(`
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

/** Warship types in lower case, after which a capitalised name is the ship's ("the cruiser Moskva", "the frigate Admiral Makarov"). */
export const WARSHIP_TYPE = set(`cruiser destroyer frigate corvette submarine warship flagship carrier icebreaker minesweeper
  cruisers destroyers frigates corvettes submarines warships icebreakers minesweepers`);

/** Heads of nominal references that name no office and match any official ("his counterpart"). */
// "colleague" only as a counterpart with a nationality ("his Russian colleague"; see findNominals).
export const GENERIC_ROLE = set(`counterpart official leader chief head colleague`);

/** Plural heads for group references, mapped to their singular. */
export const PLURAL_ROLE = new Map<string, string>([
  ['leaders', 'leader'], ['ministers', 'minister'], ['chiefs', 'chief'], ['secretaries', 'secretary'],
  ['officials', 'official'], ['counterparts', 'counterpart'], ['presidents', 'president'], ['generals', 'general'],
  ['commanders', 'commander'], ['envoys', 'envoy'], ['ambassadors', 'ambassador'], ['heads', 'head'],
  ['senators', 'senator'], ['governors', 'governor'], ['admirals', 'admiral'], ['diplomats', 'diplomat'],
  ['spokesmen', 'spokesperson'], ['spokeswomen', 'spokesperson'], ['spokespersons', 'spokesperson'], ['spokespeople', 'spokesperson'],
  ['representatives', 'representative'], ['directors', 'director'], ['chairmen', 'chairman'], ['premiers', 'premier'], ['chancellors', 'chancellor'],
  // "Both men", "The two women": the two officials just named (a count of two only; see findNominals).
  ['men', 'official'], ['women', 'official'],
]);

/** Title qualifiers that must also appear in a nominal reference to match ("the secretary" is not the press secretary). */
export const QUALIFIER = set(`press deputy assistant under vice principal associate acting spokesperson lieutenant`);

/** Determiners that open a nominal reference. */
export const DETERMINER = set(`the his her their its our your my this that`);

/**
 * Capitalised words that are never part of a person's name: months, days, function words,
 * headline verbs (and a release's "Contact"), and the nouns of organisations, places and events.
 */
export const NOT_NAME = set(`
  the a an and or of for in on at to by with from as but not no this that these those it its his her their our my your
  we they he she i you who whom which what when where why how all both each every some any other such
  january february march april june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
  feb mar apr jul aug sep sept oct nov dec
  department ministry agency command council committee assembly parliament congress senate house office
  administration government republic federation kingdom union nations state states army navy force forces
  corps guard staff headquarters pentagon kremlin embassy university institute center centre foundation
  company corporation group bank fund forum conference summit meeting briefing statement remarks release
  coalition alliance organization organisation commission authority association partnership initiative
  operation operations mission thanksgiving christmas easter ramadan panel panels board tribunal
  press news times post journal agency daily report reports says said visit visits talks discusses meets
  dynamics motors electric atomics mills industries aerospace systems technologies shipbuilding shipyards
  people people's people’s naval military defence defense maritime
  frigate frigates destroyer destroyers corvette corvettes submarine submarines cruiser cruisers warship warships
  missile missiles radar radars
  holds hosts announces calls urges warns welcomes thanks speaks travels delivers joins signs attends approves
  condemns praises unveils launches vows tells briefs testifies leads opens receives returns arrives departs
  hold meet sign discuss host announce urge warn deliver attend approve condemn praise unveil vow testify
  arrive depart agree agrees reaffirm reaffirms review reviews conclude concludes underscore underscores
  highlight highlights reiterate reiterates outline outlines
  contact
  joint defense defence security foreign affairs national international military united federal
  treaty agreement accord memorandum resolution convention protocol act law program programme
  treaties agreements accords memoranda memorandums resolutions conventions protocols contracts pacts
  declarations communique communiqué communiques excellency highness
  north south east west central middle eastern western northern southern
  europe africa asia pacific atlantic americas arctic antarctica oceania eurasia indo-pacific mediterranean
  air sea land space cyber missile missiles system systems airport base station island islands
  region district zone sector area division brigade regiment battalion fleet unit units
  services relations public
  street avenue road boulevard square highway
  mr mrs ms dr sir madam staff q a mp mps class
  ally allies arms non-nato
  ltd inc llc plc corp gmbh
  then later meanwhile however earlier afterwards also
  moreover separately additionally instead finally similarly likewise nonetheless nevertheless furthermore
  indeed overall elsewhere previously recently currently initially specifically notably importantly
  ultimately therefore consequently accordingly otherwise although because despite during
  first second third fourth fifth sixth firstly secondly thirdly fourthly lastly
  before after since until unless once while whereas though upon
  god allah
  minister secretary president spokesperson spokesman ambassador envoy chancellor general admiral
  colonel major captain commander director chairman chief governor senator representative
  deputy vice acting under assistant
  thank thanks okay yes hello good morning afternoon evening ladies gentlemen
`);

/**
 * Ship prefixes of navies ("USS", "HMS", "INS"), written in capitals before a ship's name, with the
 * navy each names, which is the ship's origin (see the systems recogniser's matchShip); '' for the
 * prefixes several navies share ("INS" is India's and Israel's, "CNS" and "BNS" several navies').
 * A ship named after a person is no mention of the person: "BNS Sheikh Hasina" (Bangladesh Navy
 * Ship), "SLNS Gajabahu" (Sri Lanka), "NNS Aradu" (Nigeria), "HTMS Chakri Naruebet" (Thailand),
 * "ROCS" (Taiwan), "ORP" (Poland), "BAP" (Peru), "KNS" (Kenya), from the navies' own usage.
 */
export const SHIP_PREFIX_NAVY: ReadonlyMap<string, string> = new Map([['USS', 'United States'], ['USNS', 'United States'], ['HMS', 'United Kingdom'],
  ['HMAS', 'Australia'], ['HMCS', 'Canada'], ['HMNZS', 'New Zealand'], ['INS', ''], ['JS', 'Japan'], ['ROKS', 'South Korea'], ['FS', 'France'],
  ['TCG', 'Turkey'], ['PNS', 'Pakistan'], ['KRI', 'Indonesia'], ['BRP', 'Philippines'], ['RFS', 'Russia'], ['ARA', 'Argentina'], ['NRP', 'Portugal'],
  ['ESPS', 'Spain'], ['HNLMS', 'Netherlands'], ['HDMS', 'Denmark'], ['HNoMS', 'Norway'], ['HSwMS', 'Sweden'], ['FGS', 'Germany'], ['RSS', 'Singapore'],
  ['SAS', 'South Africa'], ['CNS', ''], ['BNS', ''], ['SLNS', 'Sri Lanka'], ['NNS', 'Nigeria'], ['HTMS', 'Thailand'], ['ROCS', 'Taiwan'], ['ORP', 'Poland'],
  ['BAP', 'Peru'], ['KNS', 'Kenya']]);

/** The ship prefixes alone (see SHIP_PREFIX_NAVY). */
export const SHIP_PREFIX: ReadonlySet<string> = new Set(SHIP_PREFIX_NAVY.keys());

/**
 * Nouns of companies' names, which are no words of a person's name and may come before a legal
 * form ("Hanwha Aerospace", "General Dynamics Land Systems", "Taurus Systems GmbH", "MBDA Missile
 * Systems Ltd"). The officials stage reads them in an organisation before a head's title, the
 * systems stage before a company's legal form.
 */
export const COMPANY_NAME_NOUN = set(`
  aerospace systems dynamics industries technologies motors electric atomics group corporation company defence defense
  space land air electronics holdings international shipbuilding shipyards aviation mills missile missiles
`);

/** A year of the last two centuries, as a whole word: "2024". */
export const YEAR = /^(?:19|20)\d\d$/;
