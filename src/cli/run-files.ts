import { decodeArticle, type Analyzer, type EntityType } from '../engine/index';
import type { Format } from './args';
import { toDocument } from './document';
import { createFormatter } from './formats/index';
import { expandInputs, readFileBytes, readStdinBytes, type ReadResult, type Source } from './inputs';
import { quotePath, type Output } from './output';

export interface FilesRun {
  inputs: readonly string[];
  format: Format;
  types: readonly EntityType[] | undefined;
  maxBytes: number;
  color: boolean;
  /** Standard input, created only for a "-" argument: creating it loads Node's stream modules. */
  stdin: () => NodeJS.ReadableStream;
}

/**
 * Analyses files, folders and stdin in command-line order and writes each document as soon as it
 * is done. Returns true when every input could be read and analysed.
 */
export async function runFiles(run: FilesRun, analyzer: Analyzer, out: Output): Promise<boolean> {
  const { sources, anyFolder } = expandInputs(run.inputs);
  const formatter = createFormatter(run.format, { color: run.color, multiple: run.inputs.length > 1 || anyFolder });
  const showProgress = anyFolder && run.format === 'jsonl';
  let allRead = true;

  await out.write(formatter.begin());
  let done = 0;
  for (const source of sources) {
    if (out.closed) break;
    const text = await load(source, run, out);
    if (showProgress) out.progress(++done, sources.length);
    if (text === undefined) {
      allRead = false;
      continue;
    }
    let doc;
    try {
      doc = toDocument({ file: source.path }, analyzer.analyze(text), run.types);
    } catch (err) {
      // One article that trips the engine must not cost the results of ten thousand others.
      out.error(`cannot analyse ${quotePath(source.path)}: ${err instanceof Error ? err.message : String(err)}`);
      allRead = false;
      continue;
    }
    await out.write(formatter.document(doc, text));
  }
  out.clearProgress();
  await out.write(formatter.end());
  return allRead;
}

/** Reads and decodes one source, reporting on stderr why it cannot be used. */
async function load(source: Source, run: FilesRun, out: Output): Promise<string | undefined> {
  let read: ReadResult;
  if (source.kind === 'error') read = { ok: false, reason: source.reason };
  else if (source.kind === 'stdin') read = await readStdinBytes(run.stdin(), run.maxBytes);
  else read = readFileBytes(source.path, run.maxBytes);

  const decoded = read.ok ? decodeArticle(read.bytes, { maxBytes: run.maxBytes }) : read;
  if (!decoded.ok) {
    out.error(`cannot read ${quotePath(source.path)}: ${decoded.reason}`);
    return undefined;
  }
  for (const note of decoded.notes) out.note(`${quotePath(source.path)}: ${note}`);
  return decoded.text;
}
