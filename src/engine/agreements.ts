/**
 * Agreements: named ones from the knowledge base or by shape ("Enhanced Defense Cooperation
 * Agreement", "Intermediate-Range Nuclear Forces (INF) Treaty", "UN Security Council
 * Resolution 2231"), acronyms defined in the text ("..., or EDCA"), quoted names
 * ("“security of supply” arrangement") and descriptive ones ("a memorandum of understanding",
 * "the MOU", "the Treaty") linked to the agreement they refer back to.
 */
import type { IntList, Spelling, Tokens } from './text';
import { LIST_SLOTS, SCRATCH, headlineStart, reserveMemoBits2, spellingFacts2 } from './text';
import type { Span } from './spans';
import type { UserEntry } from './types';
import { countryByCapital, countryByDemonymKey, countryByKey, countryByKeyPair, countryByNameKey, countryPairOfWord } from './countries';
import { DAY_OR_MONTH, YEAR } from './lexicon';
import { COMPILED } from './data/compiled';
import { AGREEMENT_TOPIC, PhraseTrie, agreementTopics, expandTrie, indexAgreements, userAgreements, type AgreementInfo, type AgreementsIndex } from './kbIndex';

export interface AgreementsKb {
  infos: readonly AgreementInfo[];
  /** Names of agreements; node entries are indexes into `infos`. */
  phrases: PhraseTrie;
  acronyms: Map<string, AgreementInfo>;
}

/** The knowledge base without user entries, the same for every analyser. */
let builtIn: AgreementsKb | undefined;

/** The agreements knowledge base and the user's entries as look-up tables; the user's entries win. */
export function compileAgreements(userEntries: readonly UserEntry[]): AgreementsKb {
  const user = userAgreements(userEntries);
  if (user.length === 0) return (builtIn ??= load(builtInIndex()));
  return load(indexAgreements(user, builtInIndex()));
}

let expandedIndex: AgreementsIndex | undefined;
/** The built-in index, its names' trie expanded from the bundle's compact form once (see CompactTrie). */
function builtInIndex(): AgreementsIndex {
  return (expandedIndex ??= { ...COMPILED.agreements, phrases: expandTrie(COMPILED.agreements.phrases) });
}

function load(index: AgreementsIndex): AgreementsKb {
  const acronyms = new Map<string, AgreementInfo>();
  const { infos } = index;
  for (let i = 0; i < index.acronyms.length; i++) acronyms.set(index.acronyms[i] as string, infos[index.acronymInfo[i] as number] as AgreementInfo);
  return { infos, phrases: new PhraseTrie(index.phrases), acronyms };
}

/** Ordinals that tell agreements of one kind apart (see ordinalsAgree). */
const ORDINAL_WORD = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'initial', 'final']);
/** Ordinals that count past a first agreement (see ordinalsAgree). */
const LATER_ORDINAL = new Set(['second', 'third', 'fourth', 'fifth']);
/**
 * Whether two partners (see partnerAt) can be the same: equal, or two organisations one of
 * whose names has every word of the other's ("Lockheed" and "Lockheed Martin", "the Army" and
 * "the U.S. Army"); a country and an organisation say nothing of each other.
 */
function samePartner(a: string, b: string): boolean {
  if (a === b) return true;
  const orgA = a.startsWith(ORGANISATION_PARTNER);
  const orgB = b.startsWith(ORGANISATION_PARTNER);
  if (orgA !== orgB) return true;
  if (!orgA) return false;
  const wa = a.slice(ORGANISATION_PARTNER.length).trim().split(' ');
  const wb = b.slice(ORGANISATION_PARTNER.length).trim().split(' ');
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return short.every((w) => long.includes(w));
}

/** Heads that are a kind of agreement's initials (see HEAD_KIND): "the SOFA", "the ACSA", "the RAA". */
const KIND_INITIALS = new Set(['sofa', 'soma', 'acsa', 'raa']);

/** Initials as a head is written: in capitals or "MoU", with a possessive or without ("the MOU's expiration"). */
function isInitialsHead(text: string): boolean {
  const bare = endsWithPossessive(text) ? text.slice(0, -2) : text;
  return bare === 'MoU' || /^[A-Z]+$/.test(bare);
}

/** The first letter of each hyphenated part of a word ("cross-servicing" gives "cs"). */
function wordInitials(word: string): string {
  let out = '';
  for (const part of word.split('-')) if (part.length > 0) out += part.charAt(0);
  return out;
}

/**
 * Whether `acronym` (lower case) spells `words` (lower case) as initials, where a long compound
 * word may give a second letter from inside it: "intergovernmental agreement" is the IGA, as
 * "inter-governmental agreement" is. Every word gives its first letter, in order; one word may
 * add one more of its own letters after it.
 */
function spellsWithCompound(acronym: string, words: readonly string[]): boolean {
  if (acronym.length !== words.length + 1) return false;
  for (let w = 0, a = 0, extra = false; w < words.length; w++, a++) {
    const word = words[w] as string;
    if (word.charAt(0) !== acronym.charAt(a)) return false;
    // The word's second letter, if the next word's first does not follow: from the word's
    // fifth letter on ("inter|governmental", "multi|lateral"), so that a short word gives none.
    const next = acronym.charAt(a + 1);
    if (!extra && (w === words.length - 1 || (words[w + 1] as string).charAt(0) !== next) && word.length >= 9 && word.indexOf(next, 4) > 0) { extra = true; a++; }
  }
  return true;
}

/**
 * Whether an acronym with a digit for "to" ("G2G", lower case "g2g") spells a hyphenated word of
 * `name`: "government-to-government agreement" is the G2G deal (as B2B is business-to-business).
 */
function spellsToCompound(acronym: string, name: string): boolean {
  if (acronym.indexOf('2') < 0) return false;
  for (const word of name.toLowerCase().split(/\s+/)) {
    if (word.indexOf('-to-') < 0) continue;
    let letters = '';
    for (const part of word.split('-')) letters += part === 'to' ? '2' : part.charAt(0);
    if (letters === acronym) return true;
  }
  return false;
}

/**
 * Whether `acronym` (lower case, three letters or more) spells the initials of a run of two words
 * or more of a descriptive agreement's `name`, each hyphenated part giving one: "the current
 * low-rate initial production contract ... the LRIP contract" (the initials of its modifiers, not
 * of its head, which the reference writes out again).
 */
function spellsRunOf(acronym: string, name: string): boolean {
  if (acronym.length < 3) return false;
  const words = name.toLowerCase().split(/\s+/);
  for (let w = 0; w < words.length - 1; w++) {
    let letters = '';
    for (let v = w; v < words.length && letters.length < acronym.length; v++) letters += wordInitials(words[v] as string);
    if (letters === acronym && wordInitials(words[w] as string).length < acronym.length) return true;
  }
  return false;
}

/** The initials of a name's words, in lower case ("Status of Forces Agreement" is "sofa"). */
function initialsOf(name: string): string {
  let out = '';
  for (const word of name.toLowerCase().split(/\s+/)) out += wordInitials(word);
  return out;
}

/** How partnerAt marks an organisation's name, to tell it from a country's. */
const ORGANISATION_PARTNER = 'org:';
/** Kinds a deal never is: a treaty is not "this deal" (see the nominal references' fits). */
const NOT_A_DEAL = new Set(['treaty', 'convention', 'protocol', 'charter']);

/** A procurement instrument identifier (see findContractNumbers): "W31P4Q-20-C-0052", "N0002417C2100". */
const PIID = /^[A-Z][A-Z0-9]{5}(-?)\d{2}\1[A-Z]\1\d{4}$/;

/** Head nouns of agreement names, and the kind each implies. */
// Null-prototype tables: article words such as "constructor" must not find Object.prototype members.
const HEAD_KIND: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  treaty: 'treaty', treaties: 'treaty', agreement: 'agreement', agreements: 'agreement', accord: 'accord', accords: 'accord',
  convention: 'convention', protocol: 'protocol', memorandum: 'memorandum', pact: 'pact', arrangement: 'arrangement',
  charter: 'charter', guidelines: 'guidelines', communique: 'communique', 'communiqué': 'communique', deal: 'deal',
  contract: 'contract', mou: 'memorandum', moa: 'memorandum', framework: 'framework', resolution: 'resolution',
  loa: 'letter of offer and acceptance',
  // A status-of-forces agreement by its common acronym ("the SOFA"), in capitals only; so are
  // an acquisition and cross-servicing agreement ("the ACSA") and a reciprocal access agreement
  // ("the RAA"), kinds of agreement that many pairs of countries sign, and a status-of-mission
  // agreement ("the SOMA"), which a host country signs for a peacekeeping mission.
  sofa: 'agreement', soma: 'agreement', acsa: 'agreement', raa: 'agreement',
  // A truce between warring parties (see CEASEFIRE_HEAD).
  truce: 'ceasefire', ceasefire: 'ceasefire', 'cease-fire': 'ceasefire', armistice: 'ceasefire',
  // Only in names ("Compact of Free Association"): not a descriptive head (NOMINAL_HEAD), as "compact" is an adjective too.
  compact: 'compact', compacts: 'compact',
});

/** Words after "the framework" that end its noun phrase: verbs and prepositions that follow an agreement's mention. */
const FRAMEWORK_THEN = new Set(['would', 'will', 'is', 'was', 'has', 'had', 'can', 'could', 'should', 'may', 'might', 'must', 'sets', 'set', 'covers', 'did', 'does', 'said', 'says', 'states', 'stated',
  'covered', 'provides', 'provided', 'includes', 'included', 'guides', 'commits', 'calls', 'allows', 'runs', 'expires', 'remains', 'also', 'on', 'in', 'at', 'by', 'as', 'and']);
/** Verbs of signing right before "a framework" (see signedFramework in findNominal). */
const SIGNED_VERB = new Set(['signed', 'sign', 'signs', 'signing', 'inked', 'ink', 'inks', 'concluded', 'sealed']);
/** Heads that make a descriptive reference on their own ("the military agreement"). */
const NOMINAL_HEAD = new Set(['agreement', 'treaty', 'deal', 'contract', 'accord', 'arrangement', 'pact', 'memorandum', 'mou', 'moa', 'loa', 'protocol', 'sofa', 'soma', 'acsa', 'raa', 'convention', 'charter']);
/**
 * Plural heads, a reference only to a named agreement whose own name is plural: "The Abraham Accords
 * ... The accords changed the region ... neither state has suspended the agreements" (see findNominal;
 * a plural after a singular name is several agreements, "the agreements" of a region, and left out).
 */
const PLURAL_HEAD = new Set(['accords', 'agreements', 'treaties', 'deals', 'pacts']);
/** A named agreement whose name ends in a plural head ("Minsk Agreements", "Abraham Accords"; see PLURAL_HEAD). */
const PLURAL_NAME = /\b(?:accords|agreements|treaties|pacts)$/i;
/** Whether an agreement is named, and by a plural name (see PLURAL_HEAD). */
const isPluralName = (cand: RecentAgreement): boolean => !cand.key.startsWith('a:nominal-') && PLURAL_NAME.test(cand.info.name);
/** Words after "a" or "the" that open another agreement than the ones before: "a separate OTA", "another contract". */
const ANOTHER_ONE = new Set(['separate', 'another', 'different']);
/** Words after a capitalised head that show it is used as an adjective ("Treaty Parties", "Treaty Organization"). */
const ADJECTIVAL_AFTER = /^(parties|party|allies|ally|organization|organisation|partners|partner|obligations|members|member|states|nations|rights|system|regime|talks|negotiations|body|bodies|commitments|area|zone|port|ports)$/i;
/** Words that make an indefinite reference non-specific ("seek an agreement"). */
const NON_SPECIFIC_BEFORE = new Set(`
  seek seeks seeking sought pursue pursues pursuing want wants wanted hope hopes hoping any no
  without negotiate negotiating possible potential new future reach reaching such discuss discusses
  discussing consider considers considering propose proposes proposing explore explores exploring
  absent study studies studying
`.trim().split(/\s+/));
/** Modals right after an indefinite agreement that make it one still to come: "A separate engine contract would follow next year". */
const PROSPECTIVE_MODAL = new Set(['would', 'could', 'may', 'might', 'will']);
/**
 * Words after such a modal that make the agreement's very existence the question: "would follow",
 * "could begin", "would not be unprecedented" (but "a memorandum could be signed", "a treaty could
 * pass" are the one under negotiation, which the story goes on to name).
 */
const PROSPECTIVE_VERB = new Set(['follow', 'begin', 'come', 'emerge', 'materialise', 'materialize', 'not']);
/** Words before "the agreement of" that make it consent, not an instrument: "would require the agreement of all three nations". */
const CONSENT_BEFORE = new Set(['require', 'requires', 'required', 'requiring', 'need', 'needs', 'needed', 'with', 'without', 'obtain', 'obtained', 'secure', 'secured', 'seek', 'seeking']);
/** Verbs of reaching an understanding before "an understanding" (see findNominal; verbs of signing count too): "reached an understanding". */
const UNDERSTANDING_MADE = new Set(['reached', 'reach', 'reaches', 'struck', 'concluded', 'agreed']);
/** Adverbs of habit before a verb that make its object any one of a kind: "has too often signed a contract". */
const HABITUAL = new Set(['often', 'usually', 'routinely', 'typically', 'frequently', 'sometimes', 'always', 'generally']);
/** Modifiers that make a reference a kind of agreement, not one of them: "The traditional contract is not always the fastest way". */
const KIND_MODIFIER = new Set(['traditional', 'conventional', 'typical', 'usual', 'ordinary']);
/** Modifiers that make an indefinite reference one that may never be ("a possible deal"). */
const NON_SPECIFIC_MODIFIER = new Set(['possible', 'potential', 'hypothetical', 'eventual', 'prospective', 'putative']);
/** Verbs of intending before "to sign" (see findNominal). */
const INTEND_VERB = new Set(['going', 'want', 'wants', 'wanted', 'plan', 'plans', 'planned', 'planning', 'hope', 'hopes', 'hoped', 'hoping', 'aim', 'aims', 'aiming',
  'seek', 'seeks', 'seeking', 'intend', 'intends', 'intended', 'wish', 'wishes', 'try', 'tries', 'trying', 'needs', 'need']);
/** Auxiliaries that open a question's inversion before its subject (see verbEndsQuestion). */
const QUESTION_AUXILIARY = new Set(['will', 'would', 'did', 'does', 'do', 'could', 'can', 'should', 'might', 'may', 'must']);
/** Verbs of negotiating (see findNominal). */
const NEGOTIATE = new Set(['negotiate', 'negotiates', 'negotiating']);
/** Words after an agreement that say what it is for, which makes one negotiated or intended specific (see findNominal). */
const PURCHASE_AFTER = new Set(['for', 'covering', 'to']);
// A set rather than an anchored alternation: it is asked about every token of the text.
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'their', 'our', 'his', 'her']);
/** Lower-case words that can start a resolution's name ("UN", "Security", "Resolution"). */
const RESOLUTION_START = new Set(['un', 'u.n', 'united', 'security', 'general', 'resolution', 'unscr']);
/**
 * The key of a name that opens with two countries joined by a hyphen or dash, whichever comes
 * first: "Japan-U.S. Security Treaty" and "U.S.-Japan Security Treaty" are one treaty. The two
 * countries' names, sorted, then the rest of the name in lower case; undefined for other names.
 */
function pairOrderKey(name: string): string | undefined {
  const space = name.indexOf(' ');
  if (space < 0) return undefined;
  const pair = countryPairOfWord(name.slice(0, space));
  if (!pair) return undefined;
  return `${[pair[0].name, pair[1].name].sort().join(' + ')} ${name.slice(space + 1).toLowerCase().replace(/\s+/g, ' ')}`;
}

/** A word ending in a dotted abbreviation before its last period ("Japan-U.S", "U.K"). */
const ENDS_IN_ABBREVIATION = /(?:^|-)(?:[A-Z]\.)+[A-Z]$/;

/** A year inside a name (see YEAR for one written in a reference: "the 2015 deal"). */
const YEAR_IN = /\b(?:19|20)\d\d\b/;
/** Words that open a question whose verb comes before its subject ("Where is the agreement now?"). */
const QUESTION_WORD = new Set(['what', 'where', 'why', 'when', 'which', 'who', 'how']);

/**
 * A word that can modify a head noun: lower-case letters and hyphens (/^[a-z][a-z-]*$/), or a
 * capitalised word, possibly hyphenated (/^[A-Z][a-z]+(-[A-Z][a-z]+)?$/). Written out rather than
 * as the two patterns: it is asked of every word after every determiner (profile: the two
 * regular expressions were the hottest line of findNominal on 1 MB).
 */
function isModifierShape(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  const c0 = s.charCodeAt(0);
  if (c0 >= 97 && c0 <= 122) {
    for (let i = 1; i < n; i++) {
      const c = s.charCodeAt(i);
      // A lower-case prefix before a capitalised word: "inter-Korean", "trans-Pacific".
      if (c === 45 && i + 1 < n && s.charCodeAt(i + 1) >= 65 && s.charCodeAt(i + 1) <= 90) return capitalisedRun(s, i + 1) === n;
      // A slash between two lower-case words: "indefinite-delivery/indefinite-quantity".
      if (!((c >= 97 && c <= 122) || c === 45 || (c === 47 && i + 1 < n && s.charCodeAt(i + 1) >= 97 && s.charCodeAt(i + 1) <= 122 && s.charCodeAt(i - 1) >= 97 && s.charCodeAt(i - 1) <= 122))) return false;
    }
    return true;
  }
  let i = capitalisedRun(s, 0);
  if (i < 0) return false;
  if (i === n) return true;
  if (s.charCodeAt(i) !== 45) return false;
  // A place or a people before a participle or an adjective: "the Oman-brokered ceasefire
  // agreement", "the Omani-mediated deal", "a Turkish-built frigate contract" (lower-case letters
  // only after the hyphen, so "Oman-Yemen" still goes to the second capitalised run).
  if (lowerRun(s, i + 1) === n) return true;
  i = capitalisedRun(s, i + 1);
  return i === n;
}

/**
 * End of [a-z]{3,} starting at `from`, or -1: the lower-case word after a hyphen in "Oman-brokered"
 * (see isModifierShape); three letters at least, as a participle or an adjective has.
 */
function lowerRun(s: string, from: number): number {
  let i = from;
  while (i < s.length) {
    const d = s.charCodeAt(i);
    if (!(d >= 97 && d <= 122)) break;
    i++;
  }
  return i >= from + 3 ? i : -1;
}

/** Small words in a name that some initials spell: "Status of Forces Agreement" is the SOFA (see defineInitials). */
const INITIAL_SMALL_WORD = new Set(['of', 'on', 'and', 'for']);
/** Words that give no letter to a descriptive agreement's initials (see defineLowerInitials). */
const LOWER_INITIALS_SKIP = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'to', 'with', 'billion', 'million', 'trillion', 'bn', 'mn']);

/**
 * Where the sentence that holds offset `at` ends, roughly: at the first line break, or a '.', '!'
 * or '?' after a lower-case letter or a digit and before a space ("U.S. Navy" goes on), at most
 * 300 characters on.
 */
function sentenceEndAfter(text: string, at: number): number {
  const limit = Math.min(text.length, at + 300);
  for (let k = at; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return k;
    if ((c === 46 || c === 33 || c === 63) && k > at) {
      const b = text.charCodeAt(k - 1);
      const a = text.charCodeAt(k + 1);
      if (((b >= 97 && b <= 122) || (b >= 48 && b <= 57)) && (a === 32 || a === 10 || Number.isNaN(a))) return k;
    }
  }
  return limit;
}

/**
 * The year at the start of a descriptive agreement's first words (group 1, "a 2018 memorandum"),
 * or after a participle of making within them before a comma (group 2, "the security agreement
 * with China signed in 2022"). See datedYear.
 */
const DATED_FIRST = /^\S+\s+((?:19|20)\d\d)\b|^[^,;]{0,60}?\b(?:signed|concluded|reached|agreed) in ((?:19|20)\d\d)\b/;

/**
 * The words between a name and another name it is given ("which Marape has named the", ", known
 * as the", ", also called", ", dubbed the", maybe before a quotation mark): see joinCalledNames.
 */
const CALLED_BETWEEN = /^,?\s+(?:(?:which\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:ha[sd]\s+)?|also\s+)?(?:named|called|dubbed)|known\s+as)\s+(?:the\s+)?["“]?$/;

/**
 * A year right after an agreement's mention or its partner: group 1 the words that date it on
 * their own ("of December", "signed in"), absent for a bare "in", which dates a name only after a
 * verb of signing ("signed the Bilateral Security Agreement in 2023"; "left the treaty in 2019" is
 * none); group 2 the year. See yearJustAfterMention.
 */
const DATED_AFTER = /^,?\s+(?:(of\s+(?:[A-Z][a-z]+\s+)?|(?:signed|concluded|reached|agreed)\s+in\s+)|in\s+)((?:19|20)\d\d)\b/;

/** Two or three hyphenated parts, each a capitalised word or an acronym ("US-India", "EU-Ukraine", "US-ROK"). */
function isPartyPair(s: string): boolean {
  const parts = s.split('-');
  if (parts.length < 2 || parts.length > 3) return false;
  for (const p of parts) if (!(isAcronymShape(p) || capitalisedRun(p, 0) === p.length)) return false;
  return true;
}

/**
 * Two or three parties joined by hyphens, at least one a people's adjective ("danish-us",
 * "danish-american", lower case): the parties before a name, which give no initials (see
 * afterParties; countryPairOfWord reads the pairs of countries' names).
 */
function isPeoplePair(lower: string): boolean {
  const parts = lower.split(/[-\u2013]/);
  if (parts.length < 2 || parts.length > 3) return false;
  let people = false;
  for (const p of parts) {
    if (countryByDemonymKey(p) !== undefined) people = true;
    else if (countryByKey(p) === undefined) return false;
  }
  return people;
}

/** Whether every letter of s is a capital. */
function isAllCapitals(s: string): boolean {
  return s.toUpperCase() === s;
}

/** Two to six capital letters: an acronym ("IMF", "AUKUS"), not a shouted word or a Roman numeral alone. */
function isAcronymShape(s: string): boolean {
  const n = s.length;
  if (n < 2 || n > 6) return false;
  // Capitals, and digits inside after the first letter ("G2G" for government-to-government).
  let letters = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) letters++;
    else if (!(i > 0 && c >= 48 && c <= 57)) return false;
  }
  return letters >= 2 && !/^[IVX]+$/.test(s);
}

/**
 * A longer acronym of an organisation, seven to ten capitals, as a modifier before an agreement's
 * head: "the NORDEFCO memorandum of understanding" (isAcronymShape stops at six, where a shouted
 * word is as likely; before a head noun such a word is an organisation's name).
 */
const LONG_ACRONYM = /^[A-Z]{7,10}$/;

/** End of [A-Z][a-z]+ starting at `from`, or -1. */
function capitalisedRun(s: string, from: number): number {
  const c = s.charCodeAt(from);
  if (!(c >= 65 && c <= 90)) return -1;
  let i = from + 1;
  while (i < s.length) {
    const d = s.charCodeAt(i);
    if (!(d >= 97 && d <= 122)) break;
    i++;
  }
  return i > from + 1 ? i : -1;
}
/**
 * Words that end the modifiers of a reference (see nominalRole): function words, quantifiers ("that
 * any ceasefire deal" is no reference), and finite verbs that take an agreement as their object,
 * so that "the government secured agreement from ..." and "the talks reached agreement" are no
 * references ("agreement" is consent there).
 */
const NOT_MODIFIER = new Set(`
  the a an this that these those its their his her of and or to in on for with by from as at is was
  are were be been will would has have had which that who not also said says
  under over after before between against into through during without within about than per via amid among despite
  across toward towards upon while when if because since until unless whether
  reach reached reaches win won wins give gave gives seek sought seeks get got gets strike struck strikes
  clinch clinched secure secured secures obtain obtained
  any every each another some no such whatever
`.trim().split(/\s+/));

