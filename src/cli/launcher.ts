// `analyst-lens` as installed (dist/cli.js): loads the command line (dist/cli-core.js) with a V8
// code cache written by the build, so a fresh process starts from compiled bytecode.
//
// Why: a run on one article is mostly start-up. Without a cache, V8 parses the 300 KB bundle
// and then compiles every function the run calls on first use (the profile of a fresh process
// on the seed article: wrapSafe 8-10 ms, then lazy compilation all through the first analysis).
// The cache holds the bytecode of everything one build-time run executed.
//
// Safety: V8 accepts a cache only for its own version and flags, and tells a different source
// from the cached one by its length alone. The build therefore ends dist/cli-core.js with a
// token (the SHA-1 of the rest of the file) and starts the cache file with the same token: a
// cache from another build is never offered to V8. A missing, stale or rejected cache only
// costs the time saved; the command line runs the same either way.
//
// ANALYST_LENS_CODE_CACHE=write (the build) writes the cache when the process exits, starting
// from the cache already there when it belongs to this build, so that successive runs (one per
// output format) add up: the cache then holds what every one of them executed;
// ANALYST_LENS_CODE_CACHE=report prints on standard error whether a cache was used;
// ANALYST_LENS_CODE_CACHE=off ignores it (to measure what it saves: bench/run.mjs).
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';

/** The first line of dist/cli-core.js (esbuild.config.mjs): Node's CommonJS module wrapper. */
export const CORE_WRAPPER_OPEN = '(function (exports, require, module, __filename, __dirname) {';

/** The last line of dist/cli-core.js: `//# build <40 hex digits>`. */
export const TOKEN_PREFIX = '//# build ';
const TOKEN_LENGTH = 40;

/** The token at the end of a core bundle, or undefined when it has none. */
export function buildToken(source: string): string | undefined {
  const at = source.lastIndexOf(TOKEN_PREFIX);
  if (at < 0) return undefined;
  const token = source.slice(at + TOKEN_PREFIX.length, at + TOKEN_PREFIX.length + TOKEN_LENGTH);
  return /^[0-9a-f]{40}$/.test(token) ? token : undefined;
}

/** The V8 data of a cache file, when its token is the source's; undefined otherwise. */
export function cacheFor(file: Buffer | undefined, token: string | undefined): Buffer | undefined {
  if (!file || !token || file.length <= TOKEN_LENGTH + 1) return undefined;
  if (file.toString('latin1', 0, TOKEN_LENGTH) !== token || file[TOKEN_LENGTH] !== 10) return undefined;
  return file.subarray(TOKEN_LENGTH + 1);
}

function launch(): void {
  const corePath = join(__dirname, 'cli-core.js');
  const cachePath = `${corePath}.cache`;
  const source = readFileSync(corePath, 'utf8');
  const token = buildToken(source);
  const mode = process.env['ANALYST_LENS_CODE_CACHE'];
  let cacheFile: Buffer | undefined;
  try {
    cacheFile = mode === 'off' ? undefined : readFileSync(cachePath);
  } catch {
    // No cache (a build that could not run the CLI, or a copy without it): compile as usual.
  }
  const cachedData = cacheFor(cacheFile, token);
  // The build stores the bundle inside the wrapper Node's CommonJS loader puts around a module, so
  // the bundle sees the usual module variables and the file is compiled as read, without a second
  // 330 KB string (a copy that also brought the first young-generation collection forward). A
  // core without it (built otherwise) is wrapped here. The file name keeps stack traces and
  // source maps pointing at it.
  const script = new Script(source.startsWith(CORE_WRAPPER_OPEN) ? source : `${CORE_WRAPPER_OPEN}${source}\n})`, {
    filename: corePath,
    ...(cachedData ? { cachedData } : {}),
  });
  if (mode === 'report') {
    process.stderr.write(`analyst-lens: code cache ${!cachedData ? (cacheFile ? 'stale (other build)' : 'absent') : script.cachedDataRejected ? 'rejected by V8' : 'used'}\n`);
  }
  if (mode === 'write' && token) {
    // At exit, so the cache holds the functions this run compiled, not only the top level.
    process.on('exit', () => {
      const data = script.createCachedData();
      writeFileSync(`${cachePath}.tmp`, Buffer.concat([Buffer.from(`${token}\n`, 'latin1'), data]));
      renameSync(`${cachePath}.tmp`, cachePath);
    });
  }
  // Once the event loop is empty every write has been flushed and the exit code is set; ending
  // the process there skips Node's teardown of the heap and its threads, which nothing here needs
  // (measured: 12.1 -> 9.7 ms from the 'exit' event to the parent seeing the process end, and 36
  // fewer munmap calls). 'exit' listeners, such as the code-cache writer above, still run.
  process.once('beforeExit', () => process.exit());
  const moduleObject = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void)(moduleObject.exports, require, moduleObject, corePath, __dirname);
}

if (require.main === module) launch();
