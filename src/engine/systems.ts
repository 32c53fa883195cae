/**
 * Weapon systems: designations from the knowledge base in any spelling ("S-300", "S300",
 * "С-300", "S-300PMU-2" -> S-300), names ("Patriot", "Terminal High Altitude Area Defense"),
 * unknown designations that stand before a system noun ("the XK-12 missile"), and
 * descriptive back-references ("the missile systems") when exactly one system can be meant.
 */
import type { Spelling, Tokens } from './text';
import { SCRATCH, detachedCopy, hasLetter, isAscii, lowerCaseSpellings, reserveMemoBits2, spellingFacts2 } from './text';
import type { Span } from './spans';
import type { UserEntry } from './types';
import { COMPILED } from './data/compiled';
import { PhraseTrie, SEARCHES_BEFORE_MAP, expandTrie, indexSystems, normalizeDesignation, searchSorted, systemInfoAt, unpackSystems, userSystems, type PackedTrie, type SystemInfo, type SystemsIndex } from './kbIndex';
import { countryByCapital, countryByDemonymKey, countryByKey, countryByName } from './countries';
import { COMPANY_NAME_NOUN, DAY_OR_MONTH, DETERMINER, SHIP_PREFIX, SHIP_PREFIX_NAVY, WARSHIP_TYPE, YEAR } from './lexicon';

/** Number words before a counted plural system name ("two Patriots"): see countedPlural. */
const COUNT_WORD = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozen', 'dozens', 'hundreds', 'several', 'additional', 'more']);
/** A number in digits before a counted plural ("400", "1,200"). */
const COUNT_DIGITS = /^\d[\d,]*$/;
/** Words that may follow a counted plural system name: prepositions, conjunctions, verbs of being and having. */
const AFTER_COUNTED = new Set(['to', 'and', 'or', 'for', 'from', 'in', 'into', 'on', 'at', 'by', 'with', 'as', 'were', 'was', 'are', 'have', 'had', 'will', 'would', 'that', 'which', 'under', 'worth', 'valued', 'costing']);

export { normalizeDesignation };

/** The compiled knowledge base: built once and shared by every call. */
export interface SystemsKb {
  /** The system with entry number i. */
  info(i: number): SystemInfo;
  /** Entry numbers by normalised designation ("S300"). */
  byDesignation: { get(designation: string): number | undefined };
  /** Names of systems; their nodes hold entry numbers. */
  phrases: PhraseTrie;
  /**
   * The category of a family of designations written as a word and a number ("HWASONG" of
   * "Hwasong-15", "Hwasong-17"), when all its members have one (see familyTable).
   */
  familyCategory(prefix: string): string | undefined;
}

/** The knowledge base without user entries, the same for every analyser. */
let builtIn: SystemsKb | undefined;

/** The knowledge base and the user's entries as look-up tables; the user's entries win. */
export function compileSystems(userEntries: readonly UserEntry[]): SystemsKb {
  const user = userSystems(userEntries);
  if (user.length > 0) {
    const index = indexSystems(user, unpackSystems({ ...COMPILED.systems, phrases: builtInPhrases() }));
    return kbOf(index, (i) => index.infos[i] as SystemInfo);
  }
  return (builtIn ??= builtInKb());
}

function builtInKb(): SystemsKb {
  // A system's description is only built when an article mentions it (a handful per article,
  // of six hundred): unpacking them all was 5% of a one-article run (profile: unpackSystems).
  const packed = COMPILED.systems.infos;
  const made: SystemInfo[] = [];
  const { designations, designationInfo } = COMPILED.systems;
  const info = (i: number): SystemInfo => (made[i] ??= systemInfoAt(packed, i));
  let families: Map<string, string | null> | undefined;
  return {
    info, byDesignation: new SortedDesignations(designations, designationInfo), phrases: new PhraseTrie(builtInPhrases()),
    familyCategory: (prefix) => (families ??= familyTable(designations, designationInfo, info)).get(prefix) ?? undefined,
  };
}

/**
 * Families of designations written as a word of four letters or more and a number ("HWASONG15",
 * "SHAHED136", "ORLAN10"), by the word: the category all the family's members share, or null when
 * they differ ("TYPE": ships, tanks and missiles). Built on the first question, which only a word
 * and number the knowledge base does not have asks ("the Hwasong-20").
 */
function familyTable(designations: readonly string[], designationInfo: readonly number[], info: (i: number) => SystemInfo): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (let i = 0; i < designations.length; i++) {
    const m = /^([A-Z]{4,})\d{1,4}$/.exec(designations[i] as string);
    if (m === null) continue;
    const category = info(designationInfo[i] as number).category;
    const had = out.get(m[1] as string);
    out.set(m[1] as string, had === undefined || had === category ? category : null);
  }
  return out;
}

let expandedPhrases: PackedTrie | undefined;
/** The built-in names' trie, expanded from the bundle's compact form once (see CompactTrie). */
function builtInPhrases(): PackedTrie {
  return (expandedPhrases ??= expandTrie(COMPILED.systems.phrases));
}

function kbOf(index: Omit<SystemsIndex, 'infos'>, info: (i: number) => SystemInfo): SystemsKb {
  const byDesignation = designationMap(index.designations, index.designationInfo);
  let families: Map<string, string | null> | undefined;
  return {
    info, byDesignation, phrases: new PhraseTrie(index.phrases),
    familyCategory: (prefix) => (families ??= familyTable(index.designations, index.designationInfo, info)).get(prefix) ?? undefined,
  };
}

function designationMap(designations: readonly string[], designationInfo: readonly number[]): Map<string, number> {
  const map = new Map<string, number>();
  for (let i = 0; i < designations.length; i++) map.set(designations[i] as string, designationInfo[i] as number);
  return map;
}

/**
 * The built-in designations, shipped in code-unit order (packSystems): the first questions are
 * answered by binary search, and the Map is built only when a text asks more (SEARCHES_BEFORE_MAP).
 */
class SortedDesignations {
  private map: Map<string, number> | undefined;
  private searches = 0;
  constructor(private readonly designations: readonly string[], private readonly designationInfo: readonly number[]) {}
  get(designation: string): number | undefined {
    const map = this.map;
    if (map !== undefined) return map.get(designation);
    if (++this.searches <= SEARCHES_BEFORE_MAP) {
      const i = searchSorted(this.designations, 0, this.designations.length, designation);
      return i < 0 ? undefined : this.designationInfo[i];
    }
    return (this.map = designationMap(this.designations, this.designationInfo)).get(designation);
  }
}

/** Capitalised words that follow a warship's type without naming it ("the carrier On Monday", "the destroyer The ..."). */
const NOT_A_SHIP_NAME = new Set([...DAY_OR_MONTH, 'the', 'a', 'an', 'on', 'in', 'at', 'and', 'but', 'strike', 'group', 'task', 'force']);
/**
 * Nouns after a defined name's initials that make the name a procurement's, not a system's: "its
 * Multi-Role Fighter Aircraft (MRFA) competition" buys some fighter, none named (see findDefinedAcronyms).
 */
const REQUIREMENT_AFTER = new Set(['competition', 'competitions', 'tender', 'tenders', 'requirement', 'requirements', 'contest']);
/** Initials in parentheses that may define a system (see findDefinedAcronyms): three to six capitals, a hyphen allowed after the first ("A-OTHR"). */
const DEFINED_ACRONYM = /^[A-Z]-?[A-Z]{2,5}$/;
/** Nouns that end a system's full name before its initials, with the category they give (see findDefinedAcronyms). */
const DEFINED_SYSTEM_NOUN = new Map([
  ['system', 'other'], ['aircraft', 'aircraft'], ['fighter', 'aircraft'], ['bomber', 'aircraft'], ['missile', 'missile'],
  ['interceptor', 'missile'], ['vehicle', 'armour'], ['tank', 'armour'], ['radar', 'radar'], ['submarine', 'submarine'],
  ['frigate', 'ship'], ['destroyer', 'ship'], ['corvette', 'ship'], ['drone', 'drone'], ['howitzer', 'artillery'],
  ['launcher', 'artillery'], ['helicopter', 'helicopter'], ['projectile', 'missile'],
  // A radar network ("Jindalee Operational Radar Network (JORN)"): its name has "Radar" (see MILITARY_SYSTEM_WORD).
  ['network', 'radar'],
]);
/** Words of category names ("Intercontinental Ballistic Missile", "Main Battle Tank"): a full name of these alone is no system. */
const GENERIC_SYSTEM_WORD = new Set(`intercontinental intermediate short medium long range ballistic cruise hypersonic glide surface air ground sea
  subsurface underwater submarine launched missile missiles unmanned uncrewed aerial aircraft vehicle vehicles system systems combat infantry fighting
  armoured armored personnel carrier multiple launch rocket integrated defense defence man portable anti tank guided global positioning main battle
  light heavy attack helicopter drone radar interceptor fighter bomber destroyer frigate corvette howitzer launcher autonomous self propelled
  artillery strike standoff stand off weapon weapons early warning control airborne mobile tactical strategic nuclear conventional theater theatre area`.trim().split(/\s+/));
/** Words that make a "... System" a military one (see findDefinedAcronyms). */
const MILITARY_SYSTEM_WORD = new Set(['combat', 'air', 'missile', 'defense', 'defence', 'strike', 'weapon', 'weapons', 'fire', 'fires', 'artillery', 'rocket',
  'radar', 'launch', 'battle', 'attack', 'fighter', 'naval', 'interceptor', 'munition', 'munitions', 'ground', 'armoured', 'armored', 'warfare']);
/** Small words a system's full name may hold without an initial ("Quick Reaction Surface to Air Missile"). */
const DEFINED_NAME_SMALL_WORD = new Set(['to', 'of', 'and', 'for', 'the', 'in']);
/** Capitalised words before a ship class's name that are none of its words (see classNameStart). */
const NOT_CLASS_NAME_WORD = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'two', 'three', 'four', 'five', 'six', 'new', 'navy', 'army',
  'air', 'force', 'forces', 'coast', 'guard', 'marine', 'marines', 'fleet', 'royal', 'naval', 'and', 'both', 'all', 'more', 'several', 'future', 'first']);
/** A ship class named by one word or a hyphenated pair, written with "-class" ("Kolkata-class", "Yuan-class"). */
const CLASS_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?-class$/u;
/** The vessels a class names (see classNameAt): the warship types and other vessels. */
const VESSEL_NOUN = new Set([...WARSHIP_TYPE, 'carriers', 'vessel', 'vessels', 'ship', 'ships', 'boat', 'boats',
  'cutter', 'cutters', 'minehunter', 'minehunters', 'tanker', 'tankers']);

/** Prepositions before a place (see emitPending). */
const PLACE_BEFORE = new Set(['in', 'at', 'near', 'from', 'off', 'over', 'across']);
/** A digit anywhere in a word (a designation's). */
const HAS_DIGIT = /\d/;
/** Determiners before "Type" and a number that make it a system's name (see typeAndNumber). */
const TYPE_DETERMINER = new Set(['the', 'a', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);
const TYPE_ORDINAL = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'last', 'next', 'new', 'latest', 'final']);
/**
 * A system mention as findBackReferences reads it: where, in which sentence, the noun written
 * after the name, and `one` when it names a single item ("a Palestine-2 missile", see emit).
 */
interface Seen { info: SystemInfo; start: number; end: number; sentence: number; noun?: string | undefined; one?: boolean }
/** Participles that narrow a back-reference down no more than "new" does (see findBackReferences). */
const UPGRADE_WORD = new Set(['upgraded', 'improved', 'modernised', 'modernized', 'refurbished']);
/**
 * What stands between two items of a list: "A and B", "A, B", "A, and B", "A or B", with an
 * article or possessive before the second item too ("the S-300 and the S-400").
 */
const LIST_BETWEEN = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:(?:the|its|their)\s+)?$/i;

/** A plural system noun in the singular, as kindAfter writes it ("systems" -> "system", "batteries" -> "battery"). */
function singularNoun(w: string): string {
  if (!/[^s]s$/.test(w) || w === 'aircraft') return w;
  const s = w.replace(/ies$/, 'y').replace(/(x|ch|sh)es$/, '$1').replace(/s$/, '');
  return s === 'batterie' ? 'battery' : s;
}

/** A family two or more of whose members the article names (see joinFamilies). */
const FAMILY_SPLIT: SystemInfo = { key: '', name: '', category: 'other', kind: '', ambiguous: false };
/** Words that may follow a noun phrase's end: conjunctions, auxiliaries and prepositions (see determinedName). */
const DETERMINED_NAME_FOLLOWER = new Set(['and', 'or', 'but', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'is', 'was',
  'are', 'were', 'has', 'had', 'have', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'as', 'into', 'since', 'which', 'that', 'than']);
/** Capitalised words before a system's name that make it no part of another name (see inOtherName). */
const NOT_A_NAME_BEFORE = new Set([...TYPE_DETERMINER, 'an', 'two', 'three', 'four', 'more', 'new', 'additional', 'both', 'and', 'or', 'with']);
/** Words that join the names of a list ("Patriot, NASAMS and IRIS-T"): see emitPending. */
const LIST_JOINER = new Set([',', 'and', 'or']);
/** Nouns that follow a system name and describe it ("S-400 air defense missile system"). */
export const SYSTEM_NOUN = new Set(`
  system systems missile missiles battery batteries radar radars launcher launchers interceptor interceptors fighter
  fighters jet jets aircraft airplane airplanes plane planes warplane warplanes bomber bombers helicopter helicopters
  drone drones tank tanks howitzer howitzers rocket rockets submarine submarines frigate frigates destroyer destroyers
  carrier carriers corvette corvettes vessel vessels ship ships cruiser cruisers vehicle vehicles unit units complex
  complexes platform platforms gunship gunships transport transports tanker tankers weapon weapons munition munitions
  bomb bombs torpedo torpedoes artillery mlrs sam sams uav uavs ucav icbm icbms slbm pod pods sonar sonars
  gun guns mortar mortars tiltrotor tiltrotors trainer trainers cannon cannons autocannon autocannons
`.trim().split(/\s+/));
/** A gun's calibre written before its noun, a kind word of it: "the XM913 50mm cannon" (see followedBySystemNoun). */
const CALIBER = /^\d{2,3}-?mm$/;
/**
 * Nouns that only a weapon's or platform's fleet goes with, which say that an ambiguous name
 * before them is the system ("three frontline Typhoon squadrons", "the Patriot fleet", "Typhoon
 * pilots"), without being its kind as SYSTEM_NOUN's words are.
 */
const SYSTEM_CONTEXT_NOUN = new Set(['squadron', 'squadrons', 'fleet', 'fleets', 'pilots', 'airframes', 'sorties', 'tranche', 'deliveries', 'capability',
  // What an army fields, buys and fires of a system: "a Patriot battalion", "Tomahawk sales", "Tomahawk strikes" (not a
  // "programme": "the Wisła programme" is a procurement programme's name).
  'battalion', 'battalions', 'sale', 'sales', 'crews', 'salvo', 'salvos', 'strikes',
  'production', 'upgrade', 'upgrades', 'variant', 'variants', 'purchase', 'purchases', 'order', 'orders', 'contract', 'contracts',
  'stocks', 'stockpile', 'stockpiles', 'inventory', 'inventories',
  // A vehicle's chassis or hull carries other systems: "19 systems on the Boxer chassis".
  'chassis', 'hull', 'hulls']);
/**
 * "programme" after an ambiguous name makes it the system's programme ("the Arrow program"),
 * unless the knowledge base knows the name as a procurement programme's ("the Wisła programme",
 * whose kind says "programme"): see followedBySystemNoun.
 */
const PROGRAMME_NOUN = /^programm?e?s?$/;

/** Head nouns of organisations, whose initials name the body, not a system (see initialsAfter). */
const ORG_HEAD_WORD = new Set(['organisation', 'organization', 'agency', 'office', 'council', 'committee', 'board', 'authority',
  'consortium', 'company', 'corporation', 'association', 'alliance', 'ministry', 'department', 'command', 'commission']);
/**
 * Words that can sit between a system name and its noun ("S-400 air defense missile system").
 * A set rather than one alternation: compiling that pattern was half a millisecond of every
 * fresh process, and a look-up is cheaper than running it at every modifier.
 */
export const KIND_WORD = new Set(`
  air air-defence air-defense defence defense defensive missile anti-aircraft anti-ship anti-tank
  surface-to-air air-to-air ballistic cruise long-range medium-range short-range intermediate-range
  mobile multirole multi-role stealth fifth-generation fourth-generation strategic tactical nuclear
  attack combat fighter transport cargo reconnaissance surveillance unmanned armed main battle
  guided self-propelled rocket artillery naval submarine-launched ground-launched air-launched
  hypersonic precision early warning and multiple launch heavy light utility tilt-rotor interceptor training trainer
  patrol maritime strike sea-based land-based anti-missile theater theatre area high altitude
  anti-armor anti-armour anti-personnel anti-radiation anti-drone counter-drone counter-battery coastal
  shore-based loitering infantry fighting armored armoured personnel amphibious assault portable
  man-portable shoulder-fired shoulder-launched precision-guided laser-guided surface-to-ship
  surface-to-surface ship-to-ship air-to-surface air-to-ship anti-submarine ship-launched
  surface-launched sub-launched extended-range ultra-long-range mid-range intercontinental-range close-range
  very-short-range short-to-medium-range medium-to-long-range beyond-visual-range within-visual-range
  intercontinental intermediate medium short long range supersonic subsonic solid-fuel solid-fuelled solid-fueled
  liquid-fuel liquid-fuelled road-mobile rail-mobile next-generation new-generation sixth-generation
  twin-engine single-engine multi-mission multimission all-weather carrier-based vertical-launch
  land land-attack wheeled tracked advanced lightweight light-weight heavy-lift ground-based
  carrier-borne carrier-capable ship-borne shipborne underwater
`.trim().split(/\s+/));

/** Head nouns of descriptive back-references, with the categories they can refer to. */
const NOMINAL_HEAD: Record<string, string[]> = Object.assign(Object.create(null) as Record<string, string[]>, {
  systems: ['air defense', 'missile', 'radar', 'artillery'],
  system: ['air defense', 'missile', 'radar', 'artillery'],
  missiles: ['air defense', 'missile'],
  // Alone ("The missile failed"), only a missile named just before (see BARE_HEAD).
  missile: ['missile', 'air defense'],
  vehicle: ['armour'],
  vehicles: ['armour'],
  howitzer: ['artillery'],
  howitzers: ['artillery'],
  // "The launchers" after "HIMARS" or "the NASAMS launchers": a system whose kind is a launcher (see bareFits).
  launcher: ['artillery', 'air defense', 'missile'],
  launchers: ['artillery', 'air defense', 'missile'],
  // "the radar" after "the LTAMDS radar", "the interceptor" after "its Arrow 3 interceptor": only
  // when one system of the kind was mentioned in the sentences before (see findBackReferences).
  radar: ['radar'],
  radars: ['radar'],
  // "The complexes" after "the S-400" (Russian usage), "the batteries" after "Patriot", "the
  // laser" after "Iron Beam".
  complex: ['air defense', 'missile'],
  complexes: ['air defense', 'missile'],
  battery: ['air defense', 'missile'],
  batteries: ['air defense', 'missile'],
  laser: ['air defense'],
  interceptor: ['air defense', 'missile'],
  interceptors: ['air defense', 'missile'],
  // (A helicopter is an aircraft: "the aircraft" after "two T-129 ATAK helicopters".)
  aircraft: ['aircraft', 'helicopter'],
  jets: ['aircraft'],
  jet: ['aircraft'],
  fighter: ['aircraft'],
  fighters: ['aircraft'],
  bomber: ['aircraft'],
  bombers: ['aircraft'],
  warplanes: ['aircraft'],
  // "the airlifter" after "KC-390 Millennium transports", "the new ICBM" after "the Hwasong-19":
  // only a system of that role (see KIND_HEAD).
  airlifter: ['aircraft'],
  airlifters: ['aircraft'],
  icbm: ['missile'],
  icbms: ['missile'],
  // "the weapon" after "the Long-Range Hypersonic Weapon": alone, only a missile or a gun named
  // just before (see BARE_HEAD and bareFits).
  weapon: ['missile', 'artillery', 'air defense'],
  // "The class" after "Hangor-class submarines": alone, only a class named just before (see bareFits).
  class: ['ship', 'submarine'],
  helicopters: ['helicopter'],
  helicopter: ['helicopter'],
  drones: ['drone'],
  drone: ['drone'],
  tanks: ['armour'],
  tank: ['armour'],
  submarine: ['submarine'],
  submarines: ['submarine'],
  // Warships by their type: only a ship known to be of that type is meant (see SHIP_TYPE_HEAD).
  carrier: ['ship'],
  destroyer: ['ship'],
  frigate: ['ship'],
  corvette: ['ship'],
  cruiser: ['ship'],
  warship: ['ship'],
  carriers: ['ship'],
  destroyers: ['ship'],
  frigates: ['ship'],
  corvettes: ['ship'],
  cruisers: ['ship'],
  warships: ['ship'],
  // Any ship or submarine named just before (see BARE_HEAD): "He said the vessel sailed in June"
  // after "the Hai Kun"; "The boats will arrive in 2032" after "three Virginia-class submarines".
  vessel: ['ship', 'submarine'],
  vessels: ['ship', 'submarine'],
  ship: ['ship'],
  ships: ['ship'],
  boat: ['submarine', 'ship'],
  boats: ['submarine', 'ship'],
  // "The satellites are meant to succeed SBIRS" after "the first Next-Gen OPIR satellite": a space
  // system whose kind says satellite (see KIND_HEAD; a launcher or a ground station is none).
  satellite: ['space'],
  satellites: ['space'],
});
/**
 * Acronyms of a category of weapon written as a back-reference's head ("the new SLBM" after the
 * JL-2), with their category and the word a system's kind must have (see KIND_HEAD).
 * Alone ("The ICBM flew far") they repeat the class of weapon as often as a system, so they need a
 * word before them (see findBackReferences). Plurals take an "s".
 */
const CATEGORY_ACRONYM: ReadonlyArray<readonly [string, string, string]> = [['icbm', 'missile', 'intercontinental'], ['slbm', 'missile', 'submarine-launched'],
  ['srbm', 'missile', 'short-range'], ['irbm', 'missile', 'intermediate-range'], ['mrbm', 'missile', 'medium-range'], ['uav', 'drone', 'drone'],
  ['ucav', 'drone', 'combat'], ['mbt', 'armour', 'tank'], ['ifv', 'armour', 'infantry'], ['apc', 'armour', 'personnel'], ['ssn', 'submarine', 'attack'],
  ['ssbn', 'submarine', 'ballistic']];
/** CATEGORY_ACRONYM's heads, singular and plural. */
const ACRONYM_HEAD = new Set<string>();
for (const [a, cat] of CATEGORY_ACRONYM) {
  NOMINAL_HEAD[a] = NOMINAL_HEAD[`${a}s`] = [cat];
  ACRONYM_HEAD.add(a).add(`${a}s`);
}
/**
 * Heads that refer back without a modifier only to a system named in their sentence or the one
 * before, and only to one whose kind has the word ("The missile failed" after "the Sarmat", an
 * intercontinental ballistic missile; "The system forms the middle tier" after "David's Sling") or,
 * for the heads of one category, one of that category ("The drone carried two bombs" after
 * "Bayraktar TB2"). A paragraph later, or of another kind, "the system", "the missile" or "the
 * vehicle" is as often another one, or none ("the political system").
 */
const BARE_HEAD = new Set(['system', 'missile', 'vehicle', 'vehicles', 'howitzer', 'howitzers', 'jet', 'drone', 'tank', 'vessel', 'vessels',
  'boat', 'boats', 'ship', 'ships', 'launcher', 'launchers', 'weapon', 'class']);
/**
 * Heads that name a role within their category: only a system whose kind has the word fits ("the
 * bomber" is the B-21, a "stealth strategic bomber", not the F-47 named after it; see findBackReferences).
 */
const KIND_HEAD = new Map([['fighter', 'fighter'], ['fighters', 'fighter'], ['bomber', 'bomber'], ['bombers', 'bomber'], ['tanks', 'tank'], ['laser', 'laser'],
  ['airlifter', 'transport'], ['airlifters', 'transport'], ['satellite', 'satellite'], ['satellites', 'satellite'], ...CATEGORY_ACRONYM.flatMap(([a, , w]) => [[a, w], [`${a}s`, w]] as Array<[string, string]>)]);
/**
 * BARE_HEAD words that name their category outright: any system of the category fits ("The ships
 * will be built in Glasgow" after "five Type 26 frigates").
 */
const BARE_CATEGORY_HEAD = new Set(['jet', 'drone', 'tank', 'howitzer', 'howitzers', 'vehicle', 'vehicles', 'vessel', 'vessels', 'boat', 'boats', 'ship', 'ships']);

/**
 * Ship-type heads of a back-reference, as they are written in a ship's kind ("aircraft carrier",
 * "destroyer"): "The carrier" is INS Vikrant or "the aircraft carrier Liaoning" named before, never
 * a ship whose type the text and the knowledge base do not give ("USS Gerald R. Ford" alone).
 */
const SHIP_TYPE_HEAD = new Map([['carrier', 'carrier'], ['destroyer', 'destroyer'], ['frigate', 'frigate'], ['corvette', 'corvette'], ['cruiser', 'cruiser'],
  ['carriers', 'carrier'], ['destroyers', 'destroyer'], ['frigates', 'frigate'], ['corvettes', 'corvette'], ['cruisers', 'cruiser']]);

/**
 * One capital and one digit, nothing between ("E3", "F1"): a designation only with a system noun or a clear mention (see run).
 * (Its possessive too: "the E3's move" is the group's as often as "the E3" is, and was taken as clear.)
 */
const SHORT_CODE = /^[A-Z][0-9](?:['’]s)?$/;
/** Hull numbers (see hullNumberEnd): "DDG-72" or "L12" as one token, or "DDG" then "70". */
const HULL_NUMBER = /^[A-Z]{1,4}-?[0-9]{1,4}$/;
const HULL_LETTERS = /^[A-Z]{1,4}$/;
const HULL_DIGITS = /^[0-9]{1,4}$/;

/**
 * Prefixes of military designation systems that mark a system on their own, without a noun after
 * them: U.S. tri-service missile and drone codes (AGM, AIM, MQ, ...), Russian (Kh, 9K, BMP, Su,
 * MiG, Tu) and Chinese (DF, HQ, YJ, PL) series. Single letters (F-, C-, T-) are too ambiguous.
 */
const DESIGNATION_PREFIX = new Set(`
  AGM AIM ADM BGM CGM FGM FIM LGM MGM MIM RGM RIM RUM UGM AQM BQM MQ RQ XQ UH AH CH MH HH KC EC RC
  OH SH CV MV HC KH BM BMP BMD BTR MIG SU TU IL KA MI YAK DF HQ YJ PL JL CJ KN KJ SS SA SSC RS SS-N
  TOS
`.trim().split(/\s+/));


/**
 * Whether a system's kind has the word, as a word or a part of a hyphenated or parenthesised one
 * ("ballistic missile", "missile system", "nuclear" in "nuclear-powered attack submarine",
 * "stealth" in "fifth-generation stealth fighter"; not "missiles").
 */
function kindHasWord(info: SystemInfo, word: string): boolean {
  const kind = info.kind ?? '';
  for (let at = kind.indexOf(word); at >= 0; at = kind.indexOf(word, at + 1)) {
    const before = at === 0 ? 32 : kind.charCodeAt(at - 1);
    const after = at + word.length === kind.length ? 32 : kind.charCodeAt(at + word.length);
    if ((before === 32 || before === 45 || before === 40) && (after === 32 || after === 45 || after === 41 || after === 44)) return true;
  }
  return false;
}

/** Months and days, after which "in" dates a verb's action (see adjunctAfter). */
const DAY_OR_MONTH_WORD = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** What the knowledge base writes in the kind of a system not yet in service (see latestFitting). */
const IN_DEVELOPMENT = /\b(?:in development|planned|in construction)\b/;
/** The words before a system named as the one being replaced: "replaces the ", "to succeed its " (see replacedIn). */
const REPLACED_BEFORE = /\b(?:replac|succeed)(?:e|es|ed|ing|s)?\s+(?:the\s+|its\s+|their\s+|ageing\s+|aging\s+)*$/i;
/**
 * Head nouns of one role, which narrow several fitting systems down to those whose kind has the
 * word (see latestFitting). Not the broad ones ("aircraft", "system", "missile", "jet"): the
 * knowledge base's kinds do not repeat them ("the upgraded aircraft" is the Typhoon, a
 * "multirole fighter", not the P-8 named before it, a "maritime patrol ... aircraft").
 */
const NARROWING_HEAD = new Set(['howitzer', 'launcher', 'helicopter', 'frigate', 'destroyer', 'corvette', 'submarine', 'radar', 'tank',
  'fighter', 'bomber', 'trainer', 'tanker', 'transport', 'interceptor', 'drone']);

/** Words of a system's kind that say it shoots down aircraft or missiles. */
const INTERCEPTOR_WORDS = /interceptor|surface-to-air|air-to-air|anti-ballistic|anti-aircraft|anti-missile|missile defen[cs]e|air defen[cs]e/i;
/** Whether a system intercepts: an air defence system, or a missile its kind calls an interceptor or a surface-to-air missile. */
function intercepts(info: SystemInfo): boolean {
  return info.category === 'air defense' || INTERCEPTOR_WORDS.test(info.kind);
}

/**
 * Whether a vessel the knowledge base does not know, named before its type, is what a reference
 * with that type as head means: "four F-110 frigates ... these frigates" (its category is "other",
 * its kind "frigate"). Vessels only: an unknown "Sprint interceptor" is too often one of several
 * interceptors, and an unknown missile one of a system's ("40N6 missiles for the complexes"). And
 * a bare head only (asked so): "The Italian frigates" are the known class of that origin.
 */
function unknownOfHeadCategory(info: SystemInfo, head: string, cats: readonly string[]): boolean {
  return info.unknown === true && (cats[0] === 'ship' || cats[0] === 'submarine') && info.kind.endsWith(singularNoun(head));
}

/** Whether a system fits a bare back-reference's head (see BARE_HEAD). */
function bareFits(head: string, info: SystemInfo, cats: readonly string[]): boolean {
  if (BARE_CATEGORY_HEAD.has(head) && cats.includes(info.category)) return true;
  // "the launchers" after a launcher.
  if (head === 'launchers') return kindHasWord(info, 'launcher');
  // "the weapon": a missile, or a gun or a laser whose kind says weapon.
  if (head === 'weapon') return info.category === 'missile' || kindHasWord(info, 'weapon');
  // "the missile" after an air defence system is as often the missile it shot at ("engaged the
  // missile outside the atmosphere" after "the Arrow 3 system").
  if (head === 'missile' && info.category !== 'missile') return false;
  // A rocket launcher is a system too: "The system will be operational by 2026" after "HIMARS"
  // (the High Mobility Artillery Rocket System).
  if (head === 'system' && kindHasWord(info, 'launcher')) return true;
  // So is a missile with its launchers: "Ukraine has used the system very effectively" after "ATACMS".
  if (head === 'system' && info.category === 'missile') return true;
  return kindHasWord(info, head);
}

/** Categories a following noun points to, for names shared by several systems. */
const NOUN_CATEGORY: Record<string, string[]> = Object.assign(Object.create(null) as Record<string, string[]>, {
  radar: ['radar'], missile: ['missile', 'air defense'], icbm: ['missile'], interceptor: ['air defense', 'missile'],
  drone: ['drone'], uav: ['drone'], aircraft: ['aircraft'], jet: ['aircraft'], fighter: ['aircraft'], bomber: ['aircraft'],
  helicopter: ['helicopter'], tank: ['armour'], vehicle: ['armour'], ship: ['ship'], destroyer: ['ship'], frigate: ['ship'],
  submarine: ['submarine'], howitzer: ['artillery'], launcher: ['artillery', 'air defense'], battery: ['air defense', 'artillery'],
  system: ['air defense', 'missile', 'radar', 'artillery'],
  // "underwater" before its noun says more than the noun: "the Poseidon underwater vehicle" is the
  // nuclear torpedo, not an armoured vehicle nor the P-8 of the same proper name.
  underwater: ['other', 'submarine'], torpedo: ['other'],
});

/** A lower-case hyphened adjective between a name and its noun: "gallium-nitride", "nuclear-armed". */
const HYPHENED_ADJECTIVE = /^[a-z]{3,}-[a-z]{3,}$/;

/** Words of technical descriptors between a name and its noun (see followedBySystemNoun). */
const TECH_DESCRIPTOR_WORD = new Set(['active', 'passive', 'electronically', 'scanned', 'array', 'phased', 'phased-array', 'protected', 'mobility', 'solid-state', 'multi-function', 'multifunction']);

/** All-capitals words after a designation that are no variant's letters (see variantCapitalsEnd). */
const NOT_VARIANT_CAPITALS = new Set(['SAM', 'SAMS', 'UAS', 'US', 'UK', 'EU', 'UN', 'USA', 'RAF', 'USN', 'PLA', 'IDF', 'AI', 'HQ', 'TO', 'IN', 'ON', 'AT', 'OF',
  'AND', 'OR', 'FOR', 'THE', 'IS', 'BY', 'AS', 'PM', 'AM', 'GMT', 'UTC', 'ET', 'EST', 'CET', 'MOU', 'FMS', 'DOD', 'MOD', 'NM', 'KM', 'MM']);

/**
 * The Joint Electronics Type Designation System (MIL-STD-196, public): "AN/" then three letters
 * (installation, type of equipment, purpose), a hyphen, a model number and optional modification
 * letters: "AN/APG-81", "AN/SPY-1D", "AN/TPY-2". The installation letters are the standard's (A
 * piloted aircraft, B underwater mobile, D pilotless carrier, F fixed ground, G general ground, K
 * amphibious, M ground mobile, P portable, S water surface, T transportable ground, U general
 * utility, V ground vehicular, W water surface and underwater, Z piloted and pilotless airborne).
 * Only the types of equipment that make weapon systems are taken: A infrared (targeting pods,
 * sensors), E laser, L countermeasures, P radar, Q sonar, S special or combined (electronic
 * warfare suites), W armament. Radios (R), communications (Z, C), visual equipment such as night
 * vision goggles (V), computers (Y) and the like are equipment but no weapon system, and doubt
 * goes to precision. Purpose M (maintenance and test assemblies: meters, test sets) is left out too,
 * and so is portable special equipment (PS: a soldier's night vision, "AN/PSQ-20").
 * Group 1 is the type letter.
 */
const JETDS = /^AN\/(?!PS)[ABDFGKMPSTUVWZ]([AELPQSW])[A-LN-Z]-\d{1,4}[A-HJ-NP-Z]{0,2}$/;
const JETDS_FAMILY = /^AN\/[A-Z]{3}-\d{1,4}/;
/** What a JETDS type-of-equipment letter says the equipment is (MIL-STD-196), for its description. */
const JETDS_TYPE: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  A: 'infrared system', E: 'laser system', L: 'countermeasures system', P: 'radar', Q: 'sonar', W: 'armament system',
});
/**
 * Lower-case words of generic descriptors written after a JETDS designation ("AN/APG-83 Active
 * Electronically Scanned Array radar", "Sniper Advanced Targeting Pod"): never a proper name,
 * and after a capitalised word they show that word is the equipment's name ("AN/AAQ-33 Sniper pods").
 */
