// The engine's JIT warm-up. V8 optimises a function only after it has run a while: on a 100 KB
// article the engine's first analyses took 70, 40, 30 ms and the calls after the fourth still
// about 12 ms, against 6 ms once V8 had compiled it (bench/results/editor.md, "engine alone"). A
// user who opens a long article and starts typing would wait through that on every edit until
// the engine had run some twenty times. So once per session, after the first long article is
// analysed, the engine analyses slices of that article in idle time, one per task, until it has
// read about two megabytes (measured in plain Node on the 100 KB benchmark article: 12.9 ms per
// edit without a warm-up; 8.8 after 0.5 MB, 7.9 after 1 MB, 7.2-8.3 after 2 MB, 6.9 after 3 MB;
// 2 MB cost about 0.4 s of CPU). Slices start small and grow while they stay short: the first
// 8 KB slices right after an article's first analysis took 30-87 ms in the extension host (code
// V8 had not compiled yet), the later ones under 1 ms.
//
// Then, for an article of up to 256 K characters, eight analyses of the whole of it, one per task
// (each as long as one edit's analysis will be): slices never take the paths only a whole article
// takes, and V8 compiled those during the user's first edits, on the core the workbench renders
// on. Measured in plain Node (bench emulation of the editor benchmark, four rounds): over the 20
// edits after the warm-up, 8.4-9.7 ms of CPU per edit with them against 10.3-10.6 without (wall
// time 7.0-7.4 against 6.9-7.9 ms), for about 130 ms more CPU once per session.
//
// Nothing here imports 'vscode' and nothing it does is kept: the results are thrown away, so no
// cache, decoration or count changes. The analyser is asked for at every slice, so a new one (a
// changed user knowledge base) is what the remaining slices warm.

/** What a finished (or cancelled) warm-up did. */
export interface WarmUpRecord {
  /** Characters analysed in all. */
  readonly chars: number;
  readonly slices: number;
  /** Time inside the engine, summed over the slices. */
  readonly engineMs: number;
  /** The longest slice: how long the warm-up held the extension host at most. */
  readonly maxSliceMs: number;
  /** From the first slice's start to the last one's end, idle time between slices included. */
  readonly wallMs: number;
  /** True when it stopped before its budget (disposed, or the engine threw). */
  readonly stopped: boolean;
}

export interface WarmUpOptions {
  /** Characters to analyse in all. */
  readonly budgetChars: number;
  /**
   * The largest slice: a slice ends at the first whitespace at or after its size (or at the
   * text's end). The size starts at MIN_SLICE, doubles after a slice that took under half of
   * `sliceMs`, up to this, and halves after one that took longer than `sliceMs`.
   */
  readonly sliceChars: number;
  /** How long one slice should hold the thread at most, in milliseconds. */
  readonly sliceMs: number;
  /**
   * Analyses of the whole text after the slices, one per task, for a text of at most
   * `wholeMaxChars` (none by default): the slices leave paths that only whole articles take
   * (references across the text, long lists) to be compiled during the user's first edits.
   */
  readonly wholeRuns?: number;
  readonly wholeMaxChars?: number;
  /** Runs the next slice in a later task (setTimeout by default). */
  readonly schedule?: (next: () => void) => void;
  readonly now?: () => number;
}

/**
 * The session's warm-up: 1 M characters of slices, then 24 analyses of the whole article (of at
 * most 256 K characters). Measured in plain Node on the editor benchmark's 100 KB article, edits
 * after a 150 ms pause (median of the 20 edits after the first three, four runs each): 2 M of
 * slices and 8 whole runs, 8.2-9.3 ms per edit for 460 ms of warm-up; 1 M and 24, 7.3-8.4 ms for
 * 470 ms. V8 keeps optimising functions that run once per analysis for a hundred calls and more,
 * which slices of the article call as often as whole runs but cover less of.
 */
export const WARM_UP: Pick<WarmUpOptions, 'budgetChars' | 'sliceChars' | 'sliceMs' | 'wholeRuns' | 'wholeMaxChars'> = {
  budgetChars: 1_000_000, sliceChars: 8192, sliceMs: 4, wholeRuns: 24, wholeMaxChars: 262_144,
};

/** The first and the smallest slice size, in characters. */
export const MIN_SLICE = 512;

/** A running warm-up: `done` settles when it has finished or was stopped; it never rejects. */
export interface WarmUp {
  readonly done: Promise<WarmUpRecord>;
  stop(): void;
}

/**
 * Analyses slices of `text` one per task, from its start and round again, until `budgetChars`
 * characters have been read, then the whole text `wholeRuns` times (if it is short enough), until
 * `stop` is called or the engine throws (an engine error is the real analyses' to report; the
 * warm-up just ends). Whole-text runs count as slices in the record.
 */
export function warmUp(analyze: (slice: string) => unknown, text: string, options: WarmUpOptions): WarmUp {
  const schedule = options.schedule ?? ((next: () => void) => void setTimeout(next, 0));
  const clock = options.now ?? (() => performance.now());
  const maxSlice = Math.max(1, Math.floor(options.sliceChars));
  let size = Math.min(MIN_SLICE, maxSlice);
  let stopped = false;
  let chars = 0;
  let slices = 0;
  let engineMs = 0;
  let maxSliceMs = 0;
  let at = 0;
  let firstStart: number | undefined;
  let lastEnd = 0;
  let finish: (record: WarmUpRecord) => void = () => undefined;
  const done = new Promise<WarmUpRecord>((resolve) => { finish = resolve; });
  const end = (early: boolean): void => {
    finish({ chars, slices, engineMs, maxSliceMs, wallMs: firstStart === undefined ? 0 : lastEnd - firstStart, stopped: early });
  };
  let wholeLeft = text.length <= (options.wholeMaxChars ?? 0) ? Math.max(0, Math.floor(options.wholeRuns ?? 0)) : 0;
  const step = (): void => {
    if (stopped) { end(true); return; }
    if (text.length === 0) { end(false); return; }
    const whole = chars >= options.budgetChars;
    if (whole && wholeLeft === 0) { end(false); return; }
    if (whole) wholeLeft--;
    const cut = whole ? text.length : sliceEnd(text, at, size);
    const slice = whole ? text : text.slice(at, cut);
    const started = clock();
    firstStart ??= started;
    try {
      analyze(slice);
    } catch {
      stopped = true;
    }
    lastEnd = clock();
    const ms = lastEnd - started;
    engineMs += ms;
    if (ms > maxSliceMs) maxSliceMs = ms;
    chars += slice.length;
    slices++;
    if (!whole) {
      if (ms > options.sliceMs) size = Math.max(Math.min(MIN_SLICE, maxSlice), size >> 1);
      else if (ms < options.sliceMs / 2) size = Math.min(maxSlice, size * 2);
      at = cut >= text.length ? 0 : cut;
    }
    schedule(step);
  };
  schedule(step);
  return { done, stop: () => { stopped = true; } };
}

/** Where the slice from `from` ends: after the first space or line end at or after `from + size`, the text's end if none. */
export function sliceEnd(text: string, from: number, size: number): number {
  for (let k = from + size; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 32 || c === 10 || c === 13 || c === 9) return k + 1;
  }
  return text.length;
}
