import * as vscode from 'vscode';
import type { Entity, Mention } from '../engine';
import { type AnalysisService, type DocumentAnalysis, mentionAt } from './analysis';
import type { ArticleSelector } from './articles';
import { Commands, ContextKeys, VIEW_ID } from './commands';
import { SHOWN_TYPES, type ShownType } from './config';
import { TYPE_LABELS, entityDetail } from './describe';
import { snippetAround } from './markdown';
import { mentionRange } from './ranges';

type Node =
  | { readonly kind: 'group'; readonly id: string; readonly type: ShownType; readonly count: number }
  | { readonly kind: 'entity'; readonly id: string; readonly entity: Entity; readonly parent: Node }
  | { readonly kind: 'mention'; readonly id: string; readonly entity: Entity; readonly mention: Mention; readonly parent: Node };

/** A plain description of the tree's content, exposed through the extension API. */
export interface TreeSnapshot {
  readonly document: string | undefined;
  readonly groups: ReadonlyArray<{ readonly label: string; readonly count: number; readonly entities: readonly string[] }>;
  readonly selection: readonly string[];
}

const ICONS: Record<ShownType, string> = { official: 'person', system: 'rocket', agreement: 'law' };

/**
 * The entity tree in the Explorer: type groups with counts, entities, mentions. It shows the
 * active article (keeping the last one while focus is in a panel), selects a mention on click,
 * and follows the cursor to the entity under it.
 */
