/**
 * The knowledge bases as the recognisers read them: look-up tables built from the records of
 * data/systems.ts, data/agreements.ts and the world-countries package (and from the user's own
 * entries). Everything here is plain data (arrays, strings, numbers), so that the build can work
 * it out once and ship the result as JSON (see data/compiled.ts): a fresh command-line process
 * then parses one string instead of running this code over four thousand spellings, which was
 * a third of its start-up (profile: compileSystems, its add/phraseKey/isDesignation, and the
 * country tables at module load).
 */
import type { Country } from 'world-countries';
import type { AgreementRecord } from './data/agreements';
import type { SystemRecord } from './data/systems';
import type { UserEntry } from './types';

// ---------------------------------------------------------------------------------- phrase trie

/**
 * A trie of names (word sequences) in flat arrays. Nodes are numbered breadth first and the
 * children of a node are numbered consecutively, so the child reached through edge `e` is node
 * `e + 1` and no child array is needed: node n's edges are words[start[n] .. start[n + 1]).
 */
export interface PackedTrie {
  words: string[];
  /** First edge of each node; one more entry than there are nodes. */
  start: number[];
  /** Per node: the entry (an index into the index's infos) named by the path to it, or -1. */
  value: number[];
  /** Nodes naming several entries: [node, second entry, third entry, ...]. */
  alts: number[][];
}

/**
 * A PackedTrie as the bundles carry it (data/compiled.ts): each node's number of edges instead of
 * the running `start` offsets, and each node's entry + 1 (0 for none), both as packed integers
 * (see packInts). The two arrays were 38 KB of the 500 KB extension bundle's JSON as numbers;
 * packed they are under half of that (issue 5's bundle size).
 */
export interface CompactTrie {
  words: string[];
  counts: PackedInts;
  values: PackedInts;
  alts: number[][];
}

export function compactTrie(p: PackedTrie): CompactTrie {
  const counts: number[] = [];
  for (let n = 0; n + 1 < p.start.length; n++) counts.push((p.start[n + 1] as number) - (p.start[n] as number));
  return { words: p.words, counts: packInts(counts), values: packInts(p.value.map((v) => v + 1)), alts: p.alts };
}

export function expandTrie(c: CompactTrie): PackedTrie {
  const nodes = packedIntCount(c.counts);
  const start: number[] = [0];
  const value: number[] = [];
  for (let n = 0, at = 0; n < nodes; n++) {
    at += intAt(c.counts, n);
    start.push(at);
    value.push(intAt(c.values, n) - 1);
  }
  return { words: c.words, start, value, alts: c.alts };
}

/** Builds a PackedTrie; the first entry at a node wins, later ones are kept as alternatives when `same` says they differ. */
class TrieBuilder {
  private readonly next: Array<Map<string, number>> = [new Map()];
  private readonly values: number[][] = [[]];

  /** `same` undefined: a node keeps only its first entry. */
  constructor(private readonly same: ((a: number, b: number) => boolean) | undefined) {}

  insert(words: readonly string[], entry: number): void {
    let node = 0;
    for (const w of words) {
      const edges = this.next[node] as Map<string, number>;
      let child = edges.get(w);
      if (child === undefined) {
        child = this.next.length;
        this.next.push(new Map());
        this.values.push([]);
        edges.set(w, child);
      }
      node = child;
    }
    const values = this.values[node] as number[];
    const same = this.same;
    if (values.length === 0) values.push(entry);
    else if (same && !values.some((v) => same(v, entry))) values.push(entry);
  }

  pack(): PackedTrie {
    const words: string[] = [];
    const start: number[] = [];
    const value: number[] = [];
    const alts: number[][] = [];
    // Breadth first: queue[q] is the builder node that becomes node q.
    const queue = [0];
    for (let q = 0; q < queue.length; q++) {
      const b = queue[q] as number;
      start.push(words.length);
      const vs = this.values[b] as number[];
      value.push(vs.length ? (vs[0] as number) : -1);
      if (vs.length > 1) alts.push([q, ...vs.slice(1)]);
      // Each node's edges in code-unit order of their words, so that a node can be searched by
      // halving before (or instead of) building a Map of its edges (PhraseTrie.child).
      const edges = [...(this.next[b] as Map<string, number>)].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
      for (const [w, c] of edges) {
        words.push(w);
        queue.push(c);
      }
    }
    start.push(words.length);
    return { words, start, value, alts };
  }
}

/**
 * Questions answered by binary search before a Map is built for them (the root of a phrase trie,
 * the designations; countries.ts answers its pair look-ups by joined strings as long): a Map of a thousand keys costs more to build than a short article asks of
 * it (a fresh command line built three, 2,800 keys: about 22 million instructions and 320 first
 * touches of memory pages, against a few dozen questions), while a long text wants the Map.
 */
export const SEARCHES_BEFORE_MAP = 64;

