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
