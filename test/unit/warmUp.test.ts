// The engine's JIT warm-up (src/extension/warmUp.ts): slices of the article, one per task, within
// a budget, never an error, and stoppable.
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/engine';
import { MIN_SLICE, sliceEnd, warmUp } from '../../src/extension/warmUp';

/** A scheduler the test steps by hand: each `schedule` queues, `runAll` drains one task at a time. */
function manualScheduler(): { schedule: (next: () => void) => void; pending: () => number; runOne: () => void; runAll: () => number } {
  const queue: Array<() => void> = [];
  const runOne = (): void => { (queue.shift() as () => void)(); };
  return {
    schedule: (next) => { queue.push(next); },
    pending: () => queue.length,
    runOne,
    runAll: () => { let tasks = 0; while (queue.length > 0) { runOne(); tasks++; } return tasks; },
  };
}

/** A scheduler that runs each task as soon as it is queued, after the current one returns. */
function manualSchedulerRun(): (next: () => void) => void {
  const queue: Array<() => void> = [];
  let running = false;
  return (next) => {
    queue.push(next);
    if (running) return;
    running = true;
    while (queue.length > 0) (queue.shift() as () => void)();
    running = false;
  };
}

const ARTICLE = Array.from({ length: 40 }, (_, i) => `Paragraph ${i}: Russian Defense Minister Sergey Shoigu met his Iranian counterpart about the S-300.`).join('\n');

