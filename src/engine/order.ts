/** Orderings shared by the recognisers. */

/**
 * The indices of `values` in ascending order of value, ties by index (what a stable sort gives).
 * Index and value are packed into one number, value * n + index, and a typed array is sorted
 * numerically (profile: comparator sorts of index arrays were the top lines of relations and of
 * the officials' reference resolution on 1 MB). Packed values are exact while (max value + 1) * n < 2^53; beyond that the
 * comparator sort.
 */
export function sortedOrder(values: readonly number[]): number[] {
  const n = values.length;
  let max = 0;
  for (const v of values) if (v > max) max = v;
  if ((max + 1) * Math.max(1, n) >= 2 ** 53 || values.some((v) => v < 0 || !Number.isInteger(v))) {
    return values.map((_, k) => k).sort((x, y) => (values[x] as number) - (values[y] as number));
  }
  if (max <= 0x7fffffff && n >= 2048) {
    // Radix passes rather than a native sort of packed keys (see radixOrder; the values here
    // are text offsets, at most 31 bits). Measured on random offsets, CPU min over 40: 60,000
    // values 8.1 -> 5.1 ms, 8,000 values 0.66 -> 0.25 ms, but 800 values 26 -> 39 us (each pass
    // clears 2,048 counters), so small inputs keep the native sort.
    const keys = new Int32Array(n);
    for (let k = 0; k < n; k++) keys[k] = values[k] as number;
    const order = radixOrder(keys, max <= 0 ? 0 : 32 - Math.clz32(max), undefined, 0);
    const out = new Array<number>(n);
    for (let k = 0; k < n; k++) out[k] = order[k] as number;
    return out;
  }
  const packed = new Float64Array(n);
  for (let k = 0; k < n; k++) packed[k] = (values[k] as number) * n + k;
  packed.sort();
  const out = new Array<number>(n);
  for (let k = 0; k < n; k++) out[k] = (packed[k] as number) % n;
  return out;
}

/** Bits of a radix digit: 2,048 counters. */
const DIGIT = 11;

/**
 * The indices 0..n-1 in ascending order of (hi[k], lo[k]), ties by index: a stable radix sort,
 * least significant digit first, over `loBits` bits of the non-negative `lo` then `hiBits` of
 * `hi` (absent: zero). Profile (10 MB, 80,710 spans): the native sorts of packed Float64Array
 * keys were 7.5 ms and about 6 ms of resolveOverlaps' 28; a few linear passes replace them.
 */
export function radixOrder(lo: Int32Array, loBits: number, hi: Int32Array | undefined, hiBits: number): Int32Array {
  const n = lo.length;
  let order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = k;
  if (n <= SMALL_ORDER) return insertionOrder(order, lo, hi);
  let other = new Int32Array(n);
  const counts = new Int32Array(1 << DIGIT);
  const passes = (keys: Int32Array, bits: number): void => {
    for (let shift = 0; shift < bits; shift += DIGIT) {
      counts.fill(0);
      for (let k = 0; k < n; k++) {
        const d = ((keys[order[k] as number] as number) >>> shift) & ((1 << DIGIT) - 1);
        counts[d] = (counts[d] as number) + 1;
      }
      let sum = 0;
      for (let d = 0; d < counts.length; d++) { const c = counts[d] as number; counts[d] = sum; sum += c; }
      for (let k = 0; k < n; k++) {
        const idx = order[k] as number;
        const d = ((keys[idx] as number) >>> shift) & ((1 << DIGIT) - 1);
        other[counts[d] as number] = idx;
        counts[d] = (counts[d] as number) + 1;
      }
      const t = order; order = other; other = t;
    }
  };
  passes(lo, loBits);
  if (hi !== undefined) passes(hi, hiBits);
  return order;
}

/**
 * Up to this many keys are ordered by insertion rather than by radix passes: each pass clears and
 * sums 2,048 counters whatever n is, and on the seed article (about 50 spans, four passes) the
 * radix sorts were 6% of a call in the profile.
 */
const SMALL_ORDER = 96;

/** radixOrder for a few keys: `order` (the identity) sorted in place by (hi, lo) as unsigned, stable. */
function insertionOrder(order: Int32Array, lo: Int32Array, hi: Int32Array | undefined): Int32Array {
  const n = order.length;
  for (let k = 1; k < n; k++) {
    const idx = order[k] as number;
    const h = hi === undefined ? 0 : (hi[idx] as number) >>> 0;
    const l = (lo[idx] as number) >>> 0;
    let j = k - 1;
    for (; j >= 0; j--) {
      const other = order[j] as number;
      const oh = hi === undefined ? 0 : (hi[other] as number) >>> 0;
      if (oh < h || (oh === h && (lo[other] as number) >>> 0 <= l)) break;
      order[j + 1] = other;
    }
    order[j + 1] = idx;
  }
  return order;
}

/** Characters per block of startLookup's table. */
const START_BLOCK = 64;

/**
 * For ascending `starts[0..count)` (line starts, sentence starts), a function from an offset to
 * the index of the last start at or before it (0 before the first, and 0 when there are none).
 * The index at the start of each 64-character block up to `extent` is read from a table, then
 * the few starts inside the block are stepped over: the callers ask for every mention of the
 * text (13,864 on 1 MB), and a binary search over all starts per mention was the top line of
 * findRelations and of assemble in the profile.
 */
export function startLookup(starts: ArrayLike<number>, count: number, extent: number): (offset: number) => number {
  if (count === 0) return () => 0;
  const blocks = new Int32Array(Math.floor(Math.max(0, extent) / START_BLOCK) + 1);
  let k = 0;
  for (let b = 0; b < blocks.length; b++) {
    const at = b * START_BLOCK;
    while (k + 1 < count && (starts[k + 1] as number) <= at) k++;
    blocks[b] = k;
  }
  return (offset: number): number => {
    let b = Math.floor(offset / START_BLOCK);
    if (!(b >= 0)) b = 0;
    else if (b >= blocks.length) b = blocks.length - 1;
    let s = blocks[b] as number;
    while (s + 1 < count && (starts[s + 1] as number) <= offset) s++;
    return s;
  };
}
