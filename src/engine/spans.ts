/** Shared shapes for recogniser output before entities are assembled. */
import type { EntityType } from './types';
import { radixOrder } from './order';

/** A candidate mention found by a recogniser; `key` groups mentions into one entity. */
export interface Span {
  type: EntityType;
  start: number;
  end: number;
  nominal: boolean;
  /** Entity key within the document (same key = same entity). */
  key: string;
  /** Canonical name proposed by this mention. */
  name: string;
  attributes: Record<string, string | string[] | boolean>;
  /** Lower numbers win when spans of different recognisers overlap. */
  priority: number;
}

/**
 * Spans as columns: span k is `type[k]` from `start[k]` to `end[k]`, with `nominal[k]` (1 =
 * descriptive), `key[k]`, `name[k]` and `attributes[k]` as in Span. The primary spans of a text
 * are kept like this from overlap resolution to assemble (see spanColumns): as objects they were
 * 88 bytes each plus an array slot, 7.7 MB of heap for the 80,000 spans of 10 MB, live through
 * the country mentions, the line index and the grouping; as columns they are 32 bytes of heap
 * (four references) and 9 bytes of typed arrays each.
 */
export interface SpanColumns {
  count: number;
  start: Int32Array;
  end: Int32Array;
  nominal: Uint8Array;
  type: EntityType[];
  key: string[];
  name: string[];
  attributes: Array<Record<string, string | string[] | boolean>>;
}

/** The columns of `spans`, in their order (priorities are not kept: overlaps are resolved before). */
export function spanColumns(spans: readonly Span[]): SpanColumns {
  const n = spans.length;
  const out: SpanColumns = {
    count: n, start: new Int32Array(n), end: new Int32Array(n), nominal: new Uint8Array(n),
    type: new Array<EntityType>(n), key: new Array<string>(n), name: new Array<string>(n), attributes: new Array<Record<string, string | string[] | boolean>>(n),
  };
  for (let k = 0; k < n; k++) {
    const s = spans[k] as Span;
    out.start[k] = s.start;
    out.end[k] = s.end;
    out.nominal[k] = s.nominal ? 1 : 0;
    out.type[k] = s.type;
    out.key[k] = s.key;
    out.name[k] = s.name;
    out.attributes[k] = s.attributes;
  }
  return out;
}

/**
 * The attributes of the many spans that have none (names, references, country mentions): one
 * frozen object instead of a new empty one per span. Span attributes are only read.
 */
export const NO_ATTRIBUTES = Object.freeze({}) as Record<string, string | string[] | boolean>;

/** Removes spans that overlap a kept span, keeping higher-priority and longer spans first. */
export function resolveOverlaps(spans: Span[], textLength: number): Span[] {
  // Spans are read once, in input order, into typed arrays; the passes in priority order below
  // touch only those arrays and the bit map, never the span objects. Profile (10 MB, 80,710
  // spans): reading each span's start and end in priority order, which jumps across megabytes of
  // heap, made this stage 55 ms against 2.1 ms on 1 MB (paint loop 29 ms, sort by start 16 ms).
  const n = spans.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const order = byPriority(spans, starts, ends);
  if (order === undefined) return resolveByComparator(spans, textLength);
  // Kept spans are painted into a per-character bit map; checking a candidate costs its own
  // length, so the whole pass is linear in the text plus the candidates. Bits, not bytes: a
  // byte per character was 10 MB on a 10 MB text.
  const taken = new Uint32Array((textLength >>> 5) + 1);
  // Kept spans as indices into `spans`, in priority order (what the stable sort by start breaks
  // ties with).
  const kept = new Int32Array(n);
  // The loop is a function of its own (see sentenceStartsOf in relations.ts): compiled while it
  // ran, with resolveOverlaps around it, the call after it had no feedback yet, and every call
  // left the compiled code there.
  const count = paintKept(order, starts, ends, taken, kept);
  return byStart(spans, starts, kept, count);
}

// Both sorts below are stable sorts by a few small non-negative integers, without a call to a
// JavaScript comparator per comparison (profile: the comparator sort of the spans was 2.8 ms of
// the 1 MB pass, the top lines of resolveOverlaps): radix passes over the fields (radixOrder in
// order.ts), or, for fields too wide for its 31-bit keys, the fields and the span's index packed
// into one number below 2^53 and sorted as a Float64Array. The index as the lowest field keeps
// equal spans in their input order, as the stable comparator sort did. Inputs whose fields do
// not fit either (unusual priorities or offsets) take the comparator sort.

