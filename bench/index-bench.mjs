// `npm run bench:index`: indexes 10,000 generated article files the way the extension's workspace
// index does, and prints the time and the peak memory. A measurement, never a test: the targets
// (under 10 s, under 300 MB) are printed next to the figures and the exit code is 0 either way.
//
// The articles come from bench/corpus.mjs's assembleCorpus: each one is the title and 3 to 9
// paragraphs of the sample articles (seeds/*.txt) with people, countries, weapon systems and
// numbers replaced by a cast drawn for that article from lists of invented names (40 first names
// x 40 surnames, 18 countries, 30 designations in the spellings articles use, "S300" included).
// Names therefore recur across articles, as officials do in a real folder of news. The text is
// deterministic, so runs on different days index the same bytes.
//
// The indexing runs in a child process so its peak RSS counts only the index, not the generator:
// list the files, stat each one (the size limit), read it (eight reads in flight, as the extension keeps),
// decode and analyse it with analyseArticleBytes, add it to a WorkspaceIndexCore, and yield to
// the event loop whenever a slice has run for 8 ms. src/extension/indexCore.ts is bundled here
// with esbuild against dist/engine.js, so run `npm run build` first (or pass --build).
//
//   node bench/index-bench.mjs [--files N] [--build] [--keep]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ROOT, assembleCorpus } from './corpus.mjs';

const { values: opts } = parseArgs({
  options: {
    files: { type: 'string', default: '10000' },
    build: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    // Internal: the child process that does the indexing.
    'index-dir': { type: 'string' },
    core: { type: 'string' },
  },
});

if (opts['index-dir']) {
  await indexFolder(opts['index-dir'], opts.core);
} else {
  await main();
}