const JETDS_DESCRIPTOR = new Set(`
  active passive electronically scanned array phased phased-array advanced targeting pod pods electronic
  warfare suite sensor sensors infrared search track tracking fire control forward looking next generation
  multifunction multi-function multimode multi-mode sonar sonars jammer jammers countermeasures countermeasure
  aperture distributed electro-optical synthetic solid-state digital upgraded new
`.trim().split(/\s+/));

/**
 * Makers of electronics and weapons (first words of their names, lower case) that can stand
 * between a designation and its noun ("AN/APG-81 Northrop radar"): manufacturers are not part of
 * the span (guideline), so such a word is not taken as the equipment's proper name.
 */
const MAKER_WORD = new Set(`
  lockheed boeing raytheon rtx northrop grumman bae general saab thales rafael elbit leonardo harris l3harris
  hensoldt elta iai kongsberg rheinmetall mitsubishi sikorsky bell honeywell collins textron mbda diehl selex
`.trim().split(/\s+/));

/** Non-system codes that look like designations. */
const NOT_SYSTEM = new Set(`
  COVID G P H1N1 MERS SARS AUKUS I U A B E K ART ARTICLE SECTION TITLE FY Q ISO EO UNSCR RES HR S
  PL NSPM NSC
`.trim().split(/\s+/));

/**
 * Function words that may sit inside a multi-word name ("Terminal High Altitude Area Defense",
 * "Cavour de la ...", "Norwegian Advanced Surface to Air Missile System", "Golden Dome for
 * America"); the knowledge base's trie decides whether the name goes on.
 */
const NAME_FUNCTION_WORD = new Set(['of', 'and', 'the', 'de', 'la', 'to', 'for']);
/** Nouns after a road's number (see matchDesignation). */
const ROAD_WORD = new Set(['road', 'roads', 'motorway', 'highway', 'freeway', 'expressway', 'interstate', 'junction', 'exit', 'bypass']);
/** Nouns after a back-reference's head that make the head their modifier (see findBackReferences). */
const COMPOUND_AFTER_HEAD = new Set(['defense', 'defence', 'launcher', 'launchers', 'test', 'tests', 'testing', 'program', 'programme', 'programs', 'project', 'projects', 'tender', 'tenders', 'competition', 'acquisition',
  'programmes', 'strike', 'strikes', 'attack', 'attacks', 'site', 'sites', 'shield', 'threat', 'threats', 'technology', 'technologies', 'launch',
  'launches', 'force', 'forces', 'brigade', 'brigades', 'unit', 'units', 'crisis', 'arsenal', 'arsenals', 'production', 'factory', 'factories',
  'industry', 'maker', 'makers', 'deal', 'deals', 'contract', 'contracts', 'purchase', 'purchases', 'sale', 'sales', 'export', 'exports',
  'capability', 'capabilities', 'warning', 'alert', 'alerts', 'crew', 'crews', 'pilot', 'pilots', 'operator', 'operators', 'fleet', 'fleets',
  'squadron', 'squadrons', 'battalion', 'battalions', 'company', 'companies', 'base', 'bases', 'engine', 'engines', 'maintenance', 'buy', 'order', 'orders',
  'industrial', 'shipbuilding', 'shipyard', 'shipyards', 'workforce', 'enterprise',
  // "The Chinese aircraft carrier Shandong", "the carrier group", "the aircraft incursions".
  'carrier', 'carriers', 'group', 'groups', 'wing', 'wings', 'hangar', 'hangars', 'component', 'components', 'part', 'parts',
  'incursion', 'incursions', 'sortie', 'sorties',
  // "the submarine development programme", "the frigate construction effort".
  'development', 'construction', 'procurement', 'modernisation', 'modernization', 'budget', 'budgets',
  // "the submarine gap", "the bomber shortfall": what a force lacks is no system.
  'gap', 'gaps', 'shortfall', 'shortfalls', 'deficit', 'deficits',
  // "The frigate decision", "the submarine choice": a choice between systems is none of them.
  'decision', 'decisions', 'choice', 'choices', 'selection']);
/** The forms of "be" before "identified as" (see identifiedAs). */
const IS_WORD = new Set(['is', 'are', 'was', 'were']);
/** What "in" after a back-reference's head may be followed by, saying how the system is: "the jets in service". */
const IN_STATE = new Set(['service', 'combat', 'operation', 'operations', 'flight', 'production']);
/** Prepositions after "launched" or "fired" that aim a weapon at a target: "the missiles fired at Kyiv" (see findBackReferences). */
const INCOMING_AFTER = new Set(['at', 'toward', 'towards', 'against', 'on', 'into']);
/** Words after a head noun that make it something else than a back-reference ("the system of ..."). */
const NOT_AFTER_HEAD = new Set(['of', 'that', 'which', 'who', 'to', 'from', 'for', 'in']);
/** Words besides DETERMINER that open a noun phrase after "to", which no infinitive does (see adjunctAfter). */
const TO_NOUN_OPENER = new Set(['a', 'an', 'these', 'those', 'each', 'every', 'all', 'both', 'other', 'some', 'any', 'several', 'two', 'three', 'four', 'five', 'six', 'ten',
  // (And what stands for a noun phrase: "compared the fighter to others".)
  'others', 'another', 'one', 'them', 'it', 'us', 'him', 'me', 'you', 'what']);
const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;
/** A number written as an ordinal ("3rd", "15th"). */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
/** What may stand between two coordinated mentions: "radars and ", " and the smaller ", ", or ". */
const COORDINATED_PAIR = /^(?:\s+[\w-]+){0,2}\s*,?\s+(?:and|or)\s+(?:[\w-]+\s+){0,2}$/;
/** A wheeled vehicle's drive, written before its noun: "8x8", "6x6", "4×4" (see findBackReferences). */
const DRIVE = /^\d{1,2}[x×]\d{1,2}$/;

/** /['’]s$/.test(s), without the regular expression (asked at every mention's last word). */
function endsWithPossessive(s: string): boolean {
  const n = s.length;
  if (n < 2 || s.charCodeAt(n - 1) !== 115) return false;
  const c = s.charCodeAt(n - 2);
  return c === 39 || c === 0x2019;
}

/**
 * What the stage asks of a token's spelling before any other work, cached per spelling
 * (spellingFacts2). Profile, 1 MB: the main loop's look-ups at the 46,000 capitalised words (the
 * phrase trie's root, the digit scan, the ship prefixes) and findBackReferences' set tests on
 * the words after 11,000 "the"s were most of the stage's 11.6 ms; few of those words can start
 * anything.
 */
const FACTS_KNOWN = reserveMemoBits2(5);
/**
 * Can start a mention with the built-in knowledge base: passes the main loop's first test and
 * is the first word of a known name (matchPhrase), has a digit (matchDesignation) or is a ship
 * prefix (matchShip). Each of those still makes its own tests.
 */
const MEMO_START = FACTS_KNOWN << 1;
/** What the word is to findBackReferences (ROLE_*), in the two bits from here. */
const ROLE_SHIFT = Math.log2(FACTS_KNOWN) + 2;
/** A warship's type in lower case, after which a capitalised name is the ship's (see namedVesselEnd). */
const MEMO_WARSHIP = FACTS_KNOWN << 4;
const ROLE_OTHER = 0;
/** A head noun of a back-reference (NOMINAL_HEAD); it may also be a kind word ("fighter"). */
const ROLE_HEAD = 1;
/** A kind word or a nationality: a modifier of a back-reference ("the Russian air defense system"). */
const ROLE_MODIFIER = 2;
/** "the", "these", "this", "those": opens a back-reference. */
const ROLE_OPENER = 3;

/** "Korean" before a system: either Korea's (see originIs). */
const KOREA = 'Korea';

/**
 * The country a nationality word before a system names ("Russian", "U.S.-made"), or KOREA for
 * "Korean", which the countries table leaves to no one Korea.
 */
function nationalityOf(lower: string): string | undefined {
  return countryByDemonymKey(lower)?.name ?? madeIn(lower) ?? (lower === 'korean' ? KOREA : undefined) ?? jointNationalities(lower)?.[0];
}

/**
 * The countries of two demonyms joined by a hyphen, or undefined: "the Indian-Russian missile"
 * is a system of both ("indian-russian" -> India, Russia).
 */
function jointNationalities(lower: string): string[] | undefined {
  const dash = lower.indexOf('-');
  if (dash <= 0 || lower.indexOf('-', dash + 1) >= 0) return undefined;
  const a = countryByDemonymKey(lower.slice(0, dash))?.name;
  const b = a === undefined ? undefined : countryByDemonymKey(lower.slice(dash + 1))?.name;
  return b === undefined ? undefined : [a as string, b];
}

/**
 * Whether a system's origin (common English names, joint ones joined by "; ") is the country a
 * reference's nationality names: the knowledge base writes "Turkey" where the countries table has
 * "Türkiye", and "Soviet Union" for designs that are Russian now; "Korean" is either Korea.
 */
function originIs(origin: string, country: string): boolean {
  for (const part of origin.split('; ')) {
    const name = countryByName(part)?.name ?? part;
    if (name === country || (country === 'Russia' && part === 'Soviet Union') || (country === KOREA && part.endsWith(' Korea'))) return true;
  }
  return false;
}

/** The country of a nationality compound ("russian-made", "us-built", "iranian-supplied"), if the word is one. */
function madeIn(lower: string): string | undefined {
  const dash = lower.lastIndexOf('-');
  if (dash <= 0 || !MADE_SUFFIX.has(lower.slice(dash + 1))) return undefined;
  // ("U.S.-made": the abbreviation's last period before the hyphen.)
  const who = lower.charCodeAt(dash - 1) === 46 ? lower.slice(0, dash - 1) : lower.slice(0, dash);
  // ("Korean-built": either Korea, as "Korean" alone is; see nationalityOf.)
  return (countryByDemonymKey(who) ?? countryByKey(who))?.name ?? (who === 'korean' ? KOREA : undefined);
}
const MADE_SUFFIX = new Set(['made', 'built', 'designed', 'supplied', 'produced', 'manufactured', 'developed', 'origin']);

function systemFacts(t: Spelling): number {
  let f = 0;
  if (t.word) {
    const tx = t.text;
    const c0 = tx.charCodeAt(0);
    if ((t.cap || c0 >= 128 || isAsciiDigit(c0)) && (mayStartPhrase(t, (builtIn ??= builtInKb()).phrases) || hasAsciiDigit(tx) || (t.cap && SHIP_PREFIX.has(tx)) || CLASS_NAME.test(tx))) f |= MEMO_START;
  }
  const lower = t.lower;
  if (t.word && !t.cap && WARSHIP_TYPE.has(lower)) f |= MEMO_WARSHIP;
  // (A possessive head too, by its key: "the tank's new gun"; see findBackReferences.)
  const role = NOMINAL_HEAD[lower] !== undefined || (t.key !== lower && NOMINAL_HEAD[t.key] !== undefined) ? ROLE_HEAD
    : KIND_WORD.has(lower) || nationalityOf(lower) !== undefined ? ROLE_MODIFIER
    // ("both" too: "shot down both cruise missiles" after "two Kh-101 cruise missiles".)
    : lower === 'the' || lower === 'these' || lower === 'this' || lower === 'those' || lower === 'both' ? ROLE_OPENER
    : ROLE_OTHER;
  return f | (role << ROLE_SHIFT);
}

/** The facts of a spelling (systemFacts), worked out at its first use. */
function factsOf(t: Spelling): number {
  // The known-bit test is repeated here on purpose: spellingFacts2 is shared by every stage (one
  // call site per compute function), and calling it for the common cached case measured slower
  // (A/B on 1 MB, CPU min: systems 4.7-4.9 ms inline against 6.0-6.2 ms through the call).
  const memo = t.memo2;
  return (memo & FACTS_KNOWN) !== 0 ? memo : spellingFacts2(t, FACTS_KNOWN, systemFacts);
}

const roleOf = (memo: number): number => (memo >>> ROLE_SHIFT) & 3;

/**
 * 1 for each spelling (by id) whose tokens run()'s loop passes over with nothing done: in lower
 * case (no filed name), neither opener nor head, no warship's type, and nothing can start there
 * (MEMO_START; with user entries the loop's own first test). The loop then reads one byte per
 * token rather than its spelling and memo (profile, 1 MB: the loop's per-token tests were most of
 * its self time, and seven tokens in ten are such words). 2 for a capitalised spelling that is
 * such a word but for the filed-name test (see PASSED_BUT_FILED).
 */
function passedSpellings(spellings: readonly Spelling[], ownKb: boolean): Uint8Array {
  const passed = new Uint8Array(spellings.length);
  for (let id = 0; id < spellings.length; id++) {
    const t = spellings[id] as Spelling;
    const memo = factsOf(t);
    const role = roleOf(memo);
    if (role === ROLE_OPENER || role === ROLE_HEAD || (memo & MEMO_WARSHIP) !== 0) continue;
    if (ownKb) {
      if (t.word) {
        const c0 = t.text.charCodeAt(0);
        if (t.cap || c0 >= 128 || isAsciiDigit(c0)) continue;
      }
    } else if ((memo & MEMO_START) !== 0) continue;
    passed[id] = t.cap ? PASSED_BUT_FILED : 1;
  }
  return passed;
}

/**
 * passedSpellings' value for a capitalised word that run()'s loop passes over unless bareNames may
 * have it: 43,000 of the 57,000 tokens the loop read on 1 MB were capitalised, and most of them
 * only went on to their memo to be passed over (the spelling's and memo's loads were the loop's top line).
 */
const PASSED_BUT_FILED = 2;

/**
 * False when matchPhrase cannot match at a word with this spelling, whatever follows: neither
 * it, its key nor its singular is the first word of a name in `phrases`. Exported for the tests.
 */
export function mayStartPhrase(t: Spelling, phrases: PhraseTrie): boolean {
  if (!t.cap) return false;
  const lower = t.lower;
  if (phrases.child(0, lower) >= 0 || phrases.child(0, t.key) >= 0 || (lower.endsWith('s') && phrases.child(0, lower.slice(0, -1)) >= 0)) return true;
  const base = hyphenVariantBase(t.text) ?? descriptorBase(t.text);
  return (base !== undefined && phrases.child(0, base) >= 0) || hyphenedName(t.text, phrases) >= 0;
}

/**
 * The phrase-trie node of a name of two or more capitalised words written joined by hyphens
 * ("Iron-Beam" for Iron Beam, "Storm-Shadow"), or -1: the words are looked up as the name's
 * words apart. Asked once per spelling (by mayStartPhrase) before matchPhrase asks it again.
 */
function hyphenedName(text: string, phrases: PhraseTrie): number {
  const dash = text.indexOf('-');
  // (Words of letters only: a designation such as "Su-35", the usual hyphened capitalised word
  // with a digit, is passed before the split and the pattern, at every occurrence matchPhrase asks.)
  if (dash < 2 || dash === text.length - 1 || hasAsciiDigit(text)) return -1;
  let node = 0;
  for (const part of text.split('-')) {
    if (!/^\p{Lu}\p{Ll}+$/u.test(part)) return -1;
    node = phrases.child(node, part.toLowerCase());
    if (node < 0) return -1;
  }
  return phrases.value(node) >= 0 ? node : -1;
}

/**
 * Descriptors written onto a system's one-word name with a hyphen: "Shahed-type drones",
 * "Iskander-style missiles", "Patriot-like systems", "Kalibr-derived". The name is the mention;
 * the descriptor is not part of it, as a descriptor after a space is not. A participle of carrying or
 * firing makes the name a modifier, which is still a mention: "the Boxer-mounted RCH 155",
 * "Aegis-equipped destroyers", "Tomahawk-capable ships".
 */
const NAME_DESCRIPTOR = new Set(['type', 'style', 'like', 'made', 'built', 'derived', 'based', 'mounted', 'launched', 'armed', 'equipped', 'capable', 'fired']);

/**
 * A participle in lower case written onto a name, which makes the name a modifier as the listed
 * ones do: "a Patriot-guarded airfield", "Kinzhal-intercepting systems" (see nameDescriptorLength).
 */
const PARTICIPLE_DESCRIPTOR = /^[a-z]{2,}(?:ed|ing)$/;

/** The length of such a descriptor with its hyphen at the end of `s` ("-type": 5), or 0. */
function nameDescriptorLength(s: string): number {
  const dash = s.lastIndexOf('-');
  if (dash < 2 || dash === s.length - 1) return 0;
  const tail = s.slice(dash + 1);
  return NAME_DESCRIPTOR.has(tail.toLowerCase()) || PARTICIPLE_DESCRIPTOR.test(tail) ? s.length - dash : 0;
}

/** The one-word name before such a descriptor, in lower case ("shahed" of "Shahed-type"), or undefined. */
function descriptorBase(s: string): string | undefined {
  const cut = nameDescriptorLength(s);
  return cut > 0 ? s.slice(0, s.length - cut).toLowerCase() : undefined;
}

/** Roman numerals one to ten, by their lower case (see arabicNumbered). */
const ROMAN = new Map([['i', 1], ['ii', 2], ['iii', 3], ['iv', 4], ['v', 5], ['vi', 6], ['vii', 7], ['viii', 8], ['ix', 9], ['x', 10]]);

/** A lower-case word and a hyphenated Roman numeral, with the number in digits ("hyunmoo-v" -> "hyunmoo-5"), or undefined. */
function arabicNumbered(lower: string): string | undefined {
  const dash = lower.lastIndexOf('-');
  if (dash < 3 || lower.length - dash > 5) return undefined;
  const n = ROMAN.get(lower.slice(dash + 1));
  return n === undefined ? undefined : `${lower.slice(0, dash)}-${n}`;
}

/**
 * The one-word name before a variant's letters after a hyphen ("Rafale-M", "Rafale-B", "Mirage-F"),
 * or a variant's number with letters ("Akash-1S", "Astra-2A": a number alone, "Hwasong-19", is a
 * model of its own, see familyMember): the name in lower case, or undefined when the word has no
 * such shape.
 */
function hyphenVariantBase(s: string): string | undefined {
  const dash = s.lastIndexOf('-');
  if (dash < 3 || s.length - dash - 1 < 1 || s.length - dash - 1 > 4) return undefined;
  // (The digits first, one or two, then the capitals, one to three in all.)
  let k = dash + 1;
  while (k < dash + 3 && k < s.length - 1 && isAsciiDigit(s.charCodeAt(k))) k++;
  if (s.length - k > 3) return undefined;
  for (; k < s.length; k++) { const c = s.charCodeAt(k); if (c < 65 || c > 90) return undefined; }
  for (let k = 0; k < dash; k++) { const c = s.charCodeAt(k) | 32; if (c < 97 || c > 122) return undefined; }
  return s.slice(0, dash).toLowerCase();
}

/**
 * The lower-case words of a proper name, split once per name rather than at every mention of its
 * designation (profile, 1 MB: 1.2% of the stage). The names come from the knowledge base and
 * the user's entries, so the table stays small.
 */
const properNameWordsOf = new Map<string, readonly string[]>();
function properNameWords(name: string): readonly string[] {
  let words = properNameWordsOf.get(name);
  if (words === undefined) { words = name.toLowerCase().split(/\s+/); properNameWordsOf.set(name, words); }
  return words;
}

/**
 * The lower case of a model number written with variant letters after it ("2A8X" -> "2a8",
 * "2E" -> "2"): up to three capital letters after a digit. Undefined for other words.
 */
function variantBase(s: string): string | undefined {
  const n = s.length;
  let k = n;
  while (k > 0 && n - k < 4) {
    const c = s.charCodeAt(k - 1);
    if (c < 65 || c > 90) break;
    k--;
  }
  if (k === n || n - k > 3 || k === 0 || !isAsciiDigit(s.charCodeAt(k - 1))) return undefined;
  return s.slice(0, k).toLowerCase();
}

function hasAsciiDigit(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (isAsciiDigit(s.charCodeAt(k))) return true;
  return false;
}

/**
 * The attributes of a mention of `info` with `kind` written after it (SystemRecognizer's
 * kindAfter), in the order the output lists them. Exported for the tests.
 */
export function systemAttributes(info: SystemInfo, kind: string | undefined): Record<string, string | boolean> {
  const attributes: Record<string, string> = { designation: info.name, category: info.category };
  // The kind as written next to the mention wins; the knowledge-base description fills in later.
  if (kind) attributes['kind'] = kind;
  attributes['description'] = info.kind;
  if (info.origin) attributes['origin'] = info.origin;
  if (info.manufacturer) attributes['manufacturer'] = info.manufacturer;
  if (info.natoName) attributes['natoName'] = info.natoName;
  if (info.properName) attributes['properName'] = info.properName;
  if (info.family) attributes['family'] = info.family;
  const attrs: Record<string, string | boolean> = attributes;
  // Only a designation found by its pattern: knowledge-base records of the category "other"
  // (IBCS, the Trophy protection system) had been flagged too, and their hover said so.
  if (info.unknown === true) attrs['unknown'] = true;
  return attrs;
}

/**
 * Words that make a variant of the system they follow or precede ("F-16 Block 70", "PrSM Increment
 * 1", "Patriot PAC-3 MSE", "PAC-2 GEM-T", "M1A2 SEPv3", "Eurofighter Tranche 4").
 */
const VARIANT_MARK = /^(?:block(?:-\w+)?|blk|increment|inc|tranche|batch|mk\.?|mk-?\d{1,2}[a-z]?|mark|pac-?\d|gem-?[tc]|mse|sepv?\d)$/i;
/** Nouns of a variant, before "of the ...": "the export version of the fighter" (see findBackReferences). */
const VERSION_NOUN = new Set(['version', 'versions', 'variant', 'variants']);
/** "variant of (the) " or "version of (the) " at the end of the text before a mention (see variantOfBefore). */
const VARIANT_OF_BEFORE = /\b(?:variant|version)s? of (?:the )?$/;
/** A designation with a variant's mark written onto it, without a space: "PAC-3MSE", "PAC-2GEM-T". */
const MARK_ONTO_DESIGNATION = /^(\S*\d)-?(MSE|GEM-?[TC])$/;
/** A word that numbers a mark ("Block 70", "Increment 2", "Block IIIA", "Mk 41"). */
const MARK_NUMBER = /^(?:\d{1,3}[A-Z]{0,3}(?:\/\d{1,3}[A-Z]{0,3})?|[IVX]{1,4}[A-C]?)$/;
/** A variant's letters or number after a name ("Rafale M", "Rafale F4", "Gripen E", "Gripen C/D", "Aster 30 B1NT", "Wing Loong II"). */
const VARIANT_SUFFIX = /^(?:[A-Z]{1,2}\d{0,2}[A-Z]{0,2}|[A-Z]\/[A-Z]|\d+[A-Z]\d*[A-Z]*|[IVX]{2,4}|Marine|NG)$/;
/** The letters and the number that open a normalised designation ("F15" of "F15QA" and "F15E"). */
const DESIGNATION_CORE = /^[A-Z]*\d+/;
/** A model's code written after a one-word name, with digits: "M2" of "Tor M2", "136" of "Shahed 136" (see lettersApart). */
const SPACED_MODEL = /^[A-Z]{0,3}\d{1,4}[A-Z]{0,2}$/;
/** A mark written onto its number, with a sub-variant after a slash: "Mk2", "Mk-1A", "Mk2/E" (see blockEnd). */
const GLUED_MARK = /^Mk-?\d{1,2}[A-Z]?(?:\/[A-Z])?$/;
/** A variant's code of a letter, a digit or two and letters ("B1", "B1NT"); see blockEnd. */
const VARIANT_CODE = /^[A-Z]\d{1,2}[A-Z]{0,2}$/;
/** Words that count or determine a ship of a class before its name ("the Mogami", "an Anzac", "six Anzacs"). */
const CLASS_COUNT_WORD = new Set(['the', 'a', 'an', 'each', 'every', 'this', 'that', 'these', 'those', 'first', 'second', 'third', 'last', 'next',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'its', 'their', 'our', 'both', 'all', 'another']);
/** Prepositions of place, after which a name is where, not which ship (see countedBefore). */
const PLACE_PREPOSITION = new Set(['in', 'at', 'from', 'to', 'near', 'off', 'of']);
const NO_INDEXES: readonly number[] = [];
/** NATO's designation prefixes, whose systems have a reporting name ("SS-4 Sandal", "SA-22 Greyhound"). */
const NATO_CODE = new Set(['SS', 'SA', 'SSC', 'AS', 'AT', 'SSN']);
/** The words that may introduce a NATO reporting name after a system (see natoNameAfter): "NATO reporting name:", "codenamed". */
const NATO_NAME_INTRO = new Set(['nato', 'reporting', 'name', 'names', ':', 'codenamed', 'code-named', 'code', 'named', 'known', 'as', "nato's", 'by']);
/** A model number after a name: "2", "50", "2-S", "3A" (see findNamedModels). */
const MODEL_NUMBER = /^\d{1,4}(?:-?[A-Z]{1,2}\d{0,2})?$/;
/** Places numbered with letters and digits, before the number ("Room SH-216", "Gate B-12"); see matchDesignation. */
const PLACE_NUMBERED = new Set(['room', 'suite', 'gate', 'pier', 'berth', 'hangar', 'hall', 'office', 'apartment', 'unit', 'lot', 'plot', 'bay']);
/**
 * Capitalised words that number other things than systems, or count them ("Phase 2", "Block 4",
 * "Group 5 drones", "Over 50 drones", "Some 30 tanks"); see findNamedModels.
 */
const NOT_A_MODEL_NAME = new Set(['block', 'phase', 'stage', 'level', 'tier', 'group', 'category', 'class', 'batch', 'lot', 'increment', 'flight', 'squadron', 'wing', 'article', 'fiscal', 'fy',
  'section', 'chapter', 'part', 'number', 'unit', 'team', 'brigade', 'division', 'battalion', 'regiment', 'fleet', 'corps', 'zone', 'area', 'sector',
  'site', 'base', 'gate', 'pier', 'dock', 'hangar', 'runway', 'line', 'route', 'highway', 'year', 'day', 'week', 'month', 'region', 'district',
  'round', 'table', 'figure', 'annex', 'appendix', 'paragraph', 'resolution', 'mark', 'model', 'version', 'generation', 'series', 'page', 'volume',
  'row', 'terminal', 'camp', 'fort', 'station', 'building', 'hall', 'room', 'floor', 'tranche', 'over', 'about', 'some', 'nearly', 'almost',
  'around', 'only', 'just', 'another', 'more', 'than', 'least', 'approximately', 'roughly', 'all', 'the', 'and', 'with', 'for', 'from', 'into',
  'its', 'their', 'his', 'her', 'our', 'these', 'those', 'total', 'totalling', 'totaling', 'including', 'included', 'plus', 'bought', 'buys', 'buy',
  'ordered', 'orders', 'received', 'receives', 'delivered', 'delivers', 'deployed', 'deploys', 'fired', 'fires', 'launched', 'launches', 'lost',
  'destroyed', 'shot', 'downed', 'intercepted', 'operates', 'operated', 'has', 'had', 'have', 'acquired', 'acquire', 'supplied', 'supply', 'sent',
  'send', 'sends', 'transferred', 'additional', 'extra', 'new', 'old', 'first', 'last', 'next', 'former', 'fy', 'covid', 'cop', 'g20', 'g7',
  'apollo', 'mission', 'exercise', 'operation', 'task', 'force', 'forces', 'storm', 'hurricane', 'typhoon', 'cyclone', 'windows', 'iphone', 'title',
  'schedule', 'rule', 'step', 'point', 'option', 'scenario']);
