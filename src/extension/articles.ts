import * as vscode from 'vscode';
import type { Settings } from './config';

export const ARTICLE_LANGUAGE = 'article';

/**
 * Decides which documents are articles: the `article` language, or any document whose path
 * matches one of the `analystLens.files.include` globs. Providers are registered with the same
 * selector, so "is this an article" has one answer everywhere.
 */
export class ArticleSelector {
  private filters: vscode.DocumentFilter[] | undefined;

  /**
   * `settings` is read on first use, not here: activation creates the selector but reads no
   * configuration (see activate in extension.ts).
   */
  constructor(private readonly settings: () => Settings) {}

  private get current(): vscode.DocumentFilter[] {
    if (!this.filters) this.update(this.settings());
    return this.filters as vscode.DocumentFilter[];
  }

  /** Rebuilds the selector; returns true when it changed, so providers know to re-register. */
  update(settings: Settings): boolean {
    const next: vscode.DocumentFilter[] = [{ language: ARTICLE_LANGUAGE }, ...settings.include.map((pattern) => ({ pattern }))];
    const changed = JSON.stringify(next) !== JSON.stringify(this.filters ?? []);
    this.filters = next;
    return changed;
  }

  get selector(): vscode.DocumentSelector {
    return this.current;
  }

  isArticle(document: vscode.TextDocument): boolean {
    return vscode.languages.match(this.current, document) > 0;
  }
}
