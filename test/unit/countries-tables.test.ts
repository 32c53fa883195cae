import * as assert from 'node:assert/strict';
import { COMPILED } from '../../src/engine/data/compiled';
import { countryByKeyPair, countryByNameKey, isMultiWordPair, multiWordNamesByFirst, multiWordSeconds } from '../../src/engine/countries';
import { analyze } from '../../src/engine/analyze';

// The country tables are derived at module load without iterating Maps (see countries.ts: a fresh
// CLI process runs that code once, in the interpreter, where entry iteration allocates). These
// tests rebuild every derived table the plain way, from the compiled name lists, and compare.
describe('country tables derived at start-up', () => {
  const tables = COMPILED.countries;
  const names = [...new Set(tables.names)];

  it('multiWordNamesByFirst holds exactly the names of two to five words, in table order, with their country', () => {
    const want = new Map<string, Array<{ words: string[]; info: unknown }>>();
    for (const name of names) {
      const words = name.split(' ');
      if (words.length < 2 || words.length > 5) continue;
      const list = want.get(words[0] as string) ?? [];
      list.push({ words, info: countryByNameKey(name) });
      want.set(words[0] as string, list);
    }
    assert.ok(want.size > 20, `only ${want.size} first words`);
    assert.deepEqual([...multiWordNamesByFirst().keys()], [...want.keys()]);
    for (const [first, list] of want) {
      const got = multiWordNamesByFirst().get(first)!;
      assert.equal(got.length, list.length, first);
      list.forEach((w, i) => {
        assert.deepEqual(got[i]!.words, w.words);
        assert.equal(got[i]!.info, w.info, w.words.join(' '));
      });
    }
  });

  it('multiWordSeconds answers multiWordPairs.has(first + " " + second) for every listed pair', () => {
    let n = 0;
    for (const pair of tables.multiWordPairs) {
      const sp = pair.indexOf(' ');
      assert.ok(multiWordSeconds().get(pair.slice(0, sp))?.has(pair.slice(sp + 1)), pair);
      assert.ok(isMultiWordPair(pair.slice(0, sp), pair.slice(sp + 1)), pair);
      n++;
    }
    let total = 0;
    multiWordSeconds().forEach((set) => { total += set.size; });
    assert.equal(total, new Set(tables.multiWordPairs).size);
    assert.ok(n > 50, String(n));
  });

  it('countryByKeyPair finds every two-word name and nationality, nationalities over names', () => {
    let checked = 0;
    const twoWord = (list: readonly string[]) => list.filter((k) => k.split(' ').length === 2);
    for (const key of twoWord(tables.names)) {
      const [a, b] = key.split(' ') as [string, string];
      const demonym = tables.demonyms.indexOf(key);
      const want = demonym >= 0 ? tables.infos[tables.demonymInfo[demonym]!] : countryByNameKey(key);
      assert.deepEqual(countryByKeyPair(a, b), want, key);
      checked++;
    }
    for (const key of twoWord(tables.demonyms)) {
      const [a, b] = key.split(' ') as [string, string];
      assert.ok(countryByKeyPair(a, b), key);
      checked++;
    }
    assert.ok(checked > 30, String(checked));
  });
});

// world-countries lists Türkiye under its new name only, and "Turkey's defense industry chief
// Ismail Demir" had lost both its country and "Turkey's" from the span.
describe('country names the package does not carry', () => {
  it('"Turkey" is Türkiye, as a country mention and in a title', () => {
    const r = analyze("Turkey's defense industry chief Ismail Demir said Turkey would buy more.");
    assert.deepEqual(r.entities.filter((e) => e.type === 'country').map((e) => [e.name, e.mentions.length]), [['Türkiye', 1]]);
    const demir = r.entities.find((e) => e.type === 'official');
    assert.equal(demir?.mentions[0]?.text, "Turkey's defense industry chief Ismail Demir");
    assert.equal(demir?.attributes['country'], 'Türkiye');
  });
});
