/**
 * Country names and nationality adjectives, from the maintained `world-countries` package
 * (the build keeps only the name, code and demonym fields). A few forms that news text uses
 * and the package does not list ("U.S.", "Britain", "Soviet") are added with a reason each
 * (see buildCountryTables in kbIndex.ts).
 */
import { COMPILED } from './data/compiled';
import type { CountryInfo } from './kbIndex';

export type { CountryInfo };

// The tables are built from the package by kbIndex.ts (buildCountryTables), once, at build time.
const tables = COMPILED.countries;
const byName = new Map<string, CountryInfo>();
const byDemonym = new Map<string, CountryInfo>();
for (let i = 0; i < tables.names.length; i++) byName.set(tables.names[i] as string, tables.infos[tables.nameInfo[i] as number] as CountryInfo);
for (let i = 0; i < tables.demonyms.length; i++) byDemonym.set(tables.demonyms[i] as string, tables.infos[tables.demonymInfo[i] as number] as CountryInfo);

/** Country for a name ("Russia", "the Russian Federation" without article, "U.S."). */
export function countryByName(s: string): CountryInfo | undefined {
  return byName.get(s.toLowerCase().replace(/’/g, "'"));
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
 * Two-word keys of byDemonym and byName ("south korean", "saudi arabia") by first word, then by the
 * rest: `countryByKeyPair(a, b)` answers `countryByKey(a + ' ' + b)` without building the string
 * (the officials title walks asked it at every capitalised "South", "Saudi", "The" and "New").
 * Names are filed first and nationalities over them, as countryByKey prefers a nationality.
 */
const byKeyPair = new Map<string, Map<string, CountryInfo>>();
// Module set-up runs once, in the interpreter, where `for (const [key, info] of map)` allocates an
// entry array, an array iterator and three result objects per entry: 330 KB of young garbage for
// this loop alone in a fresh CLI process, enough to bring on an extra scavenge (about 5 ms here).
// Map.prototype.forEach visits the same entries in the same order without allocating.
const fileKeyPair = (info: CountryInfo, key: string): void => {
  const sp = key.indexOf(' ');
  if (sp < 0) return;
  const first = key.slice(0, sp);
  let rest = byKeyPair.get(first);
  if (!rest) { rest = new Map(); byKeyPair.set(first, rest); }
  rest.set(key.slice(sp + 1), info);
};
byName.forEach(fileKeyPair);
byDemonym.forEach(fileKeyPair);

/** countryByKey(`${first} ${second}`), without the string when `first` has no space (token keys have none). */
export function countryByKeyPair(first: string, second: string): CountryInfo | undefined {
  if (first.indexOf(' ') >= 0) return countryByKey(`${first} ${second}`);
  return byKeyPair.get(first)?.get(second);
}

/** Country for a possessive name ("Ukraine's", "Russia’s"), or undefined. */
export function countryByPossessive(s: string): CountryInfo | undefined {
  const m = /^(.+)['’]s?$/.exec(s);
  return m ? countryByName(m[1] as string) : undefined;
}

/** The longest number of words in any country name; used to bound phrase look-ups. */
export const MAX_COUNTRY_WORDS = 6;

/** First words of multi-word country names ("united", "saudi"): only these start a longer look-up. */
export const multiWordFirsts = new Set<string>(tables.multiWordFirsts);
/** First two words of multi-word country names ("united states", "the gambia"). */
export const multiWordPairs = new Set<string>(tables.multiWordPairs);
/** First words of two-word nationality adjectives and names ("south" of "South Korean", "saudi"). */
export const twoWordCountryFirsts = new Set<string>(tables.twoWordCountryFirsts);

/**
 * The second words of the pairs in multiWordPairs, by first word: `multiWordSeconds.get(a)?.has(b)`
 * answers `multiWordPairs.has(a + ' ' + b)` for a word `a` without spaces, without building the
 * string (findCountries asks at every capitalised first word, "The" included).
 */
export const multiWordSeconds = new Map<string, Set<string>>();
for (let i = 0; i < tables.multiWordPairs.length; i++) {
  const pair = tables.multiWordPairs[i] as string;
  const sp = pair.indexOf(' ');
  const first = pair.slice(0, sp);
  let set = multiWordSeconds.get(first);
  if (!set) { set = new Set(); multiWordSeconds.set(first, set); }
  set.add(pair.slice(sp + 1));
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
export const multiWordNamesByFirst = new Map<string, MultiWordName[]>();
byName.forEach((info, name) => {
  // Only names with a space can have two to five words: no split (and no array) for the others.
  if (name.indexOf(' ') < 0) return;
  const words = name.split(' ');
  if (words.length > 5) return;
  const first = words[0] as string;
  let list = multiWordNamesByFirst.get(first);
  if (!list) { list = []; multiWordNamesByFirst.set(first, list); }
  list.push({ words, info });
});
