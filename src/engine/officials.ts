/**
 * Officials: titled names ("Russian Defense Minister Sergey Shoigu"), later short forms
 * ("Shoigu", "Secretary Austin", "Ms. Lord"), descriptive references ("his Russian
 * counterpart", "The Iranian defense chief") and groups ("Both leaders").
 *
 * Order matters: (1) titled and cued names are found first, because they define who is in the
 * article; (2) those people's surnames and first names are then recognised anywhere; (3) only
 * then can nominal references be resolved to a person, preferring the nearest one before them.
 */
import type { Spelling as Token, Tokens } from './text';
import { INTERN_MAX_LENGTH, IntList, SCRATCH, detachedCopy, hasLetter, headlineStart, isAscii, lowerCaseSpellings, reserveMemoBits, reserveMemoBits2, spellingFacts, spellingFacts2, upperAt } from './text';
import { sortedOrder } from './order';
import { knownFigures, figureKey, firstWordKey, type KnownFigure } from './figures';
import type { Span } from './spans';
import { SYSTEM_NOUN, type SystemsKb } from './systems';
import { NO_ATTRIBUTES } from './spans';
import { countryByCapital, countryByDemonym, countryByKey, countryByKeyPair, countryByName, countryByNameKey, multiWordNamesByFirst, twoWordCountryFirsts, type MultiWordName } from './countries';
import {
  ABBREVIATED, CLASS_ORDINAL, COMPANY_NAME_NOUN, DAY_OR_MONTH, DETERMINER, EAST_ASIAN_FAMILY_NAME, GENERIC_ROLE, HONORIFIC, NAME_PARTICLE, NAME_SUFFIX, NOT_NAME, OFFICE_WORD, OFFICER_RANK, ORG_MODIFIER, ORG_SPELLED_OUT, PLURAL_ROLE, QUALIFIER, RANK_ONLY_HEAD, SHIP_PREFIX, TITLE_CORE, TITLE_MODIFIER, WARSHIP_TYPE,
} from './lexicon';

interface TitlePhrase {
  /** Token range [from, to). */
  from: number;
  to: number;
  /** Index of the last title head word. */
  head: number;
  countries: string[];
  organization: string | undefined;
  /** Every word of the phrase is capitalised (or the line is upper case). */
  capitalized: boolean;
  /**
   * The phrase text without country and organisation modifiers ("Defense Minister"), or undefined
   * until phraseTitle builds it: only the phrases that end up before a name need it (about two in
   * three title walks on 1 MB), and the string was the walk's main garbage.
   */
  title: string | undefined;
  /** Where the title's words start (the walk's first token): `from` of a merged phrase ("Deputy Prime Minister and Minister of ...") is the first phrase's, its title the second's. */
  titleFrom: number;
  /**
   * Where the title's words end: `to`, or the end of the office when a rank follows it in the
   * phrase ("Chairman of the Joint Chiefs of Staff" of "... Gen. Mark A. Milley"; the rank is in
   * the mention, the office is the title).
   */
  titleTo: number;
  /** Where the rank after the office ends (titleTo when there is none): the person's rank is [titleTo, rankTo). */
  rankTo: number;
  /** The first office of a merged phrase ("Crown Prince" of "Crown Prince and Prime Minister"). */
  firstOffice?: string;
  /** The office's acronym in parentheses between it and the name ("SACEUR" of "Supreme Allied Commander Europe (SACEUR) General ..."). */
  acronym?: string;
}

interface NameParts {
  from: number;
  to: number;
  /** End offset, with a possessive "'s" removed. */
  endOffset: number;
  first: string | undefined;
  middle: string[];
  last: string;
  suffix: string | undefined;
  /** The first word is the family name, written in capitals ("KIHARA Minoru"): see scannedName. */
  familyFirst?: true;
}

/** A person found in the article, with the mentions that name them. */
export interface Person {
  key: string;
  /** Creation order (the number in the key). */
  index: number;
  first?: string | undefined;
  /** `first` in lower case, kept with it by setFirst. */
  firstLower?: string | undefined;
  middle: string[];
  last: string;
  suffix?: string | undefined;
  title?: string | undefined;
  /** The rank after an office in the person's title phrase ("Gen." of "Chief of General Staff Gen."), kept apart from `title`. */
  rank?: string | undefined;
  /** The first of two offices joined by "and" ("Crown Prince" of "Crown Prince and Prime Minister"): references to it fit too. */
  otherOffice?: string | undefined;
  country?: string | undefined;
  organization?: string | undefined;
  /** Offsets of named mentions, to find the nearest one to a reference. */
  positions: number[];
  /**
   * Stage 2's mentions that come before a later one of `positions` (ascending: stage 2 reads the
   * text in order), kept apart until the stage ends and then merged in (see addPosition).
   */
  late: number[];
  /** Named family name first with the family name in capitals ("KIHARA Minoru"): filed under it too. */
  familyFirst?: true;
  /** The acronym the text gave the person's office (TitlePhrase.acronym): "The SACEUR" later is this person. */
  titleAcronym?: string;
  /** The public figure of the knowledge base this person is (see findKnownFigures). */
  figure?: KnownFigure;
}

/** The people fitting one kind of nominal reference, and all their mentions in offset order. */
interface Fitting {
  people: Person[];
  /** Mention offsets, ascending; ties in person order. */
  offsets: Float64Array;
  /** For each offset, the index of its person in `people`. */
  owners: Int32Array;
  /** The dateline's office holders of no stated country that the reference fits, and their mentions (see homeHolderBefore), found on first use. */
  home?: Fitting;
}

/**
 * fittingFor's answers by signature: the country ('' for none), the head, then each word, one
 * table level per part (equal paths are equal signatures: word tokens hold no control characters,
 * so the joined signature this replaces, with \u0000 and \u0001 between parts, told the same ones apart).
 */
interface FittingNode {
  next: Map<string, FittingNode> | undefined;
  fit: Fitting | undefined;
}

/** The child of a FittingNode for one part, made when first asked. */
function fittingChild(node: FittingNode, part: string): FittingNode {
  let next = node.next;
  if (next === undefined) node.next = next = new Map();
  let child = next.get(part);
  if (child === undefined) { child = { next: undefined, fit: undefined }; next.set(part, child); }
  return child;
}

/** A descriptive reference waiting to be resolved. */
interface Nominal {
  start: number;
  end: number;
  head: string;
  words: string[];
  countries: string[];
  plural: boolean;
  /** "The two leaders" / "Both leaders": how many people the group has, if stated. */
  count?: number;
  /** "The two heads of state": only heads of state or government are its members (see resolveNominals). */
  headsOnly?: boolean;
  /** "the two countries' defence chiefs": one member of each country, every member's country known (see countriesPossessiveAt). */
  ofCountries?: boolean;
  /** A bare title opening the article's headline ("Foreign Secretary statement on ..."): resolved only when one person fits. */
  unique?: boolean;
  /** "their Philippine counterparts": the token of "their", whose owners decide who the counterparts are (see theirCounterparts). */
  theirAt?: number;
  /**
   * The title, when the reference may stand for an office holder the article never names: "The
   * Foreign Secretary met ...", "The Secretary of State has authorized ..." (see markHolder).
   */
  holder?: { title: string; country: string | undefined };
  /**
   * Set when the reference follows a named mention and a comma, and a verb of saying comes right
   * after it: "Speaking with Defence Minister Rustem Umerov, the Secretary General said". An
   * appositive to that name when its holder fits the reference, else the clause's subject.
   */
  afterName?: boolean;
  /**
   * A form of address in a reporter's question of a transcript ("Q: Thanks, General."): it is
   * spoken to the person answering, one of the transcript's speakers (see isSpeaker).
   */
  inQuestion?: boolean;
  /** A form of address in a speaker's turn ("SECRETARY TEODORO: Thank you, Mr. Secretary."): never the speaker (see turnSpeaker). */
  vocative?: boolean;
  /**
   * "the Pentagon chief": the country of the department (see DEPARTMENT_HEAD), asked only of people
   * whose country is stated (news names its own country's officials without one).
   */
  department?: string;
  /**
   * "The visiting minister": one whose country the text states and that is not the dateline's,
   * as a visit story introduces its guest ("Malaysian Defence Minister ...") and not its host.
   */
  visitor?: boolean;
}

/** An office holder the article refers to by title only (see OfficialRecognizer.markHolder). */
interface Holder {
  key: string;
  title: string;
  country: string | undefined;
}

const US = 'United States';
/** A verb of a call or meeting and "with" before its other party ("spoke today with", "met with"; see contactSubject). */
const CONTACT_WITH = /\b(?:spoke|speaks|met|meets|talked|talks|conferred)\b[^,;.]{0,40}\bwith\s[^,;]*$/;

/** A mention of capitalised words, then one verb in -ed or -s, before a reference (see subjectOfVerbBefore). */
const SUBJECT_VERB_BEFORE = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,6}\p{Ll}+(?:ed|s)\s+$/u;

/** British offices ("Secretary of State for Defence" is no US Secretary of State). */
// (A US Assistant or Under Secretary of State is "for" a region or a policy: "Assistant Secretary of
// State for European and Eurasian Affairs"; the UK's junior ministers are "(Parliamentary)
// Under-Secretary of State for", hyphenated.)
const UK_TITLE = /(?<![\w-])(?<!\bassistant |\bunder )secretary of state for\b|\bunder-secretary of state for\b|\bchancellor of the exchequer\b|\bfirst sea lord\b/i;
/** Titles that exist only in the United States government. */
// "Secretary of War" and "Department of War": the Department of Defense's secondary names since
// Executive Order 14347 (5 September 2025).
const US_TITLE = /\b(secretary of (defense|war|state(?! in the)|the (army|navy|air force)|homeland security)|under secretary of (defense|war)|chairman of the joint chiefs|director of national intelligence|press secretary|pentagon|dni|secdef|secstate|secwar|cjcs)\b/i;

// Word lists the stages test whole words against, as sets: a regular expression literal in a
// method is a new RegExp object at every evaluation (the heap profile showed anonymousHead and
// findNominals allocating through them at every article "a" and every reference head).
/** Whether a lower-cased acronym names an international organisation or a national agency or force ("un", "nato", "pla", "cia"). */
function isAgencyAcronym(lower: string): boolean {
  const org = ORG_MODIFIER.get(lower);
  return org !== undefined && (org.organization !== undefined || org.country !== undefined);
}

/** Ministries and departments named before an office ("Ministry of Foreign Affairs spokesperson"): see ministryOfLead. */
const MINISTRY_WORD = new Set(['ministry', 'department']);
/** Two-word bodies named with "of" before an office, by their second word: the first ("Armed Forces of", "Joint Chiefs of"); see ministryOfLead. */
const LEAD_PAIR = new Map([['forces', 'armed'], ['chiefs', 'joint']]);
/** Dashes that set a list of names off after a plural title (see pluralTitledNames). */
const LIST_DASH = new Set(['\u2014', '\u2013', '--']);
/** Adverbs between "is" and a predicate office ("Shoigu is now secretary of the Security Council"). */
const PREDICATE_ADVERB = new Set(['now', 'also', 'currently', 'still', 'then']);
/** Words of a retired or reserve officer's mark in parentheses after a rank (see afterRetired). */
const RETIRED_MARK = new Set(['ret', 'retd', 'retired', 'res', 'reserve']);
const SPEECH_AFTER_NAME = new Set(['said', 'says', 'told', 'added']);
const INDEFINITE = new Set(['a', 'an']);
const APPOSITIVE_ROLE = new Set(['member', 'lawmaker', 'legislator', 'mp', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'aide', 'diplomat', 'counterpart', 'rapporteur', 'negotiator']);
/** Most name particles in a row ("Carlos de la Torre", "Hans van den Broek"): particleRunEnd, particlesOf. */
const MAX_NAME_PARTICLES = 3;
/** Words of parties' names before "member" in an appositive ("the Liberal Democrat member"; see partyMemberEnd). */
const PARTY_MEMBER_WORD = new Set(['liberal', 'democrat', 'democratic', 'conservative', 'labour', 'labor', 'republican', 'tory', 'socialist']);
/** Lower-case roles an organisation's name can stand before (see orgBeforeRole). */
const ORG_ROLE_HEAD = new Set(['leader', 'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'commander', 'chair', 'chairman', 'chairwoman',
  'director', 'president', 'head', 'governor', 'mayor',
  // A party's member of parliament: "Kuomintang lawmaker Ma Lin" (the party is in the title, as "Labour MP").
  'lawmaker', 'legislator']);
/** Words of a date or a time, which open no organisation's name before a role ("In June president Joe Biden"). */
const NOT_ORG_WORD = new Set([...DAY_OR_MONTH, 'today', 'yesterday', 'tomorrow', 'last', 'next',
  'this', 'early', 'late', 'in', 'on', 'at', 'since', 'until', 'after', 'before', 'when', 'then', 'now',
  // Nor does a preposition or conjunction opening a sentence: "Without President Trump, ...".
  ...'with without from by for to as like against amid among unlike beyond through about into between toward towards over and but or if so'.split(' '),
  // And the correlatives before a list of names: "Neither President Ana Ruiz nor ...".
  'neither', 'either', 'nor', 'both']);
/** The nouns of COMPANY_NAME_NOUN that name a firm on their own ("Group", not "Defence"): see orgBeforeRole. */
const FIRM_NOUN = /^(?:group|corporation|company|industries|systems|dynamics|technologies|holdings|aerospace|shipyards)$/;
/** Titles that are also verbs ("judge", "head"): after a word of AUXILIARY_BEFORE_VERB they are the verb (see lowerTitleMisread). */
const VERB_TITLE = new Set(['judge', 'head', 'chair', 'lead', 'command', 'counsel', 'marshal', 'captain']);
/** Modals and "to", after which a lower-case VERB_TITLE word is a verb: "would judge Tehran", "to head NATO". */
const AUXILIARY_BEFORE_VERB = new Set(['to', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);
/** A company's officers, written in capitals after its name ("Lockheed Martin CEO Jim Taiclet"). */
const ORG_ROLE_ACRONYM = new Set(['ceo', 'cfo', 'coo', 'cto']);
/**
 * Heads of a company or body written in title case after its name ("Thales Chairman Patrice
 * Caine", "Rheinmetall Chief Executive Armin Papperger", "Airbus Managing Director"); see orgBeforeRole.
 */
const CAPITAL_ORG_ROLE = new Set(['chief', 'chairman', 'chairwoman', 'chair', 'chairperson', 'president', 'managing', 'director', 'head', 'leader', 'commander', 'spokesman', 'spokeswoman', 'spokesperson',
  // A place's governor or mayor: "Okinawa Gov. Denny Tamaki", "Tokyo Governor Yuriko Koike", "Kyiv Mayor Vitali Klitschko".
  'governor', 'gov', 'mayor']);
/** Small words inside an organisation's name ("Bank of England"), before which its last words are no name of their own (see orgBeforeRole). */
const ORG_NAME_LINK = new Set(['of', 'for']);
/** Words a headline in title case leaves in lower case. */
const HEADLINE_SMALL_WORD = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'vs', 'via']);
/** Lower-case units of an organisation between its name and a role (see orgBeforeRole). */
const ORG_UNIT = new Set(['bureau', 'politburo', 'council', 'wing', 'committee', 'office', 'branch']);
// ("managing": a company's "managing director", "BAE Systems managing director Tommy Rask", as "Saab chief executive".)
const ORG_ROLE_MODIFIER = new Set(['political', 'military', 'deputy', 'senior', 'top', 'supreme', 'former', 'founding', 'executive', 'regional', 'managing']);
/** Ranks written out that never end an office's title, so open a rank after one (see rankAfterOffice). */
const FULL_RANK_START = new Set(['admiral', 'colonel', 'major', 'captain', 'brigadier', 'lieutenant', 'sergeant', 'commodore']);
/** Heads that are ranks: a rank word after one continues the rank ("Major General"), not an office. */
const RANK_WORD = new Set(['gen', 'general', 'lt', 'lieutenant', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'adm', 'admiral', 'brig', 'brigadier', 'sgt', 'sergeant', 'cmdr', 'cdr', 'commodore', 'marshal', 'officer', 'private', 'corporal', 'cpl', 'ensign', 'ens']);
/**
 * Countries whose officials' names are written family name first in English-language news and
 * government releases ("Wang Yi", "Kim Jong Un", "Oka Masami"): the first word of such a name is
 * its family name, used alone later (see findShortForms).
 */
const FAMILY_NAME_FIRST = new Set(['China', 'Taiwan', 'Hong Kong', 'Macao', 'Japan', 'South Korea', 'North Korea', 'Vietnam', 'Cambodia']);
/**
 * Countries whose officials are referred to by their given name, with or without a title ("Gen.
 * Natthaphon" for Thailand's Natthaphon Narkphanit, "Prabowo" for Indonesia's Prabowo Subianto,
 * Iceland's patronymics): the given name alone is that person. Somali and Ethiopian names are a
 * given name, then the father's and grandfather's, and the given name is used alone ("Abiy" for
 * Abiy Ahmed; Wikipedia, "Somali name", "Ethiopian name").
 */
const GIVEN_NAME_USED = new Set(['Thailand', 'Indonesia', 'Iceland', 'Somalia', 'Ethiopia']);
/** Honorifics that may stand before such a given name ("Mr Sjafrie said"; see findShortForms). */
const GIVEN_NAME_HONORIFIC = new Set(['mr', 'ms', 'mrs', 'pak', 'bapak', 'ibu']);
/**
 * Given names that are written short with a period before the rest of a name: "Ma." (Maria, in
 * Philippine usage), "Md." (Mohammad, in Bangladesh), "Mohd." and "Muhd." (Mohamad, in Malaysia),
 * and the old English "Wm.", "Chas.", "Thos.", "Jas.", "Geo." (see scanName).
 */
const GIVEN_NAME_SHORT = new Set(['ma', 'md', 'mohd', 'muhd', 'wm', 'chas', 'thos', 'jas', 'geo']);
/** A capital, or capitals joined by periods ("S", "H.R", "J.D"): initials before their final period. */
const INITIALS = /^[A-Z](?:\.[A-Z])*$/;
/** A head of state's or of government's title alone (see stateAndGovernmentHeads). */
const BARE_STATE_HEAD = /^(?:president|king|queen|emir|amir|sultan)$/;
const BARE_GOVERNMENT_HEAD = /^(?:prime minister|premier|chancellor|taoiseach)$/;
/** Common words that are also names (see wordAsName). */
const NAME_LIKE_WORD = new Set(['no', 'said']);
/** Adverbs of time that may open an appositive title ("Christine Lambrecht, then Germany's defence minister,"). */
const APPOSITIVE_TIME = new Set(['then', 'now', 'formerly', 'previously', 'currently']);
/** Heads whose office is for a subject rather than an organisation ("Special Envoy for Climate"): see subjectThenName. */
const SUBJECT_HEAD = new Set(['envoy', 'representative', 'coordinator', 'adviser', 'advisor', 'ambassador', 'czar', 'secretary', 'counselor', 'counsellor']);
/** Words before a rank that make it a base's name (see findTitledAndCuedNames). */
const BASE_BEFORE_RANK = new Set(['camp', 'fort', 'base', 'cantonment', 'barracks']);
/** What NATO's supreme allied commanders are of (see officeCompletionEnd). */
const COMMAND_AREA = new Set(['europe', 'transformation', 'atlantic']);
/**
 * Acronyms of service chiefs' titles written before a rank and name ("CDS General Anil Chauhan",
 * "COAS General Upendra Dwivedi", NATO's "SACEUR General Christopher Cavoli"): chiefs of defence
 * (CDS, CDF for Australia's Chief of the Defence Force, CEMA for France's chef d'état-major des
 * armées), of the joint staff (CJCS and its vice, the US chairman; CJCSC, Pakistan's chairman of
 * the joint chiefs of staff committee), and of the services: army (COAS, CGS), navy (CNS, CNO)
 * and air force (CAS, CSAF), with their vices.
 */
const ACRONYM_TITLE = new Set(['cds', 'cdf', 'cema', 'cjcs', 'vcjcs', 'cjcsc', 'coas', 'vcoas', 'cgs', 'cns', 'vcns', 'cno', 'cas', 'vcas', 'csaf', 'saceur', 'sact']);
/** Offices whose acronyms are no initials of their words (see findTitleAcronyms). */
const IRREGULAR_TITLE_ACRONYM = new Map([['supreme allied commander europe', 'SACEUR'], ['supreme allied commander transformation', 'SACT']]);
/** A UK select committee's question number, opening a label's line ("Q13 Mr Francois:"). */
const COMMITTEE_QUESTION = /^Q\d{1,4}$/;
/** The number of a question in Hansard's record of oral questions ("1", "12", "T3" for topical questions). */
const QUESTION_NUMBER = /^T?\d{1,3}$/;
/** One-word titles of principals an office serves (see principalEnd): "Chief of Staff to the President". */
const PRINCIPAL_TITLE = new Set(['president', 'premier', 'chancellor', 'king', 'queen', 'emir', 'sultan', 'monarch', 'secretary', 'secretary-general', 'taoiseach']);
/** Two-word ones, by first word: "the Prime Minister", "the Vice President", "the Secretary General". */
const PRINCIPAL_TWO_WORDS = new Map([
  ['prime', new Set(['minister'])], ['vice', new Set(['president'])], ['crown', new Set(['prince'])], ['supreme', new Set(['leader'])],
  ['secretary', new Set(['general'])],
]);
/** Heads of envoys' titles, whose office tail may begin with "to" ("Ambassador to India"). */
const ENVOY_HEAD = new Set(['ambassador', 'envoy', 'representative', 'emissary', 'delegate', 'ambassador-designate', "d'affaires", 'consul', 'consul-general', 'attaché', 'attache']);
/** Last words of organisations' names (see organisationGoesOn). */
const ORGANISATION_END = new Set(['command', 'center', 'centre', 'agency', 'office', 'group', 'division', 'brigade', 'battalion', 'conference', 'bank', 'fund', 'studies', 'forum',
  'regiment', 'fleet', 'corps', 'institute', 'university', 'school', 'college', 'committee', 'council', 'department', 'ministry',
  'headquarters', 'laboratory', 'program', 'programme', 'company', 'corporation', 'directorate', 'bureau', 'service',
  // Places and things named after people: "Admiral Nimitz Foundation", "President Kennedy Airport".
  'foundation', 'museum', 'memorial', 'library', 'airport', 'stadium', 'prize', 'award', 'lecture', 'bridge',
  'coalition', 'alliance', 'organization', 'organisation', 'commission', 'mission', 'secretariat', 'assembly', 'delegation', 'authority', 'administration',
  'league', 'hotel', 'hospital', 'street', 'avenue', 'square', 'station', 'restaurant', 'highway', 'boulevard', 'building',
  'forces',
  // Ships and weapons: "General Purpose Frigate", "Admiral Kuznetsov Carrier Group" read as a rank and a name.
  'frigate', 'frigates', 'destroyer', 'destroyers', 'corvette', 'corvettes', 'submarine', 'submarines', 'cruiser', 'carrier',
  'missile', 'missiles', 'radar', 'project',
  // Companies: "president of American Rheinmetall Vehicles", "Hanwha Aerospace", "General Dynamics Land Systems".
  'systems', 'industries', 'vehicles', 'technologies', 'dynamics', 'aerospace', 'electronics', 'holdings', 'shipyard', 'shipyards',
  'shipbuilding', 'motors', 'laboratories', 'enterprises', 'inc', 'ltd', 'plc', 'llc', 'gmbh']);
/** Endings of a portfolio's adjectives and nouns ("Aeronautical", "Logistics", "Production", "Management"); see portfolioInParentheses. */
const PORTFOLIO_SUFFIX = /(?:al|ics|tion|sion|ment|ity|ing|ure|ance|ence)$/;
/**
 * Endings of abstract nouns, which no personal name has: a portfolio's capitalised words after an
 * office are not a name ("Director of Contracting and National Security Acquisitions", "Deputy
 * Chief of Staff for Operations").
 */
const ABSTRACT_NOUN_ENDING = /(?:[st]ions?|ities|ity|isms?|ments)$/;
/** Countries whose people carry two family names, the first used alone (see addNamed). */
const TWO_FAMILY_NAMES = new Set(['Brazil', 'Portugal', 'Angola', 'Mozambique', 'Spain', 'Mexico', 'Colombia', 'Argentina', 'Chile', 'Peru', 'Venezuela',
  'Ecuador', 'Bolivia', 'Uruguay', 'Paraguay', 'Cuba', 'Guatemala', 'Honduras', 'El Salvador', 'Nicaragua', 'Costa Rica', 'Panama', 'Dominican Republic']);
/** Accented letters of Portuguese and Spanish names, not of Turkish or French ones ("José Múcio Monteiro"; see TWO_FAMILY_NAMES). */
const IBERIAN_LETTER = /[áíóúãõñ]/i;
/** The nouns of Hansard's forms of address: "the hon. Gentleman", "my right hon. Friend" (see findParliamentaryReferences). */
const HON_NOUN = new Set(['gentleman', 'lady', 'friend', 'member']);
/** A rank's qualifier in parentheses (see portfolioInParentheses). */
const RANK_QUALIFIER = new Set(['retired', 'retd', 'pilot', 'engineer', 'navigator', 'doctor', 'medical']);
/** The particles of a patronymic chain ("Mohammed bin Salman bin Abdulaziz"). */
const NASAB = new Set(['bin', 'bint', 'ibn']);
/** Titles that are also given names, and so a father's name after "bin" (see scanName). */
const NASAB_TITLE_NAME = new Set(['sultan', 'amir', 'emir', 'malik', 'khalifa', 'shah']);
/** Words of a military service, which belong to the rank after them ("Navy Capt.", "Air Force Col."). */
const SERVICE_BEFORE_RANK = new Set(['navy', 'army', 'marine', 'marines', 'corps', 'air', 'force', 'coast', 'guard', 'space']);
/** Words that open a military rank after an office with its "of ..." tail (see walkTitle). */
const RANK_AFTER_OFFICE = new Set(['gen', 'general', 'lt', 'lieutenant', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'adm', 'admiral', 'brig', 'brigadier', 'vice', 'rear', 'air', 'sgt', 'sergeant', 'cmdr', 'cdr', 'commodore', 'marshal', 'chief', 'field', 'sen',
  // Ranks in capitals (see TITLE_CORE): "Head of GWEO AVM Leon Phillips", "Chief of Army LTGEN Simon Stuart".
  'avm', 'acm', 'ltg', 'ltc', 'vadm', 'radm', 'lcdr', 'ltgen', 'majgen', 'ltcol']);
/** Heads that qualify a later head when a portfolio stands between: "deputy Middle East director". */
const QUALIFIER_HEAD = new Set(['deputy', 'assistant', 'associate', 'acting', 'principal', 'vice']);
/** The first word of an Arabic kunya ("Abu Mohammed", "Umm Ahmed"). */
const KUNYA = new Set(['abu', 'umm']);
/** Civilian office heads, after which a period-less rank abbreviation and one name word are a person's names. */
const CIVILIAN_HEAD = new Set(['minister', 'secretary', 'president', 'premier', 'chancellor', 'ambassador', 'spokesperson', 'spokesman', 'spokeswoman', 'governor', 'mayor', 'senator']);
/** Units named by a subject before them, in lower case ("the Asia program", "the Russia desk"). */
const SUBJECT_UNIT = new Set(['program', 'programme', 'desk', 'division', 'department', 'section', 'unit', 'team', 'bureau', 'directorate', 'office']);
/** Title heads that in lower case are mostly adjectives: "a major Kurdish party", "the premier US forum". */
const ADJECTIVE_RANK = new Set(['major', 'general', 'private', 'premier']);
const RANK_ABBREVIATION = new Set(['gen', 'lt', 'col', 'maj', 'capt', 'adm', 'brig', 'sgt', 'cmdr', 'cdr', 'sen', 'rep', 'gov', 'amb', 'spc', 'pfc', 'pvt', 'cpl', 'ens', 'cdre']);
const ORGANISATION_ROLE = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'aide', 'adviser', 'advisor', 'director', 'chief', 'head', 'rapporteur', 'whip', 'negotiator']);
/** Verbs of an attribution after its speaker ("..., the commander specified."); see appositiveTitle. */
const ATTRIBUTION_VERB = new Set(['said', 'says', 'told', 'added', 'noted', 'stated', 'replied', 'stressed', 'warned', 'specified', 'explained',
  'emphasized', 'emphasised', 'insisted', 'concluded', 'recalled', 'highlighted', 'underlined', 'affirmed', 'confirmed', 'declared', 'remarked',
  'commented', 'observed', 'indicated', 'announced', 'wrote', 'tweeted', 'argued', 'acknowledged', 'cautioned', 'assured']);
const SPEECH_VERB = new Set(['said', 'says', 'told', 'added', 'noted', 'stated', 'asked', 'replied', 'stressed', 'warned', 'called', 'urged', 'condemned', 'vowed', 'ordered', 'accused', 'praised', 'announced']);
const RESOLVABLE_HEAD = new Set(['minister', 'secretary', 'president', 'premier', 'chancellor', 'spokesperson', 'spokesman', 'spokeswoman', 'ambassador', 'envoy', 'commander', 'chairman', 'governor', 'director', 'counterpart', 'official', 'leader', 'chief', 'head', 'secretary-general', 'prime',
  'director-general',
  'prince', 'emir', 'king', 'queen', 'sultan', 'commandant', 'senator', 'chairwoman', 'mayor', 'administrator', 'congressman', 'congresswoman',
  'commander-in-chief', 'commissioner', 'coordinator', 'executive', 'ceo', 'comptroller', 'negotiator', 'chairperson']);
// (And "The envoys" after two envoys named: "U.S. envoy A met French envoy B. The envoys will meet again".)
const COUNTABLE_PLURAL = new Set(['secretaries', 'ministers', 'leaders', 'presidents', 'envoys']);
/**
 * A speaker label without a note in parentheses at its end: "President of Algeria Abdelmadjid
 * Tebboune (retranslated)", "Minister (via interpreter)" (see labelAt).
 */
function withoutLabelNote(label: string): string {
  const open = label.lastIndexOf(' (');
  return open > 0 && label.endsWith(')') ? label.slice(0, open) : label;
}
/** Academic and medical styles between an office and a surname ("External Affairs Minister Dr. Jaishankar"). */
const DOCTOR_STYLE = new Set(['dr', 'prof', 'professor']);
/** Nouns after which "official" is an adjective, not a person (see findNominals). */
const OFFICIAL_AS_ADJECTIVE_BEFORE = new Set(['visit', 'visits', 'statement', 'statements', 'website', 'site', 'ceremony', 'talks', 'trip', 'language',
  'figures', 'figure', 'data', 'count', 'account', 'accounts', 'portal', 'channel', 'channels', 'residence', 'name', 'title', 'version', 'record',
  'records', 'document', 'documents', 'media', 'news', 'launch', 'opening', 'welcome', 'reception', 'agenda', 'line', 'position', 'policy', 'capacity',
  'duties', 'business', 'delegation', 'report', 'reports', 'results', 'estimate', 'estimates', 'tally', 'toll', 'response', 'announcement', 'confirmation',
  'invitation', 'request', 'notice', 'notification', 'documentation', 'photo', 'photos', 'transcript', 'readout', 'schedule', 'dinner', 'banquet', 'handover',
  'start', 'end', 'signing', 'event', 'events', 'meeting', 'meetings', 'use', 'sources', 'source', 'communique', 'communiqué', 'gazette', 'journal']);
/** Compass words that open the names of commands and fleets (see orgBeforeRole). */
const COMPASS_WORD = new Set(['eastern', 'western', 'northern', 'southern', 'central']);
/** Prepositions after which capitalised words name a place, not a person (see hasPersonCue). */
const PLACE_PREPOSITION = new Set(['at', 'in', 'near', 'outside', 'inside']);
/** What a commander or an officer is "in": "Commander in Chief", "Officer in Charge", "Flag Officer in Command". */
const OFFICE_CHARGE = new Set(['chief', 'command', 'charge']);
/** Heads of counted groups that only holders of that office fit ("the two presidents"); see resolveNominals. */
const NAMED_OFFICE_GROUP = new Set(['president', 'senator', 'governor', 'ambassador', 'general', 'admiral', 'colonel']);
/** Ranks and offices by which a speaker addresses the person who holds them, alone ("Q: General, can you say ..."). See addressedAt. */
const VOCATIVE_HEAD = new Set(['general', 'admiral', 'colonel', 'secretary', 'minister', 'ambassador', 'senator', 'governor', 'commander', 'captain', 'major', 'chair', 'chairman', 'chairwoman']);
/** Ranks that refer back to a person of that rank ("The general said"), when the phrase ends (see rankPhraseEnds). */
const RANK_HEAD = new Set(['general', 'admiral', 'colonel', 'commodore', 'brigadier', 'marshal']);
/** Companies named "General ..." (see the office-before-a-ranked-name appositive). */
const COMPANY_AFTER_RANK = new Set(['dynamics', 'atomics', 'electric', 'motors', 'mills', 'assembly']);
/** Words after a rank head that end its noun phrase: verbs of speech and being, and conjunctions. */
const AFTER_RANK_HEAD = new Set(['said', 'says', 'told', 'added', 'stated', 'noted', 'warned', 'explained', 'replied', 'answered', 'insisted',
  'was', 'is', 'has', 'had', 'will', 'would', 'also', 'and', 'who', 'met', 'spoke', 'arrived', 'visited', 'declined', 'did', 'does', 'can', 'could',
  // Irregular past tenses (regular ones end in "-ed": see rankPhraseEnds).
  'heard', 'held', 'led', 'made', 'gave', 'took', 'saw', 'sent', 'left', 'wrote', 'went', 'came', 'flew', 'oversaw', 'chose', 'began', 'became', 'thought', 'knew', 'spent']);
/** Prepositions after a rank reference that is the object of a verb: "invited the general to Hawaii" (see rankPhraseEnds). */
const PREPOSITION_AFTER_RANK = new Set(['to', 'for', 'at', 'with', 'during']);
/**
 * Number words that state a group's size after its determiner ("The four ministers", "the three
 * leaders"). Words only: a figure ("the 2 ministers") is rare in prose and often part of a date or
 * a list. Ten is the bound of a meeting's enumerable participants; resolveNominals takes the most
 * recent people that many and gives up when fewer were named.
 */
const GROUP_SIZE = new Map<string, number>([['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10]]);
/** Speaker labels of a briefing's moderator (see moderatorThanked). */
const MODERATOR_LABEL = new Set(['STAFF', 'MODERATOR', 'OPERATOR', 'HOST']);
/** Verbs of saying after a delegate's name and country (see delegateCountry). */
const DELEGATE_VERB = new Set(['said', 'says', 'noted', 'stressed', 'emphasized', 'emphasised', 'underscored', 'urged', 'called', 'welcomed',
  'expressed', 'recalled', 'added', 'warned', 'observed', 'pointed', 'reiterated', 'voiced', 'condemned', 'highlighted', 'speaking', 'agreed', 'disagreed', 'asked', 'told',
  'rejected', 'blamed', 'countered', 'criticized', 'criticised', 'accused', 'denounced', 'argued', 'insisted', 'maintained', 'questioned',
  'regretted', 'deplored', 'cautioned', 'affirmed', 'reaffirmed', 'acknowledged', 'explained', 'responded', 'replied', 'thanked', 'echoed',
  'declared', 'stated', 'commended', 'lamented', 'contended', 'appealed', 'encouraged', 'denied', 'dismissed', 'described']);
/**
 * Words that open a question before its verb (see questionSubject). Not "who", which asks who holds
 * an office: "Who is the Secretary?" has the office as its predicate.
 */
const QUESTION_WORD = new Set(['what', 'where', 'when', 'why', 'how', 'whom', 'which']);
const PREDICATE_BEFORE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'became', 'becomes', 'remains', 'remained', 'as', 'named', 'appointed', 'elected']);
const OFFICE_NOUN = new Set(['office', 'department', 'ministry', 'bureau', 'cabinet', 'secretariat']);
const NOT_CONTAINED = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'your', 'this', 'that', 'both', 'two', 'three', 'and', 'former', 'top', 'senior', 'mr', 'madam', 'mister', 'honorable',
  'one-star', 'two-star', 'three-star', 'four-star', 'five-star']);
const ANONYMOUS_HEAD = new Set(['official', 'spokesman', 'spokeswoman', 'spokesperson', 'diplomat', 'source', 'aide']);
const ANONYMOUS_MODIFIER = new Set(['senior', 'top', 'western', 'administration', 'government', 'military', 'defense', 'defence', 'state', 'department']);
const SPOKES_HEAD = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'diplomat']);
/** What "chiefs of" a group reference's office may be ("Both chiefs of staff"); see findNominals. */
const CHIEF_OF = new Set(['staff', 'defence', 'defense', 'naval', 'army', 'air']);
/** Offices a body named by its initials has, written after them (see orgBeforeRole). */
const ACRONYM_ORG_ROLE = new Set(['minister', 'secretary-general', 'secretary', 'commandant', 'director', 'director-general', 'chairman', 'chairwoman',
  'chair', 'chairperson', 'president', 'commander', 'chief', 'head', 'spokesman', 'spokeswoman', 'spokesperson', 'administrator', 'ceo']);
/** Words after "ministers of" that make the ministers many countries' ("of 15 nations", "of all member states"); see findNominals. */
const GROUP_OF_MANY = /^(?:\d+|all|several|many|other|some|most|member|allied|partner|nato|eu|asean|g7|g20|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty)$/;
/** Qualifiers that are part of a rank ("vice admiral", "rear admiral", "lieutenant general"); see fitsTest. */
const RANK_GRADE_WORD = new Set(['vice', 'rear', 'lieutenant', 'major', 'brigadier']);
/** What lies between a name and its indefinite appositive role: "Guo Jiakun, a Foreign Ministry " (see resolveNominals). */
const APPOSITIVE_ROLE_BETWEEN = /^[^.;:!?\n]*,\s+an?\s[^,.;:!?\n]*$/;
/** A spokesperson's title by any of its words (see fitsTest). */
const SPOKES_TITLE = /\bspokes(?:man|woman|person)\b/;
/**
 * Styles of Gulf and other royal names, which stand between an office and the name as an
 * honorific does: "Emir of Qatar Sheikh Tamim bin Hamad Al Thani", "Minister of Defense Prince
 * Khalid bin Salman" (see honorificLead).
 */
const STYLE_BEFORE_NAME = new Set(['sheikh', 'sheikha', 'shaikh', 'sheik', 'prince', 'princess', 'sultan', 'sayyid', 'ayatollah']);
/** Title heads that go with a given name, not a surname, in Arabic names ("Sheikh Tamim", "Crown Prince Mohammed"): see styledGivenName. */
const STYLE_HEAD = new Set([...STYLE_BEFORE_NAME, 'emir', 'king', 'queen', 'emperor', 'empress']);
/** The words that link an Arabic given name to a father's or family name ("Tamim bin Hamad"). */
const ARABIC_NAME_LINK = new Set(['bin', 'bint', 'ibn', 'binti']);
/**
 * Abbreviated styles of address written before a name in mixed-case text: His (or Her) Excellency,
 * His Highness, His Royal Highness ("H.E." is the token "H.E" and a period). See honorificLead.
 */
const EXCELLENCY_STYLE = new Set(['HE', 'H.E', 'HH', 'H.H', 'HRH', 'H.R.H']);
/**
 * Malaysia's conferred titles written before a name ("Datuk", "Dato'", "Datin"; "Tan Sri" and
 * "Toh Puan" see malayTitleEnd), and the grades that may follow the first ("Datuk Seri", "Dato'
 * Sri", "Datin Paduka"): the public styles of the holders of Malaysia's federal and state honours.
 */
const MALAY_TITLE = new Set(['Datuk', 'Dato', 'Datin']);
const MALAY_TITLE_GRADE = new Set(['Seri', 'Sri', 'Paduka', 'Setia', 'Wira', 'Amar', 'Indera', 'Panglima']);
/** Styles that are given names as well (see styleAsGivenName). */
const GIVEN_NAME_STYLE = new Set(['sultan', 'amir']);
/** Whether a name's middle names end in "bin", "ibn"...: its last name is then the father's (see personFor). */
function endsWithNameLink(middle: readonly string[]): boolean {
  const n = middle.length;
  if (n === 0) return false;
  // (Asked at every look-up of a surname: the length test spares most names the lower-casing.)
  const w = middle[n - 1] as string;
  return w.length >= 3 && w.length <= 5 && (ARABIC_NAME_LINK.has(w) || ARABIC_NAME_LINK.has(w.toLowerCase()));
}
/** A family name with its article joined on ("al-Jaafari", "Al-Thani"); not "Albright". */
const ARABIC_FAMILY_PREFIX = /^al[-\u2011]/i;
/**
 * Offices with one holder per government or organisation, which a title names without a name:
 * "the Foreign Secretary", "the Secretary of State", "the Prime Minister" (see markHolder). Not
 * directors, commanders, ambassadors or spokespeople, of whom there are many.
 */
const HOLDER_HEAD = new Set(['minister', 'secretary', 'president', 'premier', 'chancellor', 'chairman', 'secretary-general']);
/**
 * Verbs after an office's title that make it the subject of one event, so the holder at the time
 * ("The Foreign Secretary met ...", "The Prime Minister spoke to ..."); a modal or "is" reads as the
 * office in general ("the President may waive ...", "the Secretary is responsible for ...").
 * Besides these, any word in "-ed". The present forms are a headline's ("Foreign Secretary welcomes ...").
 */
const HOLDER_VERB = new Set(['said', 'says', 'met', 'meets', 'spoke', 'speaks', 'told', 'tells', 'was', 'made', 'gave', 'took', 'held',
  'went', 'wrote', 'set', 'sent', 'led', 'chose', 'drew', 'thanked', 'welcomes', 'visits', 'condemns', 'announces', 'urges', 'calls', 'thanks',
  'travels', 'hosts', 'sets', 'makes', 'gives', 'also']);
/**
 * A headline's verbs in title case, which end a name before them on a title-case line ("Minister
 * Kato Inspects Upgraded Type 12", "Admiral Lee Visits Fleet"); words no surname is spelt as.
 */
const HEADLINE_NAME_VERB = new Set(['inspects', 'visits', 'meets', 'says', 'signs', 'receives', 'hosts', 'holds', 'attends', 'urges', 'welcomes',
  'announces', 'tours', 'vows', 'warns', 'calls', 'discusses', 'unveils', 'reaffirms', 'thanks', 'addresses', 'leads', 'opens', 'launches']);
/** Irregular past participles (and adverbs before one) after "has"/"had", which holderVerbAt asks about apart; regular ones end in "-ed" or "-en". */
const PARTICIPLE = new Set(['met', 'been', 'made', 'said', 'told', 'held', 'sent', 'led', 'set', 'spoken', 'written', 'given', 'taken', 'chosen', 'also', 'already', 'repeatedly', 'consistently']);
const CLAUSE_PUNCTUATION = new Set([',', '.', ';', ':']);
/** Punctuation that ends a sentence (see addressedAt). */
const SENTENCE_END = new Set(['.', '?', '!']);
/** Title words that are also family names, ending a name after its given name ("Angus King", "Hun Sen"): see titleWordSurname. */
const TITLE_WORD_SURNAME = new Set(['king', 'sen', 'major', 'bishop', 'dean', 'pope', 'knight', 'judge']);
/** Titles after which a title word of TITLE_WORD_SURNAME is a family name: "Senator King", "Rep. Bishop", "Mr. Major". */
const PERSONAL_TITLE = new Set(['senator', 'sen', 'representative', 'rep', 'congressman', 'congresswoman', 'mr', 'mrs', 'ms', 'dr']);
/** Words before a known figure's name that make it no reference to the person ("the Ronald Reagan", "a Putin ally"). */
const FIGURE_DETERMINER = new Set(['the', 'a', 'an']);
/** Words after a person's name that make the name a modifier or a place ("the Trump administration", "Putin regime", "Reagan Airport"). */
const NAME_AS_MODIFIER = new Set([
  'administration', 'administrations', 'government', 'regime', 'era', 'doctrine', 'presidency', 'cabinet', 'camp', 'campaign',
  'family', 'foundation', 'library', 'center', 'centre', 'airport', 'class', 'carrier', 'school', 'institute', 'museum', 'street', 'avenue', 'bridge',
]);
const VOCATIVE_PUNCTUATION = new Set([',', '.', '!', '?', ':']);
/** Honorific styles that stand before an office as "the" does ("Hon'ble Prime Minister"). */
const HONOURABLE = new Set(["hon'ble", 'hon’ble', 'honourable', 'honorable']);
/** Words before the comma of an office addressed by its full title ("Thank you, Deputy Prime Minister."). */
const ADDRESS_OPENER = new Set(['you', 'thanks', 'yes', 'no', 'well', 'so', 'and', 'but', 'sir', 'again', 'q']);
/** What a Japanese chief of staff heads, after the comma of the title (see the title walk). */
const STAFF_OR_FORCE = new Set(['staff', 'force']);
/**
 * Common English short forms of given names, by the full form in lower case: in a transcript an
 * official is thanked by the short form ("Thank you, Tony." to Antony Blinken, "Thanks, Mike." to
 * Michael Kurilla). Read for vocatives only (see findShortForms).
 */
const SHORT_GIVEN_NAMES: ReadonlyMap<string, readonly string[]> = new Map([
  ['anthony', ['tony']], ['antony', ['tony']], ['michael', ['mike']], ['william', ['bill', 'will']], ['robert', ['bob', 'rob']],
  ['james', ['jim', 'jimmy']], ['joseph', ['joe']], ['richard', ['rick', 'dick', 'rich']], ['thomas', ['tom']], ['daniel', ['dan']],
  ['david', ['dave']], ['charles', ['chuck', 'charlie']], ['peter', ['pete']], ['christopher', ['chris']], ['benjamin', ['ben']],
  ['patrick', ['pat']], ['matthew', ['matt']], ['nicholas', ['nick']], ['edward', ['ed', 'ted']], ['samuel', ['sam']],
  ['steven', ['steve']], ['stephen', ['steve']], ['alexander', ['alex']], ['jonathan', ['jon']], ['gregory', ['greg']],
  ['kenneth', ['ken']], ['lawrence', ['larry']], ['andrew', ['andy']], ['timothy', ['tim']], ['jeffrey', ['jeff']],
  ['ronald', ['ron']], ['donald', ['don']], ['douglas', ['doug']], ['philip', ['phil']], ['phillip', ['phil']],
  ['joshua', ['josh']], ['jacob', ['jake']], ['nathaniel', ['nate']], ['elizabeth', ['liz']], ['katherine', ['kate', 'kathy']],
  ['catherine', ['kate', 'cathy']], ['jennifer', ['jen']], ['rebecca', ['becky']], ['margaret', ['maggie']], ['deborah', ['deb']],
  ['patricia', ['pat']], ['christine', ['chris']], ['susan', ['sue']], ['abigail', ['abby']], ['victoria', ['vicky']],
]);
/** A given name's other forms by SHORT_GIVEN_NAMES, full or short: "Sam Paparo" is "Samuel J. Paparo" (see personFor). */
const OTHER_GIVEN_FORMS: ReadonlyMap<string, readonly string[]> = (() => {
  const forms = new Map<string, string[]>();
  const add = (a: string, b: string): void => { const list = forms.get(a); if (list === undefined) forms.set(a, [b]); else if (!list.includes(b)) list.push(b); };
  for (const [full, shorts] of SHORT_GIVEN_NAMES) for (const f of shorts) { add(full, f); add(f, full); }
  return forms;
})();
/** Punctuation after which a clause (and so a name alone) may begin: see surnameWithOffice. */
const CLAUSE_OPENER = new Set(['.', '"', '\u201c', '\u2018', "'", '(', ':', ';', '!', '?']);
const JR_SR = /^(jr|sr)$/i;
/** The Commonwealth's forms of the same suffixes, written without a period ("Gilberto Teodoro Jnr"). */
const JNR_SNR = /^(jnr|snr)$/i;
/** Styles of members of parliament and ministers before a name ("the Hon", "the Rt Hon"): see appositiveName. */
const PARLIAMENTARY_STYLE = new Set(['hon', 'honourable', 'honorable', 'rt', 'right', "hon'ble", 'hon’ble']);
/**
 * Post-nominal letters after a name: Commonwealth orders and decorations (the honours lists of the
 * UK, Australia and Canada), parliamentary and legal ones, and the US and Commonwealth services
 * written after an officer's name ("Cmdr. Jane Doe, USN"). See scanName.
 */
const POST_NOMINAL = new Set(['AO', 'AC', 'AM', 'OAM', 'CSC', 'DSC', 'DSM', 'CSM', 'MP', 'MLA', 'MSP', 'KC', 'QC', 'SC', 'OBE', 'CBE', 'MBE',
  'KBE', 'DBE', 'GBE', 'KCB', 'GCB', 'CB', 'DSO', 'MC', 'DFC', 'VC', 'GC', 'CH', 'PC', 'KCMG', 'CMG', 'GCMG', 'KCVO', 'CVO', 'LVO', 'MVO', 'ADC',
  'FRS', 'QPM', 'USN', 'USMC', 'USAF', 'USCG', 'RN', 'RAN', 'RAAF', 'RNZN', 'PhD']);
const DEFENCE = /defence/g;
/** A defense or war secretary's office, lower case (see titleForm). */
const WAR_OR_DEFENSE_SECRETARY = /\b(?:secretary of (?:defense|war)|(?:defense|war) secretary)\b/;
/** Ranks whose grades ("Lieutenant General", "Vice Admiral") later references leave out. */
const GRADED_RANK = new Set(['general', 'admiral', 'colonel']);
/**
 * Titles that "the leader" never refers to: "The two leaders" and "the Russian leader" are any
 * senior officials (ministers too), but not a spokesperson or press officer ("The Russian leader"
 * after "Kremlin spokesman Dmitry Peskov ... President Vladimir Putin" is the president).
 */
const NOT_A_LEADER = /\b(?:spokesman|spokeswoman|spokesperson|press)\b/;
/** Titles of a country's diplomats: its foreign ministers and their deputies, ambassadors, envoys, consuls ("the Russian diplomat"). */
const DIPLOMATIC_TITLE = /\b(?:foreign|external affairs|secretary of state(?! for)|ambassador|envoy|consul|chargé|charge d'affaires|diplomat|high representative)/;
/**
 * Titles of a country's envoy to a body or a state, whom news also calls its "envoy" or, at the
 * United Nations and in conferences, its "delegate" ("Russian Ambassador Vassily Nebenzia" ...
 * "The Russian delegate", "the Chinese envoy"): ambassadors, permanent representatives and
 * envoys, not consuls or foreign ministers.
 */
const ENVOY_TITLE = /\b(?:ambassador|envoy|(?:permanent |deputy |alternate )?representative (?:to|of|at)\b|permanent representative|delegate|chargé|charge d'affaires|emissary)/;
/**
 * Other words for the office a reference's head names (see fitsTest): "the Danish premier" is the
 * prime minister, "the Chinese envoy" an ambassador or permanent representative, "the spokesman" a
 * "Foreign Ministry spokesperson" (one office, three words).
 */
const HEAD_ALSO = new Map<string, RegExp>([['premier', /prime minister/], ['envoy', ENVOY_TITLE],
  ['spokesman', SPOKES_TITLE], ['spokeswoman', SPOKES_TITLE], ['spokesperson', SPOKES_TITLE],
  // A Senate committee's chair or ranking member, or the Senate's leader, is a senator: "Senate
  // Armed Services Committee Chairman Roger Wicker ... The senator said".
  ['senator', /^(?:u\.s\. )?senate\b.*\b(?:chair(?:man|woman|person)?|ranking member|leader|whip)$/]]);
const FOREIGN_MINISTER = /\b(?:foreign (?:minister|secretary)|secretary of state(?! for)|minister (?:of|for) foreign affairs|(?:external affairs|foreign affairs) minister|minister of external affairs|minister for europe and foreign affairs|foreign policy chief|high representative for foreign affairs)\b/;
/** Two to six capital letters: an office's initials ("COAS", "CJCS", "NSA"). */
const isTitleInitials = (t: string): boolean => t.length >= 2 && t.length <= 6 && /^[A-Z]+$/.test(t);
/** A person's portfolio by their title: foreign affairs or defence (see unstatedCounterpart). */
function portfolioOf(p: Person): string | undefined {
  const title = p.title?.toLowerCase();
  if (title === undefined) return undefined;
  const foreign = FOREIGN_MINISTER.exec(title);
  const office = foreign ?? DEFENCE_OFFICE.exec(title);
  if (office === null) return undefined;
  const portfolio = foreign !== null ? 'foreign' : 'defence';
  // A deputy's is a portfolio of its own: the defence minister's counterpart is the other
  // defence minister, not the deputy named since ("Polish Defense Minister A ... Polish Deputy
  // Defense Minister B also attended ... his Polish counterpart" is A). Only a deputy of that
  // office: "Deputy Prime Minister and Defence Minister" holds it.
  return JUNIOR_WORD.has(wordBefore(title, office.index)) ? `${portfolio} deputy` : portfolio;
}
/** Words that make an office a deputy's or a junior's (see portfolioOf, heldInPast). */
const JUNIOR_WORD = new Set(['vice', 'deputy', 'assistant', 'under', 'junior', 'first']);
/**
 * The word of a lower-case title right before offset `at`, when a space or a hyphen ends it
 * ("deputy" of "deputy defense minister", "under" of "under-secretary"); '' otherwise.
 */
function wordBefore(s: string, at: number): string {
  const end = at - 1;
  if (end < 0 || (s.charCodeAt(end) !== 32 && s.charCodeAt(end) !== 45)) return '';
  let from = end;
  while (from > 0 && s.charCodeAt(from - 1) !== 32 && s.charCodeAt(from - 1) !== 45) from--;
  return s.slice(from, end);
}
/** A defence office in a lower-case title (see unstatedCounterpart). */
const DEFENCE_OFFICE = /\b(?:defen[cs]e (?:minister|secretary)|minister (?:of|for) (?:national )?defen[cs]e|secretary of (?:state for )?defen[cs]e|secretary of national defen[cs]e|armed forces minister|minister (?:of|for) (?:the )?armed forces)\b/;
/** Royal styles that stand as a title before a name until an office is given (see noteAppositiveOffice). */
const ROYAL_STYLE = new Set(['sheikh', 'sheikha', 'prince', 'princess']);
/** Words that make a plural role the members of a multilateral body (see unnamedGroupBefore). */
const MULTILATERAL = new Set(['union', 'allied', 'alliance', 'member', 'g7', 'g20', 'quad']);
/** Words for the one organisation a defence story is about, before a role ("the alliance chief"). */
const BLOC_WORD = new Set(['alliance', 'bloc']);
/**
 * Single-word seats of government that news writes for a country's leadership ("the Kremlin
 * leader" is Russia's president; "the Elysee", France's).
 */
const SEAT_OF_GOVERNMENT = new Map([['kremlin', 'Russia'], ['elysee', 'France'], ['élysée', 'France'], ['zhongnanhai', 'China']]);
/**
 * A department known by its building or initials, before "chief" or "head", for the office that
 * heads it, as news writes it: "the Pentagon chief" is the US secretary of defense, "the DND chief"
 * the Philippine secretary of national defense (see findNominals).
 */
const DEPARTMENT_HEAD = new Map<string, { country: string; head: string; words: readonly string[] }>([
  ['pentagon', { country: 'United States', head: 'secretary', words: ['defense', 'secretary'] }],
  ['dnd', { country: 'Philippines', head: 'secretary', words: ['defense', 'secretary'] }],
]);
/** Common nouns for an organisation whose possessive may open a reference ("the bloc's top diplomat"). */
const ORG_POSSESSOR = new Set(['bloc', 'alliance', 'union', 'organization', 'organisation', 'agency', 'ministry', 'department', 'group']);
/** Qualifiers that make a head-of-state title another office ("Vice President", "Deputy Prime Minister"). */
const NOT_HEAD = /\b(?:vice|deputy)\b/;
/** Titles of heads of state, who "the head of state" is: presidents and monarchs. */
const STATE_HEAD = /\b(?:president|king|queen|emir|sultan|monarch|emperor|supreme leader)\b/;

/** Whether a reference is "the head of state" (with a nationality or not: "the French head of state"). */
function namesStateHead(nom: Nominal): boolean {
  return namesHeadOf(nom, 'state');
}

/** Whether a reference is "the head of <what>" ("the head of state", "The head of government"), one person. */
function namesHeadOf(nom: Nominal, what: string): boolean {
  if (nom.head !== 'head' || nom.plural) return false;
  const w = nom.words;
  const at = w.indexOf('head');
  return at >= 0 && at === w.length - 3 && w[at + 1] === 'of' && w[at + 2] === what;
}

/** Titles of heads of government, who "the head of government" is (not the UK's finance minister, its "Chancellor of the Exchequer"). */
const GOVERNMENT_HEAD = /\b(?:prime minister|premier|taoiseach)\b|\bchancellor\b(?! of the exchequer)/;

/** Heads of state or government and monarchs: who "the Russian leader" is when no Russian official fits. A bare "Leader" is one too, as North Korea titles its leader. */
const HEAD_OF_STATE = /\b(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|supreme leader|crown prince|taoiseach)\b|^leader$/;
/** Rank abbreviations in a lower-case title, and the words they stand for (see titleForm). */
const RANK_ABBREVIATED = /\b(gen|adm|col|lt|maj|capt|brig|sgt|cmdr|cdr|sen|rep|gov)\./g;
/** A title opening with a military rank abbreviated without its period ("lt gen", "maj gen", "brig"), and those words in it. */
const UNDOTTED_RANK = /^(?:gen|adm|col|lt|maj|capt|brig|sgt|cmdr|cdr)(?: |$)/;
const UNDOTTED_RANK_WORD = /\b(gen|adm|col|lt|maj|capt|brig|sgt|cmdr|cdr)\b(?![.'’-])/g;

/**
 * A title in lower case with its abbreviated ranks written out: "gen." or, as Commonwealth forces
 * write them without periods at the title's start, "lt gen" ("the General" fits either).
 */
function writtenRanks(title: string): string {
  let out = title;
  if (out.indexOf('.') >= 0) out = out.replace(RANK_ABBREVIATED, (_, a: string) => RANK_WRITTEN[a] ?? a);
  // (The regular expression only after a cheap test of the first letter: g, a, c, l, m, b, s.)
  const c0 = out.charCodeAt(0);
  if ((c0 === 103 || c0 === 97 || c0 === 99 || c0 === 108 || c0 === 109 || c0 === 98 || c0 === 115) && UNDOTTED_RANK.test(out)) {
    out = out.replace(UNDOTTED_RANK_WORD, (_, a: string) => RANK_WRITTEN[a] ?? a);
  }
  return out;
}
const RANK_WRITTEN: Record<string, string> = {
  gen: 'general', adm: 'admiral', col: 'colonel', lt: 'lieutenant', maj: 'major', capt: 'captain',
  brig: 'brigadier', sgt: 'sergeant', cmdr: 'commander', cdr: 'commander',
  // Legislators and governors: "Sen. Roger Wicker" is "the senator".
  sen: 'senator', rep: 'representative', gov: 'governor',
};
const PRIME = /\bprime\b/i;
const PM_WORD = /\bpm\b/g;
/** Nouns after a family's name that make it the name of a group called after the family ("Houthi rebels"). */
const GROUP_NOUN = new Set(['rebels', 'forces', 'fighters', 'militia', 'militias', 'movement', 'group', 'attacks', 'attack', 'missiles', 'drones', 'officials', 'leaders', 'authorities', 'government', 'regime', 'clan', 'tribe', 'family', 'control', 'territory', 'positions', 'targets']);
/** Party abbreviations of the UK House of Commons as Hansard writes them after a Member's constituency. */
const PARTY_ABBREVIATION = new Set(['Con', 'Lab', 'LD', 'SNP', 'DUP', 'PC', 'Green', 'Ind', 'Reform', 'SDLP', 'UUP', 'TUV', 'Alba', 'Lab/Co-op', 'Co-op', 'Spkr', 'APNI', 'SF', 'Alliance', 'Independent']);
/** Small words a speaker label may hold between its capitalised ones (see isSpeakerLabel). */
const SPEAKER_LABEL_SMALL = new Set(['of', 'the', 'and', 'for', 'de', 'van', 'von', 'al', 'bin']);
/**
 * A transcript's speaker label up to its colon: capitalised words (initials and abbreviations
 * too) and a title's small words. A loop, not a Unicode-property expression: making one of those
 * sets up ICU's tables, which a fresh command line otherwise never pays for (see text.ts).
 */
function isSpeakerLabel(label: string): boolean {
  let words = 0;
  for (const w of label.split(' ')) {
    if (w === '') continue;
    words++;
    if (SPEAKER_LABEL_SMALL.has(w)) continue;
    const c = w.charAt(0);
    if (c === c.toLowerCase() || c !== c.toUpperCase()) return false;
  }
  return words > 0;
}
/** A token ending in a digit: a number, or the minutes of "10:30". */
const DIGIT_END = /\d$/;
/** "U.N." and "E.U." as "un" and "eu" in a lower-case title (references write either). */
const DOTTED_ORG = /\b(u|e)\.(n|u)\b\.?/g;
/** News writing's "<organisation> chief" for the office that heads it (see officeForm). */
const NEWS_CHIEF = /\b(pentagon|nato|un|iaea) (?:chief|head)\b/;
const NEWS_CHIEF_OFFICE: Record<string, string> = {
  pentagon: 'defense secretary secretary of defense',
  nato: 'secretary general secretary-general',
  un: 'secretary general secretary-general',
  iaea: 'director general director-general',
};
/**
 * A title as references are matched against it (see OfficialRecognizer.titleForm): lower case,
 * "defence" spelled "defense", rank abbreviations written out, `other` (a second office) after it,
 * and "war defense" added to a defense or war secretary's.
 */
function officeForm(office: string, other: string | undefined): string {
  let title = office.toLowerCase().replace(DEFENCE, 'defense');
  if (other !== undefined) title += ` ${other.toLowerCase().replace(DEFENCE, 'defense')}`;
  // "Deputy PM" is "the deputy prime minister" (see isPrimeMinisterAbbreviation).
  if (title.indexOf('pm') >= 0) title = title.replace(PM_WORD, 'prime minister');
  // "the defence minister" after "Raksha Mantri Rajnath Singh": the title in English too.
  if (title.indexOf('mantri') >= 0) title += ` ${title.split(' ').map((w) => HINDI_OFFICE_WORD.get(w)).filter((w) => w !== undefined).join(' ')}`;
  title = writtenRanks(title);
  if (title.indexOf('.') >= 0) title = title.replace(DOTTED_ORG, '$1$2');
  // The US secretary of defense is also the secretary of war (see US_TITLE): either name fits.
  if (WAR_OR_DEFENSE_SECRETARY.test(title)) title += ' war defense';
  // India's "External Affairs Minister" is its foreign minister ("the Foreign Minister" later).
  if (title.indexOf('external affairs') >= 0) title += ' foreign minister';
  // Headline titles for an office ("Pentagon chief Lloyd Austin", "NATO chief Mark Rutte"): the
  // office itself, so that "the defense secretary" and "the secretary general" find them.
  if (title.indexOf('chief') >= 0 || title.indexOf('head') >= 0) {
    const office = NEWS_CHIEF.exec(title);
    if (office) title += ` ${NEWS_CHIEF_OFFICE[office[1] as string] as string}`;
  }
  return title;
}
/** A possessive ending: "'s", or "'S" in capitals ("SHOIGU'S" in a headline; see isPossessive). */
const POSSESSIVE_S = /(?:['’]s|(?<![a-z])['’]S)$/;

/**
 * `fn` with its answers kept per argument. The hot paths below ask the same few strings again and
 * again (surnames at every mention, titles of people without a country); the table is emptied
 * when it reaches `limit` entries, so its memory stays bounded however long the process runs.
 * Keys are stored as detachedCopy: titles are slices of the text (see titleText), and a slice kept
 * in a table that outlives the call would keep that call's whole text alive. Only misses copy.
 */
function cachedPerString<T>(fn: (s: string) => T, limit = 50_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      v = fn(s);
      if (cache.size >= limit) cache.clear();
      cache.set(detachedCopy(s), v);
    }
    return v;
  };
}


/** US_TITLE.test, cached per title: it was asked at every mention of a person with no country. */
const isUsTitle = cachedPerString((title) => US_TITLE.test(title) && !UK_TITLE.test(title), 10_000);
/** India's ministers by their Hindi titles ("Raksha Mantri", Defence Minister) in its government's English releases. */
const INDIA_TITLE = /\bmantri\b/i;
/**
 * The words of those Hindi titles in English, as the Government of India's releases translate
 * them: "Raksha Mantri" (Defence Minister), "Rajya Raksha Mantri" (Minister of State for Defence),
 * "Pradhan Mantri" (Prime Minister), "Videsh Mantri" (External Affairs Minister).
 */
const HINDI_OFFICE_WORD = new Map([['mantri', 'minister'], ['raksha', 'defense'], ['pradhan', 'prime'], ['videsh', 'external'], ['rajya', 'state']]);
/** The country a title alone names ('' for none), cached per title: it is asked at every mention of a person with no country. */
const titleCountry = cachedPerString((title) => (UK_TITLE.test(title) ? 'United Kingdom' : US_TITLE.test(title) ? US : INDIA_TITLE.test(title) ? 'India' : ''), 10_000);

/** A US legislator's party and state as written in parentheses after the name: "R-Miss", "D-WA", "I-Vt". */
const PARTY_STATE = /^[RDI]-[A-Z][A-Za-z]{0,4}$/;
/** A commander's unit, its last word (see unitAfterCommander). */
const UNIT_WORD = new Set(['fleet', 'fleets', 'division', 'brigade', 'wing', 'squadron', 'regiment', 'battalion', 'flotilla', 'corps']);
const ORDINAL_WORD = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', '1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th']);
const REGION_WORD = new Set(['pacific', 'atlantic', 'europe', 'africa', 'asia', 'mediterranean', 'baltic', 'arctic', 'northern', 'southern', 'eastern', 'western', 'central', 'black', 'sea', 'north', 'south', 'east', 'west']);

/** Words before "General" in an office's name, not a rank's ("Inspector General", "Judge Advocate General"). */
const GENERAL_OFFICE = new Set(['inspector', 'attorney', 'secretary', 'surgeon', 'director', 'governor', 'advocate', 'adjutant', 'quartermaster', 'solicitor', 'auditor', 'comptroller', 'procurator', 'consul', 'postmaster']);

/** Plural nouns for the countries of a bilateral story, before their possessive's apostrophe (see countriesPossessiveAt). */
const COUNTRIES_NOUN = new Set(['countries', 'nations', 'sides', 'governments', 'states']);

/**
 * Whether consecutive words of a lower-cased title have the letters of `initials` as their first
 * letters, small words passed over: "The IAEA chief" is the "International Atomic Energy Agency
 * Director General", "the OSCE head" the "Organization for Security and Co-operation in Europe"'s
 * (a hyphenated word gives the first letter of each part). Asked only of a reference's word of two
 * to six letters, written in capitals, that the title does not contain as written.
 */
function spellsInitials(title: string, initials: string): boolean {
  if (initials.length < 2 || initials.length > 6) return false;
  const letters: string[] = [];
  for (const word of title.split(' ')) {
    if (INITIALS_SMALL_WORD.has(word)) { letters.push(''); continue; }
    for (const part of word.split('-')) if (part.length > 0) letters.push(part.charAt(0));
  }
  for (let from = 0; from < letters.length; from++) {
    let k = 0;
    for (let j = from; j < letters.length && k < initials.length; j++) {
      const c = letters[j] as string;
      if (c === '') continue;
      if (c !== initials.charAt(k)) break;
      k++;
    }
    if (k === initials.length) return true;
  }
  return false;
}

/**
 * Whether text[from, to) has `lower` written in capitals as a word of its own ("IAEA" in "The IAEA
 * chief"): a character scan, not an expression built for every reference's words.
 */
function writtenInCapitals(text: string, from: number, to: number, lower: string): boolean {
  const upper = lower.toUpperCase();
  for (let at = text.indexOf(upper, from); at >= 0 && at + upper.length <= to; at = text.indexOf(upper, at + 1)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    const after = at + upper.length < text.length ? text.charCodeAt(at + upper.length) : 32;
    if (!isWordCode(before) && !isWordCode(after)) return true;
  }
  return false;
}

/** An ASCII letter, digit or underscore (a word character of a regular expression's \b). */
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Whether `word` occurs in s with no letter before it ("hal" opens no word of "air chief marshal"). */
function startsWordIn(s: string, word: string): boolean {
  for (let at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + 1)) {
    const before = at > 0 ? s.charCodeAt(at - 1) : 32;
    if (!(before >= 97 && before <= 122)) return true;
  }
  return false;
}

/** Small words an organisation's initials leave out ("of", "for", "and", "the", "in"). */
const INITIALS_SMALL_WORD = new Set(['of', 'for', 'and', 'the', 'in', 'on', '&']);

/**
 * Whether a person's title is a cabinet secretary's, a minister under another name: "Foreign
 * Secretary", "Defence Secretary", "Secretary of State", "Secretary of the Navy" (not a press,
 * permanent, parliamentary or deputy secretary, nor a secretary-general).
 */
function isCabinetSecretary(p: Person): boolean {
  const t = p.title?.toLowerCase();
  return t !== undefined && /\bsecretary\b/.test(t) && !/secretary-general|general secretary|press|permanent|parliamentary|private|deputy|under|assistant|executive|party/.test(t);
}

/** Whether a person's title is a spokesperson's ("ministry spokesman", "Spokesperson for ..."). */
function isSpokesperson(p: Person): boolean {
  return p.title !== undefined && /\bspokes(?:man|woman|person)\b/i.test(p.title);
}
/** Prefixes of a hyphenated title that qualify the office after them ("vice-chairman", "deputy-director"; see findNominals). */
const QUALIFIER_PREFIX = new Set(['vice', 'deputy', 'assistant', 'under', 'co']);
/**
 * Plural nouns that are no title but, counted ("The two negotiators", "Both speakers"), stand for
 * that many officials just named, as "the two men" does: mapped to the head they resolve by.
 * Their two-word forms are keyed by the first word: "general officers" and "flag officers" are
 * the military's words for generals and for admirals (resolved as "the two generals" are, or by
 * any rank). Not "service chiefs": a chief of defence staff named with them is none, and would be
 * taken for one. See countedGroupNoun.
 */
// (Also "The two mediators", "The four lawmakers"; and "The two commissioners", who are the
// commissioners named, resolved as "the two ministers" are. And "Both officers" after a general
// and an admiral, by any rank as "flag officers" are; "both witnesses" after two people
// testifying, "The two executives" after a company's president and its chairman: counted, the
// people just named, whatever their titles.)
const COUNTED_GROUP_NOUN = new Map([['negotiators', 'official'], ['speakers', 'official'], ['panelists', 'official'], ['panellists', 'official'],
  ['mediators', 'official'], ['lawmakers', 'official'], ['commissioners', 'commissioner'], ['officers', 'officer'], ['witnesses', 'official'], ['executives', 'official']]);
/** The two-word counted group nouns (see COUNTED_GROUP_NOUN): first word, then the plural and the head it resolves by. */
const COUNTED_GROUP_PAIR = new Map([['general', ['officers', 'general']], ['flag', ['officers', 'officer']]]);
/** The head a counted group's noun at word `w` (then `next`) resolves by, or undefined (see COUNTED_GROUP_NOUN). */
function countedGroupNoun(w: string, next: Token | undefined): string | undefined {
  const one = COUNTED_GROUP_NOUN.get(w);
  if (one !== undefined) return one;
  const pair = COUNTED_GROUP_PAIR.get(w);
  return pair !== undefined && next !== undefined && next.lower === pair[0] ? pair[1] : undefined;
}
/** A Korean given name as romanised, two syllables joined by a hyphen ("Jae-il", "Won-sik"); see writtenFamilyFirst. */
const KOREAN_GIVEN_NAME = /^[A-Z][a-z]{1,4}-[a-z]{1,4}$/;
/** Heads of a cabinet office that a department of several portfolios stands before (see joinedPortfolioStart). */
const JOINED_PORTFOLIO_HEAD = new Set(['secretary', 'minister', 'commissioner']);
/**
 * Words of departments' portfolios that neither TITLE_MODIFIER nor OFFICE_WORD lists, as cabinets
 * join them ("Business and Trade", "Energy Security and Net Zero", "Work and Pensions", "Culture,
 * Media and Sport", "Levelling Up, Housing and Communities"); see joinedPortfolioStart.
 */
const JOINED_PORTFOLIO = new Set(['business', 'net', 'zero', 'work', 'pensions', 'skills', 'universities', 'levelling', 'up', 'communities',
  'food', 'rural', 'local', 'care', 'equalities', 'arts', 'heritage', 'enterprise', 'regions', 'resources', 'mining']);
/** Last words of a country's armed service after "commander of" (see countryServiceEnd). */
const ARMED_SERVICE_END = new Set(['force', 'forces', 'navy', 'army', 'fleet', 'corps', 'guard']);
/** Verbs after "The two" that make the count alone a group of officials ("The two agreed"; see findNominals). */
const BARE_GROUP_VERB = new Set(['agreed', 'discussed', 'met', 'signed', 'held', 'spoke', 'talked', 'exchanged', 'reaffirmed', 'pledged', 'vowed',
  'welcomed', 'expressed', 'emphasized', 'emphasised', 'underscored', 'stressed', 'noted', 'reviewed', 'shook', 'inspected', 'toured', 'visited',
  'were', 'are', 'will', 'would', 'have', 'had', 'also', 'later', 'last', 'previously', 'jointly']);
/** Words between a delegate's country and the verb of saying: "(France) both stressed", "(United Kingdom), responding, said" (no DELEGATE_VERB among them). */
const DELEGATE_LEAD = new Set(['both', 'also', 'then', 'further', 'responding', 'replying', 'concluding']);
/** Verbs of leading before "by" and the leader's name (see bodyLedBy). */
const LED_VERB = new Set(['led', 'headed', 'chaired']);
/** Bodies whose leader "led by" or "headed by" names (see bodyLedBy). */
const LED_BODY = new Set(['delegation', 'delegations', 'team', 'organization', 'organisation', 'agency', 'ministry', 'department', 'office', 'commission',
  'committee', 'mission', 'panel', 'directorate', 'council', 'authority', 'administration', 'bureau', 'service', 'command', 'staff', 'secretariat', 'government', 'cabinet']);
/** Roles whose holder is someone's counterpart (see findTitledAndCuedNames). */
const COUNTERPART_ROLE = new Set(['counterpart', 'counterparts', 'colleague']);
/** A person's predecessor and successor in an office, named after an owner's possessive too ("Austin's successor Pete Hegseth"). */
const SUCCESSION_ROLE = new Set(['predecessor', 'successor']);
/** Countries whose cabinet ministers are secretaries ("Defence Secretary", "Secretary of National Defense"). */
const SECRETARY_COUNTRIES = new Set([US, 'United Kingdom', 'Philippines']);
/** A defence, foreign or home secretary's office, whose holder elsewhere is a minister. */
const SECRETARY_OFFICE = /^(Defen[cs]e|Foreign|Home) Secretary$/i;
/**
 * The office of a counterpart of a holder of `title`, from `country`: the same office, but a
 * minister where the holder's country calls the office a secretary's ("Defence Secretary John
 * Healey and his German counterpart Boris Pistorius": Pistorius is a defence minister, and "The
 * Defence Secretary said" is Healey).
 */
function counterpartOffice(title: string, country: string | undefined): string {
  if (country === undefined) return title;
  // And the other way: "Turkish Defence Minister Yaşar Güler thanked his British counterpart,
  // John Healey": Healey is the Defence Secretary.
  if (SECRETARY_COUNTRIES.has(country)) {
    const m = MINISTER_OFFICE.exec(title);
    if (m === null) return title;
    const office = (m[1] as string).toLowerCase();
    const table = country === US ? US_SECRETARY : country === 'Philippines' ? PHILIPPINE_SECRETARY : UK_SECRETARY;
    return table.get(office.startsWith('defen') ? 'defence' : office) ?? title;
  }
  if (!SECRETARY_OFFICE.test(title)) return title;
  return title.replace(/Secretary$/, 'Minister').replace(/SECRETARY$/, 'MINISTER').replace(/secretary$/, 'minister');
}
/** A defence, foreign or interior minister's office (see counterpartOffice). */
const MINISTER_OFFICE = /^(Defen[cs]e|Foreign|Interior|Home) Minister$/i;
/** Those offices as the United Kingdom, the United States and the Philippines call them. */
const UK_SECRETARY = new Map([['defence', 'Defence Secretary'], ['foreign', 'Foreign Secretary'], ['interior', 'Home Secretary'], ['home', 'Home Secretary']]);
const US_SECRETARY = new Map([['defence', 'Defense Secretary'], ['foreign', 'Secretary of State'], ['interior', 'Homeland Security Secretary'], ['home', 'Homeland Security Secretary']]);
const PHILIPPINE_SECRETARY = new Map([['defence', 'Defense Secretary'], ['foreign', 'Foreign Affairs Secretary'], ['interior', 'Interior Secretary'], ['home', 'Interior Secretary']]);

/** A title that is a rank alone, with its service ("Gen.", "Air Force Gen.", "Vice Adm."). */
const RANK_ONLY_TITLE = /^(?:(?:Army|Navy|Air|Force|Marine|Corps|Space|Lt|Lieutenant|Maj|Major|Brig|Brigadier|Vice|Rear|Gen|General|Adm|Admiral|Col|Colonel)\.?\s*)+$/i;
/** A title that ends in a general officer's or colonel's rank ("... of Staff Air Force Gen."). */
const RANK_LAST = /(?:^|\s)(?:Gen\.?|Adm\.?|Col\.?|(?:Lieutenant|Major|Brigadier) General|(?:Vice |Rear )?Admiral|Colonel)$/;
/** A commissioned officer's rank, written out or short, anywhere in a title ("The Pakistani officer" is "Air Vice Marshal Tariq Ghazi"). */
const MILITARY_RANK_WORD = /\b(?:general|admiral|marshal|colonel|commodore|brigadier|major|captain|lieutenant|commander|gen|adm|col|brig|maj|capt|lt|cdr|cmdr|avm)\b/i;
/** Civil offices with a rank's word in them ("Secretary-General", "Lieutenant Governor", "General Manager"). */
const CIVIL_GENERAL = /\b(?:(?:secretary|attorney|governor|director|inspector|surgeon|solicitor|consul|auditor|postmaster|accountant|comptroller|advocate|judge)[- ]general|general (?:manager|secretary|counsel|assembly)|lieutenant[- ]governor|commander[- ]in[- ]chief)\b/gi;
/** Short forms of ranks' head words (see headRank). */
const RANK_HEAD_WORD: Record<string, string> = { gen: 'general', adm: 'admiral', col: 'colonel', brig: 'brigadier', maj: 'major', capt: 'captain', lt: 'lieutenant', cdr: 'commander', cmdr: 'commander' };
/**
 * The head word of the last military rank in a title, written out ("Senior Colonel" -> colonel,
 * "Lt. Gen." -> general, "Vice Admiral" -> admiral), or undefined when it has none. A grade's
 * first word ("Lieutenant" of "Lieutenant General") is not the head: the last rank word is.
 */
function headRank(title: string): string | undefined {
  let last: string | undefined;
  const text = title.replace(CIVIL_GENERAL, '');
  const re = RANK_WORD_ALL;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const w = (m[0] as string).toLowerCase();
    last = RANK_HEAD_WORD[w] ?? w;
  }
  return last;
}
/** MILITARY_RANK_WORD, global, for headRank's walk (one object, its lastIndex reset per call). */
const RANK_WORD_ALL = new RegExp(MILITARY_RANK_WORD.source, 'gi');
/** A military officer: a rank after the office, or a rank for a title or at its end. */
function isOfficer(p: Person): boolean {
  return (p.rank !== undefined && RANK_LAST.test(` ${p.rank}`)) || (p.title !== undefined && (RANK_ONLY_TITLE.test(p.title) || RANK_LAST.test(p.title)));
}

const lowerBase = (t: Token): string => t.key;
/** Hyphenated Arabic articles and kin words before a capital ("al-Assad", "bin-Salman"). */
const NAME_PREFIXES = new Set(['al', 'el', 'ad', 'as', 'ash', 'at', 'an', 'ar', 'bin', 'ibn', 'abu', 'ben']);
/**
 * Length of such a prefix with its hyphen at the start of `s`, or 0: what
 * /^(al|el|ad|as|ash|at|an|ar|bin|ibn|abu|ben)-(?=\p{Lu})/u matches, written out so that an ASCII
 * name never makes the Unicode expression (see upperAt in text.ts).
 */
function namePrefixLength(s: string): number {
  const h = s.indexOf('-');
  // (Capitalised too, as Egyptian and Gulf names are often written: "El-Sisi", "Al-Sudani".)
  if (h < 2 || h > 3 || !NAME_PREFIXES.has(s.slice(0, h).toLowerCase())) return 0;
  return upperAt(s, h + 1) ? h + 1 : 0;
}
/**
 * The key two spellings of one surname share ("al-Assad" and "Assad", "Orbán" and "Orban"): without
 * its article prefix, in lower case, and without accents (both spellings are common in English
 * text). ASCII names (most of them) skip the Unicode decomposition.
 */
const surnameKey = cachedPerString((s) => {
  const lower = s.slice(namePrefixLength(s)).toLowerCase();
  return slavicEnding(isAscii(lower) ? lower : lower.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
});
/**
 * One key for the transliterations of the Slavic "-ский"/"-ський" ending that English text mixes:
 * "Zelenskyy", "Zelenskiy", "Zelenskyi" and "Zelensky" are one surname.
 */
function slavicEnding(key: string): string {
  const n = key.length;
  if (n < 6 || key.charCodeAt(n - 3) !== 107 || key.charCodeAt(n - 4) !== 115) return key;
  const tail = key.slice(n - 2);
  return tail === 'yy' || tail === 'iy' || tail === 'ii' || tail === 'yi' ? `${key.slice(0, n - 2)}y` : key;
}
/**
 * A first name in lower case, cached per name: the names are mostly token texts, kept strings whose
 * hash V8 has already computed, so the table answers without building a string, and its answer
 * (also kept) is then looked up in the first-name tables without hashing again (personFor asked
 * toLowerCase and then a Map with the new string at every name with a first name).
 */
const firstNameLower = cachedPerString((s) => s.toLowerCase());
/**
 * Ends in "'s" or "’s" and is longer than that (a character test: this runs for most name words),
 * or in "'S" after a letter that is not lower case: headlines and speaker labels in capitals
 * write "SHOIGU'S", whose name is "Shoigu" and whose span ends before the apostrophe.
 */
const isPossessive = (t: Token): boolean => {
  const x = t.text;
  const n = x.length;
  if (n <= 2) return false;
  const s = x.charCodeAt(n - 1);
  if (s !== 115 && s !== 83) return false;
  const q = x.charCodeAt(n - 2);
  if (q !== 39 && q !== 0x2019) return false;
  if (s === 115) return true;
  const before = x.charCodeAt(n - 3);
  return !(before >= 97 && before <= 122);
};

/** Whether a UTF-16 unit is one of JavaScript's whitespace characters (`\s`). */
function isWhitespace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/**
 * Whether `word` (not empty, without whitespace) is one of the whitespace-separated words of `s`:
 * `s.split(/\s+/).includes(word)` without building the words. fitsTest asks it for the title
 * qualifiers ("press", "deputy"); the split word lists kept per person were most of stage 3's
 * garbage (0.4 MB per 1 MB pass for 1,100 titles).
 */
export function hasWord(s: string, word: string): boolean {
  const n = word.length;
  for (let at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + 1)) {
    if ((at === 0 || isWhitespace(s.charCodeAt(at - 1))) && (at + n === s.length || isWhitespace(s.charCodeAt(at + n)))) return true;
  }
  return false;
}

/**
 * Whether `head` occurs in a title where no letter goes on after it: "president" is in "vice
 * president" and "president-elect", not in "presidential spokesman" (see fitsTest).
 */
function hasHead(title: string, head: string): boolean {
  for (let at = title.indexOf(head); at >= 0; at = title.indexOf(head, at + 1)) {
    const next = title.charCodeAt(at + head.length);
    if (!(next >= 97 && next <= 122)) return true;
  }
  return false;
}

/** QUALIFIER's words in a fixed order: word k is bit k of the masks below. */
const QUALIFIER_LIST = [...QUALIFIER];
/** qualifiersIn's bits for the qualifiers that open a hyphenated word start here. */
const HYPHENED_SHIFT = 16;

/** The bits (see QUALIFIER_LIST) of a list of qualifiers. */
function qualifierMask(words: readonly string[]): number {
  let m = 0;
  for (const w of words) { const k = QUALIFIER_LIST.indexOf(w); if (k >= 0) m |= 1 << k; }
  return m;
}

/**
 * Which qualifiers a lower-case title has as words (bit k for QUALIFIER_LIST[k]) and which open a
 * hyphenated word of it (bit HYPHENED_SHIFT + k), worked out once per title: stage 3 asked every
 * person's title for each qualifier a reference leaves out (profile: ten string searches per
 * person and reference, most of fittingFor).
 */
const qualifiersIn = cachedPerString((title: string): number => {
  let m = 0;
  for (let k = 0; k < QUALIFIER_LIST.length; k++) {
    const q = QUALIFIER_LIST[k] as string;
    if (hasWord(title, q)) m |= 1 << k;
    if (hasHyphenedWord(title, q)) m |= 1 << (HYPHENED_SHIFT + k);
  }
  return m;
}, 10_000);

/** Whether `word` opens a hyphenated word of `s` ("under" in "under-secretary-general"). */
function hasHyphenedWord(s: string, word: string): boolean {
  const n = word.length;
  for (let at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + 1)) {
    if ((at === 0 || isWhitespace(s.charCodeAt(at - 1))) && s.charCodeAt(at + n) === 45) return true;
  }
  return false;
}

/** How many values of an ascending array are below `limit` (binary search): the index of the first one at or above it. */
function countBelow(sorted: ArrayLike<number>, limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if ((sorted[mid] as number) < limit) lo = mid + 1; else hi = mid; }
  return lo;
}

/** The largest value below `limit` in a sorted array, or -1 (binary search: people can have thousands of mentions). */
function lastBefore(sorted: readonly number[], limit: number): number {
  // Stage 1 meets mentions in text order: the last one is usually the answer.
  const n = sorted.length;
  if (n > 0 && (sorted[n - 1] as number) < limit) return sorted[n - 1] as number;
  const lo = countBelow(sorted, limit);
  return lo > 0 ? (sorted[lo - 1] as number) : -1;
}

/** Inserts into a sorted array; mentions arrive mostly in order, so this is usually an append. */
function insertSorted(sorted: number[], value: number): void {
  const n = sorted.length;
  if (n === 0 || (sorted[n - 1] as number) <= value) { sorted.push(value); return; }
  // Stage 2 inserts before the titled mentions stage 1 found later in the text: binary search
  // for the place (after equal values, as a scan from the end would stop).
  let lo = 0;
  let hi = n;
  while (lo < hi) { const mid = (lo + hi) >> 1; if ((sorted[mid] as number) <= value) lo = mid + 1; else hi = mid; }
  // Shifted by hand: splice returns a new (empty) array at every call.
  sorted.push(value);
  for (let k = n; k > lo; k--) sorted[k] = sorted[k - 1] as number;
  sorted[lo] = value;
}

/**
 * The mentions of a surname list's people as (offset, list index) pairs, ascending by offset then
 * index, in two sorted runs: `at`/`who`, and `lateAt`/`lateWho` for the pairs that arrive after
 * later ones. Stage 1 finds mentions in text order (appended to the first run), stage 2 then adds
 * its own in text order between them (appended to the second): one sorted array took a shift of
 * everything after each of stage 2's mentions, and grew quadratically (3.6 million element moves
 * per 10 MB pass against 37,000 per 1 MB).
 */
interface MergedMentions {
  at: number[];
  who: number[];
  lateAt: number[];
  lateWho: number[];
}

/** Whether the pair (offset, index) sorts at or after the last pair of a run (or the run is empty). */
function appendable(at: readonly number[], who: readonly number[], offset: number, index: number): boolean {
  const last = at.length - 1;
  return last < 0 || (at[last] as number) < offset || (at[last] === offset && (who[last] as number) <= index);
}

/** Adds a mention (offset, list index) to merged mentions: appended to a run it sorts after, else inserted into the first (rare). */
function insertMention(m: MergedMentions, offset: number, index: number): void {
  const at = m.at;
  const who = m.who;
  if (appendable(at, who, offset, index)) { at.push(offset); who.push(index); return; }
  if (appendable(m.lateAt, m.lateWho, offset, index)) { m.lateAt.push(offset); m.lateWho.push(index); return; }
  const n = at.length;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const o = at[mid] as number;
    if (o < offset || (o === offset && (who[mid] as number) <= index)) lo = mid + 1; else hi = mid;
  }
  // Shifted by hand: splice returns a new (empty) array at every call.
  at.push(offset);
  who.push(index);
  for (let k = n; k > lo; k--) { at[k] = at[k - 1] as number; who[k] = who[k - 1] as number; }
  at[lo] = offset;
  who[lo] = index;
}

/** In one sorted run: the index of the first pair of the last offset at or before `offset`, or -1. */
function lastRunAtOrBefore(at: readonly number[], offset: number): number {
  const n = at.length;
  let k: number;
  if (n > 0 && (at[n - 1] as number) <= offset) k = n - 1;
  else {
    let lo = 0;
    let hi = n;
    while (lo < hi) { const mid = (lo + hi) >> 1; if ((at[mid] as number) <= offset) lo = mid + 1; else hi = mid; }
    k = lo - 1;
  }
  while (k > 0 && at[k - 1] === at[k]) k--;
  return k;
}

/**
 * Each part of a word between '-', "'" and '’' with its first character upper case and the rest
 * lower case ("O'NEILL" -> "O'Neill"). A walk over the word instead of split, map and join: names
 * and titles in capitals reach this at every mention (heap profile: its arrays were 0.3 MB per 1 MB
 * call). The same slices are cased as before, so context-dependent casing (a final sigma) agrees.
 */
export function titleCaseWord(w: string): string {
  if (w.length <= 1) return w.toUpperCase();
  let out = '';
  let start = 0;
  for (let k = 0; k <= w.length; k++) {
    const c = k < w.length ? w.charCodeAt(k) : -1;
    if (c === 45 || c === 39 || c === 0x2019 || c === -1) {
      if (k > start) out += w.charAt(start).toUpperCase() + w.slice(start + 1, k).toLowerCase();
      if (c !== -1) out += w.charAt(k);
      start = k + 1;
    }
  }
  return out;
}

/**
 * The officials' spans as the recogniser collects them: offsets and kind in a typed array, the
 * entity key in an array, and the attributes of the rare group references in a map; every span
 * here is of type official, has no proposed name, and has priority 1 when named and 2 when
 * descriptive. As Span objects they were 84 bytes of heap each (92 with their slot), and the
 * 47,600 spans of 10 MB (4.4 MB) stayed live to the end of the officials stage, whose live heap
 * sets how far V8 lets the heap grow (see the README's memory section); here they are 8 bytes of
 * heap and 12 of typed array each. toSpans makes the objects once the recogniser is gone.
 */
export class OfficialSpans {
  /** start, end, nominal (1 or 0) of each span. */
  private readonly ints = new IntList();
  private readonly keys: string[] = [];
  private groups: Map<number, Record<string, string | string[] | boolean>> | undefined;

  get length(): number { return this.keys.length; }

  push(start: number, end: number, nominal: boolean, key: string, attributes?: Record<string, string | string[] | boolean>): void {
    if (attributes !== undefined) (this.groups ??= new Map()).set(this.keys.length, attributes);
    this.ints.push(start);
    this.ints.push(end);
    this.ints.push(nominal ? 1 : 0);
    this.keys.push(key);
  }

  start(k: number): number { return this.ints.data[k * 3] as number; }
  end(k: number): number { return this.ints.data[k * 3 + 1] as number; }
  nominal(k: number): boolean { return this.ints.data[k * 3 + 2] === 1; }
  key(k: number): string { return this.keys[k] as string; }
  setStart(k: number, start: number): void { this.ints.data[k * 3] = start; }

  // The rest of a span's fields, for resolveOverlapColumns (see CompactSpans in spans.ts).
  get type(): 'official' { return 'official'; }
  name(_k: number): string { return ''; }
  attributes(k: number): Record<string, string | string[] | boolean> { return this.groups?.get(k) ?? NO_ATTRIBUTES; }
  priority(k: number): number { return this.nominal(k) ? 2 : 1; }

  /** Span k as an object. */
  span(k: number): Span {
    const nominal = this.nominal(k);
    return { type: 'official', start: this.start(k), end: this.end(k), nominal, key: this.keys[k] as string, name: '', attributes: this.groups?.get(k) ?? NO_ATTRIBUTES, priority: nominal ? 2 : 1 };
  }

  /** Every span as an object, in the order they were found. */
  toSpans(): Span[] {
    const out = new Array<Span>(this.length);
    for (let k = 0; k < out.length; k++) out[k] = this.span(k);
    return out;
  }
}

/**
 * parseTitle's phrases by number, as columns: six token positions and the capitalised flag in a
 * typed array, the three references in arrays; a phrase asked for again is rebuilt (a short-lived
 * object, as every caller's use of it is). As objects they were 104 bytes of heap each, and the
 * 36,500 phrases of 10 MB (3.8 MB with their slots) stayed live to the end of the officials stage,
 * whose live heap sets how far V8 lets the heap grow (see the README's memory section); as columns
 * they are 24 bytes of heap and 28 of typed array each. The phrases memoised are walkTitle's,
 * which never carry `firstOffice`; a title built later by phraseTitle on a returned phrase stays
 * with that object, and a rebuilt phrase builds it again (the same text: it depends on the tokens).
 */
class TitleMemo {
  /** from, to, head, titleFrom, titleTo, rankTo, capitalized (1 or 0) of each phrase. */
  private readonly ints = new IntList();
  private readonly countries: string[][] = [];
  private readonly organization: Array<string | undefined> = [];
  private readonly title: Array<string | undefined> = [];

  /** Keeps `p` and returns its number. */
  add(p: TitlePhrase): number {
    const ints = this.ints;
    ints.push(p.from); ints.push(p.to); ints.push(p.head); ints.push(p.titleFrom); ints.push(p.titleTo); ints.push(p.rankTo);
    ints.push(p.capitalized ? 1 : 0);
    this.countries.push(p.countries);
    this.organization.push(p.organization);
    this.title.push(p.title);
    return this.countries.length - 1;
  }

  /** Phrase number k, equal to the one added as it. */
  get(k: number): TitlePhrase {
    const d = this.ints.data;
    const at = k * 7;
    return {
      from: d[at] as number, to: d[at + 1] as number, head: d[at + 2] as number, countries: this.countries[k] as string[], organization: this.organization[k],
      capitalized: d[at + 6] === 1, title: this.title[k], titleFrom: d[at + 3] as number, titleTo: d[at + 4] as number, rankTo: d[at + 5] as number,
    };
  }
}

// titleAt holds 0 (not asked yet), a phrase's index + 1, or one of these marks:
/** No title starts at this word. */
const NO_TITLE = -1;
/** A pre-walk passed this word on its way to a head word (the full walk has not been asked). */
const HEAD_AHEAD = -2;

function isDemonymOrCountry(t: Token): string | undefined {
  // Cached with the token's spelling: the recognisers ask about the same words many times. Only capitalised
  // words name countries or nationalities.
  if (t.country !== undefined) return t.country ?? undefined;
  if (!t.cap) { t.country = prefixedCountry(t) ?? null; return t.country ?? undefined; }
  t.country = computeCountry(t) ?? null;
  return t.country ?? undefined;
}

/** "then-French", "ex-Soviet": a country's capitalised word after "then-" or "ex-" (the nationality of a past office). */
function prefixedCountry(t: Token): string | undefined {
  const dash = t.text.indexOf('-');
  const prefix = t.lower.slice(0, dash);
  if (dash <= 0 || dash + 1 >= t.text.length || (prefix !== 'then' && prefix !== 'ex')) return undefined;
  const c = t.text.charCodeAt(dash + 1);
  return c >= 65 && c <= 90 ? countryByKey(t.key.slice(dash + 1))?.name : undefined;
}

/**
 * What the officials stages ask about a word, cached with its shared spelling: it depends on the
 * spelling and fixed word lists only, and the stages ask at most words of the text, so a bit test
 * replaces one or more set look-ups per token. One reservation holds every fact (Spelling.memo
 * has 30 bits for all modules; these were four reservations of ten bits, now one of fourteen).
 *
 * - TITLE_START: can open a title phrase (a title word, an organisation or a country); parseTitle
 *   asks at every word, twice (profile: its first test was the top line of parseTitle).
 * - NAME_WORD: has a letter, no digit, and is not a function word, title or country (see nameWord);
 *   NAME_PREFIX_WORD: starts with a hyphenated Arabic article before a capital ("al-Assad"), so it
 *   may stand in lower case.
 * - TITLE_CORE_WORD: TITLE_CORE has the key; TITLE_MODIFIER_WORD: TITLE_MODIFIER has the lower
 *   case (parseTitle asks at every word of every candidate phrase; the TITLE_CORE look-up was its
 *   top line).
 * - NOMINAL_START: can open a descriptive reference in findNominals: an article introducing an
 *   unnamed official ("a senior official", recorded by anonymousHead), a determiner ("the",
 *   "his"), "both", a vocative honorific ("Mr."), a word that can open a title, or a nationality,
 *   title modifier or role head ("Russian", "senior", "counterpart", "leaders").
 * - DETERMINER_WORD, HONORIFIC_WORD, PARTICLE_WORD: DETERMINER, HONORIFIC, NAME_PARTICLE have the
 *   lower case (stages 1 and 2 asked these at every word or capitalised word).
 * - LETTER_WORD: a word with a letter (markUpperLines asked hasLetter at every word).
 * - ROLE_WORD: GENERIC_ROLE or PLURAL_ROLE has the lower case; NOMINAL_LEAD: a nationality, title
 *   modifier or role word, which can open the words of a reference after its determiner
 *   (findNominals asked these four look-ups at 30,000 words per 1 MB).
 * - PAIR_FIRST: capitalised and the first word of a two-word nationality ("South", "The"), which
 *   the title walks check against the next word.
 * - SHIP_WORD: capitalised and a ship prefix ("HMS"); stage 1 asked SHIP_PREFIX at every short
 *   capitalised word.
 * - ROLE_LEAD: a nationality, a word of MODIFIER_BEFORE_ROLE or ROLE_BEFORE_NAME: what can follow
 *   a determiner in "his Russian counterpart Sergei Lavrov" (genericRoleBeforeName, asked after
 *   every determiner, rejects the rest with this bit).
 * - WARSHIP_WORD: WARSHIP_TYPE has the text ("frigate" before "Admiral Makarov"); PARLIAMENTARY_WORD:
 *   capitalised and a parliamentary style ("Hon", "Rt"). Stage 1 asked both sets at every
 *   capitalised word (profile: 1.4% of a 1 MB pass).
 * - ORG_ROLE_PART: a word of ORG_ROLE_HEAD, ORG_ROLE_ACRONYM, CAPITAL_ORG_ROLE, ORG_UNIT or
 *   ORG_ROLE_MODIFIER, which orgBeforeRole looks for after the capitalised words of every
 *   capitalised word that opens no title ("Moscow said" has none).
 */
const WORD_FACTS_KNOWN = reserveMemoBits(19);
const TITLE_START = WORD_FACTS_KNOWN << 1;
const NAME_WORD = WORD_FACTS_KNOWN << 2;
const NAME_PREFIX_WORD = WORD_FACTS_KNOWN << 3;
const TITLE_CORE_WORD = WORD_FACTS_KNOWN << 4;
const TITLE_MODIFIER_WORD = WORD_FACTS_KNOWN << 5;
const NOMINAL_START = WORD_FACTS_KNOWN << 6;
const DETERMINER_WORD = WORD_FACTS_KNOWN << 7;
const HONORIFIC_WORD = WORD_FACTS_KNOWN << 8;
const PARTICLE_WORD = WORD_FACTS_KNOWN << 9;
const LETTER_WORD = WORD_FACTS_KNOWN << 10;
const ROLE_WORD = WORD_FACTS_KNOWN << 11;
const NOMINAL_LEAD = WORD_FACTS_KNOWN << 12;
const PAIR_FIRST = WORD_FACTS_KNOWN << 13;
const SHIP_WORD = WORD_FACTS_KNOWN << 14;
const ROLE_LEAD = WORD_FACTS_KNOWN << 15;
const WARSHIP_WORD = WORD_FACTS_KNOWN << 16;
const PARLIAMENTARY_WORD = WORD_FACTS_KNOWN << 17;
const ORG_ROLE_PART = WORD_FACTS_KNOWN << 18;

function wordFacts(t: Token): number {
  // Spellings longer than INTERN_MAX_LENGTH are not interned (text.ts): each occurrence is a new
  // spelling with no memo, and the facts would be computed again for each (profile, when that
  // limit was 12: wordFacts 7% of stage 1 on 1 MB). They depend on the text alone (a spelling's
  // fields derive from its text and `word`), so those words are answered from a table by text;
  // interned ones keep their facts in the memo. Keys are copied (titles and keys outlive the call).
  if (!t.word || t.text.length <= INTERN_MAX_LENGTH) return computeWordFacts(t);
  let f = longWordFacts.get(t.text);
  if (f === undefined) {
    f = computeWordFacts(t);
    if (longWordFacts.size >= 10_000) longWordFacts.clear();
    longWordFacts.set(detachedCopy(t.text), f);
  }
  return f;
}
/** computeWordFacts of long words' spellings, by text (bounded: emptied when full). */
const longWordFacts = new Map<string, number>();

/** The end of a ship class's name ("Astute-class"). */
const CLASS_SUFFIX = /-class$/i;

/**
 * Words that open a condition in a law or bill before "the <office>" and the act it awaits, as in
 * "until the Secretary of the Army certifies", "unless the Secretary determines": the office in
 * general, whom a holder named before is not (see findNominals).
 */
const STATUTE_CONDITION = new Set(['until', 'unless', 'when', 'if', 'after', 'before']);
/** A statute's acts of an office holder, in the present tense (see STATUTE_CONDITION). */
const STATUTE_ACT = new Set(['certifies', 'determines', 'submits', 'notifies', 'designates', 'transmits', 'waives']);

/** Whether a word is countries joined by hyphens ("korea-u.s", "us-japan"): a pair's modifier, no name. */
function countriesJoined(lw: string): boolean {
  const dash = lw.indexOf('-');
  if (dash <= 0) return false;
  for (const part of lw.split('-')) {
    const key = part.endsWith('.') ? part.slice(0, -1) : part;
    if (countryByKey(key) === undefined && countryByKey(key.replace(/\./g, '')) === undefined) return false;
  }
  return true;
}

/** Whether a hyphenated word ends in a noun that names no one ("Inter-Services", "Defence-Industry"): NOT_NAME's words of four letters or more. */
function nounAfterHyphen(lw: string): boolean {
  const dash = lw.lastIndexOf('-');
  return dash > 0 && lw.length - dash > 4 && NOT_NAME.has(lw.slice(dash + 1));
}

/** "PM" (or "PM's"), the abbreviation of "Prime Minister"; see computeWordFacts. */
function isPrimeMinisterAbbreviation(t: Token): boolean {
  return t.key === 'pm' && t.text.charCodeAt(0) === 80 && t.text.charCodeAt(1) === 77;
}

/** The facts (see above) of a spelling, computed. */
function computeWordFacts(t: Token): number {
  const lw = t.lower;
  const fk = t.key.endsWith('.') ? t.key.slice(0, -1) : t.key;
  const country = isDemonymOrCountry(t) !== undefined;
  // "then-Secretary of State", "ex-President", "Under-Secretary-General": a title word after
  // one of the TITLE_PREFIX words and a hyphen is one.
  const past = pastTitleWord(lw);
  // "PM" abbreviates "Prime Minister" in headlines and reports ("UK PM Keir Starmer", "Deputy PM
  // Richard Marles"); only in capitals, as "pm" and "p.m." are times of day (see isPrimeMinisterAbbreviation).
  const pm = isPrimeMinisterAbbreviation(t);
  const core = pm || TITLE_CORE.has(t.key) || isDesignateTitle(t.key) || (past !== undefined && (TITLE_CORE.has(past) || isDesignateTitle(past)));
  const titleStart = pm || TITLE_CORE.has(fk) || isDesignateTitle(fk) || TITLE_MODIFIER.has(fk) || ORG_MODIFIER.has(fk) || country || (t.cap && twoWordCountryFirsts.has(fk))
    || (past !== undefined && (TITLE_CORE.has(past) || TITLE_MODIFIER.has(past))) || prefixedPluralTitle(lw) !== undefined;
  const base = t.text.replace(POSSESSIVE_S, '');
  const nw = t.text.charCodeAt(t.text.length - 1) === 83 ? base.toLowerCase() : t.key;
  // A ship class ("Queen Elizabeth-class", "Astute-class") is no word of a person's name, nor a
  // title's plural ("Both Deputy Ministers" is no Deputy named Ministers).
  const pluralOf = PLURAL_ROLE.get(nw);
  const nameWord = hasLetter(base) && !/\d/.test(base) && !(NOT_NAME.has(nw) || TITLE_CORE.has(nw) || pm || isDesignateTitle(nw) || country || past !== undefined
    || (pluralOf !== undefined && TITLE_CORE.has(pluralOf)) || countriesJoined(nw) || nounAfterHyphen(nw))
    && !CLASS_SUFFIX.test(base) && !ABSTRACT_NOUN_ENDING.test(nw);
  const determiner = DETERMINER.has(lw);
  // ("officer" too, for "The Pakistani officer": see nationalRole in findNominals.)
  const role = GENERIC_ROLE.has(lw) || PLURAL_ROLE.has(lw) || prefixedPluralTitle(lw) !== undefined || lw === 'officer';
  const nominalStart = determiner || lw === 'a' || lw === 'an' || lw === 'both' || lw === 'all' || lw === 'mr' || lw === 'madam' || lw === 'mister' || titleStart
    || country || TITLE_MODIFIER.has(lw) || GENERIC_ROLE.has(lw) || PLURAL_ROLE.has(lw);
  return (titleStart ? TITLE_START : 0)
    | (nameWord ? NAME_WORD : 0)
    | (namePrefixLength(base) > 0 ? NAME_PREFIX_WORD : 0)
    | (core ? TITLE_CORE_WORD : 0)
    | (TITLE_MODIFIER.has(lw) || (past !== undefined && TITLE_MODIFIER.has(past)) ? TITLE_MODIFIER_WORD : 0)
    | (nominalStart ? NOMINAL_START : 0)
    | (determiner ? DETERMINER_WORD : 0)
    | (HONORIFIC.has(lw) ? HONORIFIC_WORD : 0)
    | (NAME_PARTICLE.has(lw) ? PARTICLE_WORD : 0)
    | (t.word && hasLetter(t.text) ? LETTER_WORD : 0)
    | (role ? ROLE_WORD : 0)
    | (country || TITLE_MODIFIER.has(lw) || role ? NOMINAL_LEAD : 0)
    | (t.cap && twoWordCountryFirsts.has(t.key) ? PAIR_FIRST : 0)
    | (t.cap && SHIP_PREFIX.has(t.text) ? SHIP_WORD : 0)
    | (country || MODIFIER_BEFORE_ROLE.has(lw) || ROLE_BEFORE_NAME.has(lw) || ROLES_BEFORE_NAMES.has(lw) ? ROLE_LEAD : 0)
    | (WARSHIP_TYPE.has(t.text) ? WARSHIP_WORD : 0)
    | (t.cap && PARLIAMENTARY_STYLE.has(t.key) ? PARLIAMENTARY_WORD : 0)
    | (ORG_ROLE_HEAD.has(t.key) || ORG_ROLE_ACRONYM.has(t.key) || CAPITAL_ORG_ROLE.has(t.key) || ORG_UNIT.has(t.key) || ORG_ROLE_MODIFIER.has(t.key) ? ORG_ROLE_PART : 0);
}
/**
 * The title word after a TITLE_PREFIX word and a hyphen ("then-secretary" -> "secretary",
 * "under-secretary-general" -> "secretary-general"), when it is one (a head or a modifier);
 * otherwise undefined.
 */
function pastTitleWord(lw: string): string | undefined {
  const dash = lw.indexOf('-');
  if (dash <= 0) return undefined;
  const rest = TITLE_PREFIX.has(lw.slice(0, dash)) ? lw.slice(dash + 1) : undefined;
  return rest !== undefined && (TITLE_CORE.has(rest) || TITLE_MODIFIER.has(rest) || isDesignateTitle(rest)) ? rest : undefined;
}

/** The singular title of a plural one after a TITLE_PREFIX word and a hyphen ("then-presidents" -> "president"), or undefined. */
function prefixedPluralTitle(lw: string): string | undefined {
  const dash = lw.indexOf('-');
  if (dash <= 0 || !TITLE_PREFIX.has(lw.slice(0, dash))) return undefined;
  const single = PLURAL_ROLE.get(lw.slice(dash + 1));
  return single !== undefined && TITLE_CORE.has(single) && !GENERIC_ROLE.has(single) ? single : undefined;
}

/**
 * Prefixes joined by a hyphen to a title word: "then-Secretary", "ex-President", and the ranks of
 * an office written as one word, "Under-Secretary-General", "Vice-President", "Deputy-Director",
 * "Co-Chair" (each a title word, as its spaced form is).
 */
const TITLE_PREFIX = new Set(['then', 'ex', 'under', 'vice', 'deputy', 'assistant', 'co', ...'lieutenant major rear brigadier lance sub'.split(' ')]);

/**
 * The first words of a rank written as one hyphenated word, as British and Commonwealth usage
 * writes them ("Lieutenant-General", "Major-General", "Rear-Admiral", "Lance-Corporal",
 * "Sub-Lieutenant"): with TITLE_PREFIX above, such a word is a title word as its spaced form is.
 */
const RANK_PREFIX = new Set(['vice', 'rear', 'lieutenant', 'major', 'brigadier', 'lance', 'sub']);

/** Whether a lower-cased key is a rank written as one hyphenated word ("vice-admiral", "lieutenant-general"). */
function isHyphenatedRank(key: string): boolean {
  const dash = key.indexOf('-');
  return dash > 0 && RANK_PREFIX.has(key.slice(0, dash)) && RANK_WORD.has(key.slice(dash + 1));
}

/** A word that can open a rank after an office (RANK_AFTER_OFFICE), or such a rank written as one hyphenated word. */
function isRankAfterOffice(key: string): boolean {
  return RANK_AFTER_OFFICE.has(key) || (key.indexOf('-') > 0 && isHyphenatedRank(key));
}

/**
 * A title head with "-designate" or "-elect" ("Minister-designate", "Secretary-designate"): named
 * for an office and not yet in it, as TITLE_CORE's "president-elect". (Asked once per spelling.)
 */
function isDesignateTitle(key: string): boolean {
  const dash = key.lastIndexOf('-');
  if (dash <= 0) return false;
  const suffix = key.slice(dash + 1);
  return (suffix === 'designate' || suffix === 'elect') && TITLE_CORE.has(key.slice(0, dash));
}

/** For tests: the cached facts of a spelling, by name (see wordFacts). */
export function spellingFactsOf(t: Token): Record<string, boolean> {
  const f = factsOf(t);
  return {
    titleStart: (f & TITLE_START) !== 0, nameWord: (f & NAME_WORD) !== 0, namePrefix: (f & NAME_PREFIX_WORD) !== 0,
    titleCore: (f & TITLE_CORE_WORD) !== 0, titleModifier: (f & TITLE_MODIFIER_WORD) !== 0, nominalStart: (f & NOMINAL_START) !== 0,
    determiner: (f & DETERMINER_WORD) !== 0, honorific: (f & HONORIFIC_WORD) !== 0, particle: (f & PARTICLE_WORD) !== 0,
    letter: (f & LETTER_WORD) !== 0, role: (f & ROLE_WORD) !== 0, nominalLead: (f & NOMINAL_LEAD) !== 0,
    pairFirst: (f & PAIR_FIRST) !== 0, ship: (f & SHIP_WORD) !== 0, roleLead: (f & ROLE_LEAD) !== 0,
  };
}

/** The memo word of a spelling with the facts above; test them with `&`. */
// (The memo is read here first, as the systems and agreements stages do: a call that finds its
// facts cached costs no call into spellingFacts.)
const factsOf = (t: Token): number => {
  const memo = t.memo;
  return (memo & WORD_FACTS_KNOWN) !== 0 ? memo : spellingFacts(t, WORD_FACTS_KNOWN, wordFacts);
};
const canStartTitle = (t: Token): boolean => (factsOf(t) & TITLE_START) !== 0;
/** TITLE_CORE has the word's key (lower case, without a possessive "'s"). */
const isTitleCore = (t: Token): boolean => (factsOf(t) & TITLE_CORE_WORD) !== 0;
/** TITLE_MODIFIER has the word in lower case. */
const isTitleModifier = (t: Token): boolean => (factsOf(t) & TITLE_MODIFIER_WORD) !== 0;
const isDeterminer = (t: Token): boolean => (factsOf(t) & DETERMINER_WORD) !== 0;
const isHonorific = (t: Token): boolean => (factsOf(t) & HONORIFIC_WORD) !== 0;
/** A knight's or dame's style, written before the given name ("Sir Tony", "Dame Karen"). */
const isKnight = (t: Token): boolean => t.cap && (t.key === 'sir' || t.key === 'dame');
const isParticle = (t: Token): boolean => (factsOf(t) & PARTICLE_WORD) !== 0;

/**
 * Facts of a spelling for the public figures pass (see findKnownFigures), in Spelling.memo2:
 * FIGURE_FIRST, the first word of a figure's full name; FIGURE_ALONE, the first word of a form a
 * figure is known by alone. The pass asks them at every capitalised word (a set look-up of the
 * word's keys each time cost 7% of a 1 MB pass).
 */
const FIGURE_KNOWN = reserveMemoBits2(3);
const FIGURE_FIRST = FIGURE_KNOWN << 1;
const FIGURE_ALONE = FIGURE_KNOWN << 2;
function figureFacts(t: Token): number {
  if (!t.word) return 0;
  const kb = knownFigures(surnameKey);
  return (kb.firstWords.has(firstWordKey(t.key)) ? FIGURE_FIRST : 0) | (kb.alone.has(aloneKey(t)) ? FIGURE_ALONE : 0);
}
/** The key of a word as the first word of a form known alone: its surname key, without a possessive. */
const aloneKey = (t: Token): string => surnameKey(isPossessive(t) ? t.text.slice(0, -2) : t.text);

/**
 * Facts of a spelling for scanName and the tests it asks of a name's words, in Spelling.memo2
 * (profile: their set look-ups and string tests, at most capitalised words of stage 1, were about
 * 1% of a 1 MB pass; rare words, one bit each now rejects the rest). All but POSSESSIVE_WORD are
 * of capitalised words only:
 * - KNIGHT_WORD: "Sir" or "Dame" (see isKnight); SHORT_GIVEN_WORD: GIVEN_NAME_SHORT has its key ("Md").
 * - TITLE_SURNAME_WORD: TITLE_WORD_SURNAME has its key (see titleWordSurname).
 * - GIVEN_STYLE_WORD: GIVEN_NAME_STYLE has its key (see styleAsGivenName).
 * - STYLE_LEAD_WORD: it may open an excellency's, engineer's or Malaysian style (see excellencyEnd
 *   and malayTitleEnd: "HE", "Eng", "His", "Datuk", "Tan").
 * - NAME_LIKE: NAME_LIKE_WORD has its key (see nameWord).
 * - ORG_QUALIFIER_WORD: not in capitals, and ORG_ROLE_QUALIFIER has its key (see orgRoleQualifierAt,
 *   asked at the capitalised words after every capitalised word that opens no title).
 * - POSSESSIVE_WORD: isPossessive, capitalised or not (see possessiveWord).
 */
const NAME_FACTS_KNOWN = reserveMemoBits2(9);
const KNIGHT_WORD = NAME_FACTS_KNOWN << 1;
const SHORT_GIVEN_WORD = NAME_FACTS_KNOWN << 2;
const TITLE_SURNAME_WORD = NAME_FACTS_KNOWN << 3;
const GIVEN_STYLE_WORD = NAME_FACTS_KNOWN << 4;
const STYLE_LEAD_WORD = NAME_FACTS_KNOWN << 5;
const NAME_LIKE = NAME_FACTS_KNOWN << 6;
const ORG_QUALIFIER_WORD = NAME_FACTS_KNOWN << 7;
const POSSESSIVE_WORD = NAME_FACTS_KNOWN << 8;
function nameFacts(t: Token): number {
  const possessive = isPossessive(t) ? POSSESSIVE_WORD : 0;
  if (!t.cap) return possessive;
  const x = t.text;
  const k = t.key;
  const styleLead = x === 'Tan' || x === 'Toh' || MALAY_TITLE.has(x) || (x.length <= 3 && (EXCELLENCY_STYLE.has(x) || x === 'Eng' || x === 'His' || x === 'Her'));
  return (k === 'sir' || k === 'dame' ? KNIGHT_WORD : 0) | (GIVEN_NAME_SHORT.has(k) ? SHORT_GIVEN_WORD : 0) | (TITLE_WORD_SURNAME.has(k) ? TITLE_SURNAME_WORD : 0)
    | (GIVEN_NAME_STYLE.has(k) ? GIVEN_STYLE_WORD : 0) | (styleLead ? STYLE_LEAD_WORD : 0) | (NAME_LIKE_WORD.has(k) ? NAME_LIKE : 0)
    | (!t.upper && ORG_ROLE_QUALIFIER.has(k) ? ORG_QUALIFIER_WORD : 0) | possessive;
}
/** The memo word of a spelling with the name facts above; test them with `&`. */
const nameFactsOf = (t: Token): number => spellingFacts2(t, NAME_FACTS_KNOWN, nameFacts);
/** isPossessive by the spelling's memo, for the hot loops: the string's last characters are not read. */
const possessiveWord = (t: Token): boolean => (nameFactsOf(t) & POSSESSIVE_WORD) !== 0;

/** Every mention offset of `people`, ascending, ties in person order, with the index of its person. */
export function mentionsInOrder(people: readonly Person[]): { offsets: Float64Array; owners: Int32Array } {
  let total = 0;
  let max = 0;
  let exact = true;
  // Index loops here and in fitsTest: personFor's for-of cost its iterator results (see there).
  for (let k = 0; k < people.length; k++) {
    const positions = (people[k] as Person).positions;
    for (let q = 0; q < positions.length; q++) {
      const o = positions[q] as number;
      if (o > max) max = o;
      if (!(o >= 0 && Number.isInteger(o))) exact = false;
    }
    total += positions.length;
  }
  const np = Math.max(1, people.length);
  const offsets = new Float64Array(total);
  const owners = new Int32Array(total);
  // Offset and person index packed into one number (offset * people + index) and sorted as a typed
  // array: ties fall in person order, as the stable sort of the flattened lists gave, without its
  // four intermediate arrays (profile: this and its sort were 4% of the officials stages, run for
  // every distinct reference). Exact for non-negative integers while the packed values stay below
  // 2^53; else the general path.
  if (!exact || (max + 1) * np >= 2 ** 53) {
    const flat: number[] = [];
    const flatOwners: number[] = [];
    for (let k = 0; k < people.length; k++) for (const o of (people[k] as Person).positions) { flat.push(o); flatOwners.push(k); }
    // Equal offsets keep flat order, which is person order.
    const order = sortedOrder(flat);
    order.forEach((q, m) => { offsets[m] = flat[q] as number; owners[m] = flatOwners[q] as number; });
    return { offsets, owners };
  }
  let m = 0;
  for (let k = 0; k < people.length; k++) {
    const positions = (people[k] as Person).positions;
    for (let q = 0; q < positions.length; q++) offsets[m++] = (positions[q] as number) * np + k;
  }
  offsets.sort();
  for (let q = 0; q < total; q++) {
    const v = offsets[q] as number;
    const k = v % np;
    owners[q] = k;
    offsets[q] = (v - k) / np;
  }
  return { offsets, owners };
}

/**
 * A title's initials: its capitalised words' ("CAS"), or undefined when fewer than two or more
 * than six; those with "of" as "O" ("COAS"), or undefined when the same or too long; and whether
 * such an "of" came before "the" ("Chief of the Air Staff"), which makes the second weak (see
 * findTitleAcronyms).
 */
const titleInitials = cachedPerString((title: string): readonly [string | undefined, string | undefined, boolean] => {
  // (Cached per title: asked for every titled person of the text, a thousand times per 1 MB for a
  // dozen distinct titles, each a split by a regular expression; profile: 0.4% of a pass.)
  let plain = '';
  let withOf = '';
  let afterOf = false;
  let overThe = false;
  // An organisation's initials in parentheses before the office are the organisation's: "Armed
  // Forces of the Philippines (AFP) chief of staff" is abbreviated by its office's words alone.
  const close = title.lastIndexOf(')');
  const office = close >= 0 && close < title.length - 1 ? title.slice(close + 1) : title;
  const words = office.split(/[\s-]+/);
  for (const w of words) {
    const c = w.charCodeAt(0);
    if (afterOf && w === 'the') overThe = true;
    afterOf = w === 'of';
    if (c >= 65 && c <= 90) { plain += w.charAt(0); withOf += w.charAt(0); } else if (w === 'of') withOf += 'O';
  }
  // A body's name before an office in lower case is the body's, and so are its initials: "Armed
  // Forces of the Philippines chief" is not "the AFP".
  const last = words[words.length - 1] ?? '';
  if (last.length > 0 && (last.charCodeAt(0) < 65 || last.charCodeAt(0) > 90) && plain.length > 0) return [undefined, undefined, overThe];
  return [plain.length >= 2 && plain.length <= 6 ? plain : undefined, withOf !== plain && withOf.length <= 6 ? withOf : undefined, overThe];
}, 10_000);

/**
 * How far a mention at `offset` is from a person, for choosing between people of one surname: from
 * their last mention before it, or, when they have none before, a billion more than the distance
 * to their first mention after it (someone named before always wins).
 */
function mentionDistance(p: Person, offset: number): number {
  const late = p.late;
  const prev = late.length === 0 ? lastBefore(p.positions, offset + 1) : Math.max(lastBefore(p.positions, offset + 1), lastBefore(late, offset + 1));
  const first = late.length === 0 ? (p.positions[0] as number) : Math.min(p.positions[0] as number, late[0] as number);
  return prev >= 0 ? offset - prev : 1e9 + first - offset;
}

/** A person's `late` before stage 2 adds any (shared: replaced, never written). */
const NO_LATE: number[] = [];

/**
 * Merges `late` into `positions` (both ascending) in one pass, and empties it. A person's
 * stage-2 mentions are written to `positions` only here: inserted one by one before the later
 * titled mentions, each shifted every later one, and a person titled and then named alone on
 * every line of a long text made stage 2 quadratic (1 MB of such lines: 242 ms against 33 ms for 250 KB).
 */
function mergeLate(p: Person): void {
  const late = p.late;
  if (late.length === 0) return;
  const a = p.positions;
  const out = new Array<number>(a.length + late.length);
  let i = 0;
  let j = 0;
  let k = 0;
  // Equal offsets: the titled (earlier-added) one first, as insertSorted placed a new one after its equals.
  while (i < a.length && j < late.length) out[k++] = (a[i] as number) <= (late[j] as number) ? (a[i++] as number) : (late[j++] as number);
  while (i < a.length) out[k++] = a[i++] as number;
  while (j < late.length) out[k++] = late[j++] as number;
  p.positions = out;
  p.late = NO_LATE;
}

/** A hyphenated given name with its syllables after the first in lower case ("Gyu-Back" -> "Gyu-back"; see scannedName). */
function syllableGivenName(w: string): string {
  const dash = w.indexOf('-');
  return dash > 0 ? w.slice(0, dash + 1) + w.slice(dash + 1).toLowerCase() : w;
}

/** A name word as shown: title case when written in capitals ("SHOIGU" -> "Shoigu"). */
function normName(w: string): string {
  return w.length > 1 && isAllUpper(w) ? titleCaseWord(w) : w;
}
/** normName for a word of a name in mixed case: up to three capitals without a vowel are initials ("RP"), kept. */
function normNameMixed(w: string): string {
  return capitalInitials(w) ? w : normName(w);
}

/**
 * Whether a short word in capitals in a mixed-case name is initials without periods ("RP Kalita",
 * "AP Singh", "APJ Abdul Kalam") rather than a family name written in capitals ("LI Qiang", "KIM
 * Jong Un", "ABE Shinzo", "OKA Masami"): no vowel, or two letters that are no common Chinese or
 * Korean family name, or three with fewer than two vowels that are none either.
 */
function capitalInitials(w: string): boolean {
  if (w.length > 3 || !isAllUpper(w)) return false;
  const vowels = w.replace(/[^AEIOUY]/g, '').length;
  if (vowels === 0) return true;
  if (EAST_ASIAN_FAMILY_NAME.has(w.toLowerCase())) return false;
  return w.length === 2 || vowels < 2;
}

/**
 * The people of one surname list (as indices into it, ascending) split for personFor: a first name
 * of three or more letters fits only people with no first name, a first name of one or two letters,
 * or the same first name in lower case (the rules in personFor's loop), so a name like "Sergei
 * Ivanov" needs `wild` and `full.get("sergei")`, not the whole list. On 10 MB, with 41 surnames
 * shared by 1,600 people, that loop visited 37 people per call (20 on 1 MB): the officials stages
 * grew faster than the text. People whose first name became known after they were filed stay in
 * `wild` until personFor moves them (being there only costs a visit: each visit applies the full rules).
 */
interface FirstNameSplit {
  /** (NO_INDICES and undefined until first filed: most surnames have one or two people, and an empty Map and array per surname were 0.2 MB per 1 MB pass.) */
  wild: number[];
  full: Map<string, number[]> | undefined;
  /**
   * Every mention of the list's people, ascending by offset then list index (see MergedMentions).
   * A bare surname ("Shoigu said") fits everyone of the list, and the
   * nearest person named before it is the first entry of the last offset at or before it, one
   * binary search, where the loop visited every person of the list (517,000 visits per 10 MB
   * pass: 1,602 people on 41 surnames). Built on the list's first bare surname (undefined till
   * then: most surnames never stand alone, and the arrays kept for every list were 0.5 MB per 1 MB
   * pass), then kept up by addPosition and fileFirst.
   */
  merged: MergedMentions | undefined;
}
/** Shared empty list (never added to: replaced by a new array at the first entry). */
const NO_INDICES: number[] = [];
/** Files list index `at` under a (lower-case, three letters or more) first name. */
function fileFull(split: FirstNameSplit, firstLower: string, at: number): void {
  if (split.full === undefined) { split.full = new Map(); split.full.set(firstLower, [at]); return; }
  const group = split.full.get(firstLower);
  if (group) insertSorted(group, at); else split.full.set(firstLower, [at]);
}
/** Whether a person's first name is long enough to be filed under it in a FirstNameSplit. */
const fullFirst = (p: Person): boolean => p.first !== undefined && p.first.length >= 3;

/** Shared by every one-word name: no middle names (never mutated; people copy the reference). */
const NO_WORDS: string[] = [];

/** A name word's text as parseName gives it as `last`, with the keys stage 2 looks it up by. */
interface LastForms {
  /** The word without "'s", title-cased when in capitals. */
  last: string;
  /** surnameKey(last). */
  key: string;
  /** last in lower case. */
  lower: string;
}
/**
 * LastForms of a word's text, cached per text: stage 2 asked three caches (last, surname key, lower
 * case) at most capitalised words of the text, one look-up now answers all three.
 */
const lastForms = cachedPerString((text): LastForms => {
  const last = normName(text.replace(POSSESSIVE_S, ''));
  return { last, key: surnameKey(last), lower: last.toLowerCase() };
});

/** True when `w` has no lower-case letter (ASCII answered without building an upper-case copy). */
function isAllUpper(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c >= 128) return w === w.toUpperCase();
  }
  return true;
}

function computeCountry(t: Token): string | undefined {
  // The token key is already lower case without "'s"; "U.S" keeps its inner periods.
  return countryByKey(t.key)?.name ?? (t.key.endsWith('.') ? countryByKey(t.key.slice(0, -1))?.name : undefined);
}

/**
 * The countries a region's adjective stands for before a plural role (see findNominals): "The three
 * Baltic defence ministers" are those of Estonia, Latvia and Lithuania that the text names. Nordic:
 * the Nordic Council's five states (norden.org); Gulf: the Gulf Cooperation Council's six (gcc-sg.org).
 */
const REGION_COUNTRIES: ReadonlyMap<string, readonly string[]> = new Map([
  ['baltic', ['Estonia', 'Latvia', 'Lithuania']],
  ['nordic', ['Denmark', 'Finland', 'Iceland', 'Norway', 'Sweden']],
  ['gulf', ['Bahrain', 'Kuwait', 'Oman', 'Qatar', 'Saudi Arabia', 'United Arab Emirates']],
]);
/** Words between a determiner and a role before a name ("his new counterpart Sergei Lavrov"); as a set: asked after every determiner. */
const MODIFIER_BEFORE_ROLE = new Set(['top', 'senior', 'new', 'former']);
/** The articles that open an appositive role ("A senior Hamas official, Bassem Naim,"; see officialRoleBefore). */
const ARTICLE = new Set(['a', 'an', 'the']);
/** Roles that introduce a full name after a determiner (see genericRoleBeforeName). */
const ROLE_BEFORE_NAME = new Set(['counterpart', 'colleague', 'diplomat', 'envoy', 'lawmaker', 'legislator', 'official', 'leader', 'predecessor', 'successor']);
/**
 * Verbs of succession in an office: the full name after them held it ("Qassem, who succeeded
 * Hassan Nasrallah", "replacing Lloyd Austin"); see hasPersonCue.
 */
const SUCCESSION_VERB = new Set(['succeeded', 'succeeds', 'succeeding', 'succeed', 'replaced', 'replaces', 'replacing', 'replace']);
/** Plural roles before a list of full names ("their Australian counterparts, Penny Wong and Richard Marles,"). */
const ROLES_BEFORE_NAMES = new Set(['counterparts', 'diplomats', 'envoys', 'lawmakers', 'legislators', 'officials', 'leaders']);

/**
 * The countries of the many title phrases that name none: one shared empty list instead of one
 * per phrase (35,700 phrases on 10 MB, cached per token while the recogniser runs: 1.1 MB of
 * empty arrays). Never added to: a phrase that finds a country gets a list of its own.
 */
const NO_COUNTRIES: string[] = [];

/**
 * Bits of OfficialRecognizer.spellingClass: a word; a capitalised word; a word that can open a
 * title or is a determiner; a word that can open a descriptive reference; a warship's type
 * ("frigate"); "and" or a comma, which join the names of a list (see inWarshipList); "is" or
 * "was", the verb of an office as the predicate (see surnameWithOffice); a word that may go on
 * with a name after a capitalised word, a particle or a hyphenated word ("bin", "al-Assad"; see nameEndsAfter);
 * a determiner in lower case that opens no title, role or plural title ("the", "his"); a word
 * that can lead a role after a determiner, of ROLE_LEAD or PAIR_FIRST (see roleHeadAfter); and
 * for the walk of findNominals to a role's head, a nationality or country (isDemonymOrCountry), a
 * title modifier that is no plural role, a word of ROLE_WORD, and a word of PAIR_FIRST.
 */
const CLASS_WORD = 1;
const CLASS_CAP_WORD = 2;
const CLASS_TITLE_OR_DETERMINER = 4;
const CLASS_NOMINAL_START = 8;
const CLASS_WARSHIP = 16;
const CLASS_LIST_JOINER = 32;
const CLASS_IS_OR_WAS = 64;
const CLASS_NAME_LINK = 128;
const CLASS_PLAIN_DETERMINER = 256;
const CLASS_ROLE_LEAD = 512;
const CLASS_COUNTRY = 1024;
const CLASS_WALK_MODIFIER = 2048;
const CLASS_ROLE = 4096;
const CLASS_PAIR_FIRST = 8192;
/**
 * A word in lower case that starts with a hyphenated Arabic article before a capital ("al-Abbasi",
 * "el-Sisi"): a later surname's form in running text, which findShortForms looks up although the
 * word is not capitalised ("Later, al-Abbasi said" after "Thabet Muhammad Saeed al-Abbasi").
 */
const CLASS_PREFIXED_NAME = 16384;

/**
 * A generic role's possessive ("counterpart's", "leader's"): the head of a reference as the role
 * itself is ("his German counterpart's statement" is his German counterpart), though ROLE_WORD
 * asks the spelling as written. See spellingClasses.
 */
function possessiveRole(t: Token): boolean {
  return t.key !== t.lower && isPossessive(t) && GENERIC_ROLE.has(t.key);
}

/**
 * The class bits (above) of each spelling of a text, by spelling id. (A plural role in lower case
 * counts as a title word: "the police ministers of A and B, Name and Name," reaches
 * pluralTitledNames at "ministers".)
 */
function spellingClasses(spellings: readonly Token[]): Uint16Array {
  const out = new Uint16Array(spellings.length);
  for (let id = 0; id < spellings.length; id++) {
    const t = spellings[id] as Token;
    const f = factsOf(t);
    const walk = (isDemonymOrCountry(t) !== undefined ? CLASS_COUNTRY : 0) | ((f & TITLE_MODIFIER_WORD) !== 0 && !PLURAL_ROLE.has(t.lower) ? CLASS_WALK_MODIFIER : 0)
      | ((f & ROLE_WORD) !== 0 || possessiveRole(t) ? CLASS_ROLE : 0) | ((f & PAIR_FIRST) !== 0 ? CLASS_PAIR_FIRST : 0);
    if (!t.word) { out[id] = (t.text === ',' ? CLASS_LIST_JOINER : 0) | walk; continue; }
    out[id] = walk | CLASS_WORD | ((f & WARSHIP_WORD) !== 0 ? CLASS_WARSHIP : 0) | (t.lower === 'and' ? CLASS_LIST_JOINER : 0) | (t.cap ? CLASS_CAP_WORD : 0) | ((f & (TITLE_START | DETERMINER_WORD)) !== 0 || PLURAL_ROLE.has(t.lower) ? CLASS_TITLE_OR_DETERMINER : 0)
      | ((f & NOMINAL_START) !== 0 ? CLASS_NOMINAL_START : 0) | (t.lower === 'is' || t.lower === 'was' ? CLASS_IS_OR_WAS : 0)
      | ((f & PARTICLE_WORD) !== 0 || t.text.indexOf('-') >= 0 ? CLASS_NAME_LINK : 0)
      | (!t.cap && (f & DETERMINER_WORD) !== 0 && (f & (TITLE_START | ROLE_WORD)) === 0 ? CLASS_PLAIN_DETERMINER : 0)
      | ((f & (ROLE_LEAD | PAIR_FIRST)) !== 0 ? CLASS_ROLE_LEAD : 0)
      | (!t.cap && (f & NAME_PREFIX_WORD) !== 0 ? CLASS_PREFIXED_NAME : 0);
  }
  return out;
}

/** Verbs that end a headline after its source ("..., defence minister says"; see headlineSaysAt). */
const HEADLINE_SAYS = new Set(['says', 'said', 'warns', 'tells', 'claims', 'confirms', 'insists']);
/** "Muhammad" as given names write it (see middleNameOfOne). */
const MUHAMMAD = new Set(['muhammad', 'mohammed', 'mohamed', 'mohammad', 'mohamad', 'muhammed', 'mohamud', 'mohd']);
/** A sentence's end between two offsets (see resolveNominals). */
const SENTENCE_END_BETWEEN = /[.!?]["'”’]?\s/;
/** Qualifiers of a company's or body's head (see orgRoleQualifierAt). */
const ORG_ROLE_QUALIFIER = new Set(['vice', 'deputy', 'executive', 'senior']);
/** A ministry's portfolio words, as an office's words (see "the head of the ... ministry" in findNominals). */
const MINISTRY_PORTFOLIO = new Map([['defence', 'defense'], ['defense', 'defense'], ['foreign', 'foreign'], ['national', 'national']]);
/** Words of a ministry's name after "of" that ministryPortfolio reads ("the Ministry of National Defence", "of Foreign Affairs"). */
const MINISTRY_NAME_WORD = new Set(['defence', 'defense', 'foreign', 'national', 'affairs']);
/**
 * The portfolio and countries of "the head(s) of the [country] [portfolio] ministry/ministries", from
 * the lower-case words after "the" up to the ministry's word (the last): undefined when a word is
 * neither a country nor a portfolio's, or no portfolio is named.
 */
function ministryPortfolio(after: readonly string[], plural: boolean): { words: string[]; countries: string[] } | undefined {
  // "Ministry of National Defence", "Ministry of Foreign Affairs": the portfolio after "of".
  if (after.length >= 3 && after[0] === (plural ? 'ministries' : 'ministry') && after[1] === 'of') {
    const words: string[] = [];
    for (let q = 2; q < after.length; q++) {
      const p = MINISTRY_PORTFOLIO.get(after[q] as string);
      if (p !== undefined) words.push(p);
      else if (after[q] !== 'affairs') return undefined;
    }
    return words.length > 0 ? { words, countries: [] } : undefined;
  }
  if (after.length < 2 || after[after.length - 1] !== (plural ? 'ministries' : 'ministry')) return undefined;
  const words: string[] = [];
  const countries: string[] = [];
  for (let q = 0; q < after.length - 1; q++) {
    const w = after[q] as string;
    const country = countryByKey(w)?.name;
    if (country !== undefined) { countries.push(country); continue; }
    const p = MINISTRY_PORTFOLIO.get(w);
    if (p === undefined) return undefined;
    words.push(p);
  }
  return words.length > 0 ? { words, countries } : undefined;
}

/** Which names of the systems' knowledge base systemNameEnd accepts, called on the recogniser (see its accept methods). */
type SystemNameTest = (this: OfficialRecognizer, i: number, ambiguous: boolean, last: number) => boolean;

export class OfficialRecognizer {
  /** Token i is spellings[ids[i]] (see sp and tok); positions are in `toks` (see start/end/nl). */
  private readonly n: number;
  private readonly ids: Int32Array;
  private readonly spellings: readonly Token[];
  private readonly starts: Int32Array;
  /** Whitespace before | line breaks before << 1 (see Tokens). */
  private readonly flags: Uint8Array;
  private readonly text: string;
  private readonly lineUpper: Uint8Array;
  /**
   * What the stages' loops first ask of a token, by spelling id (see CLASS_WORD and the bits after it): one element of a
   * small array per token, where reading the spelling object's fields at every token was the
   * loops' top lines (profile: about 3.5% of a 1 MB pass over three loops).
   */
  private readonly spellingClass: Uint16Array;
  private readonly people: Person[] = [];
  /** True during stage 2, whose mentions before later titled ones wait in Person.late (see addPosition). */
  private inShortForms = false;
  /**
   * People by surname key, each list in creation order. Finding the person a name refers to looked
   * at every person of the article; an assembled 1 MB corpus has over a thousand people, and that
   * scan (with a regular expression per person) was a third of the engine's time.
   */
  private readonly bySurname = new Map<string, Person[]>();
  /** withoutLink's lists by surname key. */
  private readonly ownSurname = new Map<string, { people: Person[]; checked: number }>();
  /** For each surname key, its list's people split by first name (see FirstNameSplit). */
  private readonly surnameSplit = new Map<string, FirstNameSplit>();
  /** For each person (by index): the surname splits they are filed in, each followed by their index in its list. */
  private readonly memberOf: Array<Array<FirstNameSplit | number> | undefined> = [];
  /**
   * People with a first name by that name in lower case, then by the surname key of their `last`
   * when filed (a person is filed again when `last` changes; old entries stay and are checked).
   */
  private readonly byFirstAndSurname = new Map<string, Map<string, Person[]>>();
  /** People by lower-case first name (a person is added when their first name becomes known). */
  private readonly byFirst = new Map<string, Person[]>();
  /** People by the surname key of each of their middle names (see fileMiddle). */
  private readonly byMiddle = new Map<string, Person[]>();
  /** The dateline's country (see datelineCountry), null for none; found when first asked (see dateline). */
  private datelineHome: string | null | undefined;
  /** Positions (in text order) of unnamed people introduced with "a/an ... official", by head word. */
  private readonly anonymous = new Map<string, number[]>();
  /** Office holders referred to by title only, by key (see markHolder). */
  private readonly holders = new Map<string, Holder>();
  /** Stage 3 only (people no longer change): the people fitting a nominal's words, by signature. */
  private readonly fitting: FittingNode = { next: undefined, fit: undefined };
  /** Stage 3 only: fittingFor's answers by fitCriteria key (see there). */
  private readonly fittingByTest = new Map<string, Fitting>();
  /** See firstLineEnd (-1 until asked). */
  private firstLineEndAt = -1;
  /** The headline's first token: 0, or after kicker lines such as "MEDIA STATEMENT" (see headlineStart). */
  private readonly headFrom: number;
  /** The heads of state or government among a Fitting's people, as a Fitting (see headsOf). */
  private readonly headsByFitting = new Map<Fitting, Fitting>();
  /** Stage 3 only: mentionsOf(people) by a hash of the people's indices, with the people (see fittingFor). */
  private readonly mentionsBySet = new Map<number, { people: readonly Person[]; merged: { offsets: Float64Array; owners: Int32Array } }[]>();
  /** Stage 3 only: people by country, in person order (built on first use). */
  private byCountry: Map<string, Person[]> | undefined;
  /** Stage 3 only: every named mention in order (see allMentions). */
  private everyMention: { offsets: Float64Array; owners: Int32Array } | undefined;
  /** Stage 3 only: the merged mentions of each country's people (see fittingFor). */
  private readonly countryMentions = new Map<string, { offsets: Float64Array; owners: Int32Array }>();
  /** titleForm's answers by person index (an array: a Map keyed by person was half of its time). */
  private readonly titleCache: Array<string | undefined> = [];
  /** The country of the article's dateline (see datelineCountry), set when references are resolved. */
  private home: string | undefined;
  /** officeForms' answers by person index. */
  private readonly officeFormCache: Array<readonly [string, string] | undefined> = [];
  /** parseTitle's answers by token index: 0 = not asked, -1 = no title, k = phrase k - 1 of `titles`. */
  private readonly titleAt: Int32Array;
  private readonly titles = new TitleMemo();
  private readonly spans = new OfficialSpans();
  private readonly taken: Uint8Array;
  /** Tokens of first names a briefer thanked at the start of a turn after a moderator's (see moderatorThanked). */
  private moderatorNames: number[] | undefined;
  /** The last scanName's answer: the name's token range, end offset and suffix ... */
  private scanFrom = 0;
  private scanTo = 0;
  private scanEndOffset = 0;
  private scanSuffix: string | undefined;
  /** ... and whether it is one word, found without the loop (see scannedName). */
  private scanOneWord = false;
  /** ... and the initials it begins with ("S." of "S. Jaishankar", "H.R." of "H.R. McMaster"), if any. */
  private scanLead: string | undefined;
  /** Token indices of the scanned name's words (particles included) and of its initials ("J."): the first scanWordCount and scanInitialCount entries. */
  private readonly scanWords: number[] = [];
  private readonly scanInitials: number[] = [];
  private scanWordCount = 0;
  /** Words mayHaveTitleHead passed (see there). */
  private readonly titleWalk: number[] = [];
  /** parseTitleAt's scratch list of countries (see there). */
  private readonly phraseCountries: string[] = [];
  private scanInitialCount = 0;
  /** Which US department the text speaks for, once asked (see departmentSecretary): 'defense', 'state', or '' for neither or both. */
  private department: string | undefined;
  /**
   * A nationality that may carry over to the next titled name (see noteSharedNationality): the
   * token where that name's title must start, the country, and the first title's head and text.
   */
  private sharedAt = -1;
  private sharedCountry = '';
  private sharedHead = '';
  private sharedTitle = '';

  /**
   * @param systems the weapon systems' knowledge base, for system names that begin with a title
   *   word ("CH-53K King Stallion", "Queen Elizabeth class"): no person is read there.
   */
  constructor(text: string, toks: Tokens, private readonly systems?: SystemsKb) {
    this.text = text;
    this.n = toks.length;
    this.ids = toks.ids;
    this.spellings = toks.spellings;
    this.starts = toks.start;
    this.flags = toks.flags;
    this.taken = toks.bytes(SCRATCH.officialsTaken);
    this.titleAt = toks.ints(SCRATCH.officialsTitleAt);
    this.spellingClass = spellingClasses(this.spellings);
    this.lineUpper = this.markUpperLines(toks);
    this.headFrom = headlineStart(toks);
  }

  /** Runs the three stages and returns official spans (named, nominal and group). */
  run(): Span[] {
    return this.runCompact().toSpans();
  }

  /** As run, with the spans as the recogniser keeps them (see OfficialSpans). */
  runCompact(): OfficialSpans {
    this.findTitledAndCuedNames();
    this.findKnownFigures();
    this.inShortForms = true;
    this.findShortForms();
    // A moderator thanked by a first name that no one named in the text has (see moderatorThanked).
    if (this.moderatorNames !== undefined) {
      for (const i of this.moderatorNames) {
        const t = this.sp(i);
        if (this.firstPersonNamed(t.lower) !== undefined || this.bySurname.has(t.key) || !this.scanName(i, 1)) continue;
        this.addNamed(i, this.starts[i] as number, this.scannedName(), undefined, true);
      }
    }
    this.inShortForms = false;
    for (let k = 0; k < this.people.length; k++) mergeLate(this.people[k] as Person);
    this.resolveNominals(this.findNominals());
    this.findTitleAcronyms();
    this.findParliamentaryReferences();
    this.takeStylesBeforeReferences();
    return this.spans;
  }

  /**
   * Hansard's forms of address: "Mr Speaker" (the Speaker, whom the record seldom names: one
   * office holder), and "the right hon. Gentleman", "the hon. Lady", "my right hon. Friend", the
   * Member another Member speaks of. Such a form is the speaker of the turn before, the Member
   * being answered; "my (right) hon. Friend" in a question ("Will my right hon. Friend confirm
   * ...?") the one who answers next. Never the turn's own speaker, and nothing when no such turn
   * is found.
   */
  private findParliamentaryReferences(): void {
    const spellings = this.spellings;
    let any = false;
    for (let id = 0; id < spellings.length && !any; id++) {
      const k = (spellings[id] as Token).key;
      any = k === 'hon' || k === 'speaker';
    }
    if (!any) return;
    let named: { offsets: Float64Array; owners: Int32Array } | undefined;
    for (let i = 1; i < this.n; i++) {
      const t = this.sp(i);
      // "Mr Speaker", "Madam Deputy Speaker" (as a vocative or a speaker's label).
      if (t.key === 'speaker' && t.cap) {
        let from = i - 1;
        const deputy = this.sp(from).key === 'deputy' && this.sameLine(i);
        if (deputy) from--;
        // (With the honorific's period: "Dear Mr. Speaker:".)
        if (from > 0 && this.sp(from).text === '.' && !this.spaced(from)) from--;
        if (from < 0 || !this.sameLine(from + 1)) continue;
        const h = this.sp(from).key;
        if (h !== 'mr' && h !== 'madam') continue;
        // (Its words may be taken by a reference that found no one: a mention of its own is what counts.)
        if (this.spanCovers(this.starts[from] as number)) continue;
        // "Dear Mr. Speaker:" opens a letter whose address block above names the Speaker
        // ("Honorable Mike Johnson / Speaker of the House of Representatives"): the person named
        // last, within a few lines.
        if (from > 0 && this.sp(from - 1).key === 'dear') {
          named ??= mentionsInOrder(this.people);
          const at = countBelow(named.offsets, this.starts[from] as number);
          if (at > 0 && (this.starts[from] as number) - (named.offsets[at - 1] as number) < 200) {
            this.taken.fill(1, from, i + 1);
            this.spans.push(this.starts[from] as number, this.end(i), true, (this.people[named.owners[at - 1] as number] as Person).key);
            continue;
          }
        }
        const title = deputy ? 'Deputy Speaker' : 'Speaker';
        const key = `h:${title.toLowerCase()}|`;
        if (!this.holders.has(key)) this.holders.set(key, { key, title, country: undefined });
        this.taken.fill(1, from, i + 1);
        this.spans.push(this.starts[from] as number, this.end(i), true, key);
        continue;
      }
      // "[the|my] [right] hon. Gentleman|Lady|Friend|Member".
      if (t.key !== 'hon' || this.tok(i + 1)?.text !== '.' || !this.sameLine(i + 2)) continue;
      const noun = this.tok(i + 2);
      if (noun === undefined || !HON_NOUN.has(noun.key)) continue;
      let from = i - 1;
      if (this.sp(from).lower === 'right' && this.sameLine(i)) from--;
      if (from < 0 || !this.sameLine(from + 1)) continue;
      const det = this.sp(from).lower;
      if (det !== 'the' && det !== 'my') continue;
      if (this.spanCovers(this.starts[from] as number)) continue;
      named ??= mentionsInOrder(this.people);
      const at = this.starts[from] as number;
      const own = this.hansardTurnSpeaker(named, at, 0);
      // (Asked after the form's own period: "Can my right hon. Friend tell us ...?")
      // ("The hon. Gentleman" of a question is the Member who spoke before, as of an answer; "my
      // right hon. Friend" asked is the minister who answers, usually of the asker's own party.)
      const asked = noun.key === 'friend' && this.askedAt(this.end(i + 2));
      const p = this.hansardTurnSpeaker(named, at, asked ? 1 : -1, own);
      if (p === undefined) continue;
      this.taken.fill(1, from, i + 3);
      const end = this.end(i + 2) - (isPossessive(noun) ? 2 : 0);
      this.spans.push(at, end, true, p.key);
    }
  }

  /**
   * Whether an official span found before findParliamentaryReferences covers offset `at`: the
   * spans' starts, sorted, and their ends, listed on the first call (a scan of the spans per form
   * of address was quadratic in a text made of them).
   */
  private spanCovers(at: number): boolean {
    return coversAt(this.coverIndex ??= spanCoverIndex(this.spans), at);
  }
  private coverIndex: SpanCoverIndex | undefined;

  /**
   * The Member speaking in a Hansard turn: the named person whose mention is in the label that
   * opens a line ("James Cartlidge (South Suffolk) (Con):", "The Secretary of State for Defence
   * (John Healey):"). `direction` 0 is the turn of offset `at` (its label's line, or the nearest
   * above: a turn goes on over paragraphs); -1 the nearest earlier turn of a speaker other than
   * `except`, +1 the next one (within 40 lines either way).
   */
  private hansardTurnSpeaker(named: { offsets: Float64Array; owners: Int32Array }, at: number, direction: number, except?: Person): Person | undefined {
    const text = this.text;
    let lineStart = text.lastIndexOf('\n', at - 1) + 1;
    for (let lines = 0; lines < 40; lines++) {
      const p = this.labelSpeaker(named, lineStart);
      if (direction === 0) {
        // The first label at or above the line: its Member (or nobody, "Mr Speaker:").
        if (p !== undefined) return p ?? undefined;
      } else if (lines > 0 && p !== undefined && p !== null && p !== except) {
        return p;
      }
      if (direction > 0) {
        const next = text.indexOf('\n', lineStart);
        if (next < 0) return undefined;
        lineStart = next + 1;
      } else {
        if (lineStart === 0) return undefined;
        lineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
      }
    }
    return undefined;
  }

  /** The person named in the speaker's label that opens the line at lineStart; null for a label naming no one ("Mr Speaker:"), undefined for no label. */
  private labelSpeaker(named: { offsets: Float64Array; owners: Int32Array }, lineStart: number): Person | null | undefined {
    const text = this.text;
    // (After a question's number: "4. Jesse Norman (Hereford and South Herefordshire) (Con):", "T2. ...".)
    let c0 = lineStart;
    if (text.charCodeAt(c0) === 84) c0++;
    const digits = c0;
    while (c0 < digits + 3 && text.charCodeAt(c0) >= 48 && text.charCodeAt(c0) <= 57) c0++;
    c0 = c0 > digits && text.charCodeAt(c0) === 46 && text.charCodeAt(c0 + 1) === 32 ? c0 + 2 : lineStart;
    // The label's colon, within a label's length and before any sentence's end.
    let colon = -1;
    for (let c = c0, end = Math.min(text.length, c0 + 120); c < end; c++) {
      const ch = text.charCodeAt(c);
      if (ch === 58) { colon = c; break; }
      if (ch === 10 || ch === 46 || ch === 63 || ch === 33) break;
    }
    if (colon <= c0) return undefined;
    const k = countBelow(named.offsets, c0);
    return k < named.offsets.length && (named.offsets[k] as number) < colon ? this.people[named.owners[k] as number] ?? null : null;
  }

  /**
   * "The CDS was briefed" after "Chief of Defence Staff General Anil Chauhan": the initials of a
   * title of two or more capitalised words, after "the", refer back to the person with that title
   * once they have been named ("CDS", "NSA" for a National Security Adviser; with "of" too: "COAS"
   * for Chief of Army Staff). Before the holder's surname they are part of the name's mention
   * ("EAM Jaishankar", "CDS Chauhan"). Only acronyms that one person's title gives, and only in
   * mixed-case lines.
   */
  private findTitleAcronyms(): void {
    let byAcronym: Map<string, Person | null> | undefined;
    // Initials read over "of the" ("COAS" of "Chief of the Air Staff", which is the CAS) are weak:
    // they stand for the person only when no one's title gives them otherwise ("Chief of Army
    // Staff", the COAS, in the same text). Two of a kind make the initials no one's.
    let weak: Set<string> | undefined;
    const note = (acronym: string, p: Person, isWeak = false): void => {
      byAcronym ??= new Map();
      const seen = byAcronym.get(acronym);
      if (seen === undefined) { byAcronym.set(acronym, p); if (isWeak) (weak ??= new Set()).add(acronym); return; }
      if (seen === p) { if (!isWeak) weak?.delete(acronym); return; }
      const seenWeak = weak?.has(acronym) === true;
      if (seenWeak && !isWeak) { byAcronym.set(acronym, p); weak?.delete(acronym); return; }
      if (!seenWeak && isWeak) return;
      byAcronym.set(acronym, null);
    };
    for (const p of this.people) {
      const title = p.title;
      if (title === undefined) continue;
      // (Read once per title: see titleAcronymsOf.)
      const read = titleAcronymsOf(title);
      if (read.service !== undefined) note(read.service, p);
      // The acronym the text gave the office in parentheses: "Supreme Allied Commander Europe (SACEUR) General ...".
      if (p.titleAcronym !== undefined) note(p.titleAcronym, p);
      if (read.irregular !== undefined) note(read.irregular, p);
      if (read.plain !== undefined) note(read.plain, p);
      if (read.withOf !== undefined) note(read.withOf, p, read.overThe);
    }
    if (byAcronym === undefined) return;
    const ids = this.ids;
    const spellings = this.spellings;
    // Most texts hold none of those acronyms: the distinct spellings tell (one look-up each for the
    // few in capitals) before any pass over the tokens, which this runs on every analysis.
    let wanted: Map<number, Person> | undefined;
    // (And a byte per spelling for the pass: most tokens are asked one byte, not their spelling.)
    let isWanted: Uint8Array | undefined;
    for (let id = 0; id < spellings.length; id++) {
      const t = spellings[id] as Token;
      if (!t.word) continue;
      // (Its possessive too, whose "'s" makes the word no longer all capitals: "The CNO's comments".)
      const p = t.upper ? byAcronym.get(t.text) : isPossessive(t) && t.text.length > 3 && isTitleInitials(t.text.slice(0, -2)) ? byAcronym.get(t.text.slice(0, -2)) : undefined;
      if (p) { (wanted ??= new Map()).set(id, p); (isWanted ??= new Uint8Array(spellings.length))[id] = 1; }
    }
    if (wanted === undefined || isWanted === undefined) return;
    let spanAt: Map<number, number> | undefined;
    // (The spans found so far, for taken words; spanCovers keeps its own for the stage after.)
    let covered: SpanCoverIndex | undefined;
    for (let i = 1; i < this.n; i++) {
      const id = ids[i] as number;
      if (isWanted[id] === 0) continue;
      const p = wanted.get(id);
      if (p === undefined || this.lineUpper[i] === 1) continue;
      // (Its words may be taken by a reference that found no one, as "The CFO" is when no title
      // has "CFO" as a word: only a span of its own counts, as in findParliamentaryReferences.)
      if (this.taken[i] && coversAt(covered ??= spanCoverIndex(this.spans), this.starts[i] as number)) continue;
      // Before the holder's surname it is their title ("EAM Jaishankar" after "External Affairs
      // Minister Dr. S. Jaishankar"): the surname's mention, found in stage 2, takes it in.
      if (i + 1 < this.n && this.sameLine(i + 1) && lastForms(this.sp(i + 1).text).key === surnameKey(p.last)) {
        if (!this.taken[i + 1]) {
          // Stage 2 read the two words as a name with a first name that fits nobody.
          const end = this.end(i + 1) - (isPossessive(this.sp(i + 1)) ? 2 : 0);
          this.taken[i] = 1;
          this.taken[i + 1] = 1;
          this.spans.push(this.starts[i] as number, end, false, p.key);
          continue;
        }
        if (spanAt === undefined) {
          spanAt = new Map();
          for (let k = 0; k < this.spans.length; k++) if (!this.spans.nominal(k)) spanAt.set(this.spans.start(k), k);
        }
        const k = spanAt.get(this.starts[i + 1] as number);
        if (k !== undefined && this.spans.key(k) === p.key) {
          this.spans.setStart(k, this.starts[i] as number);
          this.taken[i] = 1;
          continue;
        }
      }
      const det = this.sp(i - 1);
      // A service chief's or NATO commander's standard acronym stands alone too, as a name does:
      // "SACEUR was clear", "COAS visited the front" (not before a name: "CDS General Anil Chauhan").
      // (Not the acronym's definition in parentheses: "Chief of Army Staff (COAS)".)
      if (det.lower !== 'the' && det.text !== '(' && ACRONYM_TITLE.has(this.sp(i).lower) && (p.positions[0] as number) < (this.starts[i] as number)
        && !(this.sameLine(i + 1) && this.capWord(i + 1))) {
        this.taken[i] = 1;
        this.spans.push(this.starts[i] as number, this.end(i) - (isPossessive(this.sp(i)) ? 2 : 0), true, p.key);
        continue;
      }
      if (det.lower !== 'the' || (this.taken[i - 1] && coversAt(covered ??= spanCoverIndex(this.spans), this.starts[i - 1] as number)) || !this.sameLine(i)) continue;
      const start = this.starts[i - 1] as number;
      // A reference after the person was named, as "the secretary" is.
      if ((p.positions[0] as number) >= start) continue;
      // (With the head of the body after its initials: "the IMDO chief", "the GAMI governor".)
      const head = i + 1 < this.n && this.sameLine(i + 1) && this.spaced(i + 1) && ACRONYM_BODY_HEAD.has(this.sp(i + 1).key) ? i + 1 : i;
      // Before its holder's name set off by a comma it is the name's office, as "its director,
      // Tomas Varga," is: "The CDS, General Anil Chauhan, said" marks the name alone.
      if (this.tok(head + 1)?.text === ',' && this.sameLine(head + 2) && this.taken[head + 2]) continue;
      this.taken[i - 1] = 1;
      this.taken.fill(1, i, head + 1);
      this.spans.push(start, this.end(head) - (isPossessive(this.sp(head)) ? 2 : 0), true, p.key);
    }
  }

  /** Marks tokens on lines written in capitals (transcript speaker labels, shouted headlines). */
  private markUpperLines(toks: Tokens): Uint8Array {
    const out = toks.bytes(SCRATCH.officialsUpperLines);
    let lineStart = 0;
    const flush = (end: number): void => {
      // A speaker label or shouted headline is a run of at least two capitalised words at the start
      // of a line; the rest of the line is ordinary text. One acronym ("NATO Secretary General") is not a run.
      // (The walk stops at the line's first word with a lower-case letter, the first word of most
      // lines: a count of the line's capitalised words before it was a second pass over every token.)
      let k = lineStart;
      let words = 0;
      // Whether a word of the run is longer than an acronym's three letters: "UK PM Keir Starmer"
      // opens with two acronyms, not a shouted line ("NATO CHIEF", "MR. RYDER:" are).
      let long = false;
      for (; k < end; k++) {
        const t = this.sp(k);
        if (t.text === ':') { long = true; break; }
        const letter = (factsOf(t) & LETTER_WORD) !== 0;
        if (letter && !t.upper && !(t.text.length === 1 && t.cap)) break;
        if (letter) { words++; if (t.text.length > 3) long = true; }
      }
      if (words >= 2 && long) out.fill(1, lineStart, k);
    };
    // Line starts from the flags alone (profile: newLine through the method was most of this loop).
    const flags = this.flags;
    for (let i = 1; i < this.n; i++) {
      if ((flags[i] as number) > 1) { flush(i); lineStart = i; }
    }
    flush(this.n);
    return out;
  }

  /** The spelling of token i, or undefined outside the text (the arrays may be longer). */
  private tok(i: number): Token | undefined {
    return i >= 0 && i < this.n ? this.spellings[this.ids[i] as number] : undefined;
  }

  /** The spelling of token i (0 <= i < n). */
  private sp(i: number): Token {
    return this.spellings[this.ids[i] as number] as Token;
  }

  /** The offset just after token i (0 <= i < n; see Tokens.endOf). */
  private end(i: number): number {
    return (this.starts[i] as number) + this.sp(i).text.length;
  }

  /**
   * The person of first name `first` whose patronymic chain begins with the name's words and goes
   * on with another link ("Khalid bin Salman bin Abdulaziz" for "Khalid bin Salman"), the earliest
   * named; undefined when there is none. Asked only of names whose middle ends with a link word.
   */
  private chainWithPrefix(first: string, name: NameParts): Person | undefined {
    const list = this.byFirst.get(firstNameLower(first));
    if (list === undefined) return undefined;
    const words = [...name.middle, name.last].map((w) => w.toLowerCase());
    for (const p of list) {
      const chain = [...p.middle, p.last].map((w) => w.toLowerCase());
      if (chain.length <= words.length + 1 || !ARABIC_NAME_LINK.has(chain[words.length] as string)) continue;
      if (words.every((w, k) => surnameKey(w) === surnameKey(chain[k] as string))) return p;
    }
    return undefined;
  }

  /**
   * Whether tokens j and j + 1 are a plural noun for the countries of a bilateral story and the
   * apostrophe of its possessive ("countries'", "nations'", "sides'", "governments'"), on one line.
   */
  private countriesPossessiveAt(j: number): boolean {
    if (j + 1 >= this.n || !this.sameLine(j + 1) || this.spaced(j + 1)) return false;
    const q = this.sp(j + 1).text;
    return (q === "'" || q === '\u2019') && COUNTRIES_NOUN.has(this.sp(j).lower);
  }

  /**
   * The token after the name of a ship (or a navy's base) whose prefix is token i: the capitalised
   * words after it on its line, at most five, as the systems stage reads a ship's name ("HMS Queen
   * Elizabeth", "BNS Sheikh Hasina").
   */
  private shipNameEnd(i: number): number {
    let j = i + 1;
    while (j < this.n && j < i + 6 && this.sameLine(j) && this.sp(j).word && this.sp(j).cap) j++;
    return j;
  }

  /** Token i exists and starts on the line of the token before it. */
  private sameLine(i: number): boolean {
    return i >= 0 && i < this.n && (this.flags[i] as number) >>> 1 === 0;
  }

  /** Token i (which must exist) starts a new line. */
  private newLine(i: number): boolean {
    return (this.flags[i] as number) >>> 1 !== 0;
  }

  /** Token i exists and has whitespace before it. */
  private spaced(i: number): boolean {
    return i >= 0 && i < this.n && ((this.flags[i] as number) & 1) !== 0;
  }

  /** A capitalised word in mixed-case text, or any word on an upper-case line. */
  private capWord(i: number): boolean {
    const t = this.tok(i);
    return t !== undefined && t.word && (t.cap || this.lineUpper[i] === 1);
  }

  /**
   * The person named before who holds the title phrase at token i, when it is a bare office after
   * "the": "The Secretary and Foreign Minister Kamikawa discussed ..." after "Secretary of State
   * Antony J. Blinken" is two people, the Secretary and Kamikawa, not one with two offices (as
   * "Deputy Prime Minister and Minister of National Defence Mariusz Blaszczak" is). The last
   * people named are asked, a bounded number, so that many such phrases stay linear.
   */
  private heldBefore(phrase: TitlePhrase, i: number): Person | undefined {
    if (phrase.from !== i || phrase.countries.length > 0 || this.tok(i - 1)?.lower !== 'the') return undefined;
    // One word that is the head ("The Secretary"), or a short office of capitalised words ("The
    // Crown Prince and Secretary Blinken" after "Crown Prince and Prime Minister Mohammed bin Salman").
    const words = phrase.to - phrase.from;
    const office = words === 1 ? (phrase.head === i ? this.sp(i).lower : undefined) : words <= 3 ? this.phraseTitle(phrase).toLowerCase() : undefined;
    if (office === undefined || office.length === 0) return undefined;
    // Someone whose title is the office itself before anyone whose title holds it: "The Secretary"
    // after "Secretary Blinken" and "Foreign Secretary David Lammy" is Blinken.
    let holder: Person | undefined;
    for (let k = this.people.length - 1, steps = 0; k >= 0 && steps < 64; k--, steps++) {
      const p = this.people[k] as Person;
      const title = p.title?.toLowerCase();
      if (title === office) return p;
      if (holder === undefined && ((title !== undefined && hasWord(title, office)) || (words > 1 && p.otherOffice !== undefined && hasWord(p.otherOffice.toLowerCase(), office)))) holder = p;
    }
    return holder;
  }

  /**
   * Where a department's portfolios joined by "and" (and commas) start, before the title phrase at
   * token i: "Culture, Media and | Sport Secretary" gives the token of "Culture". Each portfolio is
   * one to three capitalised portfolio words (see isPortfolioWord); portfolio words right before i
   * that the walk left out ("Net Zero | Secretary") belong to the last one. i when there is none, or
   * when a capitalised word goes on before it (a name's: "Mark Putin and | Defence Minister").
   */
  private joinedPortfolioStart(i: number): number {
    let k = i - 1;
    for (let words = 0; words < 3 && k > 0 && this.portfolioWordAt(k); words++) k--;
    // The office after "and" has a portfolio of its own: in "the Department of National Defense and
    // Secretary Lloyd Austin" the secretary is someone else.
    if (k === i - 1 && this.titleHeadAt(i)) return i;
    if (!(this.sp(k).lower === 'and' || this.sp(k).text === '&') || !this.sameLine(k) || this.taken[k]) return i;
    let from = i;
    for (let groups = 0; groups < 3; groups++) {
      let m = k - 1;
      for (let words = 0; words < 3 && m >= 0 && this.portfolioWordAt(m); words++) m--;
      if (m === k - 1) return i;
      from = m + 1;
      // Another portfolio before a comma: "Culture, | Media and Sport".
      if (m > 0 && this.sp(m).text === ',' && this.sameLine(m) && this.portfolioWordAt(m - 1)) { k = m; continue; }
      // A capitalised word before the portfolios is a name's or a title's: no department.
      // Nor after "of": "the Ministry of Trade and ..." names a department, not an office's portfolios.
      if (m >= 0 && this.sp(m).lower === 'of') return i;
      // (Not "The" opening a sentence: "The Work and Pensions Secretary Liz Kendall".)
      if (m >= 0 && this.sameLine(m + 1) && this.capWord(m) && !isDeterminer(this.sp(m))) return i;
      break;
    }
    return from;
  }

  /**
   * The token of "Lord" when "Sea Lord" (or "Second Sea Lord") starts at token j, else -1: the
   * Royal Navy's professional head and his deputy ("First Sea Lord Adm. Ben Key", "Second Sea
   * Lord"), with its ordinal. "Lord" heads no title elsewhere ("Lord Ashcroft", "Ms. Lord"), so
   * it is no TITLE_CORE word and the phrase is asked for here, by key (cheap: most words fail the
   * first compares).
   */
  private seaLordHead(j: number): number {
    const t = this.tok(j);
    if (t === undefined || !t.cap) return -1;
    // From the ordinal, or from "Sea" after it ("South China Sea Lord Howell" is no office).
    const k = t.key === 'first' || t.key === 'second' ? j + 1 : t.key === 'sea' && j > 0 && (this.sp(j - 1).key === 'first' || this.sp(j - 1).key === 'second') ? j : -1;
    if (k < 0 || !this.sameLine(k + 1) || this.sp(k).key !== 'sea' || !this.sp(k).cap) return -1;
    return this.tok(k + 1)?.key === 'lord' && this.sp(k + 1).cap ? k + 1 : -1;
  }

  /**
   * The token of "Officer" when "Program Executive Officer" starts at token j, else -1: a US
   * acquisition office, whose portfolio follows it ("Program Executive Officer Ground Combat
   * Systems Glenn Dean"; see peoPortfolioEnd). "Program" opens no title elsewhere.
   */
  private peoHead(j: number): number {
    const t = this.tok(j);
    if (t === undefined || t.key !== 'program' || !t.cap || !this.sameLine(j + 2)) return -1;
    return this.sp(j + 1).key === 'executive' && this.sp(j + 1).cap && this.sp(j + 2).key === 'officer' && this.sp(j + 2).cap ? j + 2 : -1;
  }

  /**
   * The end of a Program Executive Officer's portfolio from token k, "for" or not: capitalised
   * words (and "and") up to a rank or honorific that opens the holder's name ("for Attack
   * Submarines | Rear Adm. ..."), or, with none, all but the last two, the holder's given name and
   * surname ("Ground Combat Systems | Glenn Dean"). k when there is none.
   */
  private peoPortfolioEnd(k: number): number {
    const start = this.tok(k)?.lower === 'for' && this.sameLine(k + 1) ? k + 1 : k;
    let m = start;
    for (; m < this.n && m < start + 8 && this.sameLine(m) && this.sp(m).word && (this.sp(m).cap || this.sp(m).lower === 'and'); m++) {
      const t = this.sp(m);
      if (t.cap && (RANK_WORD.has(t.key) || isRankAfterOffice(t.key) || t.key === 'rear' || t.key === 'vice' || isHonorific(t))) return m > start ? m : k;
    }
    // (Not when the words end an appositive's office, "X, Program Executive Officer for Unmanned
    // Aviation and Strike Weapons, said", or follow an "and" inside the portfolio.)
    return m - 2 > start && this.sp(m - 3).lower !== 'and' && this.tok(m)?.text !== ',' ? m - 2 : k;
  }

  /**
   * Whether the lower-case title phrase at token i, opened by an organisation's name, and a
   * company's chief executive after its "and" are one person's two offices, as a company's head
   * often holds both: "Embraer president and CEO Francisco Neto", "Saab chairman and chief
   * executive Per Lund" (before, the span began at "CEO"). Asked at a title phrase only.
   */
  private companyHeadPair(phrase: TitlePhrase, i: number): boolean {
    const and = phrase.to;
    if (this.tok(and)?.lower !== 'and' || !this.sameLine(and + 1) || this.orgBeforeRole(i) === 0) return false;
    const k = this.sp(and + 1).key;
    // (Or its managing director: "HAL chairman and managing director Ravi Menon".)
    return k === 'ceo' || ((k === 'chief' || k === 'managing') && this.tok(and + 2)?.key === (k === 'chief' ? 'executive' : 'director'));
  }

  /** Whether the title phrase at token i starts at its head ("Secretary Lloyd Austin"). */
  private titleHeadAt(i: number): boolean {
    const phrase = this.parseTitle(i);
    return phrase !== undefined && phrase.head === i;
  }

  /** Whether token k is a capitalised portfolio word on the line of the word after it, not taken (see joinedPortfolioStart). */
  private portfolioWordAt(k: number): boolean {
    const t = this.tok(k);
    if (t === undefined || !t.word || !t.cap || this.taken[k] || !this.sameLine(k + 1)) return false;
    return (isTitleModifier(t) && !isTitleCore(t)) || OFFICE_WORD.has(t.lower) || JOINED_PORTFOLIO.has(t.lower);
  }

  /** Parses a title phrase starting at token i ("Ukraine's Minister of Defence", "Brig. Gen."). */
  private parseTitle(i: number): TitlePhrase | undefined {
    // Most tokens cannot start a title: reject them before any work (this runs at every token).
    const first = this.tok(i);
    if (!first || !first.word) return undefined;
    // The answer depends on the tokens alone, and stages 1 and 3 (and appositive checks) ask
    // about the same titles: "the defense minister" without a name is parsed by both.
    // (Asked first: a word rejected below is marked too, so that stage 3 does not ask
    // orgBeforeRole again at the capitalised words stage 1 rejected.)
    const known = this.titleAt[i] as number;
    if (known > 0) return this.titles.get(known - 1);
    if (known === NO_TITLE) return undefined;
    if (!canStartTitle(first) && this.orgBeforeRole(i) === 0 && !this.partyBeforeOffice(i) && this.seaLordHead(i) < 0 && this.peoHead(i) < 0) { this.titleAt[i] = NO_TITLE; return undefined; }
    // HEAD_AHEAD: an earlier pre-walk passed this word on its way to a head word, so the pre-walk
    // from here would say yes too; the full walk decides.
    const phrase = known === HEAD_AHEAD ? this.walkTitle(i) : this.parseTitleAt(i);
    this.titleAt[i] = phrase ? this.titles.add(phrase) + 1 : NO_TITLE;
    return phrase;
  }

  private parseTitleAt(i: number): TitlePhrase | undefined {
    return this.mayHaveTitleHead(i) ? this.walkTitle(i) : undefined;
  }

  /** parseTitleAt without the quick rejection (kept apart so that tests can compare the two). */
  private walkTitle(i: number): TitlePhrase | undefined {
    // Countries go to a kept scratch array until a head is found: most calls (a nationality before
    // a noun that is no title) find none, and an array per call that met a country (an empty
    // literal grows to 17 slots at its first push) was most of the 3 MB this function allocated
    // per 1 MB call (heap profile).
    const found = this.phraseCountries;
    const walked = this.titleWalk;
    let count = 0;
    let nc = 0;
    let organization: string | undefined;
    let head = -1;
    // Where a rank after an office begins ("Pentagon Press Secretary Brig. Gen. Dana Reed"): the
    // title is the office (see rankAfterOffice).
    let officeEnd = -1;
    let j = i;
    const n = this.n;
    while (j < n) {
      const t = this.sp(j);
      if (head < 0) walked[count++] = j;
      if (j > i && this.newLine(j)) break;
      if (!t.word) {
        if (t.text === '.' && !this.spaced(j) && j > i && ABBREVIATED.has(this.sp(j - 1).lower)) { j++; continue; }
        // A hyphen between two rank abbreviations, as Israeli and Commonwealth papers write them:
        // "Maj.-Gen.", "Lt.-Gen.", "Brig.-Gen." (one rank, as "Maj. Gen." is).
        if (t.text === '-' && !this.spaced(j) && j > i + 1 && this.sp(j - 1).text === '.' && ABBREVIATED.has(this.sp(j - 2).lower)
          && j + 1 < n && !this.spaced(j + 1) && ABBREVIATED.has(this.sp(j + 1).lower)) { j++; continue; }
        // An organisation's initials in parentheses before the office: "Armed Forces of the
        // Philippines (AFP) chief of staff Gen. ..." (the initials are how the text names it later).
        if (t.text === '(' && head < 0 && j > i && this.sameLine(j + 2) && this.tok(j + 2)?.text === ')' && isTitleInitials(this.sp(j + 1).text)) { j += 3; continue; }
        // Two offices written with a slash: "High Representative/Vice-President", "Deputy Prime
        // Minister/Defence Minister" (the tokenizer splits such a slash; see slashBetweenTitles).
        if (t.text === '/' && j === head + 1 && !this.spaced(j) && j + 1 < n && !this.spaced(j + 1) && canStartTitle(this.sp(j + 1))) { j++; continue; }
        // India's portfolio in parentheses after the office: "Secretary (Defence Production)".
        if (t.text === '(' && j === head + 1) {
          const portfolio = this.officeCompletionEnd(head);
          if (portfolio > j) { j = portfolio; continue; }
        }
        break;
      }
      if (head >= 0 && officeEnd < 0 && t.cap && this.rankAfterOffice(j, head)) {
        // The service before a rank is the rank's ("director Navy Capt. Jeff Davis").
        officeEnd = j;
        while (officeEnd - 1 > head && SERVICE_BEFORE_RANK.has(this.sp(officeEnd - 1).key)) officeEnd--;
      }
      const lw = t.lower;
      if (isTitleCore(t)) {
        // "officer", "private" and "d'affaires" are heads only inside a rank or title ("Petty Officer", "Private First Class", "Chargé d'Affaires").
        // Elsewhere a word that is also a title modifier is one ("Executive Director").
        if (RANK_ONLY_HEAD.has(t.key) && !this.rankOnlyHeadFits(i, j, t.key)) {
          if (!isTitleModifier(t)) break;
          j++;
          continue;
        }
        // A royal style after an office is the name's, not the title's: "Defense Minister | Prince
        // Khalid bin Salman", "President | Sheikh Mohamed bin Zayed" (honorificLead puts it in the span).
        if (head >= 0 && STYLE_BEFORE_NAME.has(t.key) && this.sameLine(j + 1) && this.capWord(j + 1)) break;
        // A style that is a given name too, before "bin", is the name: "Prince | Sultan bin Fawaz",
        // "Sheikh | Sultan bin Muhammad" (see styleAsGivenName).
        if (this.styleAsGivenName(t, j)) break;
        // A rank's abbreviation without its period after a civilian office, then one name word, is a
        // given name: "Defense Minister | Gen Nakatani" (a rank there is written "Gen." or in full).
        if (head >= 0 && this.givenNameNotRank(j, head)) break;
        // A title word that is the surname of someone named ends the title: "Senator | King" after
        // "Senator Angus King" (see titleWordSurname).
        if (head >= 0 && this.titleWordSurname(j, 0)) break;
        head = j;
        j++;
        // A possessive head ends the phrase ("The secretary's call").
        if (isPossessive(t)) break;
        continue;
      }
      // "and" joins two nationalities in a group reference ("The Iranian and Russian defense chiefs").
      if (lw === 'and' && j > i && nc > 0 && head < 0) {
        const nx = this.tok(j + 1);
        if (nx && countryByDemonym(nx.text)) { j++; continue; }
        break;
      }
      // An organisation may sit inside a title ("Chief Pentagon Spokesperson"); the phrase still ends at its last head word.
      const orgKey = lw.charCodeAt(lw.length - 1) === 46 ? lw.slice(0, -1) : lw;
      if (head >= 0 && !isTitleModifier(t) && !(t.cap && ORG_MODIFIER.get(orgKey)?.country !== undefined)) {
        // A company's "Chief <...> Officer" ("Chief Medical Officer"): the word before "officer" is the office.
        if (j === head + 1 && this.sp(head).key === 'chief' && this.sameLine(j + 1) && this.sp(j + 1).key === 'officer') { j++; continue; }
        // A qualifier before a region or portfolio and its head: "deputy Middle East director".
        if (j === head + 1 && QUALIFIER_HEAD.has(this.sp(head).key)) {
          const next = this.portfolioThenHead(j);
          if (next > 0) { j = next; continue; }
        }
        // The charge of a commander or an officer: "Commander in Chief", "Flag Officer in Command",
        // "Officer in Charge", "Flag Officer Commanding-in-Chief"; or an organisation's initials
        // after the office, then the holder's honorific or rank: "Chairman DRDO Dr Prakash Iyer"
        // (see officeCompletionEnd).
        if (j === head + 1) {
          const charged = this.officeCompletionEnd(head);
          if (charged > j) { j = charged; continue; }
        }
        // A commander's unit named right after the office, as navies write it: "Commander Pacific
        // Fleet Adm. Stephen Koehler", "Commander Fifth Fleet Vice Adm. George Wikoff".
        if (j === head + 1 && this.sp(head).key === 'commander') {
          const unitEnd = this.unitAfterCommander(j);
          if (unitEnd > 0) { j = unitEnd; continue; }
        }
        break;
      }
      // Two-word nationalities and names ("South Korean President", "Saudi Arabia's").
      if (head < 0 && (factsOf(t) & PAIR_FIRST) !== 0 && this.sameLine(j + 1) && this.tok(j + 1)?.cap) {
        const pair = countryByKeyPair(t.key, this.sp(j + 1).key);
        if (pair) { found[nc++] = pair.name; j += 2; continue; }
        // And longer ones: "United Arab Emirates Defence Minister".
        const long = this.longCountryAt(j);
        if (long !== undefined) { found[nc++] = long.info.name; j += long.words.length; continue; }
      }
      const country = isDemonymOrCountry(t);
      if (country && head < 0) { found[nc++] = country; j++; continue; }
      const org = ORG_MODIFIER.get(orgKey);
      if (org && t.cap) {
        if (org.country) found[nc++] = org.country;
        if (org.organization) organization = org.organization;
        j++;
        continue;
      }
      // "under" belongs to a title only as "Under Secretary" (or "under secretary", written in
      // lower case); otherwise, and in lower case before a capital, it is the preposition of
      // "signed under President Reagan", "served under Secretary Austin".
      if (t.key === 'under') {
        const next = this.tok(j + 1);
        if (next?.key !== 'secretary' || (!t.cap && this.lineUpper[j] !== 1 && next.cap)) break;
      }
      if (head < 0 && this.partyBeforeOffice(j)) { j += 2; continue; }
      // "Sea Lord" is one head ("First Sea Lord"; see seaLordHead).
      if (head < 0 && this.seaLordHead(j) > 0) { head = this.seaLordHead(j); j = head + 1; continue; }
      // As is "Program Executive Officer" (see peoHead).
      if (head < 0 && this.peoHead(j) > 0) { head = this.peoHead(j); j = head + 1; continue; }
      if (isTitleModifier(t)) { j++; continue; }
      // An organisation no list names, before a lower-case role: "Hezbollah leader Hassan
      // Nasrallah", "Taliban spokesman Zabihullah Mujahid" (see orgBeforeRole).
      if (head < 0) {
        const after = this.orgBeforeRole(j);
        if (after > 0) { j = after; continue; }
      }
      break;
    }
    if (head < 0) {
      // No head: as in mayHaveTitleHead, a walk from any word this one landed on (not the word it
      // stopped at) takes the same steps, or stops sooner, since it has met no more nationalities
      // for an "and" to join, and finds no head either. Marked here, they are not walked again:
      // the pre-walk passes every "and", so for "Russian and Russian and ... minister" it found the
      // head and every word of the run was walked to its end (quadratic: 1.8 s for 50 KB).
      for (let k = 1; k < count; k++) {
        const w = walked[k] as number;
        if (w !== j && (this.titleAt[w] === 0 || this.titleAt[w] === HEAD_AHEAD)) this.titleAt[w] = NO_TITLE;
      }
      return undefined;
    }
    let countries = nc === 0 ? NO_COUNTRIES : nc === 1 ? [found[0] as string] : found.slice(0, nc);
    // (With the words that complete the office: "Commander in Chief", "Secretary (Defence
    // Production)", "Chairman DRDO"; see officeCompletionEnd.)
    let to = this.officeCompletionEnd(head);
    if (this.tok(to)?.text === '.' && !this.spaced(to) && ABBREVIATED.has(this.sp(head).lower)) to++;
    to += this.rankGrade(to, head);
    let titleTo = officeEnd >= 0 ? officeEnd : to;
    // Office tail: "of Defense for Acquisition and Sustainment", "of the Joint Chiefs of Staff".
    const headTok = this.sp(head);
    const tail = this.parseOfficeTail(to, ENVOY_HEAD.has(headTok.key), !headTok.cap && this.lineUpper[head] !== 1);
    // (Or the joint staff a chairman heads, written without "of the": see officeCompletionEnd.)
    const completed = tail > to || (to > head + 1 && (headTok.key === 'chairman' || headTok.key === 'chair' || headTok.key === 'chairperson') && this.sp(head + 1).key === 'joint');
    if (tail > to) {
      // The country an envoy is sent to is not the envoy's ("Ambassador to Saudi Arabia"), nor
      // the country an envoy's office is for ("Special Envoy for Syria"; a "Minister for Europe" is
      // another matter, and keeps no country from it either).
      const sentTo = this.sp(to).lower === 'to' || (this.sp(to).lower === 'for' && SUBJECT_HEAD.has(headTok.key) && headTok.key !== 'secretary');
      // Nor is one after a later "for" or "to" in the tail ("Deputy Assistant Secretary of Defense
      // for China"), until an "of" ("Minister for Foreign Affairs of Japan").
      let forward = false;
      for (let k = to; k < tail && !sentTo; k++) {
        const lo = this.sp(k).lower;
        if (lo === 'for' || lo === 'to') forward = true;
        else if (lo === 'of') forward = false;
        if (forward) continue;
        const c = isDemonymOrCountry(this.sp(k));
        if (c && !countries.includes(c)) {
          if (countries === NO_COUNTRIES) countries = [];
          countries.push(c);
        }
      }
      to = tail;
      // And a portfolio in parentheses after the tail: "Secretary of State (Defence Procurement)",
      // "Minister of State (Defence Production)".
      const portfolio = this.portfolioInParentheses(to, i);
      if (portfolio > 0) to = portfolio;
      if (officeEnd < 0) titleTo = to;
    }
    if (completed) {
      // A rank after the office is the same title ("Chairman of the Joint Chiefs of Staff Gen. Mark
      // A. Milley", "Chief of Naval Operations Adm. Lisa Franchetti"), as a rank after a title
      // without an office tail is ("Pentagon Press Secretary Brig. Gen. Dana Reed"). The walk below
      // reuses this one's scratch arrays, whose contents were copied above.
      const next = this.tok(to);
      // (A given name that is also a rank's abbreviation is the name's: "Minister of Defense Gen Nakatani".)
      if (next && next.cap && this.sameLine(to) && (isRankAfterOffice(next.key) || (SERVICE_BEFORE_RANK.has(next.key) && this.rankAfterService(to))) && !this.givenNameNotRank(to, head)) {
        const rank = this.walkTitle(to);
        if (rank && rank.from === to) {
          // The head stays the office's: a title leaves out the countries before its head, and
          // those after it ("Commander of U.S. Central Command") are part of the office.
          to = rank.to;
          organization ??= rank.organization;
          for (const c of rank.countries) {
            if (countries.includes(c)) continue;
            if (countries === NO_COUNTRIES) countries = [];
            countries.push(c);
          }
        }
      }
    }
    // Capitalisation is asked by every caller; the title text is built later, for the phrases
    // used (see phraseTitle).
    let capitalized = true;
    for (let k = i; k < to; k++) {
      const t = this.sp(k);
      if (!t.word || t.cap || this.lineUpper[k] === 1) continue;
      const lo = t.lower;
      if (!(lo === 'of' || lo === 'for' || lo === 'the' || lo === 'and')) { capitalized = false; break; }
    }
    // "ad interim" after the title ("Chargé d'Affaires, a.i., Jonathan Cohen"): in the mention,
    // not in the title.
    const rankTo = to;
    to = this.adInterimEnd(to);
    return { from: i, to, head, countries, organization, capitalized, title: undefined, titleFrom: i, titleTo, rankTo };
  }

  /**
   * When capitalised office words or places (one to three: "Middle East", "Asia Pacific") then a
   * title head follow from token k on the line, the head's token, where the walk goes on: a
   * qualifier standing as a head before them ("deputy") is not the end of the title. 0 otherwise.
   */
  private portfolioThenHead(k: number): number {
    let m = k;
    // An international organisation counts as one: "deputy UN envoy", "deputy EU ambassador".
    while (m < k + 3 && m < this.n && this.sameLine(m) && this.sp(m).cap
      && (OFFICE_WORD.has(this.sp(m).lower) || isDemonymOrCountry(this.sp(m)) !== undefined || ORG_MODIFIER.get(this.sp(m).lower)?.organization !== undefined)) m++;
    if (m === k || m >= this.n || !this.sameLine(m)) return 0;
    const t = this.sp(m);
    return t.word && isTitleCore(t) && !RANK_ONLY_HEAD.has(t.key) ? m : 0;
  }

  /**
   * The token after a unit's name at token k, right after "Commander": one to three capitalised
   * words (an ordinal, a region or an office word) and a unit word ("Pacific Fleet", "Fifth
   * Fleet", "U.S. Army Europe" aside); 0 when there is none.
   */
  private unitAfterCommander(k: number): number {
    let m = k;
    while (m < k + 3 && m < this.n && this.sameLine(m) && this.sp(m).cap && !UNIT_WORD.has(this.sp(m).key)
      && (ORDINAL_WORD.has(this.sp(m).key) || REGION_WORD.has(this.sp(m).key) || OFFICE_WORD.has(this.sp(m).lower))) m++;
    if (m === k || m >= this.n || !this.sameLine(m) || !this.sp(m).cap || !UNIT_WORD.has(this.sp(m).key)) return 0;
    return m + 1;
  }

  /** The token after "a.i." (or ", a.i.,") at token k, on the same line; k when there is none. */
  private adInterimEnd(k: number): number {
    let j = k;
    const comma = this.tok(j)?.text === ',';
    if (comma) j++;
    if (this.tok(j)?.lower !== 'a.i' || !this.sameLine(j) || this.tok(j + 1)?.text !== '.' || this.spaced(j + 1)) return k;
    j += 2;
    if (comma) {
      if (this.tok(j)?.text !== ',') return k;
      j++;
    }
    return j;
  }

  /**
   * Whether the "General" at `head` ends an office ("Director General", "Secretary General",
   * "Inspector General"), not a rank: an office word comes before it. A rank may follow such an
   * office: "Defense Ministry Director General Maj. Gen. (res.) Eyal Zamir".
   */
  private officeGeneral(head: number): boolean {
    if (head === 0 || this.sp(head).key !== 'general' || !this.sameLine(head)) return false;
    const before = this.sp(head - 1);
    return before.word && isTitleCore(before) && !RANK_WORD.has(before.key) && !isRankAfterOffice(before.key);
  }

  /**
   * Whether the capitalised word at j, in a title walk whose latest head is `head`, opens a rank
   * after an office: the head is no rank word itself, and the word is a rank abbreviation with
   * its period ("Brig.", "Gen.", "Adm.") or a rank written out that never completes an office
   * ("Admiral", "Colonel"). "General" written out does complete one ("Secretary General",
   * "Attorney General"), as "Chief", "Marshal" and "Vice" can.
   */
  private rankAfterOffice(j: number, head: number): boolean {
    const t = this.sp(j);
    // A rank written as one hyphenated word: "Chief of Navy Vice-Admiral Sean Wat".
    if (t.key.indexOf('-') > 0 && isHyphenatedRank(t.key)) return !(RANK_WORD.has(this.sp(head).key) && !this.officeGeneral(head));
    // "General" completes no Sea Lord's office: "First Sea Lord | General Sir Gwyn Jenkins" (see seaLordHead).
    if (t.key === 'general' && this.sp(head).key === 'lord') return true;
    if ((!isRankAfterOffice(t.key) && t.key !== 'senior') || (RANK_WORD.has(this.sp(head).key) && !this.officeGeneral(head))) return false;
    if (FULL_RANK_START.has(t.key)) return true;
    if (j + 1 < this.n && this.sp(j + 1).text === '.' && !this.spaced(j + 1) && ABBREVIATED.has(t.lower)) return true;
    // A grade before the rank word: "IDF spokesperson Rear Adm. Daniel Hagari", "Navy spokesman
    // Vice Adm. John Kirby", "Air Marshal", "Air Chief Marshal".
    const next = this.tok(j + 1);
    if (next !== undefined && this.sameLine(j + 1) && ((t.key === 'rear' || t.key === 'vice') && RANK_WORD.has(next.key)
      // The PLA's "Senior Col." (a grade of its own).
      || (t.key === 'senior' && (next.key === 'col' || next.key === 'colonel'))
      || (t.key === 'air' && (next.key === 'marshal' || (next.key === 'chief' && this.tok(j + 2)?.key === 'marshal'))))) return true;
    // Without its period (British and South Asian usage) before a full name or "Sir": "Army chief
    // Gen Asim Munir", "Defence Secretary Gen Sir Nick Carter"; not "Defense Minister Gen Nakatani".
    return t.cap && !t.upper && RANK_ABBREVIATION.has(t.key) && this.sameLine(j + 2) && this.capWord(j + 1) && this.capWord(j + 2)
      && !this.givenNameNotRank(j, head);
  }

  /**
   * The token after a retired or reserve officer's mark after a rank, "(ret.)", "(Ret.)", "(retd)"
   * ("Gen. (ret.) David Petraeus") or "(res.)" (Israeli reservists: "Maj. Gen. (res.) Eyal
   * Zamir"), on the line; k when there is none.
   */
  private afterRetired(k: number): number {
    if (this.tok(k)?.text !== '(' || !this.sameLine(k + 1)) return k;
    const w = this.tok(k + 1);
    if (w === undefined || !RETIRED_MARK.has(w.lower)) return k;
    let m = k + 2;
    if (this.tok(m)?.text === '.') m++;
    return this.tok(m)?.text === ')' && this.sameLine(m) ? m + 1 : k;
  }

  /**
   * Whether the capitalised rank abbreviation at j ("Gen", "Col"), written without a period after
   * the civilian office headed at `head`, is a given name: the surname follows and ends the name.
   */
  private givenNameNotRank(j: number, head: number): boolean {
    const t = this.sp(j);
    if (!t.cap || t.upper || !RANK_ABBREVIATION.has(t.key) || RANK_WORD.has(this.sp(head).key) || !CIVILIAN_HEAD.has(this.sp(head).key)) return false;
    const next = this.tok(j + 1);
    if (next === undefined || !this.sameLine(j + 1) || !this.capWord(j + 1) || next.text === '.') return false;
    return this.nameEndsAfter(j + 1) && (factsOf(next) & NAME_WORD) !== 0;
  }

  /**
   * The end of the words that complete an office right after its head at `head`: an organisation's
   * initials before the holder's honorific or rank ("Chairman DRDO Dr ...", see orgInitialsAfter);
   * a portfolio in parentheses ("Secretary (Defence Production)"); or, for a commander or an
   * officer, the charge ("in Chief", "in Command", "in Charge", in either case, on the line; an
   * officer's "Commanding" and "Commanding-in-Chief"). `head + 1` when none follows.
   */
  private officeCompletionEnd(head: number): number {
    const key = this.sp(head).key;
    if (this.orgInitialsAfter(head + 1)) return head + 2;
    // (Or after a comma, as India's press releases write it: "Chairman and Managing Director, HAL
    // Dr DK Sunil"; the honorific or rank after the initials says a name follows.)
    if (this.tok(head + 1)?.text === ',' && this.orgInitialsAfter(head + 2)) return head + 3;
    // A portfolio in parentheses, as India's ministries write their secretaries: "Secretary
    // (Defence Production)", "Joint Secretary (Aerospace)": one to four capitalised words.
    const portfolio = this.portfolioInParentheses(head + 1);
    if (portfolio > 0) return portfolio;
    // The chair of a joint staff written without "of the", as Pakistan's forces write it:
    // "Chairman Joint Chiefs of Staff Committee General Sahir Shamshad Mirza".
    if (key === 'chairman' || key === 'chair' || key === 'chairperson') return this.jointStaffEnd(head + 1) ?? head + 1;
    if (key !== 'commander' && key !== 'officer') return head + 1;
    const next = this.tok(head + 1);
    if (next === undefined || !this.sameLine(head + 1)) return head + 1;
    // A Program Executive Officer's portfolio (see peoPortfolioEnd).
    if (key === 'officer' && head > 1 && this.peoHead(head - 2) === head) return Math.max(this.peoPortfolioEnd(head + 1), head + 1);
    // NATO's strategic commands: "Supreme Allied Commander Europe", "Supreme Allied Commander Transformation".
    if (key === 'commander' && next.cap && COMMAND_AREA.has(next.key) && head > 0 && this.sp(head - 1).key === 'allied') return head + 2;
    if (next.key === 'in' && this.sameLine(head + 2) && OFFICE_CHARGE.has(this.tok(head + 2)?.key ?? '')) return head + 3;
    if (key === 'officer' && next.cap && (next.key === 'commanding' || next.key === 'commanding-in-chief')) return head + 2;
    return head + 1;
  }

  /** The token after "Joint Chiefs of Staff" (and "Committee") capitalised on the line from token k, or undefined. */
  private jointStaffEnd(k: number): number | undefined {
    const first = this.tok(k);
    if (first === undefined || first.key !== 'joint' || !first.cap || !this.sameLine(k + 3)) return undefined;
    if (this.sp(k + 1).key !== 'chiefs' || this.sp(k + 2).lower !== 'of' || this.sp(k + 3).key !== 'staff' || !this.sp(k + 3).cap) return undefined;
    const committee = this.tok(k + 4);
    return committee !== undefined && committee.cap && committee.key === 'committee' && this.sameLine(k + 4) ? k + 5 : k + 4;
  }

  /**
   * The token after a portfolio in parentheses that opens at token k ("(Defence Production)"):
   * one to four capitalised words and ")" on the line, not a speaker label's holder ("CHAIR
   * (Senator Ciccone):"); 0 when there is none. `afterTail`: the title's first token, when the
   * parentheses follow an office's tail rather than its head (see below).
   */
  private portfolioInParentheses(k: number, afterTail = -1): number {
    if (this.tok(k)?.text !== '(' || !this.sameLine(k) || this.lineUpper[k - 1] === 1) return 0;
    let m = k + 1;
    while (m < k + 5 && m < this.n && this.sameLine(m) && this.sp(m).word && this.sp(m).cap) m++;
    if (!(m > k + 1 && this.tok(m)?.text === ')' && this.sameLine(m) && !(this.tok(m + 1)?.text === ':' && this.sameLine(m + 1)))) return 0;
    const first = this.sp(k + 1);
    // Never the holder's name: "the Prime Minister (Keir Starmer) said", "(Mr Healey)". A name's
    // words are none of a portfolio's (office words, organisations' last words, adjectives).
    let portfolioWord = false;
    for (let w = k + 1; w < m && !portfolioWord; w++) {
      const lw = this.sp(w).lower;
      portfolioWord = OFFICE_WORD.has(lw) || ORGANISATION_END.has(lw) || PORTFOLIO_SUFFIX.test(lw);
    }
    if (isHonorific(first) || (m > k + 2 && !portfolioWord)) return 0;
    // Right after the head, as India's ministries write their secretaries, any such words:
    // "Secretary (Defence Production)", "Director General (Aeronautical Systems)", "Joint Secretary (Aerospace)".
    if (afterTail < 0) return m + 1;
    // After an office's tail (from token `afterTail`), an office word, a rank's qualifier, or the
    // initials of the organisation the tail named ("director general of the Swedish Defence
    // Materiel Administration (FMV)", whose holder "the FMV chief" is later), but not the office's
    // own initials, which the titled-name stage reads ("Chief of Army Staff (COAS) General ...").
    if (m === k + 2 && first.upper && first.text.length >= 2 && first.text.length <= 6 && isDemonymOrCountry(first) === undefined) {
      return first.text.charCodeAt(0) === this.sp(afterTail).text.toUpperCase().charCodeAt(0) ? 0 : m + 1;
    }
    // (A rank's qualifier: "Lieutenant General (Retired) Muhammad Zafar Iqbal", "Staff Major
    // General (Pilot) Ali bin Mohammed Al-Mohannadi".)
    if (m === k + 2 && RANK_QUALIFIER.has(first.lower)) return m + 1;
    return portfolioWord ? m + 1 : 0;
  }

  /**
   * Whether token k, right after an office's head, is an organisation's initials that the office
   * is of, with the holder's honorific or rank after them on the line ("Chairman DRDO Dr ...").
   * Not a country's ("UK"), and not on a line in capitals.
   */
  private orgInitialsAfter(k: number): boolean {
    const t = this.tok(k);
    if (t === undefined || !t.word || !t.upper || t.text.length > 6 || !this.sameLine(k) || this.lineUpper[k] === 1 || isDemonymOrCountry(t) !== undefined) return false;
    const next = this.tok(k + 1);
    if (next !== undefined && next.cap && this.sameLine(k + 1) && (isHonorific(next) || RANK_WORD.has(next.key))) { this.officeInitialsSeen.add(t.text); return true; }
    return this.officeInitialsSeen.has(t.text);
  }

  /**
   * Organisations' initials already read after an office's head before a name (see
   * orgInitialsAfter): later the office keeps them without the name, "The Chairman DRDO said".
   */
  private readonly officeInitialsSeen = new Set<string>();

  /**
   * Whether a head that stands only in a rank (RANK_ONLY_HEAD) is one at token j of a walk from i:
   * "officer" after "Petty" or "Warrant" in the same phrase or in a chief officer's title ("Chief
   * Officer", "Chief Executive Officer"), "d'affaires" after "Chargé" (or
   * "Charge"), "member" after "Ranking", "private" before "First Class". (Asked only at those words.)
   */
  private rankOnlyHeadFits(i: number, j: number, key: string): boolean {
    if (key === 'officer') {
      // An officer in charge of something, by that charge: "Officer in Charge", "Flag Officer in
      // Command", "Flag Officer Commanding" (see officeCompletionEnd).
      if (this.officeCompletionEnd(j) > j + 1) return true;
      // A rank ("Petty Officer", "Chief Warrant Officer", "Flag Officer") or a chief officer ("Chief Officer", "Chief Financial Officer").
      if (j <= i) return false;
      const prev = this.sp(j - 1).lower;
      if (OFFICER_RANK.has(prev) || prev === 'flag' || prev === 'chief' || (j - 2 >= i && this.sp(j - 2).key === 'chief')) return true;
      // An office's spokesperson by another name: "Press Officer", "Information Officer", "Public
      // Affairs Officer" (a press officer who is named is marked; see GUIDELINES).
      if (prev === 'press' || prev === 'information' || (prev === 'affairs' && j - 2 >= i && this.sp(j - 2).key === 'public')) return true;
      // A headquarters' principal staff officer, an office of South Asian armed forces: "Principal
      // Staff Officer Lieutenant General ..." (not "a staff officer").
      return prev === 'staff' && j - 2 >= i && this.sp(j - 2).key === 'principal';
    }
    if (key === 'ens') return this.tok(j + 1)?.text === '.' && !this.spaced(j + 1);
    // "MG" and "BG" (Major- and Brigadier-General, as Singapore's forces write them) in capitals,
    // before the surname of someone already named: "Major-General Kelvin Fan ... MG Fan said", not
    // a car maker ("MG Motor") or a machine gun ("the MG 42").
    if (key === 'mg' || key === 'bg') return j === i && this.sp(j).upper && this.sameLine(j + 1) && this.capWord(j + 1) && this.bySurname.has(this.sp(j + 1).key);
    if (key === "d'affaires") { const lo = j > i ? this.sp(j - 1).lower : ''; return lo === 'chargé' || lo === 'charge'; }
    // "chief executive", not "Executive Order" or "Executive Director" (whose head is "Director").
    if (key === 'executive') return j > i && this.sp(j - 1).key === 'chief';
    // A government's chief scientist: "Chief Scientist", "Chief Defence Scientist" (a scientist is no office).
    if (key === 'scientist') return j > i && (this.sp(j - 1).key === 'chief' || (j - 1 > i && this.sp(j - 2).key === 'chief'));
    // A design bureau's head: "Chief Designer", "General Designer" (a designer is no office).
    if (key === 'designer') return j > i && (this.sp(j - 1).key === 'chief' || this.sp(j - 1).key === 'general');
    // "Ranking Member Wicker", not "a member of the committee".
    if (key === 'member') return j > i && this.sp(j - 1).key === 'ranking';
    return this.rankGrade(j + 1, j) === 2 && this.sp(j + 1).lower === 'first';
  }

  /**
   * How many tokens at k grade the rank whose head is token `head`: 2 for an ordinal and "Class"
   * ("Petty Officer 1st Class", "Sgt. 1st Class", "Airman First Class"), for a warrant officer's
   * class in the British Army ("Warrant Officer Class 1"), 1 for a US warrant officer's grade
   * number ("Chief Warrant Officer 3"), else 0.
   */
  private rankGrade(k: number, head: number): number {
    if (!this.sameLine(k)) return 0;
    const t = this.sp(k);
    if (!t.word) return 0;
    if (CLASS_ORDINAL.has(t.lower)) {
      const c = this.tok(k + 1);
      return c !== undefined && this.sameLine(k + 1) && c.key === 'class' && (c.cap || this.lineUpper[k + 1] === 1) ? 2 : 0;
    }
    const h = this.sp(head);
    if (h.key !== 'officer' || !OFFICER_RANK.has(this.tok(head - 1)?.lower ?? '')) return 0;
    const grade = (g: Token | undefined): boolean => g !== undefined && g.text.length === 1 && g.text >= '1' && g.text <= '5';
    if (grade(t)) return 1;
    return t.key === 'class' && (t.cap || this.lineUpper[k] === 1) && this.sameLine(k + 1) && grade(this.tok(k + 1)) ? 2 : 0;
  }

  /** A phrase's title text, built on first use (see TitlePhrase.title). */
  private phraseTitle(phrase: TitlePhrase): string {
    return (phrase.title ??= this.titleText(phrase.titleFrom, phrase.titleTo, phrase.head));
  }

  /**
   * The title of the phrase over tokens [i, to) with head word `head`: the kept words joined by
   * spaces, punctuation glued to the word before it ("Brig. Gen."), without the countries before
   * the head, the two words of a nationality ("South Korean") and "honorable". When the kept
   * words are the source text as written (one space between words, punctuation unspaced, no
   * capitals to recase), which most titles are, the answer is one slice of it; otherwise it is
   * joined piece by piece (the joined strings were most of the title walk's garbage).
   */
  private titleText(i: number, to: number, head: number): string {
    const text = this.text;
    // First pass: which tokens are kept, and whether they are one run of the source text.
    let firstStart = -1;
    let lastEnd = -1;
    let contiguous = true;
    for (let k = i; k < to && contiguous; k++) {
      const t = this.sp(k);
      if (!t.word) {
        // (An opening parenthesis first: the joined title keeps it, "(AFP) chief of staff".)
        if (firstStart < 0) { if (t.text === '(') contiguous = false; continue; }
        // Glued to the word before it: the source must have no space between them.
        if ((this.starts[k] as number) !== lastEnd) contiguous = false;
        lastEnd = this.end(k);
        continue;
      }
      const skipped = this.titleSkips(t, k, head);
      if (skipped > 0) { if (firstStart >= 0) contiguous = false; k += skipped - 1; continue; }
      if (this.lineUpper[k] === 1) { contiguous = false; break; }
      const s = this.starts[k] as number;
      if (firstStart < 0) firstStart = s;
      else if (s !== lastEnd + 1 || text.charCodeAt(lastEnd) !== 32) contiguous = false;
      lastEnd = this.end(k);
    }
    if (contiguous) return firstStart < 0 ? '' : text.slice(firstStart, lastEnd);
    let title = '';
    for (let k = i; k < to; k++) {
      const t = this.sp(k);
      // (An opening parenthesis keeps its space: "Secretary (Defence Production)".)
      if (!t.word) {
        if (t.text === '(') title += title.length ? ' (' : '(';
        else if (title.length) title += t.text;
        continue;
      }
      const skipped = this.titleSkips(t, k, head);
      if (skipped > 0) {
        k += skipped - 1;
        // The period of a skipped abbreviation goes with it ("Acting U.S. Defense Secretary" is
        // "Acting Defense Secretary", not "Acting. Defense Secretary").
        if (k + 1 < to && this.sp(k + 1).text === '.' && (this.starts[k + 1] as number) === this.end(k)) k++;
        continue;
      }
      const lo = t.lower;
      const small = lo === 'of' || lo === 'for' || lo === 'the' || lo === 'and';
      const part = this.lineUpper[k] === 1 ? (small ? t.lower : titleCaseWord(t.text)) : t.text;
      title = title.length === 0 ? part : title.endsWith('(') || title.endsWith('/') ? title + part : title + ' ' + part;
    }
    return title;
  }

  /**
   * How many words from token k (a word) a title leaves out: 1 for a country or nationality before
   * the head or "honorable", 2 for a two-word nationality before it ("South Korean"), else 0.
   */
  private titleSkips(t: Token, k: number, head: number): number {
    // The pair first: "Saudi" alone is a nationality too, and "Saudi Arabian" left "Arabian" in the title.
    if (k + 1 < head && t.cap && twoWordCountryFirsts.has(t.key) && countryByKeyPair(t.key, this.sp(k + 1).key)) return 2;
    // And a longer one before the head ("United Arab Emirates Defence Minister").
    if (k + 2 < head && t.cap && twoWordCountryFirsts.has(t.key)) {
      const long = this.longCountryEnd(k);
      if (long > 0 && long <= head) return long - k;
    }
    if (isDemonymOrCountry(t) !== undefined && k < head) {
      // A country's name after a country, before a capitalised word, names an organisation of the
      // first: "China's Taiwan Affairs Office spokesperson" (the title keeps "Taiwan Affairs Office").
      if (k > 0 && k + 1 < head && this.sameLine(k) && countryByNameKey(t.key) !== undefined && isDemonymOrCountry(this.sp(k - 1)) !== undefined
        && this.sp(k + 1).cap && isDemonymOrCountry(this.sp(k + 1)) === undefined && !isTitleCore(this.sp(k + 1))) return 0;
      return 1;
    }
    // "Taiwan's new president Lai Ching-te": the title is "president". An envoy's "there"
    // ("our ambassador there, Michael Ratney") is where, not what: the title is "ambassador".
    if (t.lower === 'there' && k > head) return 1;
    return t.lower === 'honorable' || t.lower === 'honourable' || (t.lower === 'new' && k < head) ? 1 : 0;
  }

  /** Whether tokens k and k + 1 are a company's "General Manager" on one line ("Aselsan General Manager Ahmet Akyol"). */
  private generalManagerAt(k: number): boolean {
    return this.sp(k).key === 'general' && this.tok(k + 1)?.key === 'manager' && this.sameLine(k + 1);
  }

  /**
   * Whether token k is a title word after the last word of a body's name ("Pacific Islands Forum |
   * Secretary General"); not after an administration, named after its leader ("Biden
   * Administration Secretary Blinken" is the secretary's mention, "Secretary Blinken").
   */
  private bodyOfficeAt(k: number): boolean {
    const end = this.sp(k - 1).key;
    return ORGANISATION_END.has(end) && end !== 'administration' && isTitleCore(this.sp(k));
  }

  /** Whether a capitalised qualifier at k stands before a company's or body's head on its line ("Vice Chairman", "Deputy Director"). */

  private orgRoleQualifierAt(k: number): boolean {
    const q = this.sp(k);
    if ((nameFactsOf(q) & ORG_QUALIFIER_WORD) === 0 || !this.sameLine(k + 1)) return false;
    const role = this.tok(k + 1);
    return role !== undefined && role.cap && !role.upper && CAPITAL_ORG_ROLE.has(role.key);
  }

  /**
   * Whether token j is a capitalised word before "Party" and a member's office in capitals or title
   * case: "Socialist Party MP Jasper van Dijk", "Freedom Party Senator". The party's name belongs
   * to the title (the span is the longest title and name), as "Labour MP" does. Both title walks
   * step over the two words to the office.
   */
  private partyBeforeOffice(j: number): boolean {
    if (j + 2 >= this.n || !this.sp(j).cap || !this.sp(j).word || possessiveWord(this.sp(j)) || !this.sameLine(j + 2)) return false;
    const party = this.sp(j + 1);
    const office = this.sp(j + 2);
    return party.key === 'party' && party.cap && !party.upper && office.cap && isTitleCore(office);
  }

  /**
   * Whether token j is among the last words of a longer name, which are no organisation of their
   * own (see orgBeforeRole): "Bank of England Governor" is not "England Governor". ("and" is not
   * such a word: "signed by Amir Baram and IAI President and CEO Boaz Levy".)
   */
  private insideLongerName(j: number): boolean {
    return j > 1 && this.sameLine(j) && ORG_NAME_LINK.has(this.sp(j - 1).text) && this.sp(j - 2).cap && this.sameLine(j - 1);
  }

  /**
   * When token j is a capitalised word that names no country, title or common word (or an
   * acronym), opening an organisation's name of up to four capitalised words right before a
   * lower-case role on its line ("Hezbollah leader", "Wagner Group chief", "IRGC Aerospace Force
   * commander", "Hamas political chief"): the token after the name, where the walk goes on (the
   * organisation is part of the title: the span is the longest title and name). 0 otherwise.
   * Depends on the tokens from j on only, never on where a walk began, as mayHaveTitleHead's memo needs.
   */
  private orgBeforeRole(j: number): number {
    const t = this.sp(j);
    if (!t.cap || possessiveWord(t) || j + 1 >= this.n || this.newLine(j + 1)) return 0;
    // (The last words of a longer name are no organisation: see insideLongerName, asked before
    // each answer other than 0, after the role test that rejects most words.)
    // A body's initials alone before any office it has: "CSTO Secretary-General Imangali
    // Tasmagambetov", "DAPA Minister Seok Jong-gun", "PMC Commandant Maj. Gen. Arturo Rojas".
    // (Up to eight letters: a UN mission's initials are often seven, "MONUSCO Force Commander".)
    if (t.upper && t.text.length >= 2 && t.text.length <= 8 && this.lineUpper[j] !== 1 && this.sameLine(j + 1)) {
      const role = this.sp(j + 1);
      // (Or a company's "General Manager": "TAI General Manager Mehmet Demiroglu".)
      const manager = this.generalManagerAt(j + 1);
      // (In lower case after "the", a reference: "The DAPA minister said".)
      const referred = !role.cap && role.word && j > 0 && this.sp(j - 1).lower === 'the' && this.sameLine(j);
      // (Or any capitalised office the walk goes on to: "PNG Defence Minister Billy Joseph", "AU
      // Commissioner for Political Affairs ..."; the walk after it still needs a head. Not a ship's
      // prefix: "HMS Prince of Wales".)
      const office = role.cap && (isTitleCore(role) || isTitleModifier(role)) && !SHIP_PREFIX.has(t.text);
      // (Initials may hold letters outside A-Z: "TUSAŞ General Manager".)
      if ((role.cap || referred) && (!role.upper || role.key === 'ceo') && (ACRONYM_ORG_ROLE.has(role.key) || manager || office) && /^\p{Lu}+$/u.test(t.text) && countryByKey(t.key) === undefined) return this.insideLongerName(j) ? 0 : j + 1;
    }
    let k = j + 1;
    // The organisation's name may go on for a few capitalised words: "IRGC Aerospace Force
    // commander Amir Ali Hajizadeh", "Wagner Group chief".
    // A company's officer in capitals ends it: "Lockheed Martin CEO Jim Taiclet".
    for (let m = 0; m < 3 && k + 1 < this.n && !this.newLine(k) && this.sp(k).word && this.sp(k).cap && !possessiveWord(this.sp(k)); m++) {
      const w = this.sp(k);
      if ((factsOf(w) & ORG_ROLE_PART) !== 0) {
        if (w.upper && ORG_ROLE_ACRONYM.has(w.key)) break;
        // A company's officer in title case ends it too: "Rheinmetall Chief Executive Armin
        // Papperger", "Hanwha Aerospace President Son Jae-il" (only after the name's first word).
        if (k > j && !w.upper && CAPITAL_ORG_ROLE.has(w.key)) break;
      }
      // So does a role's qualifier before it: "Hanwha Aerospace Vice Chairman Kim Dong-kwan".
      if (k > j && this.orgRoleQualifierAt(k)) break;
      // And a company's "General Manager" ("Aselsan General Manager"), or an office after a word
      // that ends a body's name ("Pacific Islands Forum Secretary General").
      if (this.generalManagerAt(k) || this.bodyOfficeAt(k)) break;
      k++;
    }
    // Two of a company's nouns joined by "and" after its first word: "Airbus Defence and Space
    // CEO" (not a list of companies, "Boeing and Airbus CEOs", whose words are names).
    const joined = k > j + 1 && k + 2 < this.n && this.sp(k).lower === 'and' && COMPANY_NAME_NOUN.has(this.sp(k - 1).key)
      && this.sp(k + 1).cap && COMPANY_NAME_NOUN.has(this.sp(k + 1).key) && this.sameLine(k + 2) ? k : -1;
    if (joined > 0) k += 2;
    // The body's initials in parentheses after its name: "International Atomic Energy Agency
    // (IAEA) Director General Rafael Grossi" (the name's words end at nameEnd).
    const nameEnd = k;
    if (k > j + 1 && this.tok(k)?.text === '(' && this.tok(k + 2)?.text === ')' && this.sameLine(k + 2) && isTitleInitials(this.sp(k + 1).text) && ORGANISATION_END.has(this.sp(k - 1).key)) k += 3;
    if (k >= this.n || this.newLine(k)) return 0;
    let after = k;
    // One lower-case modifier may stand between: "Hamas political chief Ismail Haniyeh", "Houthi military spokesman".
    const mid = this.sp(k);
    if (!mid.word || this.lineUpper[k] === 1) return 0;
    // Every way on below needs a role's word here (one bit; most calls end here).
    // (A qualifier may come first: "Hanwha Aerospace Vice Chairman", as "Rheinmetall Chairman".)
    const roleAt = mid.cap && this.orgRoleQualifierAt(k) ? k + 1 : k;
    const role = this.sp(roleAt);
    // (Or the offices the name's loop above stopped at: "Aselsan General Manager", "Pacific Islands
    // Forum Secretary General".)
    // (Or any office after a body's initials in parentheses that follow its name: "Defense
    // Acquisition Program Administration (DAPA) Minister"; an administration with initials is an
    // agency, not a president's, as in bodyOfficeAt.)
    const initialed = k > nameEnd && ORGANISATION_END.has(this.sp(nameEnd - 1).key) && isTitleCore(mid);
    if (roleAt === k && (factsOf(mid) & ORG_ROLE_PART) === 0 && !(mid.cap && k > j && (this.generalManagerAt(k) || this.bodyOfficeAt(k) || initialed))) return 0;
    // (Asked here, not first: a look-up in the word before, at every capitalised word that opens
    // no title; profile: orgBeforeRole about 1% of a 1 MB pass, most calls ending at the test above.)
    if (this.insideLongerName(j)) return 0;
    if (mid.cap) {
      if (!(mid.upper && ORG_ROLE_ACRONYM.has(mid.key))) {
        // A role in title case: the organisation's first word must be a word of a name or an
        // acronym, and the role a company's or body's head ("Thales Chairman", "Rheinmetall Chief
        // Executive"), not "Meanwhile President" or a headline's verb ("Biden Meets Chairman Xi").
        // (Or a body's name that ends as one does, whatever its words: "International Atomic Energy
        // Agency Director General", "Missile Defense Agency Director".)
        // (An armed service's name ends as a body's does: "Coast Guard Commander", "Border Guard Chief".)
        const bodyEnd = nameEnd > j + 1 && (ORGANISATION_END.has(this.sp(nameEnd - 1).key) || ARMED_SERVICE_END.has(this.sp(nameEnd - 1).key));
        // (Also a company's "General Manager", "Aselsan General Manager Ahmet Akyol", and any office
        // of a body whose name ends as one does: "Pacific Islands Forum Secretary General".)
        const roleFits = CAPITAL_ORG_ROLE.has(role.key) || this.generalManagerAt(roleAt) || (bodyEnd && isTitleCore(role));
        if (role.upper || !roleFits || !((factsOf(t) & NAME_WORD) !== 0 || (t.upper && t.text.length > 1) || bodyEnd)) return 0;
        // "Hamas Chief Ismail Haniyeh", but not "Biden Chief of Staff Jeff Zients".
        if (role.key === 'chief' && !(roleAt + 1 < this.n && this.sp(roleAt + 1).cap && this.sameLine(roleAt + 1))) return 0;
        // The words after the first are words of a name, acronyms or a company's nouns
        // ("Hanwha Aerospace", "BAE Systems"), never a verb ("Biden Meets Chairman Xi").
        for (let m = j; m < nameEnd; m++) {
          if (m === joined) continue;
          const w = this.sp(m);
          // (A company's noun after its name's first word may also open a title elsewhere:
          // "Dassault Aviation Chairman", as "Army Aviation commander".)
          // (And a company's country or a model-like word after its name's first: "MBDA UK Managing
          // Director", "LIG Nex1 Chief Executive".)
          const companyPart = m > j && (COMPANY_NAME_NOUN.has(w.key) || bodyEnd || (t.upper && (isDemonymOrCountry(w) !== undefined || /\d/.test(w.text))));
          if (NOT_ORG_WORD.has(w.key) || ((factsOf(w) & TITLE_START) !== 0 && !companyPart)) return 0;
          if (m > j && (factsOf(w) & NAME_WORD) === 0 && !(w.upper && w.text.length > 1) && !companyPart) return 0;
        }
        return k;
      }
    } else {
      if (ORG_ROLE_MODIFIER.has(mid.key) && k + 1 < this.n && !this.newLine(k + 1)) k++;
      // A unit of the organisation may follow it: "Hamas political bureau chief", "Hezbollah's
      // executive council head" (without the possessive, as above).
      let unit = false;
      if (ORG_UNIT.has(this.sp(k).key) && k + 1 < this.n && !this.newLine(k + 1)) { k++; unit = true; }
      const next = this.sp(k);
      if (!next.word || next.cap || !ORG_ROLE_HEAD.has(next.key)) return 0;
      // The walk goes on at the role itself, past the unit, which is no title word of its own.
      if (unit) after = k;
    }
    // Asked last, as most words fail the role test above. A date is no organisation's word ("On
    // Monday director Christopher Wray"); the first word is a word of a name, an acronym, or a
    // capitalised word inside a name the walk is in ("IRGC | Aerospace Force").
    for (let m = j; m < after; m++) if (NOT_ORG_WORD.has(this.sp(m).key) && m !== joined) return 0;
    if ((factsOf(t) & NAME_WORD) !== 0 || (t.upper && t.text.length > 1)) return after;
    // A compass word opening a command's name: "Eastern Theater Command spokesperson", "Northern
    // Fleet commander" (a word of no name on its own, so asked here, with a capitalised word after it).
    if (COMPASS_WORD.has(t.key) && after > j + 1 && this.sp(j + 1).cap) return after;
    const prev = j > 0 && this.sameLine(j) ? this.sp(j - 1) : undefined;
    // (Or a company's noun after any capitalised word: "Naval Group chief executive", whose first word opens titles too.)
    return prev !== undefined && prev.word && prev.cap && ((factsOf(prev) & NAME_WORD) !== 0 || (prev.upper && prev.text.length > 1) || FIRM_NOUN.test(t.key)) ? after : 0;
  }

  /** Whether a nationality follows the comma at token k on its line ("British, Japanese"). */
  private nationalityAfterComma(k: number): boolean {
    const next = this.tok(k + 1);
    return next !== undefined && next.cap && this.sameLine(k + 1) && countryByDemonym(next.text) !== undefined;
  }

  /**
   * False when parseTitleAt(i) surely finds no head word, decided mostly with spelling bits: four in
   * five calls find none ("Russian forces", "national security"; 16,000 of 20,000 per 1 MB), and
   * its loop asks two maps per word. The walk passes every word that loop can pass before its
   * first head, tested in the loop's order (a '.', "and", a two-word nationality, a nationality,
   * a modifier, an organisation), and stops at a head word, so it never rejects a title. The
   * first word of a two-word nationality ("The" of "The Gambia") passes only with its pair, as in
   * the loop: passing it alone made a run of "The" quadratic.
   */
  private mayHaveTitleHead(i: number): boolean {
    const n = this.n;
    const ids = this.ids;
    const spellings = this.spellings;
    const walked = this.titleWalk;
    let count = 0;
    let j = i;
    for (; j < n; j++) {
      const t = spellings[ids[j] as number] as Token;
      if (j > i && this.newLine(j)) break;
      // A word this walk lands on starts a walk that takes the rest of this one's steps (no step
      // depends on where the walk began): if an earlier walk from it reached a head, so does this one.
      if (j > i && (this.titleAt[j] === HEAD_AHEAD || (this.titleAt[j] as number) > 0)) { this.markHeadAhead(count); return true; }
      const f = factsOf(t);
      if ((f & TITLE_CORE_WORD) !== 0) { this.markHeadAhead(count); return true; }
      if (!t.word) {
        if (t.text === '.') { walked[count++] = j; continue; }
        // As in walkTitle: an organisation's initials in parentheses before the office ("(AFP)").
        if (t.text === '(' && j > i && this.sameLine(j + 2) && this.tok(j + 2)?.text === ')' && isTitleInitials(this.sp(j + 1).text)) { j += 2; continue; }
        break;
      }
      if (t.lower === 'and') { walked[count++] = j; continue; }
      if ((f & TITLE_START) === 0) {
        if (this.seaLordHead(j) > 0 || this.peoHead(j) > 0) { this.markHeadAhead(count); return true; }
        // As in walkTitle: an organisation's name before a lower-case role ("Hezbollah leader").
        if (this.partyBeforeOffice(j)) { walked[count++] = j; j++; continue; }
        const after = this.orgBeforeRole(j);
        if (after > 0) { walked[count++] = j; j = after - 1; continue; }
        break;
      }
      walked[count++] = j;
      if (this.partyBeforeOffice(j)) { j++; continue; }
      if ((f & PAIR_FIRST) !== 0 && this.sameLine(j + 1) && this.tok(j + 1)?.cap
        && countryByKeyPair(t.key, this.sp(j + 1).key)) { j++; continue; }
      if ((f & PAIR_FIRST) !== 0) {
        const long = this.longCountryEnd(j);
        if (long > 0) { j = long - 1; continue; }
      }
      if ((f & TITLE_MODIFIER_WORD) !== 0 || isDemonymOrCountry(t) !== undefined) continue;
      const lw = t.lower;
      if (ORG_MODIFIER.has(lw.charCodeAt(lw.length - 1) === 46 ? lw.slice(0, -1) : lw)) continue;
      break;
    }
    // No head. A walk started at any word this one passed (not the second word of a pair, which
    // was skipped, nor the word it stopped at) would take the same steps to the same end: those
    // words are recorded as starting no title, so a long run of nationalities ("Russian Russian
    // ...") is walked once, not once per word (quadratic before: 41 s for 200 KB of "Russian ").
    for (let k = 1; k < count; k++) {
      const w = walked[k] as number;
      if (w !== j && this.titleAt[w] === 0) this.titleAt[w] = NO_TITLE;
    }
    return false;
  }

  /**
   * After a pre-walk that reached a head: the words it landed on (titleWalk[1..count)) reach the
   * same head. The full walk may still fail from them ("Russian. Russian. ... minister": it stops
   * at a '.' the pre-walk passes), and each start's pre-walk then ran to the far head again:
   * quadratic (200 ms for 50 KB of "Russian. "). Marked, the next pre-walk stops at them.
   */
  private markHeadAhead(count: number): void {
    const walked = this.titleWalk;
    for (let k = 1; k < count; k++) {
      const w = walked[k] as number;
      if (this.titleAt[w] === 0) this.titleAt[w] = HEAD_AHEAD;
    }
  }

  /**
   * The lower-case words (keys) of a title phrase parseTitle found, for nominal matching: a new
   * array each time. Only findNominals needs them, for a fraction of the phrases, so parseTitleAt
   * no longer builds them for every phrase (heap profile: its word arrays were a third of its garbage).
   */
  private titleWords(phrase: TitlePhrase): string[] {
    const words: string[] = [];
    const head = phrase.head;
    for (let k = phrase.from; k < phrase.to; k++) {
      const t = this.sp(k);
      if (!t.word) continue;
      words.push(lowerBase(t));
      // As parseTitleAt's title loop, which this list came from: the second word of a two-word
      // nationality before the head ("South Korean") is skipped, and so is not in the list.
      if (isDemonymOrCountry(t) !== undefined && k < head) continue;
      if (k + 1 < head && t.cap && twoWordCountryFirsts.has(t.key) && countryByKeyPair(t.key, this.sp(k + 1).key)) k++;
    }
    return words;
  }

  /**
   * The end of "the" and a principal's capitalised title at k ("the President", "the Prime
   * Minister", "the Secretary-General"), on k's line, or 0.
   */
  private principalEnd(k: number): number {
    if (this.tok(k)?.lower !== 'the' || !this.sameLine(k + 1)) return 0;
    const w = this.tok(k + 1);
    if (w === undefined || !w.cap || isPossessive(w)) return 0;
    const two = PRINCIPAL_TWO_WORDS.get(w.key);
    if (two !== undefined) {
      const next = this.tok(k + 2);
      if (next !== undefined && next.cap && this.sameLine(k + 2) && two.has(next.key) && !isPossessive(next)) return k + 3;
    }
    return PRINCIPAL_TITLE.has(w.key) ? k + 2 : 0;
  }

  /** The token after a country name of three to five words starting at token k, on one line, or 0. */
  private longCountryEnd(k: number): number {
    const name = this.longCountryAt(k);
    return name === undefined ? 0 : k + name.words.length;
  }

  /** The country name of three to five words starting at token k, on one line ("United Arab Emirates"). */
  private longCountryAt(k: number): MultiWordName | undefined {
    const names = multiWordNamesByFirst().get(this.sp(k).lower);
    if (names === undefined) return undefined;
    outer: for (const name of names) {
      const words = name.words;
      if (words.length < 3 || k + words.length > this.n) continue;
      for (let j = 1; j < words.length; j++) if (this.sp(k + j).lower !== words[j] || !this.sameLine(k + j)) continue outer;
      return name;
    }
    return undefined;
  }

  /**
   * Returns the end of an "of/for ..." office tail starting at token i, or i when there is none. The
   * office words are capitalised, or after a head in lower case (`lowerHead`) in lower case too.
   */
  private parseOfficeTail(i: number, envoy = false, lowerHead = false): number {
    let j = i;
    let lastGood = i;
    const n = this.n;
    while (j < n) {
      const t = this.sp(j);
      if (this.newLine(j)) break;
      // An office held under a principal, named by the principal's title: "Chief of Staff to the
      // President", "Head of the Office of the President", "Special Envoy to the Secretary". The
      // principal's title belongs to the office (the name after it is not the principal's).
      if (t.lower === 'to' || t.lower === 'of') {
        const principal = this.principalEnd(j + 1);
        if (principal > 0) { lastGood = principal; j = principal; continue; }
      }
      // An envoy posted "in" a capital or a country: "the Danish ambassador in Buenos Aires", "our
      // ambassador in Riyadh" (only those: "the ambassador in a statement"); or "there".
      // An office "in charge of" a portfolio, as French-speaking governments name their delegate
      // ministers: "Minister Delegate in charge of National Defence Administration".
      const inCharge = t.lower === 'in' && this.tok(j + 1)?.lower === 'charge' && this.tok(j + 2)?.lower === 'of' && this.sameLine(j + 2);
      if (envoy && j === i && t.lower === 'in' && !inCharge) {
        const posted = this.postEnd(j + 1);
        if (posted > 0) { lastGood = posted; j = posted; continue; }
        break;
      }
      if (envoy && j === i && t.lower === 'there' && this.tok(j + 1)?.text === ',') { lastGood = j + 1; break; }
      // An envoy is sent "to" a country or an organisation ("Ambassador to India", "Special Envoy
      // to the United Nations"); only the first link of the tail.
      // An office "in" a ministry, as Poland's and other European governments name their junior
      // ministers: "Secretary of State in the Ministry of National Defence".
      const inMinistry = t.lower === 'in' && this.tok(j + 1)?.lower === 'the' && this.tok(j + 2)?.cap === true && MINISTRY_WORD.has(this.sp(j + 2).key) && this.sameLine(j + 2);
      // (Or after the country the envoy is of: "Ambassador of France to India".)
      if (t.lower !== 'of' && t.lower !== 'for' && !(envoy && t.lower === 'to' && (j === i || (this.sp(i).lower === 'of' && lastGood === j))) && !inMinistry && !inCharge) break;
      let k = inCharge ? j + 3 : j + 1;
      if (this.tok(k)?.lower === 'the') k++;
      const linkStart = k;
      let end = -1;
      while (k < n) {
        const w = this.sp(k);
        if (this.newLine(k)) break;
        // After a head in lower case the office may be too ("chief of staff", "minister of defense").
        const cap = w.cap || this.lineUpper[k] === 1 || (lowerHead && !w.cap && w.word);
        // A two-word country ("Saudi Arabia", "South Korea"): both words.
        if (cap && k + 1 < n && (factsOf(w) & PAIR_FIRST) !== 0 && this.sameLine(k + 1) && this.sp(k + 1).cap && countryByKeyPair(w.key, this.sp(k + 1).key)) { end = k + 2; k += 2; continue; }
        // A longer one ("the United Arab Emirates", "Bosnia and Herzegovina"): all its words, or
        // its last word would read as a name ("... of the United | Arab").
        if (w.cap) {
          const country = this.longCountryEnd(k);
          if (country > 0) { end = country; k = country; continue; }
        }
        // A rank after the office opens the name's part, not the office's: "Chief of Defence Staff |
        // General Anil Chauhan" (but "Chief of the General Staff" keeps its word).
        if (end > 0 && w.cap && isRankAfterOffice(w.key) && this.nameAfterRank(this.rankWordsEnd(k))) break;
        // So does the service before such a rank: "Chairman of the Joint Chiefs of Staff | Air Force
        // Gen. Dan Caine", "Commander of U.S. Indo-Pacific Command | Navy Adm. Samuel Paparo".
        // (Not the service the office is of: "Chief of Staff of the Air Force Gen. David Allvin".)
        if (end > 0 && k > linkStart && w.cap && SERVICE_BEFORE_RANK.has(w.key) && !SERVICE_BEFORE_RANK.has(this.sp(k - 1).key) && this.rankAfterService(k)) break;
        // A country's name right after the link's office word, before a name, is a given name:
        // "Minister of Defense Israel Katz", "Minister of Foreign Affairs Jordan Smith" (an
        // office's country follows "of": "Minister of Defence of Australia Richard Marles").
        if (end === k && k > linkStart && w.cap && !w.upper && isDemonymOrCountry(w) !== undefined && w.text.length > 2 && countryByName(w.key) !== undefined && this.givenNameBeforeName(k)) break;
        if (cap && (OFFICE_WORD.has(w.lower) || isDemonymOrCountry(w) !== undefined) && !isPossessive(w)) { end = k + 1; k++; continue; }
        // A country's possessive opening the link, before the body's capitalised words: "commander
        // of Ukraine's Air Force", "chief of Russia's General Staff" (the body's words end it).
        if (w.cap && k === linkStart && isPossessive(w) && isDemonymOrCountry(w) !== undefined && this.sameLine(k + 1) && this.sp(k + 1).cap && OFFICE_WORD.has(this.sp(k + 1).lower)) { k++; continue; }
        // An envoy sent to a capital stands for its government: "ambassador to Washington".
        if (envoy && w.cap && k === linkStart && countryByCapital(w.key) !== undefined && !isPossessive(w)) { end = k + 1; k++; continue; }
        // International organisations by their acronym too: "ambassador to the UN", "Permanent
        // Representative to NATO"; not before an office of their own ("for the UN High Commissioner").
        // And national agencies and forces by theirs: "for the PLA Eastern Theater Command".
        if (w.cap && w.upper && isAgencyAcronym(w.lower) && !isPossessive(w) && !this.officeWordAt(k + 1)) { end = k + 1; k++; continue; }
        // Or any body's initials right after the link, before a full name: "Head of IMDO Moshe
        // Patel", "Director of SIBAT Yair Kulas" (the name must follow, with its first name).
        if (k === linkStart && w.word && w.upper && w.text.length >= 3 && w.text.length <= 6 && !isPossessive(w) && this.sameLine(k + 1) && this.capWord(k + 1)
          && this.nameOrRankAhead(k + 1)) { end = k + 1; k++; continue; }
        // Or a place no list names, one word after the link, when a full name of two words follows
        // it: "Chief Minister of Maharashtra Devendra Fadnavis", "Governor of Okinawa Denny Tamaki"
        // (a state's or province's office; the name after it has its given name and surname).
        if (k === linkStart && !lowerHead && w.word && w.cap && !w.upper && !isPossessive(w) && (factsOf(w) & (NAME_WORD | TITLE_START)) === NAME_WORD
          && this.sp(j).lower === 'of' && linkStart === j + 1 && this.nameOrRankAhead(k + 1) && !RANK_WORD.has(this.sp(k + 1).key) && !(this.sameLine(k + 3) && this.capWord(k + 3))) { end = k + 1; k++; continue; }
        // The period of "U.S." or "U.K." ("Commander of U.S. Central Command").
        if (w.text === '.' && end === k && !this.spaced(k) && ABBREVIATED.has(this.sp(k - 1).lower)) { end = k + 1; k++; continue; }
        // A plural's apostrophe: "Minister for the Armed Forces and Veterans' Affairs".
        if ((w.text === "'" || w.text === '’') && end === k && !this.spaced(k) && this.sp(k - 1).lower.endsWith('s') && this.sameLine(k + 1) && this.sp(k + 1).cap) { k++; continue; }
        if ((w.lower === 'and' || w.lower === '&') && end > 0) { k++; continue; }
        // An organisation's initials in parentheses inside the office: "Commander of the Islamic
        // Revolution Guards Corps (IRGC) Aerospace Force Brigadier General Amir Ali Hajizadeh".
        if (w.text === '(' && end === k && k > linkStart && this.sameLine(k + 2) && this.tok(k + 2)?.text === ')' && isTitleInitials(this.sp(k + 1).text)
          && this.sameLine(k + 3) && this.capWord(k + 3)) {
          k += 3;
          continue;
        }
        // What a committee or a conference is "on": "chair of the Committee on Security and
        // Defence, Marie-Agnes Strack-Zimmermann," (see organisationSubjectEnd).
        if (w.lower === 'on' && end === k && k > linkStart && ORGANISATION_END.has(this.sp(k - 1).key)) {
          const subject = this.organisationSubjectEnd(k);
          if (subject > k) { end = subject; k = subject; continue; }
        }
        // A portfolio of capitalised words no list holds, up to an abstract noun that ends it
        // (see ABSTRACT_NOUN_ENDING): "Deputy Chief of Staff for Strategic Deterrence and Nuclear
        // Integration", "Director of Contracting and National Security Acquisitions".
        if ((end === k || (end < 0 && k === linkStart)) && w.cap && w.word && !isPossessive(w)) {
          const portfolio = this.abstractPortfolioEnd(k);
          if (portfolio > k) { end = portfolio; k = portfolio; continue; }
        }
        // Capitalised words up to an organisation's last word belong to it ("of Army Futures
        // Command", "of the Navy Surface Warfare Center"), after an office word, or as the link's
        // first words ("commander of the Land Forces").
        // A portfolio's last word that the office words lack, right before the comma of the
        // holder's appositive name: "Minister for Defence Industry and Capability Delivery, the Hon
        // Pat Conroy MP," (one capitalised word there is no one's name: the holder's follows).
        // (Or the one word after "for", a place the office serves: "The Secretary of State for
        // Scotland, Ian Murray,", "Minister for Tourism, Ana Ruiz,".)
        if (((end === k && k > linkStart) || (end < 0 && k === j + 1 && t.lower === 'for')) && w.cap && w.word && !isPossessive(w) && this.tok(k + 1)?.text === ',' && this.sameLine(k + 1)
          && !this.bySurname.has(w.key) && (this.capWord(k + 2) || this.styledAt(k + 2)) && this.appositiveName(k + 2)?.first !== undefined) { end = k + 1; k++; continue; }
        // A list of portfolios after a comma, ending in an office word: "Secretary of State for
        // Foreign, Commonwealth and Development Affairs".
        if (end === k && w.text === ',' && !this.spaced(k) && this.sameLine(k + 1)) {
          const listed = this.listedOfficeEnd(k + 1);
          if (listed > 0) { end = listed; k = listed; continue; }
        }
        // So do capitalised words before an office word, after "and" too: "for European and
        // Eurasian Affairs", "for Political and Peacebuilding Affairs".
        const afterAnd = end === k - 1 && k > linkStart && (this.sp(k - 1).lower === 'and' || this.sp(k - 1).text === '&');
        if ((end === k || (end < 0 && k === linkStart) || afterAnd) && w.cap && !isPossessive(w)) {
          let m = k;
          while (m < k + 3 && m < n && this.sameLine(m) && this.sp(m).cap && this.sp(m).word && !ORGANISATION_END.has(this.sp(m).key) && !(m > k && OFFICE_WORD.has(this.sp(m).lower))) m++;
          if (m < n && m > k && this.sameLine(m) && this.sp(m).cap && OFFICE_WORD.has(this.sp(m).lower) && !isPossessive(this.sp(m))) { end = m + 1; k = m + 1; continue; }
          if (m < n && this.sameLine(m) && this.sp(m).cap && ORGANISATION_END.has(this.sp(m).key) && !isPossessive(this.sp(m))) { end = this.organisationSubjectEnd(m + 1); k = end; continue; }
        }
        break;
      }
      if (end < 0) break;
      // A unit named by its subject in lower case ends the link: "of the Asia program", "of the
      // Europe desk" (the office words alone would leave "director of the Asia").
      const unit = this.tok(end);
      if (unit !== undefined && unit.word && !unit.cap && this.sameLine(end) && SUBJECT_UNIT.has(unit.key)) end++;
      lastGood = end;
      j = end;
    }
    return lastGood;
  }

  /**
   * The end of a capital's or a country's name starting at token k, on the line (an envoy's post
   * after "in": "Buenos Aires", "Riyadh", "Saudi Arabia"), or 0.
   */
  private postEnd(k: number): number {
    const first = this.tok(k);
    if (first === undefined || !first.cap || !this.sameLine(k) || isPossessive(first)) return 0;
    let words = first.key;
    for (let m = k; m < k + 3 && m < this.n; m++) {
      if (m > k) {
        const w = this.sp(m);
        if (!w.cap || !w.word || !this.sameLine(m) || isPossessive(w)) break;
        words += ` ${w.key}`;
      }
      if (countryByCapital(words) !== undefined || countryByName(words) !== undefined) return m + 1;
    }
    return 0;
  }

  /**
   * The end of a run of capitalised words (with "and", "&") from token k whose last word is an
   * abstract noun (ABSTRACT_NOUN_ENDING), when no capitalised word follows it on the line; else k.
   */
  private abstractPortfolioEnd(k: number): number {
    let end = k;
    for (let m = k; m < k + 6 && m < this.n && this.sameLine(m); m++) {
      const w = this.sp(m);
      if (w.cap && w.word && !isPossessive(w)) { if (ABSTRACT_NOUN_ENDING.test(w.key)) end = m + 1; continue; }
      if ((w.lower === 'and' || w.text === '&') && m > k) continue;
      break;
    }
    return end > k && !(this.sameLine(end) && this.capWord(end)) ? end : k;
  }

  /**
   * After an organisation's last word (ending before token j), the end of what it is "on", in
   * capitalised words ("Committee on Security and Defence", "Conference on Disarmament",
   * "Commission on Human Rights"), or j when no such subject follows.
   */
  private organisationSubjectEnd(j: number): number {
    if (this.tok(j)?.lower !== 'on' || !this.sameLine(j) || !this.sameLine(j + 1) || !this.capWord(j + 1)) return j;
    let end = j;
    for (let k = j + 1; k < j + 7 && k < this.n && this.sameLine(k); k++) {
      const w = this.sp(k);
      if (w.cap && w.word && !isPossessive(w)) { end = k + 1; continue; }
      if ((w.lower === 'and' || w.text === '&') && end === k && this.capWord(k + 1) && this.sameLine(k + 1)) continue;
      break;
    }
    // Only before a comma or the sentence's end, where no name can have run on into the subject
    // ("Committee on Armed Services Roger Wicker said" is left as it was).
    const after = this.tok(end);
    return after === undefined || this.newLine(end) || after.text === ',' || after.text === '.' || after.text === ';' ? end : j;
  }

  /**
   * Whether the word at k (a country's name inside an office tail) is followed, on its line, by a
   * capitalised word of a name that is neither an office word, a rank, nor another country: then
   * the country's name is the name's first word (see parseOfficeTail).
   */
  private givenNameBeforeName(k: number): boolean {
    const next = this.tok(k + 1);
    return next !== undefined && next.cap && this.sameLine(k + 1) && this.spaced(k + 1) && (factsOf(next) & NAME_WORD) !== 0
      && !OFFICE_WORD.has(next.lower) && !isRankAfterOffice(next.key) && isDemonymOrCountry(next) === undefined;
  }

  /**
   * The end of a list of portfolios from token k, after a comma in an office tail: capitalised
   * words and commas, one "and", then capitalised words ending in an office word ("Commonwealth
   * and Development Affairs"); -1 when the words are no such list (a name, another title).
   */
  private listedOfficeEnd(k: number): number {
    let sawAnd = false;
    for (let m = k; m < k + 8 && m < this.n && this.sameLine(m); m++) {
      const t = this.sp(m);
      if (t.lower === 'and' && !sawAnd && m > k) { sawAnd = true; continue; }
      if (t.text === ',' && !sawAnd && m > k) continue;
      if (!t.word || !t.cap || isPossessive(t)) return -1;
      const next = this.tok(m + 1);
      if (sawAnd && OFFICE_WORD.has(t.lower) && !(next && this.sameLine(m + 1) && next.cap && OFFICE_WORD.has(next.lower))) return m + 1;
    }
    return -1;
  }

  /**
   * Whether token i, after "and" or a comma, continues a list of warships' names after a plural
   * type: "the frigates Admiral Makarov and Admiral Essen" (the walk back is bounded to the list).
   */
  private inWarshipList(i: number): boolean {
    const joiner = this.sp(i - 1).lower;
    if (joiner !== 'and' && joiner !== ',') return false;
    for (let k = i - 2; k >= 0 && k >= i - 12 && this.sameLine(k + 1); k--) {
      const t = this.sp(k);
      if (!t.word && t.text !== ',' && t.text !== '.') return false;
      if (t.word && !t.cap) return t.lower !== 'and' && t.lower.endsWith('s') && WARSHIP_TYPE.has(t.lower);
    }
    return false;
  }

  /**
   * Whether a weapon system's name from the knowledge base starts at token i with a title word
   * and goes on for at least one more word on the line: "King Stallion" (of "CH-53K King
   * Stallion"), "Queen Elizabeth class". A name the knowledge base marks as also an ordinary
   * word or a person's ("Admiral Kuznetsov") counts only after a designation ("CH-53K") or as a
   * class ("... class", "...-class").
   */
  private systemNameAt(i: number): boolean {
    const t = this.sp(i);
    if (this.systems === undefined || !t.cap || !isTitleCore(t)) return false;
    // (A method, not a closure: this runs at every capitalised title word, and a closure per call
    // was the largest allocation of the officials stage in the heap profile.)
    return this.systemNameEnd(i, ACCEPT_TITLED_SYSTEM_NAME) > i;
  }

  /** Whether the system's name over tokens [i, k] is one rather than a rank and a person's name (see systemNameAt). */
  acceptTitledSystemName(i: number, ambiguous: boolean, k: number): boolean {
    const w = this.sp(k);
    if (!ambiguous || w.lower === 'class' || w.lower.endsWith('-class')) return true;
    const before = this.tok(i - 1);
    // A ship named after an officer is the ship with its type or an article, which a person's
    // rank and name do not take: "the carrier Admiral Kuznetsov", "the Admiral Kuznetsov",
    // "the Admiral Nakhimov cruiser".
    const after = this.tok(k + 1);
    if (before !== undefined && this.sameLine(i) && (before.lower === 'the' || WARSHIP_TYPE.has(before.lower))) return true;
    if (after !== undefined && this.sameLine(k + 1) && WARSHIP_TYPE.has(after.lower)) return true;
    return before !== undefined && this.sameLine(i) && this.spaced(i) && /\d/.test(before.text) && /[A-Z]/.test(before.text);
  }

  /** Whether the system's name over tokens [i, k] that opens with a person's surname is one (see stage 2): not ambiguous, or ending in a designation's digits ("Bayraktar TB2"). */
  acceptSurnameSystemName(_i: number, ambiguous: boolean, k: number): boolean {
    return !ambiguous || DIGIT_END.test(this.sp(k).text);
  }

  /**
   * The end of the longest name of two words or more in the systems' knowledge base that starts at
   * token i (at most six tokens, on its line) and that `accept` takes, given whether the knowledge
   * base marks the name as also an ordinary word or a person's and the name's last token; i when
   * there is none.
   */
  private systemNameEnd(i: number, accept: SystemNameTest): number {
    const kb = this.systems;
    if (kb === undefined) return i;
    const trie = kb.phrases;
    let node = trie.child(0, this.sp(i).lower);
    let end = i;
    for (let k = i + 1; node >= 0 && k < this.n && k < i + 6 && this.sameLine(k); k++) {
      node = trie.child(node, this.sp(k).lower);
      const entry = node >= 0 ? trie.value(node) : -1;
      if (entry >= 0 && accept.call(this, i, kb.info(entry).ambiguous, k)) end = k + 1;
    }
    return end;
  }

  /**
   * Whether the surname at token i is a weapon system's word there (see findShortForms): the
   * knowledge base has a name of two words ending in it that starts with the designation before
   * it ("M10 Booker"), or has the word alone as a name and "the" comes right before it ("the
   * Booker") or a system's noun after it ("Stryker vehicles"). Asked only of words that are
   * someone's surname.
   */
  private surnameIsSystemName(i: number): boolean {
    const kb = this.systems;
    if (kb === undefined || i === 0) return false;
    const trie = kb.phrases;
    const alone = trie.child(0, this.sp(i).lower);
    const oneWordName = alone >= 0 && trie.value(alone) >= 0;
    const after = this.tok(i + 1);
    if (oneWordName && after !== undefined && this.sameLine(i + 1) && this.spaced(i + 1) && SYSTEM_NOUN.has(after.lower)) return true;
    if (!this.sameLine(i)) return false;
    const before = this.sp(i - 1);
    if (before.lower === 'the') return oneWordName;
    if (!this.spaced(i) || !/\d/.test(before.text) || !/[A-Z]/.test(before.text)) return false;
    const first = trie.child(0, before.lower);
    const node = first >= 0 ? trie.child(first, this.sp(i).lower) : -1;
    return node >= 0 && trie.value(node) >= 0;
  }

  /** Whether token j + 1 is a capitalised name word on j's line, spaced from it (see scanName). */
  private surnameAfter(j: number): boolean {
    const next = this.tok(j + 1);
    return next !== undefined && this.sameLine(j + 1) && this.spaced(j + 1) && next.word && next.cap && !NAME_SUFFIX.has(next.key) && this.nameWord(next, j + 1);
  }

  /**
   * Whether a title and a name at token i are followed by a verb of saying: "five Type 26
   * frigates, Defence Secretary John Healey announced" is a person after a list's comma, where
   * "the cruisers Admiral Nakhimov and Pyotr Velikiy" are ships (see inWarshipList).
   */
  private titledNameSays(i: number): boolean {
    const phrase = this.parseTitle(i);
    if (!phrase || phrase.from !== i) return false;
    // (Or a second office first: "frigates, Deputy Prime Minister and Defence Minister Richard Marles announced".)
    const second = this.tok(phrase.to)?.lower === 'and' && this.sameLine(phrase.to + 1) ? this.parseTitle(phrase.to + 1) : undefined;
    const name = this.parseName(second !== undefined && second.capitalized ? second.to : phrase.to);
    return name !== undefined && this.saysAt(name.to);
  }

  /** Whether token k, on the line of the token before it, is a capitalised title word ("High", "Commissioner"). */
  private officeWordAt(k: number): boolean {
    const t = this.tok(k);
    return t !== undefined && this.sameLine(k) && t.word && t.cap && (isTitleCore(t) || isTitleModifier(t));
  }

  /**
   * The token after the rank words that start at k ("Air Chief Marshal", "Lt. Gen.", "Rear Adm."),
   * at most three, each with its period; k + 1 when only the word at k is one.
   */
  private rankWordsEnd(k: number): number {
    let j = k + 1;
    for (let m = 0; m < 3; m++) {
      if (this.tok(j)?.text === '.' && !this.spaced(j)) j++;
      const t = this.tok(j);
      if (t === undefined || !t.cap || !this.sameLine(j) || !(isRankAfterOffice(t.key) || RANK_WORD.has(t.key))) break;
      j++;
    }
    return j;
  }

  /**
   * The country named by "of [the] <name>" at token k: "of Japan", "of the Republic of the
   * Philippines", "of the United States of America" (a country's name of up to seven words, its
   * longest); undefined when none.
   */
  private countryOfAfter(k: number): string | undefined {
    if (this.tok(k)?.lower !== 'of' || !this.sameLine(k + 1)) return undefined;
    let m = k + 1;
    if (this.tok(m)?.lower === 'the') m++;
    let key = '';
    let best: string | undefined;
    for (let words = 0; m < this.n && words < 7 && this.sameLine(m); m++, words++) {
      const t = this.sp(m);
      if (!t.word || (!t.cap && t.lower !== 'of' && t.lower !== 'the')) break;
      key = key === '' ? t.lower : `${key} ${t.lower}`;
      if (t.cap) best = countryByNameKey(key)?.name ?? best;
    }
    return best;
  }

  /**
   * The United States when a US legislator's party and state follow the name at token k in
   * parentheses: "Sen. Roger Wicker (R-Miss.)", "Rep. Adam Smith (D-WA)"; undefined otherwise.
   */
  private usPartyStateAfter(k: number): string | undefined {
    // In parentheses, or between commas as AP style writes it ("Rep. Mike Rogers, R-Ala., said").
    if ((this.tok(k)?.text !== '(' && this.tok(k)?.text !== ',') || !this.sameLine(k + 1)) return undefined;
    const code = this.tok(k + 1);
    const after = this.tok(k + 2)?.text;
    return code !== undefined && PARTY_STATE.test(code.text) && (after === ')' || after === '.' || after === ',') ? US : undefined;
  }

  /**
   * Whether a service's words at token k (one or two: "Navy", "Air Force", "Marine Corps") are
   * followed by a rank and a name on the line: the service belongs to the rank, not to an office.
   */
  private rankAfterService(k: number): boolean {
    let m = k + 1;
    if (m < this.n && this.sameLine(m) && this.sp(m).cap && SERVICE_BEFORE_RANK.has(this.sp(m).key)) m++;
    const r = this.tok(m);
    return r !== undefined && this.sameLine(m) && r.cap && isRankAfterOffice(r.key) && r.key !== 'air' && r.key !== 'chief' && this.nameAfterRank(this.rankWordsEnd(m));
  }

  /**
   * Whether a name (not more of an office) follows a rank word: a capitalised word on the line that
   * is no office word, nationality or organisation ending ("General | Anil Chauhan", not "General |
   * Staff"), after the rank's period if it has one.
   */
  private nameAfterRank(k: number): boolean {
    let j = k;
    if (this.tok(j)?.text === '.' && !this.spaced(j)) j++;
    const t = this.tok(j);
    if (t === undefined || !t.word || !t.cap || !this.sameLine(j) || isPossessive(t)) return false;
    return !OFFICE_WORD.has(t.lower) && isDemonymOrCountry(t) === undefined && !ORGANISATION_END.has(t.key) && !isRankAfterOffice(t.key);
  }

  /** Parses a personal name at token i ("Lloyd J. Austin III", "Carlito Galvez, Jr.", "ELLEN LORD"). */
  private parseName(i: number, maxWords = 4): NameParts | undefined {
    return this.scanName(i, maxWords) ? this.scannedName() : undefined;
  }

  /**
   * The token after an excellency's style at token i ("H.E." or "HE" in mixed-case text, "His
   * Excellency", "Her Excellency"), or a Malaysian federal or state title ("Tan Sri", "Datuk Seri",
   * "Dato' Sri", "Datin Paduka", conferred titles that stand before the name as "Sir" does and
   * are part of it), when a capitalised word follows on the line; i otherwise.
   */
  private excellencyEnd(i: number): number {
    const t = this.tok(i);
    // (Most capitalised words open no style: one bit; see STYLE_LEAD_WORD.)
    if (t === undefined || (nameFactsOf(t) & STYLE_LEAD_WORD) === 0) return i;
    // (A Malaysian title starts with "D" or "T": one comparison for the other capitalised words.)
    const c0 = t.text.charCodeAt(0);
    if (c0 === 68 || c0 === 84) {
      const malay = this.malayTitleEnd(i);
      if (malay > i) return malay;
    }
    if (t.text.length > 3) return i;
    let j = i;
    if (EXCELLENCY_STYLE.has(t.text) && this.lineUpper[i] !== 1) {
      j = i + 1;
      if (this.tok(j)?.text === '.' && !this.spaced(j)) j++;
    } else if (t.text === 'Eng' && this.tok(i + 1)?.text === '.' && !this.spaced(i + 1)) {
      // An engineer's style in the Gulf and Egypt, with its period only ("Eng. Khalid Al-Mutlaq";
      // "Eng" alone is a given name: "Ng Eng Hen").
      j = i + 2;
    } else if ((t.text === 'His' || t.text === 'Her') && this.tok(i + 1)?.text === 'Excellency' && this.sameLine(i + 1)) j = i + 2;
    else return i;
    return this.sameLine(j) && this.capWord(j) ? j : i;
  }

  /**
   * A royal style before a descriptive reference belongs to it, as before a name (see addNamed):
   * "His Royal Highness the Crown Prince". Asked only of texts with the word "Highness" or "Majesty".
   */
  private takeStylesBeforeReferences(): void {
    // (The text's distinct words, not its characters: two searches of a 1 MB text were 1.4% of a pass.)
    let styled = false;
    for (let k = 0; k < this.spellings.length && !styled; k++) { const w = (this.spellings[k] as Token).text; styled = w === 'Highness' || w === 'Majesty'; }
    if (!styled) return;
    const spans = this.spans;
    // (The token arrays are pooled and may run on past the text's tokens: search its own.)
    const starts = this.starts.subarray(0, this.n);
    for (let k = 0; k < spans.length; k++) {
      if (!spans.nominal(k)) continue;
      const i = countBelow(starts, spans.start(k));
      if (i >= this.n || (this.starts[i] as number) !== spans.start(k)) continue;
      const from = this.royalStyleBefore(i);
      if (from === i) continue;
      for (let m = from; m < i; m++) this.taken[m] = 1;
      spans.setStart(k, this.starts[from] as number);
    }
  }

  /**
   * The first token of "His Highness", "Her Majesty" or "His Royal Highness" right before token k
   * on its line and not taken, or k.
   */
  private royalStyleBefore(k: number): number {
    if (k < 2 || !this.sameLine(k)) return k;
    const last = this.sp(k - 1).text;
    if (last !== 'Highness' && last !== 'Majesty') return k;
    let j = k - 2;
    if (last === 'Highness' && this.sp(j).text === 'Royal' && j > 0 && this.sameLine(j)) j--;
    const pronoun = this.sp(j).text;
    if ((pronoun !== 'His' && pronoun !== 'Her') || !this.sameLine(j + 1)) return k;
    for (let m = j; m < k; m++) if (this.taken[m]) return k;
    return j;
  }

  /** See excellencyEnd: the token after a Malaysian title at token i, or i. */
  private malayTitleEnd(i: number): number {
    const t = this.sp(i);
    let j: number;
    if (t.text === 'Tan' || t.text === 'Toh') {
      // "Tan Sri", "Toh Puan" ("Tan" alone is a surname).
      const second = this.tok(i + 1)?.text;
      if (!this.sameLine(i + 1) || second !== (t.text === 'Tan' ? 'Sri' : 'Puan')) return i;
      j = i + 2;
    } else if (MALAY_TITLE.has(t.text)) {
      j = i + 1;
      // "Dato'" (its apostrophe is a token of its own before a space).
      const mark = this.tok(j)?.text;
      if ((mark === "'" || mark === '’') && !this.spaced(j) && this.sameLine(j)) j++;
      if (this.sameLine(j) && MALAY_TITLE_GRADE.has(this.tok(j)?.text ?? '')) j++;
    } else return i;
    return this.sameLine(j) && this.capWord(j) && !MALAY_TITLE.has(this.sp(j).text) ? j : i;
  }

  /**
   * The token-level half of parseName: finds where a name at token i ends and which tokens are its
   * words, without building any string or array (the answer is left in the scan* fields, valid
   * until the next scan). Stages 1 and 2 try a name at 22,000 capitalised words of 1 MB and keep
   * about 2,500 (profile: parseName's arrays and name objects were most of its time and garbage);
   * they decide from the token range and the last word, and build the parts (scannedName) only
   * for the names they keep. Nothing between a scan and its scannedName may scan again.
   */
  private scanName(i: number, maxWords: number): boolean {
    // A knight's "Sir" or "Dame" belongs to the name's span ("Admiral Sir Tony Radakin").
    const knight = this.tok(i);
    if (knight && (nameFactsOf(knight) & KNIGHT_WORD) !== 0 && this.sameLine(i + 1) && this.capWord(i + 1)) {
      if (!this.scanName(i + 1, maxWords)) return false;
      this.scanFrom = i;
      return true;
    }
    // So does the style of an excellency, "H.E." or "HE" in mixed-case text and "His Excellency",
    // "Her Excellency" ("H.E. Peter Poe, President of the Republic of Benin"): a form of address,
    // like "Mr.", and never a name's word ("Excellency Ana Lopes").
    const styleEnd = this.excellencyEnd(i);
    if (styleEnd > i) {
      if (!this.scanName(styleEnd, maxWords)) return false;
      this.scanFrom = i;
      return true;
    }
    // Most capitalised words do not start a name ("The", "Defense", "Russia"): reject them with
    // the loop's own first-word test.
    const first = this.tok(i);
    if (first === undefined || !first.word || (!this.nameWord(first, i) && !this.titleWordSurname(i, 0))) return false;
    this.scanLead = undefined;
    // A given name written short with its period ("Ma. Theresa Lazaro" for Maria, "Md." for
    // Mohammad, "Mohd." in Malaysia, "Wm." for William): the name is scanned from the word after it
    // and keeps it as its first name, as initials are kept.
    if ((nameFactsOf(first) & SHORT_GIVEN_WORD) !== 0 && this.tok(i + 1)?.text === '.' && !this.spaced(i + 1)
      && this.sameLine(i + 2) && this.spaced(i + 2) && this.capWord(i + 2) && !INITIALS.test(this.sp(i + 2).text)) {
      // The rest must be a name of two words or more: "Vice Minister Ma. Officials said" is the
      // one-word name "Ma" at the end of a sentence.
      if (this.scanName(i + 2, maxWords) && !this.scanOneWord) {
        this.scanLead = this.scanLead === undefined ? `${first.text}.` : `${first.text}. ${this.scanLead}`;
        this.scanFrom = i;
        return true;
      }
      this.scanLead = undefined;
    }
    // Initials for a first name ("S. Jaishankar", "H.R. McMaster", "H. R. McMaster"): the name
    // is scanned from the word after them and keeps them as its first name.
    if (first.upper || first.text.length === 1) {
      const after = this.leadingInitialsEnd(i);
      if (after > i) {
        if (!this.scanName(after, maxWords)) return false;
        let lead = '';
        for (let k = i; k < after; k += 2) lead = lead === '' ? `${this.sp(k).text}.` : `${lead} ${this.sp(k).text}.`;
        this.scanLead = lead;
        this.scanFrom = i;
        this.scanOneWord = false;
        return true;
      }
    }
    // Kept arrays with counts, never shortened: setting an array's length to 0 drops its storage,
    // and the next push allocated new storage at every scan (heap profile: 1.9 MB per 1 MB call).
    const words = this.scanWords;
    const initials = this.scanInitials;
    this.scanInitialCount = 0;
    this.scanFrom = i;
    this.scanSuffix = undefined;
    // Most capitalised words ("Moscow", "Tuesday") are one-word names: no loop.
    if (this.nameEndsAfter(i)) {
      words[0] = i;
      this.scanWordCount = 1;
      // (this.end(i), written out: scanName is too large for V8 to inline the call, 1.2% of a pass.)
      const end = (this.starts[i] as number) + first.text.length;
      this.scanOneWord = true;
      this.scanTo = i + 1;
      this.scanEndOffset = isPossessive(first) ? end - 2 : end;
      return true;
    }
    this.scanOneWord = false;
    const n = this.n;
    let j = i;
    let endTok = -1;
    let possessiveEnd = -1;
    let suffix: string | undefined;
    let particles = 0;
    let nw = 0;
    let ni = 0;
    while (j < n && nw - particles < maxWords) {
      const t = this.sp(j);
      if (j > i && this.newLine(j)) break;
      // A nickname in quotes between the given name and the surname: 'Col. Guillermo "Bill" Rosado'.
      if (!t.word && nw > 0) { const nick = this.nicknameEnd(j); if (nick > j) { j = nick; continue; } }
      if (!t.word) break;
      // Middle initial: "J." or "M."
      if (nw > 0 && t.text.length === 1 && t.cap && this.tok(j + 1)?.text === '.' && !this.spaced(j + 1)) {
        initials[ni++] = j;
        j += 2;
        continue;
      }
      // A given name written short inside the name, kept as an initial is: "Jose Ma. Ambrosio
      // Ezpeleta" ("Ma." for Maria in Filipino men's names). Its period ends no sentence when a
      // name's capitalised word follows it on the line.
      if (nw > 0 && t.cap && (nameFactsOf(t) & SHORT_GIVEN_WORD) !== 0 && this.tok(j + 1)?.text === '.' && !this.spaced(j + 1)
        && this.sameLine(j + 2) && this.spaced(j + 2) && this.capWord(j + 2) && this.nameWord(this.sp(j + 2), j + 2)
        && !this.writtenLower(this.sp(j + 2).lower)) {
        initials[ni++] = j;
        j += 2;
        continue;
      }
      // Particles ("bin", "al", and a capitalised "Al" before a family name: "Faisal bin Farhan Al Saud")
      // belong to the name but do not count towards its length.
      // Up to three in a row ("Ursula von der Leyen", "Hans van den Broek", "Carlos de la Torre").
      if (isParticle(t) && (!t.cap || t.text.length <= 3) && nw > 0) {
        const k = this.particleRunEnd(j);
        if (k > j) { for (; j < k; j++) { words[nw++] = j; particles++; } continue; }
      }
      // Post-nominal letters end the name: "General Angus Campbell AO DSC", "Richard Marles MP"
      // (in mixed-case text; in a line in capitals every word is upper case).
      if (nw > 0 && t.upper && POST_NOMINAL.has(t.text) && this.lineUpper[j] !== 1) break;
      // So does a headline's verb in title case: "Minister Kato Inspects Upgraded Type 12".
      if (nw > 0 && t.cap && HEADLINE_NAME_VERB.has(t.key) && this.titleCaseLine(j)) break;
      // Capitalised (or an "al-" prefix), a letter, no digit, not a function word, title or country.
      // (After "bin", a title that is also a given name is the father's name: "Prince Khalid bin
      // Bandar bin Sultan".)
      if (!this.nameWord(t, j) && !(nw > 0 && t.cap && NASAB_TITLE_NAME.has(t.key) && NASAB.has(this.sp(j - 1).lower)) && !this.givenGenAfterFamily(j, nw) && !this.sheikhInName(j, nw) && !this.titleWordSurname(j, nw)) break;
      const possessive = isPossessive(t);
      // NAME_SUFFIX holds lower-case ASCII words without "'s": the token key is the lower case
      // without "'s" ('’' folded, which no suffix has). Only an upper-case possessive ("SHOIGU'S",
      // whose "'S" the key drops but the name keeps) needs the slow path.
      const lw = t.text.charCodeAt(t.text.length - 1) === 83 ? (possessive ? t.text.slice(0, -2) : t.text).toLowerCase() : t.key;
      // (A "V" before a surname is a middle initial, as Indian releases write them without a period:
      // "Dr Samir V Kamat"; "Henry V" ends there.)
      if (nw > 0 && NAME_SUFFIX.has(lw) && !(lw === 'v' && this.surnameAfter(j))) { suffix = possessive ? t.text.slice(0, -2) : t.text; endTok = j + 1; if (possessive) possessiveEnd = j; j++; break; }
      words[nw++] = j;
      endTok = j + 1;
      if (possessive) { possessiveEnd = j; j++; break; }
      j++;
    }
    // A particle is taken on trust that a name word follows; when that word turns out to be no
    // name ("Prince Faisal bin Minister"), the particle is no part of the name either.
    while (nw > 0 && (words[nw - 1] as number) >= endTok) { nw--; particles--; }
    this.scanWordCount = nw;
    this.scanInitialCount = ni;
    if (nw === 0 || endTok < 0) return false;
    // ", Jr." / ", III" after the name. (The word's key is its lower case without "'s", which no
    // suffix has: a regular expression's replace was run at every name before a comma.)
    if (suffix === undefined && possessiveEnd < 0 && this.tok(endTok)?.text === ',' && this.tok(endTok + 1) && NAME_SUFFIX.has(this.sp(endTok + 1).key)) {
      const st = this.sp(endTok + 1);
      // (Not a unit's numeral: "Sgt. Hannah Ruiz, III Marine Expeditionary Force".)
      const unit = this.tok(endTok + 2)?.cap === true && this.sameLine(endTok + 2) && !JR_SR.test(st.text);
      if (!this.newLine(endTok + 1) && !unit) { suffix = st.text.replace(POSSESSIVE_S, ''); endTok += 2; }
    }
    if (suffix !== undefined && this.tok(endTok)?.text === '.' && !this.spaced(endTok) && JR_SR.test(suffix)) endTok++;
    const lastTok = this.sp(endTok - 1);
    let endOffset = this.end(endTok - 1);
    if (isPossessive(lastTok)) endOffset -= 2;
    this.scanTo = endTok;
    this.scanEndOffset = endOffset;
    this.scanSuffix = suffix;
    return true;
  }

  /**
   * The token after a quoted nickname at token j (an opening quote, one capitalised word, the
   * closing quote) when a capitalised word follows it on the line; else j.
   */
  private nicknameEnd(j: number): number {
    const open = this.sp(j).text;
    if (open !== '"' && open !== '\u201c') return j;
    const word = this.tok(j + 1);
    const close = this.tok(j + 2);
    if (word === undefined || close === undefined || !word.word || !word.cap || this.spaced(j + 1) || this.spaced(j + 2)) return j;
    if (close.text !== (open === '"' ? '"' : '\u201d') || !this.sameLine(j + 3) || !this.capWord(j + 3)) return j;
    return j + 3;
  }

  /**
   * Whether "Sheikh" at token j, after a name's first word and before another word of a name, is a
   * word of the name, as in Somali names ("President Hassan Sheikh Mohamud"), not a style.
   */
  private sheikhInName(j: number, words: number): boolean {
    const t = this.sp(j);
    if (words === 0 || t.key !== 'sheikh' || !t.cap || t.upper || !this.sameLine(j + 1)) return false;
    const next = this.tok(j + 1);
    return next !== undefined && next.word && next.cap && this.nameWord(next, j + 1);
  }

  /**
   * Whether "Gen" at token j, after a name's first word, is the Japanese given name written after
   * the family name ("Defense Minister Nakatani Gen to Melbourne"), not a general's rank: no period
   * after it and no name after it on the line.
   */
  private givenGenAfterFamily(j: number, words: number): boolean {
    if (words !== 1 || this.sp(j).text !== 'Gen' || this.newLine(j)) return false;
    const next = this.tok(j + 1);
    return next === undefined || this.newLine(j + 1) || (next.text !== '.' && !(next.word && next.cap));
  }

  /**
   * Whether the title word at token j is the family name that ends the name before it: "Angus
   * King", "Hun Sen", "Julie Bishop", "John Major". Only where the name ends with it (no
   * capitalised word follows on its line, nor a period after "Sen": "Sen. Jack Reed", "King
   * Abdullah" are titles), and never after "the". Alone, or in a line in capitals (which runs
   * titles and names together), only when someone of the text has that surname ("King said"
   * after "Senator Angus King") or after a legislator's title or a form of address ("Senator
   * King", "SENATOR KING:").
   */
  private titleWordSurname(j: number, words: number): boolean {
    const t = this.sp(j);
    if ((nameFactsOf(t) & TITLE_SURNAME_WORD) === 0 || (j > 0 && this.newLine(j) && words > 0)) return false;
    // Alone ("Senator King", "King said"), or in a line in capitals ("SENATOR KING:"), only as the
    // surname of someone the text has named.
    if ((words === 0 || this.lineUpper[j] === 1) && !this.bySurname.has(t.key) && !this.afterPersonalTitle(j)) return false;
    // ("The King said" is the monarch, whoever has the surname.)
    if (words === 0 && j > 0 && this.sameLine(j) && FIGURE_DETERMINER.has(this.sp(j - 1).lower)) return false;
    const next = this.tok(j + 1);
    // (A period after "Sen" makes it the abbreviation: "Sen. Jack Reed".)
    return next === undefined || this.newLine(j + 1) || (!(next.text === '.' && t.key === 'sen') && !(next.word && next.cap));
  }

  /**
   * Whether a one-word name after a title is an acronym: a word in capitals in mixed-case text
   * that nobody of the text has as a surname ("Major FMS cases include", "General HQ staff").
   * Names in capitals after a title have a given name too ("Minister of Defense NAKATANI Gen").
   */
  private acronymAfterTitle(name: NameParts): boolean {
    if (name.first !== undefined || name.to - name.from !== 1) return false;
    const t = this.sp(name.from);
    return t.upper && this.lineUpper[name.from] !== 1 && !this.bySurname.has(t.key);
  }

  /** Whether token j follows a legislator's title or a form of address, which no other title follows ("Senator King", "Mr. Bishop"). */
  private afterPersonalTitle(j: number): boolean {
    let k = j - 1;
    if (k > 0 && this.sp(k).text === '.' && !this.spaced(k)) k--;
    return k >= 0 && this.sameLine(j) && PERSONAL_TITLE.has(this.sp(k).key);
  }

  /**
   * Where a name's leading initials that start at token i end: the token after the last "X." or
   * "X.Y." (a capital, or capitals joined by periods, then a period with no space before it) when
   * a capitalised word follows on the same line; i when there are none. Country abbreviations
   * ("U.S.", "U.K.") are no initials.
   */
  private leadingInitialsEnd(i: number): number {
    let k = i;
    // At most three initials ("H. R.", "J. R. R."): a longer run is no name's.
    while (k + 2 < this.n && k - i < 6 && INITIALS.test(this.sp(k).text) && this.sp(k + 1).text === '.' && !this.spaced(k + 1) && this.sameLine(k + 2)) {
      if (ABBREVIATED.has(this.sp(k).lower)) return i;
      k += 2;
    }
    if (k === i || !this.spaced(k)) return i;
    const next = this.sp(k);
    return next.word && next.cap && !INITIALS.test(next.text) ? k : i;
  }

  /**
   * The end of a run of name particles starting at token j when a name word follows it on the same
   * line: up to MAX_NAME_PARTICLES particles, each lower case or of at most three letters, then a
   * capitalised word that is no particle. j itself when there is no such run.
   */
  private particleRunEnd(j: number): number {
    let k = j;
    while (k < this.n && k - j < MAX_NAME_PARTICLES) {
      const t = this.sp(k);
      if (!isParticle(t) || (t.cap && t.text.length > 3) || (k > j && this.newLine(k))) break;
      k++;
    }
    return k > j && k < this.n && !this.newLine(k) && this.capWord(k) && !isParticle(this.sp(k)) ? k : j;
  }

  /**
   * The scanned name's last word as parseName gives it (see scanName). A name word is its token
   * without "'s" (only the last word can be possessive: a possessive ends the name), title-cased
   * when in capitals, which is lastForms of the token's text; a particle ("bin") has no "'s".
   */
  private scannedLast(): LastForms {
    return this.lastFormsAt(this.scanWords[this.scanWordCount - 1] as number);
  }

  /**
   * lastForms of token i's text, kept per spelling: stage 2 asked lastForms' map at most
   * capitalised words (10,000 look-ups of a 1 MB pass, each hashing the token's fresh text);
   * an array read by spelling id answers the repeats.
   */
  private lastFormsAt(i: number): LastForms {
    const id = this.ids[i] as number;
    // (Filled in order first: an array written at scattered indexes from empty becomes a dictionary.)
    if (this.formsBySpelling.length === 0) for (let k = 0; k < this.spellings.length; k++) this.formsBySpelling.push(undefined);
    let forms = this.formsBySpelling[id];
    if (forms === undefined) {
      forms = lastForms((this.spellings[id] as Token).text);
      this.formsBySpelling[id] = forms;
    }
    return forms;
  }
  private readonly formsBySpelling: Array<LastForms | undefined> = [];

  /** The parts of the name found by the last scanName. */
  private scannedName(): NameParts {
    const words = this.scanWords;
    const last = this.scannedLast().last;
    // In a name written in mixed case, a short word in capitals is initials without periods ("RP
    // Kalita", "VK Singh") and stays as written; in a line of capitals every word is title-cased.
    const mixed = !isAllUpper(this.sp(words[this.scanWordCount - 1] as number).text);
    const norm = mixed ? normNameMixed : normName;
    const lead = this.scanLead;
    if (lead !== undefined) {
      // The initials are the first name; the words before the last, the middle ones.
      const nw = this.scanWordCount;
      let middle: string[] = NO_WORDS;
      if (nw > 1 || this.scanInitialCount > 0) {
        middle = [];
        for (let k = 0; k < nw - 1; k++) middle.push(norm(this.sp(words[k] as number).text));
        for (let k = 0; k < this.scanInitialCount; k++) middle.push(this.sp(this.scanInitials[k] as number).text + '.');
      }
      const s = this.scanSuffix;
      const suffix = s === undefined ? undefined : JR_SR.test(s) ? titleCaseWord(s) + '.' : JNR_SNR.test(s) ? titleCaseWord(s) : s.toUpperCase();
      return { from: this.scanFrom, to: this.scanTo, endOffset: this.scanEndOffset, first: lead, middle, last, suffix };
    }
    if (this.scanOneWord) {
      return { from: this.scanFrom, to: this.scanTo, endOffset: this.scanEndOffset, first: undefined, middle: NO_WORDS, last, suffix: undefined };
    }
    let initials: string[] | undefined;
    for (let k = 0; k < this.scanInitialCount; k++) (initials ??= []).push(this.sp(this.scanInitials[k] as number).text + '.');
    const nw = this.scanWordCount;
    // Words before the last are not possessive: their text is the word.
    const first = nw > 1 ? norm(this.sp(words[0] as number).text) : undefined;
    let middle = initials ?? NO_WORDS;
    if (nw > 2) {
      middle = [];
      for (let k = 1; k < nw - 1; k++) middle.push(norm(this.sp(words[k] as number).text));
      if (initials) for (const m of initials) middle.push(m);
    }
    const s = this.scanSuffix;
    const suffix = s === undefined ? undefined : JR_SR.test(s) ? titleCaseWord(s) + '.' : JNR_SNR.test(s) ? titleCaseWord(s) : s.toUpperCase();
    // A Korean given name in capitals after the family name is one name with a hyphen: "AHN
    // GYU-BACK" is "Ahn Gyu-back", as romanised (only its first syllable capitalised).
    const given = !mixed && nw === 2 && first !== undefined && EAST_ASIAN_FAMILY_NAME.has(first.toLowerCase()) ? syllableGivenName(last) : last;
    const parts: NameParts = { from: this.scanFrom, to: this.scanTo, endOffset: this.scanEndOffset, first, middle, last: given, suffix };
    // Japanese and other government releases write the family name first and in capitals ("KIHARA
    // Minoru", "Minister of Defense NAKATANI Gen"): in a line of mixed case, a first word in capitals
    // that is no initials (it has a vowel) before words in mixed case is the family name.
    if (mixed && nw > 1 && initials === undefined) {
      const w0 = words[0] as number;
      const t0 = this.sp(w0).text;
      if (this.lineUpper[w0] !== 1 && t0.length > 1 && isAllUpper(t0) && !capitalInitials(t0)) parts.familyFirst = true;
    }
    return parts;
  }

  /** The test parseName applies to a word in a name: capitalised, a letter, no digit, not a title, country or function word. */
  private nameWord(t: Token, j: number): boolean {
    const facts = factsOf(t);
    return ((facts & NAME_WORD) !== 0 && (t.cap || this.lineUpper[j] === 1 || (facts & NAME_PREFIX_WORD) !== 0)) || this.styleAsGivenName(t, j)
      || ((nameFactsOf(t) & NAME_LIKE) !== 0 && this.wordAsName(j));
  }

  /**
   * Whether the text writes this word in lower case somewhere: then its capitalised form after a
   * short given name's period opens a sentence rather than going on with the name ("Secretary Lee
   * Ma. Officials said", where "Ma" is the Chinese family name; "Jose Ma. Ezpeleta" goes on).
   * Built once per text, on first use.
   */
  private writtenLower(lower: string): boolean {
    return (this.lowerWords ??= lowerCaseSpellings(this.spellings)).has(lower);
  }

  /** See writtenLower. */
  private lowerWords: Set<string> | undefined;

  /**
   * A capitalised common word that is also a name, inside a sentence and before another name
   * word: Korea's family name "No" ("Defence Minister No Kwang Chol"), the Arabic given name
   * "Said" ("General Said Chanegriha").
   */
  private wordAsName(j: number): boolean {
    if (j === 0 || !this.sameLine(j) || this.lineUpper[j] === 1 || !this.sameLine(j + 1) || !this.spaced(j + 1)) return false;
    // Inside a sentence (after a word, such as a title's head), not at its start.
    if (!this.sp(j - 1).word) return false;
    const next = this.sp(j + 1);
    return next.cap && (factsOf(next) & NAME_WORD) !== 0 && !NAME_LIKE_WORD.has(next.key);
  }

  /**
   * A capitalised style that is also a given name, right before "bin" or "ibn": "Sultan bin
   * Fawaz" is a man named Sultan, son of Fawaz (a ruling sultan's style stands before his own
   * name: "Sultan Haitham bin Tarik").
   */
  private styleAsGivenName(t: Token, j: number): boolean {
    if ((nameFactsOf(t) & GIVEN_STYLE_WORD) === 0 || !this.sameLine(j + 1)) return false;
    const next = this.tok(j + 1);
    return next !== undefined && ARABIC_NAME_LINK.has(next.lower);
  }

  /**
   * True when a name starting with the word at i cannot go on past it: the word is possessive, or
   * the next token is on another line, or is punctuation other than a comma, or a lower-case word
   * that is neither a particle ("bin") nor a hyphenated prefix ("al-Assad"). parseName then has a
   * one-word answer, and most capitalised words ("Moscow", "Tuesday") are such single words.
   */
  private nameEndsAfter(i: number): boolean {
    const t = this.sp(i);
    if (possessiveWord(t)) return true;
    if (i + 1 >= this.n || this.newLine(i + 1)) return true;
    // A word after it by its class byte, without reading its spelling (asked at every capitalised
    // word that opens no title; most are followed by a word in lower case).
    const c = this.spellingClass[this.ids[i + 1] as number] as number;
    if ((c & CLASS_WORD) !== 0) return (c & CLASS_CAP_WORD) === 0 && this.lineUpper[i + 1] !== 1 && (c & CLASS_NAME_LINK) === 0;
    const next = this.sp(i + 1);
    // ("H.E. Peter Poe": the style's period; see excellencyEnd.)
    // (And a nickname in quotes: 'Guillermo "Bill" Rosado'; see nicknameEnd.)
    return next.text !== ',' && !(next.text === '.' && this.excellencyEnd(i) > i) && this.nicknameEnd(i + 1) === i + 1;
  }

  /** Files a person under one more surname key (a longer form of the name was seen). */
  private indexSurname(p: Person, last: string): void {
    const k = surnameKey(last);
    const list = this.bySurname.get(k);
    if (!list) { this.bySurname.set(k, [p]); this.fileFirst(k, p, 0); } else if (!list.includes(p)) { list.push(p); this.fileFirst(k, p, list.length - 1); }
  }

  /**
   * Whether "and" then another head of state or government and a name follow token `to` (a bare
   * head's title `phrase` ending there): "signed by the Prime Minister and President Zelensky" is
   * a meeting of two principals, so the office is its holder at the time.
   */
  private andOtherHeadAt(to: number, phrase: TitlePhrase): boolean {
    if (this.tok(to)?.lower !== 'and' || !this.sameLine(to + 1)) return false;
    const second = this.parseTitle(to + 1);
    return second !== undefined && second.from === to + 1 && second.capitalized && this.sameLine(second.to) && this.capWord(second.to)
      && this.stateAndGovernmentHeads(this.phraseTitle(phrase), this.phraseTitle(second));
  }

  /**
   * For a surname after a rank, `person` (the nearest of that surname), or when their title holds
   * another rank, the latest-named person of that surname whose title holds this rank.
   */
  private sameRankNamesake(person: Person, name: NameParts, phrase: TitlePhrase, start: number): Person {
    // (Most surnames name one person: asked first, before any title is read.)
    const list = this.bySurname.get(surnameKey(name.last));
    if (list === undefined || list.length < 2) return person;
    const want = headRank(this.phraseTitle(phrase));
    if (want === undefined) return person;
    const have = headRank(`${person.title ?? ''} ${person.rank ?? ''}`);
    // (The nearest of no rank yields too, to one of that rank: "Air Chief Marshal Singh" after "Air
    // Chief Marshal AP Singh and Defence Secretary Rajesh Kumar Singh" is the air chief.)
    if (have === want) return person;
    let best: Person | undefined;
    let bestAt = -1;
    for (const q of list) {
      if (q === person || headRank(`${q.title ?? ''} ${q.rank ?? ''}`) !== want) continue;
      const at = lastBefore(q.positions, start);
      if (at > bestAt) { best = q; bestAt = at; }
    }
    return best ?? person;
  }

  /** Whether two bare titles are two different heads' of state or government, which no one holds at once. */
  private stateAndGovernmentHeads(a: string, b: string): boolean {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    // (Two different heads of government are two people too: "the Prime Minister and Chancellor Merz".)
    return x !== y && (BARE_STATE_HEAD.test(x) || BARE_GOVERNMENT_HEAD.test(x)) && (BARE_STATE_HEAD.test(y) || BARE_GOVERNMENT_HEAD.test(y));
  }

  /** Files a person under each capitalised middle name of three letters or more (see byMiddle). */
  private fileMiddle(p: Person): void {
    for (const m of p.middle) {
      if (m.length < 3 || m.charCodeAt(m.length - 1) === 46 || m.toLowerCase() === m) continue;
      const k = surnameKey(m);
      const list = this.byMiddle.get(k);
      if (list === undefined) this.byMiddle.set(k, [p]);
      else if (!list.includes(p)) list.push(p);
    }
  }

  /**
   * Whether a word is the name after a first name "Muhammad" (in any spelling) of exactly one
   * person of the text, and nobody's given name or surname: where "Muhammad" opens most men's
   * names, the name after it is the one used ("Badaru" of "Mohammed Badaru Abubakar", "Khaled" of
   * "Mohamed Khaled Nordin"). Other middle names are not used alone ("Anthony" of "John Anthony Smith").
   */
  private middleNameOfOne(key: string, firstNames: ReadonlySet<string>): boolean {
    const list = this.byMiddle.get(key);
    if (list === undefined || list.length !== 1 || firstNames.has(key) || this.bySurname.has(key)) return false;
    const p = list[0] as Person;
    return p.firstLower !== undefined && MUHAMMAD.has(p.firstLower) && p.middle.length > 0 && surnameKey(p.middle[0] as string) === key;
  }

  /**
   * The one person a one-word name (surname key `key`, as written `word`) names by another part of
   * their name: the given name of someone from a country where given names are used alone
   * (GIVEN_NAME_USED), or a middle name ("Lula" of "Luiz Inácio Lula da Silva"). Undefined when
   * none, or more than one, fits.
   */
  private knownByOtherName(key: string, word: string): Person | undefined {
    let found: Person | undefined;
    const firsts = this.byFirst.get(firstNameLower(word));
    if (firsts !== undefined) {
      for (const q of firsts) {
        if (q.country === undefined || !GIVEN_NAME_USED.has(q.country)) continue;
        if (found !== undefined && found !== q) return undefined;
        found = q;
      }
      if (found !== undefined) return found;
    }
    const middles = this.byMiddle.get(key);
    return middles !== undefined && middles.length === 1 ? middles[0] : undefined;
  }

  /** Files the person at index `at` of surname key k's list in its FirstNameSplit. */
  private fileFirst(k: string, p: Person, at: number): void {
    let split = this.surnameSplit.get(k);
    if (split === undefined) { split = { wild: NO_INDICES, full: undefined, merged: undefined }; this.surnameSplit.set(k, split); }
    // Once the list's merged mentions exist, they take the person's (a longer form of a name files
    // them under one more surname, with the mentions they have).
    if (split.merged !== undefined) this.joinMerged(split, split.merged, p, at);
    if (!fullFirst(p)) { if (split.wild === NO_INDICES) split.wild = [at]; else split.wild.push(at); return; }
    fileFull(split, p.firstLower as string, at);
  }

  /** Moves the people of `split.wild` whose first name became known (three letters or more) to `full`. */
  private settleWild(split: FirstNameSplit, list: readonly Person[]): void {
    const wild = split.wild;
    let w = 0;
    for (let k = 0; k < wild.length; k++) {
      const at = wild[k] as number;
      const p = list[at] as Person;
      if (!fullFirst(p)) { wild[w++] = at; continue; }
      fileFull(split, p.firstLower as string, at);
    }
    if (w !== wild.length) wild.length = w;
  }

  /** Adds a person (at index `at` of the split's list) and their mentions to a split's merged mentions. */
  private joinMerged(split: FirstNameSplit, merged: MergedMentions, p: Person, at: number): void {
    const positions = p.positions;
    for (let q = 0; q < positions.length; q++) insertMention(merged, positions[q] as number, at);
    const late = p.late;
    for (let q = 0; q < late.length; q++) insertMention(merged, late[q] as number, at);
    this.addMembership(split, p, at);
  }

  /** Records that person p is at index `at` of the split's list, for addPosition. */
  private addMembership(split: FirstNameSplit, p: Person, at: number): void {
    const lists = this.memberOf[p.index];
    if (lists === undefined) this.memberOf[p.index] = [split, at]; else lists.push(split, at);
  }

  /** A surname list's merged mentions, built (sorted once, not inserted pair by pair) on first use. */
  private mergedOf(split: FirstNameSplit, list: readonly Person[]): MergedMentions {
    if (split.merged !== undefined) return split.merged;
    const pairs: number[] = [];
    for (let q = 0; q < list.length; q++) {
      const p = list[q] as Person;
      const positions = p.positions;
      for (let r = 0; r < positions.length; r++) pairs.push(positions[r] as number, q);
      const late = p.late;
      for (let r = 0; r < late.length; r++) pairs.push(late[r] as number, q);
      this.addMembership(split, p, q);
    }
    // Sorted by offset then list index through an index array (a pair's two numbers stay together).
    const order: number[] = [];
    for (let r = 0; r < pairs.length; r += 2) order.push(r);
    order.sort((a, b) => ((pairs[a] as number) - (pairs[b] as number)) || ((pairs[a + 1] as number) - (pairs[b + 1] as number)));
    const at: number[] = [];
    const who: number[] = [];
    for (let r = 0; r < order.length; r++) { at.push(pairs[order[r] as number] as number); who.push(pairs[(order[r] as number) + 1] as number); }
    split.merged = { at, who, lateAt: [], lateWho: [] };
    return split.merged;
  }

  /** Adds a mention offset to a person, and to the merged mentions of each surname they are filed under. */
  private addPosition(p: Person, offset: number): void {
    const positions = p.positions;
    const n = positions.length;
    // In stage 2 a mention before a later titled one waits in `late` (see mergeLate).
    if (this.inShortForms && n > 0 && (positions[n - 1] as number) > offset) {
      if (p.late === NO_LATE) p.late = [offset]; else insertSorted(p.late, offset);
    } else insertSorted(positions, offset);
    const lists = this.memberOf[p.index];
    if (lists === undefined) return;
    for (let q = 0; q < lists.length; q += 2) insertMention((lists[q] as FirstNameSplit).merged as MergedMentions, offset, lists[q + 1] as number);
  }

  /** Sets a person's first name and files them under it. */
  private setFirst(p: Person, first: string): void {
    p.first = first;
    const k = firstNameLower(first);
    p.firstLower = k;
    const list = this.byFirst.get(k);
    if (list) list.push(p); else this.byFirst.set(k, [p]);
    this.fileFirstAndSurname(p);
  }

  /** Files a person with a first name under it and their current surname key (see byFirstAndSurname). */
  private fileFirstAndSurname(p: Person): void {
    const first = p.firstLower as string;
    let bySurname = this.byFirstAndSurname.get(first);
    if (bySurname === undefined) { bySurname = new Map(); this.byFirstAndSurname.set(first, bySurname); }
    const key = surnameKey(p.last);
    const list = bySurname.get(key);
    if (list) list.push(p); else bySurname.set(key, [p]);
  }

  /** The person of lowest index whose first name in lower case is `lower` (see findShortForms). */
  private firstPersonNamed(lower: string): Person | undefined {
    const list = this.byFirst.get(lower);
    let best: Person | undefined;
    if (list) for (let k = 0; k < list.length; k++) { const q = list[k] as Person; if (!best || q.index < best.index) best = q; }
    return best;
  }

  /**
   * The people of a surname's list whose surname is no father's name (see endsWithNameLink), kept
   * per surname as the list grows: asked at every look-up of a surname alone, each list is read once.
   */
  private withoutLink(lastKey: string, list: readonly Person[]): Person[] {
    let own = this.ownSurname.get(lastKey);
    if (own === undefined) { own = { people: [], checked: 0 }; this.ownSurname.set(lastKey, own); }
    for (; own.checked < list.length; own.checked++) {
      const p = list[own.checked] as Person;
      if (!endsWithNameLink(p.middle)) own.people.push(p);
    }
    return own.people;
  }

  /**
   * The one person named so far by a one-word name that is `family` ("Minister Kato"), to whom a
   * name written family name first ("KATO Hiroshi") gives the full name (see personFor).
   */
  private familyNameAlone(family: string): Person | undefined {
    const list = this.bySurname.get(surnameKey(family));
    if (list === undefined || list.length !== 1) return undefined;
    const p = list[0] as Person;
    return p.first === undefined && p.middle.length === 0 && surnameKey(p.last) === surnameKey(family) ? p : undefined;
  }

  /** Finds or creates the person a name refers to. */
  private personFor(name: NameParts, offset: number, create: boolean): Person | undefined {
    const lastKey = surnameKey(name.last);
    let best: Person | undefined;
    let bestDistance = Infinity;
    const sameSurname = this.bySurname.get(lastKey);
    const nf = name.first;
    // "King Salman" after "Prince Khalid bin Salman": a name after "bin" is the father's, not a
    // family name, so the surname alone names someone else (with "bin" it is the son: "bin Salman").
    const afterLink = endsWithNameLink(name.middle);
    const fatherNamed = nf === undefined && sameSurname !== undefined && !afterLink && this.withoutLink(lastKey, sameSurname).length < sameSurname.length;
    if (nf === undefined && sameSurname !== undefined && !fatherNamed && offset >= 0 && offset < 5e8 && Number.isInteger(offset)) {
      const nearest = this.nearestOfSurname(name, offset, sameSurname, this.surnameSplit.get(lastKey) as FirstNameSplit);
      // (Undefined only when nobody of the list has a mention yet: the loop then finds nobody either.)
      if (nearest !== undefined) return nearest;
    }
    const nfLower = nf === undefined ? undefined : firstNameLower(nf);
    // An index loop: the heap profile showed this for-of's iterator results ("next ← personFor",
    // 0.9 MB per 1 MB pass: 3,700 calls over lists of up to 34 people of a surname).
    // A first name of three letters or more visits only the people it may fit (see FirstNameSplit),
    // in list order (wild and full merged by index), so ties go to the same person as before.
    const split = nf !== undefined && nf.length >= 3 && sameSurname !== undefined ? this.surnameSplit.get(lastKey) : undefined;
    const otherForms = nfLower === undefined ? undefined : OTHER_GIVEN_FORMS.get(nfLower);
    let wild = NO_INDICES;
    let full = NO_INDICES;
    if (split !== undefined) {
      this.settleWild(split, sameSurname as Person[]);
      wild = split.wild;
      full = split.full?.get(nfLower as string) ?? NO_INDICES;
      // The people named by the given name's other forms too ("Sam" of "Samuel"), in list order.
      if (otherForms !== undefined && split.full !== undefined) {
        let merged: number[] | undefined;
        for (const f of otherForms) { const g = split.full.get(f); if (g !== undefined) (merged ??= [...full]).push(...g); }
        if (merged !== undefined) full = merged.sort((x, y) => x - y);
      }
    }
    // (Without the people whose surname is their father's name, for a surname alone that is not.
    // Only then is split undefined: the list of the loop is the surname's own otherwise.)
    const list = fatherNamed ? this.withoutLink(lastKey, sameSurname as Person[]) : sameSurname;
    const count = list === undefined ? 0 : split !== undefined ? wild.length + full.length : list.length;
    let a = 0;
    let b = 0;
    for (let s = 0; s < count; s++) {
      let at = s;
      if (split !== undefined) {
        if (b >= full.length || (a < wild.length && (wild[a] as number) < (full[b] as number))) at = wild[a++] as number;
        else at = full[b++] as number;
      }
      const p = (list as Person[])[at] as Person;
      // ... and "Mohammed bin Salman" after "King Salman" is not the king.
      if (nf !== undefined && p.first === undefined && afterLink) continue;
      const pf = p.first;
      if (nf && pf && nfLower !== p.firstLower) {
        // Different first names: another person, unless one is an initial of the other, or they
        // share a first letter and one is a short form ("Al" / "Alexander").
        const sameInitial = nf.charCodeAt(0) === pf.charCodeAt(0);
        if (!(nf.length === 1 || pf.length === 1) && !sameInitial) continue;
        if (sameInitial && nf.length > 2 && pf.length > 2 && otherForms?.includes(p.firstLower as string) !== true) continue;
      }
      // With two people of one surname, a bare surname goes to the nearest one named before it.
      const d = mentionDistance(p, offset);
      if (d < bestDistance) { bestDistance = d; best = p; }
    }
    // A compound surname alone ("López Obrador" after "Andrés Manuel López Obrador"): its first
    // word is the last middle name of someone of that surname, not a first name. The first-name
    // index above visits only people whose first name may fit, so they are asked here.
    if (!best && nf !== undefined && name.middle.length === 0 && sameSurname !== undefined) {
      for (let q = 0; q < sameSurname.length; q++) {
        const p = sameSurname[q] as Person;
        if (p.middle.length === 0 || p.middle[p.middle.length - 1] !== nf) continue;
        const d = mentionDistance(p, offset);
        if (d < bestDistance) { bestDistance = d; best = p; }
      }
      if (best) return best;
    }
    if (best) {
      if (name.first && !best.first) this.setFirst(best, name.first);
      if (name.middle.length > best.middle.length) { best.middle = name.middle; this.fileMiddle(best); }
      if (name.suffix && !best.suffix) best.suffix = name.suffix;
      return best;
    }
    // A shorter form of a patronymic chain already seen: "Prince Khalid bin Salman" after "Prince
    // Khalid bin Salman bin Abdulaziz" (the chain cut before its next "bin").
    if (nf !== undefined && endsWithNameLink(name.middle)) {
      const longer = this.chainWithPrefix(nf, name);
      if (longer !== undefined) return longer;
    }
    if (!create) return undefined;
    // A family name written first in capitals ("KATO Hiroshi") after that family name alone
    // ("Minister Kato" in a headline): the same person, whose full name is now known.
    if (name.familyFirst && nf !== undefined && name.middle.length === 0) {
      const alone = this.familyNameAlone(nf);
      if (alone !== undefined) {
        alone.last = name.last;
        this.setFirst(alone, nf);
        this.indexSurname(alone, name.last);
        return alone;
      }
    }
    // A longer form of a name already seen ("Faisal bin Farhan" then "Faisal bin Farhan Al Saud"):
    // same first name, and the earlier surname is one of this name's middle words.
    // The earliest such person wins; candidates come from the first-name index, not a scan of
    // every person (profile: that scan was 6% of the engine on 1 MB with a thousand people).
    // Looked up by first name and each middle word's surname key (byFirstAndSurname), not by a
    // walk through everyone of the first name: that list grows with the article (a corpus has
    // dozens of "Sergei"s), and the walk ran at every new person with a middle name.
    if (name.first && name.middle.length > 0) {
      const found = this.longerFormOf(name.first, name.middle);
      if (found) {
        this.indexSurname(found, name.last);
        found.middle = name.middle;
        found.last = name.last;
        this.fileMiddle(found);
        // Filed under the new surname too (the entry under the old one stays, and is checked).
        this.fileFirstAndSurname(found);
        return found;
      }
    }
    // A one-word name that is a known person's given name where given names are used alone, or
    // one of their middle names ("President Lula" after "President Luiz Inácio Lula da Silva").
    if (nf === undefined && name.middle.length === 0 && sameSurname === undefined) {
      const known = this.knownByOtherName(lastKey, name.last);
      // (Filed under that name too, as a surname: "Múcio" alone later is him as well.)
      if (known !== undefined) { this.indexSurname(known, name.last); return known; }
    }
    // Every field is present from the start, so all people share one object shape: the optional
    // ones were added later in varying orders, and the surname loop above, reading `first` and
    // `positions` of up to dozens of people per mention, then ran on megamorphic property loads
    // (measured: personFor about 8 ms of stage 1 and 2 on 1 MB, 74,000 candidate people).
    const p: Person = {
      key: `p${this.people.length}`, index: this.people.length, first: undefined, firstLower: undefined, middle: name.middle,
      last: name.last, suffix: undefined, title: undefined, rank: undefined, country: undefined, organization: undefined, positions: [], late: NO_LATE,
    };
    if (name.first !== undefined) this.setFirst(p, name.first);
    if (name.suffix !== undefined) p.suffix = name.suffix;
    this.people.push(p);
    if (name.middle.length > 0) this.fileMiddle(p);
    if (sameSurname) { sameSurname.push(p); this.fileFirst(lastKey, p, sameSurname.length - 1); } else { this.bySurname.set(lastKey, [p]); this.fileFirst(lastKey, p, 0); }
    return p;
  }

  /**
   * personFor for a name without a first name, which fits everyone of its surname list: the loop's
   * answer from the list's merged mentions (see FirstNameSplit.at). The loop takes the least
   * distance, ties to the lowest list index: the person with the latest mention at or before the
   * offset (the first of that offset's entries, which are in list index order); when nobody was
   * named by then, the distance is 1e9 past the first mention, so the earliest first mention wins,
   * which is the first entry. (Below offset 5e8 a mention before always beats one after; the
   * caller checks.) People with no mention yet never win in the loop (their distance is NaN) and
   * have no entries.
   */
  private nearestOfSurname(name: NameParts, offset: number, list: readonly Person[], split: FirstNameSplit): Person | undefined {
    const m = this.mergedOf(split, list);
    // The best of each run (see MergedMentions), then the better of the two: the later offset, or
    // on one offset the lower list index; with no mention by then, the earliest pair of either.
    let k = lastRunAtOrBefore(m.at, offset);
    let l = lastRunAtOrBefore(m.lateAt, offset);
    if (k < 0 && l < 0) { k = m.at.length > 0 ? 0 : -1; l = m.lateAt.length > 0 ? 0 : -1; }
    let index: number;
    if (l < 0) { if (k < 0) return undefined; index = m.who[k] as number; } else if (k < 0) index = m.lateWho[l] as number;
    else {
      const a = m.at[k] as number;
      const b = m.lateAt[l] as number;
      const whoA = m.who[k] as number;
      const whoB = m.lateWho[l] as number;
      // Both at or before the offset: the later wins; both after it (nobody named by then): the earlier.
      const before = a <= offset;
      index = a === b ? Math.min(whoA, whoB) : (a > b) === before ? whoA : whoB;
    }
    const best = list[index] as Person;
    // The loop's updates for a name with no first name.
    if (name.middle.length > best.middle.length) best.middle = name.middle;
    if (name.suffix && !best.suffix) best.suffix = name.suffix;
    return best;
  }

  /** The person of lowest index with first name `first` (any case) whose surname key is one of the middle words' (see personFor). */
  private longerFormOf(first: string, middle: readonly string[]): Person | undefined {
    let found: Person | undefined;
    const bySurname = this.byFirstAndSurname.get(firstNameLower(first));
    if (bySurname === undefined) return undefined;
    for (let m = 0; m < middle.length; m++) {
      const key = surnameKey(middle[m] as string);
      const list = bySurname.get(key);
      if (list === undefined) continue;
      // A list keeps people whose surname has changed since (see fileFirstAndSurname's caller): check it.
      for (let k = 0; k < list.length; k++) {
        const q = list[k] as Person;
        if (surnameKey(q.last) === key && (!found || q.index < found.index)) found = q;
      }
    }
    return found;
  }

  /**
   * Whether a ". " lies between offsets `from` and `to`. Offsets further apart than any sentence
   * (2,000 characters) count as two sentences without a look: a search back from `to` that found
   * no period went on to the start of the text, once for every such name of a hostile text.
   */
  private sentenceEndBetween(from: number, to: number): boolean {
    if (to - from > 2000) return true;
    const text = this.text;
    for (let k = to - 2; k >= from; k--) if (text.charCodeAt(k) === 46 && text.charCodeAt(k + 1) === 32) return true;
    return false;
  }

  /**
   * A one-word name after a title, which nobody has as a surname and exactly one person named in
   * an earlier sentence has as a given name, under a title with the same head: "President Prabowo"
   * after "President Prabowo Subianto" (Indonesia's presidents and ministers, among others, are
   * called by their given name). Not "Prince Alan" after "Secretary Alan Albright".
   */
  private titledGivenName(phrase: TitlePhrase, name: NameParts, start: number): Person | undefined {
    if (this.bySurname.has(surnameKey(name.last))) return undefined;
    const bearers = this.byFirst.get(name.last.toLowerCase());
    if (bearers === undefined || bearers.length !== 1) return undefined;
    const bearer = bearers[0] as Person;
    const lastSeen = bearer.positions[bearer.positions.length - 1];
    if (lastSeen === undefined || lastSeen >= start || !this.sentenceEndBetween(lastSeen, start)) return undefined;
    const head = this.sp(phrase.head).key;
    return bearer.title !== undefined && bearer.title.toLowerCase().split(' ').includes(head) ? bearer : undefined;
  }

  /**
   * The country a sentence sets its scene in right before a title at token `from`: "In Cyprus,
   * Defence Minister ..." and "in neighbouring Romania, Defence Minister ..." (one lower-case word
   * between): the minister is that country's, so "The Cypriot minister" later is them.
   */
  private sceneCountryBefore(from: number): string | undefined {
    let k = from - 1;
    if (k < 2 || this.sp(k).text !== ',' || !this.sameLine(k)) return undefined;
    k--;
    const pair = k >= 1 && this.sameLine(k) ? this.countryPairAt(k - 1) : undefined;
    const one = pair === undefined && this.sp(k).cap ? countryByNameKey(this.sp(k).key)?.name : undefined;
    if (pair === undefined && one === undefined) return undefined;
    k -= pair !== undefined ? 2 : 1;
    if (k >= 1 && this.sameLine(k + 1) && !this.sp(k).cap && this.sp(k).word && this.sp(k).lower !== 'in') k--;
    return k >= 0 && this.sameLine(k + 1) && this.sp(k).lower === 'in' ? pair ?? one : undefined;
  }

  /**
   * Whether the text names a country (or nationality) of TWO_FAMILY_NAMES, so that a name of three
   * words whose holder's country is not known is taken for one of two family names there: "Defence
   * Secretary General Ramon Vidal Soto ... in Mexico ... Vidal said" ("John Paul Jones" elsewhere
   * keeps "Jones" only). Asked of the text's spellings once.
   */
  private namesTwoFamilyCountry(): boolean {
    return (this.twoFamilyText ??= this.spellings.some((t) => t.cap && TWO_FAMILY_NAMES.has(isDemonymOrCountry(t) ?? '')));
  }
  private twoFamilyText: boolean | undefined;

  /** Marks a name as a mention of its person (found or, with `create`, made) and files the title's facts; the person, or undefined. */
  private addNamed(from: number, start: number, name: NameParts, phrase: TitlePhrase | undefined, create: boolean): Person | undefined {
    let person = (phrase !== undefined && name.first === undefined && name.middle.length === 0 ? this.styledGivenName(phrase, name) ?? this.titledGivenName(phrase, name, start) : undefined)
      ?? this.personFor(name, start, create);
    if (!person) return undefined;
    // A rank and a surname two people share ("Senior Colonel Zhang" after "Senior Colonel Zhang
    // Xiaogang" and "General Zhang Youxia"): the one of that rank, when the nearest is of another.
    if (phrase !== undefined && name.first === undefined && name.middle.length === 0) person = this.sameRankNamesake(person, name, phrase, start);
    if (phrase) {
      const title = this.phraseTitle(phrase);
      if (title && (!person.title || title.length > person.title.length)) person.title = title;
      if (phrase.acronym !== undefined) person.titleAcronym ??= phrase.acronym;
      if (phrase.countries.length && !person.country) person.country = phrase.countries[0] as string;
      if (phrase.organization && !person.organization) person.organization = phrase.organization;
      if (phrase.rankTo > phrase.titleTo && !person.rank) person.rank = this.titleText(phrase.titleTo, phrase.rankTo, phrase.rankTo - 1);
      if (phrase.firstOffice !== undefined) person.otherOffice ??= phrase.firstOffice;
    }
    if (!person.country && person.title) person.country = titleCountry(person.title) || undefined;
    if (!person.country && phrase !== undefined) person.country = this.sceneCountryBefore(from);
    if (name.familyFirst && name.first !== undefined && !person.familyFirst) {
      person.familyFirst = true;
      this.indexSurname(person, name.first);
    }
    // A name written family name first ("Chinese Defense Minister Dong Jun", "Ng Eng Hen"): its
    // first word is the name used alone later, with a title too ("Admiral Dong"), so it is filed
    // as a surname. Known by the country of the person's office, or by a family name that is
    // common in China or Korea.
    if (name.first !== undefined && name.middle.length <= 1 && !person.familyFirst && this.writtenFamilyFirst(person, name.first)) this.indexSurname(person, name.first);
    // An Arabic kunya ("Abu Jandal al-Kuwaiti", "Abu Bakr al-Baghdadi") is the name used alone
    // later ("Abu Jandal"): the word after "Abu" or "Umm" is filed as a surname too.
    if (name.first !== undefined && name.middle.length > 0 && KUNYA.has(firstNameLower(name.first))) this.indexSurname(person, name.middle[0] as string);
    // Portuguese and Spanish names carry two family names, of which the first is used alone
    // ("Múcio" of Brazil's "José Múcio Monteiro", "Petro" of Colombia's "Gustavo Petro Urrego"):
    // the last middle word is filed as a surname too.
    // (With no country known yet, a name written with Portuguese or Spanish accents is taken for
    // one: "Defence Minister José Múcio Monteiro ... Múcio has promoted"; not Turkish "ç" or "ü".)
    else if (name.first !== undefined && name.middle.length === 1
      && (person.country !== undefined ? TWO_FAMILY_NAMES.has(person.country) : IBERIAN_LETTER.test(name.first + name.middle[0] + name.last) || this.namesTwoFamilyCountry())) this.indexSurname(person, name.middle[0] as string);
    // A royal's style before the title or the name belongs to the span, as an excellency's does:
    // "His Highness Sheikh Mohamed bin Zayed", "His Royal Highness Crown Prince ...", "Her Majesty Queen Rania".
    if (start === this.starts[from]) {
      const styled = this.royalStyleBefore(from);
      if (styled < from) { from = styled; start = this.starts[from] as number; }
    }
    this.addPosition(person, start);
    for (let k = from; k < name.to; k++) this.taken[k] = 1;
    // Post-nominal letters are part of the name as written: "Hon Richard Marles MP", "Air Chief
    // Marshal Mark Binskin AC" (not after a possessive name).
    let end = name.endOffset;
    const post = name.endOffset === this.end(name.to - 1) ? this.afterPostNominals(name.to) : name.to;
    if (post > name.to) {
      end = this.end(post - 1);
      for (let k = name.to; k < post; k++) this.taken[k] = 1;
    }
    this.spans.push(start, end, false, person.key);
    return person;
  }

  /**
   * Whether the bare surname at token i (its name ending before `to`) is the group called after an
   * Arabic family, not a person of `bearers` (see findShortForms): every bearer's name has the
   * article ("al-Houthi") and the word does not, and no bearer was named before it or a group's
   * noun follows it; outside a headline. The people's names are asked first: nearly every surname
   * fails there, before the line is read.
   */
  private familyGroupAt(i: number, to: number, bearers: Person[] | undefined): boolean {
    if (bearers === undefined || namePrefixLength(this.sp(i).text) !== 0) return false;
    const start = this.starts[i] as number;
    const groupNoun = GROUP_NOUN.has(this.tok(to)?.lower ?? '');
    for (const p of bearers) {
      if (namePrefixLength(p.last) === 0) return false;
      if (!groupNoun && (lastBefore(p.positions, start) >= 0 || lastBefore(p.late, start) >= 0)) return false;
    }
    return i >= this.firstLineEnd() && this.lineUpper[i] !== 1 && !this.titleCaseLine(i);
  }

  /**
   * Whether the scanned name of two words or more (from token t) is someone other than the known
   * people whose family name, written first, is t: "Kim Yo Jong" when only "Kim Jong Un" is known.
   */
  private otherBearerOfFamilyName(t: Token, lastNames: Map<string, Person[]>): boolean {
    const bearers = lastNames.get(lastForms(t.text).key);
    if (bearers === undefined || !bearers.every((p) => p.first !== undefined && surnameKey(p.first) === surnameKey(t.text))) return false;
    const name = this.scannedName();
    return !bearers.some((p) => p.last === name.last);
  }

  /** Whether a person's name, whose first word is `first`, is written family name first (see addNamed). */
  private writtenFamilyFirst(person: Person, first: string): boolean {
    if (person.country !== undefined && FAMILY_NAME_FIRST.has(person.country)) return true;
    // Or a Korean given name of two syllables joined by a hyphen, the second in lower case, after a
    // short family name: "Son Jae-il", "Shin Won-sik" (later "Son declined", whatever list the
    // family name is missing from).
    if (person.middle.length === 0 && first.length <= 4 && KOREAN_GIVEN_NAME.test(person.last)) return true;
    return EAST_ASIAN_FAMILY_NAME.has(firstNameLower(first));
  }

  /**
   * "Sheikh Tamim", "Prince Khalid", "Emir Tamim" after "Sheikh Tamim bin Hamad Al Thani": a royal
   * style with one name is the given name of an Arabic name already in the article (one with
   * "bin", "bint", "ibn" or an "Al" family name), not a surname. The earliest such person.
   */
  private styledGivenName(phrase: TitlePhrase, name: NameParts): Person | undefined {
    if (!STYLE_HEAD.has(this.sp(phrase.head).key)) return undefined;
    const list = this.byFirst.get(firstNameLower(name.last));
    if (list === undefined) return undefined;
    let best: Person | undefined;
    let bestRank = 0;
    for (const p of list) {
      // A royal is named by descent ("Khalid bin Salman"): such a name goes before a family name
      // with its article ("Dr. Khalid Al-Bayari"), either before none (then the first named).
      const link = p.middle.some((m) => ARABIC_NAME_LINK.has(m.toLowerCase()));
      const rank = link ? 2 : p.middle.some((m) => m.toLowerCase() === 'al') || ARABIC_FAMILY_PREFIX.test(p.last) ? 1 : 0;
      if (rank > bestRank || (rank > 0 && rank === bestRank && best !== undefined && p.index < best.index)) { best = p; bestRank = rank; }
    }
    return best;
  }

  /** Whether a "name" after a title has an organisation's word in it: "Major League Baseball", "Major Arab League". */
  private organisationInName(name: NameParts): boolean {
    for (let k = name.from; k < name.to; k++) if (this.sp(k).word && ORGANISATION_END.has(this.sp(k).key)) return true;
    return false;
  }

  /**
   * Whether the capitalised word at k ends an organisation's name, so that the capitalised words
   * before it, which looked like a person's name after a title, are that name's middle: "head of
   * the Army Futures Command", "commander of the Navy Surface Warfare Center".
   */
  private organisationGoesOn(k: number): boolean {
    const t = this.tok(k);
    return t !== undefined && t.word && t.cap && this.sameLine(k) && this.spaced(k) && ORGANISATION_END.has(t.key);
  }

  /**
   * Whether the plural head at i follows "the" and one word in lower case and goes on to "of": "the
   * police ministers of Norland and Sudland, ..." (a portfolio no title word list holds), so that
   * pluralTitledNames reads it as after "the" (it then needs the countries and a dash or comma).
   */
  private ministersAfterPortfolio(i: number): boolean {
    return i > 1 && this.tok(i + 1)?.lower === 'of' && this.sp(i - 2).lower === 'the' && this.sp(i - 1).word && !this.sp(i - 1).cap && this.sameLine(i - 1) && this.sameLine(i + 1);
  }

  /**
   * Names after a plural title, joined by commas and a final "and", each a mention of its person
   * with the title in the singular: "Defense Ministers Lloyd Austin and Richard Marles" gives
   * "Defense Ministers Lloyd Austin" (Defense Minister) and "Richard Marles" (Defense Minister).
   * The title is capitalised words (nationalities, organisations, title modifiers) then a plural
   * head whose singular is a title head. Returns the token after the last name, or i.
   */
  private pluralTitledNames(i: number): number {
    const n = this.n;
    // Find the plural head with the cached word bits first, as mayHaveTitleHead does: this runs at
    // every capitalised title word of stage 1, and nearly every one reaches no plural head.
    let h = i;
    let single: string | undefined;
    // After "the" the title may be in lower case, when a dash sets the names off: "The foreign
    // ministers of Japan, Australia and India — Takeshi Iwaya, Penny Wong and S. Jaishankar —".
    // (Or with a portfolio word between, before countries: "the police ministers of Norland and
    // Sudland, Ann Berg and Tom Lee," from the head, the word in no title; see ministersAfterPortfolio.)
    const lowerAfterThe = !(this.sp(i).cap || this.lineUpper[i] === 1) && i > 0 && (this.sp(i - 1).lower === 'the' || this.ministersAfterPortfolio(i)) && this.sameLine(i);
    for (; h < n && h < i + 5; h++) {
      const w = this.sp(h);
      if ((h > i && !this.sameLine(h)) || !w.word) return i;
      const f = factsOf(w);
      // The plural head may be in lower case after capitalised title words: "Foreign ministers Yoko Kamikawa and Penny Wong".
      if (!(w.cap || this.lineUpper[h] === 1 || lowerAfterThe)) {
        if (h > i && (f & ROLE_WORD) !== 0 && (single = PLURAL_ROLE.get(w.lower)) !== undefined) break;
        // "then-Presidents Dmitry Medvedev and Barack Obama": a prefix in lower case before a capitalised plural title.
        if (h === i && (f & ROLE_WORD) !== 0 && upperAt(w.text, w.text.indexOf('-') + 1) && (single = prefixedPluralTitle(w.lower)) !== undefined) break;
        return i;
      }
      if ((f & ROLE_WORD) !== 0 && (single = PLURAL_ROLE.get(w.lower)) !== undefined) break;
      // Nationalities, organisations and title modifiers, but no title head ("President Biden and").
      if ((f & TITLE_START) === 0 || (f & TITLE_CORE_WORD) !== 0) return i;
    }
    if (single === undefined || !TITLE_CORE.has(single) || GENERIC_ROLE.has(single)) return i;
    // The countries the offices are of, before a dash: "ministers of Japan, Australia and India —".
    const of = this.officesOfCountries(h + 1);
    const afterHead = of ? of.end : h + 1;
    // A dash may set the names off: "Foreign ministers — Yoko Kamikawa, Penny Wong and S. Jaishankar — met".
    // Or, after the countries, a comma: "The ministers of Norland and Sudland, Ann Berg and Tom Lee, met".
    const dash = this.tok(afterHead) !== undefined && this.sameLine(afterHead) && (LIST_DASH.has(this.sp(afterHead).text) || (of !== undefined && this.sp(afterHead).text === ',')) ? afterHead : -1;
    if ((lowerAfterThe || of) && dash < 0) return i;
    if (!this.sameLine(dash > 0 ? dash + 1 : h + 1) || !this.capWord(dash > 0 ? dash + 1 : h + 1)) return i;
    // The names: a comma before each but the last, "and" (or ", and") before the last.
    const names: NameParts[] = [];
    let k = dash > 0 ? dash + 1 : h + 1;
    // At most ten names: a longer list is no list of officeholders, and the bound keeps a run of
    // thousands of comma-separated names linear.
    for (;;) {
      const name = this.parseName(k);
      if (!name || !this.sameLine(k) || names.length >= 10) return i;
      names.push(name);
      k = name.to;
      const sep = this.tok(k);
      if (sep?.text === ',' && this.tok(k + 1)?.lower === 'and') k++;
      const joiner = this.tok(k);
      if (joiner?.lower === 'and' || joiner?.text === ',') {
        if (!this.sameLine(k + 1) || !this.capWord(k + 1)) break;
        if (joiner.lower === 'and') {
          const last = this.parseName(k + 1);
          if (!last) return i;
          names.push(last);
          k = last.to;
          break;
        }
        k++;
        continue;
      }
      break;
    }
    if (names.length < 2 || this.tok(names[names.length - 1]!.from - 1)?.lower !== 'and') return i;
    // After a dash the list ends with another, or with the sentence.
    if (dash > 0 && !(this.tok(k) === undefined || this.newLine(k) || LIST_DASH.has(this.sp(k).text) || CLAUSE_PUNCTUATION.has(this.sp(k).text))) return i;
    // "Presidents Day and Memorial Day" are holidays.
    for (const name of names) if (name.last.toLowerCase() === 'day') return i;
    // The title's words before the head, without nationalities (the countries), then the head in
    // the singular; an organisation's words are in the title and may give a country too.
    let title = '';
    let organization: string | undefined;
    let countries: string[] = NO_COUNTRIES;
    for (let m = i; m < h; m++) {
      const w = this.sp(m);
      // (Not the article of "The ministers of Norland and Sudland, Ann Berg and ...".)
      if (m === i && isDeterminer(w)) continue;
      const nationality = isDemonymOrCountry(w);
      const org = nationality === undefined ? ORG_MODIFIER.get(w.key) : undefined;
      const c = nationality ?? org?.country;
      if (c !== undefined) { if (countries === NO_COUNTRIES) countries = []; countries.push(c); }
      if (nationality !== undefined) continue;
      organization ??= org?.organization;
      title += `${this.lineUpper[m] === 1 ? titleCaseWord(w.text) : w.text} `;
    }
    title += titleCaseWord(single);
    if (lowerAfterThe) title = title.replace(/(^|\s)([a-z])/g, (_, s: string, c: string) => s + c.toUpperCase());
    const phrase: TitlePhrase = { from: i, to: h + 1, head: h, countries, organization, capitalized: true, title, titleFrom: i, titleTo: h + 1, rankTo: h + 1 };
    // As many countries as names after "of": each name the office of its country, in order.
    const each = of !== undefined && of.countries.length === names.length;
    if (of && !each) return i;
    for (let q = 0; q < names.length; q++) {
      const name = names[q] as NameParts;
      // The first name's span starts at the title, unless a dash sets the names off.
      const from = q === 0 && dash < 0 ? i : name.from;
      this.addNamed(from, this.starts[from] as number, name, each ? { ...phrase, countries: [of.countries[q] as string] } : phrase, true);
    }
    return k;
  }

  /**
   * "of Japan, Australia and India" after a plural office (token k is "of"): the countries, in
   * order, and the token after the last; undefined when the words are no such list. Each country
   * is one word or two, with "the" before it or not; a comma or "and" (or ", and") between them.
   */
  private officesOfCountries(k: number): { countries: string[]; end: number } | undefined {
    if (this.tok(k)?.lower !== 'of' || !this.sameLine(k)) return undefined;
    const countries: string[] = [];
    let m = k + 1;
    for (let guard = 0; guard < 12 && m < this.n && this.sameLine(m); guard++) {
      if (this.sp(m).lower === 'the' && this.sameLine(m + 1)) m++;
      // (A name of three words or more too: "of Papua New Guinea and Fiji".)
      const long = this.sp(m).cap ? this.longCountryAt(m) : undefined;
      const pair = long === undefined ? this.countryPairAt(m) : long.info.name;
      const one = pair === undefined && this.sp(m).cap ? countryByKey(this.sp(m).key)?.name : undefined;
      // After a comma, a word that names no country opens the names set off by that comma: "the
      // police ministers of Norland and Sudland, Ann Berg and Tom Lee," (see pluralTitledNames).
      if (pair === undefined && one === undefined) return countries.length >= 2 && this.sp(m - 1).text === ',' ? { countries, end: m - 1 } : undefined;
      countries.push((pair ?? one) as string);
      m += long ? long.words.length : pair !== undefined ? 2 : 1;
      const sep = this.tok(m);
      if (sep === undefined || !this.sameLine(m)) break;
      if (sep.text === ',' && this.tok(m + 1)?.lower === 'and') { m += 2; continue; }
      if (sep.text === ',' || sep.lower === 'and') { m++; continue; }
      break;
    }
    return countries.length >= 2 ? { countries, end: m } : undefined;
  }

  /**
   * An office set off after a name that only a rank introduced: "Gen. Valery Gerasimov, chief of
   * the Russian General Staff,". The office is the person's title and gives their country (the
   * guideline puts such appositives in the title); the rank is kept as their rank.
   */
  private noteAppositiveOffice(person: Person, phrase: TitlePhrase, at: number): void {
    // Or a royal style alone: "Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi and ...".
    const style = phrase.to - phrase.from === 1 && ROYAL_STYLE.has(this.sp(phrase.head).key);
    if ((!RANK_WORD.has(this.sp(phrase.head).key) && !style) || phrase.titleTo !== phrase.rankTo) return;
    const office = this.appositiveTitle(at);
    if (!office) return;
    // A bare role word ("commander" of "commander of Forbin") says less than the rank; a command
    // written in capitals with what it commands does not ("General X, Commander of NORAD," is then
    // "the commander"), nor does a spokesperson's role ("Commodore X, the coast guard's spokesperson,").
    const head = this.sp(office.head);
    const spokes = SPOKES_HEAD.has(head.key) && office.title !== undefined;
    // (To the appositive's end, over capitalised words and "of", "and", "the": "Commander of NORAD
    // and United States Northern Command,".)
    let command = 0;
    if (head.key === 'commander' && head.cap && office.to === office.head + 1 && this.tok(office.head + 1)?.lower === 'of') {
      let c = office.head + 2;
      for (let t = this.sp(c); c < this.n && this.sameLine(c) && (t.cap || /^(?:of|and|the)$/.test(t.lower) || (t.text === '.' && !this.spaced(c) && ABBREVIATED.has(this.sp(c - 1).lower))); t = this.sp(++c));
      const stop = this.tok(c)?.text;
      if (c > office.head + 2 && (stop === ',' || stop === '.' || c >= this.n || !this.sameLine(c))) command = c;
    } else if (head.key === 'commander' && office.to === office.head + 1 && this.tok(office.head + 1)?.lower === 'of') {
      // In lower case, a country's armed service: "the commander of Ukraine's air force," (not a
      // ship's: "commander of Forbin").
      command = this.countryServiceEnd(office.head + 2);
    }
    if (!spokes && command <= office.head + 2 && (office.title !== undefined || (RANK_WORD.has(head.key) && !this.generalOffice(office.head)) || office.titleTo - office.titleFrom < 2)) return;
    // Only a person known by the rank alone so far: "Admiral Dong, a former navy deputy commander"
    // after "Defense Minister Dong Jun" keeps the minister's title (and "Defense Minister" is no rank).
    if (person.title !== undefined && person.title !== this.phraseTitle(phrase)) return;
    // (A spokesperson's role is a second office beside the rank: still "the commodore" too.)
    if (spokes) { person.otherOffice ??= office.title; return; }
    if (!style) person.rank ??= person.title;
    person.title = command > 0 ? this.text.slice(this.starts[office.head] as number, this.end(command - 1)) : this.phraseTitle(office);
    if (office.firstOffice !== undefined) person.otherOffice ??= office.firstOffice;
    if (!person.country && office.countries.length) person.country = office.countries[0] as string;
    if (!person.organization && office.organization) person.organization = office.organization;
    if (!person.country) person.country = titleCountry(person.title) || undefined;
  }

  /**
   * The end of a country's armed service starting at token k and closing an appositive (a comma
   * or period after it), or 0: "[the] Ukraine's air force", "the Polish navy", "the Indian Army"
   * (see noteAppositiveOffice).
   */
  private countryServiceEnd(k: number): number {
    if (this.tok(k)?.lower === 'the') k++;
    let country = false;
    for (let words = 0; words < 5 && k < this.n && this.sameLine(k); words++, k++) {
      const t = this.sp(k);
      if (t.text === ',' || t.text === '.') return country && ARMED_SERVICE_END.has(this.sp(k - 1).key) ? k : 0;
      if (!t.word) return 0;
      if (isDemonymOrCountry(t) !== undefined || (isPossessive(t) && countryByName(t.text.replace(/['’]s$/, '')) !== undefined)) country = true;
    }
    return 0;
  }

  /**
   * Whether "General" at token `head` ends an office rather than a rank: "Inspector General",
   * "Secretary General", "Attorney General", "Director General" (see GENERAL_OFFICE).
   */
  private generalOffice(head: number): boolean {
    return head > 0 && this.sp(head).key === 'general' && this.sameLine(head) && GENERAL_OFFICE.has(this.sp(head - 1).key);
  }

  /**
   * A cabinet portfolio title: headed by "minister" or "secretary", with words of its own besides
   * the head ("Defense Secretary", "Minister of Foreign Affairs"), and no head of government
   * ("Prime Minister"). A delegation's portfolio holders are what a writer lets one nationality
   * cover (see withSharedNationality); a head of government after "and" is usually the host's.
   */
  private isPortfolio(phrase: TitlePhrase): boolean {
    const head = this.sp(phrase.head).key;
    if (head !== 'minister' && head !== 'secretary') return false;
    const title = this.phraseTitle(phrase);
    return title.indexOf(' ') > 0 && !PRIME.test(title);
  }

  /**
   * After a titled name with one nationality ("Philippine Foreign Secretary Enrique Manalo"),
   * followed directly by "and" on the same line, records that the next token may open a second
   * titled name sharing that nationality (see withSharedNationality).
   */
  private noteSharedNationality(phrase: TitlePhrase, to: number): void {
    if (phrase.countries.length !== 1 || this.tok(to)?.lower !== 'and' || !this.sameLine(to + 1) || !this.isPortfolio(phrase)) return;
    this.sharedAt = to + 1;
    this.sharedCountry = phrase.countries[0] as string;
    this.sharedHead = this.sp(phrase.head).key;
    this.sharedTitle = this.phraseTitle(phrase).toLowerCase();
  }

  /**
   * The phrase of a titled name right after "<Nationality> <Portfolio> <Name> and", with the
   * first name's nationality when the writer let it cover both: "Philippine Foreign Secretary
   * Enrique Manalo and Defense Secretary Gilberto Teodoro" are two members of one delegation. Only
   * when the second title is another portfolio of the same form (a "Secretary" after a
   * "Secretary", a "Minister" after a "Minister": governments name their cabinet one way), has no
   * nationality or organisation of its own, is no office only the United States has (unless the
   * nationality is American: "Japanese Foreign Minister X and Secretary of State Y" are two
   * countries), and no "of"/"from" after the name states a country ("... and Foreign Minister
   * Wang Yi of China"). The same portfolio twice is two countries' holders, not one delegation.
   */
  private withSharedNationality(phrase: TitlePhrase, nameTo: number): TitlePhrase {
    if (phrase.countries.length !== 0 || phrase.organization !== undefined || !phrase.capitalized) return phrase;
    if (this.sp(phrase.head).key !== this.sharedHead || !this.isPortfolio(phrase)) return phrase;
    const title = this.phraseTitle(phrase);
    if (title.toLowerCase() === this.sharedTitle || (this.sharedCountry !== US && isUsTitle(title))) return phrase;
    const after = this.tok(nameTo);
    if (after !== undefined && this.sameLine(nameTo) && (after.lower === 'of' || after.lower === 'from' || after.text === '(')) return phrase;
    return { ...phrase, countries: [this.sharedCountry] };
  }

  /** Stage 1: names after a title or honorific, and untitled names with a strong cue. */
  private findTitledAndCuedNames(): void {
    const n = this.n;
    const ids = this.ids;
    const spellings = this.spellings;
    const classes = this.spellingClass;
    for (let i = 0; i < n; i++) {
      // Most words are lower case and can open neither a title nor a descriptive name: every test
      // below then fails, and one byte skips them (profile: the loop's per-word look-ups of
      // SHIP_PREFIX and DETERMINER were its top lines). So does punctuation, unless on a line in capitals.
      const c = classes[ids[i] as number] as number;
      if ((c & (CLASS_CAP_WORD | CLASS_TITLE_OR_DETERMINER)) === 0 && ((c & CLASS_WORD) === 0 || this.lineUpper[i] !== 1)) continue;
      // A determiner in lower case ("the", "his") goes on below only to a role after it
      // (roleHeadAfter), which needs a word of CLASS_ROLE_LEAD next: without one every test below
      // fails (16,000 determiners per 1 MB, most before a word such as "country").
      if ((c & CLASS_PLAIN_DETERMINER) !== 0 && this.lineUpper[i] === 0 && (i + 1 >= n || ((classes[ids[i + 1] as number] as number) & CLASS_ROLE_LEAD) === 0)) continue;
      if (this.taken[i]) continue;
      const t = spellings[ids[i] as number] as Token;
      // A ship's name ("HMS Queen Elizabeth") is a system, not a person.
      // (Every ship prefix starts with a capital, so only capitalised words are looked up.) The
      // whole name is passed over: "BNS Sheikh Hasina" holds no title and no name.
      if (t.cap && (factsOf(t) & SHIP_WORD) !== 0) { i = this.shipNameEnd(i) - 1; continue; }
      // A plural title before coordinated names: "Defense Ministers Lloyd Austin and Richard
      // Marles", "Presidents Biden and Xi". (Only capitalised words can open one, or words in
      // lower case after "the": "The foreign ministers of ... — names —".)
      // (Its first word is a title word, nationality or organisation, or the plural head: one bit test.
      // Unless it is the head, the walk goes on only to a word that can open a reference, of
      // CLASS_NOMINAL_START (title words, nationalities, plural roles): the next token's class
      // byte rejects the rest, "Russia said", without the call; 16,000 calls per 1 MB before.)
      const f = factsOf(t);
      if ((f & (TITLE_START | ROLE_WORD)) !== 0 && ((f & ROLE_WORD) !== 0 || (i + 1 < n && ((classes[ids[i + 1] as number] as number) & CLASS_NOMINAL_START) !== 0))
        && (t.cap || this.lineUpper[i] === 1 || (i > 0 && this.sp(i - 1).lower === 'the') || (t.text.indexOf('-') > 0 && !t.cap) || this.ministersAfterPortfolio(i))) {
        const end = this.pluralTitledNames(i);
        if (end > i) { i = end - 1; continue; }
      }
      // A parliamentary style is a public role: "the Rt Hon David Lammy MP, Secretary of State for
      // ..." (the span starts at the style, as in a titled name; the office after it is its title).
      if ((factsOf(t) & PARLIAMENTARY_WORD) !== 0) {
        const at = this.styleLead(i);
        const name = at > i ? this.parseName(at) : undefined;
        // "Hon" alone needs "the" before it or post-nominal letters after the name ("Hon Hai
        // Precision" is a company); "Rt Hon" and "Right Honourable" are styles anywhere.
        const sure = name !== undefined && (t.key === 'rt' || t.key === 'right' || this.tok(i - 1)?.lower === 'the' || this.afterPostNominals(name.to) > name.to);
        if (name && sure && name.first !== undefined && !this.organisationGoesOn(name.to)) {
          this.addNamed(i, this.starts[i] as number, name, this.appositiveTitle(this.afterPostNominals(name.to)), true);
          i = name.to - 1;
          continue;
        }
      }
      // A warship named after a person: "the frigate Admiral Makarov" (the systems stage marks it).
      const before = i > 0 ? classes[ids[i - 1] as number] as number : 0;
      if ((before & (CLASS_WARSHIP | CLASS_LIST_JOINER)) !== 0 && this.sameLine(i) && ((before & CLASS_WARSHIP) !== 0 || (this.inWarshipList(i) && !this.titledNameSays(i)))) continue;
      // A word in lower case that can open no title (a determiner: "the", "his"; a third of the
      // words here) names no system and starts no title phrase (parseTitle's organisation before a
      // role is capitalised): both calls are skipped, and only a role after it is asked below.
      const plain = !t.cap && this.lineUpper[i] !== 1 && (factsOf(t) & TITLE_START) === 0;
      if (!plain && this.systemNameAt(i)) continue;
      let phrase = plain ? undefined : this.parseTitle(i);
      // "Sec." is a title only with its period ("SEC. AUSTIN:", "Sec. Austin"): "SEC" alone is the
      // agency ("the SEC Gary Gensler case"), though it may head an office ("SEC Chairman").
      if (phrase && phrase.head === phrase.from && this.sp(phrase.head).key === 'sec' && !(this.tok(phrase.head + 1)?.text === '.' && !this.spaced(phrase.head + 1))) phrase = undefined;
      // "PM" after a number is the time of day ("at 3 PM John Smith said", "10 PM EST").
      if (phrase && phrase.from === i && isPrimeMinisterAbbreviation(t) && i > 0 && DIGIT_END.test(this.sp(i - 1).text)) phrase = undefined;
      // A base named after a general is a place: "Camp General Emilio Aguinaldo", "Fort General Smith".
      if (phrase && phrase.from === i && i > 0 && this.sameLine(i) && BASE_BEFORE_RANK.has(this.sp(i - 1).lower) && this.sp(i - 1).cap) { i = phrase.to - 1; continue; }
      // A minister's speaker label in Hansard: "The Secretary of State for Defence (John Healey):"
      // (the name is the mention, the office its title).
      if (phrase && phrase.capitalized && this.sp(phrase.to)?.text === '(' && this.sameLine(phrase.to) && this.opensLine(i)) {
        // (A peer's or knight's style before the name stays in it: "(Lord Coaker)", "(Sir John Smith)".)
        const name = this.parseName(this.honorificLead(phrase.to + 1));
        if (name && name.first !== undefined && this.tok(name.to)?.text === ')' && this.tok(name.to + 1)?.text === ':' && this.sameLine(name.to + 1)) {
          this.addNamed(name.from, this.starts[name.from] as number, name, phrase, true);
          // The office is the label's, not a reference of its own.
          this.taken.fill(1, i > 0 && this.sp(i - 1).lower === 'the' && this.sameLine(i) ? i - 1 : i, phrase.to + 1);
          i = name.to + 1;
          continue;
        }
        // Or a title and a surname: "CHAIR (Senator Ciccone):" in a committee's transcript.
        const inner = this.parseTitle(phrase.to + 1);
        const named = inner && inner.from === phrase.to + 1 && inner.capitalized && this.sameLine(inner.to) && this.capWord(inner.to) ? this.parseName(inner.to) ?? this.nameWithAmbiguousFirst(inner.to, true) : undefined;
        if (inner && named && this.tok(named.to)?.text === ')' && this.tok(named.to + 1)?.text === ':' && this.sameLine(named.to + 1)) {
          // The label's office is the person's other one: "CHAIR:" later is the senator.
          const person = this.addNamed(inner.from, this.starts[inner.from] as number, named, inner, true);
          if (person) person.otherOffice ??= this.phraseTitle(phrase);
          this.taken.fill(1, i > 0 && this.sp(i - 1).lower === 'the' && this.sameLine(i) ? i - 1 : i, phrase.to + 1);
          i = named.to + 1;
          continue;
        }
      }
      // Two offices joined by a slash after the first's portfolio: "High Representative for Foreign
      // Affairs and Security Policy/Vice-President of the Commission Kaja Kallas" (a slash right
      // after the head is read inside the walk: "Deputy Prime Minister/Defence Minister").
      if (phrase && phrase.capitalized && this.tok(phrase.to)?.text === '/' && !this.spaced(phrase.to) && !this.spaced(phrase.to + 1) && this.sameLine(phrase.to + 1)) {
        const second = this.parseTitle(phrase.to + 1);
        if (second && second.capitalized && second.from === phrase.to + 1) {
          phrase = { ...second, from: phrase.from, countries: [...phrase.countries, ...second.countries], firstOffice: this.phraseTitle(phrase) };
        }
      }
      // A department of several portfolios before a secretary or minister: "Business and Trade
      // Secretary Jonathan Reynolds", "Culture, Media and Sport Secretary", "Energy Security and Net
      // Zero Secretary" (the walk stops at "and", which joins only nationalities there).
      if (phrase && phrase.from === i && phrase.countries.length === 0 && this.sp(phrase.head).cap && JOINED_PORTFOLIO_HEAD.has(this.sp(phrase.head).key) && i > 1) {
        const from = this.joinedPortfolioStart(i);
        if (from < i) phrase = { ...phrase, from, titleFrom: from, title: undefined };
      }
      // Two offices held by one person: "Deputy Prime Minister and Minister of National Defence Mariusz Blaszczak",
      // "Deputy Prime Minister & Defence Minister Mr Richard Marles".
      // (In lower case too, after a nationality and no article: "Australian deputy prime minister
      // and defence minister Richard Marles"; "the Russian president and defence minister X" are two.)
      // (Or after a company's name: "Embraer president and CEO Francisco Neto"; see companyHeadPair.)
      const lowerPair = phrase !== undefined && !phrase.capitalized && (phrase.countries.length > 0 || this.companyHeadPair(phrase, i)) && phrase.from === i && !(i > 0 && this.sameLine(i) && isDeterminer(this.sp(i - 1)));
      if (phrase && (phrase.capitalized || lowerPair) && (this.tok(phrase.to)?.lower === 'and' || this.tok(phrase.to)?.text === '&') && this.sameLine(phrase.to + 1)) {
        // A bare office after "the" that someone named before holds is that person, and the name
        // after "and" someone else's, unless it is the holder's own name.
        const holder = this.heldBefore(phrase, i);
        const second = this.parseTitle(phrase.to + 1);
        // An honorific may stand before the name: "... and Minister for Defence Mr Richard Marles".
        const at = second && this.sameLine(second.to) ? this.honorificLead(second.to) : -1;
        // Or the name as an appositive: "The Deputy Prime Minister and Minister for Defence, the Hon
        // Richard Marles MP, said" (see the comma case below).
        const appositive = second !== undefined && this.tok(second.to)?.text === ',' && this.sameLine(second.to + 1)
          && (this.capWord(second.to + 1) || this.styledAt(second.to + 1)) && this.appositiveName(second.to + 1) !== undefined;
        const named = second && at >= 0 && this.sameLine(at) && this.capWord(at) ? this.parseName(at) : undefined;
        // A military rank after a civilian office is a second person's: "The Defense Secretary and
        // General Buenafe" (no one is a defence secretary and a general at once).
        const rankAfterCivilian = (second !== undefined && RANK_WORD.has(this.sp(second.head).key) && !RANK_ONLY_HEAD.has(this.sp(second.head).key)
          && !RANK_WORD.has(this.sp(phrase.head).key))
          // Nor a head of state and a head of government: "the Prime Minister and President Zelensky".
          || (second !== undefined && this.stateAndGovernmentHeads(this.phraseTitle(phrase), this.phraseTitle(second)));
        // "Prince Sultan and Minister Taro Moriyama": a style and a given name that is a style too
        // (see styleAsGivenName) name a prince, who holds no second office here.
        const styledGiven = phrase.head > phrase.from && GIVEN_NAME_STYLE.has(this.sp(phrase.head).key) && STYLE_HEAD.has(this.sp(phrase.head - 1).key);
        if (second && (second.capitalized || (lowerPair && second.countries.length === 0)) && !rankAfterCivilian && !styledGiven && ((named && (holder === undefined || named.last.toLowerCase() === holder.last.toLowerCase())) || appositive)) {
          phrase = { ...second, from: phrase.from, countries: [...phrase.countries, ...second.countries], firstOffice: this.phraseTitle(phrase) };
        }
      }
      // The office's initials in parentheses between it and the rank or name: "Chief of Army
      // Staff (COAS) General Syed Asim Munir" (the initials are how the text refers to the holder later).
      if (phrase && phrase.capitalized && this.tok(phrase.to)?.text === '(' && this.sameLine(phrase.to + 1) && this.tok(phrase.to + 2)?.text === ')'
        && this.sameLine(phrase.to + 3) && isTitleInitials(this.sp(phrase.to + 1).text)) {
        const at = this.nameStartPastRank(phrase.to + 3);
        if (at >= 0) phrase = { ...phrase, to: at, rankTo: at, title: undefined, acronym: this.sp(phrase.to + 1).text };
        // ... or before the comma of the appositive that names the holder: "The Chief of Air Staff
        // (CAS), Air Marshal Hasan Abubakar, met ...", then "The CAS signed".
        else if (this.tok(phrase.to + 3)?.text === ',' && this.sameLine(phrase.to + 4) && (this.capWord(phrase.to + 4) || this.styledAt(phrase.to + 4))) {
          phrase = { ...phrase, to: phrase.to + 3, acronym: this.sp(phrase.to + 1).text };
        }
      }
      // Japan's style: "Chief of Staff, Joint Staff Gen. Yoshida Yoshihide", "Chief of Staff, Ground
      // Self-Defense Force Gen. ...": the office goes on after the comma with the staff or force it
      // heads, and the person is named after it.
      if (phrase && phrase.capitalized && this.sp(phrase.to - 1).lower === 'staff' && this.tok(phrase.to)?.text === ',' && this.sameLine(phrase.to + 1) && this.capWord(phrase.to + 1)) {
        let staffAt = -1;
        for (let k = phrase.to + 1, words = 0; words < 5 && k < this.n && this.sameLine(k) && this.capWord(k); k++, words++) {
          if (STAFF_OR_FORCE.has(this.sp(k).lower)) { staffAt = k; break; }
        }
        // A rank may follow the staff or force ("Gen."): it is the person's, then the name.
        const at = staffAt >= 0 ? this.nameStartPastRank(staffAt + 1) : -1;
        if (at >= 0) phrase = { ...phrase, to: at, titleTo: staffAt + 1, rankTo: at, title: undefined };
      }
      if (phrase && this.sameLine(phrase.to) && this.capWord(this.styleLead(this.afterRetired(phrase.to))) && !isPossessive(this.sp(phrase.head))) {
        // A title in lower case followed by a capitalised word is a name only in mixed-case text ("defense minister Sergei Shoigu").
        // Honorifics between the title and a full name belong to the span ("Health Minister Dr. Harsh Vardhan"),
        // as does a parliamentary style ("Senator the Hon Penny Wong").
        const at = this.honorificLead(this.styleLead(this.afterRetired(phrase.to)));
        const name = this.parseName(at) ?? this.nameWithAmbiguousFirst(at, at > phrase.to || this.givenNameNotRank(at, phrase.head));
        // (A surname alone after an honorific too: "External Affairs Minister Dr. Jaishankar".)
        // (And after a retired or reserve officer's mark: "Maj. Gen. (Res.) Zamir said".)
        // (One word right after an office whose tail ends in an organisation's word, in an
        // appositive to a name, is the place of that organisation, not a second person: "Admiral X,
        // Commander of Allied Joint Force Command | Naples,".)
        const placeOfBody = name !== undefined && name.first === undefined && at === phrase.to && phrase.to > phrase.head + 2 && ORGANISATION_END.has(this.sp(phrase.to - 1).key)
          && phrase.from > 1 && this.sp(phrase.from - 1).text === ',' && this.taken[phrase.from - 2] !== 0;
        if (name && !placeOfBody && (at === phrase.to || at === this.afterRetired(phrase.to) || name.first !== undefined || STYLE_BEFORE_NAME.has(this.sp(phrase.to).key) || (phrase.capitalized && DOCTOR_STYLE.has(this.sp(phrase.to).key))) && !this.organisationGoesOn(name.to) && !this.organisationInName(name) && !this.lowerTitleMisread(phrase, name) && !this.acronymAfterTitle(name)) {
          // A ministry named before the office is the title's: "Ministry of Foreign Affairs spokesperson Wang Wenbin".
          // (Or a department's portfolios before it: see joinedPortfolioStart.)
          const lead = phrase.from < i ? phrase.from : this.ministryOfLead(i);
          const office = lead === i || lead === phrase.from ? phrase : this.withMinistry(phrase, lead, i);
          const person = this.addNamed(lead, this.starts[lead] as number, name, i === this.sharedAt ? this.withSharedNationality(office, name.to) : office, true);
          if (person) this.noteAppositiveOffice(person, phrase, name.to);
          // "Minister of Defense Gen Nakatani of Japan", "Secretary Teodoro of the Republic of the
          // Philippines": the country after the name is the person's.
          if (person && person.country === undefined) person.country = this.countryOfAfter(name.to) ?? this.usPartyStateAfter(name.to);
          this.noteSharedNationality(phrase, name.to);
          i = name.to - 1;
          continue;
        }
      }
      // "Special Presidential Envoy for Climate John Kerry": an envoy's subject, then the name.
      if (phrase && phrase.capitalized && this.tok(phrase.to)?.lower === 'for' && SUBJECT_HEAD.has(this.sp(phrase.head).key) && this.sameLine(phrase.to)) {
        const end = this.subjectThenName(phrase);
        if (end > 0) { i = end - 1; continue; }
      }
      // "Special Presidential Envoy for the Global Coalition to Counter ISIL Brett McGurk": an
      // organisation named for its purpose ("to" and capitalised words) ends the office, then the name.
      if (phrase && phrase.capitalized && phrase.to > phrase.head + 1 && this.tok(phrase.to)?.lower === 'to' && this.sameLine(phrase.to) && ORGANISATION_END.has(this.sp(phrase.to - 1).key)) {
        const end = this.subjectThenName(phrase);
        if (end > 0) { i = end - 1; continue; }
      }
      // "the UN Special Envoy de Mistura": a surname with lower-case particles after a title.
      if (phrase && this.sameLine(phrase.to) && !isPossessive(this.sp(phrase.head))) {
        const name = this.particleSurname(phrase.to);
        if (name) {
          this.addNamed(i, this.starts[i] as number, name, phrase, true);
          i = name.to - 1;
          continue;
        }
      }
      // "The Foreign Secretary, Boris Johnson, said": the name is the mention, the title its attribute.
      // (Not a title addressed in a reporter's question, where the reporter gives their own name:
      // "Q: Secretary General, Magdalena Nowak, Polish Press Agency.")
      if (phrase && this.tok(phrase.to)?.text === ',' && this.sameLine(phrase.to + 1) && (this.capWord(phrase.to + 1) || this.styledAt(phrase.to + 1))
        && !(i > 0 && !isDeterminer(this.sp(i - 1)) && this.inQuestionTurn(i))) {
        // "The Chief of the Defence Staff, Admiral Sir Tony Radakin,": a rank may stand before the name.
        const rank = this.parseTitle(phrase.to + 1);
        if (rank && rank.capitalized && this.sameLine(rank.to) && this.capWord(rank.to)) {
          const ranked = this.parseName(rank.to);
          const afterAt = ranked ? this.ofCountryEnd(this.afterPostNominals(ranked.to)) : 0;
          const after = ranked ? this.tok(afterAt) : undefined;
          // A surname alone after a general's or an admiral's rank too, when the appositive ends
          // there: "the Chairman, General Caine, about ..." (not "General Dynamics said").
          const surnameOnly = ranked !== undefined && !ranked.first && RANK_HEAD.has(RANK_WRITTEN[this.sp(rank.head).key] ?? this.sp(rank.head).key) && rank.to === ranked.from
            && ranked.to - ranked.from === 1 && !COMPANY_AFTER_RANK.has(this.sp(ranked.from).lower) && (!after || this.newLine(afterAt) || CLAUSE_PUNCTUATION.has(after.text));
          if (ranked && (ranked.first || this.sp(ranked.from).key === 'sir' || surnameOnly) && (!after || this.newLine(afterAt) || CLAUSE_PUNCTUATION.has(after.text) || SPEECH_AFTER_NAME.has(after.lower))) {
            // The office's countries and organisation when the rank names none ("Pakistan's Army chief, General Asim Munir,").
            // A military rank there is the person's rank ("The admiral" later refers to him).
            const rankKey = this.sp(rank.head).key;
            const military = RANK_HEAD.has(RANK_WRITTEN[rankKey] ?? rankKey) && rank.titleTo === rank.rankTo;
            this.addNamed(rank.from, this.starts[rank.from] as number, ranked, {
              ...rank, title: this.phraseTitle(phrase), countries: rank.countries.length > 0 ? rank.countries : this.appositiveCountries(ranked.to, phrase.countries), organization: rank.organization ?? phrase.organization,
              ...(military ? { titleTo: rank.titleFrom, rankTo: rank.titleTo } : {}),
            }, true);
            for (let k = i; k < phrase.to; k++) this.taken[k] = 1;
            i = ranked.to - 1;
            continue;
          }
        }
        const name = this.appositiveName(phrase.to + 1);
        if (name) {
          this.addNamed(name.from, this.starts[name.from] as number, name, phrase, true);
          for (let k = i; k < phrase.to; k++) this.taken[k] = 1;
          i = name.to - 1;
          continue;
        }
      }
      // "A spokesman for the UN High Commissioner for Human Rights, Rupert Colville, told": the role
      // is held for a named office or organisation, then the name follows.
      if (phrase) {
        const comma = this.describedRoleEnd(phrase.to, phrase.capitalized);
        const name = comma > 0 ? this.appositiveName(comma + 1) : undefined;
        if (name) {
          this.addNamed(name.from, this.starts[name.from] as number, name, phrase, true);
          // The role with its article is no reference of its own ("The spokesman for ..., Name,").
          const before = this.tok(i - 1);
          const from = before !== undefined && this.sameLine(i) && (isDeterminer(before) || INDEFINITE.has(before.lower)) ? i - 1 : i;
          for (let k = from; k < phrase.to; k++) this.taken[k] = 1;
          i = name.to - 1;
          continue;
        }
      }
      if (phrase) { i = phrase.to - 1; continue; }
      // "his Russian counterpart Sergei Lavrov": the name is the mention, the description gives its country.
      // A name's possessive determines as "his" does ("Hegseth's Japanese counterpart, Gen
      // Nakatani,"), and stays a word of its own for the name's mention.
      // (Counterparts only: "Hamas's leader Yahya Sinwar" stays a titled name.)
      let possessiveOwner = t.cap && !isDeterminer(t) && possessiveWord(t);
      let roleHead = isDeterminer(t) || possessiveOwner ? this.roleHeadAfter(i + 1) : -1;
      if (possessiveOwner && roleHead >= 0 && !COUNTERPART_ROLE.has(this.sp(roleHead).key) && !SUCCESSION_ROLE.has(this.sp(roleHead).key)) { possessiveOwner = false; roleHead = -1; }
      const roleFrom = possessiveOwner ? i + 1 : i;
      if (roleHead >= 0) {
        const role = this.genericRoleBeforeName(i + 1, roleHead);
        if (role) {
          // A role that is a title, right before the name, is the span's, without the article: "the
          // North Korean leader Kim Jong-un", "said that Russian leader Vladimir Putin" (as without
          // one). A relation is not: "his Russian counterpart Sergei Lavrov" is the name.
          const headKey = this.sp(roleHead).key;
          const titled = !possessiveOwner && role.name.from === roleHead + 1 && !COUNTERPART_ROLE.has(headKey) && !SUCCESSION_ROLE.has(headKey);
          const from = titled ? i + 1 : role.name.from;
          const person = this.addNamed(from, this.starts[from] as number, role.name, role.phrase, true);
          // A counterpart holds the same office as the person it is the counterpart of, the one
          // named last before: "Araghchi met his Omani counterpart, Badr Albusaidi" makes him a
          // foreign minister, whom "The Omani foreign minister" then refers back to.
          // (A rank before the name is no office: "his Belarusian counterpart, Lieutenant General
          // Viktor Khrenin" is a defence minister too, the rank kept as his rank.)
          const rankOnly = person?.title !== undefined && RANK_ONLY_TITLE.test(person.title);
          if (person && (!person.title || rankOnly) && COUNTERPART_ROLE.has(this.sp(roleHead).key)) {
            // Not an office one country names its own way ("Secretary of Defense" for the French minister).
            // The owner is the subject just before when it is a known surname ("Guler and his
            // Swedish counterpart", whose surname stage 2 has not marked yet), else the person
            // named last.
            const owner = this.surnameSubjectBefore(i, person) ?? this.lastNamedBefore(this.starts[i] as number, person);
            if (owner?.title && !titleCountry(owner.title) && !RANK_ONLY_TITLE.test(owner.title)) {
              if (rankOnly) person.rank ??= person.title;
              person.title = counterpartOffice(owner.title, person.country);
            }
          }
          this.taken.fill(1, roleFrom, role.name.from);
          i = role.name.to - 1;
          continue;
        }
        const roles = this.pluralRoleBeforeNames(i + 1, roleHead);
        if (roles) {
          // Counterparts hold the office of the person named last before them (see above).
          const owner = this.sp(roleHead).key === 'counterparts' ? this.lastNamedBefore(this.starts[i] as number, undefined) : undefined;
          for (const r of roles) {
            const person = this.addNamed(r.name.from, this.starts[r.name.from] as number, r.name, r.phrase, true);
            if (person && !person.title && owner !== undefined && owner !== person && owner.title && !titleCountry(owner.title)) person.title = owner.title;
          }
          this.taken.fill(1, roleFrom, (roles[0] as { name: NameParts }).name.from);
          i = (roles[roles.length - 1] as { name: NameParts }).name.to - 1;
          continue;
        }
      }
      if (!(t.cap || this.lineUpper[i])) continue;
      // "Navy Special Warfare Operator 1st Class Charles Keating": a rating and its class.
      if (t.key === 'class' && i > 1) {
        const to = this.ratingName(i);
        if (to > 0) { i = to - 1; continue; }
      }
      // An honorific and a name ("Ms. Lord") is decided in stage 2, once we know who is in the article,
      // except in a transcript's speaker label ("MR KIRBY:"), which introduces a speaker.
      if (isHonorific(t)) {
        if (this.lineUpper[i] === 1 && (i === 0 || this.newLine(i))) { const to = this.speakerLabel(i); if (to > 0) i = to - 1; }
        // A Member's label in Hansard with an honorific: "Dr Andrew Murrison (South West Wiltshire) (Con):",
        // or a witness's in a committee's transcript, in mixed case: "Mr Moriarty: Senator, we have ...".
        else if (this.opensLabelLine(i)) { const to = Math.max(this.memberLabel(i), this.speakerLabel(i)); if (to > 0) i = to - 1; }
        else { const to = this.honouredMemberAt(i); if (to > 0) i = to - 1; }
        continue;
      }
      // The moderator a briefer thanks by first name at the start of the turn after the
      // moderator's: "STAFF: ... over to you. / UNDER SECRETARY ...: Thank you, Mike." Kept for
      // after stage 2, which finds the first names of people named in full (see runCompact).
      if (t.cap && this.moderatorThanked(i)) {
        (this.moderatorNames ??= []).push(i);
        continue;
      }
      // An untitled name needs two words; a capitalised word the next token cannot continue is
      // rejected without building its one-word name.
      if (this.nameEndsAfter(i)) {
        // "Kirby is the Pentagon press secretary": a surname alone with its office as the predicate.
        // (Only "is" or "was" after it can make it one here, a word: its class byte tells.)
        if (t.cap && i + 1 < n && ((classes[ids[i + 1] as number] as number) & CLASS_IS_OR_WAS) !== 0) this.surnameWithOffice(i, t);
        continue;
      }
      // Decided on the scanned token range; the name's parts are built only for a cued name (about
      // one in ten of the names tried here).
      if (!this.scanName(i, 5) || this.scanWordCount < 2) {
        if (this.scanWordCount === 1) this.surnameWithOffice(i, t);
        continue;
      }
      const from = this.scanFrom;
      const to = this.scanTo;
      // A Member of Parliament's speaker label in Hansard: "James Cartlidge (South Suffolk) (Con):".
      if (this.opensLabelLine(from) && this.memberLabelEnd(to) > 0) {
        this.addMember(i, this.scannedName());
        i = to - 1;
        continue;
      }
      // "Hamas official Bassem Naim", "A senior Hamas official, Bassem Naim, said": a named
      // official, with the role as the title (and in the span when it stands right before the name).
      const cued = this.hasPersonCue(from, to);
      const role = cued ? undefined : this.officialRoleBefore(from, to);
      if (role !== undefined) {
        const name = this.scannedName();
        const at = role.to === from ? role.from : from;
        this.addNamed(at, this.starts[at] as number, name, role, true);
        if (at < from) this.taken.fill(1, at, from);
      } else if (cued) {
        const name = this.scannedName();
        const person = this.addNamed(i, this.starts[i] as number, name, this.appositiveTitle(this.afterPostNominals(name.to)) ?? this.officePredicate(name.to), true);
        // A delegate speaks for the country in parentheses after the name (see delegateCountry),
        // and is its delegate ("The Russian delegate" later).
        const delegated = this.delegateCountry(name.to);
        if (person && person.country === undefined) person.country = delegated;
        if (person && delegated !== undefined) person.title ??= 'delegate';
      }
      i = to - 1;
    }
  }

  /**
   * A title in lower case before a capitalised word that is no name: an adjective that is also a
   * rank ("the last major Kurdish stronghold", "general Assembly"), or, after any lower-case title,
   * a one-word "name" that is an acronym or a nationality ("the major IS stronghold"). In mixed-case
   * text such a word is an organisation or an adjective; capitalised titles keep both ("Prime
   * Minister English").
   */
  private lowerTitleMisread(phrase: TitlePhrase, name: NameParts): boolean {
    if (phrase.capitalized) return false;
    if (phrase.from === phrase.head && phrase.to === phrase.head + 1 && ADJECTIVE_RANK.has(this.sp(phrase.head).key)) return true;
    // A title that is also a verb, after a modal or "to", before one word, is that verb: "it would judge Tehran by ...".
    if (phrase.from === phrase.head && phrase.head > 0 && name.first === undefined && VERB_TITLE.has(this.sp(phrase.head).key) && AUXILIARY_BEFORE_VERB.has(this.sp(phrase.head - 1).lower)) return true;
    if (name.to - name.from !== 1 || name.first !== undefined) return false;
    const word = this.sp(name.from);
    return (word.upper && this.lineUpper[name.from] !== 1) || isDemonymOrCountry(word) !== undefined;
  }

  /**
   * A name whose first name is another kind of word, which parseName refuses: a country's name
   * after a title ("Israeli Defense Minister Israel Katz", "Acting Homeland Security Secretary Chad
   * Wolf"; a country right after a title is no part of it, as countries stand before the head or
   * after "of"), or after an honorific a title word without its period ("Mr. Gen Nakatani"). The
   * first name counts when a surname follows on the line.
   */
  private nameWithAmbiguousFirst(k: number, afterHonorific = false): NameParts | undefined {
    const t = this.tok(k);
    if (t === undefined || !t.cap || t.upper || isPossessive(t) || !this.sameLine(k + 1)) return undefined;
    // After an honorific, a title word written without its period is a given name too: "Mr. Gen
    // Nakatani" (an abbreviated rank has its period: "Gen.").
    const titleWord = afterHonorific && (isTitleCore(t) || isTitleModifier(t)) && this.tok(k + 1)?.text !== '.';
    if (isDemonymOrCountry(t) === undefined && !titleWord) return undefined;
    const rest = this.tok(k + 1);
    if (rest === undefined || !rest.cap || (factsOf(rest) & NAME_WORD) === 0) return undefined;
    const surname = this.parseName(k + 1, 3);
    if (surname === undefined || surname.first !== undefined) return undefined;
    return { ...surname, from: k, first: t.text };
  }

  /**
   * After an envoy's or coordinator's title and "for" (at phrase.to): the capitalised words of
   * the subject, then a name that ends the run ("Special Presidential Envoy for Climate John Kerry
   * met", "Special Envoy for Hostage Affairs Roger Carstens said"). The office tail takes only office
   * words and countries, and stopped at "Climate"; here the name is the last two or three words of
   * the run (a first name and a surname, with a middle initial), and at least one word is left for
   * the subject. Marks the person and returns the token after the name, or 0.
   */
  private subjectThenName(phrase: TitlePhrase): number {
    const start = phrase.to + 1;
    let runEnd = start;
    while (runEnd < this.n && runEnd < start + 8 && this.sameLine(runEnd)) {
      const w = this.sp(runEnd);
      if (w.word && w.cap && !isPossessive(w)) { runEnd++; continue; }
      if (w.text === '.' && !this.spaced(runEnd) && runEnd > start && this.sp(runEnd - 1).text.length === 1) { runEnd++; continue; }
      break;
    }
    const after = this.tok(runEnd);
    if (after !== undefined && this.sameLine(runEnd) && after.word && after.cap) return 0;
    for (const from of [runEnd - 2, runEnd - 3, runEnd - 4]) {
      if (from <= start) break;
      if (!this.scanName(from, 4) || this.scanTo !== runEnd || this.scanWordCount < 2) continue;
      const name = this.scannedName();
      if (!name.first || name.first.length < 2) continue;
      const title = this.text.slice(this.starts[phrase.from] as number, this.end(from - 1));
      this.addNamed(phrase.from, this.starts[phrase.from] as number, name, { ...phrase, to: from, title, titleTo: from, rankTo: from }, true);
      return name.to;
    }
    return 0;
  }

  /**
   * A surname alone at token i, set off by the office its bearer holds: "Kirby, the National
   * Security Council spokesman, declined to elaborate" (an article that wrote "Mr. Kirby" first).
   * Only at the start of a clause (a line start, sentence punctuation or a lower-case word before
   * it), with "the" and a title or an organisation's role after the comma, and a comma or the end
   * of the sentence after that: a place or a company is described otherwise ("Kyiv, the capital,").
   */
  private surnameWithOffice(i: number, t: Token): void {
    // Asked at 20,000 capitalised words per 1 MB, nearly all followed by neither "is", "was" nor a
    // comma: the next token's class byte rejects those before any spelling or string is read
    // (profile: this function about 1.5% of a pass; a comma's class is CLASS_LIST_JOINER alone).
    const nextClass = i + 1 < this.n ? this.spellingClass[this.ids[i + 1] as number] as number : 0;
    if ((nextClass & CLASS_IS_OR_WAS) === 0 && nextClass !== CLASS_LIST_JOINER) return;
    if (!t.cap || t.upper || t.text.length < 3 || (factsOf(t) & NAME_WORD) === 0 || isPossessive(t)) return;
    const next = this.tok(i + 1);
    // Or the office as the predicate: "Kirby is the Pentagon press secretary.", "Shoigu is now
    // secretary of the Security Council."
    const predicate = next?.lower === 'is' || next?.lower === 'was';
    if (!predicate && (next?.text !== ',' || (this.tok(i + 2)?.lower !== 'the' && this.tok(i + 2)?.lower !== 'who'))) return;
    const prev = this.tok(i - 1);
    if (prev !== undefined && !this.newLine(i) && !(prev.word ? !prev.cap : CLAUSE_OPENER.has(prev.text))) return;
    // A place after a preposition: "Meanwhile, in Brasília, the Minister of Defense of Brazil, ...".
    if (prev !== undefined && !this.newLine(i) && PLACE_PREPOSITION.has(prev.lower)) return;
    const phrase = predicate ? this.predicateTitle(i + 1) : this.appositiveTitle(i + 1);
    if (!phrase || this.sp(phrase.head).key === 'member') return;
    const after = this.tok(phrase.to);
    if (after === undefined || this.newLine(phrase.to) || (after.text !== ',' && after.text !== '.')) return;
    this.addNamed(i, this.starts[i] as number, { from: i, to: i + 1, endOffset: this.end(i), first: undefined, middle: [], last: t.text, suffix: undefined }, phrase, true);
  }

  /**
   * The singular role "official" naming the full name over tokens [from, to): right before it
   * after a body's name or a nationality ("Hamas official Bassem Naim", "U.S. official John Doe"),
   * or as an appositive set off by a comma that the name closes ("A senior Hamas official, Bassem
   * Naim, said", "a senior official, John Doe."). The role's own words are the title ("senior Hamas
   * official"). Without a body or nationality before it, "official" is an adjective ("the official
   * Xinhua News Agency"), so the name right after it needs one; the appositive needs an article.
   */
  private officialRoleBefore(from: number, to: number): TitlePhrase | undefined {
    let k = from - 1;
    const appositive = this.tok(k)?.text === ',';
    if (appositive) {
      k--;
      const after = this.tok(to);
      if (after !== undefined && !this.newLine(to) && !CLAUSE_PUNCTUATION.has(after.text)) return undefined;
    }
    const head = this.tok(k);
    if (head === undefined || head.text !== 'official' || !this.sameLine(k + 1) || !this.sameLine(from)) return undefined;
    // The words before it: a body's capitalised name (one to three words, "State Department"), a
    // nationality, and "senior", "top", "former" (see MODIFIER_BEFORE_ROLE).
    let j = k;
    let body = false;
    while (j > 0 && k - j < 4 && this.sameLine(j)) {
      const w = this.sp(j - 1);
      if (MODIFIER_BEFORE_ROLE.has(w.lower) || (w.text === '.' && !this.spaced(j - 1))) { j--; continue; }
      if (w.cap && w.word && !isDeterminer(w) && !ARTICLE.has(w.lower) && !isTitleCore(w)) { body = true; j--; continue; }
      if (isDemonymOrCountry(w) !== undefined) { body = true; j--; continue; }
      break;
    }
    if (j === k) return undefined;
    const before = j > 0 && this.sameLine(j) ? this.sp(j - 1) : undefined;
    if (appositive) {
      // "A senior official, John Doe," names a person; "Pentagon official, Jane Doe" without an article is a list.
      if (before === undefined || !ARTICLE.has(before.lower)) return undefined;
    } else {
      // A capitalised word before the body would be more of a name ("Bank Hamas official") or a sentence's first word.
      if (!body || (before !== undefined && before.cap && before.word)) return undefined;
    }
    const countries: string[] = [];
    for (let m = j; m < k; m++) {
      const c = isDemonymOrCountry(this.sp(m));
      if (c) countries.push(c);
    }
    return { from: j, to: appositive ? k + 1 : from, head: k, countries, organization: undefined, capitalized: false, title: undefined, titleFrom: j, titleTo: k + 1, rankTo: k + 1 };
  }

  /** predicateTitle after a name ending before token j, when "is", "was" or "became" follows it on the line and the office ends the clause. */
  private officePredicate(j: number): TitlePhrase | undefined {
    const v = this.tok(j);
    if (v === undefined || this.newLine(j)) return undefined;
    // A nominee's office: "the nominations of ... and Troy Meink to be Secretary of the Air Force"
    // (capitalised, as an office is written there).
    if (v.lower === 'to' && this.tok(j + 1)?.lower === 'be' && this.sameLine(j + 1)) {
      const phrase = this.predicateTitle(j + 1);
      if (!phrase || !phrase.capitalized || this.sp(phrase.head).key === 'member') return undefined;
      const after = this.tok(phrase.to);
      return after === undefined || this.newLine(phrase.to) || after.text === ',' || after.text === '.' || after.lower === 'and' ? phrase : undefined;
    }
    // (Or "became": "Xu Xisheng became political commissar".)
    if (v.lower !== 'is' && v.lower !== 'was' && v.lower !== 'became') return undefined;
    const phrase = this.predicateTitle(j, v.lower === 'became');
    if (!phrase || this.sp(phrase.head).key === 'member') return undefined;
    const after = this.tok(phrase.to);
    return after === undefined || this.newLine(phrase.to) || after.text === ',' || after.text === '.' ? phrase : undefined;
  }

  /**
   * The office after "is" or "was" at token j, as the predicate of the name before it: "is the
   * Pentagon press secretary", "is now secretary of the Security Council", "was also the head of
   * ..." (an adverb may come first). Without "the" the office must go on after its head ("of the
   * Security Council") or be capitalised: "is major" and "was general" are no offices.
   */
  private predicateTitle(j: number, became = false): TitlePhrase | undefined {
    let k = j + 1;
    if (PREDICATE_ADVERB.has(this.tok(k)?.lower ?? '')) k++;
    const det = this.tok(k)?.lower === 'the';
    if (det) k++;
    if (k >= this.n || !this.sameLine(k)) return undefined;
    const phrase = this.parseTitle(k) ?? (det ? this.organisationRole(k) : undefined);
    // (After "became" an office in lower case is one, a rank is not: "became defence minister",
    // "became political commissar"; not "became major".)
    if (!phrase || (!det && !phrase.capitalized && phrase.to === phrase.head + 1 && !(became && !RANK_WORD.has(this.sp(phrase.head).key)))) return undefined;
    return phrase;
  }

  /**
   * A US Navy rating with its class before a full name, at "Class" (token c): "Navy Special Warfare
   * Operator 1st Class Charles H. Keating IV", "Hospital Corpsman 2nd Class ...". Ratings are
   * many and named by trade, so they are not listed: the rating is the run of up to five
   * capitalised words before the ordinal (stopping at punctuation, a line start, a taken word or a
   * function word such as "The" or "Today"; a title word such as "Navy" may be one of them).
   * Marks the name with the rating as its title and returns the token after it, or 0.
   */
  private ratingName(c: number): number {
    const ordinal = this.sp(c - 1);
    if (!CLASS_ORDINAL.has(ordinal.lower) || !this.sameLine(c - 1) || !this.sameLine(c + 1) || !this.capWord(c + 1)) return 0;
    let from = c - 1;
    for (let k = c - 2; k >= 0 && k >= c - 6; k--) {
      const w = this.sp(k);
      if (!w.word || this.taken[k] || !this.capWord(k) || !this.sameLine(k + 1)) break;
      if ((factsOf(w) & (NAME_WORD | TITLE_START)) === 0) break;
      from = k;
    }
    if (from === c - 1) return 0;
    const name = this.parseName(c + 1);
    if (!name || !name.first) return 0;
    const title = this.text.slice(this.starts[from] as number, this.end(c));
    this.addNamed(from, this.starts[from] as number, name, { from, to: c + 1, head: c, countries: NO_COUNTRIES, organization: undefined, capitalized: true, title, titleFrom: from, titleTo: c + 1, rankTo: c + 1 }, true);
    return name.to;
  }

  /**
   * A surname written with lower-case particles at token k, after a title ("Special Envoy de
   * Mistura", "President von der Leyen"): particles (NAME_PARTICLE, in lower case, as many as
   * particleRunEnd takes), then one name word. The particles are the name's middle words, so its canonical form keeps
   * them ("de Mistura") and the surname key is the last word's, as in a full name ("Staffan de
   * Mistura"), so both forms corefer. `from` is the first particle.
   */
  private particleSurname(k: number): NameParts | undefined {
    const t = this.tok(k);
    if (t === undefined || t.cap || !isParticle(t)) return undefined;
    // The particles as a full name takes them (see particleRunEnd), all in lower case here.
    const j = this.particleRunEnd(k);
    if (j === k || this.lineUpper[j] === 1) return undefined;
    for (let m = k + 1; m < j; m++) if (this.sp(m).cap) return undefined;
    let name = this.parseName(j, 1);
    if (!name || name.first !== undefined) return undefined;
    const middle: string[] = [];
    for (let m = k; m < j; m++) middle.push(this.sp(m).text);
    // A compound surname: "General de Mesquita | Gomes" after "Ulisses de Mesquita Gomes" (see compoundTail).
    const tail = this.compoundTail(name);
    if (tail !== undefined) { middle.push(name.last); name = tail; } else {
      // Or its first word alone, ending the name: "General de Mesquita said" (see compoundHead;
      // not before another surname, "President de Mesquita Costa").
      const head = name.to < this.n && this.sameLine(name.to) && this.capWord(name.to) ? undefined : this.compoundHead(name.last, middle);
      if (head !== undefined) { middle.push(name.last); name = { ...name, last: head }; }
    }
    name.middle = middle;
    name.from = k;
    return name;
  }

  /**
   * The last word of a compound surname after a one-word surname `name` that follows particles:
   * the capitalised word after it on the line when someone already named has it as surname and
   * `name` as the middle word before it ("de Mesquita Gomes" after "Ulisses de Mesquita Gomes",
   * Portuguese and Spanish double surnames). Without it, "General de Mesquita" was a new person
   * and "Gomes" the known one.
   */
  private compoundTail(name: NameParts): NameParts | undefined {
    const at = name.to;
    if (at >= this.n || !this.sameLine(at) || !this.capWord(at)) return undefined;
    const known = this.bySurname.get(this.sp(at).key);
    if (known === undefined || !known.some((p) => p.middle[p.middle.length - 1] === name.last)) return undefined;
    const tail = this.parseName(at, 1);
    return tail?.first === undefined ? tail : undefined;
  }

  /**
   * The last word of the one known compound surname whose first word, after the same particles,
   * is `word` ("Gomes" for "General de Mesquita" after "Ulisses de Mesquita Gomes"), when `word`
   * is nobody's surname: the first of a double surname is used alone, as in "López Obrador".
   */
  private compoundHead(word: string, particles: readonly string[]): string | undefined {
    const key = surnameKey(word);
    const list = this.byMiddle.get(key);
    if (list === undefined || list.length !== 1 || this.bySurname.has(key)) return undefined;
    const p = list[0] as Person;
    const m = p.middle;
    const at = m.length - 1;
    if (at < particles.length || m[at] !== word) return undefined;
    for (let q = 0; q < particles.length; q++) if (m[at - particles.length + q] !== particles[q]) return undefined;
    return p.last;
  }

  /**
   * After a name in an appositive, the token past "of <country>" when the appositive ends there
   * ("The mission's Force Commander, Lieutenant General Sam Okoro of Uganda, said"), else k.
   */
  private ofCountryEnd(k: number): number {
    if (this.tok(k)?.lower !== 'of' || !this.sameLine(k + 1) || k + 1 >= this.n) return k;
    const c = this.countryPairAt(k + 1) !== undefined ? k + 3 : isDemonymOrCountry(this.sp(k + 1)) !== undefined ? k + 2 : -1;
    return c > 0 && (this.newLine(c) || CLAUSE_PUNCTUATION.has(this.tok(c)?.text ?? '')) ? c : k;
  }

  /** The office's countries, else the country of "of <country>" after a name ending at k (see ofCountryEnd). */
  private appositiveCountries(k: number, countries: string[]): string[] {
    if (countries.length > 0) return countries;
    const at = this.afterPostNominals(k);
    if (this.ofCountryEnd(at) === at) return countries;
    const c = this.countryPairAt(at + 1) ?? isDemonymOrCountry(this.sp(at + 1));
    return c === undefined ? countries : [c];
  }

  /**
   * The name set off by commas after a title or role at token k ("The Foreign Secretary, Boris
   * Johnson, said"), with any honorifics before it, which belong to its span ("the Minister of
   * Foreign Affairs of Iraq, HE Dr Ibrahim Al-Ja'afari, in Canberra": "HE"/"H.E." is His or Her
   * Excellency). The name needs a first name or an honorific ("the Foreign Secretary, Mr Johnson,"),
   * and must end the clause (a comma or other clause punctuation, a speech verb or the line's end).
   * `from` of the answer is the first honorific's token.
   */
  private appositiveName(k: number): NameParts | undefined {
    // "the Hon Richard Marles MP", "the Rt Hon John Healey": the style of a member of parliament
    // or a minister belongs to the span (without the article, as in any named span).
    if (this.tok(k)?.lower === 'the' && this.sameLine(k + 1) && PARLIAMENTARY_STYLE.has(this.tok(k + 1)?.key ?? '')) k++;
    if (!this.sameLine(k) || !this.capWord(k)) return undefined;
    let at = k;
    while (at < k + 3 && PARLIAMENTARY_STYLE.has(this.sp(at).key) && this.sp(at).cap && this.sameLine(at + 1)) {
      at++;
      if (this.tok(at)?.text === '.' && !this.spaced(at)) at++;
    }
    if (at > k && !this.capWord(at)) return undefined;
    const styled = at;
    at = this.honorificLead(at);
    const name = this.parseName(at) ?? this.nameWithAmbiguousFirst(at, at > styled);
    if (!name || !(name.first || at > k)) return undefined;
    const afterAt = this.afterPostNominals(name.to);
    const after = this.tok(afterAt);
    if (after && !this.newLine(afterAt) && !CLAUSE_PUNCTUATION.has(after.text) && !SPEECH_AFTER_NAME.has(after.lower)) return undefined;
    if (at > k) name.from = k;
    return name;
  }

  /**
   * The token after a parliamentary style at k ("Hon", "Rt Hon", "Rt. Hon.", "Right Honourable",
   * with "the" before it or not) when a capitalised word follows it on the line, else k.
   */
  private styleLead(k: number): number {
    let at = this.tok(k)?.lower === 'the' && this.sameLine(k + 1) ? k + 1 : k;
    const first = at;
    while (at < first + 3 && at < this.n && PARLIAMENTARY_STYLE.has(this.sp(at).key) && this.sp(at).cap && this.sameLine(at + 1)) {
      at++;
      if (this.tok(at)?.text === '.' && !this.spaced(at)) at++;
    }
    return at > first && this.sameLine(at) && this.capWord(at) ? at : k;
  }

  /** Whether "the" and a parliamentary style open token k ("the Hon ...", "the Rt Hon ..."). */
  private styledAt(k: number): boolean {
    return this.tok(k)?.lower === 'the' && this.sameLine(k + 1) && PARLIAMENTARY_STYLE.has(this.tok(k + 1)?.key ?? '') && this.sp(k + 1).cap;
  }

  /** The token after the post-nominal letters at k ("AO DSC", "MP"; see POST_NOMINAL), or k. */
  private afterPostNominals(k: number): number {
    let j = k;
    while (j < this.n && this.sameLine(j) && this.lineUpper[j] !== 1 && this.sp(j).upper && POST_NOMINAL.has(this.sp(j).text)) j++;
    return j;
  }

  /**
   * The token after the honorifics at k (at most two: "HE Dr"), or k: an honorific other than a
   * knight's (scanName takes "Sir" and "Dame" into the name), a royal style, or an excellency's or
   * engineer's style (see excellencyEnd), each with its '.', before a capitalised word.
   */
  private honorificLead(k: number): number {
    let j = k;
    for (let m = 0; m < 2; m++) {
      const t = this.tok(j);
      if (t === undefined || !t.cap || !this.sameLine(j)) break;
      // An excellency's or engineer's style (see excellencyEnd).
      const styleEnd = this.excellencyEnd(j);
      if (styleEnd > j) { j = styleEnd; continue; }
      if (!STYLE_BEFORE_NAME.has(t.key) && !(isHonorific(t) && t.key !== 'sir' && t.key !== 'dame' && t.key !== 'messrs')) break;
      let next = j + 1;
      if (this.tok(next)?.text === '.' && !this.spaced(next)) next++;
      if (!this.sameLine(next) || !this.capWord(next)) break;
      j = next;
    }
    return j;
  }

  /**
   * The comma ending the description of what a role is held for, after the title phrase ending at
   * token `to` ("spokesman | for the UN High Commissioner for Human Rights | , Rupert Colville"), or
   * -1: "for" or "of" (or "to" after a capitalised title: "Ambassador to the United Nations"; a
   * lower-case "the envoy to the Gulf" is more often a movement), then capitalised words and "the",
   * "of", "for", "and" on one line, at least one capitalised, up to a comma. A titled name inside
   * ("a spokesman for Prime Minister Theresa May, ...") is a person of its own, and the main loop is
   * left to find it (-1).
   */
  private describedRoleEnd(to: number, capitalized: boolean): number {
    const w = this.tok(to);
    // The office's ministry set off by commas, as Nigerian and other releases write it: "the
    // Permanent Secretary, Ministry of Defence, Dr Ibrahim Kana," (the comma after the ministry).
    if (w !== undefined && w.text === ',' && capitalized && this.sameLine(to + 1) && this.tok(to + 1)?.cap === true && MINISTRY_WORD.has(this.sp(to + 1).key)) {
      for (let k = to + 2; k < to + 10 && this.sameLine(k); k++) {
        const t = this.sp(k);
        if (t.text === ',') return k;
        if (!t.word || !(t.cap || t.lower === 'of' || t.lower === 'and' || t.lower === 'the')) return -1;
      }
      return -1;
    }
    if (w === undefined || !this.sameLine(to) || !(w.lower === 'for' || w.lower === 'of' || (w.lower === 'to' && capitalized))) return -1;
    let caps = 0;
    let comma = -1;
    for (let k = to + 1; k < to + 14 && this.sameLine(k); k++) {
      const t = this.sp(k);
      if (t.text === ',') { comma = k; break; }
      if (!t.word) return -1;
      if (t.cap || this.lineUpper[k] === 1) { caps++; continue; }
      const lo = t.lower;
      if (lo === 'the' || lo === 'of' || lo === 'for' || lo === 'and') continue;
      return -1;
    }
    if (comma < 0 || caps === 0) return -1;
    for (let k = to + 1; k < comma; k++) {
      const inner = this.parseTitle(k);
      if (inner && inner.to < comma && this.capWord(inner.to) && this.nameWord(this.sp(inner.to), inner.to)) return -1;
    }
    return comma;
  }

  /**
   * A transcript's speaker label at token i, an honorific at the start of a line: the honorific
   * (and its '.'), a name and a colon ("MR KIRBY:", "MS. PSAKI:", and in mixed case "Mr Moriarty:",
   * as committee transcripts write their witnesses). The label (without the colon) is marked as a
   * named mention; returns the token after the name, or 0 when there is no such label.
   */
  private speakerLabel(i: number): number {
    let j = i + 1;
    if (this.tok(j)?.text === '.' && !this.spaced(j)) j++;
    const upper = this.lineUpper[j] === 1;
    if (!this.sameLine(j) || (!upper && !this.capWord(j))) return 0;
    const name = this.parseName(j);
    if (!name || !this.sameLine(name.to) || this.sp(name.to).text !== ':' || name.endOffset !== this.end(name.to - 1)) return 0;
    // In mixed case, a turn opens with a sentence: "Mr Kirby: a profile" is a heading.
    if (!upper && !(this.sameLine(name.to + 1) && this.capWord(name.to + 1))) return 0;
    this.addNamed(i, this.starts[i] as number, name, undefined, true);
    return name.to;
  }

  /**
   * Whether token k opens its line, or follows only the number of a question on the order paper
   * there ("1. Mrs Sharon Hodgson (Washington and Gateshead South) (Lab):", "T2. Helen Maguire").
   */
  private opensLabelLine(k: number): boolean {
    if (k === 0 || this.newLine(k)) return true;
    // A select committee's question number before its label: "Q13 Mr Francois: Minister, ...".
    if (k >= 1 && this.spaced(k) && this.sameLine(k) && COMMITTEE_QUESTION.test(this.sp(k - 1).text) && (k - 1 === 0 || this.newLine(k - 1))) return true;
    if (k < 2 || this.sp(k - 1).text !== '.' || this.spaced(k - 1) || !this.sameLine(k - 1)) return false;
    return QUESTION_NUMBER.test(this.sp(k - 2).text) && (k - 2 === 0 || this.newLine(k - 2));
  }

  /**
   * After a name at the start of a line, the rest of a Member's speaker label in Hansard, the
   * record of the UK Parliament: the constituency and the party's abbreviation in parentheses, then
   * a colon ("James Cartlidge (South Suffolk) (Con):", "(Lab/Co-op)"). The colon's token, or 0.
   */
  private memberLabelEnd(k: number): number {
    let m = k;
    for (let groups = 0; groups < 2; groups++) {
      if (this.tok(m)?.text !== '(' || !this.sameLine(m)) return 0;
      const close = this.closingParenthesis(m, 8);
      if (close < 0) return 0;
      // The last group is the party.
      if (this.tok(close + 1)?.text === ':' && this.sameLine(close + 1)) return groups === 1 || PARTY_ABBREVIATION.has(this.text.slice(this.starts[m + 1] as number, this.end(close - 1))) ? close + 1 : 0;
      m = close + 1;
    }
    return 0;
  }

  /**
   * A Member's speaker label in Hansard from token i, with the honorific or knighthood before the
   * name in the mention ("Dr Andrew Murrison", "Sir Iain Duncan Smith"): marks it and returns the
   * token after the name, or 0 when the line opens no such label.
   */
  private memberLabel(i: number): number {
    const t = this.sp(i);
    let at = i;
    if (!isKnight(t)) {
      at = i + 1;
      if (this.tok(at)?.text === '.' && !this.spaced(at)) at++;
    }
    if ((at > i && !this.sameLine(at)) || !this.capWord(at)) return 0;
    const name = this.parseName(at);
    if (!name || name.first === undefined || this.memberLabelEnd(name.to) === 0) return 0;
    this.addMember(i, name);
    return name.to;
  }

  /** Marks a Member of Parliament named from token `from` (see memberLabelEnd): an MP of the United Kingdom unless known otherwise. */
  private addMember(from: number, name: NameParts): void {
    const person = this.addNamed(from, this.starts[from] as number, name, undefined, true);
    if (person) { person.title ??= 'MP'; person.country ??= 'United Kingdom'; }
  }

  /**
   * Whether a parliamentary convention follows a name ending at token k: a member's post-nominal
   * ("Ann Vale MP said"), "was in the Chair" (who presides over a debate), or, in a text that
   * writes such conventions, a constituency in parentheses before a verb or comma ("Ian Reid
   * (Leeds North) agreed"; not "(Reuters)", a country or an acronym).
   */
  private memberCueAfter(k: number): boolean {
    const t = this.tok(k);
    if (t === undefined || !this.sameLine(k)) return false;
    if (t.text === 'MP' || t.text === 'MSP') return this.lineUpper[k] !== 1;
    if (t.lower === 'was') return this.tok(k + 1)?.lower === 'in' && this.tok(k + 2)?.lower === 'the' && this.tok(k + 3)?.text === 'Chair';
    if (t.text !== '(') return false;
    const close = this.closingParenthesis(k, 6);
    const after = this.tok(close + 1);
    if (close < k + 2 || after === undefined || !(after.text === ',' || (after.word && !after.cap))) return false;
    for (let m = k + 1; m < close; m++) { const w = this.sp(m); if (!(w.cap && !w.upper) && w.lower !== 'and') return false; }
    return countryByName(this.text.slice(this.starts[k + 1] as number, this.end(close - 1))) === undefined && this.hasParliamentaryCue();
  }

  /** Whether the text has a parliamentary cue anywhere ("MP", "in the Chair", "Member for"); searched once per text. */
  private hasParliamentaryCue(): boolean {
    return (this.parliamentaryText ??= /\b(?:MPs?|in the Chair|Member for)\b/.test(this.text));
  }

  private parliamentaryText: boolean | undefined;

  /** An honorific's name that memberCueAfter cues ("Dr Ann Vale was in the Chair"): marks it with the honorific, returns the token after the name, or 0. */
  private honouredMemberAt(i: number): number {
    let at = i + 1;
    if (this.tok(at)?.text === '.' && !this.spaced(at)) at++;
    if (!this.sameLine(at) || !this.capWord(at)) return 0;
    const name = this.parseName(at);
    if (!name || name.first === undefined || !this.memberCueAfter(name.to)) return 0;
    this.addNamed(i, this.starts[i] as number, name, undefined, true);
    return name.to;
  }

  /** The ")" closing the "(" at token k within `max` tokens on its line, or -1. */
  private closingParenthesis(k: number, max: number): number {
    for (let m = k + 1; m < this.n && m <= k + max && this.sameLine(m); m++) {
      const x = this.sp(m).text;
      if (x === ')') return m > k + 1 ? m : -1;
      if (x === '(' || x === ':') return -1;
    }
    return -1;
  }

  /**
   * True when an untitled name (tokens from..to) is surely a person in a public role. It decides
   * from the range, before the name's parts are built, and must not scan names.
   */
  private hasPersonCue(from: number, to: number): boolean {
    const prev = this.tok(from - 1);
    // A byline ("By Jim Garamone", "BY JIM GARAMONE") names the reporter, not an official; "led by
    // Kurt Campbell, the White House coordinator" names one.
    if (prev && prev.lower === 'by' && (prev.cap || this.newLine(from - 1))) return false;
    // After a preposition of place the words name a place: "Speaking at RAF Coningsby, the Defence
    // Secretary said", "talks in Kuala Lumpur, the minister said".
    if (prev && PLACE_PREPOSITION.has(prev.lower) && this.sameLine(from)) return false;
    // In a title-case headline, capitalised words glued to a capitalised word or a "to" before them
    // are the headline's own, not a name: "Missile Launch Deepens Regional Tensions, Disarmament
    // Chief Tells Security Council", "New Sanctions Fail to Curb Trade, Treasury Secretary Says".
    // (Not a courtesy title or an office before it: "Enquiries: Mr Simphiwe Dlamini, Spokesperson for ...".)
    if (prev && prev.word && this.sameLine(from) && ((prev.cap && !isPossessive(prev) && !isHonorific(prev) && !isTitleCore(prev)) || prev.lower === 'to') && this.titleCaseLine(from)) return false;
    // An appositive office, after post-nominal letters too: "Luke Pollard MP, Minister for Defence Readiness".
    if (this.appositiveTitle(this.afterPostNominals(to))) return true;
    // Or a parliamentary convention after it: "Maria Keel MP said", "(Barrow South) agreed".
    if (this.memberCueAfter(to)) return true;
    // Or a verb of succession before it, the name ending the clause or followed by "as" (the
    // office), with a person as its subject: "Qassem, who succeeded Hassan Nasrallah, spoke", "he
    // replaced John Smith.", "Hegseth succeeded Lloyd Austin." ("The Army replaced Bradley Fighting
    // Vehicles" has an organisation for subject).
    if (prev && SUCCESSION_VERB.has(prev.lower) && this.sameLine(from)) {
      const after = this.tok(to);
      const ends = after === undefined || this.newLine(to) || CLAUSE_PUNCTUATION.has(after.text);
      if ((ends || after.lower === 'as') && this.personSubjectBefore(from - 1)) return true;
    }
    // Or the head of a body the sentence names: "the Israel Missile Defense Organization, headed
    // by Moshe Patel", "A U.S. team led by Rose Gottemoeller".
    if (prev && prev.lower === 'by' && this.sameLine(from) && this.bodyLedBy(from - 1)) return true;
    // Or its office as the predicate: "Sergei Shoigu is now secretary of the Security Council."
    if (this.officePredicate(to)) return true;
    // Or a delegate's country in parentheses and a verb of saying, as the United Nations' meeting
    // coverage writes its speakers: "Vassily Nebenzia (Russian Federation) said".
    if (this.delegateCountry(to) !== undefined) return true;
    // A name alone on its line directly above a title line ("Michael R. Pompeo" / "Secretary of State").
    // (Also a signature's name with a comma after it, "Aimee M. Braden," and a letter's addressee
    // with the style before it, "Honorable Mike Johnson".)
    const below = this.tok(to)?.text === ',' && this.newLine(to + 1) ? to + 1 : to;
    const next = this.tok(below);
    if ((next === undefined || this.newLine(below)) && (from === 0 || this.newLine(from) || (HONOURABLE.has(this.sp(from - 1).lower) && (from === 1 || this.newLine(from - 1)))) && next) {
      const phrase = this.parseTitle(below);
      // (Or the title and its department after a comma: "Director, Information and Public Relations".)
      if (phrase && phrase.capitalized && (this.tok(phrase.to) === undefined || this.newLine(phrase.to) || (this.tok(phrase.to)?.text === ',' && phrase.from === below))) return true;
      if (this.officeLineAt(below)) return true;
    }
    return false;
  }

  /**
   * Whether the line from token k is an office in title case: capitalised words (and "of", "the",
   * "and", "for") up to a comma, a period or the line's end, the last before any "of" a title's
   * head: "Speaker of the House of Representatives", "Alternate OSD Federal Register Liaison
   * Officer, Department of Defense." (a signature's title line, whose words the title walk does not all know).
   */
  private officeLineAt(k: number): boolean {
    let m = k;
    let head = false;
    let of = false;
    for (; m < this.n && (m === k || this.sameLine(m)); m++) {
      const w = this.sp(m);
      if (!w.word) break;
      if (!w.cap && !HEADLINE_SMALL_WORD.has(w.lower)) return false;
      if (w.lower === 'of') of = true;
      else if (!of) head = isTitleCore(w);
    }
    const end = this.tok(m);
    return head && (end === undefined || !this.sameLine(m) || end.text === ',' || end.text === '.');
  }

  /**
   * Whether "led by", "headed by" or "chaired by" ends at token k (the "by") after a body a person
   * leads, in the four words before the verb: "a delegation led by", "the Organization, headed by".
   */
  private bodyLedBy(k: number): boolean {
    const verb = this.tok(k - 1);
    if (verb === undefined || !LED_VERB.has(verb.lower) || !this.sameLine(k)) return false;
    for (let m = k - 2; m >= k - 6 && m >= 0 && this.sameLine(m + 1); m--) {
      const w = this.sp(m);
      if (LED_BODY.has(w.lower)) return true;
      if (!w.word && w.text !== ',') return false;
    }
    return false;
  }

  /**
   * Whether the word at token i is the first name a speaker thanks at the start of a turn ("X:
   * Thank you, Mike.") that follows a moderator's turn (the speaker label before it, within forty
   * lines, is STAFF, MODERATOR, OPERATOR or HOST): the name is then the moderator's. A briefer
   * thanking a reporter later in the session ("Thank you, Jennifer") is no such start.
   */
  private moderatorThanked(i: number): boolean {
    // (The comma by its class byte first: asked at every capitalised word that opens no title.)
    if (i < 4 || this.spellingClass[this.ids[i - 1] as number] !== CLASS_LIST_JOINER || !this.sameLine(i - 1) || this.sp(i - 1).text !== ',') return false;
    const next = this.tok(i + 1);
    if (next === undefined || !this.sameLine(i + 1) || !(next.text === '.' || next.text === '!' || next.text === ',')) return false;
    let k = i - 2;
    if (this.sp(k).lower === 'you' && this.sp(k - 1).lower === 'thank') k--;
    else if (this.sp(k).lower !== 'thanks') return false;
    // "Thank" opens the turn: a label and its colon before it on the line.
    if (!this.sameLine(k) || this.tok(k - 1)?.text !== ':' || !this.sameLine(k - 1)) return false;
    const text = this.text;
    let lineStart = text.lastIndexOf('\n', this.starts[k] as number) + 1;
    // The turn before: the last line that opens with a speaker label.
    for (let lines = 0; lines < 40 && lineStart > 1; lines++) {
      const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
      const colon = text.indexOf(':', prevStart);
      if (colon > prevStart && colon < lineStart - 1 && colon - prevStart <= 60) {
        const label = text.slice(prevStart, colon);
        if (isSpeakerLabel(label) && label === label.toUpperCase()) return MODERATOR_LABEL.has(label.trim());
      }
      lineStart = prevStart;
    }
    return false;
  }

  /**
   * The country in parentheses right after a name that ends at token `to`, when a verb of saying
   * follows it (a comma between allowed): "Vassily Nebenzia (Russian Federation) said", "LINDA
   * THOMAS-GREENFIELD (United States), speaking ..., noted". Undefined otherwise.
   */
  private delegateCountry(to: number): string | undefined {
    if (this.tok(to)?.text !== '(' || !this.sameLine(to)) return undefined;
    let close = to + 1;
    while (close < to + 7 && close < this.n && this.sameLine(close) && this.sp(close).text !== ')') close++;
    if (this.tok(close)?.text !== ')' || close === to + 1) return undefined;
    let v = close + 1;
    if (this.tok(v)?.text === ',' && this.sameLine(v)) {
      v++;
      // A relative clause set off before the verb: "Dorothy Shea (United States), whose delegation
      // acted as penholder, said" (to the clause's closing comma, within a few words).
      const rel = this.tok(v)?.lower;
      if (rel === 'whose' || rel === 'who') {
        let c = v + 1;
        while (c < v + 14 && c < this.n && this.sameLine(c) && this.sp(c).text !== ',') c++;
        if (this.tok(c)?.text === ',' && this.sameLine(c + 1)) v = c + 1;
      }
    }
    // The first of two delegates who spoke alike: "JAMES KARIUKI (United Kingdom) and MIKE WALTZ
    // (United States) said": the verb after the second's country.
    if (this.tok(v)?.lower === 'and' && this.sameLine(v)) {
      let open = v + 1;
      while (open < v + 7 && open < this.n && this.sameLine(open) && this.capWord(open)) open++;
      if (open > v + 1 && this.tok(open)?.text === '(' && this.sameLine(open)) {
        let end = open + 1;
        while (end < open + 7 && end < this.n && this.sameLine(end) && this.sp(end).text !== ')') end++;
        if (this.tok(end)?.text === ')') v = end + 1;
      }
    }
    // ("..., responding, said", "... both stressed", "... also noted".)
    if (DELEGATE_LEAD.has(this.tok(v)?.lower ?? '') && this.sameLine(v)) {
      v++;
      if (this.tok(v)?.text === ',' && this.sameLine(v)) v++;
    }
    const verb = this.tok(v);
    if (verb === undefined || !this.sameLine(v) || !DELEGATE_VERB.has(verb.lower)) return undefined;
    return countryByName(this.text.slice(this.starts[to + 1] as number, this.end(close - 1)))?.name;
  }

  /**
   * Whether the subject right before the verb at token v is a person: "who", "he" or "she", or a
   * capitalised word that no determiner opens ("Qassem succeeded", not "The Army replaced"), with
   * "has" or "had" between.
   */
  private personSubjectBefore(v: number): boolean {
    let k = v - 1;
    if (k >= 0 && this.sameLine(k + 1) && (this.sp(k).lower === 'has' || this.sp(k).lower === 'had')) k--;
    if (k < 0 || !this.sameLine(k + 1)) return false;
    const t = this.sp(k);
    if (t.lower === 'who' || t.lower === 'he' || t.lower === 'she') return true;
    if (!t.word || !t.cap || this.lineUpper[k] === 1 || isDemonymOrCountry(t) !== undefined) return false;
    const before = this.tok(k - 1);
    return before === undefined || this.newLine(k) || !(isDeterminer(before) || before.word && before.cap);
  }

  /**
   * Where a role's head may stand after the determiner before token j: past up to four
   * nationalities and modifiers ("his | Russian | counterpart", "their | Australian |
   * counterparts"); -1 when the word at j can lead no role. Asked after every determiner (15,000
   * per 1 MB), nearly always in vain: one bit test rejects most (the word after a determiner is
   * mostly a plain noun), and the nationalities are collected only for a match (see roleName;
   * profile: an array per call was 2 MB of garbage per 1 MB of text).
   */
  private roleHeadAfter(j: number): number {
    const lead = this.tok(j);
    // (A two-word nationality leads too: "his South Korean counterpart".)
    if (lead === undefined || ((factsOf(lead) & ROLE_LEAD) === 0 && ((factsOf(lead) & PAIR_FIRST) === 0 || this.countryPairAt(j) === undefined))) return -1;
    let k = j;
    while (k < j + 4 && this.sameLine(k)) {
      const t = this.sp(k);
      if ((factsOf(t) & PAIR_FIRST) !== 0 && this.countryPairAt(k) !== undefined) { k += 2; continue; }
      // (With the period of "U.S." or "U.K.": "his U.S. counterpart, Pete Hegseth".)
      if (isDemonymOrCountry(t) !== undefined || MODIFIER_BEFORE_ROLE.has(t.lower)) { k += this.abbreviationPeriodAfter(k) ? 2 : 1; continue; }
      // Nationalities joined by "and": "his Japanese and British counterparts".
      if (t.lower === 'and' && k > j && isDemonymOrCountry(this.sp(k - 1)) !== undefined && this.sameLine(k + 1) && isDemonymOrCountry(this.sp(k + 1)) !== undefined) { k++; continue; }
      break;
    }
    return k;
  }

  /** Nationality words and a generic role (its head at k, see roleHeadAfter) right before a full name ("Russian counterpart Sergei Lavrov"). */
  private genericRoleBeforeName(j: number, k: number): { name: NameParts; phrase: TitlePhrase } | undefined {
    const head = this.tok(k);
    if (!head || !this.sameLine(k) || !ROLE_BEFORE_NAME.has(head.lower)) return undefined;
    // The name may follow as an appositive, set off by commas: "his French counterpart, Sebastien
    // Lecornu, said", "his French counterpart, General Thierry Burkhard, in Paris".
    // (After "at the time" too: "His American counterpart at the time, Mallory Stewart, objected".)
    const c = this.tok(k + 1)?.lower === 'at' && this.tok(k + 2)?.lower === 'the' && this.tok(k + 3)?.lower === 'time' && this.sameLine(k + 3) ? k + 4 : k + 1;
    const appositive = this.tok(c)?.text === ',' && this.sameLine(c);
    if (c > k + 1 && !appositive) return undefined;
    const named = this.roleName(appositive ? c + 1 : c, appositive, j, k);
    if (!named) return undefined;
    if (appositive) {
      // The appositive ends with the name: a comma, the sentence's end or the line's.
      const after = this.tok(named.name.to);
      if (after !== undefined && !this.newLine(named.name.to) && !CLAUSE_PUNCTUATION.has(after.text)) return undefined;
    }
    return named;
  }

  /**
   * The full name at `nameAt` after a role at [j, k] (see genericRoleBeforeName), with the phrase
   * that gives it the role's countries: an honorific may stand before the name, and after a comma
   * a rank or title too ("General Thierry Burkhard"), which is then its title.
   */
  private roleName(nameAt: number, appositive: boolean, j: number, k: number): { name: NameParts; phrase: TitlePhrase } | undefined {
    if (!this.sameLine(nameAt) || !this.capWord(nameAt)) return undefined;
    const rank = appositive ? this.parseTitle(nameAt) : undefined;
    const rankTo = rank && rank.capitalized && rank.from === nameAt && this.sameLine(rank.to) && this.capWord(rank.to) ? rank.to : nameAt;
    const at = this.honorificLead(rankTo);
    let name = this.parseName(at);
    // A rank's abbreviation without its period before a family name alone is a given name: "his
    // Japanese counterpart, Gen Nakatani," (a rank there is written "Gen.").
    let givenFirst = false;
    if ((!name || !name.first) && rankTo === nameAt + 1 && this.tok(rankTo)?.text !== '.') {
      const whole = this.nameWithAmbiguousFirst(nameAt, true);
      if (whole) { name = whole; givenFirst = true; }
    }
    // After a title, a first name that is a country's: "his Israeli counterpart, Minister of
    // Defense Israel Katz" (see nameWithAmbiguousFirst).
    if ((!name || !name.first) && !givenFirst && rankTo > nameAt && at === rankTo) name = this.nameWithAmbiguousFirst(rankTo) ?? name;
    if (!name || !name.first) return undefined;
    if (at > nameAt) name.from = nameAt;
    const countries: string[] = [];
    for (let m = j; m < k; m++) {
      const pair = this.countryPairAt(m);
      if (pair !== undefined) { countries.push(pair); m++; continue; }
      const c = isDemonymOrCountry(this.sp(m));
      if (c) countries.push(c);
    }
    if (rank && rankTo > nameAt && !givenFirst) return { name, phrase: { ...rank, countries: rank.countries.length > 0 ? rank.countries : countries } };
    return { name, phrase: { from: j, to: k + 1, head: k, countries, organization: undefined, capitalized: false, title: '', titleFrom: j, titleTo: k + 1, rankTo: k + 1 } };
  }

  /**
   * A plural role before a list of full names, each the mention of one person with the role's
   * countries: "their Australian counterparts(,) Penny Wong and Richard Marles", "their Australian
   * counterparts, Foreign Minister Penny Wong and Defence Minister Richard Marles,". Names joined by
   * commas and a final "and"; after a comma the list must end the appositive.
   */
  private pluralRoleBeforeNames(j: number, k: number): Array<{ name: NameParts; phrase: TitlePhrase }> | undefined {
    const head = this.tok(k);
    if (!head || !this.sameLine(k) || !ROLES_BEFORE_NAMES.has(head.lower)) return undefined;
    const appositive = this.tok(k + 1)?.text === ',' && this.sameLine(k + 1);
    const out: Array<{ name: NameParts; phrase: TitlePhrase }> = [];
    let at = appositive ? k + 2 : k + 1;
    for (;;) {
      const named = this.roleName(at, true, j, k);
      if (!named) return undefined;
      out.push(named);
      const next = this.tok(named.name.to);
      if (next?.lower === 'and' && this.sameLine(named.name.to)) { at = named.name.to + 1; continue; }
      if (next?.text === ',' && this.tok(named.name.to + 1)?.lower === 'and' && this.sameLine(named.name.to + 1)) { at = named.name.to + 2; continue; }
      if (next?.text === ',' && out.length < 4 && this.sameLine(named.name.to + 1) && this.capWord(named.name.to + 1) && this.listGoesOnAt(named.name.to + 1)) { at = named.name.to + 1; continue; }
      // The last name: the list has two or more, and after a comma it ends the appositive.
      if (out.length < 2 || out.some((r) => r.name.first === undefined)) return undefined;
      if (appositive && next !== undefined && !this.newLine(named.name.to) && !CLAUSE_PUNCTUATION.has(next.text)) return undefined;
      // As many nationalities as names, in order: "his Japanese and British counterparts, Minoru
      // Kihara and Grant Shapps" gives each name its own.
      const countries = (out[0] as { phrase: TitlePhrase }).phrase.countries;
      if (countries.length === out.length && countries.length > 1) {
        for (let r = 0; r < out.length; r++) {
          const one = out[r] as { name: NameParts; phrase: TitlePhrase };
          if (one.phrase.countries.join('\u0000') === countries.join('\u0000')) out[r] = { name: one.name, phrase: { ...one.phrase, countries: [countries[r] as string] } };
        }
      }
      return out;
    }
  }

  /**
   * The token after "member" when one or two capitalised words of a party's name (PARTY_MEMBER_WORD)
   * at k precede it and a comma follows: "the Liberal Democrat member," "a Labour member,"; 0
   * otherwise ("member" alone may be a club's).
   */
  private partyMemberEnd(k: number): number {
    let m = k;
    while (m < k + 2 && m < this.n && this.sameLine(m) && this.sp(m).cap && PARTY_MEMBER_WORD.has(this.sp(m).key)) m++;
    // (Or its constituency after "for": "the Labour Member for Leeds North,".)
    return m > k && this.tok(m)?.lower === 'member' && this.sameLine(m + 1) && (this.tok(m + 1)?.text === ',' || (this.tok(m + 1)?.lower === 'for' && this.capWord(m + 2))) ? m + 1 : 0;
  }

  /** Whether a list of names goes on with the name at k: another one follows it, after "and" or a comma. */
  private listGoesOnAt(k: number): boolean {
    const name = this.parseName(this.honorificLead(k));
    if (!name) return false;
    const after = this.tok(name.to);
    return after !== undefined && (after.lower === 'and' || after.text === ',') && this.sameLine(name.to);
  }

  /** The title in an appositive after a name (", Ukraine's defense minister", ", a member of parliament"), if any. */
  private appositiveTitle(i: number): TitlePhrase | undefined {
    if (this.tok(i)?.text !== ',' || !this.sameLine(i)) return undefined;
    // An award with its class between commas comes first: "General Syed Asim Munir, NI (M), Chief of
    // Army Staff (COAS)" (Pakistan's Nishan-e-Imtiaz (Military), "HI (M)", "SI (M)").
    if (this.sameLine(i + 5) && /^[A-Z]{2,3}$/.test(this.tok(i + 1)?.text ?? '') && this.tok(i + 2)?.text === '(' && /^[MC]$/.test(this.tok(i + 3)?.text ?? '')
      && this.tok(i + 4)?.text === ')' && this.tok(i + 5)?.text === ',') i += 5;
    let k = i + 1;
    // A relative clause says the same: "John Smith, who is the deputy defense minister, said".
    if (this.tok(k)?.lower === 'who' && this.sameLine(k)) {
      const verb = this.tok(k + 1)?.lower;
      // (After "as" a role needs no article, "who served as special envoy for arms control"; nor
      // a verb, "Pat Conroy, who as Minister for Defence Industry has ...".)
      let as = true;
      if (verb === 'is' || verb === 'was') { k += 2; as = false; } else if ((verb === 'serves' || verb === 'served') && this.tok(k + 2)?.lower === 'as') k += 3;
      else if (verb === 'as') k += 2;
      else return undefined;
      if (!this.sameLine(k) || !(isDeterminer(this.sp(k)) || INDEFINITE.has(this.sp(k).lower) || this.sp(k).cap || (as && this.sp(k).word))) return undefined;
    }
    // A time the office was held: "Christine Lambrecht, then Germany's defence minister, signed".
    if (this.tok(k) !== undefined && this.sameLine(k) && APPOSITIVE_TIME.has(this.sp(k).lower) && this.sameLine(k + 1)) k++;
    if (this.tok(k) && (isDeterminer(this.sp(k)) || INDEFINITE.has(this.sp(k).lower))) {
      k++;
      // An owner in lower case before the role: "Yahya Saree, the group's military spokesman,".
      // (Or of two words: "the coast guard's spokesperson".)
      const owner = this.tok(k);
      if (owner !== undefined && owner.word && !owner.cap && this.sameLine(k + 1)) {
        const second = this.sp(k + 1);
        if (isPossessive(owner)) k++;
        else if (second.word && !second.cap && isPossessive(second) && this.sameLine(k + 2) && APPOSITIVE_ROLE.has(this.tok(k + 2)?.lower ?? '')) k += 2;
      }
    }
    // A party's member of parliament: "Ian Roome, the Liberal Democrat member," (see partyMemberEnd).
    const member = this.partyMemberEnd(k);
    if (member > 0) return { from: k, to: member, head: member - 1, countries: NO_COUNTRIES, organization: undefined, capitalized: false, title: undefined, titleFrom: k, titleTo: member, rankTo: member };
    const role = this.tok(k);
    // Roles that are not titles but still name a public office.
    // (Not a role that a verb of saying follows, right after "the": the subject of an attribution
    // after a clause, "built by Abu Dhabi Ship Building, the spokesman said".)
    if (role && this.sameLine(k) && APPOSITIVE_ROLE.has(role.lower) && !(!role.cap && this.sp(k - 1).lower === 'the' && this.sameLine(k + 1) && ATTRIBUTION_VERB.has(this.tok(k + 1)?.lower ?? ''))) {
      // With the office it serves: "Senior Col. Li Xi, spokesperson for the PLA Eastern Theater Command,".
      const tail = this.parseOfficeTail(k + 1);
      if (tail > k + 1) return { from: k, to: tail, head: k, countries: NO_COUNTRIES, organization: undefined, capitalized: false, title: undefined, titleFrom: k, titleTo: tail, rankTo: tail };
      return { from: k, to: k + 1, head: k, countries: NO_COUNTRIES, organization: undefined, capitalized: false, title: role.lower, titleFrom: k, titleTo: k + 1, rankTo: k + 1 };
    }
    const phrase = this.parseTitle(k);
    if (!phrase) return this.organisationRole(k);
    const head = this.sp(phrase.head).lower;
    if (RANK_ABBREVIATION.has(head)) return undefined;
    // A verb of saying right after a role in lower case makes it the subject of an attribution, not
    // an appositive: "... from Villa Reynolds, San Luis, the commander specified." (An office
    // written out in capitals is an appositive whose closing comma was left out: "Gareth Bayley,
    // the UK Special Representative for Syria said:".)
    const verb = this.tok(phrase.to);
    if (!phrase.capitalized && verb !== undefined && this.sameLine(phrase.to) && !verb.cap && ATTRIBUTION_VERB.has(verb.lower)) return undefined;
    // A title that goes on into a name is that name's, not an appositive to the words before the
    // comma: "In Washington Heights, Defense Secretary Ash Carter said", "On Thanksgiving Day,
    // Defense Secretary Ash Carter". (A surname alone too, when a verb or the clause's end follows
    // it: "On the Ghost Bat, Secretary Austin announced".)
    if (this.sameLine(phrase.to) && this.capWord(phrase.to)) {
      const name = this.parseName(phrase.to);
      if (name !== undefined && (name.first !== undefined || this.clauseGoesOnAfter(name.to))) return undefined;
    }
    // Two offices held at once, as in a titled name (see findTitledAndCuedNames): "Callum Brierley
    // MP, Deputy Prime Minister and Minister for Defence of Australia," holds both. The first is the
    // title ("Prince Mohammed bin Salman, Crown Prince and Prime Minister,"; "Nicholas Haysom,
    // Special Representative of the Secretary-General for South Sudan and Head of UNMISS,"), the
    // second the other office (see Person.otherOffice), and the phrase takes both.
    if (phrase.capitalized && this.tok(phrase.to)?.lower === 'and' && this.sameLine(phrase.to + 1)) {
      const second = this.parseTitle(phrase.to + 1);
      if (second && second.capitalized && second.from === phrase.to + 1 && !RANK_WORD.has(this.sp(second.head).key)) {
        return { ...phrase, to: second.to, countries: [...phrase.countries, ...second.countries], firstOffice: this.phraseTitle(second) };
      }
    }
    return phrase;
  }

  /**
   * Whether a lower-case word other than "and" comes at token j on its line, as a verb goes on after
   * a subject ("Secretary Austin | announced"); see appositiveTitle.
   */
  private clauseGoesOnAfter(j: number): boolean {
    const t = this.tok(j);
    return t !== undefined && t.word && !t.cap && t.lower !== 'and' && this.sameLine(j);
  }

  /**
   * Whether tokens i..to (after "and") end the appositive title, of two offices, of a name just
   * before: a comma at most eight capitalised words back, a marked name (or its post-nominal
   * letters) before it, and the appositive from that comma reaching `to`.
   */
  private secondAppositiveOffice(i: number, to: number): boolean {
    for (let c = i - 2; c >= 1 && c >= i - 10 && this.sameLine(c + 1); c--) {
      const t = this.sp(c);
      if (t.text === ',') {
        if (!(this.taken[c - 1] || (c >= 2 && this.taken[c - 2]))) return false;
        const office = this.appositiveTitle(c);
        return office !== undefined && office.to >= to;
      }
      if (!t.word || !(t.cap || t.lower === 'of' || t.lower === 'for' || t.lower === 'and' || t.lower === 'the')) return false;
    }
    return false;
  }

  /**
   * A role held in a named organisation, in an appositive: "the National Security Council
   * spokesman", "HRW's deputy Middle East director". Capitalised words (the organisation) and title
   * modifiers may come before a title head or a role word, within a few words and before any comma.
   */
  private organisationRole(k: number): TitlePhrase | undefined {
    for (let j = k; j < k + 7 && this.sameLine(j); j++) {
      const t = this.sp(j);
      if (!t.word) return undefined;
      const key = t.key;
      if (j > k && (TITLE_CORE.has(key) || ORGANISATION_ROLE.has(key)) && !isPossessive(t) && !RANK_ONLY_HEAD.has(key)) {
        if (RANK_ABBREVIATION.has(key)) return undefined;
        // "HRW's deputy Middle East director": the head after a qualifier and its portfolio.
        if (QUALIFIER_HEAD.has(key)) {
          const later = this.portfolioThenHead(j + 1);
          if (later > 0) j = later;
        }
        const title = this.text.slice(this.starts[k] as number, this.end(j));
        return { from: k, to: j + 1, head: j, countries: NO_COUNTRIES, organization: undefined, capitalized: false, title, titleFrom: k, titleTo: j + 1, rankTo: j + 1 };
      }
      if (t.cap || TITLE_MODIFIER.has(key) || OFFICE_WORD.has(key)) continue;
      return undefined;
    }
    return undefined;
  }

  /** Stage 2: surnames, honorific + surname, full names and first-name vocatives of known people. */
  private findShortForms(): void {
    if (this.people.length === 0) return;
    // Surname keys do not change in this stage (it creates nobody): the index itself is the set.
    const lastNames = this.bySurname;
    // (A person's given name in lower case is kept as firstLower when it is set: one loop, no
    // lower-casing and no temporary arrays per person.)
    const firstNames = new Set<string>();
    for (let k = 0; k < this.people.length; k++) {
      const p = this.people[k] as Person;
      if (p.first) firstNames.add(p.firstLower as string);
    }
    // Short forms of the people's given names ("tony" for Antony), for vocatives: each names the
    // one person it can stand for (null when two can), and none is anyone's given name itself.
    let shortNames: Map<string, Person | null> | undefined;
    for (const p of this.people) {
      const forms = p.firstLower !== undefined ? SHORT_GIVEN_NAMES.get(p.firstLower) : undefined;
      if (forms === undefined) continue;
      for (const f of forms) {
        if (firstNames.has(f) || lastNames.has(f)) continue;
        shortNames ??= new Map();
        const seen = shortNames.get(f);
        shortNames.set(f, seen === undefined || seen === p ? p : null);
      }
    }
    // Which spellings of the text are such short forms, by spelling id: the loop below then asks
    // one byte per capitalised word, not the map.
    let shortAt: Map<number, Person> | undefined;
    let isShort: Uint8Array | undefined;
    // The named mentions in text order, for the speaker of a vocative's turn (see turnSpeaker); made when first asked.
    let labelled: { offsets: Float64Array; owners: Int32Array } | undefined;
    if (shortNames !== undefined) {
      for (let id = 0; id < this.spellings.length; id++) {
        const w = this.spellings[id] as Token;
        if (!w.cap || w.text.length > 7) continue;
        const p = shortNames.get(w.lower);
        if (!p) continue;
        (shortAt ??= new Map()).set(id, p);
        (isShort ??= new Uint8Array(this.spellings.length))[id] = 1;
      }
    }
    // Family names (written first) that a person the recognisers did not find also bears, by the
    // full names met so far: a later mention of the family name alone is left unlinked.
    let sharedFamilyNames: Set<string> | undefined;
    const n = this.n;
    const ids = this.ids;
    const spellings = this.spellings;
    const classes = this.spellingClass;
    // Per spelling, what the loop asked of the indexes at every capitalised word (see SHORT_FORM_*).
    // The indexes only grow in this stage (a person filed under a longer name): the answers hold
    // while their sizes stay, and are asked again after a change. Profile: the surname look-up by
    // key was the loop's top line, and most capitalised words ("The", "Moscow") named no one
    // after nameWord, titleWordSurname and three look-ups each.
    const memo = new Uint8Array(spellings.length);
    let memoSurnames = lastNames.size;
    let memoMiddles = this.byMiddle.size;
    const taken = this.taken;
    const lineUpper = this.lineUpper;
    for (let i = 0; i < n; i++) {
      // Capitalised words, and words on a line in capitals, not taken: found by a loop of its own
      // over local arrays (see findNominals).
      for (; i < n; i++) {
        const c = classes[ids[i] as number] as number;
        if (((c & (CLASS_CAP_WORD | CLASS_PREFIXED_NAME)) !== 0 || ((c & CLASS_WORD) !== 0 && lineUpper[i] !== 0)) && taken[i] === 0) break;
      }
      if (i >= n) break;
      const id = ids[i] as number;
      const t = spellings[id] as Token;
      if (lastNames.size !== memoSurnames || this.byMiddle.size !== memoMiddles) {
        memo.fill(0);
        memoSurnames = lastNames.size;
        memoMiddles = this.byMiddle.size;
      }
      let facts = memo[id] as number;
      if ((facts & SHORT_FORM_SURNAME_KNOWN) === 0) {
        facts |= SHORT_FORM_SURNAME_KNOWN | (lastNames.has(t.key) ? SHORT_FORM_SURNAME : 0);
        memo[id] = facts;
      }
      // A capitalised particle opening a sentence ("Von der Leyen said", "De Mistura said") begins
      // a surname, not a first name: the surname is looked up from its last word, which takes the
      // particles before it (particlesOf). A particle that is someone's first name ("Ben Wallace
      // said") still starts a name here.
      if (isParticle(t) && this.particleMayBeCapital(i) && i + 1 < n && this.sameLine(i + 1) && (isParticle(this.sp(i + 1)) || !firstNames.has(t.lower))) continue;
      // A navy prefix and a name are a ship ("USS Carney"), whoever shares the name ("Admiral
      // Carney"): the prefix is no first name, and the systems stage marks the ship. (Stage 1's
      // test, from the cached facts.) Every word of the name: "BNS Sheikh Hasina" is a ship or a
      // base named after the prime minister, not a mention of her.
      if (t.cap && (factsOf(t) & SHIP_WORD) !== 0) { i = this.shipNameEnd(i) - 1; continue; }
      // A surname that opens a weapon system's name is the system's word there: "Baykar chairman
      // Emre Bayraktar" does not make "Bayraktar TB2" a mention of him.
      if ((facts & SHORT_FORM_SURNAME) !== 0) {
        // (An ambiguous name counts when a designation's digits end it: "Bayraktar TB2".)
        const end = this.systemNameEnd(i, ACCEPT_SURNAME_SYSTEM_NAME);
        if (end > i + 1) { i = end - 1; continue; }
        // So is a surname that ends a system's name after its designation ("the M10 Booker",
        // named for a Pvt. Booker), or that the knowledge base has as a system's one-word name
        // after "the", which a person's surname does not take: "The Booker is a light tank".
        if (this.surnameIsSystemName(i)) continue;
      }
      // "Thank you, Tony.": a short form of a person's given name, addressed.
      if (isShort !== undefined && isShort[ids[i] as number] === 1) {
        const p = (shortAt as Map<number, Person>).get(ids[i] as number);
        // (Not in the person's own turn: "MR MILLER: ... With that, Matt." gives the floor to a
        // reporter of that name; nobody addresses himself.)
        if (p && this.addressedAt(i) && this.turnSpeaker(() => (labelled ??= mentionsInOrder(this.people)), this.starts[i] as number) !== p) {
          this.addPosition(p, this.starts[i] as number);
          this.taken[i] = 1;
          this.spans.push(this.starts[i] as number, this.end(i), false, p.key);
          continue;
        }
      }
      let from = i;
      let j = i;
      if (isHonorific(t)) {
        j = i + 1;
        if (this.tok(j)?.text === '.' && !this.spaced(j)) j++;
        if (!this.sameLine(j)) continue;
      }
      // A one-word name (most capitalised words) is looked up before its parts are built.
      if (this.nameEndsAfter(j)) {
        // A word alone that is nobody's surname, given name or middle name is passed over below,
        // whatever nameWord says: asked once per spelling.
        if (j === i) {
          if ((facts & SHORT_FORM_UNNAMED_KNOWN) === 0) {
            const forms = this.lastFormsAt(i);
            facts |= SHORT_FORM_UNNAMED_KNOWN | (!lastNames.has(forms.key) && !firstNames.has(forms.lower) && !this.byMiddle.has(forms.key) ? SHORT_FORM_UNNAMED : 0);
            memo[id] = facts;
          }
          if ((facts & SHORT_FORM_UNNAMED) !== 0) continue;
        }
        const w = this.sp(j);
        if (!w.word || (!this.nameWord(w, j) && !this.titleWordSurname(j, 0))) continue;
        const forms = this.lastFormsAt(j);
        if (!lastNames.has(forms.key) && !((j === i || isKnight(t) || GIVEN_NAME_HONORIFIC.has(t.key)) && firstNames.has(forms.lower)) && !(j === i && this.middleNameOfOne(forms.key, firstNames))) { i = j; continue; }
      }
      // Decided on the scanned range and last word; the name's parts are built only for a known
      // surname (about one in ten of the names tried here; see scanName).
      if (!this.scanName(j, 4)) continue;
      const last = this.scannedLast();
      const to = this.scanTo;
      if (lastNames.has(last.key)) {
        // A surname between "the" and a noun it modifies names no one there: "the end of the Kim
        // regime", "the Biden administration" (see NAME_AS_MODIFIER).
        if (from === i && this.scanWordCount === 1 && i > 0 && this.sameLine(i) && FIGURE_DETERMINER.has(this.sp(i - 1).lower) && this.sameLine(to) && NAME_AS_MODIFIER.has(this.tok(to)?.lower ?? '')) { i = to - 1; continue; }
        // "de Mistura" after "the UN Special Envoy de Mistura": the particles are the name's.
        if (from === i && this.scanWordCount === 1 && i > 0 && (!this.sp(i - 1).cap || this.particleMayBeCapital(i - 1)) && isParticle(this.sp(i - 1))) from = this.particlesOf(i, last.key);
        // "South Korea's Kim" is the South Korean of that surname, when there is one.
        if (from === i && this.scanWordCount === 1) {
          const owner = this.possessiveCountryBefore(i);
          // (Asked of at most 64 people of the surname, so that text made of such names stays linear.)
          const named = owner === undefined ? undefined : lastNames.get(last.key);
          const same = named === undefined || named.length > 64 ? undefined : named.filter((p) => p.country === owner);
          if (same !== undefined && same.length === 1) {
            const name = this.scannedName();
            this.markGivenName(same[0] as Person, i, name);
            i = to - 1;
            continue;
          }
        }
        // An Arabic family name without its article, before anyone of it was named, is the group or
        // movement called after the family ("Houthi attacks ... Abdul-Malik al-Houthi, the group's
        // leader"), not a short form of the name that comes later; a headline may still use it.
        // Anywhere before a noun of such a group ("Houthi rebels", "Houthi forces").
        // (A method of its own, not a closure here: a closure over the loop's i and to put them in a
        // heap context for the whole loop, about 10% of the engine's time on 1 MB.)
        if (from === i && this.scanWordCount === 1 && this.familyGroupAt(i, to, lastNames.get(last.key))) { i = to - 1; continue; }
        // A family name another, unrecognised person of the article also bears ("Kim Yo Jong, the
        // sister of North Korean leader Kim Jong Un ... Kim said"): which of them is meant is unclear.
        if (from === i && this.scanWordCount === 1 && sharedFamilyNames !== undefined && sharedFamilyNames.has(last.key)) { i = to - 1; continue; }
        // A short word in capitals in mixed-case text is an acronym, not the surname of a name written in
        // mixed case: "UN" after "Kim Jong Un", "US" after a "Us" (unless the name was written in capitals: "KIHARA Minoru", then "KIHARA").
        if (from === i && this.scanWordCount === 1 && t.upper && t.key.length <= 3 && this.lineUpper[i] !== 1 && !(lastNames.get(last.key) ?? []).some((p) => p.familyFirst === true || isAllUpper(p.last))) { i = to - 1; continue; }
        if (this.addNamed(from, this.starts[from] as number, this.scannedName(), undefined, false)) { i = to - 1; continue; }
      } else if (j === i && this.scanWordCount === 1 && this.scanFrom === i && this.middleNameOfOne(last.key, firstNames)) {
        // The name after "Muhammad" by which one person of the text is known ("Badaru" of
        // "Mohammed Badaru Abubakar"; see middleNameOfOne).
        const name = this.scannedName();
        this.markGivenName(this.byMiddle.get(last.key)?.[0] as Person, i, name);
        i = name.to - 1;
        continue;
      } else if (j === i && this.scanWordCount > 1 && this.scanFrom === i && firstNames.has(t.lower) && this.otherBearerOfFamilyName(t, lastNames)) {
        // (See sharedFamilyNames: the full name of someone else whose family name comes first.)
        (sharedFamilyNames ??= new Set()).add(lastForms(t.text).key);
      } else if (j === i && this.scanWordCount > 1 && this.scanFrom === i && !firstNames.has(t.lower) && lastNames.has(lastForms(t.text).key) && this.titleCaseLine(i)) {
        // A known surname before capitalised words that make no known name: a headline in title
        // case ("Austin, Hicks Outline Budget Priorities"), where the next word is a verb.
        const alone = this.parseName(i, 1);
        if (alone && alone.first === undefined && this.addNamed(i, this.starts[i] as number, alone, undefined, false)) continue;
      }
      // A knight's "Sir" or "Dame" and a given name ("Sir Tony" after "Admiral Sir Tony Radakin"),
      // which is how a knight is called: the first person of that first name.
      if (j === i + 1 && isKnight(t) && this.scanWordCount === 1 && firstNames.has(last.lower)) {
        const p = this.firstPersonNamed(last.lower);
        if (p) {
          const name = this.scannedName();
          this.markGivenName(p, i, name);
          i = name.to - 1;
          continue;
        }
      }
      // A first name alone: a vocative ("Thank you, Anna.") or, for names written family name
      // first ("Wang Yi" ... "Wang said"), the subject of a speech verb.
      // Or after "Mr" or "Ms" where given names are how people are called ("Mr Sjafrie said" of
      // Indonesia's Sjafrie Sjamsoeddin).
      const honorific = j > i && GIVEN_NAME_HONORIFIC.has(t.key);
      if ((j === i || honorific) && this.scanWordCount < 2 && firstNames.has(last.lower)) {
        const name = this.scannedName();
        const next = this.tok(name.to);
        // Addressed as a rank or office alone is (see addressedAt): "Thank you, Anna.", "Q: Sabrina, is ...".
        const vocative = !honorific && name.to === i + 1 && this.addressedAt(i);
        const speaker = next && !this.newLine(name.to) && SPEECH_VERB.has(next.lower);
        // The first person with this first name: the first-name index holds exactly the people
        // with a first name (never changed once set), so the earliest of its list is the one a
        // scan of every person found (that scan grew with the people: 1,600 on 10 MB).
        const p = this.firstPersonNamed(last.lower);
        // Where family names come first ("Wang Yi", "Oka Masami"), the first word is the family
        // name, which later mentions use alone anywhere ("Hicks and Oka discussed").
        // Or coupled with the speaker, as principals speak of each other at a joint press
        // conference: "Richard and I also discussed ..." (only for the one person of that first name).
        const withSpeaker = next !== undefined && next.lower === 'and' && this.tok(name.to + 1)?.text === 'I' && this.sameLine(name.to + 1)
          && this.byFirst.get(last.lower)?.length === 1;
        if (p && honorific) {
          // (Only there: "Mr John" of an English text is a Mr John, not John Healey.)
          // (A person of no stated country is the dateline's: "BANGKOK -- Defence Minister Sutin
          // Klungsang ... Mr Sutin said".)
          const country = p.country ?? this.dateline();
          if (country !== undefined && GIVEN_NAME_USED.has(country)) this.markGivenName(p, i, name);
        } else if (p && (vocative || speaker || withSpeaker || p.familyFirst || (p.country !== undefined && (FAMILY_NAME_FIRST.has(p.country) || GIVEN_NAME_USED.has(p.country))))) {
          this.markGivenName(p, i, name);
        }
      }
      i = to - 1;
      from = i;
    }
  }

  /**
   * The one person (other than `except`) whose surname is a capitalised word among the four
   * words before token i in its sentence: the subject of "Guler and his Swedish counterpart",
   * "Guler on Tuesday met his counterpart"; undefined when none or several fit.
   */
  private surnameSubjectBefore(i: number, except: Person): Person | undefined {
    for (let k = i - 1; k >= 0 && k >= i - 4 && this.sameLine(k + 1); k--) {
      const w = this.sp(k);
      if (!w.word) { if (w.text === ',') continue; return undefined; }
      if (!w.cap) continue;
      const list = this.bySurname.get(lastForms(w.text).key);
      if (list === undefined) continue;
      const others = list.filter((p) => p !== except);
      return others.length === 1 ? others[0] : undefined;
    }
    return undefined;
  }

  /** The person other than `except` whose latest mention before `offset` is the latest; stage 1 only (asked once per counterpart). */
  private lastNamedBefore(offset: number, except: Person | undefined): Person | undefined {
    let best: Person | undefined;
    let bestAt = -1;
    for (let k = 0; k < this.people.length; k++) {
      const p = this.people[k] as Person;
      if (p === except) continue;
      const at = lastBefore(p.positions, offset);
      if (at > bestAt) { bestAt = at; best = p; }
    }
    return best;
  }

  /** The country of a two-word name or nationality at token k ("North Korean", "South Africa"), if there is one. */
  private countryPairAt(k: number): string | undefined {
    const w = this.sp(k);
    if (!w.cap || (factsOf(w) & PAIR_FIRST) === 0 || !this.sameLine(k + 1)) return undefined;
    const next = this.tok(k + 1);
    return next !== undefined && next.cap ? countryByKeyPair(w.key, next.key)?.name : undefined;
  }

  /** Whether an unspaced period after token k ends it as an abbreviation with inner periods ("U.S", "U.K"). */
  private abbreviationPeriodAfter(k: number): boolean {
    return this.tok(k + 1)?.text === '.' && !this.spaced(k + 1) && this.sp(k).text.indexOf('.') > 0;
  }

  /**
   * Whether token i is on a line written in title case (a headline): three words or more, and
   * every word capitalised but short function words ("Austin, Hicks Outline Budget Priorities").
   */
  private titleCaseLine(i: number): boolean {
    // The line's first token: the first after a line break, or the text's first. A headline is
    // short, so the walk stops at 80 tokens (a long line is no headline, and an unbounded walk
    // back at every such name made one huge line quadratic).
    let a = i;
    while (a > 0 && this.sameLine(a)) { a--; if (i - a > 80) return false; }
    let words = 0;
    for (let k = a; k < this.n && (k === a || this.sameLine(k)); k++) {
      const w = this.sp(k);
      if (!w.word) continue;
      words++;
      if (!w.cap && !/^\d/.test(w.text) && !HEADLINE_SMALL_WORD.has(w.lower)) return false;
      if (words > 40) return false;
    }
    return words >= 3;
  }

  /** Stage 2: a given name from token `from` ("Anna", "Wang", "Sir Tony") is a mention of person p. */
  private markGivenName(p: Person, from: number, name: NameParts): void {
    this.addPosition(p, this.starts[from] as number);
    for (let k = from; k < name.to; k++) this.taken[k] = 1;
    this.spans.push(this.starts[from] as number, name.endOffset, false, p.key);
  }

  /**
   * Where a surname at token i starts with the lower-case particles before it (at most
   * MAX_NAME_PARTICLES, on its line and not taken): the first particle's token when someone of surname key `key` has exactly
   * these particles as the last of their middle words ("de Mistura", "von der Leyen"), else i.
   */
  private particlesOf(i: number, key: string): number {
    let k = i;
    // A particle is lower case, or capitalised as the first word of a sentence ("Von der Leyen said").
    while (k > i - MAX_NAME_PARTICLES && k > 0 && this.sameLine(k) && !this.taken[k - 1] && (!this.sp(k - 1).cap || this.particleMayBeCapital(k - 1)) && isParticle(this.sp(k - 1))) k--;
    const people = this.bySurname.get(key);
    if (k === i || people === undefined) return i;
    for (let from = k; from < i; from++) {
      const count = i - from;
      for (let q = 0; q < people.length; q++) {
        const middle = (people[q] as Person).middle;
        if (middle.length < count) continue;
        let same = true;
        for (let m = 0; m < count && same; m++) {
          const w = this.sp(from + m);
          const want = middle[middle.length - count + m] as string;
          same = want === w.text || (w.cap && from + m === k && want.toLowerCase() === w.lower);
        }
        if (same) return from;
      }
    }
    return i;
  }

  /**
   * Whether a capitalised particle at token k may open a surname: at a sentence's start ("Von der
   * Leyen said"), or after anything but a capitalised word, as Dutch and Belgian surnames capitalise
   * their particle when the given name is left out ('"We need them," Van Dijk said'). After a
   * capitalised word it is inside a full name ("Herman Van Rompuy").
   */
  private particleMayBeCapital(k: number): boolean {
    return this.opensSentence(k) || !this.capWord(k - 1);
  }

  /** Whether token k is the first of a sentence: the text's first, the first on its line, or after '.', '!', '?' or ':'. */
  private opensSentence(k: number): boolean {
    if (k === 0 || this.newLine(k)) return true;
    const prev = this.sp(k - 1).text;
    return prev === '.' || prev === '!' || prev === '?' || prev === ':';
  }

  /** Stage 3a: descriptive references ("his Russian counterpart", "The two leaders", "Mr. Secretary"). */
  private findNominals(): Nominal[] {
    const out: Nominal[] = [];
    const n = this.n;
    const ids = this.ids;
    const spellings = this.spellings;
    const classes = this.spellingClass;
    const taken = this.taken;
    // Per spelling: the facts nominalStartFacts reads of a word that opens a candidate, and whether a
    // word after a determiner closes it (0 not asked yet). Profile: the ~34,000 candidates of 1 MB
    // asked each of their words a dozen set look-ups and string tests, of 1,400 distinct spellings.
    const startFacts = new Uint16Array(spellings.length);
    const closesDeterminer = new Uint8Array(spellings.length);
    // Per spelling: whether a word right after a determiner is one the determiner's lines ask about (see DET_FOLLOWER_*).
    const detFollower = new Uint8Array(spellings.length);
    for (let i = 0; i < n; i++) {
      // The words that can open a reference (about one in five), found by a loop of its own over
      // local arrays: as the loop's first test, each of the 170,000 tokens of 1 MB went through
      // the whole loop's bookkeeping (profile: the test and the loop head were 1.1% of a pass).
      while (i < n && (((classes[ids[i] as number] as number) & CLASS_NOMINAL_START) === 0 || taken[i] !== 0)) i++;
      if (i >= n) break;
      const id = ids[i] as number;
      const t = spellings[id] as Token;
      // What the tests below ask of the word itself, once per spelling (see NOMINAL_*).
      let sf = startFacts[id] as number;
      if (sf === 0) { sf = nominalStartFacts(t); startFacts[id] = sf; }
      let j = i;
      let count: number | undefined;
      let unique = false;
      // "A senior U.S. official ... The official said": an unnamed person is introduced, and later
      // references with the same head are about them, not about someone named earlier.
      if ((sf & NOMINAL_A) !== 0 && this.anonymousHead(i + 1)) continue;
      // "The" with its capital inside a sentence opens a name, a publication's most often: "told
      // The Diplomat", "wrote in The Economist" (not after an opening quote or a dash).
      if ((sf & NOMINAL_THE) !== 0 && i > 0 && this.sameLine(i) && this.spaced(i) && this.sp(i - 1).word && !this.sp(i - 1).upper && this.lineUpper[i] !== 1 && !this.titleCaseLine(i)) continue;
      // A country's possessive determines as "the" does, and names the country: "Russia's defense
      // minister", "Japan's top diplomat".
      // (A two-word country's too: "Saudi Arabia's defense minister".)
      const pairOwner = (sf & NOMINAL_PAIR_FIRST) !== 0 && i + 1 < n && this.sameLine(i + 1) && isPossessive(this.sp(i + 1)) ? this.countryPairAt(i) : undefined;
      const owner = pairOwner ?? ((sf & NOMINAL_POSSESSIVE) !== 0 ? isDemonymOrCountry(t) : undefined);
      // An honorific style before a bare office determines as "the" does: "Hon'ble Prime Minister
      // held talks" (Indian official style), when no name follows (a name makes it a titled name).
      const styled = owner === undefined && (sf & NOMINAL_HONOURABLE) !== 0 && !this.nameAfterOffice(i + 1);
      const det = (sf & NOMINAL_DETERMINER) !== 0 ? t.lower : owner !== undefined || styled ? 'the' : undefined;
      // Most determiners open no reference to a person ("the ceremony", "a contract"): the word
      // after one must open a title or be a nationality, a title's modifier or a role (its class
      // byte says so), or one of the few words handled below (a period, a count, "alliance", a
      // possessive, a two-word nationality's first word). Profile: the checks below ran at each
      // of the ~17,000 determiners of 1 MB; the reference is found at under 2,000.
      if (det !== undefined && det !== 'both' && owner === undefined && !styled && i + 1 < n) {
        const nextId = ids[i + 1] as number;
        if (((classes[nextId] as number) & CLASS_NOMINAL_START) === 0) {
          // (Capitalised words and numbers may open an organisation's title: "The Seventh Fleet
          // commander", "the 7th Fleet commander".) Once per spelling: 1 closes, 2 does not.
          let closes = closesDeterminer[nextId] as number;
          if (closes === 0) {
            const w = spellings[nextId] as Token;
            const c0 = w.text.charCodeAt(0);
            // ("nominee" and "predecessor": see nomineeBefore and predecessorBefore.)
            closes = !w.cap && w.text !== '.' && !(c0 >= 48 && c0 <= 57) && !isPossessive(w) && !GROUP_SIZE.has(w.lower) && !BLOC_WORD.has(w.lower) && w.lower !== 'visiting' && lowerBase(w) !== 'nominee' && w.lower !== 'predecessor' ? 1 : 2;
            closesDeterminer[nextId] = closes;
          }
          if (closes === 1) continue;
        }
      }
      let vocative = (sf & NOMINAL_VOCATIVE_HONORIFIC) !== 0;
      let bloc: string | undefined;
      let visitor = false;
      let ofCountries = false;
      // A rank or office alone, addressed: "Q: General, can you say ...", "Thanks, Admiral."
      // (the person spoken to, who holds it).
      // Or an office of several words: "Thank you, Deputy Prime Minister." (asked only after the
      // punctuation or words that open a form of address).
      // Or a speaker label of an office alone, the holder speaking: "CHAIR: Briefly, Senator Fawcett."
      // (once the transcript has said who holds it: "CHAIR (Senator Ciccone):").
      const addressed = !vocative && !det && t.cap && (((sf & NOMINAL_VOCATIVE_HEAD) !== 0 && this.addressedAt(i)) || this.addressedOffice(i) || this.officeLabel(i));
      if (addressed) vocative = true;
      if ((det || vocative) && !addressed) {
        j = pairOwner !== undefined ? i + 2 : i + 1;
        // Most words after a determiner ("the United States", "a range") are none of those asked
        // below (a period, a count, "visiting", a possessive, "alliance"): one byte per spelling
        // says so, and only "both" counts. Profile: these lines were 0.4% of a 1 MB pass.
        let follower = j < n ? detFollower[ids[j] as number] as number : DET_FOLLOWER_ASKED;
        if (follower === 0) {
          const w = spellings[ids[j] as number] as Token;
          follower = w.text === '.' || GROUP_SIZE.has(w.lower) || w.lower === 'visiting' || isPossessive(w) || BLOC_WORD.has(w.lower) ? DET_FOLLOWER_ASKED : DET_FOLLOWER_PLAIN;
          detFollower[ids[j] as number] = follower;
        }
        if (follower === DET_FOLLOWER_PLAIN) {
          if (det === 'both') count = 2;
        } else {
          if (this.tok(j)?.text === '.' && !this.spaced(j)) j++;
          if (det === 'both') count = 2;
          const stated = GROUP_SIZE.get(this.tok(j)?.lower ?? '');
          if (stated !== undefined) { count = stated; j++; }
          // "the two countries' defence chiefs", "both nations' leaders": the countries' possessive
          // is no head; the officials after it are the group, one of each country.
          if (count !== undefined && this.countriesPossessiveAt(j)) { j += 2; ofCountries = true; }
          // "The visiting minister": the guest of a visit, not its host (see Nominal.visitor).
          if (det === 'the' && this.tok(j)?.lower === 'visiting' && this.sameLine(j + 1)) { visitor = true; j++; }
          // "the bloc's top diplomat", "the alliance's chief": the organisation the story is about
          // determines as "the" does.
          if (det === 'the' && j < this.n && isPossessive(this.sp(j)) && ORG_POSSESSOR.has(lowerBase(this.sp(j)))) j++;
          // So does "alliance" or "bloc" as a modifier before a generic role on the same line ("The
          // alliance chief said"), words that stand for one organisation in defence news (NATO, the
          // EU); "the union leader" or "the group leader" are other people, and stay out.
          // The word stays in the reference's words (see fitCriteria: the holder of an international
          // organisation's office).
          else if (det === 'the' && BLOC_WORD.has(this.tok(j)?.lower ?? '') && !isPossessive(this.sp(j)) && this.sameLine(j + 1) && GENERIC_ROLE.has(this.tok(j + 1)?.lower ?? '')) { bloc = this.sp(j).lower; j++; }
        }
        // "All three ministers" counts as "the three ministers" does; "all" without a count opens none.
        if (det === 'all' && count === undefined) continue;
        if (!this.sameLine(j)) continue;
      }
      // Words a name's span or its appositive office took are no reference: "the Deputy Prime
      // Minister and Minister for Defence, Richard Marles," (stage 1 took the offices).
      if (j > i && this.taken[j]) continue;
      // Group heads are plural and are not title words; try them first.
      // A service chief's acronym ("the CDS", "The COAS") refers back through the title it
      // abbreviates (see findTitleAcronyms), not as a title of its own.
      const tj = this.sp(j);
      // "The two agreed": the count alone, before a verb, stands for the two officials just named,
      // as "the two men" does (its head is read as "men" below).
      const bareTwo = det === 'the' && count === 2 && j === i + 2 && BARE_GROUP_VERB.has(tj.lower) && this.sameLine(j);
      // "The nominee said she would review ...", "the nominee's vote": the person the text named as a nominee (see nomineeBefore).
      const nominee = det === 'the' && count === undefined && j === i + 1 && lowerBase(tj) === 'nominee' && this.sameLine(j);
      // "Zamir and his predecessor": the person the text said the owner succeeded (see predecessorBefore).
      const predecessor = (det === 'his' || det === 'her') && j === i + 1 && tj.lower === 'predecessor' && this.sameLine(j);
      // "The two negotiators", "The three speakers", "Both flag officers", "the two general
      // officers": a counted group whose noun is no title (see COUNTED_GROUP_NOUN).
      const counted = count !== undefined && !bareTwo && !tj.cap && this.sameLine(j) ? countedGroupNoun(tj.lower, this.tok(j + 1)) : undefined;
      const phrase = bareTwo || nominee || predecessor || counted !== undefined || (tj.upper && ACRONYM_TITLE.has(tj.key)) ? undefined : this.parseTitle(j);
      let headTok: Token | undefined;
      let to: number;
      let words: string[];
      let countries: string[];
      if (bareTwo) {
        headTok = this.sp(i + 1);
        to = j;
        words = ['men'];
        countries = [];
      } else if (nominee || predecessor) {
        headTok = tj;
        to = j + 1;
        words = [tj.lower];
        countries = [];
      } else if (counted !== undefined) {
        to = COUNTED_GROUP_NOUN.has(tj.lower) ? j + 1 : j + 2;
        headTok = this.sp(to - 1);
        words = [counted === 'official' ? 'men' : counted];
        countries = [];
      } else if (phrase) {
        headTok = this.sp(phrase.head);
        to = phrase.to;
        words = this.titleWords(phrase);
        countries = phrase.countries;
        // A plural or generic head may follow the title words ("defense chiefs", "Russian official").
        const nx = this.tok(to);
        if (nx && !this.newLine(to) && (PLURAL_ROLE.has(nx.lower) || GENERIC_ROLE.has(nx.lower))) { headTok = nx; words.push(nx.lower); to++; }
        // A rank that goes on into a capitalised word on its line names a thing: "its General
        // Purpose Frigate programme" (a rank before a person's name is a titled name, not this).
        else if (RANK_HEAD.has(headTok.key) && nx && nx.word && nx.cap && this.sameLine(to) && this.spaced(to) && this.lineUpper[to] !== 1) continue;
      } else {
        // Modifiers then a generic or plural head: "his Russian counterpart", "The Russian official", "Both leaders".
        // Most words are none of these: skip them before allocating (this runs at every word).
        const w0 = this.tok(j);
        // (A two-word nationality's first word is none of those: "his South Korean counterpart".)
        // (Or a region's adjective: "The three Baltic defence ministers"; see REGION_COUNTRIES.)
        if (w0 === undefined || ((factsOf(w0) & NOMINAL_LEAD) === 0 && this.countryPairAt(j) === undefined && !(w0.cap && REGION_COUNTRIES.has(w0.key)))) continue;
        // Find the head before building the word lists: most of these words ("the national
        // security adviser" aside) lead to no role head (profile: the two arrays per try were
        // the stage's main garbage; 14,500 tries per 1 MB, 1,900 heads).
        let k = j;
        let found = 0;
        let listed = false;
        // Each word's tests by its class bits (profile: this walk failed 18,000 times per 1 MB,
        // asking its spelling's fields and a set at each word).
        while (k < n && k < j + 6) {
          if (k > j && this.newLine(k)) break;
          const c = classes[ids[k] as number] as number;
          // A two-word nationality: "The North Korean leader", "the South African president".
          if ((c & CLASS_PAIR_FIRST) !== 0 && this.countryPairAt(k) !== undefined) { found++; k += 2; continue; }
          // "U.S." is the token "U.S" and an unspaced period, which belongs to it ("his U.S. counterpart").
          if ((c & CLASS_COUNTRY) !== 0) { found++; k += this.abbreviationPeriodAfter(k) ? 2 : 1; continue; }
          // ("and", or a comma before a nationality: "the British, Japanese and Italian defence
          // ministers", a plural head only; see listed.)
          if ((c & (CLASS_LIST_JOINER | CLASS_WORD)) === (CLASS_LIST_JOINER | CLASS_WORD) && found > 0) { k++; continue; }
          if ((c & CLASS_LIST_JOINER) !== 0 && found > 0 && this.nationalityAfterComma(k)) { listed = true; k++; continue; }
          if ((c & CLASS_WALK_MODIFIER) !== 0) { k++; continue; }
          // A region's adjective stands for its countries: "The three Baltic defence ministers".
          if ((c & CLASS_CAP_WORD) !== 0 && REGION_COUNTRIES.has(this.sp(k).key)) { found++; k++; continue; }
          break;
        }
        if (k >= n || (k > j && this.newLine(k)) || ((classes[ids[k] as number] as number) & CLASS_ROLE) === 0) { continue; }
        const h = this.sp(k);
        if (listed && !PLURAL_ROLE.has(h.lower)) continue;
        // The same walk again, now keeping the words (each word takes the branch it took above).
        countries = [];
        words = [];
        for (let m = j; m < k; m++) {
          const w = this.sp(m);
          const pair = this.countryPairAt(m);
          if (pair !== undefined) { countries.push(pair); words.push(w.lower, this.sp(m + 1).lower); m++; continue; }
          const c = isDemonymOrCountry(w);
          if (c) { countries.push(c); words.push(w.lower); if (this.abbreviationPeriodAfter(m)) m++; continue; }
          if ((w.lower === 'and' || w.text === ',') && countries.length > 0) continue;
          const region = w.cap ? REGION_COUNTRIES.get(w.key) : undefined;
          if (region !== undefined) { countries.push(...region); continue; }
          words.push(w.lower);
        }
        headTok = h;
        // (Without a possessive's "'s", which the role's spelling keeps: "his German counterpart's".)
        words.push(isPossessive(h) ? h.key : h.lower);
        to = k + 1;
      }
      if (owner !== undefined && !countries.includes(owner)) countries = [owner, ...countries];
      // A possessive head is a reference at the start of a clause ("The secretary's call") but an
      // institution after "of" ("head of the defence minister's department").
      if (!headTok || (isPossessive(headTok) && (this.tok(i - 1)?.lower === 'of' || PLURAL_ROLE.has(lowerBase(headTok))))) { if (phrase) i = phrase.to - 1; continue; }
      const headLower = bareTwo ? 'men' : lowerBase(headTok);
      // "official" as an adjective before a noun: "the official visit", "The official statement".
      // (So is it before a capitalised name: "the official Saudi Press Agency", "the official KCNA".)
      if (headLower === 'official' && !isPossessive(headTok) && this.sameLine(to) && (OFFICIAL_AS_ADJECTIVE_BEFORE.has(this.tok(to)?.lower ?? '') || (this.tok(to)?.cap === true && this.tok(to)?.word === true))) { i = to - 1; continue; }
      const plural = PLURAL_ROLE.has(headLower) || counted !== undefined;
      // "his Russian colleague" is his counterpart, as official translations write it; without a
      // nationality a colleague may be anyone's ("a colleague at the ministry").
      if (headLower === 'colleague' && countries.length === 0) { i = to - 1; continue; }
      // "the PM" is the prime minister (see isPrimeMinisterAbbreviation), and "The Raksha Mantri"
      // the defence minister (see HINDI_OFFICE_WORD).
      const pm = headLower === 'pm';
      if (pm) { const at = words.lastIndexOf('pm'); if (at >= 0) words.splice(at, 1, 'prime', 'minister'); }
      const mantri = headLower === 'mantri';
      // A Hindi title names an Indian office: not "Australian Defence Minister Richard Marles".
      if (mantri) { words = words.map((w) => HINDI_OFFICE_WORD.get(w) ?? w); if (countries.length === 0) countries = ['India']; }
      let head = counted ?? (headLower === 'colleague' ? 'counterpart' : pm || mantri ? 'minister' : PLURAL_ROLE.get(headLower) ?? headLower);
      // "The vice-chairman" is resolved by its office's head, its words asked of the title as written.
      const dash = headLower.indexOf('-');
      if (dash > 0 && QUALIFIER_PREFIX.has(headLower.slice(0, dash))) {
        const office = pastTitleWord(headLower);
        if (office !== undefined && TITLE_CORE.has(office)) head = office;
      }
      // "the representative of the Russian Federation", "The Russian representative": a country's
      // delegate at the body, as meeting coverage calls its speakers (see "delegate" below).
      if (head === 'representative' && !plural && !headTok.cap && det === 'the' && countries.length === 1
        && ((words.length === 2 && words[1] === 'representative') || (words[0] === 'representative' && words[1] === 'of'))) head = 'delegate';
      // "The two heads of state", "Both heads of government": the leaders, as "the two leaders" are.
      // (Heads of state or government only: see Nominal.headsOnly.)
      let headsOnly = false;
      // (And "the heads of state" without a count: the two heads named, as "the leaders" are.)
      if (head === 'head' && plural && (count !== undefined || det === 'the') && this.tok(to)?.lower === 'of' && this.sameLine(to + 1)
        && (this.tok(to + 1)?.lower === 'state' || this.tok(to + 1)?.lower === 'government')) {
        head = 'leader';
        words = words.map((w) => (w === 'heads' ? 'leaders' : w));
        to += 2;
        headsOnly = true;
      }
      // "The head of the Korean defence ministry", "the heads of the defence ministries": the
      // ministers of that portfolio (of the country named).
      // (The words after "the head of the" are the reference's when the title walk read it as an
      // office, "The head of the Korean defence ministry"; else they follow it, "the heads of ...".)
      let ministryHeads = false;
      if (head === 'head') {
        const walked = !plural && words[1] === 'of' && words[2] === 'the';
        const after = walked ? words.slice(3) : [];
        let m = to + 2;
        if (!walked && this.tok(to)?.lower === 'of' && this.tok(to + 1)?.lower === 'the') {
          for (; m < this.n && m < to + 7 && this.sameLine(m) && this.sp(m).word; m++) {
            after.push(this.sp(m).lower);
            if (this.sp(m).key.startsWith('ministr')) break;
          }
          // Or the ministry's name, its portfolio after it: "the head of the Ministry of National
          // Defence" (up to three words after "of", all a portfolio's).
          if (after.length === 1 && this.tok(m + 1)?.lower === 'of' && this.sameLine(m + 1)) {
            const last = m;
            after.push('of');
            for (m += 2; m < this.n && m < last + 5 && this.sameLine(m) && MINISTRY_NAME_WORD.has(this.sp(m).lower); m++) after.push(this.sp(m).lower);
            m--;
          }
        }
        const portfolio = ministryPortfolio(after, plural);
        if (portfolio !== undefined) {
          head = 'minister';
          words = [...portfolio.words, 'minister'];
          if (!walked) { countries = [...countries, ...portfolio.countries]; to = m + 1; ministryHeads = true; }
        }
      }
      // "Both chiefs of staff", "the two chiefs of defence": the office's own complement, which the
      // holders' titles hold ("Chief of Staff", "Chief of the Hellenic General Staff").
      if (head === 'chief' && plural && this.tok(to)?.lower === 'of' && this.sameLine(to + 1) && CHIEF_OF.has(this.tok(to + 1)?.lower ?? '')) {
        words = [...words, this.sp(to + 1).lower === 'defence' ? 'defense' : this.sp(to + 1).lower];
        to += 2;
        // (With the forces they lead: "The three chiefs of defence forces".)
        if (this.tok(to)?.key === 'forces' && this.sameLine(to)) to++;
      }
      // "The head of Rosoboronexport", "the chief of the IAEA": the body named after the office is a
      // word of it, as in "the Rosoboronexport head" (not "the head of state", nor "chief of staff").
      if ((head === 'head' || head === 'chief') && !plural && det === 'the' && this.tok(to)?.lower === 'of' && this.sameLine(to + 1)) {
        let m = to + 1;
        if (this.tok(m)?.lower === 'the' && this.sameLine(m + 1)) m++;
        const org: string[] = [];
        while (m < this.n && org.length < 3 && this.sameLine(m) && this.sp(m).word && this.sp(m).cap && !isPossessive(this.sp(m))
          && isDemonymOrCountry(this.sp(m)) === undefined && (factsOf(this.sp(m)) & TITLE_START) === 0) { org.push(this.sp(m).lower); m++; }
        if (org.length > 0 && !(m < this.n && this.sameLine(m) && this.sp(m).cap && this.sp(m).word)) {
          words = [...org, ...words];
          to = m;
        }
      }
      let department: string | undefined;
      if (bloc !== undefined) words = [bloc, ...words];
      // "the Pentagon chief", "The DND chief": the office that heads the department (not "the
      // Pentagon chief of staff", whose office goes on).
      if ((head === 'chief' || head === 'head') && words.length === 2 && !plural && this.tok(to)?.lower !== 'of') {
        // (The department's country is asked only of holders whose country is stated: news names
        // its own country's officials without one, "Defense Secretary Lloyd Austin".)
        const office = DEPARTMENT_HEAD.get(words[0] as string);
        if (office !== undefined) {
          head = office.head;
          words = [...office.words];
          countries = countries.filter((c) => c !== office.country);
          department = office.country;
        }
      }
      // "The Kremlin leader": a seat of government before "leader" names its country, as a
      // nationality does (the president, not someone titled "Kremlin ...").
      if (head === 'leader') {
        const seat = words.findIndex((w) => SEAT_OF_GOVERNMENT.has(w));
        if (seat >= 0) {
          const country = SEAT_OF_GOVERNMENT.get(words[seat] as string) as string;
          if (!countries.includes(country)) countries = [country, ...countries];
          words = words.filter((_, x) => x !== seat);
        }
      }
      // "Sec." abbreviates a title before a name only ("SEC. AUSTIN:"); "the SEC" is an agency.
      if (head === 'sec') { i = to - 1; continue; }
      // Bare nominal heads must name an office a reader can resolve.
      // "the top U.S. diplomat" is a foreign minister (see fitsTest), where "a diplomat" is anyone.
      // (Counted too: "the two top diplomats" are the foreign ministers just named.)
      const topDiplomat = head === 'diplomat' && (!plural || count !== undefined) && det !== undefined && det !== 'a' && det !== 'an' && words.includes('top');
      // So is "the Russian diplomat" (a diplomat of that country named before: a foreign minister,
      // a deputy, an ambassador or an envoy) and "The Pakistani officer" (one with a military rank).
      // So is "The Russian delegate" (its ambassador or envoy at the body).
      // (And "The two diplomats", counted: the diplomats just named.)
      const nationalRole = ((head === 'diplomat' || head === 'officer' || head === 'delegate') && !plural && (det === 'the' || det === 'this' || det === 'that') && countries.length === 1)
        || (head === 'diplomat' && plural && count !== undefined);
      if (!RESOLVABLE_HEAD.has(head) && !(phrase && phrase.capitalized && headTok.cap) && !topDiplomat && !nationalRole && counted === undefined && !nominee && !predecessor) {
        // Or a general or admiral, when the noun phrase ends there ("The general said", not "the
        // general public"): a rank is resolved against people of that rank (see titleForm). In the
        // plural only with a count ("the two generals", "Both admirals"): "the generals" alone is
        // as often the generals of an army or a junta.
        // (A rank's possessive ends it too: "familiar with the field marshal's schedule".)
        if (!(RANK_HEAD.has(head) && det !== undefined && (plural ? count !== undefined : this.rankPhraseEnds(to) || isPossessive(headTok)))) { i = to - 1; continue; }
      }
      const prev = this.tok(i - 1);
      const hasModifier = countries.length > 0;
      const start = this.starts[i] as number;
      if (!det && !vocative) {
        // Without a determiner only a capitalised nationality + title stands alone (a headline's "Ukrainian Defense Minister").
        // Or a headline's "Australian Counterpart": nationality and role both capitalised.
        // And in a sentence-case headline, the first line: "Austin meets Chinese counterpart in Singapore".
        const headline = !phrase && hasModifier && !plural && GENERIC_ROLE.has(head) && this.sp(j).cap
          && (headTok.cap || (head === 'counterpart' && countries.length === 1 && to <= this.firstLineEnd()));
        if (!(phrase && phrase.capitalized && hasModifier && !plural) && !headline) {
          // Or a bare title opening the headline, followed by the headline's lower-case words
          // ("Foreign Secretary statement on UN chemical weapons report"): see Nominal.unique.
          // In a sentence-case headline the nationality alone is capitalised: "Chinese defense
          // minister holds talks with Malaysian counterpart".
          // (Or no nationality, the title the headline verb's subject: "Defense chief says Hai Kun
          // on track", "Navy chief reviews plan"; resolved only when one person fits, see Nominal.unique.)
          const sentenceCase = i === this.headFrom && phrase !== undefined && (hasModifier || this.headlineVerbAt(to)) && this.sp(i).cap && !headTok.cap && to <= this.firstLineEnd();
          // Or a headline's source at its end: "Ottawa narrows submarine race, defence minister says".
          const headlineSource = phrase !== undefined && !plural && i > 0 && this.sp(i - 1).text === ',' && to <= this.firstLineEnd() && this.headlineSaysAt(to);
          // Or a nationality and title as the object of the headline's verb: "Sisi receives French
          // defence minister" (the one French defence minister the story names).
          const headlineObject = phrase !== undefined && !plural && hasModifier && i > this.headFrom && this.sp(i).cap && !headTok.cap && to <= this.firstLineEnd() && this.headlineVerbAt(i - 1);
          if (!(i === this.headFrom && phrase && (phrase.capitalized || sentenceCase) && !plural && this.headlineGoesOn(to)) && !headlineSource && !headlineObject) { i = to - 1; continue; }
          unique = true;
        }
      }
      // "their Philippine counterparts": resolved through the people "their" stands for (see theirCounterparts).
      const theirs = plural && det === 'their' && head === 'counterpart' && countries.length === 1;
      // "the defence ministers of 15 nations", "the ministers of all member states": a body of
      // ministers, no group of the people named.
      if (plural && this.tok(to)?.lower === 'of' && this.sameLine(to + 1) && GROUP_OF_MANY.test(this.tok(to + 1)?.lower ?? '')) { i = to - 1; continue; }
      // ("The defense chiefs" are the defence ministers, as "the defense chief" is one; other chiefs,
      // "the service chiefs", are often not named.)
      const defenceChiefs = headLower === 'chiefs' && words.some((w) => w === 'defense' || w === 'defence');
      if (plural && !(count || countries.length > 1 || det === 'the' && (COUNTABLE_PLURAL.has(headLower) || headsOnly || defenceChiefs || ministryHeads) || theirs)) { i = to - 1; continue; }
      // "Both men" and "the two women" are the two officials just named; "the three men accused" are not.
      if ((headLower === 'men' || headLower === 'women') && count !== 2 && counted === undefined) { i = to - 1; continue; }
      // Predicates and appositives describe a name already marked: "Ivashov is the former head", "Reznikov, Ukraine's defense minister".
      // ("As the secretary has said" is a clause of its own: its reference is the subject.)
      // (Not the subject of a question, after its verb: "What is the Secretary planning?", "Is the
      // Secretary aware of the problem?")
      // (A possessive reference determines the predicate's noun, it is none: "It was the minister's
      // fourth trip".)
      if (prev && PREDICATE_BEFORE.has(prev.lower) && !(prev.lower === 'as' && (this.saysAt(to) || this.verbAt(to))) && !this.questionSubject(i - 1, to) && !isPossessive(this.sp(to - 1))) { i = to - 1; continue; }
      // An office, not a person: "Office of the Spokesperson", "Department of the Secretary".
      if (prev && prev.lower === 'of' && OFFICE_NOUN.has(this.tok(i - 2)?.lower ?? '')) { i = to - 1; continue; }
      // A statute's office, not its holder: "limits funds until the Secretary of the Army certifies
      // the schedule" (a condition on whoever holds it; see STATUTE_CONDITION).
      if (prev && STATUTE_CONDITION.has(prev.lower) && det === 'the' && !plural && STATUTE_ACT.has(this.tok(to)?.lower ?? '')) { i = to - 1; continue; }
      // "Reznikov, Ukraine's defense minister": an appositive, unless a verb of saying follows and
      // the name's holder does not fit (decided in resolveNominals).
      // The second of two offices in an appositive: "Callum Brierley MP, Deputy Prime Minister and
      // Minister for Defence of Australia," (the name's title; see appositiveTitle).
      if (prev && prev.lower === 'and' && this.secondAppositiveOffice(i, to)) { i = to - 1; continue; }
      const nxt = this.tok(to);
      // (Also after a time: "Christine Lambrecht, then Germany's defence minister,".)
      const timed = prev !== undefined && APPOSITIVE_TIME.has(prev.lower) && this.tok(i - 2)?.text === ',';
      const afterName = prev && (timed ? this.taken[i - 3] : prev.text === ',' && this.taken[i - 2]);
      // (Nor a counted group opening a clause after one person's name: "According to ministry
      // spokesman Janusz Sejmej, the two officials will discuss ...".)
      if (afterName && !(nxt && !this.newLine(to) && (SPEECH_VERB.has(nxt.lower) || (count !== undefined && count > 1 && BARE_GROUP_VERB.has(nxt.lower))))) { i = to - 1; continue; }
      // "the Russian official's" style possessives and "officials" without a count are generic.
      if (nxt && nxt.text === ',' && this.tok(to + 1) && (this.taken[to + 1] || (this.styledAt(to + 1) && this.taken[to + 2]))) { i = to - 1; continue; }
      // "my counterpart" is the speaker's, whom a quotation seldom names: only with a nationality
      // ("my Australian counterpart") does the reference say who it is.
      if (det === 'my' && countries.length === 0) { i = to - 1; continue; }
      if (nxt && !this.newLine(to) && (nxt.lower === 'of' || nxt.lower === 'who' || nxt.lower === 'from') && GENERIC_ROLE.has(head)) { i = to - 1; continue; }
      // "The MP for Barrow" names a constituency's member, whom a member named before need not be.
      if (nxt && !this.newLine(to) && nxt.lower === 'for' && head === 'mp') { i = to - 1; continue; }
      // A capitalised generic role that goes on into a name is that name's word ("under its
      // Official Security Assistance framework", "the Chief Executive Officer"), and so is any
      // capitalised head before an organisation's word ("The Justice Department said").
      if (nxt && !this.newLine(to) && headTok.cap && nxt.word && nxt.cap && ((GENERIC_ROLE.has(head) && !this.taken[to]) || ORGANISATION_END.has(nxt.key))) { i = to - 1; continue; }
      const last = this.sp(to - 1);
      // The lists are kept as exact-size copies: built by push, their backing stores have room for
      // 17 entries (one per 1 MB pass: 1,400 references, whose two lists were 0.25 MB of the
      // officials stage's live heap, which V8 lets grow fourfold; see the README's memory section).
      const nominal: Nominal = { start, end: this.end(to - 1) - (isPossessive(last) ? 2 : 0), head, words: words.slice(), countries: countries.length === 0 ? NO_COUNTRIES : countries.slice(), plural };
      if (count !== undefined) nominal.count = count;
      if (ofCountries) nominal.ofCountries = true;
      if (headsOnly) nominal.headsOnly = true;
      if (unique) nominal.unique = true;
      if (afterName) nominal.afterName = true;
      if (vocative && this.inQuestionTurn(i)) nominal.inQuestion = true;
      else if (vocative) nominal.vocative = true;
      if (department !== undefined) nominal.department = department;
      if (visitor) nominal.visitor = true;
      // The office itself, by its capitalised title of two words or more, as the subject of an
      // event (see HOLDER_VERB): its holder, if the article names nobody who fits.
      if (phrase && phrase.capitalized && headTok.cap && !plural && count === undefined && (det === 'the' || unique) && HOLDER_HEAD.has(head)
        && to - phrase.from >= 2 && !isPossessive(last) && (this.holderVerbAt(to) || (unique && this.headlineVerbAt(to)) || this.andOtherHeadAt(to, phrase))) {
        nominal.holder = { title: this.phraseTitle(phrase), country: countries[0] };
      }
      if (theirs) nominal.theirAt = i;
      out.push(nominal);
      for (let k = i; k < to; k++) this.taken[k] = 1;
      i = to - 1;
      // "the Secretary and Chairman's outreach": a second capitalised office after "and" shares
      // the determiner and is a reference of its own.
      if (det === 'the' && !plural && count === undefined && headTok.cap) {
        const second = this.sharedDeterminerOffice(to);
        if (second !== undefined) {
          out.push(second.nominal);
          for (let k = to; k < second.to; k++) this.taken[k] = 1;
          i = second.to - 1;
        }
      }
    }
    return out;
  }

  /**
   * A capitalised office right after "and" at token k, with no determiner or name of its own, that
   * a reader resolves as a reference: its nominal and the token after it. See findNominals.
   */
  private sharedDeterminerOffice(k: number): { nominal: Nominal; to: number } | undefined {
    if (this.tok(k)?.lower !== 'and' || !this.sameLine(k + 1) || this.taken[k + 1]) return undefined;
    const phrase = this.parseTitle(k + 1);
    if (!phrase || !phrase.capitalized || phrase.from !== k + 1) return undefined;
    const headTok = this.sp(phrase.head);
    const head = headTok.key;
    if (!headTok.cap || !RESOLVABLE_HEAD.has(head) || GENERIC_ROLE.has(head)) return undefined;
    const to = phrase.to;
    // A name after it makes it a title ("and Chairman Gen. Dan Caine"), which stage 1 took.
    const nx = this.tok(to);
    if (nx !== undefined && this.sameLine(to) && nx.cap && nx.word && !isPossessive(this.sp(to - 1))) return undefined;
    const last = this.sp(to - 1);
    const nominal: Nominal = { start: this.starts[k + 1] as number, end: this.end(to - 1) - (isPossessive(last) ? 2 : 0), head, words: this.titleWords(phrase), countries: phrase.countries, plural: false };
    return { nominal, to };
  }

  /**
   * Whether the word at i is a form of address: after "Q:", a comma, "thanks" or "thank you", and
   * before a comma or the end of a sentence, on one line.
   */
  private addressedAt(i: number, to = i + 1): boolean {
    const next = this.tok(to);
    if (!next || this.newLine(to) || !VOCATIVE_PUNCTUATION.has(next.text)) return false;
    const prev = this.tok(i - 1);
    if (!prev || this.newLine(i)) return false;
    if (prev.text === ',' || prev.lower === 'thanks' || prev.lower === 'you') return true;
    // Opening an interviewer's question set in bold, with no label: "**Minister, radars are the
    // gap. Where are you with them?**" (the asterisks open the line; the line asks).
    if (prev.text.charCodeAt(0) === 42 && next.text === ',') {
      let k = i - 1;
      while (k > 0 && k > i - 3 && !this.newLine(k) && this.sp(k - 1).text.charCodeAt(0) === 42) k--;
      if ((k === 0 || this.newLine(k)) && /^\*+$/.test(this.sp(k).text)) {
        const at = this.starts[i + 1] as number;
        const eol = this.text.indexOf('\n', at);
        const ask = this.text.indexOf('?', at);
        if (ask >= 0 && (eol < 0 || ask < eol) && ask - at < 600) return true;
      }
    }
    // Opening a speaker's turn: "Q: General, ...", "ADMIRAL AQUILINO: Senator, I'd prefer ...",
    // "JOURNALIST: Secretary, will ..." (a label in capitals that opens its line).
    if (prev.text === ':') {
      if (this.tok(i - 2)?.text === 'Q' || (next.text === ',' && i >= 2 && this.taken[i - 2] !== 0)) return true;
      // (The label may name the asker's outlet in parentheses: "QUESTION (Reuters): Secretary
      // General, is ...", up to three words.)
      let label = i - 2;
      if (this.tok(label)?.text === ')') {
        let open = label - 1;
        while (open > label - 5 && open > 0 && this.tok(open)?.text !== '(') open--;
        if (this.tok(open)?.text === '(' && this.sameLine(open)) label = open - 1;
      }
      return next.text === ',' && label >= 0 && (label === 0 || this.newLine(label)) && this.sp(label).upper && this.sp(label).word;
    }
    // Opening a sentence of a turn, before a comma: "Thank you, Mr. Chairman. Admiral, how many ...".
    return next.text === ',' && SENTENCE_END.has(prev.text);
  }

  /** Whether a capitalised title at token i is followed on its line by a capitalised word (a name). */
  private nameAfterOffice(i: number): boolean {
    const phrase = this.parseTitle(i);
    if (phrase === undefined || phrase.from !== i) return false;
    const next = this.tok(phrase.to);
    return next !== undefined && this.sameLine(phrase.to) && next.word && next.cap;
  }

  /**
   * Whether a capitalised office of two words or more starts at token i and is addressed (see
   * addressedAt): "Thank you, Deputy Prime Minister.", "Madam Secretary" aside (an honorific).
   */
  private addressedOffice(i: number): boolean {
    if (i <= 0 || i > this.n) return false;
    // Whether the word before may open an address, once per spelling (1 no, 2 yes): asked at most
    // capitalised candidates of findNominals, 9 in 10 of them after no such word (1 MB: 10,500 calls).
    const prevId = this.ids[i - 1] as number;
    let opens = (this.addressOpenerAt ??= new Uint8Array(this.spellings.length))[prevId] as number;
    const prev = this.spellings[prevId] as Token;
    if (opens === 0) {
      opens = prev.text === ',' || prev.text === ':' || prev.lower === 'thanks' || prev.lower === 'you' || SENTENCE_END.has(prev.text) ? 2 : 1;
      this.addressOpenerAt[prevId] = opens;
    }
    if (opens === 1) return false;
    // After a comma only what opens an address ("Thank you, ...", "Yes, ..."): an office between
    // commas after a name is its appositive ("the Rt Hon John Healey MP, Secretary of State for
    // Defence, in Canberra").
    if (prev.text === ',' && !ADDRESS_OPENER.has(this.tok(i - 2)?.lower ?? '')) return false;
    const phrase = this.parseTitle(i);
    return phrase !== undefined && phrase.capitalized && phrase.from === i && phrase.to - i >= 2 && this.lineUpper[i] !== 1
      && VOCATIVE_HEAD.has(this.sp(phrase.head).key) && this.addressedAt(i, phrase.to);
  }

  /** addressedOffice's answers for the word before, by spelling id (0 not asked yet). */
  private addressOpenerAt: Uint8Array | undefined;

  /**
   * Whether token i opens a transcript's speaker label that is an office alone ("CHAIR:",
   * "Chairman:"): the office, then a colon, at the start of a line.
   */
  private officeLabel(i: number): boolean {
    if (!(i === 0 || this.newLine(i))) return false;
    const phrase = this.parseTitle(i);
    return phrase !== undefined && phrase.capitalized && phrase.from === i && this.tok(phrase.to)?.text === ':' && this.sameLine(phrase.to)
      && !this.spaced(phrase.to);
  }

  /**
   * Whether the verb at token v opens a question whose subject starts after it: "Is" opening the
   * sentence, or "is"/"was" after a question word ("What is the Secretary planning?"), and the
   * sentence ends in a question mark after the reference (ending at `to`) within twenty tokens.
   */
  private questionSubject(v: number, to: number): boolean {
    const verb = this.sp(v).lower;
    if (verb !== 'is' && verb !== 'was' && verb !== 'are' && verb !== 'were') return false;
    const before = this.tok(v - 1);
    const opens = v === 0 || this.newLine(v) || before === undefined || SENTENCE_END.has(before.text) || before.text === '"' || before.text === '“';
    if (!opens && !(before !== undefined && QUESTION_WORD.has(before.lower) && this.sameLine(v))) return false;
    for (let k = to; k < to + 20 && k < this.n && this.sameLine(k); k++) {
      const t = this.sp(k).text;
      if (t === '?') return true;
      if (SENTENCE_END.has(t)) return false;
    }
    return false;
  }

  /** Whether token i opens its line, or follows only a "The" that does. */
  private opensLine(i: number): boolean {
    if (i === 0 || this.newLine(i)) return true;
    return i === 1 ? this.sp(0).lower === 'the' : this.newLine(i - 1) && this.sp(i - 1).lower === 'the';
  }

  /**
   * The person whose speaker label opens the line of the offset `at` ("SECRETARY HEGSETH:"), or
   * undefined. `named` is every named mention in text order (see allMentions).
   */
  private turnSpeaker(named: () => { offsets: Float64Array; owners: Int32Array }, at: number): Person | undefined {
    // The line's first token, walked back over the tokens, and its label before the look-up of
    // the named mentions (listed only for a label's line).
    let t = this.tokenAt(at);
    for (let steps = 0; t > 0 && !this.newLine(t) && steps < 400; steps++) t--;
    if (t > 0 && !this.newLine(t)) return undefined;
    const start = this.starts[t] as number;
    // (The line's own label: not a line that opens with a speaker's name in a sentence, "Lavrov
    // also recalled that ...".)
    if (!this.labelAt(start)) return undefined;
    const { offsets, owners } = named();
    const k = countBelow(offsets, start);
    if (k >= offsets.length || offsets[k] !== start) return undefined;
    const p = this.people[owners[k] as number];
    return p !== undefined && this.isSpeaker(p) ? p : undefined;
  }

  /**
   * "the Minister" in a Member's turn of a Hansard debate: the minister who answers in the debate,
   * the next turn's speaker when asked ("Will the Minister confirm ...?"), else the last one's ("I
   * thank the Minister for that answer"), not a minister the debate mentions in passing ("Norway's
   * Defence Minister"). Undefined outside a debate or when that speaker is no minister.
   */
  private debateMinister(nom: Nominal, named: { offsets: Float64Array; owners: Int32Array }): Person | undefined {
    if (nom.head !== 'minister' || nom.words.length !== 1 || nom.plural || this.text.charCodeAt(nom.start) !== 116) return undefined;
    const own = this.hansardTurnSpeaker(named, nom.start, 0);
    const p = own && this.hansardTurnSpeaker(named, nom.start, this.askedAt(nom.end) ? 1 : -1, own);
    return p && this.fitsTest(nom)(p) ? p : undefined;
  }

  /**
   * Whether the sentence from offset `at` on its line ends in a question mark: a vocative there
   * asks the person addressed, who answers next ("MS. HOULAHAN: Mr. Secretary, how many ...?"),
   * where a witness's "Senator, we have ..." answers the one who asked.
   */
  private askedAt(at: number): boolean {
    const text = this.text;
    for (let k = at, steps = 0; k < text.length && steps < 400; k++, steps++) {
      const c = text.charCodeAt(k);
      if (c === 63) return true;
      if (c === 46 || c === 33 || c === 10 || c === 13) return false;
    }
    return false;
  }

  /** Whether token i is on a line that opens a reporter's question of a transcript ("Q: ..."). */
  private inQuestionTurn(i: number): boolean {
    let k = i;
    // Back to the line's first token (a turn's first sentence; a long turn's later ones are not asked).
    for (let steps = 0; k > 0 && !this.newLine(k) && steps < 64; steps++) k--;
    if (k > 0 && !this.newLine(k)) return false;
    const label = this.sp(k).text;
    return (label === 'Q' || label === 'QUESTION' || label === 'Question') && this.tok(k + 1)?.text === ':';
  }

  /**
   * The speaker of the turn after the line of offset `at` in a transcript (the next line that a
   * named speaker's label opens, within a few lines), or undefined.
   */
  private nextTurnSpeaker(named: { offsets: Float64Array; owners: Int32Array }, at: number): Person | undefined {
    const text = this.text;
    let lines = 0;
    for (let c = at, end = Math.min(text.length, at + 3000); c < end; c++) {
      const ch = text.charCodeAt(c);
      if (ch !== 10 && ch !== 13) continue;
      if (ch === 13 && text.charCodeAt(c + 1) === 10) c++;
      let start = c + 1;
      while (start < end && (text.charCodeAt(start) === 10 || text.charCodeAt(start) === 13)) start++;
      const k = countBelow(named.offsets, start);
      if (k < named.offsets.length && named.offsets[k] === start) {
        const p = this.people[named.owners[k] as number];
        return p !== undefined && this.isSpeaker(p) ? p : undefined;
      }
      // (Only the next turn: a line of another label, "Q:" or a speaker the recognisers did not
      // name, ends the search.)
      if (++lines >= 3 || text.charCodeAt(start) === 81) return undefined;
      c = start - 1;
    }
    return undefined;
  }

  /**
   * Whether a person speaks in a transcript: one of their named mentions opens a line and ends at
   * a colon ("MR. RYDER:", "SECRETARY AUSTIN:", "Gen. Milley:"), with only capitalised words and
   * small words of a title between.
   */
  private isSpeaker(p: Person): boolean {
    // The answers by person index: 0 not asked yet, 1 no, 2 yes (a Map keyed by the person was
    // most of this method's time, asked for every reference that went to someone).
    if (this.speakerAnswers.length <= p.index) {
      const grown = new Uint8Array(Math.max(64, this.people.length * 2));
      grown.set(this.speakerAnswers);
      this.speakerAnswers = grown;
    }
    const answer = this.speakerAnswers[p.index] as number;
    if (answer !== 0) return answer === 2;
    let known = false;
    const text = this.text;
    for (const o of p.positions) {
      if (o > 0 && text.charCodeAt(o - 1) !== 10 && text.charCodeAt(o - 1) !== 13) continue;
      if (this.labelAt(o)) { known = true; break; }
    }
    this.speakerAnswers[p.index] = known ? 2 : 1;
    return known;
  }

  /** Whether a speaker's label and its colon open the line at offset o. */
  private labelAt(o: number): boolean {
    const text = this.text;
    // A colon within the label's length on the line (a bounded look, not indexOf to the end of the text).
    for (let c = o, end = Math.min(text.length, o + 80); c < end; c++) {
      const ch = text.charCodeAt(c);
      if (ch === 58) return isSpeakerLabel(withoutLabelNote(text.slice(o, c)));
      if (ch === 10 || ch === 13) return false;
    }
    return false;
  }
  /** isSpeaker's answers. */
  private speakerAnswers = new Uint8Array(0);

  /** The country of a possessive right before token i on its line ("South Korea's", "Russia's"), if any. */
  private possessiveCountryBefore(i: number): string | undefined {
    if (i === 0 || !this.sameLine(i)) return undefined;
    const t = this.sp(i - 1);
    if (!t.word || !t.cap || !isPossessive(t)) return undefined;
    return (i >= 2 && this.sameLine(i - 1) ? this.countryPairAt(i - 2) : undefined) ?? isDemonymOrCountry(t);
  }

  /**
   * Where a title at token i starts with the ministry or department named before it: "Ministry of
   * | Foreign Affairs spokesperson", "Chinese Ministry of | National Defense spokesperson",
   * "Department of | Defense spokesperson" (the title walk stops at "of"). The first token of
   * "<Ministry> of [the]" and a nationality before it, on the line and not taken; i when there is none.
   */
  private ministryOfLead(i: number): number {
    let k = i - 1;
    if (k < 1 || !this.sameLine(i)) return i;
    if (this.sp(k).lower === 'the' && this.sameLine(k)) k--;
    if (k < 1 || this.sp(k).lower !== 'of' || !this.sameLine(k)) return i;
    const org = this.sp(k - 1);
    // "Armed Forces of the Philippines Chief of Staff": the armed forces named for their country;
    // "Joint Chiefs of Staff Chairman": a staff named before its chairman.
    const pairLead = k >= 2 && LEAD_PAIR.get(org.key) === this.sp(k - 2).key && this.sp(k - 2).cap && this.sameLine(k - 1) && !this.taken[k - 2];
    if (!org.cap || !(MINISTRY_WORD.has(org.key) || pairLead) || this.taken[k - 1] || this.taken[k]) return i;
    let from = pairLead ? k - 2 : k - 1;
    // A nationality or a country's possessive before it, of one word or two ("South Korea's").
    if (from > 1 && this.sameLine(from - 1) && !this.taken[from - 2] && this.countryPairAt(from - 2) !== undefined) from -= 2;
    else if (from > 0 && this.sameLine(from) && !this.taken[from - 1] && isDemonymOrCountry(this.sp(from - 1)) !== undefined) from--;
    return from;
  }

  /** The title phrase with the ministry before it (see ministryOfLead): its words in the title, its nationality the country. */
  private withMinistry(phrase: TitlePhrase, lead: number, i: number): TitlePhrase {
    const pair = this.countryPairAt(lead);
    const nationality = pair ?? isDemonymOrCountry(this.sp(lead));
    const orgAt = pair !== undefined ? lead + 2 : nationality !== undefined ? lead + 1 : lead;
    // A country the phrase opens with is the ministry's or the forces' ("Armed Forces of the
    // Philippines | Chief of Staff"): in the title too, which otherwise has no countries.
    let ownTo = i;
    if (phrase.countries.length > 0) while (ownTo < phrase.head && isDemonymOrCountry(this.sp(ownTo)) !== undefined) ownTo++;
    const own = this.text.slice(this.starts[i] as number, this.starts[ownTo] as number);
    const title = `${this.text.slice(this.starts[orgAt] as number, this.starts[i] as number)}${own}${this.phraseTitle(phrase)}`;
    const countries = phrase.countries.length > 0 || nationality === undefined ? phrase.countries : [nationality];
    return { ...phrase, from: lead, title, countries };
  }

  /** The token that opens the line after the headline's (n when there is none), found once. */
  private firstLineEnd(): number {
    if (this.firstLineEndAt < 0) {
      let k = this.headFrom + 1;
      while (k < this.n && !this.newLine(k)) k++;
      this.firstLineEndAt = k;
    }
    return this.firstLineEndAt;
  }

  /** Whether token k, on the line, is a verb of saying, or "has" or "had" before one ("has said"). */
  private saysAt(k: number): boolean {
    const t = this.tok(k);
    if (t === undefined || this.newLine(k)) return false;
    if (SPEECH_VERB.has(t.lower)) return true;
    const v = this.tok(k + 1);
    return (t.lower === 'has' || t.lower === 'had') && v !== undefined && !this.newLine(k + 1) && SPEECH_VERB.has(v.lower);
  }

  /** Whether token k, on the reference's line, is a verb that makes the title before it the subject of one event (HOLDER_VERB). */
  private holderVerbAt(k: number): boolean {
    const t = this.tok(k);
    if (t === undefined || this.newLine(k) || !t.word || t.cap) return false;
    // "has" and "had" as the perfect of an event ("has authorized", "had met"), not possession
    // ("the Secretary has the authority to ...", the office in general).
    if (t.lower === 'has' || t.lower === 'had') {
      const v = this.tok(k + 1);
      return v !== undefined && !this.newLine(k + 1) && v.word && !v.cap && (PARTICIPLE.has(v.lower) || (v.lower.length > 4 && (v.lower.endsWith('ed') || v.lower.endsWith('en'))));
    }
    return HOLDER_VERB.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ed'));
  }

  /**
   * Whether token k is the verb of a headline opening with a title: a lower-case word in the third
   * person ("Defence Secretary secures progress on ...", "backs", "visits"), not a noun the title
   * qualifies ("Foreign Secretary statement on ...").
   */
  private headlineVerbAt(k: number): boolean {
    const t = this.tok(k);
    if (t === undefined || this.newLine(k) || !t.word || t.cap || t.lower.length < 4) return false;
    return t.lower.endsWith('s') && !t.lower.endsWith('ss') && !t.lower.endsWith('ics') && !t.lower.endsWith('ons');
  }

  /** Whether a reference is a bare "the Secretary of State", of no stated country (see resolveNominals: a British cabinet secretary). */
  private britishSecretaryOfState(nom: Nominal): boolean {
    return nom.head === 'secretary' && !nom.plural && nom.countries.length === 0 && nom.words.join(' ') === 'secretary of state';
  }

  /**
   * Marks a reference to an office holder the article never names (no named person fits it): one
   * entity per title and country, named by the title ("Foreign Secretary"), so that every such
   * reference to the same office is one entity.
   */
  private markHolder(nom: Nominal, holder: { title: string; country: string | undefined }): void {
    const country = holder.country ?? (titleCountry(holder.title) || undefined);
    const key = `h:${holder.title.toLowerCase()}|${country ?? ''}`;
    if (!this.holders.has(key)) this.holders.set(key, { key, title: holder.title, country });
    this.spans.push(nom.start, nom.end, true, key);
  }

  /** Whether token k is a verb of saying that ends the headline's line ("..., defence minister says"). */
  private headlineSaysAt(k: number): boolean {
    const v = this.tok(k);
    if (v === undefined || this.newLine(k) || !HEADLINE_SAYS.has(v.lower)) return false;
    const after = this.tok(k + 1);
    return after === undefined || this.newLine(k + 1);
  }

  /** Whether token k is a verb opening a clause's predicate ("as the Indian defense chief arrived"): one of AFTER_RANK_HEAD's or a past tense in "-ed". */
  private verbAt(k: number): boolean {
    const t = this.tok(k);
    return t !== undefined && !this.newLine(k) && t.word && !t.cap && t.lower !== 'and' && (AFTER_RANK_HEAD.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ed')));
  }

  /**
   * Whether the noun phrase of a rank head ends before token k: punctuation, the end of the line,
   * or a word that cannot continue a noun phrase ("said", "was", "and", a verb in "-ed"). Common nouns after
   * "general" make it an adjective ("the general public").
   */
  private rankPhraseEnds(k: number): boolean {
    const t = this.tok(k);
    if (t === undefined || this.newLine(k) || !t.word) return true;
    // A verb in the past tense ("agreed", "stressed") or one of the listed words.
    return !t.cap && (AFTER_RANK_HEAD.has(t.lower) || PREPOSITION_AFTER_RANK.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ed')));
  }

  /**
   * Whether token k goes on a headline after a bare title: a lower-case word on the same line
   * ("statement", "welcomes"), or in a headline in title case a verb in the third person
   * ("Crown Prince Receives Japanese Defense Minister").
   */
  private headlineGoesOn(k: number): boolean {
    const t = this.tok(k);
    if (t === undefined || !this.sameLine(k) || !t.word || this.lineUpper[k] === 1 || !hasLetter(t.text)) return false;
    if (!t.cap) return true;
    const lw = t.lower;
    return !t.upper && lw.length >= 4 && lw.endsWith('s') && !lw.endsWith('ss') && !lw.endsWith('ics') && !lw.endsWith('ons')
      && (factsOf(t) & (TITLE_START | NAME_PREFIX_WORD)) === 0 && isDemonymOrCountry(t) === undefined && this.titleCaseLine(k);
  }

  /**
   * Whether a person fits a nominal reference's nationality and office words. The test is split
   * into what depends on the reference alone (worked out once per distinct reference) and what
   * depends on the person (their title, lower-cased once in stage 3). The profile showed fits at 2-5% of the engine on 1 MB, nearly all of it
   * lower-casing, replacing and splitting the same titles and words for every person.
   */
  private fitsTest(nom: Nominal, country?: string, criteria = this.fitCriteria(nom, country)): (p: Person) => boolean {
    const { wantCountry, generic, wantsPrime, absentQualifiers, absentBits, hyphenAbsentBits, qualifierBits: wantedBits, qualifiers, contained, acronyms, initials, organisation } = criteria;
    const leader = nom.head === 'leader';
    const headOfState = this.namesHeadOfState(nom);
    // A bare rank reference ("General", "the general"), with no words of its own to ask the office for.
    // (With a rank's own qualifier too: "the vice admiral", "The rear admiral" are asked of the rank,
    // not of an office the person also holds, whose "deputy" the reference leaves out.)
    const rankHead = GRADED_RANK.has(nom.head) && qualifiers.every((q) => RANK_GRADE_WORD.has(q)) && contained.length === 0 && initials.length === 0;
    const topDiplomat = criteria.topDiplomat;
    // `office`: the title without the rank that titleForm appends to it, for the qualifiers a
    // reference leaves out ("the envoy" is "Retired Lt. Gen. Keith Kellogg, the special envoy
    // for Ukraine": the rank's "lieutenant" is no qualifier of the envoy's office).
    const fitsTitle = (title: string, office = title): boolean => {
      if (leader && NOT_A_LEADER.test(title)) return false;
      // "the top U.S. diplomat" is the Secretary of State, "Japan's top diplomat" its foreign minister.
      if (topDiplomat) return FOREIGN_MINISTER.test(title);
      if (nom.head === 'diplomat') return DIPLOMATIC_TITLE.test(title);
      if (nom.head === 'delegate') return ENVOY_TITLE.test(title);
      // Nobody "in" a ministry heads it: "the head of the Ministry of National Defence" is not the
      // "Secretary of State in the Ministry of National Defence".
      if (nom.head === 'head' && title.includes(' in the ')) return false;
      // "The head of state" is a president or a monarch (not a head of government, nor a deputy).
      if (criteria.stateHead) return STATE_HEAD.test(title) && !NOT_HEAD.test(title);
      // "The head of government" is a prime minister, a premier or a chancellor (not a deputy).
      if (criteria.governmentHead) return GOVERNMENT_HEAD.test(title) && !NOT_HEAD.test(title);
      if (!generic) {
        // (As a whole word's start, not inside a longer one: a presidential spokesman is no president.)
        // Or the head's other words for the office (see HEAD_ALSO).
        if (!hasHead(title, nom.head) && HEAD_ALSO.get(nom.head)?.test(title) !== true) return false;
        if (nom.head === 'minister' && title.includes('prime minister') !== wantsPrime) return false;
        // A minister of state is a junior minister: "the Minister of Defence" is not the "Minister
        // of State for Defence" (a reference that names the portfolio must say "of State"; a bare
        // "the minister" may still be them).
        if (nom.head === 'minister' && contained.length > 0 && title.includes('minister of state') && !nom.words.includes('state')) return false;
        // Nor is civil defence defence: "the Minister for Defence" is not the "Minister for Civil Defence".
        if (contained.length > 0 && title.includes('civil defense') && !nom.words.includes('civil')) return false;
        // The office has none of the qualifiers the reference leaves out, as a word or joined by a
        // hyphen ("the Secretary-General" is not "Under-Secretary-General Rosemary DiCarlo").
        // (A spokesperson's qualifiers are the body's: "the spokesman" of a "Foreign Ministry spokesperson".)
        const bits = HEAD_ALSO.get(nom.head) === SPOKES_TITLE ? 0 : qualifiersIn(office);
        if ((bits & absentBits) !== 0 || ((bits >>> HYPHENED_SHIFT) & hyphenAbsentBits) !== 0) return false;
      }
      // And the title has every qualifier the reference has.
      if (wantedBits !== 0 && (qualifiersIn(title) & wantedBits) !== wantedBits) return false;
      // ("The Navy chief" is the Chief of Naval Staff.)
      for (let k = 0; k < contained.length; k++) {
        const w = contained[k] as string;
        // An acronym opens a word of the title, not the inside of one: "the HAL chief" is no "Air
        // Chief Marshal". Or the text spells it out and the title has its first word ("the IAF
        // chief" of "Indian Air Force" is the "Chief of the Air Staff"; see acronymLeadWord).
        if (acronyms.includes(w)) {
          if (!startsWordIn(title, w) && !spellsInitials(title, w) && !(byLeadWord.includes(w) && this.leadWordIn(title, w))) return false;
          continue;
        }
        // (At a word's start: "the air chief" is no "HAL chairman", whose "chairman" holds "air".)
        if (!startsWordIn(title, w) && !(w === 'navy' && title.includes('naval'))) return false;
      }
      // An organisation's initials are in the title as written or spelled out ("AFP", "armed forces").
      for (let k = 0; k < initials.length; k++) {
        const w = initials[k] as string;
        if (!hasWord(title, w) && !title.includes(ORG_SPELLED_OUT.get(w) as string)) return false;
      }
      return true;
    };
    // The acronyms no title has as written or spelled out, which the text's spelling-out may still
    // match ("The DAPA minister" is the minister whose title has "DAPA", not the "Defense Minister").
    const byLeadWord = acronyms.length === 0 ? acronyms : acronyms.filter((w) => !this.people.some((p) => { const t = this.titleForm(p); return startsWordIn(t, w) || spellsInitials(t, w); }));
    const department = nom.department;
    return (p: Person): boolean => {
      if (organisation && p.organization === undefined) return false;
      if (department !== undefined && p.country !== undefined && p.country !== department) return false;
      // A leader of no known country may be the one a nationality names ("President Vladimir
      // Putin" ... "The Russian leader"); see fittingFor.
      // So may an office holder of no known country when the article is datelined in that country's
      // capital ("JERUSALEM (Reuters) - ... Defence Minister Yoav Gallant ... The Israeli defence
      // minister"): news names its own country's officials without a nationality.
      if (wantCountry && p.country !== wantCountry && !(p.country === undefined && (headOfState || (wantCountry === this.home && this.officeAtHome(p))))) return false;
      // "General" addressed to "Pentagon Press Secretary Maj. Gen. Pat Ryder": a rank reference
      // is asked of the rank alone (the office's "press" is no qualifier of it).
      if (rankHead && p.rank !== undefined) return this.rankFits(nom, p.rank, absentQualifiers, qualifiers);
      // Someone of no stated office is no "leader": "his Philippine counterpart, Gilberto Teodoro
      // Jr., ... President Ferdinand Marcos Jr., where the Philippine leader" is the president.
      if (leader && !nom.plural && p.title === undefined && p.rank === undefined) return false;
      if (nom.head === 'officer') return p.rank !== undefined || (p.title !== undefined && headRank(p.title) !== undefined);
      if (fitsTitle(this.titleForm(p), p.rank === undefined || rankHead ? undefined : this.officeOnlyForm(p))) return true;
      // A holder of two offices ("Deputy Prime Minister and Minister of National Defence") is
      // also referred to by either one alone: "The Polish minister" is the defence minister,
      // though the two offices together hold a "prime" and a "deputy" the reference lacks.
      const offices = this.officeForms(p);
      return offices !== undefined && (fitsTitle(offices[0]) || fitsTitle(offices[1]));
    };
  }

  /**
   * The first word, lower-cased, of the text's spelling-out of an acronym, after its nationality:
   * "air" for "IAF" in a text that writes "the Indian Air Force" (capitalised words whose
   * initials are the acronym's letters, small words between them skipped); '' when the text has
   * none. Worked out once per acronym (fitsTest asks it of every person's title).
   */
  private acronymLeadWord(acronym: string): string {
    let lead = this.acronymLeads.get(acronym);
    if (lead !== undefined) return lead;
    lead = '';
    if (/^[a-z]{2,6}$/.test(acronym)) {
      const words = [...acronym.toUpperCase()].map((c) => `${c}[a-z]+`).join('(?: (?:of|for|and|the))* ');
      const words2 = new RegExp(`\\b${words}\\b`).exec(this.text)?.[0].toLowerCase().split(' ') ?? [];
      lead = words2.find((w) => !INITIALS_SMALL_WORD.has(w) && !countryByDemonym(w) && !countryByName(w)) ?? '';
    }
    this.acronymLeads.set(acronym, lead);
    return lead;
  }

  /** Whether a title has acronymLeadWord's word for an acronym (never when the text has none). */
  private leadWordIn(title: string, acronym: string): boolean {
    const lead = this.acronymLeadWord(acronym);
    return lead !== '' && hasWord(title, lead);
  }

  /** acronymLeadWord's answers for this text. */
  private readonly acronymLeads = new Map<string, string>();

  /** Whether a person's rank ("Maj. Gen.") fits a rank reference ("General", "the general"). */
  private rankFits(nom: Nominal, rank: string, absentQualifiers: readonly string[], qualifiers: readonly string[] = []): boolean {
    const form = writtenRanks(rank.toLowerCase());
    if (!form.includes(nom.head)) return false;
    for (let k = 0; k < qualifiers.length; k++) if (!hasWord(form, qualifiers[k] as string)) return false;
    for (let k = 0; k < absentQualifiers.length; k++) if (hasWord(form, absentQualifiers[k] as string)) return false;
    return true;
  }

  /**
   * What fitsTest decides by, derived from the reference alone, and `key`, a string equal for two
   * references exactly when their tests are: the head only when it is no generic role, "prime"
   * only for a minister, the qualifiers and contained words as sorted sets (the test asks each of
   * them, in any order). fittingFor shares one answer per key: a 10 MB corpus had 636 distinct
   * references but far fewer distinct tests (see fittingFor).
   */
  private fitCriteria(nom: Nominal, country: string | undefined): {
    wantCountry: string | undefined; generic: boolean; wantsPrime: boolean;
    absentQualifiers: string[]; absentBits: number; hyphenAbsentBits: number; qualifierBits: number; qualifiers: string[]; contained: string[]; acronyms: string[]; initials: string[]; key: string; topDiplomat: boolean; stateHead: boolean; governmentHead: boolean; organisation: boolean;
  } {
    const wantCountry = country ?? (nom.countries.length === 1 ? nom.countries[0] : undefined);
    const words = nom.words.map((w) => (w === 'u.n' || w === 'e.u' ? w.replace('.', '') : w.replace(DEFENCE, 'defense')));
    const generic = GENERIC_ROLE.has(nom.head);
    const wantsPrime = words.includes('prime');
    // Qualifiers of titles that the reference leaves out ("the secretary" is not the press secretary).
    // A general officer's grade is no qualifier of "the general": a lieutenant general or a vice
    // admiral is "the general", "the admiral" in later references, and a lieutenant colonel "the
    // colonel" (while "the lieutenant" is none of them: it is the head there, not a qualifier).
    const grades = GRADED_RANK.has(nom.head);
    const absentQualifiers = generic ? [] : [...QUALIFIER].filter((q) => !words.includes(q) && !(grades && (q === 'lieutenant' || q === 'vice')));
    // Those that no word of the reference opens with a hyphen either ("under" is in "The
    // Under-Secretary-General"), asked of hyphenated words of the title too (see fitsTest).
    const hyphenAbsent = absentQualifiers.filter((q) => !words.some((w) => w.startsWith(`${q}-`)));
    const qualifiers: string[] = [];
    const contained: string[] = [];
    // Initials of an organisation (see ORG_SPELLED_OUT): asked of the title in either form.
    const initials: string[] = [];
    let organisation = false;
    for (let x = 0; x < words.length; x++) {
      const w = words[x] as string;
      if (ORG_SPELLED_OUT.has(w)) { initials.push(w); continue; }
      // "the alliance chief": the holder of an international organisation's office.
      if (BLOC_WORD.has(w)) { organisation = true; continue; }
      if (QUALIFIER.has(w)) { qualifiers.push(w); continue; }
      if (w === nom.head || PLURAL_ROLE.has(w) || GENERIC_ROLE.has(w)) continue;
      if (countryByDemonym(w) || countryByName(w)) continue;
      // The "of" before a country the office is of: "The President of Russia" is a president.
      if (w === 'of' && x + 1 < words.length && countryByName(words[x + 1] as string)) continue;
      // A two-word nationality ("south" and "korean" of "South Korean", "north" of "North
      // Korean"), whose second word may be no nationality of its own ("Korean").
      if (twoWordCountryFirsts.has(w) && nom.countries.length > 0) {
        const second = words[x + 1];
        if (second !== undefined && countryByKeyPair(w, second) !== undefined) x++;
        continue;
      }
      if (NOT_CONTAINED.has(w)) continue;
      contained.push(w);
    }
    // Contained words the reference writes in capitals, which a title may have spelled out ("The
    // IAEA chief" of the "International Atomic Energy Agency Director General": see spellsInitials).
    const acronyms = contained.length === 0 ? NO_WORDS : contained.filter((w) => w.length >= 2 && w.length <= 6 && writtenInCapitals(this.text, nom.start, nom.end, w));
    // absentQualifiers follows from the qualifiers (words that are qualifiers are exactly those).
    const topDiplomat = nom.head === 'diplomat' && nom.words.includes('top');
    const stateHead = namesStateHead(nom);
    const governmentHead = !stateHead && namesHeadOf(nom, 'government');
    const key = `${wantCountry ?? ''}\u0000${generic ? (nom.head === 'leader' ? 'leader' : '') : topDiplomat ? 'top diplomat' : stateHead ? 'head of state' : governmentHead ? 'head of government' : nom.head}\u0000${!generic && nom.head === 'minister' && wantsPrime ? 'p' : ''}`
      + `\u0000${[...new Set(qualifiers)].sort().join('\u0001')}\u0000${[...new Set(contained)].sort().join('\u0001')}\u0000${[...new Set(initials)].sort().join('\u0001')}`
      + (organisation ? '\u0000o' : '') + (nom.department !== undefined ? `\u0000d${nom.department}` : '') + (nom.words.includes('former') ? '\u0000former' : '')
      + (acronyms.length > 0 ? `\u0000a${acronyms.join('\u0001')}` : '');
    return {
      wantCountry, generic, wantsPrime, absentQualifiers, absentBits: qualifierMask(absentQualifiers), hyphenAbsentBits: qualifierMask(hyphenAbsent),
      qualifierBits: qualifierMask(qualifiers), qualifiers, contained, acronyms, initials, key, topDiplomat, stateHead, governmentHead, organisation,
    };
  }

  /**
   * A person's title lower-cased with "defence" spelled "defense", rank abbreviations written out
   * ("gen." -> "general": "The general" is Gen. Valery Gerasimov), and their rank after it when
   * the title is an office the rank followed ("Chief of General Staff" and "general"), and the
   * first of two offices joined by "and" ("prime minister crown prince"); stage 3 only.
   */
  private titleForm(p: Person): string {
    let title = this.titleCache[p.index];
    if (title === undefined) {
      // (Most people of an article share their title's words with others: "Defence Minister".)
      title = p.otherOffice === undefined ? officeFormOfOne(this.mainOffice(p)) : officeForm(this.mainOffice(p), p.otherOffice);
      this.titleCache[p.index] = title;
    }
    return title;
  }

  /** titleForm without the rank (for a person who has one), worked out once per person. */
  private officeOnlyForm(p: Person): string {
    let form = this.officeOnlyCache.get(p);
    if (form === undefined) { form = p.otherOffice === undefined ? officeFormOfOne(p.title ?? '') : officeForm(p.title ?? '', p.otherOffice); this.officeOnlyCache.set(p, form); }
    return form;
  }
  private readonly officeOnlyCache = new Map<Person, string>();

  /** A person's title with their rank after it (see titleForm), as written. */
  private mainOffice(p: Person): string {
    return p.rank === undefined ? p.title ?? '' : `${p.title ?? ''} ${p.rank}`;
  }

  /**
   * The forms (see titleForm) of each of two offices a person holds, each on its own; undefined
   * for the holder of one office.
   */
  private officeForms(p: Person): readonly [string, string] | undefined {
    if (p.otherOffice === undefined) return undefined;
    let forms = this.officeFormCache[p.index];
    if (forms === undefined) {
      forms = [officeFormOfOne(this.mainOffice(p)), officeFormOfOne(p.otherOffice)];
      this.officeFormCache[p.index] = forms;
    }
    return forms;
  }

  /**
   * The people that fit a nominal reference, computed once per distinct reference (country, head
   * and words) rather than once per reference and person: references repeat ("his counterpart"),
   * and an assembled corpus has over a thousand people. Stage 3 does not change people, so the
   * answer cannot go stale.
   */
  private fittingFor(nom: Nominal, country: string | undefined): Fitting {
    const wantCountry = country ?? (nom.countries.length === 1 ? nom.countries[0] : undefined);
    // The signature (country, head, words) is a path in a tree of tables, not a joined string:
    // the parts are mostly token strings whose hashes V8 keeps, where the joined key was built and
    // hashed anew per reference (heap profile: the largest garbage of stage 3).
    let node = fittingChild(this.fitting, wantCountry ?? '');
    if (nom.department !== undefined) node = fittingChild(node, `\u0001${nom.department}`);
    node = fittingChild(node, nom.head);
    for (let k = 0; k < nom.words.length; k++) node = fittingChild(node, nom.words[k] as string);
    let fit = node.fit;
    if (fit) return fit;
    // A reference with a nationality only fits people of that country: start from them (in person
    // order, as the full list would give) instead of testing every person of the article.
    if (wantCountry !== undefined && this.byCountry === undefined) {
      this.byCountry = new Map();
      for (const p of this.people) {
        if (p.country === undefined) continue;
        const list = this.byCountry.get(p.country);
        if (list) list.push(p); else this.byCountry.set(p.country, [p]);
      }
    }
    let pool = wantCountry !== undefined ? this.byCountry?.get(wantCountry) ?? [] : this.people;
    // "The Russian leader" with no Russian leader in the article is one whose country it never
    // stated ("President Vladimir Putin"): only then are those people asked.
    const criteria = this.fitCriteria(nom, country);
    // References that differ only in words the test ignores or repeats share one answer (see
    // below). Asked before the test is built: the pools below decide nothing for a shared answer,
    // and asking them first ran the test over the article's people for 136 of the 213 distinct
    // references of 1 MB only to return the answer found before.
    fit = this.fittingByTest.get(criteria.key);
    if (fit) { node.fit = fit; return fit; }
    const test = this.fitsTest(nom, country, criteria);
    // The dateline's country also has the office holders of no stated country (see fitsTest), when
    // none of its own stated ones fits: "The Kazakh minister" in an article from Astana is the
    // "Kazakh Defense Minister" named, not a minister whose country the text left unsaid.
    if (wantCountry !== undefined && wantCountry === this.home && !pool.some(test)) pool = this.people.filter((p) => p.country === wantCountry || (p.country === undefined && this.officeAtHome(p)));
    // (Not a former holder: "The former Dutch prime minister" is no prime minister in office whose
    // country the text left unsaid.)
    const widened = wantCountry !== undefined && this.namesHeadOfState(nom) && !pool.some(test) && !nom.words.includes('former');
    // Only when one such person fits: of two presidents of no stated country, which is "the
    // French president" is unknown.
    if (widened) {
      pool = this.people.filter((p) => p.country === undefined && this.isHeadOfState(p));
      if (pool.filter(test).length !== 1) pool = [];
    }
    // References that differ only in words the test ignores or repeats share one answer (asked
    // above): on 10 MB, 636 distinct references came to 45 distinct sets of people, and filtering
    // every person and merging the mentions per reference made stage 3 grow faster than the text
    // (the merged mentions were 465,000 offsets against 66,000 for the distinct sets).
    let people = pool.filter(test);
    // "President Emmanuel Macron ... then-French president Nicolas Sarkozy ... The French leader":
    // one introduced as a past holder holds the office no longer, so a reference that does not
    // say "former" is to those who hold it now, when one of them fits (two for a plural: "the
    // envoys" with one envoy in office is left as it was).
    if (people.length > 1 && !nom.words.includes('former')) {
      const present = people.filter((p) => !this.namedAsPastHolder(p));
      if (present.length > (nom.plural ? 1 : 0)) people = present;
    }
    // "Medvedev ... Putin ... The former president": one who held the office before, by the public
    // figures base ("President of Russia 2008–2012"), rather than the one who holds it now.
    let pastHolders = false;
    if (nom.words.includes('former')) {
      // (Or of another country now, whose past office the base places in that country: "The former
      // Dutch prime minister" is NATO's secretary general, "Prime Minister of the Netherlands 2010–2024".)
      const past = this.people.filter((p) => p.figure !== undefined && (wantCountry === undefined || p.country === wantCountry ? heldInPast(p.figure.offices, nom.head) : heldInPast(p.figure.offices, nom.head, wantCountry)));
      if (past.length > 0) { people = past; pastHolders = true; }
    }
    // Every mention of every fitting person, sorted by offset and then by person order: the
    // nearest person before an offset is then one binary search away.
    // When everyone of the country fits (most references with a nationality), the mentions are
    // those of the country's people, merged once per country rather than once per reference.
    let merged: { offsets: Float64Array; owners: Int32Array } | undefined;
    if (wantCountry !== undefined && !widened && !pastHolders && people.length === pool.length) {
      merged = this.countryMentions.get(wantCountry);
      if (merged === undefined) { merged = this.mentionsOf(pool); this.countryMentions.set(wantCountry, merged); }
    } else {
      // Different tests can still pick the same people (by country, by title): merged once per set.
      // (Found by a number made of the people's indices, the set compared on a match: the indices
      // joined into a string key were 0.2% of a 1 MB pass, hundreds of people per set.)
      let setKey = people.length;
      for (let k = 0; k < people.length; k++) setKey = Math.imul(setKey ^ (people[k] as Person).index, 0x01000193) >>> 0;
      const sets = this.mentionsBySet.get(setKey);
      merged = sets?.find((e) => samePeople(e.people, people))?.merged;
      if (merged === undefined) {
        merged = this.mentionsOf(people);
        if (sets !== undefined) sets.push({ people, merged }); else this.mentionsBySet.set(setKey, [{ people, merged }]);
      }
    }
    const { offsets, owners } = merged;
    fit = { people, offsets, owners };
    node.fit = fit;
    this.fittingByTest.set(criteria.key, fit);
    return fit;
  }

  /**
   * Whether a person's first mention opens with a past office ("then-French president Nicolas
   * Sarkozy", "former Defence Minister ...", "ex-President ..."): see fittingFor.
   */
  private namedAsPastHolder(p: Person): boolean {
    const at = p.positions[0];
    return at !== undefined && (/^(?:(?:then|ex)-|former\s)/i.test(this.text.slice(at, at + 7)) || /(?:\b(?:then|ex)-|\bformer\s+)$/i.test(this.text.slice(Math.max(0, at - 8), at)));
  }

  /**
   * The person "The nominee" at `start` stands for: of the people named before it, the latest
   * named whose first mention follows "nominee" in its sentence ("the administration's nominee for
   * Assistant Secretary of the Air Force, Dr. Jane Roe, ... The nominee said"). Once per reference.
   */
  private nomineeBefore(start: number): Person | undefined {
    let best: Person | undefined;
    let bestAt = -1;
    for (const p of this.people) {
      const first = p.positions[0];
      if (first === undefined || first >= start) continue;
      // (A short abbreviation may open the name's span: "Dr.", "Gen.", "Lt. Gen.")
      if (!/\bnominee\b[^.;:!?\n]*(?:[A-Z][a-z]{0,3}\.\s+)*$/.test(this.text.slice(Math.max(0, first - 160), first))) continue;
      const last = lastBefore(p.positions, start);
      if (last > bestAt) { best = p; bestAt = last; }
    }
    return best;
  }

  /**
   * The person "his predecessor" at `start` stands for: the one the person named last before it
   * was said to have succeeded or replaced, in one sentence ("Gen. A succeeded Gen. B in March.
   * A and his predecessor have warned" is B); undefined when the text says no such thing.
   */
  private predecessorBefore(named: { offsets: Float64Array; owners: Int32Array }, start: number): Person | undefined {
    const lo = countBelow(named.offsets, start);
    if (lo === 0) return undefined;
    const owner = this.people[named.owners[lo - 1] as number] as Person;
    for (const a of owner.positions) {
      if (a >= start) break;
      for (const p of this.people) {
        if (p === owner) continue;
        for (const b of p.positions) {
          if (b <= a || b >= start || b - a > 160) continue;
          const between = this.text.slice(a, b);
          if (/\b(?:succeeded|replaced)\s+(?:[A-Z][a-z]{0,3}\.\s+)*$/.test(between) && !/\n|[a-z]{4}[.!?]\s/.test(between)) return p;
        }
      }
    }
    return undefined;
  }

  /** Stage 3 only: mentionsInOrder(this.people), computed once. */
  private allMentions(): { offsets: Float64Array; owners: Int32Array } {
    return (this.everyMention ??= mentionsInOrder(this.people));
  }

  /**
   * mentionsInOrder(people) for people in person order (stage 3 only). A large group is cut out of
   * every person's merged mentions instead of sorted again: "his counterpart" or "the two
   * leaders" fit most people of the article, and sorting their thousands of mentions per distinct
   * reference was the top function of stage 3 (profile: mentionsInOrder 3.8% of the officials
   * stages). The cut keeps the merged order, offsets then person order, and a person's index in
   * `people` rises with their index in the article, so ties stay in `people` order.
   */
  private mentionsOf(people: readonly Person[]): { offsets: Float64Array; owners: Int32Array } {
    if (people.length < 64) return mentionsInOrder(people);
    if (people.length === this.people.length) return this.allMentions();
    const all = this.allMentions();
    const local = new Int32Array(this.people.length).fill(-1);
    let total = 0;
    for (let k = 0; k < people.length; k++) {
      const p = people[k] as Person;
      local[p.index] = k;
      total += p.positions.length;
    }
    const offsets = new Float64Array(total);
    const owners = new Int32Array(total);
    let m = 0;
    for (let q = 0; q < all.offsets.length; q++) {
      const k = local[all.owners[q] as number] as number;
      if (k < 0) continue;
      offsets[m] = all.offsets[q] as number;
      owners[m++] = k;
    }
    return { offsets, owners };
  }

  /**
   * Whether a reference names a head of state or government ("the Russian leader", "The Greek
   * premier", "the Indian prime minister", "the French president"): one of no stated country may
   * be the one its nationality names, when nobody of that country fits (see fittingFor).
   */
  private namesHeadOfState(nom: Nominal): boolean {
    if (namesStateHead(nom)) return true;
    const h = nom.head;
    if (h === 'leader' || h === 'premier' || h === 'president' || h === 'chancellor' || h === 'king' || h === 'queen' || h === 'emir') return !nom.words.some((w) => NOT_HEAD.test(w));
    return h === 'minister' && nom.words.includes('prime') && !nom.words.some((w) => NOT_HEAD.test(w));
  }

  /** Whether a person's title is a head of state's or government's ("President", "Prime Minister"; not a vice or deputy). */
  private isHeadOfState(p: Person): boolean {
    // Once per person (their title form is fixed in stage 3, see titleForm): headsOf and the
    // group references asked it of the same people for every distinct reference (profile: the two
    // regular expressions were most of headsOf's 0.9% of a 1 MB pass, inlining off). 0 unknown,
    // 1 yes, 2 no.
    let known = this.headOfState;
    if (known === undefined || known.length < this.people.length) {
      const grown = new Uint8Array(this.people.length);
      if (known !== undefined) grown.set(known);
      known = this.headOfState = grown;
    }
    let r = known[p.index] as number;
    if (r === 0) {
      const title = this.titleForm(p);
      r = HEAD_OF_STATE.test(title) && !NOT_HEAD.test(title) ? 1 : 2;
      known[p.index] = r;
    }
    return r === 1;
  }
  /** isHeadOfState's answers by person index. */
  private headOfState: Uint8Array | undefined;

  /** The heads of state or government among a Fitting's people, with their mentions (once per Fitting). */
  private headsOf(fit: Fitting): Fitting {
    let heads = this.headsByFitting.get(fit);
    if (heads === undefined) {
      const people = fit.people.filter((p) => this.isHeadOfState(p));
      heads = { people, ...this.mentionsOf(people) };
      this.headsByFitting.set(fit, heads);
    }
    return heads;
  }

  /**
   * `pair` (the two people latest before `start`) widened to every fitting person whose latest
   * mention before `start` is in the sentence of the latest one's, in order of recency, up to ten;
   * `pair` itself when that sentence names no more.
   */
  private sameSentenceGroup(fit: Fitting, start: number, pair: Person[]): Person[] {
    const wider = this.latestBefore(fit, start, 10);
    if (wider.length <= pair.length) return pair;
    const last = lastBefore((wider[0] as Person).positions, start);
    const out = wider.slice(0, pair.length);
    if (!out.every((p) => pair.includes(p))) return pair;
    for (let k = pair.length; k < wider.length; k++) {
      const at = lastBefore((wider[k] as Person).positions, start);
      if (at < 0 || this.sentenceEndBetween(at, last)) break;
      out.push(wider[k] as Person);
    }
    return out;
  }

  /**
   * The two people who met in the sentences just before offset `start` (within 400 characters),
   * as the text names them around its last "met": "A and B met" or "A, the ... minister, met
   * [with] B" (the names right before and right after the verb, in one sentence). Undefined when
   * no such meeting is written there, or when it has more than two ("A met B and C").
   */
  private pairWhoMet(start: number): [Person, Person] | undefined {
    const text = this.text;
    // (Searched in the 400 characters only: a search back from each group of a text without a
    // meeting went to its start, quadratic on a text of such groups.)
    const from = Math.max(0, start - 400);
    const found = text.slice(from, start).lastIndexOf(' met ');
    if (found < 0) return undefined;
    const at = from + found;
    const { offsets, owners } = this.allMentions();
    const k = countBelow(offsets, at);
    if (k === 0) return undefined;
    const subjectAt = offsets[k - 1] as number;
    if (this.sentenceEndBetween(subjectAt, at)) return undefined;
    const subject = this.people[owners[k - 1] as number] as Person;
    let other: Person | undefined;
    // "A and B met": the name before B's, joined by "and" alone.
    if (k >= 2 && text.slice(offsets[k - 2] as number, subjectAt).endsWith(' and ') && !this.sentenceEndBetween(offsets[k - 2] as number, subjectAt)) {
      other = this.people[owners[k - 2] as number];
    } else if (k < offsets.length) {
      // "A met B", "A met with B": the name right after the verb.
      const gap = text.slice(at + 5, offsets[k] as number);
      if (gap === '' || gap === 'with ') other = this.people[owners[k] as number];
      // (Not a meeting of more: "A met B and C in Tokyo", "A met B, C and D".)
      if (other !== undefined && k + 1 < offsets.length) {
        const between = text.slice(offsets[k] as number, offsets[k + 1] as number);
        if (between.length < 90 && (between.includes(' and ') || between.includes(', ')) && !this.sentenceEndBetween(offsets[k] as number, offsets[k + 1] as number)) return undefined;
      }
    }
    return other === undefined || other === subject ? undefined : [other, subject];
  }

  /** The `want` people of two latestBefore lists named last before `start`, latest first. */
  private latestOfBoth(a: readonly Person[], b: readonly Person[], start: number, want: number): Person[] {
    const all = [...new Set([...a, ...b])];
    return all.map((p) => ({ p, last: Math.max(lastBefore(p.positions, start), lastBefore(p.late, start)) }))
      .sort((x, y) => y.last - x.last).slice(0, want).map((r) => r.p);
  }

  /**
   * The `want` fitting people named most recently before `start`, most recent first (ties in
   * person order), or fewer when fewer were named before it. Walks back through the merged
   * mentions; a long run of one person's mentions would make that walk long, so after a bounded
   * number of steps it ranks every fitting person instead.
   */
  private latestBefore(fit: Fitting, start: number, want: number): Person[] {
    const { offsets, owners, people } = fit;
    const lo = countBelow(offsets, start);
    const out: Person[] = [];
    const seen = new Set<number>();
    let k = lo - 1;
    for (let steps = 0; k >= 0 && out.length < want; steps++) {
      if (steps > 256) {
        return people
          .map((p) => ({ p, last: lastBefore(p.positions, start) }))
          .filter((r) => r.last >= 0)
          .sort((a, b) => b.last - a.last)
          .slice(0, want)
          .map((r) => r.p);
      }
      // Mentions at one offset are ordered by person; the earlier person ranks first.
      let first = k;
      while (first > 0 && offsets[first - 1] === offsets[k]) first--;
      for (let m = first; m <= k && out.length < want; m++) {
        const owner = owners[m] as number;
        if (!seen.has(owner)) { seen.add(owner); out.push(people[owner] as Person); }
      }
      k = first - 1;
    }
    return out;
  }

  /** Records an indefinite generic role ("a senior U.S. official") starting at token j; true when found. */
  private anonymousHead(j: number): boolean {
    for (let k = j; k < j + 6 && this.sameLine(k); k++) {
      const w = this.sp(k);
      if (w.text === '.' && !this.spaced(k)) continue; // "U.S."
      if (!w.word) return false;
      if (ANONYMOUS_HEAD.has(w.key)) {
        const list = this.anonymous.get(w.key);
        const at = this.starts[k] as number;
        if (list) list.push(at); else this.anonymous.set(w.key, [at]);
        return true;
      }
      if (!(w.cap || TITLE_MODIFIER.has(w.key) || ANONYMOUS_MODIFIER.has(w.key))) return false;
    }
    return false;
  }

  /**
   * The person a group reference is the object of (see resolveNominals): a verb in lower case right
   * before the reference, and the sentence opened, before that verb, by a mention of that person
   * ("Philippine Ambassador Jose Manuel Romualdez joined the two leaders").
   */
  private objectOfSubject(nom: Nominal): Person | undefined {
    const at = this.tokenAt(nom.start);
    const verb = this.tok(at - 1);
    if (verb === undefined || !verb.word || verb.cap || this.newLine(at) || !(verb.lower.endsWith('ed') || verb.lower.endsWith('s'))) return undefined;
    // The sentence's first token, walked back (a sentence of a few dozen tokens).
    let k = at - 1;
    for (let steps = 0; k > 0 && steps < 60 && !this.newLine(k) && this.sp(k - 1).text !== '.'; steps++) k--;
    const start = this.starts[k] as number;
    const named = this.allMentions();
    const q = countBelow(named.offsets, start);
    if (q >= named.offsets.length || named.offsets[q] !== start) return undefined;
    return this.people[named.owners[q] as number];
  }

  /** Stage 3b: links each descriptive reference to the nearest fitting person (before it, else after it). */
  private resolveNominals(nominals: Nominal[]): void {
    if (nominals.length > 0) this.home = this.dateline();
    // One packed slot per person for titleForm (people no longer change).
    for (let k = this.titleCache.length; k < this.people.length; k++) this.titleCache.push(undefined);
    // The person named last before the reference; when nobody fitting was named before it, the one
    // named first after it. Ties go to the person found first.
    const pick = (nom: Nominal, country?: string, excluded?: (p: Person) => boolean): Person | undefined => {
      let fit = this.fittingFor(nom, country);
      // "The Turkish leader" is the head of state or government when one was named before it, not
      // the minister named since ("Turkish President Recep Tayyip Erdogan met Turkish Defence
      // Minister Yasar Guler. The Turkish leader told reporters.").
      if (nom.head === 'leader' && !nom.plural && fit.offsets.length > 0) {
        const heads = this.headsOf(fit);
        if (heads.offsets.length > 0 && (heads.offsets[0] as number) < nom.start) fit = heads;
      }
      if (!excluded) {
        const { offsets, owners } = fit;
        if (offsets.length === 0) return undefined;
        const lo = countBelow(offsets, nom.start);
        // Nobody of the dateline's country named before the reference: the office holder of no
        // stated country named before it is the dateline's own, not the one of its country named
        // only later ("JAKARTA -- Defence Minister Sjafrie ... Guler and his Indonesian counterpart
        // ... Indonesian Navy Chief ... Muhammad Ali"; see fittingFor).
        if (lo === 0) {
          const own = this.homeHolderBefore(nom, country, fit);
          if (own !== undefined) return own;
        }
        let k = lo > 0 ? lo - 1 : 0;
        while (k > 0 && offsets[k - 1] === offsets[k]) k--;
        if (lo > 1) { const first = this.firstConjunct(fit, k); if (first !== undefined) return first; }
        return fit.people[owners[k] as number];
      }
      // With exclusions (people already in a group, the owner of "his counterpart"), walk outwards
      // from the reference through the fitting mentions: nearest before first, then nearest after.
      // The walk is bounded so that thousands of mentions of excluded people stay linear overall.
      const { offsets, owners } = fit;
      const lo = countBelow(offsets, nom.start);
      for (let k = lo - 1, steps = 0; k >= 0 && steps < 256; k--, steps++) {
        const p = fit.people[owners[k] as number] as Person;
        if (!excluded(p)) return p;
      }
      for (let k = lo, steps = 0; k < offsets.length && steps < 256; k++, steps++) {
        const p = fit.people[owners[k] as number] as Person;
        if (!excluded(p)) return p;
      }
      return undefined;
    };
    // The last reference resolved to one person (only the last is asked: see lastPersonBefore);
    // kept as two values, not a record per reference.
    let resolvedPos = -1;
    let resolvedPerson: Person | undefined;
    // Every named mention in text order (ties in person order); built when the first "his
    // counterpart" needs it.
    let named: { offsets: Float64Array; owners: Int32Array } | undefined;
    // Whether anyone speaks under a label of the transcript (see isSpeaker); asked once, when a question addresses someone.
    let anySpeaker: boolean | undefined;
    /** The holders a government's own "the President" or "the Prime Minister" stood for, by office. */
    const ownHolders = new Map<string, { title: string; country: string | undefined }>();
    for (const nom of nominals) {
      if (nom.theirAt !== undefined) { this.theirCounterparts(nom, nom.theirAt); continue; }
      if (nom.plural || nom.count !== undefined) {
        let members: Person[] = [];
        if (nom.countries.length > 1) {
          for (const c of nom.countries) { const p = pick(nom, c, (q) => members.includes(q)); if (p) members.push(p); }
          if (members.length !== nom.countries.length) continue;
        } else {
          // "the ministers" after "European Union foreign ministers agreed ...": the unnamed group
          // the text spoke of, not the two ministers it named since.
          if (nom.count === undefined && this.unnamedGroupBefore(nom)) continue;
          const want = nom.count ?? 2;
          // The most recently named fitting people before the reference.
          // A counted group ("The two ministers") names the people just discussed, whose titles
          // may differ (a foreign minister and a secretary of state): any official fits.
          // People whose title fits come first ("the two presidents"); when too few fit, any official.
          // (Not the subject of the verb the group is the object of: "Ambassador Jose Manuel
          // Romualdez joined the two leaders" are the two named before him.)
          const subject = this.objectOfSubject(nom);
          let latest = subject === undefined ? this.latestBefore(this.fittingFor(nom, undefined), nom.start, want)
            : this.latestBefore(this.fittingFor(nom, undefined), nom.start, want + 1).filter((p) => p !== subject).slice(0, want);
          // A spokesperson who speaks of the group is seldom one of it: "Kosiniak-Kamysz will meet
          // Pete Hegseth. According to ministry spokesman Janusz Sejmej, the two officials ..."
          // (unless the group is of spokespeople, or too few others were named).
          if (nom.count !== undefined && !nom.head.startsWith('spokes') && latest.some(isSpokesperson)) {
            const others = this.latestBefore(this.fittingFor(nom, undefined), nom.start, want + 2).filter((p) => p !== subject && !isSpokesperson(p)).slice(0, want);
            if (others.length === want) latest = others;
          }
          // A secretary of a cabinet is one of its ministers: "The two ministers" after "Defence
          // Secretary John Healey met Turkish Defence Minister Yasar Guler" are those two, not two
          // people named since with other offices.
          const secretaries: Nominal | undefined = nom.head === 'minister' && (latest.length < want || (nom.count !== undefined && nom.count >= 3))
            ? { ...nom, head: 'secretary', words: nom.words.map((w) => (w === 'minister' || w === 'ministers' ? 'secretary' : w)) } : undefined;
          if (secretaries !== undefined && latest.length < want) {
            latest = this.latestOfBoth(latest, this.latestBefore(this.fittingFor(secretaries, undefined), nom.start, want), nom.start, want);
          } else if (secretaries !== undefined) {
            // Likewise in a group of three or more when enough ministers were named, if a cabinet
            // secretary was named after one of them: "The three ministers" after an Egyptian host
            // and then the French and German foreign ministers and the British Foreign Secretary are
            // the last three, not the host. (Not in a pair: "both ministers" of a bilateral visit
            // are the two ministers, not a minister and the host's secretary of defense, or a
            // defence secretary who is a civil servant, as India's is.)
            const cabinet = this.latestBefore(this.fittingFor(secretaries, undefined), nom.start, want).filter(isCabinetSecretary);
            if (cabinet.length > 0) latest = this.latestOfBoth(latest, cabinet, nom.start, want);
          }
          // Not for an office whose holders the text names as such: "the two presidents" after two
          // generals are presidents the text has not named, not the generals.
          if (latest.length < want && nom.count !== undefined && !NAMED_OFFICE_GROUP.has(nom.head)) {
            // (Built only when asked: most groups have enough fitting people.)
            const anyone: Nominal = { ...nom, head: 'leader', words: nom.words.filter((w) => countryByKey(w) !== undefined) };
            latest = this.latestBefore(this.fittingFor(anyone, undefined), nom.start, want);
            // (Not with someone of no office the text states: "MR MILLER: ... the Secretary spoke
            // with Foreign Minister Hakan Fidan, and the two ministers" are not the spokesman and Fidan.)
            if (latest.some((p) => p.title === undefined && p.rank === undefined)) continue;
          }
          if (latest.length < want) continue;
          // "the two officers" are officers: not a minister and an ambassador named before them.
          if (nom.head === 'officer' && !latest.every(isOfficer)) continue;
          // "The two heads of state" are heads of state or government, named that many.
          if (nom.headsOnly) {
            latest = this.latestBefore(this.headsOf(this.fittingFor(nom, undefined)), nom.start, want);
            if (latest.length < want) continue;
          }
          // "The leaders" without a count are the two heads of a bilateral text, and only then: after
          // a summit of many they are all of them, whom no pair stands for.
          if (nom.head === 'leader' && nom.count === undefined && this.latestBefore(this.headsOf(this.fittingFor(nom, undefined)), nom.start, 3).length !== 2) continue;
          // "The two leaders" after the heads of government and their ministers are the heads
          // (when that many were named before), whoever was named last.
          if (nom.head === 'leader' && latest.some((p) => !this.isHeadOfState(p))) {
            const heads = this.latestBefore(this.headsOf(this.fittingFor(nom, undefined)), nom.start, want);
            if (heads.length === want) latest = heads;
          }
          // "The two leaders" after a secretary, a minister and the general who also attended are
          // the two civilians: an officer counts among the leaders only when skipping one would
          // reach back past the people just named.
          // "Both military leaders" are the officers named last, not an ambassador named since.
          if (nom.head === 'leader' && nom.words.includes('military')) {
            const anyone: Nominal = { ...nom, head: 'leader', words: nom.words.filter((w) => countryByKey(w) !== undefined) };
            const officers = this.latestBefore(this.fittingFor(anyone, undefined), nom.start, want + 2).filter(isOfficer).slice(0, want);
            if (officers.length === want) latest = officers;
          } else if (nom.head === 'leader' && latest.some(isOfficer)) {
            const civilians = this.latestBefore(this.fittingFor(nom, undefined), nom.start, want + 1).filter((p) => !isOfficer(p));
            if (civilians.length === want) latest = civilians;
          }
          // "The Ministers" without a count after one sentence that named four of them (a 2+2's
          // foreign and defence ministers) are all four: the people that sentence names beside the
          // latest one, up to ten.
          // A pair is the two who just met, when they fit: "B, the Saudi defence minister, met British
          // Defence Secretary C. The two ministers discussed ..." are B and C, not A, named before
          // them, and B; "A and B met in Warsaw. The meeting was attended by C. The Ministers ..."
          // are A and B (a meeting's participants are what a pair after it speaks of).
          if (want === 2 && nom.head !== 'leader' && !nom.headsOnly) {
            const met = this.pairWhoMet(nom.start);
            if (met !== undefined && !(latest.includes(met[0]) && latest.includes(met[1]))) {
              const fits = (p: Person): boolean => this.fittingFor(nom, undefined).people.includes(p) || (nom.head === 'minister' && isCabinetSecretary(p));
              if (fits(met[0]) && fits(met[1])) latest = met;
            }
          }
          if (nom.count === undefined && nom.head !== 'leader' && !nom.headsOnly) latest = this.sameSentenceGroup(this.fittingFor(nom, undefined), nom.start, latest);
          // "the three countries' leaders" are one of each country: not a president and his
          // defence minister with a visiting secretary (leaders the text never names).
          if (nom.ofCountries && (latest.some((p) => p.country === undefined) || new Set(latest.map((p) => p.country)).size !== latest.length)) continue;
          members = latest.sort((a, b) => (a.positions[0] ?? 0) - (b.positions[0] ?? 0));
        }
        const key = 'g:' + members.map((m) => m.key).join('+');
        this.spans.push(nom.start, nom.end, true, key, { group: true, members: members.map((m) => m.key) });
        continue;
      }
      if (nom.head === 'nominee' || nom.head === 'predecessor') {
        const q = nom.head === 'nominee' ? this.nomineeBefore(nom.start) : this.predecessorBefore(named ??= this.allMentions(), nom.start);
        if (q !== undefined) this.spans.push(nom.start, nom.end, true, q.key);
        continue;
      }
      if (nom.afterName) {
        // The person named last before the reference (a binary search: a lookup per reference
        // in the span list would be quadratic on text made of such clauses).
        named ??= this.allMentions();
        const { offsets, owners } = named;
        const lo = countBelow(offsets, nom.start);
        const before = lo > 0 ? this.people[owners[lo - 1] as number] : undefined;
        if (before === undefined || this.fitsTest(nom)(before)) continue;
      }
      let excluded: ((q: Person) => boolean) | undefined;
      // "Q: Thanks, General." is said to the briefer, not to a general the briefer mentioned (when
      // the transcript labels its speakers; else the briefer may be the officer named before).
      if (nom.inQuestion && (anySpeaker ??= this.people.some((q) => this.isSpeaker(q)))) excluded = (q) => !this.isSpeaker(q);
      // "SECRETARY TEODORO: Thank you, Mr. Secretary." is said to someone else: nobody addresses
      // himself (nor calls himself by his title: see below).
      if (nom.vocative) {
        const speaker = this.turnSpeaker(() => (named ??= this.allMentions()), nom.start);
        if (speaker !== undefined) excluded = (q) => q === speaker;
      }
      if (nom.visitor && excluded === undefined) {
        const host = this.home ?? this.commonestCountry();
        excluded = (q) => q.country === undefined || q.country === host;
      }
      if (nom.head === 'counterpart' && nom.countries.length === 0) {
        // "his counterpart" is not the person "his" refers to (the one mentioned last), nor anyone
        // from that person's country.
        const owner = this.subjectOwner(named ??= this.allMentions(), nom.start) ?? this.ownerBefore(named, nom.start, resolvedPos, resolvedPerson);
        if (owner) excluded = (q) => q === owner || (owner.country !== undefined && q.country === owner.country);
      }
      // A headline's generic "Defense chief" is no spokesperson of the ministry: with one other
      // person fitting, it is that one ("Defense chief says ..." of Minister of National Defense X,
      // with a Defense Ministry spokesperson also named).
      if (nom.unique && excluded === undefined && GENERIC_ROLE.has(nom.head) && this.fittingFor(nom, undefined).people.length === 2
        && this.fittingFor(nom, undefined).people.filter(isSpokesperson).length === 1) {
        excluded = isSpokesperson;
      } else if (nom.unique && this.fittingFor(nom, undefined).people.length !== 1) {
        if (nom.holder && this.fittingFor(nom, undefined).people.length === 0) this.markHolder(nom, nom.holder);
        continue;
      }
      // A government's own "the President" before any president is named is its own, whom the
      // text may never name ("The President will meet President Lee Jae-myung"), and so is every
      // later one: the style keeps "President Lee" for the other (see ownHeadOfStateReference).
      const ownHead = excluded === undefined && this.ownHeadOfStateReference(nom);
      const own = ownHead ? nom.words.join(' ') : undefined;
      if (own !== undefined) {
        const earlier = ownHolders.get(own);
        if (earlier !== undefined) { this.markHolder(nom, earlier); continue; }
        // (Only when a president is named later, whom the reference would otherwise be read as:
        // with none named, a bare "The President" may be the office in general, and stays unmarked.)
        const fit = this.fittingFor(nom, undefined);
        const fitting = fit.offsets;
        if (fitting.length > 0 && countBelow(fitting, nom.start) === 0) {
          // (Not a possessive before a capitalised word: "The Prime Minister's Questions session" is
          // an event's name, and "the President's Trip to Asia" a headline's.)
          if (this.possessiveBeforeCapital(nom)) continue;
          // The government's own head named later is that head: "Manila said the President had been
          // briefed. President Ferdinand Marcos Jr. will ..." (the dateline's country is his), and
          // later references find him as the latest named.
          const later = fit.people[fit.owners[0] as number];
          if (later !== undefined && later.country !== undefined && later.country === this.home) {
            this.spans.push(nom.start, nom.end, true, later.key);
            continue;
          }
          const holder = { title: this.officeText(nom), country: this.home };
          ownHolders.set(own, holder);
          this.markHolder(nom, holder);
          continue;
        }
      }
      // A department's briefing speaks of its head as "the Secretary" and may never name him ("MR
      // MILLER: This morning the Secretary spoke with Turkish Foreign Minister Hakan Fidan"): in a
      // transcript with speaker labels, with no secretary named anywhere, every such "the
      // Secretary" is that one holder of the office.
      if (excluded === undefined && this.bareSecretary(nom) && this.fittingFor(nom, undefined).people.length === 0
        && (anySpeaker ??= this.people.some((q) => this.isSpeaker(q)))) {
        this.markHolder(nom, { title: 'Secretary', country: this.home });
        continue;
      }
      // "Q: Mr. Secretary, on the Patriot batteries? SECRETARY RUBIO: ..." is asked of whoever
      // answers, when the title fits them.
      // So is a member's "MS. HOULAHAN: Mr. Secretary, how many ...?" in a hearing.
      const answering = nom.inQuestion || (nom.vocative && this.askedAt(nom.end)) ? this.nextTurnSpeaker(named ??= this.allMentions(), nom.start) : undefined;
      // (An under, deputy or assistant secretary is addressed as "Mr. Secretary" too, by protocol;
      // a vice president is "Mr. Vice President".)
      let p = answering !== undefined && (this.fitsTest(nom)(answering) || (nom.words.length === 1 && hasHead(this.titleForm(answering), nom.head) && !this.titleForm(answering).includes('vice'))) ? answering : this.debateMinister(nom, named ??= this.allMentions()) ?? pick(nom, undefined, excluded);
      // "the Secretary" in a department's own text is its secretary, whoever was named last: "Pentagon
      // Press Secretary Pat Ryder said the Secretary ..." after "Secretary of State Antony Blinken"
      // is the Secretary of Defense named before.
      // (Only over the other department's secretary: after "Secretary Teodoro replied", a Philippine
      // secretary of national defense, "The Secretary" is still the one named last.)
      if (p !== undefined && answering === undefined && excluded === undefined && this.bareSecretary(nom)) p = this.departmentSecretary(nom, p) ?? p;
      // A readout's "The Secretary" after its principal "spoke with" another secretary is the
      // principal: "Secretary of State A spoke today with Philippine Secretary of Foreign Affairs B.
      // The Secretary reaffirmed ..." is A (see contactSubject).
      if (p !== undefined && answering === undefined && excluded === undefined && this.bareSecretary(nom)) {
        p = this.contactSubject(p, nom.start, this.fitsTest(nom)) ?? p;
        // Nor is it the object of its own subject's verb: "Secretary Manalo thanked the Secretary"
        // thanks someone else (the principal named before).
        const chosen = p;
        if (this.subjectOfVerbBefore(chosen, nom.start)) p = pick(nom, undefined, (q) => q === chosen);
      }
      // Nor does a speaker call himself by his title: "SECRETARY DRISCOLL: The Secretary has
      // directed us" is the Secretary he serves. (Asked only when the reference went to one of the
      // transcript's speakers: finding the turn of every reference was 2% of a 1 MB analysis.)
      if (p !== undefined && excluded === undefined && !nom.plural && this.isSpeaker(p)) {
        const speaker = this.turnSpeaker(() => (named ??= this.allMentions()), nom.start);
        if (speaker === p) p = pick(nom, undefined, (q) => q === speaker);
      }
      // "the President" in a government's own text is its own president: "Secretary of Defense
      // Lloyd J. Austin III met Ukrainian President Volodymyr Zelenskyy ... the President has
      // directed another package" is the US president, whom the text may not name.
      if (p !== undefined && p.country !== undefined && ownHead) {
        const own = this.ownCountry(p.country);
        if (own !== undefined) {
          const q = pick(nom, own);
          if (q !== undefined && q.country !== p.country) p = q;
          else { this.markHolder(nom, { title: this.officeText(nom), country: own }); continue; }
        }
      }
      // "Lecornu said ... His German counterpart said": of the people of that nationality named
      // before, one who holds the owner's portfolio (the defence minister, not the general named
      // since).
      if (p !== undefined && nom.head === 'counterpart' && nom.countries.length === 1 && !nom.plural) {
        const owner = this.ownerBefore(named ??= this.allMentions(), nom.start, resolvedPos, resolvedPerson);
        const want = owner !== undefined ? this.portfolio(owner) : undefined;
        if (want !== undefined && this.portfolio(p) !== want) {
          // pick's bounded walk out from the reference, past the people of another portfolio; or,
          // when no one of that nationality holds it, the one of no stated country who does ("his
          // Ukrainian counterpart" is "Defense Minister Rustem Umerov", not the air force commander
          // named with his country since).
          const owned = owner as Person;
          p = pick(nom, undefined, (q) => q === owner || this.portfolio(q) !== want)
            // (Not in a text datelined in the owner's country, whose people of no stated country
            // are the owner's compatriots: "NEW DELHI: ... defence secretary Rajesh Kumar Singh ...
            // defence minister Rajnath Singh and his French counterpart".)
            ?? (owned.country !== undefined && owned.country !== nom.countries[0] && this.dateline() !== owned.country ? this.unstatedCounterpart(owned, nom.start) : undefined) ?? p;
        }
      }
      if (!p && nom.head === 'counterpart' && nom.countries.length === 1) {
        // "Minister Nakatani thanked his Australian counterpart" in a release that names its own
        // minister without a nationality: the one person of no stated country, named before,
        // who holds the owner's portfolio (foreign affairs or defence).
        const owner = this.ownerBefore(named ??= this.allMentions(), nom.start, resolvedPos, resolvedPerson);
        if (owner !== undefined && owner.country !== undefined && owner.country !== nom.countries[0]) p = this.unstatedCounterpart(owner, nom.start);
      }
      // "Defence Secretary John Healey ... The British minister said": with no minister of that
      // country named, a secretary of its cabinet is its minister (as in counted groups, below).
      if (!p && nom.head === 'minister' && !nom.plural && nom.countries.length === 1 && nom.words.every((w) => w === 'minister' || countryByKey(w) !== undefined)) {
        p = pick({ ...nom, head: 'secretary', words: nom.words.map((w) => (w === 'minister' ? 'secretary' : w)) });
      }
      // "Defence Secretary John Healey ... The Secretary of State said": with no Secretary of State
      // named, a British cabinet secretary is one (each heads a department as a Secretary of
      // State); the office alone would otherwise be read as the American one.
      if (!p && this.britishSecretaryOfState(nom)) p = pick({ ...nom, words: ['secretary'] }, undefined, (q) => q.country !== 'United Kingdom' || !isCabinetSecretary(q));
      if (!p) {
        if (nom.holder && this.fittingFor(nom, undefined).people.length === 0) this.markHolder(nom, nom.holder);
        continue;
      }
      if (GENERIC_ROLE.has(nom.head) || SPOKES_HEAD.has(nom.head)) {
        const last = lastBefore(p.positions, nom.start);
        const anonymous = lastBefore(this.anonymous.get(nom.head) ?? [], nom.start);
        // (Not the person's own appositive: "Guo Jiakun, a Foreign Ministry spokesperson, said".)
        if (anonymous > last && !(last >= 0 && anonymous - last < 120 && APPOSITIVE_ROLE_BETWEEN.test(this.text.slice(last, anonymous)))) continue;
        // Nor someone named after the unnamed one in its sentence: "A senior defense official
        // traveling with Secretary Austin told reporters ... the official said" (unless named as
        // its appositive: "A senior official, John Doe, said").
        if (anonymous >= 0 && last > anonymous && last - anonymous < 300 && !SENTENCE_END_BETWEEN.test(this.text.slice(anonymous, last)) && !/^[\w-]+,\s*$/.test(this.text.slice(anonymous, last))) continue;
      }
      resolvedPos = nom.start;
      resolvedPerson = p;
      this.spans.push(nom.start, nom.end, true, p.key);
    }
  }

  /**
   * "Austin and Blinken thanked their Philippine counterparts" (`nom`, with "their" at token `at`):
   * the counterparts are the people of that nationality named before the reference, other than
   * the owners (the people "their" stands for, see subjectOf). Marked as a group when they are two
   * or more, as the one person when one, and left unmarked when the owners are unclear, one of them
   * has that nationality, or more people of it were named than there are owners (each owner has
   * one counterpart, so a surplus means some named person is no counterpart, and which is unclear).
   */
  private theirCounterparts(nom: Nominal, at: number): void {
    const owners = this.subjectOf(at);
    if (owners === undefined) return;
    const country = nom.countries[0] as string;
    for (const o of owners) if (o.country === country) return;
    const found: Person[] = [];
    for (const p of this.people) {
      if (p.country !== country || owners.includes(p)) continue;
      if (lastBefore(p.positions, nom.start) >= 0) found.push(p);
    }
    if (found.length === 0 || found.length > owners.length) return;
    if (found.length === 1) {
      this.spans.push(nom.start, nom.end, true, (found[0] as Person).key);
      return;
    }
    const members = found.sort((a, b) => (a.positions[0] ?? 0) - (b.positions[0] ?? 0));
    const key = 'g:' + members.map((m) => m.key).join('+');
    this.spans.push(nom.start, nom.end, true, key, { group: true, members: members.map((m) => m.key) });
  }

  /**
   * The people a "their" at token `at` stands for, when the clause opens with them: a coordination
   * of marked officials ("Austin and Blinken", "Austin, Blinken and Manalo", "Both Austin and
   * Blinken") or a resolved group ("The two ministers"), then at most four lower-case words before
   * "their" ("thanked", "will meet with"). Two or more people, or undefined: another subject ("the
   * delegations"), an object ("Manalo welcomed Austin and Blinken with their ..."), a list cut by
   * a line break, or a verb phrase with "and" in it ("met Manalo and thanked their ...").
   */
  private subjectOf(at: number): Person[] | undefined {
    // The verb phrase, back to the last token of the subject.
    let k = at - 1;
    for (let words = 0; ; words++, k--) {
      if (k < 0 || !this.sameLine(k + 1) || words > 4) return undefined;
      const t = this.sp(k);
      if (this.taken[k]) break;
      if (!t.word || t.cap || t.lower === 'and' || !hasLetter(t.text)) return undefined;
    }
    const owners: Person[] = [];
    let joined = false;
    let span = this.officialSpanEnding(this.end(k));
    while (span !== undefined) {
      const members = span.attributes['members'];
      const keys = Array.isArray(members) ? members : [span.key];
      for (const key of keys) {
        const p = this.people[Number(key.slice(1))];
        if (p === undefined || p.key !== key || owners.includes(p)) return undefined;
        owners.push(p);
      }
      const s = this.tokenAt(span.start);
      if (s < 0) return undefined;
      if (this.opensSentence(s)) break;
      const prev = this.sp(s - 1);
      // Joiners, walking back: "and" (or ", and") before the last member, commas before the others.
      if (!joined && prev.lower === 'and') {
        joined = true;
        let b = s - 2;
        if (b >= 0 && this.sp(b).text === ',') b--;
        span = b >= 0 && this.sameLine(b + 1) ? this.officialSpanEnding(this.end(b)) : undefined;
        if (span === undefined) return undefined;
        continue;
      }
      if (prev.text === ',' || prev.text === ';') {
        // Another member ("Austin, Blinken and ..."), or the comma that opens the clause ("On Tuesday, Austin and ...").
        span = joined && prev.text === ',' && s >= 2 && this.sameLine(s - 1) ? this.officialSpanEnding(this.end(s - 2)) : undefined;
        continue;
      }
      // "Both Austin and Blinken" at the start of a clause.
      if (prev.lower === 'both' && (this.opensSentence(s - 1) || this.tok(s - 2)?.text === ',')) break;
      return undefined;
    }
    if (owners.length < 2) return undefined;
    return owners;
  }

  /** The official span (named, nominal or group) ending at offset `end`, or undefined (stage 3 only: rare references ask). */
  private officialSpanEnding(end: number): Span | undefined {
    for (let s = this.spans.length - 1; s >= 0; s--) if (this.spans.end(s) === end) return this.spans.span(s);
    return undefined;
  }

  /**
   * Whether a rank ("Brig. Gen.") or two words of a name ("Moshe Patel", not "Preparatory
   * Commission") start at token k on its line, from the words' facts alone (no parse: this is asked
   * inside a title's walk, whose name scan must not be disturbed).
   */
  private nameOrRankAhead(k: number): boolean {
    const a = this.tok(k);
    if (a === undefined || !this.sameLine(k) || !a.cap) return false;
    // (A rank in capitals or hyphenated too: "Head of GWEO AVM Leon Phillips".)
    if (RANK_WORD.has(a.key) || (a.upper && isRankAfterOffice(a.key)) || isHyphenatedRank(a.key)) return true;
    const b = this.tok(k + 1);
    if (b === undefined || !this.sameLine(k + 1) || !b.cap || !b.word) return false;
    const c = this.tok(k + 2);
    const orgAfter = c !== undefined && this.sameLine(k + 2) && c.cap && ORGANISATION_END.has(c.key);
    return (factsOf(a) & NAME_WORD) !== 0 && (factsOf(b) & NAME_WORD) !== 0 && !ORGANISATION_END.has(b.key) && !orgAfter;
  }

  /**
   * Where a name starts at or after token k on k's line, past a capitalised rank there ("General
   * Syed Asim Munir", "Gen. Yoshida Yoshihide"): its first token, or -1 when no capitalised word does.
   */
  private nameStartPastRank(k: number): number {
    if (!this.sameLine(k)) return -1;
    const rank = this.parseTitle(k);
    const at = rank && rank.from === k && rank.capitalized ? rank.to : k;
    return this.sameLine(at) && this.capWord(at) ? at : -1;
  }

  /**
   * When the fitting mention k is the second of two people joined by "and" ("Secretary Austin and
   * Secretary Teodoro welcomed ... The Secretary also highlighted ..."), the first of them: being
   * named last then says nothing, and the first named is the one a readout or report is about.
   * Only names and titles may stand between the two (capitalised words and their periods, on one line).
   */
  private firstConjunct(fit: Fitting, k: number): Person | undefined {
    const { offsets, owners } = fit;
    if (owners[k - 1] === owners[k]) return undefined;
    // An ASCII letter other than the "d" of "and" before the mention, past its spaces, ends the
    // word before it (letters are always in words): no "and" there, told without the binary
    // search for the mention's token (asked at most references that went to someone).
    const text = this.text;
    let c = (offsets[k] as number) - 1;
    while (c >= 0 && (text.charCodeAt(c) === 32 || text.charCodeAt(c) === 10 || text.charCodeAt(c) === 13 || text.charCodeAt(c) === 9)) c--;
    const before = c >= 0 ? text.charCodeAt(c) | 32 : 0;
    if (before >= 97 && before <= 122 && before !== 100) return undefined;
    const b = this.tokenAt(offsets[k] as number);
    if (b < 2 || this.sp(b - 1).lower !== 'and' || this.newLine(b - 1) || this.newLine(b)) return undefined;
    const a = this.tokenAt(offsets[k - 1] as number);
    if (a < 0 || b - a > 10 || b - a < 2) return undefined;
    for (let t = a + 1; t < b - 1; t++) {
      const w = this.sp(t);
      if (this.newLine(t) || !(w.word ? w.cap : w.text === '.')) return undefined;
    }
    return fit.people[owners[k - 1] as number];
  }

  /** Whether a reference ends in a possessive followed by a capitalised word on its line. */
  private possessiveBeforeCapital(nom: Nominal): boolean {
    const text = this.text;
    const q = text.charCodeAt(nom.end);
    if (!(q === 39 || q === 0x2019) || text.charCodeAt(nom.end + 1) !== 115) return false;
    const next = text.charCodeAt(nom.end + 3);
    return text.charCodeAt(nom.end + 2) === 32 && next >= 65 && next <= 90;
  }

  /**
   * Whether a reference is a bare capitalised head of government's office, as a government writes
   * its own one: "the President", "the Prime Minister" (no nationality, no other word; the capital
   * is the government style, news copy writes "the president" of anyone).
   */
  private ownHeadOfStateReference(nom: Nominal): boolean {
    if (nom.countries.length > 0 || nom.plural || nom.count !== undefined) return false;
    const w = nom.words;
    if (!((w.length === 1 && w[0] === 'president') || (w.length === 2 && w[0] === 'prime' && w[1] === 'minister'))) return false;
    return /^(?:the |The )?(?:President|Prime Minister)(?:['’]s)?$/.test(this.text.slice(nom.start, nom.end));
  }

  /**
   * The subject who spoke or met "with" `p`, when that sentence's mention of `p` is the last
   * mention before `start` and the subject, named right before it, fits: "Secretary of State A spoke
   * today with Philippine Secretary of Foreign Affairs B. The Secretary ..." gives A. A readout
   * calls its own principal by the bare title; the other is "Secretary B" when meant.
   */
  private contactSubject(p: Person, start: number, fits: (q: Person) => boolean): Person | undefined {
    const { offsets, owners } = this.allMentions();
    const k = countBelow(offsets, start) - 1;
    if (k < 1 || this.people[owners[k] as number] !== p) return undefined;
    const q = this.people[owners[k - 1] as number] as Person;
    const from = offsets[k - 1] as number;
    const at = offsets[k] as number;
    if (q === p || at - from > 200 || this.sentenceEndBetween(from, at) || !fits(q)) return undefined;
    return CONTACT_WITH.test(this.text.slice(from, at)) ? q : undefined;
  }

  /**
   * Whether the last mention before `start` is `p`'s, as the subject of one verb right before the
   * reference: "Secretary Manalo thanked the Secretary" (a title and name, a verb in -ed or -s,
   * then the reference). Such an object is someone other than the subject.
   */
  private subjectOfVerbBefore(p: Person, start: number): boolean {
    const { offsets, owners } = this.allMentions();
    const k = countBelow(offsets, start) - 1;
    if (k < 0 || this.people[owners[k] as number] !== p || start - (offsets[k] as number) > 80) return false;
    return SUBJECT_VERB_BEFORE.test(this.text.slice(offsets[k] as number, start));
  }

  /**
   * The secretary a bare "the Secretary" means in a text that speaks for one US department (it names
   * the Pentagon or the Department of Defense and not the State Department, or the other way
   * round), when the one `chosen` is the other US department's: the nearest fitting person before it
   * (else after it) whose title is that department's. Undefined when the text names both
   * departments or neither, or no such secretary fits.
   */
  private departmentSecretary(nom: Nominal, chosen: Person): Person | undefined {
    const defenseTitle = /secretary of defen[cs]e|defen[cs]e secretary|secretary of war/;
    const stateTitle = /secretary of state|state secretary/;
    // Only a US secretary of either department is ever passed over: asked first, as reading the
    // whole text for the departments' names cost 1% of a 1 MB pass when asked of every reference.
    const chosenTitle = chosen.title?.toLowerCase();
    if (chosenTitle === undefined || chosen.country !== 'United States' || !(defenseTitle.test(chosenTitle) || stateTitle.test(chosenTitle))) return undefined;
    if (this.department === undefined) {
      this.department = this.textDepartment();
    }
    if (this.department === '') return undefined;
    const want = this.department === 'defense' ? defenseTitle : stateTitle;
    const other = this.department === 'defense' ? stateTitle : defenseTitle;
    if (!other.test(chosenTitle)) return undefined;
    const fit = this.fittingFor(nom, undefined);
    const lo = countBelow(fit.offsets, nom.start);
    const ok = (k: number): Person | undefined => {
      const q = fit.people[fit.owners[k] as number] as Person;
      return q.title !== undefined && want.test(q.title.toLowerCase()) ? q : undefined;
    };
    for (let k = lo - 1; k >= 0; k--) { const q = ok(k); if (q) return q; }
    for (let k = lo; k < fit.offsets.length; k++) { const q = ok(k); if (q) return q; }
    return undefined;
  }

  /**
   * Which US department the text names, read from its tokens (a search of the characters was 1% of
   * a 1 MB pass): "defense" for "Pentagon", "DoD", "Department of Defense" or "Defense Department",
   * "state" for "State Department" or "Department of State", '' for neither or both.
   */
  private textDepartment(): string {
    let department = -1;
    let defense = false;
    for (let k = 0; k < this.spellings.length; k++) {
      const w = (this.spellings[k] as Token).text;
      if (w === 'Department') department = k;
      else if (w === 'Pentagon' || w === 'DoD') defense = true;
    }
    let state = false;
    if (department >= 0) {
      const ids = this.ids;
      for (let i = 0; i < this.n && !(state && defense); i++) {
        if (ids[i] !== department) continue;
        const before = i > 0 ? this.sp(i - 1).text : '';
        const after = this.tok(i + 1)?.text === 'of' ? this.tok(i + 2)?.text : undefined;
        if (before === 'State' || after === 'State') state = true;
        if (before === 'Defense' || after === 'Defense') defense = true;
      }
    }
    return defense === state ? '' : defense ? 'defense' : 'state';
  }

  /** "the Secretary" or "The Secretary" alone, capitalised, possibly possessive (see resolveNominals). */
  private bareSecretary(nom: Nominal): boolean {
    if (nom.countries.length > 0 || nom.plural || nom.count !== undefined || nom.words.length !== 1 || nom.words[0] !== 'secretary') return false;
    return /^(?:the|The) Secretary(?:['’]s)?$/.test(this.text.slice(nom.start, nom.end));
  }

  /**
   * The country most of the text's officials of a stated country hold office in (the host of a
   * visit story whose dateline names none); undefined on a tie, or when none has two.
   */
  private commonestCountry(): string | undefined {
    const counts = new Map<string, number>();
    for (const p of this.people) if (p.country !== undefined) counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
    let best: string | undefined;
    let most = 0;
    let tie = false;
    for (const [country, count] of counts) {
      if (count > most) { best = country; most = count; tie = false; } else if (count === most) tie = true;
    }
    return tie || most < 2 ? undefined : best;
  }

  /** The office of a bare reference as written, without its article or possessive ("President"). */
  private officeText(nom: Nominal): string {
    return this.text.slice(nom.start, nom.end).replace(/^(?:the|The)\s+/, '').replace(/['’]s$/, '');
  }

  /**
   * The country whose text this is, when it is not `other`: the dateline's, else the one country
   * that every other official of a stated country holds office in (undefined when none or several).
   * Worked out once per `other` (people no longer change in stage 3).
   */
  private ownCountry(other: string): string | undefined {
    if (this.home !== undefined) return this.home !== other ? this.home : undefined;
    const known = this.ownCountries.get(other);
    if (known !== undefined) return known === '' ? undefined : known;
    let found: string | undefined;
    for (const q of this.people) {
      if (q.country === undefined || q.country === other) continue;
      if (found !== undefined && found !== q.country) { found = undefined; break; }
      found = q.country;
    }
    this.ownCountries.set(other, found ?? '');
    return found;
  }
  private readonly ownCountries = new Map<string, string>();

  /** datelineCountry, worked out once for stages 2 and 3. */
  private dateline(): string | undefined {
    return (this.datelineHome ??= this.datelineCountry() ?? null) ?? undefined;
  }

  /**
   * The country whose capital opens one of the article's first lines as a dateline: the city in
   * capitals or capitalised words, then at most a country or state, a date and an agency in
   * parentheses, then a dash or colon with the story after it on the line ("JERUSALEM, July 22
   * (Reuters) - ...", "ANKARA (Reuters) - ...", "New Delhi: ...", "WASHINGTON — ...").
   */
  private datelineCountry(): string | undefined {
    let lines = 0;
    for (let i = 0; i < this.n && lines < 4; i++) {
      if (i > 0 && !this.newLine(i)) continue;
      lines++;
      const found = this.datelineAt(i);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  private datelineAt(i: number): string | undefined {
    let key = '';
    let country: string | undefined;
    let cityEnd = -1;
    for (let j = i; j < i + 3 && j < this.n; j++) {
      const t = this.sp(j);
      if (!t.word || !(t.cap || t.upper) || (j > i && this.newLine(j))) break;
      key = key.length > 0 ? `${key} ${t.lower}` : t.lower;
      const c = countryByCapital(key);
      if (c !== undefined) { country = c.name; cityEnd = j + 1; }
    }
    if (country === undefined) return undefined;
    for (let k = cityEnd; k < cityEnd + 12 && k < this.n && !this.newLine(k); k++) {
      const t = this.sp(k);
      if (!t.word) {
        const c = t.text;
        if (c === ':' || c === '-' || c === '\u2014' || c === '\u2013') return k + 1 < this.n && !this.newLine(k + 1) ? country : undefined;
        if (c !== ',' && c !== '(' && c !== ')' && c !== '.') return undefined;
        continue;
      }
      const d = t.text.charCodeAt(0);
      if (!(t.cap || t.upper || (d >= 48 && d <= 57))) return undefined;
    }
    return undefined;
  }

  /**
   * For a reference with the dateline's nationality, the person of no stated country holding an
   * office at home (see officeAtHome) named last before it, when the reference fits them.
   */
  private homeHolderBefore(nom: Nominal, country: string | undefined, fit: Fitting): Person | undefined {
    const want = country ?? (nom.countries.length === 1 ? nom.countries[0] : undefined);
    if (want === undefined || want !== this.home) return undefined;
    // (The candidates depend on the reference's signature only: found once per fitting set, so
    // that many such references before the country's first mention stay linear.)
    if (fit.home === undefined) {
      const test = this.fitsTest(nom, country);
      const people = this.people.filter((p) => p.country === undefined && this.officeAtHome(p) && test(p));
      fit.home = { people, ...this.mentionsOf(people) };
    }
    // The one named last before the reference (a binary search in their merged mentions).
    const { people, offsets, owners } = fit.home;
    const lo = countBelow(offsets, nom.start);
    return lo > 0 ? people[owners[lo - 1] as number] : undefined;
  }

  /**
   * Whether a person of no known country holds an office of the dateline's country, as far as
   * the title tells: a government office, not an organisation's spokesman or press officer.
   */
  private officeAtHome(p: Person): boolean {
    if (p.organization !== undefined || p.title === undefined) return false;
    const title = p.title.toLowerCase();
    return title.indexOf('spokes') < 0 && title.indexOf('press') < 0;
  }

  /**
   * Whether the plural head of a group reference without a count ("the ministers") was used
   * earlier in the text for the members of a multilateral body, whom the text does not name: a
   * word of the same spelling no mention took, after such a body's name ("European Union foreign
   * ministers agreed").
   */
  private unnamedGroupBefore(nom: Nominal): boolean {
    const from = this.tokenAt(nom.start);
    if (from < 0) return false;
    let head = -1;
    for (let k = from; k < this.n && (this.starts[k] as number) < nom.end; k++) head = k;
    if (head < 0) return false;
    const first = this.bodyPlurals().get(this.sp(head).lower);
    return first !== undefined && first < from;
  }

  /**
   * Per plural role word, the first token where the text uses it for a multilateral body's
   * members (see unnamedGroupBefore), found in one pass when first asked: asked per reference,
   * a walk back over the text made thousands of "the ministers" cost twice the whole analysis.
   */
  private bodyPlurals(): Map<string, number> {
    if (this.bodyPluralAt !== undefined) return this.bodyPluralAt;
    const found = new Map<string, number>();
    this.bodyPluralAt = found;
    const spellings = this.spellings;
    let plural: Uint8Array | undefined;
    for (let id = 0; id < spellings.length; id++) {
      const w = spellings[id] as Token;
      if (w.word && PLURAL_ROLE.has(w.lower)) (plural ??= new Uint8Array(spellings.length))[id] = 1;
    }
    if (plural === undefined) return found;
    const ids = this.ids;
    for (let k = 1; k < this.n; k++) {
      if (plural[ids[k] as number] !== 1 || this.taken[k]) continue;
      const word = this.sp(k).lower;
      if (found.has(word)) continue;
      // Of a multilateral body: "European Union foreign ministers", "NATO defence ministers",
      // "G7 foreign ministers", "allied defence ministers" (two named ministers may well be
      // "Defence ministers from both countries").
      for (let m = k - 1; m >= 0 && m >= k - 3 && !this.newLine(m + 1); m--) {
        const w = this.sp(m);
        if (!w.word) break;
        if (MULTILATERAL.has(w.lower) || ORG_MODIFIER.get(w.key)?.organization !== undefined) { found.set(word, k); break; }
      }
    }
    return found;
  }
  private bodyPluralAt: Map<string, number> | undefined;

  /** portfolioOf, worked out once per person (people no longer change in stage 3). */
  private portfolio(p: Person): string | undefined {
    let known = this.portfolios.get(p);
    if (known === undefined) { known = portfolioOf(p) ?? ''; this.portfolios.set(p, known); }
    return known === '' ? undefined : known;
  }
  private readonly portfolios = new Map<Person, string>();

  /**
   * The one person of no stated country, named before `offset`, who holds the portfolio of
   * `owner` (foreign affairs or defence, as the titles say), or undefined when none or several do.
   */
  private unstatedCounterpart(owner: Person, offset: number): Person | undefined {
    const want = portfolioOf(owner);
    if (want === undefined) return undefined;
    // The people of no stated country by portfolio, listed once (people no longer change in this
    // stage): asked per reference, a scan of everyone was quadratic on text made of such references.
    if (this.unstatedByPortfolio === undefined) {
      this.unstatedByPortfolio = new Map();
      for (const q of this.people) {
        if (q.country !== undefined || q.organization !== undefined) continue;
        const f = portfolioOf(q);
        if (f === undefined) continue;
        const list = this.unstatedByPortfolio.get(f);
        if (list) list.push(q); else this.unstatedByPortfolio.set(f, [q]);
      }
    }
    let found: Person | undefined;
    for (const q of this.unstatedByPortfolio.get(want) ?? []) {
      if (q === owner || lastBefore(q.positions, offset) < 0) continue;
      if (found !== undefined) return undefined;
      found = q;
    }
    return found;
  }
  private unstatedByPortfolio: Map<string, Person[]> | undefined;

  /**
   * The person a sentence-opening "His" or "Her" at `offset` stands for when the sentence before
   * opens with a named person: its subject, not the last person it names ("Ana Ruiz met Defence
   * Minister Tom Kavu. His counterpart said ..." is Ruiz's counterpart, Kavu). Undefined otherwise.
   */
  private subjectOwner(named: { offsets: Float64Array; owners: Int32Array }, offset: number): Person | undefined {
    const i = this.tokenAt(offset);
    if (i <= 0 || !this.opensSentence(i) || this.newLine(i) || (this.sp(i).text !== 'His' && this.sp(i).text !== 'Her')) return undefined;
    let m = i - 1;
    while (m > 0 && m > i - 80 && !this.opensSentence(m)) m--;
    if (!this.opensSentence(m)) return undefined;
    const at = countBelow(named.offsets, this.starts[m] as number);
    return named.offsets[at] === this.starts[m] ? this.people[named.owners[at] as number] : undefined;
  }

  /** The token that starts at `offset`, or -1. */
  private tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.n;
    while (lo < hi) { const mid = (lo + hi) >> 1; if ((this.starts[mid] as number) < offset) lo = mid + 1; else hi = mid; }
    return lo < this.n && this.starts[lo] === offset ? lo : -1;
  }

  /**
   * The person "his" or "her" before `offset` stands for: the one named last (a binary search of
   * `named`, every named mention in text order) or referred to last (see lastPersonBefore).
   */
  private ownerBefore(named: { offsets: Float64Array; owners: Int32Array }, offset: number, resolvedPos: number, resolvedPerson: Person | undefined): Person | undefined {
    const at = countBelow(named.offsets, offset);
    const byName = at > 0 ? this.people[named.owners[at - 1] as number] : undefined;
    const byNamePos = at > 0 ? (named.offsets[at - 1] as number) : -1;
    return this.lastPersonBefore(offset, byName, byNamePos, resolvedPos, resolvedPerson);
  }

  /** The person named (`byName`, at `byNamePos`) or referred to (the last resolved reference, at `resolvedPos`) last before `offset`. */
  private lastPersonBefore(
    offset: number, byName: Person | undefined, byNamePos: number,
    resolvedPos: number, resolvedPerson: Person | undefined,
  ): Person | undefined {
    if (resolvedPerson !== undefined && resolvedPos < offset && (!byName || resolvedPos > byNamePos)) return resolvedPerson;
    return byName;
  }

  /**
   * People of the public figures knowledge base (see figures.ts) named with no title: "Vladimir
   * Putin met Kim Jong Un", "When Richard Marles and John Healey signed ...". A title or a cue
   * before a name is found by stage 1 from the words themselves; these names come with none. Runs
   * after stage 1, so a titled mention keeps its title phrase, and before the short forms, which
   * then find the people's later surnames as for anyone named in full.
   * - A full name (or a listed spelling of it) is the whole name the name scanner reads there.
   * - A form a figure is known by alone ("Putin", "Zelensky", "Xi"), with nobody of that surname
   *   named in the text, is that figure.
   * Neither is taken after a determiner ("the Ronald Reagan", "a Trump ally": a ship or a
   * modifier) or a ship's prefix ("USS Ronald Reagan"), nor a form known alone after a capitalised
   * word that does not open the sentence (the last word of another name),
   * nor before a capitalised word of the same line ("Nelson Mandela Bay") or a word that makes the
   * name a modifier ("Trump administration", "Putin regime").
   */
  private findKnownFigures(): void {
    const kb = knownFigures(surnameKey);
    // People stage 1 found with a title are the knowledge base's figures too when their whole name
    // is one: "Defence Minister Ng Eng Hen" is of Singapore when the text gives no country ("The
    // Singapore minister" later), and the hover card shows his offices. The title stays the text's.
    // So is a person titled by surname alone when the surname is a form the base knows one figure
    // by ("President Trump", "President Zelensky").
    for (let k = 0; k < this.people.length; k++) {
      const p = this.people[k] as Person;
      if (p.figure !== undefined) continue;
      let figure: KnownFigure | undefined;
      if (p.first === undefined) {
        const alone = p.middle.length === 0 ? kb.alone.get(surnameKey(p.last)) : undefined;
        const only = alone?.[0];
        if (alone !== undefined && only !== undefined && alone.every((a) => a.figure === only.figure && a.words.length === 1)) figure = only.figure;
      } else {
        // Only a given name that opens some figure's name can open this one's: most people of an
        // article are none of the base's (profile: building and normalising every person's full
        // name was 0.55% of a 1 MB pass; see givenNameFirstWord).
        const firstWord = givenNameFirstWord(p.first);
        if (firstWord !== UNSURE_FIRST_WORD && !kb.firstWords.has(firstWord)) continue;
        let full = p.first;
        for (const m of p.middle) full += ' ' + m;
        const key = figureKey(`${full} ${p.last}${p.suffix ? ' ' + p.suffix : ''}`);
        figure = kb.byName.get(key);
        // A patronymic chain longer than the base's form of the name: "Khalid bin Salman bin
        // Abdulaziz" is its "Khalid bin Salman" (the chain cut before its second "bin").
        if (figure === undefined) {
          const first = key.indexOf(' bin ');
          const second = first < 0 ? -1 : key.indexOf(' bin ', first + 5);
          if (second > 0) figure = kb.byName.get(key.slice(0, second));
        }
      }
      // (Not a namesake whose office the text gives as another: "Defence Minister Pedro Sánchez" of
      // Colombia is not Spain's prime minister.)
      if (figure !== undefined && !titleContradicts(p.title, figure)) this.noteFigure(p, figure);
    }
    const n = this.n;
    const ids = this.ids;
    const spellings = this.spellings;
    const classes = this.spellingClass;
    const taken = this.taken;
    for (let i = 0; i < n; i++) {
      // (Capitalised words not taken, found by a loop of their own: see findNominals.)
      while (i < n && (((classes[ids[i] as number] as number) & CLASS_CAP_WORD) === 0 || taken[i] !== 0)) i++;
      if (i >= n) break;
      const t = spellings[ids[i] as number] as Token;
      const facts = spellingFacts2(t, FIGURE_KNOWN, figureFacts);
      if ((facts & (FIGURE_FIRST | FIGURE_ALONE)) === 0) continue;
      const full = (facts & FIGURE_FIRST) !== 0;
      const alone = (facts & FIGURE_ALONE) === 0 ? undefined : kb.alone.get(aloneKey(t));
      if (!this.figureContextAt(i)) continue;
      if (full && this.scanName(i, 6)) {
        const figure = kb.byName.get(figureKey(this.text.slice(this.starts[i] as number, this.scanEndOffset)));
        if (figure !== undefined && !this.modifierAfter(this.scanTo)) {
          const name = this.scannedName();
          this.addFigure(i, this.starts[i] as number, name, figure);
          i = name.to - 1;
          continue;
        }
      }
      // A given name that is a country's too ("Israel Katz"): the name scan takes no country's word,
      // so a full name of two words is looked up as written.
      if (full && this.sameLine(i + 1) && this.spaced(i + 1) && this.capWord(i + 1)) {
        const second = this.sp(i + 1);
        const secondText = isPossessive(second) ? second.text.slice(0, -2) : second.text;
        const figure = kb.byName.get(figureKey(`${t.text} ${secondText}`));
        if (figure !== undefined && figure.middle.length === 0 && !this.modifierAfter(i + 2)) {
          this.addFigure(i, this.starts[i] as number, { from: i, to: i + 2, endOffset: (this.starts[i + 1] as number) + secondText.length, first: figure.first, middle: [], last: figure.last, suffix: undefined }, figure);
          i++;
          continue;
        }
      }
      if (alone === undefined || this.nameGoesOnBefore(i)) continue;
      for (const { words, figure } of alone) {
        let to = i + 1;
        while (to - i < words.length && this.tok(to)?.lower === words[to - i] && this.sameLine(to)) to++;
        if (to - i < words.length || this.modifierAfter(to)) continue;
        // Someone of the text with that surname is left to the short forms (see findShortForms), and
        // so is a word someone else of the text has as a given name ("Nakatani" of "Nakatani Gen").
        if (words.length === 1 && this.bySurname.has(surnameKey(words[0] as string))) break;
        const given = this.firstPersonNamed(words[0] as string);
        if (given !== undefined && given.figure !== figure && !(given.first === figure.first && given.last === figure.last)) break;
        const last = this.sp(to - 1);
        const endOffset = this.end(to - 1) - (isPossessive(last) ? 2 : 0);
        this.addFigure(i, this.starts[i] as number, { from: i, to, endOffset, first: figure.first, middle: figure.middle, last: figure.last, suffix: undefined }, figure);
        i = to - 1;
        break;
      }
    }
  }

  /** Whether a known figure's name may start at token i (see findKnownFigures). */
  private figureContextAt(i: number): boolean {
    if (i === 0 || !this.sameLine(i)) return true;
    const before = this.sp(i - 1);
    // (A ship's prefix makes the name the ship's: "USS Ronald Reagan".)
    return !FIGURE_DETERMINER.has(before.lower) && (!before.cap || (factsOf(before) & SHIP_WORD) === 0);
  }

  /**
   * Whether the capitalised word before token i makes it the last word of a longer name ("Reagan" of
   * "USS Ronald Reagan"): one of the same line that does not open the sentence and is no day or month.
   */
  private nameGoesOnBefore(i: number): boolean {
    if (i === 0 || !this.sameLine(i)) return false;
    const before = this.sp(i - 1);
    if (!before.cap || !before.word || DAY_OR_MONTH.has(before.lower)) return false;
    return i > 1 && this.sameLine(i - 1) && !SENTENCE_END.has(this.sp(i - 2).text) && this.sp(i - 2).text !== ':';
  }

  /** Whether the word at token `to` continues the name before it into another name or makes it a modifier. */
  private modifierAfter(to: number): boolean {
    const next = this.tok(to);
    if (next === undefined || !this.sameLine(to)) return false;
    if (next.word && next.cap && this.spaced(to) && this.lineUpper[to] !== 1) return true;
    return NAME_AS_MODIFIER.has(next.lower);
  }

  /** Adds a mention of a known figure, whose office and country the person takes when the text gives none. */
  private addFigure(from: number, start: number, name: NameParts, figure: KnownFigure): void {
    const person = this.addNamed(from, start, name, undefined, true);
    if (person !== undefined) this.noteFigure(person, figure);
  }

  /**
   * A person is a figure of the knowledge base: the figure's current office when the text gives
   * the person none ("The Hon Richard Marles MP" has only a style), its country (or organisation)
   * when the text gives none, and its offices for the result.
   */
  private noteFigure(person: Person, figure: KnownFigure): void {
    person.figure ??= figure;
    // Two offices held at once ("Deputy Prime Minister and Defence Minister") are a title and the
    // other office, as in a titled name, so that a reference to either fits (see officeForms).
    if (figure.now && !person.title && person.rank === undefined) {
      const and = figure.title.indexOf(' and ');
      person.title = and < 0 ? figure.title : figure.title.slice(0, and);
      if (and >= 0) person.otherOffice ??= figure.title.slice(and + 5);
    }
    if (person.country === undefined && person.organization === undefined) {
      if (figure.country !== undefined) person.country = figure.country;
      else if (figure.organization !== undefined) person.organization = figure.organization;
    }
  }

  /** Canonical names and attributes of the people found, by entity key. */
  describe(): Map<string, { name: string; attributes: Record<string, string | string[] | boolean> }> {
    const out = new Map<string, { name: string; attributes: Record<string, string | string[] | boolean> }>();
    for (const p of this.people) {
      // The non-empty parts joined by spaces (built directly: the array, spread and filter per
      // person were most of describe's garbage).
      let name = p.first ? p.first : '';
      for (const m of p.middle) if (m) name = name ? name + ' ' + m : m;
      if (p.last) name = name ? name + ' ' + p.last : p.last;
      if (p.suffix) name += ' ' + p.suffix;
      const attributes: Record<string, string> = {};
      if (p.title) attributes['title'] = p.title;
      if (p.country) attributes['country'] = p.country;
      if (p.organization) attributes['organization'] = p.organization;
      if (p.figure) attributes['offices'] = p.figure.offices;
      out.set(p.key, { name, attributes });
    }
    for (const h of this.holders.values()) {
      const attributes: Record<string, string> = { title: h.title };
      if (h.country) attributes['country'] = h.country;
      out.set(h.key, { name: h.title, attributes });
    }
    return out;
  }

  /** The source text (kept for recognisers that need raw slices). */
  get source(): string {
    return this.text;
  }
}

/** The accept tests of systemNameEnd, taken once from the prototype (no closure per call). */
const ACCEPT_TITLED_SYSTEM_NAME: SystemNameTest = OfficialRecognizer.prototype.acceptTitledSystemName;
const ACCEPT_SURNAME_SYSTEM_NAME: SystemNameTest = OfficialRecognizer.prototype.acceptSurnameSystemName;

/**
 * findShortForms' answers per spelling: whether the surname index has the spelling's key
 * (SHORT_FORM_SURNAME), and whether the word alone is nobody's surname, given name or middle name
 * (SHORT_FORM_UNNAMED), each with a bit saying it was asked.
 */
const SHORT_FORM_SURNAME_KNOWN = 1;
const SHORT_FORM_SURNAME = 2;
const SHORT_FORM_UNNAMED_KNOWN = 4;
const SHORT_FORM_UNNAMED = 8;

/**
 * The first word's key (see firstWordKey) of a full name that opens with the given name `first`,
 * per given name; UNSURE_FIRST_WORD when the given name alone does not settle it (a space in it,
 * or no letter or apostrophe to open the key). A figure's full name is in the base only when its
 * first word's key is one of the base's first words: the key of a name opens with the key of its
 * given name up to the first character that is no letter or apostrophe, and the space after the
 * given name is such a character.
 */
const givenNameFirstWord = cachedPerString((first) => (/\s/.test(first) ? UNSURE_FIRST_WORD : detachedCopy(firstWordKey(first)) || UNSURE_FIRST_WORD), 10_000);
/** See givenNameFirstWord: no first word's key (those are letters and apostrophes). */
const UNSURE_FIRST_WORD = '\u0000';

/**
 * The acronyms findTitleAcronyms reads in a title (the person's own, given in parentheses,
 * aside), per title: people of an article share titles, and each person's was lower-cased,
 * split and matched again (profile: 0.4% of a 1 MB pass).
 * - service: the title's first word when it is itself a service chief's acronym in capitals
 *   ("CDS General Anil Chauhan" ... "The CDS");
 * - irregular: a NATO commander's acronym, which is no initials ("SACEUR" of "Supreme Allied
 *   Commander Europe");
 * - plain, withOf, overThe: the initials of a title of two words or more (see titleInitials), none
 *   for a "Minister of ..." (or a "Ministry of ..." spokesman), which shares them with the
 *   ministry ("MND" of the Minister and the Ministry of National Defense: "The MND thanks the
 *   United States" is the ministry).
 */
const titleAcronymsOf = cachedPerString((title): { service: string | undefined; irregular: string | undefined; plain: string | undefined; withOf: string | undefined; overThe: boolean } => {
  const space = title.indexOf(' ');
  const first = space < 0 ? title : title.slice(0, space);
  const service = ACRONYM_TITLE.has(first.toLowerCase()) && first === first.toUpperCase() ? detachedCopy(first) : undefined;
  const irregular = IRREGULAR_TITLE_ACRONYM.get(title.toLowerCase());
  if (space < 0 || /^(?:minister|ministry|department) of /i.test(title)) return { service, irregular, plain: undefined, withOf: undefined, overThe: false };
  const [plain, withOf, overThe] = titleInitials(title);
  return { service, irregular, plain, withOf, overThe };
}, 10_000);

/**
 * What findNominals asks of the word that opens a candidate reference, as bits (NOMINAL_KNOWN
 * always, so that 0 means not asked yet): "a" or "an" (NOMINAL_A); a determiner or "both"
 * (NOMINAL_DETERMINER); a capitalised honorific style ("Hon'ble"); an honorific of address ("Mr",
 * "Madam", "Mister"); a head that is addressed alone (VOCATIVE_HEAD: "General"); a capitalised
 * possessive that is no determiner ("Russia's"); a capitalised first word of a two-word
 * nationality ("South").
 */
function nominalStartFacts(t: Token): number {
  const lower = t.lower;
  return NOMINAL_KNOWN | (lower === 'a' || lower === 'an' ? NOMINAL_A : 0) | (isDeterminer(t) || lower === 'both' || lower === 'all' ? NOMINAL_DETERMINER : 0)
    | (t.cap && HONOURABLE.has(lower) ? NOMINAL_HONOURABLE : 0) | (isHonorific(t) && (lower === 'mr' || lower === 'madam' || lower === 'mister') ? NOMINAL_VOCATIVE_HONORIFIC : 0)
    | (VOCATIVE_HEAD.has(lower) ? NOMINAL_VOCATIVE_HEAD : 0) | (t.cap && isPossessive(t) && !isDeterminer(t) ? NOMINAL_POSSESSIVE : 0)
    | (t.cap && (factsOf(t) & PAIR_FIRST) !== 0 ? NOMINAL_PAIR_FIRST : 0) | (t.text === 'The' ? NOMINAL_THE : 0);
}
const NOMINAL_KNOWN = 1;
const NOMINAL_A = 2;
const NOMINAL_DETERMINER = 4;
const NOMINAL_HONOURABLE = 8;
const NOMINAL_VOCATIVE_HONORIFIC = 16;
const NOMINAL_VOCATIVE_HEAD = 32;
const NOMINAL_POSSESSIVE = 64;
const NOMINAL_PAIR_FIRST = 128;
/** "The" as written (a string comparison at every candidate of findNominals before). */
const NOMINAL_THE = 256;
/** findNominals' byte for a word after a determiner: none of the words its determiner lines ask about. */
const DET_FOLLOWER_PLAIN = 1;
/** A period, a count, "visiting", a possessive or "alliance"/"bloc" (or past the last token): the lines ask. */
const DET_FOLLOWER_ASKED = 2;

/**
 * officeForm of one office, per title as written: an article's people share titles ("Defence
 * Minister"), and every person's forms were worked out anew in stage 3 (profile: officeForm 0.5%
 * of a 1 MB pass). The answers are copied too: a form unchanged by lower-casing may be the
 * title's slice of the text, which the table would keep alive.
 */
const officeFormOfOne = cachedPerString((office) => detachedCopy(officeForm(office, undefined)), 10_000);

/** Whether two lists hold the same people in the same order (see fittingFor's sets). */
function samePeople(a: readonly Person[], b: readonly Person[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/**
 * Whether a public figure's offices ("President of Russia 2008–2012; Prime Minister 2012–2020")
 * show `head` ("president") held in a span of years that has ended, not as a deputy's ("Vice
 * President") and not in an office held "since" (see fittingFor: "the former president"); with
 * `country`, only in an office the part names as that country's.
 */
function heldInPast(offices: string, head: string, country?: string): boolean {
  for (const part of offices.toLowerCase().split(';')) {
    if (part.indexOf('since') >= 0 || !ENDED_YEARS.test(part)) continue;
    // (With a country, an office the part names as that country's: "prime minister of the netherlands".)
    if (country !== undefined && part.indexOf(country.toLowerCase()) < 0) continue;
    const at = part.search(new RegExp(`(?<![a-z])${head}\\b`));
    if (at >= 0 && !JUNIOR_WORD.has(wordBefore(part, at))) return true;
  }
  return false;
}
/**
 * Whether the text makes a minister of a figure who never was one: "Defence Minister Pedro
 * Sánchez" of Colombia is not Spain's prime minister, whose offices name no minister but the
 * prime minister (see findKnownFigures). Other differences are the text's more recent news
 * ("Defence Minister" of a figure listed as "Minister of the Armed Forces").
 */
function titleContradicts(title: string | undefined, figure: KnownFigure): boolean {
  return title !== undefined && MINISTER_NOT_PRIME.test(title) && !MINISTER_NOT_PRIME.test(`${figure.title}; ${figure.offices}`) && !/secretary/i.test(figure.offices);
}
/** A minister's office that is no prime minister's (see titleContradicts). */
const MINISTER_NOT_PRIME = /(?<!prime )\bminister\b/i;

/** Years of an office that has ended: "2008–2012". */
const ENDED_YEARS = /\b(?:19|20)\d\d\s*[–-]\s*(?:19|20)\d\d\b/;

/** Heads of a body after its initials in a reference ("the IMDO chief", "the GAMI governor"; see findTitleAcronyms). */
const ACRONYM_BODY_HEAD = new Set(['chief', 'head', 'governor', 'director', 'commander', 'chairman', 'boss']);

/** Official spans' starts, sorted, and their ends in the same order (see spanCovers). */
interface SpanCoverIndex { starts: Float64Array; ends: Float64Array }

function spanCoverIndex(spans: OfficialSpans): SpanCoverIndex {
  const order = Array.from({ length: spans.length }, (_, k) => k).sort((a, b) => spans.start(a) - spans.start(b));
  return { starts: Float64Array.from(order, (k) => spans.start(k)), ends: Float64Array.from(order, (k) => spans.end(k)) };
}

/** Whether a span of the index covers offset `at` (the last one starting at or before it). */
function coversAt(index: SpanCoverIndex, at: number): boolean {
  const k = countBelow(index.starts, at + 1) - 1;
  return k >= 0 && at < (index.ends[k] as number);
}