describe('engine warm-up', () => {
  it('analyses slices that end at whitespace, one per task, round the article until the budget', () => {
    const seen: string[] = [];
    const tasks = manualScheduler();
    warmUp((s) => seen.push(s), ARTICLE, { budgetChars: 3 * ARTICLE.length, sliceChars: 500, sliceMs: 4, schedule: tasks.schedule });
    assert.equal(seen.length, 0, 'nothing runs in the caller\'s task');
    tasks.runOne();
    assert.equal(seen.length, 1, 'one slice per task');
    assert.equal(tasks.pending(), 1, 'the next slice waits for a task of its own');
    tasks.runAll();
    const total = seen.reduce((n, s) => n + s.length, 0);
    assert.ok(total >= 3 * ARTICLE.length && total < 3 * ARTICLE.length + 700, `read ${total} characters`);
    for (const s of seen) {
      assert.ok(ARTICLE.includes(s), 'a slice is a piece of the article');
      assert.ok(s.length >= 500 || ARTICLE.endsWith(s), `a slice shorter than the size ends the article: ${s.length}`);
      assert.ok(/\s$/.test(s) || ARTICLE.endsWith(s), 'a slice ends after whitespace');
    }
    // Round the article: the slices up to the first that ends it are the article itself, in order.
    const lap = seen.findIndex((s) => ARTICLE.endsWith(s));
    assert.equal(seen.slice(0, lap + 1).join(''), ARTICLE);
    assert.ok(ARTICLE.startsWith(seen[lap + 1] as string), 'then it starts again from the top');
  });

  it('reports what it did when it has finished', async () => {
    const tasks = manualScheduler();
    let t = 0;
    let calls = 0;
    // Each slice takes 2 ms of the fake clock, the first 5.
    const w = warmUp(() => { calls++; t += calls === 1 ? 5 : 2; }, ARTICLE, { budgetChars: ARTICLE.length, sliceChars: 1000, sliceMs: 4, schedule: tasks.schedule, now: () => t });
    tasks.runAll();
    const r = await w.done;
    assert.equal(r.chars, ARTICLE.length, 'once round the article');
    assert.equal(r.slices, calls);
    assert.ok(calls >= 3);
    assert.equal(r.engineMs, 5 + 2 * (calls - 1));
    assert.equal(r.maxSliceMs, 5);
    assert.equal(r.wallMs, r.engineMs, 'no idle time between slices on this clock');
    assert.equal(r.stopped, false);
  });

  it('analyses a text shorter than a slice whole, and an empty one not at all', async () => {
    const seen: string[] = [];
    const tasks = manualScheduler();
    warmUp((s) => seen.push(s), 'Defense Minister Sergey Shoigu.', { budgetChars: 100, sliceChars: 8192, sliceMs: 4, schedule: tasks.schedule });
    tasks.runAll();
    assert.ok(seen.length >= 3, `${seen.length} slices`);
    assert.deepEqual([...new Set(seen)], ['Defense Minister Sergey Shoigu.']);
    const none = warmUp((s) => seen.push(s), '', { budgetChars: 100, sliceChars: 10, sliceMs: 4, schedule: tasks.schedule });
    const before = seen.length;
    tasks.runAll();
    assert.equal(seen.length, before);
    assert.equal((await none.done).chars, 0);
  });

  it('stops at the next task when stopped, and when the engine throws, without throwing itself', async () => {
    const tasks = manualScheduler();
    let calls = 0;
    const w = warmUp(() => { calls++; }, ARTICLE, { budgetChars: 100 * ARTICLE.length, sliceChars: 100, sliceMs: 4, schedule: tasks.schedule });
    tasks.runOne();
    tasks.runOne();
    w.stop();
    tasks.runAll();
    assert.equal(calls, 2);
    assert.equal((await w.done).stopped, true);

    const failing = warmUp(() => { calls++; throw new Error('engine bug'); }, ARTICLE, { budgetChars: 100 * ARTICLE.length, sliceChars: 100, sliceMs: 4, schedule: tasks.schedule });
    assert.doesNotThrow(() => tasks.runAll());
    const r = await failing.done;
    assert.equal(r.stopped, true);
    assert.equal(r.slices, 1);
  });

  it('ends with whole-text analyses, one per task, only for a text short enough', async () => {
    const seen: string[] = [];
    const tasks = manualScheduler();
    const w = warmUp((s) => seen.push(s), ARTICLE, { budgetChars: 2 * ARTICLE.length, sliceChars: 500, sliceMs: 4, wholeRuns: 3, wholeMaxChars: ARTICLE.length, schedule: tasks.schedule });
    tasks.runAll();
    const wholeAt = seen.findIndex((s, k) => s === ARTICLE && k > 0 && seen.slice(0, k).reduce((n, x) => n + x.length, 0) >= 2 * ARTICLE.length);
    assert.ok(wholeAt > 3, 'slices first, up to the budget');
    assert.deepEqual(seen.slice(wholeAt), [ARTICLE, ARTICLE, ARTICLE], 'then the whole text, wholeRuns times');
    assert.ok(seen.slice(0, wholeAt).every((s) => s.length < ARTICLE.length), 'no whole text among the slices');
    const r = await w.done;
    assert.equal(r.slices, seen.length);
    assert.equal(r.chars, seen.reduce((n, s) => n + s.length, 0));
    assert.equal(r.stopped, false);

    // A text longer than wholeMaxChars gets the slices only; stop() ends the whole runs too.
    const longer: string[] = [];
    warmUp((s) => longer.push(s), ARTICLE, { budgetChars: ARTICLE.length, sliceChars: 500, sliceMs: 4, wholeRuns: 3, wholeMaxChars: ARTICLE.length - 1, schedule: tasks.schedule });
    tasks.runAll();
    assert.ok(longer.length > 0 && longer.every((s) => s.length < ARTICLE.length));
    const stopping: string[] = [];
    const s2 = warmUp((s) => stopping.push(s), ARTICLE, { budgetChars: 1, sliceChars: 500, sliceMs: 4, wholeRuns: 5, wholeMaxChars: ARTICLE.length, schedule: tasks.schedule });
    tasks.runOne();
    tasks.runOne();
    s2.stop();
    tasks.runAll();
    assert.deepEqual(stopping.map((s) => s === ARTICLE), [false, true]);
    assert.equal((await s2.done).stopped, true);
  });

  it('cuts slices after the first whitespace at or after the size', () => {
    assert.equal(sliceEnd('aaaa\nbb bb\ncccc', 0, 2), 5);
    assert.equal(sliceEnd('aaaa\nbb bb\ncccc', 0, 5), 8);
    assert.equal(sliceEnd('aaaa\r\nbbbb', 0, 4), 5);
    assert.equal(sliceEnd('aaaa\nbbbb\ncccc', 10, 1), 14, 'no whitespace after: the text\'s end');
    assert.equal(sliceEnd('aaaa', 0, 8192), 4);
  });

  it('starts with small slices, halves them while they take long, and doubles them while short', () => {
    const big = ARTICLE.repeat(40);
    const lengths: number[] = [];
    let t = 0;
    // The first five slices are slow (code V8 has not compiled yet): 40 ms each; then 1 ms per
    // 10,000 characters, but for slices 31 to 33 (a garbage collection, say), 40 ms again.
    const ends: boolean[] = [];
    const slow = (k: number): boolean => k <= 5 || (k >= 31 && k <= 33);
    const w = warmUp((s) => { lengths.push(s.length); ends.push(big.endsWith(s)); t += slow(lengths.length) ? 40 : s.length / 10_000; }, big, { budgetChars: 400_000, sliceChars: 16_384, sliceMs: 4, schedule: manualSchedulerRun(), now: () => t });
    void w;
    assert.ok((lengths[0] as number) < MIN_SLICE + 200, `first slice ${lengths[0]}`);
    for (let k = 0; k < 5; k++) assert.ok((lengths[k] as number) < MIN_SLICE + 200, `slow slice ${k}: ${lengths[k]}`);
    // Then 512, 1024, ... 16,384: each about twice the one before, never beyond the largest size.
    assert.ok((lengths[6] as number) > 1.8 * (lengths[5] as number), lengths.slice(0, 10).join(', '));
    assert.ok(lengths.some((n) => n >= 16_384), 'it reaches the largest size');
    assert.ok(lengths.every((n) => n < 16_384 + 200), 'and never goes beyond it');
    assert.ok(lengths.slice(12, 30).every((n, k) => n >= 16_384 || ends[12 + k]), 'it stays there while slices are short (but for the article\'s tail)');
    // Slices 32, 33 and 34 follow slow ones: each about half the one before.
    for (const k of [31, 32, 33]) assert.ok(Math.abs((lengths[k] as number) / (lengths[k - 1] as number) - 0.5) < 0.05 || ends[k] || ends[k - 1], `${lengths.slice(29, 36).join(', ')}`);
  });

  it('leaves a real analyser\'s results as they were (the warm-up keeps nothing)', () => {
    const analyzer = createAnalyzer();
    const before = JSON.stringify(analyzer.analyze(ARTICLE));
    const tasks = manualScheduler();
    warmUp((s) => analyzer.analyze(s), ARTICLE, { budgetChars: 2 * ARTICLE.length, sliceChars: 700, sliceMs: 4, schedule: tasks.schedule });
    tasks.runAll();
    assert.equal(JSON.stringify(analyzer.analyze(ARTICLE)), before);
  });
});
