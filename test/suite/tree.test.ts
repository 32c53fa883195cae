// The entity tree: follows the active article, counts per type, filter, reveal from a hover link,
// and the empty state (welcome content) for documents that are not articles.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AnalystLensApi } from '../../src/extension/extension';
import { closeUntitled, getApi, openSeed, openUntitled, seedUri, waitFor } from './util';

describe('Entity tree', () => {
  let api: AnalystLensApi;
  let document: vscode.TextDocument;

  before(async () => {
    const opened = await openSeed('iran-russia-s300.txt');
    api = opened.api;
    document = opened.editor.document;
  });

  it('shows the active article grouped by type with counts', async () => {
    const tree = await waitFor('the tree to show the article', () => {
      const t = api.getTree();
      return t.document === document.uri.toString() && t.groups.length === 3 ? t : undefined;
    });
    const result = api.getAnalysis(document)!;
    for (const [label, type] of [['Officials', 'official'], ['Systems', 'system'], ['Agreements', 'agreement']] as const) {
      const group = tree.groups.find((g) => g.label === label);
      assert.ok(group, `${label} group`);
      assert.equal(group.count, result.entities.filter((e) => e.type === type).length, `${label} count`);
      assert.equal(group.entities.length, group.count);
    }
    assert.ok(tree.groups.find((g) => g.label === 'Officials')!.entities.includes('Sergey Shoigu'));
  });

  it('follows the active editor to another article, and empties for a non-article', async () => {
    const other = await vscode.workspace.openTextDocument(await seedUri('dod-briefing-turkey-s400-f35.txt'));
    await vscode.window.showTextDocument(other);
    await waitFor('the tree to follow the second article', () => api.getTree().document === other.uri.toString());

    const json = await openUntitled('json', '{"not": "an article"}');
    await waitFor('the tree to empty for a JSON document', () => api.getTree().document === undefined && api.getTree().groups.length === 0);
    await closeUntitled(json);

    await vscode.window.showTextDocument(document);
    await waitFor('the tree to come back to the first article', () => api.getTree().document === document.uri.toString());
  });

  it('filters by type and resets', async () => {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('analystLens.filterTree', ['system']);
    await waitFor('only Systems', () => api.getTree().groups.map((g) => g.label).join() === 'Systems');
    await vscode.commands.executeCommand('analystLens.filterTree', ['official', 'system', 'agreement']);
    await waitFor('all groups again', () => api.getTree().groups.length === 3);
  });

  it('reveals and selects an entity from the hover link command', async () => {
    await vscode.window.showTextDocument(document);
    const shoigu = api.getAnalysis(document)!.entities.find((e) => e.name === 'Sergey Shoigu' && e.type === 'official');
    assert.ok(shoigu);
    await vscode.commands.executeCommand('analystLens.revealInTree', document.uri.toString(), shoigu.id);
    await waitFor('Sergey Shoigu selected in the tree', () => api.getTree().selection.includes('Sergey Shoigu'));
  });

  it('leaves the article unmodified', async () => {
    await api.whenIdle();
    assert.equal(document.isDirty, false);
  });
});

describe('Untitled article in the article language', () => {
  it('is analysed without a file and decorates after typing (debounced)', async () => {
    const api = await getApi();
    const doc = await openUntitled('article', 'Headline\n\nRussian Defense Minister Sergey Shoigu met reporters.\n');
    const editor = vscode.window.activeTextEditor!;
    assert.ok(api.isArticle(doc));
    await waitFor('Shoigu found', () => api.getAnalysis(doc)?.entities.some((e) => e.name === 'Sergey Shoigu'));
    // Typing re-analyses after the debounce: a burst of keystrokes costs far fewer engine runs
    // than keystrokes (how many depends on the machine's speed, so only an upper bound is checked).
    const runs = api.getEngineRuns();
    for (const ch of 'The S-400 system was discussed.\n') {
      await editor.edit((b) => b.insert(doc.positionAt(doc.getText().length), ch));
    }
    await api.whenIdle();
    const used = api.getEngineRuns() - runs;
    console.log(`      ${used} engine runs for 32 keystrokes`);
    assert.ok(used < 32, `${used} engine runs for 32 keystrokes`);
    await waitFor('the new system found', () => api.getAnalysis(doc)?.entities.some((e) => e.type === 'system' && e.name === 'S-400'));
    await closeUntitled(doc);
  });
});
