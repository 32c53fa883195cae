import { sizeLimitReason, stripBom, type Analyzer, type EntityType } from '../engine/index';
import type { Format } from './args';
import { toDocument } from './document';
import { createFormatter } from './formats/index';
import type { Output } from './output';

export interface JsonlRun {
  format: Format;
  types: readonly EntityType[] | undefined;
  maxBytes: number;
  /** Standard input, created on first use. */
  stdin: () => NodeJS.ReadableStream;
}

type Record = { ok: true; id: string | number; text: string } | { ok: false; reason: string };

/**
 * The streaming mode for pipelines (a Hadoop-Streaming-style mapper): one `{"id", "text"}` line
 * in, one result line out, written before the next line is read. A bad line is reported with its
 * number and skipped, so one corrupt record never stops a batch. Returns true when every line was
 * usable.
 */
export async function runJsonlIn(run: JsonlRun, analyzer: Analyzer, out: Output): Promise<boolean> {
  const formatter = createFormatter(run.format, { color: false, multiple: true });
  // Required here rather than imported: loading readline (and the stream modules under it) at
  // start-up cost every other kind of run a few milliseconds (profile: compileForInternalLoader).
  const { createInterface } = require('node:readline') as typeof import('node:readline');
  const lines = createInterface({ input: run.stdin(), crlfDelay: Infinity });
  let allRead = true;
  let lineNo = 0;

  await out.write(formatter.begin());
  for await (const raw of lines) {
    lineNo++;
    if (out.closed) break;
    // A byte-order mark before the first record would make it invalid JSON.
    const line = lineNo === 1 ? stripBom(raw) : raw;
    // Blank lines (a trailing newline, a separator) carry no record, so they get no output line.
    if (line.trim() === '') continue;
    const record = parseRecord(line, run.maxBytes);
    if (!record.ok) {
      out.error(`stdin line ${lineNo}: ${record.reason}`);
      allRead = false;
      continue;
    }
    let chunk: string;
    try {
      const text = stripBom(record.text);
      chunk = formatter.document(toDocument({ id: record.id }, analyzer.analyze(text), run.types), text);
    } catch (err) {
      out.error(`stdin line ${lineNo}: cannot analyse: ${err instanceof Error ? err.message : String(err)}`);
      allRead = false;
      continue;
    }
    await out.write(chunk);
  }
  lines.close();
  await out.write(formatter.end());
  return allRead;
}

function parseRecord(line: string, maxBytes: number): Record {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    // JSON.parse messages quote the input, which may be huge or hold control characters.
    return { ok: false, reason: 'not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'expected an object with "id" and "text"' };
  }
  const { id, text } = value as { id?: unknown; text?: unknown };
  if (typeof id !== 'string' && typeof id !== 'number') return { ok: false, reason: '"id" must be a string or a number' };
  if (typeof text !== 'string') return { ok: false, reason: '"text" must be a string' };
  if (Buffer.byteLength(text, 'utf8') > maxBytes) {
    return { ok: false, reason: `text ${sizeLimitReason(maxBytes)}` };
  }
  return { ok: true, id, text };
}

