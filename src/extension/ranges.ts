import * as vscode from 'vscode';
import type { Mention } from '../engine';

/**
 * The one place where engine offsets (UTF-16, end exclusive) become editor ranges. Ranges are
 * memoised per mention object: a mention belongs to one analysed version of one document, so its
 * range never changes, and hovers, symbols, the tree and decorations share the same conversion.
 */
const memo = new WeakMap<Mention, vscode.Range>();

export function mentionRange(document: vscode.TextDocument, mention: Mention): vscode.Range {
  let range = memo.get(mention);
  if (!range) {
    range = new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end));
    memo.set(mention, range);
  }
  return range;
}

/** Converts a raw offset span (used by command arguments that carry offsets, not mentions). */
export function offsetRange(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}
