import * as vscode from 'vscode';
import type { AnalysisResult, AnalyzeOptions, Analyzer, Entity, UserEntry } from '../engine';
import { checkSize, type MentionRef, type Skip } from './lookup';
import { isShown, type Settings, type ShownType, SHOWN_TYPES } from './config';
import type { ArticleSelector } from './articles';
import { Timings, cpuNow, now } from './timings';
import { WARM_UP, warmUp, type WarmUp } from './warmUp';

/**
 * An article at least this long starts the session's JIT warm-up (see warmUp.ts) after its first
 * analysis: below it an edit costs little even before V8 has optimised the engine (a 16 KB
 * article about 2 ms).
 */
export const WARM_UP_MIN_CHARS = 16_000;

/**
 * The engine's recognisers, word lists and knowledge bases, loaded on the first analysis rather
 * than with the extension. esbuild bundles a `require` of an ES module as a lazy initialiser, so
 * this code still ships inside dist/extension.js, but its module-level work (parsing the
 * knowledge base, building the country and word tables) no longer counts as VS Code's "Load Code"
 * of the extension: it runs with the first article's analysis, just after activation.
 */
function loadEngine(): typeof import('../engine/analyze') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../engine/analyze') as typeof import('../engine/analyze');
}

export { mentionAt, type MentionRef, type Skip } from './lookup';

/** The analysis of one version of one document, plus the views the editor features need. */
export interface DocumentAnalysis {
  readonly uri: string;
  readonly version: number;
  /** The engine's result as it returned it (all types). */
  readonly result: AnalysisResult;
  readonly skipped: Skip | undefined;
  /** Entities of the types the user enabled, in the engine's order. */
  entities: readonly Entity[];
  byType: Readonly<Record<ShownType, readonly Entity[]>>;
  byId: ReadonlyMap<string, Entity>;
  /** Every shown mention, sorted by start offset, for binary search at a position. */
  sorted: readonly MentionRef[];
}

const EMPTY: AnalysisResult = { entities: [], relations: [] };

/**
 * Owns the engine and the one analysis cache, keyed by document URI and version. Hovers, symbols,
 * the tree and decorations all read it, so a version is analysed at most once however many
 * features ask. Typing schedules a debounced re-analysis; opening or switching editors asks at once.
 */
export class AnalysisService implements vscode.Disposable {
  /**
   * Created on first use, not at activation: compiling the knowledge bases takes tens of
   * milliseconds, and activation should not hold up the extension host for an engine that may
   * not be needed yet (the first article or the workspace index's first scan builds it).
   */
  private analyzer: Analyzer | undefined;
  private analyzerOptions: AnalyzeOptions = {};
  private readonly cache = new Map<string, DocumentAnalysis>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly notifiedSkips = new Set<string>();
  /** How long the last analysis of each document took, to stretch the debounce for big ones. */
  private readonly durations = new Map<string, number>();
  private userEntriesKey = '[]';
  private userEntries = 0;
  private runs = 0;
  private busy = 0;
  private idleWaiters: Array<() => void> = [];
  /** The session's warm-up, once started (it runs at most once per extension host). */
  private warming: WarmUp | undefined;
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument | undefined>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Clock readings for the editor benchmark; recording them changes nothing. */
  readonly timings = new Timings();

  /** Fires with a document whose analysis changed, or with undefined when every analysis did. */
  readonly onDidChange = this.changed.event;

  /** The settings in use; read on first use (activation reads no configuration). */
  private current: Settings | undefined;

