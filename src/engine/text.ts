import { startLookup } from './order';
/**
 * Tokens and positions. Everything downstream works on the tokens of one linear scan of the text.
 */

/**
 * What a token's text alone determines, shared by every occurrence of the same short text (see
 * interning below). Recognisers read a token's words through its spelling (`toks.spelling(i).lower`;
 * in loops `spellings[ids[i]]`) and its position through the parallel arrays of `Tokens`.
 */
export interface Spelling {
  readonly text: string;
  /** Lower-cased text with '’' folded to "'". */
  readonly lower: string;
  /** `lower` without a possessive "'s". */
  readonly key: string;
  /** First character is an upper-case letter. */
  readonly cap: boolean;
  /** At least two letters and no lower-case letter ("SECRETARY", "THAAD", "S-400"). */
  readonly upper: boolean;
  /** A word (letters or digits), not punctuation. */
  readonly word: boolean;
  /**
   * Country named by this spelling (nationality, name or possessive), filled in lazily; null =
   * none. It depends on the key and capitalisation only, so it is worked out once per distinct word.
   */
  country: string | null | undefined;
  /** Facts the recognisers cache about the spelling (see spellingFacts); 0 = nothing cached. */
  memo: number;
  /** A second word of such facts, for the knowledge-base recognisers (see spellingFacts2). */
  memo2: number;
  /** tokenize's bookkeeping: the call (`pass`) that last listed this spelling and its index in that call's Tokens.spellings. */
  pass: number;
  id: number;
}

/** Bits taken so far in Spelling.memo and Spelling.memo2. */
const memoBitsTaken = [0, 0];

function reserveBits(word: 0 | 1, count: number): number {
  // 30 bits: a larger value would no longer be a small integer where V8 compresses pointers.
  if (memoBitsTaken[word]! + count > 30) throw new Error(`Spelling.${word === 0 ? 'memo' : 'memo2'} has no bits left`);
  const known = 1 << memoBitsTaken[word]!;
  memoBitsTaken[word]! += count;
  return known;
}

/**
 * Reserves `count` consecutive bits of Spelling.memo for one set of cached facts and returns the
 * lowest, which is that set's "known" bit; its facts are the bits above it. Each module reserves
 * its bits when it loads, so no two caches can share a bit.
 */
export function reserveMemoBits(count: number): number {
  return reserveBits(0, count);
}

/**
 * As reserveMemoBits, in Spelling.memo2. Thirty bits are not enough for every stage's facts; the
 * systems and agreements recognisers keep theirs in this second word.
 */
export function reserveMemoBits2(count: number): number {
  return reserveBits(1, count);
}

/** As spellingFacts, for bits reserved with reserveMemoBits2 (a function of its own: one field per function keeps the hot property access monomorphic). */
export function spellingFacts2(t: Spelling, known: number, compute: (t: Spelling) => number): number {
  const memo = t.memo2;
  if ((memo & known) !== 0) return memo;
  const next = t.memo2 | known | compute(t);
  t.memo2 = next;
  return next;
}

/**
 * Facts about a spelling that depend on its text and fixed word lists alone, worked out once per
 * distinct spelling rather than at every token: the stages ask them at most words of the text,
 * and a bit test then replaces several set look-ups. `known` comes from reserveMemoBits and
 * `compute` returns the fact bits above it. Returns the memo word; test the fact bits in it.
 */
export function spellingFacts(t: Spelling, known: number, compute: (t: Spelling) => number): number {
  const memo = t.memo;
  if ((memo & known) !== 0) return memo;
  // Read again: compute may have cached other facts of the same spelling meanwhile.
  const next = t.memo | known | compute(t);
  t.memo = next;
  return next;
}

/**
 * The tokens of a text as parallel arrays: token i is `spellings[ids[i]]` (its shared spelling,
 * see `spelling`), from `start[i]` to `endOf(i)` (its spelling's text is the token's text, so
 * the end is not stored: 6.8 MB less of pooled memory on 10 MB), with `flags[i]` = whitespace
 * before it | line breaks before it << 1. Only the first `length` entries are meaningful (the typed arrays grow
 * by half as needed).
 *
 * One object per token was 56 bytes plus an array slot (Node keeps full 8-byte pointers): 115 MB
 * of live heap for the 1.7 million tokens of 10 MB, most of the peak memory, and 1.7 million
 * objects for every full garbage collection to mark. As arrays a token is 9 bytes, none of them
 * on the JavaScript heap: an array of 1.7 million pointers to the spellings was 13.6 MB of heap,
 * live through every stage, and V8 lets the heap grow to about four times what it finds live at
 * a full collection (a number per token in an Int32Array, and the text's distinct spellings in
 * `spellings`, took ~50 MB off the peak memory of 10 MB).
 */
