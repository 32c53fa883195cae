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
  /** Runs the next slice in a later task (setTimeout by default). */
  readonly schedule?: (next: () => void) => void;
  readonly now?: () => number;
}

export const WARM_UP: Pick<WarmUpOptions, 'budgetChars' | 'sliceChars' | 'sliceMs'> = { budgetChars: 2_000_000, sliceChars: 8192, sliceMs: 4 };

/** The first and the smallest slice size, in characters. */
export const MIN_SLICE = 512;

/** A running warm-up: `done` settles when it has finished or was stopped; it never rejects. */
export interface WarmUp {
  readonly done: Promise<WarmUpRecord>;
  stop(): void;
}

/**
 * Analyses slices of `text` one per task, from its start and round again, until `budgetChars`
 * characters have been read, `stop` is called or the engine throws (an engine error is the real
 * analyses' to report; the warm-up just ends).
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
  const step = (): void => {
    if (stopped) { end(true); return; }
    if (chars >= options.budgetChars || text.length === 0) { end(false); return; }
    const cut = sliceEnd(text, at, size);
    const slice = text.slice(at, cut);
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
    if (ms > options.sliceMs) size = Math.max(Math.min(MIN_SLICE, maxSlice), size >> 1);
    else if (ms < options.sliceMs / 2) size = Math.min(maxSlice, size * 2);
    chars += slice.length;
    slices++;
    at = cut >= text.length ? 0 : cut;
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
