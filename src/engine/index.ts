/**
 * The Analyst Lens engine: text in, plain data out. Nothing here imports 'vscode'; the CLI,
 * the extension (desktop and web) and the benchmarks all call `analyze` or `createAnalyzer`.
 */
export * from './types';
export { analyze, createAnalyzer } from './analyze';
export type { Analyzer } from './analyze';
export { MentionTable, mentionCount, mentionRange, mentionStart } from './mentionTable';
export type { MentionRange } from './mentionTable';
export * from './input';
