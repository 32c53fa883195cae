import * as vscode from 'vscode';
import type { Mention } from '../engine';

/**
 * The one place where engine mentions become editor ranges. Ranges are memoised per mention
 * object: a mention belongs to one analysed version of one document, so its range never changes,
 * and hovers, symbols, the tree and decorations share the same conversion.
 */
const memo = new WeakMap<Mention, vscode.Range>();

export function mentionRange(mention: Mention): vscode.Range {
  let range = memo.get(mention);
  if (!range) {
    range = rangeOfMention(mention);
    memo.set(mention, range);
  }
  return range;
}

/**
 * A mention's range from the line and column the engine gives its start, and its own text for
 * the end, without the document: the engine counts lines as VS Code does (LF, CRLF counted once,
 * a lone CR), so this is the range `positionAt` would give for the analysed version. It needs no
 * binary search over the document's lines per end (the decorations of a 100 KB article asked
 * `positionAt` 2,900 times after every edit), and it serves closed files of the workspace index,
 * which have no document.
 */
export function rangeOfMention(mention: Mention): vscode.Range {
  let line = mention.line - 1;
  let character = mention.column - 1;
  const start = new vscode.Position(line, character);
  const text = mention.text;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      character = 0;
    } else if (c !== 13) character++;
  }
  return new vscode.Range(start, new vscode.Position(line, character));
}

/** Converts a raw offset span (used by command arguments that carry offsets, not mentions). */
export function offsetRange(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}
