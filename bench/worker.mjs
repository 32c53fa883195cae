// Runs one contender on one corpus in a process of its own, so that peak memory, JIT state and
// start-up belong to that contender alone, then prints one JSON line with the raw timings.
//
//   node --expose-gc bench/worker.mjs <contender> <corpus.json> [--runs N] [--warmup N]
//        [--budget-ms MS] [--min-run-ms MS] [--seed-warmup-ms MS] [--gc-between-runs]
//
// <corpus.json> is {"name": ..., "docs": [text, ...]}; each document is analysed by one call, as
// a user would pass a whole article (or a whole file) to the library.
// Taken before anything else is loaded: the time Node itself needed to boot and reach this script,
// reported next to start-up so the library's own share can be read off.
const scriptStartMs = performance.now();
const { readFileSync } = await import('node:fs');
const { createRequire } = await import('node:module');
const { join } = await import('node:path');
const { ROOT, SEEDS_DIR, SEED_ARTICLE } = await import('./corpus.mjs');

const require = createRequire(join(ROOT, 'package.json'));
const [contender, corpusFile, ...rest] = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? Number(rest[i + 1]) : dflt;
};
const runs = opt('runs', 5);
const warmup = opt('warmup', 1);
const budgetMs = opt('budget-ms', 60_000);
const minRunMs = opt('min-run-ms', 500);
const seedWarmupMs = opt('seed-warmup-ms', 2000);

/**
 * Each contender returns a function from one document to the number of things it found. The
 * count keeps the work observable (so nothing is optimised away) and is printed as a sanity
 * figure: a contender that finds nothing is not doing the same job.
 */
