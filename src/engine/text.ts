/**
 * Tokens and positions. Everything downstream works on this token array, built by one linear
 * pass of a single non-backtracking regular expression over the whole text.
 */

/**
 * A token. Its text-dependent fields live in a spelling shared by every occurrence of the same
 * short text (see interning below), and its flags in one number: a token is then four fields
 * instead of eleven. On 10 MB of text (1.7 million tokens) the eleven-field objects alone were
 * about 190 MB of heap and most of the garbage collector's work; the getters are inlined by the
 * optimising compiler, so reading `t.lower` costs what a field read did.
 */
export class Token {
  constructor(
    readonly start: number,
    readonly end: number,
    private spelling: Spelling,
    /** word | space << 1 | nl << 2 */
    private bits: number,
  ) {}
  /** Gives a pooled token new contents (tokenize only; see its `pool`). */
  refill(start: number, end: number, spelling: Spelling, bits: number): void {
    (this as { start: number }).start = start;
    (this as { end: number }).end = end;
    this.spelling = spelling;
    this.bits = bits;
  }
  get text(): string { return this.spelling.text; }
  /** Lower-cased text with '’' folded to "'". */
  get lower(): string { return this.spelling.lower; }
  /** `lower` without a possessive "'s". */
  get key(): string { return this.spelling.key; }
  /** First character is an upper-case letter. */
  get cap(): boolean { return this.spelling.cap; }
  /** At least two letters and no lower-case letter ("SECRETARY", "THAAD", "S-400"). */
  get upper(): boolean { return this.spelling.upper; }
  /** A word (letters or digits), not punctuation. */
  get word(): boolean { return (this.bits & 1) !== 0; }
  /** Whitespace directly before this token. */
  get space(): boolean { return (this.bits & 2) !== 0; }
  /** Number of line breaks between the previous token and this one. */
  get nl(): number { return this.bits >>> 2; }
  /**
   * Country named by this token (nationality, name or possessive), filled in lazily; null = none.
   * It depends on the key and capitalisation only, so it is kept with the shared spelling and
   * worked out once per distinct word rather than once per token.
   */
  get country(): string | null | undefined { return this.spelling.country; }
  set country(c: string | null | undefined) { this.spelling.country = c; }
  /**
   * Bit flags a recogniser may cache about the spelling (facts that depend on the text alone and
   * on fixed word lists); 0 = nothing cached. Bits 1-64 are owned by officials.ts, 128-512 by
   * relations.ts.
   */
  get memo(): number { return this.spelling.memo; }
  set memo(m: number) { this.spelling.memo = m; }
}

// A word is letters/digits joined by inner hyphens, apostrophes, slashes, periods or ampersands
// ("S-300", "AN/TPY-2", "U.S", "Shoigu’s"); anything else that is not whitespace is a
// one-character punctuation token. Invisible format characters (left-to-right marks, zero-width
// joiners) are skipped like spaces: they are common in copied web text and would split titles.
// The scan is a hand-written loop over character codes: tokenising is the only pass that touches
// every character, and a regular expression per token was most of the engine's time on 1 MB.

const WORD_RE = /[\p{L}\p{M}\p{N}]/u;
const FORMAT_RE = /[\s\p{Cf}]/u;
const UPPER_RE = /\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;

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
  if (c >= 0xd800 && c <= 0xdbff) return WORD_RE.test(text.slice(i, i + 2));
  return WORD_RE.test(text.charAt(i));
}

function isSpaceCode(text: string, i: number, c: number): boolean {
  if (c < 128) return ASCII[c] === 2;
  if (isGeneralPunctuation(c)) return false;
  return FORMAT_RE.test(text.charAt(i));
}

const LETTER_RE = /\p{L}/u;

/** True when `s` has a letter (`/\p{L}/u`), answered for ASCII without the Unicode tables (see above). */
export function hasLetter(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
    if (c >= 128 && !isGeneralPunctuation(c)) return LETTER_RE.test(s);
  }
  return false;
}

const isJoiner = (c: number): boolean => c === 45 || c === 0x2010 || c === 0x2011 || c === 39 || c === 0x2019 || c === 47 || c === 46 || c === 38;

/** What a token's text alone determines; shared by every occurrence of the same short text. */
interface Spelling {
  text: string;
  lower: string;
  key: string;
  cap: boolean;
  upper: boolean;
  country: string | null | undefined;
  memo: number;
}

function spell(t: string, word: boolean): Spelling {
  let cap = false;
  let upper = false;
  if (word) {
    const f = t.charCodeAt(0);
    cap = f < 128 ? f >= 65 && f <= 90 : UPPER_RE.test(t.charAt(0));
    let letters = 0;
    let hasLower = false;
    for (let k = 0; k < t.length; k++) {
      const d = t.charCodeAt(k);
      if (d >= 97 && d <= 122) { hasLower = true; break; }
      if (d >= 65 && d <= 90) letters++;
      else if (d >= 128 && !isGeneralPunctuation(d)) {
        const ch = t.charAt(k);
        if (LOWER_RE.test(ch)) { hasLower = true; break; }
        if (UPPER_RE.test(ch)) letters++;
      }
    }
    upper = !hasLower && letters >= 2;
  }
  let lower = t.toLowerCase();
  if (lower.indexOf('’') >= 0) lower = lower.replace(/’/g, "'");
  const key = lower.length > 2 && lower.endsWith("'s") ? lower.slice(0, -2) : lower;
  return { text: t, lower, key, cap, upper, country: undefined, memo: 0 };
}

