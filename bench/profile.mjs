// Profiles one analyze call and prints where the time goes, so engine hot spots are found from
// profiles rather than guesses (issue 5). Uses the V8 sampling profiler through node:inspector,
// in process, and maps bundle lines back to engine source files through the "// src/..." section
// comments esbuild writes into unminified bundles.
//
//   node bench/profile.mjs corpus [bytes]        the assembled article corpus (default 1 MB)
//   node bench/profile.mjs repeat "Minister " [chars]   a token repeated to `chars` (default 200,000)
//   node bench/profile.mjs file path/to/article.txt
//   add --calls N to profile N calls on the same text (per-call overhead on small articles),
//   --lines to add the hottest source lines of the bundle (self time per line),
//   --heap to report bytes allocated per function instead of CPU time (sampling heap profiler,
//   counting objects already collected too), --promoted for the bytes that outlived the young
//   generation (what fills the old generation, and so how far V8 lets the heap grow), and --save out.cpuprofile to keep a CPU profile for
//   Chrome DevTools / VS Code. --warm N runs N untimed calls on the text first, so that the
//   profile shows the engine once V8 has optimised it rather than while it is compiling.
import { Session } from 'node:inspector/promises';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT, assembleCorpus } from './corpus.mjs';

const args = process.argv.slice(2);
const saveAt = args.indexOf('--save');
const savePath = saveAt >= 0 ? args.splice(saveAt, 2)[1] : null;
const heapAt = args.indexOf('--heap');
const promotedAt = args.indexOf('--promoted');
const promoted = promotedAt >= 0;
if (promoted) args.splice(promotedAt, 1);
const heap = heapAt >= 0 || promoted;
if (heapAt >= 0) args.splice(args.indexOf('--heap'), 1);
const linesAt = args.indexOf('--lines');
const lines = linesAt >= 0;
if (lines) args.splice(linesAt, 1);
const callsAt = args.indexOf('--calls');
const calls = callsAt >= 0 ? Number(args.splice(callsAt, 2)[1]) : 1;
const warmAt = args.indexOf('--warm');
const warm = warmAt >= 0 ? Number(args.splice(warmAt, 2)[1]) : 0;
const [mode = 'corpus', a1, a2] = args;

let text;
if (mode === 'corpus') text = assembleCorpus(Number(a1 || 1_000_000));
else if (mode === 'repeat') {
  const n = Number(a2 || 200_000);
  text = a1.repeat(Math.ceil(n / a1.length)).slice(0, n);
} else if (mode === 'file') text = readFileSync(a1, 'utf8');
else throw new Error(`unknown mode ${mode}`);

const enginePath = process.env.ANALYST_LENS_ENGINE || join(ROOT, 'dist', 'engine.js');
const require = createRequire(join(ROOT, 'package.json'));
const engine = require(enginePath);
engine.analyze('Defense Minister Sergey Shoigu met his Iranian counterpart about the S-300.');
for (let i = 0; i < warm; i++) engine.analyze(text);

// Bundle line → source file, from esbuild's "// src/engine/x.ts" markers.
const bundleLines = readFileSync(enginePath, 'utf8').split('\n');
const sectionAt = [];
let current = '(bundle)';
for (const line of bundleLines) {
  const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(line);
  if (m) current = m[1];
  sectionAt.push(current);
}

