// The editor benchmark's records (src/extension/timings.ts): what an analysis and its decorations
// cost, by the wall clock and by the process CPU clock.
import * as assert from 'node:assert/strict';
import { Timings, cpuNow } from '../../src/extension/timings';

describe('editor timings', () => {
  it('keeps the CPU figures of an analysis and of its decorations beside the wall-clock ones', () => {
    const timings = new Timings();
    timings.analysed('file:///a.txt', 3, 100, 12, 13, 11.5, 12.25);
    timings.decorated('file:///a.txt', 3, 1.5, 1.25);
    const [record] = timings.snapshot().versions;
    assert.ok(record);
    assert.deepEqual(
      [record.engineMs, record.analysisMs, record.engineCpuMs, record.analysisCpuMs, record.decorationMs, record.decorationCpuMs],
      [12, 13, 11.5, 12.25, 1.5, 1.25],
    );
  });

  it('counts only the first editor decorated with a version', () => {
    const timings = new Timings();
    timings.analysed('file:///a.txt', 1, 10, 1, 2, 1, 2);
    timings.decorated('file:///a.txt', 1, 3, 2);
    timings.decorated('file:///a.txt', 1, 30, 20);
    const [record] = timings.snapshot().versions;
    assert.equal(record?.decorationCpuMs, 2);
  });

  it('reads a CPU clock in Node that moves with work done', () => {
    const before = cpuNow();
    assert.equal(typeof before, 'number');
    let x = 0;
    const until = performance.now() + 20;
    while (performance.now() < until) x += Math.sqrt(x + 1);
    const after = cpuNow() as number;
    assert.ok(x > 0 && after - (before as number) >= 5, `${after - (before as number)} ms of CPU for 20 ms of spinning`);
  });
});
