import * as vscode from 'vscode';
import type { Entity, Mention } from '../engine';
import { mentionCount } from '../engine/mentionTable';
import { SHOWN_TYPES, type Settings, type ShownType } from './config';
import { TYPE_LABELS } from './describe';
import type { WorkspaceEntity } from './indexCore';
import { locationOf, type WorkspaceIndex } from './workspaceIndex';

export const WORKSPACE_VIEW_ID = 'analystLens.workspaceEntities';

/**
 * The context key that picks which entity view the Explorer shows: unset or "article" shows the
 * article tree, "workspace" this one. The two views swap places through their `when` clauses, so
 * the user sees one "Entities" view with a toggle in its title bar.
 */
export const TREE_SCOPE_KEY = 'analystLens.treeScope';
export type TreeScope = 'article' | 'workspace';

const SCOPE_STATE = 'analystLens.treeScope';

type Node =
  | { readonly kind: 'group'; readonly id: string; readonly type: ShownType }
  | { readonly kind: 'entity'; readonly id: string; readonly entity: WorkspaceEntity; readonly parent: Node }
  | { readonly kind: 'article'; readonly id: string; readonly uri: string; readonly occurrence: Entity; readonly parent: Node }
  | { readonly kind: 'mention'; readonly id: string; readonly uri: string; readonly mention: Mention; readonly parent: Node };

/** What the workspace tree shows, for tests: groups, entities with article and mention counts. */
export interface WorkspaceTreeSnapshot {
  readonly scope: TreeScope;
  readonly groups: ReadonlyArray<{
    readonly label: string;
    readonly count: number;
    readonly entities: ReadonlyArray<{ readonly name: string; readonly articles: number; readonly mentions: number }>;
  }>;
}

const ICONS: Record<ShownType, string> = { official: 'person', system: 'rocket', agreement: 'law' };

/**
 * The entity tree in workspace mode: type groups, then each workspace entity with the number of
 * articles and mentions, then the articles that mention it, then the mentions. Children are built
 * when a node is expanded, so ten thousand articles cost nothing until the user looks.
 */