const session = new Session();
session.connect();
const where = (cf) => (cf.url.endsWith('engine.js') ? `${sectionAt[cf.lineNumber] ?? '?'} (bundle line ${cf.lineNumber + 1})` : cf.url ? cf.url.replace(/^.*\//, '') : '(native)');
if (heap) {
  await session.post('HeapProfiler.enable');
  // --promoted leaves out what a scavenge collected: what is left outlived the young generation
  // (promoted, then collected by a full collection or still alive), which is what fills the old
  // generation and sets how far V8 lets the heap grow.
  await session.post('HeapProfiler.startSampling', { samplingInterval: 16384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: !promoted });
  const t0 = performance.now();
  let result;
  for (let i = 0; i < calls; i++) result = engine.analyze(text);
  const ms = (performance.now() - t0) / calls;
  const { profile } = await session.post('HeapProfiler.stopSampling');
  session.disconnect();
  const perFn = new Map();
  let totalBytes = 0;
  const walk = (node) => {
    const bytes = node.selfSize;
    if (bytes) {
      // Native allocators (push, next, toLowerCase...) are named with the engine function that called them.
      const caller = node.callFrame.url ? '' : ` ← ${parentName.get(node) ?? '?'}`;
      const key = `${node.callFrame.functionName || '(anonymous)'}${caller} — ${where(node.callFrame)}`;
      perFn.set(key, (perFn.get(key) || 0) + bytes);
      totalBytes += bytes;
    }
    for (const c of node.children) {
      parentName.set(c, node.callFrame.url ? node.callFrame.functionName || '(anonymous)' : parentName.get(node));
      walk(c);
    }
  };
  const parentName = new Map();
  walk(profile.head);
  console.log(`input: ${mode} ${a1 ?? ''} — ${text.length.toLocaleString('en-US')} chars; analyze ${ms.toFixed(0)} ms per call over ${calls} call(s); ${result.entities.length} entities`);
  console.log(`${promoted ? 'outlived the young generation (sampled, including objects a full collection collected)' : 'allocated (sampled, including collected objects)'}: ${(totalBytes / 1e6).toFixed(0)} MB, ${(totalBytes / calls / text.length).toFixed(0)} bytes per input char; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  for (const [key, bytes] of [...perFn].sort((x, y) => y[1] - x[1]).slice(0, 15)) {
    console.log(`${((bytes / totalBytes) * 100).toFixed(1).padStart(5)}%  ${(bytes / 1e6).toFixed(0).padStart(5)} MB  ${key}`);
  }
  process.exit(0);
}
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
const t0 = performance.now();
let result;
for (let i = 0; i < calls; i++) result = engine.analyze(text);
const ms = (performance.now() - t0) / calls;
const { profile } = await session.post('Profiler.stop');
session.disconnect();
if (savePath) writeFileSync(savePath, JSON.stringify(profile));

// Self time per function: samples whose leaf is that function, times the mean sample interval.
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const hits = new Map();
for (const id of profile.samples) hits.set(id, (hits.get(id) || 0) + 1);
const total = profile.samples.length || 1;
const perFn = new Map();
const perFile = new Map();
for (const [id, count] of hits) {
  const cf = byId.get(id).callFrame;
  const inEngine = cf.url.endsWith('engine.js');
  const where = inEngine ? `${sectionAt[cf.lineNumber] ?? '?'} (bundle line ${cf.lineNumber + 1})` : cf.url ? cf.url.replace(/^.*\//, '') : '(native)';
  const key = `${cf.functionName || '(anonymous)'} — ${where}`;
  perFn.set(key, (perFn.get(key) || 0) + count);
  const file = inEngine ? sectionAt[cf.lineNumber] ?? '?' : cf.url ? cf.url.replace(/^.*\//, '') : cf.functionName || '(native)';
  perFile.set(file, (perFile.get(file) || 0) + count);
}
const mentions = result.entities.reduce((n, e) => n + e.mentions.length, 0);
console.log(`input: ${mode} ${a1 ?? ''} — ${text.length.toLocaleString('en-US')} chars; analyze ${ms.toFixed(ms < 10 ? 3 : 0)} ms per call over ${calls} call(s) (${(text.length / 1e6 / (ms / 1000)).toFixed(2)} M chars/s); ${result.entities.length} entities, ${mentions} mentions`);
console.log('self time by function (top 15):');
for (const [key, count] of [...perFn].sort((x, y) => y[1] - x[1]).slice(0, 15)) {
  console.log(`${((count / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
}
console.log('self time by source file:');
for (const [file, count] of [...perFile].sort((x, y) => y[1] - x[1]).slice(0, 10)) {
  console.log(`${((count / total) * 100).toFixed(1).padStart(5)}%  ${file}`);
}
if (lines) {
  // Self time per bundle line, from the profile's position ticks (which line of a function the
  // sample was on), with the line's text, so a hot function's hot statement can be read off.
  const perLine = new Map();
  let ticked = 0;
  for (const node of profile.nodes) {
    if (!node.callFrame.url.endsWith('engine.js') || !node.positionTicks) continue;
    for (const { line, ticks } of node.positionTicks) {
      perLine.set(line, (perLine.get(line) || 0) + ticks);
      ticked += ticks;
    }
  }
  console.log('hottest bundle lines (self time):');
  for (const [line, ticks] of [...perLine].filter(([l]) => !process.env.ONLY_FILE || (sectionAt[l - 1] ?? '').includes(process.env.ONLY_FILE)).sort((x, y) => y[1] - x[1]).slice(0, 40)) {
    const src = (bundleLines[line - 1] ?? '').trim().slice(0, 110);
    console.log(`${((ticks / total) * 100).toFixed(1).padStart(5)}%  ${String(line).padStart(5)} ${(sectionAt[line - 1] ?? '?').replace('src/engine/', '')}: ${src}`);
  }
  if (ticked === 0) console.log('(no line ticks in this profile)');
}
