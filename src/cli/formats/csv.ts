import type { AttributeValue, Entity, Mention } from '../../engine/index';
import { documentName } from '../document';
import type { Formatter } from './formatter';

/**
 * The attribute columns, in order, with the engine attribute each one reads. The engine's names
 * are camelCase; the column names are snake_case because spreadsheet and SQL users expect that.
 */
const ATTRIBUTE_COLUMNS: readonly (readonly [column: string, attribute: string])[] = [
  ['title', 'title'],
  ['country', 'country'],
  ['organization', 'organization'],
  ['designation', 'designation'],
  ['kind', 'kind'],
  ['category', 'category'],
  ['origin', 'origin'],
  ['nato_name', 'natoName'],
  ['parties', 'parties'],
  ['signatories', 'signatories'],
];

export const CSV_COLUMNS: readonly string[] = [
  'file', 'entity_id', 'type', 'name', 'start', 'end', 'line', 'column', 'text', 'nominal',
  ...ATTRIBUTE_COLUMNS.map(([column]) => column),
];

// RFC 4180 ends records with CRLF; spreadsheet programs and Python's csv module expect it.
const EOL = '\r\n';

/** One row per mention, RFC 4180 quoting, text cells guarded against formula injection. */
export function csvFormatter(): Formatter {
  return {
    begin: () => CSV_COLUMNS.join(',') + EOL,
    document(doc) {
      const file = documentName(doc);
      const rows: string[] = [];
      for (const entity of doc.entities) {
        // The attribute cells are the same for every mention of an entity; build them once.
        const attributes = ATTRIBUTE_COLUMNS.map(([, name]) => attributeCell(entity.attributes[name]));
        for (const mention of entity.mentions) rows.push(mentionRow(file, entity, mention, attributes));
      }
      return rows.join('');
    },
    end: () => '',
  };
}

function mentionRow(file: string, entity: Entity, m: Mention, attributes: string[]): string {
  return [
    textCell(file), textCell(entity.id), textCell(entity.type), textCell(entity.name),
    String(m.start), String(m.end), String(m.line), String(m.column),
    textCell(m.text), m.nominal ? 'true' : 'false',
    ...attributes,
  ].join(',') + EOL;
}

function attributeCell(value: AttributeValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return textCell(Array.isArray(value) ? value.join('; ') : value);
}

/**
 * A text cell: neutralised, then quoted when needed. Article text is untrusted, and a cell such
 * as `=HYPERLINK(...)` would run as a formula when the CSV is opened in a spreadsheet, so cells
 * that begin with a formula trigger get a leading apostrophe (the OWASP advice). Numeric columns
 * never pass through here, so negative numbers stay numbers.
 */
export function textCell(value: string): string {
  // A lone "-" (the stdin file name) cannot form a formula; leaving it alone keeps it readable.
  const safe = value !== '-' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
