// The engine-alone loop of test/perf/editorBench.test.ts in plain Node, for bench/editor-bench.mjs:
// a fresh analyser analyses the article CALLS times, each time with one more typed word ("also ")
// a little after the middle, back to back, then again with a pause between calls. Prints
// {"backToBack": [ms...], "paused": [ms...], "pauseMs": N} on standard output.
//
//   node bench/engine-loop.mjs <article> <calls> [pauseMs]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from './corpus.mjs';

const [article, callsArg, pauseArg = '200'] = process.argv.slice(2);
const calls = Number(callsArg);
const pauseMs = Number(pauseArg);
if (!article || !Number.isInteger(calls) || calls < 1 || !Number.isFinite(pauseMs) || pauseMs < 0) {
  console.error('usage: node bench/engine-loop.mjs <article> <calls> [pauseMs]');
  process.exit(2);
}
const { createAnalyzer } = createRequire(import.meta.url)(join(ROOT, 'dist', 'engine.js'));
const base = readFileSync(article, 'utf8');
const WORD = 'also ';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** As wordStart in test/perf/editorBench.test.ts. */
function wordStart(text, i) {
  const from = Math.floor(text.length / 2) + i * 101;
  const space = text.indexOf(' ', from);
  return space < 0 ? from : space + 1;
}
async function loop(pause) {
  const analyzer = createAnalyzer();
  const times = [];
  let text = base;
  for (let i = 0; i < calls; i++) {
    const at = wordStart(text, i);
    text = text.slice(0, at) + WORD + text.slice(at);
    const started = performance.now();
    const result = analyzer.analyze(text);
    times.push(performance.now() - started);
    if (result.entities.length === 0) throw new Error('no entities: not the benchmark article?');
    if (pause > 0) await sleep(pause);
  }
  return times;
}
const backToBack = await loop(0);
const paused = await loop(pauseMs);
process.stdout.write(`${JSON.stringify({ backToBack, paused, pauseMs })}\n`);
