import * as vscode from 'vscode';
import type { AnalysisService, DocumentAnalysis } from './analysis';

export type ExportFormat = 'json' | 'csv';

/** Arguments that let tests and keybindings skip the pickers: `{ format, target }`. */
interface ExportArgs {
  format?: ExportFormat;
  target?: vscode.Uri | string;
}

/**
 * Where an export goes: the target a command caller passed (a Uri, or a string from a command
 * link or test), otherwise the file the user picks in a save dialog.
 */
export async function exportTarget(given: vscode.Uri | string | undefined, dialog: vscode.SaveDialogOptions): Promise<vscode.Uri | undefined> {
  if (typeof given === 'string') return vscode.Uri.parse(given);
  return given ?? (await vscode.window.showSaveDialog(dialog));
}

/**
 * Exports the active article's entities and mentions to JSON or CSV. The file is written with
 * `vscode.workspace.fs`, so it works in virtual and web workspaces; the article is never touched.
 */
export async function exportArticle(analyses: AnalysisService, args?: ExportArgs): Promise<vscode.Uri | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  const analysis = document && analyses.get(document);
  if (!document || !analysis) {
    void vscode.window.showWarningMessage('Analyst Lens: open an article to export its entities.');
    return undefined;
  }
  const format = args?.format ?? (await pickFormat());
  if (!format) return undefined;
  const target = await exportTarget(args?.target, {
    title: 'Analyst Lens: export entities',
    defaultUri: defaultTarget(document.uri, format),
    filters: format === 'json' ? { JSON: ['json'] } : { CSV: ['csv'] },
  });
  if (!target) return undefined;
  const content = format === 'json' ? toJson(document, analysis) : toCsv(analysis);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
  if (!args?.target) void vscode.window.showInformationMessage(`Analyst Lens: exported ${analysis.entities.length} entities to ${vscode.workspace.asRelativePath(target)}.`);
  return target;
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'JSON', description: 'entities with attributes, mentions and relations', format: 'json' as const },
      { label: 'CSV', description: 'one row per mention', format: 'csv' as const },
    ],
    { title: 'Analyst Lens: export format' },
  );
  return picked?.format;
}

function defaultTarget(uri: vscode.Uri, format: ExportFormat): vscode.Uri | undefined {
  if (uri.scheme === 'untitled') return undefined;
  return uri.with({ path: `${uri.path.replace(/\.[^./]*$/, '')}.entities.${format}` });
}

/** The JSON export: the engine's own shape for the enabled types, plus the source document. */
export function toJson(document: vscode.TextDocument, analysis: DocumentAnalysis): string {
  const shown = new Set(analysis.entities.map((e) => e.id));
  const relations = analysis.result.relations.filter((r) => shown.has(r.source) || shown.has(r.target));
  return `${JSON.stringify({ source: document.uri.toString(), version: analysis.version, entities: analysis.entities, relations }, null, 2)}\n`;
}

const CSV_COLUMNS = ['entity_id', 'type', 'name', 'mention', 'start', 'end', 'line', 'column', 'nominal', 'attributes'] as const;

/** The CSV export: one row per mention, attributes as a JSON cell. */
export function toCsv(analysis: DocumentAnalysis): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const e of analysis.entities) {
    for (const m of e.mentions) {
      rows.push([e.id, e.type, e.name, m.text, m.start, m.end, m.line, m.column, m.nominal, JSON.stringify(e.attributes)].map(csvCell).join(','));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}

/**
 * Quotes a CSV cell. Article text is untrusted, so a cell that a spreadsheet would read as a
 * formula (starting with =, +, -, @, tab or carriage return) is prefixed with an apostrophe.
 */
export function csvCell(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}
