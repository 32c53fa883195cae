// radixOrder orders a few keys by insertion and many by radix passes (src/engine/order.ts); both
// must give what a stable sort by (hi, lo) gives, on either side of the switch.
import { strict as assert } from 'node:assert';
import { radixOrder } from '../../src/engine/order';

/** A small deterministic generator, so that a failure names a reproducible case. */
function generator(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s;
  };
}

function expected(lo: Int32Array, hi: Int32Array | undefined): number[] {
  return Array.from(lo, (_, k) => k).sort((a, b) => ((hi?.[a] ?? 0) - (hi?.[b] ?? 0)) || ((lo[a] as number) - (lo[b] as number)) || a - b);
}

describe('radixOrder', () => {
  it('orders by (hi, lo), ties by index, for 0 to 300 keys, with and without hi', () => {
    const next = generator(7);
    for (let n = 0; n <= 300; n += n < 20 ? 1 : 7) {
      for (const range of [3, 1000, 2 ** 30]) {
        const lo = Int32Array.from({ length: n }, () => next() % range);
        const hi = Int32Array.from({ length: n }, () => next() % 4);
        const loBits = 31;
        assert.deepEqual(Array.from(radixOrder(lo, loBits, undefined, 0)), expected(lo, undefined), `n ${n}, range ${range}`);
        assert.deepEqual(Array.from(radixOrder(lo, loBits, hi, 2)), expected(lo, hi), `n ${n}, range ${range}, with hi`);
      }
    }
  });

  it('keeps the input order of equal keys (stable) below and above the switch to radix passes', () => {
    for (const n of [5, 96, 97, 500]) {
      const lo = new Int32Array(n).fill(42);
      assert.deepEqual(Array.from(radixOrder(lo, 6, undefined, 0)), Array.from(lo, (_, k) => k));
    }
  });
});
