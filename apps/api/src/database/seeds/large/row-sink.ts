import { once } from 'node:events';
import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** A value of one column; JSON columns take the JSON text. */
export type Cell = string | number | boolean | null | Date | readonly string[];

/** Where generated rows of one table go: `COPY … FROM STDIN` or multi-row INSERTs. */
export interface RowSink {
  write(row: readonly Cell[]): Promise<void>;
  /** Sends what is left; returns the number of rows written. */
  finish(): Promise<number>;
}

export type LoadMethod = 'copy' | 'insert';

export function openRowSink(
  client: ClientBase,
  method: LoadMethod,
  table: string,
  columns: readonly string[],
): RowSink {
  return method === 'copy' ? new CopySink(client, table, columns) : new InsertSink(client, table, columns);
}

const quoted = (columns: readonly string[]) => columns.map((column) => `"${column}"`).join(', ');

/** COPY's text format: backslash escapes for the four characters that would end a field or row. */
function escapeText(text: string): string {
  return /[\\\n\r\t]/.test(text)
    ? text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')
    : text;
}

/** An array literal with every element quoted, so commas and braces inside stay data. */
function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((item) => `"${item.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
}

function copyField(cell: Cell): string {
  if (cell === null) return '\\N';
  if (typeof cell === 'string') return escapeText(cell);
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  if (cell instanceof Date) return cell.toISOString();
  return escapeText(arrayLiteral(cell));
}

/** Sends about this many characters per write: few enough calls, little memory. */
const COPY_CHUNK_CHARS = 256 * 1024;

class CopySink implements RowSink {
  private readonly stream;
  private readonly done: Promise<void>;
  private buffer = '';
  private rows = 0;

  constructor(client: ClientBase, table: string, columns: readonly string[]) {
    this.stream = client.query(copyFrom(`COPY "${table}" (${quoted(columns)}) FROM STDIN`));
    this.done = new Promise((resolve, reject) => {
      this.stream.on('finish', resolve);
      this.stream.on('error', reject);
    });
    // Rejections surface from finish(); this keeps an early failure from being unhandled meanwhile.
    this.done.catch(() => undefined);
  }

  async write(row: readonly Cell[]): Promise<void> {
    let line = '';
    for (let i = 0; i < row.length; i++) line += (i ? '\t' : '') + copyField(row[i]);
    this.buffer += line + '\n';
    this.rows++;
    if (this.buffer.length >= COPY_CHUNK_CHARS) await this.flush();
  }

  private async flush(): Promise<void> {
    const chunk = this.buffer;
    this.buffer = '';
    if (!this.stream.write(chunk)) await Promise.race([once(this.stream, 'drain'), this.done]);
  }

  async finish(): Promise<number> {
    if (this.buffer) await this.flush();
    this.stream.end();
    await this.done;
    return this.rows;
  }
}

/** PostgreSQL's limit is 65,535 bind parameters per statement. */
const MAX_PARAMETERS = 60_000;

/** For servers that cannot COPY from a client (the embedded PGlite behind its socket). */
class InsertSink implements RowSink {
  private pending: (readonly Cell[])[] = [];
  private rows = 0;
  private readonly batchRows: number;

  constructor(
    private readonly client: ClientBase,
    private readonly table: string,
    private readonly columns: readonly string[],
  ) {
    this.batchRows = Math.max(1, Math.min(1000, Math.floor(MAX_PARAMETERS / columns.length)));
  }

  async write(row: readonly Cell[]): Promise<void> {
    this.pending.push(row);
    this.rows++;
    if (this.pending.length >= this.batchRows) await this.flush();
  }

  private async flush(): Promise<void> {
    const rows = this.pending;
    this.pending = [];
    const params: unknown[] = [];
    const values = rows.map(
      (row) =>
        `(${row
          .map((cell) => {
            params.push(cell);
            return `$${params.length}`;
          })
          .join(', ')})`,
    );
    await this.client.query(
      `INSERT INTO "${this.table}" (${quoted(this.columns)}) VALUES ${values.join(', ')}`,
      params,
    );
  }

  async finish(): Promise<number> {
    if (this.pending.length) await this.flush();
    return this.rows;
  }
}
