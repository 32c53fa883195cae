import type { DocumentObject } from '../document';

/**
 * A streaming output format. Each method returns the text to write, so documents go out one at a
 * time and a run over ten thousand files never holds more than one result.
 */
export interface Formatter {
  /** Written before the first document (a CSV header, an opening bracket). */
  begin(): string;
  /** One analysed document; `text` is the analysed text, which the text format prints. */
  document(doc: DocumentObject, text: string): string;
  /** Written after the last document. */
  end(): string;
}

export interface FormatContext {
  /** ANSI colours for the text format (stdout is a terminal, or FORCE_COLOR). */
  color: boolean;
  /** Several documents are expected: json writes an array and text writes a header per file. */
  multiple: boolean;
}