/** Nouns that make a name before them an exercise's (see exerciseWordAt). */
const EXERCISE_WORD = new Set(['exercise', 'exercises', 'drill', 'drills', 'wargame', 'wargames', 'war-game', 'war-games']);
/** Words between an exercise's name and its noun: "Sea Guardians joint exercise". */
const EXERCISE_MODIFIER = new Set(['joint', 'naval', 'military', 'bilateral', 'trilateral', 'multilateral', 'multinational', 'combined', 'maritime', 'air', 'annual']);
/** System nouns too general to make a name and a number a system's model ("Project 5 units", "Platform 3 vehicles"). */
const GENERIC_MODEL_NOUN = new Set(['unit', 'units', 'vehicle', 'vehicles', 'platform', 'platforms', 'system', 'systems', 'weapon', 'weapons',
  'complex', 'complexes', 'pod', 'pods', 'transport', 'transports', 'gun', 'guns']);
/** Words between a model and its noun that KIND_WORD lacks ("guided glide munition", "patrol vessel"). */
const MODEL_KIND_WORD = new Set(['guided', 'glide', 'patrol', 'swarming', 'loitering', 'armed', 'attack', 'combat', 'reconnaissance', 'surveillance',
  'offshore', 'fast', 'armoured', 'armored', 'unmanned', 'uncrewed', 'autonomous', 'precision', 'smart', 'heavy', 'light', 'medium', 'long-range',
  'short-range', 'medium-range', 'anti-ship', 'anti-tank', 'air-to-air', 'air-to-surface', 'surface-to-air', 'cruise', 'ballistic', 'naval']);
/** Prepositions of place: a capitalised word right after one is a place (see placeWords). */
const LOCATIVE = new Set(['in', 'near', 'over', 'around', 'outside', 'across', 'towards', 'toward', 'into', 'from', 'at']);
/** Verbs of supplying and fielding after which a capitalised name before a system's noun is the system's: "supply Al Tariq guided munition kits" (see findNamedKinds). */
const SUPPLY_VERB = /^(?:suppl(?:y|ies|ied)|deliver(?:s|ed)?|field(?:s|ed)?|order(?:s|ed)?|buys?|bought|covers|unveil(?:s|ed)?)$/;
/**
 * Capitalised words that name who fields or makes a system, not the system, before its noun ("the
 * Army counter-drone system", "the Pentagon interceptor"): see findNamedKinds, which also skips
 * countries, nationalities, makers and months.
 */
const NOT_A_KIND_NAME = new Set([...NOT_CLASS_NAME_WORD, ...NOT_A_MODEL_NAME, 'pentagon', 'kremlin', 'ministry', 'government', 'state', 'states',
  'defense', 'defence', 'military', 'nato', 'soviet', 'allied', 'enemy', 'national', 'united', 'federal', 'european',
  // Coalitions and armed groups that field weapons: "16 Coalition aircraft", "a Houthi missile".
  'coalition', 'alliance', 'houthi', 'hezbollah', 'hamas', 'taliban', 'wagner',
  // Where a system comes from or how it is made, capitalised as adjectives of a bloc or a region
  // ("Serbia had bought Western combat aircraft", "Gulf air defence systems"), not its name.
  'western', 'eastern', 'northern', 'southern', 'foreign', 'domestic', 'indigenous', 'gulf', 'arab', 'nordic', 'baltic',
  'balkan', 'pacific', 'atlantic', 'arctic', 'asian', 'african', 'latin', 'middle', 'modern', 'advanced', 'legacy']);
/**
 * System nouns that an owner's name goes before as often as a system's ("Coalition aircraft", "the
 * Levant fighters", "Houthi drones"): after an unknown name they need a kind word between (see findNamedKinds).
 */
const OWNED_NOUN = new Set([...GENERIC_MODEL_NOUN, ...'aircraft plane planes warplanes jet jets drone drones ship ships vessel vessels boat boats fighter fighters tank tanks rocket rockets'.split(' ')]);
/** A block's Roman numeral and sub-block letter written without "Block" ("IIA" of "SM-3 IIA"); see blockEnd. */
const BARE_BLOCK = /^[IVX]{1,3}[A-C]$/;
/** Pronouns that open a relative clause without "that" after a back-reference's head (see findBackReferences). */
const SUBJECT_PRONOUN = new Set(['i', 'you', 'we', 'they', 'he', 'she']);
/** A word after a system's name that names an evolved design of it (see blockEnd): "FREMM EVO", "Scorpène Evolved". */
const EVOLUTION_WORD = /^(?:EVO|Evo|Evolved)$/;
/** A production block written as one word with a hyphen (see blockEnd). */
const HYPHENED_BLOCK = /^Block-(?:\d{1,3}[A-Z]{0,3}|[IVX]{1,4}[A-C]?)$/;
/** A designation, a slash and a second number or letters ("S-300/400", "Su-27/30", "PAC-2/3"). */
const SLASH_PAIR = /^(.*\d[A-Za-z]*)\/[A-Z]?\d+[A-Za-z]*$/;
/** "Marine" ending a normalised variant, which its "M" abbreviates (see variantOf). */
const MARINE_END = /MARINE$/;
/** Variant labels per knowledge base (user entries change it), spelling and system (see variantLabel). */
const variantLabels = new WeakMap<object, Map<string, Map<string, string | null>>>();

/**
 * The variant a mention names of a knowledge-base system, as the text writes it without the
 * manufacturer, the proper name and descriptive words ("Dassault Rafale M" -> "Rafale M",
 * "F-35A Lightning II" -> "F-35A", "Patriot PAC-3 MSE" -> "PAC-3 MSE", "F-16 Block 70");
 * undefined when it names the system itself ("F-35", "S300", "MIM-104 Patriot", "F-16s",
 * "F-16 Viper"). `registered` tells whether a normalised designation is one the knowledge base
 * files under this system. Worked out once per spelling and system.
 */
export function variantLabel(written: string, info: Pick<SystemInfo, 'key' | 'name' | 'properName' | 'manufacturer'>, kb: object, registered: (norm: string) => boolean): string | undefined {
  // (Maps by system, then spelling: no key string made per mention.)
  let bySystem = variantLabels.get(kb);
  if (bySystem === undefined) { bySystem = new Map(); variantLabels.set(kb, bySystem); }
  let labels = bySystem.get(info.key);
  if (labels === undefined) { labels = new Map(); bySystem.set(info.key, labels); }
  const cached = labels.get(written);
  if (cached !== undefined) return cached ?? undefined;
  const label = readVariant(written, info, registered);
  if (labels.size >= 2_000) labels.clear();
  labels.set(detachedCopy(written), label ?? null);
  return label;
}

function readVariant(written: string, info: Pick<SystemInfo, 'name' | 'properName' | 'manufacturer'>, registered: (norm: string) => boolean): string | undefined {
  let words = written.split(/\s+/).filter((w) => w.length > 0);
  // A plural of a designation ("F-16s", "PAC-3s") is the designation.
  const last = words[words.length - 1];
  if (last !== undefined && last.length > 2 && /[\dA-Z]s$/.test(last)) words[words.length - 1] = last.slice(0, -1);
  // Without the manufacturer before it ("Dassault Rafale M", "General Atomics MQ-9B"), unless its
  // words open the system's own name as well: "Shahed 136" of Shahed Aviation Industries keeps
  // "Shahed" (else the variant read would be "136").
  if (info.manufacturer !== undefined && !info.name.startsWith(words[0] ?? '')) {
    const maker = info.manufacturer.split(/\s+/);
    let k = 0;
    while (k < maker.length && k < words.length - 1 && words[k] === maker[k]) k++;
    if (k > 0) words = words.slice(k);
  }
  // The proper name written for the designation names the same variant: "Standard Missile-6 Block
  // IA" is the SM-6 Block IA (its initials in parentheses after it are one system with it).
  const proper = info.properName?.split(' ');
  if (proper !== undefined && words.length > proper.length && proper.every((w, k) => words[k] === w) && VARIANT_MARK.test(words[proper.length] as string)) {
    words = [info.name.split(' ')[0] as string, ...words.slice(proper.length)];
  }
  // Two variants joined by a slash are the family's ("S-300/400", "Su-27/30", "PAC-2/3").
  const slash = words.length === 1 ? SLASH_PAIR.exec(words[0] as string) : null;
  if (slash !== null) return undefined;
  const name = normalizeDesignation(info.name);
  const nameWords = info.name.split(/\s+/).length;
  const first = words[0];
  if (first === undefined) return undefined;
  // (Of a name in words, the designation in it: "M1" of "M1 Abrams".)
  const nameFirst = info.name.slice(0, info.name.indexOf(' ') < 0 ? info.name.length : info.name.indexOf(' '));
  if (/\d/.test(first) && /\d/.test(nameFirst)) {
    // A designation, and the marks after it ("F-16 Block 70", "M1A2 SEPv3"); proper names and
    // descriptive words after those are not the variant's ("F-15EX Eagle II", "E-2D Advanced Hawkeye").
    let to = 1;
    while (to < words.length && VARIANT_MARK.test(words[to] as string)) {
      to++;
      if (to < words.length && MARK_NUMBER.test(words[to] as string)) to++;
    }
    // Letters written apart from the designation that the knowledge base lists joined ("Su-30 MKI"
    // for the Su-30MKI): that variant.
    if (to === 1 && words.length > 1 && registered(normalizeDesignation(first + (words[1] as string)))) return `${first} ${words[1] as string}`;
    // A block's numeral without the word ("SM-3 IIA") is that block, written as the block is: "SM-3 Block IIA".
    if (to === 1 && words.length > 1 && BARE_BLOCK.test(words[1] as string)) return `${first} Block ${words[1] as string}`;
    // ("Blk" is written out, so that "SM-6 Blk IA" is the SM-6 Block IA.)
    const label = words.slice(0, to).map((w) => (w === 'Blk' ? 'Block' : w));
    const norm = normalizeDesignation(label.join(' '));
    if (norm === name || (nameWords > 1 && norm === normalizeDesignation(nameFirst))) return undefined;
    // Letters written onto the designation ("F-35A", "K2PL", "S-300PMU-2"), a mark ("PAC-3 MSE"),
    // or a designation the knowledge base does not list (found by its family's prefix: "F-15C/D").
    const family = nameWords > 1 ? normalizeDesignation(nameFirst) : name;
    // (Or another model of the same number, listed with the family: "F-15QA", "F-15IA" of the F-15E.)
    const core = DESIGNATION_CORE.exec(norm)?.[0];
    if (norm.startsWith(family) || label.some((w) => VARIANT_MARK.test(w)) || !registered(norm) || (core !== undefined && core === DESIGNATION_CORE.exec(family)?.[0])) return label.join(' ');
    return undefined;
  }
  // A name, then a variant's letters, number or mark ("Rafale M", "PrSM Increment 1", "Leopard 2A8",
  // "Aster 30 B1NT"), or a designation of its own ("Patriot PAC-3 MSE" -> "PAC-3 MSE").
  const head = normalizeDesignation(words.slice(0, nameWords).join(' '));
  const rest = words.slice(nameWords);
  if (head === name) {
    const next = rest[0];
    if (next === undefined) return undefined;
    // The system's own designation after its name ("Zircon 3M22", "Skyfalcon SF-12").
    if (registered(normalizeDesignation(rest.join(' ')))) return undefined;
    if (/\d/.test(info.name) === false && /^[A-Z]{2,}-[A-Z\d]/.test(next) && !/^(?:MK|BLOCK|INC)/i.test(next)) return rest.join(' ');
    if (VARIANT_MARK.test(next)) return words.slice(0, nameWords + (rest.length > 1 && MARK_NUMBER.test(rest[1] as string) ? 2 : 1)).join(' ');
    if (VARIANT_SUFFIX.test(next)) return words.slice(0, nameWords + 1).join(' ');
    return undefined;
  }
  // "Rafale-M": a one-word name with a variant's letters after a hyphen, in any case and with an
  // upgrade's "+" ("HISAR-O+").
  if (nameWords === 1 && words.length === 1 && first.length > info.name.length + 1 && first.charAt(info.name.length) === '-'
    && first.slice(0, info.name.length).toUpperCase() === info.name.toUpperCase()
    && VARIANT_SUFFIX.test(first.slice(info.name.length + 1, first.endsWith('+') ? -1 : first.length))) return first;
  // "Leopard 2A8" of the Leopard 2: the name's last word with letters written onto it.
  const norm = normalizeDesignation(words.join(' '));
  if (nameWords > 1 && /\d/.test(name) && norm.startsWith(name) && words.length === nameWords) return words.join(' ');
  // Another designation with a variant's mark: "PAC-3 MSE", "PAC-2 GEM-T".
  if (words.some((w) => VARIANT_MARK.test(w))) return words.join(' ');
  // The mark written onto a designation of the system: "PAC-3MSE" is the PAC-3 MSE.
  const glued = words.length === 1 ? MARK_ONTO_DESIGNATION.exec(first) : null;
  if (glued !== null && registered(normalizeDesignation(glued[1] as string))) return `${glued[1] as string} ${glued[2] as string}`;
  return undefined;
}

/** The mark in a token's byte of `taken`. */
const TAKEN = 1;
/** Words after a system's name that make it a company's name (see companyWordAt). */
const COMPANY_WORD = new Set(['aerospace', 'consortium', 'gmbh', 'ltd', 'limited', 'inc', 'corporation', 'corp', 'company', 'industries', 'plc', 'llc', 'holdings', 'ag', 'jv']);

/** Everything but ASCII letters and digits (see spelledOutBefore). */
const NOT_ALNUM = /[^A-Za-z0-9]/g;
/** Words a spelled-out name may hold without an initial of their own: "Integrated Air and Missile Defense". */
const SMALL_NAME_WORD = new Set(['of', 'and', 'the', 'for', 'to', 'on', '&']);
/**
 * Words of which a system's spelled-out name has at least one ("Terminal High Altitude Area
 * Defense", "Advanced Medium-Range Air-to-Air Missile", "Joint Light Tactical Vehicle"): a phrase
 * without any ("Official Security Assistance (OSA)") spells some other acronym, and the acronym
 * there is that phrase's, not the system's (see spelledOutBefore).
 */
const SYSTEM_NAME_WORD = new Set([
  'missile', 'missiles', 'system', 'systems', 'defense', 'defence', 'rocket', 'rockets', 'launcher', 'radar', 'sensor', 'vehicle', 'vehicles',
  'aircraft', 'artillery', 'munition', 'munitions', 'weapon', 'weapons', 'interceptor', 'fighter', 'combat', 'strike', 'attack', 'air', 'air-to-air',
  'surface-to-air', 'anti-ship', 'anti-tank', 'ballistic', 'cruise', 'guided', 'torpedo', 'tank', 'howitzer', 'gun', 'drone', 'unmanned', 'aerial',
  'submarine', 'ship', 'vessel', 'frigate', 'destroyer', 'helicopter', 'bomber', 'tanker', 'transport', 'warning', 'control', 'fire', 'battle',
  'tactical', 'armored', 'armoured', 'infantry', 'assault', 'patrol', 'reconnaissance', 'surveillance', 'interceptors', 'launchers', 'radars',
]);

/**
 * The initials a capitalised word gives a designation: its first letter, and for each further
 * hyphenated part its first letter or its number ("Capability-3" -> "C3", "Anti-Ballistic" ->
 * "AB"); undefined for a word in lower case.
 */
function initialsOf(word: string): string | undefined {
  let out = '';
  for (const part of word.split('-')) {
    if (part === '') return undefined;
    const c = part.charCodeAt(0);
    if (c >= 65 && c <= 90) out += part.charAt(0);
    else if (c >= 48 && c <= 57 && /^\d+$/.test(part) && out !== '') out += part;
    else return undefined;
  }
  return out;
}

/** Nouns of a site, after which a navy's prefix and name are a shore establishment's (see matchShip). */
const SITE_NOUN = new Set(['facility', 'facilities', 'base', 'site', 'precinct', 'wharf', 'dockyard', 'barracks', 'establishment', 'campus']);
/** Verbs before "at" whose object may be a ship: "fired at HMS Diamond" (see matchShip). */
const AIMED_AT = new Set(['fired', 'aimed', 'shot', 'launched', 'targeted', 'struck', 'firing', 'aiming', 'shooting', 'launching']);

export class SystemRecognizer {
  private readonly spans: Span[] = [];
  private readonly taken: Uint8Array;
  /** Systems seen so far, in order, for back-references. */
  private readonly seen: Array<Seen> = [];
  /** Class names filed by fileClassName, which count only after a determiner (see countedBefore). */
  private classBare: Set<string> | undefined;
  /** Names after a navy's prefix found to be shore establishments (see matchShip). */
  private shore: Set<string> | undefined;
  /** Whether a mention named a variant (see variantOf, joinVariants). */
  private variants = false;
  private readonly infos = new Map<string, SystemInfo>();
  /** Ship classes found by their name alone (see classNameAt), by key. */
  private readonly classInfos = new Map<string, SystemInfo>();
  /** By a word's lower case, the ship class the knowledge base names "<word>-class", or null (see classBeforeNoun). */
  private readonly classByName = new Map<string, SystemInfo | null>();
  /** Shared attribute objects by system and written kind ('' for none); see attributesFor. */
  private readonly attrs = new Map<SystemInfo, Map<string, Readonly<Record<string, string | boolean>>>>();
  /**
   * The tokens that open a back-reference ("the", "these"...), in order, listed by run's loop,
   * which reads every token's facts anyway: findBackReferences visits them rather than every
   * token (profile, 1 MB: its second pass over all the spellings was a third of its time).
   */
  private readonly openers: number[] = [];
  /**
   * openers[0 .. confirmed) have a head noun (ROLE_HEAD) within five tokens after them; the later
   * ones wait for one. findBackReferences takes its head at most five tokens after the opener,
   * so an opener that no head follows that closely is dropped (on 1 MB, most of 11,000: reading
   * the words after each was most of findBackReferences).
   */
  private confirmed = 0;

  /**
   * Token h has the role of a head noun: the waiting openers from h - 5 on are kept, the others
   * dropped (later heads are further away). run() calls it for every token it reads the facts of
   * and does not pass over as taken; the tokens of a mention are taken, and findBackReferences
   * neither takes a taken head nor looks past a taken word.
   */
  private noteHead(h: number): void {
    const openers = this.openers;
    let w = this.confirmed;
    for (let q = w; q < openers.length; q++) {
      const o = openers[q] as number;
      if (o >= h - 5) openers[w++] = o;
    }
    openers.length = w;
    this.confirmed = w;
  }

  /**
   * One-word names met with what makes them a system, for the later mentions that drop it (see
   * bareShipAt): ships' names met with their navy prefix ("Forbin" of "FS Forbin"), and the
   * proper names of known systems met after their designation or before "class" ("Aurora" of
   * "CP-140 Aurora", "Hunter" of "Hunter class"); undefined until the first.
   */
  private bareNames: Map<string, SystemInfo> | undefined;
  /** How many names bareNames has had filed (see run's bareAsked). */
  private bareFilings = 0;
  /** Flight numbers met after "Flight" (see matchDesignation); undefined until the first. */
  private flights: Set<string> | undefined;
  /** nounedLater's answers by normalised designation. */
  private nounedLaterOf: Map<string, boolean> | undefined;

  /**
   * Whether "known as the" (or "known in Japan as the") stands before token i: a year's digits and
   * capitals named so are a ship's or a programme's designation ("known in Japan as the 06FFM"),
   * as "the 06FY budget" is not.
   */
  private knownAsBefore(i: number): boolean {
    if (i < 3 || this.sp(i - 1).lower !== 'the' || this.sp(i - 2).lower !== 'as') return false;
    for (let k = i - 3; k >= i - 6 && k >= 0; k--) if (this.sp(k).lower === 'known') return true;
    return false;
  }
  /** The words this text also writes in lower case (see fileBareName), built on first use. */
  private lowerWords: Set<string> | undefined;
  /** See placeWords. */
  private places: Set<string> | undefined;

  /** Acronyms the text spells out as something other than a system (see spelledOutBefore). */
  private otherAcronyms: Set<string> | undefined;
  /** The trie node of matchPhrase's last match, and whether its alternatives count. */
  private phraseNode = 0;
  private phraseWithAlts = false;
  /** Token i is spellings[ids[i]] (see sp) from starts[i] to ends[i]; only the first n entries belong to this text. */
  private readonly n: number;
  private readonly ids: Int32Array;
  private readonly spellings: readonly Spelling[];
  private readonly starts: Int32Array;
  private readonly flags: Uint8Array;

  constructor(
    private readonly text: string,
    toks: Tokens,
    private readonly sentences: Int32Array,
    private readonly kb: SystemsKb,
  ) {
    this.n = toks.length;
    this.ids = toks.ids;
    this.spellings = toks.spellings;
    this.starts = toks.start;
    this.flags = toks.flags;
    this.taken = toks.bytes(SCRATCH.systemsTaken);
  }

  /** Line breaks before token k (k < n). */
  private nl(k: number): number {
    return (this.flags[k] as number) >>> 1;
  }

  /** The spelling of token k, or undefined past the end (the arrays may hold an earlier, longer text). */
  private at(k: number): Spelling | undefined {
    return k < this.n ? this.sp(k) : undefined;
  }

  /** The spelling of token k (0 <= k < n). */
  private sp(k: number): Spelling {
    return this.spellings[this.ids[k] as number] as Spelling;
  }

  /** The offset just after token k (0 <= k < n; see Tokens.endOf). */
  private end(k: number): number {
    return (this.starts[k] as number) + this.sp(k).text.length;
  }

  /** Finds every system mention; ambiguous names need a system noun after them or an earlier clear mention. */
  run(): Span[] {
    const pendingAmbiguous: Array<{ i: number; to: number; info: SystemInfo }> = [];
    const clear = new Set<string>();
    const n = this.n;
    const ids = this.ids;
    const spellings = this.spellings;
    const ownKb = this.kb !== builtIn;
    const openers = this.openers;
    const kb = this.kb;
    const trie = kb.phrases;
    const passed = passedSpellings(spellings, ownKb);
    /** By spelling id, the value of bareFilings when bareNames last did not have its text. */
    const bareAsked = new Int32Array(spellings.length);
    for (let i = 0; i < n; i++) {
      // (Most tokens: see passedSpellings.)
      const pass = passed[ids[i] as number] as number;
      if (pass === 1) continue;
      // (The filed-name test below, without the spelling: see PASSED_BUT_FILED.)
      if (pass === PASSED_BUT_FILED && (this.bareNames === undefined || (this.taken[i] as number) !== 0 || bareAsked[ids[i] as number] === this.bareFilings)) continue;
      const t = spellings[ids[i] as number] as Spelling;
      // A filed name alone (see bareNames): a ship's without its prefix, a system's without its
      // designation or "class", once the article has used it with them.
      // (Not asked again of a spelling that was not filed when last asked, until the next filing:
      // profile, 1 MB: this look-up at every capitalised word was a seventh of the stage.)
      if (this.bareNames !== undefined && t.cap && (this.taken[i] as number) === 0 && bareAsked[ids[i] as number] !== this.bareFilings) {
        // (Its possessive and plural too, filed with it: "the Carney's crew", "six Hunters"; emit
        // leaves the "'s" out of the span.)
        const filed = this.bareNames.get(t.text);
        if (filed === undefined) bareAsked[ids[i] as number] = this.bareFilings;
        // (A class's name read off "Mogami-class" only after a determiner, a number or an
        // adjective, as ships are counted: "the Mogami", "an Anzac", "six Anzacs"; "in Virginia"
        // stays a place.)
        if (filed !== undefined && this.bareShipAt(i) && (this.classBare?.has(t.text) !== true || this.countedBefore(i))) {
          this.emit(i, i + 1, filed);
          continue;
        }
      }
      const memo = factsOf(t);
      // The words that open a back-reference, listed for findBackReferences while the facts are at hand.
      const role = roleOf(memo);
      if (role === ROLE_OPENER) openers.push(i);
      else if (role === ROLE_HEAD) {
        this.noteHead(i);
        // A ship named in apposition to its type's singular noun (see apposedShipEnd; not after
        // "carrier": "the carrier, Emirates,").
        if (!t.cap && this.nl(i + 1) === 0 && this.at(i + 1)?.text === ',' && !t.lower.endsWith('s') && t.lower !== 'carrier' && NOMINAL_HEAD[t.lower]?.some((c) => c === 'ship' || c === 'submarine') === true) {
          const to = this.apposedShipEnd(i + 2, t.lower);
          if (to > 0) { i = to - 1; continue; }
        }
      }
      // A warship named after its type, as ships without a navy prefix are written: "the cruiser Moskva".
      // ("carrier" only as "aircraft carrier": "the carrier Emirates" is an airline.)
      // A known class's name right before its vessel noun, without "-class": "the Hunter frigate",
      // "Virginia boats" (see classBeforeNoun).
      if (((memo & MEMO_WARSHIP) !== 0 || t.lower === 'boats' || t.lower === 'boat') && i > 0 && this.nl(i) === 0 && ((this.taken[i - 1] as number) & TAKEN) === 0) this.classBeforeNoun(i);
      if ((memo & MEMO_WARSHIP) !== 0 && ((this.taken[i] as number) & TAKEN) === 0 && (t.lower !== 'carrier' || (i > 0 && this.sp(i - 1).lower === 'aircraft'))) {
        // After a plural type, a list of two names or more: "the corvettes Sovershenny and Gromky"
        // (one name alone is no list: "the destroyers Moscow ordered").
        const to = t.lower.endsWith('s') ? this.namedVesselList(i + 1, t.lower) : this.namedVesselEnd(i + 1, t.lower);
        if (to > 0) { i = to - 1; continue; }
      }
      if (!ownKb) {
        // With the built-in knowledge base, the cached answer (MEMO_START).
        if ((memo & MEMO_START) === 0) continue;
      } else {
        if (!t.word) continue;
        // Names and ships start with a capital, designations with a capital or a digit: the other
        // words (most of them) cannot start a mention and are passed over without a look-up.
        if (!t.cap) {
          const c0 = t.text.charCodeAt(0);
          if (c0 < 128 && !isAsciiDigit(c0)) continue;
        }
      }
      const phraseTo = this.matchPhrase(i);
      // Read before matchDesignation, which calls matchPhrase again.
      const phraseNode = this.phraseNode;
      const phraseAlts = phraseTo >= 0 && this.phraseWithAlts ? trie.alts(phraseNode) : undefined;
      const desig = this.matchDesignation(i);
      let phraseInfo = phraseTo >= 0 ? kb.info(trie.value(phraseNode)) : undefined;
      // Prefer the longer match; a designation followed by its proper name is one span.
      if (phraseAlts) {
        const options = [phraseInfo as SystemInfo];
        for (let a = 0; a < phraseAlts.length; a++) options.push(kb.info(phraseAlts[a] as number));
        // Without a noun to choose by, the one the article has already named clearly ("The
        // Sentinel will fly" after "the Sentinel ICBM"), when only one of them was.
        let chosen = this.chooseByNoun(phraseTo, options);
        if (!chosen) {
          const named = options.filter((o) => clear.has(o.key));
          if (named.length === 1) chosen = named[0];
        }
        if (!chosen) {
          // The words passed over are not taken: list the openers among them too (in order).
          for (let k = i + 1; k < phraseTo; k++) {
            const r = roleOf(factsOf(spellings[ids[k] as number] as Spelling));
            if (r === ROLE_OPENER) openers.push(k);
            else if (r === ROLE_HEAD) this.noteHead(k);
          }
          i = phraseTo - 1;
          continue;
        }
        phraseInfo = chosen;
      }
      // A company named after its product: "BrahMos Aerospace", "the Eurofighter consortium".
      if (phraseInfo && (!desig || phraseTo >= desig.to) && this.companyWordAt(phraseTo)) { i = phraseTo - 1; continue; }
      // So is an exercise: "the Sea Guardians joint exercise", "Iron Dome drills" stay unmarked.
      // (Not a system the article has already named, before "drills" as a modifier: "with HIMARS next
      // month. HIMARS drills": the crews drill on it, see drillsOnNamed.)
      if (phraseInfo && (!desig || phraseTo >= desig.to) && this.exerciseWordAt(phraseTo) && !(clear.has(phraseInfo.key) && this.drillsOnNamed(phraseTo))) { i = phraseTo - 1; continue; }
      if (phraseInfo && (!desig || phraseTo >= desig.to)) {
        // The name and a designation of the same system after it are one mention ("Zircon 3M22").
        const to = this.blockEnd(this.lettersApart(i, this.sameSystemAfter(this.pastMakerNameEnd(i, phraseTo, phraseInfo), phraseInfo), phraseInfo));
        // A name of two or more words ("Arrow 3", "Iron Dome") is distinctive; one common word is not.
        // Nor is "Type" and a number ("Type 12", "Type 10"): regulations, diabetes and blood have types too.
        if ((phraseInfo.ambiguous && to - i === 1 || this.typeAndNumber(i, to)) && !this.followedBySystemNoun(to, phraseInfo) && !(t.upper && t.text.length > 2) && !this.countedPlural(i, to)
          // (Nor before a class's name and its noun: "eight Type 26 City-class frigates".)
          && !(this.nl(to) === 0 && CLASS_NAME.test(this.at(to)?.text ?? '') && this.followedBySystemNoun(to + 1))
          // "the aircraft carrier Liaoning": its type before the name says what it is.
          && !(i > 0 && this.nl(i) === 0 && (factsOf(this.sp(i - 1)) & MEMO_WARSHIP) !== 0)
          // So does a country's "-made" or "-built" before it: "the US-made Patriot".
          && !(i > 0 && this.nl(i) === 0 && madeIn(this.sp(i - 1).lower) !== undefined)) {
          pendingAmbiguous.push({ i, to, info: phraseInfo });
          i = to - 1;
          continue;
        }
        clear.add(phraseInfo.key);
        if (!this.spelledOutBefore(i, to, phraseInfo, pendingAmbiguous) || this.otherAcronymAt(i, to)) { i = to - 1; continue; }
        this.emit(i, to, phraseInfo);
        this.noteProperName(i, to, phraseInfo);
        // Another block of it coordinated after a named block: "Tomahawk Block IV and Block V".
        const other = this.coordinatedBlock(i, to);
        // (Named as the first with its number: "Tomahawk Block V".)
        if (other > 0) {
          this.emit(other - 2, other, phraseInfo, this.text.slice(this.starts[i] as number, this.starts[to - 1] as number) + this.sp(other - 1).text);
          i = other - 1;
          continue;
        }
        // A known class written "Anzac-class": "the Anzac", "an Anzac" later (see fileClassName).
        if (to === i + 1 && CLASS_NAME.test(t.text)) this.fileClassName(i, phraseInfo);
        i = to - 1;
        continue;
      }
      const ship = desig ? undefined : this.matchShip(i);
      if (ship) {
        this.emit(i, ship.to, ship.info);
        if (ship.to === i + 2) this.fileBareName(i + 1, ship.info);
        i = ship.to - 1;
        // Its hull number in parentheses is a second mention, as a spelled-out name and its
        // parenthesised acronym are two.
        const hullEnd = this.hullNumberEnd(ship.to);
        if (hullEnd > 0) {
          this.emit(ship.to + 1, hullEnd, ship.info);
          i = hullEnd - 1;
        }
        continue;
      }
      // (The pattern only after the suffix it ends with: asked at every start that matched nothing
      // else, thousands a pass, and a Unicode pattern's test was a hot line of the loop.)
      if (!desig && t.text.endsWith('-class') && CLASS_NAME.test(t.text)) {
        const from = this.classNameStart(i);
        const info = this.classNameAt(i, from);
        if (info !== undefined) {
          this.emit(from, i + 1, info);
          // "Mogami-class frigate" ... "the Mogami": the class's one-word name alone (see countedBefore).
          if (from === i) this.fileClassName(i, info);
        }
        continue;
      }
      if (desig) {
        const to = this.sameSystemAfter(desig.to, desig.info);
        // A letter and a digit with nothing between them ("E3", "F1", "K9") also name groups
        // ("the E3" of France, Germany and the United Kingdom), races and dogs: such a form needs a
        // system noun or name after it ("K9 Thunder", "E3 aircraft") or a clear mention elsewhere.
        if (to - i === 1 && SHORT_CODE.test(t.text) && !this.followedBySystemNoun(to)) {
          pendingAmbiguous.push({ i, to, info: desig.info });
          i = to - 1;
          continue;
        }
        clear.add(desig.info.key);
        if (!this.spelledOutBefore(i, to, desig.info, pendingAmbiguous) || this.otherAcronymAt(i, to)) { i = to - 1; continue; }
        // A known system's one-word name before an unknown designation is the proper-name part of
        // its span: "Houthi Quds Z-0 cruise missiles" (see namedUnknown).
        const named = desig.info.unknown === true ? this.namedUnknown(i, to, desig.info) : undefined;
        if (named !== undefined) {
          const p = pendingAmbiguous.length - 1;
          if (p >= 0 && (pendingAmbiguous[p] as { i: number }).i === i - 1) pendingAmbiguous.pop();
          this.emit(i - 1, to, named);
          i = to - 1;
          continue;
        }
        this.emit(i, to, desig.info);
        i = to - 1;
        // Its class's name in parentheses is a second mention of it (see classInParentheses).
        const cls = this.classInParentheses(to);
        if (cls > 0) { this.emit(cls, cls + 1, desig.info); this.fileClassName(cls, desig.info); i = cls; }
      } else if (t.upper === false && isAsciiDigit(t.text.charCodeAt(0)) && i > 0 && this.sp(i - 1).upper) {
        // (Gated on the letters before the number: a look-up only after capitals, see spacedDesignation.)
        const spaced = this.spacedDesignation(i);
        if (spaced !== undefined) {
          const to = this.blockEnd(i + 1);
          clear.add(spaced.key);
          this.emit(i - 1, to, spaced);
          i = to - 1;
        }
      }
    }
    // The openers after the last head noun can open no reference.
    openers.length = this.confirmed;
    // An ambiguous name ("Patriot") counts once the article has used it unambiguously, or when
    // it is listed with a system mention ("its Patriot and IRIS-T SLM systems", "Patriot, NASAMS
    // and IRIS-T"). The list is read right to left, so that a mention counted by its right-hand
    // neighbour counts its own left-hand one ("Hawk, Patriot and NASAMS").
    if (pendingAmbiguous.length > 0) this.emitPending(pendingAmbiguous, clear);
    this.findDefinedAcronyms();
    this.findNamedModels();
    this.findNamedKinds();
    this.joinFamilies();
    this.joinVariants();
    this.joinParenthesisedDesignations();
    this.spans.sort((a, b) => a.start - b.start);
    this.seen.sort((a, b) => a.start - b.start);
    this.findBackReferences();
    return this.spans;
  }