export class EntityTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private document: vscode.TextDocument | undefined;
  private analysis: DocumentAnalysis | undefined;
  private nodes = new Map<string, Node>();
  private roots: Node[] = [];
  private filter = new Set<ShownType>(SHOWN_TYPES);
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<Node>;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(
    private readonly analyses: AnalysisService,
    private readonly articles: ArticleSelector,
  ) {
    this.view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        // Only the user's own cursor moves count; a tree click also moves the selection, and
        // following that would pull the tree's selection away from the clicked mention.
        const byUser = e.kind === vscode.TextEditorSelectionChangeKind.Keyboard || e.kind === vscode.TextEditorSelectionChangeKind.Mouse;
        if (byUser && e.textEditor.document === this.document) void this.revealAtCursor(e.textEditor);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d === this.document) this.show(undefined);
      }),
      analyses.onDidChange((document) => {
        if (!document || document === this.document) this.show(this.document);
      }),
    );
  }

  /** Shows the active editor's article; `activate` calls it once, just after activation. */
  showActiveEditor(): void {
    this.follow(vscode.window.activeTextEditor);
  }

  /** Restricts the tree to some entity types (the filter command). */
  setFilter(types: readonly ShownType[]): void {
    this.filter = new Set(types);
    this.view.description = types.length === SHOWN_TYPES.length ? undefined : `showing ${types.map((t) => TYPE_LABELS[t].many).join(', ')}`;
    this.show(this.document);
  }

  get shownTypes(): readonly ShownType[] {
    return SHOWN_TYPES.filter((t) => this.filter.has(t));
  }

  /** Selects an entity's node, opening the view if needed (the hover's "Reveal in tree" link). */
  async revealEntity(uri: string, entityId: string): Promise<void> {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    if (document && document !== this.document) this.show(document);
    const node = this.nodes.get(`e:${entityId}`);
    if (node) await this.view.reveal(node, { select: true, focus: true, expand: true });
  }

  /** What the tree shows, for tests: the article, groups with their entities, and the selection. */
  snapshot(): TreeSnapshot {
    const groups = this.roots.map((g) => ({
      label: g.kind === 'group' ? TYPE_LABELS[g.type].many : '',
      count: g.kind === 'group' ? g.count : 0,
      entities: this.getChildren(g).map((e) => (e.kind === 'entity' ? e.entity.name : '')),
    }));
    const selection = this.view.selection.map((n) => (n.kind === 'group' ? TYPE_LABELS[n.type].many : n.kind === 'entity' ? n.entity.name : n.mention.text));
    return { document: this.document?.uri.toString(), groups, selection };
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    // With no editor (focus in the tree itself) or the Output panel focused, the last article
    // stays on show: the analyst is still working on it.
    if (!editor || editor.document.uri.scheme === 'output') return;
    this.show(this.articles.isArticle(editor.document) ? editor.document : undefined);
  }

  private show(document: vscode.TextDocument | undefined): void {
    this.document = document;
    this.analysis = document ? this.analyses.get(document) : undefined;
    this.build();
    const state = !document ? 'none' : this.analysis?.skipped ? 'skipped' : this.roots.length ? 'entities' : 'empty';
    void vscode.commands.executeCommand('setContext', ContextKeys.treeState, state);
    this.view.message = this.analysis?.skipped ? `Not analysed: ${this.analysis.skipped.message}` : undefined;
    this.changed.fire(undefined);
  }

  private build(): void {
    this.nodes = new Map();
    this.roots = [];
    const analysis = this.analysis;
    if (!analysis) return;
    for (const type of SHOWN_TYPES) {
      const entities = analysis.byType[type];
      if (!this.filter.has(type) || entities.length === 0) continue;
      const group: Node = { kind: 'group', id: `g:${type}`, type, count: entities.length };
      this.nodes.set(group.id, group);
      this.roots.push(group);
      for (const entity of entities) {
        const node: Node = { kind: 'entity', id: `e:${entity.id}`, entity, parent: group };
        this.nodes.set(node.id, node);
      }
    }
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.roots;
    if (node.kind === 'group') return (this.analysis?.byType[node.type] ?? []).map((e) => this.nodes.get(`e:${e.id}`)!).filter(Boolean);
    if (node.kind === 'entity') {
      return node.entity.mentions.map((mention, i) => {
        const id = `m:${node.entity.id}:${i}`;
        let child = this.nodes.get(id);
        if (!child) {
          child = { kind: 'mention', id, entity: node.entity, mention, parent: node };
          this.nodes.set(id, child);
        }
        return child;
      });
    }
    return [];
  }

  getParent(node: Node): Node | undefined {
    return node.kind === 'group' ? undefined : node.parent;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    // Ids leave out the document version on purpose: while the user types, the refreshed tree
    // keeps the entities they expanded.
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(TYPE_LABELS[node.type].many, vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.id;
      item.description = String(node.count);
      item.iconPath = new vscode.ThemeIcon(ICONS[node.type], new vscode.ThemeColor(`analystLens.${node.type}OverviewRuler`));
      item.contextValue = 'group';
      return item;
    }
    const document = this.document;
    if (node.kind === 'entity') {
      const item = new vscode.TreeItem(node.entity.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = node.id;
      item.description = this.analysis ? entityDetail(node.entity, this.analysis) : undefined;
      item.iconPath = new vscode.ThemeIcon(ICONS[node.entity.type as ShownType]);
      item.contextValue = 'entity';
      item.tooltip = `${TYPE_LABELS[node.entity.type].one}: ${node.entity.name}`;
      const first = node.entity.mentions[0];
      if (document && first) item.command = mentionCommand(document, first);
      return item;
    }
    const item = new vscode.TreeItem(node.mention.text.replace(/\s+/g, ' '), vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.contextValue = 'mention';
    if (document) {
      const range = mentionRange(node.mention);
      const lineText = document.lineAt(range.start.line).text;
      const end = range.end.line === range.start.line ? range.end.character : lineText.length;
      item.description = `line ${range.start.line + 1}: ${snippetAround(lineText, range.start.character, end, 30)}`;
      item.tooltip = item.description;
      item.command = mentionCommand(document, node.mention);
    }
    return item;
  }

  /** Reveals the entity under the cursor, only while the tree is visible (cheap otherwise). */
  private async revealAtCursor(editor: vscode.TextEditor): Promise<void> {
    if (!this.view.visible || !this.analysis || this.analysis.version !== editor.document.version) return;
    const ref = mentionAt(this.analysis.sorted, editor.document.offsetAt(editor.selection.active));
    const node = ref && this.nodes.get(`e:${ref.entity.id}`);
    if (node) await this.view.reveal(node, { select: true, focus: false, expand: false }).then(undefined, () => undefined);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function mentionCommand(document: vscode.TextDocument, mention: Mention): vscode.Command {
  return { command: Commands.revealMention, title: 'Go to Mention', arguments: [document.uri.toString(), mention.start, mention.end] };
}

/** Asks which types the tree shows; a list of types as the argument skips the question. */
export async function pickTreeFilter(tree: EntityTree, types?: unknown): Promise<void> {
  if (Array.isArray(types)) {
    tree.setFilter(SHOWN_TYPES.filter((t) => types.includes(t)));
    return;
  }
  const current = new Set(tree.shownTypes);
  const items = SHOWN_TYPES.map((type) => ({ label: TYPE_LABELS[type].many, type, picked: current.has(type) }));
  const picked = await vscode.window.showQuickPick(items, { canPickMany: true, title: 'Analyst Lens: show in the entity tree' });
  if (picked) tree.setFilter(picked.map((p) => p.type));
}
