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
  const out = newColumns(n);
  for (let k = 0; k < n; k++) {
    const s = spans[k] as Span;
    out.start[k] = s.start;
    out.end[k] = s.end;
    writeSpan(out, k, s);
  }
  return out;
}

/** SpanColumns of `count` entries, to be filled. */
function newColumns(count: number): SpanColumns {
  return {
    count, start: new Int32Array(count), end: new Int32Array(count), nominal: new Uint8Array(count),
    type: new Array<EntityType>(count), key: new Array<string>(count), name: new Array<string>(count), attributes: new Array<Record<string, string | string[] | boolean>>(count),
  };
}

/** Writes span `s` into entry j of `out`, all but its start and end. */
function writeSpan(out: SpanColumns, j: number, s: Span): void {
  out.nominal[j] = s.nominal ? 1 : 0;
  out.type[j] = s.type;
  out.key[j] = s.key;
  out.name[j] = s.name;
  out.attributes[j] = s.attributes;
}

/**
 * The attributes of the many spans that have none (names, references, country mentions): one
 * frozen object instead of a new empty one per span. Span attributes are only read.
 */
export const NO_ATTRIBUTES = Object.freeze({}) as Record<string, string | string[] | boolean>;

/** Removes spans that overlap a kept span, keeping higher-priority and longer spans first. */
export function resolveOverlaps(spans: Span[], textLength: number): Span[] {
  const n = spans.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const priorities = new Int32Array(n);
  const kept = readSpans(spans, 0, starts, ends, priorities) ? keptByStart(starts, ends, priorities, textLength) : undefined;
  if (kept === undefined) return resolveByComparator(spans, textLength);
  const out = new Array<Span>(kept.length);
  for (let k = 0; k < kept.length; k++) out[k] = spans[kept[k] as number] as Span;
  return out;
}

/**
 * Spans kept in a compact form and read by index, all of one type (see OfficialSpans in
 * officials.ts); `toSpans` makes them objects, in their order.
 */
export interface CompactSpans {
  readonly length: number;
  readonly type: EntityType;
  start(k: number): number;
  end(k: number): number;
  nominal(k: number): boolean;
  key(k: number): string;
  name(k: number): string;
  attributes(k: number): Record<string, string | string[] | boolean>;
  priority(k: number): number;
  toSpans(): Span[];
}

/**
 * spanColumns(resolveOverlaps(first.toSpans().concat(others), textLength)) without the span
 * objects of `first` or the lists: the kept spans are written to the columns from `first` and
 * `others` by index. On 10 MB the officials' 47,600 span objects, their list and the concatenated
 * list of 80,000 were made only to be copied (heap profile, 10 MB, --promoted: toSpans 4 MB of
 * the 35 MB that outlived the young generation).
 */
export function resolveOverlapColumns(first: CompactSpans, others: Span[], textLength: number): SpanColumns {
  const m = first.length;
  const n = m + others.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const priorities = new Int32Array(n);
  const kept = readCompactSpans(first, starts, ends, priorities) && readSpans(others, m, starts, ends, priorities)
    ? keptByStart(starts, ends, priorities, textLength) : undefined;
  if (kept === undefined) return spanColumns(resolveByComparator(first.toSpans().concat(others), textLength));
  const count = kept.length;
  const out = newColumns(count);
  for (let j = 0; j < count; j++) {
    const i = kept[j] as number;
    out.start[j] = starts[i] as number;
    out.end[j] = ends[i] as number;
    if (i < m) {
      out.nominal[j] = first.nominal(i) ? 1 : 0;
      out.type[j] = first.type;
      out.key[j] = first.key(i);
      out.name[j] = first.name(i);
      out.attributes[j] = first.attributes(i);
    } else {
      writeSpan(out, j, others[i - m] as Span);
    }
  }
  return out;
}

/**
 * Indices of the spans kept (see resolveOverlaps), sorted by start, from their starts, ends and
 * priorities by index; undefined when the fields do not fit the packed keys (then
 * resolveByComparator).
 */