  /**
   * Longest knowledge-base name starting at token i, written as a proper name: the token after
   * it, or -1 for none. The name's trie node is left in phraseNode, and phraseWithAlts says
   * whether the node's alternatives count (not for a plural last word). Answered in fields
   * rather than an object: the walk used to make one per name node passed and map the
   * alternatives to infos, and most walks are abandoned or rejected by the caller (heap profile,
   * 10 MB: matchPhrase 3 MB a pass). The caller reads the fields before the next call.
   */
  private matchPhrase(i: number): number {
    const trie = this.kb.phrases;
    const n = this.n;
    let node = 0;
    let bestTo = -1;
    // True while every step so far went by the word's lower case (none by its key): the node
    // before the current step is then the one walk(i, j) would reach.
    let byLowerOnly = true;
    let j = i;
    while (j < n && node >= 0) {
      const t = this.sp(j);
      if (j > i && this.nl(j) > 0) break;
      // A slash written between two words of a name stands for the space the knowledge base
      // lists: "Navy/Marine Expeditionary Ship Interdiction System", "Future Cruise/Anti-Ship Weapon".
      if (j > i && t.text === '/' && !this.space(j) && !this.space(j + 1) && j + 1 < n && this.nl(j + 1) === 0) { j++; continue; }
      if (!t.word) break;
      // Names are proper nouns: every word capitalised, except short function words inside.
      // "class" after a class's name is written in lower case ("Hunter class frigates").
      // (A name may open with an ordinal: "3rd Khordad", "15th Khordad".)
      if (!t.cap && !(j > i && (NAME_FUNCTION_WORD.has(t.lower) || t.lower === 'class')) && !((j > i || ORDINAL.test(t.text)) && isAsciiDigit(t.text.charCodeAt(0)))) break;
      // The token key is lower without "'s" (for words, the only tokens that reach here).
      // A possessive can be part of the name ("David's Sling"): try the word as written first.
      const prev = node;
      // An initial and its period are one word of a name, as the names are split ("Gerald R.
      // Ford-class"): the two tokens are one step.
      if (j > i && t.text.length === 1 && j + 1 < n && this.sp(j + 1).text === '.' && !this.space(j + 1) && this.nl(j + 1) === 0) {
        const dotted = trie.child(node, `${t.lower}.`);
        if (dotted >= 0) {
          node = dotted;
          byLowerOnly = false;
          if (trie.value(node) >= 0) { bestTo = j + 2; this.phraseNode = node; this.phraseWithAlts = true; }
          j += 2;
          continue;
        }
      }
      const byLower = trie.child(node, t.lower);
      // The key is the very same string as `lower` unless the word ends in "'s": no second look-up then.
      node = byLower >= 0 || t.key === t.lower ? byLower : trie.child(node, t.key);
      if (node < 0) {
        // A Roman numeral for a listed name's number is that name: "Hyunmoo-V" is the Hyunmoo-5.
        const arabic = j === i ? arabicNumbered(t.lower) : undefined;
        const numbered = arabic !== undefined ? trie.child(0, arabic) : -1;
        if (numbered >= 0 && trie.value(numbered) >= 0) { bestTo = i + 1; this.phraseNode = numbered; this.phraseWithAlts = true; break; }
        // A one-word name with a variant's letters after a hyphen: "Rafale-M" is the Rafale; or
        // with a descriptor: "Shahed-type" (emit leaves the descriptor out of the span).
        const hyphenBase = j === i ? hyphenVariantBase(t.text) ?? descriptorBase(t.text) : undefined;
        if (hyphenBase !== undefined) {
          const alt = trie.child(0, hyphenBase);
          if (alt >= 0 && trie.value(alt) >= 0) { bestTo = i + 1; this.phraseNode = alt; this.phraseWithAlts = true; }
          break;
        }
        // A name's words joined by hyphens: "Iron-Beam" is the Iron Beam.
        const joined = j === i && t.cap ? hyphenedName(t.text, trie) : -1;
        if (joined >= 0) { bestTo = i + 1; this.phraseNode = joined; this.phraseWithAlts = true; break; }
        // A descriptor on the last word of a name of two or more: "Storm Shadow-armed jets" (emit
        // leaves the descriptor out of the span, as after a one-word name).
        const lastBase = j > i ? descriptorBase(t.text) : undefined;
        if (lastBase !== undefined) {
          const alt = trie.child(prev, lastBase);
          if (alt >= 0 && trie.value(alt) >= 0) { bestTo = j + 1; this.phraseNode = alt; this.phraseWithAlts = true; }
          break;
        }
        // Plural of the last word ("High Mobility Artillery Rocket Systems"), looked up from the
        // node the words before it reach by their lower case (re-walked only after a key step).
        const lower = t.lower;
        if (lower.length > 1 && lower.endsWith('s')) {
          const prevNode = byLowerOnly ? prev : this.walk(i, j);
          const alt = prevNode >= 0 ? trie.child(prevNode, lower.slice(0, -1)) : -1;
          if (alt >= 0 && trie.value(alt) >= 0 && (bestTo !== j || !SYSTEM_NOUN.has(lower))) { bestTo = j + 1; this.phraseNode = alt; this.phraseWithAlts = false; }
        }
        // Variant letters after the model number that ends a name ("Leopard 2A8X", "Challenger
        // 2E"): the model's name, as matchDesignation takes "M1A2T" for the M1A2.
        const base = bestTo === j + 1 || j === i ? undefined : variantBase(t.text);
        if (base !== undefined) {
          const prevNode = byLowerOnly ? prev : this.walk(i, j);
          const alt = prevNode >= 0 ? trie.child(prevNode, base) : -1;
          if (alt >= 0 && trie.value(alt) >= 0) { bestTo = j + 1; this.phraseNode = alt; this.phraseWithAlts = true; }
        }
        break;
      }
      if (byLower < 0) byLowerOnly = false;
      // A system noun written in capitals after a whole name is its descriptor, not part of it, even
      // where the knowledge base lists the two as a name: "Type 26 Frigates" in a headline is the
      // Type 26, as "Patriot Missile batteries" is the Patriot (the name's first word is never cut).
      if (trie.value(node) >= 0 && (bestTo !== j || !SYSTEM_NOUN.has(t.lower))) { bestTo = j + 1; this.phraseNode = node; this.phraseWithAlts = true; }
      if (t.lower.endsWith("'s") && !trie.hasChildren(node)) break;
      j++;
    }
    return bestTo;
  }