async function main() {
  const count = Number(opts.files);
  if (opts.build) spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const engine = join(ROOT, 'dist', 'engine.js');
  if (!existsSync(engine)) {
    console.error('dist/engine.js is missing: run `npm run build` first (or pass --build).');
    process.exit(2);
  }
  const work = mkdtempSync(join(tmpdir(), 'analyst-lens-index-bench-'));
  try {
    const core = join(work, 'indexCore.cjs');
    await bundleIndexCore(core, engine);

    const started = Date.now();
    const articles = generateArticles(count);
    const folder = join(work, 'articles');
    let bytes = 0;
    // A hundred articles per folder, like a workspace of dated or per-source subfolders.
    articles.forEach((text, i) => {
      const dir = join(folder, `batch-${String(Math.floor(i / 100)).padStart(3, '0')}`);
      if (i % 100 === 0) mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `article-${String(i).padStart(5, '0')}.txt`), text);
      bytes += Buffer.byteLength(text);
    });
    console.log(`generated ${articles.length} articles, ${(bytes / 1e6).toFixed(1)} MB, in ${((Date.now() - started) / 1000).toFixed(1)} s (${folder})`);

    const load = loadavg().map((x) => x.toFixed(2)).join(', ');
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--index-dir', folder, '--core', core], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (child.status !== 0) {
      console.error(child.stderr || child.stdout);
      process.exit(1);
    }
    const r = JSON.parse(child.stdout.trim().split('\n').pop());
    const loadAfter = loadavg().map((x) => x.toFixed(2)).join(', ');
    const ok = (value, target) => (value < target ? 'under target' : 'OVER target');
    console.log('');
    console.log(`indexed ${r.articles} articles (${r.skipped} skipped): ${r.entities} workspace entities, ${r.shared} of them in 2+ articles`);
    console.log(`  time       ${(r.ms / 1000).toFixed(2)} s wall, ${(r.cpuMs / 1000).toFixed(2)} s CPU (analysis ${(r.analyseMs / 1000).toFixed(2)} s, waiting for reads ${(r.readWaitMs / 1000).toFixed(2)} s)   target < 10 s: ${ok(r.ms / 1000, 10)}`);
    console.log(`  throughput ${Math.round(r.articles / (r.ms / 1000))} articles/s, ${(r.analyseMs / r.articles).toFixed(2)} ms per article in the engine`);
    console.log(`  peak RSS   ${r.maxRssMB.toFixed(0)} MB (heap used at the end ${r.heapUsedMB.toFixed(0)} MB)   target < 300 MB: ${ok(r.maxRssMB, 300)}`);
    console.log(`  machine    ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}`);
    console.log(`  load avg   ${load} before, ${loadAfter} after (1, 5, 15 min)`);
  } finally {
    if (opts.keep) console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/** At least `count` articles from the shared corpus generator, split at its article breaks. */
function generateArticles(count) {
  // assembleCorpus separates articles with two blank lines; paragraphs inside are trimmed, so a
  // run of three or more newlines only ever occurs between articles.
  for (let bytes = count * 1500; ; bytes *= 1.5) {
    const articles = assembleCorpus(bytes).split(/\n{3,}/).filter((a) => a.trim().length > 0);
    if (articles.length >= count) return articles.slice(0, count).map((a) => `${a}\n`);
  }
}

/**
 * Bundles src/extension/indexCore.ts for plain Node. Its '../engine' import becomes a require of
 * the built dist/engine.js, so the benchmark measures the same engine bundle as the other benches.
 */
async function bundleIndexCore(outfile, engine) {
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [join(ROOT, 'src', 'extension', 'indexCore.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    logLevel: 'warning',
    plugins: [
      {
        name: 'engine-bundle',
        setup(build) {
          build.onResolve({ filter: /^\.\.\/engine(\/index)?$/ }, () => ({ path: engine, external: true }));
        },
      },
    ],
  });
}

/** The child: indexes every .txt file below `folder` and prints one JSON line of figures. */
async function indexFolder(folder, corePath) {
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  const { stat, readFile } = await import('node:fs/promises');
  const { pathToFileURL } = await import('node:url');
  const { WorkspaceIndexCore, analyseArticleBytes } = require(corePath);
  const { createAnalyzer, BYTES_PER_MB } = require(join(ROOT, 'dist', 'engine.js'));

  const started = performance.now();
  const cpuStart = process.cpuUsage();
  // The extension lists files with findFiles; a recursive listing is the Node equivalent.
  const files = readdirSync(folder, { recursive: true })
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(folder, f));
  const analyzer = createAnalyzer();
  const core = new WorkspaceIndexCore();
  const maxBytes = 5 * BYTES_PER_MB;
  const READ_AHEAD = 8;
  let skipped = 0;
  let analyseMs = 0;
  let sliceStart = performance.now();
  let readWaitMs = 0;
  const readOne = async (file) => {
    const s = await stat(file);
    return s.size > maxBytes ? null : readFile(file);
  };
  // A sliding window of reads in flight, as the extension keeps: the next read starts as soon as
  // one file is taken for analysis.
  const inFlight = [];
  let nextFile = 0;
  for (;;) {
    while (inFlight.length < READ_AHEAD && nextFile < files.length) {
      const file = files[nextFile++];
      inFlight.push({ file, read: readOne(file) });
    }
    const next = inFlight.shift();
    if (!next) break;
    const waitStart = performance.now();
    const bytes = await next.read;
    readWaitMs += performance.now() - waitStart;
    const uri = pathToFileURL(next.file).href;
    if (!bytes) {
      core.set(uri, { entities: [], relations: [] }, 'too large');
      skipped++;
      continue;
    }
    const t = performance.now();
    const read = analyseArticleBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), analyzer, maxBytes);
    analyseMs += performance.now() - t;
    if (read.skipped) skipped++;
    core.set(uri, read.result, read.skipped);
    if (performance.now() - sliceStart >= 8) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuStart);
  let shared = 0;
  for (const e of core.entities()) if (e.occurrences.size >= 2) shared++;
  console.log(
    JSON.stringify({
      articles: core.articleCount,
      skipped,
      entities: core.entityCount,
      shared,
      ms,
      cpuMs: (cpu.user + cpu.system) / 1000,
      analyseMs,
      readWaitMs,
      // resourceUsage().maxRSS is the process's peak resident set in kilobytes.
      maxRssMB: process.resourceUsage().maxRSS / 1024,
      heapUsedMB: process.memoryUsage().heapUsed / 2 ** 20,
    }),
  );
}
