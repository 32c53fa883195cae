// Speed work (issue 5) reuses memory between calls and packs sort keys; these tests pin down that
// the results are those of the straightforward code.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze, createAnalyzer } from '../../src/engine';
import { MentionScratch } from '../../src/engine/analyze';
import { SCRATCH, sentenceIds, tokenize } from '../../src/engine/text';
import { mentionsInOrder, type Person } from '../../src/engine/officials';
import { sentenceAt, signingClauses } from '../../src/engine/relations';
import { sortedOrder } from '../../src/engine/order';

const seedsDir = resolve(__dirname, '../../../seeds');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(resolve(seedsDir, f), 'utf8'));

const plain = (toks: ReturnType<typeof tokenize>) => Array.from({ length: toks.length }, (_, i) => {
  const t = toks.spelling(i)!;
  return [toks.start[i], toks.endOf(i), t.text, t.lower, t.key, t.cap, t.upper, t.word, toks.space(i), toks.nl(i)];
});

describe('engine: pooled tokens and reused analysers', () => {
  it('tokenize into a pool of an earlier, longer or shorter text gives the fresh tokens', () => {
    // The pool starts small so that refilling it also grows its arrays.
    let pool = tokenize(seeds[0] as string);
    for (const text of [...seeds, 'Short.', '', (seeds[1] as string).repeat(3), 'Minister  Shoigu\n\nsaid']) {
      const fresh = plain(tokenize(text));
      pool = tokenize(text, pool);
      assert.deepEqual(plain(pool), fresh);
      assert.equal(pool.length, fresh.length);
      assert.equal(new Set(pool.spellings).size, pool.spellings.length);
    }
  });

  it('a pool refilled with a shorter text keeps nothing of the longer one past its end', () => {
    // Stages may read one token past the end; there a pool held the last text's spelling ids,
    // out of this text's table, where fresh arrays hold zeros.
    const long = seeds.join('\n\n');
    for (const short of ['Minister Shoigu met South Korea\'s', (seeds[0] as string).slice(0, 500)]) {
      const pool = tokenize(short, tokenize(long));
      const fresh = tokenize(short);
      const tail = Math.min(pool.ids.length, fresh.ids.length);
      for (let i = pool.length; i < tail; i++) {
        assert.equal(pool.ids[i], fresh.ids[i], `id at ${i}`);
        assert.equal(pool.start[i], fresh.start[i], `start at ${i}`);
        assert.equal(pool.flags[i], fresh.flags[i], `flags at ${i}`);
      }
      assert.ok(tail > pool.length, 'no array past the end to compare');
    }
  });

  it('a pool cut to one text keeps room for the next version of it, a word longer (typing)', () => {
    // Cut to exactly its tokens, the pool had to be grown (a new buffer, every array copied) and
    // cut again at each edit of an article being typed in.
    const text = seeds.join('\n\n');
    const pool = tokenize(text);
    const arrays = pool.start;
    let edited = text;
    for (let k = 0; k < 40; k++) {
      edited += ' also';
      const fresh = plain(tokenize(edited));
      assert.equal(tokenize(edited, pool), pool);
      assert.deepEqual(plain(pool), fresh);
      assert.equal(pool.start, arrays, `the arrays were made anew for a text ${k + 1} word(s) longer`);
    }
  });

  it('the mention arrays kept by an analyser have room for a mention more', () => {
    const scratch = new MentionScratch();
    const first = scratch.take(1000);
    for (const n of [1001, 1010, 999, 1050]) assert.equal(scratch.take(n).start.buffer, first.start.buffer, `new arrays for ${n} mentions`);
    // Far more mentions than the room: made anew, every view n entries long.
    const grown = scratch.take(5000);
    assert.notEqual(grown.start.buffer, first.start.buffer);
    for (const a of [grown.start, grown.end, grown.line, grown.column, grown.groupOf, grown.members, grown.nominal]) assert.equal(a.length, 5000);
  });

  it('one analyser over many articles in any order gives what a new analyser gives each', () => {
    const analyzer = createAnalyzer();
    const order = [...seeds, ...seeds.slice().reverse(), (seeds[0] as string) + '\n\n' + (seeds[2] as string), ''];
    for (const text of order) assert.deepEqual(analyzer.analyze(text), createAnalyzer().analyze(text));
  });

  it('a failed call leaves the analyser usable', () => {
    const analyzer = createAnalyzer();
    assert.throws(() => analyzer.analyze(null as unknown as string));
    assert.deepEqual(analyzer.analyze(seeds[0] as string), analyze(seeds[0] as string));
  });
});

