import * as vscode from 'vscode';
import type { Analyzer, EntityType } from '../engine';
import { csvFormatter } from '../cli/formats/csv';
import { jsonFormatter } from '../cli/formats/json';
import { jsonlFormatter } from '../cli/formats/jsonl';
import type { Formatter } from '../cli/formats/formatter';
import { toDocument } from '../cli/document';
import { type AnalysisService, mentionAt } from './analysis';
import { exportTarget } from './exporter';
import type { ArticleSelector } from './articles';
import { SECTION, SHOWN_TYPES, type Settings, type ShownType } from './config';
import { WorkspaceIndex, locationOf, type WorkspaceEntitySummary } from './workspaceIndex';
import { WORKSPACE_VIEW_ID, WorkspaceEntityTree, type WorkspaceTreeSnapshot } from './workspaceTree';

/** Command ids of the workspace features, kept beside their handlers. */
export const WorkspaceCommands = {
  exportWorkspace: 'analystLens.exportWorkspace',
  showAllArticles: 'analystLens.showAllArticles',
  showThisArticle: 'analystLens.showThisArticle',
  refreshWorkspaceIndex: 'analystLens.refreshWorkspaceIndex',
} as const;

/**
 * Symbol kinds of workspace entities. They are the kinds the Outline already uses for the same
 * entities (officials as objects, systems as structs, agreements as interfaces), so an entity has
 * one icon in the Outline, in breadcrumbs and in Go to Symbol in Workspace.
 */
const ENTITY_KINDS: Record<ShownType, vscode.SymbolKind> = {
  official: vscode.SymbolKind.Object,
  system: vscode.SymbolKind.Struct,
  agreement: vscode.SymbolKind.Interface,
};

/** Go to Symbol in Workspace returns no more than this many entities for one query. */
const SYMBOL_LIMIT = 2000;

/** What the workspace features need from the extension. */
export interface WorkspaceFeatureDeps {
  readonly index: WorkspaceIndex;
  readonly analyses: AnalysisService;
  readonly articles: ArticleSelector;
  readonly settings: () => Settings;
}

/** True when the user's type switches show this type (countries never reach the index). */
function shown(settings: Settings, type: EntityType): type is ShownType {
  return type !== 'country' && settings.types[type];
}

/**
 * Ctrl+T: one symbol per (entity, article), at the entity's first mention in that article, with the
 * article's workspace-relative path as the container, so "Shoigu" lists every article about him.
 */
export class WorkspaceEntitySymbols implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly deps: WorkspaceFeatureDeps) {}

  provideWorkspaceSymbols(query: string, token: vscode.CancellationToken): vscode.SymbolInformation[] {
    const settings = this.deps.settings();
    const symbols: vscode.SymbolInformation[] = [];
    for (const entity of this.deps.index.core.search(query, SYMBOL_LIMIT)) {
      if (token.isCancellationRequested) break;
      if (!shown(settings, entity.type)) continue;
      for (const [uri, occurrence] of entity.occurrences) {
        const first = occurrence.mentions[0];
        if (!first) continue;
        const location = locationOf(uri, first);
        symbols.push(new vscode.SymbolInformation(entity.name, ENTITY_KINDS[entity.type], vscode.workspace.asRelativePath(location.uri), location));
      }
    }
    return symbols;
  }
}

/**
 * Find All References across articles: at a mention, the mentions of the same workspace entity in
 * every other indexed article. The editor's own provider answers for the current document; VS Code
 * merges both answers, so this one leaves the current document out instead of listing it twice.
 */
export class WorkspaceReferences implements vscode.ReferenceProvider {
  constructor(private readonly deps: WorkspaceFeatureDeps) {}

  provideReferences(document: vscode.TextDocument, position: vscode.Position): vscode.Location[] | undefined {
    const analysis = this.deps.analyses.get(document);
    const ref = analysis && mentionAt(analysis.sorted, document.offsetAt(position));
    const entity = ref && this.deps.index.entityOf(ref.entity);
    if (!entity) return undefined;
    const here = document.uri.toString();
    const locations: vscode.Location[] = [];
    for (const [uri, occurrence] of entity.occurrences) {
      if (uri === here) continue;
      for (const mention of occurrence.mentions) locations.push(locationOf(uri, mention));
    }
    return locations;
  }
}

export type WorkspaceExportFormat = 'json' | 'jsonl' | 'csv';

/** Arguments that let tests and keybindings skip the pickers: `{ format, target }`. */
export interface WorkspaceExportArgs {
  format?: WorkspaceExportFormat;
  target?: vscode.Uri | string;
}

/**
 * Exports every indexed article (entities of the shown types, their mentions and relations) in the
 * command line's formats: a JSON array of document objects, one document per JSONL line, or one CSV
 * row per mention. The CLI's own formatters write it, so a file exported here and the output of
 * `analyst-lens DIR` have the same shape; `file` is the workspace-relative path.
 */
