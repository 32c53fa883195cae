/**
 * Country mentions, a supporting type: names ("Iran", "the Philippines", "U.S."), including
 * both halves of a hyphenated pair ("U.S.-India"). Nationality adjectives are not mentions;
 * they only qualify officials and systems. Country mentions inside a primary mention are dropped.
 */
import type { Spelling, Tokens } from './text';
import { reserveMemoBits, spellingFacts } from './text';
import type { Span, SpanColumns } from './spans';
import { NO_ATTRIBUTES, spanColumns } from './spans';
import { countryByName, countryByNameKey, isMultiWordPair, multiWordFirsts, multiWordNamesByFirst } from './countries';
import type { CountryInfo } from './countries';

/**
 * Whether a capitalised word can take part in a country name: it starts a multi-word name, is a
 * name itself (possibly possessive), or is a hyphenated word with a country among its parts
 * ("U.S.-India"). Cached with the spelling: the loop below asks at every capitalised word, and
 * most are none. Hyphenated words whose parts name no country ("S-400", "F-35") are ruled out
 * here rather than split and looked up part by part at every occurrence.
 */
const COUNTRY_KNOWN = reserveMemoBits(3);
const COUNTRY_WORD = COUNTRY_KNOWN << 1;
/** The word is the first word of a multi-word name (multiWordFirsts). */
const COUNTRY_FIRST = COUNTRY_KNOWN << 2;
function countryWordFacts(t: Spelling): number {
  const tx = t.text;
  const named = singleWordCountry(t);
  const first = multiWordFirsts.has(t.lower);
  return (first || named !== undefined || hyphenPartNamesCountry(tx) ? COUNTRY_WORD : 0) | (first ? COUNTRY_FIRST : 0);
}
/**
 * The country a single word names: `countryByName` of its text without a possessive "'s". A word
 * ending in a capital S ("U.S", 976 times on 1 MB) has no lower-case "'s" to remove and is looked
 * up whole, so its key is its `lower` (lower case, '’' folded, as countryByName builds it) — not
 * its `key`, which would drop an upper-case "'S" ("IRAN'S" names no country). Formerly a
 * regular-expression replacement, a lower-casing and another replacement at every such word.
 */
function singleWordCountry(t: Spelling): CountryInfo | undefined {
  const tx = t.text;
  const key = tx.charCodeAt(tx.length - 1) === 83 ? t.lower : t.key;
  // A country's initials name it in capitals only: "Us and them", "Rok Petrovic" name none.
  if (!t.upper && CAPITALS_ONLY.has(key)) {
    // (The possessive may follow: "the UK’s commitment".)
    const initials = tx.slice(0, key.length);
    if (initials !== initials.toUpperCase()) return undefined;
  }
  return countryByNameKey(key);
}
/** Country names that are initials (see singleWordCountry). */
const CAPITALS_ONLY = new Set(['us', 'uk', 'usa', 'rok', 'prc', 'dprk', 'uae', 'ussr']);

/** Whether a part of a hyphenated word, split as findCountries splits it, names a country. */
function hyphenPartNamesCountry(tx: string): boolean {
  if (tx.indexOf('-') < 0) return false;
  for (const part of withoutPossessive(tx).split('-')) if (countryByName(part.replace(/\.$/, ''))) return true;
  return false;
}

/** `s.replace(/['’]s$/, '')` without the regular expression (asked at every country word). */
function withoutPossessive(s: string): string {
  const n = s.length;
  if (n >= 2 && s.charCodeAt(n - 1) === 115) {
    const q = s.charCodeAt(n - 2);
    if (q === 39 || q === 0x2019) return s.slice(0, n - 2);
  }
  return s;
}

/** Longest number of words findCountries tries for a multi-word name (its loop starts at this). */
const MAX_NAME_TOKENS = 5;

/**
 * How many words from token i on (at most MAX_NAME_TOKENS) can be matched against the names'
 * word lists instead of the look-up string: while the words are separated by exactly one space,
 * the slice of the text, lower-cased with its whitespace collapsed, is their lower-case forms
 * joined by spaces (lower-casing is per word: a space bounds the context of the one
 * context-dependent rule, the Greek final sigma). A last word with a possessive "'s" stops the
 * run: the look-up strips it before lower-casing. Longer candidates take the general path.
 * Profile: the slice and three regular expressions per candidate length were most of
 * findCountries on 1 MB (2,000 "United States" and the like).
 */
