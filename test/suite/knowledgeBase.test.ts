// The workspace knowledge base (.vscode/analyst-lens.json): entries reach the engine, an invalid
// file is reported with its place while the built-in knowledge keeps working.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AnalystLensApi } from '../../src/extension/extension';
import { closeUntitled, getApi, hoverText, openUntitled, waitFor } from './util';

const ARTICLE = 'Test headline\n\nFREEDONIA – The army showed the Quillfeather on Monday next to an S-300 battery.\n';

describe('Workspace knowledge base', function () {
  let api: AnalystLensApi;
  let kb: vscode.Uri;
  let dir: vscode.Uri;
  let createdDir = false;
  let document: vscode.TextDocument;

  before(async function () {
    api = await getApi();
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder || !vscode.workspace.isTrusted) return this.skip();
    dir = vscode.Uri.joinPath(folder.uri, '.vscode');
    kb = vscode.Uri.joinPath(dir, 'analyst-lens.json');
    // Never overwrite a knowledge base someone keeps in the test workspace.
    const exists = await vscode.workspace.fs.stat(kb).then(() => true, () => false);
    if (exists) return this.skip();
    createdDir = !(await vscode.workspace.fs.stat(dir).then(() => true, () => false));
    document = await openUntitled('article', ARTICLE);
  });

  after(async () => {
    if (!kb) return;
    await vscode.workspace.fs.delete(createdDir ? dir : kb, { recursive: true }).then(undefined, () => undefined);
    if (document) await closeUntitled(document);
  });

  const systems = () => api.getAnalysis(document)?.entities.filter((e) => e.type === 'system').map((e) => e.name) ?? [];

  it('adds a user-defined system with its facts on the hover card', async () => {
    const entries = { entries: [{ type: 'system', name: 'Quillfeather', attributes: { origin: 'Freedonia', natoName: 'Gale' } }] };
    await vscode.workspace.fs.writeFile(kb, new TextEncoder().encode(JSON.stringify(entries, null, 2)));
    // A file watcher may miss a file created together with its folder (the .vscode folder is new
    // here), so this step reloads explicitly; the steps below rely on the watcher for changes.
    await vscode.commands.executeCommand('analystLens.reloadKnowledgeBase', true);
    await waitFor('the knowledge base to be loaded', () => api.getUserEntryCount() === 1);
    await waitFor('the user system to be found', () => systems().includes('Quillfeather'));
    const at = document.positionAt(ARTICLE.indexOf('Quillfeather') + 3);
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at));
    assert.match(text, /NATO name: Gale/);
    assert.match(text, /Origin: Freedonia/);
  });

  it('reports an invalid file with its line and keeps the built-in knowledge', async () => {
    await vscode.workspace.fs.writeFile(kb, new TextEncoder().encode('{\n  "entries": [\n    { "type": "system", }\n  ]\n}\n'));
    // writeFile truncates before it writes, so the watcher may first see an empty file (reported as
    // invalid at line 1); wait for the report of the finished file rather than the first report.
    const diagnostic = await waitFor('a diagnostic at line 3 of the knowledge base file', () =>
      vscode.languages.getDiagnostics(kb).find((x) => x.source === 'Analyst Lens' && /^line 3, column \d+: Invalid JSON/.test(x.message)));
    assert.equal(diagnostic.range.start.line, 2);
    await waitFor('the invalid knowledge base to be dropped', () => api.getUserEntryCount() === 0);
    await waitFor('the user system to be gone and S-300 still found', () => !systems().includes('Quillfeather') && systems().includes('S-300'));
  });

  it('names the path of an invalid entry', async () => {
    await vscode.workspace.fs.writeFile(kb, new TextEncoder().encode(JSON.stringify({ entries: [{ type: 'weapon', name: 'X' }] })));
    await waitFor('a diagnostic naming entries[0].type', () => vscode.languages.getDiagnostics(kb).some((d) => d.message.startsWith('entries[0].type:')));
  });
});
