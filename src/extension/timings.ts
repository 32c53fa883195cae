// Timing records for the editor benchmark (bench/editor-bench.mjs): how long activation took, and
// for each analysed document version how long the analysis and the decorations took and when the
// decorations were applied. Only clock reads and a bounded map; nothing here changes behaviour.
// Times are `performance.now()` of the extension host, so a suite running in the same host can
// subtract its own readings from them.

/** The timings of one analysed version of one document. */
export interface VersionTiming {
  readonly uri: string;
  readonly version: number;
  /** UTF-16 length of the analysed text. */
  readonly chars: number;
  /** The debounce the update that decorated this version waited after the last change. */
  readonly debounceMs: number | undefined;
  /**
   * True when the debounced update ran the engine; false when a request (document symbols, a
   * hover) needed the version first and the update found it cached.
   */
  readonly analysedInUpdate: boolean;
  /** The engine's `analyze` call (the first analysis after activation or a knowledge-base change also builds the engine). */
  readonly engineMs: number;
  /** The engine plus the per-type, per-id and sorted views the editor features read. */
  readonly analysisMs: number;
  /**
   * The same two by the extension host's CPU clock (all its threads; see `cpuNow`), which other
   * processes competing for the CPU do not inflate; undefined in the web worker.
   */
  readonly engineCpuMs: number | undefined;
  readonly analysisCpuMs: number | undefined;
  /** When the analysis finished. */
  readonly analysedAt: number;
  /** Everything the debounced update ran for this version: analysis, then every listener (tree, status bar, decorations, index). */
  readonly updateMs: number | undefined;
  /** Building the ranges and the `setDecorations` calls of the first editor decorated with this version. */
  readonly decorationMs: number | undefined;
  /** The same by the CPU clock. */
  readonly decorationCpuMs: number | undefined;
  /** When this version's decorations were first applied (after the `setDecorations` calls). */
  readonly decoratedAt: number | undefined;
}

/**
 * How the launcher (dist/extension.js, src/extension/launcher.ts) loaded the extension's core
 * (dist/extension-core.js) in the task after VS Code's `activate` call. Absent in the web build,
 * which has no launcher.
 */
export interface CoreLoad {
  /** When the launcher's `activate` was called. */
  readonly calledAt: number;
  /** Its synchronous part: what VS Code counts as "Call Activate". */
  readonly callMs: number;
  /** From that call to the task that loaded the core (other work of the extension host in between). */
  readonly waitedMs: number;
  /** Reading and compiling dist/extension-core.js, with its code cache when there is one. */
  readonly compileMs: number;
  /** Running the core's module code (the bundle's top level, before `activate`). */
  readonly runMs: number;
  /** What became of the code cache: used, absent (first start), stale (another build), rejected by V8, off (no file storage). */
  readonly cache: string;
  /** When the launcher wrote a new code cache (after the first analyses), and how long building it took. */
  cacheWrittenAt?: number;
  cacheWriteMs?: number;
}

import type { WarmUpRecord } from './warmUp';

/** What the extension API exposes: a snapshot, safe to keep. */
export interface EditorStats {
  /** How the launcher loaded the core (undefined in the web build). */
  readonly coreLoad: CoreLoad | undefined;
  /** Duration of `activate()` itself, in milliseconds (module loading happens before it). */
  readonly activationMs: number | undefined;
  /** When `activate()` returned. */
  readonly activatedAt: number | undefined;
  /**
   * CPU time of the extension host process during `activate()` (all its threads), where Node's
   * `cpuUsage` exists: unlike the duration, it does not grow when other processes compete for
   * the CPU.
   */
  readonly activationCpuMs: number | undefined;
  /** Where `activate()` spent its time: [step, milliseconds], in order (see `activate`). */
  readonly activationSteps: ReadonlyArray<readonly [string, number]>;
  /** When the extension first read its settings (after `activate()` returned: see `activate`). */
  readonly settingsReadAt: number | undefined;
  /** The most recent analysed versions, oldest first (at most `Timings.LIMIT`). */
  readonly versions: readonly VersionTiming[];
  /** The session's JIT warm-up (see warmUp.ts) once it has ended; undefined before or without one. */
  readonly warmUp: (WarmUpRecord & { readonly endedAt: number }) | undefined;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export const now: () => number = () => performance.now();

/** Node's `process`, looked up at run time: the web worker host has none, and the bundle must not need it. */
const host = (globalThis as { process?: { cpuUsage?: () => { user: number; system: number } } }).process;

/** Process CPU time (user + system) in milliseconds; undefined in the web worker. */
export const cpuNow = (): number | undefined => {
  const usage = host?.cpuUsage?.();
  return usage ? (usage.user + usage.system) / 1000 : undefined;
};

/** Collects the records; one instance per activation. */
export class Timings {
  /** Enough for a benchmark run; old entries leave first so memory stays bounded while typing for hours. */
  static readonly LIMIT = 500;
  private activation: { ms: number; at: number; cpuMs: number | undefined; steps: ReadonlyArray<readonly [string, number]> } | undefined;
  private readonly records = new Map<string, Mutable<VersionTiming>>();
  private settingsFirstRead: number | undefined;
  /** Set by the launcher; it fills in the cache write later, so the object is kept, not copied. */
  coreLoad: CoreLoad | undefined;
  private warmUpRecord: (WarmUpRecord & { endedAt: number }) | undefined;
  /** The document whose debounced update is running, so its analysis is recorded as such. */
  private updating: string | undefined;

