// A bundle compiled with a V8 code cache, shared by the command line's launcher (dist/cli.js,
// src/cli/launcher.ts) and the extension's (dist/extension.js, src/extension/launcher.ts).
//
// Safety: V8 accepts a cache only for its own version and flags, and tells a different source
// from the cached one by its length alone. The build therefore ends each core bundle with a token
// (the SHA-1 of the rest of the file, esbuild.config.mjs) and every cache file starts with the
// same token: a cache from another build is never offered to V8. A missing, stale or rejected
// cache only costs the time saved; the code runs the same either way.
import { readFileSync } from 'node:fs';
import { Script } from 'node:vm';

/** The first line of a core bundle (esbuild.config.mjs): Node's CommonJS module wrapper. */
export const CORE_WRAPPER_OPEN = '(function (exports, require, module, __filename, __dirname) {';

/** The last line of a core bundle: `//# build <40 hex digits>`. */
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

/** What became of the cache offered with a core. */
export type CacheState = 'used' | 'absent' | 'stale' | 'rejected' | 'off';

/** A core bundle compiled (not yet run). */
export interface CompiledCore {
  readonly script: Script;
  readonly path: string;
  readonly token: string | undefined;
  readonly cache: CacheState;
  /** The cache file's contents for `createCachedData`'s output: the token line, then V8's data. */
  cacheFile(): Buffer | undefined;
}

/**
 * Reads and compiles the core bundle at `path`, with the cache file `cachePath` when it belongs
 * to this build (undefined: compile without one). The build stores the bundle inside the
 * wrapper Node's CommonJS loader puts around a module, so the file is compiled as read, without
 * a second string around it; a core built otherwise is wrapped here. The file name keeps stack
 * traces and source maps pointing at it.
 */
export function compileCore(path: string, cachePath: string | undefined): CompiledCore {
  const source = readFileSync(path, 'utf8');
  const token = buildToken(source);
  let file: Buffer | undefined;
  try {
    file = cachePath === undefined ? undefined : readFileSync(cachePath);
  } catch {
    // No cache yet (first run, or a copy without it): compile as usual.
  }
  const cachedData = cacheFor(file, token);
  const script = new Script(source.startsWith(CORE_WRAPPER_OPEN) ? source : `${CORE_WRAPPER_OPEN}${source}\n})`, {
    filename: path,
    ...(cachedData ? { cachedData } : {}),
  });
  const cache: CacheState = cachePath === undefined ? 'off' : cachedData ? (script.cachedDataRejected ? 'rejected' : 'used') : file ? 'stale' : 'absent';
  return {
    script,
    path,
    token,
    cache,
    cacheFile: () => (token ? Buffer.concat([Buffer.from(`${token}\n`, 'latin1'), script.createCachedData()]) : undefined),
  };
}

/** Runs a compiled core as a CommonJS module and returns its exports. */
export function runCore(core: CompiledCore, require: NodeJS.Require, dirname: string): unknown {
  const moduleObject = { exports: {} };
  (core.script.runInThisContext() as (...args: unknown[]) => void)(moduleObject.exports, require, moduleObject, core.path, dirname);
  return moduleObject.exports;
}
