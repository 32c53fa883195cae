import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRoot } from './support/root';

// dist/cli.js ends the process as soon as the event loop is empty (src/cli/launcher.ts), skipping
// Node's teardown. Ending there must lose no output, even when the reader of a pipe is slow and
// the writes are still queued, and must keep the exit code the command line set.

const ROOT = findRoot(__dirname);

function run(args: string[], readAfterMs: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stderr.on('data', (d: Buffer) => err.push(d));
    // Nothing is read from stdout for a while: the pipe fills (64 KB) and the rest waits in Node.
    child.stdout.pause();
    setTimeout(() => { child.stdout.on('data', (d: Buffer) => out.push(d)); child.stdout.resume(); }, readAfterMs);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

describe('CLI exit once the work is done', function () {
  this.timeout(60_000);
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'analyst-lens-exit-'));
    // About 1.5 MB of JSON out: many times what a pipe holds.
    const para = 'Russian Defense Minister Sergey Shoigu met Iranian Defense Minister Hossein Dehghan to discuss the S-300 air defense missile systems and a memorandum of understanding. ';
    writeFileSync(join(dir, 'big.txt'), Array.from({ length: 400 }, (_, i) => `Paragraph ${i}. ${para.repeat(3)}`).join('\n\n'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the whole output through a slow pipe, then exits 0', async () => {
    const r = await run(['--format', 'json', join(dir, 'big.txt')], 400);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.length > 256 * 1024, `only ${r.stdout.length} bytes`);
    const doc = JSON.parse(r.stdout) as { entities: Array<{ mentions: unknown[] }> };
    const mentions = doc.entities.reduce((n, e) => n + e.mentions.length, 0);
    assert.ok(mentions >= 400 * 3 * 4, String(mentions));
  });

  it('keeps the exit code of a failed input, with its message and the other files\' output', async () => {
    const r = await run(['--format', 'jsonl', join(dir, 'missing.txt'), join(dir, 'big.txt')], 200);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /missing\.txt/);
    assert.equal(r.stdout.trim().split('\n').length, 1);
    assert.ok(JSON.parse(r.stdout.trim().split('\n')[0] as string));
  });
});

describe('CLI start-up: no stream modules for pipes and files', function () {
  this.timeout(60_000);

  it('loads neither net nor tty when its output goes to a pipe, in every format', async () => {
    const { spawnSync } = await import('node:child_process');
    const probe = join(mkdtempSync(join(tmpdir(), 'analyst-lens-mods-')), 'probe.cjs');
    // Printed on stderr at exit: Node's own list of the built-in modules this process loaded.
    writeFileSync(probe, "process.on('exit', () => require('fs').writeSync(2, '\\nMODULES ' + process.moduleLoadList.filter((m) => /^NativeModule (net|tty)$/.test(m)).join(',') + '\\n'));\n");
    for (const format of ['text', 'json', 'jsonl', 'csv']) {
      const r = spawnSync(process.execPath, ['-r', probe, join(ROOT, 'dist', 'cli.js'), '--format', format, join(ROOT, 'seeds', 'iran-russia-s300.txt')], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      assert.ok(r.stdout.length > 500, format);
      assert.doesNotMatch(r.stdout, /\x1b\[/, `${format}: colour codes on a pipe`);
      const line = /MODULES (.*)/.exec(r.stderr);
      assert.ok(line, r.stderr);
      assert.equal(line[1], '', `${format} loaded ${line[1]}`);
    }
    // Output thrown away: /dev/null is a character device, but no terminal.
    const { openSync, closeSync } = await import('node:fs');
    const nul = openSync('/dev/null', 'w');
    try {
      const r = spawnSync(process.execPath, ['-r', probe, join(ROOT, 'dist', 'cli.js'), join(ROOT, 'seeds', 'iran-russia-s300.txt')], { encoding: 'utf8', stdio: ['ignore', nul, 'pipe'] });
      assert.equal(r.status, 0, r.stderr);
      assert.equal(/MODULES (.*)/.exec(r.stderr)?.[1], '', r.stderr);
    } finally {
      closeSync(nul);
    }
    rmSync(join(probe, '..'), { recursive: true, force: true });
  });

  it('isTerminal says no for a pipe, a file and /dev/null', async () => {
    const { isTerminal } = await import('../../src/cli/output');
    const { openSync, closeSync } = await import('node:fs');
    const file = join(mkdtempSync(join(tmpdir(), 'analyst-lens-tty-')), 'f.txt');
    writeFileSync(file, 'x');
    const fd = openSync(file, 'r');
    const nul = openSync('/dev/null', 'w');
    try {
      assert.equal(isTerminal(fd), false);
      assert.equal(isTerminal(nul), false);
      assert.equal(isTerminal(987654), false);
    } finally {
      closeSync(fd);
      closeSync(nul);
      rmSync(join(file, '..'), { recursive: true, force: true });
    }
  });
});
