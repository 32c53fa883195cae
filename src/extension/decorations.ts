import * as vscode from 'vscode';
import type { AnalysisService, DocumentAnalysis } from './analysis';
import { SHOWN_TYPES, type ShownType } from './config';
import { mentionRange } from './ranges';
import { cpuNow, now } from './timings';

interface TypeStyles {
  readonly named: vscode.TextEditorDecorationType;
  readonly nominal: vscode.TextEditorDecorationType;
}

/**
 * Colours mentions by type. The six decoration types (named and descriptive per entity type) are
 * created once; each update replaces the ranges in one `setDecorations` call per type, never
 * clearing first, so there is no flicker while typing.
 */
export class Decorations implements vscode.Disposable {
  private readonly styles: Record<ShownType, TypeStyles>;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly analyses: AnalysisService) {
    this.styles = {
      official: createStyles('official'),
      system: createStyles('system'),
      agreement: createStyles('agreement'),
    };
    this.disposables.push(
      // Switching or opening editors decorates at once; typing goes through the service's debounce.
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.apply(e))),
      analyses.onDidChange((document) => this.refresh(document)),
    );
  }

  /** Re-applies decorations to the visible editors of one document, or of all documents. */
  refresh(document: vscode.TextDocument | undefined): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (!document || editor.document === document) this.apply(editor);
    }
  }

  private apply(editor: vscode.TextEditor): void {
    const analysis = this.analyses.get(editor.document);
    const started = now();
    const cpuStarted = cpuNow();
    // A document that stopped being an article (globs changed) must lose its colours.
    const ranges = analysis ? rangesByStyle(analysis) : undefined;
    for (const type of SHOWN_TYPES) {
      editor.setDecorations(this.styles[type].named, ranges?.[type].named ?? []);
      editor.setDecorations(this.styles[type].nominal, ranges?.[type].nominal ?? []);
    }
    if (analysis) {
      const cpu = cpuNow();
      this.analyses.timings.decorated(analysis.uri, analysis.version, now() - started, cpu === undefined || cpuStarted === undefined ? undefined : cpu - cpuStarted);
    }
  }

  dispose(): void {
    for (const type of SHOWN_TYPES) {
      this.styles[type].named.dispose();
      this.styles[type].nominal.dispose();
    }
    for (const d of this.disposables) d.dispose();
  }
}

type Ranges = Record<ShownType, { named: vscode.Range[]; nominal: vscode.Range[] }>;

/** Ranges per style are kept per analysis, so a second editor on the same version reuses them. */
const rangeMemo = new WeakMap<DocumentAnalysis, Ranges>();

function rangesByStyle(analysis: DocumentAnalysis): Ranges {
  let ranges = rangeMemo.get(analysis);
  if (ranges) return ranges;
  ranges = {
    official: { named: [], nominal: [] },
    system: { named: [], nominal: [] },
    agreement: { named: [], nominal: [] },
  };
  for (const ref of analysis.sorted) {
    const bucket = ranges[ref.entity.type as ShownType];
    (ref.mention.nominal ? bucket.nominal : bucket.named).push(mentionRange(ref.mention));
  }
  rangeMemo.set(analysis, ranges);
  return ranges;
}

function createStyles(type: ShownType): TypeStyles {
  const ruler = new vscode.ThemeColor(`analystLens.${type}OverviewRuler`);
  return {
    named: vscode.window.createTextEditorDecorationType({
      backgroundColor: new vscode.ThemeColor(`analystLens.${type}Background`),
      borderRadius: '2px',
      overviewRulerColor: ruler,
      overviewRulerLane: vscode.OverviewRulerLane.Right,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
    // Descriptive references ("his Russian counterpart") are quieter: a paler fill and a dotted
    // underline in the type's colour, so names stand out and references are still traceable.
    nominal: vscode.window.createTextEditorDecorationType({
      backgroundColor: new vscode.ThemeColor(`analystLens.${type}NominalBackground`),
      borderColor: ruler,
      borderStyle: 'dotted',
      borderWidth: '0 0 1px 0',
      overviewRulerColor: ruler,
      overviewRulerLane: vscode.OverviewRulerLane.Center,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
  };
}
