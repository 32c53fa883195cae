// Article text is untrusted: a hover must show it as text, and trust only our own commands.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { HOVER_COMMANDS } from '../../src/extension/commands';
import { closeUntitled, getApi, hoverText, openUntitled, waitFor } from './util';

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
    document = await openUntitled('article', HOSTILE);
    await waitFor('entities in the hostile article', () => (api.getAnalysis(document)?.entities.some((e) => e.type === 'official') ?? false), 20000);
  });

  after(async () => {
    if (document) await closeUntitled(document);
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
    const cards = hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString);
    assert.ok(cards.length > 0, 'the hover is markdown');
    for (const card of cards) {
      assert.ok(card.supportHtml !== true, 'HTML is not rendered');
      assert.ok(card.supportThemeIcons !== true, 'article text cannot show icons');
      // Trusted for exactly our two commands: not `true` (every command), and nothing else.
      const trusted = card.isTrusted;
      assert.ok(trusted && typeof trusted === 'object', `isTrusted is a command list, got ${JSON.stringify(trusted)}`);
      assert.deepEqual([...trusted.enabledCommands].sort(), [...HOVER_COMMANDS].sort());
    }
  });

  it('leaves the hostile text exactly as it was', () => {
    assert.equal(document.getText(), HOSTILE);
  });
});
