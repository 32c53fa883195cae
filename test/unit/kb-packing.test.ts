// The base-85 text of the extension bundle's compressed knowledge base (src/engine/data/packing.ts).
import { strict as assert } from 'node:assert';
import { PACK_ALPHABET, pack, unpack } from '../../src/engine/data/packing';

describe('knowledge-base packing: base 85 in a block comment', () => {
  it('has 85 distinct printable ASCII characters, none that could end a comment or a string', () => {
    assert.equal(new Set(PACK_ALPHABET).size, 85);
    assert.equal(PACK_ALPHABET.length, 85);
    assert.match(PACK_ALPHABET, /^[!-~]+$/);
    for (const c of '*/\\\'"`${}') assert.ok(!PACK_ALPHABET.includes(c), c);
  });

  it('gives back the bytes it packed, for every length modulo four and every byte value', () => {
    const all = Uint8Array.from({ length: 256 }, (_, k) => k);
    for (const length of [0, 1, 2, 3, 4, 5, 255, 256]) {
      const bytes = all.subarray(0, length);
      assert.deepEqual(unpack(pack(bytes)), bytes, `length ${length}`);
    }
    const high = new Uint8Array([255, 255, 255, 255, 0, 0, 0, 0, 128]);
    assert.deepEqual(unpack(pack(high)), high);
  });

  it('takes five characters for four bytes, after the byte count', () => {
    assert.equal(pack(new Uint8Array(8)), `8:${'!'.repeat(10)}`);
  });

  it('names what is wrong with a damaged text', () => {
    assert.throws(() => unpack('abc'), /no byte count/);
    assert.throws(() => unpack('4:!!*!!'), /character "\*" at 4/);
    assert.throws(() => unpack('8:!!!!!'), /4 of 8 bytes/);
  });
});
