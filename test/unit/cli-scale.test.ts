import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { findRoot } from './support/root';
import { join } from 'node:path';

// Scale and size limits of the built CLI: a folder of 10,000 articles and a 50 MB file.


const ROOT = findRoot(__dirname);
const CLI = join(ROOT, 'dist', 'cli.js');
const SEED = readFileSync(join(ROOT, 'seeds', 'iran-russia-s300.txt'), 'utf8');

describe('CLI at scale', function () {
  this.timeout(180_000);
  let dir = '';
  before(() => { dir = mkdtempSync(join(tmpdir(), 'al-scale-')); });
  after(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  it('streams one JSONL line per article for a folder of 10,000 files, in sorted order', () => {
    const folder = join(dir, 'many');
    mkdirSync(folder);
    // Short articles keep the test fast; each names a different official so results differ per file.
    for (let i = 0; i < 10_000; i++) {
      const name = `a${String(i).padStart(5, '0')}.txt`;
      writeFileSync(join(folder, name), `Report ${i}\n\nRussian Defense Minister Sergey Shoigu met Iranian Defense Minister Hossein Dehqan about the S-300 (item ${i}).\n`);
    }
    const r = spawnSync(process.execPath, [CLI, '--format', 'jsonl', folder], { encoding: 'utf8', maxBuffer: 1 << 30 });
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 10_000);
    const first = JSON.parse(lines[0] as string) as { file: string; entities: Array<{ name: string }> };
    const last = JSON.parse(lines[9_999] as string) as { file: string };
    assert.match(first.file, /a00000\.txt$/);
    assert.match(last.file, /a09999\.txt$/);
    assert.ok(first.entities.some((e) => e.name === 'Sergey Shoigu'));
  });

  it('skips a 50 MB file above the size limit with a message naming it, and still prints the others', () => {
    const big = join(dir, 'big article.txt');
    // A sparse file: the size limit is checked before reading, so its content never matters.
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const good = join(dir, 'good.txt');
    writeFileSync(good, SEED);
    const r = spawnSync(process.execPath, [CLI, '--format', 'json', big, good], { encoding: 'utf8', maxBuffer: 1 << 28 });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /big article\.txt/);
    assert.match(r.stderr, /limit/);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    const docs = JSON.parse(r.stdout) as Array<{ file: string; entities: unknown[] }>;
    const names = (Array.isArray(docs) ? docs : [docs]).map((d) => d.file);
    assert.ok(names.some((f) => f.endsWith('good.txt')), names.join(', '));
    assert.ok(!names.some((f) => f.endsWith('big article.txt')));
  });
});
