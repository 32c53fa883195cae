// `npm run bench:editor`: the editor figures of issue 5, measured inside a real VS Code (code-server
// 4.100.3, VS Code 1.100.3, extension host on Node): activation time, time from an edit of a 100 KB
// article to its new decorations, and hover response time. A measurement, never a test: the
// targets are printed next to the figures and the exit code is 0 whether they are met or not (it
// is 1 only when the measurement itself could not run).
//
// What it does:
//   1. `npm run build` when dist/extension.js is missing or older than a source file, then bundles
//      test/perf/*.ts (the benchmark suite, never part of `npm test`) into dist/test/perf/.
//   2. A temporary workspace with a copy of seeds/iran-russia-s300.txt and article-100k.txt: the
//      sample articles reassembled by bench/corpus.mjs's assembleCorpus (random titles and
//      paragraphs of seeds/*.txt, people, countries, systems and numbers recast per generated
//      article, deterministic) until it holds 100 KB.
//   3. test/editor/run-host-tests.mjs runs the suite in code-server, as for the extension-host
//      tests; the suite writes raw samples to a JSON file, this script prints the table and writes
//      bench/results/editor.md.
//
//   node bench/editor-bench.mjs [--runs N] [--edits N] [--hovers N] [--no-build] [--out FILE] [--json FILE]
//
// --runs starts code-server N times (activation happens once per session); --json keeps the raw
// samples of every run.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, SEED_ARTICLE, SEEDS_DIR, assembleCorpus } from './corpus.mjs';

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '1' },
    edits: { type: 'string', default: '20' },
    hovers: { type: 'string', default: '30' },
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string', default: join(ROOT, 'bench', 'results', 'editor.md') },
    json: { type: 'string' },
  },
});
const RUNS = positive(opts.runs, 'runs');
const ARTICLE_BYTES = 100 * 1024;
const ARTICLE = 'article-100k.txt';
const TARGETS = { activationMs: 30, workMs: 10 };

