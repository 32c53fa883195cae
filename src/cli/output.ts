import { fstatSync, statSync, writeSync } from 'node:fs';

/**
 * Whether a descriptor is a terminal, without creating process.stdout or process.stderr: for a
 * pipe that loads Node's stream, socket and pipe modules (7.6 ms in a fresh process here), and so
 * does node:tty itself (5 ms). Only a character device can be a terminal, so pipes and files (how
 * scripts and scorers run the command line) are answered by one fstat; a character device (a
 * terminal) is asked of node:tty.
 */
export function isTerminal(fd: number): boolean {
  let st;
  try {
    st = fstatSync(fd);
  } catch {
    return false;
  }
  if (!st.isCharacterDevice()) return false;
  // Output thrown away (`> /dev/null`, as benchmarks do) is no terminal either; a system without
  // /dev/null (Windows) asks node:tty.
  try {
    if (st.rdev === statSync('/dev/null').rdev) return false;
  } catch {
    // No /dev/null to compare with.
  }
  return (require('node:tty') as typeof import('node:tty')).isatty(fd);
}

/** The standard streams, created only when they are needed (see Output). */
export interface StdStreams {
  stdout(): NodeJS.WriteStream;
  stderr(): NodeJS.WriteStream;
}

/**
 * Standard output and standard error for the CLI. Output is written as each document is done, so
 * a reader such as `head` may close the pipe while we are still working; that is a normal way for
 * a pipeline to end, so we stop quietly instead of crashing with a stack trace.
 *
 * Chunks go straight to file descriptors 1 and 2 with a synchronous write. Merely creating
 * process.stdout loads Node's stream, socket and pipe modules, which was about a tenth of a
 * one-article run (profile: getStdout, createWritableStdioStream, compileForInternalLoader).
 * A descriptor that cannot take a chunk now (EAGAIN: a non-blocking pipe that is full) hands the
 * rest of the run to the stream, which waits for the reader.
 */
export class Output {
  private closedEarly = false;
  private progressShown = false;
  private lastProgress = 0;
  /** Set once writes to stdout go through the stream instead of the descriptor. */
  private stdout: NodeJS.WriteStream | undefined;
  private stderr: NodeJS.WriteStream | undefined;
  /** Whether standard error is a terminal (asked once, for the progress line). */
  private stderrIsTerminal: boolean | undefined;
  /** Set once a message had to wait in the stderr stream: later ones queue behind it. */
  private stderrQueued = false;
  /** True once any error was reported; the exit status is 1 then, however the run ends. */
  failed = false;

  constructor(
    private readonly std: StdStreams,
    private readonly onClosed: () => void,
  ) {}

  /** True once nobody reads our output any more; callers stop working when they see it. */
  get closed(): boolean {
    // On Linux, pipe writes are synchronous and a failed write destroys the stream at once, while
    // the 'error' event only arrives on a later tick; checking `destroyed` lets a synchronous
    // loop over many files stop at the next file.
    return this.closedEarly || (this.stdout?.destroyed ?? false);
  }

  /**
   * Writes a chunk; resolves when it is safe to write more. Waiting for 'drain' keeps memory flat
   * when stdout is slower than the engine (pipes are asynchronous on macOS and Windows).
   */
  write(chunk: string): Promise<void> | undefined {
    if (chunk === '' || this.closed) return undefined;
    let rest: string | Buffer = chunk;
    if (!this.stdout) {
      let left: Buffer | undefined;
      try {
        left = writeAll(1, chunk);
      } catch (err) {
        this.lost(err as NodeJS.ErrnoException);
        return undefined;
      }
      if (!left) return undefined;
      rest = left;
      this.stdout = this.stdoutStream();
    }
    const stdout = this.stdout;
    if (stdout.write(rest)) return undefined;
    return new Promise((resolve) => {
      const done = (): void => {
        stdout.off('drain', done);
        stdout.off('close', done);
        resolve();
      };
      stdout.on('drain', done);
      stdout.on('close', done);
    });
  }

  /** Reports a failure in one line on stderr; the run goes on, but will exit with status 1. */
  error(message: string): void {
    this.failed = true;
    this.line(message);
  }

  /** A remark that is not a failure (an encoding repaired), on stderr so it never mixes with data. */
  note(message: string): void {
    this.line(`note: ${message}`);
  }

  private line(message: string): void {
    this.clearProgress();
    this.toStderr(`analyst-lens: ${message}\n`);
  }

  /** Shows `N/M files` on one updating line, only for a person watching a terminal. */
  progress(done: number, total: number): void {
    if (!(this.stderrIsTerminal ??= isTerminal(2))) return;
    // Ten updates a second are enough for the eye; one per file would flood a slow terminal.
    const now = Date.now();
    if (done < total && now - this.lastProgress < 100) return;
    this.lastProgress = now;
    this.toStderr(`\r${done}/${total} files`);
    this.progressShown = true;
  }

  clearProgress(): void {
    if (!this.progressShown) return;
    this.toStderr('\r\x1b[K');
    this.progressShown = false;
  }

  /** The reader of stdout went away (EPIPE), or a write failed for another reason (a full disk). */
  private lost(err: NodeJS.ErrnoException): void {
    if (this.closedEarly) return;
    this.closedEarly = true;
    // EPIPE is the reader going away, which is how `| head` ends a pipeline. Any other write
    // error lost output, so it gets one line and counts as a failure.
    if (err.code !== 'EPIPE') this.error(`cannot write output: ${err.message}`);
    this.onClosed();
  }

  private stdoutStream(): NodeJS.WriteStream {
    const stdout = this.std.stdout();
    stdout.on('error', (err: NodeJS.ErrnoException) => this.lost(err));
    return stdout;
  }

  private stderrStream(): NodeJS.WriteStream {
    if (!this.stderr) {
      this.stderr = this.std.stderr();
      // A closed standard error must not turn a finished run into a crash either.
      this.stderr.on('error', () => undefined);
    }
    return this.stderr;
  }

  private toStderr(text: string): void {
    if (this.stderrQueued) {
      this.stderrStream().write(text);
      return;
    }
    let left: Buffer | undefined;
    try {
      left = writeAll(2, text);
    } catch {
      // A closed or failing standard error loses the message, nothing more.
      return;
    }
    if (left) {
      this.stderrQueued = true;
      this.stderrStream().write(left);
    }
  }
}

/**
 * Writes all of `text` to a descriptor. Returns undefined when done, or the bytes not written
 * when the descriptor would block (EAGAIN); other errors are thrown.
 */
function writeAll(fd: number, text: string): Buffer | undefined {
  const bytes = Buffer.from(text, 'utf8');
  let off = 0;
  while (off < bytes.length) {
    try {
      off += writeSync(fd, bytes, off, bytes.length - off);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EAGAIN') return bytes.subarray(off);
      throw err;
    }
  }
  return undefined;
}

/** Quotes a path for a one-line message; JSON escaping keeps newlines in names on one line. */
export function quotePath(path: string): string {
  return JSON.stringify(path);
}