  /**
   * A commissioned ship by name: a navy prefix and a capitalised name ("USS Carney", "HMS Queen
   * Elizabeth"). The navy its prefix names is the ship's origin, which a nationality in a later
   * reference must agree with ("HMAS Flinders ... The Chinese vessel" is not the Australian ship).
   */
  private matchShip(i: number): { to: number; info: SystemInfo } | undefined {
    const t = this.sp(i);
    if (!t.cap || !SHIP_PREFIX.has(t.text)) return undefined;
    // A navy's shore establishments carry the prefix too, and are where things are "at": "based at
    // HMAS Stirling", "training at HMS Collingwood" (not "fired at HMS Diamond").
    if (i > 0 && this.nl(i) === 0 && this.sp(i - 1).lower === 'at' && !(i > 1 && this.nl(i - 1) === 0 && AIMED_AT.has(this.sp(i - 2).lower))) return undefined;
    const n = this.n;
    let j = i + 1;
    let last = -1;
    while (j < n && j < i + 6) {
      const w = this.sp(j);
      if (this.nl(j) > 0) break;
      if (w.word && w.cap && !/^(and|the|of)$/i.test(w.text) && !/['’]s$/.test(w.text)) { last = j; j++; continue; }
      if (w.word && w.cap && /['’]s$/.test(w.text)) { last = j; break; }
      if (w.text === '.' && !this.space(j) && last === j - 1 && this.sp(j - 1).text.length === 1) { j++; continue; }
      // "of" between two capitalised words of the name: "USS District of Columbia" (not "of the").
      if (w.text === 'of' && last === j - 1 && j + 1 < n && this.nl(j + 1) === 0 && this.sp(j + 1).cap && this.sp(j + 1).lower !== 'the') { j++; continue; }
      break;
    }
    if (last < 0) return undefined;
    const end = this.end(last) - (/['’]s$/.test(this.sp(last).text) ? 2 : 0);
    const name = this.text.slice(this.starts[i] as number, end);
    // A name before a noun of a site is an establishment's ("the HMAS Stirling facilities", "the
    // HMS Sultan base"), and so is the name at its later mentions; a ship's "crew" or "deck" is no site.
    if (this.shore?.has(name) === true) return undefined;
    if (this.nl(last + 1) === 0 && !/['’]s$/.test(this.sp(last).text) && SITE_NOUN.has(this.at(last + 1)?.lower ?? '')) { (this.shore ??= new Set()).add(name); return undefined; }
    const key = `s:ship:${name.toLowerCase()}`;
    let info = this.infos.get(key);
    if (!info) {
      info = { key, name, category: 'ship', kind: 'ship', ambiguous: false };
      const navy = SHIP_PREFIX_NAVY.get(t.text);
      if (navy) info.origin = navy;
      this.infos.set(key, info);
    }
    return { to: last + 1, info };
  }

  /**
   * The name of a warship right after its type (`type`, as written: "the cruiser Moskva", "the landing ship Minsk",
   * "the frigate Admiral Makarov"): up to four capitalised words or initials on the line that name no
   * country or nationality and are not taken, marked as a ship (and a one-word name filed for its
   * later mentions alone, as after a prefix). The token after the name, or 0 for none.
   */
  private namedVesselEnd(k: number, type: string): number {
    const j = this.vesselNameEnd(k);
    if (j > 0) this.emitVessel(k, j, type);
    return j;
  }

  /**
   * The token after a ship's name written in apposition after its type's noun and a comma, at
   * token k, or 0: "The lead boat, Isaac Peral (S-81), entered service", "the second submarine,
   * Narciso Monturiol, will follow". The name (see vesselNameEnd; no country's) must close the
   * apposition with a comma or its hull number in parentheses, marked as a second mention.
   */
  private apposedShipEnd(k: number, type: string): number {
    const j = this.vesselNameEnd(k);
    const close = this.at(j)?.text;
    if (j === 0 || this.nl(j) > 0 || (close !== ',' && close !== '(') || countryByKey(this.sp(k).lower) !== undefined) return 0;
    const hull = close === '(' ? this.hullNumberEnd(j) : 0;
    if (close === '(' && hull === 0) return 0;
    const info = this.emitVessel(k, j, type);
    if (hull === 0) return j;
    this.emit(j + 1, hull, info);
    return hull;
  }

  /** Marks the warship name over tokens [k, j) as a ship of the type (see namedVesselEnd), and returns the ship. */
  private emitVessel(k: number, j: number, type: string): SystemInfo {
    const end = this.end(j - 1) - (/['’]s$/.test(this.sp(j - 1).text) ? 2 : 0);
    const name = this.text.slice(this.starts[k] as number, end);
    const key = `s:ship:${name.toLowerCase()}`;
    let info = this.infos.get(key);
    // The kind in the singular ("corvette" of "the corvettes Sovershenny and Gromky").
    if (!info) { info = { key, name, category: 'ship', kind: type.endsWith('s') ? type.slice(0, -1) : type, ambiguous: false }; this.infos.set(key, info); }
    this.emit(k, j, info);
    if (j === k + 1) this.fileBareName(k, info);
    return info;
  }

  /** The token after a warship's name that starts at token k (see namedVesselEnd), or 0 for none. */
  private vesselNameEnd(k: number): number {
    // A name the knowledge base knows ("the carrier Gerald R. Ford") is left to the main loop.
    if (k >= this.n || !this.sp(k).cap || this.matchPhrase(k) > k) return 0;
    let j = k;
    while (j < this.n && j < k + 4 && this.nl(j) === 0 && this.space(j)) {
      const w = this.sp(j);
      // A middle initial and its period ("Gerald R. Ford").
      if (j > k && w.text.length === 1 && w.cap && this.at(j + 1)?.text === '.' && !this.space(j + 1)) { j += 2; continue; }
      if (!w.word || !w.cap || w.upper || ((this.taken[j] as number) & TAKEN) !== 0 || countryByDemonymKey(w.lower) !== undefined || NOT_A_SHIP_NAME.has(w.lower)) break;
      j++;
      if (/['’]s$/.test(w.text)) break;
    }
    return j === k ? 0 : j;
  }

  /** namedVesselEnd for a list of names after a plural type (see run): the token after the list, or 0 when it has fewer than two names. */
  private namedVesselList(k: number, type: string): number {
    const ends: number[] = [];
    let at = k;
    while (ends.length < 8) {
      const end = this.vesselNameEnd(at);
      if (end === 0) break;
      ends.push(end);
      if (end + 1 >= this.n || this.nl(end) > 0 || this.nl(end + 1) > 0 || !LIST_JOINER.has(this.sp(end).lower)) break;
      at = end + 1;
    }
    if (ends.length < 2) return 0;
    let from = k;
    for (const end of ends) {
      this.emitVessel(from, end, type);
      from = end + 1;
    }
    return ends[ends.length - 1] as number;
  }

  /**
   * Files the name of a class written "Name-class" ("Mogami-class", "Anzac-class") for its later
   * mentions alone, which need a determiner, number or adjective before them (see the main loop).
   */
  private fileClassName(k: number, info: SystemInfo): void {
    const text = this.sp(k).text;
    const dash = text.search(/-class$/i);
    if (dash < 4) return;
    const base = text.slice(0, dash);
    if (!/^\p{Lu}\p{Ll}+$/u.test(base) || this.bareNames?.has(base) || countryByKey(base.toLowerCase()) !== undefined || countryByCapital(base.toLowerCase()) !== undefined) return;
    if (this.lowerCaseWords().has(base.toLowerCase())) return;
    this.fileForms(base, info, (this.classBare ??= new Set()));
  }

  /**
   * A class the knowledge base knows as "Name-class" written by its name alone before the vessel
   * noun at token i: "the Hunter frigate", "the Virginia submarine", "Virginia boats" are the
   * Hunter and Virginia classes, as "Hunter-class frigate" is (with a first word the class's name
   * has before it: "Arleigh Burke destroyers"). A capitalised upgrade word before it
   * is part of the name ("the Upgraded Mogami frigate"). Asked once per spelling of the name (classByName).
   */
  private classBeforeNoun(i: number): void {
    const w = this.sp(i - 1);
    if (!w.word || !w.cap || w.upper || !this.space(i) || endsWithPossessive(w.text)) return;
    let info = this.classByName.get(w.lower);
    if (info === undefined) {
      const trie = this.kb.phrases;
      const node = trie.child(0, `${w.lower}-class`);
      const found = node >= 0 ? trie.value(node) : -1;
      const cls = found >= 0 ? this.kb.info(found) : undefined;
      info = cls !== undefined && (cls.category === 'ship' || cls.category === 'submarine') ? cls : null;
      this.classByName.set(w.lower, info);
    }
    if (info === null) return;
    let from = i - 1;
    // (The name's first word too when it has two: "Arleigh Burke destroyers".)
    if (from > 0 && this.nl(from) === 0 && this.sp(from - 1).cap && info.name.toLowerCase().startsWith(`${this.sp(from - 1).lower} `)) from--;
    if (from > 0 && this.nl(from) === 0 && this.sp(from - 1).cap && UPGRADE_WORD.has(this.sp(from - 1).lower) && ((this.taken[from - 1] as number) & TAKEN) === 0) from--;
    // The class's designation right before its name is one mention with it, as a designation and
    // its proper name are ("two DDG-51 Arleigh Burke destroyers", as "MH-60R Seahawk").
    const prev = this.spans[this.spans.length - 1];
    const prevSeen = this.seen[this.seen.length - 1];
    if (from > 0 && prev !== undefined && !prev.nominal && prev.key === info.key && prevSeen?.start === prev.start && prev.end === this.end(from - 1)
      && this.nl(from) === 0 && this.space(from) && hasAsciiDigit(this.sp(from - 1).text)) {
      this.spans.pop();
      this.seen.pop();
      from = this.firstTokenFrom(prev.start);
    }
    this.emit(from, i, info);
  }

  /**
   * The system an unknown designation (tokens i..to, `info`) names with a known system's one-word
   * name right before it, untaken and capitalised on its line ("Quds Z-0": the Quds family's
   * Z-0), as one unknown system of the two words; or undefined.
   */
  private namedUnknown(i: number, to: number, info: SystemInfo): SystemInfo | undefined {
    if (i === 0 || this.nl(i) > 0 || !this.space(i) || ((this.taken[i - 1] as number) & TAKEN) !== 0) return undefined;
    const w = this.sp(i - 1);
    if (!w.word || !w.cap || w.upper || endsWithPossessive(w.text)) return undefined;
    const node = this.kb.phrases.child(0, w.lower);
    if (node < 0 || this.kb.phrases.value(node) < 0) return undefined;
    const name = this.text.slice(this.starts[i - 1] as number, this.end(to - 1));
    const key = `s:${normalizeDesignation(name)}`;
    let named = this.infos.get(key);
    if (named === undefined) {
      named = { ...info, key, name };
      this.infos.set(key, named);
    }
    return named;
  }

  /** Whether a determiner, a number or a lower-case adjective comes right before token i, on its line. */
  private countedBefore(i: number): boolean {
    if (i === 0 || this.nl(i) > 0) return false;
    const b = this.sp(i - 1);
    if (!b.word) return false;
    if (CLASS_COUNT_WORD.has(b.lower) || isAsciiDigit(b.text.charCodeAt(0))) return true;
    // "the upgraded Mogami", "an older Anzac": an adjective after a determiner.
    return !b.cap && i > 1 && this.nl(i - 1) === 0 && CLASS_COUNT_WORD.has(this.sp(i - 2).lower) && !PLACE_PREPOSITION.has(b.lower);
  }

  /** The text's own vocabulary in lower case: its distinct spellings written so, built once per analysis. */
  private lowerCaseWords(): Set<string> {
    return this.lowerWords ??= lowerCaseSpellings(this.spellings);
  }

  /**
   * Files the one-word name at token k of a ship just found with its prefix, so that the name
   * alone is a later mention of the ship ("Forbin is joining U.S. ships"). Not a name of under
   * four letters, nor a word this text also writes in lower case: "Daring" of "HMS Daring" opens
   * sentences as an adjective, "Freedom" of "USS Freedom" names the idea.
   */
  private fileBareName(k: number, info: SystemInfo): void {
    const t = this.sp(k);
    if (!t.word || t.text.length < 4 || /['’]s$/.test(t.text) || this.bareNames?.has(t.text)) return;
    if (this.lowerCaseWords().has(t.lower)) return;
    this.fileForms(t.text, info);
  }

  /**
   * Files a bare name for the main loop (see bareNames), with its possessive and plural forms, so
   * that the loop makes one look-up per word; in `also` too when given (see classBare).
   */
  private fileForms(name: string, info: SystemInfo, also?: Set<string>): void {
    const names = (this.bareNames ??= new Map());
    for (const form of [name, `${name}'s`, `${name}’s`, `${name}s`]) {
      if (names.has(form)) continue;
      names.set(form, info);
      this.bareFilings++;
      also?.add(form);
    }
  }

  /**
   * Files the proper name of a known system's mention over tokens [i, to), for the bare mentions
   * after it (see bareNames): the name after a designation ("CP-140 Aurora", "P-8A Poseidon",
   * "MQ-9 Reaper": "The Aurora fleet", "the Poseidon will"), the name before "class" ("Hunter
   * class": "The first Hunter", "six Hunters") and a known ship's name after its navy's prefix
   * ("INS Vikrant": "embarking on Vikrant"). One capitalised word in mixed case, of four
   * letters or more, that the text never writes in lower case (see fileBareName): names of two
   * words ("K2 Black Panther"), numerals ("Lightning II") and designations are not filed.
   */
  private noteProperName(i: number, to: number, info: SystemInfo): void {
    if (to - i !== 2) return;
    const first = this.sp(i);
    const last = this.sp(to - 1);
    // A known ship after its navy's prefix ("INS Vikrant": "embarking on Vikrant") is filed as
    // the unknown ones are (see matchShip).
    const k = last.lower === 'class' ? i : (HAS_DIGIT.test(first.text) && !HAS_DIGIT.test(last.text)) || (first.cap && SHIP_PREFIX.has(first.text)) ? to - 1 : -1;
    if (k < 0) return;
    const t = this.sp(k);
    if (!t.cap || t.upper || HAS_DIGIT.test(t.text) || t.text.indexOf('-') >= 0) return;
    this.fileBareName(k, info);
  }

  /**
   * A filed ship name at token i stands alone: no capitalised word right before it on the line
   * ("Admiral Forbin"), and none, nor "class", right after it ("Forbin Class", "Forbin-class" is
   * another token).
   */
  private bareShipAt(i: number): boolean {
    if (i > 0 && this.nl(i) === 0) {
      const before = this.sp(i - 1);
      // Someone is told, a ship is not: "Gorgun told Anadolu" (the news agency) after "TCG Anadolu".
      if (before.lower === 'told') return false;
      // (A determiner opening a sentence is no part of a name: "The Aurora fleet".)
      if (before.word && before.cap && this.space(i) && !TYPE_DETERMINER.has(before.lower)) return false;
    }
    if (i + 1 < this.n && this.nl(i + 1) === 0) {
      const after = this.sp(i + 1);
      if (after.word && (after.cap || after.lower === 'class') && this.space(i + 1)) return false;
    }
    return true;
  }

  /**
   * The end (exclusive token index) of a hull number in parentheses at token `at`, right after a
   * ship's name: "(DDG 70)", "(CVN-78)", "(L12)", a hull classification of one to four capitals
   * and its number; 0 if there is none. The closing parenthesis must follow at once, so a
   * parenthesis that goes on ("(DDG 70 and DDG 72)") is not taken for one.
   */
  private hullNumberEnd(at: number): number {
    const n = this.n;
    if (at + 2 >= n || this.sp(at).text !== '(' || this.nl(at) > 0) return 0;
    const first = this.sp(at + 1).text;
    let end = at + 2;
    if (!HULL_NUMBER.test(first)) {
      if (!HULL_LETTERS.test(first) || !this.space(end) || !HULL_DIGITS.test(this.sp(end).text)) return 0;
      end++;
    }
    return end < n && this.sp(end).text === ')' ? end : 0;
  }

  /**
   * A system's designation in parentheses, [i, to), after the capitalised words it abbreviates:
   * "Patriot Advanced Capability-3 Missile Segment Enhancement (PAC-3 MSE)". The words are a
   * mention of the same system, as a spelled-out name and its parenthesised acronym are two
   * ("Terminal High Altitude Area Defense (THAAD)"), when their initials, with the numbers of
   * hyphenated words ("Capability-3"), spell the designation's letters and digits; small words
   * ("of", "and") may stand between them. A shorter name the words begin with ("Patriot") gives
   * way to the whole. False when the words spell the designation but hold no word of a system's
   * name ("Official Security Assistance (OSA)"): the acronym is theirs, not the system's, and is
   * no mention (here or later in the text); true otherwise.
   */
  private spelledOutBefore(i: number, to: number, info: SystemInfo, pending: Array<{ i: number; to: number; info: SystemInfo }>): boolean {
    if (i < 3 || to >= this.n || this.sp(i - 1).text !== '(' || this.sp(to).text !== ')' || this.nl(i - 1) > 0 || this.nl(i) > 0) return true;
    const last = i - 2;
    if (((this.taken[last] as number) & TAKEN) !== 0) return true;
    let wanted = '';
    for (let k = i; k < to; k++) wanted += this.sp(k).text;
    wanted = wanted.replace(NOT_ALNUM, '').toUpperCase();
    if (wanted.length < 3 || wanted.length > 12) return true;
    // Back over the words, the initials read so far (right to left) always a suffix of the designation's.
    let initials = '';
    let from = -1;
    for (let k = last, words = 0; k >= 0 && words < 12; k--, words++) {
      if (k < last && this.nl(k + 1) > 0) break;
      const w = this.sp(k);
      if (!w.word) break;
      if (SMALL_NAME_WORD.has(w.lower)) continue;
      const own = initialsOf(w.text);
      if (own === undefined) break;
      initials = own + initials;
      if (!wanted.endsWith(initials)) break;
      if (initials.length === wanted.length) { from = k; break; }
    }
    if (from < 0) return true;
    // The phrase spells the acronym but is no system's name: the acronym is the phrase's here
    // (and in the rest of the text), not the system's.
    let systemWord = false;
    for (let k = from; k <= last && !systemWord; k++) systemWord = SYSTEM_NAME_WORD.has(this.sp(k).lower);
    if (!systemWord) {
      (this.otherAcronyms ??= new Set()).add(this.sp(i).text);
      return false;
    }
    const start = this.starts[from] as number;
    // A shorter mention among the words ("Patriot") is replaced by the whole: it was emitted, or
    // is waiting as an ambiguous name, a moment ago.
    while (this.spans.length > 0 && (this.spans[this.spans.length - 1] as Span).start >= start) this.spans.pop();
    while (this.seen.length > 0 && (this.seen[this.seen.length - 1] as { start: number }).start >= start) this.seen.pop();
    while (pending.length > 0 && (pending[pending.length - 1] as { i: number }).i >= from) pending.pop();
    this.emit(from, last + 1, info);
    return true;
  }

  /** Whether the word at k, on the same line, names a company ("Aerospace", "GmbH", "consortium"). */
  private companyWordAt(k: number): boolean {
    const t = this.at(k);
    if (t === undefined || !t.word || this.nl(k) > 0) return false;
    if ((t.cap || t.lower === 'consortium') && COMPANY_WORD.has(t.lower)) return true;
    // A company's noun before its legal form: "Taurus Systems GmbH", "MBDA Missile Systems Ltd".
    return t.cap && COMPANY_NAME_NOUN.has(t.lower) && (this.companyWordAt(k + 1) || (this.at(k + 1)?.cap === true && COMPANY_NAME_NOUN.has(this.sp(k + 1).lower) && this.companyWordAt(k + 2)));
  }

  /** Whether the word at k, on the same line, names an exercise ("exercise", "drills"), after one word saying whose or where ("joint", "naval"). */
  private exerciseWordAt(k: number): boolean {
    let t = this.at(k);
    if (t === undefined || this.nl(k) > 0) return false;
    if (EXERCISE_MODIFIER.has(t.lower)) {
      t = this.at(k + 1);
      if (t === undefined || this.nl(k + 1) > 0) return false;
    }
    return EXERCISE_WORD.has(t.lower);
  }

  /**
   * Whether the word at k is "drill" or "drills" right after a name, which an exercise's name does
   * not take as its noun ("Sea Guardians joint exercise"): after a system the article has named
   * clearly, the drills are on the system ("HIMARS drills are planned").
   */
  private drillsOnNamed(k: number): boolean {
    const l = this.sp(k).lower;
    return l === 'drills' || l === 'drill';
  }

  /** Whether [i, to) is one word that the text has spelled out as something other than a system. */
  private otherAcronymAt(i: number, to: number): boolean {
    return this.otherAcronyms !== undefined && to === i + 1 && this.otherAcronyms.has(this.sp(i).text);
  }

  /** Whitespace directly before token k (k < n). */
  private space(k: number): boolean {
    return ((this.flags[k] as number) & 1) !== 0;
  }

  /** Picks among systems sharing a name by the noun after it ("Sentinel RADARs" is the radar). */
  private chooseByNoun(i: number, options: SystemInfo[]): SystemInfo | undefined {
    for (let k = i; k < i + 4 && k < this.n; k++) {
      const t = this.sp(k);
      if (this.nl(k) > 0 || !t.word) break;
      const cats = NOUN_CATEGORY[t.lower.replace(/s$/, '')];
      if (cats) return options.find((o) => cats.includes(o.category));
      // (Past a hyphened adjective too: "the Poseidon nuclear-armed torpedo".)
      if (!KIND_WORD.has(t.lower) && !HYPHENED_ADJECTIVE.test(t.text)) break;
    }
    return undefined;
  }

  /** Re-walks the phrase trie over tokens [i, j) (used for a plural last word); -1 when it leaves the trie. */
  private walk(i: number, j: number): number {
    const trie = this.kb.phrases;
    let node = 0;
    // (A slash between a name's words is passed, as matchPhrase passes it.)
    for (let k = i; k < j && node >= 0; k++) if (this.sp(k).text !== '/') node = trie.child(node, this.sp(k).lower);
    return node;
  }

  /** The knowledge-base entry of a normalised designation, its model's or its family's ("M1A2T" -> M1A2, "F35A" -> F35). */
  private knownEntry(norm: string): number | undefined {
    const byDesignation = this.kb.byDesignation;
    let entry = byDesignation.get(norm);
    if (entry === undefined) {
      // Variant letters after a model or modification number name the model's variant: "M1A2T"
      // and "M1A1SA" are versions of the M1A2 and M1A1, which the family prefix below ("M1") would
      // miss when only the models are known.
      const last = norm.charCodeAt(norm.length - 1);
      const v = last >= 65 && last <= 90 ? /^([A-Z0-9]*[A-Z]\d+)[A-Z]{1,3}$/.exec(norm) : null;
      if (v) entry = byDesignation.get(v[1] as string);
      // Variants map to their family: "F35A" -> "F35", "S300PMU2" -> "S300", "KC135R" -> "KC135".
      const m = entry === undefined ? /^([A-Z]*\d+)/.exec(norm) : null;
      if (m && m[1] !== norm) entry = byDesignation.get(m[1] as string);
      if (entry === undefined) {
        const m2 = /^(\d+[A-Z]+\d+)/.exec(norm);
        if (m2 && m2[1] !== norm) entry = byDesignation.get(m2[1] as string);
      }
    }
    return entry;
  }

  /**
   * Where a bare block coordinated after a mention (tokens i..to) that ends in a block ends
   * ("Tomahawk Block IV and Block V": "Block V" is the Tomahawk's too), or -1. Only "Block",
   * "Batch", "Tranche" or "Increment" and a number, after "and", "or" or a comma.
   */
  private coordinatedBlock(i: number, to: number): number {
    if (to - i < 3 || to + 2 >= this.n || !LIST_JOINER.has(this.sp(to).lower) || this.nl(to + 1) > 0 || this.nl(to + 2) > 0) return -1;
    const mark = this.sp(to - 2).text;
    if (mark !== 'Block' && mark !== 'Batch' && mark !== 'Tranche' && mark !== 'Increment') return -1;
    const next = this.blockEnd(to + 1);
    return next === to + 3 && this.sp(to + 1).text === mark && ((this.taken[to + 1] as number) & TAKEN) === 0 ? next : -1;
  }

  /**
   * A production block after a designation is part of its name ("F-16V Block 70", "Tomahawk Block
   * V", "SM-6 Block IA"): the token after "Block" and its number or Roman numeral, on the line;
   * `to` when there is none.
   */
  private blockEnd(to: number): number {
    const b = this.at(to);
    if (b === undefined || this.nl(to) !== 0) return to;
    // Written as one word: "Block-III", "Block-II" ("JF-17 Thunder Block-III", "M-SAM Block-II"),
    // and a mark: "Tejas Mk-1A", "Astra Mk2".
    if (HYPHENED_BLOCK.test(b.text) || GLUED_MARK.test(b.text)) return to + 1;
    // (Its number in digits or in Roman numerals: "Astra Mk 2", "CV90 Mk IV".)
    if (b.text === 'Mk' && this.nl(to + 1) === 0 && /^(?:\d{1,2}[A-Z]?|[IVX]{1,4})$/.test(this.at(to + 1)?.text ?? '')) return to + 2;
    // A variant's code after a name that ends in its number: "Aster 30 B1", "Aster 30 B1NT".
    if (to > 0 && VARIANT_CODE.test(b.text) && /^\d+$/.test(this.sp(to - 1).text) && this.space(to)) return to + 1;
    // An increment of a programme: "PrSM Increment 2" ("Inc" is also a company's: not read here);
    // a combat system's baseline: "Aegis Baseline 9".
    // A Roman numeral with a sub-block letter after a designation is its block without the word:
    // "SM-3 IIA" (a bare "II" or "I" may be a sequel's number or a pronoun, and is not read here).
    if (to > 0 && BARE_BLOCK.test(b.text) && hasAsciiDigit(this.sp(to - 1).text) && this.space(to)) return to + 1;
    // A variant's Roman numeral or single letter after a name: "M-SAM II", "JAS 39 Gripen E" (not
    // "I", a pronoun, nor "A", an article, nor an initial before its period); not after a number,
    // where a bare numeral is a sequel's ("The F-16 II of the story").
    if (to > 0 && this.space(to) && !hasAsciiDigit(this.sp(to - 1).text) && /^(?:[IVX]{2,4}|[B-HJ-Z])$/.test(b.text) && (b.text.length > 1 || this.at(to + 1)?.text !== '.')) return to + 1;
    // "Blk" abbreviates "Block": "SM-6 Blk IA".
    // An evolution of a design: "FREMM EVO", "Scorpène Evolved".
    if (EVOLUTION_WORD.test(b.text) && this.space(to)) return to + 1;
    // "Batch" and "Tranche" number a production lot as "Block" does: "Typhoon Tranche 4", "Type 26 Batch 2".
    if (b.text !== 'Block' && b.text !== 'Blk' && b.text !== 'Increment' && b.text !== 'Baseline' && b.text !== 'Batch' && b.text !== 'Tranche') return to;
    if (this.nl(to + 1) !== 0) return to;
    const num = this.at(to + 1);
    // A Roman numeral may carry a sub-block letter: "Block IA", "Block IIIC".
    return num !== undefined && MARK_NUMBER.test(num.text) ? to + 2 : to;
  }

  /** A designation at token i: known ("S300", "F-35A"), or unknown but followed by a system noun. */
  private matchDesignation(i: number): { to: number; info: SystemInfo } | undefined {
    const t = this.sp(i);
    // A designation has a digit; most words have none, and are rejected by a scan of their
    // characters before the possessive is stripped (this runs at every word). /\d/ is ASCII only.
    const tx = t.text;
    let digit = false;
    for (let k = 0; k < tx.length && !digit; k++) digit = isAsciiDigit(tx.charCodeAt(k));
    if (!digit) return undefined;
    const raw = endsWithPossessive(tx) ? tx.slice(0, -2) : tx;
    // raw keeps the digit found above (/\d/ is ASCII digits too).
    if (!hasLetter(raw) || raw.length > 24) return undefined;
    // An airline's flight number ("Flight MH17", "flight UA93") names no system, there or later.
    if (i > 0 && this.sp(i - 1).lower === 'flight' && this.nl(i) === 0) { (this.flights ??= new Set()).add(raw); return undefined; }
    if (this.flights !== undefined && this.flights.has(raw)) return undefined;
    // A room's, a gate's or a pier's number is a place: "Room SH-216 of the Hart building".
    if (i > 0 && this.nl(i) === 0 && PLACE_NUMBERED.has(this.sp(i - 1).lower)) return undefined;
    // A road's number ("the A-10 road", "the M3 motorway", "I-95 highway") names no system.
    const after = this.at(i + 1);
    if (after !== undefined && this.nl(i + 1) === 0 && ROAD_WORD.has(after.lower)) return undefined;
    // Designations start with a capital letter or a digit ("9M729", "2S19").
    const c0 = raw.charCodeAt(0);
    if (c0 < 128 ? !((c0 >= 65 && c0 <= 90) || isAsciiDigit(c0)) : !/^[\p{Lu}\d]/u.test(raw)) return undefined;
    const norm = normalizeDesignation(raw);
    let entry = this.knownEntry(norm);
    // A variant's letters written apart from the designation ("Su-30 MKI" for the Su-30MKI) are
    // part of it when the knowledge base has the two joined, exactly, as a name.
    let to = i + 1;
    if (entry !== undefined && to < this.n && this.nl(to) === 0 && this.space(to)) {
      const v = this.sp(to);
      if (v.upper && v.word && v.text.length <= 4) {
        const variant = this.kb.byDesignation.get(normalizeDesignation(raw + v.text));
        if (variant !== undefined) { entry = variant; to++; }
      }
    }
    // Two variants joined by a slash are the family's: "S-300/400", "Su-27/30", "PAC-2/3" (the
    // first part names it; the mention is the whole word).
    const slash = entry === undefined ? raw.indexOf('/') : -1;
    if (slash > 1 && raw.charCodeAt(2) !== 47) entry = this.knownEntry(normalizeDesignation(raw.slice(0, slash)));
    const info = entry === undefined ? undefined : this.kb.info(entry);
    // A JETDS designation ("AN/SPY-6") takes its configuration suffix written on to it ("(V)1").
    const an = raw.length > 6 && raw.charCodeAt(0) === 65 && raw.charCodeAt(1) === 78 && raw.charCodeAt(2) === 47;
    if (an) to = this.configurationSuffix(to);
    if (info) {
      // A production block may come before the proper name: "AIM-9X Block II Sidewinder".
      to = this.blockEnd(to);
      // Extend over the proper name that belongs to it ("MH-60R Seahawk", "C-130J Super Hercules").
      const extTo = this.matchPhrase(to);
      if (extTo >= 0 && this.kb.info(this.kb.phrases.value(this.phraseNode)).key === info.key && this.nl(to) === 0) to = extTo;
      else if (info.properName) {
        const words = properNameWords(info.properName);
        let k = 0;
        while (k < words.length && to + k < this.n && this.sp(to + k).lower === words[k] && this.nl(to + k) === 0) k++;
        if (k === words.length) to += k;
        // (Or a name of the system's own in one country's service: "K9 Moukari guns", see properNameAfter.)
        else if (k === 0 && this.properNameAfter(i, to)) to++;
      }
      to = this.blockEnd(to);
      return { to: to === i + 1 ? this.variantCapitalsEnd(i, to) : to, info };
    }
    if (an) return this.matchJetds(raw, to);
    // Unknown designations need the shape of one (letters, hyphen, digits) and a system noun after them.
    // (Or a year's two digits and capitals, no ordinal nor unit: "30FFM frigates", not "2ND TANK BATTALION".)
    // ASCII designations (nearly all) by the same patterns with [A-Z] for \p{Lu}: a fresh command
    // line then never makes a Unicode-property expression for them (see upperAt in text.ts).
    const shape = isAscii(raw)
      ? /^([A-Z]{1,4})-?(\d{1,4})([A-Z]{0,3})$/.exec(raw) ?? /^(\d{1,2})([A-Z]{1,2})(\d{1,4})$/.exec(raw) ?? /^(\d\d)(?!(?:ST|ND|RD|TH|MM|CM|KM|FY)$)([A-Z]{2,4})$/.exec(raw)
      : /^(\p{Lu}{1,4})-?(\d{1,4})(\p{Lu}{0,3})$/u.exec(raw) ?? /^(\d{1,2})(\p{Lu}{1,2})(\d{1,4})$/u.exec(raw);
    if (!shape) return this.familyMember(raw, norm, to) ?? this.engineModel(raw, norm, to);
    // shape[1] is capital letters or digits, so the sets (in capitals) answer as the case-blind patterns did.
    // (A single letter with a variant's letters written on and a system noun after it is a
    // designation still: "K-8W jet trainers", unlike "K-12 schools" or "Q-3 results"; and so at
    // its later mentions, as below.)
    if (NOT_SYSTEM.has(shape[1] as string) && ((shape[1] as string).length > 1 || !shape[3] || (!this.followedBySystemNoun(to) && !this.infos.has(`s:${norm}`) && !this.properNameAfter(i, to)))) return undefined;
    // A JETDS designation written without its "AN/" after the text gave it in full ("the AN/APG-81
    // radar ... the APG-81") is that system (keyed by its family, see matchJetds).
    if ((shape[1] as string).length === 3) {
      const full = this.infos.get(`s:AN${shape[1] as string}${shape[2] as string}`);
      if (full !== undefined) return { to: this.configurationSuffix(to), info: full };
    }
    // A JETDS designation written without its "AN/" takes its configuration suffix too ("APG-82(V)1 radar").
    if ((shape[1] as string).length === 3) to = this.configurationSuffix(to);
    // A designation written before the family's name of the variant it is listed with: "M1296
    // Stryker Dragoon" (the knowledge base has "M1296 Dragoon" and "Stryker Dragoon") is one mention.
    const named = this.designationBeforeName(raw, to);
    if (named !== undefined) return named;
    const key = `s:${norm}`;
    // A designation the article has already shown to be a system (a noun after it earlier: "five
    // F-110 frigates ... The F-110 will carry ... Each F110 displaces") needs no noun again.
    let unknown = this.infos.get(key);
    // A variant's letters and a proper name after the designation make it a system's with the name
    // in it, when a system noun or a known system's name beside it confirms: "A-4AR Fightinghawk
    // aircraft", "the Mirage III and A-4AR Fightinghawk" (not "an H-1B Visa").
    if (unknown === undefined && shape[3] && this.properNameAfter(i, to)) {
      unknown = { key, name: this.text.slice(this.starts[i] as number, this.end(to)), category: 'other', kind: this.kindAfter(to + 1) ?? 'system', ambiguous: false, unknown: true };
      this.infos.set(key, unknown);
      return { to: to + 1, info: unknown };
    }
    if (unknown === undefined && !this.followedBySystemNoun(to, null) && !DESIGNATION_PREFIX.has(shape[1] as string) && !this.nounedLater(norm, to)
      && !(shape[3] === undefined && this.knownAsBefore(i))) return undefined;
    // A NATO designation's reporting name after it is part of the mention: "SS-4 Sandal", "SS-5
    // Skean" (a capitalised word that ends the phrase: before ")", ",", "." or a system noun).
    if (NATO_CODE.has(shape[1] as string) && to < this.n && this.nl(to) === 0 && this.space(to)) {
      const w = this.sp(to);
      const after = this.at(to + 1);
      if (w.word && w.cap && !w.upper && /^\p{Lu}\p{Ll}{2,}$/u.test(w.text) && !SYSTEM_NOUN.has(w.lower)
        && (after === undefined || this.nl(to + 1) > 0 || after.text === ')' || after.text === ',' || after.text === '.' || SYSTEM_NOUN.has(after.lower))) to++;
    }
    // (The suffix is in the name: "U212 NFS".)
    const suffixed = this.variantCapitalsEnd(i, to);
    const name = suffixed === to ? raw : this.text.slice(this.starts[i] as number, this.end(to));
    to = suffixed;
    if (!unknown) {
      // (Its noun past its class's name in parentheses: "F-110 (Bonifaz-class) frigates".)
      const cls = this.classInParentheses(to);
      unknown = { key, name, category: 'other', kind: this.kindAfter(cls > 0 ? cls + 2 : to) ?? 'system', ambiguous: false, unknown: true };
      this.infos.set(key, unknown);
    }
    return { to, info: unknown };
  }

  /**
   * Whether token `to` is a one-word proper name that ends an unknown designation starting at token
   * i (see matchDesignation): a capitalised word, or a hyphened pair whose halves are ("SSM-700K
   * C-Star missiles"), no country's, day's or descriptor's ("S-400 Long Range ... System"), followed by a system noun
   * ("Fightinghawk aircraft") or coordinated with a known system's mention ("the Mirage III and
   * A-4AR Fightinghawk", "A-4AR Fightinghawk and Mirage III").
   */
  private properNameAfter(i: number, to: number): boolean {
    const w = this.at(to);
    if (w === undefined || this.nl(to) !== 0 || !this.space(to) || !/^\p{Lu}(?:\p{Ll}{3,}|-\p{Lu}\p{Ll}{2,})$/u.test(w.text) || SYSTEM_NOUN.has(w.lower) || KIND_WORD.has(w.lower) || GENERIC_SYSTEM_WORD.has(w.lower) || NOT_A_SHIP_NAME.has(w.lower) || countryByDemonymKey(w.lower) !== undefined) return false;
    // (Nor a descriptor's first word in capitals: "AN/APG-83 Active Electronically Scanned Array radars".)
    if (TECH_DESCRIPTOR_WORD.has(w.lower)) return false;
    if (this.followedBySystemNoun(to + 1)) return true;
    const last = this.spans[this.spans.length - 1];
    const b = i > 2 && this.sp(i - 1).lower === 'the' && this.nl(i) === 0 ? i - 1 : i;
    if (b >= 2 && last !== undefined && LIST_JOINER.has(this.sp(b - 1).lower) && this.nl(b) === 0 && last.end === this.end(b - 2)) return true;
    let k = to + 1;
    if (k + 1 >= this.n || this.nl(k) !== 0 || !LIST_JOINER.has(this.sp(k).lower)) return false;
    k += this.sp(k + 1).lower === 'the' ? 2 : 1;
    return k < this.n && this.nl(k) === 0 && (this.matchPhrase(k) > k || this.knownEntry(normalizeDesignation(this.sp(k).text)) !== undefined);
  }

  /**
   * A new member of a family the knowledge base knows, written as the family's word and a number
   * ("the Hwasong-20" after the Hwasong-19; "Shahed-238"): a system of the family's category,
   * whatever follows it. Undefined for other words with numbers ("COVID-19" is in capitals, "Type-99"
   * names ships, tanks and missiles).
   */
  private familyMember(raw: string, norm: string, to: number): { to: number; info: SystemInfo } | undefined {
    if (!/^[A-Z][a-z]{3,}-\d{1,4}[A-Z]{0,2}$/.test(raw)) return undefined;
    const category = this.kb.familyCategory(raw.slice(0, raw.indexOf('-')).toUpperCase());
    if (category === undefined) return undefined;
    const key = `s:${norm}`;
    let info = this.infos.get(key);
    if (!info) {
      info = { key, name: raw, category, kind: this.kindAfter(to) ?? category, ambiguous: false, unknown: true };
      this.infos.set(key, info);
    }
    return { to, info };
  }

  /**
   * Whether the designation (normalised: `norm`) is written again after token `from` with a system
   * noun after it: a headline's "Navantia floats out second F-110" before "the F110 frigates" in
   * the text. Asked once per designation (nounedLaterOf), and only of designations without a noun.
   */
  private nounedLater(norm: string, from: number): boolean {
    const memo = (this.nounedLaterOf ??= new Map()).get(norm);
    if (memo !== undefined) return memo;
    let found = false;
    for (let k = from; k < this.n && !found; k++) {
      const tx = this.sp(k).text;
      if (tx.length >= 3 && isAsciiDigit(tx.charCodeAt(tx.length - 1)) && normalizeDesignation(tx) === norm) found = this.followedBySystemNoun(k + 1, null);
    }
    this.nounedLaterOf.set(norm, found);
    return found;
  }

  /**
   * The end of a designation at token i with an all-capitals variant suffix of two or three
   * letters written apart after it (`to`) that end its noun phrase: "the U212 NFS,", "the T-72M4 CZ
   * and", "F-16AM MLU jets". Not an acronym of a category, a country or an army ("S-400 SAM", "F-35 UK order",
   * "MQ-9B UAV"), nor in capitals text ("F-16 TO UKRAINE"), nor before another capitalised word.
   */
  private variantCapitalsEnd(i: number, to: number): number {
    const v = this.at(to);
    if (v === undefined || !v.upper || v.text.length > 3 || this.nl(to) !== 0 || !this.space(to) || !/^[A-Z]{2,3}$/.test(v.text)) return to;
    if (ACRONYM_HEAD.has(v.lower) || NOT_VARIANT_CAPITALS.has(v.text) || countryByDemonymKey(v.lower) !== undefined) return to;
    const before = i > 0 && this.nl(i) === 0 ? this.sp(i - 1) : undefined;
    if (before !== undefined && before.upper && before.word && !HAS_DIGIT.test(before.text)) return to;
    // The letters end the noun phrase (a punctuation mark, "and", "or") or come before its noun:
    // "the Su-30 XQ in drills" is not read as a variant. A Roman numeral is no variant ("F-16 II").
    if (/^[IVX]+$/.test(v.text)) return to;
    const after = this.at(to + 1);
    if (after === undefined || this.nl(to + 1) > 0 || !after.word) return to + 1;
    return after.lower === 'and' || after.lower === 'or' || SYSTEM_NOUN.has(after.lower) ? to + 1 : to;
  }

  /**
   * A turbine engine's model designation (MIL-STD-1812: type letters and number, maker's code,
   * model number: "F110-GE-129D", "F100-PW-229EEP", "TF33-PW-100"): a system whatever follows it,
   * as the maker's code between two hyphens is no other designation's shape. (Engines known by
   * name have records: "F414-INS6".)
   */
  private engineModel(raw: string, norm: string, to: number): { to: number; info: SystemInfo } | undefined {
    if (!/^(?:[FJT]|TF)\d{2,3}[A-Z]?-[A-Z]{2}-\d{1,4}[A-Z]{0,4}$/.test(raw)) return undefined;
    const key = `s:${norm}`;
    let info = this.infos.get(key);
    if (!info) {
      info = { key, name: raw, category: 'other', kind: this.kindAfter(to) ?? 'engine', ambiguous: false, unknown: true };
      this.infos.set(key, info);
    }
    return { to, info };
  }

  /**
   * An unknown JETDS designation (raw, "AN/APG-81A") whose tokens end before `to`: a system on
   * its own, with the capitalised name written after it when there is one ("AN/AAQ-33 Sniper
   * pods"). Mentions of one family ("AN/APG-77", "AN/APG-77A") are one system.
   */
  private matchJetds(raw: string, to: number): { to: number; info: SystemInfo } | undefined {
    const m = JETDS.exec(raw);
    if (!m) return undefined;
    const name = (JETDS_FAMILY.exec(raw) as RegExpExecArray)[0];
    const proper = this.jetdsName(to);
    if (proper) to++;
    const key = `s:${normalizeDesignation(name)}`;
    let info = this.infos.get(key);
    if (!info) {
      info = { key, name, category: 'other', kind: this.kindAfter(to) ?? JETDS_TYPE[m[1] as string] ?? 'system', ambiguous: false, unknown: true };
      if (proper) info.properName = proper;
      this.infos.set(key, info);
    }
    return { to, info };
  }

  /**
   * The proper name of the equipment at token k, written after its JETDS designation ("Sniper"
   * in "AN/AAQ-33 Sniper pods"), or undefined: one capitalised word, not in capitals (an acronym
   * such as "AESA" describes), not a descriptor, and followed on the line by a system noun or a
   * descriptor, which shows it is the name rather than the start of the next phrase.
   */
  private jetdsName(k: number): string | undefined {
    if (k + 1 >= this.n || this.nl(k) > 0 || !this.space(k) || this.nl(k + 1) > 0 || !this.space(k + 1)) return undefined;
    const t = this.sp(k);
    if (!t.word || !t.cap || t.upper || t.text.length < 3 || hasAsciiDigit(t.text) || endsWithPossessive(t.text)) return undefined;
    const lower = t.lower;
    if (JETDS_DESCRIPTOR.has(lower) || SYSTEM_NOUN.has(lower) || KIND_WORD.has(lower) || MAKER_WORD.has(lower) || countryByDemonymKey(lower) !== undefined) return undefined;
    const next = this.sp(k + 1);
    if (!next.word) return undefined;
    const nl = next.lower;
    return SYSTEM_NOUN.has(nl) || KIND_WORD.has(nl) || JETDS_DESCRIPTOR.has(nl) ? t.text : undefined;
  }

  /**
   * The token after a configuration suffix written on to a designation ending before token k, or
   * k when there is none. MIL-STD-196's suffixes: (V) variable configuration with its number
   * ("AN/SPY-6(V)1"), (X..) experimental ("(XN-1)"), (C) cryptographic, (P) plug-in, (T) training.
   * Other letters in brackets are abbreviations written on to it, not part of the designation.
   */
  private configurationSuffix(k: number): number {
    if (k + 2 >= this.n || this.space(k) || this.sp(k).text !== '(' || this.space(k + 1) || this.space(k + 2)) return k;
    if (!/^(?:V|C|P|T|X[A-Z]?(?:-?\d{1,2})?)$/.test(this.sp(k + 1).text) || this.sp(k + 2).text !== ')') return k;
    const after = k + 3;
    return after < this.n && !this.space(after) && isAsciiDigit(this.sp(after).text.charCodeAt(0)) && /^\d{1,2}$/.test(this.sp(after).text) ? after + 1 : after;
  }

  /**
   * The end of a mention of `info` ending before token `to`, extended over a name or designation
   * of the same system written directly after it: the designation and the proper name of one
   * system are one span ("M1A2 SEPv3 Abrams", "Zircon 3M22", "Javelin FGM-148F"). Two steps at
   * most.
   */
  private sameSystemAfter(to: number, info: SystemInfo): number {
    for (let step = 0; step < 2 && to < this.n; step++) {
      // Not past a possessive ("the Zircon's 3M22 ...") or onto another line.
      if (this.nl(to) > 0 || !this.space(to) || endsWithPossessive(this.sp(to - 1).text)) break;
      const t = this.sp(to);
      if (!t.word) break;
      const tx = t.text;
      const c0 = tx.charCodeAt(0);
      if (!t.cap && !isAsciiDigit(c0)) break;
      // With the built-in knowledge base, the cached answer whether anything can start here (MEMO_START).
      if (this.kb === builtIn && (factsOf(t) & MEMO_START) === 0) break;
      // A name joins a designation and a designation a name, never one designation another
      // ("M1A2 M1A2T", "S-400 S-400") or a name another: parts with and without digits alternate.
      if (hasAsciiDigit(tx) === hasAsciiDigit(this.sp(to - 1).text)) break;
      // A class's name and a designation after it are two mentions, as a name and its acronym
      // are: "its Sachsen-class F124 frigates" ("-class" ends the class's name).
      if (this.sp(to - 1).lower.endsWith('class')) break;
      const phraseTo = this.matchPhrase(to);
      if (phraseTo >= 0 && this.sameKey(this.phraseNode, info.key)) { to = phraseTo; continue; }
      if (!hasAsciiDigit(tx)) break;
      const raw = endsWithPossessive(tx) ? tx.slice(0, -2) : tx;
      const entry = hasLetter(raw) ? this.knownEntry(normalizeDesignation(raw)) : undefined;
      if (entry === undefined || this.kb.info(entry).key !== info.key) break;
      to++;
    }
    return to;
  }

  /**
   * The end of a name the knowledge base lists with its maker's word ("Saab Gripen", ending
   * before `to`) extended to a longer name of the same system read from the word after the
   * maker's: "Saab Gripen E/F jets" is the Gripen E/F (the longest match from the maker's word
   * stopped at "Saab Gripen"). `to` when not.
   */
  private pastMakerNameEnd(i: number, to: number, info: SystemInfo): number {
    if (info.manufacturer === undefined || to - i !== 2 || !this.makerAt(i, info)) return to;
    const longer = this.matchPhrase(i + 1);
    return longer > to && this.sameKey(this.phraseNode, info.key) ? longer : to;
  }

  /**
   * The end of a one-word name at token i (ending before `to`) extended over a variant's capital
   * letters written apart from it, when the knowledge base lists the two hyphenated as a name of
   * the same system: "Iskander M" is the Iskander-M, as "Su-30 MKI" is the Su-30MKI (see
   * matchDesignation). `to` when not.
   */
  private lettersApart(i: number, to: number, info: SystemInfo): number {
    if (to !== i + 1 || to >= this.n || this.nl(to) !== 0 || !this.space(to)) return to;
    const v = this.sp(to);
    // A model's code with digits written apart from the name, when the knowledge base lists the
    // two hyphenated as a designation of the same system: "Tor M2" is the Tor-M2, "Shahed 136"
    // the Shahed-136 (read alone, "M2" would be another system's designation).
    if (v.word && v.text.length <= 5 && SPACED_MODEL.test(v.text)) {
      const entry = this.kb.byDesignation.get(normalizeDesignation(this.sp(i).text + v.text));
      return entry !== undefined && this.kb.info(entry).key === info.key ? to + 1 : to;
    }
    // (One capital is no "upper" spelling: tested by its characters.)
    if (!v.cap || !v.word || v.text.length > 3 || !/^[A-Z]+$/.test(v.text)) return to;
    const trie = this.kb.phrases;
    const node = trie.child(0, `${this.sp(i).lower}-${v.lower}`);
    return node >= 0 && trie.value(node) >= 0 && this.sameKey(node, info.key) ? to + 1 : to;
  }

  /**
   * A known name written right after an unknown designation (raw, ending before token `to`), as
   * one mention of the name's system when the knowledge base lists the designation with the
   * name's last word as a name of that same system: "M1296 Stryker Dragoon" ("M1296 Dragoon" is
   * listed for the Stryker). Undefined otherwise: a designation and another system's name after
   * it are two mentions, or none.
   */
  private designationBeforeName(raw: string, to: number): { to: number; info: SystemInfo } | undefined {
    if (to >= this.n || this.nl(to) !== 0 || !this.space(to) || !this.sp(to).cap) return undefined;
    const trie = this.kb.phrases;
    const first = trie.child(0, raw.toLowerCase());
    if (first < 0) return undefined;
    const end = this.matchPhrase(to);
    if (end < 0) return undefined;
    const info = this.kb.info(trie.value(this.phraseNode));
    const node = trie.child(first, this.sp(end - 1).lower);
    return node >= 0 && trie.value(node) >= 0 && this.sameKey(node, info.key) ? { to: end, info } : undefined;
  }

  /**
   * A known designation written as its letters and its number apart, at the number's token i:
   * "SM 6" is the SM-6, as "SM2" is the SM-2. The letters (two to four capitals, not a code such
   * as "B" or "S" that NOT_SYSTEM lists) must be the token right before it; only a designation
   * the knowledge base lists counts. Undefined when not.
   */
  private spacedDesignation(i: number): SystemInfo | undefined {
    if (i === 0 || this.nl(i) !== 0 || !this.space(i) || ((this.taken[i - 1] as number) & TAKEN) !== 0) return undefined;
    const letters = this.sp(i - 1);
    if (!letters.upper || !letters.word || letters.text.length < 2 || letters.text.length > 4 || hasAsciiDigit(letters.text)) return undefined;
    const num = this.sp(i).text;
    if (num.length > 3 || !/^\d+$/.test(num) || NOT_SYSTEM.has(letters.text)) return undefined;
    const entry = this.kb.byDesignation.get(normalizeDesignation(letters.text + num));
    return entry === undefined ? undefined : this.kb.info(entry);
  }

  /** True when the phrase-trie node names the system with this key, first or among its alternatives ("Abrams"). */
  private sameKey(node: number, key: string): boolean {
    const kb = this.kb;
    if (kb.info(kb.phrases.value(node)).key === key) return true;
    const alts = this.phraseWithAlts ? kb.phrases.alts(node) : undefined;
    if (alts) for (let a = 0; a < alts.length; a++) if (kb.info(alts[a] as number).key === key) return true;
    return false;
  }

  /**
   * Whether the one-word name at token i is a counted plural: a number right before it, and after
   * it the end of the clause or a function word ("the sale of 400 Tomahawks to Japan", "two
   * Patriots and several NASAMS"). Units of materiel are counted; a team's players are not written
   * "400 Tomahawks" (and "two Patriots players" has a noun after it).
   */
  private countedPlural(i: number, to: number): boolean {
    const t = this.sp(i);
    if (t.text.length < 4 || t.text.charCodeAt(t.text.length - 1) !== 115 || i === 0 || this.nl(i) > 0) return false;
    const count = this.sp(i - 1);
    if (!(COUNT_WORD.has(count.lower) || COUNT_DIGITS.test(count.text))) return false;
    const next = this.at(to);
    if (next === undefined || this.nl(to) > 0 || !next.word) return true;
    return !next.cap && AFTER_COUNTED.has(next.lower);
  }

  /**
   * Where a ship class's name ending in token i ("Malvar-class") starts: up to two capitalised
   * words before it on the line belong to it, as ships are named after people ("Miguel
   * Malvar-class", "Jose Rizal-class", "Admiral Gorshkov-class"), but not a nationality, a
   * service ("Navy Malvar-class"), a determiner or a possessive, nor where it was built
   * ("Chinese-built Keris-class": the class is "Keris-class").
   */
  private classNameStart(i: number): number {
    let from = i;
    while (from > i - 2 && from > 0 && this.nl(from) === 0 && this.space(from)) {
      const w = this.sp(from - 1);
      if (!w.word || !w.cap || w.upper || endsWithPossessive(w.text) || ((this.taken[from - 1] as number) & TAKEN) !== 0
        || NOT_CLASS_NAME_WORD.has(w.lower) || countryByDemonymKey(w.lower) !== undefined || countryByKey(w.lower) !== undefined || madeIn(w.lower) !== undefined) break;
      from--;
    }
    return from;
  }

  /**
   * A ship class the knowledge base does not know, "Kolkata-class destroyers", "Jiangkai-class
   * frigate": its name with "-class" as one token (token i; the name from token `from`, see
   * classNameStart), then a vessel noun (up to two words before it: "Yuan-class diesel-electric
   * submarines", "Kolkata-class guided-missile destroyers").
   */
  private classNameAt(i: number, from = i): SystemInfo | undefined {
    let noun = -1;
    for (let k = i + 1; k < i + 4 && k < this.n; k++) {
      const w = this.sp(k);
      // (A type written in capitals as a title is the type still: "the Adelaide-class Offshore Patrol Vessel".)
      if (this.nl(k) > 0 || !w.word || (w.cap && !VESSEL_NOUN.has(w.lower) && !MODEL_KIND_WORD.has(w.lower))) break;
      if (VESSEL_NOUN.has(w.lower)) { noun = k; break; }
    }
    if (noun < 0) return undefined;
    const name = this.text.slice(this.starts[from] as number, this.end(i));
    const key = `s:${name.toLowerCase()}`;
    let info = this.classInfos.get(key);
    if (info === undefined) {
      const vessel = this.sp(noun).lower.replace(/s$/, '');
      info = { key, name, category: vessel === 'submarine' ? 'submarine' : 'ship', kind: `${vessel} class`, ambiguous: false };
      this.classInfos.set(key, info);
    }
    return info;
  }

  /**
   * Whether tokens i..to are "Type" and a number of one or two digits without a leading zero
   * ("Type 12"; not "Type 055"), with no determiner, ordinal, nationality or possessive before them
   * ("The Type 45 uses Sea Viper missiles" names the destroyer).
   */
  private typeAndNumber(i: number, to: number): boolean {
    if (to - i !== 2 || this.sp(i).lower !== 'type') return false;
    if (i > 0 && this.nl(i) === 0) {
      const before = this.sp(i - 1);
      // (Nor after an ordinal or a nationality: "the first Type 31 would be late", "derived from the
      // British Type 26".)
      if (TYPE_DETERMINER.has(before.lower) || TYPE_ORDINAL.has(before.lower) || endsWithPossessive(before.text) || countryByDemonymKey(before.lower) !== undefined) return false;
    }
    const num = this.sp(i + 1).text;
    return num.length <= 2 && num.charCodeAt(0) !== 48 && isAsciiDigit(num.charCodeAt(0)) && isAsciiDigit(num.charCodeAt(num.length - 1));
  }

  /**
   * The token of a ship class's name written in parentheses right after a designation ending
   * before token `to` ("Type 035G (Ming-class) submarines", "F-110 (Bonifaz-class) frigates"), or
   * -1: the class is the designated ship, named twice, as a spelled-out name and its acronym are.
   * Only a class name ("-class") alone between the brackets, not yet taken.
   */
  private classInParentheses(to: number): number {
    if (to + 2 >= this.n || this.sp(to).text !== '(' || this.nl(to) !== 0 || this.nl(to + 1) !== 0 || this.nl(to + 2) !== 0) return -1;
    const c = this.sp(to + 1);
    if (!c.text.endsWith('-class') || !CLASS_NAME.test(c.text) || this.sp(to + 2).text !== ')' || ((this.taken[to + 1] as number) & TAKEN) !== 0) return -1;
    return to + 1;
  }

  /** The pending ambiguous mentions that count (see run). */
  private emitPending(pending: Array<{ i: number; to: number; info: SystemInfo }>, clear: Set<string>): void {
    const starts = new Set<number>();
    const ends = new Set<number>();
    for (const span of this.spans) { starts.add(span.start); ends.add(span.end); }
    const listed = (p: { i: number; to: number; info: SystemInfo }): boolean => {
      // A ship's name after a preposition of place is the place it is named after: "an airbase in
      // Fujian and Type 052D destroyers" ("investing in Typhoon, F-35B and ..." is a list).
      if (p.i > 0 && this.nl(p.i) === 0 && (p.info.category === 'ship' || p.info.category === 'submarine') && PLACE_BEFORE.has(this.sp(p.i - 1).lower)) return false;
      const after = this.at(p.to);
      if (after !== undefined && LIST_JOINER.has(after.lower) && this.nl(p.to) === 0 && p.to + 1 < this.n && this.nl(p.to + 1) === 0
        && starts.has(this.starts[p.to + 1] as number)) return true;
      // "NASAMS and Patriot": a mention ends just before the joiner.
      return p.i >= 2 && LIST_JOINER.has(this.sp(p.i - 1).lower) && this.nl(p.i) === 0 && this.nl(p.i - 1) === 0 && ends.has(this.end(p.i - 2));
    };
    // "co-produce the Stryker and the Javelin": two such names joined count each other in an
    // article with no clear system mention (alone, "The Flamingo is a bird" does not count).
    // (The determined names' tokens are collected once: asking every pending name about every
    // other was quadratic in a text of thousands.)
    let determined: Set<number> | undefined;
    // (Clear mentions of the article's own, not names this method counted.)
    const anyClear = clear.size > 0;
    const determinedPair = (p: { i: number; to: number; info: SystemInfo }): boolean => {
      if (determined === undefined) {
        determined = new Set();
        for (const q of pending) if (this.determinedName(q.i, q.to, q.info)) determined.add(q.i);
      }
      return (determined.has(p.i + 3) && LIST_JOINER.has(this.sp(p.i + 1).lower)) || (p.i >= 3 && determined.has(p.i - 3) && LIST_JOINER.has(this.sp(p.i - 2).lower));
    };
    const done = new Uint8Array(pending.length);
    // A name counted by a list counts everywhere, as a clear mention does ("investing in Typhoon
    // and F-35B ... 20 new Typhoons"): the second round emits the others of the names it added.
    let added = false;
    for (let round = 0; round < 2; round++) {
      for (let k = pending.length - 1; k >= 0; k--) {
        if (done[k] === 1) continue;
        const p = pending[k] as { i: number; to: number; info: SystemInfo };
        const known = clear.has(p.info.key);
        if (!known && (round === 1 || !(listed(p) || (anyClear && this.bareNameAmongSystems(p.i, p.to, p.info))
          || (this.determinedName(p.i, p.to, p.info) && (anyClear || determinedPair(p)))))) continue;
        if (this.inOtherName(p.i, p.to)) continue;
        this.emit(p.i, p.to, p.info);
        done[k] = 1;
        if (!known) { clear.add(p.info.key); added = true; }
        starts.add(this.starts[p.i] as number);
        ends.add(this.end(p.to - 1));
      }
      if (!added) break;
    }
  }

  /**
   * Whether the one-word name at [i, to) stands after "the" or a possessive determiner and ends a
   * noun phrase there: "co-produce the Stryker and the Javelin", "The Stryker will ...". A person
   * is not written so, and a word the name shares with common speech is written in lower case
   * ("the arrow", "the spike"); a newspaper or company of that name takes a capitalised word or
   * a noun after it, which inOtherName and the word test below leave out.
   */
  private determinedName(i: number, to: number, info: SystemInfo): boolean {
    if (to !== i + 1 || i === 0 || this.nl(i) > 0) return false;
    const t = this.sp(i);
    // The name as the knowledge base spells it, or its plural ("the Leopards will give ..."): not a
    // possessive ("the Patriots' owner" is a team's; see the apostrophe below), nor a code of a
    // letter and a digit ("the E3" of France, Germany and Britain).
    const name = info.properName !== undefined && t.text.startsWith(info.properName) ? info.properName : info.name;
    if (!(t.text === name || (t.text.length === name.length + 1 && t.text.endsWith('s') && t.text.startsWith(name))) || t.upper || hasAsciiDigit(t.text)) return false;
    const det = this.sp(i - 1).lower;
    if (det !== 'the' && det !== 'its' && det !== 'their') return false;
    const next = this.at(to);
    return next === undefined || this.nl(to) > 0 || (!next.word && next.text !== "'" && next.text !== '’') || DETERMINED_NAME_FOLLOWER.has(next.lower);
  }

  /**
   * Whether the one-word name at [i, to), in an article that names another system clearly, is the
   * system even without a cue: "Patriot is proven in Ukraine", "Would that be Patriot?" after
   * "SAMP/T batteries". It is written as the knowledge base spells it, capitalised, never in lower
   * case in the text ("the typhoon season" makes "Typhoon" the storm), and stands as a noun phrase
   * of its own, before an auxiliary or ending a sentence: a name before a noun or in a list is as
   * often a place's or a programme's ("Kursk, Voronezh and Rostov oblasts", "the Wisła programme").
   * inOtherName then leaves out "the Patriot Act" and "New England Patriots".
   */
  private bareNameAmongSystems(i: number, to: number, info: SystemInfo): boolean {
    const t = this.sp(i);
    const next = this.at(to);
    return to === i + 1 && t.text === (info.properName ?? info.name) && t.cap && !t.upper && !this.lowerCaseWords().has(t.lower)
      && next !== undefined && this.nl(to) === 0 && /^(?:[.?!]|is|was|has|had|will|would|can|could|remains)$/.test(next.text)
      // (Nor a programme's name: "the Wisła and Narew programmes ... Narew is the medium tier".)
      && !this.namedBeforeProgramme(t.text)
      // (Nor a place: "went to Derby.", "at Barrow and Derby."; a list of systems is listed's.)
      && !this.placeWords().has(t.lower) && !(i > 0 && (this.sp(i - 1).lower === 'to' || PLACE_BEFORE.has(this.sp(i - 1).lower) || LIST_JOINER.has(this.sp(i - 1).lower)));
  }

  /** Whether the text writes `name` before "program(me)" anywhere; searched once per name. */
  private namedBeforeProgramme(name: string): boolean {
    const memo = (this.programmeNames ??= new Map<string, boolean>()).get(name);
    if (memo !== undefined) return memo;
    const found = this.text.includes(`${name} program`);
    this.programmeNames.set(name, found);
    return found;
  }

  private programmeNames: Map<string, boolean> | undefined;

  /**
   * Whether a word-like system name at [i, to) is part of another proper name, which an earlier
   * clear mention of the system does not make it: a capitalised word right after it that says
   * nothing of a system ("the Patriot Act", "Patriot Games", "Shahed Hussain", "Shahed Aviation
   * Industries"), or one right before it that is no determiner, nationality or country ("New
   * England Patriots").
   */
  private inOtherName(i: number, to: number): boolean {
    const next = this.at(to);
    if (next !== undefined && this.nl(to) === 0 && next.word && next.cap && !next.upper && !SYSTEM_NOUN.has(next.lower) && !KIND_WORD.has(next.lower)
      && !/\d/.test(next.text)) return true;
    if (i === 0 || this.nl(i) > 0) return false;
    const prev = this.sp(i - 1);
    if (!prev.word || !prev.cap || prev.upper || NOT_A_NAME_BEFORE.has(prev.lower) || countryByKey(prev.key) !== undefined) return false;
    // A capitalised word opening the sentence is no name's ("Ukrainian", "Two", "Its").
    const before = i >= 2 ? this.sp(i - 2) : undefined;
    return before !== undefined && this.nl(i - 1) === 0 && before.text !== '.' && before.text !== ':' && before.text !== '"' && before.text !== '“';
  }

  /**
   * True when a system noun (see SYSTEM_NOUN), or a noun only a weapon's fleet has
   * (SYSTEM_CONTEXT_NOUN), follows within a few descriptive words ("Patriot Missile batteries").
   */
  private followedBySystemNoun(i: number, programmeOf?: SystemInfo | null): boolean {
    // (Past a parenthesis right after the name: "R-12 (SS-4 Sandal) missiles".)
    if (i < this.n && this.sp(i).text === '(' && this.nl(i) === 0) {
      let close = i + 1;
      while (close < i + 6 && close < this.n && this.nl(close) === 0 && this.sp(close).text !== ')' && this.sp(close).text !== '(') close++;
      if (close < this.n && this.sp(close).text === ')' && close > i + 1) i = close + 1;
    }
    let limit = i + 4;
    for (let k = i; k < limit && k < this.n; k++) {
      const t = this.sp(k);
      if (this.nl(k) > 0 || !t.word) return false;
      if (SYSTEM_NOUN.has(t.lower) || SYSTEM_CONTEXT_NOUN.has(t.lower)) return true;
      // (A programme's noun only when the caller asks for it, with the system: null for one unknown.)
      if (programmeOf !== undefined && PROGRAMME_NOUN.test(t.lower)) return programmeOf === null || !kindHasWord(programmeOf, 'programme');
      // A battery's "fire unit" is the system's: "its five Patriot fire units" ("fire" alone is a verb
      // too, "Patriots fire interceptors", and stays no kind word).
      if (t.lower === 'fire' && k + 1 < this.n && this.nl(k + 1) === 0 && (this.sp(k + 1).lower === 'unit' || this.sp(k + 1).lower === 'units')) return true;
      // A coordinated name shares the noun: "Patriot and THAAD batteries".
      // (Or a designation: "48N6 and 40N6 missiles".)
      if ((t.lower === 'and' || t.lower === 'or') && k === i && this.nl(k + 1) === 0 && (this.at(k + 1)?.cap || /^\d+[A-Z]/.test(this.at(k + 1)?.text ?? ''))) { k++; limit = k + 4; continue; }
      if (KIND_WORD.has(t.lower) || CALIBER.test(t.text)) continue;
      // A technical descriptor lengthens the run a noun may end ("the Uttam active electronically
      // scanned array radar", "Bushmaster protected mobility vehicles"), as does a lower-case
      // hyphened adjective ("gallium-nitride"), which does not lengthen it.
      if (TECH_DESCRIPTOR_WORD.has(t.lower)) { limit++; continue; }
      if (!HYPHENED_ADJECTIVE.test(t.text)) return false;
    }
    return false;
  }

  /**
   * The descriptor written after a mention ("air defense missile systems" -> "air defense missile
   * system"). The words are found first and the string built only when a system noun ends them
   * (most mentions have none): this runs at every mention, and the word array, its copy and join
   * were most of emit's garbage (heap profile, 10 MB: emit 7 MB a pass).
   */
  private kindAfter(i: number): string | undefined {
    // The words from i to `last` (inclusive): kind words, then one or more system nouns.
    let last = -1;
    for (let k = i; k < i + 5 && k < this.n; k++) {
      const t = this.sp(k);
      if (this.nl(k) > 0 || !t.word) break;
      if (SYSTEM_NOUN.has(t.lower)) { last = k; continue; }
      // "defense" may follow a system noun when another comes after it: "missile defense system"
      // (the kind ends at the last system noun, so "missiles defense ministry" is "missile").
      if (last >= 0 && t.lower !== 'defense' && t.lower !== 'defence') break;
      if (!KIND_WORD.has(t.lower) && !CALIBER.test(t.text)) break;
    }
    if (last < 0) return undefined;
    let kind = '';
    for (let k = i; k < last; k++) kind += this.sp(k).lower + ' ';
    // ("complexes" -> "complex", "batteries" -> "battery", "systems" -> "system".)
    return kind + singularNoun(this.sp(last).lower);
  }

  /**
   * "Leopard 2A8 tanks ... the first Leopards": a family's one-word name (Leopard, Aster, Spike) in
   * an article that names exactly one member of the family ("Leopard 2", "Aster 30") is that
   * member, as a reader takes it; with two members named ("Leopard 1 and Leopard 2") it stays the family.
   */
  private joinFamilies(): void {
    // The systems named, each once (the spans repeat a few keys thousands of times in a long text).
    const keys = new Set<string>();
    for (const s of this.spans) keys.add(s.key);
    let families: Map<string, SystemInfo | null> | undefined;
    for (const key of keys) {
      const info = this.infos.get(key);
      // (A variant is no family: "M1A2" and "M1A2 SEPv3" are two variants of the M1. A hyphened
      // designation with a number is none either, but a hyphened name is: "IRIS-T SLM ... the IRIS-T".)
      if (info !== undefined && info.familyKey === undefined && info.name.indexOf(' ') < 0 && (info.name.indexOf('-') < 0 || !/\d/.test(info.name))) (families ??= new Map()).set(info.name, null);
    }
    if (families === undefined) return;
    let any = false;
    for (const key of keys) {
      const info = this.infos.get(key);
      if (info === undefined) continue;
      const space = info.name.indexOf(' ');
      if (space <= 0) continue;
      const family = info.name.slice(0, space);
      // A variant of the family named alone is no member of it: "PrSM" stays the PrSM where the
      // text also names "PrSM Increment 1" (the variant of "Leopard 2" that "Leopard 2A8" is still is).
      if (info.family === family) continue;
      const member = families.get(family);
      if (member === undefined || member === info) continue;
      families.set(family, member === null ? info : info.key === member.key ? member : FAMILY_SPLIT);
      any = true;
    }
    if (!any) return;
    const memberOf = (info: SystemInfo | undefined): SystemInfo | undefined => {
      const member = info !== undefined && info.name.indexOf(' ') < 0 ? families.get(info.name) : undefined;
      return member === null || member === FAMILY_SPLIT ? undefined : member;
    };
    this.rekeyAll(memberOf);
  }

  /**
   * "P-8A Poseidon ... the P-8s", "Iskander-M ... the Iskander", "F-35A ... The F-35 will", "KF-21
   * Block I ... the KF-21": a family's own name in an article that names exactly one variant of it
   * is that variant, as a reader takes it. With two variants named ("F-35A" and "F-35B") the family
   * stays itself, and so does a family's name that a variant is said to be a version of ("the
   * K9A1EGY, a local variant of the K9 Thunder": the text sets the two apart; see variantOfBefore).
   */
  private joinVariants(): void {
    if (!this.variants) return;
    this.joinSpelledOutVariants();
    const alternatives = this.joinSlashedVariants();
    const sameMark = this.joinSameMarkVariants();
    let variants: Map<string, SystemInfo | null> | undefined;
    for (const info of this.infos.values()) {
      if (info.familyKey === undefined || alternatives?.has(info.key) === true || sameMark?.has(info.key) === true) continue;
      variants ??= new Map();
      const seen = variants.get(info.familyKey);
      variants.set(info.familyKey, seen === undefined && this.standsForFamily(info) ? info : null);
    }
    if (variants === undefined) return;
    const joined = (info: SystemInfo | undefined): SystemInfo | undefined => {
      const variant = info === undefined ? undefined : variants.get(info.key);
      return variant === null ? undefined : variant;
    };
    // The sentences each variant is named in, by the start of its mentions (see `beside`).
    const sentenceOf = new Map<number, number>();
    const named = new Set<string>();
    // The variants' mentions as written, by family and sentence (see `beside`).
    const writtenIn = new Map<string, string>();
    for (const o of this.seen) {
      sentenceOf.set(o.start, o.sentence);
      if (o.info.familyKey === undefined) continue;
      const at = `${o.info.familyKey}\n${o.sentence}`;
      named.add(at);
      // (Each after a line break, so that a word found after a space is no mention's first: the
      // variant's "Rafale" in "Rafale M" is its designation, not a proper name; see `beside`.)
      writtenIn.set(at, `${writtenIn.get(at) ?? ''}\n${this.text.slice(o.start, o.end)}`);
    }
    // The family written in the sentence that names the variant is set beside it ("fields the
    // PL-10 and the export PL-10E", "F-16 Block 70 jets and older F-16s"); so is its designation
    // with its proper name, the family's full name ("K9A1 howitzers. The K9 Thunder is used by Poland").
    // Not a proper name the variant's own mention in that sentence was written with: "the AH-64E
    // Apache program ... the contract for 96 Apaches" is the variant ("Sky Bow III ... Tien Kung
    // missiles", another name of the family, is set beside it), nor the variant's designation's
    // head: "operates 36 Rafales and has ordered 26 Rafale M fighters" sets the two apart.
    const beside = (span: Span): boolean => {
      const written = this.text.slice(span.start, span.end);
      const sentence = sentenceOf.get(span.start);
      if (sentence !== undefined && named.has(`${span.key}\n${sentence}`)) {
        return /\d/.test(written) || !(writtenIn.get(`${span.key}\n${sentence}`) as string).includes(` ${written.replace(/e?s$/, '')}`);
      }
      return written.indexOf(' ') > 0 && /\d/.test(written);
    };
    this.rekeyAll(joined, (span) => span.nominal || (!this.variantOfBefore(span.start) && !beside(span)));
  }

  /**
   * Whether "variant of" or "version of" (and an optional "the") ends just before an offset: "a
   * local variant of the K9 Thunder", "an export version of the J-35" name the family as such.
   */
  private variantOfBefore(start: number): boolean {
    const before = this.text.slice(Math.max(0, start - 16), start).toLowerCase();
    return VARIANT_OF_BEFORE.test(before);
  }

  /**
   * Whether the family's name can stand for a variant (see joinVariants): the variant is written
   * as the family's name with its marks ("F-35A", "Rafale M", "KF-21 Block I"), not as a name of
   * its own ("PAC-3 MSE" of the Patriot, "IFPC Inc 2" of Enduring Shield: often another part of
   * the system), nor as a next generation ("Akash-NG", "BrahMos-NG": a new weapon).
   */
  private standsForFamily(info: SystemInfo): boolean {
    const family = info.family ?? '';
    const space = family.indexOf(' ');
    return normalizeDesignation(info.name).startsWith(normalizeDesignation(space < 0 ? family : family.slice(0, space))) && !/[- ]NG$/.test(info.name);
  }

  /**
   * "Gripen E/F ... the first Gripen E", "F-16 Block 70/72 ... the F-16 Block 70 offer": a variant
   * that is one of the alternatives of a variant the text names with a slash is that variant (the
   * slash names the pair as one order). Returns the keys of the variants so joined, or undefined.
   */
  private joinSlashedVariants(): Set<string> | undefined {
    let into: Map<string, SystemInfo> | undefined;
    for (const info of this.infos.values()) {
      const slash = info.familyKey === undefined ? -1 : info.name.lastIndexOf('/');
      if (slash < 0 || info.name.indexOf(' ', slash) >= 0) continue;
      // The alternatives written as the tail of the first: "F-15C/D" is the F-15C and the F-15D.
      const word = info.name.lastIndexOf(' ', slash) + 1;
      const first = info.name.slice(0, slash);
      for (const alt of info.name.slice(word).split('/')) (into ??= new Map()).set(`${info.familyKey}\n${first.slice(0, Math.max(word, first.length - alt.length))}${alt}`, info);
    }
    if (into === undefined) return undefined;
    const joined = new Set<string>();
    const to = (info: SystemInfo | undefined): SystemInfo | undefined => {
      const slashed = info?.familyKey === undefined ? undefined : into.get(`${info.familyKey}\n${info.name}`);
      if (slashed === undefined || slashed === info) return undefined;
      joined.add((info as SystemInfo).key);
      return slashed;
    };
    this.rekeyAll(to);
    return joined;
  }

  /**
   * "twenty F-16C/D Block 70/72 aircraft ... The F-16 Block 70/72 fleet", "the LCA Mk1A ... 97
   * Tejas Mk-1A fighters": two variants of one family written with the same mark after different
   * first words (the designation with or without its model letters, another name of the family)
   * are one variant. Returns the keys of the later ones so joined into the first.
   */
  private joinSameMarkVariants(): Set<string> | undefined {
    let byMark: Map<string, SystemInfo> | undefined;
    let joined: Set<string> | undefined;
    for (const info of this.infos.values()) {
      const space = info.familyKey === undefined ? -1 : info.name.indexOf(' ');
      if (space <= 0) continue;
      const mark = `${info.familyKey as string}\n${normalizeDesignation(info.name.slice(space + 1))}`;
      const first = (byMark ??= new Map()).get(mark);
      if (first === undefined) byMark.set(mark, info);
      else if (first.key === info.key) continue;
      // (Into one written with the family's own name, which the family's bare name can then join,
      // see standsForFamily: "Tejas Mk1A", not "LCA Mk1A".)
      else if (!this.standsForFamily(first) && this.standsForFamily(info)) {
        byMark.set(mark, info);
        (joined ??= new Set()).add(first.key);
        joined.delete(info.key);
      } else (joined ??= new Set()).add(info.key);
    }
    if (joined === undefined || byMark === undefined) return undefined;
    const marks = byMark;
    const later = joined;
    this.rekeyAll((info) => {
      if (info === undefined || !later.has(info.key)) return undefined;
      return marks.get(`${info.familyKey as string}\n${normalizeDesignation(info.name.slice(info.name.indexOf(' ') + 1))}`);
    });
    return joined;
  }

  /**
   * Makes every mention of a system that `to` maps to another a mention of that other (and the
   * systems findBackReferences will read); see joinFamilies, joinVariants.
   */
  private rekeyAll(to: (info: SystemInfo | undefined) => SystemInfo | undefined, only?: (span: Span) => boolean): void {
    let any = false;
    // (With a condition on the spans, the systems read back are those of the spans re-keyed.)
    const kept = only === undefined ? undefined : new Set<number>();
    for (let k = 0; k < this.spans.length; k++) {
      const span = this.spans[k] as Span;
      const info = this.infos.get(span.key);
      const other = to(info);
      if (info === undefined || other === undefined) continue;
      if (only !== undefined && !only(span)) { kept?.add(span.start); continue; }
      this.rekey(k, info, other);
      this.infos.set(other.key, other);
      any = true;
    }
    if (any) for (const seen of this.seen) if (kept === undefined || !kept.has(seen.start)) seen.info = to(seen.info) ?? seen.info;
  }

  /**
   * Makes span k a mention of `to` instead of `from` (the system it was found as). The kind the
   * mention's own words gave ("Leopard tanks", "SS-4 Sandal missiles") stays the mention's; the
   * one it had from `from`'s facts gives way to `to`'s.
   */
  private rekey(k: number, from: SystemInfo | undefined, to: SystemInfo): void {
    const s = this.spans[k] as Span;
    const kind = s.attributes['kind'];
    this.spans[k] = { ...s, key: to.key, name: to.name, attributes: this.attributesFor(to, typeof kind === 'string' && kind !== from?.kind ? kind : undefined) };
  }

  /** Whether a span is all of a parenthesis after something ("... (SS-4 Sandal)"): the spans before it are asked with spansEndingAt. */
  private inParentheses(s: Span): boolean {
    return s.start >= 2 && this.text.charCodeAt(s.start - 1) === 40 && this.text.charCodeAt(s.end) === 41;
  }

  /** The indexes of the spans that end at an offset (built on first use, once per analysis: the spans' ends do not change). */
  private spansEndingAt(end: number): readonly number[] {
    if (this.byEnd === undefined) {
      this.byEnd = new Map();
      for (let k = 0; k < this.spans.length; k++) {
        const e = (this.spans[k] as Span).end;
        const list = this.byEnd.get(e);
        if (list === undefined) this.byEnd.set(e, [k]); else list.push(k);
      }
    }
    return this.byEnd.get(end) ?? NO_INDEXES;
  }
  private byEnd: Map<number, number[]> | undefined;

  /**
   * A designation the knowledge base lacks, with another designation of it in parentheses: "R-12
   * (SS-4 Sandal)" is one missile, by its Soviet and its NATO name (the known one's facts win).
   */
  private joinParenthesisedDesignations(): void {
    const spans = this.spans;
    // The unknown designations to re-key, then one pass over the spans (a merge per pair read
    // every span: quadratic on a text of thousands of such pairs).
    let into: Map<string, SystemInfo> | undefined;
    for (let k = 0; k < spans.length; k++) {
      const inner = spans[k] as Span;
      if (inner.nominal || !this.inParentheses(inner) || this.text.charCodeAt(inner.start - 2) !== 32) continue;
      const b = this.infos.get(inner.key);
      for (const m of this.spansEndingAt(inner.start - 2)) {
        const outer = spans[m] as Span;
        if (outer.nominal || outer.key === inner.key) continue;
        const a = this.infos.get(outer.key);
        if (a === undefined || b === undefined || (a.unknown !== true && b.unknown !== true)) continue;
        // (The known one's facts win; "... the SS-4 was withdrawn" is the R-12 too.)
        const [fromKey, target] = b.unknown === true ? [inner.key, a] : [outer.key, b];
        if (!(into ??= new Map()).has(fromKey) && !into.has(target.key)) into.set(fromKey, target);
      }
    }
    if (into === undefined) return;
    for (let q = 0; q < spans.length; q++) {
      const sq = spans[q] as Span;
      const target = into.get(sq.key);
      if (target === undefined) continue;
      this.rekey(q, this.infos.get(sq.key), target);
    }
    for (const seen of this.seen) seen.info = into.get(seen.info.key) ?? seen.info;
  }

  /**
   * A family's name spelled out before a variant's initials in parentheses is the variant:
   * "Patriot Advanced Capability-3 Missile Segment Enhancement (PAC-3 MSE)" names the PAC-3 MSE.
   */
  private joinSpelledOutVariants(): void {
    const spans = this.spans;
    for (let k = 0; k < spans.length; k++) {
      const inner = spans[k] as Span;
      const variant = this.infos.get(inner.key);
      if (variant?.familyKey === undefined || !this.inParentheses(inner)) continue;
      for (const m of this.spansEndingAt(inner.start - 2)) {
        const outer = spans[m] as Span;
        if (outer.key !== variant.familyKey || outer.nominal) continue;
        this.rekey(m, this.infos.get(outer.key), variant);
        for (const seen of this.seen) if (seen.start === outer.start) seen.info = variant;
      }
    }
    // The other way round: a variant, then its family's other name in parentheses ("Pantsir-S1
    // (SA-22 Greyhound)") says the text means the family by the variant: the parenthesis is the
    // variant's, and the family's bare name later joins it (see joinVariants).
    for (let k = 0; k < spans.length; k++) {
      const inner = spans[k] as Span;
      if (inner.nominal || !this.inParentheses(inner)) continue;
      const family = this.infos.get(inner.key);
      if (family === undefined || family.familyKey !== undefined) continue;
      for (const m of this.spansEndingAt(inner.start - 2)) {
        const outer = spans[m] as Span;
        const variant = this.infos.get(outer.key);
        if (variant?.familyKey !== family.key) continue;
        this.rekey(k, family, variant);
        for (const seen of this.seen) if (seen.start === inner.start) seen.info = variant;
      }
    }
  }

  /**
   * The attributes of a mention of `info` with `kind` written after it, one object per such pair
   * and recogniser rather than one per mention (heap profile, 10 MB: these objects were most of
   * emit's 7 MB a pass). Sharing is safe because nothing writes to a span's attributes: assemble
   * (analyze.ts) copies them into a fresh object per entity. They are frozen so that a later
   * change that does write to them fails loudly instead of changing other mentions.
   */
  private attributesFor(info: SystemInfo, kind: string | undefined): Record<string, string | boolean> {
    let byKind = this.attrs.get(info);
    if (byKind === undefined) { byKind = new Map(); this.attrs.set(info, byKind); }
    // kindAfter never returns '', so it stands for "no kind".
    let attrs = byKind.get(kind ?? '');
    if (attrs === undefined) {
      attrs = Object.freeze(systemAttributes(info, kind));
      byKind.set(kind ?? '', attrs);
    }
    return attrs;
  }

  /**
   * A variant the text names of a system the knowledge base files under its family ("F-35A",
   * "F-16 Block 70", "Patriot PAC-3 MSE", "Rafale M"): a system of its own, one entity per variant,
   * with the family's facts and the family named (see variantLabel). The family's own names
   * ("F-35", "F-35 Lightning II", "MIM-104") stay the family.
   */
  private variantOf(info: SystemInfo, start: number, end: number, written?: string): SystemInfo {
    if (info.unknown === true || info.family !== undefined || info.category === 'ship' || info.category === 'submarine') return info;
    const kb = this.kb;
    const registered = (norm: string): boolean => {
      const entry = kb.byDesignation.get(norm);
      return entry !== undefined && kb.info(entry).key === info.key;
    };
    const text = written ?? this.text.slice(start, end);
    // (A listed name with its number as a Roman numeral is that name, no variant: "Hyunmoo-V".)
    const arabic = text.indexOf('-') > 0 ? arabicNumbered(text.toLowerCase()) : undefined;
    if (arabic !== undefined && registered(normalizeDesignation(arabic))) return info;
    const label = variantLabel(text, info, kb, registered);
    if (label === undefined) return info;
    // (A navy's variant written out and by its letter are one: "Rafale Marine", "Rafale M", "Rafale-M".)
    const key = `${info.key}/${normalizeDesignation(label).replace(MARINE_END, 'M')}`;
    let variant = this.infos.get(key);
    this.variants = true;
    if (variant === undefined) {
      variant = { ...info, key, name: label, family: info.name, familyKey: info.key };
      this.infos.set(key, variant);
    }
    return variant;
  }

  /**
   * The token of a system's one-word NATO reporting name written after a mention ending before
   * token `to`, or -1: in parentheses or after a comma, alone or after its introduction ("Su-57
   * (NATO reporting name: Felon)", "the Tu-160 (Blackjack)", "the Su-34, codenamed Fullback").
   * The knowledge base's natoName, spelled exactly, names the system as its designation does;
   * the name alone elsewhere is left (a word such as "Flanker" or "Backfire" has other senses).
   */
  private natoNameAfter(to: number, natoName: string): number {
    if (to + 1 >= this.n || this.nl(to) !== 0 || natoName.indexOf(' ') >= 0) return -1;
    const open = this.sp(to).text;
    if (open !== '(' && open !== ',') return -1;
    for (let k = to + 1; k < to + 6 && k < this.n && this.nl(k) === 0; k++) {
      const w = this.sp(k);
      if (w.text === natoName) {
        if ((this.taken[k] as number) !== 0) return -1;
        // In parentheses, the name ends them; after a comma, an introduction came before it.
        const next = this.at(k + 1);
        return open === '(' ? (next?.text === ')' ? k : -1) : (k > to + 1 ? k : -1);
      }
      if (!NATO_NAME_INTRO.has(w.lower)) return -1;
    }
    return -1;
  }

  /** `written`, when given, is the name the variant is read from instead of the span's text (see coordinatedBlock). */
  private emit(i: number, to: number, info: SystemInfo, written?: string): void {
    // The maker's name before the system's is not in the span ("Embraer C-390 Millennium",
    // "Dassault Rafale", "Dassault's Rafale"), unless it opens the system's own name ("Eurofighter Typhoon").
    if (to > i + 1 && info.manufacturer !== undefined && this.makerAt(i, info)) i++;
    const start = this.starts[i] as number;
    let end = this.end(to - 1);
    if (endsWithPossessive(this.sp(to - 1).text)) end -= 2;
    else end -= nameDescriptorLength(this.sp(to - 1).text);
    // A "+" written onto a designation names an upgraded variant and is part of it ("Hisar-O+",
    // "Hisar-A+"): the tokens stop before it, as at any punctuation.
    if (end === this.end(to - 1) && this.plusAfter(to)) { end += 1; this.taken[to] = (this.taken[to] as number) | TAKEN; }
    for (let k = i; k < to; k++) this.taken[k] = (this.taken[k] as number) | TAKEN;
    // Its NATO reporting name given after it is a second mention (see natoNameAfter).
    if (info.natoName !== undefined) {
      const k = this.natoNameAfter(to, info.natoName);
      if (k > 0) this.emit(k, k + 1, info);
    }
    info = this.variantOf(info, start, end, written);
    this.infos.set(info.key, info);
    const kind = this.kindAfter(to);
    const attributes = this.attributesFor(info, kind);
    this.spans.push({ type: 'system', start, end, nominal: false, key: info.key, name: info.name, attributes, priority: 3 });
    // (With the noun written after the name, singular: "Patriot systems" -> "system"; see findBackReferences.)
    // (One item when "a" or "an" and a noun go with the name: "a Palestine-2 missile" is one
    // missile, which "the missiles" cannot repeat; see findBackReferences.)
    const one = kind !== undefined && i > 0 && this.nl(i) === 0 && (this.sp(i - 1).lower === 'a' || this.sp(i - 1).lower === 'an');
    this.seen.push({ info, start, end, sentence: this.sentences[i] ?? 0, noun: kind === undefined ? undefined : kind.slice(kind.lastIndexOf(' ') + 1), one });
  }

  /** Whether token i is the first word of a system's maker's name, which the system's own name does not open (see emit). */
  private makerAt(i: number, info: SystemInfo): boolean {
    const maker = info.manufacturer as string;
    // (With its possessive too: "Dassault's Rafale".)
    const text = this.sp(i).text;
    const word = endsWithPossessive(text) ? text.slice(0, -2) : text;
    if (!maker.startsWith(word) || (maker.length > word.length && /[\w-]/.test(maker.charAt(word.length)))) return false;
    return !info.name.startsWith(word);
  }

  /**
   * A system the knowledge base does not know, named by a capitalised name and a model number
   * before a system's noun: "the Rash 2 guided glide munition", "the Shadow 50 drone", "the Falaj
   * 3 patrol vessel", "Hunter 2-S swarming drones". The name with its number is then a mention
   * wherever the text repeats it. Words that number things other than systems ("Phase 2", "Block
   * 4", "Group 5 drones", "Over 50 drones") are no names.
   */
  private findNamedModels(): void {
    const n = this.n;
    let found: Map<string, SystemInfo> | undefined;
    const taken = this.taken;
    // The spellings that can be a model number, by id: the loop then reads one byte per token
    // (profile: reading every token's spelling here was 1.4% of a 1 MB pass).
    const spellings = this.spellings;
    let isNumber: Uint8Array | undefined;
    for (let id = 0; id < spellings.length; id++) {
      const tx = (spellings[id] as Spelling).text;
      if (isAsciiDigit(tx.charCodeAt(0)) && MODEL_NUMBER.test(tx)) (isNumber ??= new Uint8Array(spellings.length))[id] = 1;
    }
    if (isNumber === undefined) return;
    const ids = this.ids;
    for (let i = 0; i + 2 < n; i++) {
      if (isNumber[ids[i + 1] as number] !== 1) continue;
      const num = this.sp(i + 1);
      const w = this.sp(i);
      if (!w.word || !w.cap || w.upper || w.text.length < 3 || !hasLetter(w.text) || this.nl(i + 1) !== 0 || !this.space(i + 1)) continue;
      if (((taken[i] as number) & TAKEN) !== 0 || ((taken[i + 1] as number) & TAKEN) !== 0) continue;
      if (NOT_A_MODEL_NAME.has(w.lower) || DAY_OR_MONTH.has(w.lower) || countryByKey(w.key) !== undefined || countryByDemonymKey(w.key) !== undefined) continue;
      // A system's own noun (not a fleet or an order of it) right after the number, or after kind
      // words; past its class's name in parentheses ("Type 035G (Ming-class) submarines").
      const cls = this.classInParentheses(i + 2);
      if (!this.followedByOwnNoun(cls > 0 ? cls + 2 : i + 2)) continue;
      const name = `${w.text} ${num.text}`;
      const key = `s:${normalizeDesignation(name)}`;
      let info = this.infos.get(key);
      if (info === undefined) {
        info = { key, name, category: 'other', kind: this.kindAfter(cls > 0 ? cls + 2 : i + 2) ?? 'system', ambiguous: false, unknown: true };
        this.infos.set(key, info);
      }
      (found ??= new Map()).set(name, info);
      this.emit(i, i + 2, info);
      i++;
      if (cls > 0) { this.emit(cls, cls + 1, info); i = cls; }
    }
    if (found === undefined) return;
    // The same name and number elsewhere, with or without a noun.
    for (let i = 0; i + 1 < n; i++) {
      if (((taken[i] as number) & TAKEN) !== 0 || ((taken[i + 1] as number) & TAKEN) !== 0 || this.nl(i + 1) !== 0) continue;
      const info = found.get(`${this.sp(i).text} ${this.sp(i + 1).text}`);
      if (info !== undefined && this.space(i + 1)) { this.emit(i, i + 2, info); i++; }
    }
  }

  /**
   * A system the knowledge base does not know, named by one or two capitalised words without a
   * number before its kind and noun: "the Skynight counter-drone system", "a Jobaria multiple
   * cradle launcher", "additional Rabdan 8x8 vehicles", "the extended-range Chiang Kung ballistic
   * missile", "the Sting interceptor". The name needs an opener before it (a determiner, a count,
   * or a supply verb, past kind words) and a lower-case noun after it that no compound continues
   * ("drone attacks"); a general noun ("system", "vehicles") needs a kind word before it. Names of
   * who fields or makes systems ("the Army counter-drone system", "the Russian ballistic missile",
   * "the Boeing fighter") and words the text also writes in lower case are no names. The name is
   * then a mention wherever the text repeats it.
   */
  private findNamedKinds(): void {
    const n = this.n;
    const spellings = this.spellings;
    // The head nouns by spelling id: the loop reads one byte per token (as findNamedModels does).
    // Not a battery (a unit: "the Kestrel battery") nor a complex (a site: "the Itaguaí naval complex").
    let isHead: Uint8Array | undefined;
    for (let id = 0; id < spellings.length; id++) {
      const t = spellings[id] as Spelling;
      if (t.word && !t.cap && SYSTEM_NOUN.has(t.text) && !/^(?:batter|complex)/.test(t.text)) (isHead ??= new Uint8Array(spellings.length))[id] = 1;
    }
    if (isHead === undefined) return;
    const ids = this.ids;
    const taken = this.taken;
    let found: Map<string, SystemInfo> | undefined;
    for (let h = 2; h < n; h++) {
      if (isHead[ids[h] as number] !== 1 || ((taken[h] as number) & TAKEN) !== 0) continue;
      const next = this.at(h + 1)?.lower ?? '';
      if (this.nl(h + 1) === 0 && (COMPOUND_AFTER_HEAD.has(next) || SYSTEM_CONTEXT_NOUN.has(next) || SYSTEM_NOUN.has(next))) continue;
      // Back over the kind words to the name; a word no list knows may follow a kind word ("multiple cradle launcher").
      let k = h - 1;
      for (; k > 0 && k > h - 4 && this.nl(k + 1) === 0; k--) {
        const t = this.sp(k);
        if (!t.word || t.cap || (!KIND_WORD.has(t.lower) && !MODEL_KIND_WORD.has(t.lower) && !DRIVE.test(t.text) && !KIND_WORD.has(this.sp(k - 1).lower) && !this.techDescriptorAt(k))) break;
      }
      const head = this.sp(h).text;
      if ((k === h - 1 && OWNED_NOUN.has(head)) || !this.kindNameWord(k)) continue;
      // An unknown name before "air defence system" is nearly always the place defended ("the Kyiv
      // air defence system"), not a product, unless it is written as products are, with a capital
      // inside ("the SkyKnight air defence system"); known ones ("Skyranger") are found by name.
      if (this.sp(k + 1).lower === 'air' && /^defen[cs]e$/.test(this.sp(k + 2).lower) && !/[a-z][A-Z]/.test(this.sp(k).text)) continue;
      // The name: one to three capitalised words ("Chiang Kung", "Kronos Power Shield"), not a
      // country's ("United States"); kindNameWord already refuses the words of a fielder ("Royal Australian Navy").
      let from = k;
      while (from > k - 2 && this.kindNameWord(from - 1) && this.nl(from) === 0) from--;
      if (from < 1 || this.nl(from) > 0 || (from < k && countryByKey(this.text.slice(this.starts[from], this.end(k)).toLowerCase()) !== undefined)) continue;
      // The opener, past kind words: "the extended-range Chiang Kung".
      let o = from - 1;
      // (And past who made it: "the DRDO-developed Virupaksha", "the Leonardo Kronos Power Shield".)
      while (o > from - 3 && o > 0 && (KIND_WORD.has(this.sp(o).lower) || MAKER_WORD.has(this.sp(o).lower) || /-(?:developed|built|made|designed)$/.test(this.sp(o).text))) o--;
      const op = this.sp(o).lower;
      if (this.nl(o + 1) > 0 || !(TYPE_DETERMINER.has(op) || op === 'an' || COUNT_WORD.has(op) || COUNT_DIGITS.test(op) || SUPPLY_VERB.test(op))) continue;
      const name = this.text.slice(this.starts[from], this.end(k));
      const key = `s:${normalizeDesignation(name)}`;
      let info = this.infos.get(key);
      if (info === undefined) {
        info = { key, name, category: 'other', kind: this.text.slice(this.starts[k + 1], this.starts[h]).toLowerCase() + singularNoun(head), ambiguous: false, unknown: true };
        this.infos.set(key, info);
      }
      (found ??= new Map()).set(name, info);
      this.emit(from, k + 1, info);
    }
    if (found === undefined) return;
    // The same name elsewhere, with or without a noun ("The Rabdan deal", "with the Sting").
    for (let i = 0; i < n; i++) {
      if (((taken[i] as number) & TAKEN) !== 0 || !this.sp(i).cap) continue;
      const two = i + 1 < n && this.nl(i + 1) === 0 && ((taken[i + 1] as number) & TAKEN) === 0 ? found.get(`${this.sp(i).text} ${this.sp(i + 1).text}`) : undefined;
      const three = two === undefined && i + 2 < n && this.nl(i + 2) === 0 && ((taken[i + 2] as number) & TAKEN) === 0
        ? found.get(`${this.sp(i).text} ${this.sp(i + 1).text} ${this.sp(i + 2).text}`) : undefined;
      if (three !== undefined) { this.emit(i, i + 3, three); i += 2; } else if (two !== undefined) { this.emit(i, i + 2, two); i++; } else if (found.get(this.sp(i).text)?.name.includes(' ') === false) this.emit(i, i + 1, found.get(this.sp(i).text) as SystemInfo);
    }
  }

  /**
   * Whether token k is a technical descriptor findNamedKinds walks back over to the name: a word
   * of TECH_DESCRIPTOR_WORD or a lower-case hyphened adjective ("the Virupaksha gallium-nitride
   * radar", "the Kestrel active phased array radar").
   */
  private techDescriptorAt(k: number): boolean {
    const t = this.sp(k);
    return TECH_DESCRIPTOR_WORD.has(t.lower) || HYPHENED_ADJECTIVE.test(t.text);
  }

  /** Whether token k can be a word of findNamedKinds' name: capitalised, not all capitals, no digit, no possessive, and no country, nationality, maker, fielder or lower-case word. */
  private kindNameWord(k: number): boolean {
    if (k < 0) return false;
    const t = this.sp(k);
    const taken = this.taken;
    const lower = t.lower;
    return t.word && t.cap && !t.upper && t.key === lower && !/[\d-]/.test(lower) && ((taken[k] as number) & TAKEN) === 0 && !NOT_A_KIND_NAME.has(lower) && !MAKER_WORD.has(lower)
      && !DAY_OR_MONTH.has(lower) && nationalityOf(lower) === undefined && countryByKey(lower) === undefined && countryByCapital(lower) === undefined
      && !this.lowerCaseWords().has(lower) && !this.placeWords().has(lower);
  }

  /**
   * Capitalised words this text writes right after a preposition of place ("in Kharkiv", "near
   * Donbas", "over Crimea"): places, whose name before a system's noun says where the system is,
   * not which ("the Kharkiv attack drones"). Built once per text, when findNamedKinds first asks.
   */
  private placeWords(): Set<string> {
    if (this.places === undefined) {
      this.places = new Set();
      const n = this.n;
      for (let i = 0; i + 1 < n; i++) {
        if (!LOCATIVE.has(this.sp(i).text) || this.nl(i + 1) !== 0) continue;
        // Past "the" ("in the Donbas").
        const j = this.sp(i + 1).text === 'the' && i + 2 < n ? i + 2 : i + 1;
        const t = this.sp(j);
        if (t.word && t.cap) this.places.add(t.lower);
      }
    }
    return this.places;
  }

  /** Whether a system's own noun (SYSTEM_NOUN, not SYSTEM_CONTEXT_NOUN) follows token i, after kind words. */
  private followedByOwnNoun(i: number): boolean {
    for (let k = i; k < i + 4 && k < this.n; k++) {
      const t = this.sp(k);
      if (this.nl(k) > 0 || !t.word) return false;
      if (SYSTEM_NOUN.has(t.lower)) return !GENERIC_MODEL_NOUN.has(t.lower);
      if (!KIND_WORD.has(t.lower) && !MODEL_KIND_WORD.has(t.lower)) return false;
    }
    return false;
  }

  /**
   * A system the knowledge base does not know, named in full with its initials in parentheses:
   * "the Future Combat Air System (FCAS)", "Quick Reaction Surface to Air Missile (QRSAM)". The
   * name's capitalised words spell the initials (small words such as "to" and "of" aside) and it
   * ends in a system's noun (DEFINED_SYSTEM_NOUN), which gives its category. The full name and the
   * initials are two mentions, and the initials alone later in the text are more.
   */
  private findDefinedAcronyms(): void {
    let defined: Map<string, { info: SystemInfo; at: number }> | undefined;
    const taken = this.taken;
    const starts = this.starts;
    // The text's parentheses, found by the string search rather than a pass over the tokens
    // (profile: that pass was 0.7% of a 1 MB analysis), each mapped to its token by binary search.
    for (let open = this.text.indexOf('('); open >= 0; open = this.text.indexOf('(', open + 1)) {
      const k = this.firstTokenFrom(open);
      if (k < 1 || k + 2 >= this.n || starts[k] !== open || this.sp(k).text !== '(' || this.nl(k + 1) > 0 || this.at(k + 2)?.text !== ')') continue;
      const acronym = this.sp(k + 1).text;
      if (!DEFINED_ACRONYM.test(acronym) || ((taken[k + 1] as number) & TAKEN) !== 0 || ((taken[k - 1] as number) & TAKEN) !== 0) continue;
      const last = this.sp(k - 1);
      const category = DEFINED_SYSTEM_NOUN.get(last.lower);
      if (category === undefined || !last.cap || this.nl(k) > 0) continue;
      // Back over the name's words: capitalised ones give the initials, read from the end.
      const letters = acronym.charCodeAt(1) === 45 ? acronym.charAt(0) + acronym.slice(2) : acronym;
      let from = k;
      let at = letters.length;
      for (let m = k - 1; m >= 0 && m >= k - 12 && at > 0 && this.nl(m + 1) === 0; m--) {
        const w = this.sp(m);
        if (((taken[m] as number) & TAKEN) !== 0) break;
        if (w.word && w.cap) {
          // A hyphenated word gives the initial of each capitalised part ("Surface-to-Air": S, A).
          // (A small word inside may give one too, in capitals: "Over-the-Horizon" is O, T, H in "A-OTHR".)
          const parts = w.text.split('-').filter((x) => x.length > 0);
          let ok = true;
          for (let q = parts.length - 1; q >= 0 && ok; q--) {
            const c = (parts[q] as string).charCodeAt(0);
            const upper = c >= 65 && c <= 90;
            if (at > 0 && (upper ? c : c - 32) === letters.charCodeAt(at - 1)) at--;
            else if (upper) ok = false;
          }
          if (!ok) break;
          from = m;
          continue;
        }
        if (w.word && DEFINED_NAME_SMALL_WORD.has(w.lower) && m < k - 1) continue;
        break;
      }
      if (at !== 0 || k - from < 2) continue;
      if (REQUIREMENT_AFTER.has(this.at(k + 3)?.lower ?? '') && this.nl(k + 3) === 0) continue;
      // Not a category ("Intercontinental Ballistic Missile (ICBM)", "Unmanned Aerial Vehicle
      // (UAV)": every word generic), nor a "System" outside defence ("Global Positioning System").
      let specific = false;
      let military = last.lower !== 'system' && last.lower !== 'network';
      for (let m = from; m < k; m++) {
        const w = this.sp(m);
        if (!w.word) continue;
        for (const part of w.lower.split('-')) {
          if (part.length > 0 && !GENERIC_SYSTEM_WORD.has(part) && !DEFINED_NAME_SMALL_WORD.has(part)) specific = true;
          // "Main" is a category's word only in "Main Battle Tank": "Main Ground Combat System (MGCS)" is a programme's name.
          if (part === 'main' && this.sp(m + 1).lower !== 'battle') specific = true;
          if (MILITARY_SYSTEM_WORD.has(part)) military = true;
        }
      }
      if (!specific || !military) continue;
      const key = `s:${acronym.toLowerCase()}`;
      const name = this.text.slice(this.starts[from] as number, this.end(k - 1));
      const info: SystemInfo = this.infos.get(key) ?? { key, name, category, kind: last.lower, ambiguous: false, unknown: true };
      this.emit(from, k, info);
      this.emit(k + 1, k + 2, info);
      defined ??= new Map();
      if (!defined.has(acronym)) defined.set(acronym, { info, at: k });
    }
    // A known system's initials after its name: "Conventional Prompt Strike hypersonic missile,
    // or CPS", "the Harpoon Coastal Defense System (HCDS)": the initials of the name's capitalised
    // words (the mention's and those right after it) stand for it from there on.
    // (Found from the initials back to the mention: initials in parentheses or after ", or" are
    // few, the mentions many; asking every mention was 1% of a 1 MB analysis.)
    let byEnd: Map<number, Seen> | undefined;
    for (const at of this.initialsCandidates()) {
      // Back over kind words, then over capitalised words, to the last token of a mention.
      let m = this.sp(at - 1).text === '(' ? at - 2 : at - 3;
      for (let words = 0; words < 4 && m >= 0 && this.sp(m).word && !this.sp(m).cap && ((taken[m] as number) & TAKEN) === 0; words++) m--;
      for (let words = 0; words < 6 && m >= 0 && this.sp(m).word && this.sp(m).cap && ((taken[m] as number) & TAKEN) === 0; words++) m--;
      if (m < 0 || ((taken[m] as number) & TAKEN) === 0) continue;
      if (byEnd === undefined) { byEnd = new Map(); for (const x of this.seen) byEnd.set(x.end, x); }
      const s = byEnd.get(this.end(m));
      if (s === undefined || this.initialsAfter(s.start, s.end) !== at) continue;
      const acronym = this.sp(at).text;
      this.emit(at, at + 1, s.info);
      defined ??= new Map();
      if (!defined.has(acronym)) defined.set(acronym, { info: s.info, at });
    }
    if (defined === undefined) return;
    // The initials alone after their definition.
    for (let k = 0; k < this.n; k++) {
      const t = this.sp(k);
      if (!t.upper || ((taken[k] as number) & TAKEN) !== 0) continue;
      const def = defined.get(t.text.endsWith("'s") || t.text.endsWith('’s') ? t.text.slice(0, -2) : t.text);
      if (def !== undefined && def.at < k) this.emit(k, k + 1, def.info);
    }
  }

  /** The first token that starts at or after `offset` (n when none does): a binary search. */
  private firstTokenFrom(offset: number): number {
    let lo = 0;
    let hi = this.n;
    while (lo < hi) { const mid = (lo + hi) >>> 1; if ((this.starts[mid] as number) < offset) lo = mid + 1; else hi = mid; }
    return lo;
  }

  /**
   * Tokens that may define initials: capitals in parentheses ("(HCDS)") or after ", or" (", or
   * CPS"), not yet part of a mention.
   */
  private initialsCandidates(): number[] {
    const out: number[] = [];
    const text = this.text;
    for (const [mark, offset] of [['(', 1], [', or ', 2]] as const) {
      for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
        const c = text.charCodeAt(at + mark.length);
        if (c < 65 || c > 90) continue;
        const lo = this.firstTokenFrom(at);
        const k = lo + offset;
        if (lo < 2 || k >= this.n || this.starts[lo] !== at || !DEFINED_ACRONYM.test(this.sp(k).text) || ((this.taken[k] as number) & TAKEN) !== 0) continue;
        if (mark === '(' && this.at(k + 1)?.text !== ')') continue;
        out.push(k);
      }
    }
    return out;
  }

  /**
   * The token of initials defined right after a system's mention at [start, end): capitalised words
   * may go on from it, then up to four kind words or system nouns, then "(INITIALS)" or ", or
   * INITIALS", whose letters are the capitalised words' initials from the mention's start
   * ("Conventional Prompt Strike hypersonic missile, or CPS"). -1 when none is.
   */
  private initialsAfter(start: number, end: number): number {
    const a = this.firstTokenFrom(start);
    let k = a;
    let initials = '';
    // The letters the name's first word gives: its proper name may stand outside the initials
    // ("Typhon Mid-Range Capability (MRC)").
    let firstLetters = -1;
    for (; k < this.n && k < a + 8 && this.nl(k) === 0; k++) {
      const w = this.sp(k);
      if ((this.starts[k] as number) >= end && !(w.word && w.cap)) break;
      if (!w.word) { if ((this.starts[k] as number) < end) continue; break; }
      for (const part of w.text.split('-')) { const c = part.charCodeAt(0); if (c >= 65 && c <= 90) initials += part.charAt(0); }
      // (Only a word of letters: "AN/APG-83 Active Electronically Scanned Array (AESA)" names a technology.)
      if (firstLetters < 0) firstLetters = /\d/.test(w.text) ? 0 : initials.length;
    }
    // A body named after the system is no system: "the GCAP International Government
    // Organisation (GIGO)", "the F-35 Joint Program Office (JPO)".
    if (k > a && (this.starts[k - 1] as number) >= end && ORG_HEAD_WORD.has(this.sp(k - 1).lower)) return -1;
    for (let words = 0; words < 4 && k < this.n && this.nl(k) === 0 && this.sp(k).word && !this.sp(k).cap
      && (KIND_WORD.has(this.sp(k).lower) || SYSTEM_NOUN.has(this.sp(k).lower)); words++) k++;
    let at = -1;
    if (this.at(k)?.text === '(' && this.at(k + 2)?.text === ')' && this.nl(k + 1) === 0) at = k + 1;
    else if (this.at(k)?.text === ',' && this.at(k + 1)?.lower === 'or' && this.nl(k + 2) === 0) at = k + 2;
    if (at < 0 || at >= this.n) return -1;
    const acronym = this.sp(at).text;
    if (!DEFINED_ACRONYM.test(acronym) || ((this.taken[at] as number) & TAKEN) !== 0) return -1;
    const letters = acronym.replace('-', '');
    return letters === initials || (firstLetters > 0 && letters.length >= 2 && letters === initials.slice(firstLetters)) ? at : -1;
  }

  /** Token k is a "+" written onto the word before it and followed by no word character. */
  private plusAfter(k: number): boolean {
    const t = this.at(k);
    if (t === undefined || t.text !== '+' || this.space(k) || this.nl(k) > 0) return false;
    const next = this.at(k + 1);
    return next === undefined || this.space(k + 1) || this.nl(k + 1) > 0 || !next.word;
  }

  /**
   * After a country's abbreviation at k - 1 ("U.S"), the end of "-made", "-built" and the like
   * written onto it ("U.S.-made": a period, a hyphen and the word, unspaced); k when none follows.
   */
  private madeSuffixEnd(k: number): number {
    let m = k;
    if (this.at(m)?.text === '.' && !this.space(m)) m++;
    if (this.at(m)?.text !== '-' || this.space(m)) return k;
    const suffix = this.at(m + 1);
    return suffix !== undefined && !this.space(m + 1) && MADE_SUFFIX.has(suffix.lower) ? m + 2 : k;
  }

  /**
   * Whether the words from token k back to a comma after a system's name are an appositive's
   * opening: "the FA-50PL, the Polish" before "version of ..." (a few words, on one line).
   */
  private apposedToName(k: number): boolean {
    for (let m = k; m >= 1 && m > k - 6; m--) {
      if (this.nl(m + 1) > 0) return false;
      const w = this.sp(m);
      if (w.text === ',') return ((this.taken[m - 1] as number) & TAKEN) !== 0;
      if (!w.word && w.text !== '-') return false;
    }
    return false;
  }

  /**
   * Whether token k (after "in") is a year or a state (IN_STATE): "in 2024", "in service". (Not a
   * place: "He saw the vehicle in Kyiv" is as often another vehicle.)
   */
  private inYearOrState(k: number): boolean {
    const w = this.at(k);
    return w !== undefined && this.nl(k) === 0 && (YEAR.test(w.text) || IN_STATE.has(w.lower));
  }

  /**
   * Whether the preposition at k opens an adjunct of the verb, not a phrase that narrows the head
   * before it: a month or a day ("inspected the ships in June"), "in question", or a country
   * after "to" or "for" ("delivered the jets to Taiwan", "built the jets for Taiwan"), or a number
   * after "to", where a count goes ("bring its fleet of the French jet to 84").
   */
  private adjunctAfter(k: number): boolean {
    const p = this.sp(k).lower;
    const w = this.at(k + 1);
    if (w === undefined || this.nl(k + 1) > 0 || (p !== 'in' && p !== 'to' && p !== 'for')) return false;
    if (p === 'in') return DAY_OR_MONTH_WORD.has(w.lower) || w.lower === 'question';
    if (p === 'to' && COUNT_DIGITS.test(w.text)) return true;
    // An infinitive after a bare head says what it will do: "expected the jets to arrive next year"
    // (a lower-case word after "to" that no noun phrase opens with; "to the navy", "to its ally" go on).
    // (Only right after its article, as a bare head is read near its system: "needs the new
    // frigates to fill the gap" after three designs, "relied on the U.S.-made system to shoot
    // down" after two, were the wrong ones.)
    if (p === 'to' && k >= 2 && DETERMINER.has(this.sp(k - 2).lower) && w.word && !w.cap && !DETERMINER.has(w.lower) && !TO_NOUN_OPENER.has(w.lower) && !isAsciiDigit(w.text.charCodeAt(0))) return true;
    return w.cap && countryByKey(w.key) !== undefined;
  }

  /**
   * The systems among seen[from, to) named as the object of "replace" or "succeed" ("replaces the
   * Challenger 2", "to succeed its F-16s"), which a reference to "the new" one does not mean; or
   * undefined for none. Asked only of "the new ..." with several fitting systems.
   */
  private replacedIn(from: number, to: number): Set<string> | undefined {
    let out: Set<string> | undefined;
    for (let r = from; r < to; r++) {
      const o = this.seen[r] as Seen;
      if (REPLACED_BEFORE.test(this.text.slice(Math.max(0, o.start - 30), o.start))) (out ??= new Set()).add(o.info.key);
    }
    return out;
  }

  /**
   * Of several systems a back-reference fits (`candidates`, the one named last at the end), the
   * one it means. The reference's own words narrow them down first: a modifier found in a
   * system's kind ("the stealth fighter" after the J-10 and the J-35, "the nuclear boat" after two
   * diesel classes), a head noun of one role (NARROWING_HEAD: "the howitzers" after the K9
   * self-propelled howitzer and the Chunmoo rocket launcher), and "new" or "upgraded" for a system
   * still in development or planned ("The new missile" after the Taurus KEPD 350 and the Taurus
   * Neo). Of those left, the one the text has named most often in the reference's window is its
   * subject ("the jets" after three J-35s and a KJ-500 in passing), and on a tie the one named
   * last ("The aircraft, ordered under a Letter of Offer" after the Eurofighter, then the F-35).
   * Undefined when a plural head follows a list of two of them ("The F-35A and the F-16 ... The
   * jets" means both). `seenFrom`/`seenTo` bound the mentions the reference can mean in `seen`.
   */
  private latestFitting(candidates: Map<string, SystemInfo>, opener: number, from: number, head: number, seenFrom: number, seenTo: number): SystemInfo | undefined {
    let fitting = [...candidates.values()];
    const narrow = (fits: (c: SystemInfo) => boolean): void => {
      const narrowed = fitting.filter(fits);
      if (narrowed.length > 0) fitting = narrowed;
    };
    for (let m = from; m < head && fitting.length > 1; m++) {
      const w = this.sp(m).lower;
      if (nationalityOf(w) === undefined) narrow((c) => kindHasWord(c, w));
    }
    const headWord = this.sp(head).key;
    const noun = singularNoun(headWord);
    if (fitting.length > 1 && NARROWING_HEAD.has(noun)) narrow((c) => kindHasWord(c, noun));
    // A navy's "boat" is a submarine: "the S26T submarine ... a frigate instead of the boat".
    if (fitting.length > 1 && noun === 'boat') narrow((c) => c.category === 'submarine');
    const first = this.sp(opener + 1).lower;
    if (fitting.length > 1 && opener + 1 < head && (first === 'new' || UPGRADE_WORD.has(first))) narrow((c) => IN_DEVELOPMENT.test(c.kind ?? ''));
    // Nor is the new one a system the text says is being replaced: "Challenger 3 replaces the
    // Challenger 2. ... the new tank" is the Challenger 3 (see replacedIn).
    if (fitting.length > 1 && first === 'new' && opener + 1 < head) {
      const replaced = this.replacedIn(seenFrom, seenTo);
      if (replaced !== undefined) narrow((c) => !replaced.has(c.key));
    }
    if (fitting.length === 1) return fitting[0];
    if (noun !== headWord && seenTo - 2 >= seenFrom) {
      const a = this.seen[seenTo - 2] as Seen;
      const b = this.seen[seenTo - 1] as Seen;
      // (Two variants of one family named together are that family's, when it was named: "400
      // Tomahawk missiles, a mix of Tomahawk Block IV and Block V rounds ... the missiles".)
      if (a.info.key !== b.info.key && LIST_BETWEEN.test(this.text.slice(a.end, b.start))) {
        return a.info.familyKey !== undefined && a.info.familyKey === b.info.familyKey ? fitting.find((c) => c.key === a.info.familyKey) : undefined;
      }
    }
    const sentence = this.sentences[opener] ?? 0;
    const echoes = (c: SystemInfo): boolean => {
      for (let r = seenTo - 1; r >= seenFrom; r--) {
        const o = this.seen[r] as Seen;
        if (sentence - o.sentence > 3) return false;
        if (o.info.key === c.key && o.noun === noun) return true;
      }
      return false;
    };
    let best = fitting[fitting.length - 1];
    let bestCount = 0;
    for (let q = fitting.length - 1; q >= 0; q--) {
      const c = fitting[q] as SystemInfo;
      let count = 0;
      for (let r = seenFrom; r < seenTo; r++) if ((this.seen[r] as Seen).info.key === c.key) count++;
      if (count > bestCount) {
        best = c;
        bestCount = count;
      }
    }
    // The nearest fitting system wins over one named more often further back when it is named in
    // the reference's sentence and that one is not ("... the JF-17 (three times). Pakistan also
    // operates the J-10C, and officials cite ... the fighter's maturity").
    for (let r = seenTo - 1; r >= seenFrom && best !== undefined; r--) {
      const o = this.seen[r] as Seen;
      if (o.sentence !== sentence) break;
      if (o.info.key === best.key) break;
      // (Not a variant of the one named most: "Rafale orders ... 80 Rafale F4 jets, while Qatar
      // has operated 36 of the aircraft" are Rafales.)
      if (fitting.includes(o.info)) {
        let bestHere = o.info.familyKey === best.key || best.familyKey === o.info.key;
        for (let q = r - 1; q >= seenFrom && !bestHere; q--) {
          const p = this.seen[q] as Seen;
          if (p.sentence !== sentence) break;
          bestHere = p.info.key === best.key;
        }
        if (!bestHere) { best = o.info; bestCount = 0; }
        break;
      }
    }
    // But another system written with the reference's noun within three sentences may be the
    // one it repeats ("two more Patriot systems. Kyiv also uses NASAMS. The systems would come
    // from Army stocks"): then no one system is sure.
    if (best !== undefined && !echoes(best) && fitting.some((c) => c !== best && echoes(c))) return undefined;
    // A plural covers every fitting system named together: when the latest two that fit were
    // named in one sentence and neither more often than the other ("Ground Master 200 radars and
    // Mistral missiles. The French systems ..."; "the BRP Sierra and the smaller BRP Luna ... the
    // Philippine vessels"), it means both, and no one system is marked.
    if (noun !== headWord && best !== undefined && this.pluralCoversTwo(fitting, seenFrom, seenTo, best, bestCount)) return undefined;
    return best;
  }

  /**
   * Whether the latest two mentions among seen[seenFrom .. seenTo) of systems in `fitting` are of
   * two different systems joined by "and" or "or" in one sentence, `best` (named bestCount times)
   * one of them and the other named as often (see latestFitting): "S-400 radars and Pantsir missiles".
   */
  private pluralCoversTwo(fitting: readonly SystemInfo[], seenFrom: number, seenTo: number, best: SystemInfo, bestCount: number): boolean {
    let latest: Seen | undefined;
    for (let r = seenTo - 1; r >= seenFrom; r--) {
      const o = this.seen[r] as Seen;
      if (!fitting.includes(o.info)) continue;
      if (latest === undefined) { latest = o; continue; }
      if (o.info.key === latest.info.key) continue;
      // (Joined by "and" or "or", with at most a noun or two between: "radars and", "and the smaller".)
      if (o.sentence !== latest.sentence || !COORDINATED_PAIR.test(this.text.slice(o.end, latest.start))) return false;
      // (Both named as often as the system chosen, which is one of them.)
      const other = o.info.key === best.key ? latest.info : latest.info.key === best.key ? o.info : undefined;
      if (other === undefined) return false;
      let count = 0;
      for (let q = seenFrom; q < seenTo; q++) if ((this.seen[q] as Seen).info.key === other.key) count++;
      return count === bestCount;
    }
    return false;
  }

  /**
   * Whether the sentence of a reference's head (token k) goes on, within a dozen words, to name a
   * system with "known as", "referred to as", "dubbed", "called" or "named": the description
   * then introduces that name rather than repeating an earlier one ("The fighter jet being
   * designed under the programme, long referred to as Tempest, is due to fly"). Asked only at
   * the few heads that reach it.
   */
  private namedLater(k: number): boolean {
    const sentence = this.sentences[k] ?? 0;
    for (let m = k + 1; m < k + 14 && m + 1 < this.n; m++) {
      if ((this.sentences[m] ?? 0) !== sentence) return false;
      const w = this.sp(m).lower;
      let name = -1;
      if ((w === 'known' || w === 'referred') && this.sp(m + 1).lower === (w === 'known' ? 'as' : 'to') && this.at(m + 2)?.lower === 'as') name = m + 3;
      else if (w === 'known' && this.sp(m + 1).lower === 'as') name = m + 2;
      else if (w === 'dubbed' || w === 'called' || w === 'named' || w === 'codenamed') name = m + 1;
      if (name < 0) continue;
      if (this.at(name)?.lower === 'the') name++;
      return name < this.n && ((this.taken[name] as number) & TAKEN) !== 0;
    }
    return false;
  }

  /** How many classes (systems whose kind says "class") seen[from .. to) names within three sentences of `sentence`, up to two. */
  private classesBefore(to: number, from: number, sentence: number): number {
    let first: string | undefined;
    for (let r = to - 1; r >= from; r--) {
      const o = this.seen[r] as Seen;
      if (sentence - o.sentence > 3) break;
      if (!kindHasWord(o.info, 'class') || o.info.key === first) continue;
      if (first !== undefined) return 2;
      first = o.info.key;
    }
    return first === undefined ? 0 : 1;
  }

  /** Whether a mention of `info` among seen[from .. to) has a noun and names more than one item ("two Kh-101 cruise missiles"). */
  private namedAsMany(info: SystemInfo, from: number, to: number): boolean {
    for (let r = from; r < to; r++) {
      const o = this.seen[r] as Seen;
      if (o.info.key === info.key && o.noun !== undefined && o.one !== true) return true;
    }
    return false;
  }

  /** Whether every mention of `info` among seen[from .. to) names a single item (Seen.one). */
  private onlyOneNamed(info: SystemInfo, from: number, to: number): boolean {
    let any = false;
    for (let r = from; r < to; r++) {
      const o = this.seen[r] as Seen;
      if (o.info.key !== info.key) continue;
      // (A mention without a noun says nothing of the number: "the Palestine-2 resembles".)
      if (o.noun === undefined) continue;
      if (o.one !== true) return false;
      any = true;
    }
    return any;
  }

  /**
   * Whether the head at token k is the subject of "identified as", "appeared to be" or "seemed to
   * be" (after "was", "were", "is", "are" or nothing) and a system named within two capitalised
   * words: the sentence says what it is, another system than one named before ("The drones
   * appeared to be Samad-3 long-range drones").
   */
  private identifiedAs(k: number): boolean {
    let m = k + 1;
    const at = (q: number): string => (q < this.n && this.nl(q) === 0 ? this.sp(q).lower : '');
    if (IS_WORD.has(at(m))) m++;
    const v = at(m);
    if (v === 'identified' && at(m + 1) === 'as') m += 2;
    else if ((v === 'appeared' || v === 'appear' || v === 'appears' || v === 'seemed' || v === 'seem' || v === 'seems') && at(m + 1) === 'to' && at(m + 2) === 'be') m += 3;
    else return false;
    for (let q = m; q < m + 3 && q < this.n && this.nl(q) === 0; q++) {
      if (((this.taken[q] as number) & TAKEN) !== 0) return true;
      if (!this.sp(q).cap) return false;
    }
    return false;
  }

  /** "the missile systems", "the Russian system": linked when exactly one earlier system fits. */
  private findBackReferences(): void {
    const seen = this.seen;
    if (seen.length === 0) return;
    const n = this.n;
    // Systems mentioned before the current token are seen[from .. seenIdx), in order (seen is
    // sorted by start; they were copied into an array of their own before). Only those within 12
    // sentences can be meant, and sentence numbers only grow, so `from` moves past the rest for good.
    let seenIdx = 0;
    let from = 0;
    const taken = this.taken;
    const openers = this.openers;
    // Only "the", "these", "this" and "those" open a reference; `last` is the last token of the latest one found.
    let last = -1;
    // The last bare reference and what it referred to (see the repeated head below).
    let chain: { info: SystemInfo; head: string; sentence: number; start: number } | undefined;
    for (let o = 0; o < openers.length; o++) {
      const i = openers[o] as number;
      if (i <= last || ((taken[i] as number) & TAKEN) !== 0) continue;
      // "a Su-57E, the export version of the fifth-generation fighter": what a variant is a
      // version of is the family as a kind, in an appositive to the variant's name, no reference
      // back ("an upgraded version of the helicopter" is one). Asked of "of" first.
      if (i > 1 && this.sp(i - 1).lower === 'of' && VERSION_NOUN.has(this.sp(i - 2).lower) && this.apposedToName(i - 3)) continue;
      const tStart = this.starts[i] as number;
      while (seenIdx < seen.length && (seen[seenIdx] as { start: number }).start < tStart) seenIdx++;
      let k = i + 1;
      let modifiers = 0;
      // Where the kind's words start: after a country's "-made" ("The U.S.-made jets" are jets).
      let kindFrom = i + 1;
      while (k < n && k < i + 5) {
        const w = this.sp(k);
        if (this.nl(k) > 0 || !w.word || ((taken[k] as number) & TAKEN) !== 0) break;
        // "The new boats" are the boats just named, as "the boats" are: "new" narrows nothing down.
        // (Not a count or an ordinal: "the 180 tanks" are items of an order, "the first boat" one
        // hull of the class.)
        // Nor do "upgraded" and "improved": "The upgraded missile flew 500 km" after the PrSM.
        // Nor does "same" before a bare head: "The UAE bought the same system" is the one just
        // named ("share the same combat aircraft" compares).
        // Nor "additional": "two additional P-8A aircraft. The additional aircraft will be procured".
        if (k === i + 1 && (w.lower === 'new' || w.lower === 'additional' || UPGRADE_WORD.has(w.lower) || (w.lower === 'same' && this.nl(k + 1) === 0 && BARE_HEAD.has(this.at(k + 1)?.lower ?? '')))) { k++; kindFrom = k; continue; }
        // Nor does what was done to it, a participle before the head: "the donated system" after
        // "one Patriot battery ... to donate" (still a bare head, so a system just named).
        if (k === i + 1 && w.lower.length > 5 && w.lower.endsWith('ed') && !w.cap && this.nl(k + 1) === 0 && this.at(k + 1) !== undefined
          && roleOf(factsOf(this.sp(k + 1))) === ROLE_HEAD) { k++; kindFrom = k; continue; }
        // A wheeled vehicle's drive is its kind: "The 8x8 vehicle" is the wheeled carrier named before.
        if (DRIVE.test(w.text)) { modifiers++; k++; continue; }
        // The set tests of the words, cached (systemFacts).
        const role = roleOf(factsOf(w));
        if (role === ROLE_MODIFIER) {
          modifiers++;
          const to = this.madeSuffixEnd(k + 1);
          if (to > k + 1) kindFrom = to;
          k = to;
          continue;
        }
        if (role !== ROLE_HEAD) break;
        // A head noun before another is a modifier if it is also a kind word ("fighter jets").
        const nx = this.at(k + 1);
        if (!(nx && roleOf(factsOf(nx)) === ROLE_HEAD && this.nl(k + 1) === 0)) break;
        // So is a role head before "system": "The laser system" is the system, its span the whole phrase.
        if (KIND_WORD.has(w.lower) || countryByDemonymKey(w.lower) || (KIND_HEAD.has(w.lower) && nx.lower.startsWith('system'))) { modifiers++; k++; continue; }
        break;
      }
      const head = this.at(k);
      if (!head || this.nl(k) > 0 || ((taken[k] as number) & TAKEN) !== 0) continue;
      // A possessive head is the system too, its "'s" left out of the span: "the tank's new gun",
      // "the missile's range" (the head's word is its key).
      const possessive = head.key !== head.lower && NOMINAL_HEAD[head.key] !== undefined;
      if (roleOf(factsOf(head)) !== ROLE_HEAD && !possessive) continue;
      const hl = possessive ? head.key : head.lower;
      const cats = NOMINAL_HEAD[hl] as string[];
      // "The ICBM" alone repeats the class of weapon as often as a system ("fired what appeared to
      // be an intercontinental ballistic missile (ICBM) ... The ICBM was launched"): with a word
      // before it only ("the new ICBM"), and so the other acronyms (CATEGORY_ACRONYM).
      if (k === i + 1 && ACRONYM_HEAD.has(hl)) continue;
      // A bare "the system" is too vague anywhere ("the political system"); it needs a modifier
      // ("the Russian system", "the missile system"), or (see `bare` below) a system just named.
      const bare = modifiers === 0 && BARE_HEAD.has(hl);
      const next = this.at(k + 1);
      // A noun after the head makes it a modifier of another thing: "the air and missile defense
      // reporter", "the missile launchers", "the tank factory".
      // (Not after a possessive head, whose noun is what it owns: "the nuclear submarine's budget";
      // but "the ship's company" is its crew, a phrase of its own.)
      if (next && (!possessive || next.lower === 'company') && this.nl(k + 1) === 0 && COMPOUND_AFTER_HEAD.has(next.lower)) continue;
      // So does a lower-case word that a verb of being follows: "The frigate picture is bleaker"
      // (not an adverb nor a joiner: "The frigate now is", "The frigate reportedly was", "the launchers and is").
      if (!possessive && next?.word && !next.cap && this.nl(k + 1) === 0 && IS_WORD.has(this.at(k + 2)?.lower ?? '') && !DETERMINED_NAME_FOLLOWER.has(next.lower)
        && !/ly$|^(?:now|also|still|then|already|too)$/.test(next.lower)) continue;
      // "the system of government", "the system's" (whose is unclear).
      if (bare && ((next !== undefined && this.nl(k + 1) === 0 && (next.lower === 'of' || next.lower === "'s" || next.lower === '’s')) || (head.key !== head.lower && !possessive))) continue;
      // (But a year after "in" is when: "will procure the vehicle in 2024"; and a state is how:
      // "the jets in service".)
      if (next && this.nl(k + 1) === 0 && NOT_AFTER_HEAD.has(next.lower) && hl !== 'aircraft'
        && !(next.lower === 'in' && this.inYearOrState(k + 2)) && !this.adjunctAfter(k + 1)) continue;
      // A relative clause without "that" makes the head any that fit it: "do you have the
      // interceptors you need?" (a subject pronoun right after the head).
      if (next && this.nl(k + 1) === 0 && SUBJECT_PRONOUN.has(next.lower)) continue;
      // A ship's type before a name is that ship's, or an airline's: "the carrier Emirates".
      if (cats[0] === 'ship' && next && this.nl(k + 1) === 0 && next.cap) continue;
      // A capitalised head that goes on into a capitalised word is part of a name: "the
      // Australian Submarine Agency", "The Missile Defense Agency".
      if (head.cap && next && next.word && next.cap && this.nl(k + 1) === 0 && ((taken[k + 1] ?? 0) & TAKEN) === 0) continue;
      // Nor an appositive after the name: "the B-21 Raider, the stealth bomber built by Northrop".
      if (i >= 2 && this.at(i - 1)?.text === ',' && this.nl(i - 1) === 0 && ((taken[i - 2] as number) & TAKEN) !== 0) continue;
      // Appositive to a name ("the missile system, the S-400") is not marked.
      // (Also with the name's article: "The system, the S-300, failed".)
      if (next && (next.text === ',' || next.text === '–' || next.text === '—')
        && (((taken[k + 2] ?? 0) & TAKEN) !== 0 || (this.at(k + 2)?.lower === 'the' && ((taken[k + 3] ?? 0) & TAKEN) !== 0))) continue;
      // Nor a description that the sentence goes on to name: "The fighter jet being designed
      // under the programme, long referred to as Tempest, ..." (cataphoric, see namedLater).
      // (A description opening its sentence, with words after its head: "the system, also known as
      // the KM-SAM" is the system named before, by another name.)
      if ((i === 0 || this.sentences[i - 1] !== this.sentences[i]) && this.at(k + 1)?.text !== ',' && this.namedLater(k)) continue;
      const sentence = this.sentences[i] ?? 0;
      while (from < seenIdx && sentence - (seen[from] as { sentence: number }).sentence > 12) from++;
      const candidates = new Map<string, SystemInfo>();
      for (let r = from; r < seenIdx; r++) {
        // A bare head refers to a system named in its sentence or the one before, of its kind (see BARE_HEAD).
        // So does "the weapon" with a modifier ("the long-range weapon"): a weapon is any system.
        if ((bare || hl === 'weapon') && sentence - (seen[r] as { sentence: number }).sentence > 1) continue;
        const info = (seen[r] as { info: SystemInfo }).info;
        if (bare && !bareFits(hl, info, cats)) continue;
        const shipType = SHIP_TYPE_HEAD.get(hl);
        const role = KIND_HEAD.get(hl);
        if ((cats.includes(info.category) || (modifiers === 0 && unknownOfHeadCategory(info, hl, cats))) && (shipType === undefined || ` ${info.kind} `.includes(` ${shipType} `)) && (role === undefined || kindHasWord(info, role))) {
          // (Re-inserted, so that the candidates go from the one named longest ago to the latest.)
          candidates.delete(info.key);
          candidates.set(info.key, info);
        }
      }
      // A bare head of a category ("the drone", "the ship") reaches further back within its
      // paragraph while one system of it is all the paragraph has named: "The Eurodrone reached its design review. OCCAR manages the
      // contract. Its director said that the drone remained on cost." (Asked only when nothing
      // was named in the sentence or the one before; a line break ends the paragraph.)
      if (bare && candidates.size === 0 && BARE_CATEGORY_HEAD.has(hl)) {
        const para = this.text.lastIndexOf('\n', tStart);
        let only: SystemInfo | undefined;
        for (let r = seenIdx - 1; r >= from; r--) {
          const o = seen[r] as Seen;
          if (o.start < para) break;
          if (!cats.includes(o.info.category) || !bareFits(hl, o.info, cats)) continue;
          if (only !== undefined && only.key !== o.info.key) { only = undefined; break; }
          only = o.info;
        }
        if (only !== undefined) candidates.set(only.key, only);
      }
      // "the missiles launched at Israeli territory" are the incoming ones, no interceptor named before.
      if (singularNoun(hl) !== hl && next !== undefined && (next.lower === 'launched' || next.lower === 'fired') && INCOMING_AFTER.has(this.at(k + 2)?.lower ?? '')) {
        for (const [key, c] of candidates) if (intercepts(c)) candidates.delete(key);
      }
      const demonyms = [];
      // Whether a country is said to have built it ("Korean-built"): a prefixed ship's origin is
      // its navy (see matchShip), which another country may have built.
      let builtBy = false;
      for (let m = i + 1; m < k; m++) {
        const lower = this.sp(m).lower;
        const c = nationalityOf(lower);
        if (c) demonyms.push(...(jointNationalities(lower) ?? [c]));
        if (c && madeIn(lower) !== undefined) builtBy = true;
      }
      if (demonyms.length) {
        for (const [key, info] of candidates) if (info.origin && !(builtBy && key.startsWith('s:ship:')) && !demonyms.some((d) => originIs(info.origin as string, d))) candidates.delete(key);
        // A system of that country alone goes before a joint one ("the German system" is IRIS-T
        // SLM, not the Meteor that Germany builds with five others).
        // (Not when two are named: "the Indian-Russian missile" is the joint one.)
        if (candidates.size > 1 && demonyms.length === 1 && [...candidates.values()].some((c) => c.origin !== undefined && !c.origin.includes('; '))) {
          for (const [key, info] of candidates) if (info.origin === undefined || info.origin.includes('; ')) candidates.delete(key);
        }
      }
      // "the interceptor" after an attack missile and an air defence system is the air defence
      // system's: only a system that intercepts (by its category or what the knowledge base says
      // it is) stays a candidate.
      if (candidates.size > 1 && (hl === 'interceptor' || hl === 'interceptors')) {
        for (const [key, c] of candidates) if (!intercepts(c)) candidates.delete(key);
      }
      // "two more Patriot systems ... The systems would come from Army stocks" after NASAMS, "18
      // CAESAR howitzers ... (a sentence) ... test the howitzers": the reference repeats the noun
      // written after the latest mention (the last system named), within three sentences, and
      // means that system.
      let echo: SystemInfo | undefined;
      // Whether the noun was the last system's but another system's too, or said of a list: then
      // no one system is meant.
      let vetoed = false;
      if (candidates.size !== 1 && demonyms.length === 0 && k === i + 1) {
        const noun = singularNoun(hl);
        const s = seenIdx > from ? seen[seenIdx - 1] as Seen : undefined;
        if (s !== undefined && sentence - s.sentence <= 3 && s.noun === noun && cats.includes(s.info.category)) {
          echo = s.info;
          // Not the last of a list the noun is said of ("The F-35A and F-16 fighter jets ... The
          // jets"), nor when another system had the same noun ("the LTAMDS radar will replace the
          // AN/MPQ-65 radar. The radar ...").
          const prev = seenIdx - 2 >= from ? seen[seenIdx - 2] as Seen : undefined;
          if (prev !== undefined && LIST_BETWEEN.test(this.text.slice(prev.end, s.start))) echo = undefined;
          for (let r = seenIdx - 2; r >= from && echo !== undefined; r--) {
            const o = seen[r] as Seen;
            if (sentence - o.sentence > 3) break;
            if (o.noun === noun && o.info.key !== s.info.key) echo = undefined;
          }
          vetoed = echo === undefined;
        }
      }
      if (vetoed) continue;
      // "the class" after two classes named within three sentences is either ("the baseline
      // Mogami-class frigates ... its Hobart-class destroyers. Japanese ships of the class").
      if (hl === 'class' && this.classesBefore(seenIdx, from, sentence) > 1) continue;
      let info = echo ?? (candidates.size === 1 ? [...candidates.values()][0] : this.latestFitting(candidates, i, kindFrom, k, from, seenIdx));
      // A bare head repeated from the sentence before, where it referred to a system, refers to it
      // again when no system has been named since: "the Hwasong-19 ... The missile flew far. Japan
      // said the missile had landed ...".
      if (info === undefined && bare && candidates.size === 0 && chain !== undefined && chain.head === hl && sentence - chain.sentence <= 1
        && (seenIdx === 0 || (seen[seenIdx - 1] as Seen).start < chain.start)) info = chain.info;
      if (info === undefined) continue;
      // A plural is no repetition of a system named only as one item: "intercepted a Palestine-2
      // missile ... 90% of the missiles launched from Yemen", "shot down an MQ-9 Reaper drone. The
      // drones ..." are others.
      if (singularNoun(hl) !== hl && this.onlyOneNamed(info, from, seenIdx)) continue;
      // "both" counts two of a system written with a plural noun ("two Kh-101 cruise missiles ...
      // both cruise missiles"); after a ship's name it is that ship and another ("both Korean-built ships").
      if (this.sp(i).lower === 'both' && !this.namedAsMany(info, from, seenIdx)) continue;
      // Nor is a description the sentence identifies as another system: "the missiles were
      // identified as Quds Z-0 cruise missiles", "The drones appeared to be Samad-3 drones".
      if (this.identifiedAs(k)) continue;
      if (bare) chain = { info, head: hl, sentence, start: tStart };
      for (let m = i; m <= k; m++) taken[m] = (taken[m] as number) | TAKEN;
      const headEnd = this.end(k) - (possessive ? 2 : 0);
      const kind = this.text.slice(this.starts[kindFrom] as number, headEnd).toLowerCase().replace(/(?<!s)s$/, '');
      // (A bare "the system" says nothing of the kind: the name's kind stays the entity's.)
      this.spans.push({ type: 'system', start: tStart, end: headEnd, nominal: true, key: info.key, name: info.name, attributes: bare ? {} : { kind }, priority: 4 });
      last = k;
    }
  }
}