function positive(value, name) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name} must be a positive integer`);
    process.exit(2);
  }
  return n;
}

// ---- 1. build ------------------------------------------------------------------------------
// The project's state as built and measured, read now: the report is written minutes later.
// (Porcelain lines start with a two-letter status and a space; no trim, which would eat a leading space.)
const gitOut = (...args) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout;
const commitAtStart = gitOut('rev-parse', '--short', 'HEAD').trim();
const dirty = gitOut('status', '--porcelain', '--', 'src').split('\n').filter(Boolean).map((l) => l.slice(3));
if (!opts['no-build']) {
  if (isStale(join(ROOT, 'dist', 'extension.js'), [join(ROOT, 'src'), join(ROOT, 'package.json')])) run('npm', ['run', 'build']);
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: readdirSync(join(ROOT, 'test', 'perf')).filter((f) => f.endsWith('.ts')).map((f) => join(ROOT, 'test', 'perf', f)),
    outdir: join(ROOT, 'dist', 'test', 'perf'),
    bundle: true, platform: 'node', format: 'cjs', target: 'es2022', sourcemap: true,
    external: ['vscode', 'mocha'], logLevel: 'warning',
  });
}
if (!existsSync(join(ROOT, '.code-server', 'node_modules', '.bin', 'code-server'))) run('bash', ['scripts/install-code-server.sh']);

// ---- 2. workspace and 3. runs --------------------------------------------------------------
const work = mkdtempSync(join(tmpdir(), 'analyst-lens-editor-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const workspace = join(work, 'workspace');
mkdirSync(workspace);
copyFileSync(join(SEEDS_DIR, SEED_ARTICLE), join(workspace, SEED_ARTICLE));
writeFileSync(join(workspace, ARTICLE), assembleCorpus(ARTICLE_BYTES));
// An empty extension, installed beside ours and activated by the same event: its Load Code is
// what VS Code spends here on any extension before that extension's own code counts (resolving
// it, the localisation set-up it awaits, building the \`vscode\` API object for it).
const BASELINE = { publisher: 'analyst-lens-bench', name: 'empty-extension', version: '0.0.1' };
const BASELINE_ID = `${BASELINE.publisher}.${BASELINE.name}`;
const baselineDir = join(work, 'empty-extension');
mkdirSync(baselineDir);
writeFileSync(join(baselineDir, 'package.json'), `${JSON.stringify({
  ...BASELINE, engines: { vscode: '^1.80.0' }, activationEvents: ['onLanguage:plaintext'], main: './extension.js',
}, null, 2)}\n`);
writeFileSync(join(baselineDir, 'extension.js'), "'use strict';\nconst vscode = require('vscode');\nexports.activate = () => vscode.version;\n");

// One user-data folder for every session, as for a user who starts VS Code again: the first
// session starts without the extension's code cache (src/extension/launcher.ts) and writes it, the
// later ones compile the core from it.
const userData = join(work, 'user-data');
mkdirSync(userData);

const loadBefore = loadavg();
const startedAt = new Date();
const runs = [];
for (let i = 0; i < RUNS; i++) {
  const out = join(work, `run-${i}.json`);
  console.log(`\n== editor benchmark, run ${i + 1} of ${RUNS} (code-server, headless chromium)`);
  const r = spawnSync(process.execPath, [join(ROOT, 'test', 'editor', 'run-host-tests.mjs'), '--suite', join(ROOT, 'dist', 'test', 'perf', 'index.js'), '--workspace', workspace, '--open', join(workspace, SEED_ARTICLE), '--install', baselineDir, '--user-data', userData], {
    cwd: ROOT,
    stdio: 'inherit',
    env: {
      ...process.env,
      ANALYST_LENS_BENCH_OUT: out,
      ANALYST_LENS_BENCH_ARTICLE: ARTICLE,
      ANALYST_LENS_BENCH_EDITS: opts.edits,
      ANALYST_LENS_BENCH_HOVERS: opts.hovers,
      ANALYST_LENS_BENCH_BASELINE_ID: BASELINE_ID,
    },
  });
  if (r.status !== 0 || !existsSync(out)) {
    console.error(`editor benchmark: run ${i + 1} did not complete (exit ${r.status}); no figures written`);
    process.exit(1);
  }
  runs.push(JSON.parse(readFileSync(out, 'utf8')));
}
// The engine-alone loop of the suite (results.engineLoop), run in plain Node on the same article
// with the same typed words, once per code-server run, for comparison with the extension host.
const plainLoops = [];
for (let i = 0; i < RUNS; i++) {
  const calls = runs[i]?.engineLoop?.backToBack.length;
  if (!calls) break;
  const r = spawnSync(process.execPath, [join(ROOT, 'bench', 'engine-loop.mjs'), join(workspace, ARTICLE), String(calls), String(runs[i].engineLoop.pauseMs)], { encoding: 'utf8' });
  if (r.status !== 0) { console.error(`editor benchmark: the plain Node engine loop failed (exit ${r.status}): ${r.stderr}`); break; }
  plainLoops.push(JSON.parse(r.stdout));
}
const loadAfter = loadavg();
if (opts.json) writeFileSync(opts.json, `${JSON.stringify(runs, null, 2)}\n`);

// ---- figures ---------------------------------------------------------------------------------
const all = (f) => runs.flatMap(f).filter((x) => typeof x === 'number' && Number.isFinite(x));
const edits = runs.flatMap((r) => r.edits.filter((e) => !e.warmup && !e.later));
// The same edits later in the session (test/perf/editorBench.test.ts LATER_EDITS), reported apart.
const laterEdits = runs.flatMap((r) => r.edits.filter((e) => e.later));
const firstEdits = runs.map((r) => r.edits[0]).filter(Boolean);
const hoverTimes = (target) => runs.flatMap((r) => r.hovers.filter((h) => h.target === target));
const debounced = edits.filter((e) => e.analysedInUpdate);
const first = runs[0];
const art = first.article;

const rows = [];
const row = (figure, values, target, note) => rows.push({ figure, ...stats(values), target, note });
row('activation: VS Code\'s "Activation" (Load Code + Call Activate, as its Extensions view shows it)', runs.map((r) => sum(num(r.vscodeActivation?.['Load Code']), num(r.vscodeActivation?.['Call Activate']))), TARGETS.activationMs);
row('&nbsp;&nbsp;VS Code "Load Code" (`require` of dist/extension.js, the launcher)', all((r) => num(r.vscodeActivation?.['Load Code'])));
row('&nbsp;&nbsp;&nbsp;&nbsp;of it the extension host\'s `require` of dist/extension.js alone (its own marks)', runs.map((r) => r.requireMs?.extension));
row('&nbsp;&nbsp;VS Code "Call Activate" (the launcher\'s `activate()`: schedules the core and returns)', all((r) => num(r.vscodeActivation?.['Call Activate'])));
row('activation, for comparison: an empty extension\'s VS Code "Activation", same run and event', runs.map((r) => sum(num(r.baselineActivation?.['Load Code']), num(r.baselineActivation?.['Call Activate']))), TARGETS.activationMs);
row('&nbsp;&nbsp;its `require` alone (a 3-line main file)', runs.map((r) => r.requireMs?.baseline));
const loads = runs.map((r) => r.coreLoad).filter(Boolean);
const cached = loads.filter((l) => l.cache === 'used');
const uncached = loads.filter((l) => l.cache !== 'used');
row('core load, in the task after activation: wait for that task', loads.map((l) => l.waitedMs));
row(`&nbsp;&nbsp;read and compile dist/extension-core.js from the code cache (${cached.length} of ${loads.length} sessions)`, cached.map((l) => l.compileMs));
row(`&nbsp;&nbsp;read and compile dist/extension-core.js without one (${uncached.length} of ${loads.length} sessions: ${uncached.map((l) => l.cache).join(', ') || 'none'})`, uncached.map((l) => l.compileMs));
row('&nbsp;&nbsp;run its module code', loads.map((l) => l.runMs));
row('&nbsp;&nbsp;the core\'s `activate()` (extension\'s own clock)', all((r) => r.activationMs));
row('&nbsp;&nbsp;&nbsp;&nbsp;CPU time of the extension host process during it', all((r) => r.activationCpuMs));
// The core's activate() steps (src/extension/extension.ts), by name, in the order of the first run.
for (const [name] of first.activationSteps ?? []) {
  row(`&nbsp;&nbsp;&nbsp;&nbsp;step: ${name}`, runs.map((r) => (r.activationSteps ?? []).find((s) => s[0] === name)?.[1]));
}
row('the extension\'s whole start-up work before its first analysis: Load Code + Call Activate + compile + run + core `activate()`', runs.map((r) => r.coreLoad && sum(sum(num(r.vscodeActivation?.['Load Code']), num(r.vscodeActivation?.['Call Activate'])), r.coreLoad.compileMs + r.coreLoad.runMs + (r.activationMs ?? NaN))));
row('code cache written after the first analyses: `createCachedData`', loads.map((l) => l.cacheWriteMs));
row(`article open at startup (${SEED_ARTICLE}, 2 KB): first analysis + decorations, engine built here`, runs.map((r) => r.startup && r.startup.timing.analysisMs + (r.startup.timing.decorationMs ?? 0)));
row('&nbsp;&nbsp;its decorations applied, counted from VS Code\'s call of `activate()`', runs.map((r) => r.startup && r.coreLoad && (r.startup.timing.decoratedAt ?? NaN) - r.coreLoad.calledAt));
row('opening the 100 KB article: first analysis + decorations', runs.map((r) => r.initial && r.initial.analysisMs + (r.initial.decorationMs ?? 0)));
// The session's JIT warm-up (src/extension/warmUp.ts), started by that first analysis; the timed
// edits come after it (the suite waits for whenIdle).
const warmUps = runs.map((r) => r.warmUp).filter(Boolean);
const warmNote = warmUps.length ? `${warmUps.map((w) => `${w.slices} slices, ${(w.chars / 1e6).toFixed(2)} M chars${w.stopped ? ', stopped early' : ''}`).join('; ')}` : 'none recorded';
row('JIT warm-up after that first analysis (once per session, slices of the article in idle tasks): engine time in all', warmUps.map((w) => w.engineMs), undefined, warmNote);
row('&nbsp;&nbsp;its longest slice (the longest it held the extension host)', warmUps.map((w) => w.maxSliceMs));
row('&nbsp;&nbsp;first slice to last, idle time between slices included', warmUps.map((w) => w.wallMs));
row('edit → decorations, work (analysis + decoration apply)', edits.map((e) => e.workMs), TARGETS.workMs);
row('&nbsp;&nbsp;of which engine `analyze` (100 KB)', edits.map((e) => e.engineMs));
row('&nbsp;&nbsp;of which views (per type, per id, sorted)', edits.map((e) => e.analysisMs - e.engineMs));
row('&nbsp;&nbsp;of which decoration apply (ranges + 6 `setDecorations`)', edits.map((e) => e.decorationMs));
row('&nbsp;&nbsp;the same work by the extension host\'s CPU clock', edits.map((e) => e.workCpuMs));
row('&nbsp;&nbsp;&nbsp;&nbsp;of which engine `analyze`, by the CPU clock', edits.map((e) => e.engineCpuMs));
row('edit → decorations, whole debounced update (analysis, tree, status bar, decorations, index queue)', debounced.map((e) => e.updateMs), undefined, `the ${debounced.length} edits analysed by the update itself`);
row('edit → decorations, debounce waited', edits.map((e) => e.debounceMs));
row('edit → decorations, wall latency (debounce included)', edits.map((e) => e.latencyMs));
row('edit → decorations, wall latency minus debounce', edits.map((e) => e.latencyMs - (e.debounceMs ?? NaN)));
row('first edit → decorations, work', firstEdits.map((e) => e.workMs), TARGETS.workMs, 'untimed warm-up edit, not in the rows above');
if (laterEdits.length) {
  const after = first.edits.filter((e) => !e.later).length;
  row(`later edits → decorations, work (the ${first.edits.filter((e) => e.later).length} edits after the first ${after}: the engine has analysed the article ${after + 1} times)`, laterEdits.map((e) => e.workMs), TARGETS.workMs, 'not the target row: the same edit once the JIT has settled');
  row('&nbsp;&nbsp;of which engine `analyze` (100 KB)', laterEdits.map((e) => e.engineMs));
  row('&nbsp;&nbsp;the same work by the extension host\'s CPU clock', laterEdits.map((e) => e.workCpuMs));
}
for (const h of runs[0].hovers) {
  const samples = hoverTimes(h.target).flatMap((x) => x.times);
  row(`hover round trip: "${h.mention}" in ${h.target}`, samples);
}
const hoverEngine = runs.flatMap((r) => r.hovers.flatMap((h) => h.engineMs ?? []));
if (hoverEngine.length) row('&nbsp;&nbsp;of which engine `analyze` inside the hover just after an edit', hoverEngine);

// Calls 5-24 and 25-44 of an analyser: where the timed and the later edits fall (the first
// analysis of the article and the 3 warm-up edits come first).
const callRange = (times, from, to) => (times ?? []).slice(from - 1, to);
const loopRows = [
  [`extension host (Node ${runs.find((r) => r.engineLoop)?.engineLoop.node ?? '?'})`, runs.map((r) => r.engineLoop).filter(Boolean)],
  [`plain Node (${process.version}; same article and edits, bench/engine-loop.mjs)`, plainLoops],
];
for (const [where, loops] of loopRows) {
  if (!loops.length) continue;
  for (const [kind, label] of [['backToBack', 'back to back'], ['paused', `${loops[0].pauseMs} ms apart`]]) {
    row(`engine alone on 100 KB, ${where}, ${label}: calls 5–24`, loops.flatMap((l) => callRange(l[kind], 5, 24)));
    row(`engine alone on 100 KB, ${where}, ${label}: calls 25–44`, loops.flatMap((l) => callRange(l[kind], 25, 44)));
  }
}

const table = [
  '| figure | median | min–max | n | target | met? |',
  '|---|---:|---:|---:|---:|---|',
  ...rows.map((r) => `| ${r.figure} | ${fmt(r.median)} ms | ${fmt(r.min)}–${fmt(r.max)} ms | ${r.n} | ${r.target === undefined ? '–' : `< ${r.target} ms`} | ${r.target === undefined || r.n === 0 ? '–' : r.median < r.target ? (r.max < r.target ? 'yes' : 'median yes, max no') : 'no'}${r.note ? ` (${r.note})` : ''} |`),
].join('\n');

console.log(`\n${table}\n`);

// ---- report -------------------------------------------------------------------------------------
const cs = JSON.parse(readFileSync(join(ROOT, '.code-server', 'node_modules', 'code-server', 'package.json'), 'utf8'));
const product = JSON.parse(readFileSync(join(ROOT, '.code-server', 'node_modules', 'code-server', 'lib', 'vscode', 'product.json'), 'utf8'));
const cpu = cpus();
const activationEvents = [...new Set(runs.map((r) => r.vscodeActivation?.Event ?? r.vscodeActivation?.error).filter(Boolean))];
const report = `# Editor benchmark (issue 5)