// Spellings of short tokens are interned: the same few thousand words make up most of any text,
// and creating a new text, lower-case and key string for each of ~180,000 tokens per megabyte
// was most of the garbage collector's work (profile: tokenize and GC about 30% of the engine on
// 1 MB). A token's text is looked up by a hash of its characters, compared in place, so a word
// seen before allocates no string at all. Only texts of at most 12 characters are interned:
// V8 copies such slices, while a longer slice would keep the whole source text alive in the
// table. The table is shared by all calls and emptied when full, so its memory stays bounded.
const INTERN_MAX_LENGTH = 12;
const INTERN_SLOTS = 1 << 16;
const INTERN_MASK = INTERN_SLOTS - 1;
const INTERN_LIMIT = INTERN_SLOTS >> 1;
const internSlot = new Int32Array(INTERN_SLOTS).fill(-1);
const internHash = new Int32Array(INTERN_SLOTS);
const interned: Spelling[] = [];
let internedAsWord: boolean[] = [];


/**
 * The spelling of text[start, end): interned when short (see above), with the hash the scan
 * computed while reading the token's characters, so each character is read once for both.
 */
function spellingOf(text: string, start: number, end: number, word: boolean, h: number): Spelling {
  if (end - start > INTERN_MAX_LENGTH) return spell(text.slice(start, end), word);
  let slot = h & INTERN_MASK;
  for (;;) {
    const idx = internSlot[slot] as number;
    if (idx < 0) break;
    if (internHash[slot] === h) {
      const cand = interned[idx] as Spelling;
      const ct = cand.text;
      if (ct.length === end - start && internedAsWord[idx] === word) {
        let k = 0;
        while (k < ct.length && ct.charCodeAt(k) === text.charCodeAt(start + k)) k++;
        if (k === ct.length) return cand;
      }
    }
    slot = (slot + 1) & INTERN_MASK;
  }
  const sp = spell(text.slice(start, end), word);
  if (interned.length >= INTERN_LIMIT) {
    internSlot.fill(-1);
    interned.length = 0;
    internedAsWord = [];
    slot = h & INTERN_MASK;
  }
  internSlot[slot] = interned.length;
  internHash[slot] = h;
  interned.push(sp);
  internedAsWord.push(word);
  return sp;
}

const FNV_PRIME = 0x01000193;

/**
 * Splits text into tokens in one linear pass.
 *
 * `pool` (optional) is the array a previous call returned, owned by the caller and no longer in
 * use: its Token objects are refilled instead of allocating new ones. Tokens live for a whole
 * analysis, so fresh ones were all copied out of the young generation by the garbage collector
 * (profile: creating them cost three times the scan itself on 1 MB); refilled ones are already
 * old. The returned array may be that same array.
 */
export function tokenize(text: string, pool?: Token[]): Token[] {
  const tokens: Token[] = pool ?? [];
  const reuse = tokens.length;
  let count = 0;
  const n = text.length;
  let i = 0;
  let nl = 0;
  let space = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    // ASCII letters, digits and spaces are decided by one table read; everything else by the
    // general tests (profile: the per-character function calls were most of tokenize).
    const a = c < 128 ? (ASCII[c] as number) : -1;
    if (c === 10) { nl++; space = true; i++; continue; }
    if (a === 2 || (a < 0 && isSpaceCode(text, i, c))) { space = true; i++; continue; }
    const start = i;
    let word = false;
    // FNV-style hash of the characters, seeded by nothing and finished with the length below.
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
        if (isJoiner(d) && i + 1 < n && isWordCode(text, i + 1, text.charCodeAt(i + 1))) { h = Math.imul(h ^ d, FNV_PRIME); i++; continue; }
        break;
      }
    } else {
      const len = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      for (let k = 0; k < len; k++) h = Math.imul(h ^ text.charCodeAt(i + k), FNV_PRIME);
      i += len;
    }
    h = Math.imul(h ^ (i - start), FNV_PRIME);
    const sp = spellingOf(text, start, i, word, h);
    const bits = (word ? 1 : 0) | (space ? 2 : 0) | (nl << 2);
    if (count < reuse) (tokens[count] as Token).refill(start, i, sp, bits);
    else tokens.push(new Token(start, i, sp, bits));
    count++;
    nl = 0;
    space = false;
  }
  if (count < tokens.length) tokens.length = count;
  return tokens;
}

/** Maps offsets to 1-based line and column (UTF-16 units); built once per text. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
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
  private lineIndex(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'brig', 'cmdr', 'cdr', 'rep', 'sen', 'gov',
  'jr', 'sr', 'st', 'no', 'vs', 'u.s', 'u.k', 'u.n', 'e.u', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'inc', 'corp', 'co', 'ltd', 'hon', 'prof', 'amb', 'pres', 'rt', 'messrs', 'fig', 'approx',
]);

/** Returns, for every token, the index of the sentence it belongs to. */
export function sentenceIds(tokens: readonly Token[]): Int32Array {
  const ids = new Int32Array(tokens.length);
  let id = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (i > 0 && t.nl > 0) id++;
    ids[i] = id;
    if (t.text === '.' || t.text === '!' || t.text === '?') {
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      const abbrev = prev !== undefined && !prev.space && (ABBREVIATIONS.has(prev.lower) || (prev.text.length === 1 && prev.cap));
      if (!abbrev && next !== undefined && next.nl === 0) {
        // A sentence ends before the next word; closing quotes stay with this sentence.
        let j = i + 1;
        while (j < tokens.length && /^[”"’')\]]$/.test((tokens[j] as Token).text)) { ids[j] = id; j++; }
        id++;
        i = j - 1;
      }
    }
  }
  return ids;
}
