/**
 * Country names and nationality adjectives, from the maintained `world-countries` package
 * (the build keeps only the name, code and demonym fields). A few forms that news text uses
 * and the package does not list ("U.S.", "Britain", "Soviet") are added with a reason each.
 */
import worldCountries from 'world-countries';

export interface CountryInfo {
  /** Common English name used as the canonical country ("Russia", "United States"). */
  name: string;
  cca3: string;
}

const byName = new Map<string, CountryInfo>();
const byDemonym = new Map<string, CountryInfo>();

function add(map: Map<string, CountryInfo>, key: string, info: CountryInfo): void {
  const k = key.toLowerCase().replace(/’/g, "'");
  if (!map.has(k)) map.set(k, info);
}

for (const c of worldCountries) {
  const info: CountryInfo = { name: c.name.common, cca3: c.cca3 };
  add(byName, c.name.common, info);
  add(byName, c.name.official, info);
  for (const alt of c.altSpellings ?? []) {
    // Two-letter codes ("IN", "US") are ordinary words or too ambiguous in running text.
    if (alt.length > 3 && /^[A-Z][a-z]/.test(alt)) add(byName, alt, info);
  }
  const dem = c.demonyms?.eng;
  if (dem) {
    add(byDemonym, dem.m, info);
    add(byDemonym, dem.f, info);
  }
}

const US = byName.get('united states') as CountryInfo;
const UK = byName.get('united kingdom') as CountryInfo;
const RU = byName.get('russia') as CountryInfo;
// News abbreviations and historical names the package does not carry.
for (const k of ['u.s', 'u.s.', 'us', 'usa', 'u.s.a', 'america']) add(byName, k, US);
for (const k of ['u.k', 'u.k.', 'uk', 'britain', 'great britain']) add(byName, k, UK);
add(byName, 'russian federation', RU);
add(byName, 'soviet union', { name: 'Soviet Union', cca3: 'SUN' });
add(byName, 'ussr', { name: 'Soviet Union', cca3: 'SUN' });
add(byDemonym, 'soviet', { name: 'Soviet Union', cca3: 'SUN' });
add(byDemonym, 'british', UK);
add(byDemonym, 'american', US);
add(byDemonym, 'u.s', US);
add(byDemonym, 'u.s.', US);
// "Philippine" is the usual adjective ("Philippine Secretary of National Defense"); the package gives "Filipino".
const PH = byName.get('philippines');
if (PH) add(byDemonym, 'philippine', PH);
const KR = byName.get('south korea');
if (KR) { add(byName, 'korea', KR); add(byName, 'republic of korea', KR); }
const KP = byName.get('north korea');
if (KP) { add(byName, 'dprk', KP); add(byDemonym, 'north korean', KP); }
const CN = byName.get('china');
if (CN) add(byName, 'prc', CN);

/** Country for a name ("Russia", "the Russian Federation" without article, "U.S."). */
export function countryByName(s: string): CountryInfo | undefined {
  return byName.get(s.toLowerCase().replace(/’/g, "'"));
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

/** Country for a possessive name ("Ukraine's", "Russia’s"), or undefined. */
export function countryByPossessive(s: string): CountryInfo | undefined {
  const m = /^(.+)['’]s?$/.exec(s);
  return m ? countryByName(m[1] as string) : undefined;
}

/** The longest number of words in any country name; used to bound phrase look-ups. */
export const MAX_COUNTRY_WORDS = 6;

/** First words of multi-word country names ("united", "saudi"): only these start a longer look-up. */
export const multiWordFirsts = new Set<string>();
/** First two words of multi-word country names ("united states", "the gambia"). */
export const multiWordPairs = new Set<string>();
for (const k of byName.keys()) {
  const sp = k.indexOf(' ');
  if (sp > 0) {
    multiWordFirsts.add(k.slice(0, sp));
    const sp2 = k.indexOf(' ', sp + 1);
    multiWordPairs.add(sp2 > 0 ? k.slice(0, sp2) : k);
  }
}

/** First words of two-word nationality adjectives and names ("south" of "South Korean", "saudi"). */
export const twoWordCountryFirsts = new Set<string>();
for (const k of [...byName.keys(), ...byDemonym.keys()]) {
  const parts = k.split(' ');
  if (parts.length === 2) twoWordCountryFirsts.add(parts[0] as string);
}
