// The shared stages' fast paths (perf work on tokenize, countries, assembly and relations) give
// what the straightforward code gives: each test runs the plain version of a mechanism next to
// the engine's on crafted inputs and on the seed articles.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { LineIndex, tokenize } from '../../src/engine/text';
import { analyze } from '../../src/engine';
import { sentenceIds } from '../../src/engine/text';
import { sentenceAt, sentenceLookup, signingClauses, type Clauses } from '../../src/engine/relations';
import type { Spelling, Tokens } from '../../src/engine/text';
import { findCountries } from '../../src/engine/countryMentions';
import { countryByName, countryByNameKey, multiWordFirsts } from '../../src/engine/countries';
import { NO_ATTRIBUTES, resolveOverlaps, type Span } from '../../src/engine/spans';

const seedsDir = resolve(__dirname, '../../../seeds');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(resolve(seedsDir, f), 'utf8'));

/** findCountries as it was before its fast paths: a string look-up per candidate, no memo. */
function plainCountries(text: string, toks: Tokens, primary: readonly Span[]): Span[] {
  const tokens = Array.from({ length: toks.length }, (_, i) => toks.spelling(i) as Spelling);
  const out: Span[] = [];
  let p = 0;
  const inside = (s: number, e: number): boolean => {
    while (p < primary.length && (primary[p] as Span).end <= s) p++;
    const cur = primary[p];
    return cur !== undefined && cur.start < e;
  };
  const push = (s: number, e: number, name: string): void => {
    if (!inside(s, e)) out.push({ type: 'country', start: s, end: e, nominal: false, key: `c:${name}`, name, attributes: NO_ATTRIBUTES, priority: 9 });
  };
  for (let i = 0; i < toks.length; i++) {
    const t = tokens[i] as Spelling;
    if (!t.word || !t.cap) continue;
    const tStart = toks.start[i] as number;
    let matched = false;
    if (multiWordFirsts.has(t.lower)) {
      for (let len = 5; len >= 2 && !matched; len--) {
        const last = tokens[i + len - 1];
        if (!last) continue;
        const lastEnd = toks.endOf(i + len - 1);
        let ok = true;
        for (let k = i + 1; k < i + len; k++) if (toks.nl(k) > 0 || !(tokens[k] as Spelling).word) ok = false;
        if (!ok) continue;
        const c = countryByName(text.slice(tStart, lastEnd).replace(/['’]s$/, '').replace(/\s+/g, ' '));
        if (c) {
          push(tStart, /['’]s$/.test(last.text) ? lastEnd - 2 : lastEnd, c.name);
          i += len - 1;
          matched = true;
        }
      }
    }
    if (matched) continue;
    const tx = t.text;
    const c = tx.charCodeAt(tx.length - 1) === 83 ? countryByName(tx.replace(/['’]s$/, '')) : countryByNameKey(t.key);
    const base = tx.replace(/['’]s$/, '');
    if (c) {
      let end = tStart + base.length;
      const next = tokens[i + 1];
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

const countryTexts = [
  'The United States and the United Kingdom signed. United States of America. UNITED STATES said.',
  'United  States (two spaces), United\tStates (a tab), United\nStates (a line break), United\u00a0States (no-break space).',
  "The United States's position, the United States’ position, the United States’s, UNITED STATES'S.",
  'United Arab Emirates, United Arab, Saudi Arabia, Saudi Arabia’s, saudi arabia, Bosnia and Herzegovina.',
  'Republic of Korea, Republic of the Philippines, Democratic Republic of the Congo, Central African Republic.',
  'The Gambia, The Bahamas, The Netherlands, the Gambia. The Gambia\u200b Bahamas.',
  "U.S.-India, Iran-Russia, S-400, F-35, Al-Qaeda, India-made, U.S.'s, Iran's, IRAN'S, Iran’s, Iran’S.",
  'United States-India talks. Russia-Ukraine-Belarus. Saint Kitts and Nevis, St. Kitts and Nevis, São Tomé and Príncipe.',
  'United', 'United States', 'Saudi', "People's Republic of China and People’s Republic of China",
  'Trinidad and Tobago Trinidad and Tobago’s Papua New Guinea Papua New Guinea-Australia.',
];

describe('perf: shared stages give the plain results', () => {
  it('findCountries matches the plain look-ups on crafted texts and the seeds', () => {
    for (const text of [...countryTexts, countryTexts.join(' '), ...seeds]) {
      const toks = tokenize(text);
      assert.deepEqual(findCountries(text, toks, []), plainCountries(text, toks, []), text.slice(0, 80));
    }
  });
  it('findCountries matches the plain look-ups around primary spans', () => {
    for (const text of [countryTexts.join(' '), ...seeds]) {
      const toks = tokenize(text);
      // Every third capitalised word stands for a primary mention.
      const primary: Span[] = [];
      for (let i = 0, k = 0; i < toks.length; i++) if ((toks.spelling(i) as Spelling).cap && k++ % 3 === 0) {
        primary.push({ type: 'official', start: toks.start[i] as number, end: toks.endOf(i), nominal: false, key: 'o', name: '', attributes: NO_ATTRIBUTES, priority: 1 });
      }
      assert.deepEqual(findCountries(text, toks, primary), plainCountries(text, toks, primary));
    }
  });
  it('LineIndex answers as a plain scan of line starts, with and without carriage returns', () => {
    const texts = ['', 'a', '\n', 'one\ntwo\n\nfour', 'a\r\nb\rc\n\rd\r', '\n'.repeat(300) + 'x' + 'y'.repeat(200) + '\n\nz',
      ('word '.repeat(20) + '\n').repeat(30), ('x'.repeat(63) + '\n').repeat(5) + '\r\n'.repeat(70), ...seeds.slice(0, 3)];
    for (const text of texts) {
      const starts = [0];
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
      }
      const plain = (offset: number): [number, number] => {
        let k = 0;
        while (k + 1 < starts.length && (starts[k + 1] as number) <= offset) k++;
        return [k + 1, offset - (starts[k] as number) + 1];
      };
      const lines = new LineIndex(text);
      for (let offset = -3; offset <= text.length + 70; offset++) {
        const want = plain(offset);
        assert.deepEqual(lines.position(offset), want, `offset ${offset}`);
        assert.equal(lines.line(offset), want[0]);
        assert.equal(lines.column(offset, want[0]), want[1]);
      }
    }
  });

  it('LineIndex.positions answers as position, for ascending, descending and repeated offsets', () => {
    const texts = ['', 'a', 'one\ntwo\n\nfour', 'a\r\nb\rc\n\rd\r', ('word '.repeat(20) + '\n').repeat(30), ...seeds.slice(0, 3)];
    for (const text of texts) {
      const lines = new LineIndex(text);
      const n = text.length;
      // Two ascending runs (as assemble passes them: primary mentions, then countries), a jump
      // back, repeats, offsets before and after the text.
      const offsets = [0, 1, 1, 5, n >> 1, n - 1, n, n + 3, 0, 2, 2, n >> 2, n >> 1, -2, -1, 3, n + 10, 1];
      for (let k = 0; k < n; k += 7) offsets.push(k);
      for (let k = n; k >= 0; k -= 13) offsets.push(k);
      const line = new Int32Array(offsets.length);
      const column = new Int32Array(offsets.length);
      lines.positions(offsets.length, (k) => offsets[k] as number, line, column);
      offsets.forEach((o, k) => assert.deepEqual([line[k], column[k]], lines.position(o), `offset ${o}`));
    }
  });

  it('resolveOverlaps keeps what the comparator sorts keep, in the same order', () => {
    const plain = (spans: Span[], textLength: number): Span[] => {
      const order = spans.slice().sort((a, b) => a.priority - b.priority || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
      const taken = new Uint8Array(textLength + 1);
      const kept: Span[] = [];
      for (const s of order) {
        let free = true;
        for (let k = s.start; k < s.end; k++) if (taken[k]) free = false;
        if (!free) continue;
        for (let k = s.start; k < s.end; k++) taken[k] = 1;
        kept.push(s);
      }
      return kept.sort((a, b) => a.start - b.start);
    };
    let seed = 7;
    const rnd = (m: number): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % m; };
    const span = (start: number, end: number, priority: number, key: string): Span => ({ type: 'system', start, end, nominal: false, key, name: key, attributes: NO_ATTRIBUTES, priority });
    const cases: Array<[Span[], number]> = [[[], 0], [[span(0, 0, 1, 'empty'), span(0, 3, 1, 'a'), span(0, 0, 2, 'empty2')], 3]];
    // Equal spans of different keys (kept in input order), nested, crossing, zero-length.
    cases.push([[span(2, 5, 2, 'x'), span(2, 5, 2, 'y'), span(1, 6, 3, 'z'), span(4, 8, 1, 'w'), span(4, 4, 1, 'v'), span(4, 4, 1, 'u')], 10]);
    for (let c = 0; c < 30; c++) {
      const len = 50 + rnd(3000);
      const list: Span[] = [];
      for (let k = rnd(400); k > 0; k--) { const st = rnd(len); list.push(span(st, Math.min(len, st + rnd(c % 2 ? 40 : 4)), 1 + rnd(9), `k${k % 7}`)); }
      cases.push([list, len]);
    }
    // Priority and length beyond the 31 bits of the radix sort's high key (the packed Float64Array
    // keys), with ties and overlaps.
    cases.push([[span(10, 70_010, 60_000, 'long'), span(5, 20, 60_000, 'p'), span(5, 20, 60_000, 'q'), span(70_000, 70_020, 1, 'r'), span(0, 0, 60_000, 's')], 80_000]);
    // Starts beyond the first radix digits, in descending and shuffled order.
    const far: Span[] = [];
    for (let k = 0; k < 300; k++) { const st = (k * 7_919_009) % 9_000_000; far.push(span(st, st + 1 + (k % 5), 1 + (k % 3), `f${k % 11}`)); }
    cases.push([far, 9_000_010]);
    // Fields the packed keys cannot hold (the comparator sort): fractional and negative priorities.
    cases.push([[span(1, 3, 1.5, 'f'), span(0, 2, 1, 'g'), span(2, 4, -1, 'h'), span(2, 4, -1, 'i')], 5]);
    for (const [spans, textLength] of cases) {
      assert.deepEqual(resolveOverlaps(spans, textLength), plain(spans, textLength));
    }
  });

  it('mention texts are the slices of the text, shared or not', () => {
    const text = 'The United States and the UNITED STATES. United States, United States; the United States’s. '.repeat(4)
      + 'Iran, Iran, IRAN, Iran’s, Iran. U.S.-India, U.S. and the U.S.';
    for (const t of [text, ...seeds]) {
      for (const e of analyze(t).entities) for (const m of e.mentions) assert.equal(m.text, t.slice(m.start, m.end));
    }
  });

  it('sentenceLookup answers as sentenceAt, including sentences without tokens and equal starts', () => {
    const texts = ['', 'One.', 'He said “Yes.”\nThen. A. B. ' + 'x '.repeat(100) + '. Done', ...seeds];
    const clauses: Clauses[] = texts.map((t) => { const toks = tokenize(t); return signingClauses(toks, sentenceIds(toks)); });
    // Hand-made starts: repeated starts (a sentence id left without tokens), a late first start, gaps.
    for (const starts of [[5, 5, 5, 70, 70, 200, 201, 202, 900], [0], [130], [0, 64, 128, 128, 129, 1000, 1000]]) {
      clauses.push({ sentenceStarts: Int32Array.from(starts), verbs: new Map(), clauseStart: new Map(), passive: new Map() });
    }
    for (const c of clauses) {
      const lookup = sentenceLookup(c);
      const last = c.sentenceStarts.length ? (c.sentenceStarts[c.sentenceStarts.length - 1] as number) : 0;
      for (let offset = -2; offset <= last + 150; offset++) assert.equal(lookup(offset), sentenceAt(c, offset), `offset ${offset}`);
    }
  });
});