/** Index of `key` in words[from, to), sorted in code-unit order, or -1. */
export function searchSorted(words: readonly string[], from: number, to: number, key: string): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const w = words[mid] as string;
    if (w === key) return mid;
    if (w < key) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

/** Read access to a PackedTrie. Node 0 is the root; -1 means "no such node / no entry". */
export class PhraseTrie {
  private root: Map<string, number> | undefined;
  private rootSearches = 0;
  /** Maps for the few inner nodes with many children; the others are scanned. */
  private readonly wide = new Map<number, Map<string, number>>();
  private altsOf: Map<number, readonly number[]> | undefined;

  constructor(private readonly packed: PackedTrie) {}

  /** The child of `node` along `word`, or -1. */
  child(node: number, word: string): number {
    if (node === 0) {
      const root = this.root;
      if (root !== undefined) return root.get(word) ?? -1;
      // Edges are sorted (TrieBuilder.pack).
      if (++this.rootSearches <= SEARCHES_BEFORE_MAP) {
        const e = searchSorted(this.packed.words, this.packed.start[0] as number, this.packed.start[1] as number, word);
        return e < 0 ? -1 : e + 1;
      }
      return (this.root = this.edgeMap(0)).get(word) ?? -1;
    }
    const p = this.packed;
    const from = p.start[node] as number;
    const to = p.start[node + 1] as number;
    if (to - from > 8) {
      let m = this.wide.get(node);
      if (!m) { m = this.edgeMap(node); this.wide.set(node, m); }
      return m.get(word) ?? -1;
    }
    for (let e = from; e < to; e++) if (p.words[e] === word) return e + 1;
    return -1;
  }

  /** The entry named by the path to `node`, or -1. */
  value(node: number): number {
    return this.packed.value[node] as number;
  }

  /** Further entries with the same name, or undefined. */
  alts(node: number): readonly number[] | undefined {
    if (!this.altsOf) {
      this.altsOf = new Map();
      for (const a of this.packed.alts) this.altsOf.set(a[0] as number, a.slice(1));
    }
    return this.altsOf.get(node);
  }

  hasChildren(node: number): boolean {
    return (this.packed.start[node + 1] as number) > (this.packed.start[node] as number);
  }

  /** Calls `fn` with the words and entries of every node that names something (breadth first). */
  forEach(fn: (words: readonly string[], entries: readonly number[]) => void): void {
    const p = this.packed;
    const paths: string[][] = [[]];
    for (let n = 0; n < p.value.length; n++) {
      const path = paths[n] as string[];
      for (let e = p.start[n] as number; e < (p.start[n + 1] as number); e++) paths[e + 1] = [...path, p.words[e] as string];
      const v = p.value[n] as number;
      if (v >= 0) fn(path, [v, ...(this.alts(n) ?? [])]);
    }
  }

  private edgeMap(node: number): Map<string, number> {
    const p = this.packed;
    const m = new Map<string, number>();
    for (let e = p.start[node] as number; e < (p.start[node + 1] as number); e++) m.set(p.words[e] as string, e + 1);
    return m;
  }
}

/** Lower-cased words of a name, with '’' folded to "'" as in token keys. */
const phraseWords = (s: string): string[] => s.toLowerCase().replace(/’/g, "'").split(/\s+/).filter(Boolean);

// -------------------------------------------------------------------------------------- systems

/** A system as the recogniser knows it: the knowledge-base record or a user entry. */
export interface SystemInfo {
  key: string;
  name: string;
  properName?: string;
  category: string;
  kind: string;
  origin?: string;
  manufacturer?: string;
  natoName?: string;
  ambiguous: boolean;
  /** Not in the knowledge base: a designation found by its pattern alone (see SystemRecognizer). */
  unknown?: boolean;
  /** For a variant named in the text ("F-35A", "PAC-3 MSE"), the knowledge-base system it is one of ("F-35", "Patriot"). */
  family?: string;
  /** The family's key, for a variant. */
  familyKey?: string;
}

export interface SystemsIndex {
  infos: SystemInfo[];
  /** Normalised designations ("S300") and the entry each names; the first spelling listed wins. */
  designations: string[];
  designationInfo: number[];
  phrases: PackedTrie;
}

// Cyrillic letters that look like Latin ones in designations ("С-300", "Су-35", "МиГ-29").
const CYRILLIC: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  // (Turkish dotted capital I: "HİSAR" is "HISAR".)
  İ: 'I', А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'S', Т: 'T', Х: 'X', У: 'U', И: 'I', Г: 'G', Л: 'L', Д: 'D', Ф: 'F', Я: 'YA', Ш: 'SH', Ч: 'CH', Б: 'B', З: 'Z', П: 'P', Ц: 'TS', Ж: 'ZH', Ю: 'YU', Э: 'E', Ы: 'Y', Й: 'Y',
});

