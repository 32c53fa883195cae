import * as assert from 'node:assert/strict';
import { COMPILED } from '../../src/engine/data/compiled';
import { AGREEMENTS } from '../../src/engine/data/agreements';
import { SYSTEMS } from '../../src/engine/data/systems';
import { PhraseTrie, SEARCHES_BEFORE_MAP, compactTrie, expandTrie, indexAgreements, indexSystems, intAt, packInts, packSystems, packedIntCount, packedSystemCount, recordAgreements, recordSystems, searchSorted, systemInfoAt, unpackSystems } from '../../src/engine/kbIndex';
import { compileSystems } from '../../src/engine/systems';

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

describe('knowledge base: the name tries in their compact form', () => {
  it('expand to the tries they were made from, shipped or built here', () => {
    const built = [indexSystems(recordSystems(SYSTEMS)).phrases, indexAgreements(recordAgreements(AGREEMENTS)).phrases];
    for (const p of built) assert.deepEqual(expandTrie(compactTrie(p)), p);
    assert.deepEqual(expandTrie(COMPILED.systems.phrases), built[0]);
    assert.deepEqual(expandTrie(COMPILED.agreements.phrases), built[1]);
    // Counts past one digit of the packing (the roots have hundreds of edges), and no entry.
    const wide = { words: Array.from({ length: 700 }, (_, k) => `w${String(k).padStart(3, '0')}`), start: [0, 700, ...Array(700).fill(700)], value: [-1, ...Array.from({ length: 700 }, (_, k) => k)], alts: [[3, 9]] };
    const c = compactTrie(wide);
    assert.equal(c.counts.width, 2, 'a count of 700 takes two digits');
    assert.deepEqual(expandTrie(c), wide);
  });
});

describe('knowledge base: sorted edges and designations, searched before a Map is built', () => {
  const tries = [['systems', expandTrie(COMPILED.systems.phrases)], ['agreements', expandTrie(COMPILED.agreements.phrases)]] as const;

  it('every node of the shipped tries has its edges in code-unit order', () => {
    for (const [name, p] of tries) {
      for (let n = 0; n + 1 < p.start.length; n++) {
        for (let e = (p.start[n] as number) + 1; e < (p.start[n + 1] as number); e++) assert.ok((p.words[e - 1] as string) < (p.words[e] as string), `${name} node ${n}`);
      }
    }
  });

  it('the root answers the same before and after its Map is built', () => {
    for (const [name, p] of tries) {
      const trie = new PhraseTrie(p);
      const plain = new Map<string, number>();
      for (let e = p.start[0] as number; e < (p.start[1] as number); e++) plain.set(p.words[e] as string, e + 1);
      const asks = [...plain.keys(), 'zzz-none', '', 'the', 'A', 'missile', '\u00e9t\u00e9'];
      assert.ok(asks.length > 2 * SEARCHES_BEFORE_MAP, name);
      // Twice over: the first SEARCHES_BEFORE_MAP by binary search, the rest from the Map.
      for (const w of [...asks, ...asks]) assert.equal(trie.child(0, w), plain.get(w) ?? -1, `${name}: ${w}`);
    }
  });

  it('the built-in designations answer as a Map of them, before and after it is built', () => {
    const kb = compileSystems([]);
    const { designations, designationInfo } = COMPILED.systems;
    const plain = new Map(designations.map((d, i) => [d, designationInfo[i]]));
    for (let i = 1; i < designations.length; i++) assert.ok((designations[i - 1] as string) < (designations[i] as string));
    const asks = [...designations, 'S999999', 'F35X', '', 'ZZ'];
    for (const d of [...asks, ...asks]) assert.equal(kb.byDesignation.get(d), plain.get(d), d);
    assert.ok(designations.length > 2 * SEARCHES_BEFORE_MAP);
  });

  it('searchSorted finds each key of a sorted list and nothing else', () => {
    const words = ['a', 'ab', 'b', 'ba', 'c', 'z'];
    words.forEach((w, i) => assert.equal(searchSorted(words, 0, words.length, w), i));
    for (const w of ['', 'aa', 'bb', 'zz', 'A']) assert.equal(searchSorted(words, 0, words.length, w), -1);
    assert.equal(searchSorted(words, 2, 4, 'a'), -1);
    assert.equal(searchSorted(words, 2, 4, 'ba'), 3);
  });
});
