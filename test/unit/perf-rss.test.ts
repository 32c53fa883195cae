// Peak-memory work (perf6-rss): structures moved off the JavaScript heap or released earlier;
// these tests pin down that they give what the straightforward structures gave.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { LineIndex, sentenceIds, tokenize } from '../../src/engine/text';
import type { Spelling, Tokens } from '../../src/engine/text';
import { MentionScratch, assemble, createAnalyzer } from '../../src/engine/analyze';
import { OfficialRecognizer } from '../../src/engine/officials';
import { SystemRecognizer, compileSystems } from '../../src/engine/systems';
import { AgreementRecognizer, compileAgreements } from '../../src/engine/agreements';
import { resolveOverlaps, spanColumns, type Span } from '../../src/engine/spans';
import { findCountryMentions } from '../../src/engine/countryMentions';
import { findRelations, signingClauses } from '../../src/engine/relations';

const seedsDir = resolve(__dirname, '../../../seeds');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(resolve(seedsDir, f), 'utf8'));

/** Checks toks' spelling table against the text: each token's spelling has its characters, and the table lists each spelling object once, in order of first use. */
function checkSpellings(text: string, toks: Tokens): void {
  const seen = new Set<Spelling>();
  let next = 0;
  for (let i = 0; i < toks.length; i++) {
    const id = toks.ids[i] as number;
    assert.ok(id >= 0 && id < toks.spellings.length, `token ${i}: id ${id} outside the table`);
    const sp = toks.spelling(i) as Spelling;
    assert.equal(sp, toks.spellings[id]);
    assert.equal(sp.text, text.slice(toks.start[i], toks.endOf(i)), `token ${i}`);
    if (!seen.has(sp)) {
      assert.equal(id, next, `token ${i}: a new spelling takes the next table entry`);
      next++;
      seen.add(sp);
    }
  }
  assert.equal(next, toks.spellings.length, 'every table entry is some token\'s spelling');
  assert.equal(seen.size, toks.spellings.length);
}

describe('engine: spelling ids and per-text spelling table (perf6-rss)', () => {
  it('gives every token its spelling, each distinct spelling listed once', () => {
    const text = 'Russian Defence Minister Sergei Shoigu met Iranian Defence Minister Amir Hatami. Shoigu’s visit; Shoigu said.\n\n'.repeat(20)
      + 'An extraordinarily-long-hyphenated-compound-word and an extraordinarily-long-hyphenated-compound-word.';
    const toks = tokenize(text);
    checkSpellings(text, toks);
    // Tokens with the same text share one spelling, and so one id.
    const ids = new Map<string, number>();
    for (let i = 0; i < toks.length; i++) {
      const t = (toks.spelling(i) as Spelling).text;
      if (t.length > 24) continue; // longer spellings are not interned: one object per token
      const id = toks.ids[i] as number;
      if (ids.has(t)) assert.equal(id, ids.get(t), t); else ids.set(t, id);
    }
    assert.ok(toks.spellings.length < toks.length / 4);
  });

  it('keeps the ids of an earlier call valid after later calls renumber the shared spellings', () => {
    const a = 'Minister Shoigu met Minister Hatami in Tehran.';
    const b = 'In Tehran, Hatami and Shoigu signed; Minister Lavrov was not there.';
    const ta = tokenize(a);
    const tb = tokenize(b);
    checkSpellings(b, tb);
    checkSpellings(a, ta);
    assert.equal((ta.spelling(0) as Spelling).text, 'Minister');
  });

  it('stays right across an emptying of the interning table (more distinct words than it holds)', () => {
    const words: string[] = [];
    for (let k = 0; k < 90000; k++) words.push(`w${k.toString(36)}`);
    // Words repeat on both sides of the emptying, so a spelling object changes within one text.
    const text = `${words.join(' ')} ${words.slice(0, 500).join(' ')} Minister w0 w1`;
    const toks = tokenize(text);
    checkSpellings(text, toks);
    checkSpellings(text, tokenize(text, toks));
  });

  it('ends each token where its characters end: between tokens only whitespace or format characters', () => {
    const texts = [...seeds, 'U.S.-India  Shoigu’s\u200bS-400 “quoted” 🇺🇸 emoji𝒜 an-extraordinarily-long-hyphenated-compound-word, done.\r\n\tEnd'];
    for (const text of texts) {
      const toks = tokenize(text);
      let at = 0;
      for (let i = 0; i < toks.length; i++) {
        const start = toks.start[i] as number;
        assert.match(text.slice(at, start), /^[\s\p{Cf}]*$/u, `before token ${i}`);
        const end = toks.endOf(i);
        assert.ok(end > start);
        assert.equal(text.slice(start, end), (toks.spelling(i) as Spelling).text);
        at = end;
      }
      assert.match(text.slice(at), /^[\s\p{Cf}]*$/u, 'after the last token');
    }
  });

  it('answers undefined outside the tokens, also when the pooled arrays are longer', () => {
    const long = 'Minister Shoigu said. '.repeat(100);
    const pool = tokenize(long);
    const short = 'Shoigu said';
    const toks = tokenize(short, pool);
    assert.equal(toks.length, 2);
    assert.ok(toks.ids.length > 2);
    assert.equal(toks.spelling(-1), undefined);
    assert.equal(toks.spelling(2), undefined);
    assert.equal(toks.spelling(100), undefined);
    assert.equal((toks.spelling(1) as Spelling).text, 'said');
    checkSpellings(short, toks);
  });
});

