import type { Entity, EntityType } from '../../engine/index';
import { documentName } from '../document';
import type { FormatContext, Formatter } from './formatter';

// Bold colours per type, chosen to stay readable on both dark and light terminal themes.
const COLORS: Record<EntityType, string> = {
  official: '\x1b[1;36m',
  system: '\x1b[1;33m',
  agreement: '\x1b[1;35m',
  country: '\x1b[32m',
};
const RESET = '\x1b[0m';
const TYPE_ORDER: readonly EntityType[] = ['official', 'system', 'agreement', 'country'];

interface Mark {
  start: number;
  end: number;
  type: EntityType;
}

/** The article with every mention marked, then a table of its entities. */
export function textFormatter(ctx: FormatContext): Formatter {
  let count = 0;
  return {
    begin: () => '',
    document(doc, text) {
      const parts: string[] = [];
      if (count++ > 0) parts.push('\n');
      if (ctx.multiple) parts.push(`==> ${terminalSafe(documentName(doc))} <==\n`);
      markMentions(text, doc.entities, ctx.color, parts);
      if (!text.endsWith('\n') && text !== '') parts.push('\n');
      parts.push('\n', entityTable(doc.entities));
      return parts.join('');
    },
    end: () => '',
  };
}

/**
 * Appends the text with each mention wrapped in `[[type: ...]]` (or coloured) to `parts`, in one
 * pass over mentions sorted by start, longest first. A mention inside another one is nested; one
 * that crosses another's boundary cannot be drawn as brackets and is left unmarked.
 */
export function markMentions(text: string, entities: readonly Entity[], color: boolean, parts: string[]): void {
  const marks: Mark[] = [];
  for (const entity of entities) {
    for (const m of entity.mentions) {
      if (m.start < m.end && m.start >= 0 && m.end <= text.length) marks.push({ start: m.start, end: m.end, type: entity.type });
    }
  }
  marks.sort((a, b) => a.start - b.start || b.end - a.end);

  const open: Mark[] = [];
  let pos = 0;
  const closeTop = (): void => {
    const top = open.pop()!;
    parts.push(terminalSafe(text.slice(pos, top.end)));
    pos = top.end;
    const parent = open[open.length - 1];
    parts.push(color ? RESET + (parent ? COLORS[parent.type] : '') : ']]');
  };
  for (const mark of marks) {
    while (open.length > 0 && open[open.length - 1]!.end <= mark.start) closeTop();
    const parent = open[open.length - 1];
    if (parent && parent.end < mark.end) continue;
    parts.push(terminalSafe(text.slice(pos, mark.start)));
    pos = mark.start;
    parts.push(color ? COLORS[mark.type] : `[[${mark.type}: `);
    open.push(mark);
  }
  while (open.length > 0) closeTop();
  parts.push(terminalSafe(text.slice(pos)));
}

/** A fixed-width table of entities: type, name, number of mentions, key attributes. */
export function entityTable(entities: readonly Entity[]): string {
  if (entities.length === 0) return 'No entities found.\n';
  const sorted = [...entities].sort(
    (a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || firstStart(a) - firstStart(b),
  );
  const rows = [
    ['type', 'name', 'mentions', 'details'],
    ...sorted.map((e) => [e.type, terminalSafe(e.name), String(e.mentions.length), terminalSafe(details(e))]),
  ];
  const widths = [0, 1, 2].map((col) => rows.reduce((max, row) => Math.max(max, row[col]!.length), 0));
  return rows
    .map((row) => {
      const [type, name, mentions, detail] = row as [string, string, string, string];
      // Counts are right-aligned like numbers; the last column is not padded, so no trailing blanks.
      return `${type.padEnd(widths[0]!)}  ${name.padEnd(widths[1]!)}  ${mentions.padStart(widths[2]!)}  ${detail}`.trimEnd();
    })
    .join('\n') + '\n';
}

function firstStart(entity: Entity): number {
  return entity.mentions[0]?.start ?? Number.MAX_SAFE_INTEGER;
}

/** The attributes that say who or what an entity is, in a fixed order. */
function details(entity: Entity): string {
  const a = entity.attributes;
  const out: string[] = [];
  for (const key of ['title', 'organization', 'country', 'designation', 'kind']) {
    const value = a[key];
    if (typeof value === 'string' && value !== '' && value !== entity.name) out.push(value);
  }
  if (typeof a['natoName'] === 'string') out.push(`NATO: ${a['natoName']}`);
  return out.join(', ');
}

/**
 * Article text is untrusted and the text format goes to terminals: an escape sequence in a file
 * could retitle the window or hide lines. Control characters other than tab and line breaks are
 * shown as U+FFFD instead, one for one, so the layout is unchanged.
 */
function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '\ufffd');
}