export class WorkspaceEntityTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<Node>;
  private scopeValue: TreeScope;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly settings: () => Settings,
    private readonly state: vscode.Memento,
  ) {
    this.view = vscode.window.createTreeView(WORKSPACE_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.scopeValue = state.get<TreeScope>(SCOPE_STATE) === 'workspace' ? 'workspace' : 'article';
    void vscode.commands.executeCommand('setContext', TREE_SCOPE_KEY, this.scopeValue);
    this.disposables.push(
      this.view,
      // A hidden tree is not refreshed; becoming visible shows the current index at once.
      index.onDidChange(() => {
        if (this.view.visible) this.refresh();
      }),
      this.view.onDidChangeVisibility((e) => {
        if (e.visible) this.refresh();
      }),
    );
    this.updateMessage();
  }

  get scope(): TreeScope {
    return this.scopeValue;
  }

  /** Switches between "this article" and "all articles", remembered per workspace. */
  async setScope(scope: TreeScope): Promise<void> {
    this.scopeValue = scope;
    await this.state.update(SCOPE_STATE, scope);
    await vscode.commands.executeCommand('setContext', TREE_SCOPE_KEY, scope);
    this.refresh();
  }

  snapshot(): WorkspaceTreeSnapshot {
    const groups = this.getChildren().map((group) => {
      const entities = this.getChildren(group).map((node) => {
        const entity = node.kind === 'entity' ? node.entity : undefined;
        return { name: entity?.name ?? '', articles: entity?.occurrences.size ?? 0, mentions: entity ? totalMentions(entity) : 0 };
      });
      return { label: group.kind === 'group' ? TYPE_LABELS[group.type].many : '', count: entities.length, entities };
    });
    return { scope: this.scopeValue, groups };
  }

  refresh(): void {
    this.updateMessage();
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      const settings = this.settings();
      const present = new Set<ShownType>();
      for (const entity of this.index.core.entities()) if (entity.type !== 'country') present.add(entity.type);
      return SHOWN_TYPES.filter((t) => settings.types[t] && present.has(t)).map((type) => ({ kind: 'group', id: `wg:${type}`, type }));
    }
    switch (node.kind) {
      case 'group':
        return [...this.index.core.entities()]
          .filter((e) => e.type === node.type)
          .sort((a, b) => b.occurrences.size - a.occurrences.size || a.name.localeCompare(b.name))
          .map((entity) => ({ kind: 'entity', id: `we:${entity.key}`, entity, parent: node }));
      case 'entity':
        return [...node.entity.occurrences]
          .map(([uri, occurrence]) => ({ kind: 'article' as const, id: `wa:${node.entity.key}:${uri}`, uri, occurrence, parent: node }))
          .sort((a, b) => vscode.workspace.asRelativePath(vscode.Uri.parse(a.uri)).localeCompare(vscode.workspace.asRelativePath(vscode.Uri.parse(b.uri))));
      case 'article':
        return node.occurrence.mentions.map((mention, i) => ({ kind: 'mention', id: `${node.id}:${i}`, uri: node.uri, mention, parent: node }));
      case 'mention':
        return [];
    }
  }

  getParent(node: Node): Node | undefined {
    return node.kind === 'group' ? undefined : node.parent;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    // Ids carry no counts, so refreshing while the index fills keeps what the user expanded.
    switch (node.kind) {
      case 'group': {
        const item = new vscode.TreeItem(TYPE_LABELS[node.type].many, vscode.TreeItemCollapsibleState.Expanded);
        item.id = node.id;
        item.description = String(this.getChildren(node).length);
        item.iconPath = new vscode.ThemeIcon(ICONS[node.type], new vscode.ThemeColor(`analystLens.${node.type}OverviewRuler`));
        item.contextValue = 'workspaceGroup';
        return item;
      }
      case 'entity': {
        const articles = node.entity.occurrences.size;
        const mentions = totalMentions(node.entity);
        const item = new vscode.TreeItem(node.entity.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        item.description = `${plural(articles, 'article')} · ${plural(mentions, 'mention')}`;
        item.tooltip = `${TYPE_LABELS[node.entity.type].one}: ${node.entity.name}, ${item.description}`;
        item.iconPath = new vscode.ThemeIcon(ICONS[node.entity.type as ShownType]);
        item.contextValue = 'workspaceEntity';
        return item;
      }
      case 'article': {
        const uri = vscode.Uri.parse(node.uri);
        const relative = vscode.workspace.asRelativePath(uri);
        const item = new vscode.TreeItem(relative.split('/').pop() ?? relative, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        item.resourceUri = uri;
        item.iconPath = vscode.ThemeIcon.File;
        item.description = `${plural(mentionCount(node.occurrence), 'mention')} · ${relative}`;
        item.contextValue = 'workspaceArticle';
        const first = node.occurrence.mentions[0];
        if (first) item.command = openCommand(node.uri, first);
        return item;
      }
      case 'mention': {
        const item = new vscode.TreeItem(node.mention.text.replace(/\s+/g, ' '), vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        item.description = `line ${node.mention.line}${node.mention.nominal ? ' · descriptive' : ''}`;
        item.contextValue = 'workspaceMention';
        item.command = openCommand(node.uri, node.mention);
        return item;
      }
    }
  }

  /** The view's description counts the indexed articles; an empty index shows the welcome content. */
  private updateMessage(): void {
    const articles = this.index.core.articleCount;
    this.view.description = articles > 0 ? plural(articles, 'article') : undefined;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** Mentions of a workspace entity in all its articles, counted without building mention objects. */
function totalMentions(entity: WorkspaceEntity): number {
  let n = 0;
  for (const occurrence of entity.occurrences.values()) n += mentionCount(occurrence);
  return n;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Opens the article with the mention selected; works for files that are not open yet. */
function openCommand(uri: string, mention: Mention): vscode.Command {
  const location = locationOf(uri, mention);
  return { command: 'vscode.open', title: 'Go to Mention', arguments: [location.uri, { selection: location.range, preview: true }] };
}