/** First words of long country names that are common words too (see buildCountryTables). */
const LONG_NAME_COMMON_FIRST = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'democratic', 'federated', 'british', 'french',
  'heard', 'saint', 'st', 'holy', 'republic', 'people\'s', 'the']);

/** Normalises a designation for look-up: upper case, Latin letters, no separators ("Su-35" -> "SU35"). */
export function normalizeDesignation(s: string): string {
  let out = '';
  const up = s.toUpperCase();
  for (let i = 0; i < up.length; i++) {
    const c = up.charCodeAt(i);
    // ASCII letters and digits are kept as they are, separators dropped; only other scripts need the table.
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90)) { out += up.charAt(i); continue; }
    if (c < 128) continue;
    const ch = up.charAt(i);
    const mapped = CYRILLIC[ch];
    if (mapped !== undefined) out += mapped;
    else if (/[\p{L}\p{N}]/u.test(ch)) out += ch;
  }
  return out;
}

/** True when an alias is written like a designation (letters and digits) rather than a name. */
export const isDesignation = (s: string): boolean => /\d/.test(s) && !/\s/.test(s.trim());

/** A system and the spellings that name it, in the order they are indexed. */
export type SystemSpellings = [SystemInfo, string[]];

/** The user's system entries. */
export function userSystems(userEntries: readonly UserEntry[]): SystemSpellings[] {
  const out: SystemSpellings[] = [];
  for (const e of userEntries) {
    if (e.type !== 'system') continue;
    const a = e.attributes ?? {};
    const info: SystemInfo = { key: `s:${normalizeDesignation(e.name) || e.name.toLowerCase()}`, name: e.name, category: a['category'] ?? 'other', kind: a['kind'] ?? 'system', ambiguous: false };
    if (a['origin']) info.origin = a['origin'];
    if (a['manufacturer']) info.manufacturer = a['manufacturer'];
    if (a['natoName']) info.natoName = a['natoName'];
    out.push([info, [e.name, ...(e.aliases ?? [])]]);
  }
  return out;
}

/** A proper name of two capitalised words written as one ("SeaGuardian", "SkyGuardian"); not "MiG" or "McDonnell". */
const COMPOUND_NAME = /\b([A-Z][a-z]{2,})([A-Z][a-z]{2,})\b/g;

/**
 * The forms, each followed by its spelling with a compound proper name split into its two words
 * ("MQ-9B SeaGuardian" and "MQ-9B Sea Guardian"), as the press often writes a maker's compound,
 * and a ship class's with "class" as a word of its own ("Virginia-class" and "Virginia class").
 */
export function withSpacedCompounds(forms: readonly string[]): string[] {
  const out: string[] = [];
  for (const form of forms) {
    out.push(form);
    for (const spaced of [form.replace(COMPOUND_NAME, '$1 $2'), form.replace(/-class$/, ' class')]) {
      if (spaced !== form && !forms.includes(spaced) && !out.includes(spaced)) out.push(spaced);
    }
  }
  return out;
}

const ROMAN_SUFFIX: Record<string, string> = { I: '1', II: '2', III: '3', IV: '4' };
const DIGIT_SUFFIX: Record<string, string> = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV' };

/**
 * The designations the press writes for a form in other ways: a name and a number hyphenated
 * ("Type 214" as "Type-214", "Leopard 2" as "Leopard-2"), a generation's number in Roman
 * numerals or digits ("KSS-III" and "KSS-3", "Fatah-II" and "Fatah-2"), and North Korea's
 * "Hwasongpho-" for "Hwasong-".
 */
export function numberForms(form: string): string[] {
  const out: string[] = [];
  const spaced = /^([A-Z][A-Za-z]+) (\d[\dA-Za-z]*)$/.exec(form);
  if (spaced) out.push(`${spaced[1]}-${spaced[2]}`);
  const roman = /^(\S*[A-Za-z])[- ](I{1,3}|IV)$/.exec(form);
  if (roman) out.push(`${roman[1]}-${ROMAN_SUFFIX[roman[2] as string] as string}`);
  const digit = /^(\S*[A-Za-z])-([1-4])$/.exec(form);
  if (digit) out.push(`${digit[1]}-${DIGIT_SUFFIX[digit[2] as string] as string}`);
  // "Mark" spelled out for a name's "Mk": "Astra Mark 1" for "Astra Mk1", "Tejas Mark 1A".
  const mark = /^(\S.* )Mk[- ]?(\d{1,2}[A-Z]?)$/.exec(form);
  if (mark) out.push(`${mark[1] as string}Mark ${mark[2] as string}`);
  // North Korea's own spelling of its missiles' name: "Hwasongpho-19" for the Hwasong-19.
  if (form.startsWith('Hwasong-')) out.push(`Hwasongpho-${form.slice(8)}`);
  return out;
}