describe('engine: mentions of many people in text order', () => {
  const person = (positions: number[]): Person => ({ key: '', index: 0, middle: [], last: 'X', positions, late: [] });
  const people = [person([5, 40, 90]), person([5, 7]), person([]), person([1, 90, 200])];
  const expected = { offsets: [1, 5, 5, 7, 40, 90, 90, 200], owners: [3, 0, 1, 1, 0, 0, 3, 3] };

  it('orders by offset, then by person, with packed keys', () => {
    const r = mentionsInOrder(people);
    assert.deepEqual([...r.offsets], expected.offsets);
    assert.deepEqual([...r.owners], expected.owners);
  });

  it('gives the same order on the comparator path used for offsets too large to pack', () => {
    const far = 2 ** 51;
    const r = mentionsInOrder(people.map((p) => ({ ...p, positions: p.positions.map((o) => o + far) })));
    assert.deepEqual([...r.offsets], expected.offsets.map((o) => o + far));
    assert.deepEqual([...r.owners], expected.owners);
  });
});

describe('engine: stable order of mention starts', () => {
  it('sorts indices by value, ties by index, on both the packed and the comparator path', () => {
    const values = [40, 5, 5, 0, 90, 5, 40];
    const want = [3, 1, 2, 5, 0, 6, 4];
    assert.deepEqual(sortedOrder(values), want);
    assert.deepEqual(sortedOrder([...values, 2 ** 51]), [...want, 7]);
    assert.deepEqual(sortedOrder([]), []);
  });

  it('gives the stable comparator order on the radix path (2,048 values and more)', () => {
    let seed = 3;
    const rnd = (m: number): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 4) % m; };
    const plain = (v: number[]): number[] => v.map((_, k) => k).sort((x, y) => (v[x] as number) - (v[y] as number));
    // Many ties, offsets over one digit, two and three (up to 2^31 - 1), and all equal.
    for (const [n, range] of [[2048, 50], [5000, 3000], [9000, 3_000_000], [4000, 0x7fffffff], [3000, 1]] as const) {
      const values = Array.from({ length: n }, () => rnd(range));
      if (range === 0x7fffffff) values[7] = 0x7fffffff;
      assert.deepEqual(sortedOrder(values), plain(values), `n ${n}, range ${range}`);
    }
  });
});

describe('engine: sentences of offsets once the tokens are gone', () => {
  it('answers the sentence of the token at or before each offset, even across a sentence id with no tokens', () => {
    // A line break right after closing quotes leaves one sentence id without tokens.
    const text = 'He said it was over. "\nThe ministers signed it. Later they met.\n\nNothing else';
    const toks = tokenize(text);
    const sentences = sentenceIds(toks);
    const clauses = signingClauses(toks, sentences);
    assert.ok(sentences[toks.length - 1]! + 1 > new Set(sentences).size, 'the text leaves an id without tokens');
    for (let i = 0; i < toks.length; i++) {
      assert.equal(sentenceAt(clauses, toks.start[i]!), sentences[i], `token ${i} '${toks.spelling(i)!.text}'`);
      assert.equal(sentenceAt(clauses, toks.endOf(i) - 1), sentences[i]);
    }
    assert.equal(sentenceAt(clauses, -5), 0);
    assert.equal(clauses.verbs.size, 1);
  });
});

describe('engine: the token pool in one buffer', () => {
  it('ids, starts, flags and the scratch slots are views of one buffer, each as long as the pool', () => {
    const toks = tokenize((seeds[1] as string).repeat(4));
    const buffer = toks.ids.buffer;
    const views = [toks.start, toks.flags, toks.ints(SCRATCH.sentences), toks.ints(SCRATCH.officialsTitleAt), toks.bytes(SCRATCH.officialsTaken), toks.bytes(SCRATCH.agreementsTaken)];
    for (const v of views) assert.equal(v.buffer, buffer);
    // Views of one buffer must not overlap: writing each one leaves the others as they were.
    const ints = toks.ints(SCRATCH.sentences);
    const bytes = toks.bytes(SCRATCH.systemsTaken);
    const ids = Array.from(toks.ids.subarray(0, toks.length));
    const starts = Array.from(toks.start.subarray(0, toks.length));
    const flags = Array.from(toks.flags.subarray(0, toks.length));
    ints.fill(-1);
    toks.ints(SCRATCH.officialsTitleAt).fill(-1);
    bytes.fill(255);
    toks.bytes(SCRATCH.officialsUpperLines).fill(255);
    assert.deepEqual(Array.from(toks.ids.subarray(0, toks.length)), ids);
    assert.deepEqual(Array.from(toks.start.subarray(0, toks.length)), starts);
    assert.deepEqual(Array.from(toks.flags.subarray(0, toks.length)), flags);
    // A scratch slot is handed out zeroed.
    assert.ok(toks.ints(SCRATCH.sentences).every((x) => x === 0));
  });
});
