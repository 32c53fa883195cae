/**
 * Country mentions, a supporting type: names ("Iran", "the Philippines", "U.S."), including
 * both halves of a hyphenated pair ("U.S.-India"). Nationality adjectives are not mentions;
 * they only qualify officials and systems. Country mentions inside a primary mention are dropped.
 */
import type { Spelling, Tokens } from './text';
import { reserveMemoBits, spellingFacts } from './text';
import type { Span } from './spans';
import { NO_ATTRIBUTES } from './spans';
import { countryByName, countryByNameKey, multiWordFirsts, multiWordPairs } from './countries';

/**
 * Whether a capitalised word can take part in a country name: it starts a multi-word name, is a
 * name itself (possibly possessive), or has a hyphen ("U.S.-India"). Cached with the spelling:
 * the loop below asks at every capitalised word, and most are none.
 */
const COUNTRY_KNOWN = reserveMemoBits(2);
const COUNTRY_WORD = COUNTRY_KNOWN << 1;
function countryWordFacts(t: Spelling): number {
  const tx = t.text;
  const named = tx.charCodeAt(tx.length - 1) === 83 ? countryByName(tx.replace(/['’]s$/, '')) : countryByNameKey(t.key);
  return multiWordFirsts.has(t.lower) || named !== undefined || tx.indexOf('-') >= 0 ? COUNTRY_WORD : 0;
}
function mayNameCountry(t: Spelling): boolean {
  return (spellingFacts(t, COUNTRY_KNOWN, countryWordFacts) & COUNTRY_WORD) !== 0;
}

/** Finds country names that do not overlap a primary mention. */
export function findCountries(text: string, toks: Tokens, primary: readonly Span[]): Span[] {
  const tokens = toks.sp;
  const starts = toks.start;
  const ends = toks.end;
  const out: Span[] = [];
  // Primary spans are sorted and disjoint: walk them alongside the tokens.
  let p = 0;
  const inside = (s: number, e: number): boolean => {
    while (p < primary.length && (primary[p] as Span).end <= s) p++;
    const cur = primary[p];
    return cur !== undefined && cur.start < e;
  };
  const keys = new Map<string, string>();
  const push = (s: number, e: number, name: string): void => {
    if (inside(s, e)) return;
    let key = keys.get(name);
    if (key === undefined) { key = `c:${name}`; keys.set(name, key); }
    out.push({ type: 'country', start: s, end: e, nominal: false, key, name, attributes: NO_ATTRIBUTES, priority: 9 });
  };
  for (let i = 0; i < toks.length; i++) {
    const t = tokens[i] as Spelling;
    if (!t.word || !t.cap || !mayNameCountry(t)) continue;
    const tStart = starts[i] as number;
    // Longest multi-word name first ("United States of America", "Saudi Arabia").
    let matched = false;
    // Every multi-word name starts with its first two words, so the look-ups below (four string
    // builds each) are tried only when this word and the next are such a pair. Common words
    // start names ("The Gambia", "Russian Federation"), and were looked up at every occurrence.
    const nx = tokens[i + 1];
    const pair = multiWordFirsts.has(t.lower) && nx !== undefined
      && (multiWordPairs.has(t.lower + ' ' + nx.lower) || multiWordPairs.has(t.lower + ' ' + nx.key));
    for (let len = pair ? 5 : 0; len >= 2 && !matched; len--) {
      const last = tokens[i + len - 1];
      if (!last) continue;
      const lastEnd = ends[i + len - 1] as number;
      let ok = true;
      for (let k = i + 1; k < i + len; k++) if (toks.nl(k) > 0 || !(tokens[k] as Spelling).word) ok = false;
      if (!ok) continue;
      const c = countryByName(text.slice(tStart, lastEnd).replace(/['’]s$/, '').replace(/\s+/g, ' '));
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
    const c = tx.charCodeAt(tx.length - 1) === 83 ? countryByName(tx.replace(/['’]s$/, '')) : countryByNameKey(t.key);
    if (!c && tx.indexOf('-') < 0) continue;
    const base = tx.replace(/['’]s$/, '');
    if (c) {
      // "U.S" is tokenised without its final period; include it when it is attached.
      let end = tStart + base.length;
      const next = tokens[i + 1];
      if (base.includes('.') && next && next.text === '.' && !toks.space(i + 1)) end = ends[i + 1] as number;
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