/** The knowledge-base records. */
export function recordSystems(records: readonly SystemRecord[]): SystemSpellings[] {
  const out: SystemSpellings[] = [];
  // Designations the records list themselves: a form numberForms makes is added only where no
  // record lists it (an explicit alias always names its own record).
  const listed = new Set<string>();
  for (const r of records) for (const f of [r.name, ...r.aliases]) if (isDesignation(f)) listed.add(normalizeDesignation(f));
  for (const r of records) {
    const info: SystemInfo = { key: `s:${normalizeDesignation(r.name) || r.name.toLowerCase()}`, name: r.name, category: r.category, kind: r.kind, origin: r.origin, ambiguous: !!r.ambiguous };
    if (r.properName) info.properName = r.properName;
    if (r.manufacturer) info.manufacturer = r.manufacturer;
    if (r.natoName) info.natoName = r.natoName;
    const forms = [r.name, ...r.aliases];
    if (r.properName) forms.push(`${r.name} ${r.properName}`);
    for (const f of [r.name, ...r.aliases]) {
      for (const v of numberForms(f)) {
        const k = normalizeDesignation(v);
        if (!listed.has(k)) { listed.add(k); forms.push(v); }
      }
    }
    out.push([info, withSpacedCompounds(forms)]);
    // The proper name alone ("Seahawk", "Sentinel") is a weaker cue: it needs a system noun after
    // it or an earlier unambiguous mention of the same system.
    if (r.properName && !isDesignation(r.properName)) out.push([{ ...info, ambiguous: true }, [r.properName]]);
  }
  return out;
}

/**
 * Appends a compiled base index (the shipped knowledge base) after the entries indexed so far
 * (the user's, which win): its infos, its keyed forms (designations or acronyms) not already
 * taken, and its phrases, all with info numbers shifted past the current ones.
 */
function appendBase<I>(
  infos: I[], keyed: Map<string, number>, trie: TrieBuilder,
  baseInfos: readonly I[], baseKeys: readonly string[], baseKeyInfo: readonly number[], basePhrases: PackedTrie,
): void {
  const offset = infos.length;
  infos.push(...baseInfos);
  baseKeys.forEach((k, i) => { if (!keyed.has(k)) keyed.set(k, (baseKeyInfo[i] as number) + offset); });
  new PhraseTrie(basePhrases).forEach((words, entries) => { for (const v of entries) trie.insert(words, v + offset); });
}

/**
 * Indexes systems in order: a designation or a name already taken keeps its first system (a
 * name shared by systems with different keys keeps the others as alternatives). `base`, an index
 * built before, comes after all of `systems`: user entries go first and win over the knowledge base.
 */
export function indexSystems(systems: readonly SystemSpellings[], base?: SystemsIndex): SystemsIndex {
  const infos: SystemInfo[] = [];
  const designations = new Map<string, number>();
  const trie = new TrieBuilder((a, b) => (infos[a] as SystemInfo).key === (infos[b] as SystemInfo).key);
  for (const [info, forms] of systems) {
    const id = infos.push(info) - 1;
    for (const form of forms) {
      if (!form.trim()) continue;
      if (isDesignation(form)) {
        const k = normalizeDesignation(form);
        if (k && !designations.has(k)) designations.set(k, id);
      } else {
        trie.insert(phraseWords(form), id);
      }
    }
  }
  if (base) appendBase(infos, designations, trie, base.infos, base.designations, base.designationInfo, base.phrases);
  return { infos, designations: [...designations.keys()], designationInfo: [...designations.values()], phrases: trie.pack() };
}

/**
 * Systems' descriptions as shipped: each distinct string once (kinds, origins and makers repeat
 * across hundreds of systems), and per system eight string positions and a 0/1 for `ambiguous`.
 *
 * Both are single strings rather than arrays, read one record at a time (systemInfoAt): a fresh
 * command line parsed 2,052 strings and 6,633 numbers into 223 KB of heap, all of which then
 * survived two young-generation collections, to describe the two systems of one article. Memory
 * touched for the first time is what a fresh process pays most for here (a page fault costs
 * about 17 us on this machine); the two strings are 50 KB.
 */
export interface PackedSystemInfos {
  /** The distinct strings, each followed by STRING_END. */
  strings: string;
  /** Per system INFO_WIDTH numbers (string positions + 1, 0 = none; then ambiguous), see packInts. */
  fields: PackedInts;
}

/** Ends each string of PackedSystemInfos.strings; no knowledge-base string contains it. */
const STRING_END = '|';

/**
 * Non-negative integers as a string of `width` characters each, six bits per character from
 * INT_DIGITS: ASCII, and nothing JSON has to escape, so the shipped text stays as short as the
 * numbers written out while the parsed form is one string instead of an array of numbers.
 */
