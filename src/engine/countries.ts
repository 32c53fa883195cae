/**
 * Country names and nationality adjectives, from the maintained `world-countries` package
 * (the build keeps only the name, code and demonym fields). A few forms that news text uses
 * and the package does not list ("U.S.", "Britain", "Soviet") are added with a reason each
 * (see buildCountryTables in kbIndex.ts).
 */
import { COMPILED } from './data/compiled';
import type { CountryInfo } from './kbIndex';
import { SEARCHES_BEFORE_MAP, countryWords } from './kbIndex';

export type { CountryInfo };

// The tables are built from the package by kbIndex.ts (buildCountryTables), once, at build time.
const tables = COMPILED.countries;
const byName = new Map<string, CountryInfo>();
const byDemonym = new Map<string, CountryInfo>();
for (let i = 0; i < tables.names.length; i++) byName.set(tables.names[i] as string, tables.infos[tables.nameInfo[i] as number] as CountryInfo);
for (let i = 0; i < tables.demonyms.length; i++) byDemonym.set(tables.demonyms[i] as string, tables.infos[tables.demonymInfo[i] as number] as CountryInfo);

let byCapital: Map<string, CountryInfo> | undefined;
/** Country whose capital a city is, by the city's name in lower case ("new delhi", "jerusalem"); built on first use. */
export function countryByCapital(key: string): CountryInfo | undefined {
  if (byCapital === undefined) {
    byCapital = new Map();
    for (let i = 0; i < tables.capitals.length; i++) byCapital.set(tables.capitals[i] as string, tables.infos[tables.capitalInfo[i] as number] as CountryInfo);
  }
  return byCapital.get(key);
}

/** Country for a name ("Russia", "the Russian Federation" without article, "U.S."). */
export function countryByName(s: string): CountryInfo | undefined {
  return byName.get(s.toLowerCase().replace(/’/g, "'"));
}

/**
 * The two different countries a word joins with a hyphen or an en dash ("Japan-U.S.",
 * "Iran–Russia", "US-India"), by their names; undefined for any other word.
 */
export function countryPairOfWord(word: string): [CountryInfo, CountryInfo] | undefined {
  const pair = word.split(/[-\u2013]/);
  if (pair.length !== 2) return undefined;
  const a = countryByName(pair[0] as string);
  const b = countryByName(pair[1] as string);
  return a && b && a !== b ? [a, b] : undefined;
}

/** Country for a nationality adjective already in look-up form (a token's `lower`). */
export function countryByDemonymKey(key: string): CountryInfo | undefined {
  return byDemonym.get(key);
}

/** Country for a name already in look-up form (lower case, '’' folded to "'"). */
export function countryByNameKey(key: string): CountryInfo | undefined {
  return byName.get(key);
}

/** Country for a nationality adjective ("Russian", "Iranian", "Philippine"). */
export function countryByDemonym(s: string): CountryInfo | undefined {
  return byDemonym.get(s.toLowerCase().replace(/’/g, "'"));
}

/** Country named by a token's lower-case key (a nationality, a name, or a name with "'s" removed). */
export function countryByKey(key: string): CountryInfo | undefined {
  return byDemonym.get(key) ?? byName.get(key);
}

/**
 * The derived tables below answer look-ups by pairs of words without building the joined string;
 * they are built on demand, by the same rule as the knowledge base's sorted tables
 * (SEARCHES_BEFORE_MAP in kbIndex.ts): the first questions are answered with the joined string,
 * which is cheaper than building a table of a thousand keys for an article that asks a handful (a
 * fresh command line on one article built all three at start-up: 325 KB of young-generation
 * objects and about 3 ms in the interpreter). A long text then gets the tables.
 */
const LAZY_ASKS = SEARCHES_BEFORE_MAP;

/**
 * Two-word keys of byDemonym and byName ("south korean", "saudi arabia") by first word, then by the
 * rest: `countryByKeyPair(a, b)` answers `countryByKey(a + ' ' + b)` without building the string
 * (the officials title walks asked it at every capitalised "South", "Saudi", "The" and "New").
 * Names are filed first and nationalities over them, as countryByKey prefers a nationality.
 */
