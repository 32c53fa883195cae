/**
 * The text form of the extension bundle's compressed knowledge base (see kbFromPackedComment in
 * esbuild.config.mjs, which writes it): the Brotli bytes in base 85, four bytes to five
 * characters, prefixed with the byte count and a ':'. The bundle keeps it in a block comment, so
 * the alphabet is printable ASCII without '*' (no "*\/" can close the comment early) and without
 * the quotes, '$', '\' and braces. Base64 makes six characters of every four bytes and base 85
 * five: 6 KB less of the extension's 500 KB budget (issue 5) for the same knowledge base.
 */
export const PACK_ALPHABET = '!#%&()+,-.0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz|~';

/**
 * The bytes of a packed text (see PACK_ALPHABET); throws on a character outside the alphabet.
 * `alphabet` is always PACK_ALPHABET: the extension core's build writes this function's source
 * into the core and calls it with the alphabet given, before any of the core's modules has run
 * (see packedReaders in esbuild.config.mjs).
 */
export function unpack(text: string, alphabet: string = PACK_ALPHABET): Uint8Array {
  const colon = text.indexOf(':');
  const length = Number(text.slice(0, colon));
  if (colon < 1 || !Number.isInteger(length) || length < 0) throw new Error('packed knowledge base: no byte count before ":"');
  const digits = new Int8Array(128).fill(-1);
  for (let k = 0; k < alphabet.length; k++) digits[alphabet.charCodeAt(k)] = k;
  const out = new Uint8Array(Math.ceil(length / 4) * 4);
  let o = 0;
  for (let i = colon + 1; i + 5 <= text.length && o < out.length; i += 5) {
    let value = 0;
    for (let k = 0; k < 5; k++) {
      const c = text.charCodeAt(i + k);
      const d = c < 128 ? digits[c] as number : -1;
      if (d < 0) throw new Error(`packed knowledge base: character ${JSON.stringify(text.charAt(i + k))} at ${i + k}`);
      value = value * 85 + d;
    }
    out[o++] = (value >>> 24) & 255;
    out[o++] = (value >>> 16) & 255;
    out[o++] = (value >>> 8) & 255;
    out[o++] = value & 255;
  }
  if (o < length) throw new Error(`packed knowledge base: ${o} of ${length} bytes`);
  return out.subarray(0, length);
}

/** The packed text of some bytes (the build's side, kept here so that a test can round-trip it). */
export function pack(bytes: Uint8Array): string {
  let out = `${bytes.length}:`;
  for (let i = 0; i < bytes.length; i += 4) {
    // The last group is padded with zeros; the byte count says where the bytes end.
    let value = 0;
    for (let k = 0; k < 4; k++) value = value * 256 + (bytes[i + k] ?? 0);
    let group = '';
    for (let k = 0; k < 5; k++) { group = PACK_ALPHABET.charAt(value % 85) + group; value = Math.floor(value / 85); }
    out += group;
  }
  return out;
}
