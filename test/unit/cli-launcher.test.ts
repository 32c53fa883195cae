import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SourceMap } from 'node:module';
import { buildToken, cacheFor, CORE_WRAPPER_OPEN, TOKEN_PREFIX } from '../../src/cli/launcher';
import { findRoot } from './support/root';

// The command line's launcher (dist/cli.js) and the code cache the build writes for it
// (dist/cli-core.js.cache). A cache from another build must never reach V8, which would accept
// one for any source of the same length; whatever happens to the cache, the output is the same.

const ROOT = findRoot(__dirname);
const SEED = join(ROOT, 'seeds', 'iran-russia-s300.txt');
const TOKEN = 'a'.repeat(40);

function runCli(dir: string, mode: string): { status: number | null; stdout: string; stderr: string } {
  const env: Record<string, string | undefined> = { ...process.env, ANALYST_LENS_CODE_CACHE: mode };
  const r = spawnSync(process.execPath, [join(dir, 'cli.js'), '--format', 'json', SEED], { encoding: 'utf8', env });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI launcher and code cache', function () {
  this.timeout(60_000);

  describe('build token and cache file', () => {
    it('reads the token from the last build line and refuses a malformed one', () => {
      assert.equal(buildToken(`x\n${TOKEN_PREFIX}${TOKEN}\n//# sourceMappingURL=a.map\n`), TOKEN);
      assert.equal(buildToken(`${TOKEN_PREFIX}${'b'.repeat(40)}\n${TOKEN_PREFIX}${TOKEN}\n`), TOKEN);
      assert.equal(buildToken('no token here'), undefined);
      assert.equal(buildToken(`${TOKEN_PREFIX}${'g'.repeat(40)}`), undefined);
      assert.equal(buildToken(`${TOKEN_PREFIX}abc`), undefined);
    });

    it('hands V8 the data only when the cache file starts with the same token', () => {
      const data = Buffer.from([1, 2, 3, 4]);
      const file = Buffer.concat([Buffer.from(`${TOKEN}\n`, 'latin1'), data]);
      assert.deepEqual(cacheFor(file, TOKEN), data);
      assert.equal(cacheFor(file, 'b'.repeat(40)), undefined);
      assert.equal(cacheFor(file, undefined), undefined);
      assert.equal(cacheFor(undefined, TOKEN), undefined);
      assert.equal(cacheFor(Buffer.from(`${TOKEN}\n`, 'latin1'), TOKEN), undefined);
      assert.equal(cacheFor(Buffer.concat([Buffer.from(`${TOKEN}x`, 'latin1'), data]), TOKEN), undefined);
    });
  });

  describe('dist/cli.js', () => {
    let dir = '';
    let plain = '';
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'al-launcher-'));
      for (const f of ['cli.js', 'cli-core.js', 'cli-core.js.cache']) copyFileSync(join(ROOT, 'dist', f), join(dir, f));
      const off = runCli(dir, 'off');
      assert.equal(off.status, 0, off.stderr);
      plain = off.stdout;
      assert.match(plain, /"type": "official"/);
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('uses the cache the build wrote (V8 accepts it) and prints the same result', () => {
      const r = runCli(dir, 'report');
      assert.match(r.stderr, /code cache used/);
      assert.equal(r.stdout, plain);
    });

    it('ignores a cache from another build, even of the same length', () => {
      const cache = readFileSync(join(ROOT, 'dist', 'cli-core.js.cache'));
      const other = Buffer.from(cache);
      other.write(cache[0] === 0x30 ? '1' : '0', 0, 'latin1');
      writeFileSync(join(dir, 'cli-core.js.cache'), other);
      const r = runCli(dir, 'report');
      assert.match(r.stderr, /code cache stale/);
      assert.equal(r.stdout, plain);
    });

    it('is stored inside the module wrapper, and its source map still points at the TypeScript', () => {
      const core = readFileSync(join(ROOT, 'dist', 'cli-core.js'), 'utf8');
      const lines = core.split('\n');
      assert.equal(lines[0], CORE_WRAPPER_OPEN);
      const map = new SourceMap(JSON.parse(readFileSync(join(ROOT, 'dist', 'cli-core.js.map'), 'utf8')));
      const sources: Array<[string, string, string]> = [['function slug(', 'src/engine/analyze.ts', 'export function slug('], ['function sortedOrder(', 'src/engine/order.ts', 'export function sortedOrder(']];
      for (const [needle, file, declaration] of sources) {
        const line = lines.findIndex((l) => l.includes(needle));
        const entry = map.findEntry(line, lines[line]!.indexOf(needle) + 'function '.length) as { originalSource?: string; originalLine?: number };
        const expected = readFileSync(join(ROOT, file), 'utf8').split('\n').findIndex((l) => l.startsWith(declaration));
        assert.ok(entry.originalSource?.endsWith(file), `${needle} maps to ${entry.originalSource}`);
        assert.equal(entry.originalLine, expected, `${needle} maps to line ${entry.originalLine! + 1}, not ${expected + 1}`);
      }
    });

    it('wraps a core stored without the wrapper itself', () => {
      const core = readFileSync(join(ROOT, 'dist', 'cli-core.js'), 'utf8');
      const bare = join(mkdtempSync(join(tmpdir(), 'al-bare-')), 'x');
      const d = bare.slice(0, -2);
      try {
        copyFileSync(join(ROOT, 'dist', 'cli.js'), join(d, 'cli.js'));
        const body = core.slice(CORE_WRAPPER_OPEN.length + 1).replace('\n})\n', '\n');
        writeFileSync(join(d, 'cli-core.js'), body);
        const r = runCli(d, 'report');
        assert.match(r.stderr, /code cache absent/);
        assert.equal(r.stdout, plain);
      } finally {
        rmSync(d, { recursive: true, force: true });
      }
    });

    it('runs the same when V8 rejects the data or there is no cache', () => {
      const core = readFileSync(join(dir, 'cli-core.js'), 'utf8');
      const token = buildToken(core);
      assert.ok(token);
      writeFileSync(join(dir, 'cli-core.js.cache'), Buffer.concat([Buffer.from(`${token}\n`, 'latin1'), Buffer.alloc(4096, 7)]));
      const rejected = runCli(dir, 'report');
      assert.match(rejected.stderr, /code cache rejected by V8/);
      assert.equal(rejected.stdout, plain);
      rmSync(join(dir, 'cli-core.js.cache'));
      const absent = runCli(dir, 'report');
      assert.match(absent.stderr, /code cache absent/);
      assert.equal(absent.stdout, plain);
    });
  });
});
