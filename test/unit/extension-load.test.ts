import { strict as assert } from 'node:assert';
import Module from 'node:module';
import { join } from 'node:path';
import { findRoot } from './support/root';

// VS Code's "Load Code" of the extension is the require of dist/extension.js before activate().
// The engine's module-level work (parsing the 200 KB knowledge base, building its tables) must
// not happen there but on the first analysis (loadEngine in src/extension/analysis.ts): this
// loads the built bundle against a stand-in 'vscode' module and watches JSON.parse.

const ROOT = findRoot(__dirname);

/** A 'vscode' stand-in on which any property read, call or construction succeeds. */
function fakeVscode(): Record<string, unknown> {
  const any: object = new Proxy(function () {}, {
    get: (_t, k) => (k === 'prototype' ? {} : any),
    apply: () => any,
    construct: () => any,
    set: () => true,
  });
  const names = ['commands', 'languages', 'window', 'workspace', 'Uri', 'Range', 'Position', 'Selection', 'SymbolKind', 'ThemeColor', 'ThemeIcon',
    'TreeItem', 'TreeItemCollapsibleState', 'EventEmitter', 'MarkdownString', 'Hover', 'Location', 'DocumentSymbol', 'SymbolInformation',
    'DocumentHighlight', 'DocumentHighlightKind', 'DecorationRangeBehavior', 'OverviewRulerLane', 'StatusBarAlignment', 'ProgressLocation',
    'RelativePattern', 'FileType', 'FileSystemError', 'Diagnostic', 'DiagnosticSeverity', 'CancellationTokenSource', 'TextEditorRevealType',
    'TextEditorSelectionChangeKind'];
  return Object.fromEntries(names.map((n) => [n, any]));
}

describe('dist/extension.js loading', () => {
  it('does not parse the knowledge base or build the engine until the first analysis', () => {
    const bundle = join(ROOT, 'dist', 'extension.js');
    const M = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
    const originalLoad = M._load;
    const originalParse = JSON.parse;
    const parsed: number[] = [];
    M._load = function (request: string, ...rest: unknown[]) {
      return request === 'vscode' ? fakeVscode() : originalLoad.call(this, request, ...rest);
    };
    JSON.parse = function (text: string, reviver?: (this: unknown, key: string, value: unknown) => unknown) {
      parsed.push(String(text).length);
      return originalParse(text, reviver);
    };
    let exported: { activate?: unknown };
    try {
      delete require.cache[bundle];
      exported = require(bundle) as { activate?: unknown };
    } finally {
      M._load = originalLoad;
      JSON.parse = originalParse;
      delete require.cache[bundle];
    }
    assert.equal(typeof exported.activate, 'function');
    assert.deepEqual(parsed.filter((n) => n > 10_000), [], 'no large JSON parsed while loading the bundle');
  });
});
