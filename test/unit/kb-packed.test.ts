import * as assert from 'node:assert/strict';
import { COMPILED } from '../../src/engine/data/compiled';
import { SYSTEMS } from '../../src/engine/data/systems';
import { indexSystems, intAt, packInts, packSystems, packedIntCount, packedSystemCount, recordSystems, systemInfoAt, unpackSystems } from '../../src/engine/kbIndex';

// The shipped systems descriptions are two strings read one record at a time (kbIndex.ts
// PackedSystemInfos); reading them back must give the records they were made from.
describe('knowledge base: packed system descriptions', () => {
  it('packInts and intAt give back every value, at every width', () => {
    let seed = 7;
    const rnd = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    for (const max of [1, 63, 64, 4095, 4096, 262_143, 262_144, 5_000_000]) {
      const values = [0, max, ...Array.from({ length: 300 }, () => rnd(max + 1))];
      const packed = packInts(values);
      assert.equal(packed.width, Math.max(1, Math.ceil(Math.log(max + 1) / Math.log(64))), String(max));
      assert.match(packed.data, /^[A-Za-z0-9_-]*$/);
      assert.equal(packedIntCount(packed), values.length);
      values.forEach((v, i) => assert.equal(intAt(packed, i), v, `${max}: ${i}`));
    }
    assert.throws(() => packInts([-1]));
    assert.throws(() => packInts([1.5]));
  });

  it('every built-in system reads back as the record it was packed from', () => {
    const index = indexSystems(recordSystems(SYSTEMS));
    const packed = packSystems(index);
    assert.equal(packedSystemCount(packed.infos), index.infos.length);
    index.infos.forEach((info, i) => assert.deepEqual(systemInfoAt(packed.infos, i), info, info.key));
    assert.deepEqual(unpackSystems(packed).infos, index.infos);
    // What the build shipped (a JSON round trip of the same) reads back the same.
    assert.equal(packedSystemCount(COMPILED.systems.infos), index.infos.length);
    assert.deepEqual(systemInfoAt(COMPILED.systems.infos, 0), index.infos[0]);
    assert.ok(index.infos.length > 500, String(index.infos.length));
  });

  it('refuses a string that contains the separator', () => {
    const index = indexSystems(recordSystems(SYSTEMS));
    const broken = { ...index, infos: [{ ...index.infos[0]!, kind: 'air|defense' }] };
    assert.throws(() => packSystems(broken), /separator/);
  });
});
