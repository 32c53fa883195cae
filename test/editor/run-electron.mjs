// Runs the extension-host suite in desktop VS Code through @vscode/test-electron, for machines
// that can download VS Code. It reads every configuration in .vscode-test.mjs (minimum and stable
// by default) so the two runners cannot drift apart.
//
//   node test/editor/run-electron.mjs [label...]     e.g. `node test/editor/run-electron.mjs stable`
//
// On Linux without a display, wrap it: `xvfb-run -a node test/editor/run-electron.mjs`.
// Offline (no update.code.visualstudio.com) use test/editor/run-host-tests.mjs instead.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runTests } from '@vscode/test-electron';
import { ROOT } from './code-server.mjs';

const { default: configs } = await import(pathToFileURL(join(ROOT, '.vscode-test.mjs')).href);
const wanted = process.argv.slice(2);
const selected = configs.filter((c) => !wanted.length || wanted.includes(c.label));
if (!selected.length) {
  console.error(`no configuration named ${wanted.join(', ')} in .vscode-test.mjs`);
  process.exit(2);
}

let failed = 0;
for (const c of selected) {
  const env = Object.fromEntries(Object.entries(c.env ?? {}).map(([k, v]) => [k, k.endsWith('_RESULT') ? resolve(ROOT, v) : v]));
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  console.log(`== VS Code ${c.version} (${c.label})`);
  try {
    await runTests({
      version: c.version,
      extensionDevelopmentPath: resolve(ROOT, c.extensionDevelopmentPath),
      extensionTestsPath: resolve(ROOT, c.extensionTestsPath),
      launchArgs: [resolve(ROOT, c.workspaceFolder), ...c.launchArgs],
      extensionTestsEnv: env,
    });
    console.log(`== ${c.label}: passed`);
  } catch (err) {
    failed++;
    console.error(`== ${c.label}: failed: ${err?.message ?? err}`);
  }
}
console.log(`${selected.length - failed} passed, ${failed} failed configurations`);
process.exit(failed ? 1 : 0);
