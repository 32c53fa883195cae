// Pure helpers for building hover markdown from untrusted article text. This module imports
// nothing from 'vscode' so plain-Node unit tests can exercise it directly.

/**
 * Characters that could start markdown syntax, HTML, an autolink or a theme icon. CommonMark lets
 * any ASCII punctuation be backslash-escaped, so escaping all of it is always safe.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|<>~&:"'$%=@^?;,/]/g;

/**
 * Invisible or direction-changing characters (bidi overrides and isolates, zero-width marks,
 * C0/C1 controls) let article text look like something else in a hover; they are made visible.
 */
const DECEPTIVE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** Escapes text so markdown renders it literally: no links, HTML, code, emphasis or icons. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(DECEPTIVE, (c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
    .replace(/\r\n|\r|\n|\t/g, ' ')
    .replace(MARKDOWN_PUNCTUATION, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
}

/**
 * Builds a `command:` link target. Arguments are JSON, then percent-encoded including the
 * parentheses that `encodeURIComponent` leaves alone, because a ")" would end the markdown link.
 */
export function commandUri(command: string, args: readonly unknown[]): string {
  const encoded = encodeURIComponent(JSON.stringify(args)).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `command:${command}?${encoded}`;
}

/** A markdown link whose label is escaped article text and whose target is one of our commands. */
export function commandLink(label: string, command: string, args: readonly unknown[], tooltip?: string): string {
  const title = tooltip ? ` "${tooltip.replace(/["\\]/g, '')}"` : '';
  return `[${escapeMarkdown(label)}](${commandUri(command, args)}${title})`;
}

/** A single-line snippet of `text` around [start, end), cut at line breaks and to `radius` chars. */
export function snippetAround(text: string, start: number, end: number, radius = 40): string {
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, 0);
  const nextBreak = text.indexOf('\n', end);
  const lineEnd = nextBreak < 0 ? text.length : nextBreak;
  from = Math.max(from, lineStart);
  to = Math.min(to, lineEnd);
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > lineStart ? '…' : ''}${body}${to < lineEnd ? '…' : ''}`;
}
