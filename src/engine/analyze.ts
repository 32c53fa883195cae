import type { AnalysisResult, AnalyzeOptions } from './types';

/** A reusable analyser: knowledge bases are compiled once and shared by every call. */
export interface Analyzer {
  analyze(text: string): AnalysisResult;
}

/** Builds an analyser for the given options (types to report, user knowledge base). */
export function createAnalyzer(_options: AnalyzeOptions = {}): Analyzer {
  // Placeholder pipeline, replaced by the real stages.
  return { analyze: () => ({ entities: [], relations: [] }) };
}

const defaultAnalyzer = createAnalyzer();

/** Finds officials, systems and agreements in `text` and resolves who-is-who. */
export function analyze(text: string, options?: AnalyzeOptions): AnalysisResult {
  return options ? createAnalyzer(options).analyze(text) : defaultAnalyzer.analyze(text);
}
