import type { ExportFormat } from './export-format';

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const QUOTE = 0x22;

/**
 * Counts the records of an export as its bytes arrive, without decoding or keeping them.
 * Works on bytes: in UTF-8 a newline or a quote byte is never part of another character.
 *
 * - NDJSON: one record per non-empty line.
 * - CSV: one record per line outside quotes (a quoted field may hold line breaks), less the
 *   header line.
 */
export class ExportRowCounter {
  private records = 0;
  private inQuotes = false;
  /** Whether the current, unfinished line has any content. */
  private lineHasContent = false;

  constructor(private readonly format: ExportFormat) {}

  push(chunk: Uint8Array): void {
    const csv = this.format === 'csv';
    for (const byte of chunk) {
      if (csv && byte === QUOTE) {
        this.inQuotes = !this.inQuotes;
        this.lineHasContent = true;
      } else if (byte === NEWLINE && !this.inQuotes) {
        if (this.lineHasContent) this.records += 1;
        this.lineHasContent = false;
      } else if (byte !== CARRIAGE_RETURN) {
        this.lineHasContent = true;
      }
    }
  }

  /** Whole records received so far. */
  get rows(): number {
    return this.format === 'csv' ? Math.max(0, this.records - 1) : this.records;
  }

  /** At the end of the body: a last record without a final line break counts too. */
  finish(): void {
    if (this.lineHasContent && !this.inQuotes) this.records += 1;
    this.lineHasContent = false;
  }
}