function spaceSeparatedWords(text: string, toks: Tokens, i: number): number {
  const ids = toks.ids;
  const spellings = toks.spellings;
  const starts = toks.start;
  let len = 1;
  while (len < MAX_NAME_TOKENS && i + len < toks.length) {
    const k = i + len;
    const t = spellings[ids[k] as number] as Spelling;
    const gap = toks.endOf(k - 1);
    if (!t.word || starts[k] !== gap + 1 || text.charCodeAt(gap) !== 32 || withoutPossessive(t.text) !== t.text) break;
    len++;
  }
  return len;
}

/** The country whose name is the lower-case forms of tokens i..i+len-1 (see spaceSeparatedWords). */
function nameOfWords(toks: Tokens, i: number, len: number): CountryInfo | undefined {
  const ids = toks.ids;
  const spellings = toks.spellings;
  const names = multiWordNamesByFirst().get((spellings[ids[i] as number] as Spelling).lower);
  if (names === undefined) return undefined;
  outer: for (const name of names) {
    const words = name.words;
    if (words.length !== len) continue;
    for (let j = 1; j < len; j++) if ((spellings[ids[i + j] as number] as Spelling).lower !== words[j]) continue outer;
    return name.info;
  }
  return undefined;
}

/**
 * Country mentions as parallel arrays rather than spans: mention m runs from `start[m]` to
 * `end[m]` and names country `country[m]`, an index into `names` (the country's name) and `keys`
 * (its entity key, "c:" + name), each distinct country listed once in order of first mention.
 * Only the first `count` entries of the typed arrays are meaningful. Country mentions are 40% of
 * all mentions (5,800 on 1 MB), and a span object each (eight fields, the same type, attributes
 * and priority every time) was garbage built only for assemble to read four fields from; on 10 MB
 * they were 58,000 objects living through several young-generation collections.
 */
export interface CountryMentions {
  count: number;
  start: Int32Array;
  end: Int32Array;
  country: Int32Array;
  names: string[];
  keys: string[];
}

/** Finds country names that do not overlap a primary mention, as spans (see findCountryMentions). */
export function findCountries(text: string, toks: Tokens, primary: readonly Span[]): Span[] {
  const found = findCountryMentions(text, toks, spanColumns(primary));
  const out = new Array<Span>(found.count);
  for (let m = 0; m < found.count; m++) {
    const c = found.country[m] as number;
    out[m] = { type: 'country', start: found.start[m] as number, end: found.end[m] as number, nominal: false, key: found.keys[c] as string, name: found.names[c] as string, attributes: NO_ATTRIBUTES, priority: 9 };
  }
  return out;
}

/**
 * A copy of `a` in an array twice its length (see findCountryMentions' push). A function of its
 * own: as a closure in push it read push's `m`, which then lived in a context made at every call.
 */