export class Tokens {
  length = 0;
  /** Index in `spellings` of each token's spelling. */
  ids: Int32Array;
  /**
   * The distinct spellings of the text, in order of first occurrence (a spelling object appears
   * once: tokens with the same text share it, see interning below). Refilled by tokenize.
   */
  spellings: Spelling[] = [];
  start: Int32Array;
  /**
   * A byte, not 32 bits: the line-break count is only ever compared with 0, so it is capped at
   * MAX_FLAG_BREAKS (2 M tokens of pooled flags on 10 MB: 8 MB as integers, 2 MB as bytes).
   */
  flags: Uint8Array;
  constructor(capacity = 64) {
    this.ids = new Int32Array(0);
    this.start = new Int32Array(0);
    this.flags = new Uint8Array(0);
    this.carve(capacity, 0);
  }
  /** The spelling of token i, or undefined outside the tokens (the arrays may be longer). */
  spelling(i: number): Spelling | undefined {
    return i >= 0 && i < this.length ? this.spellings[this.ids[i] as number] : undefined;
  }
  /** The offset just after token i (0 <= i < length). */
  endOf(i: number): number {
    return (this.start[i] as number) + (this.spellings[this.ids[i] as number] as Spelling).text.length;
  }
  /** Line breaks between the previous token and token i (0 = same line; at most MAX_FLAG_BREAKS). */
  nl(i: number): number { return (this.flags[i] as number) >>> 1; }
  /** Whitespace directly before token i. */
  space(i: number): boolean { return ((this.flags[i] as number) & 1) !== 0; }
  /**
   * A zeroed array of `length` entries for per-token work (a recogniser's "taken" marks, the
   * sentence ids...), kept with these tokens and reused when they are refilled for the next text.
   * Fresh memory is costly here (first touch of a new page: measured about 100 ms for 24 MB of
   * new typed arrays on this machine), and a 10 MB text needs tens of megabytes of such arrays.
   * `slot` keeps the users apart (see SCRATCH); an array is valid until the tokens are refilled.
   */
  bytes(slot: number): Uint8Array {
    return this.scratch(this.byteScratch, slot, (n) => new Uint8Array(n));
  }
  /** As `bytes`, 32-bit integers. */
  ints(slot: number): Int32Array {
    return this.scratch(this.intScratch, slot, (n) => new Int32Array(n));
  }
  private scratch<A extends Uint8Array | Int32Array>(store: A[], slot: number, make: (n: number) => A): A {
    let a = store[slot];
    // Slots the pool's buffer holds are never shorter than the tokens (see carve).
    if (a === undefined || a.length < this.length) { a = make(Math.max(this.length, this.start.length)); store[slot] = a; }
    const view = a.subarray(0, this.length) as A;
    view.fill(0);
    return view;
  }
  private readonly byteScratch: Uint8Array[] = [];
  private readonly intScratch: Int32Array[] = [];

  /**
   * An empty list of integers kept with these tokens, for the token indexes a recogniser collects
   * (it is valid until the tokens are refilled). `slot` as for `ints`, from LIST_SLOTS' own numbers.
   * A plain array pushed token by token grows its backing store by copies into fresh memory: on
   * 10 MB, two such lists of the agreements recogniser were most of its constructor (44 ms against
   * 2 ms on 1 MB, in the profile the two push lines), as fresh pages cost about 20 µs each here.
   */
  list(slot: number): IntList {
    let l = this.lists[slot];
    if (l === undefined) { l = new IntList(); this.lists[slot] = l; }
    l.length = 0;
    return l;
  }
  private readonly lists: IntList[] = [];

  /** Makes room for at least n tokens, keeping the first `length`. */
  reserve(n: number): void {
    if (n <= this.start.length) return;
    this.resize(Math.max(n, Math.ceil(this.start.length * 1.5)));
  }

  /**
   * Cuts the arrays down to the first `length` tokens and a sixteenth more when they have more
   * than an eighth to spare (see tokenize). Only after the arrays were made or grown for this
   * text: a pool that already fits is kept as it is. The sixteenth is room to type in: cut to
   * exactly the tokens, the arrays were too short for the next version of an edited article,
   * which has a word more, so every edit grew them (a new buffer of about 340 KB for the 100 KB
   * editor benchmark article, and copies) and cut them again: 80 times in 80 edits. The time it
   * saves is within the noise of a 7 ms analysis; the garbage it saves is a buffer per edit.
   * Pages of the spare that no text reaches are never touched (see carve), so on large texts it
   * costs no memory.
   */
  trim(): void {
    const n = this.length;
    if (this.start.length - n <= (n >>> 3) + 64) return;
    this.resize(n + headroom(n));
  }

