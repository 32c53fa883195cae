import { parseArgs } from 'node:util';
import { ALL_TYPES, BYTES_PER_MB, type EntityType } from '../engine/index';

export type Format = 'text' | 'json' | 'jsonl' | 'csv';
const FORMATS: readonly Format[] = ['text', 'json', 'jsonl', 'csv'];

export interface RunOptions {
  format: Format;
  /** Undefined means every type the engine knows, which is the engine's own default. */
  types: EntityType[] | undefined;
  jsonlIn: boolean;
  maxBytes: number;
  inputs: string[];
}

export type Command = { kind: 'help' } | { kind: 'version' } | { kind: 'run'; options: RunOptions };

/** A mistake in the command line; main prints it on one line and exits with status 2. */
export class UsageError extends Error {}

export const DEFAULT_MAX_MB = 10;

export const HELP = `Usage: analyst-lens [options] <file|folder|->...

Tags officials, weapon systems and agreements in articles.

Arguments:
  file          a text article (UTF-8, or UTF-16 with a byte-order mark)
  folder        every *.txt and *.article file below it (sorted; dot-folders
                and node_modules are skipped)
  -             standard input

Options:
  --format text|json|jsonl|csv
                text: the article with mentions marked, then a table of entities
                json: one document object, or an array for several inputs
                or a folder
                jsonl: one document object per line, written as each is done
                csv: one row per mention (default: text)
  --types official,system,agreement,country
                report only these entity types (default: all)
  --jsonl-in    read {"id": ..., "text": ...} lines from standard input and write
                one result line per input line (formats jsonl or csv)
  --max-size MB refuse inputs larger than this, in MiB (default: ${DEFAULT_MAX_MB})
  -h, --help    show this help
  -V, --version show the version

Colours are used when standard output is a terminal; NO_COLOR turns them off
and FORCE_COLOR turns them on.

Exit status: 0 when every input was read, 1 when any input could not be read
(it is named on standard error and the others are still processed), 2 on a
usage error.
`;

/** Parses the command line into a command, or throws UsageError. */
export function parseCommandLine(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        types: { type: 'string' },
        'jsonl-in': { type: 'boolean' },
        'max-size': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    });
  } catch (err) {
    throw new UsageError(describeParseError(err));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const jsonlIn = values['jsonl-in'] === true;
  const format = parseFormat(values.format, jsonlIn);
  if (jsonlIn && positionals.length > 0) {
    throw new UsageError('--jsonl-in reads standard input only; remove the file arguments');
  }
  if (!jsonlIn && positionals.length === 0) {
    throw new UsageError('no input given (name files or folders, or - for standard input)');
  }
  return {
    kind: 'run',
    options: {
      format,
      types: values.types === undefined ? undefined : parseTypes(values.types),
      jsonlIn,
      maxBytes: parseMaxSize(values['max-size']),
      inputs: positionals,
    },
  };
}

function parseFormat(value: string | undefined, jsonlIn: boolean): Format {
  if (value === undefined) return jsonlIn ? 'jsonl' : 'text';
  const format = FORMATS.find((f) => f === value);
  if (!format) throw new UsageError(`unknown format '${value}' (expected ${FORMATS.join(', ')})`);
  // Line-in, line-out is the point of --jsonl-in; json and text cannot be written line by line.
  if (jsonlIn && format !== 'jsonl' && format !== 'csv') {
    throw new UsageError(`--jsonl-in writes one line per input line; use --format jsonl or csv, not ${format}`);
  }
  return format;
}

function parseTypes(value: string): EntityType[] {
  const types: EntityType[] = [];
  for (const raw of value.split(',')) {
    const name = raw.trim().toLowerCase();
    if (name === '') continue;
    if (name === 'all') return [...ALL_TYPES];
    const type = ALL_TYPES.find((t) => t === name);
    if (!type) throw new UsageError(`unknown type '${raw.trim()}' (expected ${ALL_TYPES.join(', ')})`);
    if (!types.includes(type)) types.push(type);
  }
  if (types.length === 0) throw new UsageError('--types needs at least one type');
  return types;
}

function parseMaxSize(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_MB * BYTES_PER_MB;
  // Number('') is 0, so an empty value would silently refuse every non-empty file.
  const mb = value.trim() === '' ? NaN : Number(value);
  if (!Number.isFinite(mb) || mb < 0) throw new UsageError(`--max-size needs a number of MB, not '${value}'`);
  return Math.round(mb * BYTES_PER_MB);
}

/** Rewrites Node's multi-line parseArgs messages as one short line. */
function describeParseError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: unknown }).code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'([^']*)'/.exec(message)?.[1] ?? message;
    return `unknown option '${option}'`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /ambiguous/.test(message)) {
    const option = /'([^']*)'/.exec(message)?.[1] ?? 'option';
    return `${option} needs a value`;
  }
  const first = message.split('\n')[0] ?? message;
  return first.charAt(0).toLowerCase() + first.slice(1);
}
