// Starts code-server (VS Code's workbench served over HTTP) for one test run and guarantees it
// stops again. Each run gets fresh extensions and user-data folders, so nothing a previous run or
// a person installed can change what the tests see. See ../shared/docs/VSCODE-TESTING.md.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CODE_SERVER_BIN = join(ROOT, '.code-server', 'node_modules', '.bin', 'code-server');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Settings that keep the workbench predictable: without them the welcome page and the
// workspace-trust dialog open first and steal focus from the editor the tests drive.
const SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'editor.hover.delay': 100,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'git.enabled': false,
  'chat.disableAIFeatures': true,
};

/** Asks the OS for a free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts code-server on a free port and resolves once /healthz answers 200.
 * Returns { url, port, workspace, stop(), log() }; stop() kills the whole process group.
 * `installed` lists unpacked extension folders (package.json at their top) copied into the
 * server's extensions folder before it starts, so they load as installed extensions.
 * `userDataDir` keeps VS Code's user data (settings, extensions' global storage) in a folder the
 * caller owns, which outlives the server, so that a later server starts where this one ended
 * (the editor benchmark: the extension's code cache); by default each server gets a fresh one.
 */
export async function startCodeServer({ workspace = join(ROOT, 'seeds'), env = {}, settings = {}, installed = [], userDataDir, timeoutMs = 120_000 } = {}) {
  if (!existsSync(CODE_SERVER_BIN)) {
    throw new Error(`code-server is not installed (${CODE_SERVER_BIN}); run: bash scripts/install-code-server.sh`);
  }
  const base = mkdtempSync(join(tmpdir(), 'analyst-lens-cs-'));
  const extDir = join(base, 'extensions');
  const userData = userDataDir ?? join(base, 'user-data');
  mkdirSync(extDir, { recursive: true });
  for (const dir of installed) {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    cpSync(dir, join(extDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`), { recursive: true });
  }
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({ ...SETTINGS, ...settings }, null, 2));

  const port = await freePort();
  const chunks = [];
  const child = spawn(CODE_SERVER_BIN, [
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--extensions-dir', extDir, '--user-data-dir', userData,
    workspace,
  ], {
    // detached puts code-server and its extension hosts in their own process group, so one
    // kill(-pid) ends them all; killing only the parent would leave the hosts running.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  const keep = (b) => { chunks.push(b); if (chunks.length > 2000) chunks.shift(); };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  if (process.env.ANALYST_LENS_DEBUG) {
    child.stdout.pipe(process.stderr);
    child.stderr.pipe(process.stderr);
  }
  let exited = null;
  child.on('exit', (code, sig) => { exited = { code, sig }; });

  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
    // A second, harder signal in case an extension host ignores SIGTERM; unref'd so it never
    // keeps the test process alive by itself.
    setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 2000).unref();
    try { rmSync(base, { recursive: true, force: true }); } catch { /* best effort */ }
  };
  // Whatever way this process ends, the server must not outlive it.
  process.on('exit', stop);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(sig, () => { stop(); process.exit(128 + ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1 })[sig]); });
  }

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`code-server exited early (${JSON.stringify(exited)}):\n${Buffer.concat(chunks).toString()}`);
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) { stop(); throw new Error(`code-server did not answer /healthz within ${timeoutMs} ms`); }
    await sleep(200);
  }
  return { url, port, workspace, stop, log: () => Buffer.concat(chunks).toString() };
}

/**
 * The workbench URL that opens `folder` with the project loaded as a development extension, and
 * with the file `openFile` (an absolute path) already in an editor when the workbench starts.
 */
export function workbenchUrl(server, { folder = server.workspace, extensionPath = ROOT, extensionTestsPath, openFile } = {}) {
  // The web workbench reads the desktop "Extension Development Host" options from `payload`;
  // paths are vscode-remote URIs on the server we started.
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [['extensionDevelopmentPath', remote(extensionPath)]];
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  if (openFile) payload.push(['openFile', remote(openFile)]);
  return `${server.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** Launches Debian's chromium through playwright-core with a throwaway profile. */
export async function launchBrowser({ viewport = { width: 1400, height: 900 } } = {}) {
  const { chromium } = await import('playwright-core');
  if (!existsSync(CHROMIUM)) throw new Error(`chromium not found at ${CHROMIUM}; run: bash scripts/install-code-server.sh`);
  const profile = mkdtempSync(join(tmpdir(), 'analyst-lens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport,
  });
  const removeProfile = () => rmSync(profile, { recursive: true, force: true });
  // An interrupted run (Ctrl+C, timeout) exits through process.exit, so clean up there too.
  process.on('exit', removeProfile);
  const close = async () => {
    try { await context.close(); } catch { /* already closed */ }
    removeProfile();
  };
  return { context, close };
}