  private resize(cap: number): void {
    this.carve(cap, this.length);
  }

  /**
   * Makes every per-token array of the pool (spelling ids, starts, flags, and the scratch slots
   * of SCRATCH) a view of one new buffer of `cap` tokens, keeping the first `keep` ids, starts
   * and flags. One buffer, not seven arrays: on 10 MB it is 19 bytes for each of 1.9 million
   * tokens, 36 MB, above the size from which the C library always maps memory of its own for an
   * allocation (32 MB at most), so that the pages of it a text does not reach are never touched,
   * and dropping it gives them back to the system. As seven arrays of 2 to 8 MB they came from
   * the library's shared heap, where a zeroed allocation touches every page and freed memory
   * stays with the process: measured on the benchmark's 10 MB corpus, peak RSS fell by about
   * 20 MB with the library told to map every allocation of 4 MB or more.
   */
  private carve(cap: number, keep: number): void {
    const ints = INT_SLOTS + 2;
    const buffer = new ArrayBuffer(cap * (4 * ints + 1 + BYTE_SLOTS));
    const int = (k: number): Int32Array => new Int32Array(buffer, 4 * k * cap, cap);
    const byte = (k: number): Uint8Array => new Uint8Array(buffer, 4 * ints * cap + k * cap, cap);
    const ids = int(0);
    const start = int(1);
    const flags = byte(0);
    if (keep > 0) {
      ids.set(this.ids.subarray(0, keep));
      start.set(this.start.subarray(0, keep));
      flags.set(this.flags.subarray(0, keep));
    }
    this.ids = ids;
    this.start = start;
    this.flags = flags;
    for (let k = 0; k < INT_SLOTS; k++) this.intScratch[k] = int(2 + k);
    for (let k = 0; k < BYTE_SLOTS; k++) this.byteScratch[k] = byte(1 + k);
  }
}

/** Spare entries a pooled per-item array keeps beyond the `n` it was cut or grown to (see Tokens.trim). */
export function headroom(n: number): number {
  return (n >>> 4) + 64;
}

/** A list of integers in a typed array that grows by doubling and is reused (see Tokens.list). */
export class IntList {
  data = new Int32Array(256);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }
}

/** Largest line-break count kept in Tokens.flags (7 bits above the whitespace bit). */
export const MAX_FLAG_BREAKS = 127;

/** Slots of Tokens.list. */
export const LIST_SLOTS = { agreementsDeterminers: 0, agreementsAcronyms: 1 } as const;

/**
 * Slots of Tokens.bytes and Tokens.ints. The recognisers run one after the other (officials,
 * systems, agreements: see recognize in analyze.ts), and each reads its arrays only while it runs
 * (officials' describe() reads none), so the later ones take the earlier ones' slots: on 10 MB
 * (1.7 million tokens, arrays sized for 2 million) one slot is 2 MB of bytes or 8 MB of integers,
 * and sharing them took 12 MB off the peak memory. Sentence ids are read until the end (systems,
 * signing clauses) and keep a slot of their own.
 */
export const SCRATCH = {
  sentences: 0, officialsTitleAt: 1,
  officialsTaken: 0, officialsUpperLines: 1, systemsTaken: 0, agreementsTaken: 1,
} as const;

/** Scratch slots of each kind that Tokens keeps in its buffer (SCRATCH's highest slot + 1 of each). */
const INT_SLOTS = 2;
const BYTE_SLOTS = 2;

// A word is letters/digits joined by inner hyphens, apostrophes, slashes, periods or ampersands
// ("S-300", "AN/TPY-2", "U.S", "Shoigu’s"); anything else that is not whitespace is a
// one-character punctuation token. Invisible format characters (left-to-right marks, zero-width
// joiners) are skipped like spaces: they are common in copied web text and would split titles.
// The scan is a hand-written loop over character codes: tokenising is the only pass that touches
// every character, and a regular expression per token was most of the engine's time on 1 MB.

// The Unicode-property expressions are made on first use, for a character outside ASCII and
// general punctuation. Making one (not only running it) parses its classes out of ICU's tables,
// and the first one in a process also sets those tables up: together about 15 million
// instructions (valgrind) of a fresh command line's 105 million, on an ASCII article that never
// needs them. A regular-expression literal is created when its expression is first evaluated.
let wordRe: RegExp | undefined;
let formatRe: RegExp | undefined;
let upperRe: RegExp | undefined;
let lowerRe: RegExp | undefined;
let letterRe: RegExp | undefined;
const WORD_RE = (): RegExp => (wordRe ??= /[\p{L}\p{M}\p{N}]/u);
const FORMAT_RE = (): RegExp => (formatRe ??= /[\s\p{Cf}]/u);
const UPPER_RE = (): RegExp => (upperRe ??= /\p{Lu}/u);
const LOWER_RE = (): RegExp => (lowerRe ??= /\p{Ll}/u);
const LETTER_RE = (): RegExp => (letterRe ??= /\p{L}/u);
/** Whether every UTF-16 unit of `s` is ASCII. */
export function isAscii(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) >= 128) return false;
  return true;
}

