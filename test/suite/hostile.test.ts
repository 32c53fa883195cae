// Article text is untrusted: a hover must show it as text, and trust only our own commands.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { HOVER_COMMANDS } from '../../src/extension/commands';
import { getApi, hoverText, waitFor } from './util';

const HOSTILE = [
  'Hostile test article',
  '',
  'MOSCOW – Russian Defense Minister Sergey Shoigu [x](command:workbench.action.quit) <img src=x onerror=alert(1)> `code` **bold** $(alert) said on Tuesday.',
  '',
  'Shoigu also visited https://example.com/?q=1 and <script>alert(2)</script>.',
  '',
].join('\n');

describe('Hover safety with hostile article text', () => {
  let document: vscode.TextDocument;

  before(async () => {
    const api = await getApi();
    document = await vscode.workspace.openTextDocument({ language: 'article', content: HOSTILE });
    await vscode.window.showTextDocument(document);
    await waitFor('entities in the hostile article', () => (api.getAnalysis(document)?.entities.some((e) => e.type === 'official') ?? false), 20000);
  });

  after(async () => {
    // Close the untitled editor without saving; it was never ours to keep.
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('shows links, HTML and code from the article as escaped text and trusts only our commands', async () => {
    const at = document.positionAt(HOSTILE.indexOf('Shoigu [x]') + 2);
    const hovers = await waitFor('a hover card', async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at);
      return h.length > 0 ? h : undefined;
    });
    const text = hoverText(hovers);
    // The snippet of the first mention carries the hostile text, so escaping is really exercised.
    assert.match(text, /command\\:workbench\\\.action\\\.quit/, text);
    assert.ok(!/\]\(command:workbench/.test(text), 'no live command link from the article');
    assert.ok(!/<img|<script/i.test(text), 'no raw HTML from the article');
    assert.ok(!/(^|[^\\])`code/.test(text), 'backticks are escaped');
    // Every live command link is one of ours.
    const targets = [...text.matchAll(/\]\((command:[^?)\s]+)/g)].map((m) => m[1]!.slice('command:'.length));
    assert.ok(targets.length >= 2, 'the card has its own command links');
    for (const t of targets) assert.ok(HOVER_COMMANDS.includes(t), `unexpected command link ${t}`);
    for (const hover of hovers) {
      for (const content of hover.contents) {
        if (!(content instanceof vscode.MarkdownString)) continue;
        assert.ok(content.supportHtml !== true, 'HTML is not rendered');
        const trusted = content.isTrusted;
        assert.ok(trusted !== true, 'the card is not trusted for every command');
        if (trusted && typeof trusted === 'object') {
          for (const c of trusted.enabledCommands) assert.ok(HOVER_COMMANDS.includes(c), `unexpected trusted command ${c}`);
        }
      }
    }
  });

  it('leaves the hostile text exactly as it was', () => {
    assert.equal(document.getText(), HOSTILE);
  });
});