export interface PackedInts {
  width: number;
  data: string;
}
const INT_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const INT_VALUE = new Int8Array(128).fill(-1);
for (let k = 0; k < INT_DIGITS.length; k++) INT_VALUE[INT_DIGITS.charCodeAt(k)] = k;

export function packInts(values: readonly number[]): PackedInts {
  let max = 0;
  for (const v of values) {
    if (!Number.isInteger(v) || v < 0) throw new Error(`packInts: ${v} is not a non-negative integer`);
    if (v > max) max = v;
  }
  let width = 1;
  while (max >= 64 ** width) width++;
  let data = '';
  for (const v of values) for (let d = width - 1; d >= 0; d--) data += INT_DIGITS.charAt(Math.floor(v / 64 ** d) % 64);
  return { width, data };
}

/** Entry i of packed integers. */
export function intAt(packed: PackedInts, i: number): number {
  const { width, data } = packed;
  let v = 0;
  for (let k = i * width, end = k + width; k < end; k++) v = v * 64 + (INT_VALUE[data.charCodeAt(k)] as number);
  return v;
}

/** Number of entries in packed integers. */
export const packedIntCount = (packed: PackedInts): number => packed.data.length / packed.width;

export type PackedSystemsIndex = Omit<SystemsIndex, 'infos'> & { infos: PackedSystemInfos };

const INFO_STRINGS = ['key', 'name', 'category', 'kind', 'origin', 'manufacturer', 'natoName', 'properName'] as const;
const INFO_WIDTH = INFO_STRINGS.length + 1;

