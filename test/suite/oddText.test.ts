// Odd but legal articles in the editor: CRLF line ends and non-Latin scripts. Every editor range
// the extension reports must cover exactly the engine's mention text.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { rangeOfMention } from '../../src/extension/ranges';
import { closeUntitled, getApi, openUntitled, waitFor } from './util';

const CRLF = ['Iran, Russia agree on S-300', '', 'TEHRAN – Russian Defense Minister Sergey Shoigu visited Iran.', '', 'Shoigu met Iranian Defense Minister Hossein Dehqan, who signed a memorandum of understanding.', ''].join('\r\n');

describe('Odd article text', () => {
  it('maps mentions to exact ranges in a CRLF document', async () => {
    const api = await getApi();
    const document = await openUntitled('article', CRLF);
    try {
      assert.equal(document.eol, vscode.EndOfLine.CRLF);
      const result = await waitFor('entities in the CRLF article', () => {
        const r = api.getAnalysis(document);
        return r && r.entities.some((e) => e.name === 'Sergey Shoigu') ? r : undefined;
      });
      const shoigu = result.entities.find((e) => e.name === 'Sergey Shoigu')!;
      const at = document.positionAt(shoigu.mentions[shoigu.mentions.length - 1]!.start + 1);
      // Only this document's references: the workspace index may add other articles' mentions.
      const locations = (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, at))
        .filter((l) => l.uri.toString() === document.uri.toString())
        .sort((a, b) => document.offsetAt(a.range.start) - document.offsetAt(b.range.start));
      assert.equal(locations.length, shoigu.mentions.length);
      for (const [i, location] of locations.entries()) assert.equal(document.getText(location.range), shoigu.mentions[i]!.text);
      // The second mention is on the fifth line (index 4), after two CRLFs were counted right.
      assert.equal(locations[locations.length - 1]!.range.start.line, 4);
    } finally {
      await closeUntitled(document);
    }
  });

  it('gives every mention the range positionAt gives it, whatever the line ends and characters', async () => {
    // Editor ranges are built from the engine's line and column, not from offsets (see
    // rangeOfMention): both must agree for either line end a document keeps, on tabs and on
    // characters outside the Basic Multilingual Plane (two UTF-16 units each).
    const api = await getApi();
    const body = ['Russian Defense Minister Sergey Shoigu 🇷🇺 visited Iran.', '\tShoigu met Iranian Defense Minister Hossein Dehqan 😀😀 about the S-300.', '', 'They signed a memorandum of understanding; the MOU covers the S-300 and S-400.', 'Shoigu said 𝐀 the MOU stands.'];
    // (VS Code keeps a document's LF or CRLF as it is, and makes mixed or lone-CR ends uniform.)
    const texts = { lf: body.join('\n'), crlf: body.join('\r\n') };
    for (const [name, text] of Object.entries(texts)) {
      const document = await openUntitled('article', text);
      try {
        const result = await waitFor(`entities in the ${name} article`, () => {
          const r = api.getAnalysis(document);
          return r && r.entities.some((e) => e.name === 'Sergey Shoigu') ? r : undefined;
        });
        let count = 0;
        for (const entity of result.entities) {
          for (const m of entity.mentions) {
            const expected = new vscode.Range(document.positionAt(m.start), document.positionAt(m.end));
            const actual = rangeOfMention(m);
            assert.ok(actual.isEqual(expected), `${name}: "${m.text}" at ${m.start}: ${JSON.stringify(actual)} is not ${JSON.stringify(expected)}`);
            assert.equal(document.getText(actual), m.text);
            count++;
          }
        }
        assert.ok(count >= 8, `${name}: ${count} mentions`);
      } finally {
        await closeUntitled(document);
      }
    }
  });

  it('handles Cyrillic and Persian articles without errors', async () => {
    const api = await getApi();
    const document = await openUntitled('article', 'Шойгу прибыл в Тегеран\n\nМинистр обороны России Сергей Шойгу и С-300.\n\nوزیر دفاع ایران حسین دهقان\n');
    try {
      await waitFor('an analysis of the non-Latin article', () => api.getAnalysis(document));
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', document.uri);
      for (const group of symbols ?? []) for (const entity of group.children) for (const m of entity.children) assert.ok(document.getText(m.range).length > 0);
    } finally {
      await closeUntitled(document);
    }
  });
});
