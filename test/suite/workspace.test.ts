// The workspace entity index: symbol search across articles, cross-article references, the index
// following edits on disk and in editors, deletions, the workspace tree and the export.
//
// The harness opens seeds/ as the workspace. The fixture articles (test/fixtures/workspace) are
// copied into a fresh subfolder of it with vscode.workspace.fs, so the index has to find them the
// way it finds any new file (the file watcher), and the folder is deleted again afterwards.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AnalystLensApi } from '../../src/extension/extension';
import { EXTENSION_ID, getApi, offsetOf, waitFor } from './util';

const FIXTURES = ['shoigu-tehran-visit.txt', 'shoigu-beijing-talks.txt', 'ankara-air-defence-debate.txt', 'inf-treaty-anniversary.txt'] as const;
type Fixture = (typeof FIXTURES)[number];

const INDEX_TIMEOUT = 30000;

describe('Workspace entity index', function () {
  // Watcher events and the first scan can take a while on a loaded machine; each wait has its own deadline.
  this.timeout(2 * INDEX_TIMEOUT);
  let api: AnalystLensApi;
  let folder: vscode.Uri;
  const uri = {} as Record<Fixture, vscode.Uri>;

  /** The URIs (as strings) of the articles that mention a workspace entity. */
  const articlesOf = (type: string, name: string): string[] =>
    api.workspaceIndex.entities().find((e) => e.type === type && e.name === name)?.articles.map((a) => a.uri) ?? [];

  const mentions = (type: string, name: string, fixture: Fixture): boolean => articlesOf(type, name).includes(uri[fixture].toString());

  before(async () => {
    api = await getApi();
    const root = vscode.workspace.workspaceFolders?.[0];
    assert.ok(root, 'the test run opens a workspace folder');
    folder = vscode.Uri.joinPath(root.uri, `workspace-index-test-${process.pid}`);
    const source = vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'test', 'fixtures', 'workspace');
    await vscode.workspace.fs.createDirectory(folder);
    for (const name of FIXTURES) {
      uri[name] = vscode.Uri.joinPath(folder, name);
      await vscode.workspace.fs.writeFile(uri[name], await vscode.workspace.fs.readFile(vscode.Uri.joinPath(source, name)));
    }
    // New files reach the index through the file watcher; every fixture has at least one entity.
    await waitFor(
      'the fixture articles in the workspace index',
      () => {
        const indexed = new Set(api.workspaceIndex.entities().flatMap((e) => e.articles.map((a) => a.uri)));
        return FIXTURES.every((f) => indexed.has(uri[f].toString()));
      },
      INDEX_TIMEOUT,
    );
  });

  after(async () => {
    await vscode.commands.executeCommand('analystLens.showThisArticle');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (folder) await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('indexes the seed articles too, found by the first scan', async () => {
    await api.workspaceIndex.whenReady();
    const shoigu = articlesOf('official', 'Sergey Shoigu');
    assert.ok(shoigu.some((u) => u.endsWith('/iran-russia-s300.txt')), `Shoigu's articles: ${shoigu.join(', ')}`);
  });

  it('finds an official with Go to Symbol in Workspace in each article that mentions him', async () => {
    const symbols = await waitFor('Shoigu in both fixture articles', async () => {
      const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Shoigu');
      const mine = found.filter((s) => s.name === 'Sergey Shoigu');
      const files = mine.map((s) => s.location.uri.toString());
      return files.includes(uri['shoigu-tehran-visit.txt'].toString()) && files.includes(uri['shoigu-beijing-talks.txt'].toString()) ? mine : undefined;
    });
    // One symbol per article, none for the articles that do not mention him.
    const files = symbols.map((s) => s.location.uri.toString());
    assert.equal(new Set(files).size, files.length, 'one symbol per article');
    assert.ok(!files.includes(uri['inf-treaty-anniversary.txt'].toString()));
    const tehran = symbols.find((s) => s.location.uri.toString() === uri['shoigu-tehran-visit.txt'].toString())!;
    assert.equal(tehran.kind, vscode.SymbolKind.Object);
    assert.match(tehran.containerName, /shoigu-tehran-visit\.txt$/);
    // The location is the first mention (the headline's "Shoigu"), computed for a closed file.
    const document = await vscode.workspace.openTextDocument(tehran.location.uri);
    assert.equal(document.getText(tehran.location.range), 'Shoigu');
    assert.equal(tehran.location.range.start.line, 0);
  });

  it('treats "S300" in one article and "S-300" in another as one system', async () => {
    const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'S-300');
    const files = found.filter((s) => s.name === 'S-300').map((s) => s.location.uri.toString());
    assert.ok(files.includes(uri['shoigu-tehran-visit.txt'].toString()), 'the article that writes S300');
    assert.ok(files.includes(uri['ankara-air-defence-debate.txt'].toString()), 'the article that writes S-300');
  });

  it('lists mentions in other articles in Find All References', async () => {
    const document = await vscode.workspace.openTextDocument(uri['shoigu-tehran-visit.txt']);
    await vscode.window.showTextDocument(document);
    const at = document.positionAt(offsetOf(document, 'Sergey Shoigu') + 3);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, at);
    const byFile = (f: Fixture) => locations.filter((l) => l.uri.toString() === uri[f].toString());
    assert.equal(byFile('shoigu-tehran-visit.txt').length, 3, 'the three mentions in this article');
    const beijing = byFile('shoigu-beijing-talks.txt');
    assert.equal(beijing.length, 2, 'both mentions in the Beijing article');
    const beijingDoc = await vscode.workspace.openTextDocument(uri['shoigu-beijing-talks.txt']);
    assert.deepEqual(beijing.map((l) => beijingDoc.getText(l.range)).sort(), ['Russian Defense Minister Sergey Shoigu', 'Shoigu']);

    const s300 = document.positionAt(offsetOf(document, 'S300') + 1);
    const systems = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, s300);
    const ankara = systems.filter((l) => l.uri.toString() === uri['ankara-air-defence-debate.txt'].toString());
    assert.equal(ankara.length, 1);
    const ankaraDoc = await vscode.workspace.openTextDocument(uri['ankara-air-defence-debate.txt']);
    assert.equal(ankaraDoc.getText(ankara[0]!.range), 'S-300');
  });

  it('follows a file changed on disk', async () => {
    assert.ok(!mentions('official', 'Sergey Shoigu', 'ankara-air-defence-debate.txt'));
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri['ankara-air-defence-debate.txt']));
    const after = `${before}\nRussian Defense Minister Sergey Shoigu offered more S-400 batteries.\n`;
    await vscode.workspace.fs.writeFile(uri['ankara-air-defence-debate.txt'], new TextEncoder().encode(after));
    await waitFor('Shoigu in the changed Ankara article', () => mentions('official', 'Sergey Shoigu', 'ankara-air-defence-debate.txt'), INDEX_TIMEOUT);
  });

  it('prefers the unsaved text of an open editor, and goes back to the file when it closes', async () => {
    const document = await vscode.workspace.openTextDocument(uri['inf-treaty-anniversary.txt']);
    await vscode.window.showTextDocument(document);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, document.positionAt(document.getText().length), '\nRussian Defense Minister Sergey Shoigu called the treaty obsolete.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(document.isDirty);
    await waitFor('Shoigu in the unsaved INF article', () => mentions('official', 'Sergey Shoigu', 'inf-treaty-anniversary.txt'), INDEX_TIMEOUT);

    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor('the INF article back to its saved text', () => !mentions('official', 'Sergey Shoigu', 'inf-treaty-anniversary.txt'), INDEX_TIMEOUT);
    assert.ok(articlesOf('agreement', 'Intermediate-Range Nuclear Forces Treaty').includes(uri['inf-treaty-anniversary.txt'].toString()));
  });

  it('drops a deleted file from the index', async () => {
    const beijing = uri['shoigu-beijing-talks.txt'].toString();
    assert.ok(mentions('official', 'Sergey Shoigu', 'shoigu-beijing-talks.txt'));
    // Its editor is closed first: an open editor keeps a deleted file's text in the index.
    for (const tab of vscode.window.tabGroups.all.flatMap((g) => g.tabs)) {
      if (tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === beijing) await vscode.window.tabGroups.close(tab);
    }
    await vscode.workspace.fs.delete(uri['shoigu-beijing-talks.txt']);
    await waitFor(
      'the Beijing article out of the index',
      () => !api.workspaceIndex.entities().some((e) => e.articles.some((a) => a.uri === beijing)),
      INDEX_TIMEOUT,
    );
    // Entities only that article mentioned are gone; shared ones keep their other articles.
    assert.deepEqual(articlesOf('official', 'Li Shangfu').filter((u) => u.includes('workspace-index-test')), []);
    assert.ok(mentions('official', 'Sergey Shoigu', 'shoigu-tehran-visit.txt'));
    const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Shoigu');
    assert.ok(!found.some((s) => s.location.uri.toString() === beijing));
  });

  it('respects files.exclude: a newly excluded article leaves the index, and comes back', async () => {
    const draft = vscode.Uri.joinPath(folder, 'draft-shoigu-note.txt');
    await vscode.workspace.fs.writeFile(draft, new TextEncoder().encode('Russian Defense Minister Sergey Shoigu spoke on Friday.\n'));
    const indexed = () => articlesOf('official', 'Sergey Shoigu').includes(draft.toString());
    await waitFor('the draft in the index', indexed, INDEX_TIMEOUT);
    const files = vscode.workspace.getConfiguration('files');
    const previous = files.inspect<Record<string, boolean>>('exclude')?.globalValue;
    await files.update('exclude', { ...(previous ?? {}), '**/draft-*.txt': true }, vscode.ConfigurationTarget.Global);
    try {
      await waitFor('the excluded draft out of the index', () => !indexed(), INDEX_TIMEOUT);
    } finally {
      await vscode.workspace.getConfiguration('files').update('exclude', previous, vscode.ConfigurationTarget.Global);
    }
    await waitFor('the draft back once the exclusion is gone', indexed, INDEX_TIMEOUT);
    await vscode.workspace.fs.delete(draft);
  });

  it('shows entity → articles → mentions in the tree in workspace mode, with a toggle back', async () => {
    await vscode.commands.executeCommand('analystLens.showAllArticles');
    const tree = await waitFor('the workspace tree', () => {
      const t = api.workspaceIndex.tree();
      return t.scope === 'workspace' && t.groups.length > 0 ? t : undefined;
    });
    const officials = tree.groups.find((g) => g.label === 'Officials');
    assert.ok(officials, 'an Officials group');
    const shoigu = officials.entities.find((e) => e.name === 'Sergey Shoigu');
    assert.ok(shoigu && shoigu.articles >= 2, `Shoigu in several articles: ${JSON.stringify(shoigu)}`);
    assert.ok(shoigu.mentions >= shoigu.articles);
    assert.ok(!officials.entities.some((e) => e.name.includes(';')), 'group references ("both ministers") are not workspace entities');
    await vscode.commands.executeCommand('analystLens.showThisArticle');
    assert.equal(api.workspaceIndex.tree().scope, 'article');
  });

  it('exports every article as CSV and as JSONL in the command line shapes', async () => {
    await api.workspaceIndex.whenReady();
    const csvTarget = vscode.Uri.joinPath(folder, 'export.csv');
    await vscode.commands.executeCommand('analystLens.exportWorkspace', { format: 'csv', target: csvTarget });
    const csv = new TextDecoder().decode(await vscode.workspace.fs.readFile(csvTarget));
    const lines = csv.split('\r\n');
    assert.match(lines[0]!, /^file,entity_id,type,name,start,end,line,column,text,nominal/);
    assert.ok(lines.some((l) => l.includes('shoigu-tehran-visit.txt,official:sergey-shoigu,official,Sergey Shoigu,')), 'a Shoigu row for the Tehran article');

    const jsonlTarget = vscode.Uri.joinPath(folder, 'export.jsonl');
    await vscode.commands.executeCommand('analystLens.exportWorkspace', { format: 'jsonl', target: jsonlTarget });
    const docs = new TextDecoder()
      .decode(await vscode.workspace.fs.readFile(jsonlTarget))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; entities: Array<{ type: string; name: string }>; relations: unknown[] });
    const tehran = docs.find((d) => d.file.endsWith('shoigu-tehran-visit.txt'));
    assert.ok(tehran, 'the Tehran article is exported');
    assert.ok(tehran.entities.some((e) => e.type === 'official' && e.name === 'Sergey Shoigu'));
    assert.ok(Array.isArray(tehran.relations));
    assert.ok(docs.some((d) => d.file.endsWith('iran-russia-s300.txt')), 'seed articles are exported too');
  });
});