Measured inside a real VS Code: code-server ${cs.version} (VS Code ${product.version}, commit ${product.commit}), the
extension loaded as a development extension in a Node extension host, the workbench in headless
Debian chromium. \`node bench/editor-bench.mjs\` (\`npm run bench:editor\`); a measurement, not a test.

- date: ${startedAt.toISOString().replace('T', ' ').slice(0, 16)} UTC
- machine: ${cpu[0]?.model ?? 'unknown cpu'}, ${cpu.length} cores, Node ${process.version}; load average (1/5/15 min) ${loadBefore.map((x) => x.toFixed(2)).join(' ')} before, ${loadAfter.map((x) => x.toFixed(2)).join(' ')} after
- project: commit ${commitAtStart}${dirty.length ? `, with uncommitted changes in ${dirty.join(', ')}` : ''}
- runs: ${RUNS} code-server session(s); per run ${first.edits.filter((e) => !e.warmup && !e.later).length} timed edits (then ${first.edits.filter((e) => e.later).length} later ones, reported apart) and ${first.hovers[0]?.times.length ?? 0} timed hovers per target, each after ${first.edits.filter((e) => e.warmup).length} untimed ones
- article: \`${art.file}\`, ${art.bytes} bytes, ${art.chars} UTF-16 characters, ${art.lines} lines: bench/corpus.mjs \`assembleCorpus(${ARTICLE_BYTES})\`, i.e. titles and paragraphs of seeds/*.txt drawn at random with people, countries, systems and numbers recast per generated article (deterministic); the edits go to a copy in a temporary workspace
- activation event: ${activationEvents.join('; ') || 'unknown'}${first.extensionWasActive ? ' (the extension was already active when the suite started)' : ''}

${table}

How each figure is taken (all times are \`performance.now()\` in the extension host, which the
extension records through the \`getStats()\` of its API and the suite reads):

- **activation**: VS Code's figures come from its own "Startup Performance" document
  (Extension Activation Stats): Load Code is the \`require\` of the extension's main file before
  \`activate\` is called, Call Activate the synchronous part of the \`activate()\` call; the
  Extensions view and Running Extensions show their sum as "Activation". The main file,
  dist/extension.js, is a launcher of a few kilobytes (src/extension/launcher.ts): its
  \`activate()\` only schedules the rest and returns a promise. In the next task it reads and
  compiles dist/extension-core.js (engine, knowledge base, editor features) with a V8 code cache
  from the extension's global storage, runs its module code and calls the core's \`activate()\`,
  which records its own duration and the CPU time of the extension host process meanwhile
  (\`process.cpuUsage\`, all threads: a figure other processes' load does not inflate). The
  sessions share one user-data folder, as a user's starts do: the first session has no cache yet
  and writes one after its first analyses, the later ones compile from it. The extension host's
  own marks around the \`require\` give the launcher's part of Load Code; the rest is set-up VS Code
  does for any extension first. For comparison, an empty extension (a 3-line main file that only
  requires \`vscode\`) is installed beside this one and activates on the same event in the same
  session: what VS Code costs here before any code of an extension runs. The workbench starts with
  ${SEED_ARTICLE} open (\`--open\`), so the extension activates on that article, as it does for
  a user who opens one. The article's first analysis runs in a task of its own after the core's
  \`activate()\` and builds the engine (the knowledge bases are compiled on first use); the next
  two rows time it, the second counted from VS Code's call of \`activate()\`, so it includes the
  core load and whatever the extension host does in between (here mainly loading the benchmark
  suite itself).
- **JIT warm-up**: the 100 KB article's first analysis starts the extension's warm-up
  (src/extension/warmUp.ts, once per session): the engine analyses slices of the article, one per
  task, until it has read 1 million characters, then the whole article 24 times (one per task,
  for an article of at most 256 K characters), so that V8 has optimised it before the first edit.
  Slices start at 512 characters and double while they take under 2 ms, up to 8 KB, and halve
  when one takes over 4 ms. Its results are thrown away. The suite waits for it (\`whenIdle\`)
  before the edits, as a user who opens an article and starts typing a second later would.
- **engine alone**: the suite's own copy of the engine (bundled into the benchmark suite, so its
  JIT starts cold and has no warm-up) analyses the article with the same typed words, call after
  call and then with a pause between calls like the debounce, inside the extension host; the same
  loop then runs in plain Node (\`bench/engine-loop.mjs\`; the rows name both Node versions).
  Calls 5–24 are where the timed edits would fall without a warm-up (after the first analysis and
  3 warm-up edits), calls 25–44 the later edits. The difference between the two processes is what
  the extension host's own state (its heap, its other work) adds to the engine; the difference
  between these rows and the edits' engine time is what the warm-up saves.
- **edit → decorations**: the suite inserts the word "also " at a word start a little after the
  middle of the article with \`editor.edit\` (each edit a little further on), then waits for the
  extension's record of that document version. *Work* is what the extension computes for the new
  version: the engine on the whole 100 KB text (the engine has no incremental mode), the views the
  features read, then the ranges and the six \`setDecorations\` calls. *Whole debounced update* is
  the debounce timer's callback from start to end: the analysis and every listener of the change
  (entity tree, status bar, decorations, workspace index queue). *Wall latency* runs from the
  \`editor.edit\` call to the decorations being handed to VS Code: the edit's trip to the workbench
  and back, the debounce (\`analystLens.decorations.debounceMs\`, 150 ms by default, stretched to
  twice the document's last engine time when that is longer) and the work. Painting in the
  renderer afterwards is not included. The work is also read off the extension host's CPU clock
  (\`process.cpuUsage\`, user + system, all its threads: V8's background compiler and garbage
  collector count too), which the code-server and browser processes competing for the same two
  cores do not inflate as they do the wall clock; the target is read on the wall-clock row.
  Versions analysed before their debounce ended, by the workbench asking for document symbols
  after the change (breadcrumbs, sticky scroll), so that the work ran earlier and the update only
  re-applied it: ${edits.length - debounced.length} of ${edits.length}.
- **hover**: round trips of \`vscode.executeHoverProvider\` at the middle of a mention (extension
  host → workbench → our provider → workbench → extension host), the analysis already cached. Just
  after an edit the version is not analysed yet and the hover provider runs the engine first (last
  two rows).
- **noise**: every figure comes from one shared machine; compare the load averages above before
  comparing runs.
`;
mkdirSync(join(opts.out, '..'), { recursive: true });
writeFileSync(opts.out, report);
console.log(`wrote ${relative(ROOT, opts.out)}`);

// ---- helpers -----------------------------------------------------------------------------------
function stats(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return { n: 0, median: NaN, min: NaN, max: NaN };
  const mid = v.length >> 1;
  return { n: v.length, median: v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2, min: v[0], max: v[v.length - 1] };
}

function fmt(x) {
  if (x === undefined || !Number.isFinite(x)) return '–';
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

function sum(a, b) {
  return a === undefined || b === undefined ? undefined : a + b;
}

function num(x) {
  const n = Number(x);
  return x === undefined || x === '' || !Number.isFinite(n) ? undefined : n;
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`editor benchmark: \`${cmd} ${args.join(' ')}\` failed (exit ${r.status})`);
    process.exit(1);
  }
}

/** True when `file` is missing or older than any file below the given paths. */
function isStale(file, sources) {
  if (!existsSync(file)) return true;
  const built = statSync(file).mtimeMs;
  const newer = (p) => {
    const s = statSync(p);
    if (s.isDirectory()) return readdirSync(p).some((name) => newer(join(p, name)));
    return s.mtimeMs > built;
  };
  return sources.some((p) => existsSync(p) && newer(p));
}