let byKeyPair: Map<string, Map<string, CountryInfo>> | undefined;
let keyPairAsks = 0;
function buildKeyPairs(): Map<string, Map<string, CountryInfo>> {
  const out = new Map<string, Map<string, CountryInfo>>();
  // Map.prototype.forEach rather than `for (const [key, info] of map)`, which in the interpreter
  // allocates an entry array, an array iterator and three result objects per entry.
  const file = (info: CountryInfo, key: string): void => {
    const sp = key.indexOf(' ');
    if (sp < 0) return;
    const first = key.slice(0, sp);
    let rest = out.get(first);
    if (!rest) { rest = new Map(); out.set(first, rest); }
    rest.set(key.slice(sp + 1), info);
  };
  byName.forEach(file);
  byDemonym.forEach(file);
  return out;
}

/**
 * countryByKeyPair's last question and answer: the officials' walks ask the same pair several
 * times at one token (on 1 MB, 8,100 of 10,300 questions were the one just asked).
 */
let lastPairFirst = '';
let lastPairSecond = '';
let lastPairAnswer: CountryInfo | undefined;

/** countryByKey(`${first} ${second}`), without the string when `first` has no space (token keys have none). */
export function countryByKeyPair(first: string, second: string): CountryInfo | undefined {
  if (byKeyPair === undefined) {
    if (first.indexOf(' ') >= 0 || ++keyPairAsks <= LAZY_ASKS) return countryByKey(`${first} ${second}`);
    byKeyPair = buildKeyPairs();
  }
  if (first.indexOf(' ') >= 0) return countryByKey(`${first} ${second}`);
  if (first === lastPairFirst && second === lastPairSecond) return lastPairAnswer;
  lastPairFirst = first;
  lastPairSecond = second;
  lastPairAnswer = byKeyPair.get(first)?.get(second);
  return lastPairAnswer;
}

const words = countryWords(tables.names, tables.demonyms);
/** First words of multi-word country names ("united", "saudi"): only these start a longer look-up. */
export const multiWordFirsts = words.multiWordFirsts;
/** First two words of multi-word country names ("united states", "the gambia"). */
export const multiWordPairs = words.multiWordPairs;
/** First words of two-word nationality adjectives and names ("south" of "South Korean", "saudi"). */
export const twoWordCountryFirsts = words.twoWordCountryFirsts;

/**
 * The second words of the pairs in multiWordPairs, by first word, so that isMultiWordPair(a, b)
 * answers `multiWordPairs.has(a + ' ' + b)` for a word `a` without spaces without building the
 * string (findCountries asks at every capitalised first word, "The" included). Built on demand
 * (see LAZY_ASKS); the whole table for the tests.
 */
let multiWordSecondsTable: Map<string, Set<string>> | undefined;
let pairAsks = 0;
export function multiWordSeconds(): Map<string, Set<string>> {
  if (multiWordSecondsTable) return multiWordSecondsTable;
  const out = new Map<string, Set<string>>();
  for (const pair of multiWordPairs) {
    const sp = pair.indexOf(' ');
    const first = pair.slice(0, sp);
    let set = out.get(first);
    if (!set) { set = new Set(); out.set(first, set); }
    set.add(pair.slice(sp + 1));
  }
  multiWordSecondsTable = out;
  return out;
}

/** multiWordPairs.has(`${first} ${second}`) for a word `first` without spaces. */
export function isMultiWordPair(first: string, second: string): boolean {
  if (multiWordSecondsTable === undefined && ++pairAsks <= LAZY_ASKS) return multiWordPairs.has(`${first} ${second}`);
  return multiWordSeconds().get(first)?.has(second) ?? false;
}

/** A country name of several words, split at its spaces. */
export interface MultiWordName {
  readonly words: readonly string[];
  readonly info: CountryInfo;
}
/**
 * Names of two to five words by their first word: a run of words separated by single spaces
 * names a country when its lower-case forms are one of these word lists (the same test as
 * looking their space-joined string up with countryByNameKey, without building the string).
 */
let namesByFirst: Map<string, MultiWordName[]> | undefined;
/** The table above, built on its first use (only a text with a multi-word country name asks). */
export function multiWordNamesByFirst(): Map<string, MultiWordName[]> {
  if (namesByFirst) return namesByFirst;
  const out = new Map<string, MultiWordName[]>();
  byName.forEach((info, name) => {
    // Only names with a space can have two to five words: no split (and no array) for the others.
    if (name.indexOf(' ') < 0) return;
    const words = name.split(' ');
    if (words.length > 5) return;
    const first = words[0] as string;
    let list = out.get(first);
    if (!list) { list = []; out.set(first, list); }
    list.push({ words, info });
  });
  namesByFirst = out;
  return out;
}
