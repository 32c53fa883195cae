/**
 * Turns the bytes of an article file into the text the engine analyses. This module is pure (no
 * Node imports) because the web extension reads files as bytes too, and every front end must see
 * the same text so that offsets agree: a leading byte-order mark removed, line endings untouched.
 */

/** The outcome of reading an article: its text and any notes worth telling the user, or why not. */
export type DecodeResult =
  | { ok: true; text: string; notes: string[] }
  | { ok: false; reason: string };

export interface DecodeOptions {
  /** Files larger than this many bytes are refused before any decoding work. */
  maxBytes: number;
}

/** One megabyte as the size limit counts it (the binary megabyte editors use). */
export const BYTES_PER_MB = 1024 * 1024;

// A file whose characters are more than this share of control characters is not prose, even if
// it happens to contain no NUL byte (terminal captures, some legacy binary formats).
const MAX_CONTROL_SHARE = 0.1;

// Invalid UTF-8 in an otherwise UTF-8 file (a stray Latin-1 "é") is worth a note, not a refusal.
// When most characters come out as replacements the file is in another encoding altogether, and
// analysing the replacement characters would only produce noise.
const MAX_REPLACEMENT_SHARE = 0.5;

/** The message for a file over the size limit, shared by callers that check sizes before reading. */
export function sizeLimitReason(maxBytes: number): string {
  // toPrecision keeps limits such as 0.001 MB from printing as 0.0009999990463256836.
  return `larger than the ${Number((maxBytes / BYTES_PER_MB).toPrecision(3))} MB limit`;
}

/** Removes a leading byte-order mark, which editors hide and offsets must not count. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Decodes article bytes (UTF-8, or UTF-16 with a byte-order mark), refusing binary or huge files. */
export function decodeArticle(bytes: Uint8Array, opts: DecodeOptions): DecodeResult {
  if (bytes.length > opts.maxBytes) return { ok: false, reason: sizeLimitReason(opts.maxBytes) };

  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) {
    // FF FE 00 00 is the UTF-32 LE mark; decoding it as UTF-16 would yield NUL characters anyway.
    return decodeUtf16(bytes, 'utf-16le', 'UTF-16 LE');
  }
  if (b0 === 0xfe && b1 === 0xff) return decodeUtf16(bytes, 'utf-16be', 'UTF-16 BE');

  const hasUtf8Bom = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf;
  const body = hasUtf8Bom ? bytes.subarray(3) : bytes;
  // A NUL byte never occurs in UTF-8 prose, and it is the cheapest reliable sign of a binary file.
  if (body.indexOf(0) !== -1) return { ok: false, reason: 'binary file' };

  const notes: string[] = [];
  let text: string;
  try {
    // The strict decoder is the fast path for the usual, valid file.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body);
    const replaced = countChar(text, 0xfffd) - countEncodedReplacementChars(body);
    if (replaced > text.length * MAX_REPLACEMENT_SHARE) return { ok: false, reason: 'not UTF-8 text' };
    notes.push(`invalid UTF-8: ${replaced} byte sequence${replaced === 1 ? '' : 's'} replaced with U+FFFD`);
  }
  if (isMostlyControl(text)) return { ok: false, reason: 'binary file' };
  return { ok: true, text, notes };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', label: string): DecodeResult {
  // ignoreBOM: true keeps the mark in the output so that stripBom removes exactly one of them.
  const text = stripBom(new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(bytes));
  if (text.indexOf('\u0000') !== -1 || isMostlyControl(text)) return { ok: false, reason: 'binary file' };
  const notes = [`decoded as ${label} (byte-order mark)`];
  if (bytes.length % 2 === 1) notes.push(`${label}: odd byte count, the last byte was replaced with U+FFFD`);
  return { ok: true, text, notes };
}

/** True when control characters other than ordinary whitespace make up a high share of the text. */
function isMostlyControl(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Tab, line feed, vertical tab, form feed and carriage return are layout, not binary noise.
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || c === 0x7f) controls++;
  }
  return controls > 0 && controls > text.length * MAX_CONTROL_SHARE;
}

function countChar(text: string, code: number): number {
  const ch = String.fromCharCode(code);
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** Counts U+FFFD characters that were validly encoded in the file (EF BF BD), not substitutions. */
function countEncodedReplacementChars(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0xef); i !== -1 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  }
  return n;
}
