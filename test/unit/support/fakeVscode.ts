/** A 'vscode' stand-in on which any property read, call or construction succeeds (for loading bundles in plain Node). */
export function fakeVscode(): Record<string, unknown> {
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
