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
  const packed = new Float64Array(n);
  for (let k = 0; k < n; k++) packed[k] = (values[k] as number) * n + k;
  packed.sort();
  const out = new Array<number>(n);
  for (let k = 0; k < n; k++) out[k] = (packed[k] as number) % n;
  return out;
}