/** Days and months, which follow "on" or "in" after a name as its date, not as its subject (see shapedName). */
const TIME_WORD = DAY_OR_MONTH;
/** Heads that may open a name, followed by "on" or "of" and its subject (see headFirstTail). */
const HEAD_FIRST = new Set(['agreement', 'treaty', 'convention', 'protocol', 'accord', 'pact', 'charter', 'compact', 'guidelines', 'memorandum', 'framework']);
/** Words after "of" that make the head a common noun phrase, not a name ("Memorandum of Understanding"). */
const GENERIC_AFTER_OF = new Set(['understanding', 'intent', 'cooperation', 'agreement', 'principles']);
/** Word lists the recogniser asks about (sets: cheaper to ask, and nothing to compile at start-up). */
const NAME_CONTINUES = new Set(['of', 'on', 'between']);
/** An article of an agreement right before its name: "Article 5 of the", "Articles 3 and 4 of" (see the catch-up in findNominals). */
const ARTICLE_OF_BEFORE = /\bArticles?\s+[\dIVXL]+[a-z]?(?:\(\d+\))?(?:\s*(?:and|,)\s*[\dIVXL]+[a-z]?(?:\(\d+\))?)*\s+of\s+(?:the\s+)?$/;
/** What lies between an agreement and another named in the relative clause right after it: ", which complements the" (no other clause between). */
const RELATIVE_CLAUSE_BETWEEN = /^,\s*(?:which|that)\s[^,.!?;:()"“”]*$/;
/** Last words of a region that an agreement's name may end with after "in" (see regionTail). */
const REGION_WORD = new Set(['asia', 'europe', 'africa', 'americas', 'sea', 'ocean', 'pacific', 'atlantic', 'arctic', 'antarctic', 'peninsula', 'region', 'gulf', 'east', 'caribbean', 'mediterranean', 'balkans', 'caucasus', 'baltic']);
/** Words that carry a formal agreement title on when capitalised (see shapedName). */
const FORMAL_CONTINUES = new Set(['regarding', 'concerning', 'relating', 'establishing']);
/** Words that cite a provision of an instrument by its number ("Article 346", "Annex 2"); see nameRunEnd. */
const PROVISION_WORD = new Set(['article', 'articles', 'annex', 'chapter', 'section', 'paragraph']);
const NAME_INNER_WORD = new Set(['of', 'and', 'the', 'on', 'for']);
/** Whether the words before a short name are all parties: countries, their adjectives, pairs ("EU-Moldova", "U.S.-Poland"), initials (see joinShortNames). */
function partiesOnly(prefix: string): boolean {
  const words = prefix.split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 3) return false;
  for (const w of words) {
    const key = w.toLowerCase().replace(/['’]s$/, '');
    if (/^[A-Z]{2,6}$/.test(w) && w !== 'NEW') continue;
    if (/[-–]/.test(w) && /^[\p{Lu}.]/u.test(w)) continue;
    if (countryByKey(key) !== undefined || countryByDemonymKey(key) !== undefined) continue;
    return false;
  }
  return true;
}
/** Letters that are agreements, by the word after "letter of" (see findNominal). */
const LETTER_KIND = new Map([['intent', 'letter of intent'], ['commitment', 'letter of commitment']]);
/** Heads of agreements' names, capitalised (see agreementNameAfter). */
const AGREEMENT_NAME_HEAD = new Set(['treaty', 'convention', 'agreement', 'protocol', 'accord', 'accords', 'pact', 'memorandum', 'charter', 'arrangement']);
/**
 * Words before "Memorandum" that make it a government's directive or its own paper, not an agreement
 * (see shapedName): "a presidential memorandum", "the spring budget memorandum" (a national budget
 * document, which the guideline's national acts exclude).
 */
const DIRECTIVE_BEFORE_MEMORANDUM = new Set(['presidential', 'security', 'executive', 'policy', 'decision', 'action', 'information', 'internal', 'guidance', 'budget', 'budgetary']);
/** Small words inside a formal title's subject (see governmentsEnd). */
const FORMAL_INNER_WORD = new Set(['of', 'and', 'the', 'on', 'for', 'in', 'to', 'against', 'with']);
const PARTY_INNER_WORD = new Set(['of', 'the', 'and']);
/** A party of a formal agreement title (see governmentsEnd). */
const GOVERNMENT_WORD = new Set(['government', 'governments']);
const NAME_LINK_WORD = new Set(['of', 'on', 'and', 'for']);
/** Prepositions that open no agreement's name, capitalised as a sentence's first word ("Under SOFA"; see shapedName). */
const OPENING_PREPOSITION = new Set(['under', 'with', 'without', 'by', 'in', 'at', 'from', 'after', 'before', 'through', 'per', 'via', 'within', 'during', 'since',
  'until', 'against', 'among', 'between', 'into', 'over', 'across', 'despite', 'following', 'including', 'to', 'as', 'like', 'unlike', 'beyond', 'amid']);
const UN_WORD = new Set(['un', 'u.n', 'united']);
const ACRONYM_HEAD = new Set(['agreement', 'treaty', 'accord', 'arrangement', 'deal', 'memorandum']);
/** Adjectives that make "a ... deal" an amount ("a good deal of", "a great deal more"). */
const QUANTITY_DEAL = new Set(['good', 'great']);
/** Verbs of making an agreement before a headline's bare "deal" (see findHeadlineDeal). */
const DEAL_VERB = new Set(['sign', 'signs', 'signed', 'ink', 'inks', 'inked', 'seal', 'seals', 'sealed', 'clinch', 'clinches', 'clinched',
  'strike', 'strikes', 'struck', 'win', 'wins', 'won', 'award', 'awards', 'awarded', 'finalize', 'finalizes', 'finalise', 'finalises',
  'conclude', 'concludes', 'renew', 'renews', 'renewed', 'ratify', 'ratifies', 'ratified', 'approve', 'approves', 'approved', 'agree', 'agrees',
  'reach', 'reaches', 'reached', 'finalized', 'finalised', 'concluded',
  // (A headline's "close" is to conclude, "unveil" to make one public: "Navy pushes MoD to close
  // submarine deal by March", "defence chiefs unveil Brazil deal".)
  'close', 'closes', 'unveil', 'unveils', 'unveiled']);
/** Heads a headline names an agreement by without a determiner; memoranda and treaties are named so in full. */
const DEAL_HEAD = new Set(['deal', 'agreement', 'contract', 'pact', 'accord']);
/** Words of a descriptive agreement's name that make it an agreement to make arms, with a contract's terms (see findNominal). */
const PRODUCTION_DEAL = /\b(?:production|co-production|licen[cs]ed?|licen[cs]ing)\b/i;
/** Words of a descriptive agreement's name that make it a sale or a purchase, which "the deal" refers to first (see findNominal). */
const COMMERCIAL_DEAL = /\b(sales?|purchase|procurement|acquisition|arms|supply|export|order)\b/i;
/** Words of a named agreement that make it a framework between governments rather than a deal (see COMMERCIAL_DEAL). */
const FRAMEWORK_NAME = /\b(partnership|security|co-?operation|access|status of forces|information|friendship|alliance)\b/i;
/**
 * Words that title-case headlines write capitalised next to an agreement's name and that no name
 * holds: verbs, and prepositions and question words (see shapedName).
 */
const HEADLINE_NON_NAME_WORD = new Set([...DEAL_VERB, 'signing', 'ratification', 'agree', 'agrees', 'discuss', 'discusses', 'announce', 'announces', 'approve', 'approves',
  'reach', 'reaches', 'extend', 'extends', 'hail', 'hails', 'welcome', 'welcomes', 'mark', 'marks', 'meet', 'meets', 'hold', 'holds',
  'host', 'hosts', 'join', 'joins', 'exit', 'exits', 'quit', 'quits', 'suspend', 'suspends', 'violate', 'violates', 'ratify', 'ratifies',
  'ratified', 'implement', 'implements', 'strengthen', 'strengthens', 'expand', 'expands', 'upgrade', 'upgrades', 'outline', 'outlines',
  'weigh', 'weighs', 'seek', 'seeks', 'eye', 'eyes', 'back', 'backs', 'push', 'pushes', 'race', 'races', 'lock', 'locks',
  'eyeing', 'mull', 'mulls', 'consider', 'considers', 'unveil', 'unveils', 'pursue', 'pursues', 'negotiate', 'negotiates', 'revive', 'revives',
  // Prepositions no agreement's name holds, which title case capitalises: "Arms Control Without Treaties".
  // ("Convention Against Torture" keeps "Against".)
  'without', 'after', 'before', 'amid', 'despite', 'beyond', 'survive', 'survives', 'can', 'could', 'will', 'should', 'why', 'how',
  'need', 'needs', 'want', 'wants', 'make', 'makes', 'get', 'gets', 'lose', 'loses']);
/**
 * Heads a headline names an agreement by after its verb (see findHeadlineDeal): a deal's, and a
 * memorandum or a treaty written in lower case, a description and no name: "Spain and Italy sign
 * defence memorandum", "Russia, Belarus ratify security treaty".
 */
const HEADLINE_VERB_HEAD = new Set([...DEAL_HEAD, 'memorandum', 'treaty']);
/** Heads a headline names an agreement by as the subject of its verb (see findHeadlineDeal). */
const SUBJECT_DEAL_HEAD = new Set([...DEAL_HEAD, 'treaty', 'memorandum']);
/** Verbs a headline's agreement is the subject of: "... treaty enters into force", "deal collapses". */
const SUBJECT_VERB = new Set(['enters', 'takes', 'comes', 'goes', 'expires', 'collapses', 'lapses', 'ends', 'stalls', 'falters', 'survives', 'nears',
  'clears', 'passes', 'faces', 'signed', 'inked', 'sealed', 'approved', 'ratified', 'extended', 'renewed', 'revived', 'scrapped', 'suspended',
  'is', 'was', 'will', 'could', 'may', 'set', 'to', 'draws', 'sparks', 'angers', 'boosts', 'allows', 'gives', 'covers', 'includes', 'awaits',
  'holds', 'frays', 'teeters']);
/**
 * Past participles a headline's bare capitalised head may be the subject of after a clause break
 * ("...; Memorandum Signed on THAAD Localization"): the agreement was made (see findHeadlineDeal).
 */
const MADE_PARTICIPLE = new Set(['signed', 'inked', 'sealed', 'concluded', 'approved', 'ratified', 'reached', 'agreed', 'finalized', 'finalised', 'renewed', 'extended']);
/**
 * Prepositions a headline's agreement follows at the line's end, without a determiner as headlines
 * write it: "warships stay on alert despite Houthi ceasefire deal", "ministers discuss deployment
 * under Union State security treaty" (see findHeadlineDeal).
 */
const HEADLINE_PREPOSITION = new Set(['under', 'despite', 'amid', 'after', 'over', 'against', 'with', 'before', 'beyond', 'without']);
/** Kinds a headline's head also stands for (see headlineDeal). */
const HEADLINE_KIND_ALSO: Record<string, string[] | undefined> = {
  pact: ['agreement', 'treaty', 'memorandum', 'arrangement'], accord: ['agreement', 'memorandum'], deal: ['contract'], agreement: ['memorandum', 'arrangement'],
};
/** A programme's Roman numeral in a named contract, "the Halcón II contract" (see findProgrammeContracts); "I" is a pronoun too. */
const PROGRAMME_NUMERAL = /^(?:II|III|IV|V|VI|VII|VIII|IX|X)$/;
/** A programme's capitalised word, in any script's letters ("Halcón"). */
const PROGRAMME_WORD = /^\p{Lu}\p{Ll}+$/u;
/** Lower-case heads a programme's name and numeral name (see findProgrammeContracts). */
const PROGRAMME_HEAD = new Set(['contract', 'agreement', 'deal']);
/** A first line longer than this many tokens is a sentence, not a headline. */
const HEADLINE_MAX_TOKENS = 24;
// With the currencies written as words before a spaced figure ("a Rs 63,000 crore deal", "a USD 2.6
// billion contract") and India's units of ten million and a hundred thousand.
const AMOUNT_WORD = new Set(['billion', 'million', 'trillion', 'bn', 'mn', 'crore', 'crores', 'lakh', 'lakhs', 'rs', 'inr', 'usd', 'eur', 'gbp']);
/**
 * An amount written with its currency's ISO code in one word, as defence trade journals do: "USD2.6",
 * "EUR300m", "AUD1bn", "USD375-million"; and with the rupee's "Rs" or the rand's "R" ("Rs5,000",
 * "R1.2": the rand's letter only before a figure with a decimal point or thousands separator, so a
 * designation such as "R2" or "R77" is none).
 */
const CODED_AMOUNT = /^(?:USD|EUR|GBP|AUD|CAD|NZD|JPY|KRW|CNY|INR|PLN|RUB|CHF|SEK|NOK|DKK|ILS|TRY|SAR|AED|SGD|TWD|BRL|ZAR|Rs|Dhs?|R(?=\d+[.,]\d))\d[\d.,]*(?:bn|mn|m|b|-million|-billion|-trillion|-crore)?$/;
/** Words that end an "of" phrase before an agreement's head (see ofPhraseHead). */
const DETERMINER_OR_NUMBER = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'one', 'two', 'three', 'all', 'any', 'each', 'every', 'such', 'and', 'or', 'to', 'for', 'with', 'on', 'in']);
/** A word of lower-case ASCII letters and hyphens ("information", "data-sharing"). */
const isLowerWord = (s: string): boolean => /^[a-z][a-z-]*$/.test(s);
/** What a status agreement is of: "status of forces agreement", "status of mission agreement". */
const STATUS_OF = new Set(['forces', 'mission', 'missions']);
const DEFINITE = new Set(['the', 'this', 'that']);
// "among" and "across": agreement as consensus ("broad agreement among experts").
const NOT_A_REFERENCE_AFTER = new Set(['allies', 'obligations', 'partners', 'negotiations', 'talks', 'process', 'framework', 'terms', 'among', 'across',
  // Nouns the head describes: "a contract notice", "an agreement template", "the contract value".
  'notice', 'notices', 'template', 'templates', 'vehicle', 'vehicles', 'language', 'clause', 'clauses', 'value', 'holder', 'holders', 'officer', 'officers',
  // And events and dates of it: "the original contract date", "the contract award", "the MoU signing ceremony".
  'date', 'dates', 'deadline', 'deadlines', 'award', 'awards', 'signing', 'ceremony', 'text', 'price', 'prices', 'cost', 'costs', 'amount',
  // And the steps of a programme it is one of: "the project will move to the contract stage".
  'stage', 'stages', 'phase', 'phases']);
/** A numeral ordinal ("12th", "3rd"), which numbers one agreement of a series (see acronymUseAt). */
const NUMERAL_ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;
/** Verbs of change before "into" whose object is what the subject became ("turned into a contract"). */
const BECOME_INTO = new Set(['turned', 'turn', 'turns', 'turning', 'converted', 'convert', 'converts', 'converting', 'transformed', 'transform', 'transforms', 'translated', 'translate', 'translates']);
/**
 * Words that deny the clause of the verb after them any agreement (see openedBy). Not "not",
 * which as often says one is still awaited: "has still not finalized a ... contract with Lockheed".
 */