let upperAtRe: RegExp | undefined;
/** Whether `s` has an upper-case letter at `at` (`/\p{Lu}/u` there), ASCII answered without the expression. */
export function upperAt(s: string, at: number): boolean {
  const c = s.charCodeAt(at);
  if (c < 128) return c >= 65 && c <= 90;
  if (c !== c) return false;
  return (upperAtRe ??= /^\p{Lu}/u).test(s.slice(at, at + 2));
}

/** 1 = word character, 2 = whitespace, 0 = other; for the ASCII range. */
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII[c] = /[A-Za-z0-9]/.test(ch) ? 1 : /\s/.test(ch) ? 2 : 0;
}

/**
 * Curly quotes, dashes and the other general punctuation of news text (U+2010..U+2027,
 * U+2030..U+205E) are neither word characters nor spaces. Answering for them without the
 * Unicode-property expressions matters at start-up: compiling one of those takes tens of
 * milliseconds, and an ASCII article with typographic quotes otherwise compiles two.
 */
const isGeneralPunctuation = (c: number): boolean => (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e);

function isWordCode(text: string, i: number, c: number): boolean {
  if (c < 128) return ASCII[c] === 1;
  if (isGeneralPunctuation(c)) return false;
  // Surrogate pairs: test the whole code point.
  if (c >= 0xd800 && c <= 0xdbff) return WORD_RE().test(text.slice(i, i + 2));
  return WORD_RE().test(text.charAt(i));
}

function isSpaceCode(text: string, i: number, c: number): boolean {
  if (c < 128) return ASCII[c] === 2;
  if (isGeneralPunctuation(c)) return false;
  return FORMAT_RE().test(text.charAt(i));
}

/**
 * The text's own vocabulary in lower case: its distinct word spellings written in lower case
 * ("officials", "attack"). A capitalised word whose lower-case form is among them opens a sentence
 * or a title rather than naming someone or something. Built by a recogniser on first use, once per
 * analysis (see SystemRecognizer.lowerCaseWords, OfficialRecognizer.writtenLower).
 */
export function lowerCaseSpellings(spellings: readonly Spelling[]): Set<string> {
  const words = new Set<string>();
  for (const w of spellings) if (w.word && !w.cap && !w.upper) words.add(w.text);
  return words;
}

/** True when `s` has a letter (`/\p{L}/u`), answered for ASCII without the Unicode tables (see above). */
export function hasLetter(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
    if (c >= 128 && !isGeneralPunctuation(c)) return LETTER_RE().test(s);
  }
  return false;
}

/** A slash at i with a lower-case ASCII letter before it and a capital after it (see tokenize). */
function slashBetweenTitles(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i + 1);
  return before >= 97 && before <= 122 && after >= 65 && after <= 90;
}

const isJoiner = (c: number): boolean => c === 45 || c === 0x2010 || c === 0x2011 || c === 39 || c === 0x2019 || c === 47 || c === 46 || c === 38;


/**
 * A lower case without the combining dot that the Turkish dotted capital I lower-cases with ("İ" to
 * "i" and U+0307): "HİSAR", "İstif" are read as "hisar", "istif", as names are listed. (Only a
 * lower case longer than its text can hold one: spell asks nothing of the rest.)
 */
function withoutCombiningDot(lower: string): string {
  return lower.indexOf('\u0307') >= 0 ? lower.replace(COMBINING_DOT_AFTER_I, 'i') : lower;
}
const COMBINING_DOT_AFTER_I = /i\u0307/g;

