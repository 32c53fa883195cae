/**
 * Tokens and positions. Everything downstream works on this token array, built by one linear
 * pass of a single non-backtracking regular expression over the whole text.
 */

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text with '’' folded to "'". */
  lower: string;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** At least two letters and no lower-case letter ("SECRETARY", "THAAD", "S-400"). */
  upper: boolean;
  /** A word (letters or digits), not punctuation. */
  word: boolean;
  /** Number of line breaks between the previous token and this one. */
  nl: number;
  /** Whitespace directly before this token. */
  space: boolean;
}

// A word is letters/digits joined by inner hyphens, apostrophes, slashes, periods or ampersands
// ("S-300", "AN/TPY-2", "U.S", "Shoigu’s"); anything else that is not whitespace is a
// one-character punctuation token. Invisible format characters (left-to-right marks, zero-width
// joiners) are skipped like spaces: they are common in copied web text and would split titles. Each alternative consumes at least one character and the
// repetition has a fixed separator, so the scan cannot backtrack.
const TOKEN_RE = /[\p{L}\p{M}\p{N}]+(?:[-‐‑'’/.&][\p{L}\p{M}\p{N}]+)*|[^\s\p{Cf}]/gu;
const UPPER_RE = /\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;

/** Splits text into tokens in one linear pass. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let prevEnd = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const s = m.index;
    const t = m[0];
    let nl = 0;
    for (let k = prevEnd; k < s; k++) if (text.charCodeAt(k) === 10) nl++;
    const first = t.charAt(0);
    const word = t.length > 1 || /[\p{L}\p{N}]/u.test(first);
    const hasLower = LOWER_RE.test(t);
    tokens.push({
      start: s,
      end: s + t.length,
      text: t,
      lower: t.toLowerCase().replace(/’/g, "'"),
      cap: UPPER_RE.test(first),
      upper: !hasLower && UPPER_RE.test(t) && (t.replace(/[^\p{L}]/gu, '').length >= 2),
      word,
      nl,
      space: s > prevEnd,
    });
    prevEnd = s + t.length;
  }
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
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return [lo + 1, offset - (this.starts[lo] as number) + 1];
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