async function load(name) {
  switch (name) {
    case 'ours':
    case 'ours-objects': {
      // ANALYST_LENS_ENGINE points at another build of the engine (for example one made from an
      // older commit) so two builds can be compared with the same harness.
      const engine = require(process.env.ANALYST_LENS_ENGINE || join(ROOT, 'dist', 'engine.js'));
      const analyzer = engine.createAnalyzer ? engine.createAnalyzer() : null;
      // Every mention's offsets, line and flag are read. `ours` reads them from the result's
      // mention columns (mentionRange), as the workspace index and the CLI's formats do;
      // `ours-objects` through `entity.mentions`, whose objects the engine builds on first read
      // (see src/engine/mentionTable.ts), as the editor's features do for the open article.
      // Builds without mentionRange (older commits) are read through their objects.
      const columns = name === 'ours' && typeof engine.mentionRange === 'function';
      return (text) => {
        const res = analyzer ? analyzer.analyze(text) : engine.analyze(text);
        let n = 0;
        let sum = 0;
        for (const e of res.entities) {
          const run = columns ? engine.mentionRange(e) : undefined;
          if (run) {
            const { start, end, line, nominal } = run.table;
            for (let k = run.from; k < run.from + run.count; k++) sum += end[k] - start[k] + line[k] + nominal[k];
            n += run.count;
          } else {
            for (const m of e.mentions) sum += m.end - m.start + m.line + (m.nominal ? 1 : 0);
            n += e.mentions.length;
          }
        }
        // The sum keeps the reads observable; every mention spans at least one character.
        if (sum < n) throw new Error('a mention without characters');
        return n;
      };
    }
    case 'compromise': {
      // The documented way to get people and organisations with character offsets.
      const nlp = require('compromise');
      return (text) => {
        const doc = nlp(text);
        return doc.people().json({ offset: true }).length + doc.organizations().json({ offset: true }).length;
      };
    }
    case 'compromise-para': {
      // The same calls per paragraph, with offsets shifted back into the whole text. Not how the
      // library is documented to be used, but it shows how much of compromise's cost on long
      // text comes from its offset computation growing with the document.
      const nlp = require('compromise');
      return (text) => {
        let n = 0;
        const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const doc = nlp(m[0]);
          for (const item of [...doc.people().json({ offset: true }), ...doc.organizations().json({ offset: true })]) {
            if (item.offset) item.offset.start += m.index;
            n++;
          }
        }
        return n;
      };
    }
    case 'wink': {
      const winkNLP = require('wink-nlp');
      const model = require('wink-eng-lite-web-model');
      const nlp = winkNLP(model);
      const its = nlp.its;
      return (text) => nlp.readDoc(text).entities().out(its.detail).length;
    }
    default:
      throw new Error(`unknown contender ${name}`);
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const out = { contender, corpus: null };
try {
  // Start-up: from process start (performance's time origin) to the first result on the seed
  // article, including loading the library and building its models.
  const t0 = performance.now();
  const run = await load(contender);
  const requireMs = performance.now() - t0;
  const seedText = readFileSync(join(SEEDS_DIR, SEED_ARTICLE), 'utf8');
  run(seedText);
  out.startupMs = performance.now();
  out.requireMs = requireMs;
  out.nodeBootMs = scriptStartMs;
  out.firstCallMs = out.startupMs - t0 - requireMs;

  const corpus = JSON.parse(readFileSync(corpusFile, 'utf8'));
  out.corpus = corpus.name;
  const docs = corpus.docs;
  const pass = () => {
    let found = 0;
    for (const d of docs) found += run(d);
    return found;
  };
  // No forced garbage collection between runs unless --gc-between-runs is given: in Node 20 a
  // forced full GC (`gc()`) throws away the JIT's optimised code, so the run after it measures
  // re-optimisation, not warm throughput (measured on our engine, 1 MB: about 130 functions
  // re-optimised per pass and 400 ms per pass after gc(), none and 120 ms without). The same
  // rule applies to every contender.
  const gcBetweenRuns = rest.includes('--gc-between-runs');
  const gc = (gcBetweenRuns && globalThis.gc) || (() => {});

  // One timed "run" repeats the whole corpus until it lasts at least minRunMs, so that small
  // corpora are not measured at the timer's resolution; the figure kept is time per pass.
  const timedRun = () => {
    gc();
    let passes = 0;
    let found = 0;
    // CPU time (user + system) next to wall time: on a machine shared with other work, wall time
    // includes waiting for a core, while CPU time is what the contender itself consumed.
    const cpu0 = process.cpuUsage();
    const start = performance.now();
    let elapsed = 0;
    do {
      found = pass();
      passes++;
      elapsed = performance.now() - start;
    } while (elapsed < minRunMs);
    const cpu = process.cpuUsage(cpu0);
    return { ms: elapsed / passes, cpuMs: (cpu.user + cpu.system) / 1000 / passes, passes, found };
  };

  // Warm-up: the seed article for at least 2 s (V8 needs several hundred calls of a small
  // article before its optimised code is in place: measured 4 ms per call after 100 calls,
  // under 1 ms after 1,000, on the engine of 29 Nov 00:03),
  // then `warmup` passes over the corpus itself unless the seed throughput predicts that one
  // pass would take over 10 s; a slow contender then spends its time budget on measured runs.
  const seedStart = performance.now();
  let seedPasses = 0;
  while (performance.now() - seedStart < seedWarmupMs) { run(seedText); seedPasses++; }
  const seedMsPerByte = (performance.now() - seedStart) / seedPasses / seedText.length;
  const predictedMs = seedMsPerByte * docs.reduce((n, d) => n + d.length, 0);
  out.predictedPassMs = predictedMs;
  out.corpusWarmup = predictedMs < 10_000 ? warmup : 0;
  const began = performance.now();
  for (let i = 0; i < out.corpusWarmup; i++) timedRun();
  const samples = [];
  let last = null;
  for (let i = 0; i < runs; i++) {
    last = timedRun();
    samples.push(last);
    // Progress on stderr, so that a parent which has to kill this process at its timeout still
    // knows the runs that did finish.
    process.stderr.write(`PASS ${last.ms} ${last.found} ${last.cpuMs}\n`);
    // The time budget bounds slow peers on big corpora; at least one run is always kept.
    if (performance.now() - began > budgetMs) break;
  }
  out.msPerPass = samples.map((s) => s.ms);
  out.cpuMsPerPass = samples.map((s) => s.cpuMs);
  out.medianCpuMs = median(out.cpuMsPerPass);
  out.passes = samples.map((s) => s.passes);
  out.medianMs = median(out.msPerPass);
  out.found = last.found;
  out.warmup = out.corpusWarmup;
  out.requestedRuns = runs;
} catch (err) {
  out.error = String(err && err.stack ? err.stack : err);
}
out.maxRssMB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify(out)}\n`);
