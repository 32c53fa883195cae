import { version } from '../../package.json';
import { createAnalyzer } from '../engine/index';
import { HELP, parseCommandLine, UsageError, type Command } from './args';
import { runJsonlIn } from './jsonl-in';
import { isTerminal, Output } from './output';
import { runFiles } from './run-files';

/** Entry point of `analyst-lens`: parses arguments, runs, and returns the exit status. */
async function main(argv: readonly string[]): Promise<number> {
  let command: Command;
  try {
    command = parseCommandLine(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`analyst-lens: ${err.message} (see analyst-lens --help)\n`);
    return 2;
  }
  if (command.kind === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (command.kind === 'version') {
    process.stdout.write(`${version}\n`);
    return 0;
  }

  const options = command.options;
  // When the reader of stdout goes away nothing more can be delivered: leave at once, quietly,
  // with the status earned so far (1 if any input had already failed).
  // The standard streams are only created when used: creating them loads Node's stream modules,
  // which a run over files that writes to a pipe or a file does not need (see Output).
  const out = new Output({ stdout: () => process.stdout, stderr: () => process.stderr }, () => process.exit(out.failed ? 1 : 0));
  // The analyser compiles its knowledge bases once; every document of the run shares it.
  const analyzer = createAnalyzer(options.types ? { types: options.types } : {});
  const common = { format: options.format, types: options.types, maxBytes: options.maxBytes, stdin: () => process.stdin };
  const allRead = options.jsonlIn
    ? await runJsonlIn(common, analyzer, out)
    : await runFiles({ ...common, inputs: options.inputs, color: wantsColor(options.format) }, analyzer, out);
  return allRead && !out.failed ? 0 : 1;
}

/** Colours only for people: a terminal, unless NO_COLOR says otherwise or FORCE_COLOR insists. */
function wantsColor(format: string): boolean {
  if (format !== 'text') return false;
  const env = process.env;
  if (env['NO_COLOR']) return false;
  if (env['FORCE_COLOR'] !== undefined) return env['FORCE_COLOR'] !== '0' && env['FORCE_COLOR'] !== 'false';
  return isTerminal(1);
}

main(process.argv.slice(2)).then(
  (status) => {
    // exitCode rather than exit(): pending writes to a slow pipe are still flushed.
    process.exitCode = status;
  },
  (err: unknown) => {
    process.stderr.write(`analyst-lens: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exitCode = 70;
  },
);
