// The memory floor of the result itself: a stand-in "engine" that does no analysis and only builds,
// at each call, the result the real engine returned for the same text (one object per entity and
// per mention, as the CLI contract and the editor read them). Its peak RSS in the benchmark's
// worker is what any engine returning that result pays in the same harness, before any work of
// its own: Node's baseline, the corpus, the young generation, and V8 letting the old generation
// grow to about four times what it finds live (the corpus and the result) at a full collection.
//
//   node bench/floor.mjs prepare <corpus.json> <out.json>
//     runs the engine (ANALYST_LENS_ENGINE or dist/engine.js) once on each document of the corpus
//     and writes, per document, its length, entities and mentions as columns of numbers.
//
// bench/worker.mjs loads the prepared file for the contender `floor` (see makeFloor).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from './corpus.mjs';

/**
 * The stand-in for one prepared file: a function from a text to its result. Texts the file does
 * not hold (the seed article of the worker's warm-up) get an empty result; documents are told
 * apart by length, which is enough for the benchmark's corpora. Mention texts are
 * sliced from the text at each call, sharing one string among an entity's mentions of the same
 * form, as the engine's assembly does.
 */
export function makeFloor(file) {
  const prepared = JSON.parse(readFileSync(file, 'utf8'));
  // Columns as typed arrays, so the floor's own tables add no JavaScript objects for the
  // collector to find live: only the result built at each call and the corpus are.
  const docs = new Map();
  for (const d of prepared.docs) {
    docs.set(d.length, {
      relations: d.relations,
      entities: d.entities.map((e) => ({
        id: e.id, type: e.type, name: e.name, attributes: e.attributes,
        start: Int32Array.from(e.start), end: Int32Array.from(e.end), line: Int32Array.from(e.line),
        column: Int32Array.from(e.column), nominal: Uint8Array.from(e.nominal),
      })),
    });
  }
  return (text) => {
    const doc = docs.get(text.length);
    if (doc === undefined) return { entities: [], relations: [] };
    const entities = doc.entities.map((e) => {
      const n = e.start.length;
      const mentions = new Array(n);
      const forms = [];
      for (let j = 0; j < n; j++) {
        const start = e.start[j];
        const end = e.end[j];
        let form;
        for (const f of forms) if (f.length === end - start && text.startsWith(f, start)) { form = f; break; }
        if (form === undefined) {
          form = text.slice(start, end);
          if (forms.length < 6) forms.push(form);
        }
        mentions[j] = { start, end, line: e.line[j], column: e.column[j], text: form, nominal: e.nominal[j] !== 0 };
      }
      return { id: e.id, type: e.type, name: e.name, attributes: { ...e.attributes }, mentions };
    });
    return { entities, relations: doc.relations.map((r) => ({ ...r })) };
  };
}

function prepare(corpusFile, outFile) {
  const require = createRequire(join(ROOT, 'package.json'));
  const engine = require(process.env.ANALYST_LENS_ENGINE || join(ROOT, 'dist', 'engine.js'));
  const analyzer = engine.createAnalyzer();
  const corpus = JSON.parse(readFileSync(corpusFile, 'utf8'));
  const docs = corpus.docs.map((text) => {
    const r = analyzer.analyze(text);
    return {
      length: text.length,
      relations: r.relations,
      entities: r.entities.map((e) => ({
        id: e.id, type: e.type, name: e.name, attributes: e.attributes,
        start: e.mentions.map((m) => m.start), end: e.mentions.map((m) => m.end), line: e.mentions.map((m) => m.line),
        column: e.mentions.map((m) => m.column), nominal: e.mentions.map((m) => (m.nominal ? 1 : 0)),
      })),
    };
  });
  writeFileSync(outFile, JSON.stringify({ corpus: corpus.name, docs }));
}

if (process.argv[1] && process.argv[1].endsWith('floor.mjs') && process.argv[2] === 'prepare') {
  prepare(process.argv[3], process.argv[4]);
}