  constructor(
    private readonly initialSettings: () => Settings,
    private readonly articles: ArticleSelector,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.schedule(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri.toString())),
    );
  }

  private get settings(): Settings {
    return (this.current ??= this.initialSettings());
  }

  /** Returns the analysis of the document's current version, computing it if needed. */
  get(document: vscode.TextDocument): DocumentAnalysis | undefined {
    if (!this.articles.isArticle(document)) return undefined;
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version) return cached;
    const analysis = this.compute(document);
    this.cache.set(key, analysis);
    if (analysis.skipped) this.notifySkip(document, analysis.skipped);
    return analysis;
  }

  /**
   * The analysis of the document's current version if it is already cached, without running the
   * engine. For requests that follow every cursor move while typing (highlights), which should
   * wait for the debounced analysis rather than force one per keystroke.
   */
  peek(document: vscode.TextDocument): DocumentAnalysis | undefined {
    const cached = this.cache.get(document.uri.toString());
    return cached && cached.version === document.version ? cached : undefined;
  }

  /** True while a debounced analysis of the document is scheduled. */
  isPending(document: vscode.TextDocument): boolean {
    return this.timers.has(document.uri.toString());
  }

  /**
   * Applies new settings. Type switches re-filter the cached results without running the engine;
   * `reanalyse` (new size limit or globs) drops them, since which documents count has changed.
   */
  updateSettings(settings: Settings, reanalyse: boolean): void {
    this.current = settings;
    if (reanalyse) this.cache.clear();
    else for (const [key, a] of this.cache) this.cache.set(key, withView(a, settings));
    this.changed.fire(undefined);
  }

  /** How many times the engine has run, for tests that prove requests are served from the cache. */
  get engineRuns(): number {
    return this.runs;
  }

  /** How many user knowledge-base entries the engine was built with. */
  get userEntryCount(): number {
    return this.userEntries;
  }

  /** The current engine, so the workspace index analyses closed files with the same knowledge base. */
  get engine(): Analyzer {
    this.analyzer ??= loadEngine().createAnalyzer(this.analyzerOptions);
    return this.analyzer;
  }

  /** Replaces the engine (a new user knowledge base); every cached result becomes stale. */
  setUserEntries(entries: readonly UserEntry[]): void {
    // Reloads usually find the same file; only a real change is worth re-analysing everything.
    const key = JSON.stringify(entries);
    if (key === this.userEntriesKey) return;
    this.userEntriesKey = key;
    this.userEntries = entries.length;
    this.analyzerOptions = entries.length > 0 ? { userEntries: entries } : {};
    this.analyzer = undefined;
    this.cache.clear();
    this.changed.fire(undefined);
  }

  /** Resolves when no debounced analysis is pending and no background work is running. */
  whenIdle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Counts background work (such as loading the knowledge base) so `whenIdle` waits for it. */
  async track<T>(work: Promise<T>): Promise<T> {
    this.busy++;
    try {
      return await work;
    } finally {
      this.busy--;
      this.settleIdle();
    }
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (!this.cache.has(key) && !this.articles.isArticle(document)) return;
    const previous = this.timers.get(key);
    if (previous !== undefined) clearTimeout(previous);
    const delay = this.delayFor(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        const started = now();
        try {
          this.timings.debounced(key, () => {
            if (!document.isClosed && this.get(document)) this.changed.fire(document);
          });
        } finally {
          this.timings.updated(key, document.version, now() - started, delay);
          this.settleIdle();
        }
      }, delay),
    );
  }

  /**
   * The debounce is the user's setting, stretched to twice the document's last analysis time
   * (capped at two seconds): typing in an article that takes long to analyse then runs the engine
   * less often instead of blocking the extension host after every pause.
   */
  private delayFor(key: string): number {
    return Math.max(this.settings.debounceMs, Math.min(2000, 2 * (this.durations.get(key) ?? 0)));
  }

  private forget(key: string): void {
    this.cache.delete(key);
    this.durations.delete(key);
    const timer = this.timers.get(key);
    if (timer !== undefined) {
      clearTimeout(timer);
      this.timers.delete(key);
      this.settleIdle();
    }
  }

  private compute(document: vscode.TextDocument): DocumentAnalysis {
    const text = document.getText();
    const skipped = checkSize(text, this.settings.maxFileSizeMB);
    let result = EMPTY;
    const started = now();
    const cpuStarted = cpuNow();
    let engineMs = 0;
    let engineCpu: number | undefined;
    if (!skipped) {
      this.runs++;
      try {
        result = this.engine.analyze(text);
        engineMs = now() - started;
        engineCpu = cpuNow();
        this.durations.set(document.uri.toString(), engineMs);
        if (this.warming === undefined && text.length >= WARM_UP_MIN_CHARS && this.settings.warmUp) this.startWarmUp(text);
      } catch (error) {
        // An engine bug must not take hovers and the tree down with it; the document simply
        // shows no entities and the error goes to the extension host log for a bug report.
        console.error('Analyst Lens: analysis failed', error);
      }
    }
    const analysis = withView({ uri: document.uri.toString(), version: document.version, result, skipped }, this.settings);
    const cpuEnded = cpuNow();
    const cpuSince = (at: number | undefined): number | undefined => (cpuStarted === undefined || at === undefined ? undefined : at - cpuStarted);
    this.timings.analysed(analysis.uri, analysis.version, text.length, engineMs, now() - started, skipped ? 0 : cpuSince(engineCpu), cpuSince(cpuEnded));
    return analysis;
  }

  /**
   * Warms the engine's JIT up on slices of the first long article, in tasks of their own after
   * this one (see warmUp.ts). `whenIdle` waits for it, so the workspace index's first scan and the
   * code cache come after it rather than between its slices.
   */
  private startWarmUp(text: string): void {
    const warming = warmUp((slice) => this.engine.analyze(slice), text, WARM_UP);
    this.warming = warming;
    void this.track(warming.done.then((record) => this.timings.warmedUp(record)));
  }

  private notifySkip(document: vscode.TextDocument, skip: Skip): void {
    const key = `${document.uri.toString()}#${skip.reason}`;
    if (this.notifiedSkips.has(key)) return;
    this.notifiedSkips.add(key);
    void vscode.window.showWarningMessage(`Analyst Lens: ${vscode.workspace.asRelativePath(document.uri)} was not analysed. ${skip.message}`);
  }

  private isIdle(): boolean {
    return this.timers.size === 0 && this.busy === 0;
  }

  private settleIdle(): void {
    if (!this.isIdle()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  dispose(): void {
    this.warming?.stop();
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.settleIdle();
    for (const d of this.disposables) d.dispose();
  }
}

/** Builds the per-type, per-id and sorted views of a result for the enabled types. */
function withView(base: Pick<DocumentAnalysis, 'uri' | 'version' | 'result' | 'skipped'>, settings: Settings): DocumentAnalysis {
  const entities = base.result.entities.filter((e) => isShown(settings, e.type));
  const byType = { official: [] as Entity[], system: [] as Entity[], agreement: [] as Entity[] };
  const byId = new Map<string, Entity>();
  const sorted: MentionRef[] = [];
  for (const entity of entities) {
    byType[entity.type as ShownType].push(entity);
    byId.set(entity.id, entity);
    entity.mentions.forEach((mention, index) => sorted.push({ entity, mention, index }));
  }
  sorted.sort((a, b) => a.mention.start - b.mention.start || a.mention.end - b.mention.end);
  for (const t of SHOWN_TYPES) byType[t].sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  return { uri: base.uri, version: base.version, result: base.result, skipped: base.skipped, entities, byType, byId, sorted };
}
