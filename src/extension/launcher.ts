// dist/extension.js, the file VS Code loads in the Node extension host. It holds no feature: it
// loads the extension itself (engine, knowledge base and editor features: dist/extension-core.js,
// built from src/extension/extension.ts) in the task after `activate` is called, compiled with a
// V8 code cache kept in the extension's global storage.
//
// Why (issue 5, bench/results/editor.md): VS Code counts "Activation" as the `require` of this
// file plus the synchronous part of `activate`, both while the workbench is still starting on
// the same cores. The whole extension as one 420 KB file took 62-298 ms there (14-20 ms in plain
// Node: reading the file 5, compiling it 10, running it 3), an empty extension 6-14 ms. Now that
// work runs in a task of its own, where it no longer holds up VS Code's activation of the
// extensions after this one, and from the second start on it compiles from the cache.
//
// `activate` returns a promise of the API; VS Code waits for it before it runs a command that
// activated the extension, so every command and provider is registered by then.
import type * as vscode from 'vscode';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compileCore, runCore } from '../cli/codeCache';
import type { AnalystLensApi } from './extension';
import type { CoreLoad } from './timings';

/** What dist/extension-core.js exports (src/extension/extension.ts). */
interface Core {
  activate(context: vscode.ExtensionContext, coreLoad: CoreLoad): AnalystLensApi;
  deactivate(): void;
}

/** The core's file next to this one, and the cache's name in the global storage folder. */
export const CORE_FILE = 'extension-core.js';
export const CACHE_FILE = 'extension-core.cache';

/**
 * How long after the first analyses the cache is written: by then V8 has compiled the functions
 * a start and the first analyses use, and the cache holds their bytecode too, not only the top level.
 */
const CACHE_WRITE_DELAY_MS = 5000;

let core: Core | undefined;
let deactivated = false;

export function activate(context: vscode.ExtensionContext): Promise<AnalystLensApi> {
  const calledAt = performance.now();
  deactivated = false;
  const loaded = new Promise<AnalystLensApi>((resolve, reject) => {
    setTimeout(() => {
      if (deactivated) return reject(new Error('Analyst Lens was deactivated before it was loaded'));
      try {
        resolve(start(context, calledAt, callMs));
      } catch (error) {
        reject(error);
      }
    }, 0);
  });
  const callMs = performance.now() - calledAt;
  return loaded;
}

export function deactivate(): void {
  deactivated = true;
  core?.deactivate();
  core = undefined;
}

function start(context: vscode.ExtensionContext, calledAt: number, callMs: number): AnalystLensApi {
  const began = performance.now();
  // Only where the storage is a folder of this machine (the web build has no launcher at all).
  const storage = context.globalStorageUri.scheme === 'file' ? context.globalStorageUri.fsPath : undefined;
  const cachePath = storage === undefined ? undefined : join(storage, CACHE_FILE);
  const compiled = compileCore(join(__dirname, CORE_FILE), cachePath);
  const compiledAt = performance.now();
  const loaded = runCore(compiled, require, __dirname) as Core;
  const ranAt = performance.now();
  const coreLoad: CoreLoad = {
    calledAt, callMs, waitedMs: began - calledAt, compileMs: compiledAt - began, runMs: ranAt - compiledAt, cache: compiled.cache,
  };
  core = loaded;
  const api = loaded.activate(context, coreLoad);
  if (storage !== undefined && cachePath !== undefined && compiled.cache !== 'used') {
    // After the articles open at start-up are analysed (whenIdle), and a while later still.
    void api.whenIdle().then(() => {
      const timer = setTimeout(() => void writeCache(storage, cachePath, compiled.cacheFile, coreLoad), CACHE_WRITE_DELAY_MS);
      context.subscriptions.push({ dispose: () => clearTimeout(timer) });
    });
  }
  return api;
}

/** Writes the code cache (a temporary file renamed over the old one); a failure only costs the next start its time. */
async function writeCache(storage: string, cachePath: string, build: () => Buffer | undefined, coreLoad: CoreLoad): Promise<void> {
  try {
    const started = performance.now();
    const file = build();
    if (!file) return;
    coreLoad.cacheWriteMs = performance.now() - started;
    await mkdir(storage, { recursive: true });
    // A temporary file of this process's own: two windows may write the same cache at once, and
    // each rename then puts a whole file in place.
    const tmp = `${cachePath}.${process.pid}.tmp`;
    await writeFile(tmp, file);
    await rename(tmp, cachePath);
    coreLoad.cacheWrittenAt = performance.now();
  } catch (error) {
    console.warn('Analyst Lens: the code cache was not written; the next start compiles without it.', error);
  }
}
