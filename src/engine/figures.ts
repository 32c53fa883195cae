/**
 * The public figures knowledge base (data/figures.ts, shipped with the other knowledge bases in
 * data/compiled.ts: compressed in the extension's bundle), compiled on first use into the look-ups
 * the officials recogniser needs: full names by their key, the first words of those names, and
 * the forms a figure is known by alone.
 */
import { COMPILED } from './data/compiled';
import { countryByName } from './countries';

export interface KnownFigure {
  /** The full name, as the entity is named. */
  name: string;
  first: string;
  middle: string[];
  last: string;
  title: string;
  /** The country of the office, or undefined for an international organisation's (see organization). */
  country: string | undefined;
  /** The international organisation of the office ("NATO", "United Nations"), when it is one's. */
  organization: string | undefined;
  /** Offices and years, for the hover card. */
  offices: string;
  /** Holds `title` at the list's date. */
  now: boolean;
}

export interface FigureIndex {
  /** Figures by the key (figureKey) of each of their full names. */
  byName: Map<string, KnownFigure>;
  /** figureKey of the first word of every full name (the cheap test before a name is scanned). */
  firstWords: Set<string>;
  /** Forms known alone, by the surname key of their first word (see OfficialRecognizer's surnameKey); `words` in lower case. */
  alone: Map<string, Array<{ words: string[]; figure: KnownFigure }>>;
}

/**
 * The key under which two writings of a name are one: lower case, without accents, "’" as "'",
 * no space after a period ("George H. W. Bush" and "George H.W. Bush") and single spaces.
 */
export function figureKey(s: string): string {
  let k = s.toLowerCase();
  // Most names asked are a key once lower-cased, or once the spaces after their initials' periods
  // go ("oleksii j. rahimi"): then one scan tells, without the three regular-expression passes
  // below (profile, 1 MB: their line was 0.4% of a pass, asked at every name the officials
  // recogniser scans for a known figure).
  const plain = plainKey(k);
  if (plain === PLAIN) return k;
  if (plain === PLAIN_BUT_INITIALS) return k.replaceAll('. ', '.');
  if (/[^\x00-\x7f]/.test(k)) k = k.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019]/g, "'");
  return k.replace(/\.\s+/g, '.').replace(/\s+/g, ' ').trim();
}

const PLAIN = 1;
const PLAIN_BUT_INITIALS = 2;
/**
 * PLAIN when figureKey leaves the lower-cased `k` as it is: ASCII, and its only whitespace single
 * spaces, none first or last and none after a space or a period; PLAIN_BUT_INITIALS when it would
 * be so but for single spaces after periods (which figureKey drops); else 0. (In ASCII, `\s` and
 * trim both mean the codes 9 to 13 and the space.)
 */
function plainKey(k: string): number {
  const n = k.length;
  let answer = PLAIN;
  for (let i = 0; i < n; i++) {
    const c = k.charCodeAt(i);
    if (c > 0x7f || (c >= 9 && c <= 13)) return 0;
    if (c !== 32) continue;
    if (i === 0 || i === n - 1) return 0;
    const before = k.charCodeAt(i - 1);
    if (before === 32) return 0;
    if (before === 46) answer = PLAIN_BUT_INITIALS;
  }
  return answer;
}

/**
 * The first word's key of a name or a word: up to its first character that is no letter or
 * apostrophe ("jean" of "Jean-Noël Barrot", "s" of "S. Jaishankar"). The officials recogniser asks
 * it once per spelling (its answer is cached in the spelling's facts).
 */
export function firstWordKey(name: string): string {
  return /^[a-z']*/.exec(figureKey(name))?.[0] ?? '';
}

let index: FigureIndex | undefined;

/**
 * The compiled index. `surnameKey` is the officials recogniser's key of a surname (passed in so that
 * both sides fold accents, name articles and Slavic endings alike).
 */
export function knownFigures(surnameKey: (s: string) => string): FigureIndex {
  if (index !== undefined) return index;
  const built: FigureIndex = { byName: new Map(), firstWords: new Set(), alone: new Map() };
  for (const line of COMPILED.figures) {
    const [names = '', title = '', country = '', offices = '', alone = '', now = ''] = line.split('|');
    const spellings = names.split(';');
    const words = (spellings[0] as string).split(' ');
    // A country the engine knows, or else an organisation ("NATO", "United Nations").
    const known = country === '' ? undefined : countryByName(country);
    const figure: KnownFigure = {
      name: spellings[0] as string,
      first: words[0] as string,
      middle: words.slice(1, -1),
      last: words[words.length - 1] as string,
      title,
      country: known?.name,
      organization: known === undefined && country !== '' ? country : undefined,
      offices,
      now: now === 'now',
    };
    for (const spelling of spellings) {
      built.byName.set(figureKey(spelling), figure);
      built.firstWords.add(firstWordKey(spelling));
    }
    for (const form of alone === '' ? [] : alone.split(',')) {
      const formWords = form.split(' ');
      const key = surnameKey(formWords[0] as string);
      const list = built.alone.get(key) ?? [];
      list.push({ words: formWords.map((w) => w.toLowerCase()), figure });
      built.alone.set(key, list);
    }
  }
  index = built;
  return built;
}
