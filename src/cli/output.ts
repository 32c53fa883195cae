/**
 * Standard output and standard error for the CLI. Output is written as each document is done, so
 * a reader such as `head` may close the pipe while we are still working; that is a normal way for
 * a pipeline to end, so we stop quietly instead of crashing with a stack trace.
 */
export class Output {
  private closedEarly = false;
  private progressShown = false;
  private lastProgress = 0;
  /** True once any error was reported; the exit status is 1 then, however the run ends. */
  failed = false;

  constructor(
    private readonly stdout: NodeJS.WriteStream,
    private readonly stderr: NodeJS.WriteStream,
    private readonly onClosed: () => void,
  ) {
    stdout.on('error', (err: NodeJS.ErrnoException) => {
      this.closedEarly = true;
      // EPIPE is the reader going away, which is how `| head` ends a pipeline. Any other write
      // error (a full disk) lost output, so it gets one line and counts as a failure.
      if (err.code !== 'EPIPE') this.error(`cannot write output: ${err.message}`);
      this.onClosed();
    });
    // A closed standard error must not turn a finished run into a crash either.
    stderr.on('error', () => undefined);
  }

  /** True once nobody reads our output any more; callers stop working when they see it. */
  get closed(): boolean {
    // On Linux, pipe writes are synchronous and a failed write destroys the stream at once, while
    // the 'error' event only arrives on a later tick; checking `destroyed` lets a synchronous
    // loop over many files stop at the next file.
    return this.closedEarly || this.stdout.destroyed;
  }

  /**
   * Writes a chunk; resolves when it is safe to write more. Waiting for 'drain' keeps memory flat
   * when stdout is slower than the engine (pipes are asynchronous on macOS and Windows).
   */
  write(chunk: string): Promise<void> | undefined {
    if (chunk === '' || this.closed) return undefined;
    if (this.stdout.write(chunk)) return undefined;
    return new Promise((resolve) => {
      const done = (): void => {
        this.stdout.off('drain', done);
        this.stdout.off('close', done);
        resolve();
      };
      this.stdout.on('drain', done);
      this.stdout.on('close', done);
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
    this.stderr.write(`analyst-lens: ${message}\n`);
  }

  /** Shows `N/M files` on one updating line, only for a person watching a terminal. */
  progress(done: number, total: number): void {
    if (!this.stderr.isTTY) return;
    // Ten updates a second are enough for the eye; one per file would flood a slow terminal.
    const now = Date.now();
    if (done < total && now - this.lastProgress < 100) return;
    this.lastProgress = now;
    this.stderr.write(`\r${done}/${total} files`);
    this.progressShown = true;
  }

  clearProgress(): void {
    if (!this.progressShown) return;
    this.stderr.write('\r\x1b[K');
    this.progressShown = false;
  }
}

/** Quotes a path for a one-line message; JSON escaping keeps newlines in names on one line. */
export function quotePath(path: string): string {
  return JSON.stringify(path);
}
