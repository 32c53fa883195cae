// Invariants every engine result must satisfy, whatever the input. Shared by the fuzz and the
// adversarial tests so that both hold the engine to exactly the same contract. Every check throws
// an Error whose message names the broken rule and the offending mention, so a fast-check
// counterexample is readable without a debugger.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AnalysisResult, Mention } from '../../../src/engine';

const KNOWN_TYPES = new Set(['official', 'system', 'agreement', 'country']);

/**
 * Offsets (UTF-16) at which each line starts. Line breaks are those of a VS Code text model:
 * "\r\n", "\n" and a lone "\r", because line/column are used to build editor positions.
 */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** 1-based line and column of `offset`, by binary search over the line starts. */
export function positionOf(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}

const describeMention = (m: Mention): string => `${JSON.stringify(m.text).slice(0, 80)} [${m.start},${m.end}) line ${m.line} col ${m.column}`;

/** Checks one result against the text it came from; throws on the first broken rule. */
export function checkInvariants(text: string, result: AnalysisResult): void {
  if (!result || !Array.isArray(result.entities) || !Array.isArray(result.relations)) {
    throw new Error('result must have entities and relations arrays');
  }
  const starts = lineStarts(text);
  const ids = new Set<string>();
  const byType = new Map<string, Mention[]>();
  for (const entity of result.entities) {
    if (typeof entity.id !== 'string' || entity.id === '') throw new Error(`entity without id: ${JSON.stringify(entity).slice(0, 200)}`);
    if (ids.has(entity.id)) throw new Error(`duplicate entity id ${entity.id}`);
    ids.add(entity.id);
    if (!KNOWN_TYPES.has(entity.type)) throw new Error(`entity ${entity.id} has unknown type ${String(entity.type)}`);
    if (typeof entity.name !== 'string') throw new Error(`entity ${entity.id} has no name`);
    if (!Array.isArray(entity.mentions) || entity.mentions.length === 0) throw new Error(`entity ${entity.id} has no mentions`);
    let previousStart = -1;
    for (const m of entity.mentions) {
      if (!Number.isInteger(m.start) || !Number.isInteger(m.end)) throw new Error(`non-integer offsets in ${entity.id}: ${describeMention(m)}`);
      if (!(m.start >= 0 && m.start < m.end && m.end <= text.length)) {
        throw new Error(`mention of ${entity.id} outside the text (length ${text.length}): ${describeMention(m)}`);
      }
      if (m.text !== text.slice(m.start, m.end)) {
        throw new Error(`mention text of ${entity.id} differs from the slice ${JSON.stringify(text.slice(m.start, m.end)).slice(0, 80)}: ${describeMention(m)}`);
      }
      const pos = positionOf(starts, m.start);
      if (m.line !== pos.line || m.column !== pos.column) {
        throw new Error(`line/column of ${entity.id} should be ${pos.line}:${pos.column}: ${describeMention(m)}`);
      }
      if (typeof m.nominal !== 'boolean') throw new Error(`mention of ${entity.id} without a boolean nominal: ${describeMention(m)}`);
      // The types promise mentions "in text order".
      if (m.start < previousStart) throw new Error(`mentions of ${entity.id} are not in text order at ${describeMention(m)}`);
      previousStart = m.start;
      let list = byType.get(entity.type);
      if (!list) byType.set(entity.type, (list = []));
      list.push(m);
    }
  }
  // Relations are filtered by the engine to reported entities; a dangling id would break hovers.
  for (const r of result.relations) {
    if (!ids.has(r.source) || !ids.has(r.target)) throw new Error(`relation ${r.type} ${r.source} → ${r.target} refers to an entity that is not reported`);
  }
  for (const [type, mentions] of byType) {
    mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    for (let i = 1; i < mentions.length; i++) {
      const a = mentions[i - 1]!;
      const b = mentions[i]!;
      if (b.start < a.end) throw new Error(`two ${type} mentions overlap: ${describeMention(a)} and ${describeMention(b)}`);
    }
  }
}

/** The sample articles, found from the bundled test (dist/test/unit) or from the sources. */
export function readSeedArticles(dirname: string): { name: string; text: string }[] {
  const candidates = [
    path.resolve(dirname, '../../../seeds'), // dist/test/unit/*.js → <root>/seeds
    path.resolve(dirname, '../../seeds'), // test/unit/*.ts run unbundled
    path.resolve(process.cwd(), 'seeds'),
  ];
  const dir = candidates.find((d) => fs.existsSync(d));
  if (!dir) throw new Error(`seeds/ not found from ${dirname}`);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  if (files.length === 0) throw new Error(`no seed articles in ${dir}`);
  return files.map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}
