import { closeSync, fstatSync, openSync, readFileSync, readSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { sep } from 'node:path';
import { sizeLimitReason } from '../engine/index';

/** One document to analyse, or an input we already know cannot be read. */
export type Source =
  | { kind: 'file'; path: string }
  | { kind: 'stdin'; path: '-' }
  | { kind: 'error'; path: string; reason: string };

export interface Expansion {
  sources: Source[];
  /** True when any argument was a folder: then json output is an array even for one file. */
  anyFolder: boolean;
}

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

const ARTICLE_FILE = /\.(txt|article)$/i;
const CHUNK = 64 * 1024;

/** Turns command-line arguments into the ordered list of documents they name. */
export function expandInputs(args: readonly string[]): Expansion {
  const sources: Source[] = [];
  let anyFolder = false;
  for (const arg of args) {
    if (arg === '-') {
      sources.push({ kind: 'stdin', path: '-' });
      continue;
    }
    let isFolder: boolean;
    try {
      isFolder = statSync(arg).isDirectory();
    } catch (err) {
      sources.push({ kind: 'error', path: arg, reason: describeFsError(err) });
      continue;
    }
    if (isFolder) {
      anyFolder = true;
      walkFolder(arg, sources, new Set());
    } else {
      // A file named explicitly is read whatever its extension: the user chose it.
      sources.push({ kind: 'file', path: arg });
    }
  }
  return { sources, anyFolder };
}

/**
 * Adds the article files below `dir` in a stable order: entries sorted by code point (not by
 * locale, so every machine agrees), depth first. Paths keep the folder exactly as the user typed
 * it so that the `file` field matches what they passed.
 */
function walkFolder(dir: string, out: Source[], visited: Set<string>): void {
  let entries;
  try {
    // Following a symbolic link back to an ancestor would otherwise recurse forever.
    const real = realpathSync(dir);
    if (visited.has(real)) return;
    visited.add(real);
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    out.push({ kind: 'error', path: dir, reason: describeFsError(err) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const prefix = dir.endsWith('/') || dir.endsWith(sep) ? dir : dir + sep;
  for (const entry of entries) {
    const path = prefix + entry.name;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const st = statSync(path);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (err) {
        // A dangling link that looks like an article is worth reporting; anything else is not.
        if (ARTICLE_FILE.test(entry.name)) out.push({ kind: 'error', path, reason: describeFsError(err) });
        continue;
      }
    }
    if (isDir) {
      // Dot-folders (.git, .vscode) and dependencies hold tooling files, never articles.
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      walkFolder(path, out, visited);
    } else if (isFile && ARTICLE_FILE.test(entry.name)) {
      out.push({ kind: 'file', path });
    }
  }
}

/**
 * Reads a file's bytes, but never more than one byte past the limit: a regular file is refused
 * from its size alone, and a pipe or device (`<(command)`, /dev/stdin) is read in chunks.
 */
export function readFileBytes(path: string, maxBytes: number): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    return { ok: false, reason: describeFsError(err) };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { ok: false, reason: 'is a folder' };
    if (st.isFile()) {
      if (st.size > maxBytes) return { ok: false, reason: sizeLimitReason(maxBytes) };
      return { ok: true, bytes: readFileSync(fd) };
    }
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const n = readSync(fd, chunk, 0, CHUNK, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) break;
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } catch (err) {
    return { ok: false, reason: describeFsError(err) };
  } finally {
    closeSync(fd);
  }
}

/** Reads standard input to its end, stopping once it is over the limit so a huge stream cannot fill memory. */
export async function readStdinBytes(stdin: NodeJS.ReadableStream, maxBytes: number): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stdin) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      chunks.push(buf);
      total += buf.length;
      if (total > maxBytes) break;
    }
  } catch (err) {
    return { ok: false, reason: describeFsError(err) };
  }
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}

/** Short, stable reasons for the common file-system errors, instead of Node's "ENOENT: ..." text. */
export function describeFsError(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ENOTDIR':
      return 'not a folder';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'ENAMETOOLONG':
      return 'name too long';
    default: {
      const message = err instanceof Error ? err.message : String(err);
      return message.split('\n')[0] ?? message;
    }
  }
}
