import * as vscode from 'vscode';
import type { AnalysisResult } from '../engine';
import { AnalysisService, mentionAt } from './analysis';
import { ArticleSelector } from './articles';
import { Commands } from './commands';
import { SECTION, SHOWN_TYPES, readSettings, type Settings } from './config';
import { Decorations } from './decorations';
import { exportArticle } from './exporter';
import { HoverCards } from './hover';
import { UserKnowledgeBase } from './knowledgeBase';
import { MentionHighlights, MentionReferences, registerNavigationCommands } from './navigation';
import { StatusBar } from './statusBar';
import { EntitySymbols } from './symbols';
import { cpuNow, now, type CoreLoad, type EditorStats } from './timings';
import { EntityTree, type TreeSnapshot, pickTreeFilter } from './tree';
import { activateWorkspace, type WorkspaceIndexApi } from './workspaceFeatures';

/** What `activate` returns, for tests and for other extensions. */
export interface AnalystLensApi {
  /** The engine's result for the document's current version, or undefined if it is not an article. */
  getAnalysis(document: vscode.TextDocument): AnalysisResult | undefined;
  /** Why the document was not analysed (size limit, binary), or undefined when it was. */
  getSkipReason(document: vscode.TextDocument): string | undefined;
  /** True when the document is treated as an article (language or file globs). */
  isArticle(document: vscode.TextDocument): boolean;
  /** How many entries of the workspace knowledge base (.vscode/analyst-lens.json) are in use. */
  getUserEntryCount(): number;
  /** How many times the engine has run since activation (each document version at most once). */
  getEngineRuns(): number;
  /** What the entity tree shows and has selected. */
  getTree(): TreeSnapshot;
  /** Resolves when no debounced analysis or knowledge-base load is pending. */
  whenIdle(): Promise<void>;
  /** The workspace entity index over all articles (symbols, references, workspace tree, export). */
  workspaceIndex: WorkspaceIndexApi;
  /** Activation time and per-version analysis and decoration timings, for the editor benchmark. */
  getStats(): EditorStats;
}

/** Everything the extension owns, created once in `activate`. */
interface Services {
  settings: Settings;
  readonly articles: ArticleSelector;
  readonly analyses: AnalysisService;
  readonly tree: EntityTree;
}

/**
 * Activates the extension. In the Node extension host VS Code calls the launcher's `activate`
 * (dist/extension.js), which loads this module from dist/extension-core.js and passes how that
 * went (`coreLoad`); the web build calls this one directly.
 */