function spell(t: string, word: boolean): Spelling {
  let cap = false;
  let upper = false;
  if (word) {
    const f = t.charCodeAt(0);
    // Whole code points: a capital outside the Basic Multilingual Plane is a surrogate pair.
    cap = f < 128 ? f >= 65 && f <= 90 : upperAt(t, 0);
    let letters = 0;
    let hasLower = false;
    for (let k = 0; k < t.length; k++) {
      const d = t.charCodeAt(k);
      if (d >= 97 && d <= 122) { hasLower = true; break; }
      if (d >= 65 && d <= 90) letters++;
      else if (d >= 128 && !isGeneralPunctuation(d)) {
        const pair = d >= 0xd800 && d <= 0xdbff && k + 1 < t.length;
        const ch = pair ? t.slice(k, k + 2) : t.charAt(k);
        if (pair) k++;
        if (LOWER_RE().test(ch)) { hasLower = true; break; }
        if (UPPER_RE().test(ch)) letters++;
      }
    }
    upper = !hasLower && letters >= 2;
  }
  let lower = t.toLowerCase();
  if (lower.indexOf('’') >= 0) lower = lower.replace(/’/g, "'");
  if (lower.length !== t.length) lower = withoutCombiningDot(lower);
  const key = lower.length > 2 && lower.endsWith("'s") ? lower.slice(0, -2) : lower;
  return { text: t, lower, key, cap, upper, word, country: undefined, memo: 0, memo2: 0, pass: 0, id: 0 };
}

// Spellings of short tokens are interned: the same few thousand words make up most of any text,
// and creating a new text, lower-case and key string for each of ~180,000 tokens per megabyte
// was most of the garbage collector's work (profile: tokenize and GC about 30% of the engine on
// 1 MB). A token's text is looked up by a hash of its characters, compared in place, so a word
// seen before allocates no string at all. V8 copies slices of at most 12 characters, while a
// longer slice would keep the whole source text alive in the table: the text of a longer
// interned spelling is built from such short slices instead (see ownCopy). Tokens of up to 24
// characters are interned ("administration's", "Vice-President"): a spelling built anew at every
// occurrence also starts without the facts the recognisers cache on it (see spellingFacts), so
// each stage worked them out again for each occurrence. The table is shared by all calls and
// emptied when full, so its memory stays bounded.
export const INTERN_MAX_LENGTH = 24;
/** Longest slice V8 copies rather than pointing into the sliced string. */
const COPIED_SLICE_LENGTH = 12;
const INTERN_SLOTS = 1 << 16;
const INTERN_MASK = INTERN_SLOTS - 1;
const INTERN_LIMIT = INTERN_SLOTS >> 1;
/**
 * The table's slots, two integers each: the index in `interned` (-1 = empty) and the hash.
 * Interleaved so that a probe reads one cache line, not one in each of two 256 KB arrays
 * (profile: the probe's reads were among tokenize's top lines).
 */
const internTable = new Int32Array(2 * INTERN_SLOTS).fill(-1);
const interned: Spelling[] = [];


/**
 * text.slice(start, end) as a string of its own, which does not point into `text`: joined from
 * slices short enough for V8 to copy (a longer slice would keep the whole analysed text alive for
 * as long as the interning table holds it). Made once per distinct interned spelling.
 */
function ownCopy(text: string, start: number, end: number): string {
  let out = text.slice(start, Math.min(end, start + COPIED_SLICE_LENGTH));
  for (let k = start + COPIED_SLICE_LENGTH; k < end; k += COPIED_SLICE_LENGTH) out += text.slice(k, Math.min(end, k + COPIED_SLICE_LENGTH));
  return out;
}

/**
 * `s`, or when longer than V8 copies on slicing, a copy that shares no storage with the string it
 * was sliced from: for keys of tables that outlive an analysis, which would otherwise keep that
 * analysis's whole text alive (see ownCopy).
 */
export function detachedCopy(s: string): string {
  return s.length <= COPIED_SLICE_LENGTH ? s : ownCopy(s, 0, s.length);
}

/**
 * The spelling of text[start, end): interned when short (see above), with the hash the scan
 * computed while reading the token's characters, so each character is read once for both.
 */
function spellingOf(text: string, start: number, end: number, word: boolean, h: number): Spelling {
  if (end - start > INTERN_MAX_LENGTH) return spell(text.slice(start, end), word);
  let slot = h & INTERN_MASK;
  for (;;) {
    const idx = internTable[2 * slot] as number;
    if (idx < 0) break;
    if (internTable[2 * slot + 1] === h) {
      const cand = interned[idx] as Spelling;
      const ct = cand.text;
      // startsWith compares in place, in native code (profile: the character loop that did this
      // was the top line of tokenize; tokenize 7.4 -> 6.9 ms A/B on 1 MB).
      if (ct.length === end - start && cand.word === word && text.startsWith(ct, start)) return cand;
    }
    slot = (slot + 1) & INTERN_MASK;
  }
  const sp = spell(end - start > COPIED_SLICE_LENGTH ? ownCopy(text, start, end) : text.slice(start, end), word);
  if (interned.length >= INTERN_LIMIT) {
    internTable.fill(-1);
    interned.length = 0;
    slot = h & INTERN_MASK;
  }
  internTable[2 * slot] = interned.length;
  internTable[2 * slot + 1] = h;
  interned.push(sp);
  return sp;
}

