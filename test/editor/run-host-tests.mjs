// Tier 1: runs the extension-host mocha suite (dist/test/suite/index.js) inside a real VS Code.
// code-server serves the workbench, headless chromium opens it with the project as a development
// extension and the suite as extensionTestsPath; when the suite's run() settles, the workbench
// calls window.codeAutomationExit(code). The suite also writes a JSON summary to the file named by
// ANALYST_LENS_TEST_RESULT (the extension host inherits code-server's environment).
//
//   node test/editor/run-host-tests.mjs [--suite FILE] [--extension DIR] [--workspace DIR] [--open FILE] [--install DIR]... [--user-data DIR]
//
// --open starts the workbench with FILE in an editor, so the extension activates on it.
// --install loads the unpacked extension in DIR as an installed extension beside it (repeatable).
// --user-data keeps VS Code's user data in DIR (kept afterwards) instead of a fresh folder.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { format, parseArgs } from 'node:util';
import { ROOT, launchBrowser, startCodeServer, workbenchUrl } from './code-server.mjs';

const { values: opts } = parseArgs({
  options: {
    suite: { type: 'string', default: join(ROOT, 'dist', 'test', 'suite', 'index.js') },
    extension: { type: 'string', default: ROOT },
    workspace: { type: 'string', default: join(ROOT, 'seeds') },
    open: { type: 'string' },
    install: { type: 'string', multiple: true, default: [] },
    'user-data': { type: 'string' },
    timeout: { type: 'string', default: String(10 * 60_000) },
  },
});
const suite = resolve(opts.suite);
const timeoutMs = Number(opts.timeout);
const started = Date.now();
// Workbench chatter that shares the console with the extension host (offline lookups included).
const NOISE = /connection token|Creation of workbench contribution|Creating a socket|builtin extensions cache|Service Worker|ChatSession|open-vsx|ENOTFOUND|marketplace|\[(?:Extension Host|remote)\] (?:Started|Initialized)/i;

if (!existsSync(suite)) {
  console.error(`host tests: ${suite} does not exist; run \`npm run build\` first`);
  process.exit(2);
}

const resultDir = mkdtempSync(join(tmpdir(), 'analyst-lens-result-'));
const resultFile = join(resultDir, 'result.json');
process.on('exit', () => rmSync(resultDir, { recursive: true, force: true }));
let server, browser, exitCode = 1;
try {
  server = await startCodeServer({
    workspace: resolve(opts.workspace),
    env: { ANALYST_LENS_TEST_RESULT: resultFile },
    installed: opts.install.map((d) => resolve(d)),
    ...(opts['user-data'] ? { userDataDir: resolve(opts['user-data']) } : {}),
  });
  browser = await launchBrowser();
  const page = browser.context.pages()[0] ?? await browser.context.newPage();

  // The extension host's console.log (mocha's reporter) is forwarded to the page's console;
  // echo it so a failure is readable in CI without opening any log file.
  page.on('console', async (msg) => {
    const parts = await Promise.all(msg.args().map((a) => a.jsonValue().catch(() => '')));
    if (process.env.ANALYST_LENS_DEBUG) { console.log(`  | ${msg.type()} ${parts.map(String).join(' ')}`); return; }
    // Forwarded extension-host output arrives as ('%c INFO', 'color: …', ...original args); the
    // workbench logs through the same console, so keep only that shape minus known chatter.
    if (!/^%c\s*(INFO|ERR|WARN)/.test(String(parts[0])) || !/^color:/.test(String(parts[1]))) return;
    const line = format(...parts.slice(2));
    if (!NOISE.test(line)) console.log(`  | ${line.split('\n').join('\n  | ')}`);
  });

  // Must exist before the workbench loads: it looks the function up once the suite settles.
  const exited = new Promise((res) => { page.exposeFunction('codeAutomationExit', (code) => res(Number(code))); });
  let timer;
  const timedOut = new Promise((res) => { timer = setTimeout(() => res('timeout'), timeoutMs); });

  await page.goto(workbenchUrl(server, {
    folder: resolve(opts.workspace), extensionPath: resolve(opts.extension), extensionTestsPath: suite,
    ...(opts.open ? { openFile: resolve(opts.open) } : {}),
  }));

  const code = await Promise.race([exited, timedOut]);
  clearTimeout(timer);
  if (code === 'timeout') {
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-results', 'host-tests-timeout.png') }).catch(() => {});
    console.error(`host tests: no result after ${timeoutMs} ms (screenshot in test-results/host-tests-timeout.png)`);
    console.error(server.log().split('\n').slice(-40).join('\n'));
    exitCode = 1;
  } else {
    const summary = readSummary(resultFile);
    if (summary) {
      // The reporter above printed the stacks; repeat only the gist of each failure at the end.
      for (const f of summary.failures) console.log(`  FAIL ${f.title}\n       ${String(f.error ?? '').split('\n').slice(0, 6).join('\n       ')}`);
      console.log(`host tests: ${summary.passed} passed, ${summary.failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } else {
      console.log(`host tests: no summary file was written; exit code ${code}`);
    }
    // Trust both signals: a suite that reports failures but exits 0 (or the reverse) still fails,
    // and a run with zero tests is treated as broken wiring rather than success.
    exitCode = code !== 0 || !summary || summary.failed > 0 || summary.passed === 0 ? 1 : 0;
  }
} catch (err) {
  console.error(`host tests: ${err?.stack ?? err}`);
  exitCode = 1;
} finally {
  await browser?.close();
  server?.stop();
  rmSync(resultDir, { recursive: true, force: true });
}
process.exit(exitCode);

/** Reads the suite's JSON summary, tolerating the usual shapes of mocha statistics. */
function readSummary(file) {
  if (!existsSync(file)) return null;
  let j;
  try { j = JSON.parse(readFileSync(file, 'utf8')); } catch { return null; }
  const num = (...xs) => xs.find((x) => typeof x === 'number');
  const list = (x) => (Array.isArray(x) ? x : []);
  const failures = [...list(j.failures), ...list(j.tests).filter((t) => t.state === 'failed' || t.err || t.error)]
    .map((f) => ({ title: f.fullTitle ?? f.title ?? String(f), error: f.error ?? f.err?.message ?? f.message }));
  const passed = num(j.passed, j.passes, j.stats?.passes, Array.isArray(j.passes) ? j.passes.length : undefined,
    list(j.tests).filter((t) => t.state === 'passed').length) ?? 0;
  const failed = num(j.failed, typeof j.failures === 'number' ? j.failures : undefined, j.stats?.failures) ?? failures.length;
  return { passed, failed, failures: dedupe(failures) };
}
function dedupe(fs) {
  const seen = new Set();
  return fs.filter((f) => (seen.has(f.title) ? false : (seen.add(f.title), true)));
}
