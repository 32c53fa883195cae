// Issue 5 (peak memory on 10 MB): an analysis keeps its mentions as columns (MentionTable), and
// `entity.mentions` builds the objects the first time it is read. These tests pin down that a
// reader sees the same plain data as before, and that the engine itself never builds them.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze, createAnalyzer, mentionCount, mentionRange, mentionStart, type Entity, type Mention } from '../../src/engine';

const seedsDir = resolve(__dirname, '../../../seeds');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(resolve(seedsDir, f), 'utf8'));
const seed = seeds.find((t) => t.includes('S-300')) as string;

const built = (e: Entity): boolean => 'value' in (Object.getOwnPropertyDescriptor(e, 'mentions') as PropertyDescriptor);

/** The mentions of an entity read from its columns, as objects (the test's own reading). */
function fromColumns(e: Entity, text: string): Mention[] {
  const run = mentionRange(e);
  assert.ok(run, `${e.id} has no columns`);
  const { table, from, count } = run;
  assert.equal(table.text, text);
  return Array.from({ length: count }, (_, j) => {
    const k = from + j;
    const start = table.start[k] as number;
    const end = table.end[k] as number;
    return { start, end, line: table.line[k] as number, column: table.column[k] as number, text: text.slice(start, end), nominal: table.nominal[k] === 1 };
  });
}

describe('engine: mentions kept as columns until read', () => {
  it('the analysis (relations included) builds no mention object', () => {
    for (const text of seeds) {
      const r = createAnalyzer().analyze(text);
      assert.ok(r.entities.length > 0);
      for (const e of r.entities) assert.equal(built(e), false, `${e.id}'s mentions were built during the analysis`);
    }
  });

  it('reading entity.mentions gives, in text order, what the columns hold, with texts of the article', () => {
    for (const text of seeds) {
      const r = analyze(text);
      for (const e of r.entities) {
        const expected = fromColumns(e, text);
        assert.ok(expected.length > 0);
        assert.deepEqual(e.mentions, expected);
        for (const m of e.mentions) assert.equal(m.text, text.slice(m.start, m.end));
        for (let j = 1; j < e.mentions.length; j++) assert.ok((e.mentions[j - 1] as Mention).start <= (e.mentions[j] as Mention).start);
      }
    }
  });

  it('the objects are built once: later reads give the same array, now a data property', () => {
    const e = analyze(seed).entities[0] as Entity;
    const first = e.mentions;
    assert.equal(built(e), true);
    assert.equal(e.mentions, first);
    first.push({ start: 0, end: 1, line: 1, column: 1, text: seed[0] as string, nominal: false });
    assert.equal(e.mentions.length, first.length);
    // Once the objects exist, the helpers read them (a change made to the array is seen).
    assert.equal(mentionRange(e), undefined);
    assert.equal(mentionCount(e), first.length);
  });

  it('JSON, spreading, structured cloning and deep equality see a plain entity with its mentions', () => {
    const r = analyze(seed);
    const e = r.entities.find((x) => x.type === 'official') as Entity;
    const rows = fromColumns(e, seed);
    const json = JSON.parse(JSON.stringify(e));
    assert.deepEqual(Object.keys(json), ['id', 'type', 'name', 'attributes', 'mentions']);
    assert.deepEqual(json.mentions, rows);
    const spread = { ...analyze(seed).entities.find((x) => x.id === e.id) as Entity };
    assert.deepEqual(spread.mentions, rows);
    const clone = structuredClone(analyze(seed).entities.find((x) => x.id === e.id) as Entity);
    assert.deepEqual(clone, json);
    assert.deepStrictEqual(analyze(seed).entities.find((x) => x.id === e.id), json);
  });

  it('mentionCount and mentionStart answer from the columns without building objects', () => {
    const r = analyze(seed);
    for (const e of r.entities) {
      const rows = fromColumns(e, seed);
      assert.equal(mentionCount(e), rows.length);
      assert.equal(mentionStart(e, 0), rows[0]?.start);
      assert.equal(mentionStart(e, rows.length - 1), rows[rows.length - 1]?.start);
      assert.equal(mentionStart(e, rows.length), undefined);
      assert.equal(mentionStart(e, -1), undefined);
      assert.equal(built(e), false);
    }
  });

  it('assigned mentions replace the analysed ones, columns included; entities made by hand are read as they are', () => {
    const e = analyze(seed).entities[0] as Entity;
    const mine: Mention[] = [{ start: 3, end: 5, line: 1, column: 4, text: 'xx', nominal: true }];
    e.mentions = mine;
    assert.equal(e.mentions, mine);
    assert.equal(mentionRange(e), undefined);
    assert.equal(mentionCount(e), 1);
    assert.equal(mentionStart(e, 0), 3);
    const byHand: Entity = { id: 'system:x', type: 'system', name: 'X', attributes: {}, mentions: [mine[0] as Mention, { ...(mine[0] as Mention), start: 9 }] };
    assert.equal(mentionCount(byHand), 2);
    assert.equal(mentionStart(byHand, 1), 9);
    assert.equal(mentionRange(byHand), undefined);
  });

  it('an analyser reused for the next text leaves the earlier result as it was', () => {
    const analyzer = createAnalyzer();
    const a = analyzer.analyze(seeds[0] as string);
    const expected = JSON.stringify(analyze(seeds[0] as string));
    for (const text of seeds) analyzer.analyze(text);
    assert.equal(JSON.stringify(a), expected);
  });
});