const FNV_PRIME = 0x01000193;

/** tokenize calls so far (see Spelling.pass), counted up to MAX_PASS and then again from 1. */
let tokenizePass = 0;
const MAX_PASS = 0x3fffffff;

/**
 * Splits text into tokens in one linear pass.
 *
 * `pool` (optional) is a `Tokens` a previous call returned, owned by the caller and no longer in
 * use: its arrays are refilled instead of allocating new ones. The result may be that object.
 */
export function tokenize(text: string, pool?: Tokens): Tokens {
  const n = text.length;
  // News text averages about six characters per token; the arrays grow if it has more.
  const estimate = Math.max(64, Math.ceil(n / 5));
  const fits = pool !== undefined && pool.start.length >= (estimate >>> 1);
  const toks = pool ?? new Tokens(estimate);
  // Tokens of the pool's last text, to clear what this text leaves of them (see below).
  const before = toks.length;
  toks.length = 0;
  // A pool left by a much shorter text is grown once, not by halves all the way up. A pool of
  // about this text's size (the same text again, the usual case) is used as it is and grows
  // only if the text turns out to have more tokens.
  if (!fits) toks.reserve(estimate);
  // Whether the arrays were made or grown for this text (then they are trimmed at the end).
  let resized = !fits;
  // Each call numbers its spellings afresh (see Spelling.pass): a spelling met for the first
  // time in this call is appended to the table and remembers its index there.
  if (tokenizePass === MAX_PASS) {
    for (let k = 0; k < interned.length; k++) (interned[k] as Spelling).pass = 0;
    tokenizePass = 0;
  }
  const pass = ++tokenizePass;
  // The pool's table is overwritten in place (growing it by pushes was about 0.6 ms of a 1 MB
  // pass) and cut to this text's spellings at the end.
  const table = toks.spellings;
  let distinct = 0;
  let ids = toks.ids;
  let starts = toks.start;
  let flags = toks.flags;
  let count = 0;
  let i = 0;
  let nl = 0;
  let space = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    // ASCII letters, digits and spaces are decided by one table read; everything else by the
    // general tests (profile: the per-character function calls were most of tokenize).
    const a = c < 128 ? (ASCII[c] as number) : -1;
    // A line break is "\n", or a "\r" not followed by one (old Mac files): the same breaks as
    // LineIndex, so a title never runs on across a line that the editor shows as two.
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) { nl++; space = true; i++; continue; }
    if (a === 2 || (a < 0 && isSpaceCode(text, i, c))) { space = true; i++; continue; }
    const start = i;
    let word = false;
    // FNV-style hash of the characters, finished with the length below; computed while scanning
    // so the interning table needs no second pass over the token.
    let h = 0;
    if (a === 1 || (a < 0 && isWordCode(text, i, c))) {
      word = true;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) { h = Math.imul(h ^ c, FNV_PRIME); h = Math.imul(h ^ text.charCodeAt(i + 1), FNV_PRIME); i += 2; }
      else { h = Math.imul(h ^ c, FNV_PRIME); i++; }
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 128) {
          const b = ASCII[d] as number;
          if (b === 1) { h = Math.imul(h ^ d, FNV_PRIME); i++; continue; }
          if (b === 2) break;
        } else if (isWordCode(text, i, d)) {
          if (d >= 0xd800 && d <= 0xdbff && i + 1 < n) { h = Math.imul(h ^ d, FNV_PRIME); h = Math.imul(h ^ text.charCodeAt(i + 1), FNV_PRIME); i += 2; }
          else { h = Math.imul(h ^ d, FNV_PRIME); i++; }
          continue;
        }
        // A joiner stays inside the word only when a word character follows it.
        // (Not a slash between a lower-case letter and a capital: "Deputy Prime Minister/Defence
        // Minister", "High Representative/Vice-President" are two titles; "AN/APG-81", "C/D" and
        // "and/or" stay one word.)
        if (isJoiner(d) && i + 1 < n && isWordCode(text, i + 1, text.charCodeAt(i + 1)) && !(d === 47 && slashBetweenTitles(text, i))) { h = Math.imul(h ^ d, FNV_PRIME); i++; continue; }
        break;
      }
    } else {
      const len = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      for (let k = 0; k < len; k++) h = Math.imul(h ^ text.charCodeAt(i + k), FNV_PRIME);
      i += len;
    }
    h = Math.imul(h ^ (i - start), FNV_PRIME);
    if (count === starts.length) {
      toks.length = count;
      toks.reserve(count + 1);
      resized = true;
      ids = toks.ids;
      starts = toks.start;
      flags = toks.flags;
    }
    starts[count] = start;
    flags[count] = (space ? 1 : 0) | ((nl < MAX_FLAG_BREAKS ? nl : MAX_FLAG_BREAKS) << 1);
    const sp = spellingOf(text, start, i, word, h);
    if (sp.pass !== pass) { sp.pass = pass; sp.id = distinct; table[distinct++] = sp; }
    ids[count] = sp.id;
    count++;
    nl = 0;
    space = false;
  }
  toks.length = count;
  table.length = distinct;
  // A pooled text shorter than the last leaves that text's tokens past its own end. The stages
  // may look one token past the end (a guard written `tok(j) ?? ...`), and found there, in place
  // of the zeros of fresh arrays, a spelling id of the other text: out of this text's table (a
  // crash: a text ending in "Russia's" after a longer one) or another spelling (a result that
  // depended on the text analysed before). Cleared, pooled and fresh arrays read alike.
  if (before > count) {
    const to = Math.min(before, ids.length);
    ids.fill(0, count, to);
    starts.fill(0, count, to);
    flags.fill(0, count, to);
  }
  // The estimate leaves about a sixth of the arrays unused on news text (2 M slots for the 1.7 M
  // tokens of 10 MB), and the per-token scratch arrays are sized like them (see Tokens.scratch):
  // arrays made or grown for this text are cut to its tokens once, so the pool that stays holds
  // no spare (about 8 MB less on 10 MB). A later, longer text grows them again by halves.
  if (resized) toks.trim();
  return toks;
}

