// The engine's linearity measured in one process, for bench/run.mjs: passes over the 1 MB and the
// 10 MB corpora alternate (per round one 10 MB pass, five untimed 1 MB passes that absorb the
// collection of its result, then ten timed 1 MB passes), so that both see the
// same machine and the same heap within the same minute. The throughput table measures each corpus
// in a process of its own, minutes apart; on a machine whose speed drifts by a third between
// minutes, the ratio of those two cells mixes the drift into the engine's linearity.
//
//   node --expose-gc bench/linearity.mjs <1mb.json> <10mb.json> [--rounds N]
//
// Prints {"perPass1": [ms...], "perPass10": [ms...], "chars1": n, "chars10": n, "ratio": r} where
// ratio = (10 MB throughput) / (1 MB throughput) from the medians of the rounds.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from './corpus.mjs';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args.splice(roundsAt, 2)[1]) : 5;
const [file1, file10] = args;
if (!file1 || !file10 || !Number.isInteger(rounds) || rounds < 1) {
  console.error('usage: node bench/linearity.mjs <1mb.json> <10mb.json> [--rounds N]');
  process.exit(2);
}
const doc = (file) => {
  const docs = JSON.parse(readFileSync(file, 'utf8')).docs;
  if (docs.length !== 1) throw new Error(`${file}: expected one document`);
  return docs[0];
};
const text1 = doc(file1);
const text10 = doc(file10);
const engine = createRequire(import.meta.url)(process.env.ANALYST_LENS_ENGINE || join(ROOT, 'dist', 'engine.js'));
const analyzer = engine.createAnalyzer();
let found = 0;
const pass = (text) => {
  for (const e of analyzer.analyze(text).entities) found += e.mentions.length;
};
// Warm-up as the throughput cells have it (two passes of each corpus), interleaved the same way.
for (let w = 0; w < 2; w++) {
  pass(text10);
  for (let k = 0; k < 5; k++) pass(text1);
}
const perPass1 = [];
const perPass10 = [];
for (let r = 0; r < rounds; r++) {
  let t = performance.now();
  pass(text10);
  perPass10.push(performance.now() - t);
  // Untimed: the collections that clear the 10 MB pass's result (15 MB of objects) fall here,
  // not on the timed 1 MB passes.
  for (let k = 0; k < 5; k++) pass(text1);
  t = performance.now();
  for (let k = 0; k < 10; k++) pass(text1);
  perPass1.push((performance.now() - t) / 10);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const ratio = (text10.length / median(perPass10)) / (text1.length / median(perPass1));
process.stdout.write(`${JSON.stringify({ perPass1, perPass10, chars1: text1.length, chars10: text10.length, ratio, found })}\n`);
