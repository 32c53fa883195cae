import * as vscode from 'vscode';
import type { AnalysisService } from './analysis';
import type { ArticleSelector } from './articles';
import { Commands, ContextKeys } from './commands';
import { SHOWN_TYPES, type Settings } from './config';
import { TYPE_LABELS } from './describe';

const ICONS = { official: '$(person)', system: '$(rocket)', agreement: '$(law)' } as const;

/**
 * Entity counts of the active article in the status bar; a click focuses the entity tree. A file
 * skipped for its size or content says so here, so nothing is skipped silently. It also keeps the
 * `analystLens.isArticle` context key current for keybindings and menus.
 */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('analystLens.counts', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(
    private readonly analyses: AnalysisService,
    private readonly articles: ArticleSelector,
    private settings: () => Settings,
  ) {
    this.item.name = 'Analyst Lens';
    this.item.command = Commands.focusTree;
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      analyses.onDidChange((document) => {
        if (!document || document === vscode.window.activeTextEditor?.document) this.update();
      }),
    );
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const isArticle = !!document && this.articles.isArticle(document);
    void vscode.commands.executeCommand('setContext', ContextKeys.isArticle, isArticle);
    const analysis = isArticle ? this.analyses.get(document) : undefined;
    if (!analysis) {
      this.item.hide();
      return;
    }
    if (analysis.skipped) {
      this.item.text = '$(warning) Analyst Lens: not analysed';
      this.item.tooltip = analysis.skipped.message;
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      this.item.show();
      return;
    }
    const enabled = SHOWN_TYPES.filter((t) => this.settings().types[t]);
    this.item.text = enabled.map((t) => `${ICONS[t]} ${analysis.byType[t].length}`).join(' ') || '$(eye-closed) Analyst Lens';
    this.item.tooltip = `Analyst Lens: ${enabled.map((t) => `${analysis.byType[t].length} ${TYPE_LABELS[t].many.toLowerCase()}`).join(', ')}. Click to show the entity tree.`;
    this.item.backgroundColor = undefined;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