function keptByStart(starts: Int32Array, ends: Int32Array, priorities: Int32Array, textLength: number): Int32Array | undefined {
  // Spans are read once, in input order, into typed arrays; the passes in priority order below
  // touch only those arrays and the bit map, never the span objects. Profile (10 MB, 80,710
  // spans): reading each span's start and end in priority order, which jumps across megabytes of
  // heap, made this stage 55 ms against 2.1 ms on 1 MB (paint loop 29 ms, sort by start 16 ms).
  const n = starts.length;
  const order = byPriority(starts, ends, priorities);
  if (order === undefined) return undefined;
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
  return byStart(starts, kept, count);
}

/**
 * Whether a span's fields fit the packed keys below: a priority of 16 bits, and integer offsets
 * and length of 31.
 */
function fits(p: number, start: number, end: number): boolean {
  const len = end - start;
  return p >= 0 && p <= 0xffff && (p | 0) === p && len >= 0 && len <= 0x7fffffff && (len | 0) === len && start >= 0 && start <= 0x7fffffff && (start | 0) === start && end <= 0x7fffffff;
}

/** Writes the start, end and priority of `spans[k]` at `at + k`; false if one does not fit (see fits). */
function readSpans(spans: readonly Span[], at: number, starts: Int32Array, ends: Int32Array, priorities: Int32Array): boolean {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k] as Span;
    if (!fits(s.priority, s.start, s.end)) return false;
    starts[at + k] = s.start;
    ends[at + k] = s.end;
    priorities[at + k] = s.priority;
  }
  return true;
}

/** readSpans for compact spans, at 0. */
function readCompactSpans(spans: CompactSpans, starts: Int32Array, ends: Int32Array, priorities: Int32Array): boolean {
  for (let k = 0; k < spans.length; k++) {
    const p = spans.priority(k);
    const a = spans.start(k);
    const b = spans.end(k);
    if (!fits(p, a, b)) return false;
    starts[k] = a;
    ends[k] = b;
    priorities[k] = p;
  }
  return true;
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
 * Indices of the spans sorted by priority, then longer first, then by start (stable), from their
 * starts, ends and priorities by index (see readSpans). Undefined when the fields do not fit the
 * packed keys together (then resolveByComparator).
 */
function byPriority(starts: Int32Array, ends: Int32Array, priorities: Int32Array): Int32Array | undefined {
  const n = starts.length;
  let maxPriority = 0;
  let maxLength = 0;
  let maxStart = 0;
  for (let k = 0; k < n; k++) {
    const p = priorities[k] as number;
    const a = starts[k] as number;
    const len = (ends[k] as number) - a;
    if (p > maxPriority) maxPriority = p;
    if (len > maxLength) maxLength = len;
    if (a > maxStart) maxStart = a;
  }
  const lBits = bitsFor(maxLength);
  const sBits = bitsFor(maxStart);
  const iBits = bitsFor(n);
  if (bitsFor(maxPriority) + lBits + sBits + iBits > 53) {
    return undefined;
  }
  if (bitsFor(maxPriority) + lBits <= 31 && sBits <= 31) {
    // Radix passes over the offsets, then over priority and reversed length (see radixOrder).
    const hi = new Int32Array(n);
    for (let k = 0; k < n; k++) hi[k] = (priorities[k] as number) * 2 ** lBits + (maxLength - ((ends[k] as number) - (starts[k] as number)));
    return radixOrder(starts, sBits, hi, bitsFor(maxPriority) + lBits);
  }
  const lMul = 2 ** lBits;
  const sMul = 2 ** sBits;
  const iMul = 2 ** iBits;
  const keys = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const a = starts[k] as number;
    keys[k] = (((priorities[k] as number) * lMul + (maxLength - ((ends[k] as number) - a))) * sMul + a) * iMul + k;
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
function byStart(starts: Int32Array, kept: Int32Array, count: number): Int32Array {
  const out = new Int32Array(count);
  let maxStart = 0;
  for (let j = 0; j < count; j++) { const a = starts[kept[j] as number] as number; if (a > maxStart) maxStart = a; }
  // Stable by position in `kept`, that is in priority order (see radixOrder).
  const keptStarts = new Int32Array(count);
  for (let j = 0; j < count; j++) keptStarts[j] = starts[kept[j] as number] as number;
  const order = radixOrder(keptStarts, bitsFor(maxStart), undefined, 0);
  for (let k = 0; k < count; k++) out[k] = kept[order[k] as number] as number;
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
