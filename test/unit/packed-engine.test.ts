// The extension core's code has its word lists moved into a compressed comment by the build
// (moveWordLists in esbuild.config.mjs, issue 5's size budget). dist/test/engine-packed.js is the
// engine built the same way; these tests hold it to dist/engine.js, built without the move.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { unpack } from '../../src/engine/data/packing';
import type { Analyzer } from '../../src/engine';
import { findRoot } from './support/root';

const ROOT = findRoot(__dirname);
const PACKED = join(ROOT, 'dist', 'test', 'engine-packed.js');

interface EngineModule { createAnalyzer(): Analyzer }

/** Every text the repository holds: the sample articles and the test fixtures. */
function texts(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.txt')) out.push([path, readFileSync(path, 'utf8')]);
    }
  };
  walk(join(ROOT, 'seeds'));
  walk(join(ROOT, 'test', 'fixtures'));
  return out;
}

/** A result with every entity's mentions read (they are built on first read, outside JSON.stringify's view). */
function everything(analyzer: Analyzer, text: string): string {
  const result = analyzer.analyze(text);
  return JSON.stringify({ result, mentions: result.entities.map((e) => e.mentions) });
}

describe('the engine with its word lists moved into the compressed comment (the extension core\'s build)', () => {
  const code = readFileSync(PACKED, 'utf8');

  it('gives dist/engine.js\'s results on every text of the repository, twice over (each list read afresh)', function () {
    this.timeout(60_000);
    /* eslint-disable @typescript-eslint/no-require-imports */
    const plain = (require(join(ROOT, 'dist', 'engine.js')) as EngineModule).createAnalyzer();
    const packed = (require(PACKED) as EngineModule).createAnalyzer();
    /* eslint-enable @typescript-eslint/no-require-imports */
    const all = texts();
    assert.ok(all.length >= 20, `${all.length} texts`);
    let entities = 0;
    for (let round = 0; round < 2; round++) {
      for (const [path, text] of all) {
        const want = everything(plain, text);
        assert.equal(everything(packed, text), want, path);
        entities += plain.analyze(text).entities.length;
      }
    }
    assert.ok(entities > 100, `${entities} entities`);
  });

  it('has no list of five or more string literals left in its code, and reads each moved one from the comment', () => {
    const body = code.slice(0, code.indexOf('function __analystLensKnowledgeBase'));
    const calls = [...body.matchAll(/\$W\$\((\d+)\)/g)].map((m) => Number(m[1]));
    assert.ok(calls.length >= 100, `${calls.length} word lists moved`);
    assert.doesNotMatch(body, /\[(?:"[^"\\\n]*",){4,}"[^"\\\n]*"\]/);
    const at = code.indexOf('function __analystLensWords');
    const packed = code.slice(code.indexOf('/*', at) + 2, code.indexOf('*/', at));
    const words = JSON.parse(brotliDecompressSync(unpack(packed)).toString('utf8')) as Array<string | string[]>;
    assert.deepEqual(calls.slice().sort((x, y) => x - y), words.map((_, k) => k), 'one call per list');
    // The lists hold what the sources write: the nationality words of titles, the abbreviations
    // before a period, and lexicon.ts's lists written as text.
    const flat = words.map((w) => (typeof w === 'string' ? w : w.join(' ')));
    assert.ok(flat.some((w) => /\bmr mrs ms dr\b/.test(w)), 'the abbreviations of sentenceIds');
    assert.ok(words.some((w) => typeof w === 'string' && w.length > 60), 'a word list written as text');
  });

  it('shortens the names of the classes\' private members (mangleProps), and only theirs', () => {
    const body = code.slice(0, code.indexOf('function __analystLensKnowledgeBase'));
    const plain = readFileSync(join(ROOT, 'dist', 'engine.js'), 'utf8');
    // Long private method names as the engine's sources declare them ("  private scanName(").
    const declared = new Set<string>();
    for (const file of readdirSync(join(ROOT, 'src', 'engine')).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(ROOT, 'src', 'engine', file), 'utf8');
      for (const m of source.matchAll(/^ {2}private (?:readonly )?([A-Za-z]\w{9,})\(/gm)) declared.add(m[1] as string);
    }
    const called = (text: string, name: string): boolean => text.includes(`.${name}(`);
    const inPlain = [...declared].filter((n) => called(plain, n));
    assert.ok(inPlain.length >= 200, `${inPlain.length} private methods called by name in dist/engine.js`);
    const left = inPlain.filter((n) => called(body, n));
    // A few share a name with something public (an interface's method, a library's) and stay.
    assert.ok(left.length <= inPlain.length / 20, `still named in the packed engine: ${left.slice(0, 10).join(', ')}`);
    // Public members and the result's fields keep their names.
    for (const name of ['analyze(', 'createAnalyzer', '.mentions', '.attributes']) assert.ok(body.includes(name), name);
  });

  it('keeps its source map pointing at the TypeScript after the lists were replaced on a line', () => {
    const lines = code.split('\n');
    const map = new SourceMap(JSON.parse(readFileSync(`${PACKED}.map`, 'utf8')));
    const sources = new Map<string, string[]>();
    let checked = 0;
    lines.forEach((line, n) => {
      const first = line.indexOf('$W$(');
      if (first < 0) return;
      // String literals after the line's first replaced list: their columns moved with every list before them.
      for (const m of line.matchAll(/"([A-Za-z][^"\\]{14,50})"/g)) {
        if ((m.index as number) < first) continue;
        const entry = map.findEntry(n, m.index as number) as { originalSource?: string; originalLine?: number };
        assert.ok(entry.originalSource, `a mapping for "${m[1]}"`);
        const file = resolve(dirname(PACKED), entry.originalSource as string);
        if (!sources.has(file)) sources.set(file, readFileSync(file, 'utf8').split('\n'));
        const source = sources.get(file) as string[];
        // The mapping found is the literal's or the start of the statement holding it.
        const from = entry.originalLine as number;
        assert.ok(source.slice(from, from + 40).some((l) => l.includes(m[1] as string)), `"${m[1]}" maps to ${file}:${from + 1}`);
        checked++;
      }
    });
    assert.ok(checked >= 20, `${checked} literals checked`);
  });
});
