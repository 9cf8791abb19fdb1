/**
 * RFC 4180 cells and records, CRLF line ends. Written here rather than with csv-stringify: at
 * hundreds of thousands of rows its generic per-cell machinery cost several times the database
 * read itself, and exports are held to a speed bar (QUALITY.md).
 */

/** A cell that a spreadsheet would run as a formula (CSV injection): shown as text with a leading '. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export const CSV_RECORD_END = '\r\n';

/** One cell: empty for null; quoted, with quotes doubled, when it holds a quote, comma or line break. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A record of already-written cells, with its line end. */
export function csvRecord(cells: string[]): string {
  return cells.join(',') + CSV_RECORD_END;
}
