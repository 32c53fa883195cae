import * as assert from 'node:assert/strict';
import { COMPILED } from '../../src/engine/data/compiled';
import { countryByKeyPair, countryByNameKey, isMultiWordPair, multiWordFirsts, multiWordNamesByFirst, multiWordPairs, multiWordSeconds, twoWordCountryFirsts } from '../../src/engine/countries';
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

  // The first two words of every name of several words, the plain way.
  const pairs = new Set<string>();
  for (const name of names) {
    const words = name.split(' ');
    if (words.length > 1) pairs.add(`${words[0]} ${words[1]}`);
  }

  it('multiWordSeconds answers multiWordPairs.has(first + " " + second) for every pair of a name\'s first two words', () => {
    for (const pair of pairs) {
      const sp = pair.indexOf(' ');
      assert.ok(multiWordSeconds().get(pair.slice(0, sp))?.has(pair.slice(sp + 1)), pair);
      assert.ok(isMultiWordPair(pair.slice(0, sp), pair.slice(sp + 1)), pair);
    }
    let total = 0;
    multiWordSeconds().forEach((set) => { total += set.size; });
    assert.equal(total, pairs.size);
    assert.deepEqual(new Set(multiWordPairs), pairs);
    assert.ok(pairs.size > 50, String(pairs.size));
  });

  // The word tables are worked out at load instead of shipped (issue 5's size budget, see countryWords).
  it('multiWordFirsts and twoWordCountryFirsts hold the first words of the names and nationality words, long names\' common first words left out', () => {
    assert.deepEqual(multiWordFirsts, new Set([...pairs].map((p) => p.split(' ')[0])));
    const want = new Set<string>();
    for (const key of [...names, ...tables.demonyms]) {
      const words = key.split(' ');
      if (words.length === 2 || (words.length > 2 && !['northern', 'southern', 'democratic', 'federated', 'holy', 'republic'].includes(words[0] as string))) want.add(words[0] as string);
    }
    for (const w of ['south', 'saudi', 'papua', 'united']) assert.ok(twoWordCountryFirsts.has(w), w);
    // "Northern Mariana Islands", "Democratic Republic of the Congo": only names of three words or more start so.
    for (const w of ['northern', 'southern', 'democratic', 'federated', 'holy', 'republic']) assert.ok(!twoWordCountryFirsts.has(w), w);
    for (const w of twoWordCountryFirsts) assert.ok(want.has(w), w);
    assert.ok(twoWordCountryFirsts.size > 30, String(twoWordCountryFirsts.size));
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
