// Why the peak memory on 10 MB is what it is: runs one contender in the benchmark's worker on the
// 10 MB corpus with V8's garbage-collection trace, and prints, for each full collection (mark-
// compact), the old generation before and after it, the limit V8 set for the next one and the
// growing factor it chose, with the speeds that factor came from (V8's heap controller: the
// factor is 4 when the collector is slow against the rate at which the program promotes objects
// to the old generation, and falls towards 1.1 only when it is fast against it), then the
// process's peak RSS. The limit is the factor times what was live at the collection, so the peak
// follows from what is live (the corpus, the harness, and the engine's state at that moment) and
// from the factor; see the README's memory section.
//
//   node bench/heap-growth.mjs [contender] [--bytes N] [--runs N]
//     contender: ours (default), ours-objects, wink; ANALYST_LENS_ENGINE picks another build of ours.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, assembleCorpus } from './corpus.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i >= 0 ? Number(args[i + 1]) : dflt; };
const contender = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--'))) ?? 'ours';
const bytes = opt('bytes', 10_000_000);
const runs = opt('runs', 5);

const dir = mkdtempSync(join(tmpdir(), 'analyst-lens-heap-'));
const corpusFile = join(dir, 'corpus.json');
writeFileSync(corpusFile, JSON.stringify({ name: `${bytes / 1e6} MB`, docs: [assembleCorpus(bytes)] }));

const run = spawnSync(process.execPath, ['--expose-gc', '--trace-gc', '--trace-gc-verbose', join(ROOT, 'bench', 'worker.mjs'), contender, corpusFile,
  '--runs', String(runs), '--warmup', '2'], { encoding: 'utf8', maxBuffer: 1 << 28, env: process.env });
if (run.status !== 0) { process.stderr.write(run.stderr.slice(-2000)); process.exit(1); }

// The heap controller's lines come before the line of the collection they belong to.
const rows = [];
let next = {};
for (const line of run.stdout.split('\n')) {
  // "[HeapController] factor 4.0 based on mu=0.970, speed_ratio=9 (gc=907150, mutator=98258)"
  const f = /\[HeapController\] factor ([\d.]+) based on mu=([\d.]+), speed_ratio=(\d+) \(gc=(\d+), mutator=(\d+)\)/.exec(line);
  if (f) Object.assign(next, { factor: +f[1], ratio: +f[3], gc: +f[4] / 1024, mutator: +f[5] / 1024 });
  // "[HeapController] Limit: old size: 41543 KB, new limit: 182279 KB (4.0)"
  const l = /\[HeapController\] Limit: old size: (\d+) KB, new limit: (\d+) KB/.exec(line);
  if (l) Object.assign(next, { oldLive: +l[1] / 1024, limit: +l[2] / 1024 });
  // "Mark-Compact 176.9 (208.2) -> 41.9 (115.3) MB," (used (committed) before -> after)
  const mc = /Mark-Compact ([\d.]+) \(([\d.]+)\) -> ([\d.]+) \(([\d.]+)\) MB/.exec(line);
  if (mc) { rows.push({ before: +mc[1], committed: +mc[2], after: +mc[3], ...next }); next = {}; }
}
const result = JSON.parse(run.stdout.trim().split('\n').filter((l) => l.startsWith('{')).pop());
const f1 = (x) => (x === undefined ? '–' : x.toFixed(1));
console.log(`${contender} on ${bytes / 1e6} MB (${runs} runs after warm-up), peak RSS ${result.maxRssMB.toFixed(0)} MB, ${result.medianMs.toFixed(0)} ms per pass\n`);
console.log('| heap before MB (committed) | heap after MB | old generation live MB | next limit MB | factor | gc ÷ promotion speed | gc KB/ms | promotion KB/ms |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${f1(r.before)} (${f1(r.committed)}) | ${f1(r.after)} | ${f1(r.oldLive)} | ${f1(r.limit)} | ${f1(r.factor)} | ${r.ratio ?? '–'} | ${f1(r.gc)} | ${f1(r.mutator)} |`);
}