const NEGATION = new Set(['never', 'neither']);
/** Words that open a condition's clause (see openedBy). */
const CONDITION = new Set(['if', 'unless']);
const PREDICATE_BEFORE = new Set(['as', 'is', 'was', 'be', 'not', 'are', 'were', 'been', 'remains', 'remained', 'became', 'becomes']);
/** An opening quotation mark, straight or curly ("as 'the largest contract'", see findNominal). */
const QUOTE_MARK = /^["'“‘]$/;
/** Verbs of calling something by a description, which a quoted one follows as a predicate (see findNominal). */
const CALLING_VERB = new Set(['called', 'calls', 'call', 'calling', 'dubbed', 'termed', 'labelled', 'labeled', 'hailed']);
/** Superlatives that open a description of an agreement ("the largest", "the biggest", "the most significant"). */
const SUPERLATIVE = /^(?:largest|biggest|most|first-ever|greatest|costliest|longest|broadest|widest|richest)$/;
/**
 * An agreement findNominal has met, by key, kind and facts (see `recent` there), with its
 * mentions so far: one tally per key, shared by its entries (see the capitalised short form there).
 */
type RecentAgreement = { key: string; kind: string; info: AgreementInfo; tally: { n: number } };

/**
 * The most recent of the `steps` entries of `recent` before its last one (the reference's latest),
 * other than the one keyed `skip`, that `accept` takes: where a definite reference goes when the
 * latest agreement is not the one it means.
 */
function searchBack(recent: readonly RecentAgreement[], skip: string, steps: number, accept: (cand: RecentAgreement) => boolean): RecentAgreement | undefined {
  for (let r = recent.length - 2, taken = 0; r >= 0 && taken < steps; r--, taken++) {
    const cand = recent[r] as RecentAgreement;
    if (cand.key !== skip && accept(cand)) return cand;
  }
  return undefined;
}

/** Words that open a formal title's subject after its parties (see knownWithoutParties). */
const SUBJECT_LINK = new Set(['on', 'for', 'concerning', 'regarding']);
/** Words that end no lower-case subject of a formal title: verbs and clause openers (see partiesSubjectEnd). */
const SUBJECT_STOP = new Set(['was', 'is', 'were', 'are', 'will', 'would', 'has', 'have', 'had', 'be', 'been', 'can', 'could', 'should', 'may', 'signed', 'entered', 'which', 'that', 'who', 'said', 'says']);
/** Named agreements that are no treaty between governments: contracts, arrangements of agencies, memoranda (see findNominal). */
const NOT_A_TREATY = /\b(?:contract|memorandum|arrangement|letter|purchase|sales?|procurement|supply|loan|lease|industrial|licen[cs]e)\b/i;
/** Verbs whose object is followed by their own "to" and a verb ("expect the agreement to enter into force"). */
const OBJECT_THEN_TO_VERB = new Set(['expect', 'expects', 'expected', 'want', 'wants', 'wanted', 'allow', 'allows', 'allowed', 'need', 'needs',
  'needed', 'urge', 'urges', 'urged', 'ask', 'asks', 'asked', 'require', 'requires', 'required', 'enable', 'enables', 'enabled', 'permit',
  'permits', 'permitted', 'help', 'helps', 'helped', 'force', 'forces', 'forced', 'cause', 'causes', 'caused', 'encourage', 'encourages',
  'encouraged', 'like', 'prefer', 'expecting', 'allowing', 'urging', 'asking', 'helping']);
/** A sentence's end or a line break between two offsets (see findNominal's "in a deal" clause). */
const SENTENCE_BREAK = /[.!?]["'”’)]?\s|\n/;
/** A sentence's end before a capital, or a line break ("the U.S. to purchase" goes on; "the U.S. Army" is read as an end, which is the safe side). */
const SENTENCE_BEFORE_CAPITAL = /[.!?]["'”’)]?\s+["“]?[A-Z]|\n/;
/**
 * What lies between an agreement's reference opening its sentence and a named agreement it acts
 * on: a verb in the present or past, maybe a preposition, maybe "the" ("The arrangement builds on
 * the ...", "The deal replaces the ..."), maybe after a relative clause between commas ("The
 * arrangement, which allows ..., builds on the ..."); such a name is in the background (see findNominal).
 */
const OBJECT_AFTER_SUBJECT = /^(?:,\s(?:which|that)\s[^.;:!?()"“”]*,)? (?!(?:is|was|has|as|ends|and)\b)[a-z]+(?:s|ed)(?: (?:on|upon|from|under))?(?: the)? $/;
/** Words that open a clause of its own after an appositive description ("a deal he said ...", "a deal worth ..."). */
const RESTATED_BY = new Set(['he', 'she', 'they', 'officials', 'that', 'which', 'worth', 'valued', 'expected', 'described', 'seen']);
/** Days and times whose possessive determines an agreement as "the" does ("Today's contract", "Monday's agreement"); see agreementFacts. */
const TIME_POSSESSOR = new Set(['today', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Verbs of which an agreement is the subject, after "as": "as a new agreement took effect" (see clauseVerbAt). */
const CLAUSE_VERB = new Set(['took', 'takes', 'entered', 'enters', 'came', 'comes', 'expired', 'expires', 'lapsed', 'was', 'is', 'went', 'goes', 'began', 'begins']);
/** Nouns after which "Treaty" is a modifier, as the guideline's "other Treaty Parties" (see findNominal). */
const TREATY_COMPOUND = new Set(['parties', 'party', 'depositaries', 'depositary', 'organization', 'organisation', 'secretariat', 'review', 'allies', 'ally',
  'partners', 'partner', 'members', 'member', 'states', 'obligations', 'regime', 'body', 'bodies', 'commission', 'council']);
/** Nouns of bodies, whose names may hold an agreement's word ("Treaty Organization", "Committee on Treaties"). */
const BODY_NOUN = new Set(['organization', 'organisation', 'committee', 'commission', 'council', 'secretariat', 'office', 'agency']);
/** Heads of a truce between warring parties: an agreement when made, not when called for (see findNominal). */
const CEASEFIRE_HEAD = new Set(['truce', 'ceasefire', 'cease-fire', 'armistice']);
/** Verbs before "a truce" or "a ceasefire" that say it was made or kept. */
const CEASEFIRE_MADE = new Set(['brokered', 'reached', 'agreed', 'signed', 'announced', 'declared', 'extended', 'extend', 'violated', 'violate',
  'broke', 'mediated', 'accepted', 'implemented', 'observed', 'negotiated', 'secured', 'sealed', 'struck']);
/** An agreement's name that says it is a truce ("Gaza ceasefire agreement"). */
const CEASEFIRE_NAME = /ceasefire|cease-fire|truce|armistice/i;
/** Times after "signed" that make an agreement the story's own (see signedJustNow). */
const JUST_NOW = new Set(['today', 'yesterday', 'tonight', 'earlier', 'here', 'this']);
/**
 * An amount glued to any currency's letters, with its scale: "P36-billion" (pesos), "Dh13bn",
 * "Rs500-crore" (without a scale such a word may be a designation: "P36").
 */
const SCALED_AMOUNT = /^[A-Z][A-Za-z]{0,2}\d[\d.,]*(?:bn|mn|-million|-billion|-trillion|-crore)$/;
/** Currencies written out after an amount ("16 billion euro", "a 5 billion rand contract"). */
const CURRENCY_NAME = new Set(['euro', 'euros', 'dollar', 'dollars', 'pound', 'pounds', 'rand', 'rupee', 'rupees', 'yen', 'won', 'yuan', 'zloty', 'zlotys', 'dirham', 'dirhams', 'riyal', 'riyals', 'shekel', 'shekels', 'lira', 'kronor', 'krone']);
/** The number at the start of an amount's token ("375" of "375-million", "1.2"). */
const AMOUNT_NUMBER = /^\d+(?:[.,]\d+)*/;
const AMOUNT_NUMBERS = /\d+(?:[.,]\d+)*/g;
/** Modifiers that set a reference apart from the agreements named before it (see distinctionsAgree). */
const DISTINCT_WORD = new Set(['larger', 'broader', 'wider', 'separate', 'follow-on', 'successor', 'parallel', 'companion', 'overarching', 'related']);
/**
 * Words that say which kind of instrument a contract or agreement is, of which one has one: "the
 * framework agreement" is not "an executive contract" named before it, nor "the development
 * contract" "a framework contract" (see distinctionsAgree).
 */
const INSTRUMENT_WORD = new Set(['framework', 'executive', 'development', 'production', 'co-production', 'supply', 'maintenance', 'support', 'lease',
  'offset', 'purchase', 'procurement', 'sustainment', 'training', 'licence', 'license', 'implementing', 'umbrella']);
/** Words of a mention that make it an agreement other than one named before ("a similar pact"); see setApart. */
const OTHER_AGREEMENT_WORD = new Set(['similar', 'another', 'other']);
/** A day of the month after its name (see shapedName): "August 17". */
const DAY_NUMBER = /^(?:[1-9]|[12][0-9]|3[01])$/;
/** Month numbers by a month's first three letters, as a date's "YYYY-MM-DD" writes them (see dayDateAgrees). */
const MONTH_NUMBER: Record<string, string> = Object.fromEntries(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((m, i) => [m, String(i + 1).padStart(2, '0')]));
/** Months written short, with a period ("Sept. 19"). */
const MONTH_SHORT = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/** Capitalised words before an agreement's head that make no name on their own (see shapedName). */
const GENERIC_BEFORE_HEAD = new Set(['key', 'major', 'main', 'other', 'several', 'recent', 'existing', 'previous', 'related', 'relevant', 'important',
  'principal', 'significant', 'various', 'additional', 'further', 'bilateral', 'multilateral', 'international', 'new', 'past', 'current', 'future',
  'selected', 'notable', 'earlier', 'later', 'signed', 'pending', 'proposed', 'draft', 'final', 'all', 'some', 'many', 'these', 'those', 'our', 'its',
  'expired', 'expiring', 'lapsed', 'old', 'older', 'outdated', 'broken', 'collapsed', 'failed', 'remaining']);
/** Determiners that say whose a thing is (see findNominal). */
const POSSESSIVE_DETERMINER = new Set(['our', 'their', 'its', 'his', 'her', 'my', 'your']);
/** Kinds of agreement that are no contract: "the contract" is none of them (see findNominal). */
const NOT_A_CONTRACT = new Set(['memorandum', 'arrangement', 'treaty', 'convention', 'protocol', 'letter of intent', 'letter of commitment', 'framework', 'resolution', 'charter', 'guidelines', 'communique', 'pact', 'accord']);
const RESTRICTING_AFTER = new Set(['to', 'on', 'between', 'with', 'aimed', 'signed', 'reached', 'for', 'under', 'that', 'which']);
const KEEPS_LINK_AFTER = new Set(['with', 'for', 'under']);
const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;

/** /['’]s$/.test(s), without the regular expression (asked at every mention's last word). */
function endsWithPossessive(s: string): boolean {
  const n = s.length;
  if (n < 2 || s.charCodeAt(n - 1) !== 115) return false;
  const c = s.charCodeAt(n - 2);
  return c === 39 || c === 0x2019;
}
/**
 * Lower-case words allowed inside a known name: "Treaty on the Non-Proliferation of Nuclear Weapons",
 * "Treaty on Conventional Armed Forces in Europe", "Convention against Torture", "... between the
 * United States and Japan", "... Foodstuffs from Ukrainian Ports" (the knowledge base's trie decides
 * whether the name goes on; these only let the walk ask it).
 */
const KB_INNER_WORD = new Set(['of', 'on', 'and', 'the', 'for', 'to', 'in', 'at', 'against', 'with', 'between', 'from']);

/**
 * What the passes ask of a token's spelling before any other work, cached per spelling
 * (spellingFacts2). The constructor's pass copies the answers into the token's byte of `taken`,
 * so that findNamed, findAcronymUses and findNominal read one byte per token rather than the
 * spelling and its strings (profile, 1 MB: the per-token tests of findNamed, findNominal and
 * resolution were most of the stage's 14.5 ms; a quarter of the 170,000 tokens are capitalised).
 *
 * The eight bits from the "known" bit are the token's byte (see TAKEN...) but for bit 0, so the
 * constructor copies them with one shift and mask; then MEMO_HEAD_CAP.
 */
const FACTS_KNOWN = reserveMemoBits2(9);
const FACTS_SHIFT = Math.log2(FACTS_KNOWN);
/** A determiner: opens a descriptive reference in findNominal. */
const MEMO_DETERMINER = FACTS_KNOWN << 2;
/**
 * Can start a match of the built-in knowledge base (matchKb: capitalised, in capitals or
 * starting with a digit, and the first word of a known name or a known acronym) or a
 * resolution's name ("UN", "Security", "Resolution"; see RESOLUTION_START). Four in five
 * capitalised words cannot (profile, 1 MB: matchKb's look-ups at 46,000 capitalised words were
 * most of findNamed's 4 ms). One bit for both: the memo's bits are few, and each function
 * rejects the other's words by its own first test.
 */
const MEMO_NAME_START = FACTS_KNOWN << 3;
/** Capitalised and not "The": can start a name by its shape (shapedName). */
const MEMO_SHAPE_START = FACTS_KNOWN << 4;
/** A capitalised head noun ("Treaty"): what headNear looks for. */
const MEMO_HEAD_CAP = FACTS_KNOWN << 8;
/**
 * In capitals, or ending in a possessive "'s" (its key is not its lower case): can be a defined
 * acronym. Cached rather than read from the spelling's fields in the constructor's pass
 * (profile: those three more loads per token were 0.5 of the pass's 1.4 ms).
 */
const MEMO_ACRONYM = FACTS_KNOWN << 1;
/** What the word is to findNominal after a determiner, and whether it opens a quote (ROLE_*), in the three bits from here. */
const ROLE_SHIFT = FACTS_SHIFT + 5;
/** Ends the modifiers: a word that is nothing to a reference ("of", ","). */
const ROLE_OTHER = 0;
/** Ends the modifiers as a head noun ("agreement", "MOU"). */
const ROLE_HEAD = 1;
/** "letter" and "framework": a head only with the words after them ("letter of intent"), else a modifier or nothing. */
const ROLE_MAYBE_HEAD_MODIFIER = 2;
const ROLE_MAYBE_HEAD_OTHER = 3;
/** A modifier ("military", "Defense"). */
const ROLE_MODIFIER = 4;
/** A currency sign, part of an amount when the number follows without a space. */
const ROLE_CURRENCY = 5;
/**
 * Currency signs written before an amount: "a $4.75 billion contract", and as well "a ₱35.7-billion
 * contract" (pesos), "a ₩1.2 trillion deal" (won), "a ¥50 billion contract" (yen).
 */
const CURRENCY_SIGN = new Set(['$', '€', '£', '₹', '¥', '₩', '₱', '₪', '₺', '₽']);
/** A number ("4.75", "10-year") or "billion". */
const ROLE_AMOUNT = 6;
/** An opening quote (to findNominal the same as ROLE_OTHER): findNamed looks for a quoted name. */
const ROLE_QUOTE = 7;

function agreementFacts(t: Spelling): number {
  let f = 0;
  const lower = t.lower;
  if (t.word) {
    if (((t.cap || t.upper || isAsciiDigit(t.text.charCodeAt(0))) && mayStartKbMatch(t, (builtIn ??= load(builtInIndex())))) || RESOLUTION_START.has(lower)) f |= MEMO_NAME_START;
    if (t.cap && lower !== 'the') f |= MEMO_SHAPE_START;
    if (t.cap && HEAD_KIND[lower] !== undefined) f |= MEMO_HEAD_CAP;
    // ("Another" opens an indefinite reference, a new agreement: "Another framework contract covers 6,500 trucks".)
    if (DETERMINERS.has(lower) || lower === 'another') f |= MEMO_DETERMINER;
    // A country's possessive determines like "its": "Iran's nuclear deal", "Finland's accession protocol".
    else if (t.cap && possessiveCountry(t) !== undefined) f |= MEMO_DETERMINER;
    // So may a company's, the last word of its name (see companyFrom in findNominal): "Lockheed
    // Martin's existing multiyear contract".
    else if (t.cap && endsWithPossessive(t.text)) f |= MEMO_DETERMINER;
    // So does a day's: "Today's contract", "Monday's agreement".
    else if (endsWithPossessive(t.text) && TIME_POSSESSOR.has(t.key)) f |= MEMO_DETERMINER;
    // And a common noun's after its own determiner (see companyFrom in findNominal): "the agency's
    // framework contract", "the ministry's deal".
    else if (!t.cap && !t.upper && endsWithPossessive(t.text) && t.text.length > 4) f |= MEMO_DETERMINER;
  }
  if (t.upper || t.key !== t.lower) f |= MEMO_ACRONYM;
  return f | (nominalRole(t) << ROLE_SHIFT);
}

/**
 * False when matchKb cannot match at a word with this spelling, whatever follows: it is neither
 * the first word of a name in `kb` nor one of its acronyms. Exported for the tests.
 */
export function mayStartKbMatch(t: Spelling, kb: AgreementsKb): boolean {
  return kb.phrases.child(0, t.key) >= 0 || (t.upper && kb.acronyms.has(t.text.replace(/['’]s$/, '')));
}

/** The country a possessive names ("Iran's", "Finland’s"), if it is one. */
function possessiveCountry(t: Spelling): string | undefined {
  const lower = t.lower;
  const n = lower.length;
  if (n < 4 || lower.charCodeAt(n - 1) !== 115) return undefined;
  const ap = lower.charCodeAt(n - 2);
  if (ap !== 39 && ap !== 0x2019) return undefined;
  return countryByKey(lower.slice(0, -2))?.name;
}

/** A designation: a capital, letters, an optional hyphen, then digits and maybe letters ("F-35", "K2", "Su-35", "M1A2"). */
const DESIGNATION_SHAPE = /^[A-Z][A-Za-z]{0,3}-?\d{1,4}[A-Z]{0,3}\d?$/;

/** The tests of findNominal's modifier loop that depend on the word alone, in their order there (and ROLE_QUOTE). */
function nominalRole(w: Spelling): number {
  const lower = w.lower;
  const tx = w.text;
  const maybeHead = lower === 'letter' || lower === 'framework' || lower === 'understanding' || CEASEFIRE_HEAD.has(lower);
  if (!maybeHead && ((HEAD_KIND[lower] && (NOMINAL_HEAD.has(lower) || PLURAL_HEAD.has(lower) || lower === 'resolution')) || tx === 'MOU' || tx === 'MoU' || tx === 'MOA')) return ROLE_HEAD;
  if (w.word && isModifierShape(tx) && !NOT_MODIFIER.has(lower) && tx !== 'Treaty') return maybeHead ? ROLE_MAYBE_HEAD_MODIFIER : ROLE_MODIFIER;
  // (An amount glued to its currency's letters is shaped like one, and is an amount: "Dh13".)
  if (w.word && (CODED_AMOUNT.test(tx) || SCALED_AMOUNT.test(tx))) return ROLE_AMOUNT;
  // A weapon's designation names what a contract or deal is for, as a name does ("the F-35
  // contract", "the K2 deal", "the Su-35 deal").
  if (w.word && DESIGNATION_SHAPE.test(tx)) return ROLE_MODIFIER;
  // A country written in capitals ("the U.S. deal", "the UK agreement") modifies like "Iranian"
  // does; findNominal steps over the period that ends "U.S." (a token of its own).
  if (w.word && w.upper && countryByKey(lower) !== undefined) return ROLE_MODIFIER;
  // And a pair of countries written as one word with an abbreviation: "the Saudi-U.S. agreement",
  // "the Korea-U.S. deal" (findNominal steps over the period as after "U.S.").
  if (w.word && tx.indexOf('.') > 0 && tx.indexOf('-') > 0 && lower.split('-').every((part) => countryByKey(part) !== undefined || countryByDemonymKey(part) !== undefined)) return ROLE_MODIFIER;
  // So does an organisation's or a partnership's acronym ("the AUKUS agreement", "the IMF deal");
  // an acronym the text defined for an agreement was taken before (see findAcronymUses).
  if (w.word && w.upper && !maybeHead && (isAcronymShape(tx) || LONG_ACRONYM.test(tx))) return ROLE_MODIFIER;
  // And two or three parties joined by hyphens, one of them an acronym: "the US-India agreement",
  // "the NATO-Russia deal" (two capitalised words, "Iran-Russia", passed isModifierShape above).
  if (w.word && !maybeHead && isPartyPair(tx)) return ROLE_MODIFIER;
  if (maybeHead) return ROLE_MAYBE_HEAD_OTHER;
  if (CURRENCY_SIGN.has(tx)) return ROLE_CURRENCY;
  if ((isAsciiDigit(tx.charCodeAt(0)) && /^\d[\d.,]*(?:bn|mn|m|b)?(?:-\w+){0,2}$/.test(tx)) || AMOUNT_WORD.has(lower) || CODED_AMOUNT.test(tx) || SCALED_AMOUNT.test(tx)) return ROLE_AMOUNT;
  if (!w.word && (tx === '“' || tx === '"')) return ROLE_QUOTE;
  return ROLE_OTHER;
}

/**
 * Bits of a token's byte in `taken`: bit 0 is the mark itself; bits 1 to 4 are the spelling's
 * facts of the same names (MEMO_...), bits 5 to 7 its role (ROLE_...), so that findNominal's
 * loop over the words after a determiner reads their bytes, not their spellings (profile, 1 MB:
 * those loads were most of findNominal). For a knowledge base with user entries, NAME_START is
 * also set at every word that matchKb does not reject by its first test (MEMO_NAME_START is
 * about the built-in one).
 */
const TAKEN = 1;
const ACRONYM = 2;
const DETERMINER = 4;
const NAME_START = 8;
const SHAPE_START = 16;
const BYTE_ROLE_SHIFT = 5;
/** The facts copied from the memo. */
const COPIED = 0xfe;
/** MEMO_HEAD_CAP shifted as the byte's bits are (FACTS_SHIFT): bit 8, above the byte (see the constructor). */
const HEAD_CAP_BIT = MEMO_HEAD_CAP >>> FACTS_SHIFT;
/** The role in a token's byte. */
const roleIn = (b: number): number => b >>> BYTE_ROLE_SHIFT;

/** Whether a space-separated list of words holds the word. */
function hasTopic(list: string, word: string): boolean {
  return (` ${list} `).includes(` ${word} `);
}

/** The attributes of a mention of `info`, in the order the output lists them. Exported for the tests. */
export function agreementAttributes(info: AgreementInfo): Record<string, string | string[]> {
  const attributes: Record<string, string | string[]> = { kind: info.kind };
  if (info.parties && info.parties.length) attributes['parties'] = info.parties;
  if (info.acronym) attributes['acronym'] = info.acronym;
  if (info.signed) attributes['date'] = info.signed;
  return attributes;
}

export class AgreementRecognizer {
  private readonly spans: Span[] = [];
  private readonly taken: Uint8Array;
  private readonly defined = new Map<string, AgreementInfo>();
  /** Shared attribute objects by info; see attributesFor. */
  private readonly attrs = new Map<AgreementInfo, Readonly<Record<string, string | string[]>>>();
  /** The knowledge base's subject words of the agreements mentioned so far, by key (see topicsAgree). */
  private readonly topicsOfKey = new Map<string, string>();
  private counter = 0;
  /** Initials defined by defineLowerInitials: their uses are descriptive mentions. */
  private readonly genericAcronyms = new Set<string>();
  /** Initials in two words defined for a name ("PfP SOFA"; see defineAcronym), by their text: their uses name it. */
  private readonly initialsName = new Map<string, AgreementInfo>();
  /** Where each descriptive agreement was first mentioned (start offset), by key: see acronymsAgree. */
  private readonly nominalAt = new Map<string, number>();
  /** The descriptive agreement made last, by key: a new one in its sentence ends its first words (see findNominal). */
  private lastNominal: string | undefined;
  /** firstWords' answers, by key (references ask the same few candidates again and again). */
  private readonly firstWordsOf = new Map<string, string>();

  /**
   * The words of a descriptive agreement's first mention, from it to the end of its sentence (see
   * sentenceEndAfter), or undefined for an agreement named otherwise.
   */
  private firstWords(key: string): string | undefined {
    let words = this.firstWordsOf.get(key);
    if (words !== undefined) return words;
    const at = this.nominalAt.get(key);
    if (at === undefined) return undefined;
    words = this.text.slice(at, sentenceEndAfter(this.text, at));
    this.firstWordsOf.set(key, words);
    return words;
  }
  /** firstWords' answers in lower case, by key (see saidOfAt). */
  private readonly firstWordsLower = new Map<string, string>();
  /** The token where each descriptive agreement was first mentioned (see countriesAround). */
  private readonly nominalToken = new Map<string, number>();
  /** countriesAround's answers by agreement key. */
  private readonly countriesNear = new Map<string, Set<string>>();
  /** The country after "with" at a descriptive agreement's first mention, by key (see partnerAt). */
  private readonly partnerOf = new Map<string, string>();
  /** topicsAgree's subject words of each agreement, by key. */
  private readonly ownTopics = new Map<string, string>();
  /** knownByYearAndTopic's answers by year and subjects (null for none). */
  private knownByYear: Map<string, AgreementInfo | null> | undefined;
  /** The signing dates of the named agreements found, by key (see yearsAgree). */
  private readonly signedOf = new Map<string, string>();
  /**
   * The tokens with DETERMINER in their byte, and those with ACRONYM, in descending order (the
   * constructor's pass is backward): findNominal and findAcronymUses visit these rather than
   * scanning every token's byte (two passes over 170,000 bytes on 1 MB for 4,300 and 6,200 tokens).
   */
  private readonly determiners: IntList;
  private readonly acronymTokens: IntList;
  /** Token i is sp[i] from starts[i] to ends[i]; only the first n entries belong to this text. */
  private readonly n: number;
  /** Token k is spellings[ids[k]] (see sp). */
  private readonly ids: Int32Array;
  private readonly spellings: readonly Spelling[];
  private readonly starts: Int32Array;
  private readonly flags: Uint8Array;
  /** The headline's first token: 0, or after kicker lines such as "MEDIA STATEMENT" (see headlineStart). */
  private readonly headFrom: number;

  constructor(
    private readonly text: string,
    toks: Tokens,
    private readonly kb: AgreementsKb,
  ) {
    const n = (this.n = toks.length);
    this.ids = toks.ids;
    this.spellings = toks.spellings;
    this.starts = toks.start;
    this.flags = toks.flags;
    const taken = (this.taken = toks.bytes(SCRATCH.agreementsTaken));
    // One backward pass, so that name shapes are only tried where a head noun follows closely;
    // it also gives every token its facts (see agreementFacts). (The next head is not kept per
    // token: shapedName asks it at a few thousand words, see headNear, and an array of 170,000
    // integers on 1 MB was cleared and filled for them.)
    const ids = this.ids;
    const spellings = this.spellings;
    const flags = this.flags;
    this.headFrom = headlineStart(toks);
    const ownKb = kb !== builtIn;
    let next = -1;
    // The next token on the line that findNominal could take for a head (see there: a head noun,
    // "letter", "framework", or a word in capitals or with a possessive), or -1.
    let nextHeadish = -1;
    const determiners = (this.determiners = toks.list(LIST_SLOTS.agreementsDeterminers));
    const acronymTokens = (this.acronymTokens = toks.list(LIST_SLOTS.agreementsAcronyms));
    // Each distinct spelling's copied bits (with NAME_START) and, in bit 8, MEMO_HEAD_CAP, once
    // by spelling id: the pass below then reads a small array per token rather than each token's
    // spelling object (profile, 1 MB: this constructor ~1.7% of a pass, most of it on those reads
    // of 170,000 tokens for about a tenth as many spellings).
    const byteOf = new Uint16Array(spellings.length);
    for (let id = 0; id < spellings.length; id++) {
      const t = spellings[id] as Spelling;
      // The cached case is tested here rather than in spellingFacts2 (see factsOf in systems.ts:
      // A/B on 1 MB, 4.3-4.9 ms against 8.1 ms through the call).
      let memo = t.memo2;
      if ((memo & FACTS_KNOWN) === 0) memo = spellingFacts2(t, FACTS_KNOWN, agreementFacts);
      let f = (memo >>> FACTS_SHIFT) & (COPIED | HEAD_CAP_BIT);
      if (ownKb && t.word && (t.cap || t.upper || isAsciiDigit(t.text.charCodeAt(0)))) f |= NAME_START;
      byteOf[id] = f;
    }
    for (let k = n - 1; k >= 0; k--) {
      const f = byteOf[ids[k] as number] as number;
      if ((f & HEAD_CAP_BIT) !== 0) next = k;
      let b = f & COPIED;
      // shapedName's first test, here: a capitalised word counts as a start only with a head noun close after it.
      if (((next - k) >>> 0) > 14) b &= ~SHAPE_START;
      // findNominal's head is at most thirteen tokens after its determiner, on its line (six
      // modifiers, or six and a parenthesised acronym: "the Global Combat Air Programme (GCAP)
      // treaty"; an amount's sign and separators do not count as words there: "a $15,000,000
      // firm-fixed-price contract"): a determiner with no possible head there loses its bit, and findNominal passes
      // it by its first test (on 1 MB, most of 17,000 determiners; their look-ahead was most of
      // findNominal's time).
      if ((b & DETERMINER) !== 0 && ((nextHeadish - k) >>> 0) > 13) b &= ~DETERMINER;
      const role = b >>> BYTE_ROLE_SHIFT;
      if ((b & ACRONYM) !== 0 || role === ROLE_HEAD || role === ROLE_MAYBE_HEAD_MODIFIER || role === ROLE_MAYBE_HEAD_OTHER) nextHeadish = k;
      taken[k] = b;
      if ((b & DETERMINER) !== 0) determiners.push(k);
      if ((b & ACRONYM) !== 0) acronymTokens.push(k);
      if ((flags[k] as number) > 1) { next = -1; nextHeadish = -1; }
    }
  }

  /** Line breaks before token k (k < n). */
  private nl(k: number): number {
    return (this.flags[k] as number) >>> 1;
  }

  /** Whitespace directly before token k (k < n). */
  private space(k: number): boolean {
    return ((this.flags[k] as number) & 1) !== 0;
  }

  /** The spelling of token k, or undefined outside the text (the arrays may hold an earlier, longer text). */
  private at(k: number): Spelling | undefined {
    return k < this.n && k >= 0 ? this.sp(k) : undefined;
  }

  /** The spelling of token k (0 <= k < n). */
  private sp(k: number): Spelling {
    return this.spellings[this.ids[k] as number] as Spelling;
  }

  /**
   * A named agreement's name without its parties, after the name with them, is the same
   * agreement: "the EU-Moldova Association Agreement ... The Association Agreement", "the
   * U.S.-Poland Security Cooperation Agreement ... the Security Cooperation Agreement". Only when
   * the words left out are parties (countries, their adjectives, pairs such as "EU-Moldova",
   * initials): "START Treaty" is no short form of "New START Treaty".
   */
  private joinShortNames(): void {
    const spans = this.spans;
    let longer: Array<{ lower: string; span: Span }> | undefined;
    for (let k = 0; k < spans.length; k++) {
      const sp = spans[k] as Span;
      if (sp.nominal || sp.name.indexOf(' ') < 0) continue;
      const lower = sp.name.toLowerCase();
      let target: Span | undefined;
      if (longer !== undefined) {
        for (let q = longer.length - 1; q >= 0 && q >= longer.length - 32; q--) {
          const cand = longer[q] as { lower: string; span: Span };
          // (Its end is " " and the short name's: tested without making that string per candidate;
          // heap profile, 1 MB: those strings were about 0.7 MB a pass.)
          const cl = cand.lower;
          if (cand.span.key === sp.key || cand.span.start >= sp.start || cl.length <= lower.length + 1 || !cl.endsWith(lower) || cl.charCodeAt(cl.length - lower.length - 1) !== 32) continue;
          if (!partiesOnly(cand.span.name.slice(0, cand.span.name.length - sp.name.length - 1))) continue;
          target = cand.span;
          break;
        }
      }
      if (target !== undefined) {
        const from = sp.key;
        for (let m = k; m < spans.length; m++) {
          const sm = spans[m] as Span;
          if (sm.key === from) spans[m] = { ...sm, key: target.key, name: target.name, attributes: target.attributes };
        }
        // So do its acronym's later uses: "the Japan-Philippines Reciprocal Access Agreement ...
        // signed the Reciprocal Access Agreement (RAA) ... the RAA" (they are found after this).
        for (const [acronym, info] of this.defined) if (info.key === from) this.defined.set(acronym, { ...info, key: target.key, name: target.name });
        continue;
      }
      (longer ??= []).push({ lower, span: sp });
    }
  }

  /**
   * A name given to a named agreement by a calling phrase right after it is the same agreement:
   * "the Australia-Papua New Guinea Mutual Defence Treaty, which Marape has named the Pukpuk
   * Treaty", "..., known as the Pukpuk Treaty", "..., also called the X Accord". The later name's
   * mentions, before and after, take the first's key. Only names are asked (a few per text), and
   * only the words between two names found next to each other.
   */
  private joinCalledNames(): void {
    const spans = this.spans;
    for (let k = 1; k < spans.length; k++) {
      const sp = spans[k] as Span;
      const prev = spans[k - 1] as Span;
      if (sp.nominal || prev.nominal || prev.key === sp.key || prev.end >= sp.start || sp.start - prev.end > 60 || !CALLED_BETWEEN.test(this.text.slice(prev.end, sp.start))) continue;
      const from = sp.key;
      for (let m = 0; m < spans.length; m++) if ((spans[m] as Span).key === from) spans[m] = { ...(spans[m] as Span), key: prev.key, name: prev.name, attributes: prev.attributes };
      for (const [acronym, info] of this.defined) if (info.key === from) this.defined.set(acronym, { ...info, key: prev.key, name: prev.name });
    }
  }

  /** The offset just after token k (0 <= k < n; see Tokens.endOf). */
  private end(k: number): number {
    return (this.starts[k] as number) + this.sp(k).text.length;
  }

  run(): Span[] {
    this.findContractNumbers();
    this.findNamed();
    this.joinShortNames();
    this.joinCalledNames();
    this.findAcronymUses();
    this.findProgrammeContracts();
    // An acronym defined inside a descriptive reference ("the ... (RDP) agreement") is looked for again.
    if (this.findNominal()) this.findAcronymUses();
    this.findLeadingDealSubject();
    this.findHeadlineDeal();
    this.spans.sort((a, b) => a.start - b.start);
    this.joinDescriptionsToNames();
    return this.spans;
  }

  /**
   * A programme's name and its Roman numeral before a lower-case contract, agreement or deal, after
   * a determiner, name that contract: "Spain signed the Halcón II contract for 25 Eurofighters" is
   * the named "Halcón II contract" (no article, as names are written), which "that contract" later
   * joins. Only the determiners are tried (a short list), and the numeral is tested first.
   * (Not a country's or a people's word: "the Korean II deal" is none; and not "I", a pronoun.)
   */
  private findProgrammeContracts(): void {
    const n = this.n;
    const determiners = this.determiners.data;
    for (let d = 0; d < this.determiners.length; d++) {
      const i = determiners[d] as number;
      if (i + 3 >= n || !PROGRAMME_NUMERAL.test(this.sp(i + 2).text)) continue;
      const w = this.sp(i + 1);
      const head = this.sp(i + 3);
      if (!PROGRAMME_HEAD.has(head.text) || !PROGRAMME_WORD.test(w.text) || countryByKey(w.lower) !== undefined || countryByDemonymKey(w.lower) !== undefined) continue;
      if (this.nl(i + 1) > 0 || this.nl(i + 2) > 0 || this.nl(i + 3) > 0) continue;
      if ((((this.taken[i + 1] as number) | (this.taken[i + 2] as number) | (this.taken[i + 3] as number)) & TAKEN) !== 0) continue;
      const name = this.text.slice(this.starts[i + 1] as number, this.end(i + 3));
      this.emit(i + 1, i + 4, this.infoForName(name, HEAD_KIND[head.text] ?? 'agreement'), false);
    }
  }

  /** Whether "is" or "was" stands within `words` tokens before token i, on its line and in its sentence. */
  private copulaBefore(i: number, words: number): boolean {
    for (let k = i - 1; k >= 0 && k >= i - words; k--) {
      if (this.nl(k + 1) > 0) return false;
      const w = this.sp(k);
      if (w.lower === 'is' || w.lower === 'was') return true;
      if (w.text === '.' || w.text === ';' || w.text === '?' || w.text === '!') return false;
    }
    return false;
  }

  /**
   * An agreement described before it is named, in the name's own words: "have signed a mutual
   * defence agreement. The Strategic Mutual Defence Agreement was signed on Wednesday" is one
   * agreement. The description (an indefinite reference of two words or more, its head included)
   * joins the next agreement the text names, when the name ends with those words; every mention
   * of the description's agreement becomes that name's. Reads the spans in text order.
   */
  private joinDescriptionsToNames(): void {
    const spans = this.spans;
    // One pass first, so that each description is asked in constant time (thousands of them with
    // no name after them stay linear): the next named span after each span, each agreement's first
    // span and whether it has a name.
    const nextNamed = new Int32Array(spans.length);
    const first = new Map<string, number>();
    const hasName = new Set<string>();
    for (let k = spans.length - 1, next = -1; k >= 0; k--) {
      const s = spans[k] as Span;
      nextNamed[k] = next;
      if (!s.nominal) { next = k; hasName.add(s.key); }
      first.set(s.key, k);
    }
    let into: Map<string, Span> | undefined;
    for (let k = 0; k < spans.length; k++) {
      const d = spans[k] as Span;
      // (Only a description of an agreement with no name of its own.)
      if (!d.nominal || (nextNamed[k] as number) < 0 || hasName.has(d.key) || into?.has(d.key)) continue;
      const named = spans[nextNamed[k] as number] as Span;
      const words = this.text.slice(d.start, d.end).toLowerCase().replace(/defense/g, 'defence').split(/\s+/);
      if ((words[0] !== 'a' && words[0] !== 'an' && words[0] !== 'the') || words.length < 3) continue;
      const nameWords = named.name.toLowerCase().replace(/defense/g, 'defence').split(/\s+/);
      // The words the description shares with the name's end, two at least ("military
      // agreement"); a definite one ("the 2018 inter-Korean military agreement") may say more
      // before them, its year or its parties, and must be the first mention of its agreement.
      let shared = 0;
      while (shared < words.length - 1 && shared < nameWords.length - 1 && words[words.length - 1 - shared] === nameWords[nameWords.length - 1 - shared]) shared++;
      const rest = words.slice(1, words.length - shared);
      if (shared < 2 || !words.slice(1).every((w) => /^[a-z0-9-]+$/.test(w))) continue;
      if (words[0] === 'the' ? !rest.every((w) => /^\d+$/.test(w) || w.includes('-') || countryByKey(w) !== undefined) || first.get(d.key) !== k : rest.length > 0) continue;
      (into ??= new Map()).set(d.key, named);
    }
    if (into === undefined) return;
    for (let k = 0; k < spans.length; k++) {
      const s = spans[k] as Span;
      const named = into.get(s.key);
      if (named !== undefined) spans[k] = { ...s, key: named.key, name: named.name, attributes: named.attributes };
    }
  }

  /**
   * A contract named by its number: "contract W31P4Q-20-C-0052", "previously awarded contract
   * N00024-17-C-2100", as the U.S. Department of Defense's contract announcements write them. The
   * number is a procurement instrument identifier (DFARS 204.1603): six characters naming the
   * contracting office, two digits of the fiscal year, a letter for the kind of instrument and
   * four digits, with or without hyphens. The distinct spellings are asked first (one test each
   * for the few of that length in capitals), so texts without such numbers cost no pass.
   */
  private findContractNumbers(): void {
    const spellings = this.spellings;
    let wanted: Set<number> | undefined;
    for (let id = 0; id < spellings.length; id++) {
      const t = spellings[id] as Spelling;
      if (t.text.length < 13 || t.text.length > 16 || !t.word || !t.upper) continue;
      if (PIID.test(t.text)) (wanted ??= new Set()).add(id);
    }
    if (wanted === undefined) return;
    const ids = this.ids;
    for (let i = 1; i < this.n; i++) {
      if (!wanted.has(ids[i] as number) || this.nl(i) > 0) continue;
      const before = this.sp(i - 1).lower;
      if (before !== 'contract' && before !== 'contracts') continue;
      const number = this.sp(i).text;
      this.emit(i - 1, i + 1, this.infoForName(`contract ${number}`, 'contract'), false);
    }
  }

  /**
   * A bare head opening the headline as its subject: "Agreement signed in Beijing boosts ...",
   * "Deal ends long wait for ...": the story's first agreement, whatever its kind (with none after
   * it, a headline may speak of one in general, and nothing is marked).
   */
  private findLeadingDealSubject(): void {
    const n = this.n;
    const taken = this.taken;
    // (The headline's line, or one of the two lines after it, a standfirst's: "China and Pakistan
    // sign military cooperation pact ... / Agreement signed in Beijing covers joint training".)
    for (let at = this.headFrom, lines = 0; at + 2 < n && lines < 3; lines++) {
      const h = this.sp(at);
      if (h.cap && SUBJECT_DEAL_HEAD.has(h.lower) && ((taken[at] as number) & TAKEN) === 0 && this.nl(at + 1) === 0 && SUBJECT_VERB.has(this.sp(at + 1).lower) && !this.sp(at + 1).cap) {
        const end = this.end(at);
        const later = this.firstAgreementAfter(end, () => true);
        if (later !== undefined) {
          taken[at] = (taken[at] as number) | TAKEN;
          this.spans.push({ type: 'agreement', start: this.starts[at] as number, end, nominal: true, key: later.key, name: later.name, attributes: later.attributes, priority: 2 });
          return;
        }
      }
      // The next line's first token (a line of a few hundred tokens at most is walked).
      let next = at + 1;
      while (next < n && next < at + 400 && this.nl(next) === 0) next++;
      if (next >= n || this.nl(next) === 0) break;
      at = next;
    }
  }

  /**
   * A headline's agreement without a determiner, right after a verb of making it: "Philippines,
   * Japan sign $3.5 billion deal", "India, US ink defence pact to boost ties", "Firm wins
   * $1.2 billion contract". Only on the text's first line, when that line is short and ends
   * without a full stop, as a headline does, and only with lower-case modifiers and amounts
   * between the verb and the head ("sign deal talks" aside). It is the agreement of the first
   * later mention of the same kind ("signed a $3.5 billion deal on Monday"), or one of its own.
   */
  private findHeadlineDeal(): void {
    const n = this.n;
    const top = this.headFrom;
    let lineEnd = top + 1;
    while (lineEnd < n && this.nl(lineEnd) === 0) lineEnd++;
    if (n === 0 || lineEnd - top > HEADLINE_MAX_TOKENS || this.sp(lineEnd - 1).text === '.') return;
    const taken = this.taken;
    // A headline in title case capitalises the deal's words too ("Lockheed Martin Wins $1.2
    // Billion Contract"); names there are found as names, so only a deal or a contract, which
    // are never names' heads (see shapedName), is read with capitalised words.
    let words = 0;
    let capitalised = 0;
    for (let k = top; k < lineEnd; k++) {
      const w = this.sp(k);
      if (!w.word || w.text.length < 4) continue;
      words++;
      if (w.cap) capitalised++;
    }
    const titleCase = words >= 3 && capitalised === words;
    for (let v = top; v + 1 < lineEnd; v++) {
      // (Or "in" or "under" before an amount: "Saudi Arabia buys Cheongung-II in $3.2 billion deal".)
      const nextRole = roleIn(taken[v + 1] as number);
      // (A money amount: a currency, or a number with its scale; "in 2024 deal with floods" is no deal.)
      const amountAfter = (this.sp(v).lower === 'in' || this.sp(v).lower === 'under') && (nextRole === ROLE_CURRENCY
        || (nextRole === ROLE_AMOUNT && (!/^\d[\d.,]*$/.test(this.sp(v + 1).text) || AMOUNT_WORD.has(this.at(v + 2)?.lower ?? ''))));
      if (!DEAL_VERB.has(this.sp(v).lower) && !amountAfter) continue;
      let k = v + 1;
      while (k < lineEnd && k < v + 7) {
        const wb = taken[k] as number;
        if ((wb & TAKEN) !== 0) break;
        const role = roleIn(wb);
        const w = this.sp(k);
        // Lower-case modifiers only: a capitalised word before the head is a name's.
        if ((role === ROLE_MODIFIER && (!w.cap || titleCase || countryByKey(w.lower) !== undefined)) || role === ROLE_CURRENCY) { k++; continue; }
        // (A currency's capitalised word is an amount here: "Rs 63,000 crore".)
        if (role === ROLE_AMOUNT || AMOUNT_WORD.has(w.lower)) {
          k++;
          // Thousands separators split a number into tokens: "Rs 63,000 crore".
          k = this.thousandsEnd(k, lineEnd);
          continue;
        }
        break;
      }
      // A letter of intent: "Vietnam, India sign letter of intent on defence industry cooperation",
      // "Both Sides Sign Letter of Intent on Crew Training".
      if (k + 2 < lineEnd && this.sp(k).lower === 'letter' && this.sp(k + 1).lower === 'of' && this.sp(k + 2).lower === 'intent'
        && (!this.sp(k).cap || titleCase) && ((taken[k] as number) & TAKEN) === 0 && ((taken[k + 2] as number) & TAKEN) === 0) {
        this.headlineDeal(v + 1, k + 2, true, 'letter of intent');
        return;
      }
      if (k >= lineEnd || ((taken[k] as number) & TAKEN) !== 0 || roleIn(taken[k] as number) !== ROLE_HEAD) continue;
      const head = this.sp(k);
      // (Or a memorandum by its initials, always in capitals: "Saudi Arabia signs MoU with France".)
      const mou = head.text === 'MoU' || head.text === 'MOU';
      if (!mou && (!HEADLINE_VERB_HEAD.has(head.lower) || (head.cap && !(titleCase && (head.lower === 'deal' || head.lower === 'contract'))))) continue;
      // "sign memorandum of understanding on ...": the memorandum's own "of understanding" is in the span.
      const memo = head.lower === 'memorandum' && k + 2 < lineEnd && this.sp(k + 1).lower === 'of' && this.sp(k + 2).lower === 'understanding';
      const next = this.at(memo ? k + 3 : k + 1);
      if (next && (memo ? k + 3 : k + 1) < lineEnd && NOT_A_REFERENCE_AFTER.has(next.lower)) continue;
      // (A treaty's subject after it is its name in the headline's lower case, "sign treaty on
      // security guarantees within Union State", which "treaty" alone would cut short.)
      if (head.lower === 'treaty' && next && k + 1 < lineEnd && (next.lower === 'on' || next.lower === 'of')) continue;
      this.headlineDeal(v + 1, memo ? k + 2 : k, true, memo || head.lower === 'memorandum' ? 'memorandum' : undefined);
      return;
    }
    // Or the deal as the subject of the headline's verb: "... as GCAP treaty enters into force",
    // "Iran nuclear deal collapses", "defense pact takes effect". The words before the head are
    // lower-case modifiers, amounts or acronyms ("GCAP"), after a word that is none of these.
    for (let k = top + 1; k + 1 < lineEnd; k++) {
      const head = this.sp(k);
      if (((taken[k] as number) & TAKEN) !== 0 || roleIn(taken[k] as number) !== ROLE_HEAD) continue;
      // A memorandum's bare initials before a participle of making it: "... as MoU signed with
      // French yard". The initials name one kind of agreement, so no modifier is needed.
      if (isInitialsHead(head.text) && HEAD_KIND[head.lower] === 'memorandum' && MADE_PARTICIPLE.has(this.sp(k + 1).lower) && !this.sp(k - 1).cap) {
        this.headlineDeal(k, k, false);
        return;
      }
      if (!SUBJECT_DEAL_HEAD.has(head.lower)) continue;
      // A bare capitalised head opening a clause of the headline, before a participle of making
      // it: "Minister Receives Secretary in Riyadh; Memorandum Signed on THAAD Localization" (in
      // title case the participle is capitalised too). The clause's subject is the story's agreement.
      if (head.cap) {
        const brk = this.sp(k - 1).text;
        const verb = this.sp(k + 1);
        if ((brk === ';' || brk === ':') && MADE_PARTICIPLE.has(verb.lower) && (!verb.cap || titleCase)) this.headlineDeal(k, k, false);
        if (((taken[k] as number) & TAKEN) !== 0) return;
        continue;
      }
      if (!SUBJECT_VERB.has(this.sp(k + 1).lower) || this.sp(k + 1).cap) continue;
      let from = k;
      while (from > top && from > k - 6) {
        const wb = taken[from - 1] as number;
        if ((wb & TAKEN) !== 0) break;
        const w = this.sp(from - 1);
        const role = roleIn(wb);
        // (And a truce's word before a head, "ceasefire deal holds", and a party's name, in the
        // span as a country adjective would be: "as Australia frigate deal nears".)
        if (((role === ROLE_MODIFIER || CEASEFIRE_HEAD.has(w.lower)) && (!w.cap || countryByKey(w.lower) !== undefined)) || role === ROLE_CURRENCY || role === ROLE_AMOUNT || AMOUNT_WORD.has(w.lower) || (w.upper && w.word && countryByKey(w.lower) === undefined)) { from--; continue; }
        break;
      }
      // At least one word describes it ("the deal" alone is no headline's name), and the word before
      // opens no longer noun phrase: a verb, a preposition, a comma or the line's start.
      if (from === k || (from > top && this.sp(from - 1).word && this.sp(from - 1).cap)) continue;
      this.headlineDeal(from, k, false);
      return;
    }
    // Or the object of a preposition that ends the headline: "U.S. warships stay on alert in Red
    // Sea despite Houthi ceasefire deal", "Belousov, Khrenin discuss deployment under Union State
    // security treaty". Headlines drop the determiner, so the bare head with its modifiers is the
    // story's agreement. The modifiers may be capitalised here (a party's or a programme's name:
    // "Union State"), as the preposition before them and the line's end after the head bound the
    // noun phrase; at least one of them, and a lower-case head (a capitalised one is a name's).
    const last = this.sp(lineEnd - 1);
    const k = last.word ? lineEnd - 1 : lineEnd - 2;
    if (k <= top || ((taken[k] as number) & TAKEN) !== 0 || roleIn(taken[k] as number) !== ROLE_HEAD) return;
    const head = this.sp(k);
    if (head.cap || !SUBJECT_DEAL_HEAD.has(head.lower)) return;
    let from = k;
    while (from > top + 1 && from > k - 5) {
      const wb = taken[from - 1] as number;
      if ((wb & TAKEN) !== 0) break;
      const w = this.sp(from - 1);
      // (Some prepositions are shaped as modifiers: "despite", "amid".)
      if (HEADLINE_PREPOSITION.has(w.lower)) break;
      const role = roleIn(wb);
      // (A truce before the head is its subject: "Houthi ceasefire deal".)
      if (role === ROLE_MODIFIER || role === ROLE_MAYBE_HEAD_MODIFIER || (role === ROLE_MAYBE_HEAD_OTHER && CEASEFIRE_HEAD.has(w.lower))
        || (w.word && w.upper && countryByKey(w.lower) === undefined && isAcronymShape(w.text))) { from--; continue; }
      break;
    }
    if (from === k || !HEADLINE_PREPOSITION.has(this.sp(from - 1).lower) || this.sp(from - 1).cap) return;
    this.headlineDeal(from, k, false);
  }

  /**
   * Whether the words from token `to`, right after an indefinite description set off by a comma,
   * open a clause about it: a word of RESTATED_BY ("a pact that ..."), or a participle, maybe after
   * "later", "since" or "now" ("a pact later joined by Britain", "a deal signed in May").
   */
  private laterAppositive(to: number): boolean {
    const w = this.sp(to).lower;
    if (RESTATED_BY.has(w)) return true;
    const verb = (w === 'later' || w === 'since' || w === 'now') && to + 1 < this.n && this.nl(to + 1) === 0 ? this.sp(to + 1).lower : w;
    return verb.length > 4 && verb.endsWith('ed');
  }

  /** Whether a mention's words set its agreement apart from another ("a similar pact", "another deal", "a separate accord"). */
  private setApart(s: Span): boolean {
    // (Written in lower case, or first in the mention: "Another deal"; a capitalised word inside
    // is a name's, "a $40 million Other Transaction Authority agreement".)
    const words = this.text.slice(s.start, s.end).split(/\s+/);
    for (let m = 0; m < words.length; m++) {
      const w = words[m] as string;
      const lower = w.toLowerCase();
      if ((m === 0 || w === lower) && (DISTINCT_WORD.has(lower) || OTHER_AGREEMENT_WORD.has(lower))) return true;
    }
    return false;
  }

  /**
   * Marks the headline's deal from token `from` to its head `k` (see findHeadlineDeal): the
   * agreement of the first later mention of the same kind (the head's, or `kindOf`), or
   * (`byWords`, for a deal the headline says was made) of a name with its words, or one of its own.
   */
  private headlineDeal(from: number, k: number, byWords: boolean, kindOf?: string): void {
    const taken = this.taken;
    const head = this.sp(k);
    const kind = kindOf ?? HEAD_KIND[head.lower] ?? 'agreement';
    const start = this.starts[from] as number;
    const end = this.end(k);
    // The agreement next to the headline's amount where the story gives it ("sign $6.5 billion
    // deal" ... "signed a second executive contract worth $6.5 billion"), whatever its kind.
    let later = this.withSameAmount(from, k, end);
    // Or the one whose name an acronym among its words spells: "under new OTA deal" is "a $412
    // million Other Transaction Authority agreement", not a contract named before it.
    if (later === undefined) later = this.spelledByAcronym(from, k, end);
    // (Not "a similar pact", "another deal": an agreement the story sets apart from this one.)
    if (later === undefined) {
      // (A headline's "pact" is the story's agreement or treaty, its "deal" the contract: the
      // headline's word for the kind is the shorter one.)
      const also = HEADLINE_KIND_ALSO[kind];
      // A truce's deal is the story's truce, whatever its head: "despite Houthi ceasefire deal" and
      // "the Oman-brokered ceasefire agreement" (descriptive, as above).
      const truce = CEASEFIRE_NAME.test(this.text.slice(start, end));
      // (Another kind only for a descriptive agreement: a named one needs the headline's words, see namedWithWords.)
      later = this.firstAgreementAfter(end, (s) => {
        const sk = s.attributes['kind'] as string;
        return sk === kind || (s.key.startsWith('a:nominal-') && ((also !== undefined && also.includes(sk)) || (truce && (sk === 'ceasefire' || CEASEFIRE_NAME.test(s.name)))));
      });
    }
    // Or the first agreement named after it whose name has every word describing the headline's
    // ("mutual defence pact" and the "Strategic Mutual Defence Agreement" signed in the article).
    if (later === undefined && byWords) later = this.namedWithWords(from, k, end);
    for (let m = from; m <= k; m++) taken[m] = (taken[m] as number) | TAKEN;
    if (later !== undefined) {
      this.spans.push({ type: 'agreement', start, end, nominal: true, key: later.key, name: later.name, attributes: later.attributes, priority: 2 });
    } else {
      const info: AgreementInfo = { key: `a:nominal-${this.counter++}`, name: this.text.slice(start, end), kind };
      this.emit(from, k + 1, info, true);
    }
  }

  /**
   * The first agreement mentioned after offset `end` that an acronym among tokens `from` to `k`
   * (exclusive) stands for: its own acronym, or the initials of its name's first words ("OTA" for
   * "Other Transaction Authority agreement"). Undefined when no such acronym or agreement.
   */
  private spelledByAcronym(from: number, k: number, end: number): Span | undefined {
    for (let m = from; m < k; m++) {
      const w = this.sp(m);
      if (!w.word || !w.upper || !isAcronymShape(w.text) || countryByKey(w.lower) !== undefined) continue;
      const lower = w.lower;
      // (From the name's first capitalised word: a descriptive one's name keeps its amount, "$412 million Other ...".)
      const found = this.firstAgreementAfter(end, (s) => s.attributes['acronym'] === w.text || initialsOf(s.name.replace(/^[^A-Z]+/, '')).startsWith(lower));
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /**
   * The first agreement mentioned after offset `end` that `accept` takes, and that the story does
   * not set apart from the headline's ("a similar pact", "another deal"); see setApart.
   */
  private firstAgreementAfter(end: number, accept: (s: Span) => boolean): Span | undefined {
    let later: Span | undefined;
    for (const s of this.spans) if (s.start >= end && (later === undefined || s.start < later.start) && accept(s) && !this.setApart(s)) later = s;
    return later;
  }

  /**
   * The agreement mentioned nearest to the first later occurrence of the amount among tokens
   * [from, to) ("6.5 billion"), on that occurrence's line and within 200 characters of it; see
   * findHeadlineDeal.
   */
  private withSameAmount(from: number, to: number, after: number): Span | undefined {
    let a = -1;
    for (let m = from; m < to && a < 0; m++) if (isAsciiDigit(this.sp(m).text.charCodeAt(0))) a = m;
    if (a < 0) return undefined;
    const b = a + 1 < to && AMOUNT_WORD.has(this.sp(a + 1).lower) ? a + 1 : a;
    const amount = this.text.slice(this.starts[a] as number, this.end(b));
    if (amount.length < 3) return undefined;
    for (let at = this.text.indexOf(amount, after), steps = 0; at >= 0 && steps < 8; at = this.text.indexOf(amount, at + 1), steps++) {
      let best: Span | undefined;
      let bestDistance = 201;
      for (const s of this.spans) {
        if (s.start < after) continue;
        // (0 when the amount is inside the mention: "a $6.5 billion deal".)
        const distance = s.start > at ? s.start - at : Math.max(0, at - s.end);
        if (distance >= bestDistance) continue;
        const lo = Math.min(s.start, at);
        const hi = Math.max(s.end, at);
        if (this.text.indexOf('\n', lo) < hi && this.text.indexOf('\n', lo) >= 0) continue;
        best = s;
        bestDistance = distance;
      }
      if (best !== undefined) return best;
    }
    return undefined;
  }

  /**
   * The first agreement named at or after offset `after` whose name holds every word of four
   * letters or more among tokens [from, to) ("defence" and "defense" alike), when there are such
   * words; see findHeadlineDeal.
   */
  private namedWithWords(from: number, to: number, after: number): Span | undefined {
    const words: string[] = [];
    for (let m = from; m < to; m++) {
      const w = this.sp(m);
      if (w.word && w.text.length >= 4 && !/\d/.test(w.text)) words.push(w.lower.replace('defence', 'defense'));
    }
    if (words.length === 0) return undefined;
    let found: Span | undefined;
    for (const s of this.spans) {
      if (s.start < after || s.nominal || (found !== undefined && s.start >= found.start)) continue;
      const name = ` ${s.name.toLowerCase().replace(/defence/g, 'defense')} `;
      if (words.every((w) => name.includes(` ${w} `))) found = s;
    }
    return found;
  }

  /**
   * After a number's first token at k - 1, the token after its thousands groups (",000" pairs of an
   * unspaced comma and digits, before `limit`): "320,000,000" is five tokens.
   */
  private thousandsEnd(k: number, limit: number): number {
    while (k + 1 < limit && this.sp(k).text === ',' && !this.space(k) && !this.space(k + 1) && isAsciiDigit(this.sp(k + 1).text.charCodeAt(0))) k += 2;
    return k;
  }

  /**
   * The attributes of a mention of `info`: one object per info and recogniser rather than one
   * per mention (the parties array was shared already). Safe because nothing writes to a span's
   * attributes (assemble in analyze.ts copies them into a fresh object per entity) and an info
   * is not changed once mentioned (a defined acronym goes on a copy, see defineAcronym); frozen
   * so that a later change that writes to them fails loudly instead of changing other mentions.
   */
  private attributesFor(info: AgreementInfo): Record<string, string | string[]> {
    let attributes = this.attrs.get(info);
    if (attributes === undefined) {
      attributes = Object.freeze(agreementAttributes(info));
      this.attrs.set(info, attributes);
    }
    return attributes;
  }

  private emit(from: number, to: number, info: AgreementInfo, nominal: boolean, startOffset?: number): void {
    if (info.topics !== undefined) this.topicsOfKey.set(info.key, info.topics);
    // (A resolution the knowledge base named cites one by its number as well: "Resolution 1718 and
    // its successors, notably resolution 2270"; see resolution.)
    if (info.kind === 'resolution' && !nominal) this.citedResolution = true;
    for (let k = from; k < to; k++) this.taken[k] = (this.taken[k] as number) | TAKEN;
    let end = this.end(to - 1);
    if (endsWithPossessive(this.sp(to - 1).text)) end -= 2;
    const attributes = this.attributesFor(info);
    this.spans.push({ type: 'agreement', start: startOffset ?? (this.starts[from] as number), end, nominal, key: info.key, name: info.name, attributes, priority: 2 });
  }

  /** Named agreements: knowledge base phrases, capitalised names ending in a head noun, resolutions, quoted names. */
  private findNamed(): void {
    const n = this.n;
    const taken = this.taken;
    for (let i = 0; i < n; i++) {
      // The token's byte says which of the tests below can succeed (see TAKEN...); most tokens pass none.
      const b = taken[i] as number;
      if ((b & TAKEN) !== 0 || ((b & (NAME_START | SHAPE_START)) === 0 && roleIn(b) !== ROLE_QUOTE)) continue;
      if (roleIn(b) === ROLE_QUOTE) { this.quoted(i); continue; }
      if ((b & NAME_START) !== 0) {
        const kbm = this.matchKb(i);
        // A body named after a treaty is no agreement: "the North Atlantic Treaty Organization".
        if (kbm && this.organisationAfter(kbm.to)) { i = kbm.to; continue; }
        if (kbm) {
          // (A known name is whole before a lower-case "on the": "signed the Abraham Accords on
          // the White House lawn" names the accords, not one "on the White House".)
          const onThe = this.at(kbm.to)?.text === 'on' && this.at(kbm.to + 1)?.lower === 'the';
          const shaped = onThe ? undefined : this.shapedName(i);
          const to = shaped && shaped.to > kbm.to ? shaped.to : kbm.to;
          this.emit(i, to, kbm.info, false);
          this.defineAcronym(to, kbm.info);
          i = to - 1;
          continue;
        }
        const res = this.resolution(i);
        if (res) { i = res - 1; continue; }
      }
      if ((b & SHAPE_START) === 0) continue;
      const shaped = this.shapedName(i, true);
      // Nor is a body whose name ends in one: "the Collective Security Treaty Organization", "the
      // Joint Standing Committee on Treaties" (the body's noun before the agreement's).
      if (shaped && (this.organisationAfter(shaped.to) || this.bodyBeforeKind(i, shaped.to))) { i = shaped.to - 1; continue; }
      if (shaped) {
        const info = (this.initialsName.size > 0 ? this.initialsName.get(this.shapedNameText(i, shaped.to)) : undefined) ?? this.knownWithoutParties(i, shaped.to) ?? this.infoForName(this.shapedNameText(i, shaped.to), shaped.kind, shaped.acronym);
        this.emit(i, shaped.to, info, false);
        if (!this.defineAcronym(shaped.to, info)) this.defineInitials(i, shaped.to, info);
        i = shaped.to - 1;
      }
    }
  }

  /**
   * The knowledge base's agreement for a formal title with its parties, named there without them:
   * "Treaty Between the United States of America and the Russian Federation on Measures for the
   * Further Reduction and Limitation of Strategic Offensive Arms" is the "Treaty on Measures for
   * ..." (New START). The head at token i, "between" after it, the subject's "on" (or "for",
   * "concerning", "regarding") after the parties, up to token `to`; undefined when not so.
   */
  private knownWithoutParties(i: number, to: number): AgreementInfo | undefined {
    if (this.at(i + 1)?.lower !== 'between') return undefined;
    let m = i + 2;
    let and = false;
    while (m < to && !(and && SUBJECT_LINK.has(this.sp(m).lower))) { if (this.sp(m).lower === 'and') and = true; m++; }
    if (m >= to) return undefined;
    const trie = this.kb.phrases;
    let node = trie.child(0, this.sp(i).key);
    for (let j = m; j < to && node >= 0; j++) node = trie.child(node, this.sp(j).key);
    return node >= 0 && trie.value(node) >= 0 ? this.kb.infos[trie.value(node)] : undefined;
  }

  private matchKb(i: number): { to: number; info: AgreementInfo } | undefined {
    const first = this.sp(i);
    // A known name starts with a capital or a digit, an acronym is in capitals: any other word
    // (most of them) is rejected before the look-up.
    if (!first.cap && !first.upper && !isAsciiDigit(first.text.charCodeAt(0))) return undefined;
    const trie = this.kb.phrases;
    const n = this.n;
    let node = 0;
    let best: { to: number; info: AgreementInfo } | undefined;
    for (let j = i; j < n && node >= 0; j++) {
      const t = this.sp(j);
      if (j > i && this.nl(j) > 0) break;
      // A known name may end in a lower-case head noun ("the Minsk agreements").
      if (!t.cap && !(j > i && KB_INNER_WORD.has(t.lower)) && !isAsciiDigit(t.text.charCodeAt(0)) && !(j > i && HEAD_KIND[t.lower] !== undefined)) break;
      // The token key is lower without "'s" (only words reach here: punctuation broke the loop).
      node = trie.child(node, t.key);
      if (node >= 0 && trie.value(node) >= 0) best = { to: j + 1, info: this.kb.infos[trie.value(node)] as AgreementInfo };
    }
    // A knowledge-base acronym counts when written in capitals and not as part of a longer code
    // (checked first: only words in capitals are looked up).
    if (!best && first.upper) {
      const a = this.kb.acronyms.get(endsWithPossessive(first.text) ? first.text.slice(0, -2) : first.text);
      if (a && !this.otherHeadAfter(i)) best = { to: this.acronymEnd(i), info: a };
    }
    return best;
  }

  /**
   * Whether one or two lower-case modifiers and a descriptive head follow a known agreement's
   * acronym at token i: the acronym modifies another agreement, whose noun phrase is the span
   * (spans never nest): "the NPT safeguards agreement" is the safeguards agreement under the NPT.
   */
  private otherHeadAfter(i: number): boolean {
    for (let j = i + 1; j <= i + 3 && j < this.n && this.nl(j) === 0; j++) {
      const t = this.sp(j);
      const role = roleIn(this.taken[j] as number);
      if (role === ROLE_HEAD) return j > i + 1 && NOMINAL_HEAD.has(t.lower) && !t.cap;
      if (role !== ROLE_MODIFIER || t.cap || t.upper) return false;
    }
    return false;
  }

  /**
   * Whether a capitalised head noun (MEMO_HEAD_CAP) is among tokens i to i + 14, with no line
   * break before it after token i: shapedName's first test, as the constructor's pass reads it
   * for SHAPE_START.
   */
  private headNear(i: number): boolean {
    for (let j = i; j <= i + 14 && j < this.n; j++) {
      if (j > i && this.nl(j) > 0) return false;
      if ((this.sp(j).memo2 & MEMO_HEAD_CAP) !== 0) return true;
    }
    return false;
  }

  /**
   * "Capitalised Words ... (ACR) Head [of|on Capitalised Words]". `headKnown`: the token has
   * SHAPE_START, so headNear holds.
   */
  private shapedName(i: number, headKnown = false): { to: number; kind: string; acronym?: string } | undefined {
    if (!headKnown && !this.headNear(i)) return undefined;
    const n = this.n;
    let j = i;
    let content = 0;
    let acronym: string | undefined;
    // Names are short; the bound keeps a run of thousands of capitalised words linear.
    while (j < n && j < i + 14) {
      const t = this.sp(j);
      if (j > i && this.nl(j) > 0) return undefined;
      if (t.text === '(' && this.at(j + 1)?.upper && this.at(j + 2)?.text === ')') { acronym = this.sp(j + 1).text; j += 3; continue; }
      // "U.S.-Japan", "Japan–US": the tokenizer splits a period, a hyphen and an en dash off;
      // inside a name they are glue.
      if (!t.word && content > 0 && !this.space(j) && (t.text === '.' || t.text === '-' || t.text === '\u2013')) {
        const nx = this.at(j + 1);
        if ((nx?.cap || nx?.text === '-' || nx?.text === '\u2013') && !(nx && this.space(j + 1))) { j++; continue; }
        // The period that ends an abbreviation inside the name ("Japan-U.S. Security Treaty").
        if (t.text === '.' && nx?.cap && ENDS_IN_ABBREVIATION.test(this.sp(j - 1).text)) { j++; continue; }
      }
      if (!t.word) return undefined;
      // A verb is no word of a name, in a headline in title case either: "Japan, Philippines Sign
      // Reciprocal Access Agreement" names the "Reciprocal Access Agreement" (tried from its own
      // first word), not "Philippines Sign Reciprocal Access Agreement".
      if (HEADLINE_NON_NAME_WORD.has(t.lower)) return undefined;
      // A capitalised determiner opening a sentence ("An MOU is ...") is no word of a name, nor any
      // possessive, a country's or a capital's: "Sweden's Defence Cooperation Agreement", "Canberra's
      // Bilateral Security Treaty" are the agreements named from the next word (tried from there).
      if (content === 0 && (DETERMINERS.has(t.lower) || endsWithPossessive(t.text))) return undefined;
      const head = HEAD_KIND[t.lower];
      // A name that opens with its head: "Agreement on Defense Cooperation", "Convention on Cluster
      // Munitions", "Treaty of Tlatelolco" ("the Agreement" alone stays a reference).
      if (content === 0 && head !== undefined && t.cap && HEAD_FIRST.has(head)) {
        const tail = this.headFirstTail(j);
        // (And its parties, as a formal title gives them: see governmentsEnd.)
        const governments = this.governmentsEnd(tail);
        // (And two countries after "between", which the official title names: "Treaty of Mutual
        // Cooperation and Security between Japan and the United States"; see betweenTwoCountriesEnd.)
        const to = Math.max(tail, governments, governments < 0 && tail === j + 1 ? this.partiesSubjectEnd(tail) : -1, tail > j + 1 ? this.betweenTwoCountriesEnd(tail) : -1);
        // ("Framework" heads a name only with its subject after it, "Framework for the US-India
        // Major Defence Partnership"; before another head it is a word of the name: "Framework
        // Participation Agreement".)
        if (to > j + 1 || head !== 'framework') return to > j + 1 ? { to, kind: head } : undefined;
      }
      if (head && t.cap && content > 0 && head !== 'resolution' && head !== 'framework' && head !== 'deal' && head !== 'contract') {
        // Words that only rank or count agreements name none: a heading "Key Agreements", "Other
        // Treaties", "Bilateral Agreements" (a name has a proper or subject word: "Minsk Agreements").
        let generic = true;
        for (let m = i; m < j && generic; m++) if (this.sp(m).word && !GENERIC_BEFORE_HEAD.has(this.sp(m).lower)) generic = false;
        if (generic) return undefined;
        // A plural head right after "and" ends a heading's list: "Key Officials and Agreements",
        // "Treaties and Agreements".
        const before = this.sp(j - 1).lower;
        if ((before === 'and' || before === '&') && t.lower.charCodeAt(t.lower.length - 1) === 115) return undefined;
        // A government's own directive is no agreement: "Presidential Memorandum on Arms
        // Transfers", "National Security Memorandum".
        if (head === 'memorandum' && DIRECTIVE_BEFORE_MEMORANDUM.has(this.sp(j - 1).lower)) return undefined;
        const next = this.at(j + 1);
        if (next && this.nl(j + 1) === 0 && next.cap && ADJECTIVAL_AFTER.test(next.text)) return undefined;
        let to = j + 1;
        // "Treaty on the Non-Proliferation of Nuclear Weapons", "Treaty of Tlatelolco". A formal
        // title goes on with a capitalised "Between" ("Mutual Defense Treaty Between the Republic of
        // the Philippines and the United States of America"); in lower case it only says whose the
        // agreement is ("the Reciprocal Access Agreement between Japan and the Philippines").
        // So does a capitalised "Regarding" or "Concerning" ("Memorandum of Agreement Regarding the
        // Assignment of Liaison Officers", "Agreement Concerning Security Measures for the Protection
        // of Classified Military Information").
        if (next && this.nl(j + 1) === 0 && ((NAME_CONTINUES.has(next.lower) && next.text !== 'between') || (next.cap && FORMAL_CONTINUES.has(next.lower)))) {
          let k = j + 2;
          // "Protocol Relating to the Mechanism for ...".
          if (next.lower === 'relating' && this.at(k)?.lower === 'to') k++;
          if (this.at(k)?.lower === 'the') k++;
          const end = this.nameRunEnd(k);
          if (end > 0) to = end;
        }
        to = Math.max(to, this.governmentsEnd(to));
        const res: { to: number; kind: string; acronym?: string } = { to, kind: head };
        if (acronym) res.acronym = acronym;
        return res;
      }
      // (A link word opens no name, in a heading in capitals either: "SIGNING OF SUPPORT AGREEMENT";
      // nor a preposition opening a sentence: "Under SOFA, U.S. authorities ...".)
      if (content === 0 && (NAME_LINK_WORD.has(t.lower) || OPENING_PREPOSITION.has(t.lower))) return undefined;
      if (t.cap || (t.upper && t.text.length > 1)) { content++; j++; continue; }
      if (content > 0 && NAME_LINK_WORD.has(t.lower)) { j++; continue; }
      // A date that names a communiqué or an accord: "the August 17 Communique", "the May 17
      // Agreement" (a month and a day, after "the": "On March 3 Treaty negotiators met" names none).
      if (content === 1 && j === i + 1 && TIME_WORD.has(this.sp(i).lower) && DAY_NUMBER.test(t.text) && this.at(i - 1)?.lower === 'the') { content++; j++; continue; }
      return undefined;
    }
    return undefined;
  }

  /**
   * The end of a formal title's parties and subject after its name at token k: "between" or
   * "among", two governments or more ("the Government of the Republic of Indonesia and the
   * Government of Malaysia", "the Government of Australia, the Government of the United Kingdom of
   * Great Britain and Northern Ireland, and the Government of the United States of America"),
   * then its subject, if any ("on Cooperation in the Field of Defence", "for Cooperation Related
   * to Naval Nuclear Propulsion"): -1 when no government follows. Whose an agreement is, said
   * otherwise ("the Reciprocal Access Agreement between Japan and the Philippines"), is no part of
   * its name.
   */
  private governmentsEnd(k: number): number {
    const w = this.at(k);
    if (w === undefined || this.nl(k) > 0 || (w.lower !== 'between' && w.lower !== 'among')) return -1;
    let m = k + 1;
    let parties = 0;
    for (;;) {
      // "the Government of", "the Governments of" (one party each, the words up to the next party).
      if (!this.governmentAt(m)) return -1;
      m += 3;
      const from = m;
      while (m < this.n && this.nl(m) === 0 && m < from + 12) {
        const t = this.sp(m);
        if (t.word && t.cap) { m++; continue; }
        // The next party ends this one: "and the Government of", ", the Government of".
        if ((t.lower === 'and' || t.text === ',') && this.governmentAt(m + 1) || (t.text === ',' && this.at(m + 1)?.lower === 'and' && this.governmentAt(m + 2))) break;
        // ("of", "the", "and" inside a country's name: "the United Kingdom of Great Britain and Northern Ireland".)
        // ("of the" too: "the Government of the Republic of the Philippines".)
        if (t.word && PARTY_INNER_WORD.has(t.lower) && (this.at(m + 1)?.cap || (this.at(m + 1)?.lower === 'the' && this.at(m + 2)?.cap))) { m++; continue; }
        break;
      }
      if (m === from) return -1;
      parties++;
      const t = this.at(m);
      if (t !== undefined && this.nl(m) === 0 && (t.lower === 'and' || t.text === ',')) {
        m += t.text === ',' && this.at(m + 1)?.lower === 'and' ? 2 : 1;
        continue;
      }
      break;
    }
    if (parties < 2) return -1;
    const subject = this.formalSubjectEnd(m, 1);
    return subject > 0 ? subject : m;
  }

  /**
   * The end of a formal title's subject at token m: "on", "for", "concerning", "regarding" or
   * "relating to", then capitalised words with small words between them ("Cooperation in the
   * Field of Defence", "Cooperation Related to Naval Nuclear Propulsion"), up to the last
   * capitalised one, `minCaps` of them at least; -1 when there is none.
   */
  private formalSubjectEnd(m: number, minCaps: number): number {
    const next = this.at(m);
    if (next === undefined || this.nl(m) > 0 || !(next.lower === 'on' || next.lower === 'for' || next.lower === 'concerning' || next.lower === 'regarding' || next.lower === 'relating' || next.lower === 'related')) return -1;
    let s = m + 1;
    if ((next.lower === 'relating' || next.lower === 'related') && this.at(s)?.lower === 'to') s++;
    if (this.at(s)?.lower === 'the') s++;
    let last = -1;
    let caps = 0;
    for (let e = s; e < this.n && this.nl(e) === 0 && e < s + 16; e++) {
      const t = this.sp(e);
      if (t.word && t.cap && !TIME_WORD.has(t.lower)) { last = e; caps++; continue; }
      // (Where it was signed is no part of it: "... on the Reciprocal Provision of Supplies in
      // Tokyo"; "in the Field of Defence" is.)
      if (t.lower === 'in' && this.at(e + 1)?.lower !== 'the') break;
      // Nor whom it was signed with: "Memorandum of Understanding on Host Nation Support with NATO"
      // ends at "Support", "with" and a country or an organisation's acronym being a party.
      if (t.lower === 'with' && this.withParty(e)) break;
      if (t.word && FORMAL_INNER_WORD.has(t.lower)) continue;
      break;
    }
    return last > 0 && caps >= minCaps ? last + 1 : -1;
  }

  /**
   * Whether "with" at token k names a party: a country, its capital or an acronym in capitals
   * ("with NATO", "with the EU"), not a subject ("with Third Countries" stays in a title).
   */
  private withParty(k: number): boolean {
    const partner = this.partnerAt(k);
    if (partner === undefined) return false;
    if (!partner.startsWith(ORGANISATION_PARTNER)) return true;
    const m = this.at(k + 1)?.lower === 'the' ? k + 2 : k + 1;
    const w = this.sp(m);
    return w.upper && isAcronymShape(w.text);
  }

  /**
   * The end of the parties and the subject, in lower case, of a title that opens with its head, as
   * the European Union writes its agreements: "Agreement | between the European Union and Ukraine
   * on security procedures for the exchange and protection of classified information". Two
   * capitalised parties joined by "and", then "on", "concerning" or "regarding" and two to twenty
   * words up to the sentence's punctuation; -1 when any part is missing or a verb comes first
   * ("the Agreement between Japan and the Philippines on defence was signed" names no subject).
   */
  private partiesSubjectEnd(k: number): number {
    if (this.at(k)?.lower !== 'between' || this.nl(k + 1) > 0) return -1;
    let m = k + 1;
    for (let party = 0; party < 2; party++) {
      if (this.at(m)?.lower === 'the') m++;
      const from = m;
      while (m < this.n && m < from + 6 && this.nl(m) === 0) {
        const t = this.sp(m);
        // (A capitalised "Concerning" or "Regarding" opens the subject: it ends the party.)
        if (t.cap && !FORMAL_CONTINUES.has(t.lower)) { m++; continue; }
        if (m > from && t.lower === 'of' && this.at(m + 1)?.cap === true) { m++; continue; }
        // ("of the" too inside a party's name: "between Japan and the Republic of the Philippines".)
        if (m > from && t.lower === 'of' && this.at(m + 1)?.lower === 'the' && this.at(m + 2)?.cap === true && this.nl(m + 2) === 0) { m += 2; continue; }
        break;
      }
      if (m === from) return -1;
      if (party === 0) { if (this.at(m)?.lower !== 'and' || this.nl(m) > 0) return -1; m++; }
    }
    const link = this.at(m)?.lower;
    if (link !== 'on' && link !== 'concerning' && link !== 'regarding') return -1;
    const from = m + 1;
    for (let e = from; e < this.n && e < from + 20 && this.nl(e) === 0; e++) {
      const t = this.sp(e);
      // (Or before its short form in parentheses: "... of the Self-Defense Forces (Japan-Philippines RAA)".)
      if (!t.word) return t.text === '.' || t.text === ',' || t.text === ';' || t.text === '(' ? (e - from >= 2 ? e : -1) : -1;
      if (SUBJECT_STOP.has(t.lower) || TIME_WORD.has(t.lower)) return -1;
      // Where it was signed is no part of it: "... classified information in Brussels".
      if ((t.lower === 'in' || t.lower === 'at') && this.at(e + 1)?.cap === true) return e - from >= 2 ? e : -1;
    }
    return -1;
  }

  /**
   * The end of "between A and B" at token k when A and B are countries or capitals, each of one or
   * two words and maybe after "the" ("between Japan and the United States"), on the line; else -1. A formal
   * title that opens with its head names its parties so: "Treaty of Mutual Cooperation and Security
   * between Japan and the United States" (a company or a person is no party of such a title).
   */
  private betweenTwoCountriesEnd(k: number): number {
    if (this.at(k)?.lower !== 'between') return -1;
    let m = k + 1;
    for (let party = 0; party < 2; party++) {
      if (this.at(m)?.lower === 'the') m++;
      const w = this.at(m);
      if (w === undefined || !w.cap || this.nl(m) > 0) return -1;
      const two = this.at(m + 1);
      if (two !== undefined && two.cap && this.nl(m + 1) === 0 && countryByKeyPair(w.lower, two.lower) !== undefined) m += 2;
      else if (countryByKey(w.lower) !== undefined || countryByCapital(w.lower) !== undefined) m++;
      else return -1;
      // ("the United States of America": a country's long form goes on with "of" and a capitalised word.)
      if (this.at(m)?.lower === 'of' && this.at(m + 1)?.cap === true && this.nl(m + 1) === 0 && countryByKey(this.sp(m + 1).lower) !== undefined) m += 2;
      if (party === 0) { if (this.at(m)?.lower !== 'and' || this.nl(m) > 0) return -1; m++; }
    }
    return m;
  }

  /** Whether "the Government of" (or "the Governments of") starts at token m. */
  private governmentAt(m: number): boolean {
    return this.at(m)?.lower === 'the' && GOVERNMENT_WORD.has(this.at(m + 1)?.lower ?? '') && this.at(m + 2)?.lower === 'of' && this.nl(m + 2) === 0;
  }

  /**
   * The end of a name that opens with its head at token j: "on", "of" or "for", then capitalised words
   * (with "of", "and", "the", "on" between them) up to the last capitalised one; j + 1 when there
   * are none. A day or month ends it ("an Agreement on Monday"), and so does "Understanding" or
   * "Intent" right after "of" (a memorandum or letter of understanding is a reference, not a name).
   */
  private headFirstTail(j: number): number {
    const next = this.at(j + 1);
    // (Or "for": "Guidelines for Japan-U.S. Defense Cooperation", "Treaty for the Prohibition of Nuclear Weapons".)
    // (Or a capitalised "Regarding" or "Concerning": "Agreement Concerning Security Measures ...".)
    // (Or a protocol "to" the treaty it amends: "Protocol to the North Atlantic Treaty on the
    // Accession of the Republic of Finland", "Additional Protocol to the Geneva Conventions".)
    const protocolTo = next !== undefined && next.lower === 'to' && this.sp(j).lower === 'protocol';
    // (In lower case too before "the" and a capitalised subject: "Agreement concerning the Transfer
    // of Defense Equipment and Technology".)
    const formal = FORMAL_CONTINUES.has(next?.lower ?? '') && (next?.cap === true || (this.at(j + 2)?.lower === 'the' && this.at(j + 3)?.cap === true && this.nl(j + 3) === 0));
    if (!next || this.nl(j + 1) > 0 || (next.lower !== 'on' && next.lower !== 'of' && next.lower !== 'for' && !protocolTo && !formal)) return j + 1;
    // A memorandum is a name's head only as "Memorandum of Understanding" (or "of Agreement",
    // "of Cooperation") with its subject or parties after it.
    const memorandum = this.sp(j).lower === 'memorandum';
    if (memorandum && next.lower !== 'of') return j + 1;
    let k = j + 2;
    if (next.lower === 'relating' && this.at(k)?.lower === 'to' && this.nl(k) === 0) k++;
    if (this.at(k)?.lower === 'the' && this.nl(k) === 0) k++;
    const first = this.at(k);
    // "Memorandum of Understanding on Mutual Logistics Support", "Memorandum of Understanding between
    // the Government of ... and ...": a memorandum of understanding named by its subject or parties.
    if (first && next.lower === 'of' && first.cap && GENERIC_AFTER_OF.has(first.lower) && this.nl(k) === 0) {
      const end = Math.max(this.formalSubjectEnd(k + 1, 2), this.governmentsEnd(k + 1));
      return end > 0 ? end : j + 1;
    }
    if (memorandum) return j + 1;
    // "Agreement for Cooperation Related to Naval Nuclear Propulsion", "Agreement for Cooperation on
    // the Uses of Atomic Energy": cooperation, then its subject in capitals.
    // (Or its parties first, then the subject: "Agreement for Cooperation Between the Government of
    // the United States of America and the Government of ... Concerning Peaceful Uses of Nuclear Energy".)
    if (first && next.lower === 'for' && first.cap && first.lower === 'cooperation' && this.nl(k) === 0) {
      const end = Math.max(this.formalSubjectEnd(k + 1, 2), this.governmentsEnd(k + 1));
      if (end > 0) return end;
    }
    if (!first || this.nl(k) > 0 || !first.cap || TIME_WORD.has(first.lower) || GENERIC_AFTER_OF.has(first.lower)) return j + 1;
    const end = this.nameRunEnd(k);
    // After "for", two capitalised words at least: "Agreement for Ukraine is far off" is no name.
    if (end > 0 && next.lower === 'for') {
      let caps = 0;
      for (let m = k; m < end; m++) if (this.sp(m).cap) caps++;
      if (caps < 2) return j + 1;
    }
    return end > 0 ? this.regionTail(end) : j + 1;
  }

  /**
   * A name's region after it, which belongs to the name: "Treaty of Amity and Cooperation in
   * Southeast Asia", "Treaty on Security Guarantees within the Union State" ("within" and its
   * capitalised words; "in" only before a region's word, as a place of signing is no part of it).
   * `end` when there is none.
   */
  private regionTail(end: number): number {
    const w = this.at(end);
    if (w === undefined || this.nl(end) > 0 || (w.lower !== 'within' && w.lower !== 'in')) return end;
    let k = end + 1;
    if (this.at(k)?.lower === 'the' && this.nl(k) === 0) k++;
    let last = -1;
    while (k < this.n && this.nl(k) === 0 && this.sp(k).cap && this.sp(k).word && k - end < 6) { last = k; k++; }
    if (last < 0) return end;
    if (w.lower === 'in' && !REGION_WORD.has(this.sp(last).lower)) return end;
    return last + 1;
  }

  /**
   * The end of the capitalised words of a name's "of"/"on" part from token k, with "of", "and",
   * "the", "on" between them, after the last capitalised one; -1 when there is none. A day or month
   * ends it: "signed a Reciprocal Access Agreement on Monday".
   */
  private nameRunEnd(k: number): number {
    let last = -1;
    while (k < this.n && this.nl(k) === 0) {
      const w = this.sp(k);
      if (w.word && w.cap && !TIME_WORD.has(w.lower)) { last = k; k++; continue; }
      // "and" before another agreement's name ends this one: "the Treaty of Tlatelolco and the
      // Treaty of Rarotonga", "... Nuclear Weapons and the Chemical Weapons Convention".
      if (w.lower === 'and' && last === k - 1 && this.agreementNameAfter(k + 1)) break;
      // So does "and" before a provision cited by its number: "Article 4(2) of the Treaty on
      // European Union and Article 346 of the TFEU" (the name is "Treaty on European Union").
      if (w.lower === 'and' && last === k - 1 && PROVISION_WORD.has(this.at(k + 1)?.lower ?? '') && isAsciiDigit(this.at(k + 2)?.text.charCodeAt(0) ?? 0)) break;
      if (w.word && NAME_INNER_WORD.has(w.lower)) { k++; continue; }
      // A list of subjects: "Treaty of Friendship, Cooperation and Good-Neighbourly Relations".
      if (w.text === ',' && last === k - 1 && this.listOfNamesGoesOn(k)) { k++; continue; }
      // The period of an abbreviation inside the name: "Guidelines for Japan-U.S. Defense Cooperation".
      if (w.text === '.' && last === k - 1 && ENDS_IN_ABBREVIATION.test(this.sp(k - 1).text) && this.at(k + 1)?.cap && this.nl(k + 1) === 0) { k++; continue; }
      // And the period before the hyphen of a pair of parties: "Framework for the U.S.-India Major
      // Defense Partnership" (the hyphen, unspaced, then a capitalised word).
      if (w.text === '.' && last === k - 1 && k + 2 < this.n && !this.space(k + 1) && !this.space(k + 2) && (this.sp(k + 1).text === '-' || this.sp(k + 1).text === '\u2013')
        && this.sp(k + 2).cap && this.nl(k + 2) === 0 && ENDS_IN_ABBREVIATION.test(this.sp(k - 1).text)) { k += 2; continue; }
      // A country the name is about ends it: "the Revitalized Agreement on the Resolution of the
      // Conflict in South Sudan" (not a city where it was signed: "... on Security in Kyiv").
      // (Also by its state's formal name: "... of the Conflict in the Republic of South Sudan".)
      if (w.lower === 'in' && last > 0 && k + 1 < this.n && this.nl(k + 1) === 0) {
        if (this.sp(k + 1).lower === 'the' && this.at(k + 2)?.cap && this.at(k + 3)?.lower === 'of' && this.nl(k + 3) === 0 && this.nl(k + 2) === 0) k += 3;
        const c = this.sp(k + 1);
        if (c.cap && countryByNameKey(c.key) !== undefined) return k + 2;
        if (c.cap && k + 2 < this.n && this.nl(k + 2) === 0 && this.sp(k + 2).cap && countryByKeyPair(c.key, this.sp(k + 2).key) !== undefined) return k + 3;
      }
      break;
    }
    return last > 0 ? last + 1 : -1;
  }

  /**
   * Whether the capitalised words from token k (after an optional "the") hold an agreement's head
   * ("Treaty", "Convention", "Agreement", "Protocol"): the start of another agreement's name.
   */
  private agreementNameAfter(k: number): boolean {
    if (this.at(k)?.lower === 'the' && this.nl(k) === 0) k++;
    for (let m = k; m < k + 8 && m < this.n && this.nl(m) === 0; m++) {
      const w = this.sp(m);
      if (!w.word) return false;
      if (w.cap && AGREEMENT_NAME_HEAD.has(w.lower)) return true;
      if (!w.cap && !NAME_INNER_WORD.has(w.lower)) return false;
    }
    return false;
  }

  /** Whether a word names a country or a capital. */
  private placeWord(w: Spelling): boolean {
    return countryByKey(w.key) !== undefined || countryByCapital(w.key) !== undefined;
  }

  /**
   * Whether the comma at token k goes on a list of capitalised words that "and" and a capitalised
   * word end, within eight tokens on the line ("..., Cooperation and Mutual Assistance").
   */
  private listOfNamesGoesOn(k: number): boolean {
    for (let m = k + 1; m < k + 9 && m < this.n && this.nl(m) === 0; m++) {
      const w = this.sp(m);
      if (w.lower === 'and') {
        const last = this.at(m + 1);
        return m > k + 1 && this.nl(m + 1) === 0 && last !== undefined && last.cap && !this.placeWord(last);
      }
      // (Places make a list of parties or cities, not of a treaty's subjects: "..., Moscow and Minsk said".)
      if (!(w.word && w.cap) && w.text !== ',') return false;
      if (w.word && this.placeWord(w)) return false;
    }
    return false;
  }

  /**
   * The name of a shaped name over tokens [i, to), without an acronym in brackets. Not made by
   * shapedName: after a knowledge-base match only its end is wanted (profile: building the name
   * there was most of shapedName's time on 1 MB, for 530 matches).
   */
  private shapedNameText(i: number, to: number): string {
    const name = this.text.slice(this.starts[i] as number, this.end(to - 1));
    return name.indexOf('(') >= 0 ? name.replace(/\s*\([A-Z0-9-]+\)/, '') : name;
  }

  /**
   * The lower case of token k, or '' outside the text. A method rather than a closure in
   * resolution: the closure captured `this`, which put it in a context allocated at every call
   * (4,000 calls on 1 MB), not only at the calls that got past the first test.
   */
  private lowerAt(k: number): string {
    return this.at(k)?.lower ?? '';
  }

  /** Whether a resolution was cited by its number before (see resolution). */
  private citedResolution = false;

  /** "UN Security Council Resolution 2231", "Resolution 2254", "UNSCR 1540". */
  private resolution(i: number): number | undefined {
    // Most tokens cannot start one: reject them before any work (this runs at every token). All
    // of RESOLUTION_START begins with u, s, g or r.
    const lower = this.sp(i).lower;
    const c0 = lower.charCodeAt(0);
    if ((c0 !== 117 && c0 !== 115 && c0 !== 103 && c0 !== 114) || !RESOLUTION_START.has(lower)) return undefined;
    let j = i;
    const start = i;
    if (UN_WORD.has(lower)) {
      j++;
      if (this.at(j)?.text === '.') j++;
      if (lower === 'united' && this.lowerAt(j) === 'nations') j++;
    }
    if (this.lowerAt(j) === 'security' && this.lowerAt(j + 1) === 'council') j += 2;
    else if (this.lowerAt(j) === 'general' && this.lowerAt(j + 1) === 'assembly') j += 2;
    const head = this.at(j);
    const num = this.at(j + 1);
    if (!head || !num || this.nl(j + 1) > 0 || !/^\d{2,5}(\/\d+)?$/.test(num.text)) return undefined;
    // One the knowledge base knows is the same entity however it is written ("Resolution 2231",
    // "resolution 2231 (2015)").
    const trie = this.kb.phrases;
    const r = trie.child(0, 'resolution');
    const node = r >= 0 ? trie.child(r, num.key) : -1;
    const known = node >= 0 && trie.value(node) >= 0 ? this.kb.infos[trie.value(node)] as AgreementInfo : undefined;
    // "resolution 2729 (2024)" in lower case is the UN's own way of citing one: with its year (or
    // without, for one the knowledge base knows: "the Council's facilitator for resolution 2231").
    // (Or once the text has cited a resolution by its number: "... Resolution 2735 ... noting that
    // resolution 2728 had been ignored".)
    if (!(head.text === 'Resolution' || head.text === 'UNSCR' || head.text === 'resolution' && (j > i || known !== undefined || this.citedResolution || this.yearInParentheses(j + 2)))) return undefined;
    this.citedResolution = true;
    const to = j + 2;
    const key = `a:resolution ${num.text}`;
    const name = `UN Security Council Resolution ${num.text}`;
    this.emit(start, to, known ?? { key, name, kind: 'resolution' }, false);
    return to;
  }

  /** Whether "(1999)" or another year in parentheses starts at token k, on the line. */
  private yearInParentheses(k: number): boolean {
    return this.at(k)?.text === '(' && this.nl(k) === 0 && /^(?:19|20)\d\d$/.test(this.at(k + 1)?.text ?? '') && this.at(k + 2)?.text === ')';
  }

  /** “security of supply” arrangement: a quoted name followed by a head noun. */
  private quoted(i: number): void {
    let close = i;
    for (let k = i + 1; k < i + 12 && k < this.n; k++) {
      const tx = this.sp(k).text;
      if (tx === '”' || tx === '"') { close = k; break; }
    }
    if (close <= i + 1) return;
    const head = this.at(close + 1);
    if (!head || this.nl(close + 1) > 0 || !HEAD_KIND[head.lower] || head.lower === 'resolution') return;
    for (let k = i + 1; k <= close; k++) if (this.nl(k) > 0) return;
    const inner = this.text.slice(this.starts[i + 1] as number, this.end(close - 1));
    const info = this.infoForName(`“${inner}” ${head.lower}`, HEAD_KIND[head.lower] as string);
    this.emit(i, close + 2, info, false);
  }

  private infoForName(name: string, kind: string, acronym?: string): AgreementInfo {
    const key = `a:${pairOrderKey(name) ?? name.toLowerCase().replace(/\s+/g, ' ')}`;
    const info: AgreementInfo = { key, name, kind };
    if (acronym) { info.acronym = acronym; this.defined.set(acronym, info); }
    return info;
  }

  /** Defines the acronym written after a name ("(EDCA)", ", or EDCA"); true when there was one. */
  private defineAcronym(to: number, info: AgreementInfo): boolean {
    const a = this.at(to);
    const b = this.at(to + 1);
    const c = this.at(to + 2);
    // The knowledge-base record is shared by every document, so the acronym goes on a copy.
    if (a?.text === '(' && b?.upper && c?.text === ')') { const own = { ...info, acronym: info.acronym ?? b.text }; this.defined.set(b.text, own); this.emit(to + 1, to + 2, own, false); return true; }
    // Initials in two words, "(PfP SOFA)" of "Partnership for Peace Status of Forces Agreement":
    // their letters are the name's initials, its small words' too. Marked there, and their later
    // uses, which findNamed takes for a name of their own, are this one (see initialsName).
    const d = this.at(to + 3);
    if (a?.text === '(' && b !== undefined && c !== undefined && d?.text === ')' && b.word && c.word && c.upper && /^[A-Z]/.test(b.text) && this.nl(to + 2) === 0
      && (b.text + c.text).toLowerCase() === initialsOf(info.name) && ((this.taken[to + 1] as number) & TAKEN) === 0) {
      const own = { ...info, acronym: info.acronym ?? `${b.text} ${c.text}` };
      this.initialsName.set(`${b.text} ${c.text}`, own);
      this.emit(to + 1, to + 3, own, false);
      return true;
    }
    if (a?.text === ',' && b?.lower === 'or' && c?.upper && this.nl(to + 2) === 0) { const own = { ...info, acronym: info.acronym ?? c.text }; this.defined.set(c.text, own); this.emit(to + 2, to + 3, own, false); return true; }
    return false;
  }

  /**
   * "signed a Mutual Defense Treaty ... Under the MDT": the initials of a name made of capitalised
   * words (and lower-case "of", "and", "the" ...) stand for it when the text defines no acronym
   * for it and nothing else has taken those letters. Names with punctuation or words in capitals
   * inside are left alone (their acronyms are written otherwise).
   */
  private defineInitials(i: number, to: number, info: AgreementInfo): void {
    if (info.acronym !== undefined) return;
    // The parties before the name give no letters: "the U.S.-Japan Status of Forces Agreement ...
    // the SOFA", "the Japan-Philippines Reciprocal Access Agreement ... the RAA".
    const from = this.afterParties(i, to);
    let letters = '';
    // With the small words' letters too: "Status of Forces Agreement" is the SOFA (and the SFA).
    let withSmall = '';
    for (let k = from; k < to; k++) {
      const t = this.sp(k);
      if (!t.word || (t.upper && t.text.length > 1)) return;
      if (!t.cap) { if (INITIAL_SMALL_WORD.has(t.lower)) withSmall += t.text.charAt(0).toUpperCase(); continue; }
      // Each capitalised part of a hyphenated word has its letter: "Inter-Governmental Agreement" is the IGA.
      if (t.text.indexOf('-') > 0) { for (const part of t.text.split('-')) if (/^[A-Z]/.test(part)) { letters += part.charAt(0); withSmall += part.charAt(0); } continue; }
      letters += t.text.charAt(0);
      withSmall += t.text.charAt(0);
    }
    if (letters.length < 2 || letters.length > 6) return;
    for (const initials of withSmall !== letters && withSmall.length <= 6 ? [letters, withSmall] : [letters]) {
      if (this.defined.has(initials)) continue;
      this.defined.set(initials, info);
      // A kind's initials are a common noun's, as "the MOU" is: "the SOFA" keeps its determiner.
      if (KIND_INITIALS.has(initials.toLowerCase())) this.genericAcronyms.add(initials);
    }
  }

  /**
   * The first token from i on (before `to`) past the parties that open an agreement's name: countries,
   * nationalities and joined pairs ("U.S.-Japan", "EU-Australia"), with their periods and dashes.
   */
  private afterParties(i: number, to: number): number {
    let k = i;
    while (k < to - 1) {
      const t = this.sp(k);
      if (!t.word) { if (t.text === '.' || t.text === '-' || t.text === '\u2013') { k++; continue; } break; }
      const key = t.lower;
      if (countryByKey(key) !== undefined || countryByDemonymKey(key) !== undefined || countryPairOfWord(t.text) !== undefined || key === 'eu' || key === 'u.s' || key === 'nato' || isPeoplePair(key)) { k++; continue; }
      break;
    }
    return k > i && k < to && this.sp(k).cap ? k : i;
  }

  /**
   * The initials of a descriptive agreement's words ("inter-governmental agreement" is the IGA,
   * "bilateral security agreement" the BSA; each part of a hyphenated word has its letter, short
   * function words none), defined for it when its words are all in lower case and the letters are
   * three to six that nothing else has taken: two letters would take too many other acronyms
   * ("the DA"). Words all capitalised from the first to the head give a name's initials instead
   * (see below). True when defined.
   */
  private defineLowerInitials(from: number, to: number, info: AgreementInfo): boolean {
    let letters = '';
    // The capitals of words that are all capitalised but the head: "a Reciprocal Defence
    // Procurement agreement ... The RDP would follow", "put RDP agreement on the table" (a name's
    // initials, as defineInitials defines them, not a common noun's). From the first word only:
    // "a $412 million Other Transaction Authority agreement" is a kind of contract with its value.
    let capitals = '';
    for (let k = from; k < to; k++) {
      const t = this.sp(k);
      if (!t.word) continue;
      if ((k === from || capitals) && k < to - 1 && t.cap && !t.upper && t.text.indexOf('-') < 0) { capitals += t.text.charAt(0); continue; }
      if (k === to - 1 && capitals.length > 2 && capitals.length < 7 && !this.defined.has(capitals)) { this.defined.set(capitals, info); return true; }
      // Only common nouns: "the Iran-Russia agreement" is not "the IRA".
      if (t.cap || t.upper || capitals) return false;
      if (LOWER_INITIALS_SKIP.has(t.lower)) continue;
      // "intergovernmental" gives two letters, as "inter-governmental" does: "an intergovernmental
      // agreement ... The IGA".
      const w = t.lower.length > 9 && t.lower.startsWith('inter') ? `inter-${t.lower.slice(5)}` : t.lower;
      for (const c of wordInitials(w)) if (c >= 'a' && c <= 'z') letters += c.toUpperCase();
    }
    if (letters.length < 3 || letters.length > 6 || this.defined.has(letters)) return false;
    this.defined.set(letters, info);
    this.genericAcronyms.add(letters);
    return true;
  }

  /**
   * The initials of a letter of intent, in capitals and in mixed case ("LOI", "LoI"), defined for
   * the descriptive one just found: unlike other lower-case initials (defineLowerInitials) they keep
   * the "of", and three letters of a fixed phrase take no other acronym. True when defined.
   */
  private defineLetterInitials(info: AgreementInfo): boolean {
    let any = false;
    for (const letters of ['LOI', 'LoI']) {
      if (this.defined.has(letters)) continue;
      this.defined.set(letters, info);
      this.genericAcronyms.add(letters);
      any = true;
    }
    return any;
  }

  /**
   * Whether "(", initials and ")" follow token `to` on its line, the initials those of the words
   * [from, to) (all of them, or without "of", "and", "the"...; in any case: "LoI", "SOFA"), of
   * two to six letters and not defined yet. Each word gives the first letter of each of its
   * hyphenated parts.
   */
  private initialsAfter(from: number, to: number): boolean {
    if (this.at(to)?.text !== '(' || this.nl(to) > 0 || this.at(to + 2)?.text !== ')' || this.nl(to + 1) > 0 || this.nl(to + 2) > 0) return false;
    const acronym = this.sp(to + 1);
    const a = acronym.text;
    if (!acronym.word || a.length < 2 || a.length > 6 || a.charCodeAt(0) < 65 || a.charCodeAt(0) > 90 || this.defined.has(a) || ((this.taken[to + 1] as number) & TAKEN) !== 0) return false;
    let capitals = 0;
    for (let c = 0; c < a.length; c++) if (a.charCodeAt(c) >= 65 && a.charCodeAt(c) <= 90) capitals++;
    if (capitals < 2) return false;
    let all = '';
    let content = '';
    const words: string[] = [];
    for (let k = from; k < to; k++) {
      const t = this.sp(k);
      if (!t.word) continue;
      const letters = wordInitials(t.lower);
      all += letters;
      if (!LOWER_INITIALS_SKIP.has(t.lower)) { content += letters; words.push(t.lower); }
    }
    const want = a.toLowerCase();
    return want === all || want === content || spellsWithCompound(want, words);
  }

  /** Later uses of a defined acronym, alone or before a head noun ("EDCA", "EDCA agreement", "EDCA sites"). */
  private findAcronymUses(): void {
    if (this.defined.size === 0) return;
    // The lengths a use can have (an acronym's, or two more with a possessive "'s"; bit 31 for 31
    // and longer) and the first characters (bit c & 31 of the code). A token's text is the slice
    // from its start to its end, so the tokens of no such length or first character are passed
    // over without loading their spellings (5,500 tokens in capitals such as "US" and "NATO" on
    // 1 MB, for two acronyms; nine in ten fail these tests).
    let lengths = 0;
    let firsts = 0;
    for (const acronym of this.defined.keys()) {
      lengths |= (1 << Math.min(acronym.length, 31)) | (1 << Math.min(acronym.length + 2, 31));
      firsts |= 1 << (acronym.charCodeAt(0) & 31);
    }
    const taken = this.taken;
    const starts = this.starts;
    const text = this.text;
    const list = this.acronymTokens.data;
    for (let a = this.acronymTokens.length - 1; a >= 0; a--) {
      // Defined acronyms are texts of tokens in capitals, so only a token in capitals, or one in
      // capitals before a possessive "'s", can be one (the list); the others skip the look-up.
      const i = list[a] as number;
      if (((taken[i] as number) & TAKEN) !== 0) continue;
      const start = starts[i] as number;
      const t = this.sp(i);
      if (((lengths >>> Math.min(t.text.length, 31)) & 1) === 0 || ((firsts >>> (text.charCodeAt(start) & 31)) & 1) === 0) continue;
      let tx = t.text;
      if (!t.upper) {
        const len = tx.length;
        if (len < 3 || tx.charCodeAt(len - 1) !== 115) continue;
        const ap = tx.charCodeAt(len - 2);
        if (ap !== 39 && ap !== 0x2019) continue;
        tx = tx.slice(0, -2);
      } else if (tx.charCodeAt(tx.length - 1) === 115) {
        tx = tx.replace(/['’]s$/, '');
      }
      this.acronymUseAt(i, tx);
    }
    // Initials in mixed case ("LoI" of "a Letter of Intent (LoI)", see initialsAfter) are not in
    // the list of tokens in capitals: their uses are looked for apart, in the rare texts that define one.
    let mixed: Set<string> | undefined;
    for (const acronym of this.defined.keys()) if (!isAllCapitals(acronym)) (mixed ??= new Set()).add(acronym);
    if (mixed === undefined) return;
    for (let i = this.n - 1; i >= 0; i--) {
      if (((taken[i] as number) & TAKEN) !== 0) continue;
      const t = this.sp(i);
      if (!t.word || t.upper) continue;
      const tx = endsWithPossessive(t.text) ? t.text.slice(0, -2) : t.text;
      if (mixed.has(tx)) this.acronymUseAt(i, tx);
    }
  }

  /** A use of the defined acronym `tx` at token i (see findAcronymUses). */
  private acronymUseAt(i: number, tx: string): void {
    const info = this.defined.get(tx);
    if (!info) return;
    const taken = this.taken;
    // The tokens up to `to` are taken now, which passes them over (the loop stepped past them before).
    // The initials of a descriptive agreement are a common noun's, as "the MOU" is: a
    // descriptive mention with its determiner ("The IGA").
    if (this.genericAcronyms.has(tx)) {
      // "a separate OTA", "another MoU": initials of a common noun after a word that sets them
      // apart name an agreement of that kind other than the one they were defined for (a new one).
      const prev = i > 0 && this.nl(i) === 0 ? this.sp(i - 1) : undefined;
      if (prev !== undefined && ANOTHER_ONE.has(prev.lower) && ((taken[i - 1] as number) & TAKEN) === 0) {
        const a = prev.lower !== 'another' && i > 1 && this.nl(i - 1) === 0 && (this.sp(i - 2).lower === 'a' || this.sp(i - 2).lower === 'the') && ((taken[i - 2] as number) & TAKEN) === 0 ? i - 2 : i - 1;
        this.emit(a, this.acronymEnd(i), { key: `a:nominal-${this.counter++}`, name: tx, kind: info.kind }, true);
        return;
      }
      const d = i > 0 && this.nl(i) === 0 && DETERMINERS.has(this.sp(i - 1).lower) && ((taken[i - 1] as number) & TAKEN) === 0 ? i - 1 : i;
      this.emit(d, this.acronymEnd(i), info, true);
      return;
    }
    // A country's possessive and "own" before it make another agreement of the same kind:
    // "Finland's Defense Cooperation Agreement with the United States ... Sweden's own DCA" is
    // Sweden's (unless that country is among the parties the acronym's agreement is known to have).
    const country = i > 1 && this.nl(i) === 0 && this.nl(i - 1) === 0 && this.sp(i - 1).lower === 'own' ? possessiveCountry(this.sp(i - 2)) : undefined;
    if (country !== undefined && !(info.parties?.includes(country) ?? false)) {
      this.emit(i, this.acronymEnd(i), { key: `${info.key}#${country}`, name: info.name, kind: info.kind, parties: [country] }, false);
      return;
    }
    // A numeral ordinal right before it is the name's own, which counts the agreements of a series:
    // "the Special Measures Agreement ... The 12th SMA" (the span keeps it; see NUMERAL_ORDINAL).
    const ord = i > 0 && this.nl(i) === 0 && ((taken[i - 1] as number) & TAKEN) === 0 && NUMERAL_ORDINAL.test(this.sp(i - 1).text) ? i - 1 : i;
    this.emit(ord, this.acronymEnd(i), info, false);
  }

  /** An acronym takes a following head noun into its span ("EDCA agreement"), not other nouns ("EDCA sites"). */
  private acronymEnd(i: number): number {
    const next = this.at(i + 1);
    return next && this.nl(i + 1) === 0 && ((this.taken[i + 1] as number) & TAKEN) === 0 && ACRONYM_HEAD.has(next.lower) ? i + 2 : i + 1;
  }

  /**
   * Whether an agreement can be the one a reference names with its partner ("its agreement with
   * Turkey"): its own partner when it was named with one, else its parties, else, for a
   * descriptive one, the countries of the sentence it was first mentioned in ("The UAE signed a
   * contract with France" is not "its agreement with Turkey").
   */
  private partnerFits(cand: { key: string; info: AgreementInfo }, partner: string): boolean {
    const own = this.partnerOf.get(cand.key);
    if (own !== undefined) return samePartner(own, partner);
    // (An organisation is no country among the parties.)
    if (partner.startsWith(ORGANISATION_PARTNER)) return true;
    const parties = cand.info.parties;
    if (parties !== undefined && parties.length > 0) return parties.includes(partner);
    if (!cand.key.startsWith('a:nominal-')) return true;
    // (Only when that sentence names two countries or more: "India signed a deal for 26 Rafale-M
    // jets. The deal with France" names the other party the first sentence left out.)
    const near = this.countriesAround(cand.key);
    return near.size < 2 || near.has(partner);
  }

  /**
   * Whether a country a reference's modifier names is named in the sentence of a descriptive
   * agreement's first mention, which has no parties of its own: "Jakarta signed a contract for 48
   * jets ... the Indonesian deal" is that contract (a party's adjective, not another agreement).
   */
  private namedAtFirst(cand: { key: string; info: AgreementInfo }, country: string): boolean {
    // (A deal, a contract or an agreement only: a memorandum signed is no sale, "signed a memorandum
    // ... if the Emirati deal goes ahead" is a deal yet to be made.)
    if (!cand.key.startsWith('a:nominal-') || (cand.info.parties !== undefined && cand.info.parties.length > 0) || NOT_A_CONTRACT.has(cand.info.kind)) return false;
    // (The only country there: in a sentence of two or more the adjective may be the other side's,
    // "a memorandum with Seoul ... the Emirati deal" is not the memorandum.)
    // (And made in that sentence, the object of a verb of making one: "Oman operates F-16s bought
    // under a 2002 deal" is no Omani deal of the story's.)
    const at = this.nominalToken.get(cand.key);
    if (at === undefined || at === 0 || !DEAL_VERB.has(this.sp(at - 1).lower)) return false;
    const near = this.countriesAround(cand.key);
    return near.size === 1 && near.has(country);
  }

  /** The countries named in the sentence of a descriptive agreement's first mention (up to 40 tokens each way). */
  private countriesAround(key: string): Set<string> {
    let out = this.countriesNear.get(key);
    if (out !== undefined) return out;
    out = new Set();
    this.countriesNear.set(key, out);
    const at = this.nominalToken.get(key);
    if (at === undefined) return out;
    let from = at;
    while (from > 0 && at - from < 40 && this.nl(from) === 0 && this.sp(from - 1).text !== '.') from--;
    let to = at;
    while (to + 1 < this.n && to - at < 40 && this.nl(to + 1) === 0 && this.sp(to).text !== '.') to++;
    for (let m = from; m <= to; m++) {
      const w = this.sp(m);
      if (!w.cap) continue;
      const c = countryByKey(w.key) ?? countryByCapital(w.key);
      if (c !== undefined) { out.add(c.name); continue; }
      const next = m + 1 <= to ? this.sp(m + 1) : undefined;
      const pair = next !== undefined && next.cap ? countryByKeyPair(w.key, next.key) : undefined;
      if (pair !== undefined) { out.add(pair.name); m++; continue; }
      const parts = w.text.indexOf('-') > 0 ? countryPairOfWord(w.text) : undefined;
      if (parts !== undefined) { out.add(parts[0].name); out.add(parts[1].name); }
    }
    return out;
  }

  /**
   * The year the words after a reference's partner date it by (DATED_AFTER): "the security
   * agreement with China signed in 2022" is 2022 (k is the "with"; the partner's capitalised
   * words are passed over). Undefined for any other words.
   */
  private yearMadeAfterPartner(k: number): string | undefined {
    let m = k + 1;
    if (this.at(m)?.lower === 'the') m++;
    while (m < k + 5 && this.at(m)?.cap === true) m++;
    const end = this.end(m - 1);
    const y = DATED_AFTER.exec(this.text.slice(end, end + 40));
    return y?.[1] ? y[2] : undefined;
  }

  /**
   * The country after "with" at token k ("... deal with Washington", "... agreement with the
   * United Kingdom"): a country's name, a two-word one, or its capital; undefined for anything else.
   */
  private partnerAt(k: number, orFrom = false): string | undefined {
    const by = this.at(k)?.lower;
    if ((by !== 'with' && !(orFrom && by === 'from')) || this.nl(k + 1) > 0) return undefined;
    let m = k + 1;
    if (this.at(m)?.lower === 'the') m++;
    const w = this.at(m);
    if (w === undefined || !w.cap || this.nl(m) > 0) return undefined;
    const next = this.at(m + 1);
    if (next !== undefined && next.cap && this.nl(m + 1) === 0) {
      const pair = countryByKeyPair(w.key, next.key);
      if (pair !== undefined) return pair.name;
    }
    const country = (countryByNameKey(w.key) ?? countryByCapital(w.key))?.name;
    if (country !== undefined) return country;
    // A company or another organisation: its capitalised words ("with BAE Systems", "with
    // Anduril Australia"), as ORGANISATION_PARTNER and its words in lower case.
    let words = '';
    for (let e = m; e < m + 4 && e < this.n && this.nl(e) === 0 && this.sp(e).word && this.sp(e).cap; e++) words += ` ${this.sp(e).key}`;
    return words.length > 0 ? `${ORGANISATION_PARTNER}${words}` : undefined;
  }

  /**
   * Countries named by the capitalised words of tokens [from, to) (a reference's modifiers), or
   * undefined for none. Asked only where a reference is linked, not at every modifier of every
   * determiner (profile: countryByKey was 0.17 ms of findNominal's 1.7 ms on 1 MB). The head
   * noun after them names no country, so leaving it out changes nothing.
   */
  private countriesBetween(from: number, to: number): string[] | undefined {
    let out: string[] | undefined;
    for (let m = from; m < to; m++) {
      const w = this.sp(m);
      if (!w.cap) continue;
      const c = countryByKey(w.key);
      if (c) (out ??= []).push(c.name);
      // "US-India", "Iran-Russia": each part that is a country.
      else if (w.text.indexOf('-') > 0 && isPartyPair(w.text)) {
        for (const part of w.text.split('-')) { const pc = countryByKey(part.toLowerCase()); if (pc) (out ??= []).push(pc.name); }
      }
    }
    return out;
  }

  /**
   * Whether every acronym among the modifiers at [from, to) (no country's) fits the candidate: a
   * named agreement's own or in its name; for a descriptive one, written in the sentence of its
   * first mention, from there on (see sentenceEndAfter: the search stays within the sentence, at
   * most 300 characters, so that many references in a long text do not each scan the rest of it).
   */
  private acronymsAgree(from: number, to: number, cand: { key: string; info: AgreementInfo }): boolean {
    const nominal = cand.key.startsWith('a:nominal-');
    for (let m = from; m < to; m++) {
      const w = this.sp(m);
      // So must a proper name among them, of a descriptive agreement ("the Rafale-Marine contract"
      // is not "the contract for 156 Light Combat Helicopters" named before it): in mixed-case
      // text, a capitalised word that is no country, nationality or acronym.
      if (nominal && w.cap && !w.upper && w.word && countryByKey(w.key) === undefined && countryPairOfWord(w.key) === undefined && this.mixedCaseModifier(m, from, to)) {
        const words = this.firstWords(cand.key);
        if (words !== undefined && !words.includes(w.text)) return false;
        continue;
      }
      if (!w.upper || !(isAcronymShape(w.text) || LONG_ACRONYM.test(w.text)) || countryByKey(w.key) !== undefined) continue;
      if (!nominal) {
        if (cand.info.acronym !== w.text && !cand.info.name.includes(w.text)) return false;
        continue;
      }
      const words = this.firstWords(cand.key);
      if ((words === undefined || !words.includes(w.text)) && !spellsToCompound(w.lower, cand.info.name) && !spellsRunOf(w.lower, cand.info.name)) return false;
    }
    return true;
  }

  /**
   * Whether the proper names in a "for" complement right after a reference (token `to`: "The
   * contract for 148 Challenger 3 tanks", "the contract for three Scorpene submarines") are in the
   * words of a descriptive candidate's first mention, from it to the end of its sentence: a
   * contract for other things is another contract, however recent. In mixed-case text only, and
   * countries and nationalities say nothing here (the parties are asked by partnerFits).
   * So must a company the complement names after "from" or "with" be the candidate's own: "a
   * contract with Acme for radars. The contract for 97 aircraft from Boreal" are two.
   */
  private complementAgrees(to: number, cand: { key: string }): boolean {
    if (!cand.key.startsWith('a:nominal-') || to >= this.n || this.nl(to) > 0 || this.sp(to).lower !== 'for') return true;
    const words = this.firstWords(cand.key);
    if (words === undefined) return true;
    for (let m = to + 1; m < this.n && m < to + 8 && this.nl(m) === 0; m++) {
      const w = this.sp(m);
      if (!w.word) {
        if (w.text === ',' || w.text === '.' || w.text === ';' || w.text === '(' || w.text === ':') break;
        continue;
      }
      if (w.lower === 'from' || w.lower === 'with') {
        const own = this.partnerOf.get(cand.key);
        const other = own?.startsWith(ORGANISATION_PARTNER) === true ? this.partnerAt(m, true) : undefined;
        if (own !== undefined && other?.startsWith(ORGANISATION_PARTNER) === true && !samePartner(own, other)) return false;
        continue;
      }
      // (A designation in capitals counts, as it names a system: "the revised cost-sharing
      // agreement for the KF-21" after "an $8.1 billion contract signed with Dassault" is another.)
      if (!w.cap || (w.upper && !DESIGNATION_SHAPE.test(w.text)) || !this.mixedCaseAround(m) || countryByKey(w.key) !== undefined || countryByDemonymKey(w.key) !== undefined || countryPairOfWord(w.key) !== undefined) continue;
      // (A designation's plural is its name: "The contract for the JF-17s" after "a contract for
      // three JF-17 Thunder jets".)
      const base = w.text.replace(/['’]s$/, '');
      if (!words.includes(base) && !(base.endsWith('s') && /\d/.test(base) && words.includes(base.slice(0, -1)))) return false;
    }
    return true;
  }

  /**
   * Whether a word (in lower case, four letters or more) is in the words of a descriptive
   * agreement's first mention, from it to the end of its sentence, as a word or a word's start
   * ("frigate" in "the contract for the first three frigates").
   */
  private saidOfAt(key: string, word: string): boolean {
    // (Lower-cased once per agreement: references ask the same few candidates again and again.)
    let words = this.firstWordsLower.get(key);
    if (words === undefined) {
      const first = this.firstWords(key);
      if (first === undefined) return false;
      words = first.toLowerCase();
      this.firstWordsLower.set(key, words);
    }
    let from = 0;
    for (;;) {
      const k = words.indexOf(word, from);
      if (k < 0) return false;
      const before = k > 0 ? words.charCodeAt(k - 1) : 32;
      if (!(before >= 97 && before <= 122)) return true;
      from = k + 1;
    }
  }

  /**
   * Whether a reference's own lower-case modifiers (see ownModifiers) hold two subject words or
   * more, none of them in a descriptive agreement's name (which has one of its own) nor in the words of its first mention:
   * "the topline budget deal" is not "the trilateral naval nuclear propulsion agreement".
   */
  private ownSubjectsDiffer(own: readonly string[], name: string, key: string): boolean {
    // (The last, right before the head, must be one: "the very large new bilateral deal" names none.)
    const last = own[own.length - 1] as string;
    if (GENERIC_BEFORE_HEAD.has(last) || AMOUNT_WORD.has(last)) return false;
    let subjects = 0;
    for (const w of own) {
      if (GENERIC_BEFORE_HEAD.has(w) || AMOUNT_WORD.has(w) || YEAR.test(w)) continue;
      if (name.includes(w) || this.saidOfAt(key, w)) return false;
      subjects++;
    }
    // (And the agreement's own name has a subject word too: "an agreement with Republikorp to
    // produce drones ... Under the joint venture agreement" is the agreement the story named by
    // its partner, not by its subject.)
    return subjects >= 2 && name.split(' ').some((w) => w.length >= 4 && isLowerWord(w) && !GENERIC_BEFORE_HEAD.has(w) && !AMOUNT_WORD.has(w) && HEAD_KIND[w] === undefined && !PLURAL_HEAD.has(w));
  }

  /** Whether the determiner at token i is "a" or "an" right after a verb of signing ("signed a ... framework"). */
  private signedBefore(i: number): boolean {
    const det = this.sp(i).lower;
    return (det === 'a' || det === 'an') && SIGNED_VERB.has(this.at(i - 1)?.lower ?? '');
  }

  /** Whether token i is a day's possessive determiner ("Thursday's framework", "yesterday's deal"; see TIME_POSSESSOR). */
  private dayPossessive(i: number): boolean {
    const t = this.sp(i);
    return endsWithPossessive(t.text) && TIME_POSSESSOR.has(t.key);
  }

  /**
   * Whether token m, on the line of the token before it, goes on with a noun phrase: any word but
   * the verbs and prepositions of FRAMEWORK_THEN ("the framework participation agreement" goes on;
   * "the framework would ...", "the framework." do not).
   */
  private nounGoesOn(m: number): boolean {
    if (m >= this.n || this.nl(m) > 0) return false;
    const w = this.sp(m);
    if (!w.word) return false;
    return w.cap || !FRAMEWORK_THEN.has(w.lower);
  }

  /**
   * Whether the run of capitalised words around modifier m, within a reference's modifiers
   * [from, to), has lower-case words (or none) on either side: a proper name of one or more words
   * in mixed-case text ("the Taurus Neo deal", "The Booker contract": the reference's own
   * determiner does not count, capitalised at a sentence's start), not a title-case headline.
   */
  private mixedCaseModifier(m: number, from: number, to: number): boolean {
    let a = m;
    while (a > from && this.sp(a - 1).word && this.sp(a - 1).cap) a--;
    let b = m + 1;
    while (b < to && this.sp(b).word && this.sp(b).cap) b++;
    const before = a > from ? this.sp(a - 1) : from >= 2 ? this.at(from - 2) : undefined;
    const after = b < this.n ? this.sp(b) : undefined;
    return (before === undefined || !before.word || !before.cap) && (after === undefined || !after.word || !after.cap);
  }

  /** Whether the words right before and after token m are in lower case (no title-case headline). */
  private mixedCaseAround(m: number): boolean {
    const before = m > 0 ? this.sp(m - 1) : undefined;
    const after = m + 1 < this.n ? this.sp(m + 1) : undefined;
    return (before === undefined || !before.word || !before.cap) && (after === undefined || !after.word || !after.cap);
  }

  /**
   * Whether every subject word among the modifiers at [from, to) ("grain" in "the grain deal") is
   * one of the named agreement's: in its name, or in its knowledge-base entry's name and aliases.
   */
  private topicsAgree(from: number, to: number, info: AgreementInfo): boolean {
    let own: string | undefined;
    for (let m = from; m < to; m++) {
      const w = this.sp(m);
      if (w.cap || !AGREEMENT_TOPIC.has(w.lower)) continue;
      // (Worked out once per agreement: a run of references searched back through the same few.)
      own ??= this.ownTopics.get(info.key);
      if (own === undefined) { own = `${this.topicsOfKey.get(info.key) ?? ''} ${agreementTopics([info.name])}`; this.ownTopics.set(info.key, own); }
      if (!hasTopic(own, w.lower)) return false;
    }
    return true;
  }

  /**
   * The words of a reference's modifiers from..to when they are one to three capitalised words
   * that name no country and are no acronym ("the Kuala Lumpur deal": "Kuala Lumpur"; a capital
   * may be the place, "the Manila deal"), else undefined. See findNominal, which looks for the
   * agreement made in that place.
   */
  private placeModifier(from: number, to: number): string | undefined {
    if (to - from > 3 || !this.sp(from).cap) return undefined;
    for (let m = from; m < to; m++) {
      const t = this.sp(m);
      if (!t.word || !t.cap || t.upper || countryByKey(t.key)) return undefined;
    }
    return this.text.slice(this.starts[from] as number, this.end(to - 1));
  }

  /** The lower-case words of four letters or more among tokens from..to (a reference's modifiers), or undefined for none. */
  private ownModifiers(from: number, to: number): string[] | undefined {
    let out: string[] | undefined;
    for (let m = from; m < to; m++) {
      const t = this.sp(m);
      if (!t.word || t.cap || t.text.length < 4 || !isModifierShape(t.text)) continue;
      (out ??= []).push(t.lower);
    }
    return out;
  }

  /**
   * Whether a word that sets a reference apart from what was named ("the larger agreement", "a
   * separate deal", "the follow-on treaty") is in the agreement's own name: "the MoU could be
   * folded into the larger agreement" is not the MoU.
   */
  private distinctionsAgree(from: number, to: number, info: AgreementInfo): boolean {
    for (let m = from; m < to; m++) {
      const w = this.sp(m).lower;
      if (DISTINCT_WORD.has(w) && !info.name.toLowerCase().includes(w)) return false;
      // One kind of instrument is not another: a name with an instrument word must have this one.
      // Nor is it a letter of offer, of intent or of commitment, an instrument of its own kind:
      // "through a Letter of Offer and Acceptance. The first executive contract" are two.
      if (INSTRUMENT_WORD.has(w) && info.kind.startsWith('letter')) return false;
      if (INSTRUMENT_WORD.has(w) && info.key.startsWith('a:nominal-')) {
        const name = info.name.toLowerCase();
        if (!name.includes(w) && name.split(/\s+/).some((x) => INSTRUMENT_WORD.has(x))) return false;
      }
    }
    return true;
  }

  /**
   * Whether an ordinal among the modifiers at [from, to) ("first", "second") is the candidate's
   * own when its name has one: "the first contract" is not the "second executive contract".
   */
  private ordinalsAgree(from: number, to: number, info: AgreementInfo): boolean {
    for (let m = from; m < to; m++) {
      const w = this.sp(m).lower;
      if (!ORDINAL_WORD.has(w)) continue;
      const words = info.name.toLowerCase().split(/\s+/);
      const theirs = words.find((x) => ORDINAL_WORD.has(x));
      if (theirs !== undefined && theirs !== w) return false;
      // "The second contract, for 30 aircraft" counts contracts: not one named without the ordinal.
      if (theirs === undefined && LATER_ORDINAL.has(w)) return false;
    }
    return true;
  }

  /**
   * Whether an amount among the modifiers at [from, to) ("700" of "the USD 700-million contract")
   * is the named candidate's own, when its name states one: two amounts are two agreements.
   */
  private amountsAgree(from: number, to: number, info: AgreementInfo): boolean {
    let own: string | undefined;
    let money = false;
    for (let m = from; m < to; m++) {
      const w = this.sp(m).text;
      const c = w.charCodeAt(0);
      if (!isAsciiDigit(c) || YEAR.test(w)) continue;
      own = AMOUNT_NUMBER.exec(w)?.[0];
      money = CURRENCY_SIGN.has(this.at(m - 1)?.text ?? '') || AMOUNT_WORD.has(this.at(m + 1)?.lower ?? '');
      break;
    }
    if (own === undefined) return true;
    // A treaty has no price: "the treaty ... the £5.4 billion deal with Türkiye" is another
    // agreement (a duration is no price: "the 20-year treaty").
    if (money && NOT_A_DEAL.has(info.kind)) return false;
    const theirs = info.name.match(AMOUNT_NUMBERS);
    if (theirs === null) return true;
    const amounts = theirs.filter((x) => !YEAR.test(x));
    return amounts.length === 0 || amounts.includes(own);
  }

  /** The first year among tokens from..to ("the 1951 treaty"), or undefined. */
  private yearAmong(from: number, to: number): string | undefined {
    for (let m = from; m < to; m++) if (YEAR.test(this.sp(m).text)) return this.sp(m).text;
    return undefined;
  }

  /** The year an agreement was signed, or the one in its name ("a 2023 deal"), or undefined. */
  private yearOf(info: AgreementInfo): string | undefined {
    return (info.signed ?? this.signedOf.get(info.key))?.slice(0, 4) ?? YEAR_IN.exec(info.name)?.[0];
  }

  /**
   * Whether a year among tokens from..to (a reference's modifiers: "the 2015 nuclear deal") is the
   * agreement's own: the year it was signed, or a year in its name ("a 2023 deal"). One it does
   * not give says nothing.
   */
  private yearsAgree(from: number, to: number, info: AgreementInfo): boolean {
    for (let m = from; m < to; m++) {
      const w = this.sp(m).text;
      if (!YEAR.test(w)) continue;
      const theirs = this.yearOf(info);
      if (theirs !== undefined && theirs !== w) return false;
      // A year is the reference's own way of telling an older agreement from one the story has
      // just described without a year ("signed a government-to-government agreement on Wednesday.
      // It adds to the 2014 contract with Saab").
      // (Unless the year is written near one of its mentions: "signed a contract for K2 tanks in
      // 2022 ... The 2022 contract".)
      // (Not one the story first called by its bare kind, as a deal the reader knows: "Under the
      // deal, Israel was to withdraw ... Berri, who negotiated the 2024 deal" is that deal.)
      if (theirs === undefined && info.key.startsWith('a:nominal-') && !this.yearNear(info.key, w, this.starts[from] as number) && !this.bareDefiniteFirst(info)) return false;
    }
    return true;
  }

  /**
   * Whether a descriptive agreement was first referred to by "the" and its head alone ("the deal",
   * "the agreement"): one the story takes as known, not one it has just described as new.
   */
  private bareDefiniteFirst(info: AgreementInfo): boolean {
    const at = this.nominalToken.get(info.key);
    return at !== undefined && info.name.indexOf(' ') < 0 && this.sp(at).lower === 'the';
  }

  /**
   * Whether a day's date among a reference's modifiers at [from, to) ("Sept. 19" of "the Sept. 19
   * inter-Korean military agreement") is the candidate's own: the day it was signed, or the same
   * words written near one of its mentions. A date names one agreement as a name does, so another
   * agreement that gives no such date is not it ("signed the Treaty on Comprehensive Strategic
   * Partnership. The North scrapped the Sept. 19 ... agreement" are two). Most references have no
   * number among their modifiers, and the test stops there.
   */
  private dayDateAgrees(from: number, to: number, info: AgreementInfo): boolean {
    for (let m = from + 1; m < to; m++) {
      const d = this.sp(m).text;
      if (!DAY_NUMBER.test(d)) continue;
      const month = this.sp(m - 1).text === '.' && m - 2 >= from ? m - 2 : m - 1;
      if (!DAY_OR_MONTH.has(this.sp(month).lower)) continue;
      const signed = info.signed ?? this.signedOf.get(info.key);
      if (signed !== undefined) return Number(signed.slice(8, 10)) === Number(d) && signed.slice(5, 7) === MONTH_NUMBER[this.sp(month).lower.slice(0, 3)];
      return this.yearNear(info.key, this.text.slice(this.starts[month] as number, this.end(m)), this.starts[from] as number);
    }
    return true;
  }

  /**
   * Whether `year` is written within 150 characters of a mention of the agreement keyed `key`,
   * before offset `before` (the reference's own words). Only the last 64 spans found are asked (the
   * mentions found just before, as the stage finds them in text order): a text of thousands of
   * agreements each followed by "the <year> deal" would otherwise be quadratic.
   */
  private yearNear(key: string, year: string, before: number): boolean {
    const spans = this.spans;
    for (let q = spans.length - 1; q >= 0 && q >= spans.length - 64; q--) {
      const s = spans[q] as Span;
      if (s.key !== key || s.start >= before) continue;
      if (this.text.slice(Math.max(0, s.start - 150), Math.min(s.end + 150, before)).includes(year)) return true;
    }
    return false;
  }

  /**
   * The year a mention of the agreement keyed `key` before offset `before` is dated by in the words
   * right after it (DATED_AFTER): "the Bilateral Security Agreement of December 2023" is 2023, as
   * is "signed the Bilateral Security Agreement in 2023".
   * Only the last 64 spans found are asked, as in yearNear.
   */
  private yearJustAfterMention(key: string, before: number): string | undefined {
    const spans = this.spans;
    for (let q = spans.length - 1; q >= 0 && q >= spans.length - 64; q--) {
      const s = spans[q] as Span;
      const m = s.key !== key || s.start >= before ? null : DATED_AFTER.exec(this.text.slice(s.end, s.end + 40));
      if (m && (m[1] || /\b(?:signed|concluded)\s+(?:the\s+)?$/.test(this.text.slice(s.start - 30, s.start)))) return m[2];
    }
    return undefined;
  }

  /**
   * The offset of the line break that ends the headline: the text's first line break with a word
   * after it, or -1 for a text of one line (maybe ending in line breaks). Worked out once per text
   * (partnerInMentionSentence asks it per candidate agreement; trimming the text to find it copied
   * the whole text each time).
   */
  private headlineBreak(): number {
    if (this.headlineBreakAt === undefined) {
      const at = this.text.indexOf('\n');
      this.headlineBreakAt = at >= 0 && this.n > 0 && (this.starts[this.n - 1] as number) > at ? at : -1;
    }
    return this.headlineBreakAt;
  }

  private headlineBreakAt: number | undefined;

  /**
   * Whether the country `partner` is named in the sentence of a mention of the agreement keyed
   * `key` before offset `before`, below the headline: "New Zealand and Australia signed the
   * Coastal Security Agreement ... the agreement with New Zealand". Only the last 64 spans found are
   * asked, as in yearNear.
   */
  private partnerInMentionSentence(key: string, partner: string, before: number): boolean {
    const spans = this.spans;
    const body = this.headlineBreak();
    for (let q = spans.length - 1; q >= 0 && q >= spans.length - 64; q--) {
      const s = spans[q] as Span;
      if (s.key !== key || s.start >= before || s.start < body) continue;
      const from = Math.max(0, s.start - 300);
      const head = this.text.slice(from, s.start);
      const open = Math.max(head.lastIndexOf('. '), head.lastIndexOf('\n'));
      if (this.text.slice(open < 0 ? from : from + open, sentenceEndAfter(this.text, s.end)).includes(partner)) return true;
    }
    return false;
  }

  /**
   * The one knowledge-base agreement signed in the year and about every subject (AGREEMENT_TOPIC)
   * that the modifiers at [from, to) give ("2015 nuclear": the JCPOA); undefined without a year
   * and a subject, or when none or several fit.
   */
  private knownByYearAndTopic(from: number, to: number): AgreementInfo | undefined {
    let year: string | undefined;
    const topics: string[] = [];
    for (let m = from; m < to; m++) {
      const w = this.sp(m);
      if (YEAR.test(w.text)) year = w.text;
      else if (!w.cap && AGREEMENT_TOPIC.has(w.lower)) topics.push(w.lower);
    }
    if (year === undefined || topics.length === 0) return undefined;
    // The answer depends on the year and the subjects alone: asked once per text for each.
    const key = `${year} ${topics.join(' ')}`;
    const cache = (this.knownByYear ??= new Map());
    if (cache.has(key)) return cache.get(key) ?? undefined;
    let found: AgreementInfo | undefined;
    for (const info of this.kb.infos) {
      if (info.signed?.slice(0, 4) !== year || !topics.every((t) => hasTopic(info.topics ?? '', t))) continue;
      if (found !== undefined) { found = undefined; break; }
      found = info;
    }
    cache.set(key, found ?? null);
    return found;
  }

  /** Whether a subject word (AGREEMENT_TOPIC, in lower case) is among tokens from..to. */
  private hasTopicWord(from: number, to: number): boolean {
    for (let m = from; m < to; m++) {
      const w = this.sp(m);
      if (!w.cap && AGREEMENT_TOPIC.has(w.lower)) return true;
    }
    return false;
  }

  /** Whether a verb of an agreement's own clause follows at token k on the line ("took effect", "entered into force"). */
  private clauseVerbAt(k: number): boolean {
    const w = this.at(k);
    return w !== undefined && this.nl(k) === 0 && CLAUSE_VERB.has(w.lower);
  }

  /** Whether the word at token k, on the line, makes the name before it an organisation's ("... Treaty Organization"). */
  private organisationAfter(k: number): boolean {
    const w = this.at(k);
    return w !== undefined && this.nl(k) === 0 && w.cap && BODY_NOUN.has(w.lower);
  }

  /** Whether a body's noun comes before the first agreement word of the name from i to `to` ("Committee on Treaties"). */
  private bodyBeforeKind(i: number, to: number): boolean {
    for (let k = i; k < to; k++) {
      const w = this.sp(k).lower;
      if (HEAD_KIND[w] !== undefined) return false;
      if (BODY_NOUN.has(w)) return true;
    }
    return false;
  }

  /**
   * Whether "signed" or "reached" at token k says the agreement is the story's own, just made:
   * "the memorandum signed today", "The agreement signed on Monday" (not "the agreement signed in
   * 2015", which may be another).
   */
  private signedJustNow(k: number): boolean {
    const verb = this.at(k)?.lower;
    if (verb !== 'signed' && verb !== 'reached') return false;
    const when = this.at(k + 1);
    if (when === undefined || this.nl(k + 1) > 0) return false;
    if (JUST_NOW.has(when.lower)) return true;
    const day = this.at(k + 2);
    return when.lower === 'on' && day !== undefined && this.nl(k + 2) === 0 && DAY_OR_MONTH.has(day.lower);
  }

  /**
   * Whether "signed in" or "signed at" and a place follow at token k ("the agreement signed in
   * Kyiv"), not a year or a month ("signed in 2015", "in March").
   */
  private signedAtPlace(k: number): boolean {
    if (this.at(k)?.lower !== 'signed') return false;
    const prep = this.at(k + 1);
    const place = this.at(k + 2);
    if (prep === undefined || place === undefined || this.nl(k + 1) > 0 || this.nl(k + 2) > 0 || (prep.lower !== 'in' && prep.lower !== 'at')) return false;
    return place.word && place.cap && !TIME_WORD.has(place.lower);
  }

  /**
   * The head after "<word> of <one to three words>" from token k, when that head is "agreement" or
   * "arrangement" and every word is a lower-case word on the line ("security of information
   * agreement"); 0 otherwise. Not a determiner or a number after "of": "the value of the agreement".
   */
  private ofPhraseHead(k: number): number {
    if (!isLowerWord(this.sp(k).text) || this.nl(k + 1) !== 0) return 0;
    for (let m = k + 2; m < k + 5 && m < this.n && this.nl(m) === 0; m++) {
      const w = this.sp(m);
      if (m > k + 2 && (w.lower === 'agreement' || w.lower === 'arrangement')) return m;
      if (!isLowerWord(w.text) || DETERMINER_OR_NUMBER.has(w.lower) || w.lower === 'agreement' || w.lower === 'arrangement') return 0;
    }
    return 0;
  }

  /**
   * After an amount (the token before k), the token after the ")" of a parenthesis at k that holds
   * only another amount ("($17.3 billion)", "(PLN 26 billion)"), on the line; else 0.
   */
  private amountParenthesisEnd(k: number): number {
    const before = this.sp(k - 1);
    const b = this.taken[k - 1] as number;
    if (roleIn(b) !== ROLE_AMOUNT && !AMOUNT_WORD.has(before.lower) && !CURRENCY_NAME.has(before.lower)) return 0;
    let amount = false;
    for (let m = k + 1; m < k + 7 && m < this.n && this.nl(m) === 0; m++) {
      const w = this.sp(m);
      if (w.text === ')') return amount ? m + 1 : 0;
      const role = roleIn(this.taken[m] as number);
      if (role === ROLE_AMOUNT || AMOUNT_WORD.has(w.lower)) { amount = true; continue; }
      // (A currency's code, or a country's letters before its dollar sign: "(US$8.2 billion)".)
      if (role === ROLE_CURRENCY || CURRENCY_NAME.has(w.lower) || (w.upper && (w.text.length === 3 || (w.text.length <= 2 && this.at(m + 1)?.text === '$'))) || w.text === ',') continue;
      return 0;
    }
    return 0;
  }

  /**
   * Whether the sentence of the verb at token v opens with "Among" or "At", up to twelve tokens
   * before it on its line: "Among the contracts approved is ...", "At issue is ...", whose subject
   * follows the verb.
   */
  private amongBefore(v: number): boolean {
    for (let m = v - 1; m >= 0 && m > v - 13; m--) {
      const w = this.sp(m);
      // (Or "At": "At the centre of the announcement is a government-to-government arrangement".)
      if (w.text === 'Among' || w.text === 'At') return m === 0 || this.nl(m) > 0 || this.sp(m - 1).text === '.' || this.sp(m - 1).text === '"' || this.sp(m - 1).text === '“';
      if (this.nl(m) > 0 || w.text === '.' || w.text === '?' || w.text === '!' || w.text === ';') return false;
    }
    return false;
  }

  /**
   * Whether a mention ending at offset `end` is in the sentence of the token at i, before it: no
   * sentence's end or line break between ("... a deal for 48 fighters; Sjafrie said the contract").
   */
  private saidInSentence(end: number, i: number): boolean {
    const at = this.starts[i] as number;
    return end >= 0 && end <= at && at - end < 300 && !SENTENCE_BREAK.test(this.text.slice(end, at));
  }

  /**
   * Whether an agreement is dated by a year: one in its name or its signing date, or right after the
   * determiner of its first mention ("a 2013 accord", "its 2020 contract").
   */
  private datedFirst(cand: RecentAgreement): boolean {
    return this.datedYear(cand) !== undefined;
  }

  /**
   * The year an agreement is dated by (see datedFirst): its own, else the one right after the
   * determiner of its first mention ("a 2018 memorandum of understanding" gives "2018", which its
   * name, cut to "memorandum of understanding", lost), or the one its first words say it was made
   * in ("the security agreement with China signed in 2022 ... the 2022 pact").
   */
  private datedYear(cand: RecentAgreement): string | undefined {
    const own = this.yearOf(cand.info);
    if (own !== undefined) return own;
    const m = DATED_FIRST.exec(this.firstWords(cand.key) ?? '');
    return m?.[1] ?? m?.[2];
  }

  /**
   * Whether one of `words` opens the clause of the verb at token v: among the up to `reach` words
   * right before it on the line, with no punctuation between. A negation ("has never signed",
   * "neither Moscow nor Algiers has confirmed", reach 6; asked only of an indefinite reference
   * right after a lower-case word) or a condition with a subject of up to three words ("only if
   * they conclude", "unless the two governments sign", reach 4).
   */
  private openedBy(v: number, words: ReadonlySet<string>, reach: number): boolean {
    for (let m = v - 1; m >= v - reach && m >= 0; m--) {
      if (this.nl(m + 1) > 0) return false;
      const w = this.sp(m);
      if (words.has(w.lower)) return true;
      if (!w.word) return false;
    }
    return false;
  }

  /**
   * Whether the word at token w, after an agreement's head, is the verb of a question that an
   * auxiliary before its determiner at token v opens, and ends it: "What will the deal cost?",
   * "How much did the contract cost?" ("cost" is then no noun the head describes).
   */
  private verbEndsQuestion(v: number, w: number): boolean {
    return v >= 0 && QUESTION_AUXILIARY.has(this.sp(v).lower) && this.at(w + 1)?.text === '?' && this.nl(w + 1) === 0;
  }

  /** Whether "behalf" follows within three words from token m on its line: "on behalf of", "on the group's behalf". */
  private onBehalf(m: number): boolean {
    for (let q = m; q < m + 3 && q < this.n && this.nl(q) === 0; q++) if (this.sp(q).lower === 'behalf') return true;
    return false;
  }

  /** Whether the verb at token v opens a question's inversion: "What is", "How important was". */
  private questionInversion(v: number): boolean {
    const w1 = this.at(v - 1)?.lower ?? '';
    if (QUESTION_WORD.has(w1) || (this.at(v - 2)?.lower === 'how' && this.nl(v - 1) === 0)) return true;
    // Or the verb opens the sentence: "Is the deal binding?", "Q: Was the memorandum signed?".
    const before = this.at(v - 1);
    return this.sp(v).cap && (before === undefined || this.nl(v) > 0 || before.text === '.' || before.text === '?' || before.text === '!' || before.text === ':');
  }

  /** Descriptive references; definite ones link back to the latest agreement unless restricted. */
  private findNominal(): boolean {
    let laterAcronyms = false;
    const n = this.n;
    const named = this.spans.slice().sort((a, b) => a.start - b.start);
    let namedIdx = 0;
    let latest: RecentAgreement | undefined;
    let latestResolution: RecentAgreement | undefined;
    /** Every value `latest` took, in order (the last is `latest` itself): see the search back below. */
    const recent: RecentAgreement[] = [];
    /** Where the latest named agreement's span ends (for an appositive description right after it). */
    let latestNamedEnd = -1;
    /** Where the latest agreement's last mention ends, named or not. */
    let latestEnd = -1;
    /** The latest named agreement put in the background (see the catch-up below), and where it ends. */
    let backgroundKey = '';
    let backgroundEnd = -1;
    /** Where the latest descriptive reference ends when it opened its sentence ("The arrangement ..."), else -1 (see OBJECT_AFTER_SUBJECT). */
    let subjectEnd = -1;
    const infoByKey = new Map<string, AgreementInfo>();
    /** Mentions so far of each agreement, named or referred to (see the capitalised short form below). */
    const mentionCount = new Map<string, { n: number }>();
    const tallyOf = (key: string): { n: number } => {
      let tally = mentionCount.get(key);
      if (tally === undefined) { tally = { n: 0 }; mentionCount.set(key, tally); }
      return tally;
    };
    const countMention = (key: string): void => { tallyOf(key).n++; };
    const taken = this.taken;
    // Only a determiner opens a reference: the list of them, from the first. After a reference,
    // the determiners before `from` (among the tokens it covers) are passed over, as the loop over
    // every token stepped past them before.
    const determiners = this.determiners.data;
    let from = 0;
    // The loop's variables that the closures below (fits and the searches' tests) read are
    // declared here, not in the loop's body: a variable a closure reads lives in a context object,
    // and one declared in the body made a new context at every determiner, most of which leave
    // within a few tests (heap profile, 1 MB: findNominal's 1.2 MB a pass). The closures only run
    // within the determiner's own step, so they read the same values.
    let i = 0;
    let k = 0;
    let hl = '';
    let to = 0;
    let kind = '';
    let bareFramework = false;
    let modCountries: string[] | undefined;
    let partner: string | undefined;
    /** A country's possessive before the reference ("Sweden's"), whose agreement it owns rather than describes (see namedAtFirst). */
    let owner: string | undefined;
    let dealBefore = false;
    let fits: (cand: RecentAgreement) => boolean;
    for (let d = this.determiners.length - 1; d >= 0; d--) {
      i = determiners[d] as number;
      if (i < from || ((taken[i] as number) & TAKEN) !== 0) continue;
      k = i + 1;
      let mods = 0;
      let acronymAt = -1;
      // Up to six modifiers: "a new bilateral defence and security cooperation treaty".
      // The word tests are cached per spelling (agreementFacts: the constructor's pass worked
      // them out for every token); profile, 1 MB: these set and pattern tests on up to four
      // words after each of 17,000 determiners were most of findNominal's 5 ms.
      // An amount's currency sign and thousands separators do not count against the six words.
      let extra = 0;
      while (k < n && (k < i + 7 + extra || (k === i + 7 + extra && this.sp(k).text === '('))) {
        const wb = taken[k] as number;
        if (this.nl(k) > 0 || (wb & TAKEN) !== 0) break;
        const role = roleIn(wb);
        // "a status of forces agreement": the kind's own "of" (written with hyphens it is one word).
        // So has "a status of mission agreement", the United Nations' and the African Union's.
        if (this.sp(k).lower === 'status' && this.at(k + 1)?.lower === 'of' && STATUS_OF.has(this.at(k + 2)?.lower ?? '') && this.nl(k + 2) === 0 && this.nl(k + 1) === 0) { mods++; k += 3; extra += 2; continue; }
        // Other kinds named by what they are "of", right after the determiner: "the security of
        // information agreement", "an exchange of classified information agreement".
        if (k === i + 1 && this.at(k + 1)?.lower === 'of') {
          const head = this.ofPhraseHead(k);
          if (head > 0) { mods += head - k - 1; extra += head - k; k = head; continue; }
        }
        if (role === ROLE_MODIFIER) {
          // (A long word in capitals is an acronym only in text that is not all in capitals: "THE
          // GOVERNMENT SIGNED" is shouted; see LONG_ACRONYM.)
          if (this.sp(k).text.length > 6 && this.sp(i).upper && this.sp(k).upper) break;
          mods++; k++;
          // "U.S." is the token "U.S" and an unspaced "."; the period belongs to the modifier.
          // So does the period of a month written short ("the Sept. 19 military agreement").
          if (k < n && !this.space(k) && this.nl(k) === 0 && this.sp(k).text === '.' && (this.sp(k - 1).text.indexOf('.') > 0 || MONTH_SHORT.has(this.sp(k - 1).lower))) { k++; extra++; }
          // "the U.S.-India agreement", "the US–India deal": an unspaced hyphen or en dash joins
          // the next modifier to this one, and neither counts against the six words (the pair is
          // one word: "the last remaining U.S.-Russian nuclear arms control treaty").
          if (k + 1 < n && !this.space(k) && !this.space(k + 1) && this.nl(k) === 0 && this.nl(k + 1) === 0 && (this.sp(k).text === '-' || this.sp(k).text === '\u2013')
            && roleIn(taken[k + 1] as number) === ROLE_MODIFIER && ((taken[k + 1] as number) & TAKEN) === 0) { k++; extra += 2; }
          continue;
        }
        if (role === ROLE_HEAD) break;
        // Modifiers in a list with commas: "a $1.2 billion firm-fixed-price, indefinite-delivery/
        // indefinite-quantity contract" (a contract notice's style).
        if (mods > 0 && this.sp(k).text === ',' && !this.space(k) && k + 1 < n && this.nl(k + 1) === 0 && roleIn(taken[k + 1] as number) === ROLE_MODIFIER
          && ((taken[k + 1] as number) & TAKEN) === 0 && roleIn(taken[k - 1] as number) === ROLE_MODIFIER) { k++; extra++; continue; }
        // Two modifiers joined by "and": "a new defence and security cooperation treaty".
        if (mods > 0 && k + 1 < n && this.sp(k).lower === 'and' && this.nl(k + 1) === 0 && roleIn(taken[k + 1] as number) === ROLE_MODIFIER
          && ((taken[k + 1] as number) & TAKEN) === 0 && roleIn(taken[k - 1] as number) === ROLE_MODIFIER) { k++; continue; }
        // An amount's conversion in parentheses: "a record 16 billion euro ($17.3 billion) contract".
        if (this.sp(k).text === '(' && k > i + 1) {
          const close = this.amountParenthesisEnd(k);
          if (close > 0) { extra += close - k; k = close; continue; }
        }
        // A name's acronym in parentheses before the head: "the Reciprocal Defence Procurement
        // (RDP) agreement" (defined for its later uses once the reference is made, see below).
        if (mods > 0 && this.sp(k).text === '(' && k + 3 < n && this.nl(k + 1) === 0 && this.sp(k + 1).upper && isAcronymShape(this.sp(k + 1).text)
          && this.sp(k + 2).text === ')' && roleIn(taken[k + 3] as number) === ROLE_HEAD && ((taken[k + 1] as number) & TAKEN) === 0) {
          acronymAt = k + 1;
          k += 3;
          continue;
        }
        if (role === ROLE_MAYBE_HEAD_MODIFIER || role === ROLE_MAYBE_HEAD_OTHER) {
          const w = this.sp(k);
          if ((w.lower === 'letter' && this.at(k + 1)?.lower === 'of' && (LETTER_KIND.has(this.at(k + 2)?.lower ?? '') || this.at(k + 2)?.lower === 'offer')) || (w.lower === 'framework' && this.at(k + 1)?.lower === 'of')) break;
          // "the framework" with no head after it is the head itself (see bareFramework).
          // (Before punctuation only: "the framework participation agreement" goes on.)
          if (w.lower === 'framework' && k === i + 1 && !this.nounGoesOn(k + 1)) break;
          // So is "the letter" (see bareLetter).
          if (w.lower === 'letter' && k === i + 1 && DEFINITE.has(this.sp(i).lower) && !this.nounGoesOn(k + 1)) break;
          // So is a framework signed, when no head follows it: "signed a 10-year defense framework on Friday".
          if (w.lower === 'framework' && this.signedBefore(i) && !(k + 1 < n && this.nl(k + 1) === 0 && roleIn(taken[k + 1] as number) === ROLE_HEAD)) break;
          // A truce or a ceasefire is the head unless an agreement's head follows it ("the
          // ceasefire agreement", "the truce deal").
          if ((CEASEFIRE_HEAD.has(w.lower) || w.lower === 'understanding') && !(k + 1 < n && this.nl(k + 1) === 0 && roleIn(taken[k + 1] as number) === ROLE_HEAD)) break;
          if (role === ROLE_MAYBE_HEAD_MODIFIER) { mods++; k++; continue; }
          break;
        }
        // Amounts ("a $4.75 billion agreement", "a 10-year deal").
        // (A country's letters glued to the sign are the currency's, and do not count against the
        // six words either: "A US$2bn Foreign Military Financing direct loan agreement".)
        // (So are a dollar's country letters of any role, right after the determiner: "a C$10.4
        // billion deal", "an NZ$1 billion contract", "a HK$2 billion deal".)
        if (k === i + 1 && this.sp(k).cap && this.sp(k).text.length < 3 && isAllCapitals(this.sp(k).text) && k + 2 < n && this.sp(k + 1).text === '$' && !this.space(k + 1) && !this.space(k + 2)) { extra++; k++; continue; }
        if (role === ROLE_CURRENCY && !(k + 1 < n && this.space(k + 1))) { extra += k > i + 1 && !this.space(k) && this.sp(k - 1).upper ? 2 : 1; k++; continue; }
        if (role === ROLE_AMOUNT) {
          k++;
          // Thousands separators split a number into tokens: "a $320,000,000 contract".
          const grouped = this.thousandsEnd(k, n);
          extra += grouped - k;
          k = grouped;
          continue;
        }
        break;
      }
      if (k >= n) continue;
      const hb = taken[k] as number;
      if (this.nl(k) > 0 || (hb & TAKEN) !== 0) continue;
      // Only a head noun (ROLE_HEAD), "letter", "framework" or a possessive of one can be the
      // head: the other words leave here without the tests below (a possessive's key is not its
      // lower case, and then its byte has ACRONYM).
      const headRole = roleIn(hb);
      if (headRole !== ROLE_HEAD && headRole !== ROLE_MAYBE_HEAD_MODIFIER && headRole !== ROLE_MAYBE_HEAD_OTHER && (hb & ACRONYM) === 0) continue;
      const head = this.sp(k);
      hl = head.key;
      if (headRole !== ROLE_HEAD && headRole !== ROLE_MAYBE_HEAD_MODIFIER && headRole !== ROLE_MAYBE_HEAD_OTHER && hl === head.lower) continue;
      // The named agreements before this token, in order: the latest is what "the agreement" means.
      // Caught up only here, where a reference may follow: nothing before reads them, so the
      // determiners that fail the tests above (nine in ten) skip this and the spelling's load.
      const tStart = this.starts[i] as number;
      while (namedIdx < named.length && (named[namedIdx] as Span).start <= tStart) {
        const s = named[namedIdx] as Span;
        let info = infoByKey.get(s.key);
        if (info === undefined) {
          info = { key: s.key, name: s.name, kind: String(s.attributes['kind'] ?? 'agreement') };
          // (The signing date of a knowledge-base entry, for yearsAgree; kept apart from the info,
          // whose fields the references' attributes are made of.)
          const date = s.attributes['date'];
          if (typeof date === 'string') this.signedOf.set(s.key, date);
        }
        infoByKey.set(s.key, info);
        // A resolution is referred back to only as "the resolution"; deals and accords skip it.
        // "the resolution" is the one cited most (the text's own), the latest on a tie: "Resolution
        // 2735 ... noting that resolution 2728 had been ignored ... The resolution calls for".
        if (info.kind === 'resolution' && (latestResolution === undefined || (mentionCount.get(s.key)?.n ?? 0) + 1 >= (mentionCount.get(latestResolution.key)?.n ?? 0))) latestResolution = { key: s.key, kind: info.kind, info, tally: tallyOf(s.key) };
        // A named agreement in a relative clause about the one just mentioned is in the background:
        // "signed the Kensington Treaty, which complements the North Atlantic Treaty. Rutte welcomed
        // the agreement" is the Kensington Treaty. It joins the recent ones behind the latest.
        // So is one cited by an article of it: "the collective defence commitment in Article 5 of
        // the North Atlantic Treaty ... 'This treaty is a testament ...'" is the treaty just signed.
        else if (latest !== undefined && latest.key !== s.key && latestEnd >= 0 && ((s.start - latestEnd < 120 && RELATIVE_CLAUSE_BETWEEN.test(this.text.slice(latestEnd, s.start)))
          || ARTICLE_OF_BEFORE.test(this.text.slice(Math.max(latestEnd, s.start - 40), s.start))
          // (So is its acronym in parentheses right after it: "Article 346 of the Treaty on the
          // Functioning of the European Union (TFEU). Kubilius welcomed the deal" is not the TFEU.)
          || (s.key === backgroundKey && s.start - backgroundEnd <= 2 && this.text.charCodeAt(s.start - 1) === 40)
          // (So is one that the agreement just referred to acts on as the subject of its sentence:
          // "The arrangement builds on the Status of Visiting Forces Agreement signed in 2012.
          // Teodoro said the deal would be submitted to cabinet" is the arrangement. Not when a
          // comma after the name opens a description of it, which brings it to the fore: "The treaty
          // builds on the Trinity House Agreement, a defence pact signed ... Under that deal".)
          || (latestEnd === subjectEnd && s.start - latestEnd < 200 && this.text.charCodeAt(s.end) !== 44 && OBJECT_AFTER_SUBJECT.test(this.text.slice(latestEnd, s.start))))) {
          recent.splice(recent.length - 1, 0, { key: s.key, kind: info.kind, info, tally: tallyOf(s.key) });
          backgroundKey = s.key;
          backgroundEnd = s.end;
        } else { latest = { key: s.key, kind: info.kind, info, tally: tallyOf(s.key) }; latestNamedEnd = s.end; latestEnd = s.end; recent.push(latest); }
        countMention(s.key);
        namedIdx++;
      }
      const det = this.sp(i).lower;
      if (hl === 'resolution') {
        // "the resolution" refers back to a named resolution; otherwise it is the ordinary word ("resolution of the conflict").
        const nx = this.at(k + 1);
        // (Nor before its own number: "noting that resolution 2728 ..." is resolution 2728, "that" a conjunction.)
        if (latestResolution && DEFINITE.has(det) && !(nx && this.nl(k + 1) === 0 && (nx.lower === 'of' || isAsciiDigit(nx.text.charCodeAt(0))))) {
          this.emit(i, k + 1, latestResolution.info, true);
          countMention(latestResolution.key);
          from = k + 1;
        }
        continue;
      }
      // A plural head is a named plural agreement's short form, "the accords" after the Abraham
      // Accords, when it is the latest, with nothing but a definite determiner before the head
      // (else it is several agreements: "the agreements" after the Minsk Protocol, "the two accords").
      if (PLURAL_HEAD.has(hl)) {
        const nx = this.at(k + 1);
        // (Or one among the last few, when agreements of other kinds were named since: "The
        // biggest unfinished business of the accords is the F-35" after an F-35 deal.)
        const plural = det === 'the' && k === i + 1 && latest !== undefined
          && !(nx !== undefined && this.nl(k + 1) === 0 && (nx.lower === 'of' || nx.lower === 'between' || nx.lower === 'with' || NOT_A_REFERENCE_AFTER.has(nx.lower)))
          ? (isPluralName(latest) ? latest : searchBack(recent, latest.key, 8, isPluralName)) : undefined;
        // (A plural name that another name has in the singular is a kind, several agreements:
        // "signed separate Defence Cooperation Agreements ... the U.S.-Finland Defence Cooperation
        // Agreement ... in response to the agreements" names no one agreement.)
        const singular = plural === undefined ? '' : plural.info.name.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
        const kindName = plural !== undefined && recent.some((cand) => cand.key !== plural.key && cand.info.name.toLowerCase().endsWith(singular));
        if (plural !== undefined && !kindName) {
          this.emit(i, k + 1, plural.info, true);
          countMention(plural.key);
          from = k + 1;
        }
        continue;
      }
      // (Or of commitment, as a government commits to buy: "a letter of commitment on Arrow 3".)
      const letterKind = hl === 'letter' && this.at(k + 1)?.lower === 'of' ? LETTER_KIND.get(this.at(k + 2)?.lower ?? '') : undefined;
      // The contract of a foreign military sale: "a Letter of Offer and Acceptance".
      const letterOfOffer = hl === 'letter' && this.at(k + 1)?.lower === 'of' && this.at(k + 2)?.lower === 'offer' && this.at(k + 3)?.lower === 'and' && this.at(k + 4)?.lower === 'acceptance';
      // "the framework" alone after a framework agreement: that agreement (and nothing otherwise:
      // "the legal framework" is no agreement; see bareFramework below).
      // (So is a day's "Thursday's framework", as "Thursday's contract" is that contract.)
      bareFramework = hl === 'framework' && (det === 'the' || this.dayPossessive(i)) && k === i + 1 && !this.nounGoesOn(k + 1);
      // "the letter" alone after a letter of intent, of commitment or of offer is that letter:
      // "signed a letter of intent with Germany ... said the letter did not compromise neutrality"
      // (and nothing otherwise: a letter to a minister is none; see fits).
      const bareLetter = hl === 'letter' && DEFINITE.has(det) && k === i + 1 && !this.nounGoesOn(k + 1);
      // A framework signed is an agreement: "The US and India signed a 10-year defense framework".
      // So is a bare one signed ("Tanner signed Thursday's framework in Berlin"), which may be the
      // first mention of it: no framework agreement before it is needed (see bareFramework below).
      const signedFramework = hl === 'framework' && (this.signedBefore(i) || (bareFramework && SIGNED_VERB.has(this.at(i - 1)?.lower ?? ''))) && this.nl(i) === 0;
      // A truce made, not one called for: definite ("the truce", "the ceasefire"), or after a verb
      // of making or keeping one ("brokered a truce", "violated a ceasefire"; not "called for an
      // immediate ceasefire").
      const ceasefire = CEASEFIRE_HEAD.has(hl) && (DEFINITE.has(det) || POSSESSIVE_DETERMINER.has(det) || (i > 0 && this.nl(i) === 0 && CEASEFIRE_MADE.has(this.sp(i - 1).lower)));
      if (CEASEFIRE_HEAD.has(hl) && !ceasefire) continue;
      // An understanding made is an agreement: "signed a technical understanding on inspections",
      // "reached an understanding"; "the understanding" alone then refers back to it (not "a better
      // understanding of", nor "the understanding" with no understanding made before it).
      const understanding = hl === 'understanding' && this.nl(k) === 0 && this.at(k + 1)?.lower !== 'of' && this.at(k + 1)?.lower !== 'that'
        && (((det === 'a' || det === 'an') && (SIGNED_VERB.has(this.at(i - 1)?.lower ?? '') || UNDERSTANDING_MADE.has(this.at(i - 1)?.lower ?? '')))
          || (DEFINITE.has(det) && k === i + 1 && recent.some((r) => r.kind === 'understanding')));
      if (hl === 'understanding' && !understanding) continue;
      if (!NOMINAL_HEAD.has(hl) && !ceasefire && !understanding && letterKind === undefined && !letterOfOffer && !bareFramework && !signedFramework && !bareLetter && !(hl === 'framework' && this.at(k + 1)?.lower === 'of' && this.at(k + 2)?.lower === 'cooperation')) continue;
      // (In capitals, with a possessive too: "ahead of the MOU's expiration".)
      if ((hl === 'mou' || hl === 'moa' || hl === 'loa' || KIND_INITIALS.has(hl)) && !head.upper && !isInitialsHead(head.text)) continue;
      // "the Treaty" before a capitalised noun is a modifier: "the Treaty Depositaries", "Treaty Parties".
      if (hl === 'treaty' && k + 1 < n && this.nl(k + 1) === 0 && TREATY_COMPOUND.has(this.sp(k + 1).lower)) continue;
      // "a good deal of work", "a great deal more": an amount, not an agreement.
      if (hl === 'deal' && k === i + 2 && QUANTITY_DEAL.has(this.sp(i + 1).lower)) continue;
      // "the presidential memorandum": a directive (see DIRECTIVE_BEFORE_MEMORANDUM).
      if (hl === 'memorandum' && k > i + 1 && DIRECTIVE_BEFORE_MEMORANDUM.has(this.sp(k - 1).lower)) continue;
      // Capitalised modifiers make it a name ("the Defense Cooperation Agreement" is found as named); here only lower-case ones.
      to = k + 1;
      kind = HEAD_KIND[hl] ?? 'agreement';
      if (hl === 'memorandum' && this.at(k + 1)?.lower === 'of' && this.at(k + 2)?.lower === 'understanding') { to = k + 3; kind = 'memorandum'; }
      if (hl === 'memorandum' && this.at(k + 1)?.lower === 'of' && this.at(k + 2)?.lower === 'agreement') { to = k + 3; kind = 'memorandum'; }
      // "a memorandum of cooperation", "a memorandum of intent".
      if (hl === 'memorandum' && this.at(k + 1)?.lower === 'of' && (this.at(k + 2)?.lower === 'cooperation' || this.at(k + 2)?.lower === 'intent') && this.nl(k + 2) === 0) { to = k + 3; kind = 'memorandum'; }
      if (understanding) kind = 'understanding';
      if (hl === 'framework') { to = bareFramework || signedFramework ? k + 1 : k + 3; kind = 'framework'; }
      if (letterKind !== undefined) { to = k + 3; kind = letterKind; }
      if (bareLetter) { to = k + 1; kind = 'letter'; }
      if (letterOfOffer) { to = k + 5; kind = 'letter of offer and acceptance'; }
      const next = this.at(to);
      // "the Treaty Parties": an adjective, not a reference. So is "Our treaty commitments", a
      // head that a possessive determiner's noun follows.
      if (next && this.nl(to) === 0 && (next.cap || POSSESSIVE_DETERMINER.has(this.sp(i).lower)) && ADJECTIVAL_AFTER.test(next.text)) continue;
      // (A possessive head is the agreement itself: "Under the agreement's terms". And "among" after
      // an instrument names its parties: "a memorandum of understanding among Germany, Poland and
      // the UK"; after "agreement" it is as often a consensus.)
      if (next && this.nl(to) === 0 && NOT_A_REFERENCE_AFTER.has(next.lower) && !endsWithPossessive(this.sp(to - 1).text)
        && !(next.lower === 'among' && kind !== 'agreement' && kind !== 'deal') && !this.verbEndsQuestion(i - 1, to)) continue;
      const prev = this.at(i - 1);
      const indefinite = det === 'a' || det === 'an' || det === 'another';
      // (Except a deal being negotiated for a stated purchase, which the text then follows: "is
      // negotiating a deal for 40 J-35A fighters ... the deal", "would negotiate a
      // government-to-government agreement covering the programme".)
      const forPurchase = next !== undefined && this.nl(to) === 0 && PURCHASE_AFTER.has(next.lower);
      // (Or with a country named: "is negotiating a government-to-government agreement with the
      // UK on frigates ... I expect that agreement to be signed". Not a company's ("negotiating a
      // contract with Saab"), nor a bare kind ("without negotiating a deal").)
      const negotiatedFor = prev !== undefined && NEGOTIATE.has(prev.lower) && (forPurchase || this.partnerAt(to)?.startsWith(ORGANISATION_PARTNER) === false);
      if (indefinite && prev && (NON_SPECIFIC_BEFORE.has(prev.lower) || (prev.lower === 'to' && this.at(i - 2)?.lower === 'reach')) && !negotiatedFor) continue;
      // Nor one still to come, right before a modal and a verb of coming about: "A separate engine
      // contract would follow next year", "negotiations on a third contract could begin" (none is made yet).
      if (indefinite && next !== undefined && this.nl(to) === 0 && PROSPECTIVE_MODAL.has(next.lower) && PROSPECTIVE_VERB.has(this.at(to + 1)?.lower ?? '')) continue;
      // Nor consent: "would require the agreement of all three founding nations", "with the agreement of Congress".
      if (hl === 'agreement' && det === 'the' && k === i + 1 && next?.lower === 'of' && CONSENT_BEFORE.has(prev?.lower ?? '')) continue;
      // Nor the object of a habit, which is any one of a kind: "The Department has too often signed a
      // contract and then watched industry fail to deliver" (a generic reference, not marked).
      if (indefinite && this.nl(i) === 0 && this.nl(i - 1) === 0 && HABITUAL.has(this.at(i - 2)?.lower ?? '')) continue;
      // Nor a kind of agreement: "The traditional contract is not always the fastest way", "a
      // conventional arms deal takes years".
      if (k > i + 1 && KIND_MODIFIER.has(this.sp(i + 1).lower)) continue;
      // Nor one of the alternatives a question asks about: "Is that contract going to be a
      // government-to-government arrangement with Japan, or a direct commercial contract?"
      if (indefinite && prev?.lower === 'or' && this.text.charCodeAt(sentenceEndAfter(this.text, this.starts[i] as number)) === 63) continue;
      // Nor one that may never be: "floated a possible deal on launch notifications", "a potential agreement".
      if (indefinite && k > i + 1 && NON_SPECIFIC_MODIFIER.has(this.sp(i + 1).lower)) continue;
      // One only intended: "the government wants to sign a contract by 2028", "plans to sign an
      // agreement" (not one for a stated purchase: "intend to conclude a government-to-government
      // contract for the first three frigates").
      if (indefinite && prev && (prev.lower === 'sign' || prev.lower === 'conclude') && this.at(i - 2)?.lower === 'to' && INTEND_VERB.has(this.at(i - 3)?.lower ?? '') && !forPurchase) continue;
      // Nor one a condition asks for: "Partner countries can join only if they conclude a bilateral
      // agreement with the EU first", "unless Kyiv signs a deal" (none is made yet).
      if (indefinite && prev && this.nl(i) === 0 && DEAL_VERB.has(prev.lower) && this.openedBy(i - 1, CONDITION, 4)) continue;
      // (But "as" opening a clause whose subject the agreement is: "as a reciprocal access agreement
      // took effect".)
      // (Nor "as well as a contract", a list's "and".)
      // (Nor after "is" when a fronted "Among ..." puts the subject after its verb: "Among the
      // contracts approved is an agreement with Rheinmetall for artillery ammunition".)
      // So is what something was turned into: "once the letter of intent was turned into a
      // contract" (it became one, as after "became"; see BECOME_INTO).
      if (indefinite && prev?.lower === 'into' && this.nl(i) === 0 && this.nl(i - 1) === 0 && BECOME_INTO.has(this.at(i - 2)?.lower ?? '')) continue;
      // Nor the object of a verb denied, which asserts no agreement: "neither Moscow nor Algiers
      // has confirmed a contract", "Rome has never signed a deal" (see openedBy). (A verb's
      // only: "would never deploy until a status of mission agreement is signed" opens a clause.)
      if (indefinite && prev !== undefined && prev.word && !prev.cap && !NOT_MODIFIER.has(prev.lower) && this.openedBy(i - 1, NEGATION, 6)) continue;
      if (indefinite && prev && PREDICATE_BEFORE.has(prev.lower) && !(prev.lower === 'as' && (this.clauseVerbAt(to) || this.at(i - 2)?.lower === 'well'))
        && !((prev.lower === 'is' || prev.lower === 'are') && this.amongBefore(i - 1))) continue;
      // A definite one after "is" or "was" is a predicate too: "This is the largest defence export
      // contract in South Korea's history" describes the deal just named, as an appositive does.
      // (Not in a question, where the subject follows its verb: "How important is the AUKUS agreement?")
      // (Nor after a fronted "At ..." or "Among ...", which puts the subject after its verb: "At the
      // centre of the talks was the memorandum of understanding signed in June".)
      if (!indefinite && det === 'the' && prev && (prev.lower === 'is' || prev.lower === 'was') && !this.questionInversion(i - 1) && !this.amongBefore(i - 1)) continue;
      // So is a superlative after "as" or a comma: "described as the largest defence cooperation
      // agreement in history", "its 2021 contract for 80 jets, the largest French export deal on
      // record" describe an agreement, as an appositive or a predicate does.
      // (And a few words after "is" or "was": "The deal was at the time the largest defence export
      // agreement ever concluded".)
      // (Also when the description is quoted: "described it as 'the largest arms contract in
      // Poland's history'"; the quotation mark stands between "as" and the reference.)
      if (det === 'the' && k > i + 1 && SUPERLATIVE.test(this.sp(i + 1).lower) && ((prev && (PREDICATE_BEFORE.has(prev.lower) || prev.text === ','
        || (QUOTE_MARK.test(prev.text) && PREDICATE_BEFORE.has(this.at(i - 2)?.lower ?? '')))) || this.copulaBefore(i, 4))) continue;
      // So is a quoted description after a verb of calling: "the treaty, which Healey called 'the
      // right deal for our security'" characterises the treaty (a predicate, not marked). Unquoted,
      // the words after the verb are its object: "Healey called the deal historic".
      if ((det === 'the' || indefinite) && prev !== undefined && QUOTE_MARK.test(prev.text) && CALLING_VERB.has(this.at(i - 2)?.lower ?? '')) continue;
      // (A demonstrative points back whatever follows: "the cumulative value of this contract to $2
      // billion". So does a capitalised head alone, a named agreement's short form: "agreed to
      // further utilise the Agreement to expand bilateral exercises".)
      const shortForm = k === i + 1 && to === k + 1 && this.sp(k).cap && det === 'the';
      // (Not a "to" that belongs to the verb before the reference: "We expect the agreement to enter
      // into force next year", "allow the deal to proceed".)
      const restricted = next && this.nl(to) === 0 && RESTRICTING_AFTER.has(next.lower) && det !== 'this' && det !== 'that' && !shortForm
        && !(next.lower === 'to' && prev !== undefined && OBJECT_THEN_TO_VERB.has(prev.lower)) && !this.signedJustNow(to)
        // (Nor where it was signed, when the story has named one agreement so far: "the agreement
        // signed in Kyiv"; among several, the place picks one of them, as a year may.)
        && !(this.signedAtPlace(to) && recent.length > 0 && recent.every((r) => r.key === (recent[0] as RecentAgreement).key))
        // (Nor "on" a day or "in" a month, which says when, not which: "announced the agreement on Tuesday".)
        && !(next.lower === 'on' && TIME_WORD.has(this.at(to + 1)?.lower ?? '') && this.nl(to + 1) === 0)
        // (Nor "on" someone's behalf, which says who made it: "negotiated the deal on the group's behalf".)
        && !(next.lower === 'on' && this.onBehalf(to + 1));
      let info: AgreementInfo;
      let known: AgreementInfo | undefined;
      // "The Iran nuclear deal" is not the Japan–Philippines agreement named just before it.
      // A country's possessive before them is one more ("Iran's nuclear deal").
      const ownerCountry = det.charCodeAt(det.length - 1) === 115 ? possessiveCountry(this.sp(i)) : undefined;
      // Any other capitalised possessive is a company's when its name has two words or three, no
      // determiner among them, and the reference takes them in: "Lockheed Martin's existing
      // multiyear contract". (An office's name after "the" is none: "the Defense Department's daily
      // contract announcements"; nor a one-word possessive, a person's as often: "Smith's deal".)
      let companyFrom = i;
      if (ownerCountry === undefined && det.charCodeAt(det.length - 1) === 115 && !DETERMINERS.has(det) && !TIME_POSSESSOR.has(this.sp(i).key) && !this.sp(i).cap) {
        // A common noun's possessive belongs to its own determiner, which opens the span: "the
        // agency's framework contract" (a possessive nominal keeps its determiner). Not before a
        // superlative, which describes rather than refers: "the world's largest arms deal".
        const d0 = this.at(i - 1);
        if (d0 === undefined || this.nl(i) > 0 || !(d0.lower === 'the' || POSSESSIVE_DETERMINER.has(d0.lower)) || ((taken[i - 1] as number) & TAKEN) !== 0
          || (k > i + 1 && SUPERLATIVE.test(this.sp(i + 1).lower))) continue;
        companyFrom = i - 1;
      } else if (ownerCountry === undefined && det.charCodeAt(det.length - 1) === 115 && !DETERMINERS.has(det) && !TIME_POSSESSOR.has(this.sp(i).key)) {
        while (companyFrom > 0 && companyFrom > i - 3 && this.nl(companyFrom) === 0 && this.sp(companyFrom - 1).word && this.sp(companyFrom - 1).cap
          && ((taken[companyFrom - 1] as number) & TAKEN) === 0 && !DETERMINERS.has(this.sp(companyFrom - 1).lower) && !OPENING_PREPOSITION.has(this.sp(companyFrom - 1).lower)) companyFrom--;
        if (companyFrom === i || DETERMINERS.has(this.at(companyFrom - 1)?.lower ?? '')) continue;
      }
      // A country of two words is an owner as one of one word is: "Saudi Arabia's $3.2 billion
      // contract" is Riyadh's, not the deal Iraq signed just before it (the span keeps both words).
      const ownerPair = companyFrom === i - 1 ? countryByKeyPair(this.sp(i - 1).lower, this.sp(i).lower.slice(0, -2))?.name : undefined;
      modCountries = latest ? this.countriesBetween(i + 1, k) : undefined;
      if (latest && (ownerCountry ?? ownerPair) !== undefined) modCountries = [...(modCountries ?? []), (ownerCountry ?? ownerPair) as string];
      partner = this.partnerAt(to);
      // The year the reference is dated by, after its partner or among its modifiers (see fits).
      const yearAfter = (partner === undefined ? undefined : this.yearMadeAfterPartner(to)) ?? this.yearAmong(i + 1, k);
      owner = ownerCountry ?? ownerPair;
      dealBefore = kind === 'deal' && latest !== undefined && searchBack(recent, '', 16, (cand) => cand.kind === 'deal' || cand.kind === 'contract') !== undefined;
      fits = (cand: RecentAgreement): boolean =>
        (!modCountries || modCountries.every((c) => cand.info.parties?.includes(c) || cand.info.name.includes(c) || (c !== owner && this.namedAtFirst(cand, c))))
        // "the NATO deal" is not the EDCA named before it: an acronym among the modifiers must be a
        // named agreement's own. A descriptive one has none, so the acronym must be in the words
        // around its first mention ("a staff-level agreement with the IMF ... the IMF deal"):
        // "a $1.7 billion contract ... the AUKUS agreement" are two.
        && this.acronymsAgree(i + 1, k, cand)
        // "the grain deal" is not the Minsk agreements named before it, nor "a memorandum of understanding".
        && this.topicsAgree(i + 1, k, cand.info)
        // "the first contract" is not "a second executive contract".
        && this.ordinalsAgree(i + 1, k, cand.info)
        // "the larger agreement" is not the memorandum just named.
        && this.distinctionsAgree(i + 1, k, cand.info)
        // "the 2015 nuclear deal" is not the Non-Proliferation Treaty (1968).
        && this.yearsAgree(i + 1, k, cand.info)
        // "the Sept. 19 military agreement" is not a treaty named before it with no such date.
        && this.dayDateAgrees(i + 1, k, cand.info)
        // "the USD 700-million contract" is not "the USD 375-million contract" named before it.
        && this.amountsAgree(i + 1, k, cand.info)
        // "the security agreement with the United Kingdom" is not "a minerals deal with Washington".
        && (partner === undefined || this.partnerFits(cand, partner))
        // "the security agreement with China signed in 2022" (or "the 2022 pact") is not "the
        // Bilateral Security Agreement of December 2023": a year the agreement's own contradicts.
        && (yearAfter === undefined || (this.yearOf(cand.info) ?? this.yearJustAfterMention(cand.key, this.starts[i] as number) ?? yearAfter) === yearAfter)
        // "The contract for 148 Challenger 3 tanks" is not "a joint support arrangement" for frigates.
        && this.complementAgrees(to, cand)
        // (A convention is a treaty: "the Chemical Weapons Convention ... the treaty".)
        && (kind === 'treaty' ? cand.kind === 'treaty' || cand.kind === 'convention' : kind === 'protocol' ? cand.kind === 'protocol'
          : kind === 'ceasefire' ? cand.kind === 'ceasefire' || CEASEFIRE_NAME.test(cand.info.name) : kind === 'memorandum' ? /memorandum|agreement/.test(cand.kind) : kind === 'letter of intent' || kind === 'letter of commitment' || kind === 'letter of offer and acceptance' ? cand.kind === kind
          : kind === 'letter' ? cand.kind.startsWith('letter of') : kind !== 'framework' || (bareFramework && cand.info.name.toLowerCase().includes('framework')))
        // "the contract" is no memorandum, treaty or named intergovernmental agreement ("the
        // multiyear contract we signed with Lockheed Martin" after the EDCA).
        && (kind !== 'contract' || !(NOT_A_CONTRACT.has(cand.kind) || (cand.kind === 'agreement' && !cand.key.startsWith('a:nominal-'))))
        // "the new pact" is no purchase contract: a pact or an accord is made between governments
        // ("signed a trilateral defence cooperation agreement ... signed a contract to buy JF-17
        // fighters ... Under the new pact" is the trilateral agreement).
        && (!(kind === 'pact' || kind === 'accord') || cand.kind !== 'contract')
        // "the RAA" is no ACSA: a kind's initials are only an agreement of that kind's.
        && (!KIND_INITIALS.has(hl) || initialsOf(cand.info.name).endsWith(hl) || (cand.info.acronym ?? '').toLowerCase() === hl || cand.info.name.toLowerCase() === hl)
        // "This deal shows Cairo's independence" is the IRIS-T deal, not the 1979 peace treaty
        // named since: a treaty is "the deal" only when no deal or contract was named before it.
        && (!dealBefore || !NOT_A_DEAL.has(cand.kind))
        // "the understanding" is only an understanding made before it, not the JCPOA named since.
        && (kind !== 'understanding' || cand.kind === 'understanding');
      let compatible = latest !== undefined && fits(latest);
      /** Whether a year among the reference's modifiers is the one its agreement is dated by (see datedYear). */
      let yearPinned = false;
      // A year the latest gives no year for, that an earlier one was signed in, picks the earlier:
      // "The ANZUS Treaty of 1951 ... The Geelong Treaty ... the 1951 treaty".
      if (latest !== undefined && compatible && !indefinite) {
        const year = this.yearAmong(i + 1, k);
        if (year !== undefined && this.yearOf(latest.info) === undefined) latest = searchBack(recent, latest.key, 16, (cand) => this.datedYear(cand) === year && fits(cand)) ?? latest;
        // A year that is the agreement's own names it as a name would, so what follows does not set
        // the reference apart: "a 2018 memorandum of understanding ... The 2018 MOU on the frigates".
        if (year !== undefined && this.datedYear(latest) === year) yearPinned = true;
      }
      // Otherwise a definite reference is the latest earlier one it fits, among the last few:
      // "the protocol" after "the Accession Protocol ... the North Atlantic Treaty", "the grain
      // deal" after "the Black Sea Grain Initiative ... a memorandum of understanding".
      // Only a reference that says what it is does: its kind (a treaty, a protocol, a memorandum, an
      // understanding: "signed a technical understanding ... the 2015 deal ... Under the
      // understanding" is the first),
      // a subject, or its countries; "the deal" after a treaty stays a deal of its own.
      // (And a demonstrative, which always points back: "This deal".)
      const says = latest !== undefined && !compatible && !indefinite && (kind === 'treaty' || kind === 'protocol' || kind === 'memorandum' || kind === 'understanding' || kind === 'contract' || kind === 'pact' || kind === 'accord' || bareLetter || bareFramework || det === 'this' || det === 'that' || (modCountries?.length ?? 0) > 0 || this.hasTopicWord(i + 1, k));
      // (Or one whose partner is a country it names: "the agreement with New Zealand" after a pact with
      // China; then only one known to have that partner, see below.)
      const byPartner = latest !== undefined && !compatible && !indefinite && !says && partner?.startsWith(ORGANISATION_PARTNER) === false;
      if (latest !== undefined && (says || byPartner)) {
        // (One dated by the reference's year first: "the security agreement with China signed in
        // 2022 ... the Nakamarra Treaty ... the 2022 pact" is the first.)
        const year = this.yearAmong(i + 1, k);
        const fitsHere = (cand: RecentAgreement): boolean => !(kind === 'memorandum' && cand.kind !== 'memorandum') && fits(cand);
        // (When the partner alone sent it here, only one known to have that partner: "the security
        // agreement with China" is not a treaty named with no parties.)
        const fitsThis = byPartner ? (cand: RecentAgreement): boolean => (this.partnerOf.has(cand.key) || (cand.info.parties?.length ?? 0) > 0
          || this.partnerInMentionSentence(cand.key, partner as string, this.starts[i] as number)) && fitsHere(cand) : fitsHere;
        const found = (year === undefined ? undefined : searchBack(recent, latest.key, 16, (cand) => this.datedYear(cand) === year && fitsThis(cand))) ?? searchBack(recent, latest.key, 16, fitsThis);
        if (found !== undefined) { latest = found; compatible = true; }
      }
      // "the AUKUS Naval Nuclear Propulsion Agreement ... the treaty": with no treaty or convention
      // among the last few, "the treaty" is the latest named agreement (an agreement between
      // governments is a treaty in law), rather than a treaty of its own that nothing named.
      if (latest !== undefined && !compatible && !indefinite && det === 'the' && kind === 'treaty' && k === i + 1 && latest.kind === 'agreement' && !latest.key.startsWith('a:nominal-')
        && !NOT_A_TREATY.test(latest.info.name) && searchBack(recent, '', 16, (cand) => cand.kind === 'treaty' || cand.kind === 'convention') === undefined) compatible = true;
      // "the Montreux Convention ... the 1936 convention": a convention named before, with no
      // modifier but a year or a country ("the party convention" is none).
      // So is "the charter" a charter named before ("the Liptako-Gourma Charter ... the charter"),
      // never one of its own: "a charter flight", "the party's charter".
      if (hl === 'convention' || hl === 'conventions' || hl === 'charter') {
        const want = hl === 'charter' ? 'charter' : 'convention';
        let plain = !indefinite;
        for (let m = i + 1; m < k && plain; m++) plain = /^(?:19|20)\d\d$/.test(this.sp(m).text) || countryByKey(this.sp(m).key) !== undefined;
        const named = !plain || latest === undefined ? undefined : latest.kind === want ? latest : searchBack(recent, latest.key, 16, (c) => c.kind === want);
        if (named === undefined) continue;
        latest = named;
        compatible = true;
      }
      // "the contract" after "a $6.5 billion contract ... a 2022 framework agreement" is the
      // contract: a contract among the last few, when the latest is another kind of agreement.
      // (Not past the latest mentioned in the reference's own sentence, the agreement the sentence is
      // about: "Indonesia signed a deal for 48 KAAN fighters; Sjafrie said the contract includes ..."
      // is that deal, not a contract for Rafales named before; see saidInSentence. A deal only: "not
      // a party to the new agreement but ... under its existing contract" is another.)
      const inSentence = latest !== undefined && latest === recent[recent.length - 1] && this.saidInSentence(latestEnd, i);
      // (Nor past a production or sale agreement of its own sentence, which has a contract's terms:
      // "assembles the ANKA under a licensed production agreement; local content will reach 50
      // percent by the end of the contract" is that agreement.)
      if (latest !== undefined && compatible && !indefinite && kind === 'contract' && latest.kind !== 'contract' && !(inSentence && (latest.kind === 'deal'
        || (k === i + 1 && det === 'the' && latest.key.startsWith('a:nominal-') && (COMMERCIAL_DEAL.test(latest.info.name) || PRODUCTION_DEAL.test(latest.info.name)))))) {
        latest = searchBack(recent, latest.key, 16, (cand) => cand.kind === 'contract' && fits(cand)) ?? latest;
      }
      // "the deal" after a contract or a sale ... and a named framework between governments (a
      // partnership, a security agreement) is the contract or the sale, when one was named among
      // the last few: "signed a defense sales agreement ... also signed a Strategic Economic
      // Partnership Agreement ... the deal reflects", "a contract for the frigates ... their
      // Information Security Agreement ... the deal marks".
      // (Not after an agreement on money, which is a deal too: "a deal for F-35As ... the Special
      // Measures Agreement ... the deal" is the cost-sharing agreement.)
      if (latest !== undefined && compatible && !indefinite && kind === 'deal' && k === i + 1 && latest.kind === 'agreement' && !latest.key.startsWith('a:nominal-') && FRAMEWORK_NAME.test(latest.info.name)) {
        latest = searchBack(recent, latest.key, 8, (cand) => (cand.kind === 'deal' || cand.kind === 'contract' || (cand.key.startsWith('a:nominal-') && COMMERCIAL_DEAL.test(cand.info.name))) && fits(cand)) ?? latest;
      }
      // Likewise "the MoU" after "a Memorandum of Understanding ... a narrower 2018 agreement" is
      // the memorandum, when one was named among the last few.
      // So is "the arrangement" after "the Defense Cooperation Arrangement ... a 2022 contract" the
      // arrangement: the word names one kind of instrument, as "memorandum" does.
      if (latest !== undefined && compatible && !indefinite && (kind === 'memorandum' || kind === 'arrangement') && latest.kind !== kind) {
        latest = searchBack(recent, latest.key, 16, (cand) => cand.kind === kind && fits(cand)) ?? latest;
      }
      // And the other way round: "the agreement" after "a new security agreement ... a contract
      // with Lockheed Martin" is the agreement between the governments, not the company's
      // contract, when one was named among the last few.
      // Likewise "the agreement" after "a short interim agreement ... after the treaty lapses" is
      // the interim agreement: an agreement named just before the treaty, not the treaty.
      const afterTreaty = latest !== undefined && (latest.kind === 'treaty' || latest.kind === 'convention' || latest.kind === 'protocol');
      // (Nor past a contract of the reference's own sentence: "the framework contract with Rheinmetall;
      // Rheinmetall said the agreement would keep its plant busy".)
      if (latest !== undefined && compatible && !indefinite && kind === 'agreement' && ((latest.kind === 'contract' && !inSentence) || afterTreaty)) {
        const accept = afterTreaty ? (cand: RecentAgreement) => cand.kind === 'agreement' && fits(cand) : (cand: RecentAgreement) => cand.kind !== 'contract' && cand.kind !== 'deal' && fits(cand);
        latest = searchBack(recent, latest.key, afterTreaty ? 3 : 16, accept) ?? latest;
      }
      // A definite reference whose own words name an earlier agreement better than the latest:
      // "The interim arrangement" after "a short interim agreement ... New START", "the helicopter
      // deal" after "a helicopter deal ... a letter of offer". A lower-case modifier of four letters
      // or more that the latest's name lacks and a recent one's has moves the reference there.
      if (latest !== undefined && compatible && !indefinite) {
        const own = this.ownModifiers(i + 1, k);
        // (The name lower-cased only when there are such words: most references have none.)
        const latestName = own === undefined ? '' : latest.info.name.toLowerCase();
        if (own !== undefined && own.some((w) => !latestName.includes(w))) {
          // (Only descriptive ones: a named agreement's words are its name's, asked by topicsAgree;
          // "the 2015 nuclear deal" is not the INF Treaty for its "Nuclear".)
          // (Its words may be in the name or in the words after its first mention: "the frigate
          // deal" after "the contract for the first three frigates"; not an amount's, which says
          // nothing of what it is about: "the £1.6 billion contract".)
          // (A named one when two words or more of its name are the reference's, in order: "the
          // visiting forces pact" after "the Status of Visiting Forces Agreement ... the Reciprocal
          // Access Agreement" is the first; one word may be a subject any name has.)
          const phrase = own.length > 1 ? own.join(' ') : undefined;
          const moved = searchBack(recent, latest.key, 8, (cand) => cand.key.startsWith('a:nominal-') ? own.every((w) => cand.info.name.toLowerCase().includes(w) || (!AMOUNT_WORD.has(w) && this.saidOfAt(cand.key, w))) && fits(cand)
            : phrase !== undefined && cand.info.name.toLowerCase().includes(phrase) && fits(cand));
          // With no such one, two subject words or more that the latest descriptive one's name and
          // first words lack make another agreement: "reports on the trilateral naval nuclear
          // propulsion agreement ... waiting for the topline budget deal" are two (words of no
          // subject, "new", "proposed", "bilateral", do not count; and the word before the head is
          // one, where a subject noun stands: "the very large new bilateral deal" names none).
          if (moved !== undefined) latest = moved;
          else if (latest.key.startsWith('a:nominal-') && own[own.length - 1] === this.sp(k - 1).lower && this.ownSubjectsDiffer(own, latestName, latest.key)) compatible = false;
        }
      }
      // "the Kuala Lumpur deal" is the agreement whose first words say it was reached in that place
      // ("the ceasefire agreement reached between Thailand and Cambodia in Kuala Lumpur"), when the
      // modifiers are a place's capitalised words and no country's. (A deal, an agreement, a pact:
      // "the Tehran memorandum" is no agreement signed in Tehran but a memorandum.)
      if (latest !== undefined && !indefinite && k > i + 1 && DEAL_HEAD.has(hl)) {
        const place = this.placeModifier(i + 1, k);
        const there = place === undefined ? undefined : searchBack(recent, '', 16, (cand) => (this.firstWords(cand.key) ?? '').includes(` in ${place}`) && fits(cand));
        if (there !== undefined) { latest = there; compatible = true; }
      }
      // "The new pact" is not an older agreement dated by its year: "an agreement with Chile that would
      // replace a 2013 accord. The new pact ..." is the agreement (see datedFirst).
      if (latest !== undefined && compatible && !indefinite && k > i + 1 && this.sp(i + 1).lower === 'new' && this.datedFirst(latest)) {
        latest = searchBack(recent, latest.key, 8, (cand) => !this.datedFirst(cand) && fits(cand)) ?? latest;
      }
      // A capitalised short form ("the Treaty", "this Agreement") is the text's own treaty or
      // agreement, the one it names most, even when another was named since: "... continues to
      // implement New START ... should Russia return to full compliance with the Treaty" is the
      // Treaty on Open Skies the notice is about. On a tie, the latest if it is one of them, else
      // the one named first (a text names its subject first).
      if (latest !== undefined && compatible && !indefinite && head.cap && k === i + 1 && (det === 'the' || det === 'this') && !head.upper) {
        let best = latest;
        let most = latest.tally.n;
        // Each key is judged at its first entry only. A key counted no more than `most` is passed
        // over unnoted: `most` only grows, so its later entries are passed over too, as are those
        // of the best so far; only a key counted more and rejected is noted. (Profile, 1 MB: a set
        // of every key met, made per reference, and a count look-up per entry were a fifth of
        // findNominal; the counts are read off the entries now.)
        let rejected: Set<string> | undefined;
        // (Among the last 64 agreements referred to: a long text, a corpus of many articles,
        // stays linear.)
        for (let r = Math.max(0, recent.length - 64); r < recent.length; r++) {
          const cand = recent[r] as RecentAgreement;
          const c = cand.tally.n;
          if (c <= most || rejected?.has(cand.key) === true) continue;
          if (cand.kind === latest.kind && fits(cand)) { best = cand; most = c; } else (rejected ??= new Set()).add(cand.key);
        }
        latest = best;
      }
      // A description set off by a comma right after a named agreement describes it: "the
      // Australia-UK Defence and Security Cooperation Agreement, a treaty-level agreement that ...",
      // "the Trinity House Agreement, the most significant bilateral defence deal between the two
      // countries in decades". Neither a second agreement that later references would go to, nor a
      // mention: an appositive to a marked name is not marked (the guideline's common rules).
      const appositive = (indefinite || det === 'the') && latest !== undefined && prev !== undefined && prev.text === ',' && i >= 2
        && this.end(i - 2) === latestNamedEnd && latest.key === named[namedIdx - 1]?.key
        // (Not the subject of the sentence after an opening phrase that names it: "Formally known as
        // the Treaty Between ... Offensive Arms, the accord was signed in Prague".)
        && !this.clauseVerbAt(to);
      if (appositive) { from = to; continue; }
      // So is an indefinite one later in the name's sentence, opening a clause of its own: "Bahrain
      // signed the Comprehensive Security Integration and Prosperity Agreement with Washington in
      // 2023, a pact later joined by Britain" (a participle, maybe after "later", "since" or "now").
      if (indefinite && det !== 'another' && latest !== undefined && compatible && prev?.text === ',' && latest.key === named[namedIdx - 1]?.key && latestNamedEnd === latestEnd
        && next !== undefined && this.nl(to) === 0 && this.laterAppositive(to) && (this.starts[i] as number) - latestNamedEnd < 120
        && !SENTENCE_BEFORE_CAPITAL.test(this.text.slice(latestNamedEnd, this.starts[i] as number))) { from = to; continue; }
      // "Poland signed the second executive contract on Friday, in a deal worth about $6.5 billion":
      // the clause describes the agreement its sentence just named, as an appositive would.
      const inDealClause = indefinite && latest !== undefined && compatible && prev?.lower === 'in' && i >= 2 && this.sp(i - 2).text === ','
        && latestEnd >= 0 && latestEnd <= (this.starts[i] as number) && !SENTENCE_BREAK.test(this.text.slice(latestEnd, this.starts[i] as number));
      // "is close to finalizing an agreement with the U.S. to purchase 25 Patriot systems, a deal he
      // said would be paid for by Europe": a description set off by a comma later in the sentence of
      // a descriptive reference, opening a clause of its own, is that agreement again. (After a
      // name, such an appositive is no mention at all: see above.)
      const restated = indefinite && latest !== undefined && compatible && prev?.text === ',' && latest.key.startsWith('a:nominal-')
        && next !== undefined && this.nl(to) === 0 && RESTATED_BY.has(next.lower)
        && latestEnd >= 0 && latestEnd <= (this.starts[i] as number) && !SENTENCE_BEFORE_CAPITAL.test(this.text.slice(latestEnd, this.starts[i] as number));
      if (latest && (inDealClause || restated || (!indefinite && compatible && (yearPinned || !(restricted && !KEEPS_LINK_AFTER.has(next?.lower ?? '')))))) {
        info = latest.info;
      } else if ((bareFramework && !signedFramework) || bareLetter) {
        continue;
      } else if (!indefinite && !latest && hl === 'treaty' && head.cap) {
        continue;
      } else if (hl === 'convention' || hl === 'conventions') {
        // "the convention" refers back to a named convention ("the Montreux Convention ... the 1936
        // convention"), never stands for one of its own: the word names party gatherings and
        // customs too ("the party convention", "by convention").
        continue;
      } else if (!indefinite && (known = this.knownByYearAndTopic(i + 1, k)) !== undefined) {
        // "the 2015 nuclear deal", the article naming no agreement it fits: the one the knowledge
        // base has for that year and subject.
        info = known;
      } else {
        let label = this.text.slice(this.starts[i + 1] as number, this.end(to - 1));
        // "the AUKUS pact's second pillar": the possessive is no part of the name, as of the span.
        if (/['’]s$/.test(label)) label = label.slice(0, -2);
        // Nor is an amount's conversion in parentheses ("a 16 billion euro ($17.3 billion) contract").
        if (label.indexOf('(') >= 0) label = label.replace(/\s*\([^()]*\)/g, '');
        // Only a label ending in "understanding" can change (the test spares the pattern at the others).
        const last = label.charCodeAt(label.length - 1);
        const name = last === 103 || last === 71 ? label.replace(/^(?:[a-z-]+\s+)*?(memorandum of understanding)$/i, '$1') : label;
        info = { key: `a:nominal-${this.counter++}`, name, kind };
        infoByKey.set(info.key, info);
        if (partner !== undefined) this.partnerOf.set(info.key, partner);
        // "a memorandum on maritime cooperation and a second memorandum on defence industry
        // cooperation": the first one's words end where the second begins (see firstWords), so
        // "the industry agreement" is not the first for the second's words.
        const before = this.lastNominal;
        if (before !== undefined) {
          const at = this.nominalAt.get(before) as number;
          if (sentenceEndAfter(this.text, at) > (this.starts[i] as number)) { this.firstWordsOf.set(before, this.text.slice(at, this.starts[i] as number)); this.firstWordsLower.delete(before); }
        }
        this.lastNominal = info.key;
        this.nominalAt.set(info.key, this.starts[i] as number);
        this.nominalToken.set(info.key, i);
        // "an inter-governmental agreement ... The IGA": its initials stand for it, as a name's do.
        if (acronymAt < 0 && this.defineLowerInitials(i + 1, to, info)) laterAcronyms = true;
        // "a letter of intent ... Under the LOI": its initials keep the "of" ("LOI", "LoI").
        if (kind === 'letter of intent' && acronymAt < 0 && this.defineLetterInitials(info)) laterAcronyms = true;
      }
      // The label keeps the acronym out: "Reciprocal Defence Procurement agreement".
      if (acronymAt >= 0 && info.key.startsWith('a:nominal-') && info.acronym === undefined) {
        const acronym = this.sp(acronymAt).text;
        if (!this.defined.has(acronym)) {
          const label = `${this.text.slice(this.starts[i + 1] as number, this.end(acronymAt - 2))} ${this.text.slice(this.starts[acronymAt + 2] as number, this.end(to - 1))}`;
          info = { ...info, name: label, acronym };
          infoByKey.set(info.key, info);
          this.defined.set(acronym, info);
          laterAcronyms = true;
        }
      }
      this.emit(companyFrom, to, info, true);
      countMention(info.key);
      // "a Letter of Intent (LoI)", "a status of forces agreement (SOFA)": the initials of a new
      // reference's words in parentheses right after it stand for it, there and later.
      if (acronymAt < 0 && info.key.startsWith('a:nominal-') && info.acronym === undefined && this.initialsAfter(i + 1, to)) {
        const acronym = this.sp(to + 1).text;
        info = { ...info, acronym };
        infoByKey.set(info.key, info);
        this.defined.set(acronym, info);
        // (Initials of a descriptive reference are a common noun's, as "the MOU" is.)
        this.genericAcronyms.add(acronym);
        laterAcronyms = true;
        this.emit(to + 1, to + 2, info, true);
      }
      // "a memorandum of understanding (MoU)": the acronym in parentheses is a mention too, as
      // "the MoU" later is.
      if (kind === 'memorandum' && this.at(to)?.text === '(' && this.nl(to) === 0 && /^(?:MOU|MoU|MOA)$/.test(this.at(to + 1)?.text ?? '') && this.at(to + 2)?.text === ')'
        && ((taken[to + 1] as number) & TAKEN) === 0) {
        this.emit(to + 1, to + 2, info, true);
      }
      latest = { key: info.key, kind: info.kind === 'memorandum' || kind === 'memorandum' ? 'memorandum' : info.kind, info, tally: tallyOf(info.key) };
      latestEnd = this.end(to - 1);
      subjectEnd = DEFINITE.has(det) && this.sp(i).cap && i === companyFrom ? latestEnd : -1;
      recent.push(latest);
      from = to;
      void mods;
    }
    return laterAcronyms;
  }
}
