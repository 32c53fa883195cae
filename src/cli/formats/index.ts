import type { Format } from '../args';
import { csvFormatter } from './csv';
import type { FormatContext, Formatter } from './formatter';
import { jsonFormatter } from './json';
import { jsonlFormatter } from './jsonl';
import { textFormatter } from './text';

export type { FormatContext, Formatter } from './formatter';

export function createFormatter(format: Format, ctx: FormatContext): Formatter {
  switch (format) {
    case 'json':
      return jsonFormatter(ctx);
    case 'jsonl':
      return jsonlFormatter();
    case 'csv':
      return csvFormatter();
    case 'text':
      return textFormatter(ctx);
  }
}
