import * as vscode from 'vscode';
// The engine's leaf modules, not its index (see loadEngine in analysis.ts).
import type { AnalysisResult, Entity, Mention } from '../engine/types';
import { BYTES_PER_MB, sizeLimitReason } from '../engine/input';
import type { Analyzer } from '../engine';
import { mentionCount } from '../engine/mentionTable';
import type { AnalysisService } from './analysis';
import type { ArticleSelector } from './articles';
import { mentionRange } from './ranges';
import { SECTION, type Settings } from './config';
import { WorkspaceIndexCore, analyseArticleBytes, primaryResult, type WorkspaceEntity } from './indexCore';

/** What the index needs from the rest of the extension. */
export interface WorkspaceIndexDeps {
  readonly analyses: AnalysisService;
  readonly articles: ArticleSelector;
  readonly settings: () => Settings;
  /** The engine the editor uses, so closed files see the same workspace knowledge base. */
  readonly analyzer: () => Analyzer;
}

/** A plain description of a workspace entity, for the extension API and tests. */
export interface WorkspaceEntitySummary {
  readonly key: string;
  readonly type: string;
  readonly name: string;
  readonly articles: ReadonlyArray<{ readonly uri: string; readonly mentions: number }>;
}

const EMPTY: AnalysisResult = { entities: [], relations: [] };
/** Files read ahead while the previous one is analysed; reading is I/O and overlaps well. */
const READ_AHEAD = 8;
/** The longest stretch of analysis before the index gives the extension host back to typing. */
const SLICE_MS = 8;
/** A run shorter than this never shows a progress notification. */
const PROGRESS_AFTER_MS = 1000;
/** Views refresh at most this often while a long run fills the index. */
const CHANGE_THROTTLE_MS = 300;

/**
 * The workspace entity index: every article in the workspace analysed in the background and kept
 * current. Closed files are read with `vscode.workspace.fs` (so the web extension works too) and
 * analysed here; open documents come from the editor's analysis cache, so unsaved text wins and a
 * version is never analysed twice. Work runs in short slices with the event loop free in between,
 * so typing, hovers and decorations never wait for the index.
 */
