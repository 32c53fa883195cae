// Shared helpers for the extension-host suites. Tests wait for conditions with a deadline and
// never sleep for a fixed time.
import * as vscode from 'vscode';
import type { AnalystLensApi } from '../../src/extension/extension';

export const EXTENSION_ID = 'analyst-lens.analyst-lens';

/** Polls `probe` until it returns something truthy, or fails with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | null | Promise<T | undefined | false | null>, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Activates the extension under test and returns its API. */
export async function getApi(): Promise<AnalystLensApi> {
  const extension = vscode.extensions.getExtension<AnalystLensApi>(EXTENSION_ID);
  if (!extension) throw new Error(`Extension ${EXTENSION_ID} is not loaded in this VS Code.`);
  return extension.isActive ? extension.exports : extension.activate();
}

/** Finds a seed article in the opened workspace (the workspace is `seeds/` or the project root). */
export async function seedUri(name: string): Promise<vscode.Uri> {
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    for (const candidate of [vscode.Uri.joinPath(folder.uri, name), vscode.Uri.joinPath(folder.uri, 'seeds', name)]) {
      try {
        await vscode.workspace.fs.stat(candidate);
        return candidate;
      } catch {
        // Not in this folder; try the next place.
      }
    }
  }
  throw new Error(`Seed article ${name} not found in the workspace folders.`);
}

/** Opens a seed article in an editor and waits until the engine has found entities in it. */
export async function openSeed(name: string): Promise<{ editor: vscode.TextEditor; api: AnalystLensApi }> {
  const api = await getApi();
  const document = await vscode.workspace.openTextDocument(await seedUri(name));
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await waitFor(`entities in ${name}`, () => (api.getAnalysis(document)?.entities.length ?? 0) > 0, 20000);
  return { editor, api };
}

/** The offset of the n-th (0-based) occurrence of `needle` in the document. */
export function offsetOf(document: vscode.TextDocument, needle: string, nth = 0): number {
  const text = document.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" occurs fewer than ${nth + 1} times in ${document.uri.toString()}`);
  }
  return at;
}

/** Joins the markdown of hover results into one string. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** Sets one of our settings for the duration of `body`, restoring the previous value afterwards. */
export async function withSetting<T>(key: string, value: unknown, body: () => Promise<T>): Promise<T> {
  const config = vscode.workspace.getConfiguration('analystLens');
  const previous = config.inspect(key)?.globalValue;
  await config.update(key, value, vscode.ConfigurationTarget.Global);
  try {
    return await body();
  } finally {
    await vscode.workspace.getConfiguration('analystLens').update(key, previous, vscode.ConfigurationTarget.Global);
  }
}

/**
 * Closes an untitled test document without saving, and waits until VS Code has let it go, so the
 * next untitled document does not inherit its name (and its editor).
 */
export async function closeUntitled(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await waitFor(`${document.uri.toString()} to close`, () => document.isClosed || !vscode.workspace.textDocuments.includes(document), 5000).catch(() => undefined);
}

/**
 * Opens a new untitled document with exactly `content`. Each gets its own random name (every test
 * file bundles its own copy of this module, so a counter would repeat): VS Code reuses
 * "Untitled-1" for `openTextDocument({content})` and can hand back a closed document's data.
 */
export async function openUntitled(language: string, content: string): Promise<vscode.TextDocument> {
  const extension = language === 'article' ? 'article' : language;
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `analyst-lens-test-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}.${extension}` });
  let document = await vscode.workspace.openTextDocument(uri);
  if (document.languageId !== language) document = await vscode.languages.setTextDocumentLanguage(document, language);
  const editor = await vscode.window.showTextDocument(document);
  // The test fills its own scratch document; the extension under test never edits.
  await editor.edit((b) => {
    // Inserted CRLF text would be normalised to the document's LF, so the document switches first.
    if (content.includes('\r\n')) b.setEndOfLine(vscode.EndOfLine.CRLF);
    b.insert(new vscode.Position(0, 0), content);
  });
  if (document.getText() !== content) throw new Error(`untitled document ${uri.toString()} does not hold the test content`);
  return document;
}
