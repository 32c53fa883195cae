/** Shared shapes for recogniser output before entities are assembled. */
import type { EntityType } from './types';
import { sortedOrder } from './order';

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
 * The attributes of the many spans that have none (names, references, country mentions): one
 * frozen object instead of a new empty one per span. Span attributes are only read.
 */
export const NO_ATTRIBUTES = Object.freeze({}) as Record<string, string | string[] | boolean>;

/** Removes spans that overlap a kept span, keeping higher-priority and longer spans first. */
export function resolveOverlaps(spans: Span[], textLength: number): Span[] {
  const order = byPriority(spans);
  // Kept spans are painted into a per-character bit map; checking a candidate costs its own
  // length, so the whole pass is linear in the text plus the candidates. Bits, not bytes: a
  // byte per character was 10 MB on a 10 MB text.
  const taken = new Uint32Array((textLength >>> 5) + 1);
  const kept: Span[] = [];
  outer: for (let j = 0; j < order.length; j++) {
    const s = order[j] as Span;
    for (let k = s.start; k < s.end; k++) if (((taken[k >>> 5] as number) & (1 << (k & 31))) !== 0) continue outer;
    for (let k = s.start; k < s.end; k++) taken[k >>> 5] = (taken[k >>> 5] as number) | (1 << (k & 31));
    kept.push(s);
  }
  return byStart(kept);
}

// Both sorts below are stable sorts by a few small non-negative integers. Each span's sort fields
// and its index are packed into one number below 2^53, so that a Float64Array is sorted natively,
// without a call to a JavaScript comparator per comparison (profile: the comparator sort of the
// spans was 2.8 ms of the 1 MB pass, the top lines of resolveOverlaps). The index as the lowest
// field keeps equal spans in their input order, as the stable comparator sort did. Inputs whose
// fields do not fit (a text of tens of megabytes, unusual priorities) take the comparator sort.

/** Bits needed for the integers 0..max. */
const bitsFor = (max: number): number => (max <= 0 ? 0 : 32 - Math.clz32(max));

/** `spans` sorted by priority, then longer first, then by start (stable). */
function byPriority(spans: Span[]): Span[] {
  const n = spans.length;
  let maxPriority = 0;
  let maxLength = 0;
  let maxStart = 0;
  let small = true;
  for (let k = 0; k < n; k++) {
    const s = spans[k] as Span;
    const p = s.priority;
    const len = s.end - s.start;
    if (!(p >= 0 && p <= 0xffff && (p | 0) === p && len >= 0 && len <= 0x7fffffff && (len | 0) === len && s.start >= 0 && s.start <= 0x7fffffff && (s.start | 0) === s.start)) { small = false; break; }
    if (p > maxPriority) maxPriority = p;
    if (len > maxLength) maxLength = len;
    if (s.start > maxStart) maxStart = s.start;
  }
  const lBits = bitsFor(maxLength);
  const sBits = bitsFor(maxStart);
  const iBits = bitsFor(n);
  if (!small || bitsFor(maxPriority) + lBits + sBits + iBits > 53) {
    return spans.slice().sort((a, b) => a.priority - b.priority || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  }
  const lMul = 2 ** lBits;
  const sMul = 2 ** sBits;
  const iMul = 2 ** iBits;
  const keys = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const s = spans[k] as Span;
    keys[k] = ((s.priority * lMul + (maxLength - (s.end - s.start))) * sMul + s.start) * iMul + k;
  }
  keys.sort();
  const out = new Array<Span>(n);
  for (let k = 0; k < n; k++) out[k] = spans[(keys[k] as number) % iMul] as Span;
  return out;
}

/** `spans` sorted by start (stable; see sortedOrder). */
function byStart(spans: Span[]): Span[] {
  const starts = new Array<number>(spans.length);
  for (let k = 0; k < spans.length; k++) starts[k] = (spans[k] as Span).start;
  const order = sortedOrder(starts);
  const out = new Array<Span>(spans.length);
  for (let k = 0; k < spans.length; k++) out[k] = spans[order[k] as number] as Span;
  return out;
}
