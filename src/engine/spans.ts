/** Shared shapes for recogniser output before entities are assembled. */
import type { EntityType } from './types';

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
  const order = spans.slice().sort((a, b) => a.priority - b.priority || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  // Kept spans are painted into a per-character bit map; checking a candidate costs its own
  // length, so the whole pass is linear in the text plus the candidates. Bits, not bytes: a
  // byte per character was 10 MB on a 10 MB text.
  const taken = new Uint32Array((textLength >>> 5) + 1);
  const kept: Span[] = [];
  outer: for (const s of order) {
    for (let k = s.start; k < s.end; k++) if (((taken[k >>> 5] as number) & (1 << (k & 31))) !== 0) continue outer;
    for (let k = s.start; k < s.end; k++) taken[k >>> 5] = (taken[k >>> 5] as number) | (1 << (k & 31));
    kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start);
}
