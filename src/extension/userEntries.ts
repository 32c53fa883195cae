// Parses and validates the user's knowledge base file (.vscode/analyst-lens.json). Pure: no
// 'vscode' import, so plain-Node unit tests cover every error message and place.
import type { UserEntry } from '../engine';

export const USER_KB_PATH = '.vscode/analyst-lens.json';

const TYPES = ['official', 'system', 'agreement'] as const;
const MAX_ENTRIES = 10_000;
const MAX_PHRASE = 200;

/** One problem in the file: a JSON path (`entries[2].name`) and, for syntax errors, a line and column. */
export interface UserKbProblem {
  readonly message: string;
  readonly path?: string;
  readonly line?: number;
  readonly column?: number;
}

export interface UserKbParse {
  readonly entries: UserEntry[];
  readonly problems: UserKbProblem[];
}

/**
 * Reads `{ "entries": [{ "type", "name", "aliases"?, "attributes"? }] }`. Entries are literal
 * phrases, never patterns. Valid entries are kept even when others are rejected, and a file that
 * does not parse yields no entries, so the built-in knowledge keeps working either way.
 */
export function parseUserKnowledgeBase(text: string): UserKbParse {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    return { entries: [], problems: [syntaxProblem(source, error)] };
  }
  const problems: UserKbProblem[] = [];
  if (!isObject(data) || !Array.isArray(data['entries'])) {
    return { entries: [], problems: [{ message: 'The file must be an object with an "entries" array.', path: '$' }] };
  }
  const raw = data['entries'] as unknown[];
  if (raw.length > MAX_ENTRIES) problems.push({ message: `Only the first ${MAX_ENTRIES} entries are used.`, path: 'entries' });
  const entries: UserEntry[] = [];
  raw.slice(0, MAX_ENTRIES).forEach((item, i) => {
    const at = `entries[${i}]`;
    if (!isObject(item)) return void problems.push({ message: 'An entry must be an object.', path: at });
    const type = item['type'];
    if (typeof type !== 'string' || !(TYPES as readonly string[]).includes(type)) {
      return void problems.push({ message: `"type" must be one of ${TYPES.map((t) => `"${t}"`).join(', ')}.`, path: `${at}.type` });
    }
    const name = phrase(item['name']);
    if (!name) return void problems.push({ message: `"name" must be a non-empty string of at most ${MAX_PHRASE} characters.`, path: `${at}.name` });
    const entry: UserEntry = { type: type as UserEntry['type'], name };
    if (item['aliases'] !== undefined) {
      const aliases = Array.isArray(item['aliases']) ? item['aliases'].map(phrase) : [undefined];
      const bad = aliases.findIndex((a) => a === undefined);
      if (bad >= 0) return void problems.push({ message: `"aliases" must be a list of non-empty strings of at most ${MAX_PHRASE} characters.`, path: `${at}.aliases${Array.isArray(item['aliases']) ? `[${bad}]` : ''}` });
      entry.aliases = aliases as string[];
    }
    if (item['attributes'] !== undefined) {
      const attributes = item['attributes'];
      if (!isObject(attributes)) return void problems.push({ message: '"attributes" must be an object of strings.', path: `${at}.attributes` });
      const out: Record<string, string> = {};
      for (const [key, value] of Object.entries(attributes)) {
        if (typeof value !== 'string') return void problems.push({ message: 'Attribute values must be strings.', path: `${at}.attributes.${key}` });
        out[key] = value;
      }
      entry.attributes = out;
    }
    entries.push(entry);
  });
  return { entries, problems };
}

function phrase(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed.length > 0 && trimmed.length <= MAX_PHRASE ? trimmed : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Turns a JSON.parse error into a message with a line and column when the engine gives a position. */
function syntaxProblem(text: string, error: unknown): UserKbProblem {
  const message = error instanceof Error ? error.message : String(error);
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return { message: `Invalid JSON: ${message}`, line: Number(lineCol[1]), column: Number(lineCol[2]) };
  const position = /position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : text.length;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return { message: `Invalid JSON: ${message}`, line, column };
}

/** Formats a problem for a message: "line 3, column 5: ..." or "entries[2].type: ...". */
export function describeProblem(problem: UserKbProblem): string {
  const place = problem.line !== undefined ? `line ${problem.line}, column ${problem.column ?? 1}` : (problem.path ?? '');
  return place ? `${place}: ${problem.message}` : problem.message;
}