export function packSystems(index: SystemsIndex): PackedSystemsIndex {
  const strings: string[] = [];
  const at = new Map<string, number>();
  const fields: number[] = [];
  for (const info of index.infos) {
    for (const f of INFO_STRINGS) {
      const v = info[f];
      if (v === undefined) { fields.push(0); continue; }
      if (v.includes(STRING_END)) throw new Error(`packSystems: "${v}" contains the separator ${STRING_END}`);
      let n = at.get(v);
      if (n === undefined) { n = strings.push(v) - 1; at.set(v, n); }
      fields.push(n + 1);
    }
    fields.push(info.ambiguous ? 1 : 0);
  }
  // Designations in code-unit order with their entries, for the binary search of DesignationIndex.
  const order = index.designations.map((_, i) => i).sort((a, b) => {
    const x = index.designations[a] as string;
    const y = index.designations[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return {
    ...index,
    designations: order.map((i) => index.designations[i] as string),
    designationInfo: order.map((i) => index.designationInfo[i] as number),
    infos: { strings: strings.map((x) => x + STRING_END).join(''), fields: packInts(fields) },
  };
}

/**
 * Where each string of PackedSystemInfos.strings starts (one scan, on the first description
 * asked for), and the strings already cut out, per packed object.
 */
const stringStarts = new WeakMap<PackedSystemInfos, { starts: Int32Array; cut: Array<string | undefined> }>();

function packedString(packed: PackedSystemInfos, n: number): string {
  let table = stringStarts.get(packed);
  if (!table) {
    const text = packed.strings;
    let count = 0;
    for (let k = text.indexOf(STRING_END); k >= 0; k = text.indexOf(STRING_END, k + 1)) count++;
    const starts = new Int32Array(count + 1);
    for (let k = text.indexOf(STRING_END), j = 1; k >= 0; k = text.indexOf(STRING_END, k + 1), j++) starts[j] = k + 1;
    table = { starts, cut: [] };
    stringStarts.set(packed, table);
  }
  return (table.cut[n] ??= packed.strings.slice(table.starts[n] as number, (table.starts[n + 1] as number) - 1));
}

/** The system with entry number i of packed descriptions. */
export function systemInfoAt(packed: PackedSystemInfos, i: number): SystemInfo {
  const f = i * INFO_WIDTH;
  const str = (k: number): string | undefined => {
    const n = intAt(packed.fields, f + k);
    return n > 0 ? packedString(packed, n - 1) : undefined;
  };
  const info: SystemInfo = {
    key: str(0) as string,
    name: str(1) as string,
    category: str(2) as string,
    kind: str(3) as string,
    ambiguous: intAt(packed.fields, f + 8) === 1,
  };
  const origin = str(4);
  const manufacturer = str(5);
  const natoName = str(6);
  const properName = str(7);
  if (origin !== undefined) info.origin = origin;
  if (manufacturer !== undefined) info.manufacturer = manufacturer;
  if (natoName !== undefined) info.natoName = natoName;
  if (properName !== undefined) info.properName = properName;
  return info;
}

/** Number of systems in packed descriptions. */
export const packedSystemCount = (packed: PackedSystemInfos): number => packedIntCount(packed.fields) / INFO_WIDTH;

export function unpackSystems(packed: PackedSystemsIndex): SystemsIndex {
  const infos: SystemInfo[] = [];
  for (let i = 0; i < packedSystemCount(packed.infos); i++) infos.push(systemInfoAt(packed.infos, i));
  return { ...packed, infos };
}

// ----------------------------------------------------------------------------------- agreements

export interface AgreementInfo {
  key: string;
  name: string;
  kind: string;
  parties?: string[];
  acronym?: string;
  signed?: string;
  /** The subject words (see AGREEMENT_TOPIC) of a knowledge-base entry's name and aliases, space-separated. */
  topics?: string;
}

/**
 * Words that say what an agreement is about. A reference with one of them refers back only to a
 * named agreement about that ("the grain deal" is not the Minsk agreements named before it); a
 * knowledge-base entry's aliases count ("the nuclear deal" is the JCPOA, "Iran nuclear deal").
 * Not the words that describe most agreements in defence news ("security", "defence", "arms",
 * "missile"): "the defence pact" or "the arms deal" is often the memorandum or contract just named;
 * nor "peace" and "ceasefire": "the peace agreement" is the "Revitalized Agreement on the
 * Resolution of the Conflict in South Sudan" named before it.
 */
export const AGREEMENT_TOPIC = new Set(['grain', 'nuclear', 'trade', 'gas', 'oil', 'energy',
  'prisoner', 'prisoner-swap', 'minerals', 'mineral', 'climate', 'fisheries', 'fishing', 'water', 'border', 'debt', 'loan', 'investment',
  'tax', 'visa', 'migration', 'migrant', 'hostage', 'space', 'cyber', 'basing', 'transit', 'aid',
  'ceasefire', 'cease-fire', 'truce', 'armistice',
  // Defence industry's own kinds of agreement beside the sale itself: "the offset agreement
  // associated with the Gripen contract" is not the PROSUB agreement named before it.
  'offset', 'offsets', 'lease', 'leasing', 'sustainment', 'maintenance', 'licence', 'license', 'licensing']);

/** The AGREEMENT_TOPIC words among the words of some phrases, space-separated ('' for none). */
export function agreementTopics(phrases: readonly string[]): string {
  const found = new Set<string>();
  for (const p of phrases) for (const w of p.toLowerCase().split(/[^a-z-]+/)) if (AGREEMENT_TOPIC.has(w)) found.add(w);
  return [...found].join(' ');
}

export interface AgreementsIndex {
  infos: AgreementInfo[];
  /** Acronyms written in capitals ("INF", "JCPOA") and the entry each names; the first wins. */
  acronyms: string[];
  acronymInfo: number[];
  phrases: PackedTrie;
}

export type AgreementSpellings = [AgreementInfo, string[]];

export function userAgreements(userEntries: readonly UserEntry[]): AgreementSpellings[] {
  const out: AgreementSpellings[] = [];
  for (const e of userEntries) {
    if (e.type !== 'agreement') continue;
    const info: AgreementInfo = { key: `a:${e.name.toLowerCase()}`, name: e.name, kind: e.attributes?.['kind'] ?? 'agreement' };
    out.push([info, [e.name, ...(e.aliases ?? [])]]);
  }
  return out;
}

export function recordAgreements(records: readonly AgreementRecord[]): AgreementSpellings[] {
  const out: AgreementSpellings[] = [];
  for (const r of records) {
    const info: AgreementInfo = { key: `a:${r.name.toLowerCase()}`, name: r.name, kind: r.kind, parties: r.parties.filter((p) => p !== 'multilateral') };
    if (r.acronym) info.acronym = r.acronym;
    if (r.signed) info.signed = r.signed;
    const topics = agreementTopics([r.name, ...r.aliases]);
    if (topics) info.topics = topics;
    out.push([info, [r.name, ...r.aliases, ...(r.acronym ? [r.acronym] : [])]]);
  }
  return out;
}

/** Indexes agreements in order (the first to claim an acronym or a name keeps it); `base` comes last. */
export function indexAgreements(agreements: readonly AgreementSpellings[], base?: AgreementsIndex): AgreementsIndex {
  const infos: AgreementInfo[] = [];
  const acronyms = new Map<string, number>();
  const trie = new TrieBuilder(undefined);
  for (const [info, forms] of agreements) {
    const id = infos.push(info) - 1;
    for (const f of forms) {
      if (/^[A-Z0-9-]{2,10}$/.test(f)) { if (!acronyms.has(f)) acronyms.set(f, id); continue; }
      trie.insert(phraseWords(f), id);
    }
  }
  if (base) appendBase(infos, acronyms, trie, base.infos, base.acronyms, base.acronymInfo, base.phrases);
  return { infos, acronyms: [...acronyms.keys()], acronymInfo: [...acronyms.values()], phrases: trie.pack() };
}

// ------------------------------------------------------------------------------------ countries

export interface CountryInfo {
  /** Common English name used as the canonical country ("Russia", "United States"). */
  name: string;
  cca3: string;
}

export interface CountryTables {
  infos: CountryInfo[];
  /** Look-up keys (lower case, '’' folded to "'") and the country each names, first one wins. */
  names: string[];
  nameInfo: number[];
  demonyms: string[];
  demonymInfo: number[];
  /** Capital cities (lower case) and the country of each, for datelines ("JERUSALEM, July 22 (Reuters) -"). */
  capitals: string[];
  capitalInfo: number[];
}

/** Word tables derived from the names and nationality words (see countryWords). */
export interface CountryWords {
  /** First words of multi-word country names ("united", "saudi"). */
  multiWordFirsts: Set<string>;
  /** First two words of multi-word country names ("united states", "the gambia"). */
  multiWordPairs: Set<string>;
  /** First words of two-word nationality adjectives and names ("south" of "South Korean"). */
  twoWordCountryFirsts: Set<string>;
}

/**
 * The word tables of CountryWords, worked out from the look-up keys of CountryTables when the
 * engine loads rather than shipped with them: a loop over some 1,600 keys (well under a
 * millisecond), against 1.9 KB of the extension's 500 KB budget (issue 5) as compressed data.
 */
export function countryWords(names: readonly string[], demonyms: readonly string[]): CountryWords {
  const multiWordFirsts = new Set<string>();
  const multiWordPairs = new Set<string>();
  const twoWordCountryFirsts = new Set<string>();
  for (const k of names) {
    const sp = k.indexOf(' ');
    if (sp > 0) {
      multiWordFirsts.add(k.slice(0, sp));
      const sp2 = k.indexOf(' ', sp + 1);
      multiWordPairs.add(sp2 > 0 ? k.slice(0, sp2) : k);
    }
  }
  for (const list of [names, demonyms]) {
    for (const k of list) {
      const parts = k.split(' ');
      // (And the first word of a longer name, which the title walk reads whole: "Papua New Guinea
      // Defence Minister" had become "Guinea Defence Minister"; not a compass or common adjective,
      // which opens commands and bodies: "Northern Fleet commander", "Central Command".)
      if (parts.length === 2 || (parts.length > 2 && !LONG_NAME_COMMON_FIRST.has(parts[0] as string))) twoWordCountryFirsts.add(parts[0] as string);
    }
  }
  return { multiWordFirsts, multiWordPairs, twoWordCountryFirsts };
}

/** The fields of a world-countries record the engine reads (the build keeps only these). */
type WorldCountry = Pick<Country, 'cca3' | 'altSpellings'> & {
  name: { common: string; official: string };
  capital?: string[];
  demonyms?: { eng?: { f: string; m: string } } | undefined;
  unMember?: boolean;
  independent?: boolean | null;
  area?: number;
};

/**
 * The order in which records claim names and nationality words: UN members first, then other
 * independent states, then territories, and within each the larger area first. Several records
 * share a word ("French": France and the French Southern and Antarctic Lands; "Dutch": the
 * Netherlands and the Caribbean Netherlands; "American": the United States and the Northern
 * Mariana Islands; "Dominican": the Dominican Republic and Dominica), and the first to claim a
 * word keeps it; in the package's own order the territory came first for "French", "Dutch" and
 * "American", so "French President Emmanuel Macron" was given the country of the Antarctic lands.
 */
function claimOrder(world: readonly WorldCountry[]): WorldCountry[] {
  const rank = (c: WorldCountry): number => (c.unMember ? 0 : c.independent ? 1 : 2);
  // Array.prototype.sort is stable: records of equal rank and area keep the package's order.
  return [...world].sort((a, b) => rank(a) - rank(b) || (b.area ?? 0) - (a.area ?? 0));
}

/** Alternative spellings of world-countries that running English text uses as other words (see buildCountryTables). */
const ENGLISH_WORD_ALT = new Set(['Island', 'Mann']);

/**
 * Country names and nationality adjectives from the world-countries package, plus a few forms
 * that news text uses and the package does not list ("U.S.", "Britain", "Soviet"), each with a reason.
 */
export function buildCountryTables(world: readonly WorldCountry[]): CountryTables {
  const byName = new Map<string, CountryInfo>();
  const byDemonym = new Map<string, CountryInfo>();
  const add = (map: Map<string, CountryInfo>, key: string, info: CountryInfo): void => {
    const k = key.toLowerCase().replace(/’/g, "'");
    if (!map.has(k)) map.set(k, info);
  };
  for (const c of claimOrder(world)) {
    const info: CountryInfo = { name: c.name.common, cca3: c.cca3 };
    add(byName, c.name.common, info);
    add(byName, c.name.official, info);
    for (const alt of c.altSpellings ?? []) {
      // Two-letter codes ("IN", "US") are ordinary words or too ambiguous in running text; so are
      // native names that are English words or surnames ("Island" for Iceland in "Batan Island",
      // "Mann" for the Isle of Man).
      if (alt.length > 3 && /^[A-Z][a-z]/.test(alt) && !ENGLISH_WORD_ALT.has(alt)) add(byName, alt, info);
    }
    const dem = c.demonyms?.eng;
    if (dem) {
      // Some entries list two ("Bosnian, Herzegovinian", "Kittitian or Nevisian"): each is one.
      for (const form of [dem.m, dem.f]) for (const one of form.split(/, | or /)) if (one.length > 0) add(byDemonym, one, info);
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
  // The adjectives English news uses where the package gives another form ("Kazakhstani",
  // "Kirghiz", "Tadzhik", "Uzbekistani", "Argentine", "Maldivan", "Ecuadorean", "Slovene",
  // "Cape Verdian", "Icelander"): "Kazakh Defense Minister", "the Tajik president".
  const newsForms: ReadonlyArray<readonly [string, readonly string[]]> = [
    ['kazakhstan', ['kazakh']], ['uzbekistan', ['uzbek']], ['kyrgyzstan', ['kyrgyz', 'kyrgyzstani']], ['tajikistan', ['tajik', 'tajikistani']],
    ['argentina', ['argentinian']], ['maldives', ['maldivian']], ['ecuador', ['ecuadorian']], ['slovenia', ['slovenian']],
    ['cape verde', ['cape verdean']], ['iceland', ['icelandic']], ['laos', ['lao']], ['luxembourg', ['luxembourgish']],
  ];
  for (const [country, forms] of newsForms) {
    const info = byName.get(country);
    if (info) for (const f of forms) add(byDemonym, f, info);
  }
  // "Philippine" is the usual adjective ("Philippine Secretary of National Defense"); the package gives "Filipino".
  const PH = byName.get('philippines');
  if (PH) add(byDemonym, 'philippine', PH);
  const KR = byName.get('south korea');
  // ("Korean" alone is South Korea's, as "Korea" is: "Korean Ambassador to Romania", "Korean
  // defence firms"; the North is always "North Korean".)
  if (KR) { add(byName, 'korea', KR); add(byName, 'republic of korea', KR); add(byName, 'rok', KR); add(byDemonym, 'korean', KR); }
  const KP = byName.get('north korea');
  if (KP) { add(byName, 'dprk', KP); add(byDemonym, 'north korean', KP); }
  const CN = byName.get('china');
  if (CN) add(byName, 'prc', CN);
  // The package lists Türkiye under its name since 2022 only; most English text still says "Turkey".
  const TR = byName.get('türkiye');
  if (TR) add(byName, 'turkey', TR);
  // Initials that Gulf, Asian and African news use for states, which the package does not list
  // (its three-letter codes are ISO's, "ARE", not the press's "UAE").
  const AE = byName.get('united arab emirates');
  if (AE) for (const k of ['uae', 'u.a.e', 'u.a.e.']) add(byName, k, AE);
  const SA = byName.get('saudi arabia');
  if (SA) add(byName, 'ksa', SA);
  const CD = byName.get('dr congo');
  if (CD) add(byName, 'drc', CD);
  const TW = byName.get('taiwan');
  if (TW) add(byName, 'roc', TW);

  // Each info object once, so keys that shared one at run time share it again after the build.
  const infos: CountryInfo[] = [];
  const ids = new Map<CountryInfo, number>();
  const id = (info: CountryInfo): number => {
    let n = ids.get(info);
    if (n === undefined) { n = infos.push(info) - 1; ids.set(info, n); }
    return n;
  };
  // Capitals, for datelines. Only independent states' (a territory's capital names a place, and
  // datelines are written from countries); the first record to claim a city keeps it. The package
  // writes "Washington D.C."; datelines write "WASHINGTON".
  const byCapital = new Map<string, CountryInfo>();
  for (const c of claimOrder(world)) {
    if (!c.independent) continue;
    const info = byName.get(c.name.common.toLowerCase().replace(/’/g, "'"));
    if (info === undefined) continue;
    for (const city of c.capital ?? []) add(byCapital, city, info);
  }
  add(byCapital, 'washington', US);
  return {
    infos,
    names: [...byName.keys()],
    nameInfo: [...byName.values()].map(id),
    demonyms: [...byDemonym.keys()],
    demonymInfo: [...byDemonym.values()].map(id),
    capitals: [...byCapital.keys()],
    capitalInfo: [...byCapital.values()].map(id),
  };
}

// ----------------------------------------------------------------------------------------- all

/** Everything data/compiled.ts provides. */
export interface CompiledKb {
  systems: Omit<PackedSystemsIndex, 'phrases'> & { phrases: CompactTrie };
  agreements: Omit<AgreementsIndex, 'phrases'> & { phrases: CompactTrie };
  countries: CountryTables;
  /** The public figures' records as written (see data/figures.ts and figures.ts, which indexes them on first use). */
  figures: readonly string[];
}
