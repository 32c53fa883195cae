// assemble's fast paths (key groups as a counting sort, country mentions as compact arrays,
// attribute merging skipped for shared objects, mention facts in typed arrays, the hand-written
// ASCII slug) give what the straightforward code gives: each test runs the plain version next to
// the engine's on crafted inputs and on the seed articles.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { LineIndex, tokenize, type Spelling } from '../../src/engine/text';
import { assemble, slug } from '../../src/engine/analyze';
import { findCountries, findCountryMentions, type CountryMentions } from '../../src/engine/countryMentions';
import { NO_ATTRIBUTES, spanColumns, type Span } from '../../src/engine/spans';
import type { Entity, EntityType, Mention } from '../../src/engine/types';
import { findRelations } from '../../src/engine/relations';

const seedsDir = resolve(__dirname, '../../../seeds');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(resolve(seedsDir, f), 'utf8'));

type People = Map<string, { name: string; attributes: Record<string, string | string[] | boolean> }>;

/** slug as it was: two regular-expression replacements for ASCII names. */
function plainSlug(name: string): string {
  if (/^[\x00-\x7f]*$/.test(name)) return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'entity';
  const s = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return s.slice(0, 80) || 'entity';
}

/** assemble as it was: a Map of per-key span arrays, every attributes object merged, ids counted from 2. */
function plainAssemble(text: string, spans: Span[], people: People): { entities: Entity[]; keyToId: Map<string, string> } {
  const lines = new LineIndex(text);
  const byKey = new Map<string, Span[]>();
  for (const s of spans) {
    const list = byKey.get(s.key);
    if (list) list.push(s); else byKey.set(s.key, [s]);
  }
  const entities: Entity[] = [];
  const keyToId = new Map<string, string>();
  const used = new Set<string>();
  const make = (type: EntityType, name: string, attributes: Record<string, string | string[] | boolean | number>, list: Span[], key: string): Entity => {
    const base = `${type}:${plainSlug(name)}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    keyToId.set(key, id);
    const mentions: Mention[] = list.slice().sort((a, b) => a.start - b.start).map((s) => {
      const [line, column] = lines.position(s.start);
      return { start: s.start, end: s.end, line, column, text: text.slice(s.start, s.end), nominal: s.nominal };
    });
    return { id, type, name, attributes, mentions };
  };
  const groups: Array<[string, Span[]]> = [];
  for (const [key, list] of byKey) {
    if (key.startsWith('g:')) { groups.push([key, list]); continue; }
    const first = list[0] as Span;
    let name = first.name;
    const attributes: Record<string, string | string[] | boolean | number> = {};
    for (const s of list) for (const [k, v] of Object.entries(s.attributes)) if (attributes[k] === undefined) attributes[k] = v;
    if (first.type === 'system' && attributes['kind'] === undefined && attributes['description'] !== undefined) attributes['kind'] = attributes['description'];
    if (first.type === 'official') {
      const p = people.get(key);
      if (!p) continue;
      name = p.name;
      Object.assign(attributes, p.attributes);
    }
    entities.push(make(first.type, name, attributes, list, key));
  }
  for (const [key, list] of groups) {
    const memberKeys = (list[0] as Span).attributes['members'] as string[];
    const members = memberKeys.map((k) => people.get(k)).filter((p): p is NonNullable<typeof p> => !!p);
    const attributes: Record<string, string | string[] | boolean | number> = { group: true, members: memberKeys.filter((k) => keyToId.has(k)).map((k) => keyToId.get(k) as string) };
    const countries = members.map((m) => m.attributes['country']);
    if (members.length === memberKeys.length && countries.length > 0 && countries.every((c) => typeof c === 'string')) attributes['country'] = [...new Set(countries as string[])].join('; ');
    const titles = [...new Set(members.map((m) => m.attributes['title']).filter((c): c is string => typeof c === 'string'))];
    if (titles.length === 1) attributes['title'] = titles[0] as string;
    entities.push(make('official', members.map((m) => m.name).join('; '), attributes, list, key));
  }
  const sorted = entities.map((e, k) => [e, k] as const).sort((a, b) => (a[0].mentions[0] as Mention).start - (b[0].mentions[0] as Mention).start || a[1] - b[1]);
  return { entities: sorted.map(([e]) => e), keyToId };
}

/** The country mentions as spans, as findCountries returned them before CountryMentions. */
function countrySpans(c: CountryMentions): Span[] {
  const out: Span[] = [];
  for (let m = 0; m < c.count; m++) {
    const name = c.names[c.country[m] as number] as string;
    out.push({ type: 'country', start: c.start[m] as number, end: c.end[m] as number, nominal: false, key: `c:${name}`, name, attributes: NO_ATTRIBUTES, priority: 9 });
  }
  return out;
}

/** Crafted spans over `text`: shared and own attributes objects, unordered mentions, groups, people missing. */
function craftedInput(text: string, seed: number): { spans: Span[]; people: People; countries: CountryMentions } {
  let x = seed;
  const rnd = (m: number): number => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return (x >>> 8) % m; };
  const people: People = new Map();
  for (let k = 0; k < 6; k++) if (k !== 4) people.set(`p${k}`, { name: k === 5 ? 'Émile  Zola' : `Person ${k % 3}`, attributes: k % 2 ? { title: 'Minister', country: `C${k}` } : { title: 'Minister' } });
  const shared = { designation: 'S-300', description: 'air defence' };
  const kinds: Array<() => Pick<Span, 'type' | 'key' | 'name' | 'attributes' | 'nominal'>> = [
    () => ({ type: 'official', key: `p${rnd(6)}`, name: '', attributes: NO_ATTRIBUTES, nominal: rnd(3) === 0 }),
    () => ({ type: 'system', key: 's:s-300', name: 'S-300', attributes: rnd(2) ? shared as Span['attributes'] : { kind: 'missile', origin: 'Russia' }, nominal: false }),
    () => ({ type: 'system', key: `s:x${rnd(3)}`, name: rnd(2) ? 'X--1 (Mk.2)' : '--', attributes: rnd(2) ? shared as Span['attributes'] : { category: 'ship' }, nominal: rnd(2) === 0 }),
    () => ({ type: 'agreement', key: `a:nominal-${rnd(4)}`, name: 'memorandum of understanding', attributes: { kind: 'MOU' }, nominal: true }),
    () => ({ type: 'agreement', key: `a:n${rnd(3)}`, name: 'Memorandum of Understanding', attributes: rnd(2) ? { kind: 'MOU', date: '2020' } as Span['attributes'] : { parties: ['a', 'b'] }, nominal: false }),
    () => ({ type: 'official', key: `g:${rnd(2)}`, name: '', attributes: { group: true, members: rnd(2) ? ['p0', 'p1', 'p4'] : ['p3', 'p5'] } as Span['attributes'], nominal: true }),
    // A primary span sharing a country's key: one entity with the country mentions, typed by its first.
    () => ({ type: 'system', key: 'c:Iran', name: 'Iran', attributes: { origin: 'Iran' }, nominal: false }),
  ];
  const spans: Span[] = [];
  for (let k = rnd(60) + 1; k > 0; k--) {
    const start = rnd(Math.max(1, text.length - 20));
    spans.push({ ...(kinds[rnd(kinds.length)] as () => Span)(), start, end: start + rnd(15), priority: 1 });
  }
  // Mostly in text order, as the recognisers give them, with a few out of order.
  spans.sort((a, b) => a.start - b.start);
  for (let k = rnd(4); k > 0 && spans.length > 1; k--) { const i = rnd(spans.length); const j = rnd(spans.length); [spans[i], spans[j]] = [spans[j] as Span, spans[i] as Span]; }
  const names = ['Iran', 'Russia', 'United States'];
  const count = rnd(30);
  const countries: CountryMentions = { count, start: new Int32Array(count + 3), end: new Int32Array(count + 3), country: new Int32Array(count + 3), names, keys: names.map((nm) => `c:${nm}`) };
  for (let m = 0; m < count; m++) {
    const start = rnd(Math.max(1, text.length - 20));
    countries.start[m] = start;
    countries.end[m] = start + 1 + rnd(12);
    countries.country[m] = rnd(3);
  }
  return { spans, people, countries };
}

describe('perf: interned spellings of long tokens', () => {
  it('tokens of up to 24 characters and beyond carry the spelling of their own text, shared per text', () => {
    const words = ['a', 'Vice-President', 'VICE-PRESIDENT', 'administration', "administration's", 'Administration’s', 'ADMINISTRATION’S',
      'counter-terrorism', 'abcdefghijkl', 'abcdefghijklm', 'Abcdefghijklmnopqrstuvwx', 'Abcdefghijklmnopqrstuvwxy', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
      'Ñandú-Ñandú-Ñandú-Ñandú', 'ÉLYSÉE-PALACE-OFFICE', 'x'.repeat(24), 'x'.repeat(25), 'S-300PMU2-S-400-S-500', 'U.S.-India-Japan-Australia', '.', ',', '(', 'I', '1', '$', '"', '~'];
    const build = (sep: string): string => words.map((w, k) => (k % 2 ? w : w.toUpperCase())).concat(words).join(sep);
    const seen = new Map<string, Spelling>();
    for (const text of [build(' '), build(', '), build('\n') + ' ' + build(' — ')]) {
      const toks = tokenize(text);
      for (let i = 0; i < toks.length; i++) {
        const sp = toks.spelling(i) as Spelling;
        const t = text.slice(toks.start[i] as number, toks.endOf(i));
        const lower = t.toLowerCase().replace(/’/g, "'");
        assert.equal(sp.text, t);
        assert.equal(sp.lower, lower);
        assert.equal(sp.key, lower.length > 2 && lower.endsWith("'s") ? lower.slice(0, -2) : lower);
        assert.equal(sp.word, /^[\p{L}\p{M}\p{N}]/u.test(t));
        assert.equal(sp.cap, sp.word && /^\p{Lu}/u.test(t));
        assert.equal(sp.upper, sp.word && !/\p{Ll}/u.test(t) && (t.match(/\p{Lu}/gu) ?? []).length >= 2, t);
        // Interned up to 24 characters: one spelling per text, across texts.
        const before = seen.get(t);
        if (before && t.length <= 24) assert.equal(sp, before, t);
        seen.set(t, sp);
      }
    }
  });
});

describe('perf: assemble gives the plain results', () => {
  it('slug matches the regular-expression replacements', () => {
    const names = ['', '-', '--a--', 'Sergey Shoigu', 'S-300', 's-300', 'S300PMU2', 'AN/TPY-2', '  X  ', 'x'.repeat(79) + '-y', 'x'.repeat(80) + ' y',
      'a'.repeat(200), 'U.S.-India MOU', "People's Republic", 'Tab\there', 'Émile Zola', 'Ñandú-2', 'KELVIN \u212a', '\u212a', 'İstanbul', 'x\u0130y', 'A\u00a0B', '---', '0', 'A_B', 'ABC', 'abc'];
    let x = 1;
    const rnd = (m: number): number => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return (x >>> 8) % m; };
    const chars = 'aZz09 -_./\'\t`{[@\u212a\u0130é';
    for (let k = 0; k < 2000; k++) {
      let s = '';
      for (let j = rnd(100); j > 0; j--) s += chars[rnd(chars.length)];
      names.push(s);
    }
    for (const name of names) assert.equal(slug(name), plainSlug(name), JSON.stringify(name));
  });

  it('assemble matches the plain grouping on crafted spans and country mentions', () => {
    const text = seeds.join('\n\n');
    for (let seed = 1; seed <= 300; seed++) {
      const { spans, people, countries } = craftedInput(text, seed);
      const got = assemble(text, spans, people, new LineIndex(text), countries);
      const want = plainAssemble(text, spans.concat(countrySpans(countries)), people);
      assert.deepEqual(got.entities, want.entities, `seed ${seed}`);
      assert.deepEqual(got.keyToId, want.keyToId, `seed ${seed}`);
      // The same spans with the countries given as spans.
      const asSpans = assemble(text, spans.concat(countrySpans(countries)), people, new LineIndex(text));
      assert.deepEqual(asSpans.entities, want.entities, `seed ${seed} (country spans)`);
    }
  });

  it('findCountryMentions lists each country once, in order of first mention, as findCountries names them', () => {
    for (const text of [...seeds, seeds.join(' U.S.-India, Iran-Russia, IRAN\'S ')]) {
      const toks = tokenize(text);
      const compact = findCountryMentions(text, toks, spanColumns([]));
      assert.deepEqual(countrySpans(compact), findCountries(text, toks, []));
      const firsts: string[] = [];
      for (let m = 0; m < compact.count; m++) { const nm = compact.names[compact.country[m] as number] as string; if (!firsts.includes(nm)) firsts.push(nm); }
      assert.deepEqual(compact.names, firsts);
      assert.deepEqual(compact.keys, firsts.map((nm) => `c:${nm}`));
    }
  });
});