function doubled(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Finds country names that do not overlap a primary mention, in text order. */
export function findCountryMentions(text: string, toks: Tokens, primary: Pick<SpanColumns, 'count' | 'start' | 'end'>): CountryMentions {
  const ids = toks.ids;
  const spellings = toks.spellings;
  const starts = toks.start;
  const out: CountryMentions = { count: 0, start: new Int32Array(256), end: new Int32Array(256), country: new Int32Array(256), names: [], keys: [] };
  // Primary spans are sorted and disjoint: walk them alongside the tokens.
  let p = 0;
  const primaryCount = primary.count;
  const primaryStart = primary.start;
  const primaryEnd = primary.end;
  const inside = (s: number, e: number): boolean => {
    while (p < primaryCount && (primaryEnd[p] as number) <= s) p++;
    return p < primaryCount && (primaryStart[p] as number) < e;
  };
  // Country name -> its index in out.names; the last one asked is remembered, as the same country
  // often comes several times in a row.
  const indexOf = new Map<string, number>();
  let lastName = '';
  let lastIndex = -1;
  const push = (s: number, e: number, name: string): void => {
    if (inside(s, e)) return;
    if (name !== lastName || lastIndex < 0) {
      let c = indexOf.get(name);
      if (c === undefined) { c = out.names.length; indexOf.set(name, c); out.names.push(name); out.keys.push(`c:${name}`); }
      lastName = name;
      lastIndex = c;
    }
    const m = out.count;
    if (m === out.start.length) {
      out.start = doubled(out.start);
      out.end = doubled(out.end);
      out.country = doubled(out.country);
    }
    out.start[m] = s;
    out.end[m] = e;
    out.country[m] = lastIndex;
    out.count = m + 1;
  };
  // Which spellings can start a country's name, by spelling id: the loop then reads one byte of a
  // small array per token, not the spelling's fields (profile: the loop's first test was its top line).
  const candidate = new Uint8Array(spellings.length);
  // And the country a candidate names alone (singleWordCountry), by spelling id: asked below at
  // every candidate token (8,300 on 1 MB, for a few hundred spellings), with a set's and a map's look-up each.
  const single: Array<CountryInfo | undefined> = [];
  for (let id = 0; id < spellings.length; id++) {
    const t = spellings[id] as Spelling;
    if (t.word && t.cap && (spellingFacts(t, COUNTRY_KNOWN, countryWordFacts) & COUNTRY_WORD) !== 0) candidate[id] = 1;
    single.push(candidate[id] === 1 ? singleWordCountry(t) : undefined);
  }
  for (let i = 0; i < toks.length; i++) {
    if (candidate[ids[i] as number] === 0) continue;
    const t = spellings[ids[i] as number] as Spelling;
    const facts = spellingFacts(t, COUNTRY_KNOWN, countryWordFacts);
    const tStart = starts[i] as number;
    // Longest multi-word name first ("United States of America", "Saudi Arabia").
    let matched = false;
    // Every multi-word name starts with its first two words, so the look-ups below are tried only
    // when this word and the next are such a pair. Common words start names ("The Gambia",
    // "Russian Federation"), and were looked up at every occurrence.
    const nx = toks.spelling(i + 1);
    let pair = false;
    if ((facts & COUNTRY_FIRST) !== 0 && nx !== undefined) {
      pair = isMultiWordPair(t.lower, nx.lower) || (nx.key !== nx.lower && isMultiWordPair(t.lower, nx.key));
    }
    const spaced = pair ? spaceSeparatedWords(text, toks, i) : 0;
    for (let len = pair ? MAX_NAME_TOKENS : 0; len >= 2 && !matched; len--) {
      const last = toks.spelling(i + len - 1);
      if (!last) continue;
      const lastEnd = toks.endOf(i + len - 1);
      let c: CountryInfo | undefined;
      if (len <= spaced) c = nameOfWords(toks, i, len);
      else {
        let ok = true;
        for (let k = i + 1; k < i + len; k++) if (toks.nl(k) > 0 || !(spellings[ids[k] as number] as Spelling).word) ok = false;
        if (!ok) continue;
        // Between the words, whatever the tokenizer skips as space: whitespace and invisible format
        // characters (a zero-width space pasted into "United \u200bKingdom").
        c = countryByName(text.slice(tStart, lastEnd).replace(/['’]s$/, '').replace(/[\s\p{Cf}]+/gu, ' '));
      }
      if (c) {
        const end = /['’]s$/.test(last.text) ? lastEnd - 2 : lastEnd;
        push(tStart, end, c.name);
        i += len - 1;
        matched = true;
      }
    }
    if (matched) continue;
    // The token key is the look-up key countryByName builds from the text without its "'s"
    // (lower case, '’' folded), already computed; it differs only for an upper-case possessive
    // ("IRAN'S", which keeps its "'S" here), and in the context-dependent lower case of a Greek
    // final sigma, which no country name contains. This runs at every capitalised word.
    const tx = t.text;
    const c = single[ids[i] as number];
    if (!c && tx.indexOf('-') < 0) continue;
    const base = withoutPossessive(tx);
    if (c) {
      const next = toks.spelling(i + 1);
      // A currency's prefix is no mention of its country: "US$500 million", "A$3 billion".
      if (next !== undefined && next.text === '$' && !toks.space(i + 1) && toks.nl(i + 1) === 0) continue;
      // "U.S" is tokenised without its final period; include it when it is attached.
      let end = tStart + base.length;
      if (base.includes('.') && next && next.text === '.' && !toks.space(i + 1)) end = toks.endOf(i + 1);
      push(tStart, end, c.name);
      continue;
    }
    if (base.includes('-')) {
      let offset = tStart;
      for (const part of base.split('-')) {
        const pc = countryByName(part.replace(/\.$/, ''));
        if (pc) push(offset, offset + part.length, pc.name);
        offset += part.length + 1;
      }
    }
  }
  return out;
}
