// `analyst-lens` as installed (dist/cli.js): loads the command line (dist/cli-core.js) with a V8
// code cache written by the build, so a fresh process starts from compiled bytecode.
//
// Why: a run on one article is mostly start-up. Without a cache, V8 parses the 300 KB bundle
// and then compiles every function the run calls on first use (the profile of a fresh process
// on the seed article: wrapSafe 8-10 ms, then lazy compilation all through the first analysis).
// The cache holds the bytecode of everything one build-time run executed.
//
// The build token that keeps a cache to its own build: src/cli/codeCache.ts.
//
// ANALYST_LENS_CODE_CACHE=write (the build) writes the cache when the process exits, starting
// from the cache already there when it belongs to this build, so that successive runs (one per
// output format) add up: the cache then holds what every one of them executed;
// ANALYST_LENS_CODE_CACHE=report prints on standard error whether a cache was used;
// ANALYST_LENS_CODE_CACHE=off ignores it (to measure what it saves: bench/run.mjs).
import { writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { compileCore, runCore } from './codeCache';

export { buildToken, cacheFor, CORE_WRAPPER_OPEN, TOKEN_PREFIX } from './codeCache';

const REPORT = { used: 'used', absent: 'absent', off: 'absent', stale: 'stale (other build)', rejected: 'rejected by V8' } as const;

function launch(): void {
  const corePath = join(__dirname, 'cli-core.js');
  const cachePath = `${corePath}.cache`;
  const mode = process.env['ANALYST_LENS_CODE_CACHE'];
  const core = compileCore(corePath, mode === 'off' ? undefined : cachePath);
  if (mode === 'report') process.stderr.write(`analyst-lens: code cache ${REPORT[core.cache]}\n`);
  if (mode === 'write' && core.token) {
    // At exit, so the cache holds the functions this run compiled, not only the top level.
    process.on('exit', () => {
      const file = core.cacheFile();
      if (!file) return;
      writeFileSync(`${cachePath}.tmp`, file);
      renameSync(`${cachePath}.tmp`, cachePath);
    });
  }
  // Once the event loop is empty every write has been flushed and the exit code is set; ending
  // the process there skips Node's teardown of the heap and its threads, which nothing here needs
  // (measured: 12.1 -> 9.7 ms from the 'exit' event to the parent seeing the process end, and 36
  // fewer munmap calls). 'exit' listeners, such as the code-cache writer above, still run.
  process.once('beforeExit', () => process.exit());
  runCore(core, require, __dirname);
}

if (require.main === module) launch();