describe('engine: the analyser drops the spans before building entities (perf6-rss)', () => {
  it('gives what assemble gives on the same stages, call after call', () => {
    const systemsKb = compileSystems([]);
    const agreementsKb = compileAgreements([]);
    /** analyze as a chain of the exported stages, spans kept to the end. */
    const staged = (text: string) => {
      const toks = tokenize(text);
      const sentences = sentenceIds(toks);
      const officials = new OfficialRecognizer(text, toks);
      const officialSpans = officials.run();
      const people = officials.describe();
      const spans = officialSpans.concat(new SystemRecognizer(text, toks, sentences, systemsKb).run(), new AgreementRecognizer(text, toks, agreementsKb).run());
      const primary = resolveOverlaps(spans, text.length);
      const countries = findCountryMentions(text, toks, spanColumns(primary));
      const clauses = signingClauses(toks, sentences);
      const { entities } = assemble(text, primary, people, new LineIndex(text), countries);
      return { entities, relations: findRelations(clauses, entities) };
    };
    const analyzer = createAnalyzer();
    const texts = [...seeds, seeds.join('\n\n'), seeds.slice(0, 3).join('\n')];
    for (let round = 0; round < 2; round++) {
      for (const text of texts) assert.deepEqual(analyzer.analyze(text), staged(text));
    }
  });
});

describe('engine: assemble\'s typed arrays kept between calls (perf6-rss)', () => {
  it('gives disjoint views of the asked length, nominal zeroed, across shrinking and growing sizes', () => {
    const scratch = new MentionScratch();
    for (const n of [5, 1000, 3, 0, 1000, 2500, 7]) {
      const a = scratch.take(n);
      const views = [a.start, a.end, a.line, a.column, a.groupOf, a.members];
      for (const v of views) assert.equal(v.length, n);
      assert.equal(a.nominal.length, n);
      assert.deepEqual([...a.nominal], new Array(n).fill(0));
      // Fill each view with its own number: none overwrites another.
      views.forEach((v, k) => v.fill(k + 1));
      views.forEach((v, k) => assert.ok(v.every((x) => x === k + 1), `view ${k} of ${n}`));
      a.nominal.fill(1);
    }
  });
});

describe('engine: primary spans as columns (perf6-rss)', () => {
  it('keeps each span\'s fields, in order', () => {
    const systemsKb = compileSystems([]);
    const agreementsKb = compileAgreements([]);
    for (const text of seeds) {
      const toks = tokenize(text);
      const sentences = sentenceIds(toks);
      const spans = new OfficialRecognizer(text, toks).run().concat(new SystemRecognizer(text, toks, sentences, systemsKb).run(), new AgreementRecognizer(text, toks, agreementsKb).run());
      const cols = spanColumns(spans);
      assert.equal(cols.count, spans.length);
      const back = Array.from({ length: cols.count }, (_, k) => ({
        type: cols.type[k], start: cols.start[k], end: cols.end[k], nominal: cols.nominal[k] === 1, key: cols.key[k], name: cols.name[k], attributes: cols.attributes[k],
      }));
      assert.deepEqual(back, spans.map(({ priority: _, ...rest }) => rest));
      for (let k = 0; k < cols.count; k++) assert.equal(cols.attributes[k], (spans[k] as Span).attributes, 'the same attributes object, not a copy');
    }
  });
});

describe('officials: title phrases without countries share one empty list (perf6-rss)', () => {
  it('a country found in an office tail stays with its own phrase', () => {
    const text = 'Minister of Defence of Ukraine Oleksiy Brovko met Secretary General Jens Halvorsen. Later Secretary General Jens Halvorsen spoke.';
    for (let round = 0; round < 3; round++) {
      const people = createAnalyzer().analyze(text).entities.filter((e) => e.type === 'official');
      assert.deepEqual(people.map((e) => [e.name, e.attributes]), [
        ['Oleksiy Brovko', { title: 'Minister of Defence of Ukraine', country: 'Ukraine' }],
        ['Jens Halvorsen', { title: 'Secretary General' }],
      ]);
    }
  });
});