describe('perf: relations read country mentions from typed arrays', () => {
  it('parties from the countries inside an agreement mention match a stable sort of all country mentions', () => {
    let x = 5;
    const rnd = (m: number): number => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return (x >>> 8) % m; };
    const mention = (start: number, end: number): Mention => ({ start, end, line: 1, column: start + 1, text: '', nominal: false });
    for (let round = 0; round < 200; round++) {
      const entities: Entity[] = [];
      // Countries first or mixed in, with equal starts across countries (ties keep entity order).
      const names = ['Iran', 'Russia', 'India', 'Japan', 'Chile', 'Peru', 'Oman', 'Fiji', 'Cuba', 'Laos'];
      for (let c = rnd(8); c > 0; c--) {
        const starts = Array.from({ length: 1 + rnd(6) }, () => rnd(120)).sort((a, b) => a - b);
        entities.push({ id: `country:${c}`, type: 'country', name: names[rnd(names.length)] as string, attributes: {}, mentions: starts.map((st) => mention(st, st + 3)) });
        if (rnd(2)) { const st = rnd(120); entities.push({ id: `agreement:${round}-${c}`, type: 'agreement', name: 'accord', attributes: {}, mentions: [mention(st, st + rnd(60))] }); }
      }
      const all: Array<[number, string]> = [];
      for (const e of entities) if (e.type === 'country') for (const m of e.mentions) all.push([m.start, e.name]);
      all.sort((a, b) => a[0] - b[0]);
      const sentenceNames = [...new Set(entities.filter((e) => e.type === 'country').flatMap((e) => e.mentions.map(() => e.name)))];
      const want = new Map<string, string[] | undefined>();
      for (const a of entities) {
        if (a.type !== 'agreement') continue;
        const m = a.mentions[0] as Mention;
        const here = all.filter(([st]) => st >= m.start && st < m.end).slice(0, 8).map(([, nm]) => nm);
        const parties = here.length >= 2 ? [...new Set(here)] : sentenceNames.length >= 2 ? sentenceNames : undefined;
        want.set(a.id, parties);
      }
      findRelations({ sentenceStarts: Int32Array.from([0]), verbs: new Map(), clauseStart: new Map(), passive: new Map() }, entities);
      for (const a of entities) if (a.type === 'agreement') assert.deepEqual(a.attributes['parties'], want.get(a.id), `round ${round}`);
    }
  });
});