  /** `activate()` took `ms` (its `steps` in order), and the process CPU clock read `cpuAtStart` when it began. */
  activated(ms: number, cpuAtStart: number | undefined, steps: ReadonlyArray<readonly [string, number]> = []): void {
    const cpu = cpuNow();
    this.activation = { ms, at: now(), cpuMs: cpu === undefined || cpuAtStart === undefined ? undefined : cpu - cpuAtStart, steps };
  }

  /** The settings are being read; the first time is kept. */
  settingsRead(): void {
    this.settingsFirstRead ??= now();
  }

  /** Runs the debounced update of `uri`. */
  debounced<T>(uri: string, update: () => T): T {
    this.updating = uri;
    try {
      return update();
    } finally {
      this.updating = undefined;
    }
  }

  /** An analysis of this version took `engineMs` in the engine and `analysisMs` in all (the CPU figures likewise, when known). */
  analysed(uri: string, version: number, chars: number, engineMs: number, analysisMs: number, engineCpuMs?: number, analysisCpuMs?: number): void {
    const key = `${uri}#${version}`;
    this.records.delete(key);
    this.records.set(key, {
      uri, version, chars, debounceMs: undefined, analysedInUpdate: this.updating === uri, engineMs, analysisMs, engineCpuMs, analysisCpuMs, analysedAt: now(),
      updateMs: undefined, decorationMs: undefined, decorationCpuMs: undefined, decoratedAt: undefined,
    });
    if (this.records.size > Timings.LIMIT) {
      const oldest = this.records.keys().next().value;
      if (oldest !== undefined) this.records.delete(oldest);
    }
  }

  /** The debounced update of this version (analysis plus listeners) took `ms` after waiting `debounceMs`. */
  updated(uri: string, version: number, ms: number, debounceMs: number): void {
    const record = this.records.get(`${uri}#${version}`);
    if (!record || record.updateMs !== undefined) return;
    record.updateMs = ms;
    record.debounceMs = debounceMs;
  }

  /** This version's decorations were applied, after `ms` of work (`cpuMs` by the CPU clock); only the first editor's count. */
  decorated(uri: string, version: number, ms: number, cpuMs?: number): void {
    const record = this.records.get(`${uri}#${version}`);
    if (!record || record.decoratedAt !== undefined) return;
    record.decorationMs = ms;
    record.decorationCpuMs = cpuMs;
    record.decoratedAt = now();
  }

  /** The warm-up ended (finished or stopped). */
  warmedUp(record: WarmUpRecord): void {
    this.warmUpRecord = { ...record, endedAt: now() };
  }

  snapshot(): EditorStats {
    return { coreLoad: this.coreLoad ? { ...this.coreLoad } : undefined, activationMs: this.activation?.ms, activatedAt: this.activation?.at, activationCpuMs: this.activation?.cpuMs, activationSteps: this.activation?.steps ?? [], settingsReadAt: this.settingsFirstRead, versions: [...this.records.values()].map((r) => ({ ...r })), warmUp: this.warmUpRecord ? { ...this.warmUpRecord } : undefined };
  }
}
