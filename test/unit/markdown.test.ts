// The hover's escaping helpers, in plain Node: article text must never become markdown syntax.
import * as assert from 'node:assert/strict';
import { commandLink, commandUri, escapeMarkdown, snippetAround } from '../../src/extension/markdown';

describe('escapeMarkdown', () => {
  it('neutralises links, command URIs, HTML, code, emphasis and icons', () => {
    const out = escapeMarkdown('[x](command:workbench.action.quit) <img src=x onerror=alert(1)> `c` **b** _i_ $(alert) # h');
    assert.ok(!out.includes('](command:'));
    assert.ok(!/<img/.test(out));
    assert.ok(out.includes('&lt;img'));
    assert.ok(!/(^|[^\\])[`*_[\]()#$]/.test(out.replace(/&(lt|gt|amp);/g, '')), out);
  });

  it('breaks autolinks and entity references', () => {
    const out = escapeMarkdown('see https://evil.example/x and &lt; www.evil.example');
    assert.ok(!out.includes('https://'));
    assert.ok(!out.includes('www.evil'));
    assert.ok(out.includes('&amp;lt') && !out.includes(' &lt;'));
  });

  it('makes invisible and direction-changing characters visible and keeps one line', () => {
    const out = escapeMarkdown('a\u202Eb\u200Bc\nd\u0000');
    assert.equal(out, 'aU\\+202EbU\\+200Bc dU\\+0000');
  });

  it('keeps letters of any script as they are', () => {
    assert.equal(escapeMarkdown('Шойгу دهقان'), 'Шойгу دهقان');
  });
});

describe('command links', () => {
  it('encode arguments so a ")" in an id cannot end the link', () => {
    const uri = commandUri('analystLens.showAllMentions', ['file:///a (1).txt', 'official:x)](command:evil)']);
    assert.ok(!/[()\s]/.test(uri.slice('command:'.length)), uri);
    const parsed = JSON.parse(decodeURIComponent(uri.slice(uri.indexOf('?') + 1))) as string[];
    assert.deepEqual(parsed, ['file:///a (1).txt', 'official:x)](command:evil)']);
  });

  it('escape the label', () => {
    assert.match(commandLink('a]b', 'analystLens.revealInTree', []), /^\[a\\\]b\]\(command:analystLens\.revealInTree\?/);
  });
});

describe('snippetAround', () => {
  it('stays on the mention line and marks cuts', () => {
    const text = 'first line\nsome words before the MENTION and some words after it\nlast';
    const start = text.indexOf('MENTION');
    assert.equal(snippetAround(text, start, start + 7, 10), '…efore the MENTION and some…');
    assert.equal(snippetAround('MENTION', 0, 7, 10), 'MENTION');
  });
});