export class WorkspaceIndex implements vscode.Disposable {
  readonly core = new WorkspaceIndexCore();
  private readonly queue = new Map<string, vscode.Uri>();
  /** URIs that came from the workspace scan, so they need no "is it excluded" check. */
  private readonly scanned = new Set<string>();
  private worker: Promise<void> | undefined;
  private scanning = 0;
  private tokenSource = new vscode.CancellationTokenSource();
  private lastAnalyzer: Analyzer | undefined;
  private watchers: vscode.Disposable[] = [];
  private readyWaiters: Array<() => void> = [];
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private progressTimer: ReturnType<typeof setTimeout> | undefined;
  private progress = { done: 0, total: 0 };
  private disposed = false;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];

  /** Fires, throttled, when articles or workspace entities changed. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly deps: WorkspaceIndexDeps) {
    const { analyses } = deps;
    this.disposables.push(
      // The editor re-analysed an open document (debounced typing, opening it): take its result.
      analyses.onDidChange((document) => {
        if (document) this.enqueue(document.uri);
        else this.onEngineOrSettingsChange();
      }),
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (deps.articles.isArticle(document)) this.enqueue(document.uri);
      }),
      // A closed document falls back to the file on disk: its unsaved text is gone.
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.core.article(document.uri.toString())) this.enqueue(document.uri);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SECTION}.files.include`)) {
          this.watch();
          void this.rescan(false);
        } else if (e.affectsConfiguration('files.exclude')) void this.rescan(false);
        else if (e.affectsConfiguration(`${SECTION}.maxFileSizeMB`)) void this.rescan(true);
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.rescan(false)),
    );
  }

  /**
   * Watches the include globs and starts the first scan once the extension is otherwise idle (the
   * workspace knowledge base loads first), so activation itself never waits for the index and
   * files are not analysed twice.
   */
  start(): void {
    this.watch();
    const idle = Promise.race([this.deps.analyses.whenIdle(), new Promise<void>((resolve) => setTimeout(resolve, 2000))]);
    this.scanning++;
    void idle.then(() => this.rescan(true)).finally(() => {
      this.scanning--;
      this.settleReady();
    });
  }

  /** Resolves when the scan and every queued file are done. */
  whenReady(): Promise<void> {
    if (this.isReady()) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** Analyses every article again from scratch (the palette's refresh, and tests). */
  refresh(): Promise<void> {
    void this.rescan(true);
    return this.whenReady();
  }

  /** Cancels the current run; what is indexed so far stays, later file events still count. */
  cancel(): void {
    this.tokenSource.cancel();
    this.tokenSource.dispose();
    this.tokenSource = new vscode.CancellationTokenSource();
    this.queue.clear();
    this.settleReady();
  }

  /** The workspace entities in a plain form, sorted by type and name. */
  summaries(): WorkspaceEntitySummary[] {
    const out: WorkspaceEntitySummary[] = [];
    for (const entity of this.core.entities()) {
      const articles = [...entity.occurrences].map(([uri, e]) => ({ uri, mentions: mentionCount(e) }));
      out.push({ key: entity.key, type: entity.type, name: entity.name, articles });
    }
    return out.sort((a, b) => a.type.localeCompare(b.type) || a.name.localeCompare(b.name));
  }

  /** The workspace entity that an entity of an open or indexed article belongs to. */
  entityOf(entity: Entity): WorkspaceEntity | undefined {
    return this.core.entityOf(entity);
  }

  /**
   * Finds the articles to index (include globs, `files.exclude` through findFiles' default
   * exclude) and queues them. `reanalyse` queues every one of them; otherwise only the ones not yet
   * indexed are queued, and indexed ones that are no longer found are dropped.
   */
  private async rescan(reanalyse: boolean): Promise<void> {
    this.scanning++;
    try {
      const token = this.tokenSource.token;
      const found = new Map<string, vscode.Uri>();
      for (const glob of this.deps.settings().include) {
        const uris = await vscode.workspace.findFiles(glob, undefined, undefined, token);
        for (const uri of uris) found.set(uri.toString(), uri);
      }
      if (token.isCancellationRequested || this.disposed) return;
      this.lastAnalyzer = this.deps.analyzer();
      this.scanned.clear();
      for (const key of found.keys()) this.scanned.add(key);
      let removed = false;
      for (const article of [...this.core.articles()]) {
        if (!found.has(article.uri) && !this.openDocument(article.uri)?.isDirty) removed = this.core.delete(article.uri) || removed;
      }
      if (removed) this.scheduleChange();
      for (const [key, uri] of found) if (reanalyse || !this.core.article(key)) this.enqueue(uri);
    } catch (error) {
      console.error('Analyst Lens: finding the workspace articles failed', error);
    } finally {
      this.scanning--;
      this.settleReady();
    }
  }

  /** One watcher per include glob: created and changed files are queued, deleted ones leave. */
  private watch(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    for (const glob of this.deps.settings().include) {
      const watcher = vscode.workspace.createFileSystemWatcher(glob);
      this.watchers.push(
        watcher,
        watcher.onDidCreate((uri) => this.enqueue(uri)),
        // An open document is the index's source for its file: the editor reloads it after a change
        // on disk and its analysis arrives through the cache. Reading it here would only analyse a
        // version twice, or force an analysis in the middle of typing when auto-save writes the file.
        watcher.onDidChange((uri) => {
          if (!this.openDocument(uri.toString())) this.enqueue(uri);
        }),
        watcher.onDidDelete((uri) => this.remove(uri)),
      );
    }
  }

  private remove(uri: vscode.Uri): void {
    const key = uri.toString();
    this.queue.delete(key);
    this.scanned.delete(key);
    // A deleted file whose editor holds unsaved text keeps that text in the index; the user can
    // still save it. An unmodified open document is only a view of the file that is gone.
    if (this.openDocument(key)?.isDirty) return;
    if (this.core.delete(key)) this.scheduleChange();
  }

  /** The knowledge base or the settings changed: a new engine means every article again. */
  private onEngineOrSettingsChange(): void {
    if (this.lastAnalyzer && this.deps.analyzer() !== this.lastAnalyzer) void this.rescan(true);
    else this.scheduleChange(); // Type switches only change what the views show.
  }

  private enqueue(uri: vscode.Uri): void {
    if (this.disposed || uri.scheme === 'untitled' || !vscode.workspace.getWorkspaceFolder(uri)) return;
    this.queue.set(uri.toString(), uri);
    this.progress.total++;
    this.ensureWorker();
  }

  private ensureWorker(): void {
    if (this.worker) return;
    this.progress = { done: 0, total: this.queue.size };
    this.progressTimer = setTimeout(() => this.showProgress(), PROGRESS_AFTER_MS);
    this.worker = this.drain().finally(() => {
      this.worker = undefined;
      clearTimeout(this.progressTimer);
      this.fireChange();
      // Files queued while the last batch was finishing start a new run.
      if (this.queue.size > 0) this.ensureWorker();
      else this.settleReady();
    });
  }

  /**
   * Works through the queue: keeps a few reads in flight (a sliding window, so the disk never waits
   * for a batch to finish), analyses one file at a time, and yields to the event loop whenever a
   * slice has run for a few milliseconds.
   */
  private async drain(): Promise<void> {
    let sliceStart = Date.now();
    const inFlight: Array<{ uri: vscode.Uri; read: Promise<FileRead> }> = [];
    for (;;) {
      if (this.disposed || this.tokenSource.token.isCancellationRequested) return;
      // Taking from the front of the insertion-ordered map is O(1); files queued meanwhile join the end.
      for (const [key, uri] of this.queue) {
        if (inFlight.length >= READ_AHEAD) break;
        this.queue.delete(key);
        inFlight.push({ uri, read: this.readIfClosed(uri) });
      }
      const next = inFlight.shift();
      if (!next) return;
      await this.indexOne(next.uri, next.read);
      this.progress.done++;
      if (Date.now() - sliceStart >= SLICE_MS) {
        this.scheduleChange();
        await yieldToEventLoop();
        sliceStart = Date.now();
      }
    }
  }

  /** Starts reading a file that has no open document; open ones are taken from the editor. */
  private async readIfClosed(uri: vscode.Uri): Promise<FileRead> {
    if (this.openDocument(uri.toString())) return { kind: 'open' };
    try {
      const maxBytes = this.deps.settings().maxFileSizeMB * BYTES_PER_MB;
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.type & vscode.FileType.Directory) return { kind: 'gone' };
      // The size is checked before reading, so a huge file is never loaded into memory.
      if (stat.size > maxBytes) return { kind: 'skipped', reason: sizeLimitReason(maxBytes) };
      return { kind: 'bytes', bytes: await vscode.workspace.fs.readFile(uri) };
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return { kind: 'gone' };
      return { kind: 'skipped', reason: `cannot be read: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  private async indexOne(uri: vscode.Uri, pending: Promise<FileRead>): Promise<void> {
    const key = uri.toString();
    const known = this.core.article(key) !== undefined || this.scanned.has(key);
    // A file that only an event reported (created, opened) must pass the same filter as the scan:
    // the include globs and files.exclude.
    if (!known && !(await this.isIncluded(uri))) return;
    const document = this.openDocument(key);
    if (document) {
      const { analyses } = this.deps;
      // While the user types, the debounced analysis is on its way and will be announced through
      // onDidChange; asking for it now would run the engine on every keystroke the index sees.
      if (!analyses.peek(document) && analyses.isPending(document)) return;
      const analysis = analyses.get(document);
      if (analysis) this.core.set(key, primaryResult(analysis.result), analysis.skipped?.message);
      else this.core.delete(key);
      return;
    }
    const read = await pending;
    // The document may have been opened while the file was read; the editor's text wins then.
    if (this.openDocument(key)) return this.indexOne(uri, Promise.resolve({ kind: 'open' }));
    switch (read.kind) {
      case 'open':
        // Opened when the batch started, closed before its turn came: read the file now.
        return this.indexOne(uri, this.readIfClosed(uri));
      case 'gone':
        this.core.delete(key);
        this.scanned.delete(key);
        return;
      case 'skipped':
        this.core.set(key, EMPTY, read.reason);
        return;
      case 'bytes': {
        const maxBytes = this.deps.settings().maxFileSizeMB * BYTES_PER_MB;
        const result = analyseArticleBytes(read.bytes, this.deps.analyzer(), maxBytes);
        this.core.set(key, result.result, result.skipped);
      }
    }
  }

  /** True when a workspace search with the include globs (and files.exclude) finds the file. */
  private async isIncluded(uri: vscode.Uri): Promise<boolean> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    const relative = vscode.workspace.asRelativePath(uri, false);
    // Glob characters in a file name are taken literally by wrapping each in a character class.
    const literal = relative.replace(/[[\]{}*?]/g, (c) => `[${c}]`);
    const matchesInclude = this.deps.settings().include.some((glob) => vscode.languages.match({ pattern: glob }, fakeDocument(uri)) > 0);
    if (!matchesInclude) return false;
    try {
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, literal), undefined, 1);
      return found.length > 0;
    } catch {
      return true;
    }
  }

  private openDocument(key: string): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === key);
  }

  private showProgress(): void {
    if (!this.worker) return;
    void vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Analyst Lens: indexing articles', cancellable: true },
      async (progress, token) => {
        token.onCancellationRequested(() => this.cancel());
        let reported = 0;
        while (this.worker && !token.isCancellationRequested) {
          const { done, total } = this.progress;
          const percent = total > 0 ? (100 * done) / total : 0;
          progress.report({ message: `${done} of ${total} files`, increment: percent - reported });
          reported = percent;
          await Promise.race([this.worker, new Promise((resolve) => setTimeout(resolve, 250))]);
        }
      },
    );
  }

  private scheduleChange(): void {
    if (this.changeTimer !== undefined) return;
    this.changeTimer = setTimeout(() => this.fireChange(), CHANGE_THROTTLE_MS);
  }

  private fireChange(): void {
    if (this.changeTimer !== undefined) clearTimeout(this.changeTimer);
    this.changeTimer = undefined;
    if (!this.disposed) this.changed.fire();
  }

  private isReady(): boolean {
    return this.scanning === 0 && this.queue.size === 0 && !this.worker;
  }

  private settleReady(): void {
    if (!this.isReady() && !this.disposed) return;
    const waiters = this.readyWaiters;
    this.readyWaiters = [];
    for (const resolve of waiters) resolve();
  }

  dispose(): void {
    this.disposed = true;
    this.tokenSource.cancel();
    this.tokenSource.dispose();
    this.queue.clear();
    clearTimeout(this.changeTimer);
    clearTimeout(this.progressTimer);
    for (const w of this.watchers) w.dispose();
    for (const d of this.disposables) d.dispose();
    this.settleReady();
  }
}

/**
 * Lets pending events (keystrokes, hovers) run before the next file. setImmediate, where the host
 * has it (the desktop extension host runs on Node), does not wait the 1 ms minimum of a timer, which
 * over ten thousand files would add ten seconds; the web worker host falls back to a timer.
 */
function yieldToEventLoop(): Promise<void> {
  const immediate = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate;
  return new Promise((resolve) => (immediate ? immediate(resolve) : setTimeout(resolve, 0)));
}

type FileRead = { kind: 'open' } | { kind: 'gone' } | { kind: 'skipped'; reason: string } | { kind: 'bytes'; bytes: Uint8Array };

/** `languages.match` needs a document; for a glob only the URI matters. */
function fakeDocument(uri: vscode.Uri): vscode.TextDocument {
  return { uri, languageId: '', fileName: uri.fsPath } as unknown as vscode.TextDocument;
}

/**
 * The location of a mention in an indexed article, from the engine's 1-based line and column (see
 * rangeOfMention): closed files have no TextDocument, and lines also survive the line-ending
 * normalisation VS Code applies to files with mixed endings, where offsets do not.
 */
export function locationOf(uri: string, mention: Mention): vscode.Location {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  return new vscode.Location(document?.uri ?? vscode.Uri.parse(uri), mentionRange(mention));
}