export async function exportWorkspace(deps: WorkspaceFeatureDeps, args?: WorkspaceExportArgs): Promise<vscode.Uri | undefined> {
  const format = args?.format ?? (await pickFormat());
  if (!format) return undefined;
  const folder = vscode.workspace.workspaceFolders?.[0];
  const target = await exportTarget(args?.target, {
    title: 'Analyst Lens: export workspace entities',
    ...(folder ? { defaultUri: vscode.Uri.joinPath(folder.uri, `workspace-entities.${format}`) } : {}),
    filters: format === 'csv' ? { CSV: ['csv'] } : format === 'jsonl' ? { 'JSON Lines': ['jsonl'] } : { JSON: ['json'] },
  });
  if (!target) return undefined;
  // Waiting for the index means an export started during the first scan is complete, not partial.
  await deps.index.whenReady();
  const settings = deps.settings();
  const types = SHOWN_TYPES.filter((t) => settings.types[t]);
  const formatter: Formatter = format === 'csv' ? csvFormatter() : format === 'jsonl' ? jsonlFormatter() : jsonFormatter({ color: false, multiple: true });
  const articles = [...deps.index.core.articles()]
    .filter((a) => a.skipped === undefined)
    .map((a) => ({ file: vscode.workspace.asRelativePath(vscode.Uri.parse(a.uri)), result: a.result }))
    .sort((a, b) => a.file.localeCompare(b.file));
  const parts = [formatter.begin()];
  let entities = 0;
  for (const article of articles) {
    const doc = toDocument({ file: article.file }, article.result, types);
    entities += doc.entities.length;
    // The text is only used by the CLI's text format, which is not offered here.
    parts.push(formatter.document(doc, ''));
  }
  parts.push(formatter.end());
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(parts.join('')));
  if (!args?.target) {
    void vscode.window.showInformationMessage(`Analyst Lens: exported ${entities} entities from ${articles.length} articles to ${vscode.workspace.asRelativePath(target)}.`);
  }
  return target;
}

async function pickFormat(): Promise<WorkspaceExportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'JSON', description: 'an array of articles with entities, mentions and relations', format: 'json' as const },
      { label: 'JSONL', description: 'one article per line, for streaming tools', format: 'jsonl' as const },
      { label: 'CSV', description: 'one row per mention, with the file name', format: 'csv' as const },
    ],
    { title: 'Analyst Lens: export format for all articles' },
  );
  return picked?.format;
}

/**
 * Registers Go to Symbol in Workspace and the cross-article references provider. The references
 * provider uses the article selector, so it registers again when the file globs change.
 */
export class WorkspaceProviders implements vscode.Disposable {
  private references: vscode.Disposable | undefined;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly deps: WorkspaceFeatureDeps) {
    this.disposables = [
      vscode.languages.registerWorkspaceSymbolProvider(new WorkspaceEntitySymbols(deps)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SECTION}.files.include`)) this.registerReferences();
      }),
    ];
    this.registerReferences();
  }

  private registerReferences(): void {
    this.references?.dispose();
    this.references = vscode.languages.registerReferenceProvider(this.deps.articles.selector, new WorkspaceReferences(this.deps));
  }

  dispose(): void {
    this.references?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** The workspace index as the extension API exposes it, for tests and other extensions. */
export interface WorkspaceIndexApi {
  /** Resolves when the scan and every queued file are indexed. */
  whenReady(): Promise<void>;
  /** Every workspace entity with the articles that mention it. */
  entities(): WorkspaceEntitySummary[];
  /** Analyses every article again; resolves when done. */
  refresh(): Promise<void>;
  /** What the workspace entity tree shows. */
  tree(): WorkspaceTreeSnapshot;
}

/**
 * Creates the index, the workspace tree and the commands; `start` then registers the providers
 * and starts the file watchers and the first scan in the background. Everything is disposed with
 * the extension.
 */
export function activateWorkspace(
  context: vscode.ExtensionContext,
  deps: Omit<WorkspaceFeatureDeps, 'index'> & { readonly analyzer: () => Analyzer },
): { api: WorkspaceIndexApi; start(): void } {
  const index = new WorkspaceIndex(deps);
  const features: WorkspaceFeatureDeps = { ...deps, index };
  const tree = new WorkspaceEntityTree(index, deps.settings, context.workspaceState);
  context.subscriptions.push(
    index,
    tree,
    vscode.commands.registerCommand(WorkspaceCommands.exportWorkspace, (args?: WorkspaceExportArgs) => exportWorkspace(features, args)),
    vscode.commands.registerCommand(WorkspaceCommands.showAllArticles, async () => {
      await tree.setScope('workspace');
      await vscode.commands.executeCommand(`${WORKSPACE_VIEW_ID}.focus`);
    }),
    vscode.commands.registerCommand(WorkspaceCommands.showThisArticle, () => tree.setScope('article')),
    vscode.commands.registerCommand(WorkspaceCommands.refreshWorkspaceIndex, () => index.refresh()),
  );
  return {
    api: {
      whenReady: () => index.whenReady(),
      entities: () => index.summaries(),
      refresh: () => index.refresh(),
      tree: () => tree.snapshot(),
    },
    // Just after activation (see activate): the providers and the file watchers need the settings.
    start: () => {
      context.subscriptions.push(new WorkspaceProviders(features));
      index.start();
    },
  };
}
