// Pure helpers of the analysis cache: the size and binary gate, and finding the mention at an
// offset. No 'vscode' import, so plain-Node unit tests cover them.
import type { Entity, Mention } from '../engine';

/** Why a document was not analysed; shown in the status bar and once as a message. */
export interface Skip {
  readonly reason: 'tooLarge' | 'binary';
  readonly message: string;
}

/** One mention together with the entity it belongs to, for position look-ups. */
export interface MentionRef {
  readonly entity: Entity;
  readonly mention: Mention;
  /** Index of the mention within `entity.mentions`. */
  readonly index: number;
}

/**
 * Refuses text above the size limit or that looks binary. The UTF-8 size is counted without
 * allocating, and only when the UTF-16 length alone cannot decide it.
 */
export function checkSize(text: string, maxMB: number): Skip | undefined {
  const limit = maxMB * 1024 * 1024;
  if (text.length > limit || (text.length * 3 > limit && utf8Length(text) > limit)) {
    const mb = (utf8Length(text) / (1024 * 1024)).toFixed(1);
    return { reason: 'tooLarge', message: `It is ${mb} MB, above the analystLens.maxFileSizeMB limit of ${maxMB} MB.` };
  }
  // A NUL character in the first few kilobytes is the usual sign of a binary file opened as text.
  if (text.slice(0, 8192).includes('\u0000')) {
    return { reason: 'binary', message: 'It contains NUL characters and looks like a binary file.' };
  }
  return undefined;
}

/** The UTF-8 byte length of a string, counted without encoding it. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one 4-byte character.
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * Finds the mention that contains `offset` in a list sorted by start (a cursor right after a
 * mention counts too). Mentions of different types may nest ("the S-300 deal"); the innermost wins.
 */
export function mentionAt(sorted: readonly MentionRef[], offset: number): MentionRef | undefined {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  // Last mention whose start is at or before the offset.
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.mention.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Looking back over a few earlier starts is enough: nesting is shallow in real text.
  let best: MentionRef | undefined;
  for (let i = found; i >= 0 && i >= found - 8; i--) {
    const ref = sorted[i]!;
    if (ref.mention.start <= offset && offset <= ref.mention.end) {
      if (!best || ref.mention.end - ref.mention.start < best.mention.end - best.mention.start) best = ref;
    }
  }
  return best;
}