/**
 * Words of a kicker line above a release's headline ("Media release", "PRESS RELEASE", "MEDIA
 * STATEMENT", "Ministry of Defence"), of which such a line is made alone (see headlineStart).
 */
const KICKER_WORD = new Set(['media', 'press', 'news', 'release', 'statement', 'advisory', 'readout', 'for', 'immediate', 'update', 'notice',
  'ministry', 'department', 'of', 'defence', 'defense', 'national', 'office', 'the']);

/**
 * The first token of a text's headline: the first line, or the line after up to three kicker
 * lines of at most four words above it ("MEDIA STATEMENT" / "Defence minister says ...").
 */
export function headlineStart(toks: Tokens): number {
  const n = toks.length;
  let at = 0;
  for (let lines = 0; lines < 3 && at < n; lines++) {
    let end = at + 1;
    while (end < n && toks.nl(end) === 0) end++;
    if (end >= n) return at;
    let words = 0;
    for (let k = at; k < end; k++) {
      const w = toks.spelling(k) as Spelling;
      if (!w.word) continue;
      if (!KICKER_WORD.has(w.lower) || ++words > 4) return at;
    }
    if (words === 0) return at;
    at = end;
  }
  return at;
}

/** Maps offsets to 1-based line and column (UTF-16 units); built once per text. */
export class LineIndex {
  /**
   * Offsets of the line starts, `starts[0..count)` (0 first). A typed array grown by doubling, not
   * a pushed array: profile (10 MB, 119,360 lines) pushing the starts onto a plain array was
   * 13.3 ms of this constructor's 16 against 0.06 ms on 1 MB (a large array's backing store is
   * copied into fresh memory as it grows); the indexOf scan itself is 2.6 ms.
   */
  private starts = new Int32Array(64);
  private count = 1;
  /** The line of an offset (see startLookup), built on the first look-up. */
  private lookup: ((offset: number) => number) | undefined;
  private readonly length: number;
  constructor(text: string) {
    this.length = text.length;
    // Without carriage returns a line starts after each "\n": indexOf finds those in native code
    // (profile: the character loop was 1.5 ms on 1 MB, the only pass over the text here).
    if (text.indexOf('\r') < 0) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.push(i + 1);
    }
  }
  private push(offset: number): void {
    if (this.count === this.starts.length) {
      const grown = new Int32Array(this.starts.length * 2);
      grown.set(this.starts);
      this.starts = grown;
    }
    this.starts[this.count++] = offset;
  }
  /** Returns [line, column], both 1-based. */
  position(offset: number): [number, number] {
    const lo = this.lineIndex(offset);
    return [lo + 1, offset - (this.starts[lo] as number) + 1];
  }
  /** The 1-based line of an offset (with `column`, no pair allocated per mention). */
  line(offset: number): number {
    return this.lineIndex(offset) + 1;
  }
  /** The 1-based column of an offset on `line` (as returned by `line` for that offset). */
  column(offset: number, line: number): number {
    return offset - (this.starts[line - 1] as number) + 1;
  }
  /**
   * Lines and columns of many offsets at once: `lineOut[k]`, `columnOut[k]` get the 1-based line
   * and column of `offsetOf(k)` for k < count. Offsets that ascend are answered by stepping a
   * cursor over the line starts, which reads memory in order; a descent starts again from the
   * block table. Profile: looking up each mention's line in entity order (random offsets over
   * the whole text) was about 3 ms of assemble's 10 on 1 MB, for 13,864 mentions.
   */
  positions(count: number, offsetOf: (k: number) => number, lineOut: Int32Array, columnOut: Int32Array): void {
    const starts = this.starts;
    const last = this.count - 1;
    let cur = 0;
    let prev = -1;
    for (let k = 0; k < count; k++) {
      const offset = offsetOf(k);
      if (offset < prev) cur = this.lineIndex(offset);
      else while (cur < last && (starts[cur + 1] as number) <= offset) cur++;
      prev = offset;
      lineOut[k] = cur + 1;
      columnOut[k] = offset - (starts[cur] as number) + 1;
    }
  }
  /** The last line starting at or before `offset` (0 before the text). */
  private lineIndex(offset: number): number {
    return (this.lookup ??= startLookup(this.starts, this.count, this.length))(offset);
  }
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'brig', 'cmdr', 'cdr', 'rep', 'sen', 'gov',
  'jr', 'sr', 'st', 'no', 'vs', 'u.s', 'u.k', 'u.n', 'e.u', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'inc', 'corp', 'co', 'ltd', 'hon', 'prof', 'amb', 'pres', 'rt', 'messrs', 'fig', 'approx',
]);