export function activate(context: vscode.ExtensionContext, coreLoad?: CoreLoad): AnalystLensApi {
  const started = now();
  const cpuAtStart = cpuNow();
  // Where the time goes, for the editor benchmark (bench/results/editor.md): one clock reading per step.
  const steps: Array<[string, number]> = [];
  let stepStart = started;
  const step = (name: string): void => {
    const t = now();
    steps.push([name, t - stepStart]);
    stepStart = t;
  };
  // The settings are read on first use, which is the first analysis just after activation (or an
  // API call before it). The first `getConfiguration` of an extension host merges the whole
  // configuration of every extension, which took 3-51 ms of activate() in the editor benchmark
  // when this extension happened to be the first to ask; everything activation registers works
  // without the settings until then.
  let settings: Settings | undefined;
  const currentSettings = (): Settings => {
    if (!settings) {
      analyses.timings.settingsRead();
      settings = readSettings();
    }
    return settings;
  };
  const articles = new ArticleSelector(currentSettings);
  const analyses = new AnalysisService(currentSettings, articles);
  step('article selector and analysis service');
  const tree = new EntityTree(analyses, articles);
  const services: Services = {
    get settings() {
      return currentSettings();
    },
    set settings(value: Settings) {
      settings = value;
    },
    articles,
    analyses,
    tree,
  };
  step('entity tree view');
  const statusBar = new StatusBar(analyses, articles, () => services.settings);
  // Registered just after activation, with the selector the settings give (see above).
  const providers = new LanguageProviders(services);
  step('status bar');
  // Its watcher and first read start with the task after activation (see UserKnowledgeBase.start).
  const knowledgeBase = new UserKnowledgeBase(analyses);
  step('knowledge-base object');
  const decorations = new Decorations(analyses);
  step('decoration types');

  context.subscriptions.push(
    analyses,
    tree,
    statusBar,
    providers,
    decorations,
    knowledgeBase,
    vscode.commands.registerCommand(Commands.reloadKnowledgeBase, async (quiet?: unknown) => {
      await knowledgeBase.reload();
      if (quiet !== true) void vscode.window.showInformationMessage(`Analyst Lens: ${analyses.userEntryCount} entries in use from the workspace knowledge base.`);
    }),
    ...registerNavigationCommands(analyses),
    vscode.commands.registerCommand(Commands.revealInTree, (uri?: unknown, entityId?: unknown) => revealInTree(services, uri, entityId)),
    vscode.commands.registerCommand(Commands.filterTree, (types?: unknown) => pickTreeFilter(tree, types)),
    vscode.commands.registerCommand(Commands.exportArticle, (args?: Parameters<typeof exportArticle>[1]) => exportArticle(analyses, args)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      const before = services.settings;
      const after = readSettings();
      services.settings = after;
      const selectorChanged = articles.update(after);
      // A new size limit or new globs change which documents are analysed at all; type switches
      // only change which cached entities are shown.
      const reanalyse = selectorChanged || before.maxFileSizeMB !== after.maxFileSizeMB;
      analyses.updateSettings(after, reanalyse);
      // VS Code caches document symbols per document version; registering the providers again
      // is how the Outline learns that the same version now has different symbols.
      if (reanalyse || SHOWN_TYPES.some((t) => before.types[t] !== after.types[t])) providers.register();
    }),
  );
  // After the configuration listener above, so the index sees the new settings when they change;
  // the first scan runs in the background and activation does not wait for it.
  step('commands and configuration listener');
  const workspace = activateWorkspace(context, { analyses, articles, settings: () => services.settings, analyzer: () => analyses.engine });
  step('workspace index, tree and commands');
  // The articles already open are analysed and shown just after activation, not inside it: the
  // first analysis also builds the engine and runs it cold, hundreds of milliseconds on a slow
  // machine, and VS Code counts all of `activate` as activation while the extension host waits.
  // `whenIdle` (and so the workspace index's first scan) waits for it.
  // The language providers (and the workspace index's) are registered there too, as they need the
  // article selector and so the settings; VS Code asks registered providers again when new ones
  // arrive, so an Outline already open fills in.
  afterActivation(context, analyses, () => {
    // First, so that the workspace knowledge base is being read while the articles are analysed.
    knowledgeBase.start();
    providers.register();
    workspace.start();
    tree.showActiveEditor();
    statusBar.update();
    decorations.refresh(undefined);
  });

  step('first analysis scheduled');
  analyses.timings.activated(now() - started, cpuAtStart, steps);
  analyses.timings.coreLoad = coreLoad;
  return {
    getAnalysis: (document) => analyses.get(document)?.result,
    getSkipReason: (document) => analyses.get(document)?.skipped?.message,
    isArticle: (document) => articles.isArticle(document),
    getTree: () => tree.snapshot(),
    getUserEntryCount: () => analyses.userEntryCount,
    getEngineRuns: () => analyses.engineRuns,
    whenIdle: () => analyses.whenIdle(),
    workspaceIndex: workspace.api,
    getStats: () => analyses.timings.snapshot(),
  };
}

/** Runs `work` in a task of its own right after `activate` returns; `whenIdle` counts it as pending. */
function afterActivation(context: vscode.ExtensionContext, analyses: AnalysisService, work: () => void): void {
  void analyses.track(
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        try {
          work();
        } finally {
          resolve();
        }
      }, 0);
      // Deactivated before the task ran: nothing is left to show.
      context.subscriptions.push({ dispose: () => (clearTimeout(timer), resolve()) });
    }),
  );
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

/**
 * Registers the language features for the current article selector, and again when the file
 * globs change (a selector cannot be edited in place).
 */
class LanguageProviders implements vscode.Disposable {
  private registrations: vscode.Disposable[] = [];

  constructor(private readonly services: Services) {}

  register(): void {
    this.disposeRegistrations();
    const { analyses, articles } = this.services;
    const selector = articles.selector;
    this.registrations = [
      vscode.languages.registerHoverProvider(selector, new HoverCards(analyses, () => this.services.settings.hoverEnabled)),
      vscode.languages.registerDocumentSymbolProvider(selector, new EntitySymbols(analyses), { label: 'Analyst Lens' }),
      vscode.languages.registerDocumentHighlightProvider(selector, new MentionHighlights(analyses)),
      vscode.languages.registerReferenceProvider(selector, new MentionReferences(analyses)),
    ];
  }

  private disposeRegistrations(): void {
    for (const r of this.registrations) r.dispose();
    this.registrations = [];
  }

  dispose(): void {
    this.disposeRegistrations();
  }
}

async function revealInTree(services: Services, uriArg: unknown, entityArg: unknown): Promise<void> {
  let uri = typeof uriArg === 'string' ? uriArg : undefined;
  let entityId = typeof entityArg === 'string' ? entityArg : undefined;
  if (!uri || !entityId) {
    // From the palette: the entity under the cursor of the active editor.
    const editor = vscode.window.activeTextEditor;
    const analysis = editor && services.analyses.get(editor.document);
    const ref = analysis && mentionAt(analysis.sorted, editor.document.offsetAt(editor.selection.active));
    if (!editor || !ref) {
      await vscode.commands.executeCommand(Commands.focusTree);
      return;
    }
    uri = editor.document.uri.toString();
    entityId = ref.entity.id;
  }
  await services.tree.revealEntity(uri, entityId);
}
