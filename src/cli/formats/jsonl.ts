import type { Formatter } from './formatter';

/** One compact document object per line; JSON.stringify never emits a raw newline. */
export function jsonlFormatter(): Formatter {
  return {
    begin: () => '',
    document: (doc) => JSON.stringify(doc) + '\n',
    end: () => '',
  };
}