/** Keeps, in priority order, each span that overlaps no span kept before it; returns how many (in `kept`). */
function paintKept(order: Int32Array, starts: Int32Array, ends: Int32Array, taken: Uint32Array, kept: Int32Array): number {
  const n = order.length;
  let count = 0;
  outer: for (let j = 0; j < n; j++) {
    const idx = order[j] as number;
    const a = starts[idx] as number;
    const b = ends[idx] as number;
    // The span's bits are tested and set 32 at a time, with masks for its first and last words,
    // not one character at a time (profile, 1 MB: the two per-character loops were the top line
    // of resolveOverlaps). An empty span tests nothing and is kept, as the loops kept it.
    if (a < b) {
      const first = a >>> 5;
      const last = (b - 1) >>> 5;
      const head = -1 << (a & 31);
      const tail = -1 >>> (31 - ((b - 1) & 31));
      if (first === last) {
        if (((taken[first] as number) & head & tail) !== 0) continue;
        taken[first] = (taken[first] as number) | (head & tail);
      } else {
        if (((taken[first] as number) & head) !== 0 || ((taken[last] as number) & tail) !== 0) continue;
        // (`| 0`: past the map's end, as for an offset beyond the text, a word reads as free, as
        // the character loops read it.)
        for (let w = first + 1; w < last; w++) if (((taken[w] as number) | 0) !== 0) continue outer;
        taken[first] = (taken[first] as number) | head;
        for (let w = first + 1; w < last; w++) taken[w] = -1;
        taken[last] = (taken[last] as number) | tail;
      }
    }
    kept[count++] = idx;
  }
  return count;
}

/** Bits needed for the integers 0..max. */
const bitsFor = (max: number): number => (max <= 0 ? 0 : 32 - Math.clz32(max));

/**
 * Indices of `spans` sorted by priority, then longer first, then by start (stable); fills
 * `starts` and `ends` with each span's start and end (by index) on the way. Undefined when the
 * fields do not fit the packed keys (then resolveByComparator).
 */
function byPriority(spans: Span[], starts: Int32Array, ends: Int32Array): Int32Array | undefined {
  const n = spans.length;
  let maxPriority = 0;
  let maxLength = 0;
  let maxStart = 0;
  let small = true;
  for (let k = 0; k < n; k++) {
    const s = spans[k] as Span;
    const p = s.priority;
    const len = s.end - s.start;
    if (!(p >= 0 && p <= 0xffff && (p | 0) === p && len >= 0 && len <= 0x7fffffff && (len | 0) === len && s.start >= 0 && s.start <= 0x7fffffff && (s.start | 0) === s.start && s.end <= 0x7fffffff)) { small = false; break; }
    if (p > maxPriority) maxPriority = p;
    if (len > maxLength) maxLength = len;
    if (s.start > maxStart) maxStart = s.start;
    starts[k] = s.start;
    ends[k] = s.end;
  }
  const lBits = bitsFor(maxLength);
  const sBits = bitsFor(maxStart);
  const iBits = bitsFor(n);
  if (!small || bitsFor(maxPriority) + lBits + sBits + iBits > 53) {
    return undefined;
  }
  if (bitsFor(maxPriority) + lBits <= 31 && sBits <= 31) {
    // Radix passes over the offsets, then over priority and reversed length (see radixOrder).
    const hi = new Int32Array(n);
    for (let k = 0; k < n; k++) hi[k] = (spans[k] as Span).priority * 2 ** lBits + (maxLength - ((ends[k] as number) - (starts[k] as number)));
    return radixOrder(starts, sBits, hi, bitsFor(maxPriority) + lBits);
  }
  const lMul = 2 ** lBits;
  const sMul = 2 ** sBits;
  const iMul = 2 ** iBits;
  const keys = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const a = starts[k] as number;
    keys[k] = (((spans[k] as Span).priority * lMul + (maxLength - ((ends[k] as number) - a))) * sMul + a) * iMul + k;
  }
  keys.sort();
  const out = new Int32Array(n);
  for (let k = 0; k < n; k++) out[k] = (keys[k] as number) % iMul;
  return out;
}

/**
 * The kept spans (`kept[0..count)`, indices in priority order) sorted by start, ties in priority
 * order (the stable sort of the kept list by start), read from `starts` rather than the spans.
 */
function byStart(spans: Span[], starts: Int32Array, kept: Int32Array, count: number): Span[] {
  const out = new Array<Span>(count);
  let maxStart = 0;
  for (let j = 0; j < count; j++) { const a = starts[kept[j] as number] as number; if (a > maxStart) maxStart = a; }
  // Stable by position in `kept`, that is in priority order (see radixOrder).
  const keptStarts = new Int32Array(count);
  for (let j = 0; j < count; j++) keptStarts[j] = starts[kept[j] as number] as number;
  const order = radixOrder(keptStarts, bitsFor(maxStart), undefined, 0);
  for (let k = 0; k < count; k++) out[k] = spans[kept[order[k] as number] as number] as Span;
  return out;
}

/**
 * resolveOverlaps with comparator sorts of the span objects, for spans whose fields do not fit
 * the packed keys (priorities beyond 16 bits, offsets beyond 31 bits or not integers).
 */
function resolveByComparator(spans: Span[], textLength: number): Span[] {
  const order = spans.slice().sort((a, b) => a.priority - b.priority || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const taken = new Uint32Array((textLength >>> 5) + 1);
  const kept: Span[] = [];
  outer: for (let j = 0; j < order.length; j++) {
    const s = order[j] as Span;
    for (let k = s.start; k < s.end; k++) if (((taken[k >>> 5] as number) & (1 << (k & 31))) !== 0) continue outer;
    for (let k = s.start; k < s.end; k++) taken[k >>> 5] = (taken[k >>> 5] as number) | (1 << (k & 31));
    kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start);
}