/** Abbreviated country names among ABBREVIATIONS (see sentenceIds). */
const COUNTRY_ABBREVIATION = new Set(['u.s', 'u.k', 'u.n', 'e.u']);
/** Capitalised words that open a sentence and never continue a name after "U.S.". */
const SENTENCE_OPENER = new Set(['The', 'He', 'She', 'It', 'They', 'We', 'I', 'But', 'This', 'That', 'These', 'Those', 'In', 'On', 'At',
  'A', 'An', 'His', 'Her', 'Their', 'Its', 'Our', 'There', 'Both', 'However', 'Meanwhile', 'After', 'Before', 'When', 'While', 'If', 'As']);

/** Returns, for every token, the index of the sentence it belongs to. */
export function sentenceIds(toks: Tokens): Int32Array {
  const n = toks.length;
  const table = toks.spellings;
  const spIds = toks.ids;
  const ids = toks.ints(SCRATCH.sentences);
  // Which spellings are ".", "!" or "?", by spelling id, tested once per distinct spelling: the
  // loop then reads a byte of a small array per token, not the token's spelling (profile, 1 MB:
  // sentenceIds 1.8% of a pass, its top line the spelling's text read at every token).
  const ender = new Uint8Array(table.length);
  for (let s = 0; s < table.length; s++) {
    const tx = (table[s] as Spelling).text;
    const c = tx.length === 1 ? tx.charCodeAt(0) : 0;
    if (c === 46 || c === 33 || c === 63) ender[s] = 1;
  }
  let id = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0 && toks.nl(i) > 0) id++;
    ids[i] = id;
    if (ender[spIds[i] as number] === 1) {
      const prev = i > 0 ? table[spIds[i - 1] as number] : undefined;
      let abbrev = prev !== undefined && !toks.space(i) && (ABBREVIATIONS.has(prev.lower) || (prev.text.length === 1 && prev.cap));
      // A country written short ends its sentence before a word that only opens one: "... moved
      // to the U.S. The talks ..." (where "the U.S. Navy" goes on).
      if (abbrev && i + 1 < n && COUNTRY_ABBREVIATION.has((prev as Spelling).lower) && SENTENCE_OPENER.has((table[spIds[i + 1] as number] as Spelling).text)) abbrev = false;
      if (!abbrev && i + 1 < n && toks.nl(i + 1) === 0) {
        // A sentence ends before the next word; closing quotes stay with this sentence.
        let j = i + 1;
        while (j < n && /^[”"’')\]]$/.test((table[spIds[j] as number] as Spelling).text)) { ids[j] = id; j++; }
        // Not before a comma, a semicolon, a colon or a word in lower case on the same line: "Sen.
        // Roger Wicker (R-Miss.), chairman of ...", "Sen. Bernie Sanders (I-Vt.) spoke" go on.
        const after = j < n && toks.nl(j) === 0 ? (table[spIds[j] as number] as Spelling).text : '';
        const a0 = after.charCodeAt(0);
        if (after === ',' || after === ';' || after === ':' || (a0 >= 97 && a0 <= 122)) { i = j - 1; continue; }
        id++;
        i = j - 1;
      }
    }
  }
  return ids;
}
