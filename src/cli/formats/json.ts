import type { FormatContext, Formatter } from './formatter';

/** Pretty JSON: one object for a single input, otherwise an array written element by element. */
export function jsonFormatter(ctx: FormatContext): Formatter {
  let count = 0;
  return {
    begin: () => (ctx.multiple ? '[' : ''),
    document(doc) {
      const json = JSON.stringify(doc, null, 2);
      if (!ctx.multiple) return json + '\n';
      // JSON.stringify escapes newlines inside strings, so every raw newline is between tokens
      // and indenting after each one nests the object inside the array.
      return (count++ === 0 ? '\n  ' : ',\n  ') + json.replace(/\n/g, '\n  ');
    },
    end: () => (ctx.multiple ? (count === 0 ? ']\n' : '\n]\n') : ''),
  };
}
