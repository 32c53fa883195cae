import * as vscode from 'vscode';
import type { AnalysisService } from './analysis';
import { SHOWN_TYPES, type ShownType } from './config';
import { TYPE_LABELS, entityDetail } from './describe';
import { mentionRange } from './ranges';

const ENTITY_KINDS: Record<ShownType, vscode.SymbolKind> = {
  official: vscode.SymbolKind.Object,
  system: vscode.SymbolKind.Struct,
  agreement: vscode.SymbolKind.Interface,
};

/**
 * Outline, breadcrumbs and Go to Symbol: Officials / Systems / Agreements, each entity under its
 * group, each mention under its entity. A symbol's range spans its children so breadcrumbs can
 * place the cursor inside it; the selection range is the first mention.
 */
export class EntitySymbols implements vscode.DocumentSymbolProvider {
  constructor(private readonly analyses: AnalysisService) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    const analysis = this.analyses.get(document);
    if (!analysis) return [];
    const groups: vscode.DocumentSymbol[] = [];
    for (const type of SHOWN_TYPES) {
      const entities = analysis.byType[type];
      if (entities.length === 0) continue;
      const children: vscode.DocumentSymbol[] = [];
      for (const entity of entities) {
        const mentions = entity.mentions.map((m) => {
          const range = mentionRange(m);
          const line = range.start.line + 1;
          return new vscode.DocumentSymbol(m.text.replace(/\s+/g, ' ') || entity.name, `line ${line}${m.nominal ? ' · descriptive' : ''}`, vscode.SymbolKind.String, range, range);
        });
        const first = mentions[0];
        if (!first) continue;
        const symbol = new vscode.DocumentSymbol(entity.name, entityDetail(entity, analysis), ENTITY_KINDS[type], span(mentions), first.selectionRange);
        symbol.children = mentions;
        children.push(symbol);
      }
      if (children.length === 0) continue;
      const group = new vscode.DocumentSymbol(TYPE_LABELS[type].many, `${children.length}`, vscode.SymbolKind.Namespace, span(children), children[0]!.selectionRange);
      group.children = children;
      groups.push(group);
    }
    return groups;
  }
}

function span(symbols: readonly vscode.DocumentSymbol[]): vscode.Range {
  let range = symbols[0]!.range;
  for (const s of symbols) range = range.union(s.range);
  return range;
}
