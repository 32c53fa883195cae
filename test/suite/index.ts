// The extension-host test entry point. VS Code (desktop via @vscode/test-electron, or code-server
// via the `extensionTestsPath` payload) loads this bundle and awaits `run()`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type MochaType from 'mocha';

interface Failure {
  title: string;
  message: string;
}

export async function run(): Promise<void> {
  let Mocha: typeof MochaType;
  try {
    // Loaded here rather than at the top so that a missing mocha still produces a summary.
    Mocha = (await import('mocha')).default;
  } catch (error) {
    writeSummary(0, [{ title: 'loading mocha', message: String(error) }]);
    throw error;
  }
  const mocha = new Mocha({ ui: 'bdd', timeout: 20000, color: false });
  // Every bundled *.test.js beside this file is a suite; a pattern from the environment lets a
  // developer run one of them.
  const only = process.env['ANALYST_LENS_TEST_GREP'];
  if (only) mocha.grep(only);
  for (const name of fs.readdirSync(__dirname).sort()) {
    if (name.endsWith('.test.js')) mocha.addFile(path.join(__dirname, name));
  }
  return new Promise((resolve, reject) => {
    let passed = 0;
    const failures: Failure[] = [];
    try {
      const runner = mocha.run((failed) => {
        writeSummary(passed, failures);
        if (failed > 0) reject(new Error(`${failed} extension-host test(s) failed.`));
        else resolve();
      });
      runner.on('pass', () => passed++);
      runner.on('fail', (test, error: unknown) => {
        const message = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
        failures.push({ title: test.fullTitle(), message });
        console.error(`FAIL ${test.fullTitle()}\n${message}`);
      });
    } catch (error) {
      writeSummary(passed, [{ title: 'loading the suites', message: String(error) }]);
      reject(error);
    }
  });
}

/** Writes `{passed, failed, failures}` where the harness asked for it. */
function writeSummary(passed: number, failures: Failure[]): void {
  const file = process.env['ANALYST_LENS_TEST_RESULT'];
  if (!file) return;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify({ passed, failed: failures.length, failures }, null, 2)}\n`);
  } catch (error) {
    console.error(`Could not write the test summary to ${file}:`, error);
  }
}
